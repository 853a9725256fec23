"""Words inside an organisation's Title Case name, explanations just after a term (after its
noun, or in the next sentence), words glossed before their brackets, and Roman numerals."""

from __future__ import annotations

import pytest
from conftest import flagged, jargon_at

from jargonfree.names import inside_a_name
from jargonfree.adjacent_explanations import GLOSS_OPENERS


# -- words inside the name of an organisation ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Partners came together to form the National Self-directed Support Collaboration last year.",
        "Social workers have a role in the Children’s Hearings System in every area.",
        "Complaints go to the Belfast Health and Social Care Trust by letter.",
    ],
)
def test_words_inside_an_organisations_name_are_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        # The same words outside a name are jargon.
        ("You can choose an individual service fund for your care.", "individual service fund"),
        ("The event was a great collaboration between health and social care.", "collaboration"),
        # A name must end in an organisation word: "Hub" does not, so the term stands.
        ("Call the Multi-Agency Safeguarding Hub today.", "Multi-Agency Safeguarding Hub"),
        # The glossary term is the whole name: in small letters it is the term itself, still
        # flagged (capitalised, "the Mental Health Tribunal" is the tribunal's name: session 26;
        # "children's hearing", the first example here, is everyday since session 27).
        ("Your case went to the mental health tribunal on Monday.", "mental health tribunal"),
    ],
)
def test_the_same_words_outside_a_name_are_still_flagged(text, term):
    assert term in flagged(text)


def test_inside_a_name_needs_three_capitalised_words_and_an_organisation_word():
    text = "the Support Collaboration"
    start = text.index("Support")
    assert not inside_a_name(text, start, start + len("Support"))  # two capitalised words: too short
    text = "the Regional Self-directed Support Collaboration"
    start = text.index("Self")
    assert inside_a_name(text, start, start + len("Self-directed Support"))
    text = "Regional Self-directed Support Plans"
    start = text.index("Self")
    assert not inside_a_name(text, start, start + len("Self-directed Support"))  # "Plans" is no organisation



def test_and_the_joins_two_things_not_the_words_of_one_name():
    # "the Care Order and the Local Authority" is an order and a council, not one body's name;
    # a name joins its words with a bare "and" (Cardiff and Vale University Health Board).
    text = "It will replace the Care Order and the Local Authority will no longer decide."
    start = text.index("Care")
    assert not inside_a_name(text, start, start + len("Care Order"))
    assert "Care Order" in flagged(text)
    text = "We met the Cardiff and Vale University Health Board today."
    start = text.index("Vale")
    assert inside_a_name(text, start, start + len("Vale University"))

# -- explanations just after a term --------------------------------------------------------


def test_an_explanation_after_the_noun_the_term_describes_counts():
    assert flagged("Social care is a statutory service, which means by law councils must provide it.") == []


@pytest.mark.parametrize("opener", GLOSS_OPENERS)
def test_each_opener_explains_a_term_just_after_it_and_after_its_noun(opener):
    # One list of openers serves both places (they were two lists that had drifted apart:
    # ", which means:" counted after the term and not after its noun).
    rest = " by law councils must provide it."
    assert flagged(f"Social care is statutory{opener}{rest}") == []
    assert flagged(f"Social care is a statutory service{opener}{rest}") == []
    assert flagged("Social care is a statutory service, which means: by law councils must provide it.") == []


def test_without_the_explanation_the_term_is_flagged():
    assert "statutory" in flagged("Social care is a statutory service provided by councils.")


def test_the_next_sentence_can_explain_a_term_that_ends_a_sentence():
    text = (
        "The GIRFEC approach means every child will have a designated Named Person available to them. "
        "This is an identified professional who is the first point of contact."
    )
    assert "Named Person" not in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # The next sentence does not say what the term is.
        "The GIRFEC approach means every child will have a designated Named Person available to them. Ask at school.",
        # The term does not end its sentence: "This is ..." is about something else.
        "Under GIRFEC the Named Person, a health visitor or head teacher, will call you about your son's plan. This is a free service.",
    ],
)
def test_the_next_sentence_counts_only_when_it_explains_the_last_words(text):
    assert "Named Person" in flagged(text)


