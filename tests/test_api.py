"""The public API: exactly the names in __all__, each documented, and the README's examples run."""

from __future__ import annotations

import doctest
import inspect
import re

import pytest

import jargonfree
from conftest import ROOT

PUBLIC = {
    "Edit",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryError",
    "Readability",
    "Redaction",
    "Report",
    "Rewrite",
    "Settings",
    "SettingsError",
    "__version__",
    "check",
    "load_glossary",
    "redact",
    "rewrite",
}


def test_all_is_the_public_contract():
    assert set(jargonfree.__all__) == PUBLIC
    for name in jargonfree.__all__:
        assert hasattr(jargonfree, name), name


def test_public_names_have_docstrings():
    for name in PUBLIC - {"__version__"}:
        obj = getattr(jargonfree, name)
        assert inspect.getdoc(obj), f"{name} has no docstring"
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if not attr.startswith("_") and (inspect.isfunction(member) or isinstance(member, property)):
                    assert inspect.getdoc(member), f"{name}.{attr} has no docstring"


def test_package_is_typed():
    assert (ROOT / "jargonfree" / "py.typed").is_file()


def test_readme_library_examples_run():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- api-example:start -->\n```python\n(.*?)```", readme, re.S)
    assert block, "the README has no API example block"
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.group(1), {}, "README.md", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0 and runner.tries > 5


def test_package_docstring_example_runs():
    result = doctest.testmod(jargonfree, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


def test_readme_cli_example_is_the_real_output():
    """The README shows exactly what tests/golden/check-text produces."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- cli-example:start -->\n```text\n\$ [^\n]*\n(.*?)```", readme, re.S).group(1)
    golden = ROOT / "tests" / "golden" / "check-text"
    assert "jargonfree " + (golden / "cmd").read_text().strip() in readme
    assert block == (golden / "out.txt").read_text(encoding="utf-8")


def test_every_public_name_resolves_and_is_listed_once():
    import importlib

    fresh = importlib.reload(jargonfree)
    assert sorted(fresh.__all__) == sorted(set(fresh.__all__))
    for name in fresh.__all__:
        assert getattr(fresh, name) is not None
    with __import__("pytest").raises(AttributeError):
        fresh.no_such_name  # noqa: B018


def test_only_and_skip_take_one_check_name_as_a_string():
    text = "The AMHP will liaise with you. We use the passive voice, which was written by us."
    one = jargonfree.check(text, only="jargon")
    assert one.findings and {f.kind for f in one.findings} == {"jargon"}
    assert jargonfree.check(text, only="jargon").findings == jargonfree.check(text, only={"jargon"}).findings
    assert "jargon" not in {f.kind for f in jargonfree.check(text, skip="jargon").findings}
    assert {f.kind for f in jargonfree.check(text, only="jargon,abbreviation").findings} <= {"jargon", "abbreviation"}


@pytest.mark.parametrize(
    "options, words",
    [
        ({"max_reading_age": "abc"}, "max_reading_age must be a number"),
        ({"max_reading_age": None.__class__}, "max_reading_age must be a number"),
        ({"max_reading_age": float("nan")}, "max_reading_age must be a number"),
        ({"max_sentence_words": 2.5}, "max_sentence_words must be a whole number"),
        ({"only": 3}, "only must be a check name"),
        ({"only": "jargn"}, "unknown check 'jargn'"),
    ],
)
def test_bad_settings_are_a_clear_value_error(options, words):
    from jargonfree.settings import SettingsError

    with pytest.raises(SettingsError, match=words) as caught:
        jargonfree.check("Some text.", **options)
    assert isinstance(caught.value, ValueError) and "\n" not in str(caught.value)


def test_settings_numbers_given_as_text_are_used():
    assert jargonfree.check("Some text.", max_reading_age="9").passed is jargonfree.check("Some text.", max_reading_age=9).passed
