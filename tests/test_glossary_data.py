"""The built-in glossaries, tested like code: every entry's examples become tests, and the
docs and schema made from the data must be current."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, entries_by_file, failures, report
import jargonfree
from jargonfree import load_glossary
from jargonfree.glossary import builtin_files
from jargonfree.glossary.fields import ENTRY_FIELDS, JURISDICTIONS
from jargonfree.glossary.schema import build_schema, schema_text
from jargonfree.glossary.examples import example_problems
from jargonfree.nations import everyday_for
from jargonfree.readability import score

GLOSSARY = load_glossary()
ENTRIES = list(GLOSSARY)
# The entries of each built-in file: one test item per file checks all of its entries.
BY_FILE = entries_by_file(ENTRIES)


def _examples_work(entry):
    """The 'flagged' sentence is found and the 'not_flagged' one is not (two tests per entry, in one)."""
    # An entry everyday for every reader ("everyday_in: uk") is reported to no one: not_flagged examples only.
    assert (entry.flagged or everyday_for(entry.everyday_in or "", "uk")) and entry.not_flagged, f"{entry.file}:{entry.line}: built-in entries need both examples"
    problems = example_problems(entry, GLOSSARY)
    assert not problems, "\n".join(map(str, problems))


@pytest.mark.parametrize("file", list(BY_FILE))
def test_entry_examples(file):
    entries = BY_FILE[file]
    assert entries
    found = failures(_examples_work, entries, lambda e: e.id)
    assert not found, report(found)


def test_every_entry_is_complete_and_sourced():
    for e in ENTRIES:
        where = f"{e.file}:{e.line}"
        assert e.plain and e.explanation, where
        assert e.jurisdiction in JURISDICTIONS, where
        assert e.sources and all(s in GLOSSARY.sources for s in e.sources), where
        assert len(e.explanation.split()) <= 40, where


def test_explanations_are_plain():
    """At least 95% at reading age 11 or under (Flesch-Kincaid grade + 5); all short."""
    ages = [(score(e.explanation).reading_age, e) for e in ENTRIES if e.explanation]
    too_hard = [e for age, e in ages if age > 11]
    assert len(too_hard) <= 0.05 * len(ages), [f"{e.file}:{e.line} {e.term}" for e in too_hard[:20]]


def test_ids_are_unique():
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids))


def test_no_source_address_is_listed_under_two_ids():
    # Five pages were listed twice (a law's section, a charity's page, a hospital's page), each
    # record added by a session that did not find the other: cite the id that is there already.
    by_url: dict[str, list[str]] = {}
    for source in GLOSSARY.sources.values():
        by_url.setdefault(source.url, []).append(source.id)
    twice = [f"{url}: {', '.join(ids)}" for url, ids in by_url.items() if len(ids) > 1]
    assert not twice, "one record per address in sources.yaml; cite the first id:\n" + "\n".join(twice)


def test_schema_file_is_current():
    assert (ROOT / "glossaries" / "schema.json").read_text(encoding="utf-8") == schema_text(), (
        "run: python -m jargonfree.glossary.schema > glossaries/schema.json"
    )


@pytest.mark.parametrize("path", builtin_files(), ids=lambda p: p.name)
def test_schema_accepts_builtin_files(path: Path):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), build_schema())


def test_schema_rejects_misspelt_field():
    import jsonschema

    bad = {"entries": [{"term": "x", "plian": "y", "source": "z"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, build_schema())


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_schema_and_loader_take_the_same_list_lengths(tmp_path: Path):
    import jsonschema

    from jargonfree.glossary.entries import MAX_CONTEXT_LIST, MAX_LIST

    def entry(**lists: list[str]) -> dict:
        return {"entries": [{"term": "commence", "plain": "start", "source": "plainlanguage.gov", **lists}]}

    def loader_takes(data: dict) -> bool:
        path = tmp_path / "g.yaml"
        path.write_text(yaml.safe_dump(data), encoding="utf-8")
        try:
            load_glossary(path)
        except jargonfree.GlossaryError:
            return False
        return True

    def schema_takes(data: dict) -> bool:
        try:
            jsonschema.validate(data, build_schema())
        except jsonschema.ValidationError:
            return False
        return True

    words = [f"word{i}" for i in range(MAX_CONTEXT_LIST + 1)]
    for data, expected in (
        (entry(only_near=words[: MAX_LIST + 10]), True),  # longer than other lists may be
        (entry(only_near=words), False),
        (entry(forms=words[: MAX_LIST + 10]), False),
    ):
        assert loader_takes(data) == schema_takes(data) == expected, data["entries"][0].keys()


def test_readme_field_table_is_current():
    text = (ROOT / "glossaries" / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- fields:start -->\n(.*?)<!-- fields:end -->", text, re.S).group(1)
    rows = re.findall(r"^\| `(\w+)` \| (.*) \|$", table, re.M)
    expected = [
        (f.name, f.help + (f" ({', '.join(f.choices)})" if f.choices else "")) for f in ENTRY_FIELDS.values()
    ]
    assert rows == expected


def test_terms_list_is_current(capsys):
    """glossaries/TERMS.md is made from the data by `jargonfree glossary list --format markdown`."""
    from jargonfree.cli import main

    assert main(["glossary", "list", "--format", "markdown"]) == 0
    generated = capsys.readouterr().out
    assert (ROOT / "glossaries" / "TERMS.md").read_text(encoding="utf-8") == generated, (
        "run: jargonfree glossary list --format markdown > glossaries/TERMS.md"
    )


# Words with a care meaning and an everyday one, each with an everyday sentence in which the
# glossary must not flag it. Those in the glossaries must handle the ambiguity with context
# rules or senses; those not in them (yet) are still checked: the sentence stays unflagged.
AMBIGUOUS = {
    "discharge": "Please discharge the battery fully before you store it.",
    "section 2": "Read section 2 of the user guide before you start.",
    "acute": "The triangle has one acute angle.",
    "capacity": "The hall has a capacity of 200 people.",
    "CTO": None,  # two senses (England and Wales, Scotland): no everyday sense to test
    "OT": "She is reading the OT in her Bible class.",
    "PE": "The children have PE on Tuesdays.",
    "DNA": "The police found DNA at the crime scene.",
    "presenting": "She is presenting the prizes at the school fete.",
    "theatre": "Our drama group puts on a show at the theatre on Friday.",
    "placement": "The placement of the chairs in the hall was perfect.",
}


@pytest.mark.parametrize("term, everyday", AMBIGUOUS.items(), ids=list(AMBIGUOUS))
def test_ambiguous_terms_have_context_rules_or_senses(term, everyday):
    senses = GLOSSARY.senses(term)
    assert everyday is not None or senses, f"{term}: give an everyday sentence or an entry"
    if senses:
        assert len(senses) > 1 or all(e.has_context_rules or e.no_inflections for e in senses), term
    if everyday is not None:
        assert term.lower() in everyday.lower()
        found = [f.text for f in jargonfree.check(everyday, glossaries=GLOSSARY, only="jargon").findings]
        assert term.lower() not in [t.lower() for t in found], found


def test_most_ambiguous_terms_are_in_the_glossaries():
    """The list above tests the glossary's handling of ambiguity, not only that nothing fires."""
    assert sum(1 for term in AMBIGUOUS if GLOSSARY.senses(term)) >= 6


