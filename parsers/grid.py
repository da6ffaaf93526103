"""The grid of a Biểu mẫu table: header rows, column roles, cells by role.

Every source gives the same records: a table row is a ``Line`` with one ``Cell`` per
column (empty cells kept; a text export may drop trailing empty cells). This module finds
which column holds the STT, the label, the unit, the value and the note, from the header
rows (whose wording and layout differ between reports: two-row headers, merged cells,
extra columns) or, where no header is visible, from the content of the rows.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from core.records import BBox, Cell, Line
from core.text import strip_marks
from normalize.units import is_known_unit
from parsers.stt import parse_code

ROLES = ("stt", "label", "unit", "value", "note")
# What a value column's figure is (headers.csv): the report's own period, or another one.
VALUE_KINDS = ("current", "previous", "plan", "cumulative", "comparison", "rate")
_PERIOD_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_PERIOD_PART = re.compile(r"\b(?:quý|quy)\s+(I{1,3}|IV|[1-4])\b|\b(6|9)\s+tháng\b", re.I)

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_MD = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾"
_FOOTNOTE_MARK = re.compile(f"[{_SUPERSCRIPTS}]+")
_FOOTNOTE_LINE = re.compile(f"^\\s*[{_SUPERSCRIPTS}]+\\s*\\S")
_COLUMN_INDEX = re.compile(r"\(?\s*(?:\d{1,2}|[A-Za-z])\s*\)?(?:\s*=\s*[\d()+/*x\s-]+)?")
_NUMERIC = re.compile(r"[\d.,\s%]*\d[\d.,\s%]*")
_WORD_VALUES = ("chưa", "không", "có", "x", "đạt", "hoàn thành", "đang làm", "không có")


def clean_text(text: str | None) -> str:
    """A cell's text without markup and footnote marks, whitespace collapsed, NFC."""
    if not text:
        return ""
    s = unicodedata.normalize("NFC", text)
    s = _TAG.sub(" ", s)
    s = _MD.sub("", s)
    s = _FOOTNOTE_MARK.sub("", s)
    s = s.replace("\xa0", " ")
    return " ".join(s.split())


def is_footnote_line(text: str) -> bool:
    """A footnote printed under a table: ``⁶ Văn bản quy phạm pháp luật.``"""
    return bool(_FOOTNOTE_LINE.match(text or ""))


def _header_key(text: str) -> str:
    s = clean_text(text).lower()
    s = re.sub(r"\(.*?\)", " ", s)
    # OCR strews marks between the words of a header ("Số - liệu", "Nhiệm ` vụ").
    s = re.sub(r"(?<=\w)\s+[-–~`'\u2018\u2019.,:;|_]+\s+(?=\w)", " ", s)
    return " ".join(s.strip(" .:;,-–*()[]~`'").split())


@lru_cache(maxsize=1)
def header_vocabulary() -> tuple[tuple[str, str, str], ...]:
    """The (role, match, text) rows of parsers/headers.csv."""
    path = Path(__file__).with_name("headers.csv")
    rows = []
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    for rec in csv.DictReader(lines):
        rows.append((rec["role"].strip(), rec["match"].strip(), rec["text"].strip().lower()))
    return tuple(rows)


@lru_cache(maxsize=8192)
def header_role(text: str) -> str | None:
    """The role a header cell names (stt, label, unit, value, note, group), or None."""
    key = _header_key(text)
    if not key:
        return None
    found = _match_vocabulary(key, header_vocabulary())
    if found is None:
        found = _match_vocabulary(strip_marks(key), _folded_vocabulary())
    return found if found is not None else _fuzzy_role(key)


FUZZY_HEADER = 85  # rapidfuzz ratio of a misread header word to the vocabulary's


def _squeezed(text: str) -> str:
    return re.sub(r"[^a-z0-9%]", "", strip_marks(text).lower())


@lru_cache(maxsize=1)
def _squeezed_vocabulary() -> tuple[tuple[str, str, str], ...]:
    return tuple((role, match, _squeezed(word)) for role, match, word in header_vocabulary())


