"""How far on a pregnancy is, written short: "25+5", "39+6 weeks", "40plus3" (weeks, then days).

Maternity notes, leaflets and parents' posts write a pregnancy's weeks and days so: "the GTT is
done at 25+5-28 weeks", "I'm 39+6 today". A reader who has not been pregnant, or not in the UK,
does not know the shape. A glossary entry can hold only some of the 7 days of 40 weeks (an entry
lists at most 50 forms: nursing-maternity/40-4 lists 36+0 to 42+6), so the shape is a rule: a
number of weeks from 4 to 44, a "+" (or "plus") and a number of days from 0 to 6, where a word
about pregnancy (``data/pregnancy_words.txt``) stands within 160 characters either side. Not
"2+2", "4+ years", "16+ (sixteen and over)", "£40+5", a score "40+4 after the bonus round".

The first such number in a text that no glossary entry matched is flagged (a reader who has
been told once knows the shape); its plain words are the weeks and days written out, "25 weeks
and 5 days". A range ("25+5-28 weeks") is not rewritten.
"""

from __future__ import annotations

import re

from .data import read_set
from .report import Finding
from .spans import Span

#: The rule of a finding on this shape.
RULE = "nursing-maternity/weeks-and-days"
EXPLANATION = "How far on a pregnancy is, written short: the weeks, then the days. 25+5 means 25 weeks and 5 days."
# Weeks 4 to 44, "+" or "plus" (perhaps with spaces around "+"), days 0 to 6, and "weeks" or
# "wks" after it if written. Not after a word character, "£", "+" or "." and not before a
# digit or a "+" ("2+2=4", "40+4+1").
_GESTATION = re.compile(
    r"(?<![\w£$.+/])(?P<weeks>4[0-4]|[1-3]\d|[4-9])(?:[ \t]?\+[ \t]?|plus)(?P<days>[0-6])(?![\d+\w])"
    r"(?P<unit>[ \t]?(?:weeks?|wks?)\b)?"
)
# A range after it: "25+5-28 weeks", "24+0 to 26+6".
_RANGE_AFTER = re.compile(r"[ \t]*(?:-|–|to)[ \t]*\d")
_WORD = re.compile(r"[a-z][a-z-]*")
_LOOK = 160


def may_hold(text: str) -> bool:
    """A quick test: True if ``text`` may hold the shape."""
    return "+" in text or "plus" in text


def _about_pregnancy(text: str, start: int, end: int) -> bool:
    words = read_set("pregnancy_words.txt")
    window = text[max(0, start - _LOOK) : end + _LOOK].lower()
    return any(w in words for w in _WORD.findall(window))


def find(text: str, covered: list[Span]) -> list[tuple[Span, str | None]]:
    """The first weeks-and-days number in ``text`` about a pregnancy, if no span in ``covered``
    (the glossary's matches, in text order) holds one before it: [((start, end), plain words or
    None for a range)], or []."""
    for m in _GESTATION.finditer(text):
        start, end = m.span()
        number_end = m.end("days")
        if any(s < number_end and start < e for s, e in covered):
            return []  # the glossary's entry flagged this one (the first): the reader has been told
        if not _about_pregnancy(text, start, end):
            continue
        weeks, days = m.group("weeks"), int(m.group("days"))
        if _RANGE_AFTER.match(text, end):
            return [((start, end), None)]
        plain = f"{weeks} weeks" if days == 0 else f"{weeks} weeks and {days} day{'s' if days > 1 else ''}"
        return [((start, end), plain)]
    return []


def findings(text: str, covered: list[Span], kind: str, severity: str) -> list[Finding]:
    """:func:`find`'s number as a finding of ``kind``, with the weeks and days written out."""
    out = []
    for (start, end), plain in find(text, covered):
        surface = text[start:end]
        if plain is None:
            message = f"“{surface}” is weeks and days of pregnancy written short: write the weeks and days out."
        else:
            message = f"“{surface}” is weeks and days of pregnancy written short: try “{plain}”."
        out.append(
            Finding(
                start=start,
                end=end,
                text=surface,
                kind=kind,
                rule=RULE,
                message=message,
                suggestions=(plain,) if plain else (),
                explanation=EXPLANATION,
                severity=severity,
                no_rewrite_reason=None if plain else "a range of weeks: write it out by hand",
            )
        )
    return out
