"""The plural of a gloss: "catheters (a thin tube to drain pee)" -> "catheters (thin tubes to
drain pee)", "commissioners (the person who plans and buys services)" -> "... (the people who
plan and buy services)". Worked out once for each gloss of a noun when the glossary is compiled
(:mod:`jargonfree.glossary.entries`), and only where the grammar is sure; otherwise the gloss is
kept as written.
"""

from __future__ import annotations

from .data import read_set
from .inflect import ARTICLES, RELATIVE_WORDS, WORD_LIST, is_plural, lemminflect_tables, noun_head, plural_word, readings

# A verb whose he/she form differs from its plural form in a way the word tables do not give.
_PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do"}
# A word that may stand between "who"/"that"/"which" and its verb: "a centre that only does ...".
_BEFORE_VERB = frozenset("only also often usually always never just still mainly".split())
# Words for a person that a later "who" may be about instead of the head.
_SOMEONE = frozenset("someone somebody anyone everyone people person persons".split())
_GLOSS_PHRASE_ENDS = frozenset(
    "the a an this these those your their his her its my our some any"
    " must can may will should would could might is are was were has have had do does did".split()
)


def plural_gloss(gloss: str) -> str | None:
    """A gloss that starts "a"/"an" (or "the" before a person: "the worker who ..."), made to
    fit a plural term, or None when that is not sure.

    "catheters (a thin tube to drain pee)" -> "thin tubes to drain pee"; "workers (a worker who
    links you to groups)" -> "workers who link you to groups". None (keep the gloss as it is)
    for a list or a possessive before the head ("a nurse or therapist", "a doctor's view"), an
    "it" that points back to the head, or a later "who"/"that"/"which" whose verb would have to
    change but whose noun may not be the head ("a part of the body that has not formed").
    """
    words = gloss.split(" ")
    if len(words) < 2 or words[0] not in (*ARTICLES, "the"):
        return None
    the, words = words[0] == "the", words[1:]
    # The noun phrase ends before the next determiner, pronoun or verb: "a visit | the social worker must make".
    phrase = next((i for i, w in enumerate(words) if i and w in _GLOSS_PHRASE_ENDS), len(words))
    head = noun_head(words[:phrase])
    while head > 0 and _only_a_verb(words[head]):
        head -= 1  # "social worker trained to decide": the head is "worker"
    noun = words[head]
    person = noun in read_set("person_words.txt")  # (the word tables lack some: "carer")
    if not noun.isalpha() or not noun.islower() or is_plural(noun) or not (person or "NOUN" in readings(noun)):
        return None
    if the and not person:
        return None  # "the money for running costs" is no more than one
    listed = " ".join(words[: head + 1])
    if WORD_LIST.fullmatch(listed) and all(_a_noun(w.rstrip(",")) for w in words[:head] if w not in ("or", "and")):
        # "a relative or friend who ..." -> "relatives or friends who ...": each noun of the list.
        words[:head] = [w if w in ("or", "and") else plural_word(w) for w in words[:head]]
    elif any(w in ("or", "and") or w.endswith(("'s", "\u2019s")) for w in words[:head]) or (
        any(w.endswith(",") for w in words[:head]) and not all(w.endswith(",") or "ADJ" in readings(w) for w in words[:head])
    ):
        return None  # ("a short, simple check" is one thing; "a nurse, doctor ..." a list)
    rest = words[head + 1 :]
    if any(w.strip(".,;:") in ("it", "its", "itself") for w in rest):
        return None
    clause = 0
    while clause < len(rest) and _only_a_verb(rest[clause]):
        clause += 1  # "a social worker trained to ...": a participle after the head
    if person and "who" in rest[clause : clause + 6]:
        between = rest[clause : rest.index("who", clause)]
        if not any(w in _SOMEONE or w in read_set("person_words.txt") for w in between):
            clause += len(between)  # "a worker from Cafcass who speaks up": "who" is the worker
    later = 0
    if clause < len(rest) and rest[clause] in RELATIVE_WORDS:
        # "a team that plans and runs care" -> "teams that plan and run care"
        verb = _verb_after(rest, clause)
        while verb is not None:
            rest[verb] = _plural_verb(rest[verb]) or rest[verb]
            later = verb + 1
            verb = verb + 2 if rest[verb + 1 : verb + 2] == ["and"] and _plural_verb_at(rest, verb + 2) else None
    if any(w in RELATIVE_WORDS and _verb_after(rest, i) is not None for i, w in enumerate(rest[later:], later)):
        return None
    return " ".join([*(["the"] if the else []), *words[:head], plural_word(noun), *rest])


def _verb_after(words: list[str], relative: int) -> int | None:
    """Where the he/she verb after the relative word at ``relative`` is ("that only does"), or None."""
    verb = relative + 1
    if verb < len(words) and words[verb] in _BEFORE_VERB:
        verb += 1
    return verb if _plural_verb_at(words, verb) else None


def _plural_verb_at(words: list[str], i: int) -> bool:
    return i < len(words) and _plural_verb(words[i]) is not None


def _only_a_verb(word: str) -> bool:
    """True for a participle that is not also a noun: "trained", "involved" (not "building")."""
    if not word.endswith(("ed", "ing")):
        return False
    kinds = readings(word)
    return "VERB" in kinds and "NOUN" not in kinds


def _plural_verb(word: str) -> str | None:
    """The plural form of a he/she verb form ("plans" -> "plan", "is" -> "are"), or None if it is not one."""
    if word in _PLURAL_VERBS:
        return _PLURAL_VERBS[word]
    if not word.endswith("s") or not word.isalpha():
        return None
    for lemma in lemminflect_tables().getAllLemmas(word, upos="VERB").get("VERB", ()):
        if lemma != word and word in lemminflect_tables().getInflection(lemma, tag="VBZ"):
            return lemma
    return None


def _a_noun(word: str) -> bool:
    """True for a word the tables read as a noun, or a word for a person they lack ("carer")."""
    return word in read_set("person_words.txt") or "NOUN" in readings(word)
