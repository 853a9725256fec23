"""Building a glossary: parse the files, combine them, and cache the compiled result.

:func:`load_glossary` is the one way in; ``jargonfree glossary validate`` uses the same
steps (:func:`parse_all`, :func:`combine`, :func:`disable_problems`) to report every problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import cache
from ..folding import fold_term
from .derive import surfaces
from .duplicates import duplicates
from .files import EMPTY_FOLDER, builtin_dir, builtin_files, empty_folders, expand_paths, file_stamp
from .model import Entry, slug
from .packed import entry_fields
from .table import Glossary

if TYPE_CHECKING:
    from .load import ParsedFile
    from .problems import Problem
    from .sources import Source

CACHE_FORMAT = "glossary-9"  # 8: terms are folded with NFKC (full-width letters, ligatures); 9: adjective and adverb word families


class GlossaryError(Exception):
    """A glossary file cannot be used. ``problems`` lists every problem; ``str()`` is one line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.level == "error"] or problems
        more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''}: run '{_validate_command(errors)}')" if len(errors) > 1 else ""
        super().__init__(f"{errors[0]}{more}")


def _validate_command(problems: list[Problem]) -> str:
    """The command that lists ``problems``: 'jargonfree glossary validate' with the user's
    files named, as it validates only the built-in glossaries when given none."""
    import shlex

    from .problems import display_path

    builtin = builtin_dir().resolve()
    paths = dict.fromkeys(display_path(p.path) for p in problems if not Path(p.path).resolve().is_relative_to(builtin))
    return " ".join(["jargonfree glossary validate", *map(shlex.quote, paths)])


def parse_all(files: list[Path], builtin: set[Path], sources: dict[str, Source]) -> list[ParsedFile]:
    """Parse every file, applying the stricter built-in rules to the built-in ones."""
    from .load import parse_file

    known = frozenset(sources)
    return [parse_file(path, strict=path in builtin, known_sources=known) for path in files]


def combine(parsed: list[ParsedFile]) -> list[Entry]:
    """All entries, less the built-in ones that any file's ``disable:`` switches off."""
    disabled = {key for result in parsed for term in result.disable for key in (fold_term(term), term, slug(term))}
    entries: list[Entry] = []
    for result in parsed:
        for entry in result.entries:
            keys = {entry.id, fold_term(entry.term), *(fold_term(s) for s in surfaces(entry))}
            if result.disable or not (keys & disabled):
                entries.append(entry)
    return entries


def _user_duplicates(parsed: list[ParsedFile], builtin: set[Path]) -> list[Problem]:
    """An error for a term written twice in the user's own files: the second entry would be
    left out without a word, so a practitioner's edits to it would change nothing."""
    mine = [entry for result in parsed if Path(result.path) not in builtin for entry in result.entries]
    return duplicates(mine) if len(mine) > 1 else []


def disable_problems(parsed: list[ParsedFile]) -> list[Problem]:
    """An error for each ``disable:`` item that is no term, written form or id in any file:
    a typo would otherwise leave the term switched on without a word."""
    import difflib

    from .problems import Problem

    if not any(result.disable for result in parsed):
        return []
    known: set[str] = set()
    names: set[str] = set()
    for result in parsed:
        for entry in result.entries:
            known.update((entry.id, fold_term(entry.term), *(fold_term(s) for s in surfaces(entry))))
            names.update((entry.id, entry.term))
    problems: list[Problem] = []
    for result in parsed:
        for term, line in zip(result.disable, result.disable_lines or [1] * len(result.disable)):
            if {fold_term(term), term, slug(term)} & known:
                continue
            close = difflib.get_close_matches(term, sorted(names), n=1, cutoff=0.6)
            hint = f" Did you mean '{close[0]}'?" if close else " Use a term or an id as 'jargonfree glossary list' shows them."
            problems.append(Problem(result.path, line, f"'{term}' in 'disable:' is not a term or id in the glossaries.{hint}"))
    return problems


def _stamp(paths: list[Path]) -> str:
    from .. import __version__

    # The Entry fields too: cached entries are stored as rows of field values.
    parts = [CACHE_FORMAT, __version__, ",".join(entry_fields())]
    parts.extend(file_stamp(path) for path in paths)
    return "|".join(parts)


def load_glossary(*paths: str | Path, builtin: bool = True) -> Glossary:
    """The built-in glossaries (unless ``builtin=False``) plus the files or folders in ``paths``.

    A user file can add entries and switch built-in ones off with ``disable:``. Raises
    :class:`GlossaryError` if any file has an error. The compiled result is cached on disk
    and rebuilt when any file changes.
    """
    empty = empty_folders(paths)
    if empty:  # before the cache, whose key would be that of the files without the folder
        from .problems import Problem

        raise GlossaryError([Problem(str(folder), 0, EMPTY_FOLDER) for folder in empty])
    registry = builtin_dir() / "sources.yaml"
    builtin_paths = builtin_files() if builtin else []
    files = builtin_paths + expand_paths(paths)
    key = _stamp([registry, *files])

    def build() -> Glossary:
        from .sources import load_sources

        sources, problems = load_sources(registry) if registry.is_file() else ({}, [])
        parsed = parse_all(files, set(builtin_paths), sources)
        problems += [p for result in parsed for p in result.problems if p.level == "error"]
        problems += disable_problems(parsed)
        problems += _user_duplicates(parsed, set(builtin_paths))
        if problems:
            raise GlossaryError(problems)
        return Glossary(combine(parsed), sources, [str(p) for p in files])

    # zlib rather than hashlib: importing hashlib (OpenSSL) costs ~3 ms of every start-up,
    # and a clash of names only costs a rebuild (the key is checked on every read).
    from zlib import adler32, crc32

    joined = "|".join(str(p) for p in files).encode("utf-8", "surrogatepass")
    name = f"glossary-{crc32(joined):08x}{adler32(joined):08x}"
    # Stored as plain data (JSON and numbers), never pickled: see jargonfree.cache.
    return cache.load_or_build_blobs(name, key, lambda: build().to_blobs(), Glossary.from_blobs, verify=True)
