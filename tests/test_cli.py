"""The command line: exit codes, formats, and every kind of bad input ending in one line, no traceback."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from jargonfree.cli import main

POST = "The AMHP will liaise with the NR before the s.136 assessment commences.\n"
PLAIN = "Thank you to everyone who came to our coffee morning. We had lots of cake!\n"


class Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def run(args: list[str], stdin: bytes = b"", monkeypatch=None, capsys=None) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", Stdin(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def cli(monkeypatch, capsys):
    return lambda args, stdin=b"": run(args, stdin, monkeypatch, capsys)


def test_check_stdin_flags_the_issue_example(cli):
    code, out, err = cli(["check", "-"], POST.encode())
    assert code == 1
    for term in ("AMHP", "liaise", "NR", "s.136", "commences"):
        assert term in out
    assert "Reading age" in out and "target: 11 or under" in out
    assert "approved mental health professional" in out


def test_check_without_path_reads_stdin(cli):
    code, out, _ = cli(["check"], PLAIN.encode())
    assert code == 0 and "Passed" in out


def test_json_has_the_contract_fields(cli):
    code, out, _ = cli(["check", "--format", "json", "-"], POST.encode())
    data = json.loads(out)
    assert code == 1 and data["passed"] is False
    finding = data["findings"][0]
    assert set(finding) >= {"start", "end", "text", "kind", "rule", "message", "suggestions", "explanation", "line", "column"}
    assert POST[finding["start"] : finding["end"]] == finding["text"]
    assert set(data["readability"]) >= {"flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "dale_chall", "reading_age"}


def test_sarif_and_github_formats(cli):
    code, out, _ = cli(["check", "--format", "sarif", "-"], POST.encode())
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]
    code, out, _ = cli(["check", "--format", "github", "-"], POST.encode())
    assert out.startswith("::warning file=-,line=1,col=5")


def test_only_and_skip(cli):
    _, out, _ = cli(["check", "--format", "json", "--only", "abbreviation", "-"], b"The SPOE team called.")
    assert [f["kind"] for f in json.loads(out)["findings"]] == ["abbreviation"]
    _, out, _ = cli(["check", "--format", "json", "--skip", "jargon,abbreviation", "-"], POST.encode())
    assert all(f["kind"] not in ("jargon", "abbreviation") for f in json.loads(out)["findings"])


@pytest.mark.parametrize(
    "args",
    [["check", "--only", "nonsense", "-"], ["check", "--format", "xml", "-"], ["frobnicate"], [], ["glossary"], ["check", "--max-reading-age", "x"]],
)
def test_usage_errors_are_one_line_exit_2(cli, args):
    code, out, err = cli(args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("jargonfree: error:")


def test_missing_file_and_folder_and_binary(cli, tmp_path: Path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    for target, words in [(tmp_path / "nope.txt", "no such file"), (tmp_path / "bin.txt", "binary")]:
        code, out, err = cli(["check", str(target)])
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1 and str(target) in err


def test_a_folder_with_nothing_to_check_is_an_error(cli, tmp_path: Path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden.txt").write_text(POST)
    code, out, err = cli(["check", str(tmp_path)])
    assert code == 2 and "no files to check" in out  # the report says so too
    assert len(err.strip().splitlines()) == 1 and "no files to check" in err and str(tmp_path) in err
    # beside a file that is fine, the empty folder still makes the run fail
    (tmp_path / "sub").mkdir()
    post = tmp_path / "post.txt"
    post.write_text(PLAIN)
    code, _, err = cli(["check", str(post), str(tmp_path / "sub")])
    assert code == 2 and "no files to check" in err


def test_invalid_utf8_is_an_error_or_replaced(cli, tmp_path: Path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Line one.\nWe will commence \xff\xfe now.\n")
    code, _, err = cli(["check", str(path)])
    assert code == 2 and "line 2" in err and "UTF-8" in err
    # Replaced: each bad byte is one U+FFFD, the rest of the text and its offsets unchanged.
    code, out, _ = cli(["check", "--replace-invalid", "--format", "json", str(path)])
    data = json.loads(out)
    commence = [f for f in data["findings"] if f["text"] == "commence"]
    assert code == 1 and len(commence) == 1
    assert (commence[0]["line"], commence[0]["column"], commence[0]["start"]) == (2, 9, 18)
    code, out, _ = cli(["rewrite", "--replace-invalid", str(path)])
    assert code == 0 and out == "Line one.\nWe will start \ufffd\ufffd now.\n"


def test_bom_utf16_crlf_and_empty(cli, tmp_path: Path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbfWe will commence.\r\nThanks.\r\n")
    (tmp_path / "u16.txt").write_bytes("We will commence.\n".encode("utf-16"))
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = cli(["check", "--format", "json", str(tmp_path / "bom.txt"), str(tmp_path / "u16.txt"), str(tmp_path / "empty.txt")])
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["findings"][0]["text"] for r in rows[:2]] == ["commence", "commence"]
    assert rows[0]["findings"][0]["start"] == 8  # the BOM is not part of the text
    assert rows[2]["findings"] == [] and rows[2]["passed"] is True


def test_folder_recurses_over_text_files_skipping_hidden_and_binary(cli, tmp_path: Path):
    (tmp_path / "a.txt").write_text(POST)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(PLAIN)
    (tmp_path / ".hidden.txt").write_text(POST)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(POST)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    # data files in a folder hold fields, not prose: a glossary, a site's config, exported records
    (tmp_path / "sub" / "our-words.yaml").write_text("entries:\n  - term: frailty hub\n")
    (tmp_path / "sub" / "posts.json").write_text('{"text": "We will commence."}')
    (tmp_path / "sub" / "posts.csv").write_text("id,text\n1,We will commence.\n")
    code, out, _ = cli(["check", "--format", "json", str(tmp_path)])
    paths = [Path(json.loads(line)["path"]).name for line in out.splitlines()]
    assert paths == ["a.txt", "b.md"] and code == 1
    # named one by one, a data file is still read as the user asked
    code, out, _ = cli(["check", "--format", "json", str(tmp_path / "sub" / "posts.csv")])
    assert json.loads(out)["path"].endswith("posts.csv")


def test_json_stays_valid_when_some_inputs_fail(cli, tmp_path: Path):
    (tmp_path / "ok.txt").write_text(PLAIN)
    code, out, err = cli(["check", "--format", "json", str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt")])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 2 and rows[0]["passed"] is True and "no such file" in rows[1]["error"]


def test_unicode_emoji_control_characters_and_rtl_give_valid_offsets(cli):
    text = "😀 The AMHP\u0301 called\x07 \u202eمرحبا\u202c and will commence. e\u0301\u0301 " * 3
    code, out, _ = cli(["check", "--format", "json", "-"], text.encode())
    data = json.loads(out)
    for f in data["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_explain(cli):
    code, out, _ = cli(["explain", "AMHP"])
    assert code == 0 and "approved mental health professional" in out and "Source:" in out
    code, out, err = cli(["explain", "zzzz"])
    assert code == 1 and "not in the glossaries" in err


def test_glossary_list_and_stats(cli):
    code, out, _ = cli(["glossary", "stats"])
    assert code == 0 and "By category" in out and "By jurisdiction" in out
    code, out, _ = cli(["glossary", "list", "--format", "markdown"])
    assert code == 0 and "| AMHP |" in out


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_glossary_list_takes_a_file_as_validate_does(cli, tmp_path: Path, monkeypatch):
    # A practitioner who wrote my-terms.yaml lists it as they validate it (newcomer22: "unrecognized arguments").
    path = tmp_path / "my-terms.yaml"
    path.write_text("entries:\n  - term: frailty hub\n    plain: clinic for older people\n    source: Our trust, https://example.org/frailty\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(["glossary", "list", "my-terms.yaml"])
    assert (code, out, err) == (0, "my-terms/frailty-hub\tfrailty hub\tclinic for older people\n", "")
    code, out, _ = cli(["glossary", "list", "--glossary", "my-terms.yaml"])  # beside every built-in term, as before
    assert code == 0 and "my-terms/frailty-hub" in out and "| AMHP |" not in out and len(out.splitlines()) > 1000
    (tmp_path / "broken.yaml").write_text("entries:\n  - term: x\n    plian: y\n    source: z\n")
    code, out, err = cli(["glossary", "list", "broken.yaml"])
    assert code == 2 and out == "" and err.strip().splitlines() == [err.strip()] and "broken.yaml:3:" in err


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_bad_user_glossary_is_one_line_exit_2(cli, tmp_path: Path):
    path = tmp_path / "ours.yaml"
    path.write_text("entries:\n  - term: x\n    plian: y\n    source: z\n")
    code, out, err = cli(["check", "--glossary", str(path), "-"], PLAIN.encode())
    assert code == 2 and f"{path}:3:" in err and len(err.strip().splitlines()) == 1


def test_rewrite_stdout_diff_json(cli):
    code, out, _ = cli(["rewrite", "-"], b"We will commence soon.\n")
    assert code == 0 and out == "We will start soon.\n"
    code, out, _ = cli(["rewrite", "--diff", "-"], b"We will commence soon.\n")
    assert "-We will commence soon." in out and "+We will start soon." in out
    code, out, _ = cli(["rewrite", "--format", "json", "-"], b"We will commence soon.")
    assert json.loads(out)["edits"][0]["new"] == "start"


def test_rewrite_in_place_keeps_permissions_backup_and_line_endings(cli, tmp_path: Path):
    path = tmp_path / "post.txt"
    path.write_bytes(b"We will commence soon.\r\nThe AMHP called.\r\n")
    os.chmod(path, 0o640)
    code, _, err = cli(["rewrite", "--in-place", str(path)])
    assert code == 0
    assert path.read_bytes() == b"We will start soon.\r\nThe approved mental health professional (AMHP) called.\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert (tmp_path / "post.txt.orig").read_bytes() == b"We will commence soon.\r\nThe AMHP called.\r\n"


def test_rewrite_in_place_failure_leaves_the_original(cli, tmp_path: Path, monkeypatch):
    path = tmp_path / "post.txt"
    path.write_bytes(b"We will commence soon.\n")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    code, _, err = cli(["rewrite", "--in-place", "--no-backup", str(path)])
    assert code == 2 and "was not changed" in err
    assert path.read_bytes() == b"We will commence soon.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]  # no temporary file left behind


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_rewrite_in_place_writes_through_a_symlink(cli, tmp_path: Path):
    target = tmp_path / "real" / "post.txt"
    target.parent.mkdir()
    target.write_text("We will commence soon.\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    code, _, err = cli(["rewrite", "--in-place", str(link)])
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == target.resolve()  # still a link, to the same file
    assert target.read_text() == "We will start soon.\n"
    assert (tmp_path / "link.txt.orig").read_text() == "We will commence soon.\n"
    assert not (tmp_path / "link.txt.orig").is_symlink()
    assert sorted(p.name for p in target.parent.iterdir()) == ["post.txt"]  # no temporary file


def test_a_second_rewrite_in_place_keeps_the_first_backup(cli, tmp_path: Path):
    path = tmp_path / "post.txt"
    path.write_text("We will commence soon.\n")
    assert cli(["rewrite", "--in-place", str(path)])[0] == 0
    path.write_text("The AMHP called prior to the visit.\n")  # edited again
    code, _, err = cli(["rewrite", "--in-place", str(path)])
    assert code == 0
    assert (tmp_path / "post.txt.orig").read_text() == "We will commence soon.\n"  # the true original
    assert (tmp_path / "post.txt.orig.1").read_text() == "The AMHP called prior to the visit.\n"
    assert "post.txt.orig.1" in err
    assert "before" in path.read_text()


@pytest.mark.parametrize("failure", ["exception", "signal"])
def test_rewrite_in_place_stopped_mid_write_leaves_no_temporary_file(cli, tmp_path: Path, monkeypatch, failure):
    import signal

    path = tmp_path / "post.txt"
    path.write_bytes(b"We will commence soon.\n")

    def stop(fd):
        if failure == "signal":
            os.kill(os.getpid(), signal.SIGTERM)  # as from `kill`: handled while the file is written
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", stop)
    code, _, err = cli(["rewrite", "--in-place", str(path)])
    assert code == 130 and "stopped" in err
    assert path.read_bytes() == b"We will commence soon.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["post.txt"]  # no hidden temporary file, no backup
    if failure == "signal":
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # the handler is put back


def test_no_backup_without_in_place_is_a_usage_error(cli, tmp_path: Path):
    path = tmp_path / "post.txt"
    path.write_text("We will commence soon.\n")
    code, out, err = cli(["rewrite", "--no-backup", str(path)])
    assert code == 2 and "--no-backup" in err and "--in-place" in err
    assert out == "" and path.read_text() == "We will commence soon.\n"


@pytest.mark.parametrize(
    "choice, words",
    [
        ("officialese/in-acordance-with=following", "did you mean 'officialese/in-accordance-with'"),
        ("no-such-entry-at-all=x", "no glossary entry 'no-such-entry-at-all'"),
        ("officialese/in-accordance-with=folowing", "did you mean 'following'"),
    ],
)
def test_rewrite_choose_with_an_unknown_rule_or_wording_is_a_usage_error(cli, choice, words):
    code, out, err = cli(["rewrite", "--choose", choice, "-"], b"We act in accordance with the law.")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err


def test_rewrite_choose_with_a_known_rule_and_wording(cli):
    for choice in ["officialese/in-accordance-with=following", "in accordance with=in line with"]:
        code, out, _ = cli(["rewrite", "--choose", choice, "-"], b"We act in accordance with the law.")
        assert code == 0 and "in accordance with" not in out


def test_console_script_module_runs_without_network(tmp_path: Path):
    """The whole command in a fresh process with sockets disabled and an empty cache."""
    prelude = (
        "import socket\n"
        "def _no(*a, **k): raise OSError('network disabled for this test')\n"
        "socket.socket = _no; socket.create_connection = _no; socket.getaddrinfo = _no\n"
        "import sys, runpy; sys.argv = ['jargonfree', 'check', '-']\n"
        "runpy.run_module('jargonfree', run_name='__main__')\n"
    )
    env = {**os.environ, "JARGONFREE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-c", prelude], input=POST.encode(), capture_output=True, env=env, timeout=120)
    out = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr.decode()
    assert "AMHP" in out and "commences" in out and "Reading age" in out


def test_check_with_networking_switched_off(tmp_path: Path):
    """A real network namespace with no interfaces up, and an empty cache: every table is built offline."""
    import shutil

    if shutil.which("unshare") is None or subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow a private network namespace (unshare -n)")
    env = {**os.environ, "JARGONFREE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "jargonfree", "check", "--format", "json", "-"],
        input=POST.encode(), capture_output=True, env=env, timeout=180,
    )
    data = json.loads(proc.stdout)
    assert proc.returncode == 1, proc.stderr.decode()
    assert [f["text"] for f in data["findings"]] == ["AMHP", "liaise", "NR", "s.136", "commences"]


def test_json_error_keeps_a_path_that_contains_a_colon(cli, tmp_path: Path):
    missing = str(tmp_path / "notes: draft.txt")
    code, out, _ = cli(["check", "--format", "json", missing])
    assert code == 2 and json.loads(out)["path"] == missing


def test_explain_jurisdiction_chooses_the_sense_and_says_where_a_term_does_not_hold(cli):
    code, out, _ = cli(["explain", "section", "42", "--jurisdiction", "wales"])
    assert code == 0 and "Where: England\n" in out and "England only, not in Wales." in out
    code, out, _ = cli(["explain", "section", "42", "--jurisdiction", "england"])
    assert code == 0 and "not in" not in out
    code, out, _ = cli(["explain", "CTO", "--jurisdiction", "scotland"])
    first, _, rest = out.partition("\n\n")
    assert "compulsory treatment order" in first and "not in" not in first
    assert "community treatment order" in rest and "only, not in Scotland." in rest
    code, out, _ = cli(["explain", "CTO"])  # England and Wales by default: its sense first
    assert out.startswith("CTO\n") and "only, not in England and Wales." in out.partition("\n\n")[2]
    code, _, err = cli(["explain", "CTO", "--jurisdiction", "france"])
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_cli_jurisdiction_names_are_the_glossary_jurisdictions():
    # The CLI reads the light nations table so that starting it does not import the glossary package.
    from jargonfree.glossary.fields import JURISDICTIONS
    from jargonfree.nations import NATION_NAMES

    assert tuple(NATION_NAMES) == JURISDICTIONS


def test_explain_says_where_a_word_is_everyday(cli):
    code, out, _ = cli(["explain", "outwith"])
    assert code == 0
    assert "Everyday in Scotland: not reported to readers there (--jurisdiction scotland)." in out
    code, out, _ = cli(["explain", "liaise"])
    assert "Everyday in" not in out


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_a_broken_glossary_is_one_line_that_says_error_once(cli, tmp_path: Path):
    path = tmp_path / "ours.yaml"
    path.write_text("entries:\n  - term: frailty hub\n    plain clinic for older people\n")
    code, out, err = cli(["check", "--glossary", str(path), "-"], b"Hello.")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert err.startswith(f"jargonfree: {path}:3: error:") and err.count("error:") == 1


def test_binary_standard_input_is_named_as_standard_input(cli):
    code, out, err = cli(["check", "-"], b"\x00\x01\x02binary")
    assert code == 2 and err == "jargonfree: error: standard input: this looks like binary data, not text\n"
    code, out, err = cli(["check", "--format", "json", "-"], b"\x00\x01\x02binary")
    assert code == 2 and '"error": "standard input: this looks like binary data, not text"' in out
