"""STT codes of Biểu mẫu rows: reading them and giving every row its full path.

A form prints its row numbers in many ways: ``1``, ``1.``, ``2.1.``, ``3.3.1``, roman
group rows (``I``, ``VII``), sub-rows ``a)``, bullets ``-``/``+``, and local numbers: a
child printed ``1.`` directly under ``2.2.`` is row ``2.2.1``. ``resolve_paths`` turns the
printed codes of one form, in order, into full paths, deciding from the sequence of codes,
the unit column, the labels and (when given) a catalog, together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from rapidfuzz.distance import Hamming, Levenshtein

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN = re.compile(r"(?:X{0,1})(?:IX|IV|V?I{0,3})")
_NUMERIC = re.compile(r"(\d{1,3}(?:\s*[.,]\s*\d{1,3})*)\s*[.,)]?")  # OCR reads a final dot as a comma
_LETTER = re.compile(r"([a-zđ])\s*[).]")
_BULLET = re.compile(r"[-+•*–—]")
_LEADING = re.compile(r"^\s*((?:\d{1,3}(?:\.\d{1,3})*\.?)|(?:[IVX]{1,4}\.?)|(?:[a-zđ]\)))\s+(\S.*)$")

# Labels that open the count rows under a rate row ("Tỷ lệ ..." = Số .../Tổng số ...).
_COUNT_LABEL = re.compile(r"^\s*(tổng\s+số|số)\b", re.I)
_RATE_LABEL = re.compile(r"^\s*(tỷ\s+lệ|tỉ\s+lệ)\b", re.I)


@dataclass(frozen=True)
class Code:
    """One printed STT code, read."""

    kind: str  # num, roman, letter, bullet
    parts: tuple[int, ...] = ()
    roman: str | None = None
    letter: str | None = None

    @property
    def local(self) -> bool:
        """A one-part number (``1``, ``1.``): its place in the tree is to be decided."""
        return self.kind == "num" and len(self.parts) == 1


def roman_to_int(text: str) -> int | None:
    """The value of a roman numeral up to XXXIX, or None when the text is not one."""
    s = text.strip().rstrip(".").upper()
    if not s or not _ROMAN.fullmatch(s) or text.strip().rstrip(".") != s:
        return None
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def parse_code(text: str | None) -> Code | None:
    """Read one STT cell: ``2.1.`` → num (2, 1); ``VI`` → roman; ``a)`` → letter; ``-`` → bullet."""
    if text is None:
        return None
    s = text.strip()
    if not s:
        return None
    if roman_to_int(s):
        return Code("roman", roman=s.rstrip(".").upper())
    m = _NUMERIC.fullmatch(s)
    if m:
        parts = tuple(int(p) for p in re.split(r"\s*[.,]\s*", m.group(1)))
        if all(p < 200 for p in parts):
            return Code("num", parts=parts)
    m = _LETTER.fullmatch(s)
    if m:
        return Code("letter", letter=m.group(1))
    if _BULLET.fullmatch(s):
        return Code("bullet")
    return None


def split_leading_code(text: str) -> tuple[str | None, str]:
    """Split ``"2.1. Số nhiệm vụ"`` into (``"2.1."``, ``"Số nhiệm vụ"``) when a label cell
    carries its STT (merged cells); (None, text) otherwise."""
    m = _LEADING.match(text or "")
    if not m or parse_code(m.group(1)) is None:
        return None, text
    return m.group(1), m.group(2)


def path_text(parts: tuple) -> str:
    """A path as the contract writes it: parts joined by dots, no trailing dot."""
    return ".".join(str(p) for p in parts)


@dataclass
class SttRow:
    """What the resolver needs to know of one row."""

    printed: str | None
    label: str = ""
    unit: str = ""
    has_value: bool = False
    ocr: bool = False  # read by OCR: a code that breaks the sequence may be repaired


@dataclass
class _Node:
    unit: str
    label: str
    children: int = 0  # last child number seen under this node


def _norm_unit(unit: str) -> str:
    return " ".join((unit or "").lower().split())


def _is_rate(node: _Node | None) -> bool:
    return node is not None and (
        _norm_unit(node.unit) in ("%", "(%)", "tỷ lệ", "tỉ lệ") or bool(_RATE_LABEL.match(node.label))
    )


CatalogScore = Callable[[tuple[int, ...], str], float | None]


def _evidence(cand: tuple[int, ...], row: SttRow, nodes: dict, catalog_score) -> float:
    """How well a row fits at path cand, from its parent, its previous sibling and the catalog."""
    score = 0.0
    parent = nodes.get(cand[:-1]) if len(cand) > 1 else None
    if _is_rate(parent):
        # A rate row is followed by its two counts (Tổng số ..., Số ...), then the list moves on.
        if parent.children >= 2:
            score -= 2.0
        elif _COUNT_LABEL.match(row.label):
            score += 2.0
    sibling = nodes.get(cand[:-1] + (cand[-1] - 1,))
    if sibling is not None:
        if _norm_unit(sibling.unit) == _norm_unit(row.unit):
            score += 1.0
    if catalog_score is not None:
        sim = catalog_score(cand, row.label)
        if sim is not None:
            score += 3.0 * max(0.0, (sim - 60.0) / 40.0)
    return score


def _expected(nodes: dict, top: _Node, cur: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The paths that may come next after cur, deepest first: cur's next child, the next
    sibling of cur, of its parent, ... up to the next top-level row."""
    out = []
    for k in range(len(cur), -1, -1):
        holder = nodes.get(cur[:k]) if k else top
        out.append(cur[:k] + ((holder.children if holder is not None else 0) + 1,))
    return out


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text or "")


