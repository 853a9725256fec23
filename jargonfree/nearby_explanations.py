"""Explanations near a term: the words around a glossary term that already explain it.

A term a writer explains is not flagged. :mod:`jargonfree.definitions` finds the definitions a
text spells out (an abbreviation with its long form, a term with its meaning in brackets);
this module holds the other ways a writer explains a term in the words around it:

* named after its explanation: "help to get your skills back is called reablement",
  "intensive support, also known as reablement" (:func:`named_explanations.named_after_explanation`);
* heading a gloss: "Emergency Detention Certificate: this power allows ...", "Kinship Carers -
  Where a child ...", "... options. Option 1: You can ..." (:func:`listed_explanations.heads_a_gloss`);
* explained just after it: "a statutory service, which means ..." (:func:`explained_after_noun`),
  "Domiciliary care (care in your own home)" (:func:`noun_explained_in_brackets`), "reablement,
  which is short-term help to ..." (:func:`explained_by_which`), "a personal adviser, who will
  provide ..." (:func:`explained_by_who`), "the Crisis House which is run ... to provide
  ...", "assessors whose job it is to ..." (:func:`explained_by_what_it_does`), "an Intervention
  Order, where the Court would appoint ..." (:func:`explained_by_where_or_when`), "PIP is not
  means-tested. This means ..." (:func:`explained_by_this_means`), "Responsive feeding is
  recommended, this means allowing baby to ..." (:func:`explained_by_opening_then_this_means`),
  "... a Named Person. This is a worker who ..." (:func:`explained_next`),
  "A deprivation of liberty is when ...", "Mental capacity means ...", "An occupation order
  excludes someone from your home or ..." (:func:`defined_by_its_sentence`), "What is a
  deprivation of liberty?" (:func:`asked_about`); :func:`explained_nearby` asks all of these
  (the clause tests live in :mod:`jargonfree.explaining_clauses`, the sentence tests in
  :mod:`jargonfree.defining_sentences`, the tests
  of the sentences after a term in :mod:`jargonfree.later_explanations`, the heading and glossary
  tests in :mod:`jargonfree.listed_explanations`);
* what it is made of after it: "a multidisciplinary team made up of nurses, doctors and
  therapists" (:func:`explained_by_its_parts`);
* the same said plainly after "– meaning" ("He was off-rolled from school a year later – meaning
  he was removed from school"), "it is a ... and basically means that ..."
  (:func:`explained_by_meaning_after`), a noun phrase between two dashes after a short passive
  ("a biopsy is taken – a sample of tissue for analysis in the lab –",
  :func:`explained_by_dashes_after_a_passive`);
* plain words and ", or" before it, two examples or more after it ("a plastic tube, or cannula",
  "observations, including temperature and pulse"): :func:`other_names.renamed_after_or`,
  :func:`listed_explanations.followed_by_examples`; "or" and its everyday name after it, "a
  transient ischaemic attack (TIA) or mini stroke" (:func:`other_names.renamed_before_or`);
* an abbreviation after the words it stands for, written out without brackets: "the high
  dependency unit; ... on HDU" (:func:`spelt_out_earlier`);
* as lists and glossaries write them: "AAU: Acute Assessment Unit", "Mental Health Officer
  (MHO): this is ...", a heading line and a gloss on the next, a heading in capitals and its gloss
  on the same line, "CARE ORDER An order is made by the court ..." (:mod:`jargonfree.listed_explanations`,
  asked by :func:`explained_nearby`).

Most texts hold none of these: their :mod:`jargonfree.explanation_cues` say, from a few
substring tests of the whole text, which of the tests could succeed at all, so a term skips
the others.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .adjacent_explanations import GLOSS_OPENERS, explained_after
from .other_names import explained_by_apposition, renamed_after_or, renamed_before_or
from .condition_sentences import defined_by_a_condition
from .defining_sentences import defined_by_its_sentence
from .explaining_clauses import (
    CLAUSE_ENDS,
    PHRASES_AFTER,
    explained_by_opening_then_this_means,
    explained_by_this_means,
    explained_by_what_it_does,
    explained_by_where_or_when,
    explained_by_which,
    explained_by_who,
)
from .long_form_match import initials_long_form
from .document import Document
from .heading_explanations import heads_an_explained_line
from .later_explanations import defined_in_a_later_sentence, explained_after_another_name, explained_next
from .listed_explanations import (
    LINE_START_REACH,
    asked_about,
    followed_by_examples,
    glossed_after_its_short_form,
    heads_a_glossary_entry,
    heads_an_entry_in_capitals,
    named_in_full_after,
    spelt_out_after,
)
from .lazy_patterns import lazy_pattern

# -- explanations that come just after a term ----------------------------------------------

# "a statutory service, which means ...": the explanation follows the noun the term describes.
_GLOSS_AFTER_NOUN = lazy_pattern(
    r"(?:[ \t]+[a-z][a-z-]*){1,2}(?:" + "|".join(re.escape(opener) for opener in GLOSS_OPENERS) + ")",
)


# "NHS Continuing Healthcare Funding (the funding that pays for care home fees)", "Domiciliary
# care (care in your own home)": the bracket after the noun explains the phrase the term starts,
# when it opens with an article or with that noun again. A bracket that opens otherwise gives a
# reference or a reason: "a key AMHP function (Mitchell 2022; ...)", "the interim accommodation
# duty (because there is reason to believe ...)".
_NOUN_BEFORE_BRACKET = lazy_pattern(r"(?:[ \t]+[A-Za-z][a-z-]*){1,2}(?=[ \t]*\((?P<first>[a-z]+|i\.?e\.?,?)\s)")
# The first words of a bracket that explains: an article, "ie." ("the interventional
# radiology department (ie. where they do CT and MRI scans)") or "meaning" ("a congenital
# condition (meaning it's present at birth)").
_ARTICLES = frozenset({"the", "a", "an", "ie", "ie.", "ie,", "ie.,", "i.e.", "i.e.,", "i.e", "meaning"})


def explained_after_noun(text: str, end: int) -> bool:
    """True if a describing term ("statutory") is followed by its noun and then ", which means"."""
    return _GLOSS_AFTER_NOUN.match(text, end, end + 60) is not None


# "He was off-rolled from school a year later – meaning he was removed from school and forced to
# learn at home": a term that says what was done to someone, a few words of where or when, then
# ", meaning" or a dash and "meaning" and the same said plainly, what was done to them (session
# 27). Not what followed from it: "He was sectioned last week, meaning he can't come home" (a
# form of "be" and a doing word done to them must follow, "was removed", "is kept").
_BE_BEFORE = (" was ", " were ", " is ", " are ", " been ", " being ", " be ", " get ", " got ", " gets ")
_MEANING_RESTATES = lazy_pattern(
    r"(?:[ \t]+[a-z0-9]+){0,6}?(?:,|[ \t]+[-\u2013\u2014])[ \t]+meaning[ \t]+(?:that[ \t]+)?"
    r"(?:he|she|they|you|it|the[ \t]+(?:child|person|patient|pupil)|someone)[ \t]+"
    r"(?:was|were|is|are|has[ \t]+been|have[ \t]+been|had[ \t]+been|will[ \t]+be|would[ \t]+be)[ \t]+"
    r"(?!(?:not|never|very|really|so|too|still|now|happy|upset|angry|fine|ok|okay)\b)[a-z]+(?:ed|en|ept|ent)\b"
)


# "It is a Deprivation of Liberty order and basically means that legally they can keep your mum
# safe": "it is a" the term, then "and means" what it is (session 27).
_IS_A_BEFORE = (" is a ", " is an ", " is the ", " was a ", " was an ", " was the ")
_AND_MEANS = lazy_pattern(r"(?:[ \t]+[a-z]+)?[ \t]+and[ \t]+(?:(?:basically|simply|essentially|just)[ \t]+)?means[ \t]+(?:that[ \t]+)?[a-z]")


# "Sometimes a biopsy is taken – a sample of tissue for analysis in the lab – the tissue is removed
# ...": the term, a short passive of what is done with it, then a noun phrase set apart by two
# dashes that says what it is (session 27). After "a" or "an" only: a kind of thing.
_A_BEFORE = (" a ", " A ", " an ", " An ", "\na ", "\nA ", "\nan ", "\nAn ")
_PASSIVE_OPENERS = (" is ", " are ", " may be ", " will be ", " can be ", " might be ")
_PASSIVE_THEN_DASHES = lazy_pattern(
    r"[ \t]+(?:is|are|may[ \t]+be|will[ \t]+be|can[ \t]+be|might[ \t]+be)[ \t]+(?:usually[ \t]+|often[ \t]+)?[a-z]+(?:ed|en)"
    # (Not a verdict, "– a bit painful –": a few words of amount or judgement, not all of VERDICTS,
    # so that the pattern stays small.)
    r"[ \t]+[-\u2013\u2014][ \t]+an?[ \t]+(?!(?:bit|lot|little|real|big|good|bad|great|nightmare|pain)\b)[a-z-]+[ \t]+[^-\u2013\u2014\n]{3,80}?[ \t][-\u2013\u2014][ \t]"
)


def explained_by_dashes_after_a_passive(text: str, start: int, end: int) -> bool:
    """True if "a" or "an", the term, "is" and a doing word done to it are followed by a noun
    phrase between two dashes: "a biopsy is taken – a sample of tissue for analysis in the lab –"."""
    if not text.startswith(_PASSIVE_OPENERS, end):
        return False  # (most terms: the quickest test first)
    return (text[max(0, start - 4) : start].endswith(_A_BEFORE) or start in (2, 3) and text[:start].rstrip() in ("A", "An")) and _PASSIVE_THEN_DASHES.match(text, end, end + 140) is not None


def explained_by_meaning_after(text: str, start: int, end: int) -> bool:
    """True if the term, after a form of "be", is followed within a few words by ", meaning" or
    "– meaning" and what was done to the person in plain words: "He was off-rolled from school a
    year later – meaning he was removed from school"; or after "it is a", by "and means" ("It is a
    Deprivation of Liberty order and basically means that ...")."""
    if text.find("mean", end, end + 120) == -1:
        return False  # (most terms: no "means" or "meaning" soon after)
    before = text[max(0, start - 10) : start]
    if before.endswith(_IS_A_BEFORE) and _AND_MEANS.match(text, end, end + 40) is not None:
        return True  # "It is a Deprivation of Liberty order and basically means that ..."
    return before.endswith(_BE_BEFORE) and _MEANING_RESTATES.match(text, end, end + 120) is not None


