"""An office's letters after a person's full name: "Gareth Davies MS" (a Member of the Senedd),
"Jane Hutt AM" (an Assembly Member, the title before 2020). The letters are part of how the
person is named, not an abbreviation the reader needs spelt out, though the same letters stand
for something else elsewhere ("She was diagnosed with MS"). The letters are listed in
``data/titles_after_names.txt``; a name counts when a given name and a surname come just before
them (UK names from :mod:`jargonfree.privacy.names`), so "Living With MS" is no name.

Asked by :mod:`jargonfree.checks.abbreviation` before it flags letters whose glossary sense does
not fit the text.
"""

from __future__ import annotations

from .data import read_set
from .lazy_patterns import lazy_pattern
from .privacy.names import names

_TITLES = read_set("titles_after_names.txt")
# The two capitalised words just before the letters (a given name and a surname, which may be
# double-barrelled): "Gareth Davies ", "Dr Jane Anne Hutt-Smith " gives "Anne" and "Hutt-Smith".
_FULL_NAME_BEFORE = lazy_pattern(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?) $")


def title_after_a_name(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is an office's letters written straight after a person's full name."""
    if text[start:end] not in _TITLES:
        return False
    m = _FULL_NAME_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    known = names()
    return m.group(1) in known.given and (m.group(2) in known.surnames or m.group(2) not in known.given)
