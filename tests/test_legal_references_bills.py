"""A Bill's clauses and the parts laws number in brackets (issue 11): "clause 34(2) of the
proposed Bill", "Clause 22 will change ... the Mental Health Act", "subsection (2)",
"sub-paragraph (2)(a)", "Paragraph 17(4)", "rule 32(6)"; and the clauses and numbers that are
the reader's own papers (a tenancy agreement, a contract, a form) or a text's own parts.

The sentences in quotes are short quotations from public pages that are not in the quality
corpus (bench/quality/corpus.yaml), each with its address, used to test; the rest are ours."""

from __future__ import annotations

import pytest
from conftest import section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://specialneedsjungle.wordpress.com/tag/statements-of-sen/
        (
            "This principle still exists in clause 34(2) of the proposed Bill but an exception has been introduced.",
            ["clause 34(2)"],
        ),
        # http://legislation.data.gov.uk/asp/2000/4/notes/division/2/6/2?wrap=true
        (
            "Subsection (2) places a duty upon the local authority to apply for a guardianship order under certain circumstances.",
            ["Subsection (2)"],
        ),
        # https://www.mumsnet.com/Talk/special_needs/2000304-Statutory-timescales-during-assessment
        ("Paragraph 17(4) states when that 8 weeks can be exceeded.", ["Paragraph 17(4)"]),
        # https://mentalhealthlaw.co.uk/Mental_Health_Review_Tribunal_for_Wales_Rules_2008
        (
            "(4) Paragraph 6 of Schedule 2 to the 1983 Act does not apply where the Tribunal is constituted "
            "by one or two members under sub-paragraph (2)(a) or (b).",
            ["Paragraph 6 of Schedule 2", "the 1983 Act", "sub-paragraph (2)(a) or (b)"],
        ),
        # Our own sentences, of the kinds real pages use.
        ("Clause 22 will change how community treatment orders work under the Mental Health Act.", ["Clause 22"]),
        ("The draft Bill explains this in clause 8(1).", ["clause 8(1)"]),
        ("Clause 4 of the Care Bill deals with advice, and clause 5 with the market.", ["Clause 4", "clause 5"]),
        ("Rule 32(6) says the hospital must send its reports within three weeks.", ["Rule 32(6)"]),
        ("The council relied on paragraphs (1) and (2) of the regulation.", ["paragraphs (1) and (2)"]),
    ],
)
def test_clauses_and_bracketed_parts_are_flagged(text, expected):
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Under clause 4 of your tenancy agreement you must keep the garden tidy.",
        "Clause 7 of the contract says the home can raise its fees once a year.",
        "Leave out clause 3 of the letter and send the rest.",
        "Please read paragraph 4.2 below.",
        "Fill in section (1) of the form.",
        "Our house rules are: (1) no shoes, (2) no smoking.",
        "Rule 1 of the club: be kind.",
    ],
)
def test_a_readers_own_papers_and_plain_numbers_are_not_flagged(text):
    assert section_references(text) == []
