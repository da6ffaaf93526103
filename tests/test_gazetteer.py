"""The administrative-unit gazetteer: data, lookup, mentions, the unit a report is about."""
from __future__ import annotations

import csv
import re
import unicodedata
from datetime import date

import pytest

from conftest import seed_path
from normalize import gazetteer as gz
from normalize.gazetteer import (GAZETTEER_CSV, GazetteerMissing, find_units, load_gazetteer,
                                 lookup, place_of_issue, province_of)
from normalize.news_lead import resolve_unit
from tools import build_gazetteer as build


# ---------------------------------------------------------------- the data file

def test_gazetteer_file_is_complete_and_small():
    with GAZETTEER_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["unit_id"] for r in rows]
    assert len(ids) == len(set(ids))
    provinces = {r["unit_id"]: r for r in rows if r["level"] == "tinh"}
    before = {k: r for k, r in provinces.items() if r["valid_from"] == ""}
    after = {k: r for k, r in provinces.items() if r["valid_to"] == ""}
    assert len(before) == 63 and len(after) == 34
    assert len(before.keys() & after.keys()) == 11          # provinces the reform left whole
    assert len({r["province_after_2025"] for r in rows}) == 34
    for r in rows:
        assert re.fullmatch(r"[PDX]\d+(?:-2025)?", r["unit_id"])
        assert r["province_id"] in provinces
        assert r["province"] == provinces[r["province_id"]]["name"]
        assert r["name"] == f"{r['type']} {r['short_name']}"
        assert r["province_after_2025"] == provinces[r["province_id"]]["province_after_2025"]
        if r["unit_id"].endswith("-2025"):
            assert r["valid_from"] == "2025-07-01" and r["valid_to"] == ""
            assert r["level"] != "huyen" and r["district_id"] == ""
        elif r["level"] == "xa":
            assert r["district_id"].startswith("D") and r["valid_to"] == "2025-06-30"
        elif r["level"] == "huyen":
            assert r["valid_to"] == "2025-06-30"      # no district level after 1 July 2025
    assert {r["type"] for r in rows if r["valid_from"]} == {"tỉnh", "thành phố", "xã", "phường",
                                                             "đặc khu"}
    assert GAZETTEER_CSV.stat().st_size < 2_500_000


def test_crosswalk_maps_every_old_unit():
    with GAZETTEER_CSV.open(encoding="utf-8", newline="") as fh:
        rows = {r["unit_id"]: r for r in csv.DictReader(fh)}
    cross_csv = GAZETTEER_CSV.with_name(build.CROSSWALK_NAME)
    with cross_csv.open(encoding="utf-8", newline="") as fh:
        cross = list(csv.DictReader(fh))
    for c in cross:
        assert c["old_id"] in rows and c["new_id"] in rows
        new = rows[c["new_id"]]
        assert new["valid_to"] == ""                             # it points to a current unit
        assert new["province_after_2025"] == rows[c["old_id"]]["province_after_2025"]
    relations = {(c["old_id"], c["relation"]): c["new_id"] for c in cross}
    assert relations[("P89", "merged_into")] == relations[("P91", "merged_into")] == "P91-2025"
    assert relations[("P1", "same")] == "P1"
    assert rows[relations[("D911", "became")]]["name"] == "đặc khu Phú Quốc"
    mapped = {c["old_id"] for c in cross}
    assert all(uid in mapped for uid, r in rows.items()
               if r["valid_to"] == "2025-06-30" and r["source"].endswith("0.6.0"))


def test_load_is_cached():
    assert load_gazetteer() is load_gazetteer()


def test_missing_gazetteer_names_the_fix(tmp_path):
    with pytest.raises(GazetteerMissing, match="build_gazetteer"):
        load_gazetteer(tmp_path / "none.csv")


@pytest.mark.parametrize("unit_id, after", [
    ("P91", "tỉnh An Giang"),          # Kiên Giang
    ("P89", "tỉnh An Giang"),          # An Giang keeps its name
    ("P84", "tỉnh Vĩnh Long"),         # Trà Vinh
    ("P93", "thành phố Cần Thơ"),      # Hậu Giang
    ("P2", "tỉnh Tuyên Quang"),        # Hà Giang
    ("P77", "thành phố Hồ Chí Minh"),  # Bà Rịa - Vũng Tàu
    ("P1", "thành phố Hà Nội"),        # unchanged
    ("D851", "tỉnh Vĩnh Long"),        # thị xã Duyên Hải, through its province
])
def test_province_after_2025(unit_id, after):
    assert gz.get_unit(unit_id).province_after_2025 == after


def test_province_of():
    assert province_of(gz.get_unit("D851")).unit_name == "tỉnh Trà Vinh"
    assert province_of(gz.get_unit("P91")).unit_id == "P91"


# ---------------------------------------------------------------- the builder

@pytest.mark.parametrize("full, expected", [
    ("Tỉnh Kiên Giang", ("tỉnh", "Kiên Giang")),
    ("Thành Phố Cần Thơ", ("thành phố", "Cần Thơ")),   # capitalised type word in the source
    ("Thị xã Duyên Hải", ("thị xã", "Duyên Hải")),
    ("Thị trấn Thứ Mười Một", ("thị trấn", "Thứ Mười Một")),
    ("Quận 1", ("quận", "1")),
])
def test_split_type(full, expected):
    assert build.split_type(full) == expected


def test_split_type_rejects_untyped_names():
    with pytest.raises(build.GazetteerSourceError):
        build.split_type("Kiên Giang")


def _pre(code, name, ward_codes):
    return {"code": code, "name": name, "districts": [
        {"code": code * 10, "name": "Huyện A", "wards": [
            {"code": w, "name": f"Xã W{w}"} for w in ward_codes]}]}


def test_post_reform_province_by_commune_codes():
    pre = [_pre(1, "Tỉnh Một", [11, 12]), _pre(2, "Tỉnh Hai", [21, 22])]
    post = [{"code": 2, "name": "Hai", "division_type": "tỉnh",
             "wards": [{"code": 11}, {"code": 22}]}]
    assert build.post_reform_provinces(post, pre) == {"P1": ("tỉnh Hai", "2"), "P2": ("tỉnh Hai", "2")}


def test_post_reform_split_province_is_an_error():
    pre = [_pre(1, "Tỉnh Một", [11, 12])]
    post = [{"code": 2, "name": "Hai", "division_type": "tỉnh", "wards": [{"code": 11}]},
            {"code": 3, "name": "Thành phố Ba", "division_type": "thành phố trung ương",
             "wards": [{"code": 12}]}]
    with pytest.raises(build.GazetteerSourceError, match="by hand"):
        build.post_reform_provinces(post, pre)


def test_build_rows_keeps_dissolved_units_and_former_names():
    post = [{"code": 9, "name": "Chín", "division_type": "tỉnh",
             "wards": [{"code": 11, "name": "Phường Mười Một"}]}]
    new = [_pre(1, "Thành phố Một", [11])]
    old = [_pre(1, "Tỉnh Một Cũ", [11, 12])]
    old[0]["districts"].append({"code": 99, "name": "Thị xã Xưa", "wards": []})
    rows = {r["unit_id"]: r for r in build.build_rows([("new", new), ("old", old)], post)}
    assert rows["P1"]["other_names"] == "tỉnh Một Cũ"
    assert rows["D99"]["source"] == "old" and rows["D99"]["province"] == "thành phố Một"
    assert rows["X12"]["province_after_2025"] == "tỉnh Chín"


# ---------------------------------------------------------------- lookup

