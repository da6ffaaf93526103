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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa

from core.errors import EXIT_USAGE, UsageError, describe
from core.records import Status
from core.version import PIPELINE_VERSION
from extract.options import RunOptions
from extract.route import FILE_TYPES
from runner.dask_executor import run_on_dask
from runner.document import PipelineOptions, failed_result, part_keys, summarize
from runner.workers import Task, run_isolated
from store import corrections as fixes
from store.parts import (
    find_part,
    read_index,
    read_part,
    store_root,
    transient_attempts,
    write_index,
    write_part,
)
from store.publish import (
    Entry,
    OutputLock,
    build_catalog,
    build_indicators,
    claim_pending_runs,
    clean_leftovers,
    gather,
    publish,
    read_current,
    record_stopped_run,
    runs_log,
    save_runs,
    unmatched_count,
)
from store.schema import PER_DOCUMENT, RUNS, TABLES, conform

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
    error: str | None = None  # why it cannot be processed at all (e.g. a symlink out)
    escaped: bool = False  # the name held bytes that are not UTF-8 (see archive_name)
    key: str = PIPELINE_VERSION  # the key of its stored part (pipeline version + options)
    attempt: int = 1  # 2: a retry of a transient failure


def archive_name(rel: str) -> tuple[str, bool]:
    """The name a file is recorded under: its path relative to --raw, NFC, ``/``-separated.

    A name whose bytes are not UTF-8 (a Latin-1 byte from an old Windows share) reaches
    Python with the bad bytes as lone surrogates, which no table can hold: each such byte
    is written as ``\\xNN`` instead (``caf\\xe9.txt``). Returns (name, escaped)."""
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        rel = os.fsencode(rel).decode("utf-8", errors="backslashreplace")
        return unicodedata.normalize("NFC", rel), True
    return unicodedata.normalize("NFC", rel), False


