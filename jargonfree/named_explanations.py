"""A term named after the words that explain it: "help to get your skills back is called
reablement", "intensive support, also known as reablement", "a long, narrow, flexible camera
called a colonoscope", "... support for a short time to recover. We call this reablement."
(:func:`named_after_explanation`). The other ways a text explains a term near it are
:mod:`jargonfree.nearby_explanations`.
"""

from __future__ import annotations

import re

from .data import read_alternatives
from .lazy_patterns import lazy_pattern

# "This is known as an annual review", "which is called a care plan", "help to get your skills
# back is called reablement": the words before the term explain it. So do the words before
# "(also) known as" or "referred to as" wherever it stands ("intensive support also known as
# reablement", "help at home, known as reablement"; not "so-called"), and the noun of "a ...
# called a ..." ("an assessment called a care and support needs assessment", "a meeting
# called a case conference"). A bare "called" is not enough: "we called the crisis team" is
# a telephone call.
# What happens to a part of the body, before where it happens and "called": "changes to the voice
# called dysphonia". Not a person ("the head of the team called the AMHP" is a telephone call).
_CHANGES = f"(?:{read_alternatives('changes_to_the_body.txt')})"
# Words before "support called" that say nothing of what the support is ("we get support called
# reablement", "the support called reablement"; data/words_not_saying_what_help.txt).
_NOT_SAYING_WHAT = f"(?:{read_alternatives('words_not_saying_what_help.txt')})"
_NAMED = lazy_pattern(
    r"(?:\b(?:this|that|it|which|these|they|what)\s+(?:is|are|was|were)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?"
    # "this is called being a 'self-funder'": "being" may follow.
    r"(?:known as|called|referred to as|termed)(?:\s+being)?"
    r"|\b(?P<verb>is|are)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?(?:known as|called|referred to as|termed)"
    # "You may also hear it called intermediate care", "It can also be called aftercare": the
    # thing just explained, by another name the reader may meet.
    r"|\b(?:hear|see)\s+(?:it|this|them|these)\s+(?:being\s+)?called"
    r"|\b(?:this|that|it|which|these|they)\s+(?:may|can|might|could)\s+(?:also\s+|sometimes\s+)?be\s+called"
    # "is referred to in this section as the “implementation authority”": where the name holds
    # (session 27).
    r"|(?<!so-)\b(?:known as|referred to(?:\s+in\s+this\s+(?:section|act|part|chapter|document|guidance|policy|leaflet))?\s+as)"
    # "an annual assessment to make sure that this was reasonable - the so-called DoLs assessment":
    # after a dash or a comma, the name of what the writer has just explained (session 27; not
    # "the so-called experts", a doubt, which no dash or comma sets apart from an explanation).
    r"|(?<=[,\u2013\u2014-]\s)the\s+so-called"
    # "A mini stroke is known by doctors as a Transient Ischaemic Attack": the name the people who
    # use it give it (not "known to social services as", which says who knows someone; session 26).
    r"|\b(?:known|referred\s+to)\s+(?:by|to|among)\s+(?:doctors|clinicians|medics|nurses|midwives|professionals|health\s+professionals|staff|lawyers|the\s+courts?|the\s+NHS)\s+as"
    # "pressure sores (AKA pressure ulcers)": another name in a bracket after the plain one.
    r"|(?<=[(,])\s*(?:aka|a\.k\.a\.?)"
    # "— Also called amnio.": a glossary's other name for the term it has just explained.
    r"|(?:^|(?<=[.:\u2013\u2014]\s)|(?<=\s-\s))also\s+called"
    # "... support for a short time to recover. We call this reablement.", "... look at your claim
    # again, what they call a mandatory reconsideration": the writer names what they have just
    # explained (not "if what we call a section 42 enquiry is needed": no explanation before it).
    r"|\b(?:we|they)\s+(?:often\s+|sometimes\s+|usually\s+)?call\s+(?:this|it|these|that)"
    r"|(?<=[,;:\u2013\u2014]\s)(?:what|which)\s+(?:we|they|people|doctors|professionals|staff)\s+call"
    # "The money the council says your care costs is what we call your Personal Budget": the
    # sentence's subject explains, "is what we call" names it.
    r"|\b(?:is|are)\s+what\s+(?:we|they|people|doctors|professionals|staff)\s+(?:often\s+|usually\s+|sometimes\s+)?call"
    r"|\ban?\s+(?:[a-z-]+\s+){1,3}called(?=\s+an?\s)"
    # "free, temporary support called NHS Intermediate Care": help described, then its name (a noun
    # of help with words before it that say what it is; not "her home care called the team", a
    # telephone call, nor a bare "support called reablement", which says nothing of it; review24).
    r"|\b(?:(?!" + _NOT_SAYING_WHAT + r"\b)[a-z-]+,?\s+){1,3}(?:support|help|payments?|money)\s+called(?!\s+the\b)"
    # "... but the person directs how it is spent (sometimes called an individual service fund)",
    # "periods of support (often called 'episodes of care')", "the money, usually called a direct
    # payment": the words before the bracket or comma say what it is, then its name.
    # In brackets no such word is needed: "ask the DWP to look at their decision again (called a
    # 'mandatory reconsideration')", "more detailed enquiries (called a S47 investigation)".
    r"|(?<=[(,])\s*(?:(?:sometimes|often|also|usually|commonly|normally)\s+)+called|(?<=[(])\s*called"
    # "a long, narrow, flexible camera called a colonoscope", "a lung infection called aspiration
    # pneumonia", "a financial assessment, often called a means test", "a more detailed assessment,
    # called a core assessment": a thing, described, then its name (no article needed after a
    # thing's noun; a person's noun before "called" is a telephone call: "a nurse called triage").
    r"|\ban?\s+(?P<described>(?:[a-z-]+,?\s+){0,3})(?P<thing>[a-z-]+)(?P<comma>,?)\s+(?:(?:often|also|sometimes|usually)\s+)?(?P<called>called)"
    # "changes to the voice called dysphonia", "loss of voice called aphonia", "swelling in the legs
    # called oedema": a change or a part of the body, said where it is, then its name.
    r"|\b(?P<change>" + _CHANGES + r")\s+(?:to|of|in)\s+(?:the\s+|your\s+|their\s+)?[a-z-]+\s+called)"
    # "your": "often referred to as your 'booking appointment'".
    r"\s+(?:an?\s+|the\s+|your\s+)?[\"'\u201c\u2018]?"
    # The term may end the name ("called a care and support needs assessment") or come later in
    # a list of names ("is called intermediate care, short-term care, reablement or aftercare").
    # A number may be one of its words: "This is known as the 12 week property disregard period".
    r"(?:(?:(?!(?:of|to|the|for|before|after|with|by|in|on|at|from)\s)[a-z0-9-]+\s+){0,4}"
    r"|(?:[a-z-]+(?:\s+[a-z-]+){0,2},\s+){1,4}(?:[a-z-]+\s+){0,2}(?:(?:or|and)\s+)?"
    # Or come after other names in quotes: "these roles are known as 'continuing (financial)
    # power of attorney' and 'welfare power of attorney'" names both.
    r"|(?:[^\"'\u201c\u2018\u201d\u2019\n.;]{1,60}[\"'\u201d\u2019],?\s+(?:(?:or|and)\s+)?(?:an?\s+|the\s+)?[\"'\u201c\u2018]){1,3})$",
    re.IGNORECASE,
)
# What every match of _NAMED holds (lower-cased): the words of explanation_cues.Cues.named.
_NAMED_WORDS = ("call", "known", "referred to", "termed", "aka", "a.k.a")
_WORD_BEFORE = lazy_pattern(r"([A-Za-z']+)\s+$")
# Who "is called" something is labelled, not named: "she is called lazy", "John is called ...".
_PERSONS = frozenset({"i", "you", "he", "she", "we", "who", "i'm", "you're", "he's", "she's", "we're"})
# Capitalised words before "is called" that name a thing: "This is called ...".
_NAMING_PRONOUNS = frozenset({"this", "that", "it", "which", "these", "they", "what", "those"})


