"""The names of the reviews held after a child or adult dies or is badly hurt, as the nations use
them now (session 22): Scotland's learning reviews (child and adult protection committees; they
replaced significant case reviews) and Wales's single unified safeguarding review (SUSR). "Learning
review" is also an everyday phrase, so both its senses need safeguarding words nearby."""

from __future__ import annotations

import jargonfree
import pytest


def _rules(text: str, jurisdiction: str | None = None) -> dict[str, str]:
    kwargs = {"jurisdiction": jurisdiction} if jurisdiction else {}
    return {f.text: f.rule for f in jargonfree.check(text, **kwargs).findings}


@pytest.mark.parametrize(
    ("text", "jurisdiction", "term", "rule"),
    [
        ("The Adult Protection Committee in Fife has started a learning review.", None, "learning review", "other-nations/learning-review--scotland"),
        ("Glasgow Child Protection Committee published a learning review after the death of a baby.", None, "learning review",
         "other-nations/learning-review--scotland"),
        ("The child protection committee has decided to hold a learning review.", "scotland", "learning review", "other-nations/learning-review--scotland"),
        ("The safeguarding adults board has asked for a learning review.", None, "learning review", "safeguarding/learning-review"),
        ("Cwm Taf Morgannwg Safeguarding Board has started a single unified safeguarding review.", None, "single unified safeguarding review",
         "other-nations/single-unified-safeguarding-review"),
        ("The SUSR report will be stored in the Wales Safeguarding Repository.", None, "SUSR", "other-nations/susr"),
    ],
)
def test_the_review_name_and_its_nation(text, jurisdiction, term, rule):
    assert _rules(text, jurisdiction).get(term) == rule


@pytest.mark.parametrize("jurisdiction", [None, "england", "scotland", "wales"])
@pytest.mark.parametrize(
    "text",
    [
        "We hold a learning review with staff after each project.",
        "Our team does a learning review at the end of each sprint.",
    ],
)
def test_an_everyday_learning_review_is_not_flagged(text, jurisdiction):
    assert "learning review" not in _rules(text, jurisdiction)
