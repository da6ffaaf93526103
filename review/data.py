"""The published tables of an output folder, read as one snapshot, and the source files.

The source of a document is ``RAW / source_file``; RAW is the ``--raw`` given, else the
folder the last run recorded (``runs.raw``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

TABLES = (
    "documents",
    "observations",
    "indicators",
    "pages",
    "corrections",
    "runs",
    "catalog",
    "sections",
    "plan_tasks",
)


@dataclass
class Output:
    out: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    raw: Path | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables.get(name, pd.DataFrame())

    def source(self, source_file: str) -> Path | None:
        if self.raw is None or not source_file:
            return None
        path = self.raw / source_file
        return path if path.is_file() else None

    def document(self, doc_id: str) -> pd.Series | None:
        """The documents row of a doc_id (or of a unique doc_id prefix, or a source_file)."""
        docs = self["documents"]
        if docs.empty:
            return None
        primary = docs[docs["duplicate_of"].isna()] if "duplicate_of" in docs else docs
        for match in (
            primary[primary["doc_id"] == doc_id],
            primary[primary["source_file"] == doc_id],
            primary[primary["doc_id"].str.startswith(doc_id)] if len(doc_id) >= 6 else primary[:0],
        ):
            if len(match) == 1:
                return match.iloc[0]
        return None


def load(out: Path, raw: Path | None = None) -> Output:
    """The tables published under ``out`` (through one resolved ``current``)."""
    out = Path(out)
    cur = out / "current"
    if not cur.exists():
        raise FileNotFoundError(f"{out} holds no published tables (no {cur}): run the pipeline first")
    version = Path(os.path.realpath(cur))
    tables = {}
    for name in TABLES:
        path = version / f"{name}.parquet"
        if path.is_file():
            tables[name] = pd.read_parquet(path)
    result = Output(out, tables)
    if raw is not None:
        result.raw = Path(raw)
    else:
        runs = tables.get("runs")
        if runs is not None and "raw" in runs.columns and runs["raw"].notna().any():
            result.raw = Path(runs["raw"].dropna().iloc[-1])
    return result
