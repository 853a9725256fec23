"""Court cases named by their parties: "Williams v Hackney", "R (von Brandenburg) v East London and
City MH NHS Trust [2003] UKHL 58", "P v Cheshire West and Chester Council & Anor [2014] UKSC 19",
"Re X (Deprivation of Liberty)", and by a short name ("the Cheshire West case", "the Montgomery
ruling"). A reader who is not a lawyer cannot tell from the names what the
court decided, so the jargon check flags the name with the advice cases.py gives a citation: say
what the court decided. A name with its citation after it is left to the citation's finding
("Smith v Jones [2019] EWCA Civ 12" is one reference, flagged once).

A name counts only in a paragraph that speaks of courts or judgments ("the Court of Appeal
found", "judgment", "ruled", "case law"): "England v France" on a sports page, or "Home v Away" in a
table, is no court case. A name the text explains straight after it is left alone, as a
citation is.
"""

from __future__ import annotations

import re

from .. import context
from ..adjacent_explanations import explained_after
from ..data import read_set
from ..document import Document
from ..spans import Span
from .cases import CITATION
from ..lazy_patterns import lazy_pattern

# One party: capitalised words, with the small words of a name between them ("London Borough of
# Hackney", "Cheshire West and Chester Council & Anor"), or the Crown's "R (on the application
# of X)" / "R (X)". A party ends on a capitalised word; "for" joins words only after "State" ("Secretary
# of State for Health"), not "Tickets for Staff v Patients". A full stop stays in a word only before a
# letter ("St.Helens"), so a name at the end of a sentence does not run on into the next one.
_WORD = r"[A-Z][\w'’&-]*(?:\.(?=\w)[\w'’&-]*)*"
_PARTY = rf"(?:R\s*\((?:on the application of\s+)?[A-Za-z][^()]{{0,40}}\)|{_WORD}(?:\s+(?:(?:and|of|the|&|(?<=State\s)for)\s+)?{_WORD}){{0,7}})"
CASE_NAME = lazy_pattern(rf"(?<![\w'’])(?:{_PARTY})\s+vs?\.?\s+(?:{_PARTY})(?:\s+ex\s+(?:p\.?|parte)\s+{_WORD})?|\bRe\s+(?:[A-Z]{{1,3}}\b|{_WORD})(?:\s+\([A-Z][^()]{{0,40}}\))?")
# A case named by a short name and what it was: "the Cheshire West case", "the ‘Cheshire West case'",
# "the Montgomery ruling", "the Bournewood judgment". Not a court's or a body's own decision ("the
# Supreme Court judgment", "the Court of Appeal ruling", "the Council's case"): no word of the name
# may be one of those.
_SHORT_NAME = lazy_pattern(
    r"\bthe\s+(?:so-called\s+)?[‘'\"“]?(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})[’'\"”]?\s+(?:case|judg(?:e)?ment|ruling)\b"
)
# A word of "the Supreme Court judgment", "the Council's case" (data/not_a_cases_name.txt).
_NAME_WORD = lazy_pattern(r"[A-Z][\w']*")
# A capitalised word and the space after it: the front of a name, cut off while it is a word that
# opens a sentence ("In Williams v Hackney", "Yesterday Smith v Jones": data/case_name_openers.txt).
_FIRST_WORD = lazy_pattern(r"[A-Z][\w'’]*\s+")
# The words of a paragraph about courts: a name with "v" there is a case's.
# Not "appeal": a charity's "Christmas appeal" is no court ("Court of Appeal" has "court").
_ABOUT_COURTS = lazy_pattern(r"\b(?:courts?|judges?|judg(?:e)?ments?|ruled|rulings?|tribunals?)\b", re.I)
# A social worker's or a family's "case" ("the social worker for the Jones case"): a one-word
# name's "case" near these words is a person's, not a court's.
_A_PERSONS_CASE = lazy_pattern(r"\b(?:social\s+workers?|case\s*workers?|families|family)\b", re.I)
# A citation that follows the name: "Williams v Hackney [2018] UKSC 37" is flagged by its citation.
_CITATION_AFTER = lazy_pattern(rf"\s*,?\s*(?:{CITATION.pattern})")


