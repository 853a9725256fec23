"""Whether the words after "is" or "are" say what kind of thing a term is: "A Care Leaver is a
young person aged between 16 and 25 who ..." (:func:`says_what_kind`), "A pressure ulcer is damage
to the skin ..." (:func:`names_a_bare_kind`); not a verdict ("A CTO is a nightmare") nor how
common it is ("Nausea is a common side effect").

Moved out of :mod:`jargonfree.defining_sentences`, which asks these of a sentence that opens
with a term (issue 17: a module over about 300 lines needs a reason).
"""

from __future__ import annotations

import re

from .spans import Span
from .lazy_patterns import lazy_pattern

#: Words of degree that may stand between "is" and what a term is ("is essentially a ...").
DEGREE = r"(?:essentially|simply|basically|really|also|usually|often|generally|normally)"


# "A Care Leaver is a young person aged between 16 and 25 who ...", "A deferred payment
# agreement is an agreement between the Council and ...", "Referral orders are given to most 10
# to 17 year olds ...", "Reablement is for people discharged from hospital ...": a sentence that
# opens with the term as a kind of thing (after "a", "an" or nothing) and says what kind of thing
# it is, at some length, or whom it is for. Not a verdict: "A CTO is a nightmare", "A care plan
# is a good idea", nor how common or serious it is: "Nausea is a common side effect of ...".
#: Words after "is a" that give a verdict, not a kind: "a nightmare", "a good idea", "a joke".
VERDICTS = (
    r"(?:good|bad|great|big|real|huge|nightmare|mess|joke|lot|bit|little|very|really|complete"
    r"|total|brilliant|massive|tricky|difficult|hard|easy|pain|disaster|problem|shambles|nice|lovely|awful|terrible"
    r"|only|first|last|new|right|wrong|must|necessity|priority|concern|worry|challenge|struggle|battle|fight"
    # ... nor how common or serious it is: "Nausea is a common side effect of this medicine."
    r"|common|rare|serious|normal|usual|frequent|possible|known|side|major|minor|key|vital|important|essential)"
)
_IS_A_KIND = lazy_pattern(
    r"(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?\s+(?:is|are)\s+"
    # A nation's own kind: "Self-directed support is Scotland's approach to social care support"
    # (not its best or worst: "is Wales's biggest problem in the NHS today"; session 26).
    r"(?:(?P<kind>an?|any|(?:Scotland|Wales|England|Northern\s+Ireland|the\s+UK|Britain|the\s+NHS)['\u2019]s(?!\s+[a-z]+est\b))\s+(?!" + VERDICTS + r"\b)"
    # Whom it is for: "Reablement is for people discharged from hospital ...", "Acute care is for
    # patients who need emergency, medical or surgical services ..." (session 25: more of the people
    # a service is for).
    r"|(?:for|given|used|paid|provided|offered)\s+(?:to|for|by|when|if|where|people|children|adults|anyone|someone"
    r"|patients|families|carers|parents|pupils|women|babies|those|older|younger|young|disabled)\b)",
    re.IGNORECASE,
)
#: How many words at least follow "is a" or "are an" to the end of the sentence: "a short-term
#: assessment and support service" says what it is, "a legal order" says too little.
WORDS_SAYING_WHAT_KIND = 5


# "Extra Care Housing is accommodation that has been designed for people aged 55+", "Claimant
# commitments are conditions which you must meet ...", "Kinship carers are relatives and friends
# raising children ...": a noun with no article before it, then a clause that says which ones.
# Or then a preposition that says what of, to or for: "A pressure ulcer is damage to the skin and
# the deeper layer of tissue under the skin", "Pressure ulcers are localised areas of damage to
# ...", "Palliative care is treatment, care and support for people with a life-limiting illness".
_BARE_KIND = lazy_pattern(
    r"(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?\s+(?:is|are)\s+(?:" + DEGREE + r"\s+)?"
    r"(?P<noun>[a-z][a-z-]*(?:,?\s+(?:(?:and|or)\s+)?[a-z][a-z-]*){0,3}?)"
    r"\s+(?:(?:that|which|who|whose|where)\b|(?P<doing>[a-z]+ing)\b"
    # "Care leavers are young people aged 16 to 25 who ...": how old.
    r"|(?P<of>of|to|for|from|in|on|with|between|within|into|under|around|against|caused|aged)\b)"
)
# What cannot open such a noun: a verdict or a state ("is clear that", "is so slow which"), a
# pronoun, an adverb or a preposition ("is part of", "is rubbish at everything that").
_NOT_A_KIND = frozenset(
    """important clear true likely unlikely possible impossible vital essential crucial good bad sad
    great obvious evident certain sure apparent necessary key best worth right wrong fair unfair fine
    ok okay something anything nothing everything someone anyone one all so such not no now still
    there here this that it its more less much how why what who where when exactly just only part
    rubbish useless awful terrible brilliant amazing different similar same free available open
    nonsense critical central fundamental integral paramount beneficial relevant subject due prone
    akin equivalent separate independent unique typical ideal close next entitled eligible liable
    the a an my your our their his her its done made seen known shown given taken left kept held put
    set sent spent lost paid built brought bought caught taught thought found told sold heard run cut
    hit shut read led fed met felt dealt meant won got gone come become
    closed difficult hard easy common rare normal usual ready unable able aware glad happy pleased
    sorry concerned worried keen responsible satisfied confident interesting strange odd mad crazy
    shocking ridiculous unacceptable appalling slow quick fast late early long short big small high
    low new old better worse easier harder cheaper quicker too very quite rather pretty really
    at in on for to of with by from about than as into over under up down out off""".split()
)
#: Nouns that end as a past participle may ("undertaken", "given").
_EN_NOUNS = frozenset({"children", "women", "men", "citizens", "kitchen", "garden", "gardens"})
# A one-word noun does not end as most adjectives do ("is useless which", "is massive which").
_ADJECTIVE_ENDINGS = ("less", "ful", "ous", "ive", "able", "ible", "ic", "ed", "ly")


