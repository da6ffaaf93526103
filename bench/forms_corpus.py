"""A synthetic layout corpus of Biểu mẫu tables (not the seeds), for bench/eval_forms.py.

Each report is written by this script from the catalog's rows, reworded the way units
reword them (abbreviations, dropped explanations, "Số lượng" for "Số", a trailing
"trong kỳ"), for other units and periods, in one of the layouts the archives hold:

- ``standard``    Biểu mẫu headings, roman group rows by form, ``STT | Chỉ tiêu | ĐVT | Số liệu | Ghi chú``
- ``spanned``     ``Kết quả thống kê`` spanning ``Đơn vị tính | Số liệu`` (two header rows), local numbers
- ``lost_sub``    the same, the lower header row lost: the unit column is known by its content
- ``prev_cur``    ``Kỳ trước | Kỳ này``
- ``plan``        ``Kế hoạch | Thực hiện | Tỷ lệ (%)``
- ``month_cum``   ``Trong tháng | Lũy kế``, no Biểu mẫu heading (the form comes from the labels)
- ``years``       ``Năm 2023 | Năm 2024 | So sánh``
- ``summary``     one table, groups numbered locally (I chỉ đạo điều hành, II CẢI CÁCH TTHC, III CHÍNH QUYỀN SỐ)
- ``comma``       numbers with the comma as thousands separator (``1,064,233``; ``99.58``)
- ``years2``      ``Năm 2023 | Năm 2024`` over two ``Số liệu`` columns
- ``done_years``  ``Thực hiện năm 2023 | Thực hiện năm 2024 | Tăng (+), giảm (-)``
- ``month``       ``Tháng 10/2025 | Lũy kế 10 tháng``
- ``split_rows``  a long label carried onto a row of its own (text exports)
- ``code_in_label`` no STT column: the code opens the label cell (``2.1. Số ...``)

and rendered through independent paths: ``report.txt`` (tab-separated rows, the text
export), ``report_rl.pdf`` (reportlab; ruled, or unruled tables with wrapped labels),
``report.html``, ``report_rl_unruled.pdf`` (the same without ruling lines),
``report.docx`` (python-docx) and ``report_lo.pdf`` (that .docx through LibreOffice).
``gold.csv`` follows /work/holdout/FORMATS.md (forms/): the value rows of
the report's own period.

Reports are split by seed: ``tune/`` (seeds 1..N: the rules were tuned on it),
``heldout/`` (seeds 101..: scored once before it was looked at, then used to find two
misses) and ``final/`` (seeds 201..: scored once at the end, before one more rule), every
layout in each with other units, periods, wordings, values and vertical alignment.
Regenerating rewrites all three (LibreOffice and reportlab output is not byte-stable).

    python bench/forms_corpus.py bench/forms_corpus
"""
from __future__ import annotations

import csv
import html
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "normalize" / "reference" / "catalog.csv"

UNITS = [("UBND xã Tân Lập", "xã"), ("UBND huyện Mường Khương", "huyện"),
         ("Sở Tư pháp tỉnh Hà Giang", "sở"), ("UBND phường Hòa Khánh", "phường"),
         ("UBND thị xã Ninh Hòa", "thị xã"), ("Sở Nội vụ tỉnh Lạng Sơn", "sở"),
         ("UBND huyện Đắk Glei", "huyện"), ("UBND xã Phú Mỹ", "xã"),
         ("UBND tỉnh Bình Phước", "tỉnh"), ("Sở Tài chính tỉnh Cà Mau", "sở")]
PERIODS = ["quý I năm 2024", "6 tháng đầu năm 2023", "năm 2024", "9 tháng năm 2025",
           "quý III năm 2023", "tháng 10 năm 2025", "quý II năm 2025", "năm 2023"]
