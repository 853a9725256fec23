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
from .defining_words import DEFINING as _DEFINING
from .kind_sentences import VERDICTS, WORDS_SAYING_WHAT_KIND, names_a_bare_kind, says_what_kind
from .spans import Span, in_quotes
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern

# Before the term, only an article or a possessive (a name's too: "Barrett's oesophagus is a
# condition in which ..."), then at most one abbreviation that starts the name ("NHS Continuing
# Healthcare is ...").
_SENTENCE_OPENING = lazy_pattern(r"(?:(?:[Aa]n?|[Tt]he|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)\s+|[A-Z][a-z]+['\u2019]s\s+)?(?:[A-Z]{2,5}\s+)?$")
# Before a term that "refers to" something: also "The term" ("The term 'special educational
# provision' refers to the help ...") and "Being" before a term for what is done to someone
# ("Being sectioned refers to the process of detaining someone ...").
_OPENING_BEFORE_REFERS = lazy_pattern(r"(?:[Tt]he\s+(?:term|word|phrase)\s+|[Bb]eing\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z]{2,5}\s+)?$")
# Before "means", only an article, then one abbreviation or one capitalised word that opens the
# sentence and describes the term ("Mental capacity means ...", the term being "capacity"; not a
# verb such as "Getting continuing healthcare means ...", nor a possessive: "Her CFS means ..."
# says what it does to her).
# "Being" too, before a term for what is done to someone: "Being sectioned means being kept in
# hospital under the Mental Health Act" (session 27).
_OPENING_BEFORE_MEANS = lazy_pattern(r"(?:[Bb]eing\s+|(?:[Aa]n?|[Tt]he)\s+)?(?:[A-Z]{2,5}\s+|[A-Z][a-z]+(?<!ing)\s+)?$")
# Before "is" too, one capitalised word that describes the term ("Mental capacity is about ...",
# "Postpartum Psychosis is a severe mental illness which ..."), but not a word that points at one
# thing ("This Annual Review is ...", "My CPN is ...").
_DESCRIBING_WORD_FIRST = lazy_pattern(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?!(?:This|That|These|Those|My|Our|Your|His|Her|Their|Its|Every|Each|Any|No|Some)\s)[A-Z][a-z]+(?<!ing)\s+"
)

