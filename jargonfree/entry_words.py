"""Explanations seen the way a reader sees them: in the glossary's own words.

The other explanation modules (:mod:`jargonfree.nearby_explanations` and the modules it asks)
know explanations by their shape: a bracket, "which means", "is called", a defining sentence.
Shapes made from one text seldom fit the next. This test reads what an explanation *says*
instead: a term counts as explained when the words the text puts right after it share enough
content words with the glossary's own plain words and explanation for it (and so with the long
form of an abbreviation, which its plain words spell out).

"Right after it" means after a link that introduces an explanation, up to the end of the
sentence (after "is", "are" and the like, to the end of the first clause) (:data:`_LINK`): a
bracket ("Category 1 (life-threatening)"), a dash or a colon ("PDA - pathological demand
avoidance"), a comma ("MHOs, who are specialised social workers"), "is", "are", "means", "which
is", "refers to", "meaning". A verb or a comma counts only where the term opens its sentence, as
a defining sentence does, and "is" only before what a thing is, not a state ("is lower in ...",
"is late and ..."), a verdict ("is important that ...") or what happened to it ("was held with
police ..."). A bracket or the words after a dash must say it at once: one of their first two
words is the glossary's ("Your LPA - the bank said the legal document was not valid" is not a
gloss). The next sentence counts too: when the term ends
its sentence and the next says what "this" is, or when the term opens its sentence with a link
and the next opens with "This", "It", "They" or "These" ("Section 117 is the sore thumb of
community care legislation. It obliges councils ... to provide aftercare ...").

Content words are compared by their stems (:mod:`jargonfree.shared_words`: "checked" meets
"check" and "decisions" meets "decision"), leaving out the small words of English and the term's
own words: "Your LPA is a legal document" shares "legal" and "document" with "a legal document
that lets someone you trust make decisions for you"; "Your LPA must be registered before the bank will accept it" has no link and
is not read at all. Related words that do not explain ("The LPA was registered with the Office
of the Public Guardian") rarely share two of the plain words. Brackets that are asides ("(in
conjunction with ...)") or amounts ("(lasting up to 8 days)"), and what follows a law's name,
are not read.

Asked last by the jargon check, by the abbreviation check for a glossary abbreviation whose
senses all need context ("Your LPA is a legal document that ..."), and by the uncommon-word
check for a rare word that is a glossary term.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple, Sequence

from .document import Document
from .data import read_set
from .shared_words import WEAK, content_words, reference_words, small_words, word_keys, words_of
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from .glossary.model import Entry

__all__ = ["Overlap", "explained_as_one_of", "explained_in_entry_words", "may_be_explained", "may_follow", "overlap"]

#: How many content words an explanation must share with the glossary's words.
ENOUGH_SHARED = 2
#: How many content words are few enough for two shared words to say what a term is.
_FEW_WORDS = 3
#: How many words after the link are read (an explanation is said in the first few).
WINDOW_WORDS = 40

# What may introduce an explanation right after a term: a closing quote, then a bracket, a dash
# or colon, a comma before "which", "who" or an article, or a linking word. After "is", "are",
# "which is" and the like, :func:`_says_what_it_is` reads on.
_LINK = lazy_pattern(
    r"[’'\"”]?(?:"
    r"[ \t]*\((?P<bracket>[^()\n]{2,200})\)"
    r"|(?P<dash>[ \t]+[-–—][ \t]+|[ \t]*[–—][ \t]*|:[ \t]+)"
    # (One or two words of the noun the term describes may come first: "An HbA1c blood test is a test ...".)
    r"|(?P<noun>(?:[ \t]+[a-z][a-z-]+){0,2}),?[ \t]+(?:(?P<relative>which|who|that)[ \t]+)?(?P<verb>is|are|was|were|means|refers[ \t]+to|stands[ \t]+for)[ \t]+"
    r"|(?P<comma>,[ \t]+(?=(?:an?|the)[ \t]))"
    r"|,?[ \t]+meaning[ \t]+(?=(?:an?|the|you|your|they|their|it|its|he|she|we|someone|people)\b)"
    r")"
)
# After "is" or "are", what a thing is: an article or a question word ("is a legal document",
# "is where ..."), or words that are not small words ("are specialised social workers"). Not a
# small word ("is not", "are to"), nor a verb's form before a small word or a stop ("is
# required to", "are involved in", "is paid, regardless of ...": what happens to it).
_WHAT_IT_IS = lazy_pattern(r"(?:an?|the|where|when|how|what|someone|something|one|about)\b|(?P<word>[a-z-]+)(?:[ \t]+(?P<next>[a-z]+))?")


def _says_what_it_is(text: str, at: int) -> bool:
    """True if the words at ``at`` (after "is", "are", ...) can say what the term is."""
    found = _WHAT_IT_IS.match(text, at)
    if found is None:
        return False
    word = found.group("word")
    if word is None:
        return True
    small = small_words()
    if word in small or word in _NOT_WHAT:
        return False
    following = found.group("next")
    if word.endswith(("ed", "ing")) or word in _PARTICIPLES:
        return following is not None and following not in small
    # "It is important that ...", "is free to ...", "is lower in the family court": a judgement
    # of something else, or how it stands. A word on its own says what a thing is only as part of
    # a noun ("are specialised social workers"), not as a state ("is late and ...", "is
    # unavailable so ...").
    return following is not None and following not in read_set("function_words.txt") and following not in _AFTER_A_JUDGEMENT


# The next sentence says what "it" is: "... community care legislation. It obliges councils ...".
_PRONOUN_OPENING = lazy_pattern(r"(?:This|It|They|These)[ \t]+(?:is|are|means|was|were)[ \t]+")
_PRONOUN = lazy_pattern(r"(?:This|It|They|These)\b")


# A quick test before the patterns, for most terms (followed by a space and a word that is no
# link): a link may open here (after one or two words of the term's noun), or a pronoun that may
# open the next sentence is near.
_QUICK_LINK = lazy_pattern(r"[’'\"”]?(?:[,(:\-–—]|[ \t]+(?:[-–—(]|(?:[a-z][a-z-]+,?[ \t]+){0,2}(?:is|are|was|were|means|refers|stands|meaning|which|who)[ \t]))")


def may_follow(text: str, end: int) -> bool:
    """True if words that may explain a term can follow it at ``end``: a quick test, true for
    few terms, before :func:`explained_in_entry_words`."""
    if _QUICK_LINK.match(text, end) is not None:
        return True
    head = text[end : end + 60]
    return "This " in head or "It " in head or "They " in head or "These " in head


# The same, found from the term's end without the sentences.
_NEXT_SAYS_WHAT = lazy_pattern(r"[^.!?\n]{0,40}[.!?][’'\"”)]?\s+(?:This|It|They|These)[ \t]+(?:is|are|means|was|were)[ \t]")
_TO_BE = frozenset({"is", "are", "was", "were"})
# A small word that ties the term to a noun before it: "(referral) to MARAC is ...".
_AFTER_A_WORD_BEFORE = lazy_pattern(r"\b(?:to|for|of|in|on|at|by|from|with|under|about|into|than|and|or)[ \t]+[’'\"“‘]?$", re.IGNORECASE)
# How much or how well, not what: "CAMHS were better funded".
_NOT_WHAT = frozenset({"better", "worse", "more", "less", "still", "now", "never", "always", "already", "due", "likely"})
_AFTER_A_JUDGEMENT = frozenset(
    {"that", "to", "for", "if", "because", "in", "on", "at", "than"}
    # Words that join a clause: "is invalid since ...", "is late and ...".
    | {"and", "but", "or", "so", "since", "as", "until", "unless", "while", "when", "though", "although", "yet"}
)
# Verbs' forms without "-ed" ("An IRD was held with police ...", "An RHI was done after ..."):
# what happened to it, like "was required to".
_PARTICIPLES = frozenset(
    "done made held given taken seen kept set put sent told found paid led run written brought"
    " left got known shown built split cut heard met sold spent".split()
)
# A number in the first words says how long or how much, not what: "an Emergency Protection
# Order (lasting up to 8 days)", "is a score of 17 or more".
_AMOUNT = lazy_pattern(r"(?:\S+\s+){0,3}\S*\d")
_LEGAL_REFERENCE = lazy_pattern(r"(?:section|s\.|article|regulation|schedule|part)[ \t]*\d", re.IGNORECASE)
_ARTICLES = frozenset({"a", "an", "the"})
# The start of a sentence, up to a term that opens it: quotes, a bullet, an article or "your".
_OPENS_ITS_SENTENCE = lazy_pattern(r"[\W_]*(?:(?:the|an?|your|our|their|his|her|my|this|these|each|every)[ \t]+)?[’'\"“‘]?", re.IGNORECASE)
# Where the first clause after "is" or "are" ends ("is the council's worst failure: the adult was ...").
_CLAUSE_END = lazy_pattern(r"[,;:]|[ \t][-–—][ \t]")
# A law's name ends with its year ("the ALNET Act 2018: a child ... has ALN if ..."): what
# follows it is what the law says, not what it is.
_LAW_NAME = lazy_pattern(r".*\b(?:1[89]|20)\d\d\)?$")
#: How near (characters) the end (or, explained there, the start) of its sentence a term stands
#: for the next sentence to be about it.
_EDGE = 40

def _window(doc: Document, start: int, end: int) -> tuple[str, bool] | None:
    """The words the text puts right after the term, from a bracket, dash, colon or linking
    word to the end of the sentence (with the next sentence when it is about the term), and
    whether they are a gloss (a bracket, or after a dash or colon); None if no link follows."""
    text = doc.text
    if not may_follow(text, end):
        return None
    link = _LINK.match(text, end)
    if link is None and not _NEXT_SAYS_WHAT.match(text, end):
        return None  # (most terms: no link, and no "This is ..." just after their sentence)
    if link is not None and link.group("bracket"):
        bracket = link.group("bracket")
        if not bracket.split():
            return None  # "The AMHP (  ) came": an empty bracket says nothing
        first = bracket.split(None, 1)[0].lower()
        # An aside ("the RC (in conjunction with another professional)") or an amount ("(lasting up to 8 days)").
        if _AMOUNT.match(bracket) or (first in small_words() and first not in _ARTICLES):
            return None
        return bracket, True
    if link is not None and link.group("comma") and _LEGAL_REFERENCE.match(text, start, end):
        # "a section 41 school, an independent school ... approved by the Secretary of State":
        # what the school is, not what the law's section is.
        link = None
    if link is not None and link.group("noun") and any(w in small_words() for w in link.group("noun").split()):
        link = None  # "LPA must be registered": a small word is no part of the term's noun
    if link is not None and link.group("noun") and link.group("relative"):
        link = None  # "The AMHP visited grandad who is a patient ...": "who" is about grandad
    if link is not None and link.group("verb") and (
        _AFTER_A_WORD_BEFORE.search(text, max(0, start - 12), start) or (link.group("verb") in _TO_BE and not _says_what_it_is(text, link.end()))
    ):
        # "referral to MARAC is a score of 17 or more": the sentence is not about the term.
        link = None
    sentence_start, sentence_end = doc.sentence_at(start)
    if link is not None and (link.group("verb") or link.group("comma")) and not _OPENS_ITS_SENTENCE.fullmatch(text, sentence_start, start):
        # "We were told the nearest relative is a family member who can help", "We had respite
        # care, a short break last year": what the sentence says of a term inside it is not
        # what the term is. A defining sentence opens with the term.
        link = None
    said = text[link.end() : max(link.end(), sentence_end)] if link is not None else ""
    if link is not None and link.group("verb"):
        # "IMs are proud of their Independent status, and see it as ...": what a thing is, is
        # said before the first comma; what comes after is about something else.
        said = _CLAUSE_END.split(said, 1)[0]
    # The next sentence is about the term when the term ends its sentence and it says what
    # "this" is ("... have a Named Person. This is a worker who ..."), or when the term opens
    # its sentence and is explained there ("Section 117 is the sore thumb of ... It obliges
    # councils ...").
    i = bisect_left(doc.sentences, (sentence_end, -1))
    if i < len(doc.sentences) and doc.sentences[i][0] - sentence_end <= 3:
        following = doc.sentences[i]
        what = _PRONOUN_OPENING.match(text, following[0])
        if sentence_end - end <= _EDGE and what is not None and _says_what_it_is(text, what.end()):
            said += " " + text[what.end() : following[1]]
        elif link is not None and start - sentence_start <= _EDGE and _PRONOUN.match(text, following[0]):
            said += " " + text[following[0] : following[1]]
    said = " ".join(said.split()[:WINDOW_WORDS])
    if not said or _AMOUNT.match(said):
        return None
    return said, link is not None and link.group("dash") is not None


class Overlap(NamedTuple):
    """What the words right after a term share with the glossary's words for it."""

    #: Lemmas of the glossary's plain words the text's words share.
    plain: tuple[str, ...]
    #: Lemmas of the plain words and explanation together the text's words share.
    shared: tuple[str, ...]
    #: How many content words the text's words after the term hold.
    said: int
    #: True if the words are a short bracket or the words after a dash or colon.
    gloss: bool
    #: True if one of the first two content words is the glossary's: a gloss says what a thing is
    #: at once ("PDA - pathological demand avoidance"), not at the end of a clause about something
    #: else ("Your LPA - the bank said the legal document was not valid").
    leads: bool


