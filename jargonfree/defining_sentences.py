"""Sentences that say what a term is: "A deprivation of liberty is when a person ...",
"Mental capacity means ...", "An occupation order excludes someone from your home ..."
(:func:`defined_by_its_sentence`). The clauses after a term that do ("reablement, which is
short-term help to ...", "a personal adviser, who will provide ...") are
:mod:`jargonfree.explaining_clauses`, which reads what follows "which is" as these sentences read
what follows "is" (:data:`SAYS_WHAT_IT_IS`).

Moved out of :mod:`jargonfree.nearby_explanations`, which asks these with its other tests of
the words around a term (issue 17: a module over about 300 lines needs a reason). Whether the
words after "is" say what kind of thing a term is ("is a young person aged ...", "is damage to
the skin") is :mod:`jargonfree.kind_sentences`.
"""

from __future__ import annotations

import re

from .document import Document
from .kind_sentences import DEGREE, WORDS_SAYING_WHAT_KIND, names_a_bare_kind, says_what_kind
from .spans import Span, in_quotes
from .words import has_two_capitals

# "A deprivation of liberty is when ...", "The nearest relative is a family member who ...":
# a sentence that starts with the term and says what it is. Public pages explain terms so.
# "NHS Continuing Healthcare is a package of care arranged and funded by the NHS",
# "Continuing healthcare is care paid for by the NHS": what it is, then who gives or pays for it.
_GIVEN = r"(?:arranged|funded|paid|provided|given|run|offered|delivered|designed|made|used|led|set up|carried out|allocated|awarded)"
# The nouns an explanation so often has at its head that no article is needed before them:
# "Reablement is short-term help to ...", "Direct payments are money from the council ...".
_HELP_NOUNS = r"(?:help|support|care|money|payments?|advice|funding|treatment|services?)"
# What follows "is", "are" or "means" when it says what a term is.
SAYS_WHAT_IT_IS = (
    r"(?:when|where|if|someone|somebody|a person|people|the (?:name|word|term) for"
    r"|an?\s+(?:type|kind|form|sort)\s+of\b"
    r"|an?\s+(?:[\w'-]+,?\s+){0,6}?(?:who|that|which|where|when|to|for|" + _GIVEN + r")\b"
    r"|(?:[\w'-]+\s+){1,3}?" + _GIVEN + r"\s+(?:for|by|to|in|at|with)\b"
    # "A deputy is appointed by the Court of Protection to make decisions ...": who chooses them.
    r"|(?:appointed|chosen)\s+by\b"
    # "CPR is what we do to try and restart the heart", "Mental capacity is about having the ability
    # to ...", "A summary care record is like a condensed version of your records", "Triage is
    # designed to help divert young people ..." (not "is used to": "Your aggregate income is used
    # to work out the charge" says nothing of "aggregate"), "The CMHT is made up of mental health
    # professionals ...", "Kinship foster care is one type of kinship care arrangement".
    r"|what\s+(?:we|you|they|people|happens|the)\b|about\s+(?:[a-z]+ing|how|what)\b|like\s+(?:an?|the)\s"
    # "Deprivation of assets is the process of hiding, giving away or ... assets".
    r"|the\s+(?:process|act|practice|state|study)\s+of\b"
    # "A Mandatory Reconsideration is the first step in challenging ...", "The minimum income
    # guarantee is the minimum amount of income a person must be left with ...", "The bundle is
    # the full collection of evidence ...": where it stands in a process, or what it is a part of.
    r"|the\s+(?:first|second|third|final|last)\s+(?:step|stage|part)\s+(?:in|of)\b"
    r"|the\s+(?:[\w'-]+\s+){0,2}?(?:amount|sum|collection|set|list|copy|record|period|range)\s+of\b"
    # "Child Protection Conferences are held when there are worries ...": a meeting, by when it is held.
    r"|held\s+(?:when|if|where|to)\b"
    # "Self Directed Support is how social care is arranged in Scotland" (not "how much", "how long").
    r"|how\s+(?!(?:much|many|long|often|far|bad|good|hard|easy)\b)[a-z]+\s"
    # "Self-Directed Support (SDS) is the way social care support is provided (organised) in Scotland", "...
    # is the way people get care and support": how a thing is given, or how people get it (not
    # "the way forward", "the way to go").
    r"|the\s+(?:main\s+|usual\s+|new\s+)?way\s+(?:that\s+|in\s+which\s+)?(?:(?:[\w'-]+\s+){1,4}?(?:is|are)\s+(?:organi[sz]ed|" + _GIVEN
    + r")|(?:people|you|adults|children|families|carers|we)\s+(?:get|receive|are\s+given|pay\s+for))\b"
    # "'Floating support' is the term used to describe support services which ...".
    r"|the\s+(?:name|word|term|phrase)\s+(?:used|given)\s+(?:to\s+(?:describe|mean|refer)|for)\b"
    r"|(?:designed|intended)\s+(?:to|for)\b|made\s+up\s+of\b|one\s+(?:type|kind|form|sort)\s+of\b"
    # ... but not a claim about how much: "The direction of travel is more care at home."
    r"|(?:(?:an?|the)\s+)?(?!(?:more|less|better|extra|much|no)\b)(?:[\w'-]+\s+){0,2}?" + _HELP_NOUNS
    + r"\s+(?:to|for|from|that|which|who|when|where|you|your|people)\b"
    # "A care coordinator is the main point of contact and support if you need ...", "The Children's
    # Reporter is the first contact a child or family will have with ...": a role, by what it is to you.
    r"|the\s+(?:main\s+|first\s+|single\s+|key\s+)?(?:point\s+of\s+)?contact\b"
    # "the" and a noun that a clause or "for" describes: "... (MASH) is the single point of
    # contact for all professionals", "... (DRE) is the additional costs that someone ...";
    # not a ranking or a claim ("is the only option for", "is the best way to").
    r"|the\s+(?!(?:only|same|first|last|best|worst|main|most|least|key|right|wrong|next|reason|way)\b)"
    r"(?:[\w'-]+\s+){1,6}?(?:for|that|who|which|where|whose|to|taken|" + _GIVEN + r")\b"
    # ... or a comma before "where": "Option 1 is the option with most responsibility, where the
    # council give you money to ..." (not "is the hardest, to be honest": a clause, not "to"; not
    # a ranking: "is the biggest fight we have had, where", "is the thing I need most, where").
    r"|the\s+(?!(?:only|same|first|last|best|worst|main|most|least|key|right|wrong|next|reason|way|[a-z]+est)\b)"
    r"(?:[\w'-]+\s+){0,5}(?!(?:most|least|[a-z]+est),)[\w'-]+,\s+where\b)"
)
# Words that may stand between "is" and what the term is: "is simply a way of ...", "is
# essentially an indirect way of measuring ...".
_DEFINING = re.compile(
    # The text's own short form may stand between: "NHS Continuing Healthcare (CHC) is a ...".
    r"(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?"
    # "Mental capacity means the ability to ...", "... means being able to ...": a sentence that
    # opens with the term and "means" and a noun phrase (not a clause: "Her CFS means she rests").
    # "Kinship care simply means that a relative ... is caring for them": "that" and a clause.
    r"\s+(?:(?:(?:simply|basically|just)\s+)?(?P<means>means)\s+(?=(?:the|an?|being|having|when|where|someone|somebody|people|that)\b|[a-z]+ing\b)"
    # "Intermediate care can mean a range of services to ...": what it may take in.
    r"|(?:can|may)\s+(?P<can_mean>mean)\s+(?=(?:the|an?|any|being|having|when|where|someone|somebody|people)\b)"
    # "Chronic means long term.", "Acute means sudden or short-lived.": a short gloss that is the
    # whole of its sentence (at most four plain words after "means", then the full stop).
    # Not what it means to someone: "Respite means everything to me.", "Respite means a lot."
    r"|(?P<short_gloss>means)\s+(?![^.\n]*\b(?:me|you|us|them|him|her|it|everything|nothing|anything|something|lot|so|too|more|less)\b)"
    r"(?=(?:[a-z-]+\s+){0,3}[a-z-]+\s*\.(?:\s|$))"
    # "Domiciliary care is defined as the range of services put in place to ...".
    r"|(?:is|are)\s+(?:usually\s+|generally\s+)?defined\s+as\s+(?=(?:the|an?|any|when|where|someone|somebody|people|care|help|support)\b)"
    # "Supported living refers to schemes that provide ...", "A delayed discharge refers to the
    # process when ...": what the term names, as the sentence's subject (not a part of a law:
    # "Schedule 2 refers to the limited capability for work test" says where, not what).
    r"|(?P<refers>refers?\s+to)\s+(?=(?:the|an?|any|when|where|someone|somebody|people)\b|[a-z]+\s+(?:that|which|who|where|when)\b)"
    # "Mandatory Reconsideration is simply a way of asking ...": a word of degree may stand first.
    r"|(?:is|are|means)\s+(?:" + DEGREE + r"\s+)?" + SAYS_WHAT_IT_IS + r")",
    re.IGNORECASE,
)
# Before the term, only an article or a possessive (a name's too: "Barrett's oesophagus is a
# condition in which ..."), then at most one abbreviation that starts the name ("NHS Continuing
# Healthcare is ...").
_SENTENCE_OPENING = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)\s+|[A-Z][a-z]+['\u2019]s\s+)?(?:[A-Z]{2,5}\s+)?$")
# Before a term that "refers to" something: also "The term" ("The term 'special educational
# provision' refers to the help ...") and "Being" before a term for what is done to someone
# ("Being sectioned refers to the process of detaining someone ...").
_OPENING_BEFORE_REFERS = re.compile(r"(?:[Tt]he\s+(?:term|word|phrase)\s+|[Bb]eing\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z]{2,5}\s+)?$")
# Before "means", only an article, then one abbreviation or one capitalised word that opens the
# sentence and describes the term ("Mental capacity means ...", the term being "capacity"; not a
# verb such as "Getting continuing healthcare means ...", nor a possessive: "Her CFS means ..."
# says what it does to her).
_OPENING_BEFORE_MEANS = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z]{2,5}\s+|[A-Z][a-z]+(?<!ing)\s+)?$")
# Before "is" too, one capitalised word that describes the term ("Mental capacity is about ...",
# "Postpartum Psychosis is a severe mental illness which ..."), but not a word that points at one
# thing ("This Annual Review is ...", "My CPN is ...").
_DESCRIBING_WORD_FIRST = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?!(?:This|That|These|Those|My|Our|Your|His|Her|Their|Its|Every|Each|Any|No|Some)\s)[A-Z][a-z]+(?<!ing)\s+"
)

