"""A term in a heading that the next line explains: "Applying for a Compulsory Treatment Order" /
"A compulsory treatment order is an order that means ...", "Our Home Treatment Team" / "The home
treatment team is a group of nurses and doctors who ...". The reader meets the term in the
heading and its explanation straight after it, as on a page whose subject the term is.

A term alone on its line is :func:`jargonfree.listed_explanations.heads_a_glossary_entry`'s; this
is the term inside a short heading: a line of a few words with no full stop, colon or other
sentence ending, whose last word is no small joining word (a line of prose broken in two ends
"... at the" / "RHS Chelsea Flower Show ...").
"""

from __future__ import annotations

import re

#: At most this many words in a heading line.
HEADING_WORDS = 10
# Words a prose line broken in two may end with; a heading does not.
_JOINING_END = frozenset("a an the of and or to for in on at by with from your our their my is are was be".split())
_SENTENCE_ENDING = ".!?:;,"


def _names_again(term: str) -> re.Pattern[str]:
    # The next line opens with the term (after "a", "an", "the" or "your"), perhaps its short form in
    # brackets, then says what it is: "is a ...", "are the ...", "means ...".
    return re.compile(
        r"[ \t]*(?:(?:An?|The|Your)[ \t]+)?" + re.escape(term) + r"(?:[ \t]*\([^()\n]{1,40}\))?"
        r"[ \t]+(?:(?:is|are)[ \t]+(?:an?|the|when|where|how|someone|people)\b|means[ \t])",
        re.IGNORECASE,
    )


def heads_an_explained_line(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)`` stands in a short heading line (see the module's
    docstring) and the next line that holds words opens with the term again and says what it is."""
    line_end = text.find("\n", end)
    if line_end == -1:
        return False  # (most texts: one line)
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:line_end].strip()
    words = line.split()
    if not words or len(words) > HEADING_WORDS or line[-1] in _SENTENCE_ENDING or words[-1].lower() in _JOINING_END:
        return False
    following = line_end
    while following < len(text) and text[following] in " \t\r\n":
        following += 1
    return _names_again(text[start:end]).match(text, following) is not None
