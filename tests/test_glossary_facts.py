"""Facts a practitioner would check first, pinned so that a later edit cannot quietly undo them.

Each test names the law or guidance it rests on. The glossary entries cite the same pages.
"""

from __future__ import annotations

import pytest

import jargonfree

GLOSSARY = jargonfree.load_glossary()


def entry(entry_id: str):
    found = [e for e in GLOSSARY.entries if e.id == entry_id]
    assert found, entry_id
    return found[0]


def word_rules(text: str) -> set[str]:
    return {f.rule for f in jargonfree.check(text).findings if f.kind in ("jargon", "abbreviation")}


def test_a_tribunal_can_discharge_a_restricted_patient():
    # Mental Health Act 1983 s73: the tribunal, not only the Justice Secretary.
    e = entry("mental-health-law/restricted-patient")
    assert "tribunal" in e.explanation
    assert "mha-1983-s73" in e.sources


@pytest.mark.parametrize("entry_id", ["mental-health-law/section-58", "mental-health-law/three-month-rule"])
def test_the_three_month_rule_is_certified_not_a_written_consent(entry_id):
    # MHA s58: a clinician certifies consent (T2) or a second-opinion doctor approves (T3); the
    # three months run from the first medicine given while detained.
    e = entry(entry_id)
    assert "in writing" not in e.explanation
    assert "first medicine" in e.explanation and "outside doctor" in e.explanation


def test_t2_is_signed_by_the_doctor():
    assert "doctor signs" in entry("mental-health-law/t2--consent-to-treatment-form").explanation


@pytest.mark.parametrize("entry_id", ["safeguarding/section-42-enquiry", "safeguarding/section-42--adult-safeguarding"])
def test_section_42_has_all_three_conditions_and_is_england_law(entry_id):
    # Care Act 2014 s42(1): care and support needs; abuse or neglect (or its risk); unable to
    # protect themselves because of those needs. The Care Act's Part 1 applies in England.
    e = entry(entry_id)
    assert "care needs" in e.explanation
    assert "abused or neglected" in e.explanation
    assert "not be able to keep safe because of them" in e.explanation
    assert e.jurisdiction == "england"


def test_the_nearest_relative_is_a_legal_role_and_is_due_to_change():
    assert "closest family" not in entry("mental-health-law/section-23").explanation
    nr = entry("mental-health-law/nearest-relative")
    assert "2025" in nr.explanation and "mha-2025" in nr.sources


@pytest.mark.parametrize("entry_id", ["health-abbreviations/cpa", "clinical-words/care-programme-approach"])
def test_cpa_is_not_described_as_current_practice(entry_id):
    # NHS England's CPA position statement (2022): the approach is being replaced in England.
    e = entry(entry_id)
    assert e.jurisdiction == "england"
    assert "old way" in e.explanation and "new way" in e.explanation
    assert "nhse-cpa-position" in e.sources


def test_an_imca_is_not_only_for_people_with_no_family():
    # MCA 2005 ss35-39: no one appropriate to consult, other than paid carers.
    e = entry("mental-capacity/imca")
    assert "no family" not in e.explanation
    assert "paid carers" in e.explanation


def test_only_a_refusal_of_life_saving_treatment_must_be_in_writing():
    # MCA 2005 s25(5)-(6).
    e = entry("mental-capacity/advance-decision")
    assert not any("written" in p for p in e.plain)
    assert "keeps you alive" in e.explanation and "written, signed and witnessed" in e.explanation


@pytest.mark.parametrize("entry_id", ["children-and-send/child-in-need", "safeguarding/significant-harm"])
def test_development_is_more_than_growth(entry_id):
    e = entry(entry_id)
    text = e.explanation + " ".join(e.plain)
    assert "grow and learn" in text


def test_codeine_is_a_mild_opioid():
    e = entry("clinical-words/opioid")
    assert "mild, such as codeine" in e.explanation
    assert "strong painkiller" not in e.plain


