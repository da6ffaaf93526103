"""Page geometry before OCR: orientation, a photographed sheet unwarped, uneven light
evened out, faint/broken ruling lines, tables ruled with horizontal lines only."""
from __future__ import annotations

import cv2
import numpy as np

from extract import scan


def _text_page(h=1100, w=850, dpi=100, rng=None):
    """An A4-ish page at 100 dpi with lines of 'words' (dark bars with gaps), upright."""
    rng = rng or np.random.default_rng(0)
    page = np.full((h, w), 245, np.uint8)
    y = 80
    while y < h - 80:
        x = 70
        while x < w - 120:
            wl = int(rng.integers(20, 70))
            for cx in range(x, x + wl, 7):                       # letters
                cv2.rectangle(page, (cx, y), (cx + 4, y + 11), 30, -1)
            x += wl + 9
        y += 24
    return page


def test_text_direction_tells_a_turned_page():
    page = _text_page()
    assert not scan.text_is_vertical(page, 100)
    assert scan.text_is_vertical(np.ascontiguousarray(np.rot90(page)), 100)
    assert scan.text_is_vertical(np.ascontiguousarray(np.rot90(page, 3)), 100)


def test_photographed_sheet_is_found_and_unwarped():
    page = _text_page()
    h, w = page.shape
    H, W = 1400, 1100
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[120, 90], [980, 140], [1010, 1300], [90, 1260]])
    m = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(page, m, (W, H), borderValue=70)
    quad = scan.page_quad(photo)
    assert quad is not None
    assert np.abs(quad - dst).max() < 12
    flat = scan.unwarp(photo, quad)
    assert abs(flat.shape[1] / flat.shape[0] - w / h) < 0.04
    # a scan fills its image: nothing to unwarp
    assert scan.page_quad(page) is None


def test_uneven_light_is_evened_out():
    page = _text_page().astype(np.float32)
    shade = np.linspace(1.0, 0.55, page.shape[1], dtype=np.float32)[None, :]
    dim = (page * shade).astype(np.uint8)
    even = scan.even_light(dim, 100)
    paper = even[dim > 100]
    assert np.percentile(paper, 95) - np.percentile(paper, 5) < 30
    assert scan.even_light(_text_page(), 100) is not None


def test_faint_broken_grid_is_found():
    dpi = 300
    img = np.full((1500, 1800), 240, np.uint8)
    xs = [100, 300, 1100, 1400, 1700]
    ys = [100 + 120 * k for k in range(9)]
    rng = np.random.default_rng(1)
    for y in ys:                    # pale grey hairlines, broken every third of an inch
        for x0 in range(xs[0], xs[-1], 115):
            cv2.line(img, (x0, y), (min(x0 + 100, xs[-1]), y), 175, 1)
    for x in xs:
        for y0 in range(ys[0], ys[-1], 80):
            cv2.line(img, (x, y0), (x, min(y0 + 68, ys[-1])), 175, 1)
    noisy = np.clip(img + rng.normal(0, 6, img.shape), 0, 255).astype(np.uint8)
    clean = scan.clean_page(noisy, dpi, deskew=False)
    assert len(clean.grids) == 1
    g = clean.grids[0]
    assert (g.n_rows, g.n_cols) == (8, 4)


def test_rule_tables_and_columns_from_word_gaps():
    dpi = 300
    rules = [(100, y, 1700, y + 2) for y in (200, 300, 420, 540, 660)]
    rules.append((100, 1200, 900, 1202))                      # a signature line, elsewhere
    runs = scan.rule_tables(rules, dpi)
    assert len(runs) == 1 and len(runs[0]) == 5
    words = []
    for y in (330, 450, 570):                                 # body rows: STT, label, unit, value
        words += [(110, y, 160, y + 30), (250, y, 700, y + 30), (760, y, 900, y + 30),
                  (1300, y, 1400, y + 30)]
    words.append((250, 230, 1350, 260))                       # a header word across columns
    cuts = scan.columns_from_words((100, 200, 1700, 662), words, 300, dpi)
    assert len(cuts) == 3
    assert 160 < cuts[0] < 250 and 700 < cuts[1] < 760 and 900 < cuts[2] < 1300
    grid = scan.grid_from_rules(runs[0], cuts)
    assert (grid.n_rows, grid.n_cols) == (4, 4)


def _words_of(rows, dpi=300):
    """OCR words (pixels) of lines of cells: each line (y in points, [(x0 in points, text)])."""
    from extract.ocr import Word

    out = []
    k = dpi / 72.0
    for y, cells in rows:
        for x, text in cells:
            for n, part in enumerate(text.split()):
                x0 = x + n * 30
                out.append(Word(part, 0.9, (int(x0 * k), int(y * k), int((x0 + 26) * k), int((y + 9) * k))))
    return out


