"""Shared fixtures. Every test run uses its own empty cache folder, never the user's."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Set before jargonfree is imported anywhere, so no test touches ~/.cache.
os.environ.setdefault("JARGONFREE_CACHE_DIR", tempfile.mkdtemp(prefix="jargonfree-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]


#: The checks that flag words a reader may not know (the others flag sentences and privacy).
WORD_KINDS = ("jargon", "abbreviation", "uncommon")


def word_findings(text: str) -> list:
    """The findings of the word checks in ``text``, in text order."""
    from jargonfree import check  # here, so the cache folder above is set first

    return [f for f in check(text).findings if f.kind in WORD_KINDS]


def flagged(text: str) -> list[str]:
    """The words that the word checks flag in ``text``."""
    return [f.text for f in word_findings(text)]


def jargon_at(text: str, term: str) -> bool:
    """True if a glossary finding (kind "jargon") covers any of the first ``term`` in ``text``."""
    from jargonfree import check

    start = text.index(term)
    end = start + len(term)
    return any(f.start < end and start < f.end for f in check(text).findings if f.kind == "jargon")


def texts_of_rule(text: str, rule: str) -> list[str]:
    """The strings in ``text`` that findings of ``rule`` cover, in text order."""
    from jargonfree import check

    return [f.text for f in check(text).findings if f.rule == rule]


def flagged_rules(text: str) -> dict[str, str]:
    """What the word checks flag in ``text``, each with the rule that flags it."""
    return {f.text: f.rule for f in word_findings(text)}


def rules(text: str) -> list[str]:
    """The rules of what the word checks flag in ``text``, in text order."""
    return [f.rule for f in word_findings(text)]


def skipped_reasons(text: str) -> list[str]:
    """Why the rewrite of ``text`` left each term it did not change, in text order."""
    from jargonfree import rewrite

    return [reason for _, reason in rewrite(text).skipped]


def section_references(text: str) -> list[str]:
    """The parts of a law (sections, schedules, regulations ...) flagged in ``text``, in text order."""
    from jargonfree import check

    return [f.text for f in check(text).findings if f.rule == "legal/section-reference"]


# Property tests explore new random inputs on a developer's machine; in CI they replay a fixed
# set, so a submission never fails on a case nobody has seen (set CI=true to get the same).
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


def failures(check, cases, name=str) -> list[str]:
    """Run ``check(case)`` on every case; return one line for each case that fails, named.

    A large table of cases (every glossary entry, every corpus passage) is one test that
    checks every case, not thousands of test items: pytest spends a few milliseconds on each
    item, more than most of these checks take. Each case still runs all its assertions, and
    a failing test names every failing case (``assert not failures(...), ...``)."""
    found = []
    for case in cases:
        try:
            check(case)
        except Exception as exc:  # noqa: BLE001 -- every failing case is named, not only the first
            message = str(exc) if isinstance(exc, AssertionError) else f"{type(exc).__name__}: {exc}"
            found.append(f"{name(case)}: {message}")
    return found


def report(found: list[str]) -> str:
    """The message of a failed table test: how many cases failed, then each one."""
    return f"{len(found)} failed:\n" + "\n".join(found)


def entries_by_file(entries) -> dict[str, list]:
    """Glossary entries grouped by the name of their file, in file order: a table test over every
    entry is one test item a file, so a failure names the file as well as each failing entry."""
    grouped: dict[str, list] = {}
    for entry in entries:
        grouped.setdefault(Path(entry.file).name, []).append(entry)
    return dict(sorted(grouped.items()))


def glossary_from_yaml(directory: Path, yaml_text: str, name: str = "g.yaml"):
    """Write YAML to ``directory/name`` and load it as the only glossary (no built-in entries)."""
    from jargonfree import load_glossary

    path = directory / name
    path.write_text(yaml_text, encoding="utf-8")
    return load_glossary(path, builtin=False)


@pytest.fixture
def make_glossary(tmp_path: Path):
    """Write YAML to a file and load it as the only glossary (no built-in entries)."""
    counter = iter(range(1000))

    def make(yaml_text: str, name: str | None = None):
        return glossary_from_yaml(tmp_path, yaml_text, name or f"g{next(counter)}.yaml")

    return make


# The built-in glossary, parsed and its forms derived once in a test process, not once a test.
# validate() and load_glossary() with user files parse the 13 built-in files and derive every
# form of their ~3,300 entries each time (about 3 s of CPU; the compiled cache is only for
# the built-in glossary alone). The validator's tests do that some 90 times over the same
# unchanged files. Both steps are pure: a file's parse depends on its bytes and the arguments,
# an entry's forms on the (frozen) entry.
_PARSED: dict = {}
_FORMS: dict = {}


@pytest.fixture
def builtin_glossary_parsed_once():
    """For the tests that ask for it (a module: ``pytestmark = pytest.mark.usefixtures(...)``): each
    unchanged built-in glossary file and the sources registry are parsed once (keyed by the path,
    modification time, size, the arguments and the size limit), and the forms of each entry
    object are derived once. User files are parsed every time."""
    from jargonfree.glossary import files, index, load, sources, validate

    builtin = files.builtin_dir().resolve()
    parse_file, forms, load_sources = load.parse_file, index.forms, sources.load_sources

    def parse_once(path, **options):
        path = Path(path)
        if not path.resolve().is_relative_to(builtin):
            return parse_file(path, **options)
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size, load.MAX_BYTES, tuple(sorted(options.items())))
        if key not in _PARSED:
            _PARSED[key] = parse_file(path, **options)
        return _PARSED[key]

    def forms_once(entry):
        kept = _FORMS.get(id(entry))
        if kept is None or kept[0] is not entry:  # the entry is kept too, so its id is never reused
            kept = _FORMS[id(entry)] = (entry, tuple(forms(entry)))
        return list(kept[1])

    def sources_once(path):
        path = Path(path)
        if not path.resolve().is_relative_to(builtin):
            return load_sources(path)
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key not in _PARSED:
            _PARSED[key] = load_sources(path)
        registry, problems = _PARSED[key]
        return dict(registry), list(problems)  # validate() adds its own problems to the list

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(load, "parse_file", parse_once)
        patch.setattr(sources, "load_sources", sources_once)
        patch.setattr(validate, "load_sources", sources_once)
        patch.setattr(index, "forms", forms_once)
        yield
