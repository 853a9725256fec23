"""Terms of care that the public knows: entries marked ``everyday_in: uk``.

The research note on what to flag (shared/research/what-to-flag.md) leaves alone "everyday words
of care that the public uses". Some glossary terms are such words, and the corpus annotators,
reading as a lay UK adult, mark them must-not-flag again and again ("personal budget",
"lasting power of attorney", "child protection plan", "respite care": session 27 counted the
tune half of the corpus, and last session's blind set held the same false flags). Their entries
stay, so that ``jargonfree explain`` still explains them, but ``everyday_in: uk`` says readers
across the UK know them: no check reports them. Plain words with a legal meaning that the words
do not say ("nearest relative", "best interests", "place of safety") stay jargon, and so do the
abbreviations of the everyday terms ("LPA", "SDS", "PEP", "CP plan").
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import jargonfree
from jargonfree.cli import main
from jargonfree.glossary.validate import validate

# Loading a user glossary and validate() parse the built-in files each time: once here (conftest).
pytestmark = pytest.mark.usefixtures("builtin_glossary_parsed_once")

WORD_KINDS = {"jargon", "abbreviation", "uncommon"}


def reported(text: str, jurisdiction: str = "england-wales") -> set[str]:
    """The words a reader is told about: findings of the kinds the quality bench counts."""
    report = jargonfree.check(text, jurisdiction=jurisdiction)
    return {f.text for f in report.findings if f.kind in WORD_KINDS}


# Sentences of the kind councils, the NHS and carers write (our own words), each with the
# everyday term that must not be reported, whatever nation the reader is in.
EVERYDAY = [
    ("Your personal budget will be agreed when we write your care plan.", "personal budget"),
    ("Mum set up a lasting power of attorney after her diagnosis.", "lasting power of attorney"),
    ("Her attorney can deal with the bank if she cannot.", "attorney"),
    ("Both children are on a child protection plan.", "child protection plan"),
    ("Self-directed support gives you more say over your care.", "Self-directed support"),
    ("His personal education plan is reviewed each term.", "personal education plan"),
    ("Please bring a urine sample to your booking appointment.", "booking appointment"),
    ("Dad went into respite care for two weeks while I had my operation.", "respite care"),
    ("We need a bit of respite after a hard month.", "respite"),
    ("Turn him every few hours to stop pressure ulcers.", "pressure ulcers"),
    ("We want care that is person-centred.", "person-centred"),
    ("The children's hearing will meet next month.", "children's hearing"),
    ("The home treatment team visited me every day.", "home treatment team"),
    ("Ask the carers centre about an adult carer support plan.", "adult carer support plan"),
    ("Mum is a self-funder at the care home.", "self-funder"),
    ("Most people in the home are self-funded.", "self-funded"),
    ("He moved into supported living last year.", "supported living"),
    ("The school works with children who have complex needs.", "complex needs"),
    ("Her son has additional learning needs.", "additional learning needs"),
    ("The school wrote an individual development plan for her.", "individual development plan"),
    ("Our supervising social worker visits every month.", "supervising social worker"),
    ("A nursing associate took my blood pressure.", "nursing associate"),
    ("In Scotland free personal care helps with washing and dressing.", "free personal care"),
    ("Anyone can report a safeguarding concern to the council.", "safeguarding concern"),
    ("Book your antenatal classes early.", "antenatal"),
    ("She had postnatal checks at home.", "postnatal"),
]


@pytest.mark.parametrize(("text", "term"), EVERYDAY)
@pytest.mark.parametrize("jurisdiction", ["england-wales", "scotland", "northern-ireland"])
def test_an_everyday_term_of_care_is_not_reported(text, term, jurisdiction):
    assert term in text
    assert term not in reported(text, jurisdiction), (term, reported(text, jurisdiction))


# Jargon beside them stays: legal meanings the words do not say, and the everyday terms'
# abbreviations, which the text does not spell out.
STILL_JARGON = [
    ("Her brother is her nearest relative under the Act.", "nearest relative"),
    ("The deputy must act in her best interests.", "best interests"),
    ("The police took him to a place of safety.", "place of safety"),
    ("He needs palliative care now.", "palliative care"),
    ("Does your mum have an LPA for her money?", "LPA"),
    ("Ask your social worker about SDS.", "SDS"),
    ("The school will update his PEP in June.", "PEP"),
    ("The child is now subject to a CP plan after the conference.", "CP plan"),
    ("The new IDP replaced her statement.", "IDP"),
]


@pytest.mark.parametrize(("text", "term"), STILL_JARGON)
def test_jargon_beside_the_everyday_terms_is_still_reported(text, term):
    assert term in reported(text), (term, reported(text))


def test_explain_still_explains_an_everyday_term_and_says_it_is_not_reported(capsys):
    assert main(["explain", "respite care"]) == 0
    out = capsys.readouterr().out
    assert "What it means:" in out
    assert "readers across the UK know it, so a check does not report it" in out


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


def _entry_with_a_flagged_example(tmp_path: Path, everyday_in: str) -> Path:
    """A glossary file of one entry, everyday in ``everyday_in``, with a flagged example at line 6."""
    path = tmp_path / "words.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            entries:
              - term: zorbulation plan
                everyday_in: {everyday_in}
                plain: a plan to mix things
                source: [govuk-style]
                flagged: We wrote a zorbulation plan for her.
                not_flagged: We wrote a plan for her.
            """
        ),
        encoding="utf-8",
    )
    return path