#: What may stand before a sentence's first word: quotes, brackets, bullets.
SENTENCE_LEAD = " \t\n\"'\u2018\u201c(-*\u2022"


# "An occupation order excludes someone from your home or the surrounding area and usually
# lasts ...", "Minor Injuries Units treat adults and children aged five and over for a range of
# minor injuries": a sentence whose subject is the term as a kind of thing (after "a", "an" or
# nothing) says what such a thing does, with a verb of what it is for, at length (a dozen words
# or more after the verb). A short claim says what it does for someone, not what it is
# ("Pupil premium pays for our breakfast club", "Telecare can help you stay safe at home"); a
# thing named with "the" or "your" is one thing, not the kind ("Your CTO requires you to ...");
# other verbs say nothing of what it is for ("An occupation order lasts six months"). Not an
# abbreviation ("CPNs visit ...") nor a numbered part of a law ("Section 2 lets ...").
_DOES = re.compile(
    r"(?P<short>\s+\([A-Z][A-Za-z0-9]{1,7}\))?"
    # What the term is a part of: "Section F of an EHC Plan sets out educational provision that ...".
    r"(?P<part_of>\s+of\s+(?:an?|the|your|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:[Pp]lan|[Dd]ocument|[Ff]orm|[Rr]eport|[Aa]ssessment))?"
    r"\s+(?:(?:usually|also|will(?:\s+be\s+able\s+to)?)\s+)?"
    r"(?:(?P<verb>excludes?|prohibits?|forbids?|bans?|provides?|lets?|allows?|enables?|treats?|gives?"
    r"|protects?|stops?|prevents?|covers?|offers?|supports?|describes?|sets? out|deals? with|helps?|brings? together)\s"
    # "Informal carers are not the same as formal or employed carers": what it is not.
    r"|(?:is|are)\s+not\s+the\s+same\s+as\s"
    # "A flexible cystoscopy involves a look at the inside of the bladder": what it is made of,
    # said at less length than what it does (:data:`WORDS_SAYING_WHAT_KIND`).
    r"|(?P<made_of>involves?|consists?\s+of)\s)",
    re.IGNORECASE,
)
#: How many words at least follow the verb of :data:`_DOES` to the end of its sentence.
WORDS_SAYING_WHAT_IT_DOES = 12
# Before a term that a sentence says the work of: only "a" or "an", or nothing.
_KIND_OPENING = re.compile(r"(?:[Aa]n?\s+)?")
# Before a term that a sentence says the kind of: also a name's possessive that the term's name
# takes ("Barrett's oesophagus is a condition in which ...").
_KIND_OF_OPENING = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# Before a term that a bare noun after "is" says the kind of: not "the" ("The Attorney is duty bound to ...").
_BARE_KIND_OPENING = re.compile(r"(?:[Aa]n?\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# Before a named service that the writer gives a short form and then says the work of, "the"
# or a place's possessive may stand too: "The Multi Agency Safeguarding Hub (MASH) will be able
# to provide a multi-agency arena for ...", "Havering's Multi Agency Safeguarding Hub (MASH)
# provides information sharing across ...": one service, named and described for the reader.
_NAMED_OPENING = re.compile(r"(?:[Tt]he\s+|[Aa]n?\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# "An initial visit is when ...": a describing term and its noun open the sentence that
# defines them (one lower-case word between the term and "is").
_NOUN_THEN_DEFINING = re.compile(r"\s+[a-z]+(?=\s+(?:is|are)\s)")
# A describing term and its noun before another name set apart: "Domiciliary care, also known as ...".
_NOUN_BEFORE_ASIDE = re.compile(r"\s+[a-z]+(?=,\s+(?:also|sometimes|often|officially|formally|properly|legally|known|called|referred)\s)")
# Where the sentence's definition holds, before it: "In Wales, care leavers are individuals who ...".
_NATION_FIRST = re.compile(r"^In\s+(?:Wales|Scotland|England|Northern\s+Ireland|the\s+UK),\s+")


# Words that say which one before a term that opens its sentence: a sentence adverb, an article and
# at most three words ("Generally, the", "A health & welfare", "The Early Help"), none a doing word
# ("Establishing limited capability for work is a complex ..." is about doing it).
_WHICH_ONE_OPENING = re.compile(
    r"(?:(?:Generally|Usually|Normally|Essentially|Basically|Simply put|Put simply|In short),\s+)?"
    # Not a clause that hangs on another: "Although the Short Break Services Statement is a formal
    # document required by law, the Partnership ...".
    r"(?!(?:Although|Though|While|Whilst|If|When|Because|Since|As|Unless|But|And|So|However|Where|Once)\b)"
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?![\w-]*ing\s)[\w&'\u2019-]+\s+){1,3}"
)


def defined_by_its_sentence(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if ``sentence`` starts with the term at ``[start, end)`` and goes on to say what it
    is ("A deprivation of liberty is when a person ...", "An initial visit is when ..."), or,
    of the term as a kind of thing, what it does ("An occupation order excludes someone from
    your home")."""
    text = doc.text
    if start - sentence[0] > 40 and text.find(": ", start - 16, start) == -1:
        # The term does not open its sentence (most terms: the quickest test first), unless it
        # is the other name in an aside after the term that does.
        return start - sentence[0] <= ALIAS_REACH + 40 and _named_in_an_aside(doc, start, end, sentence)
    if _named_in_an_aside(doc, start, end, sentence):
        return True
    if in_quotes(text, start, end, sentence[0]):
        # The term in quotes: "'Deprivation of assets' is when someone ...", "A 'Deferred Payment
        # Agreement' is an arrangement with the council that ...". Read on after the quote.
        start, end = start - 1, end + 1
    aside = _ANOTHER_NAME.match(text, end, end + 80)
    if aside is None and text.find(",", end, end + 30) != -1 and (noun := _NOUN_BEFORE_ASIDE.match(text, end, end + 30)) is not None:
        aside = _ANOTHER_NAME.match(text, noun.end(), noun.end() + 80)  # "Domiciliary care, also known as ..., refers to"
    if aside is not None:
        end = aside.end()
    opening = text[sentence[0]:start].lstrip(SENTENCE_LEAD)
    if ": " in opening:
        opening = opening.rsplit(": ", 1)[1]  # after a label: "Option 2: An Individual Service Fund is when ..."
    if opening.startswith("In "):
        opening = _NATION_FIRST.sub("", opening, count=1)  # "In Wales, care leavers are individuals who ..."
    if len(opening) > 12:
        # "A health & welfare lasting power of attorney is a legal document which ...", "Generally,
        # the best interests assessor is a qualified social worker ...": words that say which one
        # may stand before the term when the sentence says what kind of thing it is, at length.
        # What follows the term first: one anchored match that fails at once for most terms,
        # where the opening's pattern reads every word before them.
        return (
            says_what_kind(text, end, sentence, kind_named=True)
            and _WHICH_ONE_OPENING.fullmatch(opening) is not None
            and not _numbered(text, start, end)
            and not opens_with_abbreviation(text, start, end)
        )
    defining = _DEFINING.match(text, end, end + 80)
    allowed = _SENTENCE_OPENING
    if defining is None:
        noun = _NOUN_THEN_DEFINING.match(text, end, end + 30)
        if noun is not None and not opens_with_abbreviation(text, start, end):
            defining = _DEFINING.match(text, noun.end(), noun.end() + 80)
            # "The children's hearings system is a system of statutory intervention in the life of
            # a child ...": the term and its noun, then what kind of thing they are, at length.
            if defining is None and says_what_kind(text, noun.end(), sentence, kind_named=True) and not _numbered(text, start, end):
                return _KIND_OF_OPENING.fullmatch(opening) is not None
        if (
            defining is None
            and not _numbered(text, start, end)
            and not opens_with_abbreviation(text, start, end)  # "An EHCP is for children ...": the letters stay unread
        ):
            # "The long-line is a plastic tube, or cannula, about 20cm in length": "the" may open a
            # sentence that says what kind of thing the term is, at length; not one with a bare
            # noun after "is" ("The Attorney is duty bound to act ...").
            if says_what_kind(text, end, sentence):
                return _KIND_OF_OPENING.fullmatch(opening) is not None
            if names_a_bare_kind(text, end, sentence):
                return _BARE_KIND_OPENING.fullmatch(opening) is not None
        if defining is None:
            does = _DOES.match(text, end, end + 40)
            if does is None or opens_with_abbreviation(text, start, end) or _numbered(text, start, end):
                return False  # what follows does not say what it is
            at_least = WORDS_SAYING_WHAT_KIND if does.group("made_of") else WORDS_SAYING_WHAT_IT_DOES
            if (does.group("verb") or does.group("made_of")) and len(text[does.end() : sentence[1]].split()) < at_least:
                return False  # a short claim about what it does for someone
            allowed = _NAMED_OPENING if does.group("short") else _KIND_OPENING
    elif defining.group("means") or defining.group("can_mean") or defining.group("short_gloss"):
        allowed = _OPENING_BEFORE_MEANS
    elif defining.group("refers"):
        if _numbered(text, start, end):
            return False
        allowed = _OPENING_BEFORE_REFERS
    elif _DESCRIBING_WORD_FIRST.fullmatch(opening) is not None:
        return True  # "Mental capacity is about having the ability to ...": a describing word first
    return allowed.fullmatch(opening) is not None


# The words that give another name: "also known as", "officially called", "sometimes referred to as".
_ALIAS_WORDS = r"(?:(?:also|sometimes|often|officially|formally|properly|legally)\s+)*(?:known\s+as|called|referred\s+to\s+as)\s+"
# Another name, set apart by commas, between a term and what the sentence says it is: "Pressure
# ulcers, also sometimes known as bedsores or pressure sores, are a type of injury ...".
# Or set apart by dashes, perhaps as its official name: "Continuing Care – officially called NHS
# Continuing Healthcare – is a fully-funded package of care ...".
_ANOTHER_NAME = re.compile(
    r",\s+" + _ALIAS_WORDS + r"[^,.;:()\n]{1,60},"
    r"|\s+[-\u2013\u2014]\s+" + _ALIAS_WORDS + r"[^,.;:()\n\u2013\u2014]{1,60}?\s+[-\u2013\u2014](?=\s)"
)
# Before a term that is the other name in such an aside: the dash or comma and the words that name it.
_ALIAS_BEFORE = re.compile(r"(?:,|\s[-\u2013\u2014])\s+" + _ALIAS_WORDS + r"(?:the\s+)?$")
# After it, the aside's close: the same comma or dash.
_ALIAS_CLOSE = re.compile(r",|\s+[-\u2013\u2014](?=\s)")
#: How far (characters) into its sentence such an aside may open: after the term it names.
ALIAS_REACH = 60


def _named_in_an_aside(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """:func:`_other_name_in_an_aside`, after a quick test for its naming words just before the term."""
    window = doc.text[max(0, start - 30) : start]
    return ("called" in window or "known as" in window or "referred to" in window) and _other_name_in_an_aside(doc, start, end, sentence)


def _other_name_in_an_aside(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if the term is the other name in an aside after the term that opens ``sentence``,
    and the sentence goes on to say what both are: "Continuing Care – officially called NHS
    Continuing Healthcare – is a fully-funded package of care that ..." explains "NHS Continuing
    Healthcare" as much as "Continuing Care"."""
    text = doc.text
    before = _ALIAS_BEFORE.search(text, max(sentence[0], start - 40), start)
    if before is None or before.start() - sentence[0] > ALIAS_REACH:
        return False
    close = _ALIAS_CLOSE.match(text, end)
    if close is None or (text[before.start()] == ",") != (text[close.start()] == ","):
        return False  # not closed as it opened
    opening = text[sentence[0] : before.start()].lstrip(SENTENCE_LEAD)
    if len(opening.split()) > 5:
        return False
    defining = _DEFINING.match(text, close.end(), close.end() + 80)
    return defining is not None and not (defining.group("means") or defining.group("can_mean") or defining.group("short_gloss") or defining.group("refers"))


def _numbered(text: str, start: int, end: int) -> bool:
    """True if the term holds a number: a part of a law ("Section 2 lets doctors keep you ...")
    is a reference the reader still needs named, whatever the sentence says it does."""
    return any(c.isdigit() for c in text[start:end])


def opens_with_abbreviation(text: str, start: int, end: int) -> bool:
    """True if the term's first word has two capitals or more: an abbreviation ("CPNs", "AMHP",
    "SEN support"), which a sentence about what it does, or the idea it names, does not spell out."""
    return has_two_capitals(text[start:end].split(" ", 1)[0])
