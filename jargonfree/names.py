"""Names of organisations, courts and NHS bodies: is this span part of a name?

Names are not jargon (what-to-flag.md): "the National Self-directed Support Collaboration",
"the Court of Protection", "NHS Dorset Clinical Commissioning Group". A glossary term inside
such a name is part of the name (:func:`inside_a_name`), a term that is itself the name of a
court or tribunal is a name (:func:`names_a_court`), and so are the last words of an NHS body's
name (:func:`names_an_nhs_body`), and so is a term for a kind of body written as one body's name
after "the" ("update the Integration Joint Board", :func:`names_one_body`), and a term among the
words of a law's name ("the Health and Personal Social Services (NI) Order 1972",
:func:`inside_a_laws_name`).

The name of a team, a service, a unit or a fund ("the Single Point of Access (SPA) team", "the
Housing Assistance and Adaptations Team") is a name too, but a term of the trade inside it still
needs help: "the Perinatal Mental Health Team" does not say what perinatal means, and "the DoLS
Team" contains DoLS. So such a name hides only what the name makes plain
(:func:`jargonfree.service_names.names_a_service`): officialese, which nobody can rewrite in a name ("Assistance",
"Implementation"), and a term made of everyday words, none a term of its own ("Single Point
of Access", "Home Improvement Agency").

A name's initials in brackets after it ("... NHS Foundation Trust (CWP)") and an organisation
named as the author of a reference ("(NICE, 2014)") are :mod:`jargonfree.name_letters`.
"""

from __future__ import annotations

import re

from .name_runs import NAME_GOES_ON, NAME_JOINERS, ends_at_head, grow_run, is_title_word, words_around, written_in_title_case
from .title_names import inside_a_title
from .data import read_alternatives, read_set
from .words import has_two_capitals
from .lazy_patterns import lazy_pattern


# A nation's name ends many bodies' names: "Healthcare Improvement Scotland", "Social Care Wales",
# "Primary Care Support England" (not after "in": :func:`after_in_a_nation`).
_NATIONS = frozenset("Scotland Wales Cymru NI England".split())
#: The last word of an organisation's name written in Title Case ("the National Self-directed
#: Support Collaboration", "the Children's Hearings System"): a glossary term inside such a
#: name is part of the name, not jargon the writer used (names are not flagged).
ORGANISATION_HEADS = frozenset(
    "Agency Alliance Association Authority Board Collaboration Collaborative College Commission "
    "Committee Council Department Directorate Executive Federation Forum Foundation Inspectorate "
    "Institute Network Office Partnership Society System Trust Hospital Hospitals Infirmary Hospice".split()
    + ["Administration"]
    # Where a body works, and what it runs under a name: "the Specialist and Critical Care Centre",
    # "the International Dysphagia Diet Standardisation Initiative", "the Links Worker Programme".
    + "Centre Centres Initiative Programme".split()
) | _NATIONS


def after_in_a_nation(words: list[re.Match[str]], i: int) -> bool:
    """True if ``words[i]`` is a nation's name after "in" ("... Reviews in Wales"): where a thing
    is, not the last word of a body's name ("Social Care Wales", "Healthcare Improvement Scotland")."""
    return words[i].group() in _NATIONS and i > 0 and words[i - 1].group() == "in"
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
    last = ends_at_head(words, at, last, ORGANISATION_HEADS)  # "Betsi Cadwaladr University Health Board and Cwm Taf ..."
    while last > at and after_in_a_nation(words, last):
        last = ends_at_head(words, at, last - 1, ORGANISATION_HEADS)
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
    :func:`names_a_court`, :func:`names_an_nhs_body` or :func:`~jargonfree.service_names.names_a_service` finds: each
    needs the match's first word capitalised, or a small joining word, and none takes a match
    with a digit, which is a reference ("S76", "section 117"). One quick test for the many
    matches in small letters, before those four."""
    written = text[start:end]
    if any(ch.isdigit() for ch in written):
        return False  # a reference ("the Equivalent S76 of the ... Act 2014 in Wales"), not a word of a name
    first = written.split(None, 1)[:1]
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
_SHORT_NAME_BRACKET = lazy_pattern(r"\((?:or|also|known as|called)?[ \t]*(?:the[ \t]+)?$")


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
    return written_in_title_case(words, NAME_JOINERS) and not has_two_capitals(words[0])


# "NHS Dorset ", "NHS Greater Glasgow and Clyde ": an NHS body's name, whose last words follow.
_NHS_NAME_BEFORE = lazy_pattern(r"\bNHS(?: +(?:[A-Z][a-z]+|and|of)){1,4} +$")


def names_an_nhs_body(text: str, start: int, end: int) -> bool:
    """True if the Title Case match ``[start, end)`` ends the name of an NHS body that starts
    with "NHS" and a place: "NHS Dorset Clinical Commissioning Group", "NHS Greater Glasgow and
    Clyde Mental Health Services". A name, not jargon (what-to-flag); "the clinical
    commissioning group" still counts."""
    if text.find("NHS ", max(0, start - 50), start) == -1:
        return False  # (most matches)
    if not _title_case_name(text[start:end].split()):
        return False
    before = _NHS_NAME_BEFORE.search(text, max(0, start - 50), start)
    # "NHS Boards and Integration Joint Boards", "NHS Trusts and Local Authorities": a kind of
    # body in the plural after "NHS" is no place's name, so what "and" joins is another kind.
    return before is not None and not read_set("kinds_of_body_plural.txt").intersection(before.group().split())


