"""OCR of scanned pages and images with Tesseract (``vie``), into the one cell grid.

The stages of one page (each a function here or in ``extract.scan``):

1. render      a PDF page at ``options.dpi`` with pypdfium2 (``ocr_pdf_page`` only)
2. clean-up    grayscale, deskew, denoise, binarize, ruling lines → grids, lines erased
3. OCR         one ``image_to_data`` call on the whole cleaned page: words, boxes, confidences
4. grid        words placed in the cells they overlap; one ``Line`` per table row with one
               ``Cell`` per column (empty cells kept), running text as one-cell lines
5. re-reads    value cells (numeric-looking columns) read with low confidence, or with ink
               but no word, are cropped and read again — a single-line pass and a
               digits-only pass, each one Tesseract call for all such cells of the page — and
               the better reading is kept

Tesseract runs single-threaded (``OMP_THREAD_LIMIT=1``; pages are spread over processes by
the caller) under a per-page time limit (``options.page_timeout``): a page that runs out of
time comes back with method ``failed`` and the reason. Boxes are in PDF points
(pixels × 72 / dpi), text is Unicode NFC.
"""

from __future__ import annotations

import os
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import regex

from core.errors import OCRUnavailable, PipelineError, UnreadableFile
from core.records import METHOD_FAILED, METHOD_OCR, BBox, Cell, Line, Page
from extract.options import ExtractOptions
from extract.scan import CleanPage, Grid, GridCell, PixelBox, clean_page

PAGE_PSM = 6  # Tesseract page segmentation for the whole page: a uniform block.
# Same body-text CER as 3/4/11/12 on the fixtures, and the only one
# that keeps two-line table cells whole (bench/bench_ocr.py --psm).
GAP_IN = 0.45  # inches: words further apart on one line are separate text lines
REREAD_PSM = 7  # a cropped cell is one line of text
DIGITS = "0123456789.,%/"
TARGET_DPI = 300  # images scanned coarser than MIN_DPI are enlarged to this
MIN_DPI = 200
MAX_DPI = 400  # images scanned finer are reduced to TARGET_DPI (speed)
SURE = 0.85  # a word in a numeric column read below this is read again
OSD_DPI = 150  # resolution of the page Tesseract's orientation detection reads
OSD_MIN_CONFIDENCE = 1.0
A4_SHORT_IN = 8.27  # inches: a photographed sheet is taken to be an A4 page
TABLE_ID_STRIDE = 100  # Line.table = page * TABLE_ID_STRIDE + index of the grid on the page

# A value that reads as a number, a percentage, a fraction or a row number (STT).
_NUMERIC = regex.compile(r"^[\(\[]?[-+]?\d[\d.,\s]*%?[\)\]]?$|^\d+\s*/\s*\d+$|^[IVXLC]+\.?$|^[-–]$")
_DIGIT = regex.compile(r"\d")
_VALUE_HEADER = regex.compile(r"^(?:stt|tt|số liệu|số lượng|giá trị)\b")
_LETTER = regex.compile(r"\p{L}")


class PageTimeout(PipelineError):
    """Tesseract ran past the per-page time limit."""

    def __init__(self, page: int | None, seconds: float):
        super().__init__(
            f"OCR of page {page if page is not None else '?'} took longer than {seconds:g} s "
            "(page_timeout); the page is left out. Raise page_timeout or give the page "
            "a cleaner scan."
        )


class OCRFailed(PipelineError):
    """Tesseract ran but failed on the page (its own message attached)."""


@dataclass(frozen=True)
class Word:
    """One word read by Tesseract, in pixels of the cleaned page."""

    text: str
    conf: float  # 0..1
    box: PixelBox
    line_key: tuple[int, int, int] = (0, 0, 0)  # Tesseract's (block, paragraph, line)
    order: int = 0  # position in Tesseract's output

    @property
    def cx(self) -> float:
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self) -> float:
        return (self.box[1] + self.box[3]) / 2


@dataclass
class PageStats:
    """What one page's OCR cost and found (for the benchmark and for logs)."""

    seconds: dict[str, float] = field(default_factory=dict)
    words: int = 0
    rereads: int = 0
    rereads_improved: int = 0
    second_reads: int = 0
    angle: float = 0.0
    grids: int = 0
    rotation: int = 0  # degrees the page was turned (counter-clockwise) to make it upright
    unwarped: bool = False  # a photographed sheet was cut out and its perspective undone


# --------------------------------------------------------------------------- Tesseract


@lru_cache(maxsize=8)
def _languages(cmd: str) -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as exc:
        raise OCRUnavailable(f"no tesseract program at {cmd!r}") from exc
    except (OSError, pytesseract.TesseractError) as exc:
        raise OCRUnavailable(f"tesseract does not run: {exc}") from exc


def check_tesseract(lang: str = "vie") -> None:
    """Raise ``OCRUnavailable`` unless Tesseract runs and has every language of ``lang``."""
    from extract import tess

    eng = tess.engine()
    if eng is not None:
        have = eng.languages
    else:
        import pytesseract

        have = _languages(pytesseract.pytesseract.tesseract_cmd)
    missing = [code for code in lang.split("+") if code and code not in have]
    if missing:
        raise OCRUnavailable(f"language data {'+'.join(missing)!r} is not installed")


def _write_image(image: np.ndarray, folder: str) -> str:
    """The page as an uncompressed PGM/PBM file (fast to write, read by Tesseract)."""
    path = os.path.join(folder, "page.pgm")
    if not cv2.imwrite(path, image):
        raise OCRFailed("could not write the page image for Tesseract")
    return path


