"""The clean-up's cheaper forms give what the plain ones gave (extract/scan.py)."""

import cv2
import numpy as np
import pytest

from extract import scan


def _speckled(seed: int, shape=(300, 400), share=0.04) -> np.ndarray:
    rng = np.random.default_rng(seed)
    mask = (rng.random(shape) < share).astype(np.uint8) * 255
    cv2.line(mask, (10, 150), (390, 150), 255, 2)
    cv2.line(mask, (200, 10), (200, 290), 255, 2)
    return mask


@pytest.mark.parametrize("connectivity", [4, 8])
def test_components_equal_32_bit_labels(connectivity):
    mask = _speckled(1)
    n, labels, stats = scan.components(mask, connectivity)
    m, labels32, stats32, _ = cv2.connectedComponentsWithStats(
        mask, None, None, None, connectivity, cv2.CV_32S
    )
    assert n == m
    assert np.array_equal(labels.astype(np.int32), labels32)
    assert np.array_equal(stats, stats32)


def test_components_past_16_bit_labels():
    # 90,000 single pixels: more components than 16-bit labels hold
    mask = np.zeros((600, 600), np.uint8)
    mask[::2, ::2] = 255
    n, labels, stats = scan.components(mask, 8)
    assert n == 300 * 300 + 1
    assert labels.dtype == np.int32
    assert labels.max() == n - 1
    assert (stats[1:, cv2.CC_STAT_AREA] == 1).all()


def _plain_erase(sub, labels, small, near):
    touching = np.bincount(labels[near > 0], minlength=len(small)) > 0
    sliver = touching & small
    out = sub.copy()
    if sliver.any():
        out[sliver[labels]] = 0
    return out


@pytest.mark.parametrize("share", [0.0, 0.05])  # a few candidates (boxes), many (whole page)
def test_erase_slivers_as_the_whole_page_form(share):
    sub = _speckled(2, share=share)
    for x in (30, 90, 250):  # specks beside the horizontal line, and one far from it
        sub[146, x] = sub[155, x + 7] = sub[40, x] = 255
    n, labels, stats = scan.components(sub, 8)
    small = stats[:, cv2.CC_STAT_AREA] <= 3
    small[0] = False
    near = np.zeros_like(sub)
    near[140:160, :] = 255
    want = _plain_erase(sub, labels, small, near)
    got = sub.copy()
    scan.erase_slivers(got, labels, stats, small, near)
    assert np.array_equal(got, want)
    assert (got[146, [30, 90, 250]] == 0).all()  # the specks beside the line are erased
    assert (got[40, [30, 90, 250]] == 255).all()  # the far ones kept
    assert (got[:100] == sub[:100]).all()  # nothing away from near


def test_profile_score_as_the_plain_expression():
    rng = np.random.default_rng(3)
    ys = rng.integers(0, 900, 5000).astype(np.float64)
    xs = rng.integers(0, 700, 5000).astype(np.float64) - 350.0
    height = 1600
    for angle in (-4.75, -0.37, 0.0, 0.02, 1.5, 5.0):
        t = np.deg2rad(angle)
        proj = np.rint(ys * np.cos(t) - xs * np.sin(t)).astype(np.int64) + height
        counts = np.bincount(proj)
        assert scan._profile_score(ys, xs, angle, height) == float(np.dot(counts, counts))


def test_estimate_skew_points_as_nonzero():
    # cv2.findNonZero lists the points row by row, as np.nonzero: the stride keeps the same ones
    mask = _speckled(4)
    pts = cv2.findNonZero(mask).reshape(-1, 2)
    ys, xs = np.nonzero(mask)
    assert np.array_equal(pts[:, 0], xs) and np.array_equal(pts[:, 1], ys)


def test_opencv_one_thread():
    assert cv2.getNumThreads() == 1


