"""Redaction: replace what the confidentiality guard found with a marker such as
``[name removed]``, and say what was replaced.

Only what a privacy rule with a marker finds is replaced (boundaries are about the writer,
not a detail to cut). Everything else in the text is left exactly as it was, and
redacting a redacted text changes nothing (the markers are never found again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import privacy
from .rewriter import Edit


@dataclass(frozen=True)
class Redaction:
    """The result of :func:`redact`: the new text and each replacement, in text order.

    Each :class:`~jargonfree.Edit` gives offsets into the original text, the words taken
    out (``old``), the marker put in (``new``) and the privacy rule that found them.
    """

    text: str
    edits: tuple[Edit, ...]

    @property
    def changed(self) -> bool:
        """True if anything was replaced."""
        return bool(self.edits)


def redact(text: str, *, allow_contacts: Iterable[str] | str = ()) -> Redaction:
    """Replace personal details in ``text`` with markers such as ``[name removed]``.

    ``allow_contacts`` are the organisation's own phone numbers and email addresses, which
    stay. Never changes anything else in the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"redact() needs text (str), not {type(text).__name__}")
    from .settings import Settings

    allow = Settings(allow_contacts=allow_contacts).allow_contacts if allow_contacts else frozenset()
    edits = []
    for hit in privacy.find(text, allow):
        marker = privacy.RULES[hit.rule].marker
        if marker:
            edits.append(Edit(hit.start, hit.end, text[hit.start : hit.end], marker, hit.rule))
    if not edits:
        return Redaction(text, ())
    pieces, last = [], 0
    for e in edits:
        pieces += [text[last : e.start], e.new]
        last = e.end
    pieces.append(text[last:])
    return Redaction("".join(pieces), tuple(edits))
