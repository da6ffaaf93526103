"""The per-document store: one parquet part per document and table, keyed by content.

Layout under ``OUT/_store/``::

    parts/<version>/<doc_id[:2]>/<doc_id>/<table>.parquet   what one document contributed
    index.parquet                                             source_file → doc_id, size, mtime
    .tmp/                                                     files being written (renamed out)

A part is written under ``.tmp/`` and renamed into place, so a run killed while writing
leaves no half part behind (the next run empties ``.tmp/``, under the output lock); a part
exists only once it is complete (``documents`` is written last and is the marker). Parts are shared by every file with the same bytes.
The path may be a local folder every worker reaches (a shared mount); it is a plain
directory tree so that it can be synced to object storage.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from core.records import DocumentResult
from store.rows import result_tables
from store.schema import PER_DOCUMENT, TABLES, conform

STORE_DIR = "_store"
TMP_DIR = ".tmp"
READ_THREADS = 8


def store_root(out: Path) -> Path:
    return Path(out) / STORE_DIR


def part_dir(store: Path, doc_id: str, version: str) -> Path:
    return Path(store) / "parts" / version / doc_id[:2] / doc_id


def has_part(store: Path, doc_id: str, version: str) -> bool:
    return (part_dir(store, doc_id, version) / "documents.parquet").is_file()


def tmp_dir(store: Path) -> Path:
    return Path(store) / TMP_DIR


def clean_tmp(store: Path) -> int:
    """Remove what killed runs or workers left half-written; returns how many entries.

    Call only while holding the output lock: no other run writes then. (A worker orphaned
    by a killed run dies with it: see runner.workers.)"""
    d = tmp_dir(store)
    n = 0
    if d.is_dir():
        for p in d.iterdir():
            n += 1
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
    for p in Path(store).glob(".*.tmp.parquet"):
        p.unlink(missing_ok=True)
        n += 1
    return n


def _atomic_write(table: pa.Table, path: Path, tmp: Path | None = None) -> None:
    """Write to a temporary file (in ``tmp``, on the same file system), then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    where = Path(tmp) if tmp is not None else path.parent
    where.mkdir(parents=True, exist_ok=True)
    fd, written = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet", dir=where)
    os.close(fd)
    try:
        pq.write_table(table, written, compression="zstd")
        os.replace(written, path)
    except BaseException:
        try:
            os.unlink(written)
        except OSError:
            pass
        raise


TRANSIENT = "transient"  # in a part folder: its failure was transient; holds the attempts


def write_part(
    store: Path, result: DocumentResult, key: str | None = None, transient_attempt: int = 0
) -> Path:
    """Store one document's tables; ``documents`` last, as the completion marker.

    ``key`` is the part's key (default: the result's pipeline version; see
    ``runner.document.part_key``). ``transient_attempt`` > 0 marks a failure that another
    try may cure (a timeout, a killed worker, memory): the run after retries it once."""
    d = part_dir(store, result.doc_id, key or result.pipeline_version)
    tmp = tmp_dir(store)
    tables = result_tables(result)
    for name in PER_DOCUMENT:
        if name != "documents":
            _atomic_write(tables[name], d / f"{name}.parquet", tmp)
    marker = d / TRANSIENT
    if transient_attempt:
        marker.write_text(str(transient_attempt))
    else:
        marker.unlink(missing_ok=True)
    _atomic_write(tables["documents"], d / "documents.parquet", tmp)
    return d


def find_part(store: Path, doc_id: str, keys: Iterable[str]) -> str | None:
    """The first of ``keys`` under which the document has a complete part."""
    for key in keys:
        if has_part(store, doc_id, key):
            return key
    return None


def transient_attempts(store: Path, doc_id: str, key: str) -> int:
    """How many times the part's document failed transiently in a row (0: not transient)."""
    try:
        return int((part_dir(store, doc_id, key) / TRANSIENT).read_text().strip() or 1)
    except (OSError, ValueError):
        return 0


def read_part(store: Path, doc_id: str, version: str, name: str) -> pa.Table | None:
    path = part_dir(store, doc_id, version) / f"{name}.parquet"
    if not path.is_file():
        return None
    return conform(pq.read_table(path), TABLES[name])


def _read_file(path: str) -> pa.Table | None:
    try:
        return pq.ParquetFile(path).read()
    except FileNotFoundError:
        return None


def read_part_files(paths: Iterable[str], schema: pa.Schema) -> pa.Table:
    """Read many small part files (threads: parquet decoding releases the GIL) into one
    table in the given schema; missing files are skipped. In order of ``paths``."""
    paths = list(paths)
    if not paths:
        return schema.empty_table()
    if len(paths) < 4:
        tables = [_read_file(p) for p in paths]
    else:
        with ThreadPoolExecutor(min(READ_THREADS, len(paths))) as pool:
            tables = list(pool.map(_read_file, paths))
    tables = [t for t in tables if t is not None]
    if not tables:
        return schema.empty_table()
    # Concatenate runs of parts written with the same schema, then conform each run once.
    runs: list[list[pa.Table]] = []
    for t in tables:
        if runs and runs[-1][0].schema.equals(t.schema):
            runs[-1].append(t)
        else:
            runs.append([t])
    return pa.concat_tables([conform(pa.concat_tables(r), schema) for r in runs])


def write_index(store: Path, rows: list[dict]) -> None:
    schema = pa.schema(
        [
            ("source_file", pa.string()),
            ("doc_id", pa.string()),
            ("size", pa.int64()),
            ("mtime_ns", pa.int64()),
        ]
    )
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    _atomic_write(table, Path(store) / "index.parquet", tmp_dir(store))


def read_index(store: Path) -> dict[str, dict]:
    path = Path(store) / "index.parquet"
    if not path.is_file():
        return {}
    try:
        rows = pq.read_table(path).to_pylist()
    except (OSError, pa.ArrowException):  # a damaged index: every file is looked at again
        return {}
    return {r["source_file"]: r for r in rows}
