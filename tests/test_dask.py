"""The Dask executor: same tables as the process pool, no document lost with a killed
worker, the per-document timeout, the command line's local cluster, an unreachable cluster.

One module-wide LocalCluster (2 worker processes, 1 thread each) serves the tests that pass
``scheduler=``; the command-line test starts its own one-worker local cluster, as
``--executor dask`` does.
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from runner.batch import run_batch  # noqa: E402
from runner.document import PipelineOptions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "txt"
VARYING = {"processed_at", "seconds"}      # differ between any two runs
SMALL = ["kien-giang_2023_tin-bai-phong-van-cchc.txt", "tx-duyen-hai-tra-vinh_2023-Q1_bao-cao-102-BC-UBND.txt"]

pytestmark = pytest.mark.timeout(300)


def sample(name: str) -> Path:
    path = SAMPLE / name
    if not path.is_file():
        pytest.skip(f"sample {name} is not in data/raw/txt")
    return path


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster
    from runner.dask_executor import LOCAL_SCHEDULER_KWARGS
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR, scheduler_kwargs=LOCAL_SCHEDULER_KWARGS) as c:
        yield c


@pytest.fixture
def client(cluster):
    from distributed import Client
    with Client(cluster) as c:
        c.wait_for_workers(2, timeout=60)
        yield c


@pytest.fixture
def raw(tmp_path) -> Path:
    """Four reports of the sample archive (a plan, two reports, a news item) in two folders."""
    d = tmp_path / "raw"
    (d / "a").mkdir(parents=True)
    (d / "b").mkdir()
    names = sorted(p.name for p in SAMPLE.glob("*.txt")) if SAMPLE.is_dir() else []
    if len(names) < 4:
        pytest.skip("the sample archive data/raw/txt is not present")
    for i, name in enumerate(names[:4]):
        shutil.copy(SAMPLE / name, d / ("a" if i % 2 else "b") / name)
    return d


def published(out: Path) -> dict[str, pd.DataFrame]:
    """Every published table but the runs log, rows sorted, run-dependent columns dropped."""
    tables = {}
    for path in sorted(out.glob("*.parquet")):
        name = path.name[: -len(".parquet")]
        if name == "runs":
            continue
        frame = pd.read_parquet(path)
        frame = frame.drop(columns=[c for c in frame.columns if c in VARYING])
        frame = frame.map(lambda v: repr(v.tolist()) if hasattr(v, "tolist") else v)
        key = frame.astype(str)
        frame = frame.iloc[key.sort_values(list(key.columns)).index].reset_index(drop=True)
        tables[name] = frame
    return tables


def test_task_key_follows_document_store_and_options():
    from runner.dask_executor import task_key
    a = PipelineOptions()
    assert task_key("ab" * 32, "/s", a) == task_key("ab" * 32, "/s", PipelineOptions())
    assert task_key("ab" * 32, "/s", a) != task_key("cd" * 32, "/s", a)
    assert task_key("ab" * 32, "/s", a) != task_key("ab" * 32, "/t", a)
    assert task_key("ab" * 32, "/s", a) != task_key("ab" * 32, "/s", PipelineOptions(narrative=False))


def test_dask_tables_equal_process_pool(cluster, raw, tmp_path):
    options = PipelineOptions()
    pool = run_batch(raw, tmp_path / "pool", options, workers=2, timeout=300, memory_limit_mb=0,
                     executor="process")
    dask = run_batch(raw, tmp_path / "dask", options, workers=2, timeout=300, memory_limit_mb=0,
                     executor="dask", scheduler=cluster.scheduler_address)
    assert (pool.exit_code, dask.exit_code) == (0, 0)
    assert dask.n_processed == 4 and dask.executor == "dask"

    left, right = published(tmp_path / "pool"), published(tmp_path / "dask")
    assert sorted(left) == sorted(right)
    assert {"documents", "observations", "indicators", "sections", "catalog", "plan_tasks"} <= set(left)
    assert len(left["documents"]) == 4 and len(left["observations"]) > 50
    for name in left:
        pd.testing.assert_frame_equal(left[name], right[name], check_dtype=True, obj=name)

    # A second run over the same inputs does no extraction work and leaves the tables equal.
    again = run_batch(raw, tmp_path / "dask", options, workers=2, timeout=300, memory_limit_mb=0,
                      executor="dask", scheduler=cluster.scheduler_address)
    assert again.n_processed == 0 and again.n_unchanged == 4
    for name, frame in published(tmp_path / "dask").items():
        pd.testing.assert_frame_equal(left[name], frame, obj=name)


def test_killed_worker_costs_no_document(cluster, client, raw, tmp_path):
    """Kill the worker process that is running the largest document (it is submitted first):
    the scheduler reruns it on the other worker and every document ends ok."""
    from runner.dask_executor import task_key
    from store.parts import store_root
    from runner.batch import sha256_file

    biggest = max(raw.rglob("*.txt"), key=lambda p: p.stat().st_size)
    out = tmp_path / "out"
    key = task_key(sha256_file(biggest), str(store_root(out).resolve()), PipelineOptions())
    killed: dict = {}

    def kill_when_running():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            for worker, keys in client.processing().items():
                if key in keys:
                    # Let the worker's sandbox start on the document, then kill the worker.
                    time.sleep(0.5)
                    pid = client.run(os.getpid, workers=[worker])[worker]
                    os.kill(pid, signal.SIGKILL)
                    killed.update(worker=worker, pid=pid)
                    return
            time.sleep(0.05)

    killer = threading.Thread(target=kill_when_running, daemon=True)
    killer.start()
    report = run_batch(raw, out, PipelineOptions(), workers=2, timeout=300, memory_limit_mb=0,
                       executor="dask", scheduler=cluster.scheduler_address)
    killer.join(10)
    assert killed, "the document never ran: the worker was not killed"

    docs = pd.read_parquet(out / "documents.parquet")
    assert len(docs) == 4
    assert set(docs["status"]) == {"ok"}, docs[["source_file", "status", "error"]]
    assert report.exit_code == 0 and report.n_failed == 0
    assert biggest.relative_to(raw).as_posix() in set(docs["source_file"])

    # The scheduler ran the document twice: once on the killed worker, once again elsewhere.
    runs_on = [t for t in client.story(key) if len(t) > 2 and t[2] == "processing"]
    assert len(runs_on) >= 2, client.story(key)
    client.wait_for_workers(2, timeout=60)     # the nanny restarted the killed worker


def test_timeout_records_failed_and_worker_goes_on(cluster, tmp_path):
    """A document running past --timeout is recorded failed; the others still end ok."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = sample("kien-giang_2021-2025_ke-hoach-39-KH-UBND.txt").read_text(encoding="utf-8")
    (raw / "huge.txt").write_text("\n".join([text] * 100), encoding="utf-8")
    for name in SMALL:
        shutil.copy(sample(name), raw / name)
    report = run_batch(raw, tmp_path / "out", PipelineOptions(), workers=2, timeout=6,
                       memory_limit_mb=0, executor="dask", scheduler=cluster.scheduler_address)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert docs.loc["huge.txt", "status"] == "failed"
    assert "timed out after 6 s" in docs.loc["huge.txt", "error"]
    assert (docs.loc[SMALL, "status"] == "ok").all()
    assert report.exit_code == 1 and report.n_failed == 1


