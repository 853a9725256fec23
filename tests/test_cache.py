"""Tests for jargonfree.cache: the small on-disk cache for derived data."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from jargonfree import blobfile
from jargonfree import cache as _cache


@pytest.fixture
def cache_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache directory for one test."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("JARGONFREE_CACHE_DIR", str(directory))
    return directory


class Builder:
    """A build() callable that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_cache_dir_from_env_is_created_lazily(cache_env: Path) -> None:
    assert not cache_env.exists()
    assert _cache.cache_dir() == cache_env
    assert cache_env.is_dir()


@pytest.mark.parametrize("value", ["", "0"])
def test_env_var_disables_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str) -> None:
    monkeypatch.setenv("JARGONFREE_CACHE_DIR", value)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _cache.cache_dir() is None
    build = Builder((b"a",))
    assert _cache.load_or_build_blobs("thing", "k", build, tuple) == (b"a",)
    assert _cache.load_or_build_blobs("thing", "k", build, tuple) == (b"a",)
    assert build.calls == 2
    assert not (tmp_path / "xdg").exists()
    assert not (tmp_path / "home").exists()


def test_xdg_cache_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("JARGONFREE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _cache.cache_dir() == tmp_path / "xdg" / "jargonfree"


def test_home_cache_when_xdg_unset_or_relative(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("JARGONFREE_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert _cache.cache_dir() == tmp_path / ".cache" / "jargonfree"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec says: ignore
    assert _cache.cache_dir() == tmp_path / ".cache" / "jargonfree"


# --------------------------------------------------------------------------
# Raw blobs (load_or_build_blobs)
# --------------------------------------------------------------------------

BIG = bytes(range(256)) * 1024  # 256 KiB: mapped
SMALL = b"small blob"  # read


class BlobBuilder:
    """A build() callable for load_or_build_blobs that counts its calls."""

    def __init__(self, value: Sequence[bytes]) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> Sequence[bytes]:
        self.calls += 1
        return self.value


UNUSED = (b"should not be used",)


def _blobs() -> tuple[bytes, ...]:
    return (BIG, SMALL, b"", BIG[::-1] + b"x", b"\x00")


def _as_bytes(blobs: tuple[object, ...]) -> tuple[bytes, ...]:
    return tuple(bytes(b) for b in blobs)  # type: ignore[call-overload]


def _replace_with(path: Path, content: bytes) -> None:
    """Corrupt a cache file the way a crash or another program could, but
    without writing into the file in place (it may be mapped by this process)."""
    tmp = path.with_name(path.name + ".new")
    tmp.write_bytes(content)
    os.replace(tmp, path)


def test_blobs_round_trip(cache_env: Path) -> None:
    build = BlobBuilder(_blobs())
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == _blobs()
    assert build.calls == 1
    assert sorted(p.name for p in cache_env.iterdir()) == ["b.raw"]  # no temporary file left
    again = BlobBuilder(UNUSED)
    loaded = _cache.load_or_build_blobs("b", "k", again, tuple)
    assert again.calls == 0
    assert _as_bytes(loaded) == _blobs()
    for blob, expected in zip(loaded, _blobs()):
        assert len(blob) == len(expected)
        assert type(blob[1:3]) is bytes  # slices are bytes, whatever the blob is
        assert blob[1:3] == expected[1:3]
        assert memoryview(blob).readonly
    if blobfile.CAN_MAP:
        import mmap

        assert isinstance(loaded[0], mmap.mmap)  # large: mapped, not copied
        assert isinstance(loaded[3], mmap.mmap)
    assert type(loaded[1]) is bytes  # small: read


def test_blobs_no_blobs_and_empty_blobs(cache_env: Path) -> None:
    for value in [(), (b"",), (b"", b"", b"")]:
        key = repr(value)
        assert _cache.load_or_build_blobs("e", key, BlobBuilder(value), _as_bytes) == value
        assert _cache.load_or_build_blobs("e", key, BlobBuilder(UNUSED), _as_bytes) == value


def test_blobs_without_mapping(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows: every blob is read into memory (nothing holds the file open)."""
    _cache.load_or_build_blobs("b", "k", BlobBuilder(_blobs()), _as_bytes)
    monkeypatch.setattr(blobfile, "CAN_MAP", False)
    loaded = _cache.load_or_build_blobs("b", "k", BlobBuilder(UNUSED), tuple)
    assert all(type(blob) is bytes for blob in loaded)
    assert loaded == _blobs()
    # the entry can be replaced at once
    assert _cache.load_or_build_blobs("b", "k2", BlobBuilder((b"new",)), _as_bytes) == (b"new",)


def test_blobs_mmap_failure_falls_back_to_reading(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mmap

    _cache.load_or_build_blobs("b", "k", BlobBuilder(_blobs()), _as_bytes)

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(19, "No such device")

    monkeypatch.setattr(mmap, "mmap", refuse)
    build = BlobBuilder(UNUSED)
    loaded = _cache.load_or_build_blobs("b", "k", build, tuple)
    assert build.calls == 0
    assert loaded == _blobs()


def test_blobs_stay_valid_when_the_entry_is_replaced(cache_env: Path) -> None:
    _cache.load_or_build_blobs("b", "k1", BlobBuilder(_blobs()), _as_bytes)
    old = _cache.load_or_build_blobs("b", "k1", BlobBuilder(UNUSED), tuple)
    new_value = (b"n" * len(BIG), b"other")
    assert _cache.load_or_build_blobs("b", "k2", BlobBuilder(new_value), _as_bytes) == new_value
    assert _cache.load_or_build_blobs("b", "k2", BlobBuilder(UNUSED), _as_bytes) == new_value
    assert _as_bytes(old) == _blobs()  # the old mapping still shows the old file


def test_blobs_key_change_and_exact_key(cache_env: Path) -> None:
    _cache.load_or_build_blobs("b", "prefix", BlobBuilder((b"a",)), _as_bytes)
    for key in ["prefix-longer", "pre", "prefiX", "pré|ﬁx ✓"]:
        build = BlobBuilder((key.encode(),))
        assert _cache.load_or_build_blobs("b", key, build, _as_bytes) == (key.encode(),)
        assert build.calls == 1
    assert _cache.load_or_build_blobs("b", "pré|ﬁx ✓", BlobBuilder(UNUSED), _as_bytes) == ("pré|ﬁx ✓".encode(),)


def test_blobs_key_includes_python_version(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"a",)), _as_bytes)
    other = types.SimpleNamespace(cache_tag="cpython-299")
    monkeypatch.setattr(sys, "implementation", other)
    build = BlobBuilder((b"b",))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"b",)
    assert build.calls == 1


def test_blobs_key_includes_the_packages_own_files(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A new word-form rule with the same version number must not read tables the old code made.
    from jargonfree import codestamp

    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"a",)), _as_bytes)
    monkeypatch.setattr(codestamp, "package_stamp", lambda: "another-build")
    monkeypatch.setattr(_cache, "package_stamp", codestamp.package_stamp)
    build = BlobBuilder((b"b",))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"b",)
    assert build.calls == 1


def test_code_stamp_follows_every_file_but_compiled_ones(tmp_path: Path) -> None:
    from jargonfree.codestamp import stamp_of

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "sub" / "rules.txt").write_text("one\n")
    first = stamp_of(str(tmp_path))
    assert stamp_of(str(tmp_path)) == first and first.startswith("2-")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"compiled")
    assert stamp_of(str(tmp_path)) == first
    (tmp_path / "sub" / "rules.txt").write_text("one\ntwo\n")
    changed = stamp_of(str(tmp_path))
    assert changed != first
    os.utime(tmp_path / "a.py", ns=(1, 1))
    assert stamp_of(str(tmp_path)) not in (first, changed)


def _header(key: str, spans: list[tuple[int, int]], crc: int = 0) -> bytes:
    full = _cache._full_key(key)
    out = blobfile.MAGIC + len(full).to_bytes(4, "little") + len(spans).to_bytes(4, "little") + full
    for offset, length in spans:
        out += offset.to_bytes(8, "little") + length.to_bytes(8, "little") + crc.to_bytes(4, "little") + bytes(4)
    return out


def _corrupt_entries() -> list[bytes]:
    good_head = _header("k", [(len(_header("k", [(0, 0)])), 3)])
    return [
        b"",  # zero-length file
        b"garbage",
        blobfile.MAGIC,  # header cut short
        blobfile.MAGIC + b"\xff\xff\xff\xff\x01\x00\x00\x00",  # key length beyond the end
        blobfile.MAGIC + b"\x01\x00\x00\x00\xff\xff\xff\xff",  # absurd blob count
        good_head,  # the blob is missing
        good_head + b"ab",  # the blob is cut short
        _header("k", [(0, 3)]) + b"abc",  # a blob that overlaps the header
        _header("k", [(2**63, 3)]) + b"abc",  # a blob far beyond the end
        _header("other key", [(len(_header("other key", [(0, 0)])), 3)]) + b"abc",  # stale
        b"JFCACHE1\n" + b"\x00" * 40,  # the marshal/pickle layout of older versions
        b"JFBLOBS1" + b"\x00" * 40,  # the raw layout of older versions
    ]


@pytest.mark.parametrize("content", _corrupt_entries())
def test_blobs_corrupt_file_rebuilds(cache_env: Path, content: bytes) -> None:
    cache_env.mkdir()
    (cache_env / "b.raw").write_bytes(content)
    build = BlobBuilder((b"fresh", BIG))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"fresh", BIG)
    assert build.calls == 1
    assert _cache.load_or_build_blobs("b", "k", BlobBuilder(UNUSED), _as_bytes) == (b"fresh", BIG)


def test_blobs_good_header_is_accepted(cache_env: Path) -> None:
    """The hand-made header of the corrupt cases above is the real layout."""
    cache_env.mkdir()
    content = _header("k", [(len(_header("k", [(0, 0)])), 3)]) + b"abc"
    (cache_env / "b.raw").write_bytes(content)
    assert _cache.load_or_build_blobs("b", "k", BlobBuilder(UNUSED), _as_bytes) == (b"abc",)


@pytest.mark.parametrize("cut", [1, 100, 70_000, 300_000])
def test_blobs_truncated_file_rebuilds(cache_env: Path, cut: int) -> None:
    _cache.load_or_build_blobs("b", "k", BlobBuilder(_blobs()), _as_bytes)
    path = cache_env / "b.raw"
    data = path.read_bytes()
    assert len(data) > cut
    _replace_with(path, data[: len(data) - cut])
    build = BlobBuilder((b"fresh",))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"fresh",)
    assert build.calls == 1


def test_blobs_rejected_by_wrap_are_rebuilt(cache_env: Path) -> None:
    def wrap(blobs: tuple[object, ...]) -> tuple[bytes, ...]:
        value = _as_bytes(blobs)
        if value[0] != b"ok":
            raise ValueError("corrupt")
        return value

    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"bad",)), _as_bytes)  # an entry wrap rejects
    build = BlobBuilder((b"ok",))
    assert _cache.load_or_build_blobs("b", "k", build, wrap) == (b"ok",)
    assert build.calls == 1
    again = BlobBuilder(UNUSED)
    assert _cache.load_or_build_blobs("b", "k", again, wrap) == (b"ok",)  # the entry was replaced
    assert again.calls == 0
    with pytest.raises(ValueError):  # wrap rejecting blobs just built: not caught
        _cache.load_or_build_blobs("b", "k2", BlobBuilder((b"bad",)), wrap)


def test_blobs_cache_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JARGONFREE_CACHE_DIR", "0")
    build = BlobBuilder((b"a", b"b"))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"a", b"b")
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"a", b"b")
    assert build.calls == 2


def test_blobs_write_failures_return_value(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # not bytes: cannot be stored, still returned
    text = BlobBuilder(("text",))  # type: ignore[arg-type]
    assert _cache.load_or_build_blobs("b", "k", text, tuple) == ("text",)
    assert list(cache_env.iterdir()) == []

    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_cache.os, "replace", refuse)
    assert _cache.load_or_build_blobs("b", "k", BlobBuilder(_blobs()), _as_bytes) == _blobs()
    assert list(cache_env.iterdir()) == []  # temporary file removed


def test_blobs_unreadable_entry_rebuilds(cache_env: Path) -> None:
    (cache_env / "b.raw").mkdir(parents=True)  # a directory where the file should be
    build = BlobBuilder((b"v",))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"v",)
    assert build.calls == 1


def test_blobs_large_blobs_are_aligned(cache_env: Path) -> None:
    import mmap

    _cache.load_or_build_blobs("b", "k", BlobBuilder(_blobs()), _as_bytes)
    data = (cache_env / "b.raw").read_bytes()
    full = _cache._full_key("k")
    pos = len(blobfile.MAGIC) + 8 + len(full)
    count = int.from_bytes(data[pos - len(full) - 4 : pos - len(full)], "little")
    assert count == len(_blobs())
    for i, blob in enumerate(_blobs()):
        entry = data[pos + blobfile.SLOT * i : pos + blobfile.SLOT * (i + 1)]
        offset, length = int.from_bytes(entry[:8], "little"), int.from_bytes(entry[8:16], "little")
        assert data[offset : offset + length] == blob
        if length >= blobfile.MAP_MIN:
            assert offset % blobfile.ALIGN == 0
            assert blobfile.ALIGN % mmap.ALLOCATIONGRANULARITY == 0


@pytest.mark.parametrize("name", ["", "../escape", "a/b", ".hidden", "sp ace"])
def test_blobs_invalid_names_rejected(cache_env: Path, name: str) -> None:
    with pytest.raises(ValueError):
        _cache.load_or_build_blobs(name, "k", BlobBuilder((b"",)), _as_bytes)


def test_cache_dir_that_cannot_be_created(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("JARGONFREE_CACHE_DIR", str(blocker / "cache"))
    assert _cache.cache_dir() is None
    build = BlobBuilder((b"value",))
    assert _cache.load_or_build_blobs("t", "k", build, _as_bytes) == (b"value",)
    assert build.calls == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_dir_returns_value(cache_env: Path) -> None:
    cache_env.mkdir()
    cache_env.chmod(0o500)
    try:
        build = BlobBuilder((b"value",))
        assert _cache.load_or_build_blobs("t", "k", build, _as_bytes) == (b"value",)
        assert build.calls == 1
    finally:
        cache_env.chmod(0o700)


# --------------------------------------------------------------------------
# Safety: whose folder, whose files, what is in them
# --------------------------------------------------------------------------

posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="owner and mode bits are POSIX")


def test_new_cache_folder_is_private(cache_env: Path) -> None:
    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"a",)), _as_bytes)
    if hasattr(os, "getuid"):
        assert cache_env.stat().st_mode & 0o077 == 0
        assert (cache_env / "b.raw").stat().st_mode & 0o077 == 0


@posix_only
@pytest.mark.parametrize("mode", [0o777, 0o770, 0o722, 0o702])
def test_a_folder_others_can_write_is_not_used(cache_env: Path, mode: int) -> None:
    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"stored",)), _as_bytes)
    cache_env.chmod(mode)
    try:
        assert _cache.cache_dir() is None
        build = BlobBuilder((b"fresh",))
        # The stored entry is not read, and nothing new is written.
        assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"fresh",)
        assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"fresh",)
        assert build.calls == 2
        assert [p.name for p in cache_env.iterdir()] == ["b.raw"]
    finally:
        cache_env.chmod(0o700)
    assert _cache.cache_dir() == cache_env


@posix_only
def test_a_folder_owned_by_someone_else_is_not_used(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_env.mkdir(mode=0o700)
    monkeypatch.setattr(_cache.os, "getuid", lambda: os.stat(cache_env).st_uid + 1)
    assert _cache.cache_dir() is None


@posix_only
def test_a_file_others_can_write_is_rebuilt(cache_env: Path) -> None:
    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"stored",)), _as_bytes)
    (cache_env / "b.raw").chmod(0o666)
    build = BlobBuilder((b"fresh",))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes) == (b"fresh",)
    assert build.calls == 1
    assert (cache_env / "b.raw").stat().st_mode & 0o077 == 0  # replaced by a private file
    assert _cache.load_or_build_blobs("b", "k", BlobBuilder(UNUSED), _as_bytes) == (b"fresh",)


def test_verify_rejects_a_changed_blob(cache_env: Path) -> None:
    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"hello", BIG)), _as_bytes, verify=True)
    path = cache_env / "b.raw"
    data = bytearray(path.read_bytes())
    data[data.index(b"hello")] = ord("j")  # same length, header untouched
    _replace_with(path, bytes(data))
    # Without verify the change goes unseen (the caller checks the structure) ...
    assert _cache.load_or_build_blobs("b", "k", BlobBuilder(UNUSED), _as_bytes)[0] == b"jello"
    # ... with verify it is a miss, built again.
    build = BlobBuilder((b"hello", BIG))
    assert _cache.load_or_build_blobs("b", "k", build, _as_bytes, verify=True) == (b"hello", BIG)
    assert build.calls == 1


def _age(path: Path, seconds: float) -> None:
    import time

    then = time.time() - seconds
    os.utime(path, (then, then))


def test_prune_keeps_the_most_recently_used_entries(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cache, "MAX_ENTRIES", 3)
    for i, name in enumerate(["old", "older", "oldest"]):
        _cache.load_or_build_blobs(name, "k", BlobBuilder((b"x",)), _as_bytes)
        _age(cache_env / f"{name}.raw", 10_000 * (i + 1))
    # Using "oldest" marks it used, so "older" and "old" are the ones to go.
    assert _cache.load_or_build_blobs("oldest", "k", BlobBuilder(UNUSED), _as_bytes) == (b"x",)
    for name in ["new1", "new2"]:
        _cache.load_or_build_blobs(name, "k", BlobBuilder((b"y",)), _as_bytes)
    assert sorted(p.name for p in cache_env.iterdir()) == ["new1.raw", "new2.raw", "oldest.raw"]


def test_prune_keeps_the_total_size_bounded(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cache, "MAX_BYTES", 3 * len(BIG))
    for i in range(5):
        _cache.load_or_build_blobs(f"e{i}", "k", BlobBuilder((BIG,)), _as_bytes)
        _age(cache_env / f"e{i}.raw", 1000 * (5 - i))
    sizes = [p.stat().st_size for p in cache_env.iterdir()]
    assert sum(sizes) <= 3 * len(BIG)
    assert "e4.raw" in {p.name for p in cache_env.iterdir()}  # the newest stays


def test_prune_removes_leftovers(cache_env: Path) -> None:
    cache_env.mkdir()
    stale_tmp = cache_env / ".glossary-1.raw.abc.tmp"
    fresh_tmp = cache_env / ".glossary-2.raw.def.tmp"  # another process may be writing it
    for path in [stale_tmp, fresh_tmp, cache_env / "glossary-1.pickle", cache_env / "cmu.marshal", cache_env / "notes.txt"]:
        path.write_bytes(b"x")
    _age(stale_tmp, 2 * 3600)
    _cache.load_or_build_blobs("b", "k", BlobBuilder((b"a",)), _as_bytes)
    assert sorted(p.name for p in cache_env.iterdir()) == [fresh_tmp.name, "b.raw", "notes.txt"]


class _Planted:
    """Unpickling this creates the file ``marker``: the attack a pickled cache allowed."""

    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (self.marker, "w"))


def _plant_pickles(cache: Path, marker: Path) -> None:
    """Put a crafted pickle everywhere a glossary cache entry could be read from: the file
    and header that older versions unpickled, and the body of the current entry."""
    import pickle

    from jargonfree.glossary import build as gl

    payload = pickle.dumps(_Planted(marker))
    files = gl.builtin_files()
    key = _cache._full_key(gl._stamp([gl.builtin_dir() / "sources.yaml", *files]))
    (entry,) = cache.glob("glossary-*.raw")
    # The layout older versions read with pickle.loads: magic, key length, key, pickle.
    old = b"JFCACHE1\n" + len(key).to_bytes(4, "little") + key + payload
    (cache / (entry.stem + ".pickle")).write_bytes(old)
    # The current entry, under the right key and with right checksums, holding pickles.
    _cache._write_blobs(str(cache), str(entry), key, (payload, payload, payload, payload, payload, payload))
    (cache / "cmu_syllables.raw").write_bytes(payload)


@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest); the cache is still written and read
def test_a_planted_pickle_never_runs(cache_env: Path, tmp_path: Path) -> None:
    import jargonfree
    from jargonfree.glossary import load_glossary

    marker = tmp_path / "pwned"
    load_glossary()  # make the entries
    _plant_pickles(cache_env, marker)
    glossary = load_glossary()
    assert not marker.exists()
    assert glossary.lookup("AMHP") is not None
    report = jargonfree.check("The AMHP will liaise with your NR.", glossaries=glossary)
    assert {f.text for f in report.findings} >= {"AMHP", "liaise", "NR"}
    assert not marker.exists()
    # The planted entry was replaced by a good one.
    assert load_glossary().lookup("NR") is not None


@pytest.mark.slow
@pytest.mark.usefixtures("builtin_glossary_parsed_once")  # the built-in files parsed once (conftest); the cache is still written and read
def test_a_planted_pickle_never_runs_from_the_command_line(cache_env: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    from jargonfree.glossary import load_glossary

    marker = tmp_path / "pwned"
    load_glossary()
    _plant_pickles(cache_env, marker)
    env = dict(os.environ, JARGONFREE_CACHE_DIR=str(cache_env))
    run = subprocess.run(
        [sys.executable, "-m", "jargonfree", "check", "-"],
        input="The AMHP will liaise with your NR.", env=env, capture_output=True, text=True, timeout=120,
    )
    assert not marker.exists()
    assert run.returncode == 1, run.stderr
    assert "internal error" not in run.stderr
    assert "AMHP" in run.stdout and "liaise" in run.stdout
