"""The pre-commit hook checks every kind of file `jargonfree check FOLDER` reads (it left out
.rst), and --jurisdiction takes a nation's name in capitals too ("Scotland"), as the config file
and the library do (newcomer22, session 22)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from jargonfree import cli
from jargonfree.inputs import TEXT_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent


def test_the_hook_checks_every_suffix_check_reads():
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pattern = re.compile(hook["files"])
    assert sorted(s for s in TEXT_SUFFIXES if not pattern.search("posts/a" + s)) == []
    assert not pattern.search("posts/a.py")


def test_jurisdiction_in_capitals_is_the_same_nation(capsys):
    assert cli.main(["explain", "section 136", "--jurisdiction", "Scotland"]) == 0
    assert "not in Scotland" in capsys.readouterr().out


def test_check_takes_a_nation_in_capitals(capsys, monkeypatch):
    import io
    import sys

    outputs = []
    for nation in ("Scotland", "scotland"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The AMHP will liaise with the MHO.\n")))
        cli.main(["check", "--format", "json", "--jurisdiction", nation, "-"])
        out, err = capsys.readouterr()
        assert err == ""
        outputs.append(out)
    assert outputs[0] == outputs[1]
