"""Explanations and names in shapes real pages use (session 19, issue: false flags on the blind
set): a clause after a term's short form or other name, a which-clause after the term's noun,
names whose words hold officialese or a term, an organisation's letters before a nation's name.
Each rule has cases that must stay flagged."""

from __future__ import annotations

import pytest
from conftest import flagged


# -- "who" and what the person does, after the term's short form or other name ---------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("This meeting is chaired by an Independent Reviewing Officer, known as the IRO, who looks at the child's care plan.", "Independent Reviewing Officer"),
        ("Local authorities appoint Mental Health Officers (MHOs), who are specially trained social workers with powers under the Act.", "Mental Health Officers"),
        ("At the meeting you are supported by your supervising social worker who helps to prepare you.", "supervising social worker"),
        ("The Independent Reviewing Officer, who chairs the meeting, will write to you.", "Independent Reviewing Officer"),
        # Hard-wrapped text: the line breaks after "who" (the cue once looked for " who " only).
        ("At the meeting you are supported by your supervising social worker who\nhelps to prepare you.", "supervising social worker"),
    ],
)
def test_who_and_the_work_after_a_role_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The nearest relative who lives abroad was told.", "nearest relative"),
        ("Your independent reviewing officer will visit on Monday.", "independent reviewing officer"),
        ("The AMHP who helps you will call.", "AMHP"),
        ("Ask your Independent Reviewing Officer (IRO), who was away last week.", "Independent Reviewing Officer"),
    ],
)
def test_who_without_the_work_or_after_letters_explains_nothing(text, term):
    assert term in flagged(text)


# -- ", which aims to ...", and a which-clause after whom the term is done to ----------------


@pytest.mark.parametrize(
    "text, flag",
    [
        ("The council pays for the re-ablement of service users – which aims to reduce or remove their need for home care.", False),
        ("We offer reablement, which aims to help you get back on your feet.", False),
        # A clause that says nothing of what it is, or none at all.
        ("The re-ablement of service users, which was cut last year, is back.", True),
        ("The re-ablement of service users aims to reduce their need for home care.", True),
    ],
)
def test_which_aims_to_says_what_a_term_is_for(text, flag):
    assert ("re-ablement" in flagged(text) or "reablement" in flagged(text)) is flag


# -- officialese that ends or opens a body's name --------------------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("These companies are also registered with the Care Commission.", "Commission", False),
        ("Care Commission inspectors visited the home.", "Commission", False),
        ("The Scottish Government has a Directorate of Population Health Improvement.", "Directorate", False),
        ("You can contact the Adult Services Health and Social Care Information Facilitator on Monday.", "Facilitator", False),
        # The verb or the noun in small letters, a heading's run that goes on, a word that says which one.
        ("The council will commission care services from the provider.", "commission", True),
        ("We will Commission Services next year.", "Commission", True),
        ("Each Directorate must find savings next year.", "Directorate", True),
        ("Each directorate must find savings next year.", "directorate", True),
        ("Our peer support facilitator will meet you.", "facilitator", True),
    ],
)
def test_officialese_in_a_bodys_name_is_part_of_the_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- a term at the end of a hospital's name --------------------------------------------------


@pytest.mark.parametrize(
    "text, flag",
    [
        ("The South West Acute Hospital stands as a beacon of modern healthcare in County Fermanagh.", False),
        ("South West Acute Hospital is a local teaching hospital in Enniskillen.", False),
        # The term alone, with "the" or in small letters: no name around it.
        ("The Acute Hospital is busy.", True),
        ("You will go to the Acute Hospital in Derry.", True),
        ("You will go to an acute hospital.", True),
    ],
)
def test_a_term_that_ends_a_hospitals_name_is_part_of_it(text, flag):
    assert any(t.lower() == "acute hospital" for t in flagged(text)) is flag


