"""The document model and its parts: protected spans, sentences, words, and folding with exact offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import protected as protected_rules
from jargonfree import sentences as sentence_rules
from jargonfree.spans import merge_spans
from jargonfree.document import Document
from jargonfree.folding import fold
from jargonfree.protected import find_protected
from jargonfree.sentences import find_sentences


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
        ("Read “Talking to your nearest relative” today", ["“Talking to your nearest relative”"]),
        ("Follow the ‘Fairer Charging’ guidance", ["‘Fairer Charging’"]),
        ("She said “the AMHP came” today", []),  # quoted words are read like any others
        ("He is subject to a \"DOLS\" now", []),
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


@pytest.mark.parametrize(
    "quoted",
    ["“Talking to your nearest relative”", "‘Fairer Charging’", '"Short Breaks Statement"', "“Framework”"],
)
def test_titles_in_quotes_are_titles(quoted):
    assert protected_rules.is_title(quoted)


@pytest.mark.parametrize(
    "quoted",
    [
        "“He was referred to CAMHS in P3.”",  # quoted speech: a sentence
        "“What do you think your hba1c is?”",
        "“I would just sit there and look out the window and get distracted”",  # speech: eight words or more
        '"supervisory body"',  # a term in quotes, in small letters
        '"DOLS"',  # a bare abbreviation
        "‘DoLs’",
    ],
)
def test_quoted_words_are_not_titles(quoted):
    assert not protected_rules.is_title(quoted)
    text = f"She wrote {quoted} here."
    assert protected_rules.quoted_words(text) == [(10, 10 + len(quoted))]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("the ESA 'permitted work' rule", ["'permitted work'"]),
        ("the parents' views and the children's 'voice' here", ["'voice'"]),
        ("the 'Children's Barred List' check", ["'Children's Barred List'"]),
        ("'Prompting' might include reminding", ["'Prompting'"]),
        ("the nurses' station and the doctors' room", []),  # apostrophes, not quote marks
        ("I'm fine and the kids' toys are here", []),
    ],
)
def test_straight_single_quotes_are_quoted_words_not_apostrophes(text, quoted):
    assert [text[a:b] for a, b in protected_rules.quoted_words(text)] == quoted
    assert not Document.from_text(text).protected  # they protect nothing from the checks


@pytest.mark.parametrize(
    "text, quoted",
    [
        # A quotation that opens a sentence has a capital whatever it is: a term the sentence
        # goes on to explain is quoted words, read and flagged, not a protected title.
        ("‘Respite’ means a short break for carers.", "‘Respite’"),
        ("Help at home. “Floating support” is the term for it.", "“Floating support”"),
        ("- \"Contact\" is the term for a meeting with family.", '"Contact"'),
    ],
)
def test_a_quotation_opening_a_sentence_needs_more_than_its_first_capital(text, quoted):
    start = text.index(quoted)
    assert not protected_rules.is_title_at(text, start, start + len(quoted))
    assert protected(text) == []
    assert protected_rules.quoted_words(text) == [(start, start + len(quoted))]


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("“Fairer Charging” explains what you pay.", "“Fairer Charging”"),  # Title Case: a title
        ("Read ‘Framework’ for more.", "‘Framework’"),  # inside a sentence, its capital is the title's
        ("Read this. “Talking to Your Nearest Relative” is a leaflet.", "“Talking to Your Nearest Relative”"),
    ],
)
def test_titles_keep_their_protection_at_a_sentence_start_or_inside_one(text, quoted):
    start = text.index(quoted)
    assert protected_rules.is_title_at(text, start, start + len(quoted))
    assert protected(text) == [quoted]


@pytest.mark.parametrize(
    "text, folded",
    [
        # A quote mark at the edge of words folds into the space beside it (issue 11: writers
        # quote part of a term, "stops being 'looked after'"); one inside a word stays.
        ("stops being 'looked after' when", "stops being looked after when"),
        ("a \u2018best interests\u2019 meeting", "a best interests meeting"),
        ('a "top-up" fee', "a top up fee"),
        ("the person's liberty", "the person's liberty"),
        ("it's 'fine'.", "it's fine'."),
    ],
)
def test_quote_marks_at_the_edge_of_words_fold_to_spaces(text, folded):
    assert fold(text)[0] == folded


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
@given(st.text(alphabet=st.sampled_from(list("ab AB-_/\t\n\r\x0b\x1c.,'\"")), max_size=40))
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
        # The character it came from, normalised as folding does (NFKC, with a combining
        # accent after it joined on: NFC), so "ﬁ" gives "f" and "i", and "e" + U+0301 gives "é".
        source = unicodedata.normalize("NFC", unicodedata.normalize("NFKC", text[origin[i] : origin[i] + 3]))
        if ch != " ":
            assert ch in source.lower() or ch in "'\""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_blank_lines_end_sentences_with_any_line_ending(newline):
    text = f"See our page{newline}{newline}The police came"
    assert [text[a:b] for a, b in find_sentences(text)] == ["See our page", "The police came"]


def _protected_the_slow_way(text: str) -> list[tuple[int, int]]:
    """Every rule's pattern over the whole text: no hints, no windows, no lower-cased copy."""
    spans = []
    for rule in protected_rules.RULES:
        for m in rule.pattern.finditer(text):
            start, end = m.span()
            if rule.keep is not None and not rule.keep(text, start, end):
                continue
            if rule.trim:
                while end > start and text[end - 1] in protected_rules.TRAILING_PUNCTUATION:
                    end -= 1
            if end > start:
                spans.append((start, end))
    return merge_spans(spans)


