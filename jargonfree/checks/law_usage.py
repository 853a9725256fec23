"""Whether the words around a numbered part show a law is meant though none is named after it
(sections.py asks): "detained under section 25", "Section 24 provides that ...", "served a
section 21", "a section 202 review", "he was on a section two", a capitalised "Section 147"
with a section title in brackets or a law named in its paragraph, and a bare "section 128" in a
paragraph about care. A part of the text itself is not a law's (own_parts.py).
"""

from __future__ import annotations

import re

from .. import context
from ..adjacent_explanations import explained_after
from ..data import read_alternatives
from ..document import Document
from ..glossary.index import Hit
from .laws_named import A_LAW, LAW_JUST_BEFORE, names_a_law_after
from .own_parts import mentions_this_document, of_a_document_after, part_of_this_text
from .subparts import after_the_list
from ..lazy_patterns import lazy_pattern

# A law named by its initials and year: "(MCA 2005)", "CA 1989".
_INITIALS_AND_YEAR = lazy_pattern(r"\b[A-Z]{1,5}A\s+(?:19|20)\d\d\b")
# A section's title in brackets starts with a capitalised word that is not how a gloss starts.
_TITLE = lazy_pattern(r"\s*\((?!(?:The|A|An|When|Where|Which|This|That|It|What|Who|How|If|For|Or|Meaning|See|Also)\b)[A-Z][a-z]+\b")


# How a numbered part of a law is used when the law is not named: "detained under section
# 25", "the condition set out in section 25", "Section 24 provides that ...", "served a
# section 21", "a section 202 review".
_LAW_BEFORE = lazy_pattern(
    r"(?:\bunder|\bset out in|\blaid down in|\bafforded by|\bauthorised by|\bin line with"
    r"|\bserved?\s+(?:(?:you|him|her|them|us|me)\s+)?(?:with\s+)?an?)\s+$",
    re.I,
)
# The words of legal drafting and of Scots law: "in terms of section 184" (Scots for "under"),
# "by virtue of section 128", "in pursuance of", "within the meaning of", "the meaning given in
# Article 8(2)", "the meaning assigned to it by Article 29(5)", "powers conferred by section
# 14(4)". They count only before a section, schedule, article or regulation: "In terms of Part 2,
# most families fill it in" is everyday English about a form's part.
_DRAFTING_BEFORE = lazy_pattern(
    r"(?:\bin terms of|\bby virtue of|\bin pursuance of|\bpursuant to|\bwithin the meaning of"
    r"|\bmeaning (?:given|assigned to it|given to it)\s+(?:in|by)|\b(?:conferred|imposed)\s+by)\s+$",
    re.I,
)
_DRAFTED_PARTS = ("section", "schedule", "art", "reg")
_LAW_AFTER = lazy_pattern(r"\s+(?:provides|requires|says that|states that|sets out|allows|gives (?:the|a|you)|applies to|apply\s*\?)")
_ONLY_A_LAWS = ("section", "Section", "Schedule")
# What only a law's part does, whatever the part: "Part 5 confers a statutory authority",
# "Part 3 amends the 1968 Act", "Part 6 creates a new system of orders", "Chapter 2 imposes a
# duty" (a leaflet's part explains, tells or sets out; it confers, imposes and repeals nothing).
_ONLY_A_LAW_DOES = lazy_pattern(
    r"\s+(?:confers|imposes|amends|repeals|revokes|inserts|substitutes|empowers|makes (?:further )?provision|places (?:a |new )?dut(?:y|ies))\b"
)
# "Part 6 creates a new system of orders"; a chapter that creates something new is a law's only
# with a law named in its paragraph ("Chapter 2 creates a new world for the young hero" is a story's).
# A Part, section or schedule that creates something new is a law's wherever it stands.
_CREATES_A_NEW = lazy_pattern(r"\s+creates (?:a |an )?new\b")
_A_LAWS_PART_BEFORE = lazy_pattern(r"\b(?:[Pp]art|[Ss]ection|[Ss]chedule)\s+[\w.()]+$")
# "a section 21 notice", "a section 202 review", "section 17 support", "a Section 21 eviction
# Notice", "a section 36 certificate" (Scotland's emergency detention): a section named with
# what the law does or gives is a law's (housing and care pages name notices, reviews and duties so).
_LAW_THING_AFTER = lazy_pattern(
    r"\s+(?:(?:eviction|possession)\s+)?(?:notice|review|decision|duty|duties|enquiry|enquiries|inquiry|inquiries|"
    r"investigation|support|accommodation|payments?|assessment|order|warrant|appeal|application|agreement|referral|offer|certificate"
    # ... and what a law's process makes, asks or holds: "section 49 reports", "Section 49 requests",
    # "a Section 11 audit", "section 2 hearing", "section 117 aftercare", "Section 3 patients".
    r"|reports?|requests?|audits?|self[- ]assessments?|hearings?|tribunals?|aftercare|criteria|patients?|proceedings|powers|functions|provisions)s?\b"
    # One or two words may stand between, naming what the process is about: "Section 11 safeguarding
    # self assessments", "Section 11 Safeguarding Children Audit" (not small words: "section 3 of the review").
    r"|\s+(?:(?!(?:of|the|a|an|to|in|on|at|for|from|by|with|and|or|is|are|was|were|be|will|can|may|must|should|has|have|had|this|that|your|our|their|its|below|above)\b)[A-Za-z][\w-]*\s+){1,2}"
    r"(?:enquiry|enquiries|investigation|assessment|audit|report|request|review|duty|duties|hearing)s?\b",
    re.I,
)
_REGULATIONS_AFTER = lazy_pattern(r"\s+[Rr]egulations\b")


