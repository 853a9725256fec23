"""Fitting an edit to the words around it: "a"/"an" put right before a new word, a word the
edit would say twice left out, brackets never stacked, a gloss the nearby words already
say left out, a gloss put after the law or the noun its term goes with, and plain words that
speak to the reader ("your") kept for a text that does.
Used by :mod:`jargonfree.rewrite_plan`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .data import read_alternatives, read_set
from .inflect import readings
from .wording import article_for
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only
    from .report import Finding
    from .suggest import Suggestion


# A word beside an edit, with only spaces or tabs between: a letter, then letters, digits,
# apostrophes, "&" or hyphens ("carers'", "self-funder"). One pair serves every test of the
# words around an edit: a word said twice, a name written in capitals.
_WORD_BEFORE = lazy_pattern(r"([^\W\d_][\w'\u2019&-]*)[ \t]+$")
_WORD_AFTER = lazy_pattern(r"[ \t]+([^\W\d_][\w'\u2019&-]*)")


def word_before(text: str, start: int) -> re.Match[str] | None:
    """The word just before ``start``, with only spaces between."""
    window = max(0, start - 60)
    before = text[window:start]
    words = before.split()
    if not words or not before[-1].isspace():
        return None  # no word, or no space after the last one
    # Search from where the last of ``words`` starts, not from each of the 60 characters: the
    # same match at a fraction of the cost (each place a search starts from reads on to the end
    # of its word).
    last_word_at = start - (len(before) - len(before.rstrip())) - len(words[-1])
    return _WORD_BEFORE.search(text, last_word_at, start)


def word_after(text: str, end: int) -> re.Match[str] | None:
    """The word just after ``end``, with only spaces between."""
    return _WORD_AFTER.match(text, end, end + 60)


# The law a part belongs to, named straight after it: "section 135 of the Mental Health Act 1983",
# "Section 42 of the Care Act 2014", "article 8 of the Children (Northern Ireland) Order 1995",
# "section 4 of the Act".
_LAW_OF = lazy_pattern(
    r",?[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:\(?[A-Z][\w'\u2019-]*\)?|and|for)[ \t]+){0,8}?"
    rf"(?:{read_alternatives('law_name_ends.txt')})\b(?:[ \t]+\(?\d{{4}}\)?)?"
)


def law_named_after(text: str, end: int) -> int:
    """Where the name of the law that the part ending at ``end`` belongs to ends ("section 135"
    + " of the Mental Health Act 1983"), or ``end`` when no law is named straight after it. A
    gloss of the part goes after the law's name, so the two stay together."""
    named = _LAW_OF.match(text, end, end + 160)
    return named.end() if named else end


_NUMBER_AFTER = lazy_pattern(r"[ \t]+\d")


def noun_described_after(text: str, end: int) -> int:
    """Where the noun that the word ending at ``end`` describes ends ("statutory" + " framework"
    in "a statutory framework to protect", "antenatal" + " visit"), or ``end`` when the next word
    is not such a noun, or starts a longer noun phrase ("cardiac arrest survival rates", "a band
    5 type of role"). A word that can be a verb too is taken for the verb when it ends in "ing"
    or "ed" ("provision setting out"), or in "s" where the word before does not, or the other way
    round ("the order ends", "the orders end")."""
    small = read_set("function_words.txt")
    after = word_after(text, end)
    if after is None:
        return end
    word = after.group(1)
    if not word.isalpha() or not word.islower() or word in small:
        return end
    kinds = readings(word)
    if "NOUN" not in kinds or not kinds <= {"NOUN", "VERB"}:
        return end
    if "VERB" in kinds and (word.endswith(("ing", "ed")) or word.endswith("s") != text[end - 1 : end].lower().endswith("s")):
        return end  # "provision setting out ...", "the care order ends"
    if _NUMBER_AFTER.match(text, after.end()):
        return end  # "document version 5"
    following = word_after(text, after.end())
    if following is not None:
        next_word = following.group(1)
        if next_word == "of":
            return end  # "type of role"
        next_kinds = readings(next_word)
        if next_word.islower() and next_word not in small and "NOUN" in next_kinds and not next_kinds & {"ADJ", "ADV"}:
            return end  # another noun: "survival rates"
    return after.end()


