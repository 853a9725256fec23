"""Glossary entries as typed, frozen data."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nations import DEFAULT_JURISDICTION
from ..lazy_patterns import lazy_pattern

_SLUG_RE = lazy_pattern(r"[^a-z0-9]+")


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
    in_brackets: tuple[str, ...] = ()
    explanation: str | None = None
    forms: tuple[str, ...] = ()
    keep_when: str | None = None
    sources: tuple[str, ...] = ()
    source_note: str | None = None
    flagged: tuple[str, ...] = ()
    not_flagged: tuple[str, ...] = ()
    rewritten: tuple[str, ...] = ()
    case_sensitive: bool = False
    only_near: tuple[str, ...] = ()
    not_near: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    jurisdiction: str = DEFAULT_JURISDICTION
    #: Where the term is an everyday word ("outwith" in Scotland): readers there are not told
    #: about it; readers anywhere else are. None for most entries.
    everyday_in: str | None = None
    sense: str | None = None
    rewrite: str = "replace"
    no_auto_rewrite: str | None = None
    shorter: str | None = None
    pos: str | None = None
    related: tuple[str, ...] = ()
    no_inflections: bool = False
    file: str = ""
    line: int = 0
    #: Derived, never written in a file: the inflected forms of each plain alternative and of
    #: ``shorter``, and the plural of a noun's gloss ("a thin tube ..." -> "thin tubes ..."), as
    #: (alternative, ((suffix, form), ...)) pairs. Worked out when the glossary
    #: is compiled (see :func:`jargonfree.inflect.phrase_forms`), so a check never loads the
    #: inflection tables; :meth:`inflected` works them out itself for an entry made by hand.
    inflections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = field(default=(), compare=False, repr=False)

    def __hash__(self) -> int:
        # Equal entries have the same id and term, so this agrees with ==; hashing every
        # field instead costs about a microsecond, and an entry is hashed once per match
        # (it is a key of the jargon check's advice memo).
        return hash((self.id, self.term))

    @property
    def replacements(self) -> tuple[str, ...]:
        """Plain words that can take the term's place (none for an ``explain`` entry)."""
        return () if self.rewrite == "explain" else self.plain

    @property
    def glosses(self) -> tuple[str, ...]:
        """Plain words that only explain the term, in brackets after it."""
        return self.plain + self.in_brackets if self.rewrite == "explain" else self.in_brackets

    def inflected(self, alternative: str, suffix: str) -> str:
        """``alternative`` in the form ``suffix`` asks for ("s", "ed", "en", "ing" or "")."""
        if not suffix:
            return alternative
        forms = self._compiled_forms(alternative)
        if forms is not None:
            return forms.get(suffix, alternative)
        from ..inflect import inflect_phrase

        return inflect_phrase(alternative, suffix, self.word_class)[0]

    def gloss_for(self, gloss: str, suffix: str) -> str:
        """``gloss`` made to fit the term in the form ``suffix`` ("catheters (thin tubes to drain
        pee)"), if the compiled glossary worked that form out; else ``gloss`` as written."""
        forms = self._compiled_forms(gloss) if suffix == "s" else None
        return gloss if forms is None else forms.get(suffix, gloss)

    def _compiled_forms(self, words: str) -> dict[str, str] | None:
        """The forms of ``words`` by suffix, as the compiled glossary keeps them (:attr:`inflections`), or None."""
        for known, forms in self.inflections:
            if known == words:
                return dict(forms)
        return None

    @property
    def word_class(self) -> str | None:
        """``pos``, or "noun" for an abbreviation that does not say (AMHP, CTOs)."""
        if self.pos is None and self.is_abbreviation:
            return "noun"
        return self.pos

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
        """Why a rewrite must not change this entry's term on its own (replace it, spell it out
        or add words in brackets), or None if it may. A single match can still be left alone
        when its grammar is not sure (see :func:`jargonfree.suggest.advise`)."""
        if self.glosses:
            return None
        if self.no_auto_rewrite:
            return self.no_auto_rewrite
        if not self.plain:
            return "no plain alternative"
        if self.rewrite == "replace" and len(self.plain) > 1:
            return "several alternatives: choose the one that fits"
        return None


#: Glossary categories whose words want a plainer word, not an explanation: examples after them
#: ("metrics such as waiting times") leave them as formal as they were, and they do not make a
#: text "about care" when a word has a care sense and another.
WORDING_CATEGORIES = frozenset({"officialese", "respectful-language"})


def entry_id(category: str, term: str, sense: str | None) -> str:
    """The stable rule id of an entry: ``category/term-slug`` (plus ``--sense`` when given)."""
    base = f"{slug(category)}/{slug(term)}"
    return f"{base}--{slug(sense)}" if sense else base
