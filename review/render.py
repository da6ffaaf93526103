"""Page images for review: a page of a source file rendered in the frame of its bboxes.

Bboxes are ``(x0, top, x1, bottom)`` in PDF points, origin top-left, in the frame the page
was read in (``pages.width``/``height``; a page whose text runs sideways was turned by
``pages.rotation``). A PDF page is rendered with pypdfium2, an image decoded with Pillow
(EXIF orientation applied, as the extract stage does) and scaled to that frame, so that a
bbox times the scale is a pixel box on the rendering.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageOps

BBox = tuple[float, float, float, float]
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
ROW_FILL = (255, 214, 0, 70)  # the row read: translucent yellow
CELL_EDGE = (220, 20, 60, 255)  # the value cell: crimson outline


@dataclass
class PageImage:
    image: Image.Image  # RGB
    scale: float  # pixels per point of the bbox frame

    def box(self, bbox: BBox) -> tuple[int, int, int, int]:
        x0, t, x1, b = bbox
        s = self.scale
        return (int(x0 * s), int(t * s), int(round(x1 * s)), int(round(b * s)))


def renderable(path: Path) -> bool:
    return path.suffix.lower() == ".pdf" or path.suffix.lower() in IMAGE_SUFFIXES


def _turn(img: Image.Image, rotation: int | None) -> Image.Image:
    """The rendering turned the way the extract stage turned the page's text (extract.pdf.rotate_box)."""
    if rotation == 90:
        return img.rotate(-90, expand=True)
    if rotation == 270:
        return img.rotate(90, expand=True)
    if rotation == 180:
        return img.rotate(180)
    return img


def render_page(
    path: Path,
    page: int,
    scale: float = 2.0,
    frame: tuple[float, float] | None = None,
    rotation: int | None = None,
) -> PageImage:
    """Page ``page`` (1-based) of a PDF or image file, ``scale`` pixels per point."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        try:
            p = pdf[page - 1]
            img = p.render(scale=scale).to_pil().convert("RGB")
            p.close()
        finally:
            pdf.close()
        img = _turn(img, rotation)
        if frame and frame[0]:
            return PageImage(img, img.width / frame[0])
        return PageImage(img, scale)
    with Image.open(path) as src:
        src.seek(max(0, page - 1))
        img = ImageOps.exif_transpose(src.convert("RGB") if src.mode not in ("RGB", "L") else src.copy())
        img = img.convert("RGB")
    if frame and frame[0] and frame[1]:
        size = (max(1, int(frame[0] * scale)), max(1, int(frame[1] * scale)))
        return PageImage(img.resize(size, Image.Resampling.LANCZOS), scale)
    return PageImage(img, 1.0)


@lru_cache(maxsize=16)
def _cached(path: str, page: int, scale: float, frame, rotation) -> PageImage:
    return render_page(Path(path), page, scale, frame, rotation)


def cached_page(path: Path, page: int, scale: float = 2.0, frame=None, rotation=None) -> PageImage:
    return _cached(str(path), int(page), float(scale), tuple(frame) if frame else None, rotation)


def find_text_box(
    path: Path, page: int, text: str, within: BBox, frame_height: float | None = None
) -> BBox | None:
    """The box of ``text`` on a PDF page's text layer inside ``within`` (top-left points),
    the rightmost when several: the value cell of a table row. None when not found."""
    text = (text or "").strip()
    if not text or Path(path).suffix.lower() != ".pdf":
        return None
    pdf = pdfium.PdfDocument(str(path))
    try:
        p = pdf[page - 1]
        if p.get_rotation():
            return None
        height = p.get_height()
        tp = p.get_textpage()
        found = []
        searcher = tp.search(text, match_case=False, match_whole_word=False)
        while (hit := searcher.get_next()) is not None:
            index, count = hit
            boxes = [tp.get_charbox(i, loose=False) for i in range(index, index + count)]
            x0 = min(b[0] for b in boxes)
            x1 = max(b[2] for b in boxes)
            top = height - max(b[3] for b in boxes)
            bottom = height - min(b[1] for b in boxes)
            cx, cy = (x0 + x1) / 2, (top + bottom) / 2
            if within[0] - 1 <= cx <= within[2] + 1 and within[1] - 1 <= cy <= within[3] + 1:
                found.append((x0, top, x1, bottom))
        searcher.close()
        tp.close()
        p.close()
    finally:
        pdf.close()
    return max(found, key=lambda b: b[0]) if found else None


def crop_region(page: PageImage, row: BBox, cell: BBox | None, context: float = 28.0) -> Image.Image:
    """The page region around a row (``context`` points above and below, the row's width plus
    a margin), the row filled yellow, the value cell outlined."""
    img = page.image.copy().convert("RGBA")
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle(page.box(row), fill=ROW_FILL, outline=(230, 160, 0, 255), width=2)
    if cell is not None:
        c0, ct, c1, cb = page.box(cell)
        draw.rectangle((c0 - 4, ct - 3, c1 + 4, cb + 3), outline=CELL_EDGE, width=3)
    img = Image.alpha_composite(img, overlay).convert("RGB")
    s = page.scale
    x0, t, x1, b = row
    box = (
        max(0, int((x0 - 12) * s)),
        max(0, int((t - context) * s)),
        min(img.width, int((x1 + 12) * s)),
        min(img.height, int((b + context) * s)),
    )
    if box[2] <= box[0] or box[3] <= box[1]:
        return img
    return img.crop(box)


def png_data_uri(img: Image.Image, max_width: int = 1000) -> str:
    """A compact PNG (palette of 64 colours) as a data: URI, for a self-contained page."""
    if img.width > max_width:
        img = img.resize(
            (max_width, max(1, int(img.height * max_width / img.width))), Image.Resampling.LANCZOS
        )
    buf = io.BytesIO()
    img.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(buf, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (Vietnamese glyphs) when installed, else Pillow's default."""
    for cand in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ):
        if Path(cand).is_file():
            return ImageFont.truetype(cand, size)
    return ImageFont.load_default()
