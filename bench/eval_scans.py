"""Rows F1 of scanned and photographed reports, silent errors, seconds per page, calibration.

    python bench/eval_scans.py --seeds 11 12 [--conditions 300 200 turned photo] [--jobs 2]
    python bench/eval_scans.py --source DIR                  # report folders in the forms/ layout

Reports come from ``tools/gen_scans.py`` (``--seeds``; written under ``--work``) or from
``--source``: a folder of report folders, each with ``gold.csv`` (form,stt,indicator_code,
value,value_text) and ``report_lo.pdf`` and/or ``report_rl.pdf`` (other files are ignored).
Each PDF is degraded under each condition (``tools.gen_scans.scan_document``) and run
through the whole pipeline (``runner.document.process_bytes``); the table observations are
scored against the gold rows (the current column's, as ``bench/eval_forms.py``):

* rows F1 per condition: a published row (form, stt, value or word) is right when the gold
  has the same value (or word) for that (form, stt); a gold row not published right is
  missed; a published row the gold lacks, or with another value, is wrong;
* silent errors: wrong published values with no flag and confidence ≥ 0.8, as a share of
  the published values;
* CPU seconds per page (this process and its Tesseract children);
* the calibration table: published values by confidence band, and the share right.

``--dump FILE`` writes one CSV line per published value (condition, confidence, flags,
right or not) for calibrating ``observations.confidence``.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import resource
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.gen_scans import CONDITIONS, scan_document, scan_seed, write_reports  # noqa: E402

PDF_NAMES = ("report_lo.pdf", "report_rl.pdf")
BANDS = (0.0, 0.5, 0.8, 0.9, 0.95, 1.0001)


def read_gold(path: Path) -> dict[tuple[int, str], tuple[Optional[float], str]]:
    gold = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            try:
                form = int(float(r["form"]))
            except (TypeError, ValueError):
                continue
            v = (r.get("value") or "").strip()
            gold[(form, r["stt"].strip().rstrip("."))] = (float(v) if v else None, (r.get("value_text") or "").strip())
    return gold


def same(value: Optional[float], text: Optional[str], gold: tuple[Optional[float], str]) -> bool:
    gv, gt = gold
    if gv is not None:
        return value is not None and math.isclose(value, gv, rel_tol=1e-6, abs_tol=1e-6)
    return bool(gt) and (text or "").strip().casefold() == gt.casefold()


def cpu() -> float:
    a = resource.getrusage(resource.RUSAGE_SELF)
    b = resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


DOCS: Optional[Path] = None     # --docs: extracted documents kept here and reused


def _process(data: bytes, source: str, key: str):
    """``process_bytes``; with ``--docs``, the extraction is kept in (or taken from) a
    pickle there, so that changes to parsing and checks are scored again without OCR (the
    seconds then count the parse only)."""
    import pickle

    from runner.document import process_bytes

    if DOCS is None:
        return process_bytes(data, source)
    import extract.route as route

    path = DOCS / f"{key}.doc"
    original = route.extract_bytes
    if path.exists():
        doc = pickle.loads(path.read_bytes())
        route.extract_bytes = lambda *a, **k: doc
    else:
        def keep(*a, **k):
            got = original(*a, **k)
            path.write_bytes(pickle.dumps(got))
            return got
        route.extract_bytes = keep
    try:
        return process_bytes(data, source)
    finally:
        route.extract_bytes = original


def run_one(job: tuple[str, str, str, int]) -> dict:
    """Degrade one PDF under one condition, process it, score it against its gold."""
    folder, name, condition, seed = job
    global DOCS
    if DOCS is None and os.environ.get("CCHC_EVAL_DOCS"):     # a pool worker
        DOCS = Path(os.environ["CCHC_EVAL_DOCS"])

    folder_p = Path(folder)
    pdf = (folder_p / name).read_bytes()
    key = f"{folder_p.name}_{name}_{condition}"
    if condition == "digital":
        data, ext = pdf, "pdf"
    elif DOCS is not None and (DOCS / f"{key}.doc").exists():
        data, ext = b"%PDF- kept", "pdf"     # the kept extraction stands for the scan
    else:
        data, ext, _ = scan_document(pdf, condition, seed)
    c0, t0 = cpu(), time.perf_counter()
    result = _process(data, f"{folder_p.name}/{Path(name).stem}_{condition}.{ext}", key)
    seconds_cpu, seconds = cpu() - c0, time.perf_counter() - t0
    from normalize import checks
    features = {i: (status, flagged, raw) for i, status, flagged, raw in checks.LAST_OCR_FEATURES}
    gold = read_gold(folder_p / "gold.csv")
    rows = []
    seen = set()
    for i, o in enumerate(result.observations):
        if o.origin != "table" or o.form is None or not o.stt or o.column not in (None, "current"):
            continue        # the gold holds the report's own period only (as bench/eval_forms.py)
        if o.value is None and not o.value_text:
            continue
        key = (int(o.form), o.stt)
        if key in seen:
            continue
        seen.add(key)
        right = key in gold and same(o.value, o.value_text, gold[key])
        rows.append({"key": key, "right": right, "conf": float(o.confidence), "flags": list(o.flags),
                     "value": o.value, "value_text": o.value_text, "gold": gold.get(key),
                     "detail": o.flag_detail or "", "features": features.get(i)})
    return {"folder": folder_p.name, "name": name, "condition": condition, "rows": rows,
            "gold": len(gold), "pages": result.page_count or 1, "cpu": seconds_cpu, "wall": seconds,
            "status": result.status, "error": result.error}


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def report(results: list[dict], out=sys.stdout, show_errors: bool = False) -> dict:
    by = defaultdict(list)
    for r in results:
        by[r["condition"]].append(r)
    summary = {}
    print(f"{'condition':10} {'scans':>5} {'gold':>5} {'right':>5} {'wrong':>5} {'missed':>6} {'F1':>6} "
          f"{'silent':>7} {'s/page':>7}", file=out)
    all_rows = []
    for cond in sorted(by, key=lambda c: (list(CONDITIONS) + ["digital"]).index(c) if c in CONDITIONS or c == "digital" else 99):
        rs = by[cond]
        tp = sum(sum(1 for x in r["rows"] if x["right"]) for r in rs)
        fp = sum(sum(1 for x in r["rows"] if not x["right"]) for r in rs)
        gold = sum(r["gold"] for r in rs)
        fn = gold - tp
        published = sum(len(r["rows"]) for r in rs)
        silent = sum(sum(1 for x in r["rows"] if not x["right"] and not x["flags"] and x["conf"] >= 0.8) for r in rs)
        pages = sum(r["pages"] for r in rs)
        spp = sum(r["cpu"] for r in rs) / max(1, pages)
        summary[cond] = {"f1": f1(tp, fp, fn), "silent": silent / max(1, published), "s_per_page": spp}
        print(f"{cond:10} {len(rs):5d} {gold:5d} {tp:5d} {fp:5d} {fn:6d} {f1(tp, fp, fn):6.3f} "
              f"{silent / max(1, published):7.2%} {spp:7.2f}", file=out)
        all_rows.extend(x for r in rs for x in r["rows"])
    tp = sum(1 for x in all_rows if x["right"])
    published = len(all_rows)
    silent = sum(1 for x in all_rows if not x["right"] and not x["flags"] and x["conf"] >= 0.8)
    print(f"all: {published} published values, {published - tp} wrong, {silent} silent "
          f"({silent / max(1, published):.2%})", file=out)
    print("\ncalibration (published values by observations.confidence):", file=out)
    print(f"{'band':>12} {'values':>7} {'right':>7} {'share right':>11}", file=out)
    for lo, hi in zip(BANDS, BANDS[1:]):
        xs = [x for x in all_rows if lo <= x["conf"] < hi]
        n, ok = len(xs), sum(1 for x in xs if x["right"])
        print(f"{f'[{lo:.2f},{min(hi, 1):.2f}' + (']' if hi > 1 else ')'):>12} {n:7d} {ok:7d} "
              f"{(ok / n if n else float('nan')):11.2%}", file=out)
    hi = [x for x in all_rows if x["conf"] >= 0.9]
    ok = sum(1 for x in hi if x["right"])
    print(f"{'≥ 0.90':>12} {len(hi):7d} {ok:7d} {(ok / len(hi) if hi else float('nan')):11.2%}", file=out)
    summary["calibration_090"] = ok / len(hi) if hi else None
    if show_errors:
        print("\nper scan (right / gold, wrong):", file=out)
        for r in results:
            ok = sum(1 for x in r["rows"] if x["right"])
            print(f"  {r['folder']}/{r['name']} {r['condition']}: {ok}/{r['gold']}, "
                  f"{len(r['rows']) - ok} wrong, {r['pages']} pages, {r['cpu']:.1f} s", file=out)
        print("\nwrong values:", file=out)
        for r in results:
            for x in r["rows"]:
                if not x["right"]:
                    print(f"  {r['folder']}/{r['name']} {r['condition']}: {x['key']} read "
                          f"{x['value'] if x['value'] is not None else x['value_text']!r} gold {x['gold']} "
                          f"conf {x['conf']:.2f} flags {x['flags']} {x['detail']}", file=out)
        for r in results:
            if r["status"] != "ok":
                print(f"  {r['folder']}/{r['name']} {r['condition']}: {r['status']} {r['error']}", file=out)
    return summary


CAL_BANDS = (0.0, 0.6, 0.8, 0.9, 1.0001)
CAL_PRIOR = (0.5, 0.5)     # Jeffreys: a band seen a few times is not taken for certain
SURE_SHARE = 0.995         # a band right less often than this stays below SURE_CONF
SURE_CONF = 0.9


def calibrate(results: list[dict], path: Path) -> None:
    """The calibration table of OCR values: for each (status, flag level, raw-confidence band),
    the share of right values, smoothed by ``CAL_PRIOR`` (a band seen a few times is not
    taken for certain); a band whose share is below ``SURE_SHARE`` gets at most just under
    ``SURE_CONF``, so that values at 0.9 or above are the ones right 99.5% of the time; a
    band never seen gets 0.5."""
    cells: dict[tuple[str, int, int], list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for x in r["rows"]:
            f = x.get("features")
            if f is None:
                continue
            status, flagged, raw = f
            band = max(k for k, lo in enumerate(CAL_BANDS[:-1]) if raw >= lo)
            cells[(status, int(flagged), band)][0] += int(x["right"])
            cells[(status, int(flagged), band)][1] += 1
    a, b = CAL_PRIOR
    rows = []
    for status in ("confirmed", "agree", "chosen", "single", "cleaned", "disagree"):
        for flagged in (0, 1, 2):        # normalize.checks.flag_level
            for k in range(len(CAL_BANDS) - 1):
                ok, n = cells.get((status, flagged, k), [0, 0])
                share = (ok + a) / (n + a + b)
                if share < SURE_SHARE or flagged == 2:     # a value its own flag doubts is never sure
                    share = min(share, SURE_CONF - 0.01)
                conf = share if n else 0.5     # never seen: an even bet
                rows.append({"status": status, "flagged": int(flagged), "raw_lo": CAL_BANDS[k],
                             "raw_hi": min(CAL_BANDS[k + 1], 1.0001), "values": n, "right": ok,
                             "confidence": round(conf, 4)})
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"calibration table written to {path}")


def dump(results: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["report", "pdf", "condition", "form", "stt", "conf", "flags", "right"])
        for r in results:
            for x in r["rows"]:
                w.writerow([r["folder"], r["name"], r["condition"], x["key"][0], x["key"][1],
                            f"{x['conf']:.4f}", ";".join(x["flags"]), int(x["right"])])


def hash_seed(folder: str, condition: str) -> int:
    import zlib

    return zlib.crc32(f"{Path(folder).name}/{condition}".encode())


def jobs_for(folders: list[Path], conditions: list[str]) -> list[tuple[str, str, str, int]]:
    jobs = []
    for folder in folders:
        if not (folder / "gold.csv").exists():
            continue
        for name in PDF_NAMES:
            if (folder / name).exists():
                for cond in conditions:
                    jobs.append((str(folder), name, cond, scan_seed(folder.name, name, cond)))
    return jobs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[101, 102])
    ap.add_argument("--source", type=Path, help="report folders (gold.csv + report_lo.pdf / report_rl.pdf)")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "cchc_eval_scans")
    ap.add_argument("--conditions", nargs="+", default=list(CONDITIONS),
                    choices=list(CONDITIONS) + ["digital"])
    ap.add_argument("--layouts", nargs="+", help="only reports of these layouts (a b c d)")
    ap.add_argument("--pdfs", nargs="+", choices=PDF_NAMES, help="only these typesetting paths")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--half", action="store_true", help="one of the two PDFs per report and condition (drawn)")
    ap.add_argument("--errors", action="store_true", help="list the wrong values")
    ap.add_argument("--dump", type=Path, help="CSV of every published value (for calibration)")
    ap.add_argument("--calibrate", type=Path, help="write the OCR confidence calibration table here "
                    "(normalize/reference/ocr_calibration.csv), from these scans")
    ap.add_argument("--save", type=Path, help="keep the raw results (pickle) to report again with --load")
    ap.add_argument("--load", type=Path, help="report on saved results instead of running")
    ap.add_argument("--recalibrate", type=Path, help="with --load: confidences from this calibration table")
    ap.add_argument("--docs", type=Path, help="keep each scan's extracted document here and reuse it "
                    "(parse and check changes scored again without OCR; delete it after extraction changes)")
    args = ap.parse_args(argv)
    global DOCS
    if args.docs:
        args.docs.mkdir(parents=True, exist_ok=True)
        DOCS = args.docs
        os.environ["CCHC_EVAL_DOCS"] = str(args.docs)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import pickle

    if args.load:
        results = pickle.loads(args.load.read_bytes())
        if args.recalibrate:    # the confidence the table gives each OCR value's features
            from normalize.checks import calibrated, load_calibration

            table = load_calibration(args.recalibrate)
            for r in results:
                for x in r["rows"]:
                    if x.get("features"):
                        status, flagged, raw = x["features"]
                        c = calibrated(status, flagged, raw, table)
                        x["conf"] = c if c is not None else (min(x["conf"], 0.5) if flagged == 2 else x["conf"])
    else:
        if args.source:
            folders = sorted(p for p in args.source.iterdir() if p.is_dir())
        else:
            folders = write_reports(args.seeds, args.work)
        if args.layouts:
            folders = [f for f in folders if f.name.rsplit("-", 1)[-1] in args.layouts]
        jobs = jobs_for(folders, args.conditions)
        if args.pdfs:
            jobs = [j for j in jobs if j[1] in args.pdfs]
        if args.half:       # one typesetting path per (report, condition), alternating
            jobs = [j for k, j in enumerate(jobs)
                    if PDF_NAMES.index(j[1]) == (hash_seed(j[0], j[2]) % 2) or
                    not any(jj[0] == j[0] and jj[2] == j[2] and jj[1] != j[1] for jj in jobs)]
        t0 = time.perf_counter()
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(run_one, jobs))
        else:
            results = [run_one(j) for j in jobs]
        print(f"{len(jobs)} scans of {len(folders)} reports in {time.perf_counter() - t0:.0f} s")
        if args.save:
            args.save.write_bytes(pickle.dumps(results))
    report(results, show_errors=args.errors)
    if args.dump:
        dump(results, args.dump)
    if args.calibrate:
        calibrate(results, args.calibrate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
