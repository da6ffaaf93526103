"""The indicator catalog (Biểu mẫu 1–7) and the assignment of catalog codes to rows.

The catalog is data: ``normalize/reference/catalog.csv`` with the columns ``form``,
``code`` (full STT path in the template), ``parent_code``, ``label``, ``measure_unit``,
``kind``, ``formula`` (``num/den*100`` for ratio rows), ``sum_of`` (``a+b+c``: the row is
the total of these rows) and ``aliases`` (``|``-separated label variants the label
normalization cannot bridge). An indicator's code is ``BM<form>-<code>``.

How a table row gets its code (:func:`assign_codes`): never by the printed STT alone.
The rows of one run of a form (consecutive rows the table parser put in the same form) are
aligned, in order, with the catalog rows of that form and of the next one (a page break can
swallow a form's heading, so its rows arrive under the previous form). The alignment is
monotonic (order-preserving, like a sequence alignment) and maximises the sum of the row
scores, where a row score is

* the label similarity (rapidfuzz over :func:`normalize.labels.normalize_label` keys: exact,
  level-neutral, without parenthesised remarks; aliases count as labels),
* plus agreement of the unit with the catalog kind (``%`` on a percent row),
* plus position evidence: same full STT, same depth, and (second pass) the row's parent row
  got the catalog row's parent,
* minus a penalty when the catalog row sits in another form than the parser said.

Order carries the sibling evidence: a report that numbers Biểu mẫu 7's rows 6.4–6.8 where
the template has 6.1–6.5 still aligns 6.4 with 6.1, because the labels agree all along. A
row left out of the alignment but with a near-exact label in its form gets that code if
nothing else in the run took it (rows printed out of order). Unmatched rows keep a null code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from core.records import Observation
from normalize.labels import clean_label, normalize_label, strip_parentheticals
from normalize.units import unit_kind

CATALOG_PATH = Path(__file__).resolve().parent / "reference" / "catalog.csv"

KINDS = ("count", "percent", "money", "code", "group")

# scoring constants (similarities are 0..1)
MIN_GAIN_SCORE = 0.62  # a row score below this never aligns
MIN_LABEL_SIM = 0.55  # nor does a label this far from the catalog label
RESCUE_SCORE = 0.88  # an out-of-order row needs a near-exact label
OTHER_FORM_PENALTY = 0.12  # the catalog row sits in the next form
NEUTRAL_PENALTY = 0.03  # similarity reached only with level words neutralised
SHORT_PENALTY = 0.05  # similarity reached only without the parenthesised remarks
STT_BONUS = 0.06
DEPTH_BONUS = 0.02
PARENT_BONUS = 0.05
UNIT_BONUS = 0.04
UNIT_PENALTY = 0.10
MATCH_THRESHOLD = 0.75  # match_indicator: below this, no code

_ROMAN = re.compile(r"^[IVXLC]+$")


@dataclass(frozen=True)
class Indicator:
    """One catalog row."""

    indicator_code: str
    form: int
    code: str
    parent_code: str | None
    label: str
    measure_unit: str | None
    kind: str
    formula: str | None
    sum_of: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    template_version: str | None = None  # the template the row belongs to (581/BNV-CCHC)
    valid_from: date | None = None  # first day the row applies to a report's period
    valid_to: date | None = None  # last day (rows about cấp huyện: 2025-06-30)

    def applies_to(self, first: date | None, last: date | None = None) -> bool:
        """Whether the row applies to a report period (first..last day); True when unknown.
        A period that starts after ``valid_to`` (or ends before ``valid_from``) is outside."""
        if first is None:
            return True
        last = last or first
        if self.valid_to is not None and first > self.valid_to:
            return False
        if self.valid_from is not None and last < self.valid_from:
            return False
        return True

    @property
    def ratio_parts(self) -> tuple[str, str] | None:
        """(numerator, denominator) indicator codes of a ``num/den*100`` formula, else None."""
        if not self.formula:
            return None
        m = re.fullmatch(r"\s*([\d.]+)\s*/\s*([\d.]+)\s*\*\s*100\s*", self.formula)
        if not m:
            return None
        return (f"BM{self.form}-{m.group(1)}", f"BM{self.form}-{m.group(2)}")

    @property
    def sum_parts(self) -> tuple[str, ...]:
        """Indicator codes of the rows this row is the total of."""
        return tuple(f"BM{self.form}-{c}" for c in self.sum_of)

    @property
    def depth(self) -> int:
        return self.code.count(".") + 1


@dataclass
class Catalog:
    """The catalog with lookups by indicator code and by form, and label keys (computed on
    first use: publishing the ``catalog`` and ``indicators`` tables needs none)."""

    indicators: tuple[Indicator, ...]
    by_code: dict[str, Indicator] = field(default_factory=dict)
    by_form: dict[int, tuple[Indicator, ...]] = field(default_factory=dict)
    _position: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_code = {ind.indicator_code: ind for ind in self.indicators}
        forms: dict[int, list[Indicator]] = {}
        for i, ind in enumerate(self.indicators):
            forms.setdefault(ind.form, []).append(ind)
            self._position[ind.indicator_code] = i
        self.by_form = {k: tuple(v) for k, v in forms.items()}

    def _label_keys(self) -> tuple[list[int], list[str], list[str], list[str]]:
        """Label keys, one list entry per (indicator, label variant): owner, full, neutral, short."""
        keys: tuple[list[int], list[str], list[str], list[str]] | None = self.__dict__.get("_keys")
        if keys is None:
            keys = ([], [], [], [])
            for i, ind in enumerate(self.indicators):
                for text in (ind.label, *ind.aliases):
                    full, neutral, short = label_keys(text)
                    keys[0].append(i)
                    keys[1].append(full)
                    keys[2].append(neutral)
                    keys[3].append(short)
            self.__dict__["_keys"] = keys
        return keys

    @property
    def _variant_owner(self) -> list[int]:
        return self._label_keys()[0]

    @property
    def _keys_full(self) -> list[str]:
        return self._label_keys()[1]

    @property
    def _keys_neutral(self) -> list[str]:
        return self._label_keys()[2]

    @property
    def _keys_short(self) -> list[str]:
        return self._label_keys()[3]

    def get(self, indicator_code: str | None) -> Indicator | None:
        """The indicator of a code, or None."""
        return self.by_code.get(indicator_code) if indicator_code else None

    def form(self, number: int) -> tuple[Indicator, ...]:
        """The indicators of one Biểu mẫu, in template order."""
        return self.by_form.get(number, ())

    def children(self, indicator_code: str) -> tuple[Indicator, ...]:
        """The indicators whose parent is the given one."""
        ind = self.by_code.get(indicator_code)
        if ind is None:
            return ()
        return tuple(c for c in self.form(ind.form) if c.parent_code == ind.code)

    def position(self, indicator_code: str) -> int:
        """Index of an indicator in template order."""
        return self._position[indicator_code]

    def __len__(self) -> int:
        return len(self.indicators)


def label_keys(text: str) -> tuple[str, str, str]:
    """(exact key, level-neutral key, level-neutral key without parenthesised remarks)."""
    cleaned = clean_label(text)
    return (
        normalize_label(cleaned),
        normalize_label(cleaned, True),
        normalize_label(strip_parentheticals(cleaned), True),
    )


def _split(text: str | None, sep: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (text or "").split(sep) if p.strip())


def _date(text: str | None) -> date | None:
    text = (text or "").strip()
    return date.fromisoformat(text) if text else None


def read_catalog(path: Path | str = CATALOG_PATH) -> Catalog:
    """Read a catalog CSV (uncached)."""
    indicators = []
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            form = int(row["form"])
            code = row["code"].strip()
            kind = (row.get("kind") or "").strip() or "count"
            if kind not in KINDS:
                raise ValueError(f"catalog row BM{form}-{code}: unknown kind {kind!r}")
            indicators.append(
                Indicator(
                    indicator_code=f"BM{form}-{code}",
                    form=form,
                    code=code,
                    parent_code=(row.get("parent_code") or "").strip() or None,
                    label=row["label"].strip(),
                    measure_unit=(row.get("measure_unit") or "").strip() or None,
                    kind=kind,
                    formula=(row.get("formula") or "").strip() or None,
                    sum_of=_split(row.get("sum_of"), "+"),
                    aliases=_split(row.get("aliases"), "|"),
                    template_version=(row.get("template_version") or "").strip() or None,
                    valid_from=_date(row.get("valid_from")),
                    valid_to=_date(row.get("valid_to")),
                )
            )
    return Catalog(tuple(indicators))


@lru_cache(maxsize=4)
def load_catalog(path: str | None = None) -> Catalog:
    """The project's catalog (``normalize/reference/catalog.csv``), read once and cached."""
    return read_catalog(path or CATALOG_PATH)