# -- uncommon words --------------------------------------------------------------------------


def test_an_uncommon_word_in_brackets_after_its_explanation_is_not_flagged():
    assert flagged("If you take drugs to stop you getting blood clots (anticoagulants), ask the nurse.") == []


def test_the_same_uncommon_word_unexplained_is_flagged():
    assert "anticoagulants" in flagged("If you take anticoagulants, ask the nurse.")


def test_a_mixed_case_abbreviation_the_text_spells_out_is_not_an_uncommon_word():
    assert flagged("Children wait for specialist Child and Adolescent Mental Health Services (sCAMHS).") == []
    assert "sCAMHS" in flagged("Children wait for the sCAMHS team.")


# -- Roman numerals ----------------------------------------------------------------------------


def test_the_plural_of_a_glossary_abbreviation_is_not_a_roman_numeral():
    assert "IVs" in flagged("IVs are done last unless any are urgent.")


@pytest.mark.parametrize("text", ["Henry IV is on at the theatre.", "Read Part IV of the form."])
def test_roman_numerals_are_still_left_alone(text):
    assert "IV" not in flagged(text)


# -- a rare word that starts an organisation's name at the start of a sentence ------------


@pytest.mark.parametrize(
    "text",
    [
        "Betsi Cadwaladr University Health Board runs the new clinic.",
        "Cwm Taf Morgannwg University Health Board has opened a new ward.",
    ],
)
def test_a_rare_word_starting_an_organisations_name_is_not_an_uncommon_word(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        # The same kind of word starting a sentence but not a name is still flagged.
        ("Anticoagulants can cause bruising.", "Anticoagulants"),
        # A capitalised rare word followed by ordinary words is not a name.
        ("Perspicacious readers notice this.", "Perspicacious"),
    ],
)
def test_a_rare_word_at_the_start_of_a_sentence_outside_a_name_is_still_flagged(text, word):
    assert word in flagged(text)


# -- a sentence that defines the term, and a question about it -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A deprivation of liberty is when a person is not free to leave and is watched all the time.",
        "The nearest relative is a family member who has some rights under the law.",
        "What is a deprivation of liberty? It is when a person is not free to leave.",
    ],
)
def test_a_term_the_sentence_defines_or_asks_about_is_not_flagged(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        ("The nearest relative is here.", "nearest relative"),  # "is" but no definition
        ("We talked about the deprivation of liberty.", "deprivation of liberty"),
        # The term does not start its sentence: the sentence is about something else.
        ("We were told the nearest relative is a family member who can help.", "nearest relative"),
        ("Why is a deprivation of liberty needed here?", "deprivation of liberty"),  # not a "what is" question
    ],
)
def test_without_a_defining_sentence_the_term_is_flagged(text, term):
    assert term in flagged(text)


def test_a_defining_sentence_may_list_what_the_term_is():
    # "is a relative, friend or other person who ...": the list before "who" says what it is.
    assert "Connected Person" not in flagged("A Connected Person is a relative, friend or other person who cares for the child.")
    assert "kinship carer" not in flagged("A kinship carer is a relative, friend or neighbour who looks after a child.")
    # With no "who", "that" or the like after the list, nothing says what the term is.
    assert "kinship carer" in flagged("A kinship carer is a relative, friend or neighbour.")


@pytest.mark.parametrize(
    "text",
    [
        # What it is, then who gives or pays for it.
        "Continuing healthcare is care paid for by the NHS for people with complex health needs.",
        "NHS Continuing Healthcare is a package of care arranged and funded solely by the NHS.",
        "Reablement is a type of short-term help at home after a stay in hospital.",
    ],
)
def test_a_sentence_that_says_who_gives_or_pays_for_it_defines_the_term(text):
    assert not {"Continuing healthcare", "Continuing Healthcare", "Reablement"} & set(flagged(text))


