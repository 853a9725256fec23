"""An abbreviation whose long form the text wrote out earlier, with no bracket, is spelt out
(what-to-flag.md: "an abbreviation after the text has spelled it out"). The cases are written
for these tests, in the shapes found on real forums and service pages."""

import pytest

from conftest import flagged
from jargonfree.unbracketed_long_forms import spelt_out_without_brackets

SPELT_OUT = [
    # (text, the abbreviation now left alone)
    ("I rang Social Services on Monday. SS said they would call back.", "SS"),
    ("You may get Universal Credit. Add a note to your UC journal.", "UC"),
    ("Clinics offer Right to Choose assessments. You can take an NHS pathway or a RTC one.", "RTC"),
    ("Children and Adolescent Mental Health Services are busy. CAMHS waits are long.", "CAMHS"),
    ("She is a Looked after Child. Each LAC has a social worker.", "LAC"),
    ("He gets Housing Benefit for his flat. HB is paid to the landlord.", "HB"),
    ("Read the new Practice Direction. The PD also gives a new address for the court.", "PD"),
    ("She made a Lasting Power of Attorney. LPAs cost less than a deputyship.", "LPAs"),
    ("Ask for a Decision Support Tool meeting. The DST looks at 12 kinds of need.", "DST"),
]

STILL_FLAGGED = [
    # (text, the abbreviation that must still be flagged, why)
    ("SS said they would call back. I had rung Social Services on Monday.", "SS"),  # long form after it
    ("We sent the EHC Plan home. The EP visit is next week.", "EP"),  # "EHC" is an abbreviation of its own
    ("Social, Services and more. SS said they would call back.", "SS"),  # a comma breaks the run
    ("Our Silver Service is open. The AMHP will call.", "AMHP"),  # no run spells it
]


@pytest.mark.parametrize(
    "text",
    [
        "Book at the Covid19 Vaccination Service today. The CVS opens at nine.",  # a word with figures
        "We met the Band7 Ward Nurse today. The BWN said hello.",
    ],
)
def test_a_word_with_figures_breaks_the_run_instead_of_giving_an_initial(text):
    assert spelt_out_without_brackets(text) == []
    assert spelt_out_without_brackets(text.replace("19", "").replace("Band7", "Band")) != []  # the same run in letters spells it


@pytest.mark.parametrize(("text", "short"), SPELT_OUT)
def test_an_abbreviation_spelt_out_earlier_is_not_flagged(text, short):
    assert short not in flagged(text)


@pytest.mark.parametrize(("text", "short"), STILL_FLAGGED)
def test_an_abbreviation_not_spelt_out_before_is_still_flagged(text, short):
    assert short in flagged(text)


def test_the_definition_names_both_spans():
    text = "Apply for Universal Credit online. Your UC claim takes five weeks."
    (definition,) = spelt_out_without_brackets(text)
    assert (definition.short, definition.long) == ("UC", "Universal Credit")
    assert text[slice(*definition.long_span)] == "Universal Credit"
    assert text[slice(*definition.short_span)] == "UC"


def test_only_the_first_use_and_abbreviations_not_already_defined():
    text = "Apply for Universal Credit. UC is paid monthly. UC has a journal."
    assert [d.short_span for d in spelt_out_without_brackets(text)] == [(28, 30)]
    assert spelt_out_without_brackets(text, defined={"UC"}) == []


def test_a_long_form_that_is_a_glossary_term_is_still_flagged():
    # Writing the long form names the term; it does not explain it. The short form is spelt out.
    found = flagged("The Nearest Relative was told. The NR can object to the section 3.")
    assert "Nearest Relative" in found
    assert "NR" not in found


SPELT_OUT_AFTER = [
    # (text, the abbreviation now left alone): the long form straight after its first use
    ("Glossary. BIA Best Interests Assessor. ATU Assessment and Treatment Unit.", "BIA"),
    ("Think hard before you accept the SGO Special Guardianship Order that is offered.", "SGO"),
    ("PIP is Personal Independence Payment, the new disability benefit.", "PIP"),
    ("My course was called DBT which is Dialectical Behaviour Therapy and it helped.", "DBT"),
    ("Heart Failure signs. Key: JVP = jugular venous pressure.", "JVP"),
    ("Dr Patel gave a diagnosis of ASD - autistic spectrum disorder.", "ASD"),
    ("At Ward Four he was put on CPAP – or continuous positive airway pressure – to help him breathe.", "CPAP"),
]

NOT_SPELT_OUT_AFTER = [
    # (text, the abbreviation still flagged)
    ("The EEG is coming today, said the nurse.", "EEG"),  # small letters after "is": no long form (MRI is known since session 28)
    ("The AMHP, approved by the council, will call.", "AMHP"),  # small letters after a comma
    ("Ask the CMHT about it. Community Mental Health Teams are busy.", "CMHT"),  # not straight after
]


@pytest.mark.parametrize(("text", "short"), SPELT_OUT_AFTER)
def test_an_abbreviation_spelt_out_straight_after_is_not_flagged(text, short):
    assert short in [d.short for d in spelt_out_without_brackets(text)]
    assert short not in flagged(text)


@pytest.mark.parametrize(("text", "short"), NOT_SPELT_OUT_AFTER)
def test_words_after_an_abbreviation_that_do_not_spell_it_out(text, short):
    assert short not in [d.short for d in spelt_out_without_brackets(text)]
    assert short in flagged(text)
