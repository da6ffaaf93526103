"""Benchmark of the digital-PDF path: pages per second per core, end to end.

    .venv/bin/python bench/bench_pdf.py [--repeat R] [--rows N]

Documents: the sample PDFs under data/raw/pdf/ (generated from the text exports next to them
in data/raw/txt/) and a synthetic report (tests/fixtures_pdf.py) with three long Biểu mẫu
tables. For each it prints, in one process (one core):

- pages per second, wall and CPU, of ``extract.pdf.extract_pdf``, of extract +
  ``parsers.forms.parse_forms``, and of ``runner.document.process_file`` (everything:
  extract, metadata, sections, forms, narrative, normalize) when those exist;
- milliseconds per page of each stage: pdfminer's layout (the interpreter), characters,
  words, routing checks (legacy encodings, garbage), ruling lines → edges, grids and lines;
- peak memory: the process's maximum RSS, and the peak of Python allocations while
  extracting the largest document (tracemalloc);
- the yardstick: pdfplumber's own ``page.extract_tables()`` on the same pages — its speed
  (it also has to parse every page) and how many of the export's table rows it gets exactly,
  against ours.

Never asserts anything about time: it prints figures.
"""
from __future__ import annotations

import argparse
import io
import re
import resource
import sys
import time
import tracemalloc
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import layout, pdf as pdfmod  # noqa: E402
from extract.options import ExtractOptions  # noqa: E402
from extract.text import lines_from_text  # noqa: E402
from tests import fixtures_pdf  # noqa: E402

OPTIONS = ExtractOptions(ocr=False)


def documents(rows: int) -> list[tuple[str, bytes, str, Path | None]]:
    """(name, pdf bytes, export text, path on disk or None)."""
    out = []
    for path in sorted((ROOT / "data" / "raw" / "pdf").glob("*.pdf")):
        txt = ROOT / "data" / "raw" / "txt" / (path.stem + ".txt")
        out.append((path.name, path.read_bytes(), txt.read_text(encoding="utf-8") if txt.exists() else "", path))
    text = fixtures_pdf.synthetic_report_text(n_rows=rows, forms=3)
    out.append((f"synthetic ({rows} rows x 3 forms)", fixtures_pdf.make_report_pdf(text), text, None))
    return out


def norm_row(cells) -> tuple[str, ...]:
    return tuple(" ".join((c or "").split()) for c in cells if c and c.strip())


def export_rows(text: str) -> list[tuple[str, ...]]:
    return [norm_row(ln.texts) for ln in lines_from_text(text) if ln.is_row]


def rows_found(want: list[tuple[str, ...]], got: list[tuple[str, ...]]) -> int:
    """How many of the export's rows appear among the extracted rows (as multisets)."""
    pool: dict[tuple[str, ...], int] = {}
    for r in got:
        pool[r] = pool.get(r, 0) + 1
    hit = 0
    for r in want:
        if pool.get(r, 0) > 0:
            pool[r] -= 1
            hit += 1
    return hit


def timed(fn, repeat: int):
    best_wall = best_cpu = float("inf")
    result = None
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return result, best_wall, best_cpu


def stages(data: bytes) -> dict[str, float]:
    """Seconds per stage over the whole document, by the functions extract_pdf is made of."""
    import pdfplumber

    t = dict.fromkeys(["open", "pdfminer layout", "chars", "words", "routing", "edges", "grids+lines"], 0.0)
    ids = count(1)
    w = time.perf_counter()
    pdf = pdfplumber.open(io.BytesIO(data))
    pages = pdf.pages
    t["open"] += time.perf_counter() - w
    for page in pages:
        a = time.perf_counter()
        lay = page.layout
        b = time.perf_counter()
        lt_chars, graphics, _ = pdfmod._layout_objects(lay)
        chars = pdfmod.page_chars(page, lt_chars)
        c = time.perf_counter()
        words = layout.words_from_chars(chars)
        d = time.perf_counter()
        words, _ = pdfmod.transcode_words(words, chars)
        pdfmod.text_layer_problem(chars)
        e = time.perf_counter()
        edges = pdfmod.page_edges(page, graphics)
        f = time.perf_counter()
        layout.page_lines(words, edges, tuple(page.bbox), page.page_number, lambda: next(ids))
        g = time.perf_counter()
        page.close()
        for k, v in zip(t, (0, b - a, c - b, d - c, e - d, f - e, g - f)):
            t[k] += v
    pdf.close()
    return t


