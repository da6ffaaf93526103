"""Scanned-document fixtures: a known test report, and "scans" of any PDF.

``sample_report_pdf()`` builds a small digital report with reportlab (Liberation Serif):
paragraphs of Vietnamese text using every vowel with every tone mark, and a ruled table of
``STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú`` rows. The text and the rows are known
(``SAMPLE_PARAGRAPHS``, ``SAMPLE_ROWS``), so OCR can be scored against them.

``scan_pdf(pdf_bytes)`` turns any PDF into what a scanner gives back: every page rasterized
with pypdfium2, turned by a small angle, speckled with noise, blurred, JPEG-compressed and
saved as an image-only PDF (no text layer). ``scan_image`` does the same for one page and
returns PNG/JPEG/TIFF bytes.
"""
from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
from PIL import Image, ImageFilter

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FONT_REGULAR = FONT_DIR / "LiberationSerif-Regular.ttf"
FONT_BOLD = FONT_DIR / "LiberationSerif-Bold.ttf"

SAMPLE_TITLE = "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH QUÝ III NĂM 2023"

# Every Vietnamese vowel letter (a ă â e ê i o ô ơ u ư y) appears with every tone mark
# (none, sắc, huyền, hỏi, ngã, nặng), and đ/Đ, across these paragraphs.
SAMPLE_PARAGRAPHS = [
    "Thực hiện kế hoạch cải cách hành chính năm 2023, Ủy ban nhân dân huyện đã chỉ đạo "
    "các cơ quan, đơn vị triển khai đồng bộ những nhiệm vụ trọng tâm; tỷ lệ hồ sơ thủ tục "
    "hành chính được giải quyết đúng hạn đạt 98,5%.",
    "Người dân và doanh nghiệp được hướng dẫn nộp hồ sơ trực tuyến, mọi vướng mắc đều được "
    "xử lý kịp thời. Kỹ năng của đội ngũ cán bộ tiếp tục được nâng lên; việc lắng nghe ý "
    "kiến, phản ánh vẫn được duy trì thường xuyên ở mỗi xã, thị trấn.",
    "Ông Nguyễn Văn Hưởng nhấn mạnh: chẳng để sót một kiến nghị nào, giữ vững kỷ cương; "
    "bữa nay ngẫm lại, những kết quả đạt được là nhờ sự nỗ lực bền bỉ, lẽ phải và sự đồng "
    "thuận, dù còn ít ỏi ngỡ ngàng, ủ ấp ước mơ.",
]

SAMPLE_HEADER = ("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú")
SAMPLE_ROWS = [
    ("1", "Số văn bản chỉ đạo cải cách hành chính đã ban hành", "Văn bản", "12", ""),
    ("2", "Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm", "%", "72,73", ""),
    ("2.1", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "55", ""),
    ("2.2", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "40", "Đúng tiến độ"),
    ("3", "Số hồ sơ thủ tục hành chính đã tiếp nhận", "Hồ sơ", "2.378.231", ""),
    ("3.1", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", "30.067", ""),
    ("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "87,23", ""),
    ("4", "Số cơ quan, đơn vị được kiểm tra", "Cơ quan", "0", "Chưa kiểm tra"),
    ("4.1", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "7", ""),
    ("5", "Khảo sát sự hài lòng của người dân, tổ chức", "Có = 1; Không = 0", "1", ""),
]


def _fonts() -> tuple[str, str]:
    """Register Liberation Serif with reportlab once; return (regular, bold) names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    names = pdfmetrics.getRegisteredFontNames()
    if "LibSerif" not in names:
        pdfmetrics.registerFont(TTFont("LibSerif", str(FONT_REGULAR)))
        pdfmetrics.registerFont(TTFont("LibSerif-Bold", str(FONT_BOLD)))
    return "LibSerif", "LibSerif-Bold"


def sample_report_pdf(paragraphs: Sequence[str] = SAMPLE_PARAGRAPHS,
                      rows: Sequence[Sequence[str]] = SAMPLE_ROWS,
                      header: Sequence[str] = SAMPLE_HEADER,
                      title: str = SAMPLE_TITLE,
                      pages: int = 1) -> bytes:
    """A digital A4 report: title, paragraphs, then a ruled table; repeated ``pages`` times.

    Every page carries the same content, each on its own page, so multi-page fixtures stay
    comparable page by page.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=13, leading=17, spaceAfter=6,
                          firstLineIndent=10 * mm)
    head = ParagraphStyle("head", fontName=bold, fontSize=13, leading=17, alignment=1, spaceAfter=10)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=12, leading=15)
    cell_b = ParagraphStyle("cellb", fontName=bold, fontSize=12, leading=15, alignment=1)

    story = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Paragraph(title, head))
        story.extend(Paragraph(p, body) for p in paragraphs)
        story.append(Spacer(1, 6 * mm))
        data = [[Paragraph(h, cell_b) for h in header]]
        data += [[Paragraph(c, cell) for c in row] for row in rows]
        table = Table(data, colWidths=[14 * mm, 72 * mm, 30 * mm, 28 * mm, 31 * mm], repeatRows=0)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story.append(table)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Báo cáo CCHC")
    doc.build(story)
    return out.getvalue()


