"""Word .docx → lines.

The body is read in order: paragraphs, tables (``extract.tables``: a data table → rows, a
borderless header or signature table → running text), and the content of content controls
(``w:sdt``), tracked insertions, smart tags and custom XML wrappers, which hold ordinary
paragraphs and cells. A merged cell (``gridSpan`` across, ``vMerge`` down) keeps its text in
its first slot and leaves the slots it covers empty; ``gridBefore``/``gridAfter`` keep the
columns aligned. Text boxes are read after the paragraph that anchors them (the fallback copy
Word keeps for old readers is skipped). The page headers' text comes first and the footers'
last, each once. An imported HTML chunk (``w:altChunk``, how some web systems export a .docx)
is read as an HTML page in its place.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from core.errors import UnreadableFile
from core.records import Cell, Line
from extract.tables import SourceCell, table_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_WRAPPERS = {
    W + "sdt",
    W + "sdtContent",
    W + "customXml",
    W + "smartTag",
    W + "ins",
    W + "moveTo",
    W + "hyperlink",
    W + "fldSimple",
    W + "r",
    W + "dir",
    W + "bdo",
}
_SKIP = {
    W + "del",
    W + "moveFrom",
    W + "sdtPr",
    W + "sdtEndPr",
    W + "rPr",
    W + "pPr",
    W + "tcPr",
    W + "trPr",
    W + "tblPr",
    W + "tblGrid",
    MC + "Fallback",
    W + "instrText",
    W + "delText",
    W + "footnoteReference",
    W + "commentReference",
}
_PARSER = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)


def _val(el, name: str, default=None):
    node = el.find(name) if el is not None else None
    if node is None:
        return default
    return node.get(W + "val", default if default is not None else "")


class _Reader:
    def __init__(self):
        self.unread: list[str] = []
        self.n_tables = 0
        self.chunks: dict[str, tuple[str, bytes]] = {}  # altChunk id → (content type, bytes)

    def alt_chunk(self, node) -> list[Line]:
        """An imported chunk (``w:altChunk``): web exports put whole HTML pages in a .docx."""
        kind, raw = self.chunks.get(node.get(R + "id") or "", ("", b""))
        if not raw:
            return []
        if "html" in kind or raw.lstrip()[:200].lower().find(b"<html") >= 0:
            from extract.html import html_lines
            from extract.text import decode_bytes

            lines, unread = html_lines(decode_bytes(raw))
            self.unread.extend(unread)
            return lines
        self.unread.append(f"an embedded {kind or 'chunk'} part is not read")
        return []

    # ---- paragraphs -----------------------------------------------------------------
    def paragraph(self, p) -> tuple[list[str], list[Line]]:
        """A paragraph's text (split at breaks) and the lines of the text boxes it anchors."""
        parts: list[str] = []
        boxes: list[Line] = []
        self._runs(p, parts, boxes)
        return "".join(parts).split("\n"), boxes

    def _runs(self, el, parts: list[str], boxes: list[Line]):
        for node in el:
            tag = node.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                parts.append(node.text or "")
            elif tag in (W + "tab", W + "ptab"):
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "txbxContent":
                boxes.extend(self.block(node))
            else:
                self._runs(node, parts, boxes)

    # ---- blocks (body, cell, text box, header) --------------------------------------
    def block(self, el) -> list[Line]:
        lines: list[Line] = []
        pairs: list[tuple[str, str]] = []  # consecutive "left<TAB>right" paragraphs

        def end_pairs():
            if pairs:
                lines.extend(Line([Cell(a)]) for a, _ in pairs)
                lines.extend(Line([Cell(b)]) for _, b in pairs)
                pairs.clear()

        for node in el:
            tag = node.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag != W + "p":
                end_pairs()
            if tag == W + "p":
                texts, boxes = self.paragraph(node)
                for t in texts:
                    pair = _two_sides(t)
                    if pair is not None:
                        pairs.append(pair)
                        continue
                    end_pairs()
                    lines.append(Line([Cell(" ".join(t.split("\t")))]))
                if boxes:
                    end_pairs()
                lines.extend(boxes)
            elif tag == W + "tbl":
                lines.extend(self.table(node))
            elif tag in _WRAPPERS:
                lines.extend(self.block(node))
            elif tag == W + "altChunk":
                lines.extend(self.alt_chunk(node))
        end_pairs()
        return lines

    # ---- tables -----------------------------------------------------------------------
    def table(self, tbl) -> list[Line]:
        self.n_tables += 1
        number = self.n_tables
        try:
            rows = [self._row(tr) for tr in _children(tbl, W + "tr")]
            return table_lines(rows)
        except Exception as exc:  # one damaged table must not lose the document
            self.unread.append(f"table {number}: {type(exc).__name__}: {exc}")
            return []

    def _row(self, tr) -> list[SourceCell]:
        pr = tr.find(W + "trPr")
        cells: list[SourceCell] = []
        before = _int(_val(pr, W + "gridBefore", "0"))
        cells.extend(SourceCell([""]) for _ in range(before))
        for tc in _children(tr, W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span = max(1, _int(_val(tcpr, W + "gridSpan", "1")))
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            continued = vmerge is not None and vmerge.get(W + "val", "continue") != "restart"
            paragraphs: list[str] = []
            nested: list[Line] = []
            for line in self.block(tc):
                if line.is_row or line.table is not None:
                    nested.append(line)
                else:
                    paragraphs.append(line.plain)
            if continued:
                paragraphs, nested = [""], []
            cells.append(SourceCell(paragraphs or [""], colspan=span, nested=nested))
        after = _int(_val(pr, W + "gridAfter", "0"))
        cells.extend(SourceCell([""]) for _ in range(after))
        return cells


SIDE_MIN_CHARS = 6


def _two_sides(text: str):
    """A header line typed as ``left<TAB>right`` (``Số: 12/BC-UBND<TAB>Bến Tre, ngày ...``):
    its two sides, when both are words rather than a list marker; else None. Consecutive such
    lines are a two-column block, read left column first like a borderless header table."""
    if "\t" not in text:
        return None
    sides = [p.strip() for p in text.split("\t") if p.strip()]
    if len(sides) != 2 or min(len(p) for p in sides) < SIDE_MIN_CHARS:
        return None
    return sides[0], sides[1]


def _int(raw) -> int:
    digits = re.sub(r"\D", "", str(raw or ""))
    return int(digits) if digits else 0


def _children(el, tag: str) -> list:
    """``tag`` children of ``el``, also those wrapped in content controls or custom XML."""
    out = []
    for node in el:
        if node.tag == tag:
            out.append(node)
        elif node.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            out.extend(_children(node, tag))
    return out


def _parts(zf: zipfile.ZipFile, prefix: str) -> list[str]:
    names = [n for n in zf.namelist() if re.fullmatch(rf"word/{prefix}\d*\.xml", n)]
    return sorted(names, key=lambda n: int(re.sub(r"\D", "", n) or 0))


def _alt_chunks(zf: zipfile.ZipFile) -> dict[str, tuple[str, bytes]]:
    """The body's imported chunks by relationship id: (target name, bytes)."""
    try:
        rels = etree.fromstring(zf.read("word/_rels/document.xml.rels"), _PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    out = {}
    for rel in rels.iter(_REL + "Relationship"):
        if not (rel.get("Type") or "").endswith("/aFChunk"):
            continue
        target = (rel.get("Target") or "").lstrip("/")
        name = target if target.startswith("word/") else "word/" + target
        try:
            out[rel.get("Id")] = (target.lower(), zf.read(name))
        except KeyError:
            continue
    return out


def docx_lines(data: bytes) -> tuple[list[Line], list[str]]:
    """A .docx → its lines, and the tables that could not be read (with why)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml")
            headers = [zf.read(n) for n in _parts(zf, "header")]
            footers = [zf.read(n) for n in _parts(zf, "footer")]
            chunks = _alt_chunks(zf)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableFile(f"not a readable .docx (Word) file: {exc}") from exc
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(f"the .docx body is damaged: {exc}") from exc
    reader = _Reader()
    reader.chunks = chunks
    body = root.find(W + "body")
    lines = reader.block(body) if body is not None else []

    def extra(parts: list[bytes]) -> list[Line]:
        out, seen = [], set()
        for raw in parts:
            try:
                part = etree.fromstring(raw, _PARSER)
            except etree.XMLSyntaxError:
                continue
            for ln in reader.block(part):
                key = ln.plain
                if key and key not in seen and not re.fullmatch(r"[\d\s\-–/.]*", key):
                    seen.add(key)
                    out.append(ln)
        return out

    head, foot = extra(headers), extra(footers)
    return head + lines + foot, reader.unread