def test_table_without_lines_becomes_a_grid_with_its_header_lines_apart():
    from types import SimpleNamespace

    from extract.ocr import add_aligned_grids

    rows = [(100, [(110, "Chỉ tiêu"), (360, "Kết quả")]),
            (108, [(72, "STT"), (480, "Ghi chú")]),           # centred between the two lines
            (116, [(180, "quý,"), (352, "Đơn vị"), (421, "Số liệu")]),
            (132, [(72, "1.1."), (110, "Số TTHC"), (360, "Thủ tục"), (430, "12")]),
            (150, [(72, "1.2."), (110, "Số TTHC _ mới"), (360, "Thủ tục"), (430, "7")]),
            (168, [(72, "1.3."), (110, "Số TTHC bãi bỏ"), (360, "Thủ tục"), (430, "0")])]
    clean = SimpleNamespace(grids=[])
    add_aligned_grids(clean, _words_of(rows), 300)
    assert len(clean.grids) == 1
    grid = clean.grids[0]
    # three header lines, three rows; STT, label, unit, value, note columns
    assert grid.n_rows == 6 and grid.n_cols == 5
    # the rows' edges fall between the lines: the STT header line is a row of its own
    k = 300 / 72.0
    assert grid.row_edges[1] < 112.5 * k < grid.row_edges[2] < 120.5 * k < grid.row_edges[3]


def test_running_text_makes_no_aligned_grid():
    from types import SimpleNamespace

    from extract.ocr import add_aligned_grids

    rows = [(100 + 14 * i, [(72, "Năm 2025, phường hoàn thành các nhiệm vụ của kế hoạch")]) for i in range(6)]
    clean = SimpleNamespace(grids=[])
    add_aligned_grids(clean, _words_of(rows), 300)
    assert clean.grids == []


def test_stt_cell_with_two_codes_splits_its_row():
    from extract.ocr import Word, assign_words, split_stacked_rows
    from extract.scan import grid_from_rules

    rules = [(0, y, 1000, y) for y in (0, 100, 300)]      # the rule between 2.2 and 2.3 was lost
    grid = grid_from_rules(rules, [100, 700])
    words = [Word("2.1", 0.9, (10, 30, 60, 60)), Word("Một", 0.9, (120, 30, 200, 60)),
             Word("2.2", 0.9, (10, 130, 60, 160)), Word("Hai", 0.9, (120, 130, 200, 160)),
             Word("5", 0.9, (720, 130, 740, 160)),
             Word("2.3", 0.9, (10, 230, 60, 260)), Word("Ba", 0.9, (120, 230, 200, 260)),
             Word("7", 0.9, (720, 230, 740, 260))]
    split = split_stacked_rows(grid, assign_words(grid, words))
    assert split.n_rows == 3 and split.n_cols == 3
    cells = assign_words(split, words)
    by_row = {}
    for c, ws in cells.items():
        by_row.setdefault(c.row, []).extend(w.text for w in ws)
    assert by_row[1] == ["2.2", "Hai", "5"] or sorted(by_row[1]) == sorted(["2.2", "Hai", "5"])
    assert sorted(by_row[2]) == sorted(["2.3", "Ba", "7"])
    # a grid whose STT cells hold one code each is left as it is
    assert split_stacked_rows(split, cells) is split


def test_block_mean_is_the_mean_of_whole_blocks():
    rng = np.random.default_rng(3)
    img = rng.integers(0, 256, (203, 157), dtype=np.uint8)
    small = scan.block_mean(img, 4)
    assert small.shape == (50, 39)
    blocks = img[:200, :156].reshape(50, 4, 39, 4).mean(axis=(1, 3))
    assert np.abs(small.astype(float) - blocks).max() <= 0.5 + 1e-9
    assert scan.block_mean(img, 1) is img


def test_light_near_the_threshold_is_still_measured_exactly():
    # The quick look only skips light well within UNEVEN_LIGHT: paper that darkens by a bit
    # more than the threshold across the page is evened; flat paper comes back untouched.
    page = _text_page(h=2200, w=1700, dpi=200).astype(np.float32)
    drop = (scan.UNEVEN_LIGHT + 6) / 245.0
    shade = np.linspace(1.0, 1.0 - drop, page.shape[1], dtype=np.float32)[None, :]
    dim = (page * shade).astype(np.uint8)
    assert scan.even_light(dim, 200) is not dim
    flat = _text_page(h=2200, w=1700, dpi=200)
    assert scan.even_light(flat, 200) is flat


def test_large_photo_passes_the_quick_look():
    # A photo big enough for the quick look (shrunk by whole blocks first): the sheet is
    # still found where it is, and a scan of the same size still has none.
    page = cv2.resize(_text_page(), None, fx=2.6, fy=2.6, interpolation=cv2.INTER_NEAREST)
    h, w = page.shape
    W, H = 2860, 3640
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[312, 234], [2548, 364], [2626, 3380], [234, 3276]])
    photo = cv2.warpPerspective(page, cv2.getPerspectiveTransform(src, dst), (W, H), borderValue=70)
    quad = scan.page_quad(photo)
    assert quad is not None and np.abs(quad - dst).max() < 30
    assert scan.page_quad(page) is None
