"""The indicators table: one row per (unit_id, period, indicator_code), chosen by rule."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from normalize.indicators import COLUMNS, select_indicators, values_agree

DOCS = pd.DataFrame([
    {"doc_id": "a", "issue_date": date(2022, 9, 3), "period_start": date(2022, 7, 1),
     "period_end": date(2022, 9, 30)},
    {"doc_id": "b", "issue_date": date(2022, 10, 15), "period_start": date(2022, 7, 1),
     "period_end": date(2022, 9, 30)},
    {"doc_id": "c", "issue_date": None, "period_start": date(2022, 7, 1),
     "period_end": date(2022, 9, 30)},
])


def _row(doc, code, value=None, text=None, origin="table", conf=1.0, seq=0, unit="U1",
         period="2022-Q3"):
    return {"doc_id": doc, "source_file": f"{doc}.txt", "unit_id": unit, "unit_name": "tỉnh X",
            "province": "X", "period": period, "form": int(code[2]) if code else None,
            "stt": "1", "indicator_code": code, "label": "nhãn in", "measure_unit": "Văn bản",
            "value": value, "value_raw": None if value is None else str(value), "value_text": text,
            "note": None, "origin": origin, "page": None, "confidence": conf, "flags": [],
            "seq": seq, "unit_canonical": "Văn bản"}


def _select(rows):
    return select_indicators(pd.DataFrame(rows), DOCS)


def _one(frame, code="BM1-1"):
    hit = frame[frame["indicator_code"] == code]
    assert len(hit) == 1
    return hit.iloc[0]


# one line per selection rule: (observations, expected chosen doc, value, n_sources, conflict)
@pytest.mark.parametrize("rows, doc, value, n, conflict", [
    # table over narrative, even when the narrative is in a later report
    ([_row("a", "BM1-1", 3), _row("b", "BM1-1", 5, origin="narrative")], "a", 3, 2, True),
    # later issue date over earlier
    ([_row("a", "BM1-1", 3), _row("b", "BM1-1", 4)], "b", 4, 2, True),
    # an unknown issue date counts as earliest
    ([_row("c", "BM1-1", 9), _row("a", "BM1-1", 3)], "a", 3, 2, True),
    # same date: higher confidence over lower
    ([_row("a", "BM1-1", 3, conf=0.6, seq=1), _row("a", "BM1-1", 4, conf=0.9, seq=2)], "a", 4, 2, True),
    # all equal: lowest seq, and the same value is no conflict
    ([_row("a", "BM1-1", 3, seq=7), _row("a", "BM1-1", 3, seq=2)], "a", 3, 2, False),
    # values within the small tolerance agree
    ([_row("a", "BM1-1", 44.64), _row("b", "BM1-1", 44.6400001)], "b", 44.6400001, 2, False),
    # a word disagrees with a number
    ([_row("a", "BM1-1", None, text="Chưa"), _row("b", "BM1-1", 0)], "b", 0, 2, True),
    # one observation alone
    ([_row("a", "BM1-1", 3)], "a", 3, 1, False),
])
def test_selection_rules(rows, doc, value, n, conflict):
    best = _one(_select(rows))
    assert best["doc_id"] == doc
    assert best["value"] == pytest.approx(value)
    assert best["n_sources"] == n
    assert bool(best["conflict"]) is conflict


def test_worded_values_are_kept_and_compared_case_insensitively():
    frame = _select([_row("a", "BM1-1", None, text="Chưa"), _row("b", "BM1-1", None, text="chưa")])
    best = _one(frame)
    assert best["value_text"] == "chưa" and pd.isna(best["value"])
    assert not best["conflict"]


@pytest.mark.parametrize("bad", [
    _row("a", None, 3),                 # no catalog code
    _row("a", "BM1-1", 3, unit=None),   # no unit
    _row("a", "BM1-1", 3, period=None),  # no period
    _row("a", "BM1-1", None),           # neither value nor word
])
def test_incomplete_rows_are_left_out(bad):
    assert len(_select([bad])) == 0


def test_columns_types_and_catalog_label():
    frame = _select([_row("a", "BM1-1", 3), _row("a", "BM6-1", 44.64)])
    assert list(frame.columns) == COLUMNS
    assert str(frame["form"].dtype) == "Int8"
    assert str(frame["page"].dtype) == "Int32"
    assert str(frame["confidence"].dtype) == "float32"
    assert str(frame["n_sources"].dtype) == "int32"
    assert str(frame["conflict"].dtype) == "bool"
    row = _one(frame, "BM6-1")
    assert row["label"] == "Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công"
    assert row["form"] == 6
    assert row["period_start"] == date(2022, 7, 1) and row["period_end"] == date(2022, 9, 30)


def test_one_row_per_key_and_a_deterministic_order():
    rows = [_row(d, code, v, unit=u, seq=i)
            for i, (d, code, v, u) in enumerate([
                ("a", "BM1-2", 72.73, "U1"), ("b", "BM1-2", 72.7, "U1"), ("a", "BM1-1", 3, "U1"),
                ("a", "BM7-6.1", 100, "U2"), ("c", "BM2-1", 12, "U2"), ("b", "BM2-1", 12, "U2"),
                ("a", "BM1-3.3.1", 22, "U1")])]
    frame = _select(rows)
    keys = frame[["unit_id", "period", "indicator_code"]]
    assert not keys.duplicated().any()
    assert list(frame["indicator_code"]) == ["BM1-1", "BM1-2", "BM1-3.3.1", "BM2-1", "BM7-6.1"]
    shuffled = _select(list(reversed(rows)))
    pd.testing.assert_frame_equal(frame, shuffled)


def test_empty_input_gives_the_columns():
    frame = select_indicators(pd.DataFrame([]), DOCS)
    assert list(frame.columns) == COLUMNS and len(frame) == 0


@pytest.mark.parametrize("a, b, agree", [
    ((3.0, None), (3.0, None), True),
    ((3.0, None), (3.004, None), True),
    ((3.0, None), (3.1, None), False),
    ((None, "Chưa"), (None, "CHƯA"), True),
    ((None, "Chưa"), (None, "Không"), False),
    ((1.0, "Có"), (1.0, None), True),
])
def test_values_agree(a, b, agree):
    assert values_agree(a[0], a[1], b[0], b[1]) is agree


# amounts in different money units: (value, unit), (value, unit), agree?
@pytest.mark.parametrize("a, b, agree", [
    ((132928.0, "Triệu đồng"), (132928000000.0, "Đồng"), True),
    ((132928.0, "Triệu đồng"), (132928000.0, "Đồng"), False),   # 002: sentence and form differ 1000×
    ((5328116.0, "Triệu đồng"), (5328.0, "Tỷ đồng"), True),     # rounded in the larger unit
    ((5328116.0, "Triệu đồng"), (5.3, "Tỷ đồng"), False),
    ((12.0, "Văn bản"), (12.0, None), True),
])
def test_values_agree_across_money_units(a, b, agree):
    assert values_agree(a[0], None, b[0], None, a[1], b[1]) is agree