# -- capitals that open a body's name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("The deputy chair of BMA Scotland, Dr Lailah Peel, said A&E was no longer safe.", "BMA", False),
        ("Simon Barker, chairman of the BMA Scottish Consultants' Committee, said so.", "BMA", False),
        ("NHS Scotland (Scottish Gaelic: SNS na h-Alba) is the healthcare system.", "SNS", False),
        # Letters a glossary entry knows, a team's letters, or letters with no name after them.
        ("CAMHS Scotland waiting times are long.", "CAMHS", True),
        ("We met the PQR Team yesterday.", "PQR", True),
        ("Contact the HSC Trust.", "HSC", True),
        ("The BMA wants doctors to rest.", "BMA", True),
        ("The BMA in Scotland says doctors are tired.", "BMA", True),
    ],
)
def test_letters_that_open_a_bodys_name_are_part_of_it(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- another name the reader may hear for what was just explained ----------------------------


@pytest.mark.parametrize(
    "text, flag",
    [
        ("Reablement is short-term care at home after a stay in hospital. You may also hear it called intermediate care.", False),
        ("Care at home for a few weeks after hospital helps you recover. It can also be called intermediate care.", False),
        # No "it" or "this" that points back: a label, not another name.
        ("The nurses were called intermediate care staff.", True),
        ("Ask about intermediate care when you leave hospital.", True),
    ],
)
def test_hear_it_called_names_what_was_explained(text, flag):
    assert ("intermediate care" in flagged(text)) is flag


# -- a status explained by when it applies to you --------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("You're an informal patient if you're having in-patient treatment in a psychiatric hospital voluntarily.", "informal patient"),
        ("If we're an informal patient, it means we've agreed to stay in hospital to get treatment.", "informal patient"),
        ("Being sectioned means you're kept in hospital even if you do not want to go.", "sectioned"),
    ],
)
def test_a_status_explained_by_when_it_applies_is_not_flagged(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("You're an informal patient now.", "informal patient"),
        ("If you're an informal patient, you can leave.", "informal patient"),
        ("Being sectioned was awful.", "sectioned"),
        ("Being sectioned means a lot of paperwork for staff.", "sectioned"),
        ("You're on a CTO if you have left hospital.", "CTO"),
    ],
)
def test_a_status_with_no_condition_or_letters_is_still_flagged(text, term):
    assert term in flagged(text)


# -- more sentences that open with the term and say what it is -------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("A care coordinator is the main point of contact and support if you need ongoing mental health care.", "care coordinator"),
        ("Domiciliary care, also known as “care at home”, refers to a broad range of care services provided in a person’s own home.", "Domiciliary"),
        ("In Wales, care leavers are individuals who have been in the care of the local authority for at least 13 weeks.", "care leavers"),
        ("Self-Directed Support is the way that social care and support is organised in Scotland.", "Self-Directed Support"),
    ],
)
def test_more_defining_sentences_explain_their_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("In Wales, care leavers get help.", "care leavers"),
        ("Domiciliary care, also known as home care, is expensive.", "Domiciliary"),
        ("Continuing Healthcare is the way to go.", "Continuing Healthcare"),
        ("The care coordinator is the main reason I stayed.", "care coordinator"),
    ],
)
def test_sentences_that_say_nothing_of_what_the_term_is_still_flag_it(text, term):
    assert term in flagged(text)


# -- a person's name at the start of a sentence ----------------------------------------------


@pytest.mark.parametrize(
    "text, word, flag",
    [
        ("Dionne has a diagnosis of bipolar disorder and the nurse comes to her house.", "Dionne", False),
        # A diagnosis the subject has says a person too (session 27: opening_names._PERSON_FACTS_AFTER).
        ("Dionne has a diagnosis of bipolar disorder.", "Dionne", False),
        # No "she" or "he" after it, no diagnosis, or no verb of what a person does or has.
        ("Dionne has a long history in the town.", "Dionne", True),
        ("Dysphagia has many causes.", "Dysphagia", True),
        ("Catatonia is common, and her doctor knows.", "Catatonia", True),
    ],
)
def test_a_person_the_sentence_calls_she_or_he_is_a_name(text, word, flag):
    assert (word in flagged(text)) is flag


# -- a team's name whose head word is in small letters ---------------------------------------


@pytest.mark.parametrize(
    "text, flag",
    [
        ("The Crisis Service consists of inpatient wards, the Crisis Response Home Treatment team, and a day centre.", False),
        ("She is under the Western Home Treatment team now.", False),
        # The term alone in capitals is a team's name too since session 26 (the entry is
        # case_sensitive: on the corpus's tune half no capitalised use was a true flag).
        ("She is under the Home Treatment team now.", False),
        ("The Home Treatment team visits daily.", False),
        ("Ask the CAMHS Home Treatment team.", False),
        # In small letters it is the kind of team: flagged until session 27, everyday since
        # (everyday_in: uk), so not flagged either.
        ("She is now under the home treatment team, who visit every day.", False),
    ],
)
def test_a_term_that_ends_a_teams_name_in_small_letters_is_part_of_it(text, flag):
    assert any(t.lower() == "home treatment team" for t in flagged(text)) is flag


# -- "This will show how ..." after a plan ---------------------------------------------------


@pytest.mark.parametrize(
    "text, flag",
    [
        # (Wales's Individual Development Plan was the example until session 27, when it became
        # everyday: everyday_in: uk. Scotland's Coordinated Support Plan has the same shape.)
        ("Your child will have a Coordinated Support Plan (CSP). This will show how they will be supported, and who will help.", False),
        ("Your child will have a Coordinated Support Plan (CSP). This will show you around.", True),
        ("Your child will have a Coordinated Support Plan (CSP). The school will call you.", True),
    ],
)
def test_a_next_sentence_that_says_what_a_plan_shows_explains_it(text, flag):
    assert ("Coordinated Support Plan" in flagged(text)) is flag
