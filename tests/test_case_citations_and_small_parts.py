"""Court cases cited by where the judgment is published, and parts of a law written small
(issue 11). "[2014] UKSC 19", "[2017] EWHC 324 (Fam)", "(2005) EWHC 2361 (Admin)" tell a reader
who is not a lawyer nothing: the check flags the citation as one finding that asks for what the
court decided (its court letters are then not flagged again as abbreviations). "part 5 of the
2000 Act", "article 5 (1) of the Human Rights Convention", "article 8(2)" are parts of a law
written small; "part 1 of the application", "part 3 of my story" are not. And "Part 10 (sections
179 and 180)", "detained under Section four", a footnote's mark after the year of a set of
regulations.

The sentences are ours, written in the shapes real pages use."""

from __future__ import annotations

import pytest
from conftest import flagged_rules, section_references

from jargonfree import check
from jargonfree.checks.cases import CASE_RULE, CITATION, may_cite_a_case


def _cases(text: str) -> list[str]:
    return [f.text for f in check(text).findings if f.rule == CASE_RULE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge followed Smith v Jones [2019] EWCA Civ 12 on this point.", ["[2019] EWCA Civ 12"]),
        ("See the ruling in A Council v B [2021] EWCOP 7 about contact.", ["[2021] EWCOP 7"]),
        ("The test was set in P v Cheshire West [2014] UKSC 19, and is still used.", ["[2014] UKSC 19"]),
        ("It was quashed (R (T) v A Hospital (2004) EWHC 1020 (Admin)).", ["(2004) EWHC 1020 (Admin)"]),
        ("An older case, R (K) v B Trust (1999) EWHC Admin 301, said the same.", ["(1999) EWHC Admin 301"]),
        ("In AB v SSWP [2023] UKUT 55 (AAC) the tribunal looked at the descriptors.", ["[2023] UKUT 55 (AAC)"]),
        ("The duty cannot be delegated (R v A Borough ex p C [1998] ELR 40).", ["[1998] ELR 40"]),
    ],
)
def test_a_court_case_is_flagged_as_a_case(text, expected):
    assert _cases(text) == expected
    # One finding for the citation: its court letters are not flagged again on their own.
    rules = flagged_rules(text)
    for letters in ("EWCA", "EWCOP", "UKSC", "EWHC", "UKUT", "AAC", "ELR"):
        assert letters not in rules


def test_a_case_finding_asks_what_the_court_decided():
    (finding,) = [f for f in check("The law changed after X v Y [2020] EWHC 45 (Fam).").findings if f.rule == CASE_RULE]
    assert "court case" in finding.explanation and "decided" in finding.explanation
    assert "part of a law" not in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The report (2019) had 12 pages and the review (2020) 20 more.",
        "Call 0300 456 4600 (2021) or write to us.",
        "We met in [2019] and again in 2020.",
        "Rule of thumb: book early. Part of the team will ring you on 12/03/2025.",
        "She was on ward 12 in 2019 (ward 14 since 2020).",
    ],
)
def test_years_in_brackets_are_not_cases(text):
    assert _cases(text) == []


def test_the_quick_test_lets_every_citation_through():
    for text in ("[2014] UKSC 19", "(2005) EWHC 2361 (Admin)", "[1998] ELR 40"):
        assert may_cite_a_case(text) and CITATION.fullmatch(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For more on treatment under part 5 of the 2000 Act, read our report.", ["part 5", "the 2000 Act"]),
        ("If part 16 of the Mental Health (Care and Treatment) (Scotland) Act 2003 applies, this does not.", ["part 16"]),
        ("It has the same meaning as in article 5 (1) of the Human Rights Convention.", ["article 5 (1)"]),
        ("This right is not absolute: article 8(2) allows some limits.", ["article 8(2)"]),
        ("Some came into force earlier: Part 10 (sections 179 and 180) did in 2014.", ["Part 10", "sections 179 and 180"]),
        ("The nearest relative matters for those detained under Section four.", ["Section four"]),
        ("The rate in regulation 11 of the Minimum Wage Regulations 1999(1) applies.", ["regulation 11"]),
    ],
)
def test_parts_written_small_and_other_shapes_are_flagged(text, expected):
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Once you have filled in part 1 of the application, you can send it.",
        "We are still sorting out part 3 but the council wants to issue the plan.",
        "This is part 2 of my story about the ward.",
        "I read an article 2 weeks ago about the new rules.",
        "Part 2 (pages 4 to 6) tells you how to apply.",
        "She was held up under the bridge for an hour.",
    ],
)
def test_parts_of_other_things_are_not_a_laws(text):
    assert section_references(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Initials that stand for people kept anonymous are not read as abbreviations ("MS" is not
        # multiple sclerosis here), nor a trust's name as one ("MH").
        ("For example, MS v MN [2019] EWHC 100 (Fam) was an appeal by the mother.", ["MS", "MN"]),
        ("The managers must discharge (R (AB) v Riverside MH Trust (2001) EWHC Admin 12), it said.", ["AB", "MH"]),
        ("In JK v SSWP [2021] UKUT 9 (AAC) the tribunal looked again.", ["JK", "SSWP"]),
    ],
)
def test_the_parties_before_a_citation_are_names(text, names):
    rules = flagged_rules(text)
    assert [f for f in rules if f.startswith(("[", "("))]  # the case itself is flagged
    for name in names:
        assert name not in rules


def test_initials_with_no_citation_after_are_read_as_usual():
    # No case: "MS" and "NMC" are what they always are.
    rules = flagged_rules("She has MS and the NMC v the council row goes on.")
    assert "MS" in rules and "NMC" in rules
