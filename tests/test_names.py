"""Names of organisations, courts and NHS bodies (jargonfree.names)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import names


_NAME_PIECES = ["UTI", "CPN", "Health", "and", "Social", "Care", "Board", "for", "everyone", "in", "the", "morning",
                "of", "Trust", "&", "Partnership", "National", "Self-directed", "Support", "Collaboration", "  ", ".",
                "\n", "on", "A&E", "children's", "Hearings", "System", "review", "B&Q", "andCare"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=12).map(" ".join), st.data())
def test_the_quick_test_of_a_name_going_on_decides_as_the_whole_rule(text, data):
    # inside_a_name first asks whether a name could go on after the match; it must turn down
    # only matches that the whole rule (run with that test always passing) turns down too.
    import re

    # A match is whole words: from the start of one word to the end of the same or a later one.
    words = [m.span() for m in re.finditer(r"[^\W_]+(?:['-][^\W_]+)*|&", text)]
    if not words:
        return
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start, end = words[first][0], words[last][1]
    quick = names.inside_a_name(text, start, end)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(names, "_NAME_GOES_ON", re.compile(""))
        assert quick == names.inside_a_name(text, start, end)


# -- names of teams, services, units and funds (names.names_a_service) ---------------------


def test_a_service_name_ends_at_its_head_word_or_has_its_initials_and_team_after_it():
    text = "Ring the Single Point of Access (SPA) team or the Housing Assistance and Adaptations Team today."
    spa = text.index("Single")
    assert names.service_name(text, spa, spa + len("Single Point of Access")) == ((spa, spa + len("Single Point of Access")), True)
    assistance = text.index("Assistance")
    span, initials = names.service_name(text, assistance, assistance + len("Assistance"))
    assert text[span[0] : span[1]] == "Housing Assistance and Adaptations Team" and not initials
    # Initials that are not the name's ("(XYZ)") do not make it one; neither does a term alone.
    other = "Ring the Single Point of Access (XYZ) team."
    assert names.service_name(other, 9, 9 + len("Single Point of Access")) is None
    alone = "You can apply for a Disabled Facilities Grant."
    assert names.service_name(alone, alone.index("Disabled"), len(alone) - 1) is None


def test_everyday_words_needs_two_common_words_none_a_term_of_its_own():
    assert names.everyday_words("Single Point of Access", lambda word: False)
    assert not names.everyday_words("Perinatal Team", lambda word: False)  # a rare word
    assert not names.everyday_words("Access", lambda word: False)  # one word
    assert not names.everyday_words("Single Point of Access", lambda word: word == "Access")  # a term of its own
