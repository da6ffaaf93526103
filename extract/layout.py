"""Page geometry → lines and grids: characters → words → text lines; ruling lines → cells.

Pure functions over plain records, used by :mod:`extract.pdf`:

- :func:`words_from_chars` joins characters (in content-stream order) into words;
- :func:`group_lines` gathers words into text lines by their vertical extent;
- :func:`line_text` writes a line, raised small digits as Unicode superscripts;
- :func:`find_grids` turns ruling lines into cell grids (pdfplumber's table finder, lines
  strategy) and :func:`fill_grid` puts words into the cells, multi-line cells in reading order;
- :func:`unruled_grids` finds tables drawn without lines from word alignment;
- :func:`page_lines` puts it all together as the page's :class:`~core.records.Line` s in
  reading order.

Coordinates are pdfplumber's: points, origin top-left, ``(x0, top, x1, bottom)``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from core.records import BBox, Cell, Line

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_NUMERIC = re.compile(r"^[-+]?[\d.,]+%?$")


class Char(NamedTuple):
    """One glyph of the text layer (a tuple: there are thousands on a page)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str = ""
    sup: bool = False  # a raised small mark (footnote number)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class TextLine:
    words: list[Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        sizes = sorted(w.size for w in self.words if not w.sup) or [self.words[0].size]
        return sizes[len(sizes) // 2]

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Grid:
    """A ruled table: per row, one cell bbox per column (None where a merged cell covers it)."""

    bbox: BBox
    rows: list[list[BBox | None]]
    row_tops: list[float] = field(default_factory=list)
    col_x0s: list[float] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0


# ------------------------------------------------------------------ words and lines


def words_from_chars(chars: Iterable[Char]) -> list[Word]:
    """Join characters into words: a space, a jump, a gap or a change of size ends a word."""
    words: list[Word] = []
    append = words.append
    buf: list[str] = []
    x0 = x1 = top = bottom = size = 0.0
    font = ""
    for t, cx0, cx1, ctop, cbottom, csize, cfont in chars:
        if not t or t.isspace():
            if buf:
                append(Word("".join(buf), x0, x1, top, bottom, size, font))
                buf = []
            continue
        if buf:
            big = size if size > csize else csize
            if (
                cx0 - x1 > 0.25 * big
                or cx0 < x1 - big
                or abs(cbottom - bottom) > 0.35 * size
                or abs(csize - size) > 0.15 * size
            ):
                append(Word("".join(buf), x0, x1, top, bottom, size, font))
                buf = [t]
                x0, x1, top, bottom, size, font = cx0, cx1, ctop, cbottom, csize, cfont
                continue
            buf.append(t)
            if cx1 > x1:
                x1 = cx1
            if ctop < top:
                top = ctop
            if cbottom > bottom:
                bottom = cbottom
        else:
            buf = [t]
            x0, x1, top, bottom, size, font = cx0, cx1, ctop, cbottom, csize, cfont
    if buf:
        append(Word("".join(buf), x0, x1, top, bottom, size, font))
    return words


def group_lines(words: Iterable[Word]) -> list[TextLine]:
    """Words → text lines (sorted top to bottom, words left to right) by vertical overlap.

    Raised small words (footnote marks) join the line they sit on and are marked ``sup``.
    """
    lines: list[TextLine] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = w.bottom - w.top
        target = None
        for ln in reversed(lines[-4:]):
            overlap = min(ln.bottom, w.bottom) - max(ln.top, w.top)
            if overlap >= 0.5 * min(h, ln.bottom - ln.top):
                target = ln
                break
        if target is None:
            lines.append(TextLine([w], w.top, w.bottom))
        else:
            target.words.append(w)
            target.top = min(target.top, w.top)
            target.bottom = max(target.bottom, w.bottom)
    for ln in lines:
        ln.words.sort(key=lambda w: w.x0)
        if len(ln.words) > 1:
            ln.words = dedupe_words(ln.words)
        _mark_superscripts(ln)
        body = [w for w in ln.words if not w.sup]
        if body:
            ln.top = min(w.top for w in body)
            ln.bottom = max(w.bottom for w in body)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def dedupe_words(words: list[Word], tolerance: float = 1.5) -> list[Word]:
    """Drop words printed twice at (nearly) the same place — the fake bold of some writers.

    ``words`` are sorted by ``x0``.
    """
    out: list[Word] = []
    for w in words:
        dup = False
        for o in reversed(out[-3:]):
            if w.x0 - o.x0 > tolerance:
                break
            if o.text == w.text and abs(o.top - w.top) <= tolerance:
                dup = True
                break
        if not dup:
            out.append(w)
    return out


def _mark_superscripts(line: TextLine) -> None:
    if len(line.words) < 2:
        return
    size = line.size
    base = sorted(w.bottom for w in line.words if w.size >= 0.85 * size)
    if not base:
        return
    baseline = base[len(base) // 2]
    for w in line.words:
        if w.size < 0.85 * size and w.bottom < baseline - 0.2 * size and w.text.isdigit():
            w.sup = True


def join_words(words: Sequence[Word]) -> str:
    """Words of one line → text; footnote marks glued to the word before as superscripts."""
    parts: list[str] = []
    prev: Word | None = None
    for w in words:
        if w.sup:
            mark = w.text.translate(SUPERSCRIPT_DIGITS)
            if parts and prev is not None and w.x0 - prev.x1 < 0.5 * prev.size:
                parts[-1] += mark
            else:
                parts.append(mark)
        elif parts and prev is not None and -0.5 * w.size < w.x0 - prev.x1 < 0.1 * w.size:
            parts[-1] += w.text  # touching pieces (a change of size or font): one word
        else:
            parts.append(w.text)
        prev = w
    return unicodedata.normalize("NFC", " ".join(parts))


def line_text(line: TextLine) -> str:
    return join_words(line.words)


def segments(line: TextLine, gap: float | None = None) -> list[list[Word]]:
    """Split a line at wide gaps (default: more than the font size) into runs of words."""
    gap = gap if gap is not None else max(line.size, 6.0)
    out: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:]):
        if w.x0 - prev.x1 > gap and not w.sup:
            out.append([w])
        else:
            out[-1].append(w)
    return out


# ------------------------------------------------------------------ ruled grids


class _EdgeSource:
    """The part of a pdfplumber page its table finder reads with the lines strategy."""

    def __init__(self, edges: list[dict], bbox: BBox):
        self.edges = edges
        self.bbox = bbox
        self.chars: list = []


_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def find_grids(edges: list[dict], bbox: BBox, settings: dict | None = None) -> list[Grid]:
    """Ruling-line edges (pdfplumber edge dicts) → grids of at least two columns."""
    if not edges:
        return []
    from pdfplumber.table import TableFinder

    finder = TableFinder(_EdgeSource(edges, bbox), dict(_LINES, **(settings or {})))  # type: ignore[arg-type]  # a page's edges only
    grids = []
    for table in finder.tables:
        rows = [list(r.cells) for r in table.rows]
        if not rows or len(rows[0]) < 2:
            continue
        n = len(rows[0])
        col_x0s: list[float] = []
        for c in range(n):
            xs = [r[c][0] for r in rows if c < len(r) and r[c] is not None]
            col_x0s.append(min(xs) if xs else (col_x0s[-1] if col_x0s else table.bbox[0]))
        row_tops = [min(b[1] for b in r if b is not None) for r in rows]
        x0, top, x1, bottom = table.bbox
        grids.append(Grid((x0, top, x1, bottom), rows, row_tops, col_x0s))
    grids.sort(key=lambda g: (g.bbox[1], g.bbox[0]))
    return grids


def _inside(w: Word, bbox: BBox) -> bool:
    return bbox[0] <= w.cx <= bbox[2] and bbox[1] <= w.cy <= bbox[3]


def _owner(grid: Grid, r: int, c: int, x: float, y: float) -> tuple[int, int]:
    """The cell holding point (x, y), which may be a merged cell started above or to the left."""
    for rr in range(r, -1, -1):
        for cc in range(c, -1, -1):
            b = grid.rows[rr][cc]
            if b is not None and b[0] - 0.5 <= x <= b[2] + 0.5 and b[1] - 0.5 <= y <= b[3] + 0.5:
                return rr, cc
    return r, c


def cell_text(words: list[Word]) -> str:
    """Words of one cell → its text, lines in reading order joined by spaces."""
    if not words:
        return ""
    return " ".join(line_text(ln) for ln in group_lines(words))


def fill_grid(grid: Grid, words: list[Word]) -> list[list[str]]:
    """Put each word (by its centre) into its cell; return the cell texts row by row."""
    n_rows, n_cols = len(grid.rows), grid.n_cols
    bins: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        x, y = w.cx, w.cy
        r = max(0, min(n_rows - 1, bisect_right(grid.row_tops, y) - 1))
        c = max(0, min(n_cols - 1, bisect_right(grid.col_x0s, x) - 1))
        if grid.rows[r][c] is None or not (grid.rows[r][c][1] <= y <= grid.rows[r][c][3]):
            r, c = _owner(grid, r, c, x, y)
        bins.setdefault((r, c), []).append(w)
    return [[cell_text(bins.get((r, c), [])) for c in range(n_cols)] for r in range(n_rows)]


def grid_lines(grid: Grid, texts: list[list[str]], page: int | None, table_id: int) -> list[Line]:
    """One Line per non-empty grid row, one Cell per column (merged-over cells empty)."""
    out = []
    bottoms = grid.row_tops[1:] + [grid.bbox[3]]
    col_x1s = grid.col_x0s[1:] + [grid.bbox[2]]
    for r, (row, row_texts) in enumerate(zip(grid.rows, texts)):
        if not any(t.strip() for t in row_texts):
            continue
        cells = []
        for c, (b, t) in enumerate(zip(row, row_texts)):
            box = (
                (b[0], b[1], b[2], b[3])
                if b is not None
                else (grid.col_x0s[c], grid.row_tops[r], col_x1s[c], bottoms[r])
            )
            cells.append(Cell(t, box))
        out.append(
            Line(
                cells,
                page=page,
                bbox=(grid.bbox[0], grid.row_tops[r], grid.bbox[2], bottoms[r]),
                table=table_id,
            )
        )
    return out


# ------------------------------------------------------------------ unruled grids


@dataclass
class UnruledGrid:
    lines: list[TextLine]  # the text lines the grid was read from
    spans: list[tuple[float, float]]  # column x-ranges
    rows: list[list[list[Word]]]  # words per row per column
    row_boxes: list[BBox]


def _column_spans(runs: list[list[list[Word]]], gap: float) -> list[tuple[float, float]]:
    """Column x-ranges from the alignment of the whole table: the union of the segments'
    ranges, split again where only a few lines bridge two columns that many lines fill (a
    header cell spanning ``Đơn vị tính | Số liệu`` does not join them)."""
    ivs = sorted((seg[0].x0, max(w.x1 for w in seg)) for segs in runs for seg in segs)
    spans: list[list[float]] = []
    for a, b in ivs:
        if spans and a <= spans[-1][1] + gap * 0.5:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    bridge = max(1, int(0.15 * len(runs)))
    out: list[tuple[float, float]] = []
    for a, b in spans:
        out.extend(
            _split_span(a, b, [iv for iv in ivs if iv[0] >= a - 0.01 and iv[1] <= b + 0.01], bridge, gap)
        )
    return out


def _split_span(
    a: float, b: float, ivs: list[tuple[float, float]], bridge: int, gap: float
) -> list[tuple[float, float]]:
    """A union span cut at its valleys: x-ranges covered by at most ``bridge`` segments
    between parts each covered by more than twice as many."""
    cuts = sorted({a, b} | {x for iv in ivs for x in iv})
    pieces = []
    for lo, hi in zip(cuts, cuts[1:]):
        mid = (lo + hi) / 2
        pieces.append((lo, hi, sum(1 for x0, x1 in ivs if x0 <= mid <= x1)))
    strong = 2 * bridge + 1
    parts: list[list[float]] = []
    valley = False
    for lo, hi, cov in pieces:
        low = cov <= bridge
        if low:
            valley = True
            continue
        if parts and not valley:
            parts[-1][1] = hi
        else:
            parts.append([lo, hi, 0])
        parts[-1][2] = max(parts[-1][2], cov)
        valley = False
    # Keep a cut only between two well-filled parts a real gap apart; else join them back.
    merged: list[list[float]] = []
    for part in parts:
        if merged and not (
            merged[-1][2] >= strong and part[2] >= strong and part[0] - merged[-1][1] >= gap * 0.5
        ):
            merged[-1][1] = part[1]
            merged[-1][2] = max(merged[-1][2], part[2])
        else:
            merged.append(list(part))
    if len(merged) <= 1:
        return [(a, b)]
    merged[0][0], merged[-1][1] = a, b
    return [(lo, hi) for lo, hi, _ in merged]


def unruled_grids(lines: list[TextLine]) -> list[UnruledGrid]:
    """Tables drawn without lines: runs of lines whose wide-gap segments align in columns.

    A run needs at least two lines of two or more segments, and either three columns or a
    numeric column (so that a two-column letterhead stays text). A one-segment line inside
    the run that sits right of the first column (the leftmost seen so far: a header cell
    printed above the STT header is not it) belongs to the table; its row is decided by
    the STT column (:func:`_rows_by_stt`). In a table whose codes open the label cells, a
    line of the first column alone stays in the run when cells follow within two lines.
    """
    found: list[UnruledGrid] = []
    i = 0
    while i < len(lines):
        segs = segments(lines[i])
        if len(segs) < 2:
            i += 1
            continue
        run = [i]
        run_segs = [segs]
        first = segs[0]  # the leftmost first cell seen in the run
        j = i + 1
        while j < len(lines):
            prev = lines[run[-1]]
            step = lines[j].top - prev.bottom
            if step > 1.5 * prev.size:
                break
            s = segments(lines[j])
            if len(s) >= 2:
                run.append(j)
                run_segs.append(s)
                if s[0][0].x0 < first[0].x0:
                    first = s[0]
            elif s[0][0].x0 > first[-1].x1 + prev.size:  # continuation right of column 1
                run.append(j)
                run_segs.append(s)
            elif (
                len(run) >= 2
                and _table_below(lines, j)
                and (
                    _LABEL_CODE.match(join_words(s[0]))
                    or any(_LABEL_CODE.match(join_words(r[0])) for r in run_segs)
                )
            ):
                # A table whose codes open the label cells: a label line of its own (the
                # row's other cells on a lower line, or the label wrapped) stays in it.
                run.append(j)
                run_segs.append(s)
            else:
                break
            j += 1
        multi = [s for s in run_segs if len(s) >= 2]
        grid = _make_unruled(lines, run, run_segs, multi) if len(multi) >= 2 else None
        if grid is not None:
            found.append(grid)
            i = run[-1] + 1
        else:
            i += 1
    return found


_LABEL_CODE = re.compile(r"^\s*(?:[IVX]{1,4}\.|\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+)\s+\S")


def _table_below(lines: list[TextLine], j: int) -> bool:
    """Whether a line of several cells follows line j closely (within two lines)."""
    for k in (j + 1, j + 2):
        if k >= len(lines) or lines[k].top - lines[k - 1].bottom > 1.5 * lines[k - 1].size:
            return False
        if len(segments(lines[k])) >= 2:
            return True
    return False


def _make_unruled(lines, run, run_segs, multi) -> UnruledGrid | None:
    size = lines[run[0]].size
    spans = _column_spans(multi, size)
    if len(spans) < 2:
        return None
    per_line: list[list[list[Word]]] = []
    for segs in run_segs:
        cols: list[list[Word]] = [[] for _ in spans]
        for seg in segs:
            cx = (seg[0].x0 + seg[-1].x1) / 2
            k = next((n for n, (a, b) in enumerate(spans) if a - 1 <= cx <= b + 1), None)
            if k is None:
                # A wrapped line wider than the column's other lines: the column it starts in.
                k = next(
                    (n for n in range(len(spans) - 1, -1, -1) if spans[n][0] - 1 <= seg[0].x0 <= spans[n][1]),
                    None,
                )
            if k is None:
                return None
            cols[k].extend(seg)
        per_line.append(cols)
    groups = _rows_by_stt([lines[k] for k in run], per_line)
    if groups is None:
        # No STT column: a line of one segment continues the row above.
        groups = []
        for n, segs in enumerate(run_segs):
            if len(segs) < 2 and groups:
                groups[-1].append(n)
            else:
                groups.append([n])
    rows: list[list[list[Word]]] = []
    boxes: list[BBox] = []
    numeric_rows = 0
    for group in groups:
        cols = [[w for n in group for w in per_line[n][k]] for k in range(len(spans))]
        top = min(lines[run[n]].top for n in group)
        bottom = max(lines[run[n]].bottom for n in group)
        rows.append(cols)
        boxes.append((spans[0][0], top, spans[-1][1], bottom))
        if any(_NUMERIC.match(join_words(ws)) for ws in cols[1:] if ws):
            numeric_rows += 1
    if len(rows) < 2:
        return None
    if len(spans) < 3 and numeric_rows < max(2, len(rows) // 2):
        return None
    return UnruledGrid([lines[k] for k in run], spans, rows, boxes)


_STT = re.compile(r"^(?:[IVX]{1,4}|\d{1,3}(?:\.\d{1,3})*)\.?$|^[a-zđ]\)$|^[-+•]$")


def _rows_by_stt(tlines: list[TextLine], per_line: list[list[list[Word]]]) -> list[list[int]] | None:
    """Rows of an unruled table joined by its STT column; None when it has none.

    Every line with a code in the first column opens a row; a line without one belongs to
    the row of its nearer neighbour (a label wrapped onto two lines is one row, whether the
    code is printed on its first line, its last or between): within a row lines follow
    each other at the leading, between rows the cell padding adds space. A line as near to
    both sides takes the side most such lines of the table take (the cells' vertical
    alignment), and a row never takes lines from across another code. Lines above the
    first code are header rows, each its own row, unless they are nearer the first code;
    a header line of one cell, or one at the spacing of wrapped lines (when the table's
    rows are spaced wider than that), continues the header line above.
    """
    anchors = [n for n, cols in enumerate(per_line) if cols[0] and _STT.match(join_words(cols[0]).strip())]
    if len(anchors) < 2:
        # No STT column: the codes open the label cells (``2.1. Số ...``).
        anchors = [n for n, cols in enumerate(per_line) if cols[0] and _LABEL_CODE.match(join_words(cols[0]))]
    filled = [n for n, cols in enumerate(per_line) if sum(1 for ws in cols if ws) >= 2]
    if len(anchors) < 2 or len(anchors) < 0.5 * len([n for n in filled if n > anchors[0]]):
        return None
    size = max(1.0, sorted(t.size for t in tlines)[len(tlines) // 2])

    def gap(a: int, b: int) -> float:
        return tlines[b].top - tlines[a].bottom

    gaps = [gap(n, n + 1) for n in range(len(per_line) - 1)]
    row_gaps = sorted(gap(a, a + 1) for a in anchors if a + 1 in anchors)
    tight = min(gaps) if gaps else 0.0
    # The table tells wrapped lines from rows when its rows are spaced wider than its lines.
    wrapped_gap = (
        tight + 0.25 * size if row_gaps and row_gaps[len(row_gaps) // 2] - tight > 0.25 * size else None
    )
    owner: dict[int, int] = {a: a for a in anchors}
    undecided = []
    votes = {"up": 0, "down": 0}
    for n in range(len(per_line)):
        if n in owner:
            continue
        up = gap(n - 1, n) if n > 0 else None
        down = gap(n, n + 1) if n + 1 < len(per_line) else None
        if n < anchors[0]:
            if down is not None and up is not None and down < up - 0.25 * size:
                undecided.append((n, "down"))
            elif n > 0 and (
                sum(1 for ws in per_line[n] if ws) < 2
                or (wrapped_gap is not None and up is not None and up <= wrapped_gap)
            ):
                owner[n] = owner.get(n - 1, n - 1)  # header cells wrapped onto a second line
            continue  # a header line: a row of its own
        if up is not None and down is not None and abs(up - down) > 0.25 * size:
            side = "up" if up < down else "down"
            votes[side] += 1
            undecided.append((n, side))
        else:
            undecided.append((n, None))
    default = "down" if votes["down"] > votes["up"] else "up"
    # Resolve chains (three wrapped lines): walk down for "up" lines, up for "down" lines.
    sides = {n: side or default for n, side in undecided}
    for n in sorted(sides):
        if sides[n] == "up" and n - 1 >= 0 and (n - 1) in owner:
            owner[n] = owner[n - 1]
    for n in sorted(sides, reverse=True):
        if n in owner:
            continue
        if sides[n] == "down" and n + 1 < len(per_line) and (n + 1) in owner:
            owner[n] = owner[n + 1]
    for n in sorted(sides):  # what is left goes with the row above it
        if n not in owner and n - 1 in owner and n > anchors[0]:
            owner[n] = owner[n - 1]
    groups: dict[int, list[int]] = {}
    for n in range(len(per_line)):
        groups.setdefault(owner.get(n, n), []).append(n)
    return [groups[k] for k in sorted(groups)]


def unruled_lines(grid: UnruledGrid, page: int | None, table_id: int) -> list[Line]:
    out = []
    for cols, box in zip(grid.rows, grid.row_boxes):
        cells = [Cell(cell_text(ws), (a, box[1], b, box[3])) for ws, (a, b) in zip(cols, grid.spans)]
        out.append(Line(cells, page=page, bbox=box, table=table_id))
    return out


# ------------------------------------------------------------------ the page


def text_lines_to_lines(tl: TextLine, page: int | None, split_gap: float = 4.0) -> list[Line]:
    """A text line → one-cell Line(s); pieces far apart (letterhead columns) become separate lines."""
    pieces = segments(tl, gap=split_gap * tl.size)
    out = []
    for seg in pieces:
        box = (seg[0].x0, min(w.top for w in seg), max(w.x1 for w in seg), max(w.bottom for w in seg))
        out.append(Line([Cell(join_words(seg), box)], page=page, bbox=box))
    return out


def page_lines(
    words: list[Word],
    edges: list[dict],
    bbox: BBox,
    page: int | None,
    next_id: Callable[[], int],
    unruled: bool = True,
) -> list[Line]:
    """All lines of a page in reading order: ruled grids, unruled grids and running text.

    ``next_id`` hands out grid ids unique in the document.
    """
    grids = find_grids(edges, bbox)
    blocks: list[tuple[float, float, list[Line]]] = []
    free = words
    for g in grids:
        inside: list = []
        rest: list = []
        for w in free:
            (inside if _inside(w, g.bbox) else rest).append(w)
        free = rest
        texts = fill_grid(g, inside)
        rows = grid_lines(g, texts, page, next_id())
        if rows:
            blocks.append((g.bbox[1], g.bbox[0], rows))
    tlines = group_lines(free)
    used: set[int] = set()
    if unruled:
        for ug in unruled_grids(tlines):
            used.update(id(ln) for ln in ug.lines)
            rows = unruled_lines(ug, page, next_id())
            blocks.append((ug.row_boxes[0][1], ug.spans[0][0], rows))
    for tl in tlines:
        if id(tl) not in used:
            blocks.append((tl.top, tl.x0, text_lines_to_lines(tl, page)))
    blocks.sort(key=lambda b: (b[0], b[1]))
    return [ln for _, _, lines in blocks for ln in lines]
