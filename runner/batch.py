"""A run over an archive: find the files, process what changed, publish the tables.

Work is keyed by content: a file whose bytes (sha256) were already processed by this
pipeline version is not processed again; new and changed files are; a file removed from
the archive drops out of the tables. Each document's results are kept as a part in the
store, and the published tables are rebuilt from the parts of the files present now.
"""
from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Optional

import pyarrow as pa

from core.version import PIPELINE_VERSION
from runner.document import PipelineOptions, failed_result, summarize
from store.schema import PER_DOCUMENT, TABLES, conform
from store.parts import has_part, read_index, store_root, write_index, write_part
from store.publish import (Entry, OutputLock, build_catalog, build_indicators, clean_leftovers, gather,
                           publish, read_current, runs_log, save_runs, unmatched_count)

log = logging.getLogger("cchc")

IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class Listed:
    """One file found under --raw."""

    source_file: str
    path: Path
    size: int = 0
    mtime_ns: int = 0
    doc_id: str = ""
    error: Optional[str] = None      # why it cannot be processed at all (e.g. a symlink out)


@dataclass
class RunReport:
    run_id: str
    started_at: datetime
    finished_at: Optional[datetime] = None
    n_files: int = 0
    n_new: int = 0
    n_changed: int = 0
    n_unchanged: int = 0
    n_removed: int = 0
    n_failed: int = 0
    n_partial: int = 0
    n_processed: int = 0
    n_observations: int = 0
    n_unmatched_rows: int = 0
    duration_s: float = 0.0
    workers: int = 1
    executor: str = "process"
    exit_code: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    table_rows: dict[str, int] = field(default_factory=dict)
    published: Optional[str] = None
    cleaned: list[str] = field(default_factory=list)   # leftovers of killed runs removed
    raw: Optional[str] = None                          # the archive folder (absolute)
    corrections: dict[str, int] = field(default_factory=dict)   # corrections by status
    stale_corrections: list[str] = field(default_factory=list)  # why each was not applied

    def run_row(self) -> dict:
        """This run as a row of the runs table (its columns are the schema's)."""
        from store.schema import RUNS
        row = {f.name: getattr(self, f.name, None) for f in RUNS}
        row["pipeline_version"] = PIPELINE_VERSION
        return row


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def list_files(raw: Path) -> list[Listed]:
    """Every file under raw, recursively, sorted; links that leave raw are not followed."""
    raw = Path(raw)
    root = raw.resolve()
    found: list[Listed] = []
    for dirpath, dirnames, filenames in os.walk(raw, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name in IGNORED_NAMES or name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = unicodedata.normalize("NFC", path.relative_to(raw).as_posix())
            item = Listed(rel, path)
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    item.error = (f"a broken symbolic link (to {os.readlink(path)}) or a loop of "
                                  "links: not followed")
                else:
                    if not target.is_relative_to(root):
                        item.error = (f"a symbolic link to {os.readlink(path)}, outside the archive "
                                      "(--raw): not followed")
                    elif not target.is_file():
                        item.error = "a symbolic link to something that is not a file: not followed"
            found.append(item)
        # links to directories are listed as files above only if os.walk reports them there
        for d in list(dirnames):
            p = Path(dirpath) / d
            if p.is_symlink():
                dirnames.remove(d)
                found.append(Listed(unicodedata.normalize("NFC", p.relative_to(raw).as_posix()), p,
                                    error="a symbolic link to a folder: not followed"))
    found.sort(key=lambda x: x.source_file)
    return found


def identify(items: list[Listed], index: dict[str, dict]) -> None:
    """Fill size, mtime and doc_id; an unchanged stat reuses the indexed hash."""
    for item in items:
        if item.error:
            item.doc_id = hashlib.sha256(f"unprocessable:{item.source_file}".encode()).hexdigest()
            continue
        try:
            st = item.path.stat()
            item.size, item.mtime_ns = st.st_size, st.st_mtime_ns
            if not stat.S_ISREG(st.st_mode):       # a FIFO or device would block the reader
                item.error = "not a regular file (a pipe, socket or device): not read"
                item.doc_id = hashlib.sha256(f"unprocessable:{item.source_file}".encode()).hexdigest()
                continue
            old = index.get(item.source_file)
            if old and old["size"] == item.size and old["mtime_ns"] == item.mtime_ns and old["doc_id"]:
                item.doc_id = old["doc_id"]
            else:
                item.doc_id = sha256_file(item.path)
        except OSError as exc:
            item.error = f"cannot read the file: {exc.strerror or exc}"
            item.doc_id = hashlib.sha256(f"unreadable:{item.source_file}".encode()).hexdigest()


Executor = Callable[..., None]


def run_batch(raw: Path, out: Path, options: PipelineOptions, workers: int, timeout: float,
              memory_limit_mb: int, executor: str = "process", scheduler: Optional[str] = None,
              retry_failed: bool = False,
              progress: Optional[Callable[[int, int, dict], None]] = None,
              corrections: Optional[Path] = None) -> RunReport:
    """Process the archive under raw into the tables under out. Holds the output lock.

    ``corrections``: the corrections file (default ``OUT/corrections.csv``; see store/corrections.py)."""
    raw, out = Path(raw), Path(out)
    run_id = uuid.uuid4().hex[:12]
    report = RunReport(run_id=run_id, started_at=datetime.now(timezone.utc), workers=workers,
                       executor=executor, raw=str(raw.resolve()))
    t0 = time.perf_counter()
    with OutputLock(out, run_id):
        report.cleaned = clean_leftovers(out)
        if report.cleaned:
            log.warning("removed what an interrupted run left: %s", ", ".join(report.cleaned))
        store = store_root(out)
        store.mkdir(parents=True, exist_ok=True)
        index = read_index(store)
        items = list_files(raw)
        identify(items, index)
        report.n_files = len(items)

        current = {i.source_file for i in items}
        report.n_removed = sum(1 for s in index if s not in current)
        todo: list[Listed] = []
        planned: set[str] = set()
        for item in items:
            old = index.get(item.source_file)
            done = has_part(store, item.doc_id, PIPELINE_VERSION)
            if done and retry_failed and _part_failed(store, item.doc_id):
                done = False
            if old is None:
                report.n_new += 1
            elif old["doc_id"] != item.doc_id:
                report.n_changed += 1
            elif done:
                report.n_unchanged += 1
            else:
                report.n_changed += 1     # same bytes, but not processed by this version
            if not done and item.doc_id not in planned:
                planned.add(item.doc_id)
                todo.append(item)

        # Files that cannot be processed at all get their failed row without a worker.
        runnable = []
        for item in todo:
            if item.error:
                suffix = item.path.suffix.lower().lstrip(".") or "unknown"
                write_part(store, failed_result(item.doc_id, item.source_file, suffix, item.error,
                                                item.size or None))
            else:
                runnable.append(item)

        total = len(runnable)
        done_count = 0

        def finished(item_key: str, path: Path, doc_id: str, summary: Optional[dict], error: Optional[str]):
            nonlocal done_count
            done_count += 1
            if summary is None:
                from extract.route import FILE_TYPES
                ftype = FILE_TYPES.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
                result = failed_result(doc_id, item_key, ftype, error or "the worker stopped", None)
                write_part(store, result)
                summary = summarize(result)
            if progress:
                progress(done_count, total, summary)

        if executor == "dask":
            from runner.dask_executor import run_on_dask
            run_on_dask(runnable, str(store), options, workers, timeout, scheduler, finished,
                        memory_limit_mb=memory_limit_mb)
        else:
            from runner.workers import Task, run_isolated
            tasks = [Task(i.source_file, str(i.path.resolve()), i.doc_id, str(store)) for i in runnable]
            by_key = {i.source_file: i for i in runnable}
            run_isolated(tasks, options, workers, timeout, memory_limit_mb,
                         lambda o: finished(o.task.key, by_key[o.task.key].path, o.task.doc_id,
                                            o.summary, o.error))
        report.n_processed = total

        # A worker keys its part by the bytes it read: follow a file that changed meanwhile.
        fresh = {i.doc_id for i in todo}
        entries = []
        for item in items:
            doc_id = item.doc_id
            if not has_part(store, doc_id, PIPELINE_VERSION) and not item.error:
                try:
                    doc_id = sha256_file(item.path)
                except OSError:
                    pass
                fresh.add(doc_id)
            entries.append(Entry(item.source_file, doc_id, PIPELINE_VERSION))
        # Unchanged documents' rows come from the last published tables (same result as
        # reading their parts, which never change once written; much cheaper).
        previous = read_current(out, PER_DOCUMENT + ("indicators",))
        tables = gather(store, entries, previous=previous, fresh=fresh)
        from store import corrections as fixes
        tables["corrections"] = fixes.apply_corrections(tables, store, entries,
                                                        corrections or fixes.default_path(out))
        report.corrections = fixes.summary(tables["corrections"])
        report.stale_corrections = fixes.not_applied(tables["corrections"])
        tables["indicators"] = _indicators(tables, previous)
        tables["catalog"] = build_catalog()

        docs = tables["documents"].to_pydict()
        report.n_failed = sum(1 for s in docs["status"] if s == "failed")
        report.n_partial = sum(1 for s in docs["status"] if s == "partial")
        report.failed = [(f, e or "") for f, s, e in zip(docs["source_file"], docs["status"], docs["error"])
                         if s == "failed"]
        report.n_observations = tables["observations"].num_rows
        report.n_unmatched_rows = unmatched_count(tables["observations"])
        report.exit_code = 1 if report.n_failed else 0
        report.finished_at = datetime.now(timezone.utc)
        report.duration_s = time.perf_counter() - t0
        tables["runs"] = runs_log(out, report.run_row())
        report.table_rows = {k: v.num_rows for k, v in tables.items()}
        report.published = str(publish(out, tables, run_id))
        save_runs(out, tables["runs"])
        write_index(store, [{"source_file": e.source_file, "doc_id": e.doc_id,
                             "size": i.size, "mtime_ns": i.mtime_ns}
                            for e, i in zip(entries, items)])
    return report


def _indicators(tables: dict[str, pa.Table], previous: dict[str, pa.Table]) -> pa.Table:
    """The indicators table; the published one when its inputs are the same as then."""
    old = previous.get("indicators")
    if old is not None and all(previous.get(n) is not None for n in ("observations", "documents")):
        try:
            same = all(conform(previous[n], TABLES[n]).equals(tables[n])
                       for n in ("observations", "documents"))
        except (ValueError, pa.ArrowException):
            same = False
        if same:
            return conform(old, TABLES["indicators"])
    return build_indicators(tables["observations"], tables["documents"])


def _part_failed(store: Path, doc_id: str) -> bool:
    from store.parts import read_part
    t = read_part(store, doc_id, PIPELINE_VERSION, "documents")
    return bool(t is not None and t.num_rows and t.column("status")[0].as_py() == "failed")


__all__ = ["run_batch", "RunReport", "list_files", "pa"]
