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
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core.errors import OutputLocked
from normalize.catalog import catalog_rows
from normalize.indicators import indicator_rows
from store.parts import STORE_DIR, TMP_DIR, clean_tmp, part_dir, read_part_files, store_root
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
    version: str  # the pipeline version whose part holds its results


class OutputLock:
    """An exclusive lock on an output folder (``flock``: released by the kernel when the
    holding process dies, so the lock of a dead run is taken over by the next one)."""

    def __init__(self, out: Path, run_id: str):
        self.path = Path(out) / LOCK_FILE
        self.run_id = run_id
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
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
            who = (
                f"run {holder.get('run_id', '?')} (pid {holder.get('pid', '?')} on "
                f"{holder.get('host', '?')}, started {holder.get('started_at', '?')})"
            )
            raise OutputLocked(
                f"{self.path.parent} is being written by another {who}; "
                "wait for it to finish or use another --out"
            ) from None
        info = {
            "run_id": self.run_id,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
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
    return read_part_files(files, TABLES[name])


def _reusable(previous: dict[str, pa.Table] | None, primary: list[Entry], fresh: set[str]) -> set[str]:
    """doc_ids whose rows can be taken from the previously published tables: present there
    as a primary row of the same pipeline version, and not (re)written in this run."""
    if not previous or previous.get("documents") is None:
        return set()
    docs = previous["documents"]
    if not all(n in previous and previous[n] is not None for n in PER_DOCUMENT):
        return set()
    if not {"doc_id", "pipeline_version", "duplicate_of"} <= set(docs.column_names):
        return set()
    published = {
        (d, v)
        for d, v, dup in zip(
            docs.column("doc_id").to_pylist(),
            docs.column("pipeline_version").to_pylist(),
            docs.column("duplicate_of").to_pylist(),
        )
        if dup is None
    }
    return {e.doc_id for e in primary if e.doc_id not in fresh and (e.doc_id, e.version) in published}


def gather(
    store: Path, entries: list[Entry], previous: dict[str, pa.Table] | None = None, fresh: Iterable[str] = ()
) -> dict[str, pa.Table]:
    """The per-document tables of all current files, built from their parts.

    Files with identical bytes share one part: the first (by name) contributes the rows,
    the others get a documents row with ``duplicate_of`` set and no other rows.

    ``previous`` (the last published tables) saves reading the parts of documents that
    were published before and are unchanged: their rows are taken from it. ``fresh`` names
    the doc_ids whose parts were written since (always read from their parts). The result
    is the same as without ``previous``: a part never changes once written, except when
    rewritten in a run, which puts it in ``fresh``.
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
    reuse = _reusable(previous, primary, set(fresh))
    to_read = [e for e in primary if e.doc_id not in reuse]
    out: dict[str, pa.Table] = {}
    for name in PER_DOCUMENT:
        table = _read_parts(store, to_read, name)
        if reuse:
            old = conform(previous[name], TABLES[name])
            keep = pc.is_in(old.column("doc_id"), value_set=pa.array(sorted(reuse), pa.string()))
            if name == "documents":
                keep = pc.and_(keep, pc.is_null(old.column("duplicate_of")))
            table = pa.concat_tables([old.filter(keep), table])
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
    for name, keys in (
        ("observations", ["source_file", "seq"]),
        ("sections", ["doc_id", "seq"]),
        ("plan_tasks", ["source_file", "seq"]),
        ("pages", ["source_file", "page"]),
    ):
        if out[name].num_rows:
            out[name] = out[name].sort_by([(k, "ascending") for k in keys])
    for name in PER_DOCUMENT:
        out[name] = out[name].combine_chunks()
    return out


def build_indicators(observations: pa.Table, documents: pa.Table) -> pa.Table:
    """The indicators table from pyarrow rows (no pandas in a run's main process)."""
    if observations.num_rows == 0:
        return INDICATORS.empty_table()
    rows = indicator_rows(observations.to_pylist(), documents.to_pylist())
    return pa.Table.from_pylist(rows, schema=INDICATORS) if rows else INDICATORS.empty_table()


def build_catalog() -> pa.Table:
    return pa.Table.from_pylist(catalog_rows(), schema=TABLES["catalog"])


def table_from_frame(frame, schema: pa.Schema) -> pa.Table:
    """A pandas frame → a table in ``schema``, column by column in the schema's types.

    pandas has no type for a column that holds nothing: an empty or all-null column comes
    out as float (NaN) or object, which does not cast to a date or a string list. Such a
    column is made as nulls of its schema type; the others are converted straight into
    their type (NaN → null)."""
    n = len(frame)
    cols = []
    for f in schema:
        if f.name not in frame.columns:
            cols.append(pa.nulls(n, type=f.type))
            continue
        series = frame[f.name]
        if n == 0 or bool(series.isna().all()):
            cols.append(pa.nulls(n, type=f.type))
            continue
        try:
            cols.append(pa.Array.from_pandas(series, type=f.type))
        except (pa.ArrowException, TypeError, ValueError):
            cols.append(pa.Array.from_pandas(series).cast(f.type))
    return pa.Table.from_arrays(cols, schema=schema)


def read_published(out: Path, name: str) -> pa.Table | None:
    path = Path(out) / CURRENT / f"{name}.parquet"
    return pq.read_table(path) if path.is_file() else None


def read_current(out: Path, names: Iterable[str] | None = None) -> dict[str, pa.Table]:
    """The tables (``names``, default all) of the published version, resolved once: one
    consistent snapshot. A table that cannot be read is left out."""
    cur = Path(out) / CURRENT
    if not cur.is_dir():
        return {}
    version = cur.resolve()
    tables = {}
    wanted = set(names) if names is not None else None
    for path in sorted(version.glob("*.parquet")):
        if wanted is not None and path.stem not in wanted:
            continue
        try:
            tables[path.stem] = pq.ParquetFile(path).read()
        except (OSError, ValueError, pa.ArrowException):
            continue
    return tables


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(out: Path, tables: dict[str, pa.Table], run_id: str) -> Path:
    """Write a complete version folder, then swap ``current`` to it atomically."""
    out = Path(out)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    versions = out / VERSIONS_DIR
    versions.mkdir(parents=True, exist_ok=True)
    target = versions / f"{stamp}-{run_id}"
    staging = versions / f".staging-{stamp}-{run_id}"
    staging.mkdir()
    try:
        for name, table in tables.items():
            pq.write_table(table, staging / f"{name}.parquet", compression="zstd")
            _fsync(staging / f"{name}.parquet")
        _fsync(staging)
        os.rename(staging, target)
    except BaseException:  # out of disk, interrupted: leave nothing half-written
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync(versions)

    link_tmp = out / f".current-{run_id}"
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(Path(VERSIONS_DIR) / target.name, link_tmp)
    os.replace(link_tmp, out / CURRENT)  # the atomic swap

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
    _fsync(out)
    prune_versions(out, keep=KEEP_VERSIONS)
    return target


def prune_versions(out: Path, keep: int = KEEP_VERSIONS) -> None:
    """Remove old version folders (keeps the newest ``keep`` and the current one)."""
    versions = Path(out) / VERSIONS_DIR
    if not versions.is_dir():
        return
    current = (Path(out) / CURRENT).resolve() if (Path(out) / CURRENT).exists() else None
    done = sorted(p for p in versions.iterdir() if p.is_dir() and not p.name.startswith("."))
    for p in done[:-keep]:
        if current is None or p.resolve() != current:
            shutil.rmtree(p, ignore_errors=True)


def clean_leftovers(out: Path) -> list[str]:
    """Remove what a killed run left behind: staging folders, temporary links and files.
    Call only while holding the output lock (then no other run is writing). Returns the
    names removed."""
    out = Path(out)
    removed: list[str] = []
    versions = out / VERSIONS_DIR
    if versions.is_dir():
        for p in versions.iterdir():
            if p.name.startswith(".staging-"):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(f"{VERSIONS_DIR}/{p.name}")
    for pattern in (".current-*", ".*.parquet.link-*", ".probe-*"):
        for p in out.glob(pattern):
            p.unlink(missing_ok=True)
            removed.append(p.name)
    store = store_root(out)
    if store.is_dir() and clean_tmp(store):
        removed.append(f"{STORE_DIR}/{TMP_DIR}/*")
    return removed


PENDING_RUNS = "runs-pending.jsonl"


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime) else str(value)


def record_stopped_run(out: Path, row: dict) -> bool:
    """Note a run that stopped without publishing (exit 2: bad options, --raw missing, the
    output locked by another run, no workers) in ``_store/runs-pending.jsonl``; the next run
    that publishes adds it to the ``runs`` table. Safe without the lock: one appended line.
    Does nothing (False) when --out is not a folder that can be written."""
    out = Path(out)
    try:
        if not out.is_dir():
            return False
        store = store_root(out)
        store.mkdir(exist_ok=True)
        line = (json.dumps(row, default=_json_value, ensure_ascii=False) + "\n").encode()
        fd = os.open(store / PENDING_RUNS, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
        return True
    except OSError:
        return False


def claim_pending_runs(out: Path, run_id: str) -> list[Path]:
    """Take the pending runs for this run's log (renamed first, so a line appended meanwhile
    goes to a new file and waits for the next run); also those a killed run had claimed."""
    store = store_root(out)
    pending = store / PENDING_RUNS
    if pending.is_file():
        try:
            os.rename(pending, store / f".runs-pending-{run_id}.jsonl")
        except OSError:
            pass
    return sorted(store.glob(".runs-pending-*.jsonl"))


def _pending_rows(paths: Iterable[Path]) -> list[dict]:
    rows = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash
            for k in ("started_at", "finished_at"):
                if isinstance(row.get(k), str):
                    try:
                        row[k] = datetime.fromisoformat(row[k])
                    except ValueError:
                        row[k] = None
            rows.append({f.name: row.get(f.name) for f in RUNS})
    return rows


def runs_log(out: Path, row: dict, pending: Iterable[Path] = ()) -> pa.Table:
    """The runs table: the published one (else the store's copy) with the pending stopped
    runs and this run appended."""
    old = read_published(out, "runs")
    if old is None:
        path = store_root(out) / "runs.parquet"
        if path.is_file():
            try:
                old = pq.read_table(path)
            except (OSError, ValueError, pa.ArrowException):
                old = None
    known = (
        set(old.column("run_id").to_pylist()) if old is not None and "run_id" in old.column_names else set()
    )
    rows = [r for r in _pending_rows(pending) if r.get("run_id") not in known]
    rows.sort(key=lambda r: str(r.get("started_at") or ""))
    try:
        new = pa.Table.from_pylist(rows + [row], schema=RUNS)
    except (ValueError, TypeError, pa.ArrowException):
        new = pa.Table.from_pylist([row], schema=RUNS)
    if old is not None:
        try:
            new = pa.concat_tables([conform(old, RUNS), new])
        except (ValueError, pa.ArrowException):
            pass
    return new


def save_runs(out: Path, runs: pa.Table) -> None:
    """A copy of the runs log in the store (kept if the published versions are deleted)."""
    store = store_root(out)
    tmp = store / ".runs.tmp.parquet"
    pq.write_table(runs, tmp)
    os.replace(tmp, store / "runs.parquet")


def unmatched_count(observations: pa.Table) -> int:
    """Table rows with a value but no catalog code (reported in the run summary)."""
    if observations.num_rows == 0:
        return 0
    is_table = pc.equal(observations.column("origin"), "table")
    no_code = pc.is_null(observations.column("indicator_code"))
    has_value = pc.or_(
        pc.is_valid(observations.column("value")), pc.is_valid(observations.column("value_text"))
    )
    mask = pc.and_(pc.and_(is_table, no_code), has_value)
    return int(pc.sum(pc.cast(mask, pa.int64())).as_py() or 0)
