"""The ``indicators`` table: one row per (unit_id, period, indicator_code).

Candidates are the observations with a unit, a period, a catalog code and a value (a number
or a word). For each key one observation is chosen by this rule, in order:

1. table over narrative (a form row is the report's own statistic; a sentence may quote
   another period or a part of the unit),
2. the later issue date of its document over the earlier (a later report corrects an
   earlier one; an unknown date counts as earliest),
3. higher confidence over lower (OCR),
4. then doc_id and seq ascending, so that the choice is deterministic.

``n_sources`` counts the candidate observations of the key; ``conflict`` is true when they
disagree on the value: two numbers disagree when they differ by more than
:data:`VALUE_TOLERANCE` (absolute) and more than :data:`RELATIVE_TOLERANCE` of the larger;
a worded value (``Chưa``) disagrees with a number and with a different word (case-insensitive).
Amounts in different money units (``132.928.000 đồng`` in a sentence, ``Triệu đồng`` in the
form) are compared in one unit (``normalize/reference/unit_scales.csv``), then within
:data:`ROUNDED_TOLERANCE` of the larger, since a unit change usually rounds.
``label`` is the catalog's label; ``measure_unit`` the chosen row's canonical unit, else its
printed unit, else the catalog's; ``period_start``/``period_end`` come from the chosen row's
document. Rows are ordered by unit_id, period and catalog order.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from normalize.catalog import load_catalog

VALUE_TOLERANCE = 0.005
RELATIVE_TOLERANCE = 1e-9
ROUNDED_TOLERANCE = 0.005
SCALES_PATH = Path(__file__).resolve().parent / "reference" / "unit_scales.csv"

COLUMNS = [
    "unit_id",
    "unit_name",
    "province",
    "period",
    "period_start",
    "period_end",
    "indicator_code",
    "form",
    "label",
    "measure_unit",
    "value",
    "value_text",
    "doc_id",
    "source_file",
    "page",
    "origin",
    "confidence",
    "n_sources",
    "conflict",
]


def _blank(v) -> bool:
    """None, NaN/NA/NaT or a blank string (without importing pandas: publishing runs
    on pyarrow rows)."""
    if v is None:
        return True
    if isinstance(v, str):
        return not v.strip()
    if type(v).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return bool(v != v)  # NaN
    except (TypeError, ValueError):
        return False


@lru_cache(maxsize=1)
def _scales() -> dict[str, tuple[str, float]]:
    """Canonical unit → (base unit, factor) for units that are multiples of one another."""
    with SCALES_PATH.open(encoding="utf-8", newline="") as fh:
        return {r["unit"].strip(): (r["base"].strip(), float(r["factor"])) for r in csv.DictReader(fh)}


def values_agree(a_value, a_text, b_value, b_text, a_unit=None, b_unit=None) -> bool:
    """Whether two observations say the same value (see the module docstring)."""
    a_num, b_num = not _blank(a_value), not _blank(b_value)
    if a_num and b_num:
        a, b = float(a_value), float(b_value)
        sa = None if _blank(a_unit) else _scales().get(str(a_unit))
        sb = None if _blank(b_unit) else _scales().get(str(b_unit))
        if sa and sb and sa[0] == sb[0] and sa[1] != sb[1]:
            a, b = a * sa[1], b * sb[1]
            return abs(a - b) <= ROUNDED_TOLERANCE * max(abs(a), abs(b))
        diff = abs(a - b)
        return diff <= VALUE_TOLERANCE or diff <= RELATIVE_TOLERANCE * max(abs(a), abs(b))
    if a_num or b_num:
        return False
    a_t = "" if _blank(a_text) else str(a_text).strip().casefold()
    b_t = "" if _blank(b_text) else str(b_text).strip().casefold()
    return a_t == b_t


def _conflict(values: list, texts: list, units: list) -> bool:
    first = (values[0], texts[0], units[0])
    return any(
        not values_agree(first[0], first[1], v, t, first[2], u)
        for v, t, u in zip(values[1:], texts[1:], units[1:])
    )


def empty_indicators() -> pd.DataFrame:
    """An indicators frame with no rows and the contract's columns."""
    import pandas as pd

    return _typed(pd.DataFrame({c: [] for c in COLUMNS}))


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd

    out = out[COLUMNS].reset_index(drop=True)
    out["form"] = pd.array(out["form"].tolist(), dtype="Int8")
    out["page"] = pd.array(out["page"].tolist(), dtype="Int32")
    out["confidence"] = out["confidence"].astype("float32")
    out["n_sources"] = out["n_sources"].astype("int32")
    out["conflict"] = out["conflict"].astype("bool")
    out["value"] = out["value"].astype("float64")
    for c in (
        "unit_id",
        "unit_name",
        "province",
        "period",
        "indicator_code",
        "label",
        "measure_unit",
        "value_text",
        "doc_id",
        "source_file",
        "origin",
    ):
        out[c] = out[c].astype("string")
    return out