def catalog_frame(catalog: Catalog | None = None):
    """The contract's ``catalog`` table as a DataFrame (form int8, the rest strings).

    Columns: indicator_code, form, code, parent_code, label, measure_unit, kind, formula,
    and the extra sum_of (``a+b``), aliases (``|``-separated), template_version, valid_from
    and valid_to (dates; None = open).
    """
    import pandas as pd  # lazily: only publishing builds this table, and a worker never imports pandas

    rows = catalog_rows(catalog)
    frame = pd.DataFrame(rows)  # the columns in catalog_rows' order
    frame["form"] = frame["form"].astype("int8")
    for col in frame.columns:
        if col not in ("form", "valid_from", "valid_to"):
            frame[col] = frame[col].astype("string")
    return frame


def catalog_rows(catalog: Catalog | None = None) -> list[dict]:
    """The rows of the ``catalog`` table (see :func:`catalog_frame`), as plain dicts."""
    catalog = catalog or load_catalog()
    return [
        {
            "indicator_code": i.indicator_code,
            "form": i.form,
            "code": i.code,
            "parent_code": i.parent_code,
            "label": i.label,
            "measure_unit": i.measure_unit,
            "kind": i.kind,
            "formula": i.formula,
            "sum_of": "+".join(i.sum_of) or None,
            "aliases": "|".join(i.aliases) or None,
            "template_version": i.template_version,
            "valid_from": i.valid_from,
            "valid_to": i.valid_to,
        }
        for i in catalog.indicators
    ]