def test_cli_dask_starts_a_local_cluster(tmp_path):
    from runner.cli import main
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in SMALL:
        shutil.copy(sample(name), raw / name)
    (raw / "notes.xyz").write_bytes(b"not a report")
    code = main(["--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1",
                 "--executor", "dask", "--quiet"])
    assert code == 1                      # notes.xyz is recorded failed, the rest published
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source_file")
    assert list(docs.index) == sorted(SMALL + ["notes.xyz"])
    assert (docs.loc[SMALL, "status"] == "ok").all()
    assert docs.loc["notes.xyz", "status"] == "failed"


def test_unreachable_scheduler_stops_before_publishing(raw, tmp_path, monkeypatch):
    import socket

    from runner import dask_executor
    monkeypatch.setattr(dask_executor, "CONNECT_TIMEOUT_S", 2.0)
    with socket.socket() as s:          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(dask_executor.DaskUnavailable, match="cannot reach the Dask scheduler"):
        run_batch(raw, tmp_path / "out", PipelineOptions(), workers=2, timeout=60, memory_limit_mb=0,
                  executor="dask", scheduler=f"tcp://127.0.0.1:{port}")
    assert not (tmp_path / "out" / "documents.parquet").exists()


def test_memory_limit_records_failed(cluster, tmp_path):
    """run_on_dask's per-document memory limit (the sandbox and its children): a document
    whose process grows past it is recorded failed with the reason."""
    from runner.batch import Listed, sha256_file
    from runner.dask_executor import run_on_dask
    raw = tmp_path / "raw"
    raw.mkdir()
    text = sample("kien-giang_2021-2025_ke-hoach-39-KH-UBND.txt").read_text(encoding="utf-8")
    path = raw / "huge.txt"
    path.write_text("\n".join([text] * 100), encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    calls = []
    item = Listed("huge.txt", path, path.stat().st_size, 0, sha256_file(path))
    run_on_dask([item], str(store), PipelineOptions(), 2, 120, cluster.scheduler_address,
                lambda *args: calls.append(args), memory_limit_mb=1)
    assert len(calls) == 1
    source_file, _, doc_id, summary, error = calls[0]
    assert (source_file, doc_id, summary) == ("huge.txt", item.doc_id, None)
    assert "used more than 1 MB of memory" in error
