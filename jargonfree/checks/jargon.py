"""Jargon: glossary terms the text does not explain.

Rules, in order:

1. every form of every entry is found in one scan (:mod:`jargonfree.glossary.index`);
2. an entry's context rules (``only_near``, ``not_near``, ``not_before``, ``not_after``) drop
   matches in the wrong context: ``only_near`` over the paragraph around the match, where a
   care-heavy paragraph can stand in for the entry's own context words (see
   :mod:`jargonfree.context`), ``not_near`` over its sentence;
3. where several entries match one span, the sense for the jurisdiction setting wins;
4. the longest match wins, and overlapping matches never give two findings;
5. a term the text explains is not flagged from that point on: a definition such as
   "an Approved Mental Health Professional (AMHP)" (either order), or a bracketed gloss such
   as "section 136 (when the police take someone to a safe place)". A use before the
   explanation is still flagged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..document import Document

from ..folding import fold, fold_term

from ..spans import FreeSpans
from ..glossary import Glossary, choose_sense
from ..glossary.derive import IRREGULAR_PLURALS as _IRREGULAR_PLURALS, RELATED
from ..glossary.index import Hit, Index
from ..glossary.model import Entry
from ..memo import Memo
from ..report import Finding
from ..settings import Settings
from .. import context, suggest
from ..definitions import explained_after, explained_before

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "jargon"
#: How the text output names a finding of this kind.
LABEL = "jargon"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Jargon"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = False


_LOOK = 80


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


def _found(phrases: tuple[str, ...], text: str) -> bool:
    return any(_phrase_hint(p) in text and _phrase_re(p).search(text) for p in phrases)


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


# How well a match's context fits its entry.
_WRONG, _BY_DOMAIN, _BY_WORDS = 0, 1, 2


def _fit(doc: Document, entry: Entry, hit: Hit) -> int:
    """How the context fits: wrong, right by the entry's own words, or up to the domain."""
    if entry.not_before:
        after = doc.folded_span(hit.end, hit.end + _LOOK).lstrip()
        if any(_phrase_re(p).match(after) for p in entry.not_before):
            return _WRONG
    if entry.not_after:
        before = doc.folded_span(max(0, hit.start - _LOOK), hit.start).rstrip()
        if any(_phrase_hint(p) in before and _phrase_end_re(p).search(before) for p in entry.not_after):
            return _WRONG
    # A word that gives the term another meaning works close by ("section 3 of the
    # leaflet"), so ``not_near`` looks at the sentence; the words that confirm the meaning
    # may be a sentence or two away ("Her DoLS ends soon. Her IMCA visits on Monday."), so
    # ``only_near`` looks at the paragraph.
    if entry.not_near and _found(entry.not_near, doc.folded_sentence_at(hit.start)):
        return _WRONG
    if entry.only_near:
        low, high = context.window(doc, hit.start, hit.end)
        if not _found(entry.only_near, doc.folded_span(low, high)):
            return _BY_DOMAIN
    return _BY_WORDS


def _gives_plain_words(glossary: Glossary, definition) -> bool:
    """True if a definition's long form is the glossary's own first plain words for its
    abbreviation ("nearest relative (NR)", as the rewrite writes it): that counts as explained."""
    entry = glossary.lookup(definition.short) or glossary.lookup(definition.short.rstrip("s"))
    return entry is not None and bool(entry.plain) and fold_term(entry.plain[0]) == fold_term(definition.long)


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
        if hit.entry not in with_context:
            hits.append(hit)
            continue
        fit = _fit(doc, entries[hit.entry], hit)
        if fit == _BY_WORDS:
            hits.append(hit)
        elif fit == _BY_DOMAIN and hit.entry in index.domain_decides:
            undecided.append(hit)
    if undecided:
        # Every match that stands so far is a care signal: "pt" counts in "Escalated to
        # the duty team as pt presenting with more risk" because "presenting with" does.
        around = _Surroundings(doc, index, sorted(h.start for h in hits))
        for hit in undecided:
            if around.care_heavy(context.window(doc, hit.start, hit.end), hit):
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


# How _message starts the advice that is about the first use only.
_FIRST_USE_ADVICE = ("Spell out ", "Explain ")


