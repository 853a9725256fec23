"""Scoring the privacy benchmark (bench/privacy.py): each generated post checked, what was
found and missed tallied; the real passages of the quality corpus; and the privacy check's
share of ``check()`` time (``--cost``)."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import posts as plain_posts  # bench/posts.py
from privacy_sets import OWN, Post

import jargonfree

HERE = Path(__file__).resolve().parent


@dataclass
class Tally:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    posts: Counter = field(default_factory=Counter)
    flagged: Counter = field(default_factory=Counter)
    stray: int = 0
    examples: dict = field(default_factory=dict)


def run(posts: list[Post]) -> Tally:
    tally = Tally()
    for post in posts:
        report = jargonfree.check(post.text, only={"privacy"}, allow_contacts=OWN)
        findings = [f for f in report.findings if f.kind == "privacy"]
        if post.kind in ("trap", "plain"):
            tally.posts[post.kind] += 1
            if findings:
                tally.flagged[post.kind] += 1
                tally.examples.setdefault(post.kind, []).append((post.text, [f.text for f in findings]))
            continue
        key = post.group if post.kind == "held-out" else post.kind
        tally.planted[key] += 1
        start, end = post.span
        wanted = "privacy/person" if post.kind == "held-out" else post.kind
        hit = [f for f in findings if f.rule == wanted and f.start < end and start < f.end]
        if hit:
            tally.found[key] += 1
        else:
            tally.examples.setdefault(key, []).append((post.text, [f"{f.rule}: {f.text}" for f in findings]))
        if post.kind != "held-out":
            tally.stray += sum(1 for f in findings if f not in hit)
    return tally


def corpus_findings() -> tuple[int, int, list[str]]:
    """Passages of the quality corpus, and privacy findings in them (all counted as false)."""
    import yaml

    path = HERE / "quality" / "corpus.yaml"
    if not path.exists():
        return 0, 0, []
    passages = yaml.safe_load(path.read_text(encoding="utf-8"))["passages"]
    found = []
    for p in passages:
        for f in jargonfree.check(p["text"], only={"privacy"}).findings:
            found.append(f"{p['id']}: {f.rule}: {f.text}")
    return len(passages), len(found), found


def cost(n: int = 10000) -> str:
    """The privacy check alone vs the whole check(), on the throughput benchmark's posts, interleaved."""
    from jargonfree.checker import resolve_glossary, resolve_settings
    from jargonfree.checks import privacy
    from jargonfree.document import Document

    texts = plain_posts.posts(n, seed=2024)
    glossary, settings = resolve_glossary(None), resolve_settings("public", "england-wales", {})
    for text in texts[:200]:
        jargonfree.check(text)
    ours = whole = 0.0
    for i in range(0, n, 500):
        block = texts[i : i + 500]
        docs = [Document.from_text(t) for t in block]
        for d in docs:
            d.tokens  # shared with readability in check(): not the privacy check's cost
        t = time.perf_counter()
        for d in docs:
            privacy.check(d, glossary, settings)
        ours += time.perf_counter() - t
        t = time.perf_counter()
        for text in block:
            jargonfree.check(text)
        whole += time.perf_counter() - t
    return (
        f"privacy check {ours / n * 1e6:.1f} us a post, whole check() {whole / n * 1e6:.1f} us a post "
        f"({ours / whole:.1%}), {n:,} throughput posts"
    )
