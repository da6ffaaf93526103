"""Generated PDF fixtures: digital reports made from export texts, and broken PDFs.

``make_report_pdf(text)`` lays an export's text out as a report would be printed: A4,
Liberation Serif (a Times-like font carrying every Vietnamese diacritic), headings in bold,
body paragraphs wrapped, footnote marks as raised small digits, and every run of
tab-separated rows as a RULED table whose cell text wraps, that breaks across pages with its
header rows repeated on each page. Output is deterministic (reportlab ``invariant=1``).

The other builders make the awkward cases: a text layer of ``(cid:NN)`` glyphs, a page with
no text at all, encrypted PDFs, a PDF without pages, a truncated PDF, and a text layer in a
legacy Vietnamese encoding (TCVN3 or VNI) under the font names such documents carry.
"""
from __future__ import annotations

import io
import random
import re
import zlib
from functools import lru_cache
from xml.sax.saxutils import escape

FONT_DIR = "/usr/share/fonts/truetype/liberation2"
FONT = "LiberationSerif"
FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT + "-Bold": "LiberationSerif-Bold.ttf",
    FONT + "-Italic": "LiberationSerif-Italic.ttf",
    FONT + "-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
_STT = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*\.?|[a-zđ]\))$")
_ROMAN_HEADING = re.compile(r"^[IVXLC]+\.\s")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register Liberation Serif (all four faces) with reportlab; return the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIR}/{file}"))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT + "-Bold")
    addMapping(FONT, 0, 1, FONT + "-Italic")
    addMapping(FONT, 1, 1, FONT + "-BoldItalic")
    return FONT


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=13, leading=16, alignment=TA_JUSTIFY,
                          firstLineIndent=28, spaceAfter=4)
    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT + "-Bold", firstLineIndent=0,
                                  alignment=0, spaceBefore=4),
        "title": ParagraphStyle("title", parent=body, fontName=FONT + "-Bold", firstLineIndent=0,
                                alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=11, leading=13),
        "cell_head": ParagraphStyle("cell_head", fontName=FONT + "-Bold", fontSize=11, leading=13,
                                    alignment=TA_CENTER),
    }


def _markup(text: str) -> str:
    """Escape text for a reportlab Paragraph; superscript digits become raised small digits."""
    out = escape(text)
    return _SUP_RUN.sub(
        lambda m: "<super>" + "".join(str(_SUPERSCRIPTS.index(c)) for c in m.group()) + "</super>", out)


def _is_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if _ROMAN_HEADING.match(text):
        return True
    return bool(letters) and len(text) < 120 and all(c.isupper() for c in letters)


def _split_rows(rows: list[list[str]]) -> list[tuple[list[list[str]], tuple[int, ...]]]:
    """Cut a run of rows into tables at each "STT" header; return (rows, header row indices)."""
    tables: list[tuple[list[list[str]], tuple[int, ...]]] = []
    current: list[list[str]] = []
    header: tuple[int, ...] = ()

    def is_title(row):  # only the first cell filled, and it is no row number
        return bool(row[0].strip()) and not any(c.strip() for c in row[1:]) and not _STT.match(row[0].strip())

    i = 0
    while i < len(rows):
        row = rows[i]
        if row[0].strip().upper() == "STT":
            titles = []
            while current and is_title(current[-1]):
                titles.insert(0, current.pop())
            if current:
                tables.append((current, header))
            start = len(titles)
            current = titles + [row]
            idx = [start]
            j = i + 1
            while j < len(rows) and not rows[j][0].strip() and all(
                    len(c) < 40 and not re.search(r"\d", c) for c in rows[j]) and any(c.strip() for c in rows[j]):
                current.append(rows[j])
                idx.append(start + j - i)
                j += 1
            header = tuple(idx)
            i = j
            continue
        current.append(row)
        i += 1
    if current:
        tables.append((current, header))
    return tables


