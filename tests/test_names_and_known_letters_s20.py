"""False flags on real pages (session 20): letters that open the name of an event or a place,
abbreviations most of the public knows, and names that hold a glossary word. Each rule has cases
that must stay flagged."""

from __future__ import annotations

import pytest
from conftest import flagged


# -- letters that open the name of an event or a place ----------------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("A garden that won a gold medal at this year's RHS Chelsea Flower Show will be replanted at a hospice.", "RHS", False),
        ("We will build a show garden for the RHS Chelsea Flower Show in 2025.", "RHS", False),
        ("Yesterday our volunteers were at TARAGGAN Educational Gardens & Nursery.", "TARAGGAN", False),
        ("Tickets for the QZX Summer Music Festival are free.", "QZX", False),
        # No name of an event or a place after the letters, or too short a name, or a team's name.
        ("The RHS judges gave the garden a medal.", "RHS", True),
        ("We went to the RHS Show.", "RHS", True),
        ("We met the PQR Duty Team yesterday.", "PQR", True),
        ("Ask the PQR about the Chelsea Flower Show.", "PQR", True),
    ],
)
def test_letters_that_open_an_events_or_a_places_name_are_part_of_it(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- letters most of the public knows, and a program named with its maker's letters ----------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("There will be three presentations with Q&As.", "Q&As", False),
        ("Join our live Q&A with the midwife on Thursday.", "Q&A", False),
        ("He served in the RAF for 20 years.", "RAF", False),
        ("These sessions will take place on MS Teams.", "MS", False),
        ("Please ask for the MS Word version of the form.", "MS", False),
        ("Join us on MS Teams to talk about fatigue and relapses.", "MS", False),
        # Letters the public does not know, and MS that is the illness.
        ("Ask the Q&C team for help.", "Q&C", True),
        ("She was diagnosed with MS in her twenties.", "MS", True),
        ("The MS nurse talked about her fatigue and relapses.", "MS", True),
    ],
)
def test_letters_the_public_knows_and_programs_named_with_letters(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- the name of a court or tribunal with the place it serves after it ------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("“the Tribunal” means the Mental Health Tribunal for Scotland established by the Act.", "Mental Health Tribunal for Scotland", False),
        ("You can appeal to the Mental Health Tribunal for Scotland.", "Mental Health Tribunal for Scotland", False),
        # The same words as a description, in small letters, still count.
        ("The MHO applied to the mental health tribunal for Scotland.", "mental health tribunal for Scotland", True),
    ],
)
def test_a_courts_name_with_the_place_it_serves_is_a_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a glossary word inside the name of an award or of an office ------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The team were runners up in the Collaborative Green Space Projects Award at the NHS Forest Awards.", "Collaborative", False),
        ("She wrote to the Welsh Language Commissioner about the letters.", "Commissioner", False),
        # Outside a name, or too short a name to be one.
        ("We collaborate with local charities.", "collaborate", True),
        ("Speak to the Joint Commissioner at the council.", "Commissioner", True),
        # A benefit's award written in capitals by a parent, with no "the" (review20 item 11).
        ("I finally got my PIP Enhanced Rate Award yesterday.", "Enhanced Rate", True),
    ],
)
def test_a_glossary_word_inside_an_awards_or_an_offices_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a role defined as the first contact ------------------------------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("The Children’s Reporter is the first contact a child or family will have with the Children’s Hearings System.", "Children’s Reporter", False),
        ("The care coordinator is the main contact for your family.", "care coordinator", False),
        # Not a sentence that says what the role is.
        ("The school sent a referral to the children's reporter.", "children's reporter", True),
        ("Make contact with the children's reporter first.", "children's reporter", True),
    ],
)
def test_a_role_defined_as_the_first_contact(text, term, flag):
    assert (term in flagged(text)) is flag


