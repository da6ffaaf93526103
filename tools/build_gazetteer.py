"""Regenerate normalize/reference/gazetteer.csv from the `vietnam-provinces` package.

Source: the PyPI package `vietnam-provinces` (https://github.com/sunshine-tech/VietnamProvinces).

* Pre-reform units (63 provinces, their districts and communes as they stood before the
  1 July 2025 reorganisation) come from the 0.x releases, which ship
  ``vietnam_provinces/data/nested-divisions.json`` with provinces > districts > wards.
  The newest such release (0.6.0, data of 2025-01-04) is the base; older releases add the
  units dissolved before it (e.g. districts merged in late 2024) and the former names of
  units whose code was kept (``tỉnh Thừa Thiên Huế`` → ``thành phố Huế``).
* ``province_after_2025`` is derived from the installed release (2025.x, 34 provinces
  > wards): every post-reform ward keeps the official code of one of the communes it was
  formed from, so each old province's communes "vote" for the new province their codes are
  found in. The 2025 reform merged whole provinces, so the vote must be unanimous; the
  build stops with an error if it is not (then the package data has changed meaning and
  the mapping must be checked by hand).

How to regenerate::

    .venv/bin/pip download --no-deps vietnam-provinces==0.6.0 -d /tmp/vp
    .venv/bin/pip download --no-deps vietnam-provinces==0.5.0 -d /tmp/vp
    .venv/bin/pip download --no-deps vietnam-provinces==0.4.3 -d /tmp/vp
    .venv/bin/python tools/build_gazetteer.py /tmp/vp/vietnam_provinces-0.6.0-py3-none-any.whl \\
        /tmp/vp/vietnam_provinces-0.5.0-py3-none-any.whl /tmp/vp/vietnam_provinces-0.4.3-py3-none-any.whl

(pass the pre-reform wheels newest first; the installed 2025.x package gives the post-reform
data; ``--out`` changes the output path, ``--no-communes`` leaves out level ``xa``).

Id scheme (official General Statistics Office codes, as they stood before 1 July 2025, with a
prefix per level so that ids stay distinct across levels): ``P91`` province Kiên Giang,
``D886`` district (huyện/quận/thị xã/thành phố thuộc tỉnh), ``X30733`` commune (xã/phường/
thị trấn). ``province_after_2025_code`` is the post-reform province's own official code,
without prefix (post-reform codes reuse old ones: new An Giang is 91, old Kiên Giang's code).

Columns: unit_id, name (with its type word, lower case: ``tỉnh Kiên Giang``), short_name,
level (tinh, huyen, xa), type (tỉnh, thành phố, quận, huyện, thị xã, phường, xã, thị trấn),
province_id, province (full name), district_id (communes only), province_after_2025 (full
name), province_after_2025_code, other_names (former full names, ``|``-separated), source
(the package release whose data last lists the unit), valid_from, valid_to (ISO dates; empty
= open).

Validity (added for the 1 July 2025 reorganisation):

* every pre-reform district and commune, and every province that was merged, is valid until
  2025-06-30 (``valid_to``); ``valid_from`` is empty (the data do not say since when);
* the post-reform provinces and communes (xã, phường, đặc khu) of the installed 2025.x
  release are valid from 2025-07-01, with ids suffixed ``-2025`` (``P91-2025`` the merged An
  Giang, ``X31078-2025`` đặc khu Phú Quốc): a ``unit_id`` is one territory over one span, so
  the An Giang of 2024 (``P89``) and the An Giang of 2026 (``P91-2025``) differ, and
  ``province_after_2025`` is their common roll-up. A new province has ``district_id`` empty
  (there is no district level);
* a province the reform left whole (all its communes stay together and nothing joins it:
  Hà Nội, Huế, Cao Bằng, ...) keeps its one pre-reform row with an open span.

The crosswalk (``normalize/reference/gazetteer_crosswalk.csv``, same build) maps each old id
to the post-reform unit(s) it went into: ``old_id, new_id, relation``, relation one of
``same`` (an untouched province), ``merged_into`` (an old province into its new one),
``dissolved_into`` (an abolished district into its province), ``code_kept`` (an old commune
whose official code the new commune keeps: it was formed from it, with others), ``became``
(an island district that became a đặc khu of the same name), ``within`` (an old commune whose
new commune the data do not name: only its new province is known).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "normalize" / "reference" / "gazetteer.csv"
CROSSWALK_NAME = "gazetteer_crosswalk.csv"
REFORM_FROM = "2025-07-01"  # the post-reform units' first day
REFORM_TO = "2025-06-30"  # the pre-reform units' last day
NEW_SUFFIX = "-2025"
NESTED = "vietnam_provinces/data/nested-divisions.json"

COLUMNS = [
    "unit_id",
    "name",
    "short_name",
    "level",
    "type",
    "province_id",
    "province",
    "district_id",
    "province_after_2025",
    "province_after_2025_code",
    "other_names",
    "source",
    "valid_from",
    "valid_to",
]
CROSSWALK_COLUMNS = ["old_id", "new_id", "relation"]

TYPE_WORDS = ["thành phố", "thị trấn", "thị xã", "phường", "tỉnh", "quận", "huyện", "xã", "đặc khu"]


class GazetteerSourceError(RuntimeError):
    """The package data is not what this builder expects."""


def split_type(full_name: str) -> tuple[str, str]:
    """Split ``Thành Phố Cần Thơ`` into (``thành phố``, ``Cần Thơ``)."""
    clean = re.sub(r"\s+", " ", full_name).strip()
    low = clean.lower()
    for word in TYPE_WORDS:
        if low.startswith(word + " "):
            return word, clean[len(word) + 1 :].strip()
    raise GazetteerSourceError(f"no administrative type word at the start of {full_name!r}")


def release_label(wheel: Path) -> str:
    """``vietnam-provinces 0.6.0`` from a wheel's file name."""
    m = re.match(r"vietnam_provinces-([^-]+)-", wheel.name)
    return f"vietnam-provinces {m.group(1) if m else wheel.stem}"