@pytest.mark.parametrize("name, first_id", [
    ("KIÊN GIANG", "P91"),
    ("Kiên Giang", "P91"),
    ("kien giang", "P91"),                 # text without accents
    ("UBND TỈNH KIÊN GIANG", "P91"),
    ("Ủy ban nhân dân tỉnh Kiên Giang", "P91"),
    ("tỉnh Kiên Giang", "P91"),
    ("TP. Cần Thơ", "P92"),
    ("TP.Cần Thơ", "P92"),
    ("Thị xã Duyên Hải", "D851"),
    ("TX. Duyên Hải", "D851"),
    ("huyện Duyên Hải", "D850"),
    ("thành phố Trà Vinh", "D842"),        # the provincial city, not the province
    ("tỉnh Thừa Thiên Huế", "P46"),        # former name of thành phố Huế
    ("Bà Rịa-Vũng Tàu", "P77"),            # hyphen spacing differs from the source
    ("Hòa Bình", "P17"),                   # the source writes "Hoà Bình"
    ("huyện Ia H'Drai", "D618"),           # the source writes "Ia H' Drai"
    ("Quận 1", "D760"),
    ("TP.HCM", "P79"),                     # initials of a long province name
    ("tỉnh BR-VT", "P77"),
])
def test_lookup_phrasings(name, first_id):
    found = lookup(name)
    assert found and found[0].unit_id == first_id


def test_lookup_prefers_the_accents_written():
    # "Kiên Giang" must not also return thị trấn Kiến Giang (Quảng Bình)
    assert [u.unit_id for u in lookup("Kiên Giang")] == ["P91"]


@pytest.mark.parametrize("name, on, ids", [
    # a syllable's lone vowel written i or y is one name, the data mixing both
    ("xã Vũ Quý", date(2024, 5, 1), ["X13141"]),             # the 2024 data write Vũ Quí
    ("xã Vũ Quí", date(2026, 1, 5), ["X13141-2025"]),        # the 2025 data write Vũ Quý
    ("huyện Phú Quí", date(2022, 6, 1), ["D602"]),
    ("huyện Phú Quý", date(2022, 6, 1), ["D602"]),
    ("xã Lục Sĩ Thành", date(2024, 5, 1), ["X29857"]),       # the 2024 data write Lục Sỹ Thành
    # the marks still tell two communes apart: xã Mi Hòa is not xã Mỹ Hòa
    ("xã Mi Hòa", date(2024, 5, 1), ["X5083"]),
])
def test_lookup_i_and_y_spellings(name, on, ids):
    assert [u.unit_id for u in lookup(name, on=on)] == ids


def test_i_and_y_keys():
    # uy is a vowel of its own: Thủy is not Thủi, Huy not Hui
    assert gz.name_key("Phú Quý") == gz.name_key("Phú Quí") == "phu qui"
    assert gz.name_key("Kỳ Anh") == gz.name_key("Kì Anh")
    assert gz.name_key("Thủy Xuân") == "thuy xuan" and gz.name_key("Huy") == "huy"
    assert gz.accent_key("Quý") == gz.accent_key("Quí")
    assert gz.accent_key("Mỹ") != gz.accent_key("Mi")


def test_lookup_filters():
    assert len(lookup("Châu Thành", level="huyen")) > 5
    assert [u.unit_id for u in lookup("Châu Thành", level="huyen", province="Trà Vinh")] == ["D847"]
    assert [u.unit_id for u in lookup("Châu Thành", level="huyen", province="P91")] == ["D905"]
    assert lookup("Duyên Hải", level="tinh") == []
    assert lookup("Không Có Nơi Này") == []
    with pytest.raises(ValueError, match="level"):
        lookup("Kiên Giang", level="province")


# ---------------------------------------------------------------- mentions in text

BEFORE = date(2024, 6, 1)      # the cases below are documents of before the reorganisation

@pytest.mark.parametrize("text, mentions", [
    ("báo cáo của tỉnh Trà Vinh năm 2023", [("tỉnh Trà Vinh", "P84")]),
    ("trên địa bàn thị xã Duyên Hải quý I", [("thị xã Duyên Hải", "D851")]),
    ("kiểm tra tại huyện An Minh.", [("huyện An Minh", "D909")]),
    ("UBND TỈNH KIÊN GIANG", [("TỈNH KIÊN GIANG", "P91")]),
    ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG", [("TỈNH KIÊN GIANG", "P91")]),
    ("Kế hoạch của Tỉnh ủy Kiên Giang", [("Tỉnh ủy Kiên Giang", "P91")]),
    ("Thị ủy Duyên Hải chỉ đạo", [("Thị ủy Duyên Hải", "D851")]),
    ("tại TP.Cần Thơ và TX. Duyên Hải", [("TP.Cần Thơ", "P92"), ("TX. Duyên Hải", "D851")]),
    ("tỉnh Bà Rịa - Vũng Tàu", [("tỉnh Bà Rịa - Vũng Tàu", "P77")]),
    ("tại TP. HCM và tỉnh BR-VT", [("TP. HCM", "P79"), ("tỉnh BR-VT", "P77")]),
    ("tỉnh Kiên Giang, An Giang", [("tỉnh Kiên Giang", "P91")]),
    # a namesake narrowed by the province the same text names
    ("huyện Châu Thành, tỉnh Trà Vinh", [("huyện Châu Thành", "D847"), ("tỉnh Trà Vinh", "P84")]),
    # numbered wards narrowed by the district the text names
    ("Phường 1, thị xã Duyên Hải", [("Phường 1", "X29512"), ("thị xã Duyên Hải", "D851")]),
])
def test_find_units(text, mentions):
    found = [(text[s:e], u.unit_id) for u, s, e in find_units(text, on=BEFORE)]
    assert sorted(found) == sorted(mentions)


@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân tỉnh báo cáo",              # no name after the type word
    "tinh gọn bộ máy, Tinh Thần phục vụ",        # "tinh" is not "tỉnh"
    "của địa phương. 1 đơn vị",                   # "phương" is not "phường"
    "các cơ quan Trung ương",                     # "quan" is not "quận"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",         # the national motto
    "xã hội hóa",                                 # lower-case word after the type word
    "UBND các xã, phường 12 TTHC",                # a count, not Phường 12
])
def test_find_units_ignores(text):
    assert find_units(text) == []


def test_find_units_ambiguous_lists_every_candidate():
    found = find_units("huyện Châu Thành")
    assert len(found) > 5 and {(s, e) for _, s, e in found} == {(0, 16)}


def test_find_units_offsets_on_decomposed_text():
    text = unicodedata.normalize("NFD", "của tỉnh Trà Vinh.")
    [(unit, s, e)] = find_units(text)
    assert unit.unit_id == "P84" and unicodedata.normalize("NFC", text[s:e]) == "tỉnh Trà Vinh"


# ---------------------------------------------------------------- place lines

@pytest.mark.parametrize("text, place", [
    ("Số: 061/BC-UBND\nKiên Giang, ngày 03 tháng 9 năm 2022", "Kiên Giang"),
    ("Thị xã Duyên Hải, ngày 03 tháng 3 năm 2023", "Thị xã Duyên Hải"),
    ("Rạch Giá, ngày      tháng 5 năm 2024", "Rạch Giá"),
    ("Căn cứ Quyết định số 12, ngày 3 tháng 4", None),
    ("không có dòng nào", None),
])
def test_place_of_issue(text, place):
    assert place_of_issue(text) == place


# ---------------------------------------------------------------- the report's unit