def _none(v):
    return None if _blank(v) else v


def _number(v, default: float = 0.0) -> float:
    """A number of a column as ``pd.to_numeric(..., errors="coerce").fillna(default)``."""
    if _blank(v):
        return default
    try:
        x = float(v)
    except (TypeError, ValueError):
        return default
    return default if x != x else x


def _ordinal(v) -> int:
    """A document's issue date as a day number (-1 when unknown), for the later-first rule."""
    if _blank(v):
        return -1
    if isinstance(v, str):
        from datetime import date

        try:
            return date.fromisoformat(v.strip()[:10]).toordinal()
        except ValueError:
            return -1
    try:
        return v.toordinal()
    except AttributeError:
        return -1


def indicator_rows(observations: Iterable[dict], documents: Iterable[dict]) -> list[dict]:
    """The contract's ``indicators`` rows chosen from observation rows (dicts of the
    ``observations`` table's columns; the module docstring gives the rule), with the
    document fields taken from ``documents`` rows. Plain Python: what publishing runs."""
    catalog = load_catalog()
    docs: dict = {}
    for d in documents or ():
        key = d.get("doc_id")
        if key is not None and key not in docs:
            docs[key] = d
    cands = []
    for o in observations:
        doc = docs.get(o.get("doc_id"), {})
        row = dict(o)
        for name in ("unit_id", "unit_name", "province", "period"):
            if _blank(row.get(name)):
                row[name] = doc.get(name)
        for name in ("issue_date", "period_start", "period_end"):
            row[name] = doc.get(name)
        col = row.get("column")
        if not (_blank(col) or col == "current"):
            continue  # only the report's own period's column is an indicator value
        if _blank(row.get("unit_id")) or _blank(row.get("period")) or _blank(row.get("indicator_code")):
            continue
        if _blank(row.get("value")) and _blank(row.get("value_text")):
            continue
        doc_id = row.get("doc_id")
        key = (
            row["unit_id"],
            row["period"],
            row["indicator_code"],
            0 if row.get("origin") == "table" else 1,
            -_ordinal(row["issue_date"]),
            -_number(row.get("confidence")),
            doc_id is None,
            doc_id or "",
            _number(row.get("seq")),
        )
        cands.append((key, row))
    cands.sort(key=lambda kv: kv[0])
    rows = []
    i = 0
    while i < len(cands):
        j = i
        group_key = cands[i][0][:3]
        while j < len(cands) and cands[j][0][:3] == group_key:
            j += 1
        group = [r for _, r in cands[i:j]]
        i = j
        best = group[0]
        unit_id, period, code = group_key
        ind = catalog.get(code)
        unit = (
            _none(best.get("unit_canonical"))
            or _none(best.get("measure_unit"))
            or (ind.measure_unit if ind else None)
        )
        form = ind.form if ind is not None else _none(best.get("form"))
        rows.append(
            {
                "unit_id": unit_id,
                "unit_name": _none(best.get("unit_name")),
                "province": _none(best.get("province")),
                "period": period,
                "period_start": _none(best.get("period_start")),
                "period_end": _none(best.get("period_end")),
                "indicator_code": code,
                "form": None if form is None else int(form),
                "label": ind.label if ind is not None else _none(best.get("label")),
                "measure_unit": unit,
                "value": None if _blank(best.get("value")) else float(best["value"]),
                "value_text": _none(best.get("value_text")),
                "doc_id": best.get("doc_id"),
                "source_file": _none(best.get("source_file")),
                "page": None if _blank(best.get("page")) else int(best["page"]),
                "origin": _none(best.get("origin")),
                "confidence": None if _blank(best.get("confidence")) else float(best["confidence"]),
                "n_sources": len(group),
                "conflict": _conflict(
                    [g.get("value") for g in group],
                    [g.get("value_text") for g in group],
                    [_none(g.get("unit_canonical")) or _none(g.get("measure_unit")) for g in group],
                ),
                "_pos": catalog.position(code) if ind is not None else math.inf,
            }
        )
    rows.sort(key=lambda r: (r["unit_id"], r["period"], r["_pos"], r["indicator_code"]))
    for r in rows:
        del r["_pos"]
    return rows


def select_indicators(observations: pd.DataFrame | None, documents: pd.DataFrame | None) -> pd.DataFrame:
    """The contract's ``indicators`` table chosen from ``observations`` (module docstring),
    as a DataFrame: :func:`indicator_rows` on the frames' rows."""
    import pandas as pd

    if observations is None or len(observations) == 0:
        return empty_indicators()
    docs = documents.to_dict("records") if documents is not None else []
    rows = indicator_rows(observations.to_dict("records"), docs)
    if not rows:
        return empty_indicators()
    return _typed(pd.DataFrame(rows))
