"""The command line: exit codes (0 all processed, 1 some failed, 2 usage/locked/unwritable),
the one-screen summary, ``--log-format json`` for cron, two concurrent runs, SIGTERM."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from runner.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw" / "txt" / "an-giang_2024-Q3_bao-cao-cchc.txt"


def make_raw(tmp_path: Path, **files: bytes) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    for name, data in files.items():
        (raw / name.replace("__", ".")).write_bytes(data)
    return raw


def test_all_processed_exits_0_with_a_one_screen_summary(tmp_path, capsys):
    raw = make_raw(tmp_path, report__txt=SAMPLE.read_bytes())
    rc = main(["--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "new 1, changed 0, unchanged 0, removed 0; processed 1" in out
    assert "failed 0" in out and f"published to {tmp_path / 'out'}/" in out
    assert len(out.splitlines()) <= 24
    assert (tmp_path / "out" / "documents.parquet").is_file()


def test_a_failed_input_exits_1_and_json_log_is_one_object_a_line(tmp_path, capsys):
    raw = make_raw(tmp_path, report__txt=SAMPLE.read_bytes(), empty__pdf=b"")
    rc = main(["--raw", str(raw), "--out", str(tmp_path / "out"), "--workers", "2",
               "--log-format", "json"])
    lines = capsys.readouterr().out.splitlines()
    assert rc == 1
    events = [json.loads(line) for line in lines]            # every line is JSON
    assert [e["event"] for e in events][0] == "start" and events[-1]["event"] == "summary"
    docs = {e["source_file"]: e for e in events if e["event"] == "document"}
    assert docs["empty.pdf"]["status"] == "failed" and "empty" in docs["empty.pdf"]["error"]
    assert docs["report.txt"]["status"] in ("ok", "partial")
    summary = events[-1]
    assert (summary["n_new"], summary["n_failed"], summary["exit_code"]) == (2, 1, 1)
    assert summary["failed"] == [{"source_file": "empty.pdf", "error": "the file is empty (0 bytes)"}]
    assert summary["tables"]["documents"] == 2 and summary["tables"]["runs"] == 1
    assert summary["finished_at"] >= summary["started_at"]
    # A second run: nothing to do, still exit 1 (the input is still failed), in the runs log.
    assert main(["--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"]) == 1


@pytest.mark.parametrize("case", ["missing-raw", "zero-workers", "out-under-a-file", "bad-option",
                                  "scheduler-without-dask", "zero-timeout"])
def test_bad_usage_or_unwritable_out_exits_2(tmp_path, capsys, case):
    raw = make_raw(tmp_path, report__txt=SAMPLE.read_bytes())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    args = {"missing-raw": ["--raw", str(tmp_path / "nope")],
            "zero-workers": ["--raw", str(raw), "--workers", "0"],
            "out-under-a-file": ["--raw", str(raw), "--out", str(blocker / "out")],
            "bad-option": ["--raw", str(raw), "--no-such-option"],
            "scheduler-without-dask": ["--raw", str(raw), "--scheduler", "tcp://h:1"],
            "zero-timeout": ["--raw", str(raw), "--timeout", "0"]}[case]
    if "--out" not in args:
        args += ["--out", str(tmp_path / "out")]
    try:
        rc = main(args + ["--log-format", "json"])
    except SystemExit as exc:                                   # argparse's own usage errors
        rc = exc.code
    assert rc == 2
    err = capsys.readouterr()
    assert "error" in err.err
    if case != "bad-option":
        event = json.loads(err.out.splitlines()[-1])
        assert event["event"] == "error" and event["exit_code"] == 2
    assert not (tmp_path / "out" / "current").exists()


def test_of_two_concurrent_runs_one_is_refused_with_exit_2(tmp_path, capsys):
    raw = make_raw(tmp_path, report__txt=SAMPLE.read_bytes(), slow__txt=SAMPLE.read_bytes() + b"\n")
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, str(ROOT / "run_pipeline.py"), "--raw", str(raw),
                              "--out", str(out), "--workers", "1", "--quiet"],
                             env={**os.environ, "CCHC_TEST_FAULTS": "hang:slow.txt"}, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        holder = {}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not holder.get("run_id"):
            assert first.poll() is None, first.communicate()
            try:
                holder = json.loads((out / ".lock").read_text() or "{}")
            except (OSError, ValueError):
                holder = {}
            time.sleep(0.1)
        assert holder.get("pid") == first.pid
        rc = main(["--raw", str(raw), "--out", str(out), "--workers", "1", "--quiet"])
        err = capsys.readouterr().err
        assert rc == 2
        assert f"run {holder['run_id']}" in err and f"pid {first.pid}" in err
        workers = []
        while time.monotonic() < deadline and not workers:
            workers = psutil.Process(first.pid).children()
            time.sleep(0.1)
    finally:
        first.send_signal(signal.SIGTERM)            # what cron or a supervisor sends
        _, stderr = first.communicate(timeout=60)
    assert first.returncode == 143, stderr
    assert "the last published tables are unchanged" in stderr
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive                                  # the interrupted run stopped its workers
    assert not (out / "current").exists()             # it never published
    # The lock is free again: the next run does the whole job.
    assert main(["--raw", str(raw), "--out", str(out), "--workers", "2", "--quiet"]) == 0


def test_version_names_the_program(capsys):
    from core.version import PIPELINE_VERSION
    from runner.cli import main
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"cchc-pipeline {PIPELINE_VERSION}"


def test_a_worker_keeps_out_what_the_pipeline_never_calls():
    """underthesea's optional pipelines are refused in a worker (runner/lean.py): the
    package still imports, its text_normalize works, the others are absent."""
    code = (
        "import sys\n"
        "from runner.lean import UNUSED_IN_WORKER, keep_unused_out\n"
        "assert keep_unused_out()\n"
        "import underthesea\n"
        "assert underthesea.text_normalize('Hoà bình') == 'Hòa bình'\n"
        "assert underthesea.classify is None and underthesea.translate is None\n"
        "assert not any(m in sys.modules for m in UNUSED_IN_WORKER)\n"
    )
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(root)), cwd=root)
    assert proc.returncode == 0, proc.stderr


def test_a_worker_over_a_text_file_never_loads_the_ocr_stack_or_pdf_reader(tmp_path):
    """A worker's warm imports leave out OpenCV, PIL, the OCR modules and the PDF and sheet
    readers (runner/workers.py, WARM_IMPORTS): a text file is processed without them (a file
    of their kind imports them when it comes: extract/route.py)."""
    (tmp_path / "bao_cao.txt").write_text(
        "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nBÁO CÁO\nKết quả cải cách hành chính năm 2024\n"
        "Số hồ sơ tiếp nhận: 120 hồ sơ.\n", encoding="utf-8")
    code = (
        "import importlib, sys\n"
        "from runner.workers import WARM_IMPORTS\n"
        "[importlib.import_module(m) for m in WARM_IMPORTS]\n"
        "from runner.document import process_file\n"
        f"result = process_file({str(tmp_path / 'bao_cao.txt')!r}, {str(tmp_path)!r})\n"
        "ocr = ('cv2', 'PIL', 'extract.ocr', 'extract.scan', 'extract.image', 'extract.pdf', 'extract.sheet')\n"
        "print('LOADED', [m for m in ocr if m in sys.modules], result is not None)\n"
    )
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(root)), cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert "LOADED [] True" in proc.stdout
