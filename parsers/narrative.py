"""Narrative facts: sentences of a report's running text that state an indicator's value.

Three readers look at every clause of every paragraph (:mod:`parsers.sentences`):

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

Before any value is read, the numbers that are never values are blanked (kind ``mask``:
dates, years, document and article numbers, ranks, phone numbers, ordinals, service levels).
A clause with target words (``tối thiểu``, ``phấn đấu``, ``trên``) states no result. A change
against an earlier period (``tăng 4,92% so với cùng kỳ``) after a value is kept as its own
observation flagged ``change_vs_prior`` and without a code.

Every observation has ``origin='narrative'``, ``stt=None``, ``form`` of its code (None when
uncoded), the label and unit as written, ``value_raw`` the number as written (with ``%``
when printed), ``value`` read by :func:`normalize.numbers.parse_number`, ``sentence`` the
clause, ``page`` the line's page, a confidence below a table row's (0.45–0.85), and
``section`` the dotted outline path of its section (``II.2.d``, ``II.5.1``: the number of
the section with its ancestors', so that ``d`` of one part is told from ``d`` of another).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from rapidfuzz import fuzz

from core.records import Line, Observation, Section
from normalize.catalog import label_keys, load_catalog, match_indicator
from normalize.numbers import parse_number
from normalize.units import is_known_unit
from parsers.sections import section_path
from parsers.sentences import Paragraph, clauses, paragraphs

PATTERNS_CSV = Path(__file__).resolve().with_name("narrative_patterns.csv")

NUMBER_CORE = r"(?:\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
NUMBER = r"(?<![\w.,/§-])" + NUMBER_CORE + r"(?![\w/§])"
MONEY = r"(?:triệu đồng|tỷ đồng|tỉ đồng|nghìn đồng|ngàn đồng|đồng|tỷ|tỉ|triệu|VNĐ|VND|trđ)"
MASK_CHAR = "§"

CODE_SCORE = 0.88        # a label matched to the catalog on its own needs this score
CHILD_SCORE = 0.80       # a "+" item matched among its rate's children needs this
PATTERN_CONFIDENCE = 0.75
RATIO_CONFIDENCE = 0.75
UNCODED_CONFIDENCE = 0.45
CHANGE_CONFIDENCE = 0.45

_NUM = re.compile(NUMBER)
_RATIO = re.compile(
    rf"(?<![\w.,/§])(?P<x>{NUMBER_CORE})\s*(?P<xu>[^\W\d]+(?:\s+[^\W\d]+){{0,2}})?\s*/\s*(?P<y>{NUMBER_CORE})(?![\w/§])"
    rf"\s*(?P<yu>[^\W\d]+(?:\s+[^\W\d]+){{0,2}})?\s*[,;(]?\s*(?:đạt|bằng|chiếm)?\s*(?:tỷ lệ|tỉ lệ)?\s*"
    rf"(?P<z>{NUMBER})\s*%", re.I)
_SEPARATOR = re.compile(r"(?:\s*(?::|\blà\b|\bđạt\b|\bước đạt\b|\bcó\b|\bđược\b|\bvới\b|\btỷ lệ\b|\btỉ lệ\b))+\s*$", re.I)
_TRAILING_TIME = re.compile(
    r"\s+(?:trong|tính đến|đến|từ|của)?\s*(?:quý\s+[IVX]+|năm\s+\d{4}|tháng\s+\d|\d+\s+tháng|kỳ báo cáo)[^,;:]*$",
    re.I)
_FOOTNOTES = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]+")
_PERCENT_NOUN = re.compile(r"^(?:tỷ lệ|tỉ lệ)\b", re.I)
_COUNT_NOUN = re.compile(r"^(?:tổng số|số lượng|số)\b", re.I)
_UNIT_WORDS = re.compile(r"\s*([^\W\d][^\s,;.()]*)(?:\s+([^\W\d][^\s,;.()]*))?(?:\s+([^\W\d][^\s,;.()]*))?")


# ---------------------------------------------------------------- pattern data

@dataclass(frozen=True)
class Pattern:
    kind: str
    code: Optional[str]
    context: Optional[re.Pattern]
    regex: Optional[re.Pattern]


def _compile(text: str) -> Optional[re.Pattern]:
    text = (text or "").strip()
    if not text:
        return None
    return re.compile(text.replace("{N}", NUMBER).replace("{MONEY}", MONEY), re.I)


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """The rows of ``narrative_patterns.csv``, compiled."""
    out = []
    with PATTERNS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            out.append(Pattern(row["kind"].strip(), (row.get("code") or "").strip() or None,
                               _compile(row.get("context")), _compile(row.get("pattern"))))
    return tuple(out)


_KINDS: list = [None, {}]     # the pattern table last seen, and its patterns by kind


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


def is_target(before_value: str, clause: str) -> bool:
    """Whether a clause states a target or an approximation rather than a result."""
    return any(p.regex.search(before_value) for p in _of_kind("target_before")) \
        or any(p.regex.search(clause) for p in _of_kind("target"))


# ---------------------------------------------------------------- catalog helpers

def _catalog():
    """The indicator catalog (cached by normalize.catalog)."""
    return load_catalog()


@lru_cache(maxsize=4096)
def _label_key(text: str) -> str:
    return label_keys(text)[0]


def _unit_fits(unit: Optional[str], kind: str) -> bool:
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


def match_child(label: str, parent_code: str) -> tuple[Optional[str], float]:
    """The child of a rate row whose label is closest to label, with its similarity."""
    best, best_score = None, 0.0
    key = _label_key(label)
    for child in _catalog().children(parent_code):
        score = max(fuzz.ratio(key, _label_key(child.label)),
                    fuzz.token_sort_ratio(key, _label_key(child.label))) / 100.0
        if score > best_score:
            best, best_score = child.indicator_code, score
    return (best, best_score) if best_score >= CHILD_SCORE else (None, best_score)


def _form_of(code: Optional[str]) -> Optional[int]:
    ind = _catalog().get(code) if code else None
    return ind.form if ind else None


def _confidence(score: float) -> float:
    """0.6 at the acceptance threshold up to 0.85 for an exact label."""
    return round(min(0.85, 0.6 + 0.25 * max(0.0, score - 0.75) / 0.25), 3)


# ---------------------------------------------------------------- values

_STOP_WORDS = {"tăng", "giảm", "đạt", "so", "và", "trong", "của", "là", "với", "bằng", "chiếm",
               "còn", "đã", "được", "trên", "tại", "từ", "đến", "cho", "ước"}
_SCALE_WORDS = {"ngàn", "nghìn", "triệu", "tỷ", "tỉ", "vạn"}


def unit_after(text: str, pos: int) -> tuple[Optional[str], int, bool]:
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
            if words[0].lower() in _SCALE_WORDS and not (n > 1 and words[1].lower() in ("đồng", "vnđ")) \
                    and len(words) > n and words[n].lower().split("/")[0] not in _STOP_WORDS:
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


def read_value(raw: str, unit: Optional[str]):
    """(value, flags) of a number as printed, or (None, []) when it reads as none."""
    reading = parse_number(raw, unit=unit, kind="percent" if unit == "%" else None)
    if reading.value is None:
        return None, []
    value = float(reading.value)
    if unit is None and value.is_integer() and 1900 <= value <= 2100:
        return None, []                                   # a year left unmasked
    return value, [f for f in reading.flags if f in ("ambiguous_number", "approximate")]


@dataclass
class _Found:
    code: Optional[str]
    label: str
    unit: Optional[str]
    raw: str
    span: tuple[int, int]
    confidence: float
    flags: tuple[str, ...] = ()


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
        if is_target(masked[:start][-40:], masked):
            continue
        unit = clause[m.start("u"):m.end("u")] if m.groupdict().get("u") else None
        raw = clause[start:end] + ("%" if unit == "%" else "")
        label = clause[m.start():m.end()].strip()
        out.append(_Found(p.code, label, unit, raw, (start, end), PATTERN_CONFIDENCE))
    return out


def read_ratios(clause: str, masked: str, paragraph: Paragraph) -> list[_Found]:
    """``X/Y, đạt Z%`` under a ratio topic → the rate and its two parts."""
    out = []
    m = _RATIO.search(masked)
    if not m:
        return out
    if is_target(masked[:m.start()][-40:], masked):
        return out
    cat = _catalog()
    for p in _of_kind("ratio"):
        if not _context_ok(p, clause, paragraph):
            continue
        rate = cat.get(p.code)
        if rate is None or rate.ratio_parts is None:
            continue
        num_code, den_code = rate.ratio_parts
        y_unit = clause[m.start("yu"):m.end("yu")].strip() if m.group("yu") else None
        x_unit = clause[m.start("xu"):m.end("xu")].strip() if m.group("xu") else y_unit
        label = _SEPARATOR.sub("", clause[:m.start()].rsplit(",", 1)[-1].strip(" ,;:-")).strip(" ,;:")
        if not 2 <= len(label.split()) <= 12:
            label = rate.label
        out.append(_Found(p.code, label, "%", clause[m.start("z"):m.end("z")] + "%",
                          m.span("z"), RATIO_CONFIDENCE))
        out.append(_Found(num_code, cat.get(num_code).label, x_unit,
                          clause[m.start("x"):m.end("x")], m.span("x"), RATIO_CONFIDENCE - 0.05))
        out.append(_Found(den_code, cat.get(den_code).label, y_unit,
                          clause[m.start("y"):m.end("y")], m.span("y"), RATIO_CONFIDENCE - 0.05))
        break
    return out


def _clean_label(label: str) -> str:
    label = label.strip(" ,;:-–+")
    if ":" in label:
        label = label.rsplit(":", 1)[1].strip()
    label = _SEPARATOR.sub("", label).strip(" ,;:")
    label = _TRAILING_TIME.sub("", label).strip(" ,;:")
    return label.replace(MASK_CHAR, "").strip()


def _noun_start(label: str) -> Optional[int]:
    """Where the indicator noun of a label starts (within its first words), if any."""
    noun = _of_kind("noun")
    words = list(re.finditer(r"\S+", label))
    for w in words[:5]:
        if any(p.regex.match(label[w.start():]) for p in noun):
            return w.start()
    return None


def read_label_value(clause: str, masked: str, paragraph: Paragraph,
                     parent: Optional[str]) -> Optional[_Found]:
    """A clause that starts with an indicator label and goes on with its value."""
    m = _NUM.search(masked)
    if not m:
        return None
    before = masked[:m.start()]
    if before.rstrip().endswith("/") or is_target(before[-40:], masked):
        return None
    label_text = clause[:m.start()]
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
    raw = clause[m.start():m.end()] + ("%" if unit == "%" else "")
    code, score = None, 0.0
    if parent is not None and paragraph.bullet == "+":
        code, score = match_child(label_text, parent)
    if code is None and start is not None:
        found, score = match_indicator(label_text, unit=unit if known else None)
        ind = _catalog().get(found)
        if found and score >= CODE_SCORE and _unit_fits(unit if known else None, ind.kind) \
                and not _shared_label(found):
            code = found
    if code is not None:
        return _Found(code, label_text, unit, raw, (m.start(), m.end()), _confidence(score))
    if paragraph.bullet and start is not None:
        percent = unit == "%"
        if bool(_PERCENT_NOUN.match(label_text)) != percent:
            return None                      # "Số lượng … 94,2%", "Tỷ lệ … 17 hệ thống"
        return _Found(None, label_text, unit, raw, (m.start(), m.end()), UNCODED_CONFIDENCE)
    return None


def read_change(clause: str, masked: str, after: int, label: str) -> Optional[_Found]:
    """``tăng 4,92% so với cùng kỳ`` after a value: a change, flagged and uncoded."""
    for p in _of_kind("change"):
        m = p.regex.search(masked, after)
        if m:
            unit = clause[m.start("u"):m.end("u")] if m.group("u") else None
            raw = clause[m.start("v"):m.end("v")] + ("%" if unit == "%" else "")
            return _Found(None, label, unit, raw, m.span("v"), CHANGE_CONFIDENCE,
                          ("change_vs_prior",))
    return None


# ---------------------------------------------------------------- entry point

def _section_number(paragraph: Paragraph, sections: list[Section]) -> Optional[str]:
    if paragraph.section is None:
        return None
    return section_path(sections, paragraph.section.seq)


def parse_narrative(lines: list[Line], sections: list[Section]) -> list[Observation]:
    """Observations stated by the running text of a document (see the module docstring)."""
    out: list[Observation] = []
    seen: set[tuple] = set()
    parent: Optional[str] = None          # the code of the last "-" item with children
    for paragraph in paragraphs(lines, sections or []):
        if paragraph.bullet != "+":
            parent = None
        section = _section_number(paragraph, sections or [])
        for clause in clauses(paragraph.text):
            text = clause.text
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
            for f in found:
                obs = _observation(f, text, paragraph, section)
                if obs is None:
                    continue
                key = (obs.indicator_code, obs.value, tuple(obs.flags)) if obs.indicator_code \
                    else (obs.label, obs.value, tuple(obs.flags))
                if key in seen:
                    continue
                seen.add(key)
                obs.seq = len(out)
                out.append(obs)
    return out


def _observation(f: _Found, sentence: str, paragraph: Paragraph,
                 section: Optional[str]) -> Optional[Observation]:
    value, flags = read_value(f.raw, f.unit)
    if value is None:
        return None
    obs = Observation(form=_form_of(f.code), stt=None, label=f.label, measure_unit=f.unit,
                      value_raw=f.raw, origin="narrative", page=paragraph.page,
                      confidence=f.confidence, value=value, indicator_code=f.code,
                      section=section, sentence=sentence)
    for flag in (*f.flags, *flags):
        obs.flag(flag)
    return obs
