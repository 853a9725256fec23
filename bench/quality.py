"""Quality on real text: recall of annotated jargon and must-not-flag rate, per half.

    python bench/quality.py                    # both halves, per category and overall
    python bench/quality.py --half tune --misses   # what the tuning half misses or flags wrongly

The corpus is ``bench/quality/corpus.yaml`` (see ``bench/quality/README.md``): real public
passages, each annotated by ``what-to-flag`` rules with the strings a reader would stumble on
(``flag``), the strings that must not be flagged (``not_flag``) and borderline strings that
count for neither. Each passage belongs to one half, fixed by a hash of its id, so adding
passages never moves an old one from one half to the other.

An annotated string counts as *found* when any finding of kind jargon, abbreviation or
uncommon overlaps its first occurrence in the passage (those are the kinds a reader sees as
"this word needs explaining"). A must-not-flag string counts as *flagged* when any finding
of those kinds overlaps its first occurrence.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "quality" / "corpus.yaml"
WORD_KINDS = frozenset({"jargon", "abbreviation", "uncommon"})
CATEGORIES = ("legal-reference", "abbreviation", "term", "officialese")
HALVES = ("tune", "heldout")
TARGET_RECALL = 0.90
TARGET_NOT_FLAG = 0.03


def half_of(passage_id: str) -> str:
    """The half a passage belongs to: fixed by its id alone."""
    return HALVES[hashlib.sha256(passage_id.encode()).digest()[0] % 2]


def load(path: Path = CORPUS) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["passages"]


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def overlapped(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def measure(passages: list[dict]) -> dict:
    import jargonfree

    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # category -> [found, total]
    wrong = [0, 0]  # [flagged, total]
    misses: list[tuple[str, str, str]] = []
    false_flags: list[tuple[str, str, str]] = []
    for p in passages:
        text = p["text"]
        report = jargonfree.check(text)
        spans = [(f.start, f.end) for f in report.findings if f.kind in WORD_KINDS]
        for item in p.get("flag", []):
            hit = overlapped(spans, *span(text, item["text"]))
            found[item["category"]][0] += hit
            found[item["category"]][1] += 1
            if not hit:
                misses.append((p["id"], item["category"], item["text"]))
        for needle in p.get("not_flag", []):
            start, end = span(text, needle)
            hit = overlapped(spans, start, end)
            wrong[0] += hit
            wrong[1] += 1
            if hit:
                by = [f.rule for f in report.findings if f.kind in WORD_KINDS and f.start < end and start < f.end]
                false_flags.append((p["id"], needle, ", ".join(by)))
    return {"found": dict(found), "wrong": wrong, "misses": misses, "false_flags": false_flags,
            "passages": len(passages)}


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def table(results: dict[str, dict]) -> str:
    rows = [["", *results]]
    rows.append(["passages", *(str(r["passages"]) for r in results.values())])
    for cat in CATEGORIES:
        rows.append([f"recall: {cat}", *(
            f"{ratio(*r['found'].get(cat, (0, 0)))} ({r['found'].get(cat, (0, 0))[0]}/{r['found'].get(cat, (0, 0))[1]})"
            for r in results.values())])
    for r in results.values():
        r["total"] = (sum(v[0] for v in r["found"].values()), sum(v[1] for v in r["found"].values()))
    rows.append(["recall: all", *(f"{ratio(*r['total'])} ({r['total'][0]}/{r['total'][1]})" for r in results.values())])
    rows.append(["must-not-flag flagged", *(
        f"{100 * r['wrong'][0] / r['wrong'][1]:.1f}% ({r['wrong'][0]}/{r['wrong'][1]})" if r["wrong"][1] else "-"
        for r in results.values())])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=[*HALVES, "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list misses and false flags (tuning half only)")
    parser.add_argument("--i-know", action="store_true", help="allow --misses on the held-out half")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    halves = HALVES if args.half == "both" else (args.half,)
    if args.misses and "heldout" in halves and not args.i_know:
        print("--misses lists the tuning half only: tuning on the held-out half makes its figure "
              "worthless (add --i-know if you really mean it)", file=sys.stderr)
        return 2
    passages = load(args.corpus)
    results = {h: measure([p for p in passages if half_of(p["id"]) == h]) for h in halves}
    print(table(results))
    if args.misses:
        for h, r in results.items():
            print(f"\n{h}: missed")
            for pid, cat, text in r["misses"]:
                print(f"  {pid}  [{cat}]  {text}")
            print(f"{h}: must-not-flag strings flagged")
            for pid, text, by in r["false_flags"]:
                print(f"  {pid}  {text}  <- {by}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
