"""Officialese inside the Title Case name of a document, a payment, a meeting or a role.

"Discretionary Housing Payment", "Prospective Adopters Report", "Legislative Consent
Memorandum", "Our Acute Liaison Nurse", "Covid-19 Hospital Discharge Requirements": the writer
cannot rewrite a name's words, and a reader meets the name as a name (what-to-flag: names are
not flagged). Counted on 31 hosts of the pool in session 16, none of them a plain sentence. The
same words in small letters ("a discretionary payment", "the requirements") still count;
:func:`jargonfree.service_names.names_a_service` asks this for officialese that names no team or service.
"""

from __future__ import annotations


from .name_runs import (
    NAME_GOES_ON,
    ends_at_head,
    grow_run,
    index_holding,
    index_starting_at,
    is_title_word,
    word_joined_before,
    word_starting_at,
    words_around,
)
from .lazy_patterns import lazy_pattern

#: The last word of the Title Case name of a document, a benefit or payment, a meeting or a role.
TITLE_HEADS = frozenset(
    "Payment Payments Assistance Allowance Premium Loan Loans Advance Insurance Report Reports Form Forms "
    "Statement Memorandum Order Orders Regulations Rules Procedure Procedures Policy Requirements Guidance "
    "Standards Framework Chamber Hearing Hearings Meeting Meetings Nurse Nurses Officer Officers Lead Duty "
    "Experience Experiences Incident Incidents Notification Notice Notices Arrangements Provision Study Survey "
    # A role: "the Adult Services Health and Social Care Information Facilitator".
    "Facilitator Facilitators Coordinator Coordinators Co-ordinator Co-ordinators".split()
)

# Words that open a sentence or a heading before a name, capitalised there but no part of it.
_OPENING_WORDS = frozenset(
    "Under In For With From By At On To As Following After Before During Through Within Without Of And The A An Our Your".split()
)


def officialese_in_a_title(text: str, start: int, end: int) -> bool:
    """True if the officialese match ``[start, end)``, written in Title Case, is part of (not the
    whole of) the Title Case name of a document, a payment, a meeting or a role: a run of three
    capitalised words or more on one line (small joining words allowed) that ends with a word of
    :data:`TITLE_HEADS` ("Child Winter Heating Assistance", "Initial Home Oxygen Risk Mitigation
    Form"). Not a phrase with small words of its own ("Prior to October ...", "In accordance with
    the ..."), nor words in capitals ("POLICY FOR THE IMPLEMENTATION OF ...")."""
    written = text[start:end]
    if written.isupper() or not all(is_title_word(w) for w in written.split()):
        return False
    if written.rsplit(None, 1)[-1] not in TITLE_HEADS and NAME_GOES_ON.match(text, end) is None:
        return False  # no name going on after the match (most matches: quick)
    words = words_around(text, start, end)
    at = index_holding(words, start)
    if at is None:
        return False
    first, last = grow_run(text, words, at)
    last = ends_at_head(words, at, last, TITLE_HEADS)
    while first < at and (not is_title_word(words[first].group()) or words[first].group() in _OPENING_WORDS or _owner(words[first].group())):
        first += 1  # "Under Standing Order 64": a sentence's first word is no part of the name; nor "the ICB's"
    run = words[first : last + 1]
    if words[last].group() not in TITLE_HEADS or words[last].end() < end:
        return False
    if sum(is_title_word(w.group()) for w in run) < 3 or any(w.group().isupper() and len(w.group()) > 3 for w in run):
        return False  # too short to be a name, or a heading in capitals
    return (run[0].start(), run[-1].end()) != (start, end)


def _owner(word: str) -> bool:
    """True if ``word`` is a body's letters in the possessive ("ICB’s", "NHS's"): whose the
    document is ("the ICB’s Standing Orders"), not a word of its name."""
    return word.endswith(("'s", "\u2019s")) and len(word) > 4 and word[:-2].isupper()


