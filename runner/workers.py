"""Isolated workers: each document runs in a worker process under a time and memory limit.

A pool of long-lived worker processes (spawned, so no state leaks from the parent) takes
one document at a time. The parent watches each task: one that runs past its time limit,
grows past the memory limit or kills its worker is recorded as failed with the reason,
the worker is replaced, and the batch goes on.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Optional

import psutil


@dataclass(frozen=True)
class Task:
    key: str                 # source_file
    path: str                # absolute path of the input
    doc_id: str
    store: str               # the per-document store every worker writes to


@dataclass
class Outcome:
    task: Task
    summary: Optional[dict]  # what the worker reported; None when it did not finish
    error: Optional[str] = None   # why the worker did not finish


def _worker_main(conn: Connection, options) -> None:
    """Worker loop: receive a Task, process and store it, send back its summary."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from runner.document import process_to_store
    while True:
        try:
            task = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if task is None:
            return
        try:
            summary = process_to_store(task.path, task.key, task.store, options, doc_id=task.doc_id)
        except MemoryError:
            summary = {"error": "ran out of memory while processing the document", "crashed": True}
        except Exception as exc:  # process_to_store records its own failures; this is a last resort
            summary = {"error": f"{type(exc).__name__}: {exc}", "crashed": True}
        try:
            conn.send(summary)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, options):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, options), daemon=True)
        self.proc.start()
        child.close()
        self.task: Optional[Task] = None
        self.deadline = 0.0
        self.ps = psutil.Process(self.proc.pid)

    def give(self, task: Task, timeout: float) -> None:
        self.task = task
        self.deadline = time.monotonic() + timeout
        self.conn.send(task)

    def rss(self) -> int:
        try:
            total = self.ps.memory_info().rss
            for child in self.ps.children(recursive=True):   # tesseract runs as a child
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
            return total
        except psutil.Error:
            return 0

    def kill(self) -> None:
        try:
            for child in self.ps.children(recursive=True):
                child.kill()
        except psutil.Error:
            pass
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
        self.conn.close()


def run_isolated(tasks: Iterable[Task], options, workers: int, timeout: float,
                 memory_limit_mb: int, on_done: Callable[[Outcome], None]) -> None:
    """Run tasks on ``workers`` isolated processes; call on_done for each as it ends."""
    queue = deque(tasks)
    if not queue:
        return
    ctx = mp.get_context("spawn")
    limit = memory_limit_mb * 1024 * 1024 if memory_limit_mb else 0
    pool = [_Worker(ctx, options) for _ in range(max(1, min(workers, len(queue))))]
    try:
        while queue or any(w.task for w in pool):
            for w in pool:
                if w.task is None and queue:
                    w.give(queue.popleft(), timeout)
            busy = [w for w in pool if w.task is not None]
            ready = wait([w.conn for w in busy], timeout=0.25)
            for i, w in enumerate(pool):
                if w.task is None:
                    continue
                task = w.task
                failure = None
                if w.conn in ready:
                    try:
                        summary = w.conn.recv()
                    except (EOFError, OSError):
                        code = w.proc.exitcode if not w.proc.is_alive() else None
                        w.proc.join(2)
                        code = w.proc.exitcode
                        failure = ("the worker crashed while processing the document"
                                   + (f" (exit code {code})" if code is not None else ""))
                    else:
                        w.task = None
                        if summary.get("crashed"):
                            on_done(Outcome(task, None, summary.get("error")))
                        else:
                            on_done(Outcome(task, summary))
                        continue
                elif time.monotonic() > w.deadline:
                    failure = f"timed out after {timeout:g} s (the per-document limit, --timeout)"
                elif limit and w.rss() > limit:
                    failure = (f"used more than {memory_limit_mb} MB of memory "
                               "(the per-document limit, --memory-limit)")
                if failure:
                    w.kill()
                    pool[i] = _Worker(ctx, options)
                    on_done(Outcome(task, None, failure))
    finally:
        for w in pool:
            if w.task is None:
                w.stop()
            else:
                w.kill()
