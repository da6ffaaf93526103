"""Task tables of plans (the appendix of a Kế hoạch) → ``PlanTask`` records.

A plan's appendix lists its tasks in a table with a header like ``STT | TÊN NỘI DUNG CÔNG
VIỆC | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI GIAN BAN HÀNH``, group rows numbered with
roman numerals (``I`` ``LĨNH VỰC CẢI CÁCH THỂ CHẾ``) and task rows numbered ``1``, ``2``, …
The table reaches this parser in one of two shapes:

* a grid: one ``Line`` per table row with one cell per column (a PDF's ruled table, a
  tab-separated or HTML/DOCX export). Columns are found from the header row; a row without a
  number continues the previous task (a row split by a page break).
* a stream: one cell per line (a scraped web page prints every cell as its own paragraph).
  Rows are found from their number markers (``I``, ``II`` for groups, ``1``, ``2`` for
  tasks, each in sequence), and the lines between two markers are assigned to the columns in
  header order by :func:`assign_columns`, which scores each line as an agency, a time or
  task text (cells may be empty, a task may wrap over several lines).

The words that make a header cell, an agency or a time are data in ``plan_vocab.csv``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.records import Line, PlanTask
from extract.text import is_clutter
from normalize import regex_cache as rx
from parsers.sections import ROMAN

VOCAB_CSV = Path(__file__).resolve().with_name("plan_vocab.csv")

_ROMAN_MARK = re.compile(r"^(?:PHẦN\s+|Phần\s+)?([IVX]{1,5})\s*[.:]?$")
_TASK_MARK = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,3})\s*[.:)]?$")
_NUMBERING_CELL = re.compile(r"^\(?\d{1,2}\)?$")
_END = re.compile(r"^(Nơi nhận\s*:?|TM\.\s|KT\.\s|PHỤ LỤC\b|Phụ lục\s*[IVX\d]*\s*$)")
_SPACE = re.compile(r"\s+")

# The column kinds, in the order a header cell is tried against them.
HEADER_KINDS = ("stt", "coord", "lead", "time", "product", "note", "task")
FIELD_KINDS = ("task", "lead", "coord", "time", "product", "note")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, tuple[re.Pattern, ...]]:
    out: dict[str, list[re.Pattern]] = {}
    with VOCAB_CSV.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            out.setdefault(row["kind"], []).append(rx.compile(row["pattern"], re.I))
    return {k: tuple(v) for k, v in out.items()}


def clean(text: str) -> str:
    """A cell's text with whitespace (line breaks of a wrapped cell) collapsed."""
    return _SPACE.sub(" ", text or "").strip()


def header_kind(text: str) -> str | None:
    """The column kind a header cell names (``stt``, ``task``, ``lead``, ``coord``,
    ``time``, ``product``, ``note``), or None when the text is no header cell."""
    s = clean(text)
    if not s or len(s) > 80:
        return None
    vocab = _vocab()
    for kind in HEADER_KINDS:
        if any(p.search(s) for p in vocab.get("header_" + kind, ())):
            return kind
    return None


def is_agency(text: str) -> bool:
    """Whether a cell names an agency (``Sở Tư pháp``, ``Các sở, ban, ngành tỉnh``)."""
    s = clean(text)
    return bool(s) and len(s) <= 250 and any(p.search(s) for p in _vocab().get("agency", ()))


def is_timeline(text: str) -> bool:
    """Whether a cell gives a time (``2022``, ``2021-2025``, ``Hàng năm``, ``Quý I/2022``)."""
    s = clean(text).rstrip(".;")
    return bool(s) and len(s) <= 120 and any(p.fullmatch(s) for p in _vocab().get("timeline", ()))


def roman_value(text: str) -> int:
    """1 for ``I``, 2 for ``II`` … when text is a group marker; else 0."""
    m = _ROMAN_MARK.match(clean(text))
    if not m or m.group(1) not in ROMAN:
        return 0
    return ROMAN.index(m.group(1)) + 1


