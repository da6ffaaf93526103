"""Build all held-out Biểu mẫu reports: python build.py [rid ...]"""
import csv, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from reports_a import h01, h02, h03, h04
from reports_b import h05, h06, h07, h08
from render_docx import render_docx
from render_other import render_html, render_xlsx, render_txt
from render_rl import render_rl, render_rl_with_split

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_holdout"]

PLAN = {
    "h01": dict(f=h01, docx=True, lo_pdf=True, rl=dict(fam="dejavuserif", rules=True, split=(0, None)), txt=True, doc=True),
    "h02": dict(f=h02, docx=True, lo_pdf=True, html=True, rl=dict(fam="dejavusans", rules=True)),
    "h03": dict(f=h03, docx=True, lo_pdf=True, lo_split=3, rl=dict(fam="libsans", rules=True, split=(3, None), size=10), xlsx=True,
                ods=True, xls=True, doc=True),
    "h04": dict(f=h04, docx=True, lo_pdf=True, html=True, xlsx=True, ods=True, xls=True, doc=True),
    "h05": dict(f=h05, docx=True, lo_pdf=True, html=True, txt=True),
    "h06": dict(f=h06, docx=True, lo_pdf=True, rl=dict(fam="libsans", rules=False), xlsx=True),
    "h07": dict(f=h07, docx=True, lo_pdf=True, html=True, rl=dict(fam="dejavucond", rules=True), txt=True),
    "h08": dict(f=h08, docx=True, lo_pdf=True, html=True, xlsx=True, rl=dict(fam="dejavuserif", rules=True)),
}


def lo_convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def build(rid):
    p = PLAN[rid]
    rep = p["f"]()
    d = os.path.join(ROOT, rid)
    os.makedirs(d, exist_ok=True)
    for fn in os.listdir(d):
        os.remove(os.path.join(d, fn))
    info = {}
    if p.get("docx"):
        render_docx(rep, os.path.join(d, "report.docx"))
    if p.get("html"):
        render_html(rep, os.path.join(d, "report.html"))
    if p.get("xlsx"):
        render_xlsx(rep, os.path.join(d, "report.xlsx"))
    if p.get("txt"):
        render_txt(rep, os.path.join(d, "report.txt"))
    if p.get("rl"):
        o = dict(p["rl"])
        split = o.pop("split", None)
        out = os.path.join(d, "report_rl.pdf")
        if split:
            ti = split[0]
            k = rep.tables[ti].long_note_row
            L, sp = render_rl_with_split(rep, out, ti, k, **o)
            info["rl_split"] = (ti, k, sp, L.split_rows)
        else:
            L = render_rl(rep, out, **o)
            info["rl_split"] = L.split_rows
    tmp = f"/tmp/holdout_lo_{rid}"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    if p.get("lo_pdf"):
        lo_convert(os.path.join(d, "report.docx"), "pdf", tmp)
        shutil.move(os.path.join(tmp, "report.pdf"), os.path.join(d, "report_lo.pdf"))
        ti = p.get("lo_split")
        if ti is not None:
            import verify
            for n in range(0, 40):
                rep.opts["docx_spacer"] = {ti: n}
                render_docx(rep, os.path.join(d, "report.docx"))
                lo_convert(os.path.join(d, "report.docx"), "pdf", tmp)
                shutil.move(os.path.join(tmp, "report.pdf"), os.path.join(d, "report_lo.pdf"))
                errs, _ = verify.pdf_check(os.path.join(d, "report_lo.pdf"), rep, [])
                if any("split across pages = True" in e for e in errs):
                    info["lo_spacer"] = n
                    break
    if p.get("doc"):
        lo_convert(os.path.join(d, "report.docx"), "doc", tmp)
        shutil.move(os.path.join(tmp, "report.doc"), os.path.join(d, "report.doc"))
    if p.get("ods"):
        lo_convert(os.path.join(d, "report.xlsx"), "ods", tmp)
        shutil.move(os.path.join(tmp, "report.ods"), os.path.join(d, "report.ods"))
    if p.get("xls"):
        lo_convert(os.path.join(d, "report.xlsx"), "xls", tmp)
        shutil.move(os.path.join(tmp, "report.xls"), os.path.join(d, "report.xls"))
    gold = rep.gold()
    with open(os.path.join(d, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["form", "stt", "indicator_code", "value", "value_text"])
        w.writeheader()
        for g in gold:
            w.writerow(g)
    print(rid, len(gold), "gold rows", sorted(os.listdir(d)), info)
    return rep


if __name__ == "__main__":
    for rid in (sys.argv[1:] or sorted(PLAN)):
        build(rid)
