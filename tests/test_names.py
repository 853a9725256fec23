"""Names of organisations, courts and NHS bodies (jargonfree.names)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jargonfree import check, name_letters, names, service_names


_NAME_PIECES = ["UTI", "CPN", "Health", "and", "Social", "Care", "Board", "for", "everyone", "in", "the", "morning",
                "of", "Trust", "&", "Partnership", "National", "Self-directed", "Support", "Collaboration", "  ", ".",
                "\n", "on", "A&E", "children's", "Hearings", "System", "review", "B&Q", "andCare"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), min_size=1, max_size=12).map(" ".join), st.data())
def test_the_quick_test_of_a_name_going_on_decides_as_the_whole_rule(text, data):
    # inside_a_name first asks whether a name could go on after the match; it must turn down
    # only matches that the whole rule (run with that test always passing) turns down too.
    import re

    # A match is whole words: from the start of one word to the end of the same or a later one.
    words = [m.span() for m in re.finditer(r"[^\W_]+(?:['-][^\W_]+)*|&", text)]
    if not words:
        return
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start, end = words[first][0], words[last][1]
    quick = names.inside_a_name(text, start, end)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(names, "NAME_GOES_ON", re.compile(""))
        assert quick == names.inside_a_name(text, start, end)


# -- names of teams, services, units and funds (service_names.names_a_service) ---------------------


def _flagged(text: str) -> list[str]:
    from jargonfree import check

    return [f.text for f in check(text).findings if f.kind == "jargon"]


@pytest.mark.parametrize(
    "text, word",
    [
        # Officialese inside a longer name: nobody can rewrite a team's or a fund's name.
        ("After this, the Housing Assistance and Adaptations Team (HAAT) has to decide what can be done.", "Assistance"),
        ("You may get a payment from the Universal Credit Contingency Fund if you are in need.", "Contingency"),
        ("Scottish Government funds the National Autism Implementation Team in Glasgow.", "Implementation"),
        # A term of everyday words in a name the text gives with its initials.
        ("The Single Point of Access (SPA) team in Wakefield takes all new referrals.", "Single Point of Access"),
        ("BaNES and Wiltshire CAMHS Single Point of Access (SPA) team accept self-referrals.", "Single Point of Access"),
        ("Integrated Care Teams (ICTs) bring nurses and social workers together.", "Integrated Care"),
        # A term of the trade inside the name of one team, service or unit is part of its name
        # (session 15: the blind sets' annotators mark such names must-not-flag, "the Multi Agency
        # Triage Team", "a named unit containing respite").
        ("Your midwife can refer you to the Perinatal Mental Health Team.", "Perinatal"),
        ("The St Helens Looked After Children Team is based in the town hall.", "Looked After Children"),
        ("Outside office hours, the Emergency Duty Team can make the decision.", "Duty Team"),
    ],
)
def test_a_name_that_makes_its_words_plain_is_not_flagged(text, word):
    assert word not in _flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # An abbreviation inside a name still needs spelling out.
        ("Ring the DoLS Team if the authorisation runs out.", "DoLS"),
        ("Both the LHBs and Social Services have two functions.", "LHBs"),
        # A term that is the whole name is a term of the trade.
        ("The baby went to the Neonatal Intensive Care Unit (NICU) after the birth.", "Neonatal Intensive Care Unit"),
        # "and" next to the term joins two things, not the words of one name.
        ("I started asking about my Pathway Plan and the Leaving Care Grant last year.", "Pathway Plan"),
        ("There are Crisis Grants and Community Care Grants for people on low incomes.", "Community Care Grants"),
        # A term that is the whole name, even with its initials: the name is a term of the trade.
        ("Ask the council about an Individual Service Fund (ISF) for your support.", "Individual Service Fund"),
        # The same words outside a name, or written small.
        ("Your GP can refer you through the single point of access.", "single point of access"),
        ("They liaise with the Primary Care Liaison Service every week.", "liaise"),
        # Officialese before a name is not part of it ("Presently the Office of ..."), and two
        # capitalised words are too few to make a name ("Delegated Authority").
        ("Presently the Office of the Public Guardian looks into money worries.", "Presently"),
        ("Delegated Authority lets foster carers agree to a school trip.", "Delegated"),
    ],
)
def test_a_term_of_the_trade_in_or_near_a_name_is_still_flagged(text, word):
    assert word in _flagged(text)


def test_a_service_name_ends_at_its_head_word_or_has_its_initials_and_team_after_it():
    text = "Ring the Single Point of Access (SPA) team or the Housing Assistance and Adaptations Team today."
    spa = text.index("Single")
    assert service_names.service_name(text, spa, spa + len("Single Point of Access")) == ((spa, spa + len("Single Point of Access (SPA) team")), True)
    assistance = text.index("Assistance")
    span, initials = service_names.service_name(text, assistance, assistance + len("Assistance"))
    assert text[span[0] : span[1]] == "Housing Assistance and Adaptations Team" and not initials
    # Initials that are not the name's ("(XYZ)") do not make it one; neither does a term alone.
    other = "Ring the Single Point of Access (XYZ) team."
    assert service_names.service_name(other, 9, 9 + len("Single Point of Access")) is None
    alone = "You can apply for a Disabled Facilities Grant."
    assert service_names.service_name(alone, alone.index("Disabled"), len(alone) - 1) is None


# -- a name's initials in brackets (name_letters.initials_after_name) -------------------------------


def _abbreviations(text: str) -> list[str]:
    from jargonfree import check

    return [f.text for f in check(text).findings if f.kind == "abbreviation"]


@pytest.mark.parametrize(
    "text, initials",
    [
        ("The unit is run by Cheshire and Wirral Partnership NHS Foundation Trust (CWP) in Chester. CWP staff visit.", "CWP"),
        ("It works with Betsi Cadwaladr University Health Board (BCHUB) in north Wales.", "BCHUB"),
        ("The Independent Living Fund Scotland (ILF Scotland) supports disabled people.", "ILF"),
        ("Cafcass asks for a Police National Computer (PNC Check) before the hearing.", "PNC"),
    ],
)
def test_initials_in_brackets_after_the_name_they_shorten_are_not_flagged(text, initials):
    assert initials not in _abbreviations(text)


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Ring the team (CWP) today.", "CWP"),  # no name before the bracket
        ("University Hospitals Birmingham and Heart of England (HEFT) Foundation Trusts will merge.", "HEFT"),  # F and T are not in the name
        ("Ask Social Services (XYZ) for help.", "XYZ"),  # not the name's letters
        ("Speak to the Trust (CWP) today.", "CWP"),  # one capitalised word is no name
    ],
)
def test_initials_in_brackets_that_the_name_before_does_not_spell_are_flagged(text, initials):
    assert initials in _abbreviations(text)


# -- one rule for definitions and the abbreviation check (name_letters.name_before) ------------------


def test_the_name_before_a_bracket_is_the_definition_of_its_initials():
    from jargonfree.definitions import find_definitions
    from jargonfree.sentences import find_sentences

    text = "It works with Betsi Cadwaladr University Health Board (BCHUB) in north Wales."
    found = {d.short: d.long for d in find_definitions(text, find_sentences(text))}
    assert found["BCHUB"] == "Betsi Cadwaladr University Health Board"
    assert name_letters.name_before(text, text.index("("), "BCHUB") == (text.index("Betsi"), text.index(" (BCHUB"))


@pytest.mark.parametrize(
    "text, initials",
    [
        # The name spelt out once defines its initials for the rest of the text.
        ("Cheshire and Wirral Partnership NHS Foundation Trust (CWP) runs the unit. Later CWP closed it.", "CWP"),
        ("It works with Betsi Cadwaladr University Health Board (BCHUB). BCHUB said yes.", "BCHUB"),
    ],
)
def test_initials_after_their_name_stay_explained_later(text, initials):
    assert initials not in _abbreviations(text)


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Ring the team (CWP) today. CWP will call back.", "CWP"),  # no name: still unexplained later
        ("Speak to the Trust (CWP) today. CWP will call back.", "CWP"),  # one capitalised word is no name
    ],
)
def test_initials_with_no_name_before_stay_flagged(text, initials):
    assert initials in _abbreviations(text)


def test_one_title_case_test_for_names_and_headings_with_their_own_small_words():
    from jargonfree.name_runs import NAME_JOINERS, written_in_title_case

    assert written_in_title_case("Applying for a Compulsory Treatment Order".split())  # a heading keeps "a"
    assert not written_in_title_case("Applying for a Compulsory Treatment Order".split(), NAME_JOINERS)
    assert written_in_title_case("Court of Protection".split(), NAME_JOINERS)
    assert written_in_title_case("Drug & Alcohol Team".split(), NAME_JOINERS)
    assert not written_in_title_case("Court of protection".split())


def test_a_service_after_an_nhs_body_is_not_part_of_its_name():
    # Why a name's small words are not a heading's: with "at" among them, "Hospital at Home"
    # would end the name "NHS Forth Valley ..." and not be flagged (prec21's pool, ihub.scot).
    text = "Aaron Fraser is a dietitian in the NHS Forth Valley Hospital at Home service."
    start = text.index("Hospital at Home")
    assert not names.names_an_nhs_body(text, start, start + len("Hospital at Home"))
    assert "nhs-services/hospital-at-home" in {f.rule for f in check(text).findings}


@pytest.mark.parametrize(
    "text, term",
    [
        # (A Scottish Government standards page: "NHS Boards" is a kind of body, so "and" joins
        # another kind, not the rest of one body's name.)
        ("It includes Health and Social Care Partnerships, NHS Boards and Integration Joint Boards.", "Integration Joint Boards"),
        ("The plan was agreed by NHS Trusts and Clinical Commissioning Groups across the region.", "Clinical Commissioning Groups"),
    ],
)
def test_a_kind_of_body_after_nhs_names_no_body(text, term):
    start = text.index(term)
    assert not names.names_an_nhs_body(text, start, start + len(term))
    assert term in [f.text for f in check(text).findings]


@pytest.mark.parametrize(
    "text, term",
    [
        ("Write to NHS Dorset Clinical Commissioning Group for help.", "Clinical Commissioning Group"),
        ("NHS Greater Glasgow and Clyde Mental Health Services run the clinic.", "Mental Health Services"),
    ],
)
def test_the_last_words_of_an_nhs_bodys_name_are_still_its_name(text, term):
    start = text.index(term)
    assert names.names_an_nhs_body(text, start, start + len(term))
    assert term not in [f.text for f in check(text).findings]
