"""rewrite: ``rewrite()`` on 1 MB and 2 MB vs 0.5 MB. It grows in step with the text: one check
of the original, one pass of edits."""

from __future__ import annotations

from pathlib import Path

import posts  # bench/posts.py

from speed.linear import growth_rows
from speed.measure import Sizes
from speed.table import Row


def run(sizes: Sizes, tmp: Path) -> list[Row]:
    import jargonfree

    base = sizes.rewrite_base
    text = posts.document(base * 4, seed=22)
    return growth_rows("rewrite()", jargonfree.rewrite, text, base, {2: 2.5, 4: 5.0}, "rewrite")
