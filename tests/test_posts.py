"""Real posts (forums, social posts, blogs): how they write jargon and how they explain it.

The cases are of the kinds a blind set of real posts showed (issue 11): abbreviations written
without their capitals, short forms spelt out after a dash, a bracket that only cites a law,
and a known abbreviation with a number run on. Each rule has should-flag and should-not-flag
cases.
"""

from __future__ import annotations

import pytest
from conftest import flagged, flagged_rules

from jargonfree.definitions import find_definitions
from jargonfree.glossary.wordforms import dotted_spellings, other_capitals, small_final_s, small_letter_spellings
from jargonfree.sentences import find_sentences

# -- abbreviations without their capitals ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("It takes a discussion with my cpn for me to have it.", "cpn"),
        ("I recently got employed as a Hca at my local hospital!", "Hca"),
        ("The hca helped me wash.", "hca"),
        ("Two cpns came to the house.", "cpns"),
        ("We are still waiting for the ehcp.", "ehcp"),
        ("We are still waiting for camhs to ring us back.", "camhs"),  # common in posts, but read letter by letter
        ("He has had ptsd since the accident.", "ptsd"),
    ],
)
def test_an_abbreviation_written_in_small_letters_is_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "I love mash and chips with my pals.",  # MASH, PALS: small letters make English words
        "Aki and Edd went to the shops.",  # capitalised, these are first names
        "Ooh, what a lovely day.",
        "The Community Psychiatric Nurse (CPN) came. The cpn was kind.",  # spelt out first
    ],
)
def test_small_letter_words_and_names_are_not_abbreviations(text):
    assert not {"mash", "pals", "Aki", "Edd", "Ooh", "cpn"} & set(flagged(text))


def test_small_letter_spellings_are_only_for_strings_that_are_no_word():
    assert small_letter_spellings("CPN") == ["cpn", "Cpn"]
    assert small_letter_spellings("MASH") == []  # a word
    assert small_letter_spellings("OT") == []  # two letters: too many small words
    assert small_letter_spellings("DoLS") == []  # written in mixed case already
    assert small_letter_spellings("EDD") == ["edd"]  # "Edd" may be a first name
    assert small_letter_spellings("ADHD") == ["adhd"]  # common, but CMU reads it letter by letter
    assert small_letter_spellings("OOH") == []  # common, and read as a word
    assert small_letter_spellings("ELSA") == []  # a first name


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Mum has a DOLs assessment next week.", "DOLs"),  # DoLS in other capitals
        ("It was the so-called DoLs assessment.", "DoLs"),
        ("The final amended EHC Plan was issued in May.", "EHC Plan"),  # "EHC plan" in a heading's capitals
    ],
)
def test_an_abbreviation_in_other_capitals_is_flagged(text, term):
    assert term in flagged(text)


def test_other_capitals_keep_to_abbreviations_that_cannot_be_something_else():
    assert "DOLs" in other_capitals("DoLS") and "DoLs" in other_capitals("DoLS")
    assert "DOLS" not in other_capitals("DoLS")  # capitals only: often another abbreviation (CIC for CiC)
    assert other_capitals("RTC") == []  # mixed case names something else ("RtC", Right to Choose)
    assert other_capitals("PrEP") == []  # "prep" is a word
    assert other_capitals("EHC plan") == ["EHC Plan"]
    assert other_capitals("Channel panel") == []  # no abbreviation leads the phrase
    # "RtC" (Right to Choose in mixed case) is not read as the road traffic collision sense; since
    # RTC has a Right to Choose sense too, it is an abbreviation the reader cannot read, so flagged.
    found = flagged_rules("RtC will not do the two assessments together.")
    assert found.get("RtC") == "abbreviation/unexplained"


# -- abbreviations with a full stop after each letter ------------------------------------------


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        ("I enjoy the appointments with my Care-Coordinator (C.P.N.), she is kind.", "C.P.N.", "health-abbreviations/cpn"),
        ("My C.P.N came round on Tuesday.", "C.P.N", "health-abbreviations/cpn"),
        ("We met the A.M.H.P. at the house.", "A.M.H.P.", "mental-health-law/amhp"),
    ],
)
def test_an_abbreviation_with_dots_between_its_letters_is_flagged(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text",
    [
        "My Community Psychiatric Nurse (C.P.N.) came round on Tuesday.",  # spelt out first
        "Mr J.R. Smith and J.R.R. Tolkien wrote to us.",  # initials
        "The O.T. came to look at the bath.",  # two dotted capitals: too often initials
        "He went to the N.H.S. hospital in the U.S.A.",  # known to everyone, dots or not
    ],
)
def test_dotted_initials_and_spelt_out_or_known_abbreviations_are_left_alone(text):
    assert not {"C.P.N.", "J.R.", "J.R.R.", "O.T.", "N.H.S.", "U.S.A."} & set(flagged(text))


def test_dotted_spellings_are_for_three_to_six_capitals():
    assert dotted_spellings("CPN") == ["C.P.N.", "C.P.N"]
    assert dotted_spellings("OT") == []  # initials
    assert dotted_spellings("DoLS") == []  # mixed case
    assert dotted_spellings("FY1") == []  # a figure


