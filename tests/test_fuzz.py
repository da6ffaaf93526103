"""A small fixed sample of tools/fuzz.py: 20 damaged and hostile inputs (flips, truncations,
bombs, a reference loop, odd names, links, a FIFO) in one run beside the good files."""
from __future__ import annotations

from tools.fuzz import fuzz, good_files, make_cases

SEED = 21            # a sample holding every kind of damage but a markup bomb


def test_the_sample_holds_many_kinds_of_damage():
    kinds = {c.kind.split(" (")[0] for c in make_cases(20, SEED, good_files(False))}
    assert {"byte flips", "truncation", "zip bomb", "xml bomb", "reference loop", "odd name",
            "symbolic link", "FIFO"} <= kinds
    assert [c.name for c in make_cases(20, SEED, good_files(False))] == \
        [c.name for c in make_cases(20, SEED, good_files(False))]           # seeded


def test_damaged_inputs_never_crash_a_run(tmp_path):
    t = fuzz(n=20, seed=SEED, batch=20, workers=2, timeout=60, memory_limit=768,
             keep=tmp_path, include_scans=False, log=lambda s: None, bomb_mb=(400,))
    assert t["runs"] == 1 and t["inputs"] > 20
    assert t["crashed_runs"] == 0, t["examples"]
    assert t["inputs_without_exactly_one_row"] == 0
    assert t["hangs_past_limit"] == 0
    assert t["raw_exception_errors"] == 0, t["examples"]
    assert 0 < t["peak_worker_mb"] and t["workers_over_limit"] == 0, t["peak_worker_mb"]
