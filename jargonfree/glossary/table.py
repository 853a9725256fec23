"""The :class:`Glossary`: entries, their compiled index, and look-ups by term or id."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from ..folding import fold_term
from ..nations import DEFAULT_JURISDICTION, firm_note, holds_in, where_note
from .derive import surfaces
from .index import Index
from .model import Entry
from .packed import CachedEntries, CachedKeys, entry_fields, plain

if TYPE_CHECKING:
    from .sources import Source

_PREFERRED = ("england-wales", "uk", "england", "wales")


class Glossary:
    """Glossary entries with a compiled index. Iterate it, ``len()`` it, or :meth:`lookup` a term."""

    def __init__(
        self,
        entries: Iterable[Entry],
        sources: dict[str, Source] | None = None,
        files: Iterable[str] = (),
        *,
        index: Index | None = None,
        keys: CachedKeys | None = None,
        source_rows: dict[str, tuple[Any, ...]] | None = None,
    ) -> None:
        """``entries``, the ``sources`` registry and the ``files`` they came from. The index,
        the look-up table (``keys``) and the sources (as ``source_rows``) may be given ready
        made, as :meth:`from_blobs` does with the cached ones; otherwise they are built."""
        self.entries: Sequence[Entry] = entries if isinstance(entries, CachedEntries) else tuple(entries)
        self._sources: dict[str, Source] | None = None if source_rows is not None else dict(sources or {})
        self._source_rows: dict[str, tuple[Any, ...]] = source_rows or {}
        self.files: tuple[str, ...] = tuple(files)
        self.index = index if index is not None else Index(self.entries)
        self._keys = keys

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

        names = entry_fields()
        entries = tuple(self.entries)
        rows = bytearray()
        offsets = array("I", [0])
        for entry in entries:
            rows += dump([plain(getattr(entry, name)) for name in names])
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
        if tuple(names) != entry_fields() or not isinstance(keys, dict) or offsets[0] != 0 or offsets[-1] != len(rows):
            raise ValueError("corrupt glossary cache")
        entries = CachedEntries(tuple(names), rows, offsets)
        return cls(
            entries,
            files=[str(f) for f in files],
            index=Index.from_blobs(index_blobs),
            keys=CachedKeys(keys, entries),
            source_rows={str(key): tuple(row) for key, row in sources.items()},
        )

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Glossary of {len(self.entries)} entries from {len(self.files)} files>"

    @cached_property
    def _by_key(self) -> dict[str, list[Entry]] | CachedKeys:
        """term, written form or id -> its entries (the cached table if one was given)."""
        if self._keys is not None:
            return self._keys
        table: dict[str, list[Entry]] = {}
        for entry in self.entries:
            table.setdefault(entry.id, []).append(entry)
            for surface in surfaces(entry):
                table.setdefault(fold_term(surface), []).append(entry)
        return table

    def lookup(self, term: str, *, jurisdiction: str = DEFAULT_JURISDICTION) -> Entry | None:
        """The entry for ``term`` (a term, a written form or an id), preferring ``jurisdiction``'s sense."""
        if not isinstance(term, str):
            raise TypeError(f"lookup() needs a term (str), not {type(term).__name__}")
        found = self._by_key.get(term.strip()) or self._by_key.get(fold_term(term))
        if not found:
            return None
        return choose_sense(found, jurisdiction)

    def knows(self, term: str) -> bool:
        """True if :meth:`lookup` finds an entry for ``term`` (quicker: no entry is made)."""
        table = self._by_key
        keys = table.positions if isinstance(table, CachedKeys) else table  # a plain dict: quicker
        return term.strip() in keys or fold_term(term) in keys

    def senses(self, term: str) -> list[Entry]:
        """Every entry for ``term``, in every jurisdiction."""
        return list(self._by_key.get(fold_term(term), []))

    def where_note(self, entry: Entry, jurisdiction: str) -> str | None:
        """What to tell a reader in ``jurisdiction`` about where ``entry`` holds, or None where
        it holds (see :func:`jargonfree.nations.where_note`): firm for a law or a nation's own
        entry, softer for an England label that rests on English guidance only."""
        if holds_in(entry.jurisdiction, jurisdiction):
            return None  # the usual case, decided before the sources are looked at
        return where_note(entry.jurisdiction, jurisdiction, firm=self._firm(entry))

    def holds_only_elsewhere(self, entry: Entry, jurisdiction: str) -> str | None:
        """The firm note of :meth:`where_note` ("This is the law or practice in England only, not
        in Scotland."), or None: where ``entry`` holds, or where only its sources are English."""
        if holds_in(entry.jurisdiction, jurisdiction) or not self._firm(entry):
            return None
        return where_note(entry.jurisdiction, jurisdiction)

    def _firm(self, entry: Entry) -> bool:
        urls = [self.sources[s].url for s in entry.sources if s in self.sources]
        return firm_note(entry.jurisdiction, urls)


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
