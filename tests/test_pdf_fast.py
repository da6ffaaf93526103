"""The pdfium fast path of extract_pdf reads the same lines as the pdfplumber path.

Texts, cells, grid ids, pages and methods are equal; the boxes of ruled-grid rows and cells
come from the same ruling lines (equal up to pdfium's float32), the boxes of running text
and unruled cells from pdfium's glyph advances (within half a point of pdfminer's).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import pdf as pdfmod
from extract.options import ExtractOptions
from tests import fixtures_pdf as fx

NO_OCR = ExtractOptions(ocr=False)
ROOT = Path(__file__).resolve().parents[1]


def _docs():
    out = [(p.name, p) for p in sorted((ROOT / "data" / "raw" / "pdf").glob("*.pdf"))]
    out += [
        ("synthetic", lambda: fx.make_report_pdf(fx.synthetic_report_text(n_rows=60, forms=2))),
        ("unruled", lambda: fx.make_unruled_table_pdf(
            [["STT", "Chỉ tiêu", "Số lượng"], ["1", "Số TTHC được công bố", "12"], ["2", "Số hồ sơ", "345"]])),
        ("legacy", lambda: fx.make_legacy_pdf(["B\xb8o c\xb8o c\xa2ng t\xb8c c\xb6i c\xb8ch h\xb5nh ch\xddnh"] * 3,
                                              ".VnTime")),
        ("cid", lambda: fx.make_cid_pdf()),
        ("mixed", lambda: fx.make_mixed_pdf(fx.synthetic_report_text(n_rows=8, forms=1))),
    ]
    return out


def _close(a, b, tol):
    if a is None or b is None:
        return a is b
    return all(abs(x - y) <= tol for x, y in zip(a, b))


@pytest.mark.parametrize("name,src", _docs(), ids=[n for n, _ in _docs()])
def test_fast_path_reads_the_same_lines(name, src):
    data = src.read_bytes() if isinstance(src, Path) else src()
    slow = pdfmod.extract_pdf(data, NO_OCR, fast=False)
    fast = pdfmod.extract_pdf(data, NO_OCR, fast=True)
    assert [(p.number, p.method, p.error, p.width, p.height) for p in fast.pages] == \
           [(p.number, p.method, p.error, p.width, p.height) for p in slow.pages]
    a, b = list(slow.lines()), list(fast.lines())
    assert [(ln.texts, ln.page, ln.table) for ln in b] == [(ln.texts, ln.page, ln.table) for ln in a]
    for x, y in zip(a, b):
        ruled = x.table is not None and x.is_row and name != "unruled"
        tol = 1e-3 if ruled else 0.6
        assert _close(x.bbox, y.bbox, tol), (x, y)
        for c1, c2 in zip(x.cells, y.cells):
            assert _close(c1.bbox, c2.bbox, tol), (c1, c2)


def test_fast_path_reads_plain_pages_without_pdfplumber(monkeypatch):
    calls = []
    real = pdfmod.read_page
    monkeypatch.setattr(pdfmod, "read_page", lambda *a, **k: calls.append(1) or real(*a, **k))
    data = fx.make_report_pdf(fx.synthetic_report_text(n_rows=30, forms=1))
    doc = pdfmod.extract_pdf(data, NO_OCR)
    assert doc.page_count >= 1 and not calls


@pytest.mark.parametrize("rotation", [90, 180])
def test_rotated_pages_take_the_pdfplumber_path(rotation, monkeypatch):
    import io

    import pypdfium2 as pdfium

    data = fx.make_report_pdf(fx.synthetic_report_text(n_rows=8, forms=1))
    doc = pdfium.PdfDocument(data)
    for i in range(len(doc)):
        doc[i].set_rotation(rotation)
    buf = io.BytesIO()
    doc.save(buf)
    assert pdfmod.read_page_fast(pdfium.PdfDocument(buf.getvalue()), 0, (0, 0, 595.2756, 841.8898),
                                 lambda: 1) is None or rotation == 0
