"""The file format of one cache entry: a header naming the key it was built for, then blobs.

Layout: magic, uint32 key length, uint32 blob count, the key, then (uint64 offset, uint64
length, uint32 CRC-32, uint32 zero) per blob, then the blobs; all integers little-endian.
Large blobs start on an aligned offset so that they can be memory-mapped read-only.

Reading treats the file as untrusted data: a header that does not fit the file, a key
that differs or (with ``verify``) a CRC-32 that does not match gives ``None``, never an
exception. Where entries live, who may write them and how they are replaced is
:mod:`jargonfree.cache`'s job.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:  # start-up time matters: only for type checkers
    from collections.abc import Callable, Sequence
    from mmap import mmap
    from typing import BinaryIO, Union

    #: A blob as read: slicing it gives ``bytes``.
    Blob = Union[bytes, mmap]

__all__ = ["ALIGN", "CAN_MAP", "MAGIC", "MAP_MIN", "MAX_BLOBS", "SLOT", "read_blobs", "writer"]

MAGIC = b"JFBLOBS2"
#: The fixed part of the header: the magic, the key length and the blob count.
FIXED = len(MAGIC) + 8
#: Bytes of header per blob.
SLOT = 24
MAX_BLOBS = 1024
#: Blobs at least this long are memory-mapped (smaller ones are read)...
MAP_MIN = 1 << 16
#: ... and start at a multiple of this, which is a multiple of the usual
#: ``mmap.ALLOCATIONGRANULARITY`` (4 KiB, 16 KiB or 64 KiB).  The gap before
#: them is left unwritten (a hole, on file systems that have them).
ALIGN = 1 << 16
#: Whether large blobs are mapped.  Not on Windows: there an open mapping
#: would stop the file from being replaced when the entry is rebuilt.
CAN_MAP = os.name != "nt"


def _read_blob(f: BinaryIO, offset: int, length: int) -> Blob | None:
    """One blob of an open entry: mapped if it is large, else read."""
    if length >= MAP_MIN and CAN_MAP:
        import mmap

        if offset % mmap.ALLOCATIONGRANULARITY == 0:
            try:
                return mmap.mmap(f.fileno(), length, access=mmap.ACCESS_READ, offset=offset)
            except (OSError, ValueError, OverflowError):
                pass  # e.g. a file system that cannot map files: read it
    f.seek(offset)
    data = f.read(length)
    return data if len(data) == length else None


def read_blobs(f: BinaryIO, size: int, key: bytes, verify: bool = False) -> tuple[Blob, ...] | None:
    """The blobs of the open entry ``f`` (``size`` bytes long) if it was written for ``key``,
    else ``None``; ``None`` too (with ``verify``) if a blob's CRC-32 does not match."""
    head = f.read(4096)
    if len(head) < FIXED or not head.startswith(MAGIC):
        return None
    key_len = int.from_bytes(head[FIXED - 8 : FIXED - 4], "little")
    count = int.from_bytes(head[FIXED - 4 : FIXED], "little")
    if key_len != len(key) or count > MAX_BLOBS:
        return None
    end = FIXED + key_len + SLOT * count
    if len(head) < end:
        head += f.read(end - len(head))
        if len(head) < end:
            return None
    if head[FIXED : FIXED + key_len] != key:
        return None
    blobs: list[Blob] = []
    for pos in range(FIXED + key_len, end, SLOT):
        offset = int.from_bytes(head[pos : pos + 8], "little")
        length = int.from_bytes(head[pos + 8 : pos + 16], "little")
        if offset < end or offset + length > size:  # e.g. a truncated file
            return None
        blob = _read_blob(f, offset, length)
        if blob is None:
            return None
        if verify:
            from zlib import crc32

            if crc32(blob) != int.from_bytes(head[pos + 16 : pos + 20], "little"):
                return None
        blobs.append(blob)
    return tuple(blobs)


def writer(key: bytes, blobs: Sequence[bytes]) -> Callable[[BinaryIO], None]:
    """A function that writes ``blobs`` for ``key`` to an open, empty file. The blobs are
    checked first: TypeError if one is not bytes-like, ValueError if there are too many."""
    from zlib import crc32

    views = [memoryview(blob).cast("B") for blob in blobs]  # TypeError if not bytes-like
    if len(views) > MAX_BLOBS:
        raise ValueError("too many blobs")
    spans = []
    pos = FIXED + len(key) + SLOT * len(views)
    for view in views:
        if view.nbytes >= MAP_MIN:
            pos = -(-pos // ALIGN) * ALIGN
        spans.append((pos, view.nbytes))
        pos += view.nbytes
    header = [MAGIC, len(key).to_bytes(4, "little"), len(views).to_bytes(4, "little"), key]
    for (offset, length), view in zip(spans, views):
        header += [offset.to_bytes(8, "little"), length.to_bytes(8, "little"), crc32(view).to_bytes(4, "little"), bytes(4)]

    def write(f: BinaryIO) -> None:
        f.write(b"".join(header))
        for (offset, _), view in zip(spans, views):
            f.seek(offset)
            f.write(view)

    return write
