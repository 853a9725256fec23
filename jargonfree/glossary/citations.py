"""How an entry cites its sources: the page that states the facts, not a publisher's home page
or a whole Act (issue 13).

* A source whose address is a bare home page ("https://www.scie.org.uk/") states no fact: an
  entry citing one says why in ``source_note:``.
* Nor does an index page (``page: index`` in sources.yaml: the NHS website's A to Z of
  conditions, a dictionary's front page): :func:`rests_on_index_pages` finds the entries that cite
  nothing else. There are many such entries from the first waves; a test keeps their number from
  growing (tests/test_glossary_index_pages.py).
* An entry whose term names a section of an Act ("section 136", "section 37/41") cites that
  section's page on legislation.gov.uk (".../section/136"), or says why not in ``source_note:``.
* A user's entry cites a source id from sources.yaml, or a name with a web address: "source: x"
  tells a reviewer nothing (:func:`unaddressed`).
"""

from __future__ import annotations

import re
from typing import Mapping
from urllib.parse import urlsplit

from .model import Entry
from .sources import INDEX_PAGE, Source
from ..lazy_patterns import lazy_pattern

# A web address, or a bare domain as the README's smallest entry writes it ("plainlanguage.gov").
_ADDRESS = lazy_pattern(r"https?://\S|\bwww\.\S|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_SECTION_TERM = lazy_pattern(r"^section (\d+[A-Z]?)(?:\(\d+\))?(?:/(\d+[A-Z]?))?(?: |$)")


def is_home_page(url: str) -> bool:
    """True for an address with no path and no query: a publisher's home page. A query names a
    page on some sites ("https://setrust.hscni.net/?p=19125" is one news article)."""
    parts = urlsplit(url)
    return parts.path.strip("/") == "" and not parts.query


def states_no_fact(source: Source) -> bool:
    """True for a publisher's home page or an index page: a page that states no one term's facts."""
    return is_home_page(source.url) or source.page == INDEX_PAGE


def rests_on_index_pages(entry: Entry, sources: Mapping[str, Source]) -> bool:
    """True if ``entry`` cites sources and every one of them is a home or index page."""
    cited = [sources[s] for s in entry.sources if s in sources]
    return bool(cited) and len(cited) == len(entry.sources) and all(states_no_fact(s) for s in cited)


def sections_named(term: str) -> list[str]:
    """The section numbers a term names: "section 37/41" -> ["37", "41"]; "section 5(2)" -> ["5"]."""
    m = _SECTION_TERM.match(term)
    return [n for n in m.groups() if n] if m else []


def cites_section(urls: list[str], number: str) -> bool:
    """True if one of ``urls`` is the page of section ``number`` of an Act on legislation.gov.uk."""
    return any(urlsplit(u).netloc.endswith("legislation.gov.uk") and u.rstrip("/").endswith(f"/section/{number}") for u in urls)


def citation_problems(entry: Entry, sources: Mapping[str, Source]) -> list[str]:
    """What is wrong with how ``entry`` cites its sources, in words for its contributor."""
    cited = [sources[s] for s in entry.sources if s in sources]
    if not cited or entry.source_note:
        return []
    problems = []
    home = [s.id for s in cited if is_home_page(s.url)]
    if home:
        problems.append(
            f"'{entry.term}' cites {', '.join(home)}, a publisher's home page, which states no fact: cite the page "
            "that does (add it to sources.yaml), or say why not in 'source_note:'"
        )
    urls = [s.url for s in cited]
    for number in sections_named(entry.term):
        if not cites_section(urls, number):
            problems.append(
                f"'{entry.term}' names section {number} of an Act: cite that section's page on legislation.gov.uk "
                f"(add it to sources.yaml, for example https://www.legislation.gov.uk/ukpga/1983/20/section/{number} "
                "for the Mental Health Act 1983), or say why not in 'source_note:'"
            )
    return problems


def unaddressed(entry: Entry, sources: Mapping[str, Source]) -> str | None:
    """The message for a user's entry none of whose sources is a source id or has an address,
    or None. (Built-in entries must cite ids: loading checks that.)"""
    if not entry.sources or any(s in sources or _ADDRESS.search(s) for s in entry.sources):
        return None
    given = ", ".join(f"'{s}'" for s in entry.sources)
    return (
        f"the source {given} of '{entry.term}' has no web address: a source needs one, so a reader can check "
        "the facts (write its name and address, such as 'Our trust, https://example.org/page'), "
        "or the id of a source in sources.yaml"
    )
