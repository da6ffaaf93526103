"""A scan corpus that does not come from the code that reads it.

    python tools/gen_scans.py --seeds 1 2 --out bench/scans          # reports + gold
    python tools/gen_scans.py --seeds 1 --out bench/scans --scans    # and the degraded scans

Reports (``make_reports``): each seed gives one report per table layout, each with one
Biểu mẫu of the catalog (``normalize/reference/catalog.csv``) filled with random values that
keep the catalog's arithmetic (a rate is its two counts' quotient, a total the sum of its
parts), some values left blank or written as a word. Each report is typeset twice — as a
.docx (python-docx) converted to PDF by LibreOffice (``report_lo.pdf``), and directly with
reportlab (``report_rl.pdf``) — in one of two fonts (Liberation Serif, DejaVu Sans), and
written in the held-out ``forms/`` layout: ``<out>/<report_id>/report.docx``,
``report_lo.pdf``, ``report_rl.pdf``, ``gold.csv`` (form,stt,indicator_code,value,value_text).

Layouts (the table's columns):

* ``a`` STT | Chỉ tiêu/Nội dung | Đơn vị tính | Số liệu | Ghi chú, fully ruled (seed 000's)
* ``b`` STT | Chỉ tiêu | Kết quả thống kê over (Đơn vị tính | Số liệu) | Ghi chú (seed 002's)
* ``c`` STT | Nội dung | Đơn vị tính | Số liệu, horizontal rules only, thin grey
* ``d`` STT | Chỉ tiêu | Số liệu | Đơn vị tính | Ghi chú, faint hairline ruling

Scans (``scan_document``): a PDF rasterised and degraded with randomised parameters drawn
from the seed, by condition:

* ``300``    300 dpi, skew ≤ 0.6°, blur, sensor noise, JPEG 50–80, paper tone and gradient
* ``200``    200 dpi (150–200), skew 0.8–2°
* ``turned`` 200–300 dpi, one page turned 90° (either way)
* ``photo``  a perspective-warped phone photo of each page on a dark desk, uneven light

Every scanned page also gets a red stamp and a signature over its last rows of text.
The degradations use only numpy/Pillow/OpenCV drawing: nothing here calls the reader.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "normalize" / "reference" / "catalog.csv"
LAYOUTS = ("a", "b", "c", "d")
CONDITIONS = ("300", "200", "turned", "photo")
FONTS = {
    "serif": (
        "Liberation Serif",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    ),
    "sans": (
        "DejaVu Sans",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
}
FORM_TITLES = {
    int(row["form"]): row["title"]
    for row in csv.DictReader(
        line
        for line in (ROOT / "tools" / "printed_form_titles.csv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
}
UNITS = [
    "huyện Châu Thành",
    "thị xã Long Mỹ",
    "huyện Tân Phước",
    "thành phố Sóc Trăng",
    "huyện Hòn Đất",
    "thị xã Bình Minh",
]
PERIODS = [("quý I", "2024"), ("quý II", "2023"), ("6 tháng đầu năm", "2024"), ("quý III", "2023")]
WORDS = ("Chưa", "Không")


@dataclass
class Row:
    code: str
    label: str
    unit: str
    kind: str
    printed: str = ""  # the value as printed
    value: float | None = None
    value_text: str = ""


@dataclass
class Report:
    report_id: str
    layout: str
    font: str
    form: int
    unit_name: str
    period: tuple[str, str]
    rows: list[Row] = field(default_factory=list)


# --------------------------------------------------------------------------- content


def load_catalog(path: Path = CATALOG) -> dict[int, list[dict]]:
    forms: dict[int, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            forms.setdefault(int(r["form"]), []).append(r)
    return forms


def _fmt_int(n: int) -> str:
    s = f"{n:,}".replace(",", ".")
    return s


def _fmt_pct(p: float, rng: random.Random) -> str:
    style = rng.random()
    if style < 0.45:
        return f"{p:.2f}".replace(".", ",")
    if style < 0.75:
        return f"{round(p)}%"
    return f"{p:.1f}".replace(".", ",")


def _printed_value(printed: str) -> float:
    t = printed.rstrip("%").strip()
    if "," in t:
        return float(t.replace(".", "").replace(",", "."))
    return float(t.replace(".", ""))


def fill_values(rows: list[dict], rng: random.Random) -> list[Row]:
    """Values for a form's catalog rows that keep its arithmetic (ratios and totals)."""
    out = {r["code"]: Row(r["code"], r["label"], r["measure_unit"], r["kind"]) for r in rows}
    order = [r["code"] for r in rows]
    formula = {r["code"]: r["formula"] for r in rows if r["formula"]}
    sums = {r["code"]: [p for p in re.split(r"[+;]", r.get("sum_of") or "") if p] for r in rows}
    # Leaves first: counts that no relation derives.
    for code in order:
        row = out[code]
        if row.kind == "count" and not sums.get(code):
            u = rng.random()
            if u < 0.05:
                row.value_text = rng.choice(WORDS)
                row.printed = row.value_text
                continue
            if u < 0.09:
                continue  # blank: not reported
            n = (
                rng.randint(0, 60)
                if u < 0.7
                else rng.randint(61, 999)
                if u < 0.9
                else rng.randint(1000, 250000)
            )
            row.value, row.printed = float(n), _fmt_int(n)
        elif row.kind == "code":
            options = [int(x) for x in re.findall(r"=\s*(\d+)", row.unit)] or [0, 1]
            n = rng.choice(options)
            row.value, row.printed = float(n), str(n)
    # A rate's numerator counts part of its denominator.
    for code in order:
        m = re.match(r"([\d.]+)/([\d.]+)\*100", formula.get(code, ""))
        if m and m.group(1) in out and m.group(2) in out and not sums.get(m.group(1)):
            num, den = out[m.group(1)], out[m.group(2)]
            if num.value is not None and den.value is not None and num.value > den.value:
                n = rng.randint(0, int(den.value))
                num.value, num.printed = float(n), _fmt_int(n)
    # Totals from their parts (parts blank or worded make the total a free number), a
    # total only once the totals among its parts are done.
    pending = [c for c in order if sums.get(c) and out[c].kind == "count"]
    while pending:
        ready = [c for c in pending if not any(p in pending for p in sums[c] if p != c)]
        if not ready:
            ready = pending[:1]
        code = ready[0]
        pending.remove(code)
        parts = sums.get(code)
        row = out[code]
        if parts:
            vals = [out[p].value for p in parts if p in out]
            given = sum(v for v in vals if v is not None)
            if vals and all(v is not None for v in vals) and len(vals) == len(parts):
                n = int(given)
            else:  # parts not all given: the total is at least what they add up to
                n = int(given) + rng.randint(0, 40)
            row.value, row.printed = float(n), _fmt_int(n)
    # Rates from their counts.
    for code in order:
        row = out[code]
        if row.kind != "percent":
            continue
        f = formula.get(code, "")
        m = re.match(r"([\d.]+)/([\d.]+)\*100", f)
        if m and m.group(1) in out and m.group(2) in out:
            num, den = out[m.group(1)], out[m.group(2)]
            if num.value is not None and den.value:
                if num.value > den.value:  # a part above its whole: no rate printed
                    continue
                p = num.value / den.value * 100.0
                row.printed = _fmt_pct(p, rng)
                row.value = _printed_value(row.printed)
            continue
        if rng.random() < 0.1:
            continue
        p = rng.uniform(40, 100)
        row.printed = _fmt_pct(p, rng)
        row.value = _printed_value(row.printed)
    return [out[c] for c in order]


