"""Turn glossary files into :class:`Entry` objects, collecting every problem with its line.

Problems are written for the person who edits the file: what is wrong and how to fix it.
A YAML syntax error in one entry does not hide mistakes in the others: when the whole
file cannot be parsed, each entry of the ``entries:`` list is parsed on its own.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..nations import DEFAULT_JURISDICTION
from .derive import entry_id
from .fields import ENTRY_FIELDS, FILE_FIELDS, REQUIRED_BUILTIN_FIELDS, Field
from .model import Entry, looks_like_abbreviation
from .problems import Problem, Reporter
from .yamlread import MAX_BYTES, Located, LocatedList, YamlProblem, read_yaml

MAX_ENTRIES = 100_000
MAX_TEXT = 1_000
MAX_TERM = 120
MAX_LIST = 50
MAX_CONTEXT_LIST = 200
CONTEXT_FIELDS = frozenset({"only_near", "not_near", "not_before", "not_after"})


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
    items: list[tuple[Any, int]]
    where_default = DEFAULT_JURISDICTION  # the file's 'jurisdiction:', if it has one
    try:
        data = read_yaml(text)
    except YamlProblem as exc:
        report.error(exc.line, exc.message)
        items = _parse_entries_one_by_one(text, report)
        data = None
    else:
        if data is None:
            data = Located()
            data.line, data.key_lines, data.duplicate_keys = 1, {}, []
        if not isinstance(data, Located):
            report.error(1, "the file must start with 'entries:' followed by a list of entries")
            result.problems = report.problems
            return result
        _check_fields(data, FILE_FIELDS, report, what="file")
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
        category = _text(data.get("category")) or category
        where_default = data.get("jurisdiction", where_default)
        if where_default not in FILE_FIELDS["jurisdiction"].choices:
            report.error(data.key_lines.get("jurisdiction", 1), _not_a_choice("jurisdiction", where_default, FILE_FIELDS["jurisdiction"]))
            where_default = DEFAULT_JURISDICTION
        disable = data.get("disable")
        if disable is not None:
            values = _texts(disable)
            where = data.key_lines.get("disable", 1)
            if values is None or _is_number(disable):
                report.error(where, "'disable:' must be a list of terms (put a number in quotes, like '42')")
            else:
                result.disable = values
                lines = getattr(disable, "item_lines", None)
                result.disable_lines = list(lines) if lines and len(lines) == len(values) else [where] * len(values)
    for raw, line in items:
        entry = _entry(raw, line, category, report, strict, known_sources, where_default)
        if entry is not None:
            result.entries.append(entry)
    result.problems = report.problems
    return result


_ITEM_START = re.compile(r"^(\s*)- ")


def _parse_entries_one_by_one(text: str, report: Reporter) -> list[tuple[Any, int]]:
    """After a syntax error, parse each list item under 'entries:' on its own so other mistakes still show."""
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.startswith("entries:"))
    except StopIteration:
        return []
    indent = None
    chunks: list[tuple[int, list[str]]] = []
    for i in range(start + 1, len(lines)):
        m = _ITEM_START.match(lines[i])
        if m and (indent is None or len(m.group(1)) == indent):
            indent = len(m.group(1))
            chunks.append((i, [lines[i]]))
        elif chunks and (not lines[i].strip() or lines[i].startswith(" ") or lines[i].startswith("-")):
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
    return items


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


def _check_fields(mapping: Located, known: dict[str, Field], report: Reporter, *, what: str) -> set[str]:
    """Report duplicate and unknown fields; returns the fields the mapping means to have
    (its known ones, and the guess for each misspelt one), so that a typo such as 'plian:'
    is one message, not a second one saying 'plain:' is missing."""
    meant = {key for key in mapping if key in known}
    for key, first, second in mapping.duplicate_keys:
        report.error(second, f"'{key}' is written twice in this {what} (also on line {first}): keep one of them")
    for key in mapping:
        if key not in known:
            guess = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
            hint = f" Did you mean '{guess[0]}'?" if guess else f" Allowed fields: {', '.join(known)}."
            report.error(mapping.key_lines.get(key, mapping.line), f"unknown field '{key}' in this {what}.{hint}")
            meant.update(guess)
    return meant


def _text(value: Any) -> str | None:
    # YAML reads "plain: 42" as a number: _entry rejects numbers in the fields a reader sees
    # (_WORDS_FOR_READERS) before they get here; elsewhere a number is the word it spells.
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


#: Fields whose text reaches the reader or stands for the term: a number there is a slip
#: (a bare 42 in 'only_near:' or 'forms:' is a fine word to look for, and is kept as text).
_WORDS_FOR_READERS = frozenset({"term", "plain", "in_brackets", "shorter", "explanation", "keep_when", "sense", "source", "rewritten"})


def _is_number(value: Any) -> bool:
    if isinstance(value, list):
        return any(_is_number(v) for v in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _texts(value: Any) -> list[str] | None:
    if value is None:
        return []
    single = _text(value)
    if single is not None:
        return [single]
    if isinstance(value, list):
        out = [_text(v) for v in value]
        if all(v is not None for v in out):
            return [v for v in out if v is not None]
    return None


def _has_bool(value: Any) -> bool:
    return isinstance(value, bool) or (isinstance(value, list) and any(isinstance(v, bool) for v in value))


def _not_a_choice(key: str, value: Any, spec: Field) -> str:
    return f"'{key}' must be one of: {', '.join(spec.choices)} (it is {value!r})"


def _entry(
    raw: Any,
    line: int,
    category: str,
    report: Reporter,
    strict: bool,
    known_sources: frozenset[str],
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Entry | None:
    if not isinstance(raw, Located):
        report.error(line, "each entry must be a set of fields such as 'term:', 'plain:' and 'source:'")
        return None
    meant = _check_fields(raw, ENTRY_FIELDS, report, what="entry")
    at = raw.key_lines
    values: dict[str, Any] = {}
    ok = True
    for key, spec in ENTRY_FIELDS.items():
        if key not in raw:
            continue
        value = raw[key]
        where = at.get(key, raw.line)
        if key in _WORDS_FOR_READERS and _is_number(value):
            report.error(where, f"'{key}' has a number in it, not text: put it in quotes, like '42', if you mean it as words")
            ok = False
        elif spec.kind == "text":
            text = _text(value)
            if text is None:
                report.error(where, f"'{key}' must be a piece of text ({spec.help})")
                ok = False
            elif len(text) > (MAX_TERM if key == "term" else MAX_TEXT):
                report.error(where, f"'{key}' is too long: keep it under {MAX_TERM if key == 'term' else MAX_TEXT} characters")
                ok = False
            else:
                values[key] = text
        elif spec.kind == "texts":
            texts = _texts(value)
            limit = MAX_CONTEXT_LIST if key in CONTEXT_FIELDS else MAX_LIST
            if texts is None and _has_bool(value):
                report.error(where, f"'{key}' has yes, no, true or false in it, which YAML reads as true/false: put it in quotes, like 'no'")
                ok = False
            elif texts is None or any(len(t) > MAX_TEXT for t in texts):
                report.error(where, f"'{key}' must be a piece of text or a list of them ({spec.help})")
                ok = False
            elif len(texts) > limit:
                report.error(where, f"'{key}' has more than {limit} items: keep the list short")
                ok = False
            else:
                values[key] = tuple(texts)
        elif spec.kind == "bool":
            if not isinstance(value, bool):
                report.error(where, f"'{key}' must be true or false")
                ok = False
            else:
                values[key] = value
        elif spec.kind == "choice":
            if value not in spec.choices:
                report.error(where, _not_a_choice(key, value, spec))
                ok = False
            else:
                values[key] = value
    if "term" not in raw:
        if "term" not in meant:
            report.error(raw.line, "this entry has no 'term:': add the word or phrase to look for")
        return None
    if "term" not in values:
        return None
    term = values["term"]
    # Fields that are there but wrong were reported above: one problem, one message.
    if not any(key in meant for key in ("plain", "explanation", "in_brackets")):
        report.error(raw.line, f"'{term}' needs 'plain:' (plainer words) or 'explanation:' (what it means)")
    flagged, rewritten = values.get("flagged", ()), values.get("rewritten", ())
    if rewritten and len(rewritten) != len(flagged):
        report.error(
            at.get("rewritten", raw.line),
            f"'{term}' has {len(flagged)} 'flagged' example(s) but {len(rewritten)} 'rewritten' one(s): "
            "write one rewritten sentence for each flagged one, in the same order",
        )
        ok = False
    # A missing source is reported but the entry is still built, so its examples are checked
    # in the same run; any error stops the file being used for a real check.
    if "source" not in meant:
        report.error(
            raw.line,
            f"'{term}' has no 'source:': say where the facts come from (a source id from sources.yaml, or a name and web address)",
        )
    if strict:
        for key in REQUIRED_BUILTIN_FIELDS:
            if key not in meant:
                report.error(raw.line, f"'{term}' needs '{key}:' in a built-in glossary ({ENTRY_FIELDS[key].help})")
        for source in values.get("source", ()):
            if source not in known_sources:
                report.error(
                    at.get("source", raw.line),
                    f"'{source}' is not a source id in sources.yaml: add the source there and cite its id",
                )
    if not ok:
        return None
    case_sensitive = values.get("case_sensitive", looks_like_abbreviation(term))
    rewrite = values.get("rewrite", "expand" if looks_like_abbreviation(term) else "replace")
    entry = Entry(
        id=entry_id(category, term, values.get("sense")),
        term=term,
        category=category,
        plain=values.get("plain", ()),
        in_brackets=values.get("in_brackets", ()),
        explanation=values.get("explanation"),
        forms=values.get("forms", ()),
        keep_when=values.get("keep_when"),
        sources=values.get("source", ()),
        source_note=values.get("source_note"),
        flagged=values.get("flagged", ()),
        not_flagged=values.get("not_flagged", ()),
        rewritten=rewritten,
        case_sensitive=case_sensitive,
        only_near=values.get("only_near", ()),
        not_near=values.get("not_near", ()),
        not_before=values.get("not_before", ()),
        not_after=values.get("not_after", ()),
        jurisdiction=values.get("jurisdiction", jurisdiction),
        sense=values.get("sense"),
        rewrite=rewrite,
        no_auto_rewrite=values.get("no_auto_rewrite"),
        shorter=values.get("shorter"),
        pos=values.get("pos"),
        related=values.get("related", ()),
        no_inflections=values.get("no_inflections", False),
        file=report.path,
        line=raw.line,
    )
    return replace(entry, inflections=_inflections(entry))


def _inflections(entry: Entry) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The forms of each replacement (and of ``shorter``), worked out once, when the glossary is compiled."""
    from ..inflect import phrase_forms

    words = (*entry.replacements, *([entry.shorter] if entry.shorter else []))
    return tuple((plain, phrase_forms(plain, entry.word_class)) for plain in dict.fromkeys(words))
