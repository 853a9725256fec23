"""Speed benchmarks for jargonfree, each figure beside its baseline, measured in one run.

    python bench/run.py            # the full run (a few minutes on a 2-core machine)
    python bench/run.py --quick    # a small run in seconds (figures are rough)
    python bench/run.py --smoke    # every section at its smallest (tests/test_bench_smoke.py; no figures)
    python bench/run.py --only throughput,cold   # some sections only

Sections (see bench/README.md):

throughput  jargonfree.check() with every check on vs textstat 0.7.8's five formulas
            (flesch_reading_ease, flesch_kincaid_grade, smog_index, gunning_fog,
            dale_chall_readability_score) on the same generated posts, interleaved.
cold        a fresh `python -m jargonfree check -` (and the `jargonfree` console script if on
            PATH) on one post vs a bare `python -c pass`, interleaved, medians; also the first
            run with an empty JARGONFREE_CACHE_DIR.
glossary    a 200 kB document with the built-in glossary vs built-in + a generated
            20,000-term user glossary (compile time reported apart).
matching    the compiled index over 1 MB vs one big `re` alternation of the same terms.
linear      check() and the paragraph stream on 1x, 2x, 4x the text.
rewrite     rewrite() on 0.5 MB, 1 MB and 2 MB (2 MB must cost at most 5 times 0.5 MB).
memory      peak memory (tracemalloc) of the paragraph stream on 20 MB vs 2 MB; and the peak
            RSS of `jargonfree check FILE` (text format) on 20 MB vs 2 MB of a text with a
            finding every few words.
jobs        `jargonfree check --jobs 2` vs `--jobs 1` over 2,000 short files, fresh processes,
            interleaved, medians of three (goal: a speed-up of at least 1.6 on 2 cores).
records     peak RSS of `jargonfree check --input jsonl` over 1,000,000 short records vs
            100,000 (one record at a time: goal <= 1.2).
serve       `jargonfree serve` from a fresh process to its first answer to POST /api/check
            with the README's example, median of 3, against the 2-second budget (needs the
            web extra; skipped without it).

Each section is one module of bench/speed/, named as above; bench/speed/measure.py holds what
they share (sizes, timing fresh processes, peak RSS, taking turns) and bench/speed/table.py the
table.

Nothing is downloaded. The posts, documents and glossaries are generated from fixed seeds
(bench/posts.py). A temporary JARGONFREE_CACHE_DIR is used, never your own cache.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

from speed import cold, glossary, jobs, linear, matching, memory, records, rewrite, serve, throughput  # noqa: E402
from speed.measure import FULL, QUICK, SMOKE, log  # noqa: E402
from speed.table import Row, table  # noqa: E402

#: The sections in the order they run, each a module of bench/speed/ with ``run(sizes, tmp)``.
RUNNERS = {
    "throughput": throughput.run,
    "cold": cold.run,
    "glossary": glossary.run,
    "matching": matching.run,
    "linear": linear.run,
    "rewrite": rewrite.run,
    "memory": memory.run,
    "jobs": jobs.run,
    "records": records.run,
    "serve": serve.run,
}
SECTIONS = tuple(RUNNERS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a run of seconds, rough figures")
    parser.add_argument("--smoke", action="store_true", help="the smallest sizes: only shows that every section runs (for the tests)")
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--cache-dir",
        help="the JARGONFREE_CACHE_DIR to use (default: a new temporary folder, so your own cache is never touched)",
    )
    args = parser.parse_args(argv)
    sizes = SMOKE if args.smoke else QUICK if args.quick else FULL
    only = [s.strip() for s in args.only.split(",")] if args.only else list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jargonfree-bench-") as tmp_name:
        tmp = Path(tmp_name)
        # Our own cache folder, shared with the subprocesses: never the user's cache.
        os.environ["JARGONFREE_CACHE_DIR"] = args.cache_dir or str(tmp / "cache")
        rows: list[Row] = []
        for name, run in RUNNERS.items():
            if name in only:
                log(f"{name} ...")
                t = time.perf_counter()
                rows.extend(run(sizes, tmp))
                log(f"{name}: {time.perf_counter() - t:.1f} s")
    cpus = os.cpu_count()
    print(
        f"jargonfree benchmarks{' (--smoke: figures mean nothing)' if args.smoke else ' (--quick: small sizes, rough figures)' if args.quick else ''}: "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {cpus} CPU core{'s' if cpus != 1 else ''}, "
        f"{time.strftime('%Y-%m-%d')}, {time.perf_counter() - started:.0f} s"
    )
    print("Ratio = jargonfree / baseline (for speeds, higher is better; for times and memory, lower is better).")
    print()
    print(table(rows))
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
