"""Isolated workers: each document runs in a worker process under a time and memory limit.

A pool of long-lived worker processes takes one document at a time. A worker imports the
pipeline, says it is ready, and only then gets documents, so the time limit measures the
document, not the start of the worker. On Linux a worker is forked from the run's main
process (``start_method``): it starts with what the main process has imported already
(pyarrow, numpy, the records, the store) instead of a fresh interpreter importing it all
again, and puts back what it must not inherit (the main process's signal handlers); it
never uses the main process's state otherwise (it gets its task, options and store
through its connection). Elsewhere, or with ``CCHC_WORKER_START=spawn``, it is spawned. The parent
watches each task: one that runs past its time limit, grows past the memory limit (the
resident memory of the worker and its children, e.g. Tesseract) or kills its worker is
recorded as failed with the reason, the worker is replaced, and the batch goes on.

A worker dies with the run that started it (Linux ``PR_SET_PDEATHSIG``, and a watch on the
parent's pid elsewhere), so a run killed with SIGKILL leaves no worker behind.

``Supervised`` is the one supervisor of a child process, here and in the Dask executor's
sandboxes (``runner.dask_executor``): a duplex ``multiprocessing.connection`` to it (its framing
of pickled messages), the memory of the child and its children, its deadline, kill and stop.
The child's side is ``serve``: say ready, then process each task it is sent with
``process_guarded`` and answer.

Test hook: when the environment variable ``CCHC_TEST_FAULTS`` is set (tests only; it is
read nowhere else and does nothing when unset), a worker given a document whose
``source_file`` (or its last path component) is named in it misbehaves on purpose:
``hang:<name>`` sleeps forever, ``crash:<name>`` kills its own process (SIGSEGV),
``oom:<name>`` allocates memory until it is stopped. Several are separated by commas,
e.g. ``CCHC_TEST_FAULTS="hang:a.txt,crash:dir/b.txt"``.
"""

from __future__ import annotations

import ctypes
import importlib
import multiprocessing as mp
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

import psutil

from core.errors import DocumentTimeout, OutOfMemory, TransientFailure, WorkerCrashed, describe
from runner.document import process_to_store

FAULTS_ENV = "CCHC_TEST_FAULTS"
START_ENV = "CCHC_WORKER_START"  # fork | spawn: how pool workers start (see start_method)
START_TIMEOUT = 120.0  # seconds a new worker may take to import the pipeline
MAX_START_FAILURES = 3  # workers in a row that die before ready: the run stops
POLL = 0.2  # seconds between checks of time and memory
# Imported by a worker before it says ready, so that the time limit measures the document.
# The readers of one kind of file are not among them: the OCR stack (extract.image,
# extract.ocr, extract.scan: OpenCV, PIL, Tesseract's binding) and the PDF, spreadsheet and
# converter readers (extract.pdf, extract.sheet, extract.office) are imported by the first
# file of their kind a worker reads (at most a few tenths of a CPU second, inside that
# document's limit), so that a run never loads what its files do not need.
WARM_IMPORTS = (
    "runner.document",
    "extract.route",
    "extract.text",
    "parsers.metadata",
    "parsers.sections",
    "parsers.forms",
    "parsers.narrative",
    "parsers.plan",
    "normalize.observations",
    "store.parts",
)


class WorkersUnavailable(RuntimeError):
    """Worker processes cannot be started (the run cannot go on)."""


@dataclass(frozen=True)
class Task:
    key: str  # source_file
    path: str  # absolute path of the input
    doc_id: str
    store: str  # the per-document store every worker writes to


@dataclass
class Outcome:
    task: Task
    summary: dict | None  # what the worker reported; None when it did not finish
    error: str | None = None  # why the worker did not finish
    transient: bool = False  # another try may succeed (timeout, killed, memory)


AS_SLACK = 64 << 20  # address space a worker may map beyond its resident growth