def used_as_law(text: str, start: int, end: int) -> bool:
    """True if the words around a section number show a law is meant though none is named."""
    if _LAW_BEFORE.search(text, max(0, start - 32), start) is not None:
        return True
    if text[start : start + 7].lower().startswith(_DRAFTED_PARTS) and _DRAFTING_BEFORE.search(text, max(0, start - 32), start) is not None:
        return True
    # "The Part 2 regulations require ...": a part that has regulations is a law's.
    if text.startswith(("Part", "part"), start) and _REGULATIONS_AFTER.match(text, end) is not None:
        return True
    # "Part 2 applies to you" is as likely a leaflet's part: only a section or schedule "provides".
    if text.startswith(_ONLY_A_LAWS, start) and _LAW_AFTER.match(text, end) is not None:
        return True
    if does_what_only_a_law_does(text, end):
        return True
    # "a section 202 review", "an S184 decision" (a capital S and a number no school year has),
    # and the first of a list: "Section 21 and Section 8 notices".
    named_so = text.startswith(("section", "Section"), start) or _NOT_A_SCHOOL_YEAR.match(text, start, end)
    return bool(named_so) and _LAW_THING_AFTER.match(text, after_the_list(text, end)) is not None


def does_what_only_a_law_does(text: str, end: int) -> bool:
    """True if the words after a part ending at ``end`` say what only a law's part does: "Part 5
    confers ...", "chapter 2 imposes a duty ..."."""
    if _ONLY_A_LAW_DOES.match(text, end) is not None:
        return True
    if _CREATES_A_NEW.match(text, end) is None:
        return False
    if _A_LAWS_PART_BEFORE.search(text, max(0, end - 24), end) is not None:
        return True
    low, high = text.rfind("\n\n", 0, end) + 1, text.find("\n\n", end)
    return _A_LAW_OR_A_REGULATION.search(text, low, high if high >= 0 else len(text)) is not None


def cites_a_law(doc: Document, start: int, end: int) -> bool:
    """For a capitalised "Section 147" or "Part II" with no law named after it: True if a section
    title in brackets follows, or a law is named in its paragraph and no explanation follows."""
    text = doc.text
    if _TITLE.match(text, end, end + 80):
        return True
    low, high = context.window(doc, start, end)
    named = A_LAW.search(text, low, high) is not None or _INITIALS_AND_YEAR.search(text, low, high) is not None
    return named and not explained_after(text, start, end)