# --- similarity ------------------------------------------------------------------------


def _sim_matrix(
    full: Sequence[str],
    neutral: Sequence[str],
    short: Sequence[str],
    catalog: Catalog,
    columns: Sequence[int],
) -> np.ndarray:
    """Label similarity (0..1) of each row against each catalog indicator in ``columns``."""
    col_set = {c: j for j, c in enumerate(columns)}
    variants = [v for v, owner in enumerate(catalog._variant_owner) if owner in col_set]
    out = np.zeros((len(full), len(columns)), dtype=np.float64)
    if not full or not variants:
        return out
    cf = [catalog._keys_full[v] for v in variants]
    cn = [catalog._keys_neutral[v] for v in variants]
    cs = [catalog._keys_short[v] for v in variants]
    s_full = np.maximum(
        process.cdist(full, cf, scorer=fuzz.ratio), process.cdist(full, cf, scorer=fuzz.token_sort_ratio) - 2
    )
    s_neutral = process.cdist(neutral, cn, scorer=fuzz.ratio) - NEUTRAL_PENALTY * 100
    s_short = process.cdist(short, cs, scorer=fuzz.ratio) - SHORT_PENALTY * 100
    best = np.maximum(np.maximum(s_full, s_neutral), s_short) / 100.0
    owners = np.array([col_set[catalog._variant_owner[v]] for v in variants])
    for j in range(len(columns)):
        mask = owners == j
        if mask.any():
            out[:, j] = best[:, mask].max(axis=1)
    return out


def _unit_class(unit: str | None) -> str | None:
    """``percent``, ``code``, ``other`` (a count or money unit) or None (no unit printed)."""
    text = clean_label(unit or "")
    if not text:
        return None
    kind = unit_kind(text)
    if kind is None:
        if "=" in text:
            kind = "code"
        elif "%" in text:
            kind = "percent"
    if kind in ("percent", "code"):
        return kind
    return "other"


def _unit_score(unit_class: str | None, ind: Indicator) -> float:
    """Bonus or penalty for a printed unit against the catalog kind."""
    if unit_class is None:
        return 0.0
    if ind.kind == "group":
        return -UNIT_PENALTY / 2
    if unit_class == "percent":
        return UNIT_BONUS if ind.kind == "percent" else -UNIT_PENALTY
    if unit_class == "code":
        return UNIT_BONUS if ind.kind == "code" else -UNIT_PENALTY
    return UNIT_BONUS if ind.kind in ("count", "money") else -UNIT_PENALTY


