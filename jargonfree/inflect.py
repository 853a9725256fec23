"""English inflection of plain words for rewrites, from lemminflect's word tables. The forms a
term may take in a text are derived in :mod:`jargonfree.glossary.derive`; "a"/"an" and
capitals are in :mod:`jargonfree.wording`.

* :func:`inflect_phrase` gives the one right form of a plain replacement ("start" ->
  "started", "begin" -> "began", "family member" -> "family members"), and says whether
  it could be sure of the grammar.
* :func:`phrase_forms` makes every form of a plain phrase at once, so they can be worked out
  when a glossary is compiled (and cached with it) instead of on every run.
* :func:`jargonfree.plural_glosses.plural_gloss` (a module of its own) makes a gloss fit a
  plural term ("catheters (thin tubes to drain pee)"), also when the glossary is compiled.

lemminflect (and numpy, which it imports) takes about a quarter of a second to load, so it
is imported only when a glossary is compiled or a form is not in that compiled table.
UK spellings win where lemminflect gives both ("cancelled", not "canceled").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence
from .lazy_patterns import lazy_pattern


#: The forms a replacement can need: "ed" is the simple past, "en" the past participle
#: ("was undertaken" -> "was done").
REPLACEMENT_SUFFIXES: tuple[str, ...] = ("s", "ed", "en", "ing")
_VERB_TAGS = {"s": "VBZ", "ed": "VBD", "en": "VBN", "ing": "VBG"}
ARTICLES = ("a", "an")
# Words after which a noun phrase's head has already come: "activity of daily living",
# "team that helps", "care for people", "costs you have" (a pronoun starts a clause about it).
_AFTER_HEAD = frozenset(
    "of for with who that which to in on at from after before under by about like because when where whose while without away"
    " into onto through across between during against within until near not such than"  # "a thin tube put into a vein"
    " you they we he she i".split()
)


# Plurals lemminflect gives another way: "persons" is a legal word, "people" the everyday one;
# "staff" (the people of a workplace) stays "staff", not "staffs".
_PLURAL_NOUNS = {"person": "people", "staff": "staff"}
# The words that open a clause about the noun before them: "a worker who gives care".
RELATIVE_WORDS = frozenset({"who", "that", "which"})
_RELATIVE = lazy_pattern(r"\b(?:" + "|".join(sorted(RELATIVE_WORDS)) + r")\b")


@lru_cache(maxsize=1)
def lemminflect_tables() -> Any:
    import lemminflect

    return lemminflect


# Forms lemminflect gives where UK English uses another: "can be got", not "can be gotten".
_UK_FORMS = {"gotten": "got"}


def _uk(forms: tuple[str, ...]) -> str:
    """Of lemminflect's spellings, the UK one: "cancelled" over "canceled", "got" over "gotten"."""
    if forms[0] in _UK_FORMS:
        return _UK_FORMS[forms[0]]
    for form in forms:
        if "ll" in form and form.replace("ll", "l", 1) in forms:
            return form
    return forms[0]


def _same_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def inflect(word: str, suffix: str, pos: str | None = None) -> str:
    """The form of ``word`` with ``suffix``: "s" (plural, or he/she form of a verb), "ed" (past),
    "en" (past participle) or "ing"; "" returns the word. ``pos`` "noun" makes "s" a plural."""
    if not suffix or not word[:1].isalpha():
        return word
    if suffix not in _VERB_TAGS:
        raise ValueError(f"unknown suffix {suffix!r}")
    tag = "NNS" if suffix == "s" and pos == "noun" else _VERB_TAGS[suffix]
    forms = lemminflect_tables().getInflection(word.lower(), tag=tag)
    return _same_case(word, _uk(forms)) if forms else word


def forms_of(words: str) -> frozenset[str]:
    """``words`` in lower case with every form of its last word that lemminflect's tables give:
    "start" -> start, starts, started, starting; "look into" -> look into (the last word is a small
    word with no forms). What a choice of plain words may be written as."""
    head, _, last = words.casefold().rpartition(" ")
    lasts = {last}
    if last.isalpha():
        lasts.update(form.casefold() for forms in lemminflect_tables().getAllInflections(last).values() for form in forms)
    return frozenset(f"{head} {form}" if head else form for form in lasts)


def chosen_plain_words(words: str, plain: Sequence[str], written: Sequence[str] = ()) -> int | None:
    """Which of the plain words ``plain`` a choice ``words`` names, as its index, in any case or
    form ("Started" and "starts" name "start"; "restart" does not), or None. First as written:
    ``plain``, or ``written`` (the same options as the text would put them, one for each of
    ``plain``); this needs no word tables. Only then as a form of one (:func:`forms_of`, which
    loads lemminflect's). The settings check (:mod:`jargonfree.choices`) and the rewrite
    (:mod:`jargonfree.rewrite_plan`) both ask here, so a choice the one accepts the other applies."""
    folded = words.casefold()
    for i, option in enumerate(plain):
        if folded == option.casefold() or (written and folded == written[i].casefold()):
            return i
    for i, option in enumerate(plain):
        if folded in forms_of(option):
            return i
    return None


def is_plural(word: str) -> bool:
    """True if ``word`` is already a plural noun ("people", "services", "children")."""
    lower = word.lower()
    plural = lemminflect_tables().getInflection(lower, tag="NNS")
    if plural and plural[0] == lower:
        return True
    lemmas = lemminflect_tables().getAllLemmas(lower, upos="NOUN").get("NOUN", ())
    return bool(lemmas) and lower not in lemmas


