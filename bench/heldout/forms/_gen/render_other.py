"""report.html (portal page), report.xlsx (openpyxl), report.txt (tab-separated export)."""
import html as H
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

from model import Report, Table, V, fmt_number, value_gold


# ------------------------------------------------------------------ HTML
def _e(s):
    return H.escape(s or "", quote=False)


def render_html(rep: Report, path):
    omit = rep.opts.get("html_omit_end", False)
    td_end = "" if omit else "</td>"
    tr_end = "" if omit else "</tr>"
    meta_date = rep.issue_date
    y, m, d = meta_date.split("-")
    issuer_name = " ".join(rep.issuer).title().replace("Ủy Ban Nhân Dân", "Ủy ban nhân dân")
    out = []
    a = out.append
    a("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">")
    a(f"<title>{_e(rep.number)} - {_e(' '.join(rep.title[1:]))} | Cổng thông tin điện tử</title>")
    a("<link rel=\"stylesheet\" href=\"/portal/css/main.min.css\">\n<script src=\"/portal/js/jquery.min.js\"></script>")
    a("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>")
    a("</head>\n<body class=\"page-vanban\">")
    a("<div id=\"top-bar\"><a href=\"/\">Trang chủ</a> | <a href=\"/sitemap\">Sơ đồ cổng</a> | <a href=\"/en\">English</a> | "
      "<a href=\"/lien-he\">Liên hệ</a><span class=\"date\">Thứ Hai, 01/12/2026</span></div>")
    a("<div id=\"banner\"><img src=\"/portal/img/banner.png\" alt=\"Cổng thông tin điện tử\"><h1 class=\"site-name\">CỔNG THÔNG TIN ĐIỆN TỬ</h1></div>")
    a("<ul id=\"menu\"><li><a href=\"/gioi-thieu\">Giới thiệu</a></li><li><a href=\"/tin-tuc\">Tin tức - Sự kiện</a></li>"
      "<li><a href=\"/van-ban\">Văn bản chỉ đạo điều hành</a></li><li><a href=\"/dvc\">Dịch vụ công trực tuyến</a></li>"
      "<li><a href=\"/cchc\">Cải cách hành chính</a></li><li><a href=\"/hoi-dap\">Hỏi đáp</a></li></ul>")
    a("<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/van-ban\">Văn bản</a> » <span>Báo cáo</span></div>")
    a("<div class=\"container\"><div class=\"col-main\">")
    # metadata box
    a("<table class=\"vb-meta\" border=\"1\" cellpadding=\"4\">")
    meta = [("Số ký hiệu", rep.number), ("Ngày ban hành", f"{d}/{m}/{y}"), ("Loại văn bản", "Báo cáo"),
            ("Cơ quan ban hành", issuer_name), ("Trích yếu", " ".join(rep.title[1:])),
            ("Tệp đính kèm", "baocao.pdf (312 KB)")]
    for k, v in meta:
        a(f"<tr><th><p>{_e(k)}</p></th><td><p>{_e(v)}</p>{td_end}{tr_end}")
    a("</table>")
    a("<div class=\"share\">Chia sẻ: <a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a> <a href=\"#\">In trang</a></div>")
    a("<div class=\"vb-content\">")
    # header block as borderless table
    left = list(rep.issuer) + [f"Số: {rep.number}"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", rep.place_date]
    a("<table class=\"header-block\" border=\"0\" style=\"width:100%;border:none\">")
    a("<tr><td style=\"width:40%;text-align:center\">" + "".join(
        f"<p><b>{_e(x)}</b></p>" if i < len(rep.issuer) else f"<p>{_e(x)}</p>" for i, x in enumerate(left)) + td_end)
    a("<td style=\"text-align:center\">" + "".join(
        f"<p><b>{_e(x)}</b></p>" if i < 2 else f"<p><i>{_e(x)}</i></p>" for i, x in enumerate(right)) + td_end + tr_end)
    a("</table>")
    for i, line in enumerate(rep.title):
        a(f"<p style=\"text-align:center\"><strong>{_e(line)}</strong></p>")
    for para in rep.paras:
        a(f"<p style=\"text-indent:1cm;text-align:justify\">{_e(para)}</p>")
    for line in rep.signer:
        a(f"<p style=\"text-align:right\"><b>{_e(line)}</b></p>")
    for line in rep.annex_title:
        if line.startswith("("):
            a(f"<p style=\"text-align:center\"><em>{_e(line)}</em></p>")
        else:
            a(f"<p style=\"text-align:center\"><strong>{_e(line)}</strong></p>")
    for t in rep.tables:
        if t.heading:
            a(f"<p><strong>{_e(t.heading)}</strong></p>")
        if t.subtitle:
            a(f"<p><strong>{_e(t.subtitle)}</strong></p>")
        if t.caption_above:
            a(f"<p style=\"text-align:center\"><strong>{_e(t.caption_above)}</strong></p>")
        a("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse;width:100%\">")
        a("<thead>" if not omit else "<tbody>")
        for hr in t.header_grid():
            cells = []
            for (text, col, cs, rs) in hr:
                attrs = (f" colspan=\"{cs}\"" if cs > 1 else "") + (f" rowspan=\"{rs}\"" if rs > 1 else "")
                cells.append(f"<td{attrs} style=\"text-align:center\"><p><b>{_e(text)}</b></p>{td_end}")
            a("<tr>" + "".join(cells) + tr_end)
        if not omit:
            a("</thead><tbody>")
        for row in t.rows:
            cells = rep.body_cells(t, row)
            tds = []
            for ci, txt in enumerate(cells):
                inner = _e(txt)
                if row.kind in ("roman", "group") and ci < 2 and txt:
                    inner = f"<b>{inner}</b>"
                elif row.italic and ci in (1, 2) and txt:
                    inner = f"<i>{inner}</i>"
                tds.append(f"<td><p>{inner}</p>{td_end}")
            a("<tr>" + "".join(tds) + tr_end)
        a("</tbody></table>")
    a("</div>")
    a("<div class=\"related\"><h3>Văn bản liên quan</h3><ul><li><a href=\"#\">Kế hoạch cải cách hành chính năm 2025</a></li>"
      "<li><a href=\"#\">Quyết định công bố danh mục TTHC</a></li></ul></div>")
    a("</div><div class=\"col-side\"><div class=\"box\"><h3>Liên kết website</h3><select><option>-- Chọn liên kết --</option>"
      "<option>Cổng Dịch vụ công quốc gia</option></select></div><div class=\"box\"><h3>Thống kê truy cập</h3>"
      "<p>Đang truy cập: 125</p><p>Tổng lượt: 3.456.789</p></div></div></div>")
    a("<div id=\"footer\"><p>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân. Chịu trách nhiệm chính: Chánh Văn phòng.</p>"
      "<p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div>")
    a("</body>\n</html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ------------------------------------------------------------------ XLSX
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _xl_value(rep, t, row, i, as_number):
    v = row.vals[i] if i < len(row.vals) else None
    if v is None:
        return None, None
    if isinstance(v, str):
        return v, None
    if isinstance(v, V):
        if v.word or not as_number:
            return v.text, None
        num = v.num
    else:
        num = v
    if not as_number:
        return fmt_number(num, rep.style), None
    if isinstance(num, float) and not float(num).is_integer():
        return num, "0.00"
    return int(num), "#,##0"


def render_xlsx(rep: Report, path):
    wb = Workbook()
    wb.remove(wb.active)
    policy = rep.opts.get("xlsx_numbers", "mixed")  # mixed | numbers | text
    for ti, t in enumerate(rep.tables):
        name = t.sheet or (t.heading or f"Bang {ti + 1}")
        ws = wb.create_sheet(title=name[:31])
        nc = t.ncols
        r = 1
        last = chr(ord("A") + nc - 1)
        for line in rep.annex_title:
            ws.cell(r, 1, line).font = Font(bold=not line.startswith("("), italic=line.startswith("("))
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.cell(r, 1).alignment = Alignment(horizontal="center", wrap_text=True)
            r += 1
        if rep.caption and rep.caption not in rep.annex_title:
            ws.cell(r, 1, rep.caption).font = Font(italic=True)
            ws.merge_cells(f"A{r}:{last}{r}")
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
            r += 1
        r += 1
        for line in (t.heading, t.subtitle, t.caption_above):
            if line:
                ws.cell(r, 1, line).font = Font(bold=True)
                r += 1
        h0 = r
        for hi, hr in enumerate(t.header_grid()):
            for (text, col, cs, rs) in hr:
                c = ws.cell(h0 + hi, col + 1, text)
                c.font = Font(bold=True)
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if cs > 1 or rs > 1:
                    ws.merge_cells(start_row=h0 + hi, start_column=col + 1, end_row=h0 + hi + rs - 1,
                                   end_column=col + cs)
        nh = len(t.header_grid())
        for rr in range(h0, h0 + nh):
            for cc in range(1, nc + 1):
                ws.cell(rr, cc).border = BORDER
        r = h0 + nh
        for k, row in enumerate(t.rows):
            cells = rep.body_cells(t, row)
            for ci in range(nc):
                if 3 <= ci < 3 + t.nvals and row.kind == "data":
                    vi = ci - 3
                    if policy == "numbers":
                        as_num = True
                    elif policy == "text":
                        as_num = False
                    else:  # mixed: alternate by row, percent rows as text
                        as_num = (k % 3 != 1)
                    val, fmt = _xl_value(rep, t, row, vi, as_num)
                    c = ws.cell(r, ci + 1, val)
                    if fmt:
                        c.number_format = fmt
                    c.alignment = Alignment(horizontal="center")
                else:
                    txt = cells[ci]
                    # STT as text always (keeps "1.1" from becoming a number)
                    c = ws.cell(r, ci + 1, txt if txt != "" else None)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    if row.kind in ("roman", "group") and ci < 2:
                        c.font = Font(bold=True)
                    if row.italic and ci in (1, 2):
                        c.font = Font(italic=True)
                ws.cell(r, ci + 1).border = BORDER
            r += 1
        ws.column_dimensions["A"].width = 7
        ws.column_dimensions["B"].width = 60
        ws.column_dimensions["C"].width = 14
        for i in range(t.nvals):
            ws.column_dimensions[chr(ord("D") + i)].width = 14
        ws.column_dimensions[chr(ord("D") + t.nvals)].width = 30
    wb.save(path)


# ------------------------------------------------------------------ TXT
def render_txt(rep: Report, path):
    L = []
    a = L.append
    a("")
    for x in rep.issuer:
        a(x)
    a("")
    a(f"Số: {rep.number}")
    a("")
    a(rep.place_date)
    a("")
    for x in rep.title:
        a(x)
    a("")
    for p in rep.paras:
        a(p)
        a("")
    for x in rep.signer:
        a(x)
    a("")
    for x in rep.annex_title:
        a(x)
    a("")
    breaks = rep.opts.get("txt_breaks", {})  # table index -> row index before which the header repeats
    for ti, t in enumerate(rep.tables):
        nc = t.ncols
        if t.heading:
            a(t.heading + "\t" * (nc - 1))
        if t.subtitle:
            a(t.subtitle + "\t" * (nc - 1))
        if t.caption_above:
            a(t.caption_above)
        hdr = []
        for hr in t.header_grid():
            cells = [""] * nc
            for (text, col, cs, rs) in hr:
                cells[col] = text
            hdr.append("\t".join(cells))
        L.extend(hdr)
        for k, row in enumerate(t.rows):
            if k in breaks.get(ti, []):
                a("")
                a("")
                L.extend(hdr)
            cells = [c.replace("\n", " ") for c in rep.body_cells(t, row)]
            if rep.opts.get("txt_split_notes") and t.long_note_row == k and cells[-1]:
                words = cells[-1].split(" ")
                cut = len(words) * 2 // 3
                cells[-1] = " ".join(words[:cut])
                a("\t".join(cells))
                a("")
                L.extend(hdr)
                a("\t" * (nc - 1) + " ".join(words[cut:]))
                continue
            a("\t".join(cells))
        a("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
