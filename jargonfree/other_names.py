"""Another name for a term, written beside it: plain words, a comma and "or", then the term as
their other name ("a plastic tube, or cannula,"), or a noun of kind set apart by commas after the
term that says what kind of person or thing it is ("an Obstetrician, a doctor who specialises in
pregnancy"). Either explains the term, so it is not flagged. Asked by
:mod:`jargonfree.nearby_explanations`.
"""

from __future__ import annotations

import re

from .data import read_alternatives
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern

# "a plastic tube, or cannula,", "a wait-and-see policy, or 'expectant management'.", "all of your
# pregnancy care, or “antenatal care”": plain words with "a", "the" or "your", a comma, "or",
# then the term as another name for them, ending its clause. Not a list ("concentration,
# attention, or executive functioning;"): the plain words have no comma of their own; nor an
# abbreviation ("ask the school, or SENCO"), which the plain words do not spell out.
_PLAIN_THEN_OR = lazy_pattern(
    r"\b(?:an?|the|your|their|his|her|our)[ \t]+(?P<words>(?:[\w'-]+[ \t]+){0,3}(?P<last>[\w'-]+)),[ \t]+or[ \t]+[\"'\u2018\u201c]?$", re.IGNORECASE
)
_ENDS_ITS_CLAUSE = lazy_pattern(r"(?:[ \t]+[a-z]+)?(?:[\"'\u2019\u201d]|[,.;:)!?]|[ \t]+\(|$)")


