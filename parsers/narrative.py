"""Narrative facts: sentences of a report's running text that state an indicator's value.

Four readers look at every clause of every paragraph (:mod:`parsers.sentences`):

* **phrase patterns** (``narrative_patterns.csv``, kind ``phrase``): one value of one catalog
  indicator in a fixed wording, e.g. ``40 nhiệm vụ được giao`` → BM1-5.1, under a topic
  context (the clause, its paragraph, the sub-heading before it or its section titles).
* **ratios** (kind ``ratio``): ``X unit/Y unit, đạt Z%`` under a topic: the topic names the
  rate's catalog code, whose formula ``num/den*100`` names the codes of X and Y
  (``4.396.211 triệu đồng/9.227.930 triệu đồng, đạt 47,64%`` under "giải ngân … vốn đầu
  tư" → BM6-1 = 47,64, BM6-1.2 = 4.396.211, BM6-1.1 = 9.227.930).
* **label and value**: a clause that starts with an indicator's label and goes on with its
  value (``Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn 99.90%``).
  The label is matched against the catalog (:func:`normalize.catalog.match_indicator`);
  the ``+`` items under a ``-`` rate item are matched against that rate's children only,
  which tells the children of BM3-3.1, 3.2 and 3.3 (same labels) apart. A bullet item whose
  label starts with an indicator noun (``Tỷ lệ``, ``Tổng số``, ``Số lượng``) but matches no
  catalog row is kept without a code; running prose must match the catalog.

* **quantity mentions** (:func:`read_mentions`, vocabulary in ``measures.csv``): every other
  number with its counted noun (``1.271 hồ sơ``, ``73 TTHC``, ``5,65 ngàn hồ sơ``, ``99,99%``),
  both parts of ``x/y``, a bare number right after a measure word taking the noun beside it
  (``trong hạn 8.312, trễ hạn 814 hồ sơ``). Its measure is read in the words between it and the
  mention before it (or after its noun: ``57.502 hồ sơ giải quyết đúng hạn``), a rate without
  measure words is the rate of the count before it; its scope is the last scope word of the
  paragraph (``cấp huyện``, ``Trung tâm Phục vụ hành chính công``), else the report's own level
  (:func:`document_scope`). ``measure_codes.csv`` gives the catalog row of a (measure, noun,
  scope); a mention without one is published uncoded. Approximations (``trên 54.000``) are
  kept, flagged ``approximate``; targets, bounds (``tối thiểu``, ``dưới``), comparisons (``tăng
  5% so với cùng kỳ``) and the earlier level of ``từ X xuống Y`` are no facts. A plan gives no
  mentions; a report with Biểu mẫu tables keeps its mentions uncoded (the tables carry the codes).

  A code is given only where the fact is that catalog row: a level's own counts and rates
  (``cấp xã``, ``các sở, ngành``; a figure of one unit named by its proper name, ``phường Phú
  Xuân`` in a provincial report, is that unit's, not its level's), a received total only in a
  paragraph that counts its online part (BM7-6.4.x), a PAKN count only on rules or procedures,
  tasks of the unit's own plan (not ``Trung ương giao``). A scope printed inside parentheses or
  after the noun (``1.833 thủ tục cấp tỉnh``) is that figure's only; a clause opening on a level
  (``Với cấp xã, toàn tỉnh ...``) keeps it. Target words reject the numbers after them (and the
  next clause's when they open this one, unless it opens with ``hiện``/``đến nay``); counts of
  units stated as what exists (``tỉnh có 124 xã``), thresholds units reach (``5/15 xã đạt tỷ lệ
  trên 80%``) and ranges (``từ 400 đến 500``) are no facts. Clauses are read with one tone-mark
  placement (:func:`parsers.sentences.tone_normalized`, underthesea).

* **the result classifier** runs last: over each clause (:func:`_result_clause`) it rejects counts
  of the unit's own make-up printed as what exists (``Trung tâm có 36 quầy``) or as what another count
  belongs to (``1.300 thủ tục thuộc 120 lĩnh vực``) unless an act follows them as their subject, bars
  that units reach (``14 đơn vị đạt Chỉ số CCHC trên 80%``) and a change word alone after a value
  (``đạt 95,26%, tăng 4,11%``); over each paragraph (:func:`_earlier_periods`) the earlier points of
  one quantity's series and a cumulative span beside the year's own figure. A mention fact's
  confidence counts the evidence that agrees it is a result (:func:`evidence_confidence`).

Before any value is read, the numbers that are never values are blanked (kind ``mask``:
dates, years, document and article numbers, ranks, phone numbers, ordinals, service levels).
A clause with target words (``tối thiểu``, ``phấn đấu``, ``trên``) states no result. A change
against an earlier period (``tăng 4,92% so với cùng kỳ``) after a value is kept as its own
observation flagged ``change_vs_prior`` and without a code.

Every observation has ``origin='narrative'``, ``stt=None``, ``form`` of its code (None when
uncoded), the label and unit as written, ``value_raw`` the number as written (with ``%``
when printed), ``value`` read by :func:`normalize.numbers.parse_number`, ``sentence`` the
clause, ``page`` the line's page, a confidence below a table row's (0.45–0.85; a quantity mention's
from its evidence, 0.45–0.8), and
``section`` the dotted outline path of its section (``II.2.d``, ``II.5.1``: the number of
the section with its ancestors', so that ``d`` of one part is told from ``d`` of another).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from core.records import Line, Observation, Origin, Section
from normalize import regex_cache as rx
from normalize.catalog import label_keys, load_catalog, match_indicator
from normalize.numbers import magnitude_words, parse_number
from normalize.units import is_known_unit
from parsers.sections import section_path
from parsers.sentences import Paragraph, clauses, paragraphs, tone_normalized

PATTERNS_CSV = Path(__file__).resolve().with_name("narrative_patterns.csv")

NUMBER_CORE = r"(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
NUMBER = (
    r"(?<![\w.,/§-])" + NUMBER_CORE + r"(?![\w/§]|[.,]\d)"
)  # never a number cut in its middle (6 of 6,2/10)
MONEY = r"(?:triệu đồng|tỷ đồng|tỉ đồng|nghìn đồng|ngàn đồng|đồng|tỷ|tỉ|triệu|VNĐ|VND|trđ)"
MASK_CHAR = "§"

CODE_SCORE = 0.88  # a label matched to the catalog on its own needs this score
CHILD_SCORE = 0.80  # a "+" item matched among its rate's children needs this
PATTERN_CONFIDENCE = 0.75
RATIO_CONFIDENCE = 0.75
UNCODED_CONFIDENCE = 0.45
TRUSTED_CONFIDENCE = 0.8  # a narrative fact below it carries the unconfirmed_result flag
CHANGE_CONFIDENCE = 0.45

_NUM = re.compile(NUMBER)
_RATIO = re.compile(
    rf"(?<![\w.,/§])(?P<x>{NUMBER_CORE})\s*(?P<xu>[^\W\d]+(?:\s+[^\W\d]+){{0,2}})?\s*/\s*(?P<y>{NUMBER_CORE})(?![\w/§])"
    rf"\s*(?P<yu>[^\W\d]+(?:\s+[^\W\d]+){{0,2}})?\s*[,;(]?\s*(?:đạt|bằng|chiếm)?\s*(?:tỷ lệ|tỉ lệ)?\s*"
    rf"(?P<z>{NUMBER})\s*%",
    re.I,
)
# "giải ngân X triệu đồng ... trên tổng kế hoạch Y triệu đồng, đạt Z%": the same rate, its base printed as a total
_RATIO_OF_TOTAL = re.compile(
    rf"(?<![\w.,/§])(?P<x>{NUMBER_CORE})\s*(?P<xu>{MONEY})[^;\d]{{0,60}}?\btrên\s+tổng(?:\s+số)?"
    rf"(?:\s+(?:kế hoạch|vốn))+(?:\s+(?:được\s+)?giao)?\s*:?\s*(?P<y>{NUMBER_CORE})\s*(?P<yu>{MONEY})"
    rf"\s*[,;(]?\s*(?:đạt|bằng)\s*(?:tỷ lệ|tỉ lệ)?\s*(?P<z>{NUMBER})\s*%",
    re.I,
)
_SEPARATOR = re.compile(
    r"(?:\s*(?::|\blà\b|\bđạt\b|\bước đạt\b|\bcó\b|\bđược\b|\bvới\b|\btỷ lệ\b|\btỉ lệ\b))+\s*$", re.I
)
_TRAILING_TIME = re.compile(
    r"\s+(?:trong|tính đến|đến|từ|của)?\s*(?:quý\s+[IVX]+|năm\s+\d{4}|tháng\s+\d|\d+\s+tháng|kỳ báo cáo)[^,;:]*$",
    re.I,
)
_FOOTNOTES = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_PERCENT_NOUN = re.compile(r"^(?:tỷ lệ|tỉ lệ)\b", re.I)
_COUNT_NOUN = re.compile(r"^(?:tổng số|số lượng|số)\b", re.I)
_UNIT_WORDS = re.compile(r"\s*([^\W\d][^\s,;.()]*)(?:\s+([^\W\d][^\s,;.()]*))?(?:\s+([^\W\d][^\s,;.()]*))?")


# ---------------------------------------------------------------- pattern data


@dataclass(frozen=True)
class Pattern:
    kind: str
    code: str | None
    context: re.Pattern | None
    regex: re.Pattern | None


def _compile(text: str) -> re.Pattern | None:
    text = (text or "").strip()
    if not text:
        return None
    return rx.compile(text.replace("{N}", NUMBER).replace("{MONEY}", MONEY), re.I)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The rows of ``narrative_patterns.csv``, compiled."""
    out = []
    with PATTERNS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            out.append(
                Pattern(
                    row["kind"].strip(),
                    (row.get("code") or "").strip() or None,
                    _compile(row.get("context")),
                    _compile(row.get("pattern")),
                )
            )
    return tuple(out)


_KINDS: list = [None, {}]  # the pattern table last seen, and its patterns by kind


def _of_kind(kind: str) -> tuple[Pattern, ...]:
    """The patterns of one kind, in file order (grouped once per pattern table)."""
    table = patterns()
    if _KINDS[0] is not table:
        out: dict[str, list[Pattern]] = {}
        for p in table:
            out.setdefault(p.kind, []).append(p)
        _KINDS[1] = {k: tuple(v) for k, v in out.items()}
        _KINDS[0] = table
    return _KINDS[1].get(kind, ())


def mask_text(text: str) -> str:
    """text with every number that cannot be a value blanked to ``§`` (same length)."""
    chars = list(text)
    for p in _of_kind("mask"):
        for m in p.regex.finditer(text):
            for i in range(m.start(), m.end()):
                if not chars[i].isspace():
                    chars[i] = MASK_CHAR
    return "".join(chars)


def is_target(before_value: str, before: str) -> bool:
    """Whether a value is a target or an approximation rather than a result: the words right
    before it (``before_value``) or target words anywhere before it in its clause (``before``;
    a target named after a result, ``đạt 45,8%, trong khi mục tiêu là 50%``, leaves it one)."""
    return any(p.regex.search(before_value) for p in _of_kind("target_before")) or any(
        p.regex.search(before) for p in _of_kind("target")
    )


# ---------------------------------------------------------------- catalog helpers


def _catalog():
    """The indicator catalog (cached by normalize.catalog)."""
    return load_catalog()


@lru_cache(maxsize=4096)
def _label_key(text: str) -> str:
    return label_keys(text)[0]


def _unit_fits(unit: str | None, kind: str) -> bool:
    """A printed unit agrees with a catalog kind (``%`` only on percent rows)."""
    if kind == "group":
        return False
    if unit is None:
        return True
    percent = unit.strip() == "%"
    return percent == (kind == "percent")


@lru_cache(maxsize=1024)
def _shared_label(code: str) -> bool:
    """Whether another catalog row carries the same label (children of parallel rates)."""
    cat = _catalog()
    ind = cat.get(code)
    key = _label_key(ind.label)
    return any(o.indicator_code != code and _label_key(o.label) == key for o in cat.indicators)


def match_child(label: str, parent_code: str) -> tuple[str | None, float]:
    """The child of a rate row whose label is closest to label, with its similarity."""
    best, best_score = None, 0.0
    key = _label_key(label)
    for child in _catalog().children(parent_code):
        score = (
            max(fuzz.ratio(key, _label_key(child.label)), fuzz.token_sort_ratio(key, _label_key(child.label)))
            / 100.0
        )
        if score > best_score:
            best, best_score = child.indicator_code, score
    return (best, best_score) if best_score >= CHILD_SCORE else (None, best_score)


def _form_of(code: str | None) -> int | None:
    ind = _catalog().get(code) if code else None
    return ind.form if ind else None


def _confidence(score: float) -> float:
    """0.6 at the acceptance threshold up to 0.85 for an exact label."""
    return round(min(0.85, 0.6 + 0.25 * max(0.0, score - 0.75) / 0.25), 3)


# ---------------------------------------------------------------- values

_STOP_WORDS = {
    "tăng",
    "giảm",
    "đạt",
    "so",
    "và",
    "trong",
    "của",
    "là",
    "với",
    "bằng",
    "chiếm",
    "còn",
    "đã",
    "được",
    "trên",
    "tại",
    "từ",
    "đến",
    "cho",
    "ước",
}
_SCALE_WORDS = {"ngàn", "nghìn", "triệu", "tỷ", "tỉ", "vạn"}


def unit_after(text: str, pos: int) -> tuple[str | None, int, bool]:
    """The measure unit printed right after a number (``%``, ``Hồ sơ``, ``triệu đồng``),
    the offset after it, and whether the unit is one the unit table knows.

    A scale word that is no money unit (``270 ngàn lượt``, ``920 triệu USD``) gives
    ``("×", pos, False)``: the number is not the value as printed.
    """
    rest = _FOOTNOTES.sub("", text[pos:])
    stripped = rest.lstrip()
    if stripped.startswith("%"):
        return "%", pos + len(rest) - len(stripped) + 1, True
    m = _UNIT_WORDS.match(rest)
    if not m:
        return None, pos, False
    words = [w for w in m.groups() if w]
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if is_known_unit(candidate):
            if (
                words[0].lower() in _SCALE_WORDS
                and not (n > 1 and words[1].lower() in ("đồng", "vnđ"))
                and len(words) > n
                and words[n].lower().split("/")[0] not in _STOP_WORDS
            ):
                return "×", pos, False
            end = rest.index(words[n - 1]) + len(words[n - 1])
            return candidate, pos + end, True
    if words and words[0].lower() in _SCALE_WORDS:
        return "×", pos, False
    plain = []
    for w in words[:2]:
        if w.lower() in _STOP_WORDS:
            break
        plain.append(w)
    if plain:
        end = rest.index(plain[-1]) + len(plain[-1])
        return " ".join(plain), pos + end, False
    return None, pos, False


def read_value(raw: str, unit: str | None):
    """(value, flags) of a number as printed, or (None, []) when it reads as none."""
    reading = parse_number(raw, unit=unit, kind="percent" if unit == "%" else None)
    if reading.value is None:
        return None, []
    value = float(reading.value)
    if unit is None and value.is_integer() and 1900 <= value <= 2100:
        return None, []  # a year left unmasked
    return value, [f for f in reading.flags if f in ("ambiguous_number", "approximate")]


@dataclass
class _Found:
    code: str | None
    label: str
    unit: str | None
    raw: str
    span: tuple[int, int]
    confidence: float
    flags: tuple[str, ...] = ()
    measure: str | None = None
    scope: str | None = None
    rate_label: bool = False  # a percent mention printed as a rate ("tỷ lệ ... đạt")
    of_prev: bool = False  # a share of the count before it ("99,3% trong số đó ...")


# ---------------------------------------------------------------- readers


def _context_ok(p: Pattern, clause: str, paragraph: Paragraph) -> bool:
    if p.context is None:
        return True
    return bool(p.context.search(clause)) or _context_in(p.context, paragraph.text, paragraph.context)


@lru_cache(maxsize=8192)
def _context_in(context: re.Pattern, text: str, around: str) -> bool:
    """Whether a context pattern occurs in a paragraph or its context (the same for every
    clause of the paragraph, so asked once)."""
    return bool(context.search(text) or context.search(around))


def read_phrases(clause: str, masked: str, paragraph: Paragraph) -> list[_Found]:
    """Values of the ``phrase`` patterns (one per pattern, its first match)."""
    out = []
    for p in _of_kind("phrase"):
        if not _context_ok(p, clause, paragraph):
            continue
        m = p.regex.search(masked)
        if not m:
            continue
        start, end = m.span("v")
        if is_target(masked[:start][-40:], masked[:start]):
            continue
        unit = clause[m.start("u") : m.end("u")] if m.groupdict().get("u") else None
        raw = clause[start:end] + ("%" if unit == "%" else "")
        label = clause[m.start() : m.end()].strip()
        out.append(_Found(p.code, label, unit, raw, (start, end), PATTERN_CONFIDENCE))
    return out


def read_ratios(clause: str, masked: str, paragraph: Paragraph) -> list[_Found]:
    """``X/Y, đạt Z%`` (or ``X ... trên tổng kế hoạch Y, đạt Z%``) under a ratio topic → the rate and its two parts."""
    out: list[_Found] = []
    m = _RATIO.search(masked) or _RATIO_OF_TOTAL.search(masked)
    if not m:
        return out
    if is_target(masked[: m.start()][-40:], masked[: m.start()]):
        return out
    cat = _catalog()
    for p in _of_kind("ratio"):
        if not _context_ok(p, clause, paragraph):
            continue
        rate = cat.get(p.code)
        if rate is None or rate.ratio_parts is None:
            continue
        num_code, den_code = rate.ratio_parts
        y_unit = clause[m.start("yu") : m.end("yu")].strip() if m.group("yu") else None
        x_unit = clause[m.start("xu") : m.end("xu")].strip() if m.group("xu") else y_unit
        label = _SEPARATOR.sub("", clause[: m.start()].rsplit(",", 1)[-1].strip(" ,;:-")).strip(" ,;:")
        if not 2 <= len(label.split()) <= 12:
            label = rate.label
        out.append(
            _Found(p.code, label, "%", clause[m.start("z") : m.end("z")] + "%", m.span("z"), RATIO_CONFIDENCE)
        )
        for code, unit, group in ((num_code, x_unit, "x"), (den_code, y_unit, "y")):
            text = clause[m.start(group) : m.end(group)]
            out.append(_Found(code, cat.get(code).label, unit, text, m.span(group), RATIO_CONFIDENCE - 0.05))
        break
    return out


