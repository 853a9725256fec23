"""A text's own numbered parts, which are not a law's: "see section 12 for details", "section 3
below", "section 3 of this leaflet", "Section 8:" heading a list of sections, "Section 2" in a
paragraph about "this leaflet". The check for numbered parts of a law (sections.py) and the
glossary's own section entries (senses.py) both leave these alone.
"""

from __future__ import annotations

import re

from .. import context
from ..data import read_alternatives
from ..document import Document
from ..lazy_patterns import lazy_pattern

# The text's own parts: "see section 12 for details", "section 3 below", "Section 4 on the
# SEND 35a" (a form's section, the form named by its code).
_SEE_BEFORE = lazy_pattern(r"\b(?:[Ss]ee|[Rr]ead)\s+$")
_THIS_DOCUMENTS_AFTER = lazy_pattern(r"\s*(?:below|above|overleaf|on the next page|on (?:the|your) [A-Z]{2,}\s?\d+[a-z]?\b)")
# "Section 8: ...", "Part 2: Applying to court": a heading of the text when it lists two or more
# sections (or parts, or chapters) so.
_HEADING = lazy_pattern(r"\b(?:Section|Part|Chapter) \d+[A-Z]?:")
# "Section 5, Aftercare Planning and Assessment", "(see Section 9, Parental Involvement and
# Consent)", "Section 9, The Role of the Looked After Review": a section of the text named with
# its title, two or more capitalised words that name no law ("section 10, Care Act 2014" does).
# A title may open with "The" ("The Role of the ..."), where a sentence would not go on in capitals.
_TITLED = lazy_pattern(
    r",\s+(?:The\s+(?=[A-Z][a-z][\w'’-]*\s+(?:(?:and|of|for|to|in|on|with|&|the)\s+){1,2}[A-Z][a-z]))?"
    r"(?!(?:The|This|That|These|It|A|An|If|When|Where|Which|Who|But|And|Or|See)\b)[A-Z][a-z][\w'’-]*\s+(?:(?:and|of|for|to|in|on|with|&|the)\s+){0,2}[A-Z][a-z]"
)
# A title that names a law: a law's last word (data/law_name_ends.txt), or rules, a code, a bill or a
# treaty, whose parts are cited as a law's are ("section 10, Care Act 2014", "para 9.172, the Code").
_NAMES_A_LAW = lazy_pattern(rf"\b(?:{read_alternatives('law_name_ends.txt')}|Acts|Rules|Code|Bill|Convention)\b|\b[A-Z]{{2,5}}\b")
# Words that show the text is talking about its own parts.
_THIS_DOCUMENT = lazy_pattern(r"\b(?:this|our) (?:leaflet|guide|booklet|factsheet|page|form|document|report|policy|website)\b", re.I)


def part_of_this_text(doc: Document, start: int, end: int, see: bool = True) -> bool:
    """True if the number at ``[start, end)`` is a part of the text itself, not of a law: "see
    section 12 for details", "section 3 below", "Section 8:" heading a list of sections, "Section 4
    on the SEND 35a". The glossary's own section entries give way to this too. With ``see`` false,
    a "see" before the part is not enough (a law's text cross-refers so too: "(see Part 5)")."""
    text = doc.text
    if _THIS_DOCUMENTS_AFTER.match(text, end, end + 40) or (see and _SEE_BEFORE.search(text, max(0, start - 8), start)):
        return True
    if text[start].isupper() and _TITLED.match(text, end, end + 40) is not None:
        title_end = text.find(")", end, end + 120)
        title = text[end : title_end if title_end > 0 else min(end + 80, len(text))]
        if _NAMES_A_LAW.search(title) is None:
            return True  # "added to Section 3, Specialist Domestic Abuse Services and Support"
    if text.startswith("Section", start) and doc.sentence_start_at(start):
        # "This leaflet is about the AMHP service. Section 2 tells you who to call."
        low, high = context.window(doc, start, end)
        if _THIS_DOCUMENT.search(text, low, high):
            return True
    return text.startswith(":", end) and len(_HEADING.findall(text)) >= 2


# "of this leaflet", "of the form": what follows a part of a document.
# A few words may describe the document first: "of the annual report", "of our spring newsletter",
# "of the child's Individual Development Plan". Scottish councils number the items of their
# minutes as articles: "Article 5(c) of the minute of meeting of the Council". A service's own
# procedures are documents too: "section 3 of the Safeguarding Procedures and Guidelines",
# "section 4 of the multi-agency protocol". Not "guidance" nor a "framework": a law's statutory
# guidance is cited as the law is ("chapter 14 of the statutory guidance"). A word describing
# the document may hold a hyphen ("multi-agency"). A part of a series or a post is its own too:
# "Part 1 of a 3 Part blog post".
_OF_A_DOCUMENT = lazy_pattern(
    r"(?:\([a-z\d]{1,4}\))*\s+of\s+(?:this|the|our|your|a|an)\s+(?:[a-z\d’'-]+\s+){0,3}(?:leaflet|form|guide|document|page|report|booklet|policy|website"
    r"|plan|letter|handbook|toolkit|strategy|newsletter|magazine|bulletin|issue|edition|minutes?"
    r"|procedures?|guidelines?|protocols?|manual|blog|post|series|podcast|video)\b",
    re.I,
)


def of_a_document_after(text: str, end: int) -> bool:
    """True if a document is named straight after a part ending at ``end``: "section 3 of this
    leaflet", "Part 2 of the form", "section 4 of our spring newsletter"."""
    return _OF_A_DOCUMENT.match(text, end, end + 60) is not None


def mentions_this_document(text: str, low: int, high: int) -> bool:
    """True if ``text[low:high]`` speaks of the text itself: "this leaflet", "our guide"."""
    return _THIS_DOCUMENT.search(text, low, high) is not None
