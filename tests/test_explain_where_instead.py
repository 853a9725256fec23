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


def test_section_136_in_scotland_points_to_section_297(capsys):
    block = _block(_explain(capsys, "section 136", "--jurisdiction", "scotland"), "section 136")
    assert "This is the law or practice in England and Wales only, not in Scotland." in block
    assert "For Scotland, see 'section 297': jargonfree explain \"section 297\" --jurisdiction scotland" in block


def test_section_136_in_northern_ireland_points_to_article_130(capsys):
    block = _block(_explain(capsys, "section 136", "--jurisdiction", "northern-ireland"), "section 136")
    assert "For Northern Ireland, see 'Article 130'" in block


def test_a_term_with_no_counterpart_says_there_is_none(capsys):
    # Section 117 aftercare has no entry for Scotland (yet).
    block = _block(_explain(capsys, "section 117", "--jurisdiction", "scotland"), "section 117")
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


# What each nation uses instead of an England (or England and Wales) term, as the glossary's
# related: lists link them (session 22): the note names the counterpart, by term and sense.
COUNTERPARTS = [
    ("AMHP", "scotland", "mental health officer"),
    ("AMHP", "northern-ireland", "approved social worker"),
    ("nearest relative", "scotland", "named person (mental health)"),
    ("section 2", "scotland", "short-term detention certificate"),
    ("section 4", "scotland", "emergency detention certificate"),
    ("responsible clinician", "northern-ireland", "RMO (responsible medical officer, Northern Ireland)"),
    ("lasting power of attorney", "scotland", "welfare power of attorney"),
    ("LPA", "northern-ireland", "enduring power of attorney (Northern Ireland)"),
    ("deputy", "northern-ireland", "controller"),
    ("section 42 enquiry", "scotland", "duty to inquire"),
    ("section 42 enquiry", "wales", "section 126"),
    ("safeguarding adults board", "scotland", "adult protection committee"),
    # Wales joined its child and adult practice reviews (and others) into the single unified
    # safeguarding review; Scotland's significant case reviews are now learning reviews (session 22).
    ("CSPR", "wales", "single unified safeguarding review"),
    ("CSPR", "scotland", "learning review (Scotland)"),
    ("SAR", "wales", "single unified safeguarding review"),
    ("SAR", "scotland", "learning review (Scotland)"),
    ("CSPR", "northern-ireland", "case management review"),
    ("DBS", "scotland", "PVG"),
    ("EHCP", "wales", "individual development plan"),
    ("EHCP", "scotland", "co-ordinated support plan"),
    ("EHCP", "northern-ireland", "Statement (special educational needs)"),
    ("SENCO", "wales", "ALNCo"),
    ("section 20", "wales", "section 76 (a child in care by agreement in Wales)"),
    ("Staying Put", "wales", "When I am Ready"),
    ("JSNA", "wales", "population assessment"),
    ("CHC", "scotland", "HBCCC"),
    ("nearest relative", "northern-ireland", "nearest relative (Northern Ireland)"),
    ("section 135", "scotland", "removal order"),
    ("child protection plan", "wales", "care and support protection plan"),
    ("assured shorthold tenancy", "scotland", "private residential tenancy"),
    ("main housing duty", "northern-ireland", "full duty applicant"),
    # and back: a Scottish term asked about in England
    ("mental health officer", "england", "AMHP"),
    ("short-term detention certificate", "england", "section 2"),
    ("single unified safeguarding review", "england", "child safeguarding practice review"),
    ("SUSR", "england", "safeguarding adults review"),
    ("learning review", "england", "CSPR"),
]


@pytest.mark.parametrize("term, nation, counterpart", COUNTERPARTS)
def test_explain_names_what_the_nation_uses_instead(capsys, term, nation, counterpart):
    out = _explain(capsys, term, "--jurisdiction", nation)
    notes = [line.strip() for line in out.splitlines() if line.strip().startswith("For ")]
    assert any(f"'{counterpart}'" in note for note in notes), notes


@pytest.mark.parametrize("term", ["section 25", "aftercare"])
def test_a_same_named_term_for_another_thing_is_not_offered_as_the_counterpart(capsys, term):
    # Section 25 of the Mental Health Act (barring a discharge) is not section 25 of the
    # Children (Scotland) Act 1995; section 117 aftercare is not Scotland's aftercare for care leavers.
    out = _explain(capsys, term, "--jurisdiction", "scotland")
    assert "For Scotland" not in out


SENSES = """\
category: ours
entries:
  - term: zorp order
    plain: [an English order]
    explanation: An order.
    source: ours
    jurisdiction: england-wales
  - term: zorp order
    sense: Scotland
    plain: [a Scottish order]
    explanation: An order in Scotland.
    source: ours
    jurisdiction: scotland
  - term: zorp order
    sense: a children's order in Scotland
    plain: [another Scottish order]
    explanation: Another order in Scotland.
    source: ours
    jurisdiction: scotland
"""


def test_a_same_term_sense_counts_only_when_its_sense_names_just_the_nation(make_glossary):
    glossary = make_glossary(SENSES)
    english = next(e for e in glossary.senses("zorp order") if e.sense is None)
    assert [e.sense for e in holds_instead(glossary, english, "scotland")] == ["Scotland"]


def test_every_related_term_is_an_entry():
    from jargonfree.glossary import load_glossary

    glossary = load_glossary()
    missing = [(e.id, term) for e in glossary for term in e.related if not glossary.senses(term)]
    assert missing == []


@pytest.mark.parametrize("term, nation, current, older", [
    ("CSPR", "wales", "single unified safeguarding review", "child practice review"),
    ("SAR", "wales", "single unified safeguarding review", "adult practice review"),
    ("CSPR", "scotland", "learning review", "significant case review"),
])
def test_the_name_in_use_now_comes_first_and_the_older_name_is_still_named(capsys, term, nation, current, older):
    # Older text still uses the replaced names, so they stay; the command offered is the current one.
    out = _explain(capsys, term, "--jurisdiction", nation)
    note = next(line.strip() for line in out.splitlines() if line.strip().startswith("For "))
    assert f'jargonfree explain "{current}"' in note
    assert f"'{older}'" in note
