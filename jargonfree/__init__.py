"""jargonfree: find health and social-care jargon in public posts, explain it, score how
readable the text is and suggest plain-English rewrites.

>>> import jargonfree
>>> report = jargonfree.check("The AMHP will liaise with you.")
>>> [f.text for f in report.findings if f.kind == "jargon"]
['AMHP', 'liaise']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .checker import check
from .glossary import Entry, Glossary, GlossaryError, load_glossary
from .readability import Readability
from .report import Finding, Report
from .rewriter import Edit, Rewrite, rewrite
from .settings import Settings, SettingsError

__all__ = [
    "Edit",
    "Entry",
    "Finding",
    "Glossary",
    "GlossaryError",
    "Readability",
    "Report",
    "Rewrite",
    "Settings",
    "SettingsError",
    "__version__",
    "check",
    "load_glossary",
    "rewrite",
]
