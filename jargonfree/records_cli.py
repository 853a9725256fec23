"""``jargonfree check --input jsonl|csv``: records from files or standard input, one JSON
object per record on standard output, as they are checked (see :mod:`jargonfree.records`)."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING

from .arguments import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, UsageError
from .records import RecordError, check_records, read_records

if TYPE_CHECKING:
    from .batch import Options


def check_records_command(paths: list[str], options: Options, kind: str, fmt: str, *, text_field: str, id_field: str) -> int:
    """Exit status: 2 if a file or a record could not be read, else 1 if a record did not pass, else 0."""
    from .batch import plan_for
    from .progress import ProgressBar

    if fmt != "json":
        raise UsageError("--input jsonl and csv print JSON, one object per record: leave out --format or use --format json")
    errors = failed = 0
    out = sys.stdout
    for path in paths or ["-"]:
        plan = plan_for(path, options)
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as exc:
            print(f"jargonfree: error: {path}: cannot read it: {exc.strerror or exc}", file=sys.stderr)
            errors += 1
            continue
        bar = None if path == "-" else ProgressBar.for_terminal(sys.stderr, path)
        total = 0 if bar is None else os.fstat(stream.fileno()).st_size
        tick = None if bar is None else (lambda: bar(stream.tell(), total))  # type: ignore[misc]
        try:
            records = read_records(stream, kind, text_field=text_field, id_field=id_field)
            for result in check_records(records, plan.glossary, plan.settings, ignore=plan.allowed, after_each=tick):
                if "error" in result:
                    errors += 1
                    print(f"jargonfree: error: {'stdin' if path == '-' else path}: {result['error']}", file=sys.stderr)
                elif not result["passed"]:
                    failed += 1
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        except RecordError as exc:
            print(f"jargonfree: error: {'stdin' if path == '-' else path}: {exc}", file=sys.stderr)
            errors += 1
        finally:
            if bar is not None:
                bar.close()
            if path != "-":
                stream.close()
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK
