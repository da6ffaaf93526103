"""One line per irregularity of Biểu mẫu tables (parsers/forms.py, grid.py, stt.py,
extract/layout.py, normalize/numbers.py, catalog.py).

Each case is a small grid written in a compact form (rows one per line, cells split by
``|``; a line without ``|`` is running text) with other units' wording, and the rows it
must give: ``(form, stt, value, column)`` after normalization, in document order, for
rows that carry a value. Wording and figures are invented for these tests.
"""
from __future__ import annotations

import io

import pytest

from core.records import Cell, Line, Observation
from extract.layout import TextLine, Word, unruled_grids, unruled_lines
from normalize.observations import normalize_observations
from parsers.forms import parse_forms


def grid(spec: str) -> list[Line]:
    out = []
    for raw in spec.strip("\n").splitlines():
        raw = raw.strip()
        if "|" in raw:
            out.append(Line([Cell(c.strip()) for c in raw.split("|")], table=1))
        else:
            out.append(Line([Cell(raw)]))
    return out


def read(spec: str) -> list[Observation]:
    obs = parse_forms(grid(spec))
    normalize_observations(obs)
    return obs


def valued(obs) -> list[tuple]:
    return [(o.form, o.stt, o.value if o.value is not None else o.value_text, o.column)
            for o in obs if o.value is not None or o.value_text is not None]


HEAD1 = "Biểu mẫu 1\nCông tác chỉ đạo, điều hành CCHC"
HEAD3 = "Biểu mẫu 3\nCải cách thủ tục hành chính"