def make_reports(seed: int, catalog: dict | None = None) -> list[Report]:
    """One report per layout for a seed (form, font, unit, period and values drawn)."""
    catalog = catalog or load_catalog()
    rng = random.Random(seed * 1009 + 17)
    reports = []
    forms = list(catalog)
    rng.shuffle(forms)
    for i, layout in enumerate(LAYOUTS):
        form = forms[i % len(forms)]
        rows = catalog[form]
        if len(rows) > 22:  # long forms: a contiguous slice, starting at a top-level row
            starts = [k for k, r in enumerate(rows) if not r["parent_code"] and k + 14 <= len(rows)]
            k0 = rng.choice(starts) if starts else 0
            rows = rows[k0 : k0 + 18]
            while rows and rows[-1]["kind"] == "group":
                rows = rows[:-1]
        rep = Report(
            report_id=f"s{seed:03d}-{layout}",
            layout=layout,
            font=rng.choice(list(FONTS)),
            form=form,
            unit_name=rng.choice(UNITS),
            period=rng.choice(PERIODS),
            rows=fill_values(rows, rng),
        )
        reports.append(rep)
    return reports


def printed_stt(code: str, layout: str) -> str:
    return code + "." if layout == "b" else code


def headers(layout: str, rng_label: str) -> tuple[list[list[str]], list[tuple]]:
    """Header rows and merges ((row0, col0, row1, col1)) of a layout."""
    if layout == "a":
        return [["STT", rng_label, "Đơn vị tính", "Số liệu", "Ghi chú"]], []
    if layout == "b":
        return (
            [
                ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"],
                ["", "", "Đơn vị tính", "Số liệu", ""],
            ],
            [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)],
        )
    if layout == "c":
        return [["STT", "Nội dung", "Đơn vị tính", "Số liệu"]], []
    return [["STT", "Chỉ tiêu", "Số liệu", "Đơn vị tính", "Ghi chú"]], []


