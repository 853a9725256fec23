"""Validate glossary files: every problem, with its file and line, in one run.

On top of what loading checks (fields, types, required values, YAML safety), this checks
the glossary as a whole:

* the same term or written form in two entries is an error, unless the entries are
  separate senses (a different ``jurisdiction`` or ``sense``);
* a plain alternative that is itself glossary jargon is an error (for ``replace`` and
  ``explain`` entries; an ``expand`` entry's plain words are the spelled-out form: see
  :mod:`.plain_words`);
* an entry's ``jurisdiction`` may not claim a nation that none of its sources' ``nations:``
  covers (an entry resting on England-only law is ``england``);
* an entry cites the page that states its facts: not a publisher's home page, and for a term
  that names a section of an Act, that section (see :mod:`.citations`), unless its
  ``source_note`` says why;
* a term named in ``related:`` must be a term of an entry (``explain`` links to it);
* an American spelling in the words a reader sees is a warning (see :mod:`.spelling`);
* an explanation above reading age 11 (Flesch-Kincaid grade + 5) or over 40 words is a warning;
* each ``flagged`` example must produce a finding for the entry and each ``not_flagged``
  example must not;
* each ``rewritten`` sentence must be what :func:`jargonfree.rewrite` makes of its ``flagged``
  example, so a contributor sees at review time what readers will get (these two run the
  examples: :mod:`.examples`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..folding import fold_term
from .build import combine, disable_problems, parse_all
from .citations import citation_problems, unaddressed
from .examples import example_problems, rewritten_problems
from .fieldlines import at_fields
from .files import EMPTY_FOLDER, builtin_dir, builtin_files, empty_folders, expand_paths
from .table import Glossary
from .duplicates import duplicates, separate_senses
from .problems import Problem, display_path
from .model import Entry
from .plain_words import plain_words_problems
from .sources import load_sources
from .spelling import spelling_problems

MAX_READING_AGE = 11.0
MAX_EXPLANATION_WORDS = 40


@dataclass
class Validation:
    """The outcome of :func:`validate`."""

    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    #: Entries loaded from the files validated (an entry with some errors is not loaded).
    entries: int = 0
    #: Entries written in those files, loaded or not, and how many of them have errors.
    entries_read: int = 0
    entries_with_errors: int = 0
    unreadable: bool = False

    @property
    def errors(self) -> list[Problem]:
        """Problems that must be fixed."""
        return [p for p in self.problems if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """Problems worth a look."""
        return [p for p in self.problems if p.level == "warning"]


def validate(paths: Iterable[str | Path] = (), *, builtin: bool = True, examples: bool = True) -> Validation:
    """Validate ``paths`` (files or folders) together with the built-in glossaries.

    With no paths, the built-in glossaries themselves are validated. Problems in the
    built-in files are only reported when they are among the files being validated.
    """
    paths = list(paths)
    wanted = expand_paths(paths)
    registry = builtin_dir() / "sources.yaml"
    sources, problems = load_sources(registry) if registry.is_file() else ({}, [])
    builtin_paths = builtin_files() if builtin else []
    targets = wanted if paths else builtin_paths
    files = list(dict.fromkeys([*builtin_paths, *wanted]))
    parsed = parse_all(files, set(builtin_paths), sources)
    result = Validation(files=[str(p) for p in targets])
    for folder in empty_folders(paths):
        result.unreadable = True
        problems.append(Problem(str(folder), 0, EMPTY_FOLDER))
    target_names = {str(p) for p in targets}
    builtin_names = {str(p) for p in builtin_paths}
    for item in parsed:
        if item.unreadable and item.path in target_names:
            result.unreadable = True
        problems.extend(item.problems)
    problems.extend(disable_problems(parsed))
    entries = combine(parsed)
    result.entries = sum(1 for e in entries if e.file in target_names)
    twice = duplicates(entries)
    problems.extend(twice)
    # Two entries for one term: that one message says what to fix. Their ids clash too, and
    # each one's examples find the other, which only adds noise until they are merged.
    clashing = {(p.path, p.line) for p in twice}
    problems.extend(p for p in _duplicate_ids(entries) if (p.path, p.line) not in clashing)
    problems.extend(_plural_twins([e for e in entries if e.file in target_names and e.file not in builtin_names]))
    glossary = Glossary(entries, sources, [str(p) for p in files])
    for entry in entries:
        if entry.file not in target_names:
            continue
        problems.extend(plain_words_problems(entry, glossary))
        problems.extend(_explanation(entry))
        problems.extend(Problem(entry.file, entry.line, message, "warning") for message in spelling_problems(entry))
        problems.extend(_nations(entry, glossary))
        problems.extend(_related(entry, glossary))
        problems.extend(Problem(entry.file, entry.line, message) for message in citation_problems(entry, glossary.sources))
        if entry.file not in builtin_names and (message := unaddressed(entry, glossary.sources)):
            problems.append(Problem(entry.file, entry.line, message, "warning"))
        if examples and (entry.file, entry.line) not in clashing:
            problems.extend(example_problems(entry, glossary))
            problems.extend(rewritten_problems(entry, glossary))
    given = {str(Path(p)) for p in paths}
    result.problems = [p for p in problems if p.path in target_names or p.path in given or p.path == str(registry)]
    result.problems = at_fields(result.problems, entries)
    result.problems.sort(key=lambda p: (p.path, p.line, p.level != "error"))
    starts = {item.path: item.entry_lines for item in parsed if item.path in target_names}
    result.entries_read = sum(len(lines) for lines in starts.values())
    result.entries_with_errors = len(_entries_of(result.errors, starts))
    return result


def _entries_of(problems: list[Problem], starts: dict[str, list[int]]) -> set[tuple[str, int]]:
    """The entries (file, line it starts on) that ``problems`` fall in; a problem above the first
    entry is about the file, not an entry."""
    from bisect import bisect_right

    found = set()
    for problem in problems:
        lines = starts.get(problem.path, [])
        index = bisect_right(lines, problem.line) - 1
        if index >= 0:
            found.add((problem.path, lines[index]))
    return found


def _nations(entry: Entry, glossary: Glossary) -> list[Problem]:
    """An entry may not claim a nation that none of its sources covers."""
    from ..nations import NATIONS, unsupported_nations

    cited = [glossary.sources[s].nations for s in entry.sources if s in glossary.sources]
    missing = unsupported_nations(entry.jurisdiction, cited)
    if not missing:
        return []
    covered = [label for label, nations in NATIONS.items() if nations == NATIONS[entry.jurisdiction] - missing]
    fix = f"label it '{covered[0]}'" if covered else "change its 'jurisdiction:'"
    where = " and ".join(n.replace("-", " ").title() for n in sorted(missing))
    return [
        Problem(
            entry.file,
            entry.line,
            f"'{entry.term}' is labelled '{entry.jurisdiction}' but none of its sources covers {where}: {fix}, "
            f"or cite a source that does (see 'nations:' in sources.yaml)",
        )
    ]


def _related(entry: Entry, glossary: Glossary) -> list[Problem]:
    """Each term in ``related:`` names an entry: ``jargonfree explain`` shows it as where to
    look, and a misspelt one silently linked nothing."""
    from ..explain_lookup import nearest_terms

    problems = []
    for term in entry.related:
        if glossary.senses(term):
            continue
        form_of = glossary.lookup(term)
        near = [form_of.term] if form_of else nearest_terms(glossary, term)[:1]
        hint = f"did you mean '{near[0]}'?" if near else "write the term as its entry has it ('jargonfree explain' finds it)"
        problems.append(Problem(entry.file, entry.line, f"'{term}' in 'related:' is not a term in the glossaries: {hint}"))
    return problems


def _plural_twins(entries: list[Entry]) -> list[Problem]:
    """A warning at a user's entry whose term is the plural of another of their entries ("pendant
    alarms" beside "pendant alarm"): one entry finds both. Not an error, and not for the built-in
    files, which hold some pairs on purpose (person and people take different plain words)."""
    by_term = {fold_term(e.term): e for e in entries}
    problems = []
    for entry in entries:
        term = fold_term(entry.term)
        for one in _singulars(term):
            other = by_term.get(one)
            if other is not None and other is not entry and not separate_senses(entry, other):
                problems.append(
                    Problem(
                        entry.file,
                        entry.line,
                        f"'{entry.term}' is the plural of '{other.term}' ({display_path(other.file)}:{other.line}), and that "
                        "entry finds the plural too: you can remove this one, or keep it if its words must differ",
                        "warning",
                    )
                )
                break
    return problems


def _singulars(term: str) -> list[str]:
    """What ``term`` may be the plural of: "alarms" -> "alarm", "boxes" -> "box", "bodies" -> "body"."""
    if not term.endswith("s") or term.endswith("ss"):
        return []
    found = [term[:-1]]
    if term.endswith("es"):
        found.append(term[:-2])
    if term.endswith("ies"):
        found.append(term[:-3] + "y")
    return found


def _duplicate_ids(entries: list[Entry]) -> list[Problem]:
    seen: dict[str, Entry] = {}
    problems: list[Problem] = []
    for entry in entries:
        other = seen.setdefault(entry.id, entry)
        if other is not entry:
            problems.append(
                Problem(
                    entry.file,
                    entry.line,
                    f"this entry has the same id '{entry.id}' as {display_path(other.file)}:{other.line}: give one of them a 'sense:' label",
                )
            )
    return problems


def _explanation(entry: Entry) -> list[Problem]:
    if not entry.explanation:
        return []
    from ..readability import score

    problems: list[Problem] = []
    words = len(entry.explanation.split())
    if words > MAX_EXPLANATION_WORDS:
        problems.append(
            Problem(entry.file, entry.line, f"the explanation of '{entry.term}' has {words} words: keep it under {MAX_EXPLANATION_WORDS}", "warning")
        )
    age = score(entry.explanation).reading_age
    if age > MAX_READING_AGE:
        problems.append(
            Problem(
                entry.file,
                entry.line,
                f"the explanation of '{entry.term}' needs a reading age of about {_age(age)}: use shorter words and "
                f"sentences to bring it to {MAX_READING_AGE:.0f} or under",
                "warning",
            )
        )
    return problems


def _age(age: float) -> str:
    """A reading age as a person reads it: whole years, but one decimal just above the limit,
    so "about 11" never reads as a fault against a limit of 11."""
    return f"{age:.0f}" if round(age) > MAX_READING_AGE else f"{age:.1f}"
