"""Where the cache of :mod:`jargonfree.cache` lives, and whether it is safe to use.

``$JARGONFREE_CACHE_DIR`` if set (``""`` and ``"0"`` turn the cache off), else
``$XDG_CACHE_HOME/jargonfree`` (if that is an absolute path), else ``~/.cache/jargonfree``.
The folder is only used if it belongs to the user and nobody else can write to it
(:func:`safe_stat`, which :mod:`jargonfree.cache` asks again of each file it opens).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["cache_dir", "folder", "remove_file", "safe_stat"]

_ENV = "JARGONFREE_CACHE_DIR"


def safe_stat(st: os.stat_result) -> bool:
    """True if a folder or file with this status is the user's own and nobody else can write it."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: no owner and mode bits to check here
        return True
    return st.st_uid == getuid() and not st.st_mode & 0o022


def folder() -> str | None:
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
        os.makedirs(path, mode=0o700, exist_ok=True)
        # A folder someone else owns or can write to could hold files planted to be
        # read as ours: then there is no cache at all.
        if not safe_stat(os.stat(path)):
            return None
        return path
    except (OSError, ValueError):
        # ValueError: e.g. a NUL character in the path.
        return None


def cache_dir() -> Path | None:
    """Return the cache directory, creating it if needed.

    ``$JARGONFREE_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/jargonfree``,
    else ``~/.cache/jargonfree``.  Returns ``None`` when caching is turned off
    (``JARGONFREE_CACHE_DIR`` set to ``""`` or ``"0"``), when the directory
    cannot be created, or when it is not safe (owned by another user, or
    writable by the group or by everyone).
    """
    path = folder()
    if path is None:
        return None
    from pathlib import Path

    return Path(path)


def remove_file(file_name: str) -> None:
    """Delete ``file_name`` from the cache folder if it is there (a file an older version
    wrote and no version reads). Errors are ignored."""
    directory = folder()
    if directory is None:
        return
    try:
        os.remove(os.path.join(directory, file_name))
    except OSError:
        pass