def _message(entry: Entry, surface: str, suggestion: suggest.Suggestion | None) -> str:
    if suggestion is None:
        return f"“{surface}” may not be clear to everyone: say what it means."
    if entry.rewrite == "expand" and not suggestion.gloss:
        return f"Spell out “{surface}” the first time you use it: “{suggestion.text}”."
    if suggestion.gloss:
        return f"Explain “{surface}” the first time you use it: “{suggestion.text}”."
    return f"“{surface}” may not be clear to everyone: try “{suggestion.text}”."


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Glossary terms in ``doc`` that a lay reader may not know and the text does not explain."""
    entries = glossary.entries
    hits = select(doc, glossary, settings)
    if not hits:
        return section_references(doc, hits, settings.jargon_severity) if _may_cite_a_law(doc.text) else []
    explained_from: dict[str, int] = {}
    inside_definition: set[tuple[int, int]] = set()
    hit_starts = [h.start for h in hits]
    for definition in doc.definitions:
        for span in (definition.short_span, definition.long_span):
            # Only the hits that start inside the span can lie inside it.
            for hit in hits[bisect_left(hit_starts, span[0]) : bisect_left(hit_starts, span[1])]:
                if hit.end > span[1]:
                    continue
                if span is definition.long_span and hit.suffix != RELATED and not _gives_plain_words(glossary, definition):
                    # The long form is a glossary term of its own ("Multi-Agency Safeguarding
                    # Hub (MASH)"): spelling out the abbreviation does not explain it.
                    continue
                inside_definition.add((hit.start, hit.end))
                entry_id = entries[hit.entry].id
                explained_from[entry_id] = min(explained_from.get(entry_id, definition.start), definition.start)
    findings: list[Finding] = []
    # Entry id -> index in findings of its first use, for advice that is about the first use only.
    first_use: dict[str, int] = {}
    later_uses: dict[str, list[tuple[int, int]]] = {}
    text, severity = doc.text, settings.jargon_severity
    brackets = "(" in text
    for start, end, position, suffix in hits:
        entry = entries[position]
        if inside_definition and (start, end) in inside_definition:
            continue
        rule = entry.id
        if rule in explained_from and start >= explained_from[rule]:
            continue
        if (
            explained_after(text, start, end)
            or (brackets and explained_before(text, doc.sentences, start, end))
            or (context.named_after_explanation(text, start) and not _opens_with_capitals(text, start, end))
            or context.heads_a_gloss(text, start, end)
            or context.explained_after_noun(text, end)
            or context.explained_next(doc, start, end)
        ):
            # The earliest explanation counts, whether a definition or this bracket.
            explained_from[rule] = min(explained_from.get(rule, start), start)
            continue
        if rule in first_use:
            later_uses[rule].append((start, end))
            continue
        if context.inside_a_name(text, start, end):
            continue  # part of an organisation's name: "the National Self-directed Support Collaboration"
        surface = text[start:end]
        found = suggest.context(doc, entry, start, end, suffix)
        texts, message, blocker = _ADVICE.get((entry, found))
        if note := glossary.where_note(entry, settings.jurisdiction):
            message = f"{message} {note}"  # the term's only sense (or the one chosen) does not hold where the reader is
        if _about_first_use(message):
            first_use[rule] = len(findings)
            later_uses[rule] = []
        findings.append(
            Finding(
                start=start,
                end=end,
                text=surface,
                kind=KIND,
                rule=rule,
                message=message,
                suggestions=texts,
                explanation=entry.explanation,
                severity=severity,
                no_rewrite_reason=blocker,
                inflection=found.suffix,
            )
        )
    for rule, uses in later_uses.items():
        if uses:
            at = first_use[rule]
            findings[at] = replace(findings[at], also_at=tuple(uses))
    if _may_cite_a_law(text):
        findings.extend(section_references(doc, hits, severity))
    return findings


def _about_first_use(message: str) -> bool:
    """True if the advice (made by :func:`_message`) is about the first use only: spell out an
    abbreviation, or explain a term, once. Later uses are then the first finding's ``also_at``."""
    return message.startswith(_FIRST_USE_ADVICE)


def first_use_only(finding: Finding) -> bool:
    """True for a jargon finding whose advice is about the term's first use only."""
    return finding.kind == KIND and _about_first_use(finding.message)


# "section 22 of the Act", "Part 2 of the Measure", "Article 115 of the Order": a numbered
# part of a law the glossary has no entry for. It counts when the law is named straight after
# it (so "section 3 of the leaflet" is left alone), or, written with a capital ("Section 147",
# "Part II"), when a law is named in the same paragraph or a section title in brackets follows
# ("Section 147 (Departure from requirements in codes)").
_SECTION_NUMBER = re.compile(
    r"\b(?:[Ss]ection|Part|Article|Schedule|Regulation)\s+(?:\d+[A-Z]?(?:\(\d+\))*|[IVX]{1,5}\b(?![’']))"
)
_NAMES_A_LAW = re.compile(
    r"[ ,]*(?:of|in|under)\s+(?:the\s+)?(?:\(?[A-Z][\w()'’-]*\s+){0,7}(?:Act|Order|Measure|Regulations|Rules)\b"
)
# A law named anywhere: "the Mental Health Act", "the Order", "Care Act 2014", "the Measure".
_A_LAW = re.compile(r"(?:\b[A-Z][\w()'’-]*|\bthe)\s+(?:Act|Order|Measure|Regulations)\b")
# A section's title in brackets starts with a capitalised word that is not how a gloss starts.
_TITLE = re.compile(r"\s*\((?!(?:The|A|An|When|Where|Which|This|That|It|What|Who|How|If|For|Or|Meaning|See|Also)\b)[A-Z][a-z]+\b")
SECTION_RULE = "legal/section-reference"
# Cheap tests that let most texts skip the pattern.
_SECTION_HINTS = ("ection", "Part ", "Article ", "Schedule ", "Regulation ")


