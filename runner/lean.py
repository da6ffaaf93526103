"""Start-up of a run's main process: only what listing, scheduling and publishing need.

The main process lists files, hashes them, hands them to workers and publishes the tables
with pyarrow (``store/publish.py`` builds ``indicators`` and ``catalog`` from pyarrow rows,
``normalize.indicators.indicator_rows``). pyarrow still imports pandas the first time it
checks whether an argument is a pandas object (any ``pa.array``/``pa.table`` call), which
costs more CPU than the rest of a small run's main process. The run programs
(``run_pipeline.py``, ``cchc-pipeline``) therefore call :func:`keep_pandas_out` first:
pandas cannot be imported in that process, and pyarrow takes its objects to be no pandas
objects. A library user's process (tests, notebooks, ``cchc.py``) is left alone.

A worker process (``runner.document._lean_worker``) also refuses the optional pipelines
that ``underthesea`` imports at its own import (``UNUSED_IN_WORKER``: classification,
sentiment, language detection, dependency parsing, translation, an agent, addresses, with
``requests`` and their models' loaders): the pipeline calls its ``text_normalize`` only
(``normalize/labels.py``, ``parsers/sentences.py``), underthesea takes an optional pipeline
that does not import as absent, and they are a quarter of its import time.
"""

from __future__ import annotations

import sys

BLOCKED = ("pandas",)
UNUSED_IN_WORKER = tuple(
    f"underthesea.{m}"
    for m in (
        "pipeline.classification",
        "pipeline.sentiment",
        "pipeline.lang_detect",
        "pipeline.dependency_parse",
        "pipeline.translate",
        "agent",
        "address",
    )
)


class _Blocked:
    """A meta-path finder that refuses the blocked packages (an ImportError, at once)."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".", 1)[0] in BLOCKED:
            raise ImportError(f"{name} is not loaded in a run's main process (runner/lean.py)")
        return None


class _Unused:
    """A meta-path finder that refuses the modules of ``UNUSED_IN_WORKER`` and below them."""

    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in UNUSED_IN_WORKER):
            raise ImportError(f"{name} is not used by the pipeline (runner/lean.py)")
        return None


def keep_pandas_out() -> bool:
    """Refuse pandas in this process from now on; False when it is already imported."""
    if any(m in sys.modules for m in BLOCKED):
        return False
    if not any(isinstance(f, _Blocked) for f in sys.meta_path):
        sys.meta_path.insert(0, _Blocked())
    return True


def keep_unused_out() -> bool:
    """Refuse ``UNUSED_IN_WORKER`` in this (worker) process; False when one is imported."""
    if any(m in sys.modules for m in UNUSED_IN_WORKER):
        return False
    if not any(isinstance(f, _Unused) for f in sys.meta_path):
        sys.meta_path.insert(0, _Unused())
    return True
