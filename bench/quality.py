"""Quality on real text: recall of annotated jargon and must-not-flag rate, per half.

    python bench/quality.py                        # both halves: per category, per stratum, goals
    python bench/quality.py --half tune --misses   # what the tuning half misses or flags wrongly
    python bench/quality.py --report-only          # the same figures, exit 0 whatever they are

The corpus is ``bench/quality/corpus.yaml`` (see ``bench/quality/README.md``): real public
passages, each annotated by ``what-to-flag`` rules with the strings a reader would stumble on
(``flag``), the strings that must not be flagged (``not_flag``) and borderline strings that
count for neither. Each passage belongs to one half, fixed by a hash of its id, so adding
passages never moves an old one from one half to the other.

An annotated string counts as *found* when any finding of kind jargon, abbreviation or
uncommon overlaps its first occurrence in the passage (those are the kinds a reader sees as
"this word needs explaining"). A must-not-flag string counts as *flagged* when any finding
of those kinds overlaps its first occurrence.

Exit status: 0 when every measured half meets both goals (recall >= 0.90, must-not-flag
<= 3%), 1 when one is missed (unless ``--report-only``), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "quality" / "corpus.yaml"
WORD_KINDS = frozenset({"jargon", "abbreviation", "uncommon"})
CATEGORIES = ("legal-reference", "abbreviation", "term", "officialese")
HALVES = ("tune", "heldout")
#: The strata reported apart: where a passage comes from, the nation it speaks for, and the set
#: it was collected in (see :func:`set_of`).
STRATA = ("kind", "nation", "set")
TARGET_RECALL = 0.90
TARGET_NOT_FLAG = 0.03


def half_of(passage_id: str) -> str:
    """The half a passage belongs to by its id alone (see :func:`half_of_passage`)."""
    return HALVES[hashlib.sha256(passage_id.encode()).digest()[0] % 2]


def half_of_passage(passage: dict) -> str:
    """The half a passage belongs to: by its id (:func:`half_of`), except that a passage marked
    ``tuned: true`` (rules were made while reading it or its page, as a helper's tuning set) is
    always in the tune half: it can never make the held-out figure look better than it is."""
    return "tune" if passage.get("tuned") else half_of(passage["id"])


def set_of(passage_id: str) -> str:
    """The collection a passage came in: a session's fresh blind set (ids ``s18b-*`` are
    session 18's), or ``first`` for the passages collected before the blind sets. Reported
    apart, each set shows how the tool does on text nobody had read when it was frozen."""
    blind = re.match(r"s(\d+)b-", passage_id)
    return f"blind set {blind.group(1)}" if blind else "first"


def stratum_value(passage: dict, stratum: str) -> str:
    if stratum == "set":
        return "helpers' passages (tuned)" if passage.get("tuned") else set_of(passage["id"])
    return passage.get(stratum, "?")


def load(path: Path = CORPUS) -> list[dict]:
    # libyaml's safe loader when PyYAML has it: the same data (the whole corpus compared equal),
    # read in about a quarter of the time of the pure-Python one (about 1 s against 4 s).
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["passages"]


def without_heldout(passages: list[dict], source: Path, corpus: Path = CORPUS) -> list[dict]:
    """``passages`` (read from ``source``) less any whose text is a held-out corpus passage's,
    whatever file they came from (a pool may hold a held-out passage word for word under another
    id); says on stderr how many were left out. Diagnostics that print misses read files through this."""
    heldout = {p["text"] for p in load(corpus) if half_of_passage(p) != "tune"}
    kept = [p for p in passages if not (isinstance(p, dict) and p.get("text") in heldout)]
    if len(kept) < len(passages):
        print(f"{source}: {len(passages) - len(kept)} passage(s) left out: the same text is in the corpus's held-out half", file=sys.stderr)
    return kept


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def overlapped(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@dataclass
class Score:
    """Counts for a set of passages."""

    passages: int = 0
    found: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # category -> [found, total]
    wrong: list[int] = field(default_factory=lambda: [0, 0])  # [flagged, total]
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    false_flags: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> tuple[int, int]:
        return sum(v[0] for v in self.found.values()), sum(v[1] for v in self.found.values())

    @property
    def recall(self) -> float | None:
        found, total = self.total
        return found / total if total else None

    @property
    def not_flag_rate(self) -> float | None:
        return self.wrong[0] / self.wrong[1] if self.wrong[1] else None

    def add(self, other: "Score") -> None:
        self.passages += other.passages
        for cat, (a, b) in other.found.items():
            self.found[cat][0] += a
            self.found[cat][1] += b
        self.wrong[0] += other.wrong[0]
        self.wrong[1] += other.wrong[1]
        self.misses.extend(other.misses)
        self.false_flags.extend(other.false_flags)

    def goals_met(self) -> bool:
        recall, rate = self.recall, self.not_flag_rate
        return (recall is None or recall >= TARGET_RECALL) and (rate is None or rate <= TARGET_NOT_FLAG)


def score_passage(p: dict) -> Score:
    """How jargonfree does on one passage."""
    import jargonfree

    score = Score(passages=1)
    text = p["text"]
    report = jargonfree.check(text)
    spans = [(f.start, f.end) for f in report.findings if f.kind in WORD_KINDS]
    for item in p.get("flag", []):
        hit = overlapped(spans, *span(text, item["text"]))
        score.found[item["category"]][0] += hit
        score.found[item["category"]][1] += 1
        if not hit:
            score.misses.append((p["id"], item["category"], item["text"]))
    for needle in p.get("not_flag", []):
        start, end = span(text, needle)
        hit = overlapped(spans, start, end)
        score.wrong[0] += hit
        score.wrong[1] += 1
        if hit:
            by = [f.rule for f in report.findings if f.kind in WORD_KINDS and f.start < end and start < f.end]
            score.false_flags.append((p["id"], needle, ", ".join(by)))
    return score


def measure(passages: list[dict]) -> Score:
    total = Score()
    for p in passages:
        total.add(score_passage(p))
    return total


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"


def recall_cell(found: int, total: int) -> str:
    return f"{ratio(found, total)} ({found}/{total})"


def rate_cell(wrong: list[int]) -> str:
    return f"{100 * wrong[0] / wrong[1]:.1f}% ({wrong[0]}/{wrong[1]})" if wrong[1] else "-"


def markdown(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def table(results: dict[str, Score]) -> str:
    """Per category and overall, one column per half."""
    rows = [["", *results]]
    rows.append(["passages", *(str(r.passages) for r in results.values())])
    for cat in CATEGORIES:
        rows.append([f"recall: {cat}", *(recall_cell(*r.found.get(cat, (0, 0))) for r in results.values())])
    rows.append(["recall: all", *(recall_cell(*r.total) for r in results.values())])
    rows.append(["must-not-flag flagged", *(rate_cell(r.wrong) for r in results.values())])
    return markdown(rows)


def strata_table(passages: list[dict], halves: tuple[str, ...]) -> str:
    """Recall and must-not-flag rate per source kind, nation and set, one trio of columns per half."""
    scores: dict[tuple[str, str, str], Score] = defaultdict(Score)
    for p in passages:
        s = score_passage(p)
        for stratum in STRATA:
            scores[(stratum, stratum_value(p, stratum), half_of_passage(p))].add(s)
    header = ["stratum"]
    for h in halves:
        header += [f"{h}: passages", f"{h}: recall", f"{h}: must-not-flag"]
    rows = [header]
    for stratum in STRATA:
        for value in sorted({k[1] for k in scores if k[0] == stratum}):
            row = [f"{stratum}: {value}"]
            for h in halves:
                s = scores.get((stratum, value, h), Score())
                row += [str(s.passages), recall_cell(*s.total), rate_cell(s.wrong)]
            rows.append(row)
    return markdown(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=[*HALVES, "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list misses and false flags (tuning half only)")
    parser.add_argument("--i-know", action="store_true", help="allow --misses on the held-out half")
    parser.add_argument("--no-strata", action="store_true", help="leave out the table per source kind, nation and set")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even when a goal is missed")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    halves = HALVES if args.half == "both" else (args.half,)
    if args.misses and "heldout" in halves and not args.i_know:
        print("--misses lists the tuning half only: tuning on the held-out half makes its figure "
              "worthless (add --i-know if you really mean it)", file=sys.stderr)
        return 2
    try:
        passages = load(args.corpus)
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        print(f"quality: cannot read the corpus {args.corpus}: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    results = {h: measure([p for p in passages if half_of_passage(p) == h]) for h in halves}
    print(table(results))
    if not args.no_strata:
        print()
        print(strata_table([p for p in passages if half_of_passage(p) in halves], halves))
    if args.misses:
        for h, r in results.items():
            print(f"\n{h}: missed")
            for pid, cat, text in r.misses:
                print(f"  {pid}  [{cat}]  {text}")
            print(f"{h}: must-not-flag strings flagged")
            for pid, text, by in r.false_flags:
                print(f"  {pid}  {text}  <- {by}")
    print()
    missed = [h for h, r in results.items() if not r.goals_met()]
    for h, r in results.items():
        verdict = "met" if h not in missed else "NOT met"
        recall = f"{r.recall:.2f}" if r.recall is not None else "-"
        rate = f"{100 * r.not_flag_rate:.1f}%" if r.not_flag_rate is not None else "-"
        print(f"{h}: recall {recall} (goal >= {TARGET_RECALL:.2f}), must-not-flag {rate} "
              f"(goal <= {100 * TARGET_NOT_FLAG:.0f}%): goals {verdict}")
    return 1 if missed and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
