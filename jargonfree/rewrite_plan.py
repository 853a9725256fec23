"""The edits a rewrite makes (:func:`plan`): for each jargon finding of a check of the original
text, the suggestion to apply (the caller's choice, the shorter words when the text must be
short, else the first that fits the sentence) or the reason to leave it, with a gloss only at a
term's first use, after a quoted term or its possessive, and never where the words around it
already say what the term means (:func:`_without_repeats`). :mod:`jargonfree.rewriter` applies
the edits and makes the :class:`~jargonfree.rewriter.Rewrite`; the guards that turn an edit down
are :mod:`jargonfree.rewrite_guards`, the words that fit around it :mod:`jargonfree.fitting`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, NamedTuple

from . import suggest
from .checks.jargon import QUOTED_REASON
from .document import Document
from .fitting import first_that_fits, gloss_end, repeats, with_article, without_last_word_repeated
from .glossary import Glossary
from .glossary.model import Entry
from .inflect import chosen_plain_words
from .nations import DEFAULT_JURISDICTION
from .quoted_glosses import brackets_after_quote
from .report import Finding
from .rewrite_guards import EDIT_BLOCKER_REASONS, edit_blocker
from .rewrite_nations import left_for_the_nation
from .suggest import Suggestion, possessive_after


class Edit(NamedTuple):
    """One change: ``text[start:end]`` (== ``old``) became ``new``, because of ``rule``."""

    start: int
    end: int
    old: str
    new: str
    rule: str


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
