"""A preposition, conjunction or pronoun in small letters gives no letter of an unbracketed long form."""

from __future__ import annotations

import pytest

from jargonfree.unbracketed_long_forms import spelt_out_without_brackets


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # "at" is no word of the name: PHA is not spelt out, and stays an abbreviation to explain.
        ("Dr Tracy Owen, Deputy Director of Public Health at the PHA, welcomed the new units.", "PHA"),
        ("She works in Care Homes by the sea. The CHB team visit her.", "CHB"),
        ("Ask the Social Worker or the SWO about it.", "SWO"),
    ],
)
def test_a_function_word_gives_no_letter(text, short):
    assert short not in {d.short for d in spelt_out_without_brackets(text)}


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        # One word of the name in small letters still gives its letter.
        ("Support for Looked after Children. The LAC team visits.", "LAC", "Looked after Children"),
        ("I rang Social Services on Monday. SS said they would call back.", "SS", "Social Services"),
        ("Clinics offer Right to Choose assessments. You can be on a RTC pathway.", "RTC", "Right to Choose"),
    ],
)
def test_a_word_of_the_name_in_small_letters_still_gives_its_letter(text, short, long):
    assert (short, long) in {(d.short, d.long) for d in spelt_out_without_brackets(text)}