def read_nested(wheel: Path) -> list[dict]:
    """The nested-divisions.json of a wheel (or of an unpacked package directory)."""
    if wheel.is_dir():
        return json.loads((wheel / NESTED).read_text(encoding="utf-8"))
    with zipfile.ZipFile(wheel) as zf:
        return json.loads(zf.read(NESTED).decode("utf-8"))


def _unit_row(
    uid: str, u_type: str, short: str, level: str, pid: str, p_name: str, source: str, **more: str
) -> dict:
    """One gazetteer row of a unit named ``u_type short`` in province ``pid`` (``p_name``);
    ``more`` gives the other columns (district_id, the 2025 roll-up, validity)."""
    return (
        dict(
            unit_id=uid,
            name=f"{u_type} {short}",
            short_name=short,
            level=level,
            type=u_type,
            province_id=pid,
            province=p_name,
            district_id="",
            source=source,
        )
        | more
    )


def _post_reform(province: str, code: str) -> dict:
    """The columns of a unit of the 2025 data: its own province is its roll-up, valid from the reform."""
    return dict(
        province_after_2025=province,
        province_after_2025_code=code,
        other_names="",
        valid_from=REFORM_FROM,
        valid_to="",
    )


def flatten_pre_reform(data: list[dict], source: str) -> dict[str, dict]:
    """Rows keyed by unit_id from one pre-reform release (provinces > districts > wards)."""
    rows: dict[str, dict] = {}
    for prov in data:
        if "districts" not in prov:
            raise GazetteerSourceError(
                f"{source} has no districts: pass a pre-reform (0.x) release of vietnam-provinces"
            )
        p_type, p_short = split_type(prov["name"])
        pid = f"P{prov['code']}"
        p_name = f"{p_type} {p_short}"
        rows[pid] = _unit_row(pid, p_type, p_short, "tinh", pid, p_name, source)
        for dist in prov["districts"]:
            d_type, d_short = split_type(dist["name"])
            did = f"D{dist['code']}"
            rows[did] = _unit_row(did, d_type, d_short, "huyen", pid, p_name, source)
            for ward in dist["wards"]:
                w_type, w_short = split_type(ward["name"])
                wid = f"X{ward['code']}"
                rows[wid] = _unit_row(wid, w_type, w_short, "xa", pid, p_name, source, district_id=did)
    return rows


