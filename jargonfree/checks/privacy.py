"""Privacy: personal identifiers that should never be in a public post.

NHS numbers (ten digits that pass the NHS modulus 11 check), National Insurance numbers
(with prefixes that are issued: HMRC's "QQ 12 34 56 C" example is not one), dates of birth
written after "DOB", "D.O.B.", "date of birth" or "born", and full postcodes (a warning: a
service's own address is fine, a person's is not). Phone numbers and email addresses are
left alone: services rightly publish their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..glossary import Glossary
from ..report import Finding
from ..settings import Settings



_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"  # 01/02/1950, 12.03.48
    r"|\d{4}-\d{2}-\d{2}"  # 1948-03-12
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? \d{4}"  # 3rd March 1950
    r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4})"  # March 3rd, 1950
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """NHS number, NI number, date of birth, postcode: compiled on first use (most posts never need them)."""
    return (
        re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])"),
        re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)(?:\s*(?::|-|is|was)?\s*)" + _DATE + r"(?!\w)", re.I),
        re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b"),
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

    def add(m: re.Match[str], rule: str, what: str, severity: str = "error",
            why: str = "never share it in a public post.") -> None:
        if not doc.is_protected(*m.span()):
            findings.append(
                Finding(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(),
                    kind="privacy",
                    rule=rule,
                    message=f"This looks like {what}: {why}",
                    severity=severity,
                )
            )

    if text.isascii():  # bytes.translate deletes the digits in C: the quickest count
        data = text.encode("ascii")
        digits = len(data) - len(data.translate(None, b"0123456789"))
    else:
        digits = len(_DIGIT.findall(text))
    if digits < 2:
        return findings
    nhs_number, ni_number, date_of_birth, postcode = _patterns()
    for m in postcode.finditer(text):  # a full postcode has two or three digits
        add(m, "privacy/postcode", "a full postcode", severity="warning",
            why="if it is where a person lives, remove it; a service's own address is fine.")
    if _DOB_CUE.search(text):
        for m in date_of_birth.finditer(text):
            add(m, "privacy/date-of-birth", "someone's date of birth")
    if digits < 6:
        return findings
    if digits >= 10:
        for m in nhs_number.finditer(text):
            if nhs_number_valid("".join(m.groups())):
                add(m, "privacy/nhs-number", "an NHS number")
    for m in ni_number.finditer(text):
        add(m, "privacy/ni-number", "a National Insurance number")
    return findings
