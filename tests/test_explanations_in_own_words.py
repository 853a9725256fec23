"""More of the ways real pages explain a term in their own words (session 13): what kind of
thing it is with no article ("... is accommodation that ..."), "is what", "is about", "is like",
"means that", "This is where ...", a heading that asks "What is ..." with no question mark, the
term with its noun in brackets after plain words, plain words then ", or" and the term, two
examples or more after it, a glossary line with a bracket before its colon or dash, "which will
usually mean", "called being" and "Also called". Each shape has its counter-examples beside it:
the same words that do not explain."""

from __future__ import annotations

import pytest
from conftest import flagged


@pytest.mark.parametrize(
    "text, term",
    [
        # What kind of thing, with no article before the noun.
        ("Extra care housing is accommodation that has been built for people who need some care.", "Extra care housing"),
        ("Kinship carers are grandparents and aunts bringing up children who cannot live at home.", "Kinship carers"),
        ("Disabled facilities grants are capital grants which pay for changes to your home.", "Disabled facilities grants"),
        # "is what", "is about", "is like", "is designed to", "is made up of", "one type of".
        ("Triage is what the nurse does first to see who needs help most urgently.", "Triage"),
        ("Reablement is about helping you do things for yourself again after an illness.", "Reablement"),
        ("A care plan is like a map of the help you get and who gives it.", "care plan"),
        ("Reablement is designed to help you manage at home after a stay in hospital.", "Reablement"),
        ("A core group is made up of the family and the workers who see the child most.", "core group"),
        ("Kinship care is one type of family arrangement for children who cannot live at home.", "Kinship care"),
        # A word of degree, "means that", the amount "allocated".
        ("Respite is simply a way to give a carer a break from caring.", "Respite"),
        ("Kinship care simply means that a relative is bringing up the child.", "Kinship care"),
        ("A personal budget is the amount of money allocated by the council for your care.", "personal budget"),
        # A describing word before the term.
        ("Mental capacity is about being able to make a decision for yourself.", "capacity"),
        # What it does, at length.
        ("A hospital passport helps staff look after a person with a learning disability by telling them how the person communicates.", "hospital passport"),
    ],
)
def test_a_sentence_that_says_what_the_term_is_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A state or a verdict after "is", not a kind of thing.
        ("Extra care housing is clear that residents keep their own front door.", "Extra care housing"),
        ("Reablement is useless which is why I complained to the council.", "Reablement"),
        ("Section 42 enquiries are assessed when they reach the front door team.", "Section 42 enquiries"),
        # "is about to" is what will happen; "is like" a comparison of feelings is not "like a".
        ("Reablement is about to start for my mum next week.", "Reablement"),
        # One named thing, not the kind: "This" or "My" before the term.
        ("My indicative budget is like a joke, it never covers anything.", "indicative budget"),
        ("This indicative budget is a chance for everyone to catch up over coffee.", "indicative budget"),
        # A short claim about what it does for someone.
        ("Telecare helps me a lot.", "Telecare"),
    ],
)
def test_the_same_shapes_that_do_not_say_what_it_is_leave_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The next sentence says where, when or what it is; "These" after a plural noun.
        ("On arrival you wait to be triaged. This is where a nurse checks how urgently you need to be seen.", "triaged"),
        ("People talk about section 20. This is the part of the Children Act that lets a council look after a child.", "section 20"),
        ("It covers 'relevant' and 'former relevant' young people. These are those who have already left care.", "former relevant"),
        # A heading that asks, with no question mark, then the answer.
        ("What is a personal budget\nThe money the council says your care and support will cost.", "personal budget"),
        ("What a core group is\nA small group of the family and workers who meet often.", "core group"),
        # Plain words, then the term with its noun in brackets.
        ("You can have a short break (respite care) when you need it.", "respite"),
        ("Some people need more help before they go home (step-down care).", "step-down"),
        # Plain words with "a", "the" or "your", a comma, "or", then the term.
        ("She had a thin plastic tube, or cannula, put into her hand.", "cannula"),
        ("The doctor chose a wait-and-see plan, or 'expectant management'.", "expectant management"),
        # Two examples or more straight after the term.
        ("They took her observations, including temperature, pulse and blood pressure.", "observations"),
        ("Educational settings such as nurseries, schools and colleges must help.", "Educational settings"),
        # A glossary line with a bracket before its colon or dash.
        ("  • Continuing healthcare (CHC): Care that the NHS pays for in full.", "Continuing healthcare"),
        ("antenatal (an-tee-NAY-tal) — Before the baby is born.", "antenatal"),
        # "which will usually mean", "which means" with no comma, "called being", "Also called".
        ("Your provision must be specified and quantified, which will usually mean saying how many hours you get.", "specified and quantified"),
        ("I did a bank shift which means I filled in on a ward that was short of staff.", "bank shift"),
        ("Some people pay for all their care – this is called being a self-funder.", "self-funder"),
        ("amniocentesis — Also called amnio. A test of the fluid around the baby.", "amnio"),
    ],
)
def test_more_ways_of_explaining_a_term_around_it_are_recognised(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The next sentence says something else about it.
        ("On arrival you wait to be triaged. This is the worst part of the night.", "triaged"),
        ("The court made a section 20 order. These are rare.", "section 20"),
        # A heading that is not a question, or a question on another line.
        ("Reablement\nWhat is next for us now?", "Reablement"),
        # An abbreviation and a noun in brackets is a name, not a gloss.
        ("Ask about the money you can get (CHC funding) for care.", "CHC"),
        # A list of doings, or a list with no article: not another name.
        ("A section 42 enquiry is the action taken, or instigated, by a council.", "instigated"),
        ("Some children struggle with concentration, attention, or executive functioning; others do not.", "executive functioning"),
        ("Ask the school, or SENCO, for help.", "SENCO"),
        # Examples of another word, of how or what, or of the reader's own life.
        ("It can be linked to numerous factors including housing, money and health.", "numerous"),
        ("Read more about indicative budgets, including how brokers can help and what they cost.", "indicative budgets"),
        ("The plan must meet your well-being outcomes, including your emotional, social and economic well-being.", "outcomes"),
        # A bracket before a colon away from the start of a line.
        ("We spoke about continuing healthcare (CHC): it was refused.", "continuing healthcare"),
        # "which" and another verb; "which means" after a person's words is still its own clause.
        ("It was specified and quantified, which was good.", "specified and quantified"),
    ],
)
def test_the_same_shapes_without_an_explanation_still_flag(text, term):
    assert any(term in f for f in flagged(text))


