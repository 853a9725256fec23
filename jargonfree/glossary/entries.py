"""One glossary entry as written in YAML, checked field by field and made into an :class:`Entry`.

Each field is checked against the field table (:mod:`.fields`): its kind, its length, its
choices. Every problem goes to the file's :class:`~.problems.Reporter` with its line, so one
run lists them all.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from typing import Any

from ..nations import DEFAULT_JURISDICTION, everyday_for
from .fields import ENTRY_FIELDS, REQUIRED_BUILTIN_FIELDS, Field
from .model import Entry, entry_id, looks_like_abbreviation
from .problems import Reporter
from .yamlread import Located

MAX_TEXT = 1_000
MAX_TERM = 120
MAX_LIST = 50
MAX_CONTEXT_LIST = 200
CONTEXT_FIELDS = frozenset({"only_near", "not_near", "not_before", "not_after"})


#: Words a practitioner writes for a field whose name they do not know ("nation: scotland"),
#: which a close spelling would not find ("nation" is closest to "explanation").
_MEANT = {
    "nation": "jurisdiction", "nations": "jurisdiction", "country": "jurisdiction", "where": "jurisdiction",
    "law": "jurisdiction", "meaning": "explanation", "definition": "explanation", "example": "flagged",
    "alternative": "plain", "alternatives": "plain", "replacement": "plain", "instead": "plain",
}


def check_fields(mapping: Located, known: dict[str, Field], report: Reporter, *, what: str) -> set[str]:
    """Report duplicate and unknown fields; returns the fields the mapping means to have
    (its known ones, and the guess for each misspelt one), so that a typo such as 'plian:'
    is one message, not a second one saying 'plain:' is missing."""
    meant = {key for key in mapping if key in known}
    for key, first, second in mapping.duplicate_keys:
        report.error(second, f"'{key}' is written twice in this {what} (also on line {first}): keep one of them")
    for key in mapping:
        if key not in known:
            guess = [_MEANT[key]] if _MEANT.get(key) in known else difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
            hint = f" Did you mean '{guess[0]}'?" if guess else f" Allowed fields: {', '.join(known)}."
            report.error(mapping.key_lines.get(key, mapping.line), f"unknown field '{key}' in this {what}.{hint}")
            meant.update(guess)
    return meant


def text_value(value: Any) -> str | None:
    # YAML reads "plain: 42" as a number: parse_entry rejects numbers in the fields a reader sees
    # (_WORDS_FOR_READERS) before they get here; elsewhere a number is the word it spells.
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


#: Fields whose text reaches the reader or stands for the term: a number there is a slip
#: (a bare 42 in 'only_near:' or 'forms:' is a fine word to look for, and is kept as text).
_WORDS_FOR_READERS = frozenset({"term", "plain", "in_brackets", "shorter", "explanation", "keep_when", "sense", "source", "rewritten"})


def is_number(value: Any) -> bool:
    if isinstance(value, list):
        return any(is_number(v) for v in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def text_values(value: Any) -> list[str] | None:
    if value is None:
        return []
    single = text_value(value)
    if single is not None:
        return [single]
    if isinstance(value, list):
        out = [text_value(v) for v in value]
        if all(v is not None for v in out):
            return [v for v in out if v is not None]
    return None


def _has_bool(value: Any) -> bool:
    return isinstance(value, bool) or (isinstance(value, list) and any(isinstance(v, bool) for v in value))


def not_a_choice(key: str, value: Any, spec: Field) -> str:
    message = f"'{key}' must be one of: {', '.join(spec.choices)} (it is {value!r})"
    # "England", "England and Wales", "Northern Ireland", "Noun": the choice, as a person writes it.
    words = "-".join(w for w in re.findall(r"[a-z]+", str(value).lower()) if w != "and")
    meant = {"united-kingdom": "uk", "ni": "northern-ireland", "wales-england": "england-wales"}.get(words, words)
    return f"{message}. Did you mean '{meant}'?" if meant in spec.choices and meant != value else message


def parse_entry(
    raw: Any,
    line: int,
    category: str,
    report: Reporter,
    strict: bool,
    known_sources: frozenset[str],
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Entry | None:
    """The entry written at ``line`` as an :class:`Entry`, or None if it has an error (every
    problem is reported). ``jurisdiction`` is the file's default; ``strict`` applies the
    built-in glossaries' extra rules."""
    if not isinstance(raw, Located):
        report.error(line, "each entry must be a set of fields such as 'term:', 'plain:' and 'source:'")
        return None
    meant = check_fields(raw, ENTRY_FIELDS, report, what="entry")
    at = raw.key_lines
    values: dict[str, Any] = {}
    ok = True
    for key, spec in ENTRY_FIELDS.items():
        if key not in raw:
            continue
        value = raw[key]
        where = at.get(key, raw.line)
        if key in _WORDS_FOR_READERS and is_number(value):
            report.error(where, f"'{key}' has a number in it, not text: put it in quotes, like '42', if you mean it as words")
            ok = False
        elif spec.kind == "text":
            text = text_value(value)
            if text is None:
                report.error(where, f"'{key}' must be a piece of text ({spec.help})")
                ok = False
            elif len(text) > (MAX_TERM if key == "term" else MAX_TEXT):
                report.error(where, f"'{key}' is too long: keep it under {MAX_TERM if key == 'term' else MAX_TEXT} characters")
                ok = False
            else:
                values[key] = text
        elif spec.kind == "texts":
            texts = text_values(value)
            limit = MAX_CONTEXT_LIST if key in CONTEXT_FIELDS else MAX_LIST
            if texts is None and _has_bool(value):
                report.error(where, f"'{key}' has yes, no, true or false in it, which YAML reads as true/false: put it in quotes, like 'no'")
                ok = False
            elif texts is None or any(len(t) > MAX_TEXT for t in texts):
                report.error(where, f"'{key}' must be a piece of text or a list of them ({spec.help})")
                ok = False
            elif len(texts) > limit:
                report.error(where, f"'{key}' has more than {limit} items: keep the list short")
                ok = False
            else:
                values[key] = tuple(texts)
        elif spec.kind == "bool":
            if not isinstance(value, bool):
                report.error(where, f"'{key}' must be true or false")
                ok = False
            else:
                values[key] = value
        elif spec.kind == "choice":
            if value not in spec.choices:
                report.error(where, not_a_choice(key, value, spec))
                ok = False
            else:
                values[key] = value
    if "term" not in raw:
        if "term" not in meant:
            report.error(raw.line, "this entry has no 'term:': add the word or phrase to look for")
        return None
    if "term" not in values:
        return None
    term = values["term"]
    # Fields that are there but wrong were reported above: one problem, one message.
    if not any(key in meant for key in ("plain", "explanation", "in_brackets")):
        report.error(raw.line, f"'{term}' needs 'plain:' (plainer words) or 'explanation:' (what it means)")
    flagged, rewritten = values.get("flagged", ()), values.get("rewritten", ())
    # A term everyday for every reader ("everyday_in: uk") is reported to no one, so no sentence
    # can show it flagged: its examples are all 'not_flagged' ones.
    known_everywhere = everyday_for(values.get("everyday_in", ""), "uk")
    if known_everywhere and (flagged or rewritten):
        key = "flagged" if flagged else "rewritten"
        report.error(
            at.get(key, raw.line),
            f"'{term}' is an everyday term for readers across the UK (everyday_in: uk), so it is never "
            "reported and no sentence can show it flagged: move its 'flagged' examples to 'not_flagged' "
            "and take out 'rewritten'",
        )
        ok = False
    if rewritten and len(rewritten) != len(flagged):
        report.error(
            at.get("rewritten", raw.line),
            f"'{term}' has {len(flagged)} 'flagged' example(s) but {len(rewritten)} 'rewritten' one(s): "
            "write one rewritten sentence for each flagged one, in the same order",
        )
        ok = False
    # A missing source is reported but the entry is still built, so its examples are checked
    # in the same run; any error stops the file being used for a real check.
    if "source" not in meant:
        report.error(
            raw.line,
            f"'{term}' has no 'source:': say where the facts come from (a source id from sources.yaml, or a name and web address)",
        )
    if strict:
        for key in REQUIRED_BUILTIN_FIELDS:
            if key not in meant and key != "source":  # a missing source is reported just above
                if known_everywhere and key in ("flagged", "rewritten"):
                    continue  # reported to no reader: no flagged example to give
                report.error(raw.line, f"'{term}' needs '{key}:' in a built-in glossary ({ENTRY_FIELDS[key].help})")
        for source in values.get("source", ()):
            if source not in known_sources:
                report.error(at.get("source", raw.line), unknown_source(source, known_sources))
    if not ok:
        return None
    case_sensitive = values.get("case_sensitive", looks_like_abbreviation(term))
    rewrite = values.get("rewrite", "expand" if looks_like_abbreviation(term) else "replace")
    entry = Entry(
        id=entry_id(category, term, values.get("sense")),
        term=term,
        category=category,
        plain=values.get("plain", ()),
        in_brackets=values.get("in_brackets", ()),
        explanation=values.get("explanation"),
        forms=values.get("forms", ()),
        keep_when=values.get("keep_when"),
        sources=values.get("source", ()),
        source_note=values.get("source_note"),
        flagged=values.get("flagged", ()),
        not_flagged=values.get("not_flagged", ()),
        rewritten=rewritten,
        case_sensitive=case_sensitive,
        only_near=values.get("only_near", ()),
        not_near=values.get("not_near", ()),
        not_before=values.get("not_before", ()),
        not_after=values.get("not_after", ()),
        jurisdiction=values.get("jurisdiction", jurisdiction),
        everyday_in=values.get("everyday_in"),
        sense=values.get("sense"),
        rewrite=rewrite,
        no_auto_rewrite=values.get("no_auto_rewrite"),
        shorter=values.get("shorter"),
        pos=values.get("pos"),
        related=values.get("related", ()),
        no_inflections=values.get("no_inflections", False),
        file=report.path,
        line=raw.line,
    )
    return replace(entry, inflections=_inflections(entry))


