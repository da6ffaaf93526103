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


# Where underthesea's ``text_normalize`` can change a key (``_basic``'s output): it splits the
# text into tokens, maps ``ð`` to ``đ`` and looks each token of at most 6 characters up in a
# table of misspelt syllables (``hoà``, ``nghành``, ``qui``); its spaces between tokens
# matter only inside a run of word characters and ``%``. So it can change a key only where
# (1) a syllable's tone mark is not where one-placement writing puts it, or it has two, or
# it is a ``qui``/``ngh`` + a, o, u or ``uơ`` spelling, or one of the few syllables its table
# writes against its own rule (``normalize/reference/retone_words.csv``); or (2) the tokenizer can cut a run of word
# characters: a digit next to a letter, ``_``, a letter outside the Vietnamese
# alphabet, or one of its special forms (``°C``, ``@``, ``&``, ``http:``, ``v.v``, ``T.Ư``,
# ``NĐ-CP``, ``e-mail``, ``Th.S``); a ``%`` is always a token of its own, and that is done
# here without it (spaces around it). Elsewhere it is not called, so that a process that
# meets only such labels never imports underthesea (a third of a CPU second).
# tests/test_label_retone.py checks the rule against every entry of underthesea's table and every
# label of the catalog and of the variant table.
_VI_LETTERS = (
    "a-zA-Z"
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
_TOKEN_CUT = re.compile(
    r"\d(?=[^\W\d])|(?<=[^\W\d])\d|_"
    rf"|[^\W\d{_VI_LETTERS}]"
    r"|°|@|&|(?:ftp|https?):|v\.v|T\.Ư|NĐ-CP|e-mail|Th.[sS]"
)
_WORD = re.compile(r"[^\W\d_]+")
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_QUALITY_MARKS = "\u0302\u0306\u031b"  # â ê ô, ă, ơ ư
_VOWELS = "aeiouy"
RETONE_WORDS_PATH = Path(__file__).resolve().parent / "reference" / "retone_words.csv"


@lru_cache(maxsize=1)
def _retone_words() -> frozenset[str]:
    """``retone_words.csv``: syllables underthesea rewrites though their tone is in place."""
    with RETONE_WORDS_PATH.open(encoding="utf-8", newline="") as fh:
        return frozenset(unicodedata.normalize("NFC", row["syllable"]).lower() for row in csv.DictReader(fh))


@lru_cache(maxsize=16384)
def _odd_syllable(word: str) -> bool:
    """A syllable whose tone mark is not where one-placement writing puts it (``hoà``,
    ``gìa``, ``tíêp``), with two tone marks, or spelt ``qui`` / ``ngh`` + a, o, u."""
    letters: list[list] = []  # [base letter, its quality mark or "", has a tone mark]
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONE_MARKS and letters:
            if letters[-1][2]:
                return True
            letters[-1][2] = True
        elif ch in _QUALITY_MARKS and letters:
            letters[-1][1] = ch
        elif not unicodedata.combining(ch):
            letters.append([ch, "", False])
    base = "".join(c for c, _, _ in letters)
    if any(a[:2] == ["u", ""] and b[:2] == ["o", "\u031b"] for a, b in zip(letters, letters[1:])):
        return True  # uơ for ươ
    if unicodedata.normalize("NFC", word.lower()) in _retone_words():
        return True
    if base == "qui" or (base.startswith("ngh") and base[3:4] in ("a", "o", "u")):
        return True
    toned = [i for i, (_, _, tone) in enumerate(letters) if tone]
    if not toned:
        return False
    if len(toned) > 1:
        return True
    vowels = [i for i, (c, _, _) in enumerate(letters) if c in _VOWELS]
    if vowels != list(range(vowels[0], vowels[-1] + 1)):
        return True  # vowels apart: not one syllable
    if len(vowels) > 1 and (base.startswith("qu") and vowels[0] == 1):
        vowels = vowels[1:]  # the u of qu belongs to the onset
    elif len(vowels) > 1 and base.startswith("gi") and vowels[0] == 1:
        vowels = vowels[1:]  # so does the i of gi
    marked = [i for i in vowels if letters[i][1]]
    if marked:
        place = marked[-1]
    elif vowels[-1] + 1 < len(letters) or len(vowels) == 1:
        place = vowels[-1]  # a closed syllable: its last vowel
    elif len(vowels) == 3:
        place = vowels[1]
    else:
        place = vowels[0]
    return toned[0] != place


def may_retone(text: str) -> bool:
    """Whether underthesea's ``text_normalize`` could change this text's key (see above)."""
    if _TOKEN_CUT.search(text):
        return True
    return any(len(w) <= 6 and _odd_syllable(w) for w in _WORD.findall(text))


def _tone_normalize(text: str) -> str:
    """underthesea's text normalization (one tone-mark placement); identity if unavailable,
    and not called where it cannot change the key (``may_retone``)."""
    if not may_retone(text):
        return text.replace("%", " % ")  # the tokenizer's one cut outside may_retone
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
