"""Administrative units: the gazetteer, name lookup, mentions in text, and the unit a report is about.

The gazetteer (``normalize/reference/gazetteer.csv``, built by ``tools/build_gazetteer.py``
from the ``vietnam-provinces`` package) lists the provinces (``P91``), districts (``D886``)
and communes (``X30733``) as they stood before the 1 July 2025 reorganisation, each with the
province it became part of then, and the provinces and communes after it (``P91-2025``,
``X31078-2025``: xã, phường, đặc khu), each with ``valid_from``/``valid_to``. One ``unit_id``
is one territory over one span (the An Giang of 2024 ``P89`` and of 2026 ``P91-2025``
differ; a province the reform left whole keeps its id); ``province_after_2025`` is the
roll-up. ``lookup``, ``find_units`` and ``resolve_unit`` take ``on`` (a date, a (first, last)
pair or a Period) and keep the units valid then. ``unit_aliases.csv`` holds untyped forms
(``TPHCM``), ``unit_renames.csv`` renames that kept the id (``name_on``).

Matching is accent- and case-insensitive on the short name (``Kiên Giang``); a type word
(``tỉnh``, ``thành phố``/``TP.``, ``quận``, ``huyện``, ``thị xã``/``TX.``, ``phường``, ``xã``,
``thị trấn``, or a party committee ``Tỉnh ủy``/``Huyện ủy``...) narrows the candidates. A
former name kept by the source (``tỉnh Thừa Thiên Huế``) matches only when no current name does.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

from core.errors import PipelineError
from core.records import UnitLevel
from core.text import fold, fold_map

GAZETTEER_CSV = Path(__file__).parent / "reference" / "gazetteer.csv"

LEVELS = ("tinh", "huyen", "xa")
_LEVEL_RANK = {"xa": 0, "huyen": 1, "tinh": 2}  # most specific first

# Folded (accentless, lower-case) type words and abbreviations -> the gazetteer's type word.
_TYPE_WORDS = {
    "thanh pho": "thành phố",
    "tp": "thành phố",
    "thanh uy": "thành phố",
    "thanh doan": "thành phố",
    "thi xa": "thị xã",
    "tx": "thị xã",
    "thi uy": "thị xã",
    "thi doan": "thị xã",
    "thi tran": "thị trấn",
    "tinh": "tỉnh",
    "tinh uy": "tỉnh",
    "tinh doan": "tỉnh",
    "quan": "quận",
    "quan uy": "quận",
    "quan doan": "quận",
    "huyen": "huyện",
    "huyen uy": "huyện",
    "huyen doan": "huyện",
    "phuong": "phường",
    "xa": "xã",
    "dac khu": "đặc khu",
}
_TYPE_RE = re.compile(
    r"(?<![a-z0-9])(?P<type>(?:thanh|thi|tinh|quan|huyen) (?:uy|doan)"
    r"|thanh pho|thi xa|thi tran|dac khu|tinh|quan|huyen|phuong|xa|(?:tp|tx)\.?)"
    r"(?:(?<=\.)\s*|\s+)"
)
_TYPE_HEAD_RE = re.compile(
    r"\s*(?:(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+)?"
    r"(?P<type>thanh pho|thi xa|thi tran|dac khu|(?:thanh|thi|tinh|quan|huyen) (?:uy|doan)|tinh|quan"
    r"|huyen|phuong|xa|tp|tx)(?:\.\s*|\s+|$)"
)
_ISSUER_BEFORE_RE = re.compile(r"(?<![\w/-])(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s*$")
_REPORTING_AFTER_RE = re.compile(
    r"\s*(?:bao cao|ban hanh ke hoach|xay dung ke hoach|de nghi|yeu cau"
    r"|thong bao)\b"
)
_NAMELESS_REPORTER_RE = re.compile(
    r"(?:uy ban nhan dan|ubnd)\s+(?P<type>thanh pho|thi xa|thi tran|dac khu|tinh|quan|huyen|phuong|xa)"
    r"\s+(?:bao cao|ban hanh|xay dung ke hoach|tong hop)\b"
)
_PLACE_RE = re.compile(r"^[ \t]*(?P<place>[^\n,;:]{2,50}?)[ \t]*,[ \t]*ngay\b", re.M)
# the same line without "ngày": "Lý Sơn, 12/6/2024", "Lý Sơn, 12 tháng 6 năm 2024" (the date ends the line)
_PLACE_NUMERIC_RE = re.compile(
    r"^[ \t]*(?P<place>[^\n,;:\d]{2,50}?(?:[ \t]\d{1,2})?)[ \t]*,[ \t]*\d{1,2}[ \t]*(?:(?P<sep>[/.\-])"
    r"[ \t]*\d{1,2}[ \t]*(?P=sep)|[ \t]*thang[ \t]*\d{1,2}[ \t]*,?[ \t]*nam)[ \t]*\d{4}[ \t]*[.;)]?[ \t]*$",
    re.M,
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:['\u2019\u02bc]\s?[a-z0-9]+)*")
_GAP_RE = re.compile(r"\s*(?:[-\u2013]\s*)?")
_LIST_BEFORE_RE = re.compile(r"(?:,|\bcac|\bva)\s*$")
_NEW_WORD_RE = re.compile(r"moi\s+")
_MOTTO_RE = re.compile(r"cong hoa\s*$")  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": not a commune

# Evidence weights: how much a mention tells about the province/district a unit lies in.
_W_ISSUER, _W_PLACE, _W_TITLE, _W_TEXT = 10, 8, 5, 1


class GazetteerMissing(PipelineError):
    def __init__(self, path: Path):
        super().__init__(
            f"the administrative-unit gazetteer {path} is missing or empty; regenerate it with "
            "tools/build_gazetteer.py (see its docstring) or restore it from git"
        )


@dataclass(frozen=True)
class AdminUnit:
    """One administrative unit over one validity span.

    ``unit_id`` is None only for a name resolved without a date that fits several spans
    alike (``tỉnh An Giang`` of 2024 and of 2026, undated): name, level and provinces are
    known, the territory is not."""

    unit_id: str | None  # P91, D886, X30733; post-reform P91-2025, X31078-2025
    unit_name: str  # full name with its type word: "tỉnh Kiên Giang"
    unit_level: UnitLevel
    province: str  # full name of its province ("tỉnh Kiên Giang")
    province_id: str  # P91
    province_after_2025: str  # the province it belongs to since 1 July 2025 ("tỉnh An Giang")
    short_name: str = ""  # "Kiên Giang"
    unit_type: str = ""  # tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn
    district_id: str | None = None  # communes only
    other_names: tuple[str, ...] = ()  # former full names of the same unit
    valid_from: date | None = None  # first day (None: since before the data)
    valid_to: date | None = None  # last day (None: still valid)
    successor_id: str | None = None  # a former unit (gazetteer_history.csv): the unit it went into

    def valid_during(self, span: tuple[date, date] | None) -> bool:
        """Valid on some day of span (first, last); any span when None."""
        if span is None:
            return True
        first, last = span
        return (self.valid_from is None or self.valid_from <= last) and (
            self.valid_to is None or self.valid_to >= first
        )


@dataclass(frozen=True)
class _Entry:
    unit: AdminUnit
    unit_type: str  # the type word of this name (a former name may have another)
    current: bool  # the unit's current name, not a former one


@dataclass
class _Mention:
    units: list[AdminUnit]
    start: int
    end: int
    issuer: bool  # preceded by "Ủy ban nhân dân"/"UBND"/"HĐND"
    reporting: bool  # followed by "báo cáo"/"ban hành"...


@dataclass
class _Gazetteer:
    units: Mapping[str, AdminUnit]  # a dict, or the cache's LazyUnits
    by_key: Mapping[str, list[_Entry]]  # a dict, or the cache's LazyIndex
    max_tokens: int


# ---------------------------------------------------------------- folding

# fold and fold_map live in core.text (one folding for the whole pipeline)


# a syllable whose whole vowel is i or y after its initial consonant (``Quý``/``Quí``, ``Lý``/``Lí``,
# ``Kỳ``/``Kì``, ``Mỹ``/``Mĩ``, ``Sỹ``/``Sĩ``): the two spellings of one vowel, which the package
# data itself mix from one version to the next (``xã Vũ Quí`` of 2024, ``xã Vũ Quý`` of 2025);
# ``uy`` (``Thủy``, ``Huy``) is another vowel and keeps its y
_I_Y_RE = re.compile(r"(?<![a-z0-9])(ngh|ng|nh|ch|gh|kh|ph|qu|th|tr|[bcdghklmnprstvx])y(?![a-z0-9])")


def _i_for_y(base: str) -> str:
    return _I_Y_RE.sub(r"\1i", base)


@lru_cache(maxsize=8192)
def accent_key(name: str) -> tuple[tuple[str, str], ...]:
    """Each syllable's base letters and its set of marks: ``Hoà`` and ``Hòa`` are equal,
    ``Kiên`` and ``Kiến`` are not; ``Quý`` and ``Quí`` are (``_I_Y_RE``)."""
    out = []
    for word in re.findall(r"\w+", unicodedata.normalize("NFC", name.lower())):
        syl = unicodedata.normalize("NFD", word)
        base = _i_for_y("".join(c for c in syl if not unicodedata.combining(c)).replace("đ", "d"))
        marks = "".join(sorted(c for c in syl if unicodedata.combining(c))) + ("đ" if "đ" in syl else "")
        out.append((base, marks))
    return tuple(out)


def _has_marks(name: str) -> bool:
    return any(marks for _, marks in accent_key(name))


@lru_cache(maxsize=64)
def _iso(text: str) -> date:
    return date.fromisoformat(text)


_APOSTROPHE_RE = re.compile(r"['\u2019\u02bc]\s*")
_WORD_RE = re.compile(r"[a-z0-9]+")


def name_key(name: str) -> str:
    """The matching key of a short name: folded, apostrophes joined, punctuation as spaces,
    a syllable's lone vowel y written i (``Phú Quý`` and ``Phú Quí`` are one name)."""
    folded = _APOSTROPHE_RE.sub("", fold(name))
    return _i_for_y(" ".join(_WORD_RE.findall(folded)))


