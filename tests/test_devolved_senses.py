"""Terms of the devolved nations' law that had only an English sense, or an English label where
the law is the same elsewhere: "guardianship" in a Scottish text is the Adults with Incapacity
Act's court order (not the Mental Health Act's guardianship), "children in need" in a Northern
Irish or Scottish text is the trust's or the council's duty under the Children Order or the
Children (Scotland) Act, and "significant harm", "ordinarily resident" and "eligible needs" are
the law of more nations than England (no note that they hold in England only)."""

from __future__ import annotations

import jargonfree
import pytest


def _rule(text: str, term: str, jurisdiction: str = "england-wales") -> str | None:
    found = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text == term]
    return found[0].rule if found else None


@pytest.mark.parametrize(
    ("text", "term", "rule"),
    [
        ("Unlike guardianship, an intervention order is for one decision.", "guardianship", "other-nations/guardianship--scotland"),
        ("The sheriff granted guardianship to her son for three years.", "guardianship", "other-nations/guardianship--scotland"),
        ("He lives in supported housing under guardianship.", "guardianship", "mental-health-law/guardianship"),
        ("Under the Children Order, the trust must assess children in need.", "children in need", "other-nations/child-in-need--northern-ireland"),
        ("S22 Children (Scotland) Act 1995 covers children in need.", "children in need", "other-nations/child-in-need--scotland"),
        ("Jake is now a child in need and has a plan to help at home.", "child in need", "children-and-send/child-in-need"),
    ],
)
def test_the_sense_of_the_nation_the_text_is_about(text: str, term: str, rule: str) -> None:
    assert _rule(text, term) == rule


@pytest.mark.parametrize(
    "text",
    [
        "Our staff in Belfast raised money for BBC Children in Need.",
        "Pupils in Dundee raised money for BBC Children in Need.",
        "The court made a special guardianship order for her grandchild in Scotland.",
    ],
)
def test_not_the_law_there_either(text: str) -> None:
    rules = [f.rule for f in jargonfree.check(text).findings]
    assert not any("child-in-need" in r or r.endswith("/guardianship--scotland") for r in rules)


@pytest.mark.parametrize(
    ("text", "term", "jurisdiction"),
    [
        ("The trust is worried the child is suffering significant harm.", "significant harm", "northern-ireland"),
        ("The police can act if a child is at risk of significant harm.", "significant harm", "scotland"),
        ("He is ordinarily resident in Cardiff, so Cardiff pays for his care.", "ordinarily resident", "wales"),
        ("The assessment found she has eligible needs for help with washing.", "eligible needs", "wales"),
    ],
)
def test_no_note_that_the_law_is_englands_only(text: str, term: str, jurisdiction: str) -> None:
    found = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text == term]
    assert found and "only, not in" not in found[0].message
