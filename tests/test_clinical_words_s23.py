"""Clinical, nursing, maternity and NHS-service words from session 23 (clin23): a pregnant
woman "presenting" for screening and an "elective" birth, which the context rules of "present"
and "elective" used to miss, and the new context rules of slough, blanching and care cluster."""

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
        ("This depth can be covered by slough, which must be removed before grading.", "nursing-maternity/slough"),
        ("Grade 1: skin is intact but blanching, with some heat.", "nursing-maternity/blanching"),
        ("An essential care cluster review is carried out.", "nhs-services/care-cluster"),
    ],
)
def test_care_senses_are_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We will present the screening results at the board meeting.", "clinical-words/present--come-for-care"),
        ("She chose an elective module on birth in art history.", "nhs-services/elective"),
        ("She took the train from Slough to work at the council.", "nursing-maternity/slough"),
        ("The snake will slough its old skin.", "nursing-maternity/slough"),
        ("Blanch the beans in boiling water for two minutes.", "nursing-maternity/blanching"),
        ("The primary care cluster meets every month.", "nhs-services/care-cluster"),
    ],
)
def test_everyday_senses_are_left_alone(text, rule):
    assert rule not in rules(text)
