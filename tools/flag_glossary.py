#!/usr/bin/env python3
"""Write the flag glossary of core/flags.csv into README.md (between its flags markers).

    python tools/flag_glossary.py          # rewrite the README's glossary
    python tools/flag_glossary.py --check  # exit 1 when it is out of date
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.flags import glossary_markdown  # noqa: E402

PATTERN = re.compile(r"(<!-- flags:start -->)(.*?)(<!-- flags:end -->)", re.S)


def main(argv: list[str]) -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    if not PATTERN.search(text):
        print("README.md has no <!-- flags:start --> / <!-- flags:end --> markers", file=sys.stderr)
        return 1
    new = PATTERN.sub(lambda m: m.group(1) + "\n" + glossary_markdown() + "\n" + m.group(3), text)
    if "--check" in argv:
        return 0 if new == text else 1
    readme.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