def _inflections(entry: Entry) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The forms of each replacement (and of ``shorter``), and the plural of each gloss of a noun
    that has one (:func:`jargonfree.plural_glosses.plural_gloss`), worked out once, when the glossary is compiled."""
    from ..inflect import phrase_forms
    from ..plural_glosses import plural_gloss

    words = (*entry.replacements, *([entry.shorter] if entry.shorter else []))
    forms = {plain: phrase_forms(plain, entry.word_class) for plain in words}
    if entry.word_class == "noun":
        for gloss in entry.glosses:
            plural = plural_gloss(gloss)
            if plural is not None and gloss not in forms:
                forms[gloss] = (("s", plural),)
    return tuple(forms.items())


def unknown_source(source: str, known: frozenset[str]) -> str:
    """The message for a built-in entry's source that is no id in sources.yaml: a near id
    is most often a typo."""
    import difflib

    close = difflib.get_close_matches(source, sorted(known), n=1, cutoff=0.75)
    if close:
        return f"'{source}' is not a source id in sources.yaml. Did you mean '{close[0]}'?"
    return (
        f"'{source}' is not a source id in sources.yaml: cite the id of a source listed there, or add the "
        "publication at the end of glossaries/sources.yaml (id, title, publisher, url, licence, use, nations) and cite its id"
    )
