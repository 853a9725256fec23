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

from .plurals import singular

#: Small words a long form may leave out of its initials ("Children in Care Council" for CiCC).
SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "&"})
#: A word, hyphens and apostrophes inside it included ("self-neglect", "don't").
WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
#: WORD for ASCII text: the same words, found more quickly.
ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*")


def best_long_form(short: str, long: str) -> int | None:
    """Schwartz-Hearst: the offset in ``long`` where the long form of ``short`` starts, or None."""
    s = [c.lower() for c in short if c.isalnum()]
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
