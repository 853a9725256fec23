"""A section number belongs to the Act named with it.

The glossary explains bare section numbers of the care Acts ("section 136" of the Mental Health
Act, "section 42" of the Care Act). The same number names a different part of another Act:
"section 4 of the Mental Capacity Act", "MCA s.4" and "Under the Care Act, section 2" are not
the Mental Health Act's sections 4 and 2. So a match of a bare section entry is not taken in
the entry's sense when another Act's name stands straight after it (after "of" or "of the")
or straight before it (a comma may come between). The Acts and their names are data
(``jargonfree/data/acts.txt``); an entry's own Act is the one its legislation.gov.uk source
is from. (The legal-reference check still asks for plain words for the number.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..data import read_list
from ..folding import fold_term

if TYPE_CHECKING:
    from ..document import Document
    from ..glossary import Glossary
    from ..glossary.model import Entry

# How far from the number another Act's name is looked for, in characters.
_LOOK = 80
_SECTION = re.compile(r"section \d+[A-Z]?(?:\(\d+\))?(?:/\d+)?")


@lru_cache(maxsize=1)
def acts() -> dict[str, tuple[str, ...]]:
    """Each Act's address on legislation.gov.uk (or a key of its own for an Act no entry is
    from) -> its folded names, longest first."""
    table: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(read_list("acts.txt")):
        address, _, names = line.partition(":")
        key = address.strip() if address.strip() != "-" else f"other-{number}"
        table[key] = tuple(fold_term(n) for n in names.split("|") if n.strip())
    return table


@lru_cache(maxsize=4096)
def own_act(entry: Entry, glossary: Glossary) -> str | None:
    """The Act whose section ``entry`` explains, if its term is a bare section number and one
    of its sources is that Act on legislation.gov.uk; else None."""
    if not _SECTION.fullmatch(entry.term):
        return None
    urls = [glossary.sources[s].url for s in entry.sources if s in glossary.sources]
    found = {key for key in acts() if any(f"legislation.gov.uk/{key}/" in url + "/" for url in urls)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=16)
def _others(own: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """For the Acts other than ``own``: a pattern for a name just after a number, and their
    names by last word, to test the words just before one."""
    names = sorted({n for key, ns in acts().items() if key != own for n in ns}, key=len, reverse=True)
    # A subsection may come between: "section 2(1) of the Care Act".
    after = re.compile(r"(?:\(\w{1,4}\)\s*)*(?:of\s+(?:the\s+)?)?(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
    by_last_word: dict[str, list[str]] = {}
    for name in names:
        by_last_word.setdefault(name.rsplit(" ", 1)[-1], []).append(name)
    return after, {word: tuple(ns) for word, ns in by_last_word.items()}


def another_act_named(doc: Document, start: int, end: int, own: str) -> bool:
    """True if an Act other than ``own`` is named just after or just before ``[start, end)``."""
    after, by_last_word = _others(own)
    if after.match(doc.folded_span(end, end + _LOOK).lstrip()):
        return True
    before = doc.folded_span(max(0, start - _LOOK), start).rstrip()
    before = before[:-1] if before.endswith(",") else before
    words = before.rsplit(None, 1)
    for name in by_last_word.get(words[-1], ()) if words else ():
        at = len(before) - len(name)
        if before.endswith(name) and (at == 0 or not before[at - 1].isalnum()):
            return True
    return False
