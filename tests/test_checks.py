"""Arithmetic checks: ratios, totals, percent range, ambiguous readings; observation normalization."""
from __future__ import annotations

import pytest

from conftest import seed_lines
from core.records import Observation
from normalize.catalog import load_catalog
from normalize.checks import check_observations, printed_decimals, ratio_tolerance
from normalize.observations import normalize_observations

CAT = load_catalog()
MISMATCH = {"ratio_mismatch", "sum_mismatch", "percent_out_of_range"}


def _obs(code, raw, unit=None, label="", origin="table"):
    form = int(code.split("-")[0][2:])
    return Observation(form=form, stt=code.split("-")[1], label=label or CAT.get(code).label,
                       measure_unit=unit if unit is not None else CAT.get(code).measure_unit,
                       value_raw=raw, origin=origin)


def _normalized(rows):
    normalize_observations(rows, CAT)
    return rows


@pytest.mark.parametrize("raw, value, decimals", [
    ("87,23", 87.23, 2), ("100", 100.0, 0), ("13.5%", 13.5, 1), ("20%", 20.0, 0),
    ("99.90%", 99.9, 2), ("0,81", 0.81, 2), ("2.378.231", 2378231.0, 0),
])
def test_printed_decimals(raw, value, decimals):
    assert printed_decimals(raw, value) == decimals


def test_ratio_tolerance_is_one_unit_of_the_last_decimal():
    assert ratio_tolerance("20%", 20.0) == pytest.approx(1.0)
    assert ratio_tolerance("13.5%", 13.5) == pytest.approx(0.1)
    assert ratio_tolerance("87,23", 87.23) == pytest.approx(0.01)


# one line per real irregularity: (percent printed, numerator, denominator, flagged?)
@pytest.mark.parametrize("percent, num, den, flagged", [
    ("20%", "07", "36", False),          # 7/36 = 19.44 rounded up to a whole percent (002 BM1)
    ("87,23", "26.226", "30.067", False),  # 87.2252 → 87.23 (000 BM3 3.3)
    ("0,81", "1", "124", False),         # 0.806 → 0.81
    ("44,64", "2.378.231", "5.328.116", False),
    ("99,5", "219", "220", False),       # 99.545 truncated
    ("19,56", "07", "36", True),         # two decimals printed, 0.11 away
    ("50", "07", "36", True),            # plainly wrong
    ("0", "0", "0", False),              # 0/0: nothing to check
    ("100", "", "36", False),            # a count left blank: nothing to check
    ("Không", "0", "22", False),         # a worded percent: nothing to check
])
def test_ratio_rows(percent, num, den, flagged):
    rows = _normalized([_obs("BM1-2", percent), _obs("BM1-2.1", den), _obs("BM1-2.2", num)])
    assert ("ratio_mismatch" in rows[0].flags) is flagged
    assert rows[0].value_raw == percent  # never rewritten


# (total, parts in template order (None = blank), flagged?)
@pytest.mark.parametrize("total, parts, flagged", [
    ("809", ["11", "43", "114", "559"], True),   # 000 BM6 2.1: the parts add up to 727
    ("727", ["11", "43", "114", "559"], False),
    ("26", [None, "01", None, "25"], False),     # 002 BM6 2.1: blanks, the rest adds up
    ("20", [None, "01", None, "25"], True),      # the given parts already exceed the total
    ("30", [None, "01", None, "25"], False),     # blanks may hold the rest
])
def test_sum_rows(total, parts, flagged):
    rows = [_obs("BM6-2.1", total)]
    for code, raw in zip(("BM6-2.2", "BM6-2.3", "BM6-2.4", "BM6-2.5"), parts):
        rows.append(_obs(code, raw))
    _normalized(rows)
    assert ("sum_mismatch" in rows[0].flags) is flagged
    assert all("sum_mismatch" not in o.flags for o in rows[1:])


@pytest.mark.parametrize("raw, unit, flagged", [
    ("120", "%", True), ("100", "%", False), ("0", "%", False), ("-5", "%", True),
    ("120", "Người", False),
])
def test_percent_range(raw, unit, flagged):
    code = "BM4-2.5" if unit == "%" else "BM4-2.1"
    rows = _normalized([_obs(code, raw, unit=unit)])
    assert ("percent_out_of_range" in rows[0].flags) is flagged


def test_ambiguous_money_settled_by_the_ratio():
    # 002 BM6: 13.5% = 17.991/132.928 — both read with dots as thousands, no flag left
    rows = _normalized([_obs("BM6-1", "13.5%"), _obs("BM6-1.1", "132.928"), _obs("BM6-1.2", "17.991")])
    assert rows[1].value == 132928 and rows[2].value == 17991
    assert not any("ambiguous_number" in o.flags or "ratio_mismatch" in o.flags for o in rows)