# "S184", "S.188(1)": a section written short with a capital S whose number is no school
# year in Scotland (S1 to S6).
_NOT_A_SCHOOL_YEAR = lazy_pattern(r"S\.?\s?(?:[7-9]|\d{2,3}|\d+[A-Z]*\()")
# "in S3", "into S4", "starting S1", "S5 and S6 pupils": Scotland's secondary school years,
# written as the Mental Health Act's sections are written short.
_SCHOOL_YEAR = lazy_pattern(r"S[1-6]")
_SCHOOL_YEAR_BEFORE = lazy_pattern(r"\b(?:in|into|entering|starting|start|from|until|till|through|pupils? in)\s+$", re.I)
_SCHOOL_YEAR_AFTER = lazy_pattern(r"(?:\s*(?:and|or|to|-|–)\s*S[1-6])?\s+(?:pupils?|class|classes|year|students?|prelims?|exams?|subjects?|timetable|course)\b", re.I)


# Words that say a person is held in hospital: near them "in S2" is the Mental Health Act's section.
_HELD_IN_HOSPITAL = lazy_pattern(r"\b(?:sectioned|detained|detention|ward|hospital)\b", re.I)


def a_school_year(doc: Document, start: int, end: int) -> bool:
    """True for "S3" written as a school year in Scotland: "my son is in S3", "S5 pupils"
    (the glossary's "section 3" of the Mental Health Act is written "S3" too: "on a S3"). Not in
    a paragraph that speaks of being held in hospital: "She was sectioned and is in S2 now on the ward"."""
    text = doc.text
    if _SCHOOL_YEAR.fullmatch(text, start, end) is None or not (
        _SCHOOL_YEAR_BEFORE.search(text, max(0, start - 16), start) is not None or _SCHOOL_YEAR_AFTER.match(text, end) is not None
    ):
        return False
    low, high = context.window(doc, start, end)
    return _HELD_IN_HOSPITAL.search(text, low, high) is None


# A leaflet or form speaks to its reader of its own Parts: "Part 2 tells you about ...", "In Part 3
# we explain ...", "Please fill in Part 2 if you are the carer". A law's Part is written of so
# impersonally: "Part 5 – Emergency Detention", "the Part 4 'Consent to Treatment' provisions".
_SPOKEN_TO_THE_READER = lazy_pattern(r"\b(?:you|your|yours|we|our|us|please)\b", re.I)


# Two or more lines that open with a Part are a list of the text's own parts: "Part 1 Introduction",
# "Part 2 Assessment" (a contents page).
_A_LINE_OF_PARTS = lazy_pattern(r"(?m)^[ \t]*Part [\dIVX]")


def _a_part_not_spoken_to_the_reader(doc: Document, start: int) -> bool:
    """True for a capitalised "Part" in a sentence that does not speak to the reader, and not one
    of the lines of a list of parts."""
    text = doc.text
    if not text.startswith("Part ", start):
        return False
    low, high = doc.sentence_at(start)
    if _SPOKEN_TO_THE_READER.search(text, low, high) is not None:
        return False
    return len(_A_LINE_OF_PARTS.findall(text)) < 2 or _A_LINE_OF_PARTS.match(text, text.rfind("\n", 0, start) + 1) is None


def bare_section_in_a_care_text(doc: Document, hits: list[Hit], start: int, end: int) -> bool:
    """True for "section 128" (or "S184", "S.188(1)", or a "Part 5" in a sentence that does not
    speak to the reader) with no law named, in a paragraph about care (a glossary term is in
    it), that is not a part of the text itself: whichever law it is, the reader cannot follow it."""
    if not (doc.text.startswith(("section", "Section"), start) or _NOT_A_SCHOOL_YEAR.match(doc.text, start, end) or _a_part_not_spoken_to_the_reader(doc, start)):
        return False
    if part_of_this_text(doc, start, end):
        return False
    if explained_after(doc.text, start, end):
        return False
    low, high = context.window(doc, start, end)
    if mentions_this_document(doc.text, low, high):
        return False
    return any(low <= h.start and h.end <= high and not (h.start < end and start < h.end) for h in hits)