def _clean_label(label: str) -> str:
    label = label.strip(" ,;:-–+")
    if ":" in label:
        label = label.rsplit(":", 1)[1].strip()
    label = _SEPARATOR.sub("", label).strip(" ,;:")
    label = _TRAILING_TIME.sub("", label).strip(" ,;:")
    return label.replace(MASK_CHAR, "").strip()


def _noun_start(label: str) -> int | None:
    """Where the indicator noun of a label starts (within its first words), if any."""
    noun = _of_kind("noun")
    words = list(re.finditer(r"\S+", label))
    for w in words[:5]:
        if any(p.regex.match(label[w.start() :]) for p in noun):
            return w.start()
    return None


def _noun_fits(clause: str, pos: int, catalog_unit: str | None) -> bool:
    """Whether the counted noun printed after a value can be the catalog row's unit
    (``Số TTHC của 17 sở, ban, ngành``: 17 counts departments, not procedures)."""
    noun = _noun_after(clause, pos)[0]
    allowed = {r.key: r.nouns for r in vocabulary().of("catalog_unit")}.get(
        (catalog_unit or "").strip().lower()
    )
    return noun is None or allowed is None or noun in allowed


def read_label_value(clause: str, masked: str, paragraph: Paragraph, parent: str | None) -> _Found | None:
    """A clause that starts with an indicator label and goes on with its value."""
    m = _NUM.search(masked)
    if not m:
        return None
    before = masked[: m.start()]
    if before.rstrip().endswith("/") or is_target(before[-40:], before):
        return None
    label_text = clause[: m.start()]
    if ":" in label_text:
        label_text = label_text.rsplit(":", 1)[1]
    label_text = _clean_label(label_text)
    start = _noun_start(label_text)
    if start:
        label_text = label_text[start:]
    if len(label_text.split()) < 3:
        return None
    unit, _, known = unit_after(clause, m.end())
    if unit == "×":
        return None
    raw = clause[m.start() : m.end()] + ("%" if unit == "%" else "")
    code, score = None, 0.0
    if parent is not None and paragraph.bullet == "+":
        code, score = match_child(label_text, parent)
    if code is None and start is not None:
        found, score = match_indicator(label_text, unit=unit if known else None)
        ind = _catalog().get(found)
        if (
            found
            and score >= CODE_SCORE
            and _unit_fits(unit if known else None, ind.kind)
            and not _shared_label(found)
            and _noun_fits(clause, m.end(), ind.measure_unit)
        ):
            code = found
    if code is not None:
        return _Found(code, label_text, unit, raw, (m.start(), m.end()), _confidence(score))
    if paragraph.bullet and start is not None:
        percent = unit == "%"
        if bool(_PERCENT_NOUN.match(label_text)) != percent:
            return None  # "Số lượng … 94,2%", "Tỷ lệ … 17 hệ thống"
        return _Found(None, label_text, unit, raw, (m.start(), m.end()), UNCODED_CONFIDENCE)
    return None


def read_change(clause: str, masked: str, after: int, label: str) -> _Found | None:
    """``tăng 4,92% so với cùng kỳ`` after a value: a change, flagged and uncoded."""
    for p in _of_kind("change"):
        m = p.regex.search(masked, after)
        if m:
            unit = clause[m.start("u") : m.end("u")] if m.group("u") else None
            raw = clause[m.start("v") : m.end("v")] + ("%" if unit == "%" else "")
            return _Found(None, label, unit, raw, m.span("v"), CHANGE_CONFIDENCE, ("change_vs_prior",))
    return None


# ---------------------------------------------------------------- quantity mentions

MEASURES_CSV = Path(__file__).resolve().with_name("measures.csv")
MEASURE_CODES_CSV = Path(__file__).resolve().with_name("measure_codes.csv")
MENTION_CONFIDENCE = 0.6
MENTION_CODED_CONFIDENCE = 0.65
_MENTION_NUM = re.compile(
    rf"(?<![\w.,§-])(?<!\d/)(?<!\d /)(?P<x>{NUMBER_CORE})(?:\s*/\s*(?P<y>{NUMBER_CORE}))?(?![\w/§]|[.,]\d)"
)
_BOUNDARY = re.compile(r"[;()\[\]]")
_WORDS_ASIDE = re.compile(r"\([^()\d;]*\)")


@dataclass(frozen=True)
class _Row:
    key: str
    nouns: frozenset
    regex: re.Pattern
    value: str


@dataclass(frozen=True)
class Vocabulary:
    """measures.csv by kind, and measure_codes.csv."""

    rows: dict
    codes: dict  # (measure, noun) -> {scope: code}

    def of(self, kind: str) -> tuple:
        return self.rows.get(kind, ())

    def first(self, kind: str, text: str) -> re.Match | None:
        for row in self.of(kind):
            m = row.regex.search(text)
            if m:
                return m
        return None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    rows: dict[str, list[_Row]] = {}
    with MEASURES_CSV.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(line for line in fh if not line.startswith("#")):
            kind = r["kind"].strip()
            pattern = r["pattern"].strip()
            if kind in ("denominator", "rate_noun"):
                rows.setdefault(kind, []).append(
                    _Row(r["key"].strip(), frozenset(), rx.compile("$^"), pattern)
                )
                continue
            if kind == "noun":
                pattern = rf"^\s*(?:{pattern})"
            flags = 0 if kind == "issuer" else re.I
            nouns = frozenset(n.strip() for n in (r.get("nouns") or "").split("|") if n.strip())
            rows.setdefault(kind, []).append(_Row(r["key"].strip(), nouns, rx.compile(pattern, flags), ""))
    codes: dict[tuple[str, str], dict[str, str]] = {}
    with MEASURE_CODES_CSV.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(line for line in fh if not line.startswith("#")):
            for scope in r["scope"].split("|"):  # "tinh|huyen|xa": the same row at each of those levels
                codes.setdefault((r["measure"].strip(), r["noun"].strip()), {})[scope.strip()] = r[
                    "code"
                ].strip()
    return Vocabulary({k: tuple(v) for k, v in rows.items()}, codes)


_PLACE_DATE = re.compile(r"^[^,\d]{2,40},\s*ngày\s+\d")


def document_scope(lines: list[Line], level: str | None = None) -> str:
    """The default scope of a document's facts: its issuing body as printed in capitals in its
    first lines (a provincial department, a commune, a district), else the level its metadata
    gives. A body sentence that names a unit (``xã Phú Vang dẫn đầu ...``) names no issuer."""
    voc = vocabulary()
    head = []
    for line in lines:
        printed = " ".join(line.plain.split())
        text = printed.upper()
        letters = [c for c in printed if c.isalpha()]
        if text and (sum(c.isupper() for c in letters) * 2 >= len(letters) or _PLACE_DATE.match(printed)):
            head.append(text)  # the issuer in capitals, or the place and date line
        if len(head) >= 8 or (text and len(head) >= 1 and len(printed) > 120):
            break
    for row in voc.of("issuer"):  # a department before its province
        if any(row.regex.search(text) for text in head):
            if row.key == "tinh" and level in ("huyen", "xa"):
                break
            return row.key
    return level or "tinh"


@dataclass
class _Mention:
    start: int  # offset of the number in the clause
    end: int  # offset after its noun (or the number)
    raw: str  # the number as printed, with its magnitude word
    noun: str | None  # canonical noun, '%' for a percent, None for a bare number
    unit: str | None  # the noun as printed
    approx: bool
    part: str = "x"  # x, or y for the denominator of X/Y
    measure: str | None = None
    scope: str | None = None
    base: str | None = None  # the noun a rate is a rate of
    rejected: bool = False
    measure_after: bool = False  # its measure is printed after its noun
    named: bool = False  # a figure of one unit named by its proper name
    several: bool = False  # a figure of several levels together
    national: bool = False  # a figure of the whole country (cả nước)
    rate_label: bool = False  # a percent printed as a rate (``tỷ lệ ... đạt``)
    base_named: bool = False  # the rate's noun is printed in its label (``tỷ lệ văn bản ...``)
    near: str = ""  # the words between the mention before it and its number
    pending_base: bool = False  # a rate whose base counts pending dossiers too
    multi_year: bool = False  # a figure over a span of several years (cumulative)
    of_prev: bool = False  # a share of the count before it (``99,3% trong số đó``)
    body: bool = False  # a figure of one body named before it (``Sở Tư pháp có 30 TTHC``)
    clause: str = ""  # the clause it is printed in
    merged: bool = False  # a level's figure that counts the level below too (``cấp huyện (gồm cả xã)``)
    listed: bool = False  # a count printed after a decision's list words (``công bố danh mục ...``)
    of_total: bool = False  # the X of ``X trên tổng số Y hồ sơ ...``
    part_only: bool = False  # a figure of one part only (``Lĩnh vực đất đai tiếp nhận ...``): no row
    restated: bool = False  # the Y of X/Y that restates a total printed before it (``đề ra 36 ...; 36/36``)
    before_text: str = ""  # the words of its sentence before it (earlier clauses too)
    base_of: _Mention | None = None  # the count this one is printed as the base of (``X trên tổng số Y``)
    legal_docs: bool = (
        False  # its paragraph named legal documents (VBQPPL) before it: its bare văn bản are those
    )


def _noun_after(text: str, pos: int) -> tuple[str | None, str | None, int, str]:
    """(noun key, printed noun, end, magnitude word) of the words right after a number."""
    rest = text[pos:]
    magnitude = ""
    stripped = rest.lstrip()
    if stripped.startswith("%"):
        return "%", "%", pos + len(rest) - len(stripped) + 1, ""
    voc = vocabulary()
    for row in voc.of("noun"):
        m = row.regex.match(rest)
        if m:
            return row.key, m.group(0).strip(), pos + m.end(), ""
    mag = re.match(r"^\s*([^\W\d]+)", rest)
    if mag and mag.group(1).lower() in magnitude_words():
        magnitude = mag.group(1)
        after = pos + mag.end()
        for row in voc.of("noun"):
            m = row.regex.match(text[after:])
            if m and row.key not in ("triệu đồng", "tỷ đồng", "nghìn đồng", "đồng"):
                return row.key, m.group(0).strip(), after + m.end(), magnitude
        return None, None, after, magnitude
    return None, None, pos, ""


def find_mentions(text: str, masked: str) -> list[_Mention]:
    """Every number of a clause that is no date, document number or rank, with its noun."""
    voc = vocabulary()
    out: list[_Mention] = []
    for m in _MENTION_NUM.finditer(masked):
        parts = [("x", m.start("x"), m.end("x"))]
        if m.group("y"):
            parts.append(("y", m.start("y"), m.end("y")))
        noun, unit, end, magnitude = _noun_after(text, m.end())
        if m.group("y") and noun is None:
            x_noun = _noun_after(text, m.end("x"))
            if x_noun[0] is not None:
                noun, unit = x_noun[0], x_noun[1]
        before = text[: m.start()]
        approx = bool(any(r.regex.search(before) for r in voc.of("approx")))
        if not m.group("y") and re.search(r"[^\W\d]\s*/\s*$", text[: m.start()]) and out:
            parts = [("y", m.start("x"), m.end("x"))]  # X triệu đồng/Y triệu đồng
        for part, s, e in parts:
            raw = text[s:e]
            if part == parts[-1][0]:
                raw += " " + magnitude if magnitude else ""
            out.append(
                _Mention(
                    s,
                    end if part == parts[-1][0] else e,
                    raw,
                    noun,
                    unit,
                    approx and part == "x",
                    part,
                    clause=text,
                )
            )
    return out


def _measure_in(near: str, right: str, noun: str | None) -> tuple[str | None, str]:
    """The measure of a mention and where it is printed (``near``: before the number,
    ``right``: its noun and the words after it, ``""``: nowhere). Rows kept for some nouns
    come first, read before or after the number (``ban hành 06 văn bản chỉ đạo``), in file
    order; then the general rows before the number, then after it."""
    rows = vocabulary().of("measure")
    for r in vocabulary().of("measure_object"):
        # "thanh tra việc tuyển dụng, quản lý ... tại 9 cơ quan": the object of an act names no measure
        m = r.regex.search(near)
        if m is not None and "obj" in r.regex.groupindex:
            near = near[: m.start("obj")] + " " * (m.end("obj") - m.start("obj")) + near[m.end("obj") :]
    for r in vocabulary().of("next_count"):
        # "827 dịch vụ mức độ 3 và 9 dịch vụ mức độ 4": the next count of a noun is another mention
        m = r.regex.search(right)
        if m is not None:
            right = right[: m.start()]
    fitting = [r for r in rows if r.nouns and (noun or "") in r.nouns]
    # a dossier's measure never labels a count of people or of resources (15 cán bộ trực tiếp tiếp nhận hồ sơ)
    general = [r for r in rows if not r.nouns and _measure_fits(r.key, noun)]
    for group, use_right in ((fitting, True), (general, noun != "%")):
        best = None  # the measure printed closest to the number
        for order, row in enumerate(group):
            m = None
            for m in row.regex.finditer(near):  # noqa: B007 (the last match)
                pass
            if m is not None and (best is None or m.end() > best[0]):
                best = (m.end(), order, row.key)
        # "52 văn bản ... do tỉnh ban hành": a clause after "do" names who acted on the noun,
        # not what this number counts, when a measure word stands before the number
        own = (
            # (not the pair "tiếp nhận và trả kết quả": one act); a colon opens what is said of them
            # ("đã tiếp nhận gần 14.000 hồ sơ TTHC: tỷ lệ giải quyết đúng hạn đạt ...")
            re.split(
                r"\sdo\s|(?<!\d)\svà\s(?!trả kết quả\b)|\svà\s(?!\d|mức\b|trả kết quả\b)|:", right, maxsplit=1
            )[0]
            if best is not None
            else right
        )
        own = _SYSTEM_NAME.sub(" ", own)  # "trên Hệ thống thông tin giải quyết TTHC" names no measure
        after = next(
            ((order, row.key) for order, row in enumerate(group) if use_right and row.regex.search(own)), None
        )
        if best is not None and (after is None or best[1] <= after[0]):
            return best[2], "near"
        if after is not None:  # a more specific row after the noun
            return after[1], "right"
        if use_right and group is fitting:
            # "tuyển được 186 công chức", "huyện có 64 đơn vị sự nghiệp": the words of the
            # measure stand on both sides of the number
            joined = near[-40:].rstrip() + " " + right.strip()
            across = next((row.key for row in group if row.regex.search(joined)), None)
            if across is not None:
                return across, "near"
    return None, ""


# the last words before a number after "và" or a comma, when no other figure's noun stands between (the
# verb that opens the number's own clause: "... và hoàn thành 61/65 nhiệm vụ")
_OWN_VERB_TAIL = re.compile(r"(?:\svà|,)\s+((?:đã\s+|đồng thời\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,2})\s*$")


# the depth of a scope: a lower level's units named "of" a unit above them are that level's scope
_SCOPE_DEPTH = {"tinh": 1, "so_nganh": 1, "huyen": 2, "xa": 3}


# a lower unit named just before a province (xã Tân Phú, tỉnh An Giang): the province is its address
_ADDRESS_BEFORE = re.compile(r"\b(?:xã|phường|huyện|quận|thị xã|thị trấn|đặc khu)\s+\w[^,;]{0,30},\s*$", re.I)


# a province opens its clause (Năm 2025, tỉnh Vĩnh Long đã ...; tính đến ngày 22/12/2021 tỉnh Nghệ An đã ...) or is
# the agent after do (do tỉnh Thanh Hóa quản lý): the subject; right after another noun (Trung tâm Phục vụ hành
# chính công tỉnh Hà Tĩnh) it only qualifies that noun
_SUBJECT_START = re.compile(
    r"(?:^|[,;:.(]|\bdo|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d|\b(?:năm|quý [IV]+|tháng \d{1,2})/?\s*(?:19|20)\d\d)\s*$"
)


def _scope_in(text: str) -> str | None:
    """The last scope printed in text (a scope printed inside a longer one does not count:
    ``hai cấp huyện và xã`` is several levels, not ``cấp huyện``). A single unit named by its
    proper name after the last scope word (``phường Phú Xuân``, ``huyện Phú Giáo``) gives its
    level marked ``!``: a figure of one unit, not of its level."""
    # "cao nhất trong các xã của huyện": the set a unit is compared with is no scope
    found = [
        (m.start(), m.end(), row.key)
        for row in vocabulary().of("scope")
        for m in row.regex.finditer(text)
        if "nhất" not in text[max(0, m.start() - 25) : m.start()]
    ]
    outer = [
        f
        for f in found
        if not any(o[0] <= f[0] and f[1] <= o[1] and o != f and (o[1] - o[0]) > (f[1] - f[0]) for o in found)
    ]
    last = max(outer) if outer else None
    named = None
    for row in vocabulary().of("named_unit"):
        for m in row.regex.finditer(text):
            name = m.group("name")
            if row.key == "tinh" and (
                _ADDRESS_BEFORE.search(text[: m.start()]) or not _SUBJECT_START.search(text[: m.start()])
            ):
                continue  # "xã Tân Phú, tỉnh An Giang", "các sở, ngành tỉnh Lai Châu": what the province qualifies
            if name[:1].isupper() and (named is None or m.start() > named[0]):
                named = (m.start(), row.key)
    if (
        named is not None
        and last is not None
        and last[2] not in ("-", "tinh")
        and re.search(r"\bđịa bàn\s*$", text[: named[0]], re.I)
    ):
        named = None  # "của cấp huyện và cấp xã trên địa bàn huyện Định Quán": the territory, not the scope
    if (
        named is not None
        and last is not None
        and _SCOPE_DEPTH.get(last[2], 0) > _SCOPE_DEPTH.get(named[1], 0)
        and re.search(r"\b(?:thuộc|của|trong)\s*$", text[: named[0]], re.I)
    ):
        named = None  # "UBND các xã, phường thuộc thị xã Giá Rai": the lower level's units of that territory
    if named is not None and (last is None or named[0] >= last[0]):
        return named[1] if named[1] == "tinh" else named[1] + "!"  # a province is its own level
    if last is not None and last[2] == "-":  # "chính quyền địa phương hai cấp"
        rest = [f for f in outer if f[2] != "-"]
        last = max(rest) if rest else None
    return last[2] if last else None


def _without_closed_parens(text: str) -> str:
    """text with every closed parenthesis blanked: a scope printed inside ``(...)`` is the
    scope of the figures inside only."""
    while True:
        new = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
        if new == text:
            return text
        text = new


