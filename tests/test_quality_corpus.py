"""The real-text quality corpus (bench/quality/corpus.yaml) is well formed.

These tests check the annotations, not jargonfree's figures on them: those are reported by
``python bench/quality.py`` and written in bench/README.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)

PASSAGES = quality.load()
NATIONS = {"england", "wales", "england-wales", "scotland", "northern-ireland", "uk"}
FIELDS = {"id", "url", "licence", "area", "nation", "text", "flag", "not_flag", "borderline"}


def test_ids_are_unique():
    ids = [p["id"] for p in PASSAGES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("passage", PASSAGES, ids=lambda p: p["id"])
def test_passage_is_well_formed(passage):
    assert set(passage) <= FIELDS, set(passage) - FIELDS
    assert passage["url"].startswith(("http://", "https://"))
    assert passage["nation"] in NATIONS
    assert passage["licence"]
    text = passage["text"]
    for item in passage.get("flag", []):
        assert item["category"] in quality.CATEGORIES
        assert item["text"] in text, item["text"]
    for needle in passage.get("not_flag", []) + passage.get("borderline", []):
        assert needle in text, needle
    flagged = {i["text"] for i in passage.get("flag", [])}
    assert not flagged & set(passage.get("not_flag", [])), "a string cannot be both flag and not_flag"


def test_halves_split_the_corpus_and_both_are_used():
    halves = {p["id"]: quality.half_of(p["id"]) for p in PASSAGES}
    assert set(halves.values()) == set(quality.HALVES)
    # the half depends on the id alone, so it never changes as passages are added
    assert all(quality.half_of(pid) == half for pid, half in halves.items())


def test_overlap_rule():
    assert quality.overlapped([(0, 4)], 3, 6)
    assert not quality.overlapped([(0, 3)], 3, 6)
    assert not quality.overlapped([], 0, 1)
