"""Text exports (.txt, .html, .docx) → one page of lines.

A table row of an export becomes a line with one cell per column: tab-separated in a
.txt, ``<td>`` cells in HTML, ``w:tc`` cells in DOCX. Inline markup (``<i>``, ``**``) is
removed, web-page clutter (login walls, banners, "DMCA") is dropped, and the text is
Unicode NFC.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

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


class _HTMLLines(HTMLParser):
    """Collects HTML as lines: block elements end a line, table cells become cells."""

    _BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article",
              "header", "footer", "blockquote", "pre", "title", "ul", "ol", "table", "br", "hr"}
    _SKIP = {"script", "style", "noscript", "head", "nav", "form", "button", "select", "iframe", "svg"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._buf: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._skip = 0
        self._rowspans: dict[int, int] = {}   # column → rows still covered by a rowspan above
        self._span = (1, 1)

    def _flush(self):
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if self._cell is not None:
            if text:
                self._cell.append(text)
            return
        self.lines.append(Line([Cell(text)]))

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
            return
        if self._skip:
            return
        if tag == "tr":
            self._flush()
            self._row = []
            self._fill_spanned()
        elif tag in ("td", "th"):
            self._cell = []
            a = dict(attrs)
            col = a.get("colspan") or "1"
            row = a.get("rowspan") or "1"
            self._span = (int(col) if col.isdigit() else 1, int(row) if row.isdigit() else 1)
        elif tag in self._BLOCK or tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._skip:
            return
        if tag in ("td", "th") and self._cell is not None:
            self._flush()
            text = "\n".join(self._cell)
            cell = self._cell
            self._cell = None
            if self._row is not None:
                colspan, rowspan = self._span
                start = len(self._row)
                self._row.append(" ".join(text.split()))
                self._row.extend([""] * (colspan - 1))
                if rowspan > 1:
                    for c in range(start, start + colspan):
                        self._rowspans[c] = rowspan - 1
                self._fill_spanned()
            elif cell:
                self.lines.append(Line([Cell(" ".join(text.split()))]))
        elif tag == "tr" and self._row is not None:
            row, self._row = self._row, None
            if len(row) > 1:
                self.lines.append(Line([Cell(c) for c in row]))
            elif row:
                self.lines.append(Line([Cell(row[0])]))
        elif tag in self._BLOCK:
            self._flush()

    def _fill_spanned(self):
        """Keep columns aligned: a cell spanning rows from above takes its place as empty."""
        while self._row is not None and self._rowspans.get(len(self._row), 0) > 0:
            c = len(self._row)
            self._rowspans[c] -= 1
            self._row.append("")

    def handle_data(self, data):
        if not self._skip:
            self._buf.append(data)

    def close(self):
        super().close()
        self._flush()


def lines_from_html(text: str) -> list[Line]:
    parser = _HTMLLines()
    parser.feed(text)
    parser.close()
    return [Line([Cell(clean_inline(c.text).strip()) for c in ln.cells]) for ln in parser.lines]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(el) -> str:
    parts = []
    for node in el.iter():
        if node.tag == _W + "t" and node.text:
            parts.append(node.text)
        elif node.tag == _W + "tab":
            parts.append(" ")
        elif node.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def lines_from_docx(data: bytes) -> list[Line]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableFile(f"not a readable .docx (Word) file: {exc}") from exc
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise UnreadableFile(f"the .docx body is damaged: {exc}") from exc
    body = root.find(_W + "body")
    lines: list[Line] = []
    if body is None:
        return lines
    for child in body:
        if child.tag == _W + "p":
            for part in _docx_text(child).split("\n"):
                lines.append(Line([Cell(clean_inline(part).strip())]))
        elif child.tag == _W + "tbl":
            for tr in child.iter(_W + "tr"):
                cells = []
                for tc in tr.findall(_W + "tc"):
                    paras = [_docx_text(p) for p in tc.findall(_W + "p")]
                    cells.append(Cell(clean_inline(" ".join(" ".join(paras).split()))))
                    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
                    if span is not None and (span.get(_W + "val") or "1").isdigit():
                        cells.extend(Cell("") for _ in range(int(span.get(_W + "val")) - 1))
                lines.append(Line(cells) if len(cells) > 1 else Line(cells or [Cell("")]))
            lines.append(Line([Cell("")]))
    return lines


def extract_export(data: bytes, file_type: str) -> ExtractedDocument:
    """Read a text export's bytes into a one-page document of lines."""
    if file_type == "docx":
        lines = lines_from_docx(data)
    else:
        text = decode_bytes(data)
        if file_type == "html":
            lines = lines_from_html(text)
        else:
            lines = lines_from_text(text)
    lines = strip_clutter(lines)
    if not any(line.plain for line in lines):
        raise UnreadableFile("the export holds no text")
    return ExtractedDocument(file_type=file_type,
                             pages=[Page(number=None, lines=lines, method=METHOD_EXPORT)],
                             page_count=None)
