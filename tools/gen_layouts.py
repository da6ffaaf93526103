"""Generate a layout corpus of synthetic Biểu mẫu reports (not the seeds).

    python tools/gen_layouts.py --out /tmp/layouts [--seed 16] [--reports 16] [--no-lo]

Each report is an invented unit (commune, district, department, province), period, number and
date, with a few of the seven forms filled in: the catalog's rows (normalize/reference/
catalog.csv) reworded the way units reword them (abbreviations, dropped parentheses, other
openings), random values (counts, percentages, coded answers, words such as "Chưa"). The
report is rendered through several independent paths into ``OUT/<report_id>/``:

    report.txt  report.html  report.docx  report.xlsx  report_rl.pdf (reportlab)
    report_lo.pdf (docx → LibreOffice)  report.doc (docx → LibreOffice)
    report.ods / report.xls (xlsx → LibreOffice)

with ``gold.csv`` (form, stt, indicator_code, value, value_text: the report's own period's
value of every value-bearing row), the format of /work/holdout/FORMATS.md; ``layout.json``
says which layout each report has. Layouts (each in both halves of the corpus):

- ``per_form``: a ``Biểu mẫu N`` heading and title over each form, a roman group row;
- ``ketqua``: ``Kết quả thống kê`` spanning ``Đơn vị tính | Số liệu`` (two header rows);
- ``period_span``: ``Năm 2024`` spanning ``ĐVT | Số liệu``, ``<p>`` inside every HTML cell;
- ``local_roman``: one summary table, its groups numbered locally (I, II, III) by form;
- ``no_heading``: a statistics table with no ``Biểu mẫu`` heading at all;
- ``two_period``: ``Kỳ trước | Kỳ này``;  ``plan_actual``: ``Kế hoạch | Thực hiện | Tỷ lệ``;
  ``month_cum``: ``Trong tháng | Lũy kế``;  ``years``: ``Năm 2023 | Năm 2024 | So sánh``;
- numbers printed with the dot (``2.378.231``), none, or the comma (``77,004``/``99.58``)
  as the thousands separator; HTML with omitted end tags; DOCX values in content controls;
  header and signature blocks as borderless tables; reportlab tables with or without ruling.

Reports whose number is even form the tuning half, odd ones the held-back half
(``bench/eval_layouts.py --half tune|test``).
"""

from __future__ import annotations

import argparse
import csv
import html as htmlmod
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "normalize" / "reference" / "catalog.csv"

