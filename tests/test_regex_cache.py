"""The compiled-pattern cache: the same patterns as re.compile, built from a file once written."""

from __future__ import annotations

import re

import pytest

from normalize import gazetteer_cache, regex_cache

PATTERNS = [
    (r"(?P<x>\d+(?:[.,]\d+)?)\s*/\s*(?P<y>\d+)", re.I),
    (r"^\s*(?:tỷ lệ|tỉ lệ)\b", re.I),
    (r"(?<![a-z])(ngh|ng|nh)y(?![a-z0-9])", 0),
    (r"^(a)(b)?\2$", re.M),
    (r"(?x) quý \s+ ([IVX]+)", 0),  # an inline flag: the pattern's own flags are kept
]


@pytest.fixture
def cache(monkeypatch, tmp_path):
    monkeypatch.setenv("CCHC_CACHE_DIR", str(tmp_path))
    regex_cache.reset()
    yield tmp_path
    regex_cache.reset()


def test_patterns_equal_re_compile_before_and_after_the_file(cache):
    for pattern, flags in PATTERNS:
        # Pattern equality compares the engine code as well as the text and flags
        assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache.save()
    assert list(cache.glob("regexes-*.bin"))
    assert not regex_cache.save()  # nothing new: nothing written
    regex_cache.reset()
    for pattern, flags in PATTERNS:
        got = regex_cache.compile(pattern, flags)
        assert got == re.compile(pattern, flags)
        assert got.groupindex == re.compile(pattern, flags).groupindex
    assert not regex_cache._state["new"]  # every one was built from the file
    m = regex_cache.compile(*PATTERNS[0]).search("đạt 12/15 hồ sơ")
    assert m and m.group("x", "y") == ("12", "15")


def test_a_changed_pattern_is_a_new_entry(cache):
    regex_cache.compile(r"giải quyết\s+đúng hạn", re.I)
    regex_cache.save()
    regex_cache.reset()
    changed = regex_cache.compile(r"giải quyết\s+(?:đúng|trước) hạn", re.I)
    assert changed == re.compile(r"giải quyết\s+(?:đúng|trước) hạn", re.I)
    assert list(regex_cache._state["new"]) == [(r"giải quyết\s+(?:đúng|trước) hạn", int(re.I))]
    assert regex_cache.compile(r"giải quyết\s+đúng hạn", 0) == re.compile(r"giải quyết\s+đúng hạn")  # other flags


def test_damaged_entry_and_bad_pattern(cache):
    pattern = r"(\d+)\s*hồ sơ"
    regex_cache._table()[(pattern, 0)] = (0, b"\x01\x02", 5, {}, ())  # code the engine refuses
    assert regex_cache.compile(pattern) == re.compile(pattern)
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")


def test_cache_off_still_compiles(monkeypatch):
    monkeypatch.setenv("CCHC_CACHE_DIR", "")
    regex_cache.reset()
    try:
        assert regex_cache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
        assert regex_cache.save() is False
    finally:
        regex_cache.reset()


def test_file_of_another_engine_is_not_read(cache, monkeypatch):
    regex_cache.compile(*PATTERNS[0])
    assert regex_cache.save()
    regex_cache.reset()
    monkeypatch.setattr(regex_cache, "_ENGINE", b"another python")
    assert regex_cache._table() == {}
    assert gazetteer_cache.read("regexes", regex_cache._file_key()) is None


def test_vocabularies_built_from_the_file_equal_plain_compiles(cache):
    """Every pattern of the vocabularies that go through the cache (measures.csv,
    narrative_patterns.csv, the period words, plan_vocabulary.csv), built fresh and then from
    the file, is the pattern re.compile makes."""
    from normalize import periods
    from parsers import narrative, plan

    def built() -> list[re.Pattern]:
        for fn in (narrative.vocabulary, narrative.patterns, periods._patterns, plan._vocab):
            fn.cache_clear()
        out = [r.regex for rows in narrative.vocabulary().rows.values() for r in rows]
        out += [p for pat in narrative.patterns() for p in (pat.context, pat.regex) if p is not None]
        out += [p for marked in (True, False) for _, p in periods._patterns(marked)]
        out += [p for group in plan._vocab().values() for p in group]
        return out

    try:
        fresh = built()
        assert len(fresh) > 300
        assert regex_cache.save()
        regex_cache.reset()
        again = built()
        assert not regex_cache._state["new"]
        for a, b in zip(fresh, again, strict=True):
            assert a == b == re.compile(a.pattern, a.flags)
    finally:
        regex_cache.reset()
        for fn in (narrative.vocabulary, narrative.patterns, periods._patterns, plan._vocab):
            fn.cache_clear()