def test_primip_is_a_first_birth_not_a_first_pregnancy():
    assert GLOSSARY.lookup("primip").id == "nursing-maternity/primipara"
    assert "primip" not in entry("nursing-maternity/primigravida").forms


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        # a section number takes its sense from the Act named or implied nearby
        ("His section 3 was renewed under section 20 last week.", "mental-health-law/section-20--renewal-of-detention",
         "children-and-send/section-20--a-child-in-care-by-agreement"),
        ("She has been accommodated under section 20 since June.", "children-and-send/section-20--a-child-in-care-by-agreement",
         "mental-health-law/section-20--renewal-of-detention"),
        ("Section 3 of the Human Rights Act protects everyone from torture.", None, "mental-health-law/section-3"),
        ("He got a prison sentence for section 47 assault.", None, "mental-health-law/section-47--prisoner-transfer"),
        ("He was charged with section 47 assault after the fight.", None, "safeguarding/section-47--child-protection-enquiry"),
    ],
)
def test_section_numbers_take_the_sense_of_their_act(text, expected, unexpected):
    rules = word_rules(text)
    if expected:
        assert expected in rules
    assert unexpected not in rules


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # another Act named straight after the number: the number is that Act's, so no care-law
        # sense is given (the legal-reference check still asks for plain words)
        ("Section 4 of the Mental Capacity Act sets out best interests.", "mental-health-law/section-4"),
        ("Under section 4 of the MCA, decisions must be in her best interests.", "mental-health-law/section-4"),
        ("Section 2 of the Mental Capacity Act says who lacks capacity.", "mental-health-law/section-2"),
        ("Under section 2 of the Care Act, councils must prevent needs.", "mental-health-law/section-2"),
        ("Section 2 of the Children Act 1989 sets out parental responsibility.", "mental-health-law/section-2"),
        ("Section 136 of the Equality Act shifts the burden of proof.", "mental-health-law/section-136"),
        ("Section 20 of the Mental Capacity Act limits what a deputy can do.", "children-and-send/section-20--a-child-in-care-by-agreement"),
        ("Section 31 of the Equality Act is about services.", "children-and-send/section-31"),
        ("Section 9 of the Mental Health Act is about something else.", "adult-social-care/section-9"),
        ("Section 42 of the Mental Health Act gives the minister powers.", "safeguarding/section-42--adult-safeguarding"),
        # ... or straight before it
        ("MCA s.4 sets out best interests.", "mental-health-law/section-4"),
        ("Under the Mental Capacity Act, section 4 sets out best interests.", "mental-health-law/section-4"),
        ("Care Act s.2 is about prevention.", "mental-health-law/section-2"),
    ],
)
def test_a_section_of_another_act_is_not_given_a_care_law_sense(text, unexpected):
    rules = word_rules(text)
    assert unexpected not in rules
    assert "legal/section-reference" in rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was placed under section 3 of the Mental Health Act.", "mental-health-law/section-3"),
        ("He was detained under section 2 of the MHA.", "mental-health-law/section-2"),
        ("He is detained under MHA s3.", "mental-health-law/section-3"),
        ("Under the Care Act 2014, section 9 requires an assessment.", "adult-social-care/section-9"),
        ("She was placed under section 20 of the Children Act 1989.", "children-and-send/section-20--a-child-in-care-by-agreement"),
        # another Act named elsewhere in the sentence does not take the number's sense away
        ("Unlike Care Act help, section 117 aftercare is free.", "mental-health-law/section-117"),
    ],
)
def test_a_section_of_its_own_act_keeps_its_sense(text, expected):
    assert expected in word_rules(text)


def test_mental_health_act_2025_changes_say_when():
    # Enacted 18 December 2025; most changes (the nominated person, detention periods) start on
    # dates later regulations set; the first, for restricted patients, started on 18 February 2026.
    for entry_id in ("mental-health-law/nearest-relative", "mental-health-law/section-3", "mental-health-law/section-2",
                     "mental-health-law/cto"):
        e = entry(entry_id)
        assert "2025" in e.explanation and ("not yet set" in e.explanation or "still to be set" in e.explanation), entry_id
        assert "mha-2025-first-changes" in e.sources
    restricted = entry("mental-health-law/restricted-patient")
    assert "18 February 2026" in restricted.explanation