# ---------------------------------------------------------------- loading


def _split_type(full: str) -> tuple[str, str]:
    m = _TYPE_HEAD_RE.match(fold(full))
    if not m:
        return "", full.strip()
    return _TYPE_WORDS[m.group("type")], full.strip()[m.end() :].strip()


SPELLINGS_CSV = Path(__file__).parent / "reference" / "gazetteer_spellings.csv"


def _spellings() -> dict[str, dict[str, str]]:
    """``gazetteer_spellings.csv``: the official spelling of a name the package data writes
    otherwise (``Đăk Glong`` for ``Đắk Glong``), by unit id."""
    if not SPELLINGS_CSV.is_file():
        return {}
    with SPELLINGS_CSV.open(encoding="utf-8", newline="") as fh:
        return {
            row["unit_id"]: {"name": row["name"], "short_name": row["short_name"]}
            for row in csv.DictReader(fh)
        }


def _late_renames() -> dict[str, tuple[str, str]]:
    """``unit_renames.csv`` rows with a ``name``: a rename the package data do not have yet
    (``huyện Mộc Châu`` became ``thị xã Mộc Châu`` on 2025-01-01; the data of 2025-01-04 still
    write the huyện), by unit id: (former name, new name)."""
    return {
        row["unit_id"]: (row["former_name"], row["name"].strip())
        for row in _rename_rows()
        if (row.get("name") or "").strip()
    }


def _renamed_row(row: dict, former: str, name: str) -> dict:
    """A gazetteer row under its new name, its former name kept among its other names."""
    unit_type, short = _split_type(name)
    others = [n for n in row["other_names"].split("|") if n and n != name]
    return {
        **row,
        "name": name,
        "short_name": short,
        "type": unit_type,
        "other_names": "|".join(others + [former]),
    }


HISTORY_CSV = Path(__file__).parent / "reference" / "gazetteer_history.csv"


def _former_names() -> dict[str, list[str]]:
    """``unit_renames.csv``: each unit's former full names, by unit id (from ``_renames``)."""
    return {unit_id: [former for _, former in names] for unit_id, names in _renames().items()}