# -- another name for the term, then what "it" is ---------------------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        # ("children's hearing" and "respite", the first examples here, are everyday since session 27.)
        ("A child protection conference is sometimes just called a conference or a case conference. It is a meeting that parents are asked to go to with their social worker.", "child protection conference", False),
        ("A child protection conference is also known as a case conference. It is a meeting where workers and the family decide how to keep a child safe.", "child protection conference", False),
        # No explanation after the other name, a remark, or the term not the sentence's subject.
        ("A child protection conference is also known as a case conference.", "child protection conference", True),
        ("A child protection conference is also known as a case conference. It is a nightmare for parents.", "child protection conference", True),
        ("Reablement is sometimes called enablement. It is a nightmare that never ends.", "Reablement", True),
        ("My son went to a child protection conference, which is also called a case conference. It is a meeting that scared him.", "child protection conference", True),
    ],
)
def test_another_name_then_what_it_is_explains_a_term(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a rare word that "has" done something to "her" is no person's name -----------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("Stimming has helped her to calm down at school.", "Stimming", True),
        ("Echolalia has made her speech hard to follow.", "Echolalia", True),
        # A person the sentence calls "she", or "her" that is not what something acted on.
        ("Dionne has a diagnosis of bipolar disorder and the nurse comes to her house.", "Dionne", False),
        ("Dionne has helped her sister, and she visits every week.", "Dionne", False),
        # "her" before what she has ("her mum"), with no "she" anywhere (review20 item 1).
        ("Zainab has called her mum twice today.", "Zainab", False),
        ("Tamsin has helped her brother with homework.", "Tamsin", False),
    ],
)
def test_a_rare_word_that_acted_on_her_is_no_name(text, word, flag):
    assert (word in flagged(text)) is flag


# -- a term inside a name that opens with a body's word and "of" ------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Since January 2015 there has been a Directorate of Population Health Improvement, which works closely with others.", "Population Health", False),
        # In small letters, or after no body's word.
        ("We want to improve population health in the area.", "population health", True),
        ("Read our Review of Population Health Outcomes.", "Population Health", True),
        # A Title Case headline that opens with a body's name: the term stands far past "of" (review20 item 5).
        ("Department of Health Announces New Deprivation of Liberty Safeguards Review", "Deprivation of Liberty", True),
    ],
)
def test_a_term_inside_a_name_opened_by_a_bodys_word(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a list item: "a" or "the", the term, a dash, and what it does ----------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("A Children’s Reporter – they organise the Hearing and send you a letter about it.", "Children’s Reporter", False),
        ("You, your parents or carers.\n• A Children's Reporter – they organise the Hearing.", "Children's Reporter", False),
        # What someone did, or the term inside a sentence.
        ("The Children's Reporter - they never wrote back to us.", "Children's Reporter", True),
        ("We met a Children's Reporter – they organise the Hearing.", "Children's Reporter", True),
        # "is" or "are" and a remark, not what it is (review20 item 3).
        ("The AMHP - they are so rude to families round here.", "AMHP", True),
        ("The AMHP - they are useless", "AMHP", True),
        ("The Safeguarder - this is a person who speaks up for the child.", "Safeguarder", False),
    ],
)
def test_a_list_item_that_says_after_a_dash_what_the_term_does(text, term, flag):
    assert (term in flagged(text)) is flag


