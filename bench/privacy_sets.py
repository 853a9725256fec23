"""The generated posts of the privacy benchmark (bench/privacy.py): planted details, traps
and plain posts.

Made from practitioner templates of our own with Faker's en_GB provider (names, dates of birth,
postcodes, phone numbers, email addresses) from a fixed seed, so every run checks the same text;
en_US names are a set for information only. Each post says what kind it is and, when a detail
is planted in it, where.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import posts as plain_posts  # bench/posts.py
from faker import Faker

from jargonfree.privacy.identifiers import health_number_valid

#: The organisation's own contacts, passed as the allow list (and used in trap posts).
OWN = ("0113 496 0000", "hello@ourtrust-carers.org.uk")

STATUS = (
    "was sectioned last night", "is detained under the Mental Health Act", "is on a DoLS",
    "is the subject of a safeguarding enquiry", "was diagnosed with dementia", "took an overdose",
    "is on a child protection plan", "is looked after by the council", "was admitted to hospital",
    "has been told it is cancer", "was discharged from the ward", "self-harmed again",
    "lives at the care home on the hill", "is 84 years old and lives alone", "started at a new school",
)
NOT_STATUS = ("won the raffle", "baked the cakes", "ran the Great North Run", "came to the coffee morning")


@dataclass
class Post:
    text: str
    kind: str  # planted rule, or "trap" / "plain" / "held-out"
    span: tuple[int, int] | None = None  # the planted detail
    group: str = ""


def _with(template: str, value: str) -> tuple[str, tuple[int, int]]:
    """``template`` with ``{}`` replaced by ``value``, and the value's span."""
    start = template.index("{}")
    return template.replace("{}", value, 1), (start, start + len(value))


def _health_number(rng: random.Random, first: str) -> str:
    while True:
        digits = first + "".join(rng.choice("0123456789") for _ in range(9 - len(first)))
        for check in "0123456789":
            if health_number_valid(digits + check):
                return digits + check


def _spaced(rng: random.Random, digits: str, groups: tuple[int, ...]) -> str:
    if rng.random() < 0.3:
        return digits
    out, i = [], 0
    for g in groups:
        out.append(digits[i : i + g])
        i += g
    return " ".join(out)


def identifier(fake: Faker, rng: random.Random) -> tuple[str, str]:
    """A rule and a value for it."""
    rule = rng.choice(
        ("nhs-number", "chi-number", "health-and-care-number", "ni-number", "date-of-birth", "postcode",
         "phone-number", "email", "reference-number")
    )
    if rule == "nhs-number":
        return rule, _spaced(rng, _health_number(rng, rng.choice("4679")), (3, 3, 4))
    if rule == "chi-number":
        dob = fake.date_of_birth(minimum_age=1, maximum_age=99).strftime("%d%m%y")
        return rule, _spaced(rng, _health_number(rng, dob), (6, 4))
    if rule == "health-and-care-number":
        return rule, _spaced(rng, _health_number(rng, str(rng.randint(320, 399))), (3, 3, 4))
    if rule == "ni-number":
        first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        prefix = rng.choice(first) + rng.choice(second)
        while prefix in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            prefix = rng.choice(first) + rng.choice(second)
        digits = "".join(rng.choice("0123456789") for _ in range(6))
        sep = rng.choice((" ", ""))
        return rule, sep.join((prefix, digits[:2], digits[2:4], digits[4:], rng.choice("ABCD")))
    if rule == "date-of-birth":
        dob = fake.date_of_birth(minimum_age=1, maximum_age=99)
        form = rng.choice(("%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d", "%-d %B %Y", "%B %-d, %Y"))
        cue = rng.choice(("DOB", "D.O.B.", "DOB:", "date of birth", "born", "born on"))
        return rule, f"{cue} {dob.strftime(form)}"
    if rule == "postcode":
        return rule, fake.postcode()
    if rule == "phone-number":
        if rng.random() < 0.5:
            return rule, fake.cellphone_number()
        while True:
            number = fake.phone_number()
            digits = "".join(c for c in number.replace("+44", "0").replace("(0)", "") if c.isdigit())
            if digits.startswith(("01", "02")):
                return rule, number
    if rule == "email":
        return rule, fake.free_email()
    kind = rng.choice(("case ref", "MRN", "hospital number", "case number", "client ID"))
    value = rng.choice((str(rng.randint(10000, 9999999)), f"{rng.choice('KRX')}{rng.randint(100000, 9999999)}"))
    return rule, f"{kind} {value}"


