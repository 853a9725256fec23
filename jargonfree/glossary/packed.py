"""A glossary as the on-disk cache holds it: entries as rows of JSON, made into
:class:`~jargonfree.glossary.model.Entry` objects only when first used.

:meth:`jargonfree.glossary.table.Glossary.to_blobs` writes this form and
:meth:`~jargonfree.glossary.table.Glossary.from_blobs` reads it back.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence, overload

from .model import Entry


class CachedEntries(Sequence[Entry]):
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
            # A cached row: JSON lists back to tuples, nested ones too (``inflections``).
            fields: dict[str, Any] = dict(zip(self._names, (_tuples(v) for v in row)))
            entry = Entry(**fields)
            self._made[i] = entry
        return entry

    def __iter__(self) -> Iterator[Entry]:
        for i in range(len(self._made)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, CachedEntries)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: tuple[Entry, ...]) -> tuple[Entry, ...]:
        return tuple(self) + tuple(other)

    def __repr__(self) -> str:
        return repr(tuple(self))


class CachedKeys:
    """The lookup table as loaded from the cache: key -> entry positions (``positions``),
    turned into the list of entries only for the keys looked up. Reads like
    ``dict[str, list[Entry]]``."""

    __slots__ = ("positions", "_entries")

    def __init__(self, positions: dict[str, list[int]], entries: Sequence[Entry]) -> None:
        self.positions = positions
        self._entries = entries

    def get(self, key: str, default: Any = None) -> Any:
        found = self.positions.get(key)
        return default if found is None else [self._entries[i] for i in found]

    def __getitem__(self, key: str) -> list[Entry]:
        return [self._entries[i] for i in self.positions[key]]

    def __contains__(self, key: object) -> bool:
        return key in self.positions

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions)

    def __len__(self) -> int:
        return len(self.positions)

    def keys(self) -> Iterable[str]:
        return self.positions.keys()

    def items(self) -> Iterator[tuple[str, list[Entry]]]:
        return ((key, self[key]) for key in self.positions)

    def values(self) -> Iterator[list[Entry]]:
        return (self[key] for key in self.positions)


def entry_fields() -> tuple[str, ...]:
    from dataclasses import fields

    return tuple(f.name for f in fields(Entry))


def plain(value: object) -> object:
    """An entry field as JSON data: tuples become lists (and back when loaded)."""
    return list(value) if isinstance(value, tuple) else value


def _tuples(value: object) -> object:
    """A field as loaded from JSON with its lists, nested ones too, made tuples again."""
    return tuple(_tuples(v) for v in value) if type(value) is list else value
