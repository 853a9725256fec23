"""The mistakes a practitioner new to YAML makes when adding an entry (newcomer walk, session
20): each gets one plain message at the line to fix, and no knock-on messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jargonfree.cli import main
from jargonfree.glossary.validate import _age, validate

# validate() and loading a user glossary parse the built-in files each time: once here (conftest).
pytestmark = pytest.mark.usefixtures("builtin_glossary_parsed_once")

GOOD = """\
entries:
  - term: frailty hub
    plain: clinic for older people
    explanation: A place where older people can see a team of nurses and doctors.
    source: Our trust, "Frailty services", https://www.example.nhs.uk/frailty
    flagged: You will be seen at the frailty hub on Monday.
    not_flagged: You will be seen at the clinic on Monday.
"""


def problems_in(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / "our-words.yaml"
    path.write_text(text, encoding="utf-8")
    return [(p.line, p.level, p.message) for p in validate([path]).problems]


def test_the_good_entry_has_no_problems(tmp_path: Path):
    assert problems_in(tmp_path, GOOD) == []


def test_the_summary_counts_one_entry_in_the_singular(tmp_path: Path, capsys):
    path = tmp_path / "our-words.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert main(["glossary", "validate", str(path)]) == 0
    assert capsys.readouterr().err.strip() == "1 entry in 1 file: no problems."


def test_the_summary_counts_the_entries_with_errors_too(tmp_path: Path, capsys):
    # It counted only the entries that loaded: "2 entries in 1 file: 3 errors" for a file of 4 (newcomer22).
    broken = GOOD.replace("clinic for older people", "42")
    broken += "  - term: wibble\n    plain: [wobble\n    source: Our list, https://example.org/w\n"
    broken += "  - term: wobble\n    plian: shake\n    source: Our list, https://example.org/w\n"
    path = tmp_path / "our-words.yaml"
    path.write_text(GOOD + broken.removeprefix("entries:\n").replace("frailty hub", "frailty clinic"), encoding="utf-8")
    assert main(["glossary", "validate", str(path)]) == 1
    assert capsys.readouterr().err.strip() == "4 entries in 1 file, 3 with errors: 3 errors, 0 warnings."
    assert main(["glossary", "validate", "--format", "json", str(path)]) == 1
    counts = json.loads(capsys.readouterr().out)
    assert (counts["entries"], counts["entries_read"], counts["entries_with_errors"]) == (2, 4, 3)


@pytest.mark.parametrize("source", ["x", "Our list", "[x, leaflet]"])
def test_a_source_with_no_address_is_a_warning_on_its_line(tmp_path: Path, source):
    # 'source: x' was accepted without a word (newcomer22); the built-in files must cite ids.
    text = GOOD.replace('Our trust, "Frailty services", https://www.example.nhs.uk/frailty', source)
    [(line, level, message)] = problems_in(tmp_path, text)
    assert (line, level) == (5, "warning") and message.startswith("the source 'x'" if source == "x" else "the source '")
    assert "has no web address" in message and "or the id of a source in sources.yaml" in message


@pytest.mark.parametrize("source", ["nhs-a-to-z", 'plainlanguage.gov, "Use simple words and phrases"', "www.example.org/frailty", "[ours, https://example.org/a]"])
def test_a_source_id_or_an_address_is_enough(tmp_path: Path, source):
    assert problems_in(tmp_path, GOOD.replace('Our trust, "Frailty services", https://www.example.nhs.uk/frailty', source)) == []


def test_a_plural_beside_its_singular_in_a_users_file_is_a_warning(tmp_path: Path):
    # "Pendant Alarms" beside "pendant alarm" said nothing (newcomer22). Not an error: the
    # built-in files hold such pairs on purpose, and validating them stays clean of it.
    twin = GOOD.replace("frailty hub", "Frailty Hubs").removeprefix("entries:\n").replace("clinic for", "clinics for")
    found = problems_in(tmp_path, GOOD + twin)
    assert [(line, level) for line, level, _ in found] == [(8, "warning")]
    assert found[0][2].startswith("'Frailty Hubs' is the plural of 'frailty hub' (") and "that entry finds the plural too" in found[0][2]


@pytest.mark.parametrize("age, said", [(11.3, "11.3"), (11.49, "11.5"), (11.6, "12"), (17.2, "17")])
def test_a_reading_age_just_over_the_limit_is_not_rounded_down_to_it(age, said):
    # "needs a reading age of about 11: ... bring it to 11 or under" read as a fault against itself.
    assert _age(age) == said


# (name, the line as the practitioner changed it, the line to fix, words the message must have)
SYNTAX = [
    ("tab before a field", ("    plain:", "\tplain:"), 3, "a tab is used"),
    ("tab after the dash", ("  - term:", "  -\tterm:"), 2, "a tab is used"),
    ("no colon after a field", ("plain: clinic", "plain clinic"), 3, "needs a ':' after 'plain'"),
    ("no colon after the last but one field", ("flagged: You", "flagged You"), 6, "needs a ':' after 'flagged'"),
    ("no colon after term", ("term: frailty", "term frailty"), 2, "needs a ':' after 'term'"),
    ("a colon inside the text", ("A place where", "A hub: a place where"), 4, "has a ': ' in it"),
    ("a field pushed too far in", ("    explanation:", "      explanation:"), 4, "starts further in"),
    ("a field not far enough in", ("    explanation:", "  explanation:"), 4, "not lined up"),
    ("a field one space short", ("    explanation:", "   explanation:"), 4, "not lined up"),
    ("text after a closing quote", ("A place where older people can see a team of nurses and doctors.", '"Frailty hub" is a place.'), 4, "starts with a quotation mark"),
    ("an apostrophe in single quotes", ("You will be seen at the frailty hub on Monday.", "'It's at the frailty hub.'"), 6, "starts with a quotation mark"),
    ("a quote never closed", ("You will be seen at the frailty hub on Monday.", '"It is at the frailty hub.'), 6, "never closed"),
    ("text starting with @", ("A place where", "@home: a place where"), 4, "cannot start with '@'"),
    ("text starting with a dash", ("A place where", "- a place where"), 4, "cannot start with '-'"),
    ("text starting with a star", ("A place where", "* a place where"), 4, "cannot start with '*'"),
    ("a list never closed", ("clinic for older people", "[clinic, hub"), 3, "has no ']'"),
]


@pytest.mark.parametrize("name, change, line, words", SYNTAX, ids=[s[0] for s in SYNTAX])
def test_a_syntax_slip_is_one_plain_message_at_the_line_to_fix(tmp_path: Path, name, change, line, words):
    old, new = change
    assert old in GOOD
    found = problems_in(tmp_path, GOOD.replace(old, new, 1))
    # One message: no knock-on "has no 'source:'" from the half of the entry above the slip.
    assert len(found) == 1 and found[0][0] == line and words in found[0][2], found


def test_a_term_already_in_the_glossary_is_one_message_that_says_merge(tmp_path: Path):
    # Before, the same mistake also gave "the 'flagged' example does not find the term (found
    # instead: ...)" and, within one file, "the same id ... give one of them a 'sense:' label".
    twice = GOOD + GOOD.split("\n", 1)[1]
    merge = "merge the two entries, or give each a different 'sense:' or 'jurisdiction:'"
    path = tmp_path / "our-words.yaml"
    assert problems_in(tmp_path, twice) == [
        (2, "error", f"'frailty hub' is also in the glossary at {path}:8: {merge}"),
        (8, "error", f"'frailty hub' is also in the glossary at {path}:2: {merge}"),
    ]
    built_in = GOOD.replace("frailty hub", "step-down bed")
    found = problems_in(tmp_path, built_in)
    # A user's file cannot merge into an installed file: it is told how to switch the built-in one off.
    (entry_id,) = {e.id for e in __import__("jargonfree").load_glossary().senses("step-down bed")}
    assert found == [
        (
            2,
            "error",
            f"'step-down bed' is also a built-in entry ({entry_id}): to use yours instead, add 'disable: [{entry_id}]' "
            "at the top of this file, or give yours a different 'sense:' or 'jurisdiction:'",
        )
    ]
    assert problems_in(tmp_path, f"disable: [{entry_id}]\n" + built_in) == []  # and the advice works


BUILT_IN = """\
entries:
  - term: bed sensor
    plain: bed alarm
    pos: noun
    explanation: A pad under the sheet that tells a carer when a person gets out of bed.
    source: [tlap-jargon-buster]
    flagged: We can fit a bed sensor in your room.
    rewritten: We can fit a bed alarm in your room.
    not_flagged: We can fit an alarm in your room.
