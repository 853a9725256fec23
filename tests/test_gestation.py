"""A pregnancy's weeks and days written short, "25+5" (jargonfree/gestation.py; issue 11): one
rule with a list of pregnancy words, where the glossary's entry lists 36+0 to 42+6 only. Over
session 16's pool it adds 7 findings on 6 hosts ("between 18 and 20+6 weeks pregnant", "a GTT
at 25+5-28 weeks", "overdue (40plus3)", "at 41+ 2", "11 weeks and 13+6"), and none elsewhere."""

from __future__ import annotations

import pytest
from conftest import rules

from jargonfree import check
from jargonfree.gestation import RULE, find


@pytest.mark.parametrize(
    "text, surface, plain",
    [
        ("The scan is done when you are between 18 and 20+6 weeks pregnant.", "20+6 weeks", "20 weeks and 6 days"),
        ("I am overdue (40plus3) and the midwife will do a sweep.", "40plus3", "40 weeks and 3 days"),
        ("My waters went at 33+1 and she was born the next day.", "33+1", "33 weeks and 1 day"),
        ("At 24+0 weeks a baby born early may survive.", "24+0 weeks", "24 weeks"),
    ],
)
def test_weeks_and_days_are_flagged_with_the_words_written_out(text, surface, plain):
    finding = next(f for f in check(text).findings if f.rule == RULE)
    assert (finding.text, finding.suggestions) == (surface, (plain,))


def test_a_range_is_flagged_but_not_rewritten():
    finding = next(f for f in check("A glucose test is done between 25+5-28 weeks pregnant.").findings if f.rule == RULE)
    assert finding.text == "25+5" and finding.suggestions == () and finding.no_rewrite_reason


def test_only_the_first_is_flagged_and_none_where_the_glossary_flagged_it():
    text = "My first was born at 40+2 weeks pregnant and my second at 41+1 weeks."
    assert RULE not in rules(text)  # the glossary's entry (36+0 to 42+6) flagged 40+2
    assert [f.text for f in check("The scan is at 20+6 weeks of pregnancy, or 21+2 weeks at the latest.").findings if f.rule == RULE] == ["20+6 weeks"]


@pytest.mark.parametrize(
    "text",
    [
        "The final score was 25+5 after the bonus round.",  # no word about pregnancy
        "Children aged 4+ years can join the group.",
        "What is 2+2? Ask your baby's big sister.",
        "Open to ages 16+ only, whatever week you come.",
        "It costs £20+5 for postage this week.",
        "Call 0800 123 4567 or +44 20 7946 0018 this week.",
        "Take 2 tablets plus 1 at night for a week.",
    ],
)
def test_other_numbers_with_a_plus_are_not_weeks_and_days(text):
    assert RULE not in rules(text)
    assert find(text, []) == []


def test_find_leaves_numbers_the_glossary_covered():
    text = "I'm 39+6 today and still no baby."
    start = text.index("39+6")
    assert find(text, [(start, start + 4)]) == []
    assert find(text, []) == [((start, start + 4), "39 weeks and 6 days")]


# Session 18 (shapes): the weeks out of 40 that notes and posts write ("36/40"), the days past
# the due date ("T+12") and days past 6 after 40 weeks ("40+12"), seen in midwives' and
# parents' posts, with the same words about pregnancy near.
@pytest.mark.parametrize(
    "text, surface, plain",
    [
        ("At 36/40 the baby was lying bottom first, so the midwife sent me for a scan.", "36/40", "36 weeks"),
        ("Our son came early at 34/40 and spent a week in the neonatal unit.", "34/40", "34 weeks"),
        ("I am T+10 today and the hospital wants to induce me.", "T+10", "10 days past the due date"),
        ("My labour was started at T + 1 because my waters had gone.", "T + 1", "1 day past the due date"),
        ("I was 40+12 when they finally induced me.", "40+12", "40 weeks and 12 days"),
    ],
)
def test_weeks_out_of_40_and_days_past_the_due_date_are_flagged(text, surface, plain):
    finding = next(f for f in check(text).findings if f.rule == RULE)
    assert (finding.text, finding.suggestions) == (surface, (plain,))


@pytest.mark.parametrize(
    "text",
    [
        "She got 36/40 in her driving theory test this week.",  # a mark, with only "week" near
        "The quiz is marked out of 40: I scored 31/40, due to a silly slip.",
        "The dosage 10/40 was written on the scan request.",  # only weak words near
        "Take 12+10 tablets over the next weeks of pregnancy.",  # days past 6 before 40 weeks
        "Launch is at T+2 hours in the project plan.",  # no word about pregnancy
        "The order number is 12/400 for the baby monitor.",
    ],
)
def test_marks_out_of_40_and_other_plus_numbers_are_not_pregnancy(text):
    assert RULE not in rules(text)
