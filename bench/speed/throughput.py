"""throughput: ``jargonfree.check()`` with every check on vs textstat 0.7.8's five formulas on
the same generated posts, in interleaved blocks."""

from __future__ import annotations

import time
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_time, in_turn, log
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    import textstat

    import jargonfree

    formulas = (
        textstat.flesch_reading_ease,
        textstat.flesch_kincaid_grade,
        textstat.smog_index,
        textstat.gunning_fog,
        textstat.dale_chall_readability_score,
    )
    texts = posts.posts(sizes.posts, seed=2024)
    warm = posts.posts(50, seed=1)
    t0 = time.perf_counter()
    for f in formulas:
        f(warm[0])
    textstat_first = time.perf_counter() - t0
    for text in warm:  # both warmed: word tables loaded, caches primed
        for f in formulas:
            f(text)
        jargonfree.check(text)

    def run_textstat(block: list[str]) -> float:
        t = time.perf_counter()
        for text in block:
            for f in formulas:
                f(text)
        return time.perf_counter() - t

    def run_ours(block: list[str]) -> float:
        t = time.perf_counter()
        for text in block:
            jargonfree.check(text)
        return time.perf_counter() - t

    # Interleaved blocks, alternating which goes first, so both see the same machine load.
    block = 250
    spent = {run_ours: 0.0, run_textstat: 0.0}
    for i in range(0, len(texts), block):
        chunk = texts[i : i + block]
        for runner in in_turn(i // block, run_ours, run_textstat):
            spent[runner] += runner(chunk)
    ours, theirs = spent[run_ours], spent[run_textstat]
    n = len(texts)
    ratio = (n / ours) / (n / theirs)
    log(f"throughput: {n} posts, jargonfree {ours:.2f} s, textstat {theirs:.2f} s")
    return [
        Row(
            f"throughput, {n:,} posts of 40-280 chars (posts/s)",
            f"{n / ours:,.0f}/s",
            f"textstat x5: {n / theirs:,.0f}/s",
            ratio,
            ">= 1.0",
            ratio >= 1.0,
        ),
        Row("textstat's first score (loads the CMU dictionary)", "-", fmt_time(textstat_first), None, "-", None),
    ]