def may_be_explained(doc: Document, start: int, end: int) -> bool:
    """True if words that may explain it follow the term at ``start``-``end`` (a test for
    callers that must look the term's entries up first, which costs more)."""
    return _window(doc, start, end) is not None


def overlap(doc: Document, start: int, end: int, term_words: tuple[str, ...], plain: tuple[str, ...], explanation: str) -> Overlap | None:
    """What the words right after the term at ``start``-``end`` share with the glossary's
    ``plain`` words and ``explanation`` for it, or None if no link to an explanation follows the
    term. ``term_words`` (the term, its forms) are left out on both sides."""
    window = _window(doc, start, end)
    if window is None:
        return None
    said, gloss = window
    leave_out = frozenset(w.lower() for phrase in term_words for w in words_of(phrase))
    words = content_words(said, leave_out)
    found = frozenset().union(*(word_keys(w) for w in words))
    plain_words = " ".join(plain)
    reference = reference_words(plain_words + " " + explanation, leave_out)
    # The first two words that hold content, a hyphenated word being one ("time-limited, short-term ...").
    leading = [found_words for found_words in (content_words(token, leave_out) for token in said.split()) if found_words][:2]
    first = frozenset().union(*(word_keys(w) for token_words in leading for w in token_words))
    return Overlap(
        plain=tuple(w for w, keys in reference_words(plain_words, leave_out) if keys & found),
        shared=tuple(w for w, keys in reference if keys & found),
        said=len(words),
        gloss=gloss,
        leads=any(keys & first for _, keys in reference),
    )


