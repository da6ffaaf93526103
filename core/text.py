"""Folding Vietnamese text for matching: the one place that strips tone and vowel marks.

Three foldings, each for one kind of matching:

- ``strip_marks``: marks dropped, ``đ`` → ``d``, case kept (``Ghỉ chú`` → ``Ghi chu``): a header
  word or a period phrase whose marks OCR got wrong;
- ``plain_letters``: the same, one character for each character, so that a span found in the
  plain text is the same span of the original (the title after a ``Biếu mẫu 1`` heading);
- ``fold``: marks dropped and lower case (``Thị xã Duyên Hải`` → ``thi xa duyen hai``), one
  character for each character where the text is NFC; ``fold_map`` also gives, for each
  folded character, the index it came from (a name found in folded text is cut from the
  original).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_D = str.maketrans("đĐ", "dD")
_COMBINING_RE = re.compile("[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_marks(text: str) -> str:
    """``text`` without combining marks, ``đ``/``Đ`` → ``d``/``D``, case kept (not recomposed)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    return ch.translate(_D) if ch in "đĐ" else unicodedata.normalize("NFD", ch)[0]


def plain_letters(text: str) -> str:
    """Each character's base letter (``ế`` → ``e``, ``Đ`` → ``D``): as long as ``text``."""
    return "".join(map(_base_letter, text))


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else (ch.lower() + " ")[0]


# one char to one char: accented Latin letters to their base letter, capitals to lower case
_FOLD_TABLE = {
    cp: _fold_char(chr(cp))
    for cp in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00))
    if _fold_char(chr(cp)) != chr(cp)
}


def fold_map(text: str) -> tuple[str, list[int]]:
    """Text without accents, lower case, and for each folded char the index it came from."""
    folded = text.translate(_FOLD_TABLE)
    if not _COMBINING_RE.search(folded):
        return folded, list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(folded):
        if _COMBINING_RE.match(ch):
            continue  # a decomposed accent: drop it, offsets still map back
        out.append(ch)
        index.append(i)
    index.append(len(text))
    return "".join(out), index


def fold(text: str) -> str:
    """``Thị xã Duyên Hải`` → ``thi xa duyen hai`` (no marks, lower case): ``fold_map``'s text,
    without building its index (called on every clause and mention)."""
    return _COMBINING_RE.sub("", text.translate(_FOLD_TABLE))
