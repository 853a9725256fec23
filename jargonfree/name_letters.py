"""Capitals that open a name: the letters of a company, a union or a college written first in
its name, not an abbreviation the reader needs spelt out.

* a word that is no English word after them: "AES Kilroot", "SSE Airtricity"
  (:func:`starts_a_proper_name`);
* a nation after them, the name of a body's branch there: "BMA Scotland", "RCN Wales", "Unison
  Cymru" (:func:`names_a_nations_branch`);
* a body's Title Case name after them: "the BMA Scottish Consultants' Committee", or the name
  of an event or a place the body runs: "the RHS Chelsea Flower Show", "TARAGGAN Educational
  Gardens & Nursery" (:func:`opens_a_bodys_name`);
* the name in Gaelic, Welsh or Irish after its language: "(Scottish Gaelic: SNS na h-Alba)"
  (:func:`names_in_another_language`);
* a verb of speaking after them, the body that speaks: "NIPSA said staffing levels have been
  low", "CFW say the rates are budget driven" (:func:`speaks_as_a_body`).

And capitals that stand for a name written just before them or that name an author: a name's
initials in brackets after it, "Cheshire and Wirral Partnership NHS Foundation Trust (CWP)"
(:func:`name_before`, :func:`initials_after_name`), and an organisation named as the author of a
reference, "(NICE, 2014)" (:func:`cited_as_author`); the same letters in running text are not.
(Moved from :mod:`jargonfree.names`, which keeps the names that hold glossary terms.)

Asked by :mod:`jargonfree.checks.abbreviation` for letters no glossary entry knows: "CAMHS
Scotland", "HSC Trust" and "the DoLS Team" still hold jargon the reader must have spelt out.
"""

from __future__ import annotations


from . import lexicon
from .data import read_alternatives
from .names import DETERMINERS, ORGANISATION_HEADS, written_as_a_heading
from .service_names import SERVICE_HEADS, initials_of
from .name_runs import NAME_JOINERS, ends_at_head, grow_run, index_starting_at, is_title_word, joined, may_continue, name_words, words_around
from .lazy_patterns import lazy_pattern

# Capitals, then a space and a capitalised word.
_NEXT_WORD = lazy_pattern(r" ([A-Z][a-z]{2,})\b")
#: The greatest wordfreq Zipf frequency of a word that is only a name: no dictionary word.
PROPER_NAME_ZIPF = 1.0


def starts_a_proper_name(text: str, end: int) -> bool:
    """True if the capitals ending at ``end`` are followed by a capitalised word that is no
    English word at all, only a name ("AES Kilroot", "SSE Airtricity"): the capitals start
    the name of a company or a site, not an abbreviation to spell out. Not "CAMHS Team" nor
    "AMHP Service", whose next word is a word."""
    m = _NEXT_WORD.match(text, end, end + 30)
    return m is not None and lexicon.zipf(m.group(1).lower()) < PROPER_NAME_ZIPF


# A nation straight after the capitals, ending the name: "BMA Scotland", "RCN Northern Ireland".
# Not a word after the nation that goes on the name ("BMA Scotland Council" is still a body's
# name: :func:`opens_a_bodys_name`), nor a nation's adjective ("NHS Scottish ...").
_NATION_AFTER = lazy_pattern(r"[ \t]+(?:Scotland|Wales|Cymru|England|Northern[ \t]+Ireland|NI)\b(?![ \t]+[A-Z])")


def names_a_nations_branch(text: str, end: int) -> bool:
    """True if the capitals ending at ``end`` are followed by a nation's name that ends the run
    ("BMA Scotland", "RCN Wales", "Unison Cymru"): the name of a body's branch in that nation."""
    return _NATION_AFTER.match(text, end) is not None


#: The last word of the name of an event or a place that a body's letters open: "the RHS Chelsea
#: Flower Show", "the BBC Proms in the Park", "TARAGGAN Educational Gardens & Nursery". (Not a
#: team's or a service's word: the letters of "the SPA Duty Team" are what the reader must know.)
EVENT_AND_PLACE_HEADS = frozenset(
    "Show Festival Award Awards Week Conference Fair Games Marathon Exhibition Gala "
    "Gardens Garden Nursery Park Arena Stadium Theatre Museum Library".split()
)
_NAME_HEADS = ORGANISATION_HEADS | EVENT_AND_PLACE_HEADS


