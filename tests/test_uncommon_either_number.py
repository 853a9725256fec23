"""An uncommon word is one word in either number (checks/uncommon.py): reported once, and
explained once for both ("Neutrophils are a type of white blood cell ..." explains "the
neutrophil count" after it; "an ileostomy - which is when ..." explains "ileostomies")."""

from __future__ import annotations

from conftest import flagged


def test_a_word_explained_in_one_number_is_explained_in_the_other():
    text = "Neutrophils are a type of white blood cell that fight infection. Your neutrophil count is low today."
    assert "neutrophil" not in flagged(text)
    text = "I was given an ileostomy - which is when the colon is removed and the bowel opens onto the tummy. Bags for ileostomies are free."
    assert "ileostomies" not in flagged(text)


def test_a_word_flagged_in_one_number_is_flagged_once():
    text = "Her weight is on the ninth centile. The centiles are lines on the growth chart."
    assert flagged(text).count("centile") == 1
    assert "centiles" not in flagged(text)


def test_a_different_word_is_still_flagged():
    text = "Neutrophils are a type of white blood cell that fight infection. She has neutropenia."
    assert "neutropenia" in flagged(text)
