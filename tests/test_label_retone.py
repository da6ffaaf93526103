"""underthesea's text_normalize is called on a label only where it can change the label's key."""

from __future__ import annotations

import csv
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from normalize import labels

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "normalize" / "reference" / "catalog.csv"

# forms the tokenizer or the syllable table treat specially, and some that they leave alone
TRICKY = [
    "Tỷ lệ 70% hồ sơ",
    "đạt 100 %",
    "(%)",
    "%hoàn thành",
    "Uỷ ban hoà giải",
    "nghành dọc",
    "qui định",
    "H2O và 3x4 và 12AB",
    "các việc v.v khác",
    "Th.S Nguyễn",
    "e-mailx",
    "nhiệt độ 30°Cx",
    "Ðơn vị",
    "ma_so",
    "H&Mx",
    "thư a@b.vn",
    "http://dichvucong.gov.vn",
    "T.Ưx",
    "NĐ-CPx",
    "thuở trước",
    "truờng học",
    "lòa xòa",
    "khuỷu tay",
    "giữa kỳ",
    "quyết định",
    "Hệ thống thông tin báo cáo quốc gia",
    "café crème",
]


def _catalog_and_variant_texts() -> list[str]:
    texts: list[str] = []
    with CATALOG.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            texts.append(row["label"])
            texts += [a for a in (row.get("aliases") or "").split("|") if a]
    with labels.VARIANTS_PATH.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            texts += [row["variant"], row["canonical"]]
    return texts


def _clear() -> None:
    for fn in (labels.normalize_label, labels._variants, labels._patterns, labels._abbreviations):
        fn.cache_clear()


def _keys(texts: list[str]) -> list[tuple[str, str, str]]:
    _clear()
    out = [
        (labels._basic(t), labels.normalize_label(t), labels.normalize_label(t, level_neutral=True))
        for t in texts
    ]
    _clear()
    return out


def test_guard_fires_on_every_entry_of_the_syllable_table():
    table = pytest.importorskip("underthesea.pipeline.text_normalize.text_normalizer").token_map
    missed = [
        k for k, v in table.items() if v != k and not labels.may_retone(unicodedata.normalize("NFC", k))
    ]
    assert missed == []


@pytest.mark.parametrize("which", ["catalog and variants", "tricky"])
def test_keys_identical_with_and_without_the_guard(monkeypatch, which):
    pytest.importorskip("underthesea")
    texts = _catalog_and_variant_texts() if which != "tricky" else TRICKY
    assert len(texts) > 20
    guarded = _keys(texts)
    monkeypatch.setattr(labels, "may_retone", lambda text: True)  # always call underthesea
    unguarded = _keys(texts)
    assert guarded == unguarded


def test_catalog_keys_need_no_underthesea():
    code = (
        "import sys\n"
        "from normalize.labels import normalize_label\n"
        "from tests.test_label_retone import _catalog_and_variant_texts\n"
        "[normalize_label(t, level_neutral=n) for t in _catalog_and_variant_texts() for n in (0, 1)]\n"
        "print('underthesea' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)}
    )
    assert out.stdout.strip() == "False", out.stderr


def test_guard_is_quiet_on_well_placed_tones():
    assert not labels.may_retone("Số hồ sơ giải quyết đúng hạn của Ủy ban nhân dân")
    assert labels.may_retone("Số hồ sơ giải quyết đúng hạn của Uỷ ban nhân dân")
    assert labels._odd_syllable("hoà") and not labels._odd_syllable("hòa")
    assert labels._odd_syllable("tíêp") and not labels._odd_syllable("tiếp")
    assert labels._odd_syllable("gìa") and not labels._odd_syllable("già")


def test_clause_tone_placement_unchanged_by_the_guard(monkeypatch):
    """parsers.sentences.tone_normalized calls underthesea only where it can change a word."""
    table = pytest.importorskip("underthesea.pipeline.text_normalize.text_normalizer").token_map
    from parsers import sentences

    texts = TRICKY + _catalog_and_variant_texts() + [" ".join(table)[i : i + 400] for i in range(0, 30000, 400)]
    texts.append("Báo cáo quý I: hoà giải thành 70% vụ việc, uỷ quyền cho xã")
    guarded = [sentences.tone_normalized(t) for t in texts]
    monkeypatch.setattr(sentences, "_retone", lambda word: bool(sentences._OLD_TONES.search(word)))
    sentences._tone_word.cache_clear()
    assert [sentences.tone_normalized(t) for t in texts] == guarded
    assert guarded[-1] != texts[-1]  # the old placements were rewritten
