"""Atomic publishing of the tables, and the lock that keeps two runs apart.

Published layout of ``OUT/``::

    _versions/<stamp>-<run_id>/<table>.parquet   one complete set of tables per run
    current -> _versions/<stamp>-<run_id>         swapped atomically (rename of a symlink)
    <table>.parquet -> current/<table>.parquet    what readers open

A run writes a whole new version folder, then renames a new ``current`` link over the old
one: a reader sees the old tables or the new, never a half-written file, and a run killed
at any moment (even SIGKILL) leaves the last published version in place. For a consistent
snapshot of several tables at once, resolve ``OUT/current`` once and read through it.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from core.errors import OutputLocked
from store.parts import part_dir
from store.schema import INDICATORS, PER_DOCUMENT, RUNS, TABLES, conform

VERSIONS_DIR = "_versions"
CURRENT = "current"
LOCK_FILE = ".lock"
KEEP_VERSIONS = 3


@dataclass(frozen=True)
class Entry:
    """A file of the archive as it stands in this run."""

    source_file: str
    doc_id: str
    version: str       # the pipeline version whose part holds its results


class OutputLock:
    """An exclusive lock on an output folder (``flock``: released by the kernel when the
    holding process dies, so the lock of a dead run is taken over by the next one)."""

    def __init__(self, out: Path, run_id: str):
        self.path = Path(out) / LOCK_FILE
        self.run_id = run_id
        self._fd: Optional[int] = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = json.loads(os.pread(fd, 4096, 0).decode() or "{}")
            except (ValueError, OSError):
                holder = {}
            os.close(fd)
            who = (f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')} on "
                   f"{holder.get('host', '?')}, started {holder.get('started_at', '?')})")
            raise OutputLocked(f"{self.path.parent} is being written by another {who}; "
                               "wait for it to finish or use another --out") from None
        info = {"run_id": self.run_id, "pid": os.getpid(), "host": socket.gethostname(),
                "started_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None


def check_writable(out: Path) -> None:
    """Raise OSError with a clear message when OUT cannot be written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    probe = out / f".probe-{os.getpid()}"
    probe.write_bytes(b"")
    probe.unlink()


def _read_parts(store: Path, entries: list[Entry], name: str) -> pa.Table:
    files = [str(part_dir(store, e.doc_id, e.version) / f"{name}.parquet") for e in entries]
    files = [f for f in files if os.path.isfile(f)]
    schema = TABLES[name]
    if not files:
        return schema.empty_table()
    dataset = ds.dataset(files, format="parquet", schema=schema)
    return dataset.to_table()


def gather(store: Path, entries: list[Entry]) -> dict[str, pa.Table]:
    """The per-document tables of all current files, built from their parts.

    Files with identical bytes share one part: the first (by name) contributes the rows,
    the others get a documents row with ``duplicate_of`` set and no other rows.
    """
    entries = sorted(entries, key=lambda e: e.source_file)
    first: dict[str, str] = {}
    primary: list[Entry] = []
    dup_rows: list[tuple[Entry, str]] = []
    for e in entries:
        if e.doc_id in first:
            dup_rows.append((e, first[e.doc_id]))
        else:
            first[e.doc_id] = e.source_file
            primary.append(e)
    by_doc = {e.doc_id: e.source_file for e in primary}
    out: dict[str, pa.Table] = {}
    for name in PER_DOCUMENT:
        table = _read_parts(store, primary, name)
        if "source_file" in table.column_names and table.num_rows:
            # A part keeps the name the file had when it was processed: use today's.
            names = pa.array([by_doc.get(d) for d in table.column("doc_id").to_pylist()], pa.string())
            table = table.set_column(table.schema.get_field_index("source_file"), "source_file", names)
        out[name] = table
    if dup_rows:
        docs = out["documents"]
        index = {d: i for i, d in enumerate(docs.column("doc_id").to_pylist())}
        extra = []
        for e, original in dup_rows:
            i = index.get(e.doc_id)
            if i is None:
                continue
            row = docs.slice(i, 1).to_pylist()[0]
            row.update(source_file=e.source_file, duplicate_of=original, n_observations=0)
            extra.append(row)
        if extra:
            out["documents"] = pa.concat_tables([docs, pa.Table.from_pylist(extra, schema=docs.schema)])
    # Deterministic row order.
    out["documents"] = out["documents"].sort_by([("source_file", "ascending")])
    for name, keys in (("observations", ["source_file", "seq"]), ("sections", ["doc_id", "seq"]),
                       ("plan_tasks", ["source_file", "seq"])):
        if out[name].num_rows:
            out[name] = out[name].sort_by([(k, "ascending") for k in keys])
    return out


