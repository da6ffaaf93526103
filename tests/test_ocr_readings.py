"""Two readings of scanned values: disagreement, the arithmetic choosing only when one
combination fits, implausible values, and the calibrated confidence."""
from __future__ import annotations

from core.records import Observation
from normalize import checks
from normalize.catalog import load_catalog
from normalize.checks import OcrReading, calibrated, check_observations
from normalize.observations import normalize_value

CAT = load_catalog()


def _obs(code: str, raw: str, unit=None) -> Observation:
    form = int(code.split("-")[0][2:])
    o = Observation(form=form, stt=code.split("-")[1], label=CAT.get(code).label,
                    measure_unit=unit if unit is not None else CAT.get(code).measure_unit,
                    value_raw=raw, confidence=0.93, indicator_code=code)
    normalize_value(o, CAT)
    return o


def _check(rows, seconds: dict[int, str | None]):
    readings = {i: OcrReading(0.93, seconds.get(i)) for i in range(len(rows))}
    check_observations(rows, CAT, readings)
    return readings


def test_agreeing_readings_add_no_flag():
    rows = [_obs("BM1-2", "75"), _obs("BM1-2.1", "40"), _obs("BM1-2.2", "30")]
    readings = _check(rows, {0: "75", 1: "40", 2: "30"})
    assert all(not o.flags for o in rows)
    # 30 of 40 is the 75% printed: the ratio holding confirms all three readings.
    assert {r.status for r in readings.values()} == {"confirmed"}


def test_agreeing_readings_not_confirmed_when_the_ratio_fails():
    rows = [_obs("BM1-2", "75"), _obs("BM1-2.1", "40"), _obs("BM1-2.2", "20")]
    readings = _check(rows, {0: "75", 1: "40", 2: "20"})
    assert {r.status for r in readings.values()} == {"agree"}
    # Any of the three may be the misread one: each scanned member carries the flag.
    assert all("ratio_mismatch" in o.flags for o in rows)
    assert "a member of the rate BM1-2" in rows[2].flag_detail


def test_number_among_stray_marks_taken_from_the_digits_only_reading():
    rows = [_obs("BM1-2.1", "” -:84,52"), _obs("BM1-2.2", "\\ 1.528"), _obs("BM1-6", "S8 N")]
    readings = _check(rows, {0: "84,52", 1: "1.528", 2: "58"})
    assert rows[0].value == 84.52 and "ocr_marks_dropped" in rows[0].flags
    assert "” -:84,52" in rows[0].flag_detail
    assert rows[1].value == 1528.0 and readings[1].status == "cleaned"
    # Letters around other digits: no number is made up from them.
    assert rows[2].value is None and "implausible_value" in rows[2].flags


def test_disagreement_fixed_by_the_ratio_when_only_one_reading_fits():
    # 2.2 read as 24 and 74 on the two passes: only 74/100 gives the printed 74%.
    rows = [_obs("BM1-2", "74%"), _obs("BM1-2.1", "100"), _obs("BM1-2.2", "24")]
    _check(rows, {0: "74%", 1: "100", 2: "74"})
    part = rows[2]
    assert part.value == 74.0 and part.value_read == 24.0
    assert "reading_chosen_by_arithmetic" in part.flags and "ocr_disagreement" not in part.flags
    assert "74 taken" in part.flag_detail and "BM1-2" in part.flag_detail
    assert "ratio_mismatch" not in rows[0].flags


def test_disagreement_kept_when_the_arithmetic_cannot_decide():
    # Neither 24 nor 74 makes 50/100 = 50%; the first reading stays, flagged with both.
    rows = [_obs("BM1-2", "50%"), _obs("BM1-2.1", "100"), _obs("BM1-2.2", "24")]
    _check(rows, {2: "74"})
    part = rows[2]
    assert part.value == 24.0 and part.value_read is None
    assert "ocr_disagreement" in part.flags
    assert part.flag_detail.startswith("read 24 and 74 on two passes")
    assert "ratio_mismatch" in rows[0].flags


def test_no_choice_when_both_readings_fit():
    # A sum whose total and part are both doubtful in a way that fits twice: no choice.
    rows = [_obs("BM2-1", "10"), _obs("BM2-1.1", "3"), _obs("BM2-1.2", "4"), _obs("BM2-1.3", "3")]
    # total 10 or 11, part 1.1 3 or 4: 10=3+4+3 and 11=4+4+3 both hold
    _check(rows, {0: "11", 1: "4"})
    assert rows[0].value == 10.0 and rows[1].value == 3.0
    assert "ocr_disagreement" in rows[0].flags and "ocr_disagreement" in rows[1].flags


