"""Benchmark of the digital-PDF path: pages per second per core, end to end.

    .venv/bin/python bench/bench_pdf.py [--repeat R] [--rows N]

Documents: the sample PDFs under data/raw/pdf/ (generated from the text exports next to them
in data/raw/txt/) and a synthetic report (tests/fixtures_pdf.py) with three long Biểu mẫu
tables. For each it prints, in one process (one core):

- pages per second per core (CPU time) of ``extract.pdf.extract_pdf`` (the pdfium fast path,
  and the pdfplumber path it falls back to), of extract + ``parsers.forms.parse_forms``, and
  of ``runner.document.process_bytes`` end to end (extract, metadata, sections, forms,
  narrative, plans, normalize), for every document including the synthetic one;
- milliseconds per page (CPU) of each stage: the fast path's pdfium reading, words, routing,
  grids and lines; the pdfplumber path's pdfminer layout, characters, edges; and each parse
  and normalize stage;
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
    perf_counter = time.process_time
    ids = count(1)
    w = perf_counter()
    pdf = pdfplumber.open(io.BytesIO(data))
    pages = pdf.pages
    t["open"] += perf_counter() - w
    for page in pages:
        a = perf_counter()
        lay = page.layout
        b = perf_counter()
        lt_chars, graphics, _ = pdfmod._layout_objects(lay)
        chars = pdfmod.page_chars(page, lt_chars)
        c = perf_counter()
        words = layout.words_from_chars(chars)
        d = perf_counter()
        words, _ = pdfmod.transcode_words(words, chars)
        pdfmod.text_layer_problem(chars)
        e = perf_counter()
        edges = pdfmod.page_edges(page, graphics)
        f = perf_counter()
        layout.page_lines(words, edges, tuple(page.bbox), page.page_number, lambda: next(ids))
        g = perf_counter()
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


def analyse_stages(lines) -> dict[str, float]:
    """CPU seconds of each parse and normalize stage over one document's lines."""
    from normalize.observations import normalize_observations
    from parsers.forms import parse_forms
    from parsers.metadata import parse_metadata
    from parsers.narrative import parse_narrative
    from parsers.plan import parse_plan_tasks
    from parsers.sections import parse_sections

    t: dict[str, float] = {}

    def run(name, fn):
        c = time.process_time()
        out = fn()
        t[name] = t.get(name, 0.0) + time.process_time() - c
        return out

    run("metadata", lambda: parse_metadata(lines))
    sections = run("sections", lambda: parse_sections(lines))
    obs = list(run("forms", lambda: parse_forms(lines)))
    obs.extend(run("narrative", lambda: parse_narrative(lines, sections)))
    run("plan", lambda: parse_plan_tasks(lines))
    run("normalize", lambda: normalize_observations(obs))
    return t


def fast_stages(data: bytes) -> dict[str, float]:
    """CPU seconds of the fast path's parts over a document (pages it cannot read are skipped)."""
    import pypdfium2

    t = dict.fromkeys(["pdfium chars+edges", "words", "routing", "grids+lines"], 0.0)
    ids = count(1)
    doc = pypdfium2.PdfDocument(data)
    for i in range(len(doc)):
        w, h = doc[i].get_size()
        a = time.process_time()
        try:
            chars, edges = pdfmod.fast_page_contents(doc, i, (0, 0, w, h))
        except pdfmod._Fallback:
            continue
        b = time.process_time()
        words = layout.words_from_chars(chars)
        c = time.process_time()
        pdfmod.text_layer_problem(chars)
        pdfmod.legacy.detect_encoding(" ".join(x.text for x in words))
        d = time.process_time()
        layout.page_lines(words, edges, (0, 0, w, h), i + 1, lambda: next(ids))
        e = time.process_time()
        for k, v in zip(t, (b - a, c - b, d - c, e - d)):
            t[k] += v
    doc.close()
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2, help="runs per measure; the best is kept")
    ap.add_argument("--rows", type=int, default=150, help="rows per form in the synthetic report")
    args = ap.parse_args(argv)

    from parsers.forms import parse_forms
    from runner.document import PipelineOptions, process_bytes

    e2e_options = PipelineOptions(extract=OPTIONS)
    docs = documents(args.rows)
    total: dict[str, float] = {}
    stage_sum: dict[str, float] = {}
    print(f"{'document':50s} {'pages':>5s} {'extract':>8s} {'plumber':>8s} {'+forms':>8s} {'e2e':>8s} "
          f"{'yardstick':>9s} {'rows ours':>10s} {'rows yardstick':>14s}   (pages/s per core, CPU)")
    for name, data, text, path in docs:
        doc, _, ec = timed(lambda: pdfmod.extract_pdf(data, OPTIONS), args.repeat)
        _, _, sc = timed(lambda: pdfmod.extract_pdf(data, OPTIONS, fast=False), 1)
        n = doc.page_count
        lines = list(doc.lines())
        _, _, pc = timed(lambda: parse_forms(lines), args.repeat)
        source = f"pdf/{path.name if path else 'synthetic.pdf'}"
        _, _, xc = timed(lambda: process_bytes(data, source, e2e_options), args.repeat)
        prow, _, plc = timed(lambda: plumber_tables(data), 1)
        want = export_rows(text)
        ours = [norm_row(ln.texts) for ln in lines if ln.is_row]
        got_ours, got_pl = rows_found(want, ours), rows_found(want, prow)
        print(f"{name[:50]:50s} {n:5d} {n / ec:8.1f} {n / sc:8.1f} {n / (ec + pc):8.1f} {n / xc:8.1f} "
              f"{n / plc:9.1f} {got_ours:4d}/{len(want):<5d} {got_pl:8d}/{len(want):<5d}")
        for k, v in dict(pages=n, extract=ec, plumber=sc, forms=pc, e2e=xc, yardstick=plc).items():
            total[k] = total.get(k, 0.0) + v
        for k, v in fast_stages(data).items():
            stage_sum["extract: " + k] = stage_sum.get("extract: " + k, 0.0) + v
        for k, v in stages(data).items():
            stage_sum["pdfplumber path: " + k] = stage_sum.get("pdfplumber path: " + k, 0.0) + v
        for k, v in analyse_stages(lines).items():
            stage_sum["parse: " + k] = stage_sum.get("parse: " + k, 0.0) + v

    p = total["pages"]
    print()
    print(f"all documents: {p:.0f} pages; pages per second per core (CPU time)")
    print(f"  extract_pdf (pdfium fast path):        {p / total['extract']:6.1f}")
    print(f"  extract_pdf (pdfplumber path):         {p / total['plumber']:6.1f}")
    print(f"  extract + parse_forms:                 {p / (total['extract'] + total['forms']):6.1f}")
    print(f"  process_bytes end to end:              {p / total['e2e']:6.1f}")
    print(f"  pdfplumber extract_tables (yardstick): {p / total['yardstick']:6.1f}")
    print("  ms per page by stage (CPU):")
    for k, v in stage_sum.items():
        print(f"    {k:40s} {1000 * v / p:7.2f}")

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
