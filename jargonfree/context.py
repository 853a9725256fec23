"""The context a glossary rule looks at: the stretch of text around a match, and how much it is about care.

Two things decide whether an ambiguous term ("settled", "pt", "RC") counts:

* the *window*: the paragraph around the match (the text between blank lines), cut to
  :data:`REACH` characters either side, so "Her IMCA visits on Monday" sees the "DoLS" of
  the sentence before it, while a long page does not make every word near every other;
* the *domain*: how dense the window is in health and social-care words. The words are
  not a list written here: they are the words the glossary's own contributors gave as
  context (``only_near``) to many entries, plus every match of a glossary entry that needs
  no context at all. A care-heavy window lets an ambiguous term count even when none of
  its own context words is there ("CPN visit went well, pt settled"); a post about sport
  or shopping does not.

Why one module of over 300 lines: its three sections (the window and its care words, names
of organisations, explanations near a term) are the context rules a glossary match is judged
by. The explanations (:func:`named_after_explanation`, :func:`heads_a_gloss`, and everything
from "explanations that come just after a term" on: about 150 lines, and growing) are the
seam to split along next, into a module of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, NamedTuple

from .document import Document

from .folding import fold_term
from .spans import Span

#: How far the window reaches either side of a match, in characters, inside its paragraph.
REACH = 400
#: A context word counts as a care word when the glossary gives it as context to at least this many entries.
MIN_ENTRIES = 3
#: ... and is not an everyday word: a single word at least this common (Zipf scale,
#: wordfreq) says little about the topic ("people", "week", "team").
EVERYDAY_ZIPF = 5.15
#: A window is care-heavy with at least this many care signals ...
MIN_SIGNALS = 2
#: ... making up at least this share of its words.
MIN_DENSITY = 0.08

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def window(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of the paragraph around ``[start, end)``, cut to :data:`REACH` characters either side."""
    text = doc.text
    low = max(0, start - REACH)
    high = min(len(text), end + REACH)
    before = None
    for before in _BLANK_LINE.finditer(text, low, start):
        pass
    if before is not None:
        low = before.end()
    after = _BLANK_LINE.search(text, end, high)
    if after is not None:
        high = after.start()
    return low, high


