"""Flags are one declared vocabulary (core/flags.csv): a flag used anywhere in the packages,
or produced by a vocabulary file, must be declared; the README's glossary is generated from it."""
from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pytest

from core.flags import DESCRIPTIONS, KINDS, NOT_QUEUED, Flag, glossary_markdown, is_declared

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("core", "extract", "parsers", "normalize", "store", "runner", "review")
MODULES = ("cchc.py", "run_pipeline.py")
# Constructors whose list/tuple arguments are flags (positional or flags=).
FLAG_CARRIERS = {"NumberReading", "_Found", "Observation"}
NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _strings(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [s for e in node.elts for s in _strings(e)]
    return []


def _name(node) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def flag_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, string) of every flag name written as a literal in a flag context."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = _name(node.func)
            owner = _name(node.func.value) if isinstance(node.func, ast.Attribute) else ""
            if func == "flag" and node.args:                         # o.flag("x"), reading.flag("x")
                found += [(node.lineno, s) for s in _strings(node.args[0])]
            if func in ("append", "remove", "add", "discard") and owner == "flags" and node.args:
                found += [(node.lineno, s) for s in _strings(node.args[0])]   # flags.append("x")
            if func in ("add_detail", "drop_details") and len(node.args) > 1:
                found += [(node.lineno, s) for s in _strings(node.args[1])]
            if func in FLAG_CARRIERS:
                args = [a for a in node.args if isinstance(a, (ast.List, ast.Tuple))]
                args += [k.value for k in node.keywords if k.arg == "flags"]
                found += [(node.lineno, s) for a in args for s in _strings(a)]
        elif isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id.startswith("FLAG_") for t in node.targets):
                found += [(node.lineno, s) for s in _strings(node.value)]
        elif isinstance(node, ast.Compare):                          # "x" in o.flags
            if any(_name(c) == "flags" for c in node.comparators) and \
                    any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
                found += [(node.lineno, s) for s in _strings(node.left)]
    return [(line, s) for line, s in found if NAME.match(s)]


def sources() -> list[Path]:
    files = [p for pkg in PACKAGES if (ROOT / pkg).is_dir() for p in sorted((ROOT / pkg).rglob("*.py"))]
    return files + [ROOT / m for m in MODULES if (ROOT / m).is_file()]


def test_every_flag_in_the_code_is_declared():
    undeclared = []
    seen = set()
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, name in flag_literals(tree):
            seen.add(name)
            if not is_declared(name):
                undeclared.append(f"{path.relative_to(ROOT)}:{line}: {name}")
    assert not undeclared, "flags not declared in core/flags.csv:\n" + "\n".join(undeclared)
    # the scan sees the flags of every stage (so it would see a new one)
    assert {"sum_mismatch", "stt_inferred", "form_inferred", "unit_in_value", "change_vs_prior",
            "form_from_catalog"} <= seen


def test_the_scan_catches_an_undeclared_flag():
    code = ('o.flag("made_up_flag")\nrow.flags.append("another_one")\nFLAG_X = "third_one"\n'
            'if "fourth_one" in o.flags: pass\nNumberReading(None, t, ["fifth_one"])\n')
    names = {s for _l, s in flag_literals(ast.parse(code))}
    assert names == {"made_up_flag", "another_one", "third_one", "fourth_one", "fifth_one"}
    assert not any(is_declared(n) for n in names)


def test_vocabulary_roles_are_declared():
    """The qualifier words' roles become flags (normalize.numbers): each must be declared."""
    path = ROOT / "normalize" / "reference" / "number_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        roles = {r["role"].strip() for r in csv.DictReader(fh)}
    flags = roles - {"filler", "negation"}
    assert flags and all(is_declared(r) for r in flags), sorted(r for r in flags if not is_declared(r))


def test_published_flags_are_declared():
    """What the stages actually put on observations of the sample exports is declared."""
    from runner.document import process_file
    raw = ROOT / "data" / "raw"
    used = set()
    for path in sorted((raw / "txt").glob("*.txt")):
        for o in process_file(path, raw).observations:
            used.update(o.flags)
            for part in (o.flag_detail or "").split(" | "):
                if part:
                    assert part.split(":", 1)[0] in o.flags, (o.flag_detail, o.flags)
    assert used and all(is_declared(f) for f in used), sorted(f for f in used if not is_declared(f))


def test_vocabulary_is_well_formed():
    assert len(DESCRIPTIONS) == len(list(Flag))
    for f in Flag:
        assert NAME.match(f.value) and f.name == f.value.upper()
        assert len(DESCRIPTIONS[f.value]) > 20
    assert Flag.SUM_MISMATCH == "sum_mismatch"
    assert {r for r in KINDS} >= {"check", "reading"}


def test_review_column_says_which_flags_queue_nothing_alone(tmp_path, monkeypatch):
    # the review column is data: a flag marked "confidence" (a value's standing) queues a row
    # only by its confidence; every other flag queues the row; a value outside REVIEWS is refused
    from core import flags as flags_mod

    assert NOT_QUEUED == {"unconfirmed_result"}
    assert "sum_mismatch" not in NOT_QUEUED
    bad = tmp_path / "flags.csv"
    bad.write_text("name,kind,description,review\nx_flag,check,a flag described at length here,later\n",
                   encoding="utf-8")
    monkeypatch.setattr(flags_mod, "FLAGS_PATH", bad)
    with pytest.raises(ValueError, match="unknown review"):
        flags_mod._load()
    bad.write_text("name,kind,description\nx_flag,check,a flag described at length here\n", encoding="utf-8")
    assert flags_mod._load()[0]["review"] == "queue"


def test_readme_glossary_is_generated():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- flags:start -->\n(.*?)\n<!-- flags:end -->", text, re.S)
    assert m, "README.md has no flags glossary (<!-- flags:start --> ... <!-- flags:end -->)"
    assert m.group(1).strip() == glossary_markdown().strip(), \
        "the README glossary is out of date: run tools/flag_glossary.py"
