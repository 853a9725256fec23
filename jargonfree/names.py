"""Names of organisations, courts and NHS bodies: is this span part of a name?

Names are not jargon (what-to-flag.md): "the National Self-directed Support Collaboration",
"the Court of Protection", "NHS Dorset Clinical Commissioning Group". A glossary term inside
such a name is part of the name (:func:`inside_a_name`), a term that is itself the name of a
court or tribunal is a name (:func:`names_a_court`), and so are the last words of an NHS body's
name (:func:`names_an_nhs_body`).

The name of a team, a service, a unit or a fund ("the Single Point of Access (SPA) team", "the
Housing Assistance and Adaptations Team") is a name too, but a term of the trade inside it still
needs help: "the Perinatal Mental Health Team" does not say what perinatal means, and "the DoLS
Team" contains DoLS. So such a name hides only what the name makes plain
(:func:`names_a_service`): officialese, which nobody can rewrite in a name ("Assistance",
"Implementation"), and a term made of everyday words, none a term of its own ("Single Point
of Access", "Home Improvement Agency").

A name's initials in brackets after it ("... NHS Foundation Trust (CWP)") and an organisation
named as the author of a reference ("(NICE, 2014)") are :mod:`jargonfree.name_letters`.
"""

from __future__ import annotations

import re

from .name_runs import NAME_GOES_ON, NAME_JOINERS, grow_run, index_starting_at, is_title_word, joined, may_continue, words_around
from .title_names import inside_a_title, officialese_in_a_title, officialese_names_a_body, officialese_opens_a_place_name
from .words import has_two_capitals


#: The last word of an organisation's name written in Title Case ("the National Self-directed
#: Support Collaboration", "the Children's Hearings System"): a glossary term inside such a
#: name is part of the name, not jargon the writer used (names are not flagged).
ORGANISATION_HEADS = frozenset(
    "Agency Alliance Association Authority Board Collaboration Collaborative College Commission "
    "Committee Council Department Directorate Executive Federation Forum Foundation Inspectorate "
    "Institute Network Office Partnership Society System Trust Hospital Hospitals Infirmary Hospice".split()
    # A nation's name ends many bodies' names: "Healthcare Improvement Scotland", "Social Care Wales".
    + "Administration Scotland Wales Cymru NI".split()
)
# Words before a name that are no part of it: "The Single Point of Access Team", "The Acute Hospital".
DETERMINERS = frozenset({"The", "A", "An", "Our", "Your", "This"})
# Small words that a name writes in small letters and a heading in Title Case capitalises:
# "Deprivation Of Liberty Safeguards In Hospital" is a heading, "Court of Protection" a name.
_HEADING_SMALL_WORDS = frozenset("In Of And For On At To With A An By From".split())


def written_as_a_heading(words: list[re.Match[str]]) -> bool:
    """True if a run of capitalised words capitalises a small word after its first word ("Being
    Sectioned In Hospital", "How To Get A QRS Grant From The Council"): a heading written in
    Title Case, not the name of a body, a team or a service."""
    return any(w.group() in _HEADING_SMALL_WORDS for w in words[1:])


