"""Find where a text explains its own terms.

For ``long form (SHORT)`` or ``SHORT (long form)`` the long form is looked for within
``min(len(SHORT) + 5, 2 * len(SHORT))`` words before the brackets (Schwartz and Hearst, 2003);
whether words spell a short form is :mod:`jargonfree.long_form_match`.

:func:`find_definitions` returns each definition with the spans of both forms, so a check
can leave the defining text alone and treat the short form as explained from there on.

Whether a bracket, a dash or ", which means" right next to a term explains it is
:mod:`jargonfree.adjacent_explanations`; the two share :data:`ASIDE_SHORT` (a bracket that
names the short form the writer will use defines that short form and explains nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .long_form_match import (
    SMALL_WORDS,
    ASCII_WORD,
    WORD,
    initials_long_form,
    letters_before,
    long_enough,
    match_initials,
    match_long_form,
    spelt_by_initials,
)
from .name_letters import name_before
from .sentences import sentence_at
from .spans import Span
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern

_PAREN = lazy_pattern(r"\(([^()\n]{1,120})\)")


@dataclass(frozen=True)
class Definition:
    """``short`` is defined by ``long``; both spans index the original text."""

    short: str
    short_span: tuple[int, int]
    long: str
    long_span: tuple[int, int]

    @property
    def start(self) -> int:
        """Where the whole definition starts."""
        return min(self.short_span[0], self.long_span[0])


def _is_short_form(candidate: str) -> bool:
    words = candidate.split()
    if not 1 <= len(words) <= 2 or not 2 <= len(candidate) <= 10:
        return False
    return candidate[0].isalnum() and any(c.isalpha() for c in candidate)


#: A bracketed aside that names the short form the writer will use: "Nearest Relative (I'm
# going to use the term NR from now on)", "(known as the NR)", "(referred to here as the NR)".
ASIDE_SHORT = lazy_pattern(
    r"\b(?:term|called|known as|referred to(?: here)? as|hereafter|hereinafter|abbreviated to|shortened to)"
    r"\s+(?:the\s+)?[\"'\u2018\u201c]?(?P<short>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\b"
)
# What may stand around a short form in brackets: "(or SDS)", "(ALNCo for short)", and as
# lawyers name an Act: "(‘the MCA’)", "(“the MHA”)", "(the MCA)".
_WRAPPED_SHORT = lazy_pattern(
    r"(?:or\s+)?(?P<quote>[\"'‘“]?(?:the\s+)?)(?P<short>.+?)[\"'’”]?(?:\s+for\s+short)?"
)
# A short form of two words defines each of its words in capitals as well: "Care Act 2014
# (CA 2014)" defines "CA", "UK General Data Protection Regulation (UK GDPR)" defines "GDPR".
_CAPITALS_WORD = lazy_pattern(r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][a-z]?[A-Z]?")
# "the GDPR, or General Data Protection Regulation,": the short form first, then "or" and its words.
_SHORT_THEN_OR = lazy_pattern(r"\b(?P<short>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*),?\s+or\s+(?:the\s+)?(?=[A-Z])")
# A short form after "or" with no brackets: "a Large Scale Investigation or LSI", "an
# Approved Mental Health Professional, or AMHP,".
_OR_SHORT = lazy_pattern(r",?\s+or\s+(?P<short>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?=[\s,.;:!?)]|$)")
# What both _SHORT_THEN_OR and _OR_SHORT need: "or" and a capital after it. Both start with a
# pattern the engine tries at every position; this one starts with letters it can jump to, so
# a text with none is turned down quickly.
_OR_THEN_CAPITAL = lazy_pattern(r"or\s+(?:the\s+)?[A-Z]")
# A short form, then a dash and its words: "VOR – Vehicle Off Road –", "ABA - Applied
# Behaviour Analysis".
# In the plural with an apostrophe too: "dad had a series of TIA’s – Transient Ischaemic Attack or
# ‘mini strokes’ –" (session 27).
_SHORT_THEN_DASH = lazy_pattern(r"\b(?P<short>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?:['\u2019]s)?\s+[-\u2013\u2014]\s+(?=[A-Z])")


# The words, then "also known as" and the short form: "A Personal Advisor (also known as a
# PA)", "An emergency protection order, also known commonly as an EPO,", "An Independent Mental
# Capacity Advocate is also known as an IMCA".
_ALSO_KNOWN_SHORT = lazy_pattern(
    r"(?:[ \t]*[(,][ \t]*|[ \t]+(?:is|are)[ \t]+)(?:(?:also|commonly|sometimes|often)[ \t]+)+"
    r"(?:known|called|referred[ \t]+to)[ \t]+(?:commonly[ \t]+)?as[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?P<short>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?=[\s,.;:!?)]|$)"
)
_DASHES = (" -", "\u2013", "\u2014")
# The last letter of a short form that a long form may leave out: Unit, Team, Service.
_LEFT_OUT_NOUNS = frozenset("UTS")


def may_define(text: str) -> bool:
    """False if ``text`` can hold no definition: it has no bracket, no " or ", no dash and no " as "."""
    return "(" in text or " or " in text or any(dash in text for dash in _DASHES) or " as " in text


def find_definitions(text: str, sentences: Sequence[Span]) -> list[Definition]:
    """Every ``long form (SHORT)``, ``long form (or SHORT)``, ``long form or SHORT``,
    ``SHORT (long form)``, ``SHORT, or long form``, ``SHORT - long form`` and ``long form, also
    known as SHORT`` in ``text``, in text order.

    ``sentences`` are the sentence spans of ``text`` (a long form never crosses a sentence
    start).
    """
    ascii_text = text.isascii()
    word = ASCII_WORD if ascii_text else WORD
    out: list[Definition] = []
    for m in _PAREN.finditer(text):
        inside = m.group(1).strip()
        inner_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        wrapped = _WRAPPED_SHORT.fullmatch(inside)
        short, short_start = inside, inner_start
        if wrapped is not None and wrapped.group("short") != inside:
            if wrapped.group("quote") and not has_two_capitals(wrapped.group("short")):
                continue  # "(‘the Act’)", "(the Code)": a name for the law, not an abbreviation
            short, short_start = wrapped.group("short"), inner_start + wrapped.start("short")
        if " " in inside and (aside := ASIDE_SHORT.search(inside)) is not None:
            short, short_start = aside.group("short"), inner_start + aside.start("short")
        if short[-2:] in ("'s", "\u2019s") and has_two_capitals(short[:-2]):
            short = short[:-2]  # a plural written with an apostrophe: "Points of Care (POC’s)"
        if _is_short_form(short):
            long_span = _long_form_before(text, sentences, short, m.start(), word)
            if long_span is None and short[-1:] in _LEFT_OUT_NOUNS and short[:-1].isupper() and len(short) >= 4:
                # "Psychiatric Intensive Care (PICU)": the long form leaves out the unit, team
                # or service the last letter stands for; its initials must spell the rest.
                long_span = _long_form_before(text, sentences, short[:-1], m.start(), word, initials=True)
            if long_span is None and short.isupper() and short.isalpha() and len(short) >= 3:
                # A long name the window of Schwartz-Hearst cannot take in, or whose initials the
                # writer gives in another order: the same rule as the abbreviation check's.
                long_span = name_before(text, m.start(), short)
            if long_span is None and short.isupper() and short.isalpha() and len(short) >= 4:
                long_span = _title_name_before(text, m.start(), short)
            if long_span is not None:
                out.append(Definition(short, (short_start, short_start + len(short)), text[slice(*long_span)], long_span))
                if " " in short:
                    for part in re.finditer(r"\S+", short):
                        if part.group() != short and _CAPITALS_WORD.fullmatch(part.group()):
                            at = short_start + part.start()
                            out.append(Definition(part.group(), (at, at + len(part.group())), text[slice(*long_span)], long_span))
                continue
            if short is not inside:
                continue  # "(or SDS)" is never a long form of the word before it
        # SHORT (long form): the word before the brackets is the short form.
        before = list(word.finditer(text, max(0, m.start() - 12), m.start()))
        if not before or text[before[-1].end() : m.start()].strip():
            continue
        short_match = before[-1]
        short = short_match.group()
        if not has_two_capitals(short) or not _is_short_form(short):
            continue
        found = match_long_form(short, inside)
        if found is None and short.isupper() and len(short) >= 3 and _title_name_spelling(short, inside):
            found = 0  # "ADASS (Association of Directors of Adult Social Care)": a name written out
        if found == 0 or (found is not None and not inside[:found].strip()):
            out.append(Definition(short, short_match.span(), inside, (inner_start, inner_start + len(inside))))
    # Definitions without brackets need " or ", " as " or a dash (a quick test first); when the
    # text has one, all its definitions are sorted again at the end.
    with_or, with_as, with_dash = " or " in text, " as " in text, any(dash in text for dash in _DASHES)
    if with_or and _OR_THEN_CAPITAL.search(text) is not None:
        # Without brackets, the words before "or" must start with its letters: "SLT or OT"
        # does not spell out OT with "other conditions, including SLT".
        out.extend(_spelt_out_before(text, sentences, _OR_SHORT, word))
        for m in _SHORT_THEN_OR.finditer(text):
            short = m.group("short")
            if _is_short_form(short) and (long_span := _long_form_after(text, short, m.end(), word)) is not None:
                out.append(Definition(short, m.span("short"), text[slice(*long_span)], long_span))
    if with_as and ("known" in text or "called" in text or "referred" in text):  # (words _ALSO_KNOWN_SHORT needs)
        out.extend(_spelt_out_before(text, sentences, _ALSO_KNOWN_SHORT, word))
    if with_dash:
        for m in _SHORT_THEN_DASH.finditer(text):
            short = m.group("short")
            if _is_short_form(short) and (long_span := _long_form_after(text, short, m.end(), word)) is not None:
                out.append(Definition(short, m.span("short"), text[slice(*long_span)], long_span))
    if with_or or with_as or with_dash:
        out.sort(key=lambda d: d.start)
    return out


def _title_name_spelling(short: str, inside: str) -> bool:
    """True if ``inside`` is a Title Case name (two capitalised words or more, small words
    between) whose words' first letters spell the capitals of ``short`` as
    :func:`jargonfree.long_form_match.spelt_by_initials` allows."""
    words = inside.split()
    titles = [w for w in words if w[0].isupper()]
    if len(titles) < 2 or any(not w[0].isupper() and w.lower() not in SMALL_WORDS for w in words):
        return False
    return spelt_by_initials(short, [w[0] for w in titles])


# The Title Case name just before a bracket: capitalised words, small words between them.
_TITLE_RUN_BEFORE = lazy_pattern(r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:and|of|for|the|&|in|on)[ \t]+)*)*[A-Z][\w'\u2019-]*[ \t]*$")


def _title_name_before(text: str, at: int, short: str) -> Span | None:
    """The span of the Title Case name just before the bracket that opens at ``at`` whose words'
    first letters spell ``short`` but for one capital, as :func:`long_form_match.spelt_by_initials`
    allows ("Care and Social Services Inspectorate (CSSIW)": W for Wales); or None."""
    run = _TITLE_RUN_BEFORE.search(text, max(0, at - 120), at)
    if run is None:
        return None
    words = list(re.finditer(r"[\w'\u2019&-]+", text[run.start() : at]))
    for i, first in enumerate(words):
        if first.group()[0] == short[0]:
            titles = [w.group()[0] for w in words[i:] if w.group()[0].isupper()]
            if len(titles) >= 2 and spelt_by_initials(short, titles):
                return run.start() + first.start(), run.start() + words[-1].end()
    return None


def _spelt_out_before(text: str, sentences: Sequence[Span], pattern: re.Pattern[str], word: re.Pattern[str]) -> list[Definition]:
    """The definitions where ``pattern`` finds a short form (its ``short`` group) after words
    that start with its letters, with no bracket: "... or OT", "..., also known as a PA"."""
    out: list[Definition] = []
    for m in pattern.finditer(text):
        short = m.group("short")
        long_span = _long_form_before(text, sentences, short, m.start(), word, initials=True) if _is_short_form(short) else None
        if long_span is not None:
            out.append(Definition(short, m.span("short"), text[slice(*long_span)], long_span))
    return out


#: How far before a short form its long form may start, in characters: far more than the most words
#: a long form may have (:func:`_long_form_before`'s limit) take in real text.
_REACH = 1_000


def _long_form_before(
    text: str, sentences: Sequence[Span], short: str, at: int, word: re.Pattern[str], *, initials: bool = False
) -> Span | None:
    """The span of the long form of ``short`` that ends just before ``at``, or None: looked for
    over a bounded number of words before it in the same sentence (Schwartz-Hearst; with
    ``initials``, only words that start with its letters)."""
    # The long form is among the last few words before the short form: look back over a bounded
    # stretch of the sentence, not all of it (a long text with no sentence end made every short
    # form scan the whole text before it: quadratic).
    start = max(sentence_at(sentences, at, len(text))[0], at - _REACH)
    before = text[start:at]
    if before.isascii() and not letters_before(short, before):
        return None  # a letter of the short form is missing: no long form can be there
    limit = min(len(short) + 5, 2 * len(short))
    words = list(word.finditer(text, start, at))[-limit:]
    if not words:
        return None
    window_start = words[0].start()
    window = text[window_start:at].rstrip()
    found = match_initials(short, window) if initials else match_long_form(short, window)
    if found is None or not long_enough(short, window[found:]):
        return None
    return window_start + found, window_start + len(window)


def _long_form_after(text: str, short: str, at: int, word: re.Pattern[str]) -> Span | None:
    """The span of the long form of ``short`` that starts at ``at``: the fewest words from
    there whose initials spell it ("GDPR, or General Data Protection Regulation")."""
    words = list(word.finditer(text, at, at + 160))[: min(len(short) + 5, 2 * len(short))]
    for last in words:
        if initials_long_form(short, text[at : last.end()]) == 0:
            return at, last.end()
    return None
