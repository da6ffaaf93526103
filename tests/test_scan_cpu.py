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
