"""A check never loads the inflection tables (lemminflect, and numpy with it): they take about
half a second to load in each process, which a busy account's every post would pay once and a
pre-commit hook on every run. What a check needs of them is worked out when the glossary is
compiled and kept in the cache; only a rewrite may load them (bench/README.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

_CHECK_EVERY_EXAMPLE = """
import json, sys
import jargonfree
from jargonfree.glossary import load_glossary
for entry in load_glossary().entries:
    for text in (*entry.flagged, *entry.not_flagged):
        jargonfree.check(text)
print(json.dumps(sorted(m for m in ("lemminflect", "numpy") if m in sys.modules)))
"""


def test_checking_every_glossary_example_with_a_warm_cache_loads_no_word_tables(tmp_path):
    env = dict(os.environ, JARGONFREE_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    fill = "import jargonfree; jargonfree.check('The AMHP will liaise with your NR.')"
    subprocess.run([sys.executable, "-c", fill], env=env, check=True)
    out = subprocess.run([sys.executable, "-c", _CHECK_EVERY_EXAMPLE], env=env, check=True, capture_output=True, text=True)
    assert json.loads(out.stdout) == []
