"""The scan corpus generator: gold rows that keep the catalog's arithmetic, both typesetting
paths, and (slow) a small fixed sample of degraded scans read end to end."""
from __future__ import annotations

import csv
import io

import pytest

from normalize.catalog import load_catalog
from normalize.checks import ratio_fits, ratio_tolerance, sum_fits
from tools import gen_scans

CAT = load_catalog()


def test_reports_keep_the_catalog_arithmetic():
    for seed in (3, 4):
        for rep in gen_scans.make_reports(seed):
            values = {f"BM{rep.form}-{r.code}": r for r in rep.rows}
            for code, r in values.items():
                ind = CAT.get(code)
                if r.value is None or ind is None:
                    continue
                if ind.ratio_parts and all(p in values for p in ind.ratio_parts):
                    num, den = (values[p].value for p in ind.ratio_parts)
                    if num is not None and den:
                        assert ratio_fits(r.value, num, den, ratio_tolerance(r.printed, r.value)), code
                if ind.sum_parts and all(p in values for p in ind.sum_parts):
                    assert sum_fits(r.value, [values[p].value for p in ind.sum_parts]), code


def test_four_layouts_two_fonts_and_gold_rows():
    reps = [r for s in range(1, 6) for r in gen_scans.make_reports(s)]
    assert {r.layout for r in reps} == set(gen_scans.LAYOUTS)
    assert {r.font for r in reps} == set(gen_scans.FONTS)
    gold = gen_scans.gold_rows(reps[0])
    assert gold and all(g["value"] or g["value_text"] for g in gold)


def test_reportlab_and_docx_paths_render():
    import docx
    import pypdfium2

    rep = gen_scans.make_reports(7)[1]          # layout b: the merged header
    pdf = gen_scans.reportlab_pdf(rep)
    assert len(pypdfium2.PdfDocument(pdf)) >= 1
    d = docx.Document(io.BytesIO(gen_scans.report_docx(rep)))
    table = d.tables[0]
    assert table.cell(0, 2).text == "Kết quả thống kê" and table.cell(1, 3).text == "Số liệu"


def test_degradations_are_reproducible_and_turn_one_page():
    rep = gen_scans.make_reports(5)[2]
    pdf = gen_scans.reportlab_pdf(rep)
    a = gen_scans.scan_document(pdf, "turned", 11)
    b = gen_scans.scan_document(pdf, "turned", 11)
    assert a[2] == b[2] and a[2]["turned_page"] is not None and len(a[0]) == len(b[0])


@pytest.mark.slow
@pytest.mark.parametrize("layout, condition", [("c", "300"), ("b", "turned"), ("d", "photo")])
def test_fixed_sample_reads_right_or_flagged(tmp_path, layout, condition):
    """One generated report per case, scanned and read: every gold value is published
    right, and no value is wrong without a flag at high confidence."""
    from bench.eval_scans import run_one

    folders = gen_scans.write_reports([9], tmp_path)
    folder = next(f for f in folders if f.name.endswith("-" + layout))
    res = run_one((str(folder), "report_rl.pdf", condition, gen_scans.scan_seed(folder.name, "report_rl.pdf", condition)))
    right = sum(1 for x in res["rows"] if x["right"])
    silent = [x for x in res["rows"] if not x["right"] and not x["flags"] and x["conf"] >= 0.8]
    assert right >= 0.9 * res["gold"], res["rows"]
    assert not silent, silent
