"""Uncommon words: words that are rare in everyday English, by word-frequency data (wordfreq).

A word is "uncommon" when it is not common enough for a lay reader at ``Settings.uncommon_zipf``
(:func:`jargonfree.rarity.common_enough`: word frequency, the word's stems, a higher bar for
medical and learned words, everyday words wordfreq counts as rare). Names (capitalised
words inside a sentence; at the start of a sentence, what :mod:`jargonfree.opening_names` takes
for a name: a UK place, the first word of a Title Case name, a person the sentence calls "she"
or "he", a word the text writes as a name elsewhere), all-capital words, words with digits and short words are left alone. Each word is reported once, as information: less serious than glossary jargon.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import chain
from typing import TYPE_CHECKING, Iterable

from .. import entry_words, firstuse, named_explanations, nearby_explanations, word_families
from ..opening_names import capitalised_words, is_a_name, named_elsewhere, starts_like_a_sentence
from ..rarity import common_enough
from ..adjacent_explanations import explained_after, explained_before
from ..listed_explanations import heads_a_gloss
from ..document import Document
from ..memo import Memo
from ..words import word_list
from ..glossary import Glossary
from ..report import Finding
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "uncommon"
#: How the text output names a finding of this kind.
LABEL = "uncommon word"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Uncommon word"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = False


class Memory(firstuse.Memory):
    """The words a long text's earlier chunks gave this check (see :mod:`jargonfree.firstuse`)."""

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        super().__init__(glossary, settings, keep_later_uses=keep_later_uses)
        #: Lower-cased words the check has already looked at.
        self.seen: set[str] = set()

    def still_new(self, finding: Finding, offset: int) -> bool:
        return finding.text.lower() not in self.seen

    def remember(self, doc: Document, raw: list[Finding], kept: list[Finding]) -> None:
        self.seen |= candidates(doc)


_MIN_LENGTH = 5
# Longer "words" are not words a reader meets (codes, keyboard mashing): left alone.
_MAX_LENGTH = 40

_TAG = lazy_pattern(r"^[#@]\w+")
_LETTER_RUN = lazy_pattern(r"[A-Za-z]{%d,}" % _MIN_LENGTH)


def _rare(doc: Document, threshold: float) -> set[str]:
    """The lower-cased words of the text the check could report: long enough, letters only,
    not all capitals, and rare.

    Works from the text's white-space-separated tokens (no word crosses white space), each
    looked up in a table of tokens seen before: no spans and no sentence positions. For
    most posts this is empty and the check ends here.
    """
    found = _verdicts(threshold).get_all(doc.tokens)
    return set(chain.from_iterable(found))


@lru_cache(maxsize=8)
def _verdicts(threshold: float) -> Memo[str, tuple[str, ...]]:
    """token as written -> the lower case of its words the check could report (one memo per threshold)."""
    return Memo(partial(_verdict, threshold=threshold), limit=100_000)


def _verdict(token: str, threshold: float) -> tuple[str, ...]:
    if token[0] in "#@":
        # A token that starts "#word" or "@word" starts with a protected hashtag or mention
        # (see protected.find_protected): its words are never reported.
        token = _TAG.sub("", token, count=1)
    # In ASCII, a word the check looks at is a run of five or more letters; the runs are
    # quicker to find than every word (the few that are not words are turned down later).
    words = _LETTER_RUN.findall(token) if token.isascii() else word_list(token)
    rare: list[str] = []
    for word in words:
        if _MIN_LENGTH <= len(word) <= _MAX_LENGTH and word.isalpha() and not word.isupper():
            lower = word.lower()
            if not common_enough(lower, threshold):
                rare.append(lower)
    return tuple(rare)


