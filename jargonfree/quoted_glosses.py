"""A term the writer put in quotes, explained just after the closing mark.

A rewrite never changes words the writer quotes (see
:data:`jargonfree.checks.jargon.QUOTED_REASON`). When the quotation is the term on its own,
perhaps after an article ("a ‘restricted patient’", "the 'permitted work' rule", "“nil by
mouth”"), its plain words can still go in brackets straight after the closing mark: "put onto a
“nil by mouth” (nothing to eat or drink) regime". The quotation stays as written and the reader
learns what it means. Quoted speech, and a quotation with other words or its own punctuation in
it, is left to the writer.
"""

from __future__ import annotations

from . import suggest
from .document import Document
from .fitting import bracket_blocker, first_that_fits
from .glossary.model import Entry
from .protected import quotation_of
from .report import Finding


def brackets_after_quote(doc: Document, entry: Entry, finding: Finding) -> tuple[int, str] | None:
    """Where the quotation around ``finding`` ends, and the words in brackets to put there
    (" (nothing to eat or drink)"); None if the quotation holds more than the term, is already
    followed by brackets or stands inside them, or the entry has no words a rewrite may use alone."""
    text = doc.text
    quotation = quotation_of(text, finding.start, finding.end)
    if quotation is None or bracket_blocker(text, *quotation) is not None:
        return None
    found = suggest.context(doc, entry, finding.start, finding.end, finding.inflection)._replace(at_start=False)
    options, reason = suggest.advise(entry, suggest.build(entry, *found))
    if reason is not None or not options:
        return None
    option, _ = first_that_fits(options, text, finding.start, finding.end)
    if option is None:
        return None
    if option.gloss:
        words = option.text[len(found.surface) + 2 : -1]  # "nil by mouth (nothing to eat or drink)"
    elif entry.rewrite == "expand":
        words = option.text[: -len(f" ({found.surface})")]  # "patient advice and liaison service (PALS)"
    else:
        words = option.text
    return quotation[1], f" ({words})"
