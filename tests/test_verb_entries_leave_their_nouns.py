"""A verb entry whose base form is also a noun ("broker": to arrange care; "a support broker": a
person) must not turn the noun into the verb: "A support broker can help" must not become
"A support arrange can help" (session 26's review of recall26's new entry)."""

from __future__ import annotations

import pytest

import jargonfree


@pytest.mark.parametrize(
    "text",
    [
        "An independent broker can help you plan your care.",
        "My broker arranged the placement for him.",
        "A care broker will ring you about the package.",
    ],
)
def test_the_noun_is_left_alone(text):
    assert jargonfree.rewrite(text).text == text
    assert not [f for f in jargonfree.check(text).findings if f.text.startswith("broker")]


@pytest.mark.parametrize(
    ("text", "rewritten"),
    [
        ("The council will broker a care package for you.", "The council will arrange a care package for you."),
        ("We brokered the care package last week.", "We arranged the care package last week."),
    ],
)
def test_the_verb_is_still_found_and_rewritten(text, rewritten):
    assert [f for f in jargonfree.check(text).findings if f.text.lower().startswith("broker")]
    assert jargonfree.rewrite(text).text == rewritten