def test_mental_health_act_2025_dates_say_where_they_come_from():
    """No commencement regulations for the 2025 Act were found (session 8): an entry whose
    change has no date says so in its source note, and cites NHS briefings from early 2026
    that say most of the Act is still to come. 18 February 2026 was set by the Act itself."""
    for entry_id in ("mental-health-law/nearest-relative", "mental-health-law/nr", "mental-health-law/section-2",
                     "mental-health-law/cto", "mental-health-law/section-3", "mental-health-law/section-26",
                     "mental-health-law/section-29"):
        e = entry(entry_id)
        assert "not yet set" in e.explanation or "still to be set" in e.explanation, entry_id
        assert "found none" in e.source_note and "commencement regulations" in e.source_note, entry_id
        assert {"merseycare-mha-2025-actions", "nhsconfed-mha-2025"} <= set(e.sources), entry_id
    restricted = entry("mental-health-law/restricted-patient")
    assert "18 February 2026" in restricted.source_note and "merseycare-mha-2025-actions" in restricted.sources


@pytest.mark.parametrize("entry_id", ["mental-health-law/section-37-41", "mental-health-law/section-41", "mental-health-law/restriction-order"])
def test_a_tribunal_as_well_as_the_minister_can_let_a_restricted_patient_go_home(entry_id):
    # Mental Health Act 1983 s73: not "the government must agree before they can go home".
    e = entry(entry_id)
    assert "tribunal" in e.explanation and "must agree before they can have leave, move or go home" not in e.explanation


def test_an_adrt_need_only_be_written_when_it_refuses_life_saving_treatment():
    # MCA 2005 s24-25, as for "advance decision" above: the short form said "a choice you write down".
    e = entry("mental-capacity/adrt")
    assert "write down" not in e.explanation
    assert "keeps you alive" in e.explanation and "written, signed and witnessed" in e.explanation
    assert {"mca-2005-s24", "mca-2005-s25"} <= set(e.sources)


@pytest.mark.parametrize("entry_id", ["mental-health-law/nr", "mental-health-law/section-26", "mental-health-law/section-29"])
def test_the_nearest_relatives_entries_say_the_2025_law_will_change_them(entry_id):
    # Mental Health Act 2025 s24: a nominated person, picked by the patient, is to replace the
    # nearest relative, from a date regulations will set.
    e = entry(entry_id)
    assert "2025" in e.explanation and "not yet set" in e.explanation
    assert {"mha-2025-s24", "mha-2025-first-changes"} <= set(e.sources)


def test_supervised_community_treatment_is_not_an_old_name():
    assert "old name" not in entry("mental-health-law/supervised-community-treatment").explanation


def test_the_first_tier_tribunal_is_englands():
    # Wales has the Mental Health Review Tribunal for Wales; the entry says "In England".
    e = entry("mental-health-law/first-tier-tribunal")
    assert e.explanation.startswith("In England") and e.jurisdiction == "england"


@pytest.mark.parametrize(("entry_id", "source_id"), [("mental-health-law/section-2", "mha-2025-s5"), ("mental-health-law/section-3", "mha-2025-s5"),
                                                     ("mental-health-law/cto", "mha-2025-s6")])
def test_the_2025_changes_to_the_grounds_cite_their_section(entry_id, source_id):
    # Mental Health Act 2025 s5 (grounds for detention, sections 2 and 3) and s6 (grounds for CTOs)
    assert source_id in entry(entry_id).sources


# Every bare section entry of a care Act, and the names of the other care Acts: a section number
# followed or preceded by another Act's name is that Act's (issue 13). Generated from the data, so
# a new section entry that lacks the other Acts in not_before / not_after fails here.
_CARE_ACTS = {
    "ukpga/1983/20": "Mental Health Act",
    "ukpga/2005/9": "Mental Capacity Act",
    "ukpga/2014/23": "Care Act",
    "ukpga/1989/41": "Children Act",
}


