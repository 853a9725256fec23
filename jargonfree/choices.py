"""The options of :func:`jargonfree.rewrite` that :class:`~jargonfree.Settings` does not
hold, checked: ``choices`` against the glossary (a choice for an entry that does not exist
would otherwise be ignored without a word, so a typo in a rule id is an error that names it
and the id it is closest to; ``jargonfree rewrite --choose`` says the same), and ``max_length``."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .settings import SettingsError

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = ["checked_choices", "checked_max_length", "did_you_mean"]


def did_you_mean(word: str, known: list[str]) -> str:
    """`` (did you mean 'x'?)`` for the one of ``known`` closest to ``word``, or nothing."""
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def checked_choices(choices: object, glossary: Glossary) -> Mapping[str, str | int]:
    """``choices`` (None, or a mapping of a rule id or term to the words or the index of the
    plain words chosen) if every key names an entry of ``glossary``; else :class:`SettingsError`."""
    if choices is None:
        return {}
    if not isinstance(choices, Mapping):
        raise SettingsError(f"choices must map a rule id to the words chosen, such as {{'officialese/commence': 'start'}}, not {choices!r}")
    for rule, words in choices.items():
        if not isinstance(rule, str) or isinstance(words, bool) or not isinstance(words, (str, int)):
            raise SettingsError(f"choices must map a rule id (text) to the words chosen (text) or their number, not {rule!r}: {words!r}")
        if glossary.lookup(rule) is None:
            known = [e.id for e in glossary] + [e.term for e in glossary]
            raise SettingsError(f"choices: no glossary entry {rule!r}{did_you_mean(rule, known)}")
    return choices


def checked_max_length(max_length: object) -> int | None:
    """``max_length`` as a number of characters (None for no limit), or :class:`SettingsError`."""
    if max_length is None:
        return None
    if isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1:
        raise SettingsError(f"max_length must be a whole number of characters above 0, not {max_length!r}")
    return max_length
