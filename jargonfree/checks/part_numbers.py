"""The shapes of the numbered parts of a law, and where a text may hold them: "section 22",
"Part II", "sections 7 to 10", "section thirty-five", "s.17", "Reg 44", "the 2014 Act", with
the shapes of subparts.py (a part numbered in brackets), cases.py (a court case's citation)
and instruments.py (regulations cited by number). Which of them are a law's is sections.py's.
"""

from __future__ import annotations

import re

from .cases import CITATION, may_cite_a_case
from .instruments import instruments, may_cite_an_instrument
from .subparts import BRACKETED_PART, may_cite_a_bracketed_part
from ..data import read_alternatives, read_list
from ..lazy_patterns import lazy_pattern

# "section 22", "Part 2", "Article 115", "Part II": a numbered part as text writes it.
# A number may carry letters ("section 13ZA", "Schedule A1") and subsections ("5(2)"); the
# plural takes a range, a pair or a list ("sections 7 to 10", "sections 2 and 3", "sections
# 14, 17 and 18").
_NUMBER = r"(?:\d+(?:\.\d+)?[A-Z]{0,2}(?:\s?\(\d{1,3}[A-Z]?[a-z]?\)(?:\([a-z]{1,4}\))*)*|[A-Z]{1,2}\d{1,2}\b)"
# A number written in words, as posts write it: "section two", "Section Three", "section
# thirty-five". Only counts where a law is named or the words around use it as one (see
# sections.unmatched_parts): "section two of this leaflet", "Part One: your details" are a text's own.
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUMBER = (
    rf"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNITS}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS})\b"
)
# A Practice Direction may carry its short form before its number: "Practice Direction (PD) 9A".
# A court's rule written short has a dot and a numbered part: "r.3.4", "CPR r.12.3(2)", "rr.3.1"
# (sections.py counts it where a court or a law is named, as it does "rule 3").
# A paragraph's own number may be glued to a capitalised part when a page is copied:
# "24.17.5Section 127 provides ...", "4.Article 8 ...".
# Every match starts with the first letter of one of its words for a part, which the look-ahead
# asks first: the engine tries the pattern at every position of the text, and at most positions
# this one test fails where the word boundary and every word would be tried (on bench posts that
# cite a law, a third of the time).
SECTION_NUMBER = lazy_pattern(
    r"(?=[SsPpAaRrCc])(?:\b|(?<=\d)(?=[A-Z]))(?:(?:[Ss]ections?|Sec(?:t|s|ts)?|[Pp]arts?|Pts?|[Aa]rticles?|[Ss]chedules?|Sch(?:ed)?s?|[Rr]egulations?|[Cc]hapters?|[Pp]aragraphs?|[Pp]aras?|[Cc]lauses?|[Rr]ules?)\s+"
    r"|(?:Sec(?:t|s|ts)?|[Pp]aras?|[Aa]rts?|Pts?|Sch(?:ed)?s?)\.\s*|[Aa]rts?\s+(?=\d)|[Ss]ection(?=\d)|Practice Directions?\s+(?:\(PDs?\)\s*)?|PD\s?(?=\d{1,2}[A-Z]{1,2}\b)|rr?\.\s?(?=\d{1,2}\.\d))"
    rf"(?:{_NUMBER}(?:(?:\s*,\s*{_NUMBER})*\s*,?\s+(?:and|or)\s+{_NUMBER}|\s*(?:-|–|to|and)\s*{_NUMBER})?|[IVX]{{1,5}}\b(?![’'])"
    rf"|(?P<words>{_WORD_NUMBER}(?:\s*,?\s+(?:and|or|to)\s+{_WORD_NUMBER})?))"
)
# "s.17", "s47", "ss.2-3", "S20": a section written short is always a part of a law (nobody
# writes a leaflet's section so). Not after a letter, digit or apostrophe ("it's 3", "7s"),
# and a capital S takes no capital letters after its number ("S4C" is a television channel),
# one small letter at most ("a S117a qualifying section"). A
# capital "S3" is a school year in Scotland too: it counts only where a law is named or
# the words around use it as one ("under S20"), as "Section 3" does.
SHORT_SECTION = lazy_pattern(
    r"(?<![\w'’.&/-])(?:ss?\.?\s?\d{1,3}[A-Z]{0,2}|S\.?\s?\d{1,3}(?:[a-z](?![a-z]))?)(?:\s?\(\d{1,3}[A-Z]?[a-z]?\)(?:\([a-z]{1,4}\))*)*"
    r"(?:\s*(?:-|–)\s*\d{1,3})?(?![\w/%])"
)
# (An "s" and an "S" are looked for apart: a pattern that opens with one letter lets the engine
# jump from one to the next, where "[sS]" is tried at every character, at twice the cost.)
_SHORT_HINT_SMALL = lazy_pattern(r"s\.?\s?\d")
_SHORT_HINT_CAPITAL = lazy_pattern(r"S\.?\s?\d")
# "Reg 44", "Reg44", "Regs 12 and 17": a regulation written short, as children's homes write
# "Reg 44 visits" (Children's Homes (England) Regulations 2015).
SHORT_REGULATION = lazy_pattern(rf"\b[Rr]egs?\.?\s?{_NUMBER}(?:\s*(?:-|–|to|and)\s*{_NUMBER})?(?![\w/%])")
# "she was put on a 136", "detained under a 3": a section of the Mental Health Act named by its
# number alone, as a noun, as posts about being sectioned write it. Only the sections posts name
# so, and only with nothing after the number but the end of a clause or a small word ("on a 136
# by the police"), not a noun ("on a 136 bus", "on a 2 week course", "a 2:1"). sections.py
# counts it only where the paragraph speaks of the Mental Health Act, the police or detention.
# (The look-ahead asks for a digit first, as SECTION_NUMBER asks for a letter: a pattern that
# opens with a look-behind is tried in full at every position, four times as slow.)
SECTION_AS_A_NOUN = lazy_pattern(
    r"(?=[1-5])(?:(?<=\b[Oo]n a )|(?<=\b[Uu]nder a ))(?:"
    # The longer numbers, which nobody writes for a walk or a shift: "on a 136 and taken to A&E".
    r"(?:13[56]|5\([24]\)|37|41)"
    r"(?=[ \t]*(?:[.,;!?)](?!\d)|\n|$)|[ \t]+(?:by|and|or|at|in|under|because|after|when|so|but|then|until|which|last|yesterday|today|now)\b)"
    # 2, 3 and 4 also count things ("on a 2.5 mile walk", "on a 2 and a half hour wait", "on a 3, sometimes
    # 4 shift pattern", "on a 2 at school"): only where the clause ends or a word of time or cause follows.
    r"|[234](?=[ \t]*(?:[.;!?)](?!\d)|\n|$)|[ \t]+(?:by|under|because|after|when|until|last|yesterday|today|now)\b))"
)

