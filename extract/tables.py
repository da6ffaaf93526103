"""Tables of markup exports (HTML, DOCX) → lines, the same way for both.

A source table is rows of cells, each cell a list of paragraphs with its column and row
span. It is laid out on a grid (a spanned cell's text in its top-left slot, the slots it
covers empty, as in every other source), then read one of two ways:

- a **data table** (a Biểu mẫu, a statistics table): one ``Line`` per row, one ``Cell`` per
  grid column, a cell's paragraphs joined by spaces;
- a **layout table** (the borderless header block ``ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ...``,
  the signature block ``Nơi nhận | TM. ỦY BAN NHÂN DÂN``): running text, column by column,
  one line per paragraph, so the issuing body and the number (left) come before the motto
  and the place-and-date line (right), as the metadata parser reads a printed header; a row
  holding one cell (a title spanning the table) is read in its place between such runs.

A table is a data table when a row fills three or more cells, or a cell holds a word of the
forms' header vocabulary (``parsers/headers.csv`` words such as STT, Chỉ tiêu, Đơn vị tính);
otherwise it has at most two filled cells a row and is a layout table. A layout table of many
rows, or whose left cells are all labels ending in ``:``, is a key–value box and is read row
by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.records import Cell, Line

MAX_SPAN = 64
LAYOUT_MAX_ROWS = 6
_HEADER_WORD = re.compile(
    r"^(stt|tt|số\s*tt|chỉ\s*tiêu(\s+thống\s+kê)?|nội\s*dung|đơn\s*vị\s*tính|đvt|số\s*liệu|"
    r"ghi\s*chú|kết\s*quả(\s+thực\s+hiện)?|tên\s+chỉ\s+tiêu)\.?$",
    re.I,
)


@dataclass
class SourceCell:
    paragraphs: list[str]
    colspan: int = 1
    rowspan: int = 1
    nested: list = field(default_factory=list)  # lines of tables nested inside the cell

    @property
    def text(self) -> str:
        return " ".join(" ".join(p.split()) for p in self.paragraphs if p.strip())


def layout_grid(rows: list[list[SourceCell]]) -> list[list[SourceCell | None]]:
    """Place cells on a grid: rowspans push the next row's cells right; covered slots are None."""
    grid: list[list[SourceCell | None]] = []
    taken: dict[tuple[int, int], bool] = {}
    for r, row in enumerate(rows):
        out: list[SourceCell | None] = []
        c = 0
        for cell in row:
            while taken.get((r, c)):
                out.append(None)
                c += 1
            cs = max(1, min(cell.colspan, MAX_SPAN))
            rs = max(1, min(cell.rowspan, MAX_SPAN))
            out.append(cell)
            for _ in range(1, cs):
                out.append(None)
            for dr in range(1, rs):
                for k in range(cs):
                    taken[(r + dr, c + k)] = True
            c += cs
        while taken.get((r, c)):
            out.append(None)
            c += 1
        grid.append(out)
    width = max((len(r) for r in grid), default=0)
    return [r + [None] * (width - len(r)) for r in grid]


def is_data_table(grid: list[list[SourceCell | None]]) -> bool:
    for row in grid:
        filled = [c for c in row if c is not None and c.text]
        if len(filled) >= 3:
            return True
        if any(_HEADER_WORD.match(c.text) for c in filled):
            return True
    return False


def table_lines(rows: list[list[SourceCell]]) -> list[Line]:
    """One source table → lines (see the module docstring)."""
    grid = layout_grid(rows)
    if not grid:
        return []
    lines: list[Line] = []
    if is_data_table(grid):
        for row in grid:
            texts = [c.text if c is not None else "" for c in row]
            lines.append(Line([Cell(t) for t in texts]))
            for c in row:
                if c is not None and c.nested:
                    lines.extend(c.nested)
        lines.append(Line([Cell("")]))
        return lines
    width = len(grid[0])
    left = [row[0].text for row in grid if row[0] is not None and row[0].text]
    key_value = width >= 2 and (len(grid) > LAYOUT_MAX_ROWS or (left and all(t.endswith(":") for t in left)))
    if key_value:
        for row in grid:
            texts = [c.text for c in row if c is not None and c.text]
            if texts:
                lines.append(Line([Cell(" ".join(texts))]))
            for c in row:
                if c is not None and c.nested:
                    lines.extend(c.nested)
    else:
        run: list[list[SourceCell | None]] = []  # side-by-side rows, read column by column

        def end_run():
            if not run:
                return
            for j in range(width):
                for r in run:
                    c = r[j]
                    if c is None:
                        continue
                    lines.extend(_paragraph_lines(c))
                lines.append(Line([Cell("")]))
            run.clear()

        for row in grid:
            filled = [c for c in row if c is not None and c.text]
            if len(filled) >= 2:
                run.append(row)
                continue
            end_run()  # a row of one cell (a title across the table) stays in order
            for c in row:
                if c is not None:
                    lines.extend(_paragraph_lines(c))
        end_run()
    return lines


def _paragraph_lines(cell: SourceCell) -> list[Line]:
    out = [Line([Cell(" ".join(p.split()))]) for p in cell.paragraphs if p.strip()]
    return out + list(cell.nested)
