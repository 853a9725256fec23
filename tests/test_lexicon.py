"""Tests for jargonfree.lexicon: syllables equal textstat's, zipf equals wordfreq's."""

from __future__ import annotations

import json
import mmap
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest
import textstat
import wordfreq
from textstat.backend.utils import get_cmudict

from jargonfree import blobfile
from jargonfree import cache as _cache
from jargonfree import hyphenation, lexicon, tables

REPO = Path(__file__).resolve().parents[1]

HEALTH_WORDS = [
    "reablement", "safeguarding", "amhp", "commencing", "domiciliary", "multidisciplinary",
    "signposting", "commissioning", "physiotherapy", "occupational", "capacity", "assessment",
    "discharge", "continuing", "healthcare", "dols", "cqc", "nhs", "gp", "icb", "hcpc",
    "deprivation", "liberty", "advocacy", "respite", "carer", "carers", "telecare", "frailty",
    "polypharmacy", "comorbidity", "comorbidities", "triage", "referral", "pathway", "pathways",
    "co-production", "step-down", "well-being", "don't", "it's", "we'll", "they're", "you've",
    "i'd", "aren't", "o'clock", "personalisation", "safeguarded", "prehabilitation",
    "rehabilitation", "intermediate", "anticipatory", "palliative", "hospice", "dementia",
    "delirium", "stroke", "cardiology", "phlebotomy", "pharmacist", "appointment", "the", "a",
    "reable", "reabled", "reabling", "bedded", "unbedded", "neurodivergent", "neurodiversity",
    "s117", "section", "mhsw", "imhaa", "imca", "lpa", "epa", "chc", "fnc", "ot", "slt", "rn",
]


def _clear_lexicon_caches() -> None:
    for fn in (
        lexicon._cmu_table,
        hyphenation.pattern_table,
        lexicon._wordfreq_table,
        lexicon.syllables,
        lexicon.zipf,
    ):
        fn.cache_clear()


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One fresh cache directory for this module (tables are built once)."""
    directory = tmp_path_factory.mktemp("jargonfree-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JARGONFREE_CACHE_DIR", str(directory))
        _clear_lexicon_caches()
        yield directory
    _clear_lexicon_caches()


@pytest.fixture(scope="module")
def top_words() -> list[str]:
    return wordfreq.top_n_list("en", 20000)


@pytest.fixture(scope="module")
def cmu() -> dict[str, list[list[str]]]:
    # textstat's own cached copy, so cmudict.dict() is only parsed once.
    d = get_cmudict("en_US")
    assert d is not None
    return d


def _is_clean_token(word: str) -> bool:
    """True if textstat's tokeniser leaves ``word`` as one lower-case token."""
    from textstat.backend.selections import list_words

    return list_words(word, lowercase=True) == [word]


def test_syllables_equal_textstat(top_words: list[str], cmu: dict[str, list[list[str]]]) -> None:
    not_in_cmu = [w for w in top_words if w not in cmu][:250]
    words = HEALTH_WORDS + top_words[::50] + not_in_cmu
    words = [w for w in dict.fromkeys(words) if _is_clean_token(w)]
    assert len(words) > 500
    assert {"reablement", "amhp"} <= set(words) - set(cmu)  # the pyphen path
    mismatches = {
        w: (lexicon.syllables(w), textstat.syllable_count(w))
        for w in words
        if lexicon.syllables(w) != textstat.syllable_count(w)
    }
    assert mismatches == {}


def test_known_syllable_counts() -> None:
    assert lexicon.syllables("the") == 1
    assert lexicon.syllables("commencing") == 3
    assert lexicon.syllables("safeguarding") == textstat.syllable_count("safeguarding")
    assert lexicon.syllables("reablement") == textstat.syllable_count("reablement")


def test_cmu_table_equals_cmudict(cmu: dict[str, list[list[str]]]) -> None:
    table = lexicon._cmu_table()
    assert len(table) == len(cmu)
    for word in list(cmu)[::25]:
        expected = sum(1 for p in cmu[word][0] if p[-1].isdigit())
        assert lexicon.cmu_syllables(word) == expected, word
    assert lexicon.cmu_syllables("reablement") is None
    assert lexicon.cmu_syllables("") is None
    assert lexicon.cmu_syllables("\ud800") is None  # lone surrogate: no crash


def test_pyphen_reimplementation_equals_pyphen(top_words: list[str], cmu: dict[str, list[list[str]]]) -> None:
    hyphenator = pyphen.Pyphen(lang="en_US")
    words = [w for w in top_words if w not in cmu][:400] + HEALTH_WORDS
    words += ["a", "ab", "abc", "x" * 40, "naïve", "café", "İstanbul", "o'neill", "co-op", "e2e"]
    mismatches = {
        w: (hyphenation.syllables(w), len(hyphenator.positions(w)) + 1)
        for w in words
        if hyphenation.syllables(w) != len(hyphenator.positions(w)) + 1
    }
    assert mismatches == {}


