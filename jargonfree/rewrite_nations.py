"""Where a term's law holds, for a rewrite: `check` and `explain` tell a reader in Scotland that
"section 42 enquiry" is "the law or practice in England only, not in Scotland", and a rewrite
says the same.

* A term with a number in it, of another nation's law or practice ("section 4", "section 42
  enquiry", "Form 5", and also codes and forms such as "C100" or "Option 2"), is left as it is: in a text for that reader the number most likely names a provision of
  their own law, which the other nation's gloss would get wrong (a Scottish "inquiries under
  section 4" is not an English 72-hour hospital order).
* Any other such term is rewritten as before (what "capacity" or "attorney" means holds there
  too), with the check's note as a warning, once for each term.

Words the caller chose for the entry are used all the same: a person has decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Glossary
    from .glossary.model import Entry

__all__ = ["left_for_the_nation", "nation_warnings"]


def left_for_the_nation(glossary: Glossary, entry: Entry, jurisdiction: str, choices: Mapping[str, object]) -> str | None:
    """Why a rewrite leaves ``entry``'s term alone for a reader in ``jurisdiction``, or None."""
    if entry.id in choices or entry.term in choices or not any(c.isdigit() for c in entry.term):
        return None
    note = glossary.holds_only_elsewhere(entry, jurisdiction)
    return f"{note} Its number may name another law there: say what applies in your own words." if note else None


def nation_warnings(glossary: Glossary, edits: Iterable[tuple[str, str]], jurisdiction: str) -> tuple[str, ...]:
    """The check's note on where a term holds, for each term rewritten (``edits`` as (old
    words, rule id) pairs) whose law holds only in another nation than ``jurisdiction``."""
    out: dict[str, None] = {}
    for old, rule in edits:
        entry = glossary.lookup(rule)
        note = glossary.holds_only_elsewhere(entry, jurisdiction) if entry is not None else None
        if note:
            out[f"“{old}”: {note}"] = None
    return tuple(out)
