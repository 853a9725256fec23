"""What a jargon finding says (:mod:`jargonfree.checks.jargon`): its message ("“commenced” may
not be clear to everyone: try “started”.", "Spell out “AMHP” the first time you use it: ...",
kinder words for respectful wording), the suggestions the rewrite could put in its place and the
reason it would not (:func:`advice`, kept for the same term in the same context), and whether the
advice is about the term's first use only (:func:`about_first_use`).
"""

from __future__ import annotations

from .. import suggest
from ..glossary.model import Entry
from ..memo import Memo

# How message_for() starts the advice that is about the first use only.
_FIRST_USE_ADVICE = ("Spell out ", "Explain ")


#: The glossary category of respectful wording: words that can hurt or label, not words a
#: reader cannot follow. Its findings keep the kind "jargon" (the public contract's kinds, and
#: what rewrite applies), and their rule ids name the category; the message says why.
RESPECTFUL = "respectful-language"


def message_for(entry: Entry, surface: str, suggestion: suggest.Suggestion | None) -> str:
    """The message of a finding of ``entry`` written ``surface``, with its first ``suggestion``."""
    if entry.category == RESPECTFUL:
        if suggestion is None:
            return f"“{surface}” can hurt or label the people you write about: choose kinder words."
        return f"“{surface}” can hurt or label the people you write about: try “{suggestion.text}”."
    if suggestion is None:
        return f"“{surface}” may not be clear to everyone: say what it means."
    if entry.rewrite == "expand" and not suggestion.gloss:
        return f"Spell out “{surface}” the first time you use it: “{suggestion.text}”."
    if suggestion.gloss:
        return f"Explain “{surface}” the first time you use it: “{suggestion.text}”."
    return f"“{surface}” may not be clear to everyone: try “{suggestion.text}”."


def about_first_use(text: str) -> bool:
    """True if the advice (made by :func:`message_for`) is about the first use only: spell out an
    abbreviation, or explain a term, once. Later uses are then the first finding's ``also_at``."""
    return text.startswith(_FIRST_USE_ADVICE)


Advice = tuple[tuple[suggest.Suggestion, ...], tuple[str, ...], str, "str | None"]


def _make_advice(key: tuple[Entry, suggest.Context]) -> Advice:
    """The suggestions (and their texts), message and reason not to rewrite for an entry's
    match in a context."""
    entry, context = key
    options, blocker = suggest.advise(entry, suggest.build(entry, *context))
    said = message_for(entry, context.surface, options[0] if options else None)
    return tuple(options), tuple(o.text for o in options), said, blocker


# (entry, context) -> its advice. The same term in the same context gets the same advice in
# every post, and a busy account uses the same terms again and again (see jargonfree.memo;
# making the advice afresh for every match costs about a tenth of check() on short posts).
_ADVICE: Memo[tuple[Entry, suggest.Context], Advice] = Memo(_make_advice, limit=20_000)


def advice(entry: Entry, context: suggest.Context) -> Advice:
    """The suggestions, their texts, the message and the reason not to rewrite (or None) for a
    match of ``entry`` in ``context``: made once for each entry and context, then kept."""
    return _ADVICE.get((entry, context))
