"""A code of capitals and digits beside the word for a form or a published guideline is that
document's name ("the questionnaire (UC50)", "NICE guideline NG69"), not an abbreviation to spell
out; the same code elsewhere, or capitals without a digit, still are. A code whose document the
text does not describe ("a C1A form") is flagged as a document's code (tests/test_document_codes.py)."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, code",
    [
        ("You are usually sent a questionnaire (UC50) to complete.", "UC50"),
        ("You can get the application form (FW8) from your GP's surgery.", "FW8"),
        ("Use form LPA001 to tell people you are registering.", "LPA001"),
        ("Read NICE guideline NG69 on eating disorders.", "NG69"),
    ],
)
def test_a_forms_or_a_guidelines_code_is_not_an_abbreviation(text, code):
    assert code not in flagged(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # No word for a document beside it.
        ("Her SaO2 was below 90% this morning.", "SaO2"),
        ("DS2 is being assessed for an EHCP.", "DS2"),
        # Capitals without a digit beside "form" are still an abbreviation.
        ("Fill in the PQR form and send it back.", "PQR"),
    ],
)
def test_other_codes_and_abbreviations_are_still_flagged(text, code):
    assert code in flagged(text)
