"""The review page, in a real headless Chromium: it loads, shows the crops of the flagged
values' page regions, and its filters (read from the URL fragment) work. Also ``cchc show``,
``cchc export`` and the ``cchc.extract`` API on the same small archive.

Chromium is Debian's ``chromium`` (``make setup`` installs it); the browser tests skip
cleanly when it is absent.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from PIL import Image

from runner.batch import run_batch
from runner.cchc import main as cchc_main
from runner.document import PipelineOptions

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "data" / "raw" / "pdf" / "kien-giang_2022-Q3_bao-cao-061-BC-UBND.pdf"
TXT = ROOT / "data" / "raw" / "txt" / "an-giang_2024-Q3_bao-cao-cchc.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("review")
    raw, out = base / "raw", base / "out"
    (raw / "pdf").mkdir(parents=True)
    shutil.copy(PDF, raw / "pdf" / PDF.name)
    shutil.copy(TXT, raw / TXT.name)
    run_batch(raw, out, PipelineOptions(), workers=1, timeout=120, memory_limit_mb=0)
    return raw, out


@pytest.fixture(scope="module")
def report(published) -> Path:
    _raw, out = published
    assert cchc_main(["review", str(out)]) == 0      # the raw folder comes from the runs table
    return out / "review.html"


def flagged(out: Path, flag: str) -> pd.DataFrame:
    obs = pd.read_parquet(out / "observations.parquet")
    return obs[obs["flags"].map(lambda f: flag in list(f))]


def chromium(url: str, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
           f"--user-data-dir={profile}", "--virtual-time-budget=5000", *extra, url]
    env = dict(os.environ, HOME=str(tmp))
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def dom(report: Path, fragment: str, tmp: Path) -> BeautifulSoup:
    done = chromium(report.as_uri() + fragment, tmp, "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    return BeautifulSoup(done.stdout, "html.parser")


def visible(soup: BeautifulSoup) -> list:
    return [d for d in soup.select("div.item") if not d.has_attr("hidden")]


def test_report_is_self_contained(report, published):
    _raw, out = published
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    assert not soup.select("link[rel=stylesheet], script[src]")        # nothing to fetch
    assert all(i["src"].startswith("data:image/png;base64,") for i in soup.select("img"))
    sums = flagged(out, "sum_mismatch")
    items = [d for d in soup.select("div.item") if "sum_mismatch" in d["data-flags"].split()]
    assert len(items) == len(sums) > 0
    pdf_items = [d for d in items if PDF.name in d.h3.text]
    assert pdf_items and all(d.select_one("img.crop") for d in pdf_items)   # PDF rows: a crop
    text_items = [d for d in items if PDF.name not in d.h3.text]
    assert all(d.select_one(".nocrop") for d in text_items)                # exports: none, said why
    # the detail in numbers, the arithmetic, a ready-to-edit line
    first = pdf_items[0]
    assert "sum to" in first.select_one(".detail").text and first.select_one("table.arith")
    line = first.select_one("input.csv")["value"].split(",")
    assert line[0] in set(sums["doc_id"]) and line[1] == "6"
    # the plots are SVG drawn in the page
    assert len(soup.select("svg.plot")) == 2
    assert soup.select_one("#documents").text.count(".pdf") >= 1


def test_crop_highlights_the_row(report):
    """The crop is a page region with the row filled yellow (and the value cell outlined)."""
    import base64
    import io
    soup = BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")
    img = soup.select_one("div.item img.crop")
    data = base64.b64decode(img["src"].split(",", 1)[1])
    crop = Image.open(io.BytesIO(data)).convert("RGB")
    assert 200 < crop.width <= 1000 and 40 < crop.height < 600
    r, g, b = (np.asarray(crop).astype(int)[..., i] for i in range(3))
    yellowish = int(((r > 230) & (g > 220) & (b < 200)).sum())
    reddish = int(((r > 180) & (g < 80) & (b < 100)).sum())
    assert yellowish > 0.05 * crop.width * crop.height and reddish > 20


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_page_loads_and_shows_crops_in_chromium(report, tmp_path):
    shot = tmp_path / "shot.png"
    done = chromium(report.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1200,1600")
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    img = Image.open(shot).convert("L")
    assert img.size == (1200, 1600)
    dark = int((np.asarray(img) < 128).sum())
    assert dark > 2000                      # text was drawn, not a blank page
    soup = dom(report, "", tmp_path)
    assert soup.body.get("data-ready") == "1"
    crops = len(soup.select("img.crop"))
    assert crops > 0 and soup.body.get("data-crops-loaded") == str(crops)   # decoded by the browser
    assert soup.select_one("#shown").text == str(len(soup.select("div.item")))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_filters_work_in_chromium(report, published, tmp_path):
    _raw, out = published
    sums = flagged(out, "sum_mismatch")
    soup = dom(report, "#flag=sum_mismatch", tmp_path)
    shown = visible(soup)
    assert len(shown) == len(sums) < len(soup.select("div.item"))
    assert all("sum_mismatch" in d["data-flags"].split() for d in shown)
    assert soup.select_one("#shown").text == str(len(sums))
    assert soup.body["data-filtered"] == "flag"
    csv_all = soup.select_one("#csv-all").text.strip().splitlines()
    assert len(csv_all) == 1 + len(sums)     # header + one line per value shown

    doc = sums["doc_id"].iloc[0]
    mine = flagged(out, "sum_mismatch")
    mine = mine[mine["doc_id"] == doc]
    soup = dom(report, f"#flag=sum_mismatch&doc={doc[:12]}", tmp_path)
    assert len(visible(soup)) == len(mine) and all(d["data-doc"] == doc for d in visible(soup))

    soup = dom(report, "#kind=structure", tmp_path)
    assert visible(soup) and all("structure" in d["data-kinds"].split() for d in visible(soup))
    soup = dom(report, "#q=no+such+text+anywhere", tmp_path)
    assert visible(soup) == [] and soup.select_one("#shown").text == "0"


def test_show_draws_cells_and_values(published, tmp_path):
    _raw, out = published
    row = flagged(out, "sum_mismatch")
    row = row[row["source_file"].str.endswith(".pdf")].iloc[0]
    png = tmp_path / "page.png"
    assert cchc_main(["show", str(out), row["doc_id"][:10], "--page", str(int(row["page"])),
                      "-o", str(png)]) == 0
    img = Image.open(png).convert("RGB")
    assert img.width > img.height * 0.7
    r, g, b = (np.asarray(img).astype(int)[..., i] for i in range(3))
    blue = int(((b > 150) & (r < 80) & (g < 130)).sum())                 # cell boxes
    orange = int(((r > 200) & (g > 90) & (g < 150) & (b < 40)).sum())    # the flagged row
    assert blue > 500 and orange > 200
    assert cchc_main(["show", str(out), "no-such-document"]) == 2
    txt_doc = pd.read_parquet(out / "documents.parquet")
    txt_doc = txt_doc[txt_doc["source_file"] == TXT.name]["doc_id"].iloc[0]
    assert cchc_main(["show", str(out), txt_doc]) == 2                         # no pages to draw


def test_export_xlsx_and_csv(published, tmp_path):
    from openpyxl import load_workbook
    _raw, out = published
    xlsx = tmp_path / "t.xlsx"
    assert cchc_main(["export", str(out), "--format", "xlsx", "-o", str(xlsx)]) == 0
    wb = load_workbook(xlsx, read_only=True)
    assert {"indicators_pivot", "indicators", "observations", "documents", "pages"} <= set(wb.sheetnames)
    ind = pd.read_parquet(out / "indicators.parquet")
    pivot = pd.read_excel(xlsx, sheet_name="indicators_pivot", engine="openpyxl")
    periods = sorted(ind["period"].unique())
    assert list(pivot.columns) == ["indicator_code", "label", "unit_name", "measure_unit", *periods]
    assert len(pivot) == len(ind.drop_duplicates(["indicator_code", "unit_name"]))
    one = ind[ind["value"].notna()].iloc[0]
    cell = pivot[(pivot["indicator_code"] == one["indicator_code"]) & (pivot["unit_name"] == one["unit_name"])]
    assert float(cell[one["period"]].iloc[0]) == pytest.approx(one["value"])
    obs = pd.read_excel(xlsx, sheet_name="observations", engine="openpyxl")
    assert len(obs) == len(pd.read_parquet(out / "observations.parquet"))
    assert obs["flags"].dropna().str.contains("sum_mismatch").any()          # lists as text

    folder = tmp_path / "csv"
    assert cchc_main(["export", str(out), "--format", "csv", "-o", str(folder)]) == 0
    back = pd.read_csv(folder / "indicators.csv", encoding="utf-8-sig")
    assert len(back) == len(ind) and back["unit_name"].iloc[0] == ind["unit_name"].iloc[0]
    assert (folder / "indicators.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_python_api_extract():
    import cchc
    res = cchc.extract(TXT)
    assert res.status == "ok" and res.error is None
    assert {"documents", "observations", "indicators", "pages", "sections"} <= set(res.tables)
    assert len(res.observations) == res.documents["n_observations"].iloc[0] > 0
    assert res.pages.empty                                   # a text export has no pages
    assert set(res.indicators["unit_name"]) == {res.documents["unit_name"].iloc[0]}
    assert list(res.observations.columns)[:3] == ["doc_id", "source_file", "unit_id"]
    pdf = cchc.extract(PDF, ocr=False)
    assert len(pdf.pages) == pdf.documents["page_count"].iloc[0] and set(pdf.pages["method"]) == {"text"}
    assert pdf.observations["flag_detail"].dropna().str.contains("total printed").any()


def test_readme_review_examples_run(published, tmp_path, monkeypatch):
    """The README's review section: its Python block runs as written, its CSV example parses."""
    import contextlib
    import io
    import re
    from store.corrections import read_corrections
    _raw, out = published
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("<!-- review:start -->"):text.index("<!-- review:end -->")]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "raw").symlink_to(ROOT / "data" / "raw")
    (tmp_path / "data" / "parquet").symlink_to(out)
    monkeypatch.chdir(tmp_path)
    for block in re.findall(r"```python\n(.*?)```", section, re.S):
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(block, "README.md", "exec"), {})
    (csv_text,) = re.findall(r"```csv\n(.*?)```", section, re.S)
    (tmp_path / "c.csv").write_text(csv_text, encoding="utf-8")
    (c,) = read_corrections(tmp_path / "c.csv")
    assert c.status == "" and c.form == 6 and c.stt == "2.1" and c.value == 727 and c.seq == 87
