"""Numbered parts that the text around them shows to be a law's, though the words next to them
name no law (sections.py asks, once it has found the parts it can show to be a law's by themselves):

- the same part is a law's elsewhere in the text: "article 8 is not absolute and article 8(2) ..."
  (the reader meets the number first where nothing says whose it is), or the glossary knows it there;
- another part of a law is cited in the same sentence, or a Part (article, schedule, chapter) of
  a law anywhere in the text (a text numbers its Parts one way: "(see Part 6)" is then the law's): "The defence in section 9 does not apply to
  ... an attorney (see Part 5) or a deputy (see Part 6)": a sentence that cites a law's sections
  cross-refers to the law's parts, unless it speaks of a form, a leaflet or a guide;
- a part is named as a thing one has, agrees to or is put on: "agree to a section 20", "on a
  section 3" (a text's own part is never "a section 3");
- a part is quoted: "Para 6.38 says: “...”" (a text does not quote its own paragraphs);
- a part written in capitals with its law, as the heading of a notice or an agreement: "SECTION 103
  OF THE HOUSING ACT 1985" (a form's "PART 2: YOUR DETAILS" names no law and stays alone).

A part of the text itself ("see section 12 for details", "section 3 of this leaflet", "Section 2,
Advance Statements") stays its own (own_parts.py), and one explained in brackets stays explained.
"""

from __future__ import annotations

from .. import context
from ..adjacent_explanations import explained_after
from ..document import Document
from ..glossary.index import Hit
from ..lazy_patterns import lazy_pattern
from ..spans import Span
from .own_parts import mentions_this_document, of_a_document_after, part_of_this_text

# The word of a part and its number, to tell two mentions of one part: "Section 20", "s20",
# "section 20(8)", "Art. 8", "article 8(2)", "Sch 1", "Reg 44", "Para 6.38".
_WORD_AND_NUMBER = lazy_pattern(
    r"(?P<word>[Ss]ections?|Sec(?:t|s|ts)?|ss?|S|[Pp]arts?|Pts?|[Aa]rticles?|[Aa]rts?|[Ss]chedules?|Sch(?:ed)?s?|[Rr]egulations?|[Rr]egs?"
    r"|[Pp]aragraphs?|[Pp]aras?|[Cc]hapters?|[Rr]ules?)\.?\s*(?P<number>\d+(?:\.\d+)?[A-Z]{0,2}|[IVX]{1,5}\b)"
)
# No law runs to a part 1900: a number so is a year ("Rules 2007", "Regulations 2014").
_A_YEAR = lazy_pattern(r"(?:19|20)\d\d")
_KINDS = {
    "s": "section", "ss": "section", "sec": "section", "sect": "section", "secs": "section", "sects": "section",
    "pt": "part", "pts": "part", "art": "article", "arts": "article", "sch": "schedule", "sched": "schedule",
    "schs": "schedule", "scheds": "schedule", "reg": "regulation", "regs": "regulation", "para": "paragraph", "paras": "paragraph",
}


def part_key(surface: str) -> tuple[str, str] | None:
    """The kind and number of the part a mention names: "Section 20(8)" and "s20" are both
    ("section", "20"), "Art. 8" and "article 8(2)" ("article", "8"). None if it names none."""
    m = _WORD_AND_NUMBER.match(surface)
    if m is None or _A_YEAR.fullmatch(m.group("number")):
        return None  # "the Court of Protection Rules 2007": a set of rules named with its year, not rule 2007
    word = m.group("word").lower()
    kind = _KINDS.get(word, word.rstrip("s") if word.endswith(("sections", "parts", "articles", "schedules", "regulations", "paragraphs", "chapters", "rules")) else word)
    return kind, m.group("number")


