"""Records in, records out: check every text of a JSON Lines or CSV archive, one JSON object
out per record, as the records are read.

Nothing but the current record (and the glossary) is held in memory, however long the
archive: a million posts take as little memory as ten. A record that cannot be read (bad
JSON, no text field) becomes an output line ``{"id": ..., "line": N, "error": "..."}`` and
the run goes on; the command then exits 2 so that a script notices.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:
    from .glossary import Glossary
    from .settings import Settings

__all__ = ["Record", "RecordError", "check_records", "read_records", "record_of"]

FORMATS = ("jsonl", "csv")


class RecordError(ValueError):
    """The whole input cannot be read as records (for example a CSV file with no text column)."""


@dataclass(frozen=True)
class Record:
    """One record: its id (the id field, or the line number if it has none), the line it
    starts on (None where records have no lines, as in a Dask bag), and its text, or the
    reason it has none."""

    id: object
    line: int | None
    text: str | None = None
    error: str | None = None


def _jsonl(stream: IO[bytes], text_field: str, id_field: str) -> Iterator[Record]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Record(number, number, error=f"line {number}: not a JSON object ({exc})")
            continue
        yield record_of(data, number, text_field, id_field)


def _csv(stream: IO[bytes], text_field: str, id_field: str) -> Iterator[Record]:
    import csv
    import io

    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    # strict: a quote opened and never closed is an error, not the rest of the file read as one text
    reader = csv.DictReader(text, strict=True)
    try:
        if reader.fieldnames is None:
            return
        if text_field not in reader.fieldnames:
            raise RecordError(f"the CSV has no column {text_field!r} (its columns: {', '.join(reader.fieldnames)}); name it with --text-field")
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Record(start, start, error=f"line {start}: {_csv_problem(exc)}")
                continue
            yield record_of(row, reader.line_num, text_field, id_field)
    except UnicodeDecodeError as exc:
        raise RecordError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    finally:
        text.detach()  # leave the caller's stream open


def _csv_problem(exc: Exception) -> str:
    """Python's CSV error in words: a quote left open takes in every line after it."""
    if "unexpected end of data" in str(exc):
        return (
            "a quote (\") opened in this record is never closed, so this line and the ones after it cannot be read as records: "
            "close it, and write a quote inside a field as two (\"\")"
        )
    return f"{exc} (a field in quotes must end at its closing quote)" if "expected after" in str(exc) else str(exc)


def record_of(data: object, line: int | None, text_field: str = "text", id_field: str = "id") -> Record:
    """``data`` (one JSON object, CSV row or bag item) as a :class:`Record`: its id is the id
    field, or else the line number; a record that is not an object, or has no text in its text
    field, carries the reason (with the line, when there is one)."""
    where = "" if line is None else f"line {line}: "
    if not isinstance(data, dict):
        return Record(line, line, error=f"{where}not a JSON object but {_kind(data)}")
    ident = data.get(id_field, line)
    text = data.get(text_field)
    if text is None:
        return Record(ident, line, error=f"{where}the record has no {text_field!r} field (text is needed)")
    if not isinstance(text, str):
        return Record(ident, line, error=f"{where}the record's {text_field!r} field is {_kind(text)}, not text")
    return Record(ident, line, text)


def read_records(stream: IO[bytes], kind: str, *, text_field: str = "text", id_field: str = "id") -> Iterator[Record]:
    """The records of ``stream`` (bytes, UTF-8), one at a time: ``kind`` is "jsonl" or "csv"."""
    if kind == "jsonl":
        return _jsonl(stream, text_field, id_field)
    if kind == "csv":
        return _csv(stream, text_field, id_field)
    raise ValueError(f"unknown record format {kind!r}: use one of {', '.join(FORMATS)}")


def check_records(
    records: Iterator[Record],
    glossary: Glossary,
    settings: Settings,
    *,
    ignore: tuple[str, ...] = (),
    after_each: Callable[[], None] | None = None,
) -> Iterator[dict[str, object]]:
    """One JSON-ready object per record: ``{"id": ..., **report.to_dict()}`` or ``{"id": ...,
    "line": N, "error": ...}``. ``ignore`` are terms never reported (see :mod:`jargonfree.suppress`)."""
    from .checker import check
    from .suppress import ignored_in, without_ignored

    for record in records:
        if record.text is None:
            where = {} if record.line is None else {"line": record.line}
            yield {"id": record.id, **where, "error": record.error}
        else:
            report = check(record.text, glossaries=glossary, settings=settings)
            report = without_ignored(report, (*ignore, *ignored_in(record.text)))
            yield {"id": record.id, **report.to_dict()}
        if after_each is not None:
            after_each()


def _kind(value: object) -> str:
    """A JSON value's kind in words ("a number"), not Python's type name ("int")."""
    if isinstance(value, bool):
        return "true or false"
    return {int: "a number", float: "a number", list: "a list", dict: "an object", str: "text"}.get(type(value), f"a {type(value).__name__}")
