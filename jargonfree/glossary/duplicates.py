"""Two entries for one written term: an error unless they are meant apart (different senses, or
nations that do not overlap). Asked by validation over every file, and when a glossary loads over
a user's own files (a term written twice there would leave the second entry out without a word)."""

from __future__ import annotations

from pathlib import Path

from ..folding import fold_term
from ..nations import holds_in
from .derive import surfaces
from .files import builtin_dir
from .model import Entry
from .problems import Problem, display_path

__all__ = ["duplicates", "separate_senses"]


def duplicates(entries: list[Entry]) -> list[Problem]:
    """An error at both entries for each written term that two entries share and do not keep apart."""
    problems: list[Problem] = []
    first: dict[str, Entry] = {}
    for entry in entries:
        for written in surfaces(entry):
            surface = fold_term(written)
            other = first.get(surface)
            if other is None:
                first[surface] = entry
            elif other is not entry and not separate_senses(entry, other):
                # Reported at both entries, so whichever file is being validated shows it.
                for here, there in ((entry, other), (other, entry)):
                    problems.append(Problem(here.file, here.line, twice(written, here, there)))
                break
    return problems


def twice(written: str, here: Entry, there: Entry) -> str:
    """What to do about ``written``, a term of ``here`` that ``there`` has too. A user's file
    cannot merge its entry into a built-in one: it switches the built-in one off instead."""
    builtin = builtin_dir().resolve()
    if Path(there.file).resolve().is_relative_to(builtin) and not Path(here.file).resolve().is_relative_to(builtin):
        return (
            f"'{written}' is also a built-in entry ({there.id}): to use yours instead, add 'disable: [{there.id}]' "
            "at the top of this file, or give yours a different 'sense:' or 'jurisdiction:'"
        )
    return (
        f"'{written}' is also in the glossary at {display_path(there.file)}:{there.line}: merge the two entries, "
        "or give each a different 'sense:' or 'jurisdiction:'"
    )


def separate_senses(a: Entry, b: Entry) -> bool:
    """True if two entries for one term are meant apart: different senses, or nations that do
    not overlap (a "uk" entry and an "england-wales" one both hold in England)."""
    shared_nations = holds_in(a.jurisdiction, b.jurisdiction)
    return not shared_nations or (a.sense is not None and b.sense is not None and a.sense != b.sense)
