"""The real-text quality corpus (bench/quality/corpus.yaml) is well formed.

These tests check the annotations, not jargonfree's figures on them: those are reported by
``python bench/quality.py`` and written in bench/README.md.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

from conftest import failures, report

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("quality", ROOT / "bench" / "quality.py")
quality = importlib.util.module_from_spec(spec)
sys.modules["quality"] = quality  # dataclasses look their module up there
spec.loader.exec_module(quality)


@functools.cache
def passages() -> list[dict]:
    """The corpus, read once, by the tests that use it (not when the tests are collected: each
    worker of ``-n auto`` collects every file)."""
    return quality.load()

NATIONS = {"england", "wales", "england-wales", "scotland", "northern-ireland", "uk"}
KINDS = {"public-body", "charity", "professional", "post"}
FIELDS = {"id", "url", "licence", "kind", "area", "nation", "text", "flag", "not_flag", "borderline", "tuned"}


def test_ids_are_unique():
    ids = [p["id"] for p in passages()]
    assert len(ids) == len(set(ids))


def test_every_passage_is_well_formed():
    """One test over every passage (thousands), naming each passage that is not well formed."""
    found = failures(_well_formed, passages(), lambda p: p["id"])
    assert not found, report(found)


def _well_formed(passage):
    assert set(passage) <= FIELDS, set(passage) - FIELDS
    assert passage["url"].startswith(("http://", "https://"))
    assert passage["nation"] in NATIONS
    assert passage["kind"] in KINDS
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
    halves = {p["id"]: quality.half_of(p["id"]) for p in passages()}
    assert set(halves.values()) == set(quality.HALVES)
    # the half depends on the id alone, so it never changes as passages are added
    assert all(quality.half_of(pid) == half for pid, half in halves.items())


def test_a_passage_tuned_on_is_always_in_the_tune_half(tmp_path, capsys):
    ids = _ids_in_both_halves()
    held = ids["heldout"]
    assert quality.half_of_passage({"id": held}) == "heldout"
    assert quality.half_of_passage({"id": held, "tuned": True}) == "tune"
    # a passage that would fall in the held-out half by its id, marked tuned: only the tune half measures it
    path = _write_corpus(tmp_path, [dict(_passage(held, "The AMHP will ring you.", flag=["AMHP"]), tuned=True)])
    quality.main(["--corpus", str(path), "--report-only", "--no-strata"])
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("| passages"))
    assert [cell.strip() for cell in row.split("|")[2:4]] == ["1", "0"]
    assert quality.stratum_value({"id": "s20b-x-1", "tuned": True}, "set") == "helpers' passages (tuned)"


def test_overlap_rule():
    assert quality.overlapped([(0, 4)], 3, 6)
    assert not quality.overlapped([(0, 3)], 3, 6)
    assert not quality.overlapped([], 0, 1)


def _write_corpus(tmp_path, passages):
    import yaml

    path = tmp_path / "corpus.yaml"
    path.write_text(yaml.safe_dump({"passages": passages}), encoding="utf-8")
    return path


# Two ids that fall in different halves, so both halves are measured.
def _ids_in_both_halves():
    ids = {}
    n = 0
    while len(ids) < 2:
        ids.setdefault(quality.half_of(f"p{n}"), f"p{n}")
        n += 1
    return ids


def _passage(pid, text, flag=(), not_flag=()):
    return {"id": pid, "url": "https://example.org/", "licence": "test", "kind": "post", "area": "plain",
            "nation": "wales", "text": text, "flag": [{"text": t, "category": "abbreviation"} for t in flag],
            "not_flag": list(not_flag)}


def test_runner_exits_1_when_a_goal_is_missed_and_0_with_report_only(tmp_path, capsys):
    ids = _ids_in_both_halves()
    # "hill walk" is no jargon: annotating it as such makes recall 0 in both halves.
    path = _write_corpus(tmp_path, [_passage(pid, "We went for a hill walk.", flag=["hill walk"]) for pid in ids.values()])
    assert quality.main(["--corpus", str(path)]) == 1
    out = capsys.readouterr().out
    assert "heldout: recall 0.00" in out and "goals NOT met" in out
    assert quality.main(["--corpus", str(path), "--report-only"]) == 0


def test_runner_exits_0_when_goals_are_met(tmp_path, capsys):
    ids = _ids_in_both_halves()
    path = _write_corpus(tmp_path, [
        _passage(pid, "The AMHP will ring you. We went for a walk.", flag=["AMHP"], not_flag=["walk"])
        for pid in ids.values()
    ])
    assert quality.main(["--corpus", str(path)]) == 0
    out = capsys.readouterr().out
    assert "goals NOT met" not in out


def test_runner_reports_each_stratum_for_both_halves(tmp_path, capsys):
    ids = _ids_in_both_halves()
    path = _write_corpus(tmp_path, [_passage(pid, "The AMHP will ring you.", flag=["AMHP"]) for pid in ids.values()])
    quality.main(["--corpus", str(path), "--report-only"])
    out = capsys.readouterr().out
    assert "tune: recall" in out and "heldout: recall" in out
    row = next(line for line in out.splitlines() if line.startswith("| kind: post"))
    assert row.count("1.00 (1/1)") == 2
    assert any(line.startswith("| nation: wales") for line in out.splitlines())


def test_each_blind_set_is_reported_apart_from_the_first_collection(tmp_path, capsys):
    assert quality.set_of("s19b-scra-1") == "blind set 19"
    assert quality.set_of("hants-mha-1") == "first"
    assert quality.set_of("s19-notblind-1") == "first"
    passages = [_passage("s20b-a-1", "The AMHP will ring you.", flag=["AMHP"]),
                _passage("hants-a-1", "We went for a hill walk.", flag=["hill walk"])]
    quality.main(["--corpus", str(_write_corpus(tmp_path, passages)), "--report-only"])
    rows = {line.split("|")[1].strip(): line for line in capsys.readouterr().out.splitlines() if line.startswith("| set: ")}
    assert set(rows) == {"set: blind set 20", "set: first"}
    assert "1.00 (1/1)" in rows["set: blind set 20"] and "0.00 (0/1)" in rows["set: first"]


def test_runner_says_what_is_wrong_with_an_unreadable_corpus(tmp_path, capsys):
    assert quality.main(["--corpus", str(tmp_path / "missing.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("quality: cannot read the corpus") and len(err.strip().splitlines()) == 1


def test_misses_of_the_held_out_half_are_refused(tmp_path, capsys):
    assert quality.main(["--misses"]) == 2
    assert "tuning half only" in capsys.readouterr().err
