"""Configuration files and inline suppression (issue 16): .jargonfree.toml or [tool.jargonfree]
in pyproject.toml, found from the checked file's folder upwards; the command line wins."""

from __future__ import annotations

import json
import sys

import pytest

from jargonfree import cli
from jargonfree.config import ConfigError, find_config, load_config

POST = "We will liaise and commence the plan. The AMHP calls on 0300 123 4567 or 07700 900123.\n"


def _findings(capsys, args) -> tuple[int, dict]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out) if out.strip() else {}


@pytest.fixture
def project(tmp_path):
    (tmp_path / "posts" / "deep").mkdir(parents=True)
    (tmp_path / "posts" / "deep" / "a.txt").write_text(POST, encoding="utf-8")
    return tmp_path


def texts(data: dict) -> list[str]:
    return [f["text"] for f in data["findings"]]


def test_jargonfree_toml_is_found_from_the_file_upwards(project, capsys):
    (project / ".jargonfree.toml").write_text(
        'allow-terms = ["liaise"]\nmax-reading-age = 9\nallow-contacts = ["07700 900123"]\n', encoding="utf-8"
    )
    _, data = _findings(capsys, ["check", "--format", "json", str(project / "posts" / "deep" / "a.txt")])
    assert "liaise" not in texts(data) and "commence" in texts(data)
    assert "07700 900123" not in texts(data)
    assert data["max_reading_age"] == 9


def test_pyproject_table_counts_and_a_pyproject_without_it_is_passed_over(project, capsys):
    (project / "pyproject.toml").write_text('[tool.jargonfree]\nskip = ["jargon"]\n', encoding="utf-8")
    (project / "posts" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(str(project / "posts" / "deep" / "a.txt")) == str(project / "pyproject.toml")
    _, data = _findings(capsys, ["check", "--format", "json", str(project / "posts" / "deep" / "a.txt")])
    assert not [f for f in data["findings"] if f["kind"] == "jargon"]


def test_the_nearest_file_wins_and_the_command_line_wins_over_it(project, capsys):
    (project / ".jargonfree.toml").write_text('max-reading-age = 7\n', encoding="utf-8")
    (project / "posts" / ".jargonfree.toml").write_text('max-reading-age = 9\naudience = "professional"\n', encoding="utf-8")
    path = str(project / "posts" / "deep" / "a.txt")
    _, data = _findings(capsys, ["check", "--format", "json", path])
    assert (data["max_reading_age"], data["audience"]) == (9, "professional")
    _, data = _findings(capsys, ["check", "--format", "json", "--max-reading-age", "12", "--audience", "public", path])
    assert (data["max_reading_age"], data["audience"]) == (12, "public")
    _, data = _findings(capsys, ["check", "--format", "json", "--no-config", path])
    assert (data["max_reading_age"], data["audience"]) == (11, "public")


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_glossaries_in_a_config_are_relative_to_it(project, capsys):
    (project / "terms.yaml").write_text(
        "category: ours\nentries:\n  - term: plan\n    plain: [idea]\n    explanation: What we mean to do.\n    source: ours\n",
        encoding="utf-8",
    )
    (project / ".jargonfree.toml").write_text('glossaries = ["terms.yaml"]\n', encoding="utf-8")
    _, data = _findings(capsys, ["check", "--format", "json", str(project / "posts" / "deep" / "a.txt")])
    assert "plan" in texts(data)


@pytest.mark.parametrize(
    "content, message",
    [
        ('audence = "public"\n', "unknown key 'audence' (did you mean 'audience'?)"),
        ('SKIP = ["uncommon"]\n', "unknown key 'SKIP' (did you mean 'skip'?)"),  # keys are lower case
        ("max-reading-age = \"nine\"\n", "max-reading-age must be a number"),
        ("allow-terms = [1, 2]\n", "allow-terms must be a list of texts"),
        ("this is not toml\n", "not valid TOML"),
        ("audience = public\n", 'words go in quotes: audience = "public"'),  # newcomer walk, session 20
        ('audience = "everyone"\n', "unknown audience 'everyone'"),
    ],
)
def test_a_bad_config_is_one_line_naming_the_file(project, capsys, content, message):
    config = project / ".jargonfree.toml"
    config.write_text(content, encoding="utf-8")
    code = cli.main(["check", str(project / "posts" / "deep" / "a.txt")])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and message in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "name, content, message",
    [
        (".jargonfree.toml", 'audience = "publik"\n', ", line 1: audience: unknown audience 'publik': use one of public, professional"),
        (".jargonfree.toml", '# ours\n\njurisdiction = "scotand"\n', ", line 3: jurisdiction: unknown jurisdiction 'scotand': use one of england-wales"),
        (".jargonfree.toml", 'fail-level = "warn"\n', ", line 1: fail-level: unknown fail level 'warn': use one of info, warning, error"),
        (".jargonfree.toml", 'max-reading-age = 9\nskip = ["uncomon"]\n', ", line 2: skip: unknown check 'uncomon': use one of"),
        (".jargonfree.toml", "max-reading-age = 200\n", ", line 1: max-reading-age: the reading age must be a number between 1 and 99"),
        (".jargonfree.toml", 'glossaries = ["nope.yaml"]\n', ", line 1: glossaries: there is no file or folder"),
        (".jargonfree.toml", 'audence = "public"\n', ", line 1: unknown key 'audence'"),
        # A table named like pyproject's, written by analogy (review21 12): the line of its header.
        (".jargonfree.toml", 'audience = "public"\n\n[jargonfree]\nskip = ["sentence"]\n', ", line 3: unknown key 'jargonfree'"),
        ("pyproject.toml", '[project]\naudience = "x"\n\n[tool.jargonfree]\naudience = "publik"\n', " [tool.jargonfree], line 5: audience: unknown audience 'publik'"),
    ],
)
def test_a_wrong_value_in_a_config_names_the_file_the_line_and_the_key(project, capsys, name, content, message):
    # Before: "jargonfree: error: unknown audience 'publik': ..." with no word of which file said it.
    (project / name).write_text(content, encoding="utf-8")
    code = cli.main(["check", str(project / "posts" / "deep" / "a.txt")])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.startswith(f"jargonfree: error: {project / name}{message}") and err.count("\n") == 1


