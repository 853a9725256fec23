"""One list of checks: kinds, priorities, labels and the names --only takes all come from it."""

from __future__ import annotations

import io
import json

import pytest

from jargonfree import checks, firstuse
from jargonfree.checks import KINDS
from jargonfree.arguments import build_parser
from jargonfree.cli import main
from jargonfree.readability import score
from jargonfree.render import Outcome, html, renderer
from jargonfree.report import Finding, Report
from jargonfree.settings import Settings


def test_every_registered_check_says_what_its_findings_are():
    for module in checks.REGISTERED:
        assert isinstance(module.KIND, str) and module.LABEL and module.HEADING
        assert isinstance(module.WHOLE_SENTENCE, bool)
        assert checks.CHECKS[module.KIND] is module.check
        assert module.Memory is None or issubclass(module.Memory, firstuse.Memory)


def test_the_registry_report_kinds_and_renderers_agree():
    assert KINDS == tuple(checks.CHECKS) == tuple(m.KIND for m in checks.REGISTERED)
    assert set(checks.LABELS) == set(checks.HEADINGS) == set(KINDS)
    assert html.KIND_ORDER == tuple(checks.CHECKS)
    assert checks.SPAN_KINDS == {"sentence"}


def _options(command: str) -> dict[str, object]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return {a.dest: a for a in sub.choices[command]._actions}


def test_every_registered_kind_reaches_the_cli_and_every_renderer():
    # Adding a check is adding one module: its kind is then named by --only's help, accepted
    # by the settings, labelled by the text output and headed by the HTML report.
    text = "word " * len(KINDS)
    findings = tuple(
        Finding(start=5 * i, end=5 * i + 4, text="word", kind=module.KIND, rule=f"{module.KIND}/x", message="m")
        for i, module in enumerate(checks.REGISTERED)
    )
    report = Report(text=text, findings=findings, readability=score(text), audience="public", max_reading_age=11.0)
    shown_text = renderer("text")([Outcome("post.txt", report=report)], False)
    shown_html = renderer("html")([Outcome("post.txt", report=report)], False)
    only_help = _options("check")["only"].help
    for module in checks.REGISTERED:
        Settings.for_audience(only=module.KIND)  # a known check: no error
        assert module.KIND in only_help
        assert f"  {module.LABEL}  word" in shown_text
        assert module.HEADING in shown_html


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
    from jargonfree.report import SEVERITY_ORDER
    from jargonfree.settings import AUDIENCES

    for command in ("check", "rewrite"):
        actions = _options(command)
        assert tuple(actions["audience"].choices) == tuple(AUDIENCES)
        if command == "check":
            assert set(actions["fail_level"].choices) == set(SEVERITY_ORDER)
