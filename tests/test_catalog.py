"""Catalog data, label normalization and code assignment."""
from __future__ import annotations

import re

import pytest

from conftest import seed_lines
from core.records import Observation
from normalize.catalog import assign_codes, catalog_frame, load_catalog, match_indicator
from normalize.labels import clean_label, normalize_label

CAT = load_catalog()


# --- the catalog as data -----------------------------------------------------------------

def test_catalog_codes_are_unique_and_parents_exist():
    codes = [i.indicator_code for i in CAT.indicators]
    assert len(codes) == len(set(codes))
    for ind in CAT.indicators:
        assert ind.indicator_code == f"BM{ind.form}-{ind.code}"
        if ind.parent_code:
            assert CAT.get(f"BM{ind.form}-{ind.parent_code}") is not None, ind.indicator_code
            assert ind.code.startswith(ind.parent_code + ".")


def test_catalog_formulas_and_sums_name_existing_rows():
    for ind in CAT.indicators:
        if ind.formula:
            assert ind.kind == "percent"
            assert ind.ratio_parts is not None, ind.formula
            for code in ind.ratio_parts:
                assert CAT.get(code) is not None, (ind.indicator_code, code)
        for code in ind.sum_parts:
            part = CAT.get(code)
            assert part is not None and part.kind == ind.kind == "count", (ind.indicator_code, code)


def test_catalog_sum_rows_are_the_template_totals():
    sums = {i.indicator_code: i.sum_of for i in CAT.indicators if i.sum_of}
    assert sums["BM6-2.1"] == ("2.2", "2.3", "2.4", "2.5")
    assert sums["BM4-1.5"] == ("1.5.1", "1.5.2", "1.5.3")
    assert sums["BM2-1"] == ("1.1", "1.2", "1.3")
    assert "BM1-5.1" not in sums  # tasks still in progress are in no part


def test_catalog_lookup_by_form_keeps_template_order():
    bm7 = CAT.form(7)
    assert [i.code for i in bm7][:3] == ["1", "2", "3"]
    assert {i.form for i in bm7} == {7}
    assert [c.code for c in CAT.children("BM7-6.4")] == ["6.4.1", "6.4.2"]
    assert load_catalog() is load_catalog()


def test_catalog_frame_has_contract_columns_and_types():
    frame = catalog_frame()
    assert list(frame.columns)[:8] == ["indicator_code", "form", "code", "parent_code", "label",
                                       "measure_unit", "kind", "formula"]
    assert str(frame["form"].dtype) == "int8"
    assert len(frame) == len(CAT)
    assert frame["indicator_code"].is_unique
    assert set(frame["kind"]) <= {"count", "percent", "money", "code", "group"}


# --- label normalization -----------------------------------------------------------------

@pytest.mark.parametrize("printed, expected", [
    # footnote mark glued as a superscript
    ("Tổng số VBQPPL⁶ do địa phương ban hành", "tổng số văn bản quy phạm pháp luật do địa phương ban hành"),
    # italic markup around the label
    ("<i>Số ĐVSNCL thuộc UBND tỉnh</i>", "số đơn vị sự nghiệp công lập thuộc ủy ban nhân dân tỉnh"),
    # ĐVSNCN is the same abbreviation as ĐVSNCL; the gloss in brackets goes
    ("Tổng số đơn vị sự nghiệp công lập (ĐVSNCN) tại địa phương",
     "tổng số đơn vị sự nghiệp công lập tại địa phương"),
    ("Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC",
     "tỷ lệ giải quyết phản ánh kiến nghị về quy định thủ tục hành chính"),
    # typo "Thông kê"
    ("Thông kê TTHC", "thống kê thủ tục hành chính"),
    # typo UNND for UBND
    ("Thực hiện nhiệm vụ UNND tỉnh", "thực hiện nhiệm vụ ủy ban nhân dân tỉnh"),
    # old tone placement and markdown emphasis
    ("**Tỷ lệ hoà giải thuỷ lợi**", "tỷ lệ hòa giải thủy lợi"),
    # "xã, phường" is the commune level
    ("Số UBND cấp xã, phường đã kiểm tra", "số ủy ban nhân dân cấp xã đã kiểm tra"),
    # trailing ellipsis of a truncated label
    ("Số TTHC cấp huyện (Bao gồm…", "số thủ tục hành chính cấp huyện bao gồm"),
    ("Cổng DVC quốc gia", "cổng dịch vụ công quốc gia"),
    ("Số người hưởng lương từ NSNN", "số người hưởng lương từ ngân sách nhà nước"),
])
def test_normalize_label(printed, expected):
    assert normalize_label(printed) == expected


