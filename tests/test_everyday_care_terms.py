"""An entry everyday for every reader: ``everyday_in: uk``.

``everyday_in`` names where readers know a term ("outwith" in Scotland): it is not reported to
readers there. Marked ``uk``, the term is reported to no reader (an everyday word of care the
public knows, kept so that ``jargonfree explain`` still explains it), so no sentence can show it
flagged: the loader asks for no ``flagged`` or ``rewritten`` example, and reports one, at its
line, as a mistake.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import jargonfree
from jargonfree.glossary.validate import validate

# Loading a user glossary and validate() parse the built-in files each time: once here (conftest).
pytestmark = pytest.mark.usefixtures("builtin_glossary_parsed_once")


def test_an_entry_everyday_everywhere_is_silent_for_every_reader_and_flagged_without_the_field(tmp_path):
    entry = "entries:\n  - term: zorbulation plan\n{extra}    plain: a plan to mix things\n    source: [govuk-style]\n"
    text = "We wrote a zorbulation plan for her."
    plain_path, everyday_path = tmp_path / "plain.yaml", tmp_path / "everyday.yaml"
    plain_path.write_text(entry.format(extra=""), encoding="utf-8")
    everyday_path.write_text(entry.format(extra="    everyday_in: uk\n"), encoding="utf-8")
    for jurisdiction in ("england-wales", "scotland", "northern-ireland", "uk"):
        flagged = jargonfree.check(text, glossaries=jargonfree.load_glossary(plain_path), jurisdiction=jurisdiction)
        assert "zorbulation plan" in {f.text for f in flagged.findings}, jurisdiction
        silent = jargonfree.check(text, glossaries=jargonfree.load_glossary(everyday_path), jurisdiction=jurisdiction)
        assert "zorbulation plan" not in {f.text for f in silent.findings}, jurisdiction


def test_a_flagged_example_on_an_entry_everyday_everywhere_is_an_error_at_its_line(tmp_path: Path):
    path = tmp_path / "words.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            entries:
              - term: zorbulation plan
                everyday_in: uk
                plain: a plan to mix things
                source: [govuk-style]
                flagged: We wrote a zorbulation plan for her.
                not_flagged: We wrote a plan for her.
            """
        ),
        encoding="utf-8",
    )
    errors = validate([path]).errors
    assert [(e.path, e.line) for e in errors] == [(str(path), 6)], errors
    assert "everyday term for readers across the UK" in errors[0].message
    assert "move its 'flagged' examples to 'not_flagged'" in errors[0].message


def test_an_entry_everyday_in_one_nation_keeps_its_flagged_example(tmp_path: Path):
    path = tmp_path / "words.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            entries:
              - term: zorbulation plan
                everyday_in: scotland
                plain: a plan to mix things
                source: [govuk-style]
                flagged: We wrote a zorbulation plan for her.
                not_flagged: We wrote a plan for her.
            """
        ),
        encoding="utf-8",
    )
    assert validate([path]).errors == []
