"""A writer's first steps on the command line (newcomer walk, session 20): what trips a person
up gets one plain line, never a Python value or a silent wait."""

from __future__ import annotations

import io

import pytest

import jargonfree
from jargonfree.cli import main
from jargonfree.inputs import TYPE_OR_PASTE, read_stream


class Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


def test_reading_a_terminal_says_how_to_end_the_text(capsys):
    # 'jargonfree check' with no file waited in silence for standard input.
    source = read_stream(Terminal(b"We will liaise.\n"))
    assert source.text == "We will liaise.\n"
    assert capsys.readouterr().err == TYPE_OR_PASTE + "\n"


def test_a_pipe_gets_no_hint(capsys):
    assert read_stream(io.BytesIO(b"We will liaise.\n")).text == "We will liaise.\n"
    assert capsys.readouterr().err == ""


def test_an_empty_allow_is_one_plain_line(tmp_path, capsys):
    post = tmp_path / "post.txt"
    post.write_text("We will liaise.\n", encoding="utf-8")
    assert main(["check", "--allow", "", str(post)]) == 2
    err = capsys.readouterr().err
    # Before: "... not frozenset({''})".
    assert err == "jargonfree: error: allowed contacts must be phone numbers, email addresses or @domains, not an empty one\n"


def test_allowed_contacts_that_are_not_text_name_the_item():
    with pytest.raises(jargonfree.SettingsError, match="not 5$"):
        jargonfree.check("Call 0113 496 0000.", allow_contacts=["0113 496 0000", 5])


@pytest.mark.parametrize("length", ["0", "-5"])
def test_a_length_limit_below_one_is_a_usage_error(tmp_path, capsys, length):
    # Before: exit 0 and "more than the limit of -5: shorten it by hand".
    post = tmp_path / "post.txt"
    post.write_text("We will liaise.\n", encoding="utf-8")
    assert main(["rewrite", "--max-length", length, str(post)]) == 2
    assert "is not 1 or more" in capsys.readouterr().err


def test_replace_invalid_never_writes_over_the_file(tmp_path, capsys):
    # Before: exit 0, "1 change", and the file's é (latin-1 byte E9) became U+FFFD for good.
    post = tmp_path / "post.txt"
    original = "Café: we will commence.\n".encode("latin-1")
    post.write_bytes(original)
    assert main(["rewrite", "--replace-invalid", "--in-place", str(post)]) == 2
    assert post.read_bytes() == original and not (tmp_path / "post.txt.orig").exists()
    assert "use --encoding" in capsys.readouterr().err
    assert main(["rewrite", "--encoding", "latin-1", "--in-place", str(post)]) == 0
    assert post.read_bytes() == "Café: we will start.\n".encode("latin-1")


@pytest.mark.parametrize("words, term", [("liaising", "liaise"), ("commenced", "commence"), ("AMHPs", "AMHP"), ("s.136", "section 136")])
def test_explain_finds_the_term_a_written_form_belongs_to(capsys, words, term):
    # Before: "'liaising' is not in the glossaries", though check flags it as liaise.
    assert main(["explain", words]) == 0
    assert capsys.readouterr().out.splitlines()[0] == term


def test_explain_suggests_the_term_for_a_typo(capsys):
    assert main(["explain", "liase"]) == 1
    assert capsys.readouterr().err.startswith("jargonfree: 'liase' is not in the glossaries: did you mean 'liaise'")
    assert main(["explain", "cheerful kitten"]) == 1
    assert capsys.readouterr().err == "jargonfree: 'cheerful kitten' is not in the glossaries\n"


def test_a_short_text_above_the_target_says_why_it_still_passes(capsys):
    # newcomer22: 'Reading age 13.4 (target: 11 or under ...)' and then 'Passed.', with no reason.
    import sys

    stdin = sys.stdin
    try:
        sys.stdin = io.TextIOWrapper(io.BytesIO(b"Unclosed.\n"))
        assert main(["check", "-"]) == 0
    finally:
        sys.stdin = stdin
    out = capsys.readouterr().out
    assert "Reading age 13.4" in out
    assert "rough guide: a reading age above the target does not fail it.\n  Passed." in out
    # Within the target, the note is as before.
    report = jargonfree.check("We will call you.")
    from jargonfree.render import Outcome
    from jargonfree.render.text import render

    assert "rough guide.\n  Passed." in render([Outcome("-", report)])


def test_rewrite_with_two_files_says_one_at_a_time(tmp_path, capsys):
    # newcomer22: 'jargonfree rewrite a.txt b.txt' said "unrecognized arguments: b.txt (see 'jargonfree --help')".
    posts = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for post in posts:
        post.write_text("The sessions will commence in May.\n", encoding="utf-8")
    assert main(["rewrite", *map(str, posts)]) == 2
    assert capsys.readouterr().err == "jargonfree: error: rewrite takes one file at a time (got 2): run it once for each file\n"
    assert main(["rewrite", str(posts[0])]) == 0
    assert capsys.readouterr().out == "The sessions will start in May.\n"
    assert all(p.read_text(encoding="utf-8") == "The sessions will commence in May.\n" for p in posts)


@pytest.mark.parametrize("words", [[""], ["  "], ["", ""]])
def test_explain_with_no_words_is_a_usage_error(capsys, words):
    # newcomer22: 'jargonfree explain ""' said "'' is not in the glossaries" and exit 1, as for a real term.
    assert main(["explain", *words]) == 2
    assert capsys.readouterr().err == "jargonfree: error: say which term to explain, such as: jargonfree explain AMHP\n"


def test_explain_takes_the_words_of_a_term_with_extra_spaces(capsys):
    assert main(["explain", " section", "136 "]) == 0
    assert capsys.readouterr().out.startswith("section 136\n")


@pytest.mark.parametrize(
    "options, said",
    [
        (["--only", "privacy"], "No problems found by the checks that ran: privacy."),
        (["--skip", "jargon,uncommon"], "No problems found by the checks that ran: privacy, abbreviation, sentence."),
        (["--only", "jargon"], "No jargon or other problems found."),
        ([], "No jargon or other problems found."),
    ],
)
def test_no_findings_says_no_jargon_only_when_the_jargon_check_ran(tmp_path, capsys, options, said):
    # newcomer22: '--only privacy' on a post full of jargon said "No jargon or other problems found."
    post = tmp_path / ("post.md" if options else "post.txt")
    post.write_text("Hello, we will call you on Monday.\n" if not options or "jargon" in options else "We will liaise with the AMHP.\n", encoding="utf-8")
    main(["check", *options, str(post)])
    assert f"\n  {said}\n" in capsys.readouterr().out
    main(["check", *options, "--format", "html", str(post)])
    assert f"<p>{said}</p>" in capsys.readouterr().out


def test_a_report_names_the_checks_that_ran_only_when_some_were_left_out():
    assert jargonfree.check("We will call you.").checks == ()
    assert jargonfree.check("We will call you.", only={"privacy", "sentence"}).checks == ("privacy", "sentence")
    from jargonfree.stream import check_long

    assert [r.checks for r in [check_long("We will call you.\n", only={"privacy"})]] == [("privacy",)]