# "a Directorate of Population Health Improvement", "the Commissioner for Older People": the word
# opens the name, "of" or "for" and capitalised words after it.
_OF_A_NAME = lazy_pattern(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][a-z]")
# What may end the text before a word that opens its sentence, a line or a heading.
_OPENS_AFTER = frozenset(".!?:;\n\"'\u2018\u201c(\u2022*-\u2013\u2014")
# Capitalised words before the officialese that are no part of a name: a sentence's opening, a
# pronoun, or a word that says which one ("Each Directorate must find savings").
_NOT_OF_A_NAME = _OPENING_WORDS | frozenset("I We You They It He She Each Every Any Some All No This That These Those Its His Her Their My".split())


def officialese_names_a_body(text: str, start: int, end: int) -> bool:
    """True if the officialese match ``[start, end)`` is one word, capitalised in the middle of a
    sentence, that ends a name of two capitalised words or more ("registered with the Care
    Commission", "the Bevan Commission") or opens one with "of" or "for" ("a Directorate of
    Population Health Improvement"): a body's name, which the writer cannot rewrite. Not the first
    word of a sentence or a line, where any word is capitalised; not a word the run goes on after
    ("How We Commission Services"), nor one after a pronoun, an opening word or a word that says
    which one ("Our Commission", "Each Directorate")."""
    written = text[start:end]
    if " " in written or not written[:1].isupper() or written.isupper():
        return False
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before[-1] in _OPENS_AFTER:
        return False  # the first word of a sentence, a line or a bracket: capitalised anyway
    if _OF_A_NAME.match(text, end) is not None:
        return True
    words = words_around(text, start, end)
    at = index_starting_at(words, start)
    if at is None or at == 0:
        return False
    first, last = grow_run(text, words, at)
    if last != at or first == at:
        return False  # the run goes on after it, or it stands alone
    previous = words[at - 1].group()
    return is_title_word(previous) and previous not in _NOT_OF_A_NAME


#: The last word of a place's or a building's name in an address: "Prior Park", "Prior Lodge".
PLACE_WORDS = frozenset(
    "Park Lodge House Road Street Lane Court Hill Green Manor Hall Grange Close Gardens Place Square "
    "Avenue Drive Way View Farm Mill Row Walk Crescent Terrace Mews Fields Wood Vale".split()
)


def officialese_opens_a_place_name(text: str, start: int, end: int) -> bool:
    """True if the one-word officialese match ``[start, end)``, written with a capital, is
    followed straight away by a capitalised place word ("Prior Park surgery is closed", "the
    Prior Park practice", "Call Prior Lodge care home"): the name of a place, as "Matthew Prior"
    is a person's (:func:`officialese_names_a_body`). The same word before a capitalised word
    that names no place still counts ("Prior Approval is needed", "Discretionary Support")."""
    written = text[start:end]
    if " " in written or not written[:1].isupper() or written.isupper():
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1) in PLACE_WORDS


_NEXT_WORD = lazy_pattern(r" +([A-Z][a-z]+)\b")


# A capitalised word straight after: "Delivering Together", "Transforming Your Care" (not "I").
_CAPITAL_AFTER = lazy_pattern(r"[ \t]+(?!I\b)[A-Z][a-z]")
# A title's first part and a colon before its second part: "Health and Wellbeing 2026: ".
_TITLE_BEFORE_A_COLON = lazy_pattern(r"(?:\b[A-Z][\w'\u2019-]*|\b\d{4}):[ \t]+$")
# What ends a sentence or a line: a capital after it says nothing.
_SENTENCE_ENDS = frozenset(".!?\n\u2022*")