_PIECES = [
    "https://", "HTTP://", "www.", "wWw.", "x.org", ".NHS.uk", "/path", "a.b@c-d.org", "@", "@me", "#", "#tag",
    "`", "```", "](", "“", "”", "‘", "’", '"', "Act", "Care Act 2014", " ", "  ", "\n", "\t", "\r", "\u00a0",
    ".", ",", ")", "/", "-", "'", "İ", "ab", "AB", "Dr.", "e.g.", "\n- ", "\n1. ", "!", "?",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=20).map("".join))
def test_protected_shortcuts_find_what_a_full_scan_finds(text):
    # find_protected skips rules whose hint is absent, scans only the stretches around a
    # hint, and matches URLs in a lower-cased copy: none of it may change the result.
    assert find_protected(text) == _protected_the_slow_way(text)


def _sentences_the_slow_way(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in sentence_rules._SENTENCE_END.finditer(text):
        if m.group().startswith("."):
            before = text[start : m.start()].rsplit(None, 1)
            if before and before[-1].lower().lstrip("(") in sentence_rules._NO_BREAK_AFTER:
                continue
        sentence_rules._add_trimmed(text, start, m.end(), spans)
        start = m.end()
    sentence_rules._add_trimmed(text, start, len(text), spans)
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES + ["approx", "xx(((e.g", "wellbeing"]), st.text(max_size=3)), max_size=20).map("".join))
def test_sentence_shortcuts_split_like_the_full_pattern(text):
    # One-line texts use a shorter pattern, and the word before a full stop is read from a
    # short stretch: the sentences must be the same.
    assert find_sentences(text) == _sentences_the_slow_way(text)


def test_a_url_is_protected_in_any_case():
    assert protected("Go to wWw.Example.org now") == ["wWw.Example.org"]


def test_fold_gives_one_offset_map_type_for_any_text():
    from jargonfree.folding import OffsetMap

    for text in ("the AMHP  came", "the AMHP came", "café – “AMHP”", "İstanbul\u00adx"):
        folded, origin = fold(text)
        assert isinstance(origin, OffsetMap)
        assert origin[len(folded)] == len(text)
    assert fold("café au lait")[1].identity  # non-ASCII, nothing squeezed
    assert not fold("café  au lait")[1].identity
    assert not fold("İs")[1].identity  # "İ" lower-cases to two characters


def test_sentence_at_finds_the_sentence_holding_an_offset():
    from jargonfree.sentences import sentence_at

    text = "One two.  Three four."
    spans = find_sentences(text)
    assert spans == [(0, 8), (10, 21)]
    assert sentence_at(spans, 0, len(text)) == (0, 8)
    assert sentence_at(spans, 8, len(text)) == (0, 8)  # just after the end counts
    assert sentence_at(spans, 9, len(text)) == (0, len(text))  # between sentences: the whole text
    assert sentence_at(spans, 12, len(text)) == (10, 21)
    assert sentence_at([], 3, 5) == (0, 5)


def test_document_definitions_come_from_the_text():
    doc = Document.from_text("An Approved Mental Health Professional (AMHP) came. The AMHP left.")
    assert [(d.short, d.long) for d in doc.definitions] == [("AMHP", "Approved Mental Health Professional")]
    assert Document.from_text("No brackets here.").definitions == ()
