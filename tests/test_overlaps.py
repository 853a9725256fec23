"""Longest match wins: settling each run of overlapping matches on its own gives what one
longest-first pass over all of them gives (the plain way, which grew with the square of the
number of matches in a long text)."""

from __future__ import annotations

import random

from jargonfree.checks.senses import _longest_first
from jargonfree.spans import FreeSpans
from jargonfree.glossary.index import Hit


def _plain_way(hits: list[Hit]) -> list[Hit]:
    taken = FreeSpans()
    kept = [h for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)) if taken.take(h.start, h.end)]
    return sorted(kept, key=lambda h: h.start)


def test_runs_settled_apart_match_one_pass():
    rng = random.Random(7)
    for _ in range(2000):
        spans = {(a, a + rng.randint(1, 12)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 30)))}
        hits = sorted((Hit(start, end, 0, "") for start, end in spans), key=lambda h: h.start)
        assert _longest_first(hits) == _plain_way(hits)


def test_examples():
    hits = [Hit(0, 10, 0, ""), Hit(2, 5, 1, ""), Hit(8, 14, 2, ""), Hit(20, 22, 3, ""), Hit(21, 26, 4, "")]
    assert _longest_first(hits) == [Hit(0, 10, 0, ""), Hit(21, 26, 4, "")]
