"""Read every rendered file back and check it against gold.csv (python verify.py [rid ...])."""
import csv, os, re, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import build
from docx import Document
from lxml import html as LH
from openpyxl import load_workbook

ROOT = build.ROOT
LO = build.LO


def parse_vn(text, style):
    t = text.strip().rstrip("%").strip()
    if style == "vn":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    return float(t)


def gold_of(rid):
    with open(os.path.join(ROOT, rid, "gold.csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def expected(rep):
    """Per table: list of (printed stt, printed current value) for data/group rows, in order."""
    out = []
    for t in rep.tables:
        out.append([(r.printed, rep.cell_text(r, t.cur) if r.kind == "data" else "") for r in t.rows])
    return out


def check_gold_vs_print(rep, gold):
    """Gold rows must equal what is printed in the current column, parsed independently."""
    errs = []
    printed = {}
    for t in rep.tables:
        for r in t.rows:
            if r.kind == "data" and r.code:
                printed[(str(r.form), r.stt)] = rep.cell_text(r, t.cur)
    keys = set()
    for g in gold:
        k = (g["form"], g["stt"])
        if k in keys:
            errs.append(f"duplicate gold key {k}")
        keys.add(k)
        txt = printed.get(k)
        if txt is None:
            errs.append(f"gold {k} not printed")
            continue
        if g["value_text"]:
            if txt != g["value_text"]:
                errs.append(f"gold word {k} {g['value_text']!r} != printed {txt!r}")
        else:
            v = parse_vn(txt, rep.style)
            if abs(v - float(g["value"])) > 1e-9:
                errs.append(f"gold {k} {g['value']} != printed {txt!r}")
    n_print = sum(1 for v in printed.values() if v != "")
    if n_print != len(gold):
        errs.append(f"{n_print} printed current values but {len(gold)} gold rows")
    return errs


def compare_rows(name, got_tables, exp_tables):
    errs = []
    if len(got_tables) != len(exp_tables):
        return [f"{name}: {len(got_tables)} tables, expected {len(exp_tables)}"]
    for ti, (g, e) in enumerate(zip(got_tables, exp_tables)):
        if len(g) != len(e):
            errs.append(f"{name} table {ti}: {len(g)} body rows, expected {len(e)}")
            continue
        for (gs, gv), (es, ev) in zip(g, e):
            if gs.strip() != es.strip() or gv.strip() != ev.strip():
                errs.append(f"{name} table {ti}: got ({gs!r},{gv!r}) expected ({es!r},{ev!r})")
    return errs


def docx_rows(path, rep):
    doc = Document(path)
    tabs = [t for t in doc.tables if len(t.columns) >= 5]
    out = []
    for t, spec in zip(tabs, rep.tables):
        nh = len(spec.header_grid())
        rows = []
        for r in t.rows[nh:]:
            cells = [c.text for c in r.cells]
            rows.append((cells[0], cells[3 + spec.cur]))
        out.append(rows)
    return out if len(tabs) == len(rep.tables) else [None] * len(tabs)


def html_rows(path, rep):
    root = LH.parse(path).getroot()
    tabs = []
    for t in root.iter("table"):
        trs = t.findall(".//tr")
        if trs and max(len(tr.findall("td")) for tr in trs) >= 5:
            tabs.append(trs)
    out = []
    for trs, spec in zip(tabs, rep.tables):
        nh = len(spec.header_grid())
        rows = []
        for tr in trs[nh:]:
            tds = [td.text_content() for td in tr.findall("td")]
            rows.append((tds[0], tds[3 + spec.cur]))
        out.append(rows)
    return out


def xlsx_rows(path, rep):
    wb = load_workbook(path)
    out = []
    for ws, spec in zip(wb.worksheets, rep.tables):
        rows = []
        # the header row is the first row whose column A is "STT"; body = rows after the header grid
        start = None
        for r in range(1, ws.max_row + 1):
            if ws.cell(r, 1).value == "STT":
                start = r + len(spec.header_grid())
                break
        for r in range(start, ws.max_row + 1):
            a = ws.cell(r, 1).value
            v = ws.cell(r, 4 + spec.cur).value
            if a is None and v is None and ws.cell(r, 2).value is None:
                continue
            if isinstance(v, (int, float)):
                v = build_fmt(v, rep)
            rows.append((str(a or ""), "" if v is None else str(v)))
        out.append(rows)
    return out


def build_fmt(v, rep):
    from model import fmt_number
    return fmt_number(v, rep.style)


def txt_rows(path, rep):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    i = 0
    # body rows: lines with ncols-1 tabs that are not header rows / continuation rows
    ti = -1
    cur = None
    for ln in lines:
        parts = ln.split("\t")
        if ln.startswith("STT\t") or (ti >= 0 and len(parts) == rep.tables[ti].ncols and parts[0] == "" and
                                      parts[1] == "" and not any(parts[3:3 + rep.tables[ti].nvals])):
            if ln.startswith("STT\t"):
                if cur is None or cur_done(cur, rep, ti):
                    ti += 1
                    cur = []
                    out.append(cur)
            continue
        if ti >= 0 and len(parts) == rep.tables[ti].ncols and parts[0] != "" and not cur_done(cur, rep, ti):
            cur.append((parts[0], parts[3 + rep.tables[ti].cur]))
    return out


def cur_done(cur, rep, ti):
    return ti < 0 or len(cur) >= len(rep.tables[ti].rows)


def pdf_check(path, rep, gold):
    errs = []
    pages = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout.split("\f")
    text = "\n".join(pages)
    lines = text.split("\n")
    printed = {}
    for t in rep.tables:
        for r in t.rows:
            if r.kind == "data" and r.code:
                printed[(str(r.form), r.stt)] = (r.printed, rep.cell_text(r, t.cur))
    for g in gold:
        p, v = printed[(g["form"], g["stt"])]
        ok = any(re.match(r"\s*" + re.escape(p) + r"\s", ln) and re.search(r"(^|\s)" + re.escape(v) + r"(\s|$)", ln)
                 for ln in lines)
        if not ok:
            errs.append(f"{os.path.basename(path)}: no line with stt {p} and value {v}")
    # notes designated to split across pages
    for t in rep.tables:
        if t.long_note_row is None:
            continue
        note = t.rows[t.long_note_row].note
        w = note.split()
        head, tail = " ".join(w[:4]), " ".join(w[-3:])
        flat = [re.sub(r"\s+", " ", pg) for pg in pages]
        ph = [i for i, pg in enumerate(flat) if head in pg]
        pt = [i for i, pg in enumerate(flat) if tail in pg]
        split = bool(ph and pt and len(ph) == 1 and len(pt) == 1 and pt[0] == ph[0] + 1)
        errs.append(f"INFO {os.path.basename(path)}: long note split across pages = {split} (pages {ph}->{pt})")
    return errs, len(pages) - 1


def verify(rid):
    rep = build.PLAN[rid]["f"]()
    gold = gold_of(rid)
    d = os.path.join(ROOT, rid)
    errs = check_gold_vs_print(rep, gold)
    exp = expected(rep)
    tmp = f"/tmp/holdout_verify_{rid}"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    for fn in sorted(os.listdir(d)):
        p = os.path.join(d, fn)
        if fn == "report.docx":
            errs += compare_rows(fn, docx_rows(p, rep), exp)
        elif fn == "report.html":
            errs += compare_rows(fn, html_rows(p, rep), exp)
        elif fn == "report.xlsx":
            errs += compare_rows(fn, xlsx_rows(p, rep), exp)
        elif fn == "report.txt":
            errs += compare_rows(fn, txt_rows(p, rep), exp)
        elif fn in ("report.xls", "report.ods"):
            subprocess.run(LO + ["--convert-to", "xlsx", "--outdir", tmp, p], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            errs += compare_rows(fn, xlsx_rows(os.path.join(tmp, "report.xlsx"), rep), exp)
            os.remove(os.path.join(tmp, "report.xlsx"))
        elif fn == "report.doc":
            subprocess.run(LO + ["--convert-to", "docx", "--outdir", tmp, p], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            errs += compare_rows(fn, docx_rows(os.path.join(tmp, "report.docx"), rep), exp)
        elif fn.endswith(".pdf"):
            e, n = pdf_check(p, rep, gold)
            errs += e
            errs.append(f"INFO {fn}: {n} pages")
    real = [e for e in errs if not e.startswith("INFO")]
    print(f"== {rid}: {len(gold)} gold rows, {len(real)} problems")
    for e in errs:
        print("  ", e)
    return real


if __name__ == "__main__":
    bad = 0
    for rid in (sys.argv[1:] or sorted(build.PLAN)):
        bad += len(verify(rid))
    print("TOTAL PROBLEMS", bad)


def check_arith(rep):
    """Rates = numerator/denominator*100 (2 decimals) and totals = sum of parts, per value column."""
    from model import CAT, value_gold
    errs = []
    sums = {(2, "1"): ["1.1", "1.2", "1.3"], (3, "1.4"): ["1.4.1", "1.4.2", "1.4.3"],
            (4, "1.5"): ["1.5.1", "1.5.2", "1.5.3"], (6, "2.1"): ["2.2", "2.3", "2.4", "2.5"],
            (6, "2.4"): ["2.4.1", "2.4.2", "2.4.3"]}
    for t in rep.tables:
        for ci in range(t.nvals):
            if t.cols[ci].startswith(("Tỷ lệ", "So sánh")):
                continue
            vals = {}
            for r in t.rows:
                if r.kind == "data" and r.code and ci < len(r.vals):
                    n, w = value_gold(r.vals[ci]) if r.vals[ci] is not None else (None, None)
                    if n is not None:
                        vals[(r.form, r.code)] = n
            for (f, c), v in vals.items():
                fo = CAT[(f, c)]["formula"]
                if fo:
                    a, b = fo.replace("*100", "").split("/")
                    if (f, a) in vals and (f, b) in vals and vals[(f, b)]:
                        exp = round(vals[(f, a)] / vals[(f, b)] * 100, 2)
                        if abs(exp - v) > 1e-9:
                            errs.append(f"rate {f}-{c} col {ci}: {v} != {exp}")
                if (f, c) in sums:
                    parts = [vals.get((f, p)) for p in sums[(f, c)]]
                    if any(p is not None for p in parts):
                        s = sum(p for p in parts if p is not None)
                        if abs(s - v) > 1e-6:
                            errs.append(f"total {f}-{c} col {ci}: {v} != sum {s}")
    return errs


if __name__ == "__main__" and True:
    for rid in sorted(build.PLAN):
        e = check_arith(build.PLAN[rid]["f"]())
        print("arith", rid, e or "ok")
