"""Derive what contributors never type: the written forms an entry matches.

From ``term`` and ``forms`` this adds:

* the usual ways of writing a section of an Act: "section 136" also matches "s136",
  "s.136", "s 136", "sec 136", "sec.136", "sec136" and "sect. 136", and the other way round, and a
  three-figure section the way posts slip it, "a.136" (:mod:`.section_spellings`);
* plurals and verb forms of the last word ("commence" -> "commences", "commenced",
  "commencing"; "nearest relative" -> "nearest relatives"; "diagnosis" -> "diagnoses"); for
  an entry marked ``pos: noun`` only its plural and its "-ing" ("care call" -> "care calls",
  "care calling", not "care called"), and a two-word noun's "-ed" only hyphened ("evidence-based";
  :func:`_add_hyphened_participle`),
  from lemminflect's English dictionary (its rules for words it does not know), unless
  ``no_inflections``; a noun with ``no_inflections`` still takes the plural of its head
  ("deputyships", "statements of SEN", "section 42s"), also with context rules where the
  term is a phrase ("failures to thrive"), and nothing else;
* the plural of a number ("section 136s") and the inner plural of a phrase whose head comes
  before a linking word ("place of safety" -> "places of safety");
* a possessive or "the" between a phrase's last linking word and its last word, as real
  text writes whose thing it is: "deprivation of liberty" -> "deprivation of their liberty",
  "deprivation of a person's liberty"; "discharge of duty" -> "discharge of its duty"
  (:data:`.inserted_words.DETERMINERS`; also with ``no_inflections``, as a determiner is no inflection);
* the words an entry's own forms show may stand before its last word, before the last word of
  its other forms too: "lacks capacity" and "lacks mental capacity" teach that "mental" may
  stand before "capacity", so "lack of capacity" also finds "lack of mental capacity" (one
  such run at a time; also with ``no_inflections``, as the forms are the entry's own);
* a small number written as a word: "band 7" -> "band seven", "tier 3" -> "tier three"
  (:mod:`.number_words`; not a section of an Act);
* the run-together form of a two-word term ("step down" -> "stepdown"; the hyphenated
  form "step-down" needs nothing, as matching treats hyphens as spaces), with
  ``no_inflections`` only where word-frequency data knows it as a word that is not an
  everyday one (:func:`.wordforms.written_joined`: "caselaw", "nonresidential"), and a one-word
  term of a prefix and a rare word written apart ("post natal", "sub cutaneous";
  :func:`_add_prefix_apart`);
* every form again in American spelling ("challenging behavior", "organizational abuse",
  "duty of candor"; :func:`.wordforms.american_spelling`), also with ``no_inflections``;
* the other members of a one-word term's noun/verb family ("convey" -> "conveyance",
  "escalation" -> "escalate"; the noun of an adjective, "sufficient" -> "sufficiency"), kept
  only where lemminflect's dictionary knows the word with that part of speech and it is not
  an everyday word, and the adjective of a verb in
  "-ate" ("collaborate" -> "collaborative") and the adverb of an adjective ("sufficient" ->
  "sufficiently", "collaborative" -> "collaboratively"), kept where word-frequency data
  knows the word (or the entry's ``pos`` says the term is an adjective: "postnatally")
  and it is not an everyday word; they carry the suffix
  :data:`RELATED`, so no plain words are suggested for them (the entry's plain words fit
  the term, not its relative);
* for abbreviations, only the plural ("AMHPs", by :mod:`jargonfree.plurals`), matched with
  exact capitals, and the spellings without capitals that posts use where they are no
  English word ("cpn", "Hca" for CPN, HCA; :func:`.wordforms.small_letter_spellings`), and
  for a two-letter one with a context rule, small letters rarer than any word ("hv", "dn";
  :func:`.wordforms.two_letter_small_spelling`); for one of 3 to 6 capitals, a full stop after
  each letter ("C.P.N." and "C.P.N" for CPN; :func:`.wordforms.dotted_spellings`), and for
  one of 4 to 6 ending in S, that S small ("CAMHs"; :func:`.wordforms.small_final_s`); a
  short form with a figure in it ("HbA1c", "FY1") in any capitals ("hbA1c", "fy1"), and
  capitals and a figure run together or apart ("PHQ9" for "PHQ-9"; "NEWS 2" and "NEWS-2"
  for "NEWS2", apart only with their own capitals).

The English word forms themselves come from :mod:`.wordforms`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..folding import fold_term
from ..plurals import plural
from .model import Entry
from .number_words import in_words
from .section_spellings import is_a_section, section_variants
from .inserted_words import insertions, with_determiners, with_insertions
from .wordforms import LINKS, dotted_spellings, family, hyphen_points, inflections, other_capitals, prefix_apart, small_final_s, small_letter_spellings, two_letter_small_spelling
from ..lazy_patterns import lazy_pattern

_MIN_INFLECT = 2
#: The suffix of a form that is a relative of the term (its noun/verb family, or the
#: words an abbreviation stands for), not an inflection of it.
RELATED = "related"
IRREGULAR_PLURALS = {"child": "children", "person": "people", "woman": "women", "man": "men", "foot": "feet", "tooth": "teeth"}


@dataclass(frozen=True)
class Form:
    """One folded string to look for, the suffix it adds ("" for none), and exact surfaces if case matters."""

    key: str
    suffix: str
    literals: frozenset[str] | None


def surfaces(entry: Entry) -> list[str]:
    """The term and its written forms, with the section-number spellings added."""
    out: list[str] = []
    for surface in (entry.term, *entry.forms):
        for variant in section_variants(surface):
            if variant not in out:
                out.append(variant)
    return out


def forms(entry: Entry) -> list[Form]:
    """Every folded form of ``entry`` for the matcher, each once."""
    seen: dict[str, Form] = {}
    learnt = () if entry.case_sensitive else insertions([fold_term(s) for s in surfaces(entry)])
    written_inflections = _written_inflections(entry)
    for surface in surfaces(entry):
        base = fold_term(surface)
        if not base:
            continue
        literal = " ".join(surface.split()) if entry.case_sensitive else None
        if literal is not None and _any_case(literal):
            # "hbA1c", "HBA1C", "fy1": a short form with a figure in it is no English word
            # however it is written, so its capitals need not match.
            _add(seen, Form(base, "", None))
            if not entry.no_inflections and (plural_form := plural(literal)) is not None:
                _add(seen, Form(fold_term(plural_form), "s", None))
            _add_figure_spellings(seen, literal)
            continue
        # A form written by hand that is an inflection of the term ("enhancing" for "enhance",
        # listed where no_inflections keeps out "enhanced") has that suffix, so the plain
        # words take the same inflection ("improving", not "are improve").
        _add(seen, Form(base, written_inflections.get(base, ""), frozenset({literal, *_hyphened(literal), *_sentence_case(literal)}) if literal else None))
        if literal is None and (spelt := in_words(base)) is not None and not is_a_section(base):
            _add(seen, Form(spelt, "", None))  # "band 7" -> "band seven" (number_words.py)
        if not entry.case_sensitive:
            related = RELATED if entry.replacements else ""
            # Suffix RELATED for an entry with plain words: they would drop the inserted words
            # ("discharge of its duty" is not "discharge of duty" reworded).
            for written in with_determiners(base) + with_insertions(base, learnt):
                _add(seen, Form(written, related, None))
        if entry.no_inflections:
            if entry.pos == "noun" and not entry.case_sensitive and (not entry.has_context_rules or " " in base):
                # A noun keeps its plural even where a contributor stopped the other forms
                # ("deputyships", "statements of special educational needs"). With context
                # rules the plural of one word may be another sense ("receipts"): only what is
                # written; a phrase's plural is the same thing again, under the same rules
                # ("failures to thrive", "section 42s").
                _add_noun_plural(seen, base)
            if not entry.case_sensitive:
                _add_written_joined(seen, base)
            continue
        if literal is not None:  # (case-sensitive entries)
            # Abbreviations only take a plural: AMHPs, CTOs, FY1s, U&Es; and as posts write
            # them without capitals, where that is no word: "cpn", "Hca"; and in other
            # capitals where written in mixed case or with small words: "DOLs", "EHC Plan".
            small = small_letter_spellings(literal) + other_capitals(literal) + small_final_s(literal)
            if entry.only_near:
                small += two_letter_small_spelling(literal)  # "hv", "dn": rarer than any word
            small += [h for w in small for h in _hyphened(w)]  # "EHC-Plan" as "EHC Plan"
            if small:
                _add(seen, Form(base, "", frozenset(small)))
            for dotted in dotted_spellings(literal):  # "C.P.N." for CPN: a key of its own, dots and all
                _add(seen, Form(fold_term(dotted), "", frozenset({dotted})))
            for written in (literal, *_hyphened(literal), *small):
                plural_form = plural(written)
                if plural_form is not None:
                    _add(seen, Form(fold_term(plural_form), "s", frozenset({plural_form})))
            continue
        # A verb phrase has spaces as written ("commit suicide"); "co-produce" is one word.
        # A noun takes no verb forms but its "-ing" (see _noun_inflections): "care call" ->
        # "care calls", "care calling", never "care called".
        noun = entry.pos == "noun"
        _add_inflected(seen, base, "", entry.pos == "verb" and len(surface.split()) > 1, noun=noun)
        words = base.split(" ")
        if len(words) == 2 and all(w.isalpha() for w in words):
            joined = "".join(words)  # "step down" -> "stepdown"
            _add(seen, Form(joined, "", None))
            _add_inflected(seen, joined, "", False, noun=noun)
        elif len(words) == 1 and base.isalpha():
            _add_hyphenated(seen, base, noun=noun)
            _add_prefix_apart(seen, base)
    if entry.pos == "noun" and not entry.no_inflections and not entry.case_sensitive:
        # After the written forms, which match however they are spaced ("spot purchased").
        for surface in surfaces(entry):
            _add_hyphened_participle(seen, fold_term(surface))
    if not entry.no_inflections and not entry.case_sensitive:
        term = fold_term(entry.term)
        if term.isalpha():
            for word in family(term, adjective=entry.pos == "adjective"):
                _add(seen, Form(word, RELATED, None))
                _add_inflected(seen, word, RELATED, False)
    if not entry.case_sensitive:
        _add_american_spellings(seen)
    return list(seen.values())


def _add_american_spellings(seen: dict[str, Form]) -> None:
    """Each form again with the American (or Oxford "-ize") spelling of its words, as some posts
    and pages write them: "challenging behavior", "organizational abuse", "duty of candor",
    "contact center" (:func:`.wordforms.american_spelling`). A spelling is no inflection, so
    this holds with ``no_inflections`` too; forms kept to exact written spellings (a hyphened
    "after-care") are left as they are."""
    from .wordforms import american_spelling

    for form in list(seen.values()):
        if form.literals is not None:
            continue
        words = form.key.split(" ")
        american = [american_spelling(word) or word for word in words]
        if american != words:
            _add(seen, Form(" ".join(american), form.suffix, None))


def _sentence_case(written: str) -> list[str]:
    """A case-sensitive phrase in small letters as it opens a sentence or a list item: "Home
    treatment team will call you" is the small-letter "home treatment team", where the Title Case
    "Home Treatment Team" is one team's name. Single words are left alone: "Stat" and "Od" are
    not "stat" and "od"."""
    if " " in written and written == written.lower() and written[0].isalpha():
        return [written[0].upper() + written[1:]]
    return []


def _hyphened(written: str) -> list[str]:
    """An abbreviation's phrase with hyphens for its spaces, as real text also writes it:
    "EHC plan" -> ["EHC-plan"] (matching takes a hyphen for a space, but an abbreviation's
    spellings are kept exact)."""
    return [written.replace(" ", "-")] if " " in written else []


def _written_inflections(entry: Entry) -> dict[str, str]:
    """The suffix of each of ``entry``'s written forms that is an inflection of its term
    ("enhances": "s", "establishing": "ing"), for a verb or a noun (a phrase or an adjective
    has no inflections its plain words could follow)."""
    if entry.case_sensitive or not entry.forms or entry.pos not in ("verb", "noun", None):
        return {}
    term = fold_term(entry.term)
    inflected: dict[str, Form] = {}
    # Every inflection, also for a noun: a form written by hand in a verb's form ("advance care
    # planning", "triaged") keeps its suffix, which tells the rewrite the plain words would need
    # that form too (and so are not sure: "perineal tearing" is not "birth tear").
    _add_inflected(inflected, term, "", entry.pos == "verb" and " " in term)
    written = {fold_term(form) for form in entry.forms}
    found = {key: form.suffix for key, form in inflected.items() if key in written and key != term}
    if entry.pos == "noun":
        # A written form that is another one with "s" or "es" is its plural, whatever the word
        # tables make of it: "ed psychs" of "ed psych", "saturation levels" of "saturation level".
        singular = written | {term}
        for key in written - found.keys() - {term}:  # (the plain words are written for the term's own number)
            if (key.endswith("s") and key[:-1] in singular) or (key.endswith("es") and key[:-2] in singular):
                found[key] = "s"
    return found


#: Capitals and a figure, together or apart: "NEWS2", "NEWS 2", "NEWS-2"; "PHQ-9", "PHQ9".
_CAPITALS_FIGURE = lazy_pattern(r"([A-Z]{2,})[ -]?(\d{1,2})")


def _add_figure_spellings(seen: dict[str, Form], written: str) -> None:
    """An abbreviation of capitals and a figure as real text also writes it: run together
    ("PHQ9" for "PHQ-9"), in any capitals like the term itself (no English word is spelt
    so), or apart ("NEWS 2", "NEWS-2" for "NEWS2"), only with its own capitals: "news 2"
    in small letters is ordinary English."""
    m = _CAPITALS_FIGURE.fullmatch(written)
    if m is None:
        return
    letters, figure = m.groups()
    _add(seen, Form(fold_term(letters + figure), "", None))
    _add(seen, Form(f"{letters.lower()} {figure}", "", frozenset({f"{letters} {figure}", f"{letters}-{figure}"})))


def _add_noun_plural(seen: dict[str, Form], base: str) -> None:
    """The plural of a noun phrase's head and nothing else: "deputyship" -> "deputyships",
    "statement of SEN" -> "statements of SEN". The head is the word before the first
    linking word, or else the last word; a head that is already plural ("reasonable
    adjustments", "stomas"), a participle ("statemented") or no word ("section 41") takes none.
    Only for a noun without context rules (see :func:`forms`)."""
    from ..inflect import is_plural

    words = base.split(" ")
    link = _first_link(words)
    at = link - 1 if link is not None else len(words) - 1
    head = words[at]
    if at == len(words) - 1 and len(words) > 1 and head.isdigit():
        _add(seen, Form(base + "s", "s", None))  # "section 42s", "tier 2s": more than one of them
        return
    if not head.isalpha() or len(head) < _MIN_INFLECT or head.endswith("ed") or _plural_already(head) or is_plural(head):
        return  # a participle written as a form ("statemented") takes no plural either
    plurals = {IRREGULAR_PLURALS[head]} if head in IRREGULAR_PLURALS else inflections(head, noun=True).get("s", set())
    for head_plural in plurals:
        _add(seen, Form(" ".join(words[:at] + [head_plural] + words[at + 1 :]), "s", None))


#: Linking words after a phrase's head, for its plural only: :data:`LINKS` and "around" ("teams
#: around the family"), which is not one of them as it starts a word of an abbreviation (TAF).
_HEAD_LINKS = LINKS | {"around"}


def _first_link(words: list[str]) -> int | None:
    """Where the first linking word stands between a phrase's first and last words ("of" in
    "place of safety", "around" in "team around the child"), or None: the word before it is
    the phrase's head."""
    return next((i for i, w in enumerate(words[1:-1], 1) if w in _HEAD_LINKS), None)


