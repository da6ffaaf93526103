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

from rapidfuzz import fuzz, process

from core.records import BBox, Line, Observation, Origin
from core.text import plain_letters
from extract.options import ExtractOptions
from normalize.catalog import CATALOG_PATH, read_catalog
from normalize.labels import normalize_label
from parsers import grid
from parsers.grid import ColumnRoles
from parsers.stt import (
    SttRow,
    form_roman,
    misread_group_one,
    parse_code,
    repair_form_roman,
    resolve_paths,
    roman_to_int,
    split_leading_code,
)

TITLES_PATH = CATALOG_PATH.with_name("form_titles.csv")
# the row flag's threshold is the one OCR reads again below (one setting, ExtractOptions)
LOW_OCR_CONFIDENCE = ExtractOptions.low_confidence

_HEADING = re.compile(
    r"^\s*bieu\s+(?:mau(?:\s+so)?|so)\s*[:.]?\s*0?([1-7]|I{1,3}|IV|VI{0,2})"
    r"(?![\d.,]\d)\s*[.:\-–—)]?\s*(.*)$",
    re.I,
)
_APPENDIX = re.compile(r"^\s*phụ\s+lục\b\s*(.{0,40})$", re.I)
_PERIOD = re.compile(r"^\s*(?:thời\s+gian|kỳ\s+báo\s+cáo)\s*[:：]\s*(.+)$", re.I)


@dataclass
class FormBlock:
    """One form of a document: its number, title, first page and line, and the appendix
    (``PHỤ LỤC II``) and period line (``Thời gian: Quý I năm 2023``) it sits under."""

    form: int
    title: str | None
    page: int | None
    line_index: int
    appendix: str | None = None
    period_text: str | None = None


def _solo_text(line: Line) -> str | None:
    """The text of a line that is running text: a one-cell line, or a row whose only
    non-empty cell is the first and holds no STT code (a heading or title cut as a row;
    a merged title cell a spreadsheet reader copied into every column counts as one)."""
    if not line.is_row:
        return grid.clean_text(line.cells[0].text) if line.cells else ""
    filled = [(i, c.text.strip()) for i, c in enumerate(line.cells) if c.text.strip()]
    if len(filled) > 1 and len({t for _, t in filled}) == 1 and len(filled[0][1]) > 3:
        filled = filled[:1]  # a title cell merged across the row, expanded into each
    if len(filled) == 1 and filled[0][0] == 0:
        text = filled[0][1]
        if parse_code(text) is None and split_leading_code(text)[0] is None:
            return grid.clean_text(text)
    return None


def match_heading(line: Line) -> tuple[int, str] | None:
    """(form number, title on the same line) for a ``Biểu mẫu N`` heading, else None."""
    text = _solo_text(line)
    if not text:
        return None
    # Matched without tone marks, so that an OCR'd "Biếu mẫu 1" is still a heading; the
    # title is cut from the original text (the same length: one mark per letter).
    m = _HEADING.match(plain_letters(text))
    if not m or len(m.group(2)) > 150:
        return None
    title = text[m.start(2) :]
    num = m.group(1)
    form = int(num) if num.isdigit() else roman_to_int(num.upper())
    if not form or not 1 <= form <= 7:
        return None
    return form, title.strip(" .:-–")


def _is_title_text(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= 200
        and not grid.is_footnote_line(text)
        and not _PERIOD.match(text)
        and not _APPENDIX.match(text)
    )


def parse_form_blocks(lines: list[Line]) -> list[FormBlock]:
    """The forms of a document in order: number, title (same line or the next text line),
    first page, line index, and the appendix and period line they sit under."""
    blocks: list[FormBlock] = []
    appendix: str | None = None
    period: str | None = None
    waiting: FormBlock | None = None
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


@lru_cache(maxsize=8192)
def _expanded(text: str) -> str:
    """A label normalized for matching with its abbreviations written out."""
    return _norm_label(normalize_label(grid.clean_text(text)))


