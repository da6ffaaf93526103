"""Image files: PNG/JPEG/TIFF pages, decompression bombs, damaged images."""
from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from core.errors import ImageTooLarge, UnreadableFile
from core.records import METHOD_FAILED, METHOD_OCR
from extract.image import extract_image, image_dpi
from extract.options import ExtractOptions
from extract.route import extract_bytes
from tests import fixtures_scan as fs


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width × height pixels but holds almost no data (a bomb's header)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + \
        chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding():
    with pytest.raises(ImageTooLarge, match="decompression bomb") as err:
        extract_image(_png_header_only(100_000, 100_000), ExtractOptions())
    assert "10,000,000,000" in str(err.value) and "max_image_pixels" in str(err.value)


def test_image_over_the_configured_limit_is_refused():
    img = Image.new("L", (1200, 1000), 255)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    with pytest.raises(ImageTooLarge, match="1,200,000 pixels"):
        extract_image(buf.getvalue(), ExtractOptions(max_image_pixels=1_000_000))
    # Between our limit and Pillow's own default guard, our limit rules.
    with pytest.raises(ImageTooLarge):
        extract_image(_png_header_only(12_000, 12_000), ExtractOptions(max_image_pixels=100_000_000))


@pytest.mark.parametrize("cut", [0.3, 0.7])
def test_damaged_image_is_unreadable(cut):
    data = fs.scan_image(fs.note_pdf(["Báo cáo."]), fmt="PNG", seed=1)
    with pytest.raises(UnreadableFile, match="damaged"):
        extract_image(data[: int(len(data) * cut)], ExtractOptions())


def test_junk_named_as_image_is_unreadable():
    with pytest.raises(UnreadableFile):
        extract_image(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 50, ExtractOptions())
    with pytest.raises(UnreadableFile):
        extract_bytes(b"not an image at all", "image", ExtractOptions())


def test_multipage_tiff_gives_one_page_per_frame():
    texts = ["Trang thứ nhất: Ủy ban nhân dân phường báo cáo.", "Trang thứ hai: kết quả đạt được rất tốt."]
    frames = [fs.scan_pages(fs.note_pdf([t]), 300, angle=0.4, seed=i)[0] for i, t in enumerate(texts)]
    doc = extract_bytes(fs.tiff_pages(frames), "image", ExtractOptions())
    assert doc.file_type == "image" and doc.page_count == 2 and len(doc.pages) == 2
    for page, text in zip(doc.pages, texts):
        from rapidfuzz import fuzz
        assert page.method == METHOD_OCR
        assert fuzz.ratio(" ".join(ln.plain for ln in page.lines), text) > 90
        assert all(ln.page == page.number for ln in page.lines)
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages_ocr == 2 and doc.ocr_confidence > 0.8


def test_jpeg_scan_reads_table_rows():
    rows = [["STT", "Chỉ tiêu", "Số liệu"], ["1", "Số hồ sơ tiếp nhận", "1.234"], ["2", "Tỷ lệ đúng hạn", "98,5"]]
    data = fs.scan_image(fs.note_pdf(["Kết quả quý II năm 2023."], rows), fmt="JPEG", angle=-1.1, seed=3)
    doc = extract_image(data, ExtractOptions())
    got = [[c.text for c in ln.cells] for ln in doc.pages[0].lines if ln.is_row]
    assert [r[0] for r in got] == ["STT", "1", "2"]
    assert got[2][2] == "98,5" and got[1][2].replace(".", "") == "1234"


def test_ocr_off_gives_failed_pages():
    data = fs.scan_image(fs.note_pdf(["Báo cáo."]), fmt="PNG", seed=1)
    doc = extract_image(data, ExtractOptions(ocr=False))
    assert doc.page_count == 1 and doc.pages[0].method == METHOD_FAILED
    assert "OCR is turned off" in doc.pages[0].error and doc.warnings


def test_image_dpi():
    img = Image.new("L", (2480, 3508))
    img.info["dpi"] = (300, 300)
    assert image_dpi(img) == 300
    img.info["dpi"] = (72, 72)          # a camera's default: judged from the page size
    assert image_dpi(img) == pytest.approx(2480 / 8.27, rel=0.01)
    del img.info["dpi"]
    assert image_dpi(img) == pytest.approx(300, rel=0.01)
