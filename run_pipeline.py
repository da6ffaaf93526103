#!/usr/bin/env python3
"""Entry point: ``python run_pipeline.py [--raw DIR] [--out DIR] [--workers N] ...``.

See ``python run_pipeline.py --help`` and README.md. The work is done by runner.cli.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from runner.cli import program  # noqa: E402

if __name__ == "__main__":
    sys.exit(program())