def _fuzzy_role(key: str) -> str | None:
    """The role of a header cell OCR misread (``Đơnvjtính``, ``Sốliệu``, ``Đơn vịtính``):
    the words folded (no marks), spaces and stray marks dropped, and compared whole with
    the vocabulary's entries the same way (a rapidfuzz ratio of at least ``FUZZY_HEADER``).
    Short words (``STT``, ``Hồ sơ``) are left to the exact match: one letter off is
    another word there."""
    sq = _squeezed(key)
    if not 6 <= len(sq) <= 40:
        return None
    best, best_score = None, FUZZY_HEADER - 0.01
    for role, _match, word in _squeezed_vocabulary():
        if len(word) < 6 or abs(len(word) - len(sq)) > 2:
            continue
        score = fuzz.ratio(sq, word)
        if score > best_score:
            best, best_score = role, score
    return best


def _match_vocabulary(key: str, vocabulary) -> str | None:
    """The role of a whole-cell entry equal to key, else of the longest prefix entry that
    opens it (``kỳ báo cáo trước`` is an earlier period, not the group ``kỳ báo cáo``)."""
    for role, match, word in vocabulary:
        if match == "full" and key == word:
            return role
    best, best_len = None, -1
    for role, match, word in vocabulary:
        if match == "prefix" and len(word) > best_len and (key == word or key.startswith(word + " ")):
            best, best_len = role, len(word)
    if best is None and len(key.split()) >= 2:
        # A header cell wrapped onto a second line shows the start of its words
        # ("Kết quả thống" of "Kết quả thống kê"): the one entry it opens, if one role.
        roles = {role for role, _, word in vocabulary if word.startswith(key + " ")}
        if len(roles) == 1:
            best = roles.pop()
    return best


@lru_cache(maxsize=1)
def _folded_vocabulary() -> tuple[tuple[str, str, str], ...]:
    return tuple((role, match, strip_marks(word)) for role, match, word in header_vocabulary())


def is_column_index_row(line: Line) -> bool:
    """A row of column numbers under a header: ``(1) | (2) | (3)`` or ``A | B | 1 | 2``."""
    texts = [c.text.strip() for c in line.cells if c.text.strip()]
    return len(texts) >= 3 and all(_COLUMN_INDEX.fullmatch(t) for t in texts)


def is_header_row(line: Line, after_header: bool = False) -> bool:
    """Whether a row is a header row: two header words and no data; one is enough directly
    under another header row."""
    if not line.is_row:
        return False
    texts = [c.text.strip() for c in line.cells if c.text.strip()]
    if not texts:
        return False
    if after_header and is_column_index_row(line):
        return True
    roles = [header_role(t) for t in texts]
    hits = sum(1 for r in roles if r)
    if after_header and _period_subheader(line, roles, texts):
        return True
    if any(r is None and (parse_code(t) is not None or looks_numeric(t)) for r, t in zip(roles, texts)):
        return False
    return hits >= (1 if after_header else 2)


_BARE_YEAR = re.compile(r"\(?(?:năm\s+)?(20\d\d)\)?", re.I)


def _period_subheader(line: Line, roles: list, texts: list[str]) -> bool:
    """A row under a header that names only the periods of the value columns, its STT and
    label cells empty: ``| | | 2023 | 2024 | So sánh (%)`` (OCR lost the ``Năm`` of ``Năm
    2023``). Bare years there are column names, not values."""
    if any(c.text.strip() for c in line.cells[:2]):
        return False
    years = [t for t, r in zip(texts, roles) if r is None and _BARE_YEAR.fullmatch(t)]
    others = [t for t, r in zip(texts, roles) if not (r is None and _BARE_YEAR.fullmatch(t))]
    return (
        len(years) >= 1 and len(years) + len(others) >= 2 and all(header_role(t) is not None for t in others)
    )