def _stt_parts(stt: str | None) -> tuple[str, ...] | None:
    if not stt:
        return None
    text = stt.strip().rstrip(".")
    if not re.fullmatch(r"\d+(?:\.\d+)*", text):
        return None
    return tuple(str(int(p)) for p in text.split("."))


def _position_score(parts: tuple[str, ...] | None, ind: Indicator) -> float:
    """Bonus for a row whose full STT equals the catalog code, or has its depth."""
    if parts is None:
        return 0.0
    code_parts = tuple(ind.code.split("."))
    if parts == code_parts:
        return STT_BONUS + DEPTH_BONUS
    if len(parts) == len(code_parts):
        return DEPTH_BONUS
    return 0.0


# --- alignment -------------------------------------------------------------------------


def _align(gain: np.ndarray) -> list[int | None]:
    """Order-preserving alignment of rows to columns maximising the summed positive gains."""
    n, m = gain.shape
    best = np.zeros((n + 1, m + 1))
    for i in range(1, n + 1):
        g = gain[i - 1]
        diag = np.where(g > 0, best[i - 1, :-1] + g, -np.inf)
        best[i, 1:] = np.maximum.accumulate(np.maximum(best[i - 1, 1:], diag))
    table = best.tolist()
    out: list[int | None] = [None] * n
    i, j = n, m
    eps = 1e-9
    while i > 0 and j > 0:
        here = table[i][j]
        if abs(here - table[i - 1][j]) < eps:
            i -= 1
        elif abs(here - table[i][j - 1]) < eps:
            j -= 1
        else:
            out[i - 1] = j - 1
            i, j = i - 1, j - 1
    return out


def _parents(obs: Sequence[Observation]) -> list[int | None]:
    """Index of each row's parent row inside the run (by full STT prefix), or None."""
    latest: dict[tuple[str, ...], int] = {}
    out: list[int | None] = []
    for i, o in enumerate(obs):
        parts = _stt_parts(o.stt)
        parent = None
        if parts and len(parts) > 1:
            parent = latest.get(parts[:-1])
        out.append(parent)
        if parts:
            latest[parts] = i
    return out


def _assign_run(obs: list[Observation], catalog: Catalog) -> None:
    """Assign codes to one run of table rows that the parser put in one form (or none)."""
    form = obs[0].form
    if form is not None and catalog.form(form):
        cols = [catalog.position(i.indicator_code) for i in catalog.form(form)]
        cols += [catalog.position(i.indicator_code) for i in catalog.form(form + 1)]
    else:
        cols = list(range(len(catalog)))
    inds = [catalog.indicators[c] for c in cols]
    keys = [label_keys(o.label or "") for o in obs]
    sim = _sim_matrix([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], catalog, cols)

    base = sim.copy()
    for r, o in enumerate(obs):
        parts = _stt_parts(o.stt)
        roman = bool(o.stt and _ROMAN.fullmatch(o.stt.strip().rstrip(".")))
        unit_class = _unit_class(o.measure_unit)
        for c, ind in enumerate(inds):
            score = _unit_score(unit_class, ind) + _position_score(parts, ind)
            if form is not None and ind.form != form:
                score -= OTHER_FORM_PENALTY
            if roman:
                score -= 0.3
            base[r, c] += score

    def gains(score: np.ndarray) -> np.ndarray:
        g = score - MIN_GAIN_SCORE
        g[sim < MIN_LABEL_SIM] = -1.0
        return g

    match = _align(gains(base))
    # second pass: parent evidence from the first alignment
    parents = _parents(obs)
    score2 = base.copy()
    for r, p in enumerate(parents):
        if p is None or match[p] is None:
            continue
        parent_ind = inds[match[p]]
        for c, ind in enumerate(inds):
            if ind.form == parent_ind.form and ind.parent_code == parent_ind.code:
                score2[r, c] += PARENT_BONUS
            else:
                score2[r, c] -= PARENT_BONUS
    match = _align(gains(score2))

    taken = {m for m in match if m is not None}
    for r, m in enumerate(match):
        if m is not None:
            continue
        order = np.argsort(-score2[r])
        for c in order[:3]:
            if c in taken or sim[r, c] < RESCUE_SCORE or score2[r, c] < RESCUE_SCORE:
                continue
            if form is not None and inds[c].form != form:
                continue
            match[r] = int(c)
            taken.add(int(c))
            break

    for o, m in zip(obs, match):
        if m is None:
            o.indicator_code = None
            continue
        ind = inds[m]
        o.indicator_code = ind.indicator_code
        if o.form != ind.form:
            o.form = ind.form
            o.flag("form_from_catalog")


