"""Document metadata of each seed, typed from reading the documents, and the header shapes."""
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import seed_lines
from core.records import Cell, Line
from normalize.gazetteer import accent_key
from parsers.metadata import _date_line, parse_metadata

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
    # UBND abbreviation on one line, a decision: it reports on no period (the half-year is
    # that of the plan it issues; metadata_vocab.csv no_period)
    ("UBND TỈNH TRÀ VINH\nSố: 1077/QĐ-UBND\nTrà Vinh, ngày 5 tháng 6 năm 2023\nQUYẾT ĐỊNH\n"
     "Về việc ban hành Kế hoạch cải cách hành chính 6 tháng cuối năm 2023\nCăn cứ Luật ...",
     {"doc_type": "quyet_dinh", "doc_number": "1077/QĐ-UBND", "issue_date": date(2023, 6, 5),
      "issuer": "Ủy ban nhân dân tỉnh Trà Vinh", "unit_name": "tỉnh Trà Vinh", "period": None}),
    # the type word and the title on one line
    ("UBND HUYỆN AN MINH\nBÁO CÁO Kết quả cải cách hành chính quý III năm 2024\nThực hiện ...",
     {"doc_type": "bao_cao", "title": "Kết quả cải cách hành chính quý III năm 2024",
      "unit_name": "huyện An Minh", "period": "2024-Q3"}),
    # the header lost: the body announces a report; a report's openers are no news item
    ("Kết quả cải cách hành chính quý III năm 2024 của huyện An Minh\nThực hiện Kế hoạch của tỉnh, Ủy ban "
     "nhân dân huyện An Minh báo cáo kết quả cải cách hành chính quý III năm 2024 như sau:\nI. CHỈ ĐẠO",
     {"doc_type": "bao_cao", "unit_name": "huyện An Minh", "period": "2024-Q3"}),
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


# ---------------------------------------------------------------- letterheads, dates, document kinds

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.mark.parametrize("text, expected", [
    # both columns on one line of a text export, "A | B"
    (f"ỦY BAN NHÂN DÂN | {MOTTO}\nĐẶC KHU PHÚ QUỐC | Độc lập - Tự do - Hạnh phúc\n"
     "Số: 88/BC-UBND | Phú Quốc, ngày 18 tháng 12 năm 2025\nBÁO CÁO\nCải cách hành chính quý IV năm 2025",
     {"doc_type": "bao_cao", "doc_number": "88/BC-UBND", "issue_date": date(2025, 12, 18),
      "issuer": "Ủy ban nhân dân đặc khu Phú Quốc", "unit_name": "đặc khu Phú Quốc", "unit_level": "xa",
      "province": "tỉnh An Giang", "unit_id": "X31078-2025", "period": "2025-Q4"}),
    # an OCR'd letterhead read across both columns, a lost space, "Phô" for "Phố", a V/v line
    ("Ủy ban nhân dân thành Phô Đà Nẵng _ Cộng Hoà Xã Hội Chủ Nghĩa Việt Nam\n"
     "Số: 5012/UBND-NC Đà Nẵng, ngày 26tháng 7 năm 2020\nV/v tăng cường kỷ luật hành chính\nKính gửi: ...",
     {"doc_type": "cong_van", "doc_number": "5012/UBND-NC", "issue_date": date(2020, 7, 26),
      "issuer": "Ủy ban nhân dân thành phố Đà Nẵng", "unit_name": "thành phố Đà Nẵng", "unit_level": "tinh",
      "title": "tăng cường kỷ luật hành chính", "period": None}),
    # OCR: "Sô" for "Số", "THÀNH PHÔ", a lost space after "ngày"
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHÔ CẦN THƠ\nSô: 77/BC-UBND\nCần Thơ, ngày02 tháng 7 năm 2025\nBÁO CÁO\n"
     "Kết quả cải cách hành chính 6 tháng đầu năm 2025",
     {"doc_number": "77/BC-UBND", "issue_date": date(2025, 7, 2), "unit_name": "thành phố Cần Thơ",
      "unit_level": "tinh", "unit_id": "P92-2025", "period": "2025-H1"}),
    # OCR: the letter O for the digit 0 in the date line
    ("ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO\nSố: 41/BC-UBND\nCôn Đảo, ngày O5 tháng 1O năm 2O25\nBÁO CÁO\n"
     "Kết quả cải cách hành chính quý III năm 2025",
     {"issue_date": date(2025, 10, 5), "unit_name": "đặc khu Côn Đảo", "province": "thành phố Hồ Chí Minh"}),
    # a numeric date line; a phường after the reform; a monthly report
    ("UBND PHƯỜNG TRÀ VINH\nSố: 12/BC-UBND\nTrà Vinh, ngày 05/02/2026\nBÁO CÁO\n"
     "Công tác cải cách hành chính tháng 01 năm 2026",
     {"issue_date": date(2026, 2, 5), "unit_name": "phường Trà Vinh", "unit_level": "xa",
      "province": "tỉnh Vĩnh Long", "province_after_2025": "tỉnh Vĩnh Long", "period": "2026-M01"}),
    # the same name before and after the reform: the issue date decides the territory
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 702/BC-UBND\nAn Giang, ngày 25 tháng 9 năm 2024\nBÁO CÁO\n"
     "Cải cách hành chính 9 tháng năm 2024", {"unit_id": "P89", "period": "2024-9M"}),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 71/BC-UBND\nAn Giang, ngày 25 tháng 9 năm 2025\nBÁO CÁO\n"
     "Cải cách hành chính 9 tháng năm 2025", {"unit_id": "P91-2025", "period": "2025-9M"}),
    # only an attached workbook's caption carries number and date
    ("Biểu mẫu 3\n(Kèm theo Báo cáo số 412/BC-UBND ngày 05 tháng 10 năm 2025 của Ủy ban nhân dân "
     "tỉnh An Giang)\nThời gian: Quý III năm 2025",
     {"doc_type": "bao_cao", "doc_number": "412/BC-UBND", "issue_date": date(2025, 10, 5),
      "unit_id": "P91-2025", "period": "2025-Q3"}),
    # a department reports for its province; a letter is a công văn by its V/v line
    ("UBND TỈNH VĨNH LONG | " + MOTTO + "\nSỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc\n"
     "Số: 95/SNV-CCHC | Vĩnh Long, ngày 22 tháng 7 năm 2025\nV/v báo cáo cải cách hành chính 6 tháng đầu năm 2025",
     {"doc_type": "cong_van", "unit_name": "tỉnh Vĩnh Long", "unit_id": "P86-2025", "period": "2025-H1"}),
    # an exported header wrapped by a narrow column
    ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n|\nSố:\n2392/QĐ-UBND\n|\nRạch Giá, ngày 06\ntháng 10 năm 2008\n"
     "QUYẾT ĐỊNH\nQuy định tiêu chí đầu tư",
     {"doc_type": "quyet_dinh", "doc_number": "2392/QĐ-UBND", "issue_date": date(2008, 10, 6),
      "unit_name": "tỉnh Kiên Giang"}),
    # a place line naming a numbered district
    ("ỦY BAN NHÂN DÂN\nQUẬN 1\nSố: 412/BC-UBND\nQuận 1, ngày 11 tháng 12 năm 2023\nBÁO CÁO\nCải cách hành chính năm 2023",
     {"issue_date": date(2023, 12, 11), "unit_name": "quận 1", "unit_level": "huyen",
      "province": "thành phố Hồ Chí Minh"}),
])
def test_letterheads(text, expected):
    meta = parse_metadata(_lines(text))
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


def test_letterhead_columns_split_by_position():
    """A PDF letterhead: the left and right column pieces of each row are separate Lines with
    bboxes, in reading order left-right; the issuer block is read from the left column."""
    def at(text, x0, x1, top):
        box = (x0, top, x1, top + 12)
        return Line([Cell(text, box)], page=1, bbox=box)
    lines = [at("ỦY BAN NHÂN DÂN", 60, 200, 40), at(MOTTO, 300, 560, 40),
             at("HUYỆN TIỂU CẦN", 70, 190, 54), at("Độc lập - Tự do - Hạnh phúc", 330, 530, 54),
             at("Số: 145/BC-UBND", 70, 190, 80), at("Tiểu Cần, ngày 20 tháng 6 năm 2024", 320, 540, 80),
             at("BÁO CÁO", 270, 330, 120), at("Kết quả cải cách hành chính 6 tháng đầu năm 2024", 150, 450, 134),
             at("Ủy ban nhân dân huyện báo cáo kết quả như sau, trên địa bàn huyện và toàn tỉnh Trà Vinh:",
                60, 560, 160)]
    meta = parse_metadata(lines)
    assert meta.issuer == "Ủy ban nhân dân huyện Tiểu Cần"
    assert (meta.unit_name, meta.province, meta.issue_date, meta.period) == (
        "huyện Tiểu Cần", "tỉnh Trà Vinh", date(2024, 6, 20), "2024-H1")


@pytest.mark.parametrize("text, unit, period", [
    ("Thái Nguyên: 99,68% hồ sơ được giải quyết đúng hạn\n(Chinhphu.vn) - Trong quý III năm 2025, "
     "các cơ quan của tỉnh đã giải quyết phần lớn hồ sơ trước hạn, người dân đánh giá cao.", "tỉnh Thái Nguyên", "2025-Q3"),
    ("TPHCM: Hơn 98% hồ sơ được giải quyết đúng hạn\nẢnh: Người dân làm thủ tục\n"
     "Trong tháng 9/2025, các phường, xã, đặc khu của TPHCM đã tiếp nhận hơn 400.000 hồ sơ trực tuyến.",
     "thành phố Hồ Chí Minh", "2025-M09"),
    ("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024\n(Chinhphu.vn) - Chiều 15/4/2025, Bộ Nội vụ "
     "công bố chỉ số; trong nhóm dẫn đầu có tỉnh Quảng Ninh.", None, "2024"),      # a passing mention
    # the lead's actor ("UBND tỉnh ... tổ chức"), not a committee named after "của"/"theo"
    ("Tổng kết công tác cải cách hành chính năm 2024\n(Baoquangninh.vn) - Sáng 15/1/2025, UBND tỉnh "
     "Quảng Ninh tổ chức hội nghị tổng kết công tác cải cách hành chính và triển khai nhiệm vụ.",
     "tỉnh Quảng Ninh", "2024"),
    ("Tổng kết công tác cải cách hành chính năm 2024\n(Chinhphu.vn) - Sáng 15/1/2025, theo chỉ đạo của "
     "UBND tỉnh Quảng Ninh, các sở tổ chức hội nghị tổng kết công tác cải cách hành chính.", None, "2024"),
    # an untyped headline name that is no province: the one unit so named on the stamp's date
    ("Phú Quốc: Khai trương điểm tiếp nhận hồ sơ mới\n12/08/2025 10:00\n(TTXVN) - Người dân đặc khu đã "
     "có thể nộp hồ sơ trực tuyến tại điểm tiếp nhận mới, thuận tiện hơn nhiều so với trước đây.",
     "đặc khu Phú Quốc", None),
])
def test_news_items(text, unit, period):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.doc_number is None
    assert meta.unit_name == unit and meta.period == period


CORPUS = Path(__file__).parent / "data" / "metadata"