TITLES = {1: "Công tác chỉ đạo, điều hành cải cách hành chính", 2: "Cải cách thể chế",
          3: "Cải cách thủ tục hành chính", 4: "Cải cách tổ chức bộ máy hành chính",
          5: "Cải cách chế độ công vụ", 6: "Cải cách tài chính công",
          7: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"}
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII"]

REWORD = [("thủ tục hành chính", "TTHC"), ("cải cách hành chính", "CCHC"),
          ("Ủy ban nhân dân", "UBND"), ("văn bản quy phạm pháp luật", "VBQPPL"),
          ("dịch vụ công trực tuyến", "DVCTT"), ("đơn vị sự nghiệp", "ĐVSN"),
          ("cán bộ, công chức, viên chức", "CBCCVC"), ("ngân sách nhà nước", "NSNN")]


@dataclass
class Row:
    form: int
    code: str
    label: str
    unit: str
    kind: str
    legend: str = ""


@dataclass
class Table:
    layout: str
    forms: list[int]
    rows: list[tuple[Row, str, dict]] = field(default_factory=list)  # row, printed stt, values


def load_rows() -> list[Row]:
    out = []
    with CATALOG.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            legend = r["measure_unit"] if "=" in r["measure_unit"] else ""
            unit = "" if legend else r["measure_unit"]
            out.append(Row(int(r["form"]), r["code"], r["label"], unit, r["kind"], legend))
    return out


def reword(label: str, rnd: random.Random) -> str:
    s = label
    if rnd.random() < 0.5 and "(" in s:
        s = s[:s.index("(")].strip()
    for long, short in REWORD:
        if long in s and rnd.random() < 0.6:
            s = s.replace(long, short)
        elif short in s and rnd.random() < 0.3:
            s = s.replace(short, long)
    if s.startswith("Số ") and not s.startswith("Số lượng") and rnd.random() < 0.25:
        s = "Số lượng " + s[3:]
    if rnd.random() < 0.15 and not s.endswith("kỳ"):
        s += " trong kỳ"
    return s


def fmt_int(n: int, style: str) -> str:
    s = f"{n:,}"
    return s if style == "comma" else s.replace(",", ".")


def fmt_dec(x: float, style: str) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s if style == "comma" else s.replace(".", ",")


def make_values(rows: list[Row], rnd: random.Random, style: str) -> dict[str, tuple[Optional[float], str, str]]:
    """code -> (gold value, gold word, printed text) for a form's rows."""
    out = {}
    for r in rows:
        if r.kind == "group":
            out[r.code] = (None, "", "")
        elif r.kind == "percent":
            v = round(rnd.uniform(40, 100), rnd.choice([0, 1, 2]))
            if v >= 100:
                v = 100.0
            out[r.code] = (v, "", fmt_dec(v, style) if v != int(v) else str(int(v)))
        elif r.kind == "money":
            v = rnd.randint(10_000, 2_500_000)
            out[r.code] = (float(v), "", fmt_int(v, style))
        elif r.kind == "code":
            word = rnd.choice(["Chưa", "Có", "Không"]) if rnd.random() < 0.5 else None
            if word:
                out[r.code] = (None, word, word)
            else:
                v = rnd.choice([0, 1])
                out[r.code] = (float(v), "", str(v))
        else:
            big = rnd.random() < 0.25
            v = rnd.randint(1000, 99_999) if big else rnd.randint(0, 400)
            out[r.code] = (float(v), "", fmt_int(v, style))
    return out


LAYOUTS = ["standard", "spanned", "lost_sub", "prev_cur", "plan", "month_cum", "years",
           "summary", "comma", "years2", "done_years", "month", "split_rows", "code_in_label"]


def header_rows(layout: str, period_year: int, group: str = "Kết quả thống kê") -> list[list[str]]:
    if layout in ("standard", "comma", "summary", "split_rows"):
        return [["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]]
    if layout == "code_in_label":
        return [["Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú", "Nguồn số liệu"]]
    if layout == "done_years":
        return [["STT", "Chỉ tiêu", "ĐVT", f"Thực hiện năm {period_year - 1}",
                 f"Thực hiện năm {period_year}", "Tăng (+), giảm (-)"]]
    if layout == "month":
        return [["STT", "Nội dung", "ĐVT", f"Tháng 10/{period_year}", "Lũy kế 10 tháng"]]
    if layout == "spanned":
        return [["STT", "Chỉ tiêu thống kê", group, "", "Ghi chú"],
                ["", "", "Đơn vị tính", "Số liệu", ""]]
    if layout == "years2":
        return [["STT", "Chỉ tiêu", "ĐVT", f"Năm {period_year - 1}", f"Năm {period_year}", "So sánh"],
                ["", "", "", "Số liệu", "Số liệu", "(%)"]]
    if layout == "lost_sub":
        return [["STT", "Tên chỉ tiêu", "Kết quả thống kê", "Kết quả thống kê", "Ghi chú"]]
    if layout == "prev_cur":
        return [["TT", "Nội dung", "ĐVT", "Kỳ trước", "Kỳ này", "Ghi chú"]]
    if layout == "plan":
        return [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]]
    if layout == "month_cum":
        return [["STT", "Chỉ tiêu", "ĐVT", "Trong tháng", "Lũy kế từ đầu năm"]]
    if layout == "years":
        return [["STT", "Chỉ tiêu", "Đơn vị tính", f"Năm {period_year - 1}", f"Năm {period_year}",
                 "So sánh (%)"]]
    raise ValueError(layout)


def data_cells(layout: str, stt: str, label: str, unit: str, printed: str,
               rnd: random.Random, style: str) -> list[str]:
    """The printed cells of one row; the current value is ``printed``."""
    def other() -> str:
        if not printed or not any(ch.isdigit() for ch in printed):
            return printed
        return fmt_int(rnd.randint(0, 300), style)
    if layout in ("standard", "comma", "summary", "spanned", "lost_sub", "split_rows"):
        return [stt, label, unit, printed, ""]
    if layout == "code_in_label":
        return [f"{stt}. {label}" if stt else label, unit, printed, "", "Phòng Nội vụ"]
    if layout == "done_years":
        return [stt, label, unit, other(), printed, fmt_int(rnd.randint(0, 30), style)
                if printed and printed[0].isdigit() else ""]
    if layout == "month":
        return [stt, label, unit, printed, other()]
    if layout == "prev_cur":
        return [stt, label, unit, other(), printed, ""]
    if layout == "plan":
        rate = fmt_dec(rnd.uniform(50, 120), style) if printed and printed[0].isdigit() else ""
        return [stt, label, unit, other(), printed, rate]
    if layout == "month_cum":
        return [stt, label, unit, printed, other()]
    if layout in ("years", "years2"):
        cmp_ = fmt_dec(rnd.uniform(80, 130), style) if printed and printed[0].isdigit() else ""
        return [stt, label, unit, other(), printed, cmp_]
    raise ValueError(layout)


@dataclass
class Report:
    rid: str
    layout: str
    unit: str
    period: str
    year: int
    valign: str
    unruled: bool
    blocks: list = field(default_factory=list)   # ("text", str) | ("table", header, rows)
    gold: list = field(default_factory=list)     # (form, stt, code, value, value_text)


def build_report(rid: str, layout: str, seed: int, catalog: list[Row]) -> Report:
    rnd = random.Random(seed)
    unit, _ = rnd.choice(UNITS)
    period = rnd.choice(PERIODS)
    year = int(period.split()[-1])
    style = "comma" if layout == "comma" else "vn"
    rep = Report(rid, layout, unit, period, year, rnd.choice(["TOP", "MIDDLE", "BOTTOM"]),
                 unruled=rnd.random() < 0.5)
    rep.blocks.append(("text", unit.upper()))
    rep.blocks.append(("text", f"Số: {rnd.randint(10, 400)}/BC-UBND"))
    rep.blocks.append(("text", f"BÁO CÁO Kết quả thực hiện công tác cải cách hành chính {period}"))
    rep.blocks.append(("text", f"Trong {period}, {unit} đã triển khai các nhiệm vụ theo kế hoạch."))
    group = rnd.choice(["Kết quả thống kê", f"Năm {year}", f"Báo cáo {period}"])
    if layout == "summary":
        forms = [1, 3, 7] if rnd.random() < 0.5 else sorted(rnd.sample(range(1, 8), 3))
    elif layout == "month_cum":
        forms = [rnd.randint(1, 7)]
    elif layout == "month":
        forms = sorted(rnd.sample(range(1, 8), 2))
    else:
        forms = sorted(rnd.sample(range(1, 8), rnd.choice([2, 3])))
    local = layout == "spanned"
    summary_rows: list[list[str]] = []
    for n, form in enumerate(forms, start=1):
        rows = [r for r in catalog if r.form == form]
        values = make_values(rows, rnd, style)
        body: list[list[str]] = []
        if layout == "summary":
            title = TITLES[form]
            if form == 1 and rnd.random() < 0.5:
                title = "Chỉ đạo điều hành"
            elif form == 7 and rnd.random() < 0.5:
                title = "CHÍNH QUYỀN SỐ"
            elif rnd.random() < 0.5:
                title = title.upper()
            body.append([ROMAN[n], title] + [""] * 3)
        elif layout not in ("spanned", "month_cum", "code_in_label") and rnd.random() < 0.8:
            body.append([ROMAN[form], TITLES[form]] + [""] * (len(header_rows(layout, year)[0]) - 2))
        for r in rows:
            gv, gt, printed = values[r.code]
            stt = r.code
            if local and r.code.count(".") == 2 and rnd.random() < 0.7:
                stt = r.code.split(".")[-1] + "."
            elif layout == "spanned":
                stt = r.code + "."
            label = reword(r.label, rnd)
            unit_text = r.legend or r.unit if r.kind != "group" else ""
            width = len(header_rows(layout, year)[0])
            rest = ""
            if layout == "split_rows" and len(label) > 45 and rnd.random() < 0.7:
                cut = label.rfind(" ", 0, 40)
                label, rest = label[:cut], label[cut + 1:]
            if r.kind == "group":
                cells = ([f"{stt}. {label}"] + [""] * (width - 1)) if layout == "code_in_label" \
                    else [stt, label] + [""] * (width - 2)
            else:
                cells = data_cells(layout, stt, label, unit_text, printed, rnd, style)
            body.append(cells)
            if rest:        # a wrapped label carried on a row of its own, as text exports give it
                body.append(["", rest] + [""] * (width - 2))
            if printed:
                rep.gold.append((form, r.code, f"BM{form}-{r.code}", gv, gt))
        if layout == "summary":
            summary_rows.extend(body)
            continue
        if layout != "month_cum":
            rep.blocks.append(("text", f"Biểu mẫu {form}"))
            rep.blocks.append(("text", TITLES[form]))
        else:
            rep.blocks.append(("text", f"KẾT QUẢ THỐNG KÊ {period.upper()}"))
        rep.blocks.append(("table", header_rows(layout, year, group), body))
        rep.blocks.append(("text", "Số liệu tính đến ngày cuối kỳ báo cáo."))
    if layout == "summary":
        rep.blocks.append(("text", "TỔNG HỢP SỐ LIỆU CẢI CÁCH HÀNH CHÍNH"))
        rep.blocks.append(("table", header_rows(layout, year), summary_rows))
    rep.blocks.append(("text", "Nơi nhận: Như trên; Lưu: VT."))
    return rep


# --------------------------------------------------------------------------- renderers

def render_txt(rep: Report) -> str:
    out = []
    for b in rep.blocks:
        if b[0] == "text":
            out.append(b[1])
        else:
            for row in b[1] + b[2]:
                out.append("\t".join(row))
    return "\n".join(out) + "\n"


def render_html(rep: Report) -> str:
    parts = ["<html><head><meta charset='utf-8'></head><body>"]
    for b in rep.blocks:
        if b[0] == "text":
            parts.append(f"<p>{html.escape(b[1])}</p>")
            continue
        header, body = b[1], b[2]
        parts.append("<table border='1'>")
        if len(header) == 2:   # two header rows: rowspan where the lower is empty, colspan over it
            h0, h1 = header
            cells = []
            for i, text in enumerate(h0):
                if not h1[i]:
                    cells.append(f"<td rowspan='2'>{html.escape(text)}</td>")
                elif not text:
                    continue
                elif i + 1 < len(h0) and not h0[i + 1] and h1[i + 1]:
                    cells.append(f"<td colspan='2'>{html.escape(text)}</td>")
                else:
                    cells.append(f"<td>{html.escape(text)}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in h1 if c) + "</tr>")
        else:
            parts.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in header[0]) + "</tr>")
        for row in body:
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render_pdf(rep: Report, path: Path, unruled: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "DejaVuSans"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=11)
    cellst = ParagraphStyle("c", fontName=font, fontSize=8, leading=9.5)
    story = []
    width = A4[0] - 72
    for b in rep.blocks:
        if b[0] == "text":
            story.append(Paragraph(html.escape(b[1]), body))
            story.append(Spacer(1, 4))
            continue
        header, rows = b[1], b[2]
        ncol = len(header[0])
        fixed = {5: [30, 230, 70, 70, 60], 6: [30, 200, 60, 60, 60, 60]}[ncol]
        if header[0][0] != "STT" and header[0][0] != "TT":
            fixed = [260, 70, 60, 40, 60]
        scale = width / sum(fixed)
        widths = [w * scale for w in fixed]
        data = []
        for row in header + rows:
            data.append([Paragraph(html.escape(c), cellst) if (i >= 1 or len(c) > 12) and c else c
                         for i, c in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=len(header))
        style = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8),
                 ("VALIGN", (0, 0), (-1, -1), rep.valign)]
        if not unruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if len(header) == 2 and not unruled and ncol == 5:
            style += [("SPAN", (2, 0), (3, 0)), ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)),
                      ("SPAN", (4, 0), (4, 1))]
        t.setStyle(TableStyle(style))
        story.append(t)
        story.append(Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=36, rightMargin=36,
                      topMargin=36, bottomMargin=36).build(story)


