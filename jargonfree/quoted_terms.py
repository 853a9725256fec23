"""A glossary term that a writer puts in quotation marks: "I have been informed I am his
‘nearest relative’", "apply to the ‘supervisory body’".

Quoted text is protected (:mod:`jargonfree.protected`): no check flags inside it and no
rewrite touches it. But a quote that holds a glossary term and nothing else is how a writer
marks a term of art: one they were told ("I am his ‘nearest relative’") or one they use
("a ‘best interests’ decision"). The quotation marks do not tell the reader what it means,
so the glossary finds such a term like any other; its finding is never rewritten, since
the words in quotes are the writer's (or someone else's) as written.

A quote is still left alone when it is:

* a name: two or more words, each with a capital ("the “When I Am Ready” scheme");
* explained beside it, seen past the quotation marks: the usual explanations (a bracket, a
  dash and small words, ", which means", "this is called ‘caseload’", ...; the jargon check
  asks them of the quote's span as well as the term's), or, after the quote and at most one
  noun, a dash and "where", "when" or "which" ("‘bed blocking’ – where patients ..."),
  ", i.e." ("a ‘notional capital’ amount, i.e. as if ..."), ", such as" or "as defined in"
  (the writer points to the law that defines it).
"""

from __future__ import annotations

import re

from . import nearby_explanations
from .adjacent_explanations import explained_after, explained_before
from .document import Document
from .spans import Span

# Each opening quotation mark of the quoted-text rules in jargonfree.protected, with its closing one.
_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"}
#: The reason a quoted term's finding gives for not being rewritten.
NO_REWRITE = "in quotation marks: the words are kept as they were written"

# What follows a quote (and at most one noun) to explain it or point to its definition.
_EXPLAINED_AFTER = re.compile(
    r"(?:\s+[a-z]+)?(?:\s*[-\u2013\u2014]\s*(?:where|when|which)\b|,?\s+i\.\s?e\.?|,\s+e\.\s?g\.?|,?\s+such as\b|,?\s+as defined\b)",
)


def quote_around(text: str, start: int, end: int) -> Span | None:
    """The span of the quote around ``[start, end)``, quotation marks included, if the quote
    holds those words and nothing else (a comma or full stop may end them: "“not meeting
    threshold,”"); else None."""
    if start < 1 or end >= len(text):
        return None
    close = _QUOTE_PAIRS.get(text[start - 1])
    if close is None:
        return None
    at = end + 1 if text[end] in ",." and end + 1 < len(text) else end
    return (start - 1, at + 1) if text[at] == close else None


def quoted_term(text: str, start: int, end: int) -> bool:
    """True if the words at ``[start, end)`` fill a quote and are not a name (two or more
    words, each with a capital): a quoted term, which the glossary may flag."""
    if quote_around(text, start, end) is None:
        return False
    words = text[start:end].split()
    return len(words) < 2 or not all(w[:1].isupper() for w in words)


def explained_after_quote(text: str, quote_end: int) -> bool:
    """True if the words after a quote ending at ``quote_end`` explain it or point to its
    definition: "– where ...", ", i.e. ...", ", such as ...", "as defined by ..."."""
    return _EXPLAINED_AFTER.match(text, quote_end, quote_end + 40) is not None


def explained(doc: Document, quote: Span, cues: nearby_explanations.Cues) -> bool:
    """True if the quote at ``quote`` (quotation marks included) is explained beside it: the
    usual explanations of a term, asked of the whole quote ("(“jointly and severally”)" after
    the words it sums up, "often called their ‘caseload’"), or the words after it (see
    :func:`explained_after_quote`). ``cues`` are :func:`nearby_explanations.cues` of the text."""
    text = doc.text
    start, end = quote
    return (
        explained_after_quote(text, end)
        or explained_after(text, start, end)
        or explained_before(text, doc.sentences, start, end)
        or (cues.named and nearby_explanations.named_after_explanation(text, start))
        or nearby_explanations.heads_a_gloss(text, start, end)
        or nearby_explanations.explained_nearby(doc, start, end, cues)
    )
