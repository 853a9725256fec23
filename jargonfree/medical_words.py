"""Words built from medical word parts: "neuropathy", "colonoscopy", "emphysema".

Clinical words are made of Greek and Latin pieces: combining forms at the start ("neuro-",
"haemo-", "osteo-") and suffixes at the end ("-itis", "-ectomy", "-oma"). Doctors write them
often, so wordfreq counts many of them fairly common ("neuropathy" is about as frequent as
"upholstery"), yet a lay reader stumbles on them. The uncommon-word check therefore holds a
word built from these parts to a higher frequency bar, :data:`ZIPF`.

The parts are data (``data/medical_word_parts.txt``, with its sources), and so are the words of
this shape that most readers know or that are not medical at all ("bronchitis", "diploma":
``data/everyday_medical_words.txt``).
"""

from __future__ import annotations

from functools import lru_cache

from .data import read_list, read_set

__all__ = ["ZIPF", "is_medical", "everyday", "parts"]

#: A word built from medical word parts is uncommon below this Zipf frequency (about three
#: uses in a million words): "neurology" (3.2) and "prognosis" (3.3) are, "pneumonia" (3.7)
#: and "diagnosis" (4.2) are not.
ZIPF = 3.5

# A combining form needs at least this many letters after it ("neuro" + "pathy"), a suffix
# this many before it ("emphys" + "ema"): shorter words are everyday ("cinema", "aroma").
_AFTER_PREFIX = 3
_BEFORE_SUFFIX = 4


@lru_cache(maxsize=1)
def parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(combining forms, suffixes) from ``data/medical_word_parts.txt``, without their hyphens."""
    parts = read_list("medical_word_parts.txt")
    return (
        tuple(p[:-1] for p in parts if p.endswith("-")),
        tuple(p[1:] for p in parts if p.startswith("-")),
    )


def everyday() -> frozenset[str]:
    """Words of this shape most readers know, or that are not medical ("bronchitis", "diploma":
    ``data/everyday_medical_words.txt``)."""
    return read_set("everyday_medical_words.txt")


def is_medical(word: str) -> bool:
    """True if the lower-case ``word`` is built from medical word parts: it starts with a
    combining form or ends with a medical suffix (in the singular or with a plural "s"), and
    is not on the everyday list."""
    prefixes, suffixes = parts()
    singular = word[:-1] if word.endswith("s") else word
    # str.startswith/endswith with a tuple turn most words down at once.
    if not (word.startswith(prefixes) or singular.endswith(suffixes) or word.endswith(suffixes)):
        return False
    if word in everyday() or singular in everyday():
        return False  # "bronchitis", "leukaemias"
    if any(word.startswith(p) and len(word) >= len(p) + _AFTER_PREFIX for p in prefixes):
        return True
    return any(
        w.endswith(s) and len(w) >= len(s) + _BEFORE_SUFFIX for w in {word, singular} for s in suffixes
    )
