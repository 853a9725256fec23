"""rewrite(): natural English where it edits, nothing changed where it does not, and stable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jargonfree import check, rewrite
from jargonfree.document import Document
from jargonfree.protected import quoted_words

GOLDEN = [
    # replace, with inflection and capitals
    ("We will commence the group on Monday.", "We will start the group on Monday."),
    ("The group commenced in May and commences again in June.", "The group started in May and starts again in June."),
    ("Commencing today, the café is open.", "Starting today, the café is open."),
    ("THE GROUP WILL COMMENCE ON MONDAY.", "THE GROUP WILL START ON MONDAY."),
    ("She utilises the gym.", "She uses the gym."),
    ("Please arrive prior to your appointment.", "Please arrive before your appointment."),
    # expand at first use only, with "a"/"an"
    (
        "An AMHP will visit. The AMHP will phone first.",
        "An approved mental health professional (AMHP) will visit. The AMHP will phone first.",
    ),
    ("AMHPs work here.", "Approved mental health professionals (AMHPs) work here."),
    # explain at first use
    (
        "She was held under s.136 last night.",
        "She was held under s.136 (a police power to take someone to a safe place for a mental health check) last night.",
    ),
    # protected spans are never edited
    ("#commence @commence https://example.org/commence commence@example.org", "#commence @commence https://example.org/commence commence@example.org"),
    # quoted words are flagged but never edited (the writer is quoting them)
    ("She said “we will commence in May”.", "She said “we will commence in May”."),
    # line endings and Unicode kept
    ("We will commence 🎉\r\nThanks — team\r\n", "We will start 🎉\r\nThanks — team\r\n"),
]


@pytest.mark.parametrize("text, expected", GOLDEN)
def test_golden(text, expected):
    assert rewrite(text).text == expected


def test_several_alternatives_are_suggested_not_applied_unless_chosen():
    text = "We acted in accordance with the policy."
    result = rewrite(text)
    assert result.text == text
    assert result.skipped and "several alternatives" in result.skipped[0][1]
    chosen = rewrite(text, choices={"officialese/in-accordance-with": "following"})
    assert chosen.text == "We acted following the policy."


def test_edits_describe_the_change():
    text = "We will commence soon."
    result = rewrite(text)
    assert [tuple(e) for e in result.edits] == [(8, 16, "commence", "start", "officialese/commence")]
    assert result.before.words == 4 and result.after.words == 4


def test_every_jargon_finding_is_rewritten_explained_or_given_a_reason():
    text = "The AMHP will liaise with the NR before the s.136 assessment commences, in accordance with the law."
    result = rewrite(text)
    remaining = [f for f in check(result.text, only={"jargon"}).findings]
    skipped_rules = {f.rule for f, reason in result.skipped if reason}
    for f in remaining:
        assert f.rule in skipped_rules, f


def test_max_length_warns():
    result = rewrite("The AMHP came.", max_length=20)
    assert result.warnings and "more than the limit of 20" in result.warnings[0]


# -- properties --------------------------------------------------------------------------

FRAGMENTS = [
    "commence", "commenced", "Commencing", "AMHP", "AMHPs", "an AMHP", "a AMHP", "the NR", "nearest relative",
    "s.136", "section 136", "section 2", "prior to", "liaise", "facilitates", "in accordance with", "CTO",
    "#AMHP", "@commence_team", "https://example.org/s136?a=commence", "amhp@example.org", "`commence`",
    "“commence the plan”", "the Mental Health Act 1983", "😀", "e\u0301", "\u202eمرحبا\u202c", "İ", "ﬁ", "\r\n", "\n\n",
    "\t", "  ", ".", ",", "(", ")", "-", "we", "will", "the", "visit", "today", "Dr.", "(AMHP)",
    "approved mental health professional", "\x00", "\u00ad",
]

posts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25).map(lambda parts: " ".join(parts))
any_text = st.text(max_size=300)
PROPERTY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_invariants(text: str) -> None:
    result = rewrite(text)
    doc = Document.from_text(text)
    last = 0
    rebuilt = []
    for edit in result.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert edit.start >= last, "edits overlap"
        assert text[edit.start : edit.end] == edit.old
        assert not doc.is_protected(edit.start, edit.end), "a protected span was edited"
        if any(a < edit.end and edit.start < b for a, b in quoted_words(text)):
            # only brackets after a term quoted on its own: the quotation is kept as written
            assert edit.new.startswith(edit.old) and edit.new[len(edit.old) :].startswith(" ("), "quoted words were edited"
        rebuilt.append(text[last : edit.start])
        rebuilt.append(edit.new)
        last = edit.end
    rebuilt.append(text[last:])
    assert "".join(rebuilt) == result.text, "text outside the edits changed"
    for start, end in doc.protected:
        assert text[start:end] in result.text
    found = {(f.start, f.end, f.rule) for f in check(text, only={"jargon"}).findings}
    for edit in result.edits:
        # Only what check finds in the original text is changed (an edit may take in the "a"/"an" before it).
        assert any(edit.start <= start and end <= edit.end and rule == edit.rule for start, end, rule in found), edit
    # Rewriting the result never touches the words the first rewrite put in (they are plain).
    # It may still change a term the first pass left: "prior to (AMHP) AMHP" has no AMHP to
    # expand, since the check reads "(AMHP)" as a note on "prior to"; "before (AMHP) AMHP" has.
    inserted, shift = [], 0
    for edit in result.edits:
        start = edit.start + shift
        inserted.append((start, start + len(edit.new)))
        shift += len(edit.new) - (edit.end - edit.start)
    for edit in rewrite(result.text).edits:
        assert all(edit.end <= start or end <= edit.start for start, end in inserted), (result.text, edit)
    for f in check(result.text).findings:
        assert result.text[f.start : f.end] == f.text


@PROPERTY
@given(posts)
def test_properties_on_generated_posts(text):
    _check_invariants(text)


@PROPERTY
@given(any_text)
def test_properties_on_arbitrary_unicode(text):
    _check_invariants(text)
    report = check(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text) and text[f.start : f.end] == f.text


def test_inflection_in_hyphenated_terms_and_plural_expansions(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: co-produce, plain: make together, pos: verb, source: s}\n"
        "  - {term: ADL, plain: activity of daily living, source: s}\n"
        "  - {term: sleep-in, plain: a night when a carer sleeps at your home, rewrite: explain, source: s}\n"
    )
    assert rewrite("We co-produced the plan.", glossaries=g).text == "We made together the plan."
    assert rewrite("Help with ADLs.", glossaries=g).text == "Help with activities of daily living (ADLs)."
    assert rewrite("Two sleep-ins a week.", glossaries=g).text == "Two sleep-ins (a night when a carer sleeps at your home) a week."


def test_participles_irregular_verbs_and_uk_spelling(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: undertake, plain: do, pos: verb, source: s}\n"
        "  - {term: procure, plain: buy, pos: verb, source: s}\n"
        "  - {term: terminate, plain: cancel, pos: verb, source: s}\n"
        "  - {term: embolism, plain: blocked blood vessel, pos: noun, source: s}\n"
    )
    assert rewrite("The check was undertaken. We undertook it.", glossaries=g).text == "The check was done. We did it."
    assert rewrite("We procured it.", glossaries=g).text == "We bought it."
    assert rewrite("They terminated it.", glossaries=g).text == "They cancelled it."
    assert rewrite("She had an embolism.", glossaries=g).text == "She had a blocked blood vessel."


def test_rewrite_acts_only_on_what_check_finds_in_the_original(make_glossary):
    # "CCO" counts only near "mental health": the gloss the rewrite puts after "sectioned"
    # says "mental health", but it was not in the text that was checked.
    g = make_glossary(
        "entries:\n"
        "  - {term: CCO, plain: care coordinator, only_near: [mental health], source: s}\n"
        "  - {term: sectioned, plain: kept in hospital under mental health law, rewrite: explain, no_inflections: true, source: s}\n"
    )
    text = "CCO sectioned"
    result = rewrite(text, glossaries=g)
    assert result.text == "CCO sectioned (kept in hospital under mental health law)"
    found = {(f.start, f.rule) for f in check(text, glossaries=g, only={"jargon"}).findings}
    assert {(e.start, e.rule) for e in result.edits} <= found


def test_glosses_do_not_stack_or_repeat(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: section 117, plain: free help and care after leaving hospital, rewrite: explain, source: s}\n"
        "  - {term: aftercare, plain: help and care after leaving hospital, pos: noun, source: s}\n"
        "  - {term: discharge to assess, plain: going home first and having your needs checked there, rewrite: explain, source: s}\n"
    )
    # A gloss that the next words say again is left out.
    assert rewrite("Ask about s117 aftercare.", glossaries=g).text == "Ask about s117 help and care after leaving hospital."
    # A term followed by brackets, or inside them, gets no second pair.
    # ("(D2A)" is a definition of its long form, so nothing there needs a gloss.)
    assert rewrite("Ask about discharge to assess (D2A).", glossaries=g).text == "Ask about discharge to assess (D2A)."
    result = rewrite("Ask about discharge to assess (pilot).", glossaries=g)
    assert result.text == "Ask about discharge to assess (pilot)." and "brackets" in result.skipped[0][1]
    assert rewrite("You can go home (discharge to assess).", glossaries=g).text == "You can go home (discharge to assess)."
    # Otherwise the gloss goes in once, at the first use.
    assert rewrite("Ask about s117. It covers s117 costs.", glossaries=g).text == (
        "Ask about s117 (free help and care after leaving hospital). It covers s117 costs."
    )


def test_in_brackets_explains_where_no_plain_word_fits(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: reablement, pos: noun, plain: short-term help, in_brackets: help to relearn daily tasks, no_auto_rewrite: x, source: s}\n"
        "  - {term: pyrexial, pos: adjective, plain: [feverish, hot], in_brackets: running a high temperature, source: s}\n"
    )
    assert rewrite("Reablement helps. Ask about reablement.", glossaries=g).text == (
        "Reablement (help to relearn daily tasks) helps. Ask about reablement."
    )
    assert rewrite("He was pyrexial.", glossaries=g).text == "He was pyrexial (running a high temperature)."
    assert rewrite("He was pyrexial.", glossaries=g, choices={"pyrexial": "hot"}).text == "He was hot."
    [finding] = check("He was pyrexial.", glossaries=g, only={"jargon"}).findings
    assert finding.suggestions == ("pyrexial (running a high temperature)", "feverish", "hot")


def test_a_finding_carries_its_entry_and_form():
    [finding] = check("The group commenced in May.", only={"jargon"}).findings
    assert (finding.rule, finding.inflection) == ("officialese/commence", "ed")
    [finding] = check("The group has commenced.", only={"jargon"}).findings
    assert finding.inflection == "en"


def test_replace_only_where_the_grammar_fits(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: ensure, plain: make sure, pos: verb, no_auto_rewrite: make sure needs that or of after it, source: s}\n"
        "  - {term: pyrexial, pos: adjective, plain: feverish, source: s}\n"
        "  - {term: opioid, pos: noun, plain: a strong painkiller, source: s}\n"
        "  - {term: stakeholder, pos: noun, plain: people involved, source: s}\n"
        "  - {term: commence, plain: begin, pos: verb, source: s}\n"
        "  - {term: terminate, plain: cancel, pos: verb, source: s}\n"
        "  - {term: elective, plain: planned, pos: adjective, source: s}\n"
    )
    assert rewrite("Staff must ensure the safety of residents.", glossaries=g).text == "Staff must ensure the safety of residents."
    # "a"/"an" put right, and never two articles.
    assert rewrite("This is an opioid.", glossaries=g).text == "This is a strong painkiller."
    assert rewrite("Stop the opioid.", glossaries=g).text == "Stop the strong painkiller."
    assert rewrite("Opioids help.", glossaries=g).text == "Strong painkillers help."
    # A plural noun phrase keeps its plural.
    assert rewrite("Our stakeholders agreed.", glossaries=g).text == "Our people involved agreed."
    # Irregular verbs and UK spelling from lemminflect.
    assert rewrite("It commenced at six.", glossaries=g).text == "It began at six."
    assert rewrite("It has commenced.", glossaries=g).text == "It has begun."
    assert rewrite("They terminated it.", glossaries=g).text == "They cancelled it."
    # An adjective used as another kind of word ("electives", a noun) is not replaced.
    result = rewrite("The electives were cancelled.", glossaries=g)
    assert result.text == "The electives were cancelled." and "grammar" in result.skipped[0][1]


def test_articles_possessives_and_hand_written_plurals(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: FNC, plain: NHS-funded nursing care, source: s}\n"
        "  - {term: donor, plain: the person who made the power of attorney, rewrite: explain, source: s}\n"
        "  - {term: FY1, forms: [FY1s], plain: foundation year doctor, source: s}\n"
    )
    assert rewrite("She gets an FNC payment.", glossaries=g).text == "She gets an NHS-funded nursing care (FNC) payment."
    assert rewrite("Respect the donor's wishes.", glossaries=g).text == (
        "Respect the donor's (the person who made the power of attorney) wishes."
    )
    assert rewrite("Our FY1s started.", glossaries=g).text == "Our foundation year doctors (FY1s) started."


def test_max_length_uses_the_shorter_variant(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: MASH, plain: multi-agency safeguarding hub, shorter: safety team, source: s}\n"
    )
    assert rewrite("Call the MASH today.", glossaries=g).text == "Call the multi-agency safeguarding hub (MASH) today."
    short = rewrite("Call the MASH today.", glossaries=g, max_length=40)
    assert short.text == "Call the safety team (MASH) today." and not short.warnings


def test_no_words_said_twice(make_glossary):
    g = make_glossary(
        "entries:\n"
        "  - {term: MSU, plain: midstream urine sample, source: s}\n"
        "  - {term: CTO, plain: community treatment order, source: s}\n"
        "  - {term: community patient, plain: a person on a community treatment order, rewrite: explain, source: s}\n"
        "  - {term: section 117, plain: free help and care after leaving hospital, rewrite: explain, source: s}\n"
        "  - {term: aftercare, plain: help and care after leaving hospital, pos: noun, source: s}\n"
    )
    # An expansion whose last word comes next in the text drops it.
    assert rewrite("Please bring an MSU sample.", glossaries=g).text == "Please bring a midstream urine (MSU) sample."
    assert rewrite("Send an MSU.", glossaries=g).text == "Send a midstream urine sample (MSU)."
    # Only the same word: "sample's" and "sample-based" are other words, and a word on the next line is not next.
    assert rewrite("The MSU sample's label.", glossaries=g).text == "The midstream urine sample (MSU) sample's label."
    assert rewrite("An MSU sample-based test.", glossaries=g).text == "A midstream urine sample (MSU) sample-based test."
    assert rewrite("Send an MSU\nsample now.", glossaries=g).text == "Send a midstream urine sample (MSU)\nsample now."
    # A gloss that the rewritten words around it already say is left out, before or after it.
    assert rewrite("As a community patient on a CTO, he must come.", glossaries=g).text == (
        "As a community patient on a community treatment order (CTO), he must come."
    )
    assert rewrite("You have the right to free aftercare under s117.", glossaries=g).text == (
        "You have the right to free help and care after leaving hospital under s117."
    )


def test_an_adverb_used_before_a_noun_is_not_replaced(make_glossary):
    g = make_glossary("entries:\n  - {term: forthwith, plain: straight away, pos: adverb, source: s}\n")
    assert rewrite("Given forthwith.", glossaries=g).text == "Given straight away."
    result = rewrite("Give a forthwith dose.", glossaries=g)
    assert result.text == "Give a forthwith dose." and "grammar" in result.skipped[0][1]
