"""A sentence that opens with a term but says only what follows from it does not explain it
(session 28): "Section 117 means that you will not be charged ..." (a result or a rule: "that", a
subject and "will", "must" or "can"), "A Special Guardianship Order offers greater stability ...
than a ..." (how it compares), "A Section 7 report is a report which ..." (a numbered reference
that names only its own noun again). A sentence that says what the term is still explains it."""

from __future__ import annotations

import pytest
from conftest import flagged

from jargonfree.defining_sentences import defined_by_its_sentence
from jargonfree.document import Document


@pytest.mark.parametrize(
    "text, term",
    [
        # "means that" and what must, will or can follow: a result, not what it is.
        ("Section 117 means that you will not be charged for your aftercare services which have been identified when you are discharged from hospital.", "Section 117"),
        ("Section 117 means that the NHS must keep paying when you go home.", "Section 117"),
        ("A Section 47 enquiry means that the council must look into it straight away.", "Section 47"),
        ("Continuing healthcare means that you will not pay a penny towards your nursing home fees.", "Continuing healthcare"),
        # What it gives, compared with something else.
        ("A Special Guardianship Order offers greater stability and legal security to a placement than a Child Arrangements Order.", "Special Guardianship Order"),
        ("An occupation order provides far stronger protection for you and your children at home than a simple letter from a solicitor.", "occupation order"),
    ],
)
def test_a_sentence_that_says_what_follows_from_the_term_leaves_it_flagged(text, term):
    assert any(term in found for found in flagged(text))


@pytest.mark.parametrize(
    "text, term",
    [
        # "means that" and the state itself, with no "will" or "must": what it is.
        ("Kinship care simply means that a relative is bringing up the child.", "Kinship care"),
        # "means" and a noun phrase.
        ("Mental capacity means the ability to make a decision for yourself.", "capacity"),
        # What it does, at length, with no comparison.
        ("An occupation order excludes someone from your home or the surrounding area and usually lasts for six months or until a further order.", "occupation order"),
        # What kind of thing, named by another noun.
        ("A deferred payment agreement is an arrangement with the council that lets you delay selling your home to pay for care.", "deferred payment agreement"),
        # Its own noun again, but no number: "a plan that sets out ..." still says what it is.
        ("A care plan is a plan that sets out the help you will get and who will give it to you.", "care plan"),
    ],
)
def test_a_sentence_that_says_what_the_term_is_still_explains_it(text, term):
    assert term not in flagged(text)


def _defined(text: str, term: str) -> bool:
    doc = Document.from_text(text)
    start = text.index(term)
    return defined_by_its_sentence(doc, start, start + len(term), doc.sentence_at(start))


@pytest.mark.parametrize(
    "text, term, defined",
    [
        # A numbered reference whose sentence only names its own noun again says nothing of the number.
        ("A Section 7 report is a report which is sometimes ordered by the Family Court when a parent applies for an order.", "Section 7 report", False),
        ("Section 37 orders are orders that the court makes when it is worried about a child.", "Section 37 orders", False),
        # Another noun, or no number: what it is.
        ("A Section 7 report is a written account which a family court adviser prepares for the judge about the child.", "Section 7 report", True),
        ("A care plan is a plan that sets out the help you will get and who will give it to you.", "care plan", True),
        # "means that" and a rule: a result (with a number or without); "means that" and a state: what it is.
        ("Section 117 means that you will not be charged for your aftercare.", "Section 117", False),
        ("Reablement means that the council will not charge you for the first six weeks.", "Reablement", False),
        ("Kinship care simply means that a relative is bringing up the child.", "Kinship care", True),
    ],
)
def test_what_the_sentence_says_decides_whether_it_defines_the_term(text, term, defined):
    assert _defined(text, term) is defined
