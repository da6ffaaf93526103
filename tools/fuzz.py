"""Fuzz the pipeline: damaged and hostile files beside good ones, run in batches.

    python tools/fuzz.py [--n 320] [--seed 17] [--batch 40] [--workers 2] [--timeout 60]
                         [--memory-limit 1024] [--keep DIR]

A seeded mutator (``random.Random(seed)``: the same seed makes the same files) takes good
sample files — the sample archive ``data/raw/`` and small ones generated here (a digital PDF,
an HTML page, a .docx, a UTF-8 and a Windows-1258 text) — and makes damaged ones: byte flips,
truncations, inserted bytes, zip and XML bombs, PDF reference loops, odd names (bytes that
are not UTF-8, 250-byte names, new lines, no extension, the wrong extension), symbolic links
(outside the archive, broken, in a loop, to a folder) and FIFOs. Each batch (``--batch``
damaged files plus every good file) is one run of ``run_pipeline.py`` in a fresh folder; its
process tree is watched for memory. Printed at the end, and checked by ``tests/test_fuzz.py``
on a small fixed sample:

- crashed runs (an exit status other than 0 or 1, or a traceback);
- inputs without exactly one ``documents`` row;
- hangs past the limit (a run longer than its documents' limits allow) and documents
  stopped at ``--timeout``;
- errors that are raw exception text (``FooError: ...``), see ``core.errors``;
- peak resident memory per worker process (with its children) against ``--memory-limit``.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE_TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BÁO CÁO\nKết quả thực hiện công tác cải cách hành chính quý II năm 2024\n"
    "I. KẾT QUẢ THỰC HIỆN\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%.\n"
    "STT\tNội dung\tĐơn vị tính\tKết quả\n1\tSố thủ tục hành chính được công bố\tThủ tục\t1.245\n"
    "2\tSố hồ sơ tiếp nhận\tHồ sơ\t26.198\n3\tTỷ lệ hồ sơ trực tuyến\t%\t65,02\n"
)


# ------------------------------------------------------------------ good files


def _pdf_bytes(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    ):
        if os.path.exists(path):
            pdfmetrics.registerFont(TTFont("FuzzFont", path))
            font = "FuzzFont"
            break
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in text.splitlines():
        c.setFont(font, 10)
        c.drawString(40, y, line.replace("\t", "    "))
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx_bytes(text: str, document_xml: bytes | None = None) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    if document_xml is None:
        paras = "".join(
            f"<w:p><w:r><w:t>{line.replace('&', '&amp;').replace('<', '&lt;')}</w:t></w:r></w:p>"
            for line in text.splitlines()
        )
        document_xml = (
            f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{paras}</w:body></w:document>'.encode()
        )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def _html_bytes(text: str) -> bytes:
    rows = []
    for line in text.splitlines():
        cells = line.split("\t")
        rows.append(
            "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" if len(cells) > 1 else f"<p>{line}</p>"
        )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Báo cáo</title></head><body>"
        + "\n".join(rows)
        + "</body></html>"
    ).encode("utf-8")


def good_files(include_scans: bool = True) -> dict[str, bytes]:
    """The good inputs: the sample archive and generated ones, by a name to save them under."""
    files: dict[str, bytes] = {}
    raw = ROOT / "data" / "raw"
    for path in sorted(raw.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            if not include_scans and "scan" in path.parts:
                continue
            files[f"good/{path.relative_to(raw).as_posix()}"] = path.read_bytes()
    files["good/gen/report.pdf"] = _pdf_bytes(SAMPLE_TEXT)
    files["good/gen/report.docx"] = _docx_bytes(SAMPLE_TEXT)
    files["good/gen/report.html"] = _html_bytes(SAMPLE_TEXT)
    files["good/gen/report-utf8.txt"] = SAMPLE_TEXT.encode("utf-8")
    files["good/gen/report-1258.txt"] = SAMPLE_TEXT.encode("cp1258", errors="ignore")
    return files


# ------------------------------------------------------------------ damage


def flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 5, 20))):
        if b:
            b[rng.randrange(len(b))] ^= rng.randrange(1, 256)
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: int(len(data) * rng.choice((0.0, 0.01, 0.1, 0.5, 0.9, 0.99)))]


def insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = rng.choice(
        (b"\x00" * 64, b"\xff\xfe", b"(cid:12)" * 50, b"\xc3", bytes(rng.randrange(256) for _ in range(200)))
    )
    return data[:at] + junk + data[at:]


BOMB_MB = (64, 256, 600)


def zip_bomb(rng: random.Random, sizes: tuple[int, ...] = BOMB_MB) -> bytes:
    """A .docx whose body unpacks to hundreds of MB (a few hundred kB packed)."""
    size = rng.choice(sizes) << 20
    head = b'<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(head)
            block = b"A" * (1 << 20)
            for _ in range(size >> 20):
                f.write(block)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


def xml_bomb(rng: random.Random) -> bytes:
    """A .docx whose body is a billion-laughs entity expansion."""
    levels = rng.choice((6, 9))
    ents = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, levels + 1)
    ]
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [{"".join(ents)}]>'
        f'<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&l{levels};</w:t></w:r></w:p>'
        '</w:body></w:document>'
    ).encode()
    return _docx_bytes("", xml)


def html_bomb(rng: random.Random) -> bytes:
    """Deeply nested or enormous markup."""
    depth = rng.choice((5_000, 50_000))
    return b"<html><body>" + b"<div><table><tr><td>" * depth + b"x" + b"</td></tr></table></div>" * depth


def pdf_loop(rng: random.Random) -> bytes:
    """Small PDFs whose objects refer to each other in a loop."""
    variants = [
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj 3 0 R endobj\n3 0 obj 2 0 R endobj\n",
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\n",
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Pages/Kids[2 0 R]/Parent 2 0 R>>endobj\n",
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[4 0 R]/Count 1>>endobj\n"
        b"4 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]/Resources 6 0 R>>endobj\n"
        b"6 0 obj 7 0 R endobj\n7 0 obj 6 0 R endobj\n",
        b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[4 0 R]/Count 1>>endobj\n"
        b"4 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 a b]/Contents 5 0 R>>endobj\n"
        b"5 0 obj<</Length 5 0 R>>stream\nBT /F1 12 Tf (x) Tj ET\nendstream endobj\n",
    ]
    return b"%PDF-1.4\n" + rng.choice(variants) + b"trailer<</Root 1 0 R>>\n%%EOF"


def deflate_damage(rng: random.Random, data: bytes) -> bytes:
    """Damage a ZIP member's compressed bytes (past its header): a bad deflate stream."""
    at = data.find(b"word/document.xml")
    if at < 0:
        return flip(rng, data)
    b = bytearray(data)
    for i in range(at + 20, min(len(b), at + 60)):
        b[i] ^= 0x5A
    return bytes(b)


