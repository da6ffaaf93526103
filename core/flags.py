"""The flags on observations: one declared vocabulary.

Every flag a stage may put on an observation is one line of ``core/flags.csv``
(``name,kind,description,review``); :class:`Flag` is the enum built from it, so adding a flag is a
one-line change to the CSV. ``tests/test_flags.py`` fails on a flag used in the code (or
given by a vocabulary such as ``normalize/reference/number_words.csv``) that is not declared
here, and checks that the README's glossary is :func:`glossary_markdown`'s text.

Kinds: ``check`` (the arithmetic of the catalog's relations disagrees), ``reading`` (how the
printed value was read), ``ocr``, ``structure`` (how the row was placed in its form),
``narrative`` (what a sentence says). A person's correction settles the ``check``,
``reading`` and ``ocr`` flags of the value it corrects (checks are then run again).
Review: ``queue`` (a row that carries the flag is queued for a person) or ``confidence`` (the
flag marks a value's standing without asking anyone to act: the row is queued by its
confidence, like an unflagged one); left blank, ``queue``.
"""

from __future__ import annotations

import csv
from enum import StrEnum
from pathlib import Path

FLAGS_PATH = Path(__file__).resolve().parent / "flags.csv"
KINDS = ("check", "reading", "ocr", "structure", "narrative")
REVIEWS = ("queue", "confidence")
SETTLED_BY_CORRECTION = ("check", "reading", "ocr")


def _load() -> list[dict[str, str]]:
    with FLAGS_PATH.open(encoding="utf-8", newline="") as fh:
        rows = [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]
    for r in rows:
        if r["kind"] not in KINDS:
            raise ValueError(f"{FLAGS_PATH.name}: flag {r['name']} has an unknown kind {r['kind']!r}")
        r["review"] = r.get("review") or "queue"
        if r["review"] not in REVIEWS:
            raise ValueError(f"{FLAGS_PATH.name}: flag {r['name']} has an unknown review {r['review']!r}")
    return rows


_ROWS = _load()

Flag = StrEnum("Flag", [(r["name"].upper(), r["name"]) for r in _ROWS], module=__name__)  # type: ignore[misc]  # members from flags.csv
Flag.__doc__ = "A flag on an observation (``str(Flag.SUM_MISMATCH) == 'sum_mismatch'``)."

DESCRIPTIONS: dict[str, str] = {r["name"]: r["description"] for r in _ROWS}
FLAG_KINDS: dict[str, str] = {r["name"]: r["kind"] for r in _ROWS}
# flags that queue nothing by themselves: a row carrying only these is queued by its confidence
NOT_QUEUED: frozenset[str] = frozenset(r["name"] for r in _ROWS if r["review"] == "confidence")


def is_declared(name: str) -> bool:
    return name in DESCRIPTIONS


def describe(name: str) -> str:
    return DESCRIPTIONS.get(name, "(not a declared flag)")


def kind_of(name: str) -> str:
    return FLAG_KINDS.get(name, "undeclared")


def glossary_markdown() -> str:
    """The README's flag glossary (between its ``flags:start``/``flags:end`` markers)."""
    lines = ["| flag | kind | meaning |", "|---|---|---|"]
    for r in _ROWS:
        lines.append(f"| `{r['name']}` | {r['kind']} | {r['description']} |")
    return "\n".join(lines)


__all__ = [
    "Flag",
    "DESCRIPTIONS",
    "FLAG_KINDS",
    "KINDS",
    "NOT_QUEUED",
    "REVIEWS",
    "SETTLED_BY_CORRECTION",
    "describe",
    "glossary_markdown",
    "is_declared",
    "kind_of",
]
