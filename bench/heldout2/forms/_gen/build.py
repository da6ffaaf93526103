import csv, os, sys, subprocess, shutil, html as H
sys.path.insert(0, os.path.dirname(__file__))
from specs import R
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = {}
for r in csv.DictReader(open("/work/shared/reference/catalog.csv", encoding="utf-8")):
    CAT[(int(r["form"]), r["code"])] = r
FORM_TITLES = {1: "Công tác chỉ đạo điều hành CCHC", 2: "Cải cách thể chế", 3: "Cải cách thủ tục hành chính",
               4: "Cải cách tổ chức bộ máy", 5: "Cải cách chế độ công vụ", 6: "Cải cách tài chính công",
               7: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"}
WORDS = {"Chưa", "Không", "x", "Có"}
FONTS = {"LiberationSerif": ("Liberation Serif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                             "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                             "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"),
         "DejaVuSans": ("DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")}

def parse_val(s):
    s = s.strip()
    if s in WORDS:
        return "", s
    t = s.replace("%", "").replace(".", "").replace(",", ".")
    return float(t), ""

def rows_of(form):
    """yield dicts for each table row: kind roman/group/value, cells."""
    out = []
    if form.get("roman"):
        out.append(dict(kind="roman", stt=form["roman"], label=form["title"], dvt="", cur="", other="", note=""))
    for (pst, code, cur, other, note, lab) in form["rows"]:
        c = CAT[(form["num"], code)]
        label = lab or c["label"]
        dvt = c["measure_unit"]
        kind = "group" if cur is None else "value"
        if c["kind"] == "group" and kind == "value":
            raise SystemExit(f"group with value {form['num']} {code}")
        out.append(dict(kind=kind, stt=pst, code=code, label=label, dvt=dvt if c["kind"] != "group" else "",
                        cur=cur or "", other=other or "", note=note or ""))
    return out

def header_spec(rep):
    """returns (header_rows as list of lists of (text, colspan, rowspan)), ncols, col_widths_cm, cell_fn"""
    L = rep["layout"]
    if L in ("flat", "flatroman"):
        hdr = [[("STT", 1, 1), ("Chỉ tiêu", 1, 1), ("Đơn vị tính", 1, 1), ("Số liệu", 1, 1), ("Ghi chú", 1, 1)]]
        w = [1.7, 7.9, 2.4, 2.2, 3.2]
        fn = lambda r: [r["stt"], r["label"], r["dvt"], r["cur"], r["note"]]
        cur_col = 3
    elif L == "kqtk":
        hdr = [[("STT", 1, 2), ("Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", 1, 2),
                ("Kết quả thống kê", 2, 1), None, ("Ghi chú", 1, 2)],
               [None, None, ("Đơn vị tính", 1, 1), ("Số liệu", 1, 1), None]]
        w = [1.7, 7.7, 2.6, 2.2, 3.2]
        fn = lambda r: [r["stt"], r["label"], r["dvt"], r["cur"], r["note"]]
        cur_col = 3
    elif L == "prev":
        hdr = [[("STT", 1, 2), ("Chỉ tiêu", 1, 2), ("Đơn vị tính", 1, 2), (rep["span_label"], 2, 1), None, ("Ghi chú", 1, 2)],
               [None, None, None, (rep["prev_label"], 1, 1), (rep["cur_label"], 1, 1), None]]
        w = [1.7, 6.6, 2.2, 2.2, 2.2, 2.5]
        fn = lambda r: [r["stt"], r["label"], r["dvt"], r["other"], r["cur"], r["note"]]
        cur_col = 4
    elif L == "plan":
        hdr = [[("STT", 1, 1), ("Chỉ tiêu", 1, 1), ("Đơn vị tính", 1, 1), (rep["plan_label"], 1, 1),
                (rep["cur_label"], 1, 1), ("Ghi chú", 1, 1)]]
        w = [1.7, 6.4, 2.2, 2.2, 2.5, 2.4]
        fn = lambda r: [r["stt"], r["label"], r["dvt"], r["other"], r["cur"], r["note"]]
        cur_col = 4
    elif L == "roman":
        hdr = [[("STT", 1, 2), ("Chỉ tiêu thống kê", 1, 2), ("Đơn vị tính", 1, 2), (rep["cur_label"], 2, 1), None],
               [None, None, None, ("Số liệu", 1, 1), ("Ghi chú", 1, 1)]]
        w = [1.7, 7.7, 2.6, 2.2, 3.2]
        fn = lambda r: [r["stt"], r["label"], r["dvt"], r["cur"], r["note"]]
        cur_col = 3
    return hdr, w, fn, cur_col

# ---------------------------------------------------------------- gold
def write_gold(rep, d):
    with open(os.path.join(d, "gold.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["form", "stt", "indicator_code", "value", "value_text"])
        n = 0
        for form in rep["forms"]:
            for (pst, code, cur, other, note, lab) in form["rows"]:
                if not cur:
                    continue
                v, t = parse_val(cur)
                w.writerow([form["num"], code, f"BM{form['num']}-{code}", "" if v == "" else repr(float(v)), t])
                n += 1
    return n

# ---------------------------------------------------------------- docx
def set_cell_font(run, rep, bold=False, italic=False, size=None):
    fam = FONTS[rep["font"]][0]
    run.font.name = fam
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), fam)
    run.font.size = Pt(size or rep["size"])
    run.bold = bold; run.italic = italic

def para(doc_or_cell, text, rep, bold=False, italic=False, align=None, size=None, space_after=3):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text); set_cell_font(r, rep, bold, italic, size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p

def cell_text(cell, text, rep, bold=False, italic=False, align=None, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text); set_cell_font(r, rep, bold, italic, size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

def build_docx(rep, path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(1.6), Cm(1.8), Cm(1.8)
    st = doc.styles["Normal"]; st.font.name = FONTS[rep["font"]][0]; st.font.size = Pt(rep["size"])
    st.element.get_or_add_rPr()
    s = rep["size"]
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, rep["org1"], rep, align="c", size=s)
    p = l.add_paragraph(); rr = p.add_run(rep["org2"]); set_cell_font(rr, rep, bold=True); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = l.add_paragraph(); rr = p.add_run(rep["number"]); set_cell_font(rr, rep); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rep, bold=True, align="c", size=s - 1)
    p = r.add_paragraph(); rr = p.add_run("Độc lập - Tự do - Hạnh phúc"); set_cell_font(rr, rep, bold=True); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = r.add_paragraph(); rr = p.add_run(rep["place_date"]); set_cell_font(rr, rep, italic=True); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "", rep)
    para(doc, rep["title"], rep, bold=True, align="c", size=s + 1, space_after=0)
    para(doc, rep["subtitle"], rep, bold=True, align="c")
    para(doc, rep["recipient"], rep, align="c")
    for n in rep["narrative"]:
        para(doc, n, rep, align="j")
    para(doc, rep["caption"], rep, bold=True, align="c", space_after=0)
    for c in ("caption2", "caption3"):
        if rep.get(c):
            para(doc, rep[c], rep, italic=True, align="c", space_after=0)
    hdr, widths, fn, cur_col = header_spec(rep)
    ncol = len(widths)
    for form in rep["forms"]:
        para(doc, f"Biểu mẫu {form['num']}", rep, bold=True, space_after=0)
        para(doc, form["title"], rep, bold=True)
        rows = rows_of(form)
        tb = doc.add_table(rows=len(hdr) + len(rows), cols=ncol)
        tb.style = "Table Grid"; tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, hr in enumerate(hdr):
            for j, c in enumerate(hr):
                if c is None: continue
                text, cs, rs = c
                cell = tb.cell(i, j)
                if cs > 1 or rs > 1:
                    cell = cell.merge(tb.cell(i + rs - 1, j + cs - 1))
                cell_text(cell, text, rep, bold=True, align="c", size=s - 1)
            mark_header(tb.rows[i])
        for k, r in enumerate(rows):
            cells = fn(r)
            rowi = len(hdr) + k
            bold = r["kind"] in ("roman", "group")
            for j, txt in enumerate(cells):
                al = "c" if j in (0, 2) else ("r" if j in (cur_col, cur_col - 1) and j >= 3 else None)
                cell_text(tb.cell(rowi, j), txt, rep, bold=bold, align=al, size=s - 1)
        tb.autofit = False
        for j, col in enumerate(tb.columns):
            col.width = Cm(widths[j])
        for row in tb.rows:
            for j, cell in enumerate(row.cells):
                cell.width = Cm(widths[j])
        para(doc, "", rep)
    para(doc, rep["closing"], rep, align="j")
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r = t.rows[0].cells
    cell_text(l, rep["sign_left"][0], rep, bold=True, italic=True, size=s - 1)
    for x in rep["sign_left"][1:]:
        p = l.add_paragraph(); rr = p.add_run(x); set_cell_font(rr, rep, size=s - 2)
    cell_text(r, rep["sign_right"][0], rep, bold=True, align="c")
    for x in rep["sign_right"][1:]:
        p = r.add_paragraph(); rr = p.add_run(x); set_cell_font(rr, rep, bold=True); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