@dataclass
class Case:
    name: str  # relative path under raw (may hold bytes that are not UTF-8)
    kind: str  # what was done
    data: bytes | None = None
    link_to: str | None = None  # a symbolic link: its target
    fifo: bool = False


def make_cases(n: int, seed: int, goods: dict[str, bytes], bomb_mb: tuple[int, ...] = BOMB_MB) -> list[Case]:
    """``n`` damaged or hostile inputs, the same for the same seed."""
    rng = random.Random(seed)
    names = sorted(goods)
    cheap = [k for k in names if "scan" not in k]  # OCR'd samples are damaged more rarely
    cases: list[Case] = []
    for i in range(n):
        src = rng.choice(cheap if rng.random() < 0.9 else names)
        data = goods[src]
        ext = Path(src).suffix
        r = rng.random()
        if r < 0.30:
            cases.append(Case(f"flip/{i:04d}{ext}", "byte flips", flip(rng, data)))
        elif r < 0.45:
            cases.append(Case(f"trunc/{i:04d}{ext}", "truncation", truncate(rng, data)))
        elif r < 0.52:
            cases.append(Case(f"insert/{i:04d}{ext}", "inserted bytes", insert(rng, data)))
        elif r < 0.57:
            cases.append(Case(f"bomb/{i:04d}.docx", "zip bomb", zip_bomb(rng, bomb_mb)))
        elif r < 0.61:
            cases.append(Case(f"bomb/{i:04d}x.docx", "xml bomb", xml_bomb(rng)))
        elif r < 0.64:
            cases.append(Case(f"bomb/{i:04d}.html", "markup bomb", html_bomb(rng)))
        elif r < 0.70:
            cases.append(Case(f"loop/{i:04d}.pdf", "reference loop", pdf_loop(rng)))
        elif r < 0.73:
            cases.append(
                Case(
                    f"zip/{i:04d}.docx",
                    "damaged deflate stream",
                    deflate_damage(rng, goods["good/gen/report.docx"]),
                )
            )
        elif r < 0.85:
            kind = rng.choice(("latin1", "long", "newline", "noext", "wrongext", "dash", "upper"))
            stem = {
                "latin1": f"b\xe1o-c\xe1o-{i}",
                "long": "d" * 240 + f"{i}",
                "newline": f"a\nb{i}",
                "noext": f"x{i}",
                "wrongext": f"pdf-as-txt-{i}",
                "dash": f"-{i} --raw",
                "upper": f"UP{i}",
            }[kind]
            suffix = {"noext": "", "wrongext": ".txt", "upper": ext.upper()}.get(kind, ext)
            data = goods["good/gen/report.pdf"] if kind == "wrongext" else data
            cases.append(Case(f"names/{stem}{suffix}", f"odd name ({kind})", data))
        elif r < 0.95:
            kind = rng.choice(("outside", "broken", "loop", "folder", "inside"))
            target = {
                "outside": "/etc/hostname",
                "broken": f"missing-{i}.pdf",
                "loop": f"{i:04d}-self.txt",
                "folder": "..",
                "inside": f"../{src}",
            }[kind]
            cases.append(
                Case(
                    f"links/{i:04d}-{kind}.txt" if kind != "loop" else f"links/{i:04d}-self.txt",
                    f"symbolic link ({kind})",
                    link_to=target,
                )
            )
        else:
            cases.append(Case(f"fifo/{i:04d}.txt", "FIFO", fifo=True))
    return cases


