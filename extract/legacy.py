"""Legacy Vietnamese encodings in a PDF's text layer → Unicode.

Documents typed with TCVN3 (ABC) fonts (``.VnTime``, ``.VnArial``, ``.VnTimeH`` ...) or
VNI fonts (``VNI-Times`` ...) keep the legacy code points in their text layer, so the text
reads as Latin-1 soup (``Céng hoµ x· héi``, ``Coäng hoøa xaõ hoäi``). Both mappings are
exact: TCVN3 is one byte per letter, VNI a base letter followed by one or two mark
characters. The tables are data files next to this module (``legacy_tcvn3.csv``,
``legacy_vni.csv``).

Detection is by font name first (:func:`encoding_of_font`), then by character statistics
(:func:`detect_encoding`) for documents whose fonts were renamed or subset.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

TCVN3 = "tcvn3"
VNI = "vni"

_HERE = Path(__file__).parent
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"[,-](?:Bold|Italic|BoldItalic|Regular|Oblique)+$", re.I)

# Letters that exist only in Vietnamese Unicode (beyond Latin-1): ă â đ ê ô ơ ư and the
# precomposed tone letters of the Latin Extended Additional block.
_VIET_UNICODE = re.compile(
    r"[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
    r"\u1ea0-\u1ef9]"
)
# Latin-1 letters that Vietnamese Unicode text uses; every other Latin-1 character of the
# TCVN3 table is a sign of a TCVN3 layer.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# VNI's mark characters after a vowel: none of these pairs occurs in Vietnamese Unicode.
_VNI_MARKERS = re.compile(
    r"[aeouyAEOUY\u00f4\u00f6\u00d4\u00d6][\u00f9\u00f8\u00fb\u00f5\u00ef\u00e2"
    r"\u00e1\u00e0\u00e5\u00e3\u00e4\u00ea\u00e9\u00e8\u00fa\u00fc\u00eb"
    r"\u00d9\u00d8\u00db\u00d5\u00cf\u00c2\u00c1\u00c0\u00c5\u00c3\u00c4"
    r"\u00ca\u00c9\u00c8\u00da\u00dc\u00cb]|[\u00f1\u00d1]"
)


def _rows(name: str):
    with open(_HERE / name, encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def tcvn3_table() -> dict[str, str]:
    """TCVN3 text-layer character → Unicode letter.

    Keys are the byte read as Latin-1 and as Windows-1252 (the encoding most PDF writers give
    these fonts), so either reading of the text layer maps.
    """
    table = {}
    for row in _rows("legacy_tcvn3.csv"):
        byte = bytes([int(row["byte"], 16)])
        uni = chr(int(row["unicode"], 16))
        table[byte.decode("latin-1")] = uni
        try:
            table[byte.decode("cp1252")] = uni
        except UnicodeDecodeError:
            pass
    return table


@lru_cache(maxsize=1)
def vni_table() -> dict[str, str]:
    """VNI sequence (one or two Latin-1 characters) → Unicode letter."""
    table = {}
    for row in _rows("legacy_vni.csv"):
        src = bytes(int(h, 16) for h in row["bytes"].split()).decode("latin-1")
        table[src] = unicodedata.normalize("NFC", "".join(chr(int(h, 16)) for h in row["unicode"].split()))
    return table


@lru_cache(maxsize=1)
def _tcvn3_pattern() -> re.Pattern:
    keys = sorted(tcvn3_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


@lru_cache(maxsize=1)
def _vni_pattern() -> re.Pattern:
    keys = sorted(vni_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


@lru_cache(maxsize=1)
def _tcvn3_markers() -> frozenset[str]:
    return frozenset(k for k in tcvn3_table() if k not in _VIET_LATIN1)


_TCVN3_HYPHEN_U = re.compile(r"(?<=[a-z\u00a1-\u00ff])-(?=[a-z\u00a1-\u00ff])")


def font_base_name(fontname: str) -> str:
    """A PDF font name without its subset tag and style suffix (``ABCDEF+.VnTime,Bold`` → ``.VnTime``)."""
    return _STYLE.sub("", _SUBSET.sub("", fontname or ""))


def encoding_of_font(fontname: str) -> str | None:
    """``tcvn3`` for ABC fonts (``.VnTime``), ``vni`` for VNI fonts (``VNI-Times``), else None."""
    base = font_base_name(fontname)
    if re.match(r"^VNI[-_ ]", base, re.I):
        return VNI
    if re.match(r"^\.?Vn[A-Z]", base):
        return TCVN3
    return None


def is_capitals_font(fontname: str) -> bool:
    """ABC capital fonts (``.VnTimeH``, ``.VnArialH``) draw lowercase codes as capitals."""
    base = font_base_name(fontname)
    return encoding_of_font(fontname) == TCVN3 and base.endswith("H")


def tcvn3_to_unicode(text: str, capitals: bool = False) -> str:
    """Map a TCVN3 text layer to Unicode; ``capitals`` for the ``.Vn...H`` fonts."""
    table = tcvn3_table()
    # U+00AD (ư) often comes out as a hyphen: a hyphen inside a lowercase word is ư.
    text = _TCVN3_HYPHEN_U.sub("\u00ad", text)
    out = _tcvn3_pattern().sub(lambda m: table[m.group()], text)
    out = unicodedata.normalize("NFC", out)
    return out.upper() if capitals else out


def vni_to_unicode(text: str) -> str:
    """Map a VNI text layer to Unicode (longest sequence first)."""
    table = vni_table()
    return unicodedata.normalize("NFC", _vni_pattern().sub(lambda m: table[m.group()], text))


def unicode_to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 in its Latin-1 reading (for fixtures and round-trip tests)."""
    reverse: dict[str, str] = {}
    for row in _rows("legacy_tcvn3.csv"):
        reverse.setdefault(chr(int(row["unicode"], 16)), chr(int(row["byte"], 16)))
    return "".join(reverse.get(c, c) for c in unicodedata.normalize("NFC", text))


