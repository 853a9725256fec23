"""Privacy: personal identifiers that should never be in a public post.

NHS numbers (ten digits that pass the NHS modulus 11 check), National Insurance numbers,
and dates of birth written after "DOB" or "date of birth". Phone numbers and email
addresses are left alone: services rightly publish their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..settings import Settings



@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """NHS number, NI number, date of birth: compiled on first use (most posts never need them)."""
    return (
        re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])"),
        re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        re.compile(
            r"\b(?:DOB|D\.O\.B\.?|date of birth|born on)\s*:?\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? \w+ \d{4})",
            re.I,
        ),
    )


# Cheap tests first: most posts have too few digits for any identifier, and no birth cue.
_DIGIT = re.compile(r"\d")
_DOB_CUE = re.compile(r"D\.?O\.?B|birth|born", re.I)


def nhs_number_valid(digits: str) -> bool:
    """True if ten digits pass the NHS number check-digit rule (modulus 11)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """Identifiers of a person: NHS number, National Insurance number, date of birth."""
    text = doc.text
    findings: list[Finding] = []

    def add(m: re.Match[str], rule: str, what: str) -> None:
        if not doc.is_protected(*m.span()):
            findings.append(
                Finding(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    kind="privacy",
                    rule=rule,
                    message=f"This looks like {what}: never share it in a public post.",
                    severity="error",
                )
            )

    if text.isascii():  # bytes.translate deletes the digits in C: the quickest count
        data = text.encode("ascii")
        digits = len(data) - len(data.translate(None, b"0123456789"))
    else:
        digits = len(_DIGIT.findall(text))
    if digits < 6:
        return findings
    nhs_number, ni_number, date_of_birth = _patterns()
    if digits >= 10:
        for m in nhs_number.finditer(text):
            if nhs_number_valid("".join(m.groups())):
                add(m, "privacy/nhs-number", "an NHS number")
    for m in ni_number.finditer(text):
        add(m, "privacy/ni-number", "a National Insurance number")
    if _DOB_CUE.search(text):
        for m in date_of_birth.finditer(text):
            add(m, "privacy/date-of-birth", "someone's date of birth")
    return findings
