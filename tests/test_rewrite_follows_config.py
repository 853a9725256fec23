"""`jargonfree rewrite` reads the configuration file `jargonfree check` reads, and leaves alone
the terms the writer allowed (`allow-terms`, `<!-- jargonfree: ignore ... -->`). Before, the
check left "prior to" alone and the rewrite changed it, and the rewrite used neither the
file's glossaries nor its audience or nation (walk of a fresh install, session 21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonfree import cli

POST = "We will meet prior to the visit and commence the plan.\n"


def _rewrite(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["rewrite", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_allowed_terms_in_the_config_are_not_rewritten(tmp_path: Path, capsys):
    (tmp_path / ".jargonfree.toml").write_text('allow-terms = ["prior to"]\n', encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    assert _rewrite(capsys, str(post))[1] == "We will meet prior to the visit and start the plan.\n"
    assert _rewrite(capsys, "--no-config", str(post))[1] == "We will meet before the visit and start the plan.\n"
    data = json.loads(_rewrite(capsys, "--format", "json", str(post))[1])
    assert [e["old"] for e in data["edits"]] == ["commence"]


def test_terms_an_ignore_comment_names_are_not_rewritten(tmp_path: Path, capsys):
    post = tmp_path / "post.md"
    post.write_text("<!-- jargonfree: ignore prior to -->\n" + POST, encoding="utf-8")
    assert _rewrite(capsys, str(post))[1] == "<!-- jargonfree: ignore prior to -->\nWe will meet prior to the visit and start the plan.\n"


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_the_config_s_glossaries_are_used(tmp_path: Path, capsys):
    (tmp_path / "ours.yaml").write_text(
        "category: ours\nentries:\n  - term: zorbulate\n    plain: [sort out]\n    explanation: To sort out.\n"
        "    source: Our site, https://example.org/words\n",
        encoding="utf-8",
    )
    (tmp_path / ".jargonfree.toml").write_text('glossaries = ["ours.yaml"]\n', encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("We will zorbulate it.\n", encoding="utf-8")
    assert _rewrite(capsys, str(post))[1] == "We will sort out it.\n"


@pytest.mark.parametrize("content, words", [('audience = "publik"\n', "line 1: audience: unknown audience 'publik'")])
def test_a_wrong_value_in_the_config_is_one_line(tmp_path: Path, capsys, content, words):
    (tmp_path / ".jargonfree.toml").write_text(content, encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    code, out, err = _rewrite(capsys, str(post))
    assert code == 2 and out == "" and err.count("\n") == 1 and words in err


def test_the_length_warning_is_for_the_text_written_out(tmp_path: Path, capsys):
    # The allowed term's long explanation made the first result too long; once the writer's
    # allowed term is put back, the text is within the limit and there is nothing to warn of.
    (tmp_path / ".jargonfree.toml").write_text('allow-terms = ["AMHP"]\n', encoding="utf-8")
    post = tmp_path / "post.txt"
    post.write_text("Prior to your visit, the AMHP will phone you.\n", encoding="utf-8")
    code, out, err = _rewrite(capsys, "--max-length", "50", str(post))
    assert (code, out, err) == (0, "Before your visit, the AMHP will phone you.\n", "")
    code, out, err = _rewrite(capsys, "--no-config", "--max-length", "50", str(post))
    assert "approved mental health professional" in out and "more than the limit of 50" in err


def test_reading_scores_of_an_html_page_count_its_prose_not_its_tags(tmp_path: Path, capsys):
    (tmp_path / ".jargonfree.toml").write_text('allow-terms = ["AMHP"]\n', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<p>Prior to your visit, the <b>AMHP</b> will phone you.</p>\n", encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text("Before your visit, the AMHP will phone you.\n", encoding="utf-8")
    after = json.loads(_rewrite(capsys, "--format", "json", str(page))[1])["after"]
    as_prose = json.loads(_rewrite(capsys, "--no-config", "--format", "json", str(plain))[1])["before"]
    assert after == as_prose
