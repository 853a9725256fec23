"""Entries that rest on index pages alone: an index, topic list or front page (``page: index`` in
glossaries/sources.yaml, or a publisher's home page) states none of a term's facts.

Session 25's random audit of 80 entries found that about a third cite no page stating their facts,
almost all because every source is such a page (854 of 3,330 entries). They cannot all be mended
at once, so `tests/data/entries_on_index_pages.txt` lists those left: a new entry may not join
them, and an entry mended must leave the list, so the list only shrinks.
"""

from __future__ import annotations

from pathlib import Path

import jargonfree
from jargonfree.glossary.citations import rests_on_index_pages, states_no_fact
from jargonfree.glossary.model import Entry
from jargonfree.glossary.sources import Source, load_sources

GLOSSARY = jargonfree.load_glossary()
LISTED = Path(__file__).parent / "data" / "entries_on_index_pages.txt"


def listed() -> set[str]:
    return {line.strip() for line in LISTED.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def test_no_new_entry_rests_on_index_pages_alone():
    new = [f"{e.file}:{e.line} '{e.term}' cites only {', '.join(e.sources)}: an index or front page states none of its facts; "
           "cite the page that does (add it to glossaries/sources.yaml)"
           for e in GLOSSARY if rests_on_index_pages(e, GLOSSARY.sources) and e.id not in listed()]
    assert not new, "\n".join(new[:30])


def test_the_list_only_holds_entries_still_resting_on_index_pages():
    still = {e.id for e in GLOSSARY if rests_on_index_pages(e, GLOSSARY.sources)}
    mended = sorted(listed() - still)
    assert not mended, f"take these ids out of {LISTED.name}: they now cite a page that states their facts, or are gone: {mended[:30]}"


def test_the_sources_marked_index_are_index_pages():
    index = {s.id for s in GLOSSARY.sources.values() if s.page == "index"}
    assert {"nhs-website", "nhs-maternity", "cambridge-dictionary"} <= index
    assert "nice-glossary" not in index  # a glossary states the facts of the terms it holds
    assert "mha-1983-s1" not in index


def source(id: str, url: str, page: str = "") -> Source:
    return Source(id=id, title=id, publisher="p", url=url, licence="l", page=page)


def test_what_rests_on_index_pages():
    sources = {
        "a-z": source("a-z", "https://www.nhs.uk/conditions/", page="index"),
        "home": source("home", "https://www.scie.org.uk/"),
        "page": source("page", "https://www.nhs.uk/conditions/asthma/"),
    }
    assert states_no_fact(sources["a-z"]) and states_no_fact(sources["home"])
    assert not states_no_fact(sources["page"])
    assert rests_on_index_pages(Entry(id="x", term="x", category="c", sources=("a-z", "home")), sources)
    assert not rests_on_index_pages(Entry(id="x", term="x", category="c", sources=("a-z", "page")), sources)
    assert not rests_on_index_pages(Entry(id="x", term="x", category="c", sources=()), sources)
    # a source id the registry does not know is not an index page (loading reports it)
    assert not rests_on_index_pages(Entry(id="x", term="x", category="c", sources=("a-z", "unknown")), sources)


def test_an_unknown_page_value_is_a_plain_error_with_its_line(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(
        "sources:\n"
        "  - id: a\n    title: A\n    publisher: P\n    url: https://example.org/a\n    licence: OGL\n    nations: uk\n"
        "    page: front\n",
        encoding="utf-8",
    )
    sources, problems = load_sources(path)
    assert "a" not in sources
    assert [(p.line, p.message) for p in problems] == [
        (8, "'page: front' is not known: write 'page: index' for an index or front page, or leave 'page:' out")]


def test_page_index_loads():
    path_text = "sources:\n  - id: a\n    title: A\n    publisher: P\n    url: https://example.org/a\n    licence: OGL\n    nations: uk\n    page: index\n"
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "sources.yaml"
        path.write_text(path_text, encoding="utf-8")
        sources, problems = load_sources(path)
    assert not problems and sources["a"].page == "index"
