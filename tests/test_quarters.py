"""A quarter of the year written short, "Q1 2018/19" (jargonfree/quarters.py; issue 11): flagged
in committee papers and budget reports with its plain words, left alone in a survey's, a quiz's or
a race's Q1, a bus route, a vitamin or a code. The sentences are our own, in the style of council
papers from England and Wales."""

import pytest
from conftest import flagged_rules, word_findings

RULE = "officialese/quarter-of-the-year"


@pytest.mark.parametrize(
    "text, surface, plain",
    [
        ("The Committee reviewed the risk information for Q1 2018/19 and made no referrals.", "Q1", "quarter 1"),
        ("Corporate Scorecard Q1 2022/23: to present the report of the Head of Service.", "Q1", "quarter 1"),
        ("ADULT SOCIAL CARE 2023/24 Q2 BUDGET MONITORING", "Q2", "quarter 2"),
        ("The Safeguarding Report Qtr 1 2024/25 was taken next.", "Qtr 1", "quarter 1"),
        ("The Q3 figures show a small overspend on home care.", "Q3", "quarter 3"),
        ("Spending in Q4 of 2021-22 was lower than planned.", "Q4", "quarter 4"),
        ("Q4 Integrated Performance Report for the scrutiny committee.", "Q4", "quarter 4"),
        ("Q2 Annual Report of the adoption panel.", "Q2", "quarter 2"),
    ],
)
def test_a_quarter_beside_a_year_or_a_report_word_is_flagged(text, surface, plain):
    found = [f for f in word_findings(text) if f.rule == RULE]
    assert [f.text for f in found] == [surface]
    assert found[0].suggestions == (plain,)
    assert "three-month" in found[0].explanation  # says what kind of thing it is


def test_only_the_first_quarter_in_a_text_is_flagged():
    text = "The Q1 2023/24 position was a small overspend; the Q2 2023/24 position was balanced."
    assert [f.text for f in word_findings(text) if f.rule == RULE] == ["Q1"]


@pytest.mark.parametrize(
    "text",
    [
        "Q1. How satisfied were you with the report from your social worker?",
        "Q1 on the survey asks how you rate our service.",
        "Q1 2019 quiz: what is the capital of Wales?",
        "Hamilton was out in Q1 after a slow lap in 2021.",
        "The Q1 bus stops outside the hospital.",
        "She takes vitamin B12 and Q10 supplements.",
        "Please send the AQ1 form by 2023.",
        "Quarter 1 of 2022/23 went well.",
        "Q1 Report your concerns to the duty team.",
    ],
)
def test_other_q_numbers_are_left_alone(text):
    assert RULE not in flagged_rules(text).values()


# Session 18 (shapes): a financial year written with two figures a side, as NHS board papers
# and council budget reports write it ("Q4 22/23", "Q2 FY24/25"); not a date ("Q1 12/05").
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Referrals to the team fell in Q4 22/23, then rose again.", "Q4"),
        ("The Q2 FY24/25 position shows an overspend on placements.", "Q2"),
        ("Our Q3 23/24 spend on home care is on track.", "Q3"),
    ],
)
def test_a_quarter_beside_a_two_figure_financial_year_is_flagged(text, surface):
    assert [f.text for f in word_findings(text) if f.rule == RULE] == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "Please send your answer to Q1 by 12/05 at the latest.",
        "Q1 12/05 was the date we met.",
        "Q1 21/23 is not a year.",
    ],
)
def test_a_quarter_beside_a_date_or_two_unrelated_figures_is_not(text):
    assert RULE not in [f.rule for f in word_findings(text)]
