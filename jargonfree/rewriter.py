"""Rewrite: apply the glossary's safe suggestions to what ``check`` finds, and change nothing else.

A rewrite acts only on the jargon findings of a check of the ORIGINAL text, in one pass:
the words it puts in are never checked again, so an inserted explanation cannot make another
entry count, and the cost grows in step with the text. For each finding (see
:func:`jargonfree.suggest.advise`):

* a replacement (``plain``): "commenced" -> "started", in the form the text used, with
  capitals kept and "a"/"an" before it put right;
* an abbreviation (``rewrite: expand``): "AMHP" -> "approved mental health professional (AMHP)"
  at first use, the bare abbreviation after that;
* a gloss (``in_brackets``, or ``rewrite: explain``): "section 136" -> "section 136 (a police
  power to ...)" at first use.

An entry with several plain alternatives, or a ``no_auto_rewrite`` reason, is only replaced
when the caller picks an alternative (``choices={"rule-id": "alternative"}``). Brackets never
stack: a term already followed by brackets, or inside them, gets none, and a gloss that
would repeat the words after it is left out. Text outside the edited spans is kept exactly;
protected spans and quoted words are never edited, though a term quoted on its own gets its
plain words in brackets after the closing mark (:mod:`jargonfree.quoted_glosses`).

Which edits to make, and why a finding is left, is :mod:`jargonfree.rewrite_plan`; this module
checks the caller's settings, applies the edits (to the prose of Markdown or HTML too) and
reports the result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from . import readability
from .checker import GlossaryArg, resolve_glossary, run_checks
from .choices import checked_choices, checked_max_length
from .document import Document
from .glossary import Glossary
from .rewrite_nations import nation_warnings
from .rewrite_plan import Edit, plan
from .nations import DEFAULT_JURISDICTION
from .readability import Readability
from .report import Finding
from .settings import Settings

__all__ = ["Edit", "Rewrite", "apply", "length_warnings", "rewrite"]


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


def _rewrite_once(
    doc: Document, glossary: Glossary, settings: Settings, choices: Mapping[str, str | int], short: bool
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    return plan(doc, run_checks(doc, glossary, settings), glossary, choices, short, settings.jurisdiction)


def rewrite(
    text: str,
    *,
    audience: str = "public",
    glossaries: GlossaryArg = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    choices: Mapping[str, str | int] | None = None,
    max_length: int | None = None,
    markup: str = "text",
) -> Rewrite:
    """Rewrite ``text`` in plainer words, changing only the glossary terms it can change safely.

    ``choices`` picks an alternative for entries that are not rewritten on their own
    (by rule id or term, as the alternative's words, in any case or form, or its number); a key
    that names no entry, or words or a number the entry does not offer, is a
    :class:`~jargonfree.SettingsError` (a ``ValueError``) that names it, as ``check`` treats a
    value it cannot use. A chosen term the text uses where the words cannot go (the words in
    another form) is left as it is, with the reason in ``skipped``. With ``max_length``, shorter
    alternatives are used when the result would be too long, and a warning says if it still is.
    ``markup="markdown"`` or ``"html"`` rewrites only the prose of a Markdown or HTML text:
    tags, code and link addresses are kept exactly (and ``max_length`` counts the prose).
    """
    if not isinstance(text, str):
        raise TypeError(f"rewrite() needs text (str), not {type(text).__name__}")
    if markup != "text":
        return _rewrite_markup(text, markup, audience, glossaries, jurisdiction, choices, max_length)
    settings = Settings.for_audience(audience, jurisdiction=jurisdiction, only=frozenset({"jargon"}), jargon_severity="warning")
    max_length = checked_max_length(max_length)
    glossary = resolve_glossary(glossaries)
    choices = checked_choices(choices, glossary)
    doc = Document.from_text(text)
    edits, skipped = _rewrite_once(doc, glossary, settings, choices, short=False)
    result = apply(text, edits)
    if max_length is not None and len(result) > max_length:
        edits, skipped = _rewrite_once(doc, glossary, settings, choices, short=True)
        result = apply(text, edits)
    return Rewrite(
        text=result,
        edits=tuple(edits),
        before=readability.score(readability.prose(text)),
        after=readability.score(readability.prose(result)),
        skipped=tuple(skipped),
        warnings=nation_warnings(glossary, [(e.old, e.rule) for e in edits], settings.jurisdiction) + length_warnings(result, max_length),
    )


def length_warnings(prose: str, max_length: int | None) -> tuple[str, ...]:
    """The warning for rewritten ``prose`` longer than ``max_length``, or none."""
    if max_length is None or len(prose) <= max_length:
        return ()
    return (f"The rewritten text has {len(prose)} characters, more than the limit of {max_length}: shorten it by hand.",)


def _rewrite_markup(
    text: str,
    markup: str,
    audience: str,
    glossaries: GlossaryArg,
    jurisdiction: str,
    choices: Mapping[str, str | int] | None,
    max_length: int | None,
) -> Rewrite:
    """Rewrite the prose of a Markdown or HTML ``text`` and put the edits back into the text as written."""
    import html

    from .markup import extract

    prose = extract(text, markup)
    inner = rewrite(prose.text, audience=audience, glossaries=glossaries, jurisdiction=jurisdiction, choices=choices, max_length=max_length)
    edits = []
    for edit in inner.edits:
        start, end = prose.span(edit.start, edit.end)
        new = html.escape(edit.new, quote=False) if markup == "html" else edit.new
        edits.append(Edit(start, end, text[start:end], new, edit.rule))
    skipped = []
    for finding, reason in inner.skipped:
        start, end = prose.span(finding.start, finding.end)
        skipped.append((replace(finding, start=start, end=end, text=text[start:end]), reason))
    return replace(inner, text=apply(text, edits), edits=tuple(edits), skipped=tuple(skipped))
