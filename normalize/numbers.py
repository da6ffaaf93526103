"""Numbers as Vietnamese reports print them.

Vietnamese writes ``2.378.231`` (dot: thousands) and ``44,64`` (comma: decimal); reports
also carry English-style ``99.90%``, ``13.5%``, zero-padded ``04``, values with their unit
(``10.836 hồ sơ``), fractions (``40/55``), words (``Chưa``, ``x``) and coded answers whose
legend sits in the unit cell (``- Có = 1 - Không = 0``).

Reading rules, in order:

* Both ``.`` and ``,`` in one number: the last one is the decimal mark (``8.144,5``,
  ``1,234.5``); the other one groups thousands.
* The same mark more than once: thousands (``2.378.231``); groups must be 3 digits.
* One mark followed by exactly three digits (``132.928``, ``2,941``) after a non-zero
  group of 1–3 digits is ambiguous: :func:`ambiguous_reading` gives both readings. A
  percent (printed ``%``, kind or unit) takes the decimal reading; a count or a coded
  answer, which must be whole, takes the integer reading; otherwise the default is the
  integer reading for a dot and the decimal reading for a comma, and the reading is
  flagged ``ambiguous_number`` (money in ``Triệu đồng`` is such a case).
* One mark followed by any other number of digits is a decimal mark (``99.90``, ``44,64``).

Number reading is also decided per document (:func:`document_number_style`): a document
that groups thousands with commas (``1,064,233``, ``1,234.5``) and never writes the
Vietnamese way (``2.378.231``, ``44,64``) is read so throughout: ``77,004`` triệu đồng is
77004 and ``99.58`` is 99.58, with no flag; a single dot followed by three digits there
(``1.234``) is flagged ``ambiguous_number`` unless the row's kind settles it. A document
whose numbers give no such evidence, or evidence both ways, keeps the rules above.

Flags a reading may carry: ``ambiguous_number``, ``fraction``, ``unit_in_value`` (the unit
was written in the value cell), ``trailing_text`` (other words after the number),
``approximate`` / ``lower_bound`` / ``upper_bound`` (``khoảng``, ``trên``, ``dưới``, ``~``,
``≥``, ``<``...: number_words.csv),
``range`` (``3 - 5``, ``70% - 100%``: no single value), ``magnitude_word`` (``84,5 triệu``
hồ sơ read as 84 500 000: magnitude_words.csv; never for money, whose unit carries the scale), ``unparsed_number`` (starts like a number but is none, e.g. a date ``20/6/2022``),
``coded_word`` (a word mapped to its code by the legend), ``code_not_in_legend``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from normalize.units import (
    REFERENCE,
    clean_text,
    code_for_word,
    fold_text,
    is_known_unit,
    parse_code_legend,
    unit_kind,
)

KINDS = ("count", "percent", "money", "code")


@dataclass
class NumberReading:
    """What a value cell says.

    ``value`` is the number (for a fraction ``40/55``: the numerator 40, with ``numerator``
    40 and ``denominator`` 55 kept beside it; for a coded word ``Có`` under the legend
    ``Có = 1; Không = 0``: the code 1). ``value_text`` is a word given instead of a number
    (``Chưa``, ``x``, or the coded word itself), else None. ``percent`` is True when a ``%``
    sign was printed with the value. ``meaning`` is the legend's meaning of a coded value.
    """

    value: float | None
    value_text: str | None
    flags: list[str] = field(default_factory=list)
    numerator: float | None = None
    denominator: float | None = None
    percent: bool = False
    meaning: str | None = None

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


# --- one number token ------------------------------------------------------------------

_SPACE_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?![\d.,])"
_TOKEN = r"(?:" + _SPACE_GROUPED + r"|\d(?:[\d.,]*\d)?)"
_LEAD = re.compile(r"^(?P<sign>[-−–+](?=\d))?(?P<num>" + _TOKEN + r")[.,]?(?![\d])")
_DENOMINATOR = re.compile(r"^\s*/\s*(?P<num>" + _TOKEN + r")[.,]?(?![\d/])")
_PERCENT = re.compile(r"^\s*%")
_RANGE = re.compile(r"^\s*%?\s*(?:[-–—]|đến|tới)\s*\d")


@dataclass(frozen=True)
class _Token:
    value: Decimal
    alternative: Decimal | None = None  # the other reading of an ambiguous token
    integer_first: bool = True  # value is the integer reading of an ambiguous token


def _grouped(int_part: str, mark: str) -> str | None:
    """Digits of ``1.234.567`` with thousands mark removed; None when the groups are not 3-digit."""
    groups = int_part.split(mark)
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        return None
    if len(groups) > 1 and groups[0].startswith("0"):
        return None
    return "".join(groups)


def _read_token(token: str) -> _Token | None:
    """The number a digit string stands for, or None when its marks cannot be read."""
    token = re.sub(r"[ \u00a0\u202f\u2009]", "", token)
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return _Token(Decimal(token))
    if dots and commas:
        decimal_mark = "." if token.rfind(".") > token.rfind(",") else ","
        thousands = "," if decimal_mark == "." else "."
        int_part, _, frac = token.rpartition(decimal_mark)
        if decimal_mark in int_part:
            return None
        digits = _grouped(int_part, thousands)
        return _Token(Decimal(f"{digits}.{frac}")) if digits is not None else None
    mark = "." if dots else ","
    if token.count(mark) > 1:
        digits = _grouped(token, mark)
        return _Token(Decimal(digits)) if digits is not None else None
    int_part, frac = token.split(mark)
    as_decimal = Decimal(f"{int_part}.{frac}")
    if len(frac) == 3 and _grouped(token, mark) is not None:
        as_integer = Decimal(int_part + frac)
        if mark == ".":
            return _Token(as_integer, as_decimal, True)
        return _Token(as_decimal, as_integer, False)
    return _Token(as_decimal)


def ambiguous_reading(raw: str | None) -> tuple[float, float] | None:
    """Both readings of an ambiguous number, as ``(integer_reading, decimal_reading)``.

    A number is ambiguous when it has a single ``.`` or ``,`` followed by exactly three
    digits after a non-zero group of 1–3 digits: ``132.928`` → ``(132928.0, 132.928)``,
    ``2,941`` → ``(2941.0, 2.941)``. Anything else (``2.378.231``, ``44,64``, ``0.500``,
    a word) gives None. A ``%`` sign or a unit after the number is allowed.
    """
    text = _strip_qualifiers(clean_text(raw))[0]
    match = _LEAD.match(text)
    if not match:
        return None
    token = _read_token(match.group("num"))
    if token is None or token.alternative is None:
        return None
    sign = -1 if match.group("sign") in ("-", "−", "–") else 1
    pair = (token.value, token.alternative) if token.integer_first else (token.alternative, token.value)
    return (sign * float(pair[0]), sign * float(pair[1]))


# --- words around numbers --------------------------------------------------------------


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, str], ...]:
    """(accent-free word, role) pairs that may precede a number, longest first."""
    path = REFERENCE / "number_words.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(r["word"].strip(), r["role"].strip()) for r in csv.DictReader(handle)]
    pairs = [(fold_text(w), role) for w, role in rows if role != "negation"]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _ends_word(folded: str, word: str) -> bool:
    """True when ``word`` opens ``folded`` as a whole word: a symbol (``≥``, ``~``) may touch
    the number that follows, a word (``trên``) must be followed by a space or a sign."""
    if not folded.startswith(word) or len(folded) <= len(word):
        return False
    return not word[-1].isalnum() or not folded[len(word)].isalnum()


def _strip_qualifiers(text: str) -> tuple[str, list[str]]:
    """Text with leading words like ``khoảng``, ``trên``, ``đạt`` removed, and the flags they give."""
    flags: list[str] = []
    changed = True
    while changed and text:
        changed = False
        folded = fold_text(text)
        for word, role in _qualifiers():
            if _ends_word(folded, word):
                text = text[len(word) :].lstrip(" :")
                if role != "filler" and role not in flags:
                    flags.append(role)
                changed = True
                break
    return text, flags


@lru_cache(maxsize=1)
def magnitude_words() -> dict[str, int]:
    """Magnitude words printed after a number (``84,5 triệu hồ sơ``), by word: their factor."""
    path = REFERENCE / "magnitude_words.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["word"].strip().lower(): int(r["factor"]) for r in csv.DictReader(handle)}


_MONEY_AFTER = re.compile(r"^\s*(?:đồng|VNĐ|VND|USD|đô)\b", re.I)


def _magnitude(rest: str, kind: str | None) -> tuple[int, str] | None:
    """``(factor, rest after the word)`` when the text after a number opens with a magnitude
    word that scales it (``5,65 ngàn`` hồ sơ → ×1000), else None. A money amount (``2,6 triệu
    đồng``, or any number of a money row) keeps its printed value: its unit carries the scale."""
    if kind == "money":
        return None
    m = re.match(r"^\s*([^\W\d]+)", rest)
    if not m:
        return None
    factor = magnitude_words().get(m.group(1).lower())
    tail = rest[m.end() :]
    if factor is None or _MONEY_AFTER.match(tail):
        return None
    return factor, tail.strip(" .,;:")


def _settled_reading(kind: str | None, kind_of_unit: str | None, percent_sign: bool) -> str | None:
    """``decimal`` or ``integer`` when the kind or unit settles an ambiguous number, else None."""
    effective = kind if kind in KINDS else kind_of_unit
    if percent_sign or effective == "percent":
        return "decimal"
    if effective in ("count", "code"):
        return "integer"
    return None


COMMA_THOUSANDS = "comma_thousands"
_TOKENS = re.compile(r"\d[\d.,]*\d")


def document_number_style(raws) -> str | None:
    """``"comma_thousands"`` when a document's numbers group thousands with commas and
    never the Vietnamese way; None otherwise (the per-number rules then apply).

    Evidence for commas: a comma used twice in 3-digit groups (``1,064,233``) or a comma
    group before a decimal dot (``1,234.5``). Evidence against: a dot used twice in
    3-digit groups (``2.378.231``), a comma not followed by three digits (``44,64``), a dot
    group before a decimal comma (``8.144,5``). A decimal dot alone (``99.58``) proves
    nothing: Vietnamese reports print percents so too.
    """
    comma = vietnamese = 0
    for raw in raws:
        if not raw:
            continue
        for tok in _TOKENS.findall(str(raw)):
            dots, commas = tok.count("."), tok.count(",")
            if commas and dots:
                if tok.rfind(".") > tok.rfind(","):
                    comma += _grouped(tok.rpartition(".")[0], ",") is not None
                else:
                    vietnamese += 1
            elif commas > 1:
                comma += _grouped(tok, ",") is not None
            elif dots > 1:
                vietnamese += _grouped(tok, ".") is not None
            elif commas == 1 and len(tok.split(",")[1]) != 3:
                vietnamese += 1
    return COMMA_THOUSANDS if comma and not vietnamese else None


def _styled(token: _Token, mark: str | None, style: str | None) -> _Token:
    """An ambiguous token read by the document's style: with commas as thousands, a lone
    comma group is an integer (settled); a lone dot group a decimal (still ambiguous)."""
    if style != COMMA_THOUSANDS or token.alternative is None or mark is None:
        return token
    integer, decimal = (
        (token.value, token.alternative) if token.integer_first else (token.alternative, token.value)
    )
    if mark == ",":
        return _Token(integer)
    return _Token(decimal, integer, False)


def _mark(num: str) -> str | None:
    """The one separator of a one-separator token, else None."""
    marks = {c for c in num if c in ".,"}
    return marks.pop() if len(marks) == 1 else None


def _resolve(token: _Token, settled: str | None) -> tuple[Decimal, bool]:
    """The reading of a token given how the row settles it, and whether it stays ambiguous."""
    if token.alternative is None:
        return token.value, False
    integer, decimal = (
        (token.value, token.alternative) if token.integer_first else (token.alternative, token.value)
    )
    if settled == "decimal":
        return decimal, False
    if settled == "integer":
        return integer, False
    return token.value, True


def _apply_legend(reading: NumberReading, legend: dict[int, str] | None) -> NumberReading:
    """Give a numeric coded answer its meaning, or flag a code the legend does not list."""
    if not legend or reading.value is None:
        return reading
    if float(reading.value).is_integer() and int(reading.value) in legend:
        reading.meaning = legend[int(reading.value)]
    else:
        reading.flag("code_not_in_legend")
    return reading


def parse_number(
    raw: str | None, unit: str | None = None, kind: str | None = None, style: str | None = None
) -> NumberReading:
    """Read a value cell as printed, given the row's printed unit and its catalog kind.

    ``2.378.231`` → 2378231; ``44,64`` and ``44,64%`` → 44.64; ``99.90%`` → 99.9; ``04`` → 4;
    ``8.144,5`` → 8144.5; ``10.836 hồ sơ`` → 10836 (flag ``unit_in_value``); ``40/55`` →
    value 40, numerator 40, denominator 55 (flag ``fraction``); ``Chưa``, ``x``, ``-`` →
    ``value_text`` with no value, unless the unit cell holds a legend naming the word
    (``Có`` under ``- Có = 1 - Không = 0`` → 1); empty or None → nothing. See the module
    docstring for how ambiguous marks are read; ``style`` is the document's
    (:func:`document_number_style`).
    """
    text = clean_text(raw)
    if not text:
        return NumberReading(None, None, [])
    legend = parse_code_legend(unit) if unit else None
    kind_of_unit = unit_kind(unit) if unit else None

    body, flags = _strip_qualifiers(text)
    match = _LEAD.match(body)
    if not match:
        reading = NumberReading(None, text, [])
        if re.match(r"^[-−–+]?\s*\d", body):
            reading.flag("unparsed_number")
        code = code_for_word(text, legend)
        if code is not None:
            reading.value = float(code)
            reading.meaning = legend[code]
            reading.flag("coded_word")
        return reading

    rest = body[match.end() :]
    numerator = _read_token(match.group("num"))
    if numerator is not None:
        numerator = _styled(numerator, _mark(match.group("num")), style)
    denominator = None
    den_match = _DENOMINATOR.match(rest)
    if den_match:
        denominator = _read_token(den_match.group("num"))
        if denominator is not None:
            denominator = _styled(denominator, _mark(den_match.group("num")), style)
        rest = rest[den_match.end() :]
    elif rest.lstrip().startswith("/"):
        numerator = None  # 20/6/2022 and the like: not a number
    if _RANGE.match(rest):
        return NumberReading(None, text, ["range"])
    percent_sign = bool(_PERCENT.match(rest))
    if percent_sign:
        rest = _PERCENT.sub("", rest, count=1)
    rest = rest.strip(" .,;:")
    if numerator is None or (den_match and denominator is None):
        return NumberReading(None, text, ["unparsed_number"])

    trailing_kind = None
    scale = _magnitude(rest, kind if kind in KINDS else kind_of_unit)
    if scale is not None:
        factor, rest = scale
        flags.append("magnitude_word")
    if rest:
        if is_known_unit(rest):
            flags.append("unit_in_value")
            trailing_kind = unit_kind(rest)
        else:
            flags.append("trailing_text")
    settled = _settled_reading(kind, kind_of_unit or trailing_kind, percent_sign)
    if den_match and settled is None:
        settled = "integer"  # done/total: both parts are counts
    sign = Decimal(-1) if match.group("sign") in ("-", "−", "–") else Decimal(1)
    value, ambiguous = _resolve(numerator, settled if scale is None else "decimal")
    if scale is not None:
        value = value * scale[0]
    reading = NumberReading(float(sign * value), None, flags, percent=percent_sign)
    if ambiguous:
        reading.flag("ambiguous_number")
    if denominator is not None:
        den_value, den_ambiguous = _resolve(denominator, settled)
        reading.numerator = reading.value
        reading.denominator = float(den_value)
        reading.flag("fraction")
        if den_ambiguous:
            reading.flag("ambiguous_number")
    return _apply_legend(reading, legend)
