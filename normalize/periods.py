"""Reporting periods and dates as Vietnamese reports write them.

Period codes (the output contract): ``2022-Q3`` (quý III năm 2022), ``2023-H1`` (6 tháng
đầu năm), ``2023-H2`` (6 tháng cuối năm), ``2024-9M`` (9 tháng: January to September),
``2023`` (năm 2023), ``2021/2025`` (giai đoạn 2021-2025, a multi-year plan).

Matching ignores case; text written without diacritics (``quy III nam 2022``) is read too.
A period whose year comes later in the phrase (``quý III và chương trình công tác quý IV
năm 2022``) takes that year. Dates (``ngày 03 tháng 9 năm 2022``, ``20/6/2022``) are never
read as a year period. Also read: ``nửa đầu/cuối năm`` (H1/H2), ``3 tháng đầu/cuối năm``
(Q1/Q4), ``12 tháng năm`` (the year), ``9 tháng 2024`` (``năm`` left out), OCR's ``quý lll``
and ``quý HI`` (III).
Any other count of months (``8 tháng đầu năm 2024``) is no contract period and gives nothing,
rather than the whole year.

Extension periods: ``2025-M10`` (a monthly report: ``tháng 10/2025``, ``tháng 10 năm 2025``;
the month with two digits, ``2025-M09``, so periods sort as text), ``2015/2020`` (a bare range of years, ``năm
2015-2020``), and explicit day ranges: ``từ ngày 15/12/2024 đến ngày 14/3/2025`` is the
cut-off window of 2025-Q1 (reporting windows run from the day after a cut-off day in the
month before the period to that day of its last month), ``từ 01/01 đến 31/3/2025`` is
2025-Q1 itself, and a range that is no standard period is ``2025-01-01/2025-05-27``
(``từ đầu năm đến ngày 27/5/2025`` too). A day range with no year at all (``từ ngày 01/7 đến ngày 15/8``, as news items write it) is
read only against a reference day (``on``: the issue date): it is the latest such range
that ends on or before that day. A time-of-day word before the last day (``đến chiều
16/7/2025``, ``đến hết ngày 14/3/2025``) and ``tới`` for ``đến`` are read too; a first day
without its month takes the last day's (``từ ngày 1 đến ngày 31-7`` → the month); a range
that runs to now (``từ ngày 01/7 đến nay``, ``từ đầu năm đến nay``) ends on the reference day
and gives nothing without one (nor its year: ``từ đầu năm 2024 đến nay`` is not 2024). A
yearless month the text is in (``trong tháng 9``, ``tháng 9 vừa qua``) is read only against a
reference day, in its year, and never when the month comes after it (a plan's month). A
yearless standard period (``9 tháng đầu năm``, ``quý IV``) with a reference day is that day's
year's when it has begun by then, else last year's when that ended at most a quarter before.
"""

from __future__ import annotations

import calendar
import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from core.text import strip_marks
from normalize import regex_cache as rx
from normalize.units import clean_text

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ROMAN_OCR = str.maketrans("l|", "ii")  # OCR reads the roman I as l or |
_MIN_YEAR, _MAX_YEAR = 1945, 2100
_YEAR_LOOKAHEAD = 160  # characters after a yearless period searched for its year
RECENT_DAYS = 92  # a yearless period of last year is read only this soon after its end


@dataclass(frozen=True)
class Period:
    """A reporting period: its contract code and its first and last day."""

    code: str
    start: date
    end: date


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def quarter(year: int, number: int) -> Period:
    """Quarter ``number`` (1–4) of ``year``."""
    first = 3 * (number - 1) + 1
    return Period(f"{year}-Q{number}", date(year, first, 1), _last_day(year, first + 2))


def half(year: int, number: int) -> Period:
    """First (1) or second (2) half of ``year``."""
    if number == 1:
        return Period(f"{year}-H1", date(year, 1, 1), date(year, 6, 30))
    return Period(f"{year}-H2", date(year, 7, 1), date(year, 12, 31))


def nine_months(year: int) -> Period:
    """January to September of ``year``."""
    return Period(f"{year}-9M", date(year, 1, 1), date(year, 9, 30))


def whole_year(year: int) -> Period:
    return Period(str(year), date(year, 1, 1), date(year, 12, 31))


def years(first: int, last: int) -> Period:
    """A multi-year span, e.g. a five-year plan ``2021/2025``."""
    return Period(f"{first}/{last}", date(first, 1, 1), date(last, 12, 31))


def month(year: int, number: int) -> Period:
    """Month ``number`` (1–12) of ``year``: ``2025-M10``."""
    return Period(f"{year}-M{number:02d}", date(year, number, 1), _last_day(year, number))


