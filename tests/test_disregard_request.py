"""'Please disregard ...' is an everyday request, not the charging word (officialese/disregard)."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text",
    [
        "Please disregard the payment reminder we sent.",
        "Kindly disregard the earlier benefit letter.",
    ],
)
def test_please_disregard_is_an_everyday_request(text):
    assert "disregard" not in flagged(text)


def test_disregard_in_a_charging_sentence_is_still_flagged():
    text = "The council must disregard the value of your property in the financial assessment."
    assert flagged_rules(text).get("disregard") == "officialese/disregard"
