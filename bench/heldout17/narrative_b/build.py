# Builds and validates cases.csv of held-out set 17-B (narrative reader), written blind.
# Run: python3 build.py   (reads cases_src.py; writes cases.csv and sources_by_case.tsv)
import csv, json, os, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_src import CASES
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H17-B-"
codes = set()
with open(CATALOG, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add(f"BM{r['form']}-{r['code']}")
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}

def forms(v):
    out = set()
    if float(v).is_integer():
        n = int(v)
        out |= {f"{n:,}".replace(",", "."), str(n), f"{n:02d}"}
        if n >= 1_000_000:
            x = n / 1_000_000
            out.add((f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",") + " triệu")
    else:
        ip, fp = repr(float(v)).split(".")
        out.add(f"{int(ip):,}".replace(",", ".") + "," + fp)
    return out

errs, seen, rows = [], set(), []
for i, c in enumerate(CASES, 1):
    cid = f"{PREFIX}{i:03d}"
    t = c["text"]
    if unicodedata.normalize("NFC", t) != t: errs.append(f"{cid}: not NFC")
    if t in seen: errs.append(f"{cid}: repeated text")
    seen.add(t)
    if c["doc_level"] not in LEVELS: errs.append(f"{cid}: level")
    if c["source_kind"] not in {"report", "news"}: errs.append(f"{cid}: kind")
    for fa in c["facts"]:
        if set(fa) != {"value", "unit", "measure", "scope", "approx", "code"}: errs.append(f"{cid}: keys")
        if fa["scope"] not in SCOPES: errs.append(f"{cid}: scope {fa['scope']}")
        if fa["code"] and fa["code"] not in codes: errs.append(f"{cid}: code {fa['code']}")
        if not isinstance(fa["approx"], bool): errs.append(f"{cid}: approx")
        if not any(p in t for p in forms(fa["value"])): errs.append(f"{cid}: value {fa['value']} not in text")
    rows.append((cid, c))
if errs:
    print("\n".join(errs)); sys.exit(1)
with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for cid, c in rows:
        w.writerow([cid, c["source_kind"], c["doc_level"], c["text"], json.dumps(c["facts"], ensure_ascii=False)])
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    f.write("case_id\tsource\n")
    for cid, c in rows:
        f.write(f"{cid}\t{c['source']}\n")
# re-read check
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    back = list(csv.DictReader(f))
assert len(back) == len(rows)
for r in back: json.loads(r["facts"])
nf = sum(len(c["facts"]) for _, c in rows)
nc = sum(1 for _, c in rows for fa in c["facts"] if fa["code"])
syn = sum(1 for _, c in rows if c["source"].startswith("synthetic"))
print(f"ok: {len(rows)} cases ({syn} synthetic), {nf} facts, {nc} coded, {sum(1 for _, c in rows if not c['facts'])} empty")