# Who calls, rather than what is called: "a nurse called triage", "a social worker called the AMHP".
_CALLERS = frozenset(
    """nurse doctor friend neighbour man woman lady guy girl boy mum dad son daughter person someone
    somebody paramedic receptionist relative colleague member family police officer patient resident
    parent student consultant assistant claimant client child worker manager carer practitioner
    visitor coordinator co-ordinator adviser advisor teacher helper volunteer partner mother father
    brother sister husband wife grandmother grandfather midwife leader supervisor counsellor
    councillor solicitor advocate""".split()
)
# A person's noun may end so too: "a therapist called ...", "a physician called ...".
_PERSON_ENDINGS = ("ist", "ian")


def _names_a_thing(noun: str) -> bool:
    """True if ``noun`` before "called" is a thing that the word after names ("a camera called
    a colonoscope"), not a person who makes a telephone call ("a nurse called triage")."""
    return noun not in _CALLERS and not noun.endswith(_PERSON_ENDINGS)


# "apply to the council for what is called a Standard Authorisation", "in what has become known
# as the Cheshire West case": "what ..." is the name's own noun phrase, the object of the word
# before it, and no explanation comes first. After a comma, dash, colon or bracket, or after
# "is" or "'s" ("that's what is called"), it names what the words before it say: "the money is paid to you, what is called a
# direct payment", "this is what is known as reablement".
_WHAT_BEFORE = lazy_pattern(r"\bwhat\s+(?:(?:has|have|had|is|are|was|were|become|been|now|also|often|sometimes|commonly|usually)\s+){0,3}$", re.IGNORECASE)
_WHAT_FOLLOWS = lazy_pattern(r"(?:[,;:(\u2013\u2014]|\b(?:is|are|was|were)|['’]s)\s*$", re.IGNORECASE)


