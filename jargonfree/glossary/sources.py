"""The sources registry (``glossaries/sources.yaml``): one record per publication that entries cite by id."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .load import Problem, read_text
from .yamlread import Located, LocatedList, YamlProblem, read_yaml

SOURCE_FIELDS = ("id", "title", "publisher", "url", "licence", "use")


@dataclass(frozen=True)
class Source:
    """A publication the glossaries take facts from."""

    id: str
    title: str
    publisher: str
    url: str
    licence: str
    use: str = "facts only"


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
            problems.append(Problem(name, line, "each source must be a set of fields: id, title, publisher, url, licence"))
            continue
        unknown = [k for k in record if k not in SOURCE_FIELDS]
        missing = [k for k in SOURCE_FIELDS[:5] if not isinstance(record.get(k), str) or not record.get(k)]
        for key in unknown:
            problems.append(Problem(name, record.key_lines[key], f"unknown field '{key}': use {', '.join(SOURCE_FIELDS)}"))
        for key in missing:
            problems.append(Problem(name, line, f"this source needs '{key}:'"))
        if missing or unknown:
            continue
        if record["id"] in sources:
            problems.append(Problem(name, line, f"the id '{record['id']}' is used twice: give each source its own id"))
        sources[record["id"]] = Source(**{k: str(record[k]) for k in SOURCE_FIELDS if k in record})
    return sources, problems
