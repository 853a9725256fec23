"""Forms real pages write for an existing entry (issue 11, session 17): "Advanced Decision" for an
advance decision to refuse treatment, written so on a council's best-interests page, a solicitor's
page and a carer's blog in the pool of real passages. "Advanced decision making" (a pillar of
advanced clinical practice) and "advanced decision support" are something else. The sentences are
our own, written in the style of the pages."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term",
    [
        ("Check whether she has a Lasting Power of Attorney or an Advanced Decision.", "Advanced Decision"),
        ("Mum never told us about any advanced decisions she had made.", "advanced decisions"),
        ("He wrote an Advanced Decision to Refuse Treatment last year.", "Advanced Decision to Refuse Treatment"),
    ],
)
def test_advanced_decision_is_the_advance_decision(text, term):
    assert flagged_rules(text).get(term) == "mental-capacity/advance-decision"


@pytest.mark.parametrize(
    "text",
    [
        "The course teaches advanced decision making for senior nurses.",
        "Advanced decision-making is one of the four pillars of advanced practice.",
        "The lab bought software for advanced decision support.",
    ],
)
def test_advanced_decision_making_is_not_the_advance_decision(text):
    assert not any("decision" in word.lower() for word in flagged(text))
