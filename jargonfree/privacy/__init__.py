"""The confidentiality guard: what in a post could show who a person who uses services is.

:func:`find` gives every :class:`Hit` in a text, overlaps settled (identifiers first);
:data:`RULES` says what each rule finds, why it matters and the marker that
:func:`jargonfree.redact` puts in its place. The check (:mod:`jargonfree.checks.privacy`)
turns hits into findings.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..spans import FreeSpans
from . import boundaries, identifiers, people
from .hit import Hit
from .rules import RULES, Rule

__all__ = ["RULES", "Hit", "Rule", "find"]


@lru_cache(maxsize=1)
def _word_cues() -> frozenset[str]:
    """The tokens that start a person (:func:`people.cue_tokens`) or an invitation (:data:`boundaries.HINTS`)."""
    return people.cue_tokens() | boundaries.HINTS


def find(text: str, allow: frozenset[str] = frozenset(), tokens: Sequence[str] | None = None) -> list[Hit]:
    """Every privacy hit in ``text``, sorted by start, none overlapping.

    ``allow`` holds the organisation's own phone numbers and email addresses (see
    :func:`identifiers.normalise_contact`), which are never flagged. ``tokens`` is
    ``text.split()`` if the caller has it already.
    """
    hits = list(identifiers.find(text, allow))
    if tokens is None:
        tokens = text.split()
    if not _word_cues().isdisjoint(tokens):  # one set test passes over most posts
        hits.extend(people.find(text, tokens))
        hits.extend(boundaries.find(text, tokens))
    if len(hits) < 2:
        return hits
    # identifiers first; then where two overlap, the one that starts first and is longest
    order = {rule: i for i, rule in enumerate(RULES)}
    taken = FreeSpans()
    kept = [h for h in sorted(hits, key=lambda h: (order[h.rule], h.start, -h.end)) if taken.take(h.start, h.end)]
    return sorted(kept)