def noun_explained_in_brackets(text: str, end: int) -> bool:
    """True if the term is followed by one or two words and then a bracket that restates and
    explains them, as :func:`adjacent_explanations.explained_after` judges a bracket just after a term
    ("NHS Continuing Healthcare Funding (the funding that ...)")."""
    noun = _NOUN_BEFORE_BRACKET.match(text, end, end + 40)
    if noun is None:
        return False
    first, head = noun.group("first"), noun.group().split()[-1].lower()
    return (first in _ARTICLES or first == head or _restates_the_noun(text, noun.end(), head)) and explained_after(text, end, noun.end())


def _restates_the_noun(text: str, at: int, head: str) -> bool:
    """True if the bracket at ``at`` names the same noun again, after plainer words of its own,
    within its first six words: "cardiovascular disease (heart disease, stroke and related
    diseases)", "cognitive behavioural therapy (a talking therapy)" (session 25): the bracket
    says what kind of that thing the term is."""
    close = text.find(")", at, at + 160)
    words = [w.strip(",;.").lower() for w in text[text.find("(", at) + 1 : close].split()[:6]] if close != -1 else []
    return len(head) > 3 and any(w in (head, head + "s", head + "es") for w in words[1:])


# "a multidisciplinary team made up of social workers, psychiatrists and ...", "The NIASP is
# made up of members from ...", "Extra care housing schemes consist of self-contained flats",
# "Our multi-disciplinary team involves a group of professionals who ...", "a large
# multidisciplinary team comprising of medical staff, nursing staff, ...": what the term is made
# of says what it is. One lower-case word may stand between ("schemes"), not "and" ("... are
# haematological and are made up of ...").
_MADE_OF = lazy_pattern(
    r"(?:[ \t]+(?!and\b|or\b)[a-z]+)?,?[ \t]+(?:(?:is|are)[ \t]+)?"
    r"(?:made[ \t]+up[ \t]+of|consist(?:s|ing)?[ \t]+of|compris(?:es?|ing)(?:[ \t]+of)?|involves?[ \t]+a[ \t]+group[ \t]+of|is[ \t]+a[ \t]+group[ \t]+of"
    # "a multi-disciplinary team with a mix of speech and language therapist, psychiatrist, ...".
    # A list must follow: "with a mix of feelings" says nothing of who is in the team.
    r"|with[ \t]+an?[ \t]+(?:mix|mixture|combination)[ \t]+of(?=[^.\n]{3,80}(?:,|[ \t]and[ \t]))"
    # "a Safeguarding Adults Board with members from the Council, the Police and the NHS": who sits on it.
    r"|with[ \t]+members[ \t]+(?:drawn[ \t]+)?from(?=[^.\n]{3,80}(?:,|[ \t]and[ \t])))[ \t]"
    # Not a pointer to where the parts are listed: "a statement of purpose consisting of the matters
    # set out in Schedule 1" names no part (session 27).
    r"(?!(?:the[ \t]+)?(?:matters|information|items|things|details|particulars|requirements)[ \t]+(?:set[ \t]+out|listed|specified|described|mentioned)[ \t]+in\b)"
)


