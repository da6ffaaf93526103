"""Data model for the held-out Biểu mẫu reports: rows, tables, reports, number formatting, gold."""
import csv
import unicodedata
from dataclasses import dataclass, field
from typing import Any, List, Optional

CATALOG_PATH = "/work/shared/reference/catalog.csv"
CAT = {}
with open(CATALOG_PATH, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        CAT[(int(r["form"]), r["code"])] = r


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def pct(part, total):
    if not total:
        return 0
    return round(part / total * 100, 2)


@dataclass
class V:
    """A value printed in a specific way (e.g. 04, 20%)."""
    num: Any  # float/int or None
    text: str  # printed text (in the report's style already)
    word: Optional[str] = None


def fmt_number(x, style="vn", decimals=None):
    """Vietnamese style: 2.378.231 and 44,64; 'en' style: 2,378,231 and 44.64."""
    if isinstance(x, float) and x.is_integer() and decimals is None:
        x = int(x)
    if isinstance(x, int):
        s = f"{x:,}"
    else:
        d = 2 if decimals is None else decimals
        s = f"{x:,.{d}f}"
        if decimals is None:
            s = s.rstrip("0").rstrip(".")
    if style == "vn":
        s = s.replace(",", "§").replace(".", ",").replace("§", ".")
    return s


@dataclass
class Row:
    kind: str  # data | group | roman
    printed: str  # STT as printed
    stt: Optional[str]  # full hierarchical code (gold)
    form: Optional[int]
    code: Optional[str]  # catalog code (None: not a catalog row)
    label: str
    unit: str
    vals: List[Any]
    note: str = ""
    italic: bool = False


@dataclass
class Table:
    form: Optional[int]  # default form of the rows
    heading: Optional[str]  # "Biểu mẫu 1" or None
    subtitle: Optional[str]
    layout: str  # flat | s000 | s002 | multi
    cols: List[str]  # value column names
    cur: int  # index of the report's own period column
    rows: List[Row]
    period_label: str = "Số liệu"  # s000 spanning header / multi group label
    label_head: str = "Chỉ tiêu thống kê"
    caption_above: Optional[str] = None  # plain caption used when there is no Biểu mẫu heading
    sheet: Optional[str] = None
    long_note_row: Optional[int] = None  # index of the row whose note must split across pages

    @property
    def nvals(self):
        return len(self.cols)

    def header_grid(self):
        """List of header rows; each row a list of (text, col, colspan, rowspan)."""
        n = self.nvals
        lh = self.label_head
        if self.layout == "flat":
            cells = ["STT", lh, "Đơn vị tính"] + list(self.cols) + ["Ghi chú"]
            return [[(t, i, 1, 1) for i, t in enumerate(cells)]]
        if self.layout == "s000":
            assert n == 1
            return [[("STT", 0, 1, 2), (lh, 1, 1, 2), ("Đơn vị tính", 2, 1, 2), (self.period_label, 3, 2, 1)],
                    [(self.cols[0], 3, 1, 1), ("Ghi chú", 4, 1, 1)]]
        if self.layout == "s002":
            assert n == 1
            return [[("STT", 0, 1, 2), (lh, 1, 1, 2), ("Kết quả thống kê", 2, 2, 1), ("Ghi chú", 4, 1, 2)],
                    [("Đơn vị tính", 2, 1, 1), (self.cols[0], 3, 1, 1)]]
        if self.layout == "multi":
            r1 = [("STT", 0, 1, 2), (lh, 1, 1, 2), ("Đơn vị tính", 2, 1, 2), (self.period_label, 3, n, 1),
                  ("Ghi chú", 3 + n, 1, 2)]
            r2 = [(c, 3 + i, 1, 1) for i, c in enumerate(self.cols)]
            return [r1, r2]
        raise ValueError(self.layout)

    @property
    def ncols(self):
        return 4 + self.nvals


@dataclass
class Report:
    rid: str
    issuer: List[str]  # e.g. ["ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG"]
    number: str  # 98/BC-UBND
    place_date: str  # "Kiên Giang, ngày 12 tháng 3 năm 2025"
    title: List[str]  # ["BÁO CÁO", "Công tác cải cách hành chính quý I năm 2025"]
    paras: List[str]
    tables: List[Table]
    style: str = "vn"
    annex_title: List[str] = field(default_factory=list)  # e.g. THỐNG KÊ SỐ LIỆU ... / (Kèm theo ...)
    caption: str = ""  # (Kèm theo Báo cáo số ... )
    recipients: List[str] = field(default_factory=list)
    signer: List[str] = field(default_factory=list)
    # meta for README
    unit: str = ""
    period: str = ""
    issue_date: str = ""
    opts: dict = field(default_factory=dict)

    def cell_text(self, row: Row, i: int) -> str:
        """Printed text of value column i of a row."""
        v = row.vals[i] if i < len(row.vals) else None
        return value_text(v, self.style)

    def body_cells(self, t: Table, row: Row) -> List[str]:
        if row.kind == "roman":
            return [row.printed, row.label, ""] + [""] * t.nvals + [""]
        return [row.printed, row.label, row.unit] + [self.cell_text(row, i) for i in range(t.nvals)] + [row.note]

    def gold(self):
        out = []
        for t in self.tables:
            for r in t.rows:
                if r.kind != "data" or r.code is None:
                    continue
                v = r.vals[t.cur] if t.cur < len(r.vals) else None
                if v is None or v == "":
                    continue
                num, word = value_gold(v)
                if num is None and word is None:
                    continue
                out.append(dict(form=r.form, stt=r.stt, indicator_code=f"BM{r.form}-{r.code}",
                                value="" if num is None else repr(float(num)), value_text=word or ""))
        return out


def value_text(v, style):
    if v is None:
        return ""
    if isinstance(v, V):
        return v.text
    if isinstance(v, str):
        return v
    return fmt_number(v, style)


def value_gold(v):
    if isinstance(v, V):
        if v.word:
            return None, v.word
        return v.num, None
    if isinstance(v, str):
        return None, v
    return v, None


# ---------------------------------------------------------------- row builders
def _lab(form, code):
    return CAT[(form, code)]["label"]


def _unit(form, code):
    u = CAT[(form, code)]["measure_unit"]
    return u


class TB:
    """Table builder bound to a form and a printing convention."""

    def __init__(self, form, dots=False):
        self.form = form
        self.dots = dots
        self.rows = []

    def _p(self, code):
        return code + "." if self.dots else code

    def r(self, code, vals, label=None, unit=None, p=None, note="", stt=None, form=None, italic=False):
        form = form or self.form
        if not isinstance(vals, list):
            vals = [vals]
        key = (form, code)
        assert key in CAT, key
        self.rows.append(Row("data", p if p is not None else self._p(code), stt or code, form, code,
                             label if label is not None else _lab(form, code),
                             unit if unit is not None else _unit(form, code), vals, note, italic))
        return self

    def g(self, code, label=None, p=None, form=None, unit=""):
        form = form or self.form
        assert (form, code) in CAT, (form, code)
        self.rows.append(Row("group", p if p is not None else self._p(code), code, form, None,
                             label if label is not None else _lab(form, code), unit, [], ""))
        return self

    def roman(self, numeral, label):
        self.rows.append(Row("roman", numeral, numeral, None, None, label, "", [], ""))
        return self
