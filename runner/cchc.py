"""The ``cchc`` command line: one command, four subcommands.

    cchc run [options]                     process an archive (the options of run_pipeline.py)
    cchc review OUT [--raw DIR] [-o FILE]   a self-contained HTML review page of a run
    cchc show OUT DOC_ID [--page N] [-o PNG] a page with every cell read boxed and labelled
    cchc export OUT --format xlsx|csv [-o PATH]  the tables for Excel (or CSV files)

``python run_pipeline.py`` is ``cchc run`` and keeps working unchanged. Exit status: as
``run_pipeline.py`` for ``run``; otherwise 0 done, 2 bad usage or nothing to work on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from runner.cli import main as run_main

EXIT_OK, EXIT_USAGE = 0, 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cchc", description="CCHC reports → parquet tables, and their review.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("run", help="process an archive (see: cchc run --help)", add_help=False)

    r = sub.add_parser("review", help="write an HTML page to review flagged values and correct them")
    r.add_argument("out", type=Path, help="the output folder of a run (its --out)")
    r.add_argument(
        "--raw", type=Path, default=None, help="the archive folder (default: the one the last run recorded)"
    )
    r.add_argument(
        "-o", "--output", type=Path, default=None, help="the page to write (default: OUT/review.html)"
    )

    s = sub.add_parser("show", help="draw the cells read on one page of a document, as PNG")
    s.add_argument("out", type=Path)
    s.add_argument("doc_id", help="a doc_id (or a unique prefix of 6+ characters, or the source_file)")
    s.add_argument("--page", type=int, default=None, help="page number (default: the first page with values)")
    s.add_argument("--raw", type=Path, default=None)
    s.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="the PNG to write (default: OUT/show-<doc_id>-p<N>.png)",
    )
    s.add_argument("--dpi", type=int, default=110, help="rendering resolution (default: 110)")

    e = sub.add_parser("export", help="the published tables as one Excel workbook or CSV files")
    e.add_argument("out", type=Path)
    e.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    e.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="the workbook (default OUT/cchc.xlsx) or folder of CSV files (default OUT/csv)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "run":
        return run_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        # review/ is imported by the review commands only: it loads pandas and Pillow, which
        # `cchc run` (the run program) never needs
        if args.command == "review":
            from review.report import write_report

            path = write_report(args.out, args.output, args.raw)
            print(path)
        elif args.command == "show":
            from review.show import show_page

            path = show_page(
                args.out, args.doc_id, page=args.page, raw=args.raw, dest=args.output, dpi=args.dpi
            )
            print(path)
        elif args.command == "export":
            from review.export import export

            for path in export(args.out, args.format, args.output):
                print(path)
    except (FileNotFoundError, LookupError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
