"""``cchc export OUT --format xlsx|csv``: the published tables for offices that live in Excel.

xlsx: one workbook, one sheet per table, plus ``indicators_pivot``: one row per indicator
and unit, one column per period (the analyst's unit × period view). csv: one file per table
(and the pivot) in a folder, UTF-8 with a byte-order mark so that Excel shows Vietnamese
right. List columns (``flags``, ``bbox``) are written as text (``a; b``), times without their
zone (UTC), so every cell is a plain Excel value.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from normalize.catalog import load_catalog
from review.data import load

SHEETS = (
    "indicators_pivot",
    "indicators",
    "observations",
    "documents",
    "pages",
    "sections",
    "plan_tasks",
    "catalog",
    "corrections",
    "runs",
)
EXCEL_MAX_ROWS = 1_048_575


def pivot_indicators(indicators: pd.DataFrame) -> pd.DataFrame:
    """Indicators as rows (code, label, unit, measure unit) × periods as columns."""
    if indicators.empty:
        return pd.DataFrame(columns=["indicator_code", "label", "unit_name", "measure_unit"])
    ind = indicators.copy()
    ind["shown"] = [v if pd.notna(v) else t for v, t in zip(ind["value"], ind["value_text"])]
    keys = ["indicator_code", "label", "unit_name", "measure_unit"]
    for k in keys:
        ind[k] = ind[k].astype("object").where(ind[k].notna(), "")
    cat = load_catalog()
    pos = {c: cat.position(c) for c in ind["indicator_code"].unique() if cat.get(c) is not None}
    wide = ind.pivot_table(index=keys, columns="period", values="shown", aggfunc="first")
    wide = wide.reset_index()
    wide.columns.name = None
    wide["_pos"] = wide["indicator_code"].map(lambda c: pos.get(c, float("inf")))
    periods = sorted(c for c in wide.columns if c not in keys and c != "_pos")
    return wide.sort_values(["_pos", "indicator_code", "unit_name"], kind="mergesort")[keys + periods]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Cells Excel can hold: lists as text, times without zone."""
    out = frame.copy()
    for c in out.columns:
        col = out[c]
        if isinstance(col.dtype, pd.DatetimeTZDtype):
            out[c] = col.dt.tz_convert("UTC").dt.tz_localize(None)
        elif col.dtype == object:
            sample = next(
                (v for v in col if v is not None and not (isinstance(v, float) and pd.isna(v))), None
            )
            if sample is not None and hasattr(sample, "__len__") and not isinstance(sample, str):
                out[c] = col.map(
                    lambda v: (
                        None
                        if v is None or (isinstance(v, float) and pd.isna(v))
                        else "; ".join(str(x) for x in list(v))
                    )
                )
    return out


def tables_for_export(out: Path) -> dict[str, pd.DataFrame]:
    output = load(out)
    tables = {"indicators_pivot": pivot_indicators(output["indicators"])}
    for name in SHEETS[1:]:
        if name in output.tables:
            tables[name] = _plain(output.tables[name])
    return tables


def export(out: Path, fmt: str = "xlsx", dest: Path | None = None) -> list[Path]:
    """Write the tables of ``out``; returns the paths written."""
    tables = tables_for_export(out)
    if fmt == "xlsx":
        dest = Path(dest) if dest else Path(out) / "cchc.xlsx"
        too_big = [n for n, t in tables.items() if len(t) > EXCEL_MAX_ROWS]
        if too_big:
            raise ValueError(f"{', '.join(too_big)} exceed Excel's {EXCEL_MAX_ROWS} rows: use --format csv")
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp")
        with pd.ExcelWriter(tmp, engine="openpyxl") as xl:
            for name, table in tables.items():
                table.to_excel(xl, sheet_name=name[:31], index=False)
                sheet = xl.sheets[name[:31]]
                sheet.freeze_panes = "A2"
                for i, col in enumerate(table.columns, start=1):
                    width = min(50, max([len(str(col))] + [len(str(v)) for v in table[col].head(200)]) + 2)
                    sheet.column_dimensions[sheet.cell(1, i).column_letter].width = width
        tmp.replace(dest)
        return [dest]
    if fmt == "csv":
        folder = Path(dest) if dest else Path(out) / "csv"
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in tables.items():
            path = folder / f"{name}.csv"
            table.to_csv(path, index=False, encoding="utf-8-sig")
            written.append(path)
        return written
    raise ValueError(f"unknown format {fmt!r}: xlsx or csv")
