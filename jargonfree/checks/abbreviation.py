"""Abbreviations: capital-letter abbreviations that neither the glossary nor the text explains.

An abbreviation the text defines ("Single Point of Entry (SPOE)", either order, found with
the Schwartz-Hearst algorithm in :mod:`jargonfree.definitions`) is not flagged after the
definition. Abbreviations most people know (NHS, GP, A&E...) are listed in
``data/known_abbreviations.txt``. Glossary abbreviations belong to the jargon check, with
one exception: an abbreviation whose every glossary sense needs context (``only_near`` and
the like) that the text does not give is still unreadable to the public, so it is flagged
here, as information, when its first use is not spelt out. A list or glossary that writes the
words straight after the abbreviation spells it out too: "AAU: Acute Assessment Unit",
"CiCC stands for Children in Care Council", "NQSW newly qualified social worker" at the start
of a line (:func:`jargonfree.listed_explanations.spelt_out_after`).
Names written in mixed case with a run of small letters (LinkedIn, YouTube, CareLink) are
names of products, services or organisations, not abbreviations; so are capitals that start a
name (:mod:`jargonfree.name_letters`): before a word that is no English word ("AES Kilroot"), a
nation ("BMA Scotland"), or a body's Title Case name ("the BMA Scottish Consultants' Committee").
Capitals in brackets straight after a Title Case name whose words start with those capitals
are the name's initials ("Cheshire and Wirral Partnership NHS Foundation Trust (CWP)"), though
they do not follow its words one for one as a definition's do (:func:`jargonfree.name_letters.initials_after_name`).
A code of capitals and digits next to the word for a form or a guideline ("a C1A form", "the
questionnaire (UC50)") is that document's name, not an abbreviation. Capitals that spell an
ordinary word ("Text CANCEL to ...", "the child IS suffering", "THey said") are that word
(:mod:`jargonfree.capital_words`).
Each unexplained abbreviation is flagged once, at its first use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import document_codes, entry_words, firstuse
from ..capital_words import a_word_in_capitals, shift_slip
from ..name_letters import (
    cited_as_author,
    initials_after_name,
    inside_a_bodys_name,
    names_a_nations_branch,
    names_in_another_language,
    opens_a_bodys_name,
    runs_a_named_service,
    speaks_as_a_body,
    starts_a_proper_name,
)
from ..data import read_set
from ..adjacent_explanations import explained_after
from ..document import Document
from ..folding import fold_term
from ..glossary import Glossary
from ..wording import is_shouting
from ..listed_explanations import spelt_out_after
from ..long_form_match import spelt_out_in_words_before
from ..other_names import set_out_as_a_body
from ..plurals import singular
from ..privacy.identifiers import looks_like_ni_number
from ..report import Finding
from ..lazy_patterns import lazy_pattern
from ..titles_after_names import title_after_a_name

if TYPE_CHECKING:  # annotations only: settings.validate() imports this package
    from ..settings import Settings

#: The kind of finding this check makes (also the name ``--only`` and ``--skip`` take).
KIND = "abbreviation"
#: How the text output names a finding of this kind.
LABEL = "abbreviation"
#: How a page (the HTML output) heads findings of this kind.
HEADING = "Abbreviation"
#: True if a finding covers a whole sentence: it never hides a word finding inside it.
WHOLE_SENTENCE = False


class Memory(firstuse.Memory):
    """What a long text's earlier chunks flagged or defined (see :mod:`jargonfree.firstuse`)."""

    def __init__(self, glossary: Glossary, settings: Settings, *, keep_later_uses: bool = False) -> None:
        super().__init__(glossary, settings, keep_later_uses=keep_later_uses)
        #: Abbreviations (stems) flagged so far, and abbreviations the text has defined.
        self.flagged: set[str] = set()
        self.defined: set[str] = set()

    def still_new(self, finding: Finding, offset: int) -> bool:
        stem = singular(finding.text)
        return stem not in self.flagged and stem not in self.defined

    def remember(self, doc: Document, raw: list[Finding], kept: list[Finding]) -> None:
        self.flagged.update(singular(f.text) for f in kept if f.kind == KIND)
        for d in doc.definitions:
            self.defined.update((d.short, singular(d.short)))


