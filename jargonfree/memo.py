"""One kind of memo table, for results worth keeping from one text to the next.

A busy account checks many short posts that use the same words and terms again and again.
A :class:`Memo` keeps what was worked out for a key (a token of text, a term in a context)
so the next post that has it looks it up instead.

Every memo in jargonfree is a :class:`Memo`, and they all behave the same way:

* a value depends only on its key (and on nothing that changes while the process runs), so
  a value worked out twice is the same value;
* the table is bounded: when it holds ``limit`` keys it is emptied and fills again with the
  words now in use (simpler than trimming one key at a time, and short posts refill it
  quickly);
* it is safe to share between threads without a lock: each read and each write is one
  ``dict`` operation, which CPython does whole. A reader that meets a table another thread
  has just emptied finds its key missing and works the value out again.
"""

from __future__ import annotations

from typing import Callable, Generic, Hashable, Sequence, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    """A bounded table ``key -> make(key)``; see the module's notes."""

    __slots__ = ("_table", "_make", "limit")

    def __init__(self, make: Callable[[K], V], limit: int) -> None:
        self._table: dict[K, V] = {}
        self._make = make
        self.limit = limit

    def get(self, key: K) -> V:
        """``make(key)``, looked up if it was worked out before."""
        try:
            return self._table[key]
        except KeyError:
            value = self._make(key)
            self._store(key, value)
            return value

    def get_all(self, keys: Sequence[K]) -> list[V]:
        """``[get(key) for key in keys]``, in one step when every key was seen before."""
        try:
            return list(map(self._table.__getitem__, keys))
        except KeyError:
            return [self.get(key) for key in keys]

    def _store(self, key: K, value: V) -> None:
        table = self._table
        if len(table) >= self.limit:
            table.clear()
        table[key] = value

    def __len__(self) -> int:
        return len(self._table)

    def clear(self) -> None:
        """Forget everything (tests use it to start from an empty table)."""
        self._table.clear()
