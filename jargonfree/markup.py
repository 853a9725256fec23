"""The prose of a Markdown or HTML file, and the way back to the file's own offsets.

A reader of a web page or a rendered Markdown file sees its prose, not its tags, code,
link addresses or YAML front matter. :func:`extract` parses the file with a real parser
(markdown-it-py for Markdown, the standard library's ``html.parser`` for HTML) and returns a
:class:`Prose`: the text a reader sees, with a blank line between blocks (headings,
paragraphs, list items, table cells) so that each block ends its sentence, and a map from
every offset in that text back to the offset in the original file. Checks run on the prose;
their findings are mapped back, so line and column numbers point into the file as written.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from .report import Finding, Report

KINDS = ("text", "markdown", "html")

_BLOCK_BREAK = "\n\n"


@dataclass(frozen=True)
class Prose:
    """The prose of a marked-up text: ``text``, and where each piece of it came from.

    The prose is made of pieces. Piece ``i`` starts at ``starts[i]`` in the prose and stands
    for ``original[origins[i] : origins[i] + lengths[i]]``. A copied piece has the same
    length in both; an inserted one (a block break, a character written as ``&amp;``) may not,
    and all of it maps to the whole of what it stands for.
    """

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    lengths: tuple[int, ...]
    copied: tuple[bool, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span that the prose span ``[start, end)`` comes from."""
        if not self.starts:
            return 0, 0
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = max(bisect_right(self.starts, max(end - 1, start)) - 1, 0)
        if self.copied[first]:
            begin = self.origins[first] + (start - self.starts[first])
        else:
            begin = self.origins[first]
        if self.copied[last]:
            finish = self.origins[last] + (max(end - 1, start) - self.starts[last]) + (1 if end > start else 0)
        else:
            finish = self.origins[last] + self.lengths[last]
        return begin, max(begin, finish)


def in_original(report: Report, prose: Prose, original: str) -> Report:
    """``report`` (a check of ``prose.text``) with its findings moved to ``original``'s offsets."""
    findings = tuple(finding_in_original(f, prose, original) for f in report.findings)
    return replace(report, text=original, findings=findings)


def finding_in_original(finding: Finding, prose: Prose, original: str) -> Finding:
    """``finding`` (in ``prose.text``) moved to ``original``'s offsets."""
    start, end = prose.span(finding.start, finding.end)
    also_at = tuple(prose.span(a, b) for a, b in finding.also_at)
    return replace(finding, start=start, end=end, text=original[start:end], also_at=also_at)


