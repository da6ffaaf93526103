"""Running text as paragraphs and clauses, each with its place in the outline.

A narrative fact is read from one clause of one paragraph, but whether it is a fact about a
catalog indicator often depends on where it sits: the title of its outline section
(``5.1. … giải ngân kế hoạch vốn đầu tư …``) or the short sub-heading line before it
(``- Kết quả thực hiện kế hoạch giải ngân vốn đầu tư công``). :func:`paragraphs` gives every
paragraph of running text with that context; :func:`clauses` cuts a paragraph into the
clauses a value is read from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from core.records import Line, Section

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
    page: Optional[int]
    bullet: Optional[str]            # the bullet mark ("-", "+") it starts with, if any
    section: Optional[Section]       # the innermost outline section it sits in
    context: str                     # titles of its sections and the sub-heading before it
    index: int                       # position among the document's paragraphs


def _heading_of(text: str, section: Section) -> bool:
    """Whether a line is the heading line of a section."""
    if not text.startswith(section.number):
        return False
    rest = text[len(section.number):].lstrip(".):  \t")
    return rest.startswith(section.title[:40].strip())


def section_of_lines(lines: list[Line], sections: list[Section]) -> list[tuple[Optional[Section], bool]]:
    """For each line: the innermost section it sits in (None before the first heading), and
    whether the line is that section's heading.

    Sections come in document order, so their heading lines are found one after another.
    """
    out: list[tuple[Optional[Section], bool]] = []
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


def _titles(section: Optional[Section], sections: list[Section]) -> list[str]:
    by_seq = {s.seq: s for s in sections}
    titles = []
    while section is not None:
        titles.append(section.title)
        section = by_seq.get(section.parent_seq) if section.parent_seq is not None else None
    return titles


def _is_subheading(text: str) -> bool:
    """A short line that introduces what follows and states no value of its own."""
    return len(text) < 220 and (text.rstrip().endswith(":") or not re.search(r"\d", text))


def paragraphs(lines: list[Line], sections: list[Section]) -> list[Paragraph]:
    """The paragraphs of running text (table rows, footnotes and headings left out).

    A line that does not end a sentence and is followed by one starting in lower case is
    joined to it (a paragraph cut by a page break).
    """
    raw: list[tuple[str, Optional[int], Optional[Section], bool]] = []
    for line, (section, heading) in zip(lines, section_of_lines(lines, sections)):
        if line.is_row:
            continue
        text = " ".join(line.plain.split())
        if not text or _FOOTNOTE_LINE.match(text):
            continue
        if not heading and raw and not raw[-1][3] and not _TERMINAL.search(raw[-1][0]) \
                and text[0].islower():
            prev_text, page, sec, _ = raw[-1]
            raw[-1] = (f"{prev_text} {text}", page, sec, False)
            continue
        raw.append((text, line.page, section, heading))

    out: list[Paragraph] = []
    subheading = ""
    for text, page, section, heading in raw:
        if heading:
            subheading = ""
            continue
        m = BULLET.match(text)
        bullet = m.group(1) if m else None
        body = text[m.end():] if m else text
        context = " | ".join(_titles(section, sections) + ([subheading] if subheading else []))
        out.append(Paragraph(body, page, bullet, section, context, len(out)))
        if _is_subheading(body):
            subheading = body
        elif bullet is None:
            subheading = ""
    return out


@dataclass
class Clause:
    text: str
    start: int                      # offset of the clause in its paragraph's text


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
            piece = piece[c.end():]
        b = BULLET.match(piece)
        if b:
            start += b.end()
            piece = piece[b.end():]
        if piece:
            out.append(Clause(piece, start))
        pos = m.end() if m else len(text)
    return out
