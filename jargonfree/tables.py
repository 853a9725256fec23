"""Compact word tables derived from installed packages, kept in the on-disk cache.

:mod:`jargonfree.lexicon` builds its syllable, hyphenation and word-frequency tables with
these: :func:`source_key` names what a table was built from (so upgrading a package
rebuilds it), :func:`pack_table` packs a ``str -> int`` mapping as a few byte blobs,
:class:`Table` looks words up in them by binary search (the blobs may be memory-mapped),
and :func:`load_table` loads a table from the cache or builds it.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache

from jargonfree import cache

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import CodeType

    from jargonfree.cache import Blob

__all__ = ["TABLE_FORMAT", "Packed", "Table", "load_table", "pack_table", "package_dir", "removing_old_layout", "source_key"]

#: Version of the derived tables' layout; bump it to force a rebuild.
TABLE_FORMAT = 2

#: A packed sorted table: (keys blob, uint32 offsets, values, values' array typecode).
Packed = tuple[bytes, bytes, bytes, bytes]


# --------------------------------------------------------------------------
# Helpers to describe installed packages without importing them
# --------------------------------------------------------------------------


@lru_cache(maxsize=None)
def package_dir(name: str) -> str:
    """Directory of an installed top-level package (the package is not imported)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"jargonfree needs the {name!r} package", name=name)
    return list(spec.submodule_search_locations)[0]


def _dist_version(pkg_dir: str, dist: str) -> str:
    """Version of distribution ``dist`` from its ``*.dist-info`` folder name.

    Much cheaper than :func:`importlib.metadata.version`, which costs tens of
    milliseconds to import and scan.
    """
    prefix = dist.lower().replace("-", "_") + "-"
    for entry in _listdir(os.path.dirname(pkg_dir)):
        low = entry.lower()
        if low.startswith(prefix) and low.endswith((".dist-info", ".egg-info")):
            return entry[len(prefix) :].rsplit(".", 1)[0]
    return "unknown"


@lru_cache(maxsize=8)
def _listdir(path: str) -> tuple[str, ...]:
    """``os.listdir(path)`` (empty if unreadable), listed once: the source
    packages usually share one ``site-packages``."""
    try:
        return tuple(os.listdir(path))
    except OSError:
        return ()


def _code_digest(code: CodeType, crc32: Callable[[bytes, int], int], crc: int = 0) -> int:
    """Stable checksum of a function's bytecode and constants (nested code included)."""
    crc = crc32(code.co_code, crc)
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            crc = _code_digest(const, crc32, crc)
        elif isinstance(const, (str, int, float, bytes, tuple)) or const is None:
            # no sets here: their repr order depends on hash randomisation
            crc = crc32(repr(const).encode("utf-8", "replace"), crc)
    return crc


def source_key(dist: str, data_file: str, build: Callable[..., object]) -> str:
    """Cache key for a table that ``build`` derives from ``data_file`` of ``dist``.

    It changes when the package version, the data file (size, modification
    time), :data:`TABLE_FORMAT`, the builder's code, the byte order or the
    Python version (added by :mod:`jargonfree.cache`) change.  jargonfree's
    own version is deliberately not part of it: the tables depend only on the
    sources and on the code that derives them.
    """
    from zlib import crc32

    try:
        st = os.stat(data_file)
        stamp = f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        stamp = "missing"
    builder = _code_digest(build.__code__, crc32)
    return (
        f"table={TABLE_FORMAT}:{builder:08x}|{sys.byteorder}|"
        f"{dist}={_dist_version(package_dir(dist), dist)}|{data_file}|{stamp}"
    )


# --------------------------------------------------------------------------
# Sorted bytes table
# --------------------------------------------------------------------------


def pack_table(mapping: dict[str, int], value_typecode: str) -> Packed:
    """Pack ``mapping`` as (keys blob, uint32 offsets, values, value typecode)."""
    from array import array

    items = sorted((k.encode("utf-8", "surrogatepass"), v) for k, v in mapping.items())
    offsets = array("I", [0])
    values = array(value_typecode)
    pos = 0
    for key, value in items:
        pos += len(key)
        offsets.append(pos)
        values.append(value)
    if offsets.itemsize != 4:  # pragma: no cover - every mainstream platform
        raise RuntimeError("unsigned int is not 32 bits on this platform")
    keys = b"".join(k for k, _ in items)
    return keys, offsets.tobytes(), values.tobytes(), value_typecode.encode("ascii")


class Table:
    """Read-only ``str -> int`` map over a packed, sorted table (binary search).

    The blobs may be ``bytes`` or read-only :class:`mmap.mmap` objects: the
    keys are only sliced (both give ``bytes``), the offsets and values are
    read through :class:`memoryview` casts.
    """

    __slots__ = ("_keys", "_offsets", "_values", "_n")

    def __init__(self, packed: Sequence[Blob]) -> None:
        keys, offsets, values, typecode = packed
        self._keys = keys
        self._offsets = memoryview(offsets).cast("I")
        # The typecode is "B" or "H" (in a damaged entry, anything: cast() raises).
        self._values = memoryview(values).cast(str(typecode, "ascii"))  # type: ignore[call-overload]
        self._n = n = len(self._values)
        if len(self._offsets) != n + 1 or self._offsets[0] != 0 or self._offsets[n] != len(keys):
            raise ValueError("corrupt table")

    def __len__(self) -> int:
        return self._n

    def get(self, word: str) -> int | None:
        """Value stored for ``word``, or ``None``."""
        try:
            w = word.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: never a key
            return None
        keys, offs = self._keys, self._offsets
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) >> 1
            if keys[offs[mid] : offs[mid + 1]] < w:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._n and keys[offs[lo] : offs[lo + 1]] == w:
            return int(self._values[lo])
        return None


def removing_old_layout(name: str, build: Callable[[], Sequence[bytes]]) -> Callable[[], Sequence[bytes]]:
    """``build``, first deleting ``<name>.marshal``: the same table in the layout
    of older versions (:data:`TABLE_FORMAT` 1), a few MB that are never read again."""

    def run() -> Sequence[bytes]:
        cache.remove_file(name + ".marshal")
        return build()

    return run


def load_table(name: str, key: str, build: Callable[[], Packed]) -> Table:
    """Load table ``name`` from the cache (building it if needed).

    A damaged entry (one :class:`Table` rejects) is built again and replaced.
    """
    return cache.load_or_build_blobs(name, key, removing_old_layout(name, build), Table)
