"""English word forms from lemminflect and wordfreq, for the forms a term may take in a text.

* :func:`inflections`: plurals and verb forms ("commence" -> "commences", "commenced");
* :func:`family`: the other members of a word's noun/verb family ("convey" -> "conveyance"),
  the noun of an adjective ("sufficient" -> "sufficiency"), the adjective of a verb in "-ate"
  and the adverb of an adjective, where they are not everyday words;
* :func:`hyphen_points`: where a one-word term splits into two English words ("aftercare");
* :func:`small_letter_spellings`: an abbreviation as posts write it without its capitals
  ("cpn", "Hca"), where that is no English word.

:mod:`jargonfree.glossary.derive` turns these into the forms the matcher looks for.
lemminflect is imported inside the functions: only a glossary being compiled needs it.
"""

from __future__ import annotations

from functools import lru_cache

#: Words that join the head of a phrase to the rest ("place of safety"): the head before one
#: takes the plural, and no word is put inside a term across one.
LINKS = frozenset({"of", "in", "for", "to", "under", "on", "at", "with", "from", "by"})

__all__ = ["LINKS", "american_spelling", "family", "hyphen_points", "inflections", "other_capitals", "prefix_apart", "small_letter_spellings", "two_letter_small_spelling", "written_joined"]

#: A family word at least this common (Zipf scale, wordfreq) is an everyday word, left alone.
_EVERYDAY_ZIPF = 4.0
# lemminflect's part-of-speech tags -> the suffixes the rest of the package uses.
_TAG_SUFFIX = {"NNS": "s", "VBZ": "s", "VBD": "ed", "VBN": "ed", "VBG": "ing"}
# Noun/verb family endings, both ways: (verb ending, noun ending).
_FAMILY = (
    ("ate", "ation"),
    ("ise", "isation"),
    ("ize", "ization"),
    ("ify", "ification"),
    ("ete", "etion"),
    ("", "ment"),
    ("ey", "eyance"),
    ("", "al"),
    ("e", "al"),
    ("r", "rral"),
)
# Adjective -> noun endings: "sufficient" -> "sufficiency", "viable" -> "viability".
_ADJECTIVE_NOUN = (
    ("ent", "ency"),
    ("ent", "ence"),
    ("ant", "ancy"),
    ("ant", "ance"),
    ("able", "ability"),
    ("ible", "ibility"),
)


def hyphen_points(word: str) -> list[int]:
    """Where ``word`` splits into two English words of 2+ letters each (Zipf 3 or more in wordfreq)."""
    from ..lexicon import zipf

    return [cut for cut in range(2, len(word) - 1) if zipf(word[:cut]) >= 3.0 and zipf(word[cut:]) >= 3.0]


#: A run-together word is written at all when word-frequency data gives it this Zipf or more
#: ("caselaw" 1.5, "stepdown" 1.5); below, nobody writes it ("managedaccount").
_WRITTEN_ZIPF = 1.0
#: ... and is an everyday word of its own at this Zipf or more ("resign" for "re-sign").
_JOINED_EVERYDAY_ZIPF = 3.0


def written_joined(base: str) -> str | None:
    """A folded two-word term run together where real text writes it so: "case law" ->
    "caselaw", "non residential" (of "non-residential") -> "nonresidential"; None where
    wordfreq does not know the joined word, or knows it as an everyday word, which may be
    another word than the term ("re sign" -> "resign")."""
    from ..lexicon import zipf

    words = base.split(" ")
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return None
    joined = "".join(words)
    return joined if _WRITTEN_ZIPF <= zipf(joined) < _JOINED_EVERYDAY_ZIPF else None


def american_spelling(word: str) -> str | None:
    """The American (or Oxford "-ize") spelling of a British word, where the two differ by one
    of the regular patterns (-our/-or, -ise/-ize, -yse/-yze, ae and oe/e, -re/-er, -ence/-ense,
    -ogue/-og, -ll-/-l-): "behaviour" -> "behavior", "organisational" -> "organizational",
    "centres" -> "centers"; else None. The pairs are breame's, in ``data/british_spellings.txt``,
    as :mod:`.spelling` keeps them: not an irregular pair, whose American spelling may be
    another British word ("practise" -> "practice", "draught" -> "draft"), nor a word UK care
    writing also spells the American way ("licence": "license" is the British verb)."""
    return _american_spellings().get(word)


