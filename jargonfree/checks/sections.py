"""Numbered parts of a law that the glossary has no entry for: "section 22 of the Act",
"Part 2 of the Measure", "detained under section 25".

The jargon check flags each one the glossary did not match, with a general message (see
:func:`jargonfree.checks.unmatched_shapes.section_references`). A number counts as a part of a law
when the law is named straight after it ("of the Care Act", "of the HRA"), when the words
around it use it as one ("served a section 21", "a section 202 review", "section 17
support": a section named with a notice, review, decision, duty or support is a law's), or, written with a capital, when a law is named in its paragraph or a
section title follows it; a part of a leaflet or form ("section 3 of this leaflet") does not.
A numbered regulation and a capitalised Article or Schedule are always a law's ("Regulation 12",
"Reg 44", "Article 8", "paragraph 5 of Schedule 3"), and so is a law named by its year alone ("the 1983
Act") unless the text names that law in full. A chapter or a paragraph counts only with the law
or its guidance named after it ("chapter 14 of the Care and Support Statutory Guidance"), and a
law named after a list names it for every part in the list ("section 1 and section 9 of the Act").
A law named straight before the number counts as well ("the Children and Families Act 2014
section 36(8)", "Under the Mental Capacity Act, section 4 applies"), and so does a bare
"section 128" in a post about care (another glossary term in its paragraph): the reader
cannot follow it whichever law it is. A part of the text itself is not a law's: "see section
12 for details", "section 3 below", a list of headings "Section 8: ...", "Section 9: ...", or
"Section 4 on the SEND 35a" (a form's section), or a sentence that starts "Section 2" where
the paragraph speaks of "this leaflet" (or guide, page, form...) and names no law (own_parts.py).
How the words around a number show a law is meant when none is named is law_usage.py's.
A Bill's clause ("clause 34(2) of the proposed Bill") and a part numbered in brackets
("subsection (1)", "rule 14(2)", "Paragraph 17(4)") count too (subparts.py), and so do
regulations cited by number ("S.I. 2015/1465", "SSI 2008/314": instruments.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..adjacent_explanations import explained_after
from ..document import Document
from ..glossary.index import Hit
from ..protected import quoted_on_its_own
from ..spans import Span
from .law_usage import article_held_under, bare_section_in_a_care_text, cites_a_law, does_what_only_a_law_does, heading_in_brackets, law_in_paragraph, law_part_in_words, rule_of_a_court, used_as_law
from .laws_named import LAW_JUST_BEFORE, law_earlier_in_sentence, names_a_law_after
from .listed_parts import listed_with_laws
from .own_parts import of_a_document_after, part_of_this_text
from .cases import CITATION, may_cite_a_case
from .instruments import INSTRUMENT, instruments, may_cite_an_instrument
from .subparts import BRACKETED_PART, after_the_subparts, clause_of_a_bill, may_cite_a_bracketed_part
from ..lazy_patterns import lazy_pattern

# "section 22 of the Act", "Part 2 of the Measure", "Article 115 of the Order": a numbered
# part of a law the glossary has no entry for. It counts when the law is named straight after
# it (so "section 3 of the leaflet" is left alone), or, written with a capital ("Section 147",
# "Part II"), when a law is named in the same paragraph or a section title in brackets follows
# ("Section 147 (Departure from requirements in codes)").
# A number may carry letters ("section 13ZA", "Schedule A1") and subsections ("5(2)"); the
# plural takes a range, a pair or a list ("sections 7 to 10", "sections 2 and 3", "sections
# 14, 17 and 18").
_NUMBER = r"(?:\d+(?:\.\d+)?[A-Z]{0,2}(?:\s?\(\d{1,3}[A-Z]?[a-z]?\)(?:\([a-z]{1,4}\))*)*|[A-Z]{1,2}\d{1,2}\b)"
# A number written in words, as posts write it: "section two", "Section Three", "section
# thirty-five". Only counts where a law is named or the words around use it as one (see
# unmatched_parts): "section two of this leaflet", "Part One: your details" are a text's own.
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_WORD_NUMBER = (
    rf"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_UNITS}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_UNITS})\b"
)
# A paragraph's own number may be glued to a capitalised part when a page is copied:
# "24.17.5Section 127 provides ...", "4.Article 8 ...".
# Every match starts with the first letter of one of its words for a part, which the look-ahead
# asks first: the engine tries the pattern at every position of the text, and at most positions
# this one test fails where the word boundary and every word would be tried (on bench posts that
# cite a law, a third of the time).
_SECTION_NUMBER = lazy_pattern(
    r"(?=[SsPpAaRrCc])(?:\b|(?<=\d)(?=[A-Z]))(?:(?:[Ss]ections?|Sec(?:t|s|ts)?|[Pp]arts?|Pts?|[Aa]rticles?|[Ss]chedules?|Sch(?:ed)?s?|[Rr]egulations?|[Cc]hapters?|[Pp]aragraphs?|[Pp]aras?|[Cc]lauses?|[Rr]ules?)\s+"
    r"|(?:Sec(?:t|s|ts)?|[Pp]aras?|[Aa]rts?|Pts?|Sch(?:ed)?s?)\.\s*|[Aa]rts?\s+(?=\d)|[Ss]ection(?=\d)|Practice Directions?\s+|PD\s?(?=\d{1,2}[A-Z]{1,2}\b))"
    rf"(?:{_NUMBER}(?:(?:\s*,\s*{_NUMBER})*\s*,?\s+(?:and|or)\s+{_NUMBER}|\s*(?:-|–|to|and)\s*{_NUMBER})?|[IVX]{{1,5}}\b(?![’'])"
    rf"|(?P<words>{_WORD_NUMBER}(?:\s*,?\s+(?:and|or|to)\s+{_WORD_NUMBER})?))"
)
# "s.17", "s47", "ss.2-3", "S20": a section written short is always a part of a law (nobody
# writes a leaflet's section so). Not after a letter, digit or apostrophe ("it's 3", "7s"),
# and a capital S takes no capital letters after its number ("S4C" is a television channel),
# one small letter at most ("a S117a qualifying section"). A
# capital "S3" is a school year in Scotland too: it counts only where a law is named or
# the words around use it as one ("under S20"), as "Section 3" does.
_SHORT_SECTION = lazy_pattern(
    r"(?<![\w'’.&/-])(?:ss?\.?\s?\d{1,3}[A-Z]{0,2}|S\.?\s?\d{1,3}(?:[a-z](?![a-z]))?)(?:\s?\(\d{1,3}[A-Z]?[a-z]?\)(?:\([a-z]{1,4}\))*)*"
    r"(?:\s*(?:-|–)\s*\d{1,3})?(?![\w/%])"
)
# A chapter or a paragraph is a law's only when the law or its guidance is named straight after it,
# and so is a part or an article written small ("part 5 of the 2000 Act", "article 5 (1) of the
# Human Rights Convention"; "part 3 of the form", "part 1 of my story" are not), unless it is
# numbered as only laws number theirs ("article 8(2)").
_ONLY_WITH_A_LAW = ("Chapter", "chapter", "Para", "para", "Rule", "rule", "part", "article", "Pt")
# "Part 10 (sections 179 and 180)": a part that holds numbered sections is a law's.
_SECTIONS_IN_BRACKETS = lazy_pattern(r"\s*\((?:[Ss]ections?\s*|ss?\.\s?)\d")
# A clause is a Bill's only where a Bill or Act is spoken of (see subparts.clause_of_a_bill).
_CLAUSES = ("Clause", "clause")
# A section lettered, not numbered: "Section I" of an EHC plan (read as a Roman one).
_A_LETTER = lazy_pattern(r"\s[IVX]{1,5}$")
# A numbered regulation, a capitalised Article or Schedule: only a law has these ("Regulation 12
# requires ...", "Article 8 protects ...", "Schedule A1"); a leaflet or form has sections and parts.
_ALWAYS_A_LAWS = ("Reg", "regulation", "Article", "Schedule", "Sch", "Practice", "PD")
# "... Regulations 2014": the end of the name of a set of regulations (names are not flagged,
# like "the Care Act 2014"); no set of regulations runs to a regulation 1900.
# A footnote's mark may follow the year: "the National Minimum Wage Regulations 1999(1)".
_REGULATIONS_OF_A_YEAR = lazy_pattern(r"[Rr]egulations\s+(?:19|20)\d\d(?:\s?\(\d{1,2}\))*")
# (An "s" and an "S" are looked for apart: a pattern that opens with one letter lets the engine
# jump from one to the next, where "[sS]" is tried at every character, at twice the cost.)
_SHORT_HINT_SMALL = lazy_pattern(r"s\.?\s?\d")
_SHORT_HINT_CAPITAL = lazy_pattern(r"S\.?\s?\d")
# "Reg 44", "Reg44", "Regs 12 and 17": a regulation written short, as children's homes write
# "Reg 44 visits" (Children's Homes (England) Regulations 2015).
_SHORT_REGULATION = lazy_pattern(rf"\b[Rr]egs?\.?\s?{_NUMBER}(?:\s*(?:-|–|to|and)\s*{_NUMBER})?(?![\w/%])")
# "reg. 4": a regulation written small with its dot, and a number no register or company has.
_DOTTED_REG = lazy_pattern(r"regs?\.\s?\d{1,3}(?!\d)")
# "paragraph 5 of Schedule 3" is one reference: the paragraph goes with the part it is in.
_PARAGRAPH_OF = lazy_pattern(r"\b[Pp]aragraphs?\s+\d+[A-Z]?(?:\(\d+[a-z]?\))*\s+of\s+$")

# "the 2014 Act", "the 1986 Order": a law named by its year alone. The reader cannot tell which
# law it is unless the text names it in full with that year somewhere ("the Care Act 2014").
_YEAR_LAW = lazy_pattern(r"\b[Tt]he\s+(\d{4})\s+(?:Act|Order|Measure|Regulations)\b")


def _may_name_a_law(text: str) -> bool:
    """True if ``text`` has a word that a law's name ends with (a quick test before _YEAR_LAW)."""
    return " Act" in text or " Order" in text or " Measure" in text or " Regulations" in text