def task_number(text: str) -> str | None:
    """``"3"`` for a task marker ``3`` / ``3.``; None otherwise."""
    m = _TASK_MARK.match(clean(text))
    return m.group(1) if m else None


# ---------------------------------------------------------------- assigning lines to columns


def _line_score(text: str, kind: str) -> float:
    agency, time = is_agency(text), is_timeline(text)
    if kind == "task":
        score = 1.0
        if time:
            score -= 4.0
        elif agency and len(text) < 120:
            score -= 1.5
        if text.startswith(("-", "+", "•")):
            score += 1.0
        return score
    if kind in ("lead", "coord"):
        if time:
            return -3.0
        return 2.0 if agency else (-2.0 if len(text) < 200 else -3.0)
    if kind == "time":
        return 3.0 if time else -2.5
    return 0.0


_EMPTY_PENALTY = {
    "task": float("-inf"),
    "lead": -1.5,
    "coord": -0.3,
    "time": -1.0,
    "product": -0.2,
    "note": 0.0,
}


def _continues(prev: str, text: str) -> bool:
    """Whether text reads as the wrapped continuation of prev inside one cell."""
    return bool(text) and (text[0].islower() or prev.rstrip().endswith((",", ";", "và", "(", "-")))


def _block_score(texts: list[str], kind: str) -> float:
    if not texts:
        return _EMPTY_PENALTY.get(kind, 0.0)
    score = sum(_line_score(t, kind) for t in texts)
    if kind != "task":
        # An agency or a time rarely takes more than one line, unless the line wraps.
        for prev, text in zip(texts, texts[1:]):
            score += 0.5 if _continues(prev, text) else -1.0
    return score


def assign_columns(texts: list[str], kinds: list[str]) -> dict[str, str]:
    """Split the lines of one table row, in reading order, into the columns ``kinds``.

    Each column takes a contiguous run of lines (possibly none, never for ``task``); the
    split with the best score wins: agencies in agency columns, times in the time column,
    and no cell starting with a line that continues the line before it.
    """
    n, m = len(texts), len(kinds)
    if n == 0:
        return {}
    # best[c][i]: best score placing texts[:i] into kinds[:c]
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for c in range(1, m + 1):
        kind = kinds[c - 1]
        for i in range(n + 1):
            for j in range(i + 1):
                if best[c - 1][j] == neg:
                    continue
                block = texts[j:i]
                score = best[c - 1][j] + _block_score(block, kind)
                if block and j > 0 and _continues(texts[j - 1], texts[j]):
                    score -= 2.0
                if score > best[c][i]:
                    best[c][i], back[c][i] = score, j
    out: dict[str, str] = {}
    i = n
    for c in range(m, 0, -1):
        j = back[c][i]
        if i > j:
            out[kinds[c - 1]] = " ".join(texts[j:i])
        i = j
    return out


# ---------------------------------------------------------------- building tasks


@dataclass
class _Row:
    group_number: str | None
    group_title: str | None
    stt: str
    page: int | None
    texts: list[str] = field(default_factory=list)  # stream shape
    jump: bool = False  # its number skipped one
    cells: dict[str, list[str]] = field(default_factory=dict)  # grid shape


def _task(row: _Row, fields: dict[str, str]) -> PlanTask | None:
    task = clean(fields.get("task", ""))
    if not task:
        return None

    def opt(kind):
        value = clean(fields.get(kind, ""))
        return value or None

    return PlanTask(
        group_number=row.group_number,
        group_title=row.group_title,
        stt=row.stt,
        task=task,
        lead_agency=opt("lead"),
        coordinating_agencies=opt("coord"),
        timeline=opt("time"),
        page=row.page,
    )


