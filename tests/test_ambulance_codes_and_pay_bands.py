"""Ambulance call categories written short, "C1" to "C4", and NHS pay bands in the words that
nurses' posts and job adverts put around them ("band 6 on my team", "Band 6s on the shift",
"promoted to band 7"), seen on paramedics' posts and adverts in session 18. The short
categories keep the entries' context rule (a word about ambulances or 999 calls near), and
stay silent before a word about the neck's bones ("C2 vertebra") and in a sentence about a
pressure ulcer or a tear, whose categories are numbered too; the pay bands keep theirs
(council tax, housing, music). The sentences are our own, written in the style of the pages."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("The paramedic said it was a C2 call, so we should wait less than an hour.", "C2", "nhs-services/category-2"),
        ("Our C1 mean response was just over eight minutes.", "C1", "nhs-services/category-1"),
        ("Falls are usually C3 calls unless the person is badly hurt.", "C3", "nhs-services/category-3"),
        ("The call was triaged as a category 2 after she slurred her words.", "category 2", "nhs-services/category-2"),
        ("Handover delays mean C4 patients can wait all night.", "C4", "nhs-services/category-4"),
        ("Two Band 6s were off the shift, so the Band 5s ran the bay.", "Band 6s", "nhs-services/band-5"),
        ("She is a band 6 in the community team now.", "band 6", "nhs-services/band-5"),
        ("He was promoted to band seven after eight years.", "band seven", "nhs-services/band-5"),
        ("I had an interview for a band 7 post last week.", "band 7", "nhs-services/band-5"),
    ],
)
def test_codes_and_bands_are_flagged_where_their_subject_is_plain(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        ("The ambulance crew found a C2 fracture on the scan.", "C2"),
        ("The C1 vertebra was damaged in the crash, the ambulance crew said.", "C1"),
        ("Our house is in band 6 for council tax, the staff at the desk said.", "band 6"),
        ("The band played 6 songs and the team went home.", "band played 6"),
        ("Row C2 of the spreadsheet holds the team's names.", "C2"),
        # A pressure ulcer's or a tear's category, even with a call or a crew in the sentence.
        ("At handover the nurse said she had a category 2 pressure ulcer on her heel.", "category 2"),
        ("The district nurse found a C2 pressure ulcer on the visit after the call.", "C2"),
        ("The midwife said it was a second degree tear, category 2, before the crew left.", "category 2"),
        ("Vitamin B6 may help with sickness, the midwife said.", "B6"),
    ],
)
def test_codes_and_bands_stay_silent_where_they_mean_something_else(text, term):
    assert not any(term in f or f in term for f in flagged(text))