def _history_rows(rows: list[dict]) -> list[dict]:
    """``gazetteer_history.csv``: units dissolved, merged or split before the package data's
    time (``huyện Hoành Bồ`` until 2019-12-31, merged into ``thành phố Hạ Long``), as gazetteer
    rows valid until their last day, each with its successor's id; the province fields are
    those of the unit's own province then, the roll-up that of its successor."""
    if not HISTORY_CSV.is_file():
        return []
    known = {r["unit_id"]: r for r in rows}
    with HISTORY_CSV.open(encoding="utf-8", newline="") as fh:
        history = list(csv.DictReader(fh))
    known.update({r["unit_id"]: {**r, "province": r["name"]} for r in history if r["level"] == "tinh"})
    out = []
    for r in history:
        successor = known[r["successor_id"]]
        unit_type, short = _split_type(r["name"])
        out.append(
            {
                "unit_id": r["unit_id"],
                "name": r["name"],
                "short_name": short,
                "level": r["level"],
                "type": r["type"] or unit_type,
                "province_id": r["province_id"],
                "province": known[r["province_id"]]["province"] if r["level"] != "tinh" else r["name"],
                "district_id": "",
                "province_after_2025": successor["province_after_2025"],
                "other_names": "",
                "valid_from": r["valid_from"],
                "valid_to": r["valid_to"],
                "successor_id": r["successor_id"],
            }
        )
    return out


