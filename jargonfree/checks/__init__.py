"""The checks. Each is a pure function ``(Document, Glossary, Settings) -> list[Finding]``.

A check is one module in this package that defines ``check`` and says what its findings
are: ``KIND`` (the finding kind, also the name ``--only`` and ``--skip`` take), ``LABEL``
(how the text output names it), ``HEADING`` (how a page heads it), ``WHOLE_SENTENCE``
(its findings cover a whole sentence) and ``Memory`` (what it remembers from one chunk of a
long text to the next, a :class:`jargonfree.firstuse.Memory`, or None). To add a check, add
such a module and list it in :data:`REGISTERED`; everything below, and what
:mod:`jargonfree.stream` carries across chunks, is derived from that list.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Callable

from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from . import abbreviation, jargon, privacy, sentence, uncommon

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

Check = Callable[[Document, Glossary, "Settings"], list[Finding]]

#: The check modules, in priority order: where two findings cover the same words, the
#: earlier kind wins.
REGISTERED: tuple[ModuleType, ...] = (privacy, jargon, abbreviation, uncommon, sentence)

#: kind -> its check function, in priority order.
CHECKS: dict[str, Check] = {module.KIND: module.check for module in REGISTERED}

#: The finding kinds, in priority order: the names ``--only`` and ``--skip`` take.
KINDS: tuple[str, ...] = tuple(CHECKS)

#: kind -> how the text output names it.
LABELS: dict[str, str] = {module.KIND: module.LABEL for module in REGISTERED}

#: kind -> how a page heads it.
HEADINGS: dict[str, str] = {module.KIND: module.HEADING for module in REGISTERED}

#: Kinds whose findings cover a whole sentence or phrase and so never hide word findings.
SPAN_KINDS = frozenset(module.KIND for module in REGISTERED if module.WHOLE_SENTENCE)

__all__ = ["CHECKS", "HEADINGS", "KINDS", "LABELS", "REGISTERED", "SPAN_KINDS", "Check"]
