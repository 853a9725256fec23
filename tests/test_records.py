"""Records in, records out: --input jsonl and csv give one JSON object per record, in order,
as the records are read; a bad record is reported and the run goes on (issue 16)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from jargonfree import cli
from jargonfree.records import Record, RecordError, read_records


class Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def run(monkeypatch, capsys, args, stdin=b""):
    monkeypatch.setattr(sys, "stdin", Stdin(stdin))
    code = cli.main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, [json.loads(line) for line in out.splitlines()], err


def test_jsonl_one_object_per_record_in_order(monkeypatch, capsys):
    lines = [json.dumps({"id": f"p{i}", "text": text}) for i, text in enumerate(["We will liaise.", "Thank you.", "The AMHP calls."] * 5)]
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "jsonl", "--no-config"], ("\n".join(lines) + "\n").encode())
    assert [o["id"] for o in out] == [f"p{i}" for i in range(15)]
    assert [f["text"] for f in out[0]["findings"]] == ["liaise"]
    assert out[1]["passed"] is True and out[1]["findings"] == []
    assert code == 1 and err == ""


def test_bad_records_are_reported_and_the_run_goes_on(monkeypatch, capsys):
    data = b'{"id": 1, "text": "Hello."}\nnot json\n[1, 2]\n{"id": 4}\n{"id": 5, "text": 7}\n\n{"id": 6, "text": "Bye."}\n'
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "jsonl", "--no-config"], data)
    assert [o["id"] for o in out] == [1, 2, 3, 4, 5, 6]
    assert [o.get("line") for o in out if "error" in o] == [2, 3, 4, 5]
    assert "no 'text' field" in out[3]["error"] and "'text' field is a number, not text" in out[4]["error"]
    assert code == 2 and err.count("\n") == 4


def test_csv_with_named_columns_and_a_byte_order_mark(monkeypatch, capsys):
    data = "\ufeffref,body\nA1,\"We will liaise, as agreed.\"\nA2,Thank you.\n".encode("utf-8")
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "csv", "--text-field", "body", "--id-field", "ref", "--no-config"], data)
    assert [o["id"] for o in out] == ["A1", "A2"]
    assert [f["text"] for f in out[0]["findings"]] == ["liaise"]


def test_csv_without_the_text_column_is_one_line(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "csv", "--no-config"], b"id,body\n1,x\n")
    assert code == 2 and out == []
    assert err.count("\n") == 1 and "no column 'text'" in err and "--text-field" in err


def test_csv_with_a_quote_never_closed_is_an_error_not_one_long_record(monkeypatch, capsys):
    # Before: record 1's text ran to the end of the file, taking in records 2 and 3 without a word.
    data = b'id,text\n1,"The AMHP will visit.\n2,We will commence soon.\n3,Thank you.\n'
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "csv", "--no-config"], data)
    assert code == 2 and [o.get("line") for o in out] == [2] and "findings" not in out[0]
    assert "a quote (\") opened in this record is never closed" in out[0]["error"]
    assert err.count("\n") == 1 and "line 2:" in err


def test_csv_with_words_after_a_closing_quote_is_an_error_for_that_record(monkeypatch, capsys):
    data = b'id,text\n1,"The AMHP" will visit.\n2,We will commence soon.\n'
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "csv", "--no-config"], data)
    assert code == 2 and "closing quote" in out[0]["error"] and out[0]["line"] == 2
    assert [f["text"] for f in out[1]["findings"]] == ["commence"]


def test_records_come_out_as_json_only(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "jsonl", "--format", "text"], b'{"text": "x"}\n')
    assert code == 2 and "--input jsonl and csv print JSON" in err


def test_files_of_records_and_the_config_beside_them(tmp_path, monkeypatch, capsys):
    (tmp_path / ".jargonfree.toml").write_text('allow-terms = ["liaise"]\n', encoding="utf-8")
    path = tmp_path / "posts.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "We will liaise and commence."}) + "\n", encoding="utf-8")
    code, out, err = run(monkeypatch, capsys, ["check", "--input", "jsonl", str(path)])
    assert [f["text"] for f in out[0]["findings"]] == ["commence"]


def test_read_records_is_lazy():
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readline(self, size=-1):
            return b'{"id": 1, "text": "Hello."}\n'

        def __iter__(self):
            return self

        def __next__(self):
            return self.readline()

    records = read_records(Endless(), "jsonl")
    first = next(records)
    assert first == Record(1, 1, "Hello.")  # one record read, not the whole (endless) stream
    with pytest.raises(ValueError):
        read_records(io.BytesIO(b""), "xml")
    assert issubclass(RecordError, ValueError)
