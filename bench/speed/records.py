"""records: the peak RSS of ``jargonfree check --input jsonl`` over 1,000,000 short records vs
100,000 (the records are read and written one at a time, so memory must not grow with them)."""

from __future__ import annotations

import json
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, log, peak_rss, warm_cache
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    large = 1_000_000 if sizes.posts >= 10_000 else 20_000 if sizes.posts >= 100 else 2_000  # full, --quick, --smoke
    sample = posts.posts(1000, seed=13)
    runs: dict[int, tuple[int, float, int]] = {}
    warm_cache()
    for count in (large // 10, large):
        path = tmp / f"records-{count}.jsonl"
        with open(path, "w", encoding="utf-8") as out:
            for i in range(count):
                out.write(json.dumps({"id": i, "text": sample[i % len(sample)]}) + "\n")
        output = tmp / "records-out.jsonl"  # a file: 1,000,000 results are too many to hold here
        with open(output, "w", encoding="utf-8") as out:
            peak, elapsed, _ = peak_rss(["check", "--input", "jsonl", "--no-config", str(path)], stdout=out)
        with open(output, encoding="utf-8") as written:
            lines = sum(1 for _ in written)
        output.unlink()
        runs[count] = (peak, elapsed, lines)
        log(f"records: {count:,} records: peak RSS {peak / 1e6:.0f} MB, {lines:,} lines out, {elapsed:.1f} s")
        path.unlink()
    (small, _, _), (big, big_time, big_lines) = runs[large // 10], runs[large]
    return [
        Row(
            f"peak RSS, check --input jsonl over {large:,} records ({big_lines:,} lines out, {big_time:.0f} s)",
            f"{big / 1e6:.0f} MB",
            f"{large // 10:,} records: {small / 1e6:.0f} MB",
            big / small,
            "<= 1.2",
            big / small <= 1.2,
        )
    ]
