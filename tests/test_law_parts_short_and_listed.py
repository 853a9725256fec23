"""Legal references written in ways the check used to miss (session 21, on public-body and
professional pages): a regulation written small with its dot ("reg. 4"), a Part or a Schedule
written short ("Pt 4 of the Act", "Sch 2 to the Children Act 1989", "a Sch. 1 offence"), an
article with a treaty's initials straight after it ("Art. 8 ECHR"), a numbered subsection after
"see" ("(see section 187(1))"), a Part listed with sections of a law ("under section 15, Part 4,
or section 109"), "the Part 2 regulations", and a part followed by a bracket that leaves
something out ("Schedule 1 (other than ...)"), which is no explanation. What stays alone: a
company's registration number, a patient written "Pt", and the parts of a leaflet or form listed
together. And three glossary contexts found on the same pages.

The sentence in quotes is a short quotation from a public page that is not in the quality
corpus (bench/quality/corpus.yaml), with its address; the rest are ours."""

from __future__ import annotations

import pytest
from conftest import flagged_rules, section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under reg. 4 the home must keep a record of each fall.", ["reg. 4"]),
        ("Care homes for children are covered by Pt 4 of the Act.", ["Pt 4"]),
        ("The council acted under Pt 2 of the Care Act.", ["Pt 2"]),
        ("Stopping the visits engages Art. 8 ECHR.", ["Art. 8"]),
        ("The duty is in para 3, Sch 2 to the Children Act 1989.", ["para 3", "Sch 2"]),
        ("He was convicted of a Sch. 1 offence.", ["Sch. 1"]),
        ("A carer cannot live in approved premises after an offence (see section 187(1)).", ["section 187(1)"]),
        # https://legislation.gov.uk/anaw/2014/4/part/6/data.html (Social Services and Well-being (Wales) Act 2014, s 74)
        (
            "provided with accommodation by the authority in the exercise of any functions which are social "
            "services functions, apart from functions under section 15, Part 4, or section 109, 114 or 115.",
            ["section 15", "Part 4", "section 109, 114 or 115"],
        ),
        ("The Part 2 regulations require a review at least once a year.", ["Part 2"]),
        ("Where a standard authorisation is granted under Schedule 1 (other than an interim one), it lasts six months.", ["Schedule 1"]),
    ],
)
def test_short_and_listed_parts_of_a_law_are_flagged(text: str, expected: list[str]) -> None:
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Company reg. 04567890 is printed at the foot of the letter.",
        "See section 3 of this leaflet and section 4 below.",
        "Fill in Part 1, Part 2 and Part 3 of the form.",
        "Read section 2, section 3 and section 4 of this guide.",
        "The ECHR building is in Strasbourg.",
    ],
)
def test_a_documents_parts_and_numbers_that_are_not_a_laws_are_left(text: str) -> None:
    assert section_references(text) == []


def test_pt_is_still_a_patient_in_a_ward_note_and_a_part_beside_a_law() -> None:
    assert flagged_rules("Pt seen on the ward this morning and is stable.")["Pt"] == "health-abbreviations/pt--patient"
    assert "Pt" not in flagged_rules("Care homes are covered by Pt 4 of the Act.")


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        (
            "A person applying for a kinship care order for a child who was previously looked after can get help.",
            "previously looked after",
            "children-and-send/previously-looked-after",
        ),
        (
            "An authority foster parent cares for children looked after by an authority.",
            "looked after by an authority",
            "children-and-send/looked-after-by-the-local-authority",
        ),
    ],
)
def test_looked_after_in_scottish_and_northern_irish_wording(text: str, term: str, rule: str) -> None:
    assert flagged_rules(text).get(term) == rule


def test_secure_as_a_verb_before_care_home_is_not_secure_care() -> None:
    text = "The council may place a charge on a house to secure care home charges for a young person."
    assert "other-nations/secure-care" not in flagged_rules(text).values()
