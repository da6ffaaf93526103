"""Office formats and markup: workbooks, old Word files, HTML5 pages and DOCX read into the
same grid as a text export, so the same form reads the same from each."""
import datetime as dt

import pytest

from core.errors import ConverterUnavailable, UnreadableFile
from extract.route import extract_bytes, file_type_of, sniff
from extract.sheet import format_number, format_value, sheet_lines
from extract.text import extract_export
from fixtures_formats import CAPTION, EXPECTED, fixture, tiny_docx, tiny_xlsx
from runner.document import process_bytes


def _table_rows(result):
    return {(o.form, o.stt, o.value if o.value is not None else o.value_text)
            for o in result.observations
            if o.origin == "table" and (o.value is not None or o.value_text)}


# ------------------------------------------------------------------------- numbers
@pytest.mark.parametrize("value,code,text", [
    (2378231.0, False, "2378231"),
    (44.64, False, "44,64"),
    (0.1 + 0.2, False, "0,3"),
    (12, False, "12"),
    (1.1, True, "1.1"),          # an STT typed as a number keeps its point
    (3.0, True, "3"),
    (-5.5, False, "-5,5"),
    (True, False, "1"),
])
def test_format_number(value, code, text):
    assert format_number(value, code) == text


def test_format_value_dates_and_text():
    assert format_value(dt.date(2025, 9, 30)) == "30/09/2025"
    assert format_value(dt.datetime(2025, 9, 30, 0, 0)) == "30/09/2025"
    assert format_value("  Số  hồ\xa0sơ ") == "Số hồ sơ"
    assert format_value("Ho\u0300a") == "Hòa"
    assert format_value(None) == ""


def test_sheet_lines_spans_captions_and_stt_column():
    rows = [["(Kèm theo Báo cáo số 5/BC-UBND)", "", "", ""],
            ["TT", "Chỉ tiêu", "Kỳ này", ""],
            [2.1, "Số hồ sơ", 1500.0, "stale text under a merge"]]
    lines = sheet_lines(rows, spans=[(2, 2, 2, 3)], page=1)
    assert not lines[0].is_row and lines[0].plain.startswith("(Kèm theo")
    assert lines[1].texts == ["TT", "Chỉ tiêu", "Kỳ này"]
    assert lines[2].texts == ["2.1", "Số hồ sơ", "1500"]     # the covered cell emptied: no 4th column
    assert all(ln.page == 1 for ln in lines)


# ------------------------------------------------------------------------- workbooks
@pytest.mark.parametrize("name", ["report.xlsx", "report.ods", "report.xls"])
def test_workbook_reads_like_any_export(name):
    data = tiny_xlsx() if name.endswith("xlsx") else fixture("tiny_form." + name.split(".")[1])
    result = process_bytes(data, name)
    assert result.status == "ok", result.error
    assert result.file_type == name.split(".")[1]
    assert _table_rows(result) == EXPECTED
    doc = extract_bytes(data, file_type_of(name))
    texts = [ln.plain for ln in doc.lines() if not ln.is_row]
    assert CAPTION in texts                         # the caption reaches the metadata parser
    assert doc.page_count == 1                      # the hidden sheet is not a page
    header = next(ln for ln in doc.lines() if ln.is_row and ln.cells[0].text == "STT")
    assert header.texts[2:4] == ["Năm 2025", ""]    # a merged header keeps its first slot


def test_workbook_named_xls_holding_html_is_read_as_html():
    page = ("<html><body><p>Biểu mẫu 3</p><table><tr><td>STT<td>Chỉ tiêu thống kê<td>Đơn vị tính<td>Số liệu"
            "<tr><td>1<td>Thống kê TTHC<td><td>"
            "<tr><td>1.1<td>Số TTHC được phê duyệt phương án đơn giản hóa<td>Thủ tục<td>12</table>")
    result = process_bytes(page.encode(), "export.xls")
    assert result.file_type == "xls"
    assert (3, "1.1", 12.0) in _table_rows(result)