@pytest.mark.parametrize("part", ["tune", "report"])
def test_metadata_corpus(part):
    """The fixed sample of written and real openings (bench/eval_metadata.py prints the detail)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from eval_metadata import FIELDS, evaluate
    report = evaluate(CORPUS / part)
    assert report["wrong_units_where_none"] == 0
    assert all(report[f] >= 0.97 for f in FIELDS)


def test_a_passing_mention_is_not_the_unit():
    text = ("BÁO CÁO\nTình hình cải cách hành chính quý II năm 2024\nThực hiện Kế hoạch của Ủy ban "
            "nhân dân tỉnh Trà Vinh, đơn vị báo cáo kết quả như sau:")
    meta = parse_metadata(_lines(text))
    assert meta.unit_name is None and meta.unit_id is None and meta.period == "2024-Q2"


def test_docx_letterhead_table():
    """A .docx letterhead is a borderless two-column table: its rows are read as the header."""
    import io

    import docx

    from extract.text import extract_export
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    for row, (left, right) in zip(table.rows, [("ỦY BAN NHÂN DÂN\nXÃ TIỂU CẦN", MOTTO),
                                                ("Số: 215/BC-UBND", "Tiểu Cần, ngày 14 tháng 10 năm 2025")]):
        row.cells[0].text, row.cells[1].text = left, right
    for text in ("BÁO CÁO", "Kết quả cải cách hành chính quý III năm 2025"):
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    meta = parse_metadata(list(extract_export(buf.getvalue(), "docx").lines()))
    assert (meta.doc_number, meta.issue_date, meta.unit_id, meta.province, meta.period) == (
        "215/BC-UBND", date(2025, 10, 14), "X29341-2025", "tỉnh Vĩnh Long", "2025-Q3")


@pytest.mark.parametrize("stamp, day", [
    ("(21/09/2022)", date(2022, 9, 21)),
    ("Cập nhật: 23-10-2020 | 15:39:18", date(2020, 10, 23)),
    ("10:45 | 02/12/2025", date(2025, 12, 2)),
    ("Thứ Ba, 09/9/2025 07:40 (GMT+7)", date(2025, 9, 9)),
    ("Cập nhật ngày: 19/01/2021", date(2021, 1, 19)),
    ("NHƯ Ý - 06/01/2026", date(2026, 1, 6)),                 # a byline with its date
    ("Đăng ngày 27 tháng 8 năm 2025", date(2025, 8, 27)),
])
def test_news_time_stamp_lines(stamp, day):
    text = (f"Vĩnh Long: Hồ sơ đúng hạn tăng mạnh\n{stamp}\nTrong tháng qua, các xã, phường của tỉnh "
            "đã giải quyết đúng hạn gần như toàn bộ hồ sơ, người dân đánh giá cao.")
    assert parse_metadata(_lines(text)).issue_date == day


def test_a_sentence_with_a_date_is_no_time_stamp():
    text = ("Vĩnh Long: Hồ sơ đúng hạn tăng mạnh\nNgày 19/9/2025, đoàn kiểm tra đã làm việc tại phường, "
            "ghi nhận các xã, phường của tỉnh đã giải quyết đúng hạn gần như toàn bộ hồ sơ.")
    assert parse_metadata(_lines(text)).issue_date is None


def test_news_yearless_window_dated_by_the_stamp_or_the_units_first_day():
    stamped = ("Côn Đảo: Trung tâm hành chính công tiếp nhận gần 800 hồ sơ\nThứ Tư, 27/8/2025\n"
               "Sáng 27/8, đoàn công tác đến làm việc tại đặc khu Côn Đảo. Từ ngày 01/7 đến ngày 15/8, "
               "trung tâm đã tiếp nhận 798 hồ sơ, phần lớn nộp trực tuyến.")
    meta = parse_metadata(_lines(stamped))
    assert (meta.period, meta.unit_name) == ("2025-07-01/2025-08-15", "đặc khu Côn Đảo")
    # undated: a window that opens on the day the phường was formed takes that year ...
    undated = ("Phường đông dân nhất tiếp nhận gần 2.900 hồ sơ\nNGUYÊN ANH\n(An Giang) - Theo Trung tâm "
               "Phục vụ hành chính công phường Rạch Giá, từ ngày 01/7 đến ngày 11/7, trung tâm đã tiếp "
               "nhận 2.896 hồ sơ của người dân phường Rạch Giá.")
    meta = parse_metadata(_lines(undated))
    assert (meta.unit_name, meta.period) == ("phường Rạch Giá", "2025-07-01/2025-07-11")
    # ... one opening on any other day has no year the text gives
    meta = parse_metadata(_lines(undated.replace("01/7 đến ngày 11/7", "01/9 đến ngày 11/9")))
    assert meta.unit_name == "phường Rạch Giá" and meta.period is None


@pytest.mark.parametrize("text, unit", [
    # the lead's clause subject
    ("Dẫn đầu cả nước về dịch vụ công trực tuyến toàn trình\nVĂN BÔN\nSau chưa đầy một tháng vận "
     "hành chính quyền hai cấp, thành phố Huế đã có 100% sở, ngành hoàn thành cung cấp dịch vụ công.",
     "thành phố Huế"),
    ("Kết quả khảo sát sự hài lòng năm 2025\n11/12/2025\nSở Nội vụ tỉnh Phú Thọ vừa công bố kết quả "
     "khảo sát sự hài lòng của người dân tại 148 xã, phường trên địa bàn tỉnh.", "tỉnh Phú Thọ"),
    # two provinces as subjects of one lead: no one subject
    ("Hai địa phương dẫn đầu về hồ sơ trực tuyến\n20/09/2025\nTheo Văn phòng Chính phủ, tỉnh Quảng "
     "Ninh đạt 92% hồ sơ trực tuyến, tỉnh Bắc Ninh đạt 90%, cao nhất cả nước trong 9 tháng.", None),
    # a subject of the lead beside another province of the time: the text may be about either
    ("Giảm thời gian giải quyết thủ tục đất đai\nNGỌC ÁNH\nTrong quý III/2025, tỉnh Tây Ninh đã rút "
     "ngắn thời gian giải quyết nhiều thủ tục, nhanh hơn tỉnh Đồng Nai.", None),
    # ... but not beside a province that no longer existed then (merged into the subject)
    ("Giảm thời gian giải quyết thủ tục đất đai\nNGỌC ÁNH\nTrong quý III/2025, tỉnh Tây Ninh đã rút "
     "ngắn thời gian giải quyết nhiều thủ tục, nhanh hơn tỉnh Long An cũ trước đây.", "tỉnh Tây Ninh"),
    # a subject in a later sentence of the lead is one of many, not the item's unit
    ("Bộ Nội vụ kiểm tra cải cách hành chính tại 5 tỉnh\nPV\nĐoàn kiểm tra của Bộ Nội vụ làm việc "
     "tại 5 tỉnh miền núi phía Bắc trong tháng 10. Tại buổi làm việc đầu tiên, tỉnh Lào Cai đã báo cáo "
     "kết quả.", None),
    # a headline's untyped name that the lead writes with its type word
    ("Đắk Glong giải quyết hơn 57.000 hồ sơ thủ tục hành chính\nCập nhật ngày: 19/01/2021\nNăm 2020, "
     "tổng số hồ sơ trên địa bàn huyện Đắk Glong, tỉnh Đắk Nông là 59.010 bộ, phần lớn đúng hạn.",
     "huyện Đắk Glong"),
])
def test_news_unit_from_the_lead(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("text, unit", [
    # a commune with its province in apposition, subject of a passive clause
    ("Bộ máy mới vận hành thông suốt\nMINH TÂM\nXã Mường Nhé (tỉnh Điện Biên) được thành lập trên cơ "
     "sở nhập hai xã cũ. Sau mười ngày, bộ phận một cửa của xã đã tiếp nhận 120 hồ sơ.", "xã Mường Nhé"),
    # the figures' source: "Theo <a body of the unit>, ..."
    ("Hồ sơ trực tuyến tăng mạnh\nHOÀNG LONG\nTheo Sở Nội vụ tỉnh Gia Lai, trong 9 tháng năm 2024, tỷ "
     "lệ hồ sơ được giải quyết đúng hạn đạt 98,5%, tăng so với cùng kỳ.", "tỉnh Gia Lai"),
    ("Hồ sơ trực tuyến tăng mạnh\nHOÀNG LONG\nTheo báo cáo của UBND huyện Mường Nhé, năm 2024 tỷ lệ hồ "
     "sơ được giải quyết đúng hạn đạt 97%, cao hơn năm trước.", "huyện Mường Nhé"),
    # a passive clause placed in the unit
    ("Giải quyết hồ sơ đúng hạn\nPV\nNăm 2024, 97% hồ sơ thủ tục hành chính trên địa bàn tỉnh Hà Tĩnh "
     "được giải quyết trước và đúng hạn, cao hơn năm trước.", "tỉnh Hà Tĩnh"),
    # a fronted place frame ended by a comma ...
    ("Một cửa liên thông hiện đại\nTHU HIỀN\nTại huyện Cần Giờ, 100% thủ tục hành chính được tiếp nhận "
     "qua bộ phận một cửa trong năm 2024, người dân không phải đi lại nhiều.", "huyện Cần Giờ"),
    # ... but not beside another district of the text, nor as the venue of a central body
    ("Một cửa liên thông hiện đại\nTHU HIỀN\nTại huyện Cần Giờ, 100% thủ tục hành chính được tiếp nhận "
     "trong năm 2024, còn huyện Củ Chi đạt 95% cùng kỳ.", None),
    ("Hội nghị trực tuyến\nPV\nTại tỉnh Hà Tĩnh, Bộ Nội vụ tổ chức hội nghị tổng kết công tác cải cách "
     "hành chính năm 2024 với các địa phương.", None),
    # the subject with its own province in apposition, after a comma or in brackets
    ("Quyết liệt cải cách thủ tục\nPV\nNhững năm qua, huyện Mường Nhé, tỉnh Điện Biên tập trung cải cách "
     "hành chính, giảm thời gian giải quyết hồ sơ cho người dân.", "huyện Mường Nhé"),
    ("Chuyển đổi số ở xã vùng cao\nPV\nỞ xã Tà Xùa (tỉnh Sơn La), người dân đã quen nộp hồ sơ trực tuyến "
     "sau một năm triển khai đề án.", "xã Tà Xùa"),
    # ... but a province it does not lie in is another unit: no one subject
    ("Quyết liệt cải cách thủ tục\nPV\nNhững năm qua, huyện Mường Nhé, tỉnh Lai Châu tập trung cải cách "
     "hành chính, giảm thời gian giải quyết hồ sơ cho người dân.", None),
    # a headline that places the news in an untyped name the lead writes typed
    ("Người dân hài lòng hơn với dịch vụ công tại Kỳ Anh\nNGỌC HÀ\nNăm 2024, người dân thị xã Kỳ Anh đánh "
     "giá cao việc giải quyết thủ tục hành chính tại bộ phận một cửa.", "thị xã Kỳ Anh"),
    ("Nhiều hồ sơ được xử lý ở Sa Pa\nPV\nTrong tháng 3/2024, bộ phận một cửa của thị xã Sa Pa tiếp nhận "
     "2.000 hồ sơ, tăng so với tháng trước; huyện Bát Xát cũng vậy.", None),
    # a headline's unit written as new ("phường mới ...")
    ("Phường mới Tam Kỳ hoạt động ổn định\n14:20 05/07/2025\nSau năm ngày vận hành, trung tâm phục vụ "
     "hành chính công của phường đã tiếp nhận 300 hồ sơ.", "phường Tam Kỳ"),
    # a district upgraded to a thị xã before the package data knew it, named by the headline
    ("Mộc Châu rút ngắn thời gian giải quyết hồ sơ\n09:15 12/4/2025\nQuý I năm nay, thị xã Mộc Châu, "
     "tỉnh Sơn La giải quyết gần 5.000 hồ sơ, hầu hết trước hạn.", "thị xã Mộc Châu"),
])
def test_news_unit_named_in_the_lead_as_journalists_write(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit
    if unit is None:
        assert meta.unit_level is None and meta.province is None


def test_undated_window_from_the_first_day_picks_the_span_of_a_two_span_unit():
    text = ("Đà Nẵng: Sáp nhập xong, dịch vụ công vẫn thông suốt\nTHANH TÙNG\nSau hợp nhất với tỉnh Quảng "
            "Nam, thành phố Đà Nẵng mới có 94 xã, phường, đặc khu. Từ ngày 1/7 đến ngày 31/7, toàn thành "
            "phố tiếp nhận 180.000 hồ sơ.")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.unit_id, meta.period) == ("thành phố Đà Nẵng", "P48-2025", "2025-M07")


def test_party_committee_number():
    text = ("TỈNH ỦY KIÊN GIANG\nSố: 120-BC/TU\nKiên Giang, ngày 10 tháng 12 năm 2024\n"
            "Kết quả lãnh đạo công tác cải cách hành chính năm 2024")
    meta = parse_metadata(_lines(text))
    assert (meta.doc_number, meta.doc_type, meta.unit_name, meta.period) == (
        "120-BC/TU", "bao_cao", "tỉnh Kiên Giang", "2024")


@pytest.mark.parametrize("text, issue_date, unit", [
    # a place whose name ends in its number still makes a place-and-date line
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐÌNH 1\nSố: 57/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Mỹ Đình 1, ngày 18 tháng 6 năm 2024\nBÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2024",
     date(2024, 6, 18), "phường Mỹ Đình 1"),
    ("ỦY BAN NHÂN DÂN\nQUẬN 3\nSố: 12/BC-UBND\nQuận 3, ngày 02/4/2024\nBÁO CÁO\nCông tác quý I năm 2024",
     date(2024, 4, 2), "quận 3"),
    # both columns on one line: the issuer, a column gap, the place and date
    ("ỦY BAN NHÂN DÂN HUYỆN TIÊN PHƯỚC      Tiên Phước, ngày 09 tháng 10 năm 2023\nSố: 301/BC-UBND\n"
     "BÁO CÁO\nKết quả cải cách hành chính quý III năm 2023", date(2023, 10, 9), "huyện Tiên Phước"),
    # ... with one space only: the issuer's capitals end where the title-case place begins,
    # or where the unit's name starts again
    ("ỦY BAN NHÂN DÂN HUYỆN TIÊN PHƯỚC Tiên Phước, ngày 09 tháng 10 năm 2023\nSố: 301/BC-UBND\n"
     "BÁO CÁO\nKết quả cải cách hành chính quý III năm 2023", date(2023, 10, 9), "huyện Tiên Phước"),
    ("UBND HUYỆN TIÊN PHƯỚC TIÊN PHƯỚC, ngày 09 tháng 10 năm 2023\nSố: 301/BC-UBND\n"
     "BÁO CÁO\nKết quả cải cách hành chính quý III năm 2023", date(2023, 10, 9), "huyện Tiên Phước"),
])
def test_place_and_date_line_shapes(text, issue_date, unit):
    meta = parse_metadata(_lines(text))
    assert (meta.issue_date, meta.unit_name) == (issue_date, unit)


def test_a_sentence_with_a_count_before_ngay_is_no_date_line():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN PHƯỚC\nSố: 301/BC-UBND\nTổng số 45, ngày 09 tháng 10 năm 2023\n"
            "BÁO CÁO\nKết quả cải cách hành chính quý III năm 2023")
    assert parse_metadata(_lines(text)).issue_date is None


@pytest.mark.parametrize("text, unit", [
    # the lead's subject lies in the unit: "<subject> trên địa bàn / tại / của <unit> đã ..."
    ("Gần 99% hồ sơ được trả đúng hạn\nHOÀNG LAN\n10:05, 06/01/2024\nTrong năm 2023, các sở, ngành "
     "trên địa bàn tỉnh Quảng Trị đã giải quyết 61.300 hồ sơ, đạt tỷ lệ đúng hạn 98,9%.", "tỉnh Quảng Trị"),
    ("Người dân hài lòng với bộ phận một cửa\nMINH ĐỨC\n20/03/2024\nTheo khảo sát mới đây, người dân "
     "tại huyện Cam Lộ đã đánh giá cao thái độ phục vụ của cán bộ một cửa.", "huyện Cam Lộ"),
    # a second unit of that level named in the lead: no one subject
    ("Gần 99% hồ sơ được trả đúng hạn\nHOÀNG LAN\n10:05, 06/01/2024\nTrong năm 2023, các sở, ngành "
     "trên địa bàn tỉnh Quảng Trị đã giải quyết 61.300 hồ sơ, cao hơn tỉnh Quảng Bình.", None),
    # the lead's one unit after a locative word is its place, a verb after it or not
    ("Gần 99% hồ sơ được trả đúng hạn\nHOÀNG LAN\n10:05, 06/01/2024\nTrong năm 2023, các sở, ngành "
     "trên địa bàn tỉnh Quảng Trị và các huyện giải quyết 61.300 hồ sơ đúng hạn.", "tỉnh Quảng Trị"),
])
def test_news_lead_subject_placed_in_a_unit(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("text, period", [
    # the last day after a time-of-day word
    ("Xã Tân Hiệp nhận 120 hồ sơ trong hai tuần đầu\nTHU HÀ\n18/07/2025\nTheo Trung tâm Phục vụ hành chính "
     "công xã, từ ngày 01/7 đến trưa 14/7/2025, trung tâm đã tiếp nhận 120 hồ sơ.", "2025-07-01/2025-07-14"),
    # the first day without its month; the year from the time stamp
    ("Bình Dương: hồ sơ trực tuyến chiếm 80% trong tháng 3\nTHU HÀ\n04/04/2024\nTừ ngày 1 đến ngày 31-3, "
     "tỉnh Bình Dương tiếp nhận 52.000 hồ sơ, trong đó 80% qua mạng.", "2024-M03"),
    # up to now: the time stamp ends the range
    ("Xã Tân Hiệp nhận 300 hồ sơ\nTHU HÀ\n12/08/2025\nTừ ngày 01/7 đến nay, Trung tâm Phục vụ hành chính "
     "công xã Tân Hiệp đã tiếp nhận 300 hồ sơ.", "2025-07-01/2025-08-12"),
])
def test_news_day_range_shapes(text, period):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.period == period


def test_a_time_stamp_line_marks_a_short_news_item():
    text = ("Hải Dương trả đúng hạn 98% hồ sơ\nCập nhật: 09:40, 07/02/2024\nNăm 2023, tỉnh Hải Dương "
            "nhận 150.000 hồ sơ, đúng hạn 98%.")
    meta = parse_metadata(_lines(text))
    assert (meta.doc_type, meta.issue_date, meta.unit_name, meta.period) == (
        "tin_bai", date(2024, 2, 7), "tỉnh Hải Dương", "2023")


@pytest.mark.parametrize("lead", [
    "Trong 6 tháng cuối năm, Trung tâm Phục vụ hành chính công phường Hòa Cường đã tiếp nhận 4.000 hồ sơ.",
    "Từ ngày 1/7 đến nay, Trung tâm Phục vụ hành chính công phường Hòa Cường đã tiếp nhận 4.000 hồ sơ.",
    "Trong tháng 7, Trung tâm Phục vụ hành chính công phường Hòa Cường đã tiếp nhận 4.000 hồ sơ.",
])
def test_an_undated_item_guesses_no_year_from_its_units_first_day(lead):
    # undated: only a day range opening on the unit's first day is dated by it
    meta = parse_metadata(_lines("Phường Hòa Cường phục vụ người dân\nQUỐC HUY\n" + lead))
    assert meta.unit_name == "phường Hòa Cường" and meta.issue_date is None and meta.period is None


@pytest.mark.parametrize("text, unit", [
    # the figures from a body of one unit, then that whole unit by its type alone
    ("Hơn 40.000 hồ sơ trả đúng hạn\nTHANH TÂM\n08/01/2025\nTheo Văn phòng UBND tỉnh Hậu Giang, năm 2024 "
     "toàn tỉnh tiếp nhận hơn 40.000 hồ sơ, đúng hạn 99,3%.", "tỉnh Hậu Giang"),
    ("Hơn 40.000 hồ sơ trả đúng hạn\nTHANH TÂM\n08/01/2025\nBà Trần Thu, Giám đốc Trung tâm hành chính công "
     "huyện Cam Lộ, cho biết trong năm 2024 toàn huyện tiếp nhận hơn 4.000 hồ sơ.", "huyện Cam Lộ"),
    # the type said alone is another's: no unit
    ("Hơn 40.000 hồ sơ trả đúng hạn\nTHANH TÂM\n08/01/2025\nTheo Sở Nội vụ tỉnh Hậu Giang, năm 2024 toàn "
     "huyện tiếp nhận hơn 4.000 hồ sơ, đúng hạn 99,3%.", None),
    # another province in the sentence: no unit
    ("Hơn 40.000 hồ sơ trả đúng hạn\nTHANH TÂM\n08/01/2025\nTheo Sở Nội vụ tỉnh Hậu Giang, năm 2024 toàn "
     "tỉnh tiếp nhận hơn 40.000 hồ sơ, nhiều hơn tỉnh Sóc Trăng.", None),
])
def test_news_lead_figures_from_a_body_of_the_unit(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("text, unit, province", [
    # the unit as a genitive after the sentence's noun phrase; undated, a province that
    # ceased in 2025 named beside the year the text states
    ("Chỉ số hài lòng tăng 4 bậc\nNăm 2020, mức độ hài lòng của người dân đối với dịch vụ công của "
     "tỉnh Kon Tum xếp thứ 20/63, tăng 4 bậc so với năm trước.", "tỉnh Kon Tum", "tỉnh Kon Tum"),
    # a document of the unit's committee frames the sentence (its districts ranked after it)
    ("Xếp hạng cải cách hành chính các huyện\n02/03/2023\nTheo Kế hoạch số 15/KH-UBND ngày 1/3/2023 "
     "của UBND tỉnh Hà Nam về đánh giá cải cách hành chính, huyện Kim Bảng và huyện Lý Nhân được "
     "kiểm tra đầu tiên.", "tỉnh Hà Nam", "tỉnh Hà Nam"),
    # the agent of a passive clause: a body of the unit, or its chairman
    ("Một cửa điện tử mở rộng\nViệc tiếp nhận hồ sơ qua một cửa điện tử ở cấp xã đang được Sở Nội vụ "
     "tỉnh Phú Yên triển khai, hướng dẫn tới từng công chức.", "tỉnh Phú Yên", "tỉnh Phú Yên"),
    ("Đề án cắt giảm giấy tờ\nĐề án cắt giảm giấy tờ công dân trong hồ sơ đất đai do Chủ tịch UBND "
     "huyện Tuy Phong ký ban hành được người dân đồng tình.", "huyện Tuy Phong", "tỉnh Bình Thuận"),
    # a body of a commune, its province in brackets untyped, the item dated after the reform
    ("Trung tâm hành chính công cấp phường đón khách\n14/08/2025\nSáng 13-8, Trung tâm Phục vụ hành "
     "chính công phường Tuy Hòa (Đắk Lắk) đón đoàn kiểm tra của tỉnh về việc vận hành phần mềm.",
     "phường Tuy Hòa", "tỉnh Đắk Lắk"),
    # a commune qualified by its province; the units it was formed from are history
    ("Xã Lộc Ninh sắp xếp lại bộ phận một cửa\nBộ phận một cửa của xã Lộc Ninh, tỉnh Đồng Nai đã bố "
     "trí thêm hai quầy tiếp nhận hồ sơ đất đai. Xã được hình thành từ thị trấn Lộc Ninh và xã Lộc "
     "Thái của huyện Lộc Ninh (tỉnh Bình Phước cũ).", "xã Lộc Ninh", "tỉnh Đồng Nai"),
    # the people of a commune
    ("Không phải đi xa để làm thủ tục\nNgười dân xã Cái Nước (Cà Mau) nay có thể làm thủ tục chứng "
     "thực ngay tại điểm tiếp nhận ở ấp.", "xã Cái Nước", "tỉnh Cà Mau"),
    # the unit opens the sentence's clause: its subject, whatever the verb
    ("Chỉ số cải cách hành chính\nNăm 2022, tỉnh Ninh Thuận xếp thứ 31/63 về Chỉ số cải cách hành "
     "chính, tăng 4 bậc so với năm trước đó.", "tỉnh Ninh Thuận", "tỉnh Ninh Thuận"),
    # ... but two units opening clauses: no one subject
    ("Chỉ số cải cách hành chính\nNăm 2022, tỉnh Ninh Thuận xếp thứ 31/63, tỉnh Bình Thuận xếp thứ "
     "40/63 về Chỉ số cải cách hành chính.", None, None),
    # the whole unit
    ("Hồ sơ trực tuyến tăng mạnh\nNăm 2023, toàn tỉnh Hà Nam có 72% hồ sơ thủ tục hành chính được "
     "nộp trực tuyến, cao hơn hẳn năm trước.", "tỉnh Hà Nam", "tỉnh Hà Nam"),
    # a commune with its district and province in apposition: the commune, not its district
    ("Xã làm tốt một cửa\nBộ phận một cửa của xã Xuân Trường, thành phố Đà Lạt, tỉnh Lâm Đồng được "
     "người dân đánh giá cao trong năm 2022.", "xã Xuân Trường", "tỉnh Lâm Đồng"),
    ("Xã làm tốt một cửa\nNăm 2020, xã Đức Hợp, huyện Kim Động (Hưng Yên) đã trả kết quả qua bưu "
     "điện cho hơn nửa số hồ sơ.", "xã Đức Hợp", "tỉnh Hưng Yên"),
    # the staff of a commune, its province in brackets
    ("Đến tận nhà làm thủ tục\nCán bộ xã Sơn Hải (Bắc Ninh) đến tận nhà người già yếu để nhận hồ sơ "
     "chứng thực.", "xã Sơn Hải", "tỉnh Bắc Ninh"),
    # a committee hosting a central body's meeting is no actor
    ("Hội nghị chính quyền hai cấp\n05/09/2025\nTại hội nghị do UBND tỉnh Lai Châu tổ chức, Bộ trưởng "
     "Bộ Nội vụ yêu cầu các địa phương rà soát bộ máy cấp xã.", None, None),
    # two provinces compare: no one unit
    ("Chỉ số cải cách hành chính năm 2021\nChỉ số cải cách hành chính năm 2021 của tỉnh Hà Nam đạt "
     "85,1%, cao hơn tỉnh Ninh Bình.", None, None),
    # a central body acts in the sentence: the unit's matter is its object
    ("Phê duyệt đề án\nThủ tướng Chính phủ đã phê duyệt đề án của tỉnh Kon Tum về sắp xếp bộ phận "
     "một cửa các cấp, cùng đề án của nhiều bộ, ngành.", None, None),
    # a directive of the committee, others acting
    ("Hội nghị cải cách hành chính\nSáng 10/3/2023, theo chỉ đạo của UBND tỉnh Phú Yên, các sở, ngành "
     "tổ chức rà soát thủ tục hành chính nội bộ.", None, None),
    # a unit tied by nothing ("với"): no unit
    ("Trao đổi kinh nghiệm một cửa\nĐoàn công tác đã làm việc với tỉnh Phú Yên về mô hình một cửa "
     "liên thông trong giải quyết thủ tục đất đai.", None, None),
])
def test_news_unit_tied_in_the_lead(text, unit, province):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai"
    assert (meta.unit_name, meta.province) == (unit, province)
    if unit is None:
        assert meta.unit_level is None


@pytest.mark.parametrize("date_line, issue_date", [
    # a date in figures with no "ngày": the place, a comma, the date ending the line
    ("Côn Đảo, 03/10/2023", date(2023, 10, 3)),
    ("Côn Đảo, 3-10-2023", date(2023, 10, 3)),
    ("CÔN ĐẢO, 03.10.2023", date(2023, 10, 3)),
    ("Côn Đảo, 03 tháng 10 năm 2023", date(2023, 10, 3)),   # the words, still no "ngày"
    # words in lower case before the comma are a sentence, not a place
    ("Tổng số hồ sơ, 03/10/2023", None),
    # a weekday is a news stamp's word, not a place
    ("Thứ Ba, 03/10/2023", None),
    # a date inside a line of prose is no date line
    ("Côn Đảo, 03/10/2023 là ngày tổng kết đợt kiểm tra", None),
])
def test_numeric_date_line_without_ngay(date_line, issue_date):
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CÔN ĐẢO\nSố: 40/BC-UBND\n" + date_line + "\nBÁO CÁO\n"
            "Kết quả cải cách hành chính quý III năm 2023\nThực hiện kế hoạch của tỉnh, huyện báo cáo:")
    meta = parse_metadata(_lines(text))
    assert meta.issue_date == issue_date
    assert (meta.unit_name, meta.province) == ("huyện Côn Đảo", "tỉnh Bà Rịa - Vũng Tàu")


def test_a_numeric_date_in_the_body_is_no_issue_date():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CÔN ĐẢO\nSố: 40/BC-UBND\nBÁO CÁO\n"
            "Kết quả cải cách hành chính quý III năm 2023\nThực hiện kế hoạch của tỉnh, huyện báo cáo:\n"
            "I. KẾT QUẢ\nĐợt kiểm tra kết thúc ngày 28/9/2023 tại các xã.\nCôn Sơn, 29/9/2023")
    assert parse_metadata(_lines(text)).issue_date is None


@pytest.mark.parametrize("issuer, date_line, unit, level, province", [
    # a huyện whose name a đặc khu bears since 1 July 2025: the issue date decides; the
    # district is found whichever spelling of its lone vowel i/y the header uses
    ("HUYỆN PHÚ QUÝ", "Phú Quý, ngày 10 tháng 6 năm 2023", "huyện Phú Quý", "huyen", "tỉnh Bình Thuận"),
    ("HUYỆN PHÚ QUÍ", "Phú Quí, 10/6/2023", "huyện Phú Quý", "huyen", "tỉnh Bình Thuận"),
    ("ĐẶC KHU PHÚ QUÝ", "Phú Quý, ngày 10 tháng 10 năm 2025", "đặc khu Phú Quý", "xa", "tỉnh Lâm Đồng"),
    ("HUYỆN LÝ SƠN", "Lý Sơn, 12/6/2024", "huyện Lý Sơn", "huyen", "tỉnh Quảng Ngãi"),
])
def test_header_unit_as_of_the_issue_date(issuer, date_line, unit, level, province):
    text = (f"ỦY BAN NHÂN DÂN\n{issuer}\nSố: 91/BC-UBND\n{MOTTO}\n{date_line}\nBÁO CÁO\n"
            "Kết quả cải cách hành chính 6 tháng đầu năm")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.unit_level, meta.province) == (unit, level, province)


@pytest.mark.parametrize("headline, unit", [
    # the headline's subject, untyped, written typed in the lead: over the committee that
    # published the ranking
    ("Đức Linh đứng đầu khối huyện về cải cách hành chính", "huyện Đức Linh"),
    # a headline naming no unit: the committee acting in the lead
    ("Công bố Chỉ số cải cách hành chính năm 2021", "tỉnh Bình Thuận"),
])
def test_news_headline_subject_over_the_publishing_committee(headline, unit):
    text = (f"{headline}\n12/04/2022\nUBND tỉnh Bình Thuận vừa công bố Chỉ số cải cách hành chính năm "
            "2021 của các sở, ngành và địa phương. Theo đó, huyện Đức Linh đạt 90,1 điểm, đứng đầu khối "
            "UBND cấp huyện.")
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("later, unit", [
    # a later sentence that sets another unit against the first's: no competitor
    ("Trong khi đó, phường Hải Châu vẫn còn hơn 200 hồ sơ chờ xử lý.", "phường Hòa Cường"),
    ("Ngược lại, phường Hải Châu vẫn còn hơn 200 hồ sơ chờ xử lý.", "phường Hòa Cường"),
    # a sentence likening another unit to the lead's is a comparison too
    ("Tương tự, ở phường Hải Châu, trung tâm cũng rút ngắn thời gian chờ.", "phường Hòa Cường"),
    # a later sentence on another unit with no such cue weighs less than the lead's first
    ("Phường Hải Châu cũng tiếp nhận hơn 2.000 hồ sơ.", "phường Hòa Cường"),
])
def test_news_unit_set_against_the_lead_does_not_compete(later, unit):
    text = ("Hơn 3.000 hồ sơ trong tháng đầu\nTrung tâm Phục vụ hành chính công phường Hòa Cường (Đà Nẵng), "
            "được hình thành từ ba phường cũ, đã tiếp nhận 3.100 hồ sơ trong tháng 7/2025. " + later)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


def test_a_contrast_inside_the_first_sentence_still_competes():
    text = ("Hơn 3.000 hồ sơ trong tháng đầu\nTrung tâm Phục vụ hành chính công phường Hòa Cường (Đà Nẵng) "
            "đã tiếp nhận 3.100 hồ sơ trong tháng 7/2025, trong khi đó phường Hải Châu tiếp nhận 2.000 hồ sơ.")
    assert parse_metadata(_lines(text)).unit_name is None


@pytest.mark.parametrize("rest, unit", [
    # the committee as a passive clause's agent yields to the clause's one unit subject
    ("thành phố Phan Thiết đứng đầu khối huyện, thị xã, thành phố.", "thành phố Phan Thiết"),
    # two units ranked: no one subject, the publishing committee is the unit
    ("thành phố Phan Thiết đứng đầu, huyện Đức Linh xếp thứ hai khối huyện.", "tỉnh Bình Thuận"),
    # no unit subject at all: the agent
    ("các sở, ngành đều được xếp loại khá trở lên.", "tỉnh Bình Thuận"),
])
def test_news_passive_agent_committee_and_the_clause_subject(rest, unit):
    text = ("Kết quả xếp hạng cải cách hành chính\n12/04/2024\nTheo kết quả xếp hạng năm 2023 do UBND tỉnh "
            "Bình Thuận công bố, " + rest)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("later, unit", [
    # later units listed after a plural are set beside the lead's unit: no competitor
    ("Ở các phường Tân Định, Bến Thành, số hồ sơ cũng tăng mạnh.", "phường Sài Gòn"),
    ("Những phường Tân Định và Bến Thành cũng ghi nhận lượng hồ sơ tăng.", "phường Sài Gòn"),
    # a later sentence over the whole city by its type word alone compares its wards
    ("Trên địa bàn thành phố, chỉ có phường Tân Định chưa hoàn thành số hóa.", "phường Sài Gòn"),
    ("Toàn thành phố có phường Tân Định đạt tỷ lệ cao hơn.", "phường Sài Gòn"),
    # a later sentence on one other ward weighs less than the lead's first: the lead's ward
    ("Phường Tân Định tiếp nhận hơn 900 hồ sơ.", "phường Sài Gòn"),
    ("Tại thành phố Hồ Chí Minh, phường Tân Định tiếp nhận hơn 900 hồ sơ.", "phường Sài Gòn"),
])
def test_news_later_sentence_comparing_units_of_the_same_level(later, unit):
    text = ("Gần 1.500 hồ sơ trong tuần đầu\nTrung tâm Phục vụ hành chính công phường Sài Gòn (TPHCM) đã "
            "tiếp nhận 1.480 hồ sơ trong tuần đầu tháng 7/2025. " + later)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("second, unit", [
    # a central body acts on the matter of one province, and the next sentence goes on with
    # that province by its type word: the province is the item's unit
    ("Sau khi sắp xếp, tỉnh có 51 đơn vị hành chính cấp xã.", "tỉnh Hà Tĩnh"),
    ("Theo nghị quyết, tỉnh sẽ có 51 xã, phường.", "tỉnh Hà Tĩnh"),
    # the next sentence does not take the province up: the central body is the actor, no unit
    ("Nghị quyết có hiệu lực từ ngày 1/7/2025.", None),
    # another type word takes up the subject: not the province
    ("Sau khi sắp xếp, xã có 12.000 dân.", None),
])
def test_news_province_taken_up_after_a_central_body_acts(second, unit):
    text = ("Một tỉnh miền Trung còn 51 đơn vị cấp xã\nỦy ban Thường vụ Quốc hội đã thông qua Nghị quyết về "
            "việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Tĩnh năm 2025. " + second)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # the unit formed, after a fronted "formed from" clause, opens the main clause
    ("Được thành lập trên cơ sở sáp nhập 3 phường cũ là Phú Hội, Phú Nhuận và Vĩnh Ninh, "
     "phường Thuận Hóa, thành phố Huế có hơn 80.000 dân.", "phường Thuận Hóa"),
    # the units listed after the cue, with no fronted clause, are history: no subject
    ("Hơn 80.000 dân sống ở phường mới, được hình thành từ phường Phú Hội và phường Phú Nhuận.", None),
])
def test_news_unit_formed_after_a_fronted_formed_from_clause(lead, unit):
    meta = parse_metadata(_lines("Một phường mới đông dân\n15/12/2025\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("later, unit", [
    # the former premises of a unit name it as it was: no competitor
    ("Trung tâm làm việc tại trụ sở cũ của Ủy ban nhân dân phường Ngô Quyền.", "phường Thuận Hóa"),
    ("Một điểm tiếp nhận đặt ở trụ sở cũ của phường Ngô Quyền.", "phường Thuận Hóa"),
    # the premises of a ward as it is now, in a later sentence: it weighs less than the lead's
    ("Một điểm tiếp nhận đặt ở trụ sở của phường Ngô Quyền.", "phường Thuận Hóa"),
])
def test_news_former_premises_of_a_unit_do_not_compete(later, unit):
    lead = ("Được thành lập trên cơ sở sáp nhập 3 phường cũ là Phú Hội, Phú Nhuận và Vĩnh Ninh, "
            "phường Thuận Hóa, thành phố Huế có hơn 80.000 dân. ")
    meta = parse_metadata(_lines("Một phường mới đông dân\n15/12/2025\n" + lead + later))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("headline, lead, unit", [
    # a committee written as it was ("trụ sở UBND huyện X cũ") is a place, not the actor:
    # the commune the lead is about stays the unit, though its district of old shares its name
    ("Một trung tâm mới của xã",
     "Xã Hải Hậu (tỉnh Ninh Bình) được hình thành từ bốn xã cũ; Trung tâm Phục vụ hành chính công "
     "của xã đặt tại trụ sở Ủy ban nhân dân huyện Hải Hậu cũ.", "xã Hải Hậu"),
    # the same committee acting, not written as former: it is the actor
    ("Huyện đẩy mạnh dịch vụ công trực tuyến\n12/3/2024",
     "Sáng 11/3, Ủy ban nhân dân huyện Hải Hậu tổ chức hội nghị triển khai dịch vụ công trực tuyến.",
     "huyện Hải Hậu"),
])
def test_news_former_committee_is_no_actor(headline, lead, unit):
    meta = parse_metadata(_lines(headline + "\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # an epithet between the type word and the name
    ("Xã biên giới Tam Chung (tỉnh Thanh Hóa) đã bố trí hai điểm tiếp nhận hồ sơ cho người dân.",
     "xã Tam Chung"),
    ("Xã vùng cao Tam Chung (tỉnh Thanh Hóa) đã bố trí hai điểm tiếp nhận hồ sơ cho người dân.",
     "xã Tam Chung"),
    ("Ở xã cù lao Tam Chung (tỉnh Thanh Hóa), trung tâm bố trí hai điểm tiếp nhận hồ sơ cho người dân.",
     "xã Tam Chung"),
    # the place of a passive, with its district and province in apposition
    ("Mô hình một cửa được đưa vào hoạt động tại xã Tam Chung, huyện Mường Lát, tỉnh Thanh Hóa "
     "từ năm 2019, giúp người dân bớt đi lại.", "xã Tam Chung"),
    # a place with no passive before it, qualified by its district and province, is the place
    ("Nhiều người dân đi làm thủ tục tại xã Tam Chung, huyện Mường Lát, tỉnh Thanh Hóa trong năm qua, "
     "phần lớn là đồng bào dân tộc thiểu số.", "xã Tam Chung"),
])
def test_news_commune_with_an_epithet_or_as_a_passive_place(lead, unit):
    meta = parse_metadata(_lines("Cán bộ vùng cao bám cơ sở\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("headline, doc_type", [
    # a headline that opens with the verb "Thực hiện" over prose is news
    ("Thực hiện thủ tục hành chính không phụ thuộc địa giới trong tỉnh", "tin_bai"),
    # "Thực hiện" before what a report carries out is a report's opener, no headline
    ("Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh", "other"),
])
def test_thuc_hien_opens_a_report_only_before_what_it_carries_out(headline, doc_type):
    text = (f"{headline}\nUBND tỉnh Cà Mau vừa ban hành kế hoạch tiếp nhận hồ sơ không phụ thuộc vào địa giới "
            "hành chính trong phạm vi tỉnh, nhằm giảm thời gian đi lại cho người dân.")
    assert parse_metadata(_lines(text)).doc_type == doc_type


@pytest.mark.parametrize("headline, unit", [
    # a headline listing two units of one type names places, not one subject: the lead's
    # acting committee is the unit
    ("Đóng hai điểm nhận hồ sơ tại phường Ninh Kiều và Cái Khế", "thành phố Cần Thơ"),
    ("Đóng hai điểm nhận hồ sơ tại phường Ninh Kiều và phường Cái Khế", "thành phố Cần Thơ"),
    # one unit in the headline is its subject
    ("Đóng một điểm nhận hồ sơ tại phường Ninh Kiều", "phường Ninh Kiều"),
    # the unit and its own province in apposition are no list
    ("Phường Ninh Kiều, Cần Thơ đóng một điểm nhận hồ sơ", "phường Ninh Kiều"),
])
def test_news_headline_listing_two_units_names_no_one_subject(headline, unit):
    text = (f"{headline}\n30/12/2025\nNgày 30/12, UBND TP Cần Thơ thông báo trung tâm phục vụ hành chính công "
            "thành phố thôi tiếp nhận hồ sơ tại hai điểm phụ kể từ ngày 1/1/2026.")
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # the staff of a commune named by their post tie it to the sentence
    ("Công chức tư pháp - hộ tịch xã Tam Chung (huyện Mường Lát) hướng dẫn người dân cài ứng dụng "
     "định danh điện tử ngay tại nhà văn hóa bản.", "xã Tam Chung"),
    ("Cán bộ địa chính xã Tam Chung (huyện Mường Lát) hướng dẫn người dân cài ứng dụng định danh điện "
     "tử ngay tại nhà văn hóa bản.", "xã Tam Chung"),
    # no staff word nor tie word before the commune, but its district in brackets qualifies it
    ("Cán bộ đã nhiều năm gắn bó lâu dài với xã Tam Chung (huyện Mường Lát) nay hướng dẫn cài ứng "
     "dụng định danh điện tử.", "xã Tam Chung"),
    ("Nhiều người dân ở thôn xa đi bộ đến xã Tam Chung (huyện Mường Lát) nhờ hướng dẫn cài ứng dụng "
     "định danh điện tử.", "xã Tam Chung"),
    # unqualified and untied: no unit
    ("Nhiều người dân ở thôn xa đi bộ đến xã Tam Chung nhờ hướng dẫn cài ứng dụng định danh điện tử.",
     None),
])
def test_news_staff_by_their_post_tie_their_unit(lead, unit):
    meta = parse_metadata(_lines("Công chức xã hướng dẫn người dân\n10/10/2024\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # the leaders of one commune tie it; of two communes, no unit
    ("Lãnh đạo xã Tam Chung (huyện Mường Lát) cho biết năm 2024 xã đã nhận 1.200 hồ sơ.", "xã Tam Chung"),
    ("Lãnh đạo xã Tam Chung và xã Mường Lý cho biết năm 2024 hai xã đã nhận 1.200 hồ sơ.", None),
    # a reporter's "ghi nhận tại" frames the sentence in one unit; in two, no unit
    ("Ghi nhận tại phường Hạc Thành (Thanh Hóa), người dân đến làm thủ tục đông hơn mọi năm.",
     "phường Hạc Thành"),
    ("Ghi nhận tại phường Hạc Thành và phường Quảng Phú, người dân đến làm thủ tục đông hơn mọi năm.", None),
])
def test_news_leaders_and_reporters_place_tie_one_unit(lead, unit):
    meta = parse_metadata(_lines("Chuyển biến ở cơ sở\n15/08/2025\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("day, unit", [
    # after 1 July 2025 the districts are gone: the one named between a commune and its
    # province is no unit, yet the province still stands in the commune's apposition
    ("15/08/2025", "xã Tam Chung"),
    # before, the district is a unit and the chain is the commune's place as ever
    ("15/08/2024", "xã Tam Chung"),
])
def test_news_chain_with_a_district_gone_on_the_day(day, unit):
    text = (f"Số hóa hồ sơ ở vùng cao\n{day}\nĐến nay, toàn bộ hồ sơ tại xã Tam Chung, huyện Mường Lát, "
            "tỉnh Thanh Hóa được số hóa và đưa lên hệ thống.")
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("doc_type_word, number, period", [
    # a decision reports on no period, though its title names the year of what it issues
    ("QUYẾT ĐỊNH", "12/QĐ-UBND", None),
    # a plan and a report with the same title are of that year
    ("KẾ HOẠCH", "12/KH-UBND", "2024"),
    ("BÁO CÁO", "12/BC-UBND", "2024"),
])
def test_a_decision_reports_on_no_period(doc_type_word, number, period):
    text = (f"ỦY BAN NHÂN DÂN\nHUYỆN AN MINH\nSố: {number}\nAn Minh, ngày 10 tháng 01 năm 2024\n"
            f"{doc_type_word}\nVề công tác cải cách hành chính năm 2024 của huyện An Minh\nCăn cứ ...")
    meta = parse_metadata(_lines(text))
    assert meta.unit_name == "huyện An Minh" and meta.period == period


@pytest.mark.parametrize("lead, unit", [
    # the source's unit, then an aside set off by two dashes, then the sentence goes on
    ("Theo Sở Nội vụ tỉnh Lai Châu – địa phương giữ nguyên địa giới cấp tỉnh – sau sắp xếp, số phòng "
     "chuyên môn giảm từ 20 xuống 15.", "tỉnh Lai Châu"),
    # one dash and no close: the frame does not end, but the source is the unit's own body
    # speaking of its own offices and no other unit is named: the unit
    ("Theo Sở Nội vụ tỉnh Lai Châu – sau sắp xếp số phòng chuyên môn giảm từ 20 xuống 15 trong năm "
     "nay.", "tỉnh Lai Châu"),
    # the aside names another province: two units, no unit
    ("Theo Sở Nội vụ tỉnh Lai Châu – cùng với tỉnh Sơn La – sau sắp xếp, số phòng chuyên môn giảm "
     "từ 20 xuống 15.", None),
])
def test_news_source_unit_with_a_dashed_aside(lead, unit):
    meta = parse_metadata(_lines("Bộ máy gọn hơn sau sắp xếp\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("headline, later, unit", [
    # the clause after a headline's colon opens with an untyped province the body writes typed;
    # the central body that acts in the lead only hosts
    ("Chỉ số hài lòng năm 2023: Lai Châu tăng 5 bậc", "", "tỉnh Lai Châu"),
    # a list after the colon: no one subject
    ("Chỉ số hài lòng năm 2023: Lai Châu, Sơn La cùng tăng bậc", "", None),
    ("Chỉ số hài lòng năm 2023: Lai Châu và Sơn La cùng tăng bậc", "", None),
    # another province in a later sentence weighs less than the headline's and the lead's
    ("Chỉ số hài lòng năm 2023: Lai Châu tăng 5 bậc", " Tỉnh Sơn La đứng thứ 20.", "tỉnh Lai Châu"),
])
def test_news_headline_subject_after_its_colon(headline, later, unit):
    text = (f"{headline}\n10/04/2024\nSáng 10/4, Bộ Nội vụ tổ chức hội nghị trực tuyến công bố các chỉ số năm "
            "2023; Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình dự tại điểm cầu Lai Châu.\nNăm 2023, chỉ số hài "
            "lòng của tỉnh Lai Châu đạt 85,2%, tăng 5 bậc so với năm trước." + later)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # a reporter's frame with words between "Ghi nhận" and "tại"
    ("Ghi nhận sáng nay tại phường Hạc Thành (Thanh Hóa), người dân đến làm thủ tục đông hơn mọi năm.",
     "phường Hạc Thành"),
    ("Ghi nhận sáng nay tại phường Hạc Thành và phường Quảng Phú, người dân đến làm thủ tục đông hơn "
     "mọi năm.", None),
])
def test_news_reporters_frame_with_words_before_tai(lead, unit):
    meta = parse_metadata(_lines("Chuyển biến ở cơ sở\n15/08/2025\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("later, unit", [
    # a person's home in brackets places the person: no competitor
    ("Chị Trần Thị Lan (phường Quảng Phú) kể nay nộp hồ sơ trực tuyến ngay tại nhà.", "phường Hạc Thành"),
    ("Ông Lê Văn Nam (trú tại phường Quảng Phú) cho biết chỉ chờ mười phút.", "phường Hạc Thành"),
    # a post in brackets, or another ward, in a later sentence weighs less than the lead's
    ("Ông Lê Văn Nam (công chức phường Quảng Phú) cho biết sẽ làm theo.", "phường Hạc Thành"),
    ("Phường Quảng Phú cũng tiếp nhận hơn 900 hồ sơ mỗi tuần.", "phường Hạc Thành"),
])
def test_news_a_persons_home_does_not_compete(later, unit):
    lead = ("Ghi nhận tại Trung tâm Phục vụ hành chính công phường Hạc Thành, tỉnh Thanh Hóa, người dân đến "
            "làm thủ tục khá đông nhưng không phải chờ lâu. ")
    meta = parse_metadata(_lines("Một tuần vận hành\n15/07/2025\n" + lead + later))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


# a news item's unit ranked by where it is named: the headline and the lead's first sentence
# weigh, later sentences (other communes, officials, people's homes) do not compete
@pytest.mark.parametrize("text, unit", [
    # a relative clause's subject, qualified by its province in brackets
    ("Người dân là trung tâm\n12/03/2023\nRút ngắn thời gian chờ là việc mà huyện Lạc Sơn (Hòa Bình) đặt lên "
     "hàng đầu trong năm qua. Xã Tân Lập của huyện có tỷ lệ hồ sơ trực tuyến cao nhất.", "huyện Lạc Sơn"),
    # an untyped province the next sentence takes up by its type word alone
    ("Sẵn sàng cho chính quyền hai cấp\n02/06/2025\nCác sở, ngành ở Yên Bái đang gấp rút rà soát thủ tục "
     "cấp huyện để chuyển giao. Hiện tỉnh có hơn 1.800 thủ tục hành chính.", "tỉnh Yên Bái"),
    # ... and never taken up: perhaps no unit at all
    ("Sẵn sàng cho chính quyền hai cấp\n02/06/2025\nCác sở, ngành ở Yên Bái đang gấp rút rà soát thủ tục "
     "cấp huyện để chuyển giao. Thời hạn hoàn thành là cuối tháng 6.", None),
    # a fronted apposition, then the untyped province as the clause's subject
    ("Gỡ vướng cho doanh nghiệp\n05/05/2024\nLà tỉnh có nhiều khu công nghiệp, Hải Dương đang rút ngắn "
     "thời gian cấp phép đầu tư. Bộ trưởng đề nghị tỉnh tiếp tục số hóa hồ sơ.", "tỉnh Hải Dương"),
    # an untyped genitive the headline takes up by its type word, a central body publishing
    ("Chỉ số năm 2023 của tỉnh tăng 4 bậc\n18/04/2024\nTheo kết quả Bộ Nội vụ công bố, chỉ số cải cách "
     "hành chính năm 2023 của Yên Bái đạt 86,1%, xếp thứ 20 cả nước.", "tỉnh Yên Bái"),
    # the acting committee beside a central body, taken up by its type word in the sentence;
    # provinces ranked later are comparisons
    ("Giữ vị trí thứ 10\n01/08/2019\nNgày 1/8, UBND thành phố Cần Thơ tổ chức công bố chỉ số năm 2018; theo "
     "kết quả do Bộ Nội vụ xác định, thành phố xếp thứ 10/63 tỉnh, thành phố. Đứng trên Cần Thơ là "
     "Quảng Ninh, Hải Phòng và Đà Nẵng.", "thành phố Cần Thơ"),
    # ... not taken up: the central body acts, the city hosts, no unit
    ("Giữ vị trí thứ 10\n01/08/2019\nNgày 1/8, UBND thành phố Cần Thơ tổ chức công bố chỉ số năm 2018; theo "
     "kết quả do Bộ Nội vụ xác định, các địa phương đều tăng điểm.", None),
    # a reporter's frame at a ward's centre, qualified by its province; another commune later
    ("Ngay tại phường\n04/07/2025\nGhi nhận tại Trung tâm Phục vụ hành chính công phường Tân Lập (tỉnh Đắk "
     "Lắk), người dân đến từ sáng sớm. Không khí cũng nhộn nhịp tại xã Dray Bhăng.", "phường Tân Lập"),
    # a numbered ward after a locative, qualified by its province
    ("Xong trong ngày\n10/09/2025\nỞ phường 1 Bảo Lộc (tỉnh Lâm Đồng), mọi hồ sơ đều được trả trong ngày. "
     "Tại đặc khu Phú Quý, không khí làm việc cũng khẩn trương.", "phường 1 Bảo Lộc"),
    # a road or a person bearing a province's name is no rival, nor a province
    ("Một cửa sát đường lớn\n25/07/2025\nĐược thành lập trên cơ sở sáp nhập xã Trường Xuân và xã Nam N'Jang, "
     "xã Trường Xuân (tỉnh Lâm Đồng) đặt trung tâm ngay cạnh đường Hồ Chí Minh. Phó Chủ tịch UBND tỉnh "
     "làm việc tại xã Đắk Sắk.", "xã Trường Xuân"),
    ("Tận tình với dân\n15/03/2024\nChị Thái Bình, công chức một cửa, đang hướng dẫn người dân nộp hồ sơ. "
     "Hiện tỉnh có 40% hồ sơ nộp trực tuyến.", None),
    # a rival named once later weighs less than the first sentence's unit; named three times
    # later, it outweighs it, and the unit the text names most is the item's
    ("Học mô hình một cửa\n20/09/2024\nĐoàn công tác đã đến học tập kinh nghiệm tại thành phố Đà Nẵng. "
     "Lãnh đạo tỉnh Lào Cai đánh giá cao mô hình.", "thành phố Đà Nẵng"),
    ("Học mô hình một cửa\n20/09/2024\nĐoàn công tác đã đến học tập kinh nghiệm tại thành phố Đà Nẵng. "
     "Lãnh đạo tỉnh Lào Cai đánh giá cao mô hình. Tỉnh Lào Cai sẽ làm theo trong năm tới. Sở Nội vụ tỉnh "
     "Lào Cai được giao xây dựng kế hoạch.", "tỉnh Lào Cai"),
    # a rival of the same level in the predicate of a clause whose subject is the unit's body:
    # what the subject acts on, the subject is the unit
    ("Học hỏi mô hình hay\n20/09/2024\nSở Nội vụ tỉnh Yên Bái tổ chức đoàn đi học tập mô hình một cửa của "
     "tỉnh Bắc Ninh.", "tỉnh Yên Bái"),
    # ... but a rival joined to the subject as a second party: no one unit
    ("Học hỏi mô hình hay\n20/09/2024\nSở Nội vụ tỉnh Yên Bái phối hợp với Sở Nội vụ tỉnh Bắc Ninh tổ chức "
     "hội nghị về mô hình một cửa.", None),
    # a rival of the same level in the first sentence, no subject: no one unit
    ("Học hỏi mô hình hay\n20/09/2024\nĐoàn công tác đi học tập mô hình một cửa của tỉnh Yên Bái và của "
     "tỉnh Bắc Ninh.", None),
    # a rival in the headline: no one unit
    ("Học hỏi kinh nghiệm của Lào Cai\n20/09/2024\nNgười dân tại tỉnh Yên Bái đánh giá cao mô hình "
     "một cửa hiện đại.", None),
    # a first sentence over units at large, then one as an example: no unit
    ("Hài lòng với một cửa\n15/03/2024\nKhảo sát tại 30 xã, phường cho thấy người dân hài lòng hơn trước. "
     "Một số nơi như xã Tân Lập (huyện Lạc Sơn) vẫn còn quá tải.", None),
])
def test_news_unit_ranked_by_headline_and_first_sentence(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


@pytest.mark.parametrize("lead, unit", [
    # the lead's one typed unit as the clause's subject
    ("Năm 2024, tỉnh Hà Giang dẫn đầu khu vực về tỷ lệ hồ sơ trực tuyến.", "tỉnh Hà Giang"),
    # provinces ranked after it, written without their type word: no one subject
    ("Năm 2024, tỉnh Hà Giang dẫn đầu khu vực, tiếp theo là Tuyên Quang và Cao Bằng.", None),
    # a province inside a person's details in brackets does not compete
    ("Tại Trung tâm Phục vụ hành chính công tỉnh Hà Giang, chị Lò Thị Mai (28 tuổi, quê ở Cao Bằng) nộp "
     "hồ sơ trong năm phút.", "tỉnh Hà Giang"),
])
def test_news_untyped_provinces_in_the_first_sentence_compete(lead, unit):
    meta = parse_metadata(_lines("Nhanh hơn, gọn hơn\n12/03/2025\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.unit_name == unit


NEWS_STAMPS = [
    # a headline ending in its date of effect is no time stamp: the item is undated
    ("Thủ tục mới về cấp phiếu lý lịch tư pháp áp dụng từ ngày 15/8/2025\n\n"
     "Bộ Tư pháp ban hành thông tư hướng dẫn cấp phiếu lý lịch tư pháp trực tuyến, áp dụng thống nhất "
     "trên cả nước từ giữa tháng 8, người dân không phải nộp bản giấy.", None),
    # a stamp line of its own under the headline dates the item
    ("Thủ tục mới về cấp phiếu lý lịch tư pháp áp dụng từ giữa tháng 8\n\n12/08/2025\n\n"
     "Bộ Tư pháp ban hành thông tư hướng dẫn cấp phiếu lý lịch tư pháp trực tuyến, áp dụng thống nhất "
     "trên cả nước, người dân không phải nộp bản giấy.", date(2025, 8, 12)),
    ("Thủ tục mới về cấp phiếu lý lịch tư pháp\n\nCập nhật 09:30 12/08/2025\n\n"
     "Bộ Tư pháp ban hành thông tư hướng dẫn cấp phiếu lý lịch tư pháp trực tuyến, áp dụng thống nhất "
     "trên cả nước, người dân không phải nộp bản giấy.", date(2025, 8, 12)),
]


@pytest.mark.parametrize("text,issued", NEWS_STAMPS)
def test_a_news_items_date_is_its_stamp_not_a_headlines_date_of_effect(text, issued):
    assert parse_metadata(_lines(text)).issue_date == issued


FIGURE_HEADLINES = [
    # a headline opening with a figure over a paragraph of prose is a news item
    ("25 xã hoàn thành số hóa hồ sơ hộ tịch trước hạn\n\n"
     "Sở Tư pháp cho biết đến hết tháng 10, toàn bộ sổ hộ tịch của 25 xã đã được số hóa và đưa lên "
     "cơ sở dữ liệu chung, sớm hơn kế hoạch hai tháng.", "tin_bai"),
    ("95,2% hồ sơ được giải quyết đúng hạn trong quý III\n\n"
     "Trong quý III, các cơ quan chuyên môn đã tiếp nhận hơn 12.000 hồ sơ, phần lớn được trả kết quả "
     "trước hoặc đúng hẹn cho người dân.", "tin_bai"),
    # a numbered heading of a report's body is no headline
    ("1. Kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính\n\n"
     "Trong kỳ, các cơ quan chuyên môn đã tiếp nhận hơn 12.000 hồ sơ, phần lớn được trả kết quả "
     "trước hoặc đúng hẹn cho người dân.", "other"),
]


@pytest.mark.parametrize("text,doc_type", FIGURE_HEADLINES)
def test_a_headline_may_open_with_a_figure(text, doc_type):
    assert parse_metadata(_lines(text)).doc_type.value == doc_type


@pytest.mark.parametrize("text, source", [
    # the issuing body of the header block
    ("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 215/BC-UBND\nCẦN GIUỘC, ngày 12 tháng 6 năm 2024\n"
     "BÁO CÁO\nKết quả công tác cải cách hành chính 6 tháng đầu năm 2024", "header"),
    # a news item: the unit named in its headline
    ("Huyện Cần Giuộc giải quyết 98% hồ sơ đúng hạn\n12/6/2024\n"
     "Sáu tháng đầu năm, bộ phận một cửa đã tiếp nhận hơn 20.000 hồ sơ.", "title"),
    # a news item: the unit named only in its lead
    ("Tỷ lệ hồ sơ đúng hạn tiếp tục tăng\n12/6/2024\n"
     "Sáu tháng đầu năm, huyện Cần Giuộc đã tiếp nhận hơn 20.000 hồ sơ, đúng hạn đạt 98%.",
     "news_lead"),
    # no unit named: no source
    ("Cải cách thủ tục hành chính cần tiếp tục đẩy mạnh\n12/6/2024\n"
     "Nhiều địa phương đã cắt giảm thời gian giải quyết hồ sơ trong năm qua.", None),
])
def test_unit_source_says_where_the_unit_was_read(text, source):
    meta = parse_metadata(_lines(text))
    assert meta.unit_source == source
    assert (meta.unit_name is None) == (source is None)


LEAD_FORMS = [
    # an untyped province owning the index of the first sentence, nothing else named
    ("Điểm PAPI tăng ở nhiều nội dung\n08/04/2023\nChỉ số PAPI (bản cấp tỉnh) năm 2022 của Tây Ninh tăng ở "
     "6/8 nội dung, nhất là quản trị điện tử.", "tỉnh Tây Ninh"),
    # ... or its clause's subject with a predicate (an adverb between)
    ("Kiên trì cải cách\n08/04/2023\nDù còn nhiều khó khăn, Tây Ninh vẫn hoàn thành số hóa hồ sơ hộ tịch "
     "trong năm 2022.", "tỉnh Tây Ninh"),
    # ... but not when another province acts later: two readings, no unit
    ("Kiên trì cải cách\n08/04/2023\nDù còn nhiều khó khăn, Tây Ninh vẫn hoàn thành số hóa hồ sơ hộ tịch "
     "trong năm 2022.\n\nỦy ban nhân dân tỉnh Long An cũng đã làm việc này.", None),
    # a unit ranked ahead of the lead's unit: a comparison, no rival
    ("Xếp hạng chỉ số hài lòng\n08/04/2023\nChỉ số hài lòng năm 2022 của tỉnh Trà Vinh xếp thứ 3 cả nước, "
     "chỉ sau tỉnh Quảng Ninh và tỉnh Hải Phòng.", "tỉnh Trà Vinh"),
    # units ranked after it, the headline taking it up by its type word: the lead's unit
    ("Huyện dẫn đầu tỉnh về hồ sơ trực tuyến\n08/04/2023\nHuyện Gò Dầu (Tây Ninh) dẫn đầu toàn tỉnh về "
     "hồ sơ trực tuyến năm 2022, tiếp theo là huyện Châu Thành.", "huyện Gò Dầu"),
    # ... the headline silent: a ranking, no one subject
    ("Hồ sơ trực tuyến năm 2022\n08/04/2023\nHuyện Gò Dầu (Tây Ninh) dẫn đầu toàn tỉnh về hồ sơ trực "
     "tuyến năm 2022, tiếp theo là huyện Châu Thành và huyện Bến Cầu.", None),
    # the figures published by a central body in a passive clause: the province is the matter
    ("Chỉ số cải cách hành chính\n08/04/2023\nKết quả được Bộ Nội vụ công bố cho thấy Chỉ số cải cách "
     "hành chính năm 2022 của tỉnh Trà Vinh tăng 4 bậc.", "tỉnh Trà Vinh"),
    # a dateline in capitals is where the item was filed, not a rival
    ("Phường mới giải quyết nhanh hồ sơ\n08/10/2025\nNINH BÌNH - Trong quý III/2025, Trung tâm Phục vụ "
     "hành chính công phường Hoa Lư tiếp nhận 5.100 hồ sơ, 98% giải quyết đúng hạn.", "phường Hoa Lư"),
    # a district named as it was ("trước đây") is history, no rival of the commune formed
    ("Xã mới giải quyết hồ sơ tồn đọng\n08/10/2025\nTrung tâm Phục vụ hành chính công xã Bảo Lâm (Cao "
     "Bằng) đã giải quyết xong hồ sơ chuyển từ huyện Bảo Lâm trước đây.", "xã Bảo Lâm"),
    # one place likened ("Nơi ... như xã X (tỉnh)"): the place; one of many ("một số nơi như"): none
    ("Nộp hồ sơ trực tuyến\n08/10/2025\nNơi có hạ tầng tốt như xã Văn Bàn (Lào Cai), tỷ lệ hồ sơ trực "
     "tuyến đã ở mức cao ngay từ tháng đầu.", "xã Văn Bàn"),
    ("Nộp hồ sơ trực tuyến\n08/10/2025\nMột số nơi có hạ tầng tốt như xã Văn Bàn (Lào Cai), tỷ lệ hồ sơ "
     "trực tuyến đã ở mức cao ngay từ tháng đầu.", None),
    # formed from former units, the sentence opening on its verb: the unit formed is the subject
    ("Xã mới vượt khó\n08/10/2025\nĐược hình thành trên cơ sở sáp nhập xã Hồng Phong và xã Vân Cơ của "
     "huyện Tây Hòa, tỉnh Phú Yên trước đây, xã Hòa Thịnh (tỉnh Đắk Lắk) đang ổn định bộ máy.", "xã Hòa Thịnh"),
    # a former unit beside the one formed from it, the item undated: no rival ...
    ("Người dân không phải đi xa\nỞ phường 1 Bảo Lộc (Lâm Đồng), người dân làm gần 400 thủ tục tại Trung "
     "tâm Phục vụ hành chính công phường thay vì phải lên thành phố Bảo Lộc như trước.", "phường 1 Bảo Lộc"),
    # ... and a premises of the former structure ("trước sắp xếp") is a place, not an actor
    ("Trung tâm luôn hết công suất\nĐặt tại trụ sở của UBND huyện Bảo Lâm trước sắp xếp, Trung tâm Phục vụ "
     "hành chính công xã Bảo Lâm 1 (Lâm Đồng) mỗi ngày tiếp nhận 100 hồ sơ.\n\nXã Bảo Lâm 1 có cơ sở "
     "vật chất tốt.", "xã Bảo Lâm 1"),
    # an officer of the unit's body as the source of the figures: no directive, the unit
    ("Đất đai\n08/04/2023\nTheo Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Hòa Bình, 6 tháng đầu năm "
     "2023 thời gian giải quyết thủ tục đất đai giảm 3 ngày.", "tỉnh Hòa Bình"),
    # ... but a directive of the unit's committee to others: no unit
    ("Đất đai\n08/04/2023\nTheo chỉ đạo của UBND tỉnh Hòa Bình, các sở đã rà soát thủ tục đất đai trong "
     "6 tháng đầu năm 2023.", None),
    # the units a unit was formed from, listed in brackets, do not compete
    ("Sau hợp nhất\n08/10/2025\nKể từ ngày 1/7/2025, tỉnh Khánh Hòa mới (hợp nhất tỉnh Khánh Hòa và tỉnh "
     "Ninh Thuận) công bố danh mục 2.048 thủ tục hành chính thuộc thẩm quyền các cấp.", "tỉnh Khánh Hòa"),
    # namesakes in two provinces, nothing to tell them apart (no stamp): no unit ...
    ("Đối thoại với người dân\nLãnh đạo UBND phường Hạ Long đã đối thoại với hơn 200 người dân về thủ tục "
     "đất đai sau sắp xếp.", None),
    # ... but the day the lead opens on dates it: the ward of 2025
    ("Đối thoại với người dân\nNgày 5/12/2025, lãnh đạo UBND phường Hạ Long đã đối thoại với hơn 200 người "
     "dân về thủ tục đất đai sau sắp xếp.", "phường Hạ Long"),
    # an untyped province as the setting the first sentence opens on ...
    ("Định danh điện tử\n08/04/2023\nỞ Nghệ An, trong quý I/2023 đã có hơn 300.000 tài khoản định danh "
     "điện tử được kích hoạt cho người dân.", "tỉnh Nghệ An"),
    # ... but not the venue of a nationwide matter
    ("Hội nghị cải cách hành chính\n08/04/2023\nTại Hà Nội, hội nghị toàn quốc về cải cách hành chính năm "
     "2023 đã diễn ra với sự tham dự của đại diện các địa phương.", None),
]


@pytest.mark.parametrize("text,unit", LEAD_FORMS)
def test_the_lead_names_its_unit_in_varied_forms(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai"
    assert (accent_key(meta.unit_name) if meta.unit_name else None) == (accent_key(unit) if unit else None)


def test_the_day_a_lead_opens_on_dates_its_units_not_the_item():
    meta = parse_metadata(_lines("Đối thoại với người dân\nNgày 5/12/2025, lãnh đạo UBND phường Hạ Long "
                                 "đã đối thoại với hơn 200 người dân về thủ tục đất đai sau sắp xếp."))
    assert meta.province == "tỉnh Quảng Ninh" and meta.issue_date is None


@pytest.mark.parametrize("text,number,day", [
    # a number with an ampersand in its code
    ("UBND TỈNH THANH HÓA\nBAN QUẢN LÝ KHU KINH TẾ NGHI SƠN VÀ CÁC KHU CÔNG NGHIỆP\n"
     "Số: 2010/BQLKKTNS&KCN-VP\nThanh Hóa, ngày 16 tháng 9 năm 2021\nV/v báo cáo kết quả cải cách hành chính",
     "2010/BQLKKTNS&KCN-VP", date(2021, 9, 16)),
    # a ward numbered before its name as the place of the date line
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG 1 BẢO LỘC\nSố: 14/BC-UBND\nPhường 1 Bảo Lộc, ngày 30 tháng 9 năm 2025\n"
     "BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý III năm 2025", "14/BC-UBND", date(2025, 9, 30)),
])
def test_header_numbers_and_numbered_ward_date_lines(text, number, day):
    meta = parse_metadata(_lines(text))
    assert meta.doc_number == number and meta.issue_date == day


@pytest.mark.parametrize("line,day", [
    # a news agency credited after a dateline's date
    ("Đà Nẵng, 11/3/2020 (TTXVN)", date(2020, 3, 11)),
    ("Nam Định, 4/12/2018 (VNA)", date(2018, 12, 4)),
    ("Hải Phòng, 27/2/2023 - TTXVN", date(2023, 2, 27)),
    ("Bắc Ninh, ngày 9 tháng 10 năm 2021 (Baochinhphu.vn)", date(2021, 10, 9)),
    # a bracket that is no credit leaves the line unread
    ("Hà Nam, 8/8/2022 (ảnh do người dân cung cấp)", None),
])
def test_a_dateline_may_credit_an_agency(line, day):
    found = _date_line(line)
    assert (found[1] if found else None) == day


@pytest.mark.parametrize("text,unit", [
    # a fronted formed-from clause without "Được": the unit that follows with any verb is the
    # one formed, the listed ones are history
    ("Ngày đầu của phường mới\nHình thành từ các phường Bến Thủy, Trung Đô và Hưng Dũng, phường Trường "
     "Vinh (Nghệ An) đón hàng trăm người dân đến làm thủ tục trong buổi sáng.", "phường Trường Vinh"),
    # ... but a listed unit marked as it was is no subject ("..., tỉnh Tiền Giang trước đây, xã X ...")
    ("Xã mới sau sắp xếp\nHình thành từ xã Vĩnh Hựu và xã Long Vĩnh, tỉnh Tiền Giang trước đây, xã Vĩnh "
     "Hựu (Đồng Tháp) bố trí lại bộ phận một cửa.", "xã Vĩnh Hựu"),
    # the unit's own committee as the source of figures for the whole unit
    ("Kết quả vận hành chính quyền hai cấp\nTheo đánh giá của UBND tỉnh Điện Biên về ba tháng vận hành, "
     "toàn tỉnh đã bố trí đủ công chức cho 45 xã, phường.", "tỉnh Điện Biên"),
    # an untyped province whose name holds a dash, as the headline's and lead's subject
    ("Bà Rịa - Vũng Tàu dẫn đầu về dịch vụ công trực tuyến\nNăm 2023, Bà Rịa - Vũng Tàu có 96% hồ sơ "
     "được nộp trực tuyến, cao nhất vùng Đông Nam Bộ.", "tỉnh Bà Rịa - Vũng Tàu"),
    # ... but two provinces a dash sets side by side name no one subject
    ("Hà Nội - Hải Phòng hợp tác chuyển đổi số\nNăm 2023, Hà Nội và Hải Phòng ký kết chương trình hợp "
     "tác về chuyển đổi số, chia sẻ dữ liệu dân cư.", None),
])
def test_round_two_lead_forms(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai"
    assert (accent_key(meta.unit_name) if meta.unit_name else None) == (accent_key(unit) if unit else None)


def test_a_name_the_text_writes_with_marks_the_data_lack_is_printed_as_written():
    meta = parse_metadata(_lines("Xã vùng cao số hóa hộ tịch\nNăm 2022, Ủy ban nhân dân xã Tà Mùng (huyện "
                                 "Than Uyên, tỉnh Lai Châu) đã số hóa toàn bộ sổ hộ tịch."))
    assert meta.unit_name == "xã Tà Mùng" and meta.province == "tỉnh Lai Châu"
    assert meta.unit_id == "X3638"  # the data's unit either way


def test_written_name_keeps_the_data_spelling_otherwise():
    from normalize.gazetteer import written_name
    # marks the text lacks (or places otherwise) keep the data's name
    assert written_name("xã Tà Mung", "UBND xa Ta Mung") == "xã Tà Mung"
    assert written_name("tỉnh Hòa Bình", "tỉnh Hoà Bình") == "tỉnh Hòa Bình"
    # a mark the data's syllable carries, written otherwise by the text: the data's
    assert written_name("phường Đồng Hới", "phường Đông Hới") == "phường Đồng Hới"
    # two spellings in one text: the data's
    assert written_name("xã Hang Kia", "xã Hàng Kia ... xã Hang Kia") == "xã Hang Kia"
    assert written_name("xã Hang Kia", "xã Hàng Kia (Mai Châu)") == "xã Hàng Kia"
    # a name in capitals (a letterhead, an upper-case title) is printed as the data write it
    assert written_name("xã Hang Kia", "BÁO CÁO CỦA XÃ HÀNG KIA") == "xã Hang Kia"


@pytest.mark.parametrize("line,day", [
    # a short line between the headline and the lead holding one date is the issue date, in
    # whatever form: a byline with the outlet in brackets, an outlet and its place, a stamp
    ("Quang Huy (Báo Vĩnh Long) - 08/02/2022", date(2022, 2, 8)),
    ("Báo Phú Yên – 19/07/2021", date(2021, 7, 19)),
    ("Đài Phát thanh và Truyền hình tỉnh Nam Định, 03.11.2020", date(2020, 11, 3)),
    ("Đăng ngày: Thứ Sáu, 12/04/2024 - 16:20 GMT+7", date(2024, 4, 12)),
    ("Bài và ảnh: Tuấn Anh | 27-05-2019 | 09:00", date(2019, 5, 27)),
    ("Tạp chí Quản lý nhà nước - 14/06/2022", date(2022, 6, 14)),  # an outlet's name in lower case
    # a body's name in lower case, its site's domain in brackets: a portal's byline
    ("Thanh tra Chính phủ (thanhtra.gov.vn), 21/03/2023", date(2023, 3, 21)),
    ("Bảo hiểm xã hội Việt Nam (baohiemxahoi.gov.vn) - 05/09/2024", date(2024, 9, 5)),
    ("Thanh Tâm - ngày 2 tháng 9 năm 2021", date(2021, 9, 2)),
    ("Báo cáo của Sở Nội vụ ngày 27/05/2019", None),
    # ... but a line of prose holding a date is none
    ("Hội nghị sơ kết được tổ chức ngày 27/05/2019", None),
])
def test_a_byline_or_stamp_line_dates_a_news_item(line, day):
    text = ("Người dân hài lòng với bộ phận một cửa\n" + line + "\n"
            "Trong năm qua, bộ phận một cửa của huyện đã tiếp nhận hàng chục nghìn hồ sơ, tỷ lệ "
            "đúng hạn đạt gần tuyệt đối.")
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai"
    assert meta.issue_date == day


@pytest.mark.parametrize("text,unit", [
    # a sentence adverb of time before the lead's subject, no comma
    ("Nhiều thủ tục làm trực tuyến toàn trình\nHiện nay huyện Tuy An cung cấp 1.400 dịch vụ công "
     "trực tuyến, người dân không cần đến trụ sở.", "huyện Tuy An"),
    ("Số hóa hồ sơ hộ tịch\nĐến nay xã Hang Chú đã số hóa toàn bộ sổ hộ tịch lưu trữ tại Ủy ban nhân "
     "dân xã, phục vụ người dân tra cứu.", "xã Hang Chú"),
    ("Không còn hồ sơ trễ hạn\nNăm 2022 tỉnh Phú Yên giải quyết đúng hạn toàn bộ hồ sơ thủ tục hành "
     "chính của người dân và doanh nghiệp.", "tỉnh Phú Yên"),
    # an official visiting a unit the lead is only about: that unit
    ("Bộ trưởng làm việc với huyện miền núi\nVề thăm huyện Tuy An (tỉnh Phú Yên) ngày 3/5, Bộ trưởng Bộ "
     "Nội vụ đề nghị huyện rà soát bộ phận một cửa.", "huyện Tuy An"),
    ("Thứ trưởng kiểm tra chính quyền hai cấp\nTại buổi làm việc với UBND xã Hang Chú chiều 9/8, Thứ "
     "trưởng Bộ Nội vụ ghi nhận xã đã bố trí đủ công chức một cửa.", "xã Hang Chú"),
    # ... but one province visiting another names neither, nor does a visit to two units
    ("Trao đổi kinh nghiệm\nNgày 9/5/2023, đoàn công tác tỉnh Bình Định đã làm việc với tỉnh Phú Yên "
     "về mô hình một cửa điện tử.", None),
    ("Đoàn công tác kiểm tra cơ sở\nKiểm tra tại huyện Tuy An và huyện Đồng Xuân ngày 3/5, Bộ trưởng Bộ "
     "Nội vụ đề nghị các huyện rà soát bộ phận một cửa.", None),
])
def test_round_three_lead_forms(text, unit):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai"
    assert (accent_key(meta.unit_name) if meta.unit_name else None) == (accent_key(unit) if unit else None)


def test_an_undated_item_is_dated_by_the_latest_year_it_writes():
    # no stamp, no period in the lead: a later line's year dates the units (the province as
    # it was named then), a cited document's number does not
    meta = parse_metadata(_lines(
        "Trung tâm hành chính công cấp huyện\nỦy ban nhân dân thị xã Hương Thủy đã ban hành quy "
        "trình mới, rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất.\n"
        "Năm 2016 thời gian giải quyết là 20 ngày, đến năm 2018 còn 10 ngày."))
    assert meta.issue_date is None
    assert meta.unit_name == "thị xã Hương Thủy" and meta.province == "tỉnh Thừa Thiên Huế"


def test_a_target_year_does_not_date_an_undated_item():
    # "phấn đấu đến năm 2026": a target, not the item's time; the past year written dates it
    meta = parse_metadata(_lines(
        "Đảo xa đẩy mạnh dịch vụ công\nHuyện Côn Đảo đã đưa toàn bộ thủ tục hành chính lên Cổng dịch "
        "vụ công, người dân không phải vào đất liền.\n"
        "Năm 2023 huyện có 80% hồ sơ trực tuyến và phấn đấu đến năm 2026 đạt 100%."))
    assert meta.unit_name == "huyện Côn Đảo" and meta.unit_level == "huyen"


@pytest.mark.parametrize("text,day", [
    # a headline that reads like a report's title, under a portal's long name and its date (a
    # line of 60 characters or more that is a byline, not the lead's prose)
    ("Kết quả thực hiện nhiệm vụ quý III năm 2023\n"
     "Trang thông tin điện tử Sở Nội vụ tỉnh Quảng Ngãi, 02/10/2023\n"
     "Sở Nội vụ tỉnh Quảng Ngãi vừa tổng kết nhiệm vụ quý III năm 2023, trong đó hoàn thành "
     "đúng hạn 100% hồ sơ thủ tục hành chính.", date(2023, 10, 2)),
    ("Tình hình giải quyết hồ sơ 6 tháng đầu năm 2022\n"
     "Cổng thông tin điện tử Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh - 05/07/2022\n"
     "Trong 6 tháng đầu năm 2022, Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh tiếp nhận 412 hồ sơ, "
     "không có hồ sơ trễ hạn.", date(2022, 7, 5)),
])
def test_a_portal_byline_of_sixty_characters_is_no_lead(text, day):
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.issue_date == day


@pytest.mark.parametrize("second,period", [
    # a lead on what a unit has now, the next paragraph opening on the period it reports
    ("Trong 6 tháng đầu năm, huyện đã tiếp nhận hơn 4.100 hồ sơ, phần lớn được giải quyết trước hạn.", "2024-H1"),
    ("Riêng quý II/2024, số hồ sơ nộp trực tuyến tăng gần gấp đôi so với quý trước đó.", "2024-Q2"),
    ("Năm 2023, huyện tiếp nhận 9.800 hồ sơ, trong đó 41% nộp trực tuyến qua cổng dịch vụ công.", "2023"),
    # years compared, a target, or a period later in the paragraph: none
    ("Năm 2021, thời gian giải quyết trung bình là 20 ngày; đến năm 2023 chỉ còn 9 ngày nhờ số hóa.", None),
    ("Đến năm 2025, huyện phấn đấu đưa toàn bộ thủ tục đủ điều kiện lên dịch vụ công toàn trình.", None),
    ("Huyện đã tiếp nhận hơn 4.100 hồ sơ trong 6 tháng đầu năm, phần lớn được giải quyết trước hạn.", None),
])
def test_a_period_the_paragraph_after_the_lead_opens_on(second, period):
    text = ("Huyện đưa thêm thủ tục lên môi trường số\nBáo Đồng Nai - 10/07/2024\n"
            "Bộ phận Một cửa của UBND huyện Long Thành hiện có 312 thủ tục hành chính được cung cấp "
            "dưới dạng dịch vụ công trực tuyến, người dân có thể nộp hồ sơ mọi lúc.\n" + second)
    meta = parse_metadata(_lines(text))
    assert meta.doc_type == "tin_bai" and meta.period == period


@pytest.mark.parametrize("lead,period", [
    # a record over years in the lead: no one period
    ("Tỉnh Bắc Giang liên tục nằm trong nhóm dẫn đầu Chỉ số cải cách hành chính, xếp thứ 5 năm "
     "2020, thứ 3 năm 2021 và thứ 2 năm 2022, nhờ đẩy mạnh số hóa hồ sơ.", None),
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh Bắc Giang đạt 20% năm 2021, 35% năm 2022, 52% năm 2023 theo "
     "thống kê của Văn phòng UBND tỉnh.", None),
    # one year, compared with one before: that year
    ("Năm 2023, tỉnh Bắc Giang tiếp nhận 410.000 hồ sơ, tăng 12% so với năm 2022, phần lớn "
     "được giải quyết trước hạn.", "2023"),
])
def test_a_series_of_years_in_the_lead_is_no_period(lead, period):
    meta = parse_metadata(_lines("Bắc Giang bền bỉ cải cách hành chính\nBáo Bắc Giang\n" + lead))
    assert meta.doc_type == "tin_bai" and meta.period == period


# ---------------------------------------------------------------- families of unit errors (round 6)

@pytest.mark.parametrize("text, unit, level, province", [
    # the subject among units of one level: the unit the lead says was formed from the first-named one
    ("Chuẩn bị trụ sở cho xã mới\nBáo Thanh Hóa\nCuối tháng 6, tại trụ sở xã Nga Hải (huyện Nga Sơn), "
     "cán bộ chuyển tài liệu sang phòng mới. Nơi đây sẽ là trụ sở của xã Hồ Vương mới (tỉnh Thanh Hóa), "
     "được thành lập trên cơ sở sáp nhập xã Nga Hải với các xã ven biển.",
     "xã Hồ Vương", "xa", "tỉnh Thanh Hóa"),
    # names whose lone vowel y is written i in the keys (``Kỳ``)
    ("Trụ sở mới của xã\nBáo Hà Tĩnh\nCuối tháng 6, tại trụ sở xã Kỳ Thọ (huyện Kỳ Anh), cán bộ sửa lại "
     "hội trường. Đây sẽ là nơi làm việc của xã Kỳ Khang mới (tỉnh Hà Tĩnh), được thành lập trên cơ sở "
     "hợp nhất các xã Kỳ Thọ, Kỳ Khang và Kỳ Hải.", "xã Kỳ Khang", "xa", "tỉnh Hà Tĩnh"),
    # ... and without that sentence the framed unit stays the item's
    ("Chuẩn bị trụ sở cho xã mới\nBáo Thanh Hóa\nCuối tháng 6, tại trụ sở xã Nga Hải (huyện Nga Sơn), "
     "cán bộ chuyển tài liệu sang phòng mới.",
     "xã Nga Hải", "xa", "tỉnh Thanh Hóa"),
    # a unit qualified in apposition by what it is and whose it is; a province written (cũ) is no rival
    ("Về xã mới nhận việc\nBáo Quảng Trị\nĐầu tháng 7, ông Lê Văn K., nguyên Trưởng phòng Nội vụ huyện "
     "Tuyên Hóa (cũ), nhận nhiệm vụ Bí thư Đảng ủy xã Tuyên Sơn, một xã vùng cao mới thành lập của tỉnh "
     "Quảng Trị.", "xã Tuyên Sơn", "xa", "tỉnh Quảng Trị"),
    # a province as a clause's subject after a fronted phrase ("ngoài việc ..., tỉnh X còn ...")
    ("Sắp xếp xong đơn vị hành chính cấp xã\nCổng Thông tin điện tử Yên Bái\nNgoài việc thành lập "
     "thị xã Nghĩa Lộ mở rộng và các phường thuộc thị xã, tỉnh Yên Bái còn sắp xếp một số xã của "
     "huyện Văn Chấn và huyện Trạm Tấu.", "tỉnh Yên Bái", "tinh", "tỉnh Yên Bái"),
    # level: a district listed among the province's departments checked is one of the bodies checked
    ("Chấn chỉnh kỷ cương tại Kon Tum\nBáo Kon Tum\nĐoàn kiểm tra công vụ của tỉnh đã làm việc tại 4 "
     "đơn vị gồm UBND huyện Sa Thầy, Sở Nội vụ, Sở Xây dựng và Sở Y tế. Tại huyện Sa Thầy còn tình "
     "trạng công chức vắng mặt tại Bộ phận Một cửa.", "tỉnh Kon Tum", "tinh", "tỉnh Kon Tum"),
    # ... a district the headline's province checks alone stays the item's unit
    ("Chấn chỉnh kỷ cương tại Kon Tum\nBáo Kon Tum\nĐoàn kiểm tra công vụ của tỉnh đã làm việc tại UBND "
     "huyện Sa Thầy. Tại huyện Sa Thầy còn tình trạng công chức vắng mặt tại Bộ phận Một cửa.",
     "huyện Sa Thầy", "huyen", "tỉnh Kon Tum"),
    # level: a headline's province whose lead is about one commune, named by its chairman and
    # taken up as "xã" alone: the commune
    ("Lạng Sơn: đưa dịch vụ công lên vùng cao\nBáo Lạng Sơn\nBà Hoàng Thị M., Chủ tịch UBND xã Mẫu "
     "Sơn, cho biết từ tháng 8/2025 đến nay xã đã hướng dẫn hơn 1.000 người dân nộp hồ sơ trực tuyến.",
     "xã Mẫu Sơn", "xa", "tỉnh Lạng Sơn"),
    # ... but not when the province's own committee opens the lead
    ("Lạng Sơn: đưa dịch vụ công lên vùng cao\nBáo Lạng Sơn\nChủ tịch UBND tỉnh Lạng Sơn yêu cầu các "
     "sở rà soát hồ sơ trễ hạn trong tháng 9/2025. Trước đó, xã Mẫu Sơn đã hướng dẫn người dân nộp hồ "
     "sơ trực tuyến; xã cũng lập tổ công nghệ số.", "tỉnh Lạng Sơn", "tinh", "tỉnh Lạng Sơn"),
    # level: the owner of a department is province-level (thành phố Huế since 2025), undated figures of 2024
    ("Người dân quen nộp hồ sơ trực tuyến\nBáo Thừa Thiên Huế\nSở Tư pháp thành phố Huế cho biết tỷ "
     "lệ hồ sơ hộ tịch nộp trực tuyến đã đạt 81% trong năm 2024.", "thành phố Huế", "tinh", "thành phố Huế"),
    # level: a ward of the reform checked by the province's leader before it took effect: its
    # province of that day is the one the lead names
    ("Chạy thử phần mềm một cửa ở phường mới\nBáo Kon Tum\nSáng 24/6, bà Y Ngọc H., Phó Chủ tịch UBND "
     "tỉnh Kon Tum, đã đi kiểm tra việc chạy thử phần mềm một cửa tại phường Đăk Cấm (thành phố Kon "
     "Tum).", "phường Đăk Cấm", "xa", "tỉnh Kon Tum"),
])
def test_news_unit_by_family(text, unit, level, province):
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.unit_level, meta.province) == (unit, level, province)


@pytest.mark.parametrize("text, period", [
    # a body's term of office is no period ...
    ("Huyện lấy cải cách hành chính làm khâu đột phá\nBáo Nghệ An\nNghị quyết Đại hội Đảng bộ huyện Yên "
     "Thành lần thứ XXX, nhiệm kỳ 2020 - 2025 xác định cải cách hành chính là khâu đột phá.", None),
    ("Kỳ họp chuyên đề\nBáo Nghệ An\nTại kỳ họp ngày 12/8, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 "
     "đã thông qua nghị quyết về sắp xếp đơn vị hành chính.", None),
    # ... nor two years each with its own figure
    ("Hồ sơ trực tuyến tăng mạnh\nBáo Nghệ An\nTỷ lệ hồ sơ nộp trực tuyến của tỉnh Nghệ An đạt 61% năm "
     "2023 và 77% năm 2024.", None),
    # a single year of results is
    ("Hồ sơ trực tuyến tăng mạnh\nBáo Nghệ An\nNăm 2024, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Nghệ An "
     "đạt 77%.", "2024"),
])
def test_news_period_not_a_term_or_a_series(text, period):
    assert parse_metadata(_lines(text)).period == period


def test_a_broadcasters_channel_dates_a_byline():
    meta = parse_metadata(_lines("Chính phủ giao nhiệm vụ cắt giảm thủ tục\nVOV1, 16/9/2021\nChính phủ "
                                 "vừa ban hành nghị quyết yêu cầu các bộ rà soát thủ tục kinh doanh."))
    assert meta.issue_date == date(2021, 9, 16) and meta.unit_name is None


_COMMUNE_REPORT = ("ỦY BAN NHÂN DÂN\nXÃ TÂN LÃNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Số: 12/BC-UBND\nTân Lãng, ngày 10 tháng 6 năm 2019\nBÁO CÁO\nKết quả cải cách hành chính "
                   "6 tháng đầu năm 2019\nThực hiện Kế hoạch của UBND {parent}, UBND xã Tân Lãng báo cáo như sau:")


@pytest.mark.parametrize("parent, unit, province", [
    # the only xã Tân Lãng the data hold is Bắc Ninh's: a report under Lạng Sơn's district is not it
    ("huyện Lộc Bình, tỉnh Lạng Sơn", None, None),
    ("tỉnh Lạng Sơn", None, None),
    # ... nor under another district of its province (the one named merged away, this one elsewhere)
    ("huyện Gia Bình, tỉnh Bắc Ninh", None, None),
    # its own district or province, or none named, keep it
    ("huyện Lương Tài, tỉnh Bắc Ninh", "xã Tân Lãng", "tỉnh Bắc Ninh"),
    ("huyện", "xã Tân Lãng", "tỉnh Bắc Ninh"),
])
def test_a_namesake_of_another_province_is_not_the_unit_a_document_names(parent, unit, province):
    meta = parse_metadata(_lines(_COMMUNE_REPORT.format(parent=parent)))
    assert (meta.unit_name, meta.province) == (unit, province)


@pytest.mark.parametrize("text, unit", [
    # the text gives the commune a district and province of its own; the data hold the name only
    # in another province: no unit, never that namesake
    ("Xã Tân Lãng đẩy mạnh dịch vụ công\nBáo Lạng Sơn\nNăm 2019, UBND xã Tân Lãng, huyện Lộc Bình, tỉnh "
     "Lạng Sơn đã tiếp nhận 1.200 hồ sơ.", None),
    ("Xã vùng biên đẩy mạnh dịch vụ công\nBáo Lạng Sơn\nNăm 2019, xã Tân Lãng (huyện Lộc Bình, tỉnh Lạng "
     "Sơn) đã tiếp nhận 1.200 hồ sơ.", None),
    # ... nor the headline's province, its parent
    ("Lạng Sơn: xã vùng biên đẩy mạnh dịch vụ công\nBáo Lạng Sơn\nNăm 2019, xã Tân Lãng đã tiếp nhận "
     "1.200 hồ sơ, trả đúng hạn 100%.", None),
    # the commune under its own district and province is found
    ("Xã Tân Lãng đẩy mạnh dịch vụ công\nBáo Bắc Ninh\nNăm 2019, UBND xã Tân Lãng, huyện Lương Tài, tỉnh "
     "Bắc Ninh đã tiếp nhận 1.200 hồ sơ.", "xã Tân Lãng"),
])
def test_news_namesake_of_another_province_is_no_unit(text, unit):
    assert parse_metadata(_lines(text)).unit_name == unit


_CITED_ACT_LEAD = ("Tăng tốc chuyển đổi số trong giải quyết thủ tục\nBáo Quảng Trị\nUBND tỉnh Quảng Trị tổ chức "
                   "hội nghị trực tuyến với các huyện{middle} về đổi mới việc thực hiện cơ chế một cửa. Các sở, "
                   "ngành được yêu cầu rút ngắn thời gian giải quyết hồ sơ.")


@pytest.mark.parametrize("middle, unit", [
    # the central body only wrote the act the lead cites: the committee acts, it is the unit
    (" để triển khai Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ", "tỉnh Quảng Trị"),
    # the central body itself takes part: the province is a venue, no unit as before
    (", Thủ tướng Chính phủ dự và chỉ đạo", None),
])
def test_news_author_of_a_cited_act_does_not_act_beside_the_committee(middle, unit):
    assert parse_metadata(_lines(_CITED_ACT_LEAD.format(middle=middle))).unit_name == unit


@pytest.mark.parametrize("subject, unit", [
    # a provincial body written with its level fused to its name ("Tỉnh đoàn X") names the province
    ("Tỉnh đoàn Bình Phước", "tỉnh Bình Phước"),
    # two such bodies of two provinces: no one unit
    ("Tỉnh đoàn Bình Phước và Tỉnh đoàn Đồng Nai", None),
])
def test_news_provincial_body_with_fused_level_names_its_province(subject, unit):
    text = (f"Thanh niên tình nguyện hỗ trợ người dân nộp hồ sơ trực tuyến\nBáo Bình Phước | 12/08/2024\n"
            f"{subject} cho biết trong tháng 7/2024, các đội hình thanh niên đã giúp hơn 8.000 lượt người dân "
            "tại bộ phận một cửa các xã, phường nộp hồ sơ trực tuyến.")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.period) == (unit, "2024-M07")


_HOSTED_VISIT = ("Đoàn Lào tìm hiểu mô hình một cửa\nBáo Ninh Bình, 14/03/2023\nNgày 13/3, đoàn cán bộ của "
                 "Chính phủ Lào do ông Khamphet dẫn đầu đã làm việc với lãnh đạo tỉnh Ninh Bình{more}. Phó Chủ "
                 "tịch UBND tỉnh {speaker}; sau đó đoàn đến thăm bộ phận một cửa UBND huyện {district}.")


@pytest.mark.parametrize("more, speaker, district, unit", [
    # the host province, taken up by its type word alone, the district visited after inside it
    ("", "giới thiệu kết quả chuyển đổi số của tỉnh", "Hoa Lư", "tỉnh Ninh Bình"),
    # the district visited lies in another province: none
    ("", "giới thiệu kết quả chuyển đổi số của tỉnh", "Mộc Châu", None),
    # the province never taken up (the type word is a title before a name): none
    ("", "Nguyễn Văn An giới thiệu mô hình một cửa", "Hoa Lư", None),
    # two host provinces: none
    (" và tỉnh Nam Định", "giới thiệu kết quả chuyển đổi số của tỉnh", "Hoa Lư", None),
])
def test_news_province_hosting_a_visit_is_the_unit(more, speaker, district, unit):
    text = _HOSTED_VISIT.format(more=more, speaker=speaker, district=district)
    assert parse_metadata(_lines(text)).unit_name == unit


@pytest.mark.parametrize("lead, period", [
    # the year of a statute the lead names is no period
    ("UBND tỉnh Vĩnh Long yêu cầu các sở bỏ yêu cầu chứng thực trái với Luật Giao dịch điện tử năm 2023, "
     "hoàn thành trước ngày 27/9.", None),
    # ... the lead's own period still counts beside it
    ("Trong 9 tháng năm 2025, UBND tỉnh Vĩnh Long đã bỏ yêu cầu chứng thực trái với Luật Giao dịch điện tử "
     "năm 2023 đối với 40 thủ tục.", "2025-9M"),
    # "pháp luật" (the law at large) is no statute: its year is the matter's
    ("UBND tỉnh Vĩnh Long tổng kết công tác phổ biến, giáo dục pháp luật năm 2024 với hơn 300 hội nghị.",
     "2024"),
])
def test_news_year_of_a_named_statute_is_no_period(lead, period):
    meta = parse_metadata(_lines(f"Rà soát thủ tục theo luật mới\nBáo Vĩnh Long\n{lead}"))
    assert (meta.unit_name, meta.period) == ("tỉnh Vĩnh Long", period)


@pytest.mark.parametrize("subject", [
    "Hội Cựu chiến binh tỉnh Hưng Yên vừa",  # a mass organisation of the province
    "Các sở, ngành tỉnh Hưng Yên đã",  # the province's departments together
])
def test_news_body_of_a_province_as_subject_names_it(subject):
    text = (f"Chung tay đưa dịch vụ công về cơ sở\nBáo Hưng Yên | 05/12/2024\n{subject} hướng dẫn hơn 2.000 "
            "người dân ở các xã, thị trấn cài đặt ứng dụng định danh điện tử trong tháng 11/2024.")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.period) == ("tỉnh Hưng Yên", "2024-M11")


@pytest.mark.parametrize("lead, period", [
    # the span a programme is named by is no period of the item; the lead's own year is
    ("Thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, trong năm 2023, "
     "UBND tỉnh Hưng Yên đã cắt giảm 80 thủ tục.", "2023"),
    ("UBND tỉnh Hưng Yên và Đại học Kinh tế vừa ký chương trình hợp tác giai đoạn 2024-2028 về đào tạo "
     "công chức làm việc ở bộ phận một cửa.", None),
    # a span that belongs to no programme's name is the item's
    ("Giai đoạn 2021-2025, UBND tỉnh Hưng Yên đã cắt giảm 80 thủ tục hành chính nội bộ.", "2021/2025"),
])
def test_news_span_of_a_named_programme_is_no_period(lead, period):
    meta = parse_metadata(_lines(f"Cải cách thủ tục hành chính\nBáo Hưng Yên\n{lead}"))
    assert (meta.unit_name, meta.period) == ("tỉnh Hưng Yên", period)


def test_news_committee_past_the_leads_first_clause_is_a_detail():
    # the department of the province opens the lead; a commune's committee after the semicolon
    # is one finding of its check, not the item's unit
    text = ("Kiểm tra hộ tịch ở cơ sở\nBáo Sóc Trăng | 10/10/2024\nTrong quý III/2024, Sở Tư pháp tỉnh Sóc "
            "Trăng đã kiểm tra công tác hộ tịch ở 15 xã, phường, thị trấn; qua kiểm tra, UBND xã Đại Tâm được "
            "đánh giá thực hiện tốt nhất.")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.period) == ("tỉnh Sóc Trăng", "2024-Q3")


@pytest.mark.parametrize("venues, unit", [
    # one district checked: the lead is about it
    ("UBND huyện Giồng Riềng", "huyện Giồng Riềng"),
    # two districts listed as the venues share the tie: no one lower unit, never the first alone
    ("UBND huyện Giồng Riềng và UBND huyện Gò Quao", None),
])
def test_news_lower_units_listed_as_venues_share_their_tie(venues, unit):
    text = ("Giám sát giải quyết thủ tục hành chính\nBáo Kiên Giang | 02/06/2024\nBan Pháp chế HĐND tỉnh Kiên "
            f"Giang vừa giám sát việc giải quyết thủ tục hành chính tại {venues}.")
    assert parse_metadata(_lines(text)).unit_name == unit


@pytest.mark.parametrize("body, unit", [
    ("HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "tỉnh Thái Nguyên"),  # a mass organisation issues for its province
    ("CÔNG AN TỈNH THÁI NGUYÊN", "tỉnh Thái Nguyên"),
    ("HỘI NÔNG DÂN", None),  # no unit named on the line: none from the place line alone
])
def test_issuer_line_of_a_provincial_body_names_its_province(body, unit):
    text = (f"{body}\nSố: 31/BC-HND\nThái Nguyên, ngày 12 tháng 7 năm 2024\nBÁO CÁO\nKết quả tham gia cải "
            "cách hành chính 6 tháng đầu năm 2024")
    meta = parse_metadata(_lines(text))
    assert (meta.unit_name, meta.period) == (unit, "2024-H1")
