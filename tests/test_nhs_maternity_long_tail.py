"""NHS, maternity and clinical words that many services use, added by how many hosts use them (session 19).

Cases written for these tests after the kinds of unflagged word a pool of real NHS, maternity,
health visiting and GP practice pages from the four nations showed: the newborn blood spot test,
a baby lying transverse or in an oblique lie, the second and third stages of labour, centiles on a
growth chart, MATB1, a referrer and clinical priority on NI waiting-list pages, fit notes, eRS,
further investigations, optometry, gait, chaperones, C. diff, vetted referrals, diagnostic tests,
a vaccination pathway, a baby's cares on a neonatal unit, secondary prevention after a heart attack, Scotland's early resolution stage of a complaint, responsive and paced bottle feeding, and pelvic girdle pain in pregnancy. Each rule that needs context has a case where the word is ordinary
English and must stay unflagged.
"""

from __future__ import annotations

import pytest

from conftest import flagged_rules


@pytest.mark.parametrize(
    ("text", "word", "rule"),
    [
        ("Your midwife will offer the newborn blood spot test when your baby is five days old.", "newborn blood spot test", "nursing-maternity/newborn-blood-spot-test"),
        ("Blood spot screening looks for nine rare conditions.", "Blood spot screening", "nursing-maternity/newborn-blood-spot-test"),
        ("At her 36 week check the midwife felt that the baby was transverse.", "transverse", "nursing-maternity/transverse"),
        ("If your baby is in an oblique lie at 37 weeks, you may be offered a scan.", "oblique lie", "nursing-maternity/oblique-lie"),
        ("After the baby is born, the midwife will talk about the third stage and the placenta.", "third stage", "nursing-maternity/third-stage-of-labour"),
        ("With a first baby the second stage of labour can take up to three hours.", "second stage of labour", "nursing-maternity/second-stage-of-labour"),
        ("The health visitor plotted his weight: he is now on the 25th centile.", "centile", "nursing-maternity/centile"),
        ("Her length has stayed near the 75th percentile since birth, the health visitor said.", "percentile", "nursing-maternity/centile"),
        ("You can get your Mat B1 from your midwife at 20 weeks.", "Mat B1", "nursing-maternity/matb1"),
        ("Your referrer should tell you whether your referral was sent as urgent.", "referrer", "nhs-services/referrer"),
        ("The consultant will review your referral and set its clinical priority.", "clinical priority", "nhs-services/clinical-priority"),
        ("The surgery can give you a fit note if you are off work for more than seven days.", "fit note", "nhs-services/fit-note"),
        ("Your GP practice will send the referral on eRS and you will get a letter.", "eRS", "nhs-services/ers"),
        ("The nurse may refer you for further investigations before your operation.", "further investigations", "clinical-words/further-investigations"),
        ("Local optometry practices now treat red or sore eyes.", "optometry practices", "clinical-words/optometry"),
        ("The physiotherapist looked at her gait and balance after the fall.", "gait", "clinical-words/gait"),
        ("Please ask at reception if you would like a chaperone during your examination.", "chaperone", "clinical-words/chaperone"),
        ("Two patients on the ward have C. diff, so the bay is closed.", "C. diff", "clinical-words/c-diff"),
        ("Every referral is vetted by a consultant before an appointment is booked.", "vetted", "officialese/vetted"),
        ("The hospital will arrange diagnostic tests such as a scan.", "diagnostic tests", "nhs-services/diagnostics"),
        ("Children who missed a jab can use the missed childhood vaccination pathway.", "pathway", "nhs-services/pathway"),
        ("On the neonatal unit you can do your baby's cares, like nappies and feeds.", "cares", "nursing-maternity/cares--baby-care-tasks"),
        ("Our infant feeding team can show you responsive feeding, whether you breastfeed or bottle feed.", "responsive feeding", "nursing-maternity/responsive-feeding"),
        ("Paced bottle feeding lets your baby take breaks during a feed.", "Paced bottle feeding", "nursing-maternity/paced-bottle-feeding"),
        ("At 30 weeks pregnant her pelvic girdle pain meant the physio gave her crutches.", "pelvic girdle pain", "nursing-maternity/pelvic-girdle-pain"),
        ("If your complaint is simple, staff will try early resolution within five working days.", "early resolution", "other-nations/early-resolution"),
        ("Cardiac rehab and your tablets are part of secondary prevention after a heart attack.", "secondary prevention", "clinical-words/secondary-prevention"),
    ],
)
def test_long_tail_word_is_flagged(text, word, rule):
    assert flagged_rules(text).get(word) == rule


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The transverse beams of the old barn hold up the roof.", "transverse"),
        ("Her answer was oblique, and nobody knew what she meant.", "oblique"),
        ("The third stage of the road project starts in the spring.", "third stage"),
        ("The second stage of your complaint is a review by the Ombudsman.", "second stage"),
        ("The 90th percentile of household income rose last year.", "percentile"),
        ("Most visits to the charity shop website came from one referrer, a search engine.", "referrer"),
        ("The police will make further investigations into the break-in.", "further investigations"),
        ("The horse had a smooth gait, so the ride was easy.", "gait"),
        ("My aunt came as a chaperone on the school trip to the museum.", "chaperone"),
        ("All volunteers are vetted by Disclosure Scotland before they start.", "vetted"),
        ("Walk along the garden pathway to the front door.", "pathway"),
        ("She still cares for her dad, who has been on the neonatal unit's cot list as a volunteer.", "cares"),
        ("The team on the special care unit cares about every family.", "cares"),
        ("Both sides in the pay dispute want an early resolution.", "early resolution"),
    ],
)
def test_long_tail_word_stays_unflagged_in_its_everyday_sense(text, word):
    assert word not in flagged_rules(text)


def test_blood_spot_test_is_not_flagged_once_the_text_explains_it():
    text = "The newborn blood spot test (the heel prick test) is offered when your baby is five days old."
    assert "newborn blood spot test" not in flagged_rules(text)


def test_pgp_for_encryption_is_not_read_as_pelvic_girdle_pain():
    rule = flagged_rules("Use PGP to encrypt the email you send to the midwife.").get("PGP")
    assert rule != "nursing-maternity/pelvic-girdle-pain"
