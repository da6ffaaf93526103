"""Reporting periods and dates: normalize.periods."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from conftest import seed_path
from normalize.periods import Period, find_period, parse_period, parse_vn_date

# text, period code
PHRASES = [
    ("quý III năm 2022", "2022-Q3"),
    ("quý III/2022", "2022-Q3"),
    ("Quý I năm 2023", "2023-Q1"),
    ("QUÝ III/2022", "2022-Q3"),                         # upper case
    ("quý 3 năm 2022", "2022-Q3"),                       # arabic quarter number
    ("Quý IV - 2022", "2022-Q4"),
    ("quy II nam 2023", "2023-Q2"),                      # diacritics lost
    ("6 tháng đầu năm 2023", "2023-H1"),
    ("06 tháng đầu năm 2023", "2023-H1"),                # zero-padded
    ("sáu tháng cuối năm 2023", "2023-H2"),
    ("6 tháng năm 2023", "2023-H1"),                     # "đầu" left out
    ("Q3/2022", "2022-Q3"),                              # short form
    ("6 tháng cuối năm 2023", "2023-H2"),
    ("9 tháng năm 2024", "2024-9M"),
    ("9 tháng đầu năm 2024", "2024-9M"),
    ("năm 2023", "2023"),
    ("NĂM 2023", "2023"),
    ("giai đoạn 2021-2025", "2021/2025"),
    ("giai đoạn 2021 – 2025", "2021/2025"),              # spaced en dash
    ("giai đoạn 2022- 2026", "2022/2026"),                # dash stuck to the first year
    ("5 năm giai đoạn 2021-2025", "2021/2025"),          # "5 năm" is no year
    ("từ năm 2021 đến năm 2025", "2021/2025"),
    ("quý III.2022", "2022-Q3"),                          # dot before the year
    ("quý lll năm 2022", "2022-Q3"),                      # OCR: roman I read as l
    ("quý HI năm 2025", "2025-Q3"),                       # OCR at low resolution: III read as HI
    ("báo cáo 9 tháng 2024", "2024-9M"),                  # "năm" left out
    ("Báo cáo CCHC 6 tháng 2023", "2023-H1"),
    ("nửa đầu năm 2023", "2023-H1"),
    ("nửa cuối năm 2023", "2023-H2"),
    ("3 tháng đầu năm 2023", "2023-Q1"),
    ("12 tháng năm 2023", "2023"),
    ("giai đoạn 2021 đến 2025", "2021/2025"),
    ("8 tháng đầu năm 2024", None),                       # no contract period, not the whole year
    ("Báo cáo 9 tháng đầu năm 2024 và phương hướng quý IV năm 2024", "2024-9M"),
    ("Báo cáo tổng kết công tác CCHC năm 2023 và phương hướng, nhiệm vụ năm 2024", "2023"),
    # titles: the period reported on comes first, its year later in the phrase
    ("Công tác cải cách hành chính quý III\nvà chương trình công tác quý IV năm 2022", "2022-Q3"),
    ("Công tác cải cách hành chính Quý III và phương hướng, nhiệm vụ Quý IV năm 2024 "
     "của tỉnh An Giang", "2024-Q3"),
    ("**Kết quả thực hiện công tác cải cách hành chính\nthị xã Duyên Hải quý I năm 2023**", "2023-Q1"),
    ("công tác cải cách hành chính năm 2023", "2023"),
    ("6 tháng đầu năm và phương hướng 6 tháng cuối năm 2023", "2023-H1"),
    ("THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC 5 NĂM GIAI ĐOẠN 2021-2025 "
     "TRÊN ĐỊA BÀN TỈNH KIÊN GIANG", "2021/2025"),
    # no period
    ("Kiên Giang, ngày 03 tháng 9 năm 2022", None),      # a date is not a year period
    ("trong tháng 12/2022", "2022-M12"),                 # a month
    ("Kiên Giang: Các yêu cầu lớn về CCHC", None),
    ("quý III", None),                                    # no year anywhere
    ("giai đoạn 2025-2021", None),                        # backwards span
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("text, code", PHRASES)
def test_parse_period(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text, start, end", [
    ("quý I năm 2024", date(2024, 1, 1), date(2024, 3, 31)),
    ("quý III/2022", date(2022, 7, 1), date(2022, 9, 30)),
    ("quý IV/2022", date(2022, 10, 1), date(2022, 12, 31)),
    ("6 tháng đầu năm 2023", date(2023, 1, 1), date(2023, 6, 30)),
    ("6 tháng cuối năm 2023", date(2023, 7, 1), date(2023, 12, 31)),
    ("9 tháng năm 2024", date(2024, 1, 1), date(2024, 9, 30)),
    ("năm 2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("giai đoạn 2021-2025", date(2021, 1, 1), date(2025, 12, 31)),
])
def test_period_bounds(text, start, end):
    found = parse_period(text)
    assert (found.start, found.end) == (start, end)


def test_period_is_hashable_and_frozen():
    period = parse_period("quý III/2022")
    assert period == Period("2022-Q3", date(2022, 7, 1), date(2022, 9, 30))
    with pytest.raises(AttributeError):
        period.code = "x"


OPENING_000 = (
    "Thực hiện Công văn số 581/BNV-CCHC ngày 21/02/2022 của Bộ Nội vụ về việc hướng dẫn thực "
    "hiện chế độ báo cáo cải cách hành chính định kỳ, Ủy ban nhân dân tỉnh báo cáo tình hình "
    "thực hiện công tác cải cách hành chính (CCHC) quý III và chương trình công tác quý IV năm "
    "2022, như sau:")
CITED_HALF_YEAR = (
    "¹ Báo cáo số 202/BC-UBND ngày 20/6/2022 về công tác cải cách hành chính 06 tháng đầu năm "
    "và chương trình công tác 06 tháng cuối năm 2022; Công văn số 1234/UBND-NC ngày 22/7/2022.")
OPENING_002 = (
    "Thực hiện Kế hoạch số 97/KH-UBND ngày 30/12/2022 của Ủy ban nhân dân tỉnh Trà Vinh về cải "
    "cách hành chính tỉnh Trà Vinh năm 2023; Quyết định số 339/QĐ-UBND ngày 02/3/2022 của Ủy ban "
    "nhân dân thị xã ban hành Kế hoạch cải cách hành chính giai đoạn 2021 - 2025.\n\n"
    "Ủy ban nhân dân thị xã Duyên Hải báo cáo kết quả thực hiện công tác cải cách hành chính "
    "thị xã Duyên Hải quý I năm 2023 như sau:")

# title, body, period code
DOCUMENTS = [
    ("Công tác cải cách hành chính quý III\nvà chương trình công tác quý IV năm 2022",
     CITED_HALF_YEAR, "2022-Q3"),                                   # the title wins
    (None, "Kính gửi: Bộ Nội vụ.\n\n" + OPENING_000 + "\n\n" + CITED_HALF_YEAR, "2022-Q3"),
    (None, CITED_HALF_YEAR, None),                                  # only a cited report's period
    (None, "Thực hiện Kế hoạch 97/KH-UBND ngày 30/12/2022 về cải cách hành chính năm 2023; "
     "Ủy ban nhân dân huyện báo cáo kết quả 6 tháng đầu năm 2023 như sau:", "2023-H1"),  # no "số"
    (None, "Căn cứ Nghị quyết số 76/NQ-CP về giai đoạn 2021-2030.\n\nTình hình quý II năm 2023 "
     "như sau.", "2023-Q2"),                                     # first period not cited
    (None, OPENING_002, "2023-Q1"),                                 # cited plans come first
    (None, "Thực hiện chế độ báo cáo định kỳ năm 2023, UBND huyện báo cáo kết quả CCHC quý I "
     "năm 2023 như sau:", "2023-Q1"),                               # the announcing "báo cáo" is the last
    (None, "Theo yêu cầu báo cáo năm 2023 của Sở Nội vụ, UBND xã báo cáo tình hình 6 tháng đầu "
     "năm 2023 như sau:", "2023-H1"),
    (None, "PHỤ LỤC II\n\nThời gian: Quý I năm 2023\n\n(Ban hành kèm theo Báo cáo số 102/BC-UBND "
     "ngày 03/3/2023)", "2023-Q1"),                                 # labelled line
    ("Kiên Giang: Các yêu cầu lớn về CCHC",
     "Trong năm qua, công tác CCHC của tỉnh, nhất là năm 2022 đạt được kết quả.", "2022"),
    ("Kiên Giang: Các yêu cầu lớn về CCHC", "Ngày 03 tháng 9 năm 2022, tỉnh họp.", None),
    (None, None, None),
]


@pytest.mark.parametrize("title, body, code", DOCUMENTS)
def test_find_period(title, body, code):
    found = find_period(title, body)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("seed, code", [
    ("000", "2022-Q3"), ("001", "2024-Q3"), ("002", "2023-Q1"), ("003", "2021/2025"),
])
def test_find_period_in_seed_bodies(seed, code):
    """Without a title, the body alone gives the report's own period."""
    text = seed_path(seed).read_text(encoding="utf-8")
    found = find_period(None, text)
    assert found is not None and found.code == code


