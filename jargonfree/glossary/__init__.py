"""Glossaries: YAML files of jargon, loaded into :class:`Glossary` objects.

The built-in glossaries ship inside the package; :func:`load_glossary` adds a user's or an
organisation's own files, which can add entries and switch built-in ones off.
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence, overload

from .. import _cache
from ..folding import fold_term
from .derive import surfaces
from .index import Index
from .model import Entry, slug

if TYPE_CHECKING:
    from .load import ParsedFile, Problem
    from .sources import Source

# The YAML reader (.load, .sources, PyYAML) is imported only when a glossary file is
# actually parsed, on a cache miss: a run that loads the compiled glossaries from the
# cache never pays for it. ``Problem`` and ``Source`` are still importable from here.
_LAZY = {"Problem": ".load", "ParsedFile": ".load", "parse_file": ".load", "Source": ".sources", "load_sources": ".sources"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = ["Entry", "Glossary", "GlossaryError", "Problem", "Source", "builtin_dir", "builtin_files", "load_glossary"]

CACHE_FORMAT = "glossary-8"  # 8: terms are folded with NFKC (full-width letters, ligatures)
_PREFERRED = ("england-wales", "uk", "england", "wales")


class GlossaryError(Exception):
    """A glossary file cannot be used. ``problems`` lists every problem; ``str()`` is one line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.level == "error"] or problems
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}: run 'jargonfree glossary validate')" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")


def builtin_dir() -> Path:
    """Where the built-in glossaries are: inside the installed package, or ``glossaries/`` in a checkout."""
    spec = importlib.util.find_spec("jargonfree.glossaries")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location, "sources.yaml").is_file():
                return Path(location)
    return Path(__file__).resolve().parents[2] / "glossaries"


def builtin_files() -> list[Path]:
    """The built-in glossary files, sorted (``sources.yaml`` is the registry, not a glossary)."""
    return sorted(p.resolve() for p in builtin_dir().glob("*.yaml") if p.name != "sources.yaml")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders become the ``*.yaml`` and ``*.yml`` files inside them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.exists():
            path = path.resolve()
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.name != "sources.yaml"))
        else:
            out.append(path)
    return out


class _Entries(Sequence[Entry]):
    """A glossary's entries as loaded from the on-disk cache: one JSON row of field values
    per entry, decoded and made into an :class:`Entry` when first used (a check uses a
    handful of the thousands of entries). Behaves like the tuple of entries."""

    __slots__ = ("_names", "_rows", "_offsets", "_made")

    def __init__(self, names: tuple[str, ...], rows: Any, offsets: memoryview) -> None:
        self._names = names
        self._rows = rows  # the rows' JSON, one after the other
        self._offsets = offsets  # where each row starts (uint32), and the end
        self._made: list[Entry | None] = [None] * (len(offsets) - 1)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, i: int) -> Entry: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Entry, ...]: ...

    def __getitem__(self, i: int | slice) -> Entry | tuple[Entry, ...]:
        if type(i) is int:  # the usual case first: an entry already made
            entry = self._made[i]
            if entry is not None:
                return entry
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self._made))))
        entry = self._made[i]
        if entry is None:
            import json

            i = range(len(self._made))[i]  # a negative position counts from the end
            row = json.loads(bytes(self._rows[self._offsets[i] : self._offsets[i + 1]]))
            if type(row) is not list or len(row) != len(self._names):
                raise ValueError("corrupt glossary cache")
            # A cached row: JSON lists back to tuples.
            entry = Entry(**dict(zip(self._names, (tuple(v) if type(v) is list else v for v in row))))
            self._made[i] = entry
        return entry

    def __iter__(self) -> Iterator[Entry]:
        for i in range(len(self._made)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, _Entries)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: tuple[Entry, ...]) -> tuple[Entry, ...]:
        return tuple(self) + tuple(other)

    def __repr__(self) -> str:
        return repr(tuple(self))


class _KeyTable:
    """The lookup table as loaded from the cache: key -> entry positions, turned into the
    list of entries only for the keys looked up. Reads like ``dict[str, list[Entry]]``."""

    __slots__ = ("_positions", "_entries")

    def __init__(self, positions: dict[str, tuple[int, ...]], entries: Sequence[Entry]) -> None:
        self._positions = positions
        self._entries = entries

    def get(self, key: str, default: Any = None) -> Any:
        found = self._positions.get(key)
        return default if found is None else [self._entries[i] for i in found]

    def __getitem__(self, key: str) -> list[Entry]:
        return [self._entries[i] for i in self._positions[key]]

    def __contains__(self, key: object) -> bool:
        return key in self._positions

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def keys(self) -> Iterable[str]:
        return self._positions.keys()

    def items(self) -> Iterator[tuple[str, list[Entry]]]:
        return ((key, self[key]) for key in self._positions)

    def values(self) -> Iterator[list[Entry]]:
        return (self[key] for key in self._positions)


