"""Golden-file CLI tests: each folder in tests/golden holds a command (cmd), its standard input
(in.txt), and the exact standard output, standard error and exit status expected.

After an intended change, regenerate with:  JARGONFREE_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
and read the diff before committing it.
"""

from __future__ import annotations

import io
import os
import shlex
import sys
from pathlib import Path

import pytest

from jargonfree.cli import main

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "cmd").is_file())
UPDATE = os.environ.get("JARGONFREE_UPDATE_GOLDEN") == "1"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden(case: Path, monkeypatch, capsys):
    args = shlex.split((case / "cmd").read_text(encoding="utf-8"))
    monkeypatch.setattr(sys, "stdin", _Stdin((case / "in.txt").read_bytes()))
    monkeypatch.chdir(case)
    code = main(args)
    out, err = capsys.readouterr()
    actual = {"out.txt": out, "err.txt": err, "exit": f"{code}\n"}
    for name, text in actual.items():
        path = case / name
        if UPDATE:
            path.write_text(text, encoding="utf-8")
        assert path.read_text(encoding="utf-8") == text, f"{case.name}/{name} differs"
