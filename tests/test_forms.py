"""Biểu mẫu tables → observations (parsers/forms.py, parsers/grid.py).

The seed tables below were typed from the documents: per form, ``path value`` pairs (``-``
for an empty value cell), the path being the full hierarchical code decided by reading the
document (000's rows 3.3–3.4.2 belong to Biểu mẫu 3, whose heading was lost at a page break;
002's local numbers ``1.``/``2.`` under ``2.2.`` are ``2.2.1``/``2.2.2``).
"""
from __future__ import annotations

import pytest

from core.records import Cell, Line
from parsers.forms import (FormCatalog, load_catalog, match_heading, parse_form_blocks,
                           parse_forms)
from parsers.grid import ColumnRoles, clean_text, roles_from_content, roles_from_header
from tests.conftest import seed_lines

SEED_000 = """
1: I - | 1 3 | 2 72,73 | 2.1 55 | 2.2 40 | 3 - | 3.1 8 | 3.2 7 | 3.3 0 | 3.3.1 22 | 3.3.2 0 |
   4 - | 4.1 1 | 4.2 0 | 5 - | 5.1 40 | 5.2 5 | 5.3 7 | 5.4 8 | 6 1 | 6.1 0 | 6.2 1 | 7 1
2: II - | 1 12 | 1.1 12 | 1.2 0 | 1.3 - | 2 - | 2.1 4 | 2.2 0 | 2.2.1 0 | 2.2.2 0 | 3 - |
   3.1 5 | 3.2 100 | 3.2.1 5
3: 3.3 87,23 | 3.3.1 30.067 | 3.3.2 26.226 | 3.4 0,81 | 3.4.1 124 | 3.4.2 1
4: IV - | 1 - | 1.1 100 | 1.2 100 | 1.3 3 | 1.4 2 | 1.5 915 | 1.5.1 10 | 1.5.2 269 |
   1.5.3 636 | 1.5.4 11,1 | 2 - | 2.1 2.494 | 2.2 2.370 | 2.3 290 | 2.4 3 | 2.5 10 | 3 - |
   3.1 29.322 | 3.2 28.089 | 3.3 25 | 3.4 11,6
5: V - | 1 - | 1.1 2 | 1.2 7 | 1.3 0 | 2 - | 2.1 40 | 2.2 7 | 2.3 12 | 2.4 - | 2.5 - | 3 - |
   4 1 | 4.1 0 | 4.2 1 | 4.3 0 | 4.4 0
6: VI - | 1 44,64 | 1.1 5.328.116 | 1.2 2.378.231 | 2 - | 2.1 809 | 2.2 11 | 2.3 43 |
   2.4 114 | 2.4.1 3 | 2.4.2 123 | 2.4.3 88 | 2.5 559 | 2.6 0
7: VII - | 1 1 | 2 2 | 3 - | 4 2 | 5 - | 5.1 - | 5.1.1 100 | 5.1.2 100 | 5.1.3 100 |
   5.2 70,25 | 5.2.1 77 | 5.2.2 77 | 5.2.3 46,54 | 5.3 - | 5.3.1 100 | 5.3.2 100 | 5.3.3 100 |
   6 - | 6.1 100 | 6.1.1 308 | 6.1.2 308 | 6.1.3 11 | 6.2 100 | 6.2.1 982 | 6.2.2 982 |
   6.2.3 67 | 6.3 98,22 | 6.3.1 1.290 | 6.3.2 1.267 | 6.4 42,8 | 6.4.1 26.198 |
   6.4.2 11.214 | 6.5 65,02 | 6.5.1 426 | 6.5.2 277
"""