def _section_entries():
    import re

    bare = re.compile(r"^section (\d+[A-Z]?)$")
    for e in GLOSSARY:
        m = bare.match(e.term)
        acts = {act for s in e.sources for act in _CARE_ACTS if f"legislation.gov.uk/{act}/" in GLOSSARY.sources[s].url + "/"}
        if m and len(acts) == 1 and e.category in {"mental-health-law", "children-and-send", "safeguarding", "adult-social-care", "mental-capacity"}:
            yield pytest.param(e.id, m.group(1), acts.pop(), id=e.id)


@pytest.mark.parametrize(("entry_id", "number", "own"), list(_section_entries()))
def test_every_care_act_section_gives_way_to_another_act_named_with_it(entry_id, number, own):
    for act, name in _CARE_ACTS.items():
        if act == own:
            continue
        assert entry_id not in word_rules(f"Section {number} of the {name} says this."), name
        assert entry_id not in word_rules(f"Under the {name}, section {number} says this."), name
        assert entry_id not in word_rules(f"Section {number}(1) of the {name} says this."), name


def test_the_care_act_sections_are_found_for_the_test_above():
    assert len(list(_section_entries())) >= 30


def test_the_acts_table_knows_each_care_act_and_other_acts():
    from jargonfree.checks.acts import acts

    table = acts()
    assert table["ukpga/1983/20"][-1] == "mha" and "mental capacity act" in table["ukpga/2005/9"]
    assert any("human rights act" in names for names in table.values())


def test_a_section_entry_knows_its_act_from_its_source():
    from jargonfree.checks.acts import own_act

    assert own_act(entry("mental-health-law/section-136"), GLOSSARY) == "ukpga/1983/20"
    assert own_act(GLOSSARY.lookup("AMHP"), GLOSSARY) is None


def test_section_130a_is_englands_and_wales_has_its_own_imha_section():
    """Section 130A of the Mental Health Act 1983 is headed 'Independent mental health advocates:
    England'; Welsh patients' advocates are under section 130E, inserted by section 31 of the
    Mental Health (Wales) Measure 2010 (checked on legislation.gov.uk in session 8)."""
    sources = jargonfree.load_glossary().sources
    assert sources["mha-1983-s130a"].nations == "england"
    assert sources["mh-wales-measure-2010-s31"].nations == "wales"
    assert entry("mental-health-law/section-130a").jurisdiction == "england"
    imha = entry("mental-health-law/imha")
    assert imha.jurisdiction == "england-wales"
    assert {"mha-1983-s130a", "mh-wales-measure-2010-s31"} <= set(imha.sources)


SOURCES = GLOSSARY.sources


@pytest.mark.parametrize(
    "source_id, heading",
    [
        # Headings read on legislation.gov.uk (or its explanatory notes) in session 8.
        ("alnet-wales-2018-s10", "individual development plans"),
        ("mha-1983-s115", "powers of entry and inspection"),
        ("awi-scotland-2000-s47", "authority of persons responsible for medical treatment"),
        ("mcani-2016-s9", "best interests of person lacking capacity"),
        ("modern-slavery-act-2015-s49", "guidance about identifying and supporting victims"),
        ("domestic-abuse-act-2021-s77", "guidance about the disclosure of information by police forces"),
        ("chsa-scotland-2011-s83", "meaning of compulsory supervision order"),
        ("ctsa-2015-s36", "assessment and support: local panels"),
    ],
)
def test_a_section_source_is_titled_with_its_own_heading(source_id, heading):
    assert heading in SOURCES[source_id].title.lower()


def test_alnet_section_10_is_the_plan_not_the_duty_to_decide():
    # ALNET Act 2018 s10 says what an IDP is; the governing body's duty to decide is s11.
    assert "duty" not in SOURCES["alnet-wales-2018-s10"].title.lower()


