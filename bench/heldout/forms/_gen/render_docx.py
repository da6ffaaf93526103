"""report.docx through python-docx (real Word tables)."""
import copy
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from model import Report, Table


def _set_cell_text(cell, text, bold=False, italic=False, align=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def _no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def _header_texts(rep: Report):
    left = list(rep.issuer) + ["———", f"Số: {rep.number}"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "———", rep.place_date]
    return left, right


def _header_table(container, rep, width_cm=17):
    left, right = _header_texts(rep)
    if hasattr(container, "is_linked_to_previous"):
        t = container.add_table(1, 2, Cm(width_cm))
    else:
        t = container.add_table(rows=1, cols=2)
    _no_borders(t)
    t.autofit = False
    for i, w in enumerate((6.5, 10.5)):
        t._tbl.tblGrid.findall(qn("w:gridCol"))[i].set(qn("w:w"), str(int(w / 2.54 * 1440)))
        t.rows[0].cells[i].width = Cm(w)
    for cell, lines, boldn in ((t.rows[0].cells[0], left, len(rep.issuer)), (t.rows[0].cells[1], right, 2)):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(line)
            run.bold = i < boldn
            run.italic = line == rep.place_date
            run.font.size = Pt(12 if i < boldn else 13)
    return t


def _header_paras(doc, rep):
    left, right = _header_texts(rep)
    out = []
    for lines in (left, right):
        for i, line in enumerate(lines):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = i < 2
            out.append(p)
    return out


def _wrap_sdt(doc, paras, tag="HeaderBlock"):
    """Move the given body paragraphs into a block-level content control (w:sdt)."""
    body = doc.element.body
    first = paras[0]._p
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Thông tin văn bản")
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    sdtPr.append(alias)
    sdtPr.append(t)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    first.addprevious(sdt)
    for p in paras:
        content.append(p._p)


def add_table(doc, rep: Report, t: Table, widths):
    grid = t.header_grid()
    nh = len(grid)
    nrows = nh + len(t.rows)
    tbl = doc.add_table(rows=nrows, cols=t.ncols)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    gridcols = tbl._tbl.tblGrid.findall(qn("w:gridCol"))
    for i, w in enumerate(widths):
        gridcols[i].set(qn("w:w"), str(int(w / 2.54 * 1440)))
        for row in tbl.rows:
            row.cells[i].width = Cm(w)
    # header
    for ri, hr in enumerate(grid):
        for (text, col, cs, rs) in hr:
            c = tbl.cell(ri, col)
            if cs > 1 or rs > 1:
                c = c.merge(tbl.cell(ri + rs - 1, col + cs - 1))
            _set_cell_text(c, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=11)
        _repeat_header(tbl.rows[ri])
    for k, row in enumerate(t.rows):
        cells = rep.body_cells(t, row)
        bold = row.kind in ("roman", "group")
        for ci, txt in enumerate(cells):
            align = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 2) or 3 <= ci < 3 + t.nvals else None
            _set_cell_text(tbl.cell(nh + k, ci), txt, bold=bold and ci < 2, italic=row.italic and ci in (1, 2),
                           align=align, size=11)
    return tbl


def render_docx(rep: Report, path, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(2)
    mode = rep.opts.get("docx_header", "table")
    if mode == "table":
        _header_table(doc, rep)
    elif mode == "sdt":
        paras = _header_paras(doc, rep)
        _wrap_sdt(doc, paras)
    elif mode == "pageheader":
        sec.different_first_page_header_footer = True
        hdr = sec.first_page_header
        hdr.is_linked_to_previous = False
        hdr.paragraphs[0].text = ""
        t = _header_table(hdr, rep, width_cm=17)
        sec.header_distance = Cm(0.8)
        sec.top_margin = Cm(5.2)
    else:
        _header_paras(doc, rep)
    doc.add_paragraph()
    for i, line in enumerate(rep.title):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(14 if i == 0 else 13)
    for para in rep.paras:
        p = doc.add_paragraph(para)
        p.paragraph_format.first_line_indent = Cm(1)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if rep.signer:
        for line in rep.signer:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(line).bold = True
    # annex on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    for i, line in enumerate(rep.annex_title):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i < len(rep.annex_title) - 1 or not line.startswith("(")
        r.italic = line.startswith("(")
    usable = 17.0
    for ti, t in enumerate(rep.tables):
        spacer = rep.opts.get("docx_spacer", {}).get(ti, 0)
        for _ in range(spacer):
            doc.add_paragraph("")
        if t.heading:
            p = doc.add_paragraph()
            p.add_run(t.heading).bold = True
            p.paragraph_format.space_before = Pt(10)
        if t.subtitle:
            p = doc.add_paragraph()
            p.add_run(t.subtitle).bold = True
        if t.caption_above:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(t.caption_above).bold = True
        nv = t.nvals
        maxc = max([len(rep.cell_text(r, i)) for r in t.rows for i in range(nv)] + [4])
        valw = max(2.0 if nv > 1 else 2.2, 0.2 * maxc + 0.55)
        notew = 3.0
        sttw = max(1.2, 0.19 * max(len(r.printed) for r in t.rows) + 0.5)
        widths = [sttw, usable - sttw - 2.2 - valw * nv - notew, 2.2] + [valw] * nv + [notew]
        add_table(doc, rep, t, widths)
        doc.add_paragraph()
    doc.save(path)
