"""Context words of existing entries, from real text (issue 11: senses and context).

Each entry's ``only_near`` now takes words that real writing puts beside it in its sense, and
its ``not_near`` / ``not_after`` words that show its everyday sense:

- "trust panel": the NI law's way to "deprive a person of their liberty";
- "malignant": "patients who have non-malignant life-limiting illnesses";
- "hand-back": "fewer care workers per client ... fewer hand backs";
- "escalate": "if I felt my condition escalating" is getting worse, not passing a concern up;
- "respondent": "half of respondents" to a poll is no party to a case;
- "sats": "studying for his SATs tests in school" are school tests;
- "DM": "My DM went into hospital" is a forum's "dear mum", not diabetes.
"""

from __future__ import annotations

import pytest
from conftest import rules


@pytest.mark.parametrize(
    "text, rule",
    [
        (
            "Describe the two types of authorisation used to lawfully deprive a person of their liberty: Short Term Detention and Trust Panel Authorisation.",
            "other-nations/trust-panel",
        ),
        ("Timeframes are hard to predict in patients who have non-malignant life-limiting illnesses.", "clinical-words/malignant"),
        ("The benefits are fewer care workers per client and fewer hand backs.", "adult-social-care/hand-back--a-care-provider-giving-back-a-contract-or-package"),
        ("Please escalate any concerns to the nurse in charge.", "officialese/escalate"),
        ("The respondent did not come to the hearing.", "officialese/respondent"),
        ("Her sats dropped to 88% on the ward overnight.", "health-abbreviations/sats"),
        ("PMH includes DM and high blood pressure.", "health-abbreviations/dm"),
    ],
)
def test_the_entrys_sense_is_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The trust panel chose the winner of the art competition.", "other-nations/trust-panel"),
        ("He was a malignant influence on the team, the players said.", "clinical-words/malignant"),
        ("Care workers should hand back their keys at reception.", "adult-social-care/hand-back--a-care-provider-giving-back-a-contract-or-package"),
        ("If I felt my condition escalating between visits I could phone them.", "officialese/escalate"),
        ("Half of the respondents to our poll of parents said their child missed school.", "officialese/respondent"),
        ("Today I visit an 11 year old in foster care. He is studying for his SATs tests in school.", "health-abbreviations/sats"),
        ("My DM went into hospital 5 weeks ago after a series of falls.", "health-abbreviations/dm"),
    ],
)
def test_the_everyday_sense_is_not(text, rule):
    assert rule not in rules(text)
