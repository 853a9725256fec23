"""A quarter of a year written short: "Q1 2018/19", "2023/24 Q2", "Qtr 1 2024/25", "Q3 figures".

Council committee papers, budget monitoring reports and performance scorecards name the
three-month parts of the year they report on so: "the financial, performance and risk
information for Q1 2018/19", "Corporate Scorecard Q1 2022/23". A reader who does not work with
such reports does not know that Q1 is the first quarter (a miss of the session 16 blind set,
and of new council pages from England and Wales). Q1 to Q4 are also a survey's or a quiz's
questions ("Q1. How satisfied were you?"), a motor race's qualifying rounds, a bus route, a
camera: so the shape counts only where a year stands straight beside it ("Q1 2018/19",
"Q1 of 2022-23", "2023/24 Q2", "Q4 2021", a financial year "Q4 22/23") or a word of reports straight after it ("Q3
figures", "Q2 budget monitoring", "Q4 Integrated Performance Report"), and no word of a quiz, a survey or a race stands within 100
characters ("Q1 2019 quiz").

The first such quarter in a text that no glossary entry matched is flagged (a reader who has
been told once knows the shape); its plain words are "quarter 1" and so on.
"""

from __future__ import annotations

import re

from .spans import Span
from .lazy_patterns import lazy_pattern

#: The rule of a finding on this shape (built in jargonfree.checks.unmatched_shapes).
RULE = "officialese/quarter-of-the-year"
EXPLANATION = (
    "Q1, Q2, Q3 and Q4 are short for quarter 1 to quarter 4: the four three-month parts of the year "
    "that a report or a budget covers. Q1 is the first."
)
_YEAR = r"(?:19|20)\d\d(?:[/-](?:\d\d){1,2})?"
# A financial year with two figures a side, "22/23", "FY24/25": one year and the next, so not
# a date ("Q1 12/05").
_SHORT_YEAR = lazy_pattern(r"[ \t]*(?:of[ \t]+|\(|,[ \t]*)?(?:FY)?(?P<a>\d\d)/(?P<b>\d\d)\b(?!/)")
# "Q1", "Qtr 1", "QTR1", "Quarter" is plain English and left alone. Not inside a word or a code
# ("AQ1", "Q1a", "Q10").
_QUARTER = lazy_pattern(r"(?<![\w/-])(?:Q|Qtr\.?[ \t]?|QTR[ \t]?)(?P<n>[1-4])(?![\w/-])")
# What must stand straight beside it: a year after ("Q1 2018/19", "Q1 of 2022-23", "Q1 (2021)")
# or before ("2023/24 Q2"), or a word of reports after, perhaps behind one or two capitalised words
# ("Q3 figures", "Q2 BUDGET MONITORING", "Q4 Integrated Performance Report").
_YEAR_AFTER = lazy_pattern(rf"[ \t]*(?:of[ \t]+|\(|,[ \t]*)?{_YEAR}\b")
_YEAR_BEFORE = lazy_pattern(rf"\b{_YEAR}[ \t]*$")
_REPORT_WORD_AFTER = lazy_pattern(
    r"(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]+(?i:budget|performance|monitoring|forecast|outturn|scorecard|figures|data"
    r"|position|returns|results)\b"
    r"|(?:[ \t]+[A-Z][A-Za-z]+){1,2}[ \t]+(?i:report)\b"  # "Q2 Annual Report", not "Q1 Report a concern"
)
# A quiz's, a survey's or a race's Q1, with a year beside it all the same: "Q1 2019 quiz".
_OTHER_USE = lazy_pattern(r"\b(?:quiz|questions?|questionnaire|survey|exam|answers?|qualifying|race|lap|grand prix)\b", re.I)
_LOOK = 100


def may_hold(text: str) -> bool:
    """A quick test: True if ``text`` may hold the shape."""
    return "Q" in text


def find(text: str, covered: list[Span]) -> list[tuple[Span, str]]:
    """The first quarter written short in ``text`` with a year or a word of reports beside it, if
    no span in ``covered`` (the glossary's matches) holds it: [((start, end), plain words)], or []."""
    for m in _QUARTER.finditer(text):
        start, end = m.span()
        if any(s < end and start < e for s, e in covered):
            continue
        beside = (
            _YEAR_AFTER.match(text, end)
            or _short_year_after(text, end)
            or _REPORT_WORD_AFTER.match(text, end)
            or _YEAR_BEFORE.search(text, max(0, start - 12), start)
        )
        if beside and not _OTHER_USE.search(text, max(0, start - _LOOK), end + _LOOK):
            return [((start, end), f"quarter {m.group('n')}")]
    return []


def _short_year_after(text: str, end: int) -> bool:
    """True if a financial year written "22/23" (or "FY22/23") stands straight after ``end``."""
    m = _SHORT_YEAR.match(text, end)
    return m is not None and int(m.group("b")) == (int(m.group("a")) + 1) % 100


def advice(surface: str, plain: str | None) -> tuple[str, str | None]:
    """The message of a finding on the quarter ``surface``, and why a rewrite leaves it (never:
    :func:`find` gives every quarter its plain words)."""
    return f"“{surface}” is a quarter of the year written short: try “{plain}”.", None