SEED_002 = """
1: 1 04 | 2 20% | 2.1 36 | 2.2 07 | 3 - | 3.1 Chưa | 3.2 Chưa | 3.3 Không | 3.3.1 Không |
   3.3.2 Không | 4 - | 4.1 - | 4.2 - | 5 - | 5.1 17 | 5.2 07 | 5.3 0 | 5.4 0 | 6 0 | 6.1 - |
   6.2 - | 7 1
2: 1 12 | 1.1 - | 1.2 12 | 1.3 0 | 2 0 | 2.1 - | 2.2 - | 2.2.1 - | 2.2.2 - | 3 - | 3.1 12 |
   3.2 100 | 3.2.1 10 | 3.2.2 10
3: 1 - | 1.1 - | 1.2 - | 1.3 - | 1.4 - | 1.4.1 - | 1.4.2 301 | 1.4.3 156 | 2 - | 2.1 - |
   2.2 - | 2.3 - | 3 - | 3.1 - | 3.1.1 - | 3.1.2 - | 3.2 99,5 | 3.2.1 220 | 3.2.2 219 |
   3.3 100 | 3.3.1 2401 | 3.3.2 2401 | 3.4 0 | 3.4.1 - | 3.4.2 -
4: 1 - | 1.1 - | 1.2 100 | 1.3 - | 1.4 - | 1.5 - | 1.5.1 - | 1.5.2 - | 1.5.3 25 |
   1.5.4 10,71 | 2 - | 2.1 - | 2.2 74 | 2.3 05 | 2.4 0 | 2.5 0 | 3 - | 3.1 - | 3.2 588 |
   3.3 - | 3.4 -
5: 1 - | 1.1 12 | 1.2 24 | 1.3 0 | 2 - | 2.1 - | 2.2 - | 2.3 - | 2.4 - | 2.5 - | 3 03 |
   4 02 | 4.1 - | 4.2 - | 4.3 - | 4.4 -
6: 1 13.5% | 1.1 132.928 | 1.2 17.991 | 2 - | 2.1 26 | 2.2 - | 2.3 01 | 2.4 - | 2.4.1 - |
   2.4.2 - | 2.4.3 - | 2.5 25 | 2.6 -
7: 1 - | 2 - | 3 - | 4 - | 5 - | 5.1 - | 5.1.1 - | 5.1.2 100 | 5.1.3 100 | 5.2 100 |
   5.2.1 - | 5.2.2 100 | 5.2.3 100 | 5.3 - | 5.3.1 - | 5.3.2 100 | 5.3.3 100 | 6 - |
   6.4 100 | 6.4.1 160 | 6.4.2 160 | 6.4.3 23 | 6.5 100 | 6.5.1 83 | 6.5.2 83 | 6.5.3 12 |
   6.6 - | 6.6.1 - | 6.6.2 - | 6.7 41,8 | 6.7.1 246 | 6.7.2 103 | 6.8 - | 6.8.1 - | 6.8.2 -
"""


def _expected(table: str) -> list[tuple[int, str, str | None]]:
    out, form = [], None
    for raw in table.strip().splitlines():
        text = raw.strip()
        if text[0].isdigit() and text[1] == ":":
            form, text = int(text[0]), text[2:]
        for item in text.split("|"):
            if item.strip():
                stt, value = item.split()
                out.append((form, stt, None if value == "-" else value))
    return out


def _triples(obs):
    return [(o.form, o.stt, o.value_raw) for o in obs]


def _row(obs, form, stt):
    found = [o for o in obs if o.form == form and o.stt == stt]
    assert len(found) == 1, (form, stt, found)
    return found[0]


@pytest.fixture(scope="module")
def obs000():
    return parse_forms(seed_lines("000"))


@pytest.fixture(scope="module")
def obs002():
    return parse_forms(seed_lines("002"))


# --------------------------------------------------------------------------- seeds


def test_seed_000_every_row(obs000):
    assert len(_expected(SEED_000)) == 132
    assert _triples(obs000) == _expected(SEED_000)


def test_seed_002_every_row(obs002):
    assert len(_expected(SEED_002)) == 146
    assert _triples(obs002) == _expected(SEED_002)


