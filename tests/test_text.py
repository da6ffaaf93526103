"""core.text: the one folding of the pipeline, in its three forms."""
from __future__ import annotations

import unicodedata

from core.text import fold, fold_map, plain_letters, strip_marks


def test_strip_marks_keeps_case_and_drops_every_mark():
    assert strip_marks("Ghỉ chú Đơn vị tính") == "Ghi chu Don vi tinh"
    decomposed = unicodedata.normalize("NFD", "Biểu mẫu")
    assert strip_marks(decomposed) == "Bieu mau"


def test_plain_letters_is_as_long_as_its_text():
    for text in ("Biếu mẫu 1: Kết quả", "ĐẠI HỘI", "số 12/BC-UBND"):
        plain = plain_letters(text)
        assert len(plain) == len(text)
        assert plain == strip_marks(text)


def test_fold_lowers_and_maps_back_to_the_original():
    assert fold("Thị xã Duyên Hải") == "thi xa duyen hai"
    text = unicodedata.normalize("NFD", "Huyện Đức Hòa")
    folded, index = fold_map(text)
    assert folded == "huyen duc hoa"
    start = folded.index("duc")
    assert text[index[start]:index[start + 3]] == unicodedata.normalize("NFD", "Đức")