def test_an_eligible_childs_13_weeks_from_14_cites_the_regulation_that_sets_them():
    # Children Act 1989 Sch 2 para 19B leaves the period and age to regulations; in England
    # regulation 40 of SI 2010/959 sets 13 weeks and age 14.
    e = entry("children-and-send/eligible-child--leaving-care")
    assert "13 weeks" in e.explanation and "14" in e.explanation
    assert "cppcr-england-2010-eligible-children" in e.sources
    assert SOURCES["cppcr-england-2010-eligible-children"].nations == "england"


def test_a_trust_panels_three_members_cite_the_regulation_that_sets_them():
    # MCA (NI) 2016 Sch 1 gives the trust panel its job; its make-up (three members appointed by
    # the trust) is regulation 41 of the Mental Capacity (Deprivation of Liberty) (No. 2)
    # Regulations (Northern Ireland) 2019.
    e = entry("other-nations/trust-panel")
    assert "three people" in e.explanation
    assert "mcani-dol-regs-2019-part4" in e.sources
    assert SOURCES["mcani-dol-regs-2019-part4"].nations == "northern-ireland"


@pytest.mark.parametrize(
    "entry_id",
    [
        "adult-social-care/extra-care-housing",
        "adult-social-care/ech",
        "adult-social-care/micro-enterprise",
        "nhs-services/proms",
        "nhs-services/patient-reported-outcome-measures",
        "nhs-services/delayed-transfer-of-care",
        "nhs-services/bed-occupancy",
    ],
)
def test_an_england_and_wales_practice_word_cites_a_page_from_each_nation(entry_id):
    # These words' first sources were English pages or a home page; each now cites a page that
    # uses the word in England and one that uses it in Wales (session 8, m13b).
    e = entry(entry_id)
    assert e.jurisdiction == "england-wales"
    nations = {SOURCES[s].nations for s in e.sources}
    assert {"england", "wales"} <= nations


@pytest.mark.parametrize("entry_id", ["safeguarding/herbert-protocol", "adult-social-care/appointee"])
def test_a_practice_word_of_all_four_nations_cites_a_page_from_each(entry_id):
    # The Herbert Protocol is run by police forces in all four nations (Police Scotland
    # nationally since 2021, the PSNI since 2022); a benefits appointee is made by the DWP in
    # Great Britain and by the Department for Communities in Northern Ireland (session 22).
    e = entry(entry_id)
    assert e.jurisdiction == "uk"
    nations = {SOURCES[s].nations for s in e.sources}
    assert "northern-ireland" in nations and ({"scotland", "uk"} & nations)


@pytest.mark.parametrize("entry_id", ["nhs-services/never-event", "nhs-services/community-matron", "nhs-services/population-health-management"])
def test_an_english_nhs_practice_word_is_labelled_england_on_an_english_page(entry_id):
    # NHS England's Never Events framework and population health management programme, and the
    # community matron role of the Department of Health's 2004 plan: English pages, no page from
    # another nation found (session 22). The note for other nations is then the soft one.
    e = entry(entry_id)
    assert e.jurisdiction == "england"
    assert "england" in {SOURCES[s].nations for s in e.sources}


def test_cvi_is_england_and_wales_with_its_own_scottish_sense():
    # A CVI in England and Wales, a CVI (Scotland) in Scotland, an A655 in Northern Ireland
    # (Guide Dogs); the Scottish form is on eyes.scot.
    senses = {e.jurisdiction: e for e in GLOSSARY.senses("CVI")}
    assert set(senses) == {"england-wales", "scotland"}
    assert "guidedogs-cvi-nations" in senses["england-wales"].sources
    assert "eyes-scot-cvi" in senses["scotland"].sources


def test_advice_and_guidance_is_englands_e_referral_service():
    # NHS e-Referral Service 'advice and guidance' is England's; no page from Scotland, Wales or
    # Northern Ireland using 'A&G' was found, so the entry is labelled England.
    e = entry("health-abbreviations/a-and-g")
    assert e.jurisdiction == "england"
    assert list(e.sources) == ["nhs-digital-advice-and-guidance"]


