"""glossary: ``check()`` of a 200 kB document with the built-in glossaries vs the same with a
generated 20,000-term user glossary as well (compiling it and loading it from the cache are
reported apart)."""

from __future__ import annotations

import gc
import statistics
import time
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_size, fmt_time, in_turn, log
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
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
        for glossary, times in in_turn(i, (builtin, small_times), (big, big_times)):
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
