"""Shapes of legal references that real pages write and the check used to miss (issue 11):
subsections after a space or with lettered parts ("section 44 (6)", "sections 195(8)(a)"), a law
named straight after the number with no "of" ("section 44 Children Act 1989", "(see section 10,
Care Act 2014)") or as "this Act", "Sec.48" written close, Practice Directions, rules and
paragraphs of a code ("Rule 22 (3) of the Tribunal Procedure Rules", "para 9.172, the Code"),
a schedule written small where a law is named, and the first of a list ("Section 21 and
Section 8 notices"). And what stays a text's own part: a list of headings "Part 1: ...", a
section named with its title ("Section 5, Aftercare Planning and Assessment").

The sentences in quotes are short quotations from public pages that are not in the quality
corpus (bench/quality/corpus.yaml) nor in this session's check passages, each with its address;
the rest are ours."""

from __future__ import annotations

import pytest
from conftest import flagged_rules, section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://frg.org.uk (Family Rights Group advice page)
        (
            "It can end at a short time if it is in the child’s best interest for this to happen "
            "(see section 44 (6) of the Children Act 1989).",
            ["section 44 (6)"],
        ),
        ("Section 42 (2) enquiry planning is the next step.", ["Section 42 (2)"]),
        # https://www.gov.uk (homelessness code of guidance)
        (
            "The power to increase this minimum period up to a maximum of 12 months "
            "(sections 195(8)(a) and 189B(7)(a)).",
            ["sections 195(8)(a) and 189B(7)(a)"],
        ),
        ("Once a concern is received, it is recorded on a Section 42(1) information gathering form.", ["Section 42(1)"]),
        ("Emergency Protection Orders are governed by section 44 Children Act 1989.", ["section 44"]),
        ("Councils may charge for some care and support (see section 14, Care Act 2014).", ["section 14"]),
        ("No schedule 2 ESA Regulations descriptors were awarded.", ["schedule 2"]),
        ("Regulation 29 of the ESA Regulations 2008 applied. No schedule 3 descriptor applied.", ["Regulation 29", "schedule 3"]),
        ("(c) an order under section 68 of this Act; or", ["section 68"]),
        ("This is because of Sec.48 of the National Assistance Act 1948.", ["Sec.48"]),
        ("Practice Direction 9H requires the applicant to tell the person.", ["Practice Direction 9H"]),
        ("They are quoting Rule 22 (3) of the Tribunal Procedure Rules 2008.", ["Rule 22 (3)"]),
        ("Children with plans need a yearly review meeting (para 9.172, the Code).", ["para 9.172"]),
        ("This is set out in para 3.4 of the Code.", ["para 3.4"]),
        ("He was held under reg 5 of the Regulations.", ["reg 5"]),
        ("Understanding Section 21 and Section 8 notices is crucial.", ["Section 21", "Section 8"]),
        (
            "The Children and Adoption Act 2006 will extend in part to Northern Ireland "
            "(namely sections 9 to 11 covering adoptions).",
            ["sections 9 to 11"],
        ),
        ("Few homes will take people on a section3 as they have challenging behaviour.", ["section3"]),
        ("He was detained under a S117a qualifying section, so there is a duty to provide aftercare.", ["S117a"]),
        # A Part with a law named by its initials and year in its paragraph.
        ("The IMCA asked for a Part 8 review (MCA 2005) of the authorisation.", ["Part 8"]),
    ],
)
def test_shapes_real_pages_use_are_flagged(text, expected):
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A list of the text's own parts as headings.
        "We have split this sheet in parts: Part 1: Making arrangements with the parents (page 3) "
        "Part 2: Applying to court for a Child Arrangements Order (page 5)",
        # A section of the text named with its title.
        "More was added in Section 5, Aftercare Planning and Assessment, in May.",
        "Children should be seen alone (see Section 9, Parental Involvement and Consent).",
        # A form's part, a rule of thumb, numbered items, dates, phone numbers, years.
        "Complete section 2(a) of the form.",
        "As a rule 2 people go to each visit.",
        "Rule of thumb: ring before you visit.",
        "Call 0300 456 4600 between 9 and 5 on 12/03/2025.",
        "She was on ward 12 for 3 weeks in 2019.",
        "Part of the team will visit on Monday.",
        "The section heading says what to do.",
        "1. Fill in the form. 2. Send it back.",
        # A plan's lettered section (not a Roman one), a section of a named plan.
        "The council named the same school in Section I, and we are appealing.",
        "The panel named School A in Section 2D of the child's Individual Development Plan.",
        # Forms named with a small letter; a form's part where a law is named.
        "We sent the s3a and s3b forms last week.",
        "Fill in Part 2 of the form. The MCA 2005 says you can ask for help.",
        # A schedule written small with no law near: a timetable.
        "Our schedule 2 days a week is busy.",
        # A name and its year, written small, is not a regulation.
        "This is because regulation 29 of ESA regulations 2008 applied.",
    ],
)
def test_what_is_not_a_legal_reference(text):
    found = section_references(text)
    if "regulation 29" in text:
        assert found == ["regulation 29"]
    else:
        assert found == []


def test_a_section_listed_with_another_acts_takes_that_acts_meaning():
    # https://advisory.socitm.net: section 9 here is the Mental Capacity Act's, not the Care Act's.
    rules = flagged_rules(
        "Lasting powers of attorney must be made in accordance with section 9 and section 10 of the Mental Capacity Act 2005."
    )
    assert rules["section 9"] == "legal/section-reference"
    # The Care Act's own section 9 keeps its meaning.
    assert flagged_rules("There is law about that, like section 1 and section 9 of the Care Act 2014.")["section 9"] != (
        "legal/section-reference"
    )


def test_a_section_of_a_law_with_brackets_in_its_name_is_that_laws():
    # https://www.healthandeducationchamber.scot: not the Care Act's section 18.
    rules = flagged_rules(
        "The reference is made under section 18(3)(d)(i) of the Education (Additional Support for Learning)(Scotland) Act 2004."
    )
    assert rules == {"section 18(3)(d)(i)": "legal/section-reference"}


def test_a_titled_section_of_a_manual_is_not_the_mental_health_acts():
    text = "Information about Stalking Protection Orders was added to Section 3, Specialist Domestic Abuse Services and Support."
    assert "Section 3" not in flagged_rules(text)
    # With a law's name after the comma it is a law's section.
    assert "Section 3" in flagged_rules("He was detained under Section 3, Mental Health Act 1983.")