def test_a_unit_word_read_as_the_value_is_implausible():
    o = _obs("BM5-2.1", "Người")
    _check([o], {})
    assert o.value is None and "implausible_value" in o.flags
    assert "unit word" in o.flag_detail


def test_percent_above_100_takes_the_other_reading_when_that_one_is_plausible():
    o = _obs("BM7-5.1.2", "839,08")
    _check([o], {0: "89,08"})
    assert o.value == 89.08 and o.value_read == 839.08
    assert "reading_chosen_by_range" in o.flags and "implausible_value" in o.flags


def test_calibration_lookup_by_status_flag_and_band():
    table = [("agree", False, 0.9, 1.0001, 0.998), ("agree", False, 0.0, 0.9, 0.97),
             ("disagree", True, 0.0, 1.0001, 0.4)]
    assert calibrated("agree", False, 0.95, table) == 0.998
    assert calibrated("agree", False, 0.5, table) == 0.97
    assert calibrated("disagree", True, 0.99, table) == 0.4
    assert calibrated("single", False, 0.99, table) is None


def test_shipped_calibration_gives_doubtful_values_low_confidence():
    rows = [_obs("BM1-2", "50%"), _obs("BM1-2.1", "100"), _obs("BM1-2.2", "24"), _obs("BM1-1", "12")]
    _check(rows, {0: "50%", 1: "100", 2: "74", 3: "12"})
    assert rows[2].confidence < 0.8          # two readings, arithmetic broken
    assert rows[1].confidence < 0.9          # agreeing, but a member of the broken ratio
    if checks.load_calibration():
        assert rows[3].confidence > rows[2].confidence   # agreeing readings, no flag


def test_readings_found_by_page_text_and_box():
    from core.records import Cell, Line

    line = Line(cells=[Cell("2.2", (10, 100, 30, 120), 0.95), Cell("Số nhiệm vụ", (30, 100, 200, 120), 0.9),
                       Cell("24", (200, 100, 240, 120), 0.7, alt="74")], page=3, bbox=(10, 100, 240, 120), table=301)
    o = _obs("BM1-2.2", "24")
    o.page, o.bbox = 3, (10, 100, 240, 120)
    found = checks.ocr_readings([o], [line])
    assert found[0].second == "74" and found[0].raw_conf == 0.7


def test_values_a_row_of_that_kind_cannot_hold_are_implausible():
    group = _obs("BM1-3", "17")            # "Kiểm tra CCHC" heads its sub-rows
    count = _obs("BM1-2.1", "89,1")        # a count with a fractional part
    _check([group, count], {0: "17", 1: "89,1"})
    assert "implausible_value" in group.flags and "group row" in group.flag_detail
    assert "implausible_value" in count.flags and "count read as 89.1" in count.flag_detail


def test_a_scanned_value_that_is_no_number_nor_answer_word_is_implausible():
    junk = _obs("BM1-2.1", "Sốliệu")
    word = _obs("BM1-3.1", "Chưa")
    _check([junk, word], {})
    assert "implausible_value" in junk.flags and "answer word" in junk.flag_detail
    assert "implausible_value" not in word.flags


def test_readings_of_a_table_with_other_period_columns():
    # A scanned row with an earlier year's column: readings are keyed by position in the whole
    # list, so the previous-year value (published as read) must not shift them.
    prev = _obs("BM1-2.1", "38")
    prev.column = "previous"
    rows = [prev, _obs("BM1-2", "74%"), _obs("BM1-2.1", "100"), _obs("BM1-2.2", "24")]
    for o in rows[1:]:
        o.column = "current"
    _check(rows, {0: "38", 1: "74%", 2: "100", 3: "74"})
    assert rows[3].value == 74.0 and "reading_chosen_by_arithmetic" in rows[3].flags
    assert rows[0].value == 38.0 and not rows[0].flags


def test_flag_level_tells_doubt_from_an_inferred_place():
    o = _obs("BM1-2.1", "40")
    assert checks.flag_level(o) == 0
    o.flag("form_inferred")
    assert checks.flag_level(o) == 1
    o.flag("ocr_disagreement")
    assert checks.flag_level(o) == 2