# -- an abbreviation's last S written small, as if a plural ------------------------------------


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        ("From where I sit CAMHs is under resourced and slow.", "CAMHs", "health-abbreviations/camhs"),
        ("My son's CYPMHs worker rang today.", "CYPMHs", "health-abbreviations/cypmhs"),
    ],
)
def test_an_abbreviation_with_its_last_s_small_is_flagged(text, term, rule):
    assert flagged_rules(text).get(term) == rule


def test_a_small_final_s_that_is_an_everyday_abbreviation_stays_alone():
    assert "SATs" not in flagged("He is studying for his SATs tests in school.")
    assert small_final_s("CAMHS") == ["CAMHs"]
    assert small_final_s("SATS") == []  # "SATs", the school tests, is known to everyone
    assert small_final_s("CPN") == []  # no final S
    assert small_final_s("EHCPS") == ["EHCPs"] and small_final_s("ADS") == []  # three capitals: too short


# -- short forms spelt out after a dash --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("The ambulance is VOR – Vehicle Off Road – today.", "VOR", "Vehicle Off Road"),
        ("The website was for ABA - Applied Behaviour Analysis, a treatment.", "ABA", "Applied Behaviour Analysis"),
    ],
)
def test_a_short_form_then_a_dash_and_its_words_is_defined(text, short, long):
    found = [(d.short, d.long) for d in find_definitions(text, find_sentences(text))]
    assert found == [(short, long)]
    assert short not in flagged(text)


@pytest.mark.parametrize(
    "text",
    ["The AMHP - who is on call - will ring.", "Ring the CMHT - Monday is best.", "The CPN – Sarah – came today."],
)
def test_a_dash_after_a_short_form_that_does_not_spell_it_out_defines_nothing(text):
    assert find_definitions(text, find_sentences(text)) == []


# -- a short form after "or" with no brackets needs its initials -------------------------------


def test_or_after_another_abbreviation_does_not_spell_out_the_next_one():
    # "other conditions, including SLT" holds an o and a t, but is no long form of OT.
    text = "If your child sees a specialist for any other conditions, including SLT or OT, keep the reports."
    assert find_definitions(text, find_sentences(text)) == []
    assert {"SLT", "OT"} <= set(flagged(text))
    # Its initials still define it.
    assert "LSI" not in flagged("A Large Scale Investigation or LSI may follow. The LSI team will call.")


# -- a dash and "a ..." after a noun says what it is ----------------------------------------


def test_a_dash_and_a_noun_phrase_after_a_noun_explain_it():
    assert "triage" not in flagged("He had an initial triage - a series of simple health checks - first.")
    assert "triage" in flagged("He had an initial triage first.")


def test_a_dash_after_a_verb_explains_nothing():
    assert "sectioned" in flagged("He was sectioned - a horrible day for us all.")


# -- a bracket that only cites a law explains nothing -------------------------------------------


def test_a_bracket_of_section_numbers_however_worded_is_not_an_explanation():
    text = "The child was on an Interim Care Order, or Full Care Order (Section of 38 or S.31) last year."
    assert "Full Care Order" in flagged(text)
    assert "care order" not in flagged("He was under a care order (a court order that gives us a say) then.")


# -- a known abbreviation with a number run on -------------------------------------------------


def test_a_known_abbreviation_with_a_number_run_on_is_known():
    assert "NHS111" not in flagged("Hoping that NHS111 stops working, just for half an hour.")
    assert "CMHT24" in flagged("Call CMHT24 for help.")


# -- a long form that leaves out the unit its last letter stands for ---------------------------


def test_a_long_form_without_its_unit_defines_the_short_form():
    text = "Continuing to provide Psychiatric Intensive Care (PICU) and low secure services."
    found = [(d.short, d.long) for d in find_definitions(text, find_sentences(text))]
    assert found == [("PICU", "Psychiatric Intensive Care")]
    assert "PICU" not in flagged(text)
    # Without it, or with words that do not start with its letters, PICU is unexplained.
    assert "PICU" in flagged("He was moved to the PICU last night.")
    assert "PICU" in flagged("He was moved to a different ward (PICU) last night.")


def test_a_variant_spelling_carers_use_is_the_glossary_abbreviation():
    from jargonfree import check

    rules = [f.rule for f in check("If a DNACR decision is made in hospital, should they ask us?").findings]
    assert "health-abbreviations/dnacpr" in rules


def test_a_three_figure_section_written_a_dot_is_the_section():
    assert "a.136" in flagged("yes police can arrest under a.136, lasts 24 hours")
    assert not {"a.1", "a.2"} & set(flagged("See a.1 and a.2 in the list."))


@pytest.mark.parametrize(
    ("text", "term"),
    [("After two tests my average hbA1c was 9.4.", "hbA1c"), ("My HBA1C is high.", "HBA1C"), ("Her news2 score was 5.", "news2")],
)
def test_a_short_form_with_a_figure_in_it_is_found_in_any_capitals(text, term):
    assert term in flagged(text)


def test_a_figure_in_a_short_form_does_not_make_ordinary_words_match():
    assert flagged("We had news of her at 2 o'clock and talked face to face.") == []