def _runs(observations: Iterable[Observation]) -> list[list[Observation]]:
    """Consecutive table rows of the same parser form."""
    runs: list[list[Observation]] = []
    for o in observations:
        if o.origin != "table":
            continue
        if runs and runs[-1][0].form == o.form:
            runs[-1].append(o)
        else:
            runs.append([o])
    return runs


def assign_codes(observations: list[Observation], catalog: Catalog | None = None) -> None:
    """Give every table observation its catalog ``indicator_code`` (in place).

    Rows are matched by label, unit and position together (see the module docstring);
    a row that matches nothing keeps ``indicator_code = None``. When the row's label
    belongs to the form after the one the parser gave (a lost form heading), the row's
    ``form`` is set to the catalog's and flagged ``form_from_catalog``. Narrative
    observations are left alone.
    """
    catalog = catalog or load_catalog()
    main = [o for o in observations if is_current_column(o)]
    for run in _runs(main):
        _assign_run(run, catalog)
    _share_codes(observations)


def is_current_column(o: Observation) -> bool:
    """Whether an observation is the report's own period's value (``column`` current or
    unset); the other columns of a row (``previous``, ``plan``, ``cumulative`` ...) are
    published beside it but never matched, summed or chosen on their own."""
    return o.column in (None, "current")


def _share_codes(observations: list[Observation]) -> None:
    """The other columns of a row take the code and form its current value was given."""
    main: Observation | None = None
    for o in observations:
        if o.origin != "table":
            continue
        if is_current_column(o):
            main = o
        elif main is not None and main.stt == o.stt and main.label == o.label:
            o.indicator_code, o.form = main.indicator_code, main.form
            if "form_from_catalog" in main.flags:
                o.flag("form_from_catalog")


def match_indicator(
    label: str,
    form: int | None = None,
    unit: str | None = None,
    near_code: str | None = None,
    catalog: Catalog | None = None,
) -> tuple[str | None, float]:
    """The best catalog indicator for one label (e.g. from a narrative sentence).

    ``form`` restricts the search to one Biểu mẫu; ``unit`` (printed unit, ``%``...) adds the
    unit evidence; ``near_code`` (an indicator code seen nearby) favours its family (same
    parent or parent/child). Returns ``(indicator_code, score)`` with score in 0..1, or
    ``(None, best score)`` when nothing reaches :data:`MATCH_THRESHOLD`. Group rows are
    candidates like any other row.
    """
    catalog = catalog or load_catalog()
    if not label or not label.strip():
        return None, 0.0
    cols = (
        [catalog.position(i.indicator_code) for i in catalog.form(form)]
        if form is not None and catalog.form(form)
        else list(range(len(catalog)))
    )
    full, neutral, short = label_keys(label)
    sim = _sim_matrix([full], [neutral], [short], catalog, cols)[0]
    # a sentence may hold the label inside longer text
    partial = np.zeros_like(sim)
    if len(full) > 20:
        keys = [catalog._keys_full[v] for v, owner in enumerate(catalog._variant_owner)]
        owners = catalog._variant_owner
        col_index = {c: j for j, c in enumerate(cols)}
        scores = process.extract(full, keys, scorer=fuzz.partial_ratio, limit=None)
        for _, score, v in scores:
            j = col_index.get(owners[v])
            if j is not None and len(keys[v]) >= 0.5 * min(len(full), 200):
                partial[j] = max(partial[j], 0.92 * score / 100.0)
    sim = np.maximum(sim, partial)
    unit_class = _unit_class(unit)
    near = catalog.get(near_code)
    best_code, best_score = None, 0.0
    for j, c in enumerate(cols):
        ind = catalog.indicators[c]
        score = float(sim[j]) + _unit_score(unit_class, ind)
        if near is not None and ind.form == near.form:
            if ind.parent_code and ind.parent_code == near.parent_code:
                score += PARENT_BONUS
            elif ind.parent_code == near.code or near.parent_code == ind.code:
                score += PARENT_BONUS
        if score > best_score:
            best_code, best_score = ind.indicator_code, score
    best_score = min(best_score, 1.0)
    if best_score < MATCH_THRESHOLD:
        return None, best_score
    return best_code, best_score
