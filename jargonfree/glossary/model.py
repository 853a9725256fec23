"""Glossary entries as typed, frozen data."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A stable id part: lower case, ASCII letters and digits joined by hyphens."""
    return _SLUG_RE.sub("-", text.lower().replace("&", " and ")).strip("-") or "term"


def looks_like_abbreviation(term: str) -> bool:
    """True for terms such as AMHP, CTOs, DoLS, HbA1c or A&E: two or more capitals and no word with
    more than two lower-case letters (so "Court of Protection" is a name, not an abbreviation)."""
    capitals = sum(c.isupper() for c in term)
    return capitals >= 2 and all(sum(c.islower() for c in w) <= 2 or len(w) <= 3 for w in term.split())


@dataclass(frozen=True)
class Entry:
    """One glossary entry, as loaded from a YAML file, with derived fields filled in."""

    id: str
    term: str
    category: str
    plain: tuple[str, ...] = ()
    explanation: str | None = None
    forms: tuple[str, ...] = ()
    keep_when: str | None = None
    sources: tuple[str, ...] = ()
    flagged: tuple[str, ...] = ()
    not_flagged: tuple[str, ...] = ()
    case_sensitive: bool = False
    only_near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    jurisdiction: str = "england-wales"
    sense: str | None = None
    rewrite: str = "replace"
    no_auto_rewrite: str | None = None
    shorter: str | None = None
    pos: str | None = None
    related: tuple[str, ...] = ()
    no_inflections: bool = False
    file: str = ""
    line: int = 0

    @property
    def alternatives(self) -> tuple[str, ...]:
        """Plain alternatives, best first (the ``plain`` field)."""
        return self.plain

    @property
    def is_abbreviation(self) -> bool:
        """True if the term is an abbreviation such as AMHP."""
        return looks_like_abbreviation(self.term)

    @property
    def has_context_rules(self) -> bool:
        """True if the entry only fires in some contexts."""
        return bool(self.only_near or self.not_near or self.not_before or self.not_after)

    @property
    def auto_rewrite_blocker(self) -> str | None:
        """Why a rewrite must not apply this entry on its own, or None if it may."""
        if self.no_auto_rewrite:
            return self.no_auto_rewrite
        if not self.plain:
            return "no plain alternative"
        if self.rewrite == "replace" and len(self.plain) > 1:
            return "several alternatives: choose the one that fits"
        return None
