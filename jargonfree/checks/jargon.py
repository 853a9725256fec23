"""Jargon: glossary terms the text does not explain.

Rules, in order:

1. every form of every entry is found in one scan (:mod:`jargonfree.glossary.index`);
2. context rules, sense choice and longest-match-wins keep the matches that stand
   (:mod:`jargonfree.checks.senses`);
3. a term the text explains is not flagged from that point on: a definition such as
   "an Approved Mental Health Professional (AMHP)" (either order), or a bracketed gloss such
   as "section 136 (when the police take someone to a safe place)". A use before the
   explanation is still flagged;
4. a numbered part of a law that no entry matched ("section 22 of the Act") is flagged with
   a general message (:mod:`jargonfree.checks.sections`);
5. a word that is everyday where the reader is (an entry's ``everyday_in``: "outwith" in
   Scotland) is not flagged for that reader, and is for readers elsewhere;
6. a term inside quoted words (quoted speech, or a term the writer put in quotes: see
   :mod:`jargonfree.protected`) is flagged, but no rewrite changes what the writer quotes.

What a finding says (its message, suggestions and the reason the rewrite would leave it) is
:mod:`jargonfree.checks.jargon_advice`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import entry_words, firstuse, named_explanations, names, nearby_explanations, service_names, suggest
from ..adjacent_explanations import explained_after, explained_before
from ..defining_sentences import opens_with_abbreviation
from ..listed_explanations import heads_a_gloss
from ..rewrite_guards import as_the_rewrite_would
from ..name_letters import cited_as_author
from ..titles_after_names import title_after_a_name
from ..office_names import names_a_posts_field, opened_by_a_bodys_word, titles_an_office
from ..other_names import set_out_as_a_body
from ..document import Document
from ..glossary import Glossary
from ..glossary.derive import RELATED
from ..glossary.index import Hit
from ..glossary.model import WORDING_CATEGORIES
from ..nations import everyday_for
from ..protected import quoted_words
from ..report import Finding
from .jargon_advice import about_first_use, advice, message_for
from .senses import select
from .unmatched_shapes import unmatched_shapes

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "jargon"
#: How the text output names a finding of this kind.
LABEL = "jargon"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Jargon"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = False


class Memory(firstuse.Memory):
    """The terms a long text's earlier chunks explained, or flagged with advice about their
    first use (see :mod:`jargonfree.firstuse`)."""

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        super().__init__(glossary, settings, keep_later_uses=keep_later_uses)
        #: Glossary entry ids explained so far (definition or bracketed explanation).
        self.explained: set[str] = set()
        #: Glossary entry ids already reported with advice about their first use.
        self.reported: set[str] = set()

    def still_new(self, finding: Finding, offset: int) -> bool:
        if finding.rule in self.explained:
            return False
        if finding.rule in self.reported:
            self.note_later_use(finding, offset)
            return False
        return True

    def remember(self, doc: Document, raw: list[Finding], kept: list[Finding]) -> None:
        self.explained |= explained_entries(doc, self.glossary, self.settings, raw)
        self.reported.update(f.rule for f in kept if first_use_only(f))


def _gives_plain_words(glossary: Glossary, definition) -> bool:
    """True if a definition's long form is the glossary's own first plain words for its
    abbreviation, written as the glossary writes them ("nearest relative (NR)", as the rewrite
    writes it; only the first letter's case may differ): that counts as explained, so that what
    rewrite puts in is not flagged again. A long form in the writer's own capitals ("Mental
    Health Officer (MHO)", "Adult Protection and Support Order (APSO)") names the term without
    explaining it, and is flagged like any other long form that is a glossary term."""
    entry = glossary.lookup(definition.short) or glossary.lookup(definition.short.rstrip("s"))
    if entry is None or not entry.plain:
        return False
    plain, long = entry.plain[0], " ".join(definition.long.split())
    return long[1:] == plain[1:] and long[:1].lower() == plain[:1].lower()


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Glossary terms in ``doc`` that a lay reader may not know and the text does not explain."""
    entries = glossary.entries
    hits = select(doc, glossary, settings)
    if not hits:
        return unmatched_shapes(doc, hits, KIND, settings.jargon_severity)
    explained_from: dict[str, int] = {}
    inside_definition: set[tuple[int, int]] = set()
    # Glossary terms written as the long form of an abbreviation: named there, not explained.
    spelt_out: set[tuple[int, int]] = set()
    # Where each hit starts and ends (hits are in text order), for bisect to find the hits near a place.
    hit_starts = [h.start for h in hits]
    hit_ends = [h.end for h in hits]
    for definition in doc.definitions:
        for span, is_long_form in ((definition.short_span, False), (definition.long_span, True)):
            # Only the hits that start inside the span can lie inside it.
            for hit in hits[bisect_left(hit_starts, span[0]) : bisect_left(hit_starts, span[1])]:
                if hit.end > span[1]:
                    continue
                if is_long_form and hit.suffix != RELATED and not _gives_plain_words(glossary, definition):
                    # The long form is a glossary term of its own ("Multi-Agency Safeguarding
                    # Hub (MASH)"): spelling out the abbreviation does not explain it.
                    spelt_out.add((hit.start, hit.end))
                    continue
                inside_definition.add((hit.start, hit.end))
                entry_id = entries[hit.entry].id
                explained_from[entry_id] = min(explained_from.get(entry_id, definition.start), definition.start)
        # A short form in quotes is not matched ("the Mental Health Act 1983 (“the MHA”)"):
        # the definition still explains the glossary's abbreviation from there on.
        if (short_entry := glossary.lookup(definition.short)) is not None and short_entry.id not in explained_from:
            explained_from[short_entry.id] = definition.start
    findings: list[Finding] = []
    # Entry id -> index in findings of its first use, for advice that is about the first use only.
    first_use: dict[str, int] = {}
    later_uses: dict[str, list[tuple[int, int]]] = {}
    text, severity = doc.text, settings.jargon_severity
    brackets = "(" in text
    cues = doc.cues  # which ways of explaining a term the text could hold
    quoted = quoted_words(text)  # quoted speech and terms in quotes, not titles ([] for most texts)
    for start, end, position, suffix in hits:
        entry = entries[position]
        if entry.everyday_in and everyday_for(entry.everyday_in, settings.jurisdiction):
            continue  # an everyday word where the reader is ("outwith" for a reader in Scotland)
        if inside_definition and (start, end) in inside_definition:
            continue
        if title_after_a_name(text, start, end):
            continue  # an office after a person's name: "Gareth Davies MS" is a Member of the Senedd
        rule = entry.id
        if rule in explained_from and start >= explained_from[rule]:
            continue
        if (
            explained_after(text, start, end)
            # "MHO (Mental Health Officer)": the words before the bracket are its abbreviation, not an explanation.
            or (
                brackets
                and explained_before(text, doc.sentences, start, end)
                and (start, end) not in spelt_out
                and not _jargon_before_bracket(text, hits, hit_ends, start)
            )
            or (
                cues.named
                and named_explanations.named_after_explanation(text, start)
                and not opens_with_abbreviation(text, start, end)
            )
            or (cues.colon_or_dash and heads_a_gloss(text, start, end))
            or nearby_explanations.explained_nearby(doc, start, end, examples_explain=entry.category not in WORDING_CATEGORIES)
            # An abbreviation after the words it stands for: "the high dependency unit; ... on HDU".
            or (
                entry.plain
                and text[start : start + 2].isupper()
                and nearby_explanations.spelt_out_earlier(text, start, text[start:end].split(" ", 1)[0], entry.plain)
            )
            # Whatever its shape, the words after the term say what the glossary says it is.
            or (
                entry_words.may_follow(text, end)
                and entry_words.explained_in_entry_words(doc, start, end, (entry.term, *entry.forms, text[start:end]), entry.plain, entry.explanation or "")
            )
        ):
            # The earliest explanation counts, whether a definition or this bracket.
            explained_from[rule] = min(explained_from.get(rule, start), start)
            continue
        if rule in first_use:
            later_uses[rule].append((start, end))
            continue
        if names.may_be_part_of_a_name(text, start, end) and (
            names.inside_a_name(text, start, end)
            or names.names_a_court(text, start, end)
            or names.names_an_nhs_body(text, start, end)
            or names.names_one_body(text, start, end)
            or names.inside_a_laws_name(text, start, end)
            or service_names.names_a_service(text, start, end, entry.category == "officialese")
            or opened_by_a_bodys_word(text, start, end)
            or titles_an_office(text, start, end)
            or names_a_posts_field(text, start, end)
            or set_out_as_a_body(text, start, end)
            or cited_as_author(text, start, end)
            # Wording advice does not fit a name the writer cannot reword: "Solicitors for the Elderly".
            or (entry.category == "respectful-language" and names.written_as_a_name(text, start, end))
        ):
            continue  # part of a name ("the National Self-directed Support Collaboration", "the Single Point of Access Team"), or a court's
        surface = text[start:end]
        found = suggest.context(doc, entry, start, end, suffix)
        options, texts, message, blocker = advice(entry, found)
        if blocker is None and ((quoted and any(a <= start and end <= b for a, b in quoted)) or (doc.protected and doc.is_protected(start, end))):
            blocker = QUOTED_REASON
        if blocker is None and options:
            # Suggest only what the rewrite would put here: it asks the same guards.
            blocker, offered = as_the_rewrite_would(doc, entry, start, end, options)
            if len(offered) < len(options):
                texts, message = tuple(o.text for o in offered), message_for(entry, surface, offered[0] if offered else None)
        if note := glossary.where_note(entry, settings.jurisdiction):
            message = f"{message} {note}"  # the term's only sense (or the one chosen) does not hold where the reader is
        if about_first_use(message):
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
    findings.extend(unmatched_shapes(doc, hits, KIND, severity))
    return findings


#: Why a rewrite leaves a term in quoted words alone.
QUOTED_REASON = "the writer is quoting these words: reword around the quotation, or explain the term after it"


def first_use_only(finding: Finding) -> bool:
    """True for a jargon finding whose advice is about the term's first use only."""
    return finding.kind == KIND and about_first_use(finding.message)


def _jargon_before_bracket(text: str, hits: list[Hit], hit_ends: list[int], start: int) -> bool:
    """True if a glossary term stands just before the bracket that holds the match at ``start``:
    "a hospital order (section 37/41)" explains neither (a plain "a safe place (section 136)" does).
    ``hit_ends`` are the ends of ``hits``, in the same order."""
    open_at = text.rfind("(", 0, start)
    i = bisect_left(hit_ends, open_at + 1) - 1  # the last hit that ends before the bracket
    return i >= 0 and not text[hits[i].end : open_at].strip()


def explained_entries(doc: Document, glossary: Glossary, settings: Settings, raw: list[Finding]) -> set[str]:
    """Ids of the glossary entries that ``doc`` explains.

    This check flags every match of an entry except the ones inside a definition, after
    one, or with an explanation next to them; so an entry with a match that gave no finding
    (in ``raw``, the findings of ``doc``) is one the text explains.
    """
    hits = select(doc, glossary, settings)
    if not hits:
        return set()
    flagged = {span for f in raw if f.kind == KIND for span in ((f.start, f.end), *f.also_at)}
    entries = glossary.entries
    return {entries[h.entry].id for h in hits if (h.start, h.end) not in flagged}
