"""flag_detail: the checks say in words and numbers what did not add up."""
from __future__ import annotations

from core.records import Observation
from normalize.checks import check_observations, recheck


def row(code: str, value, raw=None) -> Observation:
    form, stt = code[2:].split("-", 1)
    return Observation(form=int(form), stt=stt, label="", measure_unit=None,
                       value_raw=raw if raw is not None else (None if value is None else str(value)),
                       value=value, indicator_code=code)


def test_sum_detail_names_the_parts_and_both_numbers():
    obs = [row("BM6-2.1", 809), row("BM6-2.2", 100), row("BM6-2.3", 200), row("BM6-2.4", 300),
           row("BM6-2.5", 127)]
    check_observations(obs)
    assert obs[0].flags == ["sum_mismatch"]
    assert obs[0].flag_detail == "sum_mismatch: parts 2.2–2.5 sum to 727, total printed 809 (difference 82)"
    assert all(o.flag_detail is None for o in obs[1:])


def test_sum_detail_with_blank_parts():
    obs = [row("BM6-2.1", 100), row("BM6-2.2", 90), row("BM6-2.3", None), row("BM6-2.4", 30),
           row("BM6-2.5", None)]
    check_observations(obs)
    assert "already sum to 120, more than the total printed 100" in obs[0].flag_detail
    assert "2.3, 2.5 blank" in obs[0].flag_detail


def test_ratio_detail_shows_the_arithmetic():
    obs = [row("BM1-2", 25.0, "25%"), row("BM1-2.1", 36), row("BM1-2.2", 7)]
    check_observations(obs)
    assert obs[0].flags == ["ratio_mismatch"]
    assert obs[0].flag_detail == ("ratio_mismatch: 2.2/2.1 × 100 = 7/36 × 100 = 19.44, printed 25 "
                                  "(tolerance 1)")


def test_percent_detail_and_recheck_after_a_change():
    obs = [row("BM1-2", 125.0, "125%")]
    check_observations(obs)
    assert "percent_out_of_range: 125% is outside 0–100" in obs[0].flag_detail
    obs[0].value = 12.5
    recheck(obs)
    assert obs[0].flags == [] and obs[0].flag_detail is None