def body_rows(rep: Report) -> list[list[str]]:
    out = []
    for r in rep.rows:
        stt = printed_stt(r.code, rep.layout)
        if rep.layout in ("a", "b"):
            out.append([stt, r.label, r.unit, r.printed, ""])
        elif rep.layout == "c":
            out.append([stt, r.label, r.unit, r.printed])
        else:
            out.append([stt, r.label, r.printed, r.unit, ""])
    return out


def col_widths_mm(layout: str) -> list[float]:
    return {
        "a": [13, 92, 28, 24, 23],
        "b": [13, 92, 28, 24, 23],
        "c": [13, 110, 32, 25],
        "d": [13, 95, 24, 28, 20],
    }[layout]


def front_matter(rep: Report) -> tuple[list[str], list[str]]:
    q, y = rep.period
    title = ["BÁO CÁO", f"Kết quả thực hiện công tác cải cách hành chính {q} năm {y}"]
    body = [
        f"Thực hiện chỉ đạo của cấp trên, Ủy ban nhân dân {rep.unit_name} báo cáo kết quả "
        f"công tác cải cách hành chính {q} năm {y} theo các biểu mẫu thống kê dưới đây.",
        f"Biểu mẫu {rep.form}",
        FORM_TITLES.get(rep.form, ""),
    ]
    return title, body


def gold_rows(rep: Report) -> list[dict]:
    out = []
    for r in rep.rows:
        if r.value is None and not r.value_text:
            continue
        out.append(
            {
                "form": rep.form,
                "stt": r.code,
                "indicator_code": f"BM{rep.form}-{r.code}",
                "value": "" if r.value is None else repr(float(r.value)),
                "value_text": r.value_text,
            }
        )
    return out


# --------------------------------------------------------------------------- reportlab


def _rl_fonts(font: str) -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _, regular, bold = FONTS[font]
    name = f"gen-{font}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, regular))
        pdfmetrics.registerFont(TTFont(name + "-b", bold))
    return name, name + "-b"


def reportlab_pdf(rep: Report) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    reg, bold = _rl_fonts(rep.font)
    size = 12 if rep.font == "serif" else 10.5
    body = ParagraphStyle("b", fontName=reg, fontSize=size + 1, leading=size * 1.45, spaceAfter=5)
    centre = ParagraphStyle("c", parent=body, fontName=bold, alignment=1)
    cell = ParagraphStyle("cell", fontName=reg, fontSize=size, leading=size * 1.25)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=1)
    head = ParagraphStyle("h", parent=cell, fontName=bold, alignment=1)
    title, text = front_matter(rep)
    story = [Paragraph(f"ỦY BAN NHÂN DÂN {rep.unit_name.upper()}", centre), Spacer(1, 4 * mm)]
    story += [Paragraph(t, centre) for t in title]
    story += [
        Paragraph(text[0], body),
        Paragraph(text[1], centre),
        Paragraph(text[2], centre),
        Spacer(1, 3 * mm),
    ]
    hdr, merges = headers(rep.layout, "Chỉ tiêu thống kê")
    data = [[Paragraph(h, head) if h else "" for h in r] for r in hdr]
    for r in body_rows(rep):
        data.append([Paragraph(c, cell_c if j != 1 else cell) if c else "" for j, c in enumerate(r)])
    t = Table(data, colWidths=[w * mm for w in col_widths_mm(rep.layout)], repeatRows=len(hdr))
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if rep.layout in ("a", "b"):
        style.append(("GRID", (0, 0), (-1, -1), 0.7, colors.black))
    elif rep.layout == "c":
        style += [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.45, 0.45, 0.45)),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, colors.Color(0.45, 0.45, 0.45)),
        ]
    else:
        style.append(("GRID", (0, 0), (-1, -1), 0.25, colors.Color(0.5, 0.5, 0.5)))
    for r0, c0, r1, c1 in merges:
        style.append(("SPAN", (c0, r0), (c1, r1)))
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 8 * mm), Paragraph("TM. ỦY BAN NHÂN DÂN", centre), Paragraph("CHỦ TỊCH", centre)]
    out = io.BytesIO()
    SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=12 * mm, topMargin=16 * mm, bottomMargin=16 * mm
    ).build(story)
    return out.getvalue()


