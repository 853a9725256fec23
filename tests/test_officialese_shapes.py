"""Officialese in the shapes real health and care text uses (session 20, offic20).

The glossary had the verb or the set phrase but not the other part of speech that letters and
policies use: "prior" as an adjective ("prior permission", "prior notice") beside "prior to";
"adherence" to a rule beside "adhere" and the clinical "adherence" to medicines; "concurrent"
beside "concurrently"; "discontinuation", "consequential", "demonstrably", "obtainable",
"supplemental", "retrospective", "capitalise on"; and "non-attendance" (GP practices' missed
appointment policies), "the undersigned" (forms), which the word lists name, "footfall",
"remedial action" and "reallocate" ("re-allocated" was read as "allocated"), and a decision or
an action taken "unilaterally" (it was explained as one side of the body). Each case is
should-flag and should-not-flag, written for these tests in the manner of the real pages that
use them (a GP surgery's results page, a Welsh health board's prior approval page, care home
admission pages).
"""

from __future__ import annotations

import pytest
from conftest import flagged, flagged_rules, rules


@pytest.mark.parametrize(
    "text, word, rule",
    [
        ("We only give results to someone else with the patient's prior permission.", "prior",
         "officialese/prior"),
        ("Missing your appointment without prior notice may mean your operation is cancelled.", "prior",
         "officialese/prior"),
        ("Prior approval is needed before the health board pays for treatment elsewhere.", "Prior",
         "officialese/prior"),
        ("Visits outside these hours need the prior agreement of the nurse in charge.", "prior",
         "officialese/prior"),
        ("Staff must show strict adherence to the fire policy.", "adherence",
         "officialese/adherence--keeping-to-a-rule"),
        ("Two concurrent assessments may be needed for your care.", "concurrent", "officialese/concurrent"),
        ("Any discontinuation of the service will be confirmed in writing.", "discontinuation",
         "officialese/discontinuation"),
        ("The home is not liable for consequential losses.", "consequential", "officialese/consequential"),
        ("The new service is demonstrably better for families.", "demonstrably", "officialese/demonstrably"),
        ("Forms are obtainable from the surgery reception.", "obtainable", "officialese/obtainable"),
        ("A supplemental charge may apply for extra outings.", "supplemental", "officialese/supplemental"),
        ("Requests will not be considered for retrospective funding.", "retrospective",
         "officialese/retrospective"),
        ("The approach capitalises on the strengths people already have.", "capitalises on",
         "officialese/capitalise-on"),
        ("Repeated non-attendance may mean you are removed from the practice list.", "non-attendance",
         "officialese/non-attendance"),
        ("The undersigned agrees to pay the weekly fee in advance.", "The undersigned",
         "officialese/the-undersigned"),
        ("We encourage online requests to reduce footfall to the practice.", "footfall",
         "officialese/footfall"),
        ("The provider must take remedial action within 28 days.", "remedial action",
         "officialese/remedial-action"),
        ("Missed appointments cannot be re-allocated to other patients.", "re-allocated",
         "officialese/reallocate"),
        ("Refusing a checklist would be a unilateral decision that you are not eligible.",
         "unilateral decision", "officialese/unilateral-decision"),
        ("The home cannot change your fees unilaterally.", "unilaterally", "officialese/unilaterally"),
    ],
)
def test_the_officialese_shape_is_flagged(text, word, rule):
    assert word in flagged(text)
    assert rule in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please ask Dr Prior before you take photos on the ward.",
        "Matthew Prior will chair the carers' group.",
        "Jim Prior will chair the carers' group.",
        "Ask Rebecca Prior at reception.",
        "Prior Park surgery is closed on Friday.",
        "The Prior Park practice is closed on Friday.",
        "Call Prior Lodge care home on Monday.",
        "The patch stays on because the glue keeps its adherence to the skin.",
        "In concurrent planning, the child lives with carers who may adopt them.",
        "Please write your name in capital letters.",
        "Please sign on the line under your name.",
        "The physio will show you remedial exercises for your back.",
        "Tell us if you cannot attend, so we can offer the time to someone else.",
    ],
)
def test_the_everyday_or_other_sense_is_not_flagged_as_officialese(text):
    assert not any(r.startswith("officialese/") for r in rules(text))


def test_prior_to_stays_one_phrase():
    assert rules("Please arrive prior to your appointment.") == ["officialese/prior-to"]


def test_adherence_to_medicines_keeps_its_clinical_sense():
    assert rules("We will check his adherence to his inhalers.") == ["clinical-words/adherence--taking-medicines"]


def test_unscheduled_care_is_flagged():
    # a Scottish GP practice's page: "the 'unscheduled care' scheme" at the chemist
    text = "Your chemist can give you a supply under the unscheduled care scheme."
    assert "other-nations/unscheduled-care" in rules(text)
    assert "other-nations/unscheduled-care" not in rules("Your chemist can help when the surgery is closed.")


def test_unilateral_on_the_body_keeps_its_clinical_sense():
    assert rules("She has unilateral leg swelling.") == ["clinical-words/unilateral"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Prior approval is needed before the health board pays for treatment elsewhere.", "Prior"),
        ("Subsequently John went home with his mum.", "Subsequently"),
        ("Additionally Sarah needs help at night.", "Additionally"),
    ],
)
def test_officialese_before_a_capitalised_word_that_names_nothing_is_flagged(text, word):
    assert word in flagged(text)


def test_discontinuation_is_not_rewritten_as_stopping():
    # "any stopping of your tablets" reads badly: the sentence needs a person to turn it round
    text = "Tell your GP about any discontinuation of your tablets."
    assert "officialese/discontinuation" in rules(text)
    assert __import__("jargonfree").rewrite(text).text == text


# -- remit: the verb ('send', 'send back') beside the noun ('area of work'), session 26 --------
# Before, only the noun had an entry: "remitted" was not found, and "remitting the case" was
# found as the noun, with "role" as its plain word.


@pytest.mark.parametrize(
    "text, word, rule",
    [
        ("The appeal was remitted to the First-tier Tribunal for a new hearing.", "remitted", "officialese/remit--send"),
        ("Please remit payment to the council within 28 days.", "remit", "officialese/remit--send"),
        ("We are remitting the case back to the panel.", "remitting", "officialese/remit--send"),
        ("The tribunal remits the case to a new panel.", "remits", "officialese/remit--send"),
        ("Housing repairs are outside our remit.", "remit", "officialese/remit--area-of-work"),
        ("That falls within the remit of the panel.", "remit", "officialese/remit--area-of-work"),
        ("It is not within my remit to decide.", "remit", "officialese/remit--area-of-work"),
        ("Our remits differ.", "remits", "officialese/remit--area-of-work"),
    ],
)
def test_remit_as_a_verb_and_as_a_noun_each_get_their_own_sense(text, word, rule):
    assert flagged_rules(text).get(word) == rule


@pytest.mark.parametrize(
    "text",
    [
        "His symptoms remitted after six weeks.",  # got better for a while: not 'send'
        "The appeal was sent back to the First-tier Tribunal for a new hearing.",
    ],
)
def test_remit_in_another_sense_or_in_plain_words_is_not_flagged(text):
    assert not any(rule.startswith("officialese/remit") for rule in flagged_rules(text).values())