def run_tesseract(
    image: np.ndarray,
    lang: str,
    psm: int,
    dpi: float,
    timeout: float,
    extra: str = "",
    page: int | None = None,
    binary: bool = False,
) -> list[Word]:
    """Words of an image (black text on white, uint8) from Tesseract's TSV output, with
    ``extract.tess.HANDLE_VARIABLES`` set; ``binary``: the image is our 0/255 ink.

    Raises ``PageTimeout`` past ``timeout`` seconds, ``OCRUnavailable`` when Tesseract or
    the language is missing, ``OCRFailed`` for any other Tesseract error. Read in this
    process by ``extract.tess`` (the model loaded once), else by the ``tesseract`` program.
    """
    from extract import tess

    if timeout <= 0:
        raise PageTimeout(page, 0)
    eng = tess.engine()
    if eng is not None:
        try:
            data = eng.data(image, lang, psm, dpi, timeout, tess.parse_variables(extra), binary)
        except tess.TessTimeout as exc:
            raise PageTimeout(page, timeout) from exc
        except tess.TessFailed as exc:
            raise OCRFailed(f"Tesseract failed on page {page}: {exc}") from exc
        return words_from_data(data)
    import pytesseract

    # Single-threaded Tesseract: the caller runs pages in parallel processes, and
    # OpenMP threads only fight over the same cores (pytesseract passes os.environ).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    config = f"--psm {psm} --dpi {int(round(dpi))} {tess.HANDLE_CONFIG} {extra}".strip()
    with tempfile.TemporaryDirectory(prefix="cchc-ocr-") as tmp:
        path = _write_image(image, tmp)
        try:
            data = pytesseract.image_to_data(
                path, lang=lang, config=config, timeout=timeout, output_type=pytesseract.Output.DICT
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise OCRUnavailable("no tesseract program on PATH") from exc
        except RuntimeError as exc:
            if "timeout" in str(exc).lower():
                raise PageTimeout(page, timeout) from exc
            raise OCRFailed(f"Tesseract failed: {exc}") from exc
        except pytesseract.TesseractError as exc:
            msg = str(exc.message if hasattr(exc, "message") else exc)
            if "Failed loading language" in msg or "Could not initialize tesseract" in msg:
                raise OCRUnavailable(f"language data {lang!r} could not be loaded") from exc
            raise OCRFailed(f"Tesseract failed on page {page}: {msg.strip()[:300]}") from exc
    return words_from_data(data)


def words_from_data(data: dict) -> list[Word]:
    """Tesseract's ``image_to_data`` dictionary → words (level 5, non-empty), NFC text."""
    words: list[Word] = []
    n = len(data.get("text", []))
    for i in range(n):
        if int(data["level"][i]) != 5:
            continue
        text = unicodedata.normalize("NFC", str(data["text"][i] or "")).strip()
        if not text:
            continue
        conf = float(data["conf"][i])
        if conf < 0:
            continue
        x, y, w, h = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        words.append(
            Word(
                text=text,
                conf=max(0.0, min(1.0, conf / 100.0)),
                box=(x, y, x + w, y + h),
                line_key=(int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i])),
                order=len(words),
            )
        )
    return words


# --------------------------------------------------------------------------- geometry


def _overlap(a: PixelBox, b: PixelBox) -> int:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0


def _inside(word: Word, box: PixelBox) -> bool:
    return box[0] <= word.cx <= box[2] and box[1] <= word.cy <= box[3]


def to_points(box: PixelBox, dpi: float) -> BBox:
    """A pixel box → PDF points (x0, top, x1, bottom)."""
    k = 72.0 / dpi
    return (round(box[0] * k, 2), round(box[1] * k, 2), round(box[2] * k, 2), round(box[3] * k, 2))


