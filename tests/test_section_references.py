"""Numbered parts of a law: the overlap test against glossary hits relies on the hits being in
text order and not overlapping (it looks at one hit, not all of them, to stay linear)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import check
from jargonfree.checker import resolve_glossary, resolve_settings
from jargonfree.checks import jargon
from jargonfree.document import Document

SENTENCES = [
    "She was detained under section 3 of the Mental Health Act.",
    "Section 22 of the Act says what the council must do.",
    "The AMHP used section 136 last night.",
    "Part 2 of the Measure covers this.",
    "See section 4 of our leaflet.",
    "A section 42 enquiry has started.",
    "Article 115 of the Order applies.",
    "We will liaise with the nearest relative.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=30))
def test_hits_are_ordered_and_do_not_overlap_so_one_look_is_enough(parts):
    doc = Document.from_text(" ".join(parts))
    glossary = resolve_glossary(None)
    hits = jargon.select(doc, glossary, resolve_settings("public", "england-wales", {}))
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    found = jargon.section_references(doc, hits, "warning")
    # Not one of them overlaps a glossary hit, whichever hit that would be.
    for f in found:
        assert not any(h.start < f.end and f.start < h.end for h in hits)
    # Each one is a numbered part of a law.
    for f in found:
        assert doc.text[f.start : f.end].lower().startswith(("section", "part", "article"))


@pytest.mark.parametrize(
    "text, surface",
    [
        ("Section 24 provides that only some kinds of detention are allowed.", "Section 24"),
        ("It must be authorised by a panel under Schedule 1.", "Schedule 1"),
        ("The condition set out in section 25 must also be met.", "section 25"),
    ],
)
def test_a_part_of_a_law_used_as_one_is_flagged_though_no_law_is_named(text, surface):
    # Issue 11, from the tune half of the real-text corpus (explanatory notes of a law).
    assert surface in [f.text for f in check(text).findings if f.rule == "legal/section-reference"]


@pytest.mark.parametrize(
    "text",
    [
        "See section 3 of this leaflet for our opening times.",
        "Section 4 of the form asks about your income.",
        "Under section 5 of our policy, we reply in 10 days.",
        "Read section 2 below.",
        "Part 2 of the survey is about your home.",
    ],
)
def test_a_part_of_a_document_is_not_a_law(text):
    assert [f.text for f in check(text).findings if f.rule == "legal/section-reference"] == []
