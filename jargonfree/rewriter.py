"""Rewrite: apply the glossary's safe suggestions, and change nothing else.

Three styles, chosen per entry (``rewrite:`` in the glossary):

* ``replace``: "commenced" -> "started" (inflection and capitals kept);
* ``expand``: "AMHP" -> "approved mental health professional (AMHP)" at first use, the bare
  abbreviation after that;
* ``explain``: "section 136" -> "section 136 (a police power to ...)" at first use.

An entry with several plain alternatives, or a ``no_auto_rewrite`` reason, is only applied
when the caller picks an alternative (``choices={"rule-id": "alternative"}``). Text outside
the edited spans is kept exactly; protected spans are never edited; "a"/"an" before an
edit is corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, NamedTuple

from . import readability
from .checker import GlossaryArg, resolve_glossary, run_checks
from .document import Document
from .glossary import Glossary
from .glossary.model import Entry
from .inflect import article_for
from .readability import Readability
from .report import Finding
from .settings import Settings
from .suggest import POSSESSIVE, suggestions


class Edit(NamedTuple):
    """One change: ``text[start:end]`` (== ``old``) became ``new``, because of ``rule``."""

    start: int
    end: int
    old: str
    new: str
    rule: str


@dataclass(frozen=True)
class Rewrite:
    """The result of :func:`rewrite`."""

    text: str
    edits: tuple[Edit, ...]
    before: Readability
    after: Readability
    #: Findings left as they were, each with the reason.
    skipped: tuple[tuple[Finding, str], ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready data."""
        return {
            "text": self.text,
            "edits": [e._asdict() for e in self.edits],
            "skipped": [{**f.to_dict(), "reason": reason} for f, reason in self.skipped],
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "warnings": list(self.warnings),
        }


def _article_edit(text: str, start: int, new: str) -> tuple[int, str] | None:
    """If "a" or "an" stands just before ``start`` and no longer fits ``new``, the corrected start and text."""
    before = text[max(0, start - 4) : start]
    for article in ("an ", "a "):
        if before.lower().endswith(article) and (len(before) == len(article) or not before[-len(article) - 1].isalnum()):
            written = before[-len(article) :].rstrip()
            wanted = article_for(new)
            if written.lower() == wanted:
                return None
            fixed = wanted.capitalize() if written[0].isupper() else wanted
            return start - len(article), f"{fixed} {new}"
    return None


def _choose(entry: Entry, finding: Finding, options: list[str], choices: Mapping[str, str | int]) -> tuple[str | None, str]:
    """The replacement to apply, or None with the reason."""
    picked = choices.get(entry.id, choices.get(entry.term))
    if picked is not None:
        if isinstance(picked, int) and 0 <= picked < len(options):
            return options[picked], ""
        if isinstance(picked, str):
            for plain, option in zip(entry.plain, options):
                if picked in (plain, option):
                    return option, ""
            return None, f"the chosen alternative {picked!r} is not one of the entry's plain words"
    if not options:
        return None, "no plain alternative in the glossary: explain it in your own words"
    if finding.no_rewrite_reason:
        return None, finding.no_rewrite_reason
    return options[0], ""


