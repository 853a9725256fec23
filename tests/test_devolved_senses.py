"""Terms of the devolved nations' law that had only an English sense, or an English label where
the law is the same elsewhere: "guardianship" in a Scottish text is the Adults with Incapacity
Act's court order (not the Mental Health Act's guardianship), "children in need" in a Northern
Irish or Scottish text is the trust's or the council's duty under the Children Order or the
Children (Scotland) Act, "DoLS" and "deprivation of liberty" in a Northern Irish text are its
Mental Capacity Act's (a trust panel agrees them), and "significant harm", "ordinarily resident", "eligible needs" and
Wales's continuing NHS healthcare (CHC, its decision support tool) are the law or practice of more
nations than England (no note that they hold in England only). "Acts of omission", a kind of
neglect in England's and Wales's safeguarding, is jargon in either."""

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
        ("In Northern Ireland a trust panel must agree any deprivation of liberty.", "deprivation of liberty",
         "other-nations/deprivation-of-liberty--northern-ireland"),
        ("The HSC trust has applied for DoLS for her.", "DoLS", "other-nations/dols--northern-ireland"),
        ("The care home has applied for DoLS for three residents.", "DoLS", "mental-capacity/dols"),
        ("The plan amounts to a deprivation of liberty.", "deprivation of liberty", "mental-capacity/deprivation-of-liberty"),
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
        ("The health board will check if he can get CHC.", "CHC", "wales"),
        ("The nurse filled in the DST with the family and the CHC team.", "DST", "wales"),
    ],
)
def test_no_note_that_the_law_is_englands_only(text: str, term: str, jurisdiction: str) -> None:
    found = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text == term]
    assert found and "only, not in" not in found[0].message


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Neglect and acts of omission include not giving someone their medicine.", "acts of omission"),
        ("A judgement is needed on whether an act of omission harmed the adult.", "act of omission"),
    ],
)
def test_acts_of_omission_are_explained(text: str, term: str) -> None:
    assert _rule(text, term) == "safeguarding/act-of-omission"


def test_leaving_something_out_is_not_an_act_of_omission() -> None:
    assert _rule("The omission of her name from the list was a mistake.", "omission") is None
