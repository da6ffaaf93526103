"""One document's result → the rows it contributes to each per-document table."""
from __future__ import annotations

import re
import unicodedata
from typing import Any

import pyarrow as pa

from core.records import DocumentResult
from store.schema import DOCUMENTS, OBSERVATIONS, PAGES, PLAN_TASKS, SECTIONS, conform


# Page.method → the pages table's method (the contract's words).
PAGE_METHODS = {"text_layer": "text", "transcoded": "transcoded", "ocr": "ocr", "failed": "failed"}


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return unicodedata.normalize("NFC", value)
        except UnicodeError:
            return unicodedata.normalize("NFC", encodable(value))
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(value: Any) -> Any:
    """A string that UTF-8 (and so parquet) can hold: a lone surrogate (what Python makes of
    a file name's undecodable byte, or of a broken UTF-16 text layer) becomes U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [encodable(v) for v in value]
    return value


def _array(values: list, type_: pa.DataType) -> pa.Array:
    try:
        return pa.array(values, type=type_)
    except UnicodeEncodeError:
        return pa.array([encodable(v) for v in values], type=type_)


def _table(rows: list[dict], schema: pa.Schema) -> pa.Table:
    if not rows:
        return schema.empty_table()
    cols = {f.name: [_nfc(r.get(f.name)) for r in rows] for f in schema}
    arrays = [_array(cols[f.name], f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def document_row(result: DocumentResult) -> dict:
    m = result.meta
    return {
        "doc_id": result.doc_id,
        "source_file": result.source_file,
        "file_type": result.file_type,
        "status": result.status,
        "error": result.error,
        "doc_type": m.doc_type,
        "doc_number": m.doc_number,
        "issue_date": m.issue_date,
        "title": m.title,
        "issuer": m.issuer,
        "unit_id": m.unit_id,
        "unit_name": m.unit_name,
        "unit_level": m.unit_level,
        "province": m.province,
        "period": m.period,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "page_count": result.page_count,
        "pages_ocr": result.pages_ocr,
        "ocr_confidence": result.ocr_confidence,
        "n_observations": len(result.observations),
        "pipeline_version": result.pipeline_version,
        "processed_at": result.processed_at,
        "province_after_2025": m.province_after_2025,
        "size_bytes": result.size_bytes,
        "seconds": result.seconds,
        "duplicate_of": None,
    }


def result_tables(result: DocumentResult) -> dict[str, pa.Table]:
    """The per-document tables of one result, in the published schemas."""
    m = result.meta
    obs_rows = []
    for o in result.observations:
        obs_rows.append({
            "doc_id": result.doc_id, "source_file": result.source_file,
            "unit_id": m.unit_id, "unit_name": m.unit_name, "province": m.province,
            "period": m.period, "form": o.form, "stt": o.stt,
            "indicator_code": o.indicator_code, "label": o.label,
            "measure_unit": o.measure_unit, "value": o.value, "value_raw": o.value_raw,
            "value_text": o.value_text, "note": o.note, "origin": o.origin, "page": o.page,
            "confidence": o.confidence, "flags": list(o.flags), "seq": o.seq,
            "printed_stt": o.printed_stt, "unit_canonical": o.unit_canonical,
            "value_meaning": o.value_meaning,
            "bbox": list(o.bbox) if o.bbox else None,
            "section": o.section, "sentence": o.sentence,
            "measure": o.measure, "scope": o.scope, "column": o.column,
            "flag_detail": o.flag_detail, "value_read": o.value_read,
            "corrected": o.corrected,
        })
    from parsers.sections import section_path
    sec_rows = [{
        "doc_id": result.doc_id, "seq": s.seq, "level": s.level, "number": s.number,
        "title": s.title, "parent_seq": s.parent_seq, "page_start": s.page_start,
        "text": s.text, "path": section_path(result.sections, s.seq),
    } for s in result.sections]
    task_rows = [{
        "doc_id": result.doc_id, "group_number": t.group_number, "group_title": t.group_title,
        "stt": t.stt, "task": t.task, "lead_agency": t.lead_agency,
        "coordinating_agencies": t.coordinating_agencies, "timeline": t.timeline,
        "source_file": result.source_file, "seq": i, "page": t.page,
    } for i, t in enumerate(result.plan_tasks)]
    page_rows = [{
        "doc_id": result.doc_id, "page": p.number, "method": PAGE_METHODS.get(p.method, p.method),
        "ocr_confidence": p.ocr_confidence, "rotation": p.rotation, "skew": p.skew,
        "error": p.error, "source_file": result.source_file, "width": p.width, "height": p.height,
    } for p in result.pages if p.number is not None]
    return {
        "pages": _table(page_rows, PAGES),
        "documents": _table([document_row(result)], DOCUMENTS),
        "observations": _table(obs_rows, OBSERVATIONS),
        "sections": _table(sec_rows, SECTIONS),
        "plan_tasks": _table(task_rows, PLAN_TASKS),
    }


__all__ = ["result_tables", "document_row", "conform"]