def suspicious(printed: str | None) -> bool:
    """Whether an OCR'd STT cell looks damaged: no code can be read from it but it holds
    digits (``+41``), or a part has two digits where dots were lost (``331``, ``34.1``)."""
    if not printed or not _digits(printed):
        return False
    code = parse_code(printed)
    if code is None:
        return True
    return code.kind == "num" and any(p >= 10 for p in code.parts)


def _ocr_repair(
    printed: str, expected: list[tuple[int, ...]], forward: Callable[[tuple[int, ...]], bool]
) -> list[tuple[int, ...]]:
    """The paths a damaged OCR'd code may stand for: an expected path with the same digits
    (dots lost: ``331`` → 3.3.1); its digits one per level when that moves forward under
    a known parent (``33`` after 3.1: 3.2 was lost); an expected path with the same ending
    after a misread mark (``+41`` → 2.4.1); or one digit more or less (``43.1`` → 3.4.3)."""
    digits = _digits(printed)
    if not digits:
        return []
    texts = [(p, _digits(path_text(p))) for p in expected]
    near = [p for p, t in texts if len(digits) >= 2 and Levenshtein.distance(t, digits) == 1]
    if not printed.strip()[0].isdigit():
        return [p for p, t in texts if t.endswith(digits)] or near
    exact = [p for p, t in texts if t == digits]
    split = _split_digits(printed)
    if not exact and split and forward(split):
        exact = [split]
    return exact or near


def _split_digits(printed: str) -> tuple[int, ...] | None:
    """A damaged code read one digit per level (``33`` → 3.3), when it has 2–4 digits."""
    digits = _digits(printed)
    return tuple(int(d) for d in digits) if 2 <= len(digits) <= 4 and "0" not in digits else None


def _one_mark_extra(
    row: SttRow, catalog_score: CatalogScore, forward: Callable[[tuple[int, ...]], bool]
) -> list[tuple[int, ...]]:
    """The paths an OCR'd code with one mark too many may stand for (``34.3`` → 3.3, a
    stray stroke read as a digit): the codes left when one character is dropped, kept when
    they come after the row above and the row's label is the catalog's row there (≥ 80)."""
    text = (row.printed or "").strip()
    seen, out = set(), []
    for k in range(len(text)):
        code = parse_code(text[:k] + text[k + 1 :])
        if code is None or code.kind != "num" or code.parts in seen or any(p >= 10 for p in code.parts):
            continue
        seen.add(code.parts)
        if forward(code.parts) and (catalog_score(code.parts, row.label) or 0) >= 80:
            out.append(code.parts)
    return out