def _months_period(year: int, first: int, last: int) -> Period | None:
    """The standard period made of months first..last of year, if any."""
    if first == last:
        return month(year, first)
    if last - first == 2 and first % 3 == 1:
        return quarter(year, (first + 2) // 3)
    if (first, last) == (1, 6):
        return half(year, 1)
    if (first, last) == (7, 12):
        return half(year, 2)
    if (first, last) == (1, 9):
        return nine_months(year)
    if (first, last) == (1, 12):
        return whole_year(year)
    return None


CUTOFF_DAYS = range(14, 26)  # reporting cut-off days in use (14th: Nghị định 09/2019; 20th ...)


def day_range(first: date, last: date) -> Period | None:
    """The period an explicit day range stands for: a standard period when the range is one
    (``01/01–31/3/2025``) or is its reporting window (``15/12/2024–14/3/2025`` → 2025-Q1,
    ``21/7–20/8/2021`` → 2021-M08), else the range itself ``2025-01-01/2025-05-27``."""
    if last < first or (last - first).days > 3 * 366:
        return None
    if first.day == 1 and last == _last_day(last.year, last.month) and first.year == last.year:
        found = _months_period(last.year, first.month, last.month)
        if found:
            return found
    if last.day in CUTOFF_DAYS and first.day == last.day + 1:
        start_month = first.month % 12 + 1
        start_year = first.year + (1 if first.month == 12 else 0)
        if start_year == last.year and start_month <= last.month:
            found = _months_period(last.year, start_month, last.month)
            if found:
                return found
    return Period(f"{first.isoformat()}/{last.isoformat()}", first, last)


# --- patterns ----------------------------------------------------------------------------


CUES_CSV = Path(__file__).parent / "reference" / "period_cues.csv"


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    """``period_cues.csv`` read once: each kind's words, casefolded."""
    kinds: dict[str, set[str]] = {}
    with CUES_CSV.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            kinds.setdefault(r["kind"], set()).add(r["text"].strip().casefold())
    return {k: frozenset(v) for k, v in kinds.items()}


def _alternation(words) -> str:
    """Words as a regex alternation, in the order given; a space matches any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _cue_words(kind: str, marked: bool) -> str:
    """``period_cues.csv`` words of one kind as a regex alternation (longest first), folded
    like the text: ``founding`` (a body's founding or opening, ``thành lập``, ``khai trương``:
    the date it governs is an event, no period; a document's issue, ``ban hành``, too),
    ``founding_at`` (a preposition between them), ``horizon`` (``tầm nhìn``: a target year),
    ``term_body`` / ``term`` (``Đại hội ... nhiệm kỳ``: the years a body sits), ``operating_after`` / ``operating_count`` / ``operating_span`` / ``operating`` (``sau hơn hai
    tuần hoạt động``: the days a body has run, no period)."""
    words = set(_cues().get(kind, ()))
    if not marked:
        words = {strip_marks(w) for w in words}
    return _alternation(sorted(words, key=len, reverse=True))


def _has_marks(text: str) -> bool:
    """True when the text carries Vietnamese letters beyond ASCII (then ``nam`` is not ``năm``)."""
    return any(ord(c) > 127 and c.isalpha() for c in text)


def _words(marked: bool) -> dict[str, str]:
    """Regex pieces for the words periods are made of, strict when the text carries diacritics."""
    if marked:
        return {
            "nam": "năm",
            "quy": "quý",
            "thang": "tháng",
            "dau": "đầu",
            "cuoi": "cuối",
            "giua": "giữa",
            "giai_doan": r"giai\s+đoạn",
            "ngay": "ngày",
            "den": "(?:đến|tới)",
            "tu": "từ",
            "sau": "sáu",
            "chin": "chín",
            "nua": "nửa",
            "ba": "ba",
            "muoi_hai": "mười hai",
            "nhiem_ky": r"nhiệm\s+kỳ",
            "part": r"(?:sáng|trưa|chiều|tối|đêm|hết)\s+",
            "het": "hết",
            "arrange": r"sắp\s+xếp\s+(?:lại\s+)?(?:các\s+)?(?:đơn\s+vị\s+hành\s+chính|đvhc)",
            "count": r"(?:bốn|bảy|tám|mười(?:\s+một)?)",
            "now": r"(?:nay|hiện\s+nay|thời\s+điểm\s+này)(?![\w/])",
            "trong": "trong",
            "ca": "cả",
            "vua_qua": r"vừa\s+qua|qua",
        }
    return {
        "nam": "nam",
        "quy": "quy",
        "thang": "thang",
        "dau": "dau",
        "cuoi": "cuoi",
        "giua": "giua",
        "giai_doan": r"giai\s+doan",
        "ngay": "ngay",
        "den": "den",
        "tu": "tu",
        "sau": "sau",
        "chin": "chin",
        "nua": "nua",
        "ba": "ba",
        "muoi_hai": "muoi hai",
        "nhiem_ky": r"nhiem\s+ky",
        "part": r"(?:sang|trua|chieu|dem|het)\s+",
        "het": "het",
        "arrange": r"sap\s+xep\s+(?:lai\s+)?(?:cac\s+)?(?:don\s+vi\s+hanh\s+chinh|dvhc)",
        "count": r"(?:bon|bay|tam|muoi(?:\s+mot)?)",
        "now": r"(?:nay|hien\s+nay|thoi\s+diem\s+nay)(?![\w/])",
        "trong": "trong",
        "ca": "ca",
        "vua_qua": r"vua\s+qua|qua",
    }


_DASH = r"[-–—]"
# a quarter's number: roman (OCR reads I as l or |) or arabic
_QUARTER = r"(?:[il|]v|[il|]{1,3}|[1-4])"
_YEAR = r"((?:19|20|21)\d\d)(?!\d)"


# months written as words ("tháng Mười năm 2025"); "năm" (five) is left out: "tháng năm 2025"
# cannot be told from a month whose number was lost
_MONTH_WORDS = {
    "mười một": 11,
    "mười hai": 12,
    "mười": 10,
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "chạp": 12,
}


def _month_words_re(marked: bool) -> str:
    """The month words as a regex alternation; text without accents keeps only the words
    that stay unambiguous without them (``muoi``, ``gieng``, ``chap``)."""
    words = sorted(_MONTH_WORDS, key=len, reverse=True)
    if not marked:
        words = [strip_marks(w) for w in words if strip_marks(w).startswith(("muoi", "gieng", "chap"))]
    return _alternation(words)


@lru_cache(maxsize=2)
def _patterns(marked: bool) -> list[tuple[str, re.Pattern]]:
    """(name, pattern) pairs over case-folded text; ``date`` patterns mark what is not a period
    (built once per process and accent mode; their engine code from ``normalize.regex_cache``)."""
    w = _words(marked)
    year_after = rf"(?:\s*(?:/|{_DASH}|,|\.)?\s*(?:{w['nam']}\s+)?{_YEAR})?"
    six = rf"(?:0?6|{w['sau']})"
    nine = rf"(?:0?9|{w['chin']})"
    # "năm 2023", "năm" whose year comes later, or the year alone ("9 tháng 2024")
    of_year = rf"(?:{w['nam']}(?:\s+{_YEAR})?|{_YEAR})"
    day = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})"
    # the last day of a range, after a word for the time of that day ("đến chiều 16/7/2025",
    # "đến hết ngày 31/8/2025")
    to_day = rf"(?:{w['part']})?(?:{w['ngay']}\s*)?"
    month_year = rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
    return [
        # the date a body was founded or opened on ("Trung tâm ... thành lập tháng 4/2017",
        # "đi vào hoạt động từ năm 2019", "khai trương vào ngày 1/7/2025"): an event, no period;
        # a range it opens ("... từ ngày 1/7/2025 đến nay") is left to the range's patterns
        (
            "point",
            rx.compile(
                rf"\b(?:{_cue_words('founding', marked)})\s+(?:(?:{_cue_words('founding_at', marked)})\s+)?"
                rf"(?:{w['ngay']}\s*\d{{1,2}}\s*(?:[/.\-]|\s{w['thang']}\s)\s*\d{{1,2}}|{w['thang']}\s+\d{{1,2}}|"
                rf"{w['quy']}\s+{_QUARTER}|{w['nam']}(?=\s+\d)|(?=\d{{1,2}}\s*[/.\-]\s*\d))"
                rf"(?:\s*(?:[/.\-]|\s{w['nam']}\s|,\s*{w['nam']}\s)\s*\d{{1,2}}(?=\s*[/.\-]\s*\d))?"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})?\s*{_YEAR})"
                rf"(?!\s*(?:{w['den']}|{_DASH}))"
            ),
        ),
        # the days a body has run since it opened ("Sau hơn hai tuần hoạt động, từ ngày 1/7 đến
        # ngày 14/7, ..."; ``operating`` cues): a span of its running, no reporting period
        (
            "point",
            rx.compile(
                rf"\b(?:{_cue_words('operating_after', marked)})\s+(?:\d+|{_cue_words('operating_count', marked)})"
                rf"\s+(?:{_cue_words('operating_span', marked)})\s+(?:{_cue_words('operating', marked)})\s*,?\s*"
                rf"{w['tu']}\s+(?:{w['ngay']}\s*)?{day}(?:\s*[/.\-]\s*{_YEAR})?\s*,?\s*"
                rf"{w['den']}\s+{to_day}{day}(?:\s*[/.\-]\s*{_YEAR})?"
            ),
        ),
        # a horizon a programme looks to ("... đến năm 2020, tầm nhìn đến năm 2025", ``horizon``
        # cues): target years, no period
        (
            "point",
            rx.compile(
                rf"(?:\b{w['den']}\s+{w['nam']}\s+{_YEAR}\s*,?\s*)?"
                rf"\b(?:{_cue_words('horizon', marked)})\s+(?:{w['den']}\s+)?{w['nam']}\s+{_YEAR}"
            ),
        ),
        # a body's term of office ("Đại hội Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020 - 2025",
        # "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026"; ``term_body`` then ``term`` cues): the years
        # the body sits, no period (a plan's own "nhiệm kỳ 2020-2025" is left to the ranges)
        (
            "point",
            rx.compile(
                rf"\b(?:{_cue_words('term_body', marked)})\b[^.;\n]{{0,60}}?"
                rf"\b(?:{_cue_words('term', marked)})\s+(?:{w['nam']}\s+)?{_YEAR}\s*"
                rf"(?:{_DASH}|{w['den']})\s*(?:{w['nam']}\s+)?{_YEAR}"
            ),
        ),
        # a first day, then the end of a month: "từ ngày 1/7 đến hết tháng 8/2025" (the
        # year written once, at the end) is the range of their days
        (
            "days_to_month",
            rx.compile(
                rf"\b{w['tu']}\s+(?:{w['ngay']}\s*)?{day}(?:\s*[/.\-]\s*{_YEAR})?\s*"
                rf"{w['den']}\s+(?:{w['het']}\s+)?{w['thang']}\s+(\d{{1,2}}){month_year}"
            ),
        ),
        (
            "days",
            rx.compile(
                rf"(?:\b{w['tu']}\s+)?(?:{w['ngay']}\s*)?{day}(?:\s*[/.\-]\s*{_YEAR})?\s*"
                rf"(?:{w['den']}|{_DASH})\s*{to_day}{day}\s*[/.\-]\s*{_YEAR}"
            ),
        ),
        (
            "days",
            rx.compile(
                rf"(?:\b{w['tu']}\s+)?{w['ngay']}\s*(\d{{1,2}})\s+{w['thang']}\s+(\d{{1,2}})"
                rf"(?:\s+{w['nam']}\s+{_YEAR})?\s*(?:{w['den']}|{_DASH})\s*{to_day}"
                rf"(\d{{1,2}})\s+{w['thang']}\s+(\d{{1,2}})\s+{w['nam']}\s+{_YEAR}"
            ),
        ),
        # from the start of a year, a quarter or a month to a day, the year written once
        # anywhere in the phrase or at both ends ("từ đầu năm đến ngày 31/5/2025", "từ đầu năm
        # 2020 đến ngày 20/8", "từ đầu quý III/2023 đến 15/8", "từ đầu tháng 8 năm 2024 đến
        # hết ngày 20/8"): from its first day; with no year at all, read against a reference day
        (
            "start_to",
            rx.compile(
                rf"\b{w['tu']}\s+{w['dau']}\s+(?:(?P<year>{w['nam']})|{w['quy']}\s+(?P<q>{_QUARTER})(?![\w])"
                rf"|{w['thang']}\s+(?P<mo>\d{{1,2}})(?!\d))"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/|\s)\s*(?P<y1>{_YEAR}))?\s*(?:{w['den']}|{_DASH})\s*"
                rf"{to_day}(?P<d2>\d{{1,2}})\s*[/.\-]\s*(?P<m2>\d{{1,2}})(?:\s*[/.\-]\s*(?P<y2>{_YEAR}))?(?![\d/.\-])"
            ),
        ),
        # no year at all: "từ ngày 01/7 đến ngày 15/8" (read only against a reference day)
        (
            "days_open",
            rx.compile(
                rf"\b{w['tu']}\s+(?:{w['ngay']}\s*)?{day}\s*{w['den']}\s*{to_day}"
                rf"{day}(?!\s*[/.\-]\s*\d)"
            ),
        ),
        # the first day without its month, which is the last day's: "từ ngày 1 đến ngày 31-7",
        # "từ ngày 1 đến ngày 15 tháng 8 năm 2025" (yearless: read against a reference day)
        (
            "days_month",
            rx.compile(
                rf"\b{w['tu']}\s+{w['ngay']}\s*(\d{{1,2}})\s*{w['den']}\s*{to_day}"
                rf"(\d{{1,2}})\s*(?:[/.\-]|\s{w['thang']}\s)\s*(\d{{1,2}})"
                rf"(?:\s*(?:[/.\-]|\s{w['nam']}\s)\s*{_YEAR}|(?!\s*[/.\-]\s*\d))"
            ),
        ),
        # up to the reference day: "từ ngày 01/7 đến nay", "từ đầu năm đến nay" (read only
        # against a reference day, which is then the last day)
        (
            "days_now",
            rx.compile(
                rf"\b{w['tu']}\s+(?:{w['ngay']}\s*)?{day}(?:\s*[/.\-]\s*{_YEAR})?\s*"
                rf"{w['den']}\s+{w['now']}"
            ),
        ),
        (
            "year_now",
            rx.compile(
                rf"\b{w['tu']}\s+{w['dau']}\s+{w['nam']}(?:\s+{_YEAR})?\s*"
                rf"{w['den']}\s+{w['now']}"
            ),
        ),
        (
            "date",
            rx.compile(rf"\b{w['ngay']}\s*\d{{1,2}}\s*{w['thang']}\s*\d{{1,2}}\s*,?\s*{w['nam']}\s*\d{{4}}"),
        ),
        # "từ năm 2007" alone is a starting point ("since"), not a period; so are "từ đầu năm
        # 2024" and "từ tháng 3/2025" with no end, or up to now ("từ tháng 7/2025 đến nay",
        # "từ năm 2021 đến nay": open, no period of the contract)
        (
            "since",
            rx.compile(
                rf"\b(?:kể\s+|ke\s+)?{w['tu']}\s+(?:{w['dau']}\s+)?{w['nam']}\s+{_YEAR}"
                rf"(?!\s*(?:{_DASH}|{w['den']}(?!\s+{w['now']})|\d))"
            ),
        ),
        (
            "since",
            rx.compile(
                rf"\b(?:kể\s+|ke\s+)?{w['tu']}\s+{w['thang']}\s+\d{{1,2}}\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})"
                rf"\s*{_YEAR}(?!\s*(?:{_DASH}|{w['den']}(?!\s+{w['now']})|\d))"
            ),
        ),
        # the year that names a round of arrangement of units ("Nghị quyết về sắp xếp các đơn
        # vị hành chính cấp xã của tỉnh X năm 2025"): the round's name, not a period reported on
        (
            "point",
            # (a period word between, "... cấp xã quý II năm 2025", "6 tháng đầu năm 2025", makes
            # the year that period's, which its own pattern reads)
            rx.compile(
                rf"\b{w['arrange']}(?:(?!{w['quy']}\s|{w['thang']}\s|{w['nua']}\s|{w['dau']}\s+{w['nam']}|"
                rf"{w['cuoi']}\s+{w['nam']})[^.;:\n]){{0,80}}?{w['nam']}\s+{_YEAR}"
            ),
        ),
        # "từ quý IV/2021" with no end: a starting point too
        (
            "since",
            rx.compile(
                rf"\b(?:kể\s+|ke\s+)?{w['tu']}\s+{w['quy']}\s+{_QUARTER}(?![\w])"
                rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
                rf"(?!\s*(?:{_DASH}|{w['den']}(?!\s+{w['now']})|\d))"
            ),
        ),
        # a time inside a year ("vào cuối năm 2025", "giữa năm 2024"): a point, not the year
        # ("6 tháng cuối năm", "nửa đầu năm", "từ đầu năm" start earlier and win)
        (
            "point",
            rx.compile(rf"\b(?:{w['dau']}|{w['cuoi']}|{w['giua']})\s+{w['nam']}\s+{_YEAR}"),
        ),
        # a cut-off at a month ("tính đến hết tháng 6/2022", "đến tháng 10"): a point, not the month
        (
            "point",
            rx.compile(
                rf"\b{w['den']}\s+(?:{w['het']}\s+)?{w['thang']}\s+\d{{1,2}}(?![\d/.\-]\s*\d{{1,2}}\s*[/.\-])"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR})?"
            ),
        ),
        # a time inside a month ("đầu tháng 8/2025", "cuối tháng 7"): a point, not the month
        (
            "point",
            rx.compile(
                rf"\b(?:{w['dau']}|{w['cuoi']}|{w['giua']})\s+{w['thang']}\s+\d{{1,2}}(?!\d)"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR})?"
            ),
        ),
        # a run of months: "từ tháng 1 đến tháng 6/2025", "tháng 1-6/2023", "từ tháng 10/2024
        # đến tháng 3/2025": the standard period they make, else the range of their days
        (
            "month_range",
            rx.compile(
                rf"(?<!\d)(?<!\d\s)(?:\b{w['tu']}\s+)?{w['thang']}\s+(\d{{1,2}})"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/)\s*{_YEAR})?"
                rf"\s*(?:{w['den']}|{_DASH})\s*(?:{w['het']}\s+)?(?:{w['thang']}\s+)?(\d{{1,2}})(?![\d/.\-]\s*\d{{1,2}}\s*[/.\-])"
                rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
            ),
        ),
        # a run of quarters: "từ quý I đến quý III/2025", "quý II - quý IV năm 2024"
        (
            "quarter_range",
            rx.compile(
                rf"(?:\b{w['tu']}\s+)?\b{w['quy']}\s+({_QUARTER})(?![\w])"
                rf"(?:\s*(?:(?:,\s*)?{w['nam']}\s+|/)\s*{_YEAR})?"
                rf"\s*(?:{w['den']}|{_DASH})\s*(?:{w['het']}\s+)?{w['quy']}\s+({_QUARTER})(?![\w])"
                rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
            ),
        ),
        (
            "month",
            rx.compile(
                rf"(?<!\d)(?<!\d\s){w['thang']}\s+(\d{{1,2}})(?!\s*(?:/|{_DASH})\s*\d{{1,2}}\s*(?:/|{_DASH})\s*\d)"
                rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
            ),
        ),
        ("date", rx.compile(r"(?<![\d/])\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}(?!\d)")),
        (
            "month_word",
            rx.compile(
                rf"(?<!\d)(?<!\d\s){w['thang']}\s+({_month_words_re(marked)})"
                rf"\s*(?:(?:,\s*)?{w['nam']}\s+|/|{_DASH})\s*{_YEAR}"
            ),
        ),
        (
            "month_open",
            rx.compile(
                rf"(?<!\d)(?<!\d\s){w['thang']}\s+(\d{{1,2}})(?![\d/.\-])(?!\s*{w['nam']})"
                rf"(?=\s+(?:và|va|,)\s)"
            ),
        ),
        # a yearless month the text is in: "trong tháng 9, ...", "tháng 9 vừa qua" (read only
        # against a reference day, in its year, and never after it)
        (
            "month_in",
            rx.compile(
                rf"(?:\b{w['trong']}\s+(?:{w['ca']}\s+)?{w['thang']}\s+(\d{{1,2}})|"
                rf"(?<!\d)(?<!\d\s){w['thang']}\s+(\d{{1,2}})(?=\s+(?:{w['vua_qua']})\b))"
                rf"(?![\d/.\-])(?!\s*(?:{w['nam']}|{_DASH}|/)\s*\d)"
            ),
        ),
        (
            "range",
            rx.compile(
                rf"{w['giai_doan']}\s+(?:{w['tu']}\s+)?(?:{w['nam']}\s+)?{_YEAR}"
                rf"\s*(?:{_DASH}|{w['den']})\s*(?:{w['nam']}\s+)?{_YEAR}"
            ),
        ),
        (
            "range",
            rx.compile(rf"\b(?:{w['tu']}\s+)?{w['nam']}\s+{_YEAR}\s+{w['den']}\s+(?:{w['nam']}\s+)?{_YEAR}"),
        ),
        (
            "range",
            rx.compile(
                rf"(?:\b(?:{w['tu']}\s+)?{w['nam']}\s+|\b{w['nhiem_ky']}\s+|(?<![\d/.\-]))"
                rf"{_YEAR}\s*{_DASH}\s*{_YEAR}(?![/.\-]?\d)"
            ),
        ),
        ("quarter", rx.compile(rf"\b{w['quy']}\s+({_QUARTER}|hi|0[1-4])(?![\w]){year_after}")),
        ("quarter", rx.compile(rf"\bq([1-4])\s*[/\-.]?\s*(?:{w['nam']}\s+)?{_YEAR}")),
        ("half1", rx.compile(rf"\b{six}\s+{w['thang']}\s+(?:{w['dau']}\s+)?{of_year}")),
        ("half2", rx.compile(rf"\b{six}\s+{w['thang']}\s+{w['cuoi']}\s+{of_year}")),
        ("half1", rx.compile(rf"\b{w['nua']}\s+{w['dau']}\s+{of_year}")),
        ("half2", rx.compile(rf"\b{w['nua']}\s+{w['cuoi']}\s+{of_year}")),
        ("nine", rx.compile(rf"\b{nine}\s+{w['thang']}(?:\s+{w['dau']})?\s+{of_year}")),
        ("first3", rx.compile(rf"\b(?:0?3|{w['ba']})\s+{w['thang']}\s+{w['dau']}\s+{of_year}")),
        ("last3", rx.compile(rf"\b(?:0?3|{w['ba']})\s+{w['thang']}\s+{w['cuoi']}\s+{of_year}")),
        ("twelve", rx.compile(rf"\b(?:12|{w['muoi_hai']})\s+{w['thang']}\s+{of_year}")),
        # any other count of months ("8 tháng đầu năm 2024") is no contract period: it is
        # consumed so that its "năm 2024" is not read as the whole year
        (
            "months",
            rx.compile(
                rf"\b(?:\d{{1,2}}|{w['count']})\s+{w['thang']}\s+(?:(?:{w['dau']}|{w['cuoi']})\s+)?{of_year}"
            ),
        ),
        ("year", rx.compile(rf"\b{w['nam']}\s+{_YEAR}")),
    ]


def _fold(text: str) -> str:
    """Case-folded NFC text; accents are stripped only when the text has none to lose meaning."""
    return unicodedata.normalize("NFC", text).casefold()


def _year_ok(year: int | None) -> bool:
    return year is not None and _MIN_YEAR <= year <= _MAX_YEAR


def _later_year(text: str, start: int, marked: bool) -> int | None:
    """The year a yearless period takes from later in its phrase (``quý III và ... quý IV năm 2022``)."""
    w = _words(marked)
    window = text[start : start + _YEAR_LOOKAHEAD]
    window = re.split(r"[.;:](?:\s|$)|\n\s*\n", window)[0]
    found = re.search(rf"(?:{w['nam']}\s+|/){_YEAR}", window)
    return int(found.group(1)) if found else None


def _build(
    kind: str, match: re.Match, text: str, marked: bool, on: date | None = None, days_only: bool = False
) -> Period | None:
    """The period a match stands for, or None when it lacks a usable year."""
    groups = match.groups()
    if kind == "days":
        return _build_days(groups)
    if kind == "days_to_month":
        d1, m1, y1, m2, y2 = groups
        if not 1 <= int(m2) <= 12:
            return None
        month_end = _last_day(int(y2), int(m2))
        return _build_days((d1, m1, y1, str(month_end.day), m2, y2))
    if kind == "days_open":
        return _build_open_days(groups, on)
    if kind == "days_month":
        d1, d2, m2, y2 = groups
        if int(d1) >= int(d2):
            return None
        if y2:
            return _build_days((d1, m2, y2, d2, m2, y2))
        return _build_open_days((d1, m2, d2, m2), on)
    if kind in ("days_now", "year_now") and days_only:
        return None  # the reference day is no "now"
    if kind == "days_now":
        d1, m1, y1 = groups
        return _build_to_day(int(d1), int(m1), int(y1) if y1 else None, on)
    if kind == "year_now":
        stated = int(groups[0]) if groups[0] else None
        return _build_to_day(1, 1, stated, on)
    if kind == "start_to":
        return _build_start_to(match, on, days_only)
    if kind == "month_range":
        return _build_months(groups)
    if kind == "quarter_range":
        q1, y1, q2, y2 = groups
        first_q, last_q = _quarter_number(q1), _quarter_number(q2)
        return _build_months((str(3 * first_q - 2), y1, str(3 * last_q), y2))
    if kind == "month":
        number = int(groups[0])
        year = int(groups[1])
        return month(year, number) if 1 <= number <= 12 and _year_ok(year) else None
    if kind == "month_word":
        key = re.sub(r"\s+", " ", groups[0])
        number = next(
            (n for word, n in _MONTH_WORDS.items() if word == key or strip_marks(word) == key), None
        )
        year = int(groups[1])
        return month(year, number) if number and _year_ok(year) else None
    if kind == "month_in":
        number = int(groups[0] or groups[1])
        if on is None or days_only or not 1 <= number <= on.month:
            return None
        return month(on.year, number)
    if kind == "month_open":
        number = int(groups[0])
        year = _later_year(text, match.end(), marked)
        return month(year, number) if 1 <= number <= 12 and _year_ok(year) else None
    if kind == "range":
        first, last = int(groups[0]), int(groups[1])
        if _year_ok(first) and _year_ok(last) and first < last:
            return years(first, last)
        return None
    if kind == "year":
        year = int(groups[0])
        return whole_year(year) if _year_ok(year) else None
    stated_years = [g for g in groups if g and len(g) == 4 and g.isdigit()]
    year = int(stated_years[-1]) if stated_years else _later_year(text, match.end(), marked)
    if not _year_ok(year) and on is not None and not days_only:
        # no year at all ("9 tháng đầu năm"): the reference day's year when the period has
        # begun by then, else last year's when it ended within a quarter before the day
        # ("quý IV" in early January); a later period is a plan, and gives nothing
        this_period = _standard(kind, groups, on.year)
        if this_period is not None and this_period.start <= on:
            return this_period
        last_period = _standard(kind, groups, on.year - 1)
        if last_period is not None and 0 <= (on - last_period.end).days <= RECENT_DAYS:
            return last_period
        return None
    if not _year_ok(year):
        return None
    return _standard(kind, groups, year)


def _standard(kind: str, groups, year: int) -> Period | None:
    """The standard period of a matched kind in ``year``."""
    if kind == "quarter":
        return quarter(year, _quarter_number(groups[0]))
    if kind == "first3":
        return quarter(year, 1)
    if kind == "last3":
        return quarter(year, 4)
    if kind == "twelve":
        return whole_year(year)
    if kind == "half1":
        return half(year, 1)
    if kind == "half2":
        return half(year, 2)
    return nine_months(year)


def _build_days(groups) -> Period | None:
    """A day range's period: (d1, m1, [y1], d2, m2, y2); a first day without its year takes
    the last day's year, or the year before when its month comes later (15/12 – 14/3/2025)."""
    d1, m1, y1, d2, m2, y2 = groups
    try:
        last = date(int(y2), int(m2), int(d2))
        year1 = int(y1) if y1 else (last.year - 1 if int(m1) > last.month else last.year)
        first = date(year1, int(m1), int(d1))
    except ValueError:
        return None
    if not (_year_ok(first.year) and _year_ok(last.year)):
        return None
    return day_range(first, last)


def _build_start_to(match: re.Match, on: date | None, days_only: bool) -> Period | None:
    """From the first day of a year, quarter or month to a day (``start_to``): the year the
    phrase writes at either end serves both; with none, the reference day's year (the year
    before when the last day would come after it)."""
    g = match.groupdict()
    written = g["y1"] or g["y2"]
    try:
        if written:
            end_year = int(g["y2"] or written)
        elif on is not None and not days_only:
            end_year = on.year if date(on.year, int(g["m2"]), int(g["d2"])) <= on else on.year - 1
        else:
            return None
        start_year = int(g["y1"]) if g["y1"] else end_year
        last = date(end_year, int(g["m2"]), int(g["d2"]))
        if g["q"]:
            first = date(start_year, 3 * _quarter_number(g["q"]) - 2, 1)
        elif g["mo"]:
            first = date(start_year, int(g["mo"]), 1)
        else:
            first = date(start_year, 1, 1)
    except ValueError:
        return None
    if not (_year_ok(first.year) and _year_ok(last.year)) or first >= last:
        return None
    return day_range(first, last)


def _quarter_number(token: str) -> int:
    """A quarter's number from its roman (``III``, OCR ``lll`` or ``HI``) or arabic token."""
    token = token.translate(_ROMAN_OCR).replace("hi", "iii")
    return _ROMAN[token] if token in _ROMAN else int(token)


def _build_months(groups) -> Period | None:
    """A run of months (m1, [y1], m2, y2): the first month takes the last's year, or the year
    before when it comes later (``từ tháng 10 đến tháng 3/2025``); the standard period the
    months make (``tháng 1-6/2023`` → 2023-H1), else the range of their days."""
    m1, y1, m2, y2 = groups
    first_month, last_month, last_year = int(m1), int(m2), int(y2)
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12 and _year_ok(last_year)):
        return None
    first_year = int(y1) if y1 else (last_year - 1 if first_month > last_month else last_year)
    first = date(first_year, first_month, 1)
    last = _last_day(last_year, last_month)
    if first >= last or not _year_ok(first_year):
        return None
    return day_range(first, last)


def _build_open_days(groups, on: date | None) -> Period | None:
    """A yearless day range (d1, m1, d2, m2) read against the reference day ``on``: the last
    day falls in on's year, or the year before when it would come after ``on``."""
    if on is None:
        return None
    d1, m1, d2, m2 = (int(g) for g in groups)
    try:
        year = on.year if date(on.year, m2, d2) <= on else on.year - 1
    except ValueError:
        return None
    return _build_days((d1, m1, None, d2, m2, year))


def _build_to_day(d1: int, m1: int, y1: int | None, on: date | None) -> Period | None:
    """A range that runs to the reference day ``on`` (``từ ngày 01/7 đến nay``): from d1/m1
    (of year y1, else of on's year, or the year before when that would come after ``on``) to
    ``on``; none without a reference day or when the first day is not before it."""
    if on is None:
        return None
    try:
        year = y1 if y1 else (on.year if date(on.year, m1, d1) <= on else on.year - 1)
        first = date(year, m1, d1)
    except ValueError:
        return None
    if not _year_ok(first.year) or first >= on:
        return None
    return day_range(first, on)


def _prepare(text: str | None) -> tuple[str, bool]:
    """Text ready for matching (cleaned, folded) and whether it carries diacritics."""
    cleaned = clean_text_keep_lines(text)
    marked = _has_marks(cleaned)
    folded = _fold(cleaned)
    return (folded if marked else strip_marks(folded)), marked


def clean_text_keep_lines(text: str | None) -> str:
    """Text cleaned of markup line by line, keeping line breaks (paragraphs matter to periods)."""
    if not text:
        return ""
    return "\n".join(clean_text(line) for line in str(text).splitlines())


def _periods_in(
    text: str,
    marked: bool,
    masked: list[tuple[int, int]] | None = None,
    on: date | None = None,
    days_only: bool = False,
):
    """Every period stated in prepared text, in order, skipping dates and masked spans; a
    yearless day range is read against the reference day ``on`` (none without one)."""
    masked = list(masked or [])
    found = []
    for kind, pattern in _patterns(marked):
        for match in pattern.finditer(text):
            found.append((match.start(), -(match.end() - match.start()), kind, match))
    found.sort(key=lambda item: (item[0], item[1]))
    taken_end = -1
    for start, _, kind, match in found:
        if start < taken_end or any(a <= start < b for a, b in masked):
            continue
        if kind in ("date", "months", "since", "point"):
            taken_end = match.end()
            continue
        period = _build(kind, match, text, marked, on, days_only)
        if period is not None:
            taken_end = match.end()
            yield start, period
        elif kind in ("days_now", "year_now"):
            taken_end = match.end()  # "từ đầu năm 2024 đến nay" undated is not the year 2024


def parse_period(
    text: str | None, on: date | None = None, days_only: bool = False, lead: bool = False
) -> Period | None:
    """The first period a phrase states: ``quý III/2022`` → 2022-Q3, ``6 tháng đầu năm 2023``
    → 2023-H1, ``9 tháng năm 2024`` → 2024-9M, ``năm 2023`` → 2023, ``giai đoạn 2021 – 2025``
    → 2021/2025. None when the phrase states no period with a year. With ``on`` (the issue
    date) a yearless day range (``từ ngày 01/7 đến ngày 15/8``) counts too, and so do a range
    to now, a yearless month and a yearless standard period (see the module note) unless
    ``days_only`` (``on`` is then only a bound for a yearless day range's last day). The year
    of a named statute (``Luật ... năm 2023``) is no period; with ``lead`` (a news lead, not a
    title) neither is the span a programme is named by (``Chương trình ... giai đoạn 2021-2030``)."""
    prepared, marked = _prepare(text)
    masked = _statutes(prepared, marked)  # "Luật Giao dịch điện tử năm 2023": a law's year
    if lead:
        masked += _programmes(prepared, marked)
    for _, period in _periods_in(prepared, marked, masked, on=on, days_only=days_only):
        return period
    return None


# --- the period a document reports on ----------------------------------------------------

_DOC_KINDS = (
    r"báo\s+cáo|kế\s+hoạch|quyết\s+định|công\s+văn|nghị\s+quyết|nghị\s+định|chỉ\s+thị|"
    r"thông\s+báo|thông\s+tư|tờ\s+trình|chương\s+trình|hướng\s+dẫn|kết\s+luận|luật|đề\s+án"
)
_DOC_KINDS_ASCII = strip_marks(_DOC_KINDS)
_LABELLED = re.compile(
    r"^\s*(?:thời\s+gian|kỳ\s+báo\s+cáo|thời\s+kỳ\s+báo\s+cáo|thoi\s+gian|"
    r"ky\s+bao\s+cao)\s*:\s*(?P<rest>.+)$",
    re.MULTILINE,
)
_OPENING_CHARS = 4000


def _citations(text: str, marked: bool) -> list[tuple[int, int]]:
    """Spans that cite another document (``Báo cáo số 202/BC-UBND ngày ... 06 tháng đầu năm;``).

    A citation runs from ``<kind> số <n>`` or ``<kind> <n>/...`` to the end of its clause: a ``;``, a sentence end, a
    line break, or the report's own verb ``báo cáo`` (not followed by ``số``), whichever
    comes first.
    """
    kinds = _DOC_KINDS if marked else _DOC_KINDS_ASCII
    report = "báo cáo" if marked else "bao cao"
    spans = []
    cited = rf"(?:{kinds})\s+(?:(?:số|so)\s*[:.]?\s*\d|\d+[\w.\-]*/\w)"
    for match in re.finditer(cited, text):
        start = match.end()
        ends = [len(text)]
        for stop in (re.compile(r";|\.(?:\s|$)|\n"), re.compile(rf"{report}(?!\s+(?:số|so)\b)")):
            hit = stop.search(text, start)
            if hit:
                ends.append(hit.start())
        spans.append((match.start(), min(ends)))
    return spans


def _grounds(text: str, marked: bool) -> list[tuple[int, int]]:
    """Lines that state a document's legal grounds (``Căn cứ Luật Tổ chức chính quyền địa
    phương năm 2015;``): the year of a law or of a cited act is never the period reported on."""
    grounds = r"căn\s+cứ" if marked else r"can\s+cu"
    return [(m.start(), m.end()) for m in re.finditer(rf"(?im)^[ \t]*{grounds}\b[^\n]*", text)]


# one comma may stand inside a statute's name (``Luật Thi đua, khen thưởng năm 2022``); ``pháp luật`` (the law
# at large) names none
_STATUTE = (
    r"(?<!\w)(?<!pháp\s)(?:bộ\s+luật|luật|hiến\s+pháp|pháp\s+lệnh)\s"
    r"[^\n.;:,()]{1,60}?(?:,\s[^\n.;:,()]{1,40}?)?\snăm\s+(?:19|20)\d\d(?!\d)"
)
_PROGRAMME = (
    r"(?<!\w)(?:chương\s+trình|đề\s+án|chiến\s+lược|kế\s+hoạch|quy\s+hoạch)(?!\w)[^\n.;:,()]{0,100}?"
    rf"\s(?:giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d\d\s*{_DASH}\s*(?:19|20)\d\d(?!\d)"
)


@lru_cache(maxsize=8)
def _named_by_years(pattern: str, marked: bool) -> re.Pattern:
    """A pattern written with its Vietnamese marks, compiled for the text as prepared
    (marks stripped when the text has none)."""
    return re.compile(pattern if marked else strip_marks(pattern))


def _statutes(text: str, marked: bool) -> list[tuple[int, int]]:
    """Names of statutes with their year (``Luật Giao dịch điện tử năm 2023``, ``Bộ luật Lao
    động ngày 20 tháng 11 năm 2019``): a law is named by the year it was passed, never the
    period reported on."""
    return [m.span() for m in _named_by_years(_STATUTE, marked).finditer(text)]


def _programmes(text: str, marked: bool) -> list[tuple[int, int]]:
    """A programme or plan named with the years it spans (``Chương trình tổng thể cải cách
    hành chính nhà nước giai đoạn 2021-2030``, ``chương trình phối hợp giai đoạn 2024-2027``):
    in a news lead that is the programme's name, not the span the item reports on."""
    return [m.span() for m in _named_by_years(_PROGRAMME, marked).finditer(text)]


def _report_phrases(text: str, marked: bool):
    """Start offsets of phrases in which the document says what it reports on
    (``... báo cáo tình hình ... quý III ... năm 2022, như sau:``)."""
    report = "báo cáo" if marked else "bao cao"
    for match in re.finditer(rf"{report}(?!\s+(?:số|so)\b)", text):
        yield match.start()


def _announced(
    text: str, marked: bool, masked: list[tuple[int, int]], on: date | None = None
) -> Period | None:
    """The period of the sentence that announces the report (``Ủy ban nhân dân ... báo cáo
    kết quả ... quý I năm 2023 như sau:``): the last ``báo cáo``/``kế hoạch`` of that sentence
    (not a cited ``Báo cáo số ...``) whose words up to ``như sau`` state a period. A
    ``chế độ báo cáo định kỳ năm 2023`` earlier in the sentence does not count."""
    cue = r"báo\s+cáo|kế\s+hoạch" if marked else r"bao\s+cao|ke\s+hoach"
    as_follows = "như sau" if marked else "nhu sau"
    for end in (m.start() for m in re.finditer(as_follows, text)):
        start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end)) + 1
        sentence = text[start:end]
        inner = [(a - start, b - start) for a, b in masked if b > start and a < end]
        cues = [
            m.start()
            for m in re.finditer(rf"(?:{cue})(?!\s+(?:số|so)\b)", sentence)
            if not any(a <= m.start() < b for a, b in inner)
        ]
        for at in reversed(cues):
            phrase_masked = [(a - at, b - at) for a, b in inner if b > at]
            for _, period in _periods_in(sentence[at:], marked, phrase_masked, on):
                return period
    return None


