"""An abbreviation after the words it stands for, written out with no bracket, is spelt out
(long_form_match.spelt_out_in_words_before): counted on 22 hosts of the pool in session 16
("social worker ... my SW", "a family group conference ... After the FGC"). Words that only
happen to start with its letters do not spell it out."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, short",
    [
        ("As I had developed gestational diabetes, I was due to be induced. This is because GD can cause problems.", "GD"),
        ("They asked for a family group conference with the whole family. After the FGC my partner came home.", "FGC"),
        ("Our journey with the eating disorder was long. The ED service saw her in March.", "ED"),
        ("Her development is checked with the Ages and Stages Questionnaire. The ASQ has five parts.", "ASQ"),
    ],
)
def test_an_abbreviation_after_its_words_is_spelt_out(text, short):
    assert short not in flagged(text)


@pytest.mark.parametrize(
    "text, short",
    [
        # Words that are no name of a thing: a pronoun and a verb, a small word first, a doing word last.
        ("I asked and she will call back. The SW never did.", "SW"),
        ("It can kill in a matter of hours if not found early. My OH had it and felt fine.", "OH"),
        ("This must be done within one month of receiving the decision. Send the MR form too.", "MR"),
        ("We got lots of evidence and applied ourselves, pointing out where the school/LEA failed.", "LEA"),
        # A comma breaks the run of words.
        ("We saw the gastro, diabetes and eye teams. The GD clinic was shut.", "GD"),
    ],
)
def test_words_that_only_start_with_its_letters_do_not_spell_it_out(text, short):
    assert short in flagged(text)
