"""Shared fixtures. Tests that need ../shared/seeds skip cleanly when it is absent."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

# the gazetteer's index cache (normalize/gazetteer_cache.py) goes to a folder of this test
# session, not to the user's ~/.cache
os.environ.setdefault("CCHC_CACHE_DIR", tempfile.mkdtemp(prefix="cchc-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


def seed_path(prefix: str) -> Path:
    """The seed export whose name starts with prefix (e.g. "000"); skips when absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        pytest.skip(f"seed {prefix} is not present")
    return found[0]


def seed_lines(prefix: str):
    """The seed export read by the extract stage, as a list of Lines."""
    from extract.text import extract_export
    doc = extract_export(seed_path(prefix).read_bytes(), "txt")
    return list(doc.lines())


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS
