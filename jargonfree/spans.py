"""Spans of text, ``(start, end)`` character offsets, and small tools to combine them."""

from __future__ import annotations

import re
from bisect import bisect_left

Span = tuple[int, int]


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


# Quotation marks a writer puts around a term: straight and curly, single and double.
_OPEN_QUOTES = "'\"\u2018\u201c"
_CLOSE_QUOTES = ("'", '"', "\u2019", "\u201d")


def in_quotes(text: str, start: int, end: int, low: int = 0) -> bool:
    """True if the term at ``[start, end)`` stands in quotes of its own, after ``low``: "a
    \u201cplace of safety\u201d (usually a hospital)", "'Deprivation of assets' is when ..."."""
    return start > low and text[start - 1] in _OPEN_QUOTES and text.startswith(_CLOSE_QUOTES, end)

