"""Configuration files: ``.jargonfree.toml`` or ``[tool.jargonfree]`` in ``pyproject.toml``.

The command line looks for one from the checked file's folder upwards: in each folder, a
``.jargonfree.toml`` first, then a ``pyproject.toml`` that has a ``[tool.jargonfree]`` table
(one without it is passed over, as other tools do). The first one found is used; options
given on the command line win over it. Standard input uses the current folder.

A file (every key may be left out)::

    audience = "public"            # or "professional"
    jurisdiction = "england-wales"
    max-reading-age = 9
    fail-level = "warning"         # error, warning or info
    glossaries = ["our-terms.yaml"]  # relative to the file's folder
    only = ["jargon"]              # or skip = ["uncommon"]
    allow-terms = ["Care Navigator"]           # the organisation's own words: never flagged
    allow-contacts = ["0300 123 4567", "@our-trust.nhs.uk"]  # never flagged as private
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["CONFIG_NAMES", "Config", "ConfigError", "find_config", "load_config"]

#: The file names looked for in each folder, in this order.
CONFIG_NAMES = (".jargonfree.toml", "pyproject.toml")

_LISTS = ("glossaries", "only", "skip", "allow-terms", "allow-contacts")
_STRINGS = ("audience", "jurisdiction", "fail-level")
_NUMBERS = ("max-reading-age",)
KEYS = (*_STRINGS, *_NUMBERS, *_LISTS)


class ConfigError(ValueError):
    """A configuration file that cannot be used: says which file and what to fix."""


@dataclass(frozen=True)
class Config:
    """Settings read from one file (empty when there is none). Keys as in the file, with
    ``-`` written ``_``; glossary paths made absolute from the file's folder."""

    path: str | None = None
    audience: str | None = None
    jurisdiction: str | None = None
    fail_level: str | None = None
    max_reading_age: float | None = None
    glossaries: tuple[str, ...] = ()
    only: tuple[str, ...] = ()
    skip: tuple[str, ...] = ()
    allow_terms: tuple[str, ...] = ()
    allow_contacts: tuple[str, ...] = field(default_factory=tuple)


def find_config(start: str) -> str | None:
    """The configuration file that applies to ``start`` (a file or folder), or None."""
    folder = os.path.abspath(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    return _find_in(folder)


@lru_cache(maxsize=256)
def _find_in(folder: str) -> str | None:
    for name in CONFIG_NAMES:
        path = os.path.join(folder, name)
        if os.path.isfile(path) and (name != "pyproject.toml" or _has_table(path)):
            return path
    parent = os.path.dirname(folder)
    return None if parent == folder else _find_in(parent)


def _has_table(path: str) -> bool:
    try:
        data = _read(path)
    except ConfigError:
        return True  # broken: report it when it is loaded rather than skip it silently
    tool = data.get("tool")
    return isinstance(tool, dict) and "jargonfree" in tool


def _read(path: str) -> dict[str, object]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        hint = ' (words go in quotes: audience = "public")' if str(exc).startswith("Invalid value") else ""
        raise ConfigError(f"{path}: not valid TOML: {exc}{hint}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text: save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it: {exc.strerror or exc}") from None


@lru_cache(maxsize=64)
def load_config(path: str | None) -> Config:
    """The :class:`Config` in ``path`` (None gives the empty one); :class:`ConfigError` if a
    key is unknown or a value has the wrong type."""
    if path is None:
        return Config()
    data = _read(path)
    where = path
    if os.path.basename(path) == "pyproject.toml":
        data = data.get("tool", {}).get("jargonfree", {})  # type: ignore[attr-defined]
        where = f"{path} [tool.jargonfree]"
        if not isinstance(data, dict):
            raise ConfigError(f"{where}: must be a table of settings")
    values: dict[str, object] = {"path": path}
    folder = os.path.dirname(os.path.abspath(path))
    problems: list[str] = []  # every bad key or value, so that one run shows them all
    for key, value in data.items():
        try:
            values[key.replace("-", "_")] = _setting(path, where, folder, key, value)
        except ConfigError as exc:
            problems.append(str(exc))
    if problems:
        raise ConfigError("; and ".join(problems))  # one line, as every error of the command line is
    return Config(**values)  # type: ignore[arg-type]


def _setting(path: str, where: str, folder: str, key: str, value: object) -> object:
    """The checked value of one ``key`` of the file, or :class:`ConfigError` naming where it is."""
    at = f"{where}{_line(path, key)}"
    if key not in KEYS:
        from .settings import did_you_mean

        hint = did_you_mean(key, KEYS) or f"; known keys: {', '.join(KEYS)}"
        raise ConfigError(f"{at}: unknown key {key!r}{hint}")
    checked = _value(at, key, value)
    if key == "glossaries":
        checked = tuple(os.path.join(folder, g) for g in checked)  # type: ignore[attr-defined]
    _usable(at, key, checked)
    return checked


def _line(path: str, key: str) -> str:
    """``, line N`` for the line of ``path`` that sets ``key`` (in ``[tool.jargonfree]`` for a
    pyproject.toml), or opens a top-level table of that name, or nothing if it cannot be told
    (tomllib gives no lines for values)."""
    import re

    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    sets = re.compile(r"\s*(?:{0}|\"{0}\"|'{0}')\s*=".format(re.escape(key)))
    table = None if os.path.basename(path) == "pyproject.toml" else ""
    for number, line in enumerate(lines, 1):
        header = re.match(r"\s*\[\s*([^\]]*?)\s*\]", line)
        if header and not line.lstrip().startswith("[["):
            if table == "" and header.group(1).replace(" ", "") == key:
                return f", line {number}"  # a table of that name at the top level: "[jargonfree]"
            table = header.group(1).replace(" ", "")
        elif table in ("", "tool.jargonfree") and sets.match(line):
            return f", line {number}"
    return ""


def _usable(at: str, key: str, value: object) -> None:
    """:class:`ConfigError` if ``value``, of the right type, is not one the check can use (an
    audience, jurisdiction, fail level or check that does not exist, a reading age out of
    range, a glossary that is not there): the message names the file, the line and the key."""
    if key == "allow-terms":
        return
    if key == "glossaries":
        for glossary in value:  # type: ignore[attr-defined]
            if not os.path.exists(glossary):
                raise ConfigError(f"{at}: glossaries: there is no file or folder {glossary} (paths are relative to this file)")
        return
    from .settings import Settings, SettingsError

    field_name = key.replace("-", "_")
    try:
        if key == "audience":
            Settings.for_audience(value)  # type: ignore[arg-type]
        else:
            Settings.for_audience("public", **{field_name: frozenset(value) if isinstance(value, tuple) else value})
    except SettingsError as exc:
        raise ConfigError(f"{at}: {key}: {exc}") from None


def _value(where: str, key: str, value: object) -> object:
    if key in _STRINGS:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {key} must be text in quotes, not {value!r}")
        return value
    if key in _NUMBERS:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: {key} must be a number, not {value!r}")
        return float(value)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key} must be a list of texts in quotes, like [\"a\", \"b\"], not {value!r}")
    return tuple(v.strip() for v in value)