class _Builder:
    """Collects the pieces of a :class:`Prose` in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.origins: list[int] = []
        self.lengths: list[int] = []
        self.copied: list[bool] = []
        self.size = 0

    def copy(self, original: str, start: int, end: int) -> None:
        if end > start:
            self._add(original[start:end], start, end - start, True)

    def insert(self, text: str, origin: int, length: int) -> None:
        if text:
            self._add(text, origin, length, False)

    def block_break(self, origin: int) -> None:
        """End the block: a blank line, unless the prose already ends with one (or is empty)."""
        if self.size and not self.parts[-1].endswith(_BLOCK_BREAK):
            self.insert(_BLOCK_BREAK, origin, 0)

    def _add(self, text: str, origin: int, length: int, copied: bool) -> None:
        self.parts.append(text)
        self.starts.append(self.size)
        self.origins.append(origin)
        self.lengths.append(length)
        self.copied.append(copied)
        self.size += len(text)

    def build(self) -> Prose:
        return Prose("".join(self.parts), tuple(self.starts), tuple(self.origins), tuple(self.lengths), tuple(self.copied))


def extract(text: str, kind: str) -> Prose:
    """The prose of ``text``, read as ``kind`` ("markdown" or "html"; "text" is the text itself)."""
    if kind == "markdown":
        return _markdown(text)
    if kind == "html":
        return _html(text)
    if kind == "text":
        builder = _Builder()
        builder.copy(text, 0, len(text))
        return builder.build()
    raise ValueError(f"unknown kind of input {kind!r}: use one of {', '.join(KINDS)}")


# -- Markdown ------------------------------------------------------------------------------

_FRONT_MATTER = lazy_pattern(r"\A(?:---|\+\+\+)[ \t]*\r?\n.*?^(?:---|\+\+\+|\.\.\.)[ \t]*$", re.S | re.M)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at != -1:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return starts


def _markdown(text: str) -> Prose:
    from markdown_it import MarkdownIt

    # YAML or TOML front matter is data, not prose: its lines are blanked (kept as line
    # breaks) so the parser's line numbers still match the file.
    front = _FRONT_MATTER.match(text)
    source = text
    if front:
        blanked = re.sub(r"[^\r\n]", " ", front.group())
        source = blanked + text[front.end() :]
    parser = MarkdownIt("commonmark").enable("table")
    lines = _line_starts(text)
    builder = _Builder()
    cursor, last_map = 0, None
    for token in parser.parse(source):
        if token.type != "inline" or token.map is None:
            continue
        begin = lines[token.map[0]]
        end = lines[token.map[1]] if token.map[1] < len(lines) else len(text)
        if token.map == last_map:
            begin = cursor  # the next cell of the same table row
        cursor, last_map = _inline(text, begin, end, token.children or [], builder), token.map
        builder.block_break(cursor)
    return builder.build()


def _inline(text: str, begin: int, end: int, children: list, builder: _Builder) -> int:
    """Copy the text pieces of one block, found in order in ``text[begin:end]``.

    Emphasis marks, code spans, link addresses, images and inline HTML are left out. A
    piece that the parser changed (an escaped ``\\*``, an entity ``&amp;``) is found word by word."""
    cursor = begin
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            at = text.find("\n", cursor, end)
            if at != -1:
                builder.copy(text, at, at + 1)
                cursor = at + 1
            continue
        if child.type != "text" or not child.content:
            continue
        at = text.find(child.content, cursor, end)
        if at != -1:
            builder.copy(text, at, at + len(child.content))
            cursor = at + len(child.content)
            continue
        for word in re.finditer(r"\S+|\s+", child.content):
            piece = word.group()
            at = text.find(piece, cursor, end)
            if at != -1:
                builder.copy(text, at, at + len(piece))
                cursor = at + len(piece)
            elif piece.isspace():
                builder.insert(" ", cursor, 0)
            else:
                # Written differently in the file (``&amp;`` for "&", ``\*`` for "*"):
                # the piece stands for the next stretch of the file without white space.
                run = re.compile(r"\S+").search(text, cursor, end)
                if run is None:
                    continue
                builder.insert(piece, run.start(), run.end() - run.start())
                cursor = run.end()
    return cursor


# -- HTML ----------------------------------------------------------------------------------

# Elements whose content is not prose a reader sees on the page.
_SKIP = frozenset({"script", "style", "template", "noscript", "code", "pre", "svg", "math", "head", "textarea", "select"})
# Elements that start or end a block: the text on either side is not one sentence.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "option", "p", "section", "summary", "table", "td",
        "th", "title", "tr", "ul", "body", "html", "button", "label", "legend",
    }
)
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class _ProseParser(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.lines = _line_starts(text)
        self.builder = _Builder()
        self.skipping: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.builder.block_break(self._offset())
        if tag in _SKIP and tag not in _VOID:
            self.skipping.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.builder.block_break(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.builder.block_break(self._offset())
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if data.isspace() and (not self.builder.size or self.builder.parts[-1].endswith("\n")):
            return  # white space between tags: the block break already stands for it
        start = self._offset()
        if self.text.startswith(data, start):
            self.builder.copy(self.text, start, start + len(data))

    def _character(self, written: str, character: str) -> None:
        if self.skipping:
            return
        start = self._offset()
        if self.text.startswith(written, start):
            self.builder.insert(character, start, len(written))

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A marked section such as ``<![CDATA[...]]>``; one with a keyword the standard
        library does not know ("<![a<") raises AssertionError there (CPython issue 81928),
        so it is taken as text instead: -1 makes the parser hand it to handle_data."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            return -1

    def handle_entityref(self, name: str) -> None:
        written = f"&{name};" if self.text.startswith(f"&{name};", self._offset()) else f"&{name}"
        self._character(written, html.unescape(written))

    def handle_charref(self, name: str) -> None:
        written = f"&#{name};" if self.text.startswith(f"&#{name};", self._offset()) else f"&#{name}"
        self._character(written, html.unescape(written))


def _html(text: str) -> Prose:
    parser = _ProseParser(text)
    parser.feed(text)
    parser.close()
    return parser.builder.build()
