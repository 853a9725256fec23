"""False flags of names on the tune half and fresh pages (session 27): a kind of body written as
one body's name after "the" ("to update the Integration Joint Board"), ... Each rule has cases
that must stay flagged."""

from __future__ import annotations

import pytest

from conftest import flagged, jargon_at


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Purpose of Report: To update the Integration Joint Board on the outcome of the consultation.", "Integration Joint Board", False),
        ("It would take time, with partners including NHS Tayside, the Integrated Joint Board (IJB) and the third sector involved.", "Integrated Joint Board", False),
        ("A system coordination centre is in place at the Integrated Care Board using real-time data.", "Integrated Care Board", False),
        ("The Health and Wellbeing Board will meet in public next month.", "Health and Wellbeing Board", False),
        # The kind, not one body: the plural, "local", "each", small letters, an opening abbreviation.
        ("From April 2016 Integration Joint Boards have been in place in every area.", "Integration Joint Boards", True),
        ("In some areas we are also funded by the local Integrated Joint Board to provide support.", "Integrated Joint Board", True),
        ("It is for each Integrated Care Board to publish a plan.", "Integrated Care Board", True),
        ("Ask the integration joint board for its plan.", "integration joint board", True),
        ("Your care is planned by an Integration Joint Board.", "Integration Joint Board", True),
    ],
)
def test_a_kind_of_body_after_the_in_title_case_names_one_body(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("It has the best ratings from the Care Commission and I really hope that my Grandma likes it.", "Commission", False),
        ("These companies are registered with the Care Commission and I checked.", "Commission", False),
        # "and I" after officialese in small letters, or after a word that is no name's ("Our").
        ("The council will commission home care and I will check it.", "commission", True),
        ("Our Commission and I agree on the plan for commissioning services.", "Commission", True),
    ],
)
def test_a_name_ends_before_and_i(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("“The Commissioner’s office will continue to monitor the progress being made by the Health Board.”", "Commissioner", False),
        ("(The Commissioner has written to the minister.)", "Commissioner", False),
        # The trade's word at a sentence's start, quoted or not, with no person's name after it.
        ("“Commissioners should pay providers on time,” she said.", "Commissioners", True),
        ("Speak to “the Joint Commissioner” at the council.", "Commissioner", True),
    ],
)
def test_a_sentence_opens_after_a_quotation_mark_or_a_bracket(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("From 1 January 2013, Child Practice Reviews replace Serious Case Reviews in Wales.", "Serious Case Reviews", True),
        ("Most Safeguarding Adults Reviews in Scotland are published.", "Safeguarding Adults Reviews", True),
        ("Ask Reablement Care in Wales for help.", "Reablement Care", True),
        # A nation's name that ends a body's name, with no "in" before it.
        ("Ask Respite Care Wales for help.", "Respite Care", False),
        ("Ask Shared Lives Plus Wales about a placement.", "Shared Lives", False),
    ],
)
def test_a_nation_after_in_ends_no_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        (
            "Practice Guidance for the Use of S20 Provision in the Children Act 1989 in England and the Equivalent"
            " S76 of the Social Services and Well-Being (Wales) Act 2014 in Wales",
            "S76",
            True,
        ),
        # Words of a name with no digit still make the name: the term inside it is part of it.
        ("Contact the Single Point of Access Team on the number below.", "Single Point of Access", False),
    ],
)
def test_a_reference_with_a_digit_is_no_word_of_a_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        (
            "It supports safe and effective care, in line with the overall ambitions of Health and Wellbeing 2026:"
            " Delivering Together (DOH 2016).",
            "Delivering",
            False,
        ),
        ("Reforms are set out in the Bengoa, Delivering Together and Power to People reports.", "Delivering", False),
        # The word opening a sentence, a line or an item after a colon, or a small word after it.
        ("Delivering Care at home is hard for a small team.", "Delivering", True),
        ("Our aims: Delivering Better Care for all.", "Delivering", True),
        ("The plan is about Delivering the best care we can.", "Delivering", True),
        ("Aims\nFacilitating Groups for carers every week.", "Facilitating", True),
    ],
)
def test_officialese_in_ing_capitalised_mid_sentence_opens_a_title(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, word, flag",
    [
        # A rare first name that opens a sentence, then an age, a birth, a verb of speaking or a diagnosis the person has.
        ("Cathryn has Bipolar type 1, and spent time in psychiatric institutions after being sectioned.", "Cathryn", False),
        ("Eilidh is 57 and a single parent to two boys.", "Eilidh", False),
        ("Ffion, 42, lives in Cardiff with her husband.", "Ffion", False),
        ("Aoife was born at 28 weeks and stayed in hospital for a month.", "Aoife", False),
        ("Tamsin had a learning disability diagnosed late.", "Tamsin", False),
        ("Sherene said the care was poor.", "Sherene", False),
        ("Eilidh, who is 33, has a job in town.", "Eilidh", False),
        # A thing's name, a medical word or a word with no such fact after it.
        ("Neutropenia has many causes, and the tests take time.", "Neutropenia", True),
        ("Hyperacusis has autism as one of its causes.", "Hyperacusis", True),
        ("Eilidh goes well with most colours of wool.", "Eilidh", True),
        ("Perseveration says a lot about how stressed a child is.", "Perseveration", True),
        ("Neutropenia, which is common after chemotherapy, needs care.", "Neutropenia", True),
        ("Hyperacusis, who knew it could be so hard?", "Hyperacusis", True),
    ],
)
def test_a_rare_first_name_with_an_age_a_birth_or_a_diagnosis_after_it(text, word, flag):
    assert (word in flagged(text)) is flag


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("Cafcass will also be made aware of the children’s services’ court application.", "Cafcass", False),
        ("Estyn inspects schools and colleges in Wales.", "Estyn", False),
        ("Nacro helps people who are leaving prison.", "Nacro", False),
        # A rare word that names no body stays flagged at a sentence's start.
        ("Scrutineers will also be made part of the panel.", "Scrutineers", True),
        ("Decisiveness will also be needed by the team.", "Decisiveness", True),
    ],
)
def test_a_bodys_one_word_name_at_a_sentences_start(text, word, flag):
    assert (word in flagged(text)) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        (
            "I also met with the president of the Royal College of Paediatrics and Child Health, Professor Russell Viner.",
            "Paediatrics",
            False,
        ),
        # No body's word and "of" before it, or small letters: the term.
        ("The Royal College said Paediatrics and Child Health services are stretched.", "Paediatrics", True),
        ("She was seen in paediatrics at the Royal College hospital.", "paediatrics", True),
    ],
)
def test_a_bodys_name_after_of_may_join_its_last_words_with_and(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        (
            "The Director gave the Cabinet the comments of the Overview and Scrutiny 2022-2027 Committee on the report.",
            "Overview and Scrutiny",
            False,
        ),
        # A year that ends the words before it: no name goes on after it.
        ("Overview and Scrutiny 2022 was a busy year for the council.", "Overview and Scrutiny", True),
        ("The council's overview and scrutiny 2022-2027 committee met.", "overview and scrutiny", True),
    ],
)
def test_a_year_may_stand_inside_a_bodys_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The duty placed on it by Article 4 of the Health and Personal Social Services (NI) Order 1972 is wide.", "Personal Social Services", False),
        ("From 1 July, the Court of Protection (Amendment) Rules 2015 will come into force.", "Amendment", False),
        ("The Personal Social Services (Amendment) Regulations 2015 apply here.", "Personal Social Services", False),
        # No law's last word and year after the words, or small letters.
        # (Personal Social Services in capitals were the examples until nations27 made that entry
        # match small letters only, session 27.)
        ("Ask the Deprivation of Liberty team for help.", "Deprivation of Liberty", True),
        ("These are Deprivation of Liberty Safeguards as defined in the Act 2005.", "Deprivation of Liberty Safeguards", True),
        ("We had a Best Interests Meeting under the Mental Capacity Act 2005.", "Best Interests Meeting", True),
        ("The order covers personal social services (NI) Order 1972 style.", "personal social services", True),
    ],
)
def test_a_term_among_the_words_of_a_laws_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The Agency Decision Maker decides on the basis of recommendations made by the Fostering Panel.", "Fostering Panel", False),
        ("You will be invited to meet the Funding Panel next week.", "Funding Panel", False),
        ("Your case goes to a fostering panel of experienced people.", "fostering panel", True),
        ("All Fostering Panels must keep minutes.", "Fostering Panels", True),
    ],
)
def test_a_panel_after_the_names_one_body(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Meetings have also taken place with the Inter-Agency Child Care and Legal Issues Group.", "Inter-Agency", False),
        ("Ask the Inter-Agency Referral Team for help.", "Inter-Agency", False),
        # Letters inside a team's name, and the word in small letters, still count.
        ("Ask the DoLS Team for help with the form.", "DoLS", True),
        ("We met the inter-agency team at school.", "inter-agency", True),
    ],
)
def test_a_hyphenated_word_of_capitalised_parts_is_no_abbreviation_inside_a_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("It published guides including the Self-directed Support Parent User Guide last year.", "Self-directed Support", False),
        ("They should comply with the related Care and Support Statutory Guidance for as long as possible.", "Statutory", False),
        ("The RQIA had issued a series of Enforcement Actions which resulted in Failure To Comply Notices.", "Failure To Comply", False),
        # Two capitalised words only, or small letters: the term.
        ("Read the Statutory Guidance before you start.", "Statutory", True),
        ("Read our guide to reablement before you start.", "reablement", True),
        ("The home was given a failure to comply notice last year.", "failure to comply", True),
    ],
)
def test_a_term_inside_a_documents_or_a_notices_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        (
            "It also ensures alignment with the ICB’s Standing Orders, Standing Financial Instructions, and wider governance framework.",
            "Standing Orders",
            True,
        ),
        # Capitalised words of the name before the term still make it part of a name.
        ("It also ensures alignment with the ICB’s Governing Body Standing Orders and other rules.", "Standing Orders", False),
    ],
)
def test_a_bodys_letters_in_the_possessive_open_no_documents_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The Convener welcomed Cllr Alphonse onto the Committee and thanked Cllr McLellan for his contribution.", "Convener", False),
        ("Councillor Lesley Dunbar, Vice Convener,  declared an interest in the committee item.", "Convener", False),
        ("The Deputy Commissioner has written to the minister about the review.", "Commissioner", False),
        # Small letters, or another capitalised word before it that is no rank.
        ("The council is responsible for appointing a convener for the committee meeting.", "convener", True),
        ("Speak to the Joint Commissioner at the council.", "Commissioner", True),
    ],
)
def test_a_conveners_title_is_a_name(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The partner will need to inform Primary Care Support England of the change.", "Primary Care", False),
        # "in England" says where; small letters are the term.
        ("Primary Care Networks in England are growing.", "Primary Care Networks", True),
        ("Ask about primary care support in England.", "primary care", True),
    ],
)
def test_england_ends_a_bodys_name_as_scotland_and_wales_do(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The Reablement Team will work with you to help you regain strength and confidence.", "Reablement", False),
        ("She was referred to the Reablement Service last week.", "Reablement", False),
        ("The Domiciliary Team visits daily.", "Domiciliary", False),
        # No "the" before it, or small letters: the term.
        ("A reablement team will work with you for six weeks.", "reablement", True),
        ("Your Reablement Team will call before the visit.", "Reablement", True),
    ],
)
def test_a_term_then_team_or_service_after_the_names_one_team(text, term, flag):
    assert jargon_at(text, term) is flag


@pytest.mark.parametrize(
    "text, word",
    [
        # A test result, or a drug with a condition "as" something, is no person.
        ("Ferritin was 12, which is low.", "Ferritin"),
        ("Troponin was 14 and rising.", "Troponin"),
        ("Creatinine is 80 and stable.", "Creatinine"),
        ("Nitrazepam has been diagnosed as the cause.", "Nitrazepam"),
        ("Nitrazepam has depression as a side effect.", "Nitrazepam"),
    ],
)
def test_a_number_or_a_condition_after_a_rare_word_that_is_no_person(text, word):
    assert word in flagged(text)
