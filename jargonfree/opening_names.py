"""Names at the start of a sentence: is a capitalised word there a name, or only capitalised
because the sentence starts with it? (For the uncommon-word check, :mod:`jargonfree.checks.uncommon`,
which leaves names alone.)

Inside a sentence a capital says "name". At a sentence's start it says nothing, so other signs
are read: the word is no word at all, a UK place, the first word of a Title Case name, a person
the sentence goes on to call "she" or "he", or a word the same text writes as a name inside a
sentence of running text. Pure functions over read-only data.
"""

from __future__ import annotations

import re

from . import lexicon, medical_words, names
from .data import read_alternatives, read_set
from .document import Document
from .lazy_patterns import lazy_pattern

__all__ = ["capitalised_words", "is_a_name", "named_elsewhere", "places", "starts_like_a_sentence"]


# A list item or a label's value starts after a semicolon or a colon, and is capitalised as a
# sentence is: "Dysuria; Polyuria; Haematuria", "Form: Orodispersible tablets".
_ITEM_START = lazy_pattern(r"[;:] *$")


def starts_like_a_sentence(doc: Document, start: int) -> bool:
    """True if a capital at ``start`` is there because a sentence, a list item or a label's
    value starts there, not because the word is a name."""
    return doc.sentence_start_at(start) or _ITEM_START.search(doc.text, max(0, start - 4), start) is not None



def places() -> frozenset[str]:
    """Lower-cased words of UK place names (``data/uk_places.txt``, from GeoNames)."""
    return read_set("uk_places.txt")


# A capital after the word, on the same line: "Caerphilly Family Team", "Auchinlea CMHT".
# (A lone "I" does not count: "Yesterday I went ...".) Not context's rule of the same idea,
# which lets joining words come first and is for a glossary term inside a name.
_CAPITAL_FOLLOWS = lazy_pattern(r" +(?!I\b)[A-Z]")


# The first of a comma list whose next two items are capitalised: "including: Torbay, Sheffield,
# County Durham, ..." (a list of places or people; the items after it are left alone already).
_LIST_OF_NAMES = lazy_pattern(r",[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)*,[ \t]+(?:and[ \t]+)?[A-Z]")


# A person as the sentence's subject: a verb of what people do or have, then "she", "her", "he"
# or "his" later in the sentence ("Dionne has a diagnosis of bipolar disorder and ... into her
# house"). A thing's name has no such pronoun: "Dysphagia has many causes."
_PERSON_VERB = lazy_pattern(r" +(?:has|had|said|says|told|tells|lives|lived|feels|felt|wants|wanted|went|goes|works|worked|loves|likes|became|started)\b")
_PERSON_PRONOUN = lazy_pattern(r"\b(?:she|her|he|him|his)\b")
# "her" or "him" straight after a verb that makes someone do or be something is the person
# something acted on, not the subject: "Stimming has helped her calm down", "Echolalia has made
# her speech hard to follow", "Hyperacusis has caused him to miss school". Other verbs, or a
# family word after "her", make it what the subject has, so a person: "Zainab has called her mum",
# "Tamsin has helped her brother". Only "she" or "he", or the pronoun elsewhere, says the subject
# is a person. ("Dysregulation has worried his parents" is left to :data:`_THING_ENDINGS`.)
_ACTED_ON = lazy_pattern(
    r"(?:made|helped|let|caused|got|kept|left)\s+(?:her|him)\b"
    r"(?!\s+(?:mum|mam|mom|dad|mother|father|parents?|brother|sister|son|daughter|husband|wife|partner"
    r"|boyfriend|girlfriend|friends?|family|baby|kids|children|child|nan|gran|grandma|grandad"
    r"|aunt|auntie|uncle|cousin)\b)"
)
# Endings of nouns for things, states and studies, which no first name has: "Hyperacusis has made
# her avoid the canteen", "Dysregulation has worried his parents" are not about a person called so.
_THING_ENDINGS = ("tion", "sion", "sis", "ity", "ism", "ness", "ment", "ance", "ence", "ology", "ics")
# What a sentence says straight after a person's first name: an age ("Suzanne is 57 and ...",
# "Sherene, 42, lives ..."), a birth, "who", a verb of speaking
# (data/speaking_verbs.txt: "Sherene said ..."; a body's name too), or a diagnosis the person has ("Cathryn has Bipolar type 1",
# data/conditions_people_have.txt). A thing's name is not so followed.
# Not a number alone after "is" or "was", which a test result has too ("Ferritin was 12, which is
# low"): "years", "aged", or "and" and what a person is or does after it. Not a condition "as"
# something ("Sertraline has depression as a side effect").
_PERSON_FACTS_AFTER = lazy_pattern(
    r"(?:,[ \t]+\d{1,3},"
    r"|[ \t]+(?:is|was)[ \t]+(?:now[ \t]+)?(?:aged[ \t]+\d{1,3}\b|\d{1,3}[ \t]+years?\b"
    r"|\d{1,3}[ \t]+and[ \t]+(?:a|an|the|lives|lived|has|had|cares|cared|works|worked|was|is|loves)\b)"
    r"|[ \t]+was[ \t]+born\b"
    r"|,[ \t]+who[ \t]"  # "Kristian, who is 33, ..."
    r"|[ \t]+(?:" + read_alternatives("speaking_verbs.txt") + r")\b"  # "Sherene said the care was poor"
    r"|[ \t]+(?:has|had)[ \t]+(?:been[ \t]+)?(?:diagnosed[ \t]+with\b|(?i:" + read_alternatives("conditions_people_have.txt") + r")(?![ \t]+as\b)))"
)


