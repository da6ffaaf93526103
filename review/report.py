"""``cchc review OUT``: one self-contained HTML page to review what a run read.

Per document its status and pages; every flagged or low-confidence value with a crop of its
page region (the row filled yellow, the value cell outlined, when the source file and a
bbox are at hand), the printed label, the value read, the flags with their meaning, the
flag detail and the arithmetic of the relation the check used; each with a ready-to-edit
line of the corrections file. Two small SVG plots (values per unit and period, flags per
flag and kind), drawn here, no script needed. Filters (document, flag kind, flag, text) are
a few lines of plain JavaScript that read and write the URL's fragment
(``report.html#flag=sum_mismatch&doc=ab12``), so a filtered view can be linked and the
page needs no server. Images are inlined as data: URIs: the file can be mailed.
"""

from __future__ import annotations

import html
import math
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from core.flags import DESCRIPTIONS, KINDS, NOT_QUEUED, kind_of
from normalize.catalog import load_catalog
from review.data import Output, load
from review.render import cached_page, crop_region, find_text_box, png_data_uri, renderable
from store.corrections import HEADER, csv_line

LOW_CONFIDENCE = 0.6
KIND_COLOURS = {
    "check": "#c0392b",
    "reading": "#d68910",
    "ocr": "#8e44ad",
    "structure": "#2471a3",
    "narrative": "#1e8449",
    "undeclared": "#555555",
}