def _may_name_parties(text: str) -> bool:
    return " v " in text or " vs " in text or " v. " in text or "Re " in text


def _may_give_a_short_name(text: str) -> bool:
    return " case" in text or "udg" in text or " ruling" in text


def _no_cases_name(name: str) -> bool:
    """True if a word of ``name`` is a court's or a body's ("Supreme Court", "Council's")."""
    words = read_set("not_a_cases_name.txt")
    return any(w.group() in words for w in _NAME_WORD.finditer(name))


def _after_openers(text: str, start: int, end: int) -> int:
    """Where a name found at ``start`` begins once the words that open its sentence are cut off."""
    openers = read_set("case_name_openers.txt")
    first = _FIRST_WORD.match(text, start, end)
    while first is not None and first.group().rstrip() in openers:
        start = first.end()
        first = _FIRST_WORD.match(text, start, end)
    return start


def may_name_a_case(text: str) -> bool:
    """True if ``text`` may name a case (a quick test before the patterns): a word of a court
    or a judgment in any capitals (every case's paragraph needs one, see _ABOUT_COURTS), then "v" between two
    names or a short name's word."""
    low = text.lower()
    if not ("court" in low or "judg" in low or "ruled" in low or "ruling" in low or "tribunal" in low):
        return False
    return _may_name_parties(text) or _may_give_a_short_name(text)


def case_names(doc: Document) -> list[Span]:
    """Spans of the court cases ``doc`` names by their parties or a short name, with no citation after them."""
    text = doc.text
    out: list[Span] = []
    for m in CASE_NAME.finditer(text) if _may_name_parties(text) else ():
        start, end = m.span()
        start = _after_openers(text, start, end)
        if start >= end or (" v" not in text[start:end] and not text.startswith("Re ", start)):
            continue
        if text.startswith("Re ", start) and _no_cases_name(text[start + 3 : end].split(" ", 1)[0]):
            continue  # an e-mail's "Re Court hearing on 4 May", not "Re X"
        low, high = context.window(doc, start, end)
        if _ABOUT_COURTS.search(text, low, high) is None:
            continue
        if _CITATION_AFTER.match(text, end) is not None or explained_after(text, start, end):
            continue  # the citation that follows is flagged (cases.py), or the text says what the case was
        out.append((start, end))
    for m in _SHORT_NAME.finditer(text) if _may_give_a_short_name(text) else ():
        start, end = m.span("name")
        if _no_cases_name(m.group("name")) or any(a <= start < b for a, b in out):
            continue
        low, high = context.window(doc, start, end)
        if not _about_courts_besides(text, low, high, start, m.end()):
            continue  # "the Easy Read ruling": the name's own "ruling" is no court word around it
        one_word_case = m.group().endswith("case") and " " not in m.group("name").replace("-", " ")
        if one_word_case and _A_PERSONS_CASE.search(text, low, high) is not None:
            continue
        out.append((start, m.end()))
    return sorted(out)


def _about_courts_besides(text: str, low: int, high: int, start: int, end: int) -> bool:
    """True if ``text[low:high]`` has a court's word outside the short name at ``start:end``."""
    return any(not start <= w.start() < end for w in _ABOUT_COURTS.finditer(text, low, high))


def is_a_case_name(surface: str) -> bool:
    """True if ``surface`` (a span :func:`case_names` gave) names a case, by its parties or by
    a short name and what it was ("Cheshire West case")."""
    return CASE_NAME.match(surface) is not None or _A_SHORT_NAMES_END.search(surface) is not None


_A_SHORT_NAMES_END = lazy_pattern(r"[’'\"”]?\s+(?:case|judg(?:e)?ment|ruling)$")
