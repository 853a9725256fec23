"""Explanations said right after a term (session 24): "which can be defined as", "This means"
once the term's clause ends, and ", someone who" after a role. Each with the cases it must leave flagged."""

from __future__ import annotations

import pytest

from conftest import flagged, jargon_at, texts_of_rule


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # "which can be defined as" (session 23's blind set, Glasgow).
        ("The Act applies to people with a mental disorder, which can be defined as any mental illness or learning disability.", "mental disorder"),
        ("The Act applies to people with a mental disorder, which is defined as any mental illness or learning disability.", "mental disorder"),
        # The term ends its clause; "This means" / "it means" says what it means.
        ("PIP is not means-tested. This means that you can receive this benefit even if you have other income.", "means-tested"),
        ("If your family member has been sectioned, this means that they are being kept in hospital.", "sectioned"),
        ("She has been sectioned. It means that she must stay in hospital for now.", "sectioned"),
        # ", someone who": the person the role is (session 23's blind set, Enquire).
        ("A lead professional or key worker, someone who has regular contact with your child, should be chosen.", "lead professional"),
        ("A lead professional or key worker, someone who has regular contact with your child, should be chosen.", "key worker"),
        ("Your child has a key worker, someone who sees them every week.", "key worker"),
    ],
)
def test_explained_right_after(text: str, term: str) -> None:
    assert not jargon_at(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # "which can be" and what is done with it: not a definition.
        ("The Act covers a mental disorder, which can be treated in hospital or at home.", "mental disorder"),
        # "This means" after other words: it says what the whole sentence means.
        ("Some benefits are means-tested and paid monthly. This means that you get less.", "means-tested"),
        # ", someone" without "who": not a description of the role.
        ("The key worker, someone we trust, visited on Monday.", "key worker"),
    ],
)
def test_still_flagged(text: str, term: str) -> None:
    assert jargon_at(text, term)


def test_letters_still_flagged_before_this_means() -> None:
    # An abbreviation's letters stay unread, whatever follows.
    assert texts_of_rule("You will have a PA. This means you get help with daily tasks.", "abbreviation/unexplained") == ["PA"]


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # A body's letters, with words set apart beside them that say what kind of body it is.
        ("Members note the report by POhWER, an independent advocacy service, as part of the consultation.", "POhWER"),
        ("Residents are to be moved after inspections by the care home regulator, the RQIA.", "RQIA"),
    ],
)
def test_letters_set_out_as_a_body(text: str, letters: str) -> None:
    assert letters not in flagged(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # No words of what kind of body: the letters stay unread.
        ("Contact the RQIA about the home.", "RQIA"),
        ("The PHA, welcomed the new model.", "PHA"),
        # A person's role, not a body: "a social worker who ..." does not spell the letters out.
        ("Ask the AMHP, a social worker who arranges the assessment.", "AMHP"),
    ],
)
def test_letters_not_set_out_as_a_body(text: str, letters: str) -> None:
    assert letters in flagged(text)


def test_named_after_its_explanation_with_a_number_in_the_name() -> None:
    text = "For the first 12 weeks your property is not taken into account. This is known as the 12 week property disregard period."
    assert not jargon_at(text, "property disregard")


def test_the_same_name_with_no_explanation_before_it_stays_flagged() -> None:
    assert jargon_at("The 12 week property disregard period starts when you move in.", "property disregard")


def test_help_named_after_it_is_described() -> None:
    text = "The NHS may provide up to six weeks of free, temporary support called NHS Intermediate Care."
    assert not jargon_at(text, "Intermediate Care")


@pytest.mark.parametrize(
    "text",
    [
        # A person who telephoned, not help given a name.
        "Her support worker called NHS Intermediate Care yesterday.",
        "We called the crisis team and asked about intermediate care.",
    ],
)
def test_a_telephone_call_names_nothing(text: str) -> None:
    assert jargon_at(text, "ntermediate")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # review24: a comma between two clauses is not words set apart beside the letters.
        ("When I rang the service, CAMHS told me to wait.", "CAMHS"),
        ("I rang CAMHS, the service told me to wait.", "CAMHS"),
        ("Ask for an EHCP, the council service will help.", "EHCP"),
        ("We asked the charity, the AMHP said no.", "AMHP"),
        ("If you need a DoLS, the agency will arrange it.", "DoLS"),
        # review24: "This means" after a term that is not what its clause says the subject is: it says
        # what the whole sentence leads to.
        ("The council will start a section 42 enquiry. This means you may get a phone call.", "section 42 enquiry"),
        ("The council will start a safeguarding enquiry. This means you may get a phone call.", "safeguarding enquiry"),
        ("Your father lacks capacity, it means nothing to him now.", "lacks capacity"),
        # review24: "care called" is a telephone call; a bare "support called X" says nothing of X.
        ("Her home care called the reablement team yesterday.", "reablement"),
        ("Dad's care called domiciliary care to book a week.", "domiciliary"),
        ("We get support called reablement for six weeks.", "reablement"),
        ("The support called reablement on Monday and they came.", "reablement"),
    ],
)
def test_clauses_and_calls_that_explain_nothing(text: str, term: str) -> None:
    assert jargon_at(text, term)


def test_help_described_then_named_explains_the_name() -> None:
    assert not jargon_at("You can get free, temporary support called NHS Intermediate Care after hospital.", "NHS Intermediate Care")
