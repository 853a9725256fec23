"""Regulations and orders cited by their number, as the legislation of the four nations cites
them: "S.I. 2015/1465" (the UK's and Wales's statutory instruments), "SSI 2008/314" (Scotland's),
"S.R. 2019/199" (Northern Ireland's statutory rules). A reader cannot tell from a year and a
number which rules they are or what they say, so sections.py gives the number to the jargon
check with its own advice (name the rules, say what they mean). A number that is not a law's
has no year of this century or the last before the slash ("SI 20/10", a date), or is a year
written as a span after bare letters ("SR 2019/20" as a school report, "SI 2019/20" as Scotland's
or a school's year): the letters without full stops or "No." and the next year's two digits.
"""

from __future__ import annotations

import re
from ..lazy_patterns import lazy_pattern

# The letters, with or without full stops, then "No." perhaps, a year and the instrument's
# number; a Welsh instrument's own number may follow in brackets: "S.I. 2015/1335 (W. 126)".
INSTRUMENT = lazy_pattern(
    r"(?<![\w.])(?:S\.\s?S\.\s?I\.|S\.\s?I\.|S\.\s?R\.|SSI|SI|SR|NISR)\s+(?:No\.?\s*)?(?:19|20)\d\d/\d{1,4}\b"
    r"(?:\s*\(W\.\s?\d{1,4}\))?"
)

# Bare letters, a year and the next year's two digits: "SR 2019/20" (a school report's year).
_A_YEARS_SPAN = lazy_pattern(r"(?:SI|SR)\s+(?P<year>(?:19|20)\d\d)/(?P<next>\d\d)")

_EXPLANATION = "A set of regulations or an order, named only by its year and number. Give its name, and say what it allows or requires."


def _a_years_span(surface: str) -> bool:
    """True if ``surface`` is bare letters before a year and the next year's two digits ("SR 2019/20")."""
    m = _A_YEARS_SPAN.fullmatch(surface)
    return m is not None and int(m["next"]) == (int(m["year"]) + 1) % 100


def has_an_instruments_letters(text: str) -> bool:
    """The one quick test before the pattern: a slash, and "SI", "SR" or "S." ("SSI", "NISR",
    "S.I.", "S. R." hold one of them). Most texts with a slash (an address, a date) fail it."""
    return "/" in text and ("SI" in text or "SR" in text or "S." in text)


def instruments(text: str) -> list[re.Match[str]]:
    """Every instrument's number in ``text``, in text order."""
    if not has_an_instruments_letters(text):
        return []
    return [m for m in INSTRUMENT.finditer(text) if not _a_years_span(m.group())]


def may_cite_an_instrument(text: str) -> bool:
    """True if ``text`` cites an instrument by its number."""
    return bool(instruments(text))


def is_an_instrument(surface: str) -> bool:
    """True if ``surface`` (a span sections.py gave) is an instrument's number."""
    return INSTRUMENT.fullmatch(surface) is not None and not _a_years_span(surface)


def instrument_advice(surface: str, rule: str) -> tuple[str, str, str, str]:
    """The rule, message, explanation and reason not to rewrite for an instrument's number."""
    return (
        rule,
        f"“{surface}” is the number of a set of regulations or an order: name it, and say in plain words what it means for the reader.",
        _EXPLANATION,
        "a law named by its number: only a person can say what it means here",
    )
