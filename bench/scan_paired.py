"""Paired CPU of one scanned page: two source trees and plain Tesseract, turn by turn.

    python bench/scan_paired.py --trees /work/main . [--page table|text|PNG] [--rounds 10]

On a machine others share, runs of ``bench_scan_cost.py`` minutes apart differ by more than
a change worth measuring. Here each tree keeps one warm worker process (the model loaded,
a first page read) and the rounds go A, B, plain, A, B, plain…: every round measures the
three in the same seconds. Printed: CPU seconds (``time.process_time`` of the worker;
plain: ``tesseract PNG out -l vie --psm 6`` as a child, one thread) per round, then the
median and the least of each and the ratios to plain. Each tree's CPU is split into its page pass (the first
Tesseract call), its other Tesseract calls (re-reads, second reading) and the rest (clean-up,
grid, glue), medians over the rounds. The page is ``bench_scan_cost.py``'s
(made once under ``--work``) or any PNG at 300 dpi.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(png: str) -> None:
    """(in a worker) read ``png`` once per line on stdin; print the CPU seconds of each."""
    import time

    from PIL import Image

    from extract import tess
    from extract.ocr import PageStats, ocr_image_page

    calls: list[float] = []
    data = tess.Engine.data

    def timed(*a, **k):
        t = time.process_time()
        try:
            return data(*a, **k)
        finally:
            calls.append(time.process_time() - t)

    tess.Engine.data = timed  # type: ignore[method-assign]
    image = Image.open(png)
    image.load()
    ocr_image_page(image, 1, None, 300, PageStats())
    print(json.dumps({"ready": True}), flush=True)
    for _ in sys.stdin:
        calls.clear()
        t = time.process_time()
        page = ocr_image_page(image, 1, None, 300, PageStats())
        cpu = time.process_time() - t
        first = calls[0] if calls else 0.0
        out = {"cpu": cpu, "lines": len(page.lines), "page_pass": first, "other_tess": sum(calls) - first}
        print(json.dumps(out), flush=True)


def plain(png: Path) -> float:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            ["tesseract", str(png), str(Path(tmp) / "out"), "-l", "vie", "--psm", "6"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trees", nargs="+", type=Path, required=True)
    ap.add_argument("--page", default="table", help="table, text (bench_scan_cost.py's pages) or a PNG")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "cchc_bench_scan_cost")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    if args.page in ("table", "text"):
        sys.path.insert(0, str(HERE))
        sys.path.insert(0, str(HERE.parent))
        import bench_scan_cost

        args.work.mkdir(parents=True, exist_ok=True)
        png = bench_scan_cost.make_pages(args.work)[args.page]
    else:
        png = Path(args.page)
    workers = []
    for tree in args.trees:
        tree = tree.resolve()
        env = dict(os.environ, PYTHONPATH=str(tree), OMP_THREAD_LIMIT="1", CCHC_TESS_ENGINE="capi")
        p = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--trees", str(tree), "--child", str(png)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=str(tree),
        )
        workers.append((str(tree), p))
    for _, p in workers:
        assert p.stdout is not None
        json.loads(p.stdout.readline())
    names = [t for t, _ in workers] + ["plain tesseract"]
    runs: dict[str, list[float]] = {n: [] for n in names}
    parts: dict[str, list[tuple[float, float]]] = {n: [] for n, _ in workers}
    lines: dict[str, int] = {}
    for k in range(args.rounds):
        row = []
        for name, p in workers:
            assert p.stdin is not None and p.stdout is not None
            p.stdin.write("go\n")
            p.stdin.flush()
            got = json.loads(p.stdout.readline())
            runs[name].append(got["cpu"])
            parts[name].append((got["page_pass"], got["other_tess"]))
            lines[name] = got["lines"]
            row.append(got["cpu"])
        runs["plain tesseract"].append(plain(png))
        row.append(runs["plain tesseract"][-1])
        print(f"round {k + 1:2}: " + "  ".join(f"{v:.3f}" for v in row), flush=True)
    for _, p in workers:
        assert p.stdin is not None
        p.stdin.close()
        p.wait()
    base_med = statistics.median(runs["plain tesseract"])
    base_min = min(runs["plain tesseract"])
    print(f"page {png} ({args.rounds} rounds; CPU s)")
    for n in names:
        med, low = statistics.median(runs[n]), min(runs[n])
        extra = ""
        if n in parts:
            pp = statistics.median(x for x, _ in parts[n])
            ot = statistics.median(y for _, y in parts[n])
            extra = f"; page pass {pp:.3f}, other Tesseract calls {ot:.3f}, the rest {med - pp - ot:.3f}; {lines[n]} lines"
        print(
            f"  {n:40} median {med:.3f} ({med / base_med:.3f}x)  least {low:.3f} ({low / base_min:.3f}x){extra}"
        )
    if len(workers) >= 2:
        a, b = runs[names[0]], runs[names[1]]
        diffs = sorted(y - x for x, y in zip(a, b))
        print(
            f"  second - first, per round: median {statistics.median(diffs):+.3f} s, "
            f"{sum(d < 0 for d in diffs)} of {len(diffs)} rounds lower"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
