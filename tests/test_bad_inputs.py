"""Bad input: every damaged, disguised or hostile file gets a `failed` row with a clear error,
while the good files of the same run are processed and published.

One run over an archive holding all of them (one worker pool start), then one test per file.
Two are not bad at all and must be read: a PDF encrypted with an EMPTY user password (it
opens without asking, as every viewer shows) and a file name with spaces and Vietnamese
letters.
"""
from __future__ import annotations

import random
import re
import struct
import unicodedata
import zlib
from pathlib import Path

import pandas as pd
import pytest

from tests.fixtures_pdf import (make_encrypted_pdf, make_no_pages_pdf, make_report_pdf,
                                make_truncated_pdf)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "txt" / "kien-giang_2022-Q3_bao-cao-061-BC-UBND.txt"

SHORT_REPORT = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 061/BC-UBND
Kiên Giang, ngày 03 tháng 9 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính quý III năm 2022
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
1. Kế hoạch cải cách hành chính
Ủy ban nhân dân tỉnh ban hành kế hoạch cải cách hành chính năm 2022.
"""

VIETNAMESE_NAME = "Báo cáo CCHC quý III 2022 (bản cuối).txt"
NFD_NAME = unicodedata.normalize("NFD", "Kế hoạch cải cách hành chính.txt")


def _png_bomb(width: int = 200_000, height: int = 200_000) -> bytes:
    """A tiny PNG whose header declares a huge image (a decompression bomb)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)     # 8-bit greyscale
    idat = zlib.compress(b"\x00" * 1024, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _broken_xref_pdf() -> bytes:
    """A report whose cross-reference table and trailer are garbage: no way to its /Root."""
    data = make_report_pdf(SHORT_REPORT)
    cut = data.rindex(b"\nxref")
    return data[:cut] + b"\nxref\ngarbage 0 n\x00\x17 nonsense\nstartxref\n999999\n%%EOF\n"


def _html_page() -> bytes:
    return ("<!DOCTYPE html>\n<html><head><title>Trang thông tin điện tử</title></head>"
            "<body><p>Báo cáo đã được gỡ bỏ.</p></body></html>").encode("utf-8")


# name in the archive -> (bytes or None for special handling, regex the error must match)
BAD = {
    "empty.pdf": (b"", r"empty|0 bytes"),
    "random-bytes.pdf": (None, r"(no|not a) pdf|%PDF|damaged|unreadable"),
    "truncated.pdf": (None, r"truncat|damaged|corrupt|incomplete|broken|cannot be (read|opened)|unreadable"),
    "encrypted-password.pdf": (None, r"password|encrypt"),
    "broken-xref.pdf": (None, r"damaged|corrupt|broken|xref|cross-reference|cannot be (read|opened)|"
                              r"unreadable|invalid"),
    "no-pages.pdf": (None, r"no pages"),
    "web-page.pdf": (None, r"html"),
    "bomb.png": (None, r"too (large|big)|pixels|decompression|bomb"),
    "report.xlsx": (b"PK\x03\x04 not really a workbook", r"not a readable xlsx workbook"),
    "report.xls": (b"plain words, not a workbook", r"not a spreadsheet"),
    "report.wpd": (b"some bytes", r"unsupported"),
    "outside-link.txt": (None, r"symbolic link.*outside"),
}
GOOD = ("good.txt", "encrypted-empty-password.pdf", VIETNAMESE_NAME, NFD_NAME)


def _bytes_for(name: str) -> bytes:
    if name == "random-bytes.pdf":
        data = random.Random(1).randbytes(4096)
        return data.replace(b"%PDF", b"%XDF")
    if name == "truncated.pdf":
        return make_truncated_pdf(SHORT_REPORT, keep=0.5)
    if name == "encrypted-password.pdf":
        return make_encrypted_pdf(SHORT_REPORT, user_password="mat-khau")
    if name == "encrypted-empty-password.pdf":
        return make_encrypted_pdf(SHORT_REPORT, user_password="")
    if name == "broken-xref.pdf":
        return _broken_xref_pdf()
    if name == "no-pages.pdf":
        return make_no_pages_pdf()
    if name == "web-page.pdf":
        return _html_page()
    if name == "bomb.png":
        return _png_bomb()
    raise KeyError(name)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One run over an archive of every bad input and the good files."""
    from runner.batch import run_batch
    from runner.document import PipelineOptions

    base = tmp_path_factory.mktemp("bad")
    raw, out = base / "raw", base / "out"
    (raw / "sub dir").mkdir(parents=True)
    outside = base / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_bytes(SAMPLE.read_bytes())
    for name, (data, _) in BAD.items():
        if name == "outside-link.txt":
            (raw / name).symlink_to(secret)
            continue
        (raw / name).write_bytes(data if data is not None else _bytes_for(name))
    (raw / "good.txt").write_bytes(SAMPLE.read_bytes())
    (raw / "encrypted-empty-password.pdf").write_bytes(_bytes_for("encrypted-empty-password.pdf"))
    (raw / "sub dir" / VIETNAMESE_NAME).write_bytes(SAMPLE.read_bytes().replace(b"061/BC", b"062/BC"))
    (raw / NFD_NAME).write_bytes(SAMPLE.read_bytes().replace(b"061/BC", b"063/BC"))
    report = run_batch(raw, out, PipelineOptions(), workers=2, timeout=120, memory_limit_mb=2048)
    docs = pd.read_parquet(out / "documents.parquet")
    return report, docs, out


def _row(docs: pd.DataFrame, name: str) -> pd.Series:
    rows = docs[docs["source_file"] == name]
    assert len(rows) == 1, f"{name}: {len(rows)} rows in documents (every input gets exactly one)"
    return rows.iloc[0]


def _assert_clear(error) -> None:
    assert isinstance(error, str) and error.strip(), "a failed row needs an error"
    assert "Traceback" not in error
    # A bare Python exception is not an explanation for an analyst.
    assert not re.match(r"^\w*(Error|Exception)\b", error), error
    assert "ModuleNotFoundError" not in error and "NoneType" not in error, error


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_a_failed_row_with_a_clear_error(published, name):
    _, docs, _ = published
    row = _row(docs, name)
    assert row["status"] == "failed", (name, row["status"], row["error"])
    _assert_clear(row["error"])
    assert re.search(BAD[name][1], row["error"], re.I), (name, row["error"])


def test_symlink_outside_raw_is_not_followed(published):
    _, docs, out = published
    row = _row(docs, "outside-link.txt")
    assert row["status"] == "failed"
    # Its content (the sample report) was never read: no observation carries its name.
    obs = pd.read_parquet(out / "observations.parquet")
    assert not (obs["source_file"] == "outside-link.txt").any()
    assert row["doc_id"] != _row(docs, "good.txt")["doc_id"]


def test_encrypted_pdf_with_empty_password_is_read(published):
    _, docs, _ = published
    row = _row(docs, "encrypted-empty-password.pdf")
    assert row["status"] in ("ok", "partial"), row["error"]
    assert row["page_count"] >= 1
    assert row["doc_number"] == "061/BC-UBND"


def test_vietnamese_file_names_are_read_and_kept_in_nfc(published):
    _, docs, out = published
    name = "sub dir/" + VIETNAMESE_NAME
    row = _row(docs, name)
    assert row["status"] in ("ok", "partial"), row["error"]
    assert row["n_observations"] > 0
    nfc = unicodedata.normalize("NFC", NFD_NAME)
    row = _row(docs, nfc)                       # a decomposed name on disk is published in NFC
    assert row["status"] in ("ok", "partial"), row["error"]
    obs = pd.read_parquet(out / "observations.parquet")
    assert set(obs["source_file"]) >= {name, nfc}
    assert all(unicodedata.is_normalized("NFC", s) for s in docs["source_file"])


def test_good_files_of_the_same_run_are_published(published):
    report, docs, out = published
    good = _row(docs, "good.txt")
    assert good["status"] in ("ok", "partial"), good["error"]
    assert good["n_observations"] > 0
    assert len(docs) == len(BAD) + len(GOOD)
    assert report.n_failed == len(BAD)
    assert report.exit_code == 1
    ind = pd.read_parquet(out / "indicators.parquet")
    assert len(ind) > 0
    assert not ind.duplicated(["unit_id", "period", "indicator_code"]).any()