ZIPF_EXTRA = [
    "reablement", "safeguarding", "amhp", "commencing", "NHS", "Care", "SAFEGUARDING",
    "well-being", "co-production", "step-down", "discharge-to-assess", "mother-in-law's",
    "don't", "can’t", "y'all", "y’all", "ma'am", "o'clock", "rock'n'roll", "o'neill",
    "d'arcy", "dogs'", "l'hôpital", "café", "naïve", "straße", "xyzzyplugh", "qwertyuiopasdf",
    "a", "i", "the",
]


def test_zipf_equals_wordfreq(top_words: list[str]) -> None:
    alpha = [w for w in top_words if w.replace("'", "").isalpha()]
    letters = [w for w in HEALTH_WORDS if not any(c.isdigit() for c in w)]  # see zipf() docs
    words = ZIPF_EXTRA + letters + alpha[::60] + [w.title() for w in alpha[5::400]]
    mismatches = {
        w: (lexicon.zipf(w), wordfreq.zipf_frequency(w, "en"))
        for w in dict.fromkeys(words)
        if lexicon.zipf(w) != wordfreq.zipf_frequency(w, "en")
    }
    assert mismatches == {}
    assert len(set(words)) > 400


def test_zipf_unknown_is_zero() -> None:
    assert lexicon.zipf("xyzzyplughqux") == 0.0
    assert lexicon.zipf("") == 0.0
    assert lexicon.zipf("-") == 0.0


def test_is_common() -> None:
    assert lexicon.is_common("home")
    assert lexicon.is_common("the", 7.0)
    assert not lexicon.is_common("reablement")
    assert lexicon.is_common("reablement", 0.0)
    threshold = lexicon.zipf("hospital")
    assert lexicon.is_common("hospital", threshold)
    assert not lexicon.is_common("hospital", threshold + 0.01)


TABLES = ("cmu_syllables", "wordfreq_en", "pyphen_en_US")


