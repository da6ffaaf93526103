"""Score Biểu mẫu table rows on a layout corpus (forms/<report_id>/ + gold.csv).

    python bench/eval_layouts.py --corpus DIR [--half tune|test|all] [--show-misses N]

DIR holds one folder per report, each with the report rendered through several paths
(report.docx, report_lo.pdf, report_rl.pdf, report.html, report.xlsx, report.ods,
report.xls, report.doc, report.txt ...) and gold.csv (form, stt, indicator_code, value,
value_text), the format of /work/holdout/FORMATS.md; tools/gen_layouts.py makes one. Every
file goes through ``runner.document.process_bytes``; its table observations (origin
``table``, a value or a word) are compared with the gold rows:

- rows: a (form, stt, value) triple is right when form and STT path are equal and the value
  is equal (numbers within 1e-6 relative; a word compared without case);
  precision / recall / F1 per format (the file's name) and per report;
- codes: the share of gold rows whose (form, stt) row was read with the gold indicator_code.

``--half`` reads ``layout.json`` (``"half": "tune"|"test"``) when a folder has one; folders
without it are in every half. The status of each file (ok / partial / failed) is printed too.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.route import FILE_TYPES  # noqa: E402
from runner.document import process_bytes  # noqa: E402


def read_gold(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            value = float(r["value"]) if (r.get("value") or "").strip() else None
            rows.append({"form": int(r["form"]), "stt": r["stt"].strip(),
                         "code": (r.get("indicator_code") or "").strip(),
                         "value": value, "text": (r.get("value_text") or "").strip()})
    return rows


def same_value(gold: dict, value, text) -> bool:
    if gold["value"] is not None:
        if value is None:
            return False
        g = gold["value"]
        return abs(value - g) <= 1e-6 * max(1.0, abs(g))
    return bool(text) and text.strip().casefold() == gold["text"].casefold()


def predicted(result) -> list[dict]:
    out = []
    for o in result.observations:
        if o.origin != "table" or (o.value is None and not o.value_text):
            continue
        if o.column not in (None, "current"):
            continue
        out.append({"form": o.form, "stt": o.stt, "value": o.value, "text": o.value_text,
                    "code": o.indicator_code})
    return out


def score(gold: list[dict], pred: list[dict]) -> dict:
    """Counts of right/predicted/gold rows and right codes for one file."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for p in pred:
        by_key[(p["form"], p["stt"])].append(p)
    right = codes = 0
    misses = []
    used: set[int] = set()
    for g in gold:
        cands = by_key.get((g["form"], g["stt"]), [])
        hit = next((p for p in cands if id(p) not in used and same_value(g, p["value"], p["text"])), None)
        if hit is not None:
            used.add(id(hit))
            right += 1
        else:
            misses.append((g, cands[0] if cands else None))
        if any(p["code"] == g["code"] for p in cands):
            codes += 1
    extra = [p for p in pred if id(p) not in used]
    return {"right": right, "pred": len(pred), "gold": len(gold), "codes": codes,
            "misses": misses, "extra": extra}


def prf(right: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = right / pred if pred else (1.0 if not gold else 0.0)
    r = right / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def fmt_name(path: Path) -> str:
    """The rendering path a file stands for: report_lo.pdf → lo.pdf, report.docx → docx."""
    stem = path.stem
    tail = stem.split("_", 1)[1] + "." if "_" in stem else ""
    return tail + path.suffix.lstrip(".").lower()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--half", choices=["tune", "test", "all"], default="all")
    ap.add_argument("--show-misses", type=int, default=0, help="print up to N missed gold rows per file")
    ap.add_argument("--formats", default="", help="comma-separated formats to score (default: all)")
    args = ap.parse_args(argv)
    wanted = {f.strip() for f in args.formats.split(",") if f.strip()}

    reports = sorted(p for p in args.corpus.iterdir() if (p / "gold.csv").exists())
    per_fmt: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])   # right pred gold codes files
    per_rep: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    statuses: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    total = [0, 0, 0, 0, 0]
    started = time.perf_counter()
    for rep in reports:
        meta = rep / "layout.json"
        if args.half != "all" and meta.exists():
            if json.loads(meta.read_text(encoding="utf-8")).get("half") != args.half:
                continue
        gold = read_gold(rep / "gold.csv")
        for f in sorted(rep.iterdir()):
            if f.name in ("gold.csv", "layout.json") or f.suffix.lower() not in FILE_TYPES:
                continue
            name = fmt_name(f)
            if wanted and name not in wanted:
                continue
            t0 = time.perf_counter()
            result = process_bytes(f.read_bytes(), f"{rep.name}/{f.name}")
            s = score(gold, predicted(result))
            statuses[name][result.status] += 1
            for acc in (per_fmt[name], per_rep[rep.name], total):
                acc[0] += s["right"]; acc[1] += s["pred"]; acc[2] += s["gold"]; acc[3] += s["codes"]; acc[4] += 1
            p, r, f1 = prf(s["right"], s["pred"], s["gold"])
            print(f"{rep.name:<14} {name:<8} {result.status:<8} P {p:.3f} R {r:.3f} F1 {f1:.3f} "
                  f"codes {s['codes'] / s['gold'] if s['gold'] else 1:.3f}  "
                  f"({time.perf_counter() - t0:.1f} s){'  ' + (result.error or '')[:120] if result.error else ''}")
            for g, p_ in s["misses"][:args.show_misses]:
                got = f"{p_['value']!r}/{p_['text']!r} {p_['code']}" if p_ else "-"
                print(f"    miss BM{g['form']} {g['stt']:<8} gold {g['value'] if g['value'] is not None else g['text']!r:<12} got {got}")
            for p_ in s["extra"][:args.show_misses]:
                print(f"    extra BM{p_['form']} {p_['stt']} {p_['value']!r}/{p_['text']!r}")

    def line(name, acc):
        p, r, f1 = prf(acc[0], acc[1], acc[2])
        codes = acc[3] / acc[2] if acc[2] else 1.0
        return f"{name:<14} files {acc[4]:>3}  rows {acc[2]:>5}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  codes {codes:.3f}"

    print("\n== per format")
    for name in sorted(per_fmt):
        st = ", ".join(f"{k} {v}" for k, v in sorted(statuses[name].items()))
        print(line(name, per_fmt[name]) + f"  [{st}]")
    print("\n== per report")
    for name in sorted(per_rep):
        print(line(name, per_rep[name]))
    print("\n" + line("ALL", total) + f"   ({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
