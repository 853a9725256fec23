"""How far on a pregnancy is, written short: "25+5", "39+6 weeks", "40plus3" (weeks, then days).

Maternity notes, leaflets and parents' posts write a pregnancy's weeks and days so: "the GTT is
done at 25+5-28 weeks", "I'm 39+6 today". A reader who has not been pregnant, or not in the UK,
does not know the shape. A glossary entry can hold only some of the 7 days of 40 weeks (an entry
lists at most 50 forms: nursing-maternity/40-4 lists 36+0 to 42+6), so the shape is a rule: a
number of weeks from 4 to 44, a "+" (or "plus") and a number of days from 0 to 6, where a word
about pregnancy (``data/pregnancy_words.txt``) stands within 160 characters either side. Not
"2+2", "4+ years", "16+ (sixteen and over)", "£40+5", a score "40+4 after the bonus round".

Two more shapes of the same thing, with the same words about pregnancy near: the weeks out of
40 that notes and posts write, "36/40" ("at 36/40 the baby was breech"), only where a word
about pregnancy other than "week", "due" or "scan" stands near (a mark out of 40 is common); and
the days past the due date, "T+12" ("I'm T+10 today"), and "40+12", past 40 weeks the days
may run past 6.

The first such number in a text that no glossary entry matched is flagged (a reader who has
been told once knows the shape); its plain words are the weeks and days written out, "25 weeks
and 5 days" ("36 weeks"; "12 days past the due date"). A range ("25+5-28 weeks") is not rewritten.
"""

from __future__ import annotations


from .data import read_set
from .spans import Span
from .lazy_patterns import lazy_pattern

#: The rule of a finding on this shape (built in jargonfree.checks.unmatched_shapes).
RULE = "nursing-maternity/weeks-and-days"
EXPLANATION = "How far on a pregnancy is, written short: the weeks, then the days. 25+5 means 25 weeks and 5 days; 36/40 means 36 weeks; T+12 means 12 days past the due date."
# Weeks 4 to 44, "+" or "plus" (perhaps with spaces around "+"), days 0 to 6, and "weeks" or
# "wks" after it if written. Not after a word character, "£", "+" or "." and not before a
# digit or a "+" ("2+2=4", "40+4+1").
_GESTATION = lazy_pattern(
    r"(?<![\w£$.+/])(?P<weeks>4[0-4]|[1-3]\d|[4-9])(?:[ \t]?\+[ \t]?|plus)(?P<days>1[0-4]|\d)(?![\d+\w])"
    r"(?P<unit>[ \t]?(?:weeks?|wks?)\b)?"
)
# Weeks out of 40: "36/40", "at 12/40". Not a date or a fraction run on ("12/40/2019", "36/400").
_OUT_OF_40 = lazy_pattern(r"(?<![\w£$.+/])(?P<weeks>4[0-2]|[1-3]\d|[4-9])/40(?![\d/\w])")
# Days past the due date ("term"): "T+12", "T + 3", "term+5".
_PAST_TERM = lazy_pattern(r"(?<![\w£$.+/])(?:T|[Tt]erm)[ \t]?\+[ \t]?(?P<days>1[0-9]|[1-9])(?![\d+\w])")
# Words about pregnancy too common elsewhere to show that "36/40" is weeks of pregnancy.
_WEAK = frozenset({"week", "weeks", "due", "scan", "scans", "booking", "born", "delivered", "delivery", "glucose"})
# A range after it: "25+5-28 weeks", "24+0 to 26+6".
_RANGE_AFTER = lazy_pattern(r"[ \t]*(?:-|–|to)[ \t]*\d")
_WORD = lazy_pattern(r"[a-z][a-z-]*")
_LOOK = 160


def may_hold(text: str) -> bool:
    """A quick test: True if ``text`` may hold the shape."""
    return "+" in text or "plus" in text or "/40" in text


def _about_pregnancy(text: str, start: int, end: int, strong: bool = False) -> bool:
    words = read_set("pregnancy_words.txt")
    window = text[max(0, start - _LOOK) : end + _LOOK].lower()
    return any(w in words and not (strong and w in _WEAK) for w in _WORD.findall(window))


def _numbers(text: str) -> list[tuple[int, int, int, str | None, bool]]:
    """Every number of the three shapes in ``text``, in text order: (start, end, end of the
    number, plain words or None for a range, whether it needs a word about pregnancy that is
    not a weak one)."""
    out = []
    for m in _GESTATION.finditer(text):
        weeks, days = m.group("weeks"), int(m.group("days"))
        if days > 6 and int(weeks) < 40:
            continue  # "12+10": days past 6 only after 40 weeks ("40+12")
        start, end = m.span()
        if _RANGE_AFTER.match(text, end):
            plain = None
        else:
            plain = f"{weeks} weeks" if days == 0 else f"{weeks} weeks and {days} day{'s' if days > 1 else ''}"
        out.append((start, end, m.end("days"), plain, False))
    for m in _OUT_OF_40.finditer(text):
        out.append((m.start(), m.end(), m.end(), f"{m.group('weeks')} weeks", True))
    for m in _PAST_TERM.finditer(text):
        days = int(m.group("days"))
        out.append((m.start(), m.end(), m.end(), f"{days} day{'s' if days > 1 else ''} past the due date", False))
    return sorted(out)


def find(text: str, covered: list[Span]) -> list[tuple[Span, str | None]]:
    """The first weeks-and-days number in ``text`` about a pregnancy, if no span in ``covered``
    (the glossary's matches, in text order) holds one before it: [((start, end), plain words or
    None for a range)], or []."""
    for start, end, number_end, plain, strong in _numbers(text):
        if any(s < number_end and start < e for s, e in covered):
            return []  # the glossary's entry flagged this one (the first): the reader has been told
        if _about_pregnancy(text, start, end, strong):
            return [((start, end), plain)]
    return []


def advice(surface: str, plain: str | None) -> tuple[str, str | None]:
    """The message of a finding on ``surface``, and why a rewrite leaves it: a range of weeks
    has no plain words of its own (``plain`` is None) and is written out by hand."""
    if plain is None:
        return (
            f"“{surface}” is how far on a pregnancy is, written short: write the weeks and days out.",
            "a range of weeks: write it out by hand",
        )
    return f"“{surface}” is how far on a pregnancy is, written short: try “{plain}”.", None
