"""An office's letters after a person's full name are part of the name: "Gareth Davies MS" is a
Member of the Senedd, not multiple sclerosis (jargonfree/titles_after_names.py). The same letters
elsewhere are still flagged, by the glossary's sense or as an unexplained abbreviation."""

from __future__ import annotations

import pytest

import jargonfree
from jargonfree.titles_after_names import title_after_a_name


def flagged(text: str) -> set[str]:
    return {f.text for f in jargonfree.check(text).findings if f.kind in ("jargon", "abbreviation", "uncommon")}


@pytest.mark.parametrize(
    "text",
    [
        "Gareth Davies MS said the new plan would help carers in Wales.",
        "Jane Hutt MS, the Cabinet Secretary, visited the day centre.",
        "The minister, Dr Sarah Jones MS, opened the unit.",
        "Mark Drakeford AM spoke at the event in 2019.",
    ],
)
def test_an_office_after_a_persons_name_is_not_flagged(text):
    assert not {"MS", "AM"} & flagged(text), flagged(text)


@pytest.mark.parametrize(
    "text, letters",
    [
        ("People with MS may get very tired.", "MS"),  # no name before it: still letters to spell out
        ("Living With MS: a guide for families.", "MS"),  # Title Case words, but no given name
        ("She was diagnosed with MS last year.", "MS"),  # the glossary's sense fits
    ],
)
def test_the_same_letters_without_a_name_before_them_are_still_flagged(text, letters):
    assert letters in flagged(text)


def test_only_the_listed_letters_after_a_full_name_count():
    text = "Gareth Davies MS and Gareth Davies RGN"
    ms, rgn = text.index("MS"), text.index("RGN")
    assert title_after_a_name(text, ms, ms + 2)
    assert not title_after_a_name(text, rgn, rgn + 3)  # a nurse's registration, not an office on the list