# --------------------------------------------------------------------------- docx → LibreOffice


def _set_borders(cell, sides: dict[str, tuple[int, str]]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        if side in sides:
            sz, color = sides[side]
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tc_pr.append(borders)


def report_docx(rep: Report) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(18), Mm(12), Mm(16), Mm(16)
    family = FONTS[rep.font][0]
    size = 12 if rep.font == "serif" else 10.5
    normal = d.styles["Normal"]
    normal.font.name = family
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), family)

    def para(text: str, bold: bool = False, centre: bool = False):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.font.name = family
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    title, text = front_matter(rep)
    para(f"ỦY BAN NHÂN DÂN {rep.unit_name.upper()}", True, True)
    for t in title:
        para(t, True, True)
    para(text[0])
    para(text[1], True, True)
    para(text[2], True, True)
    hdr, merges = headers(rep.layout, "Nội dung")
    rows = body_rows(rep)
    widths = col_widths_mm(rep.layout)
    table = d.add_table(rows=len(hdr) + len(rows), cols=len(widths))
    table.autofit = False
    for j, w in enumerate(widths):
        table.columns[j].width = Mm(w)
    if rep.layout in ("a", "b"):
        sides = {s: (6, "000000") for s in ("top", "left", "bottom", "right")}
    elif rep.layout == "c":
        sides = {"top": (4, "777777"), "bottom": (4, "777777")}
    else:
        sides = {s: (2, "888888") for s in ("top", "left", "bottom", "right")}
    for i, r in enumerate(hdr + rows):
        for j, text_ in enumerate(r):
            c = table.cell(i, j)
            c.width = Mm(widths[j])
            _set_borders(c, sides)
            p = c.paragraphs[0]
            run = p.add_run(text_)
            run.font.name = family
            run.bold = i < len(hdr)
            if j != 1 or i < len(hdr):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r0, c0, r1, c1 in merges:
        a, b = table.cell(r0, c0), table.cell(r1, c1)
        keep = a.text
        merged = a.merge(b)
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        if merged.text != keep:
            merged.paragraphs[0].text = ""
            run = merged.paragraphs[0].add_run(keep)
            run.bold = True
            run.font.name = family
    para("")
    para("TM. ỦY BAN NHÂN DÂN", True, True)
    para("CHỦ TỊCH", True, True)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def libreoffice_pdfs(docx_paths: Sequence[Path], tag: str = "gen") -> None:
    """Convert .docx files to PDF next to them in one LibreOffice call."""
    if not docx_paths:
        return
    with tempfile.TemporaryDirectory(prefix=f"lo_{tag}_") as prof, tempfile.TemporaryDirectory() as outdir:
        named = []
        for k, p in enumerate(docx_paths):  # every file its own name: one output folder
            q = Path(outdir) / f"in{k}.docx"
            shutil.copy(p, q)
            named.append(q)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{prof}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            *[str(p) for p in named],
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for p, q in zip(docx_paths, named):
            made = q.with_suffix(".pdf")
            if made.exists():
                shutil.move(str(made), str(p.parent / "report_lo.pdf"))


