"""Turn glossary files into :class:`Entry` objects, collecting every problem with its line.

Problems are written for the person who edits the file: what is wrong and how to fix it.
A YAML syntax error in one entry does not hide mistakes in the others: when the whole
file cannot be parsed, each entry of the ``entries:`` list is parsed on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..nations import DEFAULT_JURISDICTION
from .entries import check_fields, is_number, not_a_choice, parse_entry, text_value, text_values
from .fields import FILE_FIELDS
from .model import Entry
from .problems import Problem, Reporter
from .yamlread import MAX_BYTES, Located, LocatedList, YamlProblem, read_yaml
from ..lazy_patterns import lazy_pattern

MAX_ENTRIES = 100_000


@dataclass
class ParsedFile:
    """What one file holds: its entries, the built-in terms it switches off, and its problems."""

    path: str
    entries: list[Entry] = field(default_factory=list)
    disable: list[str] = field(default_factory=list)
    #: The line of each ``disable`` item.
    disable_lines: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unreadable: bool = False
    #: The line where each entry written in the file starts, loaded or not (for the counts).
    entry_lines: list[int] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Read a glossary file as UTF-8 text; raise :class:`YamlProblem` if it is not one."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlProblem(f"cannot read the file: {exc.strerror or exc}") from None
    if path.is_dir():
        raise YamlProblem("this is a folder, not a glossary file")
    if size > MAX_BYTES:
        raise YamlProblem(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise YamlProblem(f"cannot read the file: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise YamlProblem("this is not a text file: a glossary is a YAML text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlProblem("the file is not UTF-8 text: save it as UTF-8", line) from None


def parse_file(path: Path, *, strict: bool = False, known_sources: frozenset[str] = frozenset()) -> ParsedFile:
    """Read and check one glossary file. ``strict`` applies the built-in glossaries' extra rules."""
    name = str(path)
    result = ParsedFile(name)
    try:
        text = read_text(path)
    except YamlProblem as exc:
        result.problems.append(Problem(name, exc.line, exc.message))
        result.unreadable = True
        return result
    return parse_text(text, name, strict=strict, known_sources=known_sources, category=path.stem)


def parse_text(
    text: str, name: str, *, strict: bool = False, known_sources: frozenset[str] = frozenset(), category: str = "user"
) -> ParsedFile:
    """Check glossary YAML given as text; ``name`` is used in problems."""
    result = ParsedFile(name)
    report = Reporter(name)
    from .yamlhelp import words_dropped_as_notes  # (here: a check with a warm cache never parses a file)

    for line, message in words_dropped_as_notes(text):
        report.warning(line, message)
    items: list[tuple[Any, int]]
    where_default = DEFAULT_JURISDICTION  # the file's 'jurisdiction:', if it has one
    try:
        data = read_yaml(text)
    except YamlProblem as exc:
        report.error(exc.line, exc.message)
        items, result.entry_lines = _parse_entries_one_by_one(text, report)
        data = None
    else:
        if data is None:
            data = Located()
            data.line, data.key_lines, data.duplicate_keys = 1, {}, []
        if not isinstance(data, Located):
            report.error(1, "the file must start with 'entries:' followed by a list of entries")
            result.problems = report.problems
            return result
        check_fields(data, FILE_FIELDS, report, what="file")
        raw_entries = data.get("entries")
        if raw_entries is None:
            if not data.get("disable"):
                report.error(data.line, "the file has no 'entries:' list: add 'entries:' and list the entries under it")
            raw_entries = LocatedList()
            raw_entries.line, raw_entries.item_lines = data.line, []
        if not isinstance(raw_entries, LocatedList):
            report.error(data.key_lines.get("entries", 1), "'entries:' must be a list: start each entry with '- term:'")
            raw_entries = LocatedList()
            raw_entries.line, raw_entries.item_lines = data.line, []
        if len(raw_entries) > MAX_ENTRIES:
            report.error(raw_entries.line, f"the file has more than {MAX_ENTRIES} entries: split it into smaller files")
            raw_entries = raw_entries[:0]
        items = list(zip(raw_entries, getattr(raw_entries, "item_lines", [])))
        result.entry_lines = [line for _, line in items]
        category = text_value(data.get("category")) or category
        where_default = data.get("jurisdiction", where_default)
        if where_default not in FILE_FIELDS["jurisdiction"].choices:
            report.error(data.key_lines.get("jurisdiction", 1), not_a_choice("jurisdiction", where_default, FILE_FIELDS["jurisdiction"]))
            where_default = DEFAULT_JURISDICTION
        disable = data.get("disable")
        if disable is not None:
            values = text_values(disable)
            where = data.key_lines.get("disable", 1)
            if values is None or is_number(disable):
                report.error(where, "'disable:' must be a list of terms (put a number in quotes, like '42')")
            else:
                result.disable = values
                lines = getattr(disable, "item_lines", None)
                result.disable_lines = list(lines) if lines and len(lines) == len(values) else [where] * len(values)
    for raw, line in items:
        entry = parse_entry(raw, line, category, report, strict, known_sources, where_default)
        if entry is not None:
            result.entries.append(entry)
    result.problems = report.problems
    return result


_ITEM_START = lazy_pattern(r"^(\s*)- ")


def _parse_entries_one_by_one(text: str, report: Reporter) -> tuple[list[tuple[Any, int]], list[int]]:
    """After a syntax error, parse each list item under 'entries:' on its own so other mistakes
    still show: the items that parse, and the line where every item starts."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("entries:"))
    except StopIteration:
        return [], []
    indent = None
    chunks: list[tuple[int, list[str]]] = []
    for i in range(start + 1, len(lines)):
        m = _ITEM_START.match(lines[i])
        if m and (indent is None or len(m.group(1)) == indent):
            indent = len(m.group(1))
            chunks.append((i, [lines[i]]))
        elif chunks and (not lines[i].strip() or lines[i].startswith((" ", "\t", "-"))):
            chunks[-1][1].append(lines[i])
        elif chunks:
            break
    items: list[tuple[Any, int]] = []
    for first, chunk in chunks:
        try:
            data = read_yaml("\n".join(chunk))
        except YamlProblem:
            continue  # the syntax error is already reported for the whole file
        if isinstance(data, LocatedList) and data:
            item = data[0]
            _shift_lines(item, first)
            items.append((item, first + 1))
    return items, [first + 1 for first, _ in chunks]


def _shift_lines(value: Any, offset: int) -> None:
    if isinstance(value, Located):
        value.line += offset
        value.key_lines = {k: v + offset for k, v in value.key_lines.items()}
        value.duplicate_keys = [(k, a + offset, b + offset) for k, a, b in value.duplicate_keys]
        for child in value.values():
            _shift_lines(child, offset)
    elif isinstance(value, LocatedList):
        value.line += offset
        value.item_lines = [n + offset for n in value.item_lines]
        for child in value:
            _shift_lines(child, offset)