def merge_releases(releases: list[tuple[str, list[dict]]]) -> dict[str, dict]:
    """Union of releases, newest first: the newest data of a code wins, older names are kept."""
    merged: dict[str, dict] = {}
    for source, data in releases:
        for uid, row in flatten_pre_reform(data, source).items():
            if uid not in merged:
                row["other_names"] = []
                merged[uid] = row
            elif row["name"] != merged[uid]["name"] and row["name"] not in merged[uid]["other_names"]:
                merged[uid]["other_names"].append(row["name"])
    # a dissolved unit's province may have been renamed since: use the newest province name
    for row in merged.values():
        row["province"] = merged[row["province_id"]]["name"]
    return merged


def post_reform_provinces(post: list[dict], pre: list[dict]) -> dict[str, tuple[str, str]]:
    """Map old province id -> (post-reform full name, post-reform code) by commune-code votes."""
    new_name: dict[int, str] = {}
    ward_to_new: dict[int, int] = {}
    for prov in post:
        if "wards" not in prov:
            raise GazetteerSourceError(
                "the installed vietnam-provinces has no post-reform wards; install a 2025.x release"
            )
        p_type = "thành phố" if prov["division_type"].startswith("thành phố") else "tỉnh"
        short = split_type(prov["name"])[1] if prov["name"].lower().startswith(p_type) else prov["name"]
        new_name[prov["code"]] = f"{p_type} {short}"
        for ward in prov["wards"]:
            ward_to_new[ward["code"]] = prov["code"]
    result: dict[str, tuple[str, str]] = {}
    for prov in pre:
        votes = Counter(
            ward_to_new[w["code"]] for d in prov["districts"] for w in d["wards"] if w["code"] in ward_to_new
        )
        if len(votes) != 1:
            raise GazetteerSourceError(
                f"province {prov['name']} maps to {dict(votes) or 'no'} post-reform provinces; "
                "check the 2025 merger table by hand"
            )
        code = next(iter(votes))
        result[f"P{prov['code']}"] = (new_name[code], str(code))
    return result


def level_order(uid: str) -> tuple[int, int]:
    return ("PDX".index(uid[0]), int(uid[1:]))


def build_rows(
    pre_releases: list[tuple[str, list[dict]]], post: list[dict], communes: bool = True, post_source: str = ""
) -> list[dict]:
    """All gazetteer rows: the pre-reform provinces, districts and communes, then the
    post-reform provinces and communes, each group by code."""
    return build_tables(pre_releases, post, communes, post_source)[0]


def _post_province_name(prov: dict) -> tuple[str, str]:
    p_type = "thành phố" if prov["division_type"].startswith("thành phố") else "tỉnh"
    short = split_type(prov["name"])[1] if prov["name"].lower().startswith(p_type) else prov["name"]
    return p_type, short


def unchanged_provinces(
    post: list[dict], pre: list[dict], after: dict[str, tuple[str, str]]
) -> dict[str, str]:
    """Post-reform province code -> the one old province id it equals (nothing merged in)."""
    into: dict[str, list[str]] = {}
    for old_id, (_, code) in after.items():
        into.setdefault(code, []).append(old_id)
    return {code: ids[0] for code, ids in into.items() if len(ids) == 1}


