"""memory: the peak memory (tracemalloc) of the paragraph stream over 20 MB vs 2 MB, findings
counted and not kept; and the peak RSS of ``jargonfree check FILE`` (text format) on 20 MB with
a finding every few words vs the same size with almost none."""

from __future__ import annotations

import gc
import re
import tempfile
import time
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_size, log, peak_rss, warm_cache
from speed.table import Row

# Paragraphs of the same length: one with words flagged at every use (about one finding
# for every 30 characters), one with nothing to flag. The same size of file with many and
# with almost no findings: any difference in memory is what the findings cost.
_MANY_FINDINGS = "We will liaise with the team and commence the plan. Staff will facilitate a meeting.\n\n"
_NO_FINDINGS = "We will talk with the team and start the plan. Staff will set up a meeting for you all.\n\n"


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    return stream_memory(sizes) + cli_memory(sizes)


def stream_memory(sizes: Sizes) -> list[Row]:
    import tracemalloc

    from jargonfree.checker import resolve_glossary, resolve_settings
    from jargonfree.stream import iter_findings

    glossary = resolve_glossary(None)
    settings = resolve_settings("public", "england-wales", {})
    # Warm up first: what the first paragraphs load once (glossary tables, word lists, memo
    # tables) would otherwise count against whichever size is measured first (the 2 MB run
    # then showed 37 MB and the 20 MB run 0.8 MB, a ratio of 0.02 that meant nothing).
    for _ in iter_findings(posts.document(sizes.memory_small, seed=32), glossary, settings):
        pass
    peaks: dict[int, tuple[int, int, float]] = {}
    for size in (sizes.memory_small, sizes.memory_large):
        text = posts.document(size, seed=31)  # the text itself is not counted: the CLI holds it anyway
        gc.collect()
        tracemalloc.start()
        t = time.perf_counter()
        count = 0
        for _ in iter_findings(text, glossary, settings):
            count += 1
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        peaks[size] = (peak, count, elapsed)
        log(f"memory: {fmt_size(size)}: peak {peak / 1e6:.1f} MB, {count} findings, {elapsed:.1f} s (under tracemalloc)")
        del text
    small, large = peaks[sizes.memory_small][0], peaks[sizes.memory_large][0]
    ratio = large / small
    return [
        Row(
            f"peak memory, stream over {fmt_size(sizes.memory_large)} (findings not kept)",
            f"{large / 1e6:.1f} MB",
            f"{fmt_size(sizes.memory_small)}: {small / 1e6:.1f} MB",
            ratio,
            "<= 1.5",
            ratio <= 1.5,
        )
    ]


def cli_memory(sizes: Sizes) -> list[Row]:
    """Peak memory (RSS) of ``jargonfree check FILE`` in text format on 20 MB with a finding
    every few words vs 20 MB with almost none: findings are written as they are found, so
    memory does not grow with them (the text itself is held, as bytes read and as text)."""
    if sizes.memory_large < 10_000_000:
        log("cli memory: skipped with --quick (the command line streams only texts over 1 MB)")
        return []
    size = sizes.memory_large
    runs: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        warm_cache()
        for name, paragraph in (("few", _NO_FINDINGS), ("many", _MANY_FINDINGS)):
            path = Path(tmp) / f"{name}.txt"
            path.write_text(paragraph * (size // len(paragraph)), encoding="utf-8")
            peak, elapsed, done = peak_rss(["check", str(path)])
            found = sum(1 for line in done.stdout.splitlines() if re.match(r"  \d+:\d+  ", line))
            runs[name] = (peak, found)
            log(f"cli memory: {fmt_size(size)}, {name} findings: peak RSS {peak / 1e6:.0f} MB, {found} findings, {elapsed:.1f} s")
            path.unlink()
    (few, few_found), (many, many_found) = runs["few"], runs["many"]
    ratio = many / few
    return [
        Row(
            f"peak RSS, jargonfree check on {fmt_size(size)} in text format, {many_found:,} findings",
            f"{many / 1e6:.0f} MB",
            f"same size, {few_found:,} findings: {few / 1e6:.0f} MB",
            ratio,
            "<= 1.2",
            ratio <= 1.2,
        )
    ]