# "the 2014 Act", "the 1986 Order": a law named by its year alone. The reader cannot tell which
# law it is unless the text names it in full with that year somewhere ("the Care Act 2014").
YEAR_LAW = lazy_pattern(rf"\b[Tt]he\s+(\d{{4}})\s+(?:{read_alternatives('law_name_ends.txt')})\b")
_SPACE_AND_LAW_END = tuple(" " + word for word in read_list("law_name_ends.txt"))


def _may_name_a_law(text: str) -> bool:
    """True if ``text`` has a word that a law's name ends with (a quick test before YEAR_LAW)."""
    return any(end in text for end in _SPACE_AND_LAW_END)


def _short_forms(text: str) -> tuple[bool, bool]:
    """The quick tests for the two forms a written-out part ("section 17") is not: whether
    ``text`` may hold a short section ("s.17") and a law named by its year ("the 2014 Act")."""
    short = _SHORT_HINT_SMALL.search(text) is not None or _SHORT_HINT_CAPITAL.search(text) is not None
    return short, _may_name_a_law(text)


#: What every match of :data:`SECTION_AS_A_NOUN` holds (a quick test: "in" is much quicker than the pattern).
_A_AND_A_SECTION = (" a 2", " a 3", " a 4", " a 5(", " a 13", " a 41")


def _may_be_a_section_as_a_noun(text: str) -> bool:
    """The quick test before :data:`SECTION_AS_A_NOUN`: " a " and one of its numbers."""
    return any(start in text for start in _A_AND_A_SECTION)


def may_shout_a_part(text: str) -> bool:
    """True if ``text`` may hold a part of a law written in capitals, "SECTION 103 OF THE HOUSING
    ACT 1985" (law_texts.SHOUTED_PART): a quick test."""
    return "ECTION" in text or "PART" in text or "SCHEDULE" in text or "ARTICLE" in text or "REGULATION" in text


def may_cite_a_law(text: str) -> bool:
    """True if ``text`` has a word that every numbered part of a law starts with (a quick
    test that lets most texts skip the pattern)."""
    # A chain of "in" tests is the quickest way to ask this of every post (a regex or any() is slower).
    if (
        "ection" in text
        or "Part" in text
        or "Pt" in text
        or "Sch" in text
        or "Article" in text
        or "chedule" in text
        or "egulation" in text
        or "Reg" in text
        or "Sec" in text
        or "hapter" in text
        or "aragraph" in text
        or "para " in text
        or "para." in text
        or "paras " in text
        or "Para " in text
        or "lause" in text
        or "Rule " in text
        or "rule " in text
        or "PD" in text
        or " reg" in text
        or " r." in text
        or " rr." in text
        or may_cite_a_bracketed_part(text)
        or may_shout_a_part(text)
    ):
        return True
    short, by_year = _short_forms(text)
    if short or (by_year and YEAR_LAW.search(text) is not None):
        return True
    if _may_be_a_section_as_a_noun(text) and SECTION_AS_A_NOUN.search(text) is not None:
        return True  # "put on a 136"
    if (" part " in text and by_year) or "article " in text or " art " in text or " art." in text or "Art " in text or "Art." in text:
        return True  # "part 5 of the 2000 Act", "article 8(2)", "under art 12": written small (see _ONLY_WITH_A_LAW)
    return (may_cite_a_case(text) and CITATION.search(text) is not None) or may_cite_an_instrument(text)


def numbers(text: str) -> list[re.Match[str]]:
    """Every numbered part of a law, written out ("section 17") or short ("s.17"), in text order."""
    found = list(SECTION_NUMBER.finditer(text))
    more = len(found)
    short, by_year = _short_forms(text)
    if short:
        found.extend(SHORT_SECTION.finditer(text))
    if by_year:
        found.extend(YEAR_LAW.finditer(text))
    if "Reg" in text or " reg" in text:
        found.extend(SHORT_REGULATION.finditer(text))
    if _may_be_a_section_as_a_noun(text):
        found.extend(SECTION_AS_A_NOUN.finditer(text))
    if may_cite_a_bracketed_part(text):
        found.extend(BRACKETED_PART.finditer(text))
    if may_cite_a_case(text):
        found.extend(CITATION.finditer(text))
    found.extend(instruments(text))
    if len(found) > more:
        found.sort(key=lambda m: m.start())
    return found