def _entry_fields() -> tuple[str, ...]:
    from dataclasses import fields

    return tuple(f.name for f in fields(Entry))


class Glossary:
    """Glossary entries with a compiled index. Iterate it, ``len()`` it, or :meth:`lookup` a term."""

    def __init__(self, entries: Iterable[Entry], sources: dict[str, Source] | None = None, files: Iterable[str] = ()) -> None:
        self.entries: Sequence[Entry] = tuple(entries)
        self._sources: dict[str, Source] | None = dict(sources or {})
        self._source_rows: dict[str, tuple[Any, ...]] = {}
        self.files: tuple[str, ...] = tuple(files)
        self.index = Index(self.entries)

    @property
    def sources(self) -> dict[str, Source]:
        """The sources registry by id (built on first use from the cached rows)."""
        if self._sources is None:
            from .sources import Source

            self._sources = {key: Source(*row) for key, row in self._source_rows.items()}
        return self._sources

    def to_blobs(self) -> tuple[bytes, ...]:
        """The glossary as plain data for the on-disk cache (see :meth:`from_blobs`):
        JSON for the field names, the lookup table, the sources and the file names; each
        entry's row of field values as JSON, one after the other, and the uint32 offsets
        of the rows; then the index's own blobs."""
        import json
        from array import array
        from dataclasses import astuple

        def dump(value: object) -> bytes:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")

        names = _entry_fields()
        entries = tuple(self.entries)
        rows = bytearray()
        offsets = array("I", [0])
        for entry in entries:
            rows += dump([_plain(getattr(entry, name)) for name in names])
            offsets.append(len(rows))
        position = {id(e): i for i, e in enumerate(entries)}
        keys = {key: [position[id(e)] for e in found] for key, found in self._by_key.items()}
        sources = {key: astuple(source) for key, source in self.sources.items()}
        head = {"names": names, "keys": keys, "sources": sources, "files": self.files}
        return (dump(head), bytes(rows), offsets.tobytes(), *self.index.to_blobs())

    @classmethod
    def from_blobs(cls, blobs: Sequence[Any]) -> Glossary:
        """A glossary from :meth:`to_blobs`' data, read as plain JSON and numbers (nothing in
        it is run). Entries are decoded from their rows when first used. ``ValueError`` (or
        another exception) if the data does not have the expected shape."""
        import json

        head_blob, rows, offsets_blob, *index_blobs = blobs
        head = json.loads(bytes(head_blob))
        names, keys, sources, files = head["names"], head["keys"], head["sources"], head["files"]
        offsets = memoryview(offsets_blob).cast("I")
        if tuple(names) != _entry_fields() or not isinstance(keys, dict) or offsets[0] != 0 or offsets[-1] != len(rows):
            raise ValueError("corrupt glossary cache")
        glossary = cls([])
        glossary.entries = _Entries(tuple(names), rows, offsets)
        glossary.__dict__["_by_key"] = _KeyTable(keys, glossary.entries)
        glossary._sources = None
        glossary._source_rows = {str(key): tuple(row) for key, row in sources.items()}
        glossary.files = tuple(str(f) for f in files)
        glossary.index = Index.from_blobs(index_blobs)
        return glossary

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Glossary of {len(self.entries)} entries from {len(self.files)} files>"

    @cached_property
    def _by_key(self) -> dict[str, list[Entry]]:
        table: dict[str, list[Entry]] = {}
        for entry in self.entries:
            table.setdefault(entry.id, []).append(entry)
            for surface in surfaces(entry):
                table.setdefault(fold_term(surface), []).append(entry)
        return table

    def lookup(self, term: str, *, jurisdiction: str = "england-wales") -> Entry | None:
        """The entry for ``term`` (a term, a written form or an id), preferring ``jurisdiction``'s sense."""
        found = self._by_key.get(term.strip()) or self._by_key.get(fold_term(term))
        if not found:
            return None
        return choose_sense(found, jurisdiction)

    def knows(self, term: str) -> bool:
        """True if :meth:`lookup` finds an entry for ``term`` (quicker: no entry is made)."""
        table = self._by_key
        keys = table._positions if isinstance(table, _KeyTable) else table  # a plain dict: quicker
        return term.strip() in keys or fold_term(term) in keys

    def senses(self, term: str) -> list[Entry]:
        """Every entry for ``term``, in every jurisdiction."""
        return list(self._by_key.get(fold_term(term), []))


