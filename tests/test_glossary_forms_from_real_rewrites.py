"""Glossary forms that rewrote real text into the wrong sense or form, each now an entry of its
own or left out (rewrites that keep English). The sentences are written for these tests."""

import pytest

import jargonfree


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I picked up two bank shifts on the ward this week.", "I picked up two stand-in shifts on the ward this week."),
        ("A bank nurse covered the night shift on the ward.", "A stand-in nurse covered the night shift on the ward."),
        ("He was using and weighing the facts about the move.", "He was thinking through the facts about the move."),
        ("The report looks at how the change impacts on families.", "The report looks at how the change affects families."),
        ("The team works with substance misusers and their families.",
         "The team works with people with a drink or drug problem and their families."),
    ],
)
def test_a_form_rewrites_in_its_own_sense_and_form(text, expected):
    assert jargonfree.rewrite(text).text == expected


def test_joint_protocols_in_the_plural_are_any_agreed_ways_of_working():
    # a GP guide: "develop joint protocols for care" is not Northern Ireland's Joint Protocol
    text = "The teams need to understand each other's roles and develop joint protocols for care."
    assert jargonfree.rewrite(text).text == text


def test_the_joint_protocol_is_still_explained():
    text = "The police and the Trust will deal with it under the joint protocol."
    assert "joint protocol (the plan for the police and social workers to look into abuse together)" in jargonfree.rewrite(text).text
