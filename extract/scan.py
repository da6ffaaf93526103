"""Clean-up of a scanned page and the table grid found from its ruling lines (OpenCV).

The stages, each a pure function over numpy arrays (``uint8``; an *ink* mask has 255 where
there is ink and 0 on paper):

1. ``to_gray``        any Pillow image or array → 8-bit grayscale (the brightest channel)
2. ``estimate_skew``  the angle of the text lines / ruling lines (projection profiles)
3. ``rotate``         turn the page upright (the angle is capped at ``MAX_SKEW`` degrees)
4. ``binarize``       denoise (median) then adaptive threshold → ink mask, specks dropped
5. ``line_masks``     morphological opening with long horizontal / vertical kernels
6. ``find_grids``     line masks → table regions → cell rectangles, rows and columns
7. ``remove_lines``   the ruling lines erased from the ink, so OCR never reads ``|`` ``_`` ``I``

``clean_page(image, dpi)`` runs them all and returns a ``CleanPage``.
Sizes are given in inches and converted with the page's dpi, so the same code serves a
200-dpi phone picture and a 400-dpi scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np

# One thread for OpenCV, as for Tesseract (``extract/tess.py``): pages are spread over
# processes, and OpenCV's own thread pool only adds CPU (about 0.06 s a page, measured on a
# 300-dpi table page) for the same pixels.
cv2.setNumThreads(1)

MAX_SKEW = 5.0  # degrees: a page turned further than this is not deskewed
SKEW_STEP = 0.02  # degrees: precision of the skew estimate
COARSE_POINTS = 40_000  # ink points the coarse pass of the skew estimate scores (a sample)
H_LINE_IN = 0.30  # inches: shortest horizontal run taken for a ruling line
V_LINE_IN = 0.20  # inches: shortest vertical run taken for a ruling line
MIN_TABLE_W_IN = 1.0  # inches: narrower line structures are not tables
MIN_TABLE_H_IN = 0.25
JOIN_GAP_IN = 0.15  # inches: pieces of one ruling line closer than this are joined
MAX_BAND_IN = 1.6  # inches: rules further apart than this are not one table's rows
MIN_COL_GAP_IN = 0.05  # inches: the narrowest white gap that separates two columns
MIN_CELL_IN = 0.06  # inches: thinner white regions between lines are gaps, not cells

PixelBox = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive)


@dataclass(frozen=True)
class GridCell:
    """One cell of a ruled table: its place in the grid and its interior in pixels."""

    row: int
    col: int
    row_span: int
    col_span: int
    box: PixelBox


@dataclass(frozen=True)
class Grid:
    """A ruled table: the region it covers, its row and column boundaries, its cells."""

    box: PixelBox
    row_edges: tuple[int, ...]  # y of each horizontal boundary, top to bottom
    col_edges: tuple[int, ...]  # x of each vertical boundary, left to right
    cells: tuple[GridCell, ...]

    @property
    def n_rows(self) -> int:
        return len(self.row_edges) - 1

    @property
    def n_cols(self) -> int:
        return len(self.col_edges) - 1


@dataclass
class CleanPage:
    """A page after clean-up: upright grayscale, ink with and without lines, the grids."""

    gray: np.ndarray  # deskewed grayscale
    ink: np.ndarray  # binarized ink mask (255 = ink), ruling lines included
    text_ink: np.ndarray  # the ink with ruling lines removed: what OCR reads
    angle: float  # degrees the page was turned to make it upright
    grids: list[Grid] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    rules: list[PixelBox] = field(default_factory=list)  # long horizontal lines outside the grids

    def text_image(self, box: PixelBox | None = None) -> np.ndarray:
        """The upright grayscale page with the ruling lines (and their edges) painted white;
        with ``box``, painted inside it only (what is cut from that box is the same, the
        rest of the page is left grey: the second reading cuts its cells from one grid).

        Measured against ``binary_text_image`` on the seed table pages: it keeps more STT
        dots but misreads whole values (``29`` for ``55``), so OCR reads the binary image."""
        h, w = self.gray.shape[:2]
        m = 3  # the 5×5 dilation's reach, so that the box's edge sees its whole neighbourhood
        x0, y0, x1, y1 = (0, 0, w, h) if box is None else box
        x0, y0, x1, y1 = max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m)
        removed = cv2.bitwise_and(self.ink[y0:y1, x0:x1], cv2.bitwise_not(self.text_ink[y0:y1, x0:x1]))
        if not removed.any():
            return self.gray
        removed = cv2.dilate(removed, np.ones((5, 5), np.uint8))
        out = self.gray.copy()
        out[y0:y1, x0:x1][removed > 0] = 255
        return out

    def text_crop(self, box: PixelBox) -> np.ndarray:
        """``text_image(box)`` cut to ``box``: the same pixels, without a copy of the page."""
        h, w = self.gray.shape[:2]
        m = 3  # as text_image
        x0, y0, x1, y1 = box
        ex0, ey0, ex1, ey1 = max(0, x0 - m), max(0, y0 - m), min(w, x1 + m), min(h, y1 + m)
        out = self.gray[y0:y1, x0:x1].copy()
        removed = cv2.bitwise_and(
            self.ink[ey0:ey1, ex0:ex1], cv2.bitwise_not(self.text_ink[ey0:ey1, ex0:ex1])
        )
        if removed.any():
            removed = cv2.dilate(removed, np.ones((5, 5), np.uint8))
            out[removed[y0 - ey0 : y1 - ey0, x0 - ex0 : x1 - ex0] > 0] = 255
        return out

    def binary_text_image(self) -> np.ndarray:
        """Black text on white paper from our own binarization, ruling lines removed: the
        image given to Tesseract."""
        return cv2.bitwise_not(self.text_ink)


def _px(inches: float, dpi: float, minimum: int = 1) -> int:
    return max(minimum, int(round(inches * dpi)))


def components(mask: np.ndarray, connectivity: int = 8) -> tuple[int, np.ndarray, np.ndarray]:
    """``cv2.connectedComponentsWithStats`` of an 8-bit mask: (count, labels, stats).

    The labels are 16-bit while they fit (OpenCV refuses to overflow them): the same
    labels and stats as 32-bit ones, for a third of the CPU on a page; a mask with more
    components than that (a noisy page) is labelled again in 32 bits."""
    try:
        n, labels, stats, _ = cv2.connectedComponentsWithStats(
            mask, None, None, None, connectivity, cv2.CV_16U
        )
    except cv2.error:
        n, labels, stats, _ = cv2.connectedComponentsWithStats(
            mask, None, None, None, connectivity, cv2.CV_32S
        )
    return n, labels, stats


def components_in_box(
    mask: np.ndarray, connectivity: int = 8
) -> tuple[int, np.ndarray, np.ndarray, tuple[int, int]]:
    """``components`` of a sparse mask, labelled only over the box of its nonzero pixels:
    (count, labels of that box, stats in the mask's pixels, the box's top-left corner).

    The box starts on even coordinates: OpenCV labels 2×2 blocks, and a box started on an
    odd row or column numbers the same components in another order; started on even ones,
    its labels are the mask's own (``tests/test_scan_cpu.py``). The background's row of the
    stats (row 0) is the box's, not the mask's."""
    x, y, w, h = cv2.boundingRect(mask)
    if not w:
        return 1, np.zeros((0, 0), np.uint16), np.zeros((1, 5), np.int32), (0, 0)
    x0, y0 = x & ~1, y & ~1
    n, labels, stats = components(mask[y0 : y + h, x0 : x + w], connectivity)
    stats[:, cv2.CC_STAT_LEFT] += x0
    stats[:, cv2.CC_STAT_TOP] += y0
    return n, labels, stats, (x0, y0)


def to_gray(image) -> np.ndarray:
    """A Pillow image or numpy array (gray, RGB, RGBA, 1-bit) → 8-bit grayscale array."""
    if isinstance(image, np.ndarray):
        arr = image
    else:
        if image.mode not in ("L", "RGB"):
            if image.mode in ("RGBA", "LA", "P", "PA"):
                # Transparent regions are paper.
                from PIL import Image

                base = Image.new("RGB", image.size, "white")
                rgba = image.convert("RGBA")
                base.paste(rgba, mask=rgba.getchannel("A"))
                image = base
            else:
                image = image.convert("L")
        arr = np.asarray(image)
    if arr.dtype == bool:
        arr = arr.astype(np.uint8) * 255
    if arr.dtype != np.uint8:
        if arr.dtype.kind == "u" and arr.max(initial=0) > 255:  # 16-bit scans
            arr = (arr >> 8).astype(np.uint8)
        else:
            arr = np.clip(arr, 0, 255).astype(np.uint8)
    if arr.ndim == 3:
        if arr.shape[2] in (3, 4):
            # The brightest channel: black print stays dark, while a red stamp or a blue
            # signature over it fades to paper (luminance would keep them as grey ink).
            arr = arr[:, :, :3].max(axis=2)
        else:
            arr = arr[:, :, 0]
    return np.ascontiguousarray(arr)


def quick_ink(gray: np.ndarray) -> np.ndarray:
    """A fast global (Otsu) ink mask, good enough to measure skew."""
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def _profile_score(ys: np.ndarray, xs: np.ndarray, angle: float, height: int) -> float:
    """Sharpness of the horizontal projection profile when the points are turned by angle."""
    t = np.deg2rad(angle)
    # In place, the same arithmetic as rint(ys·cos − xs·sin) + height (whole numbers stay
    # exact in float64): a third less CPU than the plain expression.
    proj = ys * np.cos(t)
    proj -= xs * np.sin(t)
    np.rint(proj, out=proj)
    proj += height
    counts = np.bincount(proj.astype(np.intp))
    return float(np.dot(counts, counts))


def estimate_skew(gray: np.ndarray, dpi: float = 300, max_angle: float = MAX_SKEW) -> float:
    """The angle (degrees, counter-clockwise positive) by which the page's lines are turned.

    Text lines and ruling lines make the row profile of the ink sharpest when they are
    horizontal: the profile of ink points, projected at candidate angles, is scored by its
    sum of squares, coarse to fine. Blank pages give 0.
    """
    scale = min(1.0, 150.0 / max(dpi, 1))
    small = gray if scale >= 1 else cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = quick_ink(small)
    # Big blobs (photos, stamps, black borders) would dominate: keep thin structures.
    found = cv2.findNonZero(ink)  # row by row, as np.nonzero, for a fifth of its CPU
    if found is None or len(found) < 200:
        return 0.0
    found = found.reshape(-1, 2)
    xs, ys = found[:, 0], found[:, 1]
    if len(ys) > 150_000:
        stride = len(ys) // 150_000 + 1
        ys, xs = ys[::stride], xs[::stride]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - small.shape[1] / 2.0
    height = small.shape[0] + small.shape[1]
    best, best_score = 0.0, -1.0
    step = 0.25
    candidates = np.arange(-max_angle, max_angle + 1e-9, step)
    # The coarse pass (41 angles, ¾ of the work) only picks where the fine ones look: every
    # k-th point is enough for it; the fine passes score all the points, from the coarse best.
    k = max(1, -(-len(ys) // COARSE_POINTS))
    pts_y, pts_x = ys[::k], xs[::k]
    while True:
        for a in candidates:
            s = _profile_score(pts_y, pts_x, float(a), height)
            if s > best_score:
                best, best_score = float(a), s
        if step <= SKEW_STEP:
            break
        if k > 1:
            pts_y, pts_x, k = ys, xs, 1
            best_score = _profile_score(ys, xs, best, height)
        lo, hi = best - step, best + step
        step = max(SKEW_STEP, step / 5)
        candidates = np.arange(lo, hi + 1e-9, step)
    # The projection at angle a straightens lines turned by -a.
    return -round(best, 3)


def rotate(gray: np.ndarray, angle: float) -> np.ndarray:
    """Turn the image by -angle degrees about its centre (undoing a skew of ``angle``), white fill."""
    if abs(angle) < 0.01:
        return gray
    h, w = gray.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), -angle, 1.0)
    return cv2.warpAffine(
        gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


def drop_specks(ink: np.ndarray, max_area: int) -> np.ndarray:
    """Remove connected ink components of at most ``max_area`` pixels (scanner dust)."""
    n, labels, stats = components(ink, 8)
    if n <= 1:
        return ink
    small = stats[:, cv2.CC_STAT_AREA] <= max_area
    small[0] = False
    if not small.any():
        return ink
    out = ink.copy()
    out[small[labels]] = 0
    return out


def binarize(gray: np.ndarray, dpi: float = 300, despeckle: bool = False) -> np.ndarray:
    """Denoise and threshold a grayscale page → ink mask (255 = ink).

    A 3×3 median removes salt-and-pepper noise; an adaptive (local mean) threshold copes
    with uneven paper tone and shading, and is kept only where Otsu's global threshold
    also sees dark ink, so that pale paper grain in empty areas never becomes ink.
    ``despeckle`` also drops components smaller than a full stop (slower: one labelling
    of the whole page).
    """
    den = cv2.medianBlur(gray, 3)
    block = _px(0.17, dpi, 11) | 1
    _, dark = cv2.threshold(den, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    dark = cv2.dilate(dark, np.ones((3, 3), np.uint8))
    ink = np.zeros_like(den)
    # Ink is where both thresholds see it: the local one is computed only over the box of
    # Otsu's dark pixels (a page's blank margins are left out), on a crop reaching half a
    # block beyond it, so that every pixel of the box sees the whole neighbourhood it sees
    # on the page: the same ink as thresholding the whole page.
    x, y, w, h = cv2.boundingRect(dark)
    if w and h:
        r = block // 2
        x0, y0 = max(0, x - r), max(0, y - r)
        x1, y1 = min(den.shape[1], x + w + r), min(den.shape[0], y + h + r)
        local = cv2.adaptiveThreshold(
            den[y0:y1, x0:x1], 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 20
        )
        cv2.bitwise_and(
            local[y - y0 : y - y0 + h, x - x0 : x - x0 + w],
            dark[y : y + h, x : x + w],
            ink[y : y + h, x : x + w],
        )
    if despeckle:
        ink = drop_specks(ink, max(2, int((dpi / 300.0) ** 2 * 6)))
    return ink


def downsample_ink(ink: np.ndarray, factor: int) -> np.ndarray:
    """An ink mask shrunk by an integer factor; a small pixel is ink when about half of
    its pixels are (a 2-pixel ruling line survives; the gaps between letters do too)."""
    if factor <= 1:
        return ink
    h, w = ink.shape
    small = cv2.resize(ink, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA)
    _, small = cv2.threshold(small, 119, 255, cv2.THRESH_BINARY)
    return small


def upsample_mask(mask: np.ndarray, factor: int, shape: tuple[int, int], fill: int = 0) -> np.ndarray:
    """A mask made on a shrunk page, brought back to the page's ``shape``: each pixel
    repeated ``factor`` × ``factor`` times; where the page is larger than that (its last
    pixels short of a whole shrunk pixel), ``fill``."""
    if factor <= 1:
        return mask
    h, w = min(shape[0], mask.shape[0] * factor), min(shape[1], mask.shape[1] * factor)
    # For a power of two the exact nearest pixel is the plain one (1/factor is exact in
    # binary), and OpenCV's exact path is the faster; other factors keep the plain one.
    exact = factor & (factor - 1) == 0
    big = cv2.resize(
        mask[: -(-h // factor), : -(-w // factor)],
        None,
        fx=factor,
        fy=factor,
        interpolation=cv2.INTER_NEAREST_EXACT if exact else cv2.INTER_NEAREST,
    )
    if big.shape == tuple(shape):
        return big
    out = np.full(shape, fill, np.uint8)
    out[:h, :w] = big[:h, :w]
    return out


def line_ink(gray: np.ndarray, dpi: float, factor: int) -> np.ndarray:
    """An ink mask for finding ruling lines, on the page shrunk by ``factor``.

    Thin or pale lines (a grey hairline, a light scan) are lost by the text binarization,
    which keeps only ink darker than Otsu's threshold: here a pixel of the shrunk page is
    ink when it is clearly darker than its neighbourhood, however pale. Noise that this lets
    through is removed by the long openings of ``line_masks``.
    """
    if factor > 1:
        h, w = gray.shape
        small = cv2.resize(gray, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA)
    else:
        small = gray
    block = _px(0.17, dpi / factor, 11) | 1
    return cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 18)


def join_segments(h_mask: np.ndarray, v_mask: np.ndarray, dpi: float) -> tuple[np.ndarray, np.ndarray]:
    """Broken ruling lines made whole: collinear pieces of a line less than ``JOIN_GAP_IN``
    apart are joined (a closing along the line; only line pieces are in the masks)."""
    gap = _px(JOIN_GAP_IN, dpi, 3)
    h = cv2.morphologyEx(h_mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    v = cv2.morphologyEx(v_mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, gap)))
    return h, v


def line_masks(ink: np.ndarray, dpi: float = 300) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling lines of an ink mask (morphological opening).

    A run of ink at least ``H_LINE_IN`` long (one pixel thick) is a horizontal line,
    ``V_LINE_IN`` tall a vertical one; letters have no such strokes at body-text sizes.
    Small breaks along a line (faint scans) are bridged before the opening.
    """
    hk = _px(H_LINE_IN, dpi, 15)
    vk = _px(V_LINE_IN, dpi, 15)
    bridge = _px(0.01, dpi, 2)
    h_src = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (bridge, 1)))
    v_src = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, bridge)))
    h = cv2.morphologyEx(h_src, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (hk, 1)))
    v = cv2.morphologyEx(v_src, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, vk)))
    return h, v


