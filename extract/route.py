"""Which extractor reads a file: by extension, checked against the bytes."""

from __future__ import annotations

from pathlib import Path

from core.errors import EmptyFile, UnreadableFile, UnsupportedFileType
from core.records import ExtractedDocument
from extract.options import ExtractOptions
from extract.text import extract_export

# The PDF, spreadsheet and converter readers (and the OCR stack) are imported when a file of
# their kind comes: a run's main process imports this module for FILE_TYPES only, and a
# worker that reads no PDF never loads pdfminer's layout code.

FILE_TYPES = {
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
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
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # an old binary Office file (.doc, .xls)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    low = head[:200].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml", b"<table", b"<meta")) or b"<html" in low:
        return "html"
    return None


def _as(doc: ExtractedDocument, file_type: str) -> ExtractedDocument:
    doc.file_type = file_type
    return doc


def extract_bytes(data: bytes, file_type: str, options: ExtractOptions | None = None) -> ExtractedDocument:
    """Route a file's bytes to the extractor for its type."""
    options = options or ExtractOptions()
    if not data:
        raise EmptyFile()
    kind = sniff(data)
    if file_type == "pdf":
        if kind != "pdf":
            what = {
                "html": "an HTML page",
                "png": "a PNG image",
                "jpeg": "a JPEG image",
                "zip": "a ZIP/Office file",
            }.get(kind or "", "no PDF data")
            raise UnreadableFile(f"named .pdf but holds {what} (no %PDF- header)")
        from extract.pdf import extract_pdf

        return extract_pdf(data, options)
    if file_type == "image":
        if kind not in ("png", "jpeg", "tiff"):
            raise UnreadableFile("named as an image but holds no PNG, JPEG or TIFF data")
        from extract.image import extract_image  # lazily: it loads cv2 (OpenCV), only images need it

        return extract_image(data, options)
    if file_type == "docx" and kind != "zip":
        raise UnreadableFile("named .docx but is not a Word (ZIP) file")
    if file_type in ("xlsx", "xls", "ods"):
        if kind == "html":  # a portal's "Excel" download is often an HTML table
            return _as(extract_export(data, "html"), file_type)
        if kind not in ("zip", "ole"):
            raise UnreadableFile(f"named .{file_type} but is not a spreadsheet (no ZIP or OLE2 data)")
        from extract.sheet import extract_sheet

        return extract_sheet(
            data, "ods" if file_type == "ods" and kind == "zip" else ("xls" if kind == "ole" else "xlsx")
        )
    if file_type in ("doc", "odt", "rtf"):
        if kind == "html":  # a Word "web page" saved as .doc
            return _as(extract_export(data, "html"), file_type)
        if kind == "zip" and file_type == "doc":
            try:  # a .docx renamed .doc
                return _as(extract_export(data, "docx"), file_type)
            except UnreadableFile:
                pass
        if kind not in ("zip", "ole", "rtf"):
            raise UnreadableFile(f"named .{file_type} but holds no Word, OpenDocument or RTF data")
        from extract.office import convert

        return _as(extract_export(convert(data, file_type, "docx"), "docx"), file_type)
    if file_type in ("txt", "html", "docx"):
        if file_type == "txt" and kind == "pdf":
            raise UnreadableFile("named .txt but holds a PDF")
        return extract_export(data, file_type)
    raise UnsupportedFileType(file_type)
