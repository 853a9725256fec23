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
from typing import BinaryIO, Iterator, TextIO

MAX_BYTES = 64 * 1024 * 1024
# The files a folder is searched for: prose. Data files (.csv, .json, .yaml) hold fields, not
# sentences, and read as prose give only noise (a glossary's own YAML, a site's config); they
# are checked when named one by one, and records in them with --input csv or jsonl.
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".rst", ".html", ".htm"})


class InputError(Exception):
    """One input cannot be read; ``str()`` is a one-line message that names the path."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{'standard input' if path == '-' else path}: {message}")
        self.path = path
        self.message = message

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Rebuilt from both parts when it crosses to another process (check --jobs).
        return InputError, (self.path, self.message)


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
        # The byte order named, so that the text is written back in it (see encode).
        order = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return Source(path, _decode(data[2:], order, path, errors), order, True)
    if b"\x00" in data[:8192]:
        raise InputError(path, "this looks like binary data, not text" if path == "-" else "this looks like a binary file, not text: check the file name")
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


TYPE_OR_PASTE = "jargonfree: type or paste the text, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows)"


def read_stream(stream: BinaryIO, path: str = "-", *, encoding: str | None = None, errors: str = "strict") -> Source:
    """Read standard input (or any binary stream), up to :data:`MAX_BYTES`."""
    if stream.isatty():  # 'jargonfree check' typed with no file: say why nothing happens
        print(TYPE_OR_PASTE, file=sys.stderr, flush=True)
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


def listed(paths: list[str]) -> list[str | InputError]:
    """Every input to read, in order: files as given, the files found in folders, ``-`` for
    standard input (also when no path is given), and an :class:`InputError` for a folder with
    no file to check (saying nothing would let a CI job pass on a wrong path)."""
    out: list[str | InputError] = []
    for given in paths or ["-"]:
        found = list(expand([given]))
        if not found:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            out.append(InputError(given, f"this folder has no files to check (jargonfree reads {suffixes})"))
        out.extend(found)
    return out


def read_all(paths: list[str], *, encoding: str | None = None, errors: str = "strict") -> Iterator[Source | InputError]:
    """Each input of :func:`listed` in turn, as a :class:`Source` or the :class:`InputError` that explains why not."""
    for item in listed(paths):
        yield item if isinstance(item, InputError) else read_one(item, encoding=encoding, errors=errors)


def read_one(path: str, *, encoding: str | None = None, errors: str = "strict") -> Source | InputError:
    """Read one input (a file, or ``-`` for standard input), or say why not."""
    try:
        if path == "-":
            return read_stream(sys.stdin.buffer, "-", encoding=encoding, errors=errors)
        return read_file(path, encoding=encoding, errors=errors)
    except InputError as exc:
        return exc


class Stopped(KeyboardInterrupt):
    """A signal (SIGTERM, SIGHUP) stopped a write: raised so that the temporary file is removed."""


class _SignalsStopTheWrite:
    """While the ``with`` block runs, SIGTERM and SIGHUP raise :class:`Stopped` instead of
    ending the process at once, so that the block's ``except`` clauses clean up. (SIGKILL
    cannot be caught: it can still leave a temporary file.) Only in the main thread."""

    def __enter__(self) -> None:
        import signal
        import threading

        self.previous: dict[int, object] = {}
        if threading.current_thread() is not threading.main_thread():
            return
        for name in ("SIGTERM", "SIGHUP"):
            number = getattr(signal, name, None)
            if number is not None:
                self.previous[number] = signal.signal(number, self._stop)

    @staticmethod
    def _stop(signum: int, frame: object) -> None:
        raise Stopped(f"stopped by signal {signum}")

    def __exit__(self, *exc: object) -> None:
        import signal

        for number, handler in self.previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]


def _new_backup(source: str, wanted: str) -> str:
    """Copy ``source`` to ``wanted``, or, if that exists, to ``wanted.1``, ``wanted.2``...:
    an existing backup (the true original) is never overwritten. Returns the path used."""
    import shutil

    for number in range(10_000):
        backup = wanted if number == 0 else f"{wanted}.{number}"
        try:
            out = open(backup, "xb")  # fails if it exists: no race with another writer
        except FileExistsError:
            continue
        try:
            with out, open(source, "rb") as original:
                shutil.copyfileobj(original, out)
            shutil.copystat(source, backup)
        except BaseException:
            _remove(backup)
            raise
        return backup
    raise OSError(f"too many backups of {wanted}")


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


_BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def encode(text: str, encoding: str = "utf-8", bom: bool = False) -> bytes:
    """``text`` as the bytes of a file read with ``encoding`` (see :class:`Source`), with the
    byte-order mark it had."""
    return (_BOMS.get(encoding, b"") if bom else b"") + text.encode(encoding)


def write_as_read(stream: TextIO, text: str, source: Source) -> None:
    """Write ``text`` to ``stream`` (standard output) as ``source`` was read: a text with a
    byte-order mark goes out with it, in its own encoding, so `jargonfree rewrite post.txt >
    new.txt` changes nothing but the edits (line endings were never changed)."""
    buffer = getattr(stream, "buffer", None)
    if not source.bom:
        stream.write(text)
    elif buffer is None:  # a stream of text only (a test's StringIO)
        stream.write("\ufeff" + text)
    else:
        stream.flush()
        buffer.write(encode(text, source.encoding, True))
        buffer.flush()


def write_atomic(path: str, text: str, *, encoding: str = "utf-8", bom: bool = False, backup: str | None = None) -> str | None:
    """Write ``text`` to ``path`` through a temporary file and a rename, keeping the file's permissions.

    A symbolic link is written through: its target changes and the link stays a link.
    With ``backup``, the original is first copied to that path, or to ``backup.1``,
    ``backup.2``... if it exists (a backup is never overwritten); the path used is
    returned. If anything fails or a signal stops the write, the original file is left as
    it was, no temporary file or new backup is left behind, and :class:`InputError` (or the
    exception, such as :class:`KeyboardInterrupt` or :class:`Stopped`) is raised.
    """
    import tempfile

    real = os.path.realpath(path)  # a link's target: replacing the link would cut it
    data = encode(text, encoding, bom)
    made: str | None = None
    tmp: str | None = None
    with _SignalsStopTheWrite():
        try:
            mode = os.stat(real).st_mode
            if backup:
                made = _new_backup(real, backup)
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(real)}.", suffix=".tmp", dir=os.path.dirname(real))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode & 0o7777)
            os.replace(tmp, real)
        except BaseException as exc:
            if tmp is not None:
                _remove(tmp)
            if made is not None:
                _remove(made)  # the file was not changed: the copy is not needed
            if isinstance(exc, OSError):
                raise InputError(path, f"cannot write the file ({exc.strerror or exc}); it was not changed") from None
            raise
    return made
