"""Build replacement text for a glossary match: the same words a check suggests and a rewrite applies."""

from __future__ import annotations

import re
from typing import NamedTuple

from .document import Document
from .glossary.model import Entry
from .inflect import inflect, is_shouting, match_case


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|having|get|got|gets)\s+(?:\w+ly\s+)?$", re.I)


POSSESSIVE = re.compile(r"['\u2019]s?(?!\w)")


class Suggestion(NamedTuple):
    """Replacement text for one match; ``safe`` is False when the grammar could not be matched for sure."""

    text: str
    safe: bool


def _inflect_phrase(phrase: str, suffix: str, entry: Entry) -> tuple[str, bool]:
    """Put ``suffix`` on the right word: a verb's first word ("carried out"), a noun's last ("family members")."""
    if not suffix:
        return phrase, True
    words = phrase.split(" ")
    if suffix in ("ed", "en", "ing") or entry.pos == "verb":
        words[0] = inflect(words[0], suffix)
        return " ".join(words), True
    # A plural noun: "activity of daily living" -> "activities of daily living"; already plural stays.
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    if not words[head].lower().endswith("s"):
        words[head] = inflect(words[head], suffix)
    # "signposts" -> "points people to"? Without a part of speech, a many-word plural is a guess.
    return " ".join(words), len(words) == 1 or entry.pos == "noun" or entry.is_abbreviation


def suggestions(doc: Document, entry: Entry, start: int, end: int, suffix: str) -> list[Suggestion]:
    """Replacement texts for ``doc.text[start:end]``, best first, in the entry's rewrite style."""
    return build(entry, *context(doc, entry, start, end, suffix))


def context(doc: Document, entry: Entry, start: int, end: int, suffix: str) -> tuple[str, str, bool, bool]:
    """All that :func:`build` needs to know of the text around a match:
    (surface, suffix, at the start of a sentence, in an all-capitals sentence)."""
    text = doc.text
    surface = text[start:end]
    if entry.rewrite == "explain":
        possessive = POSSESSIVE.match(text, end)
        if possessive:
            # "the donor's (the person who ...) wishes", not "the donor (the person who ...)'s wishes"
            surface += possessive.group()
    # Only a capital letter is kept at the start of a sentence (see match_case).
    at_start = surface[:1].isupper() and doc.sentence_start_at(start)
    # Only a term written in capitals can be part of an all-capitals sentence.
    shouting = surface.isupper() and is_shouting(doc.sentence_window(start))
    if suffix == "ed" and _AUXILIARY.search(text[max(0, start - 20) : start]):
        suffix = "en"  # "was undertaken" -> "was done", not "was did"
    return surface, suffix, at_start, shouting


def build(entry: Entry, surface: str, suffix: str, at_start: bool, shouting: bool) -> list[Suggestion]:
    """The replacement texts for ``surface`` in the context :func:`context` found (no text needed)."""
    out: list[Suggestion] = []
    for plain in entry.plain:
        # An explanation in brackets describes the term; it is not inflected with it.
        words, safe = (plain, True) if entry.rewrite == "explain" else _inflect_phrase(plain, suffix, entry)
        if entry.rewrite == "expand":
            text = f"{match_case(surface, words, sentence_start=at_start, shouting=shouting)} ({surface})"
        elif entry.rewrite == "explain":
            text = f"{surface} ({match_case(surface, words, sentence_start=False, shouting=shouting)})"
        else:
            text = match_case(surface, words, sentence_start=at_start, shouting=shouting)
        out.append(Suggestion(text, safe))
    return out
