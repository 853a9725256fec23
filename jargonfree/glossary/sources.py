"""The sources registry (``glossaries/sources.yaml``): one record per publication that entries cite by id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..nations import JURISDICTIONS
from .load import read_text
from .problems import Problem
from .yamlread import Located, LocatedList, YamlProblem, read_yaml

SOURCE_FIELDS = ("id", "title", "publisher", "url", "licence", "use", "nations", "page")
REQUIRED_SOURCE_FIELDS = ("id", "title", "publisher", "url", "licence", "nations")
#: ``nations:`` of a source that is about words or writing, not one nation's law or services.
ANY_NATION = "any"
#: ``page:`` of a source whose address is an index, a topic list or a dictionary's front page: it lists
#: many things and states the facts of none of them (the NHS website's A to Z of conditions).
INDEX_PAGE = "index"


@dataclass(frozen=True)
class Source:
    """A publication the glossaries take facts from."""

    id: str
    title: str
    publisher: str
    url: str
    licence: str
    use: str = "facts only"
    #: Where the law, guidance or services it sets out apply: a jurisdiction label
    #: (england, wales, england-wales, scotland, northern-ireland, uk), or "any" for a
    #: source about words and writing that holds wherever English is read.
    nations: str = ANY_NATION
    #: "index" for an index, topic list or front page (see :data:`INDEX_PAGE`); empty for the page
    #: of a guide, law, code or service that states facts.
    page: str = ""


def load_sources(path: Path) -> tuple[dict[str, Source], list[Problem]]:
    """Read the registry; returns the sources by id and any problems."""
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    name = str(path)
    try:
        data = read_yaml(read_text(path))
    except YamlProblem as exc:
        return {}, [Problem(name, exc.line, exc.message)]
    records = data.get("sources") if isinstance(data, Located) else None
    if not isinstance(records, LocatedList):
        return {}, [Problem(name, 1, "the file must have a 'sources:' list")]
    for record, line in zip(records, records.item_lines):
        if not isinstance(record, Located):
            problems.append(Problem(name, line, "each source must be a set of fields: id, title, publisher, url, licence, nations"))
            continue
        unknown = [k for k in record if k not in SOURCE_FIELDS]
        missing = [k for k in REQUIRED_SOURCE_FIELDS if not isinstance(record.get(k), str) or not record.get(k)]
        for key in unknown:
            problems.append(Problem(name, record.key_lines[key], f"unknown field '{key}': use {', '.join(SOURCE_FIELDS)}"))
        for key in missing:
            problems.append(Problem(name, line, f"this source needs '{key}:'"))
        if missing or unknown:
            continue
        if record["nations"] not in (*JURISDICTIONS, ANY_NATION):
            problems.append(
                Problem(name, record.key_lines["nations"], f"'nations: {record['nations']}' is not known: use one of {', '.join((*JURISDICTIONS, ANY_NATION))}")
            )
            continue
        if record.get("page", INDEX_PAGE) != INDEX_PAGE:
            problems.append(
                Problem(name, record.key_lines["page"], f"'page: {record['page']}' is not known: write 'page: {INDEX_PAGE}' for an index or front page, or leave 'page:' out")
            )
            continue
        if record["id"] in sources:
            problems.append(Problem(name, line, f"the id '{record['id']}' is used twice: give each source its own id"))
        sources[record["id"]] = Source(**{k: str(record[k]) for k in SOURCE_FIELDS if k in record})
    return sources, problems
