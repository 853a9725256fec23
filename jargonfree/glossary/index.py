"""The compiled index: every derived form of every entry in one Aho-Corasick automaton.

The text is scanned once, whatever the number of terms (pyahocorasick), over the folded
text of a :class:`~jargonfree.document.Document`; each hit is checked for word boundaries
and exact capitals (where the entry asks for them) and mapped back to offsets in the
original text. Patterns are literal strings, never regular expressions, so no glossary
can make matching slow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

import ahocorasick

from ..document import Document
from .derive import Form, forms
from .model import Entry


@dataclass(frozen=True)
class Hit:
    """A raw match: offsets into the original text, the entry's position, the suffix matched."""

    start: int
    end: int
    entry: int
    suffix: str


class Index:
    """Find every form of every entry in a document in one pass."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        payloads: dict[str, list[tuple[int, str, frozenset[str] | None]]] = {}
        for position, entry in enumerate(entries):
            for form in forms(entry):
                payloads.setdefault(form.key, []).append((position, form.suffix, form.literals))
        automaton: Any = ahocorasick.Automaton()
        for key, payload in payloads.items():
            if len(payload) > 1 and any(not suffix for _, suffix, _ in payload):
                # A form some entry writes out beats a form another entry only derives
                # ("orthopaedics" the entry, not the plural of "orthopaedic").
                payload = [p for p in payload if not p[1] or p[2] is not None]
            automaton.add_word(key, (len(key), tuple(payload)))
        if payloads:
            automaton.make_automaton()
        self._automaton = automaton
        self._empty = not payloads

    def hits(self, doc: Document) -> list[Hit]:
        """Every whole-word match in ``doc`` outside protected spans, before any context rule."""
        if self._empty:
            return []
        folded, origin, text = doc.folded, doc.origin, doc.text
        n = len(folded)
        out: list[Hit] = []
        for last, (length, payload) in self._automaton.iter(folded):
            first = last - length + 1
            if first > 0 and folded[first - 1].isalnum():
                continue
            if last + 1 < n and folded[last + 1].isalnum():
                continue
            start, end = origin[first], origin[last] + 1
            if doc.is_protected(start, end):
                continue
            surface = None
            for position, suffix, literals in payload:
                if literals is not None:
                    if surface is None:
                        surface = " ".join(text[start:end].split())
                    if surface not in literals:
                        continue
                out.append(Hit(start, end, position, suffix))
        return out


def build(entries: Iterable[Entry]) -> Index:
    """Compile ``entries`` into an :class:`Index`."""
    return Index(entries)


__all__ = ["Form", "Hit", "Index", "build"]
