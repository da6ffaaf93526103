"""The Dask executor: the same per-document unit of work, run on the workers of a Dask cluster.

``run_on_dask`` starts a ``LocalCluster`` (worker processes, one thread each) or connects to
an existing scheduler, submits one task per document and calls ``finished`` in the driver
as each one ends. Results travel through the per-document store (a folder every worker
reaches), not back to the driver: a task returns only the document's small summary, so the
driver's memory does not grow with the archive. Publishing is the caller's business
(``runner.batch``), exactly as with the process pool.

How a document runs on a worker
-------------------------------
A Dask task runs in a worker *thread*, and a thread cannot be stopped from outside. So the
task does not process the document itself: it hands it to a **sandbox**, a long-lived
child process of the worker (one per worker thread, started once and reused, so the
imports are paid once), and waits for it under the per-document limits:

- past ``timeout`` seconds (counted from when the sandbox starts on this document), or past
  ``memory_limit_mb`` (the sandbox and its children, e.g. Tesseract), the sandbox is killed
  with its children, the document is recorded ``failed`` with the reason, and a fresh
  sandbox takes the next document: the worker stays in service;
- a sandbox that dies by itself (a crash in a native library) records the document
  ``failed`` ("the worker crashed ..."), as the process pool does; it is not retried.

Failures of the *cluster* are Dask's business: the task key is derived from the document's
``doc_id`` (so a resubmission is deduplicated), and a task whose worker is lost (killed,
its machine gone) is rescheduled by the scheduler on another worker; a task that raises
(e.g. the sandbox could not be started, the shared store was briefly unwritable) is retried
``retries`` times. Only after that does the driver record the document ``failed``. A
sandbox whose worker dies notices within half a second and exits, so it does not keep
writing beside the task's new run (writes are atomic renames in any case).

Remote clusters
---------------
With ``scheduler="tcp://HOST:PORT"`` the workers must be able to import this project
(``pip install -e .`` of the same checkout on each worker machine, or the repository on
their ``PYTHONPATH``) with the same pipeline version, and must see the input files and the
store under the same absolute paths as the driver (a shared mount). The driver checks all
three on every worker before submitting and stops with ``DaskUnavailable`` if one fails,
before anything is processed or published.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from pathlib import Path

import runner.document  # noqa: F401  (the unit of work: the workers' probe checks it imports)
import store.parts  # noqa: F401  (process_to_store writes through it: the sandbox's warm-up pays it)
from core.errors import DocumentTimeout, OutOfMemory, describe
from core.version import PIPELINE_VERSION
from runner.document import PipelineOptions, process_bytes
from runner.workers import (
    TIMED_OUT,
    Supervised,
    Task,
    _Command,
    _die_with_parent,
    _single_threaded_libraries,
    process_guarded,
    serve,
)

log = logging.getLogger("cchc")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RETRIES = 2
CONNECT_TIMEOUT_S = 30.0
WORKERS_TIMEOUT_S = 60.0
# No dashboard; the scheduler's small HTTP server (health, metrics) on a free local port
# rather than 8787, which another cluster on the machine may hold.
LOCAL_SCHEDULER_KWARGS = {"dashboard": False, "dashboard_address": "127.0.0.1:0"}


class DaskUnavailable(RuntimeError):
    """The Dask cluster cannot run this batch (unreachable, no workers, workers that cannot
    import the pipeline or do not see the store); nothing was processed."""


# --------------------------------------------------------------------------- the sandbox

# A tiny report the sandbox processes once at start (not stored): every stage imports its
# modules and loads its reference data (catalog, gazetteer) before the first real document,
# so that the per-document timeout measures the document, not the warm-up.
WARMUP_TEXT = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KIÊN GIANG\tĐộc lập - Tự do - Hạnh phúc
Số: 1/BC-UBND\tKiên Giang, ngày 03 tháng 9 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính quý III năm 2022
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Ủy ban nhân dân tỉnh đã ban hành 12 văn bản chỉ đạo, tỷ lệ hoàn thành đạt 98,5%.
Biểu mẫu 1
STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú
1\tSố văn bản chỉ đạo CCHC đã ban hành\tVăn bản\t12\t
1.1\tTỷ lệ hoàn thành Kế hoạch CCHC năm\t%\t98,5\t
"""