def _what_clause_object(text: str, match: re.Match[str]) -> bool:
    """True if the naming words of ``match`` are a "what ..." clause that stands as the object
    of the words before it ("apply for what is called ..."), not after an explanation."""
    at = match.start()
    if match.group().lower().startswith("what"):
        what = at
    else:
        found = _WHAT_BEFORE.search(text, max(0, at - 40), at)
        if found is None:
            return False
        what = found.start()
    before = text[max(0, what - 12) : what]
    return bool(before.strip()) and _WHAT_FOLLOWS.search(before) is None


def named_after_explanation(text: str, start: int) -> bool:
    """True if the term at ``start`` is named after its explanation ("This is known as an annual
    review", "intensive support also known as reablement", "known by doctors as a ...") or in a
    bracket after its plain name and "aka" ("pressure sores (AKA pressure ulcers)", the plain name a
    thing in small letters). It can be only where the text's
    :mod:`jargonfree.explanation_cues` are ``named``: the caller asks that first, once a text."""
    low = max(0, start - 90)
    # The words of that cue must stand in the 90 characters searched: a substring test there
    # turns most terms down before the pattern, which is tried at every position.
    window = text[low:start].lower()
    if not any(word in window for word in _NAMED_WORDS):
        return False
    m = _NAMED.search(text, low, start)
    if m is None or _what_clause_object(text, m):
        return False
    if m.group().lstrip().lower().startswith(("aka", "a.k.a")):
        # "pressure sores (AKA pressure ulcers)": the plain name before it must be a thing, not a
        # person ("My brother (aka the nearest relative)", "Dad (AKA Grumpy)").
        before = _WORD_BEFORE.search(text, max(0, m.start() - 31), m.start() - 1)
        return before is not None and before.group(1).islower() and _names_a_thing(before.group(1))
    if m.group("thing") is not None:
        # The name straight after "called", not a list of names after it: "a more detailed
        # assessment, called a core assessment, with the assistance of ..." names no "assistance".
        named = text[m.end("called") : start]
        if "," in named:
            return False
        # A bare name after a bare kind says too little: "a condition called delirium" (the kind
        # described, "a lung infection called aspiration pneumonia", or set apart, "a financial
        # assessment, often called a means test", or the name with its article says more).
        described = m.group("described") or m.group("comma") or named.lstrip().lower().startswith(("a ", "an "))
        return bool(described) and _names_a_thing(m.group("thing"))
    if m.group("change") is not None:
        # The name alone after "called", not a list.
        return "," not in text[m.end() : start]
    if m.group("verb") is None:
        return True
    # "is called" names a thing; said of a person it is a label: "she is called lazy". (The
    # past, "he was called high-functioning", is a label too: only "this/that/it ... was
    # called" counts, in the first branch.)
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before is None:
        return True
    word = before.group(1)
    return word.lower() not in _PERSONS and (word[0].islower() or word.lower() in _NAMING_PRONOUNS)
