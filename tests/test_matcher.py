"""Each rule of the glossary matcher, with a case that must be flagged and one that must not."""

from __future__ import annotations

import pytest

from jargonfree import check

GLOSSARY = """
category: t
entries:
  - term: commence
    plain: start
    pos: verb
    source: test
  - term: nearest relative
    plain: family member with rights
    source: test
  - term: AMHP
    plain: approved mental health professional
    source: test
  - term: section 42 enquiry
    plain: checks the council must make
    rewrite: explain
    source: test
  - term: section 42
    plain: the part of the Care Act on abuse checks
    rewrite: explain
    source: test
  - term: section 2
    plain: being kept in hospital for assessment
    rewrite: explain
    not_near: [form, page]
    source: test
  - term: discharge
    plain: leaking fluid
    only_near: [wound, leg, ear]
    source: test
  - term: acute
    plain: sudden
    not_before: [lymphoblastic, kidney injury]
    source: test
  - term: capacity
    plain: ability to decide
    not_after: [room, full, spare]
    source: test
  - term: CTO
    sense: community treatment order
    plain: community treatment order
    source: test
  - term: CTO
    sense: compulsory treatment order
    jurisdiction: scotland
    plain: compulsory treatment order
    source: test
  - term: in order to
    plain: to
    no_inflections: true
    source: test
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    from jargonfree import load_glossary

    path = tmp_path_factory.mktemp("g") / "t.yaml"
    path.write_text(GLOSSARY, encoding="utf-8")
    return load_glossary(path, builtin=False)


def found(text: str, glossary, **kw) -> list[str]:
    report = check(text, glossaries=glossary, only={"jargon"}, **kw)
    for f in report.findings:
        assert text[f.start : f.end] == f.text
    return [f.text for f in report.findings]


def rules(text: str, glossary, **kw) -> list[str]:
    return [f.rule for f in check(text, glossaries=glossary, only={"jargon"}, **kw).findings]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We will COMMENCE soon.", ["COMMENCE"]),  # any capitals
        ("Commence now.", ["Commence"]),
        ("It commences, commenced and is commencing.", ["commences", "commenced", "commencing"]),  # inflections
        ("Ask your nearest\nrelative.", ["nearest\nrelative"]),  # across a line break
        ("Ask your nearest   relative.", ["nearest   relative"]),  # extra spaces
        ("Ask your nearest-relative.", ["nearest-relative"]),  # hyphen
        ("Both nearest relatives agreed.", ["nearest relatives"]),  # plural
        ("Two AMHPs came.", ["AMHPs"]),  # plural abbreviation
        ("The AMHP's report.", ["AMHP"]),  # possessive
    ],
)
def test_flags_forms(glossary, text, expected):
    assert found(text, glossary) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The amhp team.",  # abbreviations match their capitals only
        "A recommencement of work.",  # whole words only
        "Commencer is French.",
        "#AMHP and @AMHP and https://example.org/AMHP and amhp@example.org",  # protected spans
        "Read `AMHP` in the code.",
        "Read “Talking to your nearest relative” on our site.",  # quoted titles
    ],
)
def test_does_not_flag(glossary, text):
    assert found(text, glossary) == []


def test_longest_match_wins_and_no_double_findings(glossary):
    assert rules("A section 42 enquiry started.", glossary) == ["t/section-42-enquiry"]
    assert rules("Under s42 the council acts.", glossary) == ["t/section-42"]
    assert rules("A s.42 enquiry started.", glossary) == ["t/section-42-enquiry"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He is on a section 2.", ["section 2"]),
        ("Fill in section 2 of the form.", []),  # not_near
        ("There is discharge from the wound.", ["discharge"]),  # only_near
        ("The discharge from hospital went well.", []),
        ("An acute illness.", ["acute"]),
        ("She has acute lymphoblastic leukaemia.", []),  # not_before
        ("Acute kidney injury is common.", []),
        ("He lacks capacity to decide.", ["capacity"]),
        ("The room capacity is 40.", []),  # not_after
        ("We are at full capacity.", []),
    ],
)
def test_context_rules(glossary, text, expected):
    assert found(text, glossary) == expected


def test_jurisdiction_picks_the_sense(glossary):
    assert rules("Her CTO ends soon.", glossary) == ["t/cto--community-treatment-order"]
    assert rules("Her CTO ends soon.", glossary, jurisdiction="scotland") == ["t/cto--compulsory-treatment-order"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An Approved Mental Health Professional (AMHP) will call. The AMHP is kind.", []),
        ("An AMHP (Approved Mental Health Professional) will call. The AMHP is kind.", []),
        ("The AMHP will call. An Approved Mental Health Professional (AMHP) is kind.", ["AMHP"]),  # used before
        ("Under section 42 (checks the council makes) we act. Section 42 matters.", []),
        ("Checks the council makes (section 42) come first. Then section 42 ends.", []),
        ("Two approved mental health professionals (AMHPs) came. AMHPs help.", []),
    ],
)
def test_explained_terms_are_not_flagged_after_the_explanation(glossary, text, expected):
    assert found(text, glossary) == expected


def test_no_inflections(glossary):
    assert found("We met in order to talk.", glossary) == ["in order to"]
    assert found("We met in orders to talk.", glossary) == []


def test_offsets_index_the_original_text_with_length_changing_characters(glossary):
    text = "İİİ ﬁne – the AMHP will commence."  # İ lower-cases to two characters
    report = check(text, glossaries=glossary, only={"jargon"})
    assert [(f.text, text[f.start : f.end]) for f in report.findings] == [("AMHP", "AMHP"), ("commence", "commence")]


def test_suggestions_keep_grammar(glossary):
    report = check("Commenced early. It commences. We are commencing.", glossaries=glossary, only={"jargon"})
    assert [f.suggestions[0] for f in report.findings] == ["Started", "starts", "starting"]
    report = check("The AMHP called.", glossaries=glossary, only={"jargon"})
    assert report.findings[0].suggestions == ("approved mental health professional (AMHP)",)


def test_definition_offsets_survive_length_changing_characters(glossary):
    text = "İ the nearest relative (NR) and an approved mental health professional (AMHP) came. The AMHP left."
    assert found(text, glossary) == []