# "the " straight before the match: the one body the writer means ("update the Integration Joint Board").
_THE_BEFORE = lazy_pattern(r"(?<![\w'\u2019-])[Tt]he[ \t]+$")


def names_one_body(text: str, start: int, end: int) -> bool:
    """True if the match ``[start, end)`` is a term for a kind of public body written as one
    body's name: two words or more in Title Case, in the singular, ending with a body's word of
    ``data/one_body_heads.txt`` (or followed by one: "the Reablement Team"), straight after "the"
    ("to update the Integration Joint Board on the consultation", "the Health and Wellbeing Board
    (HWB)", "alongside the Integrated Care Board", "The Reablement Team will work with you"). The
    writer means their area's board or team, by its name (names are not flagged). Still
    counted: the plural, which is the kind ("Integration Joint Boards have been in place"), words
    before it that make it any one ("the local Integrated Joint Board", "each Integrated Care
    Board"), small letters, and a name that opens with letters ("the HSC Trust")."""
    words = text[start:end].split()
    heads = read_set("one_body_heads.txt")
    if words[-1] not in heads:
        after = _WORD_AFTER.match(text, end)
        if after is None or after.group(1) not in heads:
            return False
        words.append(after.group(1))  # "the Reablement Team": the term, then the body's word
    if len(words) < 2 or not _title_case_name(words):
        return False
    return _THE_BEFORE.search(text, max(0, start - 8), start) is not None


# The word straight after a match, on the same line: "Reablement| Team".
_WORD_AFTER = lazy_pattern(r"[ \t]+([A-Z][a-z]+)\b")



# After a match inside a law's name: the rest of the name (capitalised words, joining words, a
# bracket of capitalised words such as "(NI)" or "(Amendment)"), then the law's last word
# (data/law_name_ends.txt, or Rules) and its year: "... Personal Social Services (NI) Order 1972".
_REST_OF_A_LAWS_NAME = lazy_pattern(
    r"\)?(?:[ \t]+(?:[A-Z][\w'\u2019-]*|and|of|for|the|on|in|with|&|\([A-Z][^()\n]{0,40}\)))*?"
    r"[ \t]+(?:" + read_alternatives("law_name_ends.txt") + r"|Rules)[ \t]+(?:\([A-Z][^()\n]{0,30}\)[ \t]+)?(?:19|20)\d\d\b"
)


def inside_a_laws_name(text: str, start: int, end: int) -> bool:
    """True if the Title Case match ``[start, end)`` is one of the words of a law's name that goes
    on to its last word and its year: "Article 4 of the Health and Personal Social Services (NI)
    Order 1972", "the Court of Protection (Amendment) Rules 2015". A law's name is a name (the
    Acts' names are not flagged); the same words in small letters, or a name that stops before a
    law's word and a year ("the Personal Social Services team"), still count."""
    high = min(len(text), end + 160)
    if _YEAR_AHEAD.search(text, end, high) is None or not _title_case_name(text[start:end].split()):
        return False  # no year ahead, so no law's name goes on (most matches: quick)
    return _REST_OF_A_LAWS_NAME.match(text, end, high) is not None


_YEAR_AHEAD = lazy_pattern(r"(?:19|20)\d\d")


# What ends a sentence or a line before a word: a capital after it may be only the sentence's.
_SENTENCE_OPENS_BEFORE = lazy_pattern(r"(?:^|[.!?:;\n\"'\u2018\u201c(\u2022*-])[ \t]*$")


def written_as_a_name(text: str, start: int, end: int) -> bool:
    """True if the match ``[start, end)`` is written in capitals inside a sentence, as part of a
    run of two capitalised words or more: the name of a body, a service or a programme ("Solicitors
    for the Elderly", "the Elderly Care Programme of Care", "the Vulnerable Adults Unit"). A
    writer cannot reword a name, so advice on wording (respectful language) does not fit it.
    Not a name: the same words in small letters, or at the start of a sentence or a line, where
    the capital may be only the sentence's ("Vulnerable adults need ...")."""
    if not written_in_title_case(text[start:end].split(), NAME_JOINERS):
        return False
    if _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 3), start) is not None:
        return False
    words = words_around(text, start, end)
    at = next((i for i, w in enumerate(words) if w.start() <= start < w.end()), None)
    if at is None:
        return False
    first, last = grow_run(text, words, at)
    return sum(is_title_word(w.group()) for w in words[first : last + 1]) >= 2
