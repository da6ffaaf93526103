"""Options of the extract stage (plain data, picklable, passed to workers)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractOptions:
    ocr: bool = True                 # OCR pages that have no usable text layer
    ocr_lang: str = "vie"
    dpi: int = 300                   # rendering resolution for OCR
    page_timeout: float = 120.0      # seconds Tesseract may spend on one page
    max_image_pixels: int = 200_000_000  # larger images are refused (decompression bombs)
    low_confidence: float = 0.60     # a value cell read below this is read again, then flagged