@pytest.mark.parametrize(
    "text, term",
    [
        # The writer's own remark or feeling in brackets says nothing of what the term is.
        ("She was found not eligible for CHC (pretty borderline IMO) last week.", "CHC"),
        ("The court made a supervision order (a big relief for me) in May.", "supervision order"),
        ("He is on a CTO (which he hates) and sees the nurse weekly.", "CTO"),
        ("The scheme is Fast Track (although I was told it is slow) for people near the end of life.", "Fast Track"),
    ],
)
def test_a_remark_in_brackets_does_not_explain_the_term(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("She was found eligible for CHC (the NHS pays for all her care) last week.", "CHC"),
        ("The court made a supervision order (a court order that lets the council watch over a child).", "supervision order"),
        ("He is on a CTO (which means he must take his medicine at home).", "CTO"),
    ],
)
def test_a_bracket_that_says_what_the_term_is_still_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The next sentence opens with the term again, or its short form, and says what it is.
        ("They could have a condition called delirium. Delirium is a sudden confusion that can follow an operation.", "delirium"),
        ("More grandparents are being granted SGOs to keep children in the family. An SGO is an order made by a court that lets a relative raise a child.", "SGOs"),
        ("Every LPA must have a certificate provider. The certificate provider is a person who checks that nobody is pushing the donor.", "certificate provider"),
    ],
)
def test_a_next_sentence_that_opens_with_the_term_and_defines_it_explains_it(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The next sentence opens with the term but says nothing of what it is.
        ("They could have a condition called delirium. Delirium is horrible to watch.", "delirium"),
        ("More grandparents are being granted SGOs to keep children in the family. An SGO is a lot of paperwork.", "SGOs"),
        # It opens with another word.
        ("Every LPA must have a certificate provider. The donor is the person who makes the LPA.", "certificate provider"),
    ],
)
def test_a_next_sentence_that_does_not_define_the_term_leaves_it_flagged(text, term):
    assert term in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # A later sentence (up to three on) opens with the term and defines it.
        ("Staff act for the supervisory body under DoLS. Read this with the assessor's guide. The supervisory body is the council for the area where the person lives.", "supervisory body"),
        ("You might need help for a short time. We call this reablement. Reablement is short-term help to get you back on your feet.", "reablement"),
        # "We call this", ", what they call": the writer names what was just explained.
        ("You can ask them to look at your claim again, what they call a mandatory reconsideration.", "mandatory reconsideration"),
        ("Some people need help for a few weeks after hospital. We call this reablement.", "reablement"),
    ],
)
def test_a_definition_a_little_later_or_a_name_for_what_was_just_said_explains_the_term(text, term):
    assert term not in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # The later sentence does not define it, or comes too late.
        ("Staff act for the supervisory body under DoLS. Read this with the guide. The supervisory body is slow to reply.", "supervisory body"),
        ("Staff act for the supervisory body under DoLS. One. Two. Three. Four. The supervisory body is the council for the area where the person lives.", "supervisory body"),
        # "if what we call ... is needed": a name with no explanation before it.
        ("We will decide if what we call a section 42 enquiry is needed.", "section 42 enquiry"),
        ("We called the crisis team and the AMHP came.", "AMHP"),
    ],
)
def test_a_later_mention_or_a_bare_name_does_not_explain_it(text, term):
    assert any(term in f for f in flagged(text))