def remove_lines(
    ink: np.ndarray, h_mask: np.ndarray, v_mask: np.ndarray, dpi: float = 300, factor: int = 1
) -> np.ndarray:
    """The ink with ruling lines erased, their blurred edges included, and the stubs left
    behind dropped, so that no line turns into ``|``, ``I``, ``l`` or ``_`` under OCR.

    ``h_mask``/``v_mask`` may come from the page shrunk by ``factor`` (as ``clean_page``
    makes them); they are grown and brought back to the size of ``ink`` here.
    """
    small_dpi = dpi / factor
    grow = _px(0.007, small_dpi, 1)
    lines = cv2.bitwise_or(
        cv2.dilate(h_mask, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 2 * grow + 1))),
        cv2.dilate(v_mask, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * grow + 1, 1))),
    )
    bx, by, bw, bh = (v * factor for v in cv2.boundingRect(lines))
    if not bw:
        return ink
    # The paper the lines leave, brought to full size (inverted while small: a quarter of
    # the pixels), its edge beyond the shrunk page's whole pixels kept.
    keep = upsample_mask(cv2.bitwise_not(lines), factor, ink.shape, fill=255)
    out = cv2.bitwise_and(ink, keep)
    # Stubs: slivers a couple of pixels thin left along an erased line. Only the area the
    # lines cover is labelled.
    pad = _px(0.02, dpi, 3)
    x0, y0 = max(0, bx - pad), max(0, by - pad)
    x1, y1 = min(ink.shape[1], bx + bw + pad), min(ink.shape[0], by + bh + pad)
    sub = out[y0:y1, x0:x1]
    n, labels, stats = components(sub, 8)
    if n > 1:
        w = stats[:, cv2.CC_STAT_WIDTH]
        hgt = stats[:, cv2.CC_STAT_HEIGHT]
        area = stats[:, cv2.CC_STAT_AREA]
        thin = max(2, int(round(dpi / 150)))
        small = ((w <= thin) | (hgt <= thin)) & (area <= (dpi / 300.0) ** 2 * 120)
        small[0] = False
        if small.any():  # nothing to erase: no need to widen the lines
            near = cv2.dilate(
                cv2.bitwise_not(keep[y0:y1, x0:x1]), np.ones((2 * thin + 3, 2 * thin + 3), np.uint8)
            )
            erase_slivers(sub, labels, stats, small, near)
    return out