@pytest.mark.parametrize("header, title, body, unit_id", [
    # the issuer block
    ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n-------", None, None, "P91"),
    ("UBND THỊ XÃ DUYÊN HẢI", None, None, "D851"),
    ("Ủy ban nhân dân tỉnh Kiên Giang\nSố: 39/KH-UBND", None, None, "P91"),
    ("SỞ NỘI VỤ TỈNH KIÊN GIANG\nSố: 7/BC-SNV", None, None, "P91"),      # a department: its province
    ("BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH TRÀ VINH", None, None, "P84"),
    # the title
    ("Số: 102/BC-UBND", "Kết quả thực hiện công tác cải cách hành chính thị xã Duyên Hải quý I năm 2023",
     None, "D851"),
    ("", "Công tác cải cách hành chính Quý III năm 2024 của tỉnh An Giang", None, "P89"),
    ("", "Kết quả CCHC trên địa bàn huyện Châu Thành, tỉnh Trà Vinh", None, "D847"),
    # the body's reporting phrase
    ("", None, "Ủy ban nhân dân tỉnh An Giang báo cáo tình hình cải cách hành chính", "P89"),
    ("", None, "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Trà Vinh; Ủy ban nhân dân thị xã "
               "Duyên Hải báo cáo kết quả", "D851"),
    ("", None, "Ủy ban nhân dân tỉnh Kiên Giang báo cáo như sau: Ủy ban nhân dân huyện An Minh "
               "ban hành kế hoạch kiểm tra", "P91"),      # the first reporting phrase, not the most specific
    # a nameless reporting phrase read with the place line
    ("Số: 061/BC-UBND\nKiên Giang, ngày 03 tháng 9 năm 2022", None,
     "Ủy ban nhân dân tỉnh báo cáo tình hình.\n¹ kiểm tra huyện An Minh, huyện Giồng Riềng, "
     "huyện An Minh", "P91"),
    ("Rạch Giá, ngày 03 tháng 9 năm 2022", None, "Ủy ban nhân dân tỉnh báo cáo như sau", "P91"),
    ("Duyên Hải, ngày 03 tháng 3 năm 2023", None,
     "Ủy ban nhân dân thị xã báo cáo kết quả; Kế hoạch của tỉnh Trà Vinh", "D851"),
    ("Duyên Hải, ngày 03 tháng 3 năm 2023", None, "Ủy ban nhân dân huyện báo cáo", "D850"),
    # a typed place line alone
    ("Số: 102/BC-UBND\nThị xã Duyên Hải, ngày 03 tháng 3 năm 2023", None, None, "D851"),
    # namesakes told apart by the province the text names
    ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", None,
     "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Trà Vinh về cải cách hành chính", "D847"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nTrà Vinh, ngày 5 tháng 6 năm 2023", None, None, "D847"),
    # body mentions of other units do not beat the report's own
    ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG", None,
     "kiểm tra tại huyện An Minh, huyện An Minh, huyện An Minh, huyện Giồng Riềng", "P91"),
    ("", None, "Ủy ban nhân dân tỉnh đã kiểm tra CCHC tỉnh Kiên Giang; Chỉ số của tỉnh Kiên Giang."
               "\n¹ huyện An Minh, huyện An Biên", "P91"),
    # text that lost its accents (OCR)
    ("UY BAN NHAN DAN\nTINH KIEN GIANG", None, None, "P91"),
    # the best-attested province wins among namesakes
    ("UBND HUYỆN CHÂU THÀNH", None, "Kế hoạch của tỉnh Bến Tre; tỉnh Trà Vinh, tỉnh Trà Vinh, "
     "tỉnh Trà Vinh", "D847"),
    ("UBND HUYỆN CHÂU THÀNH", None, "tỉnh Bến Tre và tỉnh Trà Vinh", None),
    # ambiguous or absent: None rather than a guess
    ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", None, None, None),
    ("", "Báo cáo cải cách hành chính huyện Châu Thành", None, None),
    ("Duyên Hải, ngày 03 tháng 3 năm 2023", None, None, None),
    ("", None, None, None),
    (None, None, "Công tác cải cách hành chính quý III", None),
])
def test_resolve_unit(header, title, body, unit_id):
    unit = resolve_unit(header, title, body, on=BEFORE)
    assert (unit.unit_id if unit else None) == unit_id