@pytest.mark.parametrize(
    "text, short",
    [
        # An organisation's short form spells the first words of its name; "NHS Foundation Trust" ends it.
        ("The unit is run by Cheshire and Wirral Partnership NHS Foundation Trust (CWP) and others.", "CWP"),
        # A writer's slip: the name's initials in another order.
        ("It is a partnership with Betsi Cadwaladr University Health Board (BCHUB), Mersey Care and others.", "BCHUB"),
        ("We went to the First Hearing and Dispute Resolution Appointment (FDHRA) in May.", "FDHRA"),
    ],
)
def test_a_short_form_after_a_long_capitalised_name_that_it_spells_is_defined(text, short):
    assert short not in flagged(text)


@pytest.mark.parametrize(
    "text, short",
    [
        # Letters the name does not give, or a name cut off by a comma.
        ("He went to the Mental Health Services Team (XYZ) last week.", "XYZ"),
        ("She works at the Royal Infirmary (QXT) now.", "QXT"),
        ("Ask the Trust, Health Board (BCHUB) about it.", "BCHUB"),
    ],
)
def test_a_short_form_the_name_before_it_does_not_spell_is_still_flagged(text, short):
    assert short in flagged(text)


@pytest.mark.parametrize(
    "text, term",
    [
        # "These are" after a term that ends in a plural noun with no "s": people, children.
        ("A pathway plan is for all 'eligible' children. These are young people aged 16 or 17 who are still in care.", "eligible"),
        ("It includes 'former relevant' young people. These are young people who have already left care.", "former relevant"),
    ],
)
def test_these_are_after_a_term_ending_in_people_or_children_explains_it(text, term):
    assert not any(term in f for f in flagged(text))


def test_these_are_after_a_singular_term_still_speaks_of_something_else():
    text = "He was made subject to an Adult Protection and Support Order (APSO). These are completely new powers."
    assert any("Adult Protection and Support Order" in f or "APSO" in f for f in flagged(text))