def render_docx(rep: Report, path: Path) -> None:
    """python-docx: paragraphs and tables; ruled with the ``Table Grid`` style, or borderless;
    a two-row header with its spanning cells merged."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    for b in rep.blocks:
        if b[0] == "text":
            doc.add_paragraph(b[1])
            continue
        header, rows = b[1], b[2]
        ncol = len(header[0])
        table = doc.add_table(rows=0, cols=ncol)
        if not rep.unruled:
            table.style = "Table Grid"
        for row in header + rows:
            cells = table.add_row().cells
            for c, text in zip(cells, row):
                c.text = text
        if len(header) == 2:
            h0, h1 = header
            for i in range(ncol):
                if not h1[i]:
                    top = table.cell(0, i)
                    top.merge(table.cell(1, i))
                    top.text = h0[i]
                elif not h0[i] and i > 0 and h0[i - 1]:
                    left = table.cell(0, i - 1)
                    left.merge(table.cell(0, i))
                    left.text = h0[i - 1]
        doc.add_paragraph("")
    doc.save(str(path))


def convert_with_libreoffice(docx_files: list[Path]) -> None:
    """Every report.docx → report_lo.pdf beside it, in one LibreOffice call (the files are
    copied under names of their own first: they would share one output folder)."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice is not installed: report_lo.pdf not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        names = {}
        for n, f in enumerate(docx_files):
            name = f"r{n:03d}"
            shutil.copy(f, Path(tmp) / f"{name}.docx")
            names[name] = f
        profile = f"-env:UserInstallation=file://{tmp}/profile"
        subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                        f"{tmp}/out"] + [f"{tmp}/{n}.docx" for n in names], check=True,
                       timeout=900, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name, f in names.items():
            out = Path(tmp) / "out" / f"{name}.pdf"
            if out.is_file():
                shutil.move(str(out), f.with_name("report_lo.pdf"))


