"""Codes of forms and documents: "send back the UC50 form", "a C1A form", "form SSCS1".

A code of capitals and digits next to the word for a form or a published document
(:func:`jargonfree.checks.abbreviation.names_a_document`) is that document's name, not an
abbreviation to spell out: but the name alone does not tell a reader what the form is for, any
more than an abbreviation does. Benefit and NHS forms ("the SC1 form", "a DS1500", "form HC2")
were among the misses of the session 15 blind set ("UC50 form"). Such a code is flagged as the
code of a form or document, unless the text says what the document is:

* words that describe it come just before, the code in brackets after them: "the capability for
  work questionnaire (UC50)", "Employee Statement of Sickness Form (SC2)";
* a description follows it: in brackets ("form LPA001 (Notice of intention to apply for
  registration)"), after a dash or a colon, or as a title in quotes ("form PIP2 - ‘How your
  disability affects you’");
* what it does or is for follows it: "the SC2 form to ask your employer for sick pay", "form SSP1
  to tell you why", "Form A6, which is the form the AMHP uses", "a DS1500 form describes your
  illness", "The DS1500 is a report ...";
* it is named after its description: "a questionnaire, also known as the UC50", "This statement
  is called a DS1500 form", "the capability for work questionnaire ESA50", "a copy (form AA1A)";
* what it is for opens the sentence: "To apply for Attendance Allowance, complete the AA1A form".
"""

from __future__ import annotations

import re

from .adjacent_explanations import explained_after
from .lazy_patterns import lazy_pattern

#: The rule of a finding on a form's or a document's code.
RULE = "abbreviation/document-code"


def message(code: str) -> str:
    """What a finding on the code says: what kind of thing it is, without guessing its meaning."""
    return f"“{code}” is the code of a form or a document: say what it is or what it is for, in plain words."


# Words that describe the document, then the code in brackets: "questionnaire (UC50)".
_DESCRIBED_BEFORE = lazy_pattern(r"[A-Za-z]{3,}[ \t]*\([ \t]*$")
_CLOSING_BRACKET = lazy_pattern(r"[ \t]*\)")
# After the code: an optional quote mark and the word for a document ("the UC50 form"), then ...
_DOCUMENT_WORD = r"(?:[\"'\u2019]?[ \t]+(?:forms?|questionnaires?|certificates?|reports?|leaflets?|notices?|guidelines?|guidance)\b)?"
_SAYS_AFTER = lazy_pattern(
    _DOCUMENT_WORD
    + r"(?:"
    # ... a description after a dash or a colon, or a title in quotes: "- ‘How your disability affects you’"
    + r"[ \t]*[-\u2013\u2014:][ \t]*[\u2018\u201c\"']?[A-Za-z]"
    + r"|[ \t]+[\u2018\u201c\"][A-Z]"
    # ... what it does or is for: "to ask your employer", ", which is", "that tells", "for claiming",
    # "for social communication interventions"
    # (not where it goes: "send the UC50 form to the DWP")
    + r"|,?[ \t]+(?:(?:to|for)[ \t]+(?!(?:the|a|an|your|their|his|her|my|our|its|us|them|you|him|me|it|this|that)\b)[a-z]{2,}|which|that[ \t]+(?:is|asks|lets|says|tells|shows|gives))\b"
    # ... a sentence that says what it is or does: "The DS1500 is a report", "the form describes your illness"
    + r"|[ \t]+(?:is|was)[ \t]+(?:a|an|the|used)[ \t]"
    + r"|[ \t]+(?:describes|asks|lets|says|tells|shows|gives|confirms|proves)\b"
    + r")"
)
# A word that describes the document before the word for it, then the code: "Capability for work
# questionnaire ESA50", "NICE clinical guidelines CG170", "claim form MA1"; not an article, a
# pronoun, a preposition or a verb of filling in ("a form A1", "using form AR3", "the form SSCS1").
_NOT_DESCRIBING = frozenset(
    "the a an this that these your their his her my our its of on in for with by to from using use "
    "complete completing completed fill filling send sending sent return returning sign signing get "
    "getting give given and or see".split()
)
_WORD_AND_DOCUMENT_BEFORE = lazy_pattern(r"([A-Za-z]+)[ \t]+(forms?|questionnaires?|guidelines?)[ \t]+$", re.IGNORECASE)


def _described_just_before(text: str, start: int) -> bool:
    m = _WORD_AND_DOCUMENT_BEFORE.search(text, max(0, start - 40), start)
    if m is None or m.group(1).lower() in _NOT_DESCRIBING:
        return False
    # A questionnaire or a guideline is named by what comes before it ("work questionnaire",
    # "clinical guidelines"); before "form" only a name does ("Customs form P46"): "need form
    # C1A", "claim form MA1" do not say what the form is.
    return not m.group(2).lower().startswith("form") or m.group(1)[0].isupper()


# "(form AA1A)": the code of the thing the words before spoke of, in brackets after them.
_FORM_IN_BRACKETS = lazy_pattern(r"\([ \t]*(?:form|questionnaire)[ \t]+$", re.IGNORECASE)
# "To apply for Attendance Allowance, complete the AA1A form": what it is for opens the sentence.
_PURPOSE_BEFORE = lazy_pattern(r"(?:^|[.!?:\n][ \t]*)(?:To|In order to)[ \t]+[a-z]+\b[^.!?\n]*$")


# Named after its description: "also known as the UC50", "is called a DS1500 form".
_NAMED_BEFORE = lazy_pattern(r"\b(?:known|referred to|called)[ \t]+as[ \t]+(?:an?[ \t]+|the[ \t]+)?$|\bcalled[ \t]+(?:an?[ \t]+|the[ \t]+)?$")


def says_what_it_is(text: str, start: int, end: int) -> bool:
    """True if the text says what the document whose code is at ``[start, end)`` is or does
    (see the module's notes)."""
    if _DESCRIBED_BEFORE.search(text, max(0, start - 40), start) and _CLOSING_BRACKET.match(text, end):
        return True
    if _SAYS_AFTER.match(text, end, end + 80) is not None:
        return True
    if _NAMED_BEFORE.search(text, max(0, start - 30), start) is not None or _described_just_before(text, start):
        return True
    if _FORM_IN_BRACKETS.search(text, max(0, start - 20), start) and _CLOSING_BRACKET.match(text, end):
        return True
    if _PURPOSE_BEFORE.search(text, max(0, start - 120), start) is not None:
        return True
    return explained_after(text, start, end)
