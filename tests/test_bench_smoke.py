"""The benchmark script runs and prints its table. Timings are never asserted here."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT

SECTIONS = ("throughput", "cold start", "user glossary", "re alternation", "time ratio", "rewrite()", "peak memory")


@pytest.mark.slow
def test_bench_quick_prints_the_table():
    env = dict(os.environ)
    # Like the other tests, never the user's cache: conftest's folder for this test run.
    cache = env.get("JARGONFREE_CACHE_DIR", "")
    # --smoke: every section at its smallest size (the same code as --quick, about half the time).
    args = [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke"]
    if cache:
        args += ["--cache-dir", cache]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)  # a guard against a hang, not a speed test
    # Exit status 1 only means a target was missed: the figures depend on the machine.
    assert result.returncode in (0, 1), result.stderr
    out = result.stdout
    assert "| Figure" in out and "| Baseline" in out and "| Ratio" in out and "| Target" in out and "| Result" in out
    for section in SECTIONS:
        assert section in out, section
    rows = [line for line in out.splitlines() if line.startswith("| ") and "Figure" not in line]
    assert len(rows) >= 10
    assert all(re.search(r"\| (PASS|FAIL|info) *\|$", line.rstrip()) for line in rows), rows


def test_privacy_bench_runs_and_meets_its_goals():
    """bench/privacy.py on a few posts: the table, and the goals (no timing involved)."""
    env = dict(os.environ)
    args = [sys.executable, str(ROOT / "bench" / "privacy.py"), "--posts", "480", "--show", "0"]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)  # a guard against a hang, not a speed test
    assert result.returncode == 0, result.stdout + result.stderr
    assert "| planted details, all | 240 |" in result.stdout and "Result: PASS" in result.stdout