def build_tables(
    pre_releases: list[tuple[str, list[dict]]], post: list[dict], communes: bool = True, post_source: str = ""
) -> tuple[list[dict], list[dict]]:
    """(gazetteer rows, crosswalk rows); see the module docstring for ids and spans."""
    merged = merge_releases(pre_releases)
    after = post_reform_provinces(post, pre_releases[0][1])
    same = unchanged_provinces(post, pre_releases[0][1], after)
    same_old = set(same.values())
    rows = []
    cross = []
    for uid in sorted(merged, key=level_order):
        row = merged[uid]
        if row["level"] == "xa" and not communes:
            continue
        if row["province_id"] not in after:
            raise GazetteerSourceError(
                f"{row['name']} ({uid}) lies in province {row['province_id']}, absent from the newest release"
            )
        row["province_after_2025"], row["province_after_2025_code"] = after[row["province_id"]]
        row["other_names"] = "|".join(row["other_names"])
        row["valid_from"] = ""
        row["valid_to"] = "" if uid in same_old else REFORM_TO
        rows.append(row)
    # post-reform provinces and communes
    new_pid: dict[str, str] = {}
    for prov in post:
        code = str(prov["code"])
        p_type, short = _post_province_name(prov)
        if code in same:
            new_pid[code] = same[code]
            continue
        pid = f"P{code}{NEW_SUFFIX}"
        new_pid[code] = pid
        name = f"{p_type} {short}"
        rows.append(_unit_row(pid, p_type, short, "tinh", pid, name, post_source, **_post_reform(name, code)))
    by_id = {r["unit_id"]: r for r in rows}
    new_wards: dict[int, str] = {}
    for prov in post:
        code = str(prov["code"])
        pid = new_pid[code]
        p_name = by_id[pid]["name"]
        for ward in sorted(prov["wards"], key=lambda w: w["code"]):
            w_type, w_short = split_type(ward["name"])
            wid = f"X{ward['code']}{NEW_SUFFIX}"
            new_wards[ward["code"]] = wid
            if communes:
                rows.append(
                    _unit_row(
                        wid, w_type, w_short, "xa", pid, p_name, post_source, **_post_reform(p_name, code)
                    )
                )
    # the crosswalk
    newest = {f"P{p['code']}" for p in pre_releases[0][1]}
    for uid in sorted(merged, key=level_order):
        row = merged[uid]
        new_prov = new_pid[after[row["province_id"]][1]]
        if row["level"] == "tinh":
            if uid in newest:
                cross.append(
                    dict(old_id=uid, new_id=new_prov, relation="same" if uid in same_old else "merged_into")
                )
        elif row["level"] == "huyen":
            cross.append(dict(old_id=uid, new_id=new_prov, relation="dissolved_into"))
        elif communes:
            code = int(uid[1:])
            if code in new_wards:
                cross.append(dict(old_id=uid, new_id=new_wards[code], relation="code_kept"))
            else:
                cross.append(dict(old_id=uid, new_id=new_prov, relation="within"))
    if communes:
        # island districts that became a đặc khu of the same name, in the same new province
        districts = {
            (r["province_after_2025"], r["short_name"].lower()): r["unit_id"]
            for r in rows
            if r["level"] == "huyen"
        }
        for r in rows:
            if r["type"] == "đặc khu":
                old = districts.get((r["province"], r["short_name"].lower()))
                if old:
                    cross.append(dict(old_id=old, new_id=r["unit_id"], relation="became"))
    return rows, cross


def write_csv(rows: list[dict], out: Path, columns: list[str] = COLUMNS) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in columns})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(buf.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "pre_reform", nargs="+", type=Path, help="pre-reform vietnam-provinces wheels (0.x), newest first"
    )
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--no-communes", action="store_true")
    args = ap.parse_args(argv)
    import vietnam_provinces

    post = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text(encoding="utf-8"))
    pre = [(release_label(w), read_nested(w)) for w in args.pre_reform]
    rows, cross = build_tables(
        pre,
        post,
        communes=not args.no_communes,
        post_source=f"vietnam-provinces {vietnam_provinces.__version__}",
    )
    write_csv(rows, args.out)
    write_csv(cross, args.out.with_name(CROSSWALK_NAME), CROSSWALK_COLUMNS)
    counts = Counter(r["level"] for r in rows)
    print(
        f"wrote {len(rows)} units ({dict(counts)}) to {args.out} "
        f"({args.out.stat().st_size / 1e6:.2f} MB); post-reform data "
        f"vietnam-provinces {vietnam_provinces.__version__}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