@dataclass(frozen=True)
class ColumnRoles:
    """Which column (0-based) plays which role; None when the grid has no such column."""

    stt: int | None = None
    label: int | None = None
    unit: int | None = None
    value: int | None = None
    note: int | None = None
    width: int = 0
    from_header: bool = True
    kind: str = "current"  # what the value column's figure is
    extra: tuple[tuple[int, str], ...] = ()  # other value columns: (column, kind)

    def get(self, role: str) -> int | None:
        return getattr(self, role)

    def same_layout(self, other: ColumnRoles | None) -> bool:
        return other is not None and all(self.get(r) == other.get(r) for r in ROLES)


def align_spanned_rows(header: list[Line]) -> list[Line]:
    """Put the cells of a short lower header row under the columns the row above leaves
    open (empty, or a header spanning several columns like ``Kết quả thống kê``).

    An HTML table whose ``STT``/``Chỉ tiêu``/``Ghi chú`` cells span two rows gives its
    second header row only the cells under the spanning header (``Đơn vị tính | Số
    liệu``), starting at column 0; rows with leading empty cells are already aligned.
    """
    out = [header[0]]
    for row in header[1:]:
        above = out[-1]
        width = len(above.cells)
        open_cols = [
            c
            for c in range(width)
            if not above.cells[c].text.strip() or header_role(above.cells[c].text) == "group"
        ]
        short = len(row.cells) < width and row.cells and row.cells[0].text.strip()
        if (
            short
            and len(row.cells) <= len(open_cols)
            and header_role(row.cells[0].text) not in ("stt", "label")
        ):
            cells = [Cell("") for _ in range(width)]
            for cell_, col in zip(row.cells, open_cols):
                cells[col] = cell_
            row = Line(cells, page=row.page, bbox=row.bbox, table=row.table)
        out.append(row)
    return out


def roles_from_header(header: list[Line]) -> ColumnRoles | None:
    """Column roles from a block of header rows (top to bottom).

    Each column takes the most specific role named in it, reading from the bottom header
    row up (``Số liệu`` under ``Báo cáo ... quý III/2022`` is the value column; ``Đơn vị
    tính`` under ``Kết quả thống kê`` the unit column). A column named only by a spanning
    group header is the value column when no column is named ``Số liệu`` or the like.
    """
    if not header:
        return None
    header = align_spanned_rows(header)
    width = max(len(h.cells) for h in header)
    found: dict[str, int] = {}
    values: list[tuple[int, str | None, tuple | None]] = []  # (col, kind, period)
    groups: list[tuple[int, tuple | None]] = []
    for col in range(width):
        role = None
        group = False
        texts = [_spanning_text(row, col) for row in header]
        for ri in range(len(header) - 1, -1, -1):
            row = header[ri]
            if col >= len(row.cells):
                continue
            r = header_role(row.cells[col].text)
            if _covered_by_span(header, ri, col) or (r in _VALUE_ROLES and _spans_columns(header, ri, col)):
                r = "group"
            if r == "group":
                group = True
            elif r and role is None:
                role = r
        period = period_key(" ".join(texts))
        if role == "value" or role in VALUE_KINDS:
            values.append((col, None if role == "value" else role, period))
        elif role and role not in found:
            found[role] = col
        elif role is None and group:
            groups.append((col, period))
    if groups and not any(k in (None, "current") for _, k, _ in values):
        values = sorted(values + [(c, None, p) for c, p in groups])
    if any(c.conf is not None for h in header for c in h.cells):
        values = _ocr_periods_in_order(values)
    if "label" not in found and "stt" in found:
        rest = [
            c
            for c in range(found["stt"] + 1, width)
            if c not in found.values() and c not in {v[0] for v in values}
        ]
        if rest:
            found["label"] = rest[0]
    if not values:
        return None
    main, kinds = choose_value_column(values)
    extra = tuple((c, k) for c, k in kinds if c != main)
    return ColumnRoles(
        width=width, from_header=True, value=main, kind=dict(kinds)[main], extra=extra, **found
    )


