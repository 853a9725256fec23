"""Build replacement text for a glossary match: the same words a check suggests and a rewrite applies.

An entry offers two kinds of words (see :class:`~jargonfree.glossary.model.Entry`):

* replacements (``plain``) take the term's place, in the form the text used ("commenced" ->
  "started"); an abbreviation (``rewrite: expand``) is spelled out with itself in brackets;
* glosses (``in_brackets``, or ``plain`` of a ``rewrite: explain`` entry) keep the term and
  add the plain words in brackets after it.

:func:`advise` orders them, the one a rewrite may apply by itself first, and says why
there is none when a person has to choose.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .document import Document
from .glossary.derive import RELATED
from .glossary.model import Entry
from .inflect import is_sure
from .wording import is_shouting, match_case
from .lazy_patterns import lazy_pattern

# "a stat dose": an adverb after one of these is used as an adjective, and its plain words may not fit.
_DETERMINER = lazy_pattern(r"\b(?:a|an|the|this|that|his|her|their|our|your|my|its)\s+$", re.I)
# "was undertaken", "are not conveyed", "hasn't been", "were also informed": a past form after one of
# these (a "not", "never", "also", "just" or "-ly" word may come between) is a participle.
_AUXILIARY = lazy_pattern(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|having|get|got|gets"
    r"|(?:is|are|was|were|has|have|had)n['\u2019]t)\s+(?:(?:not|never|also|just|\w+ly)\s+)?$",
    re.I,
)
# "by" after a past form makes it a participle: "a panel nominated by the managers".
_BY_AFTER = lazy_pattern(r"[ \t]+by\b")

POSSESSIVE = lazy_pattern(r"['\u2019][sS]?(?!\w)")
# A quotation opening before a term: then an apostrophe after it closes the quotation.
_OPENING_QUOTE = lazy_pattern(r"[\u2018\u201c]|(?<![\w])'")


def possessive_after(text: str, start: int, end: int) -> str:
    """The possessive ending just after the term at ``[start, end)``: "'s" ("the AMHP's report"),
    or a lone apostrophe after a final "s" ("the IROs' reports") where no quotation opens just
    before the term (then it closes one: "ask for the 'AMHP' to visit"); "" if there is none."""
    possessive = POSSESSIVE.match(text, end)
    if possessive is None:
        return ""
    mark = possessive.group()
    if len(mark) == 1 and (text[end - 1 : end] not in ("s", "S") or _OPENING_QUOTE.search(text, max(0, start - 60), start + 1)):
        return ""
    return mark

SEVERAL = "several alternatives: choose the one that fits"
UNSURE = "the grammar of the plain words could not be matched for sure"


class Suggestion(NamedTuple):
    """Replacement text for one match.

    ``alternative`` is the glossary's plain words it was made from; ``gloss`` is True when
    the term is kept and explained in brackets; ``safe`` is False when the grammar could not
    be matched for sure.
    """

    text: str
    safe: bool
    alternative: str = ""
    gloss: bool = False


class Context(NamedTuple):
    """What :func:`build` needs to know of the text around a match."""

    surface: str
    suffix: str
    at_start: bool
    shouting: bool
    #: An adverb used as an adjective, after "a" or "the" ("a stat dose"): its plain words may not fit.
    before_noun: bool = False


def context(doc: Document, entry: Entry, start: int, end: int, suffix: str) -> Context:
    """The surface, its inflection ("ed" becomes "en" after "was", "has"...), and whether it
    starts a sentence or stands in an all-capitals one."""
    text = doc.text
    term = surface = text[start:end]
    if entry.glosses or entry.rewrite == "expand":
        # "the donor's (the person who ...) wishes", not "the donor (the person who ...)'s wishes";
        # "the approved mental health professional's (AMHP's) report", not "... (AMHP)'s report"
        surface += possessive_after(text, start, end)
    # Only a capital letter is kept at the start of a sentence (see match_case).
    at_start = term[:1].isupper() and doc.sentence_start_at(start)
    # Only a term written in capitals can be part of an all-capitals sentence.
    shouting = term.isupper() and is_shouting(doc.sentence_window(start))
    before = text[max(0, start - 20) : start]
    if suffix == "ed" and (_AUXILIARY.search(before) or _BY_AFTER.match(text, end)):
        suffix = "en"  # "was undertaken" -> "was done", not "was did"; "nominated by" -> "chosen by"
    before_noun = entry.pos == "adverb" and _DETERMINER.search(before) is not None
    return Context(surface, suffix, at_start, shouting, before_noun)


def suggestions(doc: Document, entry: Entry, start: int, end: int, suffix: str) -> list[Suggestion]:
    """Replacement texts for ``doc.text[start:end]``: replacements, then glosses."""
    return build(entry, *context(doc, entry, start, end, suffix))


def _words(entry: Entry, plain: str, suffix: str) -> tuple[str, bool]:
    return entry.inflected(plain, suffix), is_sure(plain, suffix, entry.word_class)


def build(
    entry: Entry, surface: str, suffix: str, at_start: bool, shouting: bool, before_noun: bool = False
) -> list[Suggestion]:
    """The replacements for ``surface``, then its glosses, in the context :func:`context` found."""
    if suffix == RELATED:
        return []  # a relative of the term ("conveyance" for "convey"): its plain words would not fit
    out: list[Suggestion] = []
    for plain in entry.replacements:
        words, safe = _words(entry, plain, suffix)
        safe = safe and not before_noun
        if entry.rewrite == "expand":
            spelt = match_case(surface, words, sentence_start=at_start, shouting=shouting)
            text = f"{spelt}{_possessive_like(surface, spelt)} ({surface})"
        else:
            text = match_case(surface, words, sentence_start=at_start, shouting=shouting)
        out.append(Suggestion(text, safe, plain))
    for plain in entry.glosses:
        # An explanation in brackets describes the term: only its number follows the term's.
        words = entry.gloss_for(plain, suffix)
        text = f"{surface} ({match_case(surface, words, sentence_start=False, shouting=shouting)})"
        out.append(Suggestion(text, True, plain, gloss=True))
    return out


def _possessive_like(surface: str, words: str) -> str:
    """The possessive ending of ``surface`` ("AMHP's", "IROs'"), as ``words`` take it: "'s", or
    the apostrophe alone after a final "s" ("Adult Social Services'"); "" if it has none."""
    possessive = POSSESSIVE.search(surface)
    if possessive is None or possessive.end() != len(surface):
        return ""
    mark = possessive.group()
    return mark[0] if words[-1:] in ("s", "S") else mark


def advise(entry: Entry, options: list[Suggestion]) -> tuple[list[Suggestion], str | None]:
    """``options`` with the one a rewrite may apply by itself first, and why there is none (or None).

    A single replacement is applied when its grammar is sure; otherwise the first gloss, if
    the entry has one; otherwise nothing, and a person chooses.
    """
    replacements = [o for o in options if not o.gloss]
    glosses = [o for o in options if o.gloss]
    if entry.no_auto_rewrite:
        reason: str | None = entry.no_auto_rewrite
    elif not replacements:
        reason = None if glosses else "no plain alternative"
    elif entry.rewrite == "replace" and len(replacements) > 1:
        reason = SEVERAL
    elif not replacements[0].safe:
        reason = UNSURE
    else:
        return options, None
    if glosses:
        return glosses + replacements, None
    return options, reason
