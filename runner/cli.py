"""The command line: ``python run_pipeline.py [--raw DIR] [--out DIR] [--workers N] ...``.

Exit status: 0 when every input was processed (some may be partial), 1 when at least one
input failed (the others are still processed and published), 2 for bad usage or when the
run could not start (output locked by another run, unwritable --out, missing --raw).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path

from core.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, BadOption, OutputLocked  # noqa: F401
from core.version import PIPELINE_VERSION
from extract.options import ExtractOptions, RunOptions
from runner.batch import run_with, stopped_report
from runner.dask_executor import DaskUnavailable
from runner.workers import WorkersUnavailable
from store.publish import check_writable, record_stopped_run


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="run_pipeline.py",
        description="Turn Vietnamese CCHC reports (PDF, scans, images, .txt/.html/.docx exports) "
        "into normalized parquet tables.",
        epilog="Exit status: 0 every input processed (some may be partial); 1 at least one input "
        "failed (the rest are still published); 2 bad usage or the run could not start.",
    )
    p.add_argument(
        "--raw",
        default="data/raw",
        metavar="DIR",
        help="folder of input files, searched recursively (default: data/raw): .pdf, images "
        "(.png .jpg .jpeg .tif .tiff), .txt .html .htm .docx exports, old Word .doc .odt .rtf "
        "(needs LibreOffice), workbooks .xlsx .xlsm .xls .ods",
    )
    p.add_argument(
        "--out",
        default="data/parquet",
        metavar="DIR",
        help="folder of the published tables (default: data/parquet)",
    )
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="documents processed at once (default: all cores)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        metavar="S",
        help="seconds one document may take before it is recorded failed (default: 600)",
    )
    p.add_argument(
        "--timeout-per-page",
        type=float,
        default=6.0,
        metavar="S",
        help="a PDF of many pages may take S seconds per page when that is more than "
        "--timeout (default: 6; 0: --timeout for every document)",
    )
    p.add_argument(
        "--memory-limit",
        type=int,
        default=4096,
        metavar="MB",
        help="memory one document may use before it is recorded failed (default: 4096 MB; 0: none)",
    )
    p.add_argument(
        "--page-timeout",
        type=float,
        default=120.0,
        metavar="S",
        help="seconds OCR may spend on one page (default: 120)",
    )
    p.add_argument(
        "--no-ocr",
        action="store_true",
        help="do not OCR pages without a text layer (they are recorded as failed pages)",
    )
    p.add_argument(
        "--dpi", type=int, default=300, metavar="N", help="rendering resolution for OCR (default: 300)"
    )
    p.add_argument(
        "--retry-failed", action="store_true", help="process again the files that failed in an earlier run"
    )
    p.add_argument(
        "--executor",
        choices=("process", "dask"),
        default="process",
        help="where documents run: a local process pool (default) or a Dask cluster",
    )
    p.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="with --executor dask: the scheduler of an existing cluster (default: start a local cluster)",
    )
    p.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="text (a progress bar on a terminal) or json (one object a line, for cron)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output, only the summary")
    p.add_argument(
        "--corrections",
        type=Path,
        default=None,
        metavar="FILE",
        help="corrections to apply (default: OUT/corrections.csv when it exists)",
    )
    p.add_argument("--version", action="version", version=f"cchc-pipeline {PIPELINE_VERSION}")
    return p


def options_markdown(parser: argparse.ArgumentParser | None = None) -> str:
    """The README's option table, made from the parser (tools/gen_docs.py writes it there)."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = ["| option | meaning |", "|---|---|"]
    for action in (parser or build_parser())._actions:
        if not action.option_strings or action.dest == "help":
            continue
        usage = action.option_strings[-1]
        if action.choices:
            usage += " " + "|".join(map(str, action.choices))
        elif action.nargs != 0:
            usage += " " + str(action.metavar or action.dest.upper())
        rows.append(f"| `{cell(usage)}` | {cell(action.help or '')} |")
    return "\n".join(rows)


def _json_default(value):
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _emit_json(event: str, **fields) -> None:
    fields = {"event": event, "time": datetime.now(UTC).isoformat(timespec="seconds"), **fields}
    print(json.dumps(fields, ensure_ascii=False, default=_json_default), flush=True)


def _progress(args) -> tuple:
    """A progress callback, and a closer."""
    if args.quiet:
        return None, lambda: None
    if args.log_format == "json":

        def event(done, total, s):
            _emit_json(
                "document",
                done=done,
                total=total,
                **{
                    k: s.get(k)
                    for k in ("source_file", "status", "error", "n_observations", "pages", "seconds")
                },
            )

        return event, lambda: None
    if sys.stderr.isatty():
        bar = {"bar": None}

        def tick(done, total, s):
            if bar["bar"] is None:
                from tqdm import tqdm  # only for a terminal's progress bar

                bar["bar"] = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)
            bar["bar"].set_postfix_str(s.get("source_file", "")[-40:])
            bar["bar"].update(1)

        return tick, lambda: bar["bar"] and bar["bar"].close()

    def line(done, total, s):
        secs = s.get("seconds")
        took = f" {secs:.1f}s" if isinstance(secs, (int, float)) else ""
        err = f" — {s['error']}" if s.get("error") else ""
        print(
            f"[{done}/{total}] {s.get('status')}{took} {s.get('source_file')}{err}",
            file=sys.stderr,
            flush=True,
        )

    return line, lambda: None