def test_ambiguous_reading_switched_when_only_the_other_fits():
    # "1,365" defaults to 1.365 (comma = decimal); only 1365 makes 45,5 = x/3000 work
    rows = _normalized([_obs("BM6-1", "45,5"), _obs("BM6-1.1", "3000"), _obs("BM6-1.2", "1,365")])
    assert rows[2].value == 1365
    assert "ambiguous_number" not in rows[2].flags
    assert "ratio_mismatch" not in rows[0].flags


def test_ambiguous_number_without_arithmetic_keeps_its_flag():
    rows = _normalized([_obs("BM6-1.1", "132.928")])
    assert "ambiguous_number" in rows[0].flags


def test_ambiguous_numbers_that_fit_no_reading_stay_flagged():
    rows = _normalized([_obs("BM6-1", "70"), _obs("BM6-1.1", "132.928"), _obs("BM6-1.2", "17.991")])
    assert "ratio_mismatch" in rows[0].flags
    assert "ambiguous_number" in rows[1].flags and "ambiguous_number" in rows[2].flags


def test_coded_answer_meaning_from_the_unit_legend():
    rows = _normalized([_obs("BM1-6.2", "1", unit="- Trực tuyến = 0 - Phát phiếu = 1 - Kết hợp = 2")])
    assert rows[0].value == 1 and rows[0].value_meaning == "Phát phiếu"
    assert rows[0].unit_canonical == "Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2"


def test_narrative_observation_keeps_its_code():
    o = Observation(form=None, stt=None, label="tỷ lệ giải ngân", measure_unit="%", value_raw="44,64%",
                    origin="narrative", indicator_code="BM6-1")
    normalize_observations([o], CAT)
    assert o.indicator_code == "BM6-1" and o.value == pytest.approx(44.64)


# --- the seeds -----------------------------------------------------------------------------

def _seed(prefix):
    from parsers.forms import parse_forms
    rows = parse_forms(seed_lines(prefix))
    normalize_observations(rows, CAT)
    return rows


def test_seed_000_flags_exactly_the_inconsistent_totals():
    rows = _seed("000")
    flagged = {(o.indicator_code, f) for o in rows for f in o.flags if f in MISMATCH}
    # 2.1 = 809 but 2.2+2.3+2.4+2.5 = 727; 2.4 = 114 but 2.4.1+2.4.2+2.4.3 = 214
    assert flagged == {("BM6-2.1", "sum_mismatch"), ("BM6-2.4", "sum_mismatch")}
    by_code = {o.indicator_code: o for o in rows if o.indicator_code}
    assert "ratio_mismatch" not in by_code["BM3-3.3"].flags  # 87,23 vs 87.2252: rounding


def test_seed_002_is_consistent_and_its_money_reads_in_thousands():
    rows = _seed("002")
    assert not [(o.indicator_code, o.flags) for o in rows if set(o.flags) & MISMATCH]
    by_code = {o.indicator_code: o for o in rows if o.indicator_code}
    assert by_code["BM6-1.1"].value == 132928 and by_code["BM6-1.2"].value == 17991
    assert not any("ambiguous_number" in o.flags for o in rows)
    assert by_code["BM1-2"].value == 20  # 20% for 7/36: a whole-percent rounding, not flagged


# ---------------------------------------------------------------- template versions (1 July 2025)

from datetime import date  # noqa: E402

from normalize.checks import check_applicability  # noqa: E402

AFTER = (date(2025, 7, 1), date(2025, 9, 30))      # a report of 2025-Q3: no district level
BEFORE = (date(2025, 4, 1), date(2025, 6, 30))


def _coded(code, value_raw):
    o = _obs(code, value_raw)
    o.indicator_code = code
    o.value = float(value_raw) if value_raw else None
    return o


@pytest.mark.parametrize("code, raw, period, flags", [
    ("BM3-3.2", "", AFTER, ["not_applicable"]),                  # empty and gone: not missing
    ("BM3-3.2", "98.5", AFTER, ["row_no_longer_applies"]),       # a district figure after the reform
    ("BM3-3.2.1", "120", AFTER, ["row_no_longer_applies"]),
    ("BM3-3.2", "98.5", BEFORE, []),                             # still the 2022 template
    ("BM3-3.3", "97", AFTER, []),                                # commune rows still apply
    ("BM7-5.2.2", "", (date(2025, 1, 1), date(2025, 12, 31)), []),  # a year that began before
])
def test_rows_about_the_district_level_after_the_reform(code, raw, period, flags):
    o = _coded(code, raw)
    check_applicability([o], CAT, *period)
    assert o.flags == flags
    if flags:
        assert "2025-06-30" in o.flag_detail and "581/BNV-CCHC" in o.flag_detail


def test_no_period_no_template_flags():
    o = _coded("BM3-3.2", "")
    check_applicability([o], CAT, None, None)
    assert o.flags == []


def test_normalize_observations_takes_the_report_period():
    o = _obs("BM1-3.2", "4")
    normalize_observations([o], CAT, period=AFTER)
    assert o.indicator_code == "BM1-3.2" and "row_no_longer_applies" in o.flags