def plan(
    doc: Document, findings: list[Finding], entries: Mapping[str, Entry], choices: Mapping[str, str | int], short: bool
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    """The edits for ``findings`` (jargon ones only), and the findings left alone with their reasons."""
    edits: list[Edit] = []
    skipped: list[tuple[Finding, str]] = []
    done_once: set[str] = set()
    for finding in findings:
        if finding.kind != "jargon":
            continue
        entry = entries.get(finding.rule)
        if entry is None:
            skipped.append((finding, "not a glossary entry"))
            continue
        if entry.rewrite in ("expand", "explain") and entry.id in done_once:
            skipped.append((finding, "explained at its first use"))
            continue
        # The check already built the suggestions from the match itself.
        options = list(finding.suggestions)
        if short and entry.shorter:
            short_entry = replace(entry, plain=(entry.shorter,))
            suffix = _suffix_of(doc, entry, finding)
            options = [s.text for s in suggestions(doc, short_entry, finding.start, finding.end, suffix)] + options
        new, reason = _choose(entry, finding, options, choices)
        if new is None:
            skipped.append((finding, reason))
            continue
        start, end = finding.start, finding.end
        possessive = POSSESSIVE.match(doc.text, end) if entry.rewrite == "explain" else None
        if possessive:
            end = possessive.end()  # the suggestion already carries the "'s"
        fixed = _article_edit(doc.text, start, new)
        if fixed is not None:
            start, new = fixed
        edits.append(Edit(start, end, doc.text[start:end], new, entry.id))
        done_once.add(entry.id)
    return edits, skipped


def _suffix_of(doc: Document, entry: Entry, finding: Finding) -> str:
    """Which inflection the text used, re-derived from the folded surface."""
    from .document import fold_term
    from .glossary.derive import forms

    surface = fold_term(doc.text[finding.start : finding.end])
    for form in forms(entry):
        if form.key == surface:
            return form.suffix
    return ""


def apply(text: str, edits: list[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` applied; everything else is kept exactly."""
    out: list[str] = []
    last = 0
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(text[last : edit.start])
        out.append(edit.new)
        last = edit.end
    out.append(text[last:])
    return "".join(out)


MAX_PASSES = 4


def to_original(edits: list[Edit], start: int, end: int) -> tuple[int, int] | None:
    """Map ``[start, end)`` in the text after ``edits`` back to the original text.

    None if the span touches text that an edit put in (it has no original place).
    """
    delta = 0
    for edit in sorted(edits, key=lambda e: e.start):
        new_start = edit.start + delta
        new_end = new_start + len(edit.new)
        if end <= new_start:
            break
        if start < new_end:
            return None
        delta += len(edit.new) - (edit.end - edit.start)
    return start - delta, end - delta


def _pass(
    text: str, glossary: Glossary, settings: Settings, entries: Mapping[str, Entry], choices: Mapping[str, str | int], short: bool
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    doc = Document.from_text(text)
    return plan(doc, run_checks(doc, glossary, settings), entries, choices, short)


def _rewrite_all(
    text: str, glossary: Glossary, settings: Settings, entries: Mapping[str, Entry], choices: Mapping[str, str | int], short: bool
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    """Edits against ``text`` that leave nothing more to change.

    A rewrite can give another term the context it needs ("... under the Mental Health Act"
    makes "CCO" a mental-health abbreviation), so passes repeat until nothing changes; each
    later edit is mapped back onto the original text.
    """
    edits, skipped = _pass(text, glossary, settings, entries, choices, short)
    for _ in range(MAX_PASSES - 1):
        current = apply(text, edits)
        more, more_skipped = _pass(current, glossary, settings, entries, choices, short)
        added = False
        for edit in more:
            span = to_original(edits, edit.start, edit.end)
            if span is None:
                continue
            edits.append(Edit(span[0], span[1], text[span[0] : span[1]], edit.new, edit.rule))
            added = True
        known = {(f.start, f.end) for f, _ in skipped}
        for finding, reason in more_skipped:
            span = to_original(edits, finding.start, finding.end)
            if span is not None and span not in known:
                skipped.append((replace(finding, start=span[0], end=span[1]), reason))
        if not added:
            break
    edits.sort(key=lambda e: e.start)
    skipped.sort(key=lambda item: item[0].start)
    return edits, skipped


def rewrite(
    text: str,
    *,
    audience: str = "public",
    glossaries: GlossaryArg = None,
    jurisdiction: str = "england-wales",
    choices: Mapping[str, str | int] | None = None,
    max_length: int | None = None,
) -> Rewrite:
    """Rewrite ``text`` in plainer words, changing only the glossary terms it can change safely.

    ``choices`` picks an alternative for entries that are not rewritten on their own
    (by rule id or term, as the alternative's text or index). With ``max_length``, shorter
    alternatives are used when the result would be too long, and a warning says if it still is.
    """
    if not isinstance(text, str):
        raise TypeError(f"rewrite() needs text (str), not {type(text).__name__}")
    settings = Settings.for_audience(audience, jurisdiction=jurisdiction, only=frozenset({"jargon"}), jargon_severity="warning")
    glossary = resolve_glossary(glossaries)
    entries = {e.id: e for e in glossary}
    edits, skipped = _rewrite_all(text, glossary, settings, entries, choices or {}, short=False)
    result = apply(text, edits)
    warnings: list[str] = []
    if max_length is not None and len(result) > max_length:
        edits, skipped = _rewrite_all(text, glossary, settings, entries, choices or {}, short=True)
        result = apply(text, edits)
        if len(result) > max_length:
            warnings.append(
                f"The rewritten text has {len(result)} characters, more than the limit of {max_length}: shorten it by hand."
            )
    return Rewrite(
        text=result,
        edits=tuple(edits),
        before=readability.score(text),
        after=readability.score(result),
        skipped=tuple(skipped),
        warnings=tuple(warnings),
    )
