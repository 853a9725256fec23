"""Protected spans: parts of a text that no check may flag and no rewrite may touch.

URLs, email addresses, bare domains, @mentions, #hashtags, Markdown code and link targets,
titles in quotes ("Read “Talking to your nearest relative”"), Microsoft's programs named with
its letters ("on MS Teams"), the titles of Acts ("the Care
Act 2014") and the parties named before a court case's citation ("MS v MN [2017] EWHC 324"). Each kind is one :class:`Rule` in :data:`RULES`.

Other quoted text is read like the rest: a reader stumbles on "CAMHS" in a parent's quoted
words, or on a term the writer put in quotes ("replaces the “supervisory body”"), just the
same. :func:`quoted_words` gives those spans, which the checks flag and a rewrite leaves alone.
A title in quotes that is exactly one glossary term ("now on ‘Interim Care Order’ status") is
that term in quotes: the glossary still reads it (:func:`quoted_on_its_own`), and the rest of
the quotation's protection stands.

Repetitions are bounded and starts anchored so that no pattern backtracks badly on a huge
token. Patterns start with a literal character where they can ("@(?<!...)" rather than
"(?<!...)@"): the regular-expression engine then jumps between occurrences of it instead
of trying the pattern at every position, which matters on millions of short posts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

from .spans import Span, merge_spans, token_windows
from .lazy_patterns import lazy_pattern


@dataclass(frozen=True)
class Rule:
    """One kind of protected span.

    ``needles``: strings one of which every match contains; the rule is skipped on a text
    that has none of them. ``in_token``, if given, finds what every match contains, and no
    match holds white space: the pattern is then run only over the white-space-delimited
    stretches around each of its matches, not the whole text. ``lower``: the same pattern
    without ``re.I``, run over the lower-cased text when lower-casing keeps every offset
    (ASCII), since a case-insensitive scan is slow. ``trim``: a match loses trailing
    punctuation (a URL at the end of a sentence keeps its full stop outside). ``keep``, if
    given, says which matches are protected: the others are not (quoted text that is not a title).
    """

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    trim: bool = False
    in_token: re.Pattern[str] | None = None
    lower: re.Pattern[str] | None = None
    keep: Callable[[str, int, int], bool] | None = None


# Small words a title keeps in small letters ("Talking to your Nearest Relative" is Title Case).
_TITLE_JOINERS = frozenset("a an and at by for in of on or the to with your".split())
# Two small letters in a row: a word, not an abbreviation ("Regs", not "DoLs").
_SMALL_PAIR = lazy_pattern(r"[^\W\d_A-Z]{2}")
#: A quotation in sentence case of at least this many words is quoted speech, not a title.
SPEECH_WORDS = 8
# A word of a quotation: a letter, then letters, digits, apostrophes, "&" or hyphens.
_QUOTED_WORD = lazy_pattern(r"[^\W\d_][\w'\u2019&-]*")


def _main_words(words: list[str]) -> list[str]:
    """``words`` without the small words a title keeps in small letters."""
    return [w for w in words if w.lower() not in _TITLE_JOINERS]


# A verb that makes a quotation in sentence case a clause someone said or wrote, not a title:
# “CAMHS is well resourced and robust”, “the ward was full”. A title in sentence case names
# something (“Talking to your nearest relative”, “Help at home”).
_SAID_VERB = lazy_pattern(
    r"\b(?:is|are|was|were|has|have|had|will|won't|would|wouldn't|can|can't|cannot|could|couldn't|should|shouldn't|must)\b"
    # The negatives of "be", "have" and "do", with either apostrophe: "isn't", "wasn’t", "didn't".
    r"|\b(?:is|are|was|were|has|have|had|does|do|did)n[’']t\b"
)


def is_title(quoted: str) -> bool:
    """True if ``quoted`` (with its quotation marks) is a title or a name: it starts with a
    capital, holds a word with small letters, and does not end with the punctuation of a sentence, as in
    “Talking to your nearest relative” or ‘Fairer Charging’. Not a title: quoted speech
    (“He was referred to CAMHS.”, eight words or more in sentence case, or fewer with a verb
    such as "is" or "was": “CAMHS is well resourced and robust”), a term in small
    letters (“supervisory body”) and a bare abbreviation (“DOLS”)."""
    inner = quoted[1:-1].strip()
    words = _QUOTED_WORD.findall(inner)
    if not words or inner[-1] in ".!?,;:" or not words[0][0].isupper():
        return False
    if not any(_SMALL_PAIR.search(w) for w in words):
        return False  # abbreviations only: "DOLS", "DoLs"
    title_case = all(w[0].isupper() for w in _main_words(words))
    return title_case or (len(words) < SPEECH_WORDS and _SAID_VERB.search(inner) is None)


# What may stand between the start of a sentence and a quotation that opens it.
_BEFORE_OPENING_QUOTE = " \t(*-\u2022"


def is_title_at(text: str, start: int, end: int) -> bool:
    """True if the quotation at ``[start, end)`` of ``text`` is a title or a name (see
    :func:`is_title`). A quotation that opens a sentence has a capital whatever it is, so there
    the capital proves nothing: it is a title only when a second main word has one too
    (“Fairer Charging” is ...), not a term the sentence goes on to explain (‘Advice’ means
    helping ..., ‘Care worker’ is usually a better term ...)."""
    quoted = text[start:end]
    if not is_title(quoted):
        return False
    before = text[max(0, start - 40) : start].rstrip(_BEFORE_OPENING_QUOTE)  # (a window: no copy of a long text)
    if before and before[-1] not in ".!?:\n":
        return True  # inside a sentence: its capital is the title's
    main = _main_words(_QUOTED_WORD.findall(quoted))
    return len(main) >= 2 and all(w[0].isupper() for w in main)


# Opening quote mark -> its closing one, for a term quoted on its own (see quotation_of).
_CLOSING = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}
# An article a quotation may start with before its term: "the ‘Local Offer’", "“the Local Offer”".
_ARTICLES = ("the ", "The ", "a ", "A ", "an ", "An ")


def quotation_of(text: str, start: int, end: int) -> Span | None:
    """The quotation, from its opening mark to just after its closing one, whose words are
    exactly ``text[start:end]``, perhaps after an article inside it ("now on ‘Interim Care
    Order’ status", "an application for a “Care Order”", "“the Local Offer”", "the 'permitted
    work' rule"), or None."""
    if start == 0 or end >= len(text):
        return None
    opening = start - 1
    if text[opening] not in _CLOSING:
        for article in _ARTICLES:
            at = start - len(article)
            if at > 0 and text.startswith(article, at) and text[at - 1] in _CLOSING:
                opening = at - 1
                break
        else:
            return None
    if text[end] != _CLOSING[text[opening]]:
        return None
    return opening, end + 1


def quoted_on_its_own(text: str, start: int, end: int, protected: Sequence[Span] = ()) -> bool:
    """True if the words at ``[start, end)`` are the whole of a quotation (see
    :func:`quotation_of`). A title in quotes is protected (see :func:`is_title`), but a
    quotation that is exactly one term is that term in quotes, as writers mark a term: the
    glossary reads it (:meth:`jargonfree.glossary.index.Index.hits`). Only the glossary knows
    whether the words are a term, so this only tests the quote marks around them; given the
    text's sorted ``protected`` spans, the protected span around the words must start at the
    opening mark (a quotation inside Markdown code or a link stays protected)."""
    quotation = quotation_of(text, start, end)
    if quotation is None:
        return False
    if not protected:
        return True
    i = bisect_right(protected, (quotation[0], len(text))) - 1
    return i >= 0 and protected[i][0] == quotation[0]


def quotes_its_first_words(text: str, start: int, end: int, protected: Sequence[Span] = ()) -> bool:
    """True if a quotation holds the first words of the match at ``[start, end)`` and the
    match goes on after its closing mark: the writer quoted the head of a longer term, as in
    "they acquire ‘Looked After’ status". Like :func:`quoted_on_its_own`, only the quote marks
    are tested (the glossary knows the term); given the text's sorted ``protected`` spans, the
    quotation must be protected as itself, and the rest of the match not at all."""
    for close in range(start + 1, end - 1):
        if text[close] not in _CLOSING.values() or not text[close + 1].isspace():
            continue
        quotation = quotation_of(text, start, close)
        if quotation is None:
            continue
        if not protected:
            return True
        i = bisect_right(protected, (quotation[0], len(text))) - 1
        if i < 0 or protected[i][0] != quotation[0] or protected[i][1] > quotation[1]:
            return False
        return i + 1 >= len(protected) or protected[i + 1][0] >= end
    return False


_URL = r"(?:https?://|www\.)[^\s<>\"'`]+"
_TLDS = r"(?:uk|com|org|net|gov|nhs|info|io|co|scot|wales|ac|edu|eu|ie)"

# Text in quotation marks: protected when it is a title (see is_title).
_QUOTES = (
    Rule(lazy_pattern(r"\u201c[^\u201d\n]{1,200}\u201d"), ("\u201c",), keep=is_title_at),  # “quoted”
    Rule(lazy_pattern(r'"(?<![\w"]")[^"\n]{1,200}"(?![\w"])'), ('"',), keep=is_title_at),  # "quoted"
    Rule(lazy_pattern(r"\u2018[^\u2019\n]{1,200}\u2019(?!\w)"), ("\u2018",), keep=is_title_at),  # ‘quoted’
)

# A party: "R (Stewart)", then capitalised words, small joining words and a bracketed "(Rev 1)".
_PARTY = r"(?:[A-Z][\w'’.&-]{0,40}\s+(?:(?:and|of|for|the|&|ex\s+p(?:arte)?\.?)\s+)?|\([A-Z][\w ]{0,40}\)\s+){1,8}"
_CASE_PARTIES = lazy_pattern(rf"\b{_PARTY}v\.?\s+{_PARTY}(?=[\[(](?:19|20)\d\d[\])]\s)")

RULES: tuple[Rule, ...] = (
    Rule(lazy_pattern(r"```.*?(?:```|\Z)", re.S), ("`",)),  # fenced code
    Rule(lazy_pattern(r"`[^`\n]+`"), ("`",)),  # inline code
    Rule(lazy_pattern(r"\]\([^)\s]*\)"), ("](",)),  # Markdown link target
    # URL: "http://", "https://" or "www.", in any case.
    Rule(lazy_pattern(_URL, re.I), ("://", "ww.", "WW.", "wW.", "Ww."), trim=True, lower=lazy_pattern(_URL)),
    # email address
    Rule(
        lazy_pattern(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"),
        ("@",),
        trim=True,
        in_token=lazy_pattern(r"@[\w-]{1,63}\."),
    ),
    # a bare domain: "example.org", "nhs.uk/conditions"
    Rule(
        lazy_pattern(r"(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\." + _TLDS + r"\b(?:/[^\s<>\"'`]*)?", re.I),
        (".",),
        trim=True,
        in_token=lazy_pattern(r"\." + _TLDS + r"\b", re.I),
    ),
    # A program named with its maker's letters: "on MS Teams", "the MS Word version". A product's
    # name, not multiple sclerosis nor letters to spell out.
    Rule(lazy_pattern(r"\bMS (?:Teams|Word|Excel|Office|Outlook|PowerPoint|Forms|OneDrive|Paint)\b"), ("MS ",)),
    Rule(lazy_pattern(r"@(?<![\w@/]@)\w+"), ("@",)),  # @mention
    Rule(lazy_pattern(r"#(?<![\w#&/]#)\w+"), ("#",)),  # #hashtag
    *_QUOTES,
    # Titles of Acts: "Mental Health Act 1983", "Mental Health (Care and Treatment) (Scotland) Act 2003".
    # Each word has a small letter: a title made of an abbreviation ("the ALNET Act 2018") is
    # as opaque as any abbreviation, so it is not protected.
    # A word of the title is a capital, then at most 40 word characters of which one is a small
    # letter (the look-ahead): two unbounded runs here backtracked quadratically on a huge token
    # that starts with a capital and holds "Act" somewhere.
    Rule(lazy_pattern(r"\b(?:[A-Z](?=[\w']{0,40}?[a-z])[\w']{0,40}(?: and| of| for)? |\([A-Z][\w ]{0,80}\) ){1,8}Act(?: \d{4})?\b"), ("Act",)),
    # The parties to a court case, just before its citation: "MS v MN [2017] EWHC 324 (Fam)", "R
    # (Stewart) v London Borough of Wandsworth & Ors [2001] ...", "JW v SSWP [2022] UKUT 117".
    # They are names (the initials stand for people kept anonymous, not for words), and the
    # citation after them is flagged as the case (checks/cases.py).
    Rule(_CASE_PARTIES, (" v ", " v. ")),
)

TRAILING_PUNCTUATION = ".,;:!?)]}'\""


def find_protected(text: str) -> list[Span]:
    """Sorted, merged spans of ``text`` that must never be flagged or edited."""
    spans: list[Span] = []
    lowered: str | None = None
    whole = [(0, len(text))]
    # Matches as found, before trimming. A token window that one of them covers exactly
    # (a URL, most often) holds nothing that would add to the merged spans: skipped.
    found: set[Span] = set()
    for rule in RULES:
        for needle in rule.needles:
            if needle in text:
                break
        else:
            continue  # no needle: no match
        pattern, subject = rule.pattern, text
        if rule.lower is not None and text.isascii():
            if lowered is None:
                lowered = text.lower()
            pattern, subject = rule.lower, lowered
        windows = whole if rule.in_token is None else token_windows(text, rule.in_token)
        for lo, hi in windows:
            if rule.in_token is not None and (lo, hi) in found:
                continue
            for m in pattern.finditer(subject, lo, hi):
                start, end = m.span()
                if rule.keep is not None and not rule.keep(text, start, end):
                    continue
                found.add((start, end))
                if rule.trim:
                    while end > start and text[end - 1] in TRAILING_PUNCTUATION:
                        end -= 1
                if end > start:
                    spans.append((start, end))
    return merge_spans(spans) if spans else spans


# Words in straight single quotes: 'permitted work', 'Children's Barred List'. The opening mark
# follows no letter and comes before one; the closing mark follows a letter, a digit or a
# sentence's punctuation and comes before no letter, so the apostrophes of "parents' views" and
# "Children's" are not quote marks.
# What comes before almost every opening mark: a space, a new line or a bracket.
_OPENING_SINGLE = (" '", "\n'", "('", "\t'")
_STRAIGHT_SINGLE = lazy_pattern(r"(?<![\w'\u2019])'(?=[^\W\d_])(?:[^'\n]|(?<=[^\W_])'(?=[^\W_])){1,200}?(?<=[\w.!?,)])'(?![\w'])")


def quoted_words(text: str) -> list[Span]:
    """Spans of quoted text that is not a title (quoted speech, a term in quotes): checked like
    any other words, but a rewrite must not change what the writer quotes.

    Straight single quotes are here too, titles included: an apostrophe can look like one, so
    they protect nothing from the checks (see :data:`_QUOTES`), but a rewrite still leaves the
    words inside them as written."""
    spans: list[Span] = []
    for rule in _QUOTES:
        if rule.needles[0] in text:
            spans.extend(m.span() for m in rule.pattern.finditer(text) if not is_title_at(text, *m.span()))
    if text[:1] == "'" or any(needle in text for needle in _OPENING_SINGLE):  # cheap test first: "don't" has no opening mark
        spans.extend(m.span() for m in _STRAIGHT_SINGLE.finditer(text))
    return sorted(spans)
