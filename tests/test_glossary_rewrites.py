"""Every built-in entry's reviewed rewrite: rewrite(flagged) must give exactly the `rewritten`
sentence a person checked (every entry checked, generated from the data; one test item per
glossary file, naming every entry that fails)."""

from __future__ import annotations


import pytest

from conftest import entries_by_file, failures, report
from jargonfree import load_glossary, rewrite
from jargonfree.glossary.examples import example_jurisdiction

GLOSSARY = load_glossary()
ENTRIES = list(GLOSSARY)
# The entries of each built-in file: one test item per file checks all of its entries.
BY_FILE = entries_by_file(ENTRIES)


@pytest.mark.parametrize("file", list(BY_FILE))
def test_flagged_example_rewrites_as_reviewed(file):
    entries = BY_FILE[file]
    assert entries
    found = failures(_rewrites_as_reviewed, entries, lambda e: e.id)
    assert not found, report(found)


def _rewrites_as_reviewed(entry):
    where = f"{entry.file}:{entry.line}"
    assert entry.pos, f"{where}: built-in entries say what kind of word the term is ('pos:')"
    assert len(entry.rewritten) == len(entry.flagged), f"{where}: one 'rewritten' sentence for each 'flagged' one"
    for sentence, expected in zip(entry.flagged, entry.rewritten):
        got = rewrite(sentence, glossaries=GLOSSARY, jurisdiction=example_jurisdiction(entry)).text
        assert got == expected, f"{where}: rewrite gives {got!r}"


# Sentences from the report that led to issue 13: what the built-in glossaries made of them
# ("Staff must make sure the safety of residents", "This is an a strong medicine", ...).
ISSUE_13 = [
    ("Staff must ensure the safety of residents.", "Staff must ensure the safety of residents."),
    ("She evidenced good parenting.", "She evidenced good parenting."),
    ("This is a controlled drug.", "This is a strong medicine with strict legal rules."),
    ("This is an opioid.", "This is a morphine-type painkiller."),  # "an" put right for the new first word
    ("We will facilitate contact between Sam and his mother.", "We will facilitate contact between Sam and his mother."),
    ("Staff are repositioning her every two hours.", "Staff are turning her every two hours."),
    ("Give a stat dose.", "Give a stat dose."),
    ("Given 1g paracetamol stat.", "Given 1g paracetamol straight away."),
    ("Ask about s117 aftercare.", "Ask about s117 help and care after leaving hospital."),
    ("Ask about discharge to assess (D2A).", "Ask about discharge to assess (D2A)."),
]


@pytest.mark.parametrize("text, expected", ISSUE_13)
def test_rewrites_that_went_wrong_before(text, expected):
    assert rewrite(text).text == expected


def test_plural_of_a_plain_phrase_takes_its_head_word():
    from jargonfree.inflect import inflect_phrase

    assert inflect_phrase("group involved", "s", "noun") == ("groups involved", True)  # not "group involveds"
    assert inflect_phrase("people involved", "s", "noun") == ("people involved", True)
    assert inflect_phrase("child in care", "s", "noun") == ("children in care", True)
