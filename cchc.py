"""The Python API for notebooks: one file in, its tables out as pandas DataFrames.

    import cchc
    res = cchc.extract("report.pdf")          # a PDF, a scan, an image, a .txt/.html/.docx export
    res.observations                          # one row per value read (flags, flag_detail, page, bbox)
    res.indicators                            # the fact table: (unit_id, period, indicator_code)
    res.documents, res.pages, res.sections, res.plan_tasks
    res.tables["observations"]                # the same, by name
    res.status, res.error                     # ok / partial / failed, and why

    tables = cchc.read("data/parquet")        # the published tables of a run, by name

``extract`` runs the same stages as a batch run on one file, in this process (no worker,
no output folder, no ``raw_root``): the DataFrames have the published tables' columns and
types. ``ocr=False`` skips OCR of pages without a text layer; ``corrections`` applies a
corrections file (see ``store/corrections.py``) to this document's values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa

from extract.options import ExtractOptions
from review.data import load
from runner.document import PipelineOptions, process_bytes
from store.corrections import apply_corrections
from store.publish import build_indicators
from store.rows import result_tables

__all__ = ["extract", "read", "Result"]


@dataclass
class Result:
    """The tables one file contributes, as DataFrames (the published schemas)."""

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def status(self) -> str:
        return str(self.tables["documents"]["status"].iloc[0])

    @property
    def error(self) -> str | None:
        err = self.tables["documents"]["error"].iloc[0]
        return None if pd.isna(err) else str(err)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{k} {len(v)}" for k, v in self.tables.items())
        return f"<cchc.Result {self.status}: {sizes}>"


def extract(
    path: str | Path, *, ocr: bool = True, dpi: int = 300, corrections: str | Path | None = None
) -> Result:
    """Read one file into its tables (see the module docstring)."""
    path = Path(path)
    data = path.read_bytes()
    options = PipelineOptions(extract=ExtractOptions(ocr=ocr, dpi=dpi))
    result = process_bytes(data, path.name, options)
    tables: dict[str, pa.Table] = result_tables(result)
    if corrections is not None:
        tables["corrections"] = apply_corrections(tables, Path("."), [], Path(corrections))
    tables["indicators"] = build_indicators(tables["observations"], tables["documents"])
    order = ("documents", "observations", "indicators", "pages", "sections", "plan_tasks", "corrections")
    return Result({n: tables[n].to_pandas() for n in order if n in tables})


def read(out: str | Path = "data/parquet") -> dict[str, pd.DataFrame]:
    """The tables published under ``out`` by a run, read through one resolved version."""
    return dict(load(Path(out)).tables)
