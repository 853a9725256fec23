"""Names of teams, services, units and funds: "the Single Point of Access (SPA) team", "the
Housing Assistance and Adaptations Team". Such a name hides only what the name makes plain
(:func:`names_a_service`): officialese, which nobody can rewrite in a name, and a term made of
everyday words; a term of the trade inside it still needs help ("the DoLS Team"). The names of
organisations, courts and NHS bodies are :mod:`jargonfree.names`.
"""

from __future__ import annotations

import re

from .long_form_match import spelt_by_initials
from .name_runs import NAME_GOES_ON, NAME_JOINERS, index_starting_at, is_title_word, joined, may_continue, words_around, written_in_title_case
from .names import DETERMINERS, ORGANISATION_HEADS, after_in_a_nation, written_as_a_heading
from .title_names import officialese_in_a_title, officialese_names_a_body, officialese_opens_a_place_name, officialese_opens_a_title
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern


#: The last word of the Title Case name of a team, a service, a unit, a fund, a body, an award or
#: an office ("the Single Point of Access Team", "the Bridport Integrated Hub", "Universal Credit
#: Contingency Fund", "the Collaborative Green Space Projects Award", "the Welsh Language Commissioner").
SERVICE_HEADS = ORGANISATION_HEADS | frozenset(
    "Team Teams Service Services Hub Unit Panel Fund Grant Grants Scheme Programme Centre Clinic Helpline Project Group"
    " Award Awards Commissioner"
    # An event's name: "National Care Leavers Week", "the Care Leavers' Conference" (session 21, real pages).
    " Week Day Month Conference Festival Fair Summit Cup Celebration Gala"
    # A document's name: "the Self-directed Support Parent User Guide", "Care and Support Statutory Guidance".
    " Guide Guides Guidance Handbook Toolkit Charter Strategy".split()
)
# The name's initials in brackets straight after it, perhaps with "team" or "service" after them:
# "Single Point of Access (SPA) team", "Disabled Facilities Grants (DFGs)".
_INITIALS_AFTER = lazy_pattern(r" ?\(([A-Z][A-Za-z&]*[A-Z])s?\)( +(?:[Tt]eams?|[Ss]ervices?)\b)?")


def service_name(text: str, start: int, end: int) -> tuple[tuple[int, int], bool] | None:
    """The span of the Title Case name of a team, a service, a unit, a fund or a body that holds
    the match ``[start, end)``, and whether the name's initials follow it in brackets; or None.
    The match is written in Title Case; the name is a run of capitalised words (small joining
    words allowed) on one line with three capitalised words or more, ending with a word of
    :data:`SERVICE_HEADS` ("the Housing Assistance and Adaptations Team (HAAT)") or with its
    initials and "team" or "service" ("Single Point of Access (SPA) team"). A match that is the
    whole name counts only with its initials after it ("Mother and Baby Unit (MBU)"): "a
    Disabled Facilities Grant" alone may be a term written with capitals."""
    if not written_in_title_case(text[start:end].split(), NAME_JOINERS):
        return None
    if (
        text[start:end].rsplit(None, 1)[-1] not in SERVICE_HEADS
        and NAME_GOES_ON.match(text, end) is None
        and _INITIALS_AFTER.match(text, end) is None
    ):
        return None  # no head word, no name going on to one, no initials after it (most matches: quick)
    words = words_around(text, start, end)
    inside = [i for i, w in enumerate(words) if w.end() > start and w.start() < end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    head = last
    while head + 1 < len(words) and joined(text, words[head], words[head + 1]) and may_continue(words[head + 1].group()):
        head += 1
    while first > 0 and joined(text, words[first - 1], words[first]) and may_continue(words[first - 1].group()):
        if words[first - 1].group() == "the" and (first < 2 or words[first - 2].group() not in NAME_JOINERS):
            break  # "Presently the Office of the Public Guardian": the name starts after "the"
        first -= 1
    while first < inside[0] and (not is_title_word(words[first].group()) or words[first].group() in DETERMINERS):
        first += 1  # "The Single Point of Access Team": the name starts after "The"
    while head > last and (words[head].group() not in SERVICE_HEADS or after_in_a_nation(words, head)):
        head -= 1  # the name ends at its head word: "the Duty Team and the Hub" (not "... Reviews in Wales")
    initials = _INITIALS_AFTER.match(text, words[head].end())
    if initials is not None and not initials_of(initials.group(1), words[first : head + 1]):
        initials = None
    if words[head].group() not in SERVICE_HEADS and (initials is None or initials.group(2) is None):
        return None
    if sum(is_title_word(w.group()) for w in words[first : head + 1]) < 3 or written_as_a_heading(words[first : head + 1]):
        return None
    if words[head].group() in ("Award", "Awards") and (first == 0 or words[first - 1].group().lower() != "the"):
        if sum(is_title_word(w.group()) for w in words[first:head]) < 4:
            return None  # an award's name follows "the" or is long: not "my PIP Enhanced Rate Award"
    span = (words[first].start(), words[head].end())
    if initials is not None and words[head].group() not in SERVICE_HEADS:
        span = (span[0], initials.end())  # the name goes on to "team": "Single Point of Access (SPA) team"
    if span == (start, end) and initials is None:
        return None
    return span, initials is not None


def initials_of(initials: str, words: list[re.Match[str]]) -> bool:
    """True if ``initials`` are those of the name's last words: they start with the first letter
    of one of its words, and every capital of them is the first letter of that word or a later
    one ("SPA" for "Wiltshire CAMHS Single Point of Access")."""
    letters = [w.group()[0] for w in words if is_title_word(w.group())]
    return spelt_by_initials(initials, letters, one_may_be_missing=False)


# "and" straight before or after the term inside the run of capitalised words.
_AND_BEFORE = lazy_pattern(r"(?:^|\s)(?:and|&|or)\s+(?:the\s+)?$")
_AND_AFTER = lazy_pattern(r"\s+(?:and|&|or)\s")
# "and" and a capitalised word, no "the" or "my": after a one-word term that opens a team's name,
# the words of one name ("the Reablement and Rapid Response Team"), not two things joined.
_AND_THE_NAME_GOES_ON = lazy_pattern(r"\s+(?:and|&)\s+(?!(?:The|A|An|Our|Your|My)\s)[A-Z]")


def names_a_service(text: str, start: int, end: int, officialese: bool) -> bool:
    """True if the glossary match ``[start, end)`` is part of, and not the whole of, the name of a
    team, a service, a unit, a fund or a body (:func:`service_name`): officialese inside a longer
    name, which the writer cannot rewrite ("the Housing Assistance and Adaptations Team"), or a
    term of everyday words or of the trade ("the Single Point of Access (SPA) team", "the
    Perinatal Mental Health Team", "the Emergency Duty Team"): the reader meets it as the name of
    the team they are sent to, and the blind sets' annotators mark such names must-not-flag
    (session 15). Still flagged here: a term that is the whole name, initials or not ("an Individual
    Service Fund (ISF)", "the Neonatal Intensive Care Unit"; but "the Reablement Team" after "the" is
    :func:`jargonfree.names.names_one_body`'s), an abbreviation inside a name ("the
    DoLS Team", "LHBs and Social Services"), and a term that "and" joins to the rest of the run
    ("my Pathway Plan and the Leaving Care Grant")."""
    found = service_name(text, start, end)
    if found is None:
        # Officialese inside the name of a document, a payment or a role: "Discretionary Housing Payment".
        if officialese:
            return (
                officialese_in_a_title(text, start, end)
                or officialese_names_a_body(text, start, end)
                or officialese_opens_a_place_name(text, start, end)
                or officialese_opens_a_title(text, start, end)
            )
        return ends_a_team_name_in_small_letters(text, start, end)
    span, _with_initials = found
    if officialese:
        return span != (start, end)
    # A term of the trade inside the name of one team or service is part of its name ("the
    # Perinatal Mental Health Service", "the Emergency Duty Team"), but not where "and" joins it to
    # the rest, which may be another thing ("my Pathway Plan and the Leaving Care Grant", "Crisis
    # Grants and Community Care Grants"), nor an abbreviation ("LHBs and Social Services").
    return (
        span != (start, end)
        and not _letters(text[start:end].split(" ", 1)[0])
        and _AND_BEFORE.search(text, span[0], start) is None
        and (_AND_AFTER.match(text, end, span[1]) is None or _one_name_goes_on(text, span, start, end))
    )


def _letters(word: str) -> bool:
    """True if ``word`` is written as an abbreviation ("DoLS", "LHBs"): two capitals or more,
    not a hyphenated word of capitalised parts ("Inter-Agency", "Self-Directed")."""
    return has_two_capitals(word) and not all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))