def _next_task_ok(number: str, prev: str | None, next_text: str | None, strict: bool = False) -> bool:
    """Whether a bare number continues the task numbering (and is no page counter).

    Unless strict, a small jump (a number skipped in the document) is accepted before a
    task text."""
    if next_text is None or task_number(next_text) is not None or roman_value(next_text):
        return False
    parts = [int(p) for p in number.split(".")]
    if prev is None:
        expected_ok = parts[-1] == 1
    else:
        before = [int(p) for p in prev.split(".")]
        expected_ok = (
            (len(parts) == len(before) and parts[:-1] == before[:-1] and parts[-1] == before[-1] + 1)
            or (len(parts) == len(before) + 1 and parts[:-1] == before and parts[-1] == 1)
            or (
                len(parts) < len(before)
                and parts[:-1] == before[: len(parts) - 1]
                and parts[-1] == before[len(parts) - 1] + 1
            )
        )
    if expected_ok or strict:
        return expected_ok
    # A number was skipped in the document: accept a small jump before a task text.
    if prev is not None and len(parts) == len(prev.split(".")):
        gap = parts[-1] - int(prev.split(".")[-1])
        return (
            1 < gap <= 3 and len(next_text) > 15 and not is_agency(next_text) and not is_timeline(next_text)
        )
    return False


def _is_junk(text: str) -> bool:
    """A stray line inside or after a table: a page counter, web clutter."""
    return bool(re.fullmatch(r"(Trang\s*)?\d{1,3}(\s*/\s*\d{1,3})?", text, re.I)) or is_clutter(text)


# ---------------------------------------------------------------- stream shape


def _stream_header(items: list[tuple[str, int | None]], i: int) -> tuple[list[str], int] | None:
    """The column kinds of a one-cell-per-line header starting at items[i], and the index
    after it; None when items[i] opens no header."""
    if header_kind(items[i][0]) != "stt":
        return None
    kinds: list[str] = []
    j = i + 1
    while j < len(items) and len(kinds) < 8:
        kind = header_kind(items[j][0])
        if kind is None or kind == "stt":
            break
        if kind not in kinds:
            kinds.append(kind)
        j += 1
    if "task" in kinds and ("lead" in kinds or "time" in kinds):
        return kinds, j
    return None


def _parse_stream(items: list[tuple[str, int | None]], kinds: list[str]) -> list[PlanTask]:
    rows: list[_Row] = []
    group_number = group_title = None
    group_value = 0
    prev_stt: str | None = None
    current: _Row | None = None
    title_open = False
    i = 0
    while i < len(items):
        text, page = items[i]
        nxt = items[i + 1][0] if i + 1 < len(items) else None
        header = _stream_header(items, i)
        if header:  # the header repeated after a page break
            i = header[1]
            continue
        value = roman_value(text)
        if value and value == group_value + 1 and nxt is not None and not task_number(nxt):
            group_value, group_number = value, ROMAN[value - 1]
            group_title, title_open = None, True
            prev_stt, current = None, None
            i += 1
            continue
        number = task_number(text)
        if number is not None and _next_task_ok(number, prev_stt, nxt):
            current = _Row(
                group_number,
                group_title,
                number,
                page,
                jump=not _next_task_ok(number, prev_stt, nxt, strict=True),
            )
            rows.append(current)
            prev_stt, title_open = number, False
            i += 1
            continue
        if _is_junk(text):
            i += 1
            continue
        if title_open:
            group_title = clean(f"{group_title or ''} {text}")
        elif current is not None:
            current.texts.append(text)
        i += 1
    # A jump whose lines hold no agency and no time was a page counter, not a row.
    kept: list[_Row] = []
    for row in rows:
        if row.jump and kept and not any(is_agency(t) or is_timeline(t) for t in row.texts):
            kept[-1].texts.extend(row.texts)
        else:
            kept.append(row)
    rows = kept
    if rows:
        rows[-1].texts = _trim_tail(rows[-1].texts, kinds)
    tasks = []
    for row in rows:
        row.group_title = row.group_title or None
        task = _task(row, assign_columns(row.texts, kinds))
        if task:
            tasks.append(task)
    return tasks


