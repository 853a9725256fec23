"""Hostile input: huge tokens, regex-like glossary terms and arbitrary glossary text never hang or crash."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jargonfree import check, load_glossary
from jargonfree.glossary.load import parse_text

PATHOLOGICAL = r"""
import jargonfree
cases = ['a' * 200_000, 'A' * 200_000 + '_', 'a.' * 100_000, 'a-' * 100_000, 'a' * 200_000 + '@',
         '1' * 200_000, '(' * 100_000, '"' * 100_000, 'is ' * 50_000, 'x' * 100_000 + '\n' * 100_000,
         # a huge token that starts with a capital and holds "Act" (the titles of Acts)
         'Aa' * 100_000 + 'Act', '(A' * 100_000 + ' Act',
         # short forms in brackets all through one long sentence (each looked back to the text's start)
         'Practice Direction (PD) 9A and (PD) (PD) ' * 5_000]
for text in cases:
    jargonfree.check(text)
    jargonfree.rewrite(text)
print('done')
"""


def test_pathological_inputs_finish(tmp_path: Path):
    """Quadratic backtracking would take hours here; linear matching takes seconds."""
    env = {**os.environ, "JARGONFREE_CACHE_DIR": os.environ["JARGONFREE_CACHE_DIR"]}
    proc = subprocess.run([sys.executable, "-c", PATHOLOGICAL], capture_output=True, text=True, env=env, timeout=240)
    assert proc.returncode == 0 and proc.stdout.strip() == "done", proc.stderr[-2000:]


def test_regex_like_terms_are_matched_literally(tmp_path: Path):
    path = tmp_path / "evil.yaml"
    path.write_text("entries:\n  - term: '(a+)+$'\n    plain: x\n    source: s\n  - term: '.*'\n    plain: y\n    source: s\n")
    glossary = load_glossary(path, builtin=False)
    text = "a" * 50_000 + "!"
    assert check(text, glossaries=glossary, only={"jargon"}).findings == ()
    found = check("Say .* and (a+)+$ here.", glossaries=glossary, only={"jargon"}).findings
    assert [f.text for f in found] == [".*", "(a+)+$"]


yaml_like = st.recursive(
    st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.none()),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_fuzz_glossary_loader_on_arbitrary_text(text):
    """The loader's fuzz target: any text gives entries and problems, never an exception."""
    result = parse_text(text, "fuzz.yaml")
    for problem in result.problems:
        assert problem.path == "fuzz.yaml" and problem.line >= 0 and problem.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["entries", "category", "disable", "title", "x"]), yaml_like, max_size=4))
def test_fuzz_glossary_loader_on_structured_yaml(data):
    import yaml

    result = parse_text(yaml.safe_dump(data), "fuzz.yaml")
    assert all(p.message for p in result.problems)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(["term", "plain", "source", "forms", "not_near", "rewrite", "case_sensitive"]), yaml_like, max_size=5), max_size=4))
def test_fuzz_entries(entries):
    import yaml

    result = parse_text(yaml.safe_dump({"entries": entries}), "fuzz.yaml")
    assert all(p.message for p in result.problems)
