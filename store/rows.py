"""One document's result → the rows it contributes to each per-document table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from core.records import DocumentResult
from store.schema import DECLARED, DOCUMENTS_TABLE, PAGE_METHODS, Table, conform


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


def table_rows(table: Table, records: Iterable[dict]) -> list[dict]:
    """One row a set of records (``result``, ``meta`` and the row's own record, see
    ``store.schema``), each column's value taken where the table declares it comes from."""
    getters = [(c.name, c.getter()) for c in table.columns]
    return [{name: get(rec) for name, get in getters} for rec in records]


def document_row(result: DocumentResult) -> dict:
    return table_rows(DOCUMENTS_TABLE, [{"result": result, "meta": result.meta}])[0]


def result_tables(result: DocumentResult) -> dict[str, pa.Table]:
    """The per-document tables of one result, in the published schemas."""
    base = {"result": result, "meta": result.meta}
    records = {
        "pages": [{**base, "page": p} for p in result.pages if p.number is not None],
        "documents": [base],
        "observations": [{**base, "obs": o} for o in result.observations],
        "sections": [{**base, "section": s} for s in result.sections],
        "plan_tasks": [{**base, "task": t, "seq": i} for i, t in enumerate(result.plan_tasks)],
    }
    return {
        name: _table(table_rows(DECLARED[name], recs), DECLARED[name].schema)
        for name, recs in records.items()
    }


__all__ = ["result_tables", "document_row", "table_rows", "conform", "PAGE_METHODS"]
