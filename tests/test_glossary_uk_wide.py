"""Practice words used the same way in all four nations are labelled uk, and each cites a
page that shows the use outside England; words that rest on English law, or that another
nation calls something else, stay england (issue 13).

The rule that an entry's sources must cover every nation its label claims is tested in
test_glossary_nations.py; these tests pin the relabelling itself, with what a reader sees.
"""

from __future__ import annotations

import pytest

import jargonfree
from jargonfree.nations import NATIONS

GLOSSARY = jargonfree.load_glossary()
SOURCES = GLOSSARY.sources
ELSEWHERE = ("scotland", "wales", "northern-ireland")

# term, a sentence that flags it
UK_WIDE = {
    "CSE": "The team has had training on spotting signs of CSE.",
    "harmful sexual behaviour": "Staff have had training on harmful sexual behaviour in schools.",
    "MARAC": "The case has been referred to MARAC.",
    "DASH": "The officer completed a DASH risk checklist with her.",
    "reablement": "After the fall she had six weeks of reablement.",
    "Shared Lives": "She has lived with a Shared Lives carer for two years.",
    "UASC": "We need foster carers for UASC aged 15 to 17.",
    "care-experienced": "We offer a bursary to care-experienced students.",
    "WNB": "Two WNB episodes at the dentist were shared with the health visitor.",
    "restrictive practice": "We are working to reduce restrictive practice in our homes.",
    "dual sensory loss": "We have a worker for people with dual sensory loss.",
    "FSM": "Families who get Universal Credit may be eligible for FSM.",
    "package of care": "A package of care will start on Monday.",
    "QI": "Our QI project cut falls on the ward by a third.",
    "NEET": "We help care leavers who are NEET find courses.",
    "EP": "The EP will see Sam at school next week.",
    "trauma-informed": "We work in a trauma-informed way with families.",
    # Clinical words: the same in every nation (issue 11), each now citing a UK-wide body.
    "diagnostic overshadowing": "Staff must watch out for diagnostic overshadowing.",
    "liquor": "The midwife noted clear liquor when her waters broke.",
    "consultant-led care": "You will be offered consultant-led care because of your diabetes.",
    "safety netting": "The pharmacist went through safety netting with you.",
    "Caldicott guardian": "Please write to our Caldicott guardian about your records.",
}


def finding(text: str, term: str, jurisdiction: str):
    found = [f for f in jargonfree.check(text, jurisdiction=jurisdiction).findings if f.text.lower() == term.lower()]
    assert len(found) == 1, (term, [f.text for f in jargonfree.check(text, jurisdiction=jurisdiction).findings])
    return found[0]


@pytest.mark.parametrize("term", UK_WIDE)
def test_uk_wide_words_cite_a_page_from_outside_england(term):
    entry = GLOSSARY.lookup(term)
    assert entry.jurisdiction == "uk"
    covered = set().union(*(NATIONS.get(SOURCES[s].nations, frozenset()) for s in entry.sources))
    assert covered >= set(ELSEWHERE), (term, entry.sources)
    # the English source it had is kept: the relabel adds, it does not replace
    assert any(SOURCES[s].nations == "england" for s in entry.sources)


@pytest.mark.parametrize("jurisdiction", ELSEWHERE)
@pytest.mark.parametrize("term", UK_WIDE)
def test_readers_elsewhere_get_no_note_for_uk_wide_words(term, jurisdiction):
    message = finding(UK_WIDE[term], term, jurisdiction).message
    assert "Our sources for this are from England" not in message
    assert "only, not in" not in message


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # Scotland calls the service "housing support": the soft note is true there. (IDVA was here
        # too; it is now labelled England and Wales, from a Welsh source, so Scotland gets the firm note.
        # "supported living" was here until session 27, when it became everyday: everyday_in: uk.)
        ("He gets floating support every week.", "floating support"),
    ],
)
def test_words_another_nation_names_differently_keep_the_soft_note(text, term):
    assert GLOSSARY.lookup(term).jurisdiction == "england"
    message = finding(text, term, "scotland").message
    assert message.endswith("Our sources for this are from England: it may be called or done differently in Scotland.")


@pytest.mark.parametrize(
    ("term", "text", "url"),
    [
        ("EHCP", "We are asking for an EHCP for our son.", "https://www.legislation.gov.uk/ukpga/2014/6/section/37"),
        ("EHC needs assessment", "The council agreed to an EHC needs assessment.", "https://www.legislation.gov.uk/ukpga/2014/6/section/36"),
        ("safeguarding adults review", "The safeguarding adults review into her death has now been published.", "https://www.legislation.gov.uk/ukpga/2014/23/section/44"),
    ],
)
def test_english_law_terms_cite_the_section_and_say_firmly_that_they_are_english(term, text, url):
    """An EHCP rests on the Children and Families Act 2014, Part 3, and a safeguarding adults
    review on the Care Act 2014, s44 (England only): citing the section lets the tool tell a
    Scottish reader plainly that it is not the law there."""
    entry = GLOSSARY.lookup(term)
    assert entry.jurisdiction == "england"
    assert url in [SOURCES[s].url for s in entry.sources]
    assert finding(text, term, "scotland").message.endswith("This is the law or practice in England only, not in Scotland.")


def test_self_neglect_rests_on_pages_that_name_it_in_each_nation():
    """It cited the NHS website's A to Z index, which has no page on self-neglect; it now cites
    Scottish, Welsh and Northern Irish pages that use the word."""
    entry = GLOSSARY.lookup("self-neglect")
    assert entry.jurisdiction == "uk"
    assert "nhs-website" not in entry.sources
    nations = {SOURCES[s].nations for s in entry.sources}
    assert {"scotland", "wales", "northern-ireland"} <= nations


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("YOT", "His YOT worker came to the review."),
        ("PRU", "He has been at the PRU since Year 9."),
        ("Sarah's Law", "You can ask about a new partner under Sarah's Law."),
    ],
)
def test_england_and_wales_services_are_labelled_so(term, text):
    """Youth offending teams (Crime and Disorder Act 1998 s39), pupil referral units (Education
    Act 1996 s19) and the child sex offender disclosure scheme run in England and Wales only: a
    Welsh reader gets no note, readers in Scotland and Northern Ireland are told plainly."""
    entry = GLOSSARY.lookup(term)
    assert entry.jurisdiction == "england-wales"
    assert {SOURCES[s].nations for s in entry.sources} & {"wales", "england-wales"}
    assert "only, not in" not in finding(text, term, "wales").message
    assert finding(text, term, "scotland").message.endswith("England and Wales only, not in Scotland.")
