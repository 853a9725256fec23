"""Misses no glossary entry names, and must-not-flag strings of the same shapes, by word frequency and shape.

    python bench/unnamed_misses.py FILE.yaml ... [--half tune] [--markdown]

A miss "no entry names" is an annotated string that jargonfree does not flag in its passage and
does not flag even when checked alone (``bench/why_silent.py``'s one-line probe): no rule of
context silences it, the glossary and the uncommon-word check simply do not know it. Such misses
are the long tail of fresh text ("criteria-led discharge", "file and serve", "blanching"). To ask
whether a general rule could find them by their shape and rarity, each is listed with:

- its words and the Zipf frequency of each (wordfreq, through :mod:`jargonfree.lexicon`), and of
  the whole string (wordfreq's combined frequency, which is close to its rarest word's);
- its shape: abbreviation, number or reference, hyphenated, Latinate word (a long word with a
  Latin ending), single word, verb+particle, phrase with small words ("ground for possession"),
  noun compound;
- whether its passage is care-heavy (:func:`jargonfree.context.care_heavy`, the measure the
  glossary's context rules use);
- whether a word of it is one the uncommon-word check calls rare.

The must-not-flag strings the tool leaves alone today get the same columns, summed by shape, so a
rule's cost can be read next to its gain. Nothing in the library changes. The corpus's held-out
half is never read: with the corpus, ``--half tune`` is required (as for ``why_silent.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import quality  # noqa: E402  (what counts as found)
from why_silent import flagged  # noqa: E402  (the one-line probe)

from jargonfree.lazy_patterns import lazy_pattern  # noqa: E402

_WORD = lazy_pattern(r"[A-Za-z][A-Za-z'\u2019]*")
# A second word that makes a two-word verb with the first ("called off", "sign up").
_PARTICLES = frozenset({"up", "out", "in", "off", "down", "back", "over", "on", "away", "through"})
# A Latinate word: a long single word with one of these endings ("assurance", "preventative").
_LATIN_ENDINGS = ("tion", "sion", "ment", "ity", "ance", "ence", "ate", "ise", "ize", "ous", "ive", "al", "ary", "ory", "ible", "able", "ism", "ure")
_LATIN_MIN = 7
# The uncommon-word check's default bar (Settings.uncommon_zipf) and its shortest word.
_UNCOMMON_ZIPF = 2.6
_UNCOMMON_MIN = 5


def shape(text: str) -> str:
    """What kind of string ``text`` is, by its form alone."""
    from jargonfree.data import read_set

    words = _WORD.findall(text)
    if any(c.isdigit() for c in text):
        return "number or reference"
    if len(words) == 1 and (words[0].isupper() or sum(c.isupper() for c in words[0]) >= 2):
        return "abbreviation"
    if "-" in text and len(words) <= 3:
        return "hyphenated"
    if len(words) == 1:
        word = words[0].lower()
        return "Latinate word" if len(word) >= _LATIN_MIN and word.endswith(_LATIN_ENDINGS) else "single word"
    if len(words) == 2 and words[1].lower() in _PARTICLES:
        return "verb+particle"
    if any(w.lower() in read_set("function_words.txt") for w in words):
        return "phrase with small words"
    return "noun compound"


@dataclass
class Row:
    passage: str
    role: str  # "miss" (a flag no entry names) or "not_flag" (a must-not-flag string left alone)
    text: str
    words: tuple[tuple[str, float], ...]  # each word and its Zipf frequency
    phrase_zipf: float
    shape: str
    care_heavy: bool
    rare_word: bool  # a word of it is rare to the uncommon-word check

    @property
    def lowest_zipf(self) -> float:
        return min((z for _, z in self.words), default=0.0)


def describe(passage: str, role: str, text: str, heavy: bool) -> Row:
    """The columns of one string."""
    import wordfreq

    from jargonfree import lexicon
    from jargonfree.rarity import common_enough

    words = tuple((w, round(lexicon.zipf(w.lower()), 2)) for w in _WORD.findall(text))
    rare = any(len(w) >= _UNCOMMON_MIN and not common_enough(w.lower(), _UNCOMMON_ZIPF) for w, _ in words)
    return Row(passage, role, text, words, round(wordfreq.zipf_frequency(text, "en"), 2), shape(text), heavy, rare)


@lru_cache(maxsize=1)
def _care_words() -> frozenset[str]:
    from jargonfree.glossary import load_glossary

    return load_glossary().index.care_words


def care_heavy(text: str) -> bool:
    """True if the whole passage is care-heavy by the glossary's care words."""
    from jargonfree import context
    from jargonfree.document import Document

    signals, words = context.care_signals(Document.from_text(text).folded, _care_words())
    return context.care_heavy(signals, words)


