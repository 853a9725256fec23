"""What the jargon check says about a span :func:`jargonfree.checks.sections.unmatched_parts`
gave: a court case, a regulation's number, a law named by its year alone, or a numbered part of
a law. Split from sections.py, which finds the spans."""

from __future__ import annotations

from .cases import CASE_EXPLANATION, CASE_RULE, is_a_case
from .instruments import instrument_advice, is_an_instrument

SECTION_RULE = "legal/section-reference"
_SECTION_EXPLANATION = "A numbered part of a law. Say what it allows or requires, in plain words."
_YEAR_LAW_EXPLANATION = "A law named only by the year it was made. Give its name, and say what it allows or requires."


def advice(surface: str) -> tuple[str, str, str, str]:
    """The rule, message, explanation and reason not to rewrite for a span :func:`unmatched_parts`
    gave: a court case, a law named by its year alone, or a numbered part of a law."""
    if is_a_case(surface):
        return (
            CASE_RULE,
            f"“{surface}” points to a court case: say in plain words what the court decided.",
            CASE_EXPLANATION,
            "a court case: only a person can say what it means here",
        )
    if is_an_instrument(surface):
        return instrument_advice(surface, SECTION_RULE)
    if surface.startswith(("the ", "The ")):  # "the 2014 Act": a law named by its year alone
        return (
            SECTION_RULE,
            f"“{surface}” does not say which law it is: name the law, and say in plain words what it means for the reader.",
            _YEAR_LAW_EXPLANATION,
            "a part of a law: only a person can say what it means here",
        )
    return (
        SECTION_RULE,
        f"“{surface}” is a part of a law: say in plain words what it means for the reader.",
        _SECTION_EXPLANATION,
        "a part of a law: only a person can say what it means here",
    )
