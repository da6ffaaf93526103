"""Arithmetic checks of one document's observations against the catalog's relations.

``check_observations`` adds flags in place and never changes what was printed
(``value_raw``); the only value it may change is the reading of an ambiguous number
(below). Relations come from the catalog:

* ratio rows (``formula`` ``num/den*100``): the printed percent is recomputed from its two
  counts → ``ratio_mismatch`` when it differs by more than the tolerance. Tolerance: one
  unit of the printed value's last decimal place — 1 percentage point for a whole percent
  (``20%`` for 7/36 = 19.44 passes: reports round, truncate and round up), 0.1 for one
  decimal (``13.5`` vs 13.53), 0.01 for two (``87,23`` vs 87.2229). A zero denominator,
  a missing count or a worded value skips the check.
* totals (``sum_of``): the total against the sum of its parts → ``sum_mismatch`` on the
  total when every part is given and the sum differs (more than 0.5, or 1e-6 relative for
  large amounts), or when the given parts already exceed the total. Parts left blank do
  not make a mismatch on their own (blank is "not reported", not zero).
* percentages outside 0–100 → ``percent_out_of_range`` (rows of kind percent, or with a
  ``%`` unit or sign).

Template versions (``catalog.csv`` ``template_version``, ``valid_from``, ``valid_to``): a row
whose span ends before the report's period starts (the rows about cấp huyện end on
2025-06-30, when the district level was abolished) no longer applies. Left empty it is
``not_applicable`` (not a missing value); filled in, it is ``row_no_longer_applies`` (a
district-level figure reported for a period after the reform), with ``flag_detail`` saying
why. See ``check_applicability``.

Ambiguous numbers (``132.928``: 132928 or 132.928, see ``normalize.numbers``): for each
relation whose values are all present, every combination of the readings of its
still-ambiguous members is tried. When the reading the number parser chose makes the
arithmetic work, it stands; otherwise the combination that works with the fewest changes
is taken (ties: no change). Members settled this way lose their ``ambiguous_number`` flag;
members of no complete relation, or whose relations fit no combination, keep it. Common
scaling cannot be told apart (17.991/132.928 = 17991/132928), so a consistent parser
reading — the Vietnamese convention, dot groups thousands — is accepted.

Every flag set here gets its ``flag_detail`` in words and numbers (``sum_mismatch: parts
2.2–2.5 sum to 727, total printed 809``), so an analyst sees the arithmetic without reading
code; :func:`describe_flags` adds the detail of flags set by earlier stages (an ambiguous
reading, a low OCR confidence). Details are joined by :data:`DETAIL_SEP` (`` | ``), one per
flag, each led by its name and a colon.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from core.records import Observation
from normalize.catalog import Catalog, Indicator, load_catalog
from normalize.numbers import ambiguous_reading

FLAG_RATIO = "ratio_mismatch"
FLAG_SUM = "sum_mismatch"
FLAG_PERCENT = "percent_out_of_range"
FLAG_AMBIGUOUS = "ambiguous_number"
FLAG_NOT_APPLICABLE = "not_applicable"
FLAG_NO_LONGER_APPLIES = "row_no_longer_applies"

MAX_AMBIGUOUS_IN_RELATION = 6
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


def printed_decimals(raw: str | None, value: float | None) -> int:
    """Decimal places the value was printed with: ``87,23`` → 2, ``100`` → 0, ``13.5%`` → 1."""
    if raw is None or value is None:
        return 0
    m = _TOKEN.search(raw)
    if not m:
        return 0
    token = m.group(0)
    cut = max(token.rfind("."), token.rfind(","))
    if cut < 0:
        return 0
    frac = token[cut + 1 :]
    as_decimal = float(re.sub(r"[.,]", "", token[:cut]) + "." + frac)
    return len(frac) if math.isclose(as_decimal, abs(value), rel_tol=1e-9, abs_tol=1e-9) else 0


def ratio_tolerance(raw: str | None, value: float | None) -> float:
    """How far a printed percent may sit from the recomputed one: one unit of its last decimal."""
    return 10.0 ** -printed_decimals(raw, value) + 1e-9


def ratio_fits(percent: float, numerator: float, denominator: float, tolerance: float) -> bool:
    """True when ``numerator / denominator * 100`` is within tolerance of the printed percent."""
    if denominator == 0:
        return True
    return abs(numerator / denominator * 100.0 - percent) <= tolerance


def sum_fits(total: float, parts: list[float | None]) -> bool:
    """True unless the given parts contradict the total (see the module docstring)."""
    given = [p for p in parts if p is not None]
    if not given:
        return True
    tolerance = max(0.5, 1e-6 * abs(total))
    s = sum(given)
    if len(given) == len(parts):
        return abs(s - total) <= tolerance
    return s <= total + tolerance


# --- relations -------------------------------------------------------------------------


def _table_index(observations: Iterable[Observation]) -> dict[str, list[tuple[int, Observation]]]:
    index: dict[str, list[tuple[int, Observation]]] = {}
    for i, o in enumerate(observations):
        if o.origin == "table" and o.indicator_code:
            index.setdefault(o.indicator_code, []).append((i, o))
    return index


def _nearest(index: dict[str, list[tuple[int, Observation]]], code: str, at: int) -> Observation | None:
    """The observation of a code nearest to position ``at`` (the same table, as a rule)."""
    found = index.get(code)
    if not found:
        return None
    return min(found, key=lambda p: (abs(p[0] - at), p[0] < at))[1]


def _relations(observations: list[Observation], catalog: Catalog):
    """(kind, indicator, head observation, member observations) for every catalog relation."""
    index = _table_index(observations)
    out = []
    for code, entries in index.items():
        ind = catalog.get(code)
        if ind is None:
            continue
        for at, head in entries:
            parts = ind.ratio_parts
            if parts:
                out.append(("ratio", ind, head, [_nearest(index, c, at) for c in parts]))
            if ind.sum_parts:
                out.append(("sum", ind, head, [_nearest(index, c, at) for c in ind.sum_parts]))
    return out


def _fits(
    kind: str, head: Observation, members: list[Observation | None], values: dict[int, float]
) -> bool | None:
    """Whether a relation holds with the given values (by id); None when it cannot be decided."""

    def val(o: Observation | None) -> float | None:
        if o is None:
            return None
        return values.get(id(o), o.value)

    total = val(head)
    if total is None:
        return None
    if kind == "ratio":
        num, den = val(members[0]), val(members[1])
        if num is None or den is None or den == 0:
            return None
        return ratio_fits(total, num, den, ratio_tolerance(head.value_raw, total))
    parts = [val(m) for m in members]
    if all(p is None for p in parts):
        return None
    return sum_fits(total, parts)


def _complete(kind: str, head: Observation, members: list[Observation | None]) -> bool:
    """True when every value of a relation is present (so it can settle a reading)."""
    if head.value is None or any(m is None or m.value is None for m in members):
        return False
    if kind == "ratio" and members[1].value == 0:
        return False
    return True


def _readings(o: Observation) -> tuple[float, float] | None:
    """(parser's reading, the other reading) of a still-ambiguous observation, else None."""
    if FLAG_AMBIGUOUS not in o.flags or o.value is None:
        return None
    pair = ambiguous_reading(o.value_raw)
    if pair is None:
        return None
    a, b = pair
    if math.isclose(o.value, a):
        return (a, b)
    if math.isclose(o.value, b):
        return (b, a)
    return None


def resolve_ambiguous(observations: list[Observation], catalog: Catalog, relations=None) -> None:
    """Settle ambiguous readings by the arithmetic of complete relations (module docstring)."""
    for kind, _ind, head, members in (
        relations if relations is not None else _relations(observations, catalog)
    ):
        if not _complete(kind, head, members):
            continue
        involved = [head, *members]
        ambiguous = [(o, r) for o in involved if (r := _readings(o)) is not None]
        if not ambiguous or len(ambiguous) > MAX_AMBIGUOUS_IN_RELATION:
            continue
        fitting = []
        for choice in itertools.product((0, 1), repeat=len(ambiguous)):
            values = {id(o): r[c] for (o, r), c in zip(ambiguous, choice)}
            if _fits(kind, head, members, values):
                fitting.append((sum(choice), choice))
        if not fitting:
            continue
        fitting.sort()
        if len(fitting) > 1 and fitting[0][0] == fitting[1][0]:
            continue  # two equally small changes fit: still unsure
        choice = fitting[0][1]
        for (o, r), c in zip(ambiguous, choice):
            o.value = r[c]
            o.flags.remove(FLAG_AMBIGUOUS)


def _is_percent(o: Observation, ind: Indicator | None) -> bool:
    if ind is not None and ind.kind == "percent":
        return True
    if o.unit_canonical == "%":
        return True
    raw = o.value_raw or ""
    return "%" in raw or "%" in (o.measure_unit or "")


def _add_detail(o: Observation, text: str) -> None:
    if o.flag_detail and text in o.flag_detail:
        return
    o.flag_detail = f"{o.flag_detail}{DETAIL_SEP}{text}" if o.flag_detail else text


def check_applicability(
    observations: list[Observation],
    catalog: Catalog | None = None,
    first: date | None = None,
    last: date | None = None,
) -> None:
    """Flag rows whose template span does not cover the report period first..last (in place):
    empty ones ``not_applicable``, filled ones ``row_no_longer_applies``. No period: nothing."""
    if first is None:
        return
    catalog = catalog or load_catalog()
    for o in observations:
        ind = catalog.get(o.indicator_code)
        if ind is None or ind.applies_to(first, last):
            continue
        span = f"until {ind.valid_to}" if ind.valid_to and first > ind.valid_to else f"from {ind.valid_from}"
        why = (
            f"{ind.indicator_code} of template {ind.template_version or '?'} applies {span}; "
            f"the report's period starts {first}"
        )
        if o.value is None and not (o.value_text or "").strip():
            o.flag(FLAG_NOT_APPLICABLE)
        else:
            o.flag(FLAG_NO_LONGER_APPLIES)
        _add_detail(o, why)


def check_observations(
    observations: list[Observation],
    catalog: Catalog | None = None,
    readings: dict[int, OcrReading] | None = None,
) -> None:
    """Flag ratio, sum and range problems in one document's observations (in place).

    ``readings`` (from ``ocr_readings``) brings the OCR evidence of scanned values: their
    two readings are compared and chosen between, and their confidence calibrated."""
    catalog = catalog or load_catalog()
    # ``readings`` is keyed by position in the whole list: every column's OCR values are
    # compared and calibrated, but only the report's own period's values add up (the other
    # columns are published as read).
    everything = observations
    observations = [o for o in observations if o.column in (None, "current")]
    relations = _relations(observations, catalog)
    resolve_ambiguous(observations, catalog, relations)
    if readings:
        compare_readings(everything, readings, catalog)
        choose_by_arithmetic(everything, readings, relations)
        choose_by_range(everything, readings, catalog)
        implausible_kind(everything, readings, catalog)
    for kind, ind, head, members in relations:
        if _fits(kind, head, members, {}) is False:
            name = FLAG_RATIO if kind == "ratio" else FLAG_SUM
            head.flag(name)
            add_detail(head, name, (_ratio_detail if kind == "ratio" else _sum_detail)(ind, head, members))
            if readings:
                _flag_scanned_members(everything, readings, kind, ind, members, name)
    if readings:
        confirm_by_arithmetic(everything, readings, relations)
    for o in observations:
        if o.value is None:
            continue
        if _is_percent(o, catalog.get(o.indicator_code)) and not (0.0 <= o.value <= 100.0):
            o.flag(FLAG_PERCENT)
            add_detail(o, FLAG_PERCENT, f"{_num(o.value)}% is outside 0–100")
    describe_flags(everything)

    if readings:
        calibrate_confidence(everything, readings)
    else:
        LAST_OCR_FEATURES.clear()


# --- flag details ------------------------------------------------------------------------

CHECK_FLAGS = (FLAG_RATIO, FLAG_SUM, FLAG_PERCENT)
DETAIL_SEP = " | "


def _num(v: float | None) -> str:
    """A number as an analyst writes it: 809, 87.23, 19.44 (at most two decimals)."""
    if v is None:
        return "blank"
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _short(code: str) -> str:
    """``BM6-2.1.1`` → ``2.1.1`` (the STT as the form prints it)."""
    return code.split("-", 1)[1] if "-" in code else code


def _span(codes: list[str]) -> str:
    """``2.2–2.5`` for a run of consecutive siblings, else ``2.2, 2.4``."""
    short = [_short(c) for c in codes]
    if len(short) > 2:
        heads = {s.rsplit(".", 1)[0] if "." in s else "" for s in short}
        tails = [s.rsplit(".", 1)[-1] for s in short]
        if (
            len(heads) == 1
            and all(t.isdigit() for t in tails)
            and [int(t) for t in tails] == list(range(int(tails[0]), int(tails[0]) + len(tails)))
        ):
            return f"{short[0]}–{short[-1]}"
    return ", ".join(short)


def add_detail(o: Observation, name: str, text: str) -> None:
    """Append ``name: text`` to an observation's flag_detail (once per flag)."""
    entry = f"{name}: {text}"
    parts = [p for p in (o.flag_detail or "").split(DETAIL_SEP) if p]
    if any(p.split(":", 1)[0] == name for p in parts):
        return
    parts.append(entry)
    o.flag_detail = DETAIL_SEP.join(parts)


def drop_details(o: Observation, names: Iterable[str]) -> None:
    """Remove the details of the named flags (before the checks run again)."""
    names = set(names)
    parts = [p for p in (o.flag_detail or "").split(DETAIL_SEP) if p and p.split(":", 1)[0] not in names]
    o.flag_detail = DETAIL_SEP.join(parts) or None


def _sum_detail(ind: Indicator, head: Observation, members: list[Observation | None]) -> str:
    codes = list(ind.sum_parts)
    given = [(c, m.value) for c, m in zip(codes, members) if m is not None and m.value is not None]
    blank = [c for c, m in zip(codes, members) if m is None or m.value is None]
    s = sum(v for _c, v in given)
    if not blank:
        return (
            f"parts {_span(codes)} sum to {_num(s)}, total printed {_num(head.value)} "
            f"(difference {_num(abs(s - head.value))})"
        )
    return (
        f"parts given ({_span([c for c, _v in given])}) already sum to {_num(s)}, more than the "
        f"total printed {_num(head.value)}; {_span(blank)} blank"
    )


def _ratio_detail(ind: Indicator, head: Observation, members: list[Observation | None]) -> str:
    num, den = members
    ratio = num.value / den.value * 100.0
    tol = ratio_tolerance(head.value_raw, head.value)
    return (
        f"{_short(ind.ratio_parts[0])}/{_short(ind.ratio_parts[1])} × 100 = "
        f"{_num(num.value)}/{_num(den.value)} × 100 = {_num(ratio)}, printed {_num(head.value)} "
        f"(tolerance {_num(round(tol, 6))})"
    )


def describe_flags(observations: Iterable[Observation]) -> None:
    """The detail of flags that earlier stages set without one (readings, OCR)."""
    for o in observations:
        if not o.flags:
            continue
        if FLAG_AMBIGUOUS in o.flags and o.value is not None:
            pair = _readings(o)
            other = f" or {_num(pair[1])}" if pair else ""
            add_detail(
                o, FLAG_AMBIGUOUS, f"{o.value_raw!s} read as {_num(o.value)}{other}; no relation settled it"
            )
        if "low_ocr_confidence" in o.flags:
            from parsers.forms import LOW_OCR_CONFIDENCE

            add_detail(
                o, "low_ocr_confidence", f"OCR confidence {o.confidence:.2f}, below {LOW_OCR_CONFIDENCE:.2f}"
            )
        if "unit_in_value" in o.flags or "trailing_text" in o.flags:
            name = "unit_in_value" if "unit_in_value" in o.flags else "trailing_text"
            add_detail(o, name, f"value cell printed {o.value_raw!s}, read as {_num(o.value)}")
        if "unparsed_number" in o.flags:
            add_detail(o, "unparsed_number", f"value cell {o.value_raw!s} kept as text")


def recheck(observations: list[Observation], catalog: Catalog | None = None) -> None:
    """Run the checks again after values changed (a correction): the check flags and their
    details are dropped first, so a relation the corrected value now fits loses its flag."""
    for o in observations:
        for name in CHECK_FLAGS:
            if name in o.flags:
                o.flags.remove(name)
        drop_details(o, CHECK_FLAGS)
    check_observations(observations, catalog)


# --- OCR readings: two passes, plausibility, calibrated confidence ----------------------
#
# A scanned value cell is read twice by extract/ocr.py (the general model, and the cell
# enlarged with a digits-only model); the second reading travels as ``Cell.alt``.
# ``ocr_readings`` finds each table observation's value cell on its OCR page, and
# ``check_readings`` (called by ``check_observations``):
#
# * ``ocr_disagreement``: the two readings have different digits (``read 24 and 74 on two
#   passes``). Where a complete ratio or sum relation holds for exactly one combination of
#   the members' readings, that combination is taken: ``reading_chosen_by_arithmetic``
#   replaces the disagreement flag and ``value_read`` keeps the reading that was dropped
#   when the value changed. No combination or several: the first reading stays, flagged.
# * ``implausible_value``: a unit word (units.csv) read as the value, or a percent above
#   100 (alongside ``percent_out_of_range``); when the other reading is a plausible
#   percent and the first is not, the other is taken (``reading_chosen_by_range``).
# * ``ocr_marks_dropped``: the first reading is a number among stray marks (``” -:84,52``)
#   and the digits-only reading gives the same digits cleanly: its number is taken.
# * On scanned pages a ratio or sum that fails flags its OCR'd members as well as its head
#   (any of them may be the misread one); one that holds confirms them (``confirmed``).
# * ``observations.confidence`` of an OCR value is looked up in
#   ``normalize/reference/ocr_calibration.csv`` by how the two readings compare (agree,
#   single, disagree, chosen, cleaned; confirmed by arithmetic), whether the row carries a
#   flag that doubts the value or one that says its form or code was inferred (``flag_level``), and the first reading's
#   word confidence: the share of such values read right on the scan corpus
#   (``bench/eval_scans.py --calibrate``).

FLAG_DISAGREE = "ocr_disagreement"
FLAG_CHOSEN = "reading_chosen_by_arithmetic"
FLAG_CHOSEN_RANGE = "reading_chosen_by_range"
FLAG_IMPLAUSIBLE = "implausible_value"
FLAG_CLEANED = "ocr_marks_dropped"
REFERENCE = Path(__file__).resolve().parent / "reference"
CALIBRATION = REFERENCE / "ocr_calibration.csv"
# Flags that say the value itself is in doubt (a flagged row's confidence band).
DOUBT_FLAGS = frozenset(
    {
        FLAG_RATIO,
        FLAG_SUM,
        FLAG_PERCENT,
        FLAG_AMBIGUOUS,
        FLAG_DISAGREE,
        FLAG_IMPLAUSIBLE,
        "low_ocr_confidence",
        FLAG_CLEANED,
    }
)

# Features of the OCR values of the last document checked (bench/eval_scans.py reads them to
# calibrate): list of (observation index, status, flagged, raw confidence).
LAST_OCR_FEATURES: list[tuple[int, str, int, float]] = []


class OcrReading:
    """The OCR evidence for one observation's value."""

    __slots__ = ("raw_conf", "second", "alt_value", "status")

    def __init__(self, raw_conf: float, second: str | None):
        self.raw_conf = raw_conf
        self.second = second  # the second reading's text; "" saw nothing; None not read twice
        self.alt_value: float | None = None
        self.status = "single"  # agree, single, disagree, chosen, cleaned, confirmed


ANSWER_WORDS = REFERENCE / "answer_words.csv"
_ANSWERS: set[str] = set()


def is_answer_word(text: str) -> bool:
    """A word a value cell may hold instead of a number (``answer_words.csv``: Chưa, Không, x…)."""

    if not _ANSWERS:
        with open(ANSWER_WORDS, encoding="utf-8") as fh:
            next(fh)
            _ANSWERS.update(unicodedata.normalize("NFC", ln.strip()).casefold() for ln in fh if ln.strip())
    t = " ".join(unicodedata.normalize("NFC", text).casefold().strip(" .;:-").split())
    return t in _ANSWERS


def _digits(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())


def _center_in(cell_box, box, pad: float = 2.0) -> bool:
    if cell_box is None or box is None:
        return True
    cx, cy = (cell_box[0] + cell_box[2]) / 2, (cell_box[1] + cell_box[3]) / 2
    return box[0] - pad <= cx <= box[2] + pad and box[1] - pad <= cy <= box[3] + pad


def ocr_readings(observations: list[Observation], lines) -> dict[int, OcrReading]:
    """For each table observation read by OCR (by position in ``observations``): its value
    cell's confidence and second reading, found on the observation's page by the value
    text and the row box. Observations of OCR pages whose cell is not found get the row's
    confidence and no second reading."""
    index: dict[tuple, list] = {}
    ocr_pages = set()
    for ln in lines:
        if ln.table is None or len(ln.cells) < 2:
            if any(c.conf is not None for c in ln.cells):
                ocr_pages.add(ln.page)
            continue
        for c in ln.cells:
            if c.conf is None:
                continue
            ocr_pages.add(ln.page)
            if c.text.strip():
                index.setdefault((ln.page, c.text.strip()), []).append(c)
    out: dict[int, OcrReading] = {}
    used: set[int] = set()
    for i, o in enumerate(observations):
        if o.origin != "table" or o.page not in ocr_pages or o.page is None:
            continue
        cell = None
        if o.value_raw:
            for c in index.get((o.page, o.value_raw.strip()), []):
                if id(c) not in used and _center_in(c.bbox, o.bbox):
                    cell = c
                    break
        if cell is not None:
            used.add(id(cell))
            out[i] = OcrReading(float(cell.conf if cell.conf is not None else o.confidence), cell.alt)
        else:
            out[i] = OcrReading(float(o.confidence), None)
    return out


def _parse_alt(o: Observation, text: str, catalog: Catalog) -> float | None:
    from normalize.numbers import parse_number

    ind = catalog.get(o.indicator_code)
    kind = ind.kind if ind is not None and ind.kind != "group" else None
    reading = parse_number(text, unit=o.measure_unit, kind=kind)
    value = reading.value
    if kind == "percent" and reading.denominator and not reading.percent and reading.numerator is not None:
        value = reading.numerator / reading.denominator * 100.0
    return value


def _fmt(v: float | None) -> str:
    if v is None:
        return "nothing"
    return f"{v:g}"


def _relation_text(kind: str, ind: Indicator) -> str:
    if kind == "ratio":
        return f"the rate {ind.indicator_code} = {ind.ratio_parts[0]}/{ind.ratio_parts[1]}×100"
    return f"the total {ind.indicator_code} = " + " + ".join(ind.sum_parts)


def compare_readings(
    observations: list[Observation], readings: dict[int, OcrReading], catalog: Catalog
) -> None:
    """Flag values whose two readings differ, and unit words read as values."""
    from normalize.units import is_known_unit

    for i, r in readings.items():
        o = observations[i]
        if o.value is None:
            if o.value_text and is_known_unit(o.value_text):
                o.flag(FLAG_IMPLAUSIBLE)
                _add_detail(o, f"the value cell reads '{o.value_text}', a unit word, not a value")
            elif o.value_text and _marks_around(o.value_text, r.second):
                value = _parse_alt(o, r.second, catalog)
                if value is None:
                    o.flag(FLAG_IMPLAUSIBLE)
                    continue
                printed = o.value_text
                o.value, o.value_text = value, None
                r.status = "cleaned"
                o.flag(FLAG_CLEANED)
                _add_detail(
                    o,
                    f"first read '{printed}', the digits-only reading {r.second.strip()} has the "
                    "same digits: its number was taken",
                )
            elif o.value_text and not is_answer_word(o.value_text):
                o.flag(FLAG_IMPLAUSIBLE)
                _add_detail(o, f"the value cell reads '{o.value_text}', neither a number nor an answer word")
            continue
        if r.second is None or not r.second.strip():
            r.status = "single"
            continue
        if _digits(r.second) == _digits(o.value_raw):
            r.status = "agree"
            continue
        r.status = "disagree"
        r.alt_value = _parse_alt(o, r.second, catalog)
        o.flag(FLAG_DISAGREE)
        _add_detail(o, f"read {o.value_raw} and {r.second} on two passes")


_NUMBER_ONLY = re.compile(r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?%?|\d+(?:[.,]\d+)?%?")
_STRAY = re.compile(r"[^\w%]|_")  # marks a speck or a stamp's edge is read as


def _marks_around(first: str, second: str | None) -> bool:
    """Whether a value cell's first reading is a number among stray marks (``” -:84,52``,
    ``\\ 158.907``) that the digits-only second reading gives cleanly with the same digits:
    at most one letter in it, and the digits in one run of the first reading."""
    if not second or not _NUMBER_ONLY.fullmatch(second.strip()):
        return False
    digits = _digits(first)
    if not digits or digits != _digits(second):
        return False
    letters = sum(1 for ch in first if ch.isalpha())
    if letters > 1:
        return False
    core = re.search(r"\d[\d.,]*\d|\d", first)
    return core is not None and _digits(core.group()) == digits


def choose_by_arithmetic(observations: list[Observation], readings: dict[int, OcrReading], relations) -> None:
    """Where the two readings of values disagree, take the combination that alone makes a
    complete relation hold (module notes above)."""
    pos = {id(o): i for i, o in enumerate(observations)}
    for kind, ind, head, members in relations:
        if not _complete(kind, head, members):
            continue
        involved = [head, *members]
        doubtful = []
        for o in involved:
            r = readings.get(pos.get(id(o), -1))
            if r is not None and r.status == "disagree" and r.alt_value is not None:
                doubtful.append((o, r))
        if not doubtful or len(doubtful) > MAX_AMBIGUOUS_IN_RELATION:
            continue
        fitting = []
        for choice in itertools.product((0, 1), repeat=len(doubtful)):
            values = {id(o): (o.value if c == 0 else r.alt_value) for (o, r), c in zip(doubtful, choice)}
            if _fits(kind, head, members, values):
                fitting.append(choice)
        if len(fitting) != 1:
            continue
        for (o, r), c in zip(doubtful, fitting[0]):
            kept = o.value if c == 0 else r.alt_value
            if c == 1:
                o.value_read = o.value
                o.value = r.alt_value
                o.value_text = None
            r.status = "chosen"
            if FLAG_DISAGREE in o.flags:
                o.flags.remove(FLAG_DISAGREE)
            o.flag(FLAG_CHOSEN)
            _add_detail(
                o, f"{_fmt(kept)} taken: the only reading with which {_relation_text(kind, ind)} holds"
            )


def _flag_scanned_members(
    observations: list[Observation],
    readings: dict[int, OcrReading],
    kind: str,
    ind: Indicator,
    members: list[Observation | None],
    name: str,
) -> None:
    """On a scanned page the misread value of a relation that fails may be any member,
    not only the total or rate the check flags: the OCR'd members carry the flag too."""
    pos = {id(o): i for i, o in enumerate(observations)}
    for m in members:
        if m is None or m.value is None or pos.get(id(m)) not in readings or name in m.flags:
            continue
        m.flag(name)
        add_detail(m, name, f"a member of {_relation_text(kind, ind)}, which does not hold")


def confirm_by_arithmetic(
    observations: list[Observation], readings: dict[int, OcrReading], relations
) -> None:
    """OCR values in a complete ratio or sum that holds are confirmed by it (status
    ``confirmed``, a band of its own in the calibration): a misread digit seldom keeps a
    relation true."""
    pos = {id(o): i for i, o in enumerate(observations)}
    for kind, _ind, head, members in relations:
        if not _complete(kind, head, members) or not _fits(kind, head, members, {}):
            continue
        for o in (head, *members):
            r = readings.get(pos.get(id(o), -1))
            if r is not None and r.status in ("agree", "single"):
                r.status = "confirmed"


def implausible_kind(
    observations: list[Observation], readings: dict[int, OcrReading], catalog: Catalog
) -> None:
    """Values a row of that kind cannot hold, on scanned pages (where a value slipped into
    the wrong row or a digit was lost): a value on a group row (its catalog kind says it
    only heads its sub-rows), a count with a fractional part."""
    for i in readings:
        o = observations[i]
        if o.value is None or o.column not in (None, "current"):
            continue  # a comparison or rate column holds percents whatever the row counts
        ind = catalog.get(o.indicator_code)
        if ind is None:
            from normalize.units import unit_kind

            kind = unit_kind(o.measure_unit) if o.measure_unit else None
        else:
            kind = ind.kind
        if kind == "group":
            o.flag(FLAG_IMPLAUSIBLE)
            _add_detail(o, f"{_fmt(o.value)} on a group row, which heads its sub-rows and holds no value")
        elif kind == "count" and not float(o.value).is_integer() and "%" not in (o.value_raw or ""):
            o.flag(FLAG_IMPLAUSIBLE)
            _add_detail(o, f"a count read as {_fmt(o.value)}")


def choose_by_range(
    observations: list[Observation], readings: dict[int, OcrReading], catalog: Catalog
) -> None:
    """A percent read above 100 whose other reading is a percent in 0–100: the other is
    taken (``reading_chosen_by_range``); a percent above 100 either way is implausible."""
    for i, r in readings.items():
        o = observations[i]
        if o.value is None or not _is_percent(o, catalog.get(o.indicator_code)):
            continue
        if 0.0 <= o.value <= 100.0:
            continue
        o.flag(FLAG_IMPLAUSIBLE)
        if r.status == "disagree" and r.alt_value is not None and 0.0 <= r.alt_value <= 100.0:
            o.value_read, o.value = o.value, r.alt_value
            r.status = "chosen"
            if FLAG_DISAGREE in o.flags:
                o.flags.remove(FLAG_DISAGREE)
            o.flag(FLAG_CHOSEN_RANGE)
            _add_detail(
                o,
                f"{_fmt(r.alt_value)} taken: the other reading, {_fmt(o.value_read)}, is a percent above 100",
            )
        else:
            _add_detail(o, f"a percent of {_fmt(o.value)}, above 100")


_CAL_CACHE: dict[str, list[tuple[str, int, float, float, float]]] = {}


def load_calibration(path=CALIBRATION) -> list[tuple[str, int, float, float, float]]:
    """Rows (status, flagged, raw_lo, raw_hi, confidence) of the calibration table;
    flagged is a ``flag_level``."""
    key = str(path)
    if key not in _CAL_CACHE:
        rows = []
        try:
            import csv

            with open(path, encoding="utf-8") as fh:
                for r in csv.DictReader(fh):
                    rows.append(
                        (
                            r["status"],
                            int(r["flagged"]),
                            float(r["raw_lo"]),
                            float(r["raw_hi"]),
                            float(r["confidence"]),
                        )
                    )
        except FileNotFoundError:
            rows = []
        _CAL_CACHE[key] = rows
    return _CAL_CACHE[key]


def calibrated(status: str, flagged: int, raw: float, table=None) -> float | None:
    """The calibrated confidence of an OCR value (None when the table has no such row)."""
    for st, fl, lo, hi, conf in table if table is not None else load_calibration():
        if st == status and fl == flagged and lo <= raw < hi:
            return conf
    return None


# Flags that say where a row sits was inferred, not read (its value may be right, its place not).
PLACE_FLAGS = frozenset({"form_inferred", "stt_inferred"})


def flag_level(o: Observation) -> int:
    """2 when a flag doubts the value itself (``DOUBT_FLAGS``), 1 when only the row's form
    or code was inferred (``PLACE_FLAGS``), else 0: a feature of the calibration."""
    if any(f in DOUBT_FLAGS for f in o.flags):
        return 2
    return 1 if any(f in PLACE_FLAGS for f in o.flags) else 0


def calibrate_confidence(observations: list[Observation], readings: dict[int, OcrReading]) -> None:
    LAST_OCR_FEATURES.clear()
    for i, r in readings.items():
        o = observations[i]
        flagged = flag_level(o)
        LAST_OCR_FEATURES.append((i, r.status, flagged, r.raw_conf))
        conf = calibrated(r.status, flagged, r.raw_conf)
        if conf is not None:
            o.confidence = conf
        elif flagged == 2:  # no table row: a value in doubt is at most an even bet
            o.confidence = min(o.confidence, 0.5)
