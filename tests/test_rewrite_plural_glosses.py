"""A gloss that starts "a"/"an" follows the number of a plural term: "catheters (thin tubes to
drain pee)", not "catheters (a thin tube to drain pee)"; where that is not sure, the gloss stays."""

import pytest

import jargonfree
from jargonfree.inflect import plural_gloss


@pytest.mark.parametrize(
    "gloss, plural",
    [
        ("a thin tube to drain pee", "thin tubes to drain pee"),
        ("a patient who chose to come into hospital", "patients who chose to come into hospital"),
        ("a social worker trained to decide", "social workers trained to decide"),
        ("a trained council worker who looks into harm to an adult", "trained council workers who look into harm to an adult"),
        ("a centre that only does planned operations", "centres that only do planned operations"),
        ("a person who plans and buys services", "people who plan and buy services"),
        ("a team that is on call", "teams that are on call"),
        ("a check of what is best for someone who cannot decide", "checks of what is best for someone who cannot decide"),
        ("an extra scan to check how the baby is growing", "extra scans to check how the baby is growing"),
    ],
)
def test_a_gloss_takes_the_plural(gloss, plural):
    assert plural_gloss(gloss) == plural


@pytest.mark.parametrize(
    "gloss",
    [
        "the person who plans services",  # not "a"/"an"
        "a nurse or occupational therapist by background",  # a list before the head
        "a doctor's written view that a person should be kept in hospital",  # a possessive before the head
        "a part of the body that has not formed in the usual way",  # "that has" may be about "the body"
        "a medicine given through a drip, so it works fast",  # "it" points back to the head
        "short help at home",
    ],
)
def test_not_sure_keeps_the_gloss(gloss):
    assert plural_gloss(gloss) is None


def test_rewrite_of_a_plural_term():
    assert jargonfree.rewrite("Indwelling catheters can cause infections.").text == (
        "Indwelling catheters (thin tubes to drain pee) can cause infections."
    )


def test_rewrite_of_the_same_term_in_the_singular_is_unchanged():
    assert jargonfree.rewrite("He has a catheter.").text == "He has a catheter (a thin tube to drain pee)."


def test_the_check_suggests_the_plural_gloss():
    report = jargonfree.check("Informal patients can leave the ward.")
    finding = next(f for f in report.findings if f.kind == "jargon")
    assert finding.suggestions[0] == "Informal patients (patients who chose to come into hospital)"