@pytest.mark.parametrize(
    "text, term",
    [
        ("Continuing healthcare is hard to get in our area.", "Continuing healthcare"),
        ("NHS Continuing Healthcare is not means tested.", "NHS Continuing Healthcare"),  # (a form of the entry)
        # Words other than one abbreviation before the term: the sentence is not about it alone.
        ("Getting continuing healthcare is care paid for by the NHS.", "continuing healthcare"),
    ],
)
def test_a_sentence_that_only_says_something_about_the_term_does_not_define_it(text, term):
    assert term in flagged(text)


# -- more ways real pages explain a term (tune data of issue 11) ----------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        # A sentence about the term as a kind of thing says at length what it does.
        ("An occupation order excludes someone from your home or the area around it and usually lasts for six months.", "occupation order"),
        ("A non-molestation order stops a person from using or threatening violence against you or your children, or pestering you.", "non-molestation order"),
        ("Minor Injuries Units treat adults and children aged five and over for a range of minor injuries.", "Minor Injuries Units"),
        ("Welfare guardianship orders provide the means to protect adults who cannot make particular decisions about their welfare.", "Welfare guardianship orders"),
        ("(Informal carers are not the same as paid carers who provide a service.)", "Informal carers"),
        # A describing term and its noun open the sentence that defines them.
        ("An initial visit is when a social worker comes to see you at home.", "initial"),
        # A colon or a dash heads a gloss.
        ("You then have 4 options. Option 1: You can manage the money yourself.", "Option 1"),
        ("Kinship Carers - Where a child is looked after by family or close friends.", "Kinship Carers"),
        # ", which are the ...", ", who will provide ...", "- also known as ...", "(ie. ...)".
        ("An allowance is made for disability related expenditure, which are the extra costs a person has because of their disability.", "disability related expenditure"),
        ("Every care leaver has a personal adviser, who will provide advice and support when it is needed.", "personal adviser"),
        ("We plan how to deliver Primary Care and Community-based services, which cover most NHS services outside of hospitals.", "Primary Care"),
        ("Most people on wards are informal patients – also known as voluntary patients.", "informal patients"),
        ("The scan is in the radiology department (ie. where they do CT and MRI scans).", "radiology"),
        # The next sentence explains the term by its short form, or says what it is for.
        ("The council asked the court for a Child Protection Order (CPO). A CPO is an order which lets a child be moved to a safe place.", "Child Protection Order"),
        ("Each council must set up a Safeguarding Adults Board (SAB). The SAB’s main purpose is to help and protect adults.", "Safeguarding Adults Board"),
    ],
)
def test_a_term_the_passage_explains_is_not_flagged(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # One order (the, your), a short claim, a verb that says nothing of what it is for, or an abbreviation.
        ("Your occupation order excludes him from the house and the garden and the street around it from Monday.", "occupation order"),
        ("A non-molestation order stops him from coming to the house.", "non-molestation order"),
        ("Telecare can help you stay safe at home.", "Telecare"),
        ("Ask the surgery about our link worker, who can help you find a walking group.", "link worker"),
        ("The court made an occupation order that lasts six months, the judge said in the abuse case.", "occupation order"),
        ("CPNs help people at home with their medicines.", "CPNs"),
        ("Section 2 lets doctors keep you in hospital for 28 days.", "Section 2"),
        # Not the start of a line or sentence, or nothing after the colon that explains.
        ("Ask about kinship carers - we can help.", "kinship carers"),
        ("Self-directed support gives you choices. We discussed Option 1: the panel will meet.", "Option 1"),
        # ", who" and a verb that is not what the person does; ", also known as" an abbreviation.
        ("Call your personal adviser, who was off sick last week.", "personal adviser"),
        ("We offer reablement and day care, which is popular with families.", "reablement"),
        ("She was moved to a PICU, which is the only option.", "PICU"),
        # An abbreviation: what the person does, or a colon after it, does not spell it out.
        ("Call the AMHP, who will arrange a bed on the ward for you.", "AMHP"),
        ("The team is busy. AMHP: You can call us on Monday.", "AMHP"),
        ("She is an informal patient, also known as IP on the ward.", "informal patient"),
        # A next sentence that names another short form, or says nothing of what it is for.
        ("The council asked the court for a Child Protection Order (CPO). The CPO was granted.", "Child Protection Order"),
        ("The council asked the court for a Child Protection Order. The AMHP is a busy person.", "Child Protection Order"),
    ],
)
def test_a_term_the_passage_does_not_explain_is_still_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term, flag",
    [
        # The name of an NHS body: "NHS", a place, then the term in Title Case.
        ("Recommendations are sent to NHS Dorset Clinical Commissioning Group’s offices.", "Clinical Commissioning Group", False),
        ("Recommendations are sent to the Clinical Commissioning Group’s offices.", "Clinical Commissioning Group", True),
        ("The NHS clinical commissioning group paid for it.", "clinical commissioning group", True),
    ],
)
def test_the_name_of_an_nhs_body_is_a_name(text, term, flag):
    assert (term in flagged(text)) is flag


