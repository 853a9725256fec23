"""The options of :func:`jargonfree.rewrite` that :class:`~jargonfree.Settings` does not
hold, checked: ``choices`` against the glossary (a choice for an entry that does not exist,
or words the entry does not offer, would otherwise be ignored without a word, so a typo is an
error that names it and what it is closest to; ``jargonfree rewrite --choose`` says the same),
and ``max_length``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .inflect import chosen_plain_words
from .settings import SettingsError, did_you_mean

if TYPE_CHECKING:
    from .glossary import Glossary
    from .glossary.model import Entry

__all__ = ["checked_choices", "checked_max_length"]


def checked_choices(choices: object, glossary: Glossary) -> Mapping[str, str | int]:
    """``choices`` (None, or a mapping of a rule id or term to the words or the index of the
    plain words chosen) if every key names an entry of ``glossary`` and every value is words
    that entry offers (in any form or case) or their number; else :class:`SettingsError`."""
    if choices is None:
        return {}
    if not isinstance(choices, Mapping):
        raise SettingsError(f"choices must map a rule id to the words chosen, such as {{'officialese/commence': 'start'}}, not {choices!r}")
    for rule, words in choices.items():
        if not isinstance(rule, str) or isinstance(words, bool) or not isinstance(words, (str, int)):
            raise SettingsError(f"choices must map a rule id (text) to the words chosen (text) or their number, not {rule!r}: {words!r}")
        entry = glossary.lookup(rule)
        if entry is None:
            known = [e.id for e in glossary] + [e.term for e in glossary]
            raise SettingsError(f"choices: no glossary entry {rule!r}{did_you_mean(rule, known)}")
        _check_words(entry, words)
    return choices


def _check_words(entry: Entry, words: str | int) -> None:
    """:class:`SettingsError` unless ``words`` are plain words ``entry`` offers, in any form or case
    ("started" and "Start" are "start"; "restart" is not), or number one of its replacements. The
    rewrite picks the option the same way (:func:`~jargonfree.inflect.chosen_plain_words`)."""
    if isinstance(words, int):
        count = len(entry.replacements)
        if not 0 <= words < count:
            numbered = f"its plain words are numbered 0 to {count - 1}" if count else "it has no plain words to put in its place"
            raise SettingsError(f"choices: choice {words} for {entry.id}: {numbered}")
        return
    offered = [*entry.plain, *entry.in_brackets]
    if chosen_plain_words(words, offered) is None:
        listed = "; ".join(offered) or "none"
        raise SettingsError(f"choices: {words!r} is not one of the plain words of {entry.id} ({listed}){did_you_mean(words, offered)}")


def checked_max_length(max_length: object) -> int | None:
    """``max_length`` as a number of characters (None for no limit), or :class:`SettingsError`."""
    if max_length is None:
        return None
    if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
        raise SettingsError(f"max_length must be a whole number of characters above 0, not {max_length!r}")
    return max_length
