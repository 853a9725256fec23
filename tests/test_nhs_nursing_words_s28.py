"""Session 28 (terms28c): NHS, nursing and care-home words that real pages use, and the
families widened so that the ways real text writes them are found too."""

from __future__ import annotations

import pytest

from conftest import flagged, word_findings


def rules(text: str) -> list[str]:
    return [f.rule for f in word_findings(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # 'administer' a medicine: antibiotics, vaccines, fluids and painkillers are medicines too.
        ("Where sepsis is diagnosed, intravenous antibiotics are administered quickly.", "administered"),
        ("The practice nurse administers vaccines on Tuesdays.", "administers"),
        ("Staff must record the time painkillers are administered.", "administered"),
        # A common misspelling of cannula.
        ("You could have Syntocinon added to your bloodstream via a canula.", "canula"),
        # 'treatment' as well as 'therapy'.
        ("The helpline is for patients undergoing systemic anti-cancer treatment.", "systemic anti-cancer treatment"),
        # The shorter name of pressure area care.
        ("Carers visit four times a day for pressure care and meals.", "pressure care"),
        # 'surgery' and 'surgical' beside 'operative'.
        ("Post-surgical swelling usually settles within a fortnight.", "Post-surgical"),
        ("You will have a pre-surgery check with a nurse.", "pre-surgery"),
        # New entries, in the shapes real pages use.
        ("The MUST webinar gives practical advice on offering a fortified diet.", "fortified diet"),
        ("Food fortification is the first step for residents at medium risk.", "Food fortification"),
        ("All residents who use a wheelchair have PEEPs in their care plans.", "PEEPs"),
        ("Enhanced access appointments run until 8pm on weekdays at the surgery.", "Enhanced access appointments"),
        ("Our reception team are trained in care navigation, so they may ask why you need an appointment.", "care navigation"),
        ("My diagnosis was Dysthymic Disorder as well as anxiety.", "Dysthymic Disorder"),
        ("Patients with COPD who have two flare-ups a year may be given rescue packs.", "rescue packs"),
        ("In her last days Mum had terminal restlessness, and the nurses gave her medicine.", "terminal restlessness"),
    ],
)
def test_found(text, word):
    assert word in flagged(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # 'administer' away from medicines is not the medicine word.
        ("The council can administer your direct payment for you.", "administer"),
        # 'fortified' in everyday shopping words is not the care term.
        ("Many breakfast cereals are fortified with iron and vitamin D.", "fortified"),
        # 'peep' in lower case is an ordinary word.
        ("Take a peep at the new garden through the window.", "peep"),
        # 'enhanced access' and 'care navigation' away from GP surgeries.
        ("The new system gives staff enhanced access to the building's fire doors.", "enhanced access"),
        ("The app offers care navigation for drivers on busy roads.", "care navigation"),
        # A rescue pack away from the chest is a lifeboat crew's kit.
        ("The lifeboat crew carried a rescue pack down to the beach.", "rescue pack"),
        # Plain words for the same things.
        ("Staff add milk powder and cream to his meals so he puts on weight.", "milk powder"),
    ],
)
def test_not_found(text, word):
    assert not any(word.lower() in w.lower() for w in flagged(text))


def test_administered_medicine_uses_the_medicine_sense():
    assert "clinical-words/administer--give-a-medicine" in rules("The nurse administered the antibiotics at noon.")
