"""Shapes of English that explain a term, and near misses that do not (session 27, from the
corpus's tune half and a fresh pool of council, NHS and charity pages). Each shape has a
should-not-flag case (the text explains the term) and a should-flag case (the same words, or the
term alone, that do not): no rule may turn every "means", "the plan" or "who" into an
explanation."""

from __future__ import annotations

import pytest
from conftest import flagged


def _flags(term: str, text: str) -> bool:
    return any(term in found or found in term for found in flagged(text))


EXPLAINED = [
    # A later sentence repeats the term after "A" and says, after "means", what it lets you do.
    (
        "Your responsible clinician can apply for you to be put on a community treatment order. A community treatment order "
        "means you can leave hospital and be treated in the community so long as you follow certain conditions.",
        "community treatment order",
    ),
    # What kind of service it names does, at length, with the kind after the term.
    ("Reablement services provide help with personal social care, activities of daily living and other practical tasks for a limited time.", "Reablement"),
    # What it aims to do, at length.
    ("Palliative care aims to help people achieve the best quality of life for as long as possible.", "Palliative care"),
    # An order, by who makes it and when.
    (
        "Drug Treatment and Testing Orders (DTTO) are imposed by courts where someone's offending is clearly linked to problem drug misuse.",
        "Drug Treatment and Testing Orders",
    ),
    # The next sentence speaks of it by its last word and says what it is for.
    (
        "We will start to work with you to develop a Pathway Plan just before your 16th birthday. The plan is there to make sure "
        "that you are as prepared as possible when you leave care.",
        "Pathway Plan",
    ),
    # "This term ... means" after a quoted name; "This is like" a thing the reader knows.
    (
        'Performance Reports are prepared by the "Integration Authority". This term broadly means the person or body which is '
        "responsible for the planning of integrated services.",
        "Integration Authority",
    ),
    (
        "When a young person is 16 or over their plan will be called a Pathway Plan. This is like a care plan but also looks at "
        "what support the young person needs.",
        "Pathway Plan",
    ),
    # A plural short form in the bracket, defined in the next sentence.
    (
        "The council has appointed a small team of Mental Health Officers (MHOs) offering a specialist service to people. MHOs "
        "are social workers who have undertaken additional specialist training in mental health.",
        "Mental Health Officers",
    ),
    # "who is the professional responsible for", after where the person works.
    (
        "Each child has a Named Person within universal services who is the professional responsible for promoting, "
        "supporting or safeguarding the wellbeing of the child.",
        "Named Person",
    ),
    # What a plan sets down, after its short form.
    (
        "All children in care should have a Personal Education Plan (PEP) which will show clear objectives and actions to "
        "respond effectively to each child's needs.",
        "Personal Education Plan",
    ),
    # A which-clause set apart by two dashes.
    ("A syringe driver—which allows drugs to be delivered at a constant controlled rate—is useful for symptom control.", "syringe driver"),
    # One hyphenated everyday word in brackets.
    ("During your pregnancy, you'll have regular antenatal (pre-birth) appointments with your midwife.", "antenatal"),
    # A clause set before the main one, which the term opens.
    (
        "Where a power of attorney is a voluntary authority given by someone who is able to make decisions for themselves, a "
        "Guardianship Order is a Court appointment which authorises someone to take action on behalf of an adult.",
        "Guardianship Order",
    ),
    # What is true of a person, then "if" and when.
    ("A person lacks capacity if their mind is impaired in some way, which means they're unable to make a decision at that time.", "lacks capacity"),
    # The same said plainly after "– meaning", what was done to him.
    ("He was off-rolled from school a year later – meaning he was removed from school and forced to learn at home.", "off-rolled"),
    # ": the principle being" after the term's noun.
    (
        "It is now mandatory to have a model of discharge to assess in place: the principle being once a patient is medically "
        "optimised, they should not remain in hospital.",
        "discharge to assess",
    ),
    # What a legal paper lets be done; "Such an order can authorise" in the next sentence.
    ("A Short Term Detention Certificate authorises detention in hospital for up to 28 days. You have a right of appeal.", "Short Term Detention Certificate"),
    (
        "The Mental Health Officer may apply to the Tribunal for a Compulsory Treatment Order. Such an order can authorise "
        "detention of the patient in hospital and treatment for an initial period of up to six months.",
        "Compulsory Treatment Order",
    ),
    # What the one named thing comprises.
    (
        "The executive functions comprise those mental capacities necessary for formulating goals, planning how to achieve "
        "them, and carrying out the plans effectively.",
        "executive function",
    ),
    # A term in quotes, a few words, then "This means" and what it is.
    (
        "Another option is to arrange to have ‘shared care’ with your GP and the hospital. This means the majority of your "
        "appointments will be at your GP’s surgery.",
        "shared care",
    ),
    # Named after its explanation: "referred to in this section as", "- the so-called".
    (
        "The local authority which is responsible will be specified in the order and is referred to in this section as the "
        "“implementation authority”.",
        "implementation authority",
    ),
    (
        "They held a meeting of everyone involved to decide what was right for him - the so-called best interests meeting.",
        "best interests meeting",
    ),
    # "it is a" the term "and basically means that".
    (
        "It is a Deprivation of Liberty order and basically means that legally they can keep your mum safe as she can't leave.",
        "Deprivation of Liberty",
    ),
    # The term opens a longer name in quotes; a word in brackets inside the name.
    (
        "A 'Lasting power of attorney for health and welfare' is a legal document in which you can authorise someone to make "
        "decisions about your personal welfare and care.",
        "Lasting power of attorney",
    ),
    ("A membrane (cervical) sweep is a vaginal examination during which your midwife will use her finger to sweep the neck of your womb.", "sweep"),
    # The answer to a question about it.
    ("“What is an IEP?”\nThis stands for Individualised Educational Programme and is used to plan a child's support.", "IEP"),
    # Its two kinds, each explained.
    ("Kinship care can be informal (arranged privately) or formal (approved by social services or the court).", "Kinship care"),
    # The one team, named with its noun, and its work with you at length.
    ("The Reablement Team will work with you to help you regain strength and confidence in doing the things you used to do.", "Reablement"),
    # A gloss after a numbered part of a law still explains it.
    ("You can be taken to a safe place under section 136 (a police power to take you to a safe place).", "section 136"),
    # Another name set apart by a dash before the full stop, then the next sentence says what it is.
    (
        "They probably mean the Decision Support Tool – also commonly referred to as the DST. This is the paperwork that "
        "must be completed by assessors during a full assessment.",
        "Decision Support Tool",
    ),
    # Another name in quotes after "or", then the noun both describe, then what it does at length.
    (
        "A “repeat dispensing” or “batch” prescription allows a Clinician to authorise and issue up to 12 months of "
        "repeat prescriptions for you.",
        "repeat dispensing",
    ),
    # What it lets a person do, in the next sentence.
    ("We were told to apply for deputyship. This lets you manage someone's money when they can't.", "deputyship"),
    # "Being" the term "means"; "whose role is to" after a comma.
    ("Being sectioned means being kept in hospital under the Mental Health Act.", "sectioned"),
    ("Your nearest relative, whose role is to protect your interests, can ask for your discharge.", "nearest relative"),
    # A short passive of what is done with it, then a noun phrase between two dashes.
    ("Sometimes a biopsy is taken – a sample of tissue for analysis in the lab – the tissue is removed painlessly.", "biopsy"),
    # The same bracket after the term, when the words are new, explains it.
    ("A doctor may grant a short-term detention certificate (i.e. a legal paper that lets the hospital keep you for 28 days).", "short-term detention certificate"),
]


