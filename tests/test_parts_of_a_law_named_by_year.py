"""A Part of a law named in its paragraph by its year alone ("the 2010 Measure", "the 1983 and
2007 Mental Health Acts") is a law's part, as it is after "the Measure" (issue 11); a Part of the
text itself stays the text's own.

The sentences are ours, of the kind a Welsh charity's page on the Measure uses."""

from __future__ import annotations

import pytest
from conftest import section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 1983 and 2007 Mental Health Acts are about powers to detain, and the 2010 Measure is "
            "about support. Part 2 gives people a right to a care plan.",
            ["the 2010 Measure", "Part 2"],
        ),
        ("The 2014 Act changed the rules. Part 1 sets out the duties of councils.", ["The 2014 Act", "Part 1"]),
    ],
)
def test_a_part_is_a_laws_where_the_law_is_named_by_its_year(text, expected):
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The 2014 Act changed the rules. Part 1 of this leaflet explains them.",
        "Part 3: Special Educational Provision. Part 5: Non-Educational Needs.",
    ],
)
def test_a_texts_own_parts_are_left_alone(text):
    assert "Part" not in " ".join(section_references(text))
