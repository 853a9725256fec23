"""Sentences that say what a term is by when it applies to you: "You're an informal patient if
you're having treatment in hospital voluntarily", "If we're an informal patient, it means we've
agreed to stay in hospital", "Being sectioned means you're kept in hospital even if ..."
(:func:`defined_by_a_condition`). Pages written to the reader explain a status so; the sentences
that open with the term and say what it is are :mod:`jargonfree.defining_sentences`. Asked by
:func:`jargonfree.nearby_explanations.explained_nearby`.
"""

from __future__ import annotations


from .defining_sentences import SENTENCE_LEAD, opens_with_abbreviation
from .document import Document
from .spans import Span
from .lazy_patterns import lazy_pattern

_ARE = r"(?:'re|\u2019re|[ \t]+are|[ \t]+is)"
_WHO = r"(?:you|we|they|someone|somebody|a[ \t]+person|the[ \t]+person|people|your[ \t]+child)"
# "You're an informal patient if you ...", "Someone is a carer when they ...": the sentence opens
# with its subject and "are", then the term, then the condition.
_SUBJECT_ARE = lazy_pattern(r"(?:You|We|They|Someone|Somebody|A[ \t]+person|Your[ \t]+child)" + _ARE + r"[ \t]+(?:(?:an?|the)[ \t]+)?")
_CONDITION_AFTER = lazy_pattern(r"[ \t]+(?:if|when|while|whilst|because)[ \t]+" + _WHO + r"\b")
# "If we're an informal patient, it means we've agreed ...": the condition first, then what it means.
_IF_SUBJECT_ARE = lazy_pattern(r"(?:If|When)[ \t]+" + _WHO + _ARE + r"[ \t]+(?:(?:an?|the)[ \t]+)?")
# What it means must be the state the person is in, not what may follow from it: "it means you're
# kept in hospital", not "it means a lot to have visitors" nor "means you might lose your place".
_NOT_A_CONSEQUENCE = r"(?![ \t]+(?:might|may|could|would|will|won['\u2019]t)\b|['\u2019]ll\b)"
_IT_MEANS_AFTER = lazy_pattern(r",?[ \t]+(?:it|this|that)[ \t]+means[ \t]+(?:that[ \t]+)?" + _WHO + r"\b" + _NOT_A_CONSEQUENCE)
# "Being sectioned means you're kept in hospital", "Being looked after is when ...": what it is
# like for the one it happens to (not "Being sectioned means a lot to the family": the reader, or
# someone, must be in what follows).
_BEING = lazy_pattern(r"Being[ \t]+")
_BEING_AFTER = lazy_pattern(r"[ \t]+(?:means[ \t]+(?:that[ \t]+)?" + _WHO + r"\b" + _NOT_A_CONSEQUENCE + r"|is[ \t]+(?:when|where)[ \t])")
#: How far into its sentence (characters) a term may start that such a sentence explains.
CONDITION_REACH = 30
# The first words of the openings above: a quick test before the patterns.
_FIRST_WORDS = tuple(
    f"{who}{are}" for who in ("You", "We", "They") for are in ("'re", "\u2019re", " are")
) + ("Someone is", "Somebody is", "A person is", "Your child is", "If ", "When ", "Being ")


def defined_by_a_condition(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if ``sentence`` says what the term at ``[start, end)`` is by when it applies: "You're
    an informal patient if ...", "If you're an informal patient, it means ...", "Being sectioned
    means you're kept in hospital ...". Not an abbreviation ("You're on a CTO if ..." leaves the
    letters unread)."""
    if start - sentence[0] > CONDITION_REACH:
        return False  # the term is not among the sentence's first words (most terms: quick)
    text = doc.text
    opening = text[sentence[0] : start].lstrip(SENTENCE_LEAD)
    if not opening.startswith(_FIRST_WORDS):
        return False  # (most terms that open their sentence: no such first word)
    if _SUBJECT_ARE.fullmatch(opening):
        explained = _CONDITION_AFTER.match(text, end) is not None
    elif _IF_SUBJECT_ARE.fullmatch(opening):
        explained = _IT_MEANS_AFTER.match(text, end) is not None
    else:
        explained = _BEING.fullmatch(opening) is not None and _BEING_AFTER.match(text, end) is not None
    return explained and not opens_with_abbreviation(text, start, end)