# How a numbered part of a law is used when the law is not named: "detained under section
# 25", "the condition set out in section 25", "Section 24 provides that ...".
_LAW_BEFORE = re.compile(r"(?:\bunder|\bset out in|\blaid down in|\bafforded by|\bauthorised by|\bin line with)\s+$", re.I)
_LAW_AFTER = re.compile(r"\s+(?:provides|requires|says that|states that|sets out|allows|gives (?:the|a|you)|applies to)\b")
_ONLY_A_LAWS = ("section", "Section", "Schedule")
# "of this leaflet", "of the form": what follows a part of a document.
_OF_A_DOCUMENT = re.compile(r"\s+of\s+(?:this|the|our|your)\s+(?:leaflet|form|guide|document|page|report|booklet|policy|website|plan|letter|handbook|toolkit|strategy)\b", re.I)


def _used_as_law(text: str, start: int, end: int) -> bool:
    """True if the words around a section number show a law is meant though none is named."""
    if _LAW_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    # "Part 2 applies to you" is as likely a leaflet's part: only a section or schedule "provides".
    return text.startswith(_ONLY_A_LAWS, start) and _LAW_AFTER.match(text, end) is not None


def _may_cite_a_law(text: str) -> bool:
    return any(hint in text for hint in _SECTION_HINTS)


def _cites_a_law(doc: Document, start: int, end: int) -> bool:
    """For a capitalised "Section 147" or "Part II" with no law named after it: True if a section
    title in brackets follows, or a law is named in its paragraph and no explanation follows."""
    text = doc.text
    if _TITLE.match(text, end, end + 80):
        return True
    low, high = context.window(doc, start, end)
    return _A_LAW.search(text, low, high) is not None and not explained_after(text, start, end)


def section_references(doc: Document, hits: list[Hit], severity: str) -> list[Finding]:
    """Numbered parts of a law that no glossary entry matched: flagged with a general message."""
    text = doc.text
    out: list[Finding] = []
    # The hits are in text order and do not overlap, so the only one that can overlap a span
    # is the last that starts before the span ends (a scan of every hit for every number made
    # this grow with the square of a long text).
    hit_starts = [h.start for h in hits]
    for m in _SECTION_NUMBER.finditer(text):
        start, end = m.span()
        before = bisect_left(hit_starts, end) - 1
        if (before >= 0 and hits[before].end > start) or (doc.protected and doc.is_protected(start, end)):
            continue
        if _NAMES_A_LAW.match(text, end, end + 120):
            if explained_after(text, start, end):
                continue
        elif _OF_A_DOCUMENT.match(text, end, end + 60):
            continue  # "section 3 of this leaflet": a part of a document, not of a law
        elif not (_used_as_law(text, start, end) or (text[start].isupper() and _cites_a_law(doc, start, end))):
            continue
        surface = m.group()
        message = f"“{surface}” is a part of a law: say in plain words what it means for the reader."
        out.append(
            Finding(
                start=start,
                end=end,
                text=surface,
                kind=KIND,
                rule=SECTION_RULE,
                message=message,
                explanation=_SECTION_EXPLANATION,
                severity=severity,
                no_rewrite_reason="a part of a law: only a person can say what it means here",
            )
        )
    return out


_SECTION_EXPLANATION = "A numbered part of a law. Say what it allows or requires, in plain words."


def _opens_with_capitals(text: str, start: int, end: int) -> bool:
    """True if the match starts with an abbreviation ("SEN support"): naming the idea does not spell that out."""
    first = text[start:end].split(" ", 1)[0]
    return sum(c.isupper() for c in first) >= 2


def _make_advice(key: tuple[Entry, suggest.Context]) -> tuple[tuple[str, ...], str, str | None]:
    """The suggestions, message and reason not to rewrite for an entry's match in a context."""
    entry, context = key
    options, blocker = suggest.advise(entry, suggest.build(entry, *context))
    message = _message(entry, context.surface, options[0] if options else None)
    return tuple(o.text for o in options), message, blocker


# (entry, context) -> its advice. The same term in the same context gets the same advice in
# every post, and a busy account uses the same terms again and again (see jargonfree.memo;
# making the advice afresh for every match costs about a tenth of check() on short posts).
_ADVICE: Memo[tuple[Entry, suggest.Context], tuple[tuple[str, ...], str, str | None]] = Memo(_make_advice, limit=20_000)
