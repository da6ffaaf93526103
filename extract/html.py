"""HTML pages → lines, through a real HTML5 parser.

html5lib builds the tree the way a browser does (omitted ``</td>``, ``</tr>``, ``</p>`` end
tags, stray markup), lxml's parser takes over for very large pages. Block elements and
``<br>`` end a line; scripts, styles, navigation and forms are dropped; every ``<table>`` is
read by ``extract.tables`` (a data table → rows of cells, a borderless layout table → running
text). A table whose cells hold other tables is a page-layout wrapper: its cells are read
as blocks, in order. A table that cannot be read is reported, not dropped in silence.
"""

from __future__ import annotations

import warnings

from core.records import Cell, Line
from extract.tables import SourceCell, table_lines

HTML5LIB_MAX_CHARS = 3_000_000  # html5lib is pure Python: beyond this, lxml's parser
SKIP = {
    "script",
    "style",
    "noscript",
    "head",
    "nav",
    "form",
    "button",
    "select",
    "iframe",
    "svg",
    "template",
    "object",
    "embed",
    "textarea",
}
BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "title",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "hr",
    "main",
    "aside",
    "figure",
    "figcaption",
    "caption",
    "center",
    "address",
    "body",
    "html",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
}


def parse_html(text: str):
    if len(text) <= HTML5LIB_MAX_CHARS:
        try:
            import html5lib

            with warnings.catch_warnings():  # "coercing non-XML name": attributes only
                warnings.simplefilter("ignore")
                return html5lib.parse(text, treebuilder="lxml", namespaceHTMLElements=False)
        except ImportError:  # pragma: no cover - a declared dependency
            pass
    import lxml.html

    return lxml.html.document_fromstring(text or "<html></html>")


def _tag(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comments, processing instructions
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _int_attr(el, name: str) -> int:
    raw = (el.get(name) or "1").strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    return int(digits) if digits else 1


class _Walker:
    def __init__(self):
        self.lines: list[Line] = []
        self.unread: list[str] = []
        self.n_tables = 0
        self._buf: list[str] = []

    def flush(self):
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.lines.append(Line([Cell(text)]))

    def walk(self, el):
        tag = _tag(el)
        if tag in SKIP or not tag:  # skipped elements, comments
            return
        if tag == "table":
            self.flush()
            self.table(el)
        elif tag == "br":
            self.flush()
        elif tag in BLOCK:
            self.flush()
            self.inner(el)
            self.flush()
        else:
            self.inner(el)

    def inner(self, el):
        if el.text and isinstance(el.tag, str):
            self._buf.append(el.text)
        for child in el:
            self.walk(child)
            if child.tail:
                self._buf.append(child.tail)

    def table(self, el):
        self.n_tables += 1
        for cap in el:
            if _tag(cap) == "caption":  # <caption>Biểu mẫu 3</caption> heads the table
                self.inner(cap)
                self.flush()
        rows = [tr for tr in _own_rows(el)]
        if any(_tag(d) == "table" for d in el.iterdescendants()):
            for tr in rows:  # a layout wrapper: its cells are blocks
                for td in tr:
                    if _tag(td) in ("td", "th"):
                        self.flush()
                        self.inner(td)
                        self.flush()
            return
        try:
            src = []
            for tr in rows:
                cells = []
                for td in tr:
                    if _tag(td) not in ("td", "th"):
                        continue
                    cells.append(
                        SourceCell(_paragraphs(td), _int_attr(td, "colspan"), _int_attr(td, "rowspan"))
                    )
                src.append(cells)
            lines = table_lines(src)
        except Exception as exc:  # one damaged table must not lose the page
            self.unread.append(f"table {self.n_tables}: {type(exc).__name__}: {exc}")
            return
        if rows and not any(ln.plain for ln in lines) and el.text_content().strip():
            self.unread.append(f"table {self.n_tables}: text outside its cells")
            self.inner(el)
            self.flush()
            return
        self.lines.extend(lines)


def _own_rows(table) -> list:
    """The ``<tr>`` of a table itself (in thead/tbody/tfoot or directly), not of nested tables."""
    out = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            out.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            out.extend(tr for tr in child if _tag(tr) == "tr")
    return out


def _paragraphs(td) -> list[str]:
    """A cell's text as paragraphs: ``<p>``, ``<div>``, ``<br>`` and list items split it."""
    w = _Walker()
    w.inner(td)
    w.flush()
    return [ln.plain for ln in w.lines] or [""]


def html_lines(text: str) -> tuple[list[Line], list[str]]:
    """An HTML page → its lines, and the tables that could not be read (with why)."""
    root = parse_html(text)
    w = _Walker()
    body = root.find(".//body") if hasattr(root, "find") else None
    start = body if body is not None else (root.getroot() if hasattr(root, "getroot") else root)
    w.walk(start)
    w.flush()
    return w.lines, w.unread