# Bounded: an abbreviation is short, and a bound keeps a huge all-capitals token linear.
# The look-behind comes after the first capital ("not after a letter, &, ' or -"), so the
# engine can jump from capital to capital instead of trying every position.
# Invisible characters (zero-width space, soft hyphen...) inside it do not split it in two:
# "QZ\u200bXW" is one abbreviation, QZXW.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060"
_ABBREVIATION = lazy_pattern(
    rf"[A-Z](?<![\w&'’-][A-Z])[A-Za-z0-9&{_INVISIBLE}]{{0,12}}[A-Z][A-Za-z0-9&{_INVISIBLE}]{{0,12}}(?![\w&])"
)
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)


def known() -> frozenset[str]:
    """Abbreviations the public knows (``data/known_abbreviations.txt``)."""
    return read_set("known_abbreviations.txt")


# A run of three small letters makes a mixed-case token a name ("LinkedIn"), and so does a
# token made only of capitalised parts ("PayPal"); "DoLS", "HbA1c" and "SENCo" are neither.
_NAME_PART = lazy_pattern(r"[a-z]{3}")
_CAPITALISED_PARTS = lazy_pattern(r"(?:[A-Z][a-z]+){2,}")


def is_name(token: str) -> bool:
    """True for names written in mixed case, such as LinkedIn, YouTube, PayPal or CareLink."""
    return _NAME_PART.search(token) is not None or _CAPITALISED_PARTS.fullmatch(token) is not None


# A code of capitals and digits next to the word for a form or a published document is that
# document's name, as a reader sees it on the page: "a C1A form", "form LPA001", "the
# questionnaire (UC50)", "application form (FW8)", "NICE guideline NG69". Not an abbreviation to
# spell out.
_DOCUMENT_WORDS = r"(?:forms?|questionnaires?|guidelines?|guidance|leaflets?|notices?)"
_DOCUMENT_BEFORE = lazy_pattern(_DOCUMENT_WORDS + r"[ \t]*(?:\([ \t]*)?$", re.IGNORECASE)
_DOCUMENT_AFTER = lazy_pattern(r"[\"'\u2019]?[ \t]+" + _DOCUMENT_WORDS + r"\b", re.IGNORECASE)


def names_a_document(text: str, start: int, end: int) -> bool:
    """True if the code at ``[start, end)`` holds a digit and the word for a form or a published
    document stands just before it (perhaps with a bracket) or just after it."""
    if not any(c.isdigit() for c in text[start:end]):
        return False
    return (
        _DOCUMENT_BEFORE.search(text, max(0, start - 24), start) is not None
        or _DOCUMENT_AFTER.match(text, end, end + 20) is not None
    )


def needs_context(glossary: Glossary, token: str) -> bool:
    """True if every glossary entry for ``token`` counts only in some contexts."""
    return fold_term(token) in glossary.index.context_only


def _defined_at(doc: Document) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in doc.definitions:
        for key in (d.short, singular(d.short)):
            out.setdefault(key, d.start)
    return out