def officialese_opens_a_title(text: str, start: int, end: int) -> bool:
    """True if the one-word officialese match ``[start, end)`` is a verb in "-ing", capitalised in
    the middle of a sentence, with a capitalised word after it: the first word of a title ("the
    Bengoa, Delivering Together and Power to People reports", "Health and Wellbeing 2026:
    Delivering Together"), which the writer cannot reword. In the middle of a sentence such a
    word is capitalised only in a title; after a colon, only where a title's first part stands
    before the colon. Still counted: the word opening a sentence, a line or a list item
    ("Facilitating Groups is part of the role", "Aims: Facilitating Access ..."), in small letters,
    or with a small word after it ("... by Facilitating the meeting")."""
    written = text[start:end]
    if " " in written or not written.endswith("ing") or not written[:1].isupper() or written.isupper():
        return False
    if _CAPITAL_AFTER.match(text, end) is None:
        return False
    before = text[max(0, start - 60) : start]
    stripped = before.rstrip(" \t\u201c\u2018\"'(")
    if not stripped or stripped[-1] in _SENTENCE_ENDS:
        return False
    if stripped[-1] == ":":
        return _TITLE_BEFORE_A_COLON.search(before) is not None
    return True


# -- the title of a blog, a podcast, a newsletter, a course or a programme ----------------------

#: Words for a thing that has a title, written in small letters just before or after it: "our
#: blog, Respite Matters,", "the podcast The Reablement Diaries", "our Respite Grants programme",
#: "the Advocacy Matters newsletter".
TITLED_THINGS = (
    "blog|blogs|podcast|podcasts|newsletter|newsletters|magazine|column|campaign|programme|programmes|course|courses"
    "|app|website|video|videos|film|book|booklet|leaflet|guide|series|event|events|project|awards|conference"
    "|webinar|webinars|workshop|workshops|toolkit|group|groups|club|cafe|café|festival"
)
_TITLED_BEFORE = lazy_pattern(r"\b(?:" + TITLED_THINGS + r")(?:[ \t]*[,:][ \t]*|[ \t]+(?:called|named|titled|entitled)[ \t]+|[ \t]+)[\"'\u2018\u201c]?$")
_TITLED_AFTER = lazy_pattern(r"[\"'\u2019\u201d]?[ \t]+(?:" + TITLED_THINGS + r")\b")


def inside_a_title(text: str, start: int, end: int) -> bool:
    """True if the Title Case match ``[start, end)`` is part of (not the whole of) a run of two
    capitalised words or more (small joining words allowed) that a word for a titled thing
    stands just before or after, in small letters: "our blog, Respite Matters, has tips", "the
    podcast The Reablement Diaries", "our Respite Grants programme". A name, not the writer's
    jargon (what-to-flag); "the Local Offer website" is the whole run and still counts."""
    written = text[start:end]
    if not all(is_title_word(w) for w in written.split()):
        return False
    opening = word_starting_at(text, start)
    if len(opening) > 1 and opening.isupper():
        return False  # a word in capitals, which no title has (below): most matches are abbreviations, so test it first
    if opening == written and NAME_GOES_ON.match(text, end) is None and not word_joined_before(text, start):
        return False  # one word that no name word joins on either side: a run of one ("Contraindications are ...")
    words = words_around(text, start, end)
    at = index_holding(words, start)
    if at is None:
        return False
    first, last = grow_run(text, words, at)
    # "The Reablement Diaries": an opening "The" belongs to the title; other small words at the ends do not.
    while last > at and not is_title_word(words[last].group()):
        last -= 1
    while first < at and not is_title_word(words[first].group()):
        first += 1
    run = words[first : last + 1]
    if len(run) < 2 or sum(is_title_word(w.group()) for w in run) < 2 or any(w.group().isupper() and len(w.group()) > 1 for w in run):
        return False  # one word, or words in capitals (an abbreviation is no title)
    if (run[0].start(), run[-1].end()) == (start, end):
        return False  # the match is the whole run: a term written with capitals
    low = run[0].start()
    return (
        _TITLED_BEFORE.search(text, max(0, low - 24), low) is not None
        or _TITLED_AFTER.match(text, run[-1].end()) is not None
    )
