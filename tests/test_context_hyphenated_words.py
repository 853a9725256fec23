"""Context rules (``only_near``) that asked for a compound word in one spelling only: real
pages write "Care Co-ordinator", "out-patient", "in-patient", "post-natal", "ante-natal",
"after-care", "well-being", "multi-disciplinary" and "health care assistant" as often as the
run-together spellings, and a hyphen is a space when words are matched, so the entry stayed
silent ("appoint a Care Co-ordinator and ... write a CTP", a Welsh Assembly answer, session 18).
Each rule that asked for one spelling now asks for both. The sentences are our own."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term, rule",
    [
        ("Your care co-ordinator will go through your CTP with you every year.", "CTP", "other-nations/ctp"),
        ("Ask your care co-ordinator if the EIS can help.", "EIS", "health-abbreviations/eis"),
        ("Her specialty is out-patient work.", "specialty", "nhs-services/specialty"),
        ("He was clinically fit but stayed as an in-patient for weeks.", "clinically fit", "nhs-services/clinically-fit"),
        ("The RM saw her for her post-natal check.", "RM", "nursing-maternity/rm"),
        ("Her child's plan covers her well-being at school.", "child's plan", "other-nations/child-s-plan"),
    ],
)
def test_a_context_word_counts_in_its_hyphenated_spelling(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        ("The DNA test came back from the out-patient lab.", "DNA"),  # the molecule, not a missed visit
        ("My specialty is cakes, and baking is good for my well-being.", "specialty"),
        ("She was clinically fit enough to run, her well-being coach said.", "clinically fit"),
    ],
)
def test_a_hyphenated_context_word_does_not_make_another_sense_count(text, term):
    assert term not in flagged(text)
