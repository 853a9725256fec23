"""jobs: ``jargonfree check --jobs 2`` vs ``--jobs 1`` over 2,000 short files (posts), each a
fresh process, interleaved three times, medians; the speed-up is time(1) / time(2)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_time, in_turn, log, subprocess_env, time_run
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    count = 2000 if sizes.posts >= 10_000 else 200 if sizes.posts >= 100 else 20  # full, --quick, --smoke
    folder = tmp / "jobs"
    folder.mkdir()
    for i, text in enumerate(posts.posts(count, seed=11)):
        (folder / f"post{i:05d}.txt").write_text(text, encoding="utf-8")
    # Byte-code cached as for an installed package, like the cold-start runs; one warm-up run
    # writes it (and the glossary cache) before anything is timed.
    env = subprocess_env(os.environ["JARGONFREE_CACHE_DIR"], str(tmp / "pycache"))

    def command(jobs: int) -> list[str]:
        return [sys.executable, "-m", "jargonfree", "check", "--jobs", str(jobs), "--format", "json", str(folder)]

    time_run(command(2), env)
    times: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(3):
        for jobs in in_turn(round_, 1, 2):
            times[jobs].append(time_run(command(jobs), env))
    one, two = statistics.median(times[1]), statistics.median(times[2])
    log(f"jobs: {count} files: --jobs 1 {[f'{t:.2f}' for t in times[1]]} s, --jobs 2 {[f'{t:.2f}' for t in times[2]]} s")
    speedup = one / two
    return [
        Row(
            f"check --jobs 2 over {count:,} short files (speed-up, higher is better)",
            fmt_time(two),
            f"--jobs 1: {fmt_time(one)}",
            speedup,
            ">= 1.6",
            speedup >= 1.6,
        )
    ]
