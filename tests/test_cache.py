"""Tests for jargonfree._cache: the small on-disk cache for derived data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jargonfree import _cache


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
    build = Builder({"a": 1})
    assert _cache.load_or_build("thing", "k", build) == {"a": 1}
    assert _cache.load_or_build("thing", "k", build) == {"a": 1}
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


@pytest.mark.parametrize("fmt", ["marshal", "pickle"])
def test_round_trip(cache_env: Path, fmt: str) -> None:
    value = {"word": 3, "blob": b"\x00\x01", "nested": (1, 2.5, "x"), "list": [None, True]}
    build = Builder(value)
    assert _cache.load_or_build("table", "key-1", build, fmt=fmt) == value  # type: ignore[arg-type]
    assert build.calls == 1
    assert (cache_env / f"table.{fmt}").is_file()
    again = Builder("should not be used")
    assert _cache.load_or_build("table", "key-1", again, fmt=fmt) == value  # type: ignore[arg-type]
    assert again.calls == 0
    # no temporary files are left behind
    assert sorted(p.name for p in cache_env.iterdir()) == [f"table.{fmt}"]


def test_key_change_rebuilds(cache_env: Path) -> None:
    assert _cache.load_or_build("t", "v1", Builder("old")) == "old"
    build = Builder("new")
    assert _cache.load_or_build("t", "v2", build) == "new"
    assert build.calls == 1
    # the new value replaced the old one
    assert _cache.load_or_build("t", "v2", Builder("unused")) == "new"
    rebuild = Builder("old again")
    assert _cache.load_or_build("t", "v1", rebuild) == "old again"
    assert rebuild.calls == 1


def test_names_and_formats_are_separate_entries(cache_env: Path) -> None:
    assert _cache.load_or_build("a", "k", Builder(1)) == 1
    assert _cache.load_or_build("b", "k", Builder(2)) == 2
    assert _cache.load_or_build("a", "k", Builder(3), fmt="pickle") == 3
    assert _cache.load_or_build("a", "k", Builder(4)) == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        b"JFCACHE1\n",  # header cut short
        b"JFCACHE1\n\xff\xff\xff\xff",  # key length beyond the end
    ],
)
def test_corrupt_file_rebuilds(cache_env: Path, content: bytes) -> None:
    cache_env.mkdir()
    (cache_env / "t.marshal").write_bytes(content)
    build = Builder([1, 2, 3])
    assert _cache.load_or_build("t", "k", build) == [1, 2, 3]
    assert build.calls == 1
    assert _cache.load_or_build("t", "k", Builder("unused")) == [1, 2, 3]


@pytest.mark.parametrize("fmt", ["marshal", "pickle"])
def test_truncated_payload_rebuilds(cache_env: Path, fmt: str) -> None:
    _cache.load_or_build("t", "k", Builder(list(range(1000))), fmt=fmt)  # type: ignore[arg-type]
    path = cache_env / f"t.{fmt}"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 50])
    build = Builder("fresh")
    assert _cache.load_or_build("t", "k", build, fmt=fmt) == "fresh"  # type: ignore[arg-type]
    assert build.calls == 1


def test_unpicklable_content_rebuilds(cache_env: Path) -> None:
    _cache.load_or_build("t", "k", Builder("x"), fmt="pickle")
    path = cache_env / "t.pickle"
    data = path.read_bytes()
    magic = _cache._MAGIC
    key_len = int.from_bytes(data[len(magic) : len(magic) + 4], "little")
    header = data[: len(magic) + 4 + key_len]
    # a pickle that refers to a module that does not exist
    path.write_bytes(header + b"cno_such_module_xyz\nThing\n.")
    build = Builder("rebuilt")
    assert _cache.load_or_build("t", "k", build, fmt="pickle") == "rebuilt"
    assert build.calls == 1


def test_cache_dir_that_cannot_be_created(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("JARGONFREE_CACHE_DIR", str(blocker / "cache"))
    assert _cache.cache_dir() is None
    build = Builder("value")
    assert _cache.load_or_build("t", "k", build) == "value"
    assert build.calls == 1


def test_write_failure_returns_value(cache_env: Path) -> None:
    # A directory where the cache file should be: reading and replacing fail.
    (cache_env / "t.marshal").mkdir(parents=True)
    build = Builder({"v": 1})
    assert _cache.load_or_build("t", "k", build) == {"v": 1}
    assert _cache.load_or_build("t", "k", build) == {"v": 1}
    assert build.calls == 2
    assert sorted(p.name for p in cache_env.iterdir()) == ["t.marshal"]  # temp file removed


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_dir_returns_value(cache_env: Path) -> None:
    cache_env.mkdir()
    cache_env.chmod(0o500)
    try:
        build = Builder("value")
        assert _cache.load_or_build("t", "k", build) == "value"
        assert build.calls == 1
    finally:
        cache_env.chmod(0o700)


def test_os_replace_failure_returns_value(cache_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_cache.os, "replace", refuse)
    build = Builder("value")
    assert _cache.load_or_build("t", "k", build) == "value"
    assert list(cache_env.iterdir()) == []


def test_unserialisable_value_is_returned(cache_env: Path) -> None:
    value = object()  # marshal cannot store it
    assert _cache.load_or_build("t", "k", Builder(value)) is value
    assert not (cache_env / "t.marshal").exists()


def test_build_errors_propagate(cache_env: Path) -> None:
    def broken() -> None:
        raise KeyError("from build")

    with pytest.raises(KeyError):
        _cache.load_or_build("t", "k", broken)


@pytest.mark.parametrize("name", ["", "../escape", "a/b", ".hidden", "sp ace"])
def test_invalid_names_rejected(cache_env: Path, name: str) -> None:
    with pytest.raises(ValueError):
        _cache.load_or_build(name, "k", Builder(1))


def test_key_is_compared_exactly(cache_env: Path) -> None:
    _cache.load_or_build("t", "prefix", Builder("a"))
    build = Builder("b")
    assert _cache.load_or_build("t", "prefix-longer", build) == "b"
    assert _cache.load_or_build("t", "pre", Builder("c")) == "c"
    assert _cache.load_or_build("t", "pré|ﬁx ✓", Builder("d")) == "d"
    assert _cache.load_or_build("t", "pré|ﬁx ✓", Builder("unused")) == "d"
