"""Boundaries: a post that speaks of the writer's own patients or clients and invites a
private link ("follow me", "add me", "DM me").

Professional codes say never to build or pursue a personal relationship online with people
in your care: the NMC's guidance on using social media responsibly, the HCPC's guidance on
the use of social media, and Social Work England's professional standards guidance (the
finding's message gives their addresses). The invitations are in ``data/privacy_words.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from .hit import Hit
from .people import words_pattern
from ..lazy_patterns import lazy_pattern

RULE = "privacy/boundary"
# "my patient", "our clients", "people I support", "families I work with"
_MINE = lazy_pattern(
    r"\b(?:my|our|former|ex)[- ](?:patients?|clients?|service users?|residents?)\b"
    r"|\b(?:people|families|children|young people) (?:i|we) (?:support|care for|work with|look after)\b"
)


@lru_cache(maxsize=1)
def _invitation() -> re.Pattern[str]:
    return words_pattern("invitations")


# Every invitation holds one of these white-space tokens: a text without them is passed over.
HINTS = frozenset(
    w + end for w in ("me", "Me", "ME", "request", "requests", "personal", "own", "private", "DMs", "dms", "DM's") for end in ("", ".", ",", "!", ":")
)


def find(text: str, tokens: Sequence[str] | None = None) -> Iterator[Hit]:
    """Each invitation to a private link in a post about the writer's own patients or clients."""
    if HINTS.isdisjoint(text.split() if tokens is None else tokens):
        return
    lowered = text.lower()
    if len(lowered) != len(text) or not _MINE.search(lowered):
        return
    for m in _invitation().finditer(lowered):
        yield Hit(m.start(), m.end(), RULE)
