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

from .defining_sentences import defined_by_its_sentence
from .document import Document
from .name_runs import written_in_title_case
from .lazy_patterns import lazy_pattern

#: At most this many words in a heading line.
HEADING_WORDS = 10
# Words a prose line broken in two may end with; a heading does not.
_JOINING_END = frozenset("a an the of and or to for in on at by with from your our their my is are was be".split())
_SENTENCE_ENDING = ".!?:;,"
# The next line opens with "a", "an", "the" or "your" before the term, ...
_ARTICLE = lazy_pattern(r"(?:(?:An?|The|Your)[ \t]+)?", re.IGNORECASE)
# ... and after it, perhaps its short form in brackets, "is", "are" or "means" (a quick test
# before its sentence is read: :func:`defined_by_its_sentence` says whether it says what it is).
_SAYS = lazy_pattern(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:is|are|means)\b", re.IGNORECASE)


def _as_a_heading_writes_it(term: str, opens_the_line: bool) -> bool:
    """True if every word of ``term`` but a small one starts with a capital ("Applying for a
    Compulsory Treatment Order"), or the term opens the line with a capital ("Self-directed support
    in the Scottish Borders"), as a heading writes it; a post's line says "... continuing healthcare"."""
    return (opens_the_line and term[:1].isupper()) or written_in_title_case(term.split())


def heads_an_explained_line(doc: Document, start: int, end: int) -> bool:
    """True if the term at ``[start, end)``, in capitals, stands in a short heading line (see
    the module's docstring) and the next line that holds words opens with the term again in a
    sentence that says what it is (:func:`defined_by_its_sentence`: "... is an order that means
    you must ...", not "... is the worst system ever")."""
    text = doc.text
    line_end = text.find("\n", end)
    if line_end == -1:
        return False  # (most texts: one line)
    term = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if not _as_a_heading_writes_it(term, not text[line_start:start].strip()):
        return False
    line = text[line_start:line_end].strip()
    words = line.split()
    if not words or len(words) > HEADING_WORDS or line[-1] in _SENTENCE_ENDING or words[-1].lower() in _JOINING_END:
        return False
    following = line_end
    while following < len(text) and text[following] in " \t\r\n":
        following += 1
    again = _ARTICLE.match(text, following).end()
    again_end = again + len(term)
    if text[again:again_end].lower() != term.lower() or _SAYS.match(text, again_end) is None:
        return False
    # Its sentence opens on that line (a heading with no full stop runs into it as one sentence).
    return defined_by_its_sentence(doc, again, again_end, (following, doc.sentence_at(again)[1]))