_OPENING_QUOTES = "'\"\u2018\u201c"
# The rest of a name in quotes, to its closing quote: a few words, no sentence's end.
_QUOTE_CLOSES = lazy_pattern(r"[^.!?\n\"'\u2019\u201d]{1,58}[\"'\u2019\u201d](?=\s)")
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
_DOES = lazy_pattern(
    r"(?P<short>\s+\([A-Z][A-Za-z0-9]{1,7}\))?"
    # The kind of thing the term names, after it: "Reablement services provide help with personal
    # social care, activities of daily living and other practical tasks for a limited time"
    # (session 27).
    # "The Reablement Team will work with you to help you regain strength and confidence in doing
    # the things you used to do": a team or service named, and the work it does with you.
    r"(?P<kind_noun>\s+(?:services?|teams?|schemes?|programmes?|units?|centres?|plans|orders))?"
    # What the term is a part of: "Section F of an EHC Plan sets out educational provision that ...".
    r"(?P<part_of>\s+of\s+(?:an?|the|your|their)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:[Pp]lan|[Dd]ocument|[Ff]orm|[Rr]eport|[Aa]ssessment))?"
    r"\s+(?:(?P<modal>usually|also|can|may|will(?:\s+be\s+able\s+to)?)\s+)?"
    r"(?:(?P<verb>makes?\s+decisions|excludes?|prohibits?|forbids?|bans?|provides?|lets?|allows?|enables?|treats?|gives?"
    r"|protects?|stops?|prevents?|covers?|offers?|supports?|describes?|sets? out|deals? with|helps?|brings? together"
    # "Palliative care aims to help people achieve the best quality of life for as long as
    # possible": what it is for (session 27).
    r"|aims?\s+to|works?\s+with\s+(?:you|people|adults|children|families|patients)\s+to"
    # What a register, a court, a test or a team is there to do: "The child protection register
    # lists all children in the area who ...", "The court of protection judges whether people
    # have the mental capacity to ...", "The fitness to practise team investigates concerns about
    # registered workers to make sure ..." (issue 11, session 26).
    # Most of these are plural nouns too ("The court of protection judges were slow"): a verb only
    # when no verb, "of" or "and" follows.
    r"|(?P<keeps>lists|records|measures|judges|decides|investigates|assesses|checks|monitors|oversees|inspects|regulates)"
    r"(?=\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did|of|and|or|to|for|from|in|on|at|by|with)\b))"
    # "IROs have a statutory responsibility to oversee and monitor ...": what it is there to do.
    r"|(?P<duty>(?:has|have)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:responsibility|duty|role|job)\s+(?:to|of|for))"
    # "A Short Term Detention Certificate authorises detention in hospital for up to 28 days":
    # what a legal paper lets be done is what it is, said in fewer words (session 27).
    r"|(?P<authorises>authori[sz]es?|permits?))\s"
    # "Informal carers are not the same as formal or employed carers": what it is not.
    r"|(?:is|are)\s+not\s+the\s+same\s+as\s"
    # "A flexible cystoscopy involves a look at the inside of the bladder": what it is made of,
    # said at less length than what it does (:data:`WORDS_SAYING_WHAT_KIND`).
    # "Capital includes savings and property you own", "The executive functions comprise those
    # mental capacities necessary for ...": what it takes in (session 26).
    # Not a verdict or an amount: "Respite includes a lot of stress and worry ...".
    r"|(?P<made_of>involves?|consists?\s+of|includes?|compris(?:es?|e))\s(?!(?:an?\s+|the\s+)?" + VERDICTS + r"\b))",
    re.IGNORECASE,
)
# "A Special Guardianship Order offers greater stability and legal security to a placement than
# a Child Arrangements Order": after the verb of what it does, more or less of something than
# another thing gives says how the two compare, not what it is (session 28).
_MORE_THAN = lazy_pattern(
    r"(?:(?:much|far|even)\s+)?(?:more|less|fewer|greater|better|stronger|wider|higher|lower|longer|shorter)\b[^.!?;\n]{1,120}?\bthan\b"
)
# Before a term whose sentence says what it lets or makes a person do after "means" ("A community
# treatment order means you can leave hospital ..."): only "a" or "an", the term as a kind of
# thing; "Your CTO means you must ..." or "Her diagnosis means she can ..." speak of one case.
_A_KIND_OPENINGS = frozenset({"A", "An", "a", "an"})
#: How many words at least follow the verb of :data:`_DOES` to the end of its sentence.
WORDS_SAYING_WHAT_IT_DOES = 12
#: ... and follow a verb of its group ``keeps`` ("lists", "judges") for "the" to open the
#: sentence (:data:`_THE_OR_KIND_OPENING`). As many as above for now (``keeps`` lies inside
#: ``verb``, so both tests apply); a number of its own, so that one can change alone.
WORDS_SAYING_WHAT_THE_ONE_DOES = 12
# Before a term that a sentence says the work of: only "a" or "an", or nothing.
_KIND_OPENING = lazy_pattern(r"(?:[Aa]n?\s+)?")
# Before a term whose sentence says at length what it keeps, checks or decides (the verbs of
# :data:`_DOES` in its group ``keeps``): "the" too, the one register, court or team a reader will
# meet ("The child protection register lists all children in a local authority area who are
# suffering or likely to suffer significant harm"). Not with the other verbs, which after "the"
# say what one body may do in a case ("The common law allows treatment to be given without
# consent if ...", "The Procurator Fiscal can offer a person a period of unpaid work ..."); not
# "your", "my" or "this", which point at one case ("Your occupation order excludes him from the
# house ..."); and only at length (:data:`WORDS_SAYING_WHAT_THE_ONE_DOES`).
_THE_OR_KIND_OPENING = lazy_pattern(r"(?:[Aa]n?\s+|[Tt]he\s+)?")
# Before a term that a sentence says the kind of: also a name's possessive that the term's name
# takes ("Barrett's oesophagus is a condition in which ...").
_KIND_OF_OPENING = lazy_pattern(r"(?:[Aa]n?\s+|[Tt]he\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# Before a term that a bare noun after "is" says the kind of: not "the" ("The Attorney is duty bound to ...").
_BARE_KIND_OPENING = lazy_pattern(r"(?:[Aa]n?\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# Before a named service that the writer gives a short form and then says the work of, "the"
# or a place's possessive may stand too: "The Multi Agency Safeguarding Hub (MASH) will be able
# to provide a multi-agency arena for ...", "Havering's Multi Agency Safeguarding Hub (MASH)
# provides information sharing across ...": one service, named and described for the reader.
_NAMED_OPENING = lazy_pattern(r"(?:[Tt]he\s+|[Aa]n?\s+|[A-Z][a-z]+['\u2019]s\s+)?")
# "An initial visit is when ...": a describing term and its noun open the sentence that
# defines them (one lower-case word between the term and "is").
_NOUN_THEN_DEFINING = lazy_pattern(r"(?:\s+\([A-Z][A-Za-z0-9]{1,7}\))?\s+[a-z]+(?=\s+(?:is|are)\s)")
# ... or a capitalised plural noun after a capitalised term, the two a name: "The Deprivation of
# Liberty Safeguards are an amendment to ...". Only with "are": "A Community Treatment Order Recall
# is when ..." defines the recall, a thing of its own, and says nothing of what the order is.
_NAME_NOUN_THEN_DEFINING = lazy_pattern(r"\s+[A-Z][a-z]+s(?=\s+are\s)")
# A describing term and its noun before another name set apart: "Domiciliary care, also known as ...".
_NOUN_BEFORE_ASIDE = lazy_pattern(r"\s+[a-z]+(?=,\s+(?:also|sometimes|often|officially|formally|properly|legally|known|called|referred)\s)")
# Where the sentence's definition holds, before it: "In Wales, care leavers are individuals who ...".
# Or the service it holds in, with the comma left out too: "In the NHS the 18 week wait means the
# time it takes from ..." (session 26).
_NATION_FIRST = lazy_pattern(r"^In\s+(?:Wales|Scotland|England|Northern\s+Ireland|the\s+UK|the\s+NHS),?\s+")
# What may stand before a sentence that defines a term without being part of it: a clause number
# ("4.1 A guardianship order gives authority to act ...", "2.3 Self-directed support is ...") or
# the source the definition is from, a name in capitals ("According to NHS Improvement a pressure
# ulcer is damage to the skin ...", "According to the Royal College of Nursing, ...").
_NUMBER_OR_SOURCE_FIRST = lazy_pattern(
    r"^(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|According\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w&'\u2019-]*|of|for|and)\s+){0,6}(?:[A-Z][\w&'\u2019-]*),?\s+)"
)
# The other name before a slash that the term's name ends: "Crisis Response/" (capitalised words).
_SLASHED_NAME_LAST = lazy_pattern(r"(?:^|(?<=\s))(?:[A-Z][\w&'\u2019-]*\s+){0,3}[A-Z][\w&'\u2019-]*/$")
# Words that say the explanation is coming: "In simple terms, triage means sorting patients ...".
_PLAINLY_FIRST = lazy_pattern(r"^(?:In\s+(?:simple|plain|other)\s+(?:terms|words|English)|Simply\s+put|Put\s+simply|In\s+short),\s+")


# Words that say which one before a term that opens its sentence: a sentence adverb, an article and
# at most three words ("Generally, the", "A health & welfare", "The Early Help"), none a doing word
# ("Establishing limited capability for work is a complex ..." is about doing it).
_WHICH_ONE_OPENING = lazy_pattern(
    r"(?:(?:Generally|Usually|Normally|Essentially|Basically|Simply put|Put simply|In short),\s+)?"
    # Not a clause that hangs on another: "Although the Short Break Services Statement is a formal
    # document required by law, the Partnership ...".
    r"(?!(?:Although|Though|While|Whilst|If|When|Because|Since|As|Unless|But|And|So|However|Where|Once)\b)"
    # A word in brackets may be one of them: "A membrane (cervical) sweep is a vaginal examination ..."
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?![\w-]*ing\s)(?:[\w&'\u2019-]+|\([a-z][a-z -]{1,30}\))\s+){1,3}"
)


def defined_by_its_sentence(doc: Document, start: int, end: int, sentence: Span, *, letters_read: bool = False) -> bool:
    """True if ``sentence`` starts with the term at ``[start, end)`` and goes on to say what it
    is ("A deprivation of liberty is when a person ...", "An initial visit is when ..."), or,
    of the term as a kind of thing, what it does ("An occupation order excludes someone from
    your home"). With ``letters_read``, the term is a short form the text has spelt out, so a
    sentence that opens with it may say what it is ("MHOs are specialist social workers ...")."""
    text = doc.text
    if start - sentence[0] > 40 and text.find(": ", start - 16, start) == -1:
        # The term does not open its sentence (most terms: the quickest test first), unless it
        # is the other name in an aside after the term that does, or opens the main clause after
        # a clause set before it.
        return (start - sentence[0] <= ALIAS_REACH + 40 and _named_in_an_aside(doc, start, end, sentence)) or (
            text.find(", ", start - 6, start) != -1 and _after_a_clause_before(doc, start, end, sentence)
        )
    if text.startswith((" if ", " when "), end) and _PERSON_FIRST.fullmatch(text, sentence[0], start) is not None:
        # "A person lacks capacity if their mind is impaired in some way, which means they're
        # unable to make a decision at that time": the term says what is true of a person, and the
        # sentence says when (session 27), at some length.
        return len(text[end : sentence[1]].split()) >= WORDS_SAYING_WHEN and not opens_with_abbreviation(text, start, end)
    if _named_in_an_aside(doc, start, end, sentence):
        return True
    # Whether the term opens with an abbreviation ("An EHCP is for children ..."): a letter
    # count of its first word, made only where a test below needs it (most terms fail first).
    term = (start, end)  # (the quotes and the aside below move start and end)
    if in_quotes(text, start, end, sentence[0]):
        # The term in quotes: "'Deprivation of assets' is when someone ...", "A 'Deferred Payment
        # Agreement' is an arrangement with the council that ...". Read on after the quote.
        start, end = start - 1, end + 1
    elif start > sentence[0] and text[start - 1] in _OPENING_QUOTES and (close := _QUOTE_CLOSES.match(text, end, end + 60)) is not None:
        # The term opens a longer name in quotes: "A 'Lasting power of attorney for health and
        # welfare' is a legal document in which ..." (session 27). Read on after the quote.
        start, end = start - 1, close.end()
    aside = _ANOTHER_NAME.match(text, end, end + 80)
    if aside is None and text.find(",", end, end + 30) != -1 and (noun := _NOUN_BEFORE_ASIDE.match(text, end, end + 30)) is not None:
        aside = _ANOTHER_NAME.match(text, noun.end(), noun.end() + 80)  # "Domiciliary care, also known as ..., refers to"
    if aside is None and text.startswith(" or ", end):
        # Another name in quotes, then the noun both name: "A “repeat dispensing” or “batch”
        # prescription allows a Clinician to authorise and issue up to 12 months of repeat
        # prescriptions for you" (session 27).
        aside = _OR_QUOTED_NAME.match(text, end, end + 60)
    if aside is not None:
        end = aside.end()
    opening = text[sentence[0]:start].lstrip(SENTENCE_LEAD)
    if ": " in opening:
        opening = opening.rsplit(": ", 1)[1]  # after a label: "Option 2: An Individual Service Fund is when ..."
    if opening[:1].isdigit() or opening.startswith("According to "):
        opening = _NUMBER_OR_SOURCE_FIRST.sub("", opening, count=1)
    if opening.startswith("In "):
        opening = _NATION_FIRST.sub("", opening, count=1)  # "In Wales, care leavers are individuals who ..."
    opening = _PLAINLY_FIRST.sub("", opening, count=1)  # "In simple terms, triage means ..."
    if opening.endswith("/"):
        # Another name for the same service, joined by a slash: "Crisis Response/Home Treatment
        # service is a 24 hours/7 days a week service, for referrals of ..." (session 26).
        opening = _SLASHED_NAME_LAST.sub("", opening, count=1)
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
            and (letters_read or not opens_with_abbreviation(text, *term))
        )
    defining = _DEFINING.match(text, end, end + 80)
    allowed = _SENTENCE_OPENING
    if defining is None:
        abbreviation = not letters_read and opens_with_abbreviation(text, *term)
        noun = _NOUN_THEN_DEFINING.match(text, end, end + 30)
        if noun is None and text[start].isupper():
            noun = _NAME_NOUN_THEN_DEFINING.match(text, end, end + 30)
        if noun is not None and not abbreviation:
            defining = _DEFINING.match(text, noun.end(), noun.end() + 80)
            # "The children's hearings system is a system of statutory intervention in the life of
            # a child ...": the term and its noun, then what kind of thing they are, at length.
            if defining is None and says_what_kind(text, noun.end(), sentence, kind_named=True) and not _numbered(text, start, end):
                return _KIND_OF_OPENING.fullmatch(opening) is not None
        if (
            defining is None
            and not _numbered(text, start, end)
            and not abbreviation  # "An EHCP is for children ...": the letters stay unread
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
            if does is None or abbreviation or _numbered(text, start, end):
                return False  # what follows does not say what it is
            if does.group("verb") and _MORE_THAN.match(text, does.end(), sentence[1]) is not None:
                return False  # "A Special Guardianship Order offers greater stability ... than a ...": how it compares, not what it is
            if does.group("made_of") and (does.group("modal") or "").lower() in ("can", "may") and does.group("made_of").lower().startswith(("includ", "compris")):
                return False  # "Coercive control can include checking your phone ...": some examples, not what it is
            at_least = WORDS_SAYING_WHAT_KIND if does.group("made_of") or does.group("duty") or does.group("authorises") else WORDS_SAYING_WHAT_IT_DOES
            if (does.group("verb") or does.group("made_of") or does.group("duty")) and len(text[does.end() : sentence[1]].split()) < at_least:
                return False  # a short claim about what it does for someone
            allowed = _NAMED_OPENING if does.group("short") else _KIND_OPENING
            if (
                allowed is _KIND_OPENING
                and (
                    (does.group("made_of") or "").lower().startswith(("compris", "consist"))
                    # "The Reablement Team will work with you to ...": the one team or service,
                    # named with its noun, and its work with you at length (session 27). Not any
                    # verb: "The reablement service provides intensive reablement for people who
                    # ..." names the term again and says nothing of what it is (the fresh pool).
                    or (does.group("kind_noun") and (does.group("verb") or "").lower().startswith("work"))
                )
                and opening[:4] in ("The ", "the ")
            ):
                # "The executive functions comprise those mental capacities necessary for ...": what
                # the one named thing is made of (not "include" or "involve": some of it; session 27).
                allowed = _THE_OR_KIND_OPENING
            if (
                allowed is _KIND_OPENING
                and does.group("keeps")
                and opening[:4] in ("The ", "the ")
                and len(text[does.end() : sentence[1]].split()) >= WORDS_SAYING_WHAT_THE_ONE_DOES
            ):
                allowed = _THE_OR_KIND_OPENING
    elif _numbered(text, start, end) and _names_itself(text, start, end, defining.end()):
        return False  # "A Section 7 report is a report which ...": the reference is still unnamed
    elif defining.group("means_rule"):
        # "Section 117 means that you will not be charged ...", "A Section 47 enquiry means that
        # CSC must carry out an investigation ...": what follows from it, or what someone must do
        # because of it, leaves the reader not told what it is (session 28).
        return False
    elif defining.group("means_clause"):
        if _numbered(text, start, end):
            return False  # "A section 2 means you can be kept ...": the reference is still unnamed
        # "A community treatment order means you can leave hospital ..."
        return opening[-1:].isspace() and opening.strip() in _A_KIND_OPENINGS
    elif defining.group("means") or defining.group("can_mean") or defining.group("short_gloss"):
        allowed = _OPENING_BEFORE_MEANS
    elif defining.group("refers") or defining.group("describes"):
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
_ANOTHER_NAME = lazy_pattern(
    r",\s+" + _ALIAS_WORDS + r"[^,.;:()\n]{1,60},"
    r"|\s+[-\u2013\u2014]\s+" + _ALIAS_WORDS + r"[^,.;:()\n\u2013\u2014]{1,60}?\s+[-\u2013\u2014](?=\s)"
)
# " or “batch” prescription": another name in quotes after the term in quotes, and the noun
# both describe (one word).
_OR_QUOTED_NAME = lazy_pattern(r" or [\"'\u2018\u201c][^\"'\u2019\u201d\n]{1,30}[\"'\u2019\u201d](?: [a-z]+)?")
# Before a term that is the other name in such an aside: the dash or comma and the words that name it.
_ALIAS_BEFORE = lazy_pattern(r"(?:,|\s[-\u2013\u2014])\s+" + _ALIAS_WORDS + r"(?:the\s+)?$")
# After it, the aside's close: the same comma or dash.
_ALIAS_CLOSE = lazy_pattern(r",|\s+[-\u2013\u2014](?=\s)")
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
    return defining is not None and not (
        defining.group("means") or defining.group("means_rule") or defining.group("can_mean") or defining.group("short_gloss") or defining.group("refers")
    )


# A person as the subject before a term that says what is true of them, which "if" or "when" then
# defines: "A person lacks capacity if ...", "A child is looked after when ...".
_PERSON_FIRST = lazy_pattern(
    r"[\s\"'\u2018\u201c(*\u2022-]*(?:(?:An?|The)\s+(?:person|child|adult|young\s+person|patient|parent|carer)|Someone|Somebody|You)\s+(?:is\s+|are\s+)?"
)
#: How many words at least follow the term to the end of a sentence that says when it holds.
WORDS_SAYING_WHEN = 6
# A clause set before the main one, which the term then opens after "a", "an" or "the": "Where a
# power of attorney is a voluntary authority given by someone ..., a Guardianship Order is a Court
# appointment which authorises someone to ..." (session 27).
_CLAUSE_FIRST = lazy_pattern(r"[\s\"'\u2018\u201c(*\u2022-]*(?:Where|Whereas|While|Whilst|Unlike|Although|Though|If|When|Once|In\s+(?:Scotland|Wales|England|Northern\s+Ireland))\b")
_ARTICLE_AFTER_COMMA = (", a ", ", an ", ", the ")
#: How far (characters) into its sentence a term may open the main clause after such a clause.
CLAUSE_FIRST_REACH = 240


def _after_a_clause_before(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if a clause opened by "Where", "Unlike", "If" and the like stands before the term,
    which opens the main clause after a comma and an article, and the sentence says what it is
    (what follows "is" or "means" as :data:`_DEFINING` reads it, or a kind at length): "Where a
    power of attorney is ..., a Guardianship Order is a Court appointment which authorises ..."."""
    text = doc.text
    if start - sentence[0] > CLAUSE_FIRST_REACH or not text[start - 6 : start].lower().endswith(_ARTICLE_AFTER_COMMA):
        return False
    if _CLAUSE_FIRST.match(text, sentence[0]) is None or _numbered(text, start, end) or opens_with_abbreviation(text, start, end):
        return False
    defining = _DEFINING.match(text, end, end + 80)
    if defining is not None:
        return not (defining.group("means_clause") or defining.group("means_rule") or defining.group("short_gloss"))
    return says_what_kind(text, end, sentence, kind_named=True)


# "is a report", "are orders": the noun after "is" or "are" and an article.
_KIND_NOUN = lazy_pattern(r"\s+(?:is|are)\s+(?:(?:an?|the)\s+)?([A-Za-z-]+)")


def _names_itself(text: str, start: int, end: int, defining_end: int) -> bool:
    """True if what a sentence says the term is opens with the term's own last word: "A Section 7
    report is a report which is sometimes ordered by the Family Court ..." says it is a report and
    when one is asked for, and nothing of what section 7 is (session 28)."""
    kind = _KIND_NOUN.match(text, end, defining_end)
    last = text[start:end].split()[-1].lower()
    return kind is not None and kind.group(1).lower().rstrip("s") == last.rstrip("s")


def _numbered(text: str, start: int, end: int) -> bool:
    """True if the term holds a number: a part of a law ("Section 2 lets doctors keep you ...")
    is a reference the reader still needs named, whatever the sentence says it does."""
    return any(c.isdigit() for c in text[start:end])


def opens_with_abbreviation(text: str, start: int, end: int) -> bool:
    """True if the term's first word has two capitals or more: an abbreviation ("CPNs", "AMHP",
    "SEN support"), which a sentence about what it does, or the idea it names, does not spell out."""
    # "Self-Directed Support" is Title Case, each part with one capital: no abbreviation.
    return any(has_two_capitals(part) for part in text[start:end].split(" ", 1)[0].split("-"))
