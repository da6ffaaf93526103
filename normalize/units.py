"""Measure units ("Đơn vị tính") and coded answers whose legend sits in the unit cell.

The unit spellings are data: ``normalize/reference/units.csv`` maps a variant (matched
case-, spacing- and punctuation-insensitively, and accent-insensitively when that is not
ambiguous) to a canonical spelling and a kind (``count``, ``percent``, ``money``).

A coded answer's legend is written many ways in the wild (``- Có = 1 - Không = 0``,
``Có: 1; Không: 0``, ``1 = Có, 0 = Không``, ``Chưa có = 0 2 cấp = 1 3 cấp = 2``);
:func:`parse_code_legend` reads them all into ``{code: meaning}`` and :func:`legend_text`
writes the catalog's spelling ``Có = 1; Không = 0``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from core.text import fold

REFERENCE = Path(__file__).resolve().parent / "reference"
UNITS_CSV = REFERENCE / "units.csv"

_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_MARKDOWN = re.compile(r"(\*\*|__|\*|`)")
_FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_SPACE = re.compile(r"[\s\u00a0\u2009\u202f]+")
_KEY_PUNCT = re.compile(r"[,;/&.:+\-–—_()\[\]\"'“”]+")


def clean_text(text: str | None) -> str:
    """Text in NFC with markup (HTML tags, ``**``), footnote marks and extra spaces removed."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _TAG.sub(" ", text)
    text = _MARKDOWN.sub("", text)
    text = _FOOTNOTE.sub("", text)
    return _SPACE.sub(" ", text).strip()


def fold_text(text: str | None) -> str:
    """Lower-case text without diacritics (``Đ`` → ``d``), spaces collapsed, for matching."""
    return fold(clean_text(text).casefold())


def _unit_key(text: str) -> str:
    """Matching key of a unit: case-folded, punctuation other than ``%`` turned into spaces."""
    key = clean_text(text).casefold()
    key = _KEY_PUNCT.sub(" ", key)
    key = key.replace("%", " % ")
    return _SPACE.sub(" ", key).strip()


