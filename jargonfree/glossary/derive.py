"""Derive what contributors never type: the written forms an entry matches.

From ``term`` and ``forms`` this adds:

* the usual ways of writing a section of an Act: "section 136" also matches "s136",
  "s.136", "s 136", "sec 136" and "sect. 136", and the other way round;
* plurals and verb forms of the last word ("commence" -> "commences", "commenced",
  "commencing"; "nearest relative" -> "nearest relatives"), unless ``no_inflections``;
* for abbreviations, only the plural ("AMHPs"), matched with exact capitals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import fold_term
from ..inflect import variants
from .model import Entry

_SECTION = re.compile(r"^(?:section|sect\.?|sec\.?|ss?\.?)\s*(\d+[a-z]?(?:\(\d+\))?)(?=\s|$)(.*)$", re.I)
_SECTION_PREFIXES = ("section ", "s", "s.", "s. ", "s ", "sec ", "sec. ", "sect. ")
_MIN_INFLECT = 2
IRREGULAR_PLURALS = {"child": "children", "person": "people", "woman": "women", "man": "men", "foot": "feet", "tooth": "teeth"}


@dataclass(frozen=True)
class Form:
    """One folded string to look for, the suffix it adds ("" for none), and exact surfaces if case matters."""

    key: str
    suffix: str
    literals: frozenset[str] | None


def surfaces(entry: Entry) -> list[str]:
    """The term and its written forms, with the section-number spellings added."""
    out: list[str] = []
    for surface in (entry.term, *entry.forms):
        for variant in section_variants(surface):
            if variant not in out:
                out.append(variant)
    return out


def section_variants(surface: str) -> list[str]:
    """ "section 136" -> ["section 136", "s136", "s.136", ...]; other text -> [text]."""
    m = _SECTION.match(surface.strip())
    if not m:
        return [surface]
    number, rest = m.group(1), m.group(2)
    return [surface] + [prefix + number + rest for prefix in _SECTION_PREFIXES if prefix + number + rest != surface]


def forms(entry: Entry) -> list[Form]:
    """Every folded form of ``entry`` for the matcher, each once."""
    seen: dict[str, Form] = {}
    for surface in surfaces(entry):
        base = fold_term(surface)
        if not base:
            continue
        literal = " ".join(surface.split()) if entry.case_sensitive else None
        _add(seen, Form(base, "", frozenset({literal}) if literal else None))
        if entry.no_inflections:
            continue
        words = base.rsplit(" ", 1)
        last = words[-1]
        if entry.case_sensitive:
            # Abbreviations only take a plural: AMHPs, CTOs, FY1s, U&Es.
            if last[-1:].isalnum() or last.endswith("&"):
                _add(seen, Form(base + "s", "s", frozenset({literal + "s"}) if literal else None))
            continue
        if entry.pos == "verb" and len(surface.split()) > 1:
            # A verb phrase inflects its verb: "commit suicide" -> "committed suicide".
            first, rest = base.split(" ", 1)
            if first.isalpha():
                for suffix, inflected in variants(first).items():
                    for word in inflected:
                        _add(seen, Form(f"{word} {rest}", suffix, None))
            continue
        if not last.isalpha() or len(last) < _MIN_INFLECT:
            continue
        head = words[0] + " " if len(words) == 2 else ""
        if last in IRREGULAR_PLURALS:
            _add(seen, Form(head + IRREGULAR_PLURALS[last], "s", None))
        for suffix, inflected in variants(last).items():
            for word in inflected:
                _add(seen, Form(head + word, suffix, None))
    return list(seen.values())


def _add(seen: dict[str, Form], form: Form) -> None:
    old = seen.get(form.key)
    if old is None:
        # Within one entry the first way to reach a key wins: "FY1s" written out by hand is
        # still the plural of "FY1". (Across entries, written forms win: see index.py.)
        seen[form.key] = form
    elif old.literals is not None and form.literals is not None:
        seen[form.key] = Form(form.key, old.suffix, old.literals | form.literals)


def entry_id(category: str, term: str, sense: str | None) -> str:
    """The stable rule id of an entry: ``category/term-slug`` (plus ``--sense`` when given)."""
    from .model import slug

    base = f"{slug(category)}/{slug(term)}"
    return f"{base}--{slug(sense)}" if sense else base
