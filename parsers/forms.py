"""Biểu mẫu tables → one Observation per data row, for every source.

``parse_forms(lines)`` reads the lines of a whole document (text-export rows, PDF ruled-table
rows, OCR'd rows: the same ``Line`` records) and returns the rows of the statistical forms
(Biểu mẫu 1–7) as raw observations: form, full STT path, label, unit, value as read, note,
page, bbox, confidence and flags. Numbers are not parsed here.

The steps, each a small function: find form headings (``Biểu mẫu N``) and appendix blocks;
walk the lines keeping the current form and column roles (``parsers.grid``); turn each data
row into a raw row, joining continuation rows (a note or label cut by a page break) to the
row above; decide the form of table parts whose heading was lost (roman group rows, a
restart of the numbering, catalog labels); give every row its full path (``parsers.stt``).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from rapidfuzz import fuzz, process

from core.records import BBox, Line, Observation
from parsers import grid
from parsers.grid import ColumnRoles
from parsers.stt import SttRow, parse_code, resolve_paths, roman_to_int, split_leading_code

CATALOG_PATH = Path(__file__).resolve().parents[1] / "normalize" / "reference" / "catalog.csv"
LOW_OCR_CONFIDENCE = 0.6
_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII")

_HEADING = re.compile(
    r"^\s*bieu\s+(?:mau(?:\s+so)?|so)\s*[:.]?\s*0?([1-7]|I{1,3}|IV|VI{0,2})"
    r"(?![\d.,]\d)\s*[.:\-–—)]?\s*(.*)$", re.I)
_APPENDIX = re.compile(r"^\s*phụ\s+lục\b\s*(.{0,40})$", re.I)
_PERIOD = re.compile(r"^\s*(?:thời\s+gian|kỳ\s+báo\s+cáo)\s*[:：]\s*(.+)$", re.I)


@dataclass
class FormBlock:
    """One form of a document: its number, title, first page and line, and the appendix
    (``PHỤ LỤC II``) and period line (``Thời gian: Quý I năm 2023``) it sits under."""

    form: int
    title: Optional[str]
    page: Optional[int]
    line_index: int
    appendix: Optional[str] = None
    period_text: Optional[str] = None


def _solo_text(line: Line) -> Optional[str]:
    """The text of a line that is running text: a one-cell line, or a row whose only
    non-empty cell is the first and holds no STT code (a heading or title cut as a row)."""
    if not line.is_row:
        return grid.clean_text(line.cells[0].text) if line.cells else ""
    filled = [(i, c.text.strip()) for i, c in enumerate(line.cells) if c.text.strip()]
    if len(filled) == 1 and filled[0][0] == 0:
        text = filled[0][1]
        if parse_code(text) is None and split_leading_code(text)[0] is None:
            return grid.clean_text(text)
    return None


@lru_cache(maxsize=4096)
def _plain_letter(ch: str) -> str:
    return "d" if ch == "đ" else "D" if ch == "Đ" else unicodedata.normalize("NFD", ch)[0]


def _plain_letters(text: str) -> str:
    """The text with its Vietnamese letters stripped of marks, one character per character."""
    return "".join(map(_plain_letter, text))


def match_heading(line: Line) -> Optional[tuple[int, str]]:
    """(form number, title on the same line) for a ``Biểu mẫu N`` heading, else None."""
    text = _solo_text(line)
    if not text:
        return None
    # Matched without tone marks, so that an OCR'd "Biếu mẫu 1" is still a heading; the
    # title is cut from the original text (the same length: one mark per letter).
    m = _HEADING.match(_plain_letters(text))
    if not m or len(m.group(2)) > 150:
        return None
    title = text[m.start(2):]
    num = m.group(1)
    form = int(num) if num.isdigit() else roman_to_int(num.upper())
    if not form or not 1 <= form <= 7:
        return None
    return form, title.strip(" .:-–")


def _is_title_text(text: str) -> bool:
    return bool(text) and len(text) <= 200 and not grid.is_footnote_line(text) \
        and not _PERIOD.match(text) and not _APPENDIX.match(text)


def parse_form_blocks(lines: list[Line]) -> list[FormBlock]:
    """The forms of a document in order: number, title (same line or the next text line),
    first page, line index, and the appendix and period line they sit under."""
    blocks: list[FormBlock] = []
    appendix: Optional[str] = None
    period: Optional[str] = None
    waiting: Optional[FormBlock] = None
    for i, line in enumerate(lines):
        head = match_heading(line)
        if head:
            block = FormBlock(head[0], head[1] or None, line.page, i, appendix, period)
            blocks.append(block)
            waiting = None if head[1] else block
            continue
        text = _solo_text(line)
        if text is None:
            if line.is_row and any(c.text.strip() for c in line.cells):
                waiting = None
            continue
        if not text:
            continue
        m = _APPENDIX.match(text)
        if m:
            appendix, period, waiting = text, None, None
            continue
        m = _PERIOD.match(text)
        if m and appendix is not None:
            period = m.group(1).strip()
            continue
        if waiting is not None:
            if _is_title_text(text):
                waiting.title = text
            waiting = None
    return blocks


# --------------------------------------------------------------------------- catalog


def _norm_label(text: str) -> str:
    s = unicodedata.normalize("NFC", grid.clean_text(text)).lower()
    s = re.sub(r"[^\w%]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class FormCatalog:
    """The template rows used as evidence: labels by form, and by (form, path)."""

    by_form: dict = field(default_factory=dict)      # form -> tuple of normalized labels
    by_code: dict = field(default_factory=dict)      # (form, "2.2.1") -> tuple of labels

    def form_score(self, form: int, label: str) -> Optional[float]:
        """Best 0–100 similarity of a label to the template rows of a form."""
        choices = self.by_form.get(form)
        key = _norm_label(label)
        if not choices or len(key) < 8:
            return None
        best = process.extractOne(key, choices, scorer=fuzz.ratio)
        return float(best[1]) if best else None

    def code_score(self, form: int, path: str, label: str) -> Optional[float]:
        """0–100 similarity of a label to the template row at (form, path); None if none."""
        labels = self.by_code.get((form, path))
        key = _norm_label(label)
        if not labels or not key:
            return None
        return max(fuzz.ratio(key, lab) for lab in labels)


def load_catalog(path: Path = CATALOG_PATH) -> Optional[FormCatalog]:
    """The catalog at path (columns form, code, label, optional aliases split on ``|``),
    or None when the file is absent."""
    return _load_catalog(str(path))


@lru_cache(maxsize=4)
def _load_catalog(path: str) -> Optional[FormCatalog]:
    p = Path(path)
    if not p.is_file():
        return None
    by_form: dict[int, list[str]] = {}
    by_code: dict[tuple[int, str], list[str]] = {}
    with p.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            try:
                form = int(str(rec.get("form", "")).strip())
            except ValueError:
                continue
            code = str(rec.get("code") or "").strip().rstrip(".")
            labels = [rec.get("label") or ""]
            labels += [a for a in str(rec.get("aliases") or "").split("|") if a.strip()]
            for lab in labels:
                key = _norm_label(lab)
                if key:
                    by_form.setdefault(form, []).append(key)
                    by_code.setdefault((form, code), []).append(key)
    return FormCatalog({f: tuple(v) for f, v in by_form.items()},
                       {k: tuple(v) for k, v in by_code.items()})


# --------------------------------------------------------------------------- rows


@dataclass
class RawRow:
    """One data row read from the grid, before paths are resolved."""

    index: int
    printed: str
    label: str
    unit: str
    value: Optional[str]
    note: str
    page: Optional[int]
    bbox: Optional[BBox]
    confidence: float
    ocr: bool
    form: Optional[int]
    source: str             # heading, roman, inherited, none
    segment: int
    flags: list[str] = field(default_factory=list)
    stt_hint: Optional[str] = None   # the code to use instead of a misread one


def _join(a: str, b: str) -> str:
    a, b = a.strip(), b.strip()
    return f"{a} {b}" if a and b else a or b


def _row_confidence(line: Line, roles: ColumnRoles) -> tuple[float, bool]:
    """1.0 for text; for OCR cells the value cell's confidence (else the lowest of the row)."""
    confs = [c.conf for c in line.cells if c.conf is not None]
    if not confs:
        return 1.0, False
    vcell = grid.cell(line, roles.value)
    if vcell is not None and vcell.conf is not None and vcell.text.strip():
        return float(vcell.conf), True
    return float(min(confs)), True