def check(doc: Document, glossary: Glossary, settings: Settings) -> list[Finding]:
    """The first use of each abbreviation that the text does not spell out."""
    text = doc.text
    known_set = known()
    # The abbreviations the text defines: its definitions are worked out when the first token
    # gets as far as asking (a post with no capitals, or only known ones, never does).
    defined: dict[str, int] | None = None
    seen: set[str] = set()
    findings: list[Finding] = []
    protected = bool(doc.protected)
    for m in _ABBREVIATION.finditer(text):
        written = token = m.group()
        if not token.isascii():
            token = token.translate(_DROP_INVISIBLE)
        if token in known_set or (token[-1].isdigit() and len(bare := token.rstrip("0123456789")) > 2 and bare in known_set):
            # Also a known abbreviation of three letters or more with a number run on: "NHS111".
            # Two letters and a number are a code of their own: "CT2", a doctor's training grade.
            continue
        stem = singular(token)
        if stem in seen or stem in known_set or not token.strip("IVXLC"):
            continue
        if protected and doc.is_protected(*m.span()):  # (the pattern makes sure of two capitals)
            continue
        document = names_a_document(text, *m.span())
        if document and document_codes.says_what_it_is(text, *m.span()):
            continue  # a form's code that the text describes: "the questionnaire (UC50)" (document_codes.py)
        if len(token) == 2 and looks_like_ni_number(text, m.start()):
            continue  # the letters of a National Insurance number ("QQ 12 34 56 C"), not an abbreviation
        if defined is None:
            defined = _defined_at(doc)
        if stem in defined and defined[stem] <= m.start():
            continue
        if initials_after_name(text, *m.span()):
            seen.add(stem)  # spelt out from here on
            continue  # a name's own initials after it: "Cheshire and Wirral Partnership NHS Foundation Trust (CWP)"
        if cited_as_author(text, *m.span()):
            continue  # the author of a reference, "(RCN, 2012)": a name, not letters to read
        # A glossary abbreviation is the jargon check's, which flags it where its context fits;
        # where no sense fits, it is still an abbreviation the reader cannot read, unless the
        # text explains it. (Asked before the tests below, which only turn a match down too:
        # most abbreviations that get this far are the glossary's.)
        knows_token = glossary.knows(token)
        known_as = token if knows_token else stem if stem is not token and glossary.knows(stem) else None
        if known_as is not None and (
            not needs_context(glossary, known_as)
            or explained_after(text, *m.span())
            # In the glossary's words for one of its senses: "Your LPA is a legal document that lets you ...".
            or entry_words.explained_as_one_of(doc, *m.span(), glossary.senses(known_as))
        ):
            continue
        if spelt_out_after(text, *m.span()):
            continue  # its words follow it, as a list writes them: "AAU: Acute Assessment Unit"
        if not stem.isupper() and is_name(stem):
            continue
        if not knows_token and (
            starts_a_proper_name(text, m.end())
            or names_a_nations_branch(text, m.end())
            or opens_a_bodys_name(text, *m.span())
            or names_in_another_language(text, m.start())
            or runs_a_named_service(text, *m.span())
            or set_out_as_a_body(text, *m.span())
            or speaks_as_a_body(text, *m.span())
        ):
            continue  # a name's first word: "AES Kilroot", "BMA Scotland", "the BMA Scottish Consultants' Committee"; a body that speaks: "NIPSA said"
        if inside_a_bodys_name(text, *m.span()):
            continue  # inside a body's name, after a place's words: "the South Eastern HSC Trust"
        fallback = known_as is not None  # no sense of the glossary's fits here
        if fallback and title_after_a_name(text, *m.span()):
            continue  # an office after a person's name: "Gareth Davies MS" (a Member of the Senedd)
        if is_shouting(doc.sentence_window(m.start())):
            continue
        # Capitals with a small plural "s" ("SLIPs") are an abbreviation's plural, and letters
        # joined by "&" ("H&SC") are no word, whatever word-frequency data makes of their parts:
        # nobody writes an ordinary word in capitals that way, so the tests below do not apply.
        can_be_a_word = not ((stem is not token and token.endswith("s")) or "&" in stem)
        if can_be_a_word and a_word_in_capitals(stem, text, *m.span()):
            continue  # "Text CANCEL to ...", "PROPORTIONALITY", "I CAN Community Hub", "the child IS suffering"
        if shift_slip(token):
            continue  # a word typed with shift held too long: "THey said"
        if spelt_out_in_words_before(text, m.start(), stem):
            seen.add(stem)
            continue  # its words come before it with no bracket: "gestational diabetes ... GD"
        seen.add(stem)
        findings.append(
            Finding(
                start=m.start(),
                end=m.end(),
                text=written,
                kind=KIND,
                rule=document_codes.RULE if document else "abbreviation/unexplained",
                message=document_codes.message(token) if document else f"“{token}” is not spelt out: write it in full the first time, with “{token}” in brackets after it.",
                # The glossary's senses did not fit here: less sure what it stands for.
                severity="info" if fallback else "warning",
            )
        )
    return findings