def limit_address_space(limit_bytes: int) -> int | None:
    """Have the kernel enforce the memory limit on this (warmed) process: ``RLIMIT_AS``.

    The address space already mapped (libraries, arenas) is not resident memory, so the
    limit is what is mapped now plus what may still grow resident: ``limit - rss``. An
    allocation past it fails at once (``MemoryError``) instead of growing until the parent's
    next look. Children (Tesseract) inherit it per process; the parent's watch of the whole
    tree stays. Returns the limit set, or None where it cannot be set."""
    if not limit_bytes:
        return None
    try:
        mem = psutil.Process().memory_info()
        room = max(limit_bytes - mem.rss, 32 << 20)
        value = mem.vms + room + AS_SLACK
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(resource.RLIMIT_AS, (value, hard))
        return value
    except (ValueError, OSError, psutil.Error):
        return None


def peak_rss_mb() -> float:
    """The most resident memory this process (and, separately, any of its finished
    children) has used, in MB: the worker's high-water mark."""
    try:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return round(max(own, kids) / 1024.0, 1)
    except OSError:
        return 0.0


def test_fault(key: str) -> None:
    """The test hook (see the module docstring): inert unless CCHC_TEST_FAULTS is set."""
    spec = os.environ.get(FAULTS_ENV)
    if not spec:
        return
    base = key.rsplit("/", 1)[-1]
    for item in spec.split(","):
        kind, _, name = item.strip().partition(":")
        if not name or name not in (key, base):
            continue
        if kind == "hang":
            while True:
                time.sleep(3600)
        elif kind == "crash":
            try:
                resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            except (ValueError, OSError):
                pass
            os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(60)
        elif kind == "oom":
            hoard = []
            for _ in range(96):  # at most 3 GiB, should nobody stop it
                hoard.append(b"\x01" * (32 << 20))
                time.sleep(0.02)
            while True:
                time.sleep(3600)


def _die_with_parent(parent_pid: int, pdeathsig: bool = True, every: float = 1.0, code: int = 1) -> None:
    """Make this process end when the process that spawned it ends, however it ends.

    ``pdeathsig``: the kernel kills it at once (Linux; only for a child of the parent's main
    thread: the signal follows the thread that spawned it); a watch every ``every`` seconds
    in any case."""
    if pdeathsig and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:  # elsewhere (and as a second line)
        while True:
            time.sleep(every)
            if os.getppid() != parent_pid:
                os._exit(code)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before prctl
        os._exit(code)