def explained_by_its_parts(text: str, end: int) -> bool:
    """True if what the term is made of follows it: "a multidisciplinary team made up of nurses,
    doctors and therapists", "The NIASP is made up of members from ..."."""
    return _MADE_OF.match(text, end, end + 60) is not None


# -- an abbreviation whose words the text has already written --------------------------------

#: How far back (characters) the words an abbreviation stands for count as written out.
SPELT_OUT_WINDOW = 1500


class _SpeltOut(NamedTuple):
    """How the words an abbreviation stands for may be written out (:func:`_spelt_out`)."""

    #: The glossary's plain words that spell the abbreviation, each as its list of words.
    spellings: tuple[tuple[str, ...], ...]
    #: The first word of each way of writing them, in small letters; () where one is not ASCII.
    #: Every match starts with one, so a text without any holds no match: a substring test
    #: first, since the pattern ignores case and is tried at every position.
    first_words: tuple[str, ...]


# The ways an abbreviation's plain words are written out, worked out the first time the
# abbreviation is met (an entry is a handful of strings: the key is the same for every use of it).
@lru_cache(maxsize=4096)
def _spelt_out(short: str, plain: tuple[str, ...]) -> _SpeltOut | None:
    """The glossary's plain words that spell ``short`` letter by letter ("high dependency unit"
    for HDU; the first words of a plain that goes on, see :func:`_spelling_words`), or None if
    no plain words spell it."""
    letters = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    spellings = tuple(tuple(words) for words in (_spelling_words(p, letters) for p in plain) if words)
    if not spellings:
        return None
    first_words = tuple(words[0].lower() for words in spellings)
    return _SpeltOut(spellings, first_words if all(w.isascii() for w in first_words) else ())