# text, date
DATES = [
    ("ngày 03 tháng 9 năm 2022", date(2022, 9, 3)),
    ("Kiên Giang, ngày 03 tháng 9 năm 2022", date(2022, 9, 3)),
    ("Thị xã Duyên Hải, ngày 03 tháng 3 năm 2023", date(2023, 3, 3)),
    ("03/9/2022", date(2022, 9, 3)),
    ("ngày 03/3/2023", date(2023, 3, 3)),
    ("Ngày ban hành: 23/02/2022", date(2022, 2, 23)),
    ("03-9-2022", date(2022, 9, 3)),
    ("NGÀY 15 THÁNG 7 NĂM 2021", date(2021, 7, 15)),
    ("ngay 03 thang 9 nam 2022", date(2022, 9, 3)),                  # diacritics lost
    ("ngày 09 tháng 4/2024", date(2024, 4, 9)),                     # mixed words and slash
    ("ngày 03 tháng 13 năm 2022", None),                             # no 13th month
    ("31/02/2022 và 01/03/2022", date(2022, 3, 1)),                  # impossible date skipped
    ("quý III/2022", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_parse_vn_date(text, expected):
    assert parse_vn_date(text) == expected


ROMANS = {1: "I", 2: "II", 3: "III", 4: "IV"}


@given(st.integers(min_value=1990, max_value=2099), st.integers(min_value=1, max_value=4),
       st.sampled_from(["quý {r} năm {y}", "Quý {r}/{y}", "QUÝ {r} NĂM {y}", "quý {n} năm {y}",
                        "quy {r} nam {y}", "Báo cáo CCHC quý {r}\nvà phương hướng quý {r} năm {y}"]))
def test_any_quarter_written_any_way(year, number, template):
    found = parse_period(template.format(r=ROMANS[number], n=number, y=year))
    assert found is not None and found.code == f"{year}-Q{number}"
    assert found.start.month == 3 * number - 2 and found.end.month == 3 * number
    assert found.start.year == found.end.year == year


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["ngày {d:02d} tháng {m} năm {y}", "ngày {d} tháng {m:02d} năm {y}",
                        "{d:02d}/{m:02d}/{y}", "ngày {d}/{m}/{y}", "Hà Nội, ngày {d} tháng {m} năm {y}"]))