def readings(word: str) -> frozenset[str]:
    """The kinds of word lemminflect's tables give ``word``: "NOUN", "VERB", "ADJ", "ADV" ...
    ("services": a noun and a verb). They guess a noun for a word they do not know, small words
    included: callers leave out small words first (``data/function_words.txt``)."""
    return frozenset(lemminflect_tables().getAllLemmas(word.lower()))


def noun_head(words: list[str]) -> int:
    """Which word of a noun phrase takes the plural: "activity of daily living" -> 0,
    "people involved" -> 0, "blocked blood vessel" -> 2, "infection caught in hospital" -> 0."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in _AFTER_HEAD or (word.lower() == "the" and _a_noun_only(words[i - 1])):
            # ("the" after a noun starts a clause about it: "service the council pays for";
            # not after "around", "deciding": "team around the family", "deciding the order")
            head = i - 1
            while head > 0 and _a_verb_form_only(words[head]) and _can_be_a_noun(words[head - 1]):
                head -= 1  # a participle before "in", "for" ...: "infection caught in hospital"
            return head
    last = len(words) - 1
    if last > 0 and words[last].endswith(("ed", "ing")):
        lemmas = lemminflect_tables().getAllLemmas(words[last].lower())
        if "VERB" in lemmas and "NOUN" not in lemmas:
            return last - 1  # a participle after the noun: "people involved"
    return last


def _a_noun_only(word: str) -> bool:
    """True for a word the tables read as a noun (or a verb too), not an adverb, adjective or "-ing" form."""
    kinds = readings(word)
    return "NOUN" in kinds and not kinds & {"ADV", "ADJ"} and not word.lower().endswith("ing")


def _can_be_a_noun(word: str) -> bool:
    """True for a word the tables read as a noun, not an "-ing" form ("being expelled")."""
    return "NOUN" in readings(word) and not word.lower().endswith("ing")


def _a_verb_form_only(word: str) -> bool:
    """True for a form of a verb that is no other kind of word and not the verb itself:
    "caught", "paid", "held" (not "set", "given", "care")."""
    lemmas = lemminflect_tables().getAllLemmas(word.lower())
    return set(lemmas) == {"VERB"} and word.lower() not in lemmas["VERB"]


def is_sure(phrase: str, suffix: str, pos: str | None) -> bool:
    """Whether ``phrase`` with ``suffix`` is sure to fit the sentence (no word tables needed).

    An adjective, adverb or phrase has no such forms: a suffix there means the text uses the
    term as another kind of word. A noun phrase with "who", "that" or "which" is not sure in
    the plural (its verb would have to change too). Without a part of speech, only one word is sure.
    """
    if not suffix:
        return True
    if pos in ("adjective", "adverb", "phrase"):
        return False
    if pos == "noun":
        # "a worker who gives care" -> "workers who gives care": the verb after it does not follow.
        return suffix == "s" and not _RELATIVE.search(phrase)
    return pos == "verb" or " " not in phrase


def inflect_phrase(phrase: str, suffix: str, pos: str | None) -> tuple[str, bool]:
    """``phrase`` with ``suffix`` put on the right word, and whether the grammar is sure (:func:`is_sure`).

    A verb takes it on its first word ("carry out" -> "carried out"); a noun on its head
    word ("activity of daily living" -> "activities of daily living"), dropping "a"/"an".
    """
    sure = is_sure(phrase, suffix, pos)
    if not suffix or pos in ("adjective", "adverb", "phrase") or (pos == "noun" and suffix != "s"):
        return phrase, sure
    words = phrase.split(" ")
    if suffix in ("ed", "en", "ing") or pos == "verb":
        words[0] = inflect(words[0], suffix, "verb")
        return " ".join(words), sure
    if words[0].lower() in ARTICLES and len(words) > 1:
        words = words[1:]
    if WORD_LIST.fullmatch(" ".join(words)):
        # "school, nursery or college" -> "schools, nurseries or colleges": each noun of a list.
        return " ".join(w if w in ("and", "or") else plural_word(w) for w in words), sure
    head = noun_head(words)
    words[head] = plural_word(words[head])
    return " ".join(words), sure


#: A list of single words: "school, nursery or college", "parent or carer".
WORD_LIST = lazy_pattern(r"[^\W\d_]+(?:, [^\W\d_]+)* (?:or|and) [^\W\d_]+")


def plural_word(word: str) -> str:
    """``word`` as a plural noun, with a comma after it kept: "nursery," -> "nurseries,"."""
    bare = word.rstrip(",")
    if bare.lower() in _PLURAL_NOUNS:
        plural = _same_case(bare, _PLURAL_NOUNS[bare.lower()])
    else:
        plural = bare if is_plural(bare) else inflect(bare, "s", "noun")
    return plural + word[len(bare) :]


def phrase_forms(phrase: str, pos: str | None) -> tuple[tuple[str, str], ...]:
    """Every (suffix, form) a replacement may need, worked out once when a glossary is compiled."""
    if pos in ("adjective", "adverb", "phrase"):
        return ()
    suffixes = ("s",) if pos == "noun" else REPLACEMENT_SUFFIXES
    return tuple((suffix, inflect_phrase(phrase, suffix, pos)[0]) for suffix in suffixes)
