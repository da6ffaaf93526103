"""Which extractor reads a file: by extension, checked against the bytes."""
from __future__ import annotations

from pathlib import Path

from core.errors import EmptyFile, UnreadableFile, UnsupportedFileType
from core.records import ExtractedDocument
from extract.options import ExtractOptions

FILE_TYPES = {
    ".pdf": "pdf",
    ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
}


def file_type_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    try:
        return FILE_TYPES[suffix]
    except KeyError:
        raise UnsupportedFileType(suffix) from None


def sniff(data: bytes) -> str | None:
    """What the bytes look like, whatever the file is called."""
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    low = head[:200].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low:
        return "html"
    return None


def extract_bytes(data: bytes, file_type: str, options: ExtractOptions | None = None) -> ExtractedDocument:
    """Route a file's bytes to the extractor for its type."""
    options = options or ExtractOptions()
    if not data:
        raise EmptyFile()
    kind = sniff(data)
    if file_type == "pdf":
        if kind != "pdf":
            what = {"html": "an HTML page", "png": "a PNG image", "jpeg": "a JPEG image",
                    "zip": "a ZIP/Office file"}.get(kind or "", "no PDF data")
            raise UnreadableFile(f"named .pdf but holds {what} (no %PDF- header)")
        from extract.pdf import extract_pdf
        return extract_pdf(data, options)
    if file_type == "image":
        if kind not in ("png", "jpeg", "tiff"):
            raise UnreadableFile("named as an image but holds no PNG, JPEG or TIFF data")
        from extract.image import extract_image
        return extract_image(data, options)
    if file_type == "docx" and kind != "zip":
        raise UnreadableFile("named .docx but is not a Word (ZIP) file")
    if file_type in ("txt", "html", "docx"):
        if file_type == "txt" and kind == "pdf":
            raise UnreadableFile("named .txt but holds a PDF")
        from extract.text import extract_export
        return extract_export(data, file_type)
    raise UnsupportedFileType(file_type)
