"""Vietnamese numbers in value cells: normalize.numbers."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from conftest import seed_lines
from normalize.numbers import ambiguous_reading, parse_number

LEGEND_YES_NO = "- Có = 1 - Không = 0"
LEGEND_PROGRESS = "Chưa = 0 Đang làm = 1 Hoàn thành = 2"
LEGEND_LEVELS = "- Chưa có = 0 - 2 cấp = 1 - 3 cấp = 2"

# raw, unit, kind, value, value_text, flags
CASES = [
    ("2.378.231", "Triệu đồng", "money", 2378231, None, []),        # thousands dots
    ("5.328.116", None, None, 5328116, None, []),
    ("44,64", "%", "percent", 44.64, None, []),                    # decimal comma
    ("44,64%", None, None, 44.64, None, []),                       # percent sign attached
    ("87,22 %", None, None, 87.22, None, []),                      # percent sign after a space
    ("99.90%", None, None, 99.9, None, []),                        # English decimal dot, 2 digits
    ("13.5%", "%", "percent", 13.5, None, []),                     # English decimal dot, 1 digit
    ("04", None, None, 4, None, []),                               # zero-padded count
    ("00", None, None, 0, None, []),
    ("0,81", "%", None, 0.81, None, []),
    ("2401", None, None, 2401, None, []),                          # no separator at all
    ("1.290", "Hồ sơ", "count", 1290, None, []),                   # dot + 3 digits in a count row
    ("1.290", None, None, 1290, None, ["ambiguous_number"]),       # nothing settles it
    ("8.144,5", None, None, 8144.5, None, []),                     # both marks, Vietnamese
    ("2.941,057", None, None, 2941.057, None, []),
    ("1,234.5", None, None, 1234.5, None, []),                     # both marks, English
    ("2,941,057", None, None, 2941057, None, []),                  # English thousands commas
    ("1 290", None, None, 1290, None, []),                         # space as thousands mark
    ("75353 Hồ sơ", None, None, 75353, None, ["unit_in_value"]),   # unit written in the value cell
    ("10.836 hồ sơ", None, None, 10836, None, ["unit_in_value"]),  # ... which settles the dot
    ("40/55", None, None, 40, None, ["fraction"]),                 # done/total
    ("07/36 nội dung", None, None, 7, None, ["fraction", "trailing_text"]),
    ("Chưa", "Cơ quan, đơn vị", "count", None, "Chưa", []),         # words instead of a number
    ("Không", "%", "percent", None, "Không", []),
    ("x", None, None, None, "x", []),
    ("X", None, None, None, "X", []),
    ("-", None, None, None, "-", []),
    ("Đang thực hiện", None, None, None, "Đang thực hiện", []),
    ("Có", None, None, None, "Có", []),
    ("Hoàn thành", None, None, None, "Hoàn thành", []),
    ("Có", LEGEND_YES_NO, "code", 1, "Có", ["coded_word"]),         # word named by the legend
    ("không", LEGEND_YES_NO, None, 0, "không", ["coded_word"]),
    ("Hoàn thành", LEGEND_PROGRESS, "code", 2, "Hoàn thành", ["coded_word"]),
    ("Chưa", LEGEND_LEVELS, "code", 0, "Chưa", ["coded_word"]),
    ("3", LEGEND_YES_NO, "code", 3, None, ["code_not_in_legend"]),
    ("132.928", "Triệu đồng", "money", 132928, None, ["ambiguous_number"]),
    ("132.928", None, "count", 132928, None, []),
    ("12.500", "%", "percent", 12.5, None, []),                    # percent row: dot is decimal
    ("2,941", None, None, 2.941, None, ["ambiguous_number"]),       # comma + 3 digits: decimal
    ("2,941", "Thủ tục", None, 2941, None, []),                     # ... unless a count
    ("0.500", None, None, 0.5, None, []),                          # leading 0: never thousands
    ("<i>25</i>", None, None, 25, None, []),                       # markup in the cell
    ("12¹", None, None, 12, None, []),                             # footnote mark
    ("khoảng 1.200 người", None, None, 1200, None, ["approximate", "unit_in_value"]),
    ("trên 20", None, None, 20, None, ["lower_bound"]),
    ("Đạt 100%", None, None, 100, None, []),
    ("20/6/2022", None, None, None, "20/6/2022", ["unparsed_number"]),  # a date is not a number
    ("1.5.2", None, None, None, "1.5.2", ["unparsed_number"]),
    ("- 5", None, None, None, "- 5", ["unparsed_number"]),            # bullet or sign: unclear
    ("3 - 5", None, None, None, "3 - 5", ["range"]),                   # a range has no single value
    ("70% - 100%", None, None, None, "70% - 100%", ["range"]),
    ("+5", None, None, 5, None, []),                                  # explicit plus sign
    ("~ 50", None, None, 50, None, ["approximate"]),                   # symbols as qualifiers
    ("≥95%", None, None, 95, None, ["lower_bound"]),
    ("> 90%", None, None, 90, None, ["lower_bound"]),
    ("< 5", None, None, 5, None, ["upper_bound"]),
    ("1.267/1.290", None, None, 1267, None, ["fraction"]),             # done/total: whole counts
    ("Triệu", None, None, None, "Triệu", []),                        # a lone unit word is no number
    ("-5", None, None, -5, None, []),
    ("12 (trong đó 3 trực tuyến)", None, None, 12, None, ["trailing_text"]),
    ("", None, None, None, None, []),
    ("   ", None, None, None, None, []),
    (None, None, None, None, None, []),
]


@pytest.mark.parametrize("raw, unit, kind, value, value_text, flags", CASES)
def test_parse_number(raw, unit, kind, value, value_text, flags):
    reading = parse_number(raw, unit, kind)
    assert reading.value == (None if value is None else pytest.approx(value, rel=0, abs=1e-9))
    assert reading.value_text == value_text
    assert sorted(reading.flags) == sorted(flags)


def test_fraction_keeps_numerator_and_denominator():
    reading = parse_number("40/55")
    assert (reading.value, reading.numerator, reading.denominator) == (40, 40, 55)


def test_percent_records_a_printed_sign_only():
    assert parse_number("44,64%").percent is True
    assert parse_number("44,64", "%", "percent").percent is False


def test_coded_value_gets_its_meaning():
    assert parse_number("2", LEGEND_LEVELS, "code").meaning == "3 cấp"
    assert parse_number("Có", LEGEND_YES_NO).meaning == "Có"
    assert parse_number("5", "Người").meaning is None


@pytest.mark.parametrize("raw, expected", [
    ("132.928", (132928.0, 132.928)),
    ("17.991", (17991.0, 17.991)),
    ("2,941", (2941.0, 2.941)),
    ("1.290 hồ sơ", (1290.0, 1.29)),
    ("2.378.231", None),
    ("44,64", None),
    ("99.90", None),
    ("0.500", None),
    ("1234.567", None),
    ("8.144,5", None),
    ("Chưa", None),
    (None, None),
])
def test_ambiguous_reading(raw, expected):
    assert ambiguous_reading(raw) == expected


def _vn_integer(n: int) -> str:
    """An integer written the Vietnamese way: thousands dots."""
    return f"{n:,}".replace(",", ".")


def _vn_decimal(d: Decimal) -> str:
    """A decimal written the Vietnamese way: thousands dots, decimal comma."""
    sign = "-" if d < 0 else ""
    int_part, _, frac = f"{abs(d):f}".partition(".")
    text = _vn_integer(int(int_part))
    return sign + (f"{text},{frac}" if frac else text)


@given(st.integers(min_value=0, max_value=10**12))
def test_vietnamese_integers_parse_back(n):
    reading = parse_number(_vn_integer(n), "Hồ sơ", "count")
    assert reading.value == n
    assert reading.flags == []


@given(st.integers(min_value=0, max_value=10**12))
def test_vietnamese_integers_default_to_thousands(n):
    assert parse_number(_vn_integer(n)).value == n


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e9"), places=2,
                   allow_nan=False, allow_infinity=False))
def test_vietnamese_decimals_parse_back(d):
    text = _vn_decimal(d)
    assert parse_number(text, "Triệu đồng", "money").value == float(d)
    assert parse_number(text + "%").value == float(d)


@given(st.decimals(min_value=Decimal("0"), max_value=Decimal("100"), places=3,
                   allow_nan=False, allow_infinity=False))
def test_percentages_with_three_decimals_parse_back(d):
    text = _vn_decimal(d)
    assert parse_number(text, "%", "percent").value == float(d)


@pytest.mark.parametrize("seed", ["000", "002"])
def test_every_value_cell_of_the_seed_forms_reads(seed):
    """Every filled value cell of the seeds' forms is a number, a word or a coded answer."""
    read = 0
    for line in seed_lines(seed):
        cells = line.texts
        if len(cells) < 4 or not re.fullmatch(r"[\dIVX.]+", cells[0].strip()) or not cells[3].strip():
            continue
        reading = parse_number(cells[3], cells[2])
        assert "unparsed_number" not in reading.flags, cells
        assert "code_not_in_legend" not in reading.flags, cells
        assert reading.value is not None or reading.value_text, cells
        read += 1
    assert read > 50


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_single_mark_with_three_digits_has_both_readings(head, tail):
    raw = f"{head}.{tail:03d}"
    integer, decimal = head * 1000 + tail, float(Decimal(f"{head}.{tail:03d}"))
    assert ambiguous_reading(raw) == (integer, decimal)
    assert ambiguous_reading(raw.replace(".", ",")) == (integer, decimal)
    assert parse_number(raw, "Triệu đồng", "money").value == integer
    assert parse_number(raw, "%", "percent").value == decimal