def test_sniff_office_magic():
    assert sniff(fixture("tiny_form.xls")) == "ole"
    assert sniff(b"{\\rtf1\\ansi hello}") == "rtf"


# ------------------------------------------------------------------------- Word
def test_docx_content_controls_merges_and_layout_tables():
    result = process_bytes(tiny_docx(), "report.docx")
    assert result.status == "ok", result.error
    assert _table_rows(result) == EXPECTED          # values inside w:sdt are read
    assert result.meta.doc_number == "412/BC-UBND"  # from the borderless header table
    assert result.meta.issue_date == dt.date(2025, 10, 5)
    texts = [ln.plain for ln in extract_export(tiny_docx(), "docx").lines()]
    assert texts.index("Số: 412/BC-UBND") < texts.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "Văn phòng UBND huyện Tam Nông" in texts  # page header text
    assert "TM. ỦY BAN NHÂN DÂN" in texts            # signature block as running text


def _docx_with_body(body_xml: str) -> bytes:
    import io
    import zipfile
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f"<w:document {w}><w:body>{body_xml}</w:body></w:document>")
    return buf.getvalue()


def _tc(text, props=""):
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def test_docx_vmerge_and_grid_before_keep_columns():
    rows = ("<w:tr>" + _tc("STT") + _tc("Chỉ tiêu") + _tc("Kết quả", '<w:gridSpan w:val="2"/>') + "</w:tr>"
            "<w:tr>" + _tc("1", '<w:vMerge w:val="restart"/>') + _tc("Số hồ sơ") + _tc("Hồ sơ") + _tc("40") + "</w:tr>"
            "<w:tr>" + _tc("", "<w:vMerge/>") + _tc("tiếp theo") + _tc("Hồ sơ") + _tc("41") + "</w:tr>"
            '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + _tc("Tổng") + _tc("Hồ sơ") + _tc("81") + "</w:tr>")
    doc = extract_export(_docx_with_body(f"<w:tbl>{rows}</w:tbl>"), "docx")
    grid = [ln.texts for ln in doc.lines() if ln.is_row]
    assert grid == [["STT", "Chỉ tiêu", "Kết quả", ""],
                    ["1", "Số hồ sơ", "Hồ sơ", "40"],
                    ["", "tiếp theo", "Hồ sơ", "41"],
                    ["", "Tổng", "Hồ sơ", "81"]]


def test_docx_text_box_read_once():
    box = ('<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Số: 77/BC-UBND</w:t></w:r></w:p>'
           '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>'
           '<w:t>Số: 77/BC-UBND</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r></w:p>')
    texts = [ln.plain for ln in extract_export(_docx_with_body(box), "docx").lines() if ln.plain]
    assert texts == ["Neo", "Số: 77/BC-UBND"]


def test_doc_named_error_when_libreoffice_is_missing(monkeypatch):
    monkeypatch.setenv("CCHC_SOFFICE", "/nonexistent/soffice")
    result = process_bytes(fixture("tiny_form.doc"), "old.doc")
    assert result.status == "failed"
    assert "LibreOffice" in result.error and "libreoffice-writer-nogui" in result.error
    with pytest.raises(ConverterUnavailable):
        extract_bytes(fixture("tiny_form.doc"), "doc")


@pytest.mark.slow
def test_doc_through_libreoffice():
    from extract.office import soffice_path
    if soffice_path() is None:
        pytest.skip("LibreOffice is not installed")
    result = process_bytes(fixture("tiny_form.doc"), "old.doc")
    assert result.status == "ok", result.error
    assert result.file_type == "doc"
    assert _table_rows(result) == EXPECTED
    assert result.meta.doc_number == "412/BC-UBND"


def test_doc_holding_nothing_office_like_is_a_clear_failure():
    with pytest.raises(UnreadableFile, match="no Word, OpenDocument or RTF"):
        extract_bytes(b"just some words", "doc")


# ------------------------------------------------------------------------- HTML
PORTAL = """<!DOCTYPE html><html><head><title>Cổng thông tin</title></head><body>
<nav>Trang chủ | Đăng nhập</nav>
<table class="layout"><tr><td>
<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH HẬU GIANG</p><p>Số: 208/BC-UBND</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p><i>Hậu Giang, ngày 30 tháng 9 năm 2025</i></p></td></tr></table>
<p>BÁO CÁO</p><p>Kết quả cải cách hành chính quý III năm 2025</p>
<p>Biểu mẫu 3</p>
<table border=1>
<tr><th rowspan=2><p>STT</p><th rowspan=2><p>Chỉ tiêu thống kê</p><th colspan=2><p>Năm 2025</p><th rowspan=2>Ghi chú
<tr><th><p>ĐVT</p><th><p>Số liệu</p>
<tr><td><p>1</p><td><p>Thống kê</p><p>TTHC</p><td><td><td>
<tr><td><p>1.1</p><td><p>Số TTHC được phê duyệt</p><p>phương án đơn giản hóa</p><td><p>Thủ tục</p><td><p>12</p><td>
<tr><td>1.2<td>Số TTHC công bố mới<td>Thủ tục<td>Chưa<td>
</table>
</td></tr></table>
<footer><p>Copyright © 2025</p></footer></body></html>"""


def test_html5_page_omitted_end_tags_paragraphs_and_wrappers():
    result = process_bytes(PORTAL.encode(), "page.html")
    assert result.status == "ok", result.error
    assert _table_rows(result) == {(3, "1.1", 12.0), (3, "1.2", "Chưa")}
    assert result.meta.doc_number == "208/BC-UBND"
    assert result.meta.issue_date == dt.date(2025, 9, 30)
    doc = extract_export(PORTAL.encode(), "html")
    rows = [ln.texts for ln in doc.lines() if ln.is_row]
    assert rows[0] == ["STT", "Chỉ tiêu thống kê", "Năm 2025", "", "Ghi chú"]
    assert rows[1] == ["", "", "ĐVT", "Số liệu", ""]             # rowspans keep the columns
    assert rows[3][1] == "Số TTHC được phê duyệt phương án đơn giản hóa"
    joined = "\n".join(ln.plain for ln in doc.lines())
    assert "Đăng nhập" not in joined and "Copyright" not in joined


def test_table_with_figures_that_no_form_reads_is_partial():
    page = ("<html><body><p>Số liệu tổng hợp</p><table>"
            + "".join(f"<tr><td>x{i}</td><td>mục {i}</td><td>{i * 7}</td></tr>" for i in range(5))
            + "</table></body></html>")
    result = process_bytes(page.encode(), "stats.html")
    assert result.status == "partial"
    assert "table rows with figures" in result.error


def test_html_table_that_cannot_be_read_is_reported(monkeypatch):
    import extract.html as html

    def broken(rows):
        raise ValueError("bad grid")
    monkeypatch.setattr(html, "table_lines", broken)
    result = process_bytes(PORTAL.encode(), "page.html")
    assert result.status == "partial"
    assert "tables could not be read" in result.error and "bad grid" in result.error


def test_percent_format_cells_and_a_sheet_without_stt_header():
    import io

    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["I", "Nhóm chỉ tiêu"])
    ws.append([1, "Tỷ lệ hồ sơ đúng hạn", "%", 0.4464])
    ws["D2"].number_format = "0.00%"
    ws.append([1.1, "Số hồ sơ", "Hồ sơ", 2.5])
    buf = io.BytesIO()
    wb.save(buf)
    rows = [ln.texts for ln in extract_bytes(buf.getvalue(), "xlsx").lines()]
    assert rows[1] == ["1", "Tỷ lệ hồ sơ đúng hạn", "%", "44,64%"]   # a fraction shown as a percentage
    assert rows[2] == ["1.1", "Số hồ sơ", "Hồ sơ", "2,5"]            # codes in the first column keep the point


