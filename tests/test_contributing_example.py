"""CONTRIBUTING.md shows a built-in entry and tells a newcomer to run its example through
'jargonfree rewrite': the entry must be the one the glossary has, and the rewrite must give its
'rewritten' sentence (it showed 'liaise', which the rewrite leaves for a person to choose)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import yaml

import jargonfree

ROOT = Path(__file__).resolve().parents[1]


def test_the_entry_in_contributing_is_the_built_in_one_and_rewrites_as_it_says():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = re.search(r"A built-in entry looks like this:\n\n   ```yaml\n(.*?)   ```", text, re.S)
    assert block, "CONTRIBUTING.md has no example entry"
    (shown,) = yaml.safe_load(textwrap.dedent(block.group(1)))
    entry = jargonfree.load_glossary().lookup(shown["term"])
    assert entry is not None and entry.plain == (shown["plain"],) and entry.explanation == shown["explanation"]
    assert list(entry.flagged) == [shown["flagged"]] and list(entry.rewritten) == [shown["rewritten"]]
    command = re.search(r'`echo "([^"]+)" \| jargonfree rewrite`', text)
    assert command and command.group(1) == shown["flagged"]
    assert jargonfree.rewrite(shown["flagged"]).text == shown["rewritten"]