@lru_cache(maxsize=4)
def load_gazetteer(path: Path | None = None) -> _Gazetteer:
    """Read the gazetteer once per process (cached): ``.units`` by id and the name index."""
    path = Path(path) if path else GAZETTEER_CSV
    if not path.is_file():
        raise GazetteerMissing(path)
    if path == GAZETTEER_CSV:  # the default index is kept in a cache file (gazetteer_cache)
        from normalize import gazetteer_cache

        cached = gazetteer_cache.load_index()
        if cached is not None:
            return cached
    units: dict[str, AdminUnit] = {}
    by_key: dict[str, list[_Entry]] = {}
    max_tokens = 1
    spellings = _spellings() if path == GAZETTEER_CSV else {}
    upgrades = _late_renames() if path == GAZETTEER_CSV else {}
    formers = _former_names() if path == GAZETTEER_CSV else {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if path == GAZETTEER_CSV:
        rows += _history_rows(rows)
    for row in rows:
        if row["unit_id"] in spellings:
            row = {**row, **spellings[row["unit_id"]]}
        if row["unit_id"] in upgrades and row["name"] == upgrades[row["unit_id"]][0]:
            row = _renamed_row(row, *upgrades[row["unit_id"]])
        others = tuple(n for n in row["other_names"].split("|") if n)
        # a former name the data do not carry (``huyện Tĩnh Gia``, now ``thị xã Nghi Sơn``)
        others += tuple(n for n in formers.get(row["unit_id"], ()) if n != row["name"] and n not in others)
        first, last = row.get("valid_from"), row.get("valid_to")
        unit = AdminUnit(
            unit_id=row["unit_id"],
            unit_name=row["name"],
            unit_level=UnitLevel(row["level"]),
            province=row["province"],
            province_id=row["province_id"],
            province_after_2025=row["province_after_2025"],
            short_name=row["short_name"],
            unit_type=row["type"],
            district_id=row["district_id"] or None,
            other_names=others,
            valid_from=_iso(first) if first else None,
            valid_to=_iso(last) if last else None,
            successor_id=row.get("successor_id") or None,
        )
        units[unit.unit_id] = unit
        names = [(row["short_name"], row["type"], True)]
        names += [(short, typ, False) for typ, short in map(_split_type, others)]
        for short, typ, current in names:
            key = name_key(short)
            by_key.setdefault(key, []).append(_Entry(unit, typ, current))
            max_tokens = max(max_tokens, key.count(" ") + 1)
            if unit.unit_level == "tinh" and key.count(" ") >= 2:
                # initials of a long province name: TP.HCM, BR-VT, TTH
                initials = "".join(w[0] for w in key.split())
                by_key.setdefault(initials, []).append(_Entry(unit, typ, current))
    if not units:
        raise GazetteerMissing(path)
    built = _Gazetteer(units, by_key, max_tokens)
    if path == GAZETTEER_CSV:
        gazetteer_cache.store_index(built)
    return built


def get_unit(unit_id: str) -> AdminUnit | None:
    """The unit with this id (``P91``, ``D851``), or None."""
    return load_gazetteer().units.get(unit_id)


def province_of(unit: AdminUnit) -> AdminUnit:
    """The province a unit lies in (a province is its own)."""
    return load_gazetteer().units[unit.province_id]


def _ancestors(unit: AdminUnit) -> list[str]:
    ids = [unit.province_id] if unit.unit_level != "tinh" else []
    if unit.district_id:
        ids.append(unit.district_id)
    return ids


def _ordered(units: Iterable[AdminUnit]) -> list[AdminUnit]:
    seen: dict[str, AdminUnit] = {}
    for u in units:
        seen.setdefault(u.unit_id, u)
    return sorted(seen.values(), key=lambda u: (-_LEVEL_RANK[u.unit_level], _id_order(u.unit_id)))


def _id_order(unit_id: str | None) -> tuple:
    """``P89`` < ``P91`` < ``P91-2025``: level letter, code, then the later span."""
    m = re.fullmatch(r"([A-Z])(\d+)(?:-(\d+))?", unit_id or "")
    if not m:
        return ("~", 0, 0)
    return (m.group(1), int(m.group(2)), int(m.group(3) or 0))


Span = tuple[date, date]


def as_span(when) -> Span | None:
    """A (first, last) day span from a date, a (first, last) pair or a Period; None for None."""
    if when is None:
        return None
    if isinstance(when, date):
        return (when, when)
    if hasattr(when, "start") and hasattr(when, "end"):
        return (when.start, when.end)
    first, last = when
    return (first, last)


def _entry_name(entry: _Entry) -> str:
    if entry.current:
        return entry.unit.short_name
    return next(short for typ, short in map(_split_type, entry.unit.other_names) if typ == entry.unit_type)


def _candidates(
    key: str, unit_type: str | None, written: str | None = None, span: Span | None = None
) -> list[AdminUnit]:
    """Units named key (of that type word when given) valid during span: current names
    first, else former ones.

    When the name is written with accents, namesakes that match the accents too
    (``Kiên Giang``, not ``Kiến Giang``) are kept over those that match only without.
    """
    typed = [e for e in load_gazetteer().by_key.get(key, ()) if unit_type is None or e.unit_type == unit_type]
    entries = [e for e in typed if e.unit.valid_during(span)]
    if not entries and span is not None:
        successors = _successors([e.unit for e in typed], span)
        if successors:
            return successors
    if not entries and unit_type in _UPGRADE_RANK:
        return _upgraded(key, unit_type, written, span)
    if written and len(entries) > 1 and _has_marks(written):
        exact = [e for e in entries if accent_key(_entry_name(e)) == accent_key(written)]
        entries = exact or entries
    current = [e.unit for e in entries if (_bore_name(e.unit, span) if e.current else _bore_former(e, span))]
    if current:
        return _ordered(current)
    former = [e for e in entries if not e.current]
    if (
        span is None
        and former
        and len({e.unit.unit_id for e in former}) == 1
        and former[0].unit.unit_level != "tinh"
    ):
        # undated, a former name of one unit below a province (``phường Trưng Nhị``, merged
        # into another ward): the text was written while it stood, so the unit keeps the name
        # as written, not the one it bears now
        e = former[0]
        full = next(
            (
                f
                for f in e.unit.other_names
                if _split_type(f) == (e.unit_type, _split_type(f)[1]) and name_key(_split_type(f)[1]) == key
            ),
            None,
        )
        if full is not None:
            return [replace(e.unit, unit_name=full, unit_type=e.unit_type, short_name=_split_type(full)[1])]
    return _ordered([e.unit for e in former] or [e.unit for e in entries])


def _successors(units: list[AdminUnit], span: Span) -> list[AdminUnit]:
    """The units that former units (``gazetteer_history.csv``: ``huyện Hoành Bồ``, gone into
    ``thành phố Hạ Long`` on 2020-01-01) went into, for a span after their last day: a text
    of 2021 that names the old huyện is about the territory that holds it then, not about a
    namesake (``phường Hoành Bồ``, a type word apart). The chain of successors is followed
    to the one valid during span."""
    units_by_id = load_gazetteer().units
    out = []
    for unit in units:
        seen = {unit.unit_id}
        while unit.successor_id and unit.valid_to is not None and unit.valid_to < span[0]:
            nxt = units_by_id.get(unit.successor_id)
            if nxt is None or nxt.unit_id in seen:
                break
            seen.add(nxt.unit_id)
            unit = nxt
            if unit.valid_during(span):
                out.append(unit)
                break
    return _ordered(out)


# the type words a unit climbs through as it is upgraded, within its level (a huyện becomes a
# thị xã, then a thành phố or a quận; a xã becomes a thị trấn or a phường)
_UPGRADE_RANK = {"huyện": 0, "thị xã": 1, "quận": 2, "thành phố": 2, "xã": 0, "thị trấn": 1, "phường": 2}
_UPGRADE_LEVEL = {
    "huyện": "huyen",
    "thị xã": "huyen",
    "quận": "huyen",
    "thành phố": "huyen",
    "xã": "xa",
    "thị trấn": "xa",
    "phường": "xa",
}


def _upgraded(key: str, unit_type: str, written: str | None, span: Span | None) -> list[AdminUnit]:
    """Units the data hold under a higher type word of the same level than the one written,
    when none bears the written one (``huyện Phú Quốc`` in 2019: the data, of early 2025,
    know only ``thành phố Phú Quốc``, upgraded in 2021): an upgrade the data do not date,
    so the written type word is taken as the unit's then. The unit keeps its id, under the
    name as written. Only units of the former level structure (valid before 1 July 2025),
    and only when one unit alone fits, accents and all."""
    level = _UPGRADE_LEVEL[unit_type]
    entries = [
        e
        for e in load_gazetteer().by_key.get(key, ())
        if e.current
        and e.unit.unit_level == level
        and e.unit_type in _UPGRADE_RANK
        and _UPGRADE_RANK[e.unit_type] > _UPGRADE_RANK[unit_type]
        and e.unit.valid_to is not None
        and e.unit.valid_during(span)
    ]
    if written and _has_marks(written):
        entries = [e for e in entries if accent_key(_entry_name(e)) == accent_key(written)]
    units = {e.unit.unit_id: e.unit for e in entries}
    if len(units) != 1:
        return []
    unit = next(iter(units.values()))
    return [replace(unit, unit_name=f"{unit_type} {unit.short_name}", unit_type=unit_type)]


def _bore_name(unit: AdminUnit, span: Span | None) -> bool:
    """Whether the unit bore its current name on some day of span: a unit renamed
    (``unit_renames.csv``: ``thành phố Huế`` a province only since 2025) did not before."""
    renamed = _renames().get(unit.unit_id)
    if span is None or not renamed:
        return True
    return span[1] > max(until for until, _ in renamed)


def _bore_former(entry: _Entry, span: Span | None) -> bool:
    """Whether a former name was the unit's name on some day of span (``unit_renames.csv``:
    ``huyện Mộc Châu`` until 2024-12-31), so that it counts as the name then current."""
    if span is None:
        return False
    key = name_key(_entry_name(entry))
    for until, former in _renames().get(entry.unit.unit_id, ()):
        unit_type, short = _split_type(former)
        if span[0] <= until and unit_type == entry.unit_type and name_key(short) == key:
            return True
    return False


# ---------------------------------------------------------------- lookup


def _province_filter(province: str, span: Span | None = None) -> set[str]:
    if re.fullmatch(r"P\d+(?:-\d+)?", province.strip()):
        return {province.strip()}
    return {u.unit_id for u in lookup(province, level="tinh", on=span)}


def lookup(name: str, level: str | None = None, province: str | None = None, on=None) -> list[AdminUnit]:
    """Units called ``name`` (``KIÊN GIANG``, ``UBND TỈNH KIÊN GIANG``, ``TP. Cần Thơ``).

    Accent- and case-insensitive; a leading ``UBND``/``Ủy ban nhân dân`` is ignored and a type
    word, when present, must match. ``level`` (tinh, huyen, xa) and ``province`` (a name in any
    of these forms, or an id like ``P84``) narrow the result. ``on`` (a date, a (first, last)
    pair or a Period) keeps the units valid then: ``tỉnh An Giang`` on 2024-05-01 is ``P89``,
    on 2026-01-10 the merged ``P91-2025``. Provinces come first.
    """
    span = as_span(on)
    if level is not None and level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    name = unicodedata.normalize("NFC", name or "").strip()
    folded = fold(name)  # one char per char of an NFC name
    m = _TYPE_HEAD_RE.match(folded)
    unit_type = None
    if m and name_key(folded[m.end() :]):
        unit_type = _TYPE_WORDS[m.group("type")]
        folded = folded[m.end() :]
    else:
        folded = re.sub(r"^\s*(?:uy ban nhan dan|ubnd)\s+", "", folded)
    written = name[len(name) - len(folded) :] if folded else ""
    key = name_key(folded)
    found = _candidates(key, unit_type, written, span)
    if not found and " " in key and all(len(w) <= 2 for w in key.split()):
        found = _candidates(key.replace(" ", ""), unit_type, None, span)  # "BR-VT"
    if not found:
        found = _alias_units(key, unit_type, span)
    if level is not None:
        found = [u for u in found if u.unit_level == level]
    if province:
        wanted = _province_filter(province, span)
        found = [u for u in found if u.province_id in wanted]
    return found


# ---------------------------------------------------------------- mentions


def _capitalised(text: str, index: list[int], spans: list[tuple[int, int]]) -> bool:
    """Every token of a name starts with a capital or a digit, as proper names are written."""
    return all(text[index[s]].isupper() or text[index[s]].isdigit() for s, _ in spans)


def _type_word_agrees(written: str, unit_type: str) -> bool:
    """The written type word has the accents of the type word (``phường``, not ``phương``);
    abbreviations and text written entirely without accents pass."""
    written = re.sub(r"\s+", " ", written.rstrip(".")).strip()
    if fold(written) in ("tp", "tx") or not _has_marks(written):
        return True
    words = accent_key(written)
    if words[-1][0] in ("uy", "doan"):  # "Tỉnh ủy", "Tỉnh đoàn": the first word carries the level
        return accent_key(written)[:1] == accent_key(unit_type)[:1]
    return words == accent_key(unit_type)


@lru_cache(maxsize=1)
def _epithet_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``epithet``: lower-case words that may stand between a type word
    and the name (``xã biên giới Châu Khê``, ``huyện miền núi Y``)."""
    return re.compile(r"(?:" + _cue_words("epithet", "bien gioi") + r")\s+")


def _mentions(text: str, span: Span | None = None) -> list[_Mention]:
    """Typed mentions (``tỉnh Trà Vinh``, ``UBND THỊ XÃ DUYÊN HẢI``, an alias such as
    ``TPHCM``) with their candidates valid during span."""
    if not text:
        return []
    gaz = load_gazetteer()
    folded, index = fold_map(text)
    found: list[_Mention] = []
    last_end = -1
    for m in _TYPE_RE.finditer(folded):
        if m.start() < last_end or _MOTTO_RE.search(folded[max(0, m.start() - 12) : m.start()]):
            continue
        written_type = text[index[m.start("type")] : index[m.end("type")]]
        unit_type = _TYPE_WORDS[m.group("type").rstrip(".")]
        if not _type_word_agrees(written_type, unit_type):
            continue  # "phương", "tinh gọn", "cơ quan", "xa": not type words
        type_upper = written_type.rstrip(".").isupper()
        spans: list[tuple[int, int]] = []
        pos = m.end()
        new = _NEW_WORD_RE.match(folded, pos)
        if (
            new
            and new.end() < len(folded)
            and text[index[new.end()]].isupper()
            and _type_word_agrees(text[index[new.start()] : index[new.end()]], "mới")
        ):
            pos = new.end()  # "xã mới Đakrông", "tỉnh mới Lâm Đồng": the unit formed
        else:
            epithet = _epithet_re().match(folded, pos)
            if (
                epithet
                and epithet.end() < len(folded)
                and text[index[epithet.end()]].isupper()
                and text[index[epithet.start()] : index[epithet.end()]].islower()
            ):
                pos = epithet.end()  # "xã biên giới Châu Khê", "xã vùng cao Y": a kind of unit, then its name
        for _ in range(gaz.max_tokens):
            tok = _TOKEN_RE.match(folded, pos)
            if not tok:
                break
            spans.append(tok.span())
            gap = _GAP_RE.match(folded, tok.end())
            pos = gap.end()
        best: tuple[int, list[AdminUnit]] | None = None
        for n in range(len(spans), 0, -1):
            key = name_key(folded[spans[0][0] : spans[n - 1][1]])
            units = _candidates(key, unit_type, text[index[spans[0][0]] : index[spans[n - 1][1]]], span)
            if not units and n > 1 and all(e - s <= 2 for s, e in spans[:n]):
                units = _candidates(key.replace(" ", ""), unit_type, None, span)  # "BR-VT"
            if units and (type_upper or _capitalised(text, index, spans[:n])):
                best = (n, units)
                break
        if best is None:
            continue
        end = spans[best[0] - 1][1]
        if span is not None and unit_type == "thành phố" and all(u.unit_level != "tinh" for u in best[1]):
            owner = _department_owner(text, folded, index, m.start(), spans[: best[0]])
            if owner:
                best = (best[0], owner)
        before = folded[max(0, m.start() - 20) : m.start()]
        if (
            folded[spans[0][0]].isdigit()
            and not type_upper
            and not written_type[:1].isupper()
            and _LIST_BEFORE_RE.search(before)
        ):
            continue  # "các xã, phường 12 TTHC": a count, not Phường 12
        found.append(
            _Mention(
                units=best[1],
                start=index[m.start()],
                end=index[end],
                issuer=bool(_ISSUER_BEFORE_RE.search(before)),
                reporting=bool(_REPORTING_AFTER_RE.match(folded, end)),
            )
        )
        last_end = end
        found.extend(_bracketed_province(text, folded, index, found[-1], span))
    found.extend(_body_named_provinces(text, folded, index, found, span))
    found.sort(key=lambda f: f.start)
    aliases = _alias_table()
    if aliases["pattern"] is not None:
        for m in aliases["pattern"].finditer(folded):
            if any(f.start <= index[m.start()] < f.end for f in found):
                continue
            units = _alias_units(m.group(0), None, span)
            if units:
                before = folded[max(0, m.start() - 20) : m.start()]
                found.append(
                    _Mention(
                        units=units,
                        start=index[m.start()],
                        end=index[m.end()],
                        issuer=bool(_ISSUER_BEFORE_RE.search(before)),
                        reporting=bool(_REPORTING_AFTER_RE.match(folded, m.end())),
                    )
                )
        found.sort(key=lambda f: f.start)
    return found


# a department's name right before its owner: "Sở Khoa học và Công nghệ thành phố Huế"
_DEPARTMENT_OWNER_BEFORE_RE = re.compile(r"(?:^|[^a-z])so\s(?:[a-z]+\s){1,10}$")


def _department_owner(
    text: str, folded: str, index: list[int], start: int, spans: list[tuple[int, int]]
) -> list[AdminUnit]:
    """A ``thành phố`` named as the owner of a department (``Sở ... thành phố Huế``), which
    only a province-level unit has: the province-level city of that name when none bore it
    during the span the text is read on (an undated item read by the years it writes, while
    the city became province-level later: ``thành phố Huế`` since 2025), else nothing."""
    before = folded[max(0, start - 80) : start]
    if not _DEPARTMENT_OWNER_BEFORE_RE.search(before):
        return []
    key = name_key(folded[spans[0][0] : spans[-1][1]])
    written = text[index[spans[0][0]] : index[spans[-1][1]]]
    return [u for u in _candidates(key, "thành phố", written, None) if u.unit_level == "tinh"]


# an untyped province in brackets right after a typed unit: "phường Long Xuyên (An Giang)"
_BRACKET_NAME_RE = re.compile(r"\s*\(\s*(?P<name>[^()\n,;]{2,30}?)\s*\)")


def _bracketed_province(
    text: str, folded: str, index: list[int], unit: _Mention, span: Span | None
) -> list[_Mention]:
    """The province a typed mention is placed in by an untyped name in brackets right after
    it (``xã Na Rì (Thái Nguyên)``, ``huyện Ba Tri (Bến Tre)``), as a mention of that province,
    when one of the unit's candidates lies in it; else nothing (``(Tư liệu)``, ``(SIPAS)``)."""
    pos = next((i for i, at in enumerate(index) if at >= unit.end), None)
    if pos is None:
        return []
    m = _BRACKET_NAME_RE.match(folded, pos)
    if m is None or _TYPE_HEAD_RE.match(m.group("name")):
        return []  # typed names in brackets are mentions of their own
    start, end = index[m.start("name")], index[m.end("name")]
    name = text[start:end]
    if not all(w[:1].isupper() for w in name.split()):
        return []
    provinces = [u for u in lookup(name, level="tinh", on=span) if u.unit_type in ("tỉnh", "thành phố")]
    inside = {a for u in unit.units for a in _ancestors(u)}
    provinces = [u for u in provinces if u.unit_id in inside]
    if not provinces:
        return []
    return [_Mention(units=provinces, start=start, end=end, issuer=False, reporting=False)]


@lru_cache(maxsize=1)
def _body_name_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``body_name``: the full names of a province's bodies (``Sở Nội
    vụ``, ``UBND``), after which journalists write the province untyped (``Sở Nội vụ Quảng
    Ninh``), then the capitalised words that follow (folded text)."""
    return re.compile(
        r"(?<![a-z])(?:" + _cue_words("body_name", "so noi vu") + r")\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,3})"
    )


def _body_named_provinces(
    text: str, folded: str, index: list[int], found: list[_Mention], span: Span | None
) -> list[_Mention]:
    """Provinces written untyped right after the full name of one of their bodies (``Sở Nội
    vụ Quảng Ninh``, ``UBND Hà Tĩnh``; mixed-case text only): the longest run of capitalised
    words there that names a province. A typed name (``Sở Nội vụ tỉnh X``) is a mention already."""
    out = []
    for m in _body_name_re().finditer(folded):
        start = index[m.start("name")]
        if any(f.start <= start < f.end for f in found):
            continue
        caps = []
        for w in text[start : index[m.end("name")]].split():
            if not w[:1].isupper() or (len(w) > 1 and w.isupper()):
                break  # a lower-case word ends the name; capitals are a letterhead's
            caps.append(w.strip(",.;:()"))
        for n in range(len(caps), 0, -1):
            name = " ".join(caps[:n])
            if _TYPE_HEAD_RE.match(fold(name)):
                break
            provinces = [
                u for u in lookup(name, level="tinh", on=span) if u.unit_type in ("tỉnh", "thành phố")
            ]
            if provinces:
                end = start + len(name)
                before = folded[max(0, m.start("name") - 20) : m.start("name")]
                out.append(
                    _Mention(
                        units=provinces,
                        start=start,
                        end=end,
                        issuer=bool(_ISSUER_BEFORE_RE.search(before)),
                        reporting=bool(_REPORTING_AFTER_RE.match(folded, m.start("name") + len(fold(name)))),
                    )
                )
                break
    return out


ALIASES_CSV = Path(__file__).parent / "reference" / "unit_aliases.csv"
RENAMES_CSV = Path(__file__).parent / "reference" / "unit_renames.csv"


@lru_cache(maxsize=1)
def _rename_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``unit_renames.csv`` (none when the file is absent), read once."""
    if not RENAMES_CSV.is_file():
        return ()
    with RENAMES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=1)
