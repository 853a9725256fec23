"""A named service that the text spells out and then describes ("The Multi-Agency Safeguarding
Hub (MASH) is the single point of contact for ..."), a glossary heading whose next line names it
again ("Ambulatory care" / "Ambulatory care is ..."), and brackets that add a detail to a term
("an Emergency Protection Order (lasting up to 8 days)") rather than explain it."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # "is the" and a noun that a clause or "for" describes.
        (
            "The Multi-Agency Safeguarding Hub (MASH) is the single point of contact for all professionals to report concerns.",
            "Multi-Agency Safeguarding Hub",
        ),
        ("Disability Related Expenditure (DRE) is the extra costs that someone with a disability may have.", "Disability Related Expenditure"),
        ("The Core Group is the group through which parents and workers carry out the plan.", "Core Group"),
        # A named service, spelt out, and what it does at length (after "The" or a place's possessive).
        (
            "Havering's Multi Agency Safeguarding Hub (MASH) provides information sharing across all the organisations "
            "that work to keep children and adults in the borough safe from harm.",
            "Multi Agency Safeguarding Hub",
        ),
        (
            "The Multi Agency Safeguarding Hub (MASH) will be able to provide a place for holding strategy meetings "
            "with the police, schools, health visitors and social workers together.",
            "Multi Agency Safeguarding Hub",
        ),
        (
            "A Health and Welfare Lasting Power of Attorney (LPA) deals with your wishes about future medicines, "
            "treatment, care and perhaps where you may live.",
            "Health and Welfare Lasting Power of Attorney",
        ),
        # A heading, a blank line, then the heading's short form or the term again and what it is or does.
        ("Multi-Agency Safeguarding Hub (MASH)\n\nMASH provides a first check of worries about a child's safety.", "Multi-Agency Safeguarding Hub"),
        ("Ambulatory care\n\nAmbulatory care is a service where you are treated without staying the night.", "Ambulatory care"),
        ("Care Order\n\nA care order is granted by a court and makes the council share responsibility.", "Care Order"),
    ],
)
def test_a_named_service_the_text_describes_is_not_flagged(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # "is the" and a ranking or a reason says nothing of what it is.
        ("The Multi-Agency Safeguarding Hub (MASH) is the only place for all professionals to report concerns.", "Multi-Agency Safeguarding Hub"),
        ("The child in need plan is the reason that the meeting was moved.", "child in need"),
        # Spelt out, then something else about it: what it may do to you, not what it is.
        ("The Multi-Agency Safeguarding Hub (MASH) may ring you on Monday.", "Multi-Agency Safeguarding Hub"),
        # Without its short form, "The" names one thing and a claim about it does not define it.
        (
            "The Multi Agency Safeguarding Hub will be able to provide a place for holding strategy meetings "
            "with the police, schools, health visitors and social workers together.",
            "Multi Agency Safeguarding Hub",
        ),
        # A heading whose next line says something else.
        ("Multi-Agency Safeguarding Hub (MASH)\n\nPlease phone the team on 0800 123 4567.", "Multi-Agency Safeguarding Hub"),
        ("Ambulatory care\n\nThe unit opens at 8am on weekdays.", "Ambulatory care"),
    ],
)
def test_the_same_shapes_without_a_description_are_still_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The court may make an Emergency Protection Order (lasting up to 8 days) to keep the child safe.", "Emergency Protection Order"),
        ("The judge made a Care Order (made in May) for both children.", "Care Order"),
        (
            "They may apply for an Interim Care Order (which lasts for the period specified in the order) next week.",
            "Interim Care Order",
        ),
        ("Her Care Order (issued in 2019) names the council.", "Care Order"),
        ("I work in a surgical HDU (which mostly takes heart patients) on nights.", "HDU"),
        ("You will go to the child protection conference (held at the school) next week.", "child protection conference"),
    ],
)
def test_a_bracket_that_adds_a_detail_does_not_explain_the_term(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The court may make a Care Order (a court order that gives the council parental rights) this week.", "Care Order"),
        ("Your team is a multidisciplinary team (which often includes nurses, doctors and therapists).", "multidisciplinary team"),
        ("You may be offered reablement (which means short-term help at home to get you back on your feet).", "reablement"),
    ],
)
def test_a_bracket_that_says_what_the_term_is_still_explains_it(text, term):
    assert term not in flagged(text)
