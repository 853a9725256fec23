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
regulations cited by number ("S.I. 2015/1465", "SSI 2008/314": instruments.py). The shapes of
the numbers, and the quick test of whether a text may hold one, are part_numbers.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..adjacent_explanations import explained_after
from ..data import read_alternatives
from ..document import Document
from ..glossary.index import Hit
from ..protected import quoted_on_its_own
from ..spans import Span
from .law_usage import about_detention, article_held_under, bare_section_in_a_care_text, cites_a_law, does_what_only_a_law_does, heading_in_brackets, law_in_paragraph, law_part_in_words, rule_of_a_court, used_as_law
from .laws_named import LAW_JUST_BEFORE, law_earlier_in_sentence, names_a_law_after
from .law_texts import SHOUTED_PART, named_as_a_thing, quoted, with_the_laws_parts
from .listed_parts import listed_with_laws
from .own_parts import of_a_document_after, part_of_this_text
from .cases import CITATION
from .instruments import INSTRUMENT
from .part_numbers import SECTION_AS_A_NOUN, SECTION_NUMBER, SHORT_REGULATION, SHORT_SECTION, YEAR_LAW, may_shout_a_part, numbers
from .subparts import BRACKETED_PART, after_the_subparts, clause_of_a_bill
from ..lazy_patterns import lazy_pattern

# A chapter or a paragraph is a law's only when the law or its guidance is named straight after it,
# and so is a part or an article written small ("part 5 of the 2000 Act", "article 5 (1) of the
# Human Rights Convention"; "part 3 of the form", "part 1 of my story" are not), unless it is
# numbered as only laws number theirs ("article 8(2)").
_ONLY_WITH_A_LAW = ("Chapter", "chapter", "Para", "para", "Rule", "rule", "r.", "rr.", "part", "article", "Pt")
# "Part 10 (sections 179 and 180)": a part that holds numbered sections is a law's.
_SECTIONS_IN_BRACKETS = lazy_pattern(r"\s*\((?:[Ss]ections?\s*|ss?\.\s?)\d")
# A clause is a Bill's only where a Bill or Act is spoken of (see subparts.clause_of_a_bill).
_CLAUSES = ("Clause", "clause")
# A section numbered with a point, as documents number theirs: "Section 3.1" (checked where no law
# is named with it; a law's section takes a bracket, "section 3(1)").
_DECIMAL_NUMBER = lazy_pattern(r"\d\.\d")
# A section lettered, not numbered: "Section I" of an EHC plan (read as a Roman one).
_A_LETTER = lazy_pattern(r"\s[IVX]{1,5}$")
# A numbered regulation, a capitalised Article or Schedule: only a law has these ("Regulation 12
# requires ...", "Article 8 protects ...", "Schedule A1"); a leaflet or form has sections and parts.
_ALWAYS_A_LAWS = ("Reg", "regulation", "Article", "Schedule", "Sch", "Practice", "PD")
# "... Regulations 2014": the end of the name of a set of regulations (names are not flagged,
# like "the Care Act 2014"); no set of regulations runs to a regulation 1900.
# A footnote's mark may follow the year: "the National Minimum Wage Regulations 1999(1)".
_REGULATIONS_OF_A_YEAR = lazy_pattern(r"[Rr]egulations\s+(?:19|20)\d\d(?:\s?\(\d{1,2}\))*")
# "reg. 4": a regulation written small with its dot, and a number no register or company has.
_DOTTED_REG = lazy_pattern(r"regs?\.\s?\d{1,3}(?!\d)")
# "paragraph 5 of Schedule 3" is one reference: the paragraph goes with the part it is in.
_PARAGRAPH_OF = lazy_pattern(r"\b[Pp]aragraphs?\s+\d+[A-Z]?(?:\(\d+[a-z]?\))*\s+of\s+$")

# The last word of a law's name: Act, Order, Measure, Regulations.
_LAW_ENDS = read_alternatives("law_name_ends.txt")


def _names_the_law_of(text: str, year: str) -> bool:
    """True if ``text`` names a law in full with this year: "Care Act 2014", "Order (1986)"."""
    return re.search(rf"\b(?:{_LAW_ENDS})\s+\(?{year}\b", text) is not None


# A subsection in brackets after the number: "section 42(1)", "sections 195(8)(a)", "Rule 22 (3)".
_SUBSECTION = lazy_pattern(r"\d\s?\(\d")