def _renames() -> dict[str, list[tuple[date, str]]]:
    """``unit_renames.csv``: a unit's former name and its last day, for renames that kept the
    territory and the id (``tỉnh Thừa Thiên Huế`` until 2024-12-31, then ``thành phố Huế``)."""
    out: dict[str, list[tuple[date, str]]] = {}
    for row in _rename_rows():
        out.setdefault(row["unit_id"], []).append((date.fromisoformat(row["until"]), row["former_name"]))
    for names in out.values():
        names.sort()
    return out


def written_name(unit_name: str, text: str) -> str:
    """The unit's name as the text writes it, when the text adds marks the data's name lacks
    (``xã Hàng Kia`` for the data's ``xã Hang Kia``): names match whatever their marks when the
    match is unique, and a mark the data leave out may be one the data lost, so the document's
    own spelling is printed. Only when every mention in the text spells it one way, each
    syllable's base letters agree and each syllable the two spell differently is unmarked in
    the data; marks the text lacks or writes otherwise (OCR, ``Kiên`` for ``Kiến``) keep the
    data's name. The unit's id is the data's either way."""
    kind, short = _split_type(unit_name)
    if not short or not text:
        return unit_name
    nfc = unicodedata.normalize("NFC", text)
    folded = fold(nfc)
    if len(folded) != len(nfc):
        return unit_name
    key = fold(short)
    forms = {
        nfc[m.start() : m.end()] for m in re.finditer(r"(?<![\w])" + re.escape(key) + r"(?![\w])", folded)
    }
    if len(forms) != 1:
        return unit_name
    written = forms.pop()
    if written == short or not all(w[:1].isupper() and w[1:] == w[1:].lower() for w in written.split()):
        return unit_name  # the data's name, or one in capitals (a letterhead): the data's
    data_syls, text_syls = accent_key(short), accent_key(written)
    if len(data_syls) != len(text_syls):
        return unit_name
    added = False
    for (base_a, marks_a), (base_b, marks_b) in zip(data_syls, text_syls):
        if base_a != base_b or (marks_a != marks_b and marks_a):
            return unit_name
        added = added or (marks_b != marks_a)
    if not added:
        return unit_name  # the same marks placed otherwise (Hoà, Hòa): the data's spelling
    return unit_name[: len(unit_name) - len(short)] + written if unit_name.endswith(short) else unit_name


