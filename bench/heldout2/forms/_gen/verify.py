import os, sys, csv, re, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from specs import R
from build import rows_of, header_spec, parse_val, OUT, CAT
from docx import Document
errs = 0
def err(*a):
    global errs; errs += 1; print("ERR", *a)

for rep in R:
    d = os.path.join(OUT, rep["id"])
    gold = list(csv.DictReader(open(os.path.join(d, "gold.csv"), encoding="utf-8")))
    hdr, widths, fn, cur_col = header_spec(rep)
    # expected (stt printed, cur) per value row
    exp = []
    for form in rep["forms"]:
        for (pst, code, cur, other, note, lab) in form["rows"]:
            if cur:
                exp.append((form["num"], pst, code, cur))
    assert len(exp) == len(gold), (rep["id"], len(exp), len(gold))
    for (fnum, pst, code, cur), g in zip(exp, gold):
        v, t = parse_val(cur)
        if g["stt"] != code or g["indicator_code"] != f"BM{fnum}-{code}" or (t != g["value_text"]) or (v != "" and abs(float(g["value"]) - v) > 1e-9):
            err(rep["id"], "gold mismatch", g)
        if (fnum, code) not in CAT: err(rep["id"], "no catalog", fnum, code)
    # arithmetic
    for form in rep["forms"]:
        vals = {}
        for (pst, code, cur, other, note, lab) in form["rows"]:
            if cur and cur not in ("x", "Chưa", "Không", "Có"):
                vals[code] = parse_val(cur)[0]
        for code, v in vals.items():
            c = CAT[(form["num"], code)]
            if c["formula"]:
                a, b = c["formula"].replace("*100", "").split("/")
                if a in vals and b in vals:
                    if abs(round(vals[a] * 100 / vals[b], 2) - v) > 0.006: err(rep["id"], "rate", form["num"], code, v, vals[a], vals[b])
                else:
                    print("  (rate without parts)", rep["id"], form["num"], code)
            kids = [k for k in vals if CAT[(form["num"], k)]["parent_code"] == code and CAT[(form["num"], k)]["kind"] == "count"]
            if kids and c["kind"] == "count" and not c["formula"]:
                allkids = [cc for (f, cc), r in CAT.items() if f == form["num"] and r["parent_code"] == code and r["kind"] == "count"]
                sm = sum(vals[k] for k in kids)
                if abs(sm - v) > 1e-9: err(rep["id"], "sum", form["num"], code, v, sm, kids)
    # pdfs
    for pdf in ("report_lo.pdf", "report_rl.pdf"):
        txt = subprocess.run(["pdftotext", "-layout", os.path.join(d, pdf), "-"], capture_output=True, text=True).stdout
        lines = txt.splitlines()
        if "Biểu mẫu" not in txt: err(rep["id"], pdf, "no Biểu mẫu")
        pos = 0
        for (fnum, pst, code, cur) in exp:
            pat = re.compile(r"^\s*" + re.escape(pst) + r"\s")
            found = False
            for i in range(pos, len(lines)):
                if pat.match(lines[i]) and re.search(r"(?<![\d.,])" + re.escape(cur) + r"(?![\d.,])", lines[i][len(pst) + 3:]):
                    found = True; pos = i + 1; break
            if not found:
                err(rep["id"], pdf, "row not found in order", fnum, pst, cur)
        pages = subprocess.run(["pdfinfo", os.path.join(d, pdf)], capture_output=True, text=True).stdout
        np = re.search(r"Pages:\s+(\d+)", pages).group(1)
        nh = txt.count("Đơn vị tính")
        print(rep["id"], pdf, "pages", np, "header-occurrences", nh)
    # docx tables
    doc = Document(os.path.join(d, "report.docx"))
    tabs = [t for t in doc.tables if len(t.columns) >= 5]
    if len(tabs) != len(rep["forms"]): err(rep["id"], "docx table count", len(tabs))
    for t, form in zip(tabs, rep["forms"]):
        rows = rows_of(form)
        body = t.rows[len(hdr):]
        if len(body) != len(rows): err(rep["id"], "docx rows", form["num"])
        for tr, r in zip(body, rows):
            cells = [c.text for c in tr.cells]
            if cells[0] != r["stt"] or cells[cur_col] != r["cur"]:
                err(rep["id"], "docx cell", form["num"], cells[0], cells[cur_col], r["stt"], r["cur"])
    # html
    if os.path.exists(os.path.join(d, "report.html")):
        import lxml.html
        h = lxml.html.parse(os.path.join(d, "report.html"))
        tabs = [t for t in h.getroot().iter("table") if t.find("thead") is not None]
        for t, form in zip(tabs, rep["forms"]):
            trs = t.find("tbody").findall("tr")
            for tr, r in zip(trs, rows_of(form)):
                cells = [td.text_content() for td in tr.findall("td")]
                if cells[0] != r["stt"] or cells[cur_col] != r["cur"]:
                    err(rep["id"], "html cell", cells)
        if len(tabs) != len(rep["forms"]): err(rep["id"], "html tables")
    if os.path.exists(os.path.join(d, "report.xlsx")):
        import openpyxl
        wb = openpyxl.load_workbook(os.path.join(d, "report.xlsx"))
        for ws, form in zip(wb.worksheets, rep["forms"]):
            rr = 4 + len(hdr)
            for r in rows_of(form):
                a = ws.cell(rr, 1).value; b = ws.cell(rr, cur_col + 1).value
                if r["cur"]:
                    want = parse_val(r["cur"])
                    got = parse_val(str(b)) if isinstance(b, str) else (float(b), "")
                    if a != r["stt"] or got != want: err(rep["id"], "xlsx", a, b, r["cur"])
                rr += 1
print("errors:", errs)
