"""The compiled index: every derived form of every entry in one Aho-Corasick automaton.

The text is scanned once, whatever the number of terms (pyahocorasick), over the folded
text of a :class:`~jargonfree.document.Document`; each hit is checked for exact capitals
(where the entry asks for them) and mapped back to offsets in the original text. Patterns
are literal strings, never regular expressions, so no glossary can make matching slow.

Word boundaries are part of the keys. The automaton holds each form with every character
that is not a letter or digit turned into a space and a space added at both ends
(" s 136 " for "s.136"), and it scans the folded text treated the same way with a space at
both ends. So it reports only whole-word matches, not every term that hides inside a
longer word ("ot" in "hotel"), and each report is confirmed against the folded text,
which tells "s.136" from "s 136".
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Iterable, NamedTuple, Sequence

from ..context import care_heavy, care_signals, care_words
from ..document import Document
from ..folding import fold_term, visible
from ..protected import quoted_on_its_own, quotes_its_first_words
from ..words import word_bounds
from .derive import RELATED, Form, forms, surfaces
from .expansions import expansion, jargon_itself
from .wordforms import inflections
from .model import Entry
from ..lazy_patterns import lazy_pattern

#: An index matches the texts it is given by looking their stretches up
#: (:meth:`Index._lookups`) until they add up to this many characters, then builds its
#: automaton and uses it from then on. Building it costs about as much as looking up 40,000
#: characters, so a check of one post never builds it, and many or long texts pay at most
#: half as much again as with the automaton from the start. Both ways give the same matches
#: in the same order (tests/test_matcher.py).
LOOKUP_BUDGET = 20_000


class Hit(NamedTuple):
    """A raw match: offsets into the original text, the entry's position, the suffix matched.

    A named tuple: a post can have dozens, and one is much quicker to make than a dataclass.
    """

    start: int
    end: int
    entry: int
    suffix: str


# What the automaton finds for a key: (its length, ((folded form, ((entry position,
# suffix, exact surfaces or None), ...)), ...)).
_Value = tuple[int, tuple[tuple[str, tuple[tuple[int, str, "frozenset[str] | None"], ...]], ...]]

#: The index's attributes that are sets of plain values (entry positions or folded words),
#: stored as they are in the on-disk cache. A new attribute of that kind goes here too
#: (tests/test_matcher.py checks that an index read back from the cache has every one).
_SETS = ("with_context", "care_words", "context_only", "domain_decides")


class Index:
    """Find every form of every entry in a document in one pass."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        entries = tuple(entries)
        payloads: dict[str, list[tuple[int, str, frozenset[str] | None]]] = {}
        with_context: set[int] = set()
        for position, entry in enumerate(entries):
            if entry.has_context_rules:
                with_context.add(position)
            for form in forms(entry):
                payloads.setdefault(form.key, []).append((position, form.suffix, form.literals))
        only_near = {position for position, entry in enumerate(entries) if entry.only_near}
        for position, entry in enumerate(entries):
            long = expansion(entry)
            if long is not None and jargon_itself(long, position, payloads, only_near):
                # "Independent Mental Capacity Advocate" with no gloss is as opaque as "IMCA".
                head, last = long.rsplit(" ", 1)
                for key in (long, *(f"{head} {plural}" for plural in inflections(last, noun=True).get("s", ()))):
                    payloads.setdefault(key, []).append((position, RELATED, None))
        # Forms that differ only in punctuation ("s.136", "s 136") share a bounded key.
        by_bounds: dict[str, list[tuple[str, tuple[tuple[int, str, frozenset[str] | None], ...]]]] = {}
        for key, payload in payloads.items():
            if len(payload) > 1 and any(not suffix for _, suffix, _ in payload):
                # A form some entry writes out beats a form another entry only derives
                # ("orthopaedics" the entry, not the plural of "orthopaedic").
                payload = [p for p in payload if not p[1] or p[2] is not None]
            if len(payload) > 1 and any(suffix != RELATED for _, suffix, _ in payload):
                # An inflection of a term beats a relative of another term
                # ("modifications" of "modification", not of "modify").
                payload = [p for p in payload if p[1] != RELATED]
            by_bounds.setdefault(word_bounds(key), []).append((key, tuple(payload)))
        # Each key has a number, the position of its value in a list, so that the cache can
        # keep the keys and the values apart as plain data (from_blobs) and decode each value
        # only when it is first matched (start-up time).
        values: list[_Value | None] = []
        numbers: dict[str, int] = {}
        for bounded, keyed in by_bounds.items():
            numbers[f" {bounded} "] = len(values)
            values.append((len(bounded), tuple(keyed)))
        self._numbers = numbers
        self._longest = max(map(len, numbers), default=0)
        self._looked_up = 0  # characters matched by lookups so far (see LOOKUP_BUDGET)
        self._values = values
        # Values not yet decoded (see from_blobs): the JSON blob and its offsets.
        self._packed: tuple[Any, Any] = (b"", ())
        #: Positions of the entries with context rules (the rest need no look at the context).
        self.with_context = frozenset(with_context)
        #: Words that signal care writing, from the entries' own context rules (see :mod:`jargonfree.context`).
        self.care_words = care_words((e.only_near for e in entries), (e.not_near for e in entries))
        self._empty = not payloads
        #: Folded terms and written forms whose every entry has context rules: an
        #: abbreviation among them is still unexplained where no sense fits (checks/abbreviation.py).
        by_surface: dict[str, list[Entry]] = {}
        for entry in entries:
            for surface in surfaces(entry):
                by_surface.setdefault(fold_term(surface), []).append(entry)
        self.context_only = frozenset(key for key, found in by_surface.items() if all(e.has_context_rules for e in found))
        #: Positions of the entries with ``only_near`` that a care-heavy text may stand in for.
        self.domain_decides = frozenset(
            position
            for position, entry in enumerate(entries)
            if entry.only_near and not any(self._care_heavy(example) for example in entry.not_flagged)
        )

    def _care_heavy(self, text: str) -> bool:
        """True if ``text`` reads as care writing (then an entry whose ``not_flagged`` example
        is such a text has its other meaning inside care, and the domain cannot choose)."""
        doc = Document.from_text(text)
        # Exact words only: a one-line example is short, and one inflected word ("letters" in
        # "Use 12 pt font for the letters") would make it read as care writing.
        signals, words = care_signals(doc.folded, self.care_words, endings=False)
        signals += sum(1 for hit in self.hits(doc) if hit.entry not in self.with_context)
        return care_heavy(signals, words)

    def to_blobs(self) -> tuple[bytes, bytes, bytes, bytes]:
        """The index as plain data for the on-disk cache (see :meth:`from_blobs`): the
        automaton's keys (newline-separated UTF-8), every value as JSON one after the
        other, the uint32 offsets of those values, and the sets in :data:`_SETS` (JSON)."""
        import json
        from array import array

        keys = list(self._numbers)  # in the order of their numbers
        if any("\n" in key for key in keys):  # pragma: no cover - keys hold no line breaks
            raise ValueError("an index key holds a line break")
        words = "\n".join(keys).encode("utf-8", "surrogatepass")
        values = bytearray()
        offsets = array("I", [0])
        for number in range(len(self._values)):
            length, keyed = self._values[number] or self._value(number)
            plain = [length, [[key, [[p, s, None if lit is None else sorted(lit)] for p, s, lit in payload]] for key, payload in keyed]]
            values += json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
            offsets.append(len(values))
        sets = json.dumps({name: sorted(getattr(self, name)) for name in _SETS}, ensure_ascii=False)
        return words, bytes(values), offsets.tobytes(), sets.encode("utf-8", "surrogatepass")

    @classmethod
    def from_blobs(cls, blobs: Sequence[Any]) -> Index:
        """An index from :meth:`to_blobs`' data, read back as plain data (nothing in it is
        run). The automaton is built again from the keys; each value is decoded from its
        JSON when first matched. ``ValueError`` if the blobs do not fit together."""
        import json

        words_blob, values, offsets_blob, context = blobs
        words = str(words_blob, "utf-8", "surrogatepass").split("\n") if len(words_blob) else []
        offsets = memoryview(offsets_blob).cast("I")
        if len(offsets) != len(words) + 1 or offsets[0] != 0 or offsets[-1] != len(values):
            raise ValueError("corrupt index")
        sets = json.loads(bytes(context))
        if sorted(sets) != sorted(_SETS) or not all(type(v) in (int, str) for name in _SETS for v in sets[name]):
            raise ValueError("corrupt index")
        index = cls([])
        index._numbers = dict(zip(words, range(len(words))))
        if len(index._numbers) != len(words):
            raise ValueError("corrupt index")
        index._longest = max(map(len, words), default=0)
        index._values = [None] * len(words)
        index._packed = (values, offsets)
        for name in _SETS:
            setattr(index, name, frozenset(sets[name]))
        index._empty = not words
        return index

    def _value(self, number: int) -> _Value:
        import json

        values, offsets = self._packed
        length, keyed = json.loads(bytes(values[offsets[number] : offsets[number + 1]]))
        value: _Value = (
            int(length),
            tuple((str(key), tuple((int(p), str(s), None if lit is None else frozenset(lit)) for p, s, lit in payload)) for key, payload in keyed),
        )
        self._values[number] = value
        return value

    @cached_property
    def _automaton(self) -> Any:
        """Every key in one Aho-Corasick automaton, each with its number: built the first time
        the texts scanned add up to more than :data:`LOOKUP_BUDGET` characters.

        Deferred because a cold ``jargonfree check -`` of one post never needs it: building it
        from the 24,000 keys took about 22 ms of that process's 155 ms of CPU time (session
        23), and :meth:`_lookups` finds the same keys in a short text in well under a
        millisecond. Safe because it is made from ``_numbers`` alone, which never changes."""
        import ahocorasick

        automaton: Any = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, number in self._numbers.items():
            automaton.add_word(key, number)
        if self._numbers:
            automaton.make_automaton()
        return automaton

    def _lookups(self, padded: str) -> list[tuple[int, int]]:
        """What ``self._automaton.iter(padded)`` gives, found by looking up every stretch of
        ``padded`` between two spaces that is no longer than the longest key: (the offset of
        the key's closing space, its number), in the automaton's order (by where the key
        ends, the longest first). Every key starts and ends with a space, so no key is
        missed. The work grows with the text times the words in the longest key: for the
        first few texts only (see :data:`LOOKUP_BUDGET`)."""
        numbers, longest = self._numbers, self._longest
        spaces = [i for i, c in enumerate(padded) if c == " "]
        out: list[tuple[int, int]] = []
        first = 0
        for k, end in enumerate(spaces):
            while end - spaces[first] + 1 > longest:
                first += 1
            for start in spaces[first:k]:
                number = numbers.get(padded[start : end + 1])
                if number is not None:
                    out.append((end, number))
        return out

    def hits(self, doc: Document) -> list[Hit]:
        """Every whole-word match in ``doc`` outside protected spans, before any context rule."""
        if self._empty:
            return []
        folded, origin, text = doc.folded, doc.origin, doc.text
        same = doc.unsqueezed  # folded offsets are original ones
        protected = bool(doc.protected)
        out: list[Hit] = []
        values = self._values
        padded = doc.padded_bounds
        self._looked_up += len(padded)
        for last, number in (self._lookups(padded) if self._looked_up <= LOOKUP_BUDGET else self._automaton.iter(padded)):
            length, keyed = values[number] or self._value(number)
            # ``last`` is the padded offset of the key's closing space; the padded text
            # is one character ahead of ``folded``.
            first = last - length - 1
            found = folded[first : first + length]
            for key, payload in keyed:
                if key != found:
                    continue
                if same:
                    start, end = first, first + length
                else:
                    start, end = origin[first], origin[first + length - 1] + 1
                if (
                    protected
                    and doc.is_protected(start, end)
                    and not quoted_on_its_own(text, start, end, doc.protected)
                    and not quotes_its_first_words(text, start, end, doc.protected)
                ):
                    break  # (a term quoted on its own, or its first words quoted, is read though its quotation looks like a title)
                if ends_a_contraction(text, start, found):
                    break  # the end of "it's" or "he'd", not a word: "it's 3 o'clock" is not "s 3"
                if joined_by_ampersand(text, start, end):
                    break  # a part of "H&SC" or "R&D", not a word: "H&SC" holds no "SC"
                surface = None
                for position, suffix, literals in payload:
                    if literals is not None:
                        if surface is None:
                            surface = text[start:end]
                            if not (surface.isascii() and surface.isalnum()):
                                # A curly apostrophe is the same letter as the glossary's straight one:
                                # "children’s hearing" is the case-sensitive "children's hearing".
                                surface = " ".join(visible(surface).split()).replace("\u2019", "'")
                        if surface not in literals:
                            continue
                    out.append(Hit(start, end, position, suffix))
                break
        return out


def joined_by_ampersand(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is one side of letters joined by "&" with no space ("SC" in
    "H&SC", "H" in "H&S"): such letters are read as one abbreviation (see checks/abbreviation)."""
    before = start > 1 and text[start - 1] == "&" and text[start - 2].isalnum()
    return before or (end + 1 < len(text) and text[end] == "&" and text[end + 1].isalnum())


_APOSTROPHES = "'\u2019"
# What follows the apostrophe of a contraction: it's, he'd, we'll, they've, you're, I'm, can't.
_CONTRACTION_END = lazy_pattern(r"(?:s|d|ll|ve|re|m|t)\b")


def ends_a_contraction(text: str, start: int, folded_match: str) -> bool:
    """True if a match at ``start`` (folded: ``folded_match``) begins with the end of a
    contraction: a letter and an apostrophe just before it, and it starts "s", "d", "ll",
    "ve", "re", "m" or "t" as a word ("it's 3" holds no "s 3"; "A'AMHP" holds "AMHP")."""
    return (
        start > 1
        and text[start - 1] in _APOSTROPHES
        and text[start - 2].isalpha()
        and _CONTRACTION_END.match(folded_match) is not None
    )


__all__ = ["Form", "Hit", "Index"]