def _read_cells(line: Line, roles: ColumnRoles) -> tuple[str, str, str, Optional[str], str]:
    """(printed STT, label, unit, value, note) of a row, with a code merged into the label
    or a label merged into the STT cell taken apart."""
    stt = grid.cell_text(line, roles.stt)
    label = grid.clean_text(grid.cell_text(line, roles.label))
    unit = grid.clean_text(grid.cell_text(line, roles.unit))
    value = grid.cell_text(line, roles.value) or None
    note = grid.clean_text(grid.cell_text(line, roles.note))
    if stt and parse_code(stt) is None and not _code_like(stt):
        code, rest = split_leading_code(grid.clean_text(stt))
        if code:
            stt, label = code, _join(rest, label)
        else:
            stt, label = "", _join(grid.clean_text(stt), label)
    if not stt and label:
        code, rest = split_leading_code(label)
        # Only a dotted or roman code: "2 cấp ..." in a wrapped label is no STT.
        if code and ("." in code or parse_code(code).kind == "roman"):
            stt, label = code, rest
    return stt.strip(), label, unit, value, note


def _code_like(text: str) -> bool:
    """An unreadable STT cell that is still a code: digits and marks, no letters
    (``+41``, ``3.3 .``), as OCR gives them."""
    t = text.strip()
    return len(t) <= 10 and any(c.isdigit() for c in t) and not any(c.isalpha() for c in t)