def _plain(value: object) -> object:
    """An entry field as JSON data: tuples become lists (and back when loaded)."""
    return list(value) if isinstance(value, tuple) else value


def choose_sense(entries: list[Entry], jurisdiction: str) -> Entry:
    """Of several entries for one term, the one for ``jurisdiction`` (England and Wales first otherwise)."""
    for entry in entries:
        if entry.jurisdiction == jurisdiction:
            return entry
    if jurisdiction in ("england", "wales"):
        preferred: tuple[str, ...] = ("england-wales", "uk")
    else:
        preferred = ("uk", *_PREFERRED)
    for wanted in preferred:
        for entry in entries:
            if entry.jurisdiction == wanted:
                return entry
    return entries[0]


def parse_all(files: list[Path], builtin: set[Path], sources: dict[str, Source]) -> list[ParsedFile]:
    """Parse every file, applying the stricter built-in rules to the built-in ones."""
    from .load import parse_file

    known = frozenset(sources)
    return [parse_file(path, strict=path in builtin, known_sources=known) for path in files]


def combine(parsed: list[ParsedFile]) -> list[Entry]:
    """All entries, less the built-in ones that any file's ``disable:`` switches off."""
    disabled = {key for result in parsed for term in result.disable for key in (fold_term(term), term, slug(term))}
    entries: list[Entry] = []
    for result in parsed:
        for entry in result.entries:
            keys = {entry.id, fold_term(entry.term), *(fold_term(s) for s in surfaces(entry))}
            if result.disable or not (keys & disabled):
                entries.append(entry)
    return entries


def disable_problems(parsed: list[ParsedFile]) -> list[Problem]:
    """An error for each ``disable:`` item that is no term, written form or id in any file:
    a typo would otherwise leave the term switched on without a word."""
    import difflib

    from .load import Problem

    if not any(result.disable for result in parsed):
        return []
    known: set[str] = set()
    names: set[str] = set()
    for result in parsed:
        for entry in result.entries:
            known.update((entry.id, fold_term(entry.term), *(fold_term(s) for s in surfaces(entry))))
            names.update((entry.id, entry.term))
    problems: list[Problem] = []
    for result in parsed:
        for term, line in zip(result.disable, result.disable_lines or [1] * len(result.disable)):
            if {fold_term(term), term, slug(term)} & known:
                continue
            close = difflib.get_close_matches(term, sorted(names), n=1, cutoff=0.6)
            hint = f" Did you mean '{close[0]}'?" if close else " Use a term or an id as 'jargonfree glossary list' shows them."
            problems.append(Problem(result.path, line, f"'{term}' in 'disable:' is not a term or id in the glossaries.{hint}"))
    return problems


def _stamp(paths: list[Path]) -> str:
    from .. import __version__

    # The Entry fields too: cached entries are stored as rows of field values.
    parts = [CACHE_FORMAT, __version__, ",".join(_entry_fields())]
    for path in paths:
        try:
            st = path.stat()
            parts.append(f"{path.resolve()}:{st.st_mtime_ns}:{st.st_size}")
        except OSError:
            parts.append(f"{path}:missing")
    return "|".join(parts)


def load_glossary(*paths: str | Path, builtin: bool = True) -> Glossary:
    """The built-in glossaries (unless ``builtin=False``) plus the files or folders in ``paths``.

    A user file can add entries and switch built-in ones off with ``disable:``. Raises
    :class:`GlossaryError` if any file has an error. The compiled result is cached on disk
    and rebuilt when any file changes.
    """
    registry = builtin_dir() / "sources.yaml"
    builtin_paths = builtin_files() if builtin else []
    files = builtin_paths + expand_paths(paths)
    key = _stamp([registry, *files])

    def build() -> Glossary:
        from .sources import load_sources

        sources, problems = load_sources(registry) if registry.is_file() else ({}, [])
        parsed = parse_all(files, set(builtin_paths), sources)
        problems += [p for result in parsed for p in result.problems if p.level == "error"]
        problems += disable_problems(parsed)
        if problems:
            raise GlossaryError(problems)
        return Glossary(combine(parsed), sources, [str(p) for p in files])

    # zlib rather than hashlib: importing hashlib (OpenSSL) costs ~3 ms of every start-up,
    # and a clash of names only costs a rebuild (the key is checked on every read).
    from zlib import adler32, crc32

    joined = "|".join(str(p) for p in files).encode("utf-8", "surrogatepass")
    name = f"glossary-{crc32(joined):08x}{adler32(joined):08x}"
    # Stored as plain data (JSON and numbers), never pickled: see jargonfree._cache.
    return _cache.load_or_build_blobs(name, key, lambda: build().to_blobs(), Glossary.from_blobs, verify=True)
