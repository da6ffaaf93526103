"""Text exports: .txt, .html and .docx become the same lines; clutter and markup go."""
import io
import zipfile

import pytest

from conftest import seed_path
from core.errors import UnreadableFile
from extract.route import extract_bytes, file_type_of, sniff
from extract.text import clean_inline, decode_bytes, extract_export, is_clutter


@pytest.mark.parametrize("raw,clean", [
    ("Số VBQPPL<i>(thuộc thẩm quyền)</i>", "Số VBQPPL(thuộc thẩm quyền)"),
    ("**Kết quả thực hiện**", "Kết quả thực hiện"),
    ("*(Kèm theo Báo cáo số 361/BC-UBND)*", "(Kèm theo Báo cáo số 361/BC-UBND)"),
    ("a<br/>b", "a b"),
    ("Ho\u0300a", "Hòa"),                      # decomposed → NFC
    ("x\u200by", "xy"),                         # zero-width space
    ("2 * 3 = 6", "2 * 3 = 6"),                 # a lone asterisk is not emphasis
])
def test_clean_inline(raw, clean):
    assert clean_inline(raw) == clean


@pytest.mark.parametrize("line,clutter", [
    ("Bạn Chưa Đăng Nhập Thành Viên!", True),
    ("Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính của văn bản.", True),
    ("DMCA.com Protection Status", True),
    ("Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", True),
    ("Đang tải văn bản...", True),
    ("IP: 3.144.117.164", True),
    ("Số hiệu: 39/KH-UBND Loại văn bản: Kế hoạch", True),
    ("Số: 39/KH-UBND", False),
    ("Sở Tư pháp", False),
    ("Đăng ký kinh doanh qua mạng đạt 100%", False),
])
def test_clutter_lines(line, clutter):
    assert is_clutter(line) is clutter


def test_seed_003_clutter_is_stripped():
    doc = extract_export(seed_path("003").read_bytes(), "txt")
    texts = [ln.plain for ln in doc.lines()]
    joined = "\n".join(texts)
    for junk in ("Bạn Chưa Đăng Nhập", "DMCA", "Đang tải văn bản", "Từ khoá", "IP: 3.144"):
        assert junk not in joined
    assert "Số: 39/KH-UBND" in texts
    assert texts.count("Sở Tư pháp") >= 3        # repeated table cells are content, not clutter
    assert "LĨNH VỰC KHOA HỌC VÀ CÔNG NGHỆ" in texts


def test_tab_rows_become_cells():
    doc = extract_export("STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\n1.\tSố văn bản\tVăn bản\t04\n".encode(), "txt")
    rows = [ln for ln in doc.lines() if ln.is_row]
    assert rows[1].texts == ["1.", "Số văn bản", "Văn bản", "04"]
    assert doc.page_count is None and doc.pages[0].number is None


HTML = """<!doctype html><html><head><title>x</title><style>p{}</style><script>var a=1;</script></head>
<body><nav>Trang chủ | Đăng nhập</nav><p>BÁO CÁO</p><p>Kết quả <i>cải cách</i> hành chính quý I năm 2023</p>
<table><tr><th>STT</th><th>Chỉ tiêu thống kê</th><th>Đơn vị tính</th><th>Số liệu</th></tr>
<tr><td>1.</td><td>Số văn bản<sup>6</sup></td><td>Văn bản</td><td>04</td></tr>
<tr><td colspan="2">Tổng</td><td>Văn bản</td><td>4</td></tr></table>
<div>Bạn Chưa Đăng Nhập Thành Viên!</div></body></html>"""


def test_html_export():
    doc = extract_export(HTML.encode(), "html")
    rows = [ln.texts for ln in doc.lines() if ln.is_row]
    assert rows[0] == ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu"]
    assert rows[1] == ["1.", "Số văn bản6", "Văn bản", "04"]
    assert rows[2] == ["Tổng", "", "Văn bản", "4"]          # colspan keeps the columns aligned
    texts = [ln.plain for ln in doc.lines() if not ln.is_row and ln.plain]
    assert "Kết quả cải cách hành chính quý I năm 2023" in texts
    assert not any("var a" in t or "Đăng nhập" in t for t in texts)


def _docx(paragraphs, rows) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    trs = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in r)
                  + "</w:tr>" for r in rows)
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}<w:tbl>{trs}</w:tbl></w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_docx_export():
    data = _docx(["Số: 12/BC-UBND", "BÁO CÁO"], [["STT", "Chỉ tiêu", "Số liệu"], ["1.", "Số văn bản", "04"]])
    doc = extract_bytes(data, "docx")
    assert [ln.texts for ln in doc.lines() if ln.is_row][1] == ["1.", "Số văn bản", "04"]
    assert "Số: 12/BC-UBND" in [ln.plain for ln in doc.lines()]


@pytest.mark.parametrize("data,file_type,message", [
    (b"PK\x03\x04not really a zip", "docx", "Word"),
    (b"%PDF-1.4 ...", "txt", "PDF"),
    (b"\x00\x01\x02\x03" * 100 + b"\xff\xfe\xfd" * 10, "txt", "binary"),
    (b"   \n\n  ", "txt", "no text"),
    (b"<html><body>hello</body></html>", "docx", "not a Word"),
])
def test_unreadable_exports(data, file_type, message):
    with pytest.raises(UnreadableFile, match=message):
        extract_bytes(data, file_type)


@pytest.mark.parametrize("data,text", [
    ("Hòa".encode("utf-8"), "Hòa"),
    (b"\xef\xbb\xbf" + "Hòa".encode("utf-8"), "Hòa"),
    ("Hòa".encode("utf-16"), "Hòa"),
    (b"\xd0\xfd\xecc", "Đức"),                 # Windows-1258: base letter + combining tone
])
def test_decodings(data, text):
    import unicodedata
    assert unicodedata.normalize("NFC", decode_bytes(data)).lstrip("\ufeff") == text


@pytest.mark.parametrize("name,kind", [("a.PDF", "pdf"), ("x/y.tiff", "image"), ("b.htm", "html"),
                                       ("c.docx", "docx"), ("d.txt", "txt")])
def test_file_types(name, kind):
    assert file_type_of(name) == kind


@pytest.mark.parametrize("data,kind", [(b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"),
                                       (b"<!DOCTYPE html><html>", "html"), (b"hello", None)])
def test_sniff(data, kind):
    assert sniff(data) == kind


def test_html_rowspan_keeps_columns_aligned():
    html = ("<table><tr><th rowspan='2'>STT</th><th rowspan='2'>Chỉ tiêu</th><th colspan='2'>Kết quả</th></tr>"
            "<tr><th>Đơn vị tính</th><th>Số liệu</th></tr>"
            "<tr><td>1.</td><td>Số văn bản</td><td>Văn bản</td><td>04</td></tr></table>")
    rows = [ln.texts for ln in extract_export(html.encode(), "html").lines() if ln.is_row]
    assert rows == [["STT", "Chỉ tiêu", "Kết quả", ""], ["", "", "Đơn vị tính", "Số liệu"],
                    ["1.", "Số văn bản", "Văn bản", "04"]]
