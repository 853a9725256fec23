"""Tests for jargonfree.readability: equal to textstat 0.7.8, offline, never raises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import hyphenation, lexicon
from jargonfree.document import Document
from jargonfree.readability import Readability, score

REPO = Path(__file__).resolve().parents[1]

LEAFLET = " ".join(
    [
        "Your care and support plan sets out what matters to you.",
        "We will write it with you and the people you choose.",
        "It says what help you will get at home.",
        "It also says who will pay for that help.",
        "You can ask for a copy at any time.",
        "If your needs change, tell us and we will look at the plan again.",
        "Reablement is short-term help to get you back on your feet after a stay in hospital.",
        "It is free for up to six weeks.",
        "A support worker will visit you at home, usually once or twice a day.",
        "They will help you practise everyday tasks, like washing and making meals.",
    ]
    * 4
)  # 40 sentences

TEXTS = [
    "",
    " ",
    "\n\t  \n",
    "...",
    "?!.,;:",
    "Hello",
    "Hello.",
    "Hi there!",
    "Your GP will call you.",
    "We have moved your appointment to Tuesday. Please ring us if this is a problem. Thank you.",
    (
        "Pt reviewed by AMHP re: s.136. Capacity assessment completed; DoLS authorisation "
        "pending. Safeguarding referral commenced. Reablement package to commence post-discharge "
        "via D2A pathway 1. MDT to review comorbidities and polypharmacy."
    ),
    "Don't worry, it's fine. We'll ring you. They're here; you've got this! I'd wait.",
    "DON'T PANIC. IT'S OK. WE'LL CALL.",
    "Can’t make it? That’s fine – we’ll rebook. ‘Quotes’ and “double quotes” too.",
    "Our step-down beds support well-being, co-production and discharge-to-assess.",
    "Call 0300 123 4567 or 111 before 8.30am; 2 in 3 people (66%) waited 4-6 weeks.",
    "Read more at https://www.nhs.uk/conditions/dementia/ or email help@example.org now.",
    "Great news 🎉🎉 our new clinic opens today 😀 come along! ❤️",
    "İstanbul, Zürich, São Paulo, Kraków and Malmö: naïve café déjà vu. Straße façade.",
    "one",
    "one two three",
    "a.b.c.d e.f.g",
    "Dr. Smith saw Mrs. Jones at 3 p.m. on the ward. She's better.",
    "Word" + "!" * 50,
    "'tis the season; rock 'n' roll; the dogs' bowls; o'clock",
    "new\nlines\nwithout\nany\nfull\nstops",
    LEAFLET,
    "x" * 300,
    "supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopic",
]

FORMULAS = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "smog": textstat.smog_index,
    "gunning_fog": textstat.gunning_fog,
    "dale_chall": textstat.dale_chall_readability_score,
}


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One fresh cache directory for this module."""
    directory = tmp_path_factory.mktemp("jargonfree-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JARGONFREE_CACHE_DIR", str(directory))
        for fn in (lexicon._cmu_table, hyphenation.pattern_table, lexicon.syllables):
            fn.cache_clear()
        yield directory


def assert_equals_textstat(text: str) -> Readability:
    result = score(text)
    ours = {name: getattr(result, name) for name in FORMULAS}
    theirs = {name: fn(text) for name, fn in FORMULAS.items()}
    assert ours == pytest.approx(theirs, abs=1e-9), text
    assert result.words == textstat.lexicon_count(text)
    assert result.sentences == textstat.sentence_count(text)
    assert result.reading_age == pytest.approx(theirs["flesch_kincaid_grade"] + 5, abs=1e-9)
    return result


@pytest.mark.parametrize("text", TEXTS)
def test_equal_to_textstat(text: str) -> None:
    assert_equals_textstat(text)


def test_a_full_stop_inside_s_136_splits_a_sentence_as_textstat_does() -> None:
    # README's sample says "2 sentences" for one sentence: the counts are textstat's by design
    # (the scores must equal textstat's), and textstat starts a new sentence after the full stop
    # of "s.136" unless two words or fewer follow it. The sentence check reads one sentence.
    readme_sample = "The AMHP will liaise with the NR before the s.136 assessment commences.\n"
    assert assert_equals_textstat(readme_sample).sentences == 2
    assert assert_equals_textstat("He was taken to a place of safety under s.136 today.").sentences == 1
    assert len(Document.from_text(readme_sample).sentences) == 1


