"""Benchmark of the scanned-page path: our OCR pipeline against plain ``tesseract``.

    .venv/bin/python bench/bench_ocr.py [--pages N] [--repeat R] [--psm 3 4 6 11] [--seeds]

For each generated scanned page (tests/fixtures_scan.py: the sample report, turned by up
to 1.5°, noisy, blurred, JPEG-compressed, at 300 dpi) it prints:

- seconds per page, wall and CPU (Tesseract's CPU included), of our pipeline
  (``extract.ocr.ocr_image_page``: clean-up, grid, one OCR call, re-reads) and of the
  yardstick, the ``tesseract IMG out -l vie`` command on the same page image (PNG), both
  with Tesseract single-threaded (``OMP_THREAD_LIMIT=1``) and the CLI also as installed
  (OpenMP threads);
- time per stage: render (``ocr_pdf_page``), deskew, binarize, grid, remove_lines, OCR,
  re-reads;
- character error rate (CER, rapidfuzz Levenshtein / length of the truth) of the
  Vietnamese body text, ours and plain, against the known text of the fixture;
- table cells: STT and value cells read exactly, out of the fixture's rows;
- peak memory (RSS) of this process and of the Tesseract children.

With ``--seeds`` (needs ../shared/seeds and tests/fixtures_pdf.py), also the table pages
of seeds 000 and 002 rendered as reports, scanned at 300 dpi, their values compared with
the text export through parsers/forms.py. Never asserts time: it prints figures.
"""
from __future__ import annotations

import argparse
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
sys.path.insert(0, str(ROOT / "tests"))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from extract.ocr import PAGE_PSM, PageStats, ocr_image_page, ocr_pdf_page  # noqa: E402
from extract.options import ExtractOptions  # noqa: E402
from fixtures_scan import (SAMPLE_PARAGRAPHS, SAMPLE_ROWS, SAMPLE_TITLE, sample_report_pdf,  # noqa: E402
                           scan_pages, scan_pdf)


