"""A term is explained where the words right after it say, in the reader's words, what the
glossary says it is (:mod:`jargonfree.entry_words`, session 22): a bracket, a dash, "is", "which
is", "who are", "refers to" or the next sentence, sharing enough content words with the entry's
plain words and explanation. Related words that do not say what the term is leave it flagged."""

from __future__ import annotations

import pytest
from conftest import flagged

from jargonfree.document import Document
from jargonfree.entry_words import explained_in_entry_words, overlap


@pytest.mark.parametrize(
    "text, term",
    [
        # A short gloss in brackets that shares a plain word ("when a life is at risk").
        ("Category 1 (life-threatening) calls must be answered in seven minutes.", "Category 1"),
        # The long form after a dash.
        ("Her son has PDA - pathological demand avoidance - and finds school hard.", "PDA"),
        # "is a ..." in the glossary's words, for an abbreviation whose senses need context.
        ("Your LPA is a legal document that lets you choose someone to make decisions for you.", "LPA"),
        # Few words, most of them the glossary's ("a social worker with special training").
        ("MHOs, who are specialised social workers, attend every detention.", "MHOs"),
        # The term's noun between the term and "is".
        ("An HbA1c blood test is a test that shows your average blood sugar over three months.", "HbA1c"),
        # The term opens its sentence; the next sentence says what "it" does.
        (
            "Section 117 is the part of the law we use most. It obliges the council and the NHS to give"
            " free aftercare to people who were kept in hospital for treatment.",
            "Section 117",
        ),
        ("MARACs are regular local meetings where high risk domestic abuse cases are shared between agencies.", "MARACs"),
        # "refers to", for a rare word that is also a glossary term.
        ("Perinatal mental health refers to a woman's mental health during pregnancy and the first year after birth.", "Perinatal"),
    ],
)
def test_words_that_say_what_the_glossary_says_explain_the_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Related words, but no link that says what it is.
        ("Your LPA must be registered before the bank will accept it.", "LPA"),
        ("The LPA was registered with the Office of the Public Guardian last year.", "LPA"),
        # The sentence is about something else the term belongs to.
        ("The threshold for referral to MARAC is a score of 14 or more on the checklist.", "MARAC"),
        # How long, not what (the glossary says it "lasts for up to eight days").
        ("The Emergency Protection Order (lasting up to 8 days) was made on Friday.", "Emergency Protection Order"),
        # A judgement or a state after "is", not what the term is.
        ("Section 117 is important to us because we care about what happens after hospital.", "Section 117"),
        ("Section 117 is not something the council can charge for.", "Section 117"),
        ("Audiology is closed on Mondays, so ring the hearing aid line.", "Audiology"),
        ("Her CAMHS worker is better placed than the school to help with her mental health.", "CAMHS"),
        # What a law says, after its name, is not what the law is.
        (
            "The ALNET Act 2018: a child or young person has additional learning needs if they find learning much harder than others.",
            "ALNET Act 2018",
        ),
    ],
)
def test_related_words_that_do_not_say_what_it_is_leave_it_flagged(text, term):
    assert term in flagged(text)


def test_the_overlap_counts_shared_lemmas_once():
    text = "Your LPA is a legal document and a document that lets you choose people to make decisions."
    doc = Document.from_text(text)
    found = overlap(doc, 5, 8, ("LPA",), ("lasting power of attorney",), "A legal document. It lets you choose people you trust.")
    assert found is not None
    assert found.plain == ()  # the long form shares nothing with what follows
    assert sorted(found.shared) == ["choose", "document", "legal", "lets"]  # "document" once
    assert explained_in_entry_words(doc, 5, 8, ("LPA",), ("lasting power of attorney",), "A legal document. It lets you choose people you trust.")


def test_no_link_no_window():
    doc = Document.from_text("Your LPA must be registered.")
    assert overlap(doc, 5, 8, ("LPA",), ("lasting power of attorney",), "A legal document.") is None


@pytest.mark.parametrize(
    "text, term",
    [
        # A state after "is", then a clause about something else (review22 item 2).
        ("The EHCP is late and the young person has no legal plan yet.", "EHCP"),
        ("Your LPA is invalid since the bank could not find the legal document.", "LPA"),
        ("The AMHP is unavailable so a mental health worker with special training will come.", "AMHP"),
        # "who is" about the noun after the verb, not the term (review22 item 3).
        ("The AMHP visited grandad who is a patient kept in hospital by two doctors.", "AMHP"),
        # After a dash, a clause about something else that only ends with the glossary's words (item 4).
        ("Your LPA - the bank said the legal document was not valid.", "LPA"),
        # A colon ends the clause that says what a thing is (item 4).
        ("A SAR is the council's worst failure: the adult was abused and the review found it.", "SAR"),
    ],
)
def test_a_clause_about_something_else_does_not_explain_the_term(text, term):
    assert term in flagged(text)


def test_an_empty_bracket_after_a_term_is_no_explanation_and_no_error():
    # review22 item 1: "The AMHP (  ) came" raised IndexError from check, rewrite and the API.
    assert "AMHP" in flagged("The AMHP (  ) came to see us.")


def test_a_gloss_after_a_dash_may_open_with_a_hyphenated_word():
    # The first two words that hold content count as the gloss's opening, a hyphenated word as one.
    text = "We offer step-down intermediate care – time-limited, short-term health and social care for adults after a hospital stay."
    assert "intermediate care" not in flagged(text)
