"""UK given names and surnames, from Faker's en_GB person provider (a maintained package,
not a hand list).

Loading Faker costs about 0.15 s, so the names are read from it once and kept in
jargonfree's on-disk cache (:mod:`jargonfree.cache`); later runs load them in well under
a millisecond, and nothing is loaded for a text that never needs a name. Given names that
are also ordinary English words ("Mark", "Grace", "Rose": lemminflect knows them as words)
or months ("June") are kept apart: on their own they are not taken as names.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec

from .. import cache

_FORMAT = "2"
# Month names are given names too ("June", "April"): on their own, they are dates.
_MONTHS = frozenset("january february march april may june july august september october november december".split())


@dataclass(frozen=True)
class Names:
    """Given names (``clear``: never an ordinary word; ``ordinary``: also a word) and surnames."""

    clear: frozenset[str]
    ordinary: frozenset[str]
    surnames: frozenset[str]

    @property
    def given(self) -> frozenset[str]:
        return self.clear | self.ordinary


def _source_file(package: str, *parts: str) -> str:
    spec = find_spec(package)  # a top-level package: found without importing it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the {package} package is needed for the list of names")
    return os.path.join(list(spec.submodule_search_locations)[0], *parts)


def _key() -> str:
    parts = [_FORMAT]
    for path in (_source_file("faker", "providers", "person", "en_GB", "__init__.py"), _source_file("lemminflect", "__init__.py")):
        st = os.stat(path)
        parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


def _build() -> tuple[bytes, bytes, bytes]:
    from faker.providers.person.en_GB import Provider
    from lemminflect import getAllLemmas

    given = set(Provider.first_names_male) | set(Provider.first_names_female)
    ordinary = {name for name in given if getAllLemmas(name.lower()) or name.lower() in _MONTHS}
    clear = given - ordinary
    surnames = set(Provider.last_names)
    return tuple("\n".join(sorted(group)).encode("utf-8") for group in (clear, ordinary, surnames))  # type: ignore[return-value]


def _wrap(blobs: tuple[cache.Blob, ...]) -> Names:
    if len(blobs) != 3:
        raise ValueError("not a names table")
    clear, ordinary, surnames = (frozenset(bytes(b).decode("utf-8").split("\n")) - {""} for b in blobs)
    if not clear or not surnames:
        raise ValueError("empty names table")
    return Names(clear, ordinary, surnames)


@lru_cache(maxsize=1)
def names() -> Names:
    """The names, loaded on first use (from the cache when it has them)."""
    return cache.load_or_build_blobs("uk-names", _key(), _build, _wrap)
