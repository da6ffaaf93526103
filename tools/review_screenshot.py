#!/usr/bin/env python3
"""Make docs/review.png, the README's picture of the review page, from the sample archive.

    python tools/review_screenshot.py [--raw data/raw] [--out DIR] [--fragment '#kind=check']

Processes ``--raw`` into ``--out`` (default: a temporary folder), writes the review page
(``cchc review``) and photographs it with headless Chromium, filtered by ``--fragment``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--fragment", default="#kind=check")
    ap.add_argument("--dest", type=Path, default=ROOT / "docs" / "review.png")
    ap.add_argument("--size", default="1200,2000")
    args = ap.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 1
    from review.report import write_report
    from runner.batch import run_batch
    from runner.document import PipelineOptions

    with tempfile.TemporaryDirectory(prefix="cchc-shot-") as tmp:
        out = args.out or Path(tmp) / "out"
        report = run_batch(args.raw, out, PipelineOptions(), workers=2, timeout=600, memory_limit_mb=0)
        print(f"run {report.run_id}: {report.n_files} files, {report.n_observations} observations")
        page = write_report(out, Path(tmp) / "review.html", args.raw)
        shot = Path(tmp) / "shot.png"
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={Path(tmp) / 'profile'}",
                "--virtual-time-budget=5000",
                "--hide-scrollbars",
                f"--window-size={args.size}",
                f"--screenshot={shot}",
                page.as_uri() + args.fragment,
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        from PIL import Image

        img = Image.open(shot).convert("RGB")
        args.dest.parent.mkdir(parents=True, exist_ok=True)
        img.quantize(colors=128).save(args.dest, "PNG", optimize=True)
    print(args.dest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
