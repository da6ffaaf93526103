"""Spreadsheets (.xlsx, .xlsm, .xls, .ods) → one page of lines per sheet.

Many units fill the Biểu mẫu in a workbook. Every visible sheet becomes a page; a sheet row
with two or more filled cells becomes a table row (one cell per column, empty cells kept,
so a column means the same thing on every row of the sheet); a row with one filled cell is
a line of running text (a caption such as ``Biểu mẫu 1`` or ``(Kèm theo Báo cáo số ...)``),
so the metadata and form parsers read a workbook as they read any other export.

A merged cell keeps its text in its top-left cell and leaves the cells it covers empty, the
way an HTML ``colspan``/``rowspan`` is read. Numbers are printed back the way a Vietnamese
form prints them: a whole float without its ``.0`` (``2378231``), a fraction with the
decimal comma (``44,64``); in the STT column a number is the code it was typed as
(``2.1``). Dates print as ``dd/mm/yyyy``. Text cells stay as typed.

python-calamine reads all four formats; the merged ranges of an .ods (which calamine does
not report) are read from its ``content.xml``.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import unicodedata
import zipfile

from core.errors import UnreadableFile
from core.records import METHOD_EXPORT, Cell, ExtractedDocument, Line, Page

SHEET_TYPES = ("xlsx", "xls", "ods")
MAX_ROWS = 20000  # a sheet longer than this is not a report form: the rest is cut
MAX_COLS = 64
_STT_HEADER = re.compile(r"^(stt|tt|số\s*tt|số\s*thứ\s*tự)\.?$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\ufeff]")

Span = tuple[int, int, int, int]  # first row, first col, last row, last col (0-based, inclusive)


def format_number(value: float, code: bool = False) -> str:
    """A cell's number as a Vietnamese form prints it: ``2378231.0`` → ``2378231``,
    ``44.64`` → ``44,64``; with ``code`` (the STT column) the point stays: ``2.1``."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = format(value, ".12g")
    if "e" in text:  # very small or very large: print it out in full
        text = f"{value:.12f}".rstrip("0").rstrip(".")
    return text if code else text.replace(".", ",")


def format_value(value, code: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value)
        text = _CONTROL.sub("", text).replace("\xa0", " ")
        return " ".join(text.split())
    if isinstance(value, (bool, int, float)):
        return format_number(value, code)
    if isinstance(value, _dt.datetime):
        if value.hour == value.minute == value.second == 0:
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, _dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, _dt.timedelta):
        return str(value)
    return " ".join(str(value).split())


def _ods_spans(data: bytes) -> tuple[list[list[Span]], list[set[tuple[int, int]]]]:
    """The merged ranges of each sheet of an .ods (``number-columns/rows-spanned``), and the
    cells whose value type is a percentage."""
    from lxml import etree

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("content.xml")
        root = etree.fromstring(xml, etree.XMLParser(huge_tree=True, resolve_entities=False))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return [], []
    t = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    o = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    out, percents = [], []
    for table in root.iter(t + "table"):
        spans: list[Span] = []
        pct: set[tuple[int, int]] = set()
        r = 0
        for row in table.iter(t + "table-row"):
            rep_r = int(row.get(t + "number-rows-repeated", "1") or 1)
            c = 0
            for cell in row:
                if cell.tag not in (t + "table-cell", t + "covered-table-cell"):
                    continue
                rep_c = int(cell.get(t + "number-columns-repeated", "1") or 1)
                cs = int(cell.get(t + "number-columns-spanned", "1") or 1)
                rs = int(cell.get(t + "number-rows-spanned", "1") or 1)
                if cell.tag == t + "table-cell" and (cs > 1 or rs > 1):
                    spans.append((r, c, r + rs - 1, c + cs - 1))
                if cell.get(o + "value-type") == "percentage":
                    for dr in range(min(rep_r, 64)):
                        for dc in range(min(rep_c, 64)):
                            pct.add((r + dr, c + dc))
                c += rep_c
                if c > MAX_COLS * 4:
                    break
            r += min(rep_r, MAX_ROWS)
            if r > MAX_ROWS:
                break
        out.append(spans)
        percents.append(pct)
    return out, percents


_CODE = re.compile(r"^([IVXLC]+|[a-zđ]|\d{1,2}(\.\d{1,2}){0,3})\.?$", re.I)


def _stt_columns(rows: list[list]) -> set[int]:
    """Columns headed STT/TT in the first rows of a sheet; without such a header, the first
    filled column when most of its cells look like STT codes (``I``, ``2``, ``2.1``)."""
    cols = set()
    for row in rows[:40]:
        for j, v in enumerate(row):
            if isinstance(v, str) and _STT_HEADER.match(v.strip()):
                cols.add(j)
    if cols:
        return cols
    firsts = [next((j for j, v in enumerate(r) if v not in (None, "")), None) for r in rows]
    first = min((j for j in firsts if j is not None), default=None)
    if first is None:
        return cols
    vals = [r[first] for r in rows if len(r) > first and r[first] not in (None, "")]
    multi = [
        r
        for r in rows
        if sum(1 for v in r if v not in (None, "")) >= 2 and len(r) > first and r[first] not in (None, "")
    ]
    coded = [
        r[first]
        for r in multi
        if isinstance(r[first], (int, float))
        and 0 < r[first] < 100
        or isinstance(r[first], str)
        and _CODE.match(r[first].strip())
    ]
    if vals and multi and len(coded) >= 0.6 * len(multi):
        cols.add(first)
    return cols