def _replace_with(path: Path, content: bytes) -> None:
    """Put ``content`` in place of ``path`` without writing into the old file
    (which this process may still have mapped), as the cache itself does."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(content)
    os.replace(tmp, path)


def _check_tables_work() -> None:
    assert lexicon.syllables("reablement") == textstat.syllable_count("reablement")
    assert lexicon.syllables("hospital") == 3
    assert lexicon.cmu_syllables("hospital") == 3
    assert lexicon.zipf("hospital") == wordfreq.zipf_frequency("hospital", "en")


@pytest.mark.parametrize("damage", ["empty", "garbage", "truncated", "half"])
def test_tables_survive_a_corrupt_cache(cache_dir: Path, damage: str) -> None:
    lexicon.syllables("reablement")  # make sure the entries exist
    lexicon.zipf("hello")
    _clear_lexicon_caches()
    for name in TABLES:
        path = cache_dir / f"{name}.raw"
        data = path.read_bytes()
        content = {
            "empty": b"",
            "garbage": blobfile.MAGIC + b"nonsense",
            "truncated": data[:-1],
            "half": data[: len(data) // 2],
        }[damage]
        _replace_with(path, content)
    _check_tables_work()
    for name in TABLES:  # rebuilt and stored again
        data = (cache_dir / f"{name}.raw").read_bytes()
        assert data.startswith(blobfile.MAGIC) and len(data) > 10_000
    _clear_lexicon_caches()
    _check_tables_work()


def test_tables_with_a_valid_header_but_bad_blobs_are_rebuilt(cache_dir: Path) -> None:
    """An entry under the right key whose blobs do not make a table: built again, replaced."""
    _clear_lexicon_caches()
    entries = [
        ("cmu_syllables", tables.source_key("cmudict", lexicon._cmudict_file(), lexicon._build_cmu)),
        ("wordfreq_en", tables.source_key("wordfreq", lexicon._wordfreq_file(), lexicon._build_wordfreq)),
        ("pyphen_en_US", tables.source_key("pyphen", hyphenation.data_file(), hyphenation.build_table)),
    ]
    bad_blobs = [
        (b"abc", b"\x00" * 8, b"\x01", b"Q"),  # bad typecode, wrong lengths
        (b"ab", b"\x00" * 7),  # too few blobs, offsets not a whole number of uint32
        (b"\xff\xfe", b"", b"\x00" * 4, b"\x1c\x00\x00\x00"),  # keys not UTF-8
    ]
    for (name, key), blobs in zip(entries, bad_blobs):
        path = str(cache_dir / f"{name}.raw")
        _cache._write_blobs(str(cache_dir), path, _cache._full_key(key), blobs)
    _check_tables_work()
    for (name, key), blobs in zip(entries, bad_blobs):
        found = _cache._read_blobs(str(cache_dir / f"{name}.raw"), _cache._full_key(key))
        assert found is not None and len(found) == 4 and found[0] != blobs[0]


def test_rebuilding_removes_the_old_marshal_entry(cache_dir: Path) -> None:
    """Tables stored by older versions (<name>.marshal) are deleted when the new ones are built."""
    lexicon.syllables("reablement")
    lexicon.zipf("hello")
    _clear_lexicon_caches()
    for name in TABLES:
        (cache_dir / f"{name}.marshal").write_bytes(b"JFCACHE1\nold table")
        _replace_with(cache_dir / f"{name}.raw", b"")  # stale: built again
    _check_tables_work()
    assert not any((cache_dir / f"{name}.marshal").exists() for name in TABLES)
    assert all((cache_dir / f"{name}.raw").stat().st_size > 10_000 for name in TABLES)


def _sample_words() -> list[str]:
    """Every word of the sample posts, random list words, made-up and odd strings."""
    text = (REPO / "tests" / "data" / "plain_posts.txt").read_text(encoding="utf-8")
    words = text.split() + text.lower().split()
    words += [w.strip(".,;:!?()[]\"'") for w in text.lower().split()]
    rng = random.Random(20241124)
    listed = wordfreq.top_n_list("en", 200_000)
    words += rng.sample(listed, 3000)
    letters = "abcdefghijklmnopqrstuvwxyz'-éïœ"
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(2000)]
    words += ["", "a", "\ud800", "\x00", "\U0010ffff", "zzzzzzzzzz", "x" * 300, "’", "'", "-"]
    return list(dict.fromkeys(words))


def test_cached_tables_equal_in_memory_tables(cache_dir: Path) -> None:
    """Tables read from the cache (mapped) answer exactly like tables built in memory."""
    lexicon.syllables("hospital")
    lexicon.zipf("hospital")  # entries exist
    _clear_lexicon_caches()
    cached = {"cmu": lexicon._cmu_table(), "wordfreq": lexicon._wordfreq_table()}
    built = {
        "cmu": tables.Table(lexicon._build_cmu()),
        "wordfreq": tables.Table(lexicon._build_wordfreq()),
    }
    if blobfile.CAN_MAP:
        assert all(isinstance(t._keys, mmap.mmap) for t in cached.values())
    words = _sample_words()
    assert len(words) > 5000
    for name, table in cached.items():
        reference = built[name]
        assert len(table) == len(reference)
        mismatches = {w: (table.get(w), reference.get(w)) for w in words if table.get(w) != reference.get(w)}
        assert mismatches == {}, name
        assert sum(table.get(w) is not None for w in words) > 1000, name


def test_pyphen_table_on_many_words(cache_dir: Path) -> None:
    """The sorted-list pattern search equals pyphen on the sample words too."""
    hyphenator = pyphen.Pyphen(lang="en_US")
    words = [w for w in _sample_words() if "\ud800" not in w]
    mismatches = {
        w: (hyphenation.syllables(w), len(hyphenator.positions(w)) + 1)
        for w in words
        if hyphenation.syllables(w) != len(hyphenator.positions(w)) + 1
    }
    assert mismatches == {}


def test_warm_cache_loads_without_source_packages(cache_dir: Path) -> None:
    """With a warm cache, no source package is imported and no table is built again.
    (How fast the load is belongs to bench/run.py's cold-start figure, not to a unit test.)"""
    lexicon.syllables("reablement")
    lexicon.zipf("hello")  # build every table in the module's cache dir
    before = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cache_dir.iterdir()}
    assert {f"{name}.raw" for name in TABLES} <= set(before)
    code = """
import json, sys
from jargonfree import lexicon
lexicon.syllables("hospital"); lexicon.syllables("reablement"); z = lexicon.zipf("hospital")
heavy = sorted(m for m in ("cmudict", "pyphen", "wordfreq", "textstat", "nltk", "numpy", "msgpack")
               if m in sys.modules)
print(json.dumps({"heavy": heavy, "zipf": z, "syllables": lexicon.syllables("reablement")}))
"""
    env = dict(os.environ, JARGONFREE_CACHE_DIR=str(cache_dir), PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    assert result["heavy"] == []
    assert result["zipf"] == wordfreq.zipf_frequency("hospital", "en")
    assert result["syllables"] == textstat.syllable_count("reablement")
    after = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in cache_dir.iterdir()}
    assert after == before  # read, not rewritten
