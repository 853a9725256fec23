"""A replacement that holds the word just before or after it, or the word "and"/"or"/"/" joins it to, is
left to a person: seen in rewrites of real pages, "your rights and entitlements" became "your
rights and rights", "bladder and/or bowel continence" "bladder and/or bowel bladder and bowel
control", "your memory or cognitive function" "your memory or memory and thinking function".
The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.rewrite_guards import SAYS_AGAIN, says_again


def _reasons(text):
    return [reason for _, reason in jargonfree.rewrite(text).skipped]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Our guide explains your rights and entitlements as a carer.", "rights and entitlements"),
        ("Some people have bowel continence problems after a stroke.", "bowel continence"),
        ("The test looks at memory, cognitive skills and mood.", "cognitive"),
        ("Any policy may be amended or changed by the council.", "amended or changed"),
    ],
)
def test_a_replacement_that_says_the_word_before_it_again_is_left(text, kept):
    result = jargonfree.rewrite(text)
    assert kept in result.text
    assert SAYS_AGAIN in _reasons(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ask us to check your entitlement to Carer's Allowance.", "Ask us to check your right to Carer's Allowance."),
        ("Some people have continence problems after a stroke.", "Some people have bladder and bowel control problems after a stroke."),
        # the first word said just before is left out instead (see without_words_repeated)
        ("At my first booking appointment I met the midwife.", "At my first midwife appointment I met the midwife."),
    ],
)
def test_a_replacement_that_says_no_word_again_is_still_made(text, expected):
    assert jargonfree.rewrite(text).text == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "replacement", "expected"),
    [
        ("rights and entitlements", 11, 23, "rights", True),
        ("rights/entitlements", 7, 19, "rights", True),
        ("bladder and/or bowel continence", 21, 31, "bladder and bowel control", True),
        ("to meet carers' eligible needs", 16, 24, "that meet the council's rules", False),  # further back
        ("the rights. Entitlements", 12, 24, "rights", False),  # another sentence
        ("with a hospital unit", 7, 20, "hospital ward", False),  # "a" before it
        ("amended or changed", 0, 7, "changed", True),  # the word after it
        ("commence the review and start", 0, 8, "start", False),  # "the" after it
        ("entitlements. Rights", 0, 12, "rights", False),  # another sentence
    ],
)
def test_says_again(text, start, end, replacement, expected):
    assert says_again(replacement, text, start, end) is expected
