"""Where a text names the law a numbered part belongs to: straight after the part ("section 22
of the Act", "of this Act", "section 44 Children Act 1989", "(see section 10, Care Act 2014)",
"schedule 2 ESA Regulations", "(para 9.172, the Code)", the code made under it: "Part 4 Code of
Practice"), after the other parts listed with it
("section 1 and section 9 of the Care Act"), or earlier in the same sentence ("The Children and
Adoption Act 2006 extends to Northern Ireland (namely sections 9 to 11)"). sections.py asks.
"""

from __future__ import annotations


from ..data import read_alternatives
from ..document import Document
from ..lazy_patterns import lazy_pattern

# The last word of a law's name: Act, Order, Measure, Regulations (data/law_name_ends.txt).
_LAW_ENDS = read_alternatives("law_name_ends.txt")

# The law may be named in full ("of the Care Act") or short: an Act's initials end in A ("of the
# MHA", "of the HRA"), and the two human rights treaties are the ECHR and the UNCRC. The
# statutory guidance and codes of practice that go with a law count too ("chapter 14 of the Care
# and Support Statutory Guidance", "paragraph 6.3 of the code of practice"). A law's own text
# names itself "this Act", "this Order", "these Regulations". A treaty counts too: "article 5 (1) of
# the Human Rights Convention". So after "of" the name may end in a law's last word or in Rules,
# Guidance, Code, Bill or Convention: a part cited "of" a code, guidance, a bill or a treaty is
# as much a cited part as one of an Act.
_OF_A_LAW = lazy_pattern(
    r"[ ,]*(?:of|in|under|to)\s+(?:the\s+|this\s+|that\s+|these\s+)?"
    rf"(?:(?:(?:\(?[A-Z0-9][\w()'’-]*|and|draft|proposed|new)\s+){{0,7}}(?:{_LAW_ENDS}|Rules|Guidance|Code|Bill|Convention)\b"
    r"|(?:[A-Z]{1,5}A|ECHR|UNCRC)\b|statutory guidance\b|[Cc]ode of [Pp]ractice\b)"
)
# A law named straight after the number with no "of": "section 44 Children Act 1989", "section
# 117 Mental Health Act", "(see section 10, Care Act 2014)", "schedule 2 ESA Regulations",
# "(para 9.172, the Code)". Its words are capitalised and end in Act, Order, Measure,
# Regulations or Rules ("Section 5, Aftercare Planning and Assessment" names none): a court's
# or tribunal's Rules are cited so ("rule 5 Tribunal Procedure Rules"), a code or guidance only
# as "the Code" after a comma.
_LAW_STRAIGHT_AFTER = lazy_pattern(
    rf"\s*,?\s+(?:the\s+)?(?:(?:\(?[A-Z][\w()'’-]*|and|of|for)\s+){{1,6}}(?:{_LAW_ENDS}|Rules)\b"
    r"|\s*,\s+the\s+Code\b"
    # A treaty named by its initials straight after: "Art. 8 ECHR", "article 12 UNCRC".
    r"|\s*,?\s+(?:ECHR|UNCRC|UNCRPD)\b"
    # A schedule straight after a paragraph: "para 4 Sch 3", "paragraph 2 Schedule 1" (only a law has schedules with paragraphs).
    r"|\s*,?\s+Sch(?:edule|ed)?\.?\s*[A-Z]?\d"
    # The code of practice made under a part of a law, named by that part: Wales's "Part 4 Code
    # of Practice (Meeting Needs)" under the Social Services and Well-being (Wales) Act 2014.
    r"|\s+Codes?\s+of\s+Practice\b"
)
# "section 1 and section 9 of the Care Act": a law named after the last of a list names it for all.
_AND_ANOTHER = lazy_pattern(
    r"(?:\s*,\s*|\s+(?:and|or)\s+)(?:[Ss]ections?|Parts?|Articles?|[Rr]egulations?|Schedules?)\s+"
    r"(?:\d+(?:\.\d+)?[A-Z]{0,2}(?:\s?\(\d{1,3}[A-Z]?[a-z]?\))*(?:\([a-z]{1,4}\))*|[A-Z]{1,2}\d{1,2}\b)"
)
# A law named anywhere: "the Mental Health Act", "the Order", "Care Act 2014", "the Measure".
# A law named by its year counts too ("the 2010 Measure", "the 1983 and 2007 Mental Health Acts").
A_LAW = lazy_pattern(rf"(?:\b[A-Z][\w()'’-]*|\bthe)\s+(?:\d{{4}}\s+)?(?:{_LAW_ENDS}|Acts)\b")
# A law named straight before the number: "the Children and Families Act 2014 section 36(8)",
# "Under the Mental Capacity Act, section 4", "MCA section 5", and a code or statutory guidance
# before its chapter or paragraph ("the Code of Practice, chapter 13", "MHA Code of Practice paragraph 19.5",
# the Mental Health Act's "Welsh Code"); not any code ("the NMC Code, paragraph 4", a group's "Code").
# The names' last words and the codes are shared with adjacent_explanations (data/law_name_ends.txt,
# data/law_code_names.txt); only here an Act's initials ("MCA section 5"), the two treaties and
# statutory guidance.
LAW_JUST_BEFORE = lazy_pattern(
    rf"(?:\b(?:{_LAW_ENDS}|{read_alternatives('law_code_names.txt')})(?:\s+\(?\d{{4}}\)?)?|\b[A-Z]{{1,5}}A(?:\s+\d{{4}})?|\bECHR|\bUNCRC|\b[Ss]tatutory [Gg]uidance)(?:\s*,?\s+|\s*\(\s*)$"
)


def names_a_law_after(text: str, end: int) -> bool:
    """True if a law is named straight after a part ending at ``end``, or after the parts listed
    with it ("section 1 and section 9 of the Care Act 2014")."""
    for _ in range(4):
        if _OF_A_LAW.match(text, end, end + 120) or _LAW_STRAIGHT_AFTER.match(text, end, end + 120):
            return True
        more = _AND_ANOTHER.match(text, end, end + 40)
        if more is None:
            return False
        end = more.end()
    return False


def law_earlier_in_sentence(doc: Document, start: int) -> bool:
    """True if a law is named in the sentence before the part at ``start``: "The Children and
    Adoption Act 2006 will extend to Northern Ireland (namely sections 9 to 11)"."""
    low = doc.sentence_at(start)[0]
    return A_LAW.search(doc.text, max(low, start - 300), start) is not None