def law_part_in_words(doc: Document, start: int, end: int) -> bool:
    """For a part numbered in words ("section two"): True if a law is named straight after
    or before it ("section two of the Mental Health Act", "MHA section two"), or the words
    around use it as one ("a section three assessment", "section two allows", "he was on a
    section two") or say "under" it where a law is named in its paragraph, and no explanation
    follows. A leaflet's
    "Section Two", "under section four you will find our prices", are left alone."""
    text = doc.text
    if explained_after(text, start, end) or of_a_document_after(text, end):
        return False
    if names_a_law_after(text, end) or LAW_JUST_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    if _ON_A.search(text, max(0, start - 8), start) is not None:
        return True  # "he was on a section two": a person is put on a law's section, not a leaflet's
    if DETAINED_UNDER.search(text, max(0, start - DETAINED_LOOK), start) is not None:
        return True  # "detained under Section four": only a law detains
    if not used_as_law(text, start, end):
        return False
    low, high = context.window(doc, start, end)
    return _A_LAW_OR_ITS_INITIALS.search(text, low, high) is not None or _LAW_THING_AFTER.match(text, end) is not None


# "on a section two", "under a section three": how posts say a person is held under a law.
_ON_A = lazy_pattern(r"\b(?:on|under) an?\s+$", re.I)
#: Words that say a person is held under a law, straight before a section's number, perhaps after
#: other sections in a list: "detained under Section four", "sectioned under section three",
#: "held in hospital under", "Detention under a section 2", "detained under Section 3, Section 37,
#: Section 47". Only a law detains, and where no Act is named, the Mental Health Act (acts.py).
DETAINED_UNDER = lazy_pattern(
    r"\b(?:detained|detention|sectioned|held|kept)\s+(?:in\s+hospital\s+)?under\s+(?:an?\s+)?"
    r"(?:(?:sections?|s\.?)\s*\d{1,3}[A-Z]?(?:/\d{1,3})?(?:\s?\(\w{1,4}\))*\s*(?:,|and|or|&)\s*)*$",
    re.I,
)
#: How far before a number :data:`DETAINED_UNDER` looks (a list of sections may come between).
DETAINED_LOOK = 120
# A law named in a paragraph, in full or by its initials: "the Mental Health Act", "the MHA".
_A_LAW_OR_ITS_INITIALS = lazy_pattern(rf"{A_LAW.pattern}|\b[A-Z]{{1,5}}A\b")
# ... or a numbered regulation: "regulation 29 of ESA regulations 2008".
_A_LAW_OR_A_REGULATION = lazy_pattern(rf"{_A_LAW_OR_ITS_INITIALS.pattern}|\b[Rr]egulations?\s+\d")


def law_in_paragraph(doc: Document, start: int, end: int) -> bool:
    """True if a law (or a numbered regulation) is named in the paragraph of ``[start, end)``."""
    low, high = context.window(doc, start, end)
    return _A_LAW_OR_A_REGULATION.search(doc.text, low, high) is not None


# A court or tribunal, or a set of rules, named near a rule's number: "Under Rule 10 the tribunal
# can strike out a claim", "the Tribunal Procedure Rules say at rule 5".
_RULES_OF_A_YEAR = lazy_pattern(r"[Rr]ules?\s+(?:19|20)\d\d\b")
# A court's set of rules is named so ("Civil Procedure Rules"), not "House Rules"; a court has a
# court's word before it ("the county court", "Court of Protection"), not "the tennis courts".
_A_COURT_OR_RULES = lazy_pattern(
    r"\b(?:(?:Procedure|Court|Family|Civil|Criminal|Tribunal)\s+Rules|[Tt]ribunals?|COPR|CPR|FPR|Court\s+of"
    r"|(?i:(?:the|a|county|family|high|crown|magistrates['’]?|supreme|civil|criminal|youth|coroner['’]?s)\s+courts?))\b"
)