@pytest.mark.parametrize("seed,form,stt,printed,label,unit,note", [
    # roman group row: no unit, no value, label the group title
    ("000", 1, "I", "I", "Công tác chỉ đạo điều hành CCHC", None, None),
    # a dotted code among undotted ones
    ("000", 1, "4.1", "4.1.", "Số cơ quan, đơn vị được thanh tra", "Số lượng", None),
    # code legend kept as printed
    ("000", 1, "6", "6", "Khảo sát sự hài lòng", "- Có = 1 - Không = 0", None),
    ("000", 1, "6.2", "6.2", "Hình thức khảo sát",
     "- Trực tuyến = 0 - Phát phiếu = 1 - Kết hợp = 2", None),
    ("000", 1, "6.1", "6.1", "Số lượng phiếu khảo sát", "Số lượng",
     "Đang thực hiện khảo sát, kết thúc và báo cáo kết quả khảo sát trong tháng 12/2022"),
    # first row after the repeated header: the repeat is no data
    ("000", 1, "5.4", "5.4", "Số nhiệm vụ quá hạn nhưng chưa hoàn thành", "Nhiệm vụ", None),
    # form 3 rows after Biểu mẫu 2's rows (heading lost)
    ("000", 3, "3.3", "3.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận", "%", None),
    ("000", 3, "3.4.1", "3.4.1", "Tổng số PAKN đã tiếp nhận (trực tiếp", "PAKN", None),
    # a row with a value and no unit
    ("000", 5, "4", "4", "Số lượng cán bộ, công chức, viên chức bị kỷ luật", None, None),
    ("000", 7, "6.5.1", "6.5.1", "Tổng số TTHC có yêu cầu nghĩa vụ tài chính", "Thủ tục",
     "Lũy kế đến thời điểm báo cáo"),
    # <i> markup removed from the label
    ("002", 1, "1", "1.", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn "
     "chỉ đạo, quán triệt)", "Văn bản", None),
    ("002", 1, "6.2", "6.2.", "Hình thức khảo sát", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2",
     None),
    # footnote mark removed: VBQPPL⁶ → VBQPPL
    ("002", 2, "1", "1.", "Tổng số VBQPPL do địa phương ban hành", "Văn bản", None),
    # local number under a rate row
    ("002", 2, "2.2.1", "1.", "Tổng số VBQPPL cần phải xử lý sau kiểm tra", "Văn bản", None),
    # the note carried over a page break, joined with one space
    ("002", 2, "3.2.2", "2.", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", "Văn bản",
     "Khắc phục, hoàn thiện quy trình, thủ tục và đã ban hành 12/12 Quyết định chức năng, "
     "nhiệm vụ và cơ cấu tổ chức của 12 cơ quan chuyên môn."),
    # italic local children under 1.4., unit in italics too
    ("002", 3, "1.4.2", "2.", "Số TTHC cấp huyện (Bao gồm cả TTHC của cơ quan ngành dọc)",
     "Thủ tục", "28 TTHC ngành dọc"),
    ("002", 3, "2", "2.", "Thực hiện cơ chế một cửa, một cửa liên thông", None, None),
    # two italic sentences in one label cell
    ("002", 7, "2", "2.", "Xây dựng và vận hành Hệ thống hợp trực tuyến Liên thông 2 cấp: Từ "
     "UBND tỉnh - 100% UBND các huyện. Liên thông 3 cấp: Từ UBND tỉnh - 100% UBND cấp huyện, "
     "cấp xã.", "Chưa có = 0 2 cấp = 1 3 cấp = 2", None),
])
def test_irregular_rows(request, seed, form, stt, printed, label, unit, note):
    obs = request.getfixturevalue(f"obs{seed}")
    o = _row(obs, form, stt)
    assert o.printed_stt == printed
    assert o.label.startswith(label)
    assert o.measure_unit == unit
    assert o.note == note
    assert o.origin == "table" and o.page is None and o.confidence == 1.0


def test_header_repeats_and_footnotes_are_no_data(obs000, obs002):
    for obs in (obs000, obs002):
        assert all(o.stt for o in obs)
        assert not any(o.label.lower().startswith(("chỉ tiêu", "stt")) for o in obs)
        assert not any((o.value_raw or "").lower() in ("số liệu", "ghi chú") for o in obs)
        assert not any("Văn bản quy phạm pháp luật." in (o.note or "") + o.label for o in obs)
    # the repeated header between 5.3 and 5.4 (000) leaves both rows intact and in order
    stts = [o.stt for o in obs000 if o.form == 1]
    assert stts[stts.index("5.3") + 1] == "5.4"


def test_form_3_inferred_in_000(obs000):
    inferred = [(o.form, o.stt) for o in obs000 if "form_inferred" in o.flags]
    assert inferred == [(3, "3.3"), (3, "3.3.1"), (3, "3.3.2"), (3, "3.4"), (3, "3.4.1"),
                        (3, "3.4.2")]
    assert [o.stt for o in obs000 if o.form == 2][-1] == "3.2.1"


def test_local_renumbering_in_002(obs002):
    inferred = [(o.form, o.stt, o.printed_stt) for o in obs002 if "stt_inferred" in o.flags]
    assert inferred == [
        (2, "2.2.1", "1."), (2, "2.2.2", "2."), (2, "3.2.1", "1."), (2, "3.2.2", "2."),
        (3, "1.4.1", "1."), (3, "1.4.2", "2."), (3, "1.4.3", "3."),
        (3, "3.1.1", "1."), (3, "3.1.2", "2."), (3, "3.2.1", "1."), (3, "3.2.2", "2."),
        (3, "3.3.1", "1."), (3, "3.3.2", "2."), (3, "3.4.1", "1."), (3, "3.4.2", "2.")]
    assert not any("form_inferred" in o.flags for o in obs002)


def test_document_order_and_seq(obs000):
    assert [o.seq for o in obs000] == list(range(len(obs000)))
    assert [o.form for o in obs000] == sorted(o.form for o in obs000)


def test_form_blocks_of_the_seeds():
    b000 = parse_form_blocks(seed_lines("000"))
    assert [(b.form, b.title) for b in b000] == [
        (1, "Công tác chỉ đạo điều hành CCHC"), (2, "Cải cách thể chế"),
        (4, "Cải cách tổ chức bộ máy"), (5, "Cải cách chế độ công vụ"),
        (6, "Cải cách tài chính công"),
        (7, "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số")]
    b002 = parse_form_blocks(seed_lines("002"))
    assert [b.form for b in b002] == [1, 2, 3, 4, 5, 6, 7]
    assert b002[2].title == "Cải cách thủ tục hành chính"
    assert {(b.appendix, b.period_text, b.page) for b in b002} == {
        ("PHỤ LỤC II", "Quý I năm 2023", None)}