def erase_slivers(
    sub: np.ndarray, labels: np.ndarray, stats: np.ndarray, small: np.ndarray, near: np.ndarray
) -> None:
    """Erase (in ``sub``) the components flagged ``small`` that touch ``near``.

    A page has a handful of them: each is looked at inside its own box, which is what the
    whole-page form (``np.bincount(labels[near > 0])``, ``sub[sliver[labels]] = 0``) does
    in effect, for a few milliseconds instead of twenty; many of them (a noisy page) take the
    whole-page form."""
    which = np.flatnonzero(small)
    if len(which) == 0:
        return
    if len(which) > 64:
        touching = np.bincount(labels[near > 0], minlength=len(small)) > 0
        sliver = touching & small
        if sliver.any():
            sub[sliver[labels]] = 0
        return
    for i in which:
        x, y, w, h = (int(v) for v in stats[i, :4])
        own = labels[y : y + h, x : x + w] == i
        if (near[y : y + h, x : x + w][own]).any():
            sub[y : y + h, x : x + w][own] = 0


def _cluster(values: Sequence[int], tol: int) -> list[list[int]]:
    groups: list[list[int]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def _edges(starts: Sequence[int], ends: Sequence[int], tol: int) -> tuple[list[int], dict[int, int]]:
    """Boundaries from cell starts/ends: each cluster of nearby positions is one boundary.
    Returns the boundary positions and a map position → boundary index."""
    groups = _cluster(list(starts) + list(ends), tol)
    index: dict[int, int] = {}
    edges = []
    for i, g in enumerate(groups):
        edges.append(int(round((g[0] + g[-1]) / 2)))
        for v in g:
            index[v] = i
    return edges, index


def grid_from_region(region: np.ndarray, origin: tuple[int, int], dpi: float) -> Grid | None:
    """Cells of one table region (its line mask, cropped; ``origin`` = its top-left pixel
    on the page): the white areas enclosed by its lines.

    Each enclosed white component is a cell (merged cells are simply larger ones); the
    cells' edges, clustered, give the row and column boundaries, and each cell gets its
    (row, col) and spans. Regions with fewer than 2 cells are not tables.
    """
    x0, y0 = origin
    box = (x0, y0, x0 + region.shape[1], y0 + region.shape[0])
    white = cv2.bitwise_not(region)
    n, labels, stats = components(white, 4)
    min_cell = _px(MIN_CELL_IN, dpi, 4)
    h, w = region.shape
    rects = []
    for i in range(1, n):
        cx, cy, cw, ch, area = stats[i]
        if cw < min_cell or ch < min_cell:
            continue
        if cx == 0 or cy == 0 or cx + cw >= w or cy + ch >= h:
            continue  # open to the outside of the frame: not a cell
        if area < 0.5 * cw * ch:
            continue  # a ragged leftover, not a rectangle
        rects.append((int(cx), int(cy), int(cx + cw), int(cy + ch)))
    if len(rects) < 2:
        return None
    tol = _px(0.05, dpi, 6)
    col_edges, col_of = _edges([r[0] for r in rects], [r[2] for r in rects], tol)
    row_edges, row_of = _edges([r[1] for r in rects], [r[3] for r in rects], tol)
    if len(col_edges) < 2 or len(row_edges) < 2:
        return None
    cells = []
    for rx0, ry0, rx1, ry1 in rects:
        c0, c1 = col_of[rx0], col_of[rx1]
        r0, r1 = row_of[ry0], row_of[ry1]
        if c1 <= c0 or r1 <= r0:
            continue
        cells.append(GridCell(r0, c0, r1 - r0, c1 - c0, (rx0 + x0, ry0 + y0, rx1 + x0, ry1 + y0)))
    if len(cells) < 2:
        return None
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(
        box=box,
        row_edges=tuple(e + y0 for e in row_edges),
        col_edges=tuple(e + x0 for e in col_edges),
        cells=tuple(cells),
    )


def find_grids(h_mask: np.ndarray, v_mask: np.ndarray, dpi: float = 300) -> list[Grid]:
    """Ruled tables of a page from its line masks, top to bottom.

    A table region is a connected structure of horizontal and vertical lines at least
    ``MIN_TABLE_W_IN`` wide; lines are thickened a little first so that a line that stops
    just short of the one it meets still closes its cell.
    """
    grow = _px(0.005, dpi, 1)
    k = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * grow + 1, 2 * grow + 1))
    h_thick = cv2.dilate(h_mask, k)
    v_thick = cv2.dilate(v_mask, k)
    # Lines that stop a few pixels short of their neighbour are extended along themselves.
    ext = _px(0.03, dpi, 4)
    h_thick = cv2.dilate(h_thick, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * ext + 1, 1)))
    v_thick = cv2.dilate(v_thick, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 2 * ext + 1)))
    grid = cv2.bitwise_or(h_thick, v_thick)
    n, labels, stats, (ox, oy) = components_in_box(grid, 8)
    min_w, min_h = _px(MIN_TABLE_W_IN, dpi), _px(MIN_TABLE_H_IN, dpi)
    grids = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w < min_w or h < min_h:
            continue
        box = (int(x), int(y), int(x + w), int(y + h))
        sub_h = h_mask[y : y + h, x : x + w]
        sub_v = v_mask[y : y + h, x : x + w]
        if not sub_h.any() or not sub_v.any():
            continue
        own = (labels[y - oy : y - oy + h, x - ox : x - ox + w] == i).astype(np.uint8) * 255
        found = grid_from_region(np.ascontiguousarray(own), (box[0], box[1]), dpi) if own.any() else None
        if found is not None:
            grids.append(found)
    grids.sort(key=lambda g: (g.box[1], g.box[0]))
    return grids