def _absorb(last: RawRow, line: Line, roles: ColumnRoles, label: str, unit: str,
            value: Optional[str], note: str) -> bool:
    """Join a row without STT to the row above when it continues it; True if joined.

    Without a value it is a continuation: a label wrapped onto a row of its own, or the
    rest of a note (or unit) carried over a page break. With a value it completes a
    wrapped row whose unit and value sit on its last line, when the row above has neither
    and the text reads as the rest of its sentence.
    """
    if value is None:
        if not (label or unit or note):
            return False
        last.label = _join(last.label, label)
        last.unit = _join(last.unit, unit)
        last.note = _join(last.note, note)
        if last.page == line.page:
            last.bbox = grid.union_bbox([last.bbox, grid.row_bbox(line)])
        return True
    if last.value is None and not last.unit and last.page == line.page and _continues(label):
        last.label = _join(last.label, label)
        last.unit, last.value = unit, value
        last.note = _join(last.note, note)
        last.bbox = grid.union_bbox([last.bbox, grid.row_bbox(line)])
        last.confidence, last.ocr = _row_confidence(line, roles)
        return True
    return False


def _continues(label: str) -> bool:
    """Whether label text reads as the rest of a sentence (lowercase or bracket start)."""
    first = label.strip()[:1]
    return not first or first.islower() or first in "(,;-–"


def _header_end(lines: list[Line], start: int) -> int:
    """The index after the header block that begins at start (header rows, column-number
    rows)."""
    j = start + 1
    while j < len(lines) and lines[j].plain and grid.is_header_row(lines[j], after_header=True):
        j += 1
    return j


def _block_rows(lines: list[Line], start: int) -> list[Line]:
    """The table rows from start up to the next running-text line or header row."""
    out = []
    for line in lines[start:]:
        if not line.plain:
            continue
        if _solo_text(line) is not None or grid.is_header_row(line):
            break
        out.append(line)
    return out


def romans_number_forms(lines: list[Line]) -> Optional[bool]:
    """Whether the document numbers its group rows by form (``I`` under Biểu mẫu 1, ``II``
    under Biểu mẫu 2 ...): the first roman row under each heading agrees with it more
    often than not. None when no heading has a roman row under it."""
    agree = disagree = 0
    form, looking = None, False
    for line in lines:
        head = match_heading(line)
        if head:
            form, looking = head[0], True
            continue
        if not looking or not line.is_row:
            continue
        for c in line.cells[:2]:
            code = parse_code(c.text)
            if code is not None:
                if code.kind == "roman":
                    agree += roman_to_int(code.roman) == form
                    disagree += roman_to_int(code.roman) != form
                looking = False
                break
    if not agree and not disagree:
        return None
    return agree > disagree


def _next_printed(lines: list[Line], start: int, roles: ColumnRoles) -> Optional[str]:
    """The printed STT of the next table row from ``start`` (None when text comes first)."""
    for line in lines[start:start + 8]:
        text = line.plain
        if not text or (not line.is_row and text.strip().isdigit()):   # a page number
            continue
        if not line.is_row:
            return None
        if grid.is_header_row(line) or grid.is_header_row(line, after_header=True):
            continue                                                   # repeated after a break
        return _read_cells(line, roles)[0].strip() or None
    return None


