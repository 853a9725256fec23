"""The mistakes a practitioner new to YAML makes when adding an entry (newcomer walk, session
20): each gets one plain message at the line to fix, and no knock-on messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from jargonfree.cli import main
from jargonfree.glossary.validate import _age, validate

GOOD = """\
entries:
  - term: frailty hub
    plain: clinic for older people
    explanation: A place where older people can see a team of nurses and doctors.
    source: Our trust, "Frailty services", https://www.example.nhs.uk/frailty
    flagged: You will be seen at the frailty hub on Monday.
    not_flagged: You will be seen at the clinic on Monday.
"""


def problems_in(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / "our-words.yaml"
    path.write_text(text, encoding="utf-8")
    return [(p.line, p.level, p.message) for p in validate([path]).problems]


def test_the_good_entry_has_no_problems(tmp_path: Path):
    assert problems_in(tmp_path, GOOD) == []


def test_the_summary_counts_one_entry_in_the_singular(tmp_path: Path, capsys):
    path = tmp_path / "our-words.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["glossary", "validate", str(path)]) == 0
    assert capsys.readouterr().err.strip() == "1 entry in 1 file: no problems."


@pytest.mark.parametrize("age, said", [(11.3, "11.3"), (11.49, "11.5"), (11.6, "12"), (17.2, "17")])
def test_a_reading_age_just_over_the_limit_is_not_rounded_down_to_it(age, said):
    # "needs a reading age of about 11: ... bring it to 11 or under" read as a fault against itself.
    assert _age(age) == said
