"""The document model: one pass over the text that every check shares.

A :class:`Document` keeps the original text untouched and adds:

* ``words`` and ``sentences`` as (start, end) spans into the original text;
* ``protected`` spans that no check may flag and no rewrite may touch: URLs, email
  addresses, @mentions, #hashtags, Markdown code and link targets, quoted text and the
  titles of Acts ("the Care Act 2014");
* ``folded``: a lower-cased copy for matching, with white space and hyphens between words
  squeezed to one space, curly quotes straightened and invisible characters dropped, plus
  ``origin``, the original offset of every folded character, so a match in the folded text
  maps back to exact offsets in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar, overload

if TYPE_CHECKING:
    from .definitions import Definition

Span = tuple[int, int]

# -- protected spans ---------------------------------------------------------------------

_URL = r"(?:https?://|www\.)[^\s<>\"'`]+"
_TLDS = r"(?:uk|com|org|net|gov|nhs|info|io|co|scot|wales|ac|edu|eu|ie)"
# Repetitions are bounded and starts anchored so that no pattern backtracks badly on a huge
# token. Patterns start with a literal character where they can ("@(?<!...)" rather than
# "(?<!...)@"): the regular-expression engine then jumps between occurrences of it instead
# of trying the pattern at every position, which matters on millions of short posts.


@dataclass(frozen=True)
class _Rule:
    """One kind of protected span.

    ``hint`` is a string that every match contains, strings one of which every match
    contains, or a pattern that finds what every match contains; the rule is skipped on a
    text without it. ``in_token``: matches never
    hold white space, so the pattern is run only over the white-space-delimited stretches
    around each hint, not the whole text. ``lower``: the same pattern without ``re.I``, run
    over the lower-cased text when lower-casing keeps every offset (ASCII), since a
    case-insensitive scan is slow. ``trim``: a match loses trailing punctuation (a URL at the end of a sentence
    keeps its full stop outside).
    """

    pattern: re.Pattern[str]
    hint: str | tuple[str, ...] | re.Pattern[str]
    trim: bool = False
    in_token: bool = False
    lower: re.Pattern[str] | None = None


_PROTECTED_RULES: tuple[_Rule, ...] = (
    _Rule(re.compile(r"```.*?(?:```|\Z)", re.S), "`"),  # fenced code
    _Rule(re.compile(r"`[^`\n]+`"), "`"),  # inline code
    _Rule(re.compile(r"\]\([^)\s]*\)"), "]("),  # Markdown link target
    # URL: "http://", "https://" or "www.", in any case.
    _Rule(
        re.compile(_URL, re.I), ("://", "ww.", "WW.", "wW.", "Ww."), trim=True, lower=re.compile(_URL)
    ),
    # email address
    _Rule(
        re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"),
        re.compile(r"@[\w-]{1,63}\."),
        trim=True,
        in_token=True,
    ),
    # a bare domain: "example.org", "nhs.uk/conditions"
    _Rule(
        re.compile(r"(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\." + _TLDS + r"\b(?:/[^\s<>\"'`]*)?", re.I),
        re.compile(r"\." + _TLDS + r"\b", re.I),
        trim=True,
        in_token=True,
    ),
    _Rule(re.compile(r"@(?<![\w@/]@)\w+"), "@"),  # @mention
    _Rule(re.compile(r"#(?<![\w#&/]#)\w+"), "#"),  # #hashtag
    _Rule(re.compile(r"\u201c[^\u201d\n]{1,200}\u201d"), "\u201c"),  # “quoted”
    _Rule(re.compile(r'"(?<![\w"]")[^"\n]{1,200}"(?![\w"])'), '"'),  # "quoted"
    _Rule(re.compile(r"\u2018[^\u2019\n]{1,200}\u2019(?!\w)"), "\u2018"),  # ‘quoted’
    # Titles of Acts: "Mental Health Act 1983", "Mental Health (Care and Treatment) (Scotland) Act 2003"
    _Rule(re.compile(r"\b(?:[A-Z][\w']*(?: and| of| for)? |\([A-Z][\w ]*\) ){1,8}Act(?: \d{4})?\b"), "Act"),
)
# The same as plain tuples, for find_protected to unpack for every text (unpacking a plain
# tuple takes the interpreter's fast path; a dataclass or a named tuple does not).
_RULE_ROWS = tuple((r.pattern, r.hint, r.trim, r.in_token, r.lower) for r in _PROTECTED_RULES)
_TRAILING_PUNCTUATION = ".,;:!?)]}'\""


def token_windows(text: str, hint: re.Pattern[str]) -> list[Span]:
    """The stretches between white space that hold a match of ``hint`` (which holds no white space).

    A window starts just after a space, tab or line break (or at 0) and ends at one (or at
    the end), so a match that holds no white space never crosses its edges, and a search
    inside the window finds exactly the matches a search of the whole text finds there.
    """
    windows: list[Span] = []
    end = -1
    for m in hint.finditer(text):
        i = m.start()
        if i < end:
            continue
        start = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i), text.rfind("\t", 0, i)) + 1
        ends = [j for j in (text.find(" ", i), text.find("\n", i), text.find("\t", i)) if j != -1]
        end = min(ends) if ends else len(text)
        windows.append((start, end))
    return windows


def find_protected(text: str) -> list[Span]:
    """Sorted, merged spans of ``text`` that must never be flagged or edited."""
    spans: list[Span] = []
    lowered: str | None = None
    whole = [(0, len(text))]
    # Matches as found, before trimming. A token window that one of them covers exactly
    # (a URL, most often) holds nothing that would add to the merged spans: skipped.
    found: set[Span] = set()
    for pattern, hint, trim, in_token, lower in _RULE_ROWS:
        if isinstance(hint, str):
            if hint not in text:
                continue
        elif isinstance(hint, tuple):
            for one in hint:
                if one in text:
                    break
            else:
                continue
        elif not hint.search(text):
            continue
        subject = text
        if lower is not None and text.isascii():
            if lowered is None:
                lowered = text.lower()
            pattern, subject = lower, lowered
        windows = token_windows(text, hint) if in_token and isinstance(hint, re.Pattern) else whole
        for lo, hi in windows:
            if in_token and (lo, hi) in found:
                continue
            for m in pattern.finditer(subject, lo, hi):
                start, end = m.span()
                found.add((start, end))
                if trim:
                    while end > start and text[end - 1] in _TRAILING_PUNCTUATION:
                        end -= 1
                if end > start:
                    spans.append((start, end))
    return merge_spans(spans) if spans else spans


class FreeSpans:
    """Spans taken so far, none overlapping; :meth:`take` claims a span if it is still free.

    Kept spans never overlap, so sorted by start they are sorted by end too, and only the
    last one starting before a new span's end can overlap it: a bisect, not a scan.
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        """Claim ``[start, end)`` and return True, or return False if it overlaps a span taken before."""
        i = bisect_left(self._starts, end) - 1
        if i >= 0 and self._ends[i] > start:
            return False
        self._starts.insert(i + 1, start)
        self._ends.insert(i + 1, end)
        return True


