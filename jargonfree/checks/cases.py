"""Court cases cited by where their judgment is published: "[2014] UKSC 19", "[2017] EWHC 324
(Fam)", "[2020] EWCA Civ 226", "(2005) EWHC 2361 (Admin)", "(1998) EWHC Admin 465", "[1997] ELR
62", "[2022] UKUT 117 (AAC)". A reader who is not a lawyer cannot tell from the year, the court's
letters and the number which case it is or what it decided, so sections.py gives the citation
to the jargon check with its own advice (say what the court decided). The letters of the court
and of the report ("EWHC", "UKSC", "AAC") are then one finding with it, not abbreviations of
their own.
"""

from __future__ import annotations

from ..lazy_patterns import lazy_pattern

# The neutral citations of the courts and tribunals of the four nations, and the main law reports.
_COURTS = (
    r"UKSC|UKHL|UKPC|EWHC|EWCA|EWCOP|EWFC|UKUT|UKFTT|UKEAT|UKEATS|CSOH|CSIH|HCJAC|SAC|NIQB|NICA|NIFam|NICh|NIMaster"
)
_DIVISIONS = r"Civ|Crim|Admin|Fam|Ch|QB|KB|Comm|COP|AAC|IAC|LC|TCC|Pat|Costs"
_REPORTS = r"AC|QB|KB|Ch|Fam|WLR|All ER|FLR|FCR|ELR|CCLR|CCL Rep|COPLR|MHLR|BMLR|HLR|EHRR|Med LR|LGR|SLT|SC|NI"
CITATION = lazy_pattern(
    rf"[\[(](?:19|20)\d\d[\])]\s+(?:\d{{1,3}}\s+)?"
    rf"(?:(?:{_COURTS})(?:\s+(?:{_DIVISIONS}))?\s+\d{{1,5}}\b(?:\s*\((?:{_DIVISIONS})\))?"
    rf"|(?:{_REPORTS})\s+\d{{1,5}}\b)"
)


def may_cite_a_case(text: str) -> bool:
    """True if ``text`` may cite a court case: a year of this century or the last in brackets
    (a quick test before the pattern)."""
    return "[20" in text or "[19" in text or "(20" in text or "(19" in text


CASE_RULE = "legal/case-reference"
CASE_EXPLANATION = "A court case, named by its year, its court and a number. Say what the court decided, in plain words."


def is_a_case(surface: str) -> bool:
    """True if ``surface`` (a span sections.py gave) is a court case's citation, not a part of a law."""
    return surface[:1] in "[(" and CITATION.fullmatch(surface) is not None
