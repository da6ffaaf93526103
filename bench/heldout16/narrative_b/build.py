# Builds and validates cases.csv for held-out set 15 (narrative reader, reports), written blind.
# No pipeline code or tests were read. Every text is my own Vietnamese wording; figures, names,
# dates and document numbers come from the public pages listed in README.md (per case in sources_by_case.tsv).
# Run: python3 build.py
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H16-B-"
C = []
SRC = None


def src(url):
    global SRC
    SRC = url


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


def rep(level, text, facts=()):
    C.append(("report", level, text, list(facts), SRC))


def news(level, text, facts=()):
    C.append(("news", level, text, list(facts), SRC))

from cases_src import load
load(src, rep, news, F)

# ================================================================ write + validate
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
codes = set()
with open(CATALOG, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add(f"BM{r['form']}-{r['code']}")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def printed_forms(v):
    out = set()
    if float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out |= {s, str(n), f"{n:02d}"}
        for mag, word in ((1_000_000, "triệu"), (1000, "nghìn"), (1000, "ngàn")):
            if n >= mag and n % (mag // 100) == 0:
                x = n / mag
                xs = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                out.add(f"{xs} {word}")
    else:
        s = repr(float(v))
        ip, fp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        out |= {f"{ipf},{fp}", f"{ip},{fp}"}
    return out


rows, srcrows, texts, errs = [], [], set(), []
for i, (kind, level, text, facts, url) in enumerate(C, 1):
    cid = f"{PREFIX}{i:03d}"
    text = nfc(text)
    if level not in LEVELS:
        errs.append(f"{cid}: level {level}")
    if text in texts:
        errs.append(f"{cid}: duplicate text")
    texts.add(text)
    for fa in facts:
        for k in ("measure", "unit"):
            fa[k] = nfc(fa[k])
        if fa["scope"] not in SCOPES:
            errs.append(f"{cid}: scope {fa['scope']}")
        if fa["code"] and fa["code"] not in codes:
            errs.append(f"{cid}: code {fa['code']}")
        if not any(p in text for p in printed_forms(fa["value"])):
            errs.append(f"{cid}: value {fa['value']} not printed")
    rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    srcrows.append([cid, url])

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    f.write("case_id\tsource\n")
    for r in srcrows:
        f.write("\t".join(r) + "\n")

with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    rd = list(csv.reader(f))
assert rd[0] == ["case_id", "source_kind", "doc_level", "text", "facts"], rd[0]
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
for r in rd[1:]:
    assert len(r) == 5, r
    fs = json.loads(r[4])
    assert isinstance(fs, list)
    for fa in fs:
        assert list(fa.keys()) == KEYS, fa
        assert isinstance(fa["value"], (int, float)) and not isinstance(fa["value"], bool)
        assert isinstance(fa["approx"], bool)
    for cell in r:
        assert unicodedata.normalize("NFC", cell) == cell
if errs:
    print("\n".join(errs))
    sys.exit(1)
n = len(rd) - 1
allf = [fa for r in rd[1:] for fa in json.loads(r[4])]
ne = sum(1 for r in rd[1:] if r[4] == "[]")
from collections import Counter
print(f"cases {n}, facts {len(allf)}, empty {ne} ({ne/n:.0%}), approx {sum(fa['approx'] for fa in allf)}, coded {sum(1 for fa in allf if fa['code'])}")
print("levels", Counter(r[2] for r in rd[1:]))
print("scopes", Counter(fa['scope'] for fa in allf))
print("units", Counter(fa['unit'] for fa in allf))
print("codes", Counter(fa['code'] for fa in allf if fa['code']))