def merge_spans(spans: list[Span]) -> list[Span]:
    """Sort spans and merge the ones that overlap or touch."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# -- words and sentences -----------------------------------------------------------------

WORD_RE = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
# WORD_RE for a text that is all ASCII: the same words, found in about two thirds of the time.
_ASCII_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")


def word_list(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of ``text[start:end]`` as WORD_RE finds them, as strings (no spans: quicker)."""
    pattern = _ASCII_WORD_RE if text.isascii() else WORD_RE
    return pattern.findall(text, start, len(text) if end is None else end)
# Words after which a full stop does not end a sentence.
_NO_BREAK_AFTER = frozenset(
    "dr mr mrs ms mx prof st s ss sec no nos e.g i.e eg ie approx dept tel cf vs etc ref para paras".split()
)
# A blank line ends a sentence whatever the line endings (LF, CRLF or CR).
_SENTENCE_END = re.compile(r"[.!?]+['\")\u2019\u201d]*(?=\s)|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)|\n(?=[ \t]*(?:[-*\u2022]|\d+[.)])\s)")
# The same for a text with no line breaks (most posts): one branch is much quicker to scan.
_SENTENCE_END_ONE_LINE = re.compile(r"[.!?][.!?]*['\")\u2019\u201d]*(?=\s)")


