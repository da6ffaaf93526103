# Builds and validates cases.csv for held-out set 14, narrative_b (narrative reader).
# Written blind: no pipeline code or tests were read. Validator pattern follows the earlier sets' builders. Texts are my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages named in cases_src.py / README.md.
# Run: python3 build.py  -> writes cases.csv and sources_by_case.tsv next to this file, re-reads and checks them.
import csv, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H14-B-"
C, SRC = [], [None]


def src(url):
    SRC[0] = url


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


def news(level, text, facts=()):
    C.append(("news", level, text, list(facts), SRC[0]))


def rep(level, text, facts=()):
    C.append(("report", level, text, list(facts), SRC[0]))


exec(open(os.path.join(HERE, "cases_src.py"), encoding="utf-8").read())


def vn(v):
    v = float(v)
    if v.is_integer():
        return f"{int(v):,}".replace(",", ".")
    ip, dp = repr(v).split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp


def printed(v, text):
    # boundary-aware: the Vietnamese rendering must appear as a whole number token
    forms = [vn(v)]
    if float(v).is_integer() and v < 10:
        forms.append("0" + vn(v))
    for mult, word in ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")):
        if v >= mult:
            forms.append(vn(round(v / mult, 6)) + " " + word)
    for f in forms:
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    # a trailing-zero decimal printed as in the text (43,80)
    if not float(v).is_integer() and re.search(r"(?<![\d.,])" + re.escape(vn(v)) + r"0(?![\d]|[.,]\d)", text):
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
        if text in seen:
            errs.append(f"{cid}: duplicate text")
        seen.add(text)
        if kind not in {"news", "report"} or level not in LEVELS:
            errs.append(f"{cid}: kind/level")
        if not url:
            errs.append(f"{cid}: no source")
        for fa in facts:
            if set(fa) != KEYS:
                errs.append(f"{cid}: keys")
            if fa["scope"] not in SCOPES:
                errs.append(f"{cid}: scope {fa['scope']}")
            if fa["code"] and fa["code"] not in cat:
                errs.append(f"{cid}: code {fa['code']}")
            if not isinstance(fa["approx"], bool) or isinstance(fa["value"], bool) or not isinstance(fa["value"], (int, float)):
                errs.append(f"{cid}: types")
            for k in ("unit", "measure"):
                if not unicodedata.is_normalized("NFC", fa[k]):
                    errs.append(f"{cid}: {k} not NFC")
            if not printed(fa["value"], text):
                errs.append(f"{cid}: value {fa['value']} not printed")
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
    with open(out, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == HEADER
        back = list(rd)
    st = {"facts": 0, "empty": 0, "approx": 0, "coded": 0}
    kl, sc, co, un = {}, {}, {}, {}
    for r in back:
        fs = json.loads(r["facts"])
        assert isinstance(fs, list)
        assert unicodedata.is_normalized("NFC", r["text"]) and unicodedata.is_normalized("NFC", r["facts"])
        k = r["source_kind"] + ":" + r["doc_level"]
        kl[k] = kl.get(k, 0) + 1
        st["facts"] += len(fs)
        st["empty"] += not fs
        for fa in fs:
            st["approx"] += fa["approx"]
            sc[fa["scope"] or '""'] = sc.get(fa["scope"] or '""', 0) + 1
            un[fa["unit"]] = un.get(fa["unit"], 0) + 1
            if fa["code"]:
                st["coded"] += 1
                co[fa["code"]] = co.get(fa["code"], 0) + 1
    print(f"cases={len(back)}", st)
    print("kind:level", kl)
    print("scopes", sc)
    print("units", un)
    print("codes", co)
    print("sources", len({c[4] for c in C}))
    if errs:
        print("ERRORS:\n" + "\n".join(errs))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