def _skipped_child(
    n: int, row: SttRow, cur: tuple[int, ...], nodes: dict, catalog_score: CatalogScore
) -> list[tuple[int, ...]]:
    """A local number that skips siblings (``3.`` right under ``1.4.``, whose 1.4.1 and
    1.4.2 the report left out): the deeper place it may take, when the catalog's row there
    is the row's label (≥ 85) and clearly better (by 10) than the top-level one."""
    top = catalog_score((n,), row.label) or 0.0
    out = []
    for k in range(len(cur), 0, -1):
        holder = nodes.get(cur[:k])
        cand = cur[:k] + (n,)
        if holder is not None and n > holder.children:
            score = catalog_score(cand, row.label) or 0.0
            if score >= 85 and score >= top + 10:
                out.append(cand)
    return out


def _forward(path: tuple[int, ...], nodes: dict, top: _Node) -> bool:
    """Whether path continues the tree: its parent is known and it comes after the
    parent's last child."""
    holder = nodes.get(path[:-1]) if len(path) > 1 else top
    return holder is not None and path[-1] > holder.children


def _revisited(code: Code, nodes: dict, expected: list[tuple[int, ...]], cur: tuple[int, ...]) -> bool:
    """Whether a numbered code goes back: to a row the form already has, or before the row
    above (a code read with one digit wrong does that far more often than a report goes
    back in its own outline)."""
    return (
        code.kind == "num"
        and not code.local
        and code.parts not in expected
        and (code.parts in nodes or (bool(cur) and code.parts < cur))
    )


def _revisit_repair(
    row: SttRow, expected: list[tuple[int, ...]], catalog_score: CatalogScore | None
) -> tuple[int, ...] | None:
    """The expected path whose digits are the printed code's with one digit changed, when
    the catalog's row there is the row's label (≥ 80); None otherwise."""
    if catalog_score is None:
        return None
    digits = _digits(row.printed or "")
    near = [
        p
        for p in expected
        if len(_digits(path_text(p))) == len(digits)
        and Hamming.distance(_digits(path_text(p)), digits) == 1
        and (catalog_score(p, row.label) or 0) >= 80
    ]
    return _choose(near, row, {}, catalog_score) if near else None


def _choose(
    candidates: list[tuple[int, ...]], row: SttRow, nodes: dict, catalog_score: CatalogScore | None
) -> tuple[int, ...]:
    """The candidate path the evidence favours; on a tie a row without unit goes up (a
    group row), a row with a unit continues the current list."""
    if len(candidates) == 1:
        return candidates[0]
    scored = [(_evidence(c, row, nodes, catalog_score), 0 if row.unit else -len(c), c) for c in candidates]
    return max(scored, key=lambda t: (t[0], t[1]))[2]


