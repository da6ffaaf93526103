"""``cchc show OUT DOC_ID [--page N]``: one page with every cell the extract stage read.

The page is read again from its source file (a PDF page on its own, so only that page is
OCR'd when it needs to be), and drawn as PNG: every cell of a table row boxed in blue with
the text read in it, running-text lines boxed in grey, and each published observation of the
page framed (green; orange when flagged) with its code and value at the right. Like
pdfplumber's ``debug_tablefinder``, for a developer or an analyst debugging one page.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from extract.route import extract_bytes, file_type_of
from review.data import load
from review.render import font, render_page

CELL = (30, 90, 200, 255)
TEXT_LINE = (150, 150, 150, 255)
OBS_OK = (30, 150, 60, 255)
OBS_FLAGGED = (230, 120, 0, 255)


def _page_alone(data: bytes, page: int) -> bytes:
    """A PDF of one page of ``data`` (so that only that page is read)."""
    src = pdfium.PdfDocument(data)
    try:
        if not 1 <= page <= len(src):
            raise ValueError(f"the document has {len(src)} pages, not a page {page}")
        dst = pdfium.PdfDocument.new()
        dst.import_pages(src, [page - 1])
        buf = io.BytesIO()
        dst.save(buf)
        dst.close()
        return buf.getvalue()
    finally:
        src.close()


def read_page_lines(path: Path, page: int):
    """The extract stage's Page for one page of a PDF or image file."""
    ftype = file_type_of(path.name)
    data = path.read_bytes()
    if ftype == "pdf":
        doc = extract_bytes(_page_alone(data, page), "pdf")
        return doc.pages[0]
    if ftype == "image":
        doc = extract_bytes(data, "image")
        for p in doc.pages:
            if p.number == page:
                return p
        raise ValueError(f"the image has {len(doc.pages)} pages, not a page {page}")
    raise ValueError(f"{path.name} is a text export: it has no pages to draw")


def _label(draw: ImageDraw.ImageDraw, xy, text: str, fnt, colour) -> None:
    x, y = xy
    box = draw.textbbox((x, y), text, font=fnt)
    draw.rectangle(box, fill=(255, 255, 255, 215))
    draw.text((x, y), text, font=fnt, fill=colour)


def _missing(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def draw_page(
    img: Image.Image, scale: float, page, observations: pd.DataFrame, margin: int = 0
) -> Image.Image:
    """The page image with the cells of ``page`` (an extract Page) and the observations drawn;
    ``margin`` pixels of white added at the right for the observations' labels."""
    base = Image.new("RGBA", (img.width + margin, img.height), (255, 255, 255, 255))
    base.paste(img.convert("RGBA"), (0, 0))
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    small = font(max(9, int(6.5 * scale)))
    mid = font(max(10, int(8 * scale)))

    def px(b):
        return (b[0] * scale, b[1] * scale, b[2] * scale, b[3] * scale)

    for line in page.lines:
        if line.is_row:
            for c in line.cells:
                if c.bbox is None:
                    continue
                draw.rectangle(px(c.bbox), outline=CELL, width=1)
                if c.text.strip():
                    t = c.text.strip().replace("\n", " ")
                    t = t if len(t) <= 28 else t[:27] + "…"
                    _label(draw, (c.bbox[0] * scale + 2, c.bbox[1] * scale + 1), t, small, CELL)
        elif line.bbox is not None:
            draw.rectangle(px(line.bbox), outline=TEXT_LINE, width=1)
    for _i, o in observations.iterrows():
        bbox = o.get("bbox")
        if bbox is None or isinstance(bbox, float) or len(bbox) != 4:
            continue
        flagged = o.get("flags") is not None and len(o["flags"]) > 0
        colour = OBS_FLAGGED if flagged else OBS_OK
        x0, t, x1, b = px(bbox)
        draw.rectangle((x0 - 2, t - 1, x1 + 2, b + 1), outline=colour, width=3 if flagged else 2)
        value = o.get("value")
        if _missing(value):
            shown = "blank" if _missing(o.get("value_text")) else str(o["value_text"])
        else:
            shown = str(int(value)) if float(value).is_integer() else f"{value:g}"
        code = o.get("indicator_code")
        code = o.get("stt") if _missing(code) else code
        text = f"{'?' if _missing(code) else code} = {shown}"
        if flagged:
            text += "  [" + ", ".join(o["flags"]) + "]"
        _label(draw, (min(x1 + 6, base.width - 10), t), text, mid, colour)
    return Image.alpha_composite(base, layer).convert("RGB")


def show_page(
    out: Path,
    doc_id: str,
    page: int | None = None,
    raw: Path | None = None,
    dest: Path | None = None,
    dpi: int = 110,
) -> Path:
    output = load(out, raw)
    doc = output.document(doc_id)
    if doc is None:
        raise LookupError(
            f"no document {doc_id!r} in {out} (give a doc_id, a unique prefix or a source_file)"
        )
    src = output.source(doc["source_file"])
    if src is None:
        raise FileNotFoundError(
            f"the source of {doc['source_file']} is not under {output.raw or '(unknown: pass --raw)'}"
        )
    obs = output["observations"]
    obs = obs[obs["doc_id"] == doc["doc_id"]] if not obs.empty else obs
    if page is None:
        with_page = obs[obs["page"].notna()] if not obs.empty else obs
        page = int(with_page["page"].min()) if len(with_page) else 1
    read = read_page_lines(src, page)
    scale = dpi / 72.0
    frame = (read.width, read.height) if read.width and read.height else None
    image = render_page(src, page, scale, frame, read.rotation)
    on_page = obs[obs["page"] == page] if not obs.empty else obs
    picture = draw_page(image.image, image.scale, read, on_page, margin=int(190 * scale))
    dest = Path(dest) if dest else Path(out) / f"show-{doc['doc_id'][:12]}-p{page}.png"
    dest.parent.mkdir(parents=True, exist_ok=True)
    picture.save(dest, "PNG", optimize=True)
    return dest