@lru_cache(maxsize=1)
def _american_spellings() -> dict[str, str]:
    from .spelling import british_spellings

    return {uk: us for us, uk in british_spellings().items()}


#: Prefixes that posts write apart from a rare word: "post natal", "ante natal", "sub cutaneous"
#: ("re" and "co" start too many words that are no prefix and a word: "re quire", "co hort").
PREFIXES = ("ante", "post", "pre", "peri", "neo", "intra", "inter", "multi", "non", "sub")
#: ... where the word after the prefix is rarer than this (Zipf): "natal" (3.4, a place name
#: too), "partum", "cutaneous"; not "term" ("pre term" is two words), "diabetes" ...
_RARE_AFTER_PREFIX = 3.5
#: ... and that wordfreq knows at all (a word, not the rest of "interim" after "inter").
_MIN_AFTER_PREFIX = 1.0


def prefix_apart(word: str) -> list[tuple[str, str]]:
    """A one-word term of a prefix and a word too rare to be an everyday word by itself,
    written apart, with its inflections, each with its suffix: "postnatal" ->
    [("post natal", "")], "postpartum" -> [("post partum", "")]. None for two everyday words
    ("aftercare": see :func:`hyphen_points`) or a word that only starts like a prefix."""
    from ..lexicon import zipf

    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and rest.isalpha() and _MIN_AFTER_PREFIX <= zipf(rest) < _RARE_AFTER_PREFIX:
            written = {"": {word}}
            for suffix, inflected in inflections(word).items():
                written.setdefault(suffix, set()).update(inflected)
            return [
                (f"{prefix} {form[len(prefix):]}", suffix)
                for suffix, forms in written.items()
                for form in sorted(forms)
                if form.startswith(prefix) and len(form) - len(prefix) >= 4
            ]
    return []


def inflections(word: str, *, noun: bool = False) -> dict[str, set[str]]:
    """The forms ``word`` may take in a text, by suffix ("s", "ed", "ing"), lower case.

    From lemminflect's dictionary of English; for a word it does not know, its rules for
    both a noun and a verb (over-generating costs nothing: a form that never occurs is never
    matched). ``noun`` keeps only plurals.
    """
    from lemminflect import getAllInflections, getAllInflectionsOOV

    found = getAllInflections(word, upos="NOUN") if noun else getAllInflections(word)
    out = _by_suffix(found, word, noun)
    if not out:
        # Not in the dictionary, or a word with no forms of its own ("in" of "sleep-in").
        found = dict(getAllInflectionsOOV(word, upos="NOUN"))
        if not noun:
            found.update(getAllInflectionsOOV(word, upos="VERB"))
        out = _by_suffix(found, word, noun)
    return out


