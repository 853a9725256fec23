"""jargonfree: find health and social-care jargon in public posts, explain it, score how
readable the text is and suggest plain-English rewrites.

>>> import jargonfree
>>> report = jargonfree.check("The AMHP will liaise with you.")
>>> [f.text for f in report.findings if f.kind == "jargon"]
['AMHP', 'liaise']
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

# Public names, imported when first used (PEP 562): the command line starts faster when
# `jargonfree check` does not load the rewriter, and the other way round.
_WHERE = {
    "check": "checker",
    "Entry": "glossary",
    "Glossary": "glossary",
    "GlossaryError": "glossary",
    "load_glossary": "glossary",
    "Readability": "readability",
    "Redaction": "redaction",
    "redact": "redaction",
    "Finding": "report",
    "Report": "report",
    "Edit": "rewriter",
    "Rewrite": "rewriter",
    "rewrite": "rewriter",
    "Settings": "settings",
    "SettingsError": "settings",
}

if TYPE_CHECKING:
    from .checker import check
    from .glossary import Entry, Glossary, GlossaryError, load_glossary
    from .readability import Readability
    from .redaction import Redaction, redact
    from .report import Finding, Report
    from .rewriter import Edit, Rewrite, rewrite
    from .settings import Settings, SettingsError


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'jargonfree' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Edit",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryError",
    "Readability",
    "Redaction",
    "Report",
    "Rewrite",
    "Settings",
    "SettingsError",
    "__version__",
    "check",
    "load_glossary",
    "redact",
    "rewrite",
]