def find_period(title: str | None, body: str | None, on: date | None = None) -> Period | None:
    """The period a document reports on: from its title when the title states one, else from
    its body — a labelled line (``Thời gian: Quý I năm 2023``), then the sentence that
    announces the report (``... báo cáo ... quý I năm 2023 như sau:``), then a phrase where the
    document says what it reports on (``... báo cáo ... quý I năm 2023``), then the first
    period in the opening paragraphs. Periods inside citations of other documents
    (``Báo cáo số 202/BC-UBND ngày 20/6/2022 về ... 06 tháng đầu năm``) are never used.
    ``on`` (the issue date) dates a yearless day range (see ``parse_period``)."""
    from_title = parse_period(title, on)
    if from_title is not None:
        return from_title
    prepared, marked = _prepare(body)
    if not prepared:
        return None
    for line in _LABELLED.finditer(prepared):
        found = parse_period(line.group("rest"), on)
        if found is not None:
            return found
    opening = prepared[:_OPENING_CHARS]
    masked = _citations(opening, marked) + _grounds(opening, marked) + _statutes(opening, marked)
    announced = _announced(opening, marked, masked, on)
    if announced is not None:
        return announced
    for start in _report_phrases(opening, marked):
        if any(a <= start < b for a, b in masked):
            continue
        phrase = re.split(r"[;:]|\.(?:\s|$)", opening[start : start + 400])[0]
        phrase_masked = [(a - start, b - start) for a, b in masked if b > start]
        for _, period in _periods_in(phrase, marked, phrase_masked, on):
            return period
    for _, period in _periods_in(opening, marked, masked, on):
        return period
    return None


