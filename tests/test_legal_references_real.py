"""Legal references as real pages write them (issue 11): numbered regulations, Articles and
Schedules, "paragraph 5 of Schedule 3", a law named short ("of the HRA"), and a law named by
its year alone ("the 1983 Act"); and the numbers that are not legal references.

The sentences in quotes are short quotations from public pages that are not in the quality
corpus (bench/quality/corpus.yaml), each with its address, used to test; the rest are ours."""

from __future__ import annotations

import pytest
from conftest import section_references

import jargonfree

RULE = "legal/section-reference"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://verivius.co.uk/articles/cqc-enforcement-regulation-12-regulation-17
        ("Regulation 12 requires care and treatment to be provided in a safe way.", ["Regulation 12"]),
        (
            "The same two regulations appear, again and again, usually side by side: Regulation 12, "
            "safe care and treatment, and Regulation 17, good governance.",
            ["Regulation 12", "Regulation 17"],
        ),
        # http://apt.rcpsych.org/content/16/5/361
        ("Courts will first assess whether Article 8(1) is engaged.", ["Article 8(1)"]),
        ("This review of Article 8 cases demonstrates both its use and key principles underpinning its use.", ["Article 8"]),
        # https://childprotectionresource.online/tag/european-convention
        (
            "Section 6 of the HRA and makes it clear that ‘public authorities’ cannot act in a way "
            "which is incompatible with the ECHR.",
            ["Section 6"],
        ),
        # https://netzwerk-kinderrechte.de/home-en/childrens-rights/participation/?lang=en
        (
            "The UN Convention on the Rights of the Child is based on four general principles, one of "
            "which is the right to participation, which results from Article 12.",
            ["Article 12"],
        ),
        # https://publications.parliament.uk/pa/bills/cbill/2017-2019/0323/cbill_2017-20190323_en_3.htm
        (
            "The cared-for person has needs for care and support which are being met under Part 1 of "
            "the Care Act 2014 or under Part 4 of the Social Services and Well-being (Wales) Act 2014.",
            ["Part 1", "Part 4"],
        ),
        # https://safeguardingadults.salford.gov.uk/for-professionals/national-legislation-and-guidance/
        (
            "Chapter 14 of the Guidance provides detailed guidance on sections 42 to 47 of the CA 2014.",
            ["Chapter 14", "sections 42 to 47"],
        ),
        # https://twunroll.com/article/1328971288635977728 (a council's thread)
        (
            "There is law about that, like section 1 and section 9 of the Care Act 2014.",
            ["section 1"],  # section 9 has its own glossary entry
        ),
        # https://www.ahconsultants.co.uk/regulation-44
        ("This is called a Regulation 44 visit or an Independent Monitoring Visit.", ["Regulation 44"]),
        # https://changing-outcomes.co.uk/our-services/regulation-44-visits/
        ("Every calendar month our Reg 44 Visitors will visit the home in person.", ["Reg 44"]),
        # https://supercare.org/what-is-a-reg44-inspector/
        ("What is Included in a Reg44 Report?", ["Reg44"]),
        ("This is why the role of a Regulation 44 (Reg44) Visitor is essential.", ["Regulation 44"]),
        # Our own sentences, of the kinds real pages use.
        ("Read chapter 14 of the Care and Support Statutory Guidance.", ["chapter 14"]),
        ("This is covered in paragraph 6.3 of the code of practice.", ["paragraph 6.3"]),
        ("See section 3, section 4 and section 5 of the Care Act 2014.", ["section 3", "section 4", "section 5"]),
        ("Providers must comply with regulation 12.", ["regulation 12"]),
        ("He was held under Sec 44 of the Act.", ["Sec 44"]),
        ("She was detained under Sect. 44.", ["Sect. 44"]),
        ("The home was in breach of regulations 12 and 17.", ["regulations 12 and 17"]),
        ("This is set out in paragraph 5 of Schedule 3 to the Act.", ["paragraph 5 of Schedule 3"]),
        ("It will replace Schedules A1 and 1A of the Mental Capacity Act.", ["Schedules A1 and 1A"]),
        ("Arrangements are now authorised under Schedule AA1.", ["Schedule AA1"]),
        ("Articles 2 and 3 protect the right to life and freedom from torture.", ["Articles 2 and 3"]),
        ("Under the 1983 Act you can appeal to a tribunal.", ["the 1983 Act"]),
        ("The 2014 Act gave carers new rights.", ["The 2014 Act"]),
    ],
)
def test_legal_references_are_flagged(text, expected):
    assert section_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # https://studylib.net/doc/18432630/introduction-to-the-care-act-2014 (Age UK factsheet)
        "If you want information about these nations contact the relevant national office for help – see section 13 for details.",
        "Factsheet 90 August 2015 (amended August 2016)",
        # https://www.recoverycollegeonline.co.uk/using-services/carers/carers-act/
        "The Care Act 2014 (updated April 2016)",
        # https://www.devonsafeguardingadultspartnership.org.uk/document/multi-agency-safeguarding-adults-guidance-and-procedures/
        "Section 1: Context, Principle and Values sets out the shared vision for adult safeguarding.",
        # Our own sentences.
        "Read paragraph 4 of this leaflet before you call.",
        "In chapter 3 of the book she leaves home.",
        "Paragraph 2 explains the fees.",
        "Read section 1 and section 2 of this leaflet.",
        "Registered nurses visit every day.",
        "The Secretary of State said no 5 times.",
        "Secondary 2 pupils start at 9am.",
        "Read Sec 3 of the leaflet.",
        "Reg went to the shop at 4pm.",
        "Part 2 of this leaflet is about money.",
        "In 2014 the rules changed, and in 2015 they changed again.",
        "I read the article 3 times before I understood it.",
        # A law named by its year, after the text has named it in full, is clear.
        "The Care Act 2014 (the 2014 Act) gave carers new rights.",
        "The Mental Health (Northern Ireland) Order 1986 still applies. The 1986 Order was changed in 2016.",
        "The 2012 Olympics and the Act of Union are history.",
    ],
)
def test_other_numbers_are_left_alone(text):
    assert section_references(text) == []


def test_a_law_named_by_its_year_gets_its_own_message():
    finding = next(f for f in jargonfree.check("Under the 1983 Act you can appeal.").findings if f.rule == RULE)
    assert "does not say which law" in finding.message
    assert finding.no_rewrite_reason


@pytest.mark.parametrize(
    "text, flagged_part",
    [
        # The name of a set of regulations ends with its year: a name, not "regulation 2014".
        ("The Care and Support (Charging and Assessment of Resources) Regulations 2014 set out the rules.", None),
        ("The Special Educational Needs and Disability Regulations 2014 say what the plan must hold.", None),
        # A numbered regulation is still a part of a law.
        ("Regulations 12 and 13 of the Care and Support Regulations 2014 apply to you.", "Regulations 12 and 13"),
    ],
)
def test_a_set_of_regulations_named_with_its_year_is_a_name(text, flagged_part):
    parts = section_references(text)
    assert parts == ([flagged_part] if flagged_part else [])