def write_reports(seeds: Sequence[int], out: Path) -> list[Path]:
    """Reports of the seeds written in the forms/ layout under ``out``; their folders."""
    catalog = load_catalog()
    folders, docs = [], []
    for seed in seeds:
        for rep in make_reports(seed, catalog):
            folder = out / rep.report_id
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "report_rl.pdf").write_bytes(reportlab_pdf(rep))
            (folder / "report.docx").write_bytes(report_docx(rep))
            with open(folder / "gold.csv", "w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=["form", "stt", "indicator_code", "value", "value_text"])
                w.writeheader()
                w.writerows(gold_rows(rep))
            folders.append(folder)
            (folder / "report_lo.pdf").unlink(missing_ok=True)
            docs.append(folder / "report.docx")
    libreoffice_pdfs(docs, tag=f"i12_{os.getpid()}")
    return folders


# --------------------------------------------------------------------------- degradation


def render(pdf: bytes, dpi: float) -> list[Image.Image]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72.0).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def _last_text_y(img: Image.Image) -> int:
    """The lowest row of ink on the page (where the stamp and signature go)."""
    a = np.asarray(img.convert("L"))
    rows = np.nonzero((a < 128).sum(axis=1) > 3)[0]
    return int(rows[-1]) if len(rows) else img.height // 2


def stamp_and_sign(img: Image.Image, rng: random.Random, dpi: float) -> Image.Image:
    """A red round stamp and a blue-black signature over the last rows of the page."""
    img = img.copy()
    over = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(over)
    y = _last_text_y(img)
    r = int(dpi * rng.uniform(0.55, 0.7))
    cx = int(img.width * rng.uniform(0.45, 0.65))
    cy = int(y - dpi * rng.uniform(0.4, 0.9))
    red = (rng.randint(190, 230), rng.randint(20, 60), rng.randint(30, 60), rng.randint(120, 170))
    w = max(2, int(dpi / 60))
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=w)
    dr.ellipse(
        (cx - int(r * 0.72), cy - int(r * 0.72), cx + int(r * 0.72), cy + int(r * 0.72)), outline=red, width=w
    )
    for k in range(5):  # a star and some text-like strokes inside the stamp
        a = math.pi / 2 + k * 4 * math.pi / 5
        b = math.pi / 2 + (k + 1) * 4 * math.pi / 5
        dr.line(
            (
                cx + r * 0.3 * math.cos(a),
                cy - r * 0.3 * math.sin(a),
                cx + r * 0.3 * math.cos(b),
                cy - r * 0.3 * math.sin(b),
            ),
            fill=red,
            width=w,
        )
    for k in range(14):
        a = 2 * math.pi * k / 14
        dr.arc(
            (cx - int(r * 0.9), cy - int(r * 0.9), cx + int(r * 0.9), cy + int(r * 0.9)),
            math.degrees(a),
            math.degrees(a) + 14,
            fill=red,
            width=w,
        )
    ink = (30, 30, rng.randint(70, 120), 230)
    x = cx - r * 0.8
    pts = []
    for k in range(40):
        pts.append((x + k * r * 0.05, cy + r * 0.2 + math.sin(k * 0.7 + rng.random()) * r * 0.35))
    dr.line(pts, fill=ink, width=max(2, int(dpi / 100)), joint="curve")
    img = Image.alpha_composite(img.convert("RGBA"), over).convert("RGB")
    return img


def paper(img: Image.Image, rng: random.Random, strength: float = 1.0) -> np.ndarray:
    """Paper tone, a light gradient, sensor noise (float RGB array)."""
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    tone = np.array([rng.uniform(232, 250), rng.uniform(228, 246), rng.uniform(215, 238)], np.float32)
    gy = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    gx = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    grad = (rng.uniform(-25, 25) * gx + rng.uniform(-25, 25) * gy) * strength
    lit = (a / 255.0) * (tone[None, None, :] + grad[:, :, None])
    ink_dark = rng.uniform(10, 45)
    lit = lit + (1 - a / 255.0) * ink_dark
    nr = np.random.default_rng(rng.randint(0, 2**31))
    lit += nr.normal(0, rng.uniform(4, 11), lit.shape[:2])[:, :, None].astype(np.float32)
    return lit


def to_jpeg(arr: np.ndarray, quality: int, dpi: float, gray: bool) -> Image.Image:
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    if gray:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(int(dpi), int(dpi)))
    return Image.open(io.BytesIO(buf.getvalue()))


def scan_page(img: Image.Image, rng: random.Random, dpi: float, skew: float, turn: int = 0) -> Image.Image:
    img = stamp_and_sign(img, rng, dpi)
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0) * dpi / 300))
    arr = paper(img, rng)
    out = to_jpeg(arr, rng.randint(50, 80), dpi, gray=rng.random() < 0.5)
    if turn:
        out = out.rotate(turn, expand=True)
    return out


