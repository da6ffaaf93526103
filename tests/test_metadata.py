"""Document metadata of each seed, typed from reading the documents, and the header shapes."""
from datetime import date

import pytest

from conftest import seed_lines
from core.records import Cell, Line
from parsers.metadata import parse_metadata

SEEDS = [
    # seed, doc_type, doc_number, issue_date, issuer, unit_name, unit_level, province, period, start, end
    ("000", "bao_cao", "061/BC-UBND", date(2022, 9, 3), "Ủy ban nhân dân tỉnh Kiên Giang",
     "tỉnh Kiên Giang", "tinh", "tỉnh Kiên Giang", "2022-Q3", date(2022, 7, 1), date(2022, 9, 30)),
    ("001", "bao_cao", None, None, "Ủy ban nhân dân tỉnh An Giang",
     "tỉnh An Giang", "tinh", "tỉnh An Giang", "2024-Q3", date(2024, 7, 1), date(2024, 9, 30)),
    ("002", "bao_cao", "102/BC-UBND", date(2023, 3, 3), "Ủy ban nhân dân thị xã Duyên Hải",
     "thị xã Duyên Hải", "huyen", "tỉnh Trà Vinh", "2023-Q1", date(2023, 1, 1), date(2023, 3, 31)),
    ("003", "ke_hoach", "39/KH-UBND", date(2022, 2, 23), "Ủy ban nhân dân tỉnh Kiên Giang",
     "tỉnh Kiên Giang", "tinh", "tỉnh Kiên Giang", "2021/2025", date(2021, 1, 1), date(2025, 12, 31)),
    ("004", "tin_bai", None, None, None,
     "tỉnh Kiên Giang", "tinh", "tỉnh Kiên Giang", None, None, None),
]

TITLES = {
    "000": "Công tác cải cách hành chính quý III và chương trình công tác quý IV năm 2022",
    "001": "Công tác cải cách hành chính Quý III và phương hướng, nhiệm vụ Quý IV năm 2024 của tỉnh An Giang",
    "002": "Kết quả thực hiện công tác cải cách hành chính thị xã Duyên Hải quý I năm 2023",
    "003": "THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC 5 NĂM GIAI ĐOẠN 2021-2025 "
           "TRÊN ĐỊA BÀN TỈNH KIÊN GIANG",
    "004": "Kiên Giang: Các yêu cầu lớn về CCHC gắn với đổi mới sáng tạo và chuyển đổi số",
}


@pytest.mark.parametrize("seed,doc_type,number,issued,issuer,unit,level,province,period,start,end", SEEDS)
def test_seed_metadata(seed, doc_type, number, issued, issuer, unit, level, province, period, start, end):
    meta = parse_metadata(seed_lines(seed))
    assert meta.doc_type == doc_type
    assert meta.doc_number == number
    assert meta.issue_date == issued
    assert meta.issuer == issuer
    assert meta.unit_name == unit
    assert meta.unit_level == level
    assert meta.province == province
    assert meta.unit_id is not None
    assert (meta.period, meta.period_start, meta.period_end) == (period, start, end)
    assert meta.title == TITLES[seed]


def _lines(text: str) -> list[Line]:
    return [Line([Cell(t)]) for t in text.split("\n")]


HEADERS = [
    # a header block with the issuer in capitals over two lines, a spaced number, a KH plan
    ("ỦY BAN NHÂN DÂN\nHUYỆN AN MINH\n-------\nSố: 168 /KH-UBND\nAn Minh, ngày 28 tháng 12 năm 2022\n"
     "KẾ HOẠCH\nKiểm tra công vụ năm 2023\nCăn cứ ...",
     {"doc_type": "ke_hoach", "doc_number": "168/KH-UBND", "issue_date": date(2022, 12, 28),
      "issuer": "Ủy ban nhân dân huyện An Minh", "title": "Kiểm tra công vụ năm 2023", "period": "2023"}),
    # UBND abbreviation on one line, a decision
    ("UBND TỈNH TRÀ VINH\nSố: 1077/QĐ-UBND\nTrà Vinh, ngày 5 tháng 6 năm 2023\nQUYẾT ĐỊNH\n"
     "Về việc ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2023\nCăn cứ Luật ...",
     {"doc_type": "quyet_dinh", "doc_number": "1077/QĐ-UBND", "issue_date": date(2023, 6, 5),
      "issuer": "Ủy ban nhân dân tỉnh Trà Vinh", "unit_name": "tỉnh Trà Vinh", "period": "2023-H2"}),
    # no number, no date: those stay null, never guessed
    ("BÁO CÁO\nTình hình cải cách hành chính 9 tháng năm 2024\nThực hiện ...",
     {"doc_type": "bao_cao", "doc_number": None, "issue_date": None, "period": "2024-9M"}),
]


@pytest.mark.parametrize("text,expected", HEADERS)
def test_header_shapes(text, expected):
    meta = parse_metadata(_lines(text))
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


def test_nothing_stated_is_null():
    meta = parse_metadata(_lines("Một đoạn văn bản không có tiêu đề.\nKhông có số liệu."))
    assert meta.doc_type == "other"
    assert meta.doc_number is None and meta.issue_date is None and meta.period is None
    assert meta.unit_id is None and meta.issuer is None
