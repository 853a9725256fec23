"""A gloss must fit the term it follows: a term that names a person ("corporate parent",
"connected person") is glossed with a person or a group, not a duty ("corporate parent (the
council's duty ...)"); the written forms of an entry name the same kind of thing as its term
("schedule 1 offences" is not "a person convicted of a crime against a child"); and a plural of a
term that names a person gets a plural gloss ("connected persons (relatives or friends who may
foster the child)", not "(relative or friend who ...)"). Seen in rewrites of real pages in
session 20; these tests keep the class out of the built-in glossaries."""

import pytest

from conftest import failures, report
from jargonfree import load_glossary
from jargonfree.data import read_set
from jargonfree.glossary.derive import forms as derived_forms
from jargonfree.inflect import is_plural, lemminflect_tables, readings

GLOSSARY = load_glossary()
PEOPLE = read_set("person_words.txt")
# Words for a group of people, which may gloss a term that names one of them ("the group at the
# hospital who can end your section"), and words that open a gloss about a person.
GROUPS = frozenset("council councils group groups team teams panel panels body bodies board boards staff people members service".split())
SOMEONE = frozenset("someone somebody anyone people".split())
# Words after which the head of a noun phrase has come ("the person named in a will", "the
# official in Scotland who ...").
BREAK = frozenset(
    "who whom that which to for of in with from when where after before by at on under as until such than into through near whose"
    " against about between like without".split()
)


def _chunk(words: list[str]) -> list[str]:
    """The words of a noun phrase up to the word that ends it, without a determiner or possessive."""
    out = []
    for word in words:
        bare = word.lower().rstrip(",")
        if bare in BREAK:
            break
        out.append(bare)
        if word.endswith(","):
            break
    return [w for w in out if w not in ("a", "an", "the", "one", "any", "each") and not w.endswith(("'s", "\u2019s"))]


def _names_a_person(phrase: str) -> bool:
    words = _chunk(phrase.split())
    return bool(words) and (words[0] in SOMEONE or any(w in PEOPLE or w.rstrip("s") in PEOPLE or w in GROUPS for w in words))


def _head(term: str) -> str:
    """The word of a term that says what it names: the one before "of", "with", "in" ... 
    ("deprivation of liberty", "placement with parents", "person in a position of trust"), or
    the last ("child in need assessment", "child in care review": "in need" describes the child)."""
    words = term.lower().split()
    for i, word in enumerate(words[1:-1], 1):
        if (word in BREAK or word == "around") and (word, words[i + 1]) not in (("in", "need"), ("in", "care")):
            return words[i - 1]
    return words[-1]


def _singular(word: str) -> str:
    return lemminflect_tables().getLemma(word, upos="NOUN")[0] if is_plural(word) else word


def _is_person_word(word: str) -> bool:
    return _singular(word) in PEOPLE or word in ("people", "persons", "children")


def _a_plural_noun(word: str) -> bool:
    """True for a noun in the plural ("relatives"; not "or", which the tables also call plural)."""
    return word not in read_set("function_words.txt") and is_plural(word) and "NOUN" in readings(word)


def _a_known_noun(word: str) -> bool:
    """True for a word the word tables know as a noun (not "litem", nor "relevant")."""
    return _singular(word) in PEOPLE or "NOUN" in readings(word)


GLOSSED = [e for e in GLOSSARY if e.glosses and e.word_class == "noun" and not e.is_abbreviation]
PERSON_TERMS = [e for e in GLOSSED if _is_person_word(_head(e.term))]


def test_the_class_is_found():
    terms = {e.term for e in PERSON_TERMS}
    assert {"corporate parent", "connected person", "executor", "family finder"} <= terms


# Each rule below is one test over every entry it concerns, naming each entry that breaks it.
def test_a_term_that_names_a_person_is_glossed_with_a_person():
    found = failures(_glossed_with_a_person, PERSON_TERMS, lambda e: e.id)
    assert not found, report(found)


def test_written_forms_name_the_same_kind_of_thing_as_the_term():
    found = failures(_forms_name_the_same_kind, GLOSSED, lambda e: e.id)
    assert not found, report(found)


def test_a_plural_of_a_person_gets_a_plural_gloss():
    found = failures(_plural_gloss, PERSON_TERMS, lambda e: e.id)
    assert not found, report(found)


def _glossed_with_a_person(entry):
    for gloss in entry.glosses:
        assert _names_a_person(gloss), f"{entry.file}:{entry.line}: '{entry.term}' names a person; its gloss '{gloss}' does not"


def _forms_name_the_same_kind(entry):
    person = _is_person_word(_head(entry.term))
    for form in entry.forms:
        words = form.split()
        if any(sum(c.isupper() for c in w) > 1 for w in words) or readings(words[0]) == {"VERB"}:
            continue  # an abbreviation ("SCPHNs"), or a verb phrase ("deprive a person of their liberty")
        if entry.term.endswith("ing") and words[0] == entry.term[: -len("ing")]:
            continue  # the verb of an "-ing" term with its object: "clerk patients" for clerking
        if not _a_known_noun(_head(form)):
            continue  # "guardian ad litem", "former relevant"
        head = _head(form)
        if head in GROUPS or _head(entry.term) in GROUPS:
            continue  # a group and its members ("lay panel", "lay panel members") can share a gloss
        assert _is_person_word(head) == person, (
            f"{entry.file}:{entry.line}: '{form}' and '{entry.term}' name different kinds of thing; one gloss cannot fit both"
        )


def _plural_matches(entry) -> bool:
    return any(form.suffix == "s" for form in derived_forms(entry))


def _plural_gloss(entry):
    if not _plural_matches(entry):
        return
    for gloss in entry.glosses:
        plural = entry.gloss_for(gloss, "s")
        words = _chunk(plural.split())
        first = plural.split()[0].lower()
        singular = first in ("a", "an", "one") or not any(
            w in GROUPS or _a_plural_noun(w) or w in ("people", "children", "staff") for w in words
        )
        assert not singular, f"{entry.file}:{entry.line}: the plural of '{entry.term}' gets the gloss '{plural}'"


@pytest.mark.parametrize(
    ("gloss", "person"),
    [
        ("the council's duty to care for children in care as a good parent would", False),  # the old "corporate parent" gloss
        ("a council that must act as a good parent to children in care", True),
        ("relative or friend who may foster the child", True),
        ("a crime against a child on an old legal list", False),
        ("someone who goes to court without a lawyer", True),
    ],
)
def test_what_counts_as_a_gloss_about_a_person(gloss, person):
    assert _names_a_person(gloss) is person


def test_the_old_glosses_would_fail():
    # "connected persons (relative or friend ...)": the gloss stayed singular for the plural.
    assert not any(_a_plural_noun(w) for w in _chunk("relative or friend who may foster the child".split()))
    # "schedule 1 offences" was a form of "schedule 1 offender": a crime and a person.
    assert _is_person_word(_head("schedule 1 offender")) and not _is_person_word(_head("schedule 1 offences"))