def horizontal_rules(h_mask: np.ndarray, dpi: float, factor: int = 1) -> list[PixelBox]:
    """Horizontal lines at least ``MIN_TABLE_W_IN`` long (boxes in full-page pixels), top to bottom."""
    n, _, stats, _ = components_in_box(h_mask, 8)
    min_w = _px(MIN_TABLE_W_IN, dpi)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if w >= min_w and h <= _px(0.04, dpi, 3):
            out.append((int(x) * factor, int(y) * factor, int(x + w) * factor, int(y + h) * factor))
    out.sort(key=lambda b: (b[1], b[0]))
    return out


def rule_tables(rules: Sequence[PixelBox], dpi: float) -> list[list[PixelBox]]:
    """Runs of at least three horizontal rules of about the same extent, each below the
    last by less than ``MAX_BAND_IN``: the row rules of a table drawn without vertical lines."""
    tol = _px(0.25, dpi)
    max_band = _px(MAX_BAND_IN, dpi)
    runs: list[list[PixelBox]] = []
    for r in rules:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(r[0] - last[0]) <= tol
            and abs(r[2] - last[2]) <= tol
            and 0 < r[1] - last[1] <= max_band
        ):
            if r[1] - last[3] > _px(0.05, dpi):  # a double line is one rule
                runs[-1].append(r)
            continue
        runs.append([r])
    return [run for run in runs if len(run) >= 3]


