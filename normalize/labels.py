"""Label normalization for matching a row's label against the indicator catalog.

``normalize_label`` turns a printed label into a comparable key: markup and footnote
marks removed, Unicode NFC with one tone-mark placement (underthesea's
``text_normalize``: ``hoà`` → ``hòa``, ``uỷ`` → ``ủy``), lowercase, punctuation to
spaces, known typos fixed and abbreviations expanded (``VBQPPL`` → ``văn bản quy phạm
pháp luật``). With ``level_neutral=True`` the words that name an administrative level
(``cấp tỉnh``/``cấp huyện``/``cấp xã``, ``sở, ngành``/``phòng, ngành``, ``UBND tỉnh``)
collapse to one placeholder, so a district report's row (``Số phòng, ngành đã kiểm
tra``) meets the province template's row (``Số sở, ngành đã kiểm tra``).

The variants are data: ``normalize/reference/label_variants.csv`` (``variant``,
``canonical``, ``kind`` = ``spelling`` | ``abbreviation`` | ``level``).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

VARIANTS_PATH = Path(__file__).resolve().parent / "reference" / "label_variants.csv"

_TAG = re.compile(r"<[^>]{1,40}>")
_MD_MARK = re.compile(r"[*_`#]+")
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f]+")
# a footnote number glued to an upper-case abbreviation: "VBQPPL6" (digits after ≥3 capitals)
_GLUED_NOTE = re.compile(r"(?<=[A-ZĐ]{3})\d{1,2}\b")
_BRACKET_NOTE = re.compile(r"\[\d{1,3}\]|\(\*+\)")
_PUNCT = re.compile(r"[^\w%\s]+")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)")


@lru_cache(maxsize=1)
def _variants() -> dict[str, tuple[tuple[str, str], ...]]:
    """The variant table grouped by kind, longest variant first."""
    groups: dict[str, list[tuple[str, str]]] = {"spelling": [], "abbreviation": [], "level": []}
    with VARIANTS_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            kind = (row.get("kind") or "").strip()
            variant = _basic(row["variant"])
            canonical = _basic(row["canonical"])
            if kind in groups and variant:
                groups[kind].append((variant, canonical))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in groups.items()}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    """One whole-word alternation per variant kind."""
    out = {}
    for kind, pairs in _variants().items():
        if not pairs:
            continue
        alternation = "|".join(re.escape(v) for v, _ in pairs)
        out[kind] = (re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), dict(pairs))
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The abbreviations of the variant table (their lowercase spelling)."""
    return frozenset(v for v, _ in _variants()["abbreviation"])


def _tone_normalize(text: str) -> str:
    """underthesea's text normalization (one tone-mark placement); identity if unavailable."""
    try:
        from underthesea import text_normalize
    except Exception:  # pragma: no cover - underthesea is a dependency
        return text
    try:
        return text_normalize(text)
    except Exception:  # pragma: no cover - defensive: never fail a label over it
        return text


def _basic(text: str) -> str:
    """NFC, tone placement, lowercase, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFC", text or "")
    text = _tone_normalize(text)
    text = unicodedata.normalize("NFC", text).lower()
    text = _PUNCT.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def clean_label(text: str) -> str:
    """A printed label cleaned for display: markup, footnote marks and extra spaces removed."""
    text = unicodedata.normalize("NFC", text or "")
    text = _TAG.sub(" ", text)
    text = _SUPERSCRIPT.sub("", text)
    text = _BRACKET_NOTE.sub("", text)
    text = _GLUED_NOTE.sub("", text)
    text = _MD_MARK.sub("", text)
    return _SPACE.sub(" ", text).strip()


def _drop_abbreviation_glosses(text: str) -> str:
    """Remove a parenthesised abbreviation that glosses the words before it: ``(PAKN)``."""
    abbreviations = _abbreviations()

    def repl(m: re.Match) -> str:
        inner = _basic(m.group(1))
        return " " if inner in abbreviations else m.group(0)

    return re.sub(r"\(\s*([^()]{2,12}?)\s*\)", repl, text)


def _apply(kind: str, text: str) -> str:
    pattern = _patterns().get(kind)
    if pattern is None:
        return text
    regex, table = pattern
    return regex.sub(lambda m: table[m.group(0)], text)


@lru_cache(maxsize=65536)
def normalize_label(text: str, level_neutral: bool = False) -> str:
    """The matching key of a label: cleaned, lowercase, unpunctuated, abbreviations expanded.

    ``level_neutral`` also maps the level words (``cấp tỉnh``, ``cấp huyện``, ``cấp xã``,
    ``sở, ngành``, ``phòng, ngành`` ...) to one placeholder.
    """
    text = clean_label(text)
    text = _ELLIPSIS.sub(" ", text)
    text = _drop_abbreviation_glosses(text)
    text = _basic(text)
    text = _apply("spelling", text)
    text = _apply("abbreviation", text)
    text = _apply("spelling", text)
    if level_neutral:
        text = _apply("level", text)
    return _SPACE.sub(" ", text).strip()


def strip_parentheticals(text: str) -> str:
    """The label without its parenthesised remarks (``(Lũy kế đến thời điểm báo cáo)``)."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\([^()]*\)", " ", text)
    text = re.sub(r"\([^()]*$", " ", text)  # an unclosed remark cut off at the cell's end
    return _SPACE.sub(" ", text).strip()
