"""Speed benchmarks for jargonfree, each figure beside its baseline, measured in one run.

    python bench/run.py            # the full run (a few minutes on a 2-core machine)
    python bench/run.py --quick    # a small run in seconds (figures are rough)
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

Nothing is downloaded. The posts, documents and glossaries are generated from fixed seeds
(bench/posts.py). A temporary JARGONFREE_CACHE_DIR is used, never your own cache.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))

import posts  # noqa: E402  (bench/posts.py)

SECTIONS = ("throughput", "cold", "glossary", "matching", "linear", "rewrite", "memory", "jobs", "records", "serve")


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


@dataclass(frozen=True)
class Sizes:
    posts: int
    cold_runs: int
    empty_cache_runs: int
    doc: int
    user_terms: int
    glossary_rounds: int
    match_text: int
    match_terms: int
    linear_base: int
    rewrite_base: int
    memory_small: int
    memory_large: int


FULL = Sizes(10_000, 15, 3, 200_000, 20_000, 5, 1_000_000, 2_000, 100_000, 500_000, 2_000_000, 20_000_000)
QUICK = Sizes(100, 3, 0, 10_000, 300, 1, 20_000, 200, 5_000, 5_000, 5_000, 50_000)


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def fmt_size(chars: int) -> str:
    return f"{chars / 1_000_000:g} MB" if chars >= 1_000_000 else f"{chars / 1000:g} kB"


# -- (a) throughput ---------------------------------------------------------------------


def bench_throughput(sizes: Sizes) -> list[Row]:
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
    ours = theirs = 0.0
    for i in range(0, len(texts), block):
        chunk = texts[i : i + block]
        if (i // block) % 2:
            theirs += run_textstat(chunk)
            ours += run_ours(chunk)
        else:
            ours += run_ours(chunk)
            theirs += run_textstat(chunk)
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


# -- (b) cold start ---------------------------------------------------------------------


def _subprocess_env(cache_dir: str, pycache: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["JARGONFREE_CACHE_DIR"] = cache_dir
    # Like an installed package: byte-code is cached (in a temporary folder, not the checkout).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _time_run(cmd: list[str], env: dict[str, str], stdin: bytes | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, input=stdin, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def bench_cold(sizes: Sizes, tmp: Path, cache: str) -> list[Row]:
    post = posts.posts(1, seed=99)[0].encode()
    py = sys.executable
    env = _subprocess_env(cache, str(tmp / "pycache"))
    baseline = [py, "-c", "pass"]
    commands = {"python -m jargonfree check -": [py, "-m", "jargonfree", "check", "-"]}
    script = shutil.which("jargonfree")
    if script:
        commands["jargonfree check - (console script)"] = [script, "check", "-"]
    for cmd in commands.values():  # warm: byte-code written, glossary and word tables cached
        _time_run(cmd, env, post)
        _time_run(cmd, env, post)
    rows: list[Row] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    base: list[float] = []
    for _ in range(sizes.cold_runs):
        base.append(_time_run(baseline, env))
        for name, cmd in commands.items():
            times[name].append(_time_run(cmd, env, post))
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
            env_empty = _subprocess_env(str(tmp / f"empty-cache-{i}"), str(tmp / "pycache"))
            first.append(_time_run(commands["python -m jargonfree check -"], env_empty, post))
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


# -- (c) glossary size --------------------------------------------------------------------


def bench_glossary(sizes: Sizes, tmp: Path) -> list[Row]:
    import jargonfree
    from jargonfree.checker import resolve_glossary

    doc = posts.document(sizes.doc, seed=7)
    path = tmp / "user-glossary.yaml"
    path.write_text(posts.user_glossary_yaml(sizes.user_terms), encoding="utf-8")
    builtin = resolve_glossary(None)
    t = time.perf_counter()
    big = jargonfree.load_glossary(path)  # parse YAML and compile: cache miss
    compile_time = time.perf_counter() - t
    t = time.perf_counter()
    big_again = jargonfree.load_glossary(path)  # from the on-disk cache
    load_time = time.perf_counter() - t
    assert len(big_again) == len(big)
    jargonfree.check(doc[:2000], glossaries=builtin)
    jargonfree.check(doc[:2000], glossaries=big)
    small_times: list[float] = []
    big_times: list[float] = []
    for i in range(sizes.glossary_rounds):
        order = ((builtin, small_times), (big, big_times))
        for glossary, times in order if i % 2 == 0 else order[::-1]:
            gc.collect()
            t = time.perf_counter()
            jargonfree.check(doc, glossaries=glossary)
            times.append(time.perf_counter() - t)
    small, large = statistics.median(small_times), statistics.median(big_times)
    ratio = large / small
    log(f"glossary: {len(builtin)} vs {len(big)} entries: {small:.3f} s vs {large:.3f} s")
    return [
        Row(
            f"{fmt_size(len(doc))} document, + {sizes.user_terms:,}-term user glossary ({len(big):,} entries)",
            fmt_time(large),
            f"built-in only ({len(builtin):,}): {fmt_time(small)}",
            ratio,
            "<= 1.3",
            ratio <= 1.3,
        ),
        Row(f"one-off: parse + compile the {sizes.user_terms:,}-term glossary", fmt_time(compile_time), "-", None, "-", None),
        Row("one-off: load it again from the on-disk cache", fmt_time(load_time), "-", None, "-", None),
    ]


# -- (d) matching -------------------------------------------------------------------------


def bench_matching(sizes: Sizes) -> list[Row]:
    from jargonfree.checker import resolve_glossary
    from jargonfree.document import Document
    from jargonfree.glossary import Glossary
    from jargonfree.glossary.derive import forms
    from jargonfree.glossary.model import Entry

    builtin = list(resolve_glossary(None).entries)[: sizes.match_terms]
    rng = __import__("random").Random(5)
    extra = [
        Entry(id=f"bench/t{i}", term=posts.fake_word(rng), category="bench")
        for i in range(max(0, sizes.match_terms - len(builtin)))
    ]
    glossary = Glossary(builtin + extra)
    keys = sorted({form.key for entry in glossary.entries for form in forms(entry)}, key=len, reverse=True)
    text = posts.document(sizes.match_text, seed=13)
    doc = Document.from_text(text)
    t = time.perf_counter()
    folded = doc.folded  # folding is shared by every check; timed apart
    fold_time = time.perf_counter() - t
    t = time.perf_counter()
    hits = glossary.index.hits(doc)
    index_time = time.perf_counter() - t
    t = time.perf_counter()
    alternation = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")
    compile_time = time.perf_counter() - t
    t = time.perf_counter()
    found = sum(1 for _ in alternation.finditer(folded))
    regex_time = time.perf_counter() - t
    log(f"matching: {len(keys)} forms of {len(glossary)} terms, {len(hits)} index hits, {found} regex matches")
    ratio = index_time / regex_time
    return [
        Row(
            f"match {len(glossary):,} terms ({len(keys):,} forms) over {fmt_size(len(text))}",
            fmt_time(index_time),
            f"re alternation: {fmt_time(regex_time)}",
            ratio,
            "< 1",
            ratio < 1,
        ),
        Row(f"  (fold {fmt_size(len(text))} for matching, shared by all checks)", fmt_time(fold_time), f"re.compile: {fmt_time(compile_time)}", None, "-", None),
    ]


# -- (e) linearity ------------------------------------------------------------------------


def bench_linear(sizes: Sizes) -> list[Row]:
    import jargonfree
    from jargonfree.stream import check_long

    base = sizes.linear_base
    text = posts.document(base * 4, seed=21)
    rows: list[Row] = []
    for name, fn in (("check()", jargonfree.check), ("stream check_long()", check_long)):
        fn(text[:2000])
        times = {}
        for factor in (1, 2, 4):
            part = text[: base * factor]
            gc.collect()
            t = time.perf_counter()
            fn(part)
            times[factor] = time.perf_counter() - t
        for factor in (2, 4):
            ratio = times[factor] / times[1]
            rows.append(
                Row(
                    f"{name}: {fmt_size(base * factor)} vs {fmt_size(base)} (time ratio, linear = {factor})",
                    fmt_time(times[factor]),
                    f"{fmt_size(base)}: {fmt_time(times[1])}",
                    ratio,
                    f"<= {factor * 1.2:g}",
                    ratio <= factor * 1.2,
                )
            )
        log(f"linear: {name}: " + ", ".join(f"{k}x {v:.3f} s" for k, v in times.items()))
    return rows


def bench_rewrite(sizes: Sizes) -> list[Row]:
    """rewrite() grows in step with the text: one check of the original, one pass of edits."""
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


# -- (f) memory ---------------------------------------------------------------------------


def bench_memory(sizes: Sizes) -> list[Row]:
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


# Paragraphs of the same length: one with words flagged at every use (about one finding
# for every 30 characters), one with nothing to flag. The same size of file with many and
# with almost no findings: any difference in memory is what the findings cost.
_MANY_FINDINGS = "We will liaise with the team and commence the plan. Staff will facilitate a meeting.\n\n"
_NO_FINDINGS = "We will talk with the team and start the plan. Staff will set up a meeting for you all.\n\n"
# The peak RSS of the process itself: VmHWM from /proc. (Not getrusage's ru_maxrss: Linux
# carries that over from the parent through fork and exec, so a child of a large benchmark
# process reported the benchmark's size, not its own: 114 MB for 37 MB of work.)
_PEAK_RSS = (
    "import sys\n"
    "from jargonfree.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = [line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM:')][0]\n"
    "sys.stderr.write('PEAK_RSS_KB ' + peak + '\\n')\n"
)


def warm_cache() -> None:
    """A tiny run first, so that no measured run builds the cache (that costs far more)."""
    subprocess.run([sys.executable, "-m", "jargonfree", "check", "-"], input="Hello.", capture_output=True, text=True)


def peak_rss(args: list[str], stdout: Any = subprocess.PIPE) -> tuple[int, float, subprocess.CompletedProcess[str]]:
    """Run ``jargonfree ARGS`` in a fresh process: its peak RSS in bytes, the seconds it took,
    and the finished process."""
    t = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, env={**os.environ, "NO_COLOR": "1"},
    )
    elapsed = time.perf_counter() - t
    return int(re.search(r"PEAK_RSS_KB (\d+)", done.stderr).group(1)) * 1024, elapsed, done  # type: ignore[union-attr]


def bench_cli_memory(sizes: Sizes) -> list[Row]:
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


def bench_jobs(sizes: Sizes, tmp: Path) -> list[Row]:
    """``jargonfree check --jobs 2`` vs ``--jobs 1`` over 2,000 short files (posts), each a fresh
    process, interleaved three times, medians; the speed-up is time(1) / time(2)."""
    count = 2000 if sizes.posts >= 10_000 else 200
    folder = tmp / "jobs"
    folder.mkdir()
    for i, text in enumerate(posts.posts(count, seed=11)):
        (folder / f"post{i:05d}.txt").write_text(text, encoding="utf-8")
    # Byte-code cached as for an installed package, like the cold-start runs; one warm-up run
    # writes it (and the glossary cache) before anything is timed.
    env = _subprocess_env(os.environ["JARGONFREE_CACHE_DIR"], str(tmp / "pycache"))

    def command(jobs: int) -> list[str]:
        return [sys.executable, "-m", "jargonfree", "check", "--jobs", str(jobs), "--format", "json", str(folder)]

    _time_run(command(2), env)
    times: dict[int, list[float]] = {1: [], 2: []}
    for round_ in range(3):
        for jobs in ((1, 2) if round_ % 2 == 0 else (2, 1)):
            times[jobs].append(_time_run(command(jobs), env))
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


def bench_records(sizes: Sizes, tmp: Path) -> list[Row]:
    """``jargonfree check --input jsonl`` over 1,000,000 short records vs 100,000: peak RSS
    (the records are read and written one at a time, so memory must not grow with them)."""
    import json

    large = 1_000_000 if sizes.posts >= 10_000 else 20_000
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


README_EXAMPLE = "The AMHP will liaise with the NR before the s.136 assessment commences."
SERVE_BUDGET = 2.0  # seconds (issue 15: the page starts in under 2 s)


def _serve_once() -> tuple[float, list[str]]:
    """Start ``jargonfree serve --port 0``; seconds until POST /api/check answers, and the
    findings' texts it gave."""
    import json
    import urllib.request

    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "jargonfree", "serve", "--port", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stderr.readline() if proc.stderr else ""
        if " at http" not in line:
            raise RuntimeError(f"jargonfree serve did not start: {line}")
        url = line.split(" at ", 1)[1].split()[0].rstrip("/") + "/api/check"
        request = urllib.request.Request(
            url, data=json.dumps({"text": README_EXAMPLE}).encode(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            body = json.load(answer)
        elapsed = time.perf_counter() - t
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return elapsed, [f["text"] for f in body["findings"]]


def bench_serve(sizes: Sizes) -> list[Row]:
    """``jargonfree serve`` from a fresh process to its first answer, against the 2 s budget."""
    import importlib.util

    if importlib.util.find_spec("starlette") is None or importlib.util.find_spec("uvicorn") is None:
        log("serve: skipped (the web extra is not installed: pip install '.[web]')")
        return []
    warm_cache()
    times, found = [], []
    for _ in range(3):
        elapsed, found = _serve_once()
        times.append(elapsed)
    median = statistics.median(times)
    log(f"serve: {[f'{t:.2f}' for t in times]} s; findings {found}")
    return [
        Row(
            "jargonfree serve: start to first answer of POST /api/check (README example)",
            fmt_time(median),
            f"budget: {fmt_time(SERVE_BUDGET)}",
            median / SERVE_BUDGET,
            "<= 1.0",
            median <= SERVE_BUDGET and len(found) == 5,
        )
    ]


# -- the table ----------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    head = ("Figure", "jargonfree", "Baseline", "Ratio", "Target", "Result")
    body = [(r.figure, r.ours, r.baseline, "-" if r.ratio is None else f"{r.ratio:.2f}", r.target, r.result) for r in rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in body:
        lines.append("| " + " | ".join(str(x).ljust(w) for x, w in zip(row, widths)) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a run of seconds, rough figures")
    parser.add_argument("--only", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--cache-dir",
        help="the JARGONFREE_CACHE_DIR to use (default: a new temporary folder, so your own cache is never touched)",
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    only = [s.strip() for s in args.only.split(",")] if args.only else list(SECTIONS)
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jargonfree-bench-") as tmp_name:
        tmp = Path(tmp_name)
        # Our own cache folder, shared with the subprocesses: never the user's cache.
        cache = args.cache_dir or str(tmp / "cache")
        os.environ["JARGONFREE_CACHE_DIR"] = cache
        rows: list[Row] = []
        runners = {
            "throughput": lambda: bench_throughput(sizes),
            "cold": lambda: bench_cold(sizes, tmp, cache),
            "glossary": lambda: bench_glossary(sizes, tmp),
            "matching": lambda: bench_matching(sizes),
            "linear": lambda: bench_linear(sizes),
            "rewrite": lambda: bench_rewrite(sizes),
            "memory": lambda: bench_memory(sizes) + bench_cli_memory(sizes),
            "jobs": lambda: bench_jobs(sizes, tmp),
            "records": lambda: bench_records(sizes, tmp),
            "serve": lambda: bench_serve(sizes),
        }
        for name in SECTIONS:
            if name in only:
                log(f"{name} ...")
                t = time.perf_counter()
                rows.extend(runners[name]())
                log(f"{name}: {time.perf_counter() - t:.1f} s")
    cpus = os.cpu_count()
    print(
        f"jargonfree benchmarks{' (--quick: small sizes, rough figures)' if args.quick else ''}: "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {cpus} CPU core{'s' if cpus != 1 else ''}, "
        f"{time.strftime('%Y-%m-%d')}, {time.perf_counter() - started:.0f} s"
    )
    print("Ratio = jargonfree / baseline (for speeds, higher is better; for times and memory, lower is better).")
    print()
    print(table(rows))
    return 0 if all(r.ok is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