@lru_cache(maxsize=1)
def _unit_table() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(exact key → (canonical, kind), accent-free key → (canonical, kind)) from units.csv."""
    exact: dict[str, tuple[str, str]] = {}
    folded: dict[str, set[tuple[str, str]]] = {}
    with UNITS_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            entry = (row["canonical"].strip(), row["kind"].strip())
            for source in (row["variant"], row["canonical"]):
                key = _unit_key(source)
                exact.setdefault(key, entry)
                folded.setdefault(fold_text(key), set()).add(entry)
    unique = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
    return exact, unique


def _lookup_unit(text: str) -> tuple[str, str] | None:
    """The (canonical, kind) entry for a printed unit, or None when it is not in units.csv."""
    exact, folded = _unit_table()
    key = _unit_key(text)
    if not key:
        return None
    if key in exact:
        return exact[key]
    # Accent-free matching is for text that lost its diacritics (``Ho so``) or a damaged
    # several-word unit (``Nhiệm vu``); a one-syllable word with other marks is another
    # word (``Sở`` is not ``Số``, ``Bàn`` is not ``Ban``).
    plain = fold_text(key)
    if plain == key or " " in key:
        return folded.get(plain)
    return None


_UNIT_CAPTION = re.compile(r"^\s*(?:đơn\s+vị\s+tính|đvt)\s*[:.]?\s*(?=\S)", re.IGNORECASE)


def _strip_wrapping(text: str) -> str:
    """Drop a caption, brackets around a whole unit and trailing punctuation:
    ``ĐVT: người`` → ``người``, ``(Văn bản).`` → ``Văn bản``."""
    text = _UNIT_CAPTION.sub("", text)
    text = text.strip().rstrip(".,;:").strip()
    while len(text) > 2 and text[0] in "([" and text[-1] in ")]" and text != "(%)":
        text = text[1:-1].strip()
    return text


def canonical_unit(printed: str | None) -> str | None:
    """The canonical spelling of a printed "Đơn vị tính".

    Known variants (``triệu đồng``, ``<i>Thủ tục</i>``, ``Cơ quan/đơn vị``, ``TTHC``...) map to
    the spelling in units.csv; a code legend is written as the catalog writes it
    (``Có = 1; Không = 0``); any other unit comes back cleaned of markup and spacing; an
    empty cell gives None.
    """
    text = _strip_wrapping(clean_text(printed))
    if not text:
        return None
    legend = parse_code_legend(text)
    if legend:
        return legend_text(legend)
    found = _lookup_unit(text)
    if found:
        return found[0]
    return text


def unit_kind(printed: str | None) -> str | None:
    """The kind of a unit: ``percent``, ``count``, ``money`` or ``code`` (a legend); None if unknown."""
    text = _strip_wrapping(clean_text(printed))
    if not text:
        return None
    if parse_code_legend(text):
        return "code"
    found = _lookup_unit(text)
    return found[1] if found else None


def is_known_unit(text: str | None) -> bool:
    """True when the text is a unit listed in units.csv (in any of its spellings)."""
    cleaned = _strip_wrapping(clean_text(text))
    return bool(cleaned) and _lookup_unit(cleaned) is not None


# --- coded answers -------------------------------------------------------------------

_LABEL_EDGE = " \t-–—•+*·/,;.:|\"'“”()[]"
_CODE_FIRST = re.compile(r"(?<![\w.,])(\d{1,2})\s*[=:]\s*")
_LABEL_FIRST = re.compile(r"\s*[=:]\s*(\d{1,2})(?![\d.,]\d)")
_PAREN_CODE = re.compile(r"\s*\(\s*(\d{1,2})\s*\)")
_MAX_LABEL = 60


def _clean_label(label: str) -> str:
    """A legend label without bullets, separators or brackets around it, its first letter
    upper-cased as the catalog writes it (``không`` → ``Không``; ``2 cấp`` stays)."""
    label = _SPACE.sub(" ", label.strip(_LABEL_EDGE)).strip()
    if label[:1].islower():
        label = label[:1].upper() + label[1:]
    return label


def _valid_label(label: str) -> bool:
    return 0 < len(label) <= _MAX_LABEL and any(c.isalpha() for c in label)


def _pairs_label_first(text: str, splitter: re.Pattern) -> list[tuple[str, int]] | None:
    """``label = code`` pairs (or ``label (code)``), read left to right."""
    pieces = splitter.split(text)
    if len(pieces) < 5:  # at least two pairs: label, code, label, code, rest
        return None
    pairs = []
    for i in range(0, len(pieces) - 1, 2):
        pairs.append((_clean_label(pieces[i]), int(pieces[i + 1])))
    if _clean_label(pieces[-1]):
        return None  # text after the last code: not a bare legend
    return pairs


def _pairs_code_first(text: str) -> list[tuple[str, int]] | None:
    """``code = label`` pairs, read left to right."""
    pieces = _CODE_FIRST.split(text)
    if len(pieces) < 5 or _clean_label(pieces[0]):
        return None
    return [(_clean_label(pieces[i + 1]), int(pieces[i])) for i in range(1, len(pieces) - 1, 2)]


def parse_code_legend(text: str | None) -> dict[int, str] | None:
    """The legend of a coded answer as ``{code: meaning}``, in the order printed.

    Reads ``- Có = 1 - Không = 0``, ``Có = 1; Không = 0``, ``Có: 1; Không: 0``,
    ``Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2``, ``- Chưa có = 0 - 2 cấp = 1 - 3 cấp = 2``
    (labels may hold digits), ``1 = Có, 0 = Không`` and ``Có (1); Không (0)``. Returns None
    when the text is not a legend of at least two distinct codes with word labels.
    """
    cleaned = clean_text(text)
    if not cleaned or not any(c in cleaned for c in "=:()"):
        return None
    starts_with_code = re.match(r"^[\s\-–—•+*]*\d{1,2}\s*[=:]", cleaned) is not None
    candidates = []
    if starts_with_code:
        candidates.append(_pairs_code_first(cleaned))
    candidates.append(_pairs_label_first(cleaned, _LABEL_FIRST))
    candidates.append(_pairs_label_first(cleaned, _PAREN_CODE))
    for pairs in candidates:
        if not pairs:
            continue
        codes = [code for _, code in pairs]
        if len(set(codes)) != len(codes):
            continue
        if not all(_valid_label(label) for label, _ in pairs):
            continue
        return {code: label for label, code in pairs}
    return None


def legend_text(legend: dict[int, str]) -> str:
    """A legend in the catalog's spelling, in the given order: ``Có = 1; Không = 0``."""
    return "; ".join(f"{label} = {code}" for code, label in legend.items())


def _word_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold_text(text))


def _contains(tokens: list[str], part: list[str]) -> bool:
    n = len(part)
    return n > 0 and any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


@lru_cache(maxsize=1)
def _negations() -> frozenset[str]:
    """Accent-free negation words (role ``negation`` in number_words.csv)."""
    path = REFERENCE / "number_words.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(
            fold_text(r["word"]) for r in csv.DictReader(handle) if r["role"].strip() == "negation"
        )


def code_for_word(word: str | None, legend: dict[int, str] | None) -> int | None:
    """The code a word answer stands for under a legend, or None.

    Matching ignores case and diacritics. In order: the word is a code (``1``); the word is a
    label (``có`` → Có); the word holds exactly one label (``Đã hoàn thành`` → Hoàn thành)
    and no negation the label lacks (``Không hoàn thành`` matches nothing); the word starts
    exactly one label (``Chưa`` → Chưa có).
    """
    if not legend or word is None:
        return None
    text = clean_text(word).strip(_LABEL_EDGE)
    if not text:
        return None
    if text.isdigit() and int(text) in legend:
        return int(text)
    tokens = _word_tokens(text)
    labels = {code: _word_tokens(label) for code, label in legend.items()}
    exact = [code for code, toks in labels.items() if toks == tokens]
    if len(exact) == 1:
        return exact[0]
    negations = _negations()
    inside = []
    for code, toks in labels.items():
        if _contains(tokens, toks):
            extra = set(tokens) - set(toks)
            if not (extra & negations):
                inside.append(code)
    if len(inside) == 1:
        return inside[0]
    if inside:
        return None
    prefix = [
        code for code, toks in labels.items() if len(tokens) < len(toks) and toks[: len(tokens)] == tokens
    ]
    return prefix[0] if len(prefix) == 1 else None
