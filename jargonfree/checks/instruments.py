"""Regulations and orders cited by their number, as the legislation of the four nations cites
them: "S.I. 2015/1465" (the UK's and Wales's statutory instruments), "SSI 2008/314" (Scotland's),
"S.R. 2019/199" (Northern Ireland's statutory rules). A reader cannot tell from a year and a
number which rules they are or what they say, so sections.py gives the number to the jargon
check with its own advice (name the rules, say what they mean). A number that is not a law's
("SR 2019/20" as a school report, a date "SI 20/10") does not have these letters and a year of
this century or the last before the slash.
"""

from __future__ import annotations

import re

# The letters, with or without full stops, then "No." perhaps, a year and the instrument's
# number; a Welsh instrument's own number may follow in brackets: "S.I. 2015/1335 (W. 126)".
INSTRUMENT = re.compile(
    r"(?<![\w.])(?:S\.\s?S\.\s?I\.|S\.\s?I\.|S\.\s?R\.|SSI|SI|SR|NISR)\s+(?:No\.?\s*)?(?:19|20)\d\d/\d{1,4}\b"
    r"(?:\s*\(W\.\s?\d{1,4}\))?"
)

_EXPLANATION = "A set of regulations or an order, named only by its year and number. Give its name, and say what it allows or requires."


def may_cite_an_instrument(text: str) -> bool:
    """True if ``text`` may cite an instrument by its number (a quick test before the pattern)."""
    return "/" in text and ("S" in text or "NISR" in text) and INSTRUMENT.search(text) is not None


def is_an_instrument(surface: str) -> bool:
    """True if ``surface`` (a span sections.py gave) is an instrument's number."""
    return INSTRUMENT.fullmatch(surface) is not None


def instrument_advice(surface: str, rule: str) -> tuple[str, str, str, str]:
    """The rule, message, explanation and reason not to rewrite for an instrument's number."""
    return (
        rule,
        f"“{surface}” is the number of a set of regulations or an order: name it, and say in plain words what it means for the reader.",
        _EXPLANATION,
        "a law named by its number: only a person can say what it means here",
    )
