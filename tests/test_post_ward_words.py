"""Ward words that patients, carers and junior doctors write in posts (issue 11: misses in real
posts): clerking and an acute ward (entries from q11terms), and obs, sats, bloods and elective
in a post's few words, which their context rules used to miss; and "sectioning"."""

from __future__ import annotations

import pytest
from conftest import rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A patient needed clerking in for an operation the next day, so I did that first.", "clinical-words/clerking"),
        ("Busy night in A&E: I was clerking until four.", "clinical-words/clerking"),
        ("When I am first on I take the A&E referrals, clerk them and present them on the ward round.", "clinical-words/clerking"),
        ("On the admissions unit we clerk and examine every new patient.", "clinical-words/clerking"),
        ("We kept up CPR but could not get peripheral access, his veins had collapsed.", "clinical-words/venous-access"),
        ("He needed IV access for the antibiotics.", "clinical-words/venous-access"),
        ("The psych said my son needed to go to an acute ward.", "nhs-services/acute-ward"),
        ("They did her sats and bloods.", "health-abbreviations/sats"),
        ("They did her sats and bloods.", "clinical-words/bloods"),
        ("She is on 15-minute obs.", "clinical-words/obs"),
        ("Elective work means fewer ward rounds at night.", "nhs-services/elective"),
        ("What does sectioning involve? My son is in hospital.", "mental-health-law/sectioned"),
    ],
)
def test_ward_words_in_a_short_post_are_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "She spent a year clerking for a judge before she joined the firm.",
        "Ask the ward clerk; patients often ring her about visiting.",
        "Write to the clerk of the court about the hearing.",
        "The ward has peripheral access doors for deliveries at the back of the building.",
        "Central access to patient records is kept to a few staff.",
        "He did his SATs at school and got good results.",
        "The Bloods are a gang in Los Angeles.",
        "She chose art as an elective module this term.",
        "The sectioning off of the garden took a day.",
    ],
)
def test_the_same_words_in_everyday_senses_are_left_alone(text):
    assert not {"clinical-words/clerking", "clinical-words/venous-access", "nhs-services/acute-ward", "health-abbreviations/sats", "clinical-words/bloods", "nhs-services/elective", "mental-health-law/sectioned"} & set(rules(text))