def write_report(rep: Report, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.txt").write_text(render_txt(rep), encoding="utf-8")
    (folder / "report.html").write_text(render_html(rep), encoding="utf-8")
    render_pdf(rep, folder / "report_rl.pdf", rep.unruled)
    render_pdf(rep, folder / "report_rl_unruled.pdf", True)
    render_docx(rep, folder / "report.docx")
    with (folder / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["form", "stt", "indicator_code", "value", "value_text"])
        for form, stt, code, v, t in rep.gold:
            w.writerow([form, stt, code, "" if v is None else repr(v), t])
    (folder / "layout.txt").write_text(
        f"{rep.layout} unruled={rep.unruled} valign={rep.valign} unit={rep.unit} period={rep.period}\n",
        encoding="utf-8")


def main(argv: list[str]) -> None:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "bench" / "forms_corpus")
    catalog = load_rows()
    for half, base in (("tune", 1), ("heldout", 101), ("final", 201)):
        for k, layout in enumerate(LAYOUTS):
            rid = f"{half[0].upper()}{k + 1:02d}_{layout}"
            rep = build_report(rid, layout, base + k, catalog)
            write_report(rep, out / half / rid)
    convert_with_libreoffice(sorted(out.glob("*/*/report.docx")))


if __name__ == "__main__":
    main(sys.argv)