# -- "is an abbreviation for" the words ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("A LAC review is an abbreviation for a Looked After Child Review.", "LAC", False),
        ("It can sometimes be a CLA Review, an abbreviation for Child Looked After.", "CLA", False),
        ("QZR is an acronym for Quiet Zone Room.", "QZR", False),
        # Words that do not spell the letters, or no words at all.
        ("The QZR review is an abbreviation we use a lot.", "QZR", True),
        ("A QZR review is an abbreviation for a meeting about the child.", "QZR", True),
    ],
)
def test_an_abbreviation_for_the_words_that_spell_it(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- two terms with a slash, in brackets after the plain words -------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("What are the signs of high or low blood sugar (hypoglycaemia/hyperglycaemia), and how do I treat them?", "hypoglycaemia", False),
        ("What are the signs of high or low blood sugar (hypoglycaemia/hyperglycaemia), and how do I treat them?", "hyperglycaemia", False),
        # No bracket: nothing explains them.
        ("What are the signs of hypoglycaemia/hyperglycaemia and how do I treat them?", "hypoglycaemia", True),
        ("What are the signs of hypoglycaemia/hyperglycaemia and how do I treat them?", "hyperglycaemia", True),
    ],
)
def test_two_terms_with_a_slash_in_brackets_after_plain_words(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a term in a heading that the next line explains -------------------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Applying for a Compulsory Treatment Order\nA compulsory treatment order is an order that means you must have treatment.", "Compulsory Treatment Order", False),
        ("Our Home Treatment Team\nThe home treatment team is a group of nurses and doctors who care for you at home.", "Home Treatment Team", False),
        ("Carers and the Care Programme Approach\n\nThe Care Programme Approach (CPA) is a way of planning your care.", "Care Programme Approach", False),
        # The next line does not say what it is, or the line is prose broken in two, not a heading.
        ("Applying for a Compulsory Treatment Order\nThe compulsory treatment order was made last week.", "Compulsory Treatment Order", True),
        ("We talked about the Compulsory Treatment Order at the\nCompulsory Treatment Order is a big deal meeting.", "Compulsory Treatment Order", True),
        ("Applying for a Compulsory Treatment Order\nPlease fill in the form below and send it to us.", "Compulsory Treatment Order", True),
        ("Self-directed support in the Scottish Borders\nSelf-directed support is a way of choosing the support you get and how it is paid for.", "Self-directed support", False),
        ("Intermediate care at home\nIntermediate care is a joke", "Intermediate care", True),
        # A post's lines with no full stop: a complaint is no heading and its explanation (review20 items 2, 19).
        ("Nobody explained continuing healthcare to us\nContinuing healthcare is the worst system ever", "continuing healthcare", True),
        ("Nobody explained continuing healthcare to us\nContinuing healthcare is the worst system ever", "Continuing healthcare", True),
        ("We got told about intermediate care\nIntermediate care is a joke", "intermediate care", True),
        ("Applying for Continuing Healthcare\nContinuing healthcare is the worst system ever", "Continuing Healthcare", True),
        ("Our Intermediate Care\nIntermediate care is a joke", "Intermediate Care", True),
    ],
)
def test_a_term_in_a_heading_that_the_next_line_explains(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a data controller is the group in charge of personal data, not Northern Ireland's controller --


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("If you have a concern, please contact the Data Controller on the contact information provided.", "Data Controller", "nhs-services/data-controller"),
        ("As member practices are data controllers in their own right, they may use your data.", "data controllers", "nhs-services/data-controller"),
        ("The court made her son a controller because she had no power of attorney.", "controller", "other-nations/controller"),
    ],
)
def test_a_data_controller_is_not_a_court_appointed_controller(text, term, rule):
    import jargonfree

    found = [(text[f.start : f.end], f.rule) for f in jargonfree.check(text).findings if f.kind == "jargon"]
    assert (term, rule) in found


@pytest.mark.parametrize(
    "text, flag",
    [
        ("Her case will go to MACE next week because she keeps going missing.", True),
        ("We got donations from SuperValu Dromore, MACE Dromore and the Spar stores.", False),
    ],
)
def test_mace_is_the_meeting_only_near_children_who_go_missing(text, flag):
    assert ("MACE" in flagged(text)) is flag


# -- a change to a part of the body, then "called" and its name ----------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("They can cause changes to the voice called dysphonia or loss of voice called aphonia.", "dysphonia", False),
        ("They can cause changes to the voice called dysphonia or loss of voice called aphonia.", "aphonia", False),
        # A telephone call, or no explanation before the name.
        ("The head of the team called the AMHP.", "AMHP", True),
        ("The man in the shop called dysphonia a myth.", "dysphonia", True),
    ],
)
def test_a_change_to_a_part_of_the_body_called_its_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- "is the ..., where" a clause says what it is ------------------------------------------------

_SDS = "You choose how your self-directed support is arranged. "


@pytest.mark.parametrize(
    "text, flag",
    [
        (_SDS + "Option 1 is the option with most responsibility, where the council give you money.", False),
        # A remark after the comma, or a ranking.
        (_SDS + "Option 1 is the hardest, to be honest, and I would not choose it.", True),
        (_SDS + "Option 1 is the best, where I live.", True),
    ],
)
def test_a_comma_then_a_clause_after_is_the_says_what_a_term_is(text, flag):
    assert ("Option 1" in flagged(text)) is flag


@pytest.mark.parametrize(
    "text, term",
    [
        # A remark with "which" after the comma, or a ranking before it (review20 item 21).
        ("Reablement is the thing I need most, which nobody here offers.", "Reablement"),
        ("Continuing healthcare is the biggest fight we have had, which is awful.", "Continuing healthcare"),
        ("Reablement is the thing I need most, where I live.", "Reablement"),
    ],
)
def test_a_remark_or_a_ranking_before_the_comma_says_not_what_a_term_is(text, term):
    assert term in flagged(text)