def _norm_label(text: str) -> str:
    s = unicodedata.normalize("NFC", grid.clean_text(text)).lower()
    s = re.sub(r"[^\w%]+", " ", s)
    return " ".join(s.split())


@dataclass(frozen=True)
class FormCatalog:
    """The template rows used as evidence: labels by form, and by (form, path)."""

    by_form: dict = field(default_factory=dict)  # form -> tuple of normalized labels
    by_code: dict = field(default_factory=dict)  # (form, "2.2.1") -> tuple of labels
    titles: dict = field(default_factory=dict)  # form -> tuple of normalized titles

    def title_score(self, form: int, title: str) -> float | None:
        """0–100 similarity of a group row's title to the printed titles of a form."""
        choices = self.titles.get(form)
        key = _expanded(title)
        if not choices or len(key) < 6:
            return None
        return max(
            max(fuzz.ratio(key, t), fuzz.token_set_ratio(key, t) if len(t.split()) >= 2 else 0)
            for t in choices
        )

    def form_score(self, form: int, label: str) -> float | None:
        """Best 0–100 similarity of a label to the template rows of a form (abbreviations
        written out on both sides: ``TTHC`` is ``thủ tục hành chính``)."""
        choices = self.by_form.get(form)
        key = _expanded(label)
        if not choices or len(key) < 8:
            return None
        best = process.extractOne(key, choices, scorer=fuzz.ratio)
        return float(best[1]) if best else None

    def code_score(self, form: int, path: str, label: str) -> float | None:
        """0–100 similarity of a label to the template row at (form, path); None if none."""
        labels = self.by_code.get((form, path))
        key = _norm_label(label)
        if not labels or not key:
            return None
        return max(fuzz.ratio(key, lab) for lab in labels)


def load_catalog(path: Path = CATALOG_PATH) -> FormCatalog | None:
    """The labels of the catalog at path (read by ``normalize.catalog``: its rows' labels and
    aliases by form and code) and the printed form titles beside it, or None when the file
    is absent."""
    return _load_catalog(str(path))


@lru_cache(maxsize=4)
def _load_catalog(path: str) -> FormCatalog | None:
    p = Path(path)
    if not p.is_file():
        return None
    by_form: dict[int, list[str]] = {}
    by_code: dict[tuple[int, str], list[str]] = {}
    for ind in read_catalog(p).indicators:
        code = ind.code.rstrip(".")
        for lab in (ind.label, *ind.aliases):
            key = _norm_label(lab)
            if key:
                by_form.setdefault(ind.form, []).append(_expanded(lab))
                by_code.setdefault((ind.form, code), []).append(key)
    titles: dict[int, list[str]] = {}
    tpath = p.with_name(TITLES_PATH.name)
    if tpath.is_file():
        with tpath.open(encoding="utf-8") as fh:
            body = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
        for rec in csv.DictReader(body):
            key = _expanded(rec.get("title") or "")
            if key and str(rec.get("form", "")).strip().isdigit():
                titles.setdefault(int(rec["form"]), []).append(key)
    return FormCatalog(
        {f: tuple(v) for f, v in by_form.items()},
        {k: tuple(v) for k, v in by_code.items()},
        {f: tuple(v) for f, v in titles.items()},
    )


# --------------------------------------------------------------------------- rows


@dataclass
class RawRow:
    """One data row read from the grid, before paths are resolved."""

    index: int
    printed: str
    label: str
    unit: str
    value: str | None
    note: str
    page: int | None
    bbox: BBox | None
    confidence: float
    ocr: bool
    form: int | None
    source: str  # heading, roman, inherited, none
    segment: int
    flags: list[str] = field(default_factory=list)
    stt_hint: str | None = None  # the code to use instead of a misread one
    extras: list = field(default_factory=list)  # (kind, text) of the other value columns
    kind: str = "current"  # the kind of the value column read


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


