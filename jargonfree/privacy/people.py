"""A person next to their care: a name, initials or a title and surname in the same post as
health, legal or care status, or with a ward, bed, room, address, age or school.

What counts as a person:

* a title and a surname or initial: "Mrs Jones", "Mr J", "Ms O'Neill";
* a word for someone in care, then a name or initials: "my client Sarah", "service user
  AB", "patient J.S." (one capital letter, "Patient A", is the usual way to hide a name
  and is left alone);
* a given name and a surname, both in the names list: "Sarah Jones", "Grace Brown";
* a given name on its own, if it is not also an ordinary word ("Sarah", not "Mark",
  "Grace" or "May").

The first three count with care words anywhere in the post; a given name on its own only
in the same sentence. A name next to a professional or public role ("Dr Patel", "nurse
Sarah", "Health Secretary Wes Streeting", "Sarah, our midwife") or part of a place's name
("Mary Seacole House", "St Thomas' Hospital") is not a person who uses services.

The words are in ``data/privacy_words.txt``; the names come from :mod:`.names`.
Cheap first: without a care word in the text nothing else is looked at.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Sequence

from .. import lexicon
from ..data import read_list
from ..spans import merge_spans
from .hit import Hit
from .names import names
from ..lazy_patterns import lazy_pattern

RULE = "privacy/person"


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    """The sections of data/privacy_words.txt."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in read_list("privacy_words.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line.lower())
    return sections


def _alternation(words: list[str]) -> str:
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(re.escape(w[:-1]) + r"[\w-]*" if w.endswith("*") else re.escape(w))
    return "|".join(parts)


