"""Clauses after a term that say what it is or what the person does: "reablement, which is
short-term help to ..." (:func:`explained_by_which`), "a personal adviser, who will provide ..."
(:func:`explained_by_who`), in what case and how it works: "an 'Intervention Order', where the
Court would appoint ..." (:func:`explained_by_where_or_when`), what it means, said as soon as its
clause ends: "PIP is not means-tested. This means that you can ..." (:func:`explained_by_this_means`),
or after a sentence it opens: "Responsive feeding is recommended, this means allowing baby to ..."
(:func:`explained_by_opening_then_this_means`), and what it is for, with no comma: "the Crisis
House which is run ... to provide ...", "assessors whose job it is to ..."
(:func:`explained_by_what_it_does`).

Split from :mod:`jargonfree.defining_sentences` (a module over about 300 lines needs a reason):
those tests read a sentence that opens with the term, these the clause that follows it. What
follows "which is" is read as what follows "is" there (:data:`jargonfree.defining_words.SAYS_WHAT_IT_IS`).
"""

from __future__ import annotations

import re

from .defining_sentences import opens_with_abbreviation
from .defining_words import SAYS_WHAT_IT_IS
from .lazy_patterns import lazy_pattern

# "We offer reablement, which is short-term help to ...": a clause straight after the term.
# "Disability Related Expenditure, which are the additional costs a person ...": "the" and a word.
# "Primary Care and Community-based services, which cover most NHS health and care services
# outside of hospitals": what a term and the nouns joined to it take in.
_WHICH_SAYS = lazy_pattern(
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}[\w-]+)?"
    # "the re-ablement of service users – which aims to reduce their need for home care": a clause
    # that says what it is for may follow the people or things the term is done to (no other
    # clause may: "section 2 of the Act, which is a law ..." says what the Act is).
    r"(?:\s+of\s+(?:(?:the|their|your|our)\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"(?=[\"'\u2019\u201d]?(?:,|[ \t]+[-\u2013\u2014])\s+which\s+aims?\s+to\s))?"
    # "the" and a clause of six words or more: "which are the additional costs a person incurs
    # due to ...", not "which is the only option".
    # ", which involves completing a questionnaire ...", ", which will set out the steps ...": what it is made of.
    # "a Child Protection Plan - which is a plan of actions to ...": a dash may stand for the comma.
    # A quoted term may close its quote first: "a 'claimant commitment', which is an agreement ...".
    # Without the comma, only "which is a ..." and what the thing is: "a mucus fistula which is a
    # small opening where ...", not "the assessment which is the only option" nor "sectioned which is
    # a big thing for us" (a clause after the noun says what kind of thing it is).
    r"[\"'\u2019\u201d]?(?:(?:,|[ \t]+[-\u2013\u2014])\s+which\s+(?:(?:is|are)\s+(?:the\s+[a-z]+(?:\s+[\w'-]+){5}|" + SAYS_WHAT_IT_IS + r")|covers?\s+(?:most|all|any|every)\s"
    r"|involves?\s+[a-z]+ing\s|(?:will\s+)?sets?\s+out\s+(?:the|what|how|your)\s"
    # ", which aims to reduce or remove their need for home care": what it is for.
    r"|aims?\s+to\s+[a-z]+\s)"
    r"|[ \t]+which\s+(?:is|are)\s+an?\s+(?:(?:type|kind|form|sort)\s+of|(?:[\w'-]+\s+){0,4}?(?:who|that|which|where|when|whose))\b"
    # "a Personal Education Plan (PEP) which will show clear objectives and actions to ...": what a
    # plan sets down, after its short form (session 27).
    r"|[ \t]+\([A-Z][A-Za-z]{1,7}\)[ \t]+which\s+will\s+(?:show|set\s+out|detail|record|describe|list)\s"
    # "A syringe driver—which allows drugs to be delivered subcutaneously at a constant controlled
    # rate—is useful ...": a clause set apart by two dashes, an aside that says what it does.
    r"|[ \t]*[\u2013\u2014][ \t]*which\s+(?:allows?|lets?|helps?|gives?|provides?|enables?|means?|makes?)\s[^\u2013\u2014\n]{10,160}[\u2013\u2014])",
    re.IGNORECASE,
)
# "a personal adviser, who will provide a focal point ...": a clause on what the person does.
# Its short form or other name may stand first, set apart: "Mental Health Officers (MHOs), who are
# specially trained social workers", "an Independent Reviewing Officer, known as the IRO, who looks
# at the child's care plan". Without the comma too: "your supervising social worker who helps to
# prepare you" (a clause that says which one, "the nearest relative who lives abroad", has no verb
# of the work).
_ASIDE = (
    r"(?:[ \t]*\([A-Z][A-Za-z&]{1,7}\)"
    r"|,[ \t]+(?:(?:also|often|sometimes)[ \t]+)?(?:known[ \t]+as|called)[ \t]+(?:(?:the|an?)[ \t]+)?[^,.;:()\n]{1,40}?(?=,))?"
)
_WHO_DOES = lazy_pattern(
    _ASIDE
    # Where the person works may come first: "a Named Person within universal services who is the
    # professional responsible for ..." (session 27).
    + r"(?:[ \t]+(?:within|in|at|from)[ \t]+(?:[\w'-]+[ \t]+){0,2}[\w'-]+)?"
    r"(?:,\s+|[ \t]+)who\s+(?:will\s+|also\s+)?(?:provides?|supports?|gives?|looks? (?:after|at)|works? with"
    # "who is the professional responsible for promoting ...": the person whose job it is.
    r"|(?:is|are)\s+the\s+(?:main\s+|named\s+|key\s+|lead\s+)?(?:professional|person|worker|practitioner|member\s+of\s+staff)\s+(?:responsible|who|that|in\s+charge)"
    r"|acts? for|speaks? (?:up )?for|represents?|makes? decisions|advises?|coordinates?|arranges?"
    r"|helps?|checks?|reviews?|chairs?|assesses?"
    # "who are specially trained social workers", "who is a qualified nurse", "who is a registered
    # nurse": what training makes them ("who is registered as disabled" says nothing of the role).
    r"|(?:is|are)\s+(?:an?\s+)?(?:specially\s+|fully\s+|specialist\s+)?(?:trained|qualified"
    r"|registered\s+(?:nurses?|midwi(?:fe|ves)|social\s+workers?|doctors?|practitioners?|professionals?|managers?)))\s"
)


def explained_by_which(text: str, end: int) -> bool:
    """True if the term is followed by ", which is" and words that say what it is ("reablement,
    which is short-term help to get you back on your feet"), ", which cover(s) most ...",
    ", which involves doing ...", ", which (will) set(s) out the/what/how/your ..." or ", which
    aims to ...", straight after it, after the nouns joined to it by "and", or after whom it is
    done to ("the re-ablement of service users – which aims to reduce their need for home care")."""
    return _WHICH_SAYS.match(text, end, end + 90) is not None


# "a case can be made to the Court for an ‘Intervention Order’, where the Court would appoint one
# or more persons to take one-off actions ...", "rules about deferred payments, when the council
# do take the value into consideration, but put a charge on the house": a clause set apart by a
# comma says in what case, and how, the thing works (session 26). Only with "would", "will",
# "can", "may", "must", "do" and the like: "a review, where the social worker said ..." and "a
# care plan, when the council finally agreed" tell what happened once.
_WHERE_OR_WHEN_DOES = lazy_pattern(
    # Or ", in which": "waiting for a domiciliary-care package, in which carers can assist disabled
    # or ill people in their own home" (session 27); who acts may be a plural noun there.
    # (The clause may follow the noun the term describes: "a domiciliary-care package, in which".)
    r"(?:[- \t][a-z]+){0,2}?[\"'\u2019\u201d]?,[ \t]+(?:(?:where|when)[ \t]+(?:(?:the|an?|your)[ \t]+[a-z]+|you|someone|a[ \t]+person|they|people)"
    r"|(?:in|under|through)[ \t]+which[ \t]+(?:(?:the|an?|your)[ \t]+[a-z]+|you|someone|a[ \t]+person|they|people|[a-z]+s))[ \t]+"
    r"(?:would|will|can|may|must|could|might|do|does)[ \t]+(?:(?:also|usually|normally|then|still)[ \t]+)?[a-z]+[ \t]",
    re.IGNORECASE,
)
#: How many words at least the clause of :data:`_WHERE_OR_WHEN_DOES` runs to the end of its sentence.
WORDS_SAYING_HOW_IT_WORKS = 10


def explained_by_where_or_when(text: str, end: int) -> bool:
    """True if the term is followed by ", where" or ", when", whoever acts and a verb of what
    will or can be done, at length: "an ‘Intervention Order’, where the Court would appoint one
    or more specified persons to take one off actions or make particular decisions on your behalf"."""
    if text.find(",", end, end + 30) == -1:
        return False  # (most terms: no comma soon after)
    clause = _WHERE_OR_WHEN_DOES.match(text, end, end + 80)
    if clause is None:
        return False
    stop = min((i for i in (text.find(".", clause.end()), text.find("\n", clause.end())) if i != -1), default=len(text))
    return len(text[clause.end() - 1 : stop].split()) >= WORDS_SAYING_HOW_IT_WORKS


def explained_by_who(text: str, start: int, end: int) -> bool:
    """True if the term (a person's role) is followed by "who" and what the person does ("a
    personal adviser, who will provide a focal point ...", "your supervising social worker who
    helps to prepare you"), perhaps after its short form or other name ("Mental Health Officers
    (MHOs), who are specially trained social workers")."""
    # Not an abbreviation: "the AMHP, who will arrange a bed" says what the person does, not
    # what the letters stand for.
    who = _WHO_DOES.match(text, end, end + 110)
    if who is None or opens_with_abbreviation(text, start, end):
        return False
    # "a Named Person within universal services who is the professional ...": "who is" speaks of
    # one person, not of the plural noun just before it (session 27).
    return not (text[start:end].endswith("s") and "who is " in who.group())


# What a thing is for, said straight after it with no comma: "the Crisis House which is delivered
# in partnership with ... to provide short term crisis accommodation", "Best Interests Assessors
# whose job it is to look at ...", "a capacity assessment to see if he could make the decision".
# Not any "which"/"that" clause of what the thing does ("a community treatment order which
# allows you to leave hospital", "continuing healthcare which covers all of your care costs"):
# such a clause says what it does for you, not what it is, and the lead's and review21's
# should-flag sentences showed it hid terms a reader still cannot place (session 21).
_CLAUSE_SAYS_WHAT_IT_DOES = lazy_pattern(
    # Straight after the term: with a word between, the clause may be about that word's noun ("a
    # statutory service which is funded ... to provide help" says nothing of "statutory").
    # A comma may set the clause apart: "Your nearest relative, whose role is to protect your
    # interests, can ask for your discharge" (session 27).
    r"[\"'\u2019\u201d]?,?[ \t]+"
    # "which is delivered in partnership with ... to provide short term crisis accommodation".
    r"(?:which\s+(?:is|are)\s+(?:run|delivered|provided|funded|offered|set\s+up)\s[^.;:!?\n]{0,70}?\bto\s+(?:provide|offer|give|help|support)\s"
    r"|whose\s+(?:main\s+)?(?:job|role|task|work|purpose|aim)\s+(?:it\s+)?is\s+to\s"
    # What it is for: "a capacity assessment to see if he could make the decision himself".
    # "a Child Protection Plan drawn up to safeguard the child": made, and what for.
    r"|(?P<made_for>(?:drawn\s+up|put\s+in\s+place|set\s+up)\s+to\s+(?:safeguard|protect|keep|help|support|make\s+sure|ensure)\s)"
    # Only after "a" or "an": "feel your abdomen to see how your baby is lying" is what the feeling is for.
    r"|(?P<purpose>to\s+(?:see|check|find\s+out|work\s+out|decide)\s+(?:if|whether|how|what|who|which)\s"
    # "There will be a lead professional to make sure that the plan is managed properly and to
    # co-ordinate the support": a role, and what it is there to see to (session 26).
    r"|to\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:the|your|their|his|her|all|every|each|a|an|you|they|he|she|people|children|everyone)\s))",
)
_AN_BEFORE = lazy_pattern(r"\b[Aa]n? $")  # "A safeguarding enquiry to see if ..." opens a sentence too
#: How many words at least follow the clause's verb to the end of its sentence.
WORDS_SAYING_WHAT_TO = 3


def explained_by_what_it_does(text: str, start: int, end: int) -> bool:
    """True if the term is followed with no comma by what it is for:
    "which is run ... to provide ...", "whose job it is to" ("Best Interest Assessors whose job
    it is to look at individual cases"), "drawn up to safeguard ...", or after "a"/"an", "to see
    if ..." ("a capacity assessment to see if he could decide"), with at least
    :data:`WORDS_SAYING_WHAT_TO` words of what to. Not an abbreviation ("the CMHT that helps me")
    nor a numbered part of a law ("section 2 which allows ...")."""
    clause = _CLAUSE_SAYS_WHAT_IT_DOES.match(text, end, end + 130)
    if clause is None or opens_with_abbreviation(text, start, end) or any(c.isdigit() for c in text[start:end]):
        return False
    if clause.group("purpose") and _AN_BEFORE.search(text, max(0, start - 4), start) is None:
        return False
    rest = re.split(r"[.;:!?\n]", text[clause.end() : clause.end() + 200], maxsplit=1)[0]
    # Whom a plan is made to protect may be said in two words: "drawn up to safeguard the child".
    return len(rest.split()) >= (2 if clause.group("made_for") else WORDS_SAYING_WHAT_TO)


# "PIP is not means-tested. This means that you can receive it ...", "If your family member has
# been sectioned, this means that they are being kept in hospital", "If we're an informal patient,
# it means we've agreed to stay": the term ends its clause and the next words say what it means
# (the corpus's tune half and the pools: 3 must-not-flag terms, no flagged one, session 24).
#: What may follow the term where "This means" comes next: a caller's quick test before :func:`explained_by_this_means`.
CLAUSE_ENDS = (".", ",", ";", ":", '"', "'", "\u2019", "\u201d")
#: What may follow a term before the clause end that :func:`explained_by_this_means` looks for:
#: a short phrase of what it is for or over ("the data controller for the personal data we hold").
PHRASES_AFTER = (" for ", " of ", " over ")
_WHAT_OVER = lazy_pattern(r"[ \t]+(?:for|of|over)[ \t]+(?:the|your|their|our|all|any)[ \t]+[^.;:!?\n,()]{1,60}?(?=[.;,])")
_THIS_MEANS = lazy_pattern(
    r"[\"'\u2019\u201d]?(?:[.;:][ \t]+(?:[Tt]his|[Ii]t)|,[ \t]+this)[ \t]+means[ \t]+(?:that[ \t]+)?[a-z]"
)
# The term is what its clause says the subject is or has become ("PIP is not means-tested", "has
# been sectioned", "we're an informal patient"): a form of "be" just before it, with only small
# words between ("is not", "is now an"), never a verb. Otherwise "This means" says what the whole
# sentence leads to ("The council will start a section 42 enquiry. This means you may get a phone
# call", review24; "You may be offered reablement. This means you can have help", train2).
_BE_JUST_BEFORE = lazy_pattern(
    r"(?:\b(?:is|are|was|were|be|been|being|am)|[A-Za-z]['\u2019](?:re|m))"
    r"(?:[ \t]+(?:not|also|now|still|never|already|only|just|no|longer|an?|the))*[ \t]+$",
    re.I,
)


# "Responsive feeding is recommended, this means allowing baby to tell you when a feed is
# required": the term opens its sentence, one or two words say what is done with it, and ", this
# means" and a doing word say what it is (session 26). A doing word, not a subject and a verb:
# "Reablement is free, this means you pay nothing" says what follows from it.
_OPENS_THEN_THIS_MEANS_DOING = lazy_pattern(
    r"[ \t]+(?:is|are)[ \t]+(?:[a-z]+[ \t]+)?[a-z]+,[ \t]+this[ \t]+means[ \t]+(?!(?:nothing|something|anything|everything)\b)[a-z]+ing[ \t]"
)
_SENTENCE_OPENING_ONLY = lazy_pattern(r"(?:^|[.!?:\n][ \t\"'\u2018\u201c]*|\n[ \t\u2022*-]*)(?:(?:An?|The)[ \t]+)?$")


def explained_by_opening_then_this_means(text: str, start: int, end: int) -> bool:
    """True if the term opens its sentence, a form of "be" and a word or two follow, and then
    ", this means" and a doing word: "Responsive feeding is recommended, this means allowing baby
    to tell you when a feed is required"."""
    return (
        _OPENS_THEN_THIS_MEANS_DOING.match(text, end, end + 60) is not None
        and _SENTENCE_OPENING_ONLY.search(text, max(0, start - 8), start) is not None
        and not opens_with_abbreviation(text, start, end)
    )


def explained_by_this_means(text: str, start: int, end: int) -> bool:
    """True if the term ends its clause as what its subject is (a form of "be" before it) and
    "This means" or "It means" opens the next sentence, or ", this means" the next clause ("PIP is
    not means-tested. This means that you can ..."). A short phrase of what the term is for or
    over may come between the term and its clause's end (:data:`PHRASES_AFTER`: "the data
    controller for the personal data we hold about you. This means ..."). Not an abbreviation:
    what the letters stand for is still unsaid ("You will have a PA. This means ...").

    Not the "This means" of :func:`jargonfree.later_explanations.explained_next`, which reads
    any term that ends its sentence and so takes only what the term is after "means" ("This
    means a worker who ..."), never what follows from it. Here the "be" before the term makes
    what follows from it its meaning ("means-tested. This means that you can ..."), which that
    rule must refuse ("offered reablement. This means you can have help"); each reads sentences
    the other cannot, so they stay two."""
    if not text.startswith(CLAUSE_ENDS, end):
        # "Our GP practice is the data controller for the personal data we hold about you. This
        # means we are responsible for deciding how your information is used": what the term is
        # over or for may end its clause first (session 26).
        phrase = _WHAT_OVER.match(text, end, end + 80)
        if phrase is None:
            return False
        end = phrase.end()
    return (
        _THIS_MEANS.match(text, end, end + 30) is not None
        and _BE_JUST_BEFORE.search(text, max(0, start - 40), start) is not None
        and not opens_with_abbreviation(text, start, end)
    )