def gloss_end(text: str, start: int, end: int, findings: Sequence[Finding], pos: str | None) -> int:
    """Where the gloss of the term at ``text[start:end]`` goes: after the name of the law the
    term is part of ("section 135 of the Mental Health Act 1983 (a court warrant ...)", not
    "section 135 (a court warrant ...) of the Mental Health Act 1983"), or, for an adjective,
    after the noun it describes ("a statutory framework (set up or needed by law)", "intravenous
    antibiotics (into a vein)"); else straight after the term. The gloss of a noun stays by it
    even before another noun: after that noun it would seem to name it ("a tenancy sustainment
    officer (help to keep your home)"). Not moved past brackets or past words with a finding of
    their own."""
    moved = law_named_after(text, end)
    if moved == end and pos == "adjective":
        moved = noun_described_after(text, end)
    if moved == end or bracket_blocker(text, start, moved):
        return end
    if any(end <= f.start < moved for f in findings if f.kind == "jargon"):
        return end
    return moved


_ARTICLE_BEFORE = lazy_pattern(r"(?<![\w'\u2019])(an?)(\s+)$", re.I)
# Words that already do the job of an article: "the opioid" -> "the strong painkiller", not "the a strong painkiller".
_DETERMINER_BEFORE = lazy_pattern(
    r"(?<![\w'\u2019])(?:a|an|the|this|that|these|those|my|your|his|her|its|our|their|any|each|every|some|no|one)\s+$", re.I
)
_LEADING_ARTICLE = lazy_pattern(r"^(?:a|an|the)\s+(?=\S)", re.I)


def with_article(text: str, start: int, new: str) -> tuple[int, str]:
    """Where the edit starts and what it puts in once the articles around it agree.

    A replacement that brings its own article drops it after a word that does the same
    job; "a"/"an" just before the edit is put right for the new first word.
    """
    before = text[max(0, start - 12) : start]
    if _LEADING_ARTICLE.match(new) and _DETERMINER_BEFORE.search(before):
        new = _LEADING_ARTICLE.sub("", new, count=1)
    article = _ARTICLE_BEFORE.search(before)
    if article is None:
        return start, new
    written, space = article.group(1), article.group(2)
    wanted = article_for(new)
    if written.lower() == wanted:
        return start, new
    fixed = wanted.capitalize() if written[0].isupper() else wanted
    return start - len(written) - len(space), f"{fixed}{space}{new}"


def without_last_word_repeated(expansion: str, text: str, end: int) -> str:
    """ "midstream urine sample (MSU)" before "sample" loses its last word: "midstream urine (MSU) sample"."""
    spelled, bracket, abbreviation = expansion.rpartition(" (")
    following = word_after(text, end)
    if not bracket or following is None or " " not in spelled:
        return expansion
    head, _, last = spelled.rpartition(" ")
    if last.lower() != following.group(1).lower():
        return expansion
    return f"{head} ({abbreviation}"


SAID_AROUND = "its plain words are the words around it: a person should reword it"


_FOLLOWING_WORDS = lazy_pattern(r"(?:[ \t]+[^\W_]+){1,6}")
_ARTICLES = frozenset({"the", "a", "an"})


def _repeated_tail(words: list[str], following: list[str]) -> int:
    """How many of the last ``words`` the text says straight after them, "the" and "a" aside:
    "well enough to leave hospital" before "to leave the hospital" -> 3. At most all but one."""
    said = [(i, w.lower()) for i, w in enumerate(words) if w.lower() not in _ARTICLES]
    next_words = [w.lower() for w in following if w.lower() not in _ARTICLES]
    for k in range(len(said) - 1, 0, -1):
        if [w for _, w in said[-k:]] == next_words[:k]:
            return len(words) - said[-k][0]
    return 0