_ACTED_ON = re.compile(
    r"\b(?:đã|được|đang|hoàn thành|thực hiện|triển khai|vận hành|xếp (?:hạng|loại)|phát sinh)\b", re.I
)
_ACTED_ON_END = re.compile(r";|\btrong đó\b|\bđạt\b", re.I)  # the verb must act on the units listed
_PAKN_RULES = re.compile(
    r"(?:phản ánh|kiến nghị|PAKN)[^.;|]{0,60}(?:về|đối với|liên quan đến|liên quan tới) (?:các )?(?:quy định|TTHC|thủ tục)",
    re.I,
)
_SCOPE_AFTER = re.compile(
    r"\s*(?:ở\s+|của\s+|thuộc\s+|tại\s+)?(?:các\s+)?(?:cấp\s+(?:tỉnh|huyện|xã)|sở,\s*ngành|UBND cấp (?:huyện|xã))\b",
    re.I,
)


_PARTS_NEAR = re.compile(r"\s*(?:trong đó|riêng|gồm|bao gồm)\b", re.I)
_SHARE_OF_NOUN = re.compile(r"\bhồ sơ\b[^;]{0,80}\b(?:chiếm|đạt)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$", re.I)
# "1.875 TTHC thuộc thẩm quyền giải quyết của cấp tỉnh": the level whose stock the count is
_AUTHORITY_SCOPE = re.compile(
    r"\s*thuộc (?:thẩm quyền(?: giải quyết)?|phạm vi (?:giải quyết|thẩm quyền))\s+(?:của\s+)?(?:các\s+)?"
    r"(?:[\d.]+\s+)?(?:cấp\s+(?:tỉnh|huyện|xã)|UBND cấp (?:huyện|xã)|sở,\s*(?:ban,\s*)?ngành(?:\s+cấp tỉnh)?)\b",
    re.I,
)
_SCOPE_AFTER_RATE = re.compile(r"\s*(?:ở|tại|của)\s+(?:các\s+)?cấp\s+(?:tỉnh|huyện|xã)\b", re.I)
_RATE_LABEL = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\b", re.I)
_SYSTEM_NAME = re.compile(
    r"\b(?:Hệ thống thông tin|Hệ thống|Cổng)[^;,\d]{0,30}?(?:giải quyết|một cửa điện tử)(?:\s+(?:TTHC|thủ tục hành chính))?",
    re.I,
)
_RESTATED = re.compile(
    r"^\s*(?:,?\s*so\s+với\b[^\d;()]{0,30})?\(\s*(?:tương đương|tương ứng|bằng|hay|khoảng|là)?\s*$", re.I
)
_THIS_RATE = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\s+(?:này|nói trên|trên|tương ứng)\b", re.I)
_OF_THOSE = re.compile(
    r"\s*(?:trong (?:tổng )?số (?:đó|này|hồ sơ này|hồ sơ đó)|(?:của )?số (?:hồ sơ )?(?:đó|này))\b", re.I
)
_BASE_OF_LAST = re.compile(r"\s*(?:trên|trong)\s+(?:tổng\s+)?(?:số\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?", re.I)
_PART_SHARE = re.compile(r",\s*trong đó\s*(?:có\s+)?(?:gần|khoảng|hơn|trên)?\s*$", re.I)
_TTHC_SETTLED = re.compile(
    r"\b(?:giải quyết|tiếp nhận|xử lý)\s+(?:hồ sơ\s+)?(?:TTHC|thủ tục(?: hành chính)?)\b", re.I
)
_TIMELINESS_AFTER = re.compile(
    r"\s*(?:hồ sơ\s+)?(?:được\s+)?(?:giải quyết\s+)?(?:đúng|trước|sớm|quá|trễ|chậm)\b", re.I
)


def _noun_in(text: str) -> tuple[str, str] | None:
    """The first counted noun printed in text (a label before its value), as (key, printed)."""
    best = None
    for row in vocabulary().of("noun"):
        m = re.search(row.regex.pattern.replace(r"^\s*", r"\b", 1), text, re.I)
        if m and row.key != "%" and (best is None or m.start() < best[0]):
            best = (m.start(), row.key, m.group(0).strip())
    return (best[1], best[2]) if best else None


def _first_match(rows: tuple | list, text: str) -> re.Match | None:
    """The first match in ``text`` of any of the vocabulary rows, or None."""
    return min((m for r in rows for m in [r.regex.search(text)] if m), key=lambda m: m.start(), default=None)


_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b", re.I)


# a later year's own value printed after a figure in its clause (năm 2018 ... là 44%, 9 tháng năm 2019 đạt 51%)
_LATER_YEAR_VALUE = re.compile(
    r"\b((?:19|20)\d\d)\b[^;\d]{0,40}?\b(?:đạt|là|còn|lên|tăng lên)\s*(?:mức\s+)?\d"
)


def _earlier_year(before: str, years_seen: list[int], voc: Vocabulary, after: str = "") -> bool:
    """The figure's own year printed right before it (``year_before``) is earlier than a year named
    before it in the paragraph or the clause, or than a year whose own value follows it in the clause:
    a baseline or a past value, not the report's period."""
    for r in voc.of("year_before"):
        m = r.regex.search(before)
        if m is None:
            continue
        year = int(m.group("y"))
        named = years_seen + [int(y) for y in _YEAR.findall(before[: m.start("y")])]
        named += [int(v.group(1)) for v in _LATER_YEAR_VALUE.finditer(after.split(";")[0])]
        if any(y > year for y in named):
            return True
    return False


_COUNT_BEFORE = re.compile(r"(\d[\d.,]*)\s+[^\d;,]{1,40}$")


def _found_need(clause: str, at: int) -> bool:
    """Whether the target words at ``at`` qualify a count that a check or review found (measures.csv
    ``finding_before``: "qua rà soát xác định 186 văn bản cần sửa đổi, bổ sung"): a finding, no target."""
    count = _COUNT_BEFORE.search(clause[:at])
    return count is not None and any(
        r.regex.search(clause[max(0, count.start() - 60) : count.start()])
        for r in vocabulary().of("finding_before")
    )


def _people_in_place(clause: str, mt: _Mention, state: dict, voc: Vocabulary, later: list) -> bool:
    """Whether a count of people or posts prints staff in place (measures.csv ``people_in_place``): the
    nearest placing or stative verb before it (bố trí, cử, có, gồm, với, tổng cộng ...), with only a list
    of such counts between, and no change made to them (``people_act``: nghỉ việc, tinh giản, tuyển dụng,
    tiếp nhận ... in the clause, or, after a stative verb, earlier in the sentence). What follows is read up to
    the next count of something else (``later``: the clause's mentions after it)."""
    rows = [r for r in voc.of("people_in_place") if mt.noun in r.nouns]
    if not rows or (mt.unit or "").startswith("lượt"):
        return False
    base = max(0, mt.start - 160)
    before = clause[base : mt.start]
    hit = None
    for r in rows:
        for m in r.regex.finditer(before):
            if hit is None or m.end() > hit[0].end():
                hit = (m, r.key)
    if hit is None:
        return False
    m, key = hit
    between = before[m.end() :]
    act = voc.of("people_act")
    stop = next((m.start for m in later if m.noun not in rows[0].nouns), len(clause))
    after = clause[mt.end : stop]
    if any(r.regex.search(between) or r.regex.search(after) for r in act) or any(
        r.regex.search(after) for r in voc.of("people_act_after")
    ):
        return False
    if any(r.regex.search(between) for r in voc.of("people_list_break")):
        return False
    if key == "stative" and (
        state.get("people_acted") or any(r.regex.search(clause[: base + m.start()]) for r in act)
    ):
        return False
    return True


