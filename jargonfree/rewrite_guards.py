"""Guards that keep a rewrite English where plain words or a gloss would fit the term but not
the words around it: a gloss that would say the opposite of a "not" before the term, a
replacement that would say the word beside it again, a gloss on the first of a list of
numbered parts, plain words that give examples where the text gives its own. Each guard gives
the message a person reads in the rewrite's skipped findings. :mod:`jargonfree.rewrite_plan` asks
:func:`gloss_guard` before it puts a gloss in and :func:`replacement_guard` before it puts
plain words in; seen in rewrites of real pages (see each function). :func:`edit_blocker` asks them all, with
the blockers of :mod:`jargonfree.replacement_blockers`, for the rewrite and the check alike.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .fitting import (
    BRACKETS_AFTER, IN_BRACKETS, SAID_AROUND, WORD, bracket_blocker, first_that_fits, without_words_repeated, word_before,
)
from . import replacement_blockers as _blockers
from .replacement_blockers import capital_word_after, replacement_blocker
from .lazy_patterns import lazy_pattern

if TYPE_CHECKING:  # annotations only
    from .document import Document
    from .glossary.model import Entry
    from .suggest import Suggestion


NEGATED = "its explanation says what it is, and the text says it is not: the two would say opposite things, so a person should reword it"
# A gloss that says something of its own, with a subject or a verb: "chargeable (you pay for it)",
# "palpable (can be felt)", "has capacity (is able to make the decision)".
_STATEMENT_START = frozenset("you it they he she we there is are was were can has have will must".split())
# "not", "never", "no" or a word ending in "n't" just before the term, perhaps with "be" or "been"
# between ("is not chargeable", "will not be chargeable", "not to have capacity"), or "non" joined to it.
_NEGATION_BEFORE = lazy_pattern(
    r"(?<![\w'\u2019])(?:(?:not|never|no|cannot|\w+n['\u2019]t)[ \t]+(?:(?:be|been|to|always|usually|normally|yet)[ \t]+)?|non[ \t-]*)$",
    re.I,
)


def contradicts(text: str, start: int, end: int, gloss: str) -> bool:
    """True if the gloss ``gloss``, a statement ("you pay for it"), would follow a term that the
    text says is not so: "is not chargeable (you pay for it)", "non-chargeable (you pay for
    it)". A gloss that names a thing ("not means-tested (a check of your income and savings)")
    still fits."""
    first = gloss.split(None, 1)[0].lower() if gloss.strip() else ""
    if first not in _STATEMENT_START:
        return False
    matched = text[start:end]
    return matched.lower().startswith("non") or _NEGATION_BEFORE.search(text, max(0, start - 40), start) is not None


SAYS_AGAIN = "its plain words would say the word beside it again ('rights and rights', 'changed or changed'): a person should reword it"
# The tokens beside a term: words, and the marks that join a list ("," and "/").
_TOKEN = lazy_pattern(r"[^\W\d_][\w'\u2019-]*|[,/]")
_JOINERS = frozenset({",", "/", "and", "or"})
_LITTLE = frozenset("a an the of and or to in on at by for with from as such is are be his her their its your our my this that".split())
_CLAUSE_MARK = lazy_pattern(r"[.;:!?()\[\]\n]")


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _joined_word(tokens: list[str]) -> str | None:
    """The first of ``tokens`` (read outwards from a term) after any "and", "or", "/" or comma,
    unless it is a small word."""
    i = 0
    while i < len(tokens) and tokens[i].lower() in _JOINERS:
        i += 1
    return _stem(tokens[i]) if i < len(tokens) and tokens[i].lower() not in _LITTLE else None


def says_again(replacement: str, text: str, start: int, end: int) -> bool:
    """True if ``replacement`` (already fitted: see :func:`without_words_repeated`) holds the
    word just before or after the term, or the word that "and", "or", "/" or a comma joins it
    to: "rights and entitlements" -> "rights and rights", "amended or changed" -> "changed or
    changed", "memory or cognitive function" -> "memory or memory and thinking function",
    "bowel continence" -> "bowel bladder and bowel control". A word said again further off
    ("to meet carers' eligible needs" -> "... needs that meet the council's rules") is left:
    it reads as the writer's own repetition."""
    said = {_stem(w) for w in WORD.findall(replacement) if w.lower() not in _LITTLE}
    near = text[max(0, start - 60) : end + 60].lower()
    if not any(word in near for word in said):
        return False  # none of its words is written near the term (the usual case, and cheap to see)
    before = _CLAUSE_MARK.split(text[max(0, start - 60) : start])[-1]
    after = _CLAUSE_MARK.split(text[end : end + 60])[0]
    beside = {_joined_word(_TOKEN.findall(before)[::-1]), _joined_word(_TOKEN.findall(after))} - {None}
    return bool(said & beside)