def photo_page(img: Image.Image, rng: random.Random, dpi: float) -> Image.Image:
    """The page photographed: on a darker desk, perspective-warped, uneven light."""
    import cv2

    img = stamp_and_sign(img, rng, dpi)
    a = paper(img, rng, strength=1.8)
    h, w = a.shape[:2]
    margin = int(0.08 * max(h, w))
    H, W = h + 2 * margin, w + 2 * margin
    desk = np.array([rng.uniform(60, 120), rng.uniform(50, 100), rng.uniform(40, 90)], np.float32)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda s: rng.uniform(-s, s) * w  # noqa: E731
    dst = np.float32(
        [
            [margin + j(0.04), margin + j(0.03)],
            [margin + w + j(0.04), margin + j(0.03)],
            [margin + w + j(0.03), margin + h + j(0.02)],
            [margin + j(0.03), margin + h + j(0.02)],
        ]
    )
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(
        a,
        m,
        (W, H),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=tuple(float(x) for x in desk),
    )
    # uneven light: a soft vignette and a shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
    d = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    light = 1.0 - rng.uniform(0.15, 0.3) * d
    warped *= light[:, :, None]
    warped = cv2.GaussianBlur(warped, (0, 0), rng.uniform(0.6, 1.1))
    # a phone picture is about 3000 px on its long side; no dpi recorded (72)
    scale = rng.uniform(2600, 3400) / max(H, W)
    warped = cv2.resize(warped, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    img = Image.fromarray(np.clip(warped, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(60, 85))
    return Image.open(io.BytesIO(buf.getvalue()))


def scan_document(pdf: bytes, condition: str, seed: int) -> tuple[bytes, str, dict]:
    """A PDF degraded under ``condition``: (file bytes, extension, the parameters drawn)."""
    rng = random.Random(seed)
    if condition == "photo":
        dpi = 200
        pages = [photo_page(p, rng, dpi) for p in render(pdf, dpi)]
        params = {"dpi": "photo"}
    else:
        if condition == "300":
            dpi, skew_lo, skew_hi = 300, 0.0, 0.6
        elif condition == "200":
            dpi, skew_lo, skew_hi = rng.choice([150, 200, 200]), 0.8, 2.0
        elif condition == "turned":
            dpi, skew_lo, skew_hi = rng.choice([200, 300]), 0.0, 1.0
        else:
            raise ValueError(condition)
        imgs = render(pdf, dpi)
        turned = rng.randrange(len(imgs)) if condition == "turned" else -1
        pages, skews = [], []
        for i, p in enumerate(imgs):
            s = rng.uniform(skew_lo, skew_hi) * rng.choice([-1, 1])
            skews.append(round(s, 2))
            pages.append(scan_page(p, rng, dpi, s, turn=rng.choice([90, 270]) if i == turned else 0))
        params = {"dpi": dpi, "skew": skews, "turned_page": turned + 1 if turned >= 0 else None}
    if condition == "photo" and len(pages) == 1:
        buf = io.BytesIO()
        pages[0].save(buf, "JPEG", quality=90)
        return buf.getvalue(), "jpg", params
    buf = io.BytesIO()
    first = pages[0]
    rest = pages[1:]
    # photos in a PDF (a phone's scan-to-PDF): the sheet about A4 on the PDF page
    res = float(params["dpi"]) if params["dpi"] != "photo" else max(first.size) / (11.69 * 1.16)
    first.save(buf, "PDF", save_all=True, append_images=rest, resolution=res, quality=85)
    return buf.getvalue(), "pdf", params


def scan_seed(report_id: str, name: str, condition: str) -> int:
    """The degradation seed of one (report, typesetting, condition): stable across runs."""
    return zlib.crc32(f"{report_id}/{name}/{condition}".encode())


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[1])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "scans")
    ap.add_argument("--scans", action="store_true", help="also write the degraded scans")
    args = ap.parse_args(argv)
    folders = write_reports(args.seeds, args.out)
    if args.scans:
        for folder in folders:
            for name in ("report_lo.pdf", "report_rl.pdf"):
                src = folder / name
                if not src.exists():
                    continue
                for cond in CONDITIONS:
                    data, ext, _ = scan_document(src.read_bytes(), cond, scan_seed(folder.name, name, cond))
                    (folder / f"scan_{src.stem}_{cond}.{ext}").write_bytes(data)
    print("\n".join(str(f) for f in folders))
    return 0


if __name__ == "__main__":
    sys.exit(main())
