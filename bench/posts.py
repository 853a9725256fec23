"""Deterministic test data for the benchmarks: practitioner-style posts, documents and glossaries.

Everything is generated from a seeded :class:`random.Random`, so every run of the
benchmarks checks exactly the same text. Nothing is downloaded.
"""

from __future__ import annotations

import random

# Glossary terms that the built-in glossaries contain (any that are missing are just words).
TERMS = (
    "AMHP", "CAMHS", "CMHT", "CPN", "CBT", "CTO", "section 136", "s136", "section 2", "nearest relative",
    "liaise", "commence", "facilitate", "prior to", "in accordance with", "care plan", "LAC review", "IRO",
    "PEP", "care leaver", "pathway plan", "staying put", "kinship care", "SGO", "PLO", "UTI", "COPD",
    "HbA1c", "ECG", "eGFR", "TIA", "DVT", "BP", "sats", "FBC", "CRHT", "IAPT", "EUPD", "SMI", "AKI",
)
SUBJECTS = (
    "Our team", "The duty worker", "Your care coordinator", "The ward", "We", "The crisis line", "Your GP",
    "The district nurse", "Our carers' hub", "The social worker", "The clinic", "Dr Patel", "The practice",
)
VERBS = (
    "will liaise with", "can help with", "is open for", "will talk about", "will commence", "supports",
    "has updated", "will check", "needs to review", "is running", "can explain", "will book",
    "was reviewed by", "is looking at", "helps with",
)
OBJECTS = (
    "your care plan", "the assessment", "a home visit", "the discharge meeting", "your medication",
    "the next appointment", "a referral", "the family", "your blood test", "the carers' group",
    "hospital transport", "the waiting list", "your benefits form", "the safeguarding concern",
    "a wellbeing check", "the multidisciplinary review", "respite care", "the housing team",
)
TAILS = (
    "this week.", "on Monday.", "before Friday.", "as soon as we can.", "if you need us.", "today.",
    "after the weekend.", "in the morning.", "by phone.", "at the drop-in.", "from 9am.", "for everyone.",
)
PLAIN = (
    "Please call us if you are worried.", "Thank you to everyone who came.", "Doors open at 10.",
    "Bring a friend if you like.", "Tea and cake provided!", "Ask at reception.",
    "You are not alone.", "Everyone is welcome.", "It is free and friendly.", "Stay safe out there.",
    "Pathophysiology talks are postponed.", "Contraindications are listed on the leaflet.",
)
URLS = ("https://www.nhs.uk/mental-health/", "https://example.org/carers", "www.gov.uk/care-act", "bit.ly/3xYz")
TAGS = ("#MentalHealth", "#CarersWeek", "#NHS", "#SocialCare", "#TimeToTalk", "@LocalCouncil")


def sentence(rng: random.Random) -> str:
    """One practitioner-style sentence, often with a glossary term in it."""
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(PLAIN)
    obj = rng.choice(OBJECTS)
    if roll < 0.75:
        term = rng.choice(TERMS)
        obj = rng.choice((f"the {term}", f"your {term} plan", f"{obj} with the {term}", f"{obj} ({term})", f"{term}"))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj} {rng.choice(TAILS)}"


def post(rng: random.Random, low: int = 40, high: int = 280) -> str:
    """One public post of ``low`` to ``high`` characters: sentences, maybe a link and hashtags."""
    target = rng.randint(low, high)
    parts: list[str] = []
    length = 0
    while True:
        s = sentence(rng)
        if parts and length + 1 + len(s) > target:
            break
        parts.append(s)
        length += len(s) + (1 if len(parts) > 1 else 0)
        if length >= target:
            break
    extras = []
    if rng.random() < 0.3:
        extras.append(rng.choice(URLS))
    if rng.random() < 0.5:
        extras.extend(rng.sample(TAGS, rng.randint(1, 2)))
    text = " ".join(parts)
    for extra in extras:
        if len(text) + 1 + len(extra) <= high:
            text += " " + extra
    if len(text) < low:
        text = (text + " " + rng.choice(PLAIN))[:high]
    return text[:high]


def posts(n: int, seed: int = 2024) -> list[str]:
    """``n`` posts of 40-280 characters, the same for the same seed."""
    rng = random.Random(seed)
    return [post(rng) for _ in range(n)]


def document(size: int, seed: int = 7) -> str:
    """About ``size`` characters of paragraphs (3-8 sentences each) separated by blank lines."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        para = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
        paragraphs.append(para)
        total += len(para) + 2
    return "\n\n".join(paragraphs)[:size]


def fake_word(rng: random.Random) -> str:
    """A made-up lower-case word of 6-12 letters (never a real glossary term)."""
    consonants, vowels = "bcdfghjklmnprstvwz", "aeiou"
    n = rng.randint(3, 6)
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(n))


def user_glossary_yaml(n: int, seed: int = 11) -> str:
    """A user glossary of ``n`` made-up entries (a mix of one- and two-word terms and abbreviations)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    lines = ["category: bench", "entries:"]
    while len(seen) < n:
        kind = rng.random()
        if kind < 0.2:
            term = "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(rng.randint(3, 5)))
        elif kind < 0.6:
            term = fake_word(rng)
        else:
            term = f"{fake_word(rng)} {fake_word(rng)}"
        if term in seen:
            continue
        seen.add(term)
        lines.append(f"  - term: {term}")
        lines.append(f"    plain: plain words for {term.lower()}")
        lines.append("    source: generated for the benchmark")
    return "\n".join(lines) + "\n"
