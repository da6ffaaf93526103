"""A run over an archive: work keyed by content, incremental publishing, isolation of each
document in a worker under time and memory limits, and a run killed with SIGKILL.

Small text exports copied from the sample archive; one or two workers; few runs per test.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest
from pandas.testing import assert_frame_equal

from runner.batch import run_batch
from runner.document import PipelineOptions

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw" / "txt"
A = "an-giang_2024-Q3_bao-cao-cchc.txt"
B = "tx-duyen-hai-tra-vinh_2023-Q1_bao-cao-102-BC-UBND.txt"
C = "kien-giang_2022-Q3_bao-cao-061-BC-UBND.txt"
D = "kien-giang_2021-2025_ke-hoach-39-KH-UBND.txt"
TABLES = ("documents", "observations", "indicators", "sections", "plan_tasks", "catalog")
VOLATILE = ("processed_at", "seconds")      # differ between two processings of the same bytes
FAULTS = "CCHC_TEST_FAULTS"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def make_raw(root: Path, files: dict[str, bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return root


def run(raw: Path, out: Path, workers: int = 1, **kw):
    kw.setdefault("timeout", 120)
    kw.setdefault("memory_limit_mb", 0)
    return run_batch(raw, out, PipelineOptions(), workers=workers, **kw)


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {n: pd.read_parquet(out / f"{n}.parquet") for n in TABLES}


def stable(df: pd.DataFrame) -> pd.DataFrame:
    return df.drop(columns=[c for c in VOLATILE if c in df.columns]).reset_index(drop=True)


def assert_tables_equal(a: dict, b: dict, volatile_too: bool = True) -> None:
    for name in TABLES:
        x, y = (a[name], b[name]) if volatile_too else (stable(a[name]), stable(b[name]))
        assert_frame_equal(x.reset_index(drop=True), y.reset_index(drop=True), obj=name)


def rows_of(df: pd.DataFrame, source_file: str) -> pd.DataFrame:
    return df[df["source_file"] == source_file].reset_index(drop=True)


def assert_unique_indicator_keys(out: Path) -> None:
    ind = pd.read_parquet(out / "indicators.parquet")
    assert not ind.duplicated(["unit_id", "period", "indicator_code"]).any()


def test_rerun_does_no_extraction_work_and_leaves_tables_equal(tmp_path, monkeypatch):
    raw = make_raw(tmp_path / "raw", {A: sample(A), B: sample(B), C: sample(C)})
    out = tmp_path / "out"
    first = run(raw, out, workers=2)
    assert (first.n_new, first.n_processed, first.n_failed, first.exit_code) == (3, 3, 0, 0)
    before = tables(out)
    assert len(before["indicators"]) > 0
    assert_unique_indicator_keys(out)

    # Any document processed again would crash its worker and be recorded failed.
    monkeypatch.setenv(FAULTS, ",".join(f"crash:{n}" for n in (A, B, C)))
    second = run(raw, out, workers=2)
    assert (second.n_new, second.n_changed, second.n_unchanged, second.n_removed) == (0, 0, 3, 0)
    assert (second.n_processed, second.n_failed, second.exit_code) == (0, 0, 0)
    assert_tables_equal(before, tables(out))            # processed_at included: same rows
    runs = pd.read_parquet(out / "runs.parquet")
    assert list(runs["run_id"]) == [first.run_id, second.run_id]
    assert list(runs["n_unchanged"]) == [0, 3] and list(runs["n_new"]) == [3, 0]
    assert (runs["finished_at"] >= runs["started_at"]).all()


def test_adding_changing_removing_a_file_changes_exactly_that_documents_rows(tmp_path):
    raw = make_raw(tmp_path / "raw", {A: sample(A), B: sample(B), C: sample(C)})
    out = tmp_path / "out"
    run(raw, out)
    before = tables(out)

    (raw / D).write_bytes(sample(D))                                        # added
    (raw / B).write_bytes(sample(B) + "\nGhi chú: bản sửa đổi.\n".encode())  # changed
    (raw / C).unlink()                                                      # removed
    report = run(raw, out)
    assert (report.n_new, report.n_changed, report.n_unchanged, report.n_removed) == (1, 1, 1, 1)
    assert report.n_processed == 2
    after = tables(out)

    for name in ("documents", "observations"):
        # The untouched document's rows are exactly what they were.
        assert_frame_equal(rows_of(before[name], A), rows_of(after[name], A), obj=name)
        assert rows_of(after[name], C).empty
    assert len(rows_of(after["documents"], D)) == 1
    assert not rows_of(after["plan_tasks"], D).empty          # a plan: its tasks, no form rows
    docs_b0, docs_b1 = rows_of(before["documents"], B), rows_of(after["documents"], B)
    assert docs_b0["doc_id"][0] != docs_b1["doc_id"][0]
    assert set(rows_of(after["observations"], B)["doc_id"]) == {docs_b1["doc_id"][0]}
    gone = rows_of(before["documents"], C)["doc_id"][0]
    for name in ("sections", "plan_tasks", "observations", "indicators"):
        assert gone not in set(after[name]["doc_id"]), name
    a_id = rows_of(before["documents"], A)["doc_id"][0]
    assert_frame_equal(before["sections"][before["sections"]["doc_id"] == a_id].reset_index(drop=True),
                       after["sections"][after["sections"]["doc_id"] == a_id].reset_index(drop=True))
    assert_unique_indicator_keys(out)

    # The incremental result is what a run from scratch over the same archive publishes.
    fresh = tmp_path / "fresh"
    run(raw, fresh)
    assert_tables_equal(after, tables(fresh), volatile_too=False)


def test_renamed_and_duplicated_files_reuse_their_part(tmp_path, monkeypatch):
    raw = make_raw(tmp_path / "raw", {A: sample(A)})
    out = tmp_path / "out"
    run(raw, out)
    before = tables(out)
    (raw / "moved").mkdir()
    (raw / A).rename(raw / "moved" / A)
    (raw / "copy.txt").write_bytes(sample(A))
    monkeypatch.setenv(FAULTS, f"crash:{A},crash:copy.txt")
    report = run(raw, out)
    assert report.n_processed == 0 and report.exit_code == 0
    assert (report.n_new, report.n_removed) == (2, 1)
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["source_file"]) == ["copy.txt", f"moved/{A}"]
    assert docs["duplicate_of"].isna().tolist() == [True, False]
    assert docs["duplicate_of"].iloc[1] == "copy.txt"
    assert docs["doc_id"].nunique() == 1
    obs = pd.read_parquet(out / "observations.parquet")
    assert set(obs["source_file"]) == {"copy.txt"}
    assert len(obs) == len(before["observations"])


def test_hang_crash_and_memory_hog_are_failed_and_the_batch_goes_on(tmp_path, monkeypatch):
    base = sample(A)
    raw = make_raw(tmp_path / "raw", {"good.txt": sample(B), "hang.txt": base + b"\n1",
                                      "crash.txt": base + b"\n2", "oom.txt": base + b"\n3"})
    out = tmp_path / "out"
    monkeypatch.setenv(FAULTS, "hang:hang.txt,crash:crash.txt,oom:oom.txt")
    report = run(raw, out, workers=2, timeout=15, memory_limit_mb=600)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source_file")
    assert docs.loc["good.txt", "status"] == "ok"
    assert docs.loc["good.txt", "n_observations"] > 0
    for name, words in (("hang.txt", "timed out after 15 s"), ("crash.txt", "worker crashed"),
                        ("oom.txt", "more than 600 MB of memory")):
        assert docs.loc[name, "status"] == "failed"
        assert words in docs.loc[name, "error"], docs.loc[name, "error"]
    assert "SIGSEGV" in docs.loc["crash.txt", "error"]
    assert (report.n_failed, report.exit_code) == (3, 1)
    assert set(pd.read_parquet(out / "observations.parquet")["source_file"]) == {"good.txt"}

    # Timeouts, killed workers and memory are transient: the next run tries them once more.
    monkeypatch.delenv(FAULTS)
    again = run(raw, out, workers=2)
    assert (again.n_processed, again.n_failed, again.exit_code) == (3, 0, 0)
    docs = pd.read_parquet(out / "documents.parquet")
    assert set(docs["status"]) == {"ok"}
    assert_unique_indicator_keys(out)


def test_a_transient_failure_is_retried_once_and_a_damaged_file_is_not(tmp_path, monkeypatch):
    raw = make_raw(tmp_path / "raw", {"good.txt": sample(B), "crash.txt": sample(A),
                                      "empty.pdf": b""})
    out = tmp_path / "out"
    monkeypatch.setenv(FAULTS, "crash:crash.txt")
    first = run(raw, out, workers=1)
    assert (first.n_processed, first.n_failed) == (3, 2)
    second = run(raw, out, workers=1)          # the crash is retried (and crashes again) ...
    assert (second.n_processed, second.n_failed) == (1, 2)
    third = run(raw, out, workers=1)           # ... once: then it is kept, like the damaged file
    assert (third.n_processed, third.n_failed) == (0, 2)
    monkeypatch.delenv(FAULTS)
    asked = run(raw, out, workers=1, retry_failed=True)   # --retry-failed still tries them all
    assert (asked.n_processed, asked.n_failed) == (2, 1)


def _cli(raw: Path, out: Path, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw),
                             "--out", str(out), "--workers", "2", "--quiet", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})}, cwd=ROOT)


def _gone(proc: psutil.Process) -> bool:
    try:
        return proc.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_run_killed_mid_way_keeps_the_published_tables_and_the_rerun_completes(tmp_path):
    raw = make_raw(tmp_path / "raw", {A: sample(A)})
    out = tmp_path / "out"
    run(raw, out)
    published = tables(out)
    current = os.readlink(out / "current")

    make_raw(raw, {B: sample(B), C: sample(C), "slow.txt": sample(D)})
    victim = _cli(raw, out, "--timeout", "600", env={FAULTS: "hang:slow.txt"})
    try:
        parts = out / "_store" / "parts"
        deadline = time.monotonic() + 120
        workers: list[psutil.Process] = []
        # Wait until a worker has stored one new document and another hangs on slow.txt.
        while time.monotonic() < deadline:
            n_parts = len(list(parts.glob("*/*/*/documents.parquet")))
            workers = psutil.Process(victim.pid).children()
            if n_parts >= 2 and workers:
                break
            assert victim.poll() is None, victim.communicate()
            time.sleep(0.1)
        assert workers and n_parts >= 2
    finally:
        victim.send_signal(signal.SIGKILL)
        victim.wait(30)

    # The workers die with their run, and the last published tables are intact.
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert all(_gone(p) for p in alive)
    assert os.readlink(out / "current") == current
    assert_tables_equal(published, tables(out))

    rerun = run(raw, out, workers=2)
    assert rerun.exit_code == 0
    # What the killed run's workers finished is kept; slow.txt (hung) is done now.
    # (new and unchanged are counted against the last published run).
    assert 1 <= rerun.n_processed <= 2
    assert (rerun.n_new, rerun.n_unchanged) == (3, 1)
    assert not list((out / "_versions").glob(".staging-*"))
    assert not [p for p in (out / "_store" / ".tmp").iterdir()]
    fresh = tmp_path / "fresh"
    run(raw, fresh, workers=2)
    assert_tables_equal(tables(out), tables(fresh), volatile_too=False)
    assert_unique_indicator_keys(out)
    runs = pd.read_parquet(out / "runs.parquet")
    assert len(runs) == 2                        # the killed run never published: not in the log


def test_forked_and_spawned_workers_publish_the_same_tables(tmp_path, monkeypatch):
    """A pool worker forked from the run's process (Linux) or spawned reads a document the
    same way (a handler the run set for SIGTERM does not get in the forked worker's way)."""
    from runner import workers

    monkeypatch.setenv(workers.START_ENV, "spawn")
    assert workers.start_method() == "spawn"
    raw = make_raw(tmp_path / "raw", {"b.txt": sample(B)})
    run(raw, tmp_path / "spawned")
    if not sys.platform.startswith("linux"):
        return
    monkeypatch.setenv(workers.START_ENV, "fork")
    previous = signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        run(raw, tmp_path / "forked")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert_tables_equal(tables(tmp_path / "spawned"), tables(tmp_path / "forked"), volatile_too=False)
    monkeypatch.delenv(workers.START_ENV)
    assert workers.start_method() == "fork"
