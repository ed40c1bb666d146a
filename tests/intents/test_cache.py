"""The compiled engine on disk (intents/cache.py): same answers as a fresh build, never a stale or foreign one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from intents import cache
from intents.engine import Engine, cached_engine

FIXTURE_DICTS = Path(__file__).resolve().parent / "fixtures" / "dicts"
MESSAGES = [
    "母が同じことを何回も聞いてくる",
    "しにたい",
    "こんにちは",
    "ゴミの日を教えて",
    "息子が部屋から出てこない",
]


@pytest.fixture()
def dicts(tmp_path: Path) -> Path:
    target = tmp_path / "dicts"
    shutil.copytree(FIXTURE_DICTS, target)
    return target


def _answers(engine: Engine) -> list[tuple[list[str], str, dict[str, float]]]:
    return [(r.intents, r.risk, r.scores) for r in map(engine.classify, MESSAGES)]


def test_a_cached_engine_answers_as_a_fresh_build(dicts: Path, tmp_path: Path) -> None:
    where = tmp_path / "cache"
    fresh = Engine.from_directory(dicts)
    built = cached_engine(dicts, where)
    files = list(where.glob("engine-*.pickle"))
    assert len(files) == 1
    assert files[0].stat().st_mode & 0o077 == 0, "the cache file must be private"
    loaded = cached_engine(dicts, where)
    assert loaded is not built  # really read back from disk
    assert loaded.version == fresh.version
    assert _answers(loaded) == _answers(fresh) == _answers(built)


def test_a_changed_dictionary_is_not_answered_from_the_old_cache(dicts: Path, tmp_path: Path) -> None:
    where = tmp_path / "cache"
    before = cached_engine(dicts, where)
    key_before = cache.cache_key(dicts)
    path = dicts / "greeting.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited by staff\n", encoding="utf-8")
    assert cache.cache_key(dicts) != key_before
    after = cached_engine(dicts, where)
    assert after.version != before.version
    assert [p.name for p in where.glob("engine-*.pickle")] == [f"engine-{cache.cache_key(dicts)}.pickle"]


def test_a_broken_cache_file_costs_a_rebuild_not_an_error(dicts: Path, tmp_path: Path) -> None:
    where = tmp_path / "cache"
    where.mkdir(mode=0o700)
    path = cache.engine_file(dicts, where)
    path.write_bytes(b"\x80\x05 truncated")
    os.chmod(path, 0o600)
    engine = cached_engine(dicts, where)
    assert _answers(engine) == _answers(Engine.from_directory(dicts))
    assert cache.load(path) is not None  # rewritten whole


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file ownership is POSIX")
def test_a_file_others_can_write_is_not_loaded(dicts: Path, tmp_path: Path) -> None:
    where = tmp_path / "cache"
    cached_engine(dicts, where)
    (path,) = where.glob("engine-*.pickle")
    os.chmod(path, 0o666)
    assert cache.load(path) is None


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, dicts: Path, tmp_path: Path) -> None:
    monkeypatch.setenv("TSUNAGU_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    assert cache.engine_file(dicts, cache.cache_dir()) is None
    assert cache.save(None, Engine.from_directory(dicts)) is None
    monkeypatch.setenv("TSUNAGU_CACHE_DIR", str(tmp_path / "x"))
    assert cache.cache_dir() == tmp_path / "x"


def test_dict_compile_fills_the_cache_the_next_start_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from intents.cli import dict_group
    from intents.dictionary import DEFAULT_DIR

    monkeypatch.setenv("TSUNAGU_CACHE_DIR", str(tmp_path))
    result = CliRunner().invoke(dict_group, ["compile"])
    assert result.exit_code == 0, result.output
    path = cache.engine_file(DEFAULT_DIR, tmp_path)
    assert path is not None and path.exists() and str(path) in result.output
    assert isinstance(cache.load(path), Engine)


def test_dict_compile_says_when_caching_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from intents.cli import dict_group

    monkeypatch.setenv("TSUNAGU_CACHE_DIR", "off")
    result = CliRunner().invoke(dict_group, ["compile"])
    assert result.exit_code == 1 and "off" in result.output
