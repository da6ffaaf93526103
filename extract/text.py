"""Text exports (.txt, .html, .docx) → one page of lines (HTML: ``extract.html``, DOCX: ``extract.docx``).

A table row of an export becomes a line with one cell per column: tab-separated in a
.txt, ``<td>`` cells in HTML, ``w:tc`` cells in DOCX. Inline markup (``<i>``, ``**``) is
removed, web-page clutter (login walls, banners, "DMCA") is dropped, and the text is
Unicode NFC.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from core.errors import UnreadableFile
from core.records import METHOD_EXPORT, Cell, ExtractedDocument, Line, Page

_INLINE_TAG = re.compile(r"</?(?:i|b|u|em|strong|span|sup|sub|font|a|small|big)\b[^>]*>", re.I)
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
_MD_BOLD = re.compile(r"\*\*|__")
_MD_EMPH = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\ufeff]")


def decode_bytes(data: bytes) -> str:
    """Decode an export: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258.

    Damage never fails the document: UTF-8 text with a few bad bytes (a flipped byte, a cut
    sequence) is read as UTF-8 with each bad spot replaced by U+FFFD, and so is a
    Windows-1258 byte that maps to nothing; the replaced spots make the document ``partial``
    (``runner.document``). Text is UTF-8 when its valid multi-byte characters outnumber the
    bad bytes four to one (Windows-1258 Vietnamese read as UTF-8 is nearly all bad bytes).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    if head.count(0) > max(1, len(head) // 100):
        raise UnreadableFile("the file holds binary data, not text")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if good >= 4 * bad:
        return text
    return data.decode("cp1258", errors="replace")


def clean_inline(text: str) -> str:
    """Remove inline markup and emphasis marks from one cell or line, NFC-normalize."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = _BR_TAG.sub(" ", text)
    text = _INLINE_TAG.sub("", text)
    text = _MD_BOLD.sub("", text)
    text = _MD_EMPH.sub(r"\1", text)
    text = text.replace("\xa0", " ")
    return text


@lru_cache(maxsize=1)
def _clutter_patterns() -> tuple[tuple[re.Pattern, ...], tuple[re.Pattern, ...]]:
    drop, tail = [], []
    for raw in (Path(__file__).with_name("clutter.txt")).read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        if raw.startswith("tail:"):
            tail.append(re.compile(raw[5:], re.I))
        else:
            drop.append(re.compile(raw, re.I))
    return tuple(drop), tuple(tail)


def is_clutter(text: str) -> bool:
    drop, tail = _clutter_patterns()
    s = text.strip()
    return bool(s) and any(p.fullmatch(s) for p in drop + tail)


def strip_clutter(lines: list[Line]) -> list[Line]:
    """Drop web-page clutter lines, and everything after a login wall near the end."""
    drop, tail = _clutter_patterns()
    n = len(lines)
    cut = n
    for i, line in enumerate(lines):
        s = line.plain
        if i >= n * 0.6 and any(p.fullmatch(s) for p in tail):
            cut = i
            break
    kept = []
    for line in lines[:cut]:
        s = line.plain
        if not line.is_row and s and any(p.fullmatch(s) for p in drop + tail):
            continue
        kept.append(line)
    return kept


def lines_from_text(text: str) -> list[Line]:
    """Split an export's text into lines; a line with tabs is a table row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = []
    for raw in text.split("\n"):
        raw = clean_inline(raw).rstrip()
        if "\t" in raw:
            out.append(Line([Cell(c.strip()) for c in raw.split("\t")]))
        else:
            out.append(Line([Cell(raw.strip())]))
    return out


def lines_from_html(text: str) -> list[Line]:
    """An HTML page's lines (``extract.html``), markup cleaned."""
    return lines_from_html_checked(text)[0]


def lines_from_html_checked(text: str) -> tuple[list[Line], list[str]]:
    from extract.html import html_lines

    lines, unread = html_lines(text)
    return [_clean_line(ln) for ln in lines], unread


def lines_from_docx(data: bytes) -> list[Line]:
    """A .docx's lines (``extract.docx``), markup cleaned."""
    return lines_from_docx_checked(data)[0]


def lines_from_docx_checked(data: bytes) -> tuple[list[Line], list[str]]:
    from extract.docx import docx_lines

    lines, unread = docx_lines(data)
    return [_clean_line(ln) for ln in lines], unread


def _clean_line(line: Line) -> Line:
    return Line(
        [Cell(" ".join(clean_inline(c.text).split())) for c in line.cells],
        page=line.page,
        bbox=line.bbox,
        table=line.table,
    )


def extract_export(data: bytes, file_type: str) -> ExtractedDocument:
    """Read a text export's bytes into a one-page document of lines."""
    unread: list[str] = []
    if file_type == "docx":
        lines, unread = lines_from_docx_checked(data)
    else:
        text = decode_bytes(data)
        if file_type == "html":
            lines, unread = lines_from_html_checked(text)
        else:
            lines = lines_from_text(text)
    lines = strip_clutter(lines)
    if not any(line.plain for line in lines):
        raise UnreadableFile("the export holds no text")
    return ExtractedDocument(
        file_type=file_type,
        pages=[Page(number=None, lines=lines, method=METHOD_EXPORT)],
        page_count=None,
        unread_tables=unread,
    )