def read_mentions(clause: str, masked: str, state: dict) -> list[_Mention]:
    """The quantity mentions of one clause with their measure and scope (see the module
    docstring). ``state`` carries the paragraph's running scope and last mention."""
    voc = vocabulary()
    mentions = find_mentions(clause, masked)
    # target words reject the numbers after them; the next clause too when they open this one
    target_at = min(
        (
            m.start()
            for r in voc.of("target")
            for m in r.regex.finditer(clause)
            if not _found_need(clause, m.start())
        ),
        default=None,
    )
    carried = state.get("section_target", False) or (
        state.get("target", False) and not any(r.regex.search(clause) for r in voc.of("result_start"))
    )
    first = mentions[0].start if mentions else len(clause)
    state["target"] = state.get("section_target", False) or (
        (carried or (target_at is not None and target_at < first)) and clause.rstrip().endswith((";", ":"))
    )
    state["listed"], state["listed_here"] = state.get("listed_here", False), False
    years_seen = state.get("years", [])
    structure_nouns = {r.key for r in voc.of("structure_noun")}
    state["years"] = years_seen + [int(y) for y in _YEAR.findall(clause)]
    prev_end = 0
    for i, mt in enumerate(mentions):
        target = (
            carried
            or (
                target_at is not None
                and target_at < mt.start
                # "Mục tiêu là ..., nhưng đến hết quý I tỉnh đã giải quyết được 90%": the result after a contrast
                and not any(r.regex.search(clause[target_at : mt.start]) for r in voc.of("target_contrast"))
            )
        )
        elided = next((r.key for r in voc.of("elided_noun") if mt.noun in r.nouns), None)
        if elided is not None and state.get("seen_" + elided):
            # "tiếp nhận 4 phản ánh, kiến nghị ... đã giải quyết xong cả 4 trường hợp": the cases are those PAKN
            mt.noun = state["seen_" + elided]
        elif any(r.key == mt.noun for r in voc.of("elided_only")):
            mt.rejected = True  # "triển khai 12 nội dung": a generic word counts nothing of its own
        elif mt.noun is not None and any(r.key == mt.noun for r in voc.of("elided_noun")):
            state["seen_" + mt.noun] = mt.noun
        if mt.noun in ("PAKN", "PAKN về quy định"):
            state["seen_PAKN"] = mt.noun
        if mt.noun == "PAKN về quy định" or (mt.noun == "PAKN" and state.get("pakn_rules")):
            # PAKN on administrative rules: named once, the paragraph's later PAKN are the same
            state["pakn_rules"] = True
            mt.noun = "PAKN về quy định"
        if mt.noun == "VBQPPL":
            state["legal_docs"] = (
                True  # "ban hành 41 VBQPPL; Sở Tư pháp đã kiểm tra 63 văn bản": the same kind
            )
        if mt.noun == "văn bản" and (
            any(r.regex.search(clause[prev_end : mt.start]) for r in voc.of("legal_doc_before"))
            or any(r.regex.match(clause, mt.end) for r in voc.of("legal_doc_after"))
        ):
            state["legal_docs"] = (
                True  # "kiểm tra theo thẩm quyền 423 văn bản"; "357 văn bản do HĐND, UBND ... ban hành"
            )
        mt.legal_docs = mt.noun in ("văn bản", "%") and state.get("legal_docs", False)  # a rate of them too
        if mt.noun == "TTHC nội bộ" or (mt.noun == "TTHC" and state.get("internal")):
            # internal procedures named once: the paragraph's later procedures are the same kind
            state["internal"] = True
            mt.noun = "TTHC nội bộ"
        # an aside of words only (tỉnh Phú Thọ), (cũ), (trừ văn bản mật) cuts no measure from its number
        window = _WORDS_ASIDE.sub(lambda p: " " * len(p.group(0)), clause[prev_end : mt.start])
        cut = max((b.end() for b in _BOUNDARY.finditer(window)), default=0)
        near = window[cut:]
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(clause)
        after = clause[mt.end : nxt]
        if (
            mt.part == "x"
            and i + 1 < len(mentions)
            and mentions[i + 1].part == "y"
            and re.fullmatch(r"\s*/\s*", after)
            and mt.noun not in {r.key for r in voc.of("descriptive")}  # not "5/15 xã đạt tỷ lệ ...": units
        ):
            # "1.421/1.611 thủ tục hành chính được cung cấp trực tuyến ...": the words after the ratio's noun
            # are the measure of its part X too
            y_end = mentions[i + 1].end
            nxt = mentions[i + 2].start if i + 2 < len(mentions) else len(clause)
            after = clause[y_end:nxt]
        # "78 thủ tục và bãi bỏ 150 thủ tục": the words after "và" belong to the next number (not
        # when a parenthesis opens before it: "679 hồ sơ đúng và trước hạn (có 402 hồ sơ trước hạn)");
        # a comma inside the givers "Chính phủ, Thủ tướng Chính phủ giao" (BM1-5's own name) cuts nothing
        after_cut = re.search(
            r"[;()]|(?<!tiếp nhận)(?<!tích hợp)(?<!gửi),(?!\s*\d\b)(?!\s*Thủ tướng\b)|\strong đó"
            + (r"|(?:(?<!\d)\svà\s+|\svà\s+(?!\d))(?:[^\s,;()]+\s+){0,4}$" if i + 1 < len(mentions) else ""),
            after,
        )
        right = (mt.unit or "") + " " + (after[: after_cut.start()] if after_cut else after).lstrip()
        if i + 1 < len(mentions) and mentions[i + 1].noun == "%" and re.fullmatch(r"\s*\(\s*", after):
            # "có 1.696 TTHC (82,3%) được thực hiện ...": the words after the restated share are its measure
            closed = re.match(r"\s*\)", clause[mentions[i + 1].end :])
            if closed:
                tail = clause[mentions[i + 1].end + closed.end() :]
                right += " " + re.split(r"[;()]|,(?!\s*\d\b)|\strong đó", tail, maxsplit=1)[0]
        noun_follows = mt.noun == "%" and _noun_after(clause, mt.end)[0] not in (None, "%")
        # the comparison may follow a parenthesis that restates the change ("giảm 158 (5%) so với ...")
        sentence_rest = re.split(r"[;,(]|\.(?!\d)", _without_closed_parens(clause[mt.end :]), maxsplit=1)[0]
        before = clause[: mt.start]
        said = next((m for r in voc.of("attribution") for m in [r.regex.match(before)] if m), None)
        if said is not None:
            # "Theo Giám đốc Trung tâm ..., tỉnh đang quản lý ...": who says it is no scope
            before = " " * said.end() + before[said.end() :]
        opened = before.rfind("(")
        if opened > before.rfind(")"):
            # inside a parenthesis: its own scope words count for it only
            outer = _scope_in(_without_closed_parens(before[:opened]))
            if outer:
                state["scope"] = outer
            mt.scope = _scope_in(before[opened:]) or state.get("scope") or state["default"]
        else:
            scope = _scope_in(_without_closed_parens(before))
            if scope:
                state["scope"] = scope
            mt.scope = state.get("scope") or state["default"]
            merge = None
            for r in voc.of("merged_levels"):
                for merge in r.regex.finditer(before):  # noqa: B007 (the last match)
                    pass
            if merge is not None and _scope_in(_without_closed_parens(before[merge.end() :])) is None:
                state["merged"] = True  # "Ở cấp huyện (gồm cả số liệu của xã), ..."
            elif scope:
                state["merged"] = False
        mt.merged = state.get("merged", False)
        # "công bố danh mục 2.168 TTHC ...; trong đó 1.862 TTHC ...": the list and its parts
        mt.listed = any(r.regex.search(before) for r in voc.of("list_words")) or (
            state.get("listed", False) and _PARTS_NEAR.match(clause) is not None
        )
        state["listed_here"] = state.get("listed_here", False) or mt.listed
        frame = next((r.key for r in voc.of("frame") if r.regex.search(clause)), None) or state.get("frame")
        state["frame"] = frame  # for the rest of the paragraph
        if frame and mt.scope == "tinh":
            mt.scope = frame  # "Với cấp xã, toàn tỉnh tiếp nhận ..."
        after_noun = _SCOPE_AFTER.match(clause, mt.end)
        if after_noun and mt.noun not in (None, "%"):
            mt.scope = _scope_in(after_noun.group(0)) or mt.scope  # "1.833 thủ tục cấp tỉnh"
        after_rate = _SCOPE_AFTER_RATE.match(clause, mt.end) if mt.noun == "%" else None
        if after_rate:
            mt.scope = _scope_in(after_rate.group(0)) or mt.scope  # "chiếm 80,6% ở cấp tỉnh"
        if mt.scope == "trung_tam" and state["default"] in ("huyen", "xa"):
            mt.scope = state["default"]  # a district's or commune's own centre
        if mt.scope and mt.scope.endswith("!"):
            mt.named, mt.scope = True, mt.scope[:-1]
        if mt.scope == "*":
            mt.scope, mt.several = None, True  # "hai cấp huyện và xã": several levels
        elif mt.scope == "national":
            mt.scope, mt.national = None, True
        if said is not None and any(r.regex.search(said.group(0)) for r in voc.of("national_attribution")):
            mt.scope, mt.national = None, True  # "Theo Thứ trưởng Bộ Nội vụ ..., cấp tỉnh giải quyết ..."
        body = next((b for r in voc.of("named_body") for b in r.regex.finditer(near)), None)
        mt.body = body is not None and _scope_in(near[body.end() :]) is None
        if mt.part == "y":
            prev = mentions[i - 1]
            channel = next(
                (
                    r
                    for r in voc.of("ratio_channel")
                    if prev.measure in r.nouns and r.regex.match(clause[mt.end : mt.end + 80])
                ),
                None,
            )
            if channel is not None and prev.part == "x":
                # "tiếp nhận 56.436/110.642 hồ sơ qua dịch vụ công trực tuyến": the channel is the part's
                prev.measure = channel.key
            mt.measure = next((r.value for r in voc.of("denominator") if r.key == prev.measure), prev.measure)
            mt.base = prev.base
            mt.body = prev.body  # "Sở Y tế có 21/24 TTHC": the Y is the body's too
            # "đạt 92,92/100 điểm": the maximum of a score's scale, no count of its own
            # (a full score, 18/18 điểm, too: the scale is no second value)
            mt.rejected = prev.rejected or any(
                r.key == mt.noun and r.regex.fullmatch(mt.raw.strip()) for r in voc.of("scale_noun")
            )
            # "đề ra 36 nhiệm vụ; ... hoàn thành 36/36 nhiệm vụ": the Y restates the total printed
            # before it in the paragraph (the plan, the PAKN received), no second fact
            # (bare văn bản after legal documents are those: "ban hành 219 VBQPPL và tự kiểm tra 219/219 văn bản")
            same = {mt.noun} | ({"VBQPPL"} if mt.noun == "văn bản" and state.get("legal_docs") else set())
            if (
                mt.noun not in (None, "%")
                and (
                    any((n, mt.raw.strip()) in state.get("counted", set()) for n in same)
                    or any(
                        m.part == "x"
                        and not m.rejected
                        and m.noun in same
                        and m.raw.strip() == mt.raw.strip()
                        for k, m in enumerate(mentions[: i - 1])
                        if mentions[k + 1].part != "y"
                    )
                    # "29/41 tổ chức đảng đã ... và 12/41 tổ chức đảng ...": the base printed again
                    # (not another body's base: "Sở Y tế có 21/24 TTHC ..., Ban Quản lý ... có 11/24 thủ tục")
                    or any(
                        m.part == "y"
                        and not m.rejected
                        and m.noun == mt.noun
                        and m.raw.strip() == mt.raw.strip()
                        and not any(r.regex.search(clause[m.end : mt.start]) for r in voc.of("named_body"))
                        for m in mentions[: i - 1]
                    )
                )
            ):
                mt.rejected = mt.restated = True
            prev_end = mt.end
            continue
        setting = any(
            r.key == mt.noun and r.regex.match((mt.unit or "") + clause[mt.end : mt.end + 60])
            for r in voc.of("setting_noun")
        )
        if setting and any(r.regex.search(before[-60:]) for r in voc.of("setting_act")):
            # "rà soát 3.401 cơ sở nhà, đất ..., trong đó ... 467/3.401 cơ sở": resources acted on, and the
            # parts of that count the clause lists after it, are work done
            state.setdefault("acted_settings", set()).add((clause, mt.noun))
        if target or any(
            r.regex.search(window) or r.regex.search(before[-60:]) for r in voc.of("reject_before")
        ):
            mt.rejected = True
        elif any(r.regex.search(clause[: mt.start]) for r in voc.of("setting_before")):
            # "công khai địa chỉ ... của 126 điểm phục vụ, 12 chi nhánh và 30 điểm tiếp nhận": the members of
            # the setting a clause lists (a network, a ceremony's recipients, a ranking), the whole list
            mt.rejected = True
        elif any(r.regex.search(before[-90:]) for r in voc.of("staff_before")):
            # "bố trí 6 quầy với 12 công chức": the staff of desks or divisions, whatever work is said of them
            mt.rejected = True
        elif _people_in_place(clause, mt, state, voc, mentions[i + 1 :]):
            # "Trung tâm bố trí 8 công chức và 2 người hợp đồng", "hiện có 01 Giám đốc, 01 Phó Giám đốc và
            # 02 công chức", "Sở Xây dựng 203 biên chế": staff in place, no change made to them
            mt.rejected = True
        elif setting and (clause, mt.noun) not in state.get("acted_settings", set()):
            # "bố trí 8 quầy tiếp nhận và 1 tổ công nghệ số", "duy trì 21 tổ ...", "có 67 quầy": resources in
            # place (desks, teams, service points, premises, members), no count of work done, whatever the verb
            mt.rejected = True
        elif mt.noun not in ("%", "điểm") and any(
            r.regex.search(before[-90:] + " <N> " + clause[mt.end : mt.end + 50])
            for r in voc.of("per_period")
        ):
            # "bình quân khoảng 100 hồ sơ mỗi ngày", "mỗi tuần tăng khoảng 2.000 hồ sơ": a figure per day,
            # week or month (an average, a rate of change) is derived, no count of the period's work
            mt.rejected = True
        elif any(
            r.regex.search(before[-40:] + " <N> " + clause[mt.end : mt.end + 80])
            for r in voc.of("ratio_to_period")
        ):
            # "bằng 205,6% số hồ sơ trực tuyến quý I năm 2022": this period's count as a share of another's
            mt.rejected = True
        elif any(mt.noun in r.nouns and r.regex.search(before[-80:]) for r in voc.of("sample_before")):
            mt.rejected = True  # "chọn 10 xã, phường trọng điểm để chạy thử": a sample chosen, no result
        elif _earlier_year(before, years_seen, voc, clause[mt.end :]):
            mt.rejected = True  # "năm 2023 đạt 85,39%; năm 2022 tỉnh chỉ đạt 75,99%": an earlier year's value
        elif any(r.regex.search(near) for r in voc.of("change_near")):
            mt.rejected = True
        elif (
            mt.noun == "%"
            and i
            and mentions[i - 1].noun not in (None, "%")
            and not re.match(r"\s*so\b", clause[mt.end :], re.I)
            and any(r.regex.search(clause[mentions[i - 1].end : mt.start]) for r in voc.of("change_of_prev"))
        ):
            mt.rejected = True  # "đạt 91,06 điểm ..., tăng 1,43%": the change of the figure before it
        elif mt.noun == "%" and any(r.regex.search(before[-120:]) for r in voc.of("threshold")):
            mt.rejected = True
        elif any(r.regex.search(clause[mt.end : mt.end + 90]) for r in voc.of("target_after")) and not any(
            r.regex.search(before[-60:]) for r in voc.of("finding_before")
        ):
            mt.rejected = True  # "55 dịch vụ cần tích hợp" (not what a check found: "qua rà soát xác định 186 văn bản cần sửa đổi")
        elif any(r.regex.search(clause[mt.end : mt.end + 40]) for r in voc.of("reject_after")):
            mt.rejected = True  # "30 - 50%", "1.007 thủ tục nói trên"
        elif mt.noun in structure_nouns and (
            any(r.regex.search(clause[: mt.start]) for r in voc.of("reorganised_into"))
            or any(r.regex.search(clause[mt.end : mt.end + 90]) for r in voc.of("unit_running"))
        ):
            # "hợp nhất 03 Ban Chỉ đạo ... thành 01 Ban": the body a merger leaves; "95 xã, phường ... đã
            # vận hành ổn định": units said to run, no count of anything done
            mt.rejected = True
        elif any(r.regex.search(clause[: mt.start]) for r in voc.of("prescribed") + voc.of("document_topic")):
            # "Nghị định ... quy định lãnh đạo Trung tâm gồm 01 Giám đốc": a legal text's content
            mt.rejected = True
        elif mt.noun in ("%", "điểm") and any(
            r.regex.search(masked[max(0, mt.start - 100) : mt.start]) for r in voc.of("change_superlative")
        ):
            mt.rejected = True  # "tăng nhiều nhất là Bình Thuận (6,39%)": the largest change, no value
        elif mt.noun in {r.key for r in voc.of("descriptive")} and any(
            r.regex.search(before[-40:]) for r in voc.of("group_member")
        ):
            mt.rejected = True  # "là một trong 5 tỉnh, thành phố ...": the group it belongs to
        elif any(r.regex.search(before[-40:]) for r in voc.of("group_before")) and any(
            r.regex.search(clause[mt.end : mt.end + 50]) for r in voc.of("group_after")
        ):
            mt.rejected = True  # "nằm trong nhóm 5 địa phương dẫn đầu", "một trong 10 phường lớn nhất"
        elif any(mt.noun in r.nouns and r.regex.search(clause[: mt.start]) for r in voc.of("index_frame")):
            mt.rejected = True  # "Bộ tiêu chí ... gồm 8 lĩnh vực, 37 tiêu chí": an index's make-up
        elif mt.noun in {r.key for r in voc.of("change_noun")} and any(
            r.regex.search(near) for r in voc.of("change_before")
        ):
            mt.rejected = True  # "đạt 87,33 điểm, tăng 2,86 điểm"
        elif (
            i
            and mentions[i - 1].rejected
            and mentions[i - 1].part == "x"
            and _RESTATED.match(masked[mentions[i - 1].end : mt.start])
        ):
            mt.rejected = True  # "giảm 158 (tương đương 5%)", "so với năm 2023 (78,66%)"
        if any(mt.noun in r.nouns and r.regex.search(before) for r in voc.of("multi_year")):
            mt.multi_year = True  # "Giai đoạn 2021 - 2024, tỉnh đã giảm 30 biên chế"
        if mt.noun == "%" and any(
            r.regex.search(clause[mt.end : mt.end + 120]) for r in voc.of("pending_base")
        ):
            mt.pending_base = True
        elif any(r.regex.search(near) for r in voc.of("change_before")) and (
            any(r.regex.search(sentence_rest) for r in voc.of("change_after"))
            or any(r.regex.search(clause) for r in voc.of("change_clause"))
        ):
            mt.rejected = True
        elif (
            i
            and mentions[i - 1].rejected
            and mentions[i - 1].noun == mt.noun
            and any(r.regex.search(near) for r in voc.of("change_list"))
            and any(r.regex.search(sentence_rest) for r in voc.of("change_after"))
        ):
            mt.rejected = (
                True  # "tăng 1,5% so với năm 2018 và gần 2,3% so với năm 2017": one change, two bases
            )
        if (
            mt.noun is None
            and re.match(r"\s*(?:trong|trên)\s+(?:tổng\s+)?số\s+\d", clause[mt.end :])
            and i + 1 < len(mentions)
            and mentions[i + 1].noun not in (None, "%")
        ):
            mt.noun, mt.unit = (
                mentions[i + 1].noun,
                mentions[i + 1].unit,
            )  # "115.665 trong tổng số 168.746 hồ sơ"
            mt.of_total = True
        prev_in_clause = mentions[i - 1] if i and mentions[i - 1].part == "x" else None
        if prev_in_clause is not None and prev_in_clause.measure_after:
            # "57.502 hồ sơ giải quyết đúng hạn, 187 hồ sơ giải quyết quá hạn": the measure
            # follows the noun, so the words before this number belong to the one before
            measure, where = _measure_in("", right, mt.noun)
            verb_tail = _OWN_VERB_TAIL.search(clause[prev_in_clause.end : mt.start])
            if verb_tail is not None and mt.noun not in (None, "%"):
                # "ban hành 27 văn bản chỉ đạo ... và hoàn thành 61/65 nhiệm vụ": a verb of its own right
                # after "và" starts this count's clause; the words before belong to the one before
                own, own_where = _measure_in(verb_tail.group(1), right, mt.noun)
                if own is not None and own_where == "near":
                    measure, where = own, own_where
            if measure is None and not (
                # "267 thủ tục đã được đơn giản hóa, 1.746 thủ tục thực hiện theo cơ chế một cửa":
                # a predicate of its own after the noun, none of the words before it
                mt.noun not in (None, "%")
                and any(r.regex.search(clause[mt.end : nxt]) for r in voc.of("own_predicate"))
            ):
                # the words before it read with its noun ("thi tuyển, xét tuyển và 412 viên chức")
                measure, where = _measure_in(near, mt.unit or "", mt.noun)
        else:
            measure, where = _measure_in(near, right, mt.noun)
        mixed = next(
            (
                r
                for r in voc.of("mixed_list")
                for listed in [r.regex.match(clause[mt.end : nxt])]
                if mt.noun in r.nouns
                and listed is not None
                # "công bố 77 TTHC mới, sửa đổi 8 thủ tục": the last verb is the next count's
                and not (i + 1 < len(mentions) and not clause[mt.end + listed.end() : nxt].strip())
            ),
            None,
        )
        if mixed is not None:
            measure, where = mixed.key, "right"  # "102 TTHC mới ban hành, sửa đổi, ... và bãi bỏ"
        last = state.get("last")
        if measure is None and last is not None and last.clause == clause and last.noun == mt.noun:
            cut_and_left = (last.unit or "") + clause[last.end : mt.start]
            measure = next(
                (r.key for r in voc.of("remaining") if mt.noun in r.nouns and r.regex.search(cut_and_left)),
                None,
            )  # "cắt giảm 8 đơn vị sự nghiệp công lập, hiện còn 564 đơn vị"
        if measure is None and noun_follows:
            follows_noun, printed, noun_end, _ = _noun_after(clause, mt.end)
            if follows_noun in ("PAKN", "PAKN về quy định"):
                # "100% phản ánh, kiến nghị ... đã được tiếp nhận và xử lý": the rows of that noun
                measure, where = _measure_in("", (printed or "") + " " + clause[noun_end:nxt], follows_noun)
            if measure is None:
                measure, where = _measure_in("", right, None)  # "100% hồ sơ được giải quyết đúng hạn"
            if measure is None:
                # the words after the noun printed after the percent, read past the noun's own commas
                # ("100% phản ánh, kiến nghị của tổ chức, cá nhân về TTHC đã được giải quyết") and an
                # aside without figures ("100% văn bản (trừ văn bản mật) được gửi dưới dạng điện tử")
                tail = re.sub(r"\([^()\d]*\)", lambda p: " " * len(p.group(0)), clause[noun_end:nxt])
                tail = re.split(r"[;()]|,(?!\s*\d\b)|\strong đó", tail, maxsplit=1)[0]
                measure, where = _measure_in("", (printed or "") + " " + tail, None)
                if measure is None:
                    measure, where = _measure_in("", (printed or "") + " " + tail, "%")  # a rate's own row
        if measure is None and mt.noun == "%" and _TIMELINESS_AFTER.match(clause, mt.end):
            measure, where = _measure_in("", right, None)  # "753 hồ sơ, 100% đúng và trước hạn"
        if measure is None and mt.noun == "%" and _OF_THOSE.match(clause, mt.end):
            # "tiếp nhận 137 hồ sơ, 99,3% trong số đó được nộp trực tuyến": a share of the count
            # before it, its measure printed after it
            measure, where = _measure_in("", clause[_OF_THOSE.match(clause, mt.end).end() : nxt], None)
            mt.of_prev = measure is not None
        if (
            measure is None
            and mt.noun == "%"
            and last is not None
            and last.noun not in (None, "%")
            and last.clause == clause
            and _PART_SHARE.search(near)
        ):
            # "tiếp nhận 1.020 hồ sơ, trong đó gần 90% qua dịch vụ công trực tuyến": a share of the
            # count before it, its measure printed after it
            measure, where = _measure_in("", clause[mt.end : nxt], None)
            mt.of_prev = measure is not None
        elif (
            measure is not None
            and mt.noun == "%"
            and last is not None
            and last.noun not in (None, "%")
            and last.clause == clause
            and (
                _PART_SHARE.search(near)
                or (
                    any(r.regex.search(near) for r in voc.of("share_after_count"))
                    and any(r.regex.match(clause[mt.end : nxt]) for r in voc.of("share_after_count_measure"))
                )
            )
        ):
            # "tiếp nhận 2.963 hồ sơ, trong đó 64,3% hồ sơ nộp trực tuyến"; "tiếp nhận hơn 620 hồ sơ,
            # khoảng 98% nộp trực tuyến": the share of the count before it, whose noun or channel follows it
            mt.of_prev = True
        if (
            mt.noun == "%"
            and not mt.of_prev
            and last is not None
            and last.noun not in (None, "%")
            and last.clause == clause
            and any(r.regex.search(near) for r in voc.of("share_after_count"))
        ):
            channel = next(
                (r.key for r in voc.of("share_after_count_measure") if r.regex.match(clause[mt.end : nxt])),
                None,
            )
            if channel is not None:
                measure, where, mt.of_prev = channel, "right", True
        if measure is None and mt.noun == "%" and _THIS_RATE.search(near) and state.get("rate"):
            measure = state["rate"]  # "ở cấp xã, tỷ lệ này đạt 99,4%"
        if (
            last is not None
            and last.clause == clause
            and last.noun == mt.noun
            and mt.noun not in (None, "%")
            and last.measure
            and (
                (measure is None and _BASE_OF_LAST.fullmatch(near))
                # "1.216 TTHC trong tổng số 1.384 TTHC có yêu cầu nghĩa vụ tài chính": a base whose own
                # words after it name the kind the denominator row counts
                or (
                    where == "right"
                    and _BASE_OF_LAST.fullmatch(near) is not None
                    and any(r.key == last.measure for r in voc.of("denominator_kind"))
                )
                # the words before it are the count's before it ("43.535 hồ sơ trực tuyến trên tổng số")
                or (last.measure_after and re.search(_BASE_OF_LAST.pattern + "$", near, re.I) is not None)
            )
        ):
            # "43.535 hồ sơ trực tuyến trên tổng số 88.412 hồ sơ": the base of the count before it
            measure = next((r.value for r in voc.of("denominator") if r.key == last.measure), last.measure)
            mt.base_of = last
        mt.measure_after = where == "right"
        mt.near = near
        # "…, trong đó các sở, ban, ngành đạt 99,1%": the words that open the parts are no words of the item
        # (the "và" that joins the last item: "... của các sở, ban, ngành đạt 98,9% và của UBND các xã, phường đạt 96,4%")
        item = re.sub(r"^[\s,]*(?:và\s+)?(?:trong đó|riêng)?\b", "", near, flags=re.I)
        short = len(re.findall(r"[^\W\d]+", item)) <= (6 if mt.noun == "%" else 4) or (
            # the last item after the previous one's own words (tuyển dụng 283 công chức ..., 3 công chức theo
            # trường hợp đặc biệt và 2.683 viên chức): the list's verb is its measure too
            mt.noun == "người"
            and last is not None
            and last.noun == "người"
            and re.search(r"\svà\s*$", item) is not None
        )
        if (
            measure is None
            and last is not None
            and short
            and (
                last.noun == mt.noun
                or (mt.noun is None and last.noun != "%")
                or (mt.noun == "%" and last.noun == "%")
            )
        ):
            # an enumeration: "trong đó cấp tỉnh 1.561 TTHC, cấp huyện 290 TTHC",
            # "(cấp tỉnh: 1.602; cấp huyện: 250)", "cấp xã: 99,8%; cấp huyện: 98,6%"; the verb
            # before the first item read with this item's noun ("tuyển dụng 74 công chức, 906 viên chức")
            measure = (
                _measure_in(last.near, right, mt.noun)[0] if mt.noun not in (None, "%") else None
            ) or last.measure
            if mt.noun == "%":
                mt.base, mt.base_named, mt.rate_label = last.base, last.base_named, last.rate_label
            if (
                mt.noun is None
                and measure is not None
                and (
                    not re.match(r"\s*[^\W\d]", clause[mt.end :])
                    # "1.127 dịch vụ (313 một phần, 814 toàn trình)": a kind of the noun after the number
                    or any(r.regex.match(clause, mt.end) for r in voc.of("kind_after"))
                )
            ):
                mt.noun, mt.unit = last.noun, last.unit
        if (
            measure is None
            and mt.noun not in (None, "%")
            and last is not None
            and last.noun not in (None, "%")
            and last.measure
            and i
            and mentions[i - 1] is last
            and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", near)
        ):
            measure = (
                _measure_in(last.near, right, mt.noun)[0] or last.measure
            )  # "kiểm tra 06 sở và 03 UBND cấp huyện"
        if (
            measure is None
            and mt.noun not in (None, "%")
            and last is not None
            and last.noun == "%"
            and (last.measure or "").startswith("tỷ lệ ")
            and (
                last.clause == mt.clause or _PARTS_NEAR.match(near)
            )  # not "đạt 99%; đã chứng thực 3.480 hồ sơ"
        ):
            inherited = last.measure[len("tỷ lệ ") :]  # "đạt 99,2% (12.345/12.444 hồ sơ)"
            # a count whose own noun the rate's measure does not count keeps none ("chiếm 100% (so với văn
            # bản điện tử), có 18 văn bản giấy": paper documents are no electronic ones)
            measure = inherited if _measure_fits(inherited, mt.noun) else None
        if mt.noun == "%":
            labels = list(_RATE_LABEL.finditer(near))
            # "tỷ lệ hồ sơ ...": the noun of the rate, not its owner ("của các cơ quan ...")
            label = (
                re.split(r"\b(?:của|tại|ở|thuộc|trên|đối với)\b", near[labels[-1].end() :])[0]
                if labels
                else ""
            )
            named = _noun_in(label) if labels else None
            if named is not None and named[0] == "TTHC" and _TTHC_SETTLED.search(near[labels[-1].start() :]):
                named = ("hồ sơ", "hồ sơ")  # "tỷ lệ giải quyết TTHC đúng hạn": a rate of the dossiers settled
            rate_noun = named[0] if named else None
            # "hồ sơ tiếp nhận qua dịch vụ công trực tuyến chiếm 69,7%": a share whose noun is its subject
            mt.rate_label = bool(labels) or mt.rate_label or _SHARE_OF_NOUN.search(near) is not None
            mt.base_named = named is not None or mt.base_named
            if measure and measure.startswith("tỷ lệ") and last is not None and last.noun == "%":
                rate_noun = rate_noun or last.base
            if measure is not None and last is not None and last.noun == "%" and measure == last.measure:
                mt.rate_label = mt.rate_label or last.rate_label
            prev = state.get("last")
            if (
                prev is not None
                and prev.base_of is not None
                and prev.clause == clause
                and (measure is None or measure.removeprefix("tỷ lệ ") == prev.measure)
                and re.search(
                    r"^[^;\d]*,\s*(?:đạt|bằng|chiếm)(?:\s+tỷ lệ)?\s*$|^\s*(?:đạt|bằng)\s*$", near, re.I
                )
            ):
                # "1.216 TTHC trong tổng số 1.384 TTHC ..., đạt 87,86%": the rate of the count over its base
                measure, rate_noun = prev.base_of.measure, rate_noun or prev.base_of.noun
            elif (
                prev is not None
                and prev in mentions
                and prev.clause == clause
                and prev.measure is not None
                and (measure is None or measure.removeprefix("tỷ lệ ") == prev.measure)
                and re.search(
                    r"^(?:[^;\d]|(?<!\d)(?:19|20)\d\d(?!\d))*,\s*(?:đạt|bằng)(?:\s+tỷ lệ)?\s*$", near, re.I
                )
            ):
                # "giải ngân 3.128 tỷ đồng trên tổng kế hoạch vốn ... 4.215 tỷ đồng, đạt 74,21%": the rate of the
                # count before its denominator (denominator rows), not of the denominator
                k = mentions.index(prev)
                x = mentions[k - 1] if k else None
                if (
                    x is not None
                    and not x.rejected
                    and x.noun == prev.noun
                    and any(r.key == x.measure and r.value == prev.measure for r in voc.of("denominator"))
                ):
                    measure, rate_noun = x.measure, rate_noun or x.noun
            if measure is None and prev is not None and prev.noun != "%" and prev in mentions:
                # "22.800 hồ sơ trực tuyến (cấp tỉnh 8144, cấp huyện 9810, ...), đạt tỷ lệ 29,1%": the rate of
                # the total printed before the parenthesis of its parts, not of the last part
                paren_at = clause.rfind("(", 0, prev.start)
                paren_end = clause.find(")", prev.end)
                if (
                    paren_at != -1
                    and clause.rfind(")", 0, prev.start) < paren_at
                    and -1 < paren_end < mt.start
                ):
                    totals = [
                        o for o in mentions if o.end <= paren_at and o.noun == prev.noun and not o.rejected
                    ]
                    if (
                        totals
                        and totals[-1].measure
                        and re.fullmatch(r"[^;,()]*", clause[totals[-1].end : paren_at])
                    ):
                        prev = totals[-1]
            if measure is None and prev is not None and prev.noun != "%":
                own = _measure_in(near, "", prev.noun)[0]
                if own is not None and any(
                    r.key == own and r.value == prev.measure for r in voc.of("denominator")
                ):
                    # "gồm 44 nhiệm vụ và đến nay đã hoàn thành 100%": the share of the count before it
                    # that its verb says (the count is that verb's denominator)
                    measure = own
                else:
                    measure = prev.measure if not (prev.measure or "").startswith("tỷ lệ") else None
                rate_noun = rate_noun or prev.noun
            if measure and not measure.startswith("tỷ lệ"):
                measure = "tỷ lệ " + measure
            follows = _noun_after(clause, mt.end)[0] if noun_follows else None
            mt.base = (
                rate_noun
                or follows
                or mt.base
                or (prev.noun if prev is not None and prev.noun != "%" else None)
            )
            if not labels and not mt.base_named and mt.base and not follows and mt.base != "hồ sơ":
                mt.base_named = True  # "số giao dịch trực tuyến 2.004, chiếm 44%": a rate of that noun
        if measure is None:
            # "tinh giản 183 người ..., trong đó 37 công chức ... và 146 viên chức": the kinds of people a cut
            # of people lists are that cut's (a cut of posts keeps its parts uncoded: not listed here)
            measure = next(
                (
                    r.key
                    for r in voc.of("part_measure")
                    if (mt.unit or "") in r.nouns and r.regex.search(clause[: mt.start])
                ),
                None,
            )
        if (
            measure == "ban hành"
            and mt.noun == "văn bản"
            and mt.legal_docs
            and any(r.regex.search(clause[: mt.start]) for r in voc.of("legal_doc_issued"))
        ):
            # "HĐND và UBND tỉnh ban hành 94 VBQPPL, HĐND và UBND các xã, phường ban hành 257 văn bản": the
            # councils' documents of a paragraph about legal documents are legal documents too
            measure = "ban hành VBQPPL"
        mt.measure = measure
        mt.part_only = any(r.regex.search(clause) for r in voc.of("part_subject")) or (
            measure == STOCK
            and any(
                r.key == STOCK and r.regex.search(clause[mt.end : nxt]) for r in voc.of("stock_qualified")
            )
        )
        authority = _AUTHORITY_SCOPE.match(clause, mt.end) if measure == STOCK else None
        if authority:
            mt.scope = _scope_in(authority.group(0)) or mt.scope
        if mt.noun == "%" and measure and mt.rate_label and not _THIS_RATE.search(near):
            state["rate"] = measure
        if mt.noun is None and measure is None and state.get("last") is not None:
            # "phát hiện 07 tồn tại, hạn chế, đến nay đã khắc phục xong 06": a measure word kept for
            # the noun of the count before the bare number, which it counts
            seen = state["last"]
            if (
                seen.noun not in (None, "%")
                and seen.clause == clause
                and ";" not in clause[seen.end : mt.start]
            ):
                kept, _ = _measure_in(near, "", seen.noun)
                if kept is not None and kept != seen.measure:
                    measure = mt.measure = kept
        if mt.noun is None:
            # a bare number: a value only right after a measure word, counting the noun of
            # the mention next to it (``trong hạn 8.312, trễ hạn 814 hồ sơ``), or before a pending
            # verb (``đã xử lý xong 4, còn 1 đang xem xét``); a list may go on after it
            # (``đang giải quyết 960 và 671 hồ sơ phải bổ sung``)
            pending = next(
                (r.key for r in voc.of("bare_pending_after") if r.regex.match(clause, mt.end)), None
            )
            if pending is not None and state.get("last") is not None and re.search(r"\bcòn\s*$", near):
                measure = mt.measure = pending
            if (
                not re.search(r"[^\W\d]\s*:?\s*$", near)
                or measure is None
                or (
                    re.match(r"\s*[^\W\d]", clause[mt.end :])
                    and not re.match(r"\s*(?:và|hoặc)\s+\d", clause[mt.end :])
                    and not (pending is not None and measure == pending)
                )
            ):
                mt.rejected = True
            elif _RATE_LABEL.search(near):
                mt.noun, mt.unit = "%", "%"  # "Tỷ lệ hồ sơ đúng hạn: 98,5"
                mt.measure = measure if measure.startswith("tỷ lệ") else "tỷ lệ " + measure
            else:
                counted = re.search(r"\b(?:tổng số|số lượng|số)\s+", near, re.I)
                noun_before = _noun_in(near[counted.end() :]) if counted else None
                # "Tổng số hồ sơ tiếp nhận là 1.234."
                neighbour = next((o for o in mentions[i + 1 :] if o.noun and o.noun != "%"), None) or (
                    state.get("last") if state.get("last") is not None and state["last"].noun != "%" else None
                )
                if noun_before is not None:
                    mt.noun, mt.unit = noun_before
                elif neighbour is not None:
                    mt.noun, mt.unit = neighbour.noun, neighbour.unit
                    own = _measure_in(near, "", mt.noun)[0]
                    if (
                        own is not None
                        and own != measure
                        and own.startswith(measure)
                        and neighbour is state.get("last")
                    ):
                        # "tiếp nhận 22 phản ánh, kiến nghị ..., đã giải quyết xong 20": the measure of that noun
                        measure = mt.measure = own
                elif _noun_in(near) is not None:
                    mt.noun, mt.unit = _noun_in(near)
                else:
                    mt.rejected = True
        prev_end = mt.end
        if not mt.rejected:
            state["last"] = mt
    _part_of_total(clause, mentions)
    for prev, mt in zip(mentions, mentions[1:]):
        if mt.noun == "%" and prev.body and re.fullmatch(r"[^;\d()]{0,40}\(\s*", clause[prev.end : mt.start]):
            mt.body = (
                True  # "Sở Kế hoạch và Đầu tư có 1.018/1.254 hồ sơ trực tuyến (81,18%)": the body's share
            )
    for j, mt in enumerate(mentions):
        whole = next((w for w in reversed(mentions[:j]) if w.noun == mt.noun and w.part == "x"), None)
        if (
            mt.measure == STOCK
            and whole is not None
            and ";" not in clause[whole.end : mt.start]
            and (
                (
                    whole.measure not in (None, STOCK)
                    and not whole.rejected
                    and re.search(r"\b(?:gồm|bao gồm|trong đó)\b", clause[whole.end : mt.start], re.I)
                )
                or (
                    whole.part_only
                    and re.fullmatch(r"[^;\d]{0,80}?(?:,|\svà)\s*", clause[whole.end : mt.start])
                )
            )
        ):
            # "1.335 TTHC được tiếp nhận tại Trung tâm, gồm 1.303 TTHC thuộc thẩm quyền của các sở": a part
            # of another count, not a level's stock
            mt.part_only = True
    unit_rows = voc.of("unit_noun")

    def is_unit(m: _Mention, rule: str = "") -> bool:
        # the unit row's pattern, when it has one, must match the noun as printed; a row whose
        # nouns name rules is a unit for those rules only
        return any(
            r.key == m.noun and r.regex.search(m.unit or "") and (not r.nouns or rule in r.nouns)
            for r in unit_rows
        )

    for mt, following in zip(mentions, mentions[1:]):
        # "41/41 cơ quan và 486/512 đơn vị được phê duyệt ...": one verb after both subjects
        if (
            mt.measure is None
            and not mt.rejected
            and mt.noun not in (None, "%")
            and following.measure_after
            and re.fullmatch(r"[^;,.()]*\svà\s*", clause[mt.end : following.start])
            and not _SCOPE_AFTER.match(clause, mt.end)
        ):  # "332 TTHC cấp xã và 51 thủ tục liên thông
            mt.measure = following.measure
            for y in mentions:
                if y.part == "y" and y.start > mt.start and y.start < following.start and y.measure is None:
                    y.measure = next(
                        (r.value for r in voc.of("denominator") if r.key == mt.measure), mt.measure
                    )
    stock = [r.regex for r in voc.of("unit_stock")]
    formed = False  # a unit count of the clause was named as an old unit of a new one
    owned = False  # the count before was rejected as the owner of what is named
    for i, mt in enumerate(mentions):
        near = clause[mentions[i - 1].end if i else 0 : mt.start]
        prev_mention = mentions[i - 1] if i else None
        was_owned, owned = owned, False
        if mt.part == "y" and prev_mention is not None and prev_mention.rejected:
            mt.rejected = True
        elif is_unit(mt) and (
            any(r.regex.search(near) for r in voc.of("unit_formed"))
            or (
                formed
                and prev_mention is not None
                and prev_mention.rejected
                and re.fullmatch(r"[^;\d]{0,40}?\s(?:và|cùng)\s*", near) is not None
            )
        ):
            formed = True
            mt.rejected = True  # "thành lập trên cơ sở sáp nhập 3 xã ...": the old units of a new one
        elif (
            was_owned
            and is_unit(mt, "owner")
            and not mt.rejected
            and re.fullmatch(r"\s*(?:,|và|cùng|,\s*(?:và|cùng))\s*(?:các\s+)?", near) is not None
        ):
            mt.rejected = owned = True  # "của 19 bộ, cơ quan ngang bộ và 63 tỉnh": the next owner of the list
        elif (
            is_unit(mt, "owner")
            and not mt.rejected
            and any(r.regex.search(near) for r in voc.of("unit_owner"))
            # "đã nhận được báo cáo ... của 15 bộ, ngành và 34 tỉnh": the units that sent reports are counted
            and not any(r.regex.search(clause[: mt.start]) for r in voc.of("owner_counted"))
            and (
                mt.measure is None
                or (
                    prev_mention is not None
                    and prev_mention.noun not in (None, "%")
                    and not is_unit(prev_mention)
                )
            )
        ):
            mt.rejected = owned = (
                True  # "1.400 TTHC của 18 sở, ngành", "lệ phí thu được của 19 sở": their owners
            )
        elif (
            is_unit(mt, "owner")
            and not mt.rejected
            and not (i + 1 < len(mentions) and mentions[i + 1].part == "y")  # "của 25/30 bộ": a share done
            and any(r.regex.search(near) for r in voc.of("owned_before"))
            and not any(r.regex.search(clause[: mt.start]) for r in voc.of("owner_counted"))
        ):
            mt.rejected = owned = (
                True  # "trả kết quả giải quyết TTHC của 16 sở, ngành": the owners of what is named
            )
        elif is_unit(mt) and any(r.regex.search(near) for r in voc.of("unit_compared")):
            mt.rejected = True  # "dẫn đầu 63 tỉnh, thành phố về ..."
        elif (
            is_unit(mt, "new")
            and mt.measure is None
            and not mt.rejected
            and mt.part != "y"
            and not (
                i + 1 < len(mentions) and mentions[i + 1].part == "y"
            )  # "tại 58/58 đơn vị": a share done
            and (
                (is_unit(mt) and any(r.regex.search(near) for r in voc.of("unit_place")))
                or any(r.regex.search(clause[mt.end : mt.end + 60]) for r in voc.of("unit_new"))
            )
        ):
            mt.rejected = True  # "Tại 102 xã, ...", "5 xã mới ...": structure
        elif (
            (
                is_unit(mt)
                or (
                    # "huyện A có 11 đơn vị hành chính cấp xã, huyện B có 14 đơn vị": the word elided
                    is_unit(mt, "elided")
                    and any(p.noun == "đơn vị hành chính" and p.rejected for p in mentions[:i])
                )
            )
            and mt.measure is None
            and not _ACTED_ON.search(_ACTED_ON_END.split(clause[mt.end :], maxsplit=1)[0])
            # "có 9 huyện, thành phố đạt 100% hồ sơ đúng hạn": the units that reach a rate are counted
            and not any(r.regex.match(clause, mt.end) for r in voc.of("unit_achieved"))
            and (
                mt.noun == "đơn vị hành chính"
                or any(r.search(near) for r in stock)
                or (
                    prev_mention is not None
                    and prev_mention.rejected
                    and is_unit(prev_mention)
                    and re.fullmatch(
                        r"\s*(?:,|và|cùng|,\s*(?:và|cùng))\s*|[^;,\d]{0,30}\s(?:và|cùng)\s*", near
                    )
                )
            )
        ):
            mt.rejected = True  # "sau hợp nhất, tỉnh có 19 sở và 124 xã"
    descriptive = {r.key for r in voc.of("descriptive")}
    structure = None  # a count of đơn vị hành chính of the clause rejected as structure
    wholes: list[_Mention] = []  # counts of units or bodies of the clause, kept or not
    for mt in mentions:
        if mt.noun not in descriptive or mt.part == "y" or mt.measure is not None:
            continue
        whole = next((w for w in wholes if w.noun == mt.noun), None)
        wholes.append(mt)
        if (
            whole is not None
            and not mt.rejected
            and any(r.regex.search(clause[whole.end : mt.start]) for r in voc.of("whole_parts"))
        ):
            mt.rejected = True  # "125 Trung tâm ..., gồm 1 Trung tâm cấp tỉnh và 124 Trung tâm cấp xã"
            continue
        if mt.noun == "đơn vị hành chính" and mt.rejected:
            structure = mt
        elif mt.rejected:
            continue
        elif any(
            r.regex.search(clause[max(0, mt.start - 30) : mt.end + 80])
            or (re_at is not None and r.regex.search(clause[re_at.end() : mt.start]))
            for r in voc.of("unit_set_up")
            for re_at in [_first_match(voc.of("unit_reorganised"), clause[: mt.start])]
            if re_at is not None
        ):
            mt.rejected = True  # "Sau hợp nhất ..., tỉnh thành lập 64 Trung tâm ...": one per new unit
        elif any(r.regex.search(clause[mt.end : mt.end + 40]) for r in voc.of("unit_seat")):
            mt.rejected = True  # "có 2 cơ sở tại số ...", "4 phòng chuyên môn trực thuộc"
        elif (
            structure is not None
            and any(r.regex.search(clause[structure.end : mt.start]) for r in voc.of("unit_parts"))
            # a verb after the list closes (", bắt đầu vận hành") acts on the whole, not on its parts
            and not _ACTED_ON.search(
                re.split(r"[,)]", _ACTED_ON_END.split(clause[mt.end :], maxsplit=1)[0])[0]
            )
        ):
            mt.rejected = True  # "65 đơn vị hành chính cấp xã (61 xã và 4 phường)": its make-up
    _reorganised(clause, mentions, voc)
    _territory(clause, masked, mentions, voc)
    _evaluated_units(clause, masked, mentions, voc, descriptive)
    _subject_units(clause, masked, mentions, voc, descriptive)
    _set_and_earlier_clauses(clause, masked, mentions, voc, descriptive)
    _restated_share(clause, mentions, voc, descriptive)
    _result_clause(clause, mentions, voc)
    _parts_of_rejected(clause, mentions, voc, descriptive)
    state.setdefault("counted", set()).update(
        (m.noun, m.raw.strip())
        for k, m in enumerate(mentions)
        if m.part == "x"
        and not m.rejected
        and m.noun not in (None, "%")
        and not (k + 1 < len(mentions) and mentions[k + 1].part == "y")  # a count of its own, not an X
    )
    # a change made to people (nghỉ việc, tinh giản, điều động ...) said in this sentence: its later
    # clauses' people counts (khối quận, huyện có 34 người) are its parts, no staff in place
    sentence_ends = clause.rstrip().endswith((".", "!", "?"))
    acted = state.get("people_acted", False) or any(r.regex.search(clause) for r in voc.of("people_act"))
    state["people_acted"] = acted and not sentence_ends
    earlier = state.get("sentence_before", "")  # the sentence's earlier clauses
    for m in mentions:
        m.before_text = earlier + clause[: m.start]
    state["sentence_before"] = "" if sentence_ends else earlier + clause + " "
    return mentions


