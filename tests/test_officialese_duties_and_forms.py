"""Officialese on council, ombudsman and NHS pages (session 23, offic23).

"escalation", "discharge its duties", "confer", "finite", "conduit", "remediation" and
"ex officio member" are flagged where official text uses them; the everyday senses stay silent: discharge from hospital, a case
conference, "confer with" someone. "require" is not flagged where a form marks a box
"(required)" or "required fields", nor in the CQC rating "Requires improvement".
"""

from __future__ import annotations

import pytest
from conftest import flagged, flagged_rules, rules


@pytest.mark.parametrize(
    "text, word, rule",
    [
        ("Increasing preventative services to minimise the escalation of critical need.", "escalation", "officialese/escalation--getting-worse-or-passing-on"),
        ("A concern is a one stage process with no escalation options.", "escalation", "officialese/escalation--getting-worse-or-passing-on"),
        ("In discharging its duties, the council must act fairly.", "discharging its duties", "officialese/discharge-its-duties--carry-out-duties"),
        ("The Department discharges this duty through the trusts.", "discharges this duty", "officialese/discharge-its-duties--carry-out-duties"),
        ("Both bodies can continue to discharge their functions.", "discharge their functions", "officialese/discharge-its-duties--carry-out-duties"),
        ("Part 5 confers a statutory authority on doctors.", "confers", "officialese/confer--give-a-power-or-right"),
        ("The board manages demand within the finite resources available.", "finite", "officialese/finite"),
        ("The forum acts as the conduit between carers and the council.", "conduit", "officialese/conduit"),
        ("If you require any support with this form, call us.", "require", "officialese/require"),
        ("The damp remediation will start in May.", "remediation", "officialese/remediation"),
        ("The chief executive is an ex officio member of the board.", "ex officio member", "officialese/ex-officio-member"),
    ],
)
def test_officialese_is_flagged(text: str, word: str, rule: str) -> None:
    assert flagged_rules(text).get(word) == rule


@pytest.mark.parametrize(
    "text",
    [
        "She was discharged from hospital on Friday and went home.",
        "The nurse will confer with the doctor before the ward round.",
        "The argument escalated quickly.",
    ],
)
def test_everyday_senses_stay_silent(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Does the person with care needs live with you? (required)",
        "Fields marked with a star are required fields.",
        "The home was rated Requires improvement by the inspectors.",
    ],
)
def test_require_on_forms_and_ratings_is_silent(text: str) -> None:
    assert "officialese/require" not in rules(text)


def test_housing_discharge_of_duty_keeps_its_own_rule() -> None:
    text = "The council discharged its duty to house him when he turned down the offer of accommodation."
    found = rules(text)
    assert "adult-social-care/discharge-of-duty" in found
    assert "officialese/discharge-its-duties--carry-out-duties" not in found
