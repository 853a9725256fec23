"""A section number belongs to the Act named with it.

The glossary explains bare section numbers of the care Acts ("section 136" of the Mental Health
Act, "section 42" of the Care Act). The same number names a different part of another Act:
"section 4 of the Mental Capacity Act", "MCA s.4" and "Under the Care Act, section 2" are not
the Mental Health Act's sections 4 and 2. So a match of a bare section entry is not taken in
the entry's sense when another Act's name stands straight after it (after "of" or "of the")
or straight before it (a comma may come between); a law that list does not have counts when
it is named in full straight after the number ("section 4 of the Immigration and Asylum Act
1999"). The Acts and their names are data (``jargonfree/data/acts.txt``); an entry's own Act
is the one its legislation.gov.uk source is from. (The legal-reference check still asks for plain words for the number.)

Where no Act stands next to the number, the sentence and the one before say which it is: a
number that refers back ("section 4 of the Act", "this Act's section 2") belongs to the Act
named last before it there, and a number that starts a sentence when that sentence and the
one before name one Act only belongs to that Act ("The Care Act 2014 changed this. Section 2
says ..." is the Care Act's section 2, not the Mental Health Act's; an Act named in passing in
the sentence of a number within it, "Unlike Care Act help, section 117 aftercare is free",
does not decide). :func:`act_of` says which.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import context
from ..data import read_list
from ..folding import fold_term
from .law_usage import DETAINED_LOOK, DETAINED_UNDER
from .subparts import after_the_list
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from ..document import Document
    from ..glossary import Glossary
    from ..glossary.model import Entry

# How far from the number another Act's name is looked for, in characters.
_LOOK = 80
# How far the sentence and the one before may reach, in characters, either side of the number.
_SENTENCES = 400
_SECTION = lazy_pattern(r"section \d+[A-Z]?(?:\(\d+\))?(?:/\d+)?")


@lru_cache(maxsize=1)
def acts() -> dict[str, tuple[str, ...]]:
    """Each Act's address on legislation.gov.uk (or a key of its own for an Act no entry is
    from) -> its folded names, longest first."""
    table: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(read_list("acts.txt")):
        address, _, names = line.partition(":")
        key = address.strip() if address.strip() != "-" else f"other-{number}"
        table[key] = tuple(fold_term(n) for n in names.split("|") if n.strip())
    return table


@lru_cache(maxsize=4096)
def own_act(entry: Entry, glossary: Glossary) -> str | None:
    """The Act whose section ``entry`` explains, if its term is a bare section number and one
    of its sources is that Act on legislation.gov.uk; else None."""
    if not _SECTION.fullmatch(entry.term):
        return None
    urls = [glossary.sources[s].url for s in entry.sources if s in glossary.sources]
    found = {key for key in acts() if any(f"legislation.gov.uk/{key}/" in url + "/" for url in urls)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _all_names() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """A pattern for any Act's name, one for a name just after a number, each name's Act, and
    the last words of the names (a quick test before the patterns: most text names no Act)."""
    names = sorted({n for ns in acts().values() for n in ns}, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    anywhere = re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")
    after = re.compile(rf"(?:\(\w{{1,4}}\)\s*)*(?:of\s+(?:the\s+)?)?(?P<name>{alternatives})(?![\w])")
    last_words = tuple(sorted({n.rsplit(" ", 1)[-1] for n in names}))
    return anywhere, after, {n: key for key, ns in acts().items() for n in ns}, last_words


def _names_in(folded: str) -> list[str]:
    """The Acts named in a folded stretch of text, in order."""
    anywhere, _, key_of, last_words = _all_names()
    if not any(word in folded for word in last_words):
        return []
    return [key_of[m.group()] for m in anywhere.finditer(folded)]


# A law acts.txt does not list, named in full straight after the number: "section 4 of the
# Immigration and Asylum Act 1999", "section 117 of the Renting Homes (Wales) Act 2016". Its
# capitalised name ends in Act, Order or Measure, after "of", "in" or "under" or before a year
# ("of the Act", with no name, refers back; "Section 37 Hospital Order" names no law). Not
# Regulations, unlike the other readers of data/law_name_ends.txt: act_of finds whose "section" a
# number is, and a section is a part of an Act, an Order or a Measure; regulations have regulations.
_LAW_NAME = (
    r"(?!The\b)\(?[A-Z][\w'’-]*\)?,?(?:\s+(?:\(?[A-Z][\w'’-]*\)?,?|and|of|for|from|the|on)|\([A-Z][\w'’-]*\))*\s+(?:Act|Order|Measure)\b"
)
_ANOTHER_LAW_AFTER = lazy_pattern(
    rf"\s*(?:\(\w{{1,4}}\)\s*)*(?:(?:of|in|under)\s+(?:the\s+)?{_LAW_NAME}|{_LAW_NAME}\s+\(?\d{{4}}\b)"
)


# The key act_of gives a law that acts.txt does not list: no entry is from it.
ANOTHER_LAW = "another-law"

# "section 4 of the Act", "under this Act", and before the number "the Act, section 4".
_BACK_AFTER = lazy_pattern(r"(?:\(\w{1,4}\)\s*)*(?:of|in|under)\s+(?:the|this)\s+act\b")
_BACK_BEFORE = lazy_pattern(r"\b(?:the|this)\s+act(?:'s|\u2019s)?\s*,?\s*$")


# "detained under Section 3, Section 37, Section 47": a person is detained under the Mental
# Health Act, so a section in that list is its, not the Children Act's section 47 (a child
# protection enquiry). Only where no Act is named: Scotland's and Northern Ireland's laws are named.
# (law_usage.DETAINED_UNDER: the same words tell that a bare number is a law's.)
_MENTAL_HEALTH_ACT = "ukpga/1983/20"


def act_of(doc: Document, start: int, end: int) -> str | None:
    """The Act (a key of :func:`acts`, or ANOTHER_LAW for a law named in full that acts.txt
    does not list) that the section number at ``[start, end)`` belongs to, as the words around it
    say: an Act named just after or just before it, the Act named last when
    it refers back ("of the Act"), or, for a number that starts a sentence, the one Act that
    sentence and the one before name; with none named, the Mental Health Act for a number a
    person is "detained under". None if they name no Act, or several and none next to the
    number."""
    named = _named_act_of(doc, start, end)
    if named is None and DETAINED_UNDER.search(doc.text, max(0, start - DETAINED_LOOK), start) is not None:
        return _MENTAL_HEALTH_ACT
    return named


def _named_act_of(doc: Document, start: int, end: int) -> str | None:
    """:func:`act_of` from the Acts the words around the number name."""
    anywhere, after, key_of, last_words = _all_names()
    end = after_the_list(doc.text, end)  # "section 9 and section 10 of the Mental Capacity Act"
    following = doc.folded_span(end, end + _LOOK).lstrip()
    if (m := after.match(following)) is not None:
        return key_of[m.group("name")]
    if _ANOTHER_LAW_AFTER.match(doc.text, end, end + _LOOK):
        return ANOTHER_LAW
    before = doc.folded_span(max(0, start - _LOOK), start).rstrip()
    before = before[:-1].rstrip() if before.endswith(",") else before
    if before.endswith(last_words):
        last = None
        for last in anywhere.finditer(before):
            pass
        if last is not None and last.end() == len(before):
            return key_of[last.group()]
    refers_back = _BACK_AFTER.match(following) is not None or _BACK_BEFORE.search(before) is not None
    if not refers_back and not doc.sentence_start_at(start):
        return _act_of_the_paragraph(doc, start, end)
    low, high = _sentence_and_the_one_before(doc, start, end)
    named = _names_in(doc.folded_span(low, start))
    if refers_back:
        return named[-1] if named else None
    named += _names_in(doc.folded_span(end, high))
    return named[0] if named and len(set(named)) == 1 else None


# A section number and nothing more: "section 2", "s.35(2)", "Sec 3", "S117".
_BARE_NUMBER = lazy_pattern(r"(?:[Ss]ections?|[Ss]ec[st]?\.?|[Ss]\.?)\s*\d+[A-Z]{0,2}(?:\s?\(\w{1,4}\))*")


# What a section gives, named straight after its number: "section 117 aftercare", "section 47
# enquiries", "section 12 approved doctor", "section 17 leave", "s117 as aftercare", "S117
# planning or funding".
_WHAT_IT_GIVES = lazy_pattern(
    r"(?:\s+(?:as|of|for|and|or|an?|the)){0,2}\s+(?:after-?care|enquir|inquir|investigation|accommodation|leave|approved|"
    r"doctor|report|order|warrant|assessment|agreement|certificate|review|notice|duty|duties|support|payment|detention|"
    r"patient|meeting|application|planning|fund)",
    re.I,
)


def _act_of_the_paragraph(doc: Document, start: int, end: int) -> str | None:
    """For a bare number inside a sentence: the one Act its paragraph names up to the end of that
    sentence. "The Children Act 1989 sets out parental responsibility, and under section 2 both
    parents have it" is the Children Act's section 2, not the Mental Health Act's. A word after
    the number that names what the section gives ("section 117 aftercare", "a section 47
    enquiry", "s.20 accommodation") says which it is: None then, and None where the paragraph
    names no Act or several."""
    if _BARE_NUMBER.fullmatch(doc.text, start, end) is None or _WHAT_IT_GIVES.match(doc.text, end) is not None:
        return None
    low, high = context.window(doc, start, end)
    named = set(_names_in(doc.folded_span(low, min(high, max(doc.sentence_at(start)[1], end)))))
    return named.pop() if len(named) == 1 else None


def _sentence_and_the_one_before(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span from the start of the sentence before the one at ``start`` to the end of the
    sentence at ``end`` (the sentence alone if it is the first), bounded to a few hundred characters."""
    sentences = doc.sentences
    i = bisect_right(sentences, (start, len(doc.text))) - 1
    low = sentences[i - 1][0] if i >= 1 else (sentences[i][0] if i >= 0 else 0)
    high = sentences[i][1] if i >= 0 and sentences[i][1] >= end else len(doc.text)
    return max(low, start - _SENTENCES), min(high, end + _SENTENCES)
