#!/usr/bin/env python3
"""Write the README's generated parts: the option table (from the argument parser), the
column tables (from store/schema.py) and the flag glossary (from core/flags.csv), each
between its markers.

    python tools/gen_docs.py          # rewrite them
    python tools/gen_docs.py --check  # exit 1 when one is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.flags import glossary_markdown  # noqa: E402
from runner.cli import options_markdown  # noqa: E402
from store.schema import columns_markdown  # noqa: E402

# marker name → what goes between <!-- NAME:start --> and <!-- NAME:end -->
PARTS = {"options": options_markdown, "columns": columns_markdown, "flags": glossary_markdown}


def pattern(name: str) -> re.Pattern:
    return re.compile(rf"(<!-- {name}:start -->)(.*?)(<!-- {name}:end -->)", re.S)


def generated(text: str) -> str:
    """The README text with every generated part as the code makes it now."""
    for name, make in PARTS.items():
        if not pattern(name).search(text):
            raise LookupError(f"README.md has no <!-- {name}:start --> / <!-- {name}:end --> markers")
        body = make()
        text = pattern(name).sub(lambda m, body=body: m.group(1) + "\n" + body + "\n" + m.group(3), text)
    return text


def main(argv: list[str]) -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    try:
        new = generated(text)
    except LookupError as exc:
        print(exc, file=sys.stderr)
        return 1
    if "--check" in argv:
        return 0 if new == text else 1
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
