# Builds and validates cases.csv for held-out set 11, narrative_b (narrative reader).
# Written blind (no pipeline code or tests read). Every text is my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py   (writes cases.csv and sources_by_case.tsv next to this file, re-reads and validates)
# The validator part follows the one in holdout9/narrative/build.py; the cases are new.
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H11-B-"

C = []          # (source_kind, doc_level, text, facts, source)
SRC = None


def src(url):
    global SRC
    SRC = url


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


def news(level, text, facts=()):
    C.append(("news", level, text, list(facts), SRC))


def rep(level, text, facts=()):
    C.append(("report", level, text, list(facts), SRC))


# the cases themselves are in cases_src.py (same folder)
exec(open(os.path.join(HERE, "cases_src.py"), encoding="utf-8").read())
def vn_num(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    ip, dp = repr(float(v)).split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp


def printed(v, text):
    """The value is printed in the text, in Vietnamese format or with a magnitude word (11 triệu)."""
    if vn_num(v) in text:
        return True
    for mult, word in ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")):
        if v >= mult and vn_num(round(v / mult, 6)) + " " + word in text:
            return True
    return False


KEYS = {"value", "unit", "measure", "scope", "approx", "code"}
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
HEADER = ["case_id", "source_kind", "doc_level", "text", "facts"]


def main():
    with open(CATALOG, encoding="utf-8") as f:
        cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(f)}
    errs, rows, seen = [], [], set()
    for i, (kind, level, text, facts, url) in enumerate(C, 1):
        cid = f"{PREFIX}{i:03d}"
        if not unicodedata.is_normalized("NFC", text):
            errs.append(f"{cid}: text not NFC")
        text = unicodedata.normalize("NFC", text)
        if text in seen:
            errs.append(f"{cid}: duplicate text")
        seen.add(text)
        if kind not in {"news", "report"} or level not in LEVELS:
            errs.append(f"{cid}: kind/level")
        for fa in facts:
            if set(fa) != KEYS:
                errs.append(f"{cid}: keys {sorted(fa)}")
            if fa["scope"] not in SCOPES:
                errs.append(f"{cid}: scope {fa['scope']}")
            if fa["code"] and fa["code"] not in cat:
                errs.append(f"{cid}: code {fa['code']} not in catalog")
            if not isinstance(fa["approx"], bool) or isinstance(fa["value"], bool) \
                    or not isinstance(fa["value"], (int, float)):
                errs.append(f"{cid}: types")
            for k in ("unit", "measure"):
                if not unicodedata.is_normalized("NFC", fa[k]):
                    errs.append(f"{cid}: {k} not NFC")
            if not printed(fa["value"], text):
                errs.append(f"{cid}: value {fa['value']} ({vn_num(fa['value'])}) not printed in text")
        rows.append({"case_id": cid, "source_kind": kind, "doc_level": level, "text": text,
                     "facts": json.dumps(facts, ensure_ascii=False)})
    out = os.path.join(HERE, "cases.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for i, c in enumerate(C, 1):
            f.write(f"{PREFIX}{i:03d}\t{c[4]}\n")

    # re-read the written file and validate it again, independently of the in-memory data
    with open(out, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == HEADER, rd.fieldnames
        back = list(rd)
    stats = {"facts": 0, "coded": 0, "empty": 0, "approx": 0}
    kinds, levels, scopes, codes = {}, {}, {}, {}
    for r in back:
        assert r["case_id"].startswith(PREFIX)
        fs = json.loads(r["facts"])
        assert isinstance(fs, list)
        assert unicodedata.is_normalized("NFC", r["text"]) and unicodedata.is_normalized("NFC", r["facts"])
        kinds[r["source_kind"]] = kinds.get(r["source_kind"], 0) + 1
        levels[r["source_kind"] + ":" + r["doc_level"]] = levels.get(r["source_kind"] + ":" + r["doc_level"], 0) + 1
        stats["facts"] += len(fs)
        stats["empty"] += not fs
        for fa in fs:
            assert set(fa) == KEYS
            stats["approx"] += fa["approx"]
            scopes[fa["scope"] or '""'] = scopes.get(fa["scope"] or '""', 0) + 1
            if fa["code"]:
                assert fa["code"] in cat
                stats["coded"] += 1
                codes[fa["code"]] = codes.get(fa["code"], 0) + 1
    print(f"cases={len(back)} " + " ".join(f"{k}={v}" for k, v in stats.items()))
    print("source_kind:", kinds)
    print("kind:doc_level:", levels)
    print("fact scopes:", scopes)
    print("codes:", ", ".join(f"{k}×{v}" for k, v in sorted(codes.items(), key=lambda x: (-x[1], x[0]))))
    print("sources:", len({c[4] for c in C}))
    if errs:
        print("ERRORS:\n" + "\n".join(errs))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
