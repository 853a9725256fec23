"""linear: ``check()`` and the paragraph stream (``jargonfree.stream.check_long``) on 2x and 4x
the text vs 1x: the time must grow in step with the text."""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Callable

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_size, fmt_time, log
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    import jargonfree
    from jargonfree.stream import check_long

    base = sizes.linear_base
    text = posts.document(base * 4, seed=21)
    rows: list[Row] = []
    for name, fn in (("check()", jargonfree.check), ("stream check_long()", check_long)):
        rows += growth_rows(name, fn, text, base, {2: 2 * 1.2, 4: 4 * 1.2}, f"linear: {name}")
    return rows


def growth_rows(
    name: str, fn: Callable[[str], object], text: str, base: int, limits: dict[int, float], label: str
) -> list[Row]:
    """Time ``fn`` on the first 1x, 2x and 4x ``base`` characters of ``text`` (after a warm-up
    on 2,000), and one row for each of 2x and 4x: its time over 1x's, at most ``limits[factor]``.
    ``label`` starts the progress line."""
    fn(text[:2000])
    times = {}
    for factor in (1, 2, 4):
        part = text[: base * factor]
        gc.collect()
        t = time.perf_counter()
        fn(part)
        times[factor] = time.perf_counter() - t
    log(f"{label}: " + ", ".join(f"{k}x {v:.3f} s" for k, v in times.items()))
    rows = []
    for factor in (2, 4):
        ratio = times[factor] / times[1]
        rows.append(
            Row(
                f"{name}: {fmt_size(base * factor)} vs {fmt_size(base)} (time ratio, linear = {factor})",
                fmt_time(times[factor]),
                f"{fmt_size(base)}: {fmt_time(times[1])}",
                ratio,
                f"<= {limits[factor]:g}",
                ratio <= limits[factor],
            )
        )
    return rows