_LIST_JOIN = re.compile(r"\s*,?\s*(?:[^\W\d]+,?\s+){0,3}?(?:,|và|cùng|với)(?:\s*(?:và|cùng|với))?\s*", re.I)


_OWNS_NEXT = re.compile(
    r"(?:\bhiện có|\bcó|\bgồm)\s*(?:tổng cộng\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I
)


def _result_clause(clause: str, mentions: list[_Mention], voc: Vocabulary) -> None:
    """The last pass of the result classifier over one clause's mentions (rows ``structure_noun``,
    ``stative``, ``subject_predicate``, ``change_after_value`` of measures.csv):

    * a count of the unit's own make-up (a structure noun) with no measure, printed as what exists or
      what something belongs to (``Trung tâm có 36 quầy``, ``1.842 TTHC thuộc 135 lĩnh vực``), and
      the counts listed after it, are no results unless an act follows them as its subject
      (``có 9 đơn vị đạt ...``, ``136 cơ quan, đơn vị áp dụng ...``);
    * a percent or a score right after a value of the same noun, joined by a change word alone
      (``đạt 95,26%, tăng 4,11%``), is the change of that value."""
    structure = {r.key for r in voc.of("structure_noun")}
    stative = voc.of("stative")
    acted = voc.of("subject_predicate")
    changes = voc.of("change_after_value")
    measures = voc.of("measure")  # an act the vocabulary measures
    listed = False  # the mention before was rejected here as structure
    first = mentions[0].start if mentions else 0
    opening_stative = any(
        not r.nouns and not r.key and r.regex.search(clause[:first]) for r in stative
    ) and not any(r.regex.search(clause[:first]) for r in acted + measures)
    value_before: dict[str, _Mention] = {}  # the last kept value of each noun in the clause
    for i, mt in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        start = prev.end if prev is not None else 0
        near = clause[start : mt.start]
        if mt.part == "y":
            if prev is not None and prev.rejected:
                mt.rejected = True
            continue
        if not mt.rejected and mt.noun in ("%", "điểm"):
            before = value_before.get(mt.noun)
            if before is not None and any(
                mt.noun in r.nouns and r.regex.search(clause[before.end : mt.start]) for r in changes
            ):
                mt.rejected = True
        if (
            not mt.rejected
            and mt.noun == "%"
            and any(r.regex.search(near) for r in voc.of("threshold_bar"))
            and not _RATE_LABEL.search(near)
            and not re.search(r"\bchiếm\b", near, re.I)
            and _noun_after(clause, mt.end)[0] in (None, "%")
            and (
                any(m.noun in structure and m.part == "x" for m in mentions[:i])
                or any(r.regex.search(clause[: mt.start]) for r in voc.of("threshold_subject"))
            )
        ):
            mt.rejected = True  # "14 đơn vị đạt Chỉ số CCHC trên 80%": the bar the units reach
        container = any(
            (mt.noun in r.nouns or (r.key == "set" and mt.noun in structure))
            and r.regex.search(near)
            and (r.key != "of_count" or (prev is not None and prev.noun not in (None, "%", mt.noun)))
            for r in stative
        )
        if container and not mt.rejected:
            mt.rejected = listed = True  # "1.300 thủ tục thuộc 120 lĩnh vực": what the count belongs to
            continue
        if mt.rejected or mt.noun not in structure or mt.measure is not None:
            listed = mt.rejected and mt.noun in structure
            if not mt.rejected and mt.noun:
                value_before[mt.noun] = mt
            continue
        end = mentions[i + 1].end if i + 1 < len(mentions) and mentions[i + 1].part == "y" else mt.end
        # the act may follow the counts listed with it ("có 28/28 sở và 10/10 UBND cấp huyện thực hiện"),
        # not a count of another kind ("01 Trung tâm ..., với gần 1.000 cán bộ ... làm nhiệm vụ")
        stop = next(
            (
                m.start
                for m in mentions[i + 1 :]
                if m.start >= end and m.noun not in structure and m.part == "x"
            ),
            len(clause),
        )
        # the nouns of the counts listed after it are no act of theirs ("13 cơ quan ... và 01 tổ chức hành chính")
        tail = list(clause[:stop])
        for m in mentions[i + 1 :]:
            if end <= m.start < stop and m.noun in structure:
                tail[m.start : m.end] = " " * (m.end - m.start)
        after = re.split(r"\btrong đó\b|,?\s+với\b", "".join(tail)[end:stop], maxsplit=1)[0]
        if stop < len(clause):
            # "Hiện 63 ban ... có 1.528 cán bộ": what the bodies have is the next count, no act of theirs
            after = _OWNS_NEXT.sub("", after)
        part_of_kept = prev is not None and not prev.rejected and _PARTS_NEAR.search(near) is not None
        own_verb = any(r.regex.search(near) for r in acted + measures)
        printed_as_stock = not part_of_kept and (
            any(not r.nouns and not r.key and r.regex.search(near) for r in stative)
            # the clause opens on what exists ("Toàn tỉnh hiện có 209 bộ phận ..., 10 ... và 01 Trung tâm")
            or (opening_stative and not own_verb)
            # the next item of the same list ("15 sở, ban, ngành, 8 huyện, thị xã và 126 xã")
            or (listed and not own_verb and _LIST_JOIN.fullmatch(near) is not None)
        )
        if printed_as_stock and not any(r.regex.search(after) for r in acted + measures):
            mt.rejected = True
            listed = True
        else:
            listed = False
            value_before[mt.noun] = mt


