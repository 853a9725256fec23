"""Guards that keep a rewrite English where plain words or a gloss would fit the term but not
the words around it: a gloss that would say the opposite of a "not" before the term, a
replacement that would say the word beside it again, a gloss on the first of a list of
numbered parts, plain words that give examples where the text gives its own. Each guard gives
the message a person reads in the rewrite's skipped findings. :mod:`jargonfree.rewriter` asks
:func:`gloss_guard` before it puts a gloss in and :func:`replacement_guard` before it puts
plain words in; seen in rewrites of real pages (see each function).
"""

from __future__ import annotations

import re

from .fitting import WORD



NEGATED = "its explanation says what it is, and the text says it is not: the two would say opposite things, so a person should reword it"
# A gloss that says something of its own, with a subject or a verb: "chargeable (you pay for it)",
# "palpable (can be felt)", "has capacity (is able to make the decision)".
_STATEMENT_START = frozenset("you it they he she we there is are was were can has have will must".split())
# "not", "never", "no" or a word ending in "n't" just before the term, perhaps with "be" or "been"
# between ("is not chargeable", "will not be chargeable", "not to have capacity"), or "non" joined to it.
_NEGATION_BEFORE = re.compile(
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
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019-]*|[,/]")
_JOINERS = frozenset({",", "/", "and", "or"})
_LITTLE = frozenset("a an the of and or to in on at by for with from as such is are be his her their its your our my this that".split())
_CLAUSE_MARK = re.compile(r"[.;:!?()\[\]\n]")


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
    before = _CLAUSE_MARK.split(text[max(0, start - 60) : start])[-1]
    after = _CLAUSE_MARK.split(text[end : end + 60])[0]
    beside = {_joined_word(_TOKEN.findall(before)[::-1]), _joined_word(_TOKEN.findall(after))} - {None}
    return any(_stem(w) in beside for w in WORD.findall(replacement) if w.lower() not in _LITTLE)


FIRST_OF_A_LIST = "the first of a list of numbered parts ('section 2, 4, 5 or 38'): its explanation would seem to cover them all, so a person should explain it"
# More numbers after a numbered part: "section 2, 4, 5 or 38", "section 3 or 37", "sections 2/3".
# (A hyphen only with no space around it: "section 2 - 28 days at most" is a number of days.)
_MORE_NUMBERS = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|to)[ \t]+|[ \t]*[/&][ \t]*|-)\d")


def first_of_a_list(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` ends in a number that more numbers follow as a list ("section
    2, 4, 5 or 38", "section 3 or 37 authorisation"): a gloss after the first number would say
    what only that part is, and seem to say it of the rest."""
    return text[start:end][-1:].isdigit() and _MORE_NUMBERS.match(text, end) is not None


GIVES_EXAMPLES = "its plain words give examples ('such as ...'), and so does the text straight after it: a person should reword it"
# Words that start a list of examples.
# ("like" only after a comma: "which look like numbers on a chart" is a comparison.)
_EXAMPLES = re.compile(r"\b(?:(?:such as|for example|for instance|eg|including)\b|e\.g\.)|,[ \t]+like\b", re.I)


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


def gloss_guard(text: str, start: int, end: int, gloss: str) -> str | None:
    """Why the gloss ``gloss`` must not go after the term at ``text[start:end]`` (the message a
    person reads), or None: it would seem to cover a whole list of numbered parts, or say the
    opposite of a "not" before the term."""
    if first_of_a_list(text, start, end):
        return FIRST_OF_A_LIST  # "section 2 (...), 4, 5 or 38"
    if contradicts(text, start, end, gloss):
        return NEGATED  # "is not chargeable (you pay for it)"
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