CASES = [
    # --- column roles from any header ------------------------------------------------
    ("previous | current", HEAD1 + """
     TT | Nội dung | ĐVT | Kỳ trước | Kỳ này
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 5 | 9
     """, [(1, "1", 9.0, "current"), (1, "1", 5.0, "previous")]),
    ("plan | done | rate", HEAD1 + """
     STT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)
     2.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 40 | 38 | 95
     """, [(1, "2.1", 38.0, "current"), (1, "2.1", 40.0, "plan"), (1, "2.1", 95.0, "rate")]),
    ("in the month | cumulative", HEAD1 + """
     STT | Chỉ tiêu | ĐVT | Trong tháng | Lũy kế từ đầu năm
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 2 | 17
     """, [(1, "1", 2.0, "current"), (1, "1", 17.0, "cumulative")]),
    ("two years and a comparison: the latest year is the report's own", HEAD3 + """
     STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | So sánh (%)
     1.1 | Số TTHC thuộc thẩm quyền giải quyết của cấp tỉnh | Thủ tục | 1.210 | 1.302 | 107,6
     """, [(3, "1.1", 1302.0, "current"), (3, "1.1", 1210.0, "previous"),
           (3, "1.1", 107.6, "comparison")]),
    ("a results header written once over the years it splits into", HEAD1 + """
     STT | Nội dung | ĐVT | Kết quả thực hiện | | | Ghi chú
     | | | Quý I/2025 | Quý II/2025 | Tăng, giảm (%) |
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 6 | 8 | 133,3 |
     """, [(1, "1", 8.0, "current"), (1, "1", 6.0, "previous"), (1, "1", 133.3, "comparison")]),
    ("an OCR'd sub-header of bare years under a spanning results header", HEAD1 + """
     STT | Nội dung | ĐVT | Kết quả thực hiện | | | Ghi chú
     | | | 2024 | 2025 | So sánh (%) |
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 12 | 15 | 125 |
     """, [(1, "1", 15.0, "current"), (1, "1", 12.0, "previous"), (1, "1", 125.0, "comparison")]),
    ("years over two Số liệu columns", HEAD3 + """
     STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025
     | | | Số liệu | Số liệu
     1.1 | Số TTHC thuộc thẩm quyền giải quyết của cấp tỉnh | Thủ tục | 980 | 1.004
     """, [(3, "1.1", 1004.0, "current"), (3, "1.1", 980.0, "previous")]),
    ("two 'Thực hiện' columns told apart by their years", HEAD1 + """
     STT | Chỉ tiêu | ĐVT | Thực hiện năm 2023 | Thực hiện năm 2024 | Tăng (+), giảm (-)
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 15 | 18 | 3
     """, [(1, "1", 18.0, "current"), (1, "1", 15.0, "previous"), (1, "1", 3.0, "comparison")]),
    ("a month and its cumulative figure", HEAD1 + """
     STT | Chỉ tiêu | ĐVT | Tháng 10/2025 | Lũy kế 10 tháng
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 1 | 9
     """, [(1, "1", 1.0, "current"), (1, "1", 9.0, "cumulative")]),
    ("Kết quả thống kê spanning Đơn vị tính | Số liệu", HEAD1 + """
     STT | Chỉ tiêu thống kê | Kết quả thống kê | | Ghi chú
     | | Đơn vị tính | Số liệu |
     1. | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 06 |
     """, [(1, "1", 6.0, "current")]),
    ("a blank line between the two header rows", HEAD1 + """
     STT | Chỉ tiêu thống kê | Năm 2025 | | Ghi chú
     |
     | | ĐVT | Số liệu |
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 11 |
     """, [(1, "1", 11.0, "current")]),
    ("lower header row lost: the column of unit words is the unit", HEAD1 + """
     STT | Tên chỉ tiêu | Kết quả thống kê | Kết quả thống kê | Ghi chú
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 7 |
     2.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 30 |
     2.2 | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 28 |
     """, [(1, "1", 7.0, "current"), (1, "2.1", 30.0, "current"), (1, "2.2", 28.0, "current")]),
    ("header names the unit column wrong: content decides", HEAD1 + """
     STT | Chỉ tiêu | Số liệu | Đơn vị tính
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 4
     2.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 12
     2.2 | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 10
     """, [(1, "1", 4.0, "current"), (1, "2.1", 12.0, "current"), (1, "2.2", 10.0, "current")]),
    ("a unit word in the value cell is never a value", HEAD1 + """
     STT | Chỉ tiêu | Đơn vị tính | Số liệu
     1 | Số văn bản chỉ đạo CCHC đã ban hành | | Văn bản
     2.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 12
     """, [(1, "2.1", 12.0, "current")]),
    ("merged cells expanded into every column (a spreadsheet)", """
     BIỂU MẪU 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH | BIỂU MẪU 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH | BIỂU MẪU 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH | BIỂU MẪU 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
     STT | Chỉ tiêu | Năm 2024 | Năm 2024
     STT | Chỉ tiêu | ĐVT | Số liệu
     2.2 | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 25
     """, [(1, "2.2", 25.0, "current")]),
    ("a header word carried into a group row is no value", HEAD1 + """
     STT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025
     I | Công tác chỉ đạo điều hành | | Số liệu | Số liệu
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 6 | 8
     """, [(1, "1", 8.0, "current"), (1, "1", 6.0, "previous")]),
    # --- form identity ----------------------------------------------------------------
    ("one table, groups numbered locally: forms by evidence", """
     TỔNG HỢP KẾT QUẢ
     STT | Chỉ tiêu | Đơn vị tính | Số liệu
     I | Chỉ đạo điều hành | |
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 3
     2.1 | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 20
     II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH | |
     1.1 | Số TTHC thuộc thẩm quyền giải quyết của cấp tỉnh | Thủ tục | 1.455
     1.2 | Số TTHC thuộc thẩm quyền giải quyết của cấp huyện | Thủ tục | 210
     III | CHÍNH QUYỀN SỐ | |
     5.1.1 | Tỷ lệ sở, ngành đã kết nối, liên thông với UBND tỉnh | % | 100
     6.4.1 | Tổng số hồ sơ TTHC đã tiếp nhận | Hồ sơ | 5.120
     """, [(1, "1", 3.0, "current"), (1, "2.1", 20.0, "current"),
           (3, "1.1", 1455.0, "current"), (3, "1.2", 210.0, "current"),
           (7, "5.1.1", 100.0, "current"), (7, "6.4.1", 5120.0, "current")]),
    ("roman groups that agree with the catalog stay the form number", """
     STT | Chỉ tiêu | Đơn vị tính | Số liệu
     I | Công tác chỉ đạo điều hành | |
     1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 2
     II | Cải cách thể chế | |
     1.1 | Số VBQPPL do cấp tỉnh ban hành | Văn bản | 14
     """, [(1, "1", 2.0, "current"), (2, "1.1", 14.0, "current")]),
    ("no Biểu mẫu heading: the form from the rows' labels", """
     KẾT QUẢ THỐNG KÊ THÁNG 10/2025
     STT | Chỉ tiêu | ĐVT | Trong tháng | Lũy kế
     3.1.1 | Tổng số hồ sơ thủ tục hành chính đã giải quyết xong | Hồ sơ | 412 | 3.981
     3.1.2 | Số hồ sơ TTHC được giải quyết đúng hạn | Hồ sơ | 400 | 3.950
     """, [(3, "3.1.1", 412.0, "current"), (3, "3.1.1", 3981.0, "cumulative"),
           (3, "3.1.2", 400.0, "current"), (3, "3.1.2", 3950.0, "cumulative")]),
    ("no heading and labels unlike any form: not a form", """
     DANH SÁCH ĐƠN VỊ
     STT | Tên đơn vị | ĐVT | Số lượng
     1 | Trường tiểu học Kim Đồng | Học sinh | 412
     2 | Trường trung học cơ sở Lê Lợi | Học sinh | 388
     """, []),
    # --- numbers read per document ----------------------------------------------------
    ("comma thousands in the document: 77,004 is 77004, 99.58 a decimal", """
     Biểu mẫu 6
     STT | Chỉ tiêu | Đơn vị tính | Số liệu
     1 | Tỷ lệ giải ngân kế hoạch đầu tư công | % | 99.58
     1.1 | Kế hoạch được giao | Triệu đồng | 1,064,233
     1.2 | Đã thực hiện | Triệu đồng | 77,004
     """, [(6, "1", 99.58, "current"), (6, "1.1", 1064233.0, "current"),
           (6, "1.2", 77004.0, "current")]),
]


