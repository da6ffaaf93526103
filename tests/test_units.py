"""Measure units and code legends: normalize.units."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from normalize.units import (canonical_unit, code_for_word, legend_text, parse_code_legend,
                             unit_kind)

CATALOG = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "catalog.csv"

# printed, canonical, kind
UNITS = [
    ("%", "%", "percent"),
    ("(%)", "%", "percent"),
    ("Tỷ lệ (%)", "%", "percent"),
    ("Văn bản", "Văn bản", "count"),
    ("văn  bản.", "Văn bản", "count"),                 # case, doubled space, trailing dot
    ("VĂN BẢN", "Văn bản", "count"),
    ("Hồ sơ", "Hồ sơ", "count"),
    ("<i>Hồ sơ</i>", "Hồ sơ", "count"),                # HTML markup from an export
    ("**Thủ tục**", "Thủ tục", "count"),               # markdown markup
    ("TTHC", "Thủ tục", "count"),
    ("Người", "Người", "count"),
    ("triệu đồng", "Triệu đồng", "money"),
    ("Triệu  Đồng", "Triệu đồng", "money"),
    ("Tỷ đồng", "Tỷ đồng", "money"),
    ("tỉ đồng", "Tỷ đồng", "money"),                   # old spelling of tỷ
    ("Cơ quan, đơn vị", "Cơ quan, đơn vị", "count"),
    ("Cơ quan/đơn vị", "Cơ quan, đơn vị", "count"),
    ("cơ quan,đơn vị", "Cơ quan, đơn vị", "count"),
    ("Nhiệm vụ", "Nhiệm vụ", "count"),
    ("Vấn đề", "Vấn đề", "count"),
    ("PAKN", "PAKN", "count"),
    ("Đơn vị", "Đơn vị", "count"),
    ("Ban", "Ban", "count"),
    ("Tổ chức", "Tổ chức", "count"),
    ("Số lượng", "Số lượng", "count"),
    ("triệu đ", "Triệu đồng", "money"),
    ("Triệu đồng (VNĐ)", "Triệu đồng", "money"),        # currency note in brackets
    ("Văn bản QPPL", "Văn bản", "count"),
    ("Số PAKN", "PAKN", "count"),
    ("ĐVT: người", "Người", "count"),                   # caption left in the cell
    ("Đơn vị tính: Hồ sơ", "Hồ sơ", "count"),
    ("Doanh nghiệp", "Doanh nghiệp", "count"),
    ("Ho so", "Hồ sơ", "count"),                       # diacritics lost
    ("- Có = 1 - Không = 0", "Có = 1; Không = 0", "code"),
    ("Nhiệm vu", "Nhiệm vụ", "count"),                 # OCR lost one mark of a two-word unit
    ("Sở", "Sở", None),                                # other marks: another word, not "Số"
    ("Bàn", "Bàn", None),                              # ... not "Ban"
    ("Chiếc", "Chiếc", None),                          # unknown unit: cleaned, kept
    ("", None, None),
    (None, None, None),
]


@pytest.mark.parametrize("printed, canonical, kind", UNITS)
def test_canonical_unit(printed, canonical, kind):
    assert canonical_unit(printed) == canonical
    assert unit_kind(printed) == kind


# printed legend, expected {code: meaning}
LEGENDS = [
    ("- Có = 1 - Không = 0", {1: "Có", 0: "Không"}),                    # bullets
    ("Có = 1; Không = 0", {1: "Có", 0: "Không"}),                       # semicolons
    ("Không = 0 Có = 1", {0: "Không", 1: "Có"}),                        # no separator at all
    ("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2", {0: "Trực tuyến", 1: "Phát phiếu", 2: "Kết hợp"}),
    ("- Chưa có = 0 - 2 cấp = 1 - 3 cấp = 2", {0: "Chưa có", 1: "2 cấp", 2: "3 cấp"}),  # digits in labels
    ("Chưa có = 0 2 cấp = 1 3 cấp = 2", {0: "Chưa có", 1: "2 cấp", 2: "3 cấp"}),
    ("Chưa = 0 Đang làm = 1 Hoàn thành = 2", {0: "Chưa", 1: "Đang làm", 2: "Hoàn thành"}),
    ("1 = Có, 0 = Không", {1: "Có", 0: "Không"}),                       # code first
    ("Có: 1; Không: 0", {1: "Có", 0: "Không"}),                         # colons
    ("Có=1/Không=0", {1: "Có", 0: "Không"}),
    ("Có (1); Không (0)", {1: "Có", 0: "Không"}),                       # code in brackets
    ("<i>- Chưa = 0</i> <i>- Hoàn thành = 1</i>", {0: "Chưa", 1: "Hoàn thành"}),
    ("Có = 1, không = 0", {1: "Có", 0: "Không"}),                       # label capitalised
    ("- không = 0 - có = 1", {0: "Không", 1: "Có"}),
    ("Văn bản", None),
    ("%", None),
    ("Có = 1", None),                                                    # a single option is no legend
    ("Tỷ lệ: 50%", None),
    ("Có = 1; Không = 1", None),                                         # codes must differ
    ("", None),
    (None, None),
]


@pytest.mark.parametrize("printed, expected", LEGENDS)
def test_parse_code_legend(printed, expected):
    assert parse_code_legend(printed) == expected


def test_legend_text_is_the_catalog_spelling():
    assert legend_text(parse_code_legend("- Có = 1 - Không = 0")) == "Có = 1; Không = 0"
    assert legend_text(parse_code_legend("1 = Có, 0 = Không")) == "Có = 1; Không = 0"
    assert legend_text(parse_code_legend("- Chưa có = 0 - 2 cấp = 1 - 3 cấp = 2")) == \
        "Chưa có = 0; 2 cấp = 1; 3 cấp = 2"


def test_catalog_units_are_canonical():
    """Every unit the catalog uses is already canonical, legends included."""
    if not CATALOG.is_file():
        pytest.skip("../shared/reference/catalog.csv is not present")
    with CATALOG.open(encoding="utf-8") as handle:
        units = {row["measure_unit"] for row in csv.DictReader(handle) if row["measure_unit"]}
    for unit in units:
        assert canonical_unit(unit) == unit


YES_NO = {1: "Có", 0: "Không"}
PROGRESS = {0: "Chưa", 1: "Đang làm", 2: "Hoàn thành"}
DONE = {0: "Chưa", 1: "Hoàn thành"}
LEVELS = {0: "Chưa có", 1: "2 cấp", 2: "3 cấp"}

# word, legend, code
WORDS = [
    ("Có", YES_NO, 1),
    ("có", YES_NO, 1),                       # case
    ("KHÔNG", YES_NO, 0),
    ("Khong", YES_NO, 0),                    # diacritics lost
    ("Hoàn thành", PROGRESS, 2),
    ("Đã hoàn thành", PROGRESS, 2),          # the label inside a longer answer
    ("Chưa hoàn thành", DONE, 0),            # negation kept with its label
    ("Không hoàn thành", DONE, None),        # a negation the legend does not know
    ("Chưa", LEVELS, 0),                     # the word starts a label
    ("3 cấp", LEVELS, 2),
    ("Có", LEVELS, None),                    # "có" inside "Chưa có" is no match
    ("1", YES_NO, 1),
    ("5", YES_NO, None),
    ("Đang thực hiện", YES_NO, None),
    ("Có", None, None),
    (None, YES_NO, None),
]


@pytest.mark.parametrize("word, legend, code", WORDS)
def test_code_for_word(word, legend, code):
    assert code_for_word(word, legend) == code


def test_units_csv_is_consistent():
    """Each canonical spelling in units.csv is itself canonical and has one kind."""
    from normalize.units import UNITS_CSV
    with UNITS_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    kinds: dict[str, set[str]] = {}
    for row in rows:
        assert row["kind"] in ("count", "percent", "money"), row
        assert canonical_unit(row["variant"]) == row["canonical"], row
        kinds.setdefault(row["canonical"], set()).add(row["kind"])
    assert all(len(k) == 1 for k in kinds.values())
