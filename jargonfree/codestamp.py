"""A stamp of the package's own files, part of every cache key (see :mod:`jargonfree.cache`).

The tables and the compiled glossary in the cache are made by the package's code and data: a
new word-form rule or a changed data list makes different tables. The version number alone
does not tell (a checkout or an install from the repository between releases keeps it), so
the size and modification time of every file of the package count too. A change to any of
them means a rebuild, never a stale table. Looking at them costs a few hundred microseconds,
once a process.
"""

from __future__ import annotations

import os
import zlib
from functools import lru_cache

_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def stamp_of(root: str) -> str:
    """The relative path, size and modification time of every file under ``root`` (compiled
    ``__pycache__`` files left out), in a fixed order, summed up: how many files, and a CRC-32
    of the list (zlib, as the cache files use; it tells versions of a package apart, it does
    not defend against anyone)."""
    crc, count = 0, 0
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            line = f"{os.path.relpath(path, root)}:{st.st_size}:{st.st_mtime_ns}\n"
            crc = zlib.crc32(line.encode("utf-8", "surrogatepass"), crc)
            count += 1
    return f"{count}-{crc:08x}"


@lru_cache(maxsize=1)
def package_stamp() -> str:
    """:func:`stamp_of` the installed jargonfree package, worked out once a process."""
    return stamp_of(_PACKAGE)
