"""rewrite: ``rewrite()`` on 1 MB and 2 MB vs 0.5 MB. It grows in step with the text: one check
of the original, one pass of edits."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_size, fmt_time, log
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    import jargonfree

    base = sizes.rewrite_base
    text = posts.document(base * 4, seed=22)
    jargonfree.rewrite(text[:2000])
    times = {}
    for factor in (1, 2, 4):
        part = text[: base * factor]
        gc.collect()
        t = time.perf_counter()
        jargonfree.rewrite(part)
        times[factor] = time.perf_counter() - t
    log("rewrite: " + ", ".join(f"{k}x {v:.3f} s" for k, v in times.items()))
    rows = []
    for factor, limit in ((2, 2.5), (4, 5.0)):
        ratio = times[factor] / times[1]
        rows.append(
            Row(
                f"rewrite(): {fmt_size(base * factor)} vs {fmt_size(base)} (time ratio, linear = {factor})",
                fmt_time(times[factor]),
                f"{fmt_size(base)}: {fmt_time(times[1])}",
                ratio,
                f"<= {limit:g}",
                ratio <= limit,
            )
        )
    return rows