@pytest.mark.parametrize(
    ("entry_id", "label", "nations"),
    [
        # Procurement Act 2023: England, Wales and Northern Ireland; Scotland's own regulations
        # define the same term (review22, session 22).
        ("adult-social-care/contracting-authority", "uk", {"england", "wales", "northern-ireland", "scotland"}),
        # Great Britain's Equality Act 2010 and Northern Ireland's Disability Discrimination Act 1995
        # both put a duty to make reasonable adjustments on services.
        ("adult-social-care/reasonable-adjustments", "uk", {"northern-ireland"}),
        # A landlord's possession claim to the court: England (section 21) and Wales (Renting Homes).
        ("adult-social-care/possession-proceedings", "england-wales", {"england", "wales"}),
        # A general way of working, used by public bodies in all four nations.
        ("children-and-send/appreciative-inquiry", "uk", {"england", "scotland", "wales", "northern-ireland"}),
    ],
)
def test_a_label_widened_in_session_22_cites_a_page_from_each_nation_it_adds(entry_id, label, nations):
    e = entry(entry_id)
    assert e.jurisdiction == label
    assert nations <= {SOURCES[s].nations for s in e.sources}


def test_a_standard_authorisation_for_a_welsh_hospital_comes_from_a_health_board():
    # DoLS Wales Regulations 2009 reg 3 (wsi/2009/266): Local Health Boards are the supervisory
    # bodies for hospitals in Wales, so "from the council" alone was wrong there (law26).
    e = entry("mental-capacity/standard-authorisation")
    assert "health board" in e.explanation and "council" not in " ".join(e.plain)
    assert "dols-wales-2009-reg3" in e.sources


@pytest.mark.parametrize("entry_id", ["other-nations/section-47-certificate", "other-nations/certificate-of-incapacity"])
def test_a_section_47_certificate_is_not_for_doctors_only(entry_id):
    # Adults with Incapacity (Scotland) Act 2000 s47(1A): dentists, ophthalmic opticians and
    # registered nurses may certify too (law26).
    e = entry(entry_id)
    assert all(word in e.explanation for word in ("dentists", "nurses", "opticians"))
    assert "awi-scotland-2000-s47" in e.sources


def test_secure_accommodation_cites_the_welsh_law_that_replaced_section_25_in_wales():
    # Social Services and Well-being (Wales) Act 2014 s119 and the Children (Secure
    # Accommodation) (Wales) Regulations 2015 (law26).
    # Northern Ireland's Article 44 and Scotland's secure accommodation authorisation give the same
    # locked home, so the entry holds in the whole UK and cites them too (nations28).
    e = entry("children-and-send/secure-accommodation")
    assert e.jurisdiction == "uk"
    assert {"children-act-1989-s25", "sswb-wales-2014-s119", "children-ni-order-1995-art44", "chs-scotland-2011-key-definitions"} <= set(e.sources)


@pytest.mark.parametrize(
    ("entry_id", "source_id"),
    [
        # The guardian's powers are in MHA 1983 s8, not s7 (law26).
        ("mental-health-law/section-7", "mha-1983-s8"),
        ("mental-health-law/guardianship", "mha-1983-s8"),
        # The 72 hours after a CTO recall are in s17F (law26).
        ("mental-health-law/section-17e", "mha-1983-s17f"),
        # A health and welfare attorney acts only when the donor lacks capacity: MCA 2005 s11(7).
        ("mental-capacity/health-and-welfare-lpa", "mca-2005-s11"),
        # Interim authorisations (NI) are made under Schedule 1 of the 2016 Act, not s45.
        ("other-nations/interim-authorisation", "mcani-2016-sch1"),
    ],
)
def test_an_entry_cites_the_provision_that_states_its_fact(entry_id, source_id):
    assert source_id in entry(entry_id).sources


