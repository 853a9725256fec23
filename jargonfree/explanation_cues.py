"""Which ways of explaining a term a text could hold at all: a few substring tests of the whole
text (:func:`cues`), so a term skips the tests whose words are not there.

Worked out once a text, as :attr:`jargonfree.document.Document.cues`, for every check that
looks for an explanation near a term (the jargon check for each glossary match, the uncommon-word
check for a rare word); :mod:`jargonfree.nearby_explanations` reads them.
"""

from __future__ import annotations

from typing import NamedTuple
from .lazy_patterns import lazy_pattern

# A short form after "A", "An" or "The", as a next sentence that explains a term opens with it
# (later_explanations._GLOSS_NEXT): "A CPO is ...", "The SAB's purpose is ...". The one cue
# that is not a substring test: "A" and "The" alone open most texts. (Two patterns, each
# opening with its own letters: the engine jumps from one "A", or one "The", to the next, where
# a pattern opening with a choice of words tries the choice at every character, which cost more
# than all the substring tests together.)
_SHORT_FORM_AFTER_A = lazy_pattern(r"An?\s+[A-Z]{2,6}(?:\s|['\u2019]s)")
_SHORT_FORM_AFTER_THE = lazy_pattern(r"The\s+[A-Z]{2,6}(?:\s|['\u2019]s)")


class Cues(NamedTuple):
    """Which ways of explaining a term nearby a text could hold at all, from a few substring
    tests of the whole text (see :func:`cues`): a term skips the tests whose words are not there."""

    named: bool  # "known as", "call(ed)", "referred to (in this section) as", "termed", "known by ... as", "aka" (named_explanations.named_after_explanation)
    glossed: bool  # ", which means", ", meaning", ", that is", "this means", ": the principle being" (explained_after_noun, explained_by_meaning_after)
    which: bool  # "which": ", which is", ", which are", "(PEP) which will" (explained_by_which)
    who: bool  # "who" (explained_by_who: "who" after a space or comma, then any white space)
    does: bool  # "whose", "drawn", "place", "set", "to see", "to make sure" and the like (explained_by_what_it_does)
    bracketed: bool  # "(" (noun_explained_in_brackets)
    next_sentence: bool  # "This", "That", "They", "These", "He or she", "It", "Such a"; "A", "An", "The" before a short form (explained_next)
    asked: bool  # "?", or "what" in a heading (asked_about)
    renamed: bool  # ", or " (renamed_after_or)
    examples: bool  # "such as", "including", "for example", "e.g." (followed_by_examples)
    parts: bool  # "made up of", "consist(s) of", "compris", "group of", "with a mix of", "with members from" (explained_by_its_parts)
    # As lists and glossaries write them: a colon, a dash or "stands for" (spelt_out_after,
    # heads_a_gloss), a line break (spelt_out_after, heads_a_glossary_entry).
    colon_or_dash: bool  # ":", "-", "\u2013", "\u2014" (heads_a_gloss)
    stands_for: bool  # ":", "stands for" (spelt_out_after; at the start of a line, :attr:`lines`)
    lines: bool  # a line break (heads_a_glossary_entry; spelt_out_after at a line start)


def cues(text: str) -> Cues:
    """The :class:`Cues` of ``text``: each is False only where its test cannot succeed anywhere.

    A test of one character is much quicker than a test of a word, so a cue whose every
    form holds a comma, a colon or a line break asks for that character first."""
    lower = text.lower()
    comma, colon, lines = "," in text, ":" in text, "\n" in text
    dash = "-" in text or "\u2013" in text or "\u2014" in text
    return Cues(
        named="call" in lower or "known as" in lower or "referred to" in lower or "termed" in lower
        # "known by doctors as", "referred to by professionals as", "(AKA ...)" (session 26).
        or " by " in lower and ("known" in lower or "referred to" in lower) or "aka " in lower or "a.k.a" in lower,
        # Every opener holds a comma, a colon or a dash (GLOSS_OPENERS).
        glossed=(comma or colon or dash) and ("mean" in text or ", that is" in text or "in other words" in text or ", i" in text or "le being " in text or "idea being " in text)
        or " means " in text and ("and means" in text or "ly means" in text),  # "it is a ... order and basically means that ..." 
        # (", which", " - which", " which is a": _WHICH_SAYS)
        which="which" in text and (comma or dash or " which is a" in text or " which are a" in text or ") which will " in text),
        who="who" in text,
        # What it is for: "whose job", "drawn up / put in place / set up to", "to see / check / find
        # out / work out / decide", "which is run / delivered / provided / funded / offered / set up".
        does="whose" in lower or "drawn" in lower or "place" in lower or "set" in lower
        or any(verb in lower for verb in ("see", "check", "find", "work", "decide", "sure"))  # ("sure": "to make sure", "to ensure")
        or ("which" in lower and any(word in lower for word in ("run", "deliver", "provid", "fund", "offer"))),
        bracketed="(" in text,
        next_sentence="This" in text or "That" in text or "They" in text or "These" in text or "He or she" in text
        or "It" in text  # "It means", "It is", "Its purpose is" (no bracket needed before "Its")
        or "Such a" in text  # "... for a Compulsory Treatment Order. Such an order can authorise ..." 
        # "... (CPO). A CPO is ...", "... a CPO. A CPO is ...", "... the SAB. The SAB's purpose is ...".
        or _SHORT_FORM_AFTER_A.search(text) is not None
        or _SHORT_FORM_AFTER_THE.search(text) is not None,
        # "What is ...?"; a heading that asks ends its line.
        asked="?" in text or (lines and "what" in lower),
        renamed=comma and ", or " in text,
        examples="such as" in lower or "including" in lower or "for example" in lower or "e.g" in lower or " eg " in lower,
        parts="made up of" in lower or "consist" in lower or "compris" in lower or "group of" in lower or "with a mix" in lower or "combination of" in lower
        or "members from" in lower or "members drawn from" in lower,
        colon_or_dash=colon or dash,
        stands_for=colon or "tand" in lower,  # (not "stands": a case-blind "s" also matches "\u017f")
        lines=lines,
    )
