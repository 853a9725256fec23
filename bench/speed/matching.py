"""matching: the compiled Aho-Corasick index over 1 MB, 2,000 terms (every derived form) vs one
``re`` alternation of the same forms, with the same word boundaries, over the same folded text."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import posts  # bench/posts.py

from speed.measure import Sizes, fmt_size, fmt_time, log
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    from jargonfree.checker import resolve_glossary
    from jargonfree.document import Document
    from jargonfree.glossary import Glossary
    from jargonfree.glossary.derive import forms
    from jargonfree.glossary.model import Entry

    builtin = list(resolve_glossary(None).entries)[: sizes.match_terms]
    rng = random.Random(5)
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
