"""Ways of explaining a term counted on real text in session 17 (the pool of 7,818 passages and
new pages and posts): after a dash, another plainer name after "or", a clause that says what
the term is, a noun that says what kind of thing it is, or a noun phrase set apart by a second
dash; after a sentence, a dash and words that say what the term is or does, as a glossary line
writes it; what the term is made of ("made up of", "consists of", "involves a group of"); and
"(called a ...)" after the words that describe it. Each shape has its counter-examples beside
it: the same words that do not explain."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # A dash, then "or" and another, plainer name.
        ("Mum had experienced a transient ischaemic attack – or ‘mini stroke’. This happens when blood stops.", "transient ischaemic attack"),
        # A dash, then a clause that says what the term is.
        ("The foster carer may be a kinship carer - that is a member of your own family who has been approved.", "kinship carer"),
        ("Many bed days were lost to delayed discharge - which occurs when people are medically ready to leave.", "delayed discharge"),
        ("Your complaint is partially upheld - meaning the council did something wrong.", "upheld"),
        ("I was asked to come in for a “pre-assessment” – basically a lot of questions to assess my risk level.", "pre-assessment"),
        ("Allied Health Professional – this is a term used for all staff who are not doctors or nurses.", "Allied Health Professional"),
        # A dash, then a noun that says what kind of thing it is (a thing's name in small letters).
        ("The stroke team administered thrombolysis – a clot-busting treatment which improved his chances.", "thrombolysis"),
        ("You will see a consultant obstetrician – a specialist in pregnancy and childbirth.", "obstetrician"),
        # A noun phrase set apart by two dashes.
        ("He won, despite the mandatory reconsideration – the internal DWP appeal – having already taken place.", "mandatory reconsideration"),
        ("Our physiotherapists are specialists in neurology – the brain and nervous system - and stroke care.", "neurology"),
        # After a sentence, a dash and words that say what the term is or does.
        ("Keep a note of it. Institutional abuse – repeated poor practice within an organisation.", "Institutional abuse"),
        ("He admitted the offence. Youth Caution - If you admit guilt, the police will give you a caution.", "Youth Caution"),
        # What the term is made of.
        ("The form is used by a multidisciplinary team made up of social workers, nurses and doctors.", "multidisciplinary team"),
        ("Our multi-disciplinary team involves a group of professionals who work together to care for you.", "multi-disciplinary team"),
        ("Extra care housing schemes consist of self-contained flats with care staff on site.", "Extra care housing"),
        # "(called a ...)" after the words that describe it.
        ("You must ask the DWP to look at their decision again (called a 'mandatory reconsideration') before you can appeal.", "mandatory reconsideration"),
    ],
)
def test_these_shapes_explain_the_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # After a dash, a remark, a reason or a detail says nothing of what the term is.
        ("When the 8 weeks can be exceeded - basically because of something adverse with the parent.", "exceeded"),
        ("He will not meet the eligibility criteria – which are different to children's services – as he is an adult.", "eligibility criteria"),
        ("You should be allocated a named Care Coordinator – this could be a ward manager or a nurse.", "Care Coordinator"),
        ("Section 189B of the 1996 Act – the ‘relief duty’ – requires housing authorities to help.", "the 1996 Act"),
        # A doing word before a dash and a noun: how it felt, not what it is.
        ("He was sectioned - a bad day for all of us.", "sectioned"),
        # After a sentence, a dash and a question or a remark.
        ("I would be pursuing it. LSA - what training, experience, qualifications?", "LSA"),
        ("Raised Inflammatory Markers - Yesterday when I was on-call I was reviewing the bloods.", "Inflammatory Markers"),
        # "made up of" after "and": the verb's subject is not the term.
        ("Most blood cancers are haematological and are made up of cancers of the bone marrow.", "haematological"),
    ],
)
def test_the_same_words_that_do_not_explain_leave_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # An organisation named as the author of an author-year reference is a name.
        ("Pressure must be redistributed (NICE, 2014; EPUAP/NPIAP/PPPIA, 2019), as shown in Figure 1.", "EPUAP"),
        ("Pressure must be redistributed (NICE, 2014; EPUAP/NPIAP/PPPIA, 2019), as shown in Figure 1.", "PPPIA"),
        ("Care can be short or long-term (up to 12 weeks) (RCN, 2012).", "RCN"),
        ("He was placed on a section 2 of the mental health act (DH, 2007) and observed.", "DH"),
    ],
)
def test_an_author_in_a_reference_is_a_name(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The same letters in running text, or an Act and its year (no comma), are not a reference's author.
        ("The RCN wants nurses to be paid more for this work.", "RCN"),
        ("The IMCA asked for a review (MCA 2005) of the authorisation.", "MCA"),
    ],
)
def test_the_same_letters_outside_a_reference_stay_flagged(text, term):
    assert term in flagged(text)

@pytest.mark.parametrize(
    "text",
    [
        "Staff should see him face to face every hour (NICE, 2005).",
        "Pressure must be redistributed (NICE, 2014; EPUAP/NPIAP/PPPIA, 2019), as shown in Figure 1.",
    ],
)
def test_nice_as_the_author_of_a_reference_is_a_name(text):
    assert "NICE" not in flagged(text)


def test_nice_in_running_text_stays_flagged():
    assert "NICE" in flagged("The NICE guidance says you should be offered a choice of treatment.")


@pytest.mark.parametrize(
    "text, term",
    [
        # A bracket after an abbreviation that says nothing of what the letters are: another
        # choice, how often or which, a label for the phrase that ends with the letters, or
        # words that name another abbreviation.
        ("It can be paid for so that the CCG (or its replacement) can go on funding care.", "CCG"),
        ("An AMHP (or, in theory, the NR) makes an application for admission.", "AMHP"),
        ("It can be renewed by the RC (in conjunction with another professional) for six months.", "RC"),
        ("There will be a representative from the LA (usually the EHCP coordinator) and a mediator.", "LA"),
        ("He struggles across the 3 central symptoms of ASD (the triad of impairments).", "ASD"),
        ("ESA (contribution based) is meant for people who have paid enough National Insurance.", "ESA"),
    ],
)
def test_an_aside_in_brackets_does_not_spell_out_an_abbreviation(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # Brackets that say what the letters are, or what the thing is.
        ("The doctor thought it was a TIA (mini stroke) and sent her in.", "TIA"),
        ("He had a STEMI (a type of heart attack) last year.", "STEMI"),
        ("Your RC (the doctor who is in charge of your care) can renew it.", "RC"),
        ("Most premature babies are fed with TPN (total parenteral nutrition, a type of IV fluid) at first.", "TPN"),
        ("You may need an ECG (heart tracing) before the operation.", "ECG"),
        ("The AMHP (the worker who decides) came to the house.", "AMHP"),
        ("She was found eligible for CHC (the NHS pays for all her care) last week.", "CHC"),
    ],
)
def test_a_bracket_that_says_what_the_letters_are_still_explains(text, term):
    assert term not in flagged(text)



def test_pe_at_school_is_physical_education():
    assert "PE" not in flagged("She was in the classroom during 2 hours of PE (not specified) and had no support.")
    assert "PE" in flagged("A scan confirmed a PE and she was started on apixaban.")
