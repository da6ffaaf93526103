"""Digital PDFs: text layer → lines and grids, page routing, damaged and encrypted files."""
from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

import pytest

from core.errors import EncryptedPDF, NoPages, UnreadableFile
from core.records import (METHOD_FAILED, METHOD_OCR, METHOD_TEXT_LAYER, METHOD_TRANSCODED, Cell, Line,
                          Page)
from extract import legacy
from extract.layout import Char, group_lines, join_words, words_from_chars
from extract.options import ExtractOptions
from extract.pdf import continue_grids, extract_pdf, text_layer_problem
from tests import fixtures_pdf as fx

NO_OCR = ExtractOptions(ocr=False)


@lru_cache(maxsize=None)
def _synthetic_pdf(n_rows: int = 60) -> tuple[str, bytes]:
    text = fx.synthetic_report_text(n_rows=n_rows)
    return text, fx.make_report_pdf(text)


def _norm(line: Line) -> tuple[str, ...]:
    return tuple(" ".join(c.split()) for c in line.texts if c.strip())


def _drop_repeated_headers(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Rows without the header rows a page break repeats (an "STT" row and the row under it)."""
    headers = set()
    for prev, row in zip([()] + rows, rows):
        if row and row[0].upper() == "STT":
            headers.add(row)
        elif prev and prev[0].upper() == "STT" and not re.search(r"\d", " ".join(row)):
            headers.add(row)
    seen, out = set(), []
    for row in rows:
        if row in headers and row in seen:
            continue
        seen.add(row)
        out.append(row)
    return out


def _export_rows(text: str) -> list[tuple[str, ...]]:
    from extract.text import lines_from_text
    return [_norm(ln) for ln in lines_from_text(text) if ln.is_row]


def _pdf_rows(doc) -> list[tuple[str, ...]]:
    return [_norm(ln) for ln in doc.lines() if ln.is_row]


# ------------------------------------------------------------------ generated reports

def test_synthetic_report_rows_equal_export_rows():
    text, data = _synthetic_pdf()
    doc = extract_pdf(data, NO_OCR)
    assert doc.file_type == "pdf"
    assert doc.page_count == len(doc.pages) >= 3
    assert all(p.method == METHOD_TEXT_LAYER for p in doc.pages)
    assert _drop_repeated_headers(_pdf_rows(doc)) == _drop_repeated_headers(_export_rows(text))


def test_table_across_pages_keeps_id_order_and_repeated_headers():
    text, data = _synthetic_pdf()
    doc = extract_pdf(data, NO_OCR)
    rows = [ln for ln in doc.lines() if ln.is_row]
    by_table: dict[int, list[Line]] = {}
    for ln in rows:
        assert ln.table is not None and ln.page is not None
        by_table.setdefault(ln.table, []).append(ln)
    # two Biểu mẫu tables of 60 rows: each spans pages under one id
    spanning = [t for t, lns in by_table.items() if len({ln.page for ln in lns}) > 1]
    assert len(spanning) == 2
    for t in spanning:
        lns = by_table[t]
        stts = [ln.cells[0].text for ln in lns if ln.cells[0].text and ln.cells[0].text != "STT"]
        assert len(stts) == 60                       # every data row, in order
        pages = sorted({ln.page for ln in lns})
        for page in pages:                           # each page starts with the header rows
            first = next(ln for ln in lns if ln.page == page)
            assert first.cells[0].text == "STT"
    # every row of a grid has the same number of cells, each with a box
    for lns in by_table.values():
        assert len({len(ln.cells) for ln in lns}) == 1
        assert all(c.bbox is not None for ln in lns for c in ln.cells)


def test_empty_cells_kept_and_columns_line_up():
    _, data = _synthetic_pdf()
    doc = extract_pdf(data, NO_OCR)
    rows = [ln for ln in doc.lines() if ln.is_row]
    second_header = next(ln for ln in rows if ln.texts[:3] == ["", "", ""])
    assert second_header.texts[3:] == ["Số liệu", "Ghi chú"]
    assert any(ln.texts[3] == "" and re.match(r"^\d", ln.texts[0]) for ln in rows)
    for ln in rows:
        xs = [c.bbox[0] for c in ln.cells]
        assert xs == sorted(xs)


def test_running_text_lines_reading_order_nfc_and_footnote_marks():
    text, data = _synthetic_pdf()
    doc = extract_pdf(data, NO_OCR)
    first = doc.pages[0].lines
    assert first[0].plain == "Số: 123/BC-UBND"
    titles = [ln.plain for ln in first]
    assert titles.index("BÁO CÁO") < titles.index("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    tops = [ln.bbox[1] for ln in first]
    assert tops == sorted(tops)
    every = [ln.plain for ln in doc.lines()]
    assert all(unicodedata.is_normalized("NFC", t) for t in every)
    marks = "".join(re.findall("[¹²³⁴]", " ".join(every)))
    assert marks == "¹²³⁴"                        # raised small digits → superscripts
    assert all(ln.table is None for ln in first if not ln.is_row)
    assert all(ln.table is not None for ln in first if ln.is_row)


def test_route_reads_pdf_bytes():
    from extract.route import extract_bytes
    _, data = _synthetic_pdf()
    doc = extract_bytes(data, "pdf", NO_OCR)
    assert doc.page_count == len(doc.pages)


@pytest.mark.parametrize("seed", ["000", "002"])
def test_seed_pdf_table_rows_equal_export_rows(seed):
    from tests.conftest import seed_path
    text = seed_path(seed).read_text(encoding="utf-8")
    doc = extract_pdf(fx.make_report_pdf(text), NO_OCR)
    got = _drop_repeated_headers(_pdf_rows(doc))
    want = _drop_repeated_headers(_export_rows(text))
    assert len(want) > 100
    assert got == want


@pytest.mark.parametrize("seed", ["000", "002"])
def test_seed_pdf_forms_equal_export_forms(seed):
    forms = pytest.importorskip("parsers.forms")
    from tests.conftest import seed_lines, seed_path
    text = seed_path(seed).read_text(encoding="utf-8")
    doc = extract_pdf(fx.make_report_pdf(text), NO_OCR)
    from_pdf = [(o.form, o.stt, o.value_raw) for o in forms.parse_forms(list(doc.lines()))]
    from_text = [(o.form, o.stt, o.value_raw) for o in forms.parse_forms(seed_lines(seed))]
    assert len(from_text) > 100
    assert from_pdf == from_text


def test_sample_pdfs_in_repo_read():
    from pathlib import Path
    samples = sorted((Path(__file__).resolve().parents[1] / "data" / "raw" / "pdf").glob("*.pdf"))
    if not samples:
        pytest.skip("no sample PDFs under data/raw/pdf")
    for path in samples:
        doc = extract_pdf(path.read_bytes(), NO_OCR)
        assert all(p.method == METHOD_TEXT_LAYER for p in doc.pages)
        assert sum(1 for ln in doc.lines() if ln.is_row) > 50


# ------------------------------------------------------------------ unruled tables

def test_unruled_table_rows_from_word_alignment():
    rows = [["STT", "Chỉ tiêu", "Đơn vị", "Số liệu"],
            ["1", "Số văn bản ban hành", "Văn bản", "12"],
            ["2", "Số nhiệm vụ hoàn thành", "Nhiệm vụ", "40"],
            ["3", "Tỷ lệ hồ sơ đúng hạn", "%", "98,5"]]
    doc = extract_pdf(fx.make_unruled_table_pdf(rows), NO_OCR)
    lines = doc.pages[0].lines
    assert lines[0].plain == "Kết quả thực hiện như sau:" and not lines[0].is_row
    grid = [ln for ln in lines if ln.is_row]
    assert [ln.texts for ln in grid] == rows
    assert len({ln.table for ln in grid}) == 1
    assert lines[-1].plain == "Trên đây là báo cáo kết quả thực hiện."


# ------------------------------------------------------------------ routing

def test_cid_garbage_goes_to_ocr(monkeypatch):
    calls = []

    def fake_ocr(pdf, page_number, options=None):
        calls.append(page_number)
        return Page(None, [Line([Cell("văn bản đọc bằng OCR")]), Line([Cell("1"), Cell("Số liệu"), Cell("5")],
                                                                       table=1)],
                    method=METHOD_OCR, ocr_confidence=0.9)

    import extract.ocr
    monkeypatch.setattr(extract.ocr, "ocr_pdf_page", fake_ocr)
    text, _ = _synthetic_pdf()
    doc = extract_pdf(fx.make_mixed_pdf(text), ExtractOptions())
    last = doc.pages[-1]
    assert calls == [doc.page_count]
    assert last.method == METHOD_OCR and last.number == doc.page_count
    assert all(p.method == METHOD_TEXT_LAYER for p in doc.pages[:-1])
    ocr_row = last.lines[1]
    assert ocr_row.page == doc.page_count
    digital_ids = {ln.table for p in doc.pages[:-1] for ln in p.lines if ln.table is not None}
    assert ocr_row.table not in digital_ids        # grid ids stay unique in the document


def test_pages_without_usable_text_fail_when_ocr_is_off():
    doc = extract_pdf(fx.make_cid_pdf(2), NO_OCR)
    assert doc.page_count == 2
    assert [p.method for p in doc.pages] == [METHOD_FAILED, METHOD_FAILED]
    assert "(cid:NN)" in doc.pages[0].error and "OCR" in doc.pages[0].error
    assert len(doc.failed_pages) == 2 and doc.warnings


def test_image_only_page_fails_without_ocr_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "extract.ocr", None)     # import fails
    doc = extract_pdf(fx.make_image_only_pdf(), ExtractOptions())
    page = doc.pages[0]
    assert page.method == METHOD_FAILED
    assert "no text layer" in page.error and "OCR is not available" in page.error


def test_mixed_document_keeps_good_pages_when_one_fails():
    text, _ = _synthetic_pdf()
    doc = extract_pdf(fx.make_mixed_pdf(text), NO_OCR)
    assert doc.pages[-1].method == METHOD_FAILED
    assert all(p.method == METHOD_TEXT_LAYER and p.lines for p in doc.pages[:-1])


def _chars(text: str) -> list[Char]:
    return [Char(c, i * 6.0, i * 6.0 + 5, 100, 112, 12) for i, c in enumerate(text)]


@pytest.mark.parametrize("text, problem", [
    ("", "no text layer"),
    ("Báo cáo", "no text layer"),
    ("Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính", None),
    ("1.267 26.198 11.214 42,8 65,02 98,22 100 277 426 982 1.290", None),
    ("�" * 30 + "Báo cáo kết quả thực hiện", "replacement"),
    ("#$%&*@!~^{}|<>#$%&*@!~^{}|<>§¶†‡", "symbols"),
    # a valid layer in another language is kept (routing is on validity, not on language)
    ("The provincial report lists 1,290 procedures settled on time in 2023 " * 8, None),
])
def test_text_layer_problem(text, problem):
    found = text_layer_problem(_chars(text))
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_cid_chars_are_a_problem():
    chars = [Char(f"(cid:{n})", n, n + 5, 0, 10, 10) for n in range(40)]
    assert "(cid:NN)" in text_layer_problem(chars)


# ------------------------------------------------------------------ legacy text layers

SENTENCE = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện "
            "công tác cải cách hành chính quý III năm 2022 với nhiều nhiệm vụ trọng tâm")


@pytest.mark.parametrize("font, encode, expect", [
    (".VnTime", lambda s: legacy.unicode_to_tcvn3(s.lower()), SENTENCE.lower()),
    (".VnTimeH", lambda s: legacy.unicode_to_tcvn3(s.lower()), SENTENCE.upper()),
    ("VNI-Times", legacy.unicode_to_vni, SENTENCE),
    ("OfficeSerif", legacy.unicode_to_vni, SENTENCE),                     # by statistics
    ("OfficeSerif", lambda s: legacy.unicode_to_tcvn3(s.lower()), SENTENCE.lower()),
])
def test_legacy_text_layer_is_transcoded(font, encode, expect):
    doc = extract_pdf(fx.make_legacy_pdf([encode(SENTENCE)] * 3, font), NO_OCR)
    page = doc.pages[0]
    assert page.method == METHOD_TRANSCODED
    assert [ln.plain for ln in page.lines] == [expect] * 3


# ------------------------------------------------------------------ broken files

def test_encrypted_with_empty_user_password_opens():
    text = fx.synthetic_report_text(n_rows=8, forms=1)
    doc = extract_pdf(fx.make_encrypted_pdf(text), NO_OCR)
    assert doc.pages[0].method == METHOD_TEXT_LAYER
    assert any(ln.plain == "BÁO CÁO" for ln in doc.lines())


def test_encrypted_with_password_is_refused():
    text = fx.synthetic_report_text(n_rows=8, forms=1)
    with pytest.raises(EncryptedPDF, match="password"):
        extract_pdf(fx.make_encrypted_pdf(text, user_password="secret"), NO_OCR)


def test_no_pages():
    with pytest.raises(NoPages):
        extract_pdf(fx.make_no_pages_pdf(), NO_OCR)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_unreadable_or_partial(keep):
    text = fx.synthetic_report_text(n_rows=30)
    data = fx.make_truncated_pdf(text, keep)
    try:
        doc = extract_pdf(data, NO_OCR)
    except UnreadableFile as exc:
        assert "damaged" in str(exc) and "again" in str(exc)
    else:   # pdfminer rebuilt what it could: pages read, the rest failed with a reason
        assert doc.page_count == len(doc.pages)
        assert all(p.method in (METHOD_TEXT_LAYER, METHOD_FAILED) for p in doc.pages)
        assert all(p.error for p in doc.failed_pages)


def test_not_a_pdf_body():
    with pytest.raises(UnreadableFile):
        extract_pdf(b"%PDF-1.4\nthis is not really a PDF\n", NO_OCR)


# ------------------------------------------------------------------ layout units

def test_words_split_on_spaces_gaps_and_size():
    chars = [Char("A", 0, 6, 0, 12, 12), Char("B", 6, 12, 0, 12, 12), Char(" ", 12, 15, 0, 12, 12),
             Char("C", 15, 21, 0, 12, 12), Char("D", 40, 46, 0, 12, 12), Char("1", 46, 49, -3, 4, 7)]
    words = words_from_chars(chars)
    assert [w.text for w in words] == ["AB", "C", "D", "1"]
    line = group_lines(words)
    assert len(line) == 1 and join_words(line[0].words) == "AB C D¹"


def test_lines_group_by_vertical_overlap_and_sort_by_x():
    chars = [Char("b", 50, 56, 101, 113, 12), Char("a", 0, 6, 100, 112, 12), Char("c", 0, 6, 130, 142, 12)]
    lines = group_lines(words_from_chars(chars))
    assert [join_words(ln.words) for ln in lines] == ["a b", "c"]


def test_continue_grids_needs_matching_columns():
    def row(xs, table, page):
        return Line([Cell("x", (x, 0, x + 10, 10)) for x in xs], page=page, table=table)

    prev = [row([10, 50, 90], 1, 1), Line([Cell("2")], page=1)]
    nxt = [Line([Cell("3")], page=2), row([10.5, 50, 90], 2, 2), row([10, 50, 90], 2, 2)]
    continue_grids(prev, nxt)
    assert [ln.table for ln in nxt if ln.is_row] == [1, 1]
    other = [row([10, 70, 90], 3, 2)]
    continue_grids(prev, other)
    assert other[0].table == 3
    titled = [Line([Cell("Trang 2")], page=2), Line([Cell("Biểu mẫu 2")], page=2), row([10, 50, 90], 4, 2)]
    continue_grids(prev, titled)
    assert titled[-1].table == 4                     # a new form under its title is a new grid


def test_text_printed_twice_for_bold_is_read_once():
    word = [Char(c, i * 6.0, i * 6.0 + 6, 100, 112, 12) for i, c in enumerate("BÁO CÁO")]
    again = [Char(c.text, c.x0 + 0.4, c.x1 + 0.4, c.top, c.bottom, c.size) for c in word]
    lines = group_lines(words_from_chars(word + again))
    assert [join_words(ln.words) for ln in lines] == ["BÁO CÁO"]


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_rotated_pages_read_like_upright_ones(rotation):
    import io

    import pypdfium2 as pdfium

    text = fx.synthetic_report_text(n_rows=12, forms=1)
    data = fx.make_report_pdf(text)
    doc = pdfium.PdfDocument(data)
    for i in range(len(doc)):
        doc[i].set_rotation(rotation)
    buf = io.BytesIO()
    doc.save(buf)
    upright = extract_pdf(data, NO_OCR)
    turned = extract_pdf(buf.getvalue(), NO_OCR)
    assert [ln.texts for ln in turned.lines()] == [ln.texts for ln in upright.lines()]
    assert (turned.pages[0].width, turned.pages[0].height) == (upright.pages[0].width, upright.pages[0].height)