"""


def built_in_problems(text: str) -> list[tuple[int, str]]:
    from jargonfree.glossary.load import parse_text

    parsed = parse_text(text, "adult-social-care.yaml", strict=True, known_sources=frozenset({"tlap-jargon-buster", "nhs-a-to-z"}))
    return [(p.line, p.message) for p in parsed.problems]


def test_a_built_in_entry_with_no_source_is_told_once():
    assert built_in_problems(BUILT_IN) == []
    found = built_in_problems(BUILT_IN.replace("    source: [tlap-jargon-buster]\n", ""))
    assert len(found) == 1 and "has no 'source:'" in found[0][1], found


def test_a_misspelt_source_id_gets_the_id_it_was_meant_to_be():
    found = built_in_problems(BUILT_IN.replace("tlap-jargon-buster", "tlap-jargonbuster"))
    assert found == [(6, "'tlap-jargonbuster' is not a source id in sources.yaml. Did you mean 'tlap-jargon-buster'?")]
    found = built_in_problems(BUILT_IN.replace("[tlap-jargon-buster]", "Think Local Act Personal jargon buster"))
    assert len(found) == 1 and "add the publication at the end of glossaries/sources.yaml" in found[0][1], found


def test_an_american_spelling_in_the_words_a_reader_sees_is_a_warning(tmp_path: Path):
    text = GOOD.replace("A place where", "A center where").replace("clinic for older people", "clinic to organize care")
    assert problems_in(tmp_path, text) == [
        (3, "warning", "'organize' in 'plain' is the American spelling: write 'organise' (UK spelling)"),
        (4, "warning", "'center' in 'explanation' is the American spelling: write 'centre' (UK spelling)"),
    ]


def test_an_american_spelling_with_the_letters_twice_is_found(tmp_path: Path):
    # "visualize": swapping every "is" at once made "vizualize", so the pair was never found.
    text = GOOD.replace("clinic for older people", "clinic to visualize care")
    assert problems_in(tmp_path, text) == [(3, "warning", "'visualize' in 'plain' is the American spelling: write 'visualise' (UK spelling)")]


def test_an_american_spelling_in_an_example_is_a_warning(tmp_path: Path):
    # Examples were not looked at (newcomer22): a contributor copies them, and they become tests.
    text = GOOD.replace("seen at the frailty hub on Monday", "seen at the frailty hub center on Monday")
    text = text.replace("seen at the clinic on Monday", "seen at the clinic to color in")
    assert problems_in(tmp_path, text) == [
        (6, "warning", "'center' in 'flagged' is the American spelling: write 'centre' (UK spelling)"),
        (7, "warning", "'color' in 'not_flagged' is the American spelling: write 'colour' (UK spelling)"),
    ]


def test_an_example_may_write_the_term_as_the_term_is_spelt(tmp_path: Path):
    # "rigors" is the medical word (shaking chills), not the American "rigours".
    text = "disable: [clinical-words/rigors]\n" + GOOD.replace("frailty hub", "rigors").replace("clinic for older people", "shaking chills")
    assert problems_in(tmp_path, text) == []


@pytest.mark.parametrize("words", ["A check of the fetus in the womb.", "A GP practice.", "A program on a computer.", "A draft of the plan.", "A gas meter."])
def test_words_the_uk_spells_the_same_way_are_not_american(tmp_path: Path, words):
    assert problems_in(tmp_path, GOOD.replace("A place where older people can see a team of nurses and doctors.", words)) == []


@pytest.mark.parametrize(
    "written, meant",
    [("England", "england"), ("England and Wales", "england-wales"), ("england & wales", "england-wales"), ("Northern Ireland", "northern-ireland"), ("United Kingdom", "uk")],
)
def test_a_nation_written_as_a_person_writes_it_gets_the_label_to_use(tmp_path: Path, written, meant):
    text = GOOD.replace("    source:", f"    jurisdiction: {written}\n    source:")
    found = problems_in(tmp_path, text)
    assert [(line, message.endswith(f"Did you mean '{meant}'?")) for line, _, message in found] == [(5, True)], found


def test_a_nation_that_is_no_label_gets_the_list_only(tmp_path: Path):
    found = problems_in(tmp_path, GOOD.replace("    source:", "    jurisdiction: France\n    source:"))
    assert [message for _, _, message in found] == [
        "'jurisdiction' must be one of: england-wales, england, wales, scotland, northern-ireland, uk (it is 'France')"
    ]


def test_an_empty_folder_is_an_error_not_the_built_in_glossaries_passing(tmp_path: Path, capsys):
    # Before, 'validate my-folder/' with no .yaml in it validated the built-in glossaries
    # ("3187 entries in 12 files", exit 0), and '--glossary my-folder/' added nothing silently.
    folder = tmp_path / "our-words"
    folder.mkdir()
    (folder / "our-words.txt").write_text(GOOD, encoding="utf-8")
    assert main(["glossary", "validate", str(folder)]) == 2
    out, err = capsys.readouterr()
    assert out.strip() == f"{folder}: error: this folder has no glossary files (.yaml or .yml) in it: give the glossary file itself, or the folder it is in"
    for _ in range(2):  # the second time, the glossary cache must not hide it
        assert main(["check", "--glossary", str(folder), "-"]) == 2
        assert "this folder has no glossary files" in capsys.readouterr().err


def test_a_problem_with_the_whole_file_shows_no_line_0(tmp_path: Path, capsys):
    assert main(["glossary", "validate", str(tmp_path / "missing.yaml")]) == 2
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'missing.yaml'}: error: cannot read the file: No such file or directory"


def test_a_problem_with_one_field_is_on_that_fields_line(tmp_path: Path):
    # Before, each was on the entry's first line (2), however long the entry.
    text = GOOD.replace("on Monday.\n    not_flagged", "on Monday.\n    rewritten: You will be seen at the place on Monday.\n    not_flagged")
    text = text.replace("seen at the frailty hub on Monday.", "seen at the hub on Monday.").replace("at the clinic on Monday", "at the frailty hub")
    found = problems_in(tmp_path, text.replace("A place where older people", "An establishment where frail elderly individuals necessitating multidisciplinary"))
    assert [(line, message.split(" for ")[0].split(" of ")[0]) for line, _, message in found] == [
        (4, "the explanation"),
        (6, "the 'flagged' example"),
        (7, "the rewrite"),
        (8, "the 'not_flagged' example"),
    ], found


def test_a_hash_inside_unquoted_text_is_a_warning_at_its_line(tmp_path: Path):
    # YAML reads " # ..." as a note: "A place # where older people ..." would be read as "A place".
    text = GOOD.replace("explanation: A place where", "explanation: A place # where")
    found = problems_in(tmp_path, text)
    assert [(line, level) for line, level, _ in found] == [(4, "warning")]
    assert "'#'" in found[0][2] and "quotes" in found[0][2]


@pytest.mark.parametrize(
    "line",
    [
        '    explanation: "A place # where older people can see a team of nurses and doctors."',  # quoted: kept
        "    explanation: A place where older people can see a team of nurses and doctors.  # checked in May",
    ],
)
def test_a_hash_in_quotes_or_a_note_after_the_text_is_no_warning_of_this_kind(tmp_path: Path, line):
    text = GOOD.replace("    explanation: A place where older people can see a team of nurses and doctors.", line)
    assert not [m for _, _, m in problems_in(tmp_path, text) if "'#'" in m]


@pytest.mark.parametrize(
    "related, said",
    [
        ("[frailty hubb]", "'frailty hubb' in 'related:' is not a term in the glossaries: did you mean 'frailty hub'?"),
        ("[telecare, step down bedd]", "'step down bedd' in 'related:' is not a term in the glossaries: did you mean 'step-down bed'?"),
        ("[zzqx]", "'zzqx' in 'related:' is not a term in the glossaries: write the term as its entry has it ('jargonfree explain' finds it)"),
    ],
)
def test_a_related_term_that_is_no_entry_is_an_error_at_its_line(tmp_path: Path, related, said):
    # Before, a misspelt 'related:' term passed validation and 'explain' silently linked nothing.
    text = GOOD + "  - term: day hub\n    plain: day centre\n    source: Our trust, https://www.example.nhs.uk/day\n"
    text += f"    related: {related}\n"
    assert problems_in(tmp_path, text) == [(11, "error", said)]


@pytest.mark.parametrize("related", ["[frailty hub]", "frailty hub", "[telecare, Frailty Hub]"])
def test_a_related_term_that_is_an_entry_here_or_built_in_is_no_problem(tmp_path: Path, related):
    text = GOOD + f"  - term: day hub\n    plain: day centre\n    source: Our trust, https://www.example.nhs.uk/day\n    related: {related}\n"
    assert problems_in(tmp_path, text) == []


def test_a_broken_user_glossary_points_to_validating_that_file(tmp_path: Path, capsys, monkeypatch):
    # newcomer22: check --glossary said "(and 1 more problem: run 'jargonfree glossary validate')",
    # which validates the built-in glossaries only and said they had no problems.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "our-words.yaml").write_text(GOOD.replace("plain:", "plian:") + GOOD.split("\n", 1)[1].replace("frailty hub", "day hub").replace("source:", "sorce:"), encoding="utf-8")
    (tmp_path / "post.txt").write_text("We will liaise.\n", encoding="utf-8")
    assert main(["check", "--glossary", "our-words.yaml", "post.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jargonfree: our-words.yaml:3: error: ") and err.endswith(" more problem: run 'jargonfree glossary validate our-words.yaml')\n"), err
    assert main(["glossary", "validate", "our-words.yaml"]) == 1  # and that command shows them
    assert "our-words.yaml:3: error" in capsys.readouterr().out


@pytest.mark.parametrize(
    "field, meant",
    [("nation", "jurisdiction"), ("country", "jurisdiction"), ("meaning", "explanation"), ("example", "flagged"), ("alternative", "plain"), ("plian", "plain")],
)
def test_a_field_named_in_other_words_gets_the_field_meant(tmp_path: Path, field, meant):
    # "nation: scotland" was "Did you mean 'explanation'?" (the closest spelling).
    text = GOOD.replace("    flagged: You", f"    {field}: scotland\n    flagged: You") if field != "plian" else GOOD.replace("plain:", "plian:")
    [(line, level, message)] = problems_in(tmp_path, text)
    assert level == "error" and message == f"unknown field '{field}' in this entry. Did you mean '{meant}'?"