def read_rows(lines: list[Line]) -> list[RawRow]:
    """Walk a document's lines and return its form rows in order, continuation rows
    joined to the row above, each with the form its heading (or roman row) gives.

    A new table part (segment) starts after a heading, a header row, a page or table
    change, or running text; its source says where its form came from: ``heading`` (read
    right under a ``Biểu mẫu`` heading), ``roman`` (a group row ``III`` changed it),
    ``inherited`` (carried over a break) or ``none``.
    """
    rows: list[RawRow] = []
    form: Optional[int] = None
    fresh_heading = False       # a heading was read and no row yet under it
    romans_are_forms = romans_number_forms(lines)
    seg_source = "none"
    pending_source: Optional[str] = None
    roles: Optional[ColumnRoles] = None
    skip_grid = False           # under a header that is not a statistical form's
    form_like = False           # the layout has an STT or label column and a unit column
    segment = 0
    new_segment = True
    check_block = True
    last: Optional[RawRow] = None
    prev_page = prev_table = None
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.page is not None and prev_page is not None and line.page != prev_page:
            new_segment = check_block = True
        if line.table is not None and prev_table is not None and line.table != prev_table:
            new_segment = check_block = True
        prev_page = line.page if line.page is not None else prev_page
        prev_table = line.table if line.table is not None else prev_table
        if not line.plain:
            i += 1
            continue
        head = match_heading(line)
        if head:
            form, fresh_heading = head[0], True
            skip_grid, new_segment, check_block = False, True, True
            i += 1
            continue
        text = _solo_text(line)
        if text is not None:
            if not grid.is_footnote_line(text):
                new_segment = check_block = True
            i += 1
            continue
        if grid.is_header_row(line):
            j = _header_end(lines, i)
            found = grid.roles_from_header(lines[i:j])
            skip_grid = found is None
            if found is not None:
                roles = found
                form_like = found.unit is not None or found.label is not None
            new_segment, check_block = True, False
            i = j
            continue
        if skip_grid:
            i += 1
            continue
        if check_block:
            block = _block_rows(lines, i)
            if roles is None or not grid.fits(roles, block):
                roles = grid.roles_from_content(block)
                form_like = roles is not None and roles.unit is not None and roles.stt is not None
            check_block = False
        if roles is None or (form is None and not form_like):
            i += 1
            continue
        printed, label, unit, value, note = _read_cells(line, roles)
        if not printed:
            if last is not None and _absorb(last, line, roles, label, unit, value, note):
                i += 1
                continue
            if value is None and not label:
                i += 1
                continue
        conf, ocr = _row_confidence(line, roles)
        hint = None
        code = parse_code(printed)
        if (ocr and fresh_heading and form is not None and code is not None and code.kind != "roman"
                and printed.strip(" .") in ("1", "l", "|") and not unit and value is None
                and _next_printed(lines, i + 1, roles) in ("1", "1.")):
            # Two rows numbered 1 at the top of a form: OCR read the group row's "I" as "1".
            hint, code = _ROMANS[form], parse_code(_ROMANS[form])
        if code is not None and code.kind == "roman":
            rv = roman_to_int(code.roman)
            if rv and 1 <= rv <= 7 and ocr and fresh_heading and romans_are_forms \
                    and form is not None and rv != form:
                # This document numbers its group rows by form: an OCR'd "VI" under
                # "Biểu mẫu 7" is a misread "VII".
                hint, rv = _ROMANS[form], form
            if rv and 1 <= rv <= 7:
                if fresh_heading and romans_are_forms is None:
                    # The first group row under a heading tells whether this document
                    # numbers its group rows by form (I..VII) or within each form.
                    romans_are_forms = rv == form
                if form is None or (romans_are_forms and rv != form and not fresh_heading):
                    form, romans_are_forms = rv, True
                    pending_source, new_segment, fresh_heading = "roman", True, False
        if new_segment:
            segment += 1
            new_segment = False
            if fresh_heading:
                seg_source = "heading"
            else:
                seg_source = pending_source or ("inherited" if form is not None else "none")
            pending_source = None
            fresh_heading = False
        row = RawRow(i, printed, label, unit, value, note, line.page, grid.row_bbox(line),
                     conf, ocr, form, seg_source, segment, stt_hint=hint)
        if not printed:
            row.flags.append("stt_missing")
        rows.append(row)
        last = row
        i += 1
    return rows


# --------------------------------------------------------------------------- forms


def _segments(rows: list[RawRow]) -> list[list[RawRow]]:
    out: list[list[RawRow]] = []
    for row in rows:
        if out and out[-1][0].segment == row.segment:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _segment_score(catalog: FormCatalog, seg: list[RawRow], form: int) -> Optional[float]:
    scores = [s for s in (catalog.form_score(form, r.label) for r in seg) if s is not None]
    return sum(scores) / len(scores) if scores else None