@pytest.mark.parametrize("name,spec,expected", CASES, ids=[c[0] for c in CASES])
def test_irregularity(name, spec, expected):
    got = valued(read(spec))
    assert got == expected


def test_headless_table_is_flagged_form_inferred():
    obs = read(next(c[1] for c in CASES if c[0].startswith("no Biểu mẫu")))
    assert obs and all("form_inferred" in o.flags for o in obs)


def test_comma_document_reads_without_ambiguity_flags():
    obs = read(CASES[-1][1])
    assert not any("ambiguous_number" in o.flags for o in obs)


@pytest.mark.parametrize("values,flagged", [
    (["77,004"], True),                       # no evidence: flagged, not guessed silently
    (["2.378.231", "77,004"], True),          # a Vietnamese document: still ambiguous
    (["1,064,233", "44,64", "77,004"], True),  # evidence both ways: no style
    (["1,064,233", "77,004"], False),         # commas group thousands here
])
def test_number_style_decided_per_document(values, flagged):
    rows = "\n".join(f"1.{k + 1} | Kế hoạch được giao {k} | Triệu đồng | {v}"
                     for k, v in enumerate(values))
    obs = read("Biểu mẫu 6\nSTT | Chỉ tiêu | Đơn vị tính | Số liệu\n" + rows)
    last = obs[-1]
    assert ("ambiguous_number" in last.flags) is flagged
    assert last.value == (77004.0 if not flagged else 77.004)


def test_indicators_take_only_the_current_column():
    import pandas as pd
    from normalize.indicators import select_indicators

    obs = read(CASES[0][1])
    frame = pd.DataFrame([{**o.__dict__, "doc_id": "d", "unit_id": "u", "period": "2024-Q1",
                           "source_file": "f"} for o in obs])
    docs = pd.DataFrame([{"doc_id": "d"}])
    ind = select_indicators(frame, docs)
    assert list(ind["value"]) == [9.0]