def find_sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding white space.

    A sentence ends at ., ! or ? followed by white space (not after "Dr.", "s." and the
    like), at a blank line, or before a bulleted or numbered line.
    """
    spans: list[Span] = []
    start = 0
    ends = _SENTENCE_END if "\n" in text or "\r" in text else _SENTENCE_END_ONE_LINE
    for m in ends.finditer(text):
        at, end = m.span()
        if text[at] == ".":
            # The word before the full stop, from a short stretch when that holds all of it.
            near = max(start, at - 16)
            before = text[near:at].rsplit(None, 1)
            if len(before) < 2 and near > start:
                before = text[start:at].rsplit(None, 1)
            if before and before[-1].lower().lstrip("(") in _NO_BREAK_AFTER:
                continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        spans.append((start, start + len(kept)))


# -- folding for the matcher ---------------------------------------------------------------

_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
# Characters that join words and are matched as one space: white space, hyphens, dashes.
_JOINERS = frozenset("-\u2010\u2011\u2012\u2013\u2014_/")


class OffsetMap:
    """Folded offset -> original offset, stored as runs in which both advance together.

    Indexing works like the list it replaces: ``origin[i]`` for ``0 <= i <= len(folded)``.
    """

    __slots__ = ("_folded_starts", "_original_starts")

    def __init__(self, folded_starts: list[int], original_starts: list[int]) -> None:
        self._folded_starts = folded_starts
        self._original_starts = original_starts

    def __getitem__(self, i: int) -> int:
        j = bisect_right(self._folded_starts, i) - 1
        return self._original_starts[j] + (i - self._folded_starts[j])

    @property
    def identity(self) -> bool:
        """True if every folded offset is its original offset (folding squeezed nothing)."""
        return len(self._folded_starts) == 2 and self._folded_starts == self._original_starts


# Letters and digits stay; every other ASCII character becomes a space (a bytes table:
# bytes.translate is several times quicker than str.translate).
_ASCII_BOUNDS = bytes(i if chr(i).isalnum() else 32 for i in range(128)) + bytes(range(128, 256))
# The same for any text: "\w" is a letter, digit or "_", so this is "not str.isalnum()".
_NOT_ALNUM = re.compile(r"[\W_]")


def word_bounds(text: str) -> str:
    """``text`` with every character that is not a letter or digit made a space (same length)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BOUNDS).decode("ascii")
    return _NOT_ALNUM.sub(" ", text)


# ASCII folding in one C call: capitals to small letters, and white space, hyphens, "_" and
# "/" to spaces (the same length), so only runs of spaces are left to squeeze.
_ASCII_FOLD = bytes(32 if chr(i).isspace() or chr(i) in _JOINERS else ord(chr(i).lower()) for i in range(128))
_ASCII_FOLD += bytes(range(128, 256))
_SPACE_RUN = re.compile(r"  +")


def _fold_ascii(text: str) -> tuple[str, OffsetMap]:
    """The common case, without a loop over characters: ASCII lower-casing keeps lengths."""
    spaced = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    if "  " not in spaced:
        return spaced, OffsetMap([0, len(text)], [0, len(text)])  # nothing to squeeze
    parts: list[str] = []
    folded_starts: list[int] = []
    original_starts: list[int] = []
    pos = size = 0
    for m in _SPACE_RUN.finditer(spaced):
        keep = m.start() + 1  # up to and including the run's first space
        folded_starts.append(size)
        original_starts.append(pos)
        parts.append(spaced[pos:keep])
        size += keep - pos
        pos = m.end()
    folded_starts.append(size)
    original_starts.append(pos)
    parts.append(spaced[pos:])
    size += len(spaced) - pos
    folded_starts.append(size)
    original_starts.append(len(text))
    return "".join(parts), OffsetMap(folded_starts, original_starts)


def fold(text: str) -> tuple[str, OffsetMap | list[int]]:
    """Fold ``text`` for matching and return it with the original offset of each character.

    Lower-cases (which can change the length of some characters), straightens quotes, drops
    invisible characters and squeezes runs of white space and hyphens into one space.
    ``origin[i]`` is the offset in ``text`` of folded character ``i``; ``origin`` has one
    extra item, ``len(text)``, so a match's end maps back too.
    """
    if text.isascii():
        return _fold_ascii(text)
    out: list[str] = []
    origin: list[int] = []
    in_gap = False
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isspace() or ch in _JOINERS:
            if not in_gap:
                out.append(" ")
                origin.append(i)
                in_gap = True
            continue
        in_gap = False
        ch = _QUOTES.get(ch, ch)
        low = ch.lower()
        for c in low:
            out.append(c)
            origin.append(i)
    origin.append(len(text))
    return "".join(out), origin


def fold_term(term: str) -> str:
    """Fold a glossary term or form the same way as the text, trimmed."""
    if term.isascii() and term.isalnum():
        return term.lower()  # nothing to squeeze or straighten
    return fold(term)[0].strip()


# -- the document ------------------------------------------------------------------------


_T = TypeVar("_T")


