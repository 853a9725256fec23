"""An abbreviation whose long form the text writes out with no bracket: earlier, or right after it.

"I rang Social Services on Monday. SS said they would call back." "Clinics offer Right to
Choose assessments. You can be on an NHS pathway or a RTC pathway." A reader who has just read
the capitalised words follows the initials, and `what-to-flag.md` counts an abbreviation as
spelt out when the text has written it out before. The bracketed, "or" and dash shapes are
:mod:`jargonfree.definitions`; this module finds the rest: capitalised words, earlier in the
same text, whose initials spell an abbreviation written later in capitals; and the long form
written straight after the abbreviation's first use, as glossaries and posts write it: "BIA Best
Interests Assessor", "PIP is Personal Independence Payment", "DBT which is Dialectical Behaviour
Therapy", "JVP = jugular venous pressure", "ASD - autistic spectrum disorder".

The long form is one run of words with nothing but spaces between them. Small words ("of",
"and", "to") may count as a letter or be left out ("Right to Choose" for RTC, "Children and
Adolescent Mental Health Services" for CAMHS). Every word that gives a letter starts with a
capital, except one word in a long form of three letters or more ("Looked after Children").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from .definitions import Definition
from .long_form_match import SMALL_WORDS
from .lazy_patterns import lazy_pattern

#: An abbreviation of two to six capitals, with a plural "s" or not ("LPAs"). (The look-behind
#: comes after the first capital, so the search jumps from capital to capital.)
_CAPITALS = lazy_pattern(r"(?P<short>[A-Z](?<![\w&'\u2019-][A-Z])[A-Z]{1,5})s?(?![\w&'\u2019-])")
#: Two capitalised words with at most one word between them: a text without this holds no long
#: form (a quick test that turns most short posts down).
_TWO_CAPITALISED = lazy_pattern(r"[A-Z][a-z'\u2019-]+\s+(?:[a-z&]+\s+)?[A-Z][a-z]")
#: What may stand between an abbreviation and its long form written straight after it: a mark
#: ("=", ":", a dash) or a comma, or words that say what it is ("is", "which is", "means",
#: "stands for"), then "the" or "a". After a mark, "means" or "stands for" the long form may be in
#: small letters ("ASD - autistic spectrum disorder"); after nothing, a comma or "is", it is
#: capitalised as a name is ("SGO Special Guardianship Order"), so that "the CT is coming today"
#: and "a CT, coming today" spell nothing.
_AFTER = lazy_pattern(
    r"[ \t]*(?:(?P<mark>[:=\-\u2013\u2014](?:[ \t]*or)?)|,)?[ \t]*"
    r"(?:(?:which|that|this|it)[ \t]+)?(?:(?P<says>means|stands[ \t]+for)|is)?[ \t]*(?:(?:the|a|an)[ \t]+)?"
)
#: The words a long form is made of ("Looked", "after", "self-directed"): letters only, unlike
#: :data:`.definitions.WORD`, because here nothing in brackets ties the words to the letters, so a
#: word with figures ("Covid19", "Band7") or letters of another alphabet breaks the run instead of
#: giving an initial.
_WORD = lazy_pattern(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")
#: Words in small letters that never give a letter of a long form: the one word without a capital
#: that may ("Looked after Children") is a word of the name, not a preposition, conjunction or
#: pronoun ("Deputy Director of Public Health at the PHA" does not spell out PHA).
_GIVES_NO_LETTER = frozenset(
    "at by or as is it if up so but from into onto are was were be been our your their his her its my we he she they you who not no".split()
)
#: How far back the long form may be: a long text is checked in parts, and the reader of a
#: page does not carry a name for longer than this.
_REACH = 5000


def spelt_out_without_brackets(text: str, defined: Collection[str] = ()) -> list[Definition]:
    """A definition for the first use of each abbreviation in ``text`` (not one of
    ``defined``) whose long form stands earlier in the text, or straight after it, without
    brackets, in text order."""
    out: list[Definition] = []
    if _TWO_CAPITALISED.search(text) is None:
        return out  # (a long form written after its abbreviation in small letters, in a text
        # with no two capitalised words at all, was not found once in 7,256 real passages)
    seen = set(defined)
    words: list[re.Match[str]] | None = None  # the text's words, found when first needed
    for m in _CAPITALS.finditer(text):
        short = m.group("short")
        if short in seen:
            continue
        seen.add(short)
        long_span = _long_form_after(text, short, m.end())
        start = max(0, m.start() - _REACH)
        if long_span is None and short[0] in text[start : m.start()]:  # (usually no word before starts so)
            if words is None:
                words = list(_WORD.finditer(text))
            long_span = _long_form_before(text, words, short, start, m.start())
        if long_span is not None:
            out.append(Definition(short, m.span("short"), text[slice(*long_span)], long_span))
    return out


def _long_form_after(text: str, short: str, end: int) -> tuple[int, int] | None:
    """The span of the long form of ``short`` written straight after it (it ends at ``end``), or None."""
    joint = _AFTER.match(text, end)
    assert joint is not None  # (every part of the pattern may be empty)
    if text[joint.end() : joint.end() + 1].upper() != short[0]:
        return None  # (the usual case: the next word does not start with its first letter)
    words = list(_WORD.finditer(text, joint.end(), joint.end() + 120))
    if not words or words[0].start() != joint.end():
        return None
    small_letters = joint.group("mark") or joint.group("says")
    last = _spell(text, words, 0, short, 0, lower_left=len(short) if small_letters else 0)
    return None if last is None else (words[0].start(), words[last].end())


def _long_form_before(text: str, words: list[re.Match[str]], short: str, start: int, at: int) -> tuple[int, int] | None:
    """The span of the first run of words between ``start`` and ``at`` whose initials spell ``short``."""
    before = words[bisect_left(words, start, key=lambda w: w.start()) : bisect_left(words, at, key=lambda w: w.start())]
    for i, first in enumerate(before):
        if first.group()[0] != short[0]:
            continue
        last = _spell(text, before, i, short, 0, lower_left=1 if len(short) >= 3 else 0)
        if last is not None:
            return first.start(), before[last].end()
    return None


def _spell(text: str, words: list[re.Match[str]], j: int, short: str, k: int, lower_left: int) -> int | None:
    """The index of the last word of a run from ``words[j]`` whose initials spell ``short[k:]``,
    or None. ``lower_left``: how many more words without a capital may give a letter."""
    if k == len(short):
        return j - 1
    if j == len(words) or (k and text[words[j - 1].end() : words[j].start()].strip()):
        return None  # out of words, or a comma, full stop or bracket breaks the run
    word = words[j].group()
    if len(word) > 1 and word.isupper():
        return None  # an abbreviation of its own ("EHC Plan" does not spell out EP)
    small = word.lower() in SMALL_WORDS
    if word[0].upper() == short[k] and (word[0].isupper() or small or (lower_left and word not in _GIVES_NO_LETTER)):
        last = _spell(text, words, j + 1, short, k + 1, lower_left - (not word[0].isupper() and not small))
        if last is not None:
            return last
    if small and k:
        return _spell(text, words, j + 1, short, k, lower_left)
    return None
