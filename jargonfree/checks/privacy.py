"""Privacy: what in a public post could show who a person who uses services is.

The finding itself is made by :mod:`jargonfree.privacy` (identifiers such as NHS, CHI and
National Insurance numbers, dates of birth, postcodes, personal phone numbers and email
addresses, case numbers). Privacy findings are never rewritten automatically: take the
detail out, or use ``jargonfree.redact``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import privacy
from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "privacy"
#: How the text output names a finding of this kind.
LABEL = "PRIVACY"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Private information"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = False
#: What this check remembers from one chunk of a long text to the next: nothing
#: (see :mod:`jargonfree.firstuse`).
Memory = None


_LINK = lazy_pattern(r"https?://|www\.|`|\]\(", re.I)
_NO_REWRITE = "personal details are never rewritten automatically: take them out, or use redact"


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Each privacy hit as a finding, with what it is and why it matters."""
    text = doc.text
    findings: list[Finding] = []
    for hit in privacy.find(text, settings.allow_contacts, doc.tokens):
        if _in_link(doc, hit.start, hit.end):
            continue
        rule = privacy.RULES[hit.rule]
        findings.append(
            Finding(
                start=hit.start,
                end=hit.end,
                text=text[hit.start : hit.end],
                kind=KIND,
                rule=rule.id,
                message=rule.message,
                severity=rule.severity,
                no_rewrite_reason=_NO_REWRITE,
            )
        )
    return findings


def _in_link(doc: Document, start: int, end: int) -> bool:
    """True inside a web address or code, where a number is not about a person. (Email
    addresses and quotations are protected from rewriting, not from this check.)"""
    if not doc.protected or not doc.is_protected(start, end):
        return False
    return any(s < end and start < e and _LINK.match(doc.text, s) for s, e in doc.protected)