def _short_forms(text: str) -> tuple[bool, bool]:
    """The quick tests for the two forms a written-out part ("section 17") is not: whether
    ``text`` may hold a short section ("s.17") and a law named by its year ("the 2014 Act")."""
    short = _SHORT_HINT_SMALL.search(text) is not None or _SHORT_HINT_CAPITAL.search(text) is not None
    return short, _may_name_a_law(text)


def _names_the_law_of(text: str, year: str) -> bool:
    """True if ``text`` names a law in full with this year: "Care Act 2014", "Order (1986)"."""
    return re.search(rf"\b(?:Act|Order|Measure|Regulations)\s+\(?{year}\b", text) is not None


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
        or may_cite_a_bracketed_part(text)
    ):
        return True
    short, by_year = _short_forms(text)
    if short or (by_year and _YEAR_LAW.search(text) is not None):
        return True
    if (" part " in text and by_year) or "article " in text or " art " in text or " art." in text or "Art " in text or "Art." in text:
        return True  # "part 5 of the 2000 Act", "article 8(2)", "under art 12": written small (see _ONLY_WITH_A_LAW)
    return (may_cite_a_case(text) and CITATION.search(text) is not None) or may_cite_an_instrument(text)


# A subsection in brackets after the number: "section 42(1)", "sections 195(8)(a)", "Rule 22 (3)".
_SUBSECTION = lazy_pattern(r"\d\s?\(\d")


