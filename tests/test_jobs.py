"""check --jobs: files checked on several processes give the same output, in the same order (issue 16)."""

from __future__ import annotations

import json

import pytest

from jargonfree import batch, cli

POSTS = [
    "The AMHP will liaise with the NR before the s.136 assessment commences.",
    "Thank you to everyone who came to our coffee morning. We had lots of cake!",
    "Her DoLS runs out next week. Her IMCA visits on Monday.",
    "Call Mrs Jones on 07700 900123 about her section 42 enquiry.",
]


@pytest.fixture
def folder(tmp_path):
    for i in range(24):
        (tmp_path / f"post{i:02d}.txt").write_text(POSTS[i % len(POSTS)] + "\n", encoding="utf-8")
    (tmp_path / "page.md").write_text("# The AMHP\n\n`DoLS` is code.\n", encoding="utf-8")
    return tmp_path


def _run(capsys, args):
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_same_output_in_the_same_order(folder, capsys, fmt):
    one = _run(capsys, ["check", "--jobs", "1", "--format", fmt, str(folder)])
    two = _run(capsys, ["check", "--jobs", "2", "--format", fmt, str(folder)])
    assert two == one
    assert one[0] == 1


@pytest.mark.slow
def test_errors_keep_their_place(folder, tmp_path_factory, capsys):
    empty = tmp_path_factory.mktemp("empty")
    missing = str(folder / "missing.txt")
    args = ["check", "--format", "json", str(folder), missing, str(empty)]
    one = _run(capsys, args[:1] + ["--jobs", "1"] + args[1:])
    two = _run(capsys, args[:1] + ["--jobs", "2"] + args[1:])
    assert two == one
    code, out, err = two
    assert code == 2
    paths = [json.loads(line)["path"] for line in out.splitlines()]
    assert paths[-2:] == [missing, str(empty)]
    assert len(paths) == 27


def test_a_pool_is_used_only_for_enough_files(folder, monkeypatch):
    used = []
    monkeypatch.setattr(batch, "_in_pool", lambda todo, job, jobs: used.append(jobs) or iter(()))
    job = batch.Job(batch.Options())
    list(batch.results([str(folder / "post00.txt"), str(folder / "post01.txt")], job, jobs=2))
    assert used == []
    list(batch.results([str(folder)], job, jobs=2))
    assert used == [2]
    list(batch.results([str(folder)], job, jobs=1))
    assert used == [2]


def test_an_input_error_crosses_to_another_process():
    import pickle

    from jargonfree.inputs import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "no such file")))
    assert (str(error), error.path) == ("a.txt: no such file", "a.txt")


def test_help_states_the_pool_threshold():
    text = cli.build_parser()._subparsers._group_actions[0].choices["check"].format_help()  # type: ignore[union-attr]
    assert f"fewer than {batch.MIN_FILES_FOR_A_POOL} files" in " ".join(text.split())


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_whole_number(capsys, bad):
    code, out, err = _run(capsys, ["check", "--jobs", bad, "-"])
    assert code == 2
    assert err.count("\n") == 1 and "--jobs" in err

