"""Every narrative reading of the bench corpora tabulated by its evidence (measure read, a realis mark
before it, a result noun: the three steps of parsers.narrative.evidence_confidence) and its confidence,
with how many are gold facts and how many are false; per corpus the recall and precision.

    PYTHONPATH=$PWD python bench/tune19/gate_table.py [--list KEY]   # KEY e.g. "m0 r1 n0": list those readings

Each corpus line also gives the recall and precision it would have if the gate of approach (b) were taken: the
readings with no measure and no realis mark (m0 r0) not published.
"""
import csv, glob, re, sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import eval_narrative as ev
import parsers.narrative as nar

_seen: dict[int, tuple] = {}
_orig = nar._observation


def _spy(f, sentence, paragraph, section):
    obs = _orig(f, sentence, paragraph, section)
    if obs is not None:
        _seen[id(obs)] = (f, sentence)
    return obs


nar._observation = _spy


def evidence(obs):
    got = _seen.get(id(obs))
    if got is None:
        return "phrase"
    f, printed = got
    if f.confidence not in (nar.MENTION_CONFIDENCE, nar.MENTION_CODED_CONFIDENCE) and f.code:
        return "phrase"
    voc = nar.vocabulary()
    before = nar.tone_normalized(printed)[: f.span[0]]
    structure = {r.key for r in voc.of("structure_noun")}
    noun = "%" if f.unit == "%" else (nar._noun_in(f.unit or "") or (None, None))[0]
    m = f.measure is not None
    r = any(x.regex.search(before) for x in voc.of("realis"))
    n = noun is not None and noun not in structure
    return f"m{int(m)} r{int(r)} n{int(n)}"


def corpora():
    out = []
    for d in sorted(glob.glob("bench/heldout*"), key=lambda d: int(re.sub(r"\D", "", d) or 1)):
        fs = sorted(glob.glob(f"{d}/narrative*/cases.csv"))
        if fs:
            out.append((d.split("/")[-1], fs))
    for d in ("bench/tune16", "bench/tune17", "bench/tune18", "bench/tune19"):
        fs = sorted(glob.glob(f"{d}/*/cases.csv"))
        if fs:
            out.append((d.split("/")[-1], fs))
    return out


def main():
    want = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    table = defaultdict(Counter)
    for name, files in corpora():
        gold = found = matched = 0
        g_found = g_matched = 0  # with the gate: m0 r0 readings dropped
        for fpath in files:
            for case in ev.read_cases(Path(fpath)):
                _seen.clear()
                got = ev.facts_of(case)
                used = set()
                for g in case["facts"]:
                    hit = next((i for i, o in enumerate(got) if i not in used and ev._same(o.value, float(g["value"]))), None)
                    if hit is not None:
                        used.add(hit)
                gold += len(case["facts"]); found += len(got); matched += len(used)
                for i, o in enumerate(got):
                    key = evidence(o)
                    ok = i in used
                    if not key.startswith("m0 r0"):
                        g_found += 1
                        g_matched += ok
                    table[(key, round(o.confidence, 2))][ok] += 1
                    if want and key == want:
                        print(f"{'GOLD ' if ok else 'FALSE'} {name} {case['case_id']} {o.value} {o.measure_unit} "
                              f"({o.measure}) c{o.confidence:.2f} | {o.sentence[:160]}")
        print(f"{name:10s} R {matched / max(gold, 1):.3f} P {matched / max(found, 1):.3f} (g{gold} f{found} m{matched})"
              f" | gated R {g_matched / max(gold, 1):.3f} P {g_matched / max(g_found, 1):.3f}")
    print("\nevidence  confidence  gold  false")
    for (key, c), cnt in sorted(table.items()):
        print(f"{key:8s}  {c:.2f}  {cnt[True]:5d} {cnt[False]:5d}")


if __name__ == "__main__":
    main()