FORM_TITLES = {
    int(row["form"]): row["title"]
    for row in csv.DictReader(
        line
        for line in (ROOT / "tools" / "printed_form_titles.csv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
}
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# (issuing body line 1, line 2, place, the unit as named in the text, level)
UNITS = [
    ("ỦY BAN NHÂN DÂN", "XÃ PHÚ HỮU", "Phú Hữu", "xã Phú Hữu", "xa"),
    ("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "Châu Thành", "huyện Châu Thành", "huyen"),
    ("ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE", "Bến Tre", "tỉnh Bến Tre", "tinh"),
    ("UBND TỈNH ĐỒNG THÁP", "SỞ NỘI VỤ", "Đồng Tháp", "Sở Nội vụ tỉnh Đồng Tháp", "so_nganh"),
    ("ỦY BAN NHÂN DÂN", "THỊ XÃ BÌNH MINH", "Bình Minh", "thị xã Bình Minh", "huyen"),
    ("ỦY BAN NHÂN DÂN", "PHƯỜNG 7", "Vĩnh Long", "Phường 7", "xa"),
    ("ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "Hậu Giang", "tỉnh Hậu Giang", "tinh"),
    ("UBND TỈNH SÓC TRĂNG", "SỞ TƯ PHÁP", "Sóc Trăng", "Sở Tư pháp tỉnh Sóc Trăng", "so_nganh"),
    ("ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "Cầu Kè", "huyện Cầu Kè", "huyen"),
    ("ỦY BAN NHÂN DÂN", "THỊ TRẤN MỸ LUÔNG", "Mỹ Luông", "thị trấn Mỹ Luông", "xa"),
    ("ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "Cà Mau", "tỉnh Cà Mau", "tinh"),
    (
        "UBND TỈNH BẠC LIÊU",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "Bạc Liêu",
        "Sở Thông tin và Truyền thông",
        "so_nganh",
    ),
    ("ỦY BAN NHÂN DÂN", "HUYỆN TAM NÔNG", "Tam Nông", "huyện Tam Nông", "huyen"),
    ("ỦY BAN NHÂN DÂN", "XÃ TÂN LỘC", "Tân Lộc", "xã Tân Lộc", "xa"),
    ("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ", "Cần Thơ", "thành phố Cần Thơ", "tinh"),
    ("ỦY BAN NHÂN DÂN", "HUYỆN LONG PHÚ", "Long Phú", "huyện Long Phú", "huyen"),
]
# (period words in the title, the year, last month of the period)
PERIODS = [
    ("quý I năm {y}", 3),
    ("quý II năm {y}", 6),
    ("6 tháng đầu năm {y}", 6),
    ("quý III năm {y}", 9),
    ("9 tháng năm {y}", 9),
    ("năm {y}", 12),
    ("quý IV năm {y}", 12),
]

# How units reword the catalog's labels: (pattern, replacement), each applied at random.
REWORDS = [
    (r"\s*\((?:[^()]|\([^()]*\))*\)\s*$", ""),  # drop a closing parenthesis
    (r"\bỦy ban nhân dân\b", "UBND"),
    (r"\bthủ tục hành chính\b", "TTHC"),
    (r"\bcán bộ, công chức, viên chức\b", "CBCCVC"),
    (r"^Số lượng ", "Số "),
    (r"^Tổng số ", "Tổng "),
    (r"\bđã được\b", "được"),
    (r"\bđã\b ", ""),
    (r"\bcơ quan, đơn vị\b", "cơ quan/đơn vị"),
    (r"\bvăn bản quy phạm pháp luật\b", "VBQPPL"),
    (r"^Tỷ lệ ", "Tỉ lệ "),
]
UNIT_REWORDS = {
    "Cơ quan, đơn vị": ["Cơ quan, đơn vị", "Đơn vị", "CQ, ĐV"],
    "Văn bản": ["Văn bản", "VB"],
    "Thủ tục": ["Thủ tục", "TTHC"],
    "Hồ sơ": ["Hồ sơ"],
    "%": ["%", "Tỷ lệ %"],
    "Người": ["Người", "người"],
    "Nhiệm vụ": ["Nhiệm vụ", "NV"],
}
LAYOUTS = [
    "per_form",
    "ketqua",
    "period_span",
    "local_roman",
    "no_heading",
    "two_period",
    "plan_actual",
    "month_cum",
    "years",
]
WORDS = ["Chưa", "Không", "x"]


@dataclass
class Row:
    form: int
    code: str  # catalog code: 2.2.1
    label: str
    unit: str
    kind: str  # group, count, percent, code, money
    printed: str = ""  # the current value as printed
    number: object = None  # the current value as a workbook stores it (int/float/str/None)
    gold_value: object = None
    gold_text: str = ""
    others: list = field(default_factory=list)  # other columns' printed values (layouts with several)
    others_num: list = field(default_factory=list)


@dataclass
class Report:
    rid: str
    n: int
    unit: tuple
    period: str
    year: int
    number: str
    date: tuple
    layout: str
    thousands: str  # dot, none, comma
    stt_dot: bool
    forms: dict  # form → [Row]
    html_p: bool = False
    html_omit_end: bool = False
    docx_sdt: bool = False
    rl_ruled: bool = True
    xlsx_one_sheet: bool = False

    @property
    def value_headers(self) -> list[str]:
        return {
            "two_period": ["Kỳ trước", "Kỳ này"],
            "plan_actual": ["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"],
            "month_cum": ["Trong tháng", "Lũy kế"],
            "years": [f"Năm {self.year - 1}", f"Năm {self.year}", "So sánh (%)"],
        }.get(self.layout, ["Số liệu"])

    @property
    def current_index(self) -> int:
        return {"two_period": 1, "plan_actual": 1, "month_cum": 0, "years": 1}.get(self.layout, 0)


# ------------------------------------------------------------------------------------ model
def load_catalog() -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = {}
    with CATALOG.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(int(r["form"]), []).append(r)
    return out


def reword(rng: random.Random, label: str) -> str:
    out = label
    for pat, rep in REWORDS:
        if rng.random() < 0.35:
            new = re.sub(pat, rep, out)
            if len(new) >= 12:
                out = new
    return " ".join(out.split())


def fmt_int(v: int, style: str) -> str:
    s = str(v)
    if style == "none" or v < 1000:
        return s
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return ("." if style == "dot" else ",").join(groups)


def fmt_dec(v: float, style: str, digits: int = 2) -> str:
    s = f"{v:.{digits}f}".rstrip("0").rstrip(".")
    return s if style == "comma" else s.replace(".", ",")


def make_value(rng: random.Random, row: dict, style: str):
    """(printed, stored in a workbook, gold value, gold text) of one value cell."""
    kind = row["kind"]
    if kind == "code":
        options = [int(x) for x in re.findall(r"=\s*(\d+)", row["measure_unit"])] or [0, 1]
        v = rng.choice(options)
        return str(v), v, float(v), ""
    if rng.random() < 0.06:
        w = rng.choice(WORDS)
        return w, w, None, w
    if kind == "percent":
        v = round(rng.uniform(40, 100), rng.choice([0, 1, 2]))
        if v == int(v):
            v = int(v)
            return (str(v) + rng.choice(["", "%"])), v, float(v), ""
        return fmt_dec(v, style), v, float(v), ""
    if kind == "money":
        if style == "comma":  # 77,004 triệu đồng: a comma-separated thousand
            v = rng.randint(1000, 99999)
            return fmt_int(v, style), v, float(v), ""
        v = round(rng.uniform(10, 9000), 1)
        return fmt_dec(v, style, 1), v, float(v), ""
    big = rng.random() < 0.25
    v = rng.randint(1000, 2_500_000) if big else rng.randint(0, 400)
    printed = fmt_int(v, style)
    if not big and rng.random() < 0.15:
        printed = f"{v:02d}"
    return printed, v, float(v), ""


def other_value(rng, row: Row, cur, style, i, layout):
    if cur is None or isinstance(cur, str):
        return "", None
    if layout in ("plan_actual", "years") and i == 2:  # a ratio column
        v = round(rng.uniform(50, 150), 1)
        return fmt_dec(v, style, 1), v
    if isinstance(cur, float) and not float(cur).is_integer():
        v = round(cur * rng.uniform(0.5, 1.2), 2)
        return fmt_dec(v, style), v
    v = int(cur) + rng.randint(0, 300) if layout == "month_cum" else max(0, int(cur) + rng.randint(-50, 200))
    return fmt_int(v, style), v


def make_report(rng: random.Random, n: int, catalog: dict) -> Report:
    unit = UNITS[n % len(UNITS)]
    layout = LAYOUTS[(n // 2) % len(LAYOUTS)] if n < 2 * len(LAYOUTS) else rng.choice(LAYOUTS)
    period_words, last_month = rng.choice(PERIODS)
    year = rng.choice([2021, 2022, 2023, 2024, 2025])
    month = min(12, last_month + rng.choice([0, 1])) if last_month < 12 else 12
    day = rng.randint(3, 28)
    thousands = ["dot", "none", "comma"][n % 3]
    code = "BC-UBND" if unit[4] != "so_nganh" else rng.choice(["BC-SNV", "BC-STP", "BC-STTTT"])
    number = f"{rng.randint(12, 480):03d}/{code}"
    k = rng.choice([3, 4, 5]) if layout != "local_roman" else 3
    forms = sorted(rng.sample(range(1, 8), k))
    if layout == "local_roman":
        forms = sorted(rng.sample([1, 3, 5, 7], 3))
    rep = Report(
        rid=f"L{n:02d}",
        n=n,
        unit=unit,
        period=period_words.format(y=year),
        year=year,
        number=number,
        date=(day, month, year),
        layout=layout,
        thousands=thousands,
        stt_dot=rng.random() < 0.5,
        forms={},
        html_p=layout == "period_span" or rng.random() < 0.3,
        html_omit_end=rng.random() < 0.4,
        docx_sdt=rng.random() < 0.5,
        rl_ruled=rng.random() < 0.6,
        xlsx_one_sheet=rng.random() < 0.4,
    )
    for f in forms:
        rows = []
        for r in catalog[f]:
            label = reword(rng, r["label"])
            unit_text = r["measure_unit"]
            if unit_text in UNIT_REWORDS:
                unit_text = rng.choice(UNIT_REWORDS[unit_text])
            row = Row(form=f, code=r["code"], label=label, unit=unit_text, kind=r["kind"])
            if r["kind"] != "group" and rng.random() > 0.08:
                row.printed, row.number, row.gold_value, row.gold_text = make_value(rng, r, thousands)
            ncols = len(rep.value_headers)
            for i in range(ncols):
                if i == rep.current_index:
                    continue
                p, v = (
                    other_value(rng, row, row.number, thousands, i, layout)
                    if r["kind"] != "group"
                    else ("", None)
                )
                row.others.append(p)
                row.others_num.append(v)
            rows.append(row)
        rep.forms[f] = rows
    return rep


def values_of(rep: Report, row: Row, numeric: bool = False) -> list:
    """The printed (or workbook) values of a row, in column order."""
    cur = row.number if numeric else row.printed
    others = list(row.others_num if numeric else row.others)
    out = []
    for i in range(len(rep.value_headers)):
        out.append(cur if i == rep.current_index else others.pop(0))
    if numeric:
        out = ["" if v is None else v for v in out]
    return out


def stt_text(rep: Report, code: str) -> str:
    return code + "." if rep.stt_dot else code


# ----------------------------------------------------------------------- report as blocks
def header_rows(rep: Report) -> list[list[tuple[str, int, int]]]:
    """The form table's header rows: cells as (text, colspan, rowspan)."""
    vh = rep.value_headers
    if rep.layout == "ketqua":
        return [
            [("STT", 1, 2), ("Chỉ tiêu thống kê", 1, 2), ("Kết quả thống kê", 2, 1), ("Ghi chú", 1, 2)],
            [("Đơn vị tính", 1, 1), ("Số liệu", 1, 1)],
        ]
    if rep.layout == "period_span":
        return [
            [("STT", 1, 2), ("Chỉ tiêu", 1, 2), (f"Năm {rep.year}", 2, 1), ("Ghi chú", 1, 2)],
            [("ĐVT", 1, 1), ("Số liệu", 1, 1)],
        ]
    if len(vh) > 1:
        return [
            [("STT", 1, 1), ("Chỉ tiêu thống kê", 1, 1), ("Đơn vị tính", 1, 1)]
            + [(h, 1, 1) for h in vh]
            + [("Ghi chú", 1, 1)]
        ]
    return [[("STT", 1, 1), ("Nội dung", 1, 1), ("Đơn vị tính", 1, 1), ("Số liệu", 1, 1), ("Ghi chú", 1, 1)]]


def n_cols(rep: Report) -> int:
    return 4 + len(rep.value_headers)


def table_blocks(rep: Report) -> list[tuple]:
    """The attachment as a list of blocks: ("text", str) or ("table", title|None, rows);
    a table row is a list of cells (text, colspan, rowspan), the body rows plain lists."""
    blocks: list[tuple] = []
    if rep.layout in ("local_roman", "no_heading"):
        body = []
        for gi, (f, rows) in enumerate(rep.forms.items()):
            if rep.layout == "local_roman":
                body.append([ROMAN[gi], FORM_TITLES[f].upper()] + [""] * (n_cols(rep) - 2))
            for row in rows:
                body.append(data_row(rep, row))
        blocks.append(("table", header_rows(rep), body))
        return blocks
    for f, rows in rep.forms.items():
        blocks.append(("text", f"Biểu mẫu {f}"))
        blocks.append(("text", FORM_TITLES[f]))
        body = [[ROMAN[f - 1], FORM_TITLES[f]] + [""] * (n_cols(rep) - 2)]
        body += [data_row(rep, row) for row in rows]
        blocks.append(("table", header_rows(rep), body))
    return blocks


def data_row(rep: Report, row: Row) -> list[str]:
    return [stt_text(rep, row.code), row.label, row.unit] + values_of(rep, row) + [""]


def numeric_row(rep: Report, row: Row) -> list:
    return [stt_text(rep, row.code), row.label, row.unit] + values_of(rep, row, True) + [""]


def front_lines(rep: Report) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    top, unit_line, place, named, level = rep.unit
    d, m, y = rep.date
    header = [
        (top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        (unit_line, "Độc lập - Tự do - Hạnh phúc"),
        (f"Số: {rep.number}", f"{place}, ngày {d:02d} tháng {m:02d} năm {y}"),
    ]
    title = ["BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {rep.period}"]
    body = [
        f"Thực hiện chỉ đạo của cấp trên, {named} báo cáo kết quả cải cách hành chính {rep.period} như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        "Công tác cải cách hành chính được triển khai đồng bộ, đúng kế hoạch đề ra.",
        "II. PHƯƠNG HƯỚNG KỲ TỚI",
        "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao chất lượng dịch vụ công.",
        "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH",
        f"(Kèm theo Báo cáo số {rep.number} ngày {d:02d} tháng {m:02d} năm {y} của {named})",
    ]
    return header, title, body


SIGNATURE = [("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An")]


def gold_rows(rep: Report) -> list[dict]:
    out = []
    for f, rows in rep.forms.items():
        for row in rows:
            if row.gold_value is None and not row.gold_text:
                continue
            out.append(
                {
                    "form": f,
                    "stt": row.code,
                    "indicator_code": f"BM{f}-{row.code}",
                    "value": "" if row.gold_value is None else repr(float(row.gold_value)),
                    "value_text": row.gold_text,
                }
            )
    return out


# ----------------------------------------------------------------------------- renderers
def render_txt(rep: Report) -> str:
    header, title, body = front_lines(rep)
    out = [a for a, _ in header] + [b for _, b in header] + [""] + title + [""] + body + [""]
    for b in table_blocks(rep):
        if b[0] == "text":
            out.append(b[1])
            continue
        _, head, rows = b
        grid = _grid_text(head, n_cols(rep))
        out += ["\t".join(r) for r in grid]
        out += ["\t".join(r) for r in rows]
        out.append("")
    return "\n".join(out) + "\n"


def _grid_text(head, width) -> list[list[str]]:
    grid = [[""] * width for _ in head]
    taken = set()
    for r, row in enumerate(head):
        c = 0
        for text, cs, rs in row:
            while (r, c) in taken:
                c += 1
            grid[r][c] = text
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            c += cs
    return grid


def render_html(rep: Report) -> str:
    header, title, body = front_lines(rep)
    esc = htmlmod.escape
    omit = rep.html_omit_end

    def cell(text, tag="td", cs=1, rs=1):
        attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
        inner = esc(text)
        if rep.html_p:
            inner = "".join(f"<p>{esc(p)}</p>" for p in text.split("\n")) if text else "<p></p>"
        return f"<{tag}{attrs}>{inner}" + ("" if omit else f"</{tag}>")

    def row(cells_html):
        return "<tr>" + "".join(cells_html) + ("" if omit else "</tr>") + "\n"

    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Văn bản</title>'
        '<script>var t=1;</script></head><body>',
        '<nav><a href="/">Trang chủ</a> | <a href="/dn">Đăng nhập</a></nav>',
        '<div class="meta"><table class="attr"><tr><td>Số ký hiệu</td><td>Ngày ban hành</td></tr>'
        f'<tr><td>{esc(rep.number)}</td><td>{rep.date[0]:02d}/{rep.date[1]:02d}/{rep.date[2]}</td></tr></table></div>',
        '<table class="header" border="0"><tr>'
        f'<td><p><b>{esc(header[0][0])}</b></p><p><b>{esc(header[1][0])}</b></p><p>{esc(header[2][0])}</p></td>'
        f'<td><p><b>{esc(header[0][1])}</b></p><p>{esc(header[1][1])}</p><p><i>{esc(header[2][1])}</i></p></td>'
        '</tr></table>',
    ]
    parts += [f"<p><b>{esc(t)}</b></p>" for t in title]
    parts += [f"<p>{esc(t)}</p>" for t in body]
    for b in table_blocks(rep):
        if b[0] == "text":
            parts.append(f"<p><b>{esc(b[1])}</b></p>")
            continue
        _, head, rows = b
        t = ['<table border="1" cellspacing="0">'] + ["<thead>" if not omit else ""]
        for hr in head:
            t.append(row([cell(x, "th", cs, rs) for x, cs, rs in hr]))
        t.append("</thead><tbody>" if not omit else "")
        for r in rows:
            t.append(row([cell(x) for x in r]))
        t.append("</tbody></table>" if not omit else "</table>")
        parts.append("".join(t))
    parts.append(
        '<table class="sign"><tr>'
        + "".join(
            "<td>" + "".join(f"<p>{esc(p)}</p>" for p in side.split("\n")) + "</td>" for side in SIGNATURE[0]
        )
        + "</tr></table>"
    )
    parts.append("<footer><p>Copyright © Cổng thông tin điện tử</p><p>Chia sẻ</p></footer></body></html>")
    return "\n".join(parts)


def render_docx(rep: Report, path: Path) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    header, title, body = front_lines(rep)
    ht = doc.add_table(rows=1, cols=2)  # borderless header block
    for j in range(2):
        c = ht.cell(0, j)
        c.paragraphs[0].text = header[0][j]
        for i in (1, 2):
            c.add_paragraph(header[i][j])
    for t in title:
        doc.add_paragraph(t)
    for t in body:
        doc.add_paragraph(t)
    for b in table_blocks(rep):
        if b[0] == "text":
            doc.add_paragraph(b[1])
            continue
        _, head, rows = b
        width = n_cols(rep)
        table = doc.add_table(rows=len(head) + len(rows), cols=width)
        table.style = "Table Grid"
        taken = set()
        for r, hr in enumerate(head):
            c = 0
            for text, cs, rs in hr:
                while (r, c) in taken:
                    c += 1
                cell = table.cell(r, c)
                if cs > 1 or rs > 1:
                    cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
                cell.text = text
                for dr in range(rs):
                    for dc in range(cs):
                        taken.add((r + dr, c + dc))
                c += cs
        for i, rr in enumerate(rows):
            cells = table.rows[len(head) + i].cells
            for j, text in enumerate(rr):
                cells[j].text = text
            if rep.docx_sdt:
                for j in range(3, width - 1):
                    _wrap_sdt(cells[j]._tc, qn)
        doc.add_paragraph("")
    st = doc.add_table(rows=1, cols=2)  # borderless signature block
    for j, side in enumerate(SIGNATURE[0]):
        lines = side.split("\n")
        st.cell(0, j).paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            st.cell(0, j).add_paragraph(ln)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Cổng thông tin điện tử " + rep.unit[3]
    doc.save(str(path))


def _wrap_sdt(tc, qn) -> None:
    """Put a cell's paragraphs inside a content control (w:sdt), as form templates do."""
    from docx.oxml import OxmlElement

    paras = [p for p in tc if p.tag == qn("w:p")]
    if not paras:
        return
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Số liệu")
    pr.append(alias)
    content = OxmlElement("w:sdtContent")
    sdt.append(pr)
    sdt.append(content)
    paras[0].addprevious(sdt)
    for p in paras:
        content.append(p)


def render_xlsx(rep: Report, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    header, title, body = front_lines(rep)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    width = n_cols(rep)
    sheets: list[tuple[str, list]] = []
    blocks = table_blocks(rep)
    if rep.xlsx_one_sheet or rep.layout in ("local_roman", "no_heading"):
        sheets.append(("Biểu mẫu" if rep.layout not in ("local_roman", "no_heading") else "Tong hop", blocks))
    else:
        cur = None
        for b in blocks:
            if b[0] == "text" and b[1].startswith("Biểu mẫu"):
                cur = [b]
                sheets.append((b[1].replace("Biểu mẫu ", "BM"), cur))
            else:
                cur.append(b)
    for si, (name, bl) in enumerate(sheets):
        ws = wb.create_sheet(name[:31])
        r = 1
        if si == 0:
            for text in body[-2:]:  # caption lines: the attachment's own title
                ws.cell(r, 1, text)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
                r += 1
            r += 1
        for b in bl:
            if b[0] == "text":
                ws.cell(r, 1, b[1])
                r += 1
                continue
            _, head, rows = b
            taken = set()
            for hi, hr in enumerate(head):
                c = 0
                for text, cs, rs in hr:
                    while (hi, c) in taken:
                        c += 1
                    ws.cell(r + hi, c + 1, text).alignment = Alignment(wrap_text=True)
                    if cs > 1 or rs > 1:
                        ws.merge_cells(
                            start_row=r + hi, start_column=c + 1, end_row=r + hi + rs - 1, end_column=c + cs
                        )
                    for dr in range(rs):
                        for dc in range(cs):
                            taken.add((hi + dr, c + dc))
                    c += cs
            r += len(head)
            by_stt = {}
            for rws in rep.forms.values():
                for row in rws:
                    by_stt[(stt_text(rep, row.code), row.label)] = row
            for rr in rows:
                row = by_stt.get((rr[0], rr[1]))
                vals = numeric_row(rep, row) if row is not None else rr
                for j, v in enumerate(vals):
                    if j == 0 and isinstance(v, str) and re.fullmatch(r"\d+", v):
                        v = int(v)  # a typed "3" is stored as the number 3
                    elif j == 0 and isinstance(v, str) and re.fullmatch(r"\d+\.\d", v) and rep.n % 3 == 0:
                        v = float(v)  # "2.1" typed into a cell becomes 2.1
                    if v != "" and v is not None:
                        ws.cell(r, j + 1, v)
                r += 1
            r += 1
    wb.save(str(path))


def render_rl_pdf(rep: Report, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _font()
    pdfmetrics.registerFont(TTFont("VN", font))
    st = ParagraphStyle("n", fontName="VN", fontSize=9, leading=11)
    header, title, body = front_lines(rep)
    story = [Table([[Paragraph(a, st), Paragraph(b, st)] for a, b in header], colWidths=[220, 280])]
    story += [Spacer(1, 6)] + [Paragraph(t, st) for t in title + body] + [Spacer(1, 6)]
    width = n_cols(rep)
    widths = [34, 230, 70] + [60] * (width - 4) + [60]
    for b in table_blocks(rep):
        if b[0] == "text":
            story.append(Paragraph(b[1], st))
            continue
        _, head, rows = b
        grid = _grid_text(head, width)
        data = [[Paragraph(htmlmod.escape(x), st) for x in r] for r in grid + rows]
        style = [("FONT", (0, 0), (-1, -1), "VN", 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if rep.rl_ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        taken = set()
        for r, hr in enumerate(head):
            c = 0
            for _text, cs, rs in hr:
                while (r, c) in taken:
                    c += 1
                if cs > 1 or rs > 1:
                    style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
                for dr in range(rs):
                    for dc in range(cs):
                        taken.add((r + dr, c + dc))
                c += cs
        story.append(Table(data, colWidths=widths, style=TableStyle(style), repeatRows=len(head)))
        story.append(Spacer(1, 8))
    SimpleDocTemplate(
        str(path), pagesize=landscape(A4) if width > 6 else A4, leftMargin=36, rightMargin=36
    ).build(story)


def _font() -> str:
    for p in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    ):
        if os.path.exists(p):
            return p
    raise SystemExit("no TrueType font with Vietnamese glyphs found (DejaVu or Liberation)")


def lo_convert(files: list[Path], target: str, outdir: Path, tag: str) -> None:
    """One LibreOffice call converts a batch of files (own profile, time limit)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not files:
        return
    with tempfile.TemporaryDirectory(prefix=f"lo_gen_{tag}_") as prof:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{prof}",
                "--headless",
                "--norestore",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
            ]
            + [str(f) for f in files],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=900,
            check=False,
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--reports", type=int, default=18)
    ap.add_argument("--no-lo", action="store_true", help="skip the LibreOffice renderings")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    catalog = load_catalog()
    args.out.mkdir(parents=True, exist_ok=True)
    lo_jobs: dict[str, list[tuple[Path, Path]]] = {"pdf": [], "doc": [], "ods": [], "xls": []}
    for n in range(args.reports):
        rep = make_report(rng, n, catalog)
        d = args.out / rep.rid
        d.mkdir(exist_ok=True)
        (d / "report.txt").write_text(render_txt(rep), encoding="utf-8")
        (d / "report.html").write_text(render_html(rep), encoding="utf-8")
        render_docx(rep, d / "report.docx")
        render_xlsx(rep, d / "report.xlsx")
        render_rl_pdf(rep, d / "report_rl.pdf")
        lo_jobs["pdf"].append((d / "report.docx", d / "report_lo.pdf"))
        lo_jobs["doc"].append((d / "report.docx", d / "report.doc"))
        lo_jobs["ods" if n % 2 == 0 else "xls"].append(
            (d / "report.xlsx", d / f"report.{'ods' if n % 2 == 0 else 'xls'}")
        )
        with (d / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["form", "stt", "indicator_code", "value", "value_text"])
            w.writeheader()
            w.writerows(gold_rows(rep))
        (d / "layout.json").write_text(
            json.dumps(
                {
                    "layout": rep.layout,
                    "thousands": rep.thousands,
                    "stt_dot": rep.stt_dot,
                    "html_p": rep.html_p,
                    "html_omit_end": rep.html_omit_end,
                    "docx_sdt": rep.docx_sdt,
                    "rl_ruled": rep.rl_ruled,
                    "xlsx_one_sheet": rep.xlsx_one_sheet,
                    "forms": list(rep.forms),
                    "unit": rep.unit[3],
                    "period": rep.period,
                    "number": rep.number,
                    "half": "tune" if n % 2 == 0 else "test",
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )
    if not args.no_lo:
        with tempfile.TemporaryDirectory(prefix="gen_layouts_") as tmp:
            tmp = Path(tmp)
            for target, jobs in lo_jobs.items():
                stage = tmp / target
                stage.mkdir()
                srcs = []
                for src, dst in jobs:  # unique names: one batch call per target
                    s = stage / f"{dst.parent.name}{src.suffix}"
                    shutil.copy(src, s)
                    srcs.append(s)
                out = tmp / f"{target}_out"
                out.mkdir()
                lo_convert(srcs, target, out, target)
                for _src, dst in jobs:
                    got = out / f"{dst.parent.name}.{target}"
                    if got.exists():
                        shutil.move(str(got), dst)
    print(f"{args.reports} reports in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
