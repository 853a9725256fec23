"""Numbered parts of a law that the text around them shows to be a law's, though no law is named
next to them (checks/law_texts.py, and the Part of a care text in law_usage.py): the same part
found elsewhere, another part of a law in the same sentence, a part one agrees to or is put on,
a part quoted, a part written in capitals with its law, a law-process noun after a section, an
impersonal "Part 5" in a care text. And what stays alone: a text's own parts, a form's or a
leaflet's parts spoken of to the reader, a set of rules named with its year, a section that
only describes a noun after it."""

from __future__ import annotations

import pytest
from conftest import section_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The same part is a law's where it is cited with its subsection.
        ("Like other Convention rights, article 8 is not absolute, and article 8(2) allows some limits.", "article 8"),
        # Another part of a law is cited in the same sentence: "(see Part 4)" is the law's Part.
        ("The defence in section 5 does not cover a decision made by an attorney (see Part 4) or by a deputy (see Part 7).", "Part 4"),
        ("The defence in section 5 does not cover a decision made by an attorney (see Part 4) or by a deputy (see Part 7).", "Part 7"),
        # A text numbers its Parts one way: a law's Part 5 makes "(see Part 6)" the law's too.
        ("Part 5 of the Mental Health (Care and Treatment) (Scotland) Act 2003 deals with emergencies.\n\nLonger stays are covered elsewhere (see Part 6).", "Part 6"),
        # An article cited straight after an instrument's number.
        ("This came into force on 1.4.2015 by S.I. 2015/993, art. 2.", "art. 2"),
        ("Commencement was by S.S.I. 2002/162, art. 2.", "art. 2"),
        # A section named as a thing one agrees to or is put on.
        ("My sister was asked to agree to a section 20.", "section 20"),
        ("Social services wanted us to sign a Section 20, and we said no.", "Section 20"),
        # A part whose words are quoted.
        ("Para 4.12 says: “The carer must be told what the assessment will cover.”", "Para 4.12"),
        # A section with a law's process named after it, straight or after a word or two about it.
        ("There is no fee for writing a section 49 report.", "section 49"),
        ("Hospitals send section 49 reports to the court.", "section 49"),
        ("Trusts must complete Section 11 safeguarding self assessments every two years.", "Section 11"),
        ("This year's Section 11 Safeguarding Children Audit is now open.", "Section 11"),
        ("A Section 42.2 Enquiry is the formal enquiry.", "Section 42.2"),
        ("When does Section 19 apply?", "Section 19"),
        # A part written in capitals with its law, as a notice or an agreement heads it.
        ("VARIATION OF THE TENANCY AGREEMENT UNDER SECTION 103 OF THE HOUSING ACT 1985", "SECTION 103"),
        # A Part written of impersonally in a care text.
        ("The patient is subject to the Part 4 consent to treatment rules under the responsible clinician.", "Part 4"),
        ("Part 5 – Emergency Detention\n\nA patient detained in hospital in an emergency may be held for 72 hours (see Part 6).", "Part 5"),
    ],
)
def test_a_part_the_text_shows_to_be_a_laws_is_flagged(text, expected):
    assert expected in section_references(text)


@pytest.mark.parametrize(
    "text",
    [
        # A leaflet's or a form's parts, spoken of to the reader.
        "Please fill in Part 2 if you are the carer and Part 3 if you have a lasting power of attorney.",
        "Part 2 tells you about direct payments and your personal budget.",
        "In Part 3 we explain how a safeguarding enquiry works and what a best interests decision is.",
        "Part 2 of this leaflet explains the carer's assessment and the care and support plan.",
        # A contents list of the text's own parts.
        "Part 1 Introduction to the care assessment\nPart 2 Eligibility for care and support\nPart 3 Direct payments",
        # A part of a series or a post.
        "This is Part 1 of a 3 part blog post about appealing an EHCP.",
        # A form's section cross-referred to, with no law's part in the sentence.
        "Their contact details are on the form (see section 2).",
        # A section that only describes the noun after it.
        "The guide has a section 6 summary at the end.",
        # Headings in capitals with no law named.
        "PART 2: YOUR DETAILS",
        "SECTION 1: Introduction",
        # Look-alikes: pages, paragraphs of an agreement, part-time, articles and sections of a website.
        "Page 5 explains how to claim Carer's Allowance for a person with a care plan.",
        "Paragraph 8.1 deals with the repairs we must do.",
        "The home page has a section for carers, and the Part-time work page has advice.",
        "Read this article about the Care Act 2014 and what it means for carers.",
        "Part of the assessment is a chat about what matters to you.",
    ],
)
def test_a_texts_own_parts_and_look_alikes_are_left_alone(text):
    assert section_references(text) == []


def test_a_set_of_rules_named_with_its_year_is_not_a_rule():
    text = "The Court of Protection Rules 2007 apply, as does section 52(3) of the Mental Capacity Act."
    assert section_references(text) == ["section 52(3)"]


def test_a_paragraph_of_a_schedule_stays_one_reference():
    assert section_references("This is set out in paragraph 5 of Schedule 3 to the Act.") == ["paragraph 5 of Schedule 3"]