@pytest.mark.parametrize("prefix", ["001", "003", "004"])
def test_documents_without_forms_give_no_rows(prefix):
    assert parse_forms(seed_lines(prefix)) == []


# --------------------------------------------------------------------------- headings


def _text(s: str) -> Line:
    return Line([Cell(s)])


@pytest.mark.parametrize("line,expected", [
    (_text("Biểu mẫu 1"), (1, "")),
    (Line([Cell("Biểu mẫu 1"), Cell(""), Cell(""), Cell(""), Cell("")]), (1, "")),
    (_text("Biểu mẫu 2 Cải cách thể chế"), (2, "Cải cách thể chế")),
    (_text("BIỂU MẪU 3"), (3, "")),
    (_text("Biểu mẫu số 04: Cải cách tổ chức bộ máy"), (4, "Cải cách tổ chức bộ máy")),
    (_text("Biểu số 6"), (6, "")),
    (_text("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH ĐỊNH KỲ"), None),
    (_text("Biểu mẫu 8"), None),
    (_text("Biểu mẫu 2.1 chi tiết"), None),
    (Line([Cell("1"), Cell("Biểu mẫu 1")]), None),
])
def test_match_heading(line, expected):
    assert match_heading(line) == expected


# --------------------------------------------------------------------------- grid


def _row_of(*texts):
    return Line([Cell(t) for t in texts])


@pytest.mark.parametrize("header,roles", [
    # 000: value under a report-period group header, note only on the second row
    ([_row_of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Báo cáo cải cách hành chính quý "
              "III/2022"), _row_of("", "", "", "Số liệu", "Ghi chú")],
     dict(stt=0, label=1, unit=2, value=3, note=4)),
    # 002: unit and value under "Kết quả thống kê"
    ([_row_of("STT", "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)",
              "Kết quả thống kê", "", "Ghi chú"), _row_of("", "", "Đơn vị tính", "Số liệu", "")],
     dict(stt=0, label=1, unit=2, value=3, note=4)),
    # one header row, value before unit, an extra empty column
    ([_row_of("TT", "", "Nội dung", "Số liệu", "ĐVT", "Ghi chú")],
     dict(stt=1 - 1, label=2, unit=4, value=3, note=5)),
    # a group header alone names the value column
    ([_row_of("STT", "Tên chỉ tiêu", "Đơn vị", "Quý I/2023")],
     dict(stt=0, label=1, unit=2, value=3, note=None)),
])
def test_roles_from_header(header, roles):
    got = roles_from_header(header)
    assert {r: got.get(r) for r in roles} == roles


def test_a_header_without_a_value_column_is_no_form():
    plan = [_row_of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                    "Thời gian hoàn thành")]
    assert roles_from_header(plan) is None


