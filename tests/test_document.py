"""The document model: protected spans, sentences, words, and folding with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import document
from jargonfree.document import Document, find_protected, find_sentences, fold


def protected(text: str) -> list[str]:
    return [text[a:b] for a, b in find_protected(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("See https://example.org/a?b=1.", ["https://example.org/a?b=1"]),
        ("Visit www.nhs.uk/conditions today", ["www.nhs.uk/conditions"]),
        ("Go to example.org.uk/help, please", ["example.org.uk/help"]),
        ("Email jobs@example.org now", ["jobs@example.org"]),
        ("Thanks @OurLocalNHS and #AMHP!", ["@OurLocalNHS", "#AMHP"]),
        ("Run `jargonfree check` here", ["`jargonfree check`"]),
        ("Read [the guide](https://x.org/g).", ["https://x.org/g)"]),
        ("She said “the AMHP came” today", ["“the AMHP came”"]),
        ("Under the Mental Health Act 1983 you", ["Mental Health Act 1983"]),
        ("A&E is open at 9am", []),
    ],
)
def test_protected_spans(text, expected):
    found = protected(text)
    for item in expected:
        assert any(item in f for f in found), (item, found)
    if not expected:
        assert found == []


def test_sentences():
    text = "Dr. Smith saw him under s. 136. He is fine!\n\nNew paragraph\n- a bullet\n- another"
    assert [text[a:b] for a, b in find_sentences(text)] == [
        "Dr. Smith saw him under s. 136.",
        "He is fine!",
        "New paragraph",
        "- a bullet",
        "- another",
    ]


def test_words_skip_protected_spans():
    doc = Document.from_text("The AMHP's #tag and don’t")
    assert [doc.text[a:b] for a, b in doc.words] == ["The", "AMHP's", "and", "don’t"]


def _general(text: str) -> tuple[str, list[int]]:
    class NotAscii(str):
        def isascii(self) -> bool:  # force the general path
            return False

    folded, origin = fold(NotAscii(text))
    return folded, [origin[i] for i in range(len(folded) + 1)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB-_/\t\n\r.,'")), max_size=40))
def test_ascii_fast_path_equals_the_general_path(text):
    folded, origin = fold(text)
    slow_folded, slow_origin = _general(text)
    assert folded == slow_folded
    assert [origin[i] for i in range(len(folded) + 1)] == slow_origin


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_fold_offsets_point_at_the_original_character(text):
    folded, origin = fold(text)
    assert origin[len(folded)] == len(text)
    for i, ch in enumerate(folded):
        source = text[origin[i]]
        if ch != " ":
            assert ch in source.lower() or ch in "'\""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_blank_lines_end_sentences_with_any_line_ending(newline):
    text = f"See our page{newline}{newline}The police came"
    assert [text[a:b] for a, b in find_sentences(text)] == ["See our page", "The police came"]
