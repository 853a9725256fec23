"""Ways fresh text explains a term that the checks did not read (session 21, from a tuning set
of real posts, blogs and public pages): a clause with no comma that says what the thing does
("a sitting service which visits twice a week"), a worker's job ("assessors whose job it is
to ..."). Each shape has its counter-examples beside it: the term not explained, or the same
words that only say which one."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # "which" or "that" and what the thing does, no comma.
        ("They arranged a sitting service which visits him twice a week for a chat.", "sitting service"),
        ("She has a neurological condition that affects her balance, speech and memory.", "neurological"),
        ("The Crisis House which is run by a local charity to provide short stays away from home.", "Crisis House"),
        # A worker's job.
        ("A team of Best Interests Assessors whose job it is to check the care is right visits each home.", "Best Interests Assessors"),
    ],
)
def test_a_clause_that_says_what_the_thing_does_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Not explained at all.
        ("The sitting service starts next week.", "sitting service"),
        # A clause that only says which one.
        ("The sitting service which we used last year was good.", "sitting service"),
        ("The Crisis House that my friend went to is closed now.", "Crisis House"),
        # A clause after a verb and its object explains the object, not the verb.
        ("The teams utilise the day centre which provides meals for older people.", "utilise"),
        # Too few words of what to.
        ("A sitting service which helps.", "sitting service"),
    ],
)
def test_a_clause_that_does_not_say_what_it_does_leaves_the_term_flagged(text, term):
    assert term in flagged(text)