def render_pages(pdf_bytes: bytes, dpi: int = 300, pages: Optional[Sequence[int]] = None) -> list[Image.Image]:
    """Pages of a PDF (all, or the 1-based ``pages``) as grayscale Pillow images at ``dpi``."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf_bytes)
    try:
        numbers = list(pages) if pages is not None else list(range(1, len(doc) + 1))
        return [doc[n - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for n in numbers]
    finally:
        doc.close()


def degrade(image: Image.Image, angle: float, seed: int, noise: float = 10.0,
            blur: float = 0.7, specks: int = 400) -> Image.Image:
    """What a scanner does to a clean page: turn, speckle, add sensor noise, blur."""
    rng = np.random.default_rng(seed)
    img = image.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32)
    # A slightly grey, uneven paper tone: the page is never pure white on a scan.
    h, w = arr.shape
    shade = np.linspace(0, 18, w, dtype=np.float32)[None, :] + np.linspace(0, 10, h, dtype=np.float32)[:, None]
    arr = arr - shade * (arr / 255.0)
    arr = arr + rng.normal(0, noise, arr.shape).astype(np.float32)
    ys = rng.integers(0, h, specks)
    xs = rng.integers(0, w, specks)
    arr[ys, xs] = rng.integers(0, 90, specks)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    return img


def _angle(angle: Optional[float], seed: int, index: int) -> float:
    if angle is not None:
        return float(angle)
    return random.Random(seed * 7919 + index).uniform(-1.5, 1.5)


def scan_pages(pdf_bytes: bytes, dpi: int = 300, angle: Optional[float] = None, seed: int = 0,
               noise: float = 10.0, blur: float = 0.7, pages: Optional[Sequence[int]] = None) -> list[Image.Image]:
    """Pages of a PDF (all, or the 1-based ``pages``) as degraded scans (grayscale Pillow
    images at ``dpi``).

    ``angle`` in degrees (counter-clockwise); ``None`` draws one per page in ±1.5° from ``seed``.
    """
    return [degrade(page, _angle(angle, seed, i), seed + i, noise=noise, blur=blur)
            for i, page in enumerate(render_pages(pdf_bytes, dpi, pages))]


def scan_pdf(pdf_bytes: bytes, dpi: int = 300, angle: Optional[float] = None, seed: int = 0,
             quality: int = 60, noise: float = 10.0, blur: float = 0.7) -> bytes:
    """An image-only PDF, as a scanner makes it, of every page of ``pdf_bytes``."""
    pages = scan_pages(pdf_bytes, dpi, angle, seed, noise, blur)
    out = io.BytesIO()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                  quality=quality)
    return out.getvalue()


def scan_image(pdf_bytes: bytes, page: int = 1, dpi: int = 300, angle: Optional[float] = None,
               seed: int = 0, fmt: str = "PNG", quality: int = 60, noise: float = 10.0,
               blur: float = 0.7) -> bytes:
    """One page of a PDF as a scanned image file (``fmt``: PNG, JPEG or TIFF), dpi recorded."""
    img = scan_pages(pdf_bytes, dpi, angle, seed, noise, blur)[page - 1]
    out = io.BytesIO()
    if fmt.upper() in ("JPEG", "JPG"):
        img.save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    else:
        img.save(out, fmt.upper(), dpi=(dpi, dpi))
    return out.getvalue()


def sample_text() -> str:
    """The known body text of the sample report (title and paragraphs), one paragraph per line."""
    return "\n".join([SAMPLE_TITLE, *SAMPLE_PARAGRAPHS])


def note_pdf(paragraphs: Sequence[str], rows: Sequence[Sequence[str]] = (),
             width_mm: float = 105, height_mm: float = 148) -> bytes:
    """A small page (A6 by default: quick to OCR) with paragraphs and an optional ruled table."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, _ = _fonts()
    body = ParagraphStyle("nbody", fontName=regular, fontSize=12, leading=15, spaceAfter=4)
    story = [Paragraph(p, body) for p in paragraphs]
    if rows:
        story.append(Spacer(1, 4 * mm))
        table = Table([[Paragraph(c, body) if c else "" for c in r] for r in rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story.append(table)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=(width_mm * mm, height_mm * mm), leftMargin=10 * mm,
                            rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=10 * mm)
    doc.build(story)
    return out.getvalue()


def ruled_form_pdf(n_rows: int = 6, n_cols: int = 5) -> bytes:
    """An A6 page holding only ruling lines: an empty grid, a signature line and a box."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(105 * mm, 148 * mm))
    c.setLineWidth(0.8)
    x0, y0, w, h = 10 * mm, 40 * mm, 85 * mm, 90 * mm
    for i in range(n_rows + 1):
        c.line(x0, y0 + i * h / n_rows, x0 + w, y0 + i * h / n_rows)
    for j in range(n_cols + 1):
        c.line(x0 + j * w / n_cols, y0, x0 + j * w / n_cols, y0 + h)
    c.line(50 * mm, 20 * mm, 95 * mm, 20 * mm)          # a signature line
    c.rect(10 * mm, 12 * mm, 25 * mm, 18 * mm)         # a stamp box
    c.showPage()
    c.save()
    return out.getvalue()


def tiff_pages(images: Sequence[Image.Image], dpi: int = 300) -> bytes:
    """Images saved as one multi-page TIFF (deflate-compressed), resolution recorded."""
    out = io.BytesIO()
    images[0].save(out, "TIFF", save_all=True, append_images=list(images[1:]), dpi=(dpi, dpi),
                   compression="tiff_deflate")
    return out.getvalue()
