"""A tool builder's slips in the library's keyword values give one clear error that names the
value (and the allowed ones, or the closest), never silence; and the signatures are the README's."""

from __future__ import annotations

import inspect
import re

import pytest

import jargonfree
from conftest import ROOT
from jargonfree import Settings, SettingsError

TEXT = "We will commence the sessions in accordance with the plan."


@pytest.mark.parametrize(
    "choices, words",
    [
        ({"officialese/comence": "start"}, "no glossary entry 'officialese/comence' (did you mean 'officialese/commence'?)"),
        ({"comence": "start"}, "no glossary entry 'comence' (did you mean 'commence'?)"),
        ({"zzqqxxjj": "start"}, "no glossary entry 'zzqqxxjj'"),
        (["commence"], "choices must map a rule id to the words chosen"),
        ({"commence": True}, "choices must map a rule id"),
        ({3: "start"}, "choices must map a rule id"),
    ],
)
def test_a_choice_for_no_entry_is_an_error_naming_it(choices, words):
    with pytest.raises(SettingsError) as caught:
        jargonfree.rewrite(TEXT, choices=choices)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_a_choice_for_no_entry_is_an_error_in_markup_too():
    with pytest.raises(SettingsError, match="did you mean 'commence'"):
        jargonfree.rewrite("<p>We will commence.</p>", markup="html", choices={"comence": "start"})


def test_choices_by_rule_id_and_by_term_still_work():
    by_id = jargonfree.rewrite(TEXT, choices={"officialese/in-accordance-with": "following"}).text
    by_term = jargonfree.rewrite(TEXT, choices={"in accordance with": "following"}).text
    assert by_id == by_term and "in accordance with" not in by_id
    assert jargonfree.rewrite(TEXT, choices={}).text == jargonfree.rewrite(TEXT).text


@pytest.mark.parametrize("value", ["abc", 0, -5, 2.5, True])
def test_a_max_length_that_is_not_a_length_is_an_error(value):
    with pytest.raises(SettingsError, match=re.escape(f"max_length must be a whole number of characters above 0, not {value!r}")):
        jargonfree.rewrite(TEXT, max_length=value)


@pytest.mark.parametrize("value", [5, b"our.yaml", {"a": 1}])
def test_glossaries_that_are_not_paths_are_an_error(value):
    with pytest.raises(SettingsError, match="glossaries must be a Glossary, a path or a list of paths"):
        jargonfree.check(TEXT, glossaries=value)


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest)
def test_glossaries_from_a_generator_are_all_loaded(tmp_path):
    # review21 must-fix 1: the type check used up a generator, so no user glossary was loaded.
    (tmp_path / "mine.yaml").write_text(
        "entries:\n"
        "  - term: kettle\n"
        "    plain: pot for boiling water\n"
        "    source: [plain-english-campaign-a-z]\n"
        "    flagged: We will fill the kettle.\n"
        "    not_flagged: We will fill the pot.\n",
        encoding="utf-8",
    )
    found = jargonfree.check("We will fill the kettle.", glossaries=tmp_path.glob("*.yaml"))
    assert "kettle" in [f.text for f in found.findings]
    assert "kettle" not in [f.text for f in jargonfree.check("We will fill the kettle.").findings]


def test_settings_with_options_beside_them_is_an_error_not_silence():
    with pytest.raises(SettingsError, match="give settings or options such as only=..., not both"):
        jargonfree.check(TEXT, settings=Settings(), only="jargon")


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: jargonfree.check(TEXT, audience="publik"), "unknown audience 'publik': use one of public, professional"),
        (lambda: jargonfree.rewrite(TEXT, audience="publik"), "unknown audience 'publik': use one of public, professional"),
        (lambda: jargonfree.check(TEXT, jurisdiction="scotand"), "unknown jurisdiction 'scotand': use one of england-wales"),
        (lambda: jargonfree.rewrite(TEXT, jurisdiction="scotand"), "unknown jurisdiction 'scotand': use one of england-wales"),
        (lambda: jargonfree.check(TEXT, fail_level="warn"), "unknown fail level 'warn': use one of info, warning, error"),
        (lambda: jargonfree.check(TEXT, skip=["uncomon"]), "unknown check 'uncomon': use one of"),
        (lambda: jargonfree.redact(TEXT, allow_contacts=[""]), "allowed contacts must be"),
    ],
)
def test_a_wrong_keyword_value_names_the_value_and_the_allowed_ones(call, words):
    with pytest.raises(SettingsError) as caught:
        call()
    assert words in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("call", [jargonfree.check, jargonfree.rewrite])