def union(boxes: Iterable[PixelBox]) -> PixelBox | None:
    boxes = list(boxes)
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def reading_order(words: Sequence[Word]) -> list[list[Word]]:
    """Words of one cell (or region) grouped into visual lines, top to bottom, left to right."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.cy, w.box[0])):
        if rows:
            last = rows[-1]
            top = min(x.box[1] for x in last)
            bottom = max(x.box[3] for x in last)
            height = min(bottom - top, w.box[3] - w.box[1])
            shared = min(bottom, w.box[3]) - max(top, w.box[1])
            if height > 0 and shared >= 0.4 * height:
                last.append(w)
                continue
        rows.append([w])
    return [sorted(r, key=lambda w: w.box[0]) for r in rows]


def join_words(words: Sequence[Word]) -> str:
    return " ".join(" ".join(w.text for w in row) for row in reading_order(words))


def assign_words(grid: Grid, words: Sequence[Word]) -> dict[GridCell, list[Word]]:
    """Each word inside the grid goes to the cell its box overlaps most (its centre's cell
    when it overlaps none, e.g. a word read across an erased line)."""
    out: dict[GridCell, list[Word]] = {c: [] for c in grid.cells}
    if not words or not grid.cells:
        return out
    boxes = np.array([c.box for c in grid.cells], dtype=np.int64)
    wb = np.array([w.box for w in words], dtype=np.int64)
    # The overlap of every word with every cell at once (the first of equal areas wins).
    iw = np.minimum(boxes[None, :, 2], wb[:, None, 2]) - np.maximum(boxes[None, :, 0], wb[:, None, 0])
    ih = np.minimum(boxes[None, :, 3], wb[:, None, 3]) - np.maximum(boxes[None, :, 1], wb[:, None, 1])
    area = np.where((iw > 0) & (ih > 0), iw * ih, 0)
    first = area.argmax(axis=1)
    overlaps = area[np.arange(len(words)), first] > 0
    for w, i, inside in zip(words, first.tolist(), overlaps.tolist()):
        best = grid.cells[i] if inside else None
        if best is None:
            best = min(
                grid.cells,
                key=lambda c: abs((c.box[0] + c.box[2]) / 2 - w.cx) + abs((c.box[1] + c.box[3]) / 2 - w.cy),
            )
        out[best].append(w)
    return out


# --------------------------------------------------------------------------- cells


def looks_numeric(text: str) -> bool:
    """A value as tables print them: ``12``, ``2.378.231``, ``44,64``, ``87%``, ``1/2``, ``II``."""
    return bool(_NUMERIC.match(text.strip()))


def suspicious_value(text: str) -> bool:
    """A value cell that mixes digits with letters (``3O``, ``l2``), starts with ``+``, or
    splits a number (``2 378``): an OCR slip more often than a real value."""
    t = text.strip()
    if not t or not _DIGIT.search(t):
        return False
    if _LETTER.search(t) or t.startswith("+"):
        return True  # "3O", "l2"; and "+30": tables print no plus signs, a 2 was misread
    # "2 378" (a split number) or "2378.231" (a thousands dot after four digits).
    return bool(regex.search(r"\d\s+\d|\d{4,}\.\d{3}(?!\d)", t))


def needs_reread(text: str, conf: float | None, low: float) -> bool:
    """Whether a value cell's first reading is doubtful enough to read the cell again:
    below ``low`` confidence, a suspicious number, or a word where numbers are expected
    (``s`` for ``5``) or a number with separators read with less than ``SURE`` confidence."""
    if conf is None:
        return True
    if conf < low or suspicious_value(text):
        return True
    if conf >= SURE or not text.strip():
        return False
    # Below SURE: words where numbers are expected, and separators (Tesseract's usual slips
    # are "," ↔ "/" ↔ "." inside numbers: 72/73 for 72,73).
    return not looks_numeric(text) or any(ch in text for ch in ",./")


def numeric_columns(texts: Sequence[Sequence[str]], min_share: float = 0.5) -> set[int]:
    """Columns of values and row numbers: headed ``STT``/``Số liệu``/``Giá trị``… in the
    first rows, or whose non-empty cells mostly look numeric."""
    cols: set[int] = set()
    if not texts:
        return cols
    width = max(len(r) for r in texts)
    for c in range(width):
        if any(c < len(r) and _VALUE_HEADER.match(r[c].strip().casefold()) for r in texts[:3]):
            cols.add(c)
            continue
        vals = [r[c] for r in texts if c < len(r) and r[c].strip()]
        if len(vals) >= 2 and sum(looks_numeric(v) for v in vals) >= min_share * len(vals):
            cols.add(c)
    return cols


@dataclass
class CellReading:
    """The reading of one grid cell."""

    cell: GridCell
    words: list[Word]
    text: str = ""
    conf: float | None = None
    has_ink: bool = False
    marks: int = 0  # dots/commas seen in the cell's ink (numeric cells)
    second: str | None = None  # the independent second reading of a value cell
    second_conf: float | None = None

    def missing_marks(self) -> bool:
        """The ink shows more dots/commas than the reading has (``111`` for ``11,1``)."""
        return bool(self.text) and looks_numeric(self.text) and _separators(self.text) < self.marks

    def read(self, numeric: bool = False, text: bool = True) -> None:
        """The text and confidence from the words; ``text=False``: the confidence only
        (the words, and so the text, unchanged since the last ``read``)."""
        if text:
            self.text = join_words(self.words)
        if self.words:
            confs = [w.conf for w in self.words]
            # A value is as sure as its least sure word; a label as its average.
            self.conf = min(confs) if numeric else sum(confs) / len(confs)
        else:
            self.conf = None


def _cell_interior(cell: GridCell, dpi: float, shape: tuple[int, int]) -> PixelBox:
    m = max(1, int(round(dpi * 0.012)))
    x0, y0, x1, y1 = cell.box
    return (max(0, x0 + m), max(0, y0 + m), min(shape[1], x1 - m), min(shape[0], y1 - m))


def ink_box(text_ink: np.ndarray, box: PixelBox, dpi: float) -> PixelBox | None:
    """The box of the ink inside ``box`` (None when it is blank or holds only dust)."""
    x0, y0, x1, y1 = box
    sub = text_ink[y0:y1, x0:x1]
    if sub.size == 0:
        return None
    min_ink = max(6, int((dpi / 300.0) ** 2 * 25))
    if cv2.countNonZero(sub) < min_ink:
        return None
    bx, by, bw, bh = cv2.boundingRect(cv2.findNonZero(sub))
    return (x0 + bx, y0 + by, x0 + bx + bw, y0 + by + bh)


# --------------------------------------------------------------------------- re-reads


def separator_marks(text_ink: np.ndarray, box: PixelBox) -> int:
    """How many small marks sit on the baseline between the characters of a cell's ink:
    the dots and commas of ``1.5.4`` or ``11,1`` (a reading with fewer separators than
    marks has dropped one)."""
    x0, y0, x1, y1 = box
    sub = text_ink[y0:y1, x0:x1]
    n, _, stats, _ = cv2.connectedComponentsWithStats(sub, connectivity=8)
    if n <= 2:
        return 0
    comps = stats[1:]
    heights = comps[:, cv2.CC_STAT_HEIGHT]
    tall_h = float(np.median(heights[heights >= 0.6 * heights.max()]))
    tall = comps[heights >= 0.6 * tall_h]
    if len(tall) < 2:
        return 0
    baseline = float(np.median(tall[:, cv2.CC_STAT_TOP] + tall[:, cv2.CC_STAT_HEIGHT]))
    left = tall[:, cv2.CC_STAT_LEFT].min()
    right = (tall[:, cv2.CC_STAT_LEFT] + tall[:, cv2.CC_STAT_WIDTH]).max()
    marks = 0
    for x, y, w, h, area in comps:
        bottom = y + h
        if h > 0.45 * tall_h or w > 0.45 * tall_h or area < 4:
            continue
        if not left < x + w / 2 < right:
            continue
        if abs(bottom - baseline) <= 0.3 * tall_h or (y < baseline < bottom + 0.1 * tall_h):
            marks += 1
    return marks


def _separators(text: str) -> int:
    return sum(text.count(ch) for ch in ".,")


def build_strip(
    image: np.ndarray, boxes: Sequence[PixelBox], dpi: float
) -> tuple[np.ndarray, list[PixelBox]]:
    """Crops of the page image (black on white) stacked one under the other on white
    paper, each with a margin, so that one Tesseract call reads them all; returns the strip and where each
    crop lies in it."""
    pad = max(16, int(dpi * 0.15))  # about a line of white between crops: closer lines
    # merge, and dots turn into diacritics
    width = max(b[2] - b[0] for b in boxes) + 2 * pad
    height = sum(b[3] - b[1] + pad for b in boxes) + pad
    # The strip's paper has the crops' paper tone, so that no crop shows as a grey box.
    paper = int(np.median(np.concatenate([image[y0:y1, x0:x1].ravel() for x0, y0, x1, y1 in boxes])))
    strip = np.full((height, width), max(paper, 128), np.uint8)
    places = []
    y = pad
    for x0, y0, x1, y1 in boxes:
        crop = image[y0:y1, x0:x1]
        h, w = crop.shape
        strip[y : y + h, pad : pad + w] = crop
        places.append((pad, y, pad + w, y + h))
        y += h + pad
    return strip, places


def read_strip(
    strip: np.ndarray,
    places: Sequence[PixelBox],
    lang: str,
    dpi: float,
    timeout: float,
    extra: str = "",
    page: int | None = None,
) -> list[tuple[str, float | None]]:
    """Read a strip of crops (0/255 ink: every strip is cut from a thresholded image):
    (text, least word confidence) for each crop, in order."""
    psm = REREAD_PSM if len(places) == 1 else 6
    words = run_tesseract(strip, lang, psm, dpi, timeout, extra, page, binary=True)
    out: list[tuple[str, float | None]] = []
    for place in places:
        mine = [w for w in words if place[1] - 2 <= w.cy <= place[3] + 2]
        if not mine:
            out.append(("", None))
            continue
        out.append((join_words(mine), min(w.conf for w in mine)))
    return out


def _better(old_text: str, old_conf: float | None, new_text: str, new_conf: float | None) -> bool:
    if not new_text or new_conf is None:
        return False
    if not old_text or old_conf is None:
        return True
    if suspicious_value(old_text) and not suspicious_value(new_text) and new_conf >= old_conf - 0.15:
        return True
    return new_conf > old_conf + 0.02


def reread_cells(
    clean: CleanPage,
    readings: Sequence[CellReading],
    options: ExtractOptions,
    dpi: float,
    deadline: float,
    page: int | None,
    stats: PageStats,
    image: np.ndarray | None = None,
) -> None:
    """Read again the value cells that need it, keeping the better reading in place.

    Pass 1 reads the crops as single lines with the page's language; pass 2 reads those
    still below ``options.low_confidence`` with digits and ``.,%/`` only. When the time
    left for the page runs out, the remaining cells keep their first reading.
    """
    # Crops come from our binarized ink: on grey crops the stacked strip reads worse.
    if image is None:
        image = clean.binary_text_image()
    todo = list(readings)
    for extra in ("", f"-c tessedit_char_whitelist={DIGITS}"):
        if not todo:
            break
        left = deadline - time.monotonic()
        if left <= 0.5:
            return
        boxes = []
        for r in todo:
            box = ink_box(clean.text_ink, _cell_interior(r.cell, dpi, clean.text_ink.shape), dpi)
            boxes.append(box)
        pairs = [(r, b) for r, b in zip(todo, boxes) if b is not None]
        if not pairs:
            return
        strip, places = build_strip(image, [b for _, b in pairs], dpi)
        try:
            results = read_strip(strip, places, options.ocr_lang, dpi, left, extra, page)
        except PageTimeout:
            return
        stats.rereads += len(pairs)
        still = []
        for (r, _), (text, conf) in zip(pairs, results):
            restores = (
                r.missing_marks()
                and conf is not None
                and conf >= 0.3
                and looks_numeric(text)
                and _separators(r.text) < _separators(text) <= r.marks
            )
            plausible = conf is not None and (looks_numeric(text) or conf >= 0.3)
            if plausible and (restores or _better(r.text, r.conf, text, conf)):
                r.text, r.conf = text, conf
                stats.rereads_improved += 1
            if needs_reread(r.text, r.conf, options.low_confidence) or r.missing_marks():
                still.append(r)
        todo = still
    for r in todo:
        if r.has_ink and r.conf is None:
            r.conf = 0.0  # ink that nothing could read: keep the doubt visible
        elif (r.missing_marks() or suspicious_value(r.text)) and r.conf is not None:
            # The ink has a dot or comma the reading lacks, or the number is malformed.
            r.conf = min(r.conf, options.low_confidence / 2)


SECOND_SCALE = 1.5  # the second, independent reading of value cells: enlarged this much


def digits_of(text: str | None) -> str:
    """The digits of a reading, in order (what two readings of a number must share)."""
    return "".join(ch for ch in (text or "") if ch.isdigit())


def second_reading(
    clean: CleanPage,
    readings: Sequence[CellReading],
    options: ExtractOptions,
    dpi: float,
    deadline: float,
    page: int | None,
    stats: PageStats,
) -> None:
    """Read every value cell a second time, independently of the first: the cells cut from
    the grey page, enlarged ``SECOND_SCALE`` times, binarized by Otsu and read in one Tesseract call with
    only digits and ``.,%/`` allowed. The reading goes to ``CellReading.second`` ("" when
    the pass saw nothing); the first reading stays the cell's text."""
    left = deadline - time.monotonic()
    if not readings or left <= 0.5:
        return
    pairs = _inked_cells(clean, readings, dpi)
    if not pairs:
        return
    # Cut from the grey page (ruling lines painted out), not from our binarized ink: the
    # first reading's image, so a speck or a broken stroke our binarization made is not
    # read the same way twice (348 for 38 on both passes).
    boxes = [b for _, b in pairs]
    box = union(boxes)
    if box is None:
        return
    # Only the cells' box of that page is made (the same pixels), the crops taken from it.
    ux, uy = box[0], box[1]
    crops = [(b[0] - ux, b[1] - uy, b[2] - ux, b[3] - uy) for b in boxes]
    strip, places = build_strip(clean.text_crop(box), crops, dpi)
    k = SECOND_SCALE
    big = cv2.resize(strip, None, fx=k, fy=k, interpolation=cv2.INTER_CUBIC)
    _, big = cv2.threshold(big, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    places_big = [
        (int(round(p[0] * k)), int(round(p[1] * k)), int(round(p[2] * k)), int(round(p[3] * k)))
        for p in places
    ]
    try:
        results = read_strip(
            big, places_big, options.ocr_lang, dpi * k, left, f"-c tessedit_char_whitelist={DIGITS}", page
        )
    except (PageTimeout, OCRFailed):
        return
    stats.second_reads += len(pairs)
    for (r, _), (text, conf) in zip(pairs, results):
        r.second = text
        r.second_conf = conf
        if (
            r.cell.row < HEADER_ROWS
            and _NEAR_YEAR.fullmatch(r.text.strip())
            and not _YEAR.fullmatch(r.text.strip())
            and _YEAR.fullmatch(text.strip())
        ):
            r.text = text.strip()  # a header's year (2924 for 2024): the second reading is one


_YEAR = regex.compile(r"20[0-4]\d")  # a period a column header names
_NEAR_YEAR = regex.compile(r"\d{4}")


def _inked_cells(clean: CleanPage, readings: Sequence[CellReading], dpi: float) -> list:
    """(reading, ink box) of each cell with ink inside its interior: what a strip re-read takes."""
    pairs = []
    for r in readings:
        box = ink_box(clean.text_ink, _cell_interior(r.cell, dpi, clean.text_ink.shape), dpi)
        if box is not None:
            pairs.append((r, box))
    return pairs


HEADER_ROWS = 2  # the rows at the top of a grid that may hold its column headers
HEADER_SURE = 0.90  # a header cell read below this is read again


def first_body_row(readings: dict[GridCell, CellReading], stt_col: int | None) -> int:
    """The first grid row below the header: the first row whose own STT cell (one row
    high, starting in that row) reads as a row code (``1``, ``1.2``, ``II``). A header's
    STT cell holds a word (``STT``) or spans the header's rows, so it never counts; a
    grid with no such row within ``HEADER_ROWS`` keeps ``HEADER_ROWS`` header rows."""
    rows = [
        c.row
        for c, r in readings.items()
        if c.col == stt_col and c.row_span == 1 and c.row < HEADER_ROWS and _ROW_CODE.match(r.text.strip())
    ]
    return min(rows, default=HEADER_ROWS)


def header_cells(
    grid: Grid, readings: dict[GridCell, CellReading], stt_col: int | None = None
) -> list[CellReading]:
    """Header cells worth a second look: in the rows above the first body row (at most
    ``HEADER_ROWS``), with letters, read below ``HEADER_SURE`` (``Đơnvjtính`` for ``Đơn vị
    tính``: the words a form's column roles are found by). A body row's labels are not
    headers: reading them again costs a Tesseract call for nothing the columns need."""
    top = first_body_row(readings, stt_col)
    return [
        r
        for c, r in readings.items()
        if c.row < top and r.text and _LETTER.search(r.text) and r.conf is not None and r.conf < HEADER_SURE
    ]


def reread_headers(
    clean: CleanPage,
    readings: Sequence[CellReading],
    options: ExtractOptions,
    dpi: float,
    deadline: float,
    page: int | None,
    stats: PageStats,
    image: np.ndarray | None = None,
) -> None:
    """Header cells read again, cut out and stacked in one strip (the general model); the
    new reading is kept when Tesseract is surer of it. ``image``: the page's binarized ink
    (``clean.binary_text_image()``, made again if not given)."""
    left = deadline - time.monotonic()
    if left <= 0.5:
        return
    pairs = _inked_cells(clean, readings, dpi)
    if not pairs:
        return
    if image is None:
        image = clean.binary_text_image()
    strip, places = build_strip(image, [b for _, b in pairs], dpi)
    try:
        results = read_strip(strip, places, options.ocr_lang, dpi, left, "", page)
    except (PageTimeout, OCRFailed):
        return
    for (r, _), (text, conf) in zip(pairs, results):
        if text and conf is not None and conf > (r.conf or 0) + 0.02 and _LETTER.search(text):
            r.text, r.conf = text, conf


def value_cells(
    readings: dict[GridCell, CellReading], numeric: set[int], stt_col: int | None
) -> list[CellReading]:
    """The cells of a grid that hold a value: numeric columns other than the STT column,
    below the header, one column wide, whose first reading has digits (a word such as
    ``Chưa`` is no number to read twice)."""
    out = []
    for c, r in readings.items():
        if c.col not in numeric or c.col == stt_col or c.col_span > 1:
            continue
        if r.text and (_DIGIT.search(r.text) or not _LETTER.search(r.text)):
            out.append(r)
    return out


def stt_column(rows: Sequence[Sequence[str]]) -> int | None:
    """The column headed STT/TT in the first rows (else the first column)."""
    for r in rows[:3]:
        for j, t in enumerate(r):
            if regex.match(r"^(?:stt|tt|s[ốo]\s*tt)\.?$", t.strip().casefold()):
                return j
    return 0


# --------------------------------------------------------------------------- lines


def grid_lines(
    grid: Grid, readings: dict[GridCell, CellReading], dpi: float, page: int | None, table_id: int | None
) -> list[Line]:
    """One ``Line`` per row band of the grid, one ``Cell`` per column; a merged cell's text
    sits in its first column and row, the columns it covers stay empty. Rows with no text
    at all are left out."""
    lines = []
    by_anchor = {(c.row, c.col): readings[c] for c in grid.cells}
    for r in range(grid.n_rows):
        cells = []
        boxes = []
        for c in range(grid.n_cols):
            reading = by_anchor.get((r, c))
            if reading is None:
                cells.append(Cell(""))
                continue
            boxes.append(reading.cell.box)
            conf = None if reading.conf is None else round(reading.conf, 3)
            cells.append(Cell(reading.text, to_points(reading.cell.box, dpi), conf, alt=reading.second))
        if not any(cell.text for cell in cells):
            continue
        box = union(boxes)
        lines.append(Line(cells=cells, page=page, bbox=to_points(box, dpi) if box else None, table=table_id))
    return lines


def split_at_gaps(row: Sequence[Word], gap: float) -> list[list[Word]]:
    """A line of words cut where the space between two words is wider than ``gap`` pixels
    (the two columns of a letterhead, a page number far to the right)."""
    parts: list[list[Word]] = []
    for w in row:
        if parts and w.box[0] - parts[-1][-1].box[2] > gap:
            parts.append([w])
        elif parts:
            parts[-1].append(w)
        else:
            parts.append([w])
    return parts


def text_lines(words: Sequence[Word], dpi: float, page: int | None) -> list[tuple[float, Line]]:
    """Running text: Tesseract's lines in its reading order, each a one-cell ``Line``
    (a line with a wide gap becomes two); returned with the vertical centre of each line
    (pixels), to place tables among them."""
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        groups.setdefault(w.line_key, []).append(w)
    out = []
    rows = []
    for _key, ws in sorted(groups.items(), key=lambda kv: kv[1][0].order):
        for row in reading_order(ws):
            rows.extend(split_at_gaps(row, GAP_IN * dpi))
    for row in rows:
        if row:
            box = union(w.box for w in row)
            text = " ".join(w.text for w in row)
            conf = round(sum(w.conf for w in row) / len(row), 3)
            out.append(
                (
                    (box[1] + box[3]) / 2,
                    Line(cells=[Cell(text, to_points(box, dpi), conf)], page=page, bbox=to_points(box, dpi)),
                )
            )
    return out


def add_rule_grids(clean: CleanPage, words: Sequence[Word], dpi: float) -> None:
    """Tables ruled with horizontal lines only (or whose vertical lines are too faint to
    find): their rows from the rules, their columns from the white gaps the words leave
    (``extract.scan.columns_from_words``), added to ``clean.grids``."""
    from extract.scan import columns_from_words, grid_from_rules, rule_tables

    if not clean.rules:
        return
    added = False
    for run in rule_tables(clean.rules, dpi):
        region = (min(r[0] for r in run), run[0][1], max(r[2] for r in run), run[-1][3])
        boxes = [w.box for w in words if _inside(w, region)]
        header_bottom = run[1][3] if len(run) > 3 else region[1]
        cuts = columns_from_words(region, boxes, header_bottom, dpi)
        grid = grid_from_rules(run, cuts)
        if grid is not None and grid.n_cols >= 2:
            clean.grids.append(grid)
            added = True
    if added:
        clean.grids.sort(key=lambda g: (g.box[1], g.box[0]))


ALIGNED_PAD_IN = 0.02  # inches: an aligned table's cells reach this far past its words


def add_aligned_grids(clean: CleanPage, words: Sequence[Word], dpi: float) -> None:
    """Tables printed without any ruling line: the words outside the grids found so far go
    through the word alignment of digital pages (``extract.layout.unruled_grids``: columns
    from the whole table's alignment, rows joined by the STT column), and each table found
    becomes a grid of those rows and columns in ``clean.grids``, read like a ruled one
    (cells re-read, values read twice)."""
    from extract import layout
    from extract.scan import grid_from_rules

    free = [w for w in words if not any(_inside(w, g.box) for g in clean.grids)]
    if len(free) < 6:
        return
    k = 72.0 / dpi
    # Specks read as marks (``_``, ``¬``, ``—``) would bridge the gaps between columns.
    lwords = [
        layout.Word(
            w.text,
            w.box[0] * k,
            w.box[2] * k,
            w.box[1] * k,
            w.box[3] * k,
            max(1.0, (w.box[3] - w.box[1]) * k),
        )
        for w in free
        if regex.search(r"[\p{L}\p{N}%]", w.text)
    ]
    added = False
    pad = ALIGNED_PAD_IN * 72.0
    for ug in layout.unruled_grids(layout.group_lines(lwords)):
        boxes = _header_lines_apart(ug)
        if len(boxes) < 2 or len(ug.spans) < 2:
            continue
        x0, x1 = ug.spans[0][0] - pad, ug.spans[-1][1] + pad
        ys = [boxes[0][1] - pad]
        ys += [(a[3] + b[1]) / 2 for a, b in zip(boxes, boxes[1:])]
        ys.append(boxes[-1][3] + pad)
        if any(b <= a for a, b in zip(ys, ys[1:])):
            continue  # rows that overlap: no grid to draw
        rules = [(int(x0 / k), int(y / k), int(x1 / k), int(y / k)) for y in ys]
        cuts = [int((a[1] + b[0]) / 2 / k) for a, b in zip(ug.spans, ug.spans[1:])]
        grid = grid_from_rules(rules, cuts)
        if grid is not None and grid.n_cols >= 2:
            clean.grids.append(grid)
            added = True
    if added:
        clean.grids.sort(key=lambda g: (g.box[1], g.box[0]))


_ROW_CODE = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.?)$")


