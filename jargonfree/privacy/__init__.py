"""The confidentiality guard: what in a post could show who a person who uses services is.

:func:`find` gives every :class:`Hit` in a text, overlaps settled (identifiers first);
:data:`RULES` says what each rule finds, why it matters and the marker that
:func:`jargonfree.redact` puts in its place. The check (:mod:`jargonfree.checks.privacy`)
turns hits into findings.
"""

from __future__ import annotations

from ..document import FreeSpans
from . import identifiers
from .hit import Hit
from .rules import RULES, Rule

__all__ = ["RULES", "Hit", "Rule", "find"]


def find(text: str, allow: frozenset[str] = frozenset()) -> list[Hit]:
    """Every privacy hit in ``text``, sorted by start, none overlapping.

    ``allow`` holds the organisation's own phone numbers and email addresses (see
    :func:`identifiers.normalise_contact`), which are never flagged.
    """
    hits = list(identifiers.find(text, allow))
    if not hits:
        return hits
    taken = FreeSpans()
    # the longest first where two overlap: a date of birth holds a smaller number
    kept = [h for h in sorted(hits, key=lambda h: (h.start, -h.end)) if taken.take(h.start, h.end)]
    return sorted(kept)
