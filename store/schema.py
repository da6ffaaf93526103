"""The published tables, each declared once: its columns, their types and meanings, and for a
per-document table where each value of a row comes from.

The pyarrow schemas (``DOCUMENTS``, ``OBSERVATIONS``, ... ``TABLES``), the row conversion of
``store.rows`` and the README's column tables (``tools/gen_docs.py``) are all made from the
declarations below; ``tests/test_schema.py`` fails when one of them disagrees with another or
with the published schemas of ``tests/data/published_schemas.json``.

``docs/CONTRACT.md`` fixes names, types and meanings of the contract columns, which come first,
in its order; the columns after them are extensions. A new column goes at the end of its table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import pyarrow as pa

from parsers.sections import section_path

UTC_TS = pa.timestamp("us", tz="UTC")
STRING, DATE, BOOL = pa.string(), pa.date32(), pa.bool_()
INT8, INT16, INT32, INT64 = pa.int8(), pa.int16(), pa.int32(), pa.int64()
FLOAT32, FLOAT64 = pa.float32(), pa.float64()

# Where a per-document row's value comes from: "record.attribute" (the records of one row are
# named result, meta, obs, section, task, page; see store.rows), a function of those records,
# or None (null; filled in at publish time).
Source = str | Callable[[dict], Any] | None


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    meaning: str
    source: Source = None

    def getter(self) -> Callable[[dict], Any]:
        """The function of a row's records that gives this column's value."""
        src = self.source
        if src is None:
            return lambda records: None
        if callable(src):
            return src
        record, _, path = src.partition(".")
        get = attrgetter(path)
        return lambda records: get(records[record])


@dataclass(frozen=True)
class Table:
    name: str
    one_row_per: str
    contract: tuple[Column, ...]  # docs/CONTRACT.md's columns, in its order
    extensions: tuple[Column, ...] = ()

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.contract + self.extensions

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([(c.name, c.type) for c in self.columns])


def _c(name: str, type_: pa.DataType, meaning: str, source: Source = None) -> Column:
    return Column(name, type_, meaning, source)


def _doc(name: str, type_: pa.DataType = STRING, meaning: str = "the document's, see documents") -> Column:
    """A column copied from the document a row belongs to."""
    record = "result" if name in ("doc_id", "source_file") else "meta"
    return Column(name, type_, meaning, f"{record}.{name}")


def _bbox(records: dict) -> list | None:
    bbox = records["obs"].bbox
    return list(bbox) if bbox else None


# Page.method → the pages table's method (the contract's words).
PAGE_METHODS = {"text_layer": "text", "transcoded": "transcoded", "ocr": "ocr", "failed": "failed"}


def _section_path(records: dict) -> str | None:
    return section_path(records["result"].sections, records["section"].seq)


DOCUMENTS_TABLE = Table(
    "documents",
    "input file, failures included",
    (
        _c("doc_id", STRING, "sha256 hex of the file's bytes", "result.doc_id"),
        _c("source_file", STRING, "path relative to `--raw`, `/`-separated", "result.source_file"),
        _c(
            "file_type",
            STRING,
            "`pdf`, `image`, `txt`, `html`, `docx`, `xlsx`, `xls`, `ods`, `doc`, `odt`, `rtf`",
            "result.file_type",
        ),
        _c("status", STRING, "`ok`, `partial` (some pages or parts failed), `failed`", "result.status"),
        _c("error", STRING, "null when ok; else why, in words", "result.error"),
        _c(
            "doc_type",
            STRING,
            "`bao_cao`, `ke_hoach`, `quyet_dinh`, `cong_van`, `tin_bai`, `other`",
            "meta.doc_type",
        ),
        _c("doc_number", STRING, "e.g. `061/BC-UBND`; null if none", "meta.doc_number"),
        _c("issue_date", DATE, "the document's date line", "meta.issue_date"),
        _c("title", STRING, "the document's title", "meta.title"),
        _c("issuer", STRING, "the issuing body", "meta.issuer"),
        _c("unit_id", STRING, "stable id of the administrative unit the report is about", "meta.unit_id"),
        _c("unit_name", STRING, "the unit's name as it was on the document's date", "meta.unit_name"),
        _c("unit_level", STRING, "`tinh`, `huyen`, `xa`", "meta.unit_level"),
        _c("province", STRING, "the province of the unit when the report was issued", "meta.province"),
        _c(
            "period",
            STRING,
            "`2022-Q3`, `2023-H1`, `2024-9M`, `2023`, `2025-M10`, `2021/2025`, ...",
            "meta.period",
        ),
        _c("period_start", DATE, "first day of the period", "meta.period_start"),
        _c("period_end", DATE, "last day of the period", "meta.period_end"),
        _c("page_count", INT32, "pages (sheets of a workbook); null for text exports", "result.page_count"),
        _c("pages_ocr", INT32, "pages whose text came from OCR", "result.pages_ocr"),
        _c(
            "ocr_confidence",
            FLOAT32,
            "mean OCR word confidence 0..1 over OCR pages; null if none",
            "result.ocr_confidence",
        ),
        _c(
            "n_observations",
            INT32,
            "rows this document contributed to `observations`",
            lambda records: len(records["result"].observations),
        ),
        _c(
            "pipeline_version", STRING, "version of the code that produced the row", "result.pipeline_version"
        ),
        _c("processed_at", UTC_TS, "when it was processed", "result.processed_at"),
    ),
    (
        _c(
            "province_after_2025",
            STRING,
            "the province the unit became part of in the 2025 reorganisation",
            "meta.province_after_2025",
        ),
        _c("size_bytes", INT64, "the file's size", "result.size_bytes"),
        _c("seconds", FLOAT32, "time spent processing it", "result.seconds"),
        _c(
            "duplicate_of",
            STRING,
            "the `source_file` of another file with the same bytes (set at publish time)",
        ),
        _c(
            "unit_source",
            STRING,
            "where the unit was read, strongest first: `header`, `title`, `body` (its own "
            "report phrase), `place_line`, `news_headline`, `news_lead`, `most_named`; null "
            "with no unit",
            "meta.unit_source",
        ),
    ),
)

OBSERVATIONS_TABLE = Table(
    "observations",
    "value read from a document (a Biểu mẫu row or a sentence)",
    (
        _doc("doc_id"),
        _doc("source_file"),
        _doc("unit_id"),
        _doc("unit_name"),
        _doc("province"),
        _doc("period"),
        _c("form", INT8, "Biểu mẫu number (1..7); null for facts outside a form", "obs.form"),
        _c(
            "stt",
            STRING,
            "the row's full hierarchical code in this document (`2.2.1`), roman for group rows",
            "obs.stt",
        ),
        _c(
            "indicator_code",
            STRING,
            "catalog code `BM<form>-<code>`; null when no catalog row matches",
            "obs.indicator_code",
        ),
        _c("label", STRING, "the row's label as printed, cleaned", "obs.label"),
        _c("measure_unit", STRING, "Đơn vị tính as printed, cleaned", "obs.measure_unit"),
        _c(
            "value",
            FLOAT64,
            "the number (`2.378.231` → 2378231, `44,64` → 44.64); null when none",
            "obs.value",
        ),
        _c("value_raw", STRING, "the value cell exactly as read", "obs.value_raw"),
        _c(
            "value_text",
            STRING,
            "a word given as the value (`Chưa`, `Không`, `x`); null otherwise",
            "obs.value_text",
        ),
        _c("note", STRING, "Ghi chú, joined across page breaks", "obs.note"),
        _c("origin", STRING, "`table` or `narrative`", "obs.origin"),
        _c("page", INT32, "1-based page of the source; null for text exports", "obs.page"),
        _c("confidence", FLOAT32, "0..1", "obs.confidence"),
        _c(
            "flags",
            pa.list_(STRING),
            "findings of the checks and readers (see the glossary)",
            lambda records: list(records["obs"].flags),
        ),
    ),
    (
        _c("seq", INT32, "order in the document", "obs.seq"),
        _c("printed_stt", STRING, "the STT as printed (`1.` under `2.2.`)", "obs.printed_stt"),
        _c("unit_canonical", STRING, "the measure unit's canonical form", "obs.unit_canonical"),
        _c("value_meaning", STRING, "the meaning of a coded answer (`Có` for 1)", "obs.value_meaning"),
        _c("bbox", pa.list_(FLOAT32), "x0, top, x1, bottom in PDF points", _bbox),
        _c("section", STRING, "outline number of the section a narrative fact sits in", "obs.section"),
        _c("sentence", STRING, "the sentence a narrative fact was read from", "obs.sentence"),
        _c(
            "measure",
            STRING,
            "what a narrative value counts (`tiếp nhận`, `giải quyết đúng hạn`, ...)",
            "obs.measure",
        ),
        _c(
            "scope",
            STRING,
            "the level or body it is about: `tinh`, `so_nganh`, `huyen`, `xa`, `trung_tam`",
            "obs.scope",
        ),
        _c(
            "column",
            STRING,
            "the value column's kind: `current`, `previous`, `plan`, `cumulative`, ...",
            "obs.column",
        ),
        _c("flag_detail", STRING, "the flags in words and numbers", "obs.flag_detail"),
        _c(
            "value_read",
            FLOAT64,
            "the value as read, before a correction or a reading chosen",
            "obs.value_read",
        ),
        _c("corrected", BOOL, "a person's correction replaced the value read", "obs.corrected"),
    ),
)

INDICATORS_TABLE = Table(
    "indicators",
    "(unit_id, period, indicator_code): the analyst's fact table",
    (
        _c("unit_id", STRING, "the unit"),
        _c("unit_name", STRING, "its name"),
        _c("province", STRING, "its province"),
        _c("period", STRING, "the period"),
        _c("period_start", DATE, "its first day"),
        _c("period_end", DATE, "its last day"),
        _c("indicator_code", STRING, "the catalog code"),
        _c("form", INT8, "Biểu mẫu number"),
        _c("label", STRING, "the catalog label"),
        _c("measure_unit", STRING, "the unit of measure"),
        _c("value", FLOAT64, "the value chosen for the key"),
        _c("value_text", STRING, "a word given as the value"),
        _c("doc_id", STRING, "the document the value was taken from"),
        _c("source_file", STRING, "its file"),
        _c("page", INT32, "its page"),
        _c("origin", STRING, "`table` or `narrative`"),
        _c("confidence", FLOAT32, "0..1"),
        _c("n_sources", INT32, "observations for this key"),
        _c("conflict", BOOL, "the observations of the key disagree on the value"),
    ),
)

SECTIONS_TABLE = Table(
    "sections",
    "heading of a document's outline",
    (
        _doc("doc_id"),
        _c("seq", INT32, "order in the document", "section.seq"),
        _c("level", INT8, "1 roman numeral, 2 `1.`, 3 `1.1.` or `a)`, 4 deeper", "section.level"),
        _c("number", STRING, "`II`, `2`, `2.1`, `a`", "section.number"),
        _c("title", STRING, "the heading", "section.title"),
        _c("parent_seq", INT32, "`seq` of the enclosing section", "section.parent_seq"),
        _c("page_start", INT32, "the page it starts on", "section.page_start"),
        _c("text", STRING, "its text", "section.text"),
    ),
    (_c("path", STRING, "outline path (`II.2.d`)", _section_path),),
)

CATALOG_TABLE = Table(
    "catalog",
    "canonical indicator of Biểu mẫu 1–7",
    (
        _c("indicator_code", STRING, "`BM<form>-<code>`"),
        _c("form", INT8, "Biểu mẫu number"),
        _c("code", STRING, "e.g. `3.3.1`"),
        _c("parent_code", STRING, "the code of the row above it"),
        _c("label", STRING, "the template's label"),
        _c("measure_unit", STRING, "the template's unit"),
        _c("kind", STRING, "`count`, `percent`, `money`, `code`, `group`"),
        _c("formula", STRING, "e.g. `3.3.2/3.3.1*100`"),
    ),
    (
        _c("sum_of", STRING, "a total's parts, e.g. `2.2+2.3+2.4+2.5` (checked: `sum_mismatch`)"),
        _c("aliases", STRING, "other printed labels of the row, `|`-separated"),
        _c("template_version", STRING, "the template the row belongs to (`581/BNV-CCHC`)"),
        _c("valid_from", DATE, "first day the row applies to a report's period (null: open)"),
        _c("valid_to", DATE, "last day (rows about cấp huyện: 2025-06-30; null: open)"),
    ),
)

PLAN_TASKS_TABLE = Table(
    "plan_tasks",
    "task of a plan's appendix",
    (
        _doc("doc_id"),
        _c("group_number", STRING, "the task group's number", "task.group_number"),
        _c("group_title", STRING, "the task group's title", "task.group_title"),
        _c("stt", STRING, "the task's number", "task.stt"),
        _c("task", STRING, "what is to be done", "task.task"),
        _c("lead_agency", STRING, "the body in charge", "task.lead_agency"),
        _c("coordinating_agencies", STRING, "the bodies taking part", "task.coordinating_agencies"),
        _c("timeline", STRING, "when", "task.timeline"),
    ),
    (
        _doc("source_file"),
        _c("seq", INT32, "order in the document", lambda records: records["seq"]),
        _c("page", INT32, "the page it is on", "task.page"),
    ),
)

RUNS_TABLE = Table(
    "runs",
    "run of the pipeline (a log: it grows with every run)",
    (
        _c("run_id", STRING, "the run's id"),
        _c("started_at", UTC_TS, "when it started"),
        _c("finished_at", UTC_TS, "when it ended"),
        _c("n_files", INT32, "input files found"),
        _c("n_new", INT32, "files not seen before"),
        _c("n_changed", INT32, "files whose bytes changed"),
        _c("n_unchanged", INT32, "files already processed"),
        _c("n_removed", INT32, "files gone since the last run"),
        _c("n_failed", INT32, "documents `failed`"),
        _c("n_partial", INT32, "documents `partial`"),
        _c("n_observations", INT64, "rows of `observations`"),
        _c("n_unmatched_rows", INT64, "table observations without an `indicator_code`"),
        _c("duration_s", FLOAT64, "seconds the run took"),
        _c("workers", INT32, "documents processed at once"),
        _c("executor", STRING, "`process` or `dask`"),
        _c("pipeline_version", STRING, "the code's version"),
        _c("exit_code", INT8, "the exit status"),
    ),
    (
        _c("error", STRING, "why a run stopped without publishing (exit 2), else null"),
        _c("raw", STRING, "the archive folder the run read (absolute)"),
    ),
)

PAGES_TABLE = Table(
    "pages",
    "page of a paginated input (PDF, image, sheet)",
    (
        _doc("doc_id"),
        _c("page", INT32, "1-based page number", "page.number"),
        _c(
            "method",
            STRING,
            "`text`, `transcoded`, `ocr`, `failed`",
            lambda records: PAGE_METHODS.get(records["page"].method, records["page"].method),
        ),
        _c("ocr_confidence", FLOAT32, "mean OCR word confidence 0..1", "page.ocr_confidence"),
        _c("rotation", INT16, "degrees the page was turned to read it", "page.rotation"),
        _c("skew", FLOAT32, "degrees of skew found on a scan", "page.skew"),
        _c("error", STRING, "why the page could not be read", "page.error"),
    ),
    (
        _doc("source_file"),
        _c("width", FLOAT32, "the page frame of the bboxes, in PDF points", "page.width"),
        _c("height", FLOAT32, "its height", "page.height"),
    ),
)

# Corrections as this run found them: applied, or why not (see store/corrections.py).
CORRECTIONS_TABLE = Table(
    "corrections",
    "line of the corrections file, with its status in this run",
    (
        _c("doc_id", STRING, "the document corrected"),
        _c("form", INT8, "the row's form"),
        _c("stt", STRING, "the row's STT"),
        _c("indicator_code", STRING, "or its catalog code"),
        _c("value", FLOAT64, "the corrected value"),
        _c("value_text", STRING, "or the corrected word"),
        _c("note", STRING, "the corrector's note"),
        _c("author", STRING, "who corrected it"),
        _c("source_file", STRING, "the document's file"),
        _c("seq", INT32, "the observation's `seq`"),
        _c("status", STRING, "`applied`, `stale`, `unmatched`, `ambiguous`, `invalid`, `superseded`"),
        _c("reason", STRING, "why it was not applied"),
        _c("line", INT32, "line of the corrections file"),
    ),
)

DECLARED = {
    t.name: t
    for t in (
        DOCUMENTS_TABLE,
        OBSERVATIONS_TABLE,
        INDICATORS_TABLE,
        SECTIONS_TABLE,
        CATALOG_TABLE,
        PLAN_TASKS_TABLE,
        RUNS_TABLE,
        PAGES_TABLE,
        CORRECTIONS_TABLE,
    )
}

DOCUMENTS = DOCUMENTS_TABLE.schema
OBSERVATIONS = OBSERVATIONS_TABLE.schema
INDICATORS = INDICATORS_TABLE.schema
SECTIONS = SECTIONS_TABLE.schema
CATALOG = CATALOG_TABLE.schema
PLAN_TASKS = PLAN_TASKS_TABLE.schema
RUNS = RUNS_TABLE.schema
PAGES = PAGES_TABLE.schema
CORRECTIONS = CORRECTIONS_TABLE.schema

TABLES = {
    "documents": DOCUMENTS,
    "observations": OBSERVATIONS,
    "indicators": INDICATORS,
    "sections": SECTIONS,
    "catalog": CATALOG,
    "plan_tasks": PLAN_TASKS,
    "pages": PAGES,
    "corrections": CORRECTIONS,
}

# Tables made per document (kept as one part per document) and rebuilt at publish time.
PER_DOCUMENT = ("documents", "observations", "sections", "plan_tasks", "pages")


# pyarrow's names of the types, as docs/CONTRACT.md writes them
_TYPE_WORDS = {
    "float": "float32",
    "double": "float64",
    "date32[day]": "date32",
    "bool": "bool",
    "timestamp[us, tz=UTC]": "timestamp (UTC)",
    "list<item: string>": "list<string>",
    "list<item: float>": "list<float32>",
}


def type_name(type_: pa.DataType) -> str:
    return _TYPE_WORDS.get(str(type_), str(type_))


def columns_markdown() -> str:
    """The README's column tables: one per table, contract columns first, extensions marked."""
    out = []
    for t in DECLARED.values():
        out += [
            f"`{t.name}`: one row per {t.one_row_per}",
            "",
            "| column | type | meaning |",
            "|---|---|---|",
        ]
        for c in t.columns:
            extension = " (extension)" if c in t.extensions else ""
            meaning = c.meaning.replace("|", "\\|")
            out.append(f"| `{c.name}` | {type_name(c.type)} | {meaning}{extension} |")
        out.append("")
    return "\n".join(out).rstrip("\n")


def empty_table(name: str) -> pa.Table:
    schema = TABLES[name] if name in TABLES else RUNS
    return schema.empty_table()


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Put a table's columns in the schema's order and types, adding missing ones as nulls."""
    cols = []
    for field in schema:
        if field.name in table.column_names:
            col = table.column(field.name)
            if col.type != field.type:
                col = col.cast(field.type)
            cols.append(col)
        else:
            cols.append(pa.nulls(table.num_rows, type=field.type))
    return pa.Table.from_arrays(cols, schema=schema)
