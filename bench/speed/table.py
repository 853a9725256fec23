"""A row of the benchmark table (a figure beside its baseline, the ratio and the target), and
the table printed on stdout."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    figure: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    ok: bool | None  # None: for information only

    @property
    def result(self) -> str:
        return "info" if self.ok is None else ("PASS" if self.ok else "FAIL")


def table(rows: list[Row]) -> str:
    head = ("Figure", "jargonfree", "Baseline", "Ratio", "Target", "Result")
    body = [(r.figure, r.ours, r.baseline, "-" if r.ratio is None else f"{r.ratio:.2f}", r.target, r.result) for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in body:
        lines.append("| " + " | ".join(str(x).ljust(w) for x, w in zip(row, widths)) + " |")
    return "\n".join(lines)
