"""A numbered part listed with parts of a law is a law's too: in "functions under section 15,
Part 4, or section 109" the law named for the sections is the Part's law as well, though nothing
names one after "Part 4" (sections.py asks, once it has found the others). A part of the text
itself ("section 3 of this leaflet") or one explained in brackets stays as it was.
"""

from __future__ import annotations


from ..adjacent_explanations import explained_after
from ..spans import Span
from .own_parts import of_a_document_after
from ..lazy_patterns import lazy_pattern

# What stands between two items of a list: ", ", ", or ", " and ", "; ".
_BETWEEN = lazy_pattern(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")


def listed_with_laws(text: str, candidates: list[Span], found: list[Span]) -> list[Span]:
    """The spans of ``candidates`` (numbered parts no rule counted) that stand in a list next to
    a part in ``found`` (parts of a law), or next to one this adds, in text order."""
    laws = set(found)
    left = [s for s in candidates if s not in laws and not of_a_document_after(text, s[1]) and not explained_after(text, *s)]
    added: list[Span] = []
    grew = True
    while grew and left:
        grew = False
        for span in list(left):
            start, end = span
            if any(_next_to(text, end, other[0]) or _next_to(text, other[1], start) for other in laws):
                laws.add(span)
                added.append(span)
                left.remove(span)
                grew = True
    return sorted(added)


def _next_to(text: str, end: int, start: int) -> bool:
    """True if only a list's separator stands between ``end`` and ``start``."""
    return 0 < start - end <= 8 and _BETWEEN.fullmatch(text, end, start) is not None
