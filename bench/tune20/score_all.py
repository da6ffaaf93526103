"""Per-corpus narrative scores over bench/heldout* and bench/tune20 (recall, precision, codes right/coded, extra codes,
precision at confidence >= 0.8); the real and synthetic parts of heldout16..19 (by sources_by_case.tsv, heldout19
by its split/ files too). With -m, every missed fact as a line ``MISS corpus case value unit | measure``
(to diff two versions of the code); with -f every false reading.

    PYTHONPATH=$PWD python bench/tune20/score_all.py [-f] [-m]
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
    return f"{name:28s} R {r:.3f} P {p:.3f} codes {s.code_right}/{s.coded} extra {s.code_extra} sureP {ps:.3f} (g{s.gold} f{s.found} m{s.matched})"

def synth_ids(d):
    ids = set()
    for t in glob.glob(f"{d}/narrative*/sources_by_case.tsv"):
        for row in csv.DictReader(open(t, encoding="utf-8"), delimiter="\t"):
            if "synthetic" in (row.get("source") or "").lower():
                ids.add(row["case_id"])
    for t in glob.glob(f"{d}/split/*synth*.csv"):
        ids |= {r["case_id"] for r in ev.read_cases(Path(t))}
    return ids

dirs = sorted(glob.glob("bench/heldout*"), key=lambda d: int(re.sub(r"\D", "", d) or 1))
out = []
for d in dirs + ["bench/tune20/narrative", "bench/tune20/narrative_aside", "bench/tune21/narrative", "bench/tune21/narrative_aside"]:
    files = sorted(glob.glob(f"{d}/narrative*/cases.csv")) or sorted(glob.glob(f"{d}/cases.csv"))
    cases = [c for f in files for c in ev.read_cases(Path(f))]
    if not cases:
        continue
    s = ev.score(cases)
    print(line(d, s))
    out += [("FALSE", d, x[0], *x[1:5]) for x in s.false]
    out += [("MISS", d, cid, f.get("value"), f.get("unit"), "|", f.get("measure")) for cid, f, _ in s.misses]
    if d.endswith(("16", "17", "18", "19", "20", "21")):
        syn = synth_ids(d)
        print(line("  real", ev.score([c for c in cases if c["case_id"] not in syn])))
        print(line("  synthetic", ev.score([c for c in cases if c["case_id"] in syn])))
for x in out:
    if ("-f" in sys.argv and x[0] == "FALSE") or ("-m" in sys.argv and x[0] == "MISS"):
        print(*x)
