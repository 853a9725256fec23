"""bench/unnamed_misses.py lists the misses no glossary entry names, with their words' frequencies and shape."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
spec = importlib.util.spec_from_file_location("unnamed_misses", ROOT / "bench" / "unnamed_misses.py")
unnamed = importlib.util.module_from_spec(spec)
sys.modules["unnamed_misses"] = unnamed  # dataclasses look their module up there
spec.loader.exec_module(unnamed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("compulsory powers", "noun compound"),
        ("ground for possession", "phrase with small words"),
        ("non-malignant", "hyphenated"),
        ("assurance", "Latinate word"),
        ("sweep", "single word"),
        ("called off", "verb+particle"),
        ("SENCo", "abbreviation"),
        ("Para 6.38", "number or reference"),
    ],
)
def test_shapes(text, expected):
    assert unnamed.shape(text) == expected


def test_a_miss_no_entry_names_is_listed_with_its_words():
    passage = {"id": "p1", "text": "The order gives the officer compulsory powers to act.", "flag": [{"text": "compulsory powers", "category": "term"}]}
    [row] = unnamed.rows_of([passage])
    assert (row.role, row.text, row.shape) == ("miss", "compulsory powers", "noun compound")
    assert [w for w, _ in row.words] == ["compulsory", "powers"]
    assert 3 < row.lowest_zipf < 5 and not row.rare_word


def test_a_flagged_term_is_no_row():
    passage = {"id": "p2", "text": "Her mum has a DoLS in place.", "flag": [{"text": "DoLS", "category": "abbreviation"}]}
    assert unnamed.rows_of([passage]) == []


def test_a_miss_the_glossary_knows_alone_is_not_listed():
    # Explained in the sentence, so not flagged there, but the probe flags "reablement" alone.
    passage = {"id": "p3", "text": "Ask about reablement. Reablement is short-term help to do things for yourself again.", "flag": [{"text": "reablement", "category": "term"}]}
    assert unnamed.rows_of([passage]) == []


def test_must_not_flag_strings_left_alone_are_rows():
    passage = {"id": "p4", "text": "Unpaid carers can ask the council for help.", "not_flag": ["Unpaid carers", "council"]}
    rows = unnamed.rows_of([passage])
    assert [(r.role, r.text) for r in rows] == [("not_flag", "Unpaid carers"), ("not_flag", "council")]


def test_the_summary_counts_each_shape_for_both_roles():
    passage = {
        "id": "p5",
        # ("compulsory powers" was the example until terms27b made it a form of compulsory measures.)
        "text": "The council used its enforcement powers. Unpaid carers were told.",
        "flag": [{"text": "enforcement powers", "category": "term"}],
        "not_flag": ["Unpaid carers"],
    }
    table = unnamed.summary(unnamed.rows_of([passage]))
    assert table[1][:2] == ["noun compound", "1"] and table[1][4] == "1"


def test_the_corpus_needs_its_tune_half():
    with pytest.raises(SystemExit, match="--half tune"):
        unnamed.passages_of(ROOT / "bench" / "quality" / "corpus.yaml", None)


def test_a_pool_passage_that_is_a_heldout_corpus_passage_is_left_out(tmp_path, capsys):
    # review24: the same guard as why_silent's: a held-out text is left out whatever file holds it.
    import quality
    import yaml

    heldout = next(p for p in quality.load() if quality.half_of_passage(p) != "tune")
    fresh = {"id": "our-own-1", "text": "The AMHP will ring you on Monday.", "flag": [], "not_flag": []}
    pool = tmp_path / "pool.yaml"
    pool.write_text(yaml.safe_dump([dict(heldout, id="copied-1"), fresh]), encoding="utf-8")
    assert [p["id"] for p in unnamed.passages_of(pool, None)] == ["our-own-1"]
    assert "1 passage(s) left out" in capsys.readouterr().err
