"""Where glossary files are: the built-in ones inside the package, and a user's files or folders."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Iterable


def builtin_dir() -> Path:
    """Where the built-in glossaries are: inside the installed package, or ``glossaries/`` in a checkout."""
    spec = importlib.util.find_spec("jargonfree.glossaries")
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location, "sources.yaml").is_file():
                return Path(location)
    return Path(__file__).resolve().parents[2] / "glossaries"


def builtin_files() -> list[Path]:
    """The built-in glossary files, sorted (``sources.yaml`` is the registry, not a glossary)."""
    return sorted(p.resolve() for p in builtin_dir().glob("*.yaml") if p.name != "sources.yaml")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders become the ``*.yaml`` and ``*.yml`` files inside them."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.exists():
            path = path.resolve()
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.name != "sources.yaml"))
        else:
            out.append(path)
    return out


def empty_folders(paths: Iterable[str | Path]) -> list[Path]:
    """The folders among ``paths`` with no glossary file in them: given by mistake, they would
    otherwise add nothing without a word (or validate the built-in glossaries instead)."""
    return [Path(raw) for raw in paths if Path(raw).is_dir() and not expand_paths([raw])]


EMPTY_FOLDER = "this folder has no glossary files (.yaml or .yml) in it: give the glossary file itself, or the folder it is in"


def file_stamp(path: Path) -> str:
    """What changes when ``path`` is edited: its full address, time of change and size, or
    "missing". Keys the glossary cache on disk, and the glossaries a process keeps loaded."""
    try:
        st = path.stat()
        return f"{path.resolve()}:{st.st_mtime_ns}:{st.st_size}"
    except OSError:
        return f"{path}:missing"
