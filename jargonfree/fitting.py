"""Fitting an edit to the words around it: "a"/"an" put right before a new word, a word the
edit would say twice left out, brackets never stacked, a gloss the nearby words already
say left out, and plain words that speak to the reader ("your") kept for a text that does.
Used by :mod:`jargonfree.rewriter`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .data import read_set
from .inflect import article_for, is_plural, readings

if TYPE_CHECKING:  # annotations only
    from .suggest import Suggestion


# A word beside an edit, with only spaces or tabs between: a letter, then letters, digits,
# apostrophes, "&" or hyphens ("carers'", "self-funder"). One pair serves every test of the
# words around an edit: a word said twice, a name written in capitals.
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019&-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'\u2019&-]*)")


def word_before(text: str, start: int) -> re.Match[str] | None:
    """The word just before ``start``, with only spaces between."""
    return _WORD_BEFORE.search(text, max(0, start - 60), start)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'\u2019])(an?)(\s+)$", re.I)
# Words that already do the job of an article: "the opioid" -> "the strong painkiller", not "the a strong painkiller".
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:a|an|the|this|that|these|those|my|your|his|her|its|our|their|any|each|every|some|no|one)\s+$", re.I
)
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+(?=\S)", re.I)


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
    following = _WORD_AFTER.match(text, end, end + 60)
    if not bracket or following is None or " " not in spelled:
        return expansion
    head, _, last = spelled.rpartition(" ")
    if last.lower() != following.group(1).lower():
        return expansion
    return f"{head} ({abbreviation}"


SAID_AROUND = "its plain words are the words around it: a person should reword it"


_FOLLOWING_WORDS = re.compile(r"(?:[ \t]+[^\W_]+){1,6}")
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


_BRACKET_AFTER = re.compile(r"[ \t]*[(\[]")


def _inside_brackets(text: str, start: int) -> bool:
    """True if an open bracket before ``start`` (in the 200 characters before it) is not yet closed."""
    before = text[max(0, start - 200) : start]
    return before.rfind("(") > before.rfind(")")


def bracket_blocker(text: str, start: int, end: int) -> str | None:
    """Why brackets must not be added after ``text[start:end]``, or None."""
    if _BRACKET_AFTER.match(text, end):
        return "already followed by words in brackets: say what it means there"
    if _inside_brackets(text, start):
        return "inside brackets: say what it means in your own words"
    return None


_WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


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
_SMALL_WORDS = frozenset(
    "a an the of and or to in on at by for with from as is are be his her their its your our my this that".split()
)
DROPS_WORDS = "its plain words would leave out a word the text says: a person should reword it"


def _content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, lower case, hyphened words apart ("looked", "after")."""
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _SMALL_WORDS]


def _same_word(word: str, other: str) -> bool:
    """True if two words may be forms of one word: they start with the same letters, three or
    all but the last two of the shorter one ("mentally", "mental"; "duties", "duty"; "made",
    "make"). Loose on purpose: a word taken for a form of another is only not counted as lost."""
    need = max(1, min(3, min(len(word), len(other)) - 2))
    return word[:need] == other[:need]


def _initials(word: str, words: list[str]) -> bool:
    """True if ``word`` is the initials of a run of ``words``: "cp" for "child protection"."""
    return len(word) > 1 and any("".join(w[0] for w in words[i : i + len(word)]) == word for i in range(len(words)))


def drops_words(matched: str, term: str, plain: str) -> bool:
    """True if ``plain``, put in place of ``matched``, would leave out a word of the text's own:
    ``matched`` shares a word with the entry's ``term`` (so it is the term with more words,
    not a synonym written as a form) and has another that neither the term nor ``plain``
    carries. "maintained nursery", a form of "maintained school", would lose "nursery" to
    "council-run school"; "on the grounds that", a synonym of "in light of the fact that",
    shares no word with it and is replaced whole. An entry whose plain words only leave out
    words of its term ("suicide attempt" for "unsuccessful suicide attempt") is there to leave
    them out, in every form ("failed suicide attempt")."""
    said, named, plain_words = _content_words(matched), _content_words(term), _content_words(plain)
    if all(any(_same_word(p, t) for t in named) for p in plain_words):
        return False
    kept = named + plain_words
    if not any(_same_word(w, t) or _initials(w, named) for w in said for t in named):
        return False
    return any(not any(_same_word(w, k) for k in kept) and not _initials(w, named) for w in said)


# A quotation mark inside a match that closes or opens a quotation, not an apostrophe inside a
# word: "booking’ appointment" in "‘booking’ appointment".
_QUOTE_INSIDE = re.compile(r"[\u2019'\u201d\"](?=\s)|[\u2018\u201c]|(?<=\s)[\"']")
ACROSS_QUOTES = "it runs across quotation marks: a person should reword it"


