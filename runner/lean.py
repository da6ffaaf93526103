"""Start-up of a run's main process: only what listing, scheduling and publishing need.

The main process lists files, hashes them, hands them to workers and publishes the tables
with pyarrow (``store/publish.py`` builds ``indicators`` and ``catalog`` from pyarrow rows,
``normalize.indicators.indicator_rows``). pyarrow still imports pandas the first time it
checks whether an argument is a pandas object (any ``pa.array``/``pa.table`` call), which
costs more CPU than the rest of a small run's main process. The run programs
(``run_pipeline.py``, ``cchc-pipeline``) therefore call :func:`keep_pandas_out` first:
pandas cannot be imported in that process, and pyarrow takes its objects to be no pandas
objects. A library user's process (tests, notebooks, ``cchc.py``) is left alone.
"""

from __future__ import annotations

import sys

BLOCKED = ("pandas",)


class _Blocked:
    """A meta-path finder that refuses the blocked packages (an ImportError, at once)."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".", 1)[0] in BLOCKED:
            raise ImportError(f"{name} is not loaded in a run's main process (runner/lean.py)")
        return None


def keep_pandas_out() -> bool:
    """Refuse pandas in this process from now on; False when it is already imported."""
    if any(m in sys.modules for m in BLOCKED):
        return False
    if not any(isinstance(f, _Blocked) for f in sys.meta_path):
        sys.meta_path.insert(0, _Blocked())
    return True