def test_roles_from_content():
    rows = [_row_of("1", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3"),
            _row_of("2", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73", "lũy kế"),
            _row_of("2.1", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "55")]
    got = roles_from_content(rows)
    assert (got.stt, got.label, got.unit, got.value, got.note) == (0, 1, 2, 3, 4)


@pytest.mark.parametrize("raw,clean", [
    ("Tổng số VBQPPL⁶ do địa phương ban hành", "Tổng số VBQPPL do địa phương ban hành"),
    ("<i>Số TTHC cấp tỉnh</i>", "Số TTHC cấp tỉnh"),
    ("**Cải cách  thể chế**", "Cải cách thể chế"),
    ("Thủ tục¹²", "Thủ tục"),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


# --------------------------------------------------------------------------- synthetic


COLS = [(40, 70), (70, 80), (80, 300), (300, 360), (360, 420), (420, 430), (430, 540)]


def _pdf_row(page, y, texts, conf=None):
    """A PDF-style row: 7 columns with boxes; conf given for OCR'd rows."""
    texts = list(texts) + [""] * (len(COLS) - len(texts))
    cells = [Cell(t, (x0, y, x1, y + 12), conf if conf is None else conf.get(i, 0.95))
             for i, (t, (x0, x1)) in enumerate(zip(texts, COLS))]
    return Line(cells, page=page, bbox=(40, y, 540, y + 12), table=page)


def _pdf_header(page, y):
    # A 3-row header, a column-number row, columns STT | - | label | value | unit | - | note.
    return [_pdf_row(page, y, ["STT", "", "Nội dung chỉ tiêu", "Kết quả thống kê", "", "",
                               "Ghi chú"]),
            _pdf_row(page, y + 12, ["", "", "", "Kỳ báo cáo"]),
            _pdf_row(page, y + 24, ["", "", "", "Số liệu", "ĐVT"]),
            _pdf_row(page, y + 36, ["(1)", "", "(2)", "(3)", "(4)", "", "(5)"])]


def _synthetic_form() -> list[Line]:
    low = {3: 0.45, 0: 0.9, 2: 0.8}
    return ([Line([Cell("BIỂU MẪU 6 - Cải cách tài chính công", (40, 60, 300, 72))], page=1),
             *_pdf_header(1, 80),
             _pdf_row(1, 140, ["1", "", "Tỷ lệ thực hiện Kế hoạch giải ngân vốn", "44,64", "%"]),
             # reordered: "Đã thực hiện" before "Kế hoạch được giao"; local numbers
             _pdf_row(1, 152, ["1.", "", "Đã thực hiện", "2.378.231", "Triệu đồng"]),
             _pdf_row(1, 164, ["2", "", "Kế hoạch được giao", "5.328.116", "Triệu đồng"]),
             _pdf_row(1, 176, ["2.", "", "Thực hiện tự chủ tài chính của đơn vị sự nghiệp"]),
             _pdf_row(1, 188, ["", "", "(lũy kế đến thời điểm báo cáo)"]),   # wrapped label
             _pdf_row(1, 200, ["2.1", "", "Tổng số ĐVSN công lập", "809", "Đơn vị"]),
             _pdf_row(1, 212, ["2.2.", "", "Số ĐVSN tự bảo đảm một phần chi thường xuyên",
                               "114", "Đơn vị", "", "Số liệu sơ bộ, chưa"]),
             Line([Cell("¹ Số liệu của Sở Tài chính.")], page=1),
             Line([Cell("12")], page=1),                                       # page number
             *_pdf_header(2, 40),                                              # repeated
             _pdf_row(2, 88, ["", "", "", "", "", "", "tổng hợp đủ."]),       # note continues
             _pdf_row(2, 100, ["1)", "", "Tổng số ĐVSN tự bảo đảm từ 70%", "3", "Đơn vị"]),
             _pdf_row(2, 112, ["2)", "", "Số ĐVSN tự bảo đảm từ 30%", "123", "Đơn vị"]),
             _pdf_row(2, 124, ["3.", "", "Xã hội hóa dịch vụ sự nghiệp công"]),
             _pdf_row(2, 136, ["3.1", "", "Số ĐVSN chuyển sang xã hội hóa", "12", "Đơn vị"],
                      conf=low)])


@pytest.mark.parametrize("catalog", [None, "default"])
def test_synthetic_pdf_form(catalog):
    cat = load_catalog() if catalog == "default" else None
    obs = parse_forms(_synthetic_form(), catalog=cat)
    assert [(o.form, o.stt, o.printed_stt, o.value_raw, o.measure_unit) for o in obs] == [
        (6, "1", "1", "44,64", "%"),
        (6, "1.1", "1.", "2.378.231", "Triệu đồng"),
        (6, "1.2", "2", "5.328.116", "Triệu đồng"),
        (6, "2", "2.", None, None),
        (6, "2.1", "2.1", "809", "Đơn vị"),
        (6, "2.2", "2.2.", "114", "Đơn vị"),
        (6, "2.2.1", "1)", "3", "Đơn vị"),
        (6, "2.2.2", "2)", "123", "Đơn vị"),
        (6, "3", "3.", None, None),
        (6, "3.1", "3.1", "12", "Đơn vị")]
    by = {o.stt: o for o in obs}
    assert by["2"].label == "Thực hiện tự chủ tài chính của đơn vị sự nghiệp (lũy kế đến " \
                            "thời điểm báo cáo)"
    assert by["2.2"].note == "Số liệu sơ bộ, chưa tổng hợp đủ."
    assert [o.page for o in obs] == [1] * 6 + [2] * 4
    assert by["1"].bbox == (40, 140, 540, 152)
    assert by["2"].bbox == (40, 176, 540, 200)          # the wrapped label row joins the box
    assert by["2.2"].bbox == (40, 212, 540, 224)        # the continuation on page 2 does not
    assert [s for s, o in by.items() if "stt_inferred" in o.flags] == [
        "1.1", "1.2", "2.2.1", "2.2.2"]
    assert by["3.1"].confidence == pytest.approx(0.45)
    assert by["3.1"].flags == ["low_ocr_confidence"]
    assert by["2.1"].confidence == 1.0 and "low_ocr_confidence" not in by["2.1"].flags


def test_page_continuation_without_header_keeps_the_roles():
    lines = [_text("Biểu mẫu 5"),
             _row_of("STT", "Chỉ tiêu", "Số liệu", "Đơn vị tính", "Ghi chú"),
             _row_of("1", "Vị trí việc làm", "", ""),
             _row_of("1.1", "Số cơ quan được phê duyệt", "12", "Cơ quan"),
             _text(""), _text("- 7 -"), _text(""),
             # the next page repeats no header: same layout, value left of the unit
             _row_of("1.2", "Số đơn vị sự nghiệp được phê duyệt", "24", "Đơn vị", "ước"),
             _row_of("2", "Tuyển dụng", "", "")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.stt, o.value_raw, o.measure_unit, o.note) for o in obs] == [
        ("1", None, None, None), ("1.1", "12", "Cơ quan", None),
        ("1.2", "24", "Đơn vị", "ước"), ("2", None, None, None)]
    assert not any(o.flags for o in obs)


def test_table_without_any_header_takes_roles_from_content():
    lines = [_text("Biểu mẫu 1"), _text("Công tác chỉ đạo điều hành CCHC"),
             _row_of("", "1.", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3"),
             _row_of("", "2.", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73"),
             _row_of("", "1.", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "55")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.form, o.stt, o.measure_unit, o.value_raw) for o in obs] == [
        (1, "1", "Văn bản", "3"), (1, "2", "%", "72,73"), (1, "2.1", "Nhiệm vụ", "55")]


def test_roman_rows_give_the_form_when_no_heading_is_left():
    header = _row_of("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu")
    lines = [_text("THỐNG KÊ SỐ LIỆU"), header,
             _row_of("I", "Công tác chỉ đạo điều hành CCHC"),
             _row_of("1", "Số văn bản chỉ đạo", "Văn bản", "3"),
             _row_of("II", "Cải cách thể chế"),
             _row_of("1", "Tổng số VBQPPL", "Văn bản", "12")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.form, o.stt) for o in obs] == [(1, "I"), (1, "1"), (2, "II"), (2, "1")]
    assert all("form_inferred" in o.flags for o in obs)


def test_romans_numbering_groups_inside_a_form_do_not_change_it():
    header = _row_of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu")
    lines = [_text("Biểu mẫu 4"), header, _row_of("I", "Tổ chức bộ máy"),
             _row_of("1", "Số ban", "Ban", "3"), _row_of("II", "Biên chế"),
             _row_of("1", "Biên chế giao", "Người", "74")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.form, o.stt) for o in obs] == [(4, "I"), (4, "1"), (4, "II"), (4, "1")]
    assert not any(o.flags for o in obs)


def test_numbering_restart_after_a_break_starts_the_next_form_without_catalog():
    header = _row_of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu")
    lines = [_text("Biểu mẫu 4"), header, _row_of("1", "Sắp xếp bộ máy", "", ""),
             _row_of("1.1", "Số ban quản lý", "Ban", "3"), _row_of("2", "Biên chế", "", ""),
             _row_of("2.1", "Biên chế giao", "Người", "5"), _text(""), header,
             _row_of("1", "Vị trí việc làm", "", ""), _row_of("1.1", "Số cơ quan", "Cơ quan", "1")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.form, o.stt) for o in obs] == [(4, "1"), (4, "1.1"), (4, "2"), (4, "2.1"),
                                              (5, "1"), (5, "1.1")]
    assert [o.stt for o in obs if "form_inferred" in o.flags] == ["1", "1.1"]


def test_catalog_label_evidence_moves_a_headless_part_to_its_form():
    catalog = FormCatalog(
        by_form={2: ("tổng số văn bản", "số văn bản đã rà soát"),
                 3: ("tỷ lệ hồ sơ tthc giải quyết đúng hạn", "tổng số hồ sơ tthc đã giải quyết")},
        by_code={})
    header = _row_of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu")
    lines = [_text("Biểu mẫu 2"), header,
             _row_of("3.1", "Số văn bản đã rà soát", "Văn bản", "5"), _text(""), header,
             _row_of("3.3", "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%", "87"),
             _row_of("3.3.1", "Tổng số hồ sơ TTHC đã giải quyết", "Hồ sơ", "30")]
    assert [o.form for o in parse_forms(lines, catalog=catalog)] == [2, 3, 3]
    assert [o.form for o in parse_forms(lines, catalog=None)] == [2, 2, 2]


def test_a_plan_task_table_gives_no_rows():
    lines = [_text("PHỤ LỤC"),
             _row_of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
                     "Thời gian"),
             _row_of("I", "Lĩnh vực cải cách thể chế", "", "", ""),
             _row_of("1", "Xây dựng kế hoạch", "Sở Tư pháp", "Các sở", "Hàng năm")]
    assert parse_forms(lines) == []