def resolve_paths(
    rows: list[SttRow], catalog_score: CatalogScore | None = None
) -> list[tuple[str | None, bool]]:
    """Full paths for the rows of one form, in document order.

    Returns, per row, (path, inferred): path is ``"2.2.1"`` (no trailing dot), a roman
    numeral for group rows, None for a row without a code; inferred is True when the path
    is not what was printed (a local number placed under a parent, a sub-row letter or
    bullet given its parent's path, an OCR'd code repaired from the sequence).
    ``catalog_score(path, label)`` may return a 0–100 similarity of the label to the
    template row at that path (None when there is none).
    """
    out: list[tuple[str | None, bool]] = []
    nodes: dict[tuple[int, ...], _Node] = {}
    top = _Node("", "")  # the root: children = last top-level number
    cur: tuple[int, ...] = ()
    bullets: dict[tuple, int] = {}

    def register(path: tuple[int, ...], row: SttRow) -> None:
        for i in range(len(path)):
            holder = top if i == 0 else nodes.setdefault(path[:i], _Node("", ""))
            holder.children = path[i]
        node = nodes.get(path)
        if node is None:
            nodes[path] = _Node(row.unit, row.label)
        else:
            node.unit, node.label = row.unit, row.label

    for row in rows:
        code = parse_code(row.printed)
        expected = _expected(nodes, top, cur)
        if (
            row.ocr
            and suspicious(row.printed)
            and not (
                code is not None
                and (code.parts in expected or (code.local and any(p[-1] == code.parts[0] for p in expected)))
            )
        ):
            repaired = _ocr_repair(row.printed, expected, partial(_forward, nodes=nodes, top=top))
            split = _split_digits(row.printed)
            if (
                not repaired
                and split
                and catalog_score is not None
                and (catalog_score(split, row.label) or 0) >= 80
            ):
                repaired = [split]
            if not repaired and catalog_score is not None:
                repaired = _one_mark_extra(row, catalog_score, lambda p, c=cur: p > c)  # type: ignore[misc]  # a default binds the current code
            if repaired:
                path = _choose(repaired, row, nodes, catalog_score)
                register(path, row)
                cur = path
                out.append((path_text(path), True))
                continue
        if row.ocr and code is not None and _revisited(code, nodes, expected, cur):
            # an OCR'd code that goes back in the outline (5.3 read as 3.3 after 5.2): the
            # expected path one digit away when the catalog's row there is the row's label;
            # else the printed code, but as a doubtful one
            path = _revisit_repair(row, expected, catalog_score) or code.parts
            register(path, row)
            cur = path
            out.append((path_text(path), True))
            continue
        if code is None:
            out.append((None, False))
            continue
        if code.kind == "roman":
            nodes.clear()
            top = _Node("", "")
            cur = ()
            out.append((code.roman, False))
            continue
        if code.kind in ("letter", "bullet"):
            parent = cur  # the last numbered row: sub-rows never nest in sub-rows
            out_parent = path_text(parent) if parent else ""
            if code.kind == "letter":
                tail = code.letter
            else:
                bullets[parent] = bullets.get(parent, 0) + 1
                tail = str(bullets[parent])
            out.append(((out_parent + "." if out_parent else "") + tail, True))
            continue
        if code.local:
            candidates = [p for p in expected if p[-1] == code.parts[0]]
            if not candidates and catalog_score is not None:
                candidates = _skipped_child(code.parts[0], row, cur, nodes, catalog_score)
            path = _choose(candidates, row, nodes, catalog_score) if candidates else code.parts
        else:
            path = code.parts
        register(path, row)
        cur = path
        out.append((path_text(path), path != code.parts))
    return out


# --------------------------------------------------------------------------- OCR repairs of group rows

_FORM_ROMANS = ("", "I", "II", "III", "IV", "V", "VI", "VII")


def form_roman(form: int) -> str:
    """The roman group code of a form's first row (``VII`` for Biểu mẫu 7)."""
    return _FORM_ROMANS[form]


def misread_group_one(printed: str | None, next_printed: str | None) -> bool:
    """Two rows numbered 1 at the top of a form: OCR read the group row's ``I`` as ``1``
    (or ``l``, ``|``). The caller checks the row is the first under a heading, OCR'd, and
    has neither unit nor value."""
    return (printed or "").strip(" .") in ("1", "l", "|") and next_printed in ("1", "1.")


def repair_form_roman(value: int | None, form: int) -> int | None:
    """The group number of an OCR'd roman row right under a heading, in a document that
    numbers its group rows by form: an ``VI`` under ``Biểu mẫu 7`` is a misread ``VII``."""
    if value and 1 <= value <= 7 and value != form:
        return form
    return value
