"""Shapes of jargon that no glossary entry matched, found beside the jargon check's matches:
numbered parts of a law and court cases (:mod:`jargonfree.checks.sections`), a pregnancy's
weeks and days written short (:mod:`jargonfree.gestation`) and a quarter of the year written short
(:mod:`jargonfree.quarters`). The jargon check adds these findings to its own (moved out of
:mod:`jargonfree.checks.jargon`, which had grown past 300 lines). The two shape modules say where
a shape stands (`find`) and what to say of it (`advice`); the findings are built here, once.
"""

from __future__ import annotations

from .. import gestation, quarters
from ..document import Document
from ..glossary.index import Hit
from ..report import Finding
from .section_advice import advice as section_advice
from .case_names import case_names, may_name_a_case
from .part_numbers import may_cite_a_law
from .sections import unmatched_parts


def unmatched_shapes(doc: Document, hits: list[Hit], kind: str, severity: str) -> list[Finding]:
    """Shapes of jargon that no glossary entry matched: numbered parts of a law and court cases
    (:func:`section_references`), a pregnancy's weeks and days written short, "25+5"
    (:mod:`jargonfree.gestation`), and a quarter of the year written short, "Q1 2018/19"
    (:mod:`jargonfree.quarters`)."""
    text = doc.text
    law, case = may_cite_a_law(text), may_name_a_case(text)
    found = section_references(doc, hits, kind, severity, law=law, case=case) if law or case else []
    shapes = [shape for shape in (gestation, quarters) if shape.may_hold(text)]
    if shapes:
        covered = [(h.start, h.end) for h in hits]  # the glossary's matches, once for every shape
        for shape in shapes:
            for (start, end), plain in shape.find(text, covered):
                surface = text[start:end]
                message, no_rewrite_reason = shape.advice(surface, plain)
                found.append(
                    Finding(
                        start=start,
                        end=end,
                        text=surface,
                        kind=kind,
                        rule=shape.RULE,
                        message=message,
                        suggestions=(plain,) if plain else (),
                        explanation=shape.EXPLANATION,
                        severity=severity,
                        no_rewrite_reason=no_rewrite_reason,
                    )
                )
    return found


def section_references(doc: Document, hits: list[Hit], kind: str, severity: str, law: bool = True, case: bool = True) -> list[Finding]:
    """Numbered parts of a law and court cases that no glossary entry matched (see
    :mod:`jargonfree.checks.sections` and :mod:`jargonfree.checks.case_names`): flagged with a
    general message. ``law`` and ``case`` say whether the text may cite a law's part or name a
    case (the quick tests, asked once by :func:`unmatched_shapes`)."""
    findings = []
    parts = unmatched_parts(doc, hits) if law else []
    for start, end in _with_case_names(doc, hits, parts) if case else parts:
        surface = doc.text[start:end]
        rule, message, explanation, no_rewrite_reason = section_advice(surface)
        findings.append(
            Finding(
                start=start,
                end=end,
                text=surface,
                kind=kind,
                rule=rule,
                message=message,
                explanation=explanation,
                severity=severity,
                no_rewrite_reason=no_rewrite_reason,
            )
        )
    return findings


def _with_case_names(doc: Document, hits: list[Hit], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with the court cases ``doc`` names by their parties or a short name
    (:mod:`.case_names`) that no glossary match holds whole, and no part of a law overlaps."""
    names = [(a, b) for a, b in case_names(doc) if not any(h.start <= a and b <= h.end for h in hits) and not any(s < b and a < e for s, e in parts)]
    return sorted(parts + names) if names else parts