def _read_cells(line: Line, roles: ColumnRoles) -> tuple[str, str, str, str | None, str]:
    """(printed STT, label, unit, value, note) of a row, with a code merged into the label
    or a label merged into the STT cell taken apart."""
    stt = grid.cell_text(line, roles.stt)
    label = grid.clean_text(grid.cell_text(line, roles.label))
    unit = grid.clean_text(grid.cell_text(line, roles.unit))
    value = grid.cell_text(line, roles.value) or None
    note = grid.clean_text(grid.cell_text(line, roles.note))
    misread_roman = (
        bool(stt)
        and _MISREAD_ROMAN.fullmatch(stt.strip()) is not None
        and _upper_title(label)
        and any(c.conf is not None for c in line.cells)
    )  # OCR'd ``H`` for II
    if stt and parse_code(stt) is None and not _code_like(stt) and not misread_roman:
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


def _absorb(
    last: RawRow, line: Line, roles: ColumnRoles, label: str, unit: str, value: str | None, note: str
) -> bool:
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
    j = end = start + 1
    while j < len(lines):
        if not lines[j].plain:  # a blank line between header rows is no break
            j += 1
            continue
        if not grid.is_header_row(lines[j], after_header=True):
            break
        j = end = j + 1
    return end


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


def romans_number_forms(lines: list[Line]) -> bool | None:
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


def _next_printed(lines: list[Line], start: int, roles: ColumnRoles) -> str | None:
    """The printed STT of the next table row from ``start`` (None when text comes first)."""
    for line in lines[start : start + 8]:
        text = line.plain
        if not text or (not line.is_row and text.strip().isdigit()):  # a page number
            continue
        if not line.is_row:
            return None
        if grid.is_header_row(line) or grid.is_header_row(line, after_header=True):
            continue  # repeated after a break
        return _read_cells(line, roles)[0].strip() or None
    return None


@dataclass
class _Walk:
    """Where the walk over a document's lines stands.

    ``form`` the current form; ``fresh_heading`` a heading was read and no row yet under
    it; ``romans`` whether group rows number the forms (None: not known yet);
    ``roles``/``skip_grid``/``form_like`` the column layout in force (``skip_grid``: under
    a header that is no statistical form's; ``form_like``: the layout has an STT or label
    column and a unit column); ``segment``/``source``/``pending`` the current table part
    and where its form came from; ``new_segment``/``check_block`` a break was seen (a new
    part starts; the layout is checked against the rows that follow).
    """

    romans: bool | None
    form: int | None = None
    fresh_heading: bool = False
    roles: ColumnRoles | None = None
    skip_grid: bool = False
    form_like: bool = False
    segment: int = 0
    source: str = "none"
    pending: str | None = None
    new_segment: bool = True
    check_block: bool = True
    last: RawRow | None = None
    page: int | None = None
    table: int | None = None
    rows: list = field(default_factory=list)

    def brk(self, check: bool = True) -> None:
        self.new_segment = True
        self.check_block = self.check_block or check


def _step_position(w: _Walk, line: Line) -> None:
    """A change of page or table is a break."""
    if line.page is not None and w.page is not None and line.page != w.page:
        w.brk()
    if line.table is not None and w.table is not None and line.table != w.table:
        w.brk()
    w.page = line.page if line.page is not None else w.page
    w.table = line.table if line.table is not None else w.table


def _step_heading(w: _Walk, form: int) -> None:
    w.form, w.fresh_heading, w.skip_grid = form, True, False
    w.brk()


def _step_header(w: _Walk, lines: list[Line], i: int) -> int:
    """Read the header block at i; returns the index after it."""
    j = _header_end(lines, i)
    found = grid.roles_from_header([ln for ln in lines[i:j] if ln.plain])
    w.skip_grid = found is None
    if found is not None:
        block = _block_rows(lines, j)
        w.roles = grid.unit_column_from_content(grid.complete_from_content(found, block), block)
        w.form_like = found.unit is not None or found.label is not None
    w.new_segment, w.check_block = True, False
    return j