def test_every_bad_value_in_a_config_is_named_in_one_line(project, capsys):
    # review21 item 12: only the first bad value was reported, so a writer fixed one and ran again.
    (project / ".jargonfree.toml").write_text('audience = "publik"\nskip = ["uncomon"]\n', encoding="utf-8")
    code = cli.main(["check", str(project / "posts" / "deep" / "a.txt")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert ", line 1: audience: unknown audience 'publik'" in err and ", line 2: skip: unknown check 'uncomon'" in err


def test_a_config_that_is_not_utf8_is_one_line_not_an_internal_error(project, capsys):
    # Before: "jargonfree: internal error: UnicodeDecodeError ... (please report this)".
    (project / ".jargonfree.toml").write_bytes('audience = "public" # caf\xe9\n'.encode("latin-1"))
    assert cli.main(["check", str(project / "posts" / "deep" / "a.txt")]) == 2
    err = capsys.readouterr().err
    assert err == f"jargonfree: error: {project / '.jargonfree.toml'}: not UTF-8 text: save it as UTF-8\n"


def test_load_config_reads_values():
    with pytest.raises(ConfigError):
        load_config("/nonexistent/.jargonfree.toml")


@pytest.mark.parametrize("name, comment", [("post.md", "<!-- jargonfree: ignore liaise, AMHP -->"), ("page.html", "<!--jargonfree: ignore liaise,AMHP-->")])
def test_inline_ignore_comment_in_markdown_and_html(project, capsys, name, comment):
    path = project / name
    path.write_text(comment + "\n\n" + POST, encoding="utf-8")
    _, data = _findings(capsys, ["check", "--no-config", "--format", "json", str(path)])
    assert "liaise" not in texts(data) and "AMHP" not in texts(data)
    assert "commence" in texts(data)


def test_standard_input_uses_the_current_folder(project, capsys, monkeypatch):
    import io

    (project / ".jargonfree.toml").write_text('allow-terms = ["commence"]\n', encoding="utf-8")
    monkeypatch.chdir(project)

    class Stdin:
        buffer = io.BytesIO(POST.encode())

    monkeypatch.setattr(sys, "stdin", Stdin())
    _, data = _findings(capsys, ["check", "--format", "json", "-"])
    assert "commence" not in texts(data) and "liaise" in texts(data)


@pytest.mark.slow
def test_workers_use_each_files_own_config(project, capsys):
    for i in range(10):
        (project / "posts" / f"p{i}.txt").write_text(POST, encoding="utf-8")
        (project / "posts" / "deep" / f"p{i}.txt").write_text(POST, encoding="utf-8")
    (project / "posts" / "deep" / ".jargonfree.toml").write_text('allow-terms = ["liaise"]\n', encoding="utf-8")
    code = cli.main(["check", "--jobs", "2", "--format", "json", str(project / "posts")])
    out, _ = capsys.readouterr()
    assert code == 1  # every post still has findings ("commence")
    for line in out.splitlines():
        data = json.loads(line)
        deep = "/deep/" in data["path"]
        assert ("liaise" in texts(data)) is not deep
