"""Why an annotated term is not flagged in its passage: which rule silences it.

    python bench/why_silent.py FILE.yaml [--half tune] [--id ID]   # every miss of annotated passages
    python bench/why_silent.py --text "..." --flag "..."            # one passage, one string

For each string a passage annotates to flag that no word finding overlaps (a miss, as
``bench/quality.py`` counts it), this asks:

- is the string flagged when checked alone (a one-line probe), in its sentence alone, and in
  its paragraph alone? A string the probe does not flag is a glossary gap, not a matter of
  context;
- which rule, turned off by itself, lets the passage flag it (every explanation detector is
  made to see no explanation, every name detector no name, the context rules to find their
  words, overlap resolution to keep every match); if none alone does, which group turned off
  together does.

Nothing in the library changes: the rules are replaced for one check at a time and put back.
The corpus's held-out half is never read: with the corpus, ``--half tune`` is required.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import quality  # noqa: E402  (bench/quality.py: halves and what counts as found)

# (group, label, module, attribute): each rule, named as the module that holds it names it.
# An explanation or name detector is made to answer False ("not explained", "not a name").
_FALSE = "false"
EXPLANATIONS = (
    ("document", "Document.definitions"),  # "Approved Mental Health Professional (AMHP)" and the like
    ("adjacent_explanations", "explained_after"),
    ("adjacent_explanations", "explained_before"),
    ("named_explanations", "named_after_explanation"),
    ("listed_explanations", "heads_a_gloss"),
    ("listed_explanations", "glossed_after_its_short_form"),
    ("listed_explanations", "followed_by_examples"),
    ("listed_explanations", "spelt_out_after"),
    ("listed_explanations", "heads_a_glossary_entry"),
    ("listed_explanations", "named_in_full_after"),
    ("listed_explanations", "asked_about"),
    ("nearby_explanations", "spelt_out_earlier"),
    ("nearby_explanations", "explained_after_noun"),
    ("nearby_explanations", "noun_explained_in_brackets"),
    ("nearby_explanations", "explained_by_its_parts"),
    ("explaining_clauses", "explained_by_which"),
    ("explaining_clauses", "explained_by_who"),
    ("explaining_clauses", "explained_by_what_it_does"),
    ("other_names", "renamed_after_or"),
    ("other_names", "explained_by_apposition"),
    ("heading_explanations", "heads_an_explained_line"),
    ("later_explanations", "explained_next"),
    ("later_explanations", "explained_after_another_name"),
    ("later_explanations", "defined_in_a_later_sentence"),
    ("defining_sentences", "defined_by_its_sentence"),
    ("condition_sentences", "defined_by_a_condition"),
    ("entry_words", "explained_in_entry_words"),
    ("long_form_match", "spelt_out_in_words_before"),
)
NAMES = (
    ("names", "inside_a_name"),
    ("names", "names_a_court"),
    ("names", "names_an_nhs_body"),
    ("title_names", "inside_a_title"),
    ("service_names", "names_a_service"),
    ("office_names", "opened_by_a_bodys_word"),
    ("name_letters", "cited_as_author"),
)
CONTEXT = (
    ("document", "find_protected"),  # quoted speech, addresses and the like are not searched
    ("checks.senses", "_fit"),  # only_near, not_near, not_before, not_after, and the domain when only_near is not met
    ("checks.senses", "_longest_first"),  # longest match wins over the shorter one inside it
    ("checks.acts", "act_of"),  # "section 4 of the Mental Capacity Act" is another Act's section
    ("checks.own_parts", "part_of_this_text"),  # "see section 2 below"
    ("checks.law_usage", "a_school_year"),  # "my son is in S3"
    ("nations", "everyday_for"),  # an everyday word where the reader is
)
GROUPS = {"explanation": EXPLANATIONS, "name": NAMES, "context": CONTEXT}


def _replacement(module: str, attribute: str, original: Callable) -> Callable:
    """What a rule is replaced by: the answer that lets the term stand."""
    if attribute == "_fit":
        senses = importlib.import_module("jargonfree.checks.senses")
        return lambda *args, **kwargs: senses._BY_WORDS
    if attribute == "_longest_first":
        return lambda hits: list(hits)
    if attribute == "Document.definitions":
        return property(lambda doc: ())
    if attribute == "find_protected":
        return lambda *args, **kwargs: []
    if attribute == "act_of":
        return lambda *args, **kwargs: None
    return lambda *args, **kwargs: False


@contextmanager
def turned_off(rules: tuple[tuple[str, str], ...]) -> Iterator[None]:
    """Replace each rule wherever a jargonfree module has imported it, and put it back after."""
    saved: list[tuple[object, str, object]] = []
    try:
        for module, attribute in rules:
            home = importlib.import_module(f"jargonfree.{module}")
            if "." in attribute:  # a class's attribute: replaced on the class itself
                owner_name, name = attribute.split(".")
                owner = getattr(home, owner_name)
                saved.append((owner, name, owner.__dict__[name]))
                setattr(owner, name, _replacement(module, attribute, owner.__dict__[name]))
                continue
            original = getattr(home, attribute)
            new = _replacement(module, attribute, original)
            for name, loaded in list(sys.modules.items()):
                if name.startswith("jargonfree") and getattr(loaded, attribute, None) is original:
                    saved.append((loaded, attribute, original))
                    setattr(loaded, attribute, new)
        yield
    finally:
        for loaded, attribute, original in reversed(saved):
            setattr(loaded, attribute, original)


def flagged(text: str, needle: str) -> bool:
    """True if a word finding overlaps the first occurrence of ``needle`` (as the corpus scores)."""
    import jargonfree

    start, end = quality.span(text, needle)
    return any(f.start < end and start < f.end for f in jargonfree.check(text).findings if f.kind in quality.WORD_KINDS)


def later_use(text: str, needle: str) -> bool:
    """True if ``needle`` is flagged only as a later use of an earlier finding (its ``also_at``)."""
    import jargonfree

    start, end = quality.span(text, needle)
    return any(s < end and start < e for f in jargonfree.check(text).findings for s, e in f.also_at)


def _around(text: str, start: int, stop: str) -> str:
    low = text.rfind(stop, 0, start) + len(stop) if text.rfind(stop, 0, start) >= 0 else 0
    high = text.find(stop, start)
    return text[low : high if high >= 0 else len(text)]


@dataclass
class Diagnosis:
    alone: bool  # flagged when checked by itself
    in_sentence: bool  # flagged in its sentence alone
    in_paragraph: bool  # flagged in its paragraph alone
    silencers: tuple[str, ...]  # the rules (or groups) whose turning off lets it be flagged

    @property
    def cause(self) -> str:
        if self.silencers:
            return " or ".join(self.silencers)
        if not self.alone:
            return "probe silent (not a glossary term)"
        return "unknown"


def _label(rules: tuple[tuple[str, str], ...]) -> str:
    return "+".join(a if "." in a else f"{m.rsplit('.', 1)[-1]}.{a}" for m, a in rules)


def diagnose(text: str, needle: str) -> Diagnosis | None:
    """Why ``needle`` is not flagged in ``text``; None if it is flagged."""
    if flagged(text, needle):
        return None
    import jargonfree
    from jargonfree.document import Document

    start = text.index(needle)
    end = start + len(needle)
    if text[start - 1 : start].isalnum() or text[end : end + 1].isalnum():
        return Diagnosis(False, False, False, ("its first occurrence is inside a longer word",))
    sentence = Document.from_text(text).sentence_at(start)
    alone = flagged(needle, needle)
    in_sentence = flagged(text[sentence[0] : sentence[1]], needle)
    in_paragraph = flagged(_around(text, start, "\n\n"), needle)
    del jargonfree
    if later_use(text, needle):
        return Diagnosis(alone, in_sentence, in_paragraph, ("first use: a later use of an earlier finding",))
    found = []
    for rules in GROUPS.values():
        for rule in rules:
            with turned_off((rule,)):
                unsilenced = flagged(text, needle)
            if unsilenced:
                found.append(_label((rule,)) + (_context_detail(text, start, end) if rule[1] == "_fit" else ""))
    if not found:
        every = tuple(r for rules in GROUPS.values() for r in rules)
        with turned_off(every):
            all_off = flagged(text, needle)
        if all_off:
            found.append(_label(_fewest(text, needle, every)))
    return Diagnosis(alone, in_sentence, in_paragraph, tuple(found))


def _context_detail(text: str, start: int, end: int) -> str:
    """Which context rule of which entry turns the match down: " (entry-id: only_near not met)"."""
    from jargonfree.checker import resolve_glossary
    from jargonfree.checks import senses
    from jargonfree.document import Document

    glossary = resolve_glossary(None)
    doc = Document.from_text(text)
    said = []
    for hit in glossary.index.hits(doc):
        if hit.start < end and start < hit.end and hit.entry in glossary.index.with_context:
            entry = glossary.entries[hit.entry]
            fit = senses._fit(doc, entry, hit)
            if fit == senses._WRONG:
                said.append(f"{entry.id}: not_near, not_before or not_after")
            elif fit == senses._BY_DOMAIN:
                said.append(f"{entry.id}: only_near not met" + (", the domain not care enough" if hit.entry in glossary.index.domain_decides else ""))
    return f" ({'; '.join(said)})" if said else ""


def _fewest(text: str, needle: str, rules: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Rules that must all be off for ``needle`` to be flagged (no one of them alone is enough):
    from all of ``rules`` off, each is put back in turn and kept back if the term stays flagged."""
    needed = list(rules)
    for rule in rules:
        rest = tuple(r for r in needed if r != rule)
        with turned_off(rest):
            if flagged(text, needle):
                needed = list(rest)
    return tuple(needed)


