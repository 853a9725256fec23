"""jargonfree's own check, run over every explanation: an explanation must not lean on other jargon.

Reading age is tested in test_glossary_data.py (test_explanations_are_plain). Here each
explanation is checked for glossary terms and abbreviations other than the entry's own term:
none may use one (issue 13 rewrote the last 51, which leaned on "nearest relative", "care
order", "CQC", "psychosis" and the like). The plain words themselves are checked the same way.
"""

from __future__ import annotations

import jargonfree

GLOSSARY = jargonfree.load_glossary()


def other_terms(entry, text: str | None = None) -> list[str]:
    """Glossary terms and abbreviations in ``text`` (the entry's explanation by default), other
    than the entry's own term, as a reader where the entry holds would be told of them."""
    where = entry.jurisdiction if entry.jurisdiction in ("scotland", "northern-ireland") else "england-wales"
    report = jargonfree.check(entry.explanation if text is None else text, glossaries=GLOSSARY, jurisdiction=where)
    return [f.text for f in report.findings if f.kind in ("jargon", "abbreviation") and f.rule != entry.id]


def test_explanations_do_not_use_other_jargon():
    leaning = [f"{e.file}:{e.line} {e.term}: {', '.join(found)}" for e in GLOSSARY if (found := other_terms(e))]
    assert not leaning, "\n".join(leaning)


def test_the_self_check_finds_jargon_in_an_explanation():
    entry = GLOSSARY.lookup("AMHP")
    from dataclasses import replace

    bad = replace(entry, explanation="A worker who can ask for a person to be sectioned, after talking to the nearest relative.")
    assert "nearest relative" in [t.lower() for t in other_terms(bad)]
    assert not other_terms(replace(entry, explanation="A trained worker who helps decide if a person must stay in hospital."))


def test_plain_words_are_plain():
    """Words that take a term's place or explain it in brackets must not be jargon themselves.

    An abbreviation's spelled-out name (rewrite: expand, "child in need" for CIN) is exempt: it is
    the term's own name, not a plain alternative, and its explanation says what it means (the
    validator asks for plainer words first where a name uses a glossary word)."""
    leaning = []
    for e in GLOSSARY:
        words = (*([] if e.rewrite == "expand" else e.plain), *e.in_brackets)
        leaning += [f"{e.file}:{e.line} {e.term}: '{w}' uses {', '.join(found)}" for w in words if (found := other_terms(e, w))]
    assert not leaning, "\n".join(leaning)


def test_the_plain_words_check_finds_jargon():
    entry = GLOSSARY.lookup("registered manager")
    assert other_terms(entry, "the manager named with the NMC") == ["NMC"]
    assert other_terms(entry, "the manager named with the body that checks care") == []
