"""`check --format html`: one self-contained page, the text escaped, every finding marked in
place and linked to its explanation, privacy first, nothing fetched."""

from __future__ import annotations

import io
import re
import sys
from html.parser import HTMLParser

import pytest

from jargonfree import check
from jargonfree.cli import main
from jargonfree.render import Outcome, renderer
from jargonfree.render.html import STYLE, segments

POST = "The AMHP will liaise with the NR before the s.136 assessment commences.\n"
PLAIN = "Thank you to everyone who came to our coffee morning. We had lots of cake!\n"
NHS = "The AMHP will call. Her NHS number is 943 476 5919.\n"


class Page(HTMLParser):
    """The parts of a page the tests look at."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marks: list[str] = []  # the text inside each <mark>
        self._in_mark = 0
        self._in_style = False
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            return
        self.text.append(data)
        if self._in_mark:
            self.marks[-1] += data

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    @property
    def ids(self) -> list[str]:
        return [a["id"] for _, a in self.tags if a.get("id")]


def html_of(*texts: str) -> str:
    return renderer("html")([Outcome(f"post{i}.txt", report=check(t)) for i, t in enumerate(texts)], False)


@pytest.fixture
def cli(monkeypatch, capsys):
    def run(args, stdin=b""):
        monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": io.BytesIO(stdin)})())
        code = main(args)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_check_format_html_prints_one_page_with_every_finding_marked(cli):
    code, out, err = cli(["check", "--format", "html", "-"], POST.encode())
    assert code == 1 and err == ""
    assert out.startswith("<!DOCTYPE html>") and out.count("<html") == 1
    page = Page(out)
    report = check(POST)
    assert page.marks == [f.text for f in report.findings] == ["AMHP", "liaise", "NR", "s.136", "commences"]
    # Each highlight is a link to an item of the list that explains it.
    links = [a["href"] for a in page.all("a")]
    items = [a["id"] for a in page.all("li")]
    assert len(items) == len(report.findings)
    assert {h.lstrip("#") for h in links} == set(items)
    text = "".join(page.text)
    assert "approved mental health professional (AMHP)" in text  # the plain words
    assert "A formal word for start or begin." in text  # the explanation
    assert "Reading age 9.5" in text and "Not yet plain enough" in text


def test_a_plain_post_has_no_highlight_and_passes(cli):
    code, out, _ = cli(["check", "--format", "html", "-"], PLAIN.encode())
    assert code == 0
    page = Page(out)
    assert page.marks == [] and page.all("li") == []
    text = "".join(page.text)
    assert "Passed: 0 things to fix." in text and "No jargon or other problems found." in text
    assert "Private information" not in text


def test_the_text_is_escaped_and_shown_exactly():
    post = 'Hello <script>alert("x")</script> & <img src=x onerror=alert(1)> the AMHP "will" call.\n'
    out = html_of(post)
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    page = Page(out)
    # The whole text is in the marked copy, character for character.
    post_div = out.split('<div class="post">', 1)[1].split("</div>", 1)[0]
    shown = re.sub(r'<span class="n"[^>]*>\d+</span>', "", post_div)
    assert "".join(Page(shown).text) == post
    assert "AMHP" in page.marks


def test_nothing_is_fetched_the_page_is_self_contained():
    out = html_of(POST, NHS)
    page = Page(out)
    for tag, attrs in page.tags:
        assert "src" not in attrs, tag
        assert tag not in ("script", "link", "img", "iframe", "object")
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    assert "url(" not in out and "@import" not in out
    assert "default-src 'none'" in out  # a CSP that forbids any load, should one slip in


def test_privacy_findings_come_first_in_an_alert_and_in_the_list():
    out = html_of(NHS)
    page = Page(out)
    kinds = [f.kind for f in check(NHS).findings]
    assert kinds[0] == "jargon" and "privacy" in kinds  # in text order, the NHS number is not first
    alert_at = out.index('role="alert"')
    assert alert_at < out.index('<div class="post">')  # before the text itself
    first_item = out.split('<ol class="findings">', 1)[1]
    assert first_item.startswith('<li id="') and "Private information" in first_item.split("</li>", 1)[0]
    assert "943 476 5919" in page.marks
    # A post without private information has no alert.
    assert 'role="alert"' not in html_of(POST)


def test_several_inputs_and_an_unreadable_one(cli, tmp_path):
    (tmp_path / "a.txt").write_text(POST, encoding="utf-8")
    code, out, err = cli(["check", "--format", "html", str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")])
    assert code == 2 and "missing.txt" in err
    page = Page(out)
    headings = [t for t in page.text if "a.txt" in t or "missing.txt" in t]
    assert len(headings) >= 2
    assert "Could not check this" in "".join(page.text)
    # Ids stay unique across inputs.
    assert len(page.ids) == len(set(page.ids))


def test_segments_split_overlapping_findings_without_nesting():
    report = check("The AMHP will liaise. " + "This sentence goes on and on with many words " * 3 + "and ends.")
    pieces = segments(report.text, report.findings)
    assert "".join(report.text[s:e] for s, e, _ in pieces) == report.text
    for start, end, covering in pieces:
        for i, f in enumerate(report.findings):
            assert (i in covering) == (f.start <= start and end <= f.end)
    assert segments("no findings", []) == [(0, 11, ())]


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_text_contrast_meets_wcag_aa_on_every_highlight():
    ink = re.search(r"--ink: (#[0-9a-f]{6})", STYLE).group(1)
    backgrounds = re.findall(r"background: (#[0-9a-f]{6})", STYLE)
    assert len(backgrounds) >= 6
    for bg in backgrounds:
        if bg in ("#2b6b2b", "#a00000", "#1b1b1b"):  # gauge fills and marks: no text on them
            assert contrast(bg, "#eeeeee") >= 3  # non-text contrast (WCAG 1.4.11)
            continue
        assert contrast(ink, bg) >= 4.5, bg
    assert contrast("#0b4ea2", "#ffffff") >= 4.5  # links
    assert contrast(re.search(r"--muted: (#[0-9a-f]{6})", STYLE).group(1), "#ffffff") >= 4.5


def test_the_page_is_labelled_for_assistive_technology():
    page = Page(html_of(POST))
    assert page.all("html")[0]["lang"] == "en-GB"
    assert any(m.get("name") == "viewport" for m in page.all("meta"))
    gauge = [d for d in page.all("div") if d.get("role") == "img"]
    assert gauge and "Reading age 9.5" in gauge[0]["aria-label"]
    # Kinds are written in words (badges), not shown by colour alone.
    assert "Jargon" in "".join(Page(html_of(POST)).text)
