"""Check long texts paragraph by paragraph, in bounded memory.

:func:`jargonfree.check` builds one :class:`~jargonfree.document.Document` for the whole
text: a folded copy, an offset map with one integer per character, word and sentence
spans. For a text of many megabytes that is hundreds of megabytes. Here the text is cut
into chunks of whole paragraphs (cut after a blank line, about :data:`TARGET` characters
each) and each chunk is checked on its own, so only one chunk's structures exist at a time.

The findings are the same as :func:`~jargonfree.check` gives for the whole text, with
offsets into the whole text:

* what "first use" rules remember is carried from chunk to chunk: a glossary term or an
  abbreviation explained in paragraph 1 is not flagged in paragraph 5, an unexplained
  abbreviation and an uncommon word are flagged once in the whole text, and so is a glossary
  term whose advice is about its first use ("Spell out AMHP the first time you use it");
  its later uses are the finding's ``also_at`` (:func:`check_long` lists them all;
  :func:`iter_findings`, which hands each finding on at once, lists only those in the same
  chunk);
* readability is counted incrementally (:class:`jargonfree.counting.Tally`) and equals
  the whole text's scores.

Known differences, all at a cut between chunks: a context rule (``not_before`` /
``not_after``) does not look across a blank line into the next or previous chunk; a
paragraph longer than :data:`LIMIT` characters is cut at a sentence end (or, failing
that, a line end or a space), so a sentence or a fenced code block longer than that is
checked in pieces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator

from . import readability, textkind
from .counting import Tally
from .checker import GlossaryArg, checks_run, raw_findings, remove_overlaps, resolve_glossary, resolve_settings
from .document import Document
from .checks import REGISTERED
from .firstuse import Memory
from .nations import DEFAULT_JURISDICTION
from .sentences import find_sentences
from .report import Finding, LineIndex, Report
from .settings import Settings
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = ["LIMIT", "STREAM_ABOVE", "TARGET", "LongCheck", "check_long", "chunk_spans", "iter_findings"]

# How much of a long text is looked at to tell whether it is prose.
_PROSE_SAMPLE = 200_000

#: The command line checks texts longer than this (in characters) chunk by chunk.
STREAM_ABOVE = 1_000_000

#: Whole paragraphs are put together into chunks of about this many characters.
TARGET = 16 * 1024
#: A paragraph longer than this is cut inside (at a sentence end if there is one).
LIMIT = 64 * 1024

# A blank line (spaces, tabs and CR allowed on it) and all the white space after it.
_BLANK_LINE = lazy_pattern(r"\n[ \t\r]*\n\s*")
# The same fenced code pattern as jargonfree.document: never cut inside one that fits in a chunk.
_FENCE = lazy_pattern(r"```.*?(?:```|\Z)", re.S)
_WHITE_SPACE_RUN = lazy_pattern(r"\s+")

Progress = Callable[[int, int], None]


def chunk_spans(text: str, target: int = TARGET, limit: int = LIMIT) -> Iterator[tuple[int, int]]:
    """``(start, end)`` spans that cover ``text`` in order, each at most ``max(target, limit)`` long.

    A chunk ends after a blank line (and the white space that follows it): the first one
    once the chunk is ``target`` characters long, else the last one before that, so
    paragraphs are never split. Only a paragraph longer than ``limit`` is cut inside:
    after the last sentence that ends within the limit, or else after the last line end,
    or else after the last white space, or else at the limit. Every cut is next to white
    space except that last resort. A fenced code block (```) is not cut unless it is
    longer than the limit.
    """
    if target < 1 or limit < 1:
        raise ValueError("target and limit must be positive")
    limit = max(limit, target)
    n = len(text)
    fences = _Fences(text)
    start = 0
    while start < n:
        if n - start <= target:
            yield start, n
            return
        cut = None
        for m in _BLANK_LINE.finditer(text, start + target, start + limit + 1):
            if not fences.inside(m.end(), start):
                cut = m.end()
                break
        if cut is None and n - start <= limit:
            yield start, n
            return
        if cut is None:
            for m in _BLANK_LINE.finditer(text, start, start + target):
                if m.end() < n and not fences.inside(m.end(), start):
                    cut = m.end()
        if cut is None:
            cut = _cut_inside(text, start, start + limit)
        yield start, cut
        start = cut


class _Fences:
    """Fenced code blocks of the whole text, found lazily as the chunks move on."""

    def __init__(self, text: str) -> None:
        self._iter = _FENCE.finditer(text)
        self._ahead: list[re.Match[str]] = []  # found, ending after the current chunk start
        self._done = False

    def inside(self, offset: int, floor: int) -> bool:
        """True if a cut at ``offset`` would be inside a fenced code block; ``floor`` (the
        start of the current chunk, never decreasing) lets blocks that end before it go."""
        self._ahead = [m for m in self._ahead if m.end() > floor]
        while not self._done and (not self._ahead or self._ahead[-1].start() < offset):
            m = next(self._iter, None)
            if m is None:
                self._done = True
            elif m.end() > floor:
                self._ahead.append(m)
        return any(m.start() < offset < m.end() for m in self._ahead)


def _cut_inside(text: str, start: int, stop: int) -> int:
    """Where to cut a paragraph longer than the limit: after a sentence, a line or a space."""
    window = text[start:stop]
    sentences = find_sentences(window)
    # The last sentence in the window may go on after it: cut before it.
    if len(sentences) > 1:
        return start + sentences[-1][0]
    line_end = window.rfind("\n")
    if line_end > 0:
        return start + line_end + 1
    last = None
    for m in _WHITE_SPACE_RUN.finditer(window):
        if m.end() < len(window):
            last = m
    if last is not None and last.end() > 0:
        return start + last.end()
    return stop


class LongCheck:
    """Checks a long text chunk by chunk, carrying what "first use" rules remember.

    Call :meth:`feed` with consecutive chunks (see :func:`chunk_spans`) and their offsets,
    then :meth:`readability` for the whole text's scores.
    """

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        self.glossary = glossary
        self.settings = settings
        self.tally = Tally()
        #: What each enabled check remembers from the chunks fed so far, by kind (the checks
        #: that declare a ``Memory``: see :mod:`jargonfree.firstuse`).
        self.memories: dict[str, Memory] = {
            module.KIND: module.Memory(glossary, settings, keep_later_uses=keep_later_uses)
            for module in REGISTERED
            if module.Memory is not None and settings.enabled(module.KIND)
        }
        #: Line numbers: lines before the current chunk, and the current chunk's line starts.
        self._line_base = 0
        self._chunk_lines: LineIndex | None = None
        self._chunk_offset = 0

    def feed(self, chunk: str, offset: int) -> list[Finding]:
        """The findings in ``chunk`` (which starts at ``offset`` of the whole text), offsets into the whole text."""
        self.tally.add(readability.prose(chunk))
        doc = Document.from_text(chunk)
        raw = raw_findings(doc, self.glossary, self.settings)
        memories = self.memories
        kept = [f for f in raw if f.kind not in memories or memories[f.kind].still_new(f, offset)]
        for memory in memories.values():
            memory.remember(doc, raw, kept)
        findings = remove_overlaps(kept)
        if offset:
            findings = [_moved(f, offset) for f in findings]
        if self._chunk_lines is not None:
            self._line_base += len(self._chunk_lines) - 1
        self._chunk_lines, self._chunk_offset = LineIndex(chunk), offset
        return findings

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column in the whole text of ``offset``, which must be in the
        chunk fed last (where its findings and their ``also_at`` are): no index of the whole
        text is kept."""
        if self._chunk_lines is None:
            return 1, offset + 1
        line, column = self._chunk_lines.position(offset - self._chunk_offset)
        return self._line_base + line, column

    def readability(self) -> readability.Readability:
        """Scores of everything fed so far, equal to :func:`jargonfree.readability.score` of the whole."""
        return readability.from_counts(self.tally.counts())

    def report(self, text: str, findings: tuple[Finding, ...] = ()) -> Report:
        """The report of the whole ``text`` once every chunk is fed, with ``findings`` (none
        when they were handed on one by one, as the command line does for long texts)."""
        return Report(
            text=text,
            findings=findings,
            readability=textkind.judged(self.readability(), text[:_PROSE_SAMPLE]),
            audience=self.settings.audience,
            max_reading_age=self.settings.max_reading_age,
            fail_level=self.settings.fail_level,
            checks=checks_run(self.settings),
        )


def _moved(f: Finding, offset: int) -> Finding:
    """``f`` with its spans moved by ``offset``."""
    also_at = tuple((start + offset, end + offset) for start, end in f.also_at)
    return replace(f, start=f.start + offset, end=f.end + offset, also_at=also_at)


def iter_findings(
    text: str,
    glossary: Glossary,
    settings: Settings,
    *,
    progress: Progress | None = None,
    target: int | None = None,
    limit: int | None = None,
    state: LongCheck | None = None,
) -> Iterator[Finding]:
    """The findings of ``text``, chunk by chunk, in text order (see :class:`LongCheck`).

    ``progress(done, total)`` is called after each chunk, in characters. Pass ``state`` to
    read the readability scores afterwards. ``target`` and ``limit`` default to
    :data:`TARGET` and :data:`LIMIT` (see :func:`chunk_spans`).
    """
    state = state if state is not None else LongCheck(glossary, settings)
    total = len(text)
    spans = chunk_spans(text, TARGET if target is None else target, LIMIT if limit is None else limit)
    for start, end in spans:
        yield from state.feed(text[start:end], start)
        if progress is not None:
            progress(end, total)


def check_long(
    text: str,
    *,
    audience: str = "public",
    glossaries: GlossaryArg = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    settings: Settings | None = None,
    progress: Progress | None = None,
    target: int | None = None,
    limit: int | None = None,
    **options: object,
) -> Report:
    """:func:`jargonfree.check` for long texts: the same arguments and the same :class:`Report`,
    computed paragraph by paragraph (see the module notes)."""
    if not isinstance(text, str):
        raise TypeError(f"check_long() needs text (str), not {type(text).__name__}")
    if settings is None:
        settings = resolve_settings(audience, jurisdiction, options)
    glossary = resolve_glossary(glossaries)
    state = LongCheck(glossary, settings, keep_later_uses=True)
    findings = list(iter_findings(text, glossary, settings, progress=progress, target=target, limit=limit, state=state))
    for i, f in enumerate(findings):
        memory = state.memories.get(f.kind)
        uses = memory.later_uses.pop(f.rule, None) if memory is not None and memory.later_uses else None
        if uses:
            findings[i] = replace(f, also_at=(*f.also_at, *uses))
    return state.report(text, tuple(findings))
