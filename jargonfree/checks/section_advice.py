"""What the jargon check says about a span :func:`jargonfree.checks.sections.unmatched_parts`
gave: a court case (cited, or named by its parties), a regulation's number, a law named by its year alone, or a numbered part of
a law. Split from sections.py, which finds the spans."""

from __future__ import annotations

from .case_names import is_a_case_name
from .cases import CASE_EXPLANATION, CASE_RULE, is_a_case
from .instruments import instrument_advice, is_an_instrument

SECTION_RULE = "legal/section-reference"
_SECTION_EXPLANATION = "A numbered part of a law. Say what it allows or requires, in plain words."
_CASE_NAME_EXPLANATION = "A court case, named by the people or bodies who went to court. Say what the court decided, in plain words."
_YEAR_LAW_EXPLANATION = "A law named only by the year it was made. Give its name, and say what it allows or requires."


def advice(surface: str) -> tuple[str, str, str, str]:
    """The rule, message, explanation and reason not to rewrite for a span :func:`unmatched_parts`
    gave: a court case, a law named by its year alone, or a numbered part of a law."""
    if is_a_case(surface) or is_a_case_name(surface):
        return (
            CASE_RULE,
            f"“{surface}” points to a court case: say in plain words what the court decided.",
            CASE_EXPLANATION if is_a_case(surface) else _CASE_NAME_EXPLANATION,
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
