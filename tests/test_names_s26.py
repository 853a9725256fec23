"""False flags on fresh real pages (session 26): the title of an office a person holds,
capitalised in the middle of a sentence or before the person's name ("the Commissioner launched
an investigation", "Commissioner Eddie Lynch said"), is the name of a post, not the trade's word
for whoever plans and buys services ("commissioners of NHS services"); a body's letters before a
verb of speaking ("NIPSA said ...") name the body that speaks. Each rule has cases that must stay
flagged."""

from __future__ import annotations

import pytest

import jargonfree
from conftest import flagged


@pytest.mark.parametrize(
    "text, flag",
    [
        ("Last year the Commissioner launched his investigation into the care provided.", False),
        ("Commissioner Eddie Lynch said that families had complained to him.", False),
        ("Commissioner, Patricia Lewsley, said she welcomed the review.", False),
        ("The Commissioner, Mr Chris Quinn, has outlined his concerns.", False),
        ("The National Assembly debated the Commissioner’s Report last week.", False),
        ("Other Commissioners around the UK have gone through similar reviews.", False),
        # The trade's word: small letters, or a sentence's first word with no person's name after it.
        ("The commissioner has agreed to fund an extra hour of care.", True),
        ("We met the lead commissioner from the county council.", True),
        ("Commissioners should make sure that providers are paid on time.", True),
        ("Commissioners, please send your returns by Friday.", True),
        ("Speak to the Joint Commissioner at the council.", True),
        ("Responsibility falls to commissioners, providers and regulators of care.", True),
    ],
)
def test_an_offices_title_is_a_name_the_trades_word_is_not(text, flag):
    assert any(w.lower().startswith("commissioner") for w in flagged(text)) is flag


@pytest.mark.parametrize(
    "text, letters, flag",
    [
        ("NIPSA said staffing levels have been 30% below the required levels.", "NIPSA", False),
        ("CFW say the rates set by many councils are budget driven.", "CFW", False),
        ("Charities such as Barnardo’s and SAMH say that other help works too.", "SAMH", False),
        ("The QZXR said it would look at the decision again.", "QZXR", False),
        # A role or a relative in a post, two letters, or no verb of speaking after the letters.
        ("Our FIL said he was fine.", "FIL", True),
        ("My QZ said I could apply for help.", "QZ", True),
        ("The QZX report said waiting times were long.", "QZX", True),
        ("QZX is a new scheme for carers.", "QZX", True),
    ],
)
def test_letters_before_a_verb_of_speaking_name_the_body_that_speaks(text, letters, flag):
    assert (letters in flagged(text)) is flag


# -- a body's, a tribunal's or a team's name in capitals (case-sensitive entries) --------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Since 2021, the Safeguarding Adults Board has been chaired by an independent professor.", "Safeguarding Adults Board", False),
        ("The amalgamation of three committees into a regional Adult Safeguarding Board took time.", "Adult Safeguarding Board", False),
        ("When a child is referred and a Children’s Hearing is convened, the grounds are read.", "Children’s Hearing", False),
        ("There are two reasons people are offered the support of the Home Treatment Team.", "Home Treatment Team", False),
        # In small letters, with either apostrophe, the kind of body, tribunal or team: flagged.
        ("Each council must set up safeguarding adults boards.", "safeguarding adults boards", True),
        # ("children's hearing" and "home treatment team", the first examples here, are everyday
        # since session 27: everyday_in: uk.)
        ("The mental health tribunal will meet on Thursday to review the order.", "mental health tribunal", True),
        ("The panel for each mental health tribunal has three members.", "mental health tribunal", True),
        ("He was referred to emergency duty teams last year.", "emergency duty teams", True),
    ],
)
def test_a_bodys_tribunals_or_teams_name_in_capitals_is_a_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- the field a job title names after "of", "for" or "in" -----------------------------------


@pytest.mark.parametrize(
    "text, term, flag",
    [
        ("Christine Greene, Assistant Clinical Services Manager for Breast Imaging, said they were pleased.", "Imaging", False),
        ("Lead Nurse for Palliative Care Joanne Currie was named Nurse of the Year.", "Palliative Care", False),
        ("She met the Director of Legal and Governance to agree the terms.", "Governance", False),
        # Letters, small letters, or capitals with no job title before them.
        ("In 2016 membership was extended to all Chairs of SABs.", "SABs", True),
        ("She is a nurse for palliative care patients.", "palliative care", True),
        ("The team will discuss Palliative Care with you.", "Palliative Care", True),
    ],
)
def test_the_field_of_a_job_title_is_part_of_its_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- "capacity" as a role, not the law's ability to decide -----------------------


@pytest.mark.parametrize(
    "text, flag",
    [
        ("She works outside the NHS in a self-employed capacity to provide care to people who consent.", False),
        ("In her capacity as chair, she decided to consent to the plan.", False),
        # The law's word: whether someone is able to make the decision.
        ("We checked whether she has capacity to decide about moving.", True),
        ("The doctor said he lacks the capacity to consent to surgery.", True),
    ],
)
def test_capacity_as_a_role_is_not_the_laws_word(text, flag):
    assert ("capacity" in flagged(text)) is flag


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Emergency duty team will call you tomorrow.", "Emergency duty team"),
        ("Mental health tribunal is on Monday for her.", "Mental health tribunal"),
        ("Safeguarding adults board meetings are held in public.", "Safeguarding adults board"),
        ("Adult protection committee members met in Fife.", "Adult protection committee"),
    ],
)
def test_a_small_letter_name_of_a_kind_of_body_is_still_found_when_it_opens_a_sentence(text, flagged):
    # case_sensitive keeps the Title Case name of one body unflagged ("the Home Treatment Team");
    # the same words in small letters with only the sentence's capital are still the kind of team.
    assert flagged in [f.text for f in jargonfree.check(text).findings if f.kind == "jargon"]


@pytest.mark.parametrize("text", ["The Home Treatment Team will call you tomorrow.", "Stat doses were given."])
def test_title_case_names_and_single_small_words_are_not_given_a_sentence_case(text):
    assert not [f for f in jargonfree.check(text).findings if f.text in ("Home Treatment Team", "Stat")]