def test_a_flagged_example_on_an_entry_everyday_everywhere_is_an_error_at_its_line(tmp_path: Path):
    path = _entry_with_a_flagged_example(tmp_path, "uk")
    errors = validate([path]).errors
    assert [(e.path, e.line) for e in errors] == [(str(path), 6)], errors
    assert "everyday term for readers across the UK" in errors[0].message
    assert "move its 'flagged' examples to 'not_flagged'" in errors[0].message


def test_an_entry_everyday_in_one_nation_keeps_its_flagged_example(tmp_path: Path):
    assert validate([_entry_with_a_flagged_example(tmp_path, "scotland")]).errors == []


def test_the_built_in_everyday_entries_have_only_not_flagged_examples():
    everyday = [e for e in jargonfree.load_glossary().entries if e.everyday_in == "uk"]
    assert len(everyday) >= 26
    for entry in everyday:
        assert not entry.flagged and not entry.rewritten, entry.id
        assert entry.not_flagged, entry.id


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Your child will have an Individual Development Plan (IDP). The IDP is reviewed every year.", "IDP"),
        ("Mum made a Lasting Power of Attorney (LPA). The LPA was registered in May.", "LPA"),
        ("He has a Personal Education Plan (PEP). His PEP is reviewed each term.", "PEP"),
        ("Self-directed Support (SDS) gives you choice. SDS has four options.", "SDS"),
    ],
)
def test_an_everyday_long_form_still_spells_out_its_abbreviation(text, letters):
    # The text spells the letters out in everyday words: neither is reported, then or later.
    assert reported(text) == set(), reported(text)
    assert letters in reported(text.split(". ", 1)[1])  # the letters alone are still jargon


def test_a_spelled_out_name_using_an_everyday_term_draws_no_warning_and_one_using_jargon_does():
    """The plain-words check of the validator judges words as a check does: 'pressure ulcer' (in
    PU's spelled-out name) and 'child protection planning' (in CPPM's) are known to every UK
    reader, so they are not jargon there either; 'liaison' (in MHLT's) still is."""
    from jargonfree.glossary.plain_words import plain_words_problems

    glossary = jargonfree.load_glossary()
    for abbreviation in ("PU", "CPPM"):
        assert plain_words_problems(glossary.lookup(abbreviation), glossary) == [], abbreviation
    warnings = plain_words_problems(glossary.lookup("MHLT"), glossary)
    assert [w.level for w in warnings] == ["warning"]
    assert "'liaison'" in warnings[0].message
