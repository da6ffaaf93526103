"""A cache file for the gazetteer's name index, so that a process does not parse the CSV again.

``normalize.gazetteer.load_gazetteer`` builds the index (14.7k units, their names folded
to keys) from ``normalize/reference/gazetteer*.csv`` (``gazetteer_history.csv`` too) and ``unit_renames.csv``; that takes
about a quarter of a CPU second, paid by every worker. The index is kept in one file of
the cache directory (``$CCHC_CACHE_DIR``, else ``$XDG_CACHE_HOME/cchc-pipeline``, else
``~/.cache/cchc-pipeline``; ``CCHC_CACHE_DIR=""`` turns the cache off), named by a hash
of everything the index depends on: the bytes of the CSV files and of the modules that
build it (``normalize/gazetteer.py``, ``core/text.py``'s folding, ``core/records.py``),
this module's own source and the Python version. A file is written to a temporary name
then renamed, so a reader never sees half a file; a directory that cannot be written is
skipped silently; files of other keys are removed a day after they were written. A file is
used only when its header names the same hash and its payload's own checksum is right (a
stale or damaged file is rebuilt, never read).

The payload is ``marshal`` data: each unit's fields and each name key's entries (unit
positions) as bytes of their own, rebuilt into the same ``AdminUnit``/``_Entry`` objects the
CSV path makes on first lookup (``LazyUnits``, ``LazyIndex``: a document looks up a few
dozen keys, so a process no longer rebuilds all 14.7k units).
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Mapping
from datetime import date
from pathlib import Path

_MAGIC = b"CCHCGAZ2"  # 2: units and name keys each marshalled on their own (decoded lazily)
_DIGEST = 32  # sha256 bytes


def cache_dir() -> Path | None:
    """Where cache files go; None when turned off (``CCHC_CACHE_DIR`` set empty)."""
    explicit = os.environ.get("CCHC_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cchc-pipeline"


def fingerprint(paths: list[Path]) -> bytes:
    """The hash of the files' names and bytes, this module's source and the Python version."""
    h = hashlib.sha256()
    h.update(sys.version.encode())
    h.update(_MAGIC)
    for path in [*paths, Path(__file__)]:
        h.update(path.name.encode() + b"\0")
        try:
            data = path.read_bytes()
        except OSError:
            data = b"\0missing"
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def _file(name: str, key: bytes) -> Path | None:
    folder = cache_dir()
    return folder / f"{name}-{key.hex()[:24]}.bin" if folder else None


def read(name: str, key: bytes) -> object | None:
    """The object stored under (name, key), or None when absent, stale or damaged."""
    path = _file(name, key)
    if path is None:
        return None
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 2 * _DIGEST
    if len(blob) < head or blob[: len(_MAGIC)] != _MAGIC:
        return None
    stored_key = blob[len(_MAGIC) : len(_MAGIC) + _DIGEST]
    checksum = blob[len(_MAGIC) + _DIGEST : head]
    payload = blob[head:]
    if stored_key != key or hashlib.sha256(payload).digest() != checksum:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def write(name: str, key: bytes, obj: object) -> bool:
    """Store obj (marshal-able) under (name, key) atomically; False when it could not be."""
    path = _file(name, key)
    if path is None:
        return False
    try:
        payload = marshal.dumps(obj)  # type: ignore[arg-type]  # plain tuples, dicts, str, int
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + key + hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return False
    _prune(path)
    return True


def _prune(kept: Path, max_age_s: float = 86400.0) -> None:
    """Remove the files of the same name written for other keys more than a day ago (another
    checkout's recent file stays), so that each change to the sources does not leave one more."""
    now = time.time()
    for other in kept.parent.glob(kept.name.rsplit("-", 1)[0] + "-*.bin"):
        try:
            if other != kept and now - other.stat().st_mtime > max_age_s:
                other.unlink()
        except OSError:
            pass


# ------------------------------------------------------------------ the gazetteer's index


def gazetteer_sources() -> list[Path]:
    """Every file the default gazetteer index is built from."""
    from core import records, text
    from normalize import gazetteer

    return [
        gazetteer.GAZETTEER_CSV,
        gazetteer.SPELLINGS_CSV,
        gazetteer.RENAMES_CSV,
        gazetteer.HISTORY_CSV,
        Path(gazetteer.__file__),
        Path(text.__file__),
        Path(records.__file__),
    ]


def _unit_fields() -> list[str]:
    from normalize.gazetteer import AdminUnit

    return [f.name for f in dataclasses.fields(AdminUnit)]


def encode_index(gaz) -> tuple:
    """The index as plain data: each unit's fields (dates as ordinals) and each name key's
    entries (unit positions) as marshal bytes of their own, so that a process decodes only
    the units and keys it looks up."""
    fields = _unit_fields()
    ids = list(gaz.units)
    where = {unit_id: i for i, unit_id in enumerate(ids)}
    units = []
    for unit in gaz.units.values():
        values = []
        for name in fields:
            value = getattr(unit, name)
            if isinstance(value, date):
                value = value.toordinal()
            elif name == "unit_level":
                value = str(value)
            values.append(value)
        units.append(marshal.dumps(tuple(values)))
    index = {
        key: marshal.dumps(tuple((where[e.unit.unit_id], e.unit_type, e.current) for e in entries))
        for key, entries in gaz.by_key.items()
    }
    return (tuple(fields), tuple(ids), tuple(units), index, gaz.max_tokens)


class LazyUnits(Mapping):
    """The gazetteer's units by id, each rebuilt from its marshal bytes the first time it is
    looked up (a document names a few of the 14.7k); the same object on every lookup."""

    def __init__(self, fields: tuple, ids: tuple, blobs: tuple) -> None:
        from core.records import UnitLevel

        self._fields = fields
        self._ids = ids
        self._blobs = blobs
        self._pos = {unit_id: i for i, unit_id in enumerate(ids)}
        self._made: list = [None] * len(ids)
        self._level = fields.index("unit_level")
        self._dated = [i for i, name in enumerate(fields) if name in ("valid_from", "valid_to")]
        self._levels = {str(level): level for level in UnitLevel}

    def at(self, pos: int):
        unit = self._made[pos]
        if unit is None:
            from normalize.gazetteer import AdminUnit

            values = list(marshal.loads(self._blobs[pos]))
            values[self._level] = self._levels[values[self._level]]
            for i in self._dated:
                if values[i] is not None:
                    values[i] = date.fromordinal(values[i])
            unit = object.__new__(AdminUnit)
            object.__setattr__(unit, "__dict__", dict(zip(self._fields, values, strict=True)))
            self._made[pos] = unit
        return unit

    def __getitem__(self, unit_id):
        return self.at(self._pos[unit_id])

    def get(self, unit_id, default=None):
        pos = self._pos.get(unit_id)
        return default if pos is None else self.at(pos)

    def __contains__(self, unit_id) -> bool:
        return unit_id in self._pos

    def __iter__(self):
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class LazyIndex(Mapping):
    """The name index (folded key -> entries), each key's entries rebuilt on first lookup."""

    def __init__(self, blobs: dict, units: LazyUnits) -> None:
        self._blobs = blobs
        self._units = units
        self._made: dict = {}

    def _build(self, key: str, blob: bytes) -> list:
        from normalize.gazetteer import _Entry

        out = []
        for pos, unit_type, current in marshal.loads(blob):
            entry = object.__new__(_Entry)
            object.__setattr__(
                entry, "__dict__", {"unit": self._units.at(pos), "unit_type": unit_type, "current": current}
            )
            out.append(entry)
        self._made[key] = out
        return out

    def __getitem__(self, key):
        made = self._made.get(key)
        return made if made is not None else self._build(key, self._blobs[key])

    def get(self, key, default=None):
        made = self._made.get(key)
        if made is not None:
            return made
        blob = self._blobs.get(key)
        return default if blob is None else self._build(key, blob)

    def __contains__(self, key) -> bool:
        return key in self._blobs

    def __iter__(self):
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)


def decode_index(data):
    """The ``_Gazetteer`` of encode_index's data (units and entries built on first lookup);
    None when it does not fit this code."""
    from normalize.gazetteer import _Gazetteer

    fields, ids, unit_blobs, index, max_tokens = data
    if list(fields) != _unit_fields() or len(ids) != len(unit_blobs):
        return None
    units = LazyUnits(tuple(fields), tuple(ids), tuple(unit_blobs))
    return _Gazetteer(units, LazyIndex(dict(index), units), max_tokens)


def load_index():
    """The default gazetteer's index from the cache, or None."""
    key = fingerprint(gazetteer_sources())
    data = read("gazetteer", key)
    if data is None:
        return None
    try:
        return decode_index(data)
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def store_index(gaz) -> bool:
    """Keep the default gazetteer's index in the cache (silently skipped when not writable)."""
    return write("gazetteer", fingerprint(gazetteer_sources()), encode_index(gaz))
