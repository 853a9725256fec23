"""Shapes of a law's parts that sections.py and acts.py read around a number: a part numbered in
brackets ("subsection (1)", "sub-paragraph (2)(a)", "paragraphs (1) and (2)", "rule 14(2)"),
which only laws write, and a Bill's clause ("clause 34(2) of the proposed Bill", "Clause 22
will amend the Mental Health Act"), which counts only where a Bill or Act is spoken of and no
agreement, contract or lease is (a tenancy's "clause 4" is a paper the reader holds); and the
list of further parts after a number ("section 9 and section 10 of the Act", "37 or 48",
"(3)(d)(i), 12"), read past to the law they all belong to (:func:`after_the_list`).
"""

from __future__ import annotations

import re

from .. import context
from ..document import Document
from ..lazy_patterns import lazy_pattern

# "subsection (1)", "sub-section (3)(b)", "paragraph (2)", "sub-paragraph (2)(a) or (b)",
# "paragraphs (1) and (2)", "rule 9(1)", "rules 32(4) and (5)": a number in brackets straight
# after the word (or a rule's number with a bracketed subpart) is how laws cite their own parts.
_IN_BRACKETS = r"\(\d{1,3}[A-Z]?\)(?:\([a-z]{1,4}\))*"
BRACKETED_PART = lazy_pattern(
    rf"\b(?:(?:[Ss]ub-?)?(?:[Ss]ections?|[Pp]aragraphs?)\s+{_IN_BRACKETS}|[Rr]ules?\s+\d{{1,3}}[A-Z]?{_IN_BRACKETS})"
    rf"(?:\s*(?:,|and|or|to)\s*{_IN_BRACKETS})*"
)
# A Bill or an Act named anywhere in a paragraph: "the proposed Bill", "the Mental Health Act".
_A_BILL_OR_LAW = lazy_pattern(r"\b(?:Bills?|Act|Acts|Measure|Order)\b")
# The reader's own papers, whose clauses are not a law's.
_AN_AGREEMENT = lazy_pattern(r"\b(?:agreements?|contracts?|leases?|tenancy|tenancies|terms and conditions|policy document)\b", re.I)


def may_cite_a_bracketed_part(text: str) -> bool:
    """True if ``text`` may hold a part numbered in brackets (a quick test before the pattern)."""
    return "(" in text and ("ection" in text or "aragraph" in text or "ule" in text)


def clause_of_a_bill(doc: Document, start: int, end: int) -> bool:
    """True if the clause at ``[start, end)`` is a Bill's or an Act's: one is named in its
    paragraph and no agreement, contract or lease is."""
    low, high = context.window(doc, start, end)
    return _A_BILL_OR_LAW.search(doc.text, low, high) is not None and _AN_AGREEMENT.search(doc.text, low, high) is None


# "and section 10", ", 37 or 48", "and S12", "(3)(d)(i)": the other parts named in a list after a
# number, each with its bracketed subparts.
_LISTED = lazy_pattern(
    r"(?:\s*\(\w{1,4}\))*(?:\s*,\s*|\s+(?:and|or)\s+)(?:sections?\s+|s)?\d{1,3}[A-Z]?\b(?:\(\w{1,4}\))*", re.I
)


# ", (4) and 7(2)", ", (b) or (c)": the subsections listed after a part ("sections 6(2) and (4) and
# 7(2)", "section 4(3)(a), (b) or (c)"), each in brackets, which only a law writes so.
_LISTED_SUBPARTS = lazy_pattern(
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:\d{1,3}[A-Z]{0,2})?\(\w{1,4}\)(?:\(\w{1,4}\))*"
)


def after_the_subparts(text: str, end: int) -> int:
    """Where the subsections listed after a part ending at ``end`` end (at most four more):
    the finding for "sections 6(2)" covers "sections 6(2) and (4) and 7(2)"."""
    return _after_more(_LISTED_SUBPARTS, text, end, 24)


def after_the_list(text: str, end: int) -> int:
    """Where the list of parts that starts with the one ending at ``end`` ends (at most four more)."""
    return _after_more(_LISTED, text, end, 40)


def _after_more(more: re.Pattern[str], text: str, end: int, reach: int) -> int:
    """Where the run of at most four matches of ``more`` from ``end`` ends, each starting where
    the one before ended and ending within ``reach`` characters of it."""
    for _ in range(4):
        found = more.match(text, end, end + reach)
        if found is None:
            break
        end = found.end()
    return end
