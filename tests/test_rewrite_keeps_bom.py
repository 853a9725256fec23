"""`jargonfree rewrite` (and `check --redact`) to standard output keeps a leading byte-order mark
and the line endings of the input, as --in-place always did: user text is never changed except
where a suggestion changes it. Before, the BOM was dropped on standard output.

Most cases run the command in this process (``cli.main`` with standard input and output as
bytes); the first case and the redact case also run it as a real process, for the command-line
contract (what reaches a pipe)."""

from __future__ import annotations

import codecs
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from jargonfree.cli import main

TEXT = "We will commence soon.\r\nThe AMHP will call.\r\n"
NEW = "We will start soon.\r\nThe approved mental health professional (AMHP) will call.\r\n"


def _run_process(args: list[str], stdin: bytes = b"") -> bytes:
    """``python -m jargonfree ARGS`` as a real process: what it writes to standard output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "jargonfree", *args], input=stdin, capture_output=True, env=env, check=False)
    assert b"Traceback" not in done.stderr
    return done.stdout


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.fixture
def run_in_process(monkeypatch, capsysbinary):
    """``jargonfree ARGS`` in this process (an exception fails the test as a traceback would):
    what it writes to standard output, as bytes."""

    def run(args: list[str], stdin: bytes = b"") -> bytes:
        monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
        main(args)
        out, err = capsysbinary.readouterr()
        assert b"Traceback" not in err
        return out

    return run


CASES = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-8")]


@pytest.mark.parametrize("bom, encoding", CASES)
def test_rewrite_to_stdout_keeps_the_bom_encoding_and_crlf(tmp_path: Path, bom: bytes, encoding: str, run_in_process):
    path = tmp_path / "post.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    want = bom + NEW.encode(encoding)
    assert run_in_process(["rewrite", str(path)]) == want
    assert run_in_process(["rewrite", "-"], path.read_bytes()) == want


def test_rewrite_to_a_real_pipe_keeps_the_bom_and_crlf(tmp_path: Path):
    """The first case above through a real process's standard input and output."""
    bom, encoding = CASES[0]
    path = tmp_path / "post.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    want = bom + NEW.encode(encoding)
    assert _run_process(["rewrite", str(path)]) == want
    assert _run_process(["rewrite", "-"], path.read_bytes()) == want


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_rewrite_in_place_keeps_the_bom_byte_order_and_crlf(tmp_path: Path, bom: bytes, encoding: str, run_in_process):
    path = tmp_path / "post.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    run_in_process(["rewrite", "--in-place", "--no-backup", str(path)])
    assert path.read_bytes() == bom + NEW.encode(encoding)  # (UTF-16 big-endian came back little-endian before)


@pytest.mark.parametrize("run", ["in process", "real process"])
def test_redact_to_stdout_keeps_the_bom(tmp_path: Path, run: str, run_in_process):
    path = tmp_path / "note.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Visited Mrs Jones, she was sectioned.\r\n".encode())
    out = (run_in_process if run == "in process" else _run_process)(["check", "--redact", str(path)])
    assert out == codecs.BOM_UTF8 + "Visited [name removed], she was sectioned.\r\n".encode()