def build_indicators(observations: pa.Table, documents: pa.Table) -> pa.Table:
    from normalize.indicators import select_indicators
    if observations.num_rows == 0:
        return INDICATORS.empty_table()
    frame = select_indicators(observations.to_pandas(), documents.to_pandas())
    return conform(pa.Table.from_pandas(frame, preserve_index=False), INDICATORS)


def build_catalog() -> pa.Table:
    from normalize.catalog import catalog_frame
    frame = catalog_frame()
    return conform(pa.Table.from_pandas(frame, preserve_index=False), TABLES["catalog"])


def read_published(out: Path, name: str) -> Optional[pa.Table]:
    path = Path(out) / CURRENT / f"{name}.parquet"
    return pq.read_table(path) if path.is_file() else None


def publish(out: Path, tables: dict[str, pa.Table], run_id: str) -> Path:
    """Write a complete version folder, then swap ``current`` to it atomically."""
    out = Path(out)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    versions = out / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    target = versions / f"{stamp}-{run_id}"
    staging = versions / f".staging-{stamp}-{run_id}"
    staging.mkdir()
    for name, table in tables.items():
        pq.write_table(table, staging / f"{name}.parquet", compression="zstd")
    fd = os.open(staging, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.rename(staging, target)

    link_tmp = out / f".current-{run_id}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(Path(VERSIONS_DIR) / target.name, link_tmp)
    os.replace(link_tmp, out / CURRENT)            # the atomic swap

    for name in tables:
        link = out / f"{name}.parquet"
        want = Path(CURRENT) / f"{name}.parquet"
        if link.is_symlink() and Path(os.readlink(link)) == want:
            continue
        tmp = out / f".{name}.parquet.link-{run_id}"
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        os.symlink(want, tmp)
        if link.is_dir() and not link.is_symlink():
            shutil.rmtree(link)
        os.replace(tmp, link)
    prune_versions(out, keep=KEEP_VERSIONS)
    return target


def prune_versions(out: Path, keep: int = KEEP_VERSIONS) -> None:
    """Remove old version folders and staging left by killed runs (keeps the newest)."""
    versions = Path(out) / VERSIONS_DIR
    if not versions.is_dir():
        return
    current = (Path(out) / CURRENT).resolve() if (Path(out) / CURRENT).exists() else None
    done = sorted(p for p in versions.iterdir() if p.is_dir() and not p.name.startswith("."))
    for p in done[:-keep]:
        if current is None or p.resolve() != current:
            shutil.rmtree(p, ignore_errors=True)
    for p in versions.iterdir():
        if p.name.startswith(".staging-") and time.time() - p.stat().st_mtime > 60:
            shutil.rmtree(p, ignore_errors=True)
    for p in Path(out).glob(".current-*"):
        p.unlink(missing_ok=True)


def append_run(store: Path, row: dict) -> pa.Table:
    """Append a row to the runs log (kept in the store, published with each version)."""
    path = Path(store) / "runs.parquet"
    new = pa.Table.from_pylist([row], schema=RUNS)
    if path.is_file():
        try:
            new = pa.concat_tables([conform(pq.read_table(path), RUNS), new])
        except Exception:
            pass
    tmp = path.with_name(".runs.tmp.parquet")
    pq.write_table(new, tmp)
    os.replace(tmp, path)
    return new


def unmatched_count(observations: pa.Table) -> int:
    """Table rows with a value but no catalog code (reported in the run summary)."""
    if observations.num_rows == 0:
        return 0
    is_table = pc.equal(observations.column("origin"), "table")
    no_code = pc.is_null(observations.column("indicator_code"))
    has_value = pc.or_(pc.is_valid(observations.column("value")),
                       pc.is_valid(observations.column("value_text")))
    mask = pc.and_(pc.and_(is_table, no_code), has_value)
    return int(pc.sum(pc.cast(mask, pa.int64())).as_py() or 0)