def _step_layout(w: _Walk, lines: list[Line], i: int) -> None:
    """After a break without a header: keep the layout when the rows fit it, else read
    the roles from the rows' content."""
    block = _block_rows(lines, i)
    if w.roles is None or not grid.fits(w.roles, block):
        roles = grid.roles_from_content(block)
        w.roles = grid.unit_column_from_content(roles, block) if roles is not None else None
        w.form_like = w.roles is not None and w.roles.unit is not None and w.roles.stt is not None
    w.check_block = False


# An OCR'd group row's numeral: I, II, III ... as OCR reads them (1, l, |, 11, Il, H, 1II).
_MISREAD_ROMAN = re.compile(r"(?=.*[IlL1|HVX])[IlL1|HVX\]\[!„“”'`,]{1,4}\.?")
TITLE_ROW_SCORE = 90  # a group row's title this close to a form's printed title names it
TITLE_ROW_MARGIN = 10  # ... and this much closer than to any other form's


def _upper_title(label: str) -> bool:
    """A group row's title: at least six letters, four in five upper-case."""
    letters = [ch for ch in label if ch.isalpha()]
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _title_row_form(label: str, printed: str) -> int | None:
    """The form an OCR'd group row names by its upper-case title (``CHÍNH QUYỀN SỐ``) when
    its numeral is one OCR may have misread (``II`` for ``III``, ``1`` for ``I``); None when
    the title names no form clearly."""
    if not _upper_title(label) or not _MISREAD_ROMAN.fullmatch((printed or "").strip()):
        return None
    catalog = load_catalog()
    if catalog is None:
        return None
    scores = sorted(((catalog.title_score(f, label) or 0.0, f) for f in range(1, 8)), reverse=True)
    (best, form), (second, _) = scores[0], scores[1]
    if best >= TITLE_ROW_SCORE and best - second >= TITLE_ROW_MARGIN:
        return form
    return None


def _step_group_row(
    w: _Walk, code, printed: str, unit: str, value: str | None, ocr: bool, next_printed, label: str = ""
) -> str | None:
    """The form a row's code opens (a roman group row numbering the forms), and the STT
    repairs of OCR'd group rows (``parsers.stt``); returns the repaired code, if any.

    Away from a heading, an OCR'd group row whose upper-case title is a form's printed
    title opens that form whatever OCR made of its numeral (a summary table's ``III``
    read ``II``, its ``I`` read ``1``), unless the document numbers its groups within
    each form."""
    hint = None
    if ocr and not w.fresh_heading and w.romans is not False and not unit and value is None:
        named = _title_row_form(label, printed)
        if named is not None and (code is None or code.kind != "roman" or roman_to_int(code.roman) != named):
            hint = form_roman(named)
            code = parse_code(hint)
    if (
        ocr
        and w.fresh_heading
        and w.form is not None
        and code is not None
        and code.kind != "roman"
        and not unit
        and value is None
        and misread_group_one(printed, next_printed())
    ):
        hint = form_roman(w.form)
        code = parse_code(hint)
    if code is None or code.kind != "roman":
        return hint
    rv = roman_to_int(code.roman)
    if ocr and w.fresh_heading and w.romans and w.form is not None:
        repaired = repair_form_roman(rv, w.form)
        if repaired != rv:
            hint, rv = form_roman(w.form), repaired
    if rv and 1 <= rv <= 7:
        if w.fresh_heading and w.romans is None:
            # The first group row under a heading tells whether this document numbers its
            # group rows by form (I..VII) or within each form.
            w.romans = rv == w.form
        if w.form is None or (w.romans and rv != w.form and not w.fresh_heading):
            w.form, w.romans = rv, True
            w.pending, w.new_segment, w.fresh_heading = "roman", True, False
    return hint


def _step_segment(w: _Walk) -> None:
    """Open a new table part when a break was seen, noting where its form comes from."""
    if not w.new_segment:
        return
    w.segment += 1
    w.new_segment = False
    if w.fresh_heading:
        w.source = "heading"
    else:
        w.source = w.pending or ("inherited" if w.form is not None else "none")
    w.pending = None
    w.fresh_heading = False


