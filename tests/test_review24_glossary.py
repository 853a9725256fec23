"""Glossary mends from the session-24 review (items 8, 9, 12, 13, 19 and 20): each case is the line
the review ran, or one like it, and what the entry should now do with it."""

import pytest

import jargonfree


def _rules(text, **kwargs):
    return [f.rule for f in jargonfree.check(text, **kwargs).findings]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Adverse weather closed the centre.", "Bad weather closed the centre."),
        ("They faced adverse publicity.", "They faced bad publicity."),
        ("We live in adverse circumstances.", "We live in bad circumstances."),
        ("The change had an adverse effect on her health.", "The change had a bad effect on her health."),
    ],
)
def test_adverse_becomes_a_word_that_reads_in_its_common_uses(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_a_possession_order_in_wales_has_no_england_only_note():
    text = "The landlord has got a possession order from the court."
    [finding] = [f for f in jargonfree.check(text, jurisdiction="wales").findings if f.rule == "adult-social-care/possession-order"]
    assert "England" not in finding.message
    [finding] = [f for f in jargonfree.check(text, jurisdiction="scotland").findings if f.rule == "adult-social-care/possession-order"]
    assert "England and Wales only" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The court applied Practice Direction (PD) 12J to the case.",
        "The court applied Practice Direction 12J to the case.",
        "The court applied PD12J to the case.",
    ],
)
def test_practice_direction_12j_with_pd_in_brackets_gets_its_entry(text):
    assert "children-and-send/practice-direction-12j" in _rules(text)


def test_practice_direction_12j_with_pd_in_brackets_is_explained_once():
    assert jargonfree.rewrite("The court applied Practice Direction (PD) 12J to the case.").text == (
        "The court applied Practice Direction (PD) 12J (the family court's rules for cases where there is domestic abuse) to the case."
    )


@pytest.mark.parametrize(
    "jurisdiction, rule",
    [
        ("england", "nhs-services/managed-clinical-network"),
        ("wales", "nhs-services/managed-clinical-network"),
        ("scotland", "other-nations/managed-clinical-network"),
    ],
)
def test_a_managed_clinical_network_holds_in_england_wales_and_scotland(jurisdiction, rule):
    text = "The cardiac managed clinical network covers the North of England."
    [finding] = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if "managed-clinical-network" in f.rule]
    assert finding.rule == rule
    assert "Scotland only" not in finding.message and "England and Wales only" not in finding.message
    assert "across Scotland" not in jargonfree.rewrite(text, jurisdiction=jurisdiction).text


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The team has a good skill mix of young and old players.", "nursing-maternity/skill-mix"),
        ("Our football team needs a better skills mix.", "nursing-maternity/skill-mix"),
        ("Our shop offers targeted services to families who shop online.", "children-and-send/targeted-services"),
    ],
)
def test_everyday_skill_mix_and_targeted_services_stay_unflagged(text, rule):
    assert rule not in _rules(text)


@pytest.mark.parametrize(
    "text, rule",
    [
        ("The ward needs the right skill mix to keep patients safe.", "nursing-maternity/skill-mix"),
        ("The team needs the right skill mix of nurses and healthcare assistants.", "nursing-maternity/skill-mix"),
        ("Most families get what they need from universal and targeted services.", "children-and-send/targeted-services"),
        ("The family hub is a one-stop shop, with targeted services for families who need more help.", "children-and-send/targeted-services"),
    ],
)
def test_skill_mix_and_targeted_services_still_flagged_in_care_text(text, rule):
    assert rule in _rules(text)