def _fail_start(args, message: str, run=None, record: bool = True) -> int:
    """Report a run that could not start (or go on): stderr, a json event for cron, and a
    row of the runs log (when --out is a folder; the next publishing run adds it)."""
    print(f"error: {message}", file=sys.stderr)
    if getattr(args, "log_format", "text") == "json":
        _emit_json("error", error=message, exit_code=EXIT_USAGE)
    if record:
        if run is None:
            run = _Unvalidated(args)
        try:
            record_stopped_run(Path(str(args.out)), stopped_report(run, message).run_row())
        except (OSError, ValueError, TypeError):
            pass
    return EXIT_USAGE


class _Unvalidated:
    """What a runs row needs of options that did not validate."""

    def __init__(self, args):
        self.executor = args.executor if args.executor in ("process", "dask") else None
        w = args.workers
        self.n_workers = w if isinstance(w, int) and 0 < w < 1 << 15 else None


class _Terminated(BaseException):
    """SIGTERM (e.g. from cron or a supervisor): stop like Ctrl-C, cleaning up workers."""


def _on_sigterm(signum, frame):
    raise _Terminated()


def summary_text(report, out: Path) -> str:
    lines = [
        f"run {report.run_id}: {report.n_files} files in {report.duration_s:.1f} s "
        f"({report.executor}, {report.workers} workers)",
        f"  new {report.n_new}, changed {report.n_changed}, unchanged {report.n_unchanged}, "
        f"removed {report.n_removed}; processed {report.n_processed}",
        f"  failed {report.n_failed}, partial {report.n_partial}",
        f"  observations {report.n_observations}; table rows without a catalog code "
        f"{report.n_unmatched_rows}",
        "  tables: " + ", ".join(f"{k} {v}" for k, v in sorted(report.table_rows.items())),
        f"  published to {out}/ (version {Path(report.published).name if report.published else '-'})",
    ]
    if report.cleaned:
        lines.append(f"  removed what an interrupted run left: {len(report.cleaned)} item(s)")
    if getattr(report, "corrections", None):
        lines.append("  corrections: " + ", ".join(f"{k} {v}" for k, v in sorted(report.corrections.items())))
        lines.extend(f"  NOT APPLIED {why}" for why in report.stale_corrections[:10])
    for name, err in report.failed[:10]:
        lines.append(f"  FAILED {name}: {err}")
    if len(report.failed) > 10:
        lines.append(f"  ... and {len(report.failed) - 10} more failed files (see documents.status)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")

    try:
        run = RunOptions(
            raw=args.raw,
            out=args.out,
            workers=args.workers,
            timeout=args.timeout,
            memory_limit_mb=args.memory_limit,
            executor=args.executor,
            scheduler=args.scheduler,
            retry_failed=args.retry_failed,
            extract=ExtractOptions(ocr=not args.no_ocr, dpi=args.dpi, page_timeout=args.page_timeout),
            corrections=args.corrections,
            timeout_per_page=args.timeout_per_page,
        )
    except BadOption as exc:
        parser.print_usage(sys.stderr)
        out_ok = bool(str(args.out).strip()) and exc.option != "--out"
        return _fail_start(args, str(exc), record=out_ok)
    if not run.raw.is_dir():
        return _fail_start(args, f"--raw {run.raw} is not a folder", run)
    workers = run.n_workers

    try:
        check_writable(run.out)
    except OSError as exc:
        return _fail_start(args, f"cannot write to --out {run.out}: {exc.strerror or exc}", run, record=False)

    cb, close = _progress(args)
    if args.log_format == "json":
        _emit_json(
            "start",
            raw=str(args.raw),
            out=str(args.out),
            workers=workers,
            executor=args.executor,
            pipeline_version=PIPELINE_VERSION,
        )
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        report = run_with(run, progress=cb)
    # run_with has noted these in the runs log already
    except OutputLocked as exc:
        close()
        return _fail_start(args, str(exc), record=False)
    except WorkersUnavailable as exc:
        close()
        return _fail_start(args, f"the run stopped: {exc}", record=False)
    except DaskUnavailable as exc:  # the cluster cannot take the batch
        close()
        return _fail_start(args, f"the run could not start: {exc}", record=False)
    except OSError as exc:
        close()
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return _fail_start(
            args,
            f"the run stopped: {exc.strerror or exc}{where}; the last published tables are unchanged",
            record=False,
        )
    except (KeyboardInterrupt, _Terminated) as exc:
        close()
        print("interrupted: the last published tables are unchanged", file=sys.stderr)
        return 143 if isinstance(exc, _Terminated) else 130
    finally:
        signal.signal(signal.SIGTERM, previous)
    close()
    if args.log_format == "json":
        row = report.run_row()
        row["tables"] = report.table_rows
        row["n_processed"] = report.n_processed
        row["published"] = report.published
        row["cleaned"] = report.cleaned
        row["failed"] = [{"source_file": f, "error": e} for f, e in report.failed]
        _emit_json("summary", **row)
    else:
        try:
            print(summary_text(report, args.out), flush=True)
        except BrokenPipeError:  # e.g. `| head`: the run is published all the same
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return report.exit_code


def program(argv: list[str] | None = None) -> int:
    """``main`` as the run program (``run_pipeline.py``, ``cchc-pipeline``): its process
    never loads pandas (``runner/lean.py``)."""
    from runner.lean import keep_pandas_out

    keep_pandas_out()
    return main(argv)


if __name__ == "__main__":
    sys.exit(program())
