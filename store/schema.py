"""The published tables' schemas: the contract's columns first, in its order, then ours.

``../shared/CONTRACT.md`` fixes names, types and meanings of the contract columns; columns
after them are extensions (documented in the README).
"""
from __future__ import annotations

import pyarrow as pa

UTC_TS = pa.timestamp("us", tz="UTC")

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("source_file", pa.string()),
    ("file_type", pa.string()),
    ("status", pa.string()),
    ("error", pa.string()),
    ("doc_type", pa.string()),
    ("doc_number", pa.string()),
    ("issue_date", pa.date32()),
    ("title", pa.string()),
    ("issuer", pa.string()),
    ("unit_id", pa.string()),
    ("unit_name", pa.string()),
    ("unit_level", pa.string()),
    ("province", pa.string()),
    ("period", pa.string()),
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("page_count", pa.int32()),
    ("pages_ocr", pa.int32()),
    ("ocr_confidence", pa.float32()),
    ("n_observations", pa.int32()),
    ("pipeline_version", pa.string()),
    ("processed_at", UTC_TS),
    # extensions
    ("province_after_2025", pa.string()),
    ("size_bytes", pa.int64()),
    ("seconds", pa.float32()),
    ("duplicate_of", pa.string()),
])

OBSERVATIONS = pa.schema([
    ("doc_id", pa.string()),
    ("source_file", pa.string()),
    ("unit_id", pa.string()),
    ("unit_name", pa.string()),
    ("province", pa.string()),
    ("period", pa.string()),
    ("form", pa.int8()),
    ("stt", pa.string()),
    ("indicator_code", pa.string()),
    ("label", pa.string()),
    ("measure_unit", pa.string()),
    ("value", pa.float64()),
    ("value_raw", pa.string()),
    ("value_text", pa.string()),
    ("note", pa.string()),
    ("origin", pa.string()),
    ("page", pa.int32()),
    ("confidence", pa.float32()),
    ("flags", pa.list_(pa.string())),
    # extensions
    ("seq", pa.int32()),
    ("printed_stt", pa.string()),
    ("unit_canonical", pa.string()),
    ("value_meaning", pa.string()),
    ("bbox", pa.list_(pa.float32())),
    ("section", pa.string()),
    ("sentence", pa.string()),
    ("measure", pa.string()),
    ("scope", pa.string()),
    ("column", pa.string()),
    ("flag_detail", pa.string()),
    ("value_read", pa.float64()),
    ("corrected", pa.bool_()),
])

INDICATORS = pa.schema([
    ("unit_id", pa.string()),
    ("unit_name", pa.string()),
    ("province", pa.string()),
    ("period", pa.string()),
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("indicator_code", pa.string()),
    ("form", pa.int8()),
    ("label", pa.string()),
    ("measure_unit", pa.string()),
    ("value", pa.float64()),
    ("value_text", pa.string()),
    ("doc_id", pa.string()),
    ("source_file", pa.string()),
    ("page", pa.int32()),
    ("origin", pa.string()),
    ("confidence", pa.float32()),
    ("n_sources", pa.int32()),
    ("conflict", pa.bool_()),
])

SECTIONS = pa.schema([
    ("doc_id", pa.string()),
    ("seq", pa.int32()),
    ("level", pa.int8()),
    ("number", pa.string()),
    ("title", pa.string()),
    ("parent_seq", pa.int32()),
    ("page_start", pa.int32()),
    ("text", pa.string()),
    # extensions
    ("path", pa.string()),
])

CATALOG = pa.schema([
    ("indicator_code", pa.string()),
    ("form", pa.int8()),
    ("code", pa.string()),
    ("parent_code", pa.string()),
    ("label", pa.string()),
    ("measure_unit", pa.string()),
    ("kind", pa.string()),
    ("formula", pa.string()),
    # extensions
    ("sum_of", pa.string()),      # a total's parts, e.g. 2.2+2.3+2.4+2.5 (checked: sum_mismatch)
    ("aliases", pa.string()),     # other printed labels of the row, |-separated
    ("template_version", pa.string()),   # the template the row belongs to (581/BNV-CCHC)
    ("valid_from", pa.date32()),  # first day the row applies to a report's period (null: open)
    ("valid_to", pa.date32()),    # last day (rows about cấp huyện: 2025-06-30; null: open)
])

PLAN_TASKS = pa.schema([
    ("doc_id", pa.string()),
    ("group_number", pa.string()),
    ("group_title", pa.string()),
    ("stt", pa.string()),
    ("task", pa.string()),
    ("lead_agency", pa.string()),
    ("coordinating_agencies", pa.string()),
    ("timeline", pa.string()),
    # extensions
    ("source_file", pa.string()),
    ("seq", pa.int32()),
    ("page", pa.int32()),
])

RUNS = pa.schema([
    ("run_id", pa.string()),
    ("started_at", UTC_TS),
    ("finished_at", UTC_TS),
    ("n_files", pa.int32()),
    ("n_new", pa.int32()),
    ("n_changed", pa.int32()),
    ("n_unchanged", pa.int32()),
    ("n_removed", pa.int32()),
    ("n_failed", pa.int32()),
    ("n_partial", pa.int32()),
    ("n_observations", pa.int64()),
    ("n_unmatched_rows", pa.int64()),
    ("duration_s", pa.float64()),
    ("workers", pa.int32()),
    ("executor", pa.string()),
    ("pipeline_version", pa.string()),
    ("exit_code", pa.int8()),
    # extensions
    ("error", pa.string()),       # why a run stopped without publishing (exit 2), else null
    ("raw", pa.string()),             # the archive folder the run read (absolute)
])

PAGES = pa.schema([
    ("doc_id", pa.string()),
    ("page", pa.int32()),
    ("method", pa.string()),          # text, transcoded, ocr, failed
    ("ocr_confidence", pa.float32()),
    ("rotation", pa.int16()),         # degrees the page was turned to read it
    ("skew", pa.float32()),           # degrees of skew found on a scan
    ("error", pa.string()),
    # extensions
    ("source_file", pa.string()),
    ("width", pa.float32()),          # the page frame of the bboxes, in PDF points
    ("height", pa.float32()),
])

# Corrections as this run found them: applied, or why not (see store/corrections.py).
CORRECTIONS = pa.schema([
    ("doc_id", pa.string()),
    ("form", pa.int8()),
    ("stt", pa.string()),
    ("indicator_code", pa.string()),
    ("value", pa.float64()),
    ("value_text", pa.string()),
    ("note", pa.string()),
    ("author", pa.string()),
    ("source_file", pa.string()),
    ("seq", pa.int32()),
    ("status", pa.string()),          # applied, stale, unmatched, ambiguous, invalid
    ("reason", pa.string()),
    ("line", pa.int32()),             # line of the corrections file
])

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