def _one_name_goes_on(text: str, span: tuple[int, int], start: int, end: int) -> bool:
    """True if the term ``[start, end)``, one word that is not a name's head word, opens the
    name at ``span`` and "and" joins it to the name's other words ("Reablement and Rapid Response
    Team": one team, the blind pools' annotators say), not a thing of its own ("Crisis Grants and")."""
    word = text[start:end]
    return start == span[0] and " " not in word and word not in SERVICE_HEADS and _AND_THE_NAME_GOES_ON.match(text, end) is not None


# A team's name whose head word is in small letters: "the Crisis Response Home Treatment team".
_SMALL_HEADS = frozenset({"team", "teams", "service", "services"})
_SMALL_HEAD_ENDINGS = (" team", " teams", " service", " services")


def ends_a_team_name_in_small_letters(text: str, start: int, end: int) -> bool:
    """True if the term at ``[start, end)``, its words capitalised but the last, "team" or
    "service" in small letters, ends a run of three capitalised words or more that other
    capitalised words open ("the Crisis Response Home Treatment team"): the team's name, as
    "the Perinatal Mental Health Team" is. Not the term alone ("the Home Treatment team"),
    after "The" or "Our", nor joined to the rest by "and"."""
    if not text.endswith(_SMALL_HEAD_ENDINGS, start, end):
        return False  # (most matches: quick)
    written = text[start:end].split()
    if len(written) < 2 or written[-1] not in _SMALL_HEADS or not all(is_title_word(w) for w in written[:-1]):
        return False
    words = words_around(text, start, end)
    at = index_starting_at(words, start)
    if at is None:
        return False
    first = at
    while first > 0 and joined(text, words[first - 1], words[first]) and is_title_word(words[first - 1].group()):
        first -= 1
    while first < at and words[first].group() in DETERMINERS:
        first += 1
    if first < at and opens_a_sentence(text, words[first].start()):
        first += 1  # "Contact Home Treatment team if ...": a sentence's first word is capitalised anyway
    return first < at and at - first + len(written) - 1 >= 3 and not has_two_capitals(words[first].group())


# Marks that open a quotation or a bracket: a sentence may start just after one.
_OPENING_MARKS = "\u201c\u2018\"'(["


def opens_a_sentence(text: str, start: int) -> bool:
    """True if only spaces, and marks that open a quotation or a bracket, stand between ``start``
    and the start of the text or a full stop, "!", "?", ":" or a line break (looking back over
    those only, not the whole text): "“The Commissioner’s office will ..." opens with "The"."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    while at > 0 and text[at - 1] in _OPENING_MARKS:
        at -= 1
        while at > 0 and text[at - 1] in " \t":
            at -= 1
    return at == 0 or text[at - 1] in ".!?:\n"