def split_stacked_rows(grid: Grid, assigned: dict[GridCell, list[Word]]) -> Grid:
    """A grid whose row rules were lost (a photographed page, faint lines): an STT cell
    that holds two or more row codes on lines of their own (``2.2`` over ``2.3``) spans
    as many rows; the grid is cut above each further code, every cell crossing a cut split
    in two. The grid itself when no cell is stacked."""
    cuts: list[int] = []
    for cell, ws in assigned.items():
        if cell.col != 0 or len(ws) < 2:
            continue
        lines = reading_order(ws)
        codes = [ln for ln in lines if len(ln) == 1 and _ROW_CODE.match(ln[0].text)]
        if len(codes) < 2 or len(codes) < len(lines) - 1:
            continue
        for ln in codes[1:]:
            top = min(w.box[1] for w in ln)
            height = max(w.box[3] for w in ln) - top
            cuts.append(int(top - 0.35 * height))
    if not cuts:
        return grid
    edges = sorted(set(grid.row_edges) | {c for c in cuts if grid.row_edges[0] < c < grid.row_edges[-1]})
    cells = []
    for c in grid.cells:
        y0, y1 = grid.row_edges[c.row], grid.row_edges[c.row + c.row_span]
        inner = [e for e in edges if y0 < e < y1 and e not in grid.row_edges]
        bounds = [y0, *inner, y1]
        for a, b in zip(bounds, bounds[1:]):
            r0, r1 = edges.index(a), edges.index(b) if b in edges else edges.index(y1)
            cells.append(GridCell(r0, c.col, r1 - r0, c.col_span, (c.box[0], a + 1, c.box[2], b - 1)))
    return Grid(box=grid.box, row_edges=tuple(edges), col_edges=grid.col_edges, cells=tuple(cells))