def write_case(raw: Path, case: Case) -> None:
    rel = os.fsencode(case.name.replace("\xe1", "\udce1"))  # the Latin-1 byte, as bytes
    path = os.path.join(os.fsencode(str(raw)), rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if case.link_to is not None:
        os.symlink(case.link_to, path)
    elif case.fifo:
        os.mkfifo(path)
    else:
        with open(path, "wb") as f:
            f.write(case.data or b"")


# ------------------------------------------------------------------ running


@dataclass
class BatchResult:
    rc: int
    wall: float
    bound: float
    n_inputs: int
    n_rows: int
    missing_or_extra: int
    raw_errors: list[tuple[str, str]] = field(default_factory=list)
    timeouts: list[str] = field(default_factory=list)
    peak_worker_mb: dict[int, float] = field(default_factory=dict)
    crashed: bool = False
    hang: bool = False
    stderr_tail: str = ""


def _watch(proc: subprocess.Popen, peaks: dict[int, float], stop: list) -> None:
    import psutil

    from runner.workers import tree_rss

    try:
        me = psutil.Process(proc.pid)
    except psutil.Error:
        return
    while not stop:
        try:
            for child in me.children():
                rss = tree_rss(child) / (1 << 20)
                if rss > peaks.get(child.pid, 0):
                    peaks[child.pid] = rss
        except psutil.Error:
            pass
        time.sleep(0.05)


def count_inputs(raw: Path) -> int:
    """Entries a run must give a row: files, links and FIFOs (not dot-files, not folders)."""
    n = 0
    for dirpath, dirnames, filenames in os.walk(os.fsencode(str(raw)), followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(b".")]
        n += sum(1 for f in filenames if not f.startswith(b"."))
        n += sum(1 for d in dirnames if os.path.islink(os.path.join(dirpath, d)))
        dirnames[:] = [d for d in dirnames if not os.path.islink(os.path.join(dirpath, d))]
    return n


def run_one(
    raw: Path, out: Path, workers: int, timeout: float, memory_limit: int, extra: tuple[str, ...] = ()
) -> BatchResult:
    import threading

    import pyarrow.parquet as pq

    from core.errors import is_raw_exception_text

    n_inputs = count_inputs(raw)
    bound = 60 + timeout * math.ceil(max(1, n_inputs) / workers) * 1.5
    cmd = [
        sys.executable,
        str(ROOT / "run_pipeline.py"),
        "--raw",
        str(raw),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--timeout",
        f"{timeout:g}",
        "--memory-limit",
        str(memory_limit),
        "--log-format",
        "json",
        *extra,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CCHC_TEST_FAULTS", None)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    peaks: dict[int, float] = {}
    stop: list = []
    watcher = threading.Thread(target=_watch, args=(proc, peaks, stop), daemon=True)
    watcher.start()
    hang = False
    try:
        _, err = proc.communicate(timeout=bound)
    except subprocess.TimeoutExpired:
        hang = True
        proc.kill()
        _, err = proc.communicate()
    stop.append(True)
    watcher.join(2)
    wall = time.monotonic() - t0
    err_text = err.decode("utf-8", "replace")
    res = BatchResult(
        rc=proc.returncode,
        wall=wall,
        bound=bound,
        n_inputs=n_inputs,
        n_rows=0,
        missing_or_extra=n_inputs,
        peak_worker_mb=peaks,
        hang=hang,
        stderr_tail=err_text[-2000:],
    )
    res.crashed = hang or proc.returncode not in (0, 1) or "Traceback" in err_text
    docs_path = out / "documents.parquet"
    if docs_path.exists():
        docs = pq.read_table(docs_path).to_pylist()
        res.n_rows = len(docs)
        names = [d["source_file"] for d in docs]
        res.missing_or_extra = abs(n_inputs - len(set(names))) + (len(names) - len(set(names)))
        for d in docs:
            e = d.get("error") or ""
            if is_raw_exception_text(e):
                res.raw_errors.append((d["source_file"], e))
            if "timed out after" in e:
                res.timeouts.append(d["source_file"])
    return res


def fuzz(
    n: int = 320,
    seed: int = 17,
    batch: int = 40,
    workers: int = 2,
    timeout: float = 60,
    memory_limit: int = 1024,
    keep: Path | None = None,
    include_scans: bool = True,
    log=print,
    bomb_mb: tuple[int, ...] = BOMB_MB,
) -> dict:
    """Make ``n`` damaged inputs and run them in batches beside the good files; the figures."""
    goods = good_files(include_scans)
    cases = make_cases(n, seed, goods, bomb_mb)
    base = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="cchc-fuzz-"))
    totals = {
        "runs": 0,
        "crashed_runs": 0,
        "inputs": 0,
        "damaged_inputs": len(cases),
        "inputs_without_exactly_one_row": 0,
        "hangs_past_limit": 0,
        "documents_timed_out": 0,
        "raw_exception_errors": 0,
        "peak_worker_mb": 0.0,
        "workers_over_limit": 0,
        "memory_limit_mb": memory_limit,
        "kinds": {},
    }
    for c in cases:
        totals["kinds"][c.kind] = totals["kinds"].get(c.kind, 0) + 1
    examples: list[str] = []
    try:
        for b, start in enumerate(range(0, len(cases), batch)):
            raw, out = base / f"b{b:02d}" / "raw", base / f"b{b:02d}" / "out"
            raw.mkdir(parents=True, exist_ok=True)
            for name, data in goods.items():
                (raw / name).parent.mkdir(parents=True, exist_ok=True)
                (raw / name).write_bytes(data)
            for case in cases[start : start + batch]:
                write_case(raw, case)
            res = run_one(raw, out, workers, timeout, memory_limit)
            totals["runs"] += 1
            totals["inputs"] += res.n_inputs
            totals["crashed_runs"] += int(res.crashed)
            totals["hangs_past_limit"] += int(res.hang)
            totals["inputs_without_exactly_one_row"] += res.missing_or_extra
            totals["documents_timed_out"] += len(res.timeouts)
            totals["raw_exception_errors"] += len(res.raw_errors)
            peak = max(res.peak_worker_mb.values(), default=0.0)
            totals["peak_worker_mb"] = round(max(totals["peak_worker_mb"], peak), 1)
            over = sum(1 for v in res.peak_worker_mb.values() if memory_limit and v > memory_limit)
            totals["workers_over_limit"] += over
            examples += [f"{f}: {e}" for f, e in res.raw_errors[:3]]
            if res.crashed:
                examples.append(f"batch {b} crashed (rc {res.rc}): {res.stderr_tail[-400:]}")
            log(
                f"batch {b}: {res.n_inputs} inputs, {res.n_rows} rows, exit {res.rc}, {res.wall:.0f} s "
                f"(bound {res.bound:.0f} s), workers peak {peak:.0f} MB, raw errors {len(res.raw_errors)}, "
                f"timed out {len(res.timeouts)}"
            )
    finally:
        if keep is None:
            shutil.rmtree(base, ignore_errors=True)
    totals["examples"] = examples[:10]
    return totals


