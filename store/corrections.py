"""A person's corrections of values read, applied by every run.

The file: ``OUT/corrections.csv`` (or ``--corrections FILE``), UTF-8 (Excel's BOM is fine),
columns ``doc_id, form, stt, indicator_code, value, value_text, note, author`` (the
contract's), optionally ``source_file`` and ``seq`` (what ``cchc review`` writes in its
ready-to-edit lines). One row corrects one observation of one document:

* the key is ``doc_id`` with ``form`` + ``stt`` (a Biểu mẫu row), else ``doc_id`` with
  ``indicator_code`` (e.g. a narrative fact); when the key matches several observations,
  ``seq`` picks one, and without it the row is ``ambiguous`` and not applied;
* ``value`` (a number) or ``value_text`` (a word: Chưa, Không, x) is the corrected value.

Applying one: the observation keeps what was read in ``value_read``, gets the corrected
``value``/``value_text``, ``corrected = true`` and the correction's note and author in its
``note``; the flags a correction settles (kinds ``check``, ``reading``, ``ocr`` of
``core/flags.csv``) are dropped from it, and the document's checks run again, so a total
that now adds up loses its ``sum_mismatch`` and one that still does not keeps it. The
``indicators`` table is built after this, from the corrected values.

Never applied blindly: a row whose ``doc_id`` is not a document of the archive now (its file
changed: new bytes, new sha256; or it was removed) is ``stale``; one whose key matches no
observation is ``unmatched``; a malformed one is ``invalid``. Every row gets its status and
reason in the published ``corrections`` table and in the run's summary.

Corrections are applied to the observations as read (the per-document parts), never on top
of an earlier run's corrected rows, so removing a line from the file undoes it on the next
run.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from core.flags import SETTLED_BY_CORRECTION, kind_of
from core.records import Observation
from normalize.catalog import load_catalog
from normalize.checks import drop_details, recheck
from normalize.numbers import parse_number
from store.parts import read_part
from store.schema import CORRECTIONS, OBSERVATIONS, conform

FILE_NAME = "corrections.csv"
COLUMNS = ("doc_id", "form", "stt", "indicator_code", "value", "value_text", "note", "author")
OPTIONAL = ("source_file", "seq")

APPLIED, STALE, UNMATCHED, AMBIGUOUS, INVALID, SUPERSEDED = (
    "applied",
    "stale",
    "unmatched",
    "ambiguous",
    "invalid",
    "superseded",
)

# Observation fields kept in the observations table (the rest of a row is the document's).
_OBS_FIELDS = (
    "form",
    "stt",
    "label",
    "measure_unit",
    "value_raw",
    "note",
    "origin",
    "page",
    "bbox",
    "confidence",
    "value",
    "value_text",
    "value_meaning",
    "unit_canonical",
    "indicator_code",
    "printed_stt",
    "section",
    "sentence",
    "flags",
    "seq",
    "measure",
    "scope",
    "column",
    "flag_detail",
    "value_read",
    "corrected",
)


@dataclass
class Correction:
    line: int
    doc_id: str
    form: int | None
    stt: str | None
    indicator_code: str | None
    value: float | None
    value_text: str | None
    note: str | None
    author: str | None
    source_file: str | None = None
    seq: int | None = None
    status: str = ""
    reason: str | None = None

    def row(self) -> dict:
        return {k: getattr(self, k) for k in CORRECTIONS.names}


def default_path(out: Path) -> Path:
    return Path(out) / FILE_NAME


def _text(v: str | None) -> str | None:
    v = (v or "").strip()
    return v or None


def _number(text: str | None) -> tuple[float | None, bool]:
    """(value, ok) of a corrected value as typed: 809, 87.23, 87,23, 1.234.567."""
    if text is None:
        return None, True
    try:
        v = float(text)
        return (v, True) if math.isfinite(v) else (None, False)
    except ValueError:
        pass
    reading = parse_number(text)
    if reading.value is None or "ambiguous_number" in reading.flags or reading.denominator:
        return None, False
    return float(reading.value), True


def read_corrections(path: Path | None) -> list[Correction]:
    """The corrections of a file (none when it does not exist); malformed rows are ``invalid``."""
    if path is None or not Path(path).is_file():
        return []
    out: list[Correction] = []
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("doc_id", "value") if c not in (reader.fieldnames or [])]
        for i, raw in enumerate(reader, start=2):
            if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
                continue
            if (raw.get("doc_id") or "").lstrip().startswith("#"):
                continue  # a comment line
            get = lambda k, raw=raw: _text(raw.get(k)) if isinstance(raw.get(k), str) else None  # noqa: E731
            c = Correction(
                line=i,
                doc_id=get("doc_id") or "",
                form=None,
                stt=get("stt"),
                indicator_code=get("indicator_code"),
                value=None,
                value_text=get("value_text"),
                note=get("note"),
                author=get("author"),
                source_file=get("source_file"),
            )
            problems = []
            if missing:
                problems.append("the file has no " + " and no ".join(missing) + " column")
            if not c.doc_id:
                problems.append("no doc_id")
            for name in ("form", "seq"):  # whole numbers, written 6 or 6.0
                text = get(name)
                if text is not None:
                    try:
                        setattr(c, name, int(float(text)))
                    except ValueError:
                        problems.append(f"{name} {text!r} is not a number")
            c.value, ok = _number(get("value"))
            if not ok:
                problems.append(f"value {get('value')!r} is not a number (a word goes in value_text)")
            if c.value is None and c.value_text is None and ok:
                problems.append("neither value nor value_text")
            if not ((c.form is not None and c.stt) or c.indicator_code):
                problems.append("no key: give form and stt, or indicator_code")
            if problems:
                c.status, c.reason = INVALID, "; ".join(problems)
            out.append(c)
    return out


def _observation(row: dict) -> Observation:
    kw = {k: row.get(k) for k in _OBS_FIELDS}
    kw["flags"] = list(kw["flags"] or [])
    kw["bbox"] = tuple(kw["bbox"]) if kw["bbox"] else None
    kw["corrected"] = bool(kw["corrected"])
    kw["seq"] = int(kw["seq"] or 0)
    for name in ("value", "value_read", "confidence"):
        if kw[name] is not None and isinstance(kw[name], float) and math.isnan(kw[name]):
            kw[name] = None
    if kw["confidence"] is None:
        kw["confidence"] = 1.0
    return Observation(**kw)


def _row(base: dict, o: Observation) -> dict:
    row = dict(base)
    for k in _OBS_FIELDS:
        row[k] = getattr(o, k)
    row["bbox"] = list(o.bbox) if o.bbox else None
    return row


def _candidates(c: Correction, observations: list[Observation]) -> list[Observation]:
    if c.form is not None and c.stt:
        stt = c.stt.strip().rstrip(".")
        return [o for o in observations if o.form == c.form and (o.stt or "").rstrip(".") == stt]
    return [o for o in observations if o.indicator_code == c.indicator_code]


def _apply(c: Correction, o: Observation) -> None:
    if not o.corrected:
        o.value_read = o.value
        read_as = o.value_raw if o.value_raw is not None else o.value_text
    else:
        read_as = None
    o.value, o.value_text = c.value, c.value_text
    if c.value is None or o.value_read is None or c.value != o.value_read:
        o.value_meaning = None
    o.corrected = True
    who = f" by {c.author}" if c.author else ""
    said = f": {c.note}" if c.note else ""
    printed = f"read {read_as}" if read_as else "read blank"
    entry = f"corrected{who}{said} ({printed})"
    o.note = f"{o.note} | {entry}" if o.note else entry
    settled = [f for f in o.flags if kind_of(f) in SETTLED_BY_CORRECTION]
    for f in settled:
        o.flags.remove(f)
    drop_details(o, settled)


def _part_observations(store: Path, doc_id: str, version: str) -> pa.Table | None:
    try:
        return read_part(store, doc_id, version, "observations")
    except (OSError, ValueError, pa.ArrowException):
        return None


def apply_corrections(
    tables: dict[str, pa.Table], store: Path, entries: Iterable, path: Path | None
) -> pa.Table:
    """Apply the corrections of ``path`` to ``tables["observations"]`` (replaced in the dict);
    return the ``corrections`` table (every row of the file with its status and reason)."""
    corrections = read_corrections(path)
    obs = tables["observations"]
    docs = tables["documents"]
    current = {}
    for d, s, dup in zip(
        docs.column("doc_id").to_pylist(),
        docs.column("source_file").to_pylist(),
        docs.column("duplicate_of").to_pylist(),
    ):
        if dup is None:
            current[d] = s
    by_source = {s: d for d, s in current.items()}
    versions = {e.doc_id: e.version for e in entries}

    was_corrected = set()
    if obs.num_rows and "corrected" in obs.column_names:
        mask = pc.fill_null(obs.column("corrected"), False)
        was_corrected = set(pc.unique(obs.filter(mask).column("doc_id")).to_pylist())
    for c in corrections:
        if c.status:
            continue
        if c.doc_id not in current:
            c.status = STALE
            now = by_source.get(c.source_file) if c.source_file else None
            if now:
                c.reason = (
                    f"{c.source_file} changed since the correction was written (its bytes "
                    f"now have doc_id {now[:12]}…): check the value again and write a new line"
                )
            else:
                c.reason = "no document of the archive has this doc_id now (its file changed or was removed)"
    wanted = {c.doc_id for c in corrections if not c.status}
    touched = sorted((wanted | was_corrected) & set(current))
    if not touched:
        tables["observations"] = obs
        return _status_table(corrections)

    catalog = load_catalog()
    keep_mask = pc.invert(pc.is_in(obs.column("doc_id"), value_set=pa.array(touched, pa.string())))
    rebuilt: list[dict] = []
    for doc_id in touched:
        mine = obs.filter(pc.equal(obs.column("doc_id"), doc_id))
        part = _part_observations(store, doc_id, versions.get(doc_id, "")) if doc_id in versions else None
        source = current[doc_id]
        rows = (part if part is not None else mine).to_pylist()
        if part is None:
            for r in rows:  # no part to go back to: undo earlier corrections in place
                if r.get("corrected"):
                    r["value"], r["corrected"] = r.get("value_read"), False
        for r in rows:
            r["source_file"] = source
        rows.sort(key=lambda r: r.get("seq") or 0)
        observations = [_observation(r) for r in rows]
        for o in observations:
            o.corrected, o.value_read = False, None
        done: dict[int, Correction] = {}
        for c in corrections:
            if c.status or c.doc_id != doc_id:
                continue
            found = _candidates(c, observations)
            if len(found) > 1 and c.seq is not None:
                found = [o for o in found if o.seq == c.seq] or found
            if not found:
                key = f"form {c.form} stt {c.stt}" if c.form is not None and c.stt else c.indicator_code
                c.status, c.reason = UNMATCHED, f"no observation of {key} in this document"
                continue
            if len(found) > 1:
                c.status = AMBIGUOUS
                c.reason = (
                    f"{len(found)} observations match (seq "
                    + ", ".join(str(o.seq) for o in found)
                    + "): add the seq column"
                )
                continue
            o = found[0]
            if id(o) in done:
                done[id(o)].status, done[id(o)].reason = SUPERSEDED, f"line {c.line} corrects the same value"
            _apply(c, o)
            c.status, c.seq = APPLIED, o.seq
            c.source_file = c.source_file or source
            done[id(o)] = c
        recheck(observations, catalog)
        rebuilt.extend(_row(r, o) for r, o in zip(rows, observations))
    new = pa.Table.from_pylist(rebuilt, schema=OBSERVATIONS) if rebuilt else OBSERVATIONS.empty_table()
    merged = pa.concat_tables([conform(obs.filter(keep_mask), OBSERVATIONS), new])
    if merged.num_rows:
        merged = merged.sort_by([("source_file", "ascending"), ("seq", "ascending")])
    tables["observations"] = merged.combine_chunks()
    return _status_table(corrections)


def _status_table(corrections: list[Correction]) -> pa.Table:
    if not corrections:
        return CORRECTIONS.empty_table()
    return pa.Table.from_pylist([c.row() for c in corrections], schema=CORRECTIONS)


def summary(table: pa.Table) -> dict[str, int]:
    """Counts of the corrections table by status."""
    out: dict[str, int] = {}
    for s in table.column("status").to_pylist() if table.num_rows else []:
        out[s] = out.get(s, 0) + 1
    return out


def _missing(v) -> bool:
    if v is None:
        return True
    try:
        return bool(v != v)  # NaN (and pandas' NA) are missing
    except (TypeError, ValueError):
        return True


def csv_line(row: dict) -> str:
    """A ready-to-edit line of the corrections file for one observation (its current value)."""
    buf = io.StringIO()
    value = None if _missing(row.get("value")) else float(row["value"])
    if value is not None and value.is_integer():
        value = int(value)
    text = lambda k: "" if _missing(row.get(k)) else str(row[k])  # noqa: E731
    csv.writer(buf, lineterminator="").writerow(
        [
            text("doc_id"),
            "" if _missing(row.get("form")) else int(row["form"]),
            text("stt"),
            text("indicator_code"),
            "" if value is None else value,
            text("value_text"),
            "",
            "",
            text("source_file"),
            "" if _missing(row.get("seq")) else int(row["seq"]),
        ]
    )
    return buf.getvalue()


HEADER = ",".join(COLUMNS + OPTIONAL)

__all__ = [
    "apply_corrections",
    "read_corrections",
    "default_path",
    "csv_line",
    "summary",
    "HEADER",
    "Correction",
]


def not_applied(table: pa.Table) -> list[str]:
    """One line per correction that was not applied: where it is and why."""
    out = []
    for r in table.to_pylist() if table.num_rows else []:
        if r["status"] not in (APPLIED, SUPERSEDED):
            key = f"form {r['form']} stt {r['stt']}" if r["form"] is not None else (r["indicator_code"] or "")
            out.append(f"line {r['line']} ({r['doc_id'][:12]}… {key}): {r['status']} — {r['reason']}")
    return out
