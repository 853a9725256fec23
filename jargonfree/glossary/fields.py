"""The fields a glossary file may use: one table that drives the validator, the docs and the schema test.

Each field says what it is for in words a contributor reads in error messages.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nations import JURISDICTIONS

REWRITES: tuple[str, ...] = ("replace", "expand", "explain")
POS: tuple[str, ...] = ("noun", "verb", "adjective", "adverb", "phrase")


@dataclass(frozen=True)
class Field:
    """One field of a glossary entry or file."""

    name: str
    kind: str  # "text", "texts" (one text or a list of texts), "bool", "choice"
    help: str
    choices: tuple[str, ...] = ()


ENTRY_FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("term", "text", "the word or phrase to look for, as it is usually written"),
        Field("forms", "texts", "other ways the term is written, such as s136 or s.136"),
        Field("plain", "texts", "plain words that can take the term's place in a sentence (the same kind of word), best first"),
        Field(
            "in_brackets",
            "texts",
            "plain words that say what the term means but cannot take its place; a rewrite keeps the term and adds them in brackets",
        ),
        Field("explanation", "text", "one or two short, plain sentences saying what the term means"),
        Field("keep_when", "text", "when it is fine to keep the term, in a few words"),
        Field("source", "texts", "where the facts come from: a source id from sources.yaml, or a name and web address"),
        Field(
            "source_note",
            "text",
            "why a source is cited as a whole (a publisher's home page, or a whole Act) rather than the page or section that states the facts",
        ),
        Field("flagged", "texts", "an example sentence in which the term must be found"),
        Field("not_flagged", "texts", "an example sentence in which the term must not be found"),
        Field("rewritten", "texts", "the 'flagged' example as 'jargonfree rewrite' gives it, checked by a person to read well"),
        Field("case_sensitive", "bool", "true if only this exact capitalisation counts (abbreviations are by default)"),
        Field("only_near", "texts", "the term only counts when one of these words is in the same paragraph (or the text is clearly about care)"),
        Field("not_near", "texts", "the term does not count when one of these words is in the same sentence"),
        Field("not_before", "texts", "the term does not count when one of these words comes straight after it"),
        Field("not_after", "texts", "the term does not count when one of these words comes straight before it"),
        Field("jurisdiction", "choice", "where this meaning applies, if not where its file says (default england-wales)", JURISDICTIONS),
        Field(
            "everyday_in",
            "choice",
            "where the term is an everyday word that readers know ('outwith' in Scotland; uk for a word of care the public knows everywhere, such as 'personal budget'): not reported to a reader there, reported to readers elsewhere",
            JURISDICTIONS,
        ),
        Field("sense", "text", "a short label that tells apart two entries for the same term"),
        Field("rewrite", "choice", "how a rewrite uses the plain words", REWRITES),
        Field("no_auto_rewrite", "text", "why a rewrite must never change this term without a person choosing"),
        Field("shorter", "text", "a shorter plain alternative for posts with a length limit"),
        Field("pos", "choice", "the kind of word the term is, and so each of its 'plain' words", POS),
        Field("related", "texts", "other glossary terms a reader may want to look up"),
        Field("no_inflections", "bool", "true to match only the forms written here (and a noun's plural, and a run-together spelling real text uses, such as caselaw), not -ed/-ing forms"),
    )
}

FILE_FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        Field("entries", "list", "the list of glossary entries"),
        Field("category", "text", "the category of every entry in this file (defaults to the file name)"),
        Field("title", "text", "a human title for the file"),
        Field("description", "text", "what the file covers"),
        Field(
            "jurisdiction",
            "choice",
            "where this file's entries hold, unless an entry says otherwise (default: england-wales)",
            JURISDICTIONS,
        ),
        Field("disable", "texts", "built-in terms or ids that your readers know, to switch off"),
    )
}

REQUIRED_ENTRY_FIELDS: tuple[str, ...] = ("term", "source")
# Built-in glossaries hold themselves to more than a user's file.
REQUIRED_BUILTIN_FIELDS: tuple[str, ...] = ("term", "pos", "plain", "explanation", "source", "flagged", "rewritten", "not_flagged")
