"""A short form in brackets after a long capitalised name that the window of Schwartz-Hearst
(:mod:`jargonfree.definitions`) cannot take in: "Cheshire and Wirral Partnership NHS Foundation
Trust (CWP)", a long list of organisations each with its short form. Moved out of definitions
(session 13: a module over about 300 lines needs a reason, issue 17).
"""

from __future__ import annotations

import re
from typing import Sequence

from .sentences import sentence_at
from .spans import Span

#: Small words a long form may leave out of its initials ("Children in Care Council" for CiCC).
SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "with", "a", "an", "&"})

#: How many capitalised words may follow the ones an organisation's short form spells ("NHS
#: Foundation Trust" after "Cheshire and Wirral Partnership" for CWP).
NAME_TAIL_WORDS = 3


def named_before(text: str, sentences: Sequence[Span], short: str, at: int, word: re.Pattern[str]) -> Span | None:
    """The span of the capitalised name just before the bracket at ``at`` whose initials the
    short form gives, for a name the window of Schwartz-Hearst cannot take in: its first words
    spell the short form and a few more capitalised words end it ("Cheshire and Wirral
    Partnership NHS Foundation Trust (CWP)"), or its initials are the short form's letters in
    another order, as a writer may slip ("Betsi Cadwaladr University Health Board (BCHUB)").
    Small words ("and", "of") may stand between; None if no such name stands there."""
    sentence_start = sentence_at(sentences, at, len(text))[0]
    words = list(word.finditer(text, sentence_start, at))
    name: list[re.Match[str]] = []
    for w in reversed(words):  # the run of capitalised (and small) words that ends at the bracket
        joined = not name or not text[w.end() : name[-1].start()].strip()  # no comma or bracket between
        if joined and (w.group()[0].isupper() or w.group().lower() in SMALL_WORDS):
            name.append(w)
        else:
            break
    name.reverse()
    while name and name[0].group().lower() in SMALL_WORDS:
        name.pop(0)
    if text[name[-1].end() if name else at : at].strip() if name else True:
        return None  # nothing but a space may stand between the name and its bracket
    initials = [w.group()[0].upper() for w in name if w.group().lower() not in SMALL_WORDS]
    if initials[: len(short)] == list(short) and len(initials) - len(short) <= NAME_TAIL_WORDS:
        return name[0].start(), name[-1].end()
    if len(short) >= 4 and sorted(initials) == sorted(short):
        return name[0].start(), name[-1].end()
    return None
