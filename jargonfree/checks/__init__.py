"""The checks. Each is a pure function ``(Document, Glossary, Settings) -> list[Finding]``.

To add a check, add a module with a ``check`` function and register it in :data:`CHECKS`
(the key is the finding kind, also used by ``--only`` and ``--skip``).
"""

from __future__ import annotations

from typing import Callable

from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..settings import Settings
from . import abbreviation, jargon, privacy, sentence, uncommon

Check = Callable[[Document, Glossary, Settings], list[Finding]]

#: In priority order: where two findings cover the same words, the earlier kind wins.
CHECKS: dict[str, Check] = {
    "privacy": privacy.check,
    "jargon": jargon.check,
    "abbreviation": abbreviation.check,
    "uncommon": uncommon.check,
    "sentence": sentence.check,
}

#: Kinds whose findings cover a whole sentence or phrase and so never hide word findings.
SPAN_KINDS = frozenset({"sentence"})

__all__ = ["CHECKS", "SPAN_KINDS", "Check"]
