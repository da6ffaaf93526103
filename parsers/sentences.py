"""Running text as paragraphs and clauses, each with its place in the outline.

A narrative fact is read from one clause of one paragraph, but whether it is a fact about a
catalog indicator often depends on where it sits: the title of its outline section
(``5.1. … giải ngân kế hoạch vốn đầu tư …``) or the short sub-heading line before it
(``- Kết quả thực hiện kế hoạch giải ngân vốn đầu tư công``). :func:`paragraphs` gives every
paragraph of running text with that context; :func:`clauses` cuts a paragraph into the
clauses a value is read from; :func:`tone_normalized` gives a clause with one tone-mark
placement (underthesea's ``text_normalize``: ``hoá`` → ``hóa``, ``uỷ`` → ``ủy``, what
legacy fonts and older typing produce) and the same length, so the measure vocabulary, written
in one placement, reads both and every offset still points into the printed clause.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.records import Line, Section
from normalize.labels import may_retone

BULLET = re.compile(r"^\s*([-–—•+*])\s*")
_FOOTNOTE_LINE = re.compile(r"^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*\S")
_TERMINAL = re.compile(r"[.:;!?…)\"”]\s*$")
# A clause ends at a semicolon, or at a full stop before a capital letter or a bullet.
_CLAUSE_END = re.compile(r"(?<=;)\s+|(?<=[.!?])\s+(?=[A-ZĐÀ-ỸẮ-Ỵ\-+•(])")
_LEADING = re.compile(r"^(?:trong đó|cụ thể|đồng thời|theo đó|ngoài ra|bên cạnh đó)\s*[,:]\s*", re.I)


@dataclass
class Paragraph:
    """One paragraph of running text."""

    text: str
    page: int | None
    bullet: str | None  # the bullet mark ("-", "+") it starts with, if any
    section: Section | None  # the innermost outline section it sits in
    context: str  # titles of its sections and the sub-heading before it
    index: int  # position among the document's paragraphs


def _heading_of(text: str, section: Section) -> bool:
    """Whether a line is the heading line of a section."""
    if not text.startswith(section.number):
        return False
    rest = text[len(section.number) :].lstrip(".):  \t")  # noqa: B005 (a set of characters)
    return rest.startswith(section.title[:40].strip())


def section_of_lines(lines: list[Line], sections: list[Section]) -> list[tuple[Section | None, bool]]:
    """For each line: the innermost section it sits in (None before the first heading), and
    whether the line is that section's heading.

    Sections come in document order, so their heading lines are found one after another.
    """
    out: list[tuple[Section | None, bool]] = []
    k, current = 0, None
    for line in lines:
        heading = False
        if k < len(sections) and not line.is_row:
            text = line.plain.strip()
            if text and _heading_of(text, sections[k]):
                current, heading = sections[k], True
                k += 1
        out.append((current, heading))
    return out


def _titles(
    section: Section | None, sections: list[Section], extra: dict[int, str] | None = None
) -> list[str]:
    """The titles of a section and its ancestors, innermost first."""
    by_seq = {s.seq: s for s in sections}
    titles = []
    while section is not None:
        titles.append(section.title + (extra or {}).get(section.seq, ""))
        section = by_seq.get(section.parent_seq) if section.parent_seq is not None else None
    return titles


def _is_subheading(text: str) -> bool:
    """A short line that introduces what follows and states no value of its own."""
    return len(text) < 220 and (text.rstrip().endswith(":") or not re.search(r"\d", text))


_NEW_ITEM = re.compile(r"^(?:[-–—•+*]\s|[IVX]+\.\s|\d+(?:\.\d+)*\.\s|[a-zđ]\)\s)")


def _right_edges(lines: list[Line]) -> dict[int | None, float]:
    """The right margin of each page's running text (the largest right edge of its lines)."""
    edges: dict[int | None, float] = {}
    for line in lines:
        if line.bbox is not None and not line.is_row:
            edges[line.page] = max(edges.get(line.page, 0.0), line.bbox[2])
    return edges