def _full_search(gray: np.ndarray, max_angle: float = scan.MAX_SKEW) -> float:
    """The skew search with every ink point scored at every pass (as before the sample)."""
    small = cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    ys, xs = np.nonzero(scan.quick_ink(small))
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - small.shape[1] / 2.0
    height = small.shape[0] + small.shape[1]
    best, best_score, step = 0.0, -1.0, 0.25
    candidates = np.arange(-max_angle, max_angle + 1e-9, step)
    while True:
        for a in candidates:
            t = np.deg2rad(a)
            counts = np.bincount(np.rint(ys * np.cos(t) - xs * np.sin(t)).astype(np.int64) + height)
            s = float(np.dot(counts, counts))
            if s > best_score:
                best, best_score = float(a), s
        if step <= scan.SKEW_STEP:
            break
        lo, hi = best - step, best + step
        step = max(scan.SKEW_STEP, step / 5)
        candidates = np.arange(lo, hi + 1e-9, step)
    return -round(best, 3)


def _lines_page(angle: float) -> np.ndarray:
    img = np.full((1400, 1000), 255, np.uint8)
    for i in range(16):
        cv2.putText(
            img, "So lieu thong ke 12.5 % nam 2024", (60, 90 + i * 78), cv2.FONT_HERSHEY_SIMPLEX, 1.1, 0, 3
        )
    cv2.rectangle(img, (40, 40), (960, 1340), 0, 2)
    m = cv2.getRotationMatrix2D((500, 700), angle, 1.0)
    return cv2.warpAffine(img, m, (1000, 1400), borderValue=255)


@pytest.mark.parametrize("angle", [-4.1, -1.37, -0.3, 0.0, 0.55, 2.8])
def test_skew_coarse_pass_on_a_sample_finds_the_full_search_angle(angle, monkeypatch):
    page = _lines_page(angle)
    monkeypatch.setattr(scan, "COARSE_POINTS", 4000)  # well under the page's ink points
    assert cv2.countNonZero(scan.quick_ink(cv2.resize(page, None, fx=0.5, fy=0.5))) > 3 * 4000
    assert scan.estimate_skew(page, 300) == _full_search(page)


# ---- round 6: the same images for less CPU (bench/scan_cost_output.txt)


def _page_with_margins(seed: int, shape=(420, 360)) -> np.ndarray:
    """Grey paper with noise, a block of dark strokes and a ruled box away from the edges."""
    rng = np.random.default_rng(seed)
    page = np.clip(rng.normal(238, 6, shape), 0, 255).astype(np.uint8)
    cv2.rectangle(page, (70, 90), (300, 340), 40, 2)
    cv2.line(page, (70, 200), (300, 200), 60, 2)
    cv2.line(page, (180, 90), (180, 340), 60, 2)
    for i in range(6):
        cv2.putText(page, "Ke hoach 12,5", (80, 120 + 36 * i), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 30, 2)
    # Pale grey just outside the ink (no ink to Otsu): the local threshold of the strokes
    # at the ink's edge sees it; blurred strokes leave their edge pixels in doubt.
    page[90:341, 40:68] = 175
    page[50:88, 70:301] = 185
    return cv2.GaussianBlur(page, (5, 5), 1.2)


