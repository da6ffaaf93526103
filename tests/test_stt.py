"""STT codes: reading printed codes and resolving full paths (parsers/stt.py)."""
from __future__ import annotations

import pytest

from parsers.stt import SttRow, parse_code, resolve_paths, roman_to_int, split_leading_code


@pytest.mark.parametrize("text,kind,parts,extra", [
    ("1", "num", (1,), None),
    ("1.", "num", (1,), None),                 # trailing dot (002)
    ("2.1.", "num", (2, 1), None),
    ("4.1.", "num", (4, 1), None),             # dotted code among undotted ones (000)
    ("3.3.1", "num", (3, 3, 1), None),
    (" 2. 1 ", "num", (2, 1), None),           # stray spaces (OCR, PDF text layer)
    ("2,1", "num", (2, 1), None),              # comma for dot (OCR)
    ("2,", "num", (2,), None),                 # a final dot read as a comma (OCR)
    ("1)", "num", (1,), None),                 # local number with a parenthesis
    ("I", "roman", (), "I"),
    ("VII", "roman", (), "VII"),
    ("IV.", "roman", (), "IV"),
    ("a)", "letter", (), "a"),
    ("đ)", "letter", (), "đ"),
    ("-", "bullet", (), None),
    ("+", "bullet", (), None),
])
def test_parse_code(text, kind, parts, extra):
    code = parse_code(text)
    assert code is not None and code.kind == kind
    assert code.parts == parts
    if kind == "roman":
        assert code.roman == extra
    if kind == "letter":
        assert code.letter == extra


@pytest.mark.parametrize("text", ["", None, "STT", "Số liệu", "12/12", "Văn bản", "iv", "x"])
def test_parse_code_rejects(text):
    assert parse_code(text) is None


@pytest.mark.parametrize("text,value", [("I", 1), ("IV", 4), ("VI", 6), ("VII", 7),
                                        ("IX", 9), ("XII", 12), ("IIII", None), ("vi", None)])
def test_roman_to_int(text, value):
    assert roman_to_int(text) == value


@pytest.mark.parametrize("text,code,rest", [
    ("2.1. Số nhiệm vụ đề ra", "2.1.", "Số nhiệm vụ đề ra"),
    ("1 Số văn bản", "1", "Số văn bản"),
    ("VI Cải cách tài chính công", "VI", "Cải cách tài chính công"),
    ("a) Số TTHC cấp tỉnh", "a)", "Số TTHC cấp tỉnh"),
    ("Số văn bản", None, "Số văn bản"),
    ("2022 là năm đầu", None, "2022 là năm đầu"),      # a year is no code
])
def test_split_leading_code(text, code, rest):
    assert split_leading_code(text) == (code, rest)


def _paths(rows, score=None):
    return [p for p, _ in resolve_paths([SttRow(*r) for r in rows], score)]


def _flags(rows, score=None):
    return [f for _, f in resolve_paths([SttRow(*r) for r in rows], score)]


