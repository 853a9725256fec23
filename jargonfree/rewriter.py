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
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping, NamedTuple

from . import readability, suggest
from .checker import GlossaryArg, resolve_glossary, run_checks
from .choices import checked_choices, checked_max_length
from .document import Document
from .checks.jargon import QUOTED_REASON
from .fitting import first_that_fits, gloss_end, repeats, with_article, without_last_word_repeated
from .glossary import Glossary
from .glossary.model import Entry
from .inflect import chosen_plain_words
from .quoted_glosses import brackets_after_quote
from .rewrite_guards import EDIT_BLOCKER_REASONS, edit_blocker
from .rewrite_nations import left_for_the_nation, nation_warnings
from .nations import DEFAULT_JURISDICTION
from .readability import Readability
from .report import Finding
from .settings import Settings
from .suggest import Suggestion, possessive_after


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


def _choose(
    doc: Document, entry: Entry, finding: Finding, choices: Mapping[str, str | int], short: bool
) -> tuple[Suggestion | None, str]:
    """The suggestion to apply, or None with the reason."""
    picked = choices.get(entry.id, choices.get(entry.term))
    # A reason the check found by asking edit_blocker without the word tables: plan asks it again.
    asked_again = finding.no_rewrite_reason in EDIT_BLOCKER_REASONS
    if picked is None and not asked_again:
        if finding.no_rewrite_reason:
            return None, finding.no_rewrite_reason
        if not finding.suggestions:
            return None, "no plain alternative in the glossary: explain it in your own words"
    # The check's own suggestions, made again with their kinds (gloss or replacement): the
    # entry and the form come from the finding.
    found = suggest.context(doc, entry, finding.start, finding.end, finding.inflection)
    options, reason = suggest.advise(entry, suggest.build(entry, *found))
    if picked is not None:
        plain = [o for o in options if not o.gloss]
        if isinstance(picked, int) and not isinstance(picked, bool) and 0 <= picked < len(plain):
            return plain[picked], ""
        # The same test as choices._check_words: the plain words in any form ("starts" picks
        # "start", which this finding's form then makes "started").
        if isinstance(picked, str):
            i = chosen_plain_words(picked, [o.alternative for o in options], [o.text for o in options])
            if i is not None:
                return options[i], ""
        return None, f"the chosen alternative {picked!r} is not one of the entry's plain words"
    if short and entry.shorter:
        made = suggest.build(replace(entry, plain=(entry.shorter,), in_brackets=()), *found)
        if made and made[0].safe:
            return made[0], ""
    if reason is not None or not options:
        return None, reason or "no plain alternative in the glossary: explain it in your own words"
    return first_that_fits(options, doc.text, finding.start, finding.end)


def plan(
    doc: Document, findings: list[Finding], glossary: Glossary, choices: Mapping[str, str | int], short: bool,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    """The edits for ``findings`` (jargon ones only, in text order), and the findings left alone
    with their reasons (a numbered provision of another nation's law than ``jurisdiction`` too:
    see :mod:`jargonfree.rewrite_nations`)."""
    text = doc.text
    edits: list[Edit] = []
    skipped: list[tuple[Finding, str]] = []
    done_once: set[str] = set()
    for finding in findings:
        if finding.kind != "jargon":
            continue
        entry = glossary.lookup(finding.rule)
        if entry is None or entry.id != finding.rule:
            skipped.append((finding, "not a glossary entry"))
            continue
        elsewhere = left_for_the_nation(glossary, entry, jurisdiction, choices)
        if elsewhere:
            skipped.append((finding, elsewhere))  # "section 4" in a Scottish text: not England's
            continue
        chosen, reason = _choose(doc, entry, finding, choices, short)
        after = None
        if chosen is None and reason == QUOTED_REASON and not short and entry.id not in done_once:
            after = brackets_after_quote(doc, entry, finding)  # "a “nil by mouth” (nothing to eat or drink) regime"
        if after is not None:
            end, words = after
            edits.append(Edit(finding.start, end, text[finding.start : end], text[finding.start : end] + words, entry.id))
            done_once.add(entry.id)
            continue
        if chosen is None:
            skipped.append((finding, reason))
            continue
        brackets = chosen.gloss or entry.rewrite == "expand"
        if brackets and entry.id in done_once:
            skipped.append((finding, "explained at its first use"))
            continue
        start, end = finding.start, finding.end
        blocker, new = edit_blocker(doc, entry, start, end, chosen)
        if blocker is not None:
            skipped.append((finding, blocker))  # "not chargeable (you pay for it)", "rights and rights"
            continue
        if chosen.gloss:
            possessive = possessive_after(text, start, end)
            if possessive:
                end += len(possessive)  # the gloss already carries the "'s"
            elif new.startswith(text[start:end]):
                moved = gloss_end(text, start, end, findings, entry.pos)  # "a statutory framework (set up by law)"
                end, new = moved, text[start:moved] + new[end - start :]
        elif entry.rewrite == "expand":
            end += len(possessive_after(text, start, end))  # the spelt-out words carry the "'s": "professional's (AMHP's)"
            new = without_last_word_repeated(new, text, end)
        if not chosen.gloss:
            start, new = with_article(text, start, new)
        edits.append(Edit(start, end, text[start:end], new, entry.id))
        done_once.add(entry.id)
    return _without_repeats(text, edits, skipped, findings)


# How far around a gloss to look for its words said again (characters of the rewritten text).
_NEAR = 160


def _without_repeats(
    text: str, edits: list[Edit], skipped: list[tuple[Finding, str]], findings: list[Finding]
) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    """``edits`` less the glosses whose words the rewritten text says again around them.

    The rewritten text is built once, with where each edit lands in it, so the check costs
    the same for every gloss whatever the length of the text.
    """
    out: list[str] = []
    placed: list[tuple[int, int]] = []  # where each edit's new text lands in the rewritten text
    last = size = 0
    for edit in edits:
        size += edit.start - last
        out.append(text[last : edit.start])
        placed.append((size, size + len(edit.new)))
        out.append(edit.new)
        size += len(edit.new)
        last = edit.end
    out.append(text[last:])
    rewritten = "".join(out)
    kept: list[Edit] = []
    by_start = {f.start: f for f in findings if f.kind == "jargon"}
    for edit, (start, end) in zip(edits, placed):
        gloss = edit.new[len(edit.old) :] if edit.new.startswith(edit.old) and edit.new.endswith(")") else ""
        if gloss and repeats(gloss, rewritten[max(0, start - _NEAR) : start], rewritten[end : end + _NEAR]):
            finding = by_start.get(edit.start)
            if finding is not None:
                skipped.append((finding, "the words around it already say what it means"))
            continue
        kept.append(edit)
    skipped.sort(key=lambda item: item[0].start)
    return kept, skipped


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
