"""serve: ``jargonfree serve`` from a fresh process to its first answer to POST /api/check with
the README's example (which must give its five findings), median of 3, against the 2-second
budget of issue 15. Skipped without the web extra."""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from speed.measure import Sizes, fmt_time, log, warm_cache
from speed.table import Row

README_EXAMPLE = "The AMHP will liaise with the NR before the s.136 assessment commences."
SERVE_BUDGET = 2.0  # seconds (issue 15: the page starts in under 2 s)


def serve_once() -> tuple[float, list[str]]:
    """Start ``jargonfree serve --port 0``; seconds until POST /api/check answers, and the
    findings' texts it gave."""
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


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    if importlib.util.find_spec("starlette") is None or importlib.util.find_spec("uvicorn") is None:
        log("serve: skipped (the web extra is not installed: pip install '.[web]')")
        return []
    warm_cache()
    times, found = [], []
    for _ in range(3):
        elapsed, found = serve_once()
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