def _step_row(w: _Walk, lines: list[Line], i: int) -> None:
    """A data row: join it to the row above when it continues it, else record it."""
    line, roles = lines[i], w.roles
    printed, label, unit, value, note = _read_cells(line, roles)
    extras = _read_extras(line, roles)
    if value is not None and not unit and grid.is_unit_word(value):
        unit, value = value, None  # a unit word is never a value
    elif value is not None and not unit and any(c.conf is not None for c in line.cells):
        unit, value = _unit_around_number(value)
    if value is not None and grid.is_value_header(value):
        value = None  # nor a column header's word (Số liệu) carried into a row
    if not printed:
        if w.last is not None and _absorb(w.last, line, roles, label, unit, value, note):
            return
        if value is None and not label:
            return
    conf, ocr = _row_confidence(line, roles)
    hint = _step_group_row(
        w, parse_code(printed), printed, unit, value, ocr, lambda: _next_printed(lines, i + 1, roles), label
    )
    _step_segment(w)
    row = RawRow(
        i,
        printed,
        label,
        unit,
        value,
        note,
        line.page,
        grid.row_bbox(line),
        conf,
        ocr,
        w.form,
        w.source,
        w.segment,
        stt_hint=hint,
        extras=extras,
        kind=roles.kind,
    )
    if not printed:
        row.flags.append("stt_missing")
    w.rows.append(row)
    w.last = row


def read_rows(lines: list[Line]) -> list[RawRow]:
    """Walk a document's lines and return its form rows in order, continuation rows
    joined to the row above, each with the form its heading (or roman row) gives.

    A new table part (segment) starts after a heading, a header row, a page or table
    change, or running text; its source says where its form came from: ``heading`` (read
    right under a ``Biểu mẫu`` heading), ``roman`` (a group row ``III`` changed it),
    ``inherited`` (carried over a break) or ``none``. The state is a ``_Walk``; each kind
    of line has its step.
    """
    w = _Walk(romans=romans_number_forms(lines))
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        _step_position(w, line)
        if not line.plain:
            i += 1
            continue
        head = match_heading(line)
        if head:
            _step_heading(w, head[0])
            i += 1
            continue
        text = _solo_text(line)
        if text is not None:
            if not grid.is_footnote_line(text):
                w.brk()
            i += 1
            continue
        if grid.is_header_row(line):
            i = _step_header(w, lines, i)
            continue
        if w.skip_grid:
            i += 1
            continue
        if w.check_block:
            _step_layout(w, lines, i)
        if w.roles is not None and (w.form is not None or w.form_like):
            _step_row(w, lines, i)
        i += 1
    return w.rows


_ONE_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*%?(?![\w.,])")


def _unit_around_number(value: str) -> tuple[str, str]:
    """(unit, value) of an OCR'd value cell that took in the unit column's words too
    (``Người 03``, ``Cơ quan, 05 đơn vị`` where the number sits on the unit's first line):
    taken apart when the cell holds one number and the rest is a known unit; else
    ("", value) as read."""
    found = _ONE_NUMBER.findall(value)
    if len(found) != 1:
        return "", value
    rest = " ".join(_ONE_NUMBER.sub(" ", value).split())
    if rest and grid.is_unit_word(rest):
        return rest, found[0]
    return "", value


def _read_extras(line: Line, roles: ColumnRoles) -> list[tuple[str, str]]:
    """(kind, text) of the row's other value columns (``previous``, ``plan`` ...), as printed."""
    out = []
    for col, kind in roles.extra:
        text = grid.cell_text(line, col)
        if text and not grid.is_unit_word(text) and not grid.is_value_header(text):
            out.append((kind, text))
    return out


# --------------------------------------------------------------------------- forms


def _segments(rows: list[RawRow]) -> list[list[RawRow]]:
    out: list[list[RawRow]] = []
    for row in rows:
        if out and out[-1][0].segment == row.segment:
            out[-1].append(row)
        else:
            out.append([row])
    return out