def _col_widths(rows: list[list[str]], total: float) -> list[float]:
    """Each column at least as wide as its longest word; the rest shared by text length."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    n = max(len(r) for r in rows)
    least, want = [], []
    for c in range(n):
        texts = [r[c] for r in rows if c < len(r) and r[c]]
        words = [w for t in texts for w in t.split()] or ["00"]
        least.append(max(max(stringWidth(w, FONT + "-Bold", 11) for w in words),
                         max((min(stringWidth(t, FONT + "-Bold", 11), 60) for t in texts), default=0)) + 10)
        want.append(min(max((stringWidth(t, FONT, 11) for t in texts), default=0) + 8, 330))
    spare = total - sum(least)
    if spare <= 0:
        return [w * total / sum(least) for w in least]
    extra = [max(w - m, 0) for w, m in zip(want, least)]
    if sum(extra) <= spare:
        return [m + e + (spare - sum(extra)) / n for m, e in zip(least, extra)]
    return [m + e * spare / sum(extra) for m, e in zip(least, extra)]


def _table(rows: list[list[str]], header: tuple[int, ...], width: float, styles):
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    n = max(len(r) for r in rows)
    rows = [r + [""] * (n - len(r)) for r in rows]
    hset = set(header)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    first_head = min(header) if header else len(rows)
    for r, row in enumerate(rows):
        if r < first_head or r in hset:      # titles and headers: merge cells as Word does
            c = 0
            while c < n:
                if row[c].strip():
                    e = c
                    while e + 1 < n and not row[e + 1].strip() and (
                            r not in hset or (r + 1 in hset and rows[r + 1][e + 1].strip())):
                        e += 1
                    if e > c:
                        cmds.append(("SPAN", (c, r), (e, r)))
                    if r in hset and r + 1 in hset and e == c and not rows[r + 1][c].strip():
                        cmds.append(("SPAN", (c, r), (c, r + 1)))
                    c = e + 1
                else:
                    c += 1
    data = []
    for r, row in enumerate(rows):
        style = styles["cell_head"] if r in hset else styles["cell"]
        data.append([Paragraph(_markup(t), style) if t else "" for t in row])
    table = Table(data, colWidths=_col_widths(rows, width), repeatRows=header or 0, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def _page_number(canvas, doc):
    if doc.page > 1:
        canvas.saveState()
        canvas.setFont(FONT, 12)
        canvas.drawCentredString(canvas._pagesize[0] / 2, canvas._pagesize[1] - 30, str(doc.page))
        canvas.restoreState()


def make_report_pdf(text: str, encrypt=None) -> bytes:
    """An export's text laid out as a digital A4 report; tab-separated rows as ruled tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from extract.text import lines_from_text

    styles = _styles()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, invariant=1, encrypt=encrypt,
                            title="report", author="fixtures_pdf")
    story = []
    run: list[list[str]] = []

    def flush_rows():
        if run:
            for rows, header in _split_rows(run):
                story.append(_table(rows, header, doc.width, styles))
                story.append(Spacer(1, 8))
            run.clear()

    for line in lines_from_text(text):
        if line.is_row:
            run.append(line.texts)
            continue
        flush_rows()
        t = line.cells[0].text.strip()
        if not t:
            story.append(Spacer(1, 4))
        elif _is_heading(t):
            style = styles["title"] if not _ROMAN_HEADING.match(t) and len(t) < 40 else styles["heading"]
            story.append(Paragraph(_markup(t), style))
        else:
            story.append(Paragraph(_markup(t), styles["body"]))
    flush_rows()
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return buf.getvalue()


_LABELS = [
    "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)",
    "Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)",
    "Số nhiệm vụ đề ra trong kế hoạch", "Số nhiệm vụ đã hoàn thành",
    "Số sở, ngành đã kiểm tra", "Số UBND cấp huyện đã kiểm tra",
    "Tổng số vấn đề phát hiện qua kiểm tra", "Số vấn đề phát hiện đã xử lý xong",
    "Số thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình trên Cổng dịch vụ công",
    "Tỷ lệ hồ sơ giải quyết đúng hạn", "Số cuộc khảo sát sự hài lòng của người dân, tổ chức",
]
_UNITS = ["Văn bản", "%", "Nhiệm vụ", "Cơ quan, đơn vị", "Vấn đề", "Thủ tục", "Hồ sơ"]
_WORDS = ("ủy ban nhân dân tỉnh đã ban hành kế hoạch cải cách hành chính năm với nhiều nhiệm vụ "
          "trọng tâm ưu tiên đẩy mạnh ứng dụng công nghệ thông tin xây dựng chính quyền số "
          "rà soát đơn giản hóa thủ tục hành chính nâng cao chất lượng phục vụ người dân "
          "doanh nghiệp kiểm tra đôn đốc các sở ngành địa phương thực hiện nghiêm túc").split()