def test_notice_is_current_and_attributes_every_source(capsys):
    """NOTICE is made from sources.yaml by `jargonfree glossary notice`."""
    from jargonfree.cli import main

    assert main(["glossary", "notice"]) == 0
    generated = capsys.readouterr().out
    assert (ROOT / "NOTICE").read_text(encoding="utf-8") == generated, "run: jargonfree glossary notice > NOTICE"
    for source in GLOSSARY.sources.values():
        assert source.title in generated and source.url in generated


def test_terms_list_opens_with_counts_that_add_up(capsys):
    """TERMS.md's first figures: every entry counted once by nation, and its sources by kind."""
    from jargonfree.cli import main

    assert main(["glossary", "list", "--format", "markdown"]) == 0
    summary = next(line for line in capsys.readouterr().out.splitlines() if " entries.** Where they hold:" in line)
    entries = list(jargonfree.load_glossary())
    assert summary.startswith(f"**{len(entries)} entries.**")
    by_nation = dict(re.findall(r"(england-wales|england|wales|scotland|northern-ireland|uk) (\d+)", summary))
    assert sum(int(n) for n in by_nation.values()) == len(entries)
    assert int(by_nation["scotland"]) == sum(1 for e in entries if e.jurisdiction == "scotland")
    cited = int(re.search(r"They cite (\d+) publications", summary).group(1))
    assert cited == len({s for e in entries for s in e.sources})
    from jargonfree.glossary.citations import rests_on_index_pages

    on_index = int(re.search(r"\*\*(\d+) entries rest on home or index pages alone\*\*", summary).group(1))
    assert on_index == sum(1 for e in entries if rests_on_index_pages(e, GLOSSARY.sources))
    laws = int(re.search(r"(\d+) are a section", summary).group(1))
    assert 150 < laws < cited
