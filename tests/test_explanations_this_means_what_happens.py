"""An explanation the tool saw where there is none (session 18): after a term that ends its
sentence, "This means" and a clause of what will happen next ("This means a social worker will
visit") says what follows from it, not what it is; "This means" and a noun phrase still explains."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # What will happen, not what it is.
        ("The panel may make a supervision requirement. This means a social worker will visit every week.", "supervision requirement"),
        ("You may be offered reablement. This means you can have help for up to six weeks.", "reablement"),
        ("You may be offered reablement. This means that the council will not charge you.", "reablement"),
        # review24: a person as the subject of what happens next.
        ("We will refer you for reablement. This means someone will call you next week.", "reablement"),
        ("We will refer you for intermediate care. This means staff will call you next week.", "intermediate care"),
    ],
)
def test_this_means_and_what_happens_next_does_not_explain(text, term):
    assert term in flagged(text)


def test_this_means_and_a_noun_phrase_still_explains():
    text = "You may be offered reablement. This means short-term help at home to do things for yourself again."
    assert "reablement" not in flagged(text)


def test_this_means_someone_who_still_explains():
    text = "You may get reablement. This means someone who helps you at home for six weeks."
    assert "reablement" not in flagged(text)