def rows_of(passages: list[dict]) -> list[Row]:
    """The misses no entry names and the must-not-flag strings left alone, of ``passages``."""
    import jargonfree

    rows = []
    for p in passages:
        text = p["text"]
        spans = [(f.start, f.end) for f in jargonfree.check(text).findings if f.kind in quality.WORD_KINDS]
        heavy = care_heavy(text)
        for item in p.get("flag") or []:
            needle = item["text"] if isinstance(item, dict) else item
            if needle in text and not quality.overlapped(spans, *quality.span(text, needle)) and not flagged(needle, needle):
                rows.append(describe(p.get("id", "?"), "miss", needle, heavy))
        for needle in p.get("not_flag") or []:
            if needle in text and not quality.overlapped(spans, *quality.span(text, needle)):
                rows.append(describe(p.get("id", "?"), "not_flag", needle, heavy))
    return rows


def summary(rows: list[Row]) -> list[list[str]]:
    """Per shape: how many misses and must-not-flag strings, their median lowest word Zipf, and
    the share in a care-heavy passage."""
    by: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        by[(row.shape, row.role)].append(row)
    table = [["shape", "misses", "median lowest Zipf", "care-heavy", "must-not-flag", "median lowest Zipf", "care-heavy"]]
    for name in sorted({r.shape for r in rows}):
        cells = [name]
        for role in ("miss", "not_flag"):
            group = by[(name, role)]
            median = f"{statistics.median(r.lowest_zipf for r in group):.2f}" if group else "-"
            share = f"{sum(r.care_heavy for r in group)}/{len(group)}" if group else "-"
            cells += [str(len(group)), median, share]
        table.append(cells)
    return table


def passages_of(path: Path, half: str | None) -> list[dict]:
    """The passages of a file; of the corpus, only its tune half (``half`` must say so)."""
    import yaml

    corpus = path.resolve() == quality.CORPUS.resolve()
    if corpus and half != "tune":  # (asked before the file is read)
        raise SystemExit("the corpus's held-out misses are not to be read: give --half tune")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    passages = data["passages"] if isinstance(data, dict) else data or []
    if corpus:
        return [p for p in passages if quality.half_of_passage(p) == "tune"]
    return quality.without_heldout(passages, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--half", choices=("tune",), help="with the corpus: read its tune half (other files are read whole)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_intermixed_args(argv)
    seen: set[str] = set()  # a passage in two files (the corpus and a pool) is read once
    passages = []
    for path in args.files:
        for p in passages_of(path, args.half):
            if isinstance(p, dict) and "text" in p and p["text"] not in seen:
                seen.add(p["text"])
                passages.append(p)
    rows = rows_of(passages)
    misses = [r for r in rows if r.role == "miss"]
    head = ["passage", "string", "words (Zipf)", "string Zipf", "shape", "care-heavy", "rare word"]
    lines = [head] + [
        [r.passage, r.text, " ".join(f"{w} {z}" for w, z in r.words), f"{r.phrase_zipf}", r.shape, "yes" if r.care_heavy else "no", "yes" if r.rare_word else "no"]
        for r in sorted(misses, key=lambda r: (r.shape, r.lowest_zipf))
    ]
    for table in (lines, summary(rows)):
        print(quality.markdown(table) if args.markdown else "\n".join(" | ".join(row) for row in table))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
