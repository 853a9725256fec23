"""A glossary term quoted on its own is the term in quotes, not a title (issue 11).

A quotation in Title Case is protected as the title of a leaflet or a name ("Read ‘Fairer
Charging’ ..."), but a quotation that is exactly one glossary term, perhaps with an article, is
how writers mark a term: "now on ‘Interim Care Order’ status". Over the 7,256 passages of
session 16's pool, 99 quotations read as titles; 22 of them (19 hosts) were one glossary term
each, and the blind sets of sessions 11 and 15 annotated three of those as jargon the tool
missed ('Note in Lieu', 'Best Interests', 'Looked After at Home'). The term is flagged, and a
rewrite leaves the writer's quotation alone.
"""

from __future__ import annotations

import pytest
from conftest import rules

from jargonfree import check, rewrite
from jargonfree.protected import find_protected, quoted_on_its_own


@pytest.mark.parametrize(
    "text, rule",
    [
        ("He is now on ‘Interim Care Order’ status.", "children-and-send/interim-care-order"),
        ("An application is made for a “Care Order” for the child.", "children-and-send/care-order"),
        ("The Education Authority may issue a ‘Note in Lieu’.", "other-nations/note-in-lieu"),
        ('Children with special educational needs get help at school through "the Local Offer".', "children-and-send/local-offer"),
        # the quoted first words of a longer term: the longer term ("best interests meeting") is read
        ("Dad was found to lack capacity, so the move was decided at a ‘Best Interests’ meeting.", "mental-capacity/best-interests-meeting"),
    ],
)
def test_a_term_quoted_on_its_own_is_flagged(text, rule):
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # a title that holds a term among other words stays a title
        "Read “Talking to your nearest relative” on our site.",
        "See ‘Safeguarding Vulnerable Adults – Regional Adult Protection Policy’ for the steps.",
        # a term the sentence explains is explained, quoted or not
        "‘Supported Living’ is a term used for a home where you have your own tenancy and get support there.",
    ],
)
def test_titles_and_explained_terms_stay_silent(text):
    assert rules(text) == []


def test_the_quoted_term_is_not_rewritten():
    text = "He is now on ‘Interim Care Order’ status."
    finding = next(f for f in check(text).findings if f.rule == "children-and-send/interim-care-order")
    assert finding.no_rewrite_reason is not None
    assert "‘Interim Care Order’" in rewrite(text).text


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("on ‘Interim Care Order’ status", "Interim Care Order", True),
        ("for a “Care Order” or", "Care Order", True),
        ('through "the Local Offer".', "Local Offer", True),
        ("a ‘Note in Lieu’", "Note in Lieu", True),
        ("Read “Talking to your nearest relative” now", "nearest relative", False),  # part of the quotation
        ("on ‘Interim Care Order’ status", "Care Order", False),
        ("the Care Order was made", "Care Order", False),  # no quotation
        ("“Care Order’", "Care Order", False),  # marks that do not pair
    ],
)
def test_quoted_on_its_own(text, words, expected):
    start = text.index(words)
    assert quoted_on_its_own(text, start, start + len(words)) is expected


def test_the_quotation_itself_stays_protected():
    """Only the glossary's reading changes: the quotation keeps its protection for every other
    check (and for the rewrite)."""
    text = "He is now on ‘Interim Care Order’ status."
    start = text.index("‘")
    assert find_protected(text) == [(start, text.index("’") + 1)]


def test_a_quotation_inside_code_stays_protected():
    text = 'Set the label to `"Care Order"` in the form builder.'
    assert "children-and-send/care-order" not in rules(text)
    start = text.index("Care Order")
    assert not quoted_on_its_own(text, start, start + len("Care Order"), find_protected(text))
    assert quoted_on_its_own("a “Care Order” now", 3, 13, find_protected("a “Care Order” now"))