def synthetic_report_text(n_rows: int = 60, seed: int = 0, forms: int = 2) -> str:
    """A small report in export form: headings, paragraphs with footnote marks, Biểu mẫu tables."""
    rnd = random.Random(seed)

    def sentence(n):
        words = [rnd.choice(_WORDS) for _ in range(n)]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    out = ["Số: 123/BC-UBND", "", "Hà Giang, ngày 15 tháng 6 năm 2023", "", "BÁO CÁO",
           "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023", "",
           "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ""]
    for k in range(4):
        out += [sentence(rnd.randint(25, 60))[:-1] + _SUPERSCRIPTS[k + 1] + ". " + sentence(20), ""]
    out += ["II. KẾT QUẢ THỰC HIỆN", ""]
    for form in range(1, forms + 1):
        out += [f"Biểu mẫu {form}\t\t\t\t", "Kết quả thống kê\t\t\t\t",
                "STT\tChỉ tiêu thống kê\tĐơn vị tính\tKết quả 6 tháng đầu năm 2023\t",
                "\t\t\tSố liệu\tGhi chú"]
        major = 0
        for r in range(n_rows):
            if r % 4 == 0:
                major += 1
                stt = str(major)
            else:
                stt = f"{major}.{r % 4}"
            label = rnd.choice(_LABELS)
            unit = rnd.choice(_UNITS)
            value = rnd.choice([str(rnd.randint(0, 2000)), f"{rnd.randint(0, 99)},{rnd.randint(10, 99)}",
                                "", "Có", f"{rnd.randint(1, 9)}.{rnd.randint(100, 999)}"])
            note = sentence(rnd.randint(3, 14)) if rnd.random() < 0.2 else ""
            out.append("\t".join([stt, label, unit, value, note]))
        out += ["", sentence(30), ""]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- hand-made PDFs

def _assemble(objects: list[bytes], root: int = 1) -> bytes:
    """Write numbered objects (1-based, in order) as a PDF with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(content: bytes) -> bytes:
    data = zlib.compress(content)
    return f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"


def make_no_pages_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    return _assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def make_cid_pdf(pages: int = 1) -> bytes:
    """Pages whose text is drawn with a Type0 font without ToUnicode: the layer reads ``(cid:NN)``."""
    rnd = random.Random(7)
    n_fixed = 5
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"",
            b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+TimesNewRoman /Encoding /Identity-H "
            b"/DescendantFonts [4 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+TimesNewRoman "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
            b"/FontDescriptor 5 0 R /DW 500 >>",
            b"<< /Type /FontDescriptor /FontName /ABCDEF+TimesNewRoman /Flags 6 "
            b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 "
            b"/StemV 80 >>"]
    kids = []
    for p in range(pages):
        ops = [b"BT /F1 12 Tf"]
        for ln in range(40):
            glyphs = "".join(f"{rnd.randint(3, 90):04X}" for _ in range(60))
            ops.append(f"1 0 0 1 60 {780 - ln * 18} Tm <{glyphs}> Tj".encode())
        ops.append(b"ET")
        content_no = n_fixed + 2 * p + 2
        page_no = n_fixed + 2 * p + 1
        kids.append(page_no)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_no} 0 R "
                    f"/Resources << /Font << /F1 3 0 R >> >> >>".encode())
        objs.append(_stream(b"\n".join(ops)))
    objs[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {pages} >>").encode()
    return _assemble(objs)


def make_image_only_pdf(text: str = "BÁO CÁO Công tác cải cách hành chính năm 2023") -> bytes:
    """One page holding only a picture of text: no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    img = Image.new("L", (1240, 400), 255)
    draw = ImageDraw.Draw(img)
    draw.text((40, 150), text, fill=0, font=ImageFont.truetype(f"{FONT_DIR}/{FONT_FILES[FONT]}", 40))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img), 40, 500, width=515, height=166)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_mixed_pdf(text: str) -> bytes:
    """A digital report followed by a page whose layer is ``(cid:NN)`` garbage."""
    from pypdfium2 import PdfDocument

    merged = PdfDocument.new()
    for part in (make_report_pdf(text), make_cid_pdf(1)):
        src = PdfDocument(part)
        merged.import_pages(src)
    buf = io.BytesIO()
    merged.save(buf)
    return buf.getvalue()


def make_encrypted_pdf(text: str, user_password: str = "") -> bytes:
    """A report encrypted with RC4/128: an empty user password opens without asking."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    enc = StandardEncryption(user_password, ownerPassword="owner-secret", canPrint=1, strength=128)
    return make_report_pdf(text, encrypt=enc)


def make_truncated_pdf(text: str, keep: float = 0.5) -> bytes:
    """The first part of a report's bytes, as a broken download leaves it."""
    data = make_report_pdf(text)
    return data[: int(len(data) * keep)]


def make_legacy_pdf(lines: list[str], font_name: str) -> bytes:
    """Lines already in a legacy encoding's Latin-1 form, drawn under a legacy font name.

    The glyphs are Liberation Serif's, but the font is registered as ``font_name`` (``.VnTime``,
    ``VNI-Times``), so the text layer holds the legacy code points and the PDF names the legacy font,
    as a document typed with those fonts and printed to PDF does.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if font_name not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(font_name, f"{FONT_DIR}/{FONT_FILES[FONT]}")
        font.face.name = font_name.encode("latin-1")   # the PDF's /BaseFont: AAAAAA+<font_name>
        pdfmetrics.registerFont(font)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(font_name, 13)
    y = 800
    for line in lines:
        c.drawString(70, y, line)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def make_unruled_table_pdf(rows: list[list[str]], intro: str = "Kết quả thực hiện như sau:") -> bytes:
    """Rows drawn in aligned columns without any ruling lines, under a line of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(FONT, 12)
    c.drawString(70, 790, intro)
    xs = [70, 110, 360, 450]
    y = 760
    for row in rows:
        for x, t in zip(xs, row):
            c.drawString(x, y, t)
        y -= 16
    c.drawString(70, y - 20, "Trên đây là báo cáo kết quả thực hiện.")
    c.showPage()
    c.save()
    return buf.getvalue()
