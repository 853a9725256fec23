"""A problem in a glossary file, with its line, and the collector the loader fills."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Something to fix in a glossary file."""

    path: str
    line: int
    message: str
    level: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{display_path(self.path)}:{self.line}" if self.line else display_path(self.path)  # no line: the whole file
        return f"{where}: {self.level}: {self.message}"


def display_path(path: str) -> str:
    """``path`` relative to the current folder when it is inside it, as a person would type it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


class Reporter:
    """Collects the problems of one file, each with its line."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, "warning"))