MOVES_CSV = Path(__file__).parent / "reference" / "unit_moves.csv"


@lru_cache(maxsize=1)
def _moves() -> dict[str, list[tuple[date, str]]]:
    """``unit_moves.csv``: districts that kept their id but lay in another province until a day
    (the districts of ``tỉnh Hà Tây`` until 2008-07-31, ``huyện Mê Linh`` of ``tỉnh Vĩnh Phúc``)."""
    out: dict[str, list[tuple[date, str]]] = {}
    if MOVES_CSV.is_file():
        with MOVES_CSV.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.setdefault(row["unit_id"], []).append(
                    (date.fromisoformat(row["until"]), row["province_id"])
                )
    for moves in out.values():
        moves.sort()
    return out


def province_on(unit: AdminUnit, day: date | None) -> tuple[str, str]:
    """(province id, province name) of a unit on ``day``: the province its district (or the
    unit itself) lay in then, per ``unit_moves.csv``, else the unit's own."""
    if day is not None:
        for unit_id in (unit.unit_id, unit.district_id):
            for until, province_id in _moves().get(unit_id or "", ()):
                if day <= until:
                    province = get_unit(province_id)
                    if province is not None:
                        return province.unit_id or province_id, province.unit_name
    return unit.province_id, unit.province


def name_on(unit_id: str | None, name: str, day: date | None) -> str:
    """The name a unit bore on ``day`` (its current ``name`` when undated or not renamed)."""
    if day is None or not unit_id:
        return name
    for until, former in _renames().get(unit_id, ()):
        if day <= until:
            return former
    return name