def _short_form_inside(text: str, hit: Hit, start: int) -> bool:
    """True if ``hit`` is a short form in brackets inside a part that starts at ``start``, after
    the words it stands for: "Practice Direction (PD) 9A" ("PD" is the glossary's, explained by
    the words before it; the part with its number is a law's all the same)."""
    return start < hit.start - 1 and text[hit.start - 1] == "(" and text[hit.end : hit.end + 1] == ")"


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
    doubtful: list[Span] = []  # parts nothing by them shows to be a law's or the text's own (but a "see"): law_texts.py asks
    for m in numbers(text):
        start, end = m.span()
        before = bisect_left(hit_starts, end) - 1
        if (before >= 0 and hits[before].end > start and not _short_form_inside(text, hits[before], start)) or (doc.protected and doc.is_protected(start, end) and not quoted_on_its_own(text, start, end, doc.protected)):
            continue
        if m.re is SECTION_NUMBER.compiled:
            unclaimed.append((start, end))
        if m.re is CITATION.compiled or m.re is INSTRUMENT.compiled:
            if not explained_after(text, start, end):
                out.append((start, end))  # "[2014] UKSC 19", "SSI 2008/314": a court case, an instrument's number
            continue
        if m.re is BRACKETED_PART.compiled:
            if not (of_a_document_after(text, end) or explained_after(text, start, end)):
                out.append((start, end))
            continue
        if m.re is SHORT_REGULATION.compiled and text[start - 1 : start] == "(":
            continue  # "Regulation 44 (Reg44)": the short form of the part just named
        if m.re is SHORT_REGULATION.compiled and text[start] == "r" and not (law_in_paragraph(doc, start, end) or _DOTTED_REG.match(text, start, end)):
            continue  # "reg 5" written small counts where a law is named near it, or with its dot ("reg. 4"
        if _REGULATIONS_OF_A_YEAR.fullmatch(text, start, end):
            continue  # "The Care and Support (...) Regulations 2014": a law's name and its year, not regulation 2014
        if m.re is YEAR_LAW.compiled:
            if not _names_the_law_of(text, m.group(1)):
                out.append((start, end))
            continue
        if m.re is SECTION_AS_A_NOUN.compiled:
            if about_detention(doc, start, end) and not explained_after(text, start, end):
                out.append((start, end))  # "she was put on a 136" where the police or the Mental Health Act are spoken of
            continue
        if m.re is SHORT_SECTION.compiled and text[start] == "s":
            if not (of_a_document_after(text, end) or explained_after(text, start, end)):
                out.append((start, end))
            continue
        if m.re is SECTION_NUMBER.compiled and m.group("words"):
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
            if article_held_under(doc, start, end) or does_what_only_a_law_does(text, end) or rule_of_a_court(doc, start, end) or quoted(text, end) or (
                LAW_JUST_BEFORE.search(text, max(0, start - 40), start) is not None and not explained_after(text, start, end)
            ):
                pass  # "under art 12", "Chapter 2 imposes a duty ...", "Under Rule 10 the tribunal ...", "the Code (para. 2.12)", "Para 6.38 says: “...”"
            elif "(" not in text[start:end] or part_of_this_text(doc, start, end) or explained_after(text, start, end):
                if not (explained_after(text, start, end) or part_of_this_text(doc, start, end, see=False)):
                    doubtful.append((start, end))
                continue
        elif part_of_this_text(doc, start, end) and not _SUBSECTION.search(text, start, end):
            if not part_of_this_text(doc, start, end, see=False):
                doubtful.append((start, end))  # "(see Part 5)": the text's own, unless the sentence cites a law's parts
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
        elif text.startswith(("Section", "section"), start) and _DECIMAL_NUMBER.search(text, start, end) and not used_as_law(text, start, end):
            continue  # "is given in Section 3.1": a document numbers its sections so; a law writes "section 3(1)" (but "a Section 42.2 Enquiry")
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
            or named_as_a_thing(text, start, end)
            or quoted(text, end)
        ):
            doubtful.append((start, end))
            continue
        paragraph = _PARAGRAPH_OF.search(text, max(0, start - 40), start)
        out.append((paragraph.start() if paragraph else start, end))
    if may_shout_a_part(text):
        for m in SHOUTED_PART.finditer(text):
            before = bisect_left(hit_starts, m.end()) - 1
            if not (before >= 0 and hits[before].end > m.start()) and not explained_after(text, *m.span()):
                out.append(m.span())  # "SECTION 103 OF THE HOUSING ACT 1985"
    out += with_the_laws_parts(doc, hits, doubtful, out)
    written_out = [span for span in out if SECTION_NUMBER.match(text, span[0])]  # not a case or an instrument's number
    found = sorted(out + listed_with_laws(text, unclaimed, written_out))
    # The subsections listed after a part are one reference with it: "sections 6(2) and (4) and 7(2)".
    return [(start, after_the_subparts(text, end) if text[end - 1 : end] == ")" else end) for start, end in found]
