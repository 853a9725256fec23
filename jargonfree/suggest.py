"""Build replacement text for a glossary match: the same words a check suggests and a rewrite applies."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .glossary.model import Entry
from .inflect import inflect, is_shouting, match_case


@dataclass(frozen=True)
class Suggestion:
    """Replacement text for one match; ``safe`` is False when the grammar could not be matched for sure."""

    text: str
    safe: bool


def _inflect_phrase(phrase: str, suffix: str, entry: Entry) -> tuple[str, bool]:
    """Put ``suffix`` on the right word: a verb's first word ("carried out"), a noun's last ("family members")."""
    if not suffix:
        return phrase, True
    words = phrase.split(" ")
    if suffix in ("ed", "ing") or entry.pos == "verb":
        words[0] = inflect(words[0], suffix)
        return " ".join(words), True
    words[-1] = inflect(words[-1], suffix)
    # "signposts" -> "points people to"? Without a part of speech, a many-word plural is a guess.
    return " ".join(words), len(words) == 1 or entry.pos == "noun" or entry.is_abbreviation


def suggestions(doc: Document, entry: Entry, start: int, end: int, suffix: str) -> list[Suggestion]:
    """Replacement texts for ``doc.text[start:end]``, best first, in the entry's rewrite style."""
    surface = doc.text[start:end]
    sentence = doc.text[slice(*doc.sentence_at(start))]
    at_start = doc.sentence_start_at(start)
    shouting = is_shouting(sentence)
    out: list[Suggestion] = []
    for plain in entry.plain:
        words, safe = _inflect_phrase(plain, suffix, entry)
        if entry.rewrite == "expand":
            text = f"{match_case(surface, words, sentence_start=at_start, shouting=shouting)} ({surface})"
        elif entry.rewrite == "explain":
            text = f"{surface} ({match_case(surface, words, sentence_start=False, shouting=shouting)})"
        else:
            text = match_case(surface, words, sentence_start=at_start, shouting=shouting)
        out.append(Suggestion(text, safe))
    return out
