"""Which law a section number belongs to, judged from the words around it (issue 11):
an Act's own short name in brackets is a definition ("Care Act 2014 (CA 2014)", "the Mental
Capacity Act 2005 ('the MCA')"); a section named after its Act ("Under the Mental Capacity Act,
section 4 applies") is that Act's; a bare section number in a care post is a legal reference;
a part of the document itself ("see section 12 for details", "Section 8: ...") is not.

Sentences in quotes are short quotations from public pages that are not in the quality corpus
(bench/quality/corpus.yaml), each with its address; the rest are ours."""

from __future__ import annotations

import pytest
from conftest import flagged_rules

import jargonfree

SECTION_RULE = "legal/section-reference"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The Care Act 2014 (CA 2014) sets out what councils must do. The CA also covers carers.", "CA"),
        # https://localgovernmentlawyer.co.uk/lexisnexis/551-lexis-lg/lexis/localgov/child/34759-section-20-ca-and-local-authority-duties
        ("Section 20 of the Children Act 1989 (ChA 1989) imposes a duty on every local authority. "
         "The duty under ChA 1989, s 20 arises.", "ChA"),
        # https://www.irwinmitchell.com/personal/protecting-your-rights/mental-capacity
        ("The Mental Capacity Act 2005 ('the MCA') is the law which sets out how decisions must be made. "
         "When a serious dispute arises under the MCA, cases can go to court.", "MCA"),
        ("The Mental Health Act 1983 (\u201cthe MHA\u201d) lets doctors treat some people. The MHA is long.", "MHA"),
        ("The Care Act (CA) sets out what councils must do. The CA also covers carers.", "CA"),
    ],
)
def test_a_short_name_in_brackets_after_an_act_defines_it(text, short):
    assert short not in flagged_rules(text)


def test_a_short_name_is_still_flagged_where_nothing_defines_it():
    assert "CA" in flagged_rules("The CA 2014 sets out what councils must do for carers.")
    assert "MCA" in flagged_rules("Nobody told her family about the MCA before the meeting.")


def test_a_name_for_the_law_in_quotes_is_not_an_abbreviation():
    # https://moore-tibbits.co.uk/personal-services/court-of-protection-health-welfare/mental-capacity-and-best-interests
    text = "The Mental Capacity Act 2005 (\u201cthe Act\u201d) sets out the law on acting for people who lack capacity."
    flagged = flagged_rules(text)
    assert "Act" not in flagged and "the Act" not in flagged


def _sections(text: str) -> list[str]:
    return [f.text for f in jargonfree.check(text).findings if f.rule == SECTION_RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the Mental Capacity Act, section 4 applies.", "section 4"),
        # https://www.sendadvicesurrey.org.uk/information-advice-and-resources/appeals/types-of-appeal
        ("The legal test for deciding whether to secure an EHC needs assessment is contained in the "
         "Children and Families Act 2014 section 36(8).", "section 36(8)"),
        # The Act named in the sentence before, and "the Act" referring back to it.
        ("The Mental Capacity Act sets out five principles. Section 4 of the Act explains best interests.", "Section 4"),
        ("The Care Act 2014 changed a lot. Section 2 says councils must prevent needs.", "Section 2"),
    ],
)
def test_a_section_of_the_act_named_nearby_is_that_acts(text, expected):
    """The Mental Health Act's entries for sections 4 and 2 do not fit: each is flagged as a part
    of the law named nearby, with the general message."""
    flagged = flagged_rules(text)
    assert flagged.get(expected) == SECTION_RULE


def test_the_entrys_own_act_named_nearby_keeps_its_sense():
    assert flagged_rules("The Mental Health Act lets doctors act. Section 4 is for emergencies.")["Section 4"] == (
        "mental-health-law/section-4"
    )
    assert flagged_rules("She was detained under section 2 of the Mental Health Act.")["section 2"] == "mental-health-law/section-2"
    assert flagged_rules("The Mental Health Act 1983 is long. She is on section 3 of the Act.")["section 3"] == (
        "mental-health-law/section-3"
    )
    # An Act named in passing in the sentence does not take the number from its own Act.
    assert flagged_rules("Unlike Care Act help, section 117 aftercare is free.")["section 117"] == (
        "mental-health-law/section-117"
    )


def test_the_acts_of_the_other_nations_are_known_by_name():
    from jargonfree.checks.acts import acts

    names = {n for ns in acts().values() for n in ns}
    assert {"children order", "mental health (northern ireland) order 1986", "adults with incapacity (scotland) act"} <= names
    # "Section 9: Children Order" is the Northern Ireland Order's, not the Care Act's section 9.
    assert "Section 9" not in flagged_rules("Trusts have duties. Section 9 of the Children Order says so.") or (
        flagged_rules("Trusts have duties. Section 9 of the Children Order says so.")["Section 9"] == SECTION_RULE
    )


@pytest.mark.parametrize(
    "text",
    [
        "The AMHP and the care coordinator agreed that section 128 applies to her.",
        "Her carer's assessment found eligible needs. Section 128 applies to her carer.",
    ],
)
def test_a_bare_section_in_a_post_about_care_is_a_legal_reference(text):
    assert len(_sections(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Not about care: a bare section of something else.
        "The match report is in section 128 of the stadium.",
        "Our prices for the coach trip are listed in section 128.",
        # A part of the text itself.
        "Readers should contact their national Age UK office for information about advocacy \u2013 see "
        "section 12 for details.",
        "The AMHP service is described in section 3 below.",
        "This leaflet is about the AMHP service. Section 2 tells you who to call.",
        # https://www.sendadvicesurrey.org.uk/information-advice-and-resources/appeals/types-of-appeal
        "Section 4 on the SEND 35a. To have the Judge look at all your evidence on papers only you can tick the statement.",
        # http://antisocialni.tripod.com/chcareniguide.htm: a list of the guide's own sections
        "Section 8: Children Order \u2013 HSS Trusts\u2019 responsibilities to children and families. "
        "Section 9: Children Order \u2013 Legal intervention to protect children.",
    ],
)
def test_a_part_of_the_text_itself_or_of_something_else_is_not_a_law(text):
    flagged = flagged_rules(text)
    assert not [t for t, rule in flagged.items() if t.lower().startswith("section")], flagged


