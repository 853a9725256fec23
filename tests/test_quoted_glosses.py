"""A term the writer put in quotes keeps its quotation; its plain words go in brackets after
the closing mark (jargonfree/quoted_glosses.py). Quoted speech is left to the writer."""

import pytest

import jargonfree
from jargonfree.checks.jargon import QUOTED_REASON
from jargonfree.protected import quotation_of, quoted_words

GLOSSED = [
    # (text, the quotation, the words after it in the text)
    ("They will then be put onto a “nil by mouth” regime until the therapist sees him.", "“nil by mouth”", " regime until"),
    ("It would be best for a ‘restricted patient’ to get legal advice.", "‘restricted patient’", " to get legal"),
    ("Your plan will also mention your 'indicative budget', and how much it is.", "'indicative budget'", ", and how"),
    ('The term "nearest relative" holds a special place in the law.', '"nearest relative"', " holds a special"),
    ("The council may issue a ‘Note in Lieu’ soon.", "‘Note in Lieu’", " soon."),
]


@pytest.mark.parametrize(("text", "quotation", "after"), GLOSSED)
def test_a_term_quoted_on_its_own_is_explained_after_the_closing_mark(text, quotation, after):
    result = jargonfree.rewrite(text)
    at = result.text.index(quotation)
    assert result.text[:at] == text[: text.index(quotation)]  # nothing before it changed
    rest = result.text[at + len(quotation) :]
    assert rest.startswith(" (") and rest.split(")", 1)[1].startswith(after), rest
    [edit] = [e for e in result.edits if e.end == text.index(quotation) + len(quotation)]
    assert edit.new.startswith(edit.old) and edit.old.endswith(quotation[-1])  # the quotation is kept as written


KEPT = [
    "She said “the AMHP came today and the NR was there”.",  # quoted speech
    "The ‘restricted patient’ (see page 4) rules apply to him.",  # brackets follow already
    "The Act makes provision for 'after-care.'",  # the quotation has its own punctuation
    "Ask about it (a ‘restricted patient’ has other rules).",  # inside brackets
    "Mum said 'the AMHP was lovely' afterwards.",
]


@pytest.mark.parametrize("text", KEPT)
def test_other_quotations_are_left_to_the_writer(text):
    result = jargonfree.rewrite(text)
    assert quoted_words(text)
    assert result.text == text
    quoted_findings = [f for f, reason in result.skipped if reason == QUOTED_REASON]
    assert quoted_findings, result.skipped


def test_no_brackets_are_added_when_the_text_must_be_shorter():
    text = "It would be best for a ‘restricted patient’ to get legal advice."
    assert jargonfree.rewrite(text, max_length=40).text == text


def test_the_quotation_must_hold_only_the_term_and_an_article():
    text = "on ‘the Local Offer’ and on ‘Interim Care Order’ status and ‘the local offer of help’"
    start = text.index("Local Offer")
    assert quotation_of(text, start, start + len("Local Offer")) == (text.index("‘the"), text.index("’ and") + 1)
    start = text.index("Interim")
    assert quotation_of(text, start, start + len("Interim Care Order")) is not None
    start = text.index("local offer")
    assert quotation_of(text, start, start + len("local offer")) is None
    assert quotation_of("no quotes here", 3, 9) is None
