"""Read what users give the command line: files, folders and standard input, safely.

Every problem becomes an :class:`InputError` with one plain line; nothing here raises
anything else for bad input. Text is decoded as UTF-8 (a byte-order mark is removed, UTF-16
with a BOM is understood); other bytes are an error unless the caller names an encoding or
asks for replacement characters.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".rst", ".html", ".htm", ".csv", ".json", ".yaml", ".yml"})


class InputError(Exception):
    """One input cannot be read; ``str()`` is a one-line message that names the path."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


@dataclass(frozen=True)
class Source:
    """A text to check: where it came from (``-`` for standard input) and the decoded text."""

    path: str
    text: str
    #: The encoding it was read with and whether it had a byte-order mark, to write it back the same way.
    encoding: str = "utf-8"
    bom: bool = False


def decode(data: bytes, path: str, *, encoding: str | None = None, errors: str = "strict") -> Source:
    """Decode ``data`` read from ``path``; raise :class:`InputError` for binary or badly encoded data."""
    if data.startswith(codecs.BOM_UTF8):
        return Source(path, _decode(data[3:], "utf-8", path, errors), "utf-8", True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Source(path, _decode(data, "utf-16", path, errors), "utf-16", True)
    if b"\x00" in data[:8192]:
        raise InputError(path, "this looks like a binary file, not text: check the file name")
    return Source(path, _decode(data, encoding or "utf-8", path, errors), encoding or "utf-8", False)


def _decode(data: bytes, encoding: str, path: str, errors: str) -> str:
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path,
            f"line {line} is not valid {encoding} text: save the file as UTF-8, "
            "or use --encoding (for example latin-1) or --replace-invalid"
        ) from None
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None


def read_stream(stream: BinaryIO, path: str = "-", *, encoding: str | None = None, errors: str = "strict") -> Source:
    """Read standard input (or any binary stream), up to :data:`MAX_BYTES`."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputError(path, f"the input is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
    return decode(data, path, encoding=encoding, errors=errors)


def read_file(path: str, *, encoding: str | None = None, errors: str = "strict") -> Source:
    """Read one file as text."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "this is a folder") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from None
    return decode(data, path, encoding=encoding, errors=errors)


def expand(paths: list[str]) -> Iterator[str]:
    """Paths as given; a folder becomes the text files below it, skipping hidden ones, in sorted order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                        continue
                    yield os.path.join(root, name)
        else:
            yield path


def read_all(paths: list[str], *, encoding: str | None = None, errors: str = "strict") -> Iterator[Source | InputError]:
    """Each input in turn, as a :class:`Source` or the :class:`InputError` that explains why not."""
    for path in expand(paths or ["-"]):
        try:
            if path == "-":
                yield read_stream(sys.stdin.buffer, "-", encoding=encoding, errors=errors)
            else:
                yield read_file(path, encoding=encoding, errors=errors)
        except InputError as exc:
            yield exc


def write_atomic(path: str, text: str, *, encoding: str = "utf-8", bom: bool = False, backup: str | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, keeping the file's permissions.

    With ``backup``, the original is first copied to that path. If anything fails, the
    original file is left as it was and :class:`InputError` is raised.
    """
    import shutil
    import tempfile

    target = Path(path)
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = codecs.BOM_UTF8 + data
    try:
        mode = target.stat().st_mode
        if backup:
            shutil.copy2(target, backup)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=str(target.parent))
    except OSError as exc:
        raise InputError(path, f"cannot write the file ({exc.strerror or exc}); it was not changed") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode & 0o7777)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise InputError(path, f"cannot write the file ({exc.strerror or exc}); it was not changed") from None
