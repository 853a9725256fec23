"""A rewrite for a reader in a nation where a term's law does not hold says so, as `check` and
`explain` do: a numbered provision is left as it is (the other nation's gloss would be wrong),
any other term is rewritten with the check's note as a warning."""

from __future__ import annotations

import os
import subprocess
import sys

import jargonfree
from conftest import ROOT

TEXT = "The council started a section 42 enquiry last week."
NOTE = "This is the law or practice in England only, not in Scotland."


def test_an_english_numbered_provision_is_not_glossed_for_a_reader_in_scotland():
    result = jargonfree.rewrite(TEXT, jurisdiction="scotland")
    assert result.text == TEXT and result.edits == () and result.warnings == ()
    [(finding, reason)] = result.skipped
    assert finding.text == "section 42 enquiry" and reason.startswith(NOTE)
    # The check says the same of the same words.
    [found] = jargonfree.check(TEXT, jurisdiction="scotland", only=["jargon"]).findings
    assert NOTE in found.message


def test_the_same_term_is_glossed_where_its_law_holds():
    for jurisdiction in ("england-wales", "england", "uk"):
        result = jargonfree.rewrite(TEXT, jurisdiction=jurisdiction)
        assert result.text.startswith("The council started a section 42 enquiry (") and result.skipped == ()


def test_words_the_writer_chose_are_used_even_so():
    gloss = jargonfree.load_glossary().lookup("section 42 enquiry").glosses[0]
    chosen = jargonfree.rewrite(TEXT, jurisdiction="scotland", choices={"section 42 enquiry": gloss})
    assert chosen.text == jargonfree.rewrite(TEXT).text != TEXT


def test_a_term_whose_sources_are_only_english_guidance_is_still_rewritten():
    # "Our sources for this are from England": the softer note, for a practice word, not a law.
    text = "Our team uses a strengths-based approach."
    assert jargonfree.rewrite(text, jurisdiction="scotland").text == jargonfree.rewrite(text).text != text


def test_a_scottish_section_4_is_not_given_englands_meaning():
    text = "The council made inquiries under section 4."
    assert jargonfree.rewrite(text, jurisdiction="scotland").text == text
    assert jargonfree.rewrite(text).text != text


def test_another_term_of_another_nations_law_is_rewritten_with_the_checks_note():
    # (Not "lack capacity": Scotland's and Northern Ireland's capacity laws use those words too.)
    text = "Adults who have a deputyship order can get help."
    result = jargonfree.rewrite(text, jurisdiction="scotland")
    assert result.text == jargonfree.rewrite(text).text != text
    [found] = jargonfree.check(text, jurisdiction="scotland", only=["jargon"]).findings
    [warning] = result.warnings
    assert warning.startswith("“deputyship order”: ") and warning.split(": ", 1)[1] in found.message
    assert jargonfree.rewrite(text).warnings == ()


def test_the_command_prints_the_note(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "jargonfree", "rewrite", "--jurisdiction", "scotland", "-"],
        input="Adults who have a deputyship order can get help.\n", capture_output=True, text=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0 and "deputyship order (" in done.stdout
    assert done.stderr == "jargonfree: warning: “deputyship order”: This is the law or practice in England and Wales only, not in Scotland.\n"
