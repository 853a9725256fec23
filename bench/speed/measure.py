"""What the benchmark sections share: the sizes of a run, timing a fresh process and reading
its peak memory, taking turns so that two runs see the same load, and formatting figures."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent.parent  # the checkout

T = TypeVar("T")


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
#: ``--smoke``: the smallest run of every section, for tests/test_bench_smoke.py (the script runs
#: and prints its whole table); its figures mean nothing.
SMOKE = Sizes(20, 1, 0, 2_000, 30, 1, 20_000, 200, 1_000, 1_000, 2_000, 10_000)


def log(message: str) -> None:
    """Progress, on stderr (stdout is the table)."""
    print(f"  .. {message}", file=sys.stderr, flush=True)


def fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def fmt_size(chars: int) -> str:
    return f"{chars / 1_000_000:g} MB" if chars >= 1_000_000 else f"{chars / 1000:g} kB"


def in_turn(round_: int, first: T, second: T) -> tuple[T, T]:
    """``(first, second)`` in even rounds and ``(second, first)`` in odd ones: two runs that
    alternate which goes first see the same load on the machine."""
    return (first, second) if round_ % 2 == 0 else (second, first)


def subprocess_env(cache_dir: str, pycache: str) -> dict[str, str]:
    """The environment of a measured ``jargonfree`` process: this checkout, the given cache,
    and byte-code kept as for an installed package (in a temporary folder, not the checkout)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["JARGONFREE_CACHE_DIR"] = cache_dir
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def time_run(cmd: list[str], env: dict[str, str], stdin: bytes | None = None) -> float:
    """Seconds a fresh process of ``cmd`` takes, from start to exit."""
    t = time.perf_counter()
    subprocess.run(cmd, input=stdin, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def warm_cache() -> None:
    """A tiny run first, so that no measured run builds the cache (that costs far more)."""
    subprocess.run([sys.executable, "-m", "jargonfree", "check", "-"], input="Hello.", capture_output=True, text=True)


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