def _header_lines_apart(ug) -> list[tuple[float, float, float, float]]:
    """An aligned table's row boxes with each line of its header rows (those above the
    first row with a code) a row of its own: a spanning ``Kết quả thống kê`` stays above
    the ``Đơn vị tính | Số liệu`` it spans, as on a ruled header. A word opens a new line
    when its centre is half a word's height below the line's (an ``STT`` centred between
    the two lines of a wrapped header cell is a line between them)."""
    from extract import layout

    out = []
    head = True
    for cols, box in zip(ug.rows, ug.row_boxes):
        if head and cols[0] and layout._STT.match(layout.join_words(cols[0]).strip()):
            head = False
        if not head:
            out.append(box)
            continue
        bands: list[list] = []
        for w in sorted((w for ws in cols for w in ws), key=lambda w: w.cy):
            if bands:
                band = bands[-1]
                mid = sum(x.cy for x in band) / len(band)
                height = sorted(x.bottom - x.top for x in band)[len(band) // 2]
                if w.cy - mid <= 0.5 * height:
                    band.append(w)
                    continue
            bands.append([w])
        for band in bands:
            top, bottom = min(w.top for w in band), max(w.bottom for w in band)
            if out and (top + bottom) / 2 <= out[-1][3]:
                # a mark or a short word of the line above (its centre within that line)
                out[-1] = (box[0], min(out[-1][1], top), box[2], max(out[-1][3], bottom))
            else:
                out.append((box[0], top, box[2], bottom))
    return out


def page_lines(
    clean: CleanPage,
    words: Sequence[Word],
    options: ExtractOptions,
    dpi: float,
    page: int | None,
    deadline: float,
    stats: PageStats,
    image: np.ndarray | None = None,
) -> list[Line]:
    """Words of the page → table rows (grids, with re-reads) and running text, in reading
    order. ``image`` is the page image Tesseract read (``clean.binary_text_image()`` if not given)."""
    if image is None:
        image = clean.binary_text_image()
    add_rule_grids(clean, words, dpi)
    add_aligned_grids(clean, words, dpi)
    free = [w for w in words if not any(_inside(w, g.box) for g in clean.grids)]
    blocks: list[tuple[float, list[Line]]] = []
    to_reread: list[CellReading] = []
    to_read_twice: list[CellReading] = []
    grid_readings = []
    for gi, grid in enumerate(clean.grids):
        inside = [w for w in words if _inside(w, grid.box)]
        assigned = assign_words(grid, inside)
        split = split_stacked_rows(grid, assigned)
        if split is not grid:
            grid = clean.grids[gi] = split
            assigned = assign_words(grid, inside)
        readings = {c: CellReading(c, ws) for c, ws in assigned.items()}
        # Which columns hold values: judged on the first reading.
        for r in readings.values():
            r.read()
        rows = [[""] * grid.n_cols for _ in range(grid.n_rows)]
        for c, r in readings.items():
            rows[c.row][c.col] = r.text
        numeric = numeric_columns(rows)
        stt_col = stt_column(rows)
        for c, r in readings.items():
            r.read(numeric=c.col in numeric, text=False)
            if c.col not in numeric or c.col_span > 1:
                continue
            if r.text and looks_numeric(r.text):
                r.marks = separator_marks(clean.text_ink, _cell_interior(c, dpi, clean.text_ink.shape))
            if not needs_reread(r.text, r.conf, options.low_confidence) and not r.missing_marks():
                continue
            if r.conf is None:
                box = ink_box(clean.text_ink, _cell_interior(c, dpi, clean.text_ink.shape), dpi)
                if box is None:
                    continue  # a blank cell
                r.has_ink = True
            to_reread.append(r)
        grid_readings.append((gi, grid, readings, numeric, stt_col))
    t = time.perf_counter()
    if to_reread:
        reread_cells(clean, to_reread, options, dpi, deadline, page, stats, image)
    stats.seconds["rereads"] = time.perf_counter() - t
    t = time.perf_counter()
    heads = [r for _gi, grid, readings, _n, stt in grid_readings for r in header_cells(grid, readings, stt)]
    if heads:
        reread_headers(clean, heads, options, dpi, deadline, page, stats, image)
    for _gi, _grid, readings, numeric, stt_col in grid_readings:
        to_read_twice.extend(value_cells(readings, numeric, stt_col))
    second_reading(clean, to_read_twice, options, dpi, deadline, page, stats)
    stats.seconds["second_reading"] = time.perf_counter() - t
    for gi, grid, readings, _numeric, _stt in grid_readings:
        table_id = (page or 0) * TABLE_ID_STRIDE + gi
        blocks.append((grid.box[1], grid_lines(grid, readings, dpi, page, table_id)))
    texts = text_lines(free, dpi, page)
    # Each table goes where its top edge falls among the lines of running text.
    out: list[Line] = []
    blocks.sort(key=lambda b: b[0])
    placed = [(sum(1 for y, _ in texts if y < top), block) for top, block in blocks]
    for i, (_, line) in enumerate(texts):
        for pos, block in placed:
            if pos == i:
                out.extend(block)
        out.append(line)
    for pos, block in placed:
        if pos >= len(texts):
            out.extend(block)
    return out


# --------------------------------------------------------------------------- pages


def normalize_resolution(image, dpi: float) -> tuple[np.ndarray, float]:
    """The page at a resolution Tesseract reads well: coarse images enlarged, very fine
    ones reduced, to ``TARGET_DPI``. Returns the grayscale array and its dpi."""
    from extract.scan import to_gray

    gray = to_gray(image)
    if dpi < MIN_DPI or dpi > MAX_DPI:
        k = TARGET_DPI / dpi
        interp = cv2.INTER_CUBIC if k > 1 else cv2.INTER_AREA
        gray = cv2.resize(gray, None, fx=k, fy=k, interpolation=interp)
        return gray, float(TARGET_DPI)
    return gray, float(dpi)


def osd_rotation(gray: np.ndarray, dpi: float, timeout: float) -> int | None:
    """Tesseract's orientation detection (``--psm 0``) on the page shrunk to about 150 dpi:
    the degrees (0, 90, 180, 270, clockwise) to turn the page by to make it upright; None
    when it cannot tell (too little text, no ``osd`` data, out of time)."""
    from extract import tess

    scale = min(1.0, OSD_DPI / max(dpi, 1))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    eng = tess.engine()
    if eng is not None:
        try:
            found = eng.orientation(small, dpi * scale)
        except (tess.TessFailed, OCRUnavailable):
            return None
        if found is None or found[1] < OSD_MIN_CONFIDENCE:
            return None
        return found[0] % 360
    import pytesseract

    try:
        out = pytesseract.image_to_osd(
            small, config=f"--psm 0 --dpi {int(dpi * scale)}", timeout=max(1.0, min(timeout, 20.0))
        )
    except (RuntimeError, pytesseract.TesseractError, OSError):
        return None
    m = regex.search(r"Rotate:\s*(\d+)", out)
    c = regex.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not m or (c and float(c.group(1)) < OSD_MIN_CONFIDENCE):
        return None
    return int(m.group(1)) % 360


def upright_page(
    image, dpi: float, options: ExtractOptions, deadline: float, page: int | None, stats: PageStats
) -> tuple[np.ndarray, float]:
    """A page image made upright and evenly lit before the clean-up, and its dpi:

    1. a photographed sheet (a bright quadrilateral on a darker ground) is cut out and
       warped to a rectangle (``extract.scan.page_quad``, ``unwarp``); its dpi is then the
       one that makes it A4 wide;
    2. uneven light (shadows, vignetting) is divided out (``extract.scan.even_light``);
    3. a page whose text lines run vertically is turned a quarter, and Tesseract's
       orientation detection decides which way (and catches an upside-down result).
    """
    from extract.scan import even_light, page_quad, text_is_vertical, to_gray, turn, unwarp

    gray = to_gray(image)
    t = time.perf_counter()
    quad = page_quad(gray)
    if quad is not None:
        gray = unwarp(gray, quad)
        dpi = min(gray.shape) / A4_SHORT_IN
        stats.unwarped = True
    gray = even_light(gray, dpi, force=quad is not None)
    stats.seconds["perspective"] = time.perf_counter() - t
    t = time.perf_counter()
    if text_is_vertical(gray, dpi):
        gray = turn(gray, 1)
        rot = osd_rotation(gray, dpi, deadline - time.monotonic())
        if rot == 180:
            gray = turn(gray, 2)
        stats.rotation = 270 if rot == 180 else 90
    stats.seconds["orientation"] = time.perf_counter() - t
    return gray, dpi


def failed_page(
    page_number: int | None, error: str, width: float | None = None, height: float | None = None
) -> Page:
    return Page(number=page_number, lines=[], method=METHOD_FAILED, width=width, height=height, error=error)


def ocr_image_page(
    image,
    page_number: int | None,
    options: ExtractOptions | None = None,
    dpi: float = 300,
    stats: PageStats | None = None,
    psm: int = PAGE_PSM,
) -> Page:
    """OCR one page image (Pillow image or array) scanned at ``dpi`` → ``Page``.

    Raises ``OCRUnavailable`` when Tesseract or its language data is missing (nothing can
    be OCR'd then); a page that times out or that Tesseract fails on comes back with
    method ``failed`` and the reason in ``error``.
    """
    options = options or ExtractOptions()
    stats = stats if stats is not None else PageStats()
    check_tesseract(options.ocr_lang)
    start = time.monotonic()
    deadline = start + options.page_timeout
    t0 = time.perf_counter()
    gray, dpi = upright_page(image, dpi, options, deadline, page_number, stats)
    gray, dpi = normalize_resolution(gray, dpi)
    width = round(gray.shape[1] * 72.0 / dpi, 2)
    height = round(gray.shape[0] * 72.0 / dpi, 2)
    clean = clean_page(gray, dpi)
    stats.seconds.update(clean.seconds)
    stats.seconds["resolution"] = time.perf_counter() - t0 - sum(clean.seconds.values())
    stats.angle, stats.grids = clean.angle, len(clean.grids)
    t1 = time.perf_counter()
    image = clean.binary_text_image()
    try:
        words = run_tesseract(
            image, options.ocr_lang, psm, dpi, deadline - time.monotonic(), page=page_number, binary=True
        )
    except (PageTimeout, OCRFailed) as exc:
        stats.seconds["ocr"] = time.perf_counter() - t1
        return failed_page(page_number, str(exc), width, height)
    stats.seconds["ocr"] = time.perf_counter() - t1
    stats.words = len(words)
    lines = page_lines(clean, words, options, dpi, page_number, deadline, stats, image)
    confs = [w.conf for w in words]
    mean = round(sum(confs) / len(confs), 4) if confs else None
    return Page(
        number=page_number, lines=lines, method=METHOD_OCR, ocr_confidence=mean, width=width, height=height
    )


def render_pdf_page(pdf, page_number: int, dpi: float):
    """Page ``page_number`` (1-based) of a PDF (its bytes, or an open pypdfium2 document,
    left open) as a grayscale Pillow image at ``dpi``."""
    import pypdfium2

    own = not isinstance(pdf, pypdfium2.PdfDocument)
    try:
        doc = pypdfium2.PdfDocument(str(pdf) if isinstance(pdf, Path) else pdf) if own else pdf
    except pypdfium2.PdfiumError as exc:
        raise UnreadableFile(f"the PDF cannot be opened for OCR ({exc})") from exc
    try:
        if not 1 <= page_number <= len(doc):
            raise ValueError(f"page {page_number} is outside the PDF's 1..{len(doc)} pages")
        page = doc[page_number - 1]
        try:
            return page.render(scale=dpi / 72.0, grayscale=True).to_pil()
        finally:
            page.close()
    finally:
        if own:
            doc.close()


def ocr_pdf_page(
    pdf, page_number: int, options: ExtractOptions | None = None, stats: PageStats | None = None
) -> Page:
    """Render page ``page_number`` (1-based) of a PDF at ``options.dpi`` and OCR it.

    The same path as image files (``ocr_image_page``). A page that cannot be rendered comes
    back with method ``failed``; a missing Tesseract raises ``OCRUnavailable``.
    """
    import pypdfium2

    options = options or ExtractOptions()
    stats = stats if stats is not None else PageStats()
    check_tesseract(options.ocr_lang)
    t = time.perf_counter()
    try:
        image = render_pdf_page(pdf, page_number, options.dpi)
    except pypdfium2.PdfiumError as exc:
        return failed_page(page_number, f"page {page_number} could not be rendered for OCR ({exc})")
    stats.seconds["render"] = time.perf_counter() - t
    return ocr_image_page(image, page_number, options, options.dpi, stats)