def _ocr_periods_in_order(
    values: list[tuple[int, str | None, tuple | None]],
) -> list[tuple[int, str | None, tuple | None]]:
    """An OCR'd header's period columns (``Năm 2023 | Năm 2024``) whose years do not rise
    from left to right: one year was misread (``2023`` read ``2025``), and forms print the
    earlier period first, so the columns are ordered by position instead of by the years
    read."""
    named = [(c, p) for c, k, p in values if p is not None and k in (None, "current")]
    if len(named) < 2 or all(a[1] < b[1] for a, b in zip(named, named[1:])):
        return values
    rank = {c: (0, k) for k, (c, _) in enumerate(named)}
    return [(c, k, rank.get(c, p)) for c, k, p in values]


_VALUE_ROLES = frozenset({"value", "group"}) | frozenset(VALUE_KINDS)


def _spans_columns(header: list[Line], ri: int, col: int) -> bool:
    """A header cell written once over several sub-columns that the row below names one by
    one (``Kết quả thực hiện`` over ``Năm 2023 | Năm 2024 | So sánh``): it names a group of
    value columns, not the one column its text sits in."""
    if ri + 1 >= len(header):
        return False
    row, below = header[ri], header[ri + 1]
    if not row.cells[col].text.strip() or col + 1 >= len(row.cells):
        return False
    if row.cells[col + 1].text.strip():
        return False
    return (
        col < len(below.cells)
        and bool(below.cells[col].text.strip())
        and col + 1 < len(below.cells)
        and bool(below.cells[col + 1].text.strip())
    )


def _covered_by_span(header: list[Line], ri: int, col: int) -> bool:
    """An empty header cell under the reach of a spanning cell to its left."""
    row = header[ri]
    if row.cells[col].text.strip():
        return False
    for k in range(col - 1, -1, -1):
        if row.cells[k].text.strip():
            return header_role(row.cells[k].text) in _VALUE_ROLES and _spans_columns(header, ri, k)
    return False


def _spanning_text(row: Line, col: int) -> str:
    """A header cell's text, or, when it is empty, the text of a group header to its left
    that spans it (a merged ``Năm 2024`` cell written once)."""
    if col >= len(row.cells):
        return ""
    if row.cells[col].text.strip():
        return row.cells[col].text
    for k in range(col - 1, -1, -1):
        text = row.cells[k].text
        if text.strip():
            return text if header_role(text) == "group" else ""
    return ""


def period_key(text: str) -> tuple[int, int] | None:
    """(year, part) of the latest period a header names (``Năm 2024`` → (2024, 0), ``Quý
    III/2024`` → (2024, 3), ``9 tháng 2024`` → (2024, 9)), None when it names no year."""
    years = [int(y) for y in _PERIOD_YEAR.findall(text or "")]
    if not years:
        return None
    part = 0
    m = _PERIOD_PART.search(text or "")
    if m:
        q = m.group(1)
        part = (
            (int(q) if q.isdigit() else {"I": 1, "II": 2, "III": 3, "IV": 4}[q.upper()])
            if q
            else int(m.group(2))
        )
    return max(years), part


def choose_value_column(
    values: list[tuple[int, str | None, tuple | None]],
) -> tuple[int, list[tuple[int, str]]]:
    """The column of the report's own period among a header's value columns, and every
    value column's kind.

    A column the header names by kind keeps it (``Kỳ trước`` previous, ``Lũy kế``
    cumulative, ``Kế hoạch`` plan, ``So sánh`` comparison, ``Tỷ lệ`` rate). Columns named
    only by a period (``Năm 2023 | Năm 2024``) are ordered by it: the latest is the
    report's own, the earlier ones are previous. The current column is the first named
    ``current`` (``Kỳ này``, ``Thực hiện``, ``Trong tháng``), else the first generic one
    (``Số liệu``) of the latest period; a table with none (only ``Lũy kế``) gives its
    first value column, whose kind then says what it is.
    """
    periods = [p for _, k, p in values if p is not None and k in (None, "current")]
    latest = max(periods) if periods else None
    kinds: list[tuple[int, str]] = []
    for col, kind, period in values:
        if kind in (None, "current"):
            kind = "previous" if latest is not None and period is not None and period < latest else "current"
        kinds.append((col, kind))
    named = [c for (c, k), (_, raw, _) in zip(kinds, values) if k == "current" and raw == "current"]
    current = [c for c, k in kinds if k == "current"]
    main = (named or current or [kinds[0][0]])[0]
    out = [(c, "other" if (k == "current" and c != main) else k) for c, k in kinds]
    return main, out