def _shown(name: str) -> str:
    """A path for a message: undecodable bytes written ``\\xNN`` (as in ``archive_name``)."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def _make_unique(found: list[Listed]) -> None:
    """Keep ``source_file`` unique: an escaped name equal to a real one (or two names equal
    after NFC) gets a short digest of its raw bytes before its extension."""
    seen: dict[str, int] = {}
    for item in found:
        seen[item.source_file] = seen.get(item.source_file, 0) + 1
    for item in found:
        if seen[item.source_file] < 2:
            continue
        name = item.path.as_posix()
        if item.escaped or unicodedata.normalize("NFC", name) != name:
            digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:8]
            stem, dot, ext = item.source_file.rpartition(".")
            if not dot or "/" in ext:
                stem, ext = item.source_file, ""
            item.source_file = f"{stem} [name bytes {digest}]" + (f".{ext}" if ext else "")


@dataclass
class RunReport:
    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
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
    published: str | None = None
    cleaned: list[str] = field(default_factory=list)  # leftovers of killed runs removed
    error: str | None = None  # why the run stopped before publishing (exit 2)
    raw: str | None = None  # the archive folder (absolute)
    corrections: dict[str, int] = field(default_factory=dict)  # corrections by status
    stale_corrections: list[str] = field(default_factory=list)  # why each was not applied

    def run_row(self) -> dict:
        """This run as a row of the runs table (its columns are the schema's)."""
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
            rel, escaped = archive_name(path.relative_to(raw).as_posix())
            item = Listed(rel, path, escaped=escaped)
            if path.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (OSError, RuntimeError):
                    item.error = (
                        f"a broken symbolic link (to {_shown(os.readlink(path))}) or a loop of "
                        "links: not followed"
                    )
                else:
                    if not target.is_relative_to(root):
                        item.error = (
                            f"a symbolic link to {_shown(os.readlink(path))}, outside the archive "
                            "(--raw): not followed"
                        )
                    elif not target.is_file():
                        item.error = "a symbolic link to something that is not a file: not followed"
            found.append(item)
        # links to directories are listed as files above only if os.walk reports them there
        for d in list(dirnames):
            p = Path(dirpath) / d
            if p.is_symlink():
                dirnames.remove(d)
                rel, escaped = archive_name(p.relative_to(raw).as_posix())
                found.append(
                    Listed(rel, p, escaped=escaped, error="a symbolic link to a folder: not followed")
                )
    found.sort(key=lambda x: x.source_file)
    _make_unique(found)
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
            if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block the reader
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


def timeout_tiers(items: list, timeout: float, per_page: float) -> list[tuple[float, list]]:
    """The documents grouped by time limit, in listing order within a group: ``timeout``
    for most; a PDF whose pages need more (``runner.document.document_timeout``) goes to
    the first tier of ``timeout × 2^k`` that covers it."""
    from runner.document import document_timeout, pdf_page_count

    tiers: dict[float, list] = {}
    for item in items:
        limit = timeout
        if per_page > 0:
            need = document_timeout(timeout, pdf_page_count(item.path, item.size or None), per_page)
            while limit < need:
                limit *= 2
        tiers.setdefault(limit, []).append(item)
    return sorted(tiers.items())


def run_batch(
    raw: Path,
    out: Path,
    options: PipelineOptions,
    workers: int,
    timeout: float,
    memory_limit_mb: int,
    executor: str = "process",
    scheduler: str | None = None,
    retry_failed: bool = False,
    progress: Callable[[int, int, dict], None] | None = None,
    corrections: Path | None = None,
    timeout_per_page: float = 6.0,
) -> RunReport:
    """Process the archive under raw into the tables under out. Holds the output lock.

    ``corrections``: the corrections file (default ``OUT/corrections.csv``; see store/corrections.py).

    The options are checked as the command line checks them (``extract.options.RunOptions``:
    a ``BadOption`` names the one that is wrong)."""
    run = RunOptions(
        raw=raw,
        out=out,
        workers=workers,
        timeout=timeout,
        memory_limit_mb=memory_limit_mb,
        executor=executor,
        scheduler=scheduler,
        retry_failed=retry_failed,
        extract=options.extract,
        narrative=options.narrative,
        plans=options.plans,
        corrections=corrections,
        timeout_per_page=timeout_per_page,
    )
    return run_with(run, progress=progress)


def stopped_report(
    run: RunOptions, error: str, started_at: datetime | None = None, run_id: str | None = None
) -> RunReport:
    """The report (and runs row) of a run that stopped before publishing: exit 2."""
    now = datetime.now(UTC)
    started = started_at or now
    return RunReport(
        run_id=run_id or uuid.uuid4().hex[:12],
        started_at=started,
        finished_at=now,
        duration_s=(now - started).total_seconds(),
        workers=run.n_workers,
        executor=run.executor,
        exit_code=EXIT_USAGE,
        error=error,
    )


def run_with(run: RunOptions, progress: Callable[[int, int, dict], None] | None = None) -> RunReport:
    """``run_batch`` from a validated options record. A run that stops before publishing
    (the lock is held by another run, no worker starts, the cluster cannot take it, the disk
    fails) is noted in the runs log (``store.publish.record_stopped_run``) and re-raised."""
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(UTC)
    try:
        return _run(run, run_id, started, progress)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        if type(exc).__name__ == "_Terminated":
            raise
        message = str(exc) if isinstance(exc, (UsageError, RuntimeError)) else describe(exc, "the run")
        record_stopped_run(run.out, stopped_report(run, message, started, run_id).run_row())
        raise


def _run(
    run: RunOptions, run_id: str, started: datetime, progress: Callable[[int, int, dict], None] | None
) -> RunReport:
    raw, out = run.raw, run.out
    options = run.pipeline()
    workers, timeout, memory_limit_mb = run.n_workers, run.timeout, run.memory_limit_mb
    report = RunReport(
        run_id=run_id, started_at=started, workers=workers, executor=run.executor, raw=str(raw.resolve())
    )
    keys = part_keys(options)
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
            found = find_part(store, item.doc_id, keys)
            done = found is not None
            if done:
                item.key = found
                attempts = transient_attempts(store, item.doc_id, found)
                if attempts == 1:  # a timeout, a killed worker: one more try
                    done, item.attempt = False, 2
                elif run.retry_failed and _part_failed(store, item.doc_id, found):
                    done = False
            if old is None:
                report.n_new += 1
            elif old["doc_id"] != item.doc_id:
                report.n_changed += 1
            elif done:
                report.n_unchanged += 1
            else:
                report.n_changed += 1  # same bytes, but not processed by this version/options
            if not done and item.doc_id not in planned:
                planned.add(item.doc_id)
                todo.append(item)

        # Files that cannot be processed at all get their failed row without a worker.
        runnable = []
        for item in todo:
            if item.error:
                suffix = item.path.suffix.lower().lstrip(".") or "unknown"
                write_part(
                    store,
                    failed_result(item.doc_id, item.source_file, suffix, item.error, item.size or None),
                    key=keys[-1],
                )
            else:
                runnable.append(item)

        total = len(runnable)
        done_count = 0
        by_key = {i.source_file: i for i in runnable}

        def finished(
            item_key: str,
            path: Path,
            doc_id: str,
            summary: dict | None,
            error: str | None,
            transient: bool | None = None,
        ):
            nonlocal done_count
            done_count += 1
            if summary is None:
                ftype = FILE_TYPES.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
                result = failed_result(doc_id, item_key, ftype, error or "the worker stopped", None)
                if transient is None:
                    transient = is_transient_message(error)
                item = by_key.get(item_key)
                attempt = (item.attempt if item is not None else 1) if transient else 0
                write_part(store, result, key=keys[-1], transient_attempt=attempt)
                summary = summarize(result)
            if progress:
                progress(done_count, total, summary)

        # Long PDFs get a longer time limit (runner.document.document_timeout), in tiers of
        # doubling limits, each tier one pass of the executor.
        for limit, batch in timeout_tiers(runnable, timeout, run.timeout_per_page):
            if run.executor == "dask":
                run_on_dask(
                    batch,
                    str(store),
                    options,
                    workers,
                    limit,
                    run.scheduler,
                    finished,
                    memory_limit_mb=memory_limit_mb,
                )
            else:
                tasks = [Task(i.source_file, str(i.path.resolve()), i.doc_id, str(store)) for i in batch]
                run_isolated(
                    tasks,
                    options,
                    workers,
                    limit,
                    memory_limit_mb,
                    lambda o: finished(
                        o.task.key, by_key[o.task.key].path, o.task.doc_id, o.summary, o.error, o.transient
                    ),
                )
        report.n_processed = total

        # A worker keys its part by the bytes it read: follow a file that changed meanwhile.
        fresh = {i.doc_id for i in todo}
        entries = []
        for item in items:
            doc_id = item.doc_id
            key = find_part(store, doc_id, keys)
            if key is None and not item.error:
                try:
                    doc_id = sha256_file(item.path)
                except OSError:
                    pass
                fresh.add(doc_id)
                key = find_part(store, doc_id, keys)
            entries.append(Entry(item.source_file, doc_id, key or keys[-1]))
        # Unchanged documents' rows come from the last published tables (same result as
        # reading their parts, which never change once written; much cheaper).
        previous = read_current(out, PER_DOCUMENT + ("indicators",))
        tables = gather(store, entries, previous=previous, fresh=fresh)
        tables["corrections"] = fixes.apply_corrections(
            tables, store, entries, run.corrections or fixes.default_path(out)
        )
        report.corrections = fixes.summary(tables["corrections"])
        report.stale_corrections = fixes.not_applied(tables["corrections"])
        tables["indicators"] = _indicators(tables, previous)
        tables["catalog"] = build_catalog()

        docs = tables["documents"].to_pydict()
        report.n_failed = sum(1 for s in docs["status"] if s == Status.FAILED)
        report.n_partial = sum(1 for s in docs["status"] if s == Status.PARTIAL)
        report.failed = [
            (f, e or "")
            for f, s, e in zip(docs["source_file"], docs["status"], docs["error"])
            if s == Status.FAILED
        ]
        report.n_observations = tables["observations"].num_rows
        report.n_unmatched_rows = unmatched_count(tables["observations"])
        report.exit_code = 1 if report.n_failed else 0
        report.finished_at = datetime.now(UTC)
        report.duration_s = time.perf_counter() - t0
        pending = claim_pending_runs(out, run_id)
        tables["runs"] = runs_log(out, report.run_row(), pending)
        report.table_rows = {k: v.num_rows for k, v in tables.items()}
        report.published = str(publish(out, tables, run_id))
        save_runs(out, tables["runs"])
        for path in pending:
            path.unlink(missing_ok=True)
        write_index(
            store,
            [
                {"source_file": e.source_file, "doc_id": e.doc_id, "size": i.size, "mtime_ns": i.mtime_ns}
                for e, i in zip(entries, items)
            ],
        )
    return report


def is_transient_message(error: str | None) -> bool:
    """A worker's failure that another try may cure: a timeout, a killed worker, memory."""
    if not error:
        return False
    low = error.lower()
    return any(
        w in low
        for w in (
            "timed out",
            "killed by signal",
            "worker crashed",
            "memory",
            "workers running the document died",
        )
    )


def _indicators(tables: dict[str, pa.Table], previous: dict[str, pa.Table]) -> pa.Table:
    """The indicators table; the published one when its inputs are the same as then."""
    old = previous.get("indicators")
    if old is not None and all(previous.get(n) is not None for n in ("observations", "documents")):
        try:
            same = all(
                conform(previous[n], TABLES[n]).equals(tables[n]) for n in ("observations", "documents")
            )
        except (ValueError, pa.ArrowException):
            same = False
        if same:
            return conform(old, TABLES["indicators"])
    return build_indicators(tables["observations"], tables["documents"])


def _part_failed(store: Path, doc_id: str, key: str = PIPELINE_VERSION) -> bool:
    t = read_part(store, doc_id, key, "documents")
    return bool(t is not None and t.num_rows and t.column("status")[0].as_py() == Status.FAILED)


__all__ = ["run_batch", "run_with", "RunReport", "list_files", "pa"]
