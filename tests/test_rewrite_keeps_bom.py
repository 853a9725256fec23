"""`jargonfree rewrite` (and `check --redact`) to standard output keeps a leading byte-order mark
and the line endings of the input, as --in-place always did: user text is never changed except
where a suggestion changes it. Before, the BOM was dropped on standard output."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

TEXT = "We will commence soon.\r\nThe AMHP will call.\r\n"
NEW = "We will start soon.\r\nThe approved mental health professional (AMHP) will call.\r\n"


def _run(args: list[str], stdin: bytes = b"") -> bytes:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "jargonfree", *args], input=stdin, capture_output=True, env=env, check=False)
    assert b"Traceback" not in done.stderr
    return done.stdout


@pytest.mark.parametrize(
    "bom, encoding",
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-8")],
)
def test_rewrite_to_stdout_keeps_the_bom_encoding_and_crlf(tmp_path: Path, bom: bytes, encoding: str):
    path = tmp_path / "post.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    want = bom + NEW.encode(encoding)
    assert _run(["rewrite", str(path)]) == want
    assert _run(["rewrite", "-"], path.read_bytes()) == want


@pytest.mark.parametrize("bom, encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_rewrite_in_place_keeps_the_bom_byte_order_and_crlf(tmp_path: Path, bom: bytes, encoding: str):
    path = tmp_path / "post.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    _run(["rewrite", "--in-place", "--no-backup", str(path)])
    assert path.read_bytes() == bom + NEW.encode(encoding)  # (UTF-16 big-endian came back little-endian before)


def test_redact_to_stdout_keeps_the_bom(tmp_path: Path):
    path = tmp_path / "note.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Visited Mrs Jones, she was sectioned.\r\n".encode())
    assert _run(["check", "--redact", str(path)]) == codecs.BOM_UTF8 + "Visited [name removed], she was sectioned.\r\n".encode()