def report_text(t: dict) -> str:
    lines = [
        f"fuzz: {t['damaged_inputs']} damaged inputs in {t['runs']} runs ({t['inputs']} inputs with the good ones)",
        "  kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(t["kinds"].items())),
        f"  crashed runs: {t['crashed_runs']}",
        f"  inputs without exactly one documents row: {t['inputs_without_exactly_one_row']}",
        f"  hangs past the limit: {t['hangs_past_limit']} (documents stopped at --timeout: "
        f"{t['documents_timed_out']})",
        f"  raw exception texts as errors: {t['raw_exception_errors']}",
        f"  peak memory per worker: {t['peak_worker_mb']} MB (limit {t['memory_limit_mb']} MB; "
        f"workers over it: {t['workers_over_limit']})",
    ]
    lines += [f"  e.g. {e}" for e in t.get("examples", [])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=320, help="damaged inputs (default 320)")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--batch", type=int, default=40, help="damaged inputs per run (default 40)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--timeout", type=float, default=60, help="--timeout of each run (default 60 s)")
    p.add_argument("--memory-limit", type=int, default=1024, help="--memory-limit of each run (MB)")
    p.add_argument("--no-scans", action="store_true", help="leave the OCR'd samples out (faster)")
    p.add_argument("--keep", type=Path, default=None, help="keep the inputs and outputs in this folder")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = p.parse_args(argv)
    t = fuzz(
        a.n,
        a.seed,
        a.batch,
        a.workers,
        a.timeout,
        a.memory_limit,
        a.keep,
        not a.no_scans,
        log=lambda s: print(s, file=sys.stderr, flush=True),
    )
    print(json.dumps(t, ensure_ascii=False, indent=1) if a.json else report_text(t))
    bad = (
        t["crashed_runs"]
        or t["inputs_without_exactly_one_row"]
        or t["hangs_past_limit"]
        or t["raw_exception_errors"]
        or t["workers_over_limit"]
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