def opens_a_bodys_name(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` open a run of capitalised words on their line
    (small joining words allowed), at least two after the capitals, that ends with an
    organisation's word ("the BMA Scottish Consultants' Committee", "RCN Scotland Board") or the
    word for an event or a place (:data:`EVENT_AND_PLACE_HEADS`: "the RHS Chelsea Flower Show
    2025"): the letters are the body's own, written first in the name of its part or its event."""
    if text[end : end + 1] != " ":
        return False  # (most abbreviations: no word joined after them)
    words = words_around(text, start, end)
    at = index_starting_at(words, start)
    if at is None:
        return False
    _first, last = grow_run(text, words, at)
    last = ends_at_head(words, at + 1, last, _NAME_HEADS)  # "the RHS Chelsea Flower Show in 2025"
    if last - at < 2:
        return False
    run = words[at : last + 1]
    return words[last].group() in _NAME_HEADS and sum(is_title_word(w.group()) for w in run[1:]) >= 2 and not written_as_a_heading(run)


# What may end the text before a word that opens a sentence or a line: that word's capital says
# nothing about a name ("Contact HSC Trust staff").
_SENTENCE_END_BEFORE = lazy_pattern(r"(?:^|[.!?:;\n\u2022*(\"\u201c\u2018-])[ \t]*$")


def inside_a_bodys_name(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` stand inside the Title Case name of a body, after
    its capitalised words and before its last word, an organisation's word ("the South Eastern
    HSC Trust", "the Scottish Borders SDS Forum", "West London NHS Trust"): the letters are part
    of the body's name, which the words before them make plain. Annotators of the pools mark such
    names must-not-flag (session 21). Not letters that open the name ("HSC Trust", "CAMHS
    Scotland": the reader needs them spelt out), a sentence's first word before them ("Contact
    HSC Trust staff"), nor a team's or a service's name ("the Wiltshire CAMHS Team", whose letters
    say what the team does)."""
    if text[end : end + 1] != " " or text[start - 1 : start] != " ":
        return False  # (most abbreviations: no words joined on both sides)
    words = words_around(text, start, end)
    at = index_starting_at(words, start)
    if at is None:
        return False
    _first, last = grow_run(text, words, at)
    last = ends_at_head(words, at, last, ORGANISATION_HEADS)
    if last == at or words[last].group() not in ORGANISATION_HEADS:
        return False
    first = at
    while first > 0 and joined(text, words[first - 1], words[first]) and _placename_word(words[first - 1].group()):
        first -= 1  # the capitalised words just before the letters: "South Eastern", not "the"
    if first < at and _SENTENCE_END_BEFORE.search(text, max(0, words[first].start() - 4), words[first].start()):
        first += 1  # a sentence's first word is capitalised anyway
    return first < at and not written_as_a_heading(words[first : last + 1])


def _placename_word(word: str) -> bool:
    """True if ``word`` may be a word of the name before a body's letters: capitalised, in small
    letters after its first, and no word such as "The" or "Our"."""
    return is_title_word(word) and word[1:].islower() and word not in DETERMINERS


# The letters' possessive, then the words after it: "LCiL’s Independent Living Service".
_POSSESSIVE = lazy_pattern(r"['\u2019]s?[ \t]+")


def runs_a_named_service(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` are followed by "'s" and the Title Case name of a
    team, a service, a fund or a body, two capitalised words or more ending with its head word
    ("LCiL’s Independent Living Service is funded by ..."): the letters are the body that runs
    it, a name, as the blind pools' annotators mark it (session 21). Not "'s" and a term alone
    ("QZX's care plan"), nor a heading in Title Case."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive is None:
        return False
    words = words_around(text, possessive.end(), possessive.end() + 1)
    at = index_starting_at(words, possessive.end())
    if at is None or not is_title_word(words[at].group()):
        return False
    _first, last = grow_run(text, words, at)
    last = ends_at_head(words, at, last, SERVICE_HEADS)
    run = words[at : last + 1]
    return last > at and words[last].group() in SERVICE_HEADS and not written_as_a_heading(run)


# "(Scottish Gaelic: SNS na h-Alba)", "(Welsh: GIG Cymru)": a language's name and a colon before.
_LANGUAGE_BEFORE = lazy_pattern(r"\b(?:Gaelic|Welsh|Irish|Cymraeg|Gàidhlig|Scots)[ \t]*:[ \t]*$")


def names_in_another_language(text: str, start: int) -> bool:
    """True if the capitals at ``start`` follow a language's name and a colon: the name of the
    body in that language, given beside its English name."""
    return _LANGUAGE_BEFORE.search(text, max(0, start - 24), start) is not None


# -- a name's initials in brackets ---------------------------------------------------------

# An opening bracket, then the initials and what else the bracket holds: "(CWP)", "(ILF Scotland)",
# "(ASQ-3)", "(PNC Check)".
_OPENS_BEFORE = lazy_pattern(r"\( ?$")


def name_before(text: str, at: int, initials: str) -> tuple[int, int] | None:
    """The span of the Title Case name just before the bracket that opens at ``at`` (two
    capitalised words or more on its line, small joining words allowed) whose words start with
    the capitals of ``initials``, in any order and with words left over; or None. "Cheshire and
    Wirral Partnership NHS Foundation Trust (CWP)", "Betsi Cadwaladr University Health Board
    (BCHUB)", "The Independent Living Fund Scotland (ILF Scotland)": the text spells the name out,
    though the capitals do not follow its words one for one as Schwartz-Hearst's do.

    One rule for both its readers: :mod:`jargonfree.definitions` makes such a bracket a
    definition of the initials (when they are all the bracket holds), and the abbreviation check
    asks :func:`initials_after_name` of a bracket that holds more ("(ILF Scotland)", "(ASQ-3)")."""
    line_low = text.rfind("\n", max(0, at - 160), at) + 1
    # The words of the last 40 characters first, and those of the whole line only where the
    # run of name words reaches back to the first or second of them (its first may be cut):
    # before most brackets it stops at once, at a word in small letters.
    for low in (max(line_low, at - 40), line_low):
        words = name_words(text, low, at)
        first = len(words) - 1
        while first > 0 and joined(text, words[first - 1], words[first]) and may_continue(words[first - 1].group()):
            first -= 1
        if first > 1 or low == line_low:
            break
    if not words or text[words[-1].end() : at].strip(" ") != "":
        return None
    run = [w for w in words[first:] if w.group() not in DETERMINERS]
    while run and run[0].group() in NAME_JOINERS:
        run.pop(0)  # a name starts with a capitalised word: "and Wirral ..." is not one
    if sum(is_title_word(w.group()) for w in run) < 2 or not initials_of(initials, run):
        return None
    return run[0].start(), run[-1].end()


def initials_after_name(text: str, start: int, end: int) -> bool:
    """True if the capitals at ``[start, end)`` open a bracket straight after a Title Case name
    whose words start with those capitals (:func:`name_before`)."""
    opening = _OPENS_BEFORE.search(text, max(0, start - 2), start)
    return opening is not None and name_before(text, opening.start(), text[start:end]) is not None


# An author in a reference: "(NICE, 2014)", "(RCN, 2012; DH, 2015)", "(EPUAP/NPIAP/PPPIA, 2019)":
# an organisation's name or letters straight after a bracket or a semicolon, then (after any
# co-authors) a comma, a year and the bracket's end or the next reference. Not an Act, which
# has no comma ("(MCA 2005)"), nor the same name in running text ("NICE recommends ...").
_AUTHORS_YEAR = lazy_pattern(r"(?:[ \t]*(?:/|&|and)[ \t]*[A-Z][A-Za-z]*)*,[ \t]*(?:19|20)\d\d[a-z]?[ \t]*[;)]")
_BEFORE_AN_AUTHOR = lazy_pattern(r"[(;/][ \t]*(?:(?:see|cf\.?|e\.g\.?,?)[ \t]+)?$")


def cited_as_author(text: str, start: int, end: int) -> bool:
    """True if the match ``[start, end)`` is the author of an author-year reference: "(NICE, 2014)",
    "(RCN, 2012; DH, 2015)"."""
    if text[end : end + 1] not in (",", "/", " ", "&"):
        return False  # (most matches: no comma, slash or space after them)
    return (
        _AUTHORS_YEAR.match(text, end, end + 40) is not None
        and _BEFORE_AN_AUTHOR.search(text, max(0, start - 12), start) is not None
    )


# A verb of speaking straight after the letters: the body that speaks, as news writes it.
_SPEAKS_AFTER = lazy_pattern(rf"[ \t]+(?:{read_alternatives('speaking_verbs.txt')})\b")  # (data/speaking_verbs.txt)
# Who owns the letters before them: a person's role or kin in a post ("my SW said", "our FIL said").
_OWNER_BEFORE = lazy_pattern(r"\b(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)[ \t]+$")


def speaks_as_a_body(text: str, start: int, end: int) -> bool:
    """True if the letters at ``[start, end)``, three or more, are followed by a verb of speaking
    ("NIPSA said staffing levels have been low", "CFW say the rates are budget driven", "SAMH say
    that ..."): the writer reports what a body said, and names it by its letters as its own
    statements do. A role or a relative in a post ("my SW said", "our FIL said"), or two letters
    alone, are still letters the reader may not know."""
    if end - start < 3 or _SPEAKS_AFTER.match(text, end, end + 16) is None:
        return False
    return _OWNER_BEFORE.search(text, max(0, start - 8), start) is None