def is_a_name(text: str, start: int, end: int) -> bool:
    """True if the capitalised word at ``[start, end)``, which starts a sentence, is a name:
    not a word at all (Zipf 0) unless it is built from medical word parts ("Neutrophilia
    carries a risk of sepsis"), a UK place ("Caerphilly runs ..."), the first word of a
    name in Title Case ("Caerphilly Family and Friends Team", "Betsi Cadwaladr University
    Health Board"), a body's one-word name (``data/one_word_body_names.txt``: "Cafcass will
    ..."), a person whose age, birth, speaking or diagnosis follows ("Suzanne is 57", "Sherene
    said", "Cathryn has Bipolar type 1"), or a person the sentence goes on to call "she" or "he" ("Dionne has a
    diagnosis of ... into her house")."""
    lower = text[start:end].lower()
    return (
        (lexicon.zipf(lower) == 0.0 and not medical_words.is_medical(lower))
        or lower in places()
        or _CAPITAL_FOLLOWS.match(text, end) is not None
        or (_LIST_OF_NAMES.match(text, end) is not None and not medical_words.is_medical(lower))
        or names.inside_a_name(text, start, end)
        or lower in read_set("one_word_body_names.txt")
        or (_PERSON_FACTS_AFTER.match(text, end) is not None and not medical_words.is_medical(lower) and not lower.endswith(_THING_ENDINGS))
        or (
            _PERSON_VERB.match(text, end) is not None
            and _calls_a_person(_sentence_after(text, end))
            and not medical_words.is_medical(lower)  # "Catatonia has many causes, and her doctor ..."
            and not lower.endswith(_THING_ENDINGS)
        )
    )


# Capitalised words, for :func:`capitalised_words`: "Cafcass", not "CAMHS" nor "McDonald".
_CAPITALISED = lazy_pattern(r"(?<![\w-])[A-Z][a-z]+(?![\w'\u2019-])")
# A small-letter word straight before: the word sits in running text ("The court asks Cafcass"),
# not in a heading ("Understanding Perseveration", "Autism Perseveration group").
_SMALL_WORD_BEFORE = lazy_pattern(r"(?<![A-Za-z])[a-z]+,?[ \t]+$")
# A sentence of running text has at least this many small-letter words ("What is Perseveration?" has one).
_RUNNING_TEXT_WORDS = 3
_SMALL_WORD = lazy_pattern(r"\b[a-z]+\b")


def capitalised_words(text: str) -> dict[str, list[int]]:
    """Where ``text`` writes each capitalised word (its start offsets): one pass over the text,
    for :func:`named_elsewhere`, which a check asks only for a rare word that opens a sentence."""
    found: dict[str, list[int]] = {}
    for match in _CAPITALISED.finditer(text):
        found.setdefault(match.group(), []).append(match.start())
    return found


def named_elsewhere(doc: Document, start: int, end: int, capitalised: dict[str, list[int]]) -> bool:
    """True if the text also writes the capitalised word at ``[start, end)``, which starts a
    sentence, with its capital inside a sentence of running text, after a small-letter word and
    on its own, as a name is written ("Cafcass will write a report. The court asks Cafcass for
    advice."). ``capitalised`` is :func:`capitalised_words` of the text. Not a word built from
    medical word parts; not where a capital follows (the first word of a Title Case name: "the
    Dysphagia Clinic" does not make "Dysphagia is ..." a name) or comes before ("Autism
    Perseveration group"); not in a heading or a short question ("What is Perseveration?")."""
    text = doc.text
    word = text[start:end]
    if medical_words.is_medical(word.lower()):
        return False
    for other in capitalised.get(word, ()):
        if other == start or starts_like_a_sentence(doc, other) or _CAPITAL_FOLLOWS.match(text, other + len(word)) is not None:
            continue
        if _SMALL_WORD_BEFORE.search(text, max(0, other - 30), other) is None:
            continue
        sentence_start, sentence_end = doc.sentence_at(other)
        if len(_SMALL_WORD.findall(text, sentence_start, sentence_end)) >= _RUNNING_TEXT_WORDS:
            return True
    return False


def _calls_a_person(rest: str) -> bool:
    """True if ``rest`` (a sentence after its first word and verb) calls the subject "she" or "he",
    or "her", "him" or "his" other than as what something acted on (:data:`_ACTED_ON`)."""
    acted_on = {m.end() for m in _ACTED_ON.finditer(rest)}
    return any(m.end() not in acted_on for m in _PERSON_PRONOUN.finditer(rest))


def _sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after ``end``, up to 200 characters (a full stop ends it)."""
    rest = text[end : end + 200]
    stop = re.search(r"[.!?](?:\s|$)", rest)
    return rest if stop is None else rest[: stop.start()]
