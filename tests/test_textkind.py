"""Text that is not prose gets no reading age, instead of a nonsense score (issue 12)."""

from __future__ import annotations

import json
import random
import string

import pytest

import jargonfree
from jargonfree.cli import main
from jargonfree.stream import check_long


def _random_letters(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters) for _ in range(n))


def _random_words(n: int, seed: int = 2) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(3, 9))) for _ in range(n))


@pytest.mark.parametrize(
    "text, reason",
    [
        (_random_letters(20_000), "far too long to be words"),
        (_random_words(300), "not English words"),
        (" ".join(str(i * 7919 % 100000) for i in range(300)), "no words made of letters"),
        ("12 34 56 78 %% ## ++", "no words made of letters"),
        ("a1 b2 c3 d4 " * 30 + "9 " * 400, "mostly numbers or symbols"),
    ],
)
def test_not_prose_has_no_reading_age(text, reason):
    r = jargonfree.check(text).readability
    assert r.prose is False
    assert r.reliable is False
    assert reason in r.notes[0]
    data = r.to_dict()
    assert data["prose"] is False and data["reading_age"] is None and data["flesch_reading_ease"] is None


def test_nonsense_never_fails_or_passes_on_reading_age():
    report = jargonfree.check(_random_words(300), only={"privacy"})
    assert report.readable  # a reading age that means nothing cannot fail the text


def test_real_prose_is_prose_even_when_hard():
    # Three run-on sentences of real words: a very high reading age, but a real one.
    sentence = " ".join(["the assessment of the person's needs under the relevant legislation and guidance"] * 4)
    run_on = ". ".join([sentence] * 3) + "."
    r = jargonfree.check(run_on).readability
    assert r.reading_age > 25
    assert r.prose is True
    assert not jargonfree.check(run_on).readable


def test_ordinary_posts_are_prose():
    for text in ("The AMHP will call.", "We had a lovely day at the park.", "Cake!"):
        assert jargonfree.check(text).readability.prose is True


def test_empty_text_says_so():
    r = jargonfree.check("   \n").readability
    assert r.prose is False and r.notes[0] == "The text is empty, so it has no reading age."


def test_long_input_without_spaces_is_not_prose_in_the_stream():
    text = _random_letters(300_000)
    r = check_long(text, target=16_384, limit=65_536).readability
    assert r.prose is False and "far too long" in r.notes[0]


def test_cli_text_and_json(tmp_path, capsys):
    path = tmp_path / "noise.txt"
    path.write_text(_random_words(300), encoding="utf-8")
    main(["check", "--only", "privacy", str(path)])
    out = capsys.readouterr().out
    assert "This does not look like prose, so it has no reading age: most of its words are not English words." in out
    assert "Reading age" not in out
    main(["check", "--only", "privacy", "--format", "json", str(path)])
    data = json.loads(capsys.readouterr().out)
    assert data["readability"]["reading_age"] is None and data["passed"] is True