def _p(*parts):
    runs = "<w:r><w:tab/></w:r>".join(f"<w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r>" for p in parts)
    return f"<w:p>{runs}</w:p>"


def test_docx_header_typed_with_tabs_reads_as_two_columns():
    body = (_p("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            + _p("HUYỆN CẦU KÈ", "Độc lập - Tự do - Hạnh phúc")
            + _p("Số: 91/BC-UBND", "Cầu Kè, ngày 30 tháng 6 năm 2024")
            + _p("BÁO CÁO") + _p("a)", "một việc nhỏ"))
    texts = [ln.plain for ln in extract_export(_docx_with_body(body), "docx").lines() if ln.plain]
    assert texts[:6] == ["ỦY BAN NHÂN DÂN", "HUYỆN CẦU KÈ", "Số: 91/BC-UBND",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Cầu Kè, ngày 30 tháng 6 năm 2024"]
    assert texts[-1] == "a) một việc nhỏ"           # a list marker and its text stay one line
    result = process_bytes(_docx_with_body(body), "tabs.docx")
    assert result.meta.doc_number == "91/BC-UBND"
    assert result.meta.issue_date == dt.date(2024, 6, 30)


def test_html_caption_heads_its_table():
    page = ("<table><caption>Biểu mẫu 3</caption><tr><th>STT<th>Chỉ tiêu thống kê<th>Đơn vị tính<th>Số liệu"
            "<tr><td>1<td>Thống kê TTHC<td><td><tr><td>1.1<td>Số TTHC công bố mới<td>Thủ tục<td>9</table>")
    lines = list(extract_export(page.encode(), "html").lines())
    assert lines[0].texts == ["Biểu mẫu 3"]          # the caption comes first, as a heading line
    assert lines[1].texts == ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"]


def test_layout_table_title_row_stays_between_column_runs():
    page = ("<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>XÃ TÂN LỘC</p></td>"
            "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>"
            "<tr><td>Số: 15/BC-UBND</td><td>Tân Lộc, ngày 2 tháng 4 năm 2024</td></tr>"
            "<tr><td colspan=2><p>BÁO CÁO</p><p>Kết quả cải cách hành chính quý I năm 2024</p></td></tr></table>"
            "<p>Thực hiện kế hoạch, xã báo cáo như sau:</p>")
    texts = [ln.plain for ln in extract_export(page.encode(), "html").lines() if ln.plain]
    assert texts == ["ỦY BAN NHÂN DÂN", "XÃ TÂN LỘC", "Số: 15/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Tân Lộc, ngày 2 tháng 4 năm 2024", "BÁO CÁO",
                     "Kết quả cải cách hành chính quý I năm 2024", "Thực hiện kế hoạch, xã báo cáo như sau:"]
    meta = process_bytes(page.encode(), "h.html").meta
    assert meta.title == "Kết quả cải cách hành chính quý I năm 2024"
    assert meta.doc_number == "15/BC-UBND"


def test_docx_alt_chunk_html_is_read_in_place():
    import io
    import zipfile
    w = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="c1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
            'Target="chunk1.html"/></Relationships>')
    chunk = ("<html><body><p>Biểu mẫu 3</p><table><tr><td>STT<td>Chỉ tiêu thống kê<td>Đơn vị tính<td>Số liệu"
             "<tr><td>1<td>Thống kê TTHC<td><td><tr><td>1.1<td>Số TTHC công bố mới<td>Thủ tục<td>9</table>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<w:document {w}><w:body><w:p><w:r><w:t>Mở đầu</w:t></w:r></w:p>'
                                         f'<w:altChunk r:id="c1"/></w:body></w:document>')
        zf.writestr("word/_rels/document.xml.rels", rels)
        zf.writestr("word/chunk1.html", chunk)
    lines = list(extract_export(buf.getvalue(), "docx").lines())
    assert [ln.plain for ln in lines[:2]] == ["Mở đầu", "Biểu mẫu 3"]
    assert ["1.1", "Số TTHC công bố mới", "Thủ tục", "9"] in [ln.texts for ln in lines]
