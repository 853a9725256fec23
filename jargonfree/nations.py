"""The nations of the UK and the jurisdiction labels that name them: which nations each label
covers, and how to tell a reader where a term holds.

A light module of its own, so that settings (and a command line that only checks its options)
need not load the glossary engine to know the labels.
"""

from __future__ import annotations

__all__ = ["DEFAULT_JURISDICTION", "JURISDICTIONS", "NATIONS", "NATION_NAMES", "everyday_for", "firm_note", "holds_in", "unsupported_nations", "where_note"]

#: The nations each jurisdiction label covers.
NATIONS: dict[str, frozenset[str]] = {
    "england-wales": frozenset({"england", "wales"}),
    "england": frozenset({"england"}),
    "wales": frozenset({"wales"}),
    "scotland": frozenset({"scotland"}),
    "northern-ireland": frozenset({"northern-ireland"}),
    "uk": frozenset({"england", "wales", "scotland", "northern-ireland"}),
}


JURISDICTIONS: tuple[str, ...] = tuple(NATIONS)

#: Where a reader is, and where a glossary entry holds, when nobody says.
DEFAULT_JURISDICTION = "england-wales"

#: Each jurisdiction label as a reader would say it.
NATION_NAMES: dict[str, str] = {
    "england-wales": "England and Wales",
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern-ireland": "Northern Ireland",
    "uk": "the whole UK",
}


def holds_in(label: str, jurisdiction: str) -> bool:
    """True if an entry labelled ``label`` holds in at least part of ``jurisdiction``."""
    return bool(NATIONS.get(label, frozenset()) & NATIONS.get(jurisdiction, frozenset()))


def everyday_for(label: str, jurisdiction: str) -> bool:
    """True if a word everyday in ``label`` is everyday for every reader in ``jurisdiction``:
    "outwith" (everyday in Scotland) is for a reader in Scotland, not for one in the whole UK."""
    readers = NATIONS.get(jurisdiction, frozenset())
    return bool(readers) and readers <= NATIONS.get(label, frozenset())


def where_note(label: str, jurisdiction: str, *, firm: bool = True) -> str | None:
    """What to tell a reader in ``jurisdiction`` about an entry labelled ``label``: None when it
    holds there, else a sentence such as "This is the law or practice in England only, not in
    Scotland."

    ``firm=False`` is for an entry labelled England only because its sources are English
    guidance (a practice word such as "respite" may well be used the same way elsewhere): the
    note then says where the sources come from instead of saying the term does not hold."""
    if holds_in(label, jurisdiction):
        return None
    if not firm:
        return (
            f"Our sources for this are from {NATION_NAMES[label]}: it may be called or done "
            f"differently in {NATION_NAMES[jurisdiction]}."
        )
    return f"This is the law or practice in {NATION_NAMES[label]} only, not in {NATION_NAMES[jurisdiction]}."


def firm_note(label: str, source_urls: list[str]) -> bool:
    """True if a note on where an entry holds can say it holds only there: the entry rests on a
    law (a legislation.gov.uk source), or it is labelled for a nation on purpose (the Scottish,
    Welsh and Northern Irish counterparts, and England and Wales law). An entry labelled England
    only because its sources are English guidance gets the softer note."""
    return label != "england" or any("legislation.gov.uk" in url for url in source_urls)


def unsupported_nations(label: str, source_nations: list[str]) -> frozenset[str]:
    """The nations an entry labelled ``label`` claims that none of its sources covers.

    ``source_nations`` are the ``nations:`` of the entry's sources; "any" (a source about
    words and writing) supports no nation in particular, and an entry citing only such
    sources is not checked."""
    specific = [NATIONS[n] for n in source_nations if n in NATIONS]
    if not specific:
        return frozenset()
    return NATIONS.get(label, frozenset()) - frozenset().union(*specific)
