"""Compiled regular expressions kept in a cache file, so that a process does not compile its
vocabularies' patterns again.

Python compiles a pattern in pure Python (``re._parser`` then ``re._compiler``) before it
hands the engine its code: the few hundred patterns a document's first pass builds from the
vocabularies (``parsers/measures.csv``, ``narrative_patterns.csv``, the period words) cost a
worker about a tenth of a CPU second, every worker, every run. :func:`compile` is
``re.compile`` for those builders: it keeps each pattern's engine code (what ``re`` itself
would compute, byte for byte) in one file of the gazetteer's cache directory
(``normalize.gazetteer_cache``: same directory, same checked, atomic file format) and builds
the pattern from it (``_sre.compile``, the call ``re`` ends with) on the next process's first
use. Entries are keyed by the pattern's text and flags, so a changed vocabulary row is a new
entry, never a stale one; the file is named by a hash of this module's source and of the
Python version and its regular-expression engine (``_sre.MAGIC``, its code size), so another
Python never reads it. Anything unexpected (another Python's internals, a damaged entry)
falls back to ``re.compile``.

New entries are written by :func:`save` (a worker calls it after each document; nothing is
written when nothing is new). The file holds at most ``MAX_ENTRIES`` patterns; past that a
save keeps the patterns this process used.
"""

from __future__ import annotations

import hashlib
import re
import sys
from array import array
from pathlib import Path

from normalize import gazetteer_cache as files

MAX_ENTRIES = 20000
_NAME = "regexes"

try:  # the engine's own entry points (CPython 3.11+); without them this is re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _CODE_TYPE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
    _ENGINE = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
except (ImportError, AttributeError):  # pragma: no cover - another Python
    _CODE_TYPE = None
    _ENGINE = b""

_state: dict = {"table": None, "new": {}, "used": set()}


def _file_key() -> bytes:
    """This module's source, the Python version and its engine (``fingerprint`` adds the version)."""
    return hashlib.sha256(files.fingerprint([Path(__file__)]) + _ENGINE).digest()


def _table() -> dict:
    if _state["table"] is None:
        data = files.read(_NAME, _file_key()) if _CODE_TYPE else None
        _state["table"] = data if isinstance(data, dict) else {}
    return _state["table"]


def _build(pattern: str, flags: int) -> tuple[re.Pattern, tuple]:
    """The pattern as re.compile builds it, and its entry (final flags, code, groups)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = flags | parsed.state.flags
    groups = parsed.state.groups - 1
    compiled = _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
    entry = (final, array(_CODE_TYPE, code).tobytes(), groups, groupindex, tuple(indexgroup))
    return compiled, entry


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, from the cache file's engine code when it has it."""
    flags = int(flags)
    if _CODE_TYPE is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = _table().get(key) or _state["new"].get(key)
    if entry is not None:
        try:
            final, code, groups, groupindex, indexgroup = entry
            compiled = _sre.compile(
                pattern, final, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
            )
            _state["used"].add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: compile it again
            _table().pop(key, None)
    try:
        compiled, entry = _build(pattern, flags)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - re's internals changed: the plain way
        return re.compile(pattern, flags)
    if len(_state["new"]) < MAX_ENTRIES:
        _state["new"][key] = entry
    _state["used"].add(key)
    return compiled


def save() -> bool:
    """Write the patterns built since the file was read (with the file's own); False when
    nothing was new or the cache is off or not writable."""
    new = _state["new"]
    if not new or _CODE_TYPE is None:
        return False
    table = dict(_table())
    table.update(new)
    if len(table) > MAX_ENTRIES:
        table = {k: v for k, v in table.items() if k in _state["used"]}
    written = files.write(_NAME, _file_key(), table)
    _state["table"] = table
    _state["new"] = {}
    return written


def reset() -> None:
    """Forget what was read and built (tests; a changed cache directory)."""
    _state.update(table=None, new={}, used=set())