def _single_threaded_libraries() -> None:
    """One thread each for Tesseract's OpenMP and BLAS: the run's parallelism is its processes.
    A forked worker has numpy's OpenBLAS loaded already (by the main process, with a thread
    per core): it is told through its own call."""
    for var in ("OMP_THREAD_LIMIT", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if "numpy" in sys.modules:
        _openblas_threads(1)


def _openblas_threads(n: int) -> bool:
    """Set the thread count of the OpenBLAS this process has loaded (numpy's); False where
    there is none or it has no such call."""
    try:
        with open("/proc/self/maps") as fh:
            paths = {ln.split()[-1] for ln in fh if "openblas" in ln.lower() and ln.rstrip().endswith(".so")}
    except OSError:
        return False
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in (
            "scipy_openblas_set_num_threads64_",
            "openblas_set_num_threads64_",
            "openblas_set_num_threads",
        ):
            fn = getattr(lib, name, None)
            if fn is not None:
                fn.argtypes, fn.restype = [ctypes.c_int], None
                fn(n)
                return True
    return False


def process_guarded(task: Task, options, memory_limit: int = 0) -> tuple[dict | None, str | None, bool]:
    """Process and store one task in this (child) process: ``(summary, None, False)``, or
    ``(None, why, out_of_memory)`` when it raised (``process_to_store`` records its own
    failures: this is a last resort)."""
    try:
        test_fault(task.key)
        return process_to_store(task.path, task.key, task.store, options, doc_id=task.doc_id), None, False
    except MemoryError:
        return None, str(OutOfMemory(memory_limit >> 20)), True
    except Exception as exc:  # noqa: BLE001 - any failure of a document is recorded as its error
        return None, describe(exc, "the document"), False


def serve(conn: Connection, ready: Any, answer: Callable[[Any], tuple[Any, bool]]) -> None:
    """The child's loop: send ``ready``, then for each Task received send ``answer(task)``'s
    message; stop at None, a closed connection, or an answer that asks to retire."""
    try:
        conn.send(ready)
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        message, retire = answer(task)
        try:
            conn.send(message)
        except (BrokenPipeError, OSError):
            return
        if retire:
            return


def start_method() -> str:
    """How pool workers start: ``fork`` on Linux (the main process has imported only what
    listing, scheduling and publishing need, and has no threads of Tesseract or BLAS to
    carry over), ``spawn`` elsewhere; ``CCHC_WORKER_START`` overrides."""
    wanted = os.environ.get(START_ENV, "").strip().lower()
    if wanted in ("fork", "spawn"):
        return wanted
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _worker_main(conn: Connection, options, parent_pid: int, memory_limit: int = 0) -> None:
    """Worker loop: say ready, then receive a Task, process and store it, send its summary."""
    _die_with_parent(parent_pid)
    _single_threaded_libraries()
    # A forked worker has the main process's handlers (the run's SIGTERM handler records a
    # stopped run): a worker ends as a plain process does.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what an interrupt stops
    for name in WARM_IMPORTS:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a broken stage fails its documents later, with the reason
            pass
    limit_address_space(memory_limit)

    def answer(task: Task) -> tuple[dict, bool]:
        summary, error, out_of_memory = process_guarded(task, options, memory_limit)
        _keep_compiled_patterns()
        if summary is None:
            summary = {"error": error, "crashed": True}
            if out_of_memory:
                summary["transient"] = True
        summary["peak_rss_mb"] = peak_rss_mb()
        summary["retire"] = out_of_memory  # a heap that hit the limit is not trusted with the next document
        return summary, out_of_memory

    serve(conn, {"ready": True, "pid": os.getpid()}, answer)


def _keep_compiled_patterns() -> None:
    """Write the regular expressions this worker compiled for the first time to the cache file
    (``normalize.regex_cache``), so that the next worker builds them from their code; nothing is
    written when none is new."""
    try:
        from normalize import regex_cache

        regex_cache.save()
    except Exception:  # noqa: BLE001 - a cache that cannot be written costs time, never a document
        pass


def _exit_reason(code: int | None) -> str:
    if code is None:
        return ""
    if code < 0:
        try:
            return f" (killed by signal {signal.Signals(-code).name})"
        except ValueError:
            return f" (killed by signal {-code})"
    return f" (exit code {code})"


def describe_exit(code: int | None) -> str:
    """How a worker ended, in words (for a message)."""
    return _exit_reason(code).strip(" ()")


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and its children (Tesseract runs as a child), in bytes."""
    try:
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total
    except psutil.Error:
        return 0


class _Command:
    """A ``subprocess.Popen`` with the four things of a ``multiprocessing.Process`` the
    supervisor uses (a child that is a command: the Dask sandbox)."""

    def __init__(self, popen: subprocess.Popen):
        self.popen = popen
        self.pid = popen.pid

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        self.popen.kill()

    def join(self, timeout: float | None = None) -> None:
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass


TIMED_OUT = ("timeout",)  # Supervised.answer: the deadline passed


class Supervised:
    """A child process and the duplex connection to it, under the run's limits."""

    def __init__(self, proc: mp.process.BaseProcess | _Command, conn: Connection):
        self.proc = proc
        self.conn = conn
        self.ps = psutil.Process(proc.pid)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.is_alive()

    def send(self, message: Any) -> bool:
        """Send a message; False when the child is gone."""
        try:
            self.conn.send(message)
        except (BrokenPipeError, OSError):
            return False
        return True

    def rss(self) -> int:
        return tree_rss(self.ps)

    def answer(self, deadline: float, memory_limit: int = 0) -> Any:
        """The child's next message, waited for until ``deadline`` (monotonic): ``TIMED_OUT``
        once it passed, ``("memory", rss)`` when the child and its children grow past
        ``memory_limit`` bytes. Raises EOFError/OSError when the child died."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return TIMED_OUT
            if self.conn.poll(min(POLL, left)):
                return self.conn.recv()
            if memory_limit:
                rss = self.rss()
                if rss > memory_limit:
                    return ("memory", rss)

    def kill(self) -> None:
        """Kill the child and its children (Tesseract), and close the connection."""
        try:
            for child in self.ps.children(recursive=True):
                try:
                    child.kill()
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask the child to end (None), and kill it when it does not within 5 s."""
        self.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


class _Worker(Supervised):
    """A process of the pool, and the task it has."""

    def __init__(self, ctx, options, memory_limit: int = 0):
        conn, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker_main, args=(child, options, os.getpid(), memory_limit), daemon=True)
        proc.start()
        child.close()
        super().__init__(proc, conn)
        self.ready = False
        self.started = time.monotonic()
        self.task: Task | None = None
        self.deadline = 0.0

    def give(self, task: Task, timeout: float) -> bool:
        if not self.send(task):
            return False
        self.task = task
        self.deadline = time.monotonic() + timeout
        return True