def _restarts(prev: list[RawRow], seg: list[RawRow]) -> bool:
    """Whether a table part restarts the numbering of the part before it (``1.1`` after
    ``3.4.2``, or ``1`` followed by ``1.1``): a sign that a new form began."""
    prev_codes = [parse_code(r.printed) for r in prev]
    prev_heads = [c.parts[0] for c in prev_codes if c is not None and c.kind == "num"]
    codes = [parse_code(r.printed) for r in seg]
    nums = [c for c in codes if c is not None and c.kind == "num"]
    if not prev_heads or not nums:
        return False
    first = nums[0]
    if len(first.parts) > 1:
        return first.parts[0] < prev_heads[-1]
    return first.parts == (1,) and len(nums) > 1 and nums[1].parts[:1] == (1,) \
        and len(nums[1].parts) > 1 and prev_heads[-1] > 1


def assign_forms(rows: list[RawRow], catalog: Optional[FormCatalog]) -> list[RawRow]:
    """Decide the form of table parts whose heading was lost; flag them ``form_inferred``.

    A part read after a page break without a heading keeps the form above unless the
    evidence says a later form began: its labels match a later form's template rows far
    better (catalog), or, without catalog evidence, its numbering restarts. A roman group
    row that changed the form flags its part and the parts carried on from it. Parts with
    no form at all take the form their labels match, or are dropped.
    """
    carried: Optional[int] = None      # an inferred form carried over page breaks
    prev: list[RawRow] = []
    for seg in _segments(rows):
        src = seg[0].source
        if src == "heading":
            carried = None
        elif src == "roman":
            carried = seg[0].form
            _set_form(seg, seg[0].form)
        else:
            cur = carried if carried is not None else seg[0].form
            new = _later_form(catalog, seg, cur)
            if new is None and prev and cur and prev[-1].form == cur and _restarts(prev, seg):
                base = _segment_score(catalog, seg, cur) if catalog is not None else None
                if base is None or base < 75:
                    new = min(cur + 1, 7)
            if new is not None:
                carried = new
            if carried is not None:
                _set_form(seg, carried)
        prev = seg
    return [r for r in rows if r.form is not None]


def _set_form(seg: list[RawRow], form: Optional[int]) -> None:
    for r in seg:
        r.form = form
        if form is not None and "form_inferred" not in r.flags:
            r.flags.append("form_inferred")


def _later_form(catalog: Optional[FormCatalog], seg: list[RawRow],
                cur: Optional[int]) -> Optional[int]:
    """A later form (any form when cur is None) whose template labels this part matches
    far better than the current form's; None when the evidence is not clear."""
    if catalog is None:
        return None
    base = _segment_score(catalog, seg, cur) if cur else None
    best, best_score = None, None
    for f in range((cur + 1) if cur else 1, 8):
        s = _segment_score(catalog, seg, f)
        if s is not None and (best_score is None or s > best_score):
            best, best_score = f, s
    if best is None or best_score < 75 or (base is not None and best_score - base < 15):
        return None
    return best


# --------------------------------------------------------------------------- paths


def _runs(rows: list[RawRow]) -> list[list[RawRow]]:
    out: list[list[RawRow]] = []
    for row in rows:
        if out and out[-1][-1].form == row.form:
            out[-1].append(row)
        else:
            out.append([row])
    return out


_DEFAULT = object()


def parse_forms(lines: list[Line], catalog=_DEFAULT) -> list[Observation]:
    """One Observation per data row of the document's Biểu mẫu tables (group rows
    included, with value_raw None), in document order.

    ``catalog`` is a ``FormCatalog`` used as evidence for lost headings and local
    numbering; by default normalize/reference/catalog.csv when present; None for none.
    """
    if catalog is _DEFAULT:
        catalog = load_catalog()
    rows = assign_forms(read_rows(lines), catalog)
    out: list[Observation] = []
    for run in _runs(rows):
        form = run[0].form
        score = None
        if catalog is not None:
            def score(path, label, _form=form):
                return catalog.code_score(_form, ".".join(str(p) for p in path), label)
        paths = resolve_paths([SttRow(r.stt_hint or r.printed or None, r.label, r.unit,
                                      r.value is not None, r.ocr) for r in run], score)
        for row, (path, inferred) in zip(run, paths):
            flags = list(dict.fromkeys(row.flags))
            if inferred or row.stt_hint:
                flags.append("stt_inferred")
            if row.ocr and row.confidence < LOW_OCR_CONFIDENCE:
                flags.append("low_ocr_confidence")
            out.append(Observation(
                form=form, stt=path, label=row.label, measure_unit=row.unit or None,
                value_raw=row.value, note=row.note or None, origin="table", page=row.page,
                bbox=row.bbox, confidence=row.confidence, printed_stt=row.printed or None,
                flags=flags, seq=len(out)))
    return out
