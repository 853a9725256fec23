"""A gloss that starts "a"/"an" (or "the" before a person) follows the number of a plural term:
"catheters (thin tubes to drain pee)", not "catheters (a thin tube to drain pee)"; "connected
persons (relatives or friends who may foster the child)"; where that is not sure, the gloss stays."""

import pytest

import jargonfree
from jargonfree.plural_glosses import plural_gloss


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
        # session 20: a person after "the", a list of nouns, a "who" after a phrase about a person,
        # and the head found before more words of place ("into", "until", "near", "such as").
        ("the person who plans services", "the people who plan services"),
        ("the main worker who links up your help", "the main workers who link up your help"),
        ("a relative or friend who may foster the child", "relatives or friends who may foster the child"),
        ("a worker from Cafcass who speaks up for the child in court", "workers from Cafcass who speak up for the child in court"),
        ("a short-term loan until a house is sold", "short-term loans until a house is sold"),
        ("a breathing tube through the neck", "breathing tubes through the neck"),
        ("a blood thinner such as warfarin", "blood thinners such as warfarin"),
        ("a short, simple check of your needs", "short, simple checks of your needs"),
    ],
)
def test_a_gloss_takes_the_plural(gloss, plural):
    assert plural_gloss(gloss) == plural


@pytest.mark.parametrize(
    "gloss",
    [
        "the money for day-to-day running costs",  # "the" before a thing: there may be one
        "the council's chief finance officer",  # a possessive before the head
        "the person named in a will to sort out the property of someone who has died",  # "who" is about "someone"
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
