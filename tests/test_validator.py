"""The glossary validator: one broken input per rule, each reported with its line and a fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from jargonfree import GlossaryError, load_glossary
from jargonfree.cli import main
from jargonfree.glossary.validate import validate

# validate() and loading a user glossary parse the built-in files each time: once here (conftest).
pytestmark = pytest.mark.usefixtures("builtin_glossary_parsed_once")

GOOD = """\
entries:
  - term: zorbulate
    plain: mix
    pos: verb
    explanation: To mix things up.
    source: plainlanguage-gov
    flagged: We will zorbulate the paint.
    not_flagged: We will mix the paint.
"""

# (name, YAML, line, words the message must contain)
CASES = [
    ("unknown field", GOOD.replace("    plain: mix", "    plian: mix"), 3, "Did you mean 'plain'"),
    ("missing source", GOOD.replace("    source: plainlanguage-gov\n", ""), 2, "has no 'source:'"),
    ("missing term", GOOD.replace("  - term: zorbulate\n    plain", "  - plain"), 2, "has no 'term:'"),
    ("no plain or explanation", GOOD.replace("    plain: mix\n", "").replace("    explanation: To mix things up.\n", ""), 2, "needs 'plain:'"),
    ("wrong type", GOOD.replace("    pos: verb", "    case_sensitive: maybe"), 4, "must be true or false"),
    ("bad choice", GOOD.replace("    pos: verb", "    jurisdiction: france"), 4, "must be one of"),
    ("list for text", GOOD.replace("    explanation: To mix things up.", "    explanation: [a, b]"), 5, "must be a piece of text"),
    ("duplicate key", GOOD.replace("    pos: verb", "    pos: verb\n    plain: stir"), 5, "written twice"),
    ("bad indentation", GOOD.replace("    explanation:", "   explanation:"), 5, "check the indentation"),
    ("tab indentation", GOOD.replace("    pos: verb", "\tpos: verb"), 4, "tab"),
    ("python tag", GOOD.replace("    plain: mix", "    plain: !!python/object/apply:os.system [echo hi]"), 3, "not allowed"),
    ("alias", GOOD.replace("    plain: mix", "    plain: &p mix").replace("    pos: verb", "    pos: verb\n    shorter: *p"), 5, "aliases"),
    ("unknown file field", "entrys:\n" + GOOD.split("\n", 1)[1], 1, "Did you mean 'entries'"),
    ("flagged example not found", GOOD.replace("We will zorbulate the paint.", "We will mix the paint."), 7, "does not find the term"),
    ("not_flagged example found", GOOD.replace("We will mix the paint.", "They zorbulated it."), 8, "finds the term"),
    ("plain words are jargon", GOOD.replace("plain: mix", "plain: commence"), 3, "itself in the glossary"),
    ("duplicate of a built-in term", GOOD.replace("term: zorbulate", "term: commence").replace("zorbulate the", "commence the"), 2, "is also a built-in entry (officialese/commence): to use yours instead, add 'disable: [officialese/commence]'"),
    ("rewritten is not what rewrite gives", GOOD + "    rewritten: We will stir the paint.\n", 9, "not the 'rewritten' sentence"),
    ("one rewritten per flagged", GOOD + "    rewritten: [We will mix the paint., Two.]\n", 9, "write one rewritten sentence for each flagged one"),
    ("not UTF-8", None, 9, "not UTF-8"),
    ("number for plain words", GOOD.replace("    plain: mix", "    plain: 42"), 3, "has a number in it"),
    ("number in a list of plain words", GOOD.replace("    plain: mix", "    plain: [mix, 42]"), 3, "put it in quotes"),
    ("typo in disable", "disable:\n  - commence\n  - liase\n" + GOOD, 3, "Did you mean 'liaise'"),
    ("typo in a disabled id", "disable: [officialese/comence]\n" + GOOD, 1, "Did you mean 'officialese/commence'"),
]


@pytest.mark.parametrize("name, text, line, words", CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_line_and_fix(tmp_path: Path, name, text, line, words):
    path = tmp_path / "mine.yaml"
    if text is None:
        path.write_bytes(GOOD.encode() + b"  - term: caf\xe9\n")
    else:
        path.write_text(text, encoding="utf-8")
    problems = validate([path]).problems
    assert any(p.line == line and words in p.message and p.path == str(path) for p in problems), "\n".join(map(str, problems))


def test_rewritten_that_matches_is_fine_and_builtin_entries_need_it(tmp_path: Path):
    from jargonfree.glossary.load import parse_text

    path = tmp_path / "mine.yaml"
    path.write_text(GOOD + "    rewritten: We will mix the paint.\n", encoding="utf-8")
    assert validate([path]).problems == []
    # A user's file may leave out 'rewritten' and 'pos'; a built-in one may not.
    strict = parse_text(GOOD.replace("    pos: verb\n", ""), "builtin.yaml", strict=True, known_sources=frozenset({"plainlanguage-gov"}))
    messages = [p.message for p in strict.problems]
    assert any("needs 'rewritten:'" in m for m in messages) and any("needs 'pos:'" in m for m in messages)


def test_good_file_has_no_problems(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(GOOD, encoding="utf-8")
    result = validate([path])
    assert result.problems == [] and result.entries == 1


def test_reading_age_warning(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        GOOD.replace(
            "To mix things up.",
            "Amalgamation of heterogeneous constituents necessitating comprehensive consideration of multidimensional characteristics.",
        ),
        encoding="utf-8",
    )
    problems = validate([path]).problems
    assert [p.level for p in problems] == ["warning"] and "reading age" in problems[0].message


def test_minimal_entry_is_valid(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text('entries:\n  - term: zorbulate\n    plain: mix\n    source: plainlanguage.gov, "Use simple words"\n')
    assert validate([path]).errors == []


def test_newcomer_broken_file_reports_every_mistake_in_one_run(tmp_path: Path, capsys):
    broken = textwrap.dedent(
        """\
        entries:
          - term: zorbulate
            plian: mix
            source: plainlanguage-gov
            explanation: To mix things.
            flagged: We zorbulate paint.
            not_flagged: We mix paint.
          - term: commence
            plain: begin
            source: plainlanguage-gov
            explanation: To begin.
            flagged: We commence.
            not_flagged: We begin.
          - term: frobnicate
            plain: fiddle
            explanation: To fiddle with it.
            flagged: Stop it now.
            not_flagged: Stop fiddling.
          - term: wibble
            plain: wobble
           source: plainlanguage-gov
            flagged: It will wibble.
        """
    )
    path = tmp_path / "copy.yaml"
    path.write_text(broken, encoding="utf-8")
    code = main(["glossary", "validate", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    expected = [
        (3, "unknown field 'plian'"),  # misspelt key
        (8, "is also a built-in entry"),  # duplicate of a built-in term: disable it
        (14, "has no 'source:'"),  # missing source
        (17, "does not find the term"),  # example that does not fire, on its own line
        (21, "indentation"),  # bad indentation
    ]
    for line, words in expected:
        assert any(f"{path}:{line}:" in row and words in row for row in out.splitlines()), (line, words, out)


def test_validate_exit_2_for_unreadable(tmp_path: Path, capsys):
    assert main(["glossary", "validate", str(tmp_path / "missing.yaml")]) == 2
    (tmp_path / "bin.yaml").write_bytes(b"\x00\x01\x02")
    assert main(["glossary", "validate", str(tmp_path / "bin.yaml")]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err


def test_builtin_glossaries_have_no_errors():
    result = validate()
    assert result.errors == [], "\n".join(map(str, result.errors[:30]))


def test_user_file_adds_and_disables_terms(tmp_path: Path):
    path = tmp_path / "ours.yaml"
    path.write_text("disable: [liaise, AMHP]\nentries:\n  - term: DRSS\n    plain: dementia rapid support service\n    source: our directory\n")
    glossary = load_glossary(path)
    assert glossary.lookup("DRSS") is not None
    assert glossary.lookup("liaise") is None and glossary.lookup("AMHP") is None
    assert glossary.lookup("commence") is not None
    import jargonfree

    found = [f.text for f in jargonfree.check("The DRSS will liaise with the AMHP.", glossaries=glossary, only={"jargon"}).findings]
    assert found == ["DRSS"]


def test_load_raises_one_line_error(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("entries:\n  - term: x\n    plian: y\n    source: s\n")
    with pytest.raises(GlossaryError) as info:
        load_glossary(path, builtin=False)
    assert "\n" not in str(info.value) and f"{path}:3:" in str(info.value)


def test_billion_laughs_is_refused(tmp_path: Path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\nentries: []\n")
    with pytest.raises(GlossaryError, match="aliases") as info:
        load_glossary(path, builtin=False)
    # Refused at the first alias (line 2), once, before anything is expanded: none of the
    # 10**9 strings the file describes is made. (How fast belongs to bench/, not here.)
    assert [(p.line, p.level) for p in info.value.problems] == [(2, "error")]


def test_python_tags_never_run(tmp_path: Path):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(f"entries:\n  - term: !!python/object/apply:os.system ['touch {marker}']\n    source: x\n")
    with pytest.raises(GlossaryError, match="not allowed"):
        load_glossary(path, builtin=False)
    assert not marker.exists()


def test_huge_file_is_refused(tmp_path: Path, monkeypatch):
    from jargonfree.glossary import load, yamlread

    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    monkeypatch.setattr(yamlread, "MAX_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("entries:\n" + "  - term: x\n    source: y\n    plain: z\n" * 100)
    with pytest.raises(GlossaryError, match="larger than"):
        load_glossary(path, builtin=False)


def test_twenty_thousand_entry_user_file_loads(tmp_path: Path):
    rows = "".join(f"  - term: zqterm{i}\n    plain: plain{i}\n    source: generated\n" for i in range(20_000))
    path = tmp_path / "big.yaml"
    path.write_text("entries:\n" + rows)
    glossary = load_glossary(path)
    assert len(glossary) >= 20_000
    assert glossary.lookup("zqterm19999").plain == ("plain19999",)
    import jargonfree

    assert [f.text for f in jargonfree.check("Say zqterm123 now.", glossaries=glossary, only={"jargon"}).findings] == ["zqterm123"]


def test_plain_words_are_checked_with_context_rules_applied(tmp_path: Path):
    """A term with context rules is judged by them inside plain words, not skipped."""
    path = tmp_path / "mine.yaml"
    path.write_text(
        "entries:\n"
        "  - {term: zorp, plain: a gadget, not_before: [of], source: s}\n"
        "  - {term: flimble, plain: a help for a zorp, rewrite: explain, source: s}\n"  # zorp fires here
        "  - {term: wibbit, plain: a piece of zorp of wood, rewrite: explain, source: s}\n"  # zorp of: not jargon
    )
    messages = [(p.line, p.message) for p in validate([path], builtin=False, examples=False).errors]
    assert any(line == 3 and "use 'zorp'" in message for line, message in messages), messages
    assert not any(line == 4 for line, _ in messages), messages


def test_a_number_is_not_plain_words_when_loading(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: zorbulate\n    plain: 42\n    source: me\n")
    with pytest.raises(GlossaryError, match=r"mine.yaml:3: .*'plain' has a number in it"):
        load_glossary(path)
    # Quoted, it is text, and numbers stay fine as words to look for.
    path.write_text("entries:\n  - term: zorbulate\n    plain: '42'\n    only_near: [42]\n    source: me\n")
    assert load_glossary(path, builtin=False).lookup("zorbulate").plain == ("42",)


def test_a_typo_in_disable_stops_loading_with_a_suggestion(tmp_path: Path):
    path = tmp_path / "mine.yaml"
    path.write_text("disable:\n  - AMHP\n  - liase\n")
    with pytest.raises(GlossaryError, match=r"mine.yaml:3: .*'liase'.*Did you mean 'liaise'"):
        load_glossary(path)
    path.write_text("disable:\n  - AMHP\n  - liaise\n  - officialese/commence\n")
    glossary = load_glossary(path)
    assert glossary.lookup("liaise") is None and glossary.lookup("commence") is None


def test_one_problem_gives_one_message(tmp_path: Path):
    """A field that is there but wrong is reported once, not again as 'missing'."""
    path = tmp_path / "mine.yaml"
    path.write_text("entries:\n  - term: pyrexial\n    plain: yes\n    source: [true]\n")
    problems = validate([path], builtin=False, examples=False).problems
    assert [(p.line, "yes, no, true or false" in p.message) for p in problems] == [(3, True), (4, True)], problems
    path.write_text("entries:\n  - term: pyrexial\n    plain: 42\n    source: 7\n")
    problems = validate([path], builtin=False, examples=False).problems
    assert [(p.line, "number" in p.message) for p in problems] == [(3, True), (4, True)], problems



@pytest.mark.parametrize("typo, meant", [("plian", "plain"), ("sorce", "source"), ("trem", "term")])
def test_a_misspelt_field_is_one_message_not_also_a_missing_one(tmp_path: Path, typo, meant):
    fields = {"term": "zorbulate", "plain": "mix", "source": "me, https://example.org/me"}
    text = "entries:\n  - " + "\n    ".join(f"{typo if k == meant else k}: {v}" for k, v in fields.items()) + "\n"
    path = tmp_path / "mine.yaml"
    path.write_text(text)
    problems = validate([path], builtin=False, examples=False).problems
    assert [p.message for p in problems] == [f"unknown field '{typo}' in this entry. Did you mean '{meant}'?"]


def test_two_user_files_are_validated_with_each_built_in_file_parsed_once(tmp_path: Path, monkeypatch):
    # The built-in files and the registry are read once a run, however many files are named (the
    # fixture keeps parses across tests: this counts the calls the run makes).
    from jargonfree.glossary import files, load
    from jargonfree.glossary import validate as validate_module

    parsed: list[str] = []
    parse_file, load_sources = load.parse_file, validate_module.load_sources
    monkeypatch.setattr(load, "parse_file", lambda path, **options: parsed.append(str(path)) or parse_file(path, **options))
    monkeypatch.setattr(validate_module, "load_sources", lambda path: parsed.append(str(path)) or load_sources(path))
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD.replace("zorbulate", "frobnicate").replace("plain: mix", "plain: commence"), encoding="utf-8")
    result = validate([first, second])
    builtin = [str(p) for p in files.builtin_files()]
    assert sorted(parsed) == sorted([*builtin, str(files.builtin_dir() / "sources.yaml"), str(first), str(second)])
    assert [(Path(p.path).name, p.line, p.level) for p in result.problems] == [("second.yaml", 3, "error")]
    assert "the plain words 'commence' use 'commence', which is itself in the glossary" in result.problems[0].message