def test_textstat_does_not_round_by_default() -> None:
    # If textstat rounded, ours would have to round too.
    value = textstat.flesch_reading_ease(TEXTS[10])
    assert value != round(value, 2)
    assert score(TEXTS[10]).flesch_reading_ease == value


@pytest.mark.parametrize("text", ["", "   ", "\n", "...", "!?", "-- --", "😀"])
def test_no_words(text: str) -> None:
    result = assert_equals_textstat(text)
    assert result.words == 0
    assert result.flesch_reading_ease == 0.0
    assert result.flesch_kincaid_grade == 0.0
    assert result.gunning_fog == 0.0
    assert result.dale_chall == 0.0
    # textstat: SMOG is 0.0 for "" but its constant 3.1291 for any other text
    assert result.smog == (0.0 if text == "" else pytest.approx(3.1291))
    assert not result.reliable


def test_short_text_is_not_reliable() -> None:
    result = score("Your GP will call you. Please keep your phone on.")
    assert not result.reliable
    assert result.words == 10
    assert result.sentences == 2
    assert result.notes == (
        "Reading scores need at least 100 words to be reliable; this text has 10 words.",
        "Reading scores need at least 3 sentences to be reliable; this text has 2 sentences.",
        "SMOG needs at least 30 sentences; this text has 2.",
    )


def test_singular_wording() -> None:
    result = score("Hello.")
    assert result.notes[0].endswith("this text has 1 word.")
    assert result.notes[1].endswith("this text has 1 sentence.")


def test_long_text_with_few_sentences_is_reliable_but_smog_noted() -> None:
    text = " ".join(["We will visit you at home and help you with the things that matter to you."] * 8)
    result = score(text)
    assert result.words >= 100 and 3 <= result.sentences < 30
    assert result.reliable
    assert result.notes == (f"SMOG needs at least 30 sentences; this text has {result.sentences}.",)


def test_long_leaflet_has_no_notes() -> None:
    result = assert_equals_textstat(LEAFLET)
    assert result.sentences == 40
    assert result.reliable
    assert result.notes == ()


def test_to_dict() -> None:
    result = score("Your GP will call you. Please keep your phone on. Thank you.")
    data = result.to_dict()
    assert set(data) == {
        "flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "dale_chall",
        "reading_age", "sentences", "words", "reliable", "notes", "prose",
    }
    assert data["notes"] == list(result.notes)
    assert json.loads(json.dumps(data)) == data
    with pytest.raises(AttributeError):
        result.words = 3  # type: ignore[misc]


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_text_equals_textstat(text: str) -> None:
    assert_equals_textstat(text)


WORDISH = st.sampled_from(
    [
        "the", "The", "reablement", "SAFEGUARDING", "AMHP", "don't", "DON'T", "it's", "we've",
        "care-plan", "co-production", "'", "’", "-", ".", "!", "?", ",", " ", "  ", "\n", "İ", "ß",
        "é", "1", "12.5", "e.g.", "Mr.", "😀", "commencing", "polypharmacy", "a", "I",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDISH, max_size=80).map(" ".join) | st.lists(WORDISH, max_size=80).map("".join))
def test_wordish_text_equals_textstat(text: str) -> None:
    assert_equals_textstat(text)


# Sentence ends, apostrophes, white space and non-word tokens packed close together:
# the cases the per-token counting and sentence shapes (see counting.py) must get right.
SHAPELY = st.text(alphabet=st.sampled_from(list("ab1_ .!?'-\n\u00a0\u2003İ😀tsdvlre")), max_size=60)


@settings(max_examples=100, deadline=None)
@given(st.lists(SHAPELY | WORDISH, min_size=1, max_size=5))
def test_same_tokens_in_other_texts_equal_textstat(texts: list[str]) -> None:
    # Tokens remembered from one text must count the same in the next ones.
    for text in texts:
        assert_equals_textstat(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(SHAPELY, min_size=1, max_size=5))
def test_small_token_memo_equals_textstat(texts: list[str]) -> None:
    # A memo far smaller than the texts' tokens is emptied as often as needed.
    from jargonfree.memo import Memo

    from jargonfree import counting

    small = Memo(counting.token_counts, limit=3)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(counting, "_TOKENS", small)
        for text in texts:
            assert_equals_textstat(text)
            assert len(small) <= 3


