"""Digests of what the scan path computes, to prove a speed change leaves OCR unchanged.

    python bench/scan_trace.py --tree /work/main --out main.pkl [--source bench/heldout/forms] [--jobs 2]
    python bench/scan_trace.py --tree . --out mine.pkl
    python bench/scan_trace.py --diff main.pkl mine.pkl

For each page OCR'd it records a digest (SHA-1 of shape, dtype and bytes) of every cleaned
image (``extract.scan.clean_page``: grey, ink, text ink, angle, grids, rules), of every
image handed to Tesseract with its settings, and of every word list Tesseract gave back;
for each document, the digest of its published lines. Pages: the table pages of seeds 000
and 002 scanned as ``tests/test_ocr.py`` scans them, then the scans of
``bench/eval_scans.py`` (``--source``, ``--half``, ``--conditions``); the eval figures of
those scans are printed as eval_scans prints them (the same jobs, the same ``run_one``).
``--tree`` is the source tree whose code runs (another worktree, main); this file itself
is only the harness. ``--diff`` compares two runs call by call and names the first
difference of each scan.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _digest(*parts) -> str:
    import numpy as np

    h = hashlib.sha1()
    for p in parts:
        if isinstance(p, np.ndarray):
            h.update(repr((p.shape, str(p.dtype))).encode())
            h.update(np.ascontiguousarray(p).tobytes())
        else:
            h.update(repr(p).encode())
    return h.hexdigest()[:16]


TRACE: list[tuple[str, str]] = []


def install() -> None:
    """Wrap the clean-up and the engine's calls of the tree under test."""
    import extract.ocr as ocr
    import extract.tess as tess

    clean = ocr.clean_page

    def clean_page(*a, **k):
        c = clean(*a, **k)
        TRACE.append(("clean", _digest(c.gray, c.ink, c.text_ink, round(c.angle, 6), c.grids, c.rules)))
        return c

    ocr.clean_page = clean_page
    data = tess.Engine.data

    def engine_data(self, image, lang, psm, dpi, timeout, variables=None, binary=False):
        got = data(self, image, lang, psm, dpi, timeout, variables, binary)
        TRACE.append(
            ("call", _digest(image, lang, psm, round(dpi, 3), sorted((variables or {}).items()), binary))
        )
        TRACE.append(("words", _digest(sorted(got.items()))))
        return got

    tess.Engine.data = engine_data


def _lines_digest(lines) -> str:
    return _digest([(ln.text, ln.page, [(c.text, c.conf, c.alt) for c in ln.cells]) for ln in lines])


def seed_pages() -> list[tuple[str, list]]:
    from extract import ocr
    from extract.options import ExtractOptions
    from extract.pdf import extract_pdf
    from parsers.forms import parse_forms
    from tests import fixtures_scan as fs
    from tests.conftest import seed_path
    from tests.fixtures_pdf import make_report_pdf

    out = []
    for seed in ("000", "002"):
        TRACE.clear()
        pdf = make_report_pdf(seed_path(seed).read_text(encoding="utf-8"))
        digital = extract_pdf(pdf, ExtractOptions(ocr=False))
        pages = sorted({o.page for o in parse_forms(list(digital.lines())) if o.page})
        for number, image in zip(pages, fs.scan_pages(pdf, 300, angle=None, seed=7, pages=pages)):
            page = ocr.ocr_image_page(image, number, ExtractOptions(), 300)
            TRACE.append(("lines", _lines_digest(page.lines)))
        out.append((f"seed {seed}", list(TRACE)))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", type=Path, help="the source tree to run")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--source", type=Path, default=HERE / "heldout" / "forms")
    ap.add_argument("--conditions", nargs="+", default=["300", "200", "photo"])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--pages", nargs="+", type=Path, help="only these page images (300 dpi), no eval")
    ap.add_argument("--diff", nargs=2, type=Path)
    args = ap.parse_args(argv)
    if args.diff:
        return diff(*args.diff)
    tree = str(args.tree.resolve())
    sys.path.insert(0, tree)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    os.environ["PYTHONPATH"] = tree
    sys.path.insert(1, str(Path(tree) / "bench"))  # the tree's own eval_scans (its ROOT is the tree)
    import eval_scans

    import extract

    print("tree", Path(extract.__file__).resolve().parent.parent, "eval_scans", eval_scans.__file__)
    install()
    traces: dict[str, list] = {}
    if args.pages:
        from PIL import Image

        from extract import ocr

        for png in args.pages:
            TRACE.clear()
            page = ocr.ocr_image_page(Image.open(png), 1, None, 300)
            traces[png.name] = [*TRACE, ("lines", _lines_digest(page.lines))]
        args.out.write_bytes(pickle.dumps(traces))
        print(f"{len(traces)} pages -> {args.out}")
        return 0
    if not args.no_seeds:
        for name, trace in seed_pages():
            traces[name] = trace
    run_one = eval_scans.run_one

    def traced(job):
        TRACE.clear()
        r = run_one(job)
        r["trace"] = list(TRACE)
        return r

    traced.__module__, traced.__qualname__ = eval_scans.__name__, "run_one"
    eval_scans.run_one = traced
    save = args.out.with_suffix(".results.pkl")
    argv2 = [
        "--source",
        str(args.source),
        "--half",
        "--conditions",
        *args.conditions,
        "--jobs",
        str(args.jobs),
    ]
    eval_scans.main([*argv2, "--save", str(save)])
    for r in pickle.loads(save.read_bytes()):
        traces[f"{r['folder']}/{r['name']} {r['condition']}"] = r["trace"] + [
            (
                "rows",
                _digest([(x["key"], x["value"], x["value_text"], x["conf"], x["flags"]) for x in r["rows"]]),
            )
        ]
    args.out.write_bytes(pickle.dumps(traces))
    print(f"{len(traces)} documents, {sum(len(t) for t in traces.values())} digests -> {args.out}")
    return 0


def diff(a: Path, b: Path) -> int:
    ta, tb = pickle.loads(a.read_bytes()), pickle.loads(b.read_bytes())
    bad = 0
    for name in sorted(set(ta) | set(tb)):
        x, y = ta.get(name), tb.get(name)
        if x == y:
            continue
        bad += 1
        if x is None or y is None:
            print(f"{name}: only in {'second' if x is None else 'first'}")
            continue
        i = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
        print(
            f"{name}: first difference at digest {i} ({x[i][0] if i < len(x) else 'end'}), {len(x)} / {len(y)}"
        )
    n = sum(len(t) for t in ta.values())
    print(f"{len(ta)} documents, {n} digests: {'identical' if not bad else f'{bad} documents differ'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