def plumber_tables(data: bytes) -> list[tuple[str, ...]]:
    import pdfplumber

    rows = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows.extend(norm_row(r) for r in table if len([c for c in r if c]) >= 1)
            page.close()
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2, help="runs per measure; the best is kept")
    ap.add_argument("--rows", type=int, default=150, help="rows per form in the synthetic report")
    args = ap.parse_args(argv)

    try:
        from parsers.forms import parse_forms
    except ImportError:
        parse_forms = None
    try:
        from runner.document import process_file
    except ImportError:
        process_file = None

    docs = documents(args.rows)
    total = dict(pages=0, extract_wall=0.0, extract_cpu=0.0, parse_wall=0.0, parse_cpu=0.0,
                 e2e_wall=0.0, e2e_cpu=0.0, e2e_pages=0, plumber_wall=0.0)
    stage_sum: dict[str, float] = {}
    print(f"{'document':58s} {'pages':>5s} {'extract p/s':>11s} {'+forms p/s':>10s} {'e2e p/s':>8s} "
          f"{'plumber p/s':>11s} {'rows ours':>10s} {'rows plumber':>12s}")
    for name, data, text, path in docs:
        doc, ew, ec = timed(lambda: pdfmod.extract_pdf(data, OPTIONS), args.repeat)
        n = doc.page_count
        lines = list(doc.lines())
        pw = pc = 0.0
        if parse_forms is not None:
            _, pw, pc = timed(lambda: parse_forms(lines), args.repeat)
        e2e = ""
        if process_file is not None and path is not None:
            res, xw, xc = timed(lambda: process_file(path, ROOT / "data" / "raw"), 1)
            total["e2e_wall"] += xw
            total["e2e_cpu"] += xc
            total["e2e_pages"] += n
            e2e = f"{n / xw:8.1f}"
        prow, plw, _ = timed(lambda: plumber_tables(data), 1)
        want = export_rows(text)
        ours = [norm_row(ln.texts) for ln in lines if ln.is_row]
        got_ours, got_pl = rows_found(want, ours), rows_found(want, prow)
        print(f"{name[:58]:58s} {n:5d} {n / ew:11.1f} {n / (ew + pw):10.1f} {e2e:>8s} {n / plw:11.1f} "
              f"{got_ours:4d}/{len(want):<5d} {got_pl:6d}/{len(want):<5d}")
        total["pages"] += n
        total["extract_wall"] += ew
        total["extract_cpu"] += ec
        total["parse_wall"] += pw
        total["parse_cpu"] += pc
        total["plumber_wall"] += plw
        for k, v in stages(data).items():
            stage_sum[k] = stage_sum.get(k, 0.0) + v

    p = total["pages"]
    print()
    print(f"all documents: {p} pages")
    print(f"  extract_pdf:          {p / total['extract_wall']:6.1f} pages/s wall, "
          f"{p / total['extract_cpu']:6.1f} pages/s CPU (one core)")
    if parse_forms is not None:
        print(f"  extract + parse_forms: {p / (total['extract_wall'] + total['parse_wall']):6.1f} pages/s wall, "
              f"{p / (total['extract_cpu'] + total['parse_cpu']):6.1f} pages/s CPU")
    if total["e2e_pages"]:
        print(f"  process_file (all stages, {total['e2e_pages']} pages): "
              f"{total['e2e_pages'] / total['e2e_wall']:6.1f} pages/s wall, "
              f"{total['e2e_pages'] / total['e2e_cpu']:6.1f} pages/s CPU")
    print(f"  pdfplumber extract_tables (yardstick): {p / total['plumber_wall']:6.1f} pages/s wall")
    print("  ms per page by stage: " + ", ".join(f"{k} {1000 * v / p:.2f}" for k, v in stage_sum.items()))

    biggest = max(docs, key=lambda d: len(d[1]))
    tracemalloc.start()
    pdfmod.extract_pdf(biggest[1], OPTIONS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak Python allocations extracting {biggest[0]!r}: {peak / 2**20:.1f} MiB; "
          f"max RSS of this process: {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
