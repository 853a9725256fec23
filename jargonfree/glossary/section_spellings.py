"""The usual ways of writing a section of an Act, for :func:`jargonfree.glossary.derive.surfaces`:
"section 136" also matches "s136", "s.136", "s 136", "sec 136", "sec.136", "sec136" and
"sect. 136", and the other way round, and a three-figure section the way posts slip it, "a.136".
"""

from __future__ import annotations

import re

from ..lazy_patterns import lazy_pattern

_SECTION = lazy_pattern(r"^(?:section|sect\.?|sec\.?|ss?\.?)\s*(\d+[a-z]?(?:\(\d+\))?)(?=\s|$)(.*)$", re.I)
_SECTION_PREFIXES = ("section ", "s", "s.", "s. ", "s ", "sec ", "sec. ", "sec.", "sec", "sect. ", "sect.")

__all__ = ["is_a_section", "section_variants"]


def is_a_section(surface: str) -> bool:
    """True if ``surface`` names a section of an Act in one of the ways above ("section 2", "s.2")."""
    return _SECTION.match(surface) is not None


def section_variants(surface: str) -> list[str]:
    """ "section 136" -> ["section 136", "s136", "s.136", ...]; other text -> [text]."""
    m = _SECTION.match(surface.strip())
    if not m:
        return [surface]
    number, rest = m.group(1), m.group(2)
    out = [surface] + [prefix + number + rest for prefix in _SECTION_PREFIXES if prefix + number + rest != surface]
    if len(number) >= 3 and number[:3].isdigit():
        # "arrest under a.136": posts slip an "a." for the "s." of a three-figure section
        # (no list item or page is numbered that way in running text).
        out.append("a." + number + rest)
    return out