def rule_of_a_court(doc: Document, start: int, end: int) -> bool:
    """For "Rule 10", "rule 5", "r.3.4": True in a paragraph that names a court, a tribunal or a set of
    rules (a court's procedure rules); "Rule 1 of our group is to be kind" is no law's."""
    if not doc.text.startswith(("Rule", "rule", "r.", "rr."), start) or _RULES_OF_A_YEAR.match(doc.text, start, end) is not None:
        return False  # "the Court of Protection Rules 2007": a set of rules' name and its year
    return _A_COURT_OR_RULES.search(doc.text, *context.window(doc, start, end)) is not None


# Words of the Mental Health Act, the police or being held: near them "on a 136" is a section.
_DETENTION_WORDS = lazy_pattern(
    r"\b(?:Mental\s+Health\s+Act|MHA|police|detained|detention|detain|sectioned|place\s+of\s+safety)\b", re.I
)


def about_detention(doc: Document, start: int, end: int) -> bool:
    """True if the paragraph of ``[start, end)`` speaks of the Mental Health Act, the police or
    detention: "put on a 136" there is a section of the Act, not a bus."""
    return _DETENTION_WORDS.search(doc.text, *context.window(doc, start, end)) is not None


# What follows an art class's number, not a law's: "an art 5 day course", "art 2 of the course".
_A_CLASS_AFTER = lazy_pattern(
    r"\s+(?:of\s+(?:the|this|our|your)\s+)?(?:days?|weeks?|hours?|class(?:es)?|lessons?|courses?|sessions?|terms?|modules?)\b", re.I
)


def article_held_under(doc: Document, start: int, end: int) -> bool:
    """For an article written small or short ("article 12", "art 4", "Art. 4"), as Northern
    Ireland's Mental Health Order is cited: True where a person is held or taken in under it
    ("detained under art 12", "admitted on an Art 4") or the words around use it as a law's part
    ("under article 12", "by virtue of art. 3"). "We did art 4 times a week" is not a law's, nor
    "an art 5 day course", "under art 2 of the course"; "on an art 4" counts only written "Art"
    or in a paragraph that speaks of being held in hospital."""
    text = doc.text
    if not text.startswith(("art", "Art"), start) or _A_CLASS_AFTER.match(text, end) is not None:
        return False
    before = text[max(0, start - DETAINED_LOOK) : start]
    if used_as_law(text, start, end) or DETAINED_UNDER.search(before) is not None:
        return True
    if _ON_A.search(text, max(0, start - 8), start) is None:
        return False
    return text.startswith("Art", start) or _HELD_IN_HOSPITAL.search(text, *context.window(doc, start, end)) is not None


# A provision's heading in brackets, as a law cites another part: a noun, not the words a gloss
# opens with ("(when the right can be limited)", "(that is, ...)", "(the nurse's holding power)").
_HEADING_IN_BRACKETS = lazy_pattern(r"\s*\((?!\s*(?:when|where|which|that|who|what|how|the|a|an|i\.?e\.?|meaning|this|it|see|also|or|for|so|because)\b)", re.I)
# ... and only in drafting, where laws cite each other so: "has the meaning given in Article 27(3)
# (...)", "section 17(1) (...) of the Act". "under section 8(2) (money to help carers)" is a gloss.
_DRAFTING_CITES = lazy_pattern(
    r"\b(?:meaning given (?:in|by)|within the meaning of|in accordance with|by virtue of|for the purposes of|"
    r"mentioned in|referred to in|specified in|subject to|the duty in|the power in)\s+$",
    re.I,
)
_OF_A_LAW_AFTER = lazy_pattern(rf"\s*\([^()]*\)\s*of\s+(?:the|this|that)\s+(?:{read_alternatives('law_name_ends.txt')})\b")


def heading_in_brackets(text: str, start: int, end: int) -> bool:
    """True if the bracket after a subsection at ``start:end`` is its heading, as drafting cites it."""
    if _HEADING_IN_BRACKETS.match(text, end) is None:
        return False
    return _DRAFTING_CITES.search(text, max(0, start - 40), start) is not None or _OF_A_LAW_AFTER.match(text, end) is not None
