"""Forms of glossary phrases that real text writes (issue 11, variants of known terms):

* a noun phrase keeps its plural even where the entry has ``no_inflections`` and context rules
  ("failures to thrive", "section 42s"): the plural of a phrase is the same thing again, under
  the same rules (tests/test_context.py keeps the plain and everyday posts clear); a single word with context rules still takes none ("receipts" may be
  another sense);
* a two-word or hyphened term with ``no_inflections`` is found run together where
  word-frequency data knows that word and it is no everyday word ("caselaw",
  "nonresidential"), not where nobody writes it or it is another everyday word ("resign").

Cases are generated from the built-in glossary where they can be, and the sentences around
them are our own.
"""

import pytest
from conftest import glossary_from_yaml

from jargonfree import check
from jargonfree.glossary import load_glossary
from jargonfree.glossary.derive import forms
from jargonfree.glossary.wordforms import LINKS, written_joined
from jargonfree.lexicon import zipf

GLOSSARY = """\
entries:
  - term: failure to settle
    plain: not settling
    pos: noun
    no_inflections: true
    only_near: [baby, babies]
    source: test
  - term: review 12
    plain: a check at twelve weeks
    pos: noun
    no_inflections: true
    only_near: [baby, babies]
    source: test
  - term: receipt
    plain: money that comes in
    pos: noun
    no_inflections: true
    only_near: [budget, budgets]
    source: test
  - term: case law
    plain: past court decisions
    pos: noun
    no_inflections: true
    source: test
  - term: re-sign
    plain: sign again
    pos: verb
    no_inflections: true
    source: test
  - term: pay panel
    plain: group that decides the money
    pos: noun
    no_inflections: true
    source: test
"""


@pytest.fixture(scope="module")
def glossary(tmp_path_factory):
    return glossary_from_yaml(tmp_path_factory.mktemp("g"), GLOSSARY, "variants.yaml")


def found(text, glossary):
    return [f.text for f in check(text, glossaries=glossary, only={"jargon"}).findings]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Two babies had failures to settle this month.", "failures to settle"),
        ("The babies had their review 12s on Monday.", "review 12s"),
        ("Read the caselaw before you start.", "caselaw"),
    ],
)
def test_phrase_plurals_and_written_run_together_forms_are_found(text, term, glossary):
    assert found(text, glossary) == [term]


@pytest.mark.parametrize(
    "text",
    [
        "The budgets showed no receipts this year.",  # one word with context rules: no plural
        "Please resign from the club by Friday.",  # "resign" is an everyday word of its own
        "The paypanel met on Friday.",  # nobody writes it so: not derived
        "Our review 12s went well.",  # the plural keeps the entry's context rules
    ],
)
def test_no_plural_of_a_single_word_and_no_unknown_or_everyday_run_together(text, glossary):
    assert found(text, glossary) == []


def _phrase_nouns_with_context():
    """Built-in noun phrases with ``no_inflections`` and context rules whose head comes before
    a linking word ("failure to thrive"): each, with its inner plural."""
    from lemminflect import getInflection

    from jargonfree.inflect import is_plural

    out = []
    for entry in load_glossary():
        words = entry.term.split()
        if not (entry.pos == "noun" and entry.no_inflections and entry.has_context_rules and not entry.case_sensitive):
            continue
        link = next((i for i, w in enumerate(words[1:-1], 1) if w in LINKS), None)
        if link is None or not words[link - 1].isalpha() or is_plural(words[link - 1]):
            continue  # ("terms of approval": its head is plural already)
        plural = getInflection(words[link - 1], "NNS")
        if plural and plural[0] != words[link - 1]:
            out.append((entry, " ".join(words[: link - 1] + [plural[0]] + words[link:])))
    return out


PHRASES = _phrase_nouns_with_context()


def test_the_built_in_glossary_has_such_phrases():
    assert len(PHRASES) >= 5


@pytest.mark.parametrize("entry, plural", PHRASES, ids=[p for _, p in PHRASES])
def test_built_in_phrases_take_their_inner_plural(entry, plural):
    keys = {form.key for form in forms(entry)}
    assert plural.lower() in keys


def _joined_built_in():
    """Built-in two-word terms with ``no_inflections`` whose run-together spelling
    word-frequency data knows as a written, not everyday, word."""
    out = []
    for entry in load_glossary():
        if entry.no_inflections and not entry.case_sensitive:
            joined = written_joined(" ".join(entry.term.lower().replace("-", " ").split()))
            if joined is not None:
                out.append((entry, joined))
    return out


JOINED = _joined_built_in()


@pytest.mark.parametrize("entry, joined", JOINED, ids=[j for _, j in JOINED])
def test_built_in_terms_take_their_written_run_together_form(entry, joined):
    assert 1.0 <= zipf(joined) < 3.0
    assert joined in {form.key for form in forms(entry)}


def test_the_examples_real_text_uses_are_found():
    assert "stepdown" in [j for _, j in JOINED]
    text = "The team agreed the caselaw was clear. Failures to thrive were seen in two babies weighed at clinic."
    assert {"caselaw", "Failures to thrive"} <= {f.text for f in check(text).findings}



# -- American (and Oxford "-ize") spellings --------------------------------------------------


def _american_built_in():
    """Built-in terms (not case-sensitive) with a word that has a regular American spelling,
    each with the term so spelt: "challenging behaviour" -> "challenging behavior"."""
    from jargonfree.glossary.wordforms import american_spelling

    out = []
    for entry in load_glossary():
        if entry.case_sensitive:
            continue
        words = entry.term.lower().split()
        american = [american_spelling(w) or w for w in words]
        if american != words:
            out.append((entry, " ".join(american)))
    return out


AMERICAN = _american_built_in()


def test_the_built_in_glossary_has_terms_with_american_spellings():
    assert len(AMERICAN) >= 20


@pytest.mark.parametrize("entry, american", AMERICAN, ids=[a for _, a in AMERICAN])
def test_built_in_terms_take_their_american_spelling(entry, american):
    assert american in {form.key for form in forms(entry)}


@pytest.mark.parametrize(
    "text, term",
    [
        ("Staff were trained in positive behavior support last year.", "positive behavior support"),
        ("The home was reported for organizational abuse.", "organizational abuse"),
        ("The trust broke its duty of candor to the family.", "duty of candor"),
        ("We met at the contact center on Saturday.", "contact center"),
    ],
)
def test_american_spellings_are_found_in_text(text, term):
    assert term in [f.text for f in check(text).findings]


@pytest.mark.parametrize(
    "word, american",
    [
        ("programme", None),  # irregular: "program" is left out
        ("practise", None),  # irregular: "practice" is another British word
        ("licence", None),  # "license" is the British verb
        ("behaviours", "behaviors"),
        ("organisational", "organizational"),
    ],
)
def test_only_regular_american_spellings(word, american):
    from jargonfree.glossary.wordforms import american_spelling

    assert american_spelling(word) == american


@pytest.mark.parametrize(
    "text",
    [
        "The kids loved the behavior of the puppy at the park.",
        "Meet me by the town center at noon.",
        "She has a new favorite color for her room.",
    ],
)
def test_everyday_american_spellings_stay_clear(text):
    assert [f.text for f in check(text).findings if f.kind in {"jargon", "abbreviation", "uncommon"}] == []