_PUBLIC_UNITS = re.compile(r"\bsự nghiệp\b|\bĐVSN", re.I)
_LEFT_AFTER = re.compile(r"\bcòn\s*(?:lại\s+)?$", re.I)
_FROM_TO_END = re.compile(r"\bgiảm\s+từ\s+[\d.,]+[^;\d]{0,40}?\s(?:xuống|còn)\s+(?:còn\s+)?$", re.I)


def _reorganised(clause: str, mentions: list[_Mention], voc: Vocabulary) -> None:
    """A count of units or bodies that a reorganisation acts on (sắp xếp 16 cơ quan; 313 xã ... được sắp
    xếp thành 99 xã) is what it was applied to, and the count it leaves after it in the clause (còn 3 ban,
    thành 99 xã) the new structure: neither is a result. A cut (sắp xếp giảm 12 đơn vị) is not matched."""
    structure = {r.key for r in voc.of("structure_noun")}
    acted = None  # the last count of the clause a reorganisation acted on
    for mt in mentions:
        if mt.noun not in structure or mt.part == "y":
            continue
        if any(
            r.regex.search(clause[max(0, mt.start - 60) : mt.start]) for r in voc.of("reorganised_object")
        ) or any(r.regex.search(clause[mt.end : mt.end + 80]) for r in voc.of("reorganised_passive")):
            mt.rejected = True
            acted = mt
        elif acted is not None and any(
            r.regex.search(clause[acted.end : mt.start]) for r in voc.of("reorganised_outcome")
        ):
            mt.rejected = True
    # the bodies left after a cut (đã giảm 75 trường, hiện toàn tỉnh còn 422 trường; giảm từ 19 xuống 14 cơ quan
    # (giảm 26,3%), còn 83 phòng) and the far end of a cut's from-to (giảm từ 97 xuống 80 đơn vị): the new
    # structure, no result; not the public service units left (hiện còn 564 đơn vị sự nghiệp; từ 58 đơn vị xuống
    # còn 46 đơn vị sự nghiệp: the catalog's stock)
    cut = None
    for mt in mentions:
        if mt.noun not in structure or mt.part == "y" or mt.rejected:
            if mt.measure == "sắp xếp giảm" or _FROM_TO_END.search(clause[: mt.start]):
                cut = cut or mt
            continue
        public = mt.measure == "số đơn vị sự nghiệp" or _PUBLIC_UNITS.search(
            clause[: mt.start] + " " + (mt.unit or "")
        )
        if not public and _FROM_TO_END.search(clause[: mt.start]):
            mt.rejected = True
        elif cut is not None and not public and _LEFT_AFTER.search(clause[cut.end : mt.start]):
            mt.rejected = True
        if mt.measure == "sắp xếp giảm" or _FROM_TO_END.search(clause[: mt.start]):
            cut = cut or mt


def _territory_unit(clause: str, mt: _Mention, voc: Vocabulary, elided: bool = False) -> bool:
    """A count of administrative units (measures.csv ``territory_noun``): xã, huyện, đơn vị hành chính,
    thôn, tỉnh, or a bare ``đơn vị`` printed with its level (``563 đơn vị cấp xã``); with ``elided``, a
    bare ``đơn vị`` standing for them too."""
    if mt.part == "y":
        return False
    printed = (mt.unit or "") + clause[mt.end : mt.end + 30]
    return any(
        r.key == mt.noun and r.regex.search(printed) and (not r.nouns or elided)
        for r in voc.of("territory_noun")
    )


def _territory(clause: str, masked: str, mentions: list[_Mention], voc: Vocabulary) -> None:
    """The reorganisation of administrative units (communes, districts, hamlets merged: ``giảm 6 đơn vị
    hành chính cấp huyện và 560 đơn vị hành chính cấp xã``, ``còn 460 xã, giảm 20 xã``) changes a territory,
    not the unit's administrative work: its counts of administrative units, cut or left, and the share of
    the cut printed with them (``giảm 84 đơn vị, tương đương 65,1%``) are no results (measures.csv
    ``territory_noun``, ``territory_clause``, ``territory_share``). Units acted on otherwise (kiểm tra 12 xã,
    16/16 xã đã thành lập ...) keep their verdicts."""
    if not any(r.regex.search(masked) for r in voc.of("territory_clause")):
        return
    elided = any(_territory_unit(clause, m, voc) for m in mentions)
    cut = False  # a count of administrative units of the clause was rejected here
    for i, mt in enumerate(mentions):
        if i + 1 < len(mentions) and mentions[i + 1].part == "y":
            continue  # "16/16 xã đã hoàn thành": a share of units done keeps its verdict
        if mt.noun == "%" and cut and not mt.rejected:
            prev = mentions[i - 1] if i else None
            if (
                prev is not None
                and prev.rejected
                and any(r.regex.search(clause[prev.end : mt.start]) for r in voc.of("territory_share"))
            ):
                mt.rejected = True
            continue
        if not _territory_unit(clause, mt, voc, elided):
            continue
        if mt.measure is None or mt.measure == "sắp xếp giảm":
            mt.rejected = cut = True


def _listed_after(clause: str, prev: _Mention, mt: _Mention) -> bool:
    """mt is the next item of the list prev opens (``17 bộ, cơ quan ngang bộ và UBND 63 tỉnh``)."""
    return (
        re.fullmatch(
            r"\s*(?:,|và|cùng|,\s*(?:và|cùng))\s*(?:các\s+)?(?:UBND\s+)?", clause[prev.end : mt.start]
        )
        is not None
    )


def _evaluated_units(
    clause: str, masked: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set
) -> None:
    """Units printed as the set an index evaluates, ranks or surveys (``đối tượng đánh giá là 17 bộ ... và
    UBND 63 tỉnh``; ``công bố Chỉ số CCHC của các sở ... và UBND 21 huyện``; ``chỉ xếp trên 3 tỉnh``;
    ``63 tỉnh, thành phố được chia thành bốn nhóm``), and the next units of their list, are the index's
    frame, no count of their own (measures.csv ``unit_evaluated``, ``unit_evaluated_after``)."""
    prev_rejected: _Mention | None = None
    for i, mt in enumerate(mentions):
        if (
            mt.noun not in descriptive
            or mt.part == "y"
            or (i + 1 < len(mentions) and mentions[i + 1].part == "y")
        ):
            prev_rejected = None
            continue
        if (
            any(r.regex.search(masked[: mt.start]) for r in voc.of("unit_evaluated"))
            or any(r.regex.search(clause[mt.end : mt.end + 60]) for r in voc.of("unit_evaluated_after"))
            or (prev_rejected is not None and _listed_after(clause, prev_rejected, mt))
        ):
            mt.rejected = True
            prev_rejected = mt
        else:
            prev_rejected = None


def _subject_units(
    clause: str, masked: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set
) -> None:
    """A count of units or bodies printed as the subject of an act on dossiers counted after it (``40 xã,
    phường của thành phố đã tiếp nhận, xử lý 17.710 hồ sơ``; ``34 địa phương đã tiếp nhận 14,5 triệu hồ
    sơ``) says where the dossiers were handled: the dossiers are the fact, the units no count of their own
    (measures.csv ``unit_subject``: the object's nouns and the words between). A share of units (``16/16
    xã``) keeps its verdict."""
    rows = voc.of("unit_subject")
    for i, mt in enumerate(mentions):
        if mt.rejected or mt.noun not in descriptive or mt.part == "y":
            continue
        if i + 1 < len(mentions) and mentions[i + 1].part == "y":
            continue
        obj = next((o for o in mentions[i + 1 :] if o.part == "x" and o.noun not in descriptive), None)
        if obj is None or obj.rejected or obj.measure is None:
            continue
        between = masked[mt.end : obj.start]
        if any(obj.noun in r.nouns and r.regex.search(between) for r in rows):
            mt.rejected = True
    _subject_level(clause, masked, mentions, voc, descriptive)


def _subject_level(
    clause: str, masked: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set
) -> None:
    """The dossiers acted on by a count of communes or districts printed as their subject (``UBND 13 xã,
    thị trấn của huyện X giải quyết 21.457 hồ sơ, trong đó 21.402 hồ sơ đúng hạn``) are that level's: the
    clause's later figures take the level of the units (a unit named after ``của`` owns the units, not
    the dossiers), unless another level is printed between."""
    rows = voc.of("unit_subject")
    for i, mt in enumerate(mentions):
        if mt.noun not in descriptive or mt.part == "y" or not mt.rejected:
            continue
        if i + 1 < len(mentions) and mentions[i + 1].part == "y":
            continue
        obj = next((o for o in mentions[i + 1 :] if o.part == "x" and o.noun not in descriptive), None)
        if obj is None or obj.rejected or obj.noun is None:
            continue
        between = masked[mt.end : obj.start]
        if not any(obj.noun in r.nouns and r.regex.search(between) for r in rows):
            continue
        owner = re.match(r"^[^;\d]*?\s(của\s[^;\d]*)$", clause[mt.end : obj.start])
        level = _scope_in(clause[mt.start : mt.end])
        rest = between if owner is None else between[: len(between) - len(owner.group(1))]
        if level not in ("xa", "huyen") or _scope_in(rest) not in (None, level):
            continue
        printed = obj.scope  # the scope the dossiers got from the words before the units
        for later in mentions[i + 1 :]:
            if later.scope == printed:
                later.scope, later.named = level, False
        return


# the comma that closes a set's words (not the one inside a list of unit kinds: 19 tỉnh, thành phố có ...)
_SET_WORDS = re.compile(
    r"[;]|,(?!\s*(?:thành phố|thị xã|thị trấn|phường|xã|huyện|quận|ngành|ban|đơn vị)\b)", re.I
)


def _set_and_earlier_clauses(
    clause: str, masked: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set
) -> None:
    """Two kinds of clause opening (measures.csv): ``earlier_clause``, a clause that opens on the same period
    of an earlier year (``Cùng kỳ năm 2019, Sở chỉ tiếp nhận 47 hồ sơ ... trên tổng số 2.271 hồ sơ``), whose
    figures are all that period's; ``set_opening``, a count that opens the clause as the set its figures are
    taken from, closed by a comma (``Trong 59 thủ tục được bổ sung, Sở ... có 58 thủ tục``; ``Trong 16 bộ và 6
    cơ quan ngang bộ, Bộ Tài chính được giao nhiều biên chế nhất``): the set, not a count of its own, when
    nothing measures it and a later figure of the clause counts the same noun (or units of it)."""
    if any(r.regex.search(clause) for r in voc.of("earlier_clause")):
        for mt in mentions:
            mt.rejected = True
        return
    opening = next((r.regex.match(masked) for r in voc.of("set_opening") if r.regex.match(masked)), None)
    if opening is None:
        return
    close = masked.find(",", opening.end())
    if close < 0:
        return
    qualified = voc.of("set_qualified")
    inside = [
        m
        for m in mentions
        if opening.end() <= m.start < close
        and m.measure is None
        # "Trong 19 tỉnh, thành phố có Chỉ số CCHC trên 80%, ...": a set picked by what its members have or
        # concern is a count of its own
        and not any(r.regex.search(_SET_WORDS.split(masked[m.end :], maxsplit=1)[0]) for r in qualified)
    ]
    later = [m for m in mentions if m.start > close and not m.rejected]
    for mt in inside:
        if any(
            o.noun == mt.noun or (mt.noun in descriptive and o.noun in descriptive) or mt.noun in descriptive
            for o in later
        ):
            mt.rejected = True


def _restated_share(clause: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set) -> None:
    """The share of a change restated in parentheses right after a rejected count of units or bodies
    (giảm từ 137 xuống 51 xã (giảm 62,77%)) goes with the count: structure, no rate of its own."""
    restated = voc.of("restated_share")
    for prev, mt in zip(mentions, mentions[1:]):
        if (
            mt.noun == "%"
            and not mt.rejected
            and prev.rejected
            and prev.noun in descriptive
            and any(r.regex.search(clause[prev.end : mt.start]) for r in restated)
        ):
            mt.rejected = True


def _parts_of_rejected(clause: str, mentions: list[_Mention], voc: Vocabulary, descriptive: set) -> None:
    """The parts listed after a rejected count of units, bodies or people (the count, then 'trong đó'
    and its parts, no other figure between) share its verdict: a population's residents, a
    structure's border communes; not a part with a predicate of its own (trong đó 18 xã đạt chuẩn)."""
    rows = voc.of("rejected_parts")
    own = voc.of("rejected_parts_own")
    for i, whole in enumerate(mentions):
        if not whole.rejected or whole.part == "y":
            continue
        after = clause[whole.end : whole.end + 20].strip().lower()
        if whole.noun not in descriptive and not any(
            whole.noun in r.nouns or any(re.match(rf"{re.escape(n)}\b", after) for n in r.nouns) for r in rows
        ):
            continue  # a count whose noun the reader did not take up is still named after it
        for mt in mentions[i + 1 :]:
            if not any(r.regex.search(clause[whole.end : mt.start]) for r in rows):
                break  # a figure before 'trong đó': not the whole of what follows
            if not mt.rejected and not any(r.regex.search(clause[mt.end : mt.end + 40]) for r in own):
                mt.rejected = True


