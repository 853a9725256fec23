"""The care domains of the NHS Continuing Healthcare checklist, named beside the checklist or
the Fast Track tool rather than "CHC" ("a positive checklist needs two domains with an A", a
care adviser's page, session 18), and left alone where a domain is a web address. The
sentences are our own."""

import pytest
from conftest import flagged, flagged_rules


@pytest.mark.parametrize(
    "text, term",
    [
        ("A positive checklist needs two domains marked A.", "domains"),
        ("The nurse scored each domain on the checklist before the Fast Track.", "domain"),
        ("Her primary health need showed in the breathing domain.", "domain"),
    ],
)
def test_a_care_domain_beside_the_checklist_is_flagged(text, term):
    assert flagged_rules(text).get(term) == "adult-social-care/care-domain"


@pytest.mark.parametrize(
    "text",
    [
        "Fill in the checklist to move your website to a new domain.",
        "Use the checklist before you buy a domain name for the care home.",
        "Tick each item on the checklist when the email domain is set up.",
    ],
)
def test_a_web_domain_beside_a_checklist_is_not(text):
    assert not any("domain" in f for f in flagged(text))
