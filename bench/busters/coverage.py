"""How many jargon-buster headwords the tool covers: ``python bench/busters/coverage.py [OUT.tsv]``.

A headword counts as covered when ``jargonfree explain`` knows it (as written or in lower case),
or when a natural sentence with it ("We were told about the ... at the meeting.", "The letter says
... will be looked at next week.") gets a finding on it in either sentence, in every shape the
busters write it (headwords that differ only by case are one headword). Sentence, readability
and rare-word findings do not count: the last flag a word without explaining it.
"""

from __future__ import annotations

import collections
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import jargonfree  # noqa: E402
from jargonfree.checker import resolve_glossary  # noqa: E402
from jargonfree.explain_lookup import senses_for  # noqa: E402

TEMPLATES = ("We were told about the {} at the meeting.", "The letter says {} will be looked at next week.")


def flagged(sentence: str, headword: str) -> bool:
    start = sentence.find(headword)
    end = start + len(headword)
    return any(f.start < end and f.end > start and f.kind not in ("readability", "sentence", "uncommon") for f in jargonfree.check(sentence).findings)


def main() -> None:
    glossary = resolve_glossary(None)
    busters: dict[str, set[str]] = collections.defaultdict(set)
    for row in csv.DictReader(open(HERE / "headwords.tsv", encoding="utf-8"), delimiter="\t"):
        busters[row["headword"].strip()].add(row["buster"])
    shapes: dict[str, list[str]] = collections.defaultdict(list)
    for headword in busters:
        shapes[headword.lower()].append(headword)
    rows = []
    for _, forms in sorted(shapes.items()):
        n = len(set().union(*(busters[f] for f in forms)))
        explained = any(senses_for(glossary, f) or senses_for(glossary, f.lower()) for f in forms)
        checked = all(any(flagged(t.format(f), f) for t in TEMPLATES) for f in forms)
        rows.append((forms[0], n, int(bool(explained)), int(checked)))
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="\t")
            writer.writerow(["headword", "n_busters", "explain", "check"])
            writer.writerows(rows)
    n = len(rows)
    covered = sum(1 for r in rows if r[2] or r[3])
    print(f"{n} headwords from {len({b for s in busters.values() for b in s})} busters: covered {covered} ({covered / n:.1%})")


if __name__ == "__main__":
    main()
