"""Protected spans: parts of a text that no check may flag and no rewrite may touch.

URLs, email addresses, bare domains, @mentions, #hashtags, Markdown code and link targets,
quoted text and the titles of Acts ("the Care Act 2014"). Each kind is one :class:`Rule` in
:data:`RULES`.

Repetitions are bounded and starts anchored so that no pattern backtracks badly on a huge
token. Patterns start with a literal character where they can ("@(?<!...)" rather than
"(?<!...)@"): the regular-expression engine then jumps between occurrences of it instead
of trying the pattern at every position, which matters on millions of short posts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .spans import Span, merge_spans, token_windows


@dataclass(frozen=True)
class Rule:
    """One kind of protected span.

    ``needles``: strings one of which every match contains; the rule is skipped on a text
    that has none of them. ``in_token``, if given, finds what every match contains, and no
    match holds white space: the pattern is then run only over the white-space-delimited
    stretches around each of its matches, not the whole text. ``lower``: the same pattern
    without ``re.I``, run over the lower-cased text when lower-casing keeps every offset
    (ASCII), since a case-insensitive scan is slow. ``trim``: a match loses trailing
    punctuation (a URL at the end of a sentence keeps its full stop outside).
    """

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    trim: bool = False
    in_token: re.Pattern[str] | None = None
    lower: re.Pattern[str] | None = None


_URL = r"(?:https?://|www\.)[^\s<>\"'`]+"
_TLDS = r"(?:uk|com|org|net|gov|nhs|info|io|co|scot|wales|ac|edu|eu|ie)"

RULES: tuple[Rule, ...] = (
    Rule(re.compile(r"```.*?(?:```|\Z)", re.S), ("`",)),  # fenced code
    Rule(re.compile(r"`[^`\n]+`"), ("`",)),  # inline code
    Rule(re.compile(r"\]\([^)\s]*\)"), ("](",)),  # Markdown link target
    # URL: "http://", "https://" or "www.", in any case.
    Rule(re.compile(_URL, re.I), ("://", "ww.", "WW.", "wW.", "Ww."), trim=True, lower=re.compile(_URL)),
    # email address
    Rule(
        re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}"),
        ("@",),
        trim=True,
        in_token=re.compile(r"@[\w-]{1,63}\."),
    ),
    # a bare domain: "example.org", "nhs.uk/conditions"
    Rule(
        re.compile(r"(?<![\w.-])[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\." + _TLDS + r"\b(?:/[^\s<>\"'`]*)?", re.I),
        (".",),
        trim=True,
        in_token=re.compile(r"\." + _TLDS + r"\b", re.I),
    ),
    Rule(re.compile(r"@(?<![\w@/]@)\w+"), ("@",)),  # @mention
    Rule(re.compile(r"#(?<![\w#&/]#)\w+"), ("#",)),  # #hashtag
    Rule(re.compile(r"\u201c[^\u201d\n]{1,200}\u201d"), ("\u201c",)),  # “quoted”
    Rule(re.compile(r'"(?<![\w"]")[^"\n]{1,200}"(?![\w"])'), ('"',)),  # "quoted"
    Rule(re.compile(r"\u2018[^\u2019\n]{1,200}\u2019(?!\w)"), ("\u2018",)),  # ‘quoted’
    # Titles of Acts: "Mental Health Act 1983", "Mental Health (Care and Treatment) (Scotland) Act 2003".
    # Each word has a small letter: a title made of an abbreviation ("the ALNET Act 2018") is
    # as opaque as any abbreviation, so it is not protected.
    Rule(re.compile(r"\b(?:[A-Z][\w']*[a-z][\w']*(?: and| of| for)? |\([A-Z][\w ]*\) ){1,8}Act(?: \d{4})?\b"), ("Act",)),
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
                found.add((start, end))
                if rule.trim:
                    while end > start and text[end - 1] in TRAILING_PUNCTUATION:
                        end -= 1
                if end > start:
                    spans.append((start, end))
    return merge_spans(spans) if spans else spans