def _split_report(text: str) -> tuple[str, str, str]:
    """Header (before the document-type line), title (the paragraph after it), body (the rest)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.fullmatch(r"\s*(BÁO CÁO|KẾ HOẠCH)\s*", line):
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            k = j
            while k < len(lines) and lines[k].strip():
                k += 1
            title = " ".join(lines[j:k]).replace("*", "")
            return "\n".join(lines[:i]), title, "\n".join(lines[k:])
    return "", "", text


@pytest.mark.parametrize("seed, unit_id, province, after", [
    ("000", "P91", "tỉnh Kiên Giang", "tỉnh An Giang"),    # issuer block lost; place line + body
    ("001", "P89", "tỉnh An Giang", "tỉnh An Giang"),      # title and body
    ("002", "D851", "tỉnh Trà Vinh", "tỉnh Vĩnh Long"),    # a thị xã; its province only in the body
    ("003", "P91", "tỉnh Kiên Giang", "tỉnh An Giang"),    # issuer block behind web clutter
])
def test_resolve_unit_on_seeds(seed, unit_id, province, after):
    header, title, body = _split_report(seed_path(seed).read_text(encoding="utf-8"))
    unit = resolve_unit(header, title, body, on=BEFORE)
    assert unit is not None and unit.unit_id == unit_id
    assert unit.province == province and unit.province_after_2025 == after


@pytest.mark.parametrize("seed, part, unit_id", [
    ("000", "body", "P91"),
    ("002", "title", "D851"),
    ("002", "body", "D851"),
    ("003", "header", "P91"),
])
def test_resolve_unit_on_seed_parts(seed, part, unit_id):
    header, title, body = _split_report(seed_path(seed).read_text(encoding="utf-8"))
    args = {"header": "", "title": None, "body": None, part: locals()[part]}
    unit = resolve_unit(args["header"], args["title"], args["body"], on=BEFORE)
    assert unit is not None and unit.unit_id == unit_id



# ---------------------------------------------------------------- validity spans (1 July 2025)

AFTER = date(2026, 1, 15)


def test_the_two_an_giangs_differ_but_roll_up_alike():
    old = lookup("tỉnh An Giang", on=date(2024, 5, 1))
    new = lookup("tỉnh An Giang", on=AFTER)
    assert [u.unit_id for u in old] == ["P89"] and [u.unit_id for u in new] == ["P91-2025"]
    assert old[0].unit_id != new[0].unit_id
    assert old[0].province_after_2025 == new[0].province_after_2025 == "tỉnh An Giang"
    assert old[0].valid_to == date(2025, 6, 30) and new[0].valid_from == date(2025, 7, 1)
    # Kiên Giang was merged into the new An Giang: it rolls up there and is gone afterwards
    assert gz.get_unit("P91").province_after_2025 == "tỉnh An Giang"
    assert lookup("tỉnh Kiên Giang", on=AFTER) == []
    # the same header resolves to one territory or the other by the issue date
    header = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG"
    assert resolve_unit(header, on=date(2024, 10, 2)).unit_id == "P89"
    assert resolve_unit(header, on=AFTER).unit_id == "P91-2025"


def test_undated_name_of_two_spans_keeps_the_name_not_the_id():
    unit = resolve_unit("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG")
    assert unit is not None and unit.unit_id is None
    assert (unit.unit_name, unit.unit_level, unit.province) == ("tỉnh An Giang", "tinh", "tỉnh An Giang")


def test_untouched_province_keeps_one_id_across_the_reform():
    assert [u.unit_id for u in lookup("Hà Nội", level="tinh", on=date(2020, 1, 1))] == ["P1"]
    assert [u.unit_id for u in lookup("Hà Nội", level="tinh", on=AFTER)] == ["P1"]
    assert lookup("thành phố Huế", on=AFTER)[0].unit_id == "P46"


@pytest.mark.parametrize("name, level, unit_type, province", [
    ("đặc khu Phú Quốc", "xa", "đặc khu", "tỉnh An Giang"),
    ("phường Trà Vinh", "xa", "phường", "tỉnh Vĩnh Long"),
    ("phường Vĩnh Yên", "xa", "phường", "tỉnh Phú Thọ"),
    ("TPHCM", "tinh", "thành phố", "thành phố Hồ Chí Minh"),
    ("TP.HCM", "tinh", "thành phố", "thành phố Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "tinh", "thành phố", "thành phố Hồ Chí Minh"),
    ("thành phố Huế", "tinh", "thành phố", "thành phố Huế"),
])
def test_post_reform_units(name, level, unit_type, province):
    [unit] = lookup(name, on=AFTER)
    assert (unit.unit_level, unit.unit_type, unit.province) == (level, unit_type, province)
    assert unit.district_id is None


@pytest.mark.parametrize("header, unit_id", [
    ("ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC", "X31078-2025"),
    ("UBND PHƯỜNG TRÀ VINH", "X29242-2025"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "P79-2025"),
])
def test_resolve_post_reform_issuers(header, unit_id):
    assert resolve_unit(header, on=date(2025, 12, 20)).unit_id == unit_id


def test_before_the_reform_a_city_of_a_province_is_district_level():
    [unit] = lookup("thành phố Phú Quốc", on=date(2024, 3, 1))
    assert unit.unit_level == "huyen" and unit.province == "tỉnh Kiên Giang"
    assert unit.province_after_2025 == "tỉnh An Giang"


def test_headline_lead_name_is_the_province():
    unit = resolve_unit("", "Thái Nguyên: 99,68% hồ sơ được giải quyết đúng hạn", None, on=AFTER)
    assert unit is not None and unit.unit_name == "tỉnh Thái Nguyên" and unit.unit_id == "P19-2025"


def test_a_renamed_unit_keeps_its_id_and_bears_its_name_of_the_day():
    from normalize.gazetteer import name_on
    [hue] = lookup("tỉnh Thừa Thiên Huế", on=date(2020, 5, 1))
    assert hue.unit_id == "P46" and lookup("thành phố Huế", on=AFTER)[0].unit_id == "P46"
    assert name_on("P46", hue.unit_name, date(2020, 5, 1)) == "tỉnh Thừa Thiên Huế"
    assert name_on("P46", hue.unit_name, date(2025, 3, 1)) == "thành phố Huế"
    assert name_on("P46", hue.unit_name, None) == "thành phố Huế"


def test_build_tables_gives_new_ids_spans_and_crosswalk():
    pre = [_pre(1, "Tỉnh Một", [11, 12]), _pre(2, "Tỉnh Hai", [21, 22]), _pre(3, "Tỉnh Ba", [31])]
    post = [{"code": 2, "name": "Hai", "division_type": "tỉnh",
             "wards": [{"code": 11, "name": "Phường Mười Một"}, {"code": 22, "name": "Xã Hai Hai"}]},
            {"code": 3, "name": "Ba", "division_type": "tỉnh",
             "wards": [{"code": 31, "name": "Đặc khu Ba Một"}]}]
    rows, cross = build.build_tables([("new", pre)], post, post_source="2025")
    by_id = {r["unit_id"]: r for r in rows}
    # the merged province: a new id valid from the reform; the old ones end the day before
    assert by_id["P2-2025"]["valid_from"] == "2025-07-01" and by_id["P2-2025"]["valid_to"] == ""
    assert by_id["P1"]["valid_to"] == by_id["P2"]["valid_to"] == "2025-06-30"
    # a province left whole keeps its id and an open span
    assert "P3-2025" not in by_id and by_id["P3"]["valid_to"] == ""
    assert by_id["X31-2025"]["type"] == "đặc khu" and by_id["X31-2025"]["province_id"] == "P3"
    assert by_id["X11-2025"]["province"] == "tỉnh Hai" and by_id["X11-2025"]["district_id"] == ""
    rel = {(c["old_id"], c["new_id"]): c["relation"] for c in cross}
    assert rel[("P1", "P2-2025")] == rel[("P2", "P2-2025")] == "merged_into"
    assert rel[("P3", "P3")] == "same"
    assert rel[("X11", "X11-2025")] == "code_kept" and rel[("X12", "P2-2025")] == "within"
    assert rel[("D10", "P2-2025")] == "dissolved_into"


def test_a_name_a_unit_did_not_bear_yet_is_not_its_name():
    """``thành phố Huế`` is the province only since 2025; before, it was the district-level
    city of tỉnh Thừa Thiên Huế (later quận Thuận Hóa)."""
    header = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ"
    before = resolve_unit(header, on=date(2023, 12, 8))
    assert before is not None and before.unit_level == "huyen" and before.province_id == "P46"
    assert gz.name_on(before.unit_id, before.unit_name, date(2023, 12, 8)) == "thành phố Huế"
    assert gz.name_on("P46", "thành phố Huế", date(2023, 12, 8)) == "tỉnh Thừa Thiên Huế"
    after = resolve_unit(header, on=date(2025, 3, 1))
    assert after is not None and (after.unit_id, after.unit_level) == ("P46", "tinh")


def test_official_spelling_over_the_package_data():
    unit = gz.get_unit("D661")
    assert (unit.unit_name, unit.province) == ("huyện Đắk Glong", "tỉnh Đắk Nông")
    assert [u.unit_id for u in lookup("huyện Đăk Glong")] == ["D661"]       # the other spelling still matches


def test_a_place_line_shared_by_a_district_and_its_commune_is_no_province_evidence():
    """``huyện Châu Thành`` is a district of eleven provinces; a place line ``Châu Thành``
    names the district and, in some of them, a commune inside it too. That does not make
    those provinces likelier: with nothing else, no unit."""
    header = "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 215/BC-UBND\nChâu Thành, ngày 31 tháng 3 năm 2024"
    assert resolve_unit(header, on=date(2024, 3, 31)) is None
    unit = resolve_unit(header, body="Thực hiện Kế hoạch của UBND tỉnh Tiền Giang, đơn vị báo cáo như sau:",
                        on=date(2024, 3, 31))
    assert unit is not None and unit.unit_id == "D821"


def test_the_capital_written_as_thu_do():
    found = find_units("Thủ đô Hà Nội đã tiếp nhận hơn 3 triệu hồ sơ", on=date(2025, 8, 1))
    assert [u.unit_id for u, _, _ in found] == ["P1"]


def test_a_rename_the_package_data_lack_is_applied_from_the_renames_file():
    """``huyện Mộc Châu`` became ``thị xã Mộc Châu`` (same territory, same id) on 2025-01-01;
    the package data of 2025-01-04 still write the huyện. ``unit_renames.csv`` gives the new
    name: each name matches on its own dates, untyped too."""
    unit = gz.get_unit("D123")
    assert (unit.unit_name, unit.unit_type, unit.unit_level) == ("thị xã Mộc Châu", "thị xã", "huyen")
    assert [u.unit_id for u in lookup("thị xã Mộc Châu", on=date(2025, 4, 2))] == ["D123"]
    assert [u.unit_id for u in lookup("huyện Mộc Châu", on=date(2023, 9, 30))] == ["D123"]
    for day in (date(2023, 9, 30), date(2025, 4, 2)):
        assert [u.unit_id for u in lookup("Mộc Châu", level="huyen", on=day)] == ["D123"]
    assert gz.name_on("D123", unit.unit_name, date(2023, 9, 30)) == "huyện Mộc Châu"
    assert gz.name_on("D123", unit.unit_name, date(2025, 4, 2)) == "thị xã Mộc Châu"
    assert lookup("thị xã Mộc Châu", on=date(2026, 2, 1)) == []      # no district level then


def test_a_unit_written_as_new_is_a_mention():
    found = find_units("Sau sắp xếp, phường mới Tam Kỳ tiếp nhận 300 hồ sơ", on=date(2025, 7, 20))
    assert [u.unit_id for u, _, _ in found] == ["X20341-2025"]
    assert find_units("mọi xã mới thành lập đều có trung tâm", on=date(2025, 7, 20)) == []


@pytest.mark.parametrize("text, on, mentions", [
    # an untyped province in brackets right after a unit lying in it: a mention of it
    # (undated: the province of 2025 the ward lies in, which then narrows the ward's namesakes)
    ("phường Long Xuyên (An Giang)", None, [("phường Long Xuyên", "X30307-2025"), ("An Giang", "P91-2025")]),
    ("huyện Ba Tri (Bến Tre)", BEFORE, [("huyện Ba Tri", "D836"), ("Bến Tre", "P83")]),
    # ... not a province the unit does not lie in, nor a bracket that names no province
    ("huyện Ba Tri (Trà Vinh)", BEFORE, [("huyện Ba Tri", "D836")]),
    ("huyện Ba Tri (Tư liệu)", BEFORE, [("huyện Ba Tri", "D836")]),
])
def test_find_units_bracketed_province(text, on, mentions):
    found = [(text[s:e], u.unit_id) for u, s, e in find_units(text, on=on)]
    assert sorted(found) == sorted(mentions)


@pytest.mark.parametrize("title, body, unit_id", [
    # undated namesakes of a commune formed in 2025: its province's evidence decides, not the
    # districts its pre-reform namesakes are credited with by their own mention
    ("Xã Đức Hòa đón người dân làm thủ tục", "Trung tâm Phục vụ hành chính công xã Đức Hòa, tỉnh Tây "
     "Ninh mở cửa cả sáng thứ bảy để người dân làm thủ tục đất đai.", "X27937-2025"),
    # the province's evidence is equal: no guess
    ("Xã Đức Hòa đón người dân làm thủ tục", "Người dân đến làm thủ tục đất đai ngày càng đông.", None),
])
def test_namesakes_weighed_by_province_first(title, body, unit_id):
    unit = resolve_unit("", title, body, news=True)
    assert (unit.unit_id if unit else None) == unit_id


@pytest.mark.parametrize("text, mentions", [
    # a province written untyped after the full name of one of its bodies
    ("Sở Nội vụ Quảng Ninh vừa công bố", [("Quảng Ninh", "P22")]),
    ("Sở Giáo dục và Đào tạo Hà Nội cho biết", [("Hà Nội", "P1")]),
    ("UBND Hà Tĩnh ban hành kế hoạch", [("Hà Tĩnh", "P42")]),
    # ... not a name after the body's predicate, nor a letterhead's capitals, nor a district
    ("Sở Nội vụ cho biết Hà Nội", []),
    ("SỞ NỘI VỤ QUẢNG NINH", []),
    ("UBND Duyên Hải ban hành", []),
])
def test_find_units_province_after_a_body_name(text, mentions):
    found = [(text[s:e], u.unit_id) for u, s, e in find_units(text, on=BEFORE)]
    assert found == mentions


RENAMED_BY_TYPE_WORD = [
    # (unit id, name on a day before the rename, day before, name after, day after)
    ("D350", "huyện Kim Bảng", date(2023, 6, 12), "thị xã Kim Bảng", date(2025, 2, 20)),
    ("D311", "huyện Thuỷ Nguyên", date(2024, 7, 1), "thành phố Thuỷ Nguyên", date(2025, 1, 1)),
    ("D312", "huyện An Dương", date(2024, 12, 31), "quận An Dương", date(2025, 5, 5)),
    ("D476", "huyện Phong Điền", date(2022, 3, 3), "thị xã Phong Điền", date(2025, 4, 1)),
    ("D205", "thị xã Đông Triều", date(2024, 10, 31), "thành phố Đông Triều", date(2024, 11, 1)),
    # earlier changes of type word, each on the day before and the day its resolution took effect
    ("D261", "thị xã Từ Sơn", date(2021, 10, 31), "thành phố Từ Sơn", date(2021, 11, 1)),
    ("D172", "thị xã Phổ Yên", date(2022, 4, 9), "thành phố Phổ Yên", date(2022, 4, 10)),
    ("D697", "huyện Chơn Thành", date(2022, 9, 30), "thị xã Chơn Thành", date(2022, 10, 1)),
    ("D259", "huyện Quế Võ", date(2023, 4, 9), "thị xã Quế Võ", date(2023, 4, 10)),
    ("D262", "huyện Thuận Thành", date(2023, 4, 9), "thị xã Thuận Thành", date(2023, 4, 10)),
    ("D890", "huyện Tịnh Biên", date(2023, 4, 9), "thị xã Tịnh Biên", date(2023, 4, 10)),
    ("D723", "thị xã Tân Uyên", date(2023, 4, 9), "thành phố Tân Uyên", date(2023, 4, 10)),
    ("D222", "huyện Việt Yên", date(2024, 1, 31), "thị xã Việt Yên", date(2024, 2, 1)),
    ("D721", "thị xã Bến Cát", date(2024, 4, 30), "thành phố Bến Cát", date(2024, 5, 1)),
    ("D816", "thị xã Gò Công", date(2024, 4, 30), "thành phố Gò Công", date(2024, 5, 1)),
    ("D374", "huyện Hoa Lư", date(2024, 12, 31), "thành phố Hoa Lư", date(2025, 1, 1)),
]


@pytest.mark.parametrize("unit_id,before,day_before,after,day_after", RENAMED_BY_TYPE_WORD)
def test_a_unit_renamed_by_its_type_word_prints_the_name_of_the_documents_date(
    unit_id, before, day_before, after, day_after
):
    """The package data carry the new type word with the old name only among other names
    (``unit_renames.csv`` gives the day): each name is matched and printed on its own dates."""
    unit = gz.get_unit(unit_id)
    assert unit.unit_name == after
    assert gz.name_on(unit_id, unit.unit_name, day_before) == before
    assert gz.name_on(unit_id, unit.unit_name, day_after) == after
    assert unit_id in [u.unit_id for u in lookup(before, on=day_before)]  # huyện Phong Điền also in Cần Thơ
    assert [u.unit_id for u in lookup(after, on=day_after)] == [unit_id]


def test_a_district_the_data_carry_unrenamed_keeps_its_name_on_any_date():
    unit = gz.get_unit("D351")
    for day in (date(2019, 1, 1), date(2025, 3, 1)):
        assert gz.name_on("D351", unit.unit_name, day) == unit.unit_name


_ONE_STOP = "Một cửa liên thông ở cấp cơ sở"
_RANKED_LEAD = (
    "Sau gần một năm thực hiện chính quyền hai cấp, Quảng Trị hiện đứng đầu 34 tỉnh, thành phố về "
    "tỷ lệ hồ sơ nộp trực tuyến toàn trình.\n\n"
)
UNTYPED_PROVINCE_LEADS = [
    # an untyped province the subject of the lead's first sentence (with its predicate), a
    # ward inside it acting later: the province, whether or not the text takes it up by its
    # type word, never the ward
    (_RANKED_LEAD + "Từ tháng 9, Ủy ban nhân dân phường Đông Hà phối hợp với Trung tâm Phục vụ hành "
     "chính công tỉnh mở quầy hỗ trợ người dân.", "P44-2025"),
    (_RANKED_LEAD + "Từ tháng 9, Ủy ban nhân dân phường Đông Hà phối hợp với các sở mở quầy hỗ trợ "
     "người dân.", "P44-2025"),
    # an untyped name opening the lead with no predicate after it: no unit
    ("Quảng Trị, những ngày cuối năm, người dân đến Trung tâm hành chính công đông hơn thường lệ."
     "\n\nTừ tháng 9, các sở mở quầy hỗ trợ người dân.", None),
    # a first sentence of setting alone, naming no place: the body acting next is the unit
    ("Sau gần một năm thực hiện chính quyền hai cấp, mô hình một cửa ở cơ sở đã có nhiều chuyển biến "
     "rõ rệt về chất lượng phục vụ.\n\nTừ tháng 9, Ủy ban nhân dân phường Đông Hà phối hợp với các sở "
     "mở quầy hỗ trợ người dân.", "X19333-2025"),
    # an untyped province leads, another province's committee acts: no unit
    ("Năm nay, Gia Lai hiện dẫn đầu khu vực về số hồ sơ giải quyết đúng hạn, theo báo cáo mới công "
     "bố.\n\nỦy ban nhân dân tỉnh Đắk Lắk phối hợp với các sở rà soát quy trình.", None),
]


@pytest.mark.parametrize("body,unit_id", UNTYPED_PROVINCE_LEADS)
def test_an_untyped_province_leading_the_first_sentence_is_no_setting(body, unit_id):
    unit = resolve_unit(None, title=_ONE_STOP, body=body, on=date(2025, 12, 10), news=True)
    assert (unit.unit_id if unit else None) == unit_id


def test_cung_together_is_no_time_adverb_before_a_predicate():
    """``hiện`` (now) may stand between a subject and its verb; ``cùng`` (together), folded
    like ``cũng``, is no such word: two communes of a district acting together leave no unit."""
    body = ("Năm 2024, xã Hàm Liêm và xã Hàm Chính của huyện Hàm Thuận Bắc cùng triển khai trả kết "
            "quả tại nhà cho người cao tuổi.")
    assert resolve_unit(None, title="Hai xã cùng làm một việc", body=body, on=date(2024, 6, 1), news=True) is None


CENTRAL_SOURCE_LEADS = [
    # a ministry named only as the source of the figures in the opening 'theo' clause: the
    # province whose index the sentence reports is the item's unit
    ("Theo số liệu Bộ Nội vụ vừa công bố, Chỉ số hài lòng năm 2024 của tỉnh Lào Cai xếp thứ 9/63 "
     "tỉnh, thành phố, tăng 3 bậc so với năm trước.", "P10"),
    # a central body acting after the clause: the province is its venue, no unit
    ("Theo kế hoạch, Thủ tướng Chính phủ sẽ làm việc với tỉnh Lào Cai về tiến độ số hóa hồ sơ "
     "trong tháng tới.", None),
    # no 'theo' clause: the ministry acts in the sentence, no unit
    ("Bộ Nội vụ vừa công bố Chỉ số hài lòng năm 2024, trong đó tỉnh Lào Cai đạt 84,1%, tăng 3 "
     "bậc so với năm trước.", None),
]


@pytest.mark.parametrize("body,unit_id", CENTRAL_SOURCE_LEADS)
def test_a_central_body_as_the_source_of_the_figures_leaves_the_lead_its_unit(body, unit_id):
    unit = resolve_unit(None, title="Chỉ số hài lòng tăng 3 bậc", body=body, on=date(2025, 1, 15), news=True)
    assert (unit.unit_id if unit else None) == unit_id


UNIT_BODIES_LEADS = [
    # the unit's own sectors at large as the clause's subject ("các cấp, các ngành tỉnh X")
    ("Trong 6 tháng đầu năm, các cấp, các ngành tỉnh Lào Cai tập trung rà soát quy trình nội bộ, "
     "tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,4%.", "P10"),
    # two provinces' sectors side by side: no unit
    ("Trong 6 tháng đầu năm, các ngành tỉnh Lào Cai và tỉnh Yên Bái tập trung rà soát quy trình nội "
     "bộ, tỷ lệ hồ sơ giải quyết đúng hạn đều trên 95%.", None),
]


@pytest.mark.parametrize("body,unit_id", UNIT_BODIES_LEADS)
def test_the_sectors_of_a_unit_as_the_leads_subject(body, unit_id):
    unit = resolve_unit(None, title="Rà soát quy trình nội bộ", body=body, on=date(2024, 7, 10), news=True)
    assert (unit.unit_id if unit else None) == unit_id


@pytest.mark.parametrize("name,day,unit_id,unit_name", [
    # upgraded after the year written, the data know only the new type word: the unit, as written
    ("huyện Phú Quốc", date(2019, 6, 1), "D911", "huyện Phú Quốc"),
    ("thị xã Long Khánh", date(2018, 3, 1), "D732", "thị xã Long Khánh"),
    ("huyện Mỹ Hào", date(2017, 9, 1), "D328", "huyện Mỹ Hào"),
    # a commune-level name the data hold only as a ward formed in 2025: no upgrade, nothing
    ("xã Buôn Ma Thuột", date(2018, 3, 1), None, None),
    ("xã Buôn Ma Thuột", None, None, None),
    # after the reform the former units are gone: nothing
    ("huyện Phú Quốc", date(2026, 1, 5), None, None),
])
def test_a_type_word_the_data_have_since_upgraded_names_the_unit(name, day, unit_id, unit_name):
    found = gz.lookup(name, on=day)
    assert [(u.unit_id, u.unit_name) for u in found] == ([(unit_id, unit_name)] if unit_id else [])


def test_a_type_word_above_the_data_is_no_upgrade():
    # the data hold thị xã Hoàng Mai (Nghệ An) and quận Hoàng Mai (Hà Nội); a "thành phố
    # Hoàng Mai" names neither: no unit is made up by climbing down
    assert gz.lookup("thành phố Hoàng Mai", on=date(2019, 1, 1)) == []


# a lead that names a higher unit only as the parent, actor, agent or portal of a lower one
PARENT_ONLY_LEADS = [
    # the province's chair checks a commune's one-stop office: the commune
    ("Sáng 9/10, Phó Chủ tịch UBND tỉnh Quảng Trị kiểm tra bộ phận một cửa của xã Dân Hóa "
     "(tỉnh Quảng Trị), nơi mỗi ngày tiếp nhận hơn 60 hồ sơ.", date(2025, 10, 9), "X18904-2025"),
    # a quận ranked first in an index the city publishes: the quận
    ("Quận Cầu Giấy đứng đầu bảng xếp hạng chỉ số cải cách hành chính năm 2023 do UBND "
     "thành phố Hà Nội công bố chiều 20/3, với 92,4 điểm.", date(2024, 3, 20), "D5"),
    # a bare name in apposition with its type word, under the city's own portal byline
    ("Cổng thông tin thành phố Đà Nẵng\nHải Vân, phường mới được hợp nhất từ ba phường cũ, đã "
     "giải quyết đúng hạn 98% hồ sơ trong ba tháng đầu vận hành.", date(2025, 10, 2), "X20195-2025"),
    # a genitive with the parent chain in brackets: the ward
    ("Toàn bộ 12 tổ dân phố của phường Mũi Né (tỉnh Lâm Đồng) đã có tổ công nghệ số cộng đồng "
     "hỗ trợ người dân nộp hồ sơ trực tuyến.", date(2025, 11, 3), "X22918-2025"),
]


@pytest.mark.parametrize("body,day,unit_id", PARENT_ONLY_LEADS)
def test_a_unit_named_only_as_anothers_parent_is_not_the_items(body, day, unit_id):
    unit = resolve_unit(None, title="Một cửa thông suốt ở cơ sở", body=body, on=day, news=True)
    assert unit is not None and unit.unit_id == unit_id


def test_a_lower_unit_that_cannot_be_found_leaves_no_unit_not_its_parent():
    # xã Quỳnh Bảng was merged away in 2025: named in 2026 it is not found, and its province in
    # brackets is only its parent
    body = ("Chiều 5/2, Chủ tịch UBND tỉnh Nghệ An kiểm tra việc tiếp nhận hồ sơ tại xã Quỳnh "
            "Bảng (tỉnh Nghệ An), nơi có 40% hồ sơ nộp trực tuyến.")
    assert resolve_unit(None, title="Kiểm tra ở cơ sở", body=body, on=date(2026, 2, 5), news=True) is None


def test_a_province_that_acts_at_a_venue_stays_the_unit():
    # a conference the province holds at a district: the district is a venue, not a genitive
    body = ("Sáng 14/6, UBND tỉnh Nghệ An tổ chức hội nghị sơ kết cải cách hành chính 6 tháng đầu "
            "năm tại huyện Quỳnh Lưu, với sự tham dự của lãnh đạo các sở, ngành.")
    unit = resolve_unit(None, title="Sơ kết cải cách hành chính", body=body, on=date(2024, 6, 14), news=True)
    assert unit is not None and unit.unit_id == "P40"


def test_khu_dan_cu_cua_is_no_former_unit():
    # "cư" folds as "cũ": "khu dân cư của phường X" does not write X as it was
    body = ("Các khu dân cư của phường Trưng Trắc (thành phố Phúc Yên, tỉnh Vĩnh Phúc) đã lập tổ "
            "công tác hỗ trợ người dân làm thủ tục trực tuyến.")
    unit = resolve_unit(None, title="Chuyển đổi số ở phường", body=body, on=date(2023, 5, 1), news=True)
    assert unit is not None and unit.unit_id == "X8734"


def test_an_undated_former_name_is_kept_as_written():
    # phường Trưng Nhị, merged into another ward, named undated: the name as written
    found = gz.lookup("phường Trưng Nhị")
    assert [(u.unit_name, u.province) for u in found] == [("phường Trưng Nhị", "tỉnh Vĩnh Phúc")]


@pytest.mark.parametrize("title,body,unit_id", [
    # a bare headline name the lead takes up by its type word alone: the one unit of that type
    ("Krông Pắc: hơn 90% hồ sơ được trả đúng hẹn",
     "Năm 2023, Bộ phận Một cửa của UBND huyện tiếp nhận hơn 8.000 hồ sơ, trong đó 91% được trả "
     "kết quả đúng hẹn, cao hơn năm trước.", "D654"),
    ("Lục Ngạn tăng mạnh tỷ lệ hồ sơ trực tuyến",
     "Trong sáu tháng đầu năm 2022, huyện đã tiếp nhận gần 5.000 hồ sơ qua dịch vụ công trực "
     "tuyến, gấp đôi cùng kỳ năm trước.", "D219"),
    # namesakes of that type in many provinces: no one unit
    ("Châu Thành: người dân hài lòng với bộ phận một cửa",
     "Năm 2022, Phó Chủ tịch UBND huyện cho biết 98% người dân được khảo sát hài lòng với cách "
     "phục vụ của cán bộ một cửa.", None),
])
def test_a_bare_headline_name_taken_up_by_its_type_word(title, body, unit_id):
    unit = resolve_unit(None, title=title, body=body, on=date(2023, 1, 1), news=True)
    assert (unit.unit_id if unit else None) == unit_id


@pytest.mark.parametrize("body,unit_id", [
    # a fronted merger clause lists the units absorbed; the unit then named, with what it is
    # in its district in apposition, is the subject
    ("Sau khi nhập thêm xã Đông Sơn, thị trấn Đô Lương, huyện lỵ của huyện Đô Lương (Nghệ An), "
     "có quy mô dân số tăng gần gấp đôi, nay 98% hồ sơ được giải quyết trực tuyến.", "X17617"),
    ("Sau khi nhập thêm hai xã lân cận, thị trấn Thường Xuân, huyện lỵ của huyện Thường Xuân "
     "(Thanh Hóa), đã bố trí thêm quầy tiếp nhận hồ sơ tại bộ phận một cửa.", "X15646"),
])
def test_a_unit_after_a_fronted_merger_with_its_role_in_apposition(body, unit_id):
    unit = resolve_unit(None, title="Thị trấn mở rộng, thủ tục nhanh hơn", body=body, on=date(2022, 5, 1), news=True)
    assert unit is not None and unit.unit_id == unit_id


@pytest.mark.parametrize("title,body,day,unit_id", [
    # the headline's name after one capitalised word (a demonym), taken up by the type word alone
    ("Người Đà Nẵng nộp hồ sơ ở bất kỳ phường, xã nào",
     "UBND thành phố vừa cho phép người dân nộp hồ sơ đất đai tại bất kỳ trung tâm phục vụ hành "
     "chính công nào; thành phố cũng giảm một nửa phí cấp bản sao.", date(2025, 10, 20), "P48-2025"),
    ("Người Châu Thành hài lòng với bộ phận một cửa",
     "Theo UBND huyện, 97% người dân được hỏi hài lòng với thái độ phục vụ của cán bộ một cửa "
     "trong năm qua.", date(2023, 6, 1), None),
])
def test_a_headline_name_after_a_demonym_taken_up_by_its_type_word(title, body, day, unit_id):
    unit = resolve_unit(None, title=title, body=body, on=day, news=True)
    assert (unit.unit_id if unit else None) == unit_id


@pytest.mark.parametrize("title,name", [
    # a province leads the headline; the matter is a unit below it, its type word apart from its name
    ("Lào Cai: Người dân xã vùng cao Bát Xát làm thủ tục ngay tại trung tâm", "xã Bát Xát"),
    ('Thanh Hóa: "phường trung tâm" Hạc Thành trả kết quả trong ngày', "phường Hạc Thành"),
    # so typed, but not in that province: no unit, never the province
    ("Nghệ An: xã biên giới Bát Xát đưa dịch vụ công về bản", None),
    # plural units below: the province stands
    ("Lào Cai: Nhiều phường đặc biệt đông dân Cam Đường, Lào Cai tăng hồ sơ trực tuyến", "tỉnh Lào Cai"),
])
def test_a_province_headline_over_a_lower_unit_typed_apart(title, name):
    body = "Từ tháng 7, cán bộ tiếp nhận hơn 1.500 hồ sơ, phần lớn được trả kết quả sớm hơn hẹn."
    unit = resolve_unit(None, title=title, body=body, on=date(2025, 9, 10), news=True)
    assert (unit.unit_name if unit else None) == name


@pytest.mark.parametrize("body,name", [
    # the lead's first sentence names the city; committees of its districts come in a detail later
    ("Trung tâm Phục vụ hành chính công thành phố Đà Nẵng nhận hồ sơ đến 19 giờ các ngày thứ Năm.\n"
     "Ngoài trụ sở, hồ sơ còn được nhận tại UBND quận Hải Châu và UBND quận Thanh Khê.", "thành phố Đà Nẵng"),
    # the lead names the same unit whose committee acts after it: that unit
    ("Sáng 3/4, Trung tâm một cửa phường Hải Châu, thành phố Đà Nẵng đón nhiều người dân. "
     "Ông Lê Văn B, Chủ tịch UBND phường Hải Châu, cho biết hồ sơ tăng gấp đôi.", "phường Hải Châu"),
])
def test_a_committee_past_a_lead_that_names_another_unit_is_no_actor(body, name):
    unit = resolve_unit(None, title="Thêm giờ tiếp nhận hồ sơ", body=body, on=date(2025, 8, 1), news=True)
    assert (unit.unit_name if unit else None) == name


@pytest.mark.parametrize("title,body,name,province", [
    # a bare headline name of a xã, namesakes in two provinces: the one the lead brackets
    ("Tân Hiệp rút ngắn thời gian trả kết quả",
     "Sau khi vận hành chính quyền hai cấp, Chủ tịch UBND xã đã sắp xếp lại quầy tiếp nhận của "
     "Trung tâm Phục vụ hành chính công xã (TP Đà Nẵng) để người dân không phải chờ.",
     "xã Tân Hiệp", "thành phố Đà Nẵng"),
    # no province named: namesakes stay apart, no unit
    ("Tân Hiệp rút ngắn thời gian trả kết quả",
     "Sau khi vận hành chính quyền hai cấp, Chủ tịch UBND xã đã sắp xếp lại quầy tiếp nhận để "
     "người dân không phải chờ.", None, None),
    # "xã hội" is no type word taken up
    ("Tân Hiệp rút ngắn thời gian trả kết quả",
     "Các tổ chức xã hội hỗ trợ người dân nộp hồ sơ trực tuyến tại trung tâm.", None, None),
])
def test_a_bare_headline_xa_among_namesakes_told_by_the_lead_province(title, body, name, province):
    unit = resolve_unit(None, title=title, body=body, on=date(2025, 9, 1), news=True)
    assert ((unit.unit_name, unit.province) if unit else (None, None)) == (name, province)


@pytest.mark.parametrize("body,name", [
    # the one xã the lead names, with its city, then takes up by its type word alone
    ("Được trả kết quả chỉ sau 20 phút, bà Trần Thị C, người dân xã Phú Lộc của thành phố Huế, "
     "rất hài lòng.\nChủ tịch UBND xã cho biết trung tâm đã có máy lấy số tự động.", "xã Phú Lộc"),
    # namesakes with no province named: none
    ("Được trả kết quả chỉ sau 20 phút, bà Trần Thị C, người dân xã Phú Lộc, rất hài lòng.\n"
     "Chủ tịch UBND xã cho biết trung tâm đã có máy lấy số tự động.", None),
    # two units named: none of them is the one taken up
    ("Được trả kết quả chỉ sau 20 phút, bà Trần Thị C, người dân xã Phú Lộc của thành phố Huế, "
     "vốn quen làm thủ tục ở xã Phú Lộc của thành phố Cần Thơ.\nChủ tịch UBND xã cho biết trung tâm "
     "đã có máy lấy số tự động.", None),
])
def test_the_one_unit_a_lead_names_then_takes_up_by_its_type_word(body, name):
    unit = resolve_unit(None, title="Lấy sự hài lòng làm thước đo", body=body, on=date(2025, 9, 1), news=True)
    assert (unit.unit_name if unit else None) == name


# ---------------------------------------------------------------- former units (gazetteer_history.csv)

def test_history_rows_are_former_units_with_a_successor_of_the_data():
    """Each former unit has an id of its own (never one of the package data), a last day, and a
    successor the gazetteer holds; it is valid only until its last day."""
    with GAZETTEER_CSV.open(encoding="utf-8", newline="") as fh:
        data_ids = {r["unit_id"] for r in csv.DictReader(fh)}
    with gz.HISTORY_CSV.open(encoding="utf-8", newline="") as fh:
        history = list(csv.DictReader(fh))
    assert history
    units = load_gazetteer().units
    for r in history:
        assert r["unit_id"] not in data_ids
        assert re.fullmatch(r"[PDX]\d+", r["unit_id"]) and r["valid_to"] and r["basis"]
        unit = units[r["unit_id"]]
        assert unit.valid_to == date.fromisoformat(r["valid_to"]) and unit.successor_id == r["successor_id"]
        assert r["successor_id"] in units and unit.unit_level == r["level"]


@pytest.mark.parametrize("name, day, unit_id, printed", [
    # merged into another unit: the old unit before its last day, the successor after it
    ("huyện Hoành Bồ", date(2018, 6, 1), "D204", "huyện Hoành Bồ"),
    ("huyện Hoành Bồ", date(2021, 6, 1), "D193", "thành phố Hạ Long"),
    ("quận 9", date(2019, 12, 31), "D763", "quận 9"),
    ("quận 9", date(2021, 2, 1), "D769", "thành phố Thủ Đức"),
    ("quận Thủ Đức", date(2020, 5, 1), "D762", "quận Thủ Đức"),
    ("tỉnh Hà Tây", date(2007, 3, 1), "P28", "tỉnh Hà Tây"),
    ("tỉnh Hà Tây", date(2009, 3, 1), "P1", "thành phố Hà Nội"),
    # renamed on its own code: the name of the day
    ("quận 2", date(2020, 4, 1), "D769", "quận 2"),
    ("thành phố Thủ Đức", date(2023, 4, 1), "D769", "thành phố Thủ Đức"),
    ("huyện Tĩnh Gia", date(2019, 9, 1), "D407", "huyện Tĩnh Gia"),
    ("thị xã Nghi Sơn", date(2022, 9, 1), "D407", "thị xã Nghi Sơn"),
    # split: the code kept by one half is that half's, named as the data lack
    ("huyện Long Đất", date(2001, 9, 1), "D753", "huyện Long Đất"),
    ("huyện Đất Đỏ", date(2017, 12, 18), "D753", "huyện Đất Đỏ"),
    ("huyện Long Điền", date(2017, 12, 18), "D752", "huyện Long Điền"),
])
def test_a_former_unit_resolves_by_the_date_to_itself_or_its_successor(name, day, unit_id, printed):
    found = lookup(name, on=day)
    assert [u.unit_id for u in found] == [unit_id]
    assert gz.name_on(found[0].unit_id, found[0].unit_name, day) == printed


def test_a_former_unit_is_never_a_namesake_of_another_type():
    """``phường Hoành Bồ`` (a ward of Hạ Long since 2020) is not the former huyện, nor the
    reverse; a former province is no commune of its name."""
    assert [u.unit_id for u in lookup("phường Hoành Bồ", on=date(2021, 6, 1))] == ["X7030"]
    assert [u.unit_id for u in lookup("huyện Hoành Bồ", on=date(2018, 6, 1))] == ["D204"]
    assert [u.unit_id for u in lookup("xã Hà Tây", on=date(2007, 3, 1))] == ["X23725"]
    assert lookup("tỉnh Hà Tây", level="xa", on=date(2007, 3, 1)) == []


def test_a_report_of_a_former_district_keeps_its_province_of_the_day():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN HOÀNH BỒ\nSố: 12/BC-UBND\nHoành Bồ, ngày 10 tháng 6 năm 2018\n"
            "BÁO CÁO\nKết quả công tác cải cách hành chính 6 tháng đầu năm 2018\n")
    unit = resolve_unit(text, on=date(2018, 6, 10))
    assert unit is not None and unit.unit_id == "D204" and unit.province == "tỉnh Quảng Ninh"


@pytest.mark.parametrize("name, day, province", [
    ("huyện Chương Mỹ", date(2007, 12, 20), "tỉnh Hà Tây"),      # a district of Hà Tây until 2008-07-31
    ("huyện Chương Mỹ", date(2008, 8, 1), "thành phố Hà Nội"),
    ("huyện Mê Linh", date(2006, 5, 1), "tỉnh Vĩnh Phúc"),       # moved from Vĩnh Phúc the same day
    ("huyện Mê Linh", date(2015, 5, 1), "thành phố Hà Nội"),
    ("huyện Gia Lâm", date(2006, 5, 1), "thành phố Hà Nội"),     # Hà Nội's own: no move
])
def test_a_district_moved_to_another_province_keeps_its_province_of_the_day(name, day, province):
    unit = lookup(name, on=day)[0]
    province_id, province_name = gz.province_on(unit, day)
    assert province_name == province and gz.get_unit(province_id).unit_name == province


def test_a_commune_follows_its_districts_move():
    commune = next(u for u in lookup("xã Thủy Xuân Tiên", on=date(2007, 1, 1)) if u.district_id == "D277")
    assert gz.province_on(commune, date(2007, 1, 1))[1] == "tỉnh Hà Tây"


def test_moves_name_districts_and_former_provinces_the_gazetteer_holds():
    with gz.MOVES_CSV.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    units = load_gazetteer().units
    for r in rows:
        assert units[r["unit_id"]].unit_level == "huyen" and units[r["province_id"]].unit_level == "tinh"
        assert units[r["unit_id"]].province_id != r["province_id"] and r["basis"]


@pytest.mark.parametrize("lead, ends_with", [
    # an abbreviation's period (a city, a title, a foreign name) ends no sentence
    ("Năm 2025, UBND TP. Cần Thơ giải quyết 98% hồ sơ đúng hạn trước thời hạn quy định. Câu sau.",
     "trước thời hạn quy định"),
    ("Ngày 5/8, đoàn công tác do ông Md. Rahman dẫn đầu làm việc với UBND tỉnh Hà Nam. Câu sau.",
     "làm việc với UBND tỉnh Hà Nam"),
    ("Sáng 12/3, ThS. Trần Thu Hà trình bày kết quả khảo sát của huyện Kim Bảng tại hội thảo! Câu sau.",
     "tại hội thảo"),
    # a sentence whose last word is a name or an all-capitals abbreviation does end there
    ("Năm 2024, tỉnh Lào Cai giải quyết đúng hạn 99% hồ sơ, đứng đầu khu vực là Lào Cai. Câu sau.",
     "đứng đầu khu vực là Lào Cai"),
    ("Năm 2024, huyện Bát Xát tiếp nhận và giải quyết tổng cộng 12.500 hồ sơ TTHC. Câu sau.",
     "12.500 hồ sơ TTHC"),
])
def test_the_leads_first_sentence_is_not_cut_at_an_abbreviation(lead, ends_with):
    from normalize.news_lead import _first_sentence

    body = "Tiêu đề\n" + lead
    start, end = _first_sentence(body)
    assert body[start:end].endswith(ends_with)