# -- an abbreviation after the words it stands for, written out without brackets -------------


@pytest.mark.parametrize(
    "text, short",
    [
        ("I join the team on the high dependency unit; the patients on HDU are the sickest I have seen.", "HDU"),
        ("Community Mental Health Nurses (also called Community Psychiatric Nurses, CPNs) visit you at home.", "CPNs"),
        ("The Special Educational Needs and Disability Regulations 2014 (the SEND Regulations) set out the advice.", "SEND"),
        # The first words of a plain that goes on: "... Tribunal (Wales) Act 2018".
        ("This follows the Additional Learning Needs and Education Tribunal Act. This law is sometimes called ALNET.", "ALNET"),
    ],
)
def test_an_abbreviation_after_its_words_written_out_is_not_flagged(text, short):
    assert short not in flagged(text)


@pytest.mark.parametrize(
    "text, short",
    [
        ("The patients on HDU are the sickest I have seen.", "HDU"),
        # Written out only after it, or only in part.
        ("The patients on HDU are the sickest; a high dependency unit is for very ill people.", "HDU"),
        ("Her special educational needs were missed, and the SEND team did not help.", "SEND"),
        ("This law is sometimes called ALNET.", "ALNET"),
    ],
)
def test_an_abbreviation_whose_words_come_later_or_in_part_is_still_flagged(text, short):
    assert short in flagged(text)


def test_a_hyphened_word_in_brackets_after_its_explanation_is_explained():
    # The rare part of a hyphened word is explained by the words before the bracket too.
    assert flagged("If you have high blood pressure in pregnancy (pre-eclampsia) we will check you often.") == []
    assert "eclampsia" in " ".join(flagged("She had pre-eclampsia in her last pregnancy, the midwife said."))


@pytest.mark.parametrize(
    "text, short, flag",
    [
        # Capitals that start a name whose next word is no English word: a company or a site.
        ("The project is funded by the Trust and by AES Kilroot and Larne.", "AES", False),
        ("The power station was run by EPH Ballylumford for many years.", "EPH", False),
        # The same capitals alone, or before an ordinary word, are still an abbreviation.
        ("The project is funded by the Trust and by AES.", "AES", True),
        ("Ask the SPOE Team about a referral.", "SPOE", True),
    ],
)
def test_capitals_that_start_a_proper_name_are_part_of_the_name(text, short, flag):
    assert (short in flagged(text)) is flag


# -- dash asides, more ways of naming a term, "This is the term used ..." ------------------


