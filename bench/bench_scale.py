"""Throughput against worker count, for the process pool and the Dask executor.

    .venv/bin/python bench/bench_scale.py [--workers 1 2 4] [--executors process dask]
                                          [--copies N] [--pdfs M] [--sample-pdfs K] [--keep DIR]

Builds an archive in a temporary folder: ``--copies`` copies of every sample text export
(data/raw/txt/*.txt, each copy with a different last line, so different bytes and a
different doc_id), ``--pdfs`` generated digital PDF reports (tests/fixtures_pdf.py
``synthetic_report_text`` laid out by ``make_report_pdf``, each with another seed) and
``--sample-pdfs`` sample exports laid out as PDFs. Then, for each executor and each worker
count, a fresh ``runner.batch.run_batch`` over it into a fresh output folder, and prints:

- wall seconds of the run (listing, hashing, processing, publishing; for Dask the start
  of the LocalCluster too, which is also timed on its own);
- documents per second and PDF pages per second (wall);
- the summed per-document seconds (``documents.seconds``, what the workers spent), and the
  speed-up and parallel efficiency against the 1-worker run of the same executor;
- per-page and per-export costs (median seconds per document over the run's workers).

Never asserts anything about time: it prints figures.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pandas as pd  # noqa: E402

from runner.batch import run_batch  # noqa: E402
from runner.document import PipelineOptions  # noqa: E402


def build_archive(raw: Path, copies: int, pdfs: int, sample_pdfs: int) -> dict[str, int]:
    """Write the generated archive under raw; return how many files of each kind."""
    samples = sorted((ROOT / "data" / "raw" / "txt").glob("*.txt"))
    (raw / "txt").mkdir(parents=True, exist_ok=True)
    n_txt = 0
    for i in range(copies):
        for s in samples:
            text = s.read_text(encoding="utf-8").rstrip("\n")
            out = raw / "txt" / f"{s.stem}__copy{i:03d}.txt"
            out.write_text(f"{text}\nLưu: VT, bản số {i + 1}.\n", encoding="utf-8")
            n_txt += 1
    n_pdf = 0
    if pdfs or sample_pdfs:
        try:
            from fixtures_pdf import make_report_pdf, synthetic_report_text
        except Exception as exc:  # reportlab (dev extra) or the fixture missing
            print(f"no generated PDFs: tests/fixtures_pdf.py unavailable ({exc})")
            return {"txt": n_txt, "pdf": 0}
        (raw / "pdf").mkdir(exist_ok=True)
        for i in range(pdfs):
            data = make_report_pdf(synthetic_report_text(n_rows=60, seed=i, forms=2))
            (raw / "pdf" / f"synthetic_{i:03d}.pdf").write_bytes(data)
            n_pdf += 1
        for i in range(sample_pdfs):
            s = samples[i % len(samples)]
            text = s.read_text(encoding="utf-8").rstrip("\n") + f"\nLưu: VT, bản số {i + 1}.\n"
            (raw / "pdf" / f"{s.stem}__pdf{i:03d}.pdf").write_bytes(make_report_pdf(text))
            n_pdf += 1
    return {"txt": n_txt, "pdf": n_pdf}


def cluster_startup(workers: int) -> float:
    """Seconds to start and stop a LocalCluster as --executor dask does (no work)."""
    from distributed import Client, LocalCluster

    from runner.dask_executor import LOCAL_SCHEDULER_KWARGS
    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR, scheduler_kwargs=LOCAL_SCHEDULER_KWARGS) as cluster:
        with Client(cluster) as client:
            client.wait_for_workers(workers)
    return time.perf_counter() - t0


def one_run(raw: Path, out: Path, executor: str, workers: int) -> dict:
    if out.exists():
        shutil.rmtree(out)
    t0 = time.perf_counter()
    report = run_batch(raw, out, PipelineOptions(), workers=workers, timeout=600,
                       memory_limit_mb=0, executor=executor)
    wall = time.perf_counter() - t0
    docs = pd.read_parquet(out / "documents.parquet")
    pdf = docs[docs["file_type"] == "pdf"]
    txt = docs[docs["file_type"] != "pdf"]
    pages = int(pdf["page_count"].fillna(0).sum())
    return {
        "executor": executor, "workers": workers, "wall_s": wall, "docs": len(docs),
        "failed": int((docs["status"] == "failed").sum()), "pages": pages,
        "doc_s_sum": float(docs["seconds"].fillna(0).sum()),
        "docs_per_s": len(docs) / wall, "pages_per_s": pages / wall,
        "s_per_pdf_page": float(pdf["seconds"].sum() / pages) if pages else float("nan"),
        "s_per_export_median": float(statistics.median(txt["seconds"].dropna())) if len(txt) else float("nan"),
        "observations": report.n_observations,
    }


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--executors", nargs="+", choices=("process", "dask"), default=["process", "dask"])
    p.add_argument("--copies", type=int, default=4, help="copies of each sample text export")
    p.add_argument("--pdfs", type=int, default=6, help="generated synthetic PDF reports")
    p.add_argument("--sample-pdfs", type=int, default=3, help="sample exports laid out as PDFs")
    p.add_argument("--keep", type=Path, default=None, help="build the archive and outputs here")
    args = p.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    raw = work / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    t0 = time.perf_counter()
    counts = build_archive(raw, args.copies, args.pdfs, args.sample_pdfs)
    size = sum(f.stat().st_size for f in raw.rglob("*") if f.is_file())
    print(f"archive: {counts['txt']} text exports + {counts['pdf']} digital PDFs, "
          f"{size / 1e6:.1f} MB, built in {time.perf_counter() - t0:.1f} s ({work})")

    if "dask" in args.executors:
        for w in args.workers:
            print(f"LocalCluster start + stop, {w} worker(s): {cluster_startup(w):.1f} s")

    rows = []
    for executor in args.executors:
        for w in args.workers:
            row = one_run(raw, work / f"out-{executor}-{w}", executor, w)
            rows.append(row)
            print(f"  {executor:7s} workers={w}: {row['wall_s']:6.1f} s wall, "
                  f"{row['docs_per_s']:5.2f} docs/s, {row['pages_per_s']:5.2f} PDF pages/s "
                  f"({row['docs']} docs, {row['pages']} pages, {row['failed']} failed)", flush=True)

    frame = pd.DataFrame(rows)
    base = frame[frame["workers"] == min(args.workers)].set_index("executor")["wall_s"]
    frame["speedup"] = [base[e] / r for e, r in zip(frame["executor"], frame["wall_s"])]
    frame["efficiency"] = frame["speedup"] / (frame["workers"] / min(args.workers))
    print()
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.precision", 3):
        print(frame[["executor", "workers", "docs", "pages", "failed", "wall_s", "docs_per_s",
                     "pages_per_s", "doc_s_sum", "speedup", "efficiency", "s_per_pdf_page",
                     "s_per_export_median"]].to_string(index=False))
    print("\ns_per_pdf_page: summed documents.seconds of the PDFs / their pages (one worker's "
          "time per digital page, contention included);\ns_per_export_median: median seconds "
          "of one text export. Wall includes listing, hashing, publishing and (dask) the cluster start.")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
