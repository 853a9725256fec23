"""Clinical, maternity and NHS-service words from session 23 (clin23): a pregnant woman
"presenting" for screening and an "elective" birth, which the context rules of "present" and
"elective" used to miss; and "care cluster" (mental health), but not Wales's primary care cluster."""

from __future__ import annotations

import pytest
from conftest import rules


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "Nuchal translucency screening is available on request if presenting before 13 weeks.",
            "clinical-words/present--come-for-care",
        ),
        (
            "Local community midwives will support labour and birth, unless elective operative delivery is required.",
            "nhs-services/elective",
        ),
        ("An essential care cluster review is carried out.", "nhs-services/care-cluster"),
        ("Smoking raises your risk of coronary heart disease.", "clinical-words/coronary-heart-disease"),
        ("Maternal serum screening (MSS) in the form of a blood test is offered at 16 weeks.", "nursing-maternity/maternal-serum-screening"),
    ],
)
def test_care_senses_are_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We will present the screening results at the board meeting.", "clinical-words/present--come-for-care"),
        ("She chose an elective module on birth in art history.", "nhs-services/elective"),
        ("The primary care cluster meets every month.", "nhs-services/care-cluster"),
    ],
)
def test_everyday_senses_are_left_alone(text, rule):
    assert rule not in rules(text)
