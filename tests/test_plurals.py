"""One plural rule for abbreviations: the glossary's derived plurals and the "s" the checks
take off are the same rule (jargonfree.plurals)."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.definitions import find_definitions
from jargonfree.document import Document
from jargonfree.folding import fold_term
from jargonfree.glossary import load_glossary
from jargonfree.glossary.derive import forms, surfaces
from jargonfree.plurals import plural, singular

PAIRS = [("AMHP", "AMHPs"), ("IMHA", "IMHAs"), ("FY1", "FY1s"), ("HbA1c", "HbA1cs"), ("U&E", "U&Es"),
         ("SENCo", "SENCos"), ("ICS", "ICSs"), ("PALS", "PALSs")]


@pytest.mark.parametrize("one, many", PAIRS)
def test_plural_and_singular_are_one_rule(one, many):
    assert plural(one) == many
    assert singular(many) == one


@pytest.mark.parametrize("word", ["DoLS", "CAMHS", "SENCo", "NHS", "GP", "Ms", "pens", "Idvas", "A&E."])
def test_singular_leaves_words_without_an_abbreviation_plural(word):
    assert singular(word) is word


def test_no_plural_after_other_characters():
    assert plural("A&E.") is None
    assert plural("r/v.") is None
    assert plural("") is None


def test_the_glossary_matches_the_plural_singular_takes_back():
    checked = 0
    for entry in load_glossary().entries:
        if not entry.case_sensitive or entry.no_inflections:
            continue
        literals = {literal for form in forms(entry) for literal in form.literals or ()}
        # A short form with a figure in it ("D2A", "HbA1c") matches in any capitals: no literals.
        any_case = {form.key for form in forms(entry) if form.literals is None}
        for surface in surfaces(entry):
            many = plural(surface)
            if many is None:
                continue
            assert many in literals or fold_term(many) in any_case, (entry.id, many)
            if sum(c.isupper() for c in surface) >= 2:
                assert singular(many) == surface, (entry.id, many)
                checked += 1
    assert checked > 100


def _abbreviations(text):
    return [f.text for f in check(text).findings if f.kind == "abbreviation"]


@pytest.mark.parametrize("text", ["Two new QZ1s joined. The QZ1 team met.", "Check the QZA1c today. Two QZA1cs were high."])
def test_an_abbreviation_and_its_plural_are_flagged_once(text):
    assert len(_abbreviations(text)) == 1


def test_a_plural_abbreviation_that_differs_is_flagged():
    assert _abbreviations("The QZ1 team met the QZ2s.") == ["QZ1", "QZ2s"]


def test_a_definition_of_the_plural_explains_the_singular():
    text = "Quiet Zone 1 wards (QZ1s) are calm. Each QZ1 is small."
    (definition,) = find_definitions(text, Document.from_text(text).sentences)
    assert definition.short == "QZ1s"
    assert _abbreviations(text) == []
    assert _abbreviations("Each QZ1 is small.") == ["QZ1"]
