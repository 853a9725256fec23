"""The titles of blogs, podcasts, newsletters and programmes that hold a glossary word (session
18): a run of two capitalised words or more, with a word for a titled thing in small letters
just before or after it, is a name, not the writer's jargon. Counter-examples stay flagged: the
term is the whole run, no such word stands beside it, or the word is in small letters."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        ("Our blog, Palliative Matters, has ideas for short breaks.", "Palliative"),
        ("Listen to the podcast The Reablement Diaries on the way to work.", "Reablement"),
        ("Our Palliative Grants programme opens to carers in May.", "Palliative"),
        ("Sign up to the Advocacy Matters newsletter for news.", "Advocacy"),
    ],
)
def test_a_glossary_word_inside_a_title_is_a_name(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The term is the whole run of capitals.
        ("Go to the Local Offer website to see what your school offers.", "Local Offer"),
        # No word for a titled thing beside the run.
        ("Palliative Matters to every family we meet.", "Palliative"),
        # In small letters: the writer's own word.
        ("Our blog about palliative care has ideas for families.", "palliative care"),
    ],
)
def test_a_term_that_is_no_part_of_a_title_stays_flagged(text, term):
    assert term in flagged(text)