# The pattern is compiled only for an abbreviation whose plain words' first word the text holds
# before it: compiling one takes about as long as checking a short post, and most abbreviations
# never get that far (spelt_out_earlier's substring test turns them down).
@lru_cache(maxsize=4096)
def _spelt_out_pattern(spellings: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """A pattern for plain words written out (see :func:`_spelt_out`), in any capitals and with
    any ending on the last word ("Special Educational Needs and Disability" for SEND,
    "Community Psychiatric Nurses" for CPN)."""
    alternatives = []
    for words in spellings:
        *head, last = words
        stem = last[: max(4, len(last) - 3)]
        alternatives.append(r"\s+".join([*map(re.escape, head), re.escape(stem) + r"\w*"]))
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def _spelling_words(plain: str, letters: str) -> list[str]:
    """The first words of ``plain`` that spell ``letters`` by their initials ("Additional
    Learning Needs and Education Tribunal" of "Additional Learning Needs and Education Tribunal
    (Wales) Act 2018", for ALNET), or [] if no first words do."""
    words = plain.split()
    for k in range(2, len(words) + 1):
        if initials_long_form(letters, " ".join(words[:k])) == 0:
            return words[:k]
    return []


def spelt_out_earlier(text: str, start: int, short: str, plain: tuple[str, ...]) -> bool:
    """True if the abbreviation ``short`` at ``start`` comes after the words it stands for,
    written out in the text without brackets: "on the high dependency unit; the patients on
    HDU ...", "Community Psychiatric Nurses, CPNs". ``plain`` are its glossary plain words."""
    found = _spelt_out(short, plain)
    if found is None:
        return False
    low = max(0, start - SPELT_OUT_WINDOW)
    if found.first_words:
        before = text[low:start]
        # (In ASCII text, ignoring case is the same as comparing small letters.)
        if before.isascii() and not any(word in before.lower() for word in found.first_words):
            return False  # no first word of the spelt-out words before the abbreviation (most abbreviations)
    return _spelt_out_pattern(found.spellings).search(text, low, start) is not None


def explained_nearby(doc: Document, start: int, end: int, *, examples_explain: bool = True) -> bool:
    """True if the words around the term explain it: after the noun it describes, in the
    next sentence, in a sentence that defines it, in the answer to a question about it, or as
    a list or glossary writes it (its words after a short form, a gloss after its bracketed
    short form, the next line after a heading). Only the tests the text's cues
    (:attr:`jargonfree.document.Document.cues`, worked out once for all its terms) allow are
    tried. Examples after a formal word ("metrics such as waiting times"),
    or what it is made of ("if required, consisting of ..."), do not give the plainer word it
    needs: the caller says so with ``examples_explain``."""
    text, found = doc.text, doc.cues
    if (
        (found.glossed and (explained_after_noun(text, end) or explained_by_meaning_after(text, start, end)))
        or (found.which and explained_by_which(text, end))
        or (found.who and explained_by_who(text, start, end))
        or (text.startswith(CLAUSE_ENDS + PHRASES_AFTER, end) and explained_by_this_means(text, start, end))
        or (found.glossed and explained_by_opening_then_this_means(text, start, end))
        or (examples_explain and found.does and explained_by_what_it_does(text, start, end))
        or (found.bracketed and (noun_explained_in_brackets(text, end) or glossed_after_its_short_form(text, end)))
        or (found.renamed and renamed_after_or(text, start, end))
        or renamed_before_or(text, start, end)
        or explained_by_apposition(text, start, end)
        or explained_by_where_or_when(text, end)
        or (found.colon_or_dash and explained_by_dashes_after_a_passive(text, start, end))
        or (examples_explain and found.examples and followed_by_examples(text, end))
        or (examples_explain and found.parts and explained_by_its_parts(text, end))
        # After a colon or "stands for", or at the start of a line (the text's start, or after a line break).
        or ((found.stands_for or found.lines or start <= LINE_START_REACH or text.startswith(", ", end)) and spelt_out_after(text, start, end))
        or (found.lines and (heads_a_glossary_entry(text, start, end) or heads_an_explained_line(doc, start, end)))
        or ((found.lines or start <= LINE_START_REACH) and heads_an_entry_in_capitals(text, start, end))
        or named_in_full_after(text, start, end)
    ):
        return True
    sentence = doc.sentence_at(start)  # found once for the two tests that read it
    return (
        (found.next_sentence and (explained_next(doc, end, sentence) or explained_after_another_name(doc, start, end, sentence)))
        or defined_in_a_later_sentence(doc, start, end, sentence)
        or defined_by_its_sentence(doc, start, end, sentence)
        or defined_by_a_condition(doc, start, end, sentence)
        or (found.asked and asked_about(text, start, end))
    )
