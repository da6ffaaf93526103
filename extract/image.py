"""Image files (.png .jpg .jpeg .tif .tiff) → one OCR'd page per image frame.

Stages: open with Pillow under a pixel limit (``options.max_image_pixels``: decompression
bombs are refused with ``ImageTooLarge`` before any pixel is decoded), decode each frame
(a multi-page TIFF has several; a damaged file gives ``UnreadableFile``), turn it upright
from its EXIF orientation, find its resolution, then OCR it exactly as a scanned PDF page
(``extract.ocr.ocr_image_page``).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import ImageTooLarge, UnreadableFile
from core.records import METHOD_FAILED, ExtractedDocument, Page
from extract.ocr import check_tesseract, failed_page, ocr_image_page
from extract.options import ExtractOptions

A4_SHORT_SIDE_IN = 8.27  # inches: the page an image of unknown resolution is taken to be
MIN_TRUSTED_DPI = 100  # a recorded resolution below this (72 dpi camera default) is ignored
MAX_TRUSTED_DPI = 1200

_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, UnidentifiedImageError)


def too_large_message(pixels: int, limit: int) -> str:
    return (
        f"the image has {pixels:,} pixels, more than the {limit:,} this pipeline accepts "
        "(max_image_pixels): it may be a decompression bomb. Scan it again at 300 dpi, "
        "or raise max_image_pixels if the image is genuine."
    )


@contextmanager
def pixel_limit(limit: int) -> Iterator[None]:
    """Pillow's decompression-bomb guard set to ``limit`` pixels, and its warning made an
    error, for the duration of the block (restored afterwards)."""
    old = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = limit
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = old


def check_pixels(size: tuple[int, int], limit: int) -> None:
    pixels = max(1, size[0]) * max(1, size[1])
    if pixels > limit:
        raise ImageTooLarge(too_large_message(pixels, limit))


def open_image(data: bytes, limit: int) -> Image.Image:
    """Open (header only) an image under the pixel limit; named errors for bombs and junk."""
    try:
        img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLarge(f"{too_large_message(_pixels_in(exc), limit)}") from exc
    except _DAMAGED as exc:
        raise UnreadableFile(
            f"the image cannot be read: it is damaged or not a PNG/JPEG/TIFF ({exc})"
        ) from exc
    check_pixels(img.size, limit)
    return img


def _pixels_in(exc: Exception) -> int:
    import re

    m = re.search(r"\((\d+) pixels\)", str(exc))
    return int(m.group(1)) if m else 0


def frame_count(img: Image.Image) -> int:
    return max(1, int(getattr(img, "n_frames", 1) or 1))


def image_dpi(img: Image.Image) -> float:
    """The frame's scanning resolution: the recorded one when plausible, else the one that
    makes the image's short side an A4 page's width (phone pictures record 72 dpi)."""
    dpi = img.info.get("dpi")
    if dpi:
        try:
            x = float(dpi[0] if isinstance(dpi, (tuple, list)) else dpi)
        except (TypeError, ValueError):
            x = 0.0
        if MIN_TRUSTED_DPI <= x <= MAX_TRUSTED_DPI:
            return x
    guess = min(img.size) / A4_SHORT_SIDE_IN
    return float(min(MAX_TRUSTED_DPI, max(72.0, guess)))


def decode_frame(img: Image.Image, index: int, limit: int) -> tuple[np.ndarray, float]:
    """Frame ``index`` decoded to an upright 8-bit grayscale array, with its dpi."""
    img.seek(index)
    check_pixels(img.size, limit)
    img.load()
    dpi = image_dpi(img)
    frame = ImageOps.exif_transpose(img) if index == 0 else img
    if frame.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        arr = np.asarray(frame, dtype=np.float64)
        top = arr.max() if arr.size else 1.0
        arr = (arr / (top or 1.0) * 255.0).astype(np.uint8)
        return arr, dpi
    from extract.scan import to_gray

    return to_gray(frame), dpi


def extract_image(data: bytes, options: ExtractOptions | None = None) -> ExtractedDocument:
    """An image file's bytes → ``ExtractedDocument`` (file_type ``image``), one OCR'd page
    per frame (``page_count`` = frames).

    Raises ``ImageTooLarge`` for an image over ``options.max_image_pixels`` (a
    decompression bomb), ``UnreadableFile`` for a damaged image, ``OCRUnavailable`` when
    Tesseract is missing. A frame that cannot be decoded after the first, or that OCR
    cannot read in time, is a ``failed`` page; the others are kept.
    """
    options = options or ExtractOptions()
    limit = int(options.max_image_pixels)
    warnings_out: list[str] = []
    with pixel_limit(limit):
        img = open_image(data, limit)
        n = frame_count(img)
        if options.ocr:
            check_tesseract(options.ocr_lang)
        pages: list[Page] = []
        for i in range(n):
            number = i + 1
            try:
                gray, dpi = decode_frame(img, i, limit)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
                raise ImageTooLarge(too_large_message(_pixels_in(exc), limit)) from exc
            except _DAMAGED as exc:
                if i == 0:
                    raise UnreadableFile(
                        f"the image cannot be decoded: it is damaged or truncated ({exc}); "
                        "save or scan it again"
                    ) from exc
                msg = f"frame {number} of the image is damaged and was left out ({exc})"
                warnings_out.append(msg)
                pages.append(failed_page(number, msg))
                continue
            if not options.ocr:
                pages.append(
                    failed_page(
                        number,
                        "OCR is turned off (options.ocr is False); an image has no text without it",
                        round(gray.shape[1] * 72 / dpi, 2),
                        round(gray.shape[0] * 72 / dpi, 2),
                    )
                )
                continue
            pages.append(ocr_image_page(gray, number, options, dpi))
    for p in pages:
        if p.method == METHOD_FAILED and p.error and p.error not in warnings_out:
            warnings_out.append(f"page {p.number}: {p.error}")
    return ExtractedDocument(file_type="image", pages=pages, page_count=n, warnings=warnings_out)
