"""Whether a run of words spells a short form: the matching half of finding definitions.

:func:`initials_long_form` asks whether the last words of a text start with the letters of a
short form, in order ("Preterm prelabour rupture of membranes" for PPROM);
:func:`best_long_form` is the algorithm of Schwartz and Hearst (2003), "A simple algorithm for
identifying abbreviation definitions in biomedical text" (PSB 2003): the short form's letters
must be found, right to left, in the long form, its first letter at the start of a word.
:func:`match_long_form` tries the first, then the second, with and without a plural "s";
:func:`long_enough` turns down a "long form" that is barely longer than the short form.
:mod:`jargonfree.definitions` finds where a text sets the two side by side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .plurals import singular
from .lazy_patterns import lazy_pattern

#: Small words a long form may leave out of its initials ("Children in Care Council" for CiCC).
SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "&"})
#: A word, hyphens and apostrophes inside it included ("self-neglect", "don't").
WORD = lazy_pattern(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
#: WORD for ASCII text: the same words, found more quickly.
ASCII_WORD = lazy_pattern(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")


def best_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst: the offset in ``long`` where the long form of ``short`` starts, or None."""
    # A figure that stands for a word ("D2A", "D2RA": 2 for "to") is no character of the long
    # form; one the long form holds ("NEWS2" for "... Score 2") still counts.
    s = [c.lower() for c in short if c.isalpha() or (c.isdigit() and c in long)]
    if not s:
        return None
    # Lower-case character by character so offsets stay those of ``long`` ("İ".lower() is two characters).
    lower = long.lower() if long.isascii() else "".join(c if len(c.lower()) != 1 else c.lower() for c in long)
    if any(len(c) != 1 for c in s):
        return None  # a letter whose lower case is two characters ("İ") matches no one character
    s_index = len(s) - 1
    l_index = len(lower) - 1
    while s_index >= 0:
        # The nearest letter to the left (str.rfind: a scan in C); the first letter of the
        # short form must also start a word.
        c = s[s_index]
        l_index = lower.rfind(c, 0, l_index + 1)
        if s_index == 0:
            while l_index > 0 and lower[l_index - 1].isalnum():
                l_index = lower.rfind(c, 0, l_index)
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = l_index + 1
    # The long form starts at a word start.
    while start > 0 and lower[start - 1].isalnum():
        start -= 1
    return start


def initials_long_form(short: str, long: str) -> int | None:
    """Where the last words of ``long`` start with the letters of ``short``, in order, or None.

    Tried before Schwartz-Hearst, which picks the shortest match: for "Preterm prelabour
    rupture of membranes (PPROM)" it would start at "prelabour". Small words such as "of"
    may be skipped.
    """
    letters = [c.lower() for c in short if c.isalpha()]
    words = list((ASCII_WORD if long.isascii() else WORD).finditer(long))
    found = _initials_of(letters, words)
    if found is None and "-" in long:
        # Each part of a hyphenated word may give a letter: "Self-directed support, or SDS".
        found = _initials_of(letters, [part for word in words for part in _HYPHEN_PART.finditer(long, word.start(), word.end())])
    return found


# A part of a hyphenated word: "Self", "directed".
_HYPHEN_PART = lazy_pattern(r"[^\W_]+(?:['\u2019][^\W_]+)*")


def _initials_of(letters: list[str], words: list[re.Match[str]]) -> int | None:
    """Where the last of ``words`` start with ``letters`` in order (small words skipped), or None."""
    i = len(letters) - 1
    for word in reversed(words):
        text = word.group().lower()
        if i >= 0 and text[0] == letters[i]:
            i -= 1
            if i < 0:
                return word.start()
        elif text not in SMALL_WORDS:
            return None
    return None


def match_long_form(short: str, long_text: str) -> int | None:
    """Try the short form as written, then without a plural "s" (IMHAs -> IMHA)."""
    for candidate in dict.fromkeys((short, singular(short))):  # (once if it has no plural "s")
        if candidate:
            found = initials_long_form(candidate, long_text)
            if found is None:
                found = best_long_form(candidate, long_text)
            if found is not None:
                return found
    return None


def match_initials(short: str, long_text: str) -> int | None:
    """:func:`match_long_form` with initials only, no Schwartz-Hearst."""
    for candidate in dict.fromkeys((short, singular(short))):
        if candidate and (found := initials_long_form(candidate, long_text)) is not None:
            return found
    return None