def run_isolated(
    tasks: Iterable[Task],
    options,
    workers: int,
    timeout: float,
    memory_limit_mb: int,
    on_done: Callable[[Outcome], None],
    on_start: Callable[[list[int]], None] | None = None,
) -> None:
    """Run tasks on ``workers`` isolated processes; call on_done for each as it ends.

    ``on_start`` is told the pids of the worker processes whenever the pool changes.
    Raises WorkersUnavailable when workers die before they are ready, repeatedly."""
    queue = deque(tasks)
    if not queue:
        return
    ctx = mp.get_context(start_method())
    limit = memory_limit_mb * 1024 * 1024 if memory_limit_mb else 0
    pool = [_Worker(ctx, options, limit) for _ in range(max(1, min(workers, len(queue))))]
    start_failures = 0

    def replace(i: int) -> None:
        pool[i] = _Worker(ctx, options, limit)
        if on_start:
            on_start([w.pid for w in pool])

    if on_start:
        on_start([w.pid for w in pool])
    try:
        while queue or any(w.task for w in pool):
            for i, w in enumerate(pool):
                if w.ready and w.task is None and queue:
                    task = queue.popleft()
                    if not w.give(task, timeout):  # died while idle: a new one takes it
                        queue.appendleft(task)
                        w.kill()
                        replace(i)
            watched = [w for w in pool if w.task is not None or not w.ready]
            ready = wait([w.conn for w in watched], timeout=POLL)
            for i, w in enumerate(pool):
                if not w.ready:
                    failure = None
                    if w.conn in ready:
                        try:
                            w.conn.recv()
                            w.ready = True
                            start_failures = 0
                        except (EOFError, OSError):
                            w.proc.join(2)
                            failure = "a worker process died while starting" + _exit_reason(w.proc.exitcode)
                    elif time.monotonic() - w.started > START_TIMEOUT:
                        failure = f"a worker process did not start within {START_TIMEOUT:g} s"
                    if failure:
                        start_failures += 1
                        w.kill()
                        if start_failures >= MAX_START_FAILURES:
                            raise WorkersUnavailable(failure)
                        replace(i)
                    continue
                if w.task is None:
                    continue
                task = w.task
                lost: TransientFailure | None = None
                if w.conn in ready:
                    try:
                        summary = w.conn.recv()
                    except (EOFError, OSError):
                        w.proc.join(2)
                        lost = WorkerCrashed(_exit_reason(w.proc.exitcode))
                    else:
                        w.task = None
                        if summary.get("retire"):
                            w.kill()
                            replace(i)
                        if summary.get("crashed"):
                            on_done(
                                Outcome(
                                    task, None, summary.get("error"), transient=bool(summary.get("transient"))
                                )
                            )
                        else:
                            on_done(Outcome(task, summary))
                        continue
                elif time.monotonic() > w.deadline:
                    lost = DocumentTimeout(timeout)
                elif limit and w.rss() > limit:
                    lost = OutOfMemory(memory_limit_mb)
                if lost:
                    w.kill()
                    w.task = None
                    replace(i)
                    on_done(Outcome(task, None, str(lost), transient=lost.transient))
    finally:
        for w in pool:
            if w.task is None and w.ready:
                w.stop()
            else:
                w.kill()
