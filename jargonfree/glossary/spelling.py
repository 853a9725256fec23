"""American spellings in the words a reader sees: a warning with the UK spelling to use.

The pairs are those of ``data/british_spellings.txt`` that follow the regular UK-US patterns
(-our/-or, -ise/-ize, -yse/-yze, ae and oe/e, -re/-er, -ence/-ense, -ogue/-og, -ll-/-l-). "-ize"
is also a UK spelling (Oxford's), but the glossaries write "-ise", as the NHS and GOV.UK do, so
it is a warning too. Words UK health and care writing
uses in their American form are left out: "fetus" and "fetal" (the NHS spells them so), the
verb "license", and "meter" (a gas meter).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .model import Entry
from ..lazy_patterns import lazy_pattern

#: The fields a reader sees in a finding or a rewrite, and the examples (a contributor copies
#: them, and they show what readers will get).
EXAMPLES = ("flagged", "not_flagged", "rewritten")
FIELDS = ("plain", "in_brackets", "shorter", "explanation", "keep_when", *EXAMPLES)
_USED_IN_THE_UK = frozenset({"fetus", "fetuses", "fetal", "license", "licensed", "licenses", "meter", "meters"})
_WORD = lazy_pattern(r"[A-Za-z]+")


def _one_swap(word: str, old: str, new: str) -> set[str]:
    """``word`` with one of its ``old`` letters swapped for ``new``, each place in turn
    ("visualise" -> "vizualise", "visualize"): a word may hold the letters more than once."""
    return {word[:i] + new + word[i + len(old) :] for i in range(len(word)) if word.startswith(old, i)}


def _regular(british: str, american: str) -> bool:
    swaps = (("our", "or"), ("is", "iz"), ("ys", "yz"), ("ae", "e"), ("oe", "e"), ("ence", "ense"), ("ogue", "og"), ("ll", "l"))
    if any(american in _one_swap(british, uk, us) for uk, us in swaps):
        return True
    return british.endswith(("re", "res", "red")) and re.sub(r"re(s|d)?$", r"er\1", british) == american


@lru_cache(maxsize=1)
def british_spellings() -> dict[str, str]:
    """American spelling -> UK spelling."""
    from ..rarity import american_spellings

    pairs = american_spellings().items()
    return {us: uk for uk, us in pairs if _regular(uk, us) and us not in _USED_IN_THE_UK}


def spelling_problems(entry: Entry) -> list[str]:
    """One message for each American spelling in the entry's reader-facing words."""
    table = british_spellings()
    messages: list[str] = []
    seen: set[str] = set()
    # An example writes the term as texts write it ("rigors", the medical word, is not "rigours").
    own = {word.lower() for written in (entry.term, *entry.forms) for word in _WORD.findall(written)}
    for name in FIELDS:
        value = getattr(entry, name, None)
        for text in (value,) if isinstance(value, str) else value or ():
            for word in _WORD.findall(text):
                uk = table.get(word.lower())
                if uk and word.lower() not in seen and not (name in EXAMPLES and word.lower() in own):
                    seen.add(word.lower())
                    uk = uk.capitalize() if word[0].isupper() else uk
                    messages.append(f"'{word}' in '{name}' is the American spelling: write '{uk}' (UK spelling)")
    return messages