def unicode_to_vni(text: str) -> str:
    """Unicode → VNI in its Latin-1 reading (for fixtures and round-trip tests)."""
    reverse = {uni: src for src, uni in vni_table().items()}
    return "".join(reverse.get(c, c) for c in unicodedata.normalize("NFC", text))


def transcode(text: str, encoding: str, capitals: bool = False) -> str:
    if encoding == TCVN3:
        return tcvn3_to_unicode(text, capitals)
    if encoding == VNI:
        return vni_to_unicode(text)
    return text


def detect_encoding(text: str) -> str | None:
    """Guess a legacy encoding from the characters of a text layer; None when it reads as Unicode.

    Vietnamese Unicode text holds letters beyond Latin-1 (ă, đ, ơ, ư, ạ ...); a legacy layer
    holds none and is full of Latin-1 symbols (TCVN3: ``µ ¸ ¶ ­ ®``) or vowel + mark pairs
    (VNI: ``aø eá ö ñ``). The guess is kept only if the transcoded text then reads as
    Vietnamese.
    """
    letters = sum(1 for c in text if c.isalpha())
    if letters < 20:
        return None
    if len(_VIET_UNICODE.findall(text)) > 0.01 * letters:
        return None
    markers = _tcvn3_markers()
    tcvn = sum(1 for c in text if c in markers)
    vni = len(_VNI_MARKERS.findall(text))
    best, score = (TCVN3, tcvn) if tcvn >= vni else (VNI, vni)
    if score < max(3, 0.03 * letters):
        return None
    converted = transcode(text, best)
    if len(_VIET_UNICODE.findall(converted)) < max(3, 0.5 * score):
        return None
    return best if syllable_share(converted) >= 0.8 else None


_VOWELS = "aăâeêioôơuưy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_SYLLABLE = re.compile(
    rf"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ch|ng|nh|[cmnpt])?$"
)


def syllable_share(text: str) -> float:
    """Share of the words with Vietnamese-only letters that are well-formed Vietnamese syllables."""
    words = [w.strip(".,;:!?()[]\"'“”-–").lower() for w in text.split()]
    marked = [w for w in words if w and _VIET_UNICODE.search(w)]
    if not marked:
        return 0.0
    return sum(1 for w in marked if _SYLLABLE.match(w)) / len(marked)