def _describes_a_noun(words: list[str]) -> bool:
    """True if the first of two words or more is a describing word made from a verb that a noun
    follows ("localised areas of damage", "dedicated services for"), not a verb ("caused by")."""
    return len(words) > 1 and words[0].endswith(("ised", "ized", "ated"))


# "Best Interests Assessors (BIAs) are experienced, knowledgeable health and social care
# professionals who investigate ...", "MHOs are specialist social workers with additional
# training ...": what kind of worker, with any number of describing words (up to six) before the
# noun of a role, then who they are or what they have.
_ROLE_KIND = lazy_pattern(
    r"(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?\s+(?:is|are)\s+(?:" + DEGREE + r"\s+)?(?:an?\s+)?"
    r"(?P<words>(?:[a-z][a-z-]*,?\s+(?:(?:and|or)\s+)?){0,6}?)"
    r"(?:professionals?|workers?|staff|practitioners?|nurses?|doctors?|officers?|specialists?|therapists?|clinicians?)"
    r"\s+(?:who|that|with|trained|based|working)\b"
)


def names_a_role(text: str, end: int, sentence: Span) -> bool:
    """True if "is" or "are" after the term at ``end`` is followed by the noun of a role, perhaps
    after describing words, and who they are or what they have (:data:`_ROLE_KIND`), at some length;
    not a verdict among the describing words ("are good nurses who ...")."""
    role = _ROLE_KIND.match(text, end, end + 120)
    if role is None or len(text[role.end() : sentence[1]].split()) < WORDS_SAYING_WHAT_KIND - 1:
        return False
    words = [w.rstrip(",") for w in role.group("words").split() if w not in ("and", "or", "a", "an")]
    return not any(w in _NOT_A_KIND or re.fullmatch(VERDICTS, w) for w in words)


def names_a_bare_kind(text: str, end: int, sentence: Span) -> bool:
    """True if "is" or "are" after the term at ``end`` is followed by a noun with no article and
    a clause that says which ones (:data:`_BARE_KIND`), at some length, or by the noun of a role
    (:func:`names_a_role`)."""
    if names_a_role(text, end, sentence):
        return True
    kind = _BARE_KIND.match(text, end, end + 90)
    if kind is None or len(text[kind.end("noun") : sentence[1]].split()) < WORDS_SAYING_WHAT_KIND:
        return False
    words = [w.rstrip(",") for w in kind.group("noun").split() if w not in ("and", "or")]
    if not words or any(w in _NOT_A_KIND for w in words) or words[0].endswith(("ed", "ly")) and not _describes_a_noun(words):
        return False
    # ("children", "women" and "men" are nouns, not words like "undertaken".)
    if kind.group("of") and (words[0].endswith("en") and words[0] not in _EN_NOUNS or any(w.endswith(("ed", "ly")) for w in words[1:])):
        return False  # "is often undertaken to ...", "is carried out by ...": what is done to it, not what it is
    if len(words) == 1 and words[0].endswith(_ADJECTIVE_ENDINGS):
        return False
    # "are relatives and friends raising children": a doing word after plural nouns only.
    return kind.group("doing") is None or words[-1].endswith("s") or words[-1] in ("people", "children")


def says_what_kind(text: str, end: int, sentence: Span, *, kind_named: bool = False) -> bool:
    """True if the words after the term at ``end`` say what kind of thing it is (:data:`_IS_A_KIND`);
    with ``kind_named``, only "is a" or "are an" and the kind at length count."""
    kind = _IS_A_KIND.match(text, end, end + 60)
    if kind is None or (kind_named and kind.group("kind") is None):
        return False
    return kind.group("kind") is None or len(text[kind.end() : sentence[1]].split()) >= WORDS_SAYING_WHAT_KIND
