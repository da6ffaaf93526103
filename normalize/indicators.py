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
from functools import lru_cache
from pathlib import Path
import pandas as pd

from normalize.catalog import load_catalog

VALUE_TOLERANCE = 0.005
RELATIVE_TOLERANCE = 1e-9
ROUNDED_TOLERANCE = 0.005
SCALES_PATH = Path(__file__).resolve().parent / "reference" / "unit_scales.csv"

COLUMNS = ["unit_id", "unit_name", "province", "period", "period_start", "period_end",
           "indicator_code", "form", "label", "measure_unit", "value", "value_text", "doc_id",
           "source_file", "page", "origin", "confidence", "n_sources", "conflict"]


def _blank(v) -> bool:
    if v is None:
        return True
    try:
        if pd.isna(v):
            return True
    except (TypeError, ValueError):
        return False
    return isinstance(v, str) and not v.strip()


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
    return any(not values_agree(first[0], first[1], v, t, first[2], u)
               for v, t, u in zip(values[1:], texts[1:], units[1:]))


def _column(frame: pd.DataFrame, name: str, default=None) -> pd.Series:
    if name in frame.columns:
        return frame[name]
    return pd.Series([default] * len(frame), index=frame.index, dtype="object")


def empty_indicators() -> pd.DataFrame:
    """An indicators frame with no rows and the contract's columns."""
    return _typed(pd.DataFrame({c: [] for c in COLUMNS}))


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    out = out[COLUMNS].reset_index(drop=True)
    out["form"] = pd.array(out["form"].tolist(), dtype="Int8")
    out["page"] = pd.array(out["page"].tolist(), dtype="Int32")
    out["confidence"] = out["confidence"].astype("float32")
    out["n_sources"] = out["n_sources"].astype("int32")
    out["conflict"] = out["conflict"].astype("bool")
    out["value"] = out["value"].astype("float64")
    for c in ("unit_id", "unit_name", "province", "period", "indicator_code", "label",
              "measure_unit", "value_text", "doc_id", "source_file", "origin"):
        out[c] = out[c].astype("string")
    return out


def _none(v):
    return None if _blank(v) else v


def select_indicators(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The contract's ``indicators`` table chosen from ``observations`` (module docstring)."""
    if observations is None or len(observations) == 0:
        return empty_indicators()
    catalog = load_catalog()
    obs = observations.copy()
    obs = obs.reset_index(drop=True)
    docs = documents if documents is not None else pd.DataFrame({"doc_id": []})
    doc_cols = [c for c in ("doc_id", "issue_date", "period_start", "period_end", "unit_id",
                            "unit_name", "province", "period") if c in docs.columns]
    docs = docs[doc_cols].drop_duplicates("doc_id").set_index("doc_id") if "doc_id" in doc_cols \
        else pd.DataFrame(index=pd.Index([], name="doc_id"))

    def from_doc(name: str) -> pd.Series:
        if name in docs.columns:
            return obs["doc_id"].map(docs[name])
        return pd.Series([None] * len(obs), index=obs.index, dtype="object")

    for name in ("unit_id", "unit_name", "province", "period"):
        own = _column(obs, name)
        obs[name] = own.where(own.map(lambda v: not _blank(v)), from_doc(name))
    obs["issue_date"] = pd.to_datetime(from_doc("issue_date"), errors="coerce")
    obs["period_start"] = from_doc("period_start")
    obs["period_end"] = from_doc("period_end")
    for name in ("value", "value_text", "confidence", "seq", "origin", "page", "form",
                 "measure_unit", "unit_canonical", "source_file", "indicator_code"):
        if name not in obs.columns:
            obs[name] = None

    # Only the report's own period's column (column current, or unset) is an indicator value.
    current = _column(obs, "column").map(lambda v: _blank(v) or v == "current")
    keep = current & (obs["unit_id"].map(lambda v: not _blank(v)) & obs["period"].map(lambda v: not _blank(v))
            & obs["indicator_code"].map(lambda v: not _blank(v))
            & (obs["value"].map(lambda v: not _blank(v)) | obs["value_text"].map(lambda v: not _blank(v))))
    obs = obs[keep].copy()
    if obs.empty:
        return empty_indicators()

    obs["_origin_rank"] = (obs["origin"].astype("object") != "table").astype(int)
    obs["_date"] = [(-1 if pd.isna(t) else t.toordinal()) for t in obs["issue_date"]]
    obs["_conf"] = pd.to_numeric(obs["confidence"], errors="coerce").fillna(0.0)
    obs["_seq"] = pd.to_numeric(obs["seq"], errors="coerce").fillna(0)
    obs = obs.sort_values(["unit_id", "period", "indicator_code", "_origin_rank", "_date", "_conf",
                           "doc_id", "_seq"],
                          ascending=[True, True, True, True, False, False, True, True],
                          kind="mergesort")

    rows = []
    for (unit_id, period, code), group in obs.groupby(["unit_id", "period", "indicator_code"],
                                                      sort=False, dropna=True):
        best = group.iloc[0]
        ind = catalog.get(code)
        unit = _none(best["unit_canonical"]) or _none(best["measure_unit"]) or (ind.measure_unit if ind else None)
        form = ind.form if ind is not None else _none(best["form"])
        rows.append({
            "unit_id": unit_id, "unit_name": _none(best["unit_name"]),
            "province": _none(best["province"]), "period": period,
            "period_start": _none(best["period_start"]), "period_end": _none(best["period_end"]),
            "indicator_code": code, "form": None if form is None else int(form),
            "label": ind.label if ind is not None else _none(best.get("label")),
            "measure_unit": unit,
            "value": None if _blank(best["value"]) else float(best["value"]),
            "value_text": _none(best["value_text"]),
            "doc_id": best["doc_id"], "source_file": _none(best["source_file"]),
            "page": None if _blank(best["page"]) else int(best["page"]),
            "origin": _none(best["origin"]),
            "confidence": None if _blank(best["confidence"]) else float(best["confidence"]),
            "n_sources": len(group),
            "conflict": _conflict(group["value"].tolist(), group["value_text"].tolist(),
                                  [_none(u) or _none(m) for u, m in
                                   zip(group["unit_canonical"], group["measure_unit"])]),
            "_pos": catalog.position(code) if ind is not None else math.inf,
        })
    out = pd.DataFrame(rows)
    out = out.sort_values(["unit_id", "period", "_pos", "indicator_code"], kind="mergesort")
    return _typed(out)
