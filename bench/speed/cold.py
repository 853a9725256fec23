"""cold: a fresh ``python -m jargonfree check -`` (and the ``jargonfree`` console script if it
is on PATH) on one post vs a bare ``python -c pass``, interleaved, medians; also the first run
with an empty JARGONFREE_CACHE_DIR."""

from __future__ import annotations

import os
import shutil
import statistics
import sys
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_time, log, subprocess_env, time_run
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    post = posts.posts(1, seed=99)[0].encode()
    py = sys.executable
    env = subprocess_env(os.environ["JARGONFREE_CACHE_DIR"], str(tmp / "pycache"))
    baseline = [py, "-c", "pass"]
    commands = {"python -m jargonfree check -": [py, "-m", "jargonfree", "check", "-"]}
    script = shutil.which("jargonfree")
    if script:
        commands["jargonfree check - (console script)"] = [script, "check", "-"]
    for cmd in commands.values():  # warm: byte-code written, glossary and word tables cached
        time_run(cmd, env, post)
        time_run(cmd, env, post)
    rows: list[Row] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    base: list[float] = []
    for _ in range(sizes.cold_runs):
        base.append(time_run(baseline, env))
        for name, cmd in commands.items():
            times[name].append(time_run(cmd, env, post))
    base_median = statistics.median(base)
    for name, values in times.items():
        median = statistics.median(values)
        ratio = median / base_median
        log(f"cold: {name}: median {median * 1000:.0f} ms of {len(values)}, python -c pass {base_median * 1000:.0f} ms")
        rows.append(
            Row(f"cold start: {name}, one post", fmt_time(median), f"python -c pass: {fmt_time(base_median)}", ratio, "<= 10", ratio <= 10)
        )
    if sizes.empty_cache_runs:
        first: list[float] = []
        for i in range(sizes.empty_cache_runs):
            env_empty = subprocess_env(str(tmp / f"empty-cache-{i}"), str(tmp / "pycache"))
            first.append(time_run(commands["python -m jargonfree check -"], env_empty, post))
        median = statistics.median(first)
        rows.append(
            Row(
                "first run with an empty JARGONFREE_CACHE_DIR (builds word tables and glossary index)",
                fmt_time(median),
                f"python -c pass: {fmt_time(base_median)}",
                median / base_median,
                "-",
                None,
            )
        )
    return rows
