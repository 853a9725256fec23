"""A document's own numbered sections are not a law's (issue 11: senses and context).

"section 3" is the Mental Health Act's section 3 only where no other document owns it. Real
pages cite their own procedures ("a definition ... is provided in section 3 of the Safeguarding
Procedures and Guidelines") and number their parts with a point ("is given in Section 3.1"), as
no UK law numbers its sections ("section 3(1)"). Neither is the Act's section 3, nor a legal
reference to flag.
"""

from __future__ import annotations

import pytest
from conftest import rules


@pytest.mark.parametrize(
    "text",
    [
        "A definition of Vulnerable Adults is provided in section 3 of the Safeguarding Procedures and Guidelines.",
        "The steps are set out in section 2 of the multi-agency protocol.",
        "Further guidance about adults who may lack capacity is given in Section 3.1.",
        "The timescales are in section 2.4 of our procedures.",
    ],
)
def test_a_documents_own_section_is_not_a_law(text):
    found = rules(text)
    assert not any(r.startswith("mental-health-law/section-") for r in found), found
    assert "legal/section-reference" not in found


@pytest.mark.parametrize(
    "text, rule",
    [
        ("He was detained under section 3 of the Mental Health Act.", "mental-health-law/section-3"),
        ("He is on a section 3.", "mental-health-law/section-3"),
        ("He was on a section 3. 2 weeks later he was home.", "mental-health-law/section-3"),  # a full stop, not a point
        ("Section 3(1) says when a person can be detained.", "mental-health-law/section-3"),
        ("Guidance on this is in section 14.2 of the Care and Support Statutory Guidance.", "legal/section-reference"),
        # a law's statutory guidance is cited as the law is: not a service's own document
        ("This is set out in section 14 of the statutory guidance.", "legal/section-reference"),
    ],
)
def test_a_laws_section_is_still_flagged(text, rule):
    assert rule in rules(text)