def _sandbox_main(fd: int) -> None:
    """The sandbox process: on the connection ``fd`` (one end of a socket pair), receive
    ``(task, options)`` requests, process and store each document, answer ``("ok", summary)``
    or ``("failed", why)``. Its stdout is pointed at stderr: what a library prints goes to the
    worker's log."""
    _single_threaded_libraries()
    os.dup2(2, 1)
    # The worker that owns this sandbox died: stop too. (Not PR_SET_PDEATHSIG: the sandbox is
    # a child of a worker *thread*, and that signal follows the thread, not the process.)
    _die_with_parent(os.getppid(), pdeathsig=False, every=0.5, code=3)
    conn = Connection(fd)
    try:  # pay the imports and reference-data loads before the first deadline starts
        process_bytes(WARMUP_TEXT.encode("utf-8"), "warmup.txt", PipelineOptions())
    except Exception:  # noqa: BLE001 - a broken stage is reported per document, not here
        pass

    def answer(request: tuple) -> tuple[tuple, bool]:
        task, options = request
        summary, error, _ = process_guarded(task, options)
        return (("ok", summary) if summary is not None else ("failed", error)), False

    serve(conn, ("ready", os.getpid()), answer)


class _Sandbox(Supervised):
    """A worker's child process that processes documents one at a time under limits."""

    def __init__(self, start_timeout: float = 120.0):
        env = dict(os.environ)
        paths = [str(PROJECT_ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
        conn, child = Pipe(duplex=True)
        fd = child.fileno()
        popen = subprocess.Popen(
            [sys.executable, "-m", "runner.dask_executor", "--sandbox", str(fd)],
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=str(PROJECT_ROOT),
            close_fds=True,
            pass_fds=(fd,),
        )
        child.close()
        super().__init__(_Command(popen), conn)
        try:
            answer = self.answer(time.monotonic() + start_timeout)
        except BaseException:
            self.kill()
            raise
        if not isinstance(answer, tuple) or answer[0] != "ready":
            self.kill()
            raise RuntimeError(
                f"the document sandbox did not start ({answer!r}, exit code {self.proc.exitcode})"
            )

    def run(
        self, task: Task, options, timeout: float, memory_limit_mb: int
    ) -> tuple[dict | None, str | None]:
        """(summary, None) when the document was processed; (None, why) when it was not."""
        try:
            if not self.send((task, options)):
                raise EOFError("the sandbox is gone")
            answer = self.answer(time.monotonic() + timeout, memory_limit_mb * 1024 * 1024)
        except (EOFError, OSError, pickle.UnpicklingError):
            self.kill()
            code = self.proc.exitcode
            return None, (
                "the worker crashed while processing the document"
                + (f" (exit code {code})" if code is not None else "")
            )
        if answer is TIMED_OUT:
            self.kill()
            return None, str(DocumentTimeout(timeout))
        if answer[0] == "memory":
            self.kill()
            return None, str(OutOfMemory(memory_limit_mb))
        if answer[0] == "failed":
            return None, answer[1]
        return answer[1], None


# Sandboxes of this worker process, free for the next task (a worker with n threads ends
# up with n of them).
_FREE: list[_Sandbox] = []
_FREE_LOCK = threading.Lock()


def _take_sandbox() -> _Sandbox:
    with _FREE_LOCK:
        while _FREE:
            box = _FREE.pop()
            if box.alive():
                return box
    return _Sandbox()


def _give_back(box: _Sandbox) -> None:
    if box.alive():
        with _FREE_LOCK:
            _FREE.append(box)


def run_document(
    path: str, source_file: str, store: str, options, doc_id: str, timeout: float, memory_limit_mb: int = 0
) -> dict:
    """The Dask task: process one document in this worker's sandbox under the limits.

    Returns ``{"summary": dict | None, "error": str | None}``; raises only when the
    sandbox itself cannot be started (then Dask retries the task)."""
    box = _take_sandbox()
    try:
        summary, error = box.run(Task(source_file, path, doc_id, store), options, timeout, memory_limit_mb)
    finally:
        _give_back(box)
    return {"summary": summary, "error": error}


def close_sandboxes() -> int:
    """Stop this worker's idle sandboxes (run on every worker when a batch ends)."""
    with _FREE_LOCK:
        boxes = list(_FREE)
        _FREE.clear()
    for box in boxes:
        box.stop()
    return len(boxes)


def probe_worker(store: str, paths: list[str]) -> dict:
    """What the driver checks on every worker before submitting anything (that this module,
    and so the unit of work, imports there is the first check)."""
    return {
        "version": PIPELINE_VERSION,
        "store": os.path.isdir(store) and os.access(store, os.W_OK),
        "inputs": all(os.path.isfile(p) for p in paths),
        "python": sys.version.split()[0],
    }


# --------------------------------------------------------------------------- the driver


def task_key(doc_id: str, store: str, options) -> str:
    """The task's key: the document, and what makes its result (store, version, options).

    Two runs submitting the same document with the same store and options get the same key,
    so the scheduler runs it once; another store or other options get another key."""
    salt = hashlib.sha256(repr((store, PIPELINE_VERSION, options)).encode()).hexdigest()[:12]
    return f"cchc-document-{doc_id}-{salt}"


class _QuietDistributed:
    """Keep distributed's INFO/WARNING chatter (cluster start, a worker lost and restarted)
    out of the driver's output while a batch runs: the batch reports per document itself."""

    def __enter__(self):
        self.logger = logging.getLogger("distributed")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)
        return self

    def __exit__(self, *exc):
        self.logger.setLevel(self.level)


def _connect(workers: int, scheduler: str | None, n_tasks: int):
    """A Client, and the LocalCluster it started (None with a scheduler address)."""
    from distributed import Client, LocalCluster  # dask is imported only by a run that uses it

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            raise DaskUnavailable(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        return client, None
    n = max(1, min(int(workers or 1), n_tasks))
    cluster = LocalCluster(
        n_workers=n,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
        scheduler_kwargs=LOCAL_SCHEDULER_KWARGS,
    )
    try:
        return Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def _check_workers(client, store: str, sample_paths: list[str]) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except TimeoutError:
        raise DaskUnavailable(f"the Dask cluster has no workers (waited {WORKERS_TIMEOUT_S:g} s)") from None
    try:
        found = client.run(probe_worker, store, sample_paths)
    except Exception as exc:  # noqa: BLE001 - whatever the probe raised on a worker, said in words
        raise DaskUnavailable(
            f"a Dask worker cannot run the pipeline ({type(exc).__name__}: {exc}); install the "
            "project on every worker (pip install -e . in the same checkout)"
        ) from None
    for worker, info in sorted(found.items()):
        if info["version"] != PIPELINE_VERSION:
            raise DaskUnavailable(
                f"Dask worker {worker} runs pipeline version {info['version']}, "
                f"this driver {PIPELINE_VERSION}: install the same version everywhere"
            )
        if not info["store"]:
            raise DaskUnavailable(
                f"Dask worker {worker} cannot write the store {store}: the store "
                "must be a shared folder at the same path on every worker"
            )
        if not info["inputs"]:
            raise DaskUnavailable(
                f"Dask worker {worker} does not see the input files (e.g. "
                f"{sample_paths[0]}): --raw must be shared at the same path"
            )


def run_on_dask(
    runnable: list,
    store: str,
    options,
    workers: int,
    timeout: float,
    scheduler: str | None,
    finished: Callable,
    memory_limit_mb: int = 0,
    retries: int = DEFAULT_RETRIES,
) -> None:
    """Process ``runnable`` (``runner.batch.Listed`` items) on a Dask cluster.

    Calls ``finished(source_file, path, doc_id, summary_or_None, error_or_None)`` once per
    document, in the driver, as each ends. Raises ``DaskUnavailable`` before processing
    anything when the cluster cannot take the batch.
    """
    if not runnable:
        return
    # dask is imported only by a run that uses it (distributed is slow to import and starts threads)
    from distributed import as_completed
    from distributed.client import FutureCancelledError
    from distributed.scheduler import KilledWorker

    store = str(Path(store).resolve())
    quiet = _QuietDistributed()
    quiet.__enter__()
    try:
        client, cluster = _connect(workers, scheduler, len(runnable))
    except BaseException:
        quiet.__exit__()
        raise
    futures: dict = {}
    try:
        # Inputs travel by path: the workers must see them where the driver does.
        paths = {id(item): str(Path(item.path).resolve()) for item in runnable}
        _check_workers(client, store, [paths[id(runnable[0])]])
        # Largest first: the long documents start early, the short ones fill in at the end.
        order = sorted(runnable, key=lambda i: (-(i.size or 0), i.source_file))
        for rank, item in enumerate(order):
            fut = client.submit(
                run_document,
                paths[id(item)],
                item.source_file,
                store,
                options,
                item.doc_id,
                timeout,
                memory_limit_mb,
                key=task_key(item.doc_id, store, options),
                pure=False,
                retries=retries,
                priority=len(order) - rank,
            )
            futures[fut] = item
        for fut in as_completed(list(futures)):
            item = futures.pop(fut)
            summary, error = None, None
            try:
                answer = fut.result()
                summary, error = answer["summary"], answer["error"]
            except FutureCancelledError:
                error = "the Dask task was cancelled"
            except KilledWorker:
                error = "the Dask workers running the document died repeatedly; it was not processed"
            except Exception as exc:  # noqa: BLE001 - the task's own exception, raised again here
                error = (
                    f"the Dask task failed after {retries} retries "
                    f"({describe(exc, 'the store or the worker')})"
                )
            fut.release()
            finished(item.source_file, item.path, item.doc_id, summary, error)
    finally:
        for fut in futures:  # interrupted: do not leave work queued on a shared cluster
            fut.cancel()
        try:
            client.run(close_sandboxes)
        except Exception:  # noqa: BLE001 - a worker already gone has no sandbox left to stop
            pass
        client.close()
        if cluster is not None:
            cluster.close()
        quiet.__exit__()


if __name__ == "__main__" and sys.argv[1:2] == ["--sandbox"]:
    _sandbox_main(int(sys.argv[2]))
