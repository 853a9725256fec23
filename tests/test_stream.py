"""Checking long texts chunk by chunk (jargonfree.stream) gives what check() gives for the whole text."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jargonfree import check
from jargonfree.progress import ProgressBar
from jargonfree.stream import LIMIT, check_long, chunk_spans, iter_findings
from jargonfree.checker import resolve_settings

GLOSSARY = """
category: t
entries:
  - term: approved mental health professional
    plain: trained mental health worker
    source: test
  - term: AMHP
    plain: approved mental health professional
    rewrite: expand
    source: test
  - term: liaise
    plain: work with
    pos: verb
    source: test
  - term: nearest relative
    plain: family member with rights
    source: test
  - term: section 136
    plain: a police power to take someone to a safe place
    rewrite: explain
    source: test
  - term: commence
    plain: start
    pos: verb
    source: test
"""

PARAGRAPHS = [
    # 1: defines AMHP, explains section 136 in brackets, first uses of QZXW and an uncommon word.
    "An Approved Mental Health Professional (AMHP) will visit. The police used section 136 "
    "(when the police take someone to a safe place) last night. The QZXW team will call. "
    "We discussed pathophysiology.",
    # 2: a long sentence and a passive verb.
    "Your nearest relative was told by the ward and we will liaise with them and with your GP and with "
    "the housing team and with the carers' group and with everyone else who needs to know about it today.",
    # 3: an NHS number (privacy), a URL and a hashtag (protected).
    "Please never post 943 476 5919 online. See https://www.nhs.uk/mental-health/ #TimeToTalk",
    # 4: a paragraph with no full stop at the end (a heading).
    "What happens next",
    # 5: uses that were explained or flagged in paragraph 1, and new ones.
    "The AMHP will liaise with you. Section 136 is used rarely. The QZXW team and the QZXW leaflet. "
    "Pathophysiology again, and commence the plan. We will commence soon.",
    # 6: a capitalised rare word at the start of a sentence (a name?), then lower case later.
    "Xylocarpous fruits. Some plants are xylocarpous.",
    # 7: QWERTYS defined after its first use.
    "The QWERTY rota changes. Quick Wide Emergency Response Team Yearly (QWERTY) staff help.",
]


@pytest.fixture
def glossary(make_glossary):
    return make_glossary(GLOSSARY)


def _same(text: str, glossary, limit: int = 400) -> None:
    whole = check(text, glossaries=glossary)
    for target in (1, 40, 200, 10_000):
        streamed = check_long(text, glossaries=glossary, target=target, limit=max(target, limit))
        assert streamed.findings == whole.findings, target
        assert streamed.readability == whole.readability, target
        assert streamed.text == text
    for f in whole.findings:
        assert text[f.start : f.end] == f.text


def test_multi_paragraph_text_same_as_check(glossary):
    text = "\n\n".join(PARAGRAPHS) + "\n"
    _same(text, glossary)


def test_explained_and_first_use_state_carries_across_paragraphs(glossary):
    text = "\n\n".join(PARAGRAPHS)
    # Every paragraph in its own chunk.
    assert len(list(chunk_spans(text, target=1, limit=400))) == len(PARAGRAPHS)
    report = check_long(text, glossaries=glossary, target=1, limit=400)
    para5 = text.index("The AMHP will liaise")
    later = [f for f in report.findings if f.start >= para5]
    texts = [f.text for f in later]
    assert "AMHP" not in texts  # defined in paragraph 1
    assert not any(f.rule.endswith("section-136") for f in later)  # explained in paragraph 1
    assert "QZXW" not in texts  # flagged once, in paragraph 1
    assert "Pathophysiology" not in texts  # uncommon word reported once
    assert "liaise" in texts and "commence" in texts  # not explained: flagged at each use
    assert [f.text for f in report.findings if f.kind == "abbreviation"].count("QZXW") == 1


def test_crlf_text_same_as_check(glossary):
    text = "\r\n\r\n".join(p for p in PARAGRAPHS if p != "What happens next").replace("\n", "\r\n") + "\r\n"
    _same(text, glossary)


def test_blank_lines_with_spaces_and_many_newlines(glossary):
    text = "  \n" + " \n \t\n".join(PARAGRAPHS) + "\n\n\n\n  "
    _same(text, glossary)


def test_offsets_point_into_the_whole_text(glossary):
    text = "\n\n".join(PARAGRAPHS * 3)
    settings = resolve_settings("public", "england-wales", {})
    found = list(iter_findings(text, glossary, settings, target=100))
    assert found
    for f in found:
        assert text[f.start : f.end] == f.text
    assert [f.start for f in found] == sorted(f.start for f in found)


def test_empty_and_tiny_texts(glossary):
    for text in ("", " ", "\n\n", "AMHP"):
        assert check_long(text, glossaries=glossary).findings == check(text, glossaries=glossary).findings
        assert check_long(text, glossaries=glossary).readability == check(text, glossaries=glossary).readability


def test_huge_paragraph_is_cut_at_sentence_ends(glossary):
    sentence = "The AMHP will liaise with the nearest relative today. "
    text = sentence * 2000  # about 110 kB, no blank line
    spans = list(chunk_spans(text, target=1000, limit=5000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(end - start <= 5000 for start, end in spans)
    # Cuts fall between sentences.
    assert all(text[end - 1] == " " and text[end - 2] == "." for _, end in spans[:-1])
    whole = check(text, glossaries=glossary)
    streamed = check_long(text, glossaries=glossary, target=1000, limit=5000)
    assert streamed.findings == whole.findings
    assert streamed.readability == whole.readability


def test_huge_paragraph_without_sentence_ends_is_still_bounded():
    lines = "\n".join("a line with no full stop" for _ in range(5000))
    spans = list(chunk_spans(lines, target=100, limit=1000))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(lines[end - 1] == "\n" for _, end in spans[:-1])
    words = " ".join("word" for _ in range(5000))
    spans = list(chunk_spans(words, target=100, limit=1000))
    assert all(end - start <= 1000 for start, end in spans)
    assert all(words[end - 1] == " " for _, end in spans[:-1])
    solid = "x" * 10_000
    spans = list(chunk_spans(solid, target=100, limit=1000))
    assert spans == [(i, i + 1000) for i in range(0, 10_000, 1000)]


def test_fenced_code_is_not_cut(glossary):
    code = "```\n" + "\n\n".join(f"line {i} AMHP" for i in range(50)) + "\n```"
    text = "Before the code.\n\n" + code + "\n\nAfter the code, the AMHP.\n"
    spans = list(chunk_spans(text, target=20, limit=10_000))
    fence_start, fence_end = text.index("```"), text.rindex("```") + 3
    assert not any(fence_start < end < fence_end for _, end in spans)
    _same(text, glossary, limit=10_000)


def test_default_limit_bounds_chunks():
    text = ("word " * 50 + "\n\n") * 2000
    assert all(end - start <= LIMIT for start, end in chunk_spans(text))


_SENTENCES = [p for para in PARAGRAPHS for p in re.split(r"(?<=[.!?])\s+", para) if p]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4), min_size=1, max_size=8),
    st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\n\n"]),
    st.integers(min_value=1, max_value=400),
)
def test_random_paragraphs_same_as_check(glossary, paragraphs, separator, target):
    text = separator.join(" ".join(p) for p in paragraphs)
    whole = check(text, glossaries=glossary)
    streamed = check_long(text, glossaries=glossary, target=target, limit=max(target, 400))
    assert streamed.findings == whole.findings
    assert streamed.readability == whole.readability


def test_progress_is_reported(glossary):
    calls: list[tuple[int, int]] = []
    text = "\n\n".join(PARAGRAPHS * 5)
    check_long(text, glossaries=glossary, target=100, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) > 3
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (len(text), len(text))


def test_progress_bar_draws_only_after_the_delay_and_wipes_itself():
    import io

    now = [0.0]
    out = io.StringIO()
    bar = ProgressBar(out, "big.txt", clock=lambda: now[0])
    bar(10, 100)
    assert out.getvalue() == ""  # quick runs never show it
    now[0] = 1.0
    bar(50_000, 100_000)
    assert "big.txt" in out.getvalue() and "50%" in out.getvalue() and "\r" in out.getvalue()
    bar.close()
    assert out.getvalue().endswith("\r")
    assert ProgressBar.for_terminal(io.StringIO()) is None  # not a terminal


def test_cli_streams_long_input_with_the_same_output(tmp_path, monkeypatch, capsys):
    from jargonfree import cli, stream

    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(PARAGRAPHS * 4), encoding="utf-8")
    cli.main(["check", str(path), "--format", "json"])
    whole = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(stream, "STREAM_ABOVE", 10)
    monkeypatch.setattr(stream, "TARGET", 50)
    cli.main(["check", str(path), "--format", "json"])
    streamed = json.loads(capsys.readouterr().out)
    # Written as they are found, findings list only the later uses in their own chunk.
    for f in whole["findings"]:
        f["also_at"] = []
    for f in streamed["findings"]:
        f["also_at"] = []
    assert streamed == whole


def test_first_use_advice_lists_later_uses_across_chunks(glossary):
    text = "The AMHP will call.\n\nThen the AMHP will visit.\n\nThe AMHP is kind.\n"
    whole = check(text, glossaries=glossary)
    streamed = check_long(text, glossaries=glossary, target=1, limit=400)
    (amhp,) = [f for f in whole.findings if f.text == "AMHP"]
    assert [text[a:b] for a, b in amhp.also_at] == ["AMHP", "AMHP"]
    assert streamed.findings == whole.findings
    # Handed on one by one, a finding cannot wait for the later chunks: they are not listed,
    # and not reported again either.
    one_by_one = [f for f in iter_findings(text, glossary, resolve_settings("public", "england-wales", {}), target=1, limit=400) if f.text == "AMHP"]
    assert len(one_by_one) == 1 and one_by_one[0].also_at == ()


def test_stream_names_no_check_each_check_declares_its_memory():
    # What a check remembers across chunks lives in the check's module (its Memory), so
    # stream.py and firstuse.py know no kind of finding by name.
    from pathlib import Path

    import jargonfree
    from jargonfree import checks

    package = Path(jargonfree.__file__).parent
    for name in ("stream.py", "firstuse.py"):
        source = (package / name).read_text(encoding="utf-8")
        for kind in checks.KINDS:
            assert f'"{kind}"' not in source, (name, kind)
    assert {m.KIND for m in checks.REGISTERED if m.Memory is not None} == {"jargon", "abbreviation", "uncommon"}
