"""jargonfree's own check, run over every explanation: an explanation must not lean on other jargon.

Reading age is tested in test_glossary_data.py (test_explanations_are_plain). Here each
explanation is checked for glossary terms and abbreviations other than the entry's own term.
At the end of the issue 13 session 51 of 2,105 explanations still use another term (most often
"nearest relative", "care order", "CQC", "psychosis"): the number may only go down.
"""

from __future__ import annotations

import jargonfree

GLOSSARY = jargonfree.load_glossary()
STILL_LEANING_ON_JARGON = 51


def other_terms(entry) -> list[str]:
    where = entry.jurisdiction if entry.jurisdiction in ("scotland", "northern-ireland") else "england-wales"
    report = jargonfree.check(entry.explanation, glossaries=GLOSSARY, jurisdiction=where)
    return [f.text for f in report.findings if f.kind in ("jargon", "abbreviation") and f.rule != entry.id]


def test_explanations_do_not_use_other_jargon():
    leaning = [f"{e.file}:{e.line} {e.term}: {', '.join(found)}" for e in GLOSSARY if (found := other_terms(e))]
    assert len(leaning) <= STILL_LEANING_ON_JARGON, "\n".join(leaning)


def test_the_self_check_finds_jargon_in_an_explanation():
    entry = GLOSSARY.lookup("AMHP")
    from dataclasses import replace

    bad = replace(entry, explanation="A worker who can ask for a person to be sectioned, after talking to the nearest relative.")
    assert "nearest relative" in [t.lower() for t in other_terms(bad)]
    assert not other_terms(replace(entry, explanation="A trained worker who helps decide if a person must stay in hospital."))