def test_an_unknown_markup_is_a_value_error_naming_the_kinds(call):
    with pytest.raises(ValueError, match="unknown kind of input 'md': use one of text, markdown, html"):
        call(TEXT, markup="md")


@pytest.mark.parametrize("call", [jargonfree.check, jargonfree.rewrite, jargonfree.redact])
def test_options_are_keyword_only(call):
    with pytest.raises(TypeError):
        call(TEXT, "public")
    with pytest.raises(TypeError):
        call(TEXT, audiense="public")


@pytest.mark.parametrize(
    "option, said",
    [
        ("glossary", "check() got an unexpected keyword argument 'glossary' (did you mean 'glossaries'?)"),
        ("max_readingage", "check() got an unexpected keyword argument 'max_readingage' (did you mean 'max_reading_age'?)"),
        ("zzqx", "check() got an unexpected keyword argument 'zzqx' (check() takes glossaries, markup, settings, audience, "),
    ],
)
def test_an_unknown_option_of_check_names_the_one_meant(option, said):
    # Before: "Settings.__init__() got an unexpected keyword argument 'glossary'" (newcomer22
    # wrote glossary=, as the command line's --glossary), which named neither check() nor the fix.
    with pytest.raises(TypeError) as caught:
        jargonfree.check(TEXT, **{option: "our-words.yaml"})
    assert str(caught.value).startswith(said)
    assert jargonfree.check(TEXT, max_reading_age=9, only={"jargon"}).findings  # known options still work