def sheet_lines(
    rows: list[list],
    spans: list[Span],
    page: int,
    percent: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
) -> list[Line]:
    """One sheet's values (rows of cells as the reader returns them) → lines. A cell in
    ``percent`` (a percentage number format) holds a fraction: 0.4464 prints ``44,64%``."""
    rows = [list(r[:MAX_COLS]) for r in rows[:MAX_ROWS]]
    for r0, c0, r1, c1 in spans:  # covered cells are empty, whatever a writer left there
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0) and c < len(rows[r]):
                    rows[r][c] = None
    code_cols = _stt_columns(rows)
    width = (
        max((max((j for j, v in enumerate(r) if format_value(v)), default=-1) for r in rows), default=-1) + 1
    )
    lines: list[Line] = []
    for i, row in enumerate(rows):
        texts = []
        for j in range(width):
            v = row[j] if j < len(row) else None
            if (i, j) in percent and isinstance(v, (int, float)) and not isinstance(v, bool):
                texts.append(format_number(round(v * 100, 10)) + "%")
            else:
                texts.append(format_value(v, code=j in code_cols))
        filled = [t for t in texts if t]
        if len(filled) >= 2:
            lines.append(Line([Cell(t) for t in texts], page=page))
        else:
            lines.append(Line([Cell(filled[0] if filled else "")], page=page))
    return lines


def extract_sheet(data: bytes, file_type: str) -> ExtractedDocument:
    """Read a workbook's bytes: every visible worksheet is a page."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise UnreadableFile(
            "reading spreadsheets needs python-calamine: pip install python-calamine (make setup does it)"
        ) from exc
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableFile(f"not a readable {file_type} workbook: {exc}") from exc
    ods_spans, ods_percent = _ods_spans(data) if file_type == "ods" else ([], [])
    xlsx_percent = _xlsx_percent_cells(data) if file_type == "xlsx" else {}
    pages: list[Page] = []
    warnings: list[str] = []
    shown = {
        m.name: "hidden" not in str(m.visible).lower() and "worksheet" in str(m.typ).lower()
        for m in getattr(wb, "sheets_metadata", [])
    }
    for i, name in enumerate(wb.sheet_names):
        if not shown.get(name, True):  # hidden sheets and chart sheets print nothing
            continue
        number = len(pages) + 1
        try:
            sheet = wb.get_sheet_by_index(i)
            rows = sheet.to_python(skip_empty_area=False)
            spans: list | None = sheet.merged_cell_ranges
        except Exception as exc:
            warnings.append(f"sheet {name!r} could not be read: {exc}")
            pages.append(Page(number=number, lines=[], method="failed", error=f"sheet {name!r}: {exc}"))
            continue
        if spans is None:
            if file_type == "ods":
                spans = ods_spans[i] if i < len(ods_spans) else []
            else:
                spans = _openpyxl_spans(data, name) if file_type == "xlsx" else []
        else:
            spans = [(a[0], a[1], b[0], b[1]) for a, b in spans]
        percent = (
            ods_percent[i] if file_type == "ods" and i < len(ods_percent) else xlsx_percent.get(name, set())
        )
        start_r, start_c = getattr(sheet, "start", None) or (0, 0)
        if start_r or start_c:  # calamine starts at the first used cell
            rows = [[None] * start_c + list(r) for r in rows]
            rows = [[] for _ in range(start_r)] + rows
        lines = sheet_lines(rows, spans, number, percent)
        if _caption_worthy(name) and not any(_caption_worthy(ln.plain) for ln in lines[:15]):
            lines.insert(0, Line([Cell(name)], page=number))
        pages.append(Page(number=number, lines=lines, method=METHOD_EXPORT))
    if not any(ln.plain for p in pages for ln in p.lines):
        raise UnreadableFile("the workbook holds no filled cells")
    return ExtractedDocument(file_type=file_type, pages=pages, page_count=len(pages), warnings=warnings)


def _caption_worthy(name: str) -> bool:
    """A sheet named ``Biểu mẫu 3`` / ``BM3`` carries the form number the sheet may not print."""
    return bool(re.match(r"^(biểu\s*mẫu|bieu\s*mau)\s*(số\s*)?\d+\b", name.strip(), re.I))


def _openpyxl_spans(data: bytes, name: str) -> list[Span]:
    """Merged ranges of an .xlsx sheet through openpyxl, when calamine reports none."""
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
        ws = wb[name]
        return [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1) for m in ws.merged_cells.ranges]
    except Exception:
        return []


XLSX_FORMATS_MAX_BYTES = 5_000_000


def _xlsx_percent_cells(data: bytes) -> dict[str, set[tuple[int, int]]]:
    """Per sheet, the numeric cells of an .xlsx with a percentage number format (``0.00%``),
    through openpyxl (calamine returns values only); skipped for very large workbooks."""
    if len(data) > XLSX_FORMATS_MAX_BYTES:
        return {}
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        return {}
    out: dict[str, set[tuple[int, int]]] = {}
    try:
        for ws in wb.worksheets:
            cells = set()
            for row in ws.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLS):
                for c in row:
                    fmt = getattr(c, "number_format", None) or ""
                    if "%" in fmt and isinstance(getattr(c, "value", None), (int, float)):
                        cells.add((c.row - 1, c.column - 1))
            out[ws.title] = cells
    except Exception:
        return out
    finally:
        wb.close()
    return out
