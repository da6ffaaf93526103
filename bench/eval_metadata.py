"""Score document metadata against a gold set in the held-out ``metadata/`` format.

    PYTHONPATH=. python bench/eval_metadata.py --dir tests/data/metadata/report [--show]

``DIR`` holds ``NNN.txt`` (the beginning of a document as a text export) and ``gold.csv``
(file, doc_type, doc_number, issue_date, unit_name, unit_level, province, period; an empty
cell means the text states none). Each text is read the way the pipeline reads a .txt
export (``extract.text.extract_export`` then ``parsers.metadata.parse_metadata``) and every
field is compared: ``doc_number`` without spaces, names by their letters and accent marks
(``Hoà`` = ``Hòa``, case ignored). Printed: accuracy per field, documents with every field
right, and ``wrong units filled where the text names none`` (gold unit empty, ours not). With
``--show`` every wrong field is listed; ``--all`` prints one table line per metadata set in
bench/ (``PYTHONPATH=. python bench/eval_metadata.py --all``).
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.text import extract_export          # noqa: E402
from normalize.gazetteer import accent_key       # noqa: E402
from parsers.metadata import parse_metadata      # noqa: E402

FIELDS = ("doc_type", "doc_number", "issue_date", "unit_name", "unit_level", "province", "period")
NAMES = ("unit_name", "province")


def _norm(field: str, value) -> str:
    text = "" if value is None else str(value).strip()
    if field == "doc_number":
        return "".join(text.split())
    if field in NAMES:
        return " ".join(f"{b}{m}" for b, m in accent_key(text))
    return text


def predict(path: Path) -> dict[str, str]:
    doc = extract_export(path.read_bytes(), "txt")
    meta = parse_metadata(list(doc.lines()))
    return {
        "doc_type": meta.doc_type, "doc_number": meta.doc_number or "",
        "issue_date": meta.issue_date.isoformat() if meta.issue_date else "",
        "unit_name": meta.unit_name or "", "unit_level": meta.unit_level or "",
        "province": meta.province or "", "period": meta.period or "",
    }


def evaluate(folder: Path, show: bool = False) -> dict:
    with (folder / "gold.csv").open(encoding="utf-8-sig", newline="") as fh:
        gold = [{k.strip(): (v or "") for k, v in row.items() if k} for row in csv.DictReader(fh)]
    right = {f: 0 for f in FIELDS}
    all_right = 0
    wrong_units = 0
    misses: list[str] = []
    for row in gold:
        path = folder / row["file"].strip()
        if not path.is_file() and (folder / (row["file"].strip() + ".txt")).is_file():
            path = folder / (row["file"].strip() + ".txt")
        got = predict(path)
        ok_all = True
        for f in FIELDS:
            if _norm(f, got[f]) == _norm(f, row.get(f, "")):
                right[f] += 1
            else:
                ok_all = False
                misses.append(f"{row['file']} {f}: got {got[f]!r}, gold {row.get(f, '')!r}")
        all_right += ok_all
        if not row.get("unit_name", "").strip() and got["unit_name"]:
            wrong_units += 1
    n = len(gold)
    report = {"documents": n, "all_fields_right": all_right, "wrong_units_where_none": wrong_units,
              **{f: right[f] / n if n else 0.0 for f in FIELDS}}
    print(f"{folder}: {n} documents")
    for f in FIELDS:
        print(f"  {f:<11} {right[f]:>3}/{n}  {100 * right[f] / n:5.1f}%")
    print(f"  all fields  {all_right:>3}/{n}  {100 * all_right / n:5.1f}%")
    print(f"  wrong units filled where the text names none: {wrong_units}")
    if show:
        for line in misses:
            print("   ", line)
    return report


def metadata_sets(bench: Path = ROOT / "bench") -> list[Path]:
    """Every metadata gold set under bench/ (``heldout*/metadata*``, ``metadata_tune*``,
    ``metadata_aside*``): the folders holding a gold.csv of the metadata header."""
    found = []
    for gold in sorted(bench.glob("*/gold.csv")) + sorted(bench.glob("*/*/gold.csv")):
        with gold.open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
        if "unit_name" in header and "doc_type" in header:
            found.append(gold.parent)
    return found


def table(folders: list[Path]) -> None:
    """One line per set: documents, each field's accuracy, wrong units where none is named."""
    import contextlib
    import io

    print("| set | n | " + " | ".join(FIELDS) + " | wrong unit where none |")
    print("|---|---|" + "---|" * (len(FIELDS) + 1))
    for folder in folders:
        with contextlib.redirect_stdout(io.StringIO()):
            r = evaluate(folder)
        cells = " | ".join(f"{100 * r[f]:.1f}" for f in FIELDS)
        name = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        print(f"| {name} | {r['documents']} | {cells} | {r['wrong_units_where_none']} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, help="folder with NNN.txt and gold.csv")
    ap.add_argument("--all", action="store_true", help="a table over every metadata set in bench/")
    ap.add_argument("--show", action="store_true", help="list every wrong field")
    args = ap.parse_args(argv)
    if args.all:
        table(metadata_sets())
        return 0
    if args.dir is None:
        ap.error("--dir or --all")
    evaluate(args.dir, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