@pytest.mark.parametrize("district, province", [
    ("Số phòng, ngành đã kiểm tra", "Số sở, ngành đã kiểm tra"),
    ("Số UBND cấp xã, phường đã kiểm tra", "Số UBND cấp huyện đã kiểm tra"),
    ("Số VBQPPL đã rà soát thuộc thẩm quyền của cấp huyện", "Số VBQPPL đã rà soát thuộc thẩm quyền của cấp tỉnh"),
    ("Tỷ lệ phòng, ban, ngành đã kết nối với UBND huyện", "Tỷ lệ sở, ngành đã kết nối với UBND tỉnh"),
])
def test_level_neutral_labels_meet(district, province):
    assert normalize_label(district) != normalize_label(province)
    assert normalize_label(district, level_neutral=True) == normalize_label(province, level_neutral=True)


def test_clean_label_keeps_text_drops_marks():
    assert clean_label("Tổng số VBQPPL⁶ do <i>địa phương</i>  ban hành") == "Tổng số VBQPPL do địa phương ban hành"


# --- code assignment: built by hand ------------------------------------------------------

def _obs(form, stt, label, unit=None, value=None):
    return Observation(form=form, stt=stt, label=label, measure_unit=unit, value_raw=value)


def test_shifted_numbering_maps_by_label_and_order():
    # a report numbers the online-service rows 6.4–6.6 where the template has 6.1–6.3
    rows = [
        _obs(7, "6", "Cung cấp dịch vụ công trực tuyến"),
        _obs(7, "6.4", "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3", "%", "100"),
        _obs(7, "6.4.1", "Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3", "Thủ tục", "160"),
        _obs(7, "6.4.2", "Số TTHC đang cung cấp trực tuyến mức độ 3", "Thủ tục", "160"),
        _obs(7, "6.5", "Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 4", "%", "100"),
        _obs(7, "6.5.1", "Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4", "Thủ tục", "83"),
        _obs(7, "6.6", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến mức độ 3 và 4", "%", "41,8"),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == [
        "BM7-6", "BM7-6.1", "BM7-6.1.1", "BM7-6.1.2", "BM7-6.2", "BM7-6.2.1", "BM7-6.4"]


def test_repeated_child_labels_follow_their_parent():
    rows = [
        _obs(3, "3.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "%", "99,5"),
        _obs(3, "3.2.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "220"),
        _obs(3, "3.2.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "219"),
        _obs(3, "3.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "%", "100"),
        _obs(3, "3.3.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "2401"),
        _obs(3, "3.3.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "2401"),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == [
        "BM3-3.2", "BM3-3.2.1", "BM3-3.2.2", "BM3-3.3", "BM3-3.3.1", "BM3-3.3.2"]


def test_rows_without_stt_or_form_still_map():
    rows = [
        _obs(None, None, "Tổng số VBQPPL do địa phương ban hành", "Văn bản", "12"),
        _obs(None, None, "Số VBQPPL do cấp tỉnh ban hành", "Văn bản", "12"),
        _obs(None, None, "Số VBQPPL do cấp huyện ban hành", "Văn bản", "0"),
        _obs(None, None, "Số VBQPPL do cấp xã ban hành", "Văn bản", None),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == ["BM2-1", "BM2-1.1", "BM2-1.2", "BM2-1.3"]


def test_lost_form_heading_moves_rows_to_the_next_form():
    rows = [
        _obs(2, "3.2", "Tỷ lệ xử lý VBQPPL sau rà soát", "%", "100"),
        _obs(2, "3.2.1", "Tổng số VBQPPL cần phải xử lý sau rà soát", "Văn bản", "5"),
        _obs(2, "3.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "%", "87,23"),
        _obs(2, "3.3.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "30.067"),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == ["BM2-3.2", "BM2-3.2.1", "BM3-3.3", "BM3-3.3.1"]
    assert rows[2].form == 3 and "form_from_catalog" in rows[2].flags
    assert rows[0].form == 2 and not rows[0].flags


def test_unknown_rows_and_form_titles_keep_no_code():
    rows = [
        _obs(1, "I", "Công tác chỉ đạo điều hành CCHC"),
        _obs(1, "1", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3"),
        _obs(1, "1.1", "Số cuộc họp giao ban về chuyển đổi số của tỉnh", "Cuộc", "4"),
        _obs(1, "2", "Tỷ lệ hoàn thành Kế hoạch CCHC năm", "%", "72,73"),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == [None, "BM1-1", None, "BM1-2"]


def test_narrative_observations_are_left_alone():
    rows = [Observation(form=None, stt=None, label="Số văn bản chỉ đạo CCHC", measure_unit=None,
                        value_raw="3", origin="narrative", indicator_code="BM1-1")]
    assign_codes(rows, CAT)
    assert rows[0].indicator_code == "BM1-1"


@pytest.mark.parametrize("label, form, unit, near, expected", [
    ("tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", None, "%", None, "BM3-3.3"),
    ("Số TTHC đang cung cấp trực tuyến mức độ 4", None, None, None, "BM7-6.2.2"),
    ("tổng số hồ sơ TTHC đã giải quyết xong", 3, None, "BM3-3.2", "BM3-3.2.1"),
    ("tổng số biên chế được giao trong năm", None, "người", None, "BM4-2.1"),
    ("Kế hoạch được giao", 6, "triệu đồng", None, "BM6-1.1"),
    ("thời tiết hôm nay đẹp trời và nhiều nắng", None, None, None, None),
])
def test_match_indicator(label, form, unit, near, expected):
    code, score = match_indicator(label, form=form, unit=unit, near_code=near)
    assert code == expected
    assert 0.0 <= score <= 1.0


# --- code assignment on the seeds ---------------------------------------------------------

# Every valued row of the two seeds that carry forms, as (stt, value as printed, code),
# read against the catalog by hand. 000 lost Biểu mẫu 3's heading and rows 1–3.2.2 at a
# page break (its 3.3… rows are BM3's); 002 numbers BM7's online-service rows 6.4–6.8 for
# the template's 6.1–6.5 and rewrites BM1's level words for a district.
SEED_000 = [
    ("1", "3", "BM1-1"), ("2", "72,73", "BM1-2"), ("2.1", "55", "BM1-2.1"),
    ("2.2", "40", "BM1-2.2"), ("3.1", "8", "BM1-3.1"), ("3.2", "7", "BM1-3.2"),
    ("3.3", "0", "BM1-3.3"), ("3.3.1", "22", "BM1-3.3.1"), ("3.3.2", "0", "BM1-3.3.2"),
    ("4.1", "1", "BM1-4.1"), ("4.2", "0", "BM1-4.2"), ("5.1", "40", "BM1-5.1"),
    ("5.2", "5", "BM1-5.2"), ("5.3", "7", "BM1-5.3"), ("5.4", "8", "BM1-5.4"),
    ("6", "1", "BM1-6"), ("6.1", "0", "BM1-6.1"), ("6.2", "1", "BM1-6.2"),
    ("7", "1", "BM1-7"), ("1", "12", "BM2-1"), ("1.1", "12", "BM2-1.1"),
    ("1.2", "0", "BM2-1.2"), ("2.1", "4", "BM2-2.1"), ("2.2", "0", "BM2-2.2"),
    ("2.2.1", "0", "BM2-2.2.1"), ("2.2.2", "0", "BM2-2.2.2"), ("3.1", "5", "BM2-3.1"),
    ("3.2", "100", "BM2-3.2"), ("3.2.1", "5", "BM2-3.2.1"), ("3.3", "87,23", "BM3-3.3"),
    ("3.3.1", "30.067", "BM3-3.3.1"), ("3.3.2", "26.226", "BM3-3.3.2"), ("3.4", "0,81", "BM3-3.4"),
    ("3.4.1", "124", "BM3-3.4.1"), ("3.4.2", "1", "BM3-3.4.2"), ("1.1", "100", "BM4-1.1"),
    ("1.2", "100", "BM4-1.2"), ("1.3", "3", "BM4-1.3"), ("1.4", "2", "BM4-1.4"),
    ("1.5", "915", "BM4-1.5"), ("1.5.1", "10", "BM4-1.5.1"), ("1.5.2", "269", "BM4-1.5.2"),
    ("1.5.3", "636", "BM4-1.5.3"), ("1.5.4", "11,1", "BM4-1.5.4"), ("2.1", "2.494", "BM4-2.1"),
    ("2.2", "2.370", "BM4-2.2"), ("2.3", "290", "BM4-2.3"), ("2.4", "3", "BM4-2.4"),
    ("2.5", "10", "BM4-2.5"), ("3.1", "29.322", "BM4-3.1"), ("3.2", "28.089", "BM4-3.2"),
    ("3.3", "25", "BM4-3.3"), ("3.4", "11,6", "BM4-3.4"), ("1.1", "2", "BM5-1.1"),
    ("1.2", "7", "BM5-1.2"), ("1.3", "0", "BM5-1.3"), ("2.1", "40", "BM5-2.1"),
    ("2.2", "7", "BM5-2.2"), ("2.3", "12", "BM5-2.3"), ("4", "1", "BM5-4"),
    ("4.1", "0", "BM5-4.1"), ("4.2", "1", "BM5-4.2"), ("4.3", "0", "BM5-4.3"),
    ("4.4", "0", "BM5-4.4"), ("1", "44,64", "BM6-1"), ("1.1", "5.328.116", "BM6-1.1"),
    ("1.2", "2.378.231", "BM6-1.2"), ("2.1", "809", "BM6-2.1"), ("2.2", "11", "BM6-2.2"),
    ("2.3", "43", "BM6-2.3"), ("2.4", "114", "BM6-2.4"), ("2.4.1", "3", "BM6-2.4.1"),
    ("2.4.2", "123", "BM6-2.4.2"), ("2.4.3", "88", "BM6-2.4.3"), ("2.5", "559", "BM6-2.5"),
    ("2.6", "0", "BM6-2.6"), ("1", "1", "BM7-1"), ("2", "2", "BM7-2"),
    ("4", "2", "BM7-4"), ("5.1.1", "100", "BM7-5.1.1"), ("5.1.2", "100", "BM7-5.1.2"),
    ("5.1.3", "100", "BM7-5.1.3"), ("5.2", "70,25", "BM7-5.2"), ("5.2.1", "77", "BM7-5.2.1"),
    ("5.2.2", "77", "BM7-5.2.2"), ("5.2.3", "46,54", "BM7-5.2.3"), ("5.3.1", "100", "BM7-5.3.1"),
    ("5.3.2", "100", "BM7-5.3.2"), ("5.3.3", "100", "BM7-5.3.3"), ("6.1", "100", "BM7-6.1"),
    ("6.1.1", "308", "BM7-6.1.1"), ("6.1.2", "308", "BM7-6.1.2"), ("6.1.3", "11", "BM7-6.1.3"),
    ("6.2", "100", "BM7-6.2"), ("6.2.1", "982", "BM7-6.2.1"), ("6.2.2", "982", "BM7-6.2.2"),
    ("6.2.3", "67", "BM7-6.2.3"), ("6.3", "98,22", "BM7-6.3"), ("6.3.1", "1.290", "BM7-6.3.1"),
    ("6.3.2", "1.267", "BM7-6.3.2"), ("6.4", "42,8", "BM7-6.4"), ("6.4.1", "26.198", "BM7-6.4.1"),
    ("6.4.2", "11.214", "BM7-6.4.2"), ("6.5", "65,02", "BM7-6.5"), ("6.5.1", "426", "BM7-6.5.1"),
    ("6.5.2", "277", "BM7-6.5.2"),
]
SEED_002 = [
    ("1", "04", "BM1-1"), ("2", "20%", "BM1-2"), ("2.1", "36", "BM1-2.1"),
    ("2.2", "07", "BM1-2.2"), ("3.1", "Chưa", "BM1-3.1"), ("3.2", "Chưa", "BM1-3.2"),
    ("3.3", "Không", "BM1-3.3"), ("3.3.1", "Không", "BM1-3.3.1"), ("3.3.2", "Không", "BM1-3.3.2"),
    ("5.1", "17", "BM1-5.1"), ("5.2", "07", "BM1-5.2"), ("5.3", "0", "BM1-5.3"),
    ("5.4", "0", "BM1-5.4"), ("6", "0", "BM1-6"), ("7", "1", "BM1-7"),
    ("1", "12", "BM2-1"), ("1.2", "12", "BM2-1.2"), ("1.3", "0", "BM2-1.3"),
    ("2", "0", "BM2-2"), ("3.1", "12", "BM2-3.1"), ("3.2", "100", "BM2-3.2"),
    ("3.2.1", "10", "BM2-3.2.1"), ("3.2.2", "10", "BM2-3.2.2"), ("1.4.2", "301", "BM3-1.4.2"),
    ("1.4.3", "156", "BM3-1.4.3"), ("3.2", "99,5", "BM3-3.2"), ("3.2.1", "220", "BM3-3.2.1"),
    ("3.2.2", "219", "BM3-3.2.2"), ("3.3", "100", "BM3-3.3"), ("3.3.1", "2401", "BM3-3.3.1"),
    ("3.3.2", "2401", "BM3-3.3.2"), ("3.4", "0", "BM3-3.4"), ("1.2", "100", "BM4-1.2"),
    ("1.5.3", "25", "BM4-1.5.3"), ("1.5.4", "10,71", "BM4-1.5.4"), ("2.2", "74", "BM4-2.2"),
    ("2.3", "05", "BM4-2.3"), ("2.4", "0", "BM4-2.4"), ("2.5", "0", "BM4-2.5"),
    ("3.2", "588", "BM4-3.2"), ("1.1", "12", "BM5-1.1"), ("1.2", "24", "BM5-1.2"),
    ("1.3", "0", "BM5-1.3"), ("3", "03", "BM5-3"), ("4", "02", "BM5-4"),
    ("1", "13.5%", "BM6-1"), ("1.1", "132.928", "BM6-1.1"), ("1.2", "17.991", "BM6-1.2"),
    ("2.1", "26", "BM6-2.1"), ("2.3", "01", "BM6-2.3"), ("2.5", "25", "BM6-2.5"),
    ("5.1.2", "100", "BM7-5.1.2"), ("5.1.3", "100", "BM7-5.1.3"), ("5.2", "100", "BM7-5.2"),
    ("5.2.2", "100", "BM7-5.2.2"), ("5.2.3", "100", "BM7-5.2.3"), ("5.3.2", "100", "BM7-5.3.2"),
    ("5.3.3", "100", "BM7-5.3.3"), ("6.4", "100", "BM7-6.1"), ("6.4.1", "160", "BM7-6.1.1"),
    ("6.4.2", "160", "BM7-6.1.2"), ("6.4.3", "23", "BM7-6.1.3"), ("6.5", "100", "BM7-6.2"),
    ("6.5.1", "83", "BM7-6.2.1"), ("6.5.2", "83", "BM7-6.2.2"), ("6.5.3", "12", "BM7-6.2.3"),
    ("6.7", "41,8", "BM7-6.4"), ("6.7.1", "246", "BM7-6.4.1"), ("6.7.2", "103", "BM7-6.4.2"),
]


def _seed_rows(prefix: str) -> list[Observation]:
    from parsers.forms import parse_forms
    rows = parse_forms(seed_lines(prefix))
    assign_codes(rows, CAT)
    return rows


@pytest.mark.parametrize("prefix, expected", [("000", SEED_000), ("002", SEED_002)])
def test_seed_valued_rows_get_their_codes(prefix, expected):
    rows = _seed_rows(prefix)
    valued = [(o.stt, o.value_raw.strip(), o.indicator_code) for o in rows
              if o.value_raw and o.value_raw.strip()]
    assert valued == expected


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_seed_codes_do_not_depend_on_printed_stt_or_form(prefix):
    reference = _seed_rows(prefix)
    from parsers.forms import parse_forms
    blind = parse_forms(seed_lines(prefix))
    for o in blind:
        o.stt = None
        o.printed_stt = None
        o.form = None
    assign_codes(blind, CAT)
    assert [o.indicator_code for o in blind] == [o.indicator_code for o in reference]


def test_seed_codes_only_from_the_catalog():
    for prefix in ("000", "002"):
        for o in _seed_rows(prefix):
            if o.indicator_code is not None:
                assert CAT.get(o.indicator_code) is not None
            elif o.stt is not None:
                assert re.fullmatch(r"[IVX]+", o.stt), (prefix, o.stt, o.label)


def test_truncated_and_district_worded_labels_map():
    rows = [
        _obs(3, "1.4", "Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "Thủ tục", "457"),
        _obs(3, "1.4.1", "Số TTHC cấp tỉnh (Bao gồm…", "Thủ tục"),
        _obs(3, "1.4.2", "Số TTHC cấp huyện (Bao gồm…", "Thủ tục", "301"),
        _obs(3, "1.4.3", "Số TTHC cấp xã", "Thủ tục", "156"),
        _obs(2, "2.1", "Số VBQPPL đã kiểm tra theo thẩm quyền của cấp huyện", "Văn bản", "3"),
    ]
    assign_codes(rows, CAT)
    assert [o.indicator_code for o in rows] == ["BM3-1.4", "BM3-1.4.1", "BM3-1.4.2", "BM3-1.4.3", "BM2-2.1"]


def test_catalog_knows_its_template_version():
    from datetime import date

    from normalize.catalog import catalog_frame, load_catalog
    cat = load_catalog()
    assert {i.template_version for i in cat.indicators} == {"581/BNV-CCHC"}
    assert all(i.valid_from == date(2022, 2, 21) for i in cat.indicators)
    gone = {i.indicator_code for i in cat.indicators if i.valid_to is not None}
    assert {"BM3-3.2", "BM3-3.2.1", "BM3-3.2.2", "BM1-3.2", "BM7-5.1.2"} <= gone
    assert all(i.valid_to == date(2025, 6, 30) for i in cat.indicators if i.valid_to)
    assert all("huyện" in i.label for i in cat.indicators if i.valid_to and i.parent_code != "3.2")
    assert cat.get("BM3-3.3").valid_to is None                  # commune-level rows go on
    assert not cat.get("BM3-3.2").applies_to(date(2025, 7, 1), date(2025, 9, 30))
    assert cat.get("BM3-3.2").applies_to(date(2025, 1, 1), date(2025, 12, 31))
    frame = catalog_frame()
    assert list(frame.columns)[-3:] == ["template_version", "valid_from", "valid_to"]