def test_scores_round_trip_through_to_dict() -> None:
    result = score(TEXTS[10])
    assert result == Readability(**{**result.to_dict(), "notes": result.notes})  # type: ignore[arg-type]


def test_offline_and_light(tmp_path: Path) -> None:
    """score() works with no network, a cold cache, and without textstat/nltk/numpy."""
    prelude = """
import socket
def _no_network(*args, **kwargs):
    raise OSError("network disabled for this test")
socket.socket = _no_network
socket.create_connection = _no_network
socket.getaddrinfo = _no_network
"""
    code = prelude + f"""
import json, sys
from jargonfree.readability import score
r = score({TEXTS[10]!r})
heavy = sorted(m for m in ("textstat", "nltk", "numpy") if m in sys.modules)
print(json.dumps({{"result": r.to_dict(), "heavy": heavy}}))
"""
    cache = tmp_path / "empty-cache"
    env = dict(os.environ, JARGONFREE_CACHE_DIR=str(cache), PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    data = json.loads(out.stdout)
    assert data["heavy"] == []
    result = data["result"]
    for name, fn in FORMULAS.items():
        assert result[name] == pytest.approx(fn(TEXTS[10]), abs=1e-9)
    assert any(cache.iterdir())  # the tables were built offline and stored


# -- web addresses, @mentions and #hashtags are not words --------------------------------


def test_prose_leaves_out_addresses_mentions_and_tags() -> None:
    from jargonfree.readability import prose

    assert prose("See https://www.nhs.uk/conditions. Then call.") == "See . Then call."
    assert prose("Email help@example.org or visit www.example.org today") == "Email  or visit  today"
    assert prose("Well done team! #carers @OurTeam") == "Well done team!  "
    plain = "Nothing to leave out, not even C# or a lone @ sign."
    assert prose(plain) == plain


def test_links_and_tags_do_not_change_a_posts_score() -> None:
    import jargonfree
    from jargonfree.readability import score

    post = "Our drop-in is open on Monday. Come and have a cup of tea with us."
    tagged = ("Our drop-in is open on Monday. https://www.example.org/drop-in/2026/monday-sessions "
              "Come and have a cup of tea with us. #carers #mentalhealthawareness @OurCommunityTeam")
    assert jargonfree.check(tagged).readability == jargonfree.check(post).readability == score(post)
    # textstat itself counts them as words: the unscored text is still scored as textstat does
    assert score(tagged).words > score(post).words


def test_long_sentence_count_leaves_out_links() -> None:
    import jargonfree

    links = " ".join(f"https://example.org/page-{i}" for i in range(25))
    text = f"Read these pages {links} before the meeting."
    assert not [f for f in jargonfree.check(text).findings if f.rule == "sentence/too-long"]
    words = " ".join(f"page{i}" for i in range(25))
    assert [f for f in jargonfree.check(f"Read these pages {words} before the meeting.").findings
            if f.rule == "sentence/too-long"]


# Tokens with addresses, mentions and tags packed close to words, white space and sentence ends.
MARKED = st.lists(
    st.sampled_from(["@", "#", "www.", "https://", "x@y.org", "@team", "#NHS", ".", "!", "?", " ", "\n",
                     "\u00a0", "a", "bc", "12", "_", "'", ",", ":", "care", "see:"]),
    max_size=20,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(MARKED | SHAPELY | st.text(max_size=40))
def test_prose_counts_equal_the_counts_of_the_prose(text: str) -> None:
    # check() counts the prose token by token instead of building it.
    from jargonfree.counting import counts
    from jargonfree.readability import prose, prose_counts

    assert prose_counts(text) == counts(prose(text))
    assert prose_counts(text, text.split()) == counts(prose(text))


@settings(max_examples=200, deadline=None)
@given(MARKED | SHAPELY)
def test_checks_reading_of_prose_is_the_prose_scored_and_judged(text: str) -> None:
    import jargonfree
    from jargonfree import textkind
    from jargonfree.readability import prose, score

    words = prose(text)
    assert jargonfree.check(text).readability == textkind.judged(score(words), words)


def test_a_text_whose_only_letters_are_in_tags_is_not_prose() -> None:
    import jargonfree

    r = jargonfree.check("10 #NHS 20 @Team")
    assert r.readability.words == 2 and not r.readability.prose
