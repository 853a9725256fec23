"""`jargonfree explain TERM --jurisdiction NATION` for a term that does not hold there says so,
and points to the entry that does if the glossary links one (the term's own sense for that
nation, or a `related:` entry), or says the glossaries have none. Before, "section 136" asked
for Scotland only said it was England and Wales law."""

from __future__ import annotations

import pytest

from jargonfree import cli
from jargonfree.explain_lookup import holds_instead, instead_note


def _explain(capsys, *args: str) -> str:
    assert cli.main(["explain", *args]) == 0
    return capsys.readouterr().out


def _block(out: str, first_line: str) -> str:
    return next(b for b in out.split("\n\n") if b.startswith(first_line + "\n"))


def test_section_136_in_scotland_says_there_is_no_scottish_entry(capsys):
    block = _block(_explain(capsys, "section 136", "--jurisdiction", "scotland"), "section 136")
    assert "This is the law or practice in England and Wales only, not in Scotland." in block
    assert "The glossaries have no entry for what is used in Scotland instead." in block


def test_a_term_with_a_scottish_sense_points_to_it(capsys):
    block = _block(_explain(capsys, "kinship care", "--jurisdiction", "scotland"), "kinship care")
    assert "For Scotland, read 'kinship care (Scotland)' above." in block


def test_an_abbreviation_s_other_words_are_not_offered_as_the_counterpart(capsys):
    # CTO: a community treatment order in England and Wales, a compulsory treatment order in Scotland.
    block = _block(_explain(capsys, "CTO", "--jurisdiction", "scotland"), "CTO")
    assert "only, not in Scotland." in block and "For Scotland" not in block and "no entry" not in block


def test_where_a_term_holds_nothing_more_is_said(capsys):
    out = _explain(capsys, "section 136")
    assert "not in" not in out and "For " not in out and "no entry" not in out


YAML = """\
category: ours
entries:
  - term: zorp order
    plain: [an English order]
    explanation: An order.
    source: ours
    jurisdiction: england-wales
    related: [florp order]
  - term: florp order
    plain: [a Scottish order]
    explanation: An order in Scotland.
    source: ours
    jurisdiction: scotland
  - term: blip order
    plain: [an English order]
    explanation: An order.
    source: ours
    jurisdiction: england-wales
"""


@pytest.mark.parametrize("asked, want", [("zorp order", "florp order"), ("florp order", None)])
def test_related_links_point_across_nations(make_glossary, asked, want):
    glossary = make_glossary(YAML)
    entry = glossary.lookup(asked)
    found = [e.term for e in holds_instead(glossary, entry, "scotland")]
    assert found == ([want] if want else [])


def test_the_note_names_the_linked_entry_and_the_command_to_read_it(make_glossary):
    glossary = make_glossary(YAML)
    note = instead_note(glossary, glossary.lookup("zorp order"), "scotland", [])
    assert note == "For Scotland, see 'florp order': jargonfree explain \"florp order\" --jurisdiction scotland"
    none = instead_note(glossary, glossary.lookup("blip order"), "scotland", [])
    assert none == "The glossaries have no entry for what is used in Scotland instead."
