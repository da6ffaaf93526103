"""Tiny fixed samples of the office formats: one Biểu mẫu 3 excerpt in a workbook and a
Word file, built in code (openpyxl, python-docx); ``tests/fixtures/tiny_form.{ods,xls,doc}``
are the same files converted once by LibreOffice (``soffice --headless --convert-to ods|xls``
of the workbook, ``--convert-to doc`` of the Word file) and committed, so the tests do not
need LibreOffice except where they test the conversion itself.

Values are stored the way a unit's workbook stores them: numbers as numbers (2378231.0,
44.64), an STT typed as the number 1.1, a word (``Chưa``) as text.
"""
from __future__ import annotations

import io
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")
CAPTION = "(Kèm theo Báo cáo số 412/BC-UBND ngày 05 tháng 10 năm 2025 của Ủy ban nhân dân huyện Tam Nông)"
ROWS = [  # STT as stored, label, unit, value as stored
    ("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", None, None),
    (1, "Thống kê TTHC", None, None),
    (1.1, "Số TTHC được phê duyệt phương án đơn giản hóa", "Thủ tục", 12),
    (1.2, "Số TTHC công bố mới", "Thủ tục", "Chưa"),
    (2, "Thực hiện cơ chế một cửa, một cửa liên thông", None, None),
    (2.1, "Số TTHC liên thông cùng cấp", "Thủ tục", 7),
    (3, "Kết quả giải quyết TTHC", None, None),
    ("3.1", "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "%", 44.64),
    ("3.1.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", 2378231.0),
]
# (form, stt, value or word) the forms parser must read from every rendering
EXPECTED = {(3, "1.1", 12.0), (3, "1.2", "Chưa"), (3, "2.1", 7.0), (3, "3.1", 44.64), (3, "3.1.1", 2378231.0)}


def tiny_xlsx() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "BM3"
    ws.cell(1, 1, CAPTION)
    ws.merge_cells("A1:E1")
    ws.cell(3, 1, "Biểu mẫu 3")
    ws.cell(4, 1, "STT"); ws.merge_cells("A4:A5")
    ws.cell(4, 2, "Chỉ tiêu thống kê"); ws.merge_cells("B4:B5")
    ws.cell(4, 3, "Năm 2025"); ws.merge_cells("C4:D4")
    ws.cell(4, 5, "Ghi chú"); ws.merge_cells("E4:E5")
    ws.cell(5, 3, "Đơn vị tính")
    ws.cell(5, 4, "Số liệu")
    for i, (stt, label, unit, value) in enumerate(ROWS):
        r = 6 + i
        ws.cell(r, 1, stt)
        ws.cell(r, 2, label)
        if unit is not None:
            ws.cell(r, 3, unit)
        if value is not None:
            ws.cell(r, 4, value)
    hidden = wb.create_sheet("ghi chu")
    hidden.cell(1, 1, "bảng nháp không in")
    hidden.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def tiny_docx() -> bytes:
    """Header block and signature as borderless tables, the form as a ruled table with a
    spanned header, and the value cells inside content controls (w:sdt)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    head = d.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    left.paragraphs[0].text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("HUYỆN TAM NÔNG")
    left.add_paragraph("Số: 412/BC-UBND")
    right.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    right.add_paragraph("Tam Nông, ngày 05 tháng 10 năm 2025")
    d.add_paragraph("BÁO CÁO")
    d.add_paragraph("Kết quả công tác cải cách hành chính quý III năm 2025")
    d.add_paragraph("Biểu mẫu 3")
    t = d.add_table(rows=2 + len(ROWS), cols=5)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Chỉ tiêu thống kê"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Năm 2025"
    t.cell(0, 4).merge(t.cell(1, 4)).text = "Ghi chú"
    t.cell(1, 2).text = "Đơn vị tính"
    t.cell(1, 3).text = "Số liệu"
    for i, (stt, label, unit, value) in enumerate(ROWS):
        cells = t.rows[2 + i].cells
        cells[0].text = str(stt)
        cells[1].text = label
        cells[2].text = unit or ""
        cells[3].text = "" if value is None else (
            value if isinstance(value, str) else
            ("2.378.231" if value == 2378231.0 else str(value).replace(".", ",")))
        tc = cells[3]._tc
        paras = [p for p in tc if p.tag == qn("w:p")]
        sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
        sdt.append(OxmlElement("w:sdtPr"))
        sdt.append(content)
        paras[0].addprevious(sdt)
        for p in paras:
            content.append(p)
    sign = d.add_table(rows=1, cols=2)
    sign.cell(0, 0).paragraphs[0].text = "Nơi nhận:"
    sign.cell(0, 0).add_paragraph("- Lưu: VT.")
    sign.cell(0, 1).paragraphs[0].text = "TM. ỦY BAN NHÂN DÂN"
    sign.cell(0, 1).add_paragraph("CHỦ TỊCH")
    d.sections[0].header.paragraphs[0].text = "Văn phòng UBND huyện Tam Nông"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
