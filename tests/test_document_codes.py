"""The code of a form or a document is flagged unless the text says what the document is
(jargonfree/document_codes.py; issue 11). "Once you have submitted your UC50 form" was a miss of
the session 15 blind set: the code names the form but does not tell the reader what it is for.
Over session 16's pool, 14 such codes on 12 hosts were silent ("a C1A form", "an SSCS1 form",
"form CTO3"); described ones stay silent ("the capability for work questionnaire (UC50)")."""

from __future__ import annotations

import pytest
from conftest import flagged

from jargonfree import check
from jargonfree.document_codes import RULE, says_what_it_is


@pytest.mark.parametrize(
    "text, code",
    [
        ("Please fill in and send back the SC1 form.", "SC1"),
        ("These worries are written down on a C1A form.", "C1A"),
        # (UC50, the miss that started this, is now a glossary entry of its own: "the Universal
        # Credit form about how your health affects work")
        ("Once you have sent your CH2 form, someone will ring you.", "CH2"),
        ("Send the CH2 form to the DWP.", "CH2"),  # where it goes is not what it is
        ("I completed an SSCS1 form and posted it.", "SSCS1"),
        ("The nurse must fill in form CTO4 on arrival.", "CTO4"),
        ("They said we may also need form C1A as well.", "C1A"),  # "need" does not describe the form
        ("Fill in claim form HC1 and send it back.", "HC1"),
    ],
)
def test_an_undescribed_documents_code_is_flagged_as_a_code(text, code):
    findings = [f for f in check(text).findings if f.text == code]
    assert [f.rule for f in findings] == [RULE]
    assert "code of a form or a document" in findings[0].message  # what kind of thing, no guessed meaning


@pytest.mark.parametrize(
    "text, code",
    [
        ("You can use the SC2 form to ask your employer for sick pay.", "SC2"),
        ("Fill in Form SC2 (Employee's Statement of Sickness) and give it to your boss.", "SC2"),
        ("They will send you form PIP2 - ‘How your disability affects you’ to fill in.", "PIP2"),
        ("Fill in the capability for work questionnaire ESA50 and send it back.", "ESA50"),
        ("You may get a capability for work questionnaire, also known as the UC50 form.", "UC50"),
        ("Your doctor fills in a statement called a DS1500 form.", "DS1500"),
        ("Form A6, which is the form the AMHP uses, goes to the hospital.", "A6"),
        ("Read NICE clinical guideline CG170 for social communication interventions.", "CG170"),
        ("The form CTO5 is used if the CTO is revoked.", "CTO5"),
        ("To apply for Attendance Allowance, complete the AA1A form and post it.", "AA1A"),
        ("A copy of the claim pack can be sent to you by post (form AA1A) if you ring us.", "AA1A"),
        ("You will need HM Revenue and Customs form P46 for a new worker.", "P46"),
    ],
)
def test_a_described_documents_code_is_not_flagged(text, code):
    assert code not in flagged(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # not codes of documents, and not made codes of documents by this rule
        ("Come to Ward B4 at 2pm.", "B4"),
        ("She takes vitamin B12 and D3 every day.", "B12"),
        ("Our office is at CF10 3NQ in Cardiff.", "CF10"),
        ("Covid-19 vaccines are offered in the autumn.", "Covid-19"),
        ("Print it on A4 paper and bring it to A&E.", "A4"),
    ],
)
def test_other_letters_with_digits_are_not_document_codes(text, code):
    assert RULE not in {f.rule for f in check(text).findings}
    assert code not in flagged(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the SC2 form to ask your employer for pay", True),
        ("the UC50 form to the DWP", False),
        ("a C1A form.", False),
        ("questionnaire (UC50) to complete", True),
    ],
)
def test_says_what_it_is(text, expected):
    code = next(w for w in text.replace("(", " ").replace(")", " ").split() if any(c.isdigit() for c in w))
    start = text.index(code)
    assert says_what_it_is(text, start, start + len(code)) is expected