_OUTLET_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:bao|dai|tap chi|cong thong tin(?: dien tu)?|phat thanh(?: va)?(?: -)? truyen hinh|ptth|pt-th)\s+$"
)


def name_on_guess(unit_id: str | None, name: str, day: date | None, text: str) -> str:
    """``name_on`` for a day only guessed (an undated item read by the latest year it
    writes): the unit's current name when the text writes it and never its former one
    (``Sở ... thành phố Huế`` with figures up to 2024 was written after the rename), else
    the name of that day."""
    former = name_on(unit_id, name, day)
    if former == name:
        return name
    folded = _i_for_y(fold(text or ""))  # as name keys write it (``Kỳ`` as ``ki``)

    def written(full: str) -> bool:
        # the name of a newspaper or portal (``Báo Thừa Thiên Huế``) keeps its old name: no writing of the unit's
        words = name_key(_split_type(full)[1] or full).split()
        joined = r"[\s\-\u2013]+".join(map(re.escape, words))
        return any(
            not _OUTLET_BEFORE_RE.search(folded, max(0, m.start() - 30), m.start())
            for m in re.finditer(r"(?<![a-z0-9])" + joined + r"(?![a-z0-9])", folded)
        )

    return name if written(name) and not written(former) else former


@lru_cache(maxsize=1)
def _alias_table() -> dict:
    """``unit_aliases.csv``: written forms with no type word of their own (``TPHCM``) -> the
    type word and short name they stand for."""
    table: dict[str, tuple[str, str]] = {}
    if ALIASES_CSV.is_file():
        with ALIASES_CSV.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                table[name_key(row["alias"])] = (row["type"], row["short_name"])
    keys = sorted(table, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![a-z0-9])")
        if keys
        else None
    )
    return {"table": table, "pattern": pattern}


def _alias_units(key: str, unit_type: str | None, span: Span | None) -> list[AdminUnit]:
    hit = _alias_table()["table"].get(name_key(key))
    if not hit or (unit_type is not None and unit_type != hit[0]):
        return []
    return _candidates(name_key(hit[1]), hit[0], hit[1], span)


def _context_ids(mentions: list[_Mention], level: str) -> set[str]:
    """Ids of the units of a level that the mentions name without ambiguity."""
    return {m.units[0].unit_id for m in mentions if len(m.units) == 1 and m.units[0].unit_level == level}


def find_units(text: str, on=None) -> list[tuple[AdminUnit, int, int]]:
    """Typed mentions of units in running text, as (unit, start, end) character spans.

    A mention needs its type word, with its accents when the text has any (``tỉnh Trà Vinh``,
    ``thị xã Duyên Hải``, ``UBND TỈNH KIÊN GIANG``, ``Tỉnh ủy Kiên Giang``; the span covers
    type word and name) and a capitalised name. A name shared by several units of that type
    (``huyện Châu Thành``, ``Phường 1``) is narrowed to the provinces, then the districts, that
    the same text names without ambiguity, when that leaves any; otherwise every candidate
    is listed with the same span. ``on`` (a date or a span) keeps the units valid then.
    """
    mentions = _mentions(text, as_span(on))
    provinces = _context_ids(mentions, "tinh")
    districts = _context_ids(mentions, "huyen")
    out: list[tuple[AdminUnit, int, int]] = []
    for m in mentions:
        units = m.units
        if len(units) > 1:
            units = [u for u in units if u.province_id in provinces] or units
        if len(units) > 1:
            units = [u for u in units if u.district_id in districts] or units
        out.extend((u, m.start, m.end) for u in units)
    return out


# ---------------------------------------------------------------- the report's unit