def test_the_unknown_option_hint_names_every_keyword_check_takes():
    # The hint's list was written by hand beside the Settings fields; it is read from check()'s
    # signature now, so a keyword added to check() is named without anyone remembering to.
    with pytest.raises(TypeError) as caught:
        jargonfree.check(TEXT, zzqx=1)
    named = str(caught.value).split("(check() takes ", 1)[1].rstrip(")").split(", ")
    keywords = [p.name for p in inspect.signature(jargonfree.check).parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert set(keywords) <= set(named) and len(named) == len(set(named))


def _as_written(function) -> str:
    """``name(a, *, b="x", **c)``: a signature as the README writes it, without annotations."""
    parts, star = [], False
    for p in inspect.signature(function).parameters.values():
        if p.kind is p.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        if p.kind is p.VAR_POSITIONAL:
            star = True
        name = {p.VAR_POSITIONAL: "*", p.VAR_KEYWORD: "**"}.get(p.kind, "") + p.name
        if p.default is not p.empty:
            name += "=" + (f'"{p.default}"' if isinstance(p.default, str) else repr(p.default))
        parts.append(name)
    return f"{function.__name__}({', '.join(parts)})"


@pytest.mark.parametrize("name", ["check", "rewrite", "redact", "load_glossary"])
def test_the_readme_gives_each_public_function_its_real_signature(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"`{_as_written(getattr(jargonfree, name))}`" in readme


@pytest.mark.parametrize(
    "options, hint",
    [
        ({"jurisdiction": "Scotland"}, " (did you mean 'scotland'?)"),
        ({"audience": "publik"}, " (did you mean 'public'?)"),
        ({"fail_level": "warn"}, " (did you mean 'warning'?)"),
        ({"skip": "uncomon"}, " (did you mean 'uncommon'?)"),
        ({"jurisdiction": "france"}, "northern-ireland, uk"),
    ],
)
def test_a_wrong_value_close_to_an_allowed_one_names_it(options, hint):
    with pytest.raises(SettingsError) as caught:
        jargonfree.check(TEXT, **options)
    assert str(caught.value).endswith(hint)


@pytest.mark.parametrize(
    "choices, words",
    [
        ({"officialese/in-accordance-with": "folowing"}, "'folowing' is not one of the plain words of officialese/in-accordance-with"),
        ({"in accordance with": "folowing"}, "did you mean 'following'"),
        ({"officialese/in-accordance-with": 99}, "choice 99 for officialese/in-accordance-with: its plain words are numbered 0 to"),
        # review24: words that only hold a plain word ("start" inside "restart") are not it.
        ({"commence": "restart"}, "'restart' is not one of the plain words of officialese/commence"),
        ({"commence": "startle"}, "'startle' is not one of the plain words of officialese/commence"),
    ],
)
def test_a_choice_the_entry_does_not_offer_is_an_error_as_on_the_command_line(choices, words):
    # Before, the finding was left alone with the reason in `skipped` while `--choose` refused
    # the same words: a typo in the words went as unseen as a typo in the rule id did.
    with pytest.raises(SettingsError) as caught:
        jargonfree.rewrite(TEXT, choices=choices)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_a_choice_the_entry_offers_by_words_form_or_number_is_used():
    for words in ("following", "Following", 0):
        result = jargonfree.rewrite(TEXT, choices={"officialese/in-accordance-with": words})
        assert "in accordance with" not in result.text
    # The words in the form the text needs (as `skipped` and the suggestions give them) are taken too.
    assert jargonfree.rewrite("We commenced.", choices={"commence": "started"}).text == "We started."
    # Any form picks the plain word; the finding's own form is then put in (review24: the check of
    # the choice and the rewrite's pick agree).
    assert jargonfree.rewrite("We commenced.", choices={"commence": "starts"}).text == "We started."


@pytest.mark.parametrize("value", ["public", {"audience": "public"}])
def test_settings_that_are_not_settings_are_an_error_naming_them(value):
    # Before: AttributeError: 'str' object has no attribute 'enabled'.
    with pytest.raises(SettingsError, match=re.escape(f"settings must be a Settings, such as Settings.for_audience('public'), not {value!r}")):
        jargonfree.check(TEXT, settings=value)


@pytest.mark.parametrize("named", [{"audience": "professional"}, {"jurisdiction": "scotland"}])
def test_an_audience_or_jurisdiction_given_with_settings_is_an_error_not_ignored(named):
    with pytest.raises(SettingsError, match="not both: settings are used as they are"):
        jargonfree.check(TEXT, settings=Settings.for_audience("public"), **named)
    assert jargonfree.check(TEXT, settings=Settings.for_audience("public"), audience="public").findings


def test_looking_up_something_that_is_not_text_is_a_type_error():
    with pytest.raises(TypeError, match=re.escape("lookup() needs a term (str), not NoneType")):
        jargonfree.load_glossary().lookup(None)
    assert jargonfree.load_glossary().lookup("zzqqxxjj") is None


def test_a_set_of_check_names_gives_settings_built_once_and_equal_to_a_frozenset():
    # Before: skip={"uncommon"} (a set cannot be hashed) built and validated a Settings object on
    # every call, about a tenth of a short post's time.
    from jargonfree.checker import resolve_settings

    names = {"uncommon"}
    first = resolve_settings("public", "england-wales", {"skip": names})
    assert resolve_settings("public", "england-wales", {"skip": {"uncommon"}}) is first
    assert resolve_settings("public", "england-wales", {"skip": ["uncommon"]}) == first
    assert first == Settings.for_audience("public", skip=frozenset({"uncommon"}))
    # The caller's set changed later: the next call reads it as it is now, the first settings stay.
    names.add("sentence")
    assert resolve_settings("public", "england-wales", {"skip": names}).skip == {"uncommon", "sentence"}
    assert first.skip == {"uncommon"}


@pytest.mark.parametrize("skip", [{"uncommon"}, ["uncommon"], frozenset({"uncommon"}), "uncommon"])
def test_skip_given_as_a_set_list_frozenset_or_string_gives_the_same_report(skip):
    text = "The AMHP will commence the assessment under section 2 before the tribunal."
    report = jargonfree.check(text, skip=skip)
    assert report == jargonfree.check(text, settings=Settings.for_audience("public", skip=frozenset({"uncommon"})))
    assert report.findings and not any(f.kind == "uncommon" for f in report.findings)


@pytest.mark.parametrize("skip", [{3}, [3], ["uncommon", 3]])
def test_a_set_or_list_that_is_not_of_names_is_still_an_error_naming_it_as_given(skip):
    with pytest.raises(SettingsError, match=re.escape(f"skip must be a check name or a list of them, not {skip!r}")):
        jargonfree.check(TEXT, skip=skip)
