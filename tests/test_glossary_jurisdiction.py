"""--jurisdiction: the sense that holds there is chosen, and a finding says when a term does not hold there.

`jargonfree check --jurisdiction scotland` (or wales, northern-ireland) picks a term's sense for
that nation when the glossary has one. When the term's only sense holds elsewhere (the Care
Act's section 42 read in Scotland), the finding is still made, and its message says where the
term holds: "This is the law or practice in England only, not in Scotland." An entry labelled
England only because its sources are English guidance (a practice word such as "respite")
says instead where its sources come from (see jargonfree.nations.firm_note).
"""

from __future__ import annotations

import io
import json
import sys

import pytest

import jargonfree
from jargonfree.cli import main
from jargonfree.nations import where_note

GLOSSARY = jargonfree.load_glossary()


def finding(text: str, term: str, jurisdiction: str):
    found = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text == term]
    assert len(found) == 1, (term, [f.text for f in jargonfree.check(text, jurisdiction=jurisdiction).findings])
    return found[0]


@pytest.mark.parametrize(
    ("jurisdiction", "where"),
    [("scotland", "Scotland"), ("wales", "Wales"), ("northern-ireland", "Northern Ireland")],
)
def test_an_england_only_term_says_so_in_each_other_nation(jurisdiction, where):
    f = finding("The council has started a section 42 enquiry.", "section 42 enquiry", jurisdiction)
    assert f.message.endswith(f"This is the law or practice in England only, not in {where}.")


@pytest.mark.parametrize("jurisdiction", ["england", "england-wales"])
def test_no_note_where_the_term_holds(jurisdiction):
    f = finding("The council has started a section 42 enquiry.", "section 42 enquiry", jurisdiction)
    assert "only, not in" not in f.message


def test_a_welsh_term_says_so_in_scotland_but_not_in_wales():
    text = "The council applied for an adult protection and support order."
    term = "adult protection and support order"
    assert "only, not in" not in finding(text, term, "wales").message
    assert finding(text, term, "scotland").message.endswith("This is the law or practice in Wales only, not in Scotland.")


def test_an_england_and_wales_term_read_in_northern_ireland():
    f = finding("The AMHP will phone you today.", "AMHP", "northern-ireland")
    assert f.message.endswith("This is the law or practice in England and Wales only, not in Northern Ireland.")
    assert "only, not in" not in finding("The AMHP will phone you today.", "AMHP", "wales").message


def test_a_scottish_term_in_an_english_post_says_so():
    f = finding("We follow GIRFEC in all our work.", "GIRFEC", "england-wales")
    assert f.message.endswith("This is the law or practice in Scotland only, not in England and Wales.")
    assert "only, not in" not in finding("We follow GIRFEC in all our work.", "GIRFEC", "scotland").message


def test_the_sense_for_the_nation_is_chosen():
    text = "Your RMO will review your detention next week."
    scot = finding(text, "RMO", "scotland")
    ni = finding(text, "RMO", "northern-ireland")
    assert scot.rule.endswith("scotland") and ni.rule.endswith("northern-ireland")
    assert "only, not in" not in scot.message and "only, not in" not in ni.message


def test_uk_terms_never_get_a_note():
    for jurisdiction in ("scotland", "wales", "northern-ireland", "england"):
        f = finding("Young people are being targeted by county lines gangs.", "county lines", jurisdiction)
        assert "only, not in" not in f.message


class Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_the_note_is_in_the_json_and_the_text_output(monkeypatch, capsys):
    for fmt in ("json", "text"):
        monkeypatch.setattr(sys, "stdin", Stdin(b"The council has started a section 42 enquiry.\n"))
        assert main(["check", "-", "--jurisdiction", "scotland", "--format", fmt]) == 1
        out = capsys.readouterr().out
        if fmt == "json":
            messages = [f["message"] for f in json.loads(out)["findings"]]
            assert any(m.endswith("in England only, not in Scotland.") for m in messages), messages
        else:
            assert "in England only, not in Scotland." in " ".join(out.split())


def test_where_note():
    assert where_note("england", "scotland") == "This is the law or practice in England only, not in Scotland."
    assert where_note("england", "england-wales") is None  # holds in part of it
    assert where_note("uk", "wales") is None
    assert where_note("scotland", "uk") is None


def test_relabels_say_why_in_the_data():
    assert GLOSSARY.lookup("county lines").jurisdiction == "uk"
    assert GLOSSARY.lookup("self-neglect").jurisdiction == "uk"
    assert GLOSSARY.lookup("section 42 enquiry").jurisdiction == "england"


def test_alnco_is_the_welsh_co_ordinator():
    e = GLOSSARY.lookup("ALNCo", jurisdiction="wales")
    assert e.jurisdiction == "wales" and "alnet-wales-2018-s60" in e.sources
    assert jargonfree.rewrite("Please speak to the ALNCo.").text == "Please speak to the additional learning needs co-ordinator (ALNCo)."


@pytest.mark.parametrize("jurisdiction", ["scotland", "northern-ireland", "wales"])
@pytest.mark.parametrize("text, term", [("We will commence on Monday.", "commence"), ("Her BP is high.", "BP"), ("We will liaise with you.", "liaise")])
def test_words_that_hold_across_the_uk_get_no_note(text, term, jurisdiction):
    """Officialese, clinical words and health abbreviations hold UK-wide: their files say
    'jurisdiction: uk', so a Scottish reader is not told that 'commence' is English law."""
    assert "only, not in" not in finding(text, term, jurisdiction).message


