"""The pre-commit hook in .pre-commit-hooks.yaml, run by pre-commit itself on a temporary git
repository (issue 16).

pre-commit would normally install the hook's repository into a virtual environment of its
own (``language: python``), which needs the package index. Here the hook's own definition is
put in a ``repo: local`` configuration with ``language: system``, so pre-commit runs the same
entry, file patterns and types with the jargonfree already installed: nothing is downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _run_hooks(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    bin_dir = str(Path(sys.executable).parent)  # where the installed jargonfree command is
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PATH": bin_dir + os.pathsep + os.environ["PATH"]}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=repo, env=env, capture_output=True, text=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.org")
    _git(repo, "config", "user.name", "test")
    (hook,) = [h for h in HOOKS if h["id"] == "jargonfree"]
    local = {**hook, "language": "system"}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), encoding="utf-8")
    (repo / ".jargonfree.toml").write_text('skip = ["uncommon"]\n', encoding="utf-8")
    (repo / "script.py").write_text("print('the AMHP will liaise')\n", encoding="utf-8")  # not a post: not checked
    return repo


def test_the_hook_fails_a_post_with_jargon_and_passes_it_when_plain(repo: Path, tmp_path: Path):
    post = repo / "post.md"
    post.write_text("# News\n\nThe AMHP will liaise with you.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    done = _run_hooks(repo, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "liaise" in done.stdout and "Failed" in done.stdout, done.stdout + done.stderr
    assert "script.py" not in done.stdout

    post.write_text("# News\n\nOur mental health worker will talk with you.\n", encoding="utf-8")
    _git(repo, "add", "-A")
    done = _run_hooks(repo, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def test_the_hook_definition_is_complete():
    (hook,) = HOOKS
    assert hook["entry"].split()[:2] == ["jargonfree", "check"]
    assert hook["language"] == "python"
    for suffix in ("txt", "md", "html"):
        assert suffix in hook["files"]