FIRST_OF_A_LIST = "the first of a list of numbered parts ('section 2, 4, 5 or 38'): its explanation would seem to cover them all, so a person should explain it"
# More numbers after a numbered part: "section 2, 4, 5 or 38", "section 3 or 37", "sections 2/3".
# (A hyphen only with no space around it: "section 2 - 28 days at most" is a number of days.)
_MORE_NUMBERS = lazy_pattern(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|to)[ \t]+|[ \t]*[/&][ \t]*|-)\d")


def first_of_a_list(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` ends in a number that more numbers follow as a list ("section
    2, 4, 5 or 38", "section 3 or 37 authorisation"): a gloss after the first number would say
    what only that part is, and seem to say it of the rest."""
    return text[start:end][-1:].isdigit() and _MORE_NUMBERS.match(text, end) is not None


GIVES_EXAMPLES = "its plain words give examples ('such as ...'), and so does the text straight after it: a person should reword it"
# Words that start a list of examples.
# ("like" only after a comma: "which look like numbers on a chart" is a comparison.)
_EXAMPLES = lazy_pattern(r"\b(?:(?:such as|for example|for instance|eg|including)\b|e\.g\.)|,[ \t]+like\b", re.I)


def examples_twice(replacement: str, text: str, end: int) -> bool:
    """True if ``replacement`` gives examples ("checks such as pulse and temperature") and the
    text gives its own within a few words after the term, in its clause ("routine observations
    taken, such as your blood pressure" -> not "checks such as pulse and temperature taken, such
    as your blood pressure")."""
    if _EXAMPLES.search(replacement) is None:
        return False
    after = text[end : end + 40]
    given = _EXAMPLES.search(after)
    return given is not None and _CLAUSE_MARK.search(after, 0, given.start()) is None


def goes_on_into_a_name(text: str, start: int, end: int) -> bool:
    """True if the term at ``text[start:end]``, written with a capital, goes on into a longer
    name: a capitalised word follows it ("a Community Treatment Order Recall leaflet", "the
    Section 117 Aftercare Policy"). A gloss after the term would split the name. (The same test
    of the word after as :func:`jargonfree.replacement_blockers.in_a_name`, with its message.)"""
    matched = text[start:end]
    return matched[:1].isupper() and not matched.isupper() and capital_word_after(text, end)


def gloss_guard(text: str, start: int, end: int, gloss: str) -> str | None:
    """Why the gloss ``gloss`` must not go after the term at ``text[start:end]`` (the message a
    person reads), or None: it would seem to cover a whole list of numbered parts, say the
    opposite of a "not" before the term, or split a longer name."""
    if first_of_a_list(text, start, end):
        return FIRST_OF_A_LIST  # "section 2 (...), 4, 5 or 38"
    if contradicts(text, start, end, gloss):
        return NEGATED  # "is not chargeable (you pay for it)"
    if goes_on_into_a_name(text, start, end):
        return _blockers.IN_A_NAME  # "a Community Treatment Order (...) Recall leaflet"
    return None


def replacement_guard(replacement: str, text: str, start: int, end: int) -> str | None:
    """Why ``replacement`` (already fitted) must not take the place of ``text[start:end]`` (the
    message a person reads), or None: it would say the word beside it again, or give examples
    where the text gives its own."""
    if says_again(replacement, text, start, end):
        return SAYS_AGAIN  # "rights and entitlements" -> not "rights and rights"
    if examples_twice(replacement, text, end):
        return GIVES_EXAMPLES  # "checks such as pulse ... taken, such as your blood pressure"
    return None


ANOTHER_FORM = "the text uses it as another kind of word ('was intubated', 'means-tested'), and its explanation is written for the noun: a person should reword it"


# Words after which a word is a verb: "We will triage you".
_MODALS = frozenset("will would can could shall should must may might".split())


def another_form_of_a_noun(entry: Entry, text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]``, a written form of the noun ``entry``, is used as another
    kind of word: a past form or adjective in "-ed" that its term is not ("intubated" of
    "intubation", "statemented" of "statement of SEN"), or a verb after "will", "can" ... ("We
    will triage you"). A gloss written for the noun ("putting a breathing tube down the
    throat") does not fit it: "was intubated (putting a breathing tube ...)"."""
    if entry.pos != "noun":
        return False
    last, term_last = text[start:end].split()[-1].lower(), entry.term.split()[-1].lower()
    if last.endswith("ed") and not term_last.endswith("ed"):
        return True
    if " " in text[start:end].strip():
        return False  # ("may lack capacity" is the entry's own verb phrase)
    before = word_before(text, start)
    return before is not None and before.group(1).lower() in _MODALS


def edit_blocker(
    doc: Document, entry: Entry, start: int, end: int, chosen: Suggestion, *, word_tables: bool = True
) -> tuple[str | None, str]:
    """Why the rewrite must not put ``chosen`` (one of ``entry``'s suggestions) at
    ``doc.text[start:end]`` (the message a person reads), or None; with the words it would put
    there (plain words with a word the text says beside them left out). The one place that
    decides: the rewrite asks it before each edit, and the check before it suggests the words,
    so a check never suggests "chargeable (you pay for it)" where the rewrite leaves "not
    chargeable" alone. A check asks it with ``word_tables`` False: a check never loads
    lemminflect's tables, so the two questions that need them (a noun after the term) are the
    rewrite's alone (see :func:`jargonfree.replacement_blockers.replacement_blocker`)."""
    text, new = doc.text, chosen.text
    if chosen.gloss or entry.rewrite == "expand":
        reason = bracket_blocker(text, start, end)
        if reason is not None:
            return reason, new
    if chosen.gloss:
        if another_form_of_a_noun(entry, text, start, end):
            return ANOTHER_FORM, new  # "was intubated (putting a breathing tube down the throat)"
        return gloss_guard(text, start, end, chosen.alternative), new
    if entry.rewrite == "expand":
        return None, new
    reason = replacement_blocker(doc, start, end, entry, chosen.alternative, word_tables=word_tables)
    if reason is not None:
        return reason, new
    fitted = without_words_repeated(new, text, start, end)
    if fitted is None:
        return SAID_AROUND, new
    return replacement_guard(fitted, text, start, end), fitted  # "rights and rights", "such as ... such as"


def as_the_rewrite_would(
    doc: Document, entry: Entry, start: int, end: int, options: tuple[Suggestion, ...]
) -> tuple[str | None, tuple[Suggestion, ...]]:
    """The reason the rewrite would leave ``doc.text[start:end]`` alone, or None, and which of
    ``options`` (not empty) the check may suggest, once the words the rewrite would put there
    are asked the rewrite's own questions (:func:`edit_blocker`): where it would leave the term
    alone ("not chargeable"), the check does not suggest those words either, and says why. The
    two questions that need lemminflect's tables (a noun after the term) are left to the rewrite."""
    chosen, why = first_that_fits(options, doc.text, start, end)
    if chosen is None:
        return why, options  # (words for the reader, in a text about someone else: still offered)
    why, _ = edit_blocker(doc, entry, start, end, chosen, word_tables=False)  # (a check never loads the word tables)
    if why is None:
        return None, options
    return why, tuple(o for o in options if o is not chosen)


#: Every reason :func:`edit_blocker` can give. A check asks it without the word tables; the
#: rewrite, seeing one of these on a finding, asks it again with them (a noun after the term
#: may give an earlier reason), so its own reasons are the same as if the check had not asked.
#: (A test reads edit_blocker's source and the guards it returns the answer of, and holds this
#: list to what they can return.)
EDIT_BLOCKER_REASONS = frozenset(
    {
        BRACKETS_AFTER, IN_BRACKETS, FIRST_OF_A_LIST, NEGATED, ANOTHER_FORM, SAID_AROUND, SAYS_AGAIN, GIVES_EXAMPLES,
        _blockers.DROPS_WORDS, _blockers.ACROSS_QUOTES, _blockers.IN_A_NAME, _blockers.BEFORE_A_NOUN, _blockers.NO_THAT_CLAUSE,
        _blockers.NO_BARE_NOUN, _blockers.PASSIVE_DUTY, _blockers.AFTER_AN_ARTICLE, _blockers.BEFORE_A_POSSESSIVE,
    }
)
