"""A gloss of a part of a law goes after the law's name when the law is named straight after
the part: "section 135 of the Mental Health Act 1983 (a court warrant ...)", not "section 135
(a court warrant ...) of the Mental Health Act 1983", which splits the reference in two (seen in
rewrites of real council and NHS pages). The cases are written for these tests."""

import pytest

import jargonfree
from jargonfree.fitting import law_named_after

MOVED = [
    # (text, the part, the reference the gloss must follow)
    ("Police can get a warrant under section 135 of the Mental Health Act 1983 to go in.", "section 135", "section 135 of the Mental Health Act 1983 ("),
    ("This is set out in Section 9 of the Care Act 2014.", "Section 9", "Section 9 of the Care Act 2014 ("),
    ("They may use Section 136 of the Mental Health Act for up to 72 hours.", "Section 136", "Section 136 of the Mental Health Act ("),
    ("Under Section 117, of the Mental Health Act 1983, he gets free care.", "Section 117", "Section 117, of the Mental Health Act 1983 ("),
    ("They used section 136 of the Act last night.", "section 136", "section 136 of the Act ("),
]

KEPT_BESIDE_THE_PART = [
    # the law's name has brackets of its own: the gloss stays by the part
    ("She was kept under section 2 of the Mental Health Act 1983 (MHA) last week.", "section 2 ("),
    # the law's name is itself a finding (an abbreviation the rewrite spells out)
    ("She was kept under section 2 of the MHA last week.", "section 2 ("),
    # no law named after the part
    ("She was kept under section 2 last week.", "section 2 ("),
]


@pytest.mark.parametrize(("text", "part", "reference"), MOVED)
def test_the_gloss_follows_the_law_named_after_the_part(text, part, reference):
    result = jargonfree.rewrite(text).text
    assert reference in result
    assert f"{part} (" not in result
    # nothing but the gloss was added: taking the brackets out gives the text back
    start = result.index(reference) + len(reference) - 2
    close = result.index(")", start)
    assert result[:start] + result[close + 1 :] == text


@pytest.mark.parametrize(("text", "reference"), KEPT_BESIDE_THE_PART)
def test_the_gloss_stays_by_the_part_when_the_law_cannot_take_it(text, reference):
    assert reference in jargonfree.rewrite(text).text


@pytest.mark.parametrize(
    ("after", "named"),
    [
        (" of the Children (Northern Ireland) Order 1995 lets", " of the Children (Northern Ireland) Order 1995"),
        (" of the Social Services and Well-being (Wales) Act 2014.", " of the Social Services and Well-being (Wales) Act 2014"),
        (", of the Care Act, says", ", of the Care Act"),
        (" of the new rules", ""),
        (" of the assessment", ""),
        (" in the Care Act 2014", ""),
    ],
)
def test_law_named_after(after, named):
    text = "section 5" + after
    assert text[9 : law_named_after(text, 9)] == named
