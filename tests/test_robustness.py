"""Defects a fuzzing campaign found (issue 17), each pinned: odd file names, empty frames,
damaged UTF-8, options checked in one place, reference loops, errors in words, memory
enforced by the kernel, transient failures, the runs log of stopped runs, failed publishes,
and text layers routed on their validity rather than their language."""
from __future__ import annotations

import io
import math
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from core.errors import BadOption, DamagedPDF, describe, is_raw_exception_text
from extract.options import ExtractOptions, RunOptions
from runner.batch import list_files, run_batch
from runner.cli import main
from runner.document import PipelineOptions, part_key, process_bytes

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nBÁO CÁO\nKết quả thực hiện công tác cải cách hành chính "
        "quý III năm 2024\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.\n").encode("utf-8")
LOOP_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj 3 0 R endobj\n"
            b"3 0 obj 2 0 R endobj\ntrailer<</Root 1 0 R>>\n%%EOF")


def _run(raw: Path, out: Path, options: PipelineOptions | None = None, **kw):
    kw.setdefault("timeout", 120)
    kw.setdefault("memory_limit_mb", 0)
    return run_batch(raw, out, options or PipelineOptions(), workers=1, **kw)


# ------------------------------------------------------------------ 1. file names

def test_a_name_that_is_not_utf8_is_recorded_escaped_and_unique(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    latin1 = os.fsdecode(b"b\xe1o-c\xe1o.txt")              # Latin-1 bytes from an old share
    (raw / latin1).write_bytes(TEXT)
    (raw / "b\\xe1o-c\\xe1o.txt").write_bytes(TEXT + b"x")  # a real name equal to the escape
    (raw / "good.txt").write_bytes(TEXT + b"y")
    names = [i.source_file for i in list_files(raw)]
    assert len(set(names)) == 3 and all(n.encode("utf-8") for n in names)
    report = _run(raw, tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert report.exit_code == 0 and len(docs) == 3 and docs["source_file"].is_unique
    escaped = [n for n in docs["source_file"] if n.startswith("b\\xe1o-c\\xe1o [name bytes ")]
    assert len(escaped) == 1 and escaped[0].endswith(".txt")
    assert set(docs["status"]) == {"ok"}
    assert _run(raw, tmp_path / "out").exit_code == 0      # and every later run too


def test_a_link_to_a_name_that_is_not_utf8_is_reported_in_words(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_bytes(TEXT)
    os.symlink(os.fsdecode(b"missing-\xe1.pdf"), raw / "link.pdf")
    rc = main(["--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1"])
    out = capsys.readouterr().out
    assert rc == 1 and "FAILED link.pdf: a broken symbolic link (to missing-\\xe1.pdf)" in out


# ------------------------------------------------------------------ 2. empty frames

def test_observations_without_a_unit_publish_an_indicators_table_of_the_right_types():
    from store.publish import build_indicators, table_from_frame
    from store.schema import DOCUMENTS, INDICATORS, OBSERVATIONS
    obs = pa.Table.from_pylist([dict(doc_id="a", source_file="a.txt", indicator_code="BM1-1",
                                     value=1.0, origin="table", flags=[], seq=0)], schema=OBSERVATIONS)
    docs = pa.Table.from_pylist([dict(doc_id="a", source_file="a.txt", status="ok")], schema=DOCUMENTS)
    assert build_indicators(obs, docs).schema == INDICATORS
    frame = pd.DataFrame({"unit_id": ["x"], "period_start": [float("nan")], "value": [2.0]})
    table = table_from_frame(frame, INDICATORS)
    assert table.schema == INDICATORS and table.column("period_start").null_count == 1
    assert table_from_frame(pd.DataFrame(), INDICATORS).schema == INDICATORS


# ------------------------------------------------------------------ 3. damaged UTF-8

@pytest.mark.parametrize("damage", [b"\x81", b"\xff", b"\xc3"])
def test_one_bad_byte_in_utf8_is_read_as_utf8_and_the_document_is_partial(damage):
    from extract.text import decode_bytes
    at = TEXT.index("BÁO".encode("utf-8"))
    data = TEXT[:at] + damage + TEXT[at:]
    text = decode_bytes(data)
    assert "\ufffd" in text and "Kết quả thực hiện" in text and "ỦY BAN" in text
    result = process_bytes(data, "a.txt")
    assert result.status == "partial" and "replaced" in result.error
    assert process_bytes(TEXT, "a.txt").status == "ok"


def test_windows_1258_text_is_still_read_as_windows_1258():
    from extract.text import decode_bytes
    data = b"B\xe1o c\xe1o c\xf4ng t\xe1c n\xe3m 2024 \xf0\xe3 ho\xe0n th\xe0nh 98%"
    text = decode_bytes(data)
    assert text == data.decode("cp1258") and text.startswith("Báo cáo công tác")


# ------------------------------------------------------------------ 4. options

BAD_LINES = [
    (["--timeout", "nan"], "--timeout"), (["--timeout", "inf"], "--timeout"),
    (["--page-timeout", "-1"], "--page-timeout"), (["--page-timeout", "nan"], "--page-timeout"),
    (["--dpi", "0"], "--dpi"), (["--dpi", "-300"], "--dpi"), (["--raw", ""], "--raw"),
    (["--workers", "0"], "--workers"), (["--memory-limit", "-5"], "--memory-limit"),
]


@pytest.mark.parametrize("argv, option", BAD_LINES)
def test_every_bad_command_line_exits_2_naming_the_option(tmp_path, capsys, argv, option):
    raw = tmp_path / "raw"
    raw.mkdir()
    base = ["--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"]
    assert main(base + argv) == 2
    err = capsys.readouterr().err
    assert f"error: {option}" in err, err
    assert not (tmp_path / "out" / "documents.parquet").exists()


def test_the_python_api_refuses_what_the_command_line_refuses(tmp_path):
    for kw, option in (({"timeout": math.nan}, "--timeout"), ({"workers": 0}, "--workers"),
                       ({"memory_limit_mb": -1}, "--memory-limit")):
        args = dict(workers=1, timeout=10, memory_limit_mb=0) | kw
        with pytest.raises(BadOption, match=option):
            run_batch(tmp_path, tmp_path / "out", PipelineOptions(), **args)
    with pytest.raises(BadOption, match="--dpi"):
        ExtractOptions(dpi=0)
    with pytest.raises(BadOption, match="--page-timeout"):
        ExtractOptions(page_timeout=float("inf"))
    with pytest.raises(BadOption, match="--raw"):
        RunOptions(raw="")


def test_ocr_options_key_only_the_documents_they_affect(tmp_path):
    from tests.fixtures_pdf import make_image_only_pdf
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "scan.pdf").write_bytes(make_image_only_pdf())
    (raw / "text.txt").write_bytes(TEXT)
    out = tmp_path / "out"
    no_ocr = PipelineOptions(extract=ExtractOptions(ocr=False))
    first = _run(raw, out, no_ocr)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert first.n_processed == 2 and docs.loc["scan.pdf", "status"] == "failed"
    assert _run(raw, out, no_ocr).n_processed == 0
    on = _run(raw, out)                              # OCR on again: the scan is read again
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert on.n_processed == 1 and docs.loc["scan.pdf", "status"] in ("ok", "partial")
    assert docs.loc["scan.pdf", "pages_ocr"] == 1
    assert part_key(no_ocr, False) == part_key(PipelineOptions(), False)
    assert part_key(no_ocr, True) != part_key(PipelineOptions(), True)
    dpi = PipelineOptions(extract=ExtractOptions(dpi=200))
    assert part_key(dpi, True) != part_key(PipelineOptions(), True)


# ------------------------------------------------------------------ 5. reference loops

def test_a_reference_loop_fails_fast_with_a_clear_error():
    from extract.pdf import extract_pdf
    started = time.monotonic()
    with pytest.raises(DamagedPDF, match="loop"):
        extract_pdf(LOOP_PDF)
    result = process_bytes(LOOP_PDF, "loop.pdf")
    assert time.monotonic() - started < 10
    assert result.status == "failed" and "refer to each other in a loop" in result.error


# ------------------------------------------------------------------ 6. errors in words

def test_library_exceptions_become_sentences():
    import zlib
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
    cases = [zlib.error("Error -3 while decompressing data: invalid stored block lengths"),
             PdfminerException(0), MalformedPDFException("Bounding box contains non-number coordinate(s)"),
             MemoryError(), KeyError("Root"), RecursionError("maximum recursion depth exceeded")]
    for exc in cases:
        words = describe(exc)
        assert words and not is_raw_exception_text(words), words
        assert str(exc) == "" or str(exc) not in words or isinstance(exc, KeyError)
    assert is_raw_exception_text("PdfminerException: 0")
    assert is_raw_exception_text("Error -3 while decompressing data")


def test_a_docx_with_a_damaged_compressed_stream_has_an_error_in_words():
    buf = io.BytesIO()
    body = b"<w:document xmlns:w='x'><w:body>" + b"<w:p><w:r><w:t>abc</w:t></w:r></w:p>" * 200 + \
        b"</w:body></w:document>"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", body)
    data = bytearray(buf.getvalue())
    start = data.index(b"word/document.xml") + len("word/document.xml")
    for i in range(start + 10, start + 40):
        data[i] ^= 0x55
    result = process_bytes(bytes(data), "bad.docx")
    assert result.status == "failed" and not is_raw_exception_text(result.error), result.error


# ------------------------------------------------------------------ 7. memory

def test_the_kernel_stops_a_worker_at_its_memory_limit():
    code = ("from runner.workers import limit_address_space\n"
            "assert limit_address_space(300 << 20)\n"
            "try:\n    x = bytearray(900 << 20)\nexcept MemoryError:\n    print('refused')\n"
            "else:\n    print('allowed')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert out.stdout.strip() == "refused", out.stderr


# ------------------------------------------------------------------ 9. runs log and publishing

def test_runs_that_exit_2_are_in_the_runs_log(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_bytes(TEXT)
    out.mkdir()
    assert main(["--raw", str(raw), "--out", str(out), "--timeout", "nan", "--quiet"]) == 2
    assert main(["--raw", str(tmp_path / "missing"), "--out", str(out), "--quiet"]) == 2
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--workers", "1"]) == 0
    runs = pd.read_parquet(out / "runs.parquet")
    assert list(runs["exit_code"]) == [2, 2, 0]
    assert "--timeout" in runs["error"].iloc[0] and "--raw" in runs["error"].iloc[1]
    assert runs["run_id"].is_unique
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--workers", "1"]) == 0
    assert list(pd.read_parquet(out / "runs.parquet")["exit_code"]) == [2, 2, 0, 0]


def test_a_failed_publish_leaves_no_staging_folder(tmp_path, monkeypatch):
    import store.publish as publish
    from store.schema import RUNS
    out = tmp_path / "out"
    real = publish.pq.write_table
    calls = {"n": 0}

    def full_disk(table, where, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real(table, where, **kw)

    monkeypatch.setattr(publish.pq, "write_table", full_disk)
    with pytest.raises(OSError):
        publish.publish(out, {"runs": RUNS.empty_table(), "other": RUNS.empty_table()}, "r1")
    assert not [p for p in (out / publish.VERSIONS_DIR).iterdir() if p.name.startswith(".staging")]


# ------------------------------------------------------------------ 10. routing on validity

def test_an_english_text_layer_is_read_not_sent_to_ocr():
    from core.records import METHOD_TEXT_LAYER
    from extract.pdf import extract_pdf
    from tests.fixtures_pdf import make_report_pdf
    text = "\n".join(f"On 12 March 2023 the provincial office settled {n} applications on time, "
                     f"reference {1000 + n}, officer John Smith." for n in range(30))
    doc = extract_pdf(make_report_pdf(text), ExtractOptions(ocr=False))
    assert doc.pages and all(p.method == METHOD_TEXT_LAYER for p in doc.pages)
    assert "John Smith" in " ".join(line.plain for line in doc.lines())