def _by_suffix(found: dict[str, tuple[str, ...]], word: str, noun: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for tag, inflected in found.items():
        suffix = _TAG_SUFFIX.get(tag)
        if suffix is None or (noun and suffix != "s"):
            continue
        forms = {w.lower() for w in inflected} - {word}
        if forms:
            out.setdefault(suffix, set()).update(forms)
    return out


def family(word: str, *, adjective: bool = False) -> list[str]:
    """The nouns of a verb and the verbs of a noun ("convey" -> ["conveyance"]; "escalation" -> ["escalate"]).

    An adjective also brings its noun ("sufficient" -> "sufficiency", "viable" -> "viability").
    A candidate counts only if lemminflect's dictionary knows it with the other part of
    speech, and it is not an everyday word (Zipf below 4.0), which a reader knows whatever
    the term is ("assess" does not bring in "assessment").

    ``adjective``: the entry says the word is an adjective (``pos: adjective``). Its adverb
    is then kept even where neither lemminflect nor word-frequency data knows the words
    ("antenatal" -> "antenatally", "postnatal" -> "postnatally"): the contributor's part
    of speech is the evidence, and a form nobody writes is never matched.
    """
    from lemminflect import getAllLemmas

    from ..lexicon import zipf

    lemmas = getAllLemmas(word)
    candidates: list[tuple[str, str]] = []
    for verb_end, noun_end in _FAMILY:
        if "VERB" in lemmas and word.endswith(verb_end):
            candidates.append((word[: len(word) - len(verb_end)] + noun_end, "NOUN"))
        if "NOUN" in lemmas and word.endswith(noun_end) and len(word) > len(noun_end) + 2:
            candidates.append((word[: len(word) - len(noun_end)] + verb_end, "VERB"))
    if "ADJ" in lemmas or adjective:
        for adjective_end, noun_end in _ADJECTIVE_NOUN:
            if word.endswith(adjective_end):
                candidates.append((word[: len(word) - len(adjective_end)] + noun_end, "NOUN"))
    out: list[str] = []
    for candidate, upos in candidates:
        if candidate == word or candidate in out:
            continue
        if candidate in getAllLemmas(candidate).get(upos, ()) and zipf(candidate) < _EVERYDAY_ZIPF:
            out.append(candidate)
    adjectives = [word] if "ADJ" in lemmas or adjective else []
    if "VERB" in lemmas and word.endswith("ate"):
        derived = word[:-1] + "ive"  # "collaborate" -> "collaborative"
        if "ADJ" in getAllLemmas(derived) and _KNOWN_ZIPF <= zipf(derived) < _EVERYDAY_ZIPF:
            out.append(derived)
            adjectives.append(derived)
    # A participle ("remanded", "designated") takes no adverb worth matching.
    said = adjective and not word.endswith(("ed", "ing"))
    for each in adjectives:
        adverb = _adverb(each)
        known = said and each == word or _KNOWN_ZIPF <= zipf(adverb)
        if adverb not in out and known and zipf(adverb) < _EVERYDAY_ZIPF:
            out.append(adverb)
    return out


#: A derived adjective or adverb must be at least this common to count as a word at all.
_KNOWN_ZIPF = 1.5


def _adverb(adjective: str) -> str:
    """ "sufficient" -> "sufficiently", "equitable" -> "equitably", "holistic" -> "holistically"."""
    if adjective.endswith("le"):
        return adjective[:-1] + "y"
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("y") and not adjective.endswith("ly"):
        return adjective[:-1] + "ily"
    return adjective + "ly"


#: An abbreviation written in small letters is still read as the abbreviation when that string
#: is rarer than this (Zipf scale, wordfreq, which counts all capitalisations as one) and is no
#: word in lemminflect's dictionary: "cpn", "hca", "ehcp"; not "mash", "pals" or "ooh".
_SMALL_LETTERS_ZIPF = 3.0
#: With only its first capital ("Hca"), a string at least this common may be a first name
#: ("Aki", "Edd", "Nad"), so that spelling is left out.
_CAPITALISED_ZIPF = 2.6


def _read_as_letters(small: str) -> bool:
    """True if the CMU pronouncing dictionary says ``small`` letter by letter ("adhd": four
    syllables for four letters), as it says abbreviations, not words ("ooh", "elsa")."""
    from ..lexicon import cmu_syllables

    return (cmu_syllables(small) or 0) >= len(small)


def small_letter_spellings(abbreviation: str) -> list[str]:
    """How a post may write ``abbreviation`` without its capitals: "CPN" -> ["cpn", "Cpn"].

    Only for an abbreviation of 3 to 6 capital letters whose small-letter string is no word
    (see :data:`_SMALL_LETTERS_ZIPF`), or that the CMU pronouncing dictionary reads letter by
    letter, as it reads "adhd" and "ptsd" (common in posts, so not rare, but no word: "ooh",
    "sen" and "elsa" are read as words); the capitalised spelling only where it is rarer still
    (:data:`_CAPITALISED_ZIPF`). Two-letter abbreviations ("OT", "pt") are left alone: too
    many small words and names are two letters long.
    """
    from lemminflect import getAllLemmas

    from ..lexicon import zipf

    if not (abbreviation.isascii() and abbreviation.isalpha() and abbreviation.isupper() and 3 <= len(abbreviation) <= 6):
        return []
    small = abbreviation.lower()
    frequency = zipf(small)
    if getAllLemmas(small) or (frequency >= _SMALL_LETTERS_ZIPF and not _read_as_letters(small)):
        return []
    return [small] if frequency >= _CAPITALISED_ZIPF else [small, small.capitalize()]


def small_final_s(abbreviation: str) -> list[str]:
    """How a post may write an abbreviation whose last capital is an S with that S small, as if
    it made a plural: "CAMHS" -> ["CAMHs"] ("CAMHs is under resourced"), "TENS" -> ["TENs"].
    Only for 4 to 6 capitals, and not where that spelling is an everyday abbreviation of its
    own ("SATs", the school tests: data/known_abbreviations.txt)."""
    from ..data import read_set

    if not (abbreviation.isascii() and abbreviation.isalpha() and abbreviation.isupper() and 4 <= len(abbreviation) <= 6 and abbreviation.endswith("S")):
        return []
    small = abbreviation[:-1] + "s"
    return [] if small in read_set("known_abbreviations.txt") else [small]


def dotted_spellings(abbreviation: str) -> list[str]:
    """How a post may write ``abbreviation`` with a full stop after each letter, as older
    writing does: "CPN" -> ["C.P.N.", "C.P.N"] ("my Care-Coordinator (C.P.N.)"). Only for 3 to 6
    capital letters: two dotted capitals are most often a person's initials ("J.R. Smith")."""
    if not (abbreviation.isascii() and abbreviation.isalpha() and abbreviation.isupper() and 3 <= len(abbreviation) <= 6):
        return []
    dotted = ".".join(abbreviation) + "."
    return [dotted, dotted[:-1]]


def two_letter_small_spelling(abbreviation: str) -> list[str]:
    """How a post writes a two-letter abbreviation without capitals, where the two small
    letters are rarer than any word or name: "HV" -> ["hv"] ("my hv came to weigh him"),
    "DN" -> ["dn"]. Only for an entry with a context rule (``only_near``; see
    :func:`jargonfree.glossary.derive.forms`), as two letters say little by themselves; not
    "ot", "pt", "ms", "ed", "la", "ta", which are words, names or common short forms."""
    from lemminflect import getAllLemmas

    from ..lexicon import zipf

    if not (abbreviation.isascii() and abbreviation.isalpha() and abbreviation.isupper() and len(abbreviation) == 2):
        return []
    small = abbreviation.lower()
    return [] if getAllLemmas(small) or zipf(small) >= _SMALL_LETTERS_ZIPF else [small]


def other_capitals(written: str) -> list[str]:
    """Other capitals that real text gives an abbreviation written in mixed case or with small
    words: "DoLS" -> "DOLS", "DOLs", "DoLs", ...; "EHC plan" -> "EHC Plan".

    A one-word abbreviation of 3 to 6 letters written in mixed case ("DoLS", "SENCo") is still
    read as itself in other capitals with the first letter and at least one more a capital,
    where its small-letter string is no word (as for :func:`small_letter_spellings`). Not in
    capitals only, which is often another abbreviation ("CIC" for "CiC"): an entry lists that
    in ``forms`` ("DOLS"). One written in capitals only ("RTC") gets no mixed case, which often
    names something else ("RtC", Right to Choose). The small words of a phrase led by an abbreviation take capitals in
    titles and headings ("EHC Plan", "NEWS Score").
    """
    from itertools import product

    from lemminflect import getAllLemmas

    from ..lexicon import zipf
    from ..words import has_two_capitals

    if " " in written:
        words = written.split(" ")
        if not any(has_two_capitals(w) for w in words):
            return []  # "Channel panel", "section I": no abbreviation leads it
        titled = " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)
        return [titled] if titled != written else []
    if not (written.isascii() and written.isalpha() and 3 <= len(written) <= 6 and has_two_capitals(written)):
        return []
    if written.isupper() or zipf(written.lower()) >= _SMALL_LETTERS_ZIPF or getAllLemmas(written.lower()):
        return []
    spellings = ("".join(letters) for letters in product(*((c.lower(), c.upper()) for c in written)))
    return [s for s in spellings if s != written and s[0].isupper() and has_two_capitals(s) and not s.isupper()]
