"""The gazetteer index's cache file: the same index as the CSV path, never a stale or damaged one."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import gazetteer, gazetteer_cache


def _build_from_csv(monkeypatch) -> gazetteer._Gazetteer:
    monkeypatch.setenv("CCHC_CACHE_DIR", "")  # cache off: the CSV path
    return gazetteer.load_gazetteer.__wrapped__()


def _same(a: gazetteer._Gazetteer, b: gazetteer._Gazetteer) -> None:
    assert list(a.units) == list(b.units)
    assert a.units == b.units
    assert a.max_tokens == b.max_tokens
    assert list(a.by_key) == list(b.by_key)
    assert a.by_key == b.by_key
    for key, entries in a.by_key.items():  # the entries point at the index's own units
        for entry in entries:
            assert entry.unit is a.units[entry.unit.unit_id], key


def test_first_load_from_cache_equals_csv_path(monkeypatch, tmp_path):
    from_csv = _build_from_csv(monkeypatch)
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path))
    assert gazetteer_cache.load_index() is None  # empty cache
    built = gazetteer.load_gazetteer.__wrapped__()  # builds and stores
    assert list(tmp_path.glob("gazetteer-*.bin"))
    cached = gazetteer_cache.load_index()
    assert cached is not None
    _same(cached, from_csv)
    _same(gazetteer.load_gazetteer.__wrapped__(), built)
    # a unit read back behaves as one built from the CSV: hashable, frozen, its level an enum
    unit = next(u for u in cached.units.values() if u.valid_to is not None)
    twin = from_csv.units[unit.unit_id]
    assert hash(unit) == hash(twin) and unit.unit_level is twin.unit_level
    assert unit.valid_to == twin.valid_to
    with pytest.raises(AttributeError):
        unit.unit_name = "x"  # type: ignore[misc]


def test_stale_cache_is_not_used(monkeypatch, tmp_path):
    source = tmp_path / "source.csv"
    source.write_text("a\n1\n", encoding="utf-8")
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(gazetteer_cache, "gazetteer_sources", lambda: [source])
    gaz = _build_from_csv(monkeypatch)
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path / "cache"))
    assert gazetteer_cache.store_index(gaz)
    assert gazetteer_cache.load_index() is not None
    source.write_text("a\n2\n", encoding="utf-8")  # a dependency changed: another key
    assert gazetteer_cache.load_index() is None
    # a file holding another key under this key's name is refused too
    old_key = gazetteer_cache.fingerprint([source])
    source.write_text("a\n1\n", encoding="utf-8")
    stored = next((tmp_path / "cache").glob("gazetteer-*.bin"))
    target = gazetteer_cache._file("gazetteer", old_key)
    assert target is not None
    target.write_bytes(stored.read_bytes())
    assert gazetteer_cache.read("gazetteer", old_key) is None


def test_damaged_cache_is_not_used(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path))
    key = gazetteer_cache.fingerprint([Path(gazetteer.__file__)])
    assert gazetteer_cache.write("probe", key, ("a", (1, 2), {"k": True}))
    assert gazetteer_cache.read("probe", key) == ("a", (1, 2), {"k": True})
    path = gazetteer_cache._file("probe", key)
    assert path is not None
    blob = bytearray(path.read_bytes())
    blob[-2] ^= 0xFF  # one byte of the payload
    path.write_bytes(bytes(blob))
    assert gazetteer_cache.read("probe", key) is None
    path.write_bytes(bytes(blob[:20]))  # cut short
    assert gazetteer_cache.read("probe", key) is None
    path.write_bytes(b"")
    assert gazetteer_cache.read("probe", key) is None


def test_unwritable_or_disabled_cache_is_skipped(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("CCHC_CACHE_DIR", str(blocker / "sub"))
    assert gazetteer_cache.write("probe", b"k" * 32, (1,)) is False
    assert gazetteer_cache.read("probe", b"k" * 32) is None
    assert gazetteer.load_gazetteer.__wrapped__().units  # still built from the CSV
    monkeypatch.setenv("CCHC_CACHE_DIR", "")
    assert gazetteer_cache.cache_dir() is None
    assert gazetteer_cache.write("probe", b"k" * 32, (1,)) is False


def test_default_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("CCHC_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer_cache.cache_dir() == tmp_path / "cchc-pipeline"


def test_files_of_other_keys_are_removed_once_a_day_old(monkeypatch, tmp_path):
    import os

    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path))
    keys = [bytes([i]) * 32 for i in range(3)]
    for key in keys[:2]:
        assert gazetteer_cache.write("probe", key, (1,))
    old, recent = (gazetteer_cache._file("probe", k) for k in keys[:2])
    assert old is not None and recent is not None
    os.utime(old, (0, 0))  # written long ago
    assert gazetteer_cache.write("probe", keys[2], (2,))
    assert not old.exists() and recent.exists()
    assert gazetteer_cache.read("probe", keys[2]) == (2,)


def test_cached_index_builds_units_on_lookup(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path))
    gazetteer.load_gazetteer.__wrapped__()  # builds and stores
    cached = gazetteer_cache.load_index()
    assert cached is not None
    units = cached.units
    assert isinstance(units, gazetteer_cache.LazyUnits)
    assert not any(units._made)  # nothing rebuilt before a lookup
    key = next(iter(cached.by_key))
    entries = cached.by_key[key]
    assert entries and cached.by_key.get(key) is entries
    assert all(e.unit is units[e.unit.unit_id] for e in entries)
    assert sum(u is not None for u in units._made) == len({e.unit.unit_id for e in entries})
    assert "no such key" not in cached.by_key and cached.by_key.get("no such key") is None
    assert units.get("no such id", "none") == "none" and "no such id" not in units
    assert len(units) == len(list(units)) and len(cached.by_key) == len(list(cached.by_key))
