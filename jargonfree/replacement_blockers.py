"""Why plain words must not be put in a term's place, though they mean the same: they would
leave out a word the text says, leave a quotation open, change a name written in capitals,
stand as a phrase before a noun the term describes, stand as a verb before a "that" clause or a
bare noun it cannot take, lose the duty a passive says ("is required to"), stand as a word of quantity after "a", or end in a phrase or list before an "'s".
Each reason is a message a person reads in the rewrite's skipped findings. Used by
:mod:`jargonfree.rewrite_plan`.
"""

from __future__ import annotations

import re

from .data import read_set
from .document import Document
from .fitting import word_after, word_before
from .glossary.model import Entry
from .inflect import is_plural, readings
from .suggest import possessive_after
from .lazy_patterns import lazy_pattern

_SMALL_WORDS = frozenset(
    "a an the of and or to in on at by for with from as is are be his her their its your our my this that".split()
)
# A run of letters: a word, hyphened words apart.
_LETTERS = lazy_pattern(r"[^\W\d_]+")
DROPS_WORDS = "its plain words would leave out a word the text says: a person should reword it"


def _content_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, lower case, hyphened words apart ("looked", "after")."""
    return [w for w in _LETTERS.findall(text.lower()) if w not in _SMALL_WORDS]


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
    if matched.lower() == term.lower():
        return False  # the term as the entry writes it has no word of its own to lose
    said, named, plain_words = _content_words(matched), _content_words(term), _content_words(plain)
    if all(any(_same_word(p, t) for t in named) for p in plain_words):
        return False
    kept = named + plain_words
    if not any(_same_word(w, t) or _initials(w, named) for w in said for t in named):
        return False
    return any(not any(_same_word(w, k) for k in kept) and not _initials(w, named) for w in said)


# A quotation mark inside a match that closes or opens a quotation, not an apostrophe inside a
# word: "booking’ appointment" in "‘booking’ appointment".
_QUOTE_INSIDE = lazy_pattern(r"[\u2019'\u201d\"](?=\s)|[\u2018\u201c]|(?<=\s)[\"']")
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


def capital_word_after(text: str, end: int) -> bool:
    """True if a word written with a capital comes straight after ``end`` and carries a name on:
    not an abbreviation ("a Band 6 RMN"), a month, day or "I", nor a small word that opens a
    sentence run on after a heading ("Guardianship The purpose of ...")."""
    after = word_after(text, end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word[0].isupper()
        and not word.isupper()
        and word not in _CAPITAL_ANYWAY
        and word.lower() not in read_set("function_words.txt")
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
    if capital_word_after(text, end):
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
    after = word_after(text, end)
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


NO_THAT_CLAUSE = "its plain verb cannot take the 'that ...' that follows it here: a person should reword it"
# "that" opening a clause ("requires that the order is made"), not pointing at a thing ("requires
# that form"): a word that starts a clause comes after it.
_THAT_CLAUSE = lazy_pattern(
    r"[ \t]+that[ \t]+(?:the|a|an|all|any|each|every|no|this|these|those|his|her|their|our|your|its|my"
    r"|i|you|he|she|it|we|they|there|people|everyone|staff)\b",
    re.I,
)


def before_a_that_clause(text: str, end: int, plain: str) -> bool:
    """True if the plain verb ``plain`` would stand before a "that" clause it cannot take:
    "The clause requires that the order is made" -> not "needs that the order is made"."""
    return plain.lower() in read_set("verbs_without_that.txt") and _THAT_CLAUSE.match(text, end) is not None


NO_BARE_NOUN = "its plain verb cannot take the noun that follows it here ('find out eligibility'): a person should reword it"
# Words that open a question after "find out" ("whether", "how", "why"), which the word tables
# take for nouns.
_QUESTION_WORDS = frozenset({"whether", "how", "why"})


def before_a_bare_noun(text: str, end: int, plain: str) -> bool:
    """True if the plain verb ``plain`` would stand before a noun with nothing in front of it,
    which it cannot take: "is enough to establish eligibility" -> not "find out eligibility"
    ("establish" means "show" there). "find out what happened", "find out the facts" and
    "find out whether ..." are left to the rewrite."""
    if plain.lower() not in read_set("verbs_without_bare_noun.txt"):
        return False
    after = word_after(text, end)
    if after is None:
        return False
    word = after.group(1)
    if not word.islower() or word in read_set("function_words.txt") or word in _QUESTION_WORDS:
        return False
    return readings(word) == {"NOUN"} and not is_plural(word)


PASSIVE_DUTY = "it says what someone must do here ('is required to', 'as required by'), and its plain verb would not: a person should reword it"
# "is required", "are not required", "as required": a passive or "as" before the term.
_BE_BEFORE = lazy_pattern(r"\b(?:is|are|was|were|be|been|being|as)\s+(?:(?:not|also|still|legally|now)\s+)?$", re.I)
# What follows a duty: "to" (perhaps after a clause in commas: "is required, with others, to")
# or the one who asks it ("by law").
_DUTY_AFTER = lazy_pattern(r"\s*(?:to\b|by\b|,[^.,;:]{1,60},\s*to\b)")


def passive_duty(text: str, start: int, end: int, plain: str) -> bool:
    """True if the term, a past form after "is", "are", "as" ..., says a duty ("The local
    authority is required, in partnership with other agencies, to ...", "as required by the
    conditions") and ``plain`` would not ("is needed ... to", "as needed by")."""
    if plain.lower() not in read_set("verbs_without_passive_duty.txt"):
        return False
    return _BE_BEFORE.search(text, max(0, start - 30), start) is not None and _DUTY_AFTER.match(text, end) is not None


AFTER_AN_ARTICLE = "its plain word cannot follow 'a' or 'an': a person should reword it"
# Words of quantity that take no "a" before them: "a sufficient number" -> not "an enough number".
_QUANTITY = frozenset({"enough", "more", "most", "many", "much", "less", "fewer", "several"})


def after_an_article(text: str, start: int, plain: str) -> bool:
    """True if ``plain`` starts with a word of quantity and "a" or "an" comes before the term."""
    first = plain.split(None, 1)[0].lower() if plain.strip() else ""
    if first not in _QUANTITY:
        return False
    before = word_before(text, start)
    return before is not None and before.group(1).lower() in ("a", "an")


BEFORE_A_POSSESSIVE = "its plain words end in a phrase or a list, and the 's after it would fall on the wrong word: a person should reword it"
# Plain words whose last word is not the one the "'s" belongs to: a list ("school, nursery or
# college") or a phrase that goes on after its noun ("children in care", "people who use services").
_LIST_OR_PHRASE = lazy_pattern(r",|\b(?:and|or|of|in|for|with|who|that|which|from|after|at|on|to|under|by)\b", re.I)


def before_a_possessive(text: str, start: int, end: int, plain: str) -> bool:
    """True if ``text[start:end]`` carries a possessive ("looked after children's wishes", "an
    educational setting's role": :func:`jargonfree.suggest.possessive_after`) and ``plain`` ends
    in a phrase or a list, so the "'s" would fall on a word that does not own the thing
    ("children in care's wishes", "a school, nursery or college's role")."""
    return bool(possessive_after(text, start, end)) and _LIST_OR_PHRASE.search(plain) is not None


def replacement_blocker(doc: Document, start: int, end: int, entry: Entry, plain: str, *, word_tables: bool = True) -> str | None:
    """Why the plain words ``plain`` of ``entry`` must not be put in place of
    ``doc.text[start:end]`` (they would drop a word, leave a quotation open, change a name or,
    as a phrase, stand before a noun the term describes), or None. With ``word_tables`` False
    (a check, which never loads lemminflect's tables), the two questions that need the tables
    (a noun after the term: :func:`before_a_noun`, :func:`before_a_bare_noun`) are not asked."""
    text, matched = doc.text, doc.text[start:end]
    if drops_words(matched, entry.term, plain):
        return DROPS_WORDS
    if across_quotes(matched, entry.term):
        return ACROSS_QUOTES
    # Where the term and the word before it stand in their sentence: asked only for a term
    # written with a capital (a name) or, with the word tables, a noun (most terms in a check are neither).
    capitalised = matched[:1].isupper() and not matched.isupper()
    if capitalised or (word_tables and entry.pos == "noun"):
        opens = doc.sentence_start_at(start)
        before = word_before(text, start)
        before_opens = before is not None and doc.sentence_start_at(before.start())
        if in_a_name(text, start, end, opens, before_opens):
            return IN_A_NAME
        after_article = before_opens and before is not None and before.group(1).lower() in ("a", "an", "the")
        if word_tables and entry.pos == "noun" and before_a_noun(text, start, end, plain, opens or after_article):
            return BEFORE_A_NOUN
    if entry.pos == "verb" and before_a_that_clause(text, end, plain):
        return NO_THAT_CLAUSE
    if word_tables and entry.pos == "verb" and before_a_bare_noun(text, end, plain):
        return NO_BARE_NOUN
    if entry.pos == "verb" and passive_duty(text, start, end, plain):
        return PASSIVE_DUTY
    if after_an_article(text, start, plain):
        return AFTER_AN_ARTICLE
    if before_a_possessive(text, start, end, plain):
        return BEFORE_A_POSSESSIVE
    return None
