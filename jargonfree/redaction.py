"""Redaction: replace what the confidentiality guard found with a marker such as
``[name removed]``, and say what was replaced.

Only what a privacy rule with a marker finds is replaced (boundaries are about the writer,
not a detail to cut). Everything else in the text is left exactly as it was, and
redacting a redacted text changes nothing (the markers are never found again).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from . import privacy
from .rewriter import Edit


@dataclass(frozen=True)
class Redaction:
    """The result of :func:`redact`: the new text and each replacement, in text order.

    Each :class:`~jargonfree.Edit` gives offsets into the original text, the words taken
    out (``old``), the marker put in (``new``) and the privacy rule that found them.
    """

    text: str
    edits: tuple[Edit, ...]

    @property
    def changed(self) -> bool:
        """True if anything was replaced."""
        return bool(self.edits)


def redact(text: str, *, allow_contacts: Iterable[str] | str = ()) -> Redaction:
    """Replace personal details in ``text`` with markers such as ``[name removed]``.

    ``allow_contacts`` are the organisation's own phone numbers and email addresses, which
    stay. Never changes anything else in the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"redact() needs text (str), not {type(text).__name__}")
    from .settings import Settings

    # (Settings checks the contacts and makes them a frozenset.)
    allow = Settings(allow_contacts=allow_contacts).allow_contacts if allow_contacts else frozenset()  # type: ignore[arg-type]
    pieces = [_Piece(0, len(text))]
    # Taking a detail out can show another that was glued to it ("...4563AB 12 34 56 C"), so
    # the text is searched again until nothing more is found: redacting the result again
    # then changes nothing. Two passes are nearly always enough.
    for _ in range(_MAX_PASSES):
        current, starts = _join(text, pieces)
        hits = [h for h in privacy.find(current, allow) if privacy.RULES[h.rule].marker]
        if not hits:
            break
        pieces = _replace(pieces, starts, hits)
    edits = tuple(Edit(p.start, p.end, text[p.start : p.end], p.marker, p.rule) for p in pieces if p.marker)
    return Redaction(_join(text, pieces)[0], edits)


_MAX_PASSES = 4


@dataclass(frozen=True)
class _Piece:
    """``text[start:end]`` of the original, kept as it is, or replaced by ``marker`` (for ``rule``)."""

    start: int
    end: int
    marker: str = ""
    rule: str = ""


def _join(text: str, pieces: list[_Piece]) -> tuple[str, list[int]]:
    """The text the pieces make, and where each piece starts in it."""
    out, starts, at = [], [], 0
    for p in pieces:
        part = p.marker or text[p.start : p.end]
        starts.append(at)
        out.append(part)
        at += len(part)
    return "".join(out), starts


def _replace(pieces: list[_Piece], starts: list[int], hits: list[privacy.Hit]) -> list[_Piece]:
    """``pieces`` with each hit (offsets into the joined text) replaced by its marker."""
    pieces = list(pieces)
    for hit in sorted(hits, reverse=True):  # from the end, so earlier offsets stay valid
        first = bisect_right(starts, hit.start) - 1
        last = bisect_right(starts, hit.end - 1) - 1
        a, b = pieces[first], pieces[last]
        # into the original: a marker piece counts whole
        start = a.start if a.marker else a.start + hit.start - starts[first]
        end = b.end if b.marker else b.start + hit.end - starts[last]
        new = [_Piece(a.start, start)] if not a.marker and start > a.start else []
        new.append(_Piece(start, end, privacy.RULES[hit.rule].marker, hit.rule))
        if not b.marker and end < b.end:
            new.append(_Piece(end, b.end))
        pieces[first : last + 1] = new
    return pieces
