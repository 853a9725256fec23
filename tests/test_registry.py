"""One list of checks: kinds, priorities, labels and the names --only takes all come from it."""

from __future__ import annotations

import io
import json

import pytest

from jargonfree import checks
from jargonfree.cli import main
from jargonfree.render import html
from jargonfree.report import KINDS
from jargonfree.settings import Settings


def test_every_registered_check_says_what_its_findings_are():
    for module in checks.REGISTERED:
        assert isinstance(module.KIND, str) and module.LABEL and module.HEADING
        assert isinstance(module.WHOLE_SENTENCE, bool)
        assert checks.CHECKS[module.KIND] is module.check


def test_the_registry_report_kinds_and_renderers_agree():
    assert set(checks.CHECKS) == set(KINDS)
    assert set(checks.LABELS) == set(checks.HEADINGS) == set(KINDS)
    assert html.KIND_ORDER == tuple(checks.CHECKS)
    assert checks.SPAN_KINDS == {"sentence"}


@pytest.mark.parametrize("kind", KINDS)
def test_only_takes_every_kind(kind, capsys, monkeypatch):
    assert Settings(only=frozenset({kind})).enabled(kind)
    text = "The AMHP will liaise with 0161 496 0000 about the quixotic plan. " * 3
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code = main(["check", "-", "--only", kind, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    assert {f["kind"] for f in report["findings"]} <= {kind}


def test_an_unknown_kind_is_a_usage_error(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Hello.")))
    assert main(["check", "-", "--only", "spelling"]) == 2
    assert "spelling" in capsys.readouterr().err


def test_cli_choices_are_the_settings_choices():
    # The CLI lists some choices itself, so that start-up need not import the settings and
    # the glossary package; this keeps the lists from drifting apart.
    from jargonfree.cli import build_parser
    from jargonfree.report import SEVERITY_ORDER
    from jargonfree.settings import AUDIENCES

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for command in ("check", "rewrite"):
        actions = {a.dest: a for a in sub.choices[command]._actions}
        assert tuple(actions["audience"].choices) == tuple(AUDIENCES)
        if command == "check":
            assert set(actions["fail_level"].choices) == set(SEVERITY_ORDER)
