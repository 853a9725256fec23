"""A long text's findings are written as they are found, in text, JSON and GitHub formats,
with the same output as the whole-text path (issue 12: memory must not grow with findings)."""

from __future__ import annotations

import json
import re

import pytest

from jargonfree import cli, stream

# Repeated words that are flagged at every use (liaise, commence), first-use advice (AMHP),
# and lines of different lengths so that line and column numbers are tested across chunks.
PARAGRAPHS = [
    "We will liaise with the team and commence the plan.",
    "The AMHP will call.\r\nStaff will facilitate a meeting and liaise with you.",
    "Thank you for coming.",
    "We commence at nine.\nPlease liaise with reception.",
]


def _text(n: int = 60) -> str:
    return "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(n)) + "\n"


def _without_also_used(out: str) -> str:
    """Text output without the "Also used at 2:10, 3:5." lines (wrapped over several lines)."""
    return re.sub(r"\n +Also used at [\d:, \n]+\.", "", out)


def _run(capsys, args: list[str]) -> tuple[int, str]:
    code = cli.main(args)
    return code, capsys.readouterr().out


@pytest.fixture
def long_file(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(_text().encode("utf-8"))
    return path


def _streamed(monkeypatch) -> None:
    monkeypatch.setattr(stream, "STREAM_ABOVE", 100)
    monkeypatch.setattr(stream, "TARGET", 120)


def test_text_output_is_the_same_when_written_as_found(long_file, monkeypatch, capsys):
    code, whole = _run(capsys, ["check", str(long_file)])
    _streamed(monkeypatch)
    streamed_code, streamed = _run(capsys, ["check", str(long_file)])
    # The whole-text path lists every later use of AMHP; the stream only those in its chunk.
    assert _without_also_used(streamed) == _without_also_used(whole)
    assert streamed_code == code == 1
    assert streamed.count("liaise") == whole.count("liaise") > 40


def test_line_numbers_are_right_across_chunks(long_file, monkeypatch, capsys):
    text = long_file.read_bytes().decode("utf-8")
    _streamed(monkeypatch)
    _, out = _run(capsys, ["check", "--format", "json", str(long_file)])
    data = json.loads(out)
    lines = text.splitlines()  # \r\n, \r and \n each end a line, as LineIndex counts them
    assert len(data["findings"]) > 40
    for f in data["findings"]:
        line = lines[f["line"] - 1]
        assert line[f["column"] - 1 :].startswith(f["text"])


def test_json_output_is_the_same_when_written_as_found(long_file, monkeypatch, capsys):
    _, whole = _run(capsys, ["check", "--format", "json", str(long_file)])
    _streamed(monkeypatch)
    _, streamed = _run(capsys, ["check", "--format", "json", str(long_file)])
    whole_data, streamed_data = json.loads(whole), json.loads(streamed)
    for data in (whole_data, streamed_data):
        for f in data["findings"]:
            f["also_at"] = []
    assert streamed_data == whole_data
    assert streamed.count("\n") == 1  # one JSON object per input, one per line


def test_github_output_is_the_same_when_written_as_found(long_file, monkeypatch, capsys):
    _, whole = _run(capsys, ["check", "--format", "github", str(long_file)])
    _streamed(monkeypatch)
    _, streamed = _run(capsys, ["check", "--format", "github", str(long_file)])
    strip = lambda out: sorted(line.split(" Also used on line")[0] for line in out.splitlines())  # noqa: E731
    assert strip(streamed) == strip(whole)


def test_several_inputs_and_errors_keep_their_order(long_file, tmp_path, monkeypatch, capsys):
    short = tmp_path / "short.txt"
    short.write_text("Thank you for coming.\n", encoding="utf-8")
    _streamed(monkeypatch)
    code, out = _run(capsys, ["check", "--format", "json", str(short), str(long_file), str(tmp_path / "missing.txt")])
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths == [str(short), str(long_file), str(tmp_path / "missing.txt")]
    assert code == 2


def test_markdown_long_input_points_into_the_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "long.md"
    path.write_text("# Notes\n\n" + _text(20) + "\n```\nliaise()\n```\n", encoding="utf-8")
    _streamed(monkeypatch)
    _, out = _run(capsys, ["check", "--format", "json", str(path)])
    text = path.read_bytes().decode("utf-8")
    data = json.loads(out)
    assert data["findings"]
    for f in data["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]
    assert "liaise()" not in [f["text"] for f in data["findings"]]


def test_a_long_markdown_input_is_prepared_as_a_short_one(tmp_path, monkeypatch, capsys):
    # The same steps before checking (plan, prose of the Markdown, ignore comments) whether
    # the text is checked whole or paragraph by paragraph: batch.prepare does them for both.
    path = tmp_path / "notes.md"
    path.write_text("<!-- jargonfree: ignore commence -->\n# Notes\n\n" + _text(20), encoding="utf-8")
    _, whole = _run(capsys, ["check", "--format", "json", str(path)])
    _streamed(monkeypatch)
    _, streamed = _run(capsys, ["check", "--format", "json", str(path)])
    found = [(f["start"], f["rule"]) for f in json.loads(streamed)["findings"]]
    assert found == [(f["start"], f["rule"]) for f in json.loads(whole)["findings"]]
    assert not [rule for _, rule in found if "commence" in rule]
    assert [rule for _, rule in found if "liaise" in rule]


def test_prepare_finds_the_prose_and_the_allowed_terms():
    from jargonfree.batch import Job, Options, prepare
    from jargonfree.inputs import Source

    markdown = prepare(Source("post.md", "<!-- jargonfree: ignore AMHP -->\n**The AMHP** will `call`."), Job(Options(use_config=False)))
    assert markdown.prose is not None and "**" not in markdown.text and "call" not in markdown.text
    assert markdown.allowed == ("AMHP",)
    plain = prepare(Source("post.txt", "**The AMHP** will call."), Job(Options(use_config=False)))
    assert plain.prose is None and plain.text == "**The AMHP** will call." and plain.allowed == ()