@pytest.mark.parametrize(
    "text, term",
    [
        # A dash aside that says who or what the term is (a blind-set false flag of session 10).
        ("Your IRO – the person who checks the plan – will visit you before the review.", "IRO"),
        # Named after its explanation: "termed", "referred to as your", a list of names.
        ("These people are sometimes termed 'self-funders'.", "self-funders"),
        ("Your first midwife appointment, often referred to as your 'booking appointment', comes early.", "booking appointment"),
        ("This short-term care is called intermediate care, short-term care, reablement or aftercare.", "reablement"),
        ("This short-term care is called intermediate care, short-term care, reablement or aftercare.", "aftercare"),
        # The next sentence says the term is the name for something.
        ("The council decides if you are in Priority Need. This is the term used to identify people it must house.", "Priority Need"),
    ],
)
def test_more_ways_of_explaining_a_term_are_recognised(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A dash, then "the" and something else: not what the term is.
        ("Ring the AMHP – the duty team is busy today.", "AMHP"),
        # A list after "called" a telephone call, not a name.
        ("We called the crisis team, reablement and the GP.", "reablement"),
        # "termed" of a person is a label.
        ("He was termed a risk by the AMHP.", "AMHP"),
        # Five words after "known as" with no list: the term is not the name.
        ("He was known as a quiet man and then had septicaemia.", "septicaemia"),
        # The next sentence names something else.
        ("The council decides if you are in Priority Need. This is the hardest part of the process.", "Priority Need"),
    ],
)
def test_the_same_shapes_without_an_explanation_still_flag(text, term):
    assert term in flagged(text)


# -- a label in brackets with "the" or quotes; ", which involves / sets out" -----------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("A lasting power of attorney allows a person (the 'donor') to choose someone to decide for them.", "donor"),
        ("The council might offer you a supported self-assessment, which involves completing a questionnaire first.", "supported self-assessment"),
        ("They might write a personalised housing plan, which will set out the steps you both take.", "personalised housing plan"),
    ],
)
def test_a_label_in_brackets_and_which_clauses_explain_the_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A bracket that holds more than the label is an aside, not a label for the words before it.
        ("Your lasting power of attorney is signed at home (the donor and a witness sign it).", "donor"),
        # ", which involves" without a doing word, ", which sets out" without what it sets out.
        ("They might write a personalised housing plan, which involves a lot of paperwork.", "personalised housing plan"),
        ("They might write a personalised housing plan, which sets out slowly.", "personalised housing plan"),
    ],
)
def test_other_brackets_and_which_clauses_do_not(text, term):
    assert term in flagged(text)


# -- a bracket that says when a term applies --------------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        # (A Scottish GIRFEC page.) "(where necessary)" says when there is one, as "(if needed)" does.
        ("A Named Person for every child, and a Lead Professional (where necessary) to co-ordinate the plan.", "Lead Professional"),
        ("You may get reablement (when appropriate) from the council.", "reablement"),
        ("Your child may have an advocate and a Lead Professional (only where appropriate).", "Lead Professional"),
        # Session 26: where a paper or a rule says so.
        ("A continuing power of attorney continues or commences (where specified) on the loss of capacity.", "commences"),
        ("Payments will commence (where stated in the plan) in May.", "commence"),
    ],
)
def test_a_bracket_that_says_when_the_term_applies_does_not_explain_it(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # "where" or "when" that goes on to say what it is still explains it.
        ("You may get respite care (where someone else cares for a while so you can rest) from the council.", "respite care"),
        ("You may get respite care (when another carer takes over for a short break) from the council.", "respite care"),
    ],
)
def test_a_where_or_when_bracket_that_says_what_it_is_still_explains(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # review24: "(as required)", "(when needed)" are what PRN means: its gloss, not when it applies.
        ("She can have paracetamol PRN (as required) for pain.", "PRN"),
        ("Take it PRN (when needed) for pain.", "PRN"),
        ("Her medicine is given prn (as needed).", "prn"),
    ],
)
def test_a_bracket_that_says_what_prn_means_explains_it(text, term):
    assert not jargon_at(text, term)