def test_section_130_wales_puts_the_duty_on_relevant_partners_not_on_each_nurse():
    # Social Services and Well-being (Wales) Act 2014 s130(1): a 'relevant partner' of the council
    # (a body: police, local health board, NHS trust, probation, youth offending team ... s162)
    # must inform the council of a child at risk. The Wales Safeguarding Procedures list them.
    e = entry("other-nations/section-130")
    assert e.jurisdiction == "wales"
    assert "nurses" not in e.explanation and "staff" not in e.explanation
    assert "public bodies" in e.explanation and "police" in e.explanation
    assert {"sswb-wales-2014-s130", "wales-procedures-relevant-partners"} <= set(e.sources)


@pytest.mark.parametrize(
    ("entry_id", "page"),
    [
        # NHS Talking Therapies (IAPT before 2023) is an NHS programme in England (Zero Suicide Alliance).
        ("health-abbreviations/iapt", "zsa-nhs-talking-therapies"),
        # Mental health support teams in schools come from the DHSC/DfE Green Paper and the NHS Long
        # Term Plan, both England's (Cambridgeshire Insight).
        ("health-abbreviations/mhst", "cambs-insight-mhst-schools"),
        # The New Medicine Service is an advanced service of England's community pharmacy contract.
        ("health-abbreviations/nms", "nhsengland-new-medicine-service"),
        # Structured medication reviews came in through England's primary care networks (BJGP 2021).
        ("health-abbreviations/smr", "bjgp-smr-origins"),
        # Wales merged its hospital trusts into health boards in 2009; Scotland has health boards.
        ("nhs-services/acute-trust", "wikipedia-local-health-board"),
    ],
)
def test_an_nhs_england_service_or_body_is_labelled_england_not_uk(entry_id, page):
    e = entry(entry_id)
    assert e.jurisdiction == "england"
    assert page in e.sources


def test_smr_and_structured_medication_review_hold_in_the_same_nation():
    assert entry("health-abbreviations/smr").jurisdiction == entry("nhs-services/structured-medication-review").jurisdiction


@pytest.mark.parametrize(
    ("entry_id", "weak", "better"),
    [
        # trust26: each weak page (a forum post, a parenting site, a mirror, a maker's or a pharmacy's
        # page, a blog) gave way to an authoritative page that states the same.
        # A Diabetes UK forum post summarised the international consensus; cite the consensus.
        ("clinical-words/time-in-range", "diabetes-uk-forum-time-in-range", "diabetes-care-2019-time-in-range"),
        # BabyCentre (a parenting site) gave way to the NHS website's 20-week anomaly scan page.
        ("nursing-maternity/anomaly", "babycentre-anomaly-scan", "nhs-anomaly-scan"),
        # A Senedd statement read on a TheyWorkForYou mirror gave way to the Welsh Government's
        # ICF evaluation and Newport City Council's record that the RIF succeeded the ICF.
        ("other-nations/icf--integrated-care-fund", "senedd-rif-update-2023", "gov-wales-icf-evaluation"),
        ("other-nations/icf--integrated-care-fund", "wwcp-icf-agreement", "newport-cabinet-rif-taper"),
        # A private cardiology practice's page: Cambridge University Hospitals' DOAC leaflet and
        # the BNF state the same.
        ("health-abbreviations/doac", "ruzicka-anticoagulants", "cuh-oral-anticoagulant-doac"),
        # A maker's product page: the Pharmaceutical Journal states what an MDS is.
        ("health-abbreviations/mds", "venalink-mds", "pj-monitored-dosage-systems"),
        ("health-abbreviations/monitored-dosage-system", "venalink-mds", "pj-monitored-dosage-systems"),
        # A pharmacy's page: the MHRA's Yellow Card page states it.
        ("clinical-words/adverse-reaction", "riverside-pharmacy-side-effects", "mhra-yellowcard-side-effects"),
        # A personal blog: two NHS pages (ESNEFT, NHS Forth Valley) state the sick day rules.
        ("clinical-words/sick-day-rules", "ocdiabetic-sick-day-rules", "esneft-sick-day-rules"),
        ("clinical-words/sick-day-rules", "ocdiabetic-sick-day-rules", "nhsforthvalley-sick-day-rules"),
    ],
)
def test_an_entry_on_a_weak_source_cites_an_authoritative_page_instead(entry_id, weak, better):
    e = entry(entry_id)
    assert weak not in e.sources
    assert better in e.sources