def unmatched_parts(doc: Document, hits: list[Hit]) -> list[Span]:
    """Spans of the numbered parts of a law in ``doc`` that no glossary hit covers, each used
    as a part of a law (see the module's notes). ``hits`` are in text order and do not overlap."""
    text = doc.text
    out: list[Span] = []
    # The hits are in text order and do not overlap, so the only one that can overlap a span
    # is the last that starts before the span ends (a scan of every hit for every number made
    # this grow with the square of a long text).
    hit_starts = [h.start for h in hits]
    unclaimed: list[Span] = []  # written-out parts no rule below counts: one listed with a law's is a law's
    for m in _numbers(text):
        start, end = m.span()
        before = bisect_left(hit_starts, end) - 1
        if (before >= 0 and hits[before].end > start) or (doc.protected and doc.is_protected(start, end) and not quoted_on_its_own(text, start, end, doc.protected)):
            continue
        if m.re is _SECTION_NUMBER.compiled:
            unclaimed.append((start, end))
        if m.re is CITATION.compiled or m.re is INSTRUMENT.compiled:
            if not explained_after(text, start, end):
                out.append((start, end))  # "[2014] UKSC 19", "SSI 2008/314": a court case, an instrument's number
            continue
        if m.re is BRACKETED_PART.compiled:
            if not (of_a_document_after(text, end) or explained_after(text, start, end)):
                out.append((start, end))
            continue
        if m.re is _SHORT_REGULATION.compiled and text[start - 1 : start] == "(":
            continue  # "Regulation 44 (Reg44)": the short form of the part just named
        if m.re is _SHORT_REGULATION.compiled and text[start] == "r" and not (law_in_paragraph(doc, start, end) or _DOTTED_REG.match(text, start, end)):
            continue  # "reg 5" written small counts where a law is named near it, or with its dot ("reg. 4"
        if _REGULATIONS_OF_A_YEAR.fullmatch(text, start, end):
            continue  # "The Care and Support (...) Regulations 2014": a law's name and its year, not regulation 2014
        if m.re is _YEAR_LAW.compiled:
            if not _names_the_law_of(text, m.group(1)):
                out.append((start, end))
            continue
        if m.re is _SHORT_SECTION.compiled and text[start] == "s":
            if not (of_a_document_after(text, end) or explained_after(text, start, end)):
                out.append((start, end))
            continue
        if m.re is _SECTION_NUMBER.compiled and m.group("words"):
            if law_part_in_words(doc, start, end):
                out.append((start, end))
            continue
        if text.startswith(("Section", "section"), start) and _A_LETTER.search(text, start, end):
            # "in Section I" of an EHC plan: a law numbers its sections, only a plan letters them.
            if not names_a_law_after(text, end) or explained_after(text, start, end):
                continue
        if names_a_law_after(text, end):
            if explained_after(text, start, end):
                continue
        elif of_a_document_after(text, end):
            continue  # "section 3 of this leaflet": a part of a document, not of a law
        elif text.startswith(_ONLY_WITH_A_LAW, start) or text.startswith(("Art", "art"), start) and text[start + 3] in ". ":
            # A chapter or paragraph counts only with its law named after it, or numbered as only laws
            # number theirs ("Paragraph 17(4) states"); an article also where one is held under it.
            if article_held_under(doc, start, end) or does_what_only_a_law_does(text, end) or rule_of_a_court(doc, start, end) or (
                LAW_JUST_BEFORE.search(text, max(0, start - 40), start) is not None and not explained_after(text, start, end)
            ):
                pass  # "under art 12", "Chapter 2 imposes a duty ...", "Under Rule 10 the tribunal ...", "the Code (para. 2.12)"
            elif "(" not in text[start:end] or part_of_this_text(doc, start, end) or explained_after(text, start, end):
                continue
        elif part_of_this_text(doc, start, end) and not _SUBSECTION.search(text, start, end):
            continue  # "see section 12 for details", "Section 8:" heading a list (not "see section 187(1)": a law's)
        elif text.startswith(_CLAUSES, start):
            if not clause_of_a_bill(doc, start, end) or explained_after(text, start, end):
                continue  # "clause 4 of your tenancy agreement", or a Bill's clause glossed
        elif text.startswith(_ALWAYS_A_LAWS, start) or _SUBSECTION.search(text, start, end):
            # "Regulation 12", "Practice Direction 9H", "sections 195(8)(a)": only a law numbers so.
            # A bracket after a subsection is the provision's heading, as laws cite each other
            # ("has the meaning given in Article 27(3) (accommodation and maintenance of ...)"), not a gloss.
            if explained_after(text, start, end) and not (_SUBSECTION.search(text, start, end) and heading_in_brackets(text, start, end)):
                continue
        elif LAW_JUST_BEFORE.search(text, max(0, start - 40), start) is not None:
            if explained_after(text, start, end):
                continue  # "Under the Mental Capacity Act, section 4 (best interests)"
        elif text.startswith("schedule", start):
            # "No schedule 3 descriptor applied" where a law is named in the paragraph.
            if explained_after(text, start, end) or not law_in_paragraph(doc, start, end):
                continue
        elif not (
            used_as_law(text, start, end)
            or (text[start].isupper() and cites_a_law(doc, start, end))
            or bare_section_in_a_care_text(doc, hits, start, end)
            or (text.startswith("Part", start) and _SECTIONS_IN_BRACKETS.match(text, end) is not None)
            or (text[start].islower() and law_earlier_in_sentence(doc, start) and not explained_after(text, start, end))
        ):
            continue
        paragraph = _PARAGRAPH_OF.search(text, max(0, start - 40), start)
        out.append((paragraph.start() if paragraph else start, end))
    written_out = [span for span in out if _SECTION_NUMBER.match(text, span[0])]  # not a case or an instrument's number
    found = sorted(out + listed_with_laws(text, unclaimed, written_out))
    # The subsections listed after a part are one reference with it: "sections 6(2) and (4) and 7(2)".
    return [(start, after_the_subparts(text, end) if text[end - 1 : end] == ")" else end) for start, end in found]


def _numbers(text: str) -> list[re.Match[str]]:
    """Every numbered part of a law, written out ("section 17") or short ("s.17"), in text order."""
    found = list(_SECTION_NUMBER.finditer(text))
    more = len(found)
    short, by_year = _short_forms(text)
    if short:
        found.extend(_SHORT_SECTION.finditer(text))
    if by_year:
        found.extend(_YEAR_LAW.finditer(text))
    if "Reg" in text or " reg" in text:
        found.extend(_SHORT_REGULATION.finditer(text))
    if may_cite_a_bracketed_part(text):
        found.extend(BRACKETED_PART.finditer(text))
    if may_cite_a_case(text):
        found.extend(CITATION.finditer(text))
    found.extend(instruments(text))
    if len(found) > more:
        found.sort(key=lambda m: m.start())
    return found
