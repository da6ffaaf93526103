"""Per-corpus narrative scores over bench/heldout* (recall, precision, codes right/coded, extra codes, precision at
confidence >= 0.8); the real and synthetic parts of heldout16, 17 and 18 split by sources_by_case.tsv.

    PYTHONPATH=$PWD python bench/tune18/score_all.py [-f: list every false reading]
"""
import csv, sys, glob, re
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import eval_narrative as ev

def line(name, s):
    r = s.matched / s.gold if s.gold else 1; p = s.matched / s.found if s.found else 1
    c = s.code_right / s.coded if s.coded else 1
    ps = s.sure_right / s.sure if s.sure else 1
    return f"{name:24s} R {r:.3f} P {p:.3f} codes {s.code_right}/{s.coded} extra {s.code_extra} sureP {ps:.3f} (g{s.gold} f{s.found} m{s.matched})"

def synth_ids(d):
    ids = set()
    for t in glob.glob(f"{d}/narrative*/sources_by_case.tsv"):
        for row in csv.DictReader(open(t, encoding="utf-8"), delimiter="\t"):
            if "synthetic" in (row.get("source") or "").lower():
                ids.add(row["case_id"])
    return ids

dirs = sorted(glob.glob("bench/heldout*"), key=lambda d: int(re.sub(r"\D", "", d) or 1))
allfalse = []
for d in dirs:
    cases = []
    for f in sorted(glob.glob(f"{d}/narrative*/cases.csv")):
        cases += ev.read_cases(Path(f))
    if not cases:
        continue
    s = ev.score(cases)
    print(line(d, s))
    allfalse += [(d,) + x[:5] for x in s.false]
    if d.endswith(("16", "17", "18")):
        syn = synth_ids(d)
        print(line("  real", ev.score([c for c in cases if c["case_id"] not in syn])))
        print(line("  synthetic", ev.score([c for c in cases if c["case_id"] in syn])))
if "-f" in sys.argv:
    for x in allfalse:
        print("FALSE", *x)