_DONE_AS = re.compile(r"\s(?:đã\s+|đều\s+)?được\s", re.I)


def _part_of_total(clause: str, mentions: list[_Mention]) -> None:
    """``26.473 trên tổng số 26.972 hồ sơ đã giải quyết xong được giải quyết đúng hạn``: a part
    X of a total Y whose measures are both printed after Y's noun, Y's before ``được`` and X's
    after it (with no ``được``, X has the measure printed and Y its denominator's)."""
    voc = vocabulary()
    for x, y in zip(mentions, mentions[1:]):
        if not x.of_total or x.measure is not None or x.rejected or y.rejected or y.noun in (None, "%"):
            continue
        nxt = next((m.start for m in mentions if m.start > y.start), len(clause))
        own = re.split(r"[;()]|,(?!\s*\d)", clause[y.end : nxt], maxsplit=1)[0]
        split = _DONE_AS.search(own)
        x_measure = _measure_in("", own[split.end() :] if split else own, y.noun)[0]
        if x_measure is None:
            continue
        y_measure = _measure_in("", own[: split.start()], y.noun)[0] if split else None
        x.measure = x_measure
        y.measure = y_measure or next(
            (r.value for r in voc.of("denominator") if r.key == x_measure), y.measure
        )


def mention_code(mt: _Mention, doc_scope: str) -> str | None:
    """The catalog row of a mention by measure_codes.csv (None when no row fits), moved to
    another row where its clause says so (measures.csv ``code_context``: what a review found
    and handled is BM2-3.2.x, not the check's BM2-2.2.x)."""
    code = _mention_code(mt, doc_scope)
    if code is None:
        return None
    return next(
        (r.key for r in vocabulary().of("code_context") if code in r.nouns and r.regex.search(mt.clause)),
        code,
    )


def _code_excluded(mt: _Mention, code: str | None = None) -> bool:
    """Whether the mention's clause (measures.csv ``code_excludes``, keyed by its measure) or the words of its
    sentence before it (``code_excludes_before``, keyed by its measure or by the row a phrase reader gave it:
    code) make its figure another programme's than its catalog row's: ``hoàn thành 67/83 nhiệm vụ của Đề án
    06``; ``vốn các chương trình mục tiêu quốc gia ... đã giải ngân``."""
    voc = vocabulary()
    if any(r.key == mt.measure and r.regex.search(mt.clause) for r in voc.of("code_excludes")):
        return True
    before = mt.before_text or (mt.clause or "")[: mt.start]
    return any(r.key in (mt.measure, code) and r.regex.search(before) for r in voc.of("code_excludes_before"))


def _mention_code(mt: _Mention, doc_scope: str) -> str | None:
    """The catalog row of a mention by measure_codes.csv (None when no row fits). A figure of
    one named unit (``phường Phú Xuân``) is no level's row unless that unit is the report's."""
    voc = vocabulary()
    noun = mt.base if mt.noun == "%" else mt.noun
    if (
        mt.legal_docs
        and (mt.noun != "%" or mt.base == "văn bản")
        and any(r.key == mt.measure for r in voc.of("legal_doc_measure"))
    ):
        noun = "VBQPPL"  # a check of the legal documents the paragraph named, printed as văn bản
    by_scope = voc.codes.get((mt.measure or "", noun or ""))
    printed = next(
        (
            r.key
            for r in voc.of("code_by_printed")
            if mt.measure in r.nouns and r.regex.fullmatch(mt.unit or "")
        ),
        None,
    )
    if printed is not None and mt.noun != "%":
        # "tinh giản biên chế đối với 19 công chức và 134 viên chức": the noun as printed names the row
        by_scope = voc.codes.get((printed, noun or "")) or by_scope
    if not by_scope and mt.noun == "%" and not mt.base_named:
        # a rate whose noun is not printed: the noun its measure counts ("tỷ lệ đúng hạn"),
        # or a rate row of its own ("tỷ lệ văn bản điện tử")
        default = next((r.value for r in voc.of("rate_noun") if r.key == mt.measure), None)
        by_scope = voc.codes.get((mt.measure or "", default or ""))
        if default is None and not mt.rate_label and any(r.key == mt.measure for r in voc.of("rate_own_row")):
            # "100% báo cáo định kỳ ... được gửi, nhận qua Hệ thống": a rate row of its own, keyed by %
            by_scope = voc.codes.get((mt.measure or "", "%"))
    if (
        not by_scope
        and mt.noun == "%"
        and mt.base_named
        and any(r.key == mt.measure and mt.base in r.value.split("|") for r in voc.of("rate_noun"))
    ):
        by_scope = voc.codes.get((mt.measure or "", "%"))  # "tỷ lệ văn bản ...", not "tỷ lệ cơ quan ..."
    printed_after = _noun_after(mt.clause, mt.end)[0] if mt.noun == "%" and mt.clause else None
    counts = next((r.value.split("|") for r in voc.of("rate_noun") if r.key == mt.measure), None)
    if printed_after not in (None, "%") and counts is not None and printed_after not in counts:
        return None  # "100% cơ quan ... sử dụng hệ thống này": a rate of other things than its row counts
    if (
        not by_scope
        or mt.national
        or mt.pending_base
        or mt.multi_year
        or (mt.named and mt.scope != doc_scope)
    ):
        return None
    if mt.body and any(r.key == mt.measure for r in voc.of("body_part")):
        return None  # "Sở Xây dựng có 186 TTHC": one body's part of a level's row
    if mt.body and len({b.group(0) for r in voc.of("named_body") for b in r.regex.finditer(mt.clause)}) > 1:
        return None  # "Sở Công Thương có 1.978/1.997 hồ sơ ..., Sở Tài chính 231/237": bodies compared
    if _code_excluded(mt):
        return None  # "hoàn thành 67/83 nhiệm vụ của Đề án 06": another programme's tasks
    needs = [r.regex for r in voc.of("code_requires") if r.key == mt.measure]
    if needs and not any(n.search(mt.clause) for n in needs):
        return None  # "tích hợp thêm 59 dịch vụ công" with no national portal named
    if mt.merged or mt.part_only or (mt.listed and any(r.key == mt.measure for r in voc.of("list_part"))):
        return None
    if mt.several:
        # several levels together: a row of all levels, a row of any level, or the report's
        # own total (a province's figure over its three levels); never one level's row
        return by_scope.get("all") or by_scope.get("*") or by_scope.get("=")
    if mt.scope in by_scope:
        return by_scope[mt.scope]
    if mt.scope == doc_scope and "=" in by_scope:
        return by_scope["="]
    return by_scope.get("*")


# ---------------------------------------------------------------- entry point


def _section_number(paragraph: Paragraph, sections: list[Section]) -> str | None:
    if paragraph.section is None:
        return None
    return section_path(sections, paragraph.section.seq)


@lru_cache(maxsize=1)
def _measure_index() -> tuple[dict[str, list[frozenset]], dict[str, frozenset]]:
    """measures.csv read for :func:`_measure_fits`: each measure's rows' nouns, and the nouns
    each foreign_measure row forbids."""
    voc = vocabulary()
    nouns: dict[str, list[frozenset]] = {}
    for r in voc.of("measure"):
        nouns.setdefault(r.key, []).append(r.nouns)
    foreign: dict[str, frozenset] = {}
    for r in voc.of("foreign_measure"):
        foreign[r.key] = foreign.get(r.key, frozenset()) | r.nouns
    return nouns, foreign


def _measure_fits(measure: str, noun: str | None) -> bool:
    """Whether a measure may label a count of ``noun``: a measure whose vocabulary rows all name
    the nouns they count (measures.csv ``nouns``) fits those nouns only, and a foreign_measure
    row forbids its nouns."""
    nouns, foreign = _measure_index()
    if (noun or "") in foreign.get(measure, ()):
        return False
    rows = nouns.get(measure)
    return not rows or any(not n or (noun or "") in n for n in rows)


def parse_narrative(
    lines: list[Line], sections: list[Section], level: str | None = None, doc_type: str | None = None
) -> list[Observation]:
    """Observations stated by the running text of a document (see the module docstring).

    ``level`` is the unit level the metadata gives (tinh, huyen, xa): with the issuing body
    printed in the first lines it makes the default scope of the facts. A plan
    (``doc_type='ke_hoach'``) states targets: its quantity mentions are no facts.
    """
    out: list[Observation] = []
    seen: set[tuple] = set()
    spans: set[tuple] = set()  # (clause, offset) of every fact published
    codes_used: set[str] = set()
    doc_scope = document_scope(lines, level)
    mentions_on = doc_type != "ke_hoach"
    # a report with its Biểu mẫu tables: the tables give the coded values, the prose's
    # quantity mentions are published with measure and scope only
    mention_codes = not any(line.is_row for line in lines)
    repeated: dict[tuple, int] = {}  # uncoded facts by what they state: their paragraph
    parent: str | None = None  # the code of the last "-" item with children
    for paragraph in paragraphs(lines, sections or []):
        if paragraph.bullet != "+":
            parent = None
        section = _section_number(paragraph, sections or [])
        state: dict = {
            "default": doc_scope,
            "scope": None,
            "last": None,
            # a commune's PAKN are on the procedures it settles (BM3-3.4.x), unless sent by a channel of
            # the whole province (đường dây nóng 1022, an app): measures.csv pakn_channel
            "pakn_rules": bool(_PAKN_RULES.search(paragraph.context))
            or (
                doc_scope == "xa"
                and not any(
                    r.regex.search(paragraph.context + "\n" + paragraph.text)
                    for r in vocabulary().of("pakn_channel")
                )
            ),
            "section_target": any(
                r.regex.search(paragraph.context) for r in vocabulary().of("target_section")
            ),
        }
        # the items under "hồ sơ qua dịch vụ bưu chính công ích:" count one channel only
        paragraph_codes = mention_codes and not any(
            r.regex.search(paragraph.context) for r in vocabulary().of("context_nocode")
        )
        pending: list[tuple[_Found, str]] = []
        for clause in clauses(paragraph.text):
            printed = clause.text
            text = tone_normalized(printed)  # same length: offsets hold in both
            masked = mask_text(text)
            found: list[_Found] = []
            lv = read_label_value(text, masked, paragraph, parent)
            if lv is not None:
                found.append(lv)
                if paragraph.bullet != "+" and lv.code and _catalog().children(lv.code):
                    parent = lv.code
                change = read_change(text, masked, lv.span[1], lv.label)
                if change is not None:
                    found.append(change)
            for f in read_ratios(text, masked, paragraph) + read_phrases(text, masked, paragraph):
                if not any(f.span[0] < e and s < f.span[1] for s, e in (g.span for g in found)):
                    found.append(f)
            if mentions_on:
                found = _with_mentions(found, read_mentions(text, masked, state), doc_scope, paragraph_codes)
            pending.extend((f, printed) for f in found)
        pending = _earlier_periods(pending)
        _parts_of_catalog_rows(pending)
        _total_of_parts(pending)
        _stock_by_level(pending, doc_scope, paragraph_codes)
        _review_rows(pending)
        _received_split(pending)
        _tasks_given(pending)
        _settled_alone(pending)
        for f, text in pending:
            if (
                f.code
                and f.code in codes_used
                and "change_vs_prior" not in f.flags
                and f.confidence == MENTION_CODED_CONFIDENCE
            ):
                f.code, f.confidence = None, MENTION_CONFIDENCE
            from_mention = f.confidence in (MENTION_CONFIDENCE, MENTION_CODED_CONFIDENCE)
            obs = _observation(f, text, paragraph, section)
            if obs is None:
                continue
            evidence = evidence_confidence(f, text) if from_mention else None
            if evidence is not None:
                obs.confidence = evidence
            key = (
                (obs.indicator_code, obs.value, tuple(obs.flags))
                if obs.indicator_code
                else (obs.label, obs.value, tuple(obs.flags), obs.measure, obs.sentence, f.span[0])
            )
            if key in seen and obs.indicator_code and (text, f.span[0]) not in spans:
                # the same row and value printed again in another place ("gồm 96 nhiệm vụ; ...
                # hoàn thành 96/96 nhiệm vụ"): a fact of its own, without the code already given
                obs.indicator_code, obs.form = None, None
                obs.confidence = min(
                    obs.confidence, evidence if evidence is not None else evidence_confidence(f, text)
                )
                key = (obs.label, obs.value, tuple(obs.flags), obs.measure, obs.sentence, f.span[0])
            if key in seen:
                continue
            spans.add((text, f.span[0]))
            if not obs.indicator_code:
                # a figure a headline or an earlier paragraph already stated
                what = (obs.value, obs.measure_unit, obs.measure, obs.scope)
                if repeated.setdefault(what, paragraph.index) != paragraph.index:
                    continue
            seen.add(key)
            if obs.indicator_code:
                codes_used.add(obs.indicator_code)
            if obs.confidence < TRUSTED_CONFIDENCE and "change_vs_prior" not in obs.flags:
                obs.flag(
                    "unconfirmed_result"
                )  # for an analyst to see; review/report queues it by confidence only
            obs.seq = len(out)
            out.append(obs)
    return out


EVIDENCE_BASE = 0.5  # a quantity mention that passed every rejection
EVIDENCE_STEP = 0.1  # each independent piece of evidence that it is a result
EVIDENCE_APPROX = 0.05  # an approximation (trên, gần, khoảng) lowers it


def evidence_confidence(f: _Found, printed: str) -> float:
    """The confidence of a fact read by the quantity-mention reader, from how many independent pieces
    of evidence agree that it is a result of the report's period: a measure of the vocabulary was read
    for it, a mark of a thing done (``realis`` rows: đã, được, đạt ...) stands before it in its clause,
    and its noun counts an activity's output (a noun of the vocabulary that is no ``structure_noun``).
    All three give 0.8, the confidence of a trusted value; a catalog row adds nothing (a code read
    from prose is a guess of its own); an approximation takes 0.05 off, and a word the golds disagree on
    (``unsure_before`` rows: a proposal, đề xuất đơn giản hóa 7 thủ tục) one step."""
    voc = vocabulary()
    before = tone_normalized(printed)[: f.span[0]]
    structure = {r.key for r in voc.of("structure_noun")}
    noun = "%" if f.unit == "%" else (_noun_in(f.unit or "") or (None, None))[0]
    evidence = [
        f.measure is not None,
        any(r.regex.search(before) for r in voc.of("realis")),
        noun is not None and noun not in structure,
    ]
    confidence = EVIDENCE_BASE + EVIDENCE_STEP * sum(evidence)
    if "approximate" in f.flags:
        confidence -= EVIDENCE_APPROX
    if any(r.regex.search(before[-80:]) for r in voc.of("unsure_before")):
        confidence -= EVIDENCE_STEP
    return round(confidence, 3)


def _no_row_at_scope(mt: _Mention) -> bool:
    """Whether the mention's measure is one of measures.csv ``scoped_rows`` and measure_codes.csv gives
    it rows at named levels only, none of them its scope (a department's disbursement: the rows are the
    local governments' own): a phrase reader's code for it is dropped too."""
    voc = vocabulary()
    if not any(r.key == mt.measure for r in voc.of("scoped_rows")):
        return False
    noun = mt.base if mt.noun == "%" else mt.noun
    by_scope = voc.codes.get((mt.measure or "", noun or "")) or voc.codes.get(
        (mt.measure or "", mt.noun or "")
    )
    if not by_scope or mt.scope is None or {"*", "=", "all"} & by_scope.keys():
        return False
    return mt.scope not in by_scope


def _with_mentions(
    found: list[_Found], mentions: list[_Mention], doc_scope: str, codes: bool = True
) -> list[_Found]:
    """The findings of the phrase readers, given measure and scope from the mentions at their
    numbers, and the mentions no phrase reader read (those that are results)."""
    out = list(found)
    for mt in mentions:
        hit = next((f for f in found if f.span[0] <= mt.start < f.span[1]), None)
        if hit is not None:
            if mt.restated:
                # the ratio reader's Y of a total already read: the same quantity, read once; the
                # total printed before it in the clause takes the Y's row
                out.remove(hit)
                total = next(
                    (
                        g
                        for g in out
                        if g.code is None and g.unit == hit.unit and g.raw.strip() == hit.raw.strip()
                    ),
                    None,
                )
                if total is not None and hit.code:
                    total.code, total.confidence = hit.code, hit.confidence
                continue
            if mt.pending_base and hit.code and hit.unit == "%":
                hit.code, hit.confidence = None, MENTION_CONFIDENCE  # "(tính cả hồ sơ đang giải quyết)"
            hit.measure = hit.measure or mt.measure
            hit.scope = hit.scope or mt.scope
            if hit.code and mt.national:
                hit.code, hit.confidence = None, MENTION_CONFIDENCE  # "cả nước giải ngân ... đạt 93,06%"
            if hit.code and _no_row_at_scope(mt):
                hit.code, hit.confidence = (
                    None,
                    MENTION_CONFIDENCE,
                )  # "Sở Giao thông vận tải giải ngân ..., đạt 48,2%"
            if hit.code and _code_excluded(mt, hit.code):
                # "vốn ... được kéo dài sang năm 2025": the value stays, as sure as it was, without the row
                hit.code, hit.confidence = None, min(hit.confidence, MENTION_CONFIDENCE)
            if hit.code and mt.named and mt.scope != doc_scope:
                hit.code, hit.confidence = (
                    None,
                    MENTION_CONFIDENCE,
                )  # "xã Phú Vang ... đạt 99,81%": one unit's
            # a count the label reader found but could not place gets the mention's row; a
            # rate keeps the label reader's verdict (a rate's row is defined by its label)
            if (
                hit.code is None
                and codes
                and not mt.rejected
                and hit.unit != "%"
                and "change_vs_prior" not in hit.flags
            ):
                code = mention_code(mt, doc_scope)
                if code:
                    hit.code, hit.confidence = code, MENTION_CODED_CONFIDENCE
            continue
        if mt.rejected or mt.noun is None:
            continue
        code = mention_code(mt, doc_scope) if codes else None
        unit = "%" if mt.noun == "%" else mt.unit
        raw = mt.raw + ("%" if mt.noun == "%" else "")
        out.append(
            _Found(
                code,
                mt.measure or mt.noun,
                unit,
                raw,
                (mt.start, mt.start + len(mt.raw)),
                MENTION_CODED_CONFIDENCE if code else MENTION_CONFIDENCE,
                ("approximate",) if mt.approx else (),
                mt.measure,
                mt.scope,
                mt.rate_label or mt.of_prev,
                mt.of_prev,
            )
        )
    return out