def inside_a_name(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` lies inside, and is not the whole of, a Title Case name of an
    organisation: a run of three or more capitalised words (small joining words allowed) on
    one line whose last word is an organisation word such as Board, Trust or Collaboration."""
    if not is_title_word(text[start:end] or "a"):
        return False
    if inside_a_title(text, start, end):
        return True  # the title of a blog, a podcast, a newsletter or a programme: "our blog, Respite Matters,"
    if text[start:end].rsplit(None, 1)[-1] not in ORGANISATION_HEADS and NAME_GOES_ON.match(text, end) is None:
        return False  # the name would have to go on after the match to reach its last word (most matches: quick)
    words = words_around(text, start, end)
    # The word that holds the start of the match, then grow the run both ways.
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end() or w.start() >= start), None)
    if at is None:
        return False
    first, last = grow_run(text, words, at)
    while last > at and words[last].group() not in ORGANISATION_HEADS:
        last -= 1  # "Betsi Cadwaladr University Health Board and Cwm Taf ...": the name ends at "Board"
    while first < at and (not is_title_word(words[first].group()) or words[first].group() in DETERMINERS):
        first += 1  # "The Acute Hospital is busy": "The" is no word of a name
    run = words[first : last + 1]
    if words[last].end() < end or words[last].group() not in ORGANISATION_HEADS or written_as_a_heading(run):
        return False
    if sum(is_title_word(w.group()) for w in run) < 3:
        return False
    return (run[0].start(), run[-1].end()) != (start, end)


def may_be_part_of_a_name(text: str, start: int, end: int) -> bool:
    """False if the match ``[start, end)`` can be part of no name that :func:`inside_a_name`,
    :func:`names_a_court`, :func:`names_an_nhs_body` or :func:`names_a_service` finds: each
    needs the match's first word capitalised, or a small joining word. One quick test for the
    many matches in small letters, before those four."""
    first = text[start:end].split(None, 1)[:1]
    return bool(first) and (is_title_word(first[0]) or first[0] in NAME_JOINERS)


#: The words that end (or, "Court of ...", start) the name of a court or tribunal.
COURT_WORDS = frozenset({"Court", "Courts", "Tribunal", "Tribunals"})


def names_a_court(text: str, start: int, end: int) -> bool:
    """True if the match ``[start, end)`` is written as the Title Case name of a court or tribunal:
    two or more words, each capitalised but small joining words ("Court of Protection",
    "Mental Health Tribunal", "First-tier Tribunal"), ending in Court or Tribunal, starting
    with "Court of", or naming the place it serves after it ("Mental Health Tribunal for Scotland"). Names are not jargon (what-to-flag); the same words in lower case are a
    description ("appeal to a mental health tribunal") and still count. A name that starts with
    an abbreviation ("HSC Trust") is not one of these: the abbreviation still needs spelling out."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    if not _title_case_name(words):
        return _short_name_of_a_court(text, start, words)
    return words[-1] in COURT_WORDS or words[0] in ("Court", "Courts") or _court_for_a_place(words)


def _court_for_a_place(words: list[str]) -> bool:
    """True if a court's word inside the name is followed by "for" or "of" and the place or the
    people it serves: "Mental Health Tribunal for Scotland", "Special Educational Needs
    Tribunal for Wales"."""
    return any(words[i] in COURT_WORDS and words[i + 1] in ("for", "of") for i in range(1, len(words) - 2))


# "The First-tier Tribunal (Special Educational Needs and Disability) (or the SEND Tribunal)":
# a bracket that gives the short name of the court or tribunal just named in full.
_SHORT_NAME_BRACKET = re.compile(r"\((?:or|also|known as|called)?[ \t]*(?:the[ \t]+)?$")


def _short_name_of_a_court(text: str, start: int, words: list[str]) -> bool:
    """True if ``words``, an abbreviation and then a court's word ("SEND Tribunal"), open a bracket
    just after the Title Case name of a court or tribunal with the same last word: the writer
    has named it in full, and the bracket gives the short name they will use."""
    if words[-1] not in COURT_WORDS or not all(is_title_word(w) or has_two_capitals(w) for w in words):
        return False
    bracket = _SHORT_NAME_BRACKET.search(text, max(0, start - 16), start)
    if bracket is None:
        return False
    before = text[max(0, bracket.start() - 120) : bracket.start()]
    # The full name before: the court's word, capitalised words (or a bracket of them) after it.
    return re.search(r"\b[A-Z][\w-]*[ \t]+" + words[-1] + r"\b(?:[ \t]*\([A-Z][^()\n]{0,80}\))?[ \t]*$", before) is not None


def _title_case_name(words: list[str]) -> bool:
    """True if ``words`` are written as a name: each capitalised but small joining words, and
    the first not an abbreviation ("HSC Trust" still needs HSC spelt out)."""
    return all(is_title_word(w) or w in NAME_JOINERS for w in words) and not has_two_capitals(words[0])


# "NHS Dorset ", "NHS Greater Glasgow and Clyde ": an NHS body's name, whose last words follow.
_NHS_NAME_BEFORE = re.compile(r"\bNHS(?: +(?:[A-Z][a-z]+|and|of)){1,4} +$")


def names_an_nhs_body(text: str, start: int, end: int) -> bool:
    """True if the Title Case match ``[start, end)`` ends the name of an NHS body that starts
    with "NHS" and a place: "NHS Dorset Clinical Commissioning Group", "NHS Greater Glasgow and
    Clyde Mental Health Services". A name, not jargon (what-to-flag); "the clinical
    commissioning group" still counts."""
    if text.find("NHS ", max(0, start - 50), start) == -1:
        return False  # (most matches)
    if not _title_case_name(text[start:end].split()):
        return False
    return _NHS_NAME_BEFORE.search(text, max(0, start - 50), start) is not None


# -- names of teams, services, units and funds ---------------------------------------------

#: The last word of the Title Case name of a team, a service, a unit, a fund, a body, an award or
#: an office ("the Single Point of Access Team", "the Bridport Integrated Hub", "Universal Credit
#: Contingency Fund", "the Collaborative Green Space Projects Award", "the Welsh Language Commissioner").
SERVICE_HEADS = ORGANISATION_HEADS | frozenset(
    "Team Teams Service Services Hub Unit Panel Fund Grant Grants Scheme Programme Centre Clinic Helpline Project Group"
    " Award Awards Commissioner"
    # An event's name: "National Care Leavers Week", "the Care Leavers' Conference" (session 21, real pages).
    " Week Day Month Conference Festival Fair Summit Cup Celebration Gala".split()
)
# The name's initials in brackets straight after it, perhaps with "team" or "service" after them:
# "Single Point of Access (SPA) team", "Disabled Facilities Grants (DFGs)".
_INITIALS_AFTER = re.compile(r" ?\(([A-Z][A-Za-z&]*[A-Z])s?\)( +(?:[Tt]eams?|[Ss]ervices?)\b)?")


def service_name(text: str, start: int, end: int) -> tuple[tuple[int, int], bool] | None:
    """The span of the Title Case name of a team, a service, a unit, a fund or a body that holds
    the match ``[start, end)``, and whether the name's initials follow it in brackets; or None.
    The match is written in Title Case; the name is a run of capitalised words (small joining
    words allowed) on one line with three capitalised words or more, ending with a word of
    :data:`SERVICE_HEADS` ("the Housing Assistance and Adaptations Team (HAAT)") or with its
    initials and "team" or "service" ("Single Point of Access (SPA) team"). A match that is the
    whole name counts only with its initials after it ("Mother and Baby Unit (MBU)"): "a
    Disabled Facilities Grant" alone may be a term written with capitals."""
    if not all(is_title_word(w) or w in NAME_JOINERS for w in text[start:end].split()):
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
    while head > last and words[head].group() not in SERVICE_HEADS:
        head -= 1  # the name ends at its head word: "the Duty Team and the Hub"
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
    capitals = [c for c in initials if c.isupper()]
    return any(letter == capitals[0] and set(capitals) <= set(letters[i:]) for i, letter in enumerate(letters))


# "and" straight before or after the term inside the run of capitalised words.
_AND_BEFORE = re.compile(r"(?:^|\s)(?:and|&|or)\s+(?:the\s+)?$")
_AND_AFTER = re.compile(r"\s+(?:and|&|or)\s")
# "and" and a capitalised word, no "the" or "my": after a one-word term that opens a team's name,
# the words of one name ("the Reablement and Rapid Response Team"), not two things joined.
_AND_THE_NAME_GOES_ON = re.compile(r"\s+(?:and|&)\s+(?!(?:The|A|An|Our|Your|My)\s)[A-Z]")


def names_a_service(text: str, start: int, end: int, officialese: bool) -> bool:
    """True if the glossary match ``[start, end)`` is part of, and not the whole of, the name of a
    team, a service, a unit, a fund or a body (:func:`service_name`): officialese inside a longer
    name, which the writer cannot rewrite ("the Housing Assistance and Adaptations Team"), or a
    term of everyday words or of the trade ("the Single Point of Access (SPA) team", "the
    Perinatal Mental Health Team", "the Emergency Duty Team"): the reader meets it as the name of
    the team they are sent to, and the blind sets' annotators mark such names must-not-flag
    (session 15). Still flagged: a term that is the whole name, initials or not ("an Individual
    Service Fund (ISF)", "the Neonatal Intensive Care Unit"), an abbreviation inside a name ("the
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
        and not has_two_capitals(text[start:end].split(" ", 1)[0])
        and _AND_BEFORE.search(text, span[0], start) is None
        and (_AND_AFTER.match(text, end, span[1]) is None or _one_name_goes_on(text, span, start, end))
    )


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
    if first < at and _opens_a_sentence(text, words[first].start()):
        first += 1  # "Contact Home Treatment team if ...": a sentence's first word is capitalised anyway
    return first < at and at - first + len(written) - 1 >= 3 and not has_two_capitals(words[first].group())


def _opens_a_sentence(text: str, start: int) -> bool:
    """True if only spaces stand between ``start`` and the start of the text or a full stop,
    "!", "?", ":" or a line break (looking back over the spaces only, not the whole text)."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:\n"