@lru_cache(maxsize=1024)
def _alternation(words: frozenset[str]) -> re.Pattern[str]:
    # Longest first, so "carers" is not found as "carer" and then turned down.
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _is_word(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is a whole word as WORD_RE splits words (a letter or an
    apostrophe between letters around it would make it part of a longer one)."""
    if start and (text[start - 1].isalnum() or (text[start - 1] in "'\u2019" and start > 1 and text[start - 2].isalnum())):
        return False
    n = len(text)
    return not (end < n and (text[end].isalnum() or (text[end] in "'\u2019" and end + 1 < n and text[end + 1].isalnum())))


def _spans_of(doc: Document, rare: set[str]) -> Iterable[tuple[int, int]]:
    """The word spans outside protected spans that may be one of the ``rare`` words, in order."""
    text = doc.text
    if not text.isascii():
        return doc.words
    # ASCII: lower-casing keeps offsets, and a search for the few rare words is much
    # quicker than making a span for every word.
    low = text.lower()
    return [
        m.span()
        for m in _alternation(frozenset(rare)).finditer(low)
        if _is_word(low, *m.span()) and not doc.is_protected(*m.span())
    ]


def is_candidate(doc: Document, start: int, end: int) -> bool:
    """True if the word at ``[start, end)`` is one the check looks at: 5 to 40 letters, not
    all capitals, and not capitalised inside a sentence (most likely a name)."""
    word = doc.text[start:end]
    if not _MIN_LENGTH <= len(word) <= _MAX_LENGTH or not word.isalpha() or word.isupper():
        return False
    return not (word[0].isupper() and not starts_like_a_sentence(doc, start))


def candidates(doc: Document) -> set[str]:
    """The lower-cased words of ``doc`` the check looks at, rare or not (each is reported at
    most once in a text, so a long text checked in chunks remembers them)."""
    text = doc.text
    return {text[start:end].lower() for start, end in doc.words if is_candidate(doc, start, end)}


# Letters joined to a word by a hyphen, before and after it: "pre-" + "eclampsia", "eclampsia" + "-like".
_JOINED_BEFORE = lazy_pattern(r"(?:[^\W\d_]+-)+$")
_JOINED_AFTER = lazy_pattern(r"(?:-[^\W\d_]+)+")


def hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole hyphenated word the word at ``[start, end)`` is part of
    ("eclampsia" in "pre-eclampsia"), or the word's own span."""
    if start and text[start - 1] == "-":
        joined = _JOINED_BEFORE.search(text, max(0, start - 40), start)
        if joined is not None:
            start = joined.start()
    if text.startswith("-", end):
        joined = _JOINED_AFTER.match(text, end, end + 40)
        if joined is not None:
            end = joined.end()
    return start, end


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """The first use of each rare word."""
    text = doc.text
    threshold = settings.uncommon_zipf
    rare = _rare(doc, threshold)
    if not rare:
        return []
    spans = list(_spans_of(doc, rare))
    # The rare words the text holds as words a reader reads: not the letters of "liaise'liaise"
    # nor a hashtag's, which ``rare`` may hold as well.
    held = {text[start:end].lower() for start, end in spans}
    seen: set[str] = set()
    capitalised: dict[str, list[int]] | None = None
    findings: list[Finding] = []
    for start, end in spans:
        if not is_candidate(doc, start, end):
            continue
        word = text[start:end]
        lower = word.lower()
        # One word in either number is one word: "ileostomy", then "ileostomies"; "Neutrophils
        # are ...", then "the neutrophil count" (the stems the text itself holds: "liaiser" and
        # "liaises" are two words when the text does not hold "liaise").
        forms = {lower, *(stem for stem in word_families.stems(lower) if stem in held)}
        if not seen.isdisjoint(forms):
            continue
        seen |= forms
        if common_enough(lower, threshold):
            continue
        if word[0].isupper():
            if is_a_name(text, start, end):
                continue  # a name at the start of a sentence or a list item
            if capitalised is None:
                capitalised = capitalised_words(text)  # (once a text, and only for such a word)
            if named_elsewhere(doc, start, end, capitalised):
                continue  # a name the text writes inside a sentence: "The court asks Cafcass ..."
        # An explanation is of the whole hyphenated word: "high blood pressure (pre-eclampsia)".
        whole = hyphenated(text, start, end)
        if "(" in text and explained_before(text, doc.sentences, *whole):
            continue  # the words before it explain it: "drugs to stop blood clots (anticoagulants)"
        found = doc.cues  # (worked out once a text, here only for a rare word that gets this far)
        if found.named and named_explanations.named_after_explanation(text, whole[0]):
            continue  # named after its explanation: "intensive support, also known as reablement"
        if (
            explained_after(text, *whole)
            or heads_a_gloss(text, *whole)
            or nearby_explanations.explained_nearby(doc, *whole)
            # A glossary word explained in the glossary's words: "Perinatal mental health refers to ...".
            or entry_words.explained_as_one_of(doc, *whole, glossary.senses(text[whole[0] : whole[1]]))
        ):
            continue  # the words after it explain it: "reablement, which is short-term help to ...", "• phlebotomist – a specialist who ..."
        if not word[1:].islower() and any(d.short == word for d in doc.definitions):
            continue  # an abbreviation the text spells out: "Mental Health Services (sCAMHS)"
        findings.append(
            Finding(
                start=start,
                end=end,
                text=word,
                kind=KIND,
                rule="uncommon/word",
                message=f"“{word}” is not an everyday word: is there a more common one?",
                severity="info",
            )
        )
    return findings
