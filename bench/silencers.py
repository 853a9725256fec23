"""Both sides of each rule that silences a glossary match: what the annotators said of the strings it silences.

    python bench/silencers.py FILE.yaml ... [--half tune] [--show flag]

``bench/why_silent.py`` asks why an annotated string is *missed*: one side only. A rule that
silences a word is right when the passage explains it, names something with it, or uses it in
another sense, and wrong when the word is still jargon to the reader. This counts both: for every
glossary match in every passage that no word finding covers, the rule that silences it (as
``why_silent.diagnose`` names it), and what the passage's annotators said of that string:

- ``flag``: they flagged it, so the rule hid jargon (a miss);
- ``not_flag``: they said it must not be flagged, so the rule was right;
- ``borderline`` or ``-`` (they said nothing of it): no evidence either way.

A rule worth loosening silences more flagged strings than must-not-flag ones; one that is right
far more often than wrong is better left alone, whatever its misses. ``--show flag`` (or
``not_flag``) lists the strings of that answer with the words around them. The corpus's held-out
half is never read: with the corpus, ``--half tune`` is required.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import quality  # noqa: E402  (what counts as found)
import why_silent  # noqa: E402  (which rule silences a string)

ANSWERS = ("flag", "not_flag", "borderline", "-")
# "senses._fit (mental-capacity/capacity: only_near not met)": the entry's id is left out of the
# table, which counts a context rule by why it turned the match down, over all entries.
_ENTRY_ID = re.compile(r"(?<=[(;] )?[\w-]+/[\w-]+: ")


def answer(passage: dict, start: int, end: int) -> str:
    """What the annotators said of the text at ``[start, end)``: the first annotated string
    (its first occurrence, as the corpus scores) that overlaps it decides."""
    text = passage["text"]
    for key in ANSWERS[:3]:
        for item in passage.get(key) or []:
            needle = item["text"] if isinstance(item, dict) else item
            at = text.find(needle)
            if at >= 0 and at < end and start < at + len(needle):
                return key
    return "-"


def group_of(cause: str) -> str:
    """The kind of rule a cause names (explanation, name, context), or "first use" or "other"."""
    parts = [part.split(" (")[0] for part in cause.replace(" or ", "+").split("+")]
    for group, pairs in why_silent.GROUPS.items():
        if any(why_silent._label((pair,)) in parts for pair in pairs):
            return group
    return "first use" if cause.startswith("first use") else "other"


def silenced(passage: dict) -> list[tuple[str, str, str]]:
    """(string, cause, answer) for each glossary match of the passage that no word finding
    covers and that a rule silences (the first occurrence of each string, once)."""
    import jargonfree
    from jargonfree.checker import resolve_glossary
    from jargonfree.document import Document

    text = passage["text"]
    glossary = resolve_glossary(None)
    found = [f for f in jargonfree.check(text).findings if f.kind in quality.WORD_KINDS]
    seen: set[str] = set()
    rows = []
    for hit in glossary.index.hits(Document.from_text(text)):
        needle = text[hit.start : hit.end]
        if needle in seen or any(f.start < hit.end and hit.start < f.end for f in found):
            continue
        seen.add(needle)
        at = text.index(needle)
        diagnosis = why_silent.diagnose(text, needle)
        if diagnosis is None or not diagnosis.silencers:
            continue
        rows.append((needle, diagnosis.cause, answer(passage, at, at + len(needle))))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--half", choices=("tune",))
    parser.add_argument("--show", choices=ANSWERS, help="list the strings the annotators answered so")
    args = parser.parse_args(argv)
    seen_texts: set[str] = set()
    by_cause: dict[str, Counter[str]] = defaultdict(Counter)
    by_group: dict[str, Counter[str]] = defaultdict(Counter)
    for path in args.files:
        for passage in why_silent.passages_of(path, args.half):
            text = passage.get("text")
            if not text or text in seen_texts:
                continue
            seen_texts.add(text)
            for needle, cause, said in silenced(passage):
                by_cause[_ENTRY_ID.sub("", cause)][said] += 1
                by_group[group_of(cause)][said] += 1
                if args.show == said:
                    at = text.index(needle)
                    print(f"{passage['id']} | {needle} | {cause} | {text[max(0, at - 60) : at + len(needle) + 60]!r}")
    print(f"\n{len(seen_texts)} passages. Silenced glossary matches, by what the annotators said (flag = the rule hid jargon):")
    print(f"{'flag':>5} {'not':>5} {'bord':>5} {'-':>5}  rule")
    for title, table in (("by kind of rule", by_group), ("by rule", by_cause)):
        print(f"-- {title}")
        for cause, counts in sorted(table.items(), key=lambda kv: (-kv[1]["flag"], -sum(kv[1].values()))):
            print(f"{counts['flag']:5} {counts['not_flag']:5} {counts['borderline']:5} {counts['-']:5}  {cause}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
