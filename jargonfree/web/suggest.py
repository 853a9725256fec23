""""Suggest a term": the form's fields become a glossary entry in YAML, checked by the same
validator as ``jargonfree glossary validate``, with each problem put beside its field."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

from ..glossary.validate import validate
from ..lazy_patterns import lazy_pattern

#: The form's fields, in the order an entry lists them. ``plain`` takes one alternative a line.
FIELDS = ("term", "plain", "explanation", "source", "flagged", "not_flagged")
FILE_NAME = "suggested-term.yaml"
_KEY = lazy_pattern(r"^(?:- |  )([a-z_]+):")


def entry_from_form(form: dict[str, Any]) -> dict[str, object]:
    """The entry as a mapping: empty fields left out, several plain words as a list."""
    entry: dict[str, object] = {}
    for name in FIELDS:
        value = form.get(name)
        if not isinstance(value, str) or not value.strip():
            continue
        if name == "plain":
            words = [w.strip() for w in value.splitlines() if w.strip()]
            entry[name] = words[0] if len(words) == 1 else words
        else:
            entry[name] = " ".join(value.split())
    return entry


def to_yaml(entry: dict[str, object]) -> str:
    """The YAML file a contributor can save or paste, in the glossaries' layout."""
    return yaml.safe_dump({"entries": [entry]}, sort_keys=False, allow_unicode=True, default_flow_style=False, width=10_000)


def _field_lines(text: str) -> list[tuple[int, str]]:
    """``(line, field)`` for each field of the entry, in file order."""
    return [(n, m.group(1)) for n, line in enumerate(text.splitlines(), 1) if (m := _KEY.match(line))]


# Words of the validator's messages that name a field without quoting it.
_NAMED_BY = (("plain words", "plain"), ("explanation", "explanation"), ("example", "flagged"))


def field_of(line: int, message: str, lines: list[tuple[int, str]]) -> str | None:
    """The form field a problem is about: one the message names, else the one on its line."""
    for name in FIELDS:
        if f"'{name}'" in message or f"'{name}:'" in message:
            return name
    for words, name in _NAMED_BY:
        if words in message:
            return name
    at = [name for n, name in lines if n <= line]
    found = at[-1] if at else None
    return found if found in FIELDS else None


def check_suggestion(form: dict[str, Any]) -> dict[str, object]:
    """The YAML for the form and every problem the validator finds, each with its field
    (None for the entry as a whole); ``ok`` when there is no error."""
    entry = entry_from_form(form)
    text = to_yaml(entry)
    with tempfile.TemporaryDirectory(prefix="jargonfree-suggest-") as folder:
        path = Path(folder) / FILE_NAME
        path.write_text(text, encoding="utf-8")
        result = validate([path])
    lines = _field_lines(text)
    problems = [
        {"field": field_of(p.line, p.message, lines), "level": p.level, "message": for_the_form(p.message)}
        for p in result.problems
    ]
    return {
        "yaml": text,
        "file_name": FILE_NAME,
        "problems": problems,
        "ok": not any(p["level"] == "error" for p in problems),
    }


# The validator's advice for a user's own file that repeats a built-in term ("add 'disable: [...]'
# at the top of this file"): a suggestion is for the built-in glossary itself, so it has no file
# to switch the built-in entry off in.
_BUILT_IN_ADVICE = lazy_pattern(r"^('[^']*' is also a built-in entry \([^)]*\)): to use yours instead, .*$")


def for_the_form(message: str) -> str:
    """The validator's ``message`` in the words that fit someone suggesting a term on the page."""
    built_in = _BUILT_IN_ADVICE.match(message)
    if built_in is None:
        return message
    return f"{built_in.group(1)}: it is already in the glossary. To change it, say what is wrong with it, or give yours a different 'sense:' or 'jurisdiction:'"
