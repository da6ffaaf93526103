"""Atomic publishing, the output lock, leftovers of killed runs, and gather's reuse of the
last published tables (the same tables as reading every part)."""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import OutputLocked
from core.records import DocumentMeta, DocumentResult, Observation, Section
from core.version import PIPELINE_VERSION
from store import publish as pub
from store.parts import store_root, write_part
from store.publish import (CURRENT, Entry, OutputLock, clean_leftovers, gather, publish, read_current)
from store.schema import PER_DOCUMENT

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("documents", "observations")


def tiny_tables(version: int, rows: int = 3) -> dict[str, pa.Table]:
    """Two tables that both say which version they belong to."""
    return {"documents": pa.table({"version": [version] * rows, "doc": list(range(rows))}),
            "observations": pa.table({"version": [version] * (rows * 2), "value": [1.5] * (rows * 2)})}


def versions_seen(out: Path) -> tuple[int, int]:
    snap = read_current(out)
    return tuple(int(snap[n].column("version")[0].as_py()) for n in NAMES)


# ---------------------------------------------------------------- the lock

LOCK_HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from store.publish import OutputLock
with OutputLock({out!r}, "holder-run-42"):
    print("locked", flush=True)
    time.sleep(600)
"""


def test_second_run_is_refused_naming_the_holder_and_a_dead_holders_lock_is_taken_over(tmp_path):
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER.format(root=str(ROOT), out=str(out))],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputLocked) as refused:
            with OutputLock(out, "second"):
                pass
        message = str(refused.value)
        assert "holder-run-42" in message and f"pid {holder.pid}" in message
    finally:
        holder.send_signal(signal.SIGKILL)                  # dies holding the lock
        holder.wait(30)
    with OutputLock(out, "third") as lock:                  # flock: released with the process
        assert '"run_id": "third"' in lock.path.read_text()
    with OutputLock(out, "fourth"):                         # and released on exit
        pass


# ---------------------------------------------------------------- atomic publish

KILL_POINTS = ("after_first_table", "before_version_rename", "before_current_swap",
               "after_current_swap")


def _publish_and_die(out: str, point: str) -> None:
    """Publish version 2 and SIGKILL this process at ``point``."""
    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    real_write, real_rename, real_replace = pq.write_table, os.rename, os.replace
    state = {"writes": 0}

    def write_table(table, where, **kw):
        real_write(table, where, **kw)
        state["writes"] += 1
        if point == "after_first_table":
            die()

    def rename(src, dst):
        if point == "before_version_rename":
            die()
        real_rename(src, dst)

    def replace(src, dst):
        if point == "before_current_swap" and Path(dst).name == CURRENT:
            die()
        real_replace(src, dst)
        if point == "after_current_swap" and Path(dst).name == CURRENT:
            die()

    pub.pq.write_table, pub.os.rename, pub.os.replace = write_table, rename, replace
    publish(Path(out), tiny_tables(2), "run2")


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_publish_killed_at_any_moment_leaves_one_whole_version(tmp_path, point):
    out = tmp_path / "out"
    publish(out, tiny_tables(1), "run1")
    child = mp.get_context("fork").Process(target=_publish_and_die, args=(str(out), point))
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    expected = 2 if point == "after_current_swap" else 1
    assert versions_seen(out) == (expected, expected)
    for name in NAMES:                                      # what readers open
        assert pq.read_table(out / f"{name}.parquet").column("version")[0].as_py() == expected

    with OutputLock(out, "next"):
        clean_leftovers(out)
        publish(out, tiny_tables(3), "run3")
    assert versions_seen(out) == (3, 3)
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".") and p.name != ".lock"]
    assert leftovers == []
    assert not [p for p in (out / "_versions").iterdir() if p.name.startswith(".")]


def test_readers_see_the_old_tables_or_the_new_never_a_mix(tmp_path):
    out = tmp_path / "out"
    publish(out, tiny_tables(0), "run0")
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def reader():
        while not done.is_set():
            try:
                seen.append(versions_seen(out))
                pq.read_table(out / "documents.parquet")    # the path readers use never vanishes
            except BaseException as exc:                   # noqa: BLE001 - reported below
                errors.append(exc)
                return

    t = threading.Thread(target=reader)
    t.start()
    try:
        for v in range(1, 16):
            publish(out, tiny_tables(v), f"run{v}")
    finally:
        done.set()
        t.join(60)
    assert not errors, errors[:1]
    assert seen and all(a == b for a, b in seen), [s for s in seen if s[0] != s[1]][:3]
    assert versions_seen(out) == (15, 15)
    assert len(list((out / "_versions").iterdir())) == pub.KEEP_VERSIONS


def test_clean_leftovers_removes_what_a_killed_run_left_and_nothing_else(tmp_path):
    out = tmp_path / "out"
    publish(out, tiny_tables(1), "run1")
    planted = [out / "_versions" / ".staging-20990101T000000Z-dead", out / ".current-dead",
               out / ".documents.parquet.link-dead", out / ".probe-123",
               store_root(out) / ".tmp" / ".tmp-abc.parquet", store_root(out) / ".runs.tmp.parquet"]
    for p in planted:
        p.parent.mkdir(parents=True, exist_ok=True)
        if p.name.startswith(".staging-"):
            p.mkdir()
            (p / "documents.parquet").write_bytes(b"half")
        else:
            p.write_bytes(b"half")
    removed = clean_leftovers(out)
    assert removed
    assert not any(p.exists() or p.is_symlink() for p in planted)
    assert versions_seen(out) == (1, 1)


# ---------------------------------------------------------------- gather

def _result(i: int, status: str = "ok") -> DocumentResult:
    obs = [Observation(form=1, stt=str(j), label=f"dòng {j}", measure_unit="Số", value_raw=str(j + i),
                       value=float(j + i), indicator_code=f"BM1-{j}", seq=j) for j in range(i % 3 + 1)]
    secs = [Section(seq=0, level=1, number="I", title=f"Phần {i}", parent_seq=None, page_start=None,
                    text="")]
    return DocumentResult(doc_id=f"{i:02d}" + "ab" * 31, source_file=f"old-name-{i}.txt", file_type="txt",
                          status=status, error=None if status == "ok" else "bad", meta=DocumentMeta(
                              unit_id=f"u{i % 2}", period="2023", doc_type="bao_cao"),
                          observations=obs, sections=secs, pipeline_version=PIPELINE_VERSION,
                          processed_at=datetime(2024, 1, 1, tzinfo=timezone.utc))


DOCS = 6


@pytest.fixture(scope="module")
def part_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("gather") / "_store"
    for i in range(DOCS):
        write_part(store, _result(i))
    return store


def _entries(files: list[tuple[str, int]]) -> list[Entry]:
    return [Entry(name, _result(i).doc_id, PIPELINE_VERSION) for name, i in files]


file_sets = st.lists(st.tuples(st.sampled_from([f"f{k}.txt" for k in range(8)] + ["sub/g.txt"]),
                               st.integers(0, DOCS - 1)), max_size=8, unique_by=lambda t: t[0])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=file_sets, after=file_sets, rewritten=st.sets(st.integers(0, DOCS - 1), max_size=2))
def test_gather_reusing_the_published_tables_equals_reading_every_part(part_store, before, after,
                                                                        rewritten):
    previous = gather(part_store, _entries(before))
    # A part rewritten since (e.g. --retry-failed) must be read again, not taken from before.
    for i in rewritten:
        write_part(part_store, _result(i, status="failed"))
    try:
        fresh = {_result(i).doc_id for i in rewritten}
        reused = gather(part_store, _entries(after), previous=previous, fresh=fresh)
        direct = gather(part_store, _entries(after))
        for name in PER_DOCUMENT:
            assert reused[name].equals(direct[name]), name
        docs = direct["documents"].to_pylist()
        assert sorted(d["source_file"] for d in docs) == sorted(n for n, _ in after)
    finally:
        for i in rewritten:
            write_part(part_store, _result(i))
