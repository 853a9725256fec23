"""Schwartz-Hearst long forms: the quick version agrees with the paper's letter-by-letter loop."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from jargonfree.definitions import best_long_form


def _letter_by_letter(short: str, long: str) -> int | None:
    """Schwartz and Hearst (2003), figure 2, as written: walk left one character at a time."""
    s = [c.lower() for c in short if c.isalnum()]
    if not s:
        return None
    lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in long)
    s_index, l_index = len(s) - 1, len(lower) - 1
    while s_index >= 0:
        c = s[s_index]
        while l_index >= 0 and (lower[l_index] != c or (s_index == 0 and l_index > 0 and lower[l_index - 1].isalnum())):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = l_index + 1
    while start > 0 and lower[start - 1].isalnum():
        start -= 1
    return start


def test_a_long_form_is_found():
    long = "we met the approved mental health professional"
    assert long[best_long_form("AMHP", long) :] == "approved mental health professional"


_LETTERS = st.sampled_from(list("abcAB İ-x1"))


@settings(max_examples=500, deadline=None)
@given(st.text(_LETTERS, max_size=5), st.text(_LETTERS, max_size=30))
def test_best_long_form_equals_the_letter_by_letter_loop(short, long):
    assert best_long_form(short, long) == _letter_by_letter(short, long)


_PIECES = ["(AMHP)", "(AMHPs)", "(CTO)", "(kinship care)", "AMHP (approved mental health professional)",
           "approved mental health professional", "the discharge meeting", "community treatment order",
           " ", ". ", "(", ")", "Care", "p", "a", "5", "(5G)", "mental", "health"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map(" ".join))
@example("(AMHP) ( a 5 )")  # the initials match skips digits: the shortcut must too
def test_the_letters_shortcut_changes_no_definition(text):
    from unittest import mock

    from jargonfree import definitions
    from jargonfree.document import Document

    quick = definitions.find_definitions(text, Document.from_text(text).sentences)
    with mock.patch.object(definitions, "_letters_before", lambda short, before: True):
        full = definitions.find_definitions(text, Document.from_text(text).sentences)
    assert quick == full
