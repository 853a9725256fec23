"""Names that open with a body's word and then "of" or "for": "the Directorate of Population
Health Improvement", "the Department of Health and Social Care", "the Office for National
Statistics". A glossary term inside such a name is part of the name (what-to-flag: names are not
flagged), as it is inside a name that ends with the body's word (:func:`jargonfree.names.inside_a_name`).
The same words in small letters ("population health") still count.

The title of an office a person holds is a name too (:func:`titles_an_office`): "the Commissioner
launched an investigation", "Commissioner Eddie Lynch said" (``data/office_titles.txt``); and so is
the field a job title names after "of", "for" or "in" (:func:`names_a_posts_field`): "Lead Nurse
for Palliative Care Joanne Currie", "Clinical Services Manager for Breast Imaging"
(``data/post_heads.txt``).
"""

from __future__ import annotations

from .data import read_set
from .lazy_patterns import lazy_pattern
from .name_runs import grow_run, index_holding, is_title_word, words_around
from .names import ORGANISATION_HEADS
from .words import has_two_capitals
from .service_names import opens_a_sentence

_OF = frozenset({"of", "for"})
# How far the match may start from the body's word ("of" and at most two words between), and how
# many words of the name may follow it: a name is short around its term, a headline runs on.
_REACH_AFTER_OF = 4
_WORDS_AFTER_THE_MATCH = 2


def _after_a_bodys_word(text: str, start: int) -> bool:
    """True if an organisation's word and " of " or " for " stand in the 80 characters before
    ``start``: a quick test, without the words of the line."""
    low = max(0, start - 80)
    for joiner in (" of ", " for "):
        at = text.rfind(joiner, low, start)
        if at != -1 and text[text.rfind(" ", low, at) + 1 : at] in ORGANISATION_HEADS:
            return True
    return False


def opened_by_a_bodys_word(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)``, written in Title Case, lies in the part after "of" or "for" of a
    run of capitalised words on its line that opens with an organisation's word ("Directorate of
    Population Health Improvement"): two capitalised words at least after "of", the match
    starting within three words after "of" and ending at most two capitalised words before the run's end
    (not a headline's: "Department of Health Announces New Deprivation of Liberty Safeguards Review")."""
    if not _after_a_bodys_word(text, start) or not is_title_word(text[start:end] or "a"):
        return False  # (most matches: no body's word and "of" or "for" just before them)
    words = words_around(text, start, end)
    at = index_holding(words, start)
    if at is None:
        return False
    first, last = grow_run(text, words, at)
    names = [w.group() for w in words]
    # The body's word and "of" before the match: "Directorate of ...", "Department of ...".
    opening = next((i for i in range(first, at - 1) if names[i] in ORGANISATION_HEADS and names[i + 1] in _OF), None)
    if opening is None or words[last].end() < end or at - opening > _REACH_AFTER_OF:
        return False
    match_end = index_holding(words, end - 1)
    # Capitalised words only: "Royal College of Paediatrics and Child Health" has two after the match.
    if match_end is not None and sum(is_title_word(n) for n in names[match_end + 1 : last + 1]) > _WORDS_AFTER_THE_MATCH:
        return False
    return sum(is_title_word(n) for n in names[opening + 2 : last + 1]) >= 2


# A person's name after an office's title that opens a sentence: "Commissioner Eddie Lynch said",
# "Commissioner, Patricia Lewsley, said". Two capitalised words, the first not an abbreviation.
_WORD_BEFORE = lazy_pattern(r"([A-Za-z][\w'\u2019-]*)[ \t]+$")
_PERSONS_NAME_AFTER = lazy_pattern(r",?[ \t]+[A-Z][a-z'\u2019-]+[ \t]+[A-Z][a-z]")


def titles_an_office(text: str, start: int, end: int) -> bool:
    """True if the one word at ``[start, end)`` is the title of an office written as a title
    (``data/office_titles.txt``): capitalised, in small letters after its capital, and either in
    the middle of a sentence ("the Commissioner launched", "the Commissioner's Report") or before
    a person's name ("Commissioner Eddie Lynch said"). At a sentence's start with no name after it
    ("Commissioners should pay providers on time") it is the trade's word, and still counts."""
    word = text[start:end]
    if not word[1:].islower() or not _is_an_office_title(word):
        return False
    if opens_a_sentence(text, start):
        return _PERSONS_NAME_AFTER.match(text, end) is not None
    # A capitalised word before it in mid-sentence makes a longer title, which the other names
    # decide: "the Joint Commissioner at the council" is the trade's job ("The Commissioner" and
    # "Other Commissioners" open their sentence with the word before).
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1) in _SECOND_IN_RANK:
        return True  # "Councillor Lesley Dunbar, Vice Convener, declared ..."
    return before is None or not is_title_word(before.group(1)) or opens_a_sentence(text, before.start(1))


# Words before an office's title that make the office of its second: "Vice Convener", "Deputy Commissioner".
_SECOND_IN_RANK = frozenset({"Vice", "Deputy"})


def _is_an_office_title(word: str) -> bool:
    """True if ``word`` is a title of ``data/office_titles.txt`` or its plural (the title and "s")."""
    titles = read_set("office_titles.txt")
    return word in titles or (word.endswith("s") and word[:-1] in titles)


# A job title's last word, then "of", "for" or "in" and up to three capitalised words of its
# field before the match: "Manager for Breast ", "Lead Nurse for ", "Director of Legal and ".
_POST_BEFORE = lazy_pattern(
    r"\b([A-Z][a-z-]+?)s?[ \t]+(?:of|for|in)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,3}$"
)


def names_a_posts_field(text: str, start: int, end: int) -> bool:
    """True if the capitalised match ``[start, end)`` is in the field that a job title names after
    "of", "for" or "in" (``data/post_heads.txt``): "Lead Nurse for Palliative Care Joanne Currie",
    "Assistant Clinical Services Manager for Breast Imaging, said". Part of the title of a post, which
    the writer cannot reword. Letters ("Chairs of SABs") and words in small letters ("a nurse for
    palliative care") still count."""
    first = text[start:end].split(None, 1)[0]
    if not is_title_word(first) or has_two_capitals(first):
        return False
    before = _POST_BEFORE.search(text, max(0, start - 80), start)
    return before is not None and before.group(1) in _post_heads()


def _post_heads() -> frozenset[str]:
    """The job titles' last words of ``data/post_heads.txt``."""
    return read_set("post_heads.txt")