def test_a_file_says_where_its_entries_hold_and_an_entry_can_say_otherwise():
    from jargonfree.glossary.load import parse_text

    text = (
        "jurisdiction: scotland\n"
        "entries:\n"
        "  - term: zorbulate\n    plain: mix\n    source: [plainlanguage-gov]\n"
        "  - term: florbicate\n    plain: stir\n    jurisdiction: wales\n    source: [plainlanguage-gov]\n"
    )
    parsed = parse_text(text, "ours.yaml")
    assert not parsed.problems
    assert [(e.term, e.jurisdiction) for e in parsed.entries] == [("zorbulate", "scotland"), ("florbicate", "wales")]
    bad = parse_text(text.replace("jurisdiction: scotland", "jurisdiction: mars"), "ours.yaml")
    assert [(p.line, "'jurisdiction' must be one of" in p.message) for p in bad.problems] == [(1, True)]
    assert parse_text(text.replace("jurisdiction: scotland\n", ""), "ours.yaml").entries[0].jurisdiction == "england-wales"


@pytest.mark.parametrize(("text", "term"), [("We work as a multi-agency team.", "multi-agency")])
def test_an_england_label_from_english_guidance_does_not_claim_the_term_is_unknown_elsewhere(text, term):
    """"respite" is labelled England because its sources are English guidance; a Scottish reader
    is told where the sources come from, not that it is not used in Scotland. A term resting on
    an English law ("section 42 enquiry") still says it does not hold there."""
    f = finding(text, term, "scotland")
    assert f.message.endswith("Our sources for this are from England: it may be called or done differently in Scotland.")
    assert "only, not in" not in f.message
    law = finding("The council has started a section 42 enquiry.", "section 42 enquiry", "scotland")
    assert law.message.endswith("This is the law or practice in England only, not in Scotland.")


def test_firm_note_rule():
    from jargonfree.nations import firm_note

    assert firm_note("england", ["https://www.legislation.gov.uk/ukpga/2014/23/section/42"])
    assert not firm_note("england", ["https://www.gov.uk/guidance/care-and-support"])
    assert firm_note("scotland", ["https://www.gov.scot/policies/girfec/"])  # a counterpart made for its nation
    assert where_note("england", "wales", firm=False).startswith("Our sources for this are from England")


@pytest.mark.parametrize("jurisdiction", ["scotland", "wales", "northern-ireland"])
@pytest.mark.parametrize(
    ("text", "term", "note"),
    [
        ("Mum goes into intermediate care for a week in May.", "intermediate care", False),
        ("The council has started a section 42 enquiry.", "section 42 enquiry", True),
    ],
)
def test_uk_wide_practice_words_get_no_note_but_england_law_still_does(text, term, note, jurisdiction):
    """Intermediate care is a practice word of all four nations (respite was the example until
    session 27, when it became everyday: everyday_in: uk), so it is labelled uk and gets no note;
    a section 42 enquiry rests on England-only law, so readers elsewhere are still told so."""
    assert ("only, not in" in finding(text, term, jurisdiction).message) is note


def test_everyday_for_needs_every_reader_to_be_where_the_word_is_everyday():
    from jargonfree.nations import everyday_for

    assert everyday_for("scotland", "scotland")
    assert not everyday_for("scotland", "uk")  # most UK readers are not in Scotland
    assert not everyday_for("scotland", "england-wales")
    assert everyday_for("england-wales", "wales")
    assert not everyday_for("wales", "england-wales")


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_an_entry_everyday_in_a_nation_is_silent_there_and_flagged_elsewhere(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text(
        "entries:\n"
        "  - term: dinnae fash\n"
        "    everyday_in: scotland\n"
        "    plain: do not worry\n"
        "    source: [govuk-style]\n",
        encoding="utf-8",
    )
    glossary = jargonfree.load_glossary(path)
    text = "Dinnae fash about the form."
    flagged = {f.text for f in jargonfree.check(text, glossaries=glossary, jurisdiction="england-wales").findings}
    assert "Dinnae fash" in flagged
    silent = {f.text for f in jargonfree.check(text, glossaries=glossary, jurisdiction="scotland").findings}
    assert "Dinnae fash" not in silent


@pytest.mark.parametrize(
    ("text", "term", "ni_rule", "other_rule"),
    [
        # Residence orders and enduring powers of attorney are current law in Northern Ireland
        # (Children (NI) Order 1995 Article 8; the Office of Care and Protection), but old forms in
        # England and Wales: each reader gets the explanation of their own nation.
        ("Her gran got a residence order last year.", "residence order", "other-nations/residence-order--northern-ireland", "children-and-send/residence-order"),
        ("She signed an enduring power of attorney.", "enduring power of attorney", "other-nations/enduring-power-of-attorney--northern-ireland", "mental-capacity/enduring-power-of-attorney"),
    ],
)
def test_a_term_still_current_in_northern_ireland_gets_its_northern_irish_sense_there(text, term, ni_rule, other_rule):
    def rule(jurisdiction):
        (finding,) = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text == term]
        return finding

    ni = rule("northern-ireland")
    assert ni.rule == ni_rule
    assert "old" not in ni.explanation.lower() and "England" not in ni.message
    assert rule("england-wales").rule == other_rule
