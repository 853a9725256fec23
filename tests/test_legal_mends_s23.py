"""Mends of session 23's legal-reference and explanation rules (review23 items 1-9): what each
rule should still flag, and the shapes it flagged by mistake (a case name running on past a full
stop, a charity appeal, a group's house rules, a professional code, a plain gloss after a
subsection, a story's chapter, "that's what is called X").

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest

from jargonfree import check
from jargonfree.checks.cases import CASE_RULE
from jargonfree.checks.section_advice import SECTION_RULE


def _flagged(text: str, rule: str) -> list[str]:
    return [f.text for f in check(text).findings if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court heard Smith v Jones. It was a long case.", "Smith v Jones"),
        ("The judge applied Montgomery v Lanarkshire Health Board.", "Montgomery v Lanarkshire Health Board"),
        (
            "The tribunal heard Smith v Secretary of State for Work and Pensions.",
            "Smith v Secretary of State for Work and Pensions",
        ),
        ("The court followed R v. Smith in St.Helens today.", "R v. Smith"),
    ],
)
def test_a_case_name_ends_at_the_end_of_its_sentence(text, expected):
    assert _flagged(text, CASE_RULE) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Smith v Jones was heard in the High Court.", ["Smith v Jones"]),
        ("Today R v Smith goes to the Court of Appeal.", ["R v Smith"]),
        ("The tribunal heard Smith v Secretary of State for Health.", ["Smith v Secretary of State for Health"]),
    ],
)
def test_a_party_takes_no_word_that_opens_the_sentence_and_for_joins_only_a_secretary_of_state(text, expected):
    assert _flagged(text, CASE_RULE) == expected

