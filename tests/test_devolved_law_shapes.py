"""Legal references as the law of Scotland, Wales and Northern Ireland writes them, which the
check used to miss: Scots law's "in terms of section 184" and the drafting words "by virtue of",
"in pursuance of", "within the meaning of", "the meaning given in Article 8(2)", "powers conferred
by section 14(4)"; "a section 36 certificate" (Scotland's emergency detention); a paragraph's own
number glued to the part when a page is copied ("24.17.5Section 127 provides ..."); regulations
cited by their number ("SSI 2008/314", "S.I. 2015/1465", "S.R. 2019/199"); an article of
Northern Ireland's Mental Health Order written small or short where a person is held under it
("detained under art 12", "admitted on an Art 4", "(Art. 4 of the 1986 Order)"). And what is not a
law's: a leaflet's own section after the same words, a school year in Scotland written "S3" as the
Mental Health Act's section 3 is written short, a financial year "2019/20".
The sentences are ours, modelled on real pages."""

from __future__ import annotations

import pytest
from conftest import flagged, flagged_rules, section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The RMO must keep the order under review in terms of sections 184 and 188.", ["sections 184 and 188"]),
        ("The council may act in terms of section 13ZB where an adult cannot consent.", ["section 13ZB"]),
        ("By virtue of section 128, relevant partners must tell the council.", ["section 128"]),
        ("The order was made in terms of Schedule 3 to protect the adult.", ["Schedule 3"]),
        ("He was admitted by virtue of art. 4 last week.", ["art. 4"]),
        ("A payment within the meaning of regulation 12 is ignored.", ["regulation 12"]),
        ("A guardian appointed in pursuance of section 57 may act for the adult.", ["section 57"]),
        ("He is a carer within the meaning of section 187.", ["section 187"]),
        ("An “Article 8 order” has the meaning given in Article 8(2).", ["Article 8(2)"]),
        ("The Department, in exercise of the powers conferred by section 14(4), makes these Regulations.", ["section 14(4)"]),
        ("The doctor granted a section 36 certificate last night.", ["section 36"]),
        ("Partners must, by virtue of section 128, report an adult at risk.", ["section 128"]),
        ("24.17.5Section 127 provides for a strong action to be taken.", ["Section 127"]),
        ("4.Article 21 lets a trust look after a child if the parents agree.", ["Article 21"]),
    ],
)
def test_devolved_shapes_are_legal_references(text: str, expected: list[str]) -> None:
    assert section_references(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The section came into force on 29 October 2008 (SSI 2008/314).", "SSI 2008/314"),
        ("These rules are S.R. 2019/199 and apply in Northern Ireland.", "S.R. 2019/199"),
        ("The regulations (S.I. 2015/1465) say who may be an authorised officer.", "S.I. 2015/1465"),
        ("The plan must follow S.I. 2015/1335 (W. 126) in Wales.", "S.I. 2015/1335 (W. 126)"),
        # (with ", art. 2" after it, the article is flagged too: test_law_parts_from_the_text_around.py)
        ("Commencement was by S.S.I. 2002/162.", "S.S.I. 2002/162"),
        ("These rules are SR 2019/199 and apply in Northern Ireland.", "SR 2019/199"),
        ("The first rules were S.R. 2019/20 in Northern Ireland.", "S.R. 2019/20"),
    ],
)
def test_regulations_cited_by_number(text: str, expected: str) -> None:
    assert section_references(text) == [expected]
    found = [f for f in __import__("jargonfree").check(text).findings if f.text == expected]
    assert "name it" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "In terms of section 3 of this guide, you can ask us to look again.",
        "In terms of Part 2, most families fill it in within a week.",
        "The school report for 2019/20 is ready.",
        "Please bring your SR 2019/20 to parents evening.",
        "Our SI 2019/20 annual report is online.",
        "Our annual report for 2008/09 shows more referrals.",
        "The bus leaves at 20/10 from stand SR 2.",
        "See section 4 below for our opening times, by virtue of the new rota.",
    ],
)
def test_not_a_law_after_the_same_words(text: str) -> None:
    assert section_references(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "My son is in S3 at the academy now.",
        "She moved up into S2 after the summer.",
        "The S5 pupils raised money for the hospice.",
        "He is starting S1 in August and is nervous.",
        "My son is in S3 at the academy and his teacher is lovely.",
    ],
)
def test_a_school_year_in_scotland_is_not_a_section(text: str) -> None:
    assert not any(rule.startswith("mental-health-law/section") for rule in flagged_rules(text).values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has been on a S3 since March.", "S3"),
        ("He was sectioned under S2 last night.", "S2"),
        ("My mum is in hospital on S3 and the ward is nice.", "S3"),
        ("She was sectioned and is in S2 now on the ward.", "S2"),
        ("He was detained last night and is in S3 for a month.", "S3"),
    ],
)
def test_the_mental_health_acts_sections_written_short_still_count(text: str, expected: str) -> None:
    assert expected in flagged(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was detained under article 12 last night.", ["article 12"]),
        ("She was detained under art 12 last night.", ["art 12"]),
        ("He was taken in on an Art 4 and then kept in.", ["Art 4"]),
        ("He is on an art 4 in the ward and cannot leave.", ["art 4"]),
        ("admission for assessment (Art. 4 of the 1986 Order)", ["Art. 4", "the 1986 Order"]),
    ],
)
def test_northern_irelands_articles_written_small_or_short(text: str, expected: list[str]) -> None:
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We did art 4 times a week at the day centre.",
        "She passed Art 1 at college.",
        "I read an article in the paper about care homes.",
        "The art 2 group meets on Fridays in the hall.",
        "My daughter is on an art 5 day course at college.",
        "Under art 2 of the course, pupils paint a portrait.",
        "She is on an art 3 week summer school.",
    ],
)
def test_art_classes_are_not_articles_of_a_law(text: str) -> None:
    assert section_references(text) == []


@pytest.mark.parametrize(
    ("text", "may_cite"),
    [
        ("See www.nhs.uk/conditions or call on 12/3 after 2pm.", False),
        ("Sunday opening: 10/4 and 17/4 at Stoke.", False),
        ("The section came into force on 29 October 2008 (SSI 2008/314).", True),
        ("These rules are S. R. 2019/199 and apply in Northern Ireland.", True),
        ("NISR 2019/199 says who may apply.", True),
    ],
)
def test_one_quick_test_before_the_instruments_pattern(text: str, may_cite: bool) -> None:
    from jargonfree.checks.instruments import has_an_instruments_letters

    assert has_an_instruments_letters(text) is may_cite