@pytest.mark.parametrize("text, term", EXPLAINED)
def test_a_shape_that_explains_the_term(text, term):
    assert not _flags(term, text)


NOT_EXPLAINED = [
    # "means" and a clause, but of one case ("Your"), not of the kind.
    ("Your community treatment order means you must take your medication every day.", "community treatment order"),
    # A short claim of what it aims to do.
    ("Palliative care aims to help.", "Palliative care"),
    # "The plan" in the next sentence, but nothing of what it is.
    ("We will start to work with you to develop a Pathway Plan just before your 16th birthday. The plan was late.", "Pathway Plan"),
    # A verdict, not a thing it is like.
    ("They put him on a community treatment order. This is like a nightmare for all of us.", "community treatment order"),
    # "who is" after a plural term speaks of someone else.
    (
        "Each child has a Named Person within universal services who is the professional responsible for promoting the "
        "wellbeing of the child.",
        "universal services",
    ),
    # A clause before the main one, then nothing of what the term is.
    ("Where a power of attorney is in place, a Guardianship Order is not needed.", "Guardianship Order"),
    # Not a sentence that says when it holds: a person's own case.
    ("My dad lacks capacity if you ask me.", "lacks capacity"),
    # ", meaning" and what followed from it, not what was done.
    ("He was off-rolled from school last year, meaning he can't sit his exams.", "off-rolled"),
    # The term alone.
    ("We have a model of discharge to assess in place.", "discharge to assess"),
    # ("antenatal" was the example until everyday27 made it an everyday word.)
    ("You'll have regular anomaly scans with your midwife.", "anomaly scans"),
    # Brackets that say when it applies, what it takes in, or another case: not what it is.
    ("Unlike a welfare guardian (depending on their powers), a named person does not step into the shoes of the patient.", "welfare guardian"),
    ("We provide assessment, formulation (including diagnosis) and treatment of severe mental illness.", "formulation"),
    (
        "A pressure ulcer is damage to the skin, usually over a bony prominence (or related to a medical or other device), which "
        "results from pressure.",
        "bony prominence",
    ),
    # A dash and a verdict on it.
    (
        "The MHA gives certain rights and powers to their nearest relative – this is an important safeguard for people who are "
        "subject to the MHA.",
        "nearest relative",
    ),
    # A figure of how much it matters; where the parts are listed, not the parts.
    ("Best interests assessors are the lynchpin on which the entire edifice of DoLS rests.", "Best interests assessors"),
    ("Each home must have a statement of purpose consisting of the matters set out in Schedule 1.", "statement of purpose"),
    # One case, not the kind; a short claim; a doubt, not a name; an abbreviation's letters unread.
    ("Your Short Term Detention Certificate authorises detention.", "Short Term Detention Certificate"),
    ("The Mental Health Officer may apply for a Compulsory Treatment Order. Such an order is rare.", "Compulsory Treatment Order"),
    ("The so-called best interests meeting was a waste of time.", "best interests meeting"),
    ("She had an assessment to make sure this was reasonable - the so-called DoLS assessment.", "DoLS"),
    ("Another option is to arrange to have ‘shared care’ with your GP and the hospital. This means you can see your GP.", "shared care"),
    ("The 'Community Treatment Order' was signed last week.", "Community Treatment Order"),
    ("“What is an IEP?”\nWe still don't know.", "IEP"),
    ("Kinship care can be informal or formal.", "Kinship care"),
    ("The reablement team will call you.", "reablement"),
    ("Sometimes a biopsy is taken – a bit painful – and sent off.", "biopsy"),
    ("Sometimes a biopsy is taken and sent off to the lab.", "biopsy"),
    ("Being sectioned means a lot to the family.", "sectioned"),
    ("We were told to apply for deputyship. This lets you down in the end.", "deputyship"),
    ("A “repeat dispensing” or “batch” prescription is late again.", "repeat dispensing"),
    # A part's heading or subject in brackets names what it is about, not what it is.
    ("In subsection (2) of section 318 (false statements), sub-paragraph (ii) is repealed.", "section 318"),
    ("They must be authorised by a report under Schedule 2 (relating to a short term detention for examination).", "Schedule 2"),
    ("Your nearest relative, whose house is nearby, can visit.", "nearest relative"),
    # A bracket that restates words the sentence wrote before the term explains those words.
    (
        "Only an approved medical practitioner may grant a short-term detention certificate (i.e. a medical practitioner "
        "approved under section 22 of the Act).",
        "short-term detention certificate",
    ),
]


@pytest.mark.parametrize("text, term", NOT_EXPLAINED)
def test_a_near_miss_leaves_the_term_flagged(text, term):
    assert _flags(term, text)


def test_a_hole_is_not_opened_by_a_bare_means_or_the_plan():
    """A "means" clause or "The plan is there to" elsewhere in a post explains no other term."""
    text = (
        "My mum has a community treatment order and a care and support plan. The council said a direct payment means you can "
        "choose your carers. The plan is there to help."
    )
    assert _flags("community treatment order", text)
