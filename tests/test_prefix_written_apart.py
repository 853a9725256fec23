"""A one-word term of a prefix and a word too rare to be an everyday word by itself, written
apart as posts write it: "post natal", "ante natal", "post partum", "sub cutaneous", "intra
venous" (jargonfree/glossary/wordforms.py: prefix_apart). Two everyday words apart ("after
care", "pre term") stay unmatched, and "re" and "co" make no split ("re quire", "co hort").
The sentences are our own."""

import pytest
from conftest import flagged, flagged_rules

from jargonfree.glossary.wordforms import prefix_apart


@pytest.mark.parametrize(
    "text, term, rule",
    [
        # ("post natal" and "ante natal", the first examples here, are everyday since session 27.)
        ("The neo natal unit has eight cots and a day room.", "neo natal", "nursing-maternity/neonatal"),
        ("She was referred to the peri natal mental health team at the surgery.", "peri natal", "nursing-maternity/perinatal"),
        ("The post partum bleeding was heavier than she expected.", "post partum", "nursing-maternity/postpartum"),
        ("The nurse gives the insulin by sub cutaneous injection.", "sub cutaneous", "clinical-words/subcutaneous"),
        ("He needs intra venous antibiotics for a week.", "intra venous", "clinical-words/intravenous"),
    ],
)
def test_a_prefix_written_apart_is_the_term(text, term, rule):
    assert flagged_rules(text).get(term) == rule


@pytest.mark.parametrize(
    "text, term",
    [
        ("Born pre term at 30 weeks, he is now a healthy boy.", "pre term"),
        ("After care home visits she goes to the gym.", "After care"),
        ("She had post natal depression and got help from her GP.", "post natal"),  # the entry's own rule
    ],
)
def test_everyday_words_apart_and_the_entry_s_own_rules_stay(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize("word", ["require", "cohort", "commission", "aftercare", "prediabetes", "preterm"])
def test_words_that_only_start_like_a_prefix_are_not_split(word):
    assert prefix_apart(word) == []
