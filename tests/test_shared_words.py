"""The content words two texts share (jargonfree.shared_words), which the entry-words test compares."""

from jargonfree.shared_words import content_words, reference_words, word_keys


def test_content_words_leave_out_small_words_short_words_and_the_term():
    assert content_words("The AMHP is a social worker who can help you", frozenset({"amhp"})) == ["social", "worker"]


def test_word_forms_and_irregular_words_meet():
    assert word_keys("checked") & word_keys("check")
    assert word_keys("decisions") & word_keys("decision")
    assert word_keys("children") & word_keys("child")
    assert word_keys("specialised") & word_keys("special")
    assert not word_keys("legal") & word_keys("document")


def test_reference_words_hold_one_lemma_for_each_content_word():
    found = reference_words("a plan of care and support; the care plan is checked", frozenset())
    assert [word for word, _ in found] == ["plan", "care", "support", "checked"]
