"""Syllables by hyphenation, as textstat counts a word that is not in the CMU dictionary:
``len(pyphen.Pyphen(lang="en_US").positions(word)) + 1``, without importing pyphen.

pyphen's ``en_US`` patterns are turned once into a table kept in the on-disk cache (see
:mod:`jargonfree.tables`): the sorted patterns, one blob split into a list when loaded, and
their values (start offset and digits) in a blob with ``uint32`` offsets. They are evaluated
with the same algorithm as ``pyphen.HyphDict.positions``, a sorted list standing in for its
dict. pyphen itself is imported only to build the table: importing it and parsing its
dictionary costs more than the whole start-up budget. :mod:`jargonfree.lexicon` uses
:func:`syllables` for the words CMU does not know.
"""

from __future__ import annotations

import os
from functools import lru_cache

from jargonfree import cache, tables

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from collections.abc import Sequence

    from jargonfree.cache import Blob

    #: pyphen patterns: (sorted patterns, values blob, uint32 offsets into it, maxlen).
    Hyphenation = tuple[list[str], Blob, memoryview, int]

__all__ = ["LANGUAGE", "build_table", "data_file", "pattern_table", "syllables"]

#: textstat 0.7.8's default language, passed to ``Pyphen(lang=...)``.
LANGUAGE = "en_US"


def data_file() -> str:
    """pyphen's dictionary file for :data:`LANGUAGE` (its size and time are in the cache key)."""
    return os.path.join(tables.package_dir("pyphen"), "dictionaries", f"hyph_{LANGUAGE}.dic")


def build_table() -> tuple[bytes, bytes, bytes, bytes]:
    """(sorted patterns joined by newlines, values, uint32 value offsets, maxlen).

    A pattern's value is its start offset followed by its digits, one byte each.
    """
    from array import array

    import pyphen  # ~170 ms with its dictionary: only when the cache is cold

    hd = pyphen.Pyphen(lang=LANGUAGE).hd
    patterns = sorted(hd.patterns)
    if any("\n" in pattern for pattern in patterns):  # pragma: no cover - a line-based format
        raise ValueError("a hyphenation pattern holds a newline")
    values = bytearray()
    offsets = array("I", [0])
    for pattern in patterns:
        start, digits = hd.patterns[pattern]
        values.append(start)
        values.extend(int(v) for v in digits)
        offsets.append(len(values))
    keys = "\n".join(patterns).encode("utf-8", "surrogatepass")
    return keys, bytes(values), offsets.tobytes(), int(hd.maxlen).to_bytes(4, "little")


def _patterns_from(blobs: Sequence[Blob]) -> Hyphenation:
    """The patterns of :func:`build_table`'s blobs (``ValueError`` if damaged)."""
    keys, values, offsets, maxlen = blobs
    patterns = str(keys, "utf-8", "surrogatepass").split("\n")
    offs = memoryview(offsets).cast("I")
    if len(offs) != len(patterns) + 1 or offs[0] != 0 or offs[-1] != len(values) or len(maxlen) != 4:
        raise ValueError("corrupt table")
    return patterns, values, offs, int.from_bytes(maxlen, "little")


@lru_cache(maxsize=1)
def pattern_table() -> Hyphenation:
    """The patterns, loaded from the cache (built from pyphen's dictionary on a miss)."""
    key = tables.source_key("pyphen", data_file(), build_table)
    name = "pyphen_" + LANGUAGE
    return cache.load_or_build_blobs(name, key, tables.removing_old_layout(name, build_table), _patterns_from)


def syllables(word: str) -> int:
    """``len(pyphen.Pyphen(lang="en_US").positions(word)) + 1``, without pyphen.

    Same algorithm as pyphen 0.18's ``HyphDict.positions`` followed by
    ``Pyphen.positions``' filter with the default ``left=2, right=2``.  The
    patterns are a sorted list instead of a dict: for each start ``i`` the
    substrings ``pointed[i:j]`` grow, so their places in the list only move
    forward, and once no pattern starts with one, no longer one can match.
    """
    from bisect import bisect_left

    patterns, values, offsets, maxlen = pattern_table()
    n = len(patterns)
    pointed = f".{word.lower()}."
    size = len(pointed)
    refs = [0] * (size + 1)
    for i in range(size - 1):
        stop = min(i + maxlen, size) + 1
        lo = 0
        for j in range(i + 1, stop):
            sub = pointed[i:j]
            lo = bisect_left(patterns, sub, lo)
            if lo == n:
                break
            found = patterns[lo]
            if found != sub:
                if found.startswith(sub):
                    continue
                break
            pattern = values[offsets[lo] : offsets[lo + 1]]
            idx = i + pattern[0]
            for value in pattern[1:]:
                if idx > size:
                    break
                if value > refs[idx]:
                    refs[idx] = value
                idx += 1
    right = len(word) - 2
    count = 0
    for i, ref in enumerate(refs):
        if ref % 2 and 2 <= i - 1 <= right:
            count += 1
    return count + 1