# --- dates -------------------------------------------------------------------------------


def parse_vn_date(text: str | None) -> date | None:
    """The first valid date in a text: ``ngày 03 tháng 9 năm 2022``, ``03/9/2022``,
    ``ngày 03/3/2023``, ``03-9-2022``, ``03.9.2022``, ``ngày 09 tháng 4/2024``. Impossible
    dates (``31/02/2022``) are skipped; None when there is no valid one."""
    prepared, marked = _prepare(text)
    w = _words(marked)
    patterns = [
        re.compile(
            rf"(?:{w['ngay']}\s+)?(\d{{1,2}})\s+{w['thang']}\s+(\d{{1,2}})\s*(?:,\s*)?{w['nam']}\s+(\d{{4}})"
        ),
        re.compile(r"(?<![\d/])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)"),
        re.compile(rf"{w['ngay']}\s+(\d{{1,2}})\s+{w['thang']}\s+(\d{{1,2}})\s*/\s*(\d{{4}})(?!\d)"),
    ]
    found = []
    for pattern in patterns:
        for match in pattern.finditer(prepared):
            groups = match.groups()
            day, month, year = (
                (groups[0], groups[1], groups[2]) if len(groups) == 3 else (groups[0], groups[2], groups[3])
            )
            try:
                found.append((match.start(), date(int(year), int(month), int(day))))
            except ValueError:
                continue
    return min(found)[1] if found else None