def test_empty_and_text_only_documents():
    assert parse_forms([]) == []
    assert parse_forms([_text("Biểu mẫu 1"), _text("Không có số liệu.")]) == []
    assert parse_form_blocks([_text("Biểu mẫu 1"), _text("Công tác chỉ đạo")])[0].title \
        == "Công tác chỉ đạo"


def test_column_roles_record_is_plain():
    roles = ColumnRoles(stt=0, label=1, unit=2, value=3, note=4, width=5)
    assert roles.same_layout(ColumnRoles(stt=0, label=1, unit=2, value=3, note=4, width=6))
    assert not roles.same_layout(ColumnRoles(stt=0, label=1, unit=3, value=2, note=4))


def test_html_style_header_with_spanned_cells():
    # STT, Chỉ tiêu and Ghi chú span two rows: the second row holds only two cells.
    header = [_row_of("STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"),
              _row_of("Đơn vị tính", "Số liệu")]
    got = roles_from_header(header)
    assert (got.stt, got.label, got.unit, got.value, got.note) == (0, 1, 2, 3, 4)


def test_wrapped_row_with_its_value_on_the_last_line():
    header = _row_of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu")
    lines = [_text("Biểu mẫu 1"), header,
             _row_of("1", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận,", "", ""),
             _row_of("", "chỉ thị, công văn chỉ đạo, quán triệt)", "Văn bản", "3"),
             _row_of("2", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73"),
             _row_of("", "Ghi nhận riêng", "Văn bản", "4")]        # an unnumbered row
    obs = parse_forms(lines, catalog=None)
    assert [(o.stt, o.label, o.measure_unit, o.value_raw, o.flags) for o in obs] == [
        ("1", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, "
              "quán triệt)", "Văn bản", "3", []),
        ("2", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73", []),
        (None, "Ghi nhận riêng", "Văn bản", "4", ["stt_missing"])]


def test_continuation_in_another_layout_infers_its_roles():
    lines = [_text("Biểu mẫu 2"),
             _row_of("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"),
             _row_of("1", "Tổng số VBQPPL do địa phương ban hành", "Văn bản", "12"),
             _text(""), _text("Trang 2"),
             # the next page's grid has two more columns: empty, STT, label, unit, -, value
             _row_of("", "1.1", "Số VBQPPL do cấp tỉnh ban hành", "Văn bản", "", "7"),
             _row_of("", "1.2", "Số VBQPPL do cấp huyện ban hành", "Văn bản", "", "5")]
    obs = parse_forms(lines, catalog=None)
    assert [(o.stt, o.label[:18], o.measure_unit, o.value_raw) for o in obs] == [
        ("1", "Tổng số VBQPPL do ", "Văn bản", "12"), ("1.1", "Số VBQPPL do cấp t", "Văn bản", "7"),
        ("1.2", "Số VBQPPL do cấp h", "Văn bản", "5")]


def _ocr_row(*texts, conf=0.9):
    return Line([Cell(t, None, conf) for t in texts], page=3)


def test_ocr_rows_misread_heading_codes_and_romans():
    header = _ocr_row("STT", "Chỉ tiêu thống kê", "Đơn vị tính ,", "Số liệu", "Ghỉ chú")
    lines = [Line([Cell("BIÊU MẪU 5", None, 0.8)], page=3), header,
             _ocr_row("V", "Cải cách chế độ công vụ"),
             Line([Cell("Biếu mẫu 6", None, 0.8)], page=3), header,
             _ocr_row("VI", "Cải cách tài chính công"),
             _ocr_row("1", "Tỷ lệ giải ngân", "%", "44,64"),
             _ocr_row("11", "Kế hoạch được giao", "Triệu đồng", "5.328.116"),
             _ocr_row("12", "Đã thực hiện", "Triệu đồng", "2.378.231", conf=0.5),
             Line([Cell("Biểu mẫu 7", None, 0.9)], page=3), header,
             _ocr_row("VI", "Xây dựng chính quyền số"),            # "VII" misread
             _ocr_row("1", "Cập nhật kiến trúc", "Chưa = 0 Hoàn thành = 1", "1")]
    obs = parse_forms(lines, catalog=None)
    # three forms carry a roman row: two agree with their heading, so the third is misread
    assert [(o.form, o.stt, o.printed_stt, "stt_inferred" in o.flags) for o in obs] == [
        (5, "V", "V", False), (6, "VI", "VI", False), (6, "1", "1", False), (6, "1.1", "11", True),
        (6, "1.2", "12", True), (7, "VII", "VI", True), (7, "1", "1", False)]
    assert [o.confidence for o in obs] == pytest.approx([0.9, 0.9, 0.9, 0.9, 0.5, 0.9, 0.9])
    assert ["low_ocr_confidence" in o.flags for o in obs] == [False, False, False, False, True,
                                                              False, False]
    assert obs[4].page == 3 and obs[4].bbox is None


def test_seed_002_printed_as_pdf_reads_the_same():
    # The seed laid out as a digital PDF (ruled tables, header rows repeated on each page)
    # and read back by extract.pdf gives the same rows, now with pages and boxes.
    from extract.pdf import extract_pdf
    from tests.fixtures_pdf import make_report_pdf
    from tests.conftest import seed_path

    text_obs = parse_forms(seed_lines("002"))
    doc = extract_pdf(make_report_pdf(seed_path("002").read_text(encoding="utf-8")))
    pdf_obs = parse_forms(list(doc.lines()))
    key = lambda o: (o.form, o.stt, o.value_raw, o.measure_unit, o.note, o.label)  # noqa: E731
    assert [key(o) for o in pdf_obs] == [key(o) for o in text_obs]
    assert all(o.page is not None and o.bbox is not None for o in pdf_obs)
    assert [o.page for o in pdf_obs] == sorted(o.page for o in pdf_obs)


def _scanned_row(*texts, page=3):
    from core.records import Cell, Line
    return Line([Cell(t, conf=0.9 if t else None) for t in texts], page=page)


def test_ocr_misread_group_row_and_garbled_header():
    """An OCR'd form whose lower header reads "Số - liệu | Ghỉ chú" and whose group row "I"
    reads "1": the header is still a header, and the two rows numbered 1 become I and 1."""
    from core.records import Cell, Line
    lines = [
        Line([Cell("Biểu mẫu 1", conf=0.9)], page=3),
        Line([Cell("Công tác chỉ đạo điều hành CCHC", conf=0.9)], page=3),
        _scanned_row("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Báo cáo quý III/2022", ""),
        _scanned_row("", "", "", "Số - liệu", "Ghỉ chú"),
        _scanned_row("1", "Công tác chỉ đạo điều hành CCHC", "", "", ""),
        _scanned_row("1", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3", ""),
        _scanned_row("2", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73", ""),
    ]
    rows = [(o.form, o.stt, o.value_raw) for o in parse_forms(lines)]
    assert rows == [(1, "I", None), (1, "1", "3"), (1, "2", "72,73")]


def test_ocr_summary_groups_named_by_their_titles():
    """A headless summary table whose group rows OCR read ``1`` (for I), ``H`` (for II) and
    ``II`` (for III): each group opens the form its upper-case title names."""
    lines = [
        _scanned_row("STT", "Nội dung", "Đơn vị tính", "Số liệu", "Ghi chú"),
        _scanned_row("1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "", "", ""),
        _scanned_row("1", "Văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "11", ""),
        _scanned_row("2.1", "Nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "25", ""),
        _scanned_row("H", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", ""),          # II read H
        _scanned_row("2.3", "Số TTHC giải quyết không phụ thuộc địa giới hành chính", "Thủ tục", "214", ""),
        _scanned_row("II", "CHÍNH QUYỀN SỐ", "", "", ""),
        _scanned_row("6.4.2", "Số hồ sơ tiếp nhận trực tuyến", "Hồ sơ", "4.480", ""),
    ]
    rows = [(o.form, o.stt, o.value_raw) for o in parse_forms(lines) if o.value_raw]
    assert rows == [(1, "1", "11"), (1, "2.1", "25"), (3, "2.3", "214"), (7, "6.4.2", "4.480")]


def test_ocr_header_with_misread_words_and_years_out_of_order():
    """``Đơn vịtính`` and ``Sốliệu`` are still the unit and value headers; an OCR'd header
    whose years read ``2025 | 2024`` (2023 misread) keeps the later column as current."""
    lines = [
        Line([Cell("Biểu mẫu 4", conf=0.9)], page=3),
        _scanned_row("STT", "Chỉ tiêu thống kê", "Đơn vịtính", "Năm 2025", "Năm 2024", "Ghi chú"),
        _scanned_row("2.1", "Tổng số biên chế được giao trong năm", "Người", "78", "76", ""),
    ]
    (obs,) = [o for o in parse_forms(lines) if o.column == "current"]
    assert (obs.measure_unit, obs.value_raw) == ("Người", "76")
    lines[1] = _scanned_row("STT", "Chỉ tiêu thống kê", "Đơnvjtính", "Sốliệu", "", "Ghi chú")
    (obs,) = parse_forms(lines)
    assert (obs.measure_unit, obs.value_raw) == ("Người", "78")


def test_ocr_value_cell_that_took_in_the_unit():
    lines = [
        Line([Cell("Biểu mẫu 5", conf=0.9)], page=3),
        _scanned_row("STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"),
        _scanned_row("1.1.", "Số cơ quan hành chính đã được phê duyệt vị trí việc làm", "", "Cơ quan, 05 đơn vị", ""),
        _scanned_row("2.1.", "Số công chức được tuyển dụng", "", "Người 03", ""),
        _scanned_row("2.2.", "Số công chức được tuyển dụng theo trường hợp đặc biệt", "", "3 12", ""),
    ]
    assert [(o.measure_unit, o.value_raw) for o in parse_forms(lines)] == [
        ("Cơ quan, đơn vị", "05"), ("Người", "03"), (None, "3 12")]
