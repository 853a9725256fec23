"""Unicode: text written with other code points for the same letters matches the same terms,
invisible characters do not split words, and offsets still point at the original (issue 12)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import jargonfree
from jargonfree.folding import fold, visible


def found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.kind) for f in jargonfree.check(text).findings]


@pytest.mark.parametrize(
    "text, term",
    [
        ("The \uff21\uff2d\uff28\uff30 will call you.", "\uff21\uff2d\uff28\uff30"),  # full-width letters
        ("The AM\u200bHP will call you.", "AM\u200bHP"),  # zero-width space inside
        ("We will li\u00adaise with you.", "li\u00adaise"),  # soft hyphen inside
        ("We will liai\u200dse with you.", "liai\u200dse"),  # zero-width joiner inside
        ("She was held under section\u00a0136.", "section\u00a0136"),  # no-break space
        ("She was held under section\u2009136.", "section\u2009136"),  # thin space
        ("The nearest\u2011relative was told.", "nearest\u2011relative"),  # no-break hyphen
    ],
)
def test_other_code_points_match_the_same_term(text, term):
    report = jargonfree.check(text)
    assert term in [f.text for f in report.findings]
    for f in report.findings:
        assert text[f.start : f.end] == f.text  # offsets into the original, as written


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_decomposed_accents_match_composed_terms(tmp_path):
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "category: test\nentries:\n  - term: déjà vu\n    plain: [a feeling of having been here before]\n"
        "    explanation: The feeling that you have lived this moment before.\n    source: test\n",
        encoding="utf-8",
    )
    decomposed = unicodedata.normalize("NFD", "I had déjà vu today.")
    assert decomposed != "I had déjà vu today."
    report = jargonfree.check(decomposed, glossaries=[glossary])
    (finding,) = [f for f in report.findings if f.kind == "jargon"]
    assert finding.text == unicodedata.normalize("NFD", "déjà vu")
    assert decomposed[finding.start : finding.end] == finding.text


def test_zero_width_space_does_not_make_two_abbreviations():
    text = "We met the QZ\u200bXW team today."
    assert found(text) == [("QZ\u200bXW", "abbreviation")]
    (finding,) = jargonfree.check(text).findings
    assert "“QZXW”" in finding.message  # the message shows what the reader sees


def test_ligatures_fold_to_letters():
    folded, origin = fold("Con\ufb01dential")
    assert folded == "confidential"
    assert origin[3] == 3 and origin[4] == 3  # both letters of "ﬁ" map to it
    assert origin[5] == 4


def test_visible_keeps_case_and_drops_invisible():
    assert visible("AM\u200bHP") == "AMHP"
    assert visible("\uff21b") == "Ab"
    assert visible("plain") == "plain"


def test_user_text_is_never_changed_by_normalising():
    text = "The \uff21\uff2d\uff28\uff30 and the li\u00adaise.\u200b"
    assert jargonfree.check(text).text == text
    result = jargonfree.rewrite(text)
    # Only the edits change the text; everything else is kept code point for code point.
    rebuilt = []
    last = 0
    for edit in result.edits:
        rebuilt.append(text[last : edit.start])
        rebuilt.append(edit.new)
        last = edit.end
    rebuilt.append(text[last:])
    assert result.text == "".join(rebuilt)
    assert "\u200b" in result.text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_fold_maps_every_character_back_in_order(text):
    folded, origin = fold(text)
    offsets = [origin[i] for i in range(len(folded) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(text)
    assert all(0 <= o <= len(text) for o in offsets)
