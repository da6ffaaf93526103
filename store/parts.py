"""The per-document store: one parquet part per document and table, keyed by content.

Layout under ``OUT/_store/``::

    parts/<version>/<doc_id[:2]>/<doc_id>/<table>.parquet   what one document contributed
    index.parquet                                             source_file → doc_id, size, mtime

A part is written to a temporary name and renamed into place, so a run killed while writing
leaves no half part behind; a part exists only once it is complete (``documents`` is
written last and is the marker). Parts are shared by every file with the same bytes.
The path may be a local folder every worker reaches (a shared mount); it is a plain
directory tree so that it can be synced to object storage.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.parquet as pq

from core.records import DocumentResult
from store.rows import result_tables
from store.schema import PER_DOCUMENT, TABLES, conform

STORE_DIR = "_store"


def store_root(out: Path) -> Path:
    return Path(out) / STORE_DIR


def part_dir(store: Path, doc_id: str, version: str) -> Path:
    return Path(store) / "parts" / version / doc_id[:2] / doc_id


def has_part(store: Path, doc_id: str, version: str) -> bool:
    return (part_dir(store, doc_id, version) / "documents.parquet").is_file()


def _atomic_write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_part(store: Path, result: DocumentResult) -> Path:
    """Store one document's tables; ``documents`` last, as the completion marker."""
    d = part_dir(store, result.doc_id, result.pipeline_version)
    tables = result_tables(result)
    for name in PER_DOCUMENT:
        if name != "documents":
            _atomic_write(tables[name], d / f"{name}.parquet")
    _atomic_write(tables["documents"], d / "documents.parquet")
    return d


def read_part(store: Path, doc_id: str, version: str, name: str) -> Optional[pa.Table]:
    path = part_dir(store, doc_id, version) / f"{name}.parquet"
    if not path.is_file():
        return None
    return conform(pq.read_table(path), TABLES[name])


def write_index(store: Path, rows: list[dict]) -> None:
    schema = pa.schema([("source_file", pa.string()), ("doc_id", pa.string()),
                        ("size", pa.int64()), ("mtime_ns", pa.int64())])
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    _atomic_write(table, Path(store) / "index.parquet")


def read_index(store: Path) -> dict[str, dict]:
    path = Path(store) / "index.parquet"
    if not path.is_file():
        return {}
    try:
        rows = pq.read_table(path).to_pylist()
    except Exception:
        return {}
    return {r["source_file"]: r for r in rows}
