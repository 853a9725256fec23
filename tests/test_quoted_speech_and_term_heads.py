"""Quotations that are not titles are read (issue 11: a reader stumbles on quoted jargon too).

Two kinds were protected as if they were titles:

- a short quotation in sentence case that says something, with a verb such as "is" or "was":
  “CAMHS is well resourced and robust” is what a minister wrote, not a leaflet's name;
- the first words of a longer term put in quotes: "they acquire ‘Looked After’ status" is the
  term "Looked After status" with its head quoted, as writers mark a term.

Titles stay protected: “Talking to your nearest relative”, ‘Fairer Charging’, a leaflet
named “Help at home for carers”.
"""

from __future__ import annotations

import pytest
from conftest import rules

from jargonfree import protected as protected_rules
from jargonfree.protected import find_protected, quotes_its_first_words


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "Following her tweet that “CAMHS is well resourced and robust” many parents shared their stories.",
            "health-abbreviations/camhs",
        ),
        ("The nurse said “The DoLS has run out” and left.", "mental-capacity/dols"),
        (
            "Whenever a young person is remanded they acquire ‘Looked After’ status, and the council becomes the responsible parent.",
            "children-and-send/previously-looked-after",
        ),
    ],
)
def test_quoted_speech_and_quoted_term_heads_are_read(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "quoted",
    ["“CAMHS is well resourced and robust”", "“The ward was full”", "‘Staff can’t cope’"],
)
def test_a_short_quotation_with_a_verb_is_not_a_title(quoted):
    assert not protected_rules.is_title(quoted)


@pytest.mark.parametrize(
    "quoted",
    ["“Talking to your nearest relative”", "‘Fairer Charging’", "“Help at home for carers”", "“Is Care Changing”"],
)
def test_titles_are_still_titles(quoted):
    assert protected_rules.is_title(quoted)  # Title Case, or sentence case that names something


@pytest.mark.parametrize(
    "text",
    [
        "Read “Talking to your nearest relative” on our site.",  # a title holding a term stays a title
        "See ‘Safeguarding Vulnerable Adults – Regional Adult Protection Policy’ for the steps.",
    ],
)
def test_titles_holding_terms_stay_silent(text):
    assert rules(text) == []


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("they acquire ‘Looked After’ status here", "Looked After’ status", True),
        ("they acquire “Looked After” status here", "Looked After” status", True),
        ("they acquire ‘Looked After status’ here", "Looked After status", False),  # the whole term: quoted_on_its_own's
        ("Read “Talking to your nearest relative” now", "nearest relative", False),  # inside the quotation
        ("they acquire Looked After status here", "Looked After status", False),  # no quotation
    ],
)
def test_quotes_its_first_words(text, words, expected):
    start = text.index(words)
    assert quotes_its_first_words(text, start, start + len(words), find_protected(text)) is expected