def _segment_score(catalog: FormCatalog, seg: list[RawRow], form: int) -> float | None:
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
    return (
        first.parts == (1,)
        and len(nums) > 1
        and nums[1].parts[:1] == (1,)
        and len(nums[1].parts) > 1
        and prev_heads[-1] > 1
    )


def assign_forms(rows: list[RawRow], catalog: FormCatalog | None) -> list[RawRow]:
    """Decide the form of table parts whose heading was lost; flag them ``form_inferred``.

    A part read after a page break without a heading keeps the form above unless the
    evidence says a later form began: its labels match a later form's template rows far
    better (catalog), or, without catalog evidence, its numbering restarts. A roman group
    row that changed the form flags its part and the parts carried on from it. Parts with
    no form at all take the form their labels match, or are dropped.
    """
    carried: int | None = None  # an inferred form carried over page breaks
    prev: list[RawRow] = []
    for seg in _segments(rows):
        src = seg[0].source
        if src == "heading":
            carried = None
        elif src == "roman":
            carried = _group_form(catalog, seg)
            _set_form(seg, carried)
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


def _group_form(catalog: FormCatalog | None, seg: list[RawRow]) -> int:
    """The form of a part opened by a roman group row (``III ...``) without a heading.

    The roman number is the form only when the evidence agrees: the group row's title and
    the labels of the rows under it match that form of the catalog at least about as well
    as any other. A summary numbering its groups locally (``II CẢI CÁCH THỦ TỤC HÀNH
    CHÍNH`` over TTHC rows) gets the form its title and rows match.
    """
    numbered = seg[0].form
    if catalog is None:
        return numbered

    def evidence(form: int) -> float | None:
        title = catalog.title_score(form, seg[0].label) if not seg[0].value else None
        rows = _segment_score(catalog, seg[1:] or seg, form)
        parts = [x for x in (title, rows) if x is not None]
        return sum(parts) / len(parts) if parts else None

    scores = {f: evidence(f) for f in range(1, 8)}
    known = {f: v for f, v in scores.items() if v is not None}
    if not known:
        return numbered
    best = max(known, key=known.get)
    own = known.get(numbered, 0.0)
    if best != numbered and known[best] >= 70 and known[best] - own >= 10:
        return best
    return numbered


def _set_form(seg: list[RawRow], form: int | None) -> None:
    for r in seg:
        r.form = form
        if form is not None and "form_inferred" not in r.flags:
            r.flags.append("form_inferred")


def _later_form(catalog: FormCatalog | None, seg: list[RawRow], cur: int | None) -> int | None:
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

        paths = resolve_paths(
            [
                SttRow(r.stt_hint or r.printed or None, r.label, r.unit, r.value is not None, r.ocr)
                for r in run
            ],
            score,
        )
        for row, (path, inferred) in zip(run, paths):
            flags = list(dict.fromkeys(row.flags))
            if inferred or row.stt_hint:
                flags.append("stt_inferred")
            if row.ocr and row.confidence < LOW_OCR_CONFIDENCE:
                flags.append("low_ocr_confidence")
            out.append(
                Observation(
                    form=form,
                    stt=path,
                    label=row.label,
                    measure_unit=row.unit or None,
                    value_raw=row.value,
                    note=row.note or None,
                    origin=Origin.TABLE,
                    page=row.page,
                    bbox=row.bbox,
                    confidence=row.confidence,
                    printed_stt=row.printed or None,
                    flags=flags,
                    seq=len(out),
                    column=row.kind,
                )
            )
            for kind, text in row.extras:
                # The other value columns are published too, their kind in ``column``.
                out.append(
                    Observation(
                        form=form,
                        stt=path,
                        label=row.label,
                        measure_unit="%" if kind == "rate" else row.unit or None,
                        value_raw=text,
                        origin=Origin.TABLE,
                        page=row.page,
                        bbox=row.bbox,
                        confidence=row.confidence,
                        printed_stt=row.printed or None,
                        flags=list(flags),
                        seq=len(out),
                        column=kind,
                    )
                )
    return out