# A care word that names a cause, not a person's care: "raised 500 pounds for the stroke
# charity", "ran the diabetes awareness stall", "the dementia research appeal".
_NOT_A_CAUSE = (
    r"(?![ \t]+(?:charity|charities|awareness|appeal|research|uk|society|association|foundation|campaign"
    r"|fundraiser|fundraising|walk|run|bake|month|week|day)\b)"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    return {
        # over the lower-cased text (same offsets for ASCII; only used to say yes or no)
        "care": re.compile(
            r"(?<![\w-])(?:" + _alternation(w["care"]) + r")(?![\w-])" + _NOT_A_CAUSE
            + r"|\b(?:ward|bed|bay|room|flat)\s+\d+"
            r"|\b\d{1,3}[- ]?(?:years?|yrs?)[- ]old\b|\baged?\s+\d{1,3}\b|, \d{1,3},"  # "Sarah Jones, 84, ..."
        ),
        "title": re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?:[A-Z][a-z]*['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\b\.?)"),
        "in_care": re.compile(
            r"\b(?i:" + _alternation(w["in care"]) + r")s?,?\s+"
            r"(?P<name>[A-Z]\.\s?[A-Z]\.(?:\s?[A-Z]\.)?|[A-Z]{2,3}\b|[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)"
        ),
        # a capitalised word, also "O'Brien", "McDonald", "Smith-Jones"
        "capital": re.compile(r"\b[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*(?:-[A-Z][a-z]+)?\b"),
        # a role just before the name, or before the capitalised words before it: "Health Secretary Geoffrey Lewis"
        "not_in_care": re.compile(r"(?:^|\W)(?i:" + _alternation(w["not in care"]) + r")\.?(?:\s+[A-Z][\w'’-]*){0,2}\W*$"),
        # "Sarah, our mental health nurse", "Sarah is a midwife", "Sarah (nurse)", "Sarah from the Hub"
        "role_after": re.compile(
            r"^(?:(?:,\s*(?:(?:our|the|my|a|an)\s+)*|\s+\(|\s+(?:(?:our|the|my|a|an|is|was)\s+)+)(?:[\w-]+\s+){0,2}?(?:"
            + _alternation(w["not in care"])
            + r")\b|,?\s+(?:from|at)\s+(?:the|our)\s+[A-Z])",
            re.I,
        ),
        # up to two more capitalised words, then a place word: "Mary Seacole House"
        # ("Cook, Henry and Clark NHS Trust": names joined by "," or "and" count as capitalised words)
        "place_after": re.compile(
            r"^['’]?s?(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*){0,3}\s+(?i:" + _alternation(w["places"]) + r")\b"
        ),
    }


def words_pattern(section: str) -> re.Pattern[str]:
    """A pattern for the words of one section of data/privacy_words.txt, over lower-case text."""
    return re.compile(r"(?<![\w-])(?:" + _alternation(_words()[section]) + r")(?![\w-])")


_SENTENCE_END = lazy_pattern(r"[.!?\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``[start, end)`` (a rough cut: enough for "same sentence")."""
    before = max(text.rfind(c, 0, start) for c in ".!?\n")
    after = _SENTENCE_END.search(text, end)
    return before + 1, after.end() if after else len(text)


def _not_a_client(text: str, start: int, end: int) -> bool:
    """True if the name at ``[start, end)`` is a professional, a public figure or a place."""
    p = _patterns()
    before = text[max(0, start - 50) : start]
    after = text[end : end + 40]
    return bool(p["not_in_care"].search(before) or p["role_after"].match(after) or p["place_after"].match(after))


# Punctuation that may follow a word in a white-space token ("Sarah," "Jones's").
_ENDINGS = ("", ",", ".", ":", ";", "!", "?", ")", "'s", "’s", "'s,", "'s.")
# ... or come before it ('"Mrs', "(Sarah").
_OPENINGS = ('"', "“", "'", "‘", "(")
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Mr.", "Mrs.", "Ms.", "Mx.")
# Words for someone in care that may come before initials ("service user AB").
_BEFORE_INITIALS = ("client", "patient", "user", "resident", "person", "pupil", "tenant", "child", "baby", "carer")


@lru_cache(maxsize=1)
def cue_tokens() -> frozenset[str]:
    """White-space tokens that can start a person: a given name, a title or a word for
    someone in care, each with the punctuation that may follow it. A text with none of
    them is passed over at the cost of one set test."""
    known = names()
    words = {*known.given, *_TITLES}
    for word in _BEFORE_INITIALS:
        words.update((word, word + "s", word.capitalize(), word.capitalize() + "s"))
    return frozenset(
        [word + ending for word in words for ending in _ENDINGS] + [opening + word for word in words for opening in _OPENINGS]
    )


def find(text: str, tokens: Sequence[str] | None = None) -> Iterator[Hit]:
    """Each person named next to their care. ``tokens`` is ``text.split()`` if the caller has it."""
    if cue_tokens().isdisjoint(text.split() if tokens is None else tokens):
        return
    p = _patterns()
    found = [m.span() for m in p["title"].finditer(text) if _is_surname_after_title(m.group())]
    found.extend(m.span("name") for m in p["in_care"].finditer(text) if _is_name_after_role(m))
    found.extend(_full_names(text))
    if not found and not any(word in names().clear for word in p["capital"].findall(text)):
        return
    lowered = text.lower()
    if len(lowered) != len(text) or not p["care"].search(lowered):
        return  # (a text whose length changes when lower-cased is looked at as it is: rare)
    found.extend(_clear_names_near_care(text, lowered))
    kept = [span for span in found if not _not_a_client(text, *span)]
    for start, end in merge_spans(kept):  # "Mrs Sarah Jones": the title's match and the full name's, as one
        yield Hit(start, end, RULE)


# Zipf frequency (wordfreq) from which a word after "Miss" is an everyday word, not a surname:
# "Don't Miss Out", "Miss Our Open Day" (surnames that are words, "Brown", "Day", are in the list).
_EVERYDAY = 5.5


def _is_surname_after_title(match: str) -> bool:
    surname = match.split()[-1].rstrip(".")
    return len(surname) == 1 or surname in names().surnames or lexicon.zipf(surname.lower()) < _EVERYDAY


def _is_name_after_role(m: re.Match[str]) -> bool:
    """After "my client", "service user": initials, or any capitalised word. After a
    capitalised role word ("Patient Transport Service") only a name from the lists."""
    name = m.group("name")
    if name.isupper() or "." in name:
        return True  # initials: "AB", "J.S."
    role = m.group()[: m.start("name") - m.start()]
    if any(word[0].islower() for word in role.split()):  # "my client", "Service user" (at a sentence start)
        return True
    known = names()
    return name in known.given or name in known.surnames


def _full_names(text: str) -> Iterator[tuple[int, int]]:
    """A given name then a surname from the lists: "Sarah Jones", "Grace Brown"."""
    known = names()
    matches = list(_patterns()["capital"].finditer(text))
    for first, second in zip(matches, matches[1:]):
        if second.start() == first.end() + 1 and first.group() in known.given and second.group() in known.surnames:
            yield first.start(), second.end()


def _clear_names_near_care(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Given names that are never ordinary words ("Sarah", not "Mark"), where their sentence has a care word."""
    p = _patterns()
    clear = names().clear
    for m in p["capital"].finditer(text):
        if m.group() in clear:
            start, end = _sentence(text, m.start(), m.end())
            if p["care"].search(lowered, start, end):
                yield m.span()