# "agree to a section 20", "he is on a section 3", "an S47": a part named as a thing a person
# has, signs or is put on. Nobody writes a leaflet's part so ("see section 3", not "see a section 3").
_AN_ARTICLE_BEFORE = lazy_pattern(r"\b(?:a|an|A|An)\s+$")
# ... where the section is the thing itself: the clause ends or a small word follows ("agree to a
# section 20?", "on a section 3 and ..."), not a noun it describes ("a section 6 summary").
_NOTHING_IT_DESCRIBES = lazy_pattern(
    r"\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|by|for|from|in|on|under|at|with|because|after|before|when|until|which|that|was|is|has|had|so|then|now|again)\b"
)


def named_as_a_thing(text: str, start: int, end: int) -> bool:
    """True if the section at ``[start, end)`` follows "a" or "an" and is the thing itself ("agree
    to a section 20?"), not a word for a noun after it ("a section 6 summary"), and no document is
    named after it ("a section 3 of the form")."""
    return (
        text.startswith(("section", "Section"), start)
        and _AN_ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
        and _NOTHING_IT_DESCRIBES.match(text, end) is not None
        and not of_a_document_after(text, end)
    )


# "Para 6.38 says: “...”", "Section 2 states that “...”": a part whose words are quoted.
_QUOTED_AFTER = lazy_pattern(r"\s+(?:says|states|reads|provides)\s*(?:that\s*)?[:,]?\s*[\"“‘]")


def quoted(text: str, end: int) -> bool:
    """True if the words of the part ending at ``end`` are quoted after it: "Para 6.38 says: “...”"."""
    return _QUOTED_AFTER.match(text, end, end + 30) is not None


# "SECTION 103 OF THE HOUSING ACT 1985", "PART 2 OF THE CARE ACT 2014": a part and its law in capitals.
SHOUTED_PART = lazy_pattern(
    r"\b(?:SECTIONS?|PARTS?|SCHEDULES?|ARTICLES?|REGULATIONS?)\s+\d{1,3}[A-Z]?(?:\(\d{1,3}\))*"
    r"(?=\s+OF\s+THE\s+(?:[A-Z\d()'’,-]+\s+){0,7}(?:ACT|ORDER|MEASURE|REGULATIONS)\b)"
)


def with_the_laws_parts(doc: Document, hits: list[Hit], doubtful: list[Span], found: list[Span]) -> list[Span]:
    """The spans of ``doubtful`` (numbered parts that nothing by them shows to be a law's, and that
    are not the text's own by more than a "see" before them) that the text shows to be a law's:
    the same part is found (or matched by the glossary) elsewhere, or another part of a law is cited
    in the same sentence and the paragraph does not speak of the text itself ("this form")."""
    if not doubtful or not (found or hits):
        return []
    text = doc.text
    laws = [span for span in found if part_key(text[span[0] : span[1]]) is not None]
    laws += [(h.start, h.end) for h in hits if part_key(text[h.start : h.end]) is not None]
    # What the same sentence may cite: a law's parts, and the regulations or cases found by their
    # numbers ("S.S.I. 2008/314, art. 2").
    cited = laws + [span for span in found if span not in laws]
    if not cited:
        return []
    keys = {part_key(text[a:b]) for a, b in laws}
    # A text numbers its Parts (articles, schedules, chapters) one way: where one is a law's, "(see
    # Part 6)" is the law's too. Not its sections: a leaflet that cites "section 117" may still say
    # "see section 4" of itself.
    kinds = {key[0] for key in keys if key is not None and key[0] != "section"}
    added = []
    for start, end in doubtful:
        if any(a < end and start < b for a, b in found) or of_a_document_after(text, end) or explained_after(text, start, end):
            continue  # "paragraph 5 of Schedule 3" is found whole
        key = part_key(text[start:end])
        if key is None:
            continue  # "Rules 2007": a set of rules named with its year
        if key in keys:
            added.append((start, end))
            continue
        if mentions_this_document(text, *context.window(doc, start, end)) or part_of_this_text(doc, start, end, see=False):
            continue
        low, high = doc.sentence_at(start)
        if any(a < high and low < b and not (a < end and start < b) for a, b in cited) or key[0] in kinds:
            added.append((start, end))
    return added


