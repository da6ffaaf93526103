"""Corrections that last: extract → correct → rerun → the value stays corrected, the check
flag it settles is gone, the indicators table uses it; a correction whose document changed
is reported stale and never applied; removing the line undoes it."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from runner.batch import run_batch
from runner.document import PipelineOptions
from store.corrections import HEADER, csv_line, read_corrections

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "raw" / "txt" / "kien-giang_2022-Q3_bao-cao-061-BC-UBND.txt"


def run(raw: Path, out: Path, **kw):
    return run_batch(raw, out, PipelineOptions(), workers=1, timeout=120, memory_limit_mb=0, **kw)


def obs(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "observations.parquet")


def write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")


def flagged_total(frame: pd.DataFrame) -> pd.Series:
    """The first table row flagged sum_mismatch (a total whose parts do not add up)."""
    rows = frame[frame["flags"].map(lambda f: "sum_mismatch" in list(f))]
    assert len(rows), "the sample report has a total that does not add up"
    return rows.iloc[0]


def parts_sum(frame: pd.DataFrame, row: pd.Series) -> float:
    """The sum of the parts the flag detail names, as the check found it."""
    detail = row["flag_detail"]
    assert "sum to" in detail and "total printed" in detail, detail
    return float(detail.split("sum to ", 1)[1].split(",", 1)[0])


@pytest.fixture
def archive(tmp_path) -> tuple[Path, Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(REPORT, raw / REPORT.name)
    return raw, tmp_path / "out"


def test_round_trip_stays_corrected(archive):
    raw, out = archive
    run(raw, out)
    first = obs(out)
    total = flagged_total(first)
    assert f"total printed {int(total['value'])}" in total["flag_detail"]
    right = parts_sum(first, total)
    assert right != total["value"]
    # the review's ready-to-edit line, with the value changed and who/why filled in
    line = next(csv.reader([csv_line(total.to_dict())]))
    line[4], line[6], line[7] = str(int(right)), "the total misprinted; parts add up", "analyst A"
    write(out / "corrections.csv", [",".join(line)])

    for _ in range(2):                     # the rerun, and one more: it stays corrected
        report = run(raw, out)
        assert report.corrections == {"applied": 1}
        o = obs(out)
        row = o[(o["form"] == total["form"]) & (o["stt"] == total["stt"])].iloc[0]
        assert row["value"] == right and row["value_read"] == total["value"] and row["corrected"]
        assert "sum_mismatch" not in list(row["flags"])
        assert "analyst A" in row["note"] and "parts add up" in row["note"]
        assert (o["corrected"].sum()) == 1
        ind = pd.read_parquet(out / "indicators.parquet")
        assert ind.loc[ind["indicator_code"] == total["indicator_code"], "value"].tolist() == [right]
        fixes = pd.read_parquet(out / "corrections.parquet")
        assert fixes["status"].tolist() == ["applied"]

    (out / "corrections.csv").unlink()     # no corrections: back to the value read, flag back
    run(raw, out)
    o = obs(out)
    row = o[(o["form"] == total["form"]) & (o["stt"] == total["stt"])].iloc[0]
    assert row["value"] == total["value"] and not row["corrected"]
    assert "sum_mismatch" in list(row["flags"])


def test_a_wrong_correction_keeps_the_flag(archive, tmp_path):
    raw, out = archive
    run(raw, out)
    total = flagged_total(obs(out))
    line = next(csv.reader([csv_line(total.to_dict())]))
    line[4] = str(int(parts_sum(obs(out), total)) + 5)          # still not the parts' sum
    fixes = tmp_path / "fixes.csv"
    write(fixes, [",".join(line)])
    run(raw, out, corrections=fixes)
    o = obs(out)
    row = o[(o["form"] == total["form"]) & (o["stt"] == total["stt"])].iloc[0]
    assert row["corrected"] and "sum_mismatch" in list(row["flags"])
    assert f"total printed {int(row['value'])}" in row["flag_detail"]


def test_changed_document_makes_the_correction_stale(archive):
    raw, out = archive
    run(raw, out)
    total = flagged_total(obs(out))
    line = next(csv.reader([csv_line(total.to_dict())]))
    line[4] = str(int(parts_sum(obs(out), total)))
    write(out / "corrections.csv", [",".join(line)])
    # the file is replaced by a new issue of the report: other bytes, another doc_id
    path = raw / REPORT.name
    path.write_bytes(path.read_bytes() + "\nBản sửa đổi.\n".encode())
    report = run(raw, out)
    assert report.corrections == {"stale": 1}
    assert "changed since the correction" in report.stale_corrections[0]
    o = obs(out)
    assert not o["corrected"].any()
    row = o[(o["form"] == total["form"]) & (o["stt"] == total["stt"])].iloc[0]
    assert row["value"] == total["value"] and "sum_mismatch" in list(row["flags"])


def test_unmatched_ambiguous_and_invalid_rows(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(REPORT, raw / REPORT.name)
    run(raw, out)
    doc_id = obs(out)["doc_id"].iloc[0]
    write(out / "corrections.csv", [
        f"{doc_id},6,9.9.9,,5,,,,,",          # no such row
        f"{doc_id},,,,abc,,,,,",               # no key, value not a number
        f"{doc_id},6,2.1,,,,,,,",              # no value
    ])
    got = read_corrections(out / "corrections.csv")
    assert [c.status for c in got] == ["", "invalid", "invalid"]
    report = run(raw, out)
    assert report.corrections == {"unmatched": 1, "invalid": 2}
    assert not obs(out)["corrected"].any()


def test_cchc_run_is_run_pipeline_and_checks_the_corrections_path(archive, capsys):
    from runner.cchc import main as cchc_main
    raw, out = archive
    assert cchc_main(["run", "--raw", str(raw / "missing")]) == 2
    assert "--raw" in capsys.readouterr().err
    assert cchc_main(["run", "--raw", str(raw), "--out", str(out), "--corrections",
                      str(out / "no-such.csv")]) == 2
    assert "--corrections" in capsys.readouterr().err
    assert cchc_main([]) == 2
