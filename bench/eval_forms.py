"""Score the Biểu mẫu reader on a forms corpus (format: /work/holdout/FORMATS.md, forms/).

For every ``<report_id>/report.*`` file the whole pipeline runs (``runner.document``) and
its table observations of the report's own period (``column`` current or unset, with a
value or a word) are compared with ``gold.csv``:

- rows: (form, stt, value) F1 per file format, a value equal to 1e-6 relative (a word
  compared case-insensitively);
- codes: of the gold rows found at (form, stt), the share whose ``indicator_code`` is the
  gold one (rows whose gold code is empty are left out).

    PYTHONPATH=$PWD python bench/eval_forms.py bench/forms_corpus/final [-v [-vv]]
    PYTHONPATH=$PWD python bench/eval_forms.py /work/holdout/forms -v

``-v`` prints one line per file, ``-vv`` also the rows that differ.
"""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path


def _gold(path: Path) -> list[tuple]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            value = float(r["value"]) if r.get("value", "").strip() else None
            out.append((int(r["form"]), r["stt"].strip(), value,
                        (r.get("value_text") or "").strip().lower() or None,
                        (r.get("indicator_code") or "").strip() or None))
    return out


def _same(a: tuple, b: tuple) -> bool:
    """Gold a, predicted b: equal values, or, for a gold word, the same word (a coded word
    may carry its legend's code beside it)."""
    if a[2] is None and a[3] is not None:
        return a[3] == b[3]
    if a[2] is not None or b[2] is not None:
        if a[2] is None or b[2] is None:
            return False
        return abs(a[2] - b[2]) <= 1e-6 * max(1.0, abs(a[2]))
    return a[3] == b[3]


def _predicted(result) -> list[tuple]:
    out = []
    for o in result.observations:
        if o.origin != "table" or o.column not in (None, "current") or o.form is None:
            continue
        text = (o.value_text or "").strip().lower() or None
        if o.value is None and text is None:
            continue
        out.append((o.form, o.stt, o.value, text, o.indicator_code))
    return out


def score(gold: list[tuple], pred: list[tuple]) -> tuple[int, int, int, int, int]:
    """(true positives, predicted, gold, codes right, codes checked)."""
    by_key = defaultdict(list)
    for p in pred:
        by_key[(p[0], p[1])].append(p)
    tp = codes_ok = codes_n = 0
    for g in gold:
        cands = by_key.get((g[0], g[1]), [])
        hit = next((p for p in cands if _same(g, p)), None)
        if hit is not None:
            tp += 1
            cands.remove(hit)
        found = hit or (cands[0] if cands else None)
        if found is not None and g[4]:
            codes_n += 1
            codes_ok += found[4] == g[4]
    return tp, len(pred), len(gold), codes_ok, codes_n


def main(argv: list[str]) -> int:
    from runner.document import process_file

    root = Path(argv[1])
    verbose = "-v" in argv
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for folder in sorted(p for p in root.iterdir() if (p / "gold.csv").is_file()):
        gold = _gold(folder / "gold.csv")
        for f in sorted(folder.glob("report*")):
            result = process_file(f, root)
            pred = _predicted(result)
            s = score(gold, pred)
            fmt = f.stem.replace("report", "").lstrip("_") + "." + f.suffix.lstrip(".") \
                if f.stem != "report" else f.suffix.lstrip(".")
            for k in range(5):
                totals[fmt][k] += s[k]
                totals["ALL"][k] += s[k]
            if verbose:
                p = s[0] / s[1] if s[1] else 0.0
                r = s[0] / s[2] if s[2] else 0.0
                print(f"{folder.name:28s} {fmt:8s} P={p:.3f} R={r:.3f} codes={s[3]}/{s[4]} "
                      f"status={result.status} {result.error or ''}")
                if verbose and "-vv" in argv and (s[0] < s[2] or s[0] < s[1]):
                    gk = {(g[0], g[1]): g for g in gold}
                    pk = {(p_[0], p_[1]): p_ for p_ in pred}
                    for k2 in sorted(set(gk) | set(pk), key=str):
                        if k2 not in pk or k2 not in gk or not _same(gk[k2], pk[k2]):
                            print("     ", k2, "gold", gk.get(k2, (None,) * 5)[2:4],
                                  "pred", pk.get(k2, (None,) * 5)[2:4])
    print(f"{'format':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'codes':>7s}  rows(tp/pred/gold)")
    for fmt in sorted(totals, key=lambda k: (k == "ALL", k)):
        tp, np_, ng, ok, n = totals[fmt]
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{fmt:10s} {p:6.3f} {r:6.3f} {f1:6.3f} {ok / n if n else 0.0:7.3f}  {tp}/{np_}/{ng}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