def place_of_issue(text: str) -> str | None:
    """The place of a place-and-date line (``Kiên Giang, ngày 03 tháng 9 năm 2022``)."""
    if not text:
        return None
    folded, index = fold_map(text)
    for m in _PLACE_RE.finditer(folded):
        if re.match(r"\s*[\d.\u2026]*\s*thang\b", folded[m.end() : m.end() + 30]):
            place = text[index[m.start("place")] : index[m.end("place")]].strip()
            # a name may end in its number ("Mỹ Đình 1", "Quận 3"); other digits are no place
            numbered = re.fullmatch(r"(?:[^\W\d_]+\s+){1,5}\d{1,2}", place) and all(
                w[:1].isupper() for w in place.split()[:-1]
            )
            if name_key(place) and (not re.search(r"\d", place) or numbered):
                return place
    for m in _PLACE_NUMERIC_RE.finditer(folded):
        # a date in figures: the place is a name, every word capitalised ("Lý Sơn, 12/6/2024")
        place = text[index[m.start("place")] : index[m.end("place")]].strip()
        if name_key(place) and all(w[:1].isupper() or w.isdigit() for w in place.split()):
            return place
    return None


def _add_evidence(evidence: Counter, units: list[AdminUnit], weight: float) -> None:
    """Credit a mention's candidates and their province/district, sharing the weight among
    namesakes (a place line "Trà Vinh" mostly speaks for tỉnh Trà Vinh)."""
    credited: set[str] = set()
    for u in units:
        credited.update((u.unit_id, *_ancestors(u)))
    # each id once per mention: a name shared by a district and a commune inside it (a
    # place line "Châu Thành") does not speak twice for that district's province
    for uid in credited:
        evidence[uid] += weight / len(units)  # type: ignore[assignment]  # a Counter of weights


def _pick(units: list[AdminUnit], evidence: Counter) -> AdminUnit | None:
    """The most specific unit; among namesakes the one whose province/district is best attested."""
    if not units:
        return None
    rank = min(_LEVEL_RANK[u.unit_level] for u in units)
    units = _ordered(u for u in units if _LEVEL_RANK[u.unit_level] == rank)
    if len(units) == 1:
        return units[0]
    same = _same_but_span(units)
    if same is not None:
        return same

    # the province's evidence first, the district's only between namesakes of one province:
    # a commune formed in 2025 has no district to be credited by its own mention, as its
    # pre-reform namesakes have
    def score(u: AdminUnit) -> tuple[float, float]:
        ancestors = _ancestors(u)
        return (evidence[ancestors[0]] if ancestors else 0.0, sum(evidence[a] for a in ancestors[1:]))

    scored = sorted(((score(u), u) for u in units), key=lambda su: (-su[0][0], -su[0][1]))
    (best, first), (runner, second) = scored[0], scored[1]
    if best[0] == runner[0] and first.province != second.province:
        return None  # provinces alike attested: a district credited by the name's own mention decides nothing
    if best > (0.0, 0.0) and best > runner:
        return first
    return None


def _same_but_span(units: list[AdminUnit]) -> AdminUnit | None:
    """When namesakes differ only in their validity span (the An Giang of 2024 and of 2026,
    text undated), the unit with what they share and no ``unit_id``; else None."""
    keys = {(u.unit_name, u.unit_level, u.province, u.province_after_2025) for u in units}
    if len(keys) != 1:
        return None
    return replace(units[0], unit_id=None, valid_from=None, valid_to=None, district_id=None)


# a body of a unit printed before its name: "SỞ NỘI VỤ TỈNH ...", "BAN CHỈ ĐẠO ... TỈNH ..."
_BODY_HEAD_RE = re.compile(r"(?:so|ban|van phong|thanh tra|chi cuc|trung tam|phong)\b[a-z ]{0,60}$")


@lru_cache(maxsize=1)
def _organ_head_re() -> re.Pattern:
    """A body of a unit opening an issuer line before the unit's name (``HỘI NÔNG DÂN TỈNH X``,
    ``CÔNG AN TỈNH Y``): ``gazetteer_cues.csv`` ``organ`` words, then a few lower-case words."""
    return re.compile(r"(?:" + _cue_words("organ", "so") + r")\b[a-z ]{0,60}$")


def _issuer_block(header: str, span: Span | None = None) -> list[_Mention]:
    """Mentions that form the issuer block: ``ỦY BAN NHÂN DÂN`` / ``TỈNH KIÊN GIANG`` lines."""
    out = []
    for m in _mentions(header, span):
        line_start = header.rfind("\n", 0, m.start) + 1
        line_end = header.find("\n", m.end)
        line_end = len(header) if line_end < 0 else line_end
        lead = fold(header[line_start : m.start]).strip(" \t-")
        prev_line = fold(header[header.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]).strip()
        short = line_end - line_start <= 80
        line = fold(header[line_start:line_end])
        if _PLACE_RE.match(line) or _PLACE_NUMERIC_RE.match(line):
            continue  # a place-and-date line names where, not who
        body_lead = bool(_BODY_HEAD_RE.match(lead) or _organ_head_re().match(lead)) and (
            header[line_start:line_end].isupper()
        )
        if short and (lead in ("", "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd") or body_lead):
            if (
                lead
                or m.issuer
                or prev_line in ("uy ban nhan dan", "ubnd")
                or header[m.start : m.end].isupper()
            ):
                out.append(m)
    return out


def _place_units(place: str | None, span: Span | None = None) -> list[AdminUnit]:
    return lookup(place, on=span) if place else []


CUES_CSV = Path(__file__).parent / "reference" / "gazetteer_cues.csv"


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``gazetteer_cues.csv`` (none when the file is absent), read once: the file
    does not change while a process runs."""
    if not CUES_CSV.is_file():
        return ()
    with CUES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def cue_texts(kind: str) -> list[str]:
    """``gazetteer_cues.csv`` texts of a kind, as printed (case and marks kept)."""
    return [row["text"] for row in _cue_rows() if row["kind"] == kind]


@lru_cache(maxsize=128)
def _cue_words(kind: str, default: str) -> str:
    """``gazetteer_cues.csv`` words of a kind, folded, as a regex alternation (longest first);
    built once per kind."""
    words = [fold(text) for text in cue_texts(kind)]
    words.sort(key=len, reverse=True)
    return "|".join(re.escape(w) for w in words or [default])
