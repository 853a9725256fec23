"""``only`` and ``skip`` together: a check runs when ``only`` names it (or ``only`` is empty) and
``skip`` does not. Before, ``skip`` was silently ignored whenever ``only`` was given."""

from __future__ import annotations

import json

import pytest

import jargonfree
from jargonfree import cli
from jargonfree.settings import Settings, SettingsError

TEXT = "The AMHP will liaise with you about the SPOE referral and the thrombocytopenia.\n"


def kinds(report) -> set[str]:
    return {f.kind for f in report.findings}


def test_skip_takes_a_check_away_from_only():
    both = jargonfree.check(TEXT, only="jargon,abbreviation")
    assert kinds(both) == {"jargon", "abbreviation"}
    assert kinds(jargonfree.check(TEXT, only="jargon,abbreviation", skip="abbreviation")) == {"jargon"}


def test_only_brings_back_a_check_the_audience_skips():
    # Writing for colleagues skips the uncommon-word check; naming it in only runs it.
    assert "uncommon" not in kinds(jargonfree.check(TEXT, audience="professional"))
    assert kinds(jargonfree.check(TEXT, audience="professional", only="uncommon")) == {"uncommon"}


def test_only_and_skip_that_leave_nothing_are_an_error():
    with pytest.raises(SettingsError, match="leave no check to run"):
        Settings.for_audience("public", only="jargon", skip="jargon,uncommon")
    assert Settings.for_audience("public", only="jargon", skip="uncommon").enabled("jargon")


def run(capsys, args: list[str]) -> tuple[int, dict | None, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_the_command_line_applies_both(tmp_path, capsys):
    post = tmp_path / "post.txt"
    post.write_text(TEXT, encoding="utf-8")
    _, data, _ = run(capsys, ["check", "--format", "json", "--only", "jargon,abbreviation", "--skip", "abbreviation", str(post)])
    assert {f["kind"] for f in data["findings"]} == {"jargon"}
    code, data, err = run(capsys, ["check", "--only", "jargon", "--skip", "jargon", str(post)])
    assert code == 2 and data is None
    assert err.startswith("jargonfree: error:") and "leave no check to run" in err and len(err.strip().splitlines()) == 1


def test_the_command_line_choice_of_checks_replaces_the_config_file_s(tmp_path, capsys):
    post = tmp_path / "post.txt"
    post.write_text(TEXT, encoding="utf-8")
    (tmp_path / ".jargonfree.toml").write_text('only = ["jargon", "uncommon"]\n', encoding="utf-8")
    _, data, _ = run(capsys, ["check", "--format", "json", str(post)])
    assert {f["kind"] for f in data["findings"]} == {"jargon", "uncommon"}
    # --skip on the command line: the file's only list is not kept beside it.
    _, data, _ = run(capsys, ["check", "--format", "json", "--skip", "uncommon", str(post)])
    assert {f["kind"] for f in data["findings"]} == {"jargon", "abbreviation"}


def test_an_empty_only_is_no_only():
    # review22 item 5: only="" named no check, yet took the audience's skip list away.
    assert "uncommon" not in kinds(jargonfree.check(TEXT, audience="professional", only=""))
    assert kinds(jargonfree.check(TEXT, only="")) == kinds(jargonfree.check(TEXT))


def test_skipping_every_check_is_an_error():
    # review22 item 11: it printed "Passed" having checked nothing.
    with pytest.raises(SettingsError, match=r"^skip \(.*\) leaves no check to run$"):
        Settings.for_audience("public", skip="jargon,abbreviation,uncommon,sentence,privacy")