def care_words(context_lists: Iterable[tuple[str, ...]], avoid_lists: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The folded words and phrases that signal care writing, from the glossary's context rules.

    A word counts when at least :data:`MIN_ENTRIES` entries give it in ``only_near``,
    fewer than half as many give it in ``not_near`` (so "child", a context word both ways,
    is left out of the signal), and, for a single word, it is rarer than
    :data:`EVERYDAY_ZIPF` in everyday English.
    """
    from .lexicon import zipf
    wanted: Counter[str] = Counter()
    avoided: Counter[str] = Counter()
    for phrases in context_lists:
        wanted.update({fold_term(p) for p in phrases})
    for phrases in avoid_lists:
        avoided.update({fold_term(p) for p in phrases})
    return frozenset(
        w
        for w, n in wanted.items()
        if w and n >= MIN_ENTRIES and 2 * avoided[w] < n and (" " in w or zipf(w) < EVERYDAY_ZIPF)
    )


#: The endings a care word may take and still count, as a context word of ``only_near`` does
#: ("placement" counts in "placements", "refer" in "referred"; see checks.senses).
_ENDINGS = ("s", "es", "d", "ed", "ing")


#: A care word takes endings only when it is at least this long: shorter ones are often
#: abbreviations written small ("send" for SEND would make "sends" a care word).
_MIN_STEM = 5


@lru_cache(maxsize=8)
def _with_endings(words: frozenset[str]) -> frozenset[str]:
    """``words`` and, for each word of :data:`_MIN_STEM` letters or more, the word with each of
    :data:`_ENDINGS`: a token is a care word if it is in this set (one look-up a token)."""
    return words | {w + e for w in words if len(w) >= _MIN_STEM for e in _ENDINGS}


def care_signals(folded: str, words: frozenset[str], endings: bool = True) -> tuple[int, int]:
    """(care words and two-word care phrases in ``folded``, all words in it). A word counts
    with the endings a context word takes ("placements", "referred"), unless ``endings`` is
    false (the glossary's one-line examples, see glossary/index.py)."""
    tokens = _WORD.findall(folded)
    forms = _with_endings(words) if endings else words
    signals = sum(1 for t in tokens if t in forms)
    signals += sum(1 for a, b in zip(tokens, tokens[1:]) if f"{a} {b}" in words)
    return signals, len(tokens)


def care_heavy(signals: int, words: int) -> bool:
    """True if a window with ``signals`` care signals among ``words`` words is clearly about care."""
    return signals >= MIN_SIGNALS and signals >= MIN_DENSITY * words


# "This is known as an annual review", "which is called a care plan", "help to get your skills
# back is called reablement": the words before the term explain it. So do the words before
# "(also) known as" or "referred to as" wherever it stands ("intensive support also known as
# reablement", "help at home, known as reablement"; not "so-called"), and the noun of "a ...
# called a ..." ("an assessment called a care and support needs assessment", "a meeting
# called a case conference"). A bare "called" is not enough: "we called the crisis team" is
# a telephone call.
_NAMED = re.compile(
    r"(?:\b(?:this|that|it|which|these|they|what)\s+(?:is|are|was|were)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?"
    r"(?:known as|called|referred to as)"
    r"|\b(?P<verb>is|are)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?(?:known as|called|referred to as)"
    r"|(?<!so-)\b(?:known as|referred to as)"
    r"|\ban?\s+(?:[a-z-]+\s+){1,3}called(?=\s+an?\s))"
    r"\s+(?:an?\s+|the\s+)?[\"'\u201c\u2018]?"
    # The term may end the name: "called a care and support needs assessment".
    r"(?:(?!(?:of|to|the|for|before|after|with|by|in|on|at|from)\s)[a-z-]+\s+){0,4}$",
    re.IGNORECASE,
)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+)?$")
_WORD_BEFORE = re.compile(r"([A-Za-z']+)\s+$")
# Who "is called" something is labelled, not named: "she is called lazy", "John is called ...".
_PERSONS = frozenset({"i", "you", "he", "she", "we", "who", "i'm", "you're", "he's", "she's", "we're"})
# Capitalised words before "is called" that name a thing: "This is called ...".
_NAMING_PRONOUNS = frozenset({"this", "that", "it", "which", "these", "they", "what", "those"})


def named_after_explanation(text: str, start: int) -> bool:
    """True if the term at ``start`` is named after its explanation ("This is known as an annual
    review", "intensive support also known as reablement"). It can be only where the text's
    :func:`cues` are ``named``: the caller asks that first, once a text."""
    m = _NAMED.search(text, max(0, start - 90), start)
    if m is None:
        return False
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


def heads_a_gloss(text: str, start: int, end: int) -> bool:
    """True if the term starts a line and a colon follows it, as in a glossary:
    "Emergency Detention Certificate: this power allows ..." ."""
    return text.startswith(":", end) and _LINE_START.search(text, max(0, start - 8), start) is not None


# -- names of organisations --------------------------------------------------------------

#: The last word of an organisation's name written in Title Case ("the National Self-directed
#: Support Collaboration", "the Children's Hearings System"): a glossary term inside such a
#: name is part of the name, not jargon the writer used (names are not flagged).
ORGANISATION_HEADS = frozenset(
    "Agency Alliance Association Authority Board Collaboration Collaborative College Commission "
    "Committee Council Department Directorate Executive Federation Forum Foundation Inspectorate "
    "Institute Network Office Partnership Society System Trust".split()
    # A nation's name ends many bodies' names: "Healthcare Improvement Scotland", "Social Care Wales".
    + "Administration Scotland Wales Cymru NI".split()
)
# Small words that may sit inside a Title Case name: "Health and Social Care Board".
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "in", "on", "&"})
# What follows a match inside a name, before the organisation word: the rest of its word, then
# any joining words, then a capitalised word, with nothing but spaces between (see _joined and
# _may_continue: "A&E" is three words joined). Most matches fail this: "UTI for everyone".
_NAME_GOES_ON = re.compile(r"[\w'\u2019-]* *(?:(?:" + "|".join(map(re.escape, sorted(_NAME_JOINERS))) + ") *)*[A-Z]")
_NAME_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|&")


