"""A practitioner who edits their glossary file and checks again in the same process (the
local web page, a notebook) gets the entries as the file now says, not as it said the first
time; an unchanged file is not read again."""

from __future__ import annotations

import os

import pytest

import jargonfree
from jargonfree import checker

# validate() and loading a user glossary parse the built-in files each time: once here (conftest).
pytestmark = pytest.mark.usefixtures("builtin_glossary_parsed_once")

FIRST = "entries:\n  - term: frobnicate\n    plain: mix\n    source: our team\n"
EDITED = "entries:\n  - term: frobnicate\n    plain: stir together\n    source: our team\n"


def _suggestions(path) -> tuple[str, ...]:
    [found] = [f for f in jargonfree.check("We frobnicate it.", glossaries=path).findings if f.text == "frobnicate"]
    return found.suggestions


def test_an_edited_glossary_is_read_again(tmp_path):
    path = tmp_path / "my-terms.yaml"
    path.write_text(FIRST, encoding="utf-8")
    assert _suggestions(path)[0] == "mix"
    path.write_text(EDITED, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # a coarse clock would not see it
    assert _suggestions(path)[0] == "stir together"
    assert jargonfree.rewrite("We frobnicate it.", glossaries=str(path)).text == "We stir together it."


def test_an_unchanged_glossary_is_not_loaded_again(tmp_path):
    path = tmp_path / "my-terms.yaml"
    path.write_text(FIRST, encoding="utf-8")
    first = checker.resolve_glossary(path)
    assert checker.resolve_glossary([str(path)]) is first


def test_a_glossary_that_goes_missing_is_an_error_not_the_old_entries(tmp_path):
    path = tmp_path / "my-terms.yaml"
    path.write_text(FIRST, encoding="utf-8")
    checker.resolve_glossary(path)
    path.unlink()
    with pytest.raises(jargonfree.GlossaryError, match="my-terms.yaml"):
        checker.resolve_glossary(path)  # not the entries it used to have


def test_a_term_written_twice_in_a_users_file_is_an_error_not_a_lost_entry(tmp_path):
    # Before, the second entry was left out without a word: edits to it changed nothing.
    path = tmp_path / "my-terms.yaml"
    path.write_text(FIRST + "  - term: frobnicate\n    plain: blend\n    source: our team\n", encoding="utf-8")
    try:
        jargonfree.check("We frobnicate it.", glossaries=path)
    except jargonfree.GlossaryError as exc:
        message = str(exc)
        assert "'frobnicate' is also in the glossary at" in message and "\n" not in message
        assert "run 'jargonfree glossary validate" in message
    else:
        raise AssertionError("a term written twice was taken without a word")


def test_two_senses_of_a_term_in_a_users_file_are_fine(tmp_path):
    path = tmp_path / "my-terms.yaml"
    path.write_text(FIRST + "  - term: frobnicate\n    plain: blend\n    source: our team\n    jurisdiction: scotland\n", encoding="utf-8")
    assert _suggestions(path)[0] == "mix"