def test_other_columns_share_the_code_of_their_row():
    obs = read(CASES[1][1])
    assert {o.indicator_code for o in obs if o.stt == "2.1"} == {"BM1-2.1"}


# --------------------------------------------------------------------------- unruled tables

def _line(y: float, cells: list[tuple[float, str]], size: float = 8.0) -> TextLine:
    words = []
    for x, text in cells:
        for k, part in enumerate(text.split()):
            x0 = x + k * 25
            words.append(Word(part, x0, x0 + 20, y, y + size, size))
    return TextLine(words, y, y + size)


def _table(valign: str) -> list[TextLine]:
    """Three rows; the middle one's label wraps onto three lines; the STT, unit and value
    sit on its first, middle or last line (the cell's vertical alignment). Lines in a row
    are 9.5 apart, rows 6 more (cell padding)."""
    x = {"stt": 40, "label": 80, "unit": 340, "value": 420}
    lines = [_line(100, [(x["stt"], "STT"), (x["label"], "Chỉ tiêu"), (x["unit"], "ĐVT"),
                         (x["value"], "Số liệu")])]
    y = 100 + 9.5 + 6
    lines.append(_line(y, [(x["stt"], "1"), (x["label"], "Dòng một"), (x["unit"], "Hồ sơ"),
                           (x["value"], "5")]))
    y += 9.5 + 6
    wrapped = ["Dòng hai phần đầu", "phần giữa", "phần cuối"]
    anchor = {"TOP": 0, "MIDDLE": 1, "BOTTOM": 2}[valign]
    for k, text in enumerate(wrapped):
        cells = [(x["label"], text)]
        if k == anchor:
            cells = [(x["stt"], "2")] + cells + [(x["unit"], "Người"), (x["value"], "7")]
        lines.append(_line(y, cells))
        y += 9.5
    y += 6
    lines.append(_line(y, [(x["stt"], "3"), (x["label"], "Dòng ba"), (x["unit"], "%"),
                           (x["value"], "80")]))
    return lines


@pytest.mark.parametrize("valign", ["TOP", "MIDDLE", "BOTTOM"])
def test_unruled_wrapped_label_is_one_row(valign):
    grids = unruled_grids(_table(valign))
    assert len(grids) == 1
    rows = [[c.text for c in ln.cells] for ln in unruled_lines(grids[0], 1, 1)]
    assert rows[1:] == [["1", "Dòng một", "Hồ sơ", "5"],
                        ["2", "Dòng hai phần đầu phần giữa phần cuối", "Người", "7"],
                        ["3", "Dòng ba", "%", "80"]]


@pytest.mark.parametrize("valign", ["TOP", "BOTTOM"])
def test_unruled_reportlab_table_rows(valign):
    """A reportlab table without lines, labels wrapped in narrow cells, read end to end."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from extract.options import ExtractOptions
    from extract.pdf import extract_pdf
    from tests import fixtures_pdf as fx

    fx.register_fonts()
    st = ParagraphStyle("c", fontName=fx.FONT, fontSize=8, leading=9.5)
    labels = {"1": "Số văn bản chỉ đạo công tác cải cách hành chính đã được ban hành trong kỳ",
              "2.1": "Số nhiệm vụ đề ra trong kế hoạch",
              "2.2": "Số nhiệm vụ đã hoàn thành đúng tiến độ theo kế hoạch năm của đơn vị"}
    data = [["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"]]
    values = {"1": "12", "2.1": "40", "2.2": "31"}
    units = {"1": "Văn bản", "2.1": "Nhiệm vụ", "2.2": "Nhiệm vụ"}
    for code, label in labels.items():
        data.append([code, Paragraph(label, st), units[code], values[code]])
    table = Table(data, colWidths=[40, 150, 70, 60])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fx.FONT),
                               ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), valign)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph("Biểu mẫu 1", st), table])
    doc = extract_pdf(buf.getvalue(), ExtractOptions(ocr=False))
    obs = parse_forms(list(doc.lines()))
    got = {o.stt: (o.label, o.value_raw) for o in obs}
    assert got == {code: (labels[code], values[code]) for code in labels}