class _once(Generic[_T]):
    """``functools.cached_property`` without the lock it takes in Python 3.11.

    The lock costs about a microsecond on every first use, several times per post; a
    Document is built and read by one thread. (Python 3.12 dropped the lock too.)
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[_T]: ...

    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...

    def __get__(self, obj: object, owner: type | None = None) -> _T | _once[_T]:
        if obj is None:
            return self
        value: _T = self.func(obj)
        obj.__dict__[self.name] = value
        return value


@dataclass(frozen=True)
class Document:
    """A text prepared once for all checks. Build it with :meth:`from_text`."""

    text: str
    protected: tuple[Span, ...] = field(default=())

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Prepare ``text``: the original is kept exactly as given."""
        doc = object.__new__(cls)  # what the frozen dataclass's __init__ does, in one step
        doc.__dict__.update(text=text, protected=tuple(find_protected(text)))
        return doc

    @_once
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans in the original text."""
        return tuple(find_sentences(self.text))

    @_once
    def tokens(self) -> list[str]:
        """``text.split()``: the white-space-separated pieces, which readability and the
        uncommon-word check both start from (split once)."""
        return self.text.split()

    @_once
    def all_words(self) -> tuple[Span, ...]:
        """Every word span (letters and digits, with inner apostrophes), protected or not."""
        return tuple(m.span() for m in WORD_RE.finditer(self.text))

    @_once
    def words(self) -> tuple[Span, ...]:
        """Word spans outside protected spans."""
        if not self.protected:
            return self.all_words
        return tuple(span for span in self.all_words if not self.is_protected(*span))

    @_once
    def _folded(self) -> tuple[str, OffsetMap | list[int]]:
        return fold(self.text)

    @property
    def folded(self) -> str:
        """The folded text the matcher searches."""
        return self._folded[0]

    @property
    def origin(self) -> OffsetMap | list[int]:
        """Original offset of each folded character, plus ``len(text)`` at the end."""
        return self._folded[1]

    @_once
    def definitions(self) -> tuple["Definition", ...]:
        """Abbreviations the text defines, such as "Approved Mental Health Professional (AMHP)"."""
        if "(" not in self.text:
            return ()  # every definition has brackets (and the import below costs 2 us)
        from .definitions import find_definitions

        return tuple(find_definitions(self))

    @_once
    def _protected_starts(self) -> list[int]:
        return [s for s, _ in self.protected]

    def is_protected(self, start: int, end: int) -> bool:
        """True if ``[start, end)`` overlaps a protected span."""
        i = bisect_right(self._protected_starts, end - 1) - 1
        return i >= 0 and self.protected[i][1] > start

    def sentence_at(self, offset: int) -> Span:
        """The sentence containing ``offset`` (or the whole text if none does)."""
        starts = self._sentence_starts
        i = bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1] + 1:
            return self.sentences[i]
        return (0, len(self.text))

    @_once
    def padded_bounds(self) -> str:
        """``word_bounds(folded)`` with a space at each end: the text the glossary index
        scans (offset i is folded offset i - 1). With no folding squeezed, it is also the
        lower-cased text's word bounds, which the passive-voice check looks through."""
        return f" {word_bounds(self.folded)} "

    @_once
    def unsqueezed(self) -> bool:
        """True if every folded offset is its original offset: folding squeezed nothing
        (an ASCII text with no runs of white space or hyphens)."""
        origin = self.origin
        return isinstance(origin, OffsetMap) and origin.identity

    def folded_span(self, start: int, end: int) -> str:
        """``fold(text[start:end])[0]``: a slice of ``folded`` when folding squeezed nothing."""
        if self.unsqueezed:
            return self.folded[start:end]
        return fold(self.text[start:end])[0]

    def folded_sentence_at(self, offset: int) -> str:
        """``fold()`` of the sentence containing ``offset``, folded once per sentence."""
        span = self.sentence_at(offset)
        cache = self._folded_sentences
        found = cache.get(span)
        if found is None:
            found = cache[span] = self.folded_span(*span)
        return found

    @_once
    def _folded_sentences(self) -> dict[Span, str]:
        return {}

    @_once
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_start_at(self, offset: int) -> bool:
        """True if only white space, quotes, brackets or bullets stand between the sentence start and ``offset``."""
        start = self.sentence_at(offset)[0]
        # Look at a bounded stretch first, so a huge sentence does not make every call slow.
        near = self.text[max(start, offset - 64) : offset].strip(" \t\r\n\"'(\u201c\u2018*-\u2022")
        return not near and (offset - start <= 64 or not self.text[start:offset].strip(" \t\r\n\"'(\u201c\u2018*-\u2022"))

    def sentence_window(self, offset: int, radius: int = 200) -> str:
        """The sentence around ``offset``, cut to ``radius`` characters either side."""
        start, end = self.sentence_at(offset)
        return self.text[max(start, offset - radius) : min(end, offset + radius)]