def test_a_leaflets_section_heading_gives_way_to_the_act_it_names():
    text = "This leaflet is for people in hospital under the Mental Health Act. Section 2 lets doctors keep you for 28 days."
    assert flagged_rules(text)["Section 2"] == "mental-health-law/section-2"


def test_a_list_of_sections_is_one_reference():
    # https://www.lancashireappp.co.uk/non-residential-care-charging-policy
    text = ("This policy sets out how the council may charge a contribution following a financial "
            "assessment under the duty contained sections 14, 17 and 18 of the Care Act 2014.")
    assert _sections(text) == ["sections 14, 17 and 18"]
    assert _sections("Read sections 1, 2 and 3 of this leaflet.") == []


def test_a_bracket_that_only_cites_a_law_explains_nothing():
    # https://www.ringroselaw.co.uk/2019/02/18/mental-health-and-the-law/
    text = ("If they have committed a crime and been given a hospital order (section 37/41) instead of "
            "going to prison.")
    flagged = flagged_rules(text)
    assert "hospital order" in flagged and "section 37/41" in flagged
    # Plain words before the bracket still explain the number, and a gloss still explains a term.
    assert "section 136" not in flagged_rules("The police can take you to a safe place (section 136) if they are worried.")
    assert "hospital order" not in flagged_rules(
        "The court gave him a hospital order (a court order to go to hospital instead of prison)."
    )
    # A subsection cited in a bracket says where the rule is, not what the term means.
    assert "best interests" in flagged_rules(
        "Under the Mental Capacity Act, a decision for a person who lacks capacity must be made in his best interests (subsection 5)."
    )


@pytest.mark.parametrize(
    "bracket",
    [
        "(regulation 2 of the Care and Support (Eligibility Criteria) Regulations 2015)",
        "(regulations 2 and 3)",
        "(reg. 2 of the Regulations)",
        "(reg 2 or reg 3)",
        "(Regulation 3(1)(b) of the Care and Support (Deferred Payment) Regulations 2014)",
        "(section 35 of the Care Act 2014)",  # an Act, as before
    ],
)
def test_a_bracket_that_only_cites_regulations_explains_nothing_as_for_an_act(bracket):
    # Before: a bracket citing Regulations counted as an explanation (a lower-case 'regulation'
    # was never tested, and a Regulations' name was no law's name), so the term went unflagged.
    text = f"You can ask for a deferred payment agreement {bracket} with the council."
    assert "deferred payment agreement" in flagged_rules(text)


@pytest.mark.parametrize(
    "bracket",
    [
        "(regulations say it is a loan from the council against the value of your home)",
        "(a loan from the council against the value of your home)",
    ],
)
def test_a_bracket_that_explains_still_explains_when_it_names_regulations(bracket):
    text = f"You can ask for a deferred payment agreement {bracket} with the council."
    assert "deferred payment agreement" not in flagged_rules(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://www.housingreviews.co.uk/post/ending-the-s188-1-duty
        ("It has been thought that issuing a S184 not in priority need decision was sufficient for a "
         "local authority to terminate S188(1) interim accommodation.", ["S184", "S188(1)"]),
        # https://juristeca.com/uk/administrative-court/sentencias/2023/1/case-no-ewhc-185-admin/duty-to-provide-interim-accommodation-for-priority-need-applicants
        ("By S.188(1), if the local housing authority has reason to believe that an applicant may be "
         "homeless, eligible for assistance and have a priority need.", ["S.188(1)"]),
        # A capital S with a number from 1 to 6 may be a school year in Scotland; a phone is not a law.
        ("My new phone is a Samsung S23 and it is great.", []),
        ("The S40 bus to the hospital was late.", []),
    ],
)
def test_a_section_written_short_with_a_capital_s(text, expected):
    assert _sections(text) == expected


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # https://transform.england.nhs.uk/information-governance/guidance/subject-access-requests/
        ("The UK General Data Protection Regulation (UK GDPR), which was implemented in the UK through the "
         "Data Protection Act 2018, gives individuals the right of access to their data. The GDPR is long.", "GDPR"),
        # https://www.mddus.com/advice-and-support/advice-library/gdpr---subject-access-requests
        ("The GDPR, or General Data Protection Regulation, is a piece of European legislation. The GDPR is long.", "GDPR"),
    ],
)
def test_a_regulations_short_name_defined_either_way_is_notflagged_rules(text, short):
    assert short not in flagged_rules(text)


def test_a_short_form_before_or_needs_its_letters_in_the_words_after():
    # (GDPR itself is on the widely-known list now: an abbreviation the public does not know.)
    assert "DSPT" in flagged_rules("Ask about the DSPT, or Data Protection rules, at reception.")


@pytest.mark.parametrize(
    "text",
    [
        "Article 2 of our magazine covers respite breaks.",
        "Our AMHP team wrote section 2 of the annual report.",
        "Read Article 3 of our spring newsletter for tips on sleep.",
    ],
)
def test_a_part_of_a_described_document_is_not_a_law(text):
    assert _sections(text) == []


def test_a_law_named_after_a_part_with_words_before_it_is_still_a_law():
    assert _sections("The duty is in section 11 of the Children Act 2004.") == ["section 11"]
