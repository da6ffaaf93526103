"""What issue 15 changed around the OCR engine: time limits that grow with a PDF's pages, a
run's processes without pandas, publishing from pyarrow rows, flat memory over pages."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pytest

from extract.options import RunOptions
from runner import document
from runner.batch import Listed, timeout_tiers
from tests import fixtures_scan as fs

ROOT = Path(__file__).resolve().parents[1]


# ------------------------------------------------------------------ time limits

def test_document_timeout_grows_with_pages_only_past_the_fixed_limit():
    assert document.document_timeout(600, None, 6) == 600
    assert document.document_timeout(600, 40, 6) == 600
    assert document.document_timeout(600, 200, 6) == 1200
    assert document.document_timeout(600, 200, 0) == 600      # 0: the fixed limit for all


def test_long_pdfs_go_to_a_tier_with_a_longer_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(document, "PAGE_COUNT_MIN_BYTES", 0)
    short = tmp_path / "short.pdf"
    short.write_bytes(fs.note_pdf(["Một trang."]))
    long_ = tmp_path / "long.pdf"
    long_.write_bytes(fs.sample_report_pdf(pages=5))
    text = tmp_path / "a.txt"
    text.write_text("Báo cáo.", encoding="utf-8")
    items = [Listed(p.name, p, p.stat().st_size) for p in (long_, text, short)]
    assert document.pdf_page_count(long_) == 5
    tiers = timeout_tiers(items, 4.0, 1.5)          # 5 pages × 1.5 s = 7.5 s > 4 s: the 8 s tier
    assert [(t, [i.source_file for i in batch]) for t, batch in tiers] == [
        (4.0, ["a.txt", "short.pdf"]), (8.0, ["long.pdf"])]
    assert timeout_tiers(items, 4.0, 0) == [(4.0, items)]
    monkeypatch.setattr(document, "PAGE_COUNT_MIN_BYTES", 1 << 30)
    assert document.pdf_page_count(long_) is None   # small files are not opened to count


def test_timeout_per_page_is_checked_like_the_other_options(tmp_path):
    from core.errors import BadOption
    assert RunOptions(raw=tmp_path, out=tmp_path / "o").timeout_per_page == 6.0
    with pytest.raises(BadOption, match="--timeout-per-page"):
        RunOptions(raw=tmp_path, out=tmp_path / "o", timeout_per_page=-1)


# ------------------------------------------------------------------ publishing without pandas

def test_indicators_from_pyarrow_rows_equal_the_dataframe_path():
    import pandas as pd

    from normalize.indicators import select_indicators
    from store.publish import build_indicators, table_from_frame
    from store.schema import INDICATORS

    docs = [{"doc_id": "a", "issue_date": date(2023, 4, 2), "period_start": date(2023, 1, 1),
             "period_end": date(2023, 3, 31), "unit_id": "U1", "unit_name": "xã A", "province": "P",
             "period": "2023-Q1"},
            {"doc_id": "b", "issue_date": None, "period_start": None, "period_end": None,
             "unit_id": "U1", "unit_name": "xã A", "province": "P", "period": "2023-Q1"}]
    obs = []
    for k, (doc, code, value, text, origin, conf) in enumerate([
            ("a", "BM1-1", 4.0, None, "table", 0.9), ("b", "BM1-1", 5.0, None, "table", 0.99),
            ("b", "BM1-2", None, "Có", "narrative", 0.7), ("a", "BM1-2", None, "có", "table", None),
            ("a", "BM2-1", 12.5, None, "table", 0.8), ("a", None, 3.0, None, "table", 0.8)]):
        obs.append({"doc_id": doc, "source_file": f"{doc}.pdf", "unit_id": None, "unit_name": None,
                    "province": None, "period": None, "form": None, "indicator_code": code,
                    "label": "in", "measure_unit": None, "unit_canonical": None, "value": value,
                    "value_text": text, "origin": origin, "page": 1, "confidence": conf, "seq": k,
                    "column": None})
    got = build_indicators(pa.Table.from_pylist(obs), pa.Table.from_pylist(docs))
    frame = select_indicators(pa.Table.from_pylist(obs).to_pandas(), pd.DataFrame(docs))
    assert got.equals(table_from_frame(frame, INDICATORS))
    assert got.num_rows == 3 and got.column("value").to_pylist()[0] == 4.0   # the dated report


def test_run_program_loads_no_pandas(tmp_path):
    """A whole run through the program: main process and worker without pandas, and the
    tables published as before."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("UBND XÃ AN BÌNH\nBÁO CÁO\nSố hồ sơ tiếp nhận: 12 hồ sơ.\n", encoding="utf-8")
    probe = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: print('PANDAS', 'pandas' in sys.modules))\n"
        f"sys.argv = ['run_pipeline.py', '--raw', {str(raw)!r}, '--out', {str(tmp_path / 'out')!r},"
        " '--workers', '1', '--quiet']\n"
        f"runpy.run_path({str(ROOT / 'run_pipeline.py')!r}, run_name='__main__')\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                          timeout=300, cwd=str(tmp_path))
    assert "PANDAS False" in proc.stdout, proc.stdout + proc.stderr
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "out" / "documents.parquet").num_rows == 1