def test_the_regional_integration_fund_rests_on_a_public_record_not_only_a_mirror():
    assert "newport-cabinet-rif-taper" in entry("other-nations/rif--regional-integration-fund").sources


def test_demand_led_is_not_only_about_council_budgets():
    # 'Demand-led' spending rises and falls with how many people need a service: council care,
    # NHS services and benefits alike. It does not mean a council must pay for everyone.
    e = entry("officialese/demand-led")
    assert "council" not in e.explanation.lower()
    assert "how many people need" in e.explanation


def test_treatment_escalation_plan_holds_where_tep_does():
    # NHS Lothian's medical education pages describe TEPs in Scotland; the spelled-out entry sat
    # on the nhs-services file's England-and-Wales default and told a Scottish reader it was
    # 'England and Wales only'.
    full = entry("nhs-services/treatment-escalation-plan")
    assert full.jurisdiction == entry("health-abbreviations/tep").jurisdiction == "uk"
    assert "medscot-treatment-escalation-plans" in full.sources
    [found] = [f for f in jargonfree.check("The ward will talk with you about a treatment escalation plan.", jurisdiction="scotland").findings if f.kind == "jargon"]
    assert "only, not in" not in found.message


def test_cypmhs_is_englands_newer_name_and_says_so_softly_elsewhere():
    e = entry("health-abbreviations/cypmhs")
    assert e.jurisdiction == "england"
    [found] = [f for f in jargonfree.check("Referrals to CYPMHS can now be made by schools.", jurisdiction="scotland").findings if f.text == "CYPMHS"]
    assert "Our sources for this are from England" in found.message


# audit27: a random sample of 60 of session 26's source records, each page read. Entries whose page
# states another word form (a noun page for a verb or an adjective), another sense, or less than the
# explanation says now cite a page that states their own fact; pages not in the store were replaced
# by a page that was read (a regulator's own page where there is one).
@pytest.mark.parametrize(
    "entry_id, page",
    [
        ("officialese/instigate", "encyclopedia-instigate"),  # was only OALD's 'instigation' (noun) page
        ("officialese/dispatch", "wordup-dispatch"),  # was only OALD's dispatch (noun) page
        ("officialese/domiciled", "trix-domicile"),  # was only OALD's domicile (noun) page
        ("clinical-words/lethargic", "merriam-webster-lethargic"),  # was only OALD's lethargy (noun) page
        ("officialese/complainant", "tfd-legal-complainant"),  # Lexico gave only 'a plaintiff in certain lawsuits'
        ("children-and-send/off-rolling", "ofsted-off-rolling"),  # Ofsted's own definition, not a Croner-i summary
        ("clinical-words/vertebra", "dictionary-com-vertebra"),  # not a university academic-writing wiki
        ("adult-social-care/waking-night", "careuk247-waking-nights"),
        ("officialese/a-plethora-of", "vocabulary-com-plethora"),
        ("officialese/on-a-daily-basis", "cambridge-basis"),
    ],
)
def test_an_audited_entry_cites_a_page_that_states_its_own_fact(entry_id, page):
    assert page in entry(entry_id).sources


def test_an_audited_entry_no_longer_rests_on_a_page_for_another_sense():
    assert "lexico-complainant" not in entry("officialese/complainant").sources
    assert "croneri-off-rolling" not in entry("children-and-send/off-rolling").sources
    assert "hull-awe-vertebra" not in entry("clinical-words/vertebra").sources


def test_expedient_says_useful_or_needed_not_quick():
    # OALD: '(of an action) useful or necessary for a particular purpose, but not always fair or right'.
    # Quick is 'expeditious'; no cited page says expedient means quick.
    e = entry("officialese/expedient")
    assert "quick" not in e.explanation
    assert "not always fair or right" in e.explanation
