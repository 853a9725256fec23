"""Which glossary matches stand in a text: context rules, sense choice, longest match.

The glossary index finds every form of every entry (:mod:`jargonfree.glossary.index`);
:func:`select` keeps the matches a reader would take in the entry's sense:

1. an entry's context rules (``only_near``, ``not_near``, ``not_before``, ``not_after``) drop
   matches in the wrong context: ``only_near`` over the paragraph around the match, where a
   care-heavy paragraph can stand in for the entry's own context words (see
   :mod:`jargonfree.context`), ``not_near`` over its sentence. A bare section number's entry
   also stands aside where another Act is named with the number ("section 4 of the Mental
   Capacity Act": see :mod:`jargonfree.checks.acts`);
2. where several entries match one span, the sense for the jurisdiction setting wins;
3. the longest match wins, and overlapping matches never stand together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import context
from ..document import Document
from ..folding import fold
from ..glossary.model import WORDING_CATEGORIES
from ..glossary import Glossary, choose_sense
from ..glossary.derive import IRREGULAR_PLURALS as _IRREGULAR_PLURALS
from ..glossary.index import Hit, Index
from ..glossary.model import Entry
from ..spans import FreeSpans
from .acts import act_of, own_act
from .law_usage import a_school_year
from .own_parts import of_a_document_after, part_of_this_text
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

_LOOK = 80

# A number with a decimal part after a section's number: "Section 3.1", "section 2.4 of the
# procedures". A law's sections take a bracket ("section 3(1)"); a document's numbered parts take
# a point, so "Section 3.1" is the document's own part, not section 3 of the Mental Health Act.
_DECIMAL_PART = lazy_pattern(r"\.\d")


def _phrase_pattern(phrase: str) -> str:
    """A context phrase with its plural and verb endings ("child" also matches "children")."""
    folded = fold(phrase)[0].strip()
    head, _, last = folded.rpartition(" ")
    irregular = _IRREGULAR_PLURALS.get(last)
    body = re.escape(folded) if irregular is None else re.escape(head + " " if head else "") + f"(?:{last}|{irregular})"
    # Not inside a word; a digit before it is fine, so "5mg" counts as "mg". Words of one or
    # two letters take no endings: "an" + "d" would be "and", "a" + "s" would be "as".
    endings = r"(?:s|es|d|ed|ing)?" if len(last) >= 3 else ""
    return r"(?<![^\W\d_])" + body + endings


@lru_cache(maxsize=4096)
def _phrase_re(phrase: str) -> re.Pattern[str]:
    return re.compile(_phrase_pattern(phrase) + r"(?![\w])")


@lru_cache(maxsize=4096)
def _any_phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of phrases, matched where a text starts (``not_before``): one
    match instead of one per phrase, which counts when a list is long."""
    return re.compile("(?:" + "|".join(_phrase_pattern(p) for p in phrases) + r")(?![\w])")


@lru_cache(maxsize=4096)
def _phrase_end_re(phrase: str) -> re.Pattern[str]:
    return re.compile(_phrase_pattern(phrase) + r"$")


@lru_cache(maxsize=4096)
def _phrase_hint(phrase: str) -> str:
    """Text that every match of the phrase's pattern contains. A plain substring test turns
    most sentences down before the pattern runs (it starts with a look-behind, so the
    engine tries it at every position)."""
    folded = fold(phrase)[0].strip()
    head, _, last = folded.rpartition(" ")
    irregular = _IRREGULAR_PLURALS.get(last)
    if irregular is None:
        return folded
    shared = 0  # "child" / "children": "child"; "man" / "men": "m"
    while shared < min(len(last), len(irregular)) and last[shared] == irregular[shared]:
        shared += 1
    return (head + " " if head else "") + last[:shared]


#: A context phrase written in capitals (with figures or "&"): an abbreviation.
_CAPITALS = lazy_pattern(r"(?=.*[A-Z])[A-Z0-9&]+")