def test_blocked_pandas_only_where_asked():
    from runner import lean

    code = ("import sys; from runner.lean import keep_pandas_out; keep_pandas_out();\n"
            "import pyarrow as pa; pa.table({'a': [1]}); print('pandas' in sys.modules)\n"
            "try:\n    import pandas\nexcept ImportError as e:\n    print('refused', 'lean' in str(e))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120).stdout.split()
    assert out == ["False", "refused", "True"]
    import pandas  # noqa: F401   (this test process is a library user: untouched)
    assert lean.keep_pandas_out() is False


# ------------------------------------------------------------------ memory over pages

def test_scanned_pdf_pages_go_straight_to_ocr_from_pdfium(monkeypatch):
    """A picture-only page is OCR'd without pdfminer's layout, from the open document,
    which is opened afresh every few pages; the pages come back in order."""
    from core.records import Page
    from extract import ocr, pdf

    scanned = fs.scan_pdf(fs.note_pdf(["Trang quét."]), 100, seed=2)
    data = fs.scan_pdf(fs.sample_report_pdf(pages=1), 100, seed=3)
    import pypdfium2
    doc = pypdfium2.PdfDocument(scanned)
    assert pdf.textless_page(doc, 0)
    doc.close()
    digital = pypdfium2.PdfDocument(fs.note_pdf(["Có chữ."]))
    assert not pdf.textless_page(digital, 0)
    digital.close()

    seen = []

    def fake(source, number, options=None, stats=None):
        assert isinstance(source, pypdfium2.PdfDocument)
        seen.append((number, id(source)))
        return Page(number, [], "ocr", width=595.0, height=842.0)

    monkeypatch.setattr(ocr, "ocr_pdf_page", fake)
    monkeypatch.setattr(pdf, "read_page", lambda *a, **k: pytest.fail("pdfplumber path taken"))
    many = _concat([data] * 10)
    out = pdf.extract_pdf(many)
    assert [p.number for p in out.pages] == list(range(1, 11))
    assert len({s for _, s in seen}) >= 2          # reopened after PDFIUM_REOPEN pages


def _concat(pdfs: list[bytes]) -> bytes:
    import pypdfium2

    dest = pypdfium2.PdfDocument.new()
    for b in pdfs:
        src = pypdfium2.PdfDocument(b)
        dest.import_pages(src)
        src.close()
    import io
    buf = io.BytesIO()
    dest.save(buf)
    dest.close()
    return buf.getvalue()


def test_large_pdf_read_from_its_file_gives_the_same_result(tmp_path, monkeypatch):
    """A PDF past STREAM_MIN_BYTES is read by path (pdfminer and pdfium read the file as
    they go), with the same pages, rows and doc_id as from its bytes."""
    from core.records import METHOD_OCR
    from extract import ocr, pdf

    digital = fs.sample_report_pdf(pages=2)
    scanned = fs.scan_pdf(fs.note_pdf(["Kết quả giải quyết hồ sơ đúng hạn."]), 150, seed=6)
    both = _concat([digital, scanned])
    path = tmp_path / "doc.pdf"
    path.write_bytes(both)
    calls = []
    real = ocr.ocr_pdf_page

    def spy(source, number, options=None, stats=None):
        calls.append(type(source).__name__)
        return real(source, number, options, stats)

    monkeypatch.setattr(ocr, "ocr_pdf_page", spy)
    from_bytes = document.process_bytes(both, "doc.pdf")
    monkeypatch.setattr(document, "STREAM_MIN_BYTES", 0)
    read = []
    real_extract = pdf.extract_pdf
    monkeypatch.setattr(pdf, "extract_pdf", lambda data, *a, **k: read.append(type(data).__name__) or
                        real_extract(data, *a, **k))
    from_path = document.process_path(path, "doc.pdf")
    assert read == ["PosixPath"] and calls == ["PdfDocument", "PdfDocument"]
    assert from_path.doc_id == from_bytes.doc_id == document.sha256_file(path)
    assert from_path.size_bytes == len(both) and from_path.page_count == 3
    assert [p.method for p in from_path.pages][-1] == METHOD_OCR
    key = lambda r: [(o.form, o.stt, o.value, o.value_text, o.page) for o in r.observations]  # noqa: E731
    assert key(from_path) == key(from_bytes) and from_path.status == from_bytes.status