def _plain_binarize(gray: np.ndarray, dpi: float) -> np.ndarray:
    den = cv2.medianBlur(gray, 3)
    block = scan._px(0.17, dpi, 11) | 1
    ink = cv2.adaptiveThreshold(den, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 20)
    _, dark = cv2.threshold(den, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return cv2.bitwise_and(ink, cv2.dilate(dark, np.ones((3, 3), np.uint8)))


@pytest.mark.parametrize("dpi", [150, 300])
def test_binarize_over_the_dark_box_as_over_the_page(dpi):
    page = _page_with_margins(5)
    edge = page.copy()
    cv2.line(edge, (0, 5), (359, 5), 20, 3)  # ink reaching the page's edges: no margin to leave
    blank = np.full((200, 160), 250, np.uint8)
    for gray in (page, edge, blank):
        assert np.array_equal(scan.binarize(gray, dpi), _plain_binarize(gray, dpi))
    assert scan.binarize(page, dpi).any() and not scan.binarize(blank, dpi).any()


@pytest.mark.parametrize("factor", [2, 3, 4])
def test_upsample_mask_repeats_each_pixel(factor):
    rng = np.random.default_rng(factor)
    for shape in ((301, 457), (300, 456), (299, 455)):
        small = ((rng.random((shape[0] // factor, shape[1] // factor)) < 0.3) * 255).astype(np.uint8)
        want = np.zeros(shape, np.uint8)
        big = small.repeat(factor, 0).repeat(factor, 1)
        want[: big.shape[0], : big.shape[1]] = big
        assert np.array_equal(scan.upsample_mask(small, factor, shape), want)
        want[big.shape[0] :, :] = 255
        want[:, big.shape[1] :] = 255
        assert np.array_equal(scan.upsample_mask(small, factor, shape, fill=255), want)


def _plain_remove_lines(ink, h_mask, v_mask, dpi, factor):
    """remove_lines as it was written before round 6 (the lines made at full size)."""
    grow = scan._px(0.007, dpi / factor, 1)
    lines = cv2.bitwise_or(
        cv2.dilate(h_mask, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 2 * grow + 1))),
        cv2.dilate(v_mask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * grow + 1, 1))),
    )
    found = cv2.findNonZero(lines)
    if found is None:
        return ink
    bx, by, bw, bh = (v * factor for v in cv2.boundingRect(found))
    big = lines.repeat(factor, 0).repeat(factor, 1)
    lines = np.zeros(ink.shape, np.uint8)
    lines[: big.shape[0], : big.shape[1]] = big[: ink.shape[0], : ink.shape[1]]
    out = cv2.bitwise_and(ink, cv2.bitwise_not(lines))
    pad = scan._px(0.02, dpi, 3)
    x0, y0 = max(0, bx - pad), max(0, by - pad)
    x1, y1 = min(ink.shape[1], bx + bw + pad), min(ink.shape[0], by + bh + pad)
    sub = out[y0:y1, x0:x1]
    n, labels, stats = scan.components(sub, 8)
    thin = max(2, int(round(dpi / 150)))
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    small = ((w <= thin) | (h <= thin)) & (area <= (dpi / 300.0) ** 2 * 120)
    small[0] = False
    if small.any():
        near = cv2.dilate(lines[y0:y1, x0:x1], np.ones((2 * thin + 3, 2 * thin + 3), np.uint8))
        scan.erase_slivers(sub, labels, stats, small, near)
    return out


@pytest.mark.parametrize("dpi", [200, 300, 450])
def test_remove_lines_as_the_full_size_form(dpi):
    page = _page_with_margins(6, shape=(601, 517))
    page[300, 100:300:9] = 30  # specks along a rule: slivers to erase
    ink = scan.binarize(page, dpi)
    factor = max(1, int(dpi // 150))
    h, v = scan.line_masks(scan.line_ink(page, dpi, factor), dpi / factor)
    assert h.any() and v.any()
    got = scan.remove_lines(ink, h, v, dpi, factor)
    assert np.array_equal(got, _plain_remove_lines(ink, h, v, dpi, factor))
    assert cv2.countNonZero(got) < cv2.countNonZero(ink)
    nothing = np.zeros_like(h)
    assert scan.remove_lines(ink, nothing, nothing, dpi, factor) is ink


def test_text_crop_is_text_image_cut_to_its_box():
    page = _page_with_margins(7)
    clean = scan.clean_page(page, 150)
    h, w = page.shape
    assert (clean.ink > clean.text_ink).any()  # ruling lines were erased: pixels to paint
    # boxes across the lines, and boxes whose edge runs a pixel or two beside an erased line
    # (the painted edge of the line reaches into them)
    boxes = ((60, 80, 200, 210), (0, 0, 120, 100), (250, 300, w, h), (100, 100, 140, 130))
    beside = ((184, 100, 260, 190), (60, 204, 178, 300), (75, 95, 177, 197))
    for box in boxes + beside:
        want = clean.text_image(box)[box[1] : box[3], box[0] : box[2]]
        assert np.array_equal(clean.text_crop(box), want)


@pytest.mark.parametrize("connectivity", [4, 8])
def test_components_in_box_as_over_the_whole_mask(connectivity):
    rng = np.random.default_rng(11)
    for _ in range(60):
        mask = np.zeros((int(rng.integers(40, 160)), int(rng.integers(40, 160))), np.uint8)
        y0, x0 = int(rng.integers(0, mask.shape[0] // 2)), int(rng.integers(0, mask.shape[1] // 2))
        part = mask[
            y0 : int(rng.integers(y0 + 1, mask.shape[0] + 1)),
            x0 : int(rng.integers(x0 + 1, mask.shape[1] + 1)),
        ]
        part[...] = (rng.random(part.shape) < rng.choice([0.1, 0.3, 0.5])) * 255
        n, labels, stats = scan.components(mask, connectivity)
        m, box_labels, box_stats, (ox, oy) = scan.components_in_box(mask, connectivity)
        assert m == n and ox % 2 == 0 and oy % 2 == 0
        assert np.array_equal(box_stats[1:], stats[1:])
        h, w = box_labels.shape
        assert np.array_equal(box_labels, labels[oy : oy + h, ox : ox + w])
        assert not labels[:oy].any() and not labels[:, :ox].any()
    n, _, stats, _ = scan.components_in_box(np.zeros((30, 40), np.uint8))
    assert n == 1 and len(stats) == 1


def _plain_assign(grid, words):
    """extract.ocr.assign_words word by word, as it was before round 6."""
    out = {c: [] for c in grid.cells}
    for w in words:
        best, best_area = None, 0
        for c in grid.cells:
            iw = min(c.box[2], w.box[2]) - max(c.box[0], w.box[0])
            ih = min(c.box[3], w.box[3]) - max(c.box[1], w.box[1])
            area = iw * ih if iw > 0 and ih > 0 else 0
            if area > best_area:
                best, best_area = c, area
        if best is None:
            best = min(
                grid.cells,
                key=lambda c: abs((c.box[0] + c.box[2]) / 2 - w.cx) + abs((c.box[1] + c.box[3]) / 2 - w.cy),
            )
        out[best].append(w)
    return out


def test_assign_words_all_at_once_as_word_by_word():
    from extract import ocr

    edges_x, edges_y = (0, 50, 120, 200), (0, 30, 60, 90)
    cells = tuple(
        scan.GridCell(r, c, 1, 1, (edges_x[c] + 2, edges_y[r] + 2, edges_x[c + 1] - 2, edges_y[r + 1] - 2))
        for r in range(3)
        for c in range(3)
    )
    grid = scan.Grid((0, 0, 200, 90), edges_y, edges_x, cells)
    rng = np.random.default_rng(12)
    words = []
    for i in range(80):
        x, y = int(rng.integers(-10, 200)), int(rng.integers(-10, 90))
        words.append(ocr.Word(f"w{i}", 0.9, (x, y, x + int(rng.integers(1, 60)), y + int(rng.integers(1, 25)))))
    words.append(ocr.Word("gap", 0.9, (48, 10, 52, 20)))  # on an erased line: no overlap
    words.append(ocr.Word("tie", 0.9, (40, 10, 60, 20)))  # as much in two cells: the first wins
    got = ocr.assign_words(grid, words)
    assert got == _plain_assign(grid, words)
    assert [w.text for w in got[cells[0]]][-1] == "tie"