# ---------------------------------------------------------------- reportlab
def build_rl(rep, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    fam, reg, bold, it = FONTS[rep["font"]]
    key = rep["font"]
    pdfmetrics.registerFont(TTFont(key, reg)); pdfmetrics.registerFont(TTFont(key + "-B", bold))
    pdfmetrics.registerFont(TTFont(key + "-I", it))
    from reportlab.lib.fonts import addMapping
    addMapping(key, 0, 0, key); addMapping(key, 1, 0, key + "-B"); addMapping(key, 0, 1, key + "-I"); addMapping(key, 1, 1, key + "-B")
    s = rep["size"]
    P = lambda **k: ParagraphStyle("x", fontName=key, fontSize=s, leading=s * 1.25, **k)
    st_n, st_c, st_j = P(), P(alignment=TA_CENTER), P(alignment=TA_JUSTIFY, spaceAfter=4)
    st_t = ParagraphStyle("t", fontName=key, fontSize=s - 1, leading=(s - 1) * 1.2)
    st_tc = ParagraphStyle("tc", parent=st_t, alignment=TA_CENTER)
    st_tr = ParagraphStyle("tr", parent=st_t, alignment=TA_RIGHT)
    E = lambda x: H.escape(x)
    story = []
    hdr_tab = Table([[Paragraph(E(rep["org1"]) + "<br/><b>" + E(rep["org2"]) + "</b><br/>" + E(rep["number"]), st_c),
                      Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</b><br/><i>" + E(rep["place_date"]) + "</i>", st_c)]],
                    colWidths=[7 * cm, 10 * cm])
    story += [hdr_tab, Spacer(1, 10), Paragraph("<b>" + E(rep["title"]) + "</b>", st_c),
              Paragraph("<b>" + E(rep["subtitle"]) + "</b>", st_c), Spacer(1, 4), Paragraph(E(rep["recipient"]), st_c), Spacer(1, 6)]
    for n in rep["narrative"]:
        story.append(Paragraph(E(n), st_j))
    story.append(Spacer(1, 6)); story.append(Paragraph("<b>" + E(rep["caption"]) + "</b>", st_c))
    for c in ("caption2", "caption3"):
        if rep.get(c):
            story.append(Paragraph("<i>" + E(rep[c]) + "</i>", st_c))
    hdr, widths, fn, cur_col = header_spec(rep)
    ruled = rep["rl_ruled"]
    for form in rep["forms"]:
        story += [Spacer(1, 8), Paragraph(f"<b>Biểu mẫu {form['num']}</b>", st_n), Paragraph("<b>" + E(form["title"]) + "</b>", st_n), Spacer(1, 3)]
        data, styles = [], []
        for i, hr in enumerate(hdr):
            row = []
            for j, c in enumerate(hr):
                if c is None:
                    row.append("")
                else:
                    text, cs, rs = c
                    row.append(Paragraph("<b>" + E(text) + "</b>", st_tc))
                    if cs > 1 or rs > 1:
                        styles.append(("SPAN", (j, i), (j + cs - 1, i + rs - 1)))
            assert len(row) == len(widths)
            data.append(row)
        # fix rows where spans put placeholders: rebuild row 0 sized correctly
        for r in rows_of(form):
            cells = fn(r)
            b = r["kind"] in ("roman", "group")
            row = []
            for j, txt in enumerate(cells):
                stl = st_tc if j in (0, 2) else (st_tr if j >= 3 and j in (cur_col, cur_col - 1) else st_t)
                t = E(txt)
                row.append(Paragraph("<b>" + t + "</b>" if b and t else t, stl))
            data.append(row)
        tb = Table(data, colWidths=[w * cm for w in widths], repeatRows=len(hdr), splitByRow=1)
        base = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), key),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if ruled:
            base.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        tb.setStyle(TableStyle(base + styles))
        story.append(tb)
    story += [Spacer(1, 10), Paragraph(E(rep["closing"]), st_j), Spacer(1, 8)]
    left = "<b><i>" + E(rep["sign_left"][0]) + "</i></b><br/>" + "<br/>".join(E(x) for x in rep["sign_left"][1:])
    right = "<br/>".join("<b>" + E(x) + "</b>" if x else "&nbsp;" for x in rep["sign_right"])
    story.append(Table([[Paragraph(left, st_t), Paragraph(right, st_c)]], colWidths=[8 * cm, 9 * cm]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title=rep["subtitle"], author=rep["org2"])
    doc.build(story)

# ---------------------------------------------------------------- html
def build_html(rep, path):
    hdr, widths, fn, cur_col = header_spec(rep)
    E = H.escape
    o = ['<!DOCTYPE html>', '<html lang="vi"><head><meta charset="utf-8"><title>' + E(rep["subtitle"]) + '</title>',
         '<style>body{font-family:"%s";font-size:%dpt} table{border-collapse:collapse;width:100%%} td,th{border:1px solid #000;padding:2px 4px} .hd td{border:none}</style></head><body>' % (FONTS[rep["font"]][0], rep["size"])]
    o.append('<table class="hd"><tr><td style="text-align:center">%s<br><b>%s</b><br>%s</td><td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><i>%s</i></td></tr></table>'
             % (E(rep["org1"]), E(rep["org2"]), E(rep["number"]), E(rep["place_date"])))
    o.append('<h2 style="text-align:center">%s<br>%s</h2><p style="text-align:center">%s</p>' % (E(rep["title"]), E(rep["subtitle"]), E(rep["recipient"])))
    for n in rep["narrative"]:
        o.append("<p>" + E(n) + "</p>")
    o.append('<p style="text-align:center"><b>%s</b>' % E(rep["caption"]))
    for c in ("caption2", "caption3"):
        if rep.get(c): o.append("<br><i>" + E(rep[c]) + "</i>")
    o.append("</p>")
    for form in rep["forms"]:
        o.append("<h3>Biểu mẫu %d<br>%s</h3>" % (form["num"], E(form["title"])))
        o.append("<table><thead>")
        for hr in hdr:
            o.append("<tr>")
            for c in hr:
                if c is None: continue
                text, cs, rs = c
                a = (' colspan="%d"' % cs if cs > 1 else "") + (' rowspan="%d"' % rs if rs > 1 else "")
                o.append("<th%s>%s</th>" % (a, E(text)))
            o.append("</tr>")
        o.append("</thead><tbody>")
        for r in rows_of(form):
            cells = fn(r)
            b = r["kind"] in ("roman", "group")
            o.append("<tr>" + "".join("<td>%s</td>" % (("<b>%s</b>" % E(c)) if b and c else E(c)) for c in cells) + "</tr>")
        o.append("</tbody></table>")
    o.append("<p>" + E(rep["closing"]) + "</p>")
    o.append('<table class="hd"><tr><td><b><i>%s</i></b><br>%s</td><td style="text-align:center">%s</td></tr></table>'
             % (E(rep["sign_left"][0]), "<br>".join(E(x) for x in rep["sign_left"][1:]),
                "<br>".join("<b>%s</b>" % E(x) for x in rep["sign_right"])))
    o.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(o))

# ---------------------------------------------------------------- xlsx
def build_xlsx(rep, path):
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, Border, Side
    hdr, widths, fn, cur_col = header_spec(rep)
    wb = Workbook(); wb.remove(wb.active)
    fam = FONTS[rep["font"]][0]
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    mode = rep["xlsx"]
    for form in rep["forms"]:
        ws = wb.create_sheet(f"Biểu mẫu {form['num']}")
        ncol = len(widths)
        ws.cell(1, 1, f"Biểu mẫu {form['num']}").font = Font(name=fam, bold=True)
        ws.cell(2, 1, form["title"]).font = Font(name=fam, bold=True)
        ws.cell(3, 1, rep["caption2"]).font = Font(name=fam, italic=True)
        ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
        r0 = 4
        for i, hr in enumerate(hdr):
            for j, c in enumerate(hr):
                if c is None: continue
                text, cs, rs = c
                cell = ws.cell(r0 + i, j + 1, text); cell.font = Font(name=fam, bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if cs > 1 or rs > 1:
                    ws.merge_cells(start_row=r0 + i, start_column=j + 1, end_row=r0 + i + rs - 1, end_column=j + cs)
        for i in range(len(hdr)):
            for j in range(ncol): ws.cell(r0 + i, j + 1).border = bd
        rr = r0 + len(hdr)
        for r in rows_of(form):
            cells = fn(r)
            for j, txt in enumerate(cells):
                val = txt
                if j in (cur_col, cur_col - 1) and j >= 3 and txt and txt not in WORDS:
                    v, _ = parse_val(txt)
                    if mode == "numeric":
                        val = int(v) if v == int(v) and not txt.startswith("0") or (v == int(v) and txt == "0") else v
                        if isinstance(val, float) and val == int(val) and txt.startswith("0") and len(txt) > 1:
                            val = int(v)
                    elif mode == "mixed":
                        val = int(v) if (v == int(v) and "," not in txt and not (txt.startswith("0") and len(txt) > 1)) else txt
                c = ws.cell(rr, j + 1, val)
                c.font = Font(name=fam, bold=r["kind"] != "value")
                c.alignment = Alignment(wrap_text=True, vertical="center")
                c.border = bd
                if isinstance(val, int) and abs(val) >= 1000:
                    c.number_format = "#,##0"
            rr += 1
        for j, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGH"[j]].width = w * 5
    wb.save(path)

def main():
    only = sys.argv[1:]
    prof = "file:///tmp/lo_blind_forms"
    for rep in R:
        if only and rep["id"] not in only: continue
        d = os.path.join(OUT, rep["id"]); os.makedirs(d, exist_ok=True)
        n = write_gold(rep, d)
        build_docx(rep, os.path.join(d, "report.docx"))
        build_rl(rep, os.path.join(d, "report_rl.pdf"))
        if rep.get("html"): build_html(rep, os.path.join(d, "report.html"))
        if rep.get("xlsx"): build_xlsx(rep, os.path.join(d, "report.xlsx"))
        tmp = "/tmp/lo_blind_forms_out"; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf", "--outdir", tmp,
                        os.path.join(d, "report.docx")], check=True, capture_output=True, timeout=180)
        shutil.move(os.path.join(tmp, "report.pdf"), os.path.join(d, "report_lo.pdf"))
        print(rep["id"], "gold rows", n)

if __name__ == "__main__":
    main()