def letters_before(short: str, before: str) -> bool:
    """False if a letter of ``short`` is missing from ``before`` (ASCII), where its long form
    would have to be: a quick test that turns most brackets down ("the discharge meeting
    (AMHP)" has no "p"). Only letters count: the initials match skips digits, so "(a 5)"
    can still be read as short for a word starting with "a"."""
    short = singular(short)  # match_long_form also tries "IMHAs" as "IMHA"
    lower = before.lower()
    return all(c in lower for c in short.lower() if c.isalpha())


def long_enough(short: str, long: str) -> bool:
    """Reject a "long form" that is just the short form again, or a word barely longer than it.

    One word can be a long form ("electrocardiogram (ECG)") when it is clearly longer.
    """
    words = long.split()
    letters = sum(c.isalpha() for c in short)
    if len(words) >= min(2, letters) or letters <= 2:
        return len(long) > len(short)
    return len(long) >= 2 * len(short) + 2


def spelt_by_initials(initials: str, letters: list[str], *, one_may_be_missing: bool = True) -> bool:
    """True if the capitals of ``initials`` start with one of ``letters`` (a name's words' first
    letters) and every capital is one of that letter or a later one; four capitals or more may
    have one that none is, such as a nation's letter the name leaves out ("Care and Social Services
    Inspectorate (CSSIW)"), unless ``one_may_be_missing`` is False."""
    capitals = [c for c in initials if c.isupper()]
    if not capitals:
        return False
    for i, letter in enumerate(letters):
        if letter == capitals[0]:
            missing = set(capitals) - set(letters[i:])
            if not missing:
                return True
            if one_may_be_missing and len(capitals) >= 4 and len(missing) == 1 and capitals.count(next(iter(missing))) == 1:
                return True
    return False


# -- an abbreviation after its words, written out with no bracket -------------------------------

#: How far back (characters) the words an abbreviation stands for count as written out.
WORDS_BEFORE_REACH = 500
# Words that start no name of a thing: pronouns, articles, verbs of saying and doing, words of
# degree ("she will" is no SW, "so surely" no SS, "as a" no AA).
_NOT_A_NAME_WORD = frozenset(
    """i me my you your he him his she her it its we us our they them their this that these those
    a an the and or but nor be is am are was were been being have has had do does did will would shall
    should can could may might must not no so as at by if than then there here when where what which who
    whom whose why how all any some each every very really just also only still even more most less much
    many few one two three said says say get got go going went come came make made take took give gave
    know knew think thought see saw want wanted need needed surely well good bad new old last first next
    same other such own""".split()
)
# Between two of the words: spaces, and small words ("induction of labour").
_BETWEEN_WORDS = r"[ ]+(?:(?i:of|and|the|for|to|in|on|with)[ ]+|&[ ]+)*"


@lru_cache(maxsize=1024)
def _run_pattern(letters: str) -> re.Pattern[str]:
    """Words of three letters or more starting with ``letters`` in turn, only spaces and small
    words between them: the quick search for :func:`spelt_out_in_words_before`, one per
    abbreviation (made the first time it is met)."""
    words = [f"[{c.upper()}{c}][\\w'-]{{2,}}" for c in letters]
    return re.compile(r"(?<![\w'-])" + _BETWEEN_WORDS.join(words) + r"(?![\w'-])")


def spelt_out_in_words_before(text: str, at: int, short: str) -> bool:
    """True if words whose initials spell ``short`` stand next to each other in the
    :data:`WORDS_BEFORE_REACH` characters before ``at``, with no bracket: "... had developed
    gestational diabetes, I was due to be induced. This is because GD can ...", "a family group
    conference ... After the FGC ...". Small words may stand between them ("induction of labour",
    IOL); the words are in small letters or all capitalised ("Ages and Stages Questionnaire"),
    none a pronoun, an article, a verb of saying or doing or a word of degree, the first no small
    word ("of hours" is no OH) and the last no "-ing" or "-ed" word ("month of receiving" is no
    MR, "lots of evidence and applied" no LEA)."""
    letters = "".join(c.lower() for c in singular(short) if c.isalpha())
    if len(letters) < 2 or any(c.isdigit() for c in short):
        return False
    pattern = _run_pattern(letters)
    at_least = max(0, at - WORDS_BEFORE_REACH)
    found = pattern.search(text, at_least, at)
    while found is not None:
        named = [w for w in found.group().split() if w.lower() not in SMALL_WORDS and w != "&"]
        if (
            len(named) == len(letters)
            and not any(w.lower() in _NOT_A_NAME_WORD for w in named)
            and not named[-1].endswith(("ing", "ed"))
            and (all(w[0].isupper() for w in named) or not any(w[0].isupper() for w in named[1:]))
        ):
            return True
        found = pattern.search(text, found.start() + 1, at)
    return False