def across_quotes(matched: str, term: str) -> bool:
    """True if ``matched`` runs across a quotation mark that the entry's ``term`` does not have:
    plain words put in its place would leave the quotation open ("‘booking’ appointment" ->
    "‘first midwife appointment"). An apostrophe the term itself writes ("carers' assessment")
    is part of it."""
    mark = _QUOTE_INSIDE.search(matched)
    return mark is not None and mark.group() not in term


IN_A_NAME = "part of a name written in capitals: keep the name, and say what it means nearby if needed"
# Words written with a capital that do not make a name of the words beside them.
_CAPITAL_ANYWAY = frozenset(
    "I January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def in_a_name(text: str, start: int, end: int, starts_sentence: bool, before_starts_sentence: bool) -> bool:
    """True if the capitalised ``text[start:end]`` is part of a longer name: a capitalised word
    stands right after it ("the Anticoagulant Clinic", "Continence Services are ...") or, when
    it does not start the sentence, right before it ("Child Winter Heating Assistance", "Consultant
    Paediatric Gastroenterologist"). Plain words put there would change the name a reader looks
    for. ``starts_sentence``: the term starts its sentence (its capital proves nothing);
    ``before_starts_sentence``: the word before it does (its capital proves nothing either)."""
    matched = text[start:end]
    if not matched[:1].isupper() or matched.isupper():
        return False  # (a term in capitals: an abbreviation, or a sentence in capitals)
    after = _WORD_AFTER.match(text, end, end + 60)
    if after is not None and after.group(1)[0].isupper() and after.group(1) not in _CAPITAL_ANYWAY:
        return True
    if starts_sentence:
        return False
    before = word_before(text, start)
    return before is not None and before.group(1)[0].isupper() and not before_starts_sentence


_AND_OR = frozenset({"and", "or"})
BEFORE_A_NOUN = "it describes the noun after it here, where its plain words do not fit: reword it, or explain it in brackets"


def before_a_noun(text: str, start: int, end: int, plain: str, opens_sentence: bool) -> bool:
    """True if ``plain``, the plain words of a noun that make a phrase (they hold a small
    joining word: "care paid for in full by the NHS", "help and care after leaving hospital"),
    would stand straight before a noun that the term ``text[start:end]`` describes: "a
    Continuing Healthcare assessment form", "s117 aftercare services". One plain word, words
    with no joining word ("pressure sore", "blood thinner"), or words joined by "and" or "or"
    that do not end in a plural ("bladder and bowel control"), can stand there.

    A word that can be a verb too is taken for the term's own verb in its "s" form when the term
    opens its sentence, perhaps after "a" or "the" (``opens_sentence``: "Haematuria needs to be
    checked"), and in its plain form after a term ending in "s", unless "a" comes before it
    ("schizophrenics die younger"; not "a pre-proceedings meeting");
    otherwise for a noun ("to provide aftercare services", "Continuing Healthcare funding")."""
    small = read_set("function_words.txt")
    words = plain.lower().split()
    joining = small.intersection(words)
    if not joining or (joining <= _AND_OR and not is_plural(words[-1])):
        return False  # "bladder and bowel control" can describe a team; "drug or alcohol problems" cannot
    after = _WORD_AFTER.match(text, end, end + 60)
    if after is None or not after.group(1).islower() or after.group(1) in small:
        return False
    word = after.group(1)
    kinds = readings(word)
    if "NOUN" not in kinds or "ADJ" in kinds or "ADV" in kinds:
        return False
    if "VERB" in kinds:
        # "Haematuria needs ...": a verb's "s" form after a term that opens its sentence.
        # "schizophrenics die ...": a verb's plain form after a term in the plural.
        if word.endswith("s"):
            return not opens_sentence
        before = word_before(text, start)
        return not (text[end - 1] == "s" and (before is None or before.group(1).lower() not in ("a", "an")))
    return True


def replacement_blocker(
    text: str, start: int, end: int, term: str, plain: str, starts_sentence: bool, before_starts_sentence: bool
) -> str | None:
    """Why the plain words ``plain`` of the entry ``term`` must not be put in place of
    ``text[start:end]`` (they would drop a word, leave a quotation open or change a name), or None."""
    matched = text[start:end]
    if drops_words(matched, term, plain):
        return DROPS_WORDS
    if across_quotes(matched, term):
        return ACROSS_QUOTES
    if in_a_name(text, start, end, starts_sentence, before_starts_sentence):
        return IN_A_NAME
    return None


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# Words that show a text is about a person other than its reader: the writer or someone else.
_SOMEONE_ELSE = re.compile(
    r"\b(?:I|(?i:my|me|he|she|his|her|him|they|their|them|mr|mrs|ms|miss|mum|dad|mother|father|husband|wife|son|daughter))\b"
)
# How far either side of a term to look for who the text speaks to.
_READER_NEAR = 200
TO_SOMEONE_ELSE = "its plain words speak to the reader (“you”), and the text around it is about someone else"


def speaks_to_reader(words: str) -> bool:
    """True if ``words`` speak to the reader: "extra costs you have", "your own home"."""
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