def explained_in_entry_words(doc: Document, start: int, end: int, term_words: tuple[str, ...], plain: tuple[str, ...], explanation: str) -> bool:
    """True if the words right after the term say what the glossary says it is: they share
    two content words with its plain words and explanation (words common in the glossary count
    half, :data:`jargonfree.shared_words.WEAK`); or, of few words, most are the glossary's ("MHOs, who are specialised
    social workers"); or they are a short gloss in brackets or after a dash (three content
    words at most) that shares a plain word, not one of the common ones ("Category 1
    (life-threatening)"). Not after a law's name ("the ALNET Act 2018: a child ... has ALN if")."""
    found = overlap(doc, start, end, term_words, plain, explanation)
    if found is None or _LAW_NAME.match(doc.text, start, end) or (found.gloss and not found.leads):
        return False
    weight = sum(0.5 if w in WEAK else 1 for w in found.shared)
    if weight >= ENOUGH_SHARED:
        return True
    # Few words, most of them the glossary's: "MHOs, who are specialised social workers".
    if len(found.shared) >= ENOUGH_SHARED and found.said <= _FEW_WORDS:
        return True
    short_gloss = found.gloss and 0 < found.said <= 3
    return short_gloss and any(w not in WEAK for w in found.plain)


def explained_as_one_of(doc: Document, start: int, end: int, senses: Sequence[Entry]) -> bool:
    """True if the words after the term at ``start``-``end`` say what one of ``senses`` (its
    glossary entries, which the caller has looked up) is, by :func:`explained_in_entry_words`.
    False at once for a word that is no term (no senses): most rare words, for the uncommon
    check, which asks before it looks for the words after the word."""
    return (
        bool(senses)
        and may_be_explained(doc, start, end)
        and any(explained_in_entry_words(doc, start, end, (entry.term, *entry.forms), entry.plain, entry.explanation or "") for entry in senses)
    )