def without_words_repeated(replacement: str, text: str, start: int, end: int) -> str | None:
    """``replacement`` for ``text[start:end]`` less the last words that the text says next and a
    first word that it has just said: "a ventouse cup" -> "a suction cup" (not "suction cup
    cup"), "medically fit to leave the hospital" -> "well enough to leave the hospital" (not
    "well enough to leave hospital to leave the hospital"), "the normal reference range" -> "the
    normal range", "my first booking appointment" -> "my first midwife appointment". None if
    nothing would be left ("or alternatively" -> "or or")."""
    words = replacement.split(" ")
    following = _FOLLOWING_WORDS.match(text, end)
    if following is not None:
        next_words = following.group().split()
        if len(words) == 1 and words[0].lower() == next_words[0].lower():
            words = []
        else:
            words = words[: len(words) - _repeated_tail(words, next_words)]
    previous = word_before(text, start)
    if words and previous is not None and words[0].lower() == previous.group(1).lower():
        words = words[1:]
    return " ".join(words) if words else None


_BRACKET_AFTER = lazy_pattern(r"[ \t]*[(\[]")


def _inside_brackets(text: str, start: int) -> bool:
    """True if an open bracket before ``start`` (in the 200 characters before it) is not yet closed."""
    window = max(0, start - 200)
    return text.rfind("(", window, start) > text.rfind(")", window, start)


BRACKETS_AFTER = "already followed by words in brackets: say what it means there"
IN_BRACKETS = "inside brackets: say what it means in your own words"


def bracket_blocker(text: str, start: int, end: int) -> str | None:
    """Why brackets must not be added after ``text[start:end]``, or None."""
    if _BRACKET_AFTER.match(text, end):
        return BRACKETS_AFTER
    if _inside_brackets(text, start):
        return IN_BRACKETS
    return None


#: A word, with the apostrophes and hyphens inside it ("don't", "follow-up").
WORD = lazy_pattern(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _contains(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(words[i : i + n] == part for i in range(len(words) - n + 1))


def repeats(gloss: str, before: str, after: str) -> bool:
    """True if the words around a gloss say it again: the whole gloss just before it, or its
    last two or more words straight after it ("s117 (free help and care after leaving
    hospital) help and care after leaving hospital")."""
    said = _words(gloss)
    if _contains(_words(before), said):
        return True
    following = _words(after)[: len(said)]
    return any(len(said) - i >= 2 and following[: len(said) - i] == said[i:] for i in range(len(said)))


# Words a replacement may leave out: small words, and those real text puts inside a term
# ("deprivation of their liberty").
_SECOND_PERSON = lazy_pattern(r"\b(?:you|your|yours|yourself)\b", re.I)
# Words that show a text is about a person other than its reader: the writer or someone else.
_SOMEONE_ELSE = lazy_pattern(
    r"\b(?:I|(?i:my|me|he|she|his|her|him|they|their|them|mr|mrs|ms|miss|mum|dad|mother|father|husband|wife|son|daughter))\b"
)
# How far either side of a term to look for who the text speaks to.
_READER_NEAR = 200
TO_SOMEONE_ELSE = "its plain words speak to the reader (“you”), and the text around it is about someone else"


def speaks_to_reader(words: str) -> bool:
    """True if ``words`` speak to the reader: "extra costs you have", "your own home"."""
    if "you" not in words.lower():
        return False  # (most plain words: cheaper to see than the search)
    return _SECOND_PERSON.search(words) is not None


def about_someone_else(text: str, start: int, end: int) -> bool:
    """True if the text around ``text[start:end]`` is about the writer or another person ("her",
    "my", "Mr") and does not speak to its reader ("you", "your") anywhere near, the term
    included: plain words that speak to the reader do not fit there."""
    near = text[max(0, start - _READER_NEAR) : end + _READER_NEAR]
    return _SECOND_PERSON.search(near) is None and _SOMEONE_ELSE.search(near) is not None


def first_that_fits(options: Sequence[Suggestion], text: str, start: int, end: int) -> tuple[Suggestion | None, str]:
    """The first of ``options`` (not empty) whose words fit the text around ``text[start:end]``,
    or None with the reason. Plain words that speak to the reader ("her extra costs you have
    because of your disability") do not fit a text about someone else; an explanation in
    brackets still does."""
    if not options[0].gloss and speaks_to_reader(options[0].text) and about_someone_else(text, start, end):
        glosses = [o for o in options if o.gloss]
        return (glosses[0], "") if glosses else (None, TO_SOMEONE_ELSE)
    return options[0], ""