def columns_from_words(
    region: PixelBox, word_boxes: Sequence[PixelBox], header_bottom: int, dpi: float
) -> list[int]:
    """Column boundaries of a table without vertical lines, from where its words sit: the
    x positions no word below the header covers, at least ``MIN_COL_GAP_IN`` wide, cut in
    their middle. Returns the inner boundaries, left to right."""
    x0, _, x1, _ = region
    width = x1 - x0
    if width <= 0:
        return []
    cover = np.zeros(width, np.int32)
    n = 0
    for b in word_boxes:
        if b[1] < header_bottom:
            continue
        a, z = max(0, b[0] - x0), min(width, b[2] - x0)
        if z > a:
            cover[a:z] += 1
            n += 1
    if n < 4:
        return []
    empty = cover == 0
    min_gap = _px(MIN_COL_GAP_IN, dpi, 3)
    cuts = []
    i = 0
    while i < width:
        if empty[i]:
            j = i
            while j < width and empty[j]:
                j += 1
            if i > 0 and j < width and j - i >= min_gap:
                cuts.append(x0 + (i + j) // 2)
            i = j
        else:
            i += 1
    return cuts


def grid_from_rules(rules: Sequence[PixelBox], cuts: Sequence[int]) -> Grid | None:
    """A grid from row rules and column cuts (every cell one row and one column)."""
    if len(rules) < 3 or not cuts:
        return None
    x0 = min(r[0] for r in rules)
    x1 = max(r[2] for r in rules)
    row_edges = [int((r[1] + r[3]) // 2) for r in rules]
    col_edges = [x0, *cuts, x1]
    cells = []
    for i in range(len(row_edges) - 1):
        for j in range(len(col_edges) - 1):
            cells.append(
                GridCell(
                    i,
                    j,
                    1,
                    1,
                    (col_edges[j] + 1, row_edges[i] + 1, col_edges[j + 1] - 1, row_edges[i + 1] - 1),
                )
            )
    return Grid(
        box=(x0, row_edges[0], x1, row_edges[-1]),
        row_edges=tuple(row_edges),
        col_edges=tuple(col_edges),
        cells=tuple(cells),
    )


def clean_page(image, dpi: float = 300, deskew: bool = True) -> CleanPage:
    """Every clean-up stage on one page image: grayscale, deskew, denoise + binarize,
    ruling lines → grids, lines erased. Times of the stages are kept in ``seconds``.

    Lines and grids are found on the ink shrunk to about 150 dpi (ruling lines survive
    it, and it is four times cheaper); their masks are brought back to full size to erase
    the lines.
    """
    import time

    t0 = time.perf_counter()
    gray = to_gray(image)
    angle = estimate_skew(gray, dpi) if deskew else 0.0
    gray = rotate(gray, angle)
    t1 = time.perf_counter()
    ink = binarize(gray, dpi)
    t2 = time.perf_counter()
    factor = max(1, int(dpi // 150))
    small = line_ink(gray, dpi, factor)
    h, v = line_masks(small, dpi / factor)
    h, v = join_segments(h, v, dpi / factor)
    grids = [scale_grid(g, factor) for g in find_grids(h, v, dpi / factor)]
    rules = [
        r
        for r in horizontal_rules(h, dpi / factor, factor)
        if not any(
            g.box[1] - 4 <= r[1] <= g.box[3] + 4 and r[0] < g.box[2] and r[2] > g.box[0] for g in grids
        )
    ]
    t3 = time.perf_counter()
    text_ink = remove_lines(ink, h, v, dpi, factor)
    t4 = time.perf_counter()
    return CleanPage(
        gray=gray,
        ink=ink,
        text_ink=text_ink,
        angle=angle,
        grids=grids,
        rules=rules,
        seconds={"deskew": t1 - t0, "binarize": t2 - t1, "grid": t3 - t2, "remove_lines": t4 - t3},
    )


def scale_grid(grid: Grid, factor: int) -> Grid:
    """A grid found on a page shrunk by ``factor``, in the full page's pixels."""
    if factor == 1:
        return grid

    def box(b: PixelBox) -> PixelBox:
        return (b[0] * factor, b[1] * factor, b[2] * factor, b[3] * factor)

    return Grid(
        box=box(grid.box),
        row_edges=tuple(e * factor for e in grid.row_edges),
        col_edges=tuple(e * factor for e in grid.col_edges),
        cells=tuple(GridCell(c.row, c.col, c.row_span, c.col_span, box(c.box)) for c in grid.cells),
    )


# --------------------------------------------------------------------------- page geometry

ORIENT_DPI = 60  # the resolution the direction of the text lines is judged at
VERTICAL_RATIO = 1.6  # more vertical than horizontal text lines by this factor: turned 90°


def _elongated(ink: np.ndarray, dpi: float) -> int:
    """Ink pixels in components that run horizontally once letters are joined: text lines
    (and horizontal rules) of an upright page."""
    k = _px(0.07, dpi, 3)
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    n, _, stats = components(joined, 8)
    if n <= 1:
        return 0
    w, h, area = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_AREA]
    lines = (w >= 4 * h) & (w >= _px(0.4, dpi)) & (h >= 2) & (h <= _px(0.45, dpi))
    return int(area[lines].sum())


def text_is_vertical(gray: np.ndarray, dpi: float) -> bool:
    """Whether the page's text lines run up or down the image (a page turned 90°): the
    letters joined along each axis in turn, the axis that makes more long thin lines wins."""
    scale = min(1.0, ORIENT_DPI / max(dpi, 1))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    small_dpi = dpi * scale
    ink = quick_ink(small)
    across = _elongated(ink, small_dpi)
    down = _elongated(np.ascontiguousarray(ink.T), small_dpi)
    return down > VERTICAL_RATIO * max(across, 1)


def turn(gray: np.ndarray, quarter_turns: int) -> np.ndarray:
    """The image turned by ``quarter_turns`` × 90° counter-clockwise."""
    q = quarter_turns % 4
    return np.ascontiguousarray(np.rot90(gray, q)) if q else gray


def block_mean(gray: np.ndarray, k: int) -> np.ndarray:
    """The image shrunk ``k`` times (whole) by the mean of k×k blocks, on the image cut to
    a multiple of k: OpenCV's fast area path, a fifth of the CPU of a fractional factor on a
    page. Close to, not equal to, ``INTER_AREA`` to ``size // k`` (its blocks drift by a
    pixel or two across the page): good for a quick look, which decides only whether the
    exact measure is needed."""
    h, w = gray.shape[:2]
    if k <= 1 or h < k or w < k:
        return gray
    return cv2.resize(gray[: h // k * k, : w // k * k], (w // k, h // k), interpolation=cv2.INTER_AREA)


QUICK_MARGIN_LIGHT = 6  # grey levels: a quick look this far below UNEVEN_LIGHT is even light
QUICK_MARGIN_SHEET = 0.02  # share of the picture: a quick look this far outside a sheet's range is none


def _paper_light(small: np.ndarray, dpi: float) -> np.ndarray:
    k = _px(0.25, dpi, 3) | 1
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    return cv2.GaussianBlur(bg, (0, 0), 2)


def _spread(bg: np.ndarray) -> float:
    lo, hi = np.percentile(bg, (5, 95))
    return float(hi - lo)


def background(gray: np.ndarray, dpi: float, factor: int = 8) -> np.ndarray:
    """The paper's brightness (ink closed over) on the page shrunk ``factor`` times."""
    f = factor
    small = cv2.resize(
        gray, (max(1, gray.shape[1] // f), max(1, gray.shape[0] // f)), interpolation=cv2.INTER_AREA
    )
    return _paper_light(small, dpi / f)


UNEVEN_LIGHT = 28  # grey levels between the darker and lighter paper: light to even out


def even_light(gray: np.ndarray, dpi: float, force: bool = False) -> np.ndarray:
    """The page divided by its own paper brightness, when the light on it is uneven (a
    photo's shadow and vignetting): paper becomes uniformly white, ink keeps its contrast.
    A page whose quick look (``block_mean``) shows light well within ``UNEVEN_LIGHT`` is
    left as it is without the exact measure (a scan's usual case)."""
    if not force and _spread(_paper_light(block_mean(gray, 8), dpi / 8)) < UNEVEN_LIGHT - QUICK_MARGIN_LIGHT:
        return gray
    bg = background(gray, dpi)
    if not force and _spread(bg) < UNEVEN_LIGHT:
        return gray
    bg = cv2.resize(bg, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(bg, 1), scale=255)


def _largest_bright(small: np.ndarray) -> tuple[np.ndarray, float] | None:
    """The largest bright region of a shrunk picture (Otsu, closed): its contour and area."""
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    _, bright = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    return c, float(cv2.contourArea(c))


def page_quad(gray: np.ndarray) -> np.ndarray | None:
    """The four corners (tl, tr, br, bl; float32 pixels) of a sheet of paper photographed
    on a darker ground: the largest bright four-sided region, when it covers between 30% and
    97% of the picture. None for a scan (the page fills the image) or when no sheet is seen."""
    h, w = gray.shape
    scale = 800.0 / max(h, w)
    if scale <= 0.5:
        # A quick look first, on the page shrunk by whole blocks to about the same size: a
        # bright region well outside a sheet's share (a scan: the page fills the picture)
        # is no sheet; anything near the range is measured exactly.
        k = int(1.0 / scale)
        quick = block_mean(gray, k)
        found = _largest_bright(quick)
        share = found[1] / (quick.shape[0] * quick.shape[1]) if found is not None else 0.5
        if not 0.30 - QUICK_MARGIN_SHEET <= share <= 0.97 + QUICK_MARGIN_SHEET:
            return None
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    scale = min(scale, 1.0)
    found = _largest_bright(small)
    if found is None:
        return None
    c, area = found
    total = small.shape[0] * small.shape[1]
    if not 0.30 * total <= area <= 0.97 * total:
        return None
    hull = cv2.convexHull(c)
    peri = cv2.arcLength(hull, True)
    quad = None
    for eps in (0.01, 0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float32)
            break
    if quad is None:
        return None
    s = quad.sum(axis=1)
    d = np.diff(quad, axis=1).ravel()
    ordered = np.array(
        [quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]], dtype=np.float32
    )
    return ordered / scale


def unwarp(gray: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The sheet inside ``quad`` warped to an upright rectangle (its sides' mean lengths)."""
    tl, tr, br, bl = quad
    width = int(round((np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2))
    height = int(round((np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2))
    dst = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    return cv2.warpPerspective(
        gray, m, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE
    )