def _fills(line: Line, edges: dict[int | None, float]) -> bool:
    """Whether a line of a laid-out page runs to the right margin (its text wraps on)."""
    right = edges.get(line.page)
    return line.bbox is not None and right is not None and line.bbox[2] >= right - 12.0


def paragraphs(lines: list[Line], sections: list[Section]) -> list[Paragraph]:
    """The paragraphs of running text (table rows, footnotes and headings left out).

    A line is joined to the one before it when that one wraps on: it runs to the right
    margin of a laid-out page (PDF, scan) and this one starts no new item, or it does not
    end a sentence and this one starts in lower case (an export cut by a page break).
    """
    edges = _right_edges(lines)
    extra: dict[int, str] = {}  # the wrapped end of a heading's title, by section seq
    raw: list[tuple[str, int | None, Section | None, bool]] = []
    prev_line: Line | None = None
    for line, (section, heading) in zip(lines, section_of_lines(lines, sections)):
        if line.is_row:
            prev_line = None
            continue
        text = " ".join(line.plain.split())
        if not text or _FOOTNOTE_LINE.match(text):
            continue
        if (
            not heading
            and raw
            and raw[-1][3]
            and prev_line is not None
            and _fills(prev_line, edges)
            and not _NEW_ITEM.match(text)
        ):
            extra[raw[-1][2].seq] = f"{extra.get(raw[-1][2].seq, '')} {text}"  # a wrapped heading
            prev_line = line
            continue
        if not heading and raw and not raw[-1][3]:
            wraps = prev_line is not None and _fills(prev_line, edges) and not _NEW_ITEM.match(text)
            cut = not _TERMINAL.search(raw[-1][0]) and text[0].islower()
            if wraps or cut:
                prev_text, page, sec, _ = raw[-1]
                raw[-1] = (f"{prev_text} {text}", page, sec, False)
                prev_line = line
                continue
        raw.append((text, line.page, section, heading))
        prev_line = line

    out: list[Paragraph] = []
    subheading = ""
    for text, page, section, heading in raw:
        if heading:
            subheading = ""
            continue
        m = BULLET.match(text)
        bullet = m.group(1) if m else None
        body = text[m.end() :] if m else text
        context = " | ".join(_titles(section, sections, extra) + ([subheading] if subheading else []))
        out.append(Paragraph(body, page, bullet, section, context, len(out)))
        if _is_subheading(body):
            subheading = body
        elif bullet is None:
            subheading = ""
    return out


@dataclass
class Clause:
    text: str
    start: int  # offset of the clause in its paragraph's text


def clauses(text: str) -> list[Clause]:
    """The clauses of a paragraph, with leading connectors (``Trong đó,``) dropped."""
    out = []
    pos = 0
    for m in list(_CLAUSE_END.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        start = pos + lead
        piece = piece.strip()
        c = _LEADING.match(piece)
        if c:
            start += c.end()
            piece = piece[c.end() :]
        b = BULLET.match(piece)
        if b:
            start += b.end()
            piece = piece[b.end() :]
        if piece:
            out.append(Clause(piece, start))
        pos = m.end() if m else len(text)
    return out


_OLD_TONES = re.compile(r"[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]")


@lru_cache(maxsize=8192)
def _tone_word(word: str) -> str:
    try:
        from underthesea import text_normalize
    except Exception:  # pragma: no cover - underthesea is a dependency
        return word
    try:
        out = text_normalize(word).replace(" ", "")
    except Exception:  # pragma: no cover - defensive: never fail a clause over it
        return word
    return out if len(out) == len(word) else word


def tone_normalized(text: str) -> str:
    """text with the tone marks of each word placed one way (``hoá`` → ``hóa``), its length
    unchanged: a word underthesea would change in length is left as printed."""
    if not _OLD_TONES.search(text):
        return text
    return re.sub(r"\S+", lambda m: _tone_word(m.group(0)) if _retone(m.group(0)) else m.group(0), text)


def _retone(word: str) -> bool:
    """An old-style tone placement underthesea can change (``normalize.labels.may_retone``:
    ``quý`` has its tone in place and is left alone without importing underthesea)."""
    return bool(_OLD_TONES.search(word)) and may_retone(unicodedata.normalize("NFC", word))
