"""Issue 15's three measures, printed side by side in one run, one thread each.

    .venv/bin/python bench/bench_scan_cost.py [--repeat 3] [--sizes 20 60 200] [--f1-seeds 11]
                                              [--engines capi cli] [--only cpu rss fixed f1]

1. CPU per scanned page: a table page (a Biểu mẫu report of ``tools/gen_scans.py``, scanned
   at 300 dpi) and a text page (an A4 page of running text, ``tests/fixtures_scan.py``),
   each rendered once; plain ``tesseract PNG out -l vie --psm 6`` (``OMP_THREAD_LIMIT=1``)
   against our whole page (``extract.ocr.ocr_image_page``: clean-up, grid, page pass,
   re-reads, second readings) with each Tesseract engine (``extract/tess.py``; ``cli`` is the
   program per call, as before issue 15). Ours is measured in a fresh process per engine,
   after a first page (the model load, printed apart): a worker reads many pages.
2. Peak RSS per worker for N-page scanned PDFs (the sample report repeated, scanned):
   ``runner.document.process_to_store`` in a worker started as the pool starts one (forked
   from a process with the run program's imports, on Linux); peak of the process (its
   ``VmHWM``, the main process's pages it shares included) and of any Tesseract child.
3. The fixed cost of a run over one small file: ``run_pipeline.py`` over a one-file
   archive, CPU of the main process and its worker; the same run again (nothing to do); the
   new file with an empty cache directory (the gazetteer index and the compiled patterns
   built and written, as after a change to their sources); and the document's own CPU in a
   warm process, so that fixed = run − document.
4. ``--f1-seeds``: rows F1 of ``bench/eval_scans.py`` (``--half``, all conditions) with
   each engine, side by side: the engine must not change what is read.

Never asserts: it prints figures. The 200-page PDF takes minutes; leave it to one run.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["OMP_THREAD_LIMIT"] = "1"


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# --------------------------------------------------------------------------- pages

def make_pages(work: Path) -> dict[str, Path]:
    """The two rendered pages (PNG, 300 dpi), made once under ``work``."""
    out = {"table": work / "table_page.png", "text": work / "text_page.png"}
    if all(p.exists() for p in out.values()):
        return out
    from extract.ocr import render_pdf_page
    from tests.fixtures_scan import SAMPLE_PARAGRAPHS, note_pdf, scan_pages
    from tools.gen_scans import make_reports, reportlab_pdf, scan_document

    rep = make_reports(11)[0]
    scanned, ext, _ = scan_document(reportlab_pdf(rep), "300", 1101)
    render_pdf_page(scanned, 1, 300).save(out["table"], dpi=(300, 300))
    paragraphs = [p for _ in range(4) for p in SAMPLE_PARAGRAPHS]
    text_pdf = note_pdf(paragraphs, width_mm=210, height_mm=297)
    scan_pages(text_pdf, 300, angle=0.6, seed=5)[0].convert("L").save(out["text"], dpi=(300, 300))
    return out


def plain_tesseract(png: Path, repeat: int) -> float:
    """Median CPU s of ``tesseract PNG out -l vie --psm 6``, one thread."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(repeat):
            c0 = _cpu_children()
            subprocess.run(["tesseract", str(png), str(Path(tmp) / "out"), "-l", "vie", "--psm", "6"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            runs.append(_cpu_children() - c0)
    return statistics.median(runs)


def ours_child(png: str, repeat: int) -> None:
    """(in a fresh process) our page, first and then ``repeat`` times: JSON on stdout."""
    from PIL import Image

    from extract import tess
    from extract.ocr import PageStats, ocr_image_page

    image = Image.open(png)
    image.load()

    def one():
        c0, k0 = _cpu_self(), _cpu_children()
        stats = PageStats()
        page = ocr_image_page(image, 1, None, 300, stats)
        return _cpu_self() - c0 + _cpu_children() - k0, page, stats

    first, page, _ = one()
    runs = [one()[0] for _ in range(repeat)]
    print(json.dumps({"engine": tess.engine_name(), "first": first, "median": statistics.median(runs),
                      "lines": len(page.lines), "rows": sum(1 for ln in page.lines if ln.is_row)}))


def ours(png: Path, engine: str, repeat: int) -> dict:
    env = dict(os.environ, CCHC_TESS_ENGINE=engine, OMP_THREAD_LIMIT="1", PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, __file__, "--ours-child", str(png), "--repeat", str(repeat)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_cpu(work: Path, engines: list[str], repeat: int) -> None:
    pages = make_pages(work)
    print("\n== 1. CPU per scanned page (one thread; ours after the first page of a worker)")
    print(f"{'page':6} {'contender':34} {'cpu s':>7} {'× plain':>8}   first page / lines")
    for kind, png in pages.items():
        plain = plain_tesseract(png, repeat)
        print(f"{kind:6} {'plain tesseract -l vie --psm 6':34} {plain:7.2f} {1.0:8.2f}")
        for eng in engines:
            r = ours(png, eng, repeat)
            print(f"{kind:6} {'ours, engine ' + r['engine']:34} {r['median']:7.2f} {r['median'] / plain:8.2f}"
                  f"   {r['first']:.2f} s / {r['lines']} lines, {r['rows']} table rows")


# --------------------------------------------------------------------------- memory

def scanned_pdf(work: Path, pages: int) -> Path:
    path = work / f"scan_{pages}p.pdf"
    if not path.exists():
        from tests.fixtures_scan import sample_report_pdf, scan_pdf
        path.write_bytes(scan_pdf(sample_report_pdf(pages=pages), 300, seed=7))
    return path


def _hwm_mb(field: str = "VmHWM") -> float:
    """This process's peak resident memory since it started its program (``ru_maxrss``
    would also count what the parent held when it forked)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _main_like(path: str, store: str, queue) -> None:
    """(spawned) A run's main process: the run program's imports, then one pool worker
    started as ``runner.workers.run_isolated`` starts it (``start_method``: forked on
    Linux, with the main process's pages), which processes the document."""
    import runner.cli  # noqa: F401  (what the main process has imported when it starts workers)
    from runner.lean import keep_pandas_out
    from runner.workers import start_method

    keep_pandas_out()
    ctx = mp.get_context(start_method())
    p = ctx.Process(target=_worker_job, args=(path, store, queue))
    p.start()
    p.join()


def _worker_job(path: str, store: str, queue) -> None:
    """What a pool worker does with one document (warm imports first)."""
    import importlib

    from runner.workers import WARM_IMPORTS
    for name in WARM_IMPORTS:
        importlib.import_module(name)
    from runner.document import process_to_store

    warm = _hwm_mb()
    c0, t0 = _cpu_self(), time.perf_counter()
    summary = process_to_store(path, Path(path).name, store)
    import sys as _sys
    queue.put({"status": summary["status"], "pages": summary["pages"], "cpu": _cpu_self() - c0 + _cpu_children(),
               "wall": time.perf_counter() - t0, "warm_mb": warm,
               "peak_mb": _hwm_mb(),
               "child_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
               "pandas": "pandas" in _sys.modules})


def bench_rss(work: Path, sizes: list[int], engine: str) -> None:
    from runner.workers import start_method

    print(f"\n== 2. Peak RSS per worker, scanned PDFs (engine {engine}; sample report pages, 300 dpi; "
          f"worker started by {start_method()})")
    print(f"{'pages':>5} {'file MB':>8} {'status':>7} {'cpu s/page':>10} {'warm MB':>8} {'peak MB':>8} "
          f"{'tesseract child MB':>18}")
    os.environ["CCHC_TESS_ENGINE"] = engine
    ctx = mp.get_context("spawn")
    for n in sizes:          # made in a child: this process stays small, as a run's main process
        p = ctx.Process(target=scanned_pdf, args=(work, n))
        p.start()
        p.join()
        pdf = scanned_pdf(work, n)
        with tempfile.TemporaryDirectory() as store:
            q = ctx.Queue()
            p = ctx.Process(target=_main_like, args=(str(pdf), store, q))
            p.start()
            r = q.get()
            p.join()
        print(f"{n:5} {pdf.stat().st_size / 2**20:8.1f} {r['status']:>7} {r['cpu'] / max(1, r['pages']):10.2f} "
              f"{r['warm_mb']:8.0f} {r['peak_mb']:8.0f} {r['child_peak_mb']:18.0f}")
    os.environ.pop("CCHC_TESS_ENGINE", None)


# --------------------------------------------------------------------------- fixed cost

SMALL_TEXT = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/BC-UBND\nBÁO CÁO\nKết quả cải cách hành chính "
              "quý I năm 2024\nSố hồ sơ tiếp nhận trong kỳ: 120 hồ sơ, giải quyết đúng hạn 118 hồ sơ.\n")


def bench_fixed(work: Path) -> None:
    print("\n== 3. Fixed cost of a run over one small file (run_pipeline.py --workers 1)")
    raw = work / "fixed_raw"
    raw.mkdir(exist_ok=True)
    (raw / "bao_cao.txt").write_text(SMALL_TEXT, encoding="utf-8")
    probe = ("import atexit, resource, sys, runpy\n"
             "def _r():\n"
             "    s = resource.getrusage(resource.RUSAGE_SELF); c = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
             "    print('COST', s.ru_utime + s.ru_stime, c.ru_utime + c.ru_stime, 'pandas' in sys.modules)\n"
             "atexit.register(_r)\n"
             "sys.argv = ['run_pipeline.py'] + sys.argv[1:]\n"
             f"runpy.run_path({str(ROOT / 'run_pipeline.py')!r}, run_name='__main__')\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    rows = []
    with tempfile.TemporaryDirectory() as out:
        for label in ("new file", "again, unchanged"):
            proc = subprocess.run([sys.executable, "-c", probe, "--raw", str(raw), "--out", out,
                                   "--workers", "1", "--quiet"], capture_output=True, text=True, env=env)
            line = [ln for ln in proc.stdout.splitlines() if ln.startswith("COST")][-1].split()
            rows.append((label, float(line[1]), float(line[2]), line[3] == "True"))
    # the same new file with an empty cache directory: the gazetteer index and the compiled
    # patterns are built and written (the first run after a change to their sources or code)
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as cache:
        proc = subprocess.run([sys.executable, "-c", probe, "--raw", str(raw), "--out", out,
                               "--workers", "1", "--quiet"], capture_output=True, text=True,
                              env=dict(env, CCHC_CACHE_DIR=cache))
        line = [ln for ln in proc.stdout.splitlines() if ln.startswith("COST")][-1].split()
        rows.append(("new, caches empty", float(line[1]), float(line[2]), line[3] == "True"))
    own = subprocess.run([sys.executable, "-c",
                          "import resource, importlib, sys\n"
                          "from runner.workers import WARM_IMPORTS\n"
                          "[importlib.import_module(m) for m in WARM_IMPORTS]\n"
                          "from runner.document import process_file\n"
                          f"process_file({str(raw / 'bao_cao.txt')!r}, {str(raw)!r})\n"
                          "r = resource.getrusage(resource.RUSAGE_SELF); c0 = r.ru_utime + r.ru_stime\n"
                          f"process_file({str(raw / 'bao_cao.txt')!r}, {str(raw)!r})\n"
                          "r = resource.getrusage(resource.RUSAGE_SELF); print(r.ru_utime + r.ru_stime - c0)\n"],
                         capture_output=True, text=True, env=env).stdout.split()[-1]
    own = float(own)
    print(f"{'run':18} {'main cpu s':>10} {'worker cpu s':>12} {'total':>6} {'fixed (− document)':>19} pandas")
    for label, main, kids, pandas in rows:
        print(f"{label:18} {main:10.2f} {kids:12.2f} {main + kids:6.2f} {main + kids - (own if kids else 0):19.2f} "
              f"{'loaded' if pandas else 'not loaded'}")
    print(f"(the document itself, in a warm worker: {own:.3f} CPU s)")


# --------------------------------------------------------------------------- rows F1

def bench_f1(seeds: list[int], engines: list[str], work: Path) -> None:
    print(f"\n== 4. Rows F1 of scanned reports (bench/eval_scans.py, seeds {seeds}, --half), per engine")
    from bench import eval_scans
    from extract import tess
    from tools.gen_scans import CONDITIONS, write_reports

    folders = write_reports(seeds, work / "f1_reports")
    jobs = eval_scans.jobs_for(folders, list(CONDITIONS))
    jobs = [j for j in jobs
            if eval_scans.PDF_NAMES.index(j[1]) == (eval_scans.hash_seed(j[0], j[2]) % 2) or
            not any(jj[0] == j[0] and jj[2] == j[2] and jj[1] != j[1] for jj in jobs)]
    for eng in engines:
        os.environ["CCHC_TESS_ENGINE"] = eng
        tess.reset()
        t0 = time.perf_counter()
        results = [eval_scans.run_one(j) for j in jobs]
        print(f"-- engine {tess.engine_name()}: {len(jobs)} scans in {time.perf_counter() - t0:.0f} s")
        eval_scans.report(results)
    os.environ.pop("CCHC_TESS_ENGINE", None)
    tess.reset()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", type=int, nargs="*", default=[20, 60])
    ap.add_argument("--engines", nargs="+", default=["capi", "cli"])
    ap.add_argument("--f1-seeds", type=int, nargs="*", default=[])
    ap.add_argument("--only", nargs="+", choices=["cpu", "rss", "fixed", "f1"])
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "cchc_bench_scan_cost")
    ap.add_argument("--ours-child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.ours_child:
        ours_child(args.ours_child, args.repeat)
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ["cpu", "rss", "fixed"] + (["f1"] if args.f1_seeds else []))
    if "cpu" in only:
        bench_cpu(args.work, args.engines, args.repeat)
    if "rss" in only and args.sizes:
        bench_rss(args.work, args.sizes, args.engines[0])
    if "fixed" in only:
        bench_fixed(args.work)
    if "f1" in only and args.f1_seeds:
        bench_f1(args.f1_seeds, args.engines, args.work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