def _name_words(text: str, low: int, high: int) -> list[re.Match[str]]:
    return list(_NAME_WORD.finditer(text, low, high))


def _is_title_word(word: str) -> bool:
    return word[0].isupper()


def inside_a_name(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` lies inside, and is not the whole of, a Title Case name of an
    organisation: a run of three or more capitalised words (small joining words allowed) on
    one line whose last word is an organisation word such as Board, Trust or Collaboration."""
    if not _is_title_word(text[start:end] or "a"):
        return False
    if text[start:end].rsplit(None, 1)[-1] not in ORGANISATION_HEADS and _NAME_GOES_ON.match(text, end) is None:
        return False  # the name would have to go on after the match to reach its last word (most matches: quick)
    low, high = max(0, start - 120), min(len(text), end + 120)
    line_low = text.rfind("\n", low, start) + 1 or low
    line_high = text.find("\n", end, high)
    words = _name_words(text, max(low, line_low), high if line_high == -1 else line_high)
    # The word that holds the start of the match, then grow the run both ways.
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end() or w.start() >= start), None)
    if at is None:
        return False
    first = last = at
    while last + 1 < len(words) and _joined(text, words[last], words[last + 1]) and _may_continue(words[last + 1].group()):
        last += 1
    while first > 0 and _joined(text, words[first - 1], words[first]) and _may_continue(words[first - 1].group()):
        first -= 1
    while last > at and words[last].group() not in ORGANISATION_HEADS:
        last -= 1  # "Betsi Cadwaladr University Health Board and Cwm Taf ...": the name ends at "Board"
    while first < at and not _is_title_word(words[first].group()):
        first += 1
    run = words[first : last + 1]
    if words[last].end() < end or words[last].group() not in ORGANISATION_HEADS:
        return False
    if sum(_is_title_word(w.group()) for w in run) < 3:
        return False
    return (run[0].start(), run[-1].end()) != (start, end)


def _joined(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    """True if only spaces part two words (a comma, full stop or bracket ends a name)."""
    return text[left.end() : right.start()].strip(" ") == ""


def _may_continue(word: str) -> bool:
    return _is_title_word(word) or word in _NAME_JOINERS


# -- explanations that come just after a term ----------------------------------------------

# "a statutory service, which means ...": the explanation follows the noun the term describes.
_GLOSS_AFTER_NOUN = re.compile(
    r"(?:[ \t]+[a-z][a-z-]*){1,2}(?:, which means |, meaning |, that is | [–-] this means |: this means )",
)
# "... a designated Named Person. This is an identified professional who ...": the next
# sentence says what the term is.
_GLOSS_NEXT = re.compile(
    r"\s*(?:This|That|They|These|He or she|This person|This role)\s+(?:is an?|are|means|is the person|is someone)\b"
)
#: A term counts as explained by the next sentence only when it ends its own sentence
#: (at most this many characters before the full stop: "available to them").
NEXT_SENTENCE_SLACK = 24


def explained_after_noun(text: str, end: int) -> bool:
    """True if a describing term ("statutory") is followed by its noun and then ", which means"."""
    return _GLOSS_AFTER_NOUN.match(text, end, end + 60) is not None


def explained_next(doc: Document, end: int, sentence: Span) -> bool:
    """True if the term ending at ``end`` ends its ``sentence`` and the next sentence explains
    it ("... a Named Person. This is a worker who ...")."""
    sentence_end = sentence[1]
    if sentence_end - end > NEXT_SENTENCE_SLACK or sentence_end >= len(doc.text):
        return False
    tail = doc.text[end:sentence_end]
    if "," in tail or ";" in tail:
        return False
    return _GLOSS_NEXT.match(doc.text, sentence_end, sentence_end + 40) is not None


# "A deprivation of liberty is when ...", "The nearest relative is a family member who ...":
# a sentence that starts with the term and says what it is. Public pages explain terms so.
# "NHS Continuing Healthcare is a package of care arranged and funded by the NHS",
# "Continuing healthcare is care paid for by the NHS": what it is, then who gives or pays for it.
_GIVEN = r"(?:arranged|funded|paid|provided|given|run|offered|delivered|designed|made|used|led|set up|carried out)"
_DEFINING = re.compile(
    r"\s+(?:is|are|means)\s+(?:when|where|if|someone|somebody|a person|people|the (?:name|word|term) for"
    r"|an?\s+(?:type|kind|form|sort)\s+of\b"
    r"|an?\s+(?:[\w'-]+,?\s+){0,6}?(?:who|that|which|where|when|to|for|" + _GIVEN + r")\b"
    r"|(?:[\w'-]+\s+){1,3}?" + _GIVEN + r"\s+(?:for|by|to|in|at|with)\b)",
    re.IGNORECASE,
)
# Before the term, only an article or a possessive, then at most one abbreviation that starts
# the name ("NHS Continuing Healthcare is ...").
_SENTENCE_OPENING = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[A-Z]{2,5}\s+)?$")
# "What is a deprivation of liberty?", "What does 'reablement' mean?": a question the text answers.
_ASKED = re.compile(r"(?:what|who)\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?[\"'\u2018\u201c]?$", re.IGNORECASE)
_ASKED_END = re.compile(r"[\"'\u2019\u201d]?\s*(?:mean\s*)?\?")


def defined_by_its_sentence(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """True if ``sentence`` starts with the term at ``[start, end)`` and goes on to say what it
    is ("A deprivation of liberty is when a person ...")."""
    if _DEFINING.match(doc.text, end, end + 80) is None:
        return False  # what follows does not say what it is (most terms: the quicker test first)
    opening = doc.text[sentence[0]:start].lstrip(" \t\n\"'\u2018\u201c-*\u2022")
    return len(opening) <= 12 and _SENTENCE_OPENING.fullmatch(opening) is not None


def asked_about(text: str, start: int, end: int) -> bool:
    """True if the term is the subject of a question such as "What is a deprivation of liberty?"."""
    # The end of the question first: a quick look at a few characters, and most terms fail it.
    return (
        _ASKED_END.match(text, end, end + 8) is not None
        and _ASKED.search(text, max(0, start - 20), start) is not None
    )


class Cues(NamedTuple):
    """Which ways of explaining a term nearby a text could hold at all, from a few substring
    tests of the whole text (see :func:`cues`): a term skips the tests whose words are not there."""

    named: bool  # "known as", "called", "referred to as" (named_after_explanation)
    glossed: bool  # ", which means", ", meaning", ", that is", "this means" (explained_after_noun)
    next_sentence: bool  # "This", "That", "They", "These", "He or she" (explained_next)
    asked: bool  # "?" (asked_about)


def cues(text: str) -> Cues:
    """The :class:`Cues` of ``text``: each is False only where its test cannot succeed anywhere."""
    lower = text.lower()
    return Cues(
        named="called" in lower or "known as" in lower or "referred to as" in lower,
        glossed="mean" in text or ", that is " in text,
        next_sentence="This" in text or "That" in text or "They" in text or "These" in text or "He or she" in text,
        asked="?" in text,
    )


def explained_nearby(doc: Document, start: int, end: int, found: Cues) -> bool:
    """True if the words around the term explain it: after the noun it describes, in the
    next sentence, in a sentence that defines it, or in the answer to a question about it.
    ``found`` are the text's :func:`cues`, worked out once for all its terms."""
    text = doc.text
    if found.glossed and explained_after_noun(text, end):
        return True
    sentence = doc.sentence_at(start)  # found once for the two tests that read it
    return (
        (found.next_sentence and explained_next(doc, end, sentence))
        or defined_by_its_sentence(doc, start, end, sentence)
        or (found.asked and asked_about(text, start, end))
    )
