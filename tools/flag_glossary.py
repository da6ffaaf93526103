#!/usr/bin/env python3
"""Write the flag glossary of core/flags.csv into README.md: the README's generated parts,
the glossary among them, are written by tools/gen_docs.py (this name is kept for habit).

    python tools/flag_glossary.py          # rewrite the README's generated parts
    python tools/flag_glossary.py --check  # exit 1 when one is out of date
"""

from __future__ import annotations

import sys

from gen_docs import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