def test_any_date_written_any_way(day, template):
    assert parse_vn_date(template.format(d=day.day, m=day.month, y=day.year)) == day


# ---------------------------------------------------------------- extension periods

@pytest.mark.parametrize("text, code, start, end", [
    ("Báo cáo tháng 10/2025", "2025-M10", date(2025, 10, 1), date(2025, 10, 31)),
    ("công tác cải cách hành chính tháng 02 năm 2024", "2024-M02", date(2024, 2, 1), date(2024, 2, 29)),
    ("Tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2021", "2021-M11", date(2021, 11, 1),
     date(2021, 11, 30)),
    # a reporting window: from the day after a cut-off day to that day of the period's last month
    ("số liệu từ ngày 15/12/2024 đến ngày 14/3/2025", "2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
    ("từ ngày 21/7 đến 20/8/2021", "2021-M08", date(2021, 8, 1), date(2021, 8, 31)),
    ("từ ngày 15/12/2023 đến ngày 14/6/2024", "2024-H1", date(2024, 1, 1), date(2024, 6, 30)),
    ("từ ngày 15/6/2025 đến ngày 14/9/2025", "2025-Q3", date(2025, 7, 1), date(2025, 9, 30)),
    # calendar ranges: a standard period when they are one, else the range itself
    ("từ 01/01 đến 31/3/2025", "2025-Q1", date(2025, 1, 1), date(2025, 3, 31)),
    ("từ 01/01 đến 27/5/2025", "2025-01-01/2025-05-27", date(2025, 1, 1), date(2025, 5, 27)),
    ("từ ngày 01 tháng 01 năm 2025 đến ngày 27 tháng 5 năm 2025", "2025-01-01/2025-05-27",
     date(2025, 1, 1), date(2025, 5, 27)),
    # ranges of years
    ("Từ năm 2015-2020, UBND tỉnh đã ban hành", "2015/2020", date(2015, 1, 1), date(2020, 12, 31)),
    ("kết quả 2015 - 2020", "2015/2020", date(2015, 1, 1), date(2020, 12, 31)),
    ("nhiệm kỳ 2020-2025", "2020/2025", date(2020, 1, 1), date(2025, 12, 31)),
])
def test_extension_periods(text, code, start, end):
    found = parse_period(text)
    assert found is not None and (found.code, found.start, found.end) == (code, start, end)


@pytest.mark.parametrize("text", [
    "kể từ năm 2007 cơ chế một cửa được áp dụng",     # a starting point, not a period
    "Từ đầu năm 2024, các thủ tục được công khai",    # ... from the start of a year
    "từ tháng 3/2025, bộ phận một cửa cấp huyện",     # ... from a month
    "kể từ tháng 7 năm 2025 người dân có thể",
    "ngày 26tháng 7 năm 2020",                        # a date with a lost space is still a date
    "từ ngày 20/8/2021 đến ngày 21/7/2021",           # backwards
    "ngày 30-9-2025",
])
def test_not_extension_periods(text):
    assert parse_period(text) is None


@pytest.mark.parametrize("text, on, code", [
    # no year in the range: read against the issue date (the range ends on or before it)
    ("Từ ngày 01/7 đến ngày 15/8, trung tâm tiếp nhận 798 hồ sơ", date(2025, 8, 27), "2025-07-01/2025-08-15"),
    ("từ ngày 01/10 đến ngày 31/10, các phường tiếp nhận", date(2025, 11, 5), "2025-M10"),
    ("từ ngày 15/12 đến ngày 14/3, toàn tỉnh", date(2025, 3, 20), "2025-Q1"),     # a cut-off window
    ("từ ngày 01/12 đến ngày 31/12 năm qua", date(2026, 1, 6), "2025-M12"),       # the year before
    ("Từ đầu năm đến ngày 31/5/2025, các cơ quan tiếp nhận", None, "2025-01-01/2025-05-31"),
    ("từ đầu năm 2024 đến ngày 30/6/2024", None, "2024-H1"),
])
def test_day_ranges_against_a_reference_day(text, on, code):
    found = parse_period(text, on)
    assert found is not None and found.code == code


def test_a_yearless_range_needs_a_reference_day():
    assert parse_period("Từ ngày 01/7 đến ngày 15/8, trung tâm tiếp nhận 798 hồ sơ") is None
    assert parse_period("từ đầu năm 2023 đến ngày 31/5/2025").code == "2023-01-01/2025-05-31"
    # a stated year wins over the reference day's
    assert parse_period("từ ngày 01/7 đến ngày 30/8/2025", date(2026, 1, 2)).code == "2025-07-01/2025-08-30"


@pytest.mark.parametrize("text, code", [
    ("trong tháng Mười năm 2025", "2025-M10"),
    ("Tháng Mười Một năm 2025", "2025-M11"),
    ("tháng mười hai/2025", "2025-M12"),
    ("tháng Giêng năm 2026", "2026-M01"),
    ("thang muoi nam 2025", "2025-M10"),
    ("6 tháng đầu năm 2025", "2025-H1"),            # a count of months, not a month word
])
def test_months_written_as_words(text, code):
    assert parse_period(text).code == code


@pytest.mark.parametrize("text, on, code", [
    # a word for the time of the last day ("chiều", "sáng", "hết ngày") does not end the range
    ("từ ngày 03/3 đến sáng 20/3/2024, bộ phận một cửa nhận 215 hồ sơ", None, "2024-03-03/2024-03-20"),
    ("tính từ ngày 16/9/2023 đến hết ngày 15/12/2023", None, "2023-Q4"),
    ("từ ngày 02/10 đến tối 9/10, xã nhận 40 hồ sơ", date(2025, 10, 12), "2025-10-02/2025-10-09"),
    ("từ ngày 1/4 tới ngày 30/6/2024", None, "2024-Q2"),
    # the first day without its month takes the last day's month
    ("Từ ngày 1 đến ngày 30-4, các xã tiếp nhận 1.020 hồ sơ", date(2024, 5, 6), "2024-M04"),
    ("từ ngày 1 đến ngày 20/2/2023, huyện giải quyết", None, "2023-02-01/2023-02-20"),
    ("từ ngày 1 đến ngày 31 tháng 1 năm 2026", None, "2026-M01"),
    # up to now: the reference day is the last day
    ("Từ ngày 15/8 đến nay, phường đã tiếp nhận 300 hồ sơ", date(2025, 9, 3), "2025-08-15/2025-09-03"),
    ("từ ngày 01/01/2024 đến nay", date(2024, 3, 31), "2024-Q1"),
    ("Từ đầu năm đến nay, tỉnh đã tiếp nhận", date(2023, 5, 18), "2023-01-01/2023-05-18"),
])
def test_day_range_shapes(text, on, code):
    found = parse_period(text, on)
    assert found is not None and found.code == code


@pytest.mark.parametrize("text, on", [
    ("Từ ngày 15/8 đến nay, phường đã tiếp nhận 300 hồ sơ", None),     # no day to end on
    ("từ ngày 20/9/2025 đến nay", date(2025, 9, 1)),                    # begins after it
    ("từ ngày 9 đến ngày 4/7, huyện tiếp nhận", date(2024, 8, 1)),      # backwards
    ("tăng từ 12 đến 15 hồ sơ mỗi ngày", date(2024, 8, 1)),             # counts, not days
])
def test_day_range_shapes_that_give_nothing(text, on):
    assert parse_period(text, on) is None


def test_a_range_up_to_now_without_a_reference_day_is_not_its_year():
    assert parse_period("từ đầu năm 2024 đến nay, huyện đã nhận hồ sơ") is None


@pytest.mark.parametrize("text, on, code", [
    # a yearless month the text is in: the reference day's year, never a month after it
    ("Trong tháng 4, huyện tiếp nhận 800 hồ sơ", date(2024, 5, 2), "2024-M04"),
    ("tháng 11 vừa qua, các xã đã trả kết quả", date(2023, 12, 1), "2023-M11"),
    ("trong cả tháng 6, phường nhận 96 hồ sơ", date(2025, 6, 28), "2025-M06"),
    ("trong tháng 4 năm 2023, huyện", date(2024, 5, 2), "2023-M04"),     # a stated year wins
])
def test_a_yearless_month_against_a_reference_day(text, on, code):
    assert parse_period(text, on).code == code


@pytest.mark.parametrize("text, on", [
    ("Trong tháng 4, huyện tiếp nhận 800 hồ sơ", None),
    ("trong tháng 12, tỉnh sẽ hoàn thành số hóa", date(2025, 11, 20)),   # later than the day: a plan
    ("trong 4 tháng, huyện tiếp nhận 800 hồ sơ", date(2024, 5, 2)),      # a count of months
])
def test_a_yearless_month_that_gives_nothing(text, on):
    assert parse_period(text, on) is None


@pytest.mark.parametrize("text, on, code", [
    ("Chín tháng đầu năm, huyện nhận 9.000 hồ sơ", date(2024, 10, 3), "2024-9M"),
    ("trong 6 tháng đầu năm, xã trả đúng hạn", date(2023, 6, 25), "2023-H1"),      # begun, not ended
    ("kết quả quý IV, toàn tỉnh", date(2025, 1, 6), "2024-Q4"),                   # just ended last year
    ("quý I năm 2023", date(2025, 1, 6), "2023-Q1"),                              # a stated year wins
])
def test_a_yearless_standard_period_against_a_reference_day(text, on, code):
    assert parse_period(text, on).code == code


@pytest.mark.parametrize("text, on", [
    ("kết quả quý IV, toàn tỉnh", None),
    ("6 tháng cuối năm, tỉnh sẽ tập trung", date(2025, 4, 10)),    # later this year, long past last year
])
def test_a_yearless_standard_period_that_gives_nothing(text, on):
    assert parse_period(text, on) is None


@pytest.mark.parametrize("text, code", [
    # a time inside a month is a point, not the month's figures
    ("Đầu tháng 8/2025, tỉnh xếp thứ 23 cả nước", None),
    ("cuối tháng 7, đầu tháng 8 năm 2025 tỉnh đứng thứ 23", None),
    ("giữa tháng 10-2024 đoàn kiểm tra làm việc tại huyện", None),
    ("dau thang 8/2025 tinh xep thu 23", None),                     # without accents
    # ... and a period stated after it is still read
    ("Cuối tháng 7/2025, tỉnh công bố kết quả quý II năm 2025", "2025-Q2"),
    # the month itself, and counts of months from the start of the year, are periods
    ("trong tháng 8/2025, tỉnh tiếp nhận 9.000 hồ sơ", "2025-M08"),
    ("6 tháng đầu năm 2025, tỉnh tiếp nhận 9.000 hồ sơ", "2025-H1"),
])
def test_a_time_inside_a_month_is_no_period(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text, code", [
    # a time inside a year is a point, not the year
    ("Tỉnh phấn đấu đạt 90% vào cuối năm 2026.", None),
    ("Đến giữa năm 2024, mọi xã đã có bộ phận một cửa.", None),
    ("Đầu năm 2023 huyện đưa phần mềm mới vào dùng.", None),
    # the halves and the ranges that hold the same words still are periods
    ("Kết quả 6 tháng cuối năm 2026", "2026-H2"),
    ("Kết quả nửa đầu năm 2024", "2024-H1"),
    ("Từ đầu năm 2023 đến ngày 30/6/2023, huyện nhận 4.000 hồ sơ", "2023-H1"),
    # the year alone is the year
    ("Kết quả năm 2026", "2026"),
])
def test_a_time_inside_a_year_is_a_point(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("body, code", [
    # the year of a law in the legal grounds is no period of the document
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2019;\n"
     "Xét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:", None),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật năm 2015;\nQUYẾT ĐỊNH:", None),
    # a period stated outside the grounds still counts
    ("Căn cứ Luật Tổ chức chính quyền địa phương năm 2019;\nKế hoạch cải cách hành chính năm 2026 "
     "gồm các nhiệm vụ sau", "2026"),
])
def test_legal_grounds_state_no_period(body, code):
    found = find_period("Ban hành Quy chế một cửa", body)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text,code", [
    # a run of months: the standard period it makes, else the range of its days
    ("Kết quả từ tháng 1 đến tháng 6/2025", "2025-H1"),
    ("từ tháng 7 đến tháng 9 năm 2024", "2024-Q3"),
    ("số liệu tháng 1-6/2023", "2023-H1"),
    ("từ tháng 10 đến hết tháng 12/2025", "2025-Q4"),
    ("từ tháng 3/2025 đến tháng 6/2025", "2025-03-01/2025-06-30"),
    ("từ tháng 10/2024 đến tháng 3/2025", "2024-10-01/2025-03-31"),
    # open ranges up to now, undated: a starting point, no period
    ("từ tháng 7/2025 đến nay, xã đã hướng dẫn", None),
    ("từ năm 2021 đến nay", None),
    # a count of months in words other than the standard ones: no period, not the year
    ("mười tháng năm 2022", None),
    ("Tám tháng đầu năm 2024", None),
    ("Chín tháng năm 2018", "2018-9M"),
    # the year naming a round of arrangement of units is no period
    ("Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu năm 2025", None),
    ("Kết quả cải cách hành chính năm 2025 sau sắp xếp đơn vị hành chính", "2025"),
    # a run of quarters; a quarter to start from is no period
    ("từ quý I đến quý III/2025", "2025-9M"),
    ("quý I - quý II/2023", "2023-H1"),
    ("từ quý III/2024 đến quý II/2025", "2024-07-01/2025-06-30"),
    ("từ quý IV/2021, người dân có thể tra cứu", None),
    # a cut-off at a month is a point, not the month; a run ending there is a run
    ("Tính đến hết tháng 6/2022 đã có 400.000 tài khoản", None),
    ("từ tháng 1 đến hết tháng 6/2025", "2025-H1"),
])
def test_month_runs_open_ranges_and_month_counts(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text,on,code", [
    # a first day, then the end of a month: the year written once, at the end
    ("Từ ngày 5/8 đến hết tháng 11/2024, huyện đã tiếp nhận", None, "2024-08-05/2024-11-30"),
    ("từ 1/4 đến hết tháng 6 năm 2023", None, "2023-Q2"),
    ("từ ngày 16/1/2022 tới tháng 2/2022", None, "2022-01-16/2022-02-28"),
    # the date a body was founded or opened is an event, no period; a later one counts
    ("Trung tâm được thành lập tháng 9/2016, trong năm 2019 đã giải quyết", None, "2019"),
    ("Bộ phận một cửa khai trương vào ngày 2/1/2020, phục vụ người dân", None, None),
    ("Ra đời năm 2017, tổ công tác đã giúp hàng nghìn người dân", None, None),
    # a range the opening starts runs on to the reference day
    ("đi vào hoạt động từ ngày 15/3/2021 đến nay đã tiếp nhận", date(2021, 9, 30), "2021-03-15/2021-09-30"),
    ("Thành lập tháng 6/2019, từ ngày 01/01/2021 đến nay trung tâm", date(2021, 5, 4), "2021-01-01/2021-05-04"),
])
def test_day_to_month_ranges_and_founding_dates(text, on, code):
    found = parse_period(text, on)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text,on,code", [
    # from the start of a year, a quarter or a month to a day: the year written once, at
    # either end, or at both
    ("Từ đầu năm 2021 đến ngày 18/9, toàn huyện đã tiếp nhận", None, "2021-01-01/2021-09-18"),
    ("từ đầu năm đến ngày 31/10/2022 có 12.000 hồ sơ", None, "2022-01-01/2022-10-31"),
    ("Từ đầu quý IV/2024 đến ngày 20/11, xã đã trả kết quả", None, "2024-10-01/2024-11-20"),
    ("từ đầu tháng 3 năm 2023 đến hết ngày 25/3 đã số hóa", None, "2023-03-01/2023-03-25"),
    ("Từ đầu năm 2020 - 30/6, tỉnh giải quyết", None, "2020-H1"),
    # no year anywhere: read against the reference day, none without one
    ("từ đầu năm đến ngày 15/4, phường tiếp nhận", date(2024, 4, 20), "2024-01-01/2024-04-15"),
    ("từ đầu năm đến ngày 15/4, phường tiếp nhận", None, None),
    # ... and "from the start of a year" with no last day stays a starting point
    ("Từ đầu năm 2023, xã đã triển khai", None, None),
])
def test_from_the_start_of_a_year_quarter_or_month_to_a_day(text, on, code):
    found = parse_period(text, on)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("title,code", [
    # the year naming a round of arrangement of units is no period, but a period word before
    # the year makes the year that period's
    ("Báo cáo tình hình sắp xếp đơn vị hành chính cấp xã quý II năm 2025", "2025-Q2"),
    ("Báo cáo kết quả sắp xếp đơn vị hành chính cấp xã 6 tháng đầu năm 2024", "2024-H1"),
    ("Nghị quyết về sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai năm 2025", None),
])
def test_a_round_of_arrangement_keeps_a_period_written_before_its_year(title, code):
    found = find_period(title, "")
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text,code", [
    # a programme's horizon is a target, no period
    ("triển khai đề án chính quyền số đến năm 2025, tầm nhìn đến năm 2030 trên toàn tỉnh", None),
    ("chiến lược chuyển đổi số với tầm nhìn đến năm 2035", None),
    # a range of years before the horizon stays that range
    ("chương trình tổng thể giai đoạn 2021-2030, tầm nhìn đến năm 2045", "2021/2030"),
    # a document's issue date is an event, no period
    ("thực hiện Nghị quyết số 02/NQ-CP được ban hành tháng 1/2024 của Chính phủ", None),
    ("theo Chỉ thị 05 ban hành ngày 12/3/2023", None),
])
def test_a_horizon_or_an_issue_date_is_no_period(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text,code", [
    # the days a body has run since it opened: no reporting period, with or without the year
    ("Sau hơn hai tuần hoạt động, từ ngày 1/7 đến ngày 14/7, trung tâm đã nhận 300 hồ sơ", None),
    ("Sau 3 tháng vận hành, từ ngày 1/7/2025 đến ngày 30/9/2025, bộ phận một cửa trả 2.000 kết quả", None),
    # the same range with no such opening stays a range
    ("Từ ngày 1/7 đến ngày 14/7/2025, trung tâm đã nhận 300 hồ sơ", "2025-07-01/2025-07-14"),
])
def test_the_days_a_body_has_run_are_no_period(text, code):
    found = parse_period(text, on=date(2025, 10, 1))
    assert (found.code if found else None) == code


@pytest.mark.parametrize("text, code", [
    ("trái với Luật Giao dịch điện tử năm 2023", None),
    ("theo Bộ luật Lao động ngày 20 tháng 11 năm 2019", None),
    ("thi hành Luat Dat dai nam 2024", None),  # written without accents
    ("giáo dục pháp luật năm 2024", "2024"),
    ("thực hiện Luật Thi đua, khen thưởng năm 2022", None),  # a comma inside the law's name
    ("Luật Đất đai, năm 2024 tỉnh đã cấp 3.000 giấy", "2024"),  # the name ends at the comma
    ("Luật Đất đai năm 2024 được triển khai trong quý III năm 2025", "2025-Q3"),
])
def test_a_named_statute_year_is_no_period(text, code):
    found = parse_period(text)
    assert (found.code if found else None) == code


def test_a_programme_span_is_masked_only_in_a_lead():
    title = "Kế hoạch cải cách hành chính giai đoạn 2021-2025"
    assert parse_period(title).code == "2021/2025"  # a plan's own title states its span
    assert parse_period(title, lead=True) is None
    assert parse_period("Ke hoach phoi hop giai doan 2024-2027, trong quy II nam 2024", lead=True).code == "2024-Q2"
