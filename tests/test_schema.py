"""Each table is declared once (store/schema.py): the pyarrow schemas, the row conversion and
the README's column tables are made from the declaration and agree with each other and with the
published schemas (tests/data/published_schemas.json; a new column is appended at the end of its
table and recorded there, on purpose)."""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from core.records import (DocumentMeta, DocumentResult, Observation, Origin, Page, PlanTask, Section,
                          Status)
from runner.cli import build_parser, options_markdown
from store import schema
from store.rows import result_tables
from tools.gen_docs import generated

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = json.loads((ROOT / "tests" / "data" / "published_schemas.json").read_text(encoding="utf-8"))
RECORDS = {"result": DocumentResult, "meta": DocumentMeta, "obs": Observation, "section": Section,
           "task": PlanTask, "page": Page}


def _fields(s: pa.Schema) -> list[str]:
    return [f"{f.name}: {f.type}" + ("" if f.nullable else " not null") for f in s]


@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_schemas_are_the_published_ones(name):
    assert _fields(schema.DECLARED[name].schema) == PUBLISHED[name]


def test_every_table_is_declared_and_exported():
    assert set(schema.DECLARED) == set(PUBLISHED) == set(schema.TABLES) | {"runs"}
    for name, s in schema.TABLES.items():
        assert s.equals(schema.DECLARED[name].schema, check_metadata=True)
    assert schema.RUNS.equals(schema.DECLARED["runs"].schema)


def test_a_per_document_column_comes_from_a_field_its_record_has():
    for name in schema.PER_DOCUMENT:
        for col in schema.DECLARED[name].columns:
            if isinstance(col.source, str):
                record, _, attr = col.source.partition(".")
                fields = {f.name for f in dataclasses.fields(RECORDS[record])}
                assert attr in fields, f"{name}.{col.name}: {col.source} is no field of {RECORDS[record].__name__}"
            elif col.source is None:
                assert col.name == "duplicate_of", f"{name}.{col.name} says nowhere where it comes from"


def _result() -> DocumentResult:
    meta = DocumentMeta(unit_id="P91", unit_name="tỉnh Kiên Giang", period="2022-Q3",
                        issue_date=date(2022, 9, 3))
    obs = [Observation(form=1, stt="1.1", label="Số văn bản", measure_unit="Văn bản", value_raw="12",
                       value=12.0, flags=["sum_mismatch"], bbox=(1.0, 2.0, 3.0, 4.0), seq=3),
           Observation(form=None, stt=None, label="tỷ lệ", measure_unit="%", value_raw="98,5",
                       origin=Origin.NARRATIVE, value=98.5)]
    sections = [Section(0, 1, "I", "CHỈ ĐẠO", None, 1, "..."), Section(1, 2, "1", "Văn bản", 0, 1, "...")]
    return DocumentResult(doc_id="ab" * 32, source_file="a/b.pdf", file_type="pdf", status=Status.PARTIAL,
                          error="a page failed", meta=meta, page_count=2, observations=obs,
                          sections=sections, plan_tasks=[PlanTask("I", "Nhóm", "1", "Việc", "Sở", None, "2023")],
                          processed_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
                          pages=[Page(1, [], method="text_layer", width=595.0, height=842.0),
                                 Page(2, [], method="failed", error="damaged")])


def test_rows_carry_the_records_values():
    tables = result_tables(_result())
    assert list(tables) == ["pages", "documents", "observations", "sections", "plan_tasks"]
    for name, table in tables.items():
        assert table.schema.equals(schema.TABLES[name])
    doc = tables["documents"].to_pylist()[0]
    assert (doc["status"], doc["n_observations"], doc["unit_name"], doc["duplicate_of"]) == \
        ("partial", 2, "tỉnh Kiên Giang", None)
    obs = tables["observations"].to_pylist()
    assert obs[0]["flags"] == ["sum_mismatch"] and obs[0]["bbox"] == [1.0, 2.0, 3.0, 4.0]
    assert obs[1]["origin"] == "narrative" and obs[1]["bbox"] is None and obs[1]["unit_id"] == "P91"
    assert [s["path"] for s in tables["sections"].to_pylist()] == ["I", "I.1"]
    assert tables["plan_tasks"].to_pylist()[0]["seq"] == 0
    assert [p["method"] for p in tables["pages"].to_pylist()] == ["text", "failed"]


def test_readme_generated_parts_are_up_to_date():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert generated(text) == text, "the README is out of date: run tools/gen_docs.py"
    for name, table in schema.DECLARED.items():
        assert f"`{name}`: one row per" in text
        for col in table.columns:
            assert re.search(rf"^\| `{col.name}` \| {re.escape(schema.type_name(col.type))} \|", text, re.M), \
                (name, col.name)


def test_readme_option_table_names_every_option():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("<!-- options:start -->") + len("<!-- options:start -->")
    block = text[start:text.index("<!-- options:end -->")]
    assert block.strip() == options_markdown().strip()
    for action in build_parser()._actions:
        if action.option_strings and action.dest != "help":
            assert f"`{action.option_strings[-1]}" in block, action.option_strings


def test_readme_commands_name_what_a_fresh_clone_has():
    """Every ``.venv/bin/NAME`` the README writes is installed by ``make setup`` (a console
    script of the project, or Python, Jupyter, ruff, mypy of the dev extras), every script it
    runs with ``.venv/bin/python`` exists, and every ``make`` target it names is in the Makefile."""
    import tomllib

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = " ".join(project["optional-dependencies"]["dev"])
    installed = set(project["scripts"]) | {"python", "pip", "activate"}   # the venv's own
    installed |= {name for name, package in (("jupyter", "jupyterlab"), ("ruff", "ruff"), ("mypy", "mypy"))
                  if package in dev}
    used = set(re.findall(r"\.venv/bin/([\w.-]+)", text))
    assert used and used <= installed, used - installed
    for script in re.findall(r"\.venv/bin/python (\S+\.py)", text):
        assert (ROOT / script).is_file(), script
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make (\w[\w-]*)", text)):
        assert re.search(rf"^(?:[\w-]+ )*{target}(?: [\w-]+)*:", makefile, re.M), target


def test_the_pandas_indicators_columns_are_the_published_ones():
    # normalize/ cannot import store/, so the DataFrame API keeps its own column list
    from normalize.indicators import COLUMNS
    from store.schema import INDICATORS

    assert COLUMNS == INDICATORS.names