def _own_year(before: str, voc: Vocabulary) -> int | None:
    """The year a figure is printed under: the last ``own_year`` mark before it in its clause."""
    year = None
    for r in voc.of("own_year"):
        for m in r.regex.finditer(before):
            year = int(m.group("y"))
    return year


def _earlier_periods(pending: list[tuple[_Found, str]]) -> list[tuple[_Found, str]]:
    """The time reference of a paragraph's facts (rows ``own_year``, ``span_year``, ``restated_later``):
    one quantity printed under several years (``Năm 2022, tỷ lệ ... đạt 91,3%; đến năm 2024 tỷ lệ này
    đạt 98,6%``) is a time series whose earlier points are earlier periods' values, no results of the
    report's (the same measure, or a later figure that restates it: ``tỷ lệ này``, ``tăng lên``);
    a figure over a span (``Lũy kế từ năm 2020 đến nay ... 1.356 biên chế``) is the cumulative context
    of a single year's figure of the same noun (``trong năm 2024 tinh giản 212 biên chế``). Figures of
    different things under different years are each their year's facts."""
    voc = vocabulary()
    spans = voc.of("span_year")
    restates = voc.of("restated_later")
    info = []  # (year, over a span, restates the quantity before it)
    for f, printed in pending:
        before = tone_normalized(printed)[: f.span[0]]
        span = any(r.regex.search(before) for r in spans)
        year = None if span or "change_vs_prior" in f.flags else _own_year(before, voc)
        info.append((year, span, any(r.regex.search(before) for r in restates)))
    if not any(y is not None for y, _, _ in info):
        return pending
    out = []
    for (f, printed), (year, span, _) in zip(pending, info):
        later = [
            (g, restated)
            for (g, _), (y, _, restated) in zip(pending, info)
            if g is not f and y is not None and (span or (year is not None and y > year))
        ]
        if span and any(g.unit == f.unit for g, _ in later):
            continue  # the cumulative figure beside the year's own
        if not span and any(
            g.unit == f.unit and (restated or (f.measure is not None and g.measure == f.measure))
            for g, restated in later
        ):
            continue  # an earlier point of the same series
        out.append((f, printed))
    return out


def _parts_of_catalog_rows(pending: list[tuple[_Found, str]]) -> None:
    """A paragraph that counts ``trước hạn`` apart from ``đúng hạn`` uses ``đúng hạn`` in a
    narrower sense than the catalog's (on time, early included): those get no code, unless the
    on-time count and an overdue count add up to the settled count (``giải quyết 736 hồ sơ, trong đó
    731 hồ sơ đúng hạn ...; 612 hồ sơ trả trước hạn, còn 5 hồ sơ trả quá hạn``): early is then within it."""

    def values(*measures: str) -> list[float]:
        return [v for f, _ in pending if f.measure in measures for v in [read_value(f.raw, f.unit)[0]] if v]

    settled, late = values("giải quyết"), values("giải quyết quá hạn")
    if any(abs(o + x - t) < 1e-6 for o in values("giải quyết đúng hạn") for x in late for t in settled):
        return
    if any(
        f.measure == "giải quyết đúng hạn" and r.regex.match(text, f.span[1], f.span[1] + 40)
        for f, text in pending
        for r in vocabulary().of("on_time_with_early")
    ):
        return  # "679 hồ sơ đúng và trước hạn (có 402 hồ sơ trước hạn)": the on-time count has early within it
    if any(f.measure in ("giải quyết trước hạn", "tỷ lệ giải quyết trước hạn") for f, _ in pending):
        both = vocabulary().of("rate_with_early")
        for f, text in pending:
            if (
                f.measure in ("giải quyết đúng hạn", "tỷ lệ giải quyết đúng hạn")
                and f.confidence == MENTION_CODED_CONFIDENCE
                and not (
                    f.unit == "%"
                    and any(r.regex.search(text[max(0, f.span[0] - 60) : f.span[0]]) for r in both)
                )  # "tỷ lệ đúng và trước hạn đạt 99,28%": the rate says early is within it
            ):
                f.code, f.confidence = None, MENTION_CONFIDENCE


def _review_rows(pending: list[tuple[_Found, str]]) -> None:
    """A paragraph that reviews legal documents (a BM2-3.1 or BM2-3.2.1 row read) and checks none
    (no BM2-2.1) hands what it handled to the review's rows, the moves of measures.csv ``code_context``
    that :func:`mention_code` makes within one clause: ``rà soát 1.134 văn bản ..., xác định 236
    văn bản cần xử lý; đến ngày 31/3/2026 đã xử lý xong 98 văn bản, đạt 41,53%`` is BM2-3.2.2 and
    BM2-3.2, not the check's BM2-2.2.x."""
    moves = {old: r.key for r in vocabulary().of("code_context") for old in r.nouns}
    acts = [f.measure for f, _ in pending if f.measure in ("kiểm tra VBQPPL", "rà soát VBQPPL")]
    if "kiểm tra VBQPPL" in acts and "rà soát VBQPPL" in acts:
        # both a check and a review (tự kiểm tra 214 văn bản, phát hiện 9 ...; rà soát 1.374 văn bản, kiến
        # nghị ... 148 văn bản): what each found and handled is of the act printed last before it
        act = None
        for f, _ in pending:
            act = f.measure if f.measure in ("kiểm tra VBQPPL", "rà soát VBQPPL") else act
            if act == "rà soát VBQPPL" and f.code in moves:
                f.code = moves[f.code]
        return
    codes = {f.code for f, _ in pending}
    if not ({"BM2-3.1", "BM2-3.2.1"} & codes) or "BM2-2.1" in codes or "kiểm tra VBQPPL" in acts:
        return
    for f, _ in pending:
        if f.code in moves:
            f.code = moves[f.code]


_TOTAL_LABEL = re.compile(r"^\s*tổng số\b", re.I)
_PARTS_INTRO = re.compile(r"\btrong đó\b|\bbao gồm\b|\bgồm\b|:", re.I)


def _total_of_parts(pending: list[tuple[_Found, str]]) -> None:
    """A coded count followed in its sentence by two or more parts whose rows are siblings in one group of the
    catalog takes that group's total row (``Tổng số ...``, a sibling of the parts) when it has another code:
    ``789 đơn vị sự nghiệp công lập, trong đó 7 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 38 ...`` is
    the total of form 6's autonomy group (BM6-2.1), not the stock of form 4 (BM4-1.5)."""
    cat = _catalog()
    for k, (f, text) in enumerate(pending):
        if not f.code or f.unit == "%":
            continue
        parts = [
            g for g, t in pending[k + 1 :] if t == text and g.code and g.code != f.code and g.unit != "%"
        ]
        groups = {(cat.get(g.code).form, cat.get(g.code).parent_code) for g in parts if cat.get(g.code)}
        codes = {g.code for g in parts}
        if len(codes) < 2 or len(groups) != 1:
            continue  # two parts of two rows at least, all of one group
        form, parent = groups.pop()
        own = cat.get(f.code)
        first = min(parts, key=lambda g: g.span[0])
        between = text[f.span[1] : first.span[0]]
        if (
            own is None
            or (own.form, own.parent_code) == (form, parent)
            or first.span[0] < f.span[1]
            or ";" in between
            or not _PARTS_INTRO.search(between)
        ):
            continue  # a part itself, or counts not printed as the parts of this one
        totals = [
            i
            for i in cat.form(form)
            if i.parent_code == parent and _TOTAL_LABEL.match(i.label) and i.indicator_code not in codes
        ]
        if len(totals) == 1 and totals[0].indicator_code != f.code:
            f.code = totals[0].indicator_code


_GOVERNMENT_TASKS = "nhiệm vụ Chính phủ giao"
_GIVEN_BY_GOVERNMENT = re.compile(r"(?:Chính phủ|Thủ tướng)[^;]{0,40}\bgiao\b", re.I)
_ON_TIME = re.compile(r"\bđúng (?:hạn|tiến độ|thời hạn)\b", re.I)
_DONE_LATE = re.compile(r"\bhoàn thành\s+(?:nhưng\s+)?(?:quá|trễ|chậm)\s+hạn\b", re.I)
_OWN_PLAN = re.compile(r"\bKế hoạch\s+(?:cải cách hành chính|CCHC)\b", re.I)


def _tasks_given(pending: list[tuple[_Found, str]]) -> None:
    """Tasks another body gave (``Trung ương giao 8 nhiệm vụ``) are not the unit's own plan:
    their counts and completions get no BM1-2 row. In a clause that says the Government or
    the Prime Minister gave them, tasks are the rows of BM1-5: their count BM1-5.1, those
    completed on time BM1-5.2 (a completion not said on time gets no row: BM1-5.3 counts the
    late ones)."""
    government = any(f.measure == _GOVERNMENT_TASKS for f, _ in pending)
    if not government and not any(f.measure == "nhiệm vụ được giao" for f, _ in pending):
        return
    codes = vocabulary().codes
    plan_said = (
        False  # the province's own CCHC plan named in this clause or one before it, no Government since
    )
    # the Government's tasks named in an earlier clause of the paragraph, no own plan since ("được Chính phủ,
    # Thủ tướng Chính phủ giao 353 nhiệm vụ; đã hoàn thành đúng hạn 283 nhiệm vụ, ...")
    given_said = False
    for f, text in pending:
        given_here = _GIVEN_BY_GOVERNMENT.search(text) is not None
        own_plan = _OWN_PLAN.search(text) is not None
        plan_said = (plan_said or own_plan) and not given_here
        given_said = given_here or (given_said and not own_plan)
        code = None
        in_clause = (
            government
            and f.unit != "%"
            and f.confidence in (MENTION_CODED_CONFIDENCE, MENTION_CONFIDENCE)
            and given_said
        )
        own = (
            re.split(r"[;,]", text[f.span[1] :], maxsplit=1)[0] + " " + _after_last_number(text[: f.span[0]])
        )
        if in_clause and f.measure in ("nhiệm vụ kế hoạch", _GOVERNMENT_TASKS):
            f.measure = _GOVERNMENT_TASKS
            code = codes.get((_GOVERNMENT_TASKS, "nhiệm vụ"), {}).get("*")
        elif in_clause and f.measure == "hoàn thành nhiệm vụ" and _ON_TIME.search(own):
            code = codes.get(("hoàn thành " + _GOVERNMENT_TASKS, "nhiệm vụ"), {}).get("*")
        elif in_clause and f.measure == "hoàn thành nhiệm vụ" and _DONE_LATE.search(own):
            # "hoàn thành nhưng quá hạn 2 nhiệm vụ": BM1-5.3
            code = codes.get(("hoàn thành quá hạn " + _GOVERNMENT_TASKS, "nhiệm vụ"), {}).get("*")
        elif not (f.code in ("BM1-2", "BM1-2.1", "BM1-2.2") and f.confidence == MENTION_CODED_CONFIDENCE):
            continue
        elif plan_said:
            continue  # "Kế hoạch CCHC năm 2026 của tỉnh đề ra 74 nhiệm vụ; đã hoàn thành 58": the plan keeps BM1-2
        f.code, f.confidence = code, MENTION_CODED_CONFIDENCE if code else MENTION_CONFIDENCE


def _after_last_number(text: str) -> str:
    """The words of text after its last number (the words before a figure that are its own)."""
    return re.split(r"\d[\d.,]*", text)[-1]


def _settled_alone(pending: list[tuple[_Found, str]]) -> None:
    """A level's settled count is the catalog's settled total (BM3-3.x.1, the base of its
    on-time rate) only in a paragraph that says it done, gives its timeliness (measures.csv
    ``settled_context``) or counts the dossiers received beside it; a settled count alone
    (``đến cuối ngày đã giải quyết 680 hồ sơ``) gets no code."""
    rows = vocabulary().of("settled_context")
    if any(r.regex.search(text) for _, text in pending for r in rows) or any(
        f.measure in ("tiếp nhận", "tiếp nhận mới") and f.unit != "%" for f, _ in pending
    ):
        return
    for f, _ in pending:
        if f.code in ("BM3-3.1.1", "BM3-3.2.1", "BM3-3.3.1") and f.confidence == MENTION_CODED_CONFIDENCE:
            f.code, f.confidence = None, MENTION_CONFIDENCE


def _received_split(pending: list[tuple[_Found, str]]) -> None:
    """BM7-6.4.1 counts the dossiers received as the base of the online share: a received
    count is that row only in a paragraph that also counts the online part; the online share
    (BM7-6.4) must be printed as a rate (``tỷ lệ hồ sơ nộp trực tuyến``) or stand beside
    that count (an online count without the received total gives its share no row). Other
    received counts and shares are facts without a code."""
    online_count = any(f.measure == "tiếp nhận trực tuyến" and f.unit != "%" for f, _ in pending)
    received = any(f.measure in ("tiếp nhận", "tiếp nhận mới") and f.unit != "%" for f, _ in pending) or any(
        r.regex.search(text) for _, text in pending for r in vocabulary().of("received_base")
    )  # "Trong tổng số hồ sơ Trung tâm tiếp nhận, có 751 hồ sơ được nộp trực tuyến": the total named as base
    # "tiếp nhận 139.506 hồ sơ, gồm 115.865 hồ sơ tiếp nhận mới ... và 23.641 hồ sơ kỳ trước
    # chuyển sang": the total counts the carried-over ones; the new ones are the received row
    carried = any(f.measure == "tiếp nhận mới" for f, _ in pending) and any(
        f.measure == "tồn kỳ trước" for f, _ in pending
    )
    # "tiếp nhận 137 hồ sơ, 99,3% trong số đó nộp trực tuyến": the online part given only as a
    # share is no split of the received total into counts (the benches disagree on it): no row
    # at the levels of share_split (a commune's own report), the received total with its online
    # share printed as its part ("tiếp nhận 600 hồ sơ, trong đó 97% nộp trực tuyến") is the pair
    split_levels = {r.key for r in vocabulary().of("share_split")}
    # (or printed as the rate of online dossiers beside it: "tiếp nhận hơn 21 nghìn hồ sơ, ..., tỷ lệ hồ sơ
    # trực tuyến đạt 85,75%")
    share_of = any(
        f.measure == "tỷ lệ tiếp nhận trực tuyến" and (f.of_prev or f.rate_label) and f.scope in split_levels
        for f, _ in pending
    )
    received_at = any(
        f.measure in ("tiếp nhận", "tiếp nhận mới") and f.unit != "%" and f.scope in split_levels
        for f, _ in pending
    )
    for f, _ in pending:
        if f.confidence != MENTION_CODED_CONFIDENCE:
            continue
        pair = share_of and received_at and f.scope in split_levels
        if (
            (f.code == "BM7-6.4.1" and (not (online_count or pair) or (carried and f.measure == "tiếp nhận")))
            or (f.code == "BM7-6.4.2" and not received)
            or (
                f.code == "BM7-6.4"
                and not (
                    (online_count and received) or (f.rate_label and not f.of_prev) or (pair and f.of_prev)
                )
            )
        ):
            f.code, f.confidence = None, MENTION_CONFIDENCE


STOCK = "TTHC thuộc thẩm quyền"
_PARTS_OPEN = re.compile(r"trong đó|bao gồm|\bgồm\b|\(|:", re.I)


def _stock_by_level(pending: list[tuple[_Found, str]], doc_scope: str, codes: bool) -> None:
    """A count of procedures followed by its parts of two or more levels (``công khai 1.650 TTHC,
    trong đó 1.300 TTHC cấp tỉnh, 350 TTHC cấp xã``) that add up to no more than it is the stock
    of procedures however it is worded (published, applied, managed), and its parts the stock
    of each level (BM3-1.4, BM3-1.4.1-3). Not internal procedures, not a decision's list
    (measures.csv ``stock_not``), not parts another measure names."""
    voc = vocabulary()
    tthc = next(r.regex for r in voc.of("noun") if r.key == "TTHC")
    internal = next(r.regex for r in voc.of("noun") if r.key == "TTHC nội bộ")
    by_scope = voc.codes.get((STOCK, "TTHC"), {})
    open_measures = (None, STOCK, "công bố TTHC")

    def of_tthc(f: _Found) -> bool:
        return bool(f.unit) and f.unit != "%" and tthc.fullmatch(f.unit.strip()) is not None

    for i, (whole, text) in enumerate(pending):
        if (
            not of_tthc(whole)
            or whole.measure not in open_measures
            or whole.code not in (None, "BM3-1.4")
            or internal.search(text)
            or any(r.regex.search(text[: whole.span[0]]) for r in voc.of("stock_not"))
        ):
            continue
        parts: list[_Found] = []
        for f, _ in pending[i + 1 :]:
            if (
                not of_tthc(f)
                or f.scope not in ("so_nganh", "huyen", "xa")
                or f.measure not in open_measures
                or "change_vs_prior" in f.flags
                or f.scope
                in {g.scope for g in parts}  # the levels listed, then other parts (74 TTHC tại cơ quan)
            ):
                break
            parts.append(f)
        if len(parts) < 2:
            continue
        first, first_text = next((f, t) for f, t in pending[i + 1 :] if f is parts[0])
        opening = (
            first_text[whole.span[1] : first.span[0]] if first_text == text else first_text[: first.span[0]]
        )
        if not _PARTS_OPEN.search(opening):
            continue  # "cấp tỉnh 43 thủ tục, cấp huyện 17 ...": itself a part
        total = read_value(whole.raw, whole.unit)[0]
        values = [read_value(f.raw, f.unit)[0] for f in parts]
        if total is None or None in values or sum(values) > total * 1.05:
            continue
        for f in [whole] + parts:
            f.measure = STOCK
            f.label = STOCK if f.label in open_measures + ("TTHC",) else f.label
        if doc_scope == "tinh":
            whole.scope = doc_scope
        if not codes:
            continue
        for f, code in [(whole, by_scope.get("all"))] + [(f, by_scope.get(f.scope)) for f in parts]:
            if code and f.code is None:
                f.code, f.confidence = code, MENTION_CODED_CONFIDENCE


def _observation(f: _Found, sentence: str, paragraph: Paragraph, section: str | None) -> Observation | None:
    value, flags = read_value(f.raw, f.unit)
    if value is None:
        return None
    obs = Observation(
        form=_form_of(f.code),
        stt=None,
        label=f.label,
        measure_unit=f.unit,
        value_raw=f.raw,
        origin=Origin.NARRATIVE,
        page=paragraph.page,
        confidence=f.confidence,
        value=value,
        indicator_code=f.code,
        section=section,
        sentence=sentence,
        measure=f.measure,
        scope=f.scope,
    )
    for flag in (*f.flags, *flags):
        obs.flag(flag)
    return obs