def cer(read: str, truth: str) -> float:
    """Character error rate: edit distance over the length of the truth (spaces collapsed)."""
    a, b = " ".join(read.split()), " ".join(truth.split())
    return Levenshtein.distance(a, b) / max(1, len(b))


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def plain_tesseract(png: Path, threads_env: dict) -> tuple[float, float, str]:
    """The yardstick: ``tesseract png out -l vie``; (wall s, cpu s, text)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        c0, t0 = children_cpu(), time.perf_counter()
        subprocess.run(["tesseract", str(png), str(out), "-l", "vie"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=threads_env)
        return time.perf_counter() - t0, children_cpu() - c0, (out.with_suffix(".txt")).read_text("utf-8")


def body_of_plain(text: str) -> str:
    """Plain tesseract's page text up to the table header (the fixture's body text)."""
    return text.split("STT")[0]


def ours(image, psm: int, options: ExtractOptions):
    stats = PageStats()
    c0, s0, t0 = children_cpu(), self_cpu(), time.perf_counter()
    page = ocr_image_page(image, 1, options, 300, stats, psm=psm)
    wall = time.perf_counter() - t0
    cpu = (children_cpu() - c0) + (self_cpu() - s0)
    return page, stats, wall, cpu


def score_page(page) -> tuple[float, int, int]:
    """(body CER, exact STT+value cells, cells expected) for the sample fixture page."""
    body = " ".join(l.text for l in page.lines if not l.is_row)
    truth = " ".join([SAMPLE_TITLE, *SAMPLE_PARAGRAPHS])
    rows = [l for l in page.lines if l.is_row]
    got = {}
    for l in rows:
        if len(l.cells) >= 4:
            got[l.cells[0].text] = l.cells[3].text
    exact = sum(1 for r in SAMPLE_ROWS if r[0] in got) + sum(1 for r in SAMPLE_ROWS if got.get(r[0]) == r[3])
    return cer(body, truth), exact, 2 * len(SAMPLE_ROWS)


def bench_fixture(n_pages: int, repeat: int, psms: list[int]) -> None:
    options = ExtractOptions()
    pdf = sample_report_pdf()
    images = []
    for i in range(n_pages):
        images.extend(scan_pages(pdf, 300, angle=None, seed=11 + i))
    env1 = dict(os.environ, OMP_THREAD_LIMIT="1")
    env_default = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    rows = {p: [] for p in psms}
    plain1, plain_mt = [], []
    stage = {}
    with tempfile.TemporaryDirectory() as tmp:
        pngs = []
        for i, im in enumerate(images):
            path = Path(tmp) / f"page{i}.png"
            im.save(path, dpi=(300, 300))
            pngs.append(path)
        for _ in range(repeat):
            # Interleaved, so that a busy machine slows every contender alike.
            for im, png in zip(images, pngs):
                for p in psms:
                    page, stats, wall, cpu = ours(im, p, options)
                    c, exact, total = score_page(page)
                    rows[p].append((wall, cpu, c, exact, total, stats.rereads, stats.rereads_improved,
                                    page.ocr_confidence))
                    if p == PAGE_PSM:
                        for k, v in stats.seconds.items():
                            stage.setdefault(k, []).append(v)
                w, cp, text = plain_tesseract(png, env1)
                plain1.append((w, cp, cer(body_of_plain(text), " ".join([SAMPLE_TITLE, *SAMPLE_PARAGRAPHS]))))
                w, cp, text = plain_tesseract(png, env_default)
                plain_mt.append((w, cp))
    med = statistics.median
    print(f"\n== sample report: {len(images)} scanned page(s) × {repeat}, 300 dpi, "
          f"skew ±1.5°, noise, blur, JPEG")
    print(f"{'contender':34} {'wall s/page':>11} {'cpu s/page':>10} {'body CER':>9} {'STT+value':>10} "
          f"{'rereads':>8} {'conf':>5}")
    for p in psms:
        r = rows[p]
        print(f"{'ours psm ' + str(p) + (' (default)' if p == PAGE_PSM else ''):34} {med(x[0] for x in r):11.2f} "
              f"{med(x[1] for x in r):10.2f} {100 * med(x[2] for x in r):8.2f}% "
              f"{sum(x[3] for x in r):>4}/{sum(x[4] for x in r):<5} {sum(x[5] for x in r):4}/{sum(x[6] for x in r):<3}"
              f" {med(x[7] or 0 for x in r):5.2f}")
    print(f"{'plain tesseract, OMP_THREAD_LIMIT=1':34} {med(x[0] for x in plain1):11.2f} "
          f"{med(x[1] for x in plain1):10.2f} {100 * med(x[2] for x in plain1):8.2f}%")
    print(f"{'plain tesseract, OpenMP as installed':34} {med(x[0] for x in plain_mt):11.2f} "
          f"{med(x[1] for x in plain_mt):10.2f}")
    print("(rereads: cells read again / readings improved; STT+value: exact cells / expected)")
    print("\nstages of ours (median s/page):")
    for k, v in stage.items():
        print(f"  {k:14} {med(v):.3f}")
    # Render: the scanned PDF through ocr_pdf_page.
    scanned = scan_pdf(pdf, 300, angle=0.7, seed=3)
    stats = PageStats()
    t0 = time.perf_counter()
    ocr_pdf_page(scanned, 1, options, stats)
    print(f"  {'render':14} {stats.seconds.get('render', 0):.3f}   (ocr_pdf_page total {time.perf_counter() - t0:.2f} s)")


def bench_seeds() -> None:
    """Table pages of seeds 000 and 002, as generated PDFs scanned at 300 dpi."""
    seeds = ROOT.parent / "shared" / "seeds"
    try:
        from fixtures_pdf import make_report_pdf  # noqa: F401
        from parsers.forms import parse_forms  # noqa: F401
    except ImportError as exc:
        print(f"\n(seeds skipped: {exc})")
        return
    if not seeds.is_dir():
        print("\n(seeds skipped: ../shared/seeds is absent)")
        return
    from test_ocr import compare_seed_tables  # the acceptance comparison, shared with the test
    for prefix in ("000", "002"):
        path = sorted(seeds.glob(f"{prefix}_*.txt"))[0]
        t0 = time.perf_counter()
        result = compare_seed_tables(path)
        print(f"\n== seed {prefix}: {result['pages']} table page(s) OCR'd in {time.perf_counter() - t0:.1f} s; "
              f"valued rows {result['matched']}/{result['expected']} same (form, stt, value) "
              f"= {100 * result['matched'] / max(1, result['expected']):.1f}%; "
              f"unmatched rows flagged {result['flagged']}/{result['expected'] - result['matched']}")
        for miss in result["misses"][:15]:
            print("   ", miss)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=2, help="scanned pages (different skew/noise)")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--psm", type=int, nargs="*", default=[PAGE_PSM],
                    help="page segmentation modes to compare (e.g. 3 4 6 11)")
    ap.add_argument("--seeds", action="store_true", help="also the seed table pages (slow)")
    args = ap.parse_args(argv)
    bench_fixture(args.pages, args.repeat, args.psm)
    if args.seeds:
        bench_seeds()
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\npeak memory: this process {self_peak:.0f} MiB, largest tesseract child {child_peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