@lru_cache(maxsize=4096)
def _capitals_re(phrase: str) -> re.Pattern[str]:
    """An abbreviation as written, in capitals, or with a plural "s" ("AMHPs")."""
    return re.compile(r"(?<![^\W\d_])" + re.escape(phrase) + r"s?(?![\w])")


@lru_cache(maxsize=4096)
def _sorted_phrases(phrases: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """An entry's context phrases sorted once for :func:`_found`: each phrase in small letters
    with its :func:`_phrase_hint`, and the phrases in capitals (abbreviations)."""
    words = tuple((_phrase_hint(p), p) for p in phrases if not _CAPITALS.fullmatch(p))
    capitals = tuple(p for p in phrases if _CAPITALS.fullmatch(p))
    return words, capitals


def _found(phrases: tuple[str, ...], text: str, written: str) -> bool:
    """True if one of ``phrases`` is in ``text`` (folded) or, for a phrase in capitals, in
    ``written`` (the same stretch as written): in small letters "SEN" and "SEND" are the verb
    "send" ("We send the statements in arrears"), and "EA" is a word's end."""
    words, capitals = _sorted_phrases(phrases)
    return any(hint in text and _phrase_re(p).search(text) is not None for hint, p in words) or any(
        _capitals_re(p).search(written) is not None for p in capitals
    )


class _Surroundings:
    """How much the windows around the matches of one document are about care, each weighed once."""

    def __init__(self, doc: Document, index: Index, signal_starts: list[int]) -> None:
        self.doc = doc
        self.care_words = index.care_words
        self.signal_starts = signal_starts  # starts of the matches that stand by themselves
        self._signals: dict[tuple[int, int], tuple[int, int]] = {}

    def signals(self, span: tuple[int, int]) -> tuple[int, int]:
        found = self._signals.get(span)
        if found is None:
            signals, words = context.care_signals(self.doc.folded_span(*span), self.care_words)
            starts = self.signal_starts
            signals += bisect_left(starts, span[1]) - bisect_left(starts, span[0])
            found = self._signals[span] = (signals, words)
        return found

    def care_heavy(self, span: tuple[int, int], hit: Hit) -> bool:
        """True if the window ``span`` is about care, leaving out the words of the match itself."""
        signals, words = self.signals(span)
        own, _ = context.care_signals(self.doc.folded_span(hit.start, hit.end), self.care_words)
        return context.care_heavy(signals - own, words)

    def any_care(self, span: tuple[int, int], hit: Hit) -> bool:
        """True if the window ``span`` has one care signal at least, leaving out the match itself."""
        signals, _words = self.signals(span)
        own, _ = context.care_signals(self.doc.folded_span(hit.start, hit.end), self.care_words)
        return signals - own > 0


# How well a match's context fits its entry.
_WRONG, _BY_DOMAIN, _BY_WORDS = 0, 1, 2


def _fit(doc: Document, entry: Entry, hit: Hit) -> int:
    """How the context fits: wrong, right by the entry's own words, or up to the domain."""
    if entry.not_before:
        after = doc.folded_span(hit.end, hit.end + _LOOK).lstrip()
        if _any_phrase_re(entry.not_before).match(after):
            return _WRONG
    if entry.not_after:
        before = doc.folded_span(max(0, hit.start - _LOOK), hit.start).rstrip()
        if any(_phrase_hint(p) in before and _phrase_end_re(p).search(before) for p in entry.not_after):
            return _WRONG
    # A word that gives the term another meaning works close by ("section 3 of the
    # leaflet"), so ``not_near`` looks at the sentence; the words that confirm the meaning
    # may be a sentence or two away ("Her DoLS ends soon. Her IMCA visits on Monday."), so
    # ``only_near`` looks at the paragraph.
    if entry.not_near:
        sentence = doc.sentence_at(hit.start)
        if _found(entry.not_near, doc.folded_span(*sentence), doc.text[sentence[0] : sentence[1]]):
            return _WRONG
    if entry.only_near:
        low, high = context.window(doc, hit.start, hit.end)
        if not _found(entry.only_near, doc.folded_span(low, high), doc.text[low:high]):
            return _BY_DOMAIN
    return _BY_WORDS


def _by_start(hit: Hit) -> int:
    return hit.start


def select(doc: Document, glossary: Glossary, settings: Settings) -> list[Hit]:
    """The matches that stand after context rules, sense choice and longest-match-wins, in text order."""
    entries = glossary.entries
    index = glossary.index
    with_context = index.with_context
    found = index.hits(doc)
    hits: list[Hit] = []
    by_domain: set[Hit] = set()
    undecided: list[Hit] = []
    for hit in found:
        entry = entries[hit.entry]
        if entry.term.startswith("section ") and (act := own_act(entry, glossary)) is not None:
            named = act_of(doc, hit.start, hit.end)
            if named not in (None, act):
                continue  # a section of another Act: "section 4 of the Mental Capacity Act"
            if named is None and (
                part_of_this_text(doc, hit.start, hit.end)
                or a_school_year(doc, hit.start, hit.end)
                or of_a_document_after(doc.text, hit.end)
                or _DECIMAL_PART.match(doc.text, hit.end) is not None
            ):
                continue  # "see section 2 for details", "Section 4 on the SEND 35a", "my son is in S3",
                # "section 3 of the Safeguarding Procedures", "is given in Section 3.1"
        if hit.entry not in with_context:
            hits.append(hit)
            continue
        fit = _fit(doc, entry, hit)
        if fit == _BY_WORDS:
            hits.append(hit)
        elif fit == _BY_DOMAIN and hit.entry in index.domain_decides:
            undecided.append(hit)
    if undecided:
        # Every match that stands so far is a care signal: "pt" counts in "Escalated to
        # the duty team as pt presenting with more risk" because "presenting with" does.
        # Officialese alone does not make a text about care, as any official writing has it: "the
        # magnitude of the disruption ... could persist" on a road notice is no foster placement's
        # "disruption". Beside a care word or term it still counts ("section F must be specified").
        around = _Surroundings(doc, index, sorted(h.start for h in hits))
        care_only = _Surroundings(doc, index, sorted(h.start for h in hits if entries[h.entry].category not in WORDING_CATEGORIES))
        for hit in undecided:
            span = context.window(doc, hit.start, hit.end)
            wording = entries[hit.entry].category in WORDING_CATEGORIES
            if around.care_heavy(span, hit) and (wording or care_only.any_care(span, hit)):
                by_domain.add(hit)
                hits.append(hit)
    if len(hits) < 2:
        return hits
    hits.sort(key=_by_start)
    if all(a.end <= b.start for a, b in zip(hits, hits[1:])):
        return hits  # nothing overlaps (the usual case): nothing to choose
    by_span: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_span.setdefault((hit.start, hit.end), []).append(hit)
    chosen: list[Hit] = []
    for group in by_span.values():
        if len(group) > 1 and by_domain:
            # A sense whose own context words are there beats one that only fits the domain.
            group = [h for h in group if h not in by_domain] or group
        if len(group) == 1:
            chosen.append(group[0])
        else:
            best = choose_sense([entries[h.entry] for h in group], settings.jurisdiction)
            chosen.append(next(h for h in group if entries[h.entry] is best))
    return _longest_first(chosen)


def _longest(hit: Hit) -> tuple[int, int]:
    return hit.start - hit.end, hit.start


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Of ``hits`` (in text order), the longest of each overlapping run, then the longest of
    what is left, and so on. Each run of overlapping hits is settled on its own: runs do not
    overlap, so this is the same as one pass over all hits, but it keeps the table of taken
    spans small (one table for a whole long text made this grow with the square of its size)."""
    kept: list[Hit] = []
    run: list[Hit] = []
    run_end = -1
    for hit in [*hits, None]:
        if hit is not None and hit.start < run_end:
            run.append(hit)
            run_end = max(run_end, hit.end)
            continue
        if len(run) == 1:
            kept.append(run[0])
        elif run:
            run.sort(key=_longest)
            taken = FreeSpans()
            kept.extend(sorted((h for h in run if taken.take(h.start, h.end)), key=_by_start))
        if hit is not None:
            run, run_end = [hit], hit.end
    return kept