def passages_of(path: Path, half: str | None) -> list[dict]:
    # Refused before the file is read: reading the corpus alone takes seconds.
    if path.resolve() == quality.CORPUS.resolve() and half != "tune":
        raise SystemExit("the corpus's held-out misses are not to be read: give --half tune")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    passages = data["passages"] if isinstance(data, dict) else data
    if half is not None:
        passages = [p for p in passages if quality.half_of_passage(p) == half]
    if path.resolve() != quality.CORPUS.resolve():
        passages = quality.without_heldout(passages, path)
    return passages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--half", choices=("tune",))
    parser.add_argument("--id", action="append", help="only these passages")
    parser.add_argument("--text", help="a passage given on the command line (with --flag)")
    parser.add_argument("--flag", action="append", default=[])
    args = parser.parse_args(argv)
    cases: list[tuple[str, str, str]] = []
    if args.text is not None:
        cases = [("text", args.text, f) for f in args.flag]
    for path in args.files:
        for p in passages_of(path, args.half):
            if args.id is None or p["id"] in args.id:
                cases += [(p["id"], p["text"], item["text"]) for item in p.get("flag") or []]
    counts: Counter[str] = Counter()
    for pid, text, needle in cases:
        found = diagnose(text, needle)
        if found is None:
            continue
        counts[found.cause] += 1
        where = "".join("Y" if x else "n" for x in (found.alone, found.in_sentence, found.in_paragraph))
        print(f"{pid} | {needle} | alone/sentence/paragraph {where} | {found.cause}")
    print(f"\n{sum(counts.values())} misses by what silences them:")
    for cause, n in counts.most_common():
        print(f"{n:4}  {cause}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
