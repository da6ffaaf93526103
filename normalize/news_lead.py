"""The news-lead reader: the unit a report or news item is about (``resolve_unit``), read
from its header block, title, headline and lead against the gazetteer.

Split out of ``normalize/gazetteer.py`` (which keeps the data, name lookup and mentions, and
re-exports ``resolve_unit`` and ``UNIT_SOURCES``): the steps of ``resolve_unit`` and the
headline, lead, subject, frame, visit and ranking rules it uses; their cue words are
``normalize/reference/gazetteer_cues.csv``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from core.text import fold, fold_map
from normalize.gazetteer import (
    _LEVEL_RANK,
    _NAMELESS_REPORTER_RE,
    _TYPE_HEAD_RE,
    _TYPE_RE,
    _TYPE_WORDS,
    _W_ISSUER,
    _W_PLACE,
    _W_TEXT,
    _W_TITLE,
    AdminUnit,
    Span,
    _add_evidence,
    _ancestors,
    _cue_words,
    _i_for_y,
    _issuer_block,
    _Mention,
    _mentions,
    _moves,
    _pick,
    _place_units,
    _split_type,
    as_span,
    cue_texts,
    get_unit,
    load_gazetteer,
    lookup,
    name_key,
    place_of_issue,
    province_of,
)

_HEADLINE_RE = re.compile(r"^\s*(?P<name>[^:\n]{2,40}?)\s*:\s+\S")


def _headline_units(title: str, span: Span | None) -> list[AdminUnit]:
    """A news headline's lead name (``Thái Nguyên: 99,68% hồ sơ ...``): the province so named.
    Untyped, it is read as a province only (the headline convention); typed, as written."""
    m = _HEADLINE_RE.match(title or "")
    if m:
        name = m.group("name").strip()
        if name[:1].isupper() and len(name.split()) <= 6:
            found = lookup(name, on=span)
            provinces = [u for u in found if u.unit_level == "tinh" or _TYPE_HEAD_RE.match(fold(name))]
            if provinces:
                return provinces
            if span is not None and len(found) == 1:
                return found  # "Phú Quốc: ..." in 2026: the one unit so named then
    # a headline that opens with a province's name ("Hà Nội dự kiến ..."): its capitalised
    # first words, the longest that name a province
    words = (title or "").split()
    caps: list[str] = []
    for i, w in enumerate(words[:6]):
        if w in ("-", "\u2013") and caps and i + 1 < len(words) and words[i + 1][:1].isupper():
            caps.append(w)  # "Bà Rịa - Vũng Tàu": a dash inside a province's name
            continue
        if not w[:1].isupper():
            break
        caps.append(w.strip(",.;:"))
    for n in range(min(len(caps), 5), 1, -1):
        if caps[n - 1] in ("-", "\u2013"):
            continue
        if _TYPE_HEAD_RE.match(fold(" ".join(caps[:n]))):
            continue
        found = [u for u in lookup(" ".join(caps[:n]), level="tinh", on=span)]
        rest = caps[n + 1 :] if n < len(caps) and caps[n] in ("-", "\u2013") else []
        if (
            found
            and rest
            and any(lookup(" ".join(rest[:k]), level="tinh", on=span) for k in range(len(rest), 0, -1))
        ):
            return []  # "Hà Nội - Hải Phòng ...": two provinces side by side, no one subject
        if found:
            return found
    return []


_ACTOR_BEFORE_RE = re.compile(r"(?:cua|theo|voi|den|cho|tai|va|cac|thuoc|tu)\s*$")
_PASSIVE_AGENT_BEFORE_RE = re.compile(r"(?<![a-z])(?:do|duoc)\s*$")


# a body of the unit opening the clause: "Sở Nội vụ tỉnh Phú Thọ vừa ...", "Trung tâm ... tỉnh X đã"
_ORGAN_SUBJECT_RE = re.compile(
    r"(?:^|[.!?;:]|,|\n)\s*(?:so|van phong|ban|trung tam|thanh tra|chi cuc)"
    r"\b[a-z ]{0,60}$"
)
_CLAUSE_START_RE = re.compile(r"(?:^|[.!?;:]|,|\n|\)\s*[-\u2013])\s*$")


@lru_cache(maxsize=1)
def _subject_verb_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``subject_verb``: words that open a clause's predicate (``đã``,
    ``vừa``, ``dẫn đầu``), so that the unit named before them is the clause's subject; a
    ``subject_adverb`` of time may stand before them (``X hiện đứng đầu ...``)."""
    return re.compile(
        r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:(?:"
        + _cue_words("subject_adverb", "moi")
        + r")\s+)?(?:"
        + _cue_words("subject_verb", "da")
        + r")(?![a-z])"
    )


@lru_cache(maxsize=1)
def _clause_adverb_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``clause_adverb``: a sentence adverb of time or linking that may
    open a clause before its subject without a comma (``Hiện tỉnh X cung cấp ...``, ``Đến nay
    huyện Y đã ...``, ``Năm qua xã Z ...``); a year or a quarter may stand so too (``Năm 2023
    tỉnh X ...``, ``Trong quý I/2024 huyện Y ...``)."""
    return re.compile(
        r"(?:[.!?;:]|,|\n)\s*(?:(?:"
        + _cue_words("clause_adverb", "hien nay")
        + r")|(?:trong\s+)?(?:nam|quy\s+[ivx1-4]+\s*/?\s*(?:nam\s+)?)\s*(?:19|20)\d\d)\s*,?\s*$"
    )


@lru_cache(maxsize=1)
def _subject_place_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``subject_place``: words that place a clause's subject in a unit
    (``các cơ quan trên địa bàn tỉnh X đã ...``, ``người dân tại xã Y đã ...``): the clause's
    opening words, then such a word right before the unit's name."""
    return re.compile(
        r"(?:[.!?;:]|,|\n)\s*[a-z0-9 %]{2,60}?(?<![a-z])(?:"
        + _cue_words("subject_place", "tren dia ban")
        + r")\s*$"
    )


def _headline_named(title: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A headline that opens with an untyped name (``Đắk Glong giải quyết ...``) that the lead
    writes with its type word (``huyện Đắk Glong``): the units so named. A headline's clause
    after its colon that opens with such a name (``Chỉ số ... năm 2019: An Giang xếp hạng
    11/63``) names them too, when the name stands alone (no list follows it) and the text
    names no other unit of its level or above."""
    title = title or ""
    colon = re.search(r":\s+", title)
    for start in (0,) + ((colon.end(),) if colon else ()):
        caps = []
        words = title[start:].split()
        for w in words[:5]:
            if not w[:1].isupper():
                break
            caps.append(w.strip(",.;:"))
            if w.endswith((",", ":", ";")):
                break
        if _TYPE_HEAD_RE.match(fold(" ".join(caps[:2]))):
            continue  # typed: the title's own mention already counted
        for n in range(min(len(caps), 4), 0, -1):
            key = name_key(" ".join(caps[:n]))
            named = [m for m in in_body if any(name_key(u.short_name) == key for u in m.units)]
            if not named:
                continue
            hits = [u for m in named for u in m.units if name_key(u.short_name) == key]
            if start == 0:
                return hits
            after = words[n] if len(words) > n else ""
            if words[n - 1].endswith((",", ";")) or fold(after) in ("va", "hay", "hoac"):
                break  # "...: An Giang, Kiên Giang dẫn đầu": a list, no one subject
            if _alone(named[0], in_body):
                return hits
            break
    return []


# a department of a province beside a unit in a list: "UBND huyện X, Sở Giao thông vận tải, ..."
_DEPARTMENT_AFTER_RE = re.compile(r"\s*(?:,|;|va)\s*(?:so|ban quan ly|van phong)\s")
_DEPARTMENT_BEFORE_RE = re.compile(r"(?:^|[,;(:])\s*(?:so|ban quan ly|van phong)\s[a-z ]{2,60}(?:,|\sva)\s*$")


def _listed_with_departments(folded: str, m: _Mention) -> bool:
    """Whether a lower unit is one item of a list whose others are a province's departments
    (``4 đơn vị gồm UBND huyện X, Sở Giao thông vận tải, Sở ...``): a body the province
    inspects or ranks among its own, not the item's matter."""
    if _DEPARTMENT_AFTER_RE.match(folded, m.end):
        return True
    before = re.sub(r"(?:uy ban nhan dan|ubnd)\s*$", "", folded[max(0, m.start - 80) : m.start])
    return bool(_DEPARTMENT_BEFORE_RE.search(before))


def _headline_scope(title: str, body: str, in_body: list[_Mention], span: Span | None) -> list[AdminUnit]:
    """A headline that places its news in an untyped province (``... ở Bạc Liêu``) whose lead
    names lower units only inside it, the first of them listed among the province's
    departments: the province. The province's own checks span its departments and districts
    alike; the district is one of the bodies checked."""
    if not in_body:
        return []
    folded_title, index = fold_map(title or "")
    folded = fold(body)
    for m in _headline_place_re().finditer(folded_title):
        caps = []
        for w in title[index[m.end()] :].split()[:4]:
            if not w[:1].isupper():
                break
            caps.append(w.strip(",.;:"))
            if w.endswith((",", ":", ";")):
                break
        if not caps or _TYPE_HEAD_RE.match(fold(" ".join(caps[:2]))):
            continue
        for n in range(len(caps), 0, -1):
            provinces = lookup(" ".join(caps[:n]), level="tinh", on=span)
            if not provinces:
                continue
            if not all(
                any(u.unit_id == p.unit_id or _inside(u, p) for u in mm.units for p in provinces)
                for mm in in_body
            ):
                return []
            lower = [mm for mm in in_body if all(u.unit_level != "tinh" for u in mm.units)]
            if lower and _listed_with_departments(folded, lower[0]):
                return provinces
            return []
    return []


def _headline_placed(title: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A headline that places its news in an untyped name after a place word (``Nhu cầu ...
    ở Quảng Trị tăng``, ``... tại Bắc Ninh``) that the lead writes with its type word: that
    unit, when the text names no other unit of its level or above."""
    folded, index = fold_map(title or "")
    for m in _headline_place_re().finditer(folded):
        caps = []
        for w in title[index[m.end()] :].split()[:4]:
            if not w[:1].isupper():
                break
            caps.append(w.strip(",.;:"))
            if w.endswith((",", ":", ";")):
                break
        if not caps or _TYPE_HEAD_RE.match(fold(" ".join(caps[:2]))):
            continue  # typed: the title's own mention already counted
        for n in range(len(caps), 0, -1):
            key = name_key(" ".join(caps[:n]))
            named = [mm for mm in in_body if any(name_key(u.short_name) == key for u in mm.units)]
            if named:
                first = named[0]
                return (
                    [u for u in first.units if name_key(u.short_name) == key]
                    if _alone(first, in_body)
                    else []
                )
    return []


@lru_cache(maxsize=1)
def _headline_place_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``subject_place`` words as they stand in a headline before a name."""
    return re.compile(r"(?<![a-z])(?:" + _cue_words("subject_place", "tai") + r")\s+")


def _lead_subject(body: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A news lead whose first sentence has a clause that opens with a unit as its subject
    (``..., thành phố Huế đã có ...``, ``Thành phố Đà Nẵng vừa công bố ...``): that unit,
    when the text names no other unit of its level or above (a ranking of provinces has no
    one subject)."""
    folded = fold(body)
    # the lead's first sentence only: a unit opening a later clause is often a comparison
    first_sentence = _first_sentence(body)
    if first_sentence is None:
        return []
    subjects = [
        m
        for m in in_body
        if first_sentence[0] <= m.start < first_sentence[1]
        and not _apposed(m, in_body, folded)
        and _subject_verb_re().match(folded, _past_apposition_comma(m, in_body, folded))
        and (
            _CLAUSE_START_RE.search(folded[max(0, m.start - 4) : m.start])
            or _clause_adverb_re().search(
                ("\n" if m.start <= 60 else "") + folded[max(0, m.start - 60) : m.start]
            )
            or _ORGAN_SUBJECT_RE.search(folded[max(0, m.start - 70) : m.start])
            or _subject_place_re().search(
                ("\n" if m.start <= 80 else "") + folded[max(0, m.start - 80) : m.start]
            )
        )
    ]
    if not subjects:
        return []
    chain_end = _past_apposition(subjects[0], in_body, folded)
    return subjects[0].units if _alone(subjects[0], in_body, chain_end) else []


def _parent_elsewhere(unit: AdminUnit | None, mentions: list[_Mention]) -> bool:
    """Whether a document names units above ``unit`` (its district, its province: ``Kế hoạch
    của UBND huyện Y``, ``tỉnh Z``) and every one of them lies in another province than the
    unit's: the unit the document names is one the data do not hold there (a commune merged
    away in 2019-2021, a name misread), and the namesake found elsewhere is not it. A named
    parent in the unit's province (before or after 1 July 2025, or the one a district lay in
    then, ``unit_moves.csv``) clears it; so does naming no parent at all. A commune of the
    former structure whose named districts are none of them its own is not it either."""
    if unit is None or unit.unit_level == "tinh":
        return False
    rank = _LEVEL_RANK[unit.unit_level]
    parents = [m for m in mentions if m.units and all(_LEVEL_RANK[u.unit_level] > rank for u in m.units)]
    if not parents:
        return False
    districts = [m for m in parents if all(u.unit_level == "huyen" for u in m.units)]
    if unit.unit_level == "xa" and unit.district_id and districts:
        # a commune of the former structure and the districts the text names: one must be its own
        # (``xã X`` of huyện Y, the namesake the data hold lying in huyện Z of the same province)
        if not any(u.unit_id == unit.district_id for m in districts for u in m.units):
            return True
    own = {
        unit.province_id,
        *(p for ident in (unit.unit_id, unit.district_id) for _, p in _moves().get(ident or "", ())),
    }
    units = load_gazetteer().units
    for m in parents:
        for p in m.units:
            province = p if p.unit_level == "tinh" else units.get(p.province_id)
            if province is None:
                return False
            if (
                province.unit_id in own
                or _inside(unit, province)
                or (
                    province.unit_name in (unit.province, unit.province_after_2025)
                    or province.province_after_2025 == unit.province
                )
            ):
                return False
    return True


def _apposed_parents(unit: AdminUnit | None, text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The units a text writes in apposition or brackets right after a mention of ``unit``'s
    name (``xã X, huyện Y, tỉnh Z``, ``xã X (huyện Y)``): the parents the text gives it,
    whether or not the data place it there."""
    if unit is None:
        return []
    folded = fold(text)
    out: list[_Mention] = []
    for i, m in enumerate(mentions):
        if not any(u.unit_name == unit.unit_name for u in m.units):
            continue
        end = m.end
        for o in mentions[i + 1 :]:
            gap = folded[end : o.start]
            if not _APPOSITION_GAP_RE.fullmatch(gap) or not all(
                _LEVEL_RANK[u.unit_level] > _LEVEL_RANK[unit.unit_level] for u in o.units
            ):
                break
            out.append(o)
            end = o.end
    return out


def _territory_subject(body: str, in_body: list[_Mention], subject: list[AdminUnit]) -> bool:
    """Whether a lead's clause subject is the territory itself (``tỉnh X còn sắp xếp ...``),
    written with no committee, official or body before it (``UBND tỉnh X``, ``Chủ tịch UBND
    tỉnh X``, ``Sở Nội vụ tỉnh X``) and past a fronted phrase of its sentence."""
    ids = {u.unit_id for u in subject}
    m = next((m for m in in_body if {u.unit_id for u in m.units} & ids), None)
    if m is None or m.issuer:
        return False
    return fold(body)[max(0, m.start - 4) : m.start].rstrip().endswith(",")


def _own_ancestor(other: _Mention, first: _Mention) -> bool:
    """Whether ``other`` names a province or district of one of ``first``'s candidates (an
    undated ``tỉnh Phú Thọ`` has a span before the reform and one after: one of them will do)."""
    ancestors = {a for u in first.units for a in _ancestors(u)}
    return any(u.unit_id in ancestors for u in other.units)


# between a unit and its province: a comma, a bracket or a dash, and perhaps a district the
# data do not hold on the day (``xã X, huyện Y, tỉnh Z`` written after the districts ended)
_APPOSITION_GAP_RE = re.compile(
    r"\s*(?:,|\(|[-\u2013])\s*(?:(?:huyen|quan|thi xa|thanh pho)\s+[a-z]+(?:\s+[a-z]+){0,3}\s*,\s*)?"
    # or a noun of what the unit is there: "thị trấn X, huyện lỵ của huyện Y (Z)"
    r"(?:(?<=,)\s*(?:huyen ly|thi tran trung tam|trung tam hanh chinh|ly so)\s+cua\s+)?"
    # or what kind of unit it is there: "xã X, một xã miền núi mới thành lập của thành phố Y"
    r"(?:(?<=,)\s*(?:la\s+)?mot\s+(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa)(?:\s+[a-z]+){0,6}?\s+(?:cua|thuoc)\s+)?"
)


_COMMA_GAP_RE = re.compile(r"\s*,?")


def _past_apposition_comma(m: _Mention, mentions: list[_Mention], folded: str) -> int:
    """``_past_apposition``, and past the comma that closes an apposition (``thị trấn X, huyện
    lỵ của huyện Y (Z), có ...``): where the unit's predicate begins."""
    end = _past_apposition(m, mentions, folded)
    if end > m.end:
        end = _COMMA_GAP_RE.match(folded, end).end()
    return end


def _past_apposition(m: _Mention, mentions: list[_Mention], folded: str) -> int:
    """Where a mention ends, its own district and province in apposition included (``huyện X,
    tỉnh Y``, ``xã X (tỉnh Y)``, ``xã X - tỉnh Y``, ``xã X, huyện Y, tỉnh Z``)."""
    end = m.end
    for other in mentions:
        if other.start < end:
            continue
        gap = folded[end : other.start]
        if not (_own_ancestor(other, m) and _APPOSITION_GAP_RE.fullmatch(gap)):
            break
        if gap.strip() == "(":
            close = re.match(r"\s*\)", folded[other.end :])
            if not close:
                break
            end = other.end + close.end()
        else:
            end = other.end
    return end


def _apposed(m: _Mention, mentions: list[_Mention], folded: str) -> bool:
    """Whether a mention is another's district or province in apposition (``xã X, huyện Y``:
    ``huyện Y`` names where X lies, it is no subject of its own)."""
    return any(
        other.end <= m.start and _past_apposition(other, mentions, folded) >= m.end
        for other in mentions
        if other is not m
    )


def _alone(first: _Mention, in_body: list[_Mention], apposition_end: int | None = None) -> bool:
    """True when the text names no other unit of the mention's level or above (its own
    province or district aside), nor a unit below it that lies outside it (``huyện X, tỉnh
    Y`` with X not in Y: the text mixes two places). Mentions that end by ``apposition_end``
    (``_past_apposition``: ``xã X, huyện Y (Z)``) are the unit's own place, whatever their
    namesakes elsewhere."""
    ids = {u.unit_id for u in first.units}
    rank = min(_LEVEL_RANK[u.unit_level] for u in first.units)
    own = {a for f in first.units for a in _ancestors(f)}
    for m in in_body:
        if m is first or {u.unit_id for u in m.units} & ids:
            continue
        if apposition_end is not None and first.end <= m.start and m.end <= apposition_end:
            continue
        if any(_LEVEL_RANK[u.unit_level] >= rank and u.unit_id not in own for u in m.units):
            return False
        if not any(ids & set(_ancestors(u)) or u.unit_id in own for u in m.units):
            return False  # below it, but in none of its candidates
    return True


# a body of the unit just before its name: "Sở Nội vụ tỉnh X", "Giám đốc Trung tâm ... xã Y"
_ORGAN_BEFORE_RE = re.compile(r"(?:^|[^a-z])(?:so|van phong|ban|trung tam|thanh tra|chi cuc)\b[a-z ]{0,60}$")
# the same unit named again by its type alone: "toàn tỉnh", "toàn thành phố", "toàn xã"
_WHOLE_UNIT_RE = re.compile(
    r"(?<![a-z])toan\s+(?P<type>thanh pho|thi xa|thi tran|dac khu|tinh|quan|huyen"
    r"|phuong|xa)(?![a-z])"
)


@lru_cache(maxsize=1)
def _lead_frame_re() -> re.Pattern:
    """What stands before the first sentence's only unit when that unit frames the sentence:
    a place word opening a clause (``Tại tỉnh X, ...``, ``Năm 2024, ở huyện Y, ...``; after a
    ``frame_opener`` and a few words, ``Ghi nhận những ngày qua tại xã X, ...``), or the
    body of the unit the figures come from (``Theo Sở Nội vụ tỉnh X, ...``, ``Theo báo cáo của
    UBND huyện Y, ...``); ``gazetteer_cues.csv`` kinds ``frame_place`` and ``source``."""
    organ = (
        r"(?:(?:bao cao|thong tin|so lieu|thong ke)\s+(?:cua\s+)?)?"
        r"(?:(?:so|van phong|ban|trung tam|thanh tra|chi cuc|phong)\b[a-z ]{0,60}?"
        r"|uy ban nhan dan|ubnd)\s*"
    )
    return re.compile(
        r"(?:^|[.!?;:]|,|\n)\s*(?:(?:" + _cue_words("frame_place", "tai") + r")\s*"
        r"|(?:"
        + _cue_words("frame_opener", "ghi nhan")
        + r")(?:\s+[a-z0-9/]+){1,5}?\s+(?:"
        + _cue_words("frame_place", "tai")
        + r")\s*"
        r"|(?:" + _cue_words("source", "theo") + r")\s+" + organ + r")$"
    )


# a central body acting in the sentence: the unit named before it is a venue, not the subject
_CENTRAL_RE = re.compile(r"(?<!\w)(?:Bộ\s+(?!phận)[A-ZĐ]|Chính phủ|Thủ tướng|Quốc hội|Trung ương)")


def _central_acts(body: str, folded: str, start: int, end: int) -> bool:
    """Whether a central body stands in ``body[start:end]`` other than as the source of the
    sentence's figures in its opening ``theo`` clause (``Theo kết quả Bộ Nội vụ công bố, Chỉ
    số ... của tỉnh X xếp thứ 12``: the ministry reports, the province is the matter)."""
    source = re.match(r"\s*(?:" + _cue_words("source", "theo") + r")\s", folded[start:end])
    comma = body.find(",", start, end)
    if source and comma > 0:
        start = comma
    return any(not _central_publishes(folded, m) for m in _CENTRAL_RE.finditer(body, start, end))


@lru_cache(maxsize=1)
def _publish_verb_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``publish_verb``: what a central body does to the figures it
    publishes (``công bố``, ``khảo sát``), after its name and perhaps ``vừa``."""
    return re.compile(
        r"[a-z ]{0,40}?\s(?:vua\s+)?(?:" + _cue_words("publish_verb", "cong bo") + r")(?![a-z])"
    )


def _central_publishes(folded: str, m: re.Match) -> bool:
    """Whether a central body is the agent of a passive clause that publishes the figures
    (``Kết quả ... được Bộ Nội vụ công bố cho thấy Chỉ số của tỉnh X ...``, ``... do Bộ Nội vụ
    khảo sát``): the source of the matter, not an actor beside the unit."""
    if not _PASSIVE_AGENT_BEFORE_RE.search(folded, max(0, m.start() - 6), m.start()):
        return False
    tail = _publish_verb_re().match(folded, m.end())
    return bool(tail) and not re.search(r"[,.;:]", tail.group(0))


@lru_cache(maxsize=1)
def _cited_author_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``cited_act``: a cited act (``Quyết định số 766/QĐ-TTg ngày
    23/6/2022 của``) ending right before a central body, which is then the act's author."""
    return re.compile(
        r"(?<![a-z])(?:" + _cue_words("cited_act", "quyet dinh") + r")(?![a-z])[^.;:!?\n,]{0,80}?"
        r"\s(?:cua|do)\s+(?:(?:thu tuong|chinh phu|quoc hoi|trung uong)\s+)*$"
    )


def _cited_author(body: str, m: re.Match) -> bool:
    """Whether a central body matched in ``body`` is only the author of an act the sentence
    cites (``quán triệt Quyết định số ... của Thủ tướng Chính phủ``): it does not act there."""
    folded = fold(body[max(0, m.start() - 120) : m.start()])
    return bool(_cited_author_re().search(folded))


def _central_beside(body: str, m: _Mention) -> bool:
    """Whether a central body acts in the sentence of a mention (``Tại hội nghị do UBND tỉnh X
    tổ chức, Bộ trưởng Bộ Nội vụ đề nghị ...``): the unit is the venue or host, not the actor.
    The author of an act the sentence cites does not act (``_cited_author``)."""
    start = max(body.rfind(c, 0, m.start) for c in ".!?\n") + 1
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(body, m.end)
    end = stop.start() if stop else len(body)
    return any(not _cited_author(body, c) for c in _CENTRAL_RE.finditer(body, start, end))


def _lead_mentions(body: str, in_body: list[_Mention]) -> tuple[int, int, list[_Mention]]:
    """The lead's first sentence (start, end) and the unit mentions in it (none when the
    item has no lead line)."""
    sentence = _first_sentence(body)
    if sentence is None:
        return 0, 0, []
    start, end = sentence
    return start, end, [m for m in in_body if start <= m.start < end]


def _first_sentence(body: str) -> tuple[int, int] | None:
    """Where a news item's lead (its first line of 60 characters or more) has its first
    sentence: (start, end), or None when there is no such line."""
    lead = re.search(r"^[^\n]{60,}", body, re.M)
    if lead is None:
        return None
    abbreviations = _abbreviations()
    for stop in _STOP_RE.finditer(body, lead.start(), lead.end()):
        before = _WORD_BEFORE_RE.search(body, lead.start(), stop.start())
        if stop.group() == "." and before is not None and before.group() in abbreviations:
            continue  # "TP. Hà Nội", "ông Md. Alam": an abbreviation's period ends no sentence
        return lead.start(), stop.start()
    return lead.start(), lead.end()


_STOP_RE = re.compile(r"[.!?](?=\s|$)")
_WORD_BEFORE_RE = re.compile(r"(?<![\w.])[\w.]+$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """``gazetteer_cues.csv`` ``abbreviation``: words written with a period that ends no
    sentence (``TP.`` before a city's name, titles ``TS.``, ``ThS.``, a foreign ``Md.``), case
    kept: ``TP`` is an abbreviation where a sentence's last word ``tp`` would not be."""
    return frozenset(text.strip() for text in cue_texts("abbreviation"))


# where a lead's framing unit ends: a comma, perhaps after an aside in brackets, or an aside
# set off by a pair of spaced dashes (``Theo Sở Nội vụ tỉnh X – một trong ... – sau ...``)
_FRAME_END_RE = re.compile(
    r"\s*(?:(?:\([^()\n]{1,60}\)\s*)?,|\s[-\u2013\u2014]\s[^\u2013\u2014\n]{1,120}?\s[-\u2013\u2014]\s)"
)


def _lead_frame(body: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A news lead whose first sentence names one unit only, and names it as the sentence's
    frame: the place it happens in, ended by a comma (``Tại huyện X, 98% hồ sơ ...``), or the
    source of its figures (``Theo Sở Nội vụ tỉnh X, năm 2024 ...``): that unit, when the text
    names no other unit of its level or above."""
    folded = fold(body)
    start, end, firsts = _lead_mentions(body, in_body)
    if not firsts or any(not _own_ancestor(m, firsts[0]) for m in firsts[1:]):
        return []  # one unit only, its own province in apposition aside
    first = firsts[0]
    after = _past_apposition(first, in_body, folded)
    if not _FRAME_END_RE.match(folded, after):
        return []  # the frame ends at a comma ("Tại tỉnh X, ...") or at a dashed aside's close
    if not _lead_frame_re().search(folded[start : first.start]):
        return []
    if _CENTRAL_RE.search(body, first.end, end):
        return []  # "Tại tỉnh X, Bộ Nội vụ tổ chức ...": X is the venue
    whole = _WHOLE_UNIT_RE.search(folded, first.end, end)
    if whole and not any(_TYPE_WORDS[whole.group("type")] == u.unit_type for u in first.units):
        return []  # "Theo Sở Nội vụ tỉnh X, ... toàn huyện ...": another unit's
    return first.units if _alone(first, in_body) else []


def _lead_source(body: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A news lead whose first sentence gives its figures from a body of one unit and then
    speaks of that whole unit by its type alone (``Theo Sở Nội vụ tỉnh X, năm 2024 toàn tỉnh
    tiếp nhận ...``, ``Giám đốc Trung tâm ... xã Y cho biết toàn xã ...``): that unit, when the
    text names no other unit of its level or above."""
    folded = fold(body)
    start, end, firsts = _lead_mentions(body, in_body)
    if len(firsts) != 1 and not (len(firsts) == 2 and _own_ancestor(firsts[1], firsts[0])):
        return []  # one unit, perhaps with its own province in apposition ("xã X (Lai Châu)")
    first = _narrowed_by_apposition(firsts[0], firsts[1:], folded)
    if not _ORGAN_BEFORE_RE.search(
        folded[max(0, first.start - 70) : first.start]
    ) and not _source_committee_re().match(folded[start : first.start]):
        return []
    whole = _WHOLE_UNIT_RE.search(folded, first.end, end)
    if whole is None or not any(_TYPE_WORDS[whole.group("type")] == u.unit_type for u in first.units):
        return []
    return (
        [u for u in first.units if u.unit_type == _TYPE_WORDS[whole.group("type")]]
        if _alone(first, in_body)
        else []
    )


@lru_cache(maxsize=1)
def _source_committee_re() -> re.Pattern:
    """A first sentence opening on the unit's own committee as the source of its figures
    (``Theo đánh giá của UBND tỉnh X về ..., toàn tỉnh có ...``, ``Theo báo cáo của Ủy ban
    nhân dân huyện Y``): a ``source`` cue, a few words of what it gives (or none), perhaps
    ``của``/``từ``, then the committee right before the unit's name."""
    return re.compile(
        r"\s*(?:"
        + _cue_words("source", "theo")
        + r")\s+(?:[a-z]+\s+){0,4}?(?:(?:cua|tu)\s+)?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s*$"
    )


# what ties a unit to the sentence's matter: its genitive (``... của tỉnh X``, ``Quyết định ...
# của UBND tỉnh X``), the agent of a passive (``được Sở Nội vụ tỉnh X triển khai``, ``do Chủ
# tịch UBND tỉnh X phê duyệt``), a body of it (``Trung tâm Phục vụ hành chính công phường
# X``, ``Bộ phận một cửa xã X``), its people (``Người dân xã X``), its whole (``toàn tỉnh
# X``), the place of a passive (``được triển khai tại xã X``) or its staff by their post
# (``Công chức tư pháp - hộ tịch xã X``); ``gazetteer_cues.csv`` kinds ``genitive``, ``agent``,
# ``organ``, ``people``, ``staff``, ``scope``, ``frame_place``
@lru_cache(maxsize=1)
def _tie_re() -> re.Pattern:
    # "địa bàn" is a place, not a "ban"
    organ = (
        r"(?:(?:chu tich|giam doc|lanh dao)\s+)?(?:(?<![a-z])(?<!dia )(?:"
        + _cue_words("organ", "so")
        + r")\b[a-z ]{0,60}?)"
    )
    return re.compile(
        r"(?<![a-z])(?:(?:"
        + _cue_words("genitive", "cua")
        + r")\s+(?:"
        + organ
        + r"\s*)?|(?:"
        + _cue_words("agent", "duoc")
        + r")\s+(?:[a-z]+\s+)?(?:"
        + organ
        + r"\s*)?|(?:"
        + _cue_words("agent", "duoc")
        + r")\s+(?:[a-z]+\s+){1,4}(?:"
        + _cue_words("frame_place", "tai")
        + r")\s+|"
        + organ
        + r"\s*(?:cua\s+)?|(?:"
        + _cue_words("people", "nguoi dan")
        + r")\s+(?:cua\s+)?|(?:"
        + _cue_words("staff", "cong chuc")
        + r")\s+(?:[a-z]+(?:\s*-\s*|\s+)){1,4}|(?:"
        + _cue_words("scope", "toan")
        + r")\s+)$"
    )


# a unit named as it was before the reform: "(TP Thủ Dầu Một cũ, tỉnh Bình Dương cũ)", "huyện X trước đây"
# "X cũ", "X (cũ)", "X trước đây": the unit as it was
_FORMER_AFTER_RE = re.compile(r"\s*\(?\s*(?:cu|truoc day|truoc kia|truoc (?:khi )?sap xep)(?![a-z])")


@lru_cache(maxsize=1)
def _formed_from_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``formed_from``: words after which a sentence lists the units a
    unit was formed from (``Xã được hình thành từ thị trấn X và ...``)."""
    return re.compile(r"(?<![a-z])(?:" + _cue_words("formed_from", "hinh thanh tu") + r")(?![a-z])")


@lru_cache(maxsize=1)
def _formed_aside_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``formed_aside``: words opening a bracket that lists the units a
    unit was formed from (``(hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận)``)."""
    return re.compile(r"\s*(?:duoc\s+)?(?:" + _cue_words("formed_aside", "hop nhat") + r")(?![a-z])")


# the former premises or name of a unit: "trụ sở cũ của UBND phường X"
# "cư" folds as "cũ" does: "khu dân cư của phường X" is no former unit
_FORMER_OF_RE = re.compile(
    r"(?<![a-z])(?<!dan )(?<!dinh )(?<!di )cu\s+cua\s+(?:(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+)?$"
)


def _history(m: _Mention, folded: str, mentions: list[_Mention] | None = None) -> bool:
    """A mention of a unit as it was: written ``... cũ`` or ``<trụ sở> cũ của <unit>``, or
    listed after a ``formed_from`` cue in its own sentence (the units a unit was formed from).
    When the sentence opens with that cue (``Được thành lập trên cơ sở sáp nhập 7 phường ...,
    phường X, tỉnh Y có ...``), the unit that then opens a clause with a predicate is the one
    formed, not one it was formed from."""
    if _FORMER_AFTER_RE.match(folded, m.end) or _FORMER_OF_RE.search(folded, max(0, m.start - 40), m.start):
        return True
    opened = folded.rfind("(", 0, m.start)
    if opened > folded.rfind(")", 0, m.start) and _formed_aside_re().match(folded, opened + 1):
        return True  # "tỉnh X mới (hợp nhất tỉnh X và tỉnh Y)": the units it was formed from
    sentence_start = max(folded.rfind(c, 0, m.start) for c in ".!?\n") + 1
    cue = _formed_from_re().search(folded, sentence_start, m.start)
    if cue is None:
        return False
    # the cue opens the sentence, perhaps after its verb: "Được hình thành trên cơ sở sáp nhập ..."
    fronted = len(folded[sentence_start : cue.start()].split()) <= 3
    if fronted and mentions is not None:
        # the unit formed, and its own province in apposition, are no history
        for o in mentions:
            if o.start <= cue.end() or o.start > m.start:
                continue
            if _CLAUSE_START_RE.search(folded[max(0, o.start - 4) : o.start]):
                after = _past_apposition_comma(o, mentions, folded)
                if _subject_verb_re().match(folded, after) or (
                    _formed_predicate_re().match(folded, after) and not _FORMER_AFTER_RE.match(folded, after)
                ):
                    return not (o.start <= m.start and m.end <= after)
    return True


@lru_cache(maxsize=1)
def _formed_predicate_re() -> re.Pattern:
    """After a fronted ``formed_from`` clause (``Hình thành từ các xã A, B và C, phường X (Y)
    đón ...``), any word that neither joins a list (``gazetteer_cues.csv`` ``list_joiner``:
    ``và``, ``cùng``) nor places a unit (``subject_place``: ``thuộc``) opens the predicate of
    the unit formed: the units it was formed from are followed by a comma, a joiner or a word
    marking them as they were (``trước đây``)."""
    return re.compile(
        r"\s*(?:\([^()\n]{1,60}\)\s*)?(?!(?:"
        + _cue_words("list_joiner", "va")
        + "|"
        + _cue_words("subject_place", "thuoc")
        + r")(?![a-z]))[a-z]"
    )


def _narrowed_by_apposition(first: _Mention, others: list[_Mention], folded: str) -> _Mention:
    """A mention narrowed to the candidates that lie in the province written right after it
    (``xã Tam Nông, tỉnh Phú Thọ``, ``phường X (An Giang)``), when any do."""
    for other in others[:1]:
        if other.start >= first.end and re.fullmatch(
            r"\s*(?:,|\(|[-\u2013])\s*", folded[first.end : other.start]
        ):
            ids = {u.unit_id for u in other.units}
            kept = [u for u in first.units if ids & set(_ancestors(u))]
            if kept:
                return replace(first, units=kept)
    return first


def _gone_before(m: _Mention, first: _Mention) -> bool:
    """Whether every candidate of ``m`` had ended before any of ``first``'s began (``thành
    phố Long Khánh`` beside ``phường Long Khánh``, formed in 2025, in an undated item): a
    former unit, no rival of the one formed after it. The other way round (the first
    mention the former unit) the newer unit still competes."""
    starts = [u.valid_from for u in first.units]
    if not m.units or not starts or any(s is None for s in starts):
        return False
    begin = min(starts)
    return all(u.valid_to is not None and u.valid_to < begin for u in m.units)


def _coexisting(m: _Mention, first: _Mention) -> _Mention:
    """``m`` with only the candidates valid on some day one of ``first``'s is."""

    def overlap(a: AdminUnit, b: AdminUnit) -> bool:
        return (a.valid_from is None or b.valid_to is None or a.valid_from <= b.valid_to) and (
            b.valid_from is None or a.valid_to is None or b.valid_from <= a.valid_to
        )

    return replace(m, units=[u for u in m.units if any(overlap(u, f) for f in first.units)])


@lru_cache(maxsize=1)
def _source_document_re() -> re.Pattern:
    """A ``source`` cue then a document or its figures (``Theo Quyết định số ... của``, ``Theo
    kết quả ... của``): ``gazetteer_cues.csv`` kind ``source_document``."""
    return re.compile(
        r"\s*(?:"
        + _cue_words("source", "theo")
        + r")\s+(?:"
        + _cue_words("source_document", "bao cao")
        + r")(?![a-z])"
    )


@lru_cache(maxsize=1)
def _source_speaker_re() -> re.Pattern:
    """A ``source`` cue then a body of the unit or one of its officers speaking (``Theo Sở
    Nội vụ tỉnh X, ...``, ``Theo Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Y, ...``, ``Theo
    ông A, Chủ tịch UBND xã Z, ...``): the unit gives its own figures, it directs no one;
    ``gazetteer_cues.csv`` kinds ``officer``, ``person`` and ``organ``."""
    return re.compile(
        r"\s*(?:" + _cue_words("source", "theo") + r")\s+"
        r"(?:(?:(?:" + _cue_words("person", "ong") + r")\s+[a-z ]{2,40},\s*)?"
        r"(?:pho\s+)?(?:" + _cue_words("officer", "giam doc") + r")\s+)?"
        r"(?:" + _cue_words("organ", "so") + r")(?![a-z])"
    )


def _source_directs(clause: str) -> bool:
    """A clause opening on a source word (``theo``) that is neither a document nor a speaker:
    the unit it names directs, others act."""
    return bool(
        re.match(r"\s*(?:" + _cue_words("source", "theo") + r")\s", clause)
        and not (_source_document_re().match(clause) or _source_speaker_re().match(clause))
    )


@lru_cache(maxsize=1)
def _contrast_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``contrast``: words opening a sentence that sets another unit
    against the lead's (``Trong khi đó, xã Y ...``, ``Ngược lại, ...``)."""
    return re.compile(r"\s*(?:" + _cue_words("contrast", "trong khi do") + r")(?![a-z])")


def _uncontrasted(body: str, in_body: list[_Mention]) -> list[_Mention]:
    """The mentions of a news lead less those in a later sentence that opens with a contrast
    cue (``_contrast_re``): a unit set against the first sentence's is a comparison, and does
    not compete with that sentence's subject. Mentions in the first sentence stay, but for
    a person's home in brackets (``_resident``), which is never a subject."""
    sentence = _first_sentence(body)
    if sentence is None:
        return in_body
    folded = fold(body)
    out = []
    for m in in_body:
        if _resident(body, folded, m):
            continue
        if m.start >= sentence[1]:
            start = max(folded.rfind(c, 0, m.start) for c in ".!?\n") + 1
            if start >= sentence[1] and (
                _contrast_re().match(folded, start)
                or _PLURAL_BEFORE_RE.search(folded, max(0, m.start - 8), m.start)
                or _parent_scope(body, folded, start)
            ):
                continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _resident_re() -> re.Pattern:
    """A person's name, then a bracket opening on where they live (``chị Nguyễn Thị A (xã
    X)``, ``ông B (trú tại phường Y)``): ``gazetteer_cues.csv`` ``person`` and ``resident``."""
    return re.compile(
        r"(?<![a-z])(?:" + _cue_words("person", "ong") + r")\s+(?:[a-z]+\s+){0,4}[a-z]+\s*\(\s*"
        r"(?:(?:" + _cue_words("resident", "tru") + r")\s+)?$"
    )


def _resident(body: str, folded: str, m: _Mention) -> bool:
    """Whether a mention is the home of a person quoted or shown (``Chị Nguyễn Thị A (xã X)
    kể ...``): it places the person, it is no subject and does not compete. The person's name
    is written in capitals, word by word."""
    before = _resident_re().search(folded, max(0, m.start - 60), m.start)
    if before is None:
        return False
    words = body[before.start() : m.start].split("(")[0].split()[1:]
    return bool(words) and all(w[:1].isupper() for w in words)


# units listed after a plural ("Tại các phường X, Y ...", "những xã Z"): others set beside the lead's
_PLURAL_BEFORE_RE = re.compile(r"(?<![a-z])(?:cac|nhung)\s+$")


def _parent_scope(body: str, folded: str, start: int) -> bool:
    """Whether a sentence opens over a whole unit named by its type alone (``Trên địa bàn
    tỉnh, ...``, ``Toàn tỉnh có ...``; ``gazetteer_cues.csv`` ``frame_place`` and ``scope``
    words): the units it then names are compared across that unit, not the item's subject."""
    opening = re.compile(
        r"\s*(?:" + _cue_words("frame_place", "tai") + "|" + _cue_words("scope", "toan") + r")\s+"
        r"(?:thanh pho|thi xa|thi tran|dac khu|tinh|quan|huyen|phuong|xa)(?![a-z])\s*"
    ).match(folded, start)
    return bool(opening) and not body[opening.end() : opening.end() + 1].isupper()


def _lead_tied(body: str, in_body: list[_Mention]) -> list[AdminUnit]:
    """A news lead whose first sentence names one unit only (its own province in apposition
    and units inside it aside) and ties it to the sentence's matter (``_tie_re``) or opens a
    clause with it (its subject, whatever the verb): that unit,
    when the text names no other unit of its level or above (units it says are former, ``...
    cũ``, are history), no central body acts in the sentence, and no ``toàn <type>`` speaks of
    another unit. Two readings compete in any other case, and the lead gives none."""
    folded = fold(body)
    start, end, firsts = _lead_mentions(body, in_body)
    current = [m for m in in_body if not _history(m, folded, in_body)]
    firsts = [m for m in firsts if m in current]
    if not firsts:
        return []
    first = _narrowed_by_apposition(firsts[0], firsts[1:], folded)
    # units that never stood beside the unit (a former district of a commune formed in
    # 2025, the text undated) do not compete with it
    current = [first] + [m for m in (_coexisting(m, first) for m in current if m is not firsts[0]) if m.units]
    inside = {u.unit_id for u in first.units}
    for m in firsts[1:]:
        if not (_own_ancestor(m, first) or any(inside & set(_ancestors(u)) for u in m.units)):
            return []
    before = folded[max(0, first.start - 90) : first.start]
    if _EXAMPLE_BEFORE_RE.search(before) and _example_of_many(folded, first):
        return []  # "một số nơi như xã X": one example of several, not the place
    opens_clause = bool(_CLAUSE_START_RE.search(folded[max(0, first.start - 4) : first.start]))
    if not opens_clause and not _tie_re().search(before):
        return []  # tied by a word, or the clause's subject by its place ("Năm 2024, tỉnh X xếp ...")
    clause = folded[max(folded.rfind(c, 0, first.start) for c in ".!?;:,\n") + 1 : first.start]
    if _source_directs(clause):
        return []  # "theo chỉ đạo của UBND tỉnh X, các sở ...": X directs, others act
    if _CENTRAL_RE.search(body, start, end) and not _taken_up(folded, end, first):
        return []  # a central body acts, and the next sentence does not go on with the unit
    whole = _WHOLE_UNIT_RE.search(folded, first.end, end)
    if whole and not any(_TYPE_WORDS[whole.group("type")] == u.unit_type for u in first.units):
        return []
    return first.units if _alone(first, current, _past_apposition(first, current, folded)) else []


def _taken_up(folded: str, end: int, first: _Mention) -> bool:
    """Whether the sentence after the lead's first takes its unit up as a clause's subject by
    the type word alone (``... của tỉnh X. Sau sắp xếp, tỉnh có 38 xã``): the unit the first
    sentence's matter belongs to is what the item is about, though a central body acted."""
    stop = re.compile(r"[.!?](?:\s|$)|\n").search(folded, end + 1)
    sentence_end = stop.start() if stop else len(folded)
    types = {fold(u.unit_type) for u in first.units}
    for m in _TYPE_RE.finditer(folded, end + 1, sentence_end):
        if m.group("type") not in types or not _CLAUSE_START_RE.search(
            folded[max(0, m.start() - 4) : m.start()]
        ):
            continue
        if _subject_verb_re().match(folded, m.end() - len(m.group(0)) + len(m.group("type"))):
            return True
    return False


_LIST_JOIN_RE = re.compile(r"\s*(?:,|và|hay|hoặc)\s+")
_CAPITAL_WORDS_RE = re.compile(r"(?:[A-ZĐ\u00c0-\u1ef9][^\W\d_]*)(?:\s+[A-ZĐ\u00c0-\u1ef9][^\W\d_]*){0,3}")


def _listed(text: str, mentions: list[_Mention], span: Span | None) -> bool:
    """Whether a text lists two units of one type (``phường X và phường Y``, ``phường X và
    Y``, ``xã X, Y``): two places side by side, neither of them the one subject."""
    for m in mentions:
        join = _LIST_JOIN_RE.match(text, m.end)
        if join is None:
            continue
        types = {u.unit_type for u in m.units}
        ids = {u.unit_id for u in m.units}
        nxt = next((o for o in mentions if o.start == join.end()), None)
        if nxt is not None:
            if {u.unit_type for u in nxt.units} & types and not {u.unit_id for u in nxt.units} & ids:
                return True
            continue
        words = _CAPITAL_WORDS_RE.match(text, join.end())
        if words is None or not text[join.end()].isupper():
            continue
        parts = words.group(0).split()
        own = {a for u in m.units for a in _ancestors(u)}
        for n in range(len(parts), 0, -1):
            name = " ".join(parts[:n])
            if any(u.unit_id in own for u in lookup(name, on=span)):
                break  # "phường X, Bắc Ninh": its own province in apposition
            for unit_type in types:
                if [u for u in lookup(f"{unit_type} {name}", on=span) if u.unit_id not in ids]:
                    return True
    return False


# ---------------------------------------------------------------- a news lead's ranked units

# how many later mentions of a rival weigh as much as the lead's first sentence naming its unit
_W_FIRST_SENTENCE = 3
# a relative clause's subject: "mục tiêu ... mà huyện X đặt ra" (the unit sets the matter)
_RELATIVE_BEFORE_RE = re.compile(r"(?<![a-z])ma\s+$")
# units counted or at large in a sentence: "tại 20 phường, xã", "các huyện"
_UNITS_AT_LARGE_RE = re.compile(
    r"(?:(?<![a-z])(?:cac|nhung)|[0-9])\s+(?:thanh pho|tinh|huyen|quan|thi xa|phuong|xa|dac khu)(?![a-z])"
)
# a unit named as an example: "một số nơi như phường X", "chẳng hạn xã Y"
_EXAMPLE_BEFORE_RE = re.compile(r"(?<![a-z])(?:nhu|chang han|vi du)\s+(?:(?:o|tai)\s+)?$")
# what makes a "như X" an example among many: "một số nơi như", "các xã như", "nhiều nơi như"
_MANY_RE = re.compile(r"(?<![a-z])(?:mot so|mot vai|nhieu|cac|nhung|hang loat|mot loat)\s+[a-z]")


def _example_of_many(folded: str, m: _Mention) -> bool:
    """Whether a unit after ``như``/``chẳng hạn`` is one example of several: a plural or a
    quantifier stands in its clause before it (``một số nơi như phường X``), or another unit
    is listed after it. A single place likened (``Nơi có hạ tầng ... thuận lợi như xã X
    (Điện Biên), tỷ lệ ...``) is the sentence's place."""
    clause = max(folded.rfind(c, 0, m.start) for c in ".!?;:,\n") + 1
    if _MANY_RE.search(folded, clause, m.start):
        return True
    return bool(
        re.match(
            r"\s*(?:\([^()]*\)\s*)?(?:,|va|hay|hoac)\s+(?:thanh pho|thi xa|thi tran|dac khu|tinh|quan"
            r"|huyen|phuong|xa)(?![a-z])",
            folded[m.end : m.end + 60],
        )
    )


_WORD_RUN_RE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")


def _name_runs(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Runs of up to four words each written with a capital, between ``start`` and ``end``:
    (where the run starts, its text)."""
    runs: list[tuple[int, str]] = []
    for words in _WORD_RUN_RE.finditer(text, start, end):
        caps: list[re.Match] = []
        for w in re.finditer(r"[^\W\d_]+", words.group(0)):
            if w.group(0)[:1].isupper() and len(caps) < 4:
                caps.append(w)
                continue
            if caps:
                runs.append(
                    (words.start() + caps[0].start(), words.group(0)[caps[0].start() : caps[-1].end()])
                )
            caps = [w] if w.group(0)[:1].isupper() else []
        if caps:
            runs.append((words.start() + caps[0].start(), words.group(0)[caps[0].start() : caps[-1].end()]))
    return _dash_joined(text, runs)


def _dash_joined(text: str, runs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Runs joined across a dash when together they are a province's whole name (``Bà Rịa -
    Vũng Tàu``); two names a dash sets side by side (``Hà Nội - Hải Phòng``) stay two."""
    out: list[tuple[int, str]] = []
    for run in runs:
        if out:
            prev_start, prev_text = out[-1]
            gap = text[prev_start + len(prev_text) : run[0]]
            joined = text[prev_start : run[0] + len(run[1])]
            if re.fullmatch(r"[ \t]*[-\u2013][ \t]*", gap) and any(
                name_key(u.short_name) == name_key(joined) for u in lookup(joined, level="tinh")
            ):
                out[-1] = (prev_start, joined)
                continue
        out.append(run)
    return out


@lru_cache(maxsize=1)
def _person_before_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``person`` words just before a name (``ông``, ``chị``), and
    ``named_after`` words before a thing that bears a place's or a person's name (``đường``,
    ``chợ``, ``tư tưởng``)."""
    return re.compile(
        r"(?<![a-z])(?:" + _cue_words("person", "ong") + "|" + _cue_words("named_after", "duong") + r")\s+$"
    )


def _untyped_provinces(
    text: str, start: int, end: int, typed: list[_Mention], span: Span | None
) -> list[_Mention]:
    """Provinces written without their type word between ``start`` and ``end`` (``Các cấp,
    các ngành ở Lạng Sơn ...``, ``..., Bắc Ninh đang ...``): the longest capitalised run of
    words that is a province's whole name, outside the typed mentions."""
    found: list[_Mention] = []
    folded = fold(text)
    for run_start, run_text in _name_runs(text, start, end):
        if any(
            m.start <= run_start < m.end or run_start <= m.start < (run_start + len(run_text)) for m in typed
        ):
            continue
        if _TYPE_RE.search(folded, max(0, run_start - 12), run_start) and re.search(
            r"(?:tinh|thanh pho|tp\.?)\s*$", folded[max(0, run_start - 12) : run_start]
        ):
            continue  # typed after all (the mention finder did not take it)
        if text.rfind("(", 0, run_start) > text.rfind(")", 0, run_start):
            continue  # an aside in brackets ("(34 tuổi, quê ở Hậu Giang)"): no place of the news
        if _person_before_re().search(folded, max(0, run_start - 14), run_start):
            continue  # "ông Thái Bình": a person; "đường Hồ Chí Minh": a road named after one
        words = run_text.split()
        # the province opens the run, or follows the capitalised word opening a clause ("Tại
        # Lạng Sơn", "Các cấp ..."); deeper in a run it ends another name ("Nguyễn Thái Bình")
        opens = bool(_CLAUSE_START_RE.search(folded[max(0, run_start - 4) : run_start]))
        for i in range(min(len(words), 2 if opens else 1)):
            for n in range(len(words) - i, 0, -1):
                name = " ".join(words[i : i + n])
                key = name_key(name)
                units = [
                    u
                    for u in lookup(name, level="tinh", on=span)
                    if key in {name_key(u.short_name), *(name_key(_split_type(o)[1]) for o in u.other_names)}
                ]
                if units:
                    pos = run_start + len(" ".join(words[:i])) + (1 if i else 0)
                    found.append(
                        _Mention(units=units, start=pos, end=pos + len(name), issuer=False, reporting=False)
                    )
                    break
            else:
                continue
            break
    return found


def _type_taken_up(text: str, folded: str, a: int, b: int, units: list[AdminUnit]) -> bool:
    """Whether a unit's type word stands alone, no name after it, between ``a`` and ``b``
    (``Hiện tỉnh có ...``, ``... của tỉnh tăng 2 bậc``): the text goes on with the unit by its
    type. A level (``cấp tỉnh``) or a count (``63 tỉnh, thành phố``, ``các tỉnh``) is no such
    word."""
    types = {fold(t) for u in units for t in (u.unit_type, *(_split_type(o)[0] for o in u.other_names)) if t}
    for m in _ALONE_TYPE_RE.finditer(folded, a, b):
        if m.group("type") not in types or _GENERIC_BEFORE_RE.search(
            folded, max(0, m.start() - 8), m.start()
        ):
            continue
        if re.match(r"\s*(?:,|va)\s*thanh pho(?![a-z])", folded[m.end() : m.end() + 16]):
            continue  # "các tỉnh, thành phố": provinces at large
        rest = text[m.end() : m.end() + 3].lstrip()
        if not rest[:1].isupper() and not rest[:1].isdigit():
            return True
    return False


_ALONE_TYPE_RE = re.compile(
    r"(?<![a-z])(?P<type>thanh pho|tinh|huyen|quan|thi xa|phuong|xa|dac khu)(?![a-z])"
)
_GENERIC_BEFORE_RE = re.compile(r"(?:(?<![a-z])(?:cap|cac|nhung|moi|mot|tung|tinh\s*,|tinh\s+va)|[0-9/])\s*$")


def _untyped_rival(body: str, in_body: list[_Mention], units: list[AdminUnit], span: Span | None) -> bool:
    """Whether the lead's first sentence writes, untyped, a province other than the units'
    own (``Năm 2023, tỉnh X dẫn đầu, tiếp theo là Y và Z``)."""
    sentence = _first_sentence(body)
    if sentence is None:
        return False
    ids = {u.unit_id for u in units} | {a for u in units for a in _ancestors(u)}
    return any(
        not ({u.unit_id for u in m.units} & ids) for m in _untyped_provinces(body, *sentence, in_body, span)
    )


def _untyped_lead_before(body: str, in_body: list[_Mention], actor: _Mention, span: Span | None) -> bool:
    """Whether the lead's first sentence, naming no unit typed, writes a province untyped
    (``..., Bắc Ninh hiện đứng đầu 34 tỉnh, thành phố về ...``) and the acting body comes only
    after it: the sentence is the item's subject, not its setting, so the body later on is
    no step of its own (the ranked lead decides, or no unit)."""
    sentence = _first_sentence(body)
    if sentence is None or actor.start < sentence[1]:
        return False
    start, end = sentence
    if any(start <= m.start < end for m in in_body):
        return False
    return bool(_untyped_provinces(body, start, end, in_body, span))


@lru_cache(maxsize=1)
def _ranked_cue_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``ranked_behind`` (``chỉ sau``, ``xếp sau``: the unit is measured
    against one ranked ahead of it) and ``ranked_next`` (``tiếp theo là``: the units ranked
    after it) words, as named groups."""
    return re.compile(
        r"(?<![a-z])(?:(?P<behind>"
        + _cue_words("ranked_behind", "chi sau")
        + r")|(?P<next>"
        + _cue_words("ranked_next", "tiep theo la")
        + r"))(?![a-z])"
    )


def _ranked_behind(folded: str, first: _Mention, m: _Mention, headline_names_first: bool) -> bool:
    """Whether ``m`` is named, in ``first``'s own sentence after it, as the unit ranked ahead of
    ``first`` (``Chỉ số của tỉnh X xếp thứ 2 toàn quốc, chỉ sau tỉnh Y``) or, when the headline
    names ``first`` or takes it up by its type word (``Phường dẫn đầu tỉnh về ...``), as one
    ranked after it (``phường X dẫn đầu ..., tiếp theo là phường Y``): a comparison, no rival.
    A ranking the headline does not settle has no one subject."""
    if m.start < first.end or re.search(r"[.!?;\n]", folded[first.end : m.start]):
        return False
    cues = list(_ranked_cue_re().finditer(folded, first.end, m.start))
    if not cues:
        return False
    cue = cues[-1]
    return bool(cue.group("behind")) or headline_names_first


@lru_cache(maxsize=1)
def _national_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``national``: words of a nationwide matter (``toàn quốc``, ``cả
    nước``, ``các bộ``): a place named beside them is a venue, not the item's unit."""
    return re.compile(r"(?<![a-z])(?:" + _cue_words("national", "toan quoc") + r")(?![a-z])")


def _untyped_setting(folded: str, m: _Mention, start: int, end: int) -> bool:
    """Whether a province written untyped is the setting the lead's first sentence opens on
    (``Ở Nghệ An, trong quý I/2023 đã có ...``, ``Tại Bắc Ninh, ...``: a ``frame_place`` word
    opening the sentence, right before it), the sentence speaking of no nationwide matter and
    counting no units at large (``Tại Hà Nội, hội nghị toàn quốc ...`` is a venue)."""
    if not _lead_frame_re().search(folded[start : m.start]):
        return False
    return not (_national_re().search(folded, start, end) or _UNITS_AT_LARGE_RE.search(folded, start, end))


# an untyped province owning the sentence's matter: "Chỉ số PAPI năm 2021 của Vĩnh Phúc tăng"
_OWNER_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:chi so|diem|ket qua|ty le|xep hang|thu hang)\b[a-z0-9 ()/-]{0,90}?\bcua\s+$"
)


def _untyped_owner(folded: str, m: _Mention) -> bool:
    """Whether a province written untyped in the lead's first sentence is what the sentence is
    about by its grammar alone: the owner of an index, score, rate or rank (``Chỉ số PAPI năm
    2021 của Vĩnh Phúc tăng ...``, ``điểm tổng hợp của Khánh Hòa đạt ...``), or a clause's
    subject with its predicate (``Năm 2020, Bắc Ninh đã số hóa ...``, ``..., Hà Giang vẫn
    triển khai ...``). The caller asks besides that no rival is named later in the text."""
    sentence_start = max(folded.rfind(c, 0, m.start) for c in ".!?;\n") + 1
    if _OWNER_BEFORE_RE.search(folded, sentence_start, m.start):
        return True
    return bool(
        _CLAUSE_START_RE.search(folded[max(0, m.start - 4) : m.start])
        and _subject_verb_re().match(folded, m.end)
    )


def _dateline(body: str, m: _Mention) -> bool:
    """Whether an untyped province is the dateline opening a lead (``QUẢNG NINH - Từ ngày
    ...``, ``HÀ TĨNH – ...``): written in capitals at the start of its line and followed by a
    dash, it says where the item was filed, not what it is about."""
    line_start = body.rfind("\n", 0, m.start) + 1
    if body[line_start : m.start].strip(" (") or not body[m.start : m.end].isupper():
        return False
    return bool(re.match(r"\s*\)?\s*[-\u2013\u2014]\s", body[m.end : m.end + 4]))


# a second party joined to the subject: "phối hợp với UBND huyện Y", "xã X và xã Y cùng"
_JOINED_BEFORE_RE = re.compile(r"(?:,|(?<![a-z])(?:va|voi|cung|hoac|hay))\s+(?:[a-z]+\s+){0,6}$")


def _in_complement(folded: str, first: _Mention, m: _Mention, mentions: list[_Mention]) -> bool:
    """Whether ``m`` stands in the predicate of a clause whose subject is ``first`` or one of
    its bodies (``Sở Nội vụ tỉnh X vừa tổ chức đoàn đi học tập mô hình ... của tỉnh Y``): what
    the subject acts on or where, no rival; unless joined to it as a second party (``với``,
    ``và``, ``cùng``, a comma: two actors side by side)."""
    opens = _CLAUSE_START_RE.search(
        folded[max(0, first.start - 4) : first.start]
    ) or _ORGAN_SUBJECT_RE.search(folded[max(0, first.start - 70) : first.start])
    if not opens:
        return False
    after = _past_apposition(first, mentions, folded)
    verb = _subject_verb_re().match(folded, after)
    if verb is None or m.start < verb.end() or re.search(r"[.!?;\n]", folded[after : m.start]):
        return False
    return not _JOINED_BEFORE_RE.search(folded, verb.end(), m.start)


# a rank within a whole unit: "phường X dẫn đầu toàn tỉnh", "xếp thứ 3 toàn quốc"
_RANKED_IN_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:dan dau|dung dau|xep dau|cao nhat|thap nhat|(?:xep|dung) thu \d+)\s+$"
)


def _lead_ranked(
    title: str, body: str, in_title: list[_Mention], in_body: list[_Mention], span: Span | None
) -> list[AdminUnit]:
    """A news item's unit ranked by where and how it is named, when the narrower steps found
    none: the headline and the lead's first sentence carry the weight, later sentences none
    (real items name other units, officials and citizens' homes further down). The lead's
    first sentence's unit tied to its matter (its subject, as a clause's or a relative
    clause's (``mà huyện X đặt ra``); a locative or frame; a genitive, a body or the people of
    it; or qualified by its province in brackets or apposition) is the item's unit, unless a
    rival of its level or above, or a unit outside it, is named in the headline or the first
    sentence. A province written untyped counts when the headline or the lead takes it up by
    its type word alone. A central body acting in the sentence leaves the unit a venue,
    unless the headline names it or the next sentence goes on with it."""
    sentence = _first_sentence(body)
    if sentence is None:
        return []
    start, end = sentence
    folded = fold(body)
    stop = re.compile(r"[.!?](?:\s|$)|\n")
    current = [m for m in in_body if not _history(m, folded, in_body) and not _resident(body, folded, m)]
    typed = [m for m in current if start <= m.start < end]
    untyped = _untyped_provinces(body, start, end, in_body, span)
    if not typed and not untyped and not in_title and not _UNITS_AT_LARGE_RE.search(folded, start, end):
        # a first sentence of setting alone ("Ngày 1/7/2025, ... đang đến rất gần."): the
        # lead's next sentence is its first to name a place
        nxt = stop.search(body, end + 1)
        start, end = end + 1, (nxt.start() if nxt else len(body))
        if _contrast_re().match(folded, start):
            return []  # "Tuy vậy, ...": set against the first sentence, not its place
        typed = [m for m in current if start <= m.start < end]
        untyped = _untyped_provinces(body, start, end, in_body, span)
    # the next sentence, past the blank lines between paragraphs
    after_gap = re.compile(r"[.!?\s]*").match(body, end).end()
    nxt = stop.search(body, after_gap)
    second = (end, nxt.start() if nxt else len(body))
    untyped = [m for m in untyped if not _dateline(body, m) and not _FORMER_AFTER_RE.match(folded, m.end)]
    firsts = sorted([m for m in typed if not _apposed(m, current, folded)] + untyped, key=lambda m: m.start)
    if not firsts:
        return []
    title_folded = fold(title)
    title_untyped = _untyped_provinces(title, 0, len(title), in_title, span)

    def tied(m: _Mention) -> bool:
        before = folded[max(0, m.start - 90) : m.start]
        if _EXAMPLE_BEFORE_RE.search(before) and _example_of_many(folded, m):
            return False  # "một số nơi như phường X": an example, not the place
        after = _past_apposition(m, current, folded)
        if _visited(folded, m):
            return True  # "Làm việc tại xã X, Phó Thủ tướng ...": the unit visited
        if (
            _CLAUSE_START_RE.search(folded[max(0, m.start - 4) : m.start])
            or _RELATIVE_BEFORE_RE.search(before)
            or _clause_adverb_re().search(("\n" if m.start - start <= 60 else "") + before[-60:])
        ):
            return bool(_subject_verb_re().match(folded, after)) or bool(
                re.match(r"\s+[a-z]", folded[after : after + 3])
            )
        if _tie_re().search(before) or _lead_frame_re().search(folded[start : m.start]):
            return True
        if _subject_place_re().search(("\n" if m.start - start <= 80 else "") + before[-80:]):
            return True
        return after > m.end  # qualified by its province: "xã X (tỉnh Y)", "phường X, tỉnh Y"

    first = firsts[0]
    formed = _formed_later(body, folded, first, current)
    if formed is not None:
        return formed
    if not tied(first):
        return []
    first = _narrowed_by_apposition(first, [m for m in typed if m.start >= first.end], folded)
    ids = {u.unit_id for u in first.units}
    own = {a for u in first.units for a in _ancestors(u)}
    rank = min(_LEVEL_RANK[u.unit_level] for u in first.units)

    def rival(m: _Mention) -> bool:
        if {u.unit_id for u in m.units} & ids:
            return False
        if _gone_before(m, first):
            return False  # a unit of the former structure, gone before it (undated text)
        if all(u.unit_id in own for u in m.units):
            return False
        if any(_LEVEL_RANK[u.unit_level] >= rank and u.unit_id not in own for u in m.units):
            return True
        return not any(ids & set(_ancestors(u)) for u in m.units)  # below it, outside it

    headline = [m for m in in_title if m.units] + title_untyped
    named_in_headline = any({u.unit_id for u in m.units} & ids for m in headline) or _type_taken_up(
        title, title_folded, 0, len(title), first.units
    )
    if any(rival(m) for m in headline) or any(
        rival(m)
        and not _ranked_behind(folded, first, m, named_in_headline)
        and not _in_complement(folded, first, m, current)
        for m in firsts[1:]
    ):
        return []
    if _listed(body, typed, span):
        return []  # "phường X và Y": two places side by side
    # later sentences weigh little: a rival outweighs the lead's unit only when named there
    # more often than the unit by the first sentence's weight (_W_FIRST_SENTENCE mentions)
    later = [m for m in _uncontrasted(body, current) if m.start >= end and not _apposed(m, current, folded)]
    own_later = sum(1 for m in later if {u.unit_id for u in m.units} & ids)
    rivals_later = Counter(frozenset(u.unit_id for u in m.units) for m in later if rival(m))
    if rivals_later and max(rivals_later.values()) >= _W_FIRST_SENTENCE + own_later:
        return []
    if first in untyped and not (
        named_in_headline
        or _type_taken_up(body, folded, first.end, second[1], first.units)
        or (not rivals_later and _untyped_owner(folded, first))
        or (not rivals_later and _untyped_setting(folded, first, start, end))
    ):
        return []  # an untyped name the text never takes up: perhaps no unit at all
    clause = folded[max(folded.rfind(c, 0, first.start) for c in ".!?;:,\n") + 1 : first.start]
    if _source_directs(clause):
        return []  # "theo chỉ đạo của UBND tỉnh X, các sở ...": X directs, others act
    if _central_acts(body, folded, start, end) and not (
        _visited(folded, first)
        or named_in_headline
        or _taken_up(folded, end, first)
        or _type_taken_up(body, folded, first.end, end, first.units)
    ):
        return []  # a central body acts: the unit is its venue
    whole = _WHOLE_UNIT_RE.search(folded, first.end, end)
    if (
        whole
        and not any(_TYPE_WORDS[whole.group("type")] == u.unit_type for u in first.units)
        and not _RANKED_IN_BEFORE_RE.search(folded, max(0, whole.start() - 24), whole.start())
    ):
        return []
    return first.units


_NEW_AFTER_RE = re.compile(r"\s*moi(?![a-z])")


def _formed_from_subject(
    body: str, in_body: list[_Mention], subject: list[AdminUnit]
) -> list[AdminUnit] | None:
    """``_formed_later`` for a subject the lead's narrower steps found: the unit formed from it."""
    ids = {u.unit_id for u in subject}
    first = next((m for m in in_body if {u.unit_id for u in m.units} & ids), None)
    if first is None:
        return None
    folded = fold(body)
    return _formed_later(
        body, folded, first, [m for m in in_body if not _FORMER_AFTER_RE.match(folded, m.end)]
    )


def _formed_later(
    body: str, folded: str, first: _Mention, mentions: list[_Mention]
) -> list[AdminUnit] | None:
    """The unit a lead goes on to say was formed from the one its first sentence names (``tại
    trụ sở xã X ..., Đây sẽ là nơi làm việc của xã Y mới, được thành lập trên cơ sở hợp nhất 5
    xã Y, Z, X ...``): the first-named unit is one of the new unit's parts, the item is about
    the unit formed. The unit formed is the last one of the first's level or below named
    before the ``formed_from`` cue in its sentence; the parts are the names after the cue, up
    to the sentence's end. Candidates of the reform's new structure are kept when the text
    writes ``mới`` after it."""
    rank = min(_LEVEL_RANK[u.unit_level] for u in first.units)
    keys = {name_key(u.short_name) for u in first.units}
    for cue in _formed_from_re().finditer(folded, first.end):
        sentence_start = max(folded.rfind(c, 0, cue.start()) for c in ".!?\n") + 1
        stop = re.compile(r"[.!?](?:\s|$)|\n").search(folded, cue.end())
        parts = _i_for_y(folded[cue.end() : stop.start() if stop else len(folded)])  # as name keys write it
        if not any(re.search(r"(?<![a-z0-9])" + re.escape(k) + r"(?![a-z0-9])", parts) for k in keys):
            continue
        before = [
            m
            for m in mentions
            if sentence_start <= m.start
            and m.end <= cue.start()
            and m.start > first.end
            and min(_LEVEL_RANK[u.unit_level] for u in m.units) <= rank
        ]
        if not before:
            return None
        formed = before[-1]
        if {u.unit_id for u in formed.units} & {u.unit_id for u in first.units}:
            return None
        units = formed.units
        if _NEW_AFTER_RE.match(folded, formed.end):
            units = [u for u in units if u.valid_from is not None] or units
        return units
    return None


@lru_cache(maxsize=1)
def _visit_re() -> re.Pattern:
    """``gazetteer_cues.csv`` ``visit``: words that open a clause on a visit to a unit
    (``Làm việc tại xã X``, ``Về thăm huyện Y``, ``Tại buổi làm việc với UBND xã Z``,
    ``Kiểm tra tại phường W``), perhaps before the unit's committee or party body. A visit
    written after its central visitor (``Đoàn giám sát của Quốc hội làm việc với UBND tỉnh X``)
    stays the visitor's act at a venue (no unit), as before."""
    return re.compile(
        r"(?:^|[.!?;:]|,|\n)\s*(?:(?:sang|chieu|trua|toi|hom)(?:\s+nay)?(?:\s+(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)?\s*,?\s*)?"
        r"(?:" + _cue_words("visit", "lam viec tai") + r")\s+"
        r"(?:(?:uy ban nhan dan|ubnd|dang uy|ban thuong vu [a-z ]{0,20}?|lanh dao|chinh quyen)\s+)?$"
    )


def _visited(folded: str, m: _Mention) -> bool:
    """Whether a mention is the unit a visit opens its clause on (see ``_visit_re``): a central
    official or body acting in that sentence is the visitor, the unit the matter."""
    return bool(_visit_re().search(folded[max(0, m.start - 80) : m.start]))


@lru_cache(maxsize=1)
def _host_re() -> re.Pattern:
    """A ``visit`` cue anywhere in its clause, after the visitor and the predicate (``đoàn ...
    đã làm việc với lãnh đạo tỉnh X``), perhaps before the unit's committee or leaders."""
    return re.compile(
        r"(?<![a-z])(?:" + _cue_words("visit", "lam viec tai") + r")\s+"
        r"(?:(?:uy ban nhan dan|ubnd|lanh dao|chinh quyen)\s+)?$"
    )


def _hosting_province(body: str, in_body: list[_Mention]) -> AdminUnit | None:
    """The one province a news item names, as the host of a visit (``... làm việc với lãnh
    đạo tỉnh X``) that the text then takes up by its type word alone (``kết quả ... của
    tỉnh``), when every other unit it names may lie inside that province (``xã Y``, ``thị
    trấn Z, huyện W`` visited after): the item's unit. Another province named, or a lower
    unit found only elsewhere, gives none."""
    folded = fold(body)
    current = [m for m in in_body if not _history(m, folded, in_body) and not _resident(body, folded, m)]
    provinces = {u.unit_id for m in current for u in m.units if u.unit_level == "tinh"}
    if len(provinces) != 1:
        return None
    hosts = [m for m in current if all(u.unit_level == "tinh" for u in m.units)]
    if not hosts or len(hosts[0].units) != 1:
        return None
    host = hosts[0]
    province = host.units[0]
    if not _host_re().search(folded[max(0, host.start - 60) : host.start]):
        return None
    if not _type_taken_up(body, folded, host.end, len(body), [province]):
        return None
    if not all(
        any(_inside(u, province) for u in m.units) for m in current if m is not host and m.units != host.units
    ):
        return None
    return province


def _inside(u: AdminUnit, parent: AdminUnit) -> bool:
    """Whether unit u lies in parent (a province or a district; a parent without ``unit_id``,
    named undated, by its name)."""
    if _LEVEL_RANK[u.unit_level] >= _LEVEL_RANK[parent.unit_level]:
        return False
    if parent.unit_id is not None and parent.unit_id in _ancestors(u):
        return True
    if parent.unit_level == "tinh" and parent.unit_name in (u.province, u.province_after_2025):
        return True
    # a unit of the reform (``X10603-2025``) lies in a parent of the former structure when the
    # former unit whose code it kept (``X10603``) did: the crosswalk's ``code_kept``
    if u.unit_id and u.unit_id.endswith("-2025") and parent.valid_to is not None:
        kept = load_gazetteer().units.get(u.unit_id[: -len("-2025")])
        return kept is not None and kept.valid_to is not None and _inside(kept, parent)
    return False


# the words before a unit that make it the matter of a lead's first sentence even when a higher
# unit acts in it: a genitive (``Trung tâm ... của xã X``, ``khu dân cư của phường Y``), or
# a check or visit paid to it (``kiểm tra xã X``, ``làm việc với UBND phường Y``)
# between two lower units of one list ("tại UBND huyện X và UBND huyện Y"): the second shares the tie
_LISTED_AFTER_RE = re.compile(r"\s*(?:,|va|hoac)\s*(?:(?:uy ban nhan dan|ubnd|chinh quyen)\s+)?")
_LOWER_TIE_BEFORE_RE = re.compile(
    r"(?<![a-z])(?:cua|kiem tra(?: tai)?|lam viec (?:tai|voi)|tham"
    # a check whose matter comes first, then its venue: "kiểm tra công tác chuẩn bị ... tại phường X"
    r"|(?:kiem tra|khao sat|giam sat)\s[a-z ]{0,80}?\stai)\s+"
    r"(?:(?:uy ban nhan dan|ubnd|chinh quyen|dang uy)\s+)?$"
)
# a lower unit typed and named but not found on the day (gone, or not yet formed), its parent
# in brackets after it: ``xã X (tỉnh Y)``
_TYPED_BEFORE_BRACKET_RE = re.compile(
    r"(?<![a-z])(?:xa|phuong|thi tran|huyen|quan|thi xa)\s+[a-z0-9]+(?:\s+[a-z0-9]+){0,3}\s*\(\s*$"
)
# a lead opening on a lower unit's bare name in apposition with its type word (``An Trường,
# xã được thành lập từ ...``, ``Tân Lập, một phường ...``)
_UNTYPED_APPOSED_RE = re.compile(
    r"\s*(?P<name>[A-ZĐ\u00c0-\u1ef8][^\W\d_]*(?:\s+[A-ZĐ\u00c0-\u1ef8][^\W\d_]*){0,3})\s*,\s+"
    r"(?:là\s+)?(?:một\s+)?(?P<type>xã|phường|thị trấn|huyện|quận|thị xã)\s"
)


# where a lead's first clause begins: past a time of day and date (``Chiều 11/7, ...``)
_LEAD_OPENER_RE = re.compile(
    r"[\s,]*(?:(?:sang|chieu|trua|toi|hom)(?:\s+nay)?(?:\s+(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?)?\s*,\s*)?"
)


def _apposed_head(body: str, span: Span | None) -> list[AdminUnit]:
    """The units a lead opens on by a bare name in apposition with its type word (``An
    Trường, xã được thành lập từ ...``): that name looked up with that type word."""
    sentence = _first_sentence(body)
    if sentence is None:
        return []
    head = _UNTYPED_APPOSED_RE.match(body, _LEAD_OPENER_RE.match(fold(body), sentence[0]).end())
    if head is None:
        return []
    return lookup(f"{head.group('type')} {head.group('name')}", on=span)


def _headline_typed_later(title: str, body: str, span: Span | None, evidence: Counter) -> AdminUnit | None:
    """A headline that opens on a bare name (``Yên Thành: 97% hồ sơ ...``, ``Tân Lạc xử lý
    ...``) the lead never writes typed but takes up by a type word alone (``... của UBND
    huyện``, ``huyện đã tiếp nhận``): the one unit of that name and that type. A bare ``xã``
    is left out (``xã hội`` folds alike)."""
    m = _HEADLINE_RE.match(title or "")
    words = (m.group("name") if m else (title or "")).split()
    caps: list[str] = []
    for w in words[:4]:
        if not w[:1].isupper():
            break
        caps.append(w.strip(",.;:"))
    folded = fold(body)
    xa_alone = _xa_alone(body)
    # the name first, or after one capitalised word before it ("Người Hà Nội có thể ...")
    for first in range(min(2, len(caps))):
        for n in range(len(caps), first + 1, -1):
            units = [u for u in lookup(" ".join(caps[first:n]), on=span) if u.unit_type != "xã" or xa_alone]
            if not units:
                continue
            taken = [u for u in units if _type_taken_up(body, folded, 0, len(body), [u])]
            if len({(u.unit_name, u.province) for u in taken}) > 1:
                # namesakes: the one in the province the lead names ("... xã (TP Đà Nẵng)")
                named = {
                    u.unit_name for m in _mentions(body, span) for u in m.units if u.unit_level == "tinh"
                }
                taken = _in_named(taken, named)
            picked = _pick(taken, evidence) if taken else None
            if picked is not None and len({(u.unit_name, u.province) for u in taken}) == 1:
                return picked
            return None
    return None


def _sole_taken_up(body: str, in_body: list[_Mention], named: set[str] | None = None) -> AdminUnit | None:
    """The one unit below a province a news lead names (once, its namesakes told apart by the
    province it also names: ``người dân xã X của thành phố Y``) and then goes on with by its
    type word alone (``Chủ tịch UBND xã đã ...``). Any other unit named, or namesakes left,
    give None. ``named``: provinces named elsewhere (a headline's ``Cao Bằng: ...``)."""
    provinces = {u.unit_name for m in in_body for u in m.units if u.unit_level == "tinh"} | (named or set())
    lower: dict[tuple[str, str], AdminUnit] = {}
    last = 0
    for m in in_body:
        units = [u for u in m.units if u.unit_level != "tinh"]
        if not units:
            continue
        if len({(u.unit_name, u.province) for u in units}) > 1:
            units = _in_named(units, provinces)
        for u in units:
            lower.setdefault((u.unit_name, u.province), u)
        last = max(last, m.end)
    if len(lower) != 1:
        return None
    unit = next(iter(lower.values()))
    if len(provinces) > 1 or (
        provinces and unit.province not in provinces and unit.province_after_2025 not in provinces
    ):
        return None
    rest = body[last:]
    if unit.unit_type == "xã":
        return unit if _xa_alone(rest) else None
    return unit if _type_taken_up(rest, fold(rest), 0, len(rest), [unit]) else None


def _opens_lead_alone(body: str, in_body: list[_Mention], unit: AdminUnit) -> bool:
    """Whether the lead's first sentence names ``unit`` and no province (the headline's
    province acting there, ``Chủ tịch UBND tỉnh X chỉ đạo ...``, keeps the item its own)."""
    sentence = _first_sentence(body)
    if sentence is None:
        return False
    first = [m for m in in_body if sentence[0] <= m.start < sentence[1]]
    return any(unit.unit_id in {u.unit_id for u in m.units} for m in first) and not any(
        u.unit_level == "tinh" for m in first for u in m.units
    )


def _lead_lower_outside(body: str, in_body: list[_Mention], province: AdminUnit) -> bool:
    """Whether the lead's first sentence names no province and only units below one whose
    every candidate lies outside the headline's ``province``: the unit the item is about is
    one the data do not hold there, and the province is only its parent."""
    sentence = _first_sentence(body)
    if sentence is None:
        return False
    first = [m for m in in_body if sentence[0] <= m.start < sentence[1]]
    if (
        province.unit_level != "tinh"
        or not first
        or any(u.unit_level == "tinh" for m in first for u in m.units)
    ):
        return False
    return all(not _inside(u, province) for m in first for u in m.units)


def _in_named(units: list[AdminUnit], provinces: set[str]) -> list[AdminUnit]:
    """The units of the provinces named: those whose province is so named, else those whose
    province after 2025 is (an undated ``xã X (TP Đà Nẵng)``: the new commune of that city)."""
    return [u for u in units if u.province in provinces] or [
        u for u in units if u.province_after_2025 in provinces
    ]


def _xa_alone(text: str) -> bool:
    """Whether ``xã`` stands alone as a type word, written with its accent (``xã hội``,
    ``xa``, ``xả`` fold alike): no name, ``hội`` or ``viên`` after it, no count or ``các``
    before it (``Chủ tịch UBND xã đã ...``, ``Trung tâm ... công xã (TP X)``)."""
    folded = fold(text)
    for m in re.finditer(r"(?<!\w)[Xx]ã(?!\w)", text):
        if _GENERIC_BEFORE_RE.search(folded, max(0, m.start() - 8), m.start()):
            continue
        rest = text[m.end() : m.end() + 8].lstrip()
        if re.match(r"(?:hội|viên)(?!\w)", rest):
            continue
        if not rest[:1].isupper() and not rest[:1].isdigit():
            return True
    return False


# the type words of a unit below a province a headline may write apart from its name
_LOWER_TYPE_WORDS = ("thị trấn", "thị xã", "xã", "phường", "huyện", "quận")
# the words before a type word that make it plural or generic (``các xã``, ``nhiều phường``)
_PLURAL_BEFORE = frozenset({"các", "những", "nhiều", "mọi", "từng", "mỗi", "100", "hai", "ba"})
_QUOTES = "\"'“”‘’«»"


def _headline_lower(title: str, province: AdminUnit, span: Span | None) -> tuple[bool, AdminUnit | None]:
    """A headline whose lead name is a province (``Lai Châu: ... ở xã đặc biệt khó khăn Tủa Sín
    Chải``, ``Đồng Nai: ... của "siêu phường" Trấn Biên``) but whose matter is one unit below it,
    its type word kept apart from its name by a few lowercase words or quotes: (True, that unit
    in the province), (True, None) when no unit of that type and name lies in it, (False, None)
    when the headline writes no such unit (the province stands)."""
    m = _HEADLINE_RE.match(title or "")
    if m is None or province.unit_level != "tinh":
        return False, None
    words = [w.strip(_QUOTES + ",.;:!?") for w in title[m.end() - 1 :].split()]
    for i in range(len(words)):
        for type_word in _LOWER_TYPE_WORDS:
            parts = type_word.split()
            if [x.lower() for x in words[i : i + len(parts)]] != parts:
                continue
            if i and words[i - 1].lower() in _PLURAL_BEFORE:
                break
            after = i + len(parts)
            if after < len(words) and words[after].lower() in ("hội", "viên"):
                break  # "xã hội", "xã viên"
            j = after
            while j < len(words) and j - after < 5 and words[j] and not words[j][:1].isupper():
                j += 1
            caps: list[str] = []
            while j < len(words) and len(caps) < 4 and words[j][:1].isupper():
                caps.append(words[j])
                j += 1
            if not caps:
                break
            # the whole capitalised run is the name ("Châu Tiến Thượng" is no "Châu Tiến")
            found = [u for u in lookup(f"{type_word} {' '.join(caps)}", on=span) if _inside(u, province)]
            return True, found[0] if len({u.unit_id or u.unit_name for u in found}) == 1 else None
    return False, None


def _lower_named(
    body: str, in_body: list[_Mention], unit: AdminUnit, span: Span | None, evidence: Counter
) -> AdminUnit | None:
    """The unit a news item is about when the lead's first sentence names ``unit`` only as the
    parent, actor, agent or portal of a unit of lower level inside it: the lower unit is the
    item's when the sentence opens on it as its subject (``Quận X có điểm số cao nhất ... do
    UBND thành phố Y công bố``, ``An Trường, xã được thành lập ...``), takes it as a genitive
    or visit (``Chủ tịch UBND tỉnh Y kiểm tra ... của xã X (tỉnh Y)``), or qualifies it by
    ``unit`` in brackets or apposition (``phường X (thành phố Z, tỉnh Y)``). Two such lower
    units, or one that cannot be resolved (named undated, gone since), give None: the parent
    is never the unit of a text that names it only as another unit's. Otherwise ``unit``."""
    sentence = _first_sentence(body)
    if sentence is None or unit.unit_level == "xa":
        return unit
    start, end = sentence
    folded = fold(body)
    lead_start = _LEAD_OPENER_RE.match(folded, start).end()
    own = [
        m for m in in_body if start <= m.start < end and any(u.unit_name == unit.unit_name for u in m.units)
    ]
    for m in own:
        typed = _TYPED_BEFORE_BRACKET_RE.search(folded, max(0, m.start - 50), m.start)
        if (
            typed
            and not re.search(r"(?<![a-z])cu\s*\(\s*$", typed.group(0))
            and not any(
                o.end <= m.start and folded[o.end : m.start].strip() in ("(", "")
                for o in in_body
                if o is not m
            )
        ):
            return None  # "xã X (tỉnh Y)" with X not found on the day: Y is only its parent
    tied: dict[frozenset, list[AdminUnit]] = {}
    tied_end = -1  # where the last tied lower unit ends: one listed after it shares its tie
    for m in in_body:
        if not start <= m.start < end or _history(m, folded, in_body) or _resident(body, folded, m):
            continue
        inner = [u for u in m.units if _inside(u, unit)]
        if not inner:
            continue
        after = _past_apposition(m, in_body, folded)
        bracketed = any(m.end <= o.start and o.end <= after for o in own)
        subject = m.start == lead_start and bool(re.match(r"\s+[a-z]", folded[after : after + 3]))
        listed = tied_end >= 0 and bool(_LISTED_AFTER_RE.fullmatch(folded, tied_end, m.start))
        if (
            listed
            or bracketed
            or subject
            or _LOWER_TIE_BEFORE_RE.search(folded, max(0, m.start - 120), m.start)
        ):
            tied.setdefault(frozenset(u.unit_id for u in inner), inner)
            tied_end = m.end
    if not tied:
        found = [u for u in _apposed_head(body, span) if _inside(u, unit)]
        return _pick(found, evidence) if found else unit
    if len(tied) > 1:
        return None
    return _before_reform(_pick(next(iter(tied.values())), evidence), unit, span)


def _before_reform(lower: AdminUnit | None, parent: AdminUnit, span: Span | None) -> AdminUnit | None:
    """A unit of the reform (valid from 1 July 2025) that an undated lead names under a parent
    of the former structure (``Phó Chủ tịch UBND tỉnh Hải Dương ... tại phường Lê Đại Hành``,
    the ward formed from three wards of that province): the text was written while the
    parent stood, before the reform took effect, so the unit's province of that day is the
    parent's. Its id and roll-up stay the reform unit's."""
    if (
        lower is None
        or span is not None
        or lower.valid_from is None
        or parent.valid_to is None
        or parent.valid_to >= lower.valid_from
    ):
        return lower
    province = parent if parent.unit_level == "tinh" else province_of(parent)
    return replace(lower, province=province.unit_name, province_id=province.unit_id)


# where ``resolve_unit`` found a document's unit, from the strongest evidence to the weakest
UNIT_SOURCES = ("header", "title", "body", "place_line", "news_headline", "news_lead", "most_named")


def resolve_unit(
    header: str | None,
    title: str | None = None,
    body: str | None = None,
    on=None,
    news: bool = False,
    why: list[str] | None = None,
) -> AdminUnit | None:
    """The unit a report is about, or None when the text leaves it ambiguous.

    In order: the issuer block of the header (``ỦY BAN NHÂN DÂN`` / ``TỈNH KIÊN GIANG``),
    the title (``... thị xã Duyên Hải quý I năm 2023``), the first reporting phrase of the
    text (``Ủy ban nhân dân tỉnh An Giang báo cáo``), a nameless reporting phrase (``Ủy ban
    nhân dân tỉnh báo cáo``) read with the place of the place-and-date line, a typed place
    line alone (``Thị xã Duyên Hải, ngày ...``), and last the unit the text names most often
    (at least twice). Inside a step the most specific unit wins; namesakes
    (``huyện Châu Thành``) are told apart by the province the header, place line, title and
    body name, weighted in that order.

    ``on`` (the issue date, else the period: a date, a (first, last) pair or a Period) keeps
    the units valid then, so that ``tỉnh An Giang`` is ``P89`` in 2024 and ``P91-2025`` in
    2026. Undated, a name whose namesakes differ only in span gives a unit without
    ``unit_id``. A news headline's lead name (``Thái Nguyên: ...``) counts as the title's.
    With ``news``, a lead whose first committee mention is the actor (``Sáng 15/10, UBND tỉnh
    Quảng Ninh tổ chức ...``, not ``... của UBND tỉnh ...``) names the unit when nothing
    before did.

    ``why``, when given, receives the evidence the unit came from (``UNIT_SOURCES``).
    """

    def found(source: str, unit: AdminUnit | None) -> AdminUnit | None:
        if unit is not None and _parent_elsewhere(unit, _apposed_parents(unit, body, in_body)):
            return None  # "xã X, huyện Y, tỉnh Z": not the namesake X the data hold elsewhere
        if unit is not None and why is not None:
            why.append(source)
        return unit

    span = as_span(on)
    header, title, body = header or "", title or "", body or ""
    issuer = _issuer_block(header, span)
    in_title = _mentions(title, span)
    headline_lead = False
    if not in_title:
        lead = _headline_units(title, span)
        if lead:
            headline_lead = True
            in_title = [_Mention(units=lead, start=0, end=0, issuer=False, reporting=False)]
    in_header = _mentions(header, span)
    in_body = _mentions(body, span)
    place = place_of_issue(header) or place_of_issue(body[:1500])
    place_units = _place_units(place, span)

    evidence: Counter = Counter()
    for m in issuer:
        _add_evidence(evidence, m.units, _W_ISSUER)
    _add_evidence(evidence, place_units, _W_PLACE)
    for m in in_title:
        _add_evidence(evidence, m.units, _W_TITLE)
    for m in in_header + in_body:
        _add_evidence(evidence, m.units, _W_TEXT)

    def units_of(mentions: list[_Mention]) -> list[AdminUnit]:
        return [u for m in mentions for u in m.units]

    def lowered(unit: AdminUnit | None) -> AdminUnit | None:
        # a unit the lead names only as another's parent, actor, agent or portal is not the item's
        return _lower_named(body, in_body, unit, span, evidence) if unit is not None else None

    headline_mentions = in_title
    if news and _listed(title, in_title, span):
        in_title = []  # "... tại phường X và Y": the headline's places, no one subject
    reporting = [m for m in in_header + in_body if m.issuer and m.reporting][:1]
    for source, step in (("header", issuer), ("title", in_title), ("body", reporting)):
        if step:
            if source == "title" and not headline_lead and _HEADLINE_RE.match(title):
                # "Nghệ An: xã miền núi X ...": a unit X of another province is no unit of the item
                led = [u for u in _headline_units(title, span) if u.unit_level == "tinh"]
                if led and not any(
                    u.unit_id == p.unit_id or _inside(u, p) for u in units_of(step) for p in led
                ):
                    return None
            picked = _pick(units_of(step), evidence)
            if not news and _parent_elsewhere(picked, in_header + in_body + in_title):
                return None  # "UBND XÃ X" of huyện Y, tỉnh Z: not the namesake X of another province
            if source == "title" and headline_lead and not issuer and picked is not None:
                # "Lai Châu: ... ở xã đặc biệt khó khăn Tủa Sín Chải": the lower unit, or none
                lower, unit = _headline_lower(title, picked, span)
                if lower:
                    return found("news_headline", unit) if unit is not None else None
                # "Cao Bằng: ..." / "Chủ tịch UBND xã X cho biết ... xã đã ...": the one unit
                # below the headline's province that the lead names and goes on with
                sole = _sole_taken_up(body, in_body, {picked.unit_name}) if news else None
                if sole is not None and _inside(sole, picked) and _opens_lead_alone(body, in_body, sole):
                    return found("news_lead", sole)
                if _lead_lower_outside(body, in_body, picked):
                    return None  # "Lạng Sơn: ..." / "xã X đã ...", X found only in another province
            return found(source, picked)

    nameless = _NAMELESS_REPORTER_RE.search(fold(header + "\n" + body))
    if nameless and place_units:
        unit_type = _TYPE_WORDS[nameless.group("type")]
        typed = [u for u in place_units if u.unit_type == unit_type]
        if not typed and unit_type in ("tỉnh", "thành phố"):
            typed = [province_of(u) for u in place_units if province_of(u).unit_type == unit_type]
        if typed:
            return found("place_line", _pick(typed, evidence))

    if place and _TYPE_HEAD_RE.match(fold(place)) and len(place_units) == 1:
        return found("place_line", place_units[0])  # only a typed place line ("Thị xã Duyên Hải, ngày ...")

    if news:
        # the headline's province, when the lead lists its lower unit among the province's
        # departments ("... ở Bạc Liêu" / "kiểm tra 4 đơn vị gồm UBND huyện X, Sở Y, Sở Z")
        scope = _headline_scope(title, body, in_body, span)
        if scope:
            return found("news_headline", _pick(scope, evidence))
        # the headline's subject, untyped, that the lead writes typed ("Vĩnh Thuận xếp loại
        # tốt ..." / "huyện Vĩnh Thuận đạt ..."), over the committee that published the news
        named = _headline_named(title, in_body)
        if named:
            return found("news_headline", _pick(named, evidence))
        if not in_title:
            taken_up = _headline_typed_later(title, body, span, evidence)
            if taken_up is not None:
                return found("news_headline", taken_up)
        folded_body = fold(body)
        # a committee written as it was ("trụ sở UBND huyện X cũ") is a place, not an actor
        actors = [m for m in in_body if m.issuer and not _history(m, folded_body, in_body)]
        if actors:
            first = actors[0]
            before = folded_body[max(0, first.start - 40) : first.start]
            before = re.sub(r"(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s*$", "", before).rstrip()
            lead_sentence = _first_sentence(body)
            # the lead's first clause: its first sentence up to a semicolon ("Sở X tỉnh Y đã kiểm
            # tra ... 12 xã; qua kiểm tra, UBND xã Z ...": Z is a detail past the lead's clause)
            lead_clause = None
            if lead_sentence is not None:
                semicolon = body.find(";", lead_sentence[0], lead_sentence[1])
                lead_clause = semicolon if semicolon >= 0 else lead_sentence[1]
            if (
                not _ACTOR_BEFORE_RE.search(before)
                and first.start < 400
                # a committee past the lead's first sentence that names another unit already
                # ("Trung tâm ... thành phố X điều chỉnh ...; ... UBND quận Y cùng ...") acts
                # in a detail, not the lead
                and not (
                    lead_clause is not None
                    and first.start >= lead_clause
                    and any(m.start < lead_clause for m in in_body)
                    and not any(
                        u.unit_id == v.unit_id
                        for m in in_body
                        if m.start < lead_clause
                        for u in m.units
                        for v in first.units
                    )
                )
                and not _central_beside(body, first)
                and not _untyped_lead_before(body, in_body, first, span)
            ):
                if _PASSIVE_AGENT_BEFORE_RE.search(before):
                    # the agent of a passive clause ("kết quả do UBND tỉnh X công bố, thành
                    # phố Y đứng đầu ..."): the lead's clause subject, when it has one, is the
                    # item's unit; else the agent is
                    subject = _lead_subject(body, _uncontrasted(body, in_body))
                    if subject:
                        return found("news_lead", _pick(subject, evidence))
                return found("news_lead", lowered(_pick(first.units, evidence)))
        named = _headline_placed(title, in_body)
        if named:
            return found("news_headline", _pick(named, evidence))
        in_lead = _uncontrasted(body, in_body)
        own_subject = _lead_subject(body, in_lead)
        subject = (
            own_subject
            or _lead_source(body, in_lead)
            or _lead_frame(body, in_lead)
            or _lead_tied(body, in_lead)
        )
        if subject:
            # "tại trụ sở xã X, ...; nơi làm việc của xã Y mới, thành lập trên cơ sở sáp nhập xã X ..."
            subject = _formed_from_subject(body, in_lead, subject) or subject
        if subject and not _untyped_rival(body, in_body, subject, span):
            if own_subject and subject == own_subject and _territory_subject(body, in_lead, subject):
                # "..., tỉnh X còn sắp xếp một số xã của huyện Y": the territory acts itself;
                # the units its predicate names are its own parts, not the item's
                return found("news_lead", _pick(subject, evidence))
            return found("news_lead", lowered(_pick(subject, evidence)))
        if subject:
            return None  # "tỉnh X dẫn đầu, tiếp theo là Y và Z": provinces ranked, untyped
        head = _apposed_head(body, span)
        if head:
            return found("news_lead", _pick(head, evidence))
        ranked = _lead_ranked(title, body, headline_mentions, in_body, span)
        if ranked:
            return found("news_lead", lowered(_pick(ranked, evidence)))

        sole = _sole_taken_up(body, in_body)
        if sole is not None:
            return found("news_lead", sole)
        hosting = _hosting_province(body, in_body)
        if hosting is not None:
            return found("news_lead", hosting)

    # each mention once: the opening lines are often passed both as header and as body
    counted = in_body if body.strip() else in_header
    counts = Counter(m.units[0].unit_id for m in counted if len(m.units) == 1)
    top = counts.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        unit = get_unit(top[0][0])
        return found("most_named", lowered(unit) if news else unit)
    return None
