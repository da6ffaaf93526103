"""The document outline: roman-numeral sections and their ``1.``, ``1.1.``, ``a)`` items.

A heading is a line of running text that starts with a numbering mark. Numbering must
follow on from the previous heading of the same kind under the same parent (``2.`` after
``1.``, ``b)`` after ``a)``), so a numbered line inside a paragraph, a list of tasks in an
appendix or a table row never opens a section. Each section keeps its own text: the lines
between its heading and the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.records import Line, Section

ROMAN = [
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
    "XIII",
    "XIV",
    "XV",
    "XVI",
    "XVII",
    "XVIII",
    "XIX",
    "XX",
]
# Vietnamese list letters skip f, j, w, z and put đ after d.
LETTERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]

_ROMAN_RE = re.compile(r"^(?:PHẦN\s+|Phần\s+)?(?P<num>X{0,2}(?:IX|IV|V?I{0,3}))\s*[.:]\s*(?P<title>\S.*)$")
_DECIMAL_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?P<title>[^\d\s].*)$")
_LETTER_RE = re.compile(r"^(?P<num>[a-zđ])\)\s*(?P<title>\S.*)$")

# Lines that end the body: what follows is the signature block and the appendices.
_END_RE = re.compile(r"^(Nơi nhận\s*:?|PHỤ LỤC\b.*|Phụ lục\s*[IVX\d]*\s*$)")


@dataclass
class _Open:
    seq: int
    level: int
    kind: str  # roman, decimal, letter
    number: str
    parts: tuple  # numeric parts of a decimal number


def _roman_value(s: str) -> int:
    return ROMAN.index(s) + 1 if s in ROMAN else 0


def _heading(text: str) -> tuple[str, str, str] | None:
    """(kind, number, title) when a line looks like a numbered heading."""
    m = _ROMAN_RE.match(text)
    if m and m.group("num") and _roman_value(m.group("num")):
        return "roman", m.group("num"), m.group("title").strip()
    m = _DECIMAL_RE.match(text)
    if m:
        return "decimal", m.group("num"), m.group("title").strip()
    m = _LETTER_RE.match(text)
    if m and m.group("num") in LETTERS:
        return "letter", m.group("num"), m.group("title").strip()
    return None


def _is_next(prev: _Open | None, kind: str, number: str, parent: _Open | None) -> bool:
    """Whether number continues the numbering of its kind under its parent."""
    if kind == "roman":
        if prev is None:  # an outline may start past I when its opening was lost
            return 1 <= _roman_value(number) <= 3
        return _roman_value(number) == _roman_value(prev.number) + 1
    if kind == "letter":
        want = 0 if prev is None else LETTERS.index(prev.number) + 1
        return want < len(LETTERS) and number == LETTERS[want]
    parts = tuple(int(p) for p in number.split("."))
    if prev is None:
        if len(parts) == 1:
            return parts[0] == 1
        # 1.1 must sit under decimal 1
        return (
            parent is not None and parent.kind == "decimal" and parent.parts == parts[:-1] and parts[-1] == 1
        )
    if len(parts) != len(prev.parts):
        return False
    return parts[:-1] == prev.parts[:-1] and parts[-1] == prev.parts[-1] + 1


def _split_title(text: str, limit: int = 300) -> tuple[str, str]:
    """A heading's title, and the rest of the line when the heading runs on as a paragraph."""
    if len(text) <= limit:
        return text, ""
    m = re.search(r"[.:;](?=\s)", text[:limit])
    cut = m.end() if m else limit
    if not m:
        space = text.rfind(" ", 0, limit)
        cut = space if space > 0 else limit
    return text[:cut].strip(), text[cut:].strip()


def parse_sections(lines: list[Line]) -> list[Section]:
    """The outline of a document's body (up to the signature block / appendices)."""
    sections: list[Section] = []
    texts: list[list[str]] = []
    stack: list[_Open] = []  # open headings, outermost first
    last_child: dict[tuple, _Open] = {}  # (parent seq, kind, depth) -> last heading

    for line in lines:
        if line.is_row:
            continue
        text = line.plain.strip()
        if not text:
            continue
        if _END_RE.match(text) and sections:
            break
        head = _heading(text) if len(text) < 4000 else None
        placed = False
        if head:
            kind, number, title = head
            depth = len(number.split(".")) if kind == "decimal" else 0
            # Try the open headings from innermost outwards as parent.
            for cut in range(len(stack), -1, -1):
                parent = stack[cut - 1] if cut else None
                if kind == "roman" and parent is not None:
                    continue
                if kind != "roman" and parent is None and any(s.kind == "roman" for s in stack):
                    continue
                if kind == "decimal" and depth > 1 and (parent is None or parent.kind != "decimal"):
                    continue
                key = (parent.seq if parent else None, kind, depth)
                prev = last_child.get(key)
                if _is_next(prev, kind, number, parent):
                    if kind == "roman":
                        level = 1
                    elif kind == "decimal":
                        level = depth + 1
                    else:
                        level = parent.level + 1 if parent else 3
                    seq = len(sections)
                    node = _Open(
                        seq,
                        level,
                        kind,
                        number,
                        tuple(int(p) for p in number.split(".")) if kind == "decimal" else (),
                    )
                    title, rest = _split_title(title)
                    sections.append(
                        Section(
                            seq=seq,
                            level=level,
                            number=number,
                            title=title,
                            parent_seq=parent.seq if parent else None,
                            page_start=line.page,
                            text="",
                        )
                    )
                    texts.append([rest] if rest else [])
                    del stack[cut:]
                    stack.append(node)
                    last_child[key] = node
                    placed = True
                    break
        if not placed and sections:
            texts[-1].append(text)

    for section, body in zip(sections, texts):
        section.text = "\n".join(body)
    return sections


def section_path(sections: list[Section], seq: int) -> str:
    """The dotted path of a section from the top: ``II.2.d``."""
    by_seq = {s.seq: s for s in sections}
    parts: list[str] = []
    node = by_seq.get(seq)
    while node is not None:
        parent = by_seq.get(node.parent_seq) if node.parent_seq is not None else None
        # A decimal number already carries its decimal parents ("5.2.1" under "5.2").
        if not (parts and "." in parts[-1] and parts[-1].startswith(node.number + ".")):
            parts.append(node.number)
        node = parent
    return ".".join(reversed(parts))
