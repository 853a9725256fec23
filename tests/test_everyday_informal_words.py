"""Informal British words that carers and parents write as they speak are everyday words, not
uncommon ones (session 18); a rare word of the trade or of books is still reported."""

from __future__ import annotations

import pytest

from jargonfree import check


def uncommon(text: str) -> list[str]:
    return [f.text for f in check(text).findings if f.kind == "uncommon"]


@pytest.mark.parametrize(
    "text",
    [
        "Getting the blue badge was a right palaver and I was totally skint by the end of it.",
        "Mum gets in a tizzy when the carers are late, and the whole rigmarole starts again.",
        "I was gobsmacked when the panel said yes; the form was a doddle after all that kerfuffle.",
        "By Friday I'm frazzled and a bit stroppy, and Dad is ratty and tetchy too.",
    ],
)
def test_informal_everyday_words_are_not_uncommon(text):
    assert uncommon(text) == []


def test_a_rare_formal_word_is_still_uncommon():
    assert "perspicacious" in uncommon("The assessor was perspicacious and kind.")
