"""Two shapes of a law's parts that sections.py finds with its other numbers: a part numbered in
brackets ("subsection (1)", "sub-paragraph (2)(a)", "paragraphs (1) and (2)", "rule 14(2)"),
which only laws write, and a Bill's clause ("clause 34(2) of the proposed Bill", "Clause 22
will amend the Mental Health Act"), which counts only where a Bill or Act is spoken of and no
agreement, contract or lease is (a tenancy's "clause 4" is a paper the reader holds).
"""

from __future__ import annotations

import re

from .. import context
from ..document import Document

# "subsection (1)", "sub-section (3)(b)", "paragraph (2)", "sub-paragraph (2)(a) or (b)",
# "paragraphs (1) and (2)", "rule 9(1)", "rules 32(4) and (5)": a number in brackets straight
# after the word (or a rule's number with a bracketed subpart) is how laws cite their own parts.
_IN_BRACKETS = r"\(\d{1,3}[A-Z]?\)(?:\([a-z]{1,4}\))*"
BRACKETED_PART = re.compile(
    rf"\b(?:(?:[Ss]ub-?)?(?:[Ss]ections?|[Pp]aragraphs?)\s+{_IN_BRACKETS}|[Rr]ules?\s+\d{{1,3}}[A-Z]?{_IN_BRACKETS})"
    rf"(?:\s*(?:,|and|or|to)\s*{_IN_BRACKETS})*"
)
# A Bill or an Act named anywhere in a paragraph: "the proposed Bill", "the Mental Health Act".
_A_BILL_OR_LAW = re.compile(r"\b(?:Bills?|Act|Acts|Measure|Order)\b")
# The reader's own papers, whose clauses are not a law's.
_AN_AGREEMENT = re.compile(r"\b(?:agreements?|contracts?|leases?|tenancy|tenancies|terms and conditions|policy document)\b", re.I)


def may_cite_a_bracketed_part(text: str) -> bool:
    """True if ``text`` may hold a part numbered in brackets (a quick test before the pattern)."""
    return "(" in text and ("ection" in text or "aragraph" in text or "ule" in text)


def clause_of_a_bill(doc: Document, start: int, end: int) -> bool:
    """True if the clause at ``[start, end)`` is a Bill's or an Act's: one is named in its
    paragraph and no agreement, contract or lease is."""
    low, high = context.window(doc, start, end)
    return _A_BILL_OR_LAW.search(doc.text, low, high) is not None and _AN_AGREEMENT.search(doc.text, low, high) is None
