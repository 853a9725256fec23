"""Numbered parts of a law: the overlap test against glossary hits relies on the hits being in
text order and not overlapping (it looks at one hit, not all of them, to stay linear)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree.checker import resolve_glossary, resolve_settings
from jargonfree.checks import senses, unmatched_shapes
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
    hits = senses.select(doc, glossary, resolve_settings("public", "england-wales", {}))
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    found = unmatched_shapes.section_references(doc, hits, "jargon", "warning")
    # Not one of them overlaps a glossary hit, whichever hit that would be.
    for f in found:
        assert not any(h.start < f.end and f.start < h.end for h in hits)
    # Each one is a numbered part of a law.
    for f in found:
        assert doc.text[f.start : f.end].lower().startswith(("section", "part", "article"))