# (printed, label, unit, has_value): 002 Biểu mẫu 2, local numbers under rate rows.
FORM2_LOCAL = [
    ("1.", "Tổng số VBQPPL do địa phương ban hành", "Văn bản", True),
    ("1.1.", "Số VBQPPL do cấp tỉnh ban hành", "Văn bản", False),
    ("2.", "Kiểm tra, xử lý VBQPPL", "", True),
    ("2.1.", "Số VBQPPL đã kiểm tra", "Văn bản", False),
    ("2.2.", "Tỷ lệ xử lý VBQPPL sau kiểm tra", "%", False),
    ("1.", "Tổng số VBQPPL cần phải xử lý sau kiểm tra", "Văn bản", False),
    ("2.", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", "Văn bản", False),
    ("3.", "Rà soát VBQPPL", "", False),
    ("3.1.", "Số VBQPPL đã rà soát", "Văn bản", True),
    ("3.2.", "Tỷ lệ xử lý VBQPPL sau rà soát", "%", True),
    ("1.", "Tổng số VBQPPL cần phải xử lý sau rà soát", "Văn bản", True),
    ("2.", "Số VBQPPL có kiến nghị xử lý đã được xử lý xong", "Văn bản", True),
]


def test_local_numbers_under_rate_rows():
    assert _paths(FORM2_LOCAL) == ["1", "1.1", "2", "2.1", "2.2", "2.2.1", "2.2.2", "3",
                                   "3.1", "3.2", "3.2.1", "3.2.2"]
    assert _flags(FORM2_LOCAL) == [False] * 5 + [True, True] + [False] * 3 + [True, True]


def test_local_children_of_a_count_row_then_top_level_again():
    # 002 Biểu mẫu 3: 1., 2., 3. (italic) under 1.4., then 2. is the next top-level row.
    rows = [("1.", "Thống kê TTHC", "", False),
            ("1.4.", "Tổng số TTHC thuộc thẩm quyền", "Thủ tục", False),
            ("1.", "Số TTHC cấp tỉnh", "Thủ tục", False),
            ("2.", "Số TTHC cấp huyện", "Thủ tục", True),
            ("3.", "Số TTHC cấp xã", "Thủ tục", True),
            ("2.", "Thực hiện cơ chế một cửa, một cửa liên thông", "", False),
            ("2.1.", "Số TTHC liên thông cùng cấp", "Thủ tục", False)]
    assert _paths(rows) == ["1", "1.4", "1.4.1", "1.4.2", "1.4.3", "2", "2.1"]


def test_everything_printed_with_local_numbers():
    # A form whose every row restarts its own list: the unit column and the rate rows decide.
    rows = [("1.", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", True),
            ("2.", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", True),
            ("1.", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", True),
            ("2.", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", True),
            ("3.", "Kiểm tra CCHC", "", False),             # rate children complete → top
            ("1.", "Số sở, ngành đã kiểm tra", "Cơ quan, đơn vị", True),
            ("2.", "Số UBND cấp huyện đã kiểm tra", "Cơ quan, đơn vị", True),
            ("3.", "Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra", "%", True),
            ("1.", "Tổng số vấn đề phát hiện qua kiểm tra", "Vấn đề", True),
            ("2.", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", True),
            ("4.", "Thanh tra", "", False),                  # group row: back to the top
            ("1.", "Số cơ quan, đơn vị được thanh tra", "Số lượng", True)]
    assert _paths(rows) == ["1", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3", "3.3.1",
                            "3.3.2", "4", "4.1"]


def test_catalog_evidence_breaks_a_tie():
    # "3." after 2.2.2 could be 2.2.3, 2.3 or 3; the template knows 2.3 by its label.
    rows = [("1.", "Nhóm một", "", False), ("2.", "Nhóm hai", "", False),
            ("2.1.", "Số đơn vị A", "Đơn vị", True), ("2.2.", "Số đơn vị B", "Đơn vị", True),
            ("1.", "Số đơn vị B1", "Đơn vị", True), ("2.", "Số đơn vị B2", "Đơn vị", True),
            ("3.", "Số đơn vị C thuộc nhóm hai", "Đơn vị", True)]
    template = {(2, 3): "Số đơn vị C thuộc nhóm hai"}

    def score(path, label):
        return 100.0 if template.get(path) == label else None

    assert _paths(rows, score)[-1] == "2.3"
    assert _paths(rows)[-1] == "2.2.3"      # without evidence the current list continues


def test_roman_rows_reset_the_tree_and_keep_their_numeral():
    rows = [("I", "Công tác chỉ đạo", "", False), ("1", "A", "Văn bản", True),
            ("2", "B", "%", True), ("2.1", "C", "Nhiệm vụ", True),
            ("II", "Cải cách thể chế", "", False), ("1.", "D", "Văn bản", True)]
    assert _paths(rows) == ["I", "1", "2", "2.1", "II", "1"]


def test_sub_rows_letters_bullets_and_missing_codes():
    rows = [("1", "Tổng số", "Hồ sơ", True), ("a)", "Trực tiếp", "Hồ sơ", True),
            ("b)", "Trực tuyến", "Hồ sơ", True), ("2", "Khác", "", False),
            ("-", "Ý một", "", True), ("+", "Ý hai", "", True), ("", "Không số", "", True)]
    assert resolve_paths([SttRow(*r) for r in rows]) == [
        ("1", False), ("1.a", True), ("1.b", True), ("2", False), ("2.1", True),
        ("2.2", True), (None, False)]


def test_absolute_codes_are_kept_even_when_the_sequence_jumps():
    # 002 Biểu mẫu 7 numbers its online-service rows 6.4.. under 6.
    rows = [("6.", "Cung cấp dịch vụ công trực tuyến", "", False),
            ("6.4.", "Tỷ lệ TTHC mức độ 3", "%", True), ("6.4.1.", "Tổng số", "Thủ tục", True),
            ("6.5", "Tỷ lệ TTHC mức độ 4", "%", True)]
    assert resolve_paths([SttRow(*r) for r in rows]) == [
        ("6", False), ("6.4", False), ("6.4.1", False), ("6.5", False)]


# OCR'd codes as Tesseract gave them for a scan of seed 000 (dots lost, marks read in).
OCR_ROWS = [
    ("1", "Số văn bản", "Văn bản", "1"),
    ("2", "Tỷ lệ hoàn thành", "%", "2"),
    ("21", "Số nhiệm vụ đề ra", "Nhiệm vụ", "2.1"),        # dot lost
    ("2.2", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "2.2"),
    ("3", "Kiểm tra", "", "3"),
    ("31", "Số sở đã kiểm tra", "Cơ quan", "3.1"),
    ("33", "Tỷ lệ xử lý", "%", "3.3"),                     # 3.2 lost, 3.3 with no dot
    ("331", "Tổng số vấn đề", "Vấn đề", "3.3.1"),          # two dots lost
    ("332", "Số vấn đề đã xử lý", "Vấn đề", "3.3.2"),
    ("+4", "Số người", "Người", "3.4"),                    # "3." read as "+"
    ("+41", "Số người A", "Người", "3.4.1"),
    ("34.2", "Số người B", "Người", "3.4.2"),              # well read
    ("374.3", "Số người C", "Người", "3.4.3"),             # a stray digit read in
    ("4", "Nhóm bốn", "", "4"),
    ("10", "Nhóm mười", "", "10"),                         # a real two-digit code stays
]


def test_ocr_codes_are_repaired_from_the_sequence():
    rows = [SttRow(p, label, unit, True, True) for p, label, unit, _ in OCR_ROWS]
    got = resolve_paths(rows)
    assert [p for p, _ in got] == [want for *_, want in OCR_ROWS]
    assert [f for _, f in got] == [p != want for p, *_, want in OCR_ROWS]


def test_damaged_codes_stay_as_printed_without_ocr():
    rows = [SttRow("2", "A", "", False), SttRow("21", "B", "Văn bản", True)]
    assert resolve_paths(rows) == [("2", False), ("21", False)]


def test_ocr_code_without_context_is_split_when_the_catalog_agrees():
    rows = [SttRow("33", "Tỷ lệ hồ sơ TTHC do UBND cấp xã", "%", True, True),
            SttRow("3.3.1", "Tổng số hồ sơ", "Hồ sơ", True, True)]

    def score(path, label):
        return 97.0 if path == (3, 3) else None

    assert resolve_paths(rows, score) == [("3.3", True), ("3.3.1", False)]
    assert resolve_paths(rows)[0] == ("33", False)


# --- OCR repairs of group rows (moved here from parsers/forms.py) ----------------------

@pytest.mark.parametrize("printed,next_printed,expected", [
    ("1", "1", True), ("l", "1.", True), ("|", "1", True),    # the group row's I read as 1
    ("1", "2", False), ("2", "1", False), ("1", None, False),
])
def test_misread_group_one(printed, next_printed, expected):
    from parsers.stt import misread_group_one
    assert misread_group_one(printed, next_printed) is expected


@pytest.mark.parametrize("value,form,expected", [(6, 7, 7), (7, 7, 7), (None, 3, None), (9, 3, 9)])
def test_repair_form_roman(value, form, expected):
    from parsers.stt import form_roman, repair_form_roman
    assert repair_form_roman(value, form) == expected
    assert form_roman(form) == ("", "I", "II", "III", "IV", "V", "VI", "VII")[form]


def test_ocr_code_with_one_stray_mark_repaired_by_the_catalog():
    # 3.3 read "34.3" after 2.3 in a table that skips 3.1 and 3.2: the catalog's 3.3 says so.
    rows = [SttRow("2.3", "Số TTHC giải quyết", "Thủ tục", True, True),
            SttRow("34.3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", True, True),
            SttRow("3.3.1", "Tổng số hồ sơ", "Hồ sơ", True, True)]

    def score(path, label):
        return 95.0 if path == (3, 3) and label.startswith("Tỷ lệ") else None

    assert resolve_paths(rows, score)[1] == ("3.3", True)
    assert resolve_paths(rows)[1] == ("34.3", False)     # no catalog: left as printed


def test_local_number_skipping_siblings_placed_by_the_catalog():
    # "3." right under 1.4 (1.4.1 and 1.4.2 not reported) is 1.4.3 when the catalog says so.
    rows = [SttRow("1.4.", "Tổng số TTHC thuộc thẩm quyền", "Thủ tục", True),
            SttRow("3.", "Số TTHC cấp xã (bao gồm TTHC ngành dọc)", "Thủ tục", True),
            SttRow("2.", "Thực hiện cơ chế một cửa", "", False)]

    def score(path, label):
        return 96.0 if path == (1, 4, 3) and "cấp xã" in label else 40.0

    assert [p for p, _ in resolve_paths(rows, score)] == ["1.4", "1.4.3", "2"]
    assert [p for p, _ in resolve_paths(rows)] == ["1.4", "3", "2"]


def test_ocr_code_repeating_an_earlier_row_is_doubtful_or_repaired():
    # 4.3 read as "2.3" after 4.2: the form already had its 2.3, so the code is doubtful;
    # with the catalog's 4.3 matching the label, it is that row.
    rows = [SttRow("2", "Nhóm hai", "", False, True),
            SttRow("2.3", "Số cuộc họp", "Cuộc", True, True),
            SttRow("4", "Nhóm bốn", "", False, True),
            SttRow("4.1", "Số đề án giao", "Đề án", True, True),
            SttRow("4.2", "Số đề án xong đúng hạn", "Đề án", True, True),
            SttRow("2.3", "Số đề án xong nhưng trễ hạn", "Đề án", True, True),
            SttRow("4.4", "Số đề án chưa xong", "Đề án", True, True)]

    def score(path, label):
        return 92.0 if path == (4, 3) and "trễ hạn" in label else None

    assert [p for p, _ in resolve_paths(rows, score)][5:] == ["4.3", "4.4"]
    assert resolve_paths(rows, score)[5] == ("4.3", True)
    assert resolve_paths(rows)[5] == ("2.3", True)            # no catalog: kept, but doubtful
    digital = [SttRow(r.printed, r.label, r.unit, r.has_value, False) for r in rows]
    assert resolve_paths(digital)[5] == ("2.3", False)        # a text layer is read as printed


def test_ocr_code_going_back_in_the_outline_is_doubtful_or_repaired():
    # 6.2.3 read as "4.2.3" after 6.2.2, where the form has no 4.2 at all: a code before the
    # row above is as doubtful as a repeated one.
    rows = [SttRow("4", "Nhóm bốn", "%", True, True),
            SttRow("6", "Nhóm sáu", "", False, True),
            SttRow("6.2", "Tỷ lệ dịch vụ", "%", True, True),
            SttRow("6.2.1", "Tổng số dịch vụ", "Dịch vụ", True, True),
            SttRow("6.2.2", "Số dịch vụ có phát sinh", "Dịch vụ", True, True),
            SttRow("4.2.3", "Số dịch vụ thanh toán trực tuyến", "Dịch vụ", True, True)]

    def score(path, label):
        return 90.0 if path == (6, 2, 3) and "thanh toán" in label else None

    assert resolve_paths(rows, score)[5] == ("6.2.3", True)
    assert resolve_paths(rows)[5] == ("4.2.3", True)
    digital = [SttRow(r.printed, r.label, r.unit, r.has_value, False) for r in rows]
    assert resolve_paths(digital)[5] == ("4.2.3", False)