IDENTIFIER_TEMPLATES = (
    "Quick update: {} is on the form we need back by Friday.",
    "Spoke to the family this morning. Details: {}. Will follow up next week.",
    "Can someone check {} for me before the review?",
    "Lovely visit today! {} - please pass on to the duty team.",
    "Referral sent with {} as asked.",
)
PERSON_TEMPLATES = (
    ("title", "Visited {} on Ward {n} today, {p} {status}."),
    ("title", "{} {status}. Please keep {o} in your thoughts."),
    ("role", "My client {} {status}."),
    ("role", "Hard day. Service user {} {status}."),
    ("role", "Our patient {} {status}, so the visit is moved."),
    ("full", "{} {status}, and the family are upset."),
    ("full", "Thinking of {} who {status}."),
    ("given", "{} {status} this week."),
)


def person(fake: Faker, rng: random.Random, names: Faker) -> tuple[str, tuple[int, int], str]:
    form, template = rng.choice(PERSON_TEMPLATES)
    female = rng.random() < 0.5
    first = names.first_name_female() if female else names.first_name_male()
    last = names.last_name()
    if form == "title":
        name = rng.choice(("Mrs", "Ms", "Miss") if female else ("Mr",)) + " " + (last if rng.random() < 0.8 else last[0])
    elif form == "role":
        name = rng.choice((first, first[0] + last[0], f"{first[0]}.{last[0]}."))
    elif form == "full":
        name = f"{first} {last}"
    else:
        name = first
    filled = template.format("{}", n=rng.randint(1, 30), p="she" if female else "he", o="her" if female else "him",
                             status=rng.choice(STATUS))
    text, span = _with(filled, name)
    return text, span, form


def trap(fake: Faker, rng: random.Random) -> str:
    first, last = fake.first_name(), fake.last_name()
    return rng.choice((
        f"Section {rng.choice((2, 3, 117, 135, 136))} of the Mental Health Act was used {rng.randint(2, 99)} times in {rng.randint(2015, 2025)}.",
        f"Our {rng.randint(2019, 2025)} report is out: {rng.randint(10, 900)} people used the service.",
        "In an emergency call 999. For advice call NHS 111.",
        f"Call us free on 0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}, 9am to 5pm.",
        f"Our advice line is 0300 {rng.randint(100, 999)} {rng.randint(1000, 9999)}.",
        f"Questions? Ring {OWN[0]} or email {OWN[1]}.",
        "The Samaritans are there on 116 123, day or night.",
        f"{fake.company()} NHS Trust opened a new dementia ward today.",
        f"Health Secretary {first} {last} visited the ward to talk about safeguarding.",
        f"Come and meet {first}, our mental health nurse, at the dementia cafe.",
        f"Dr {last} will run the memory clinic for people with dementia.",
        f"Our team in {fake.city()} runs a carers' group for people with dementia.",
        f"Patient A was admitted in {rng.choice(('March', 'May', 'June'))} {rng.randint(2020, 2025)}, the inquiry heard.",
        "Will you join us in May for the safeguarding week? Mark the date!",
        f"The {first} {last} Foundation funds hospice beds.",
        f"Our clinic at {fake.building_number()} {fake.street_name()} is open again on {rng.randint(1, 28)} {rng.choice(('March', 'June', 'July'))}.",
        f"Babies born in {rng.randint(2020, 2025)} can get the new vaccine.",
        f"{first} {last} {rng.choice(NOT_STATUS)}. Thank you!",
        f"See https://example.org/case/{rng.randint(10000000, 99999999)} for the story.",
    ))


def make(n: int, seed: int) -> list[Post]:
    rng = random.Random(seed)
    fake, us = Faker("en_GB"), Faker("en_US")
    fake.seed_instance(seed)
    us.seed_instance(seed + 1)
    out: list[Post] = []
    per = n // 8
    for _ in range(per * 2):  # identifiers
        rule, value = identifier(fake, rng)
        text, span = _with(rng.choice(IDENTIFIER_TEMPLATES), value)
        out.append(Post(text, "privacy/" + rule, span, group="identifier"))
    for _ in range(per * 2):  # a person next to their care, UK names
        text, span, form = person(fake, rng, fake)
        out.append(Post(text, "privacy/person", span, group=f"person ({form})"))
    for _ in range(per * 2):
        out.append(Post(trap(fake, rng), "trap"))
    for text in plain_posts.posts(n - len(out) - per, seed=seed):
        out.append(Post(text, "plain"))
    for _ in range(per):  # information only: names the UK list may not hold
        text, span, form = person(fake, rng, us)
        out.append(Post(text, "held-out", span, group=f"en_US names ({form})"))
    return out
