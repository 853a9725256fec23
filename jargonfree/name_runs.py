"""Runs of capitalised words: where a name around a glossary match may stand.

The pieces :mod:`jargonfree.names`, :mod:`jargonfree.service_names` and
:mod:`jargonfree.title_names` grow a name from: the words of a match's line
(:func:`words_around`), whether two words are joined by spaces only (:func:`joined`), whether
a word may go on a name (:func:`may_continue`: capitalised, or a small joining word such as
"and" or "of"), the run of such words through a match (:func:`grow_run`) and where it ends
at a name's head word (:func:`ends_at_head`); and whether
words are written in Title Case (:func:`written_in_title_case`, which
:mod:`jargonfree.heading_explanations` asks of a heading too).
"""

from __future__ import annotations

import re
from .lazy_patterns import lazy_pattern

#: Small words that may sit inside a Title Case name: "Health and Social Care Board".
NAME_JOINERS = frozenset({"and", "of", "for", "the", "in", "on", "&"})
# A year or a span of years, which may stand between two words of a name: "2022", "2022-2027", "2022/23".
_YEARS = r"(?:19|20)\d\d(?:[-\u2013/](?:19|20)?\d\d)?"
#: What follows a match inside a name, before the name's last word: the rest of its word, then
#: any joining words, then a capitalised word, with nothing but spaces between (see :func:`joined`
#: and :func:`may_continue`: "A&E" is three words joined; a year may stand between two words of a
#: name). Most matches fail this: "UTI for everyone".
NAME_GOES_ON = lazy_pattern(
    r"[\w'\u2019-]* *(?:" + _YEARS + r" +)?(?:(?:" + "|".join(map(re.escape, sorted(NAME_JOINERS))) + ") *)*[A-Z]"
)
_NAME_WORD = lazy_pattern(r"[A-Za-z][\w'\u2019-]*|&")


def name_words(text: str, low: int, high: int) -> list[re.Match[str]]:
    """The words of ``text[low:high]`` a name may be made of."""
    return list(_NAME_WORD.finditer(text, low, high))


#: How far each way from a match a name around it is looked for.
NAME_REACH = 120


def words_around(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of the line that holds ``[start, end)``, at most :data:`NAME_REACH` characters
    each way: where a name around the match may stand (a name is on one line)."""
    low, high = max(0, start - NAME_REACH), min(len(text), end + NAME_REACH)
    line_low = text.rfind("\n", low, start) + 1 or low
    line_high = text.find("\n", end, high)
    return name_words(text, max(low, line_low), high if line_high == -1 else line_high)


# A character that may go on a name word: one just before a match means the match starts inside a word.
_IN_A_WORD = lazy_pattern(r"[\w'\u2019-]")


def word_starting_at(text: str, start: int) -> str:
    """The name word (see :func:`name_words`) that starts at ``start``, or "" where none does (no
    letter there, or ``start`` inside a word): the first word of a match, found without the
    words of its line."""
    if start > 0 and _IN_A_WORD.match(text, start - 1) is not None:
        return ""
    word = _NAME_WORD.match(text, start)
    return "" if word is None else word.group()


def word_joined_before(text: str, start: int) -> bool:
    """False if no name word ends just before ``start`` with only spaces between (see :func:`joined`):
    a run of name words through ``start`` cannot grow to the left. Looks no further back than
    :func:`words_around` does."""
    before = text[max(0, start - NAME_REACH) : start].rstrip(" ")
    return before[-1:] == "&" or _IN_A_WORD.match(before[-1:]) is not None


def index_starting_at(words: list[re.Match[str]], start: int) -> int | None:
    """Which of ``words`` (see :func:`words_around`) starts at ``start``, or None."""
    return next((i for i, w in enumerate(words) if w.start() == start), None)


def index_holding(words: list[re.Match[str]], start: int) -> int | None:
    """Which of ``words`` holds the character at ``start``, or None."""
    return next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)


def is_title_word(word: str) -> bool:
    return word[0].isupper()


#: The small words that Title Case leaves in small letters between capitalised words in a
#: heading ("Applying for a Compulsory Treatment Order"): more than a name joins its words with
#: (:data:`NAME_JOINERS`, which a run of a name grows over). The two stay apart: with these
#: words, "NHS Forth Valley Hospital at Home service" would make "Hospital at Home" part of an
#: NHS body's name (one finding lost in session 21's pools).
TITLE_CASE_SMALL_WORDS = NAME_JOINERS | frozenset({"or", "to", "at", "a", "an"})


def written_in_title_case(words: list[str], small: frozenset[str] = TITLE_CASE_SMALL_WORDS) -> bool:
    """True if every one of ``words`` starts with a capital but the ``small`` words, which Title
    Case leaves in small letters: a heading's (the default) or a name's (:data:`NAME_JOINERS`)."""
    return all(word[:1].isupper() or word in small for word in words)


# Years inside a name, between two of its words: "the Overview and Scrutiny 2022-2027 Committee".
_YEARS_BETWEEN = lazy_pattern(r" +" + _YEARS + r" +")


def joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """True if only spaces part two words (a comma, full stop or bracket ends a name), or spaces
    and a year or a span of years ("Overview and Scrutiny 2022-2027 Committee")."""
    between = text[left.end() : right.start()]
    return between.strip(" ") == "" or (between[:1] == " " and _YEARS_BETWEEN.fullmatch(between) is not None)


def may_continue(word: str) -> bool:
    """True if ``word`` may go on a run of a name: capitalised, or a small joining word. Not "I",
    which is the writer: "the Care Commission and I really hope" ends the name at "Commission"."""
    return (is_title_word(word) and word != "I") or word in NAME_JOINERS


def grow_run(text: str, words: list[re.Match[str]], at: int) -> tuple[int, int]:
    """The first and last of ``words`` in the run of name words through ``words[at]``: each
    neighbour joined by spaces only that may go on a name (see :func:`joined`, :func:`may_continue`)."""
    first = last = at
    while last + 1 < len(words) and joined(text, words[last], words[last + 1]) and may_continue(words[last + 1].group()):
        if _and_then_a_determiner(words, last + 1):
            break  # "replace the Care Order and the Local Authority will": two things, not one name
        last += 1
    while last > at and words[last].group() in NAME_JOINERS:
        last -= 1  # a name does not end with "and": "the Care Commission and I" ends at "Commission"
    while first > 0 and joined(text, words[first - 1], words[first]) and may_continue(words[first - 1].group()):
        first -= 1
    return first, last


def _and_then_a_determiner(words: list[re.Match[str]], at: int) -> bool:
    """True if ``words[at]`` is "and" and the next word is "the", "a" or "an": a list of two
    things ("the Care Order and the Local Authority"), as a name joins its words with a bare
    "and" ("Cardiff and Vale University Health Board")."""
    return words[at].group() == "and" and at + 1 < len(words) and words[at + 1].group() in {"the", "a", "an"}


def ends_at_head(words: list[re.Match[str]], at: int, last: int, heads: frozenset[str]) -> int:
    """The last of ``words[at : last + 1]`` that is one of ``heads``, or ``at`` where none after
    it is: a name ends at its head word ("the South Eastern HSC Trust has staff" ends at "Trust")."""
    while last > at and words[last].group() not in heads:
        last -= 1
    return last