def _e(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return html.escape(str(v))


def _blank(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _num(v) -> str:
    if _blank(v):
        return ""
    v = float(v)
    return str(int(v)) if v.is_integer() else f"{v:.4f}".rstrip("0").rstrip(".")


def _flags(row) -> list[str]:
    f = row.get("flags")
    return [] if f is None or (isinstance(f, float) and math.isnan(f)) else [str(x) for x in list(f)]


def review_items(output: Output) -> pd.DataFrame:
    """The observations to review: flagged, or read with low confidence."""
    obs = output["observations"]
    if obs.empty:
        return obs
    flagged = obs["flags"].map(lambda f: f is not None and any(x not in NOT_QUEUED for x in f))
    low = pd.to_numeric(obs["confidence"], errors="coerce").fillna(1.0) < LOW_CONFIDENCE
    return obs[flagged | low | obs.get("corrected", False).fillna(False).astype(bool)]


# ------------------------------------------------------------------ arithmetic


def relation_rows(obs_doc: pd.DataFrame, row: pd.Series) -> list[tuple[str, str, str, str]]:
    """(role, code, label, value) of the relation a check used on ``row`` (sum or ratio)."""
    code = row.get("indicator_code")
    if _blank(code):
        return []
    ind = load_catalog().get(code)
    if ind is None:
        return []
    table = obs_doc[obs_doc["origin"] == "table"]

    def nearest(c: str) -> pd.Series | None:
        found = table[table["indicator_code"] == c]
        if found.empty:
            return None
        return found.iloc[(found["seq"] - row["seq"]).abs().argsort().iloc[0]]

    out = []
    flags = _flags(row)
    if ind.ratio_parts and "ratio_mismatch" in flags:
        for role, c in zip(("numerator", "denominator"), ind.ratio_parts):
            m = nearest(c)
            out.append((role, c, ind_label(c), "blank" if m is None else _num(m["value"])))
    if ind.sum_parts and "sum_mismatch" in flags:
        total = 0.0
        for c in ind.sum_parts:
            m = nearest(c)
            v = None if m is None or _blank(m["value"]) else float(m["value"])
            total += v or 0.0
            out.append(("part", c, ind_label(c), "blank" if v is None else _num(v)))
        out.append(("sum of parts", "", "", _num(total)))
    if out:
        out.insert(
            0, ("total" if "sum_mismatch" in flags else "percent", code, ind.label, _num(row["value"]))
        )
    return out


def ind_label(code: str) -> str:
    ind = load_catalog().get(code)
    return ind.label if ind is not None else ""


# ------------------------------------------------------------------ crops


def crop_uri(output: Output, row: pd.Series, pages: pd.DataFrame) -> tuple[str | None, str]:
    """(data URI of the crop, why there is none)."""
    bbox = row.get("bbox")
    if _blank(row.get("page")):
        return None, "no page (a text export)"
    if bbox is None or (isinstance(bbox, float)) or len(bbox) != 4:
        return None, "no position recorded for this value"
    src = output.source(row["source_file"])
    if src is None:
        return None, (
            f"source file not found under {output.raw}" if output.raw else "source folder unknown: pass --raw"
        )
    if not renderable(src):
        return None, "not a PDF or image"
    page = int(row["page"])
    info = pages[(pages["doc_id"] == row["doc_id"]) & (pages["page"] == page)] if not pages.empty else pages
    frame, rotation = None, None
    if len(info):
        i = info.iloc[0]
        if not _blank(i.get("width")) and not _blank(i.get("height")):
            frame = (float(i["width"]), float(i["height"]))
        rotation = None if _blank(i.get("rotation")) else int(i["rotation"])
    try:
        img = cached_page(src, page, 2.0, frame, rotation)
        x0, top, x1, bottom = (float(v) for v in bbox)
        box = (x0, top, x1, bottom)
        cell = None
        raw = row.get("value_raw")
        if not _blank(raw) and not rotation:
            cell = find_text_box(src, page, str(raw), box)
        return png_data_uri(crop_region(img, box, cell)), ""
    except Exception as exc:  # noqa: BLE001 - a page that cannot be rendered must not stop the report
        return None, f"page could not be rendered ({type(exc).__name__}: {exc})"


# ------------------------------------------------------------------ plots (SVG)


def bar_chart(rows: list[tuple[str, float, str]], title: str, width: int = 560) -> str:
    """Horizontal bars: (label, value, colour)."""
    if not rows:
        return f"<p class='muted'>{_e(title)}: nothing to plot.</p>"
    bar_h, gap, left = 16, 5, 250
    top = 24
    height = top + len(rows) * (bar_h + gap) + 8
    vmax = max(v for _l, v, _c in rows) or 1
    parts = [
        f"<svg class='plot' role='img' aria-label='{_e(title)}' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' xmlns='http://www.w3.org/2000/svg'>",
        f"<text x='0' y='14' class='ptitle'>{_e(title)}</text>",
    ]
    for i, (label, v, colour) in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = max(1, (width - left - 50) * v / vmax)
        short = label if len(label) <= 40 else label[:39] + "…"
        parts.append(
            f"<text x='{left - 6}' y='{y + 12}' text-anchor='end'><title>{_e(label)}</title>{_e(short)}</text>"
        )
        parts.append(f"<rect x='{left}' y='{y}' width='{w:.1f}' height='{bar_h}' fill='{colour}'/>")
        parts.append(f"<text x='{left + w + 4:.1f}' y='{y + 12}'>{_num(v)}</text>")
    parts.append("</svg>")
    return "".join(parts)


def plots(output: Output, items: pd.DataFrame) -> str:
    ind = output["indicators"]
    per_unit = []
    if not ind.empty:
        counts = ind.groupby(["unit_name", "period"], dropna=False).size().sort_index()
        per_unit = [
            (f"{u if not _blank(u) else '?'} · {p if not _blank(p) else '?'}", float(n), "#2e86c1")
            for (u, p), n in counts.items()
        ]
    counter = Counter(f for _i, r in items.iterrows() for f in _flags(r))
    per_flag = [
        (f, float(n), KIND_COLOURS.get(kind_of(f), "#555"))
        for f, n in sorted(
            counter.items(),
            key=lambda kv: (KINDS.index(kind_of(kv[0])) if kind_of(kv[0]) in KINDS else 99, -kv[1], kv[0]),
        )
    ]
    legend = " ".join(
        f"<span class='chip' style='background:{c}'>{k}</span>"
        for k, c in KIND_COLOURS.items()
        if k in {kind_of(f) for f in counter}
    )
    return (
        "<div class='plots'><div>"
        + bar_chart(per_unit, "indicator values per unit and period")
        + "</div><div>"
        + bar_chart(per_flag, "flagged values per flag")
        + f"<p>{legend}</p></div></div>"
    )


# ------------------------------------------------------------------ the page

STYLE = """
body{font:14px/1.4 'DejaVu Sans',Arial,sans-serif;margin:0 2em 3em;color:#222}
h1{font-size:22px;margin:.8em 0 .2em} h2{font-size:18px;margin:1.4em 0 .4em;border-bottom:1px solid #ccc}
table{border-collapse:collapse} td,th{border:1px solid #ddd;padding:2px 6px;vertical-align:top;text-align:left}
th{background:#f4f4f4} .muted{color:#777} .ok{color:#1e8449} .partial{color:#d68910} .failed{color:#c0392b}
#filters{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ccc;z-index:2}
#filters label{margin-right:1em} .item{border:1px solid #ccc;border-radius:4px;margin:.8em 0;padding:.6em}
.item[hidden]{display:none} .item h3{font-size:15px;margin:0 0 .3em} .crop{max-width:100%;border:1px solid #999}
.chip{display:inline-block;color:#fff;border-radius:3px;padding:0 5px;margin:0 3px 2px 0;font-size:12px}
.detail{font-family:monospace;background:#fbf3e4;padding:2px 5px} .csv{font-family:monospace;width:100%}
.plots{display:flex;flex-wrap:wrap;gap:2em} .plot text{font-size:11px} .plot .ptitle{font-size:13px;font-weight:bold}
.arith td:last-child{font-family:monospace;text-align:right} textarea{width:100%;height:8em;font-family:monospace}
"""

SCRIPT = """
(function(){
  var keys=['doc','kind','flag','q'];
  function params(){return new URLSearchParams(location.hash.replace(/^#/,''));}
  function apply(){
    var p=params(), want={}, shown=0, lines=[];
    keys.forEach(function(k){want[k]=p.get(k)||''; var el=document.getElementById('f-'+k); if(el&&el.value!==want[k]) el.value=want[k];});
    var q=want.q.toLowerCase();
    document.querySelectorAll('.item').forEach(function(it){
      var ok=(!want.doc||it.dataset.doc.indexOf(want.doc)===0)
        &&(!want.kind||(' '+it.dataset.kinds+' ').indexOf(' '+want.kind+' ')>=0)
        &&(!want.flag||(' '+it.dataset.flags+' ').indexOf(' '+want.flag+' ')>=0)
        &&(!q||it.textContent.toLowerCase().indexOf(q)>=0);
      it.hidden=!ok; if(ok){shown++; var c=it.querySelector('.csv'); if(c) lines.push(c.value);}
    });
    document.getElementById('shown').textContent=shown;
    var ta=document.getElementById('csv-all'); ta.textContent=ta.dataset.header+'\\n'+lines.join('\\n'); ta.value=ta.textContent;
    document.body.dataset.filtered=keys.filter(function(k){return want[k];}).join(',');
  }
  function update(){
    var p=new URLSearchParams();
    keys.forEach(function(k){var v=document.getElementById('f-'+k).value; if(v) p.set(k,v);});
    var h=p.toString(); if(('#'+h)!==location.hash){ history.replaceState(null,'',h?'#'+h:location.pathname+location.search); } apply();
  }
  window.addEventListener('hashchange',apply);
  window.addEventListener('load',function(){
    var n=0; document.querySelectorAll('img.crop').forEach(function(i){if(i.complete&&i.naturalWidth>0) n++;});
    document.body.dataset.cropsLoaded=n;
  });
  document.addEventListener('DOMContentLoaded',function(){
    keys.forEach(function(k){var el=document.getElementById('f-'+k); el.addEventListener(k==='q'?'input':'change',update);});
    apply(); document.body.dataset.ready='1';
  });
})();
"""


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    opts = "".join(f"<option value='{_e(v)}'>{_e(t)}</option>" for v, t in options)
    return f"<label>{label} <select id='f-{name}'><option value=''>all</option>{opts}</select></label>"


def _documents(output: Output, items: pd.DataFrame) -> str:
    docs, pages = output["documents"], output["pages"]
    if docs.empty:
        return "<p class='muted'>No documents.</p>"
    n_items = items.groupby("doc_id").size() if not items.empty else pd.Series(dtype=int)
    rows = []
    for _i, d in docs.sort_values("source_file").iterrows():
        mine = pages[pages["doc_id"] == d["doc_id"]] if not pages.empty else pages
        methods = ", ".join(f"{m} {n}" for m, n in Counter(mine["method"]).items()) if len(mine) else "—"
        dup = (
            f" <span class='muted'>(same bytes as {_e(d['duplicate_of'])})</span>"
            if not _blank(d.get("duplicate_of"))
            else ""
        )
        page_rows = "".join(
            f"<tr><td>{int(p['page'])}</td><td>{_e(p['method'])}</td><td>{_num(p.get('ocr_confidence'))}</td>"
            f"<td>{_num(p.get('rotation'))}</td><td>{_num(p.get('skew'))}</td><td>{_e(p.get('error'))}</td></tr>"
            for _j, p in mine.sort_values("page").iterrows()
        )
        pages_html = (
            (
                f"<details><summary>{len(mine)} pages: {_e(methods)}</summary><table><tr><th>page</th>"
                f"<th>method</th><th>OCR conf.</th><th>rotation</th><th>skew</th><th>error</th></tr>"
                f"{page_rows}</table></details>"
            )
            if len(mine)
            else "—"
        )
        link = f"<a href='#doc={_e(d['doc_id'][:12])}'>{int(n_items.get(d['doc_id'], 0))}</a>"
        rows.append(
            f"<tr class='doc' data-doc='{_e(d['doc_id'])}'><td>{_e(d['source_file'])}{dup}</td>"
            f"<td class='{_e(d['status'])}'>{_e(d['status'])}</td><td>{_e(d.get('error'))}</td>"
            f"<td>{_e(d.get('unit_name'))}</td><td>{_e(d.get('period'))}</td><td>{pages_html}</td>"
            f"<td>{_num(d.get('n_observations'))}</td><td>{link}</td></tr>"
        )
    return (
        "<table id='documents'><tr><th>file</th><th>status</th><th>error</th><th>unit</th><th>period</th>"
        "<th>pages</th><th>values</th><th>to review</th></tr>" + "".join(rows) + "</table>"
    )


def _item(output: Output, row: pd.Series, obs_doc: pd.DataFrame, pages: pd.DataFrame, n: int) -> str:
    flags = _flags(row)
    kinds = sorted({kind_of(f) for f in flags}) or (["ocr"] if not flags else [])
    if not flags and float(row.get("confidence") or 1.0) < LOW_CONFIDENCE:
        kinds = ["ocr"]
    chips = "".join(
        f"<span class='chip' style='background:{KIND_COLOURS.get(kind_of(f), '#555')}' "
        f"title='{_e(DESCRIPTIONS.get(f, 'not a declared flag'))}'>{_e(f)}</span>"
        for f in flags
    )
    meanings = "".join(
        f"<li><b>{_e(f)}</b> ({_e(kind_of(f))}): {_e(DESCRIPTIONS.get(f, 'not a declared flag'))}</li>"
        for f in flags
    )
    details = "".join(
        f"<div class='detail'>{_e(p)}</div>" for p in str(row.get("flag_detail") or "").split(" | ") if p
    )
    uri, why = crop_uri(output, row, pages)
    crop = (
        f"<img class='crop' alt='page {_e(_num(row.get('page')))} of {_e(row['source_file'])}' src='{uri}'>"
        if uri
        else f"<p class='muted nocrop'>No crop: {_e(why)}</p>"
    )
    arith = relation_rows(obs_doc, row)
    arith_html = (
        (
            "<table class='arith'><tr><th></th><th>code</th><th>label</th><th>value</th></tr>"
            + "".join(
                f"<tr><td>{_e(a)}</td><td>{_e(b)}</td><td>{_e(c)}</td><td>{_e(d)}</td></tr>"
                for a, b, c, d in arith
            )
            + "</table>"
        )
        if arith
        else ""
    )
    where = f"page {_num(row.get('page'))}" if not _blank(row.get("page")) else "text export"
    stt = row.get("printed_stt") if not _blank(row.get("printed_stt")) else row.get("stt")
    value = _num(row.get("value")) or _e(row.get("value_text")) or "blank"
    corrected = ""
    if bool(row.get("corrected")) and not _blank(row.get("corrected")):
        corrected = f"<p><b>corrected</b> (read {_e(_num(row.get('value_read')) or 'blank')}): {_e(row.get('note'))}</p>"
    sentence = f"<p class='muted'>“{_e(row.get('sentence'))}”</p>" if not _blank(row.get("sentence")) else ""
    return (
        f"<div class='item' id='item-{n}' data-doc='{_e(row['doc_id'])}' data-flags='{_e(' '.join(flags))}' "
        f"data-kinds='{_e(' '.join(kinds))}'>"
        f"<h3>{_e(row['source_file'])} · {where} · Biểu mẫu {_e(_num(row.get('form')) or '?')} "
        f"STT {_e(stt or '?')} · {_e(row.get('indicator_code') or 'no catalog code')}</h3>"
        f"<p>{chips}</p>{crop}"
        f"<table><tr><th>label</th><td>{_e(row.get('label'))}</td></tr>"
        f"<tr><th>printed</th><td>{_e(row.get('value_raw'))} {_e(row.get('measure_unit'))}</td></tr>"
        f"<tr><th>value read</th><td>{value}</td></tr>"
        f"<tr><th>confidence</th><td>{_num(row.get('confidence'))}</td></tr></table>"
        f"{sentence}{details}{arith_html}<ul>{meanings}</ul>{corrected}"
        f"<p>Correct it: copy this line to <code>corrections.csv</code>, change the value, add a note and "
        f"your name:<br><input class='csv' readonly value='{_e(csv_line(row.to_dict()))}'></p></div>"
    )


def _corrections(output: Output) -> str:
    fixes = output["corrections"]
    if fixes.empty:
        return "<p class='muted'>No corrections file was applied in the last run.</p>"
    rows = "".join(
        f"<tr><td>{_num(r['line'])}</td><td>{_e(str(r['doc_id'])[:12])}</td><td>{_num(r['form'])}</td>"
        f"<td>{_e(r['stt'])}</td><td>{_e(r['indicator_code'])}</td><td>{_num(r['value'])} {_e(r['value_text'])}</td>"
        f"<td class='{'ok' if r['status'] == 'applied' else 'failed'}'>{_e(r['status'])}</td>"
        f"<td>{_e(r['reason'])}</td><td>{_e(r['author'])}</td></tr>"
        for _i, r in fixes.iterrows()
    )
    return (
        "<table id='corrections'><tr><th>line</th><th>doc</th><th>form</th><th>stt</th><th>code</th>"
        "<th>value</th><th>status</th><th>reason</th><th>author</th></tr>" + rows + "</table>"
    )


def build_report(output: Output) -> str:
    items = review_items(output)
    obs, pages, docs = output["observations"], output["pages"], output["documents"]
    if not items.empty:
        items = items.sort_values(["source_file", "seq"])
    by_doc = {d: g for d, g in obs.groupby("doc_id")} if not obs.empty else {}
    cards = [
        _item(output, r, by_doc.get(r["doc_id"], obs[:0]), pages, n)
        for n, (_i, r) in enumerate(items.iterrows())
    ]
    used = sorted({f for _i, r in items.iterrows() for f in _flags(r)})
    kinds = [
        k for k in (*KINDS, "undeclared") if k in {kind_of(f) for f in used} or (k == "ocr" and len(items))
    ]
    doc_opts = (
        [
            (str(d)[:12], s)
            for d, s in docs.loc[
                docs["doc_id"].isin(items["doc_id"]) if not items.empty else docs["doc_id"].isin([]),
                ["doc_id", "source_file"],
            ]
            .drop_duplicates("doc_id")
            .itertuples(index=False)
        ]
        if not docs.empty
        else []
    )
    filters = (
        "<div id='filters'>"
        + _select("doc", "document", doc_opts)
        + _select("kind", "kind", [(k, k) for k in kinds])
        + _select("flag", "flag", [(f, f) for f in used])
        + "<label>text <input id='f-q' type='search' placeholder='label, value, file'></label>"
        f"<span><b id='shown'>{len(cards)}</b> of {len(cards)} shown</span></div>"
    )
    runs = output["runs"]
    last = runs.iloc[-1] if not runs.empty else None
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = (
        f"<p class='muted'>Output {_e(output.out)}; sources {_e(output.raw or 'unknown')}; "
        + (f"last run {_e(last['run_id'])} at {_e(last['finished_at'])}; " if last is not None else "")
        + f"report written {stamp}.</p>"
    )
    summary = (
        f"<p>{len(docs)} documents ({', '.join(f'{k} {v}' for k, v in Counter(docs['status']).items()) if len(docs) else '—'}), "
        f"{len(obs)} values read, {len(items)} to review.</p>"
    )
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>CCHC review</title>"
        f"<style>{STYLE}</style><script>{SCRIPT}</script></head><body>"
        f"<h1>Review of extracted values</h1>{head}{summary}"
        f"<h2>Documents</h2>{_documents(output, items)}"
        f"<h2>What was read</h2>{plots(output, items)}"
        f"<h2>Corrections</h2>{_corrections(output)}"
        f"<h2>Values to review</h2>{filters}<div id='items'>{''.join(cards)}</div>"
        "<h2>Corrections file for the values shown</h2><p>Edit the <code>value</code> (or <code>value_text</code>), "
        "<code>note</code> and <code>author</code> columns, keep the lines you corrected, save as "
        "<code>OUT/corrections.csv</code> and run again.</p>"
        f"<textarea id='csv-all' data-header='{_e(HEADER)}' readonly>{_e(HEADER)}</textarea>"
        "</body></html>"
    )


def write_report(out: Path, dest: Path | None = None, raw: Path | None = None) -> Path:
    """Write the review page of the output folder ``out`` (default ``OUT/review.html``)."""
    output = load(out, raw)
    dest = Path(dest) if dest else Path(out) / "review.html"
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".tmp")
    tmp.write_text(build_report(output), encoding="utf-8")
    tmp.replace(dest)
    return dest