def _plural_already(word: str) -> bool:
    """True for a word that ends like a plural the dictionary may not know ("funders",
    "stomas"), not like a singular in "-ss", "-us" or "-is" ("process", "status", "diagnosis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _any_case(written: str) -> bool:
    """True for a short form with a figure and a letter and no space ("HbA1c", "FY1", "NEWS2")."""
    return " " not in written and any(c.isdigit() for c in written) and any(c.isalpha() for c in written)


def _add_inflected(seen: dict[str, Form], base: str, related: str, verb_phrase: bool, *, noun: bool = False) -> None:
    """The inflected forms of ``base`` (suffix ``related`` instead of the inflection's, if given);
    with ``noun`` (an entry marked ``pos: noun``), a noun's forms (:func:`_noun_inflections`)."""
    words = base.split(" ")
    if verb_phrase and len(words) > 1:
        # A verb phrase inflects its verb: "commit suicide" -> "committed suicide".
        rest = " ".join(words[1:])
        if words[0].isalpha():
            for suffix, inflected in inflections(words[0]).items():
                for word in inflected:
                    _add(seen, Form(f"{word} {rest}", related or suffix, None))
        return
    last = words[-1]
    head = " ".join(words[:-1]) + " " if len(words) > 1 else ""
    if last[-1:].isdigit() and not base.replace(" ", "").isdigit():
        _add(seen, Form(base + "s", related or "s", None))  # "section 136s", "s136s"
    elif last.isalpha() and len(last) >= _MIN_INFLECT:
        if last in IRREGULAR_PLURALS:
            _add(seen, Form(head + IRREGULAR_PLURALS[last], related or "s", None))
        for suffix, inflected in (_noun_inflections(last) if noun else inflections(last)).items():
            for word in inflected:
                _add(seen, Form(head + word, related or suffix, None))
    # "place of safety" -> "places of safety": the head before the first linking word.
    link = _first_link(words)
    if link is not None and words[link - 1].isalpha():
        for head_plural in inflections(words[link - 1], noun=True).get("s", ()):
            inner = words[: link - 1] + [head_plural] + words[link:]
            _add(seen, Form(" ".join(inner), related or "s", None))


def _noun_inflections(word: str) -> dict[str, set[str]]:
    """The forms a noun's last word may take as the noun (an entry marked ``pos: noun``): its
    plural, and the "-ing" of the verb spelt the same, which names the doing of it ("membrane
    sweeping", "spot purchasing", "means testing"). Not its other verb forms: "care called" is
    a care worker who called, "remitted" another word than the noun "remit"."""
    out = inflections(word, noun=True)
    doing = inflections(word).get("ing")
    if doing:
        out["ing"] = doing
    return out


def _add_hyphened_participle(seen: dict[str, Form], base: str) -> None:
    """A two-word noun's "-ed", only hyphened, is an adjective of it: "evidence-based" of
    "evidence base". With a space it may be the noun and a verb ("care called": a care worker
    called), so a noun entry that means its "-ed" with a space writes it as a form."""
    words = base.split(" ")
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return
    for word in inflections(words[1]).get("ed", ()):
        hyphened = f"{words[0]}-{word}"
        spellings = frozenset({hyphened, hyphened.capitalize(), hyphened.title(), hyphened.upper()})
        _add(seen, Form(f"{words[0]} {word}", "ed", spellings))


def _add_hyphenated(seen: dict[str, Form], word: str, *, noun: bool = False) -> None:
    """ "aftercare" -> "after-care", "caseload" -> "case-load": a one-word term written with a
    hyphen between two English words, in its forms (only its plural with ``noun``). Matching
    treats a hyphen as a space, so each form is
    kept to its exact hyphenated spellings (``literals``): "after care" with a space, two
    ordinary words, is never matched."""
    forms = {"": {word}}
    for suffix, inflected in (_noun_inflections(word) if noun else inflections(word)).items():
        forms.setdefault(suffix, set()).update(inflected)
    for cut in hyphen_points(word):
        left = word[:cut]
        for suffix, written in forms.items():
            for form in written:
                if not form.startswith(left) or len(form) - cut < 2:
                    continue
                hyphenated = f"{left}-{form[cut:]}"
                spellings = frozenset({hyphenated, hyphenated.capitalize(), hyphenated.upper()})
                _add(seen, Form(f"{left} {form[cut:]}", suffix, spellings))


def _add_written_joined(seen: dict[str, Form], base: str) -> None:
    """A two-word term (or one hyphened: "non-residential" folds to "non residential") run
    together, for an entry with ``no_inflections``, only where word-frequency data knows the
    run-together word and it is no everyday word: "caselaw", "stepdown", "nonresidential";
    not "managedaccount", which nobody writes, nor "resign" for "re-sign". (Entries without
    ``no_inflections`` get every run-together form: see :func:`forms`.)"""
    from .wordforms import written_joined

    joined = written_joined(base)
    if joined is not None:
        _add(seen, Form(joined, "", None))


def _add_prefix_apart(seen: dict[str, Form], word: str) -> None:
    """ "postnatal" -> "post natal", also beside its hyphenated spelling (see
    :func:`.wordforms.prefix_apart`): two words written apart are otherwise left to
    :func:`_add_hyphenated`, which keeps them to their hyphenated spellings."""
    for key, suffix in prefix_apart(word):
        old = seen.get(key)
        if old is None or old.literals is not None:
            seen[key] = Form(key, old.suffix if old else suffix, None)


def _add(seen: dict[str, Form], form: Form) -> None:
    old = seen.get(form.key)
    if old is None:
        # Within one entry the first way to reach a key wins: "FY1s" written out by hand is
        # still the plural of "FY1". (Across entries, written forms win: see index.py.)
        seen[form.key] = form
    elif old.literals is not None and form.literals is not None:
        seen[form.key] = Form(form.key, old.suffix, old.literals | form.literals)
