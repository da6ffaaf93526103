"""The analysts' examples stay true: the README's code blocks (between the analysts markers)
and the notebook's code cells run against a small published output."""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw" / "txt"
FILES = ("an-giang_2024-Q3_bao-cao-cchc.txt", "tx-duyen-hai-tra-vinh_2023-Q1_bao-cao-102-BC-UBND.txt",
         "kien-giang_2022-Q3_bao-cao-061-BC-UBND.txt")


def readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = text.index("<!-- analysts:start -->"), text.index("<!-- analysts:end -->")
    return re.findall(r"```python\n(.*?)```", text[start:end], re.S)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    """A folder whose data/parquet is a published output of three sample reports and an
    empty file (a failed row)."""
    from runner.batch import run_batch
    from runner.document import PipelineOptions

    base = tmp_path_factory.mktemp("analysts")
    raw = base / "raw"
    raw.mkdir()
    for name in FILES:
        shutil.copy(SAMPLES / name, raw / name)
    (raw / "empty.pdf").write_bytes(b"")
    report = run_batch(raw, base / "data" / "parquet", PipelineOptions(), workers=2, timeout=120,
                       memory_limit_mb=0)
    assert (report.n_failed, report.exit_code) == (1, 1)
    return base


def _run(code: str, where: Path) -> str:
    out = io.StringIO()
    with contextlib.chdir(where), contextlib.redirect_stdout(out):
        exec(compile(code, "<example>", "exec"), {"__name__": "__example__"})
    return out.getvalue()


def test_readme_has_pandas_duckdb_and_polars_examples():
    blocks = readme_blocks()
    for lib in ("pandas", "duckdb", "polars"):
        assert any(re.search(rf"^import {lib}\b", b, re.M) for b in blocks), lib
    assert any("read_parquet('data/parquet/indicators.parquet')" in b for b in blocks)


@pytest.mark.parametrize("index", range(len(readme_blocks())))
def test_readme_example_runs(workdir, index):
    code = readme_blocks()[index]
    for lib in ("duckdb", "polars"):
        if re.search(rf"^import {lib}\b", code, re.M) and importlib.util.find_spec(lib) is None:
            pytest.skip(f"{lib} is not installed")
    printed = _run(code, workdir)
    assert printed.strip()
    assert "Empty DataFrame" not in printed            # the examples select rows that exist


def test_notebook_has_no_stored_outputs_and_its_cells_run(workdir, monkeypatch):
    pytest.importorskip("matplotlib")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    nb = json.loads((ROOT / "notebooks" / "explore.ipynb").read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert cells and all(c["outputs"] == [] and c["execution_count"] is None for c in cells)

    monkeypatch.setenv("CCHC_OUT", str(workdir / "data" / "parquet"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    plt.close("all")
    namespace: dict = {"__name__": "__notebook__"}
    with contextlib.redirect_stdout(io.StringIO()):
        for cell in cells:
            exec(compile("".join(cell["source"]), "<cell>", "exec"), namespace)
    table = namespace["table"]
    assert namespace["CODE"] == "BM3-3.3"
    assert table.shape[0] >= 2 and table.shape[1] >= 2          # periods × units
    figures = [plt.figure(n) for n in plt.get_fignums()]
    assert figures
    bars = [p for fig in figures for ax in fig.axes for p in ax.patches]
    assert len(bars) >= table.notna().sum().sum()
    plt.close("all")