def _trim_tail(texts: list[str], kinds: list[str]) -> list[str]:
    """Drop what follows the last row of a table (a repeated title link, a footer): the
    row ends at its time cell when the time is the last column."""
    if kinds and kinds[-1] == "time":
        for j in range(1, len(texts)):
            if is_timeline(texts[j]) and any(is_agency(t) for t in texts[1:j]):
                return texts[: j + 1]
    return texts


# ---------------------------------------------------------------- grid shape


def _grid_header(line: Line) -> dict[int, str] | None:
    if not line.is_row:
        return None
    cols: dict[int, str] = {}
    for idx, cell in enumerate(line.cells):
        kind = header_kind(cell.text)
        if kind and kind not in cols.values():
            cols[idx] = kind
    kinds = set(cols.values())
    if "task" in kinds and ("lead" in kinds or "time" in kinds) and ("stt" in kinds or len(kinds) >= 3):
        return cols
    return None


def _is_numbering_row(line: Line) -> bool:
    cells = [clean(c.text) for c in line.cells if clean(c.text)]
    return len(cells) >= 3 and all(_NUMBERING_CELL.match(c) for c in cells)


def _parse_grid(lines: list[Line], start: int, cols: dict[int, str]) -> tuple[list[PlanTask], int]:
    """Tasks of a grid whose header row is lines[start]; and the index after the grid."""
    stt_idx = next((i for i, k in cols.items() if k == "stt"), 0)
    field_cols = {i: k for i, k in cols.items() if k != "stt"}
    task_idx = next(i for i, k in cols.items() if k == "task")
    rows: list[_Row] = []
    group_number = group_title = None
    group_value = 0
    current: _Row | None = None
    title_row: _Row | None = None
    gap = 0
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if not line.is_row:
            text = line.plain
            if not text:
                i += 1
                continue
            if _END.match(text) or gap >= 3:
                break
            gap += 1  # a page header or footer between rows
            i += 1
            continue
        gap = 0
        if _grid_header(line) or _is_numbering_row(line):
            i += 1
            continue
        cells = [clean(c.text) for c in line.cells]

        def get(idx: int, cells: list[str] = cells) -> str:
            return cells[idx] if idx < len(cells) else ""

        stt = get(stt_idx)
        others = [c for j, c in enumerate(cells) if j != stt_idx and c]
        value = roman_value(stt)
        number = task_number(stt)
        if value and value == group_value + 1:
            group_value, group_number = value, ROMAN[value - 1]
            group_title = " ".join(others) or None
            current = None
            title_row = _Row(group_number, group_title, "", line.page)
        elif number is not None and (get(task_idx) or others):
            current = _Row(group_number, group_title, number, line.page)
            current.cells = {k: [get(j)] for j, k in field_cols.items()}
            rows.append(current)
            title_row = None
        elif not stt and others:
            if current is not None:  # a row continued after a page break
                for j, k in field_cols.items():
                    if get(j):
                        current.cells.setdefault(k, []).append(get(j))
            elif title_row is not None:
                group_title = clean(f"{group_title or ''} {' '.join(others)}")
        i += 1
    tasks = []
    for row in rows:
        fields = {k: " ".join(v) for k, v in row.cells.items()}
        task = _task(row, fields)
        if task:
            tasks.append(task)
    return tasks, i


# ---------------------------------------------------------------- entry point


def parse_plan_tasks(lines: list[Line]) -> list[PlanTask]:
    """Every task of every task table in a document (empty when it has none)."""
    tasks: list[PlanTask] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        cols = _grid_header(line)
        if cols:
            found, i = _parse_grid(lines, i, cols)
            tasks.extend(found)
            continue
        if not line.is_row and header_kind(line.plain) == "stt":
            items = [(line.plain, line.page)]
            j = i + 1
            while j < n:
                if lines[j].is_row:
                    break
                text = lines[j].plain
                if text:
                    if _END.match(text):
                        break
                    items.append((text, lines[j].page))
                j += 1
            header = _stream_header(items, 0)
            if header:
                kinds, after = header
                found = _parse_stream(items[after:], kinds)
                if found:
                    tasks.extend(found)
                    i = j
                    continue
        i += 1
    return tasks
