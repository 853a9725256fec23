"""The glossaries ship inside the package: a built wheel contains them and finds them from any folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from jargonfree import load_glossary

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "jargonfree", src / "jargonfree", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "glossaries", src / "glossaries")
    out = tmp_path_factory.mktemp("dist")
    code = "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"
    proc = subprocess.run([sys.executable, "-c", code, str(out)], cwd=src, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return out / proc.stdout.strip().splitlines()[-1]


def test_wheel_contains_every_glossary(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "glossaries").glob("*.yaml"):
        assert f"jargonfree/glossaries/{path.name}" in names
    assert "jargonfree/glossaries/schema.json" in names
    assert "jargonfree/py.typed" in names
    assert "jargonfree/data/known_abbreviations.txt" in names


def test_installed_package_finds_its_glossaries_from_any_folder(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import jargonfree, jargonfree.glossary as g;"
        "print(g.builtin_dir());"
        "print(len(jargonfree.load_glossary()));"
        "print([f.text for f in jargonfree.check('The AMHP will commence.').findings])"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "JARGONFREE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    where, count, found = proc.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert int(count) == len(load_glossary())
    assert found == "['AMHP', 'commence']"