def renamed_after_or(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` follows plain words and ", or", as another name
    for them ("a plastic tube, or cannula, about 20cm long")."""
    plain = _PLAIN_THEN_OR.search(text, max(0, start - 70), start)
    return (
        plain is not None
        and _ENDS_ITS_CLAUSE.match(text[end : end + 40]) is not None
        and not has_two_capitals(text[start:end])
        # "the action taken, or instigated,": a list of doings, not a noun and its other name.
        and not plain.group("last").endswith(("ed", "en", "one", "ade"))
        # "an Interim Care Order, or Full Care Order": names, not plain words.
        and plain.group("words").islower()
    )


# Words after "or" that name nothing: "(TIA) or something worse", "or not", "or both".
_NOT_A_NAME = r"(?:something|anything|nothing|everything|worse|better|more|less|other|others|similar|both|not|none|so|maybe|whatever)\b"
# "a transient ischaemic attack (TIA) or mini stroke)", "a series of TIA’s – Transient Ischaemic
# Attack or ‘mini strokes’ –", "myocardial infarction (MI) or heart attack,": the term, then "or"
# and its everyday name, ending the clause (session 26). Either the term's short form in brackets
# or quotes round the everyday words mark them as its name; without them "or" offers another
# choice ("respite or care home placements"). Every everyday word is common
# (:data:`EVERYDAY_NAME_ZIPF`).
# A rare word inside the term ("ischaemic" of "transient ischaemic attack (TIA) or mini stroke", for the
# uncommon-word check) may have the rest of the name after it: up to two words.
_OR_EVERYDAY_NAME = lazy_pattern(
    r"(?:[ \t]+[A-Za-z]+){0,2}?"
    r"(?:(?P<short>[ \t]*\([A-Z][A-Za-z.]{1,7}\))[ \t]+or[ \t]+(?P<bare>(?!" + _NOT_A_NAME + r")[a-z]+(?:[ \t]+[a-z]+){0,2})(?=[ \t]*[),.;:]|[ \t]+[-\u2013\u2014][ \t])"
    r"|,?[ \t]+or[ \t]+[\u2018\u201c'\"](?P<quoted>(?!" + _NOT_A_NAME + r")[a-z]+(?:[ \t]+[a-z]+){0,2})[\u2019\u201d'\"](?=[ \t]*[),.;:]|[ \t]+[-\u2013\u2014][ \t]))"
)
#: The least wordfreq Zipf frequency of each word of an everyday name after "or".
EVERYDAY_NAME_ZIPF = 3.5


def renamed_before_or(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` is followed by "or" and its everyday name, marked as
    a name by the term's short form in brackets or by quotes: "a transient ischaemic attack (TIA)
    or mini stroke)", "Transient Ischaemic Attack or ‘mini strokes’ –". Never for a term whose first
    word has two capitals or more, as letters have: not "a TIA or ‘mini stroke’"."""
    if text.find("or", end, end + 60) == -1:
        return False  # (most terms: no "or" soon after; the quick test first)
    found = _OR_EVERYDAY_NAME.match(text, end, end + 60)
    if found is None or has_two_capitals(text[start:end].split(" ", 1)[0]):
        return False
    from .lexicon import zipf  # (imported here: most terms never get this far)

    words = (found.group("bare") or found.group("quoted")).split()
    return all(zipf(w) >= EVERYDAY_NAME_ZIPF for w in words)


# "an Obstetrician, a doctor who specialises in pregnancy", "a continence adviser, usually a nurse
# who specialises in bowel and bladder problems", "dysphagia, a condition that makes swallowing
# hard": a noun set apart by commas that says what kind of person or thing the term is, and a
# clause on which one. Only nouns of kind count: "the nearest relative, a brother who lives
# abroad" says who, not what a nearest relative is.
_APPOSITION = lazy_pattern(
    r"(?:[ \t]+[a-z]+)?,[ \t]+(?:(?:usually|normally|often|generally|typically)[ \t]+)?an?[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:doctor|nurse|specialist|professional|worker|therapist|practitioner|condition|illness|disease|disorder"
    r"|infection|type|kind|form|test|scan|check|procedure|operation|treatment|medicine|drug|device|tube|machine"
    r"|service|team|meeting|plan|document|order|payment|place|unit|ward|scheme|programme|course|record"
    r"|hormone|chemical|protein|cell|organ|gland|muscle|break|set|period|stay|group)s?"
    r"[ \t]+(?:who|that|which|where|whose|used|to|for|while|of)\b"
    # "domiciliary care, the range of services that ensure people can stay in their homes",
    # "reablement, the short-term help that gets you back on your feet": "the" and a noun of what
    # is given, perhaps "of" and what it is a range of, then a clause on which.
    r"|(?:[ \t]+[a-z]+)?,[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
    r"(?:range|set|package|kind|type|form|help|support|care|services?|process|system)"
    r"(?:[ \t]+of[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+)?[ \t]+(?:that|which|who|where|used|to|for)"
    # A clause on what it does, not on who had it: "the care that we had last year" says which one.
    r"[ \t]+(?!(?:we|you|i|they|he|she|it|my|our|your|their|his|her|the|an?)\b)[a-z]+[ \t]+[a-z]"
    # "A lead professional or key worker, someone who has regular contact with your child": the
    # person the role is, whoever holds it (the term, or two roles joined by "or"; session 24's
    # blind set's annotator).
    r"|(?:[ \t]+or[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?,[ \t]+(?:someone|somebody|a[ \t]+person)[ \t]+who[ \t]+[a-z]"
)


def explained_by_apposition(text: str, start: int, end: int) -> bool:
    """True if the term (or the noun just after it) is followed by a comma and a noun of kind with
    a clause that says which: "an Obstetrician, a doctor who specialises in pregnancy", not an
    abbreviation ("the AMHP, a worker who ..." leaves the letters unread)."""
    if text.find(",", end, end + 20) == -1:
        return False  # (most terms: no comma soon after; the quick test first)
    return _APPOSITION.match(text, end, end + 90) is not None and not has_two_capitals(text[start:end].split(" ", 1)[0])


# What kind of body a name is: "POhWER, an independent advocacy service", "the care home
# regulator, the RQIA" (data/body_kind_nouns.txt).
_BODY_NOUNS = f"(?:{read_alternatives('body_kind_nouns.txt')})"
# The words set apart must close there (a comma, a stop, a bracket, the line's end): with a verb after
# them they are the next clause's subject, not a name's kind ("I rang CAMHS, the service told me to
# wait", "When I rang the service, CAMHS told me"; review24).
_SET_APART_ENDS = r"(?=[ \t]*(?:[,.;:)\n]|$))"
_BODY_AFTER = lazy_pattern(r",[ \t]+(?:an?|the)[ \t]+(?:[a-z][a-z'\u2019-]*[ \t]+){0,4}?" + _BODY_NOUNS + r"\b" + _SET_APART_ENDS)
_BODY_BEFORE = lazy_pattern(r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][a-z'\u2019-]*[ \t]+){0,4}?" + _BODY_NOUNS + r",[ \t]+(?:the[ \t]+)?$")
_LETTERS_SET_APART = lazy_pattern(_SET_APART_ENDS)


def set_out_as_a_body(text: str, start: int, end: int) -> bool:
    """True if the letters at ``[start, end)`` are a body's name that the words set apart beside
    it say what kind of body it is: "POhWER, an independent advocacy service", "the care home
    regulator, the RQIA". The reader learns what it is: a body's name, which is not flagged."""
    if not has_two_capitals(text[start:end]):
        return False
    # Both ways need a comma next to the letters (the quick test first: most letters have none).
    if text.startswith(",", end):
        return _BODY_AFTER.match(text, end, end + 80) is not None
    return (
        "," in text[max(0, start - 6) : start]
        and _LETTERS_SET_APART.match(text, end) is not None
        and _BODY_BEFORE.search(text, max(0, start - 80), start) is not None
    )
