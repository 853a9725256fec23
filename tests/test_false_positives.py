"""False positives are the first enemy: plain sentences in the register of care organisations'
public posts (our own writing, tests/data/plain_posts.txt) must stay almost free of findings."""

from __future__ import annotations

from conftest import ROOT
from jargonfree import check

SENTENCES = [
    line.strip()
    for line in (ROOT / "tests" / "data" / "plain_posts.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
WORD_KINDS = {"jargon", "abbreviation", "uncommon", "privacy"}


def test_corpus_is_big_enough():
    assert len(SENTENCES) >= 300


def test_plain_sentences_are_almost_never_flagged():
    flagged = []
    for sentence in SENTENCES:
        found = [f"{f.kind}:{f.text}" for f in check(sentence).findings if f.kind in WORD_KINDS]
        if found:
            flagged.append((sentence, found))
    assert len(flagged) < 0.03 * len(SENTENCES), "\n".join(f"{s!r}: {f}" for s, f in flagged)


def test_sentences_are_not_long():
    long = [s for s in SENTENCES if any(f.rule == "sentence/too-long" for f in check(s, only={"sentence"}).findings)]
    assert not long