def is_value_header(text: str) -> bool:
    """A value column's header word (``Số liệu``, ``Năm 2024``) that is no answer word."""
    t = clean_text(text).lower()
    return t not in _WORD_VALUES and header_role(t) in ("value", "group")


def looks_numeric(text: str) -> bool:
    """A value-like cell: digits with separators or a percent sign."""
    return bool(_NUMERIC.fullmatch(text.strip())) if text and text.strip() else False


def _column_texts(rows: list[Line], col: int) -> list[str]:
    return [r.cells[col].text.strip() for r in rows if col < len(r.cells) and r.cells[col].text.strip()]


def roles_from_content(rows: list[Line]) -> ColumnRoles | None:
    """Column roles guessed from data rows without a header: the STT column holds codes,
    the value column numbers or coded words, the unit column short words, the label
    column the longest texts, a text column right of the value the note."""
    rows = [r for r in rows if r.is_row]
    if not rows:
        return None
    width = max(len(r.cells) for r in rows)
    stats = []
    for col in range(width):
        texts = _column_texts(rows, col)
        n = len(texts)
        if not n:
            stats.append((col, 0, 0.0, 0.0, 0.0))
            continue
        codes = sum(1 for t in texts if parse_code(t) is not None) / n
        nums = sum(1 for t in texts if looks_numeric(t) or t.lower() in _WORD_VALUES) / n
        avg = sum(len(t) for t in texts) / n
        stats.append((col, n, codes, nums, avg))
    used: set[int] = set()
    stt = next((c for c, n, codes, _, _ in stats if n and codes >= 0.6), None)
    if stt is not None:
        used.add(stt)
    label_cands = [s for s in stats if s[0] not in used and s[1]]
    label = max(label_cands, key=lambda s: s[4])[0] if label_cands else None
    if label is not None:
        used.add(label)
    value_cands = [s for s in stats if s[0] not in used and s[1] and s[3] >= 0.6]
    value = value_cands[0][0] if value_cands else None
    if value is None:
        return None
    used.add(value)
    unit_cands = [
        s for s in stats if s[0] not in used and s[1] and s[3] < 0.5 and s[4] <= 30 and s[0] < value
    ]
    unit = unit_cands[-1][0] if unit_cands else None
    if unit is not None:
        used.add(unit)
    note_cands = [s for s in stats if s[0] not in used and s[1] and s[0] > value]
    note = note_cands[0][0] if note_cands else None
    return ColumnRoles(
        stt=stt, label=label, unit=unit, value=value, note=note, width=width, from_header=False
    )


@lru_cache(maxsize=8192)
def is_unit_word(text: str) -> bool:
    """A measure unit written alone (``Người``, ``Triệu đồng``, ``%``, ``Hồ sơ``, ``TTHC``):
    never a value."""

    t = clean_text(text)
    return bool(t) and not any(ch.isdigit() for ch in t) and is_known_unit(t)


def _unit_share(rows: list[Line], col: int | None) -> tuple[float, int]:
    if col is None:
        return 0.0, 0
    texts = _column_texts(rows, col)
    if not texts:
        return 0.0, 0
    return sum(1 for t in texts if is_unit_word(t)) / len(texts), len(texts)


def unit_column_from_content(roles: ColumnRoles, rows: list[Line]) -> ColumnRoles:
    """The roles with the unit column set by content: a column whose cells are mostly unit
    words is the unit column whatever its header says. The column it replaces takes the
    role it had (a swapped ``Số liệu | ĐVT``), or, when it had none, the unit role is
    simply moved."""
    rows = [r for r in rows if r.is_row]
    if not rows:
        return roles
    share, n = _unit_share(rows, roles.unit)
    if roles.unit is not None and share >= 0.5:
        return roles
    best, best_share = None, 0.0
    for col in range(max(len(r.cells) for r in rows)):
        if col in (roles.unit, roles.stt, roles.label):
            continue
        s, k = _unit_share(rows, col)
        if k >= 2 and s >= 0.6 and s > best_share:
            best, best_share = col, s
    if best is None:
        return roles
    old = roles.unit
    fields = {r: roles.get(r) for r in ROLES}
    extra = tuple((c, k) for c, k in roles.extra if c != best)
    kind = roles.kind
    if best == roles.value:
        fields["value"] = old
        if old is None:
            # Two columns under one spanning header whose lower row was lost: the one of
            # unit words is the unit, the next value column the value.
            nxt = next(((c, k) for c, k in extra if k in ("other", "current")), None)
            if nxt is None:  # the only value column held units: nothing to read
                return roles
            fields["value"], kind = nxt[0], "current"
            extra = tuple(e for e in extra if e != nxt)
    elif best == roles.note:
        fields["note"] = old
    elif any(c == best for c, _ in roles.extra) and old is not None:
        extra = extra + ((old, dict(roles.extra)[best]),)
    fields["unit"] = best
    return ColumnRoles(width=roles.width, from_header=roles.from_header, kind=kind, extra=extra, **fields)


def complete_from_content(roles: ColumnRoles, rows: list[Line]) -> ColumnRoles:
    """Header roles with the STT and label columns the header does not name (a header row
    cut by a page break, ``kê | Đơn vị tính | Số liệu``) taken from the rows' content."""
    if roles.stt is not None and roles.label is not None:
        return roles
    content = roles_from_content(rows)
    if content is None:
        return roles
    fields = {r: roles.get(r) for r in ROLES}
    used = {c for c in fields.values() if c is not None} | {c for c, _ in roles.extra}
    for role in ("stt", "label"):
        col = content.get(role)
        if fields[role] is None and col is not None and col not in used:
            fields[role] = col
            used.add(col)
    return ColumnRoles(
        width=roles.width, from_header=roles.from_header, kind=roles.kind, extra=roles.extra, **fields
    )


def fits(roles: ColumnRoles, rows: list[Line]) -> bool:
    """Whether headerless rows fit a known layout: no wider than it, and with codes (or
    nothing) in its STT column."""
    rows = [r for r in rows if r.is_row]
    if not rows or max(len(r.cells) for r in rows) > max(roles.width, 1):
        return False
    if roles.stt is None:
        return True
    texts = _column_texts(rows, roles.stt)
    return not texts or sum(1 for t in texts if parse_code(t) is not None) >= 0.6 * len(texts)


def cell(line: Line, col: int | None) -> Cell | None:
    """The cell of a row at a column, None when the column is absent."""
    if col is None or col >= len(line.cells):
        return None
    return line.cells[col]


def cell_text(line: Line, col: int | None) -> str:
    c = cell(line, col)
    return c.text.strip() if c is not None else ""


def union_bbox(boxes: Iterable[BBox | None]) -> BBox | None:
    """The smallest box holding all the given boxes; None when none is known."""
    known = [b for b in boxes if b is not None]
    if not known:
        return None
    return (
        min(b[0] for b in known),
        min(b[1] for b in known),
        max(b[2] for b in known),
        max(b[3] for b in known),
    )


def row_bbox(line: Line) -> BBox | None:
    """A row's box: the union of its cell boxes, else the line's own box."""
    return union_bbox(c.bbox for c in line.cells) or line.bbox
