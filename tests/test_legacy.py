"""Legacy Vietnamese encodings (TCVN3/ABC, VNI) → Unicode: tables, detection, round trips."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import legacy

# Every Vietnamese letter with a diacritic, lowercase and capital.
VIET_LOWER = ("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
VIET_UPPER = VIET_LOWER.upper()
SENTENCE = ("Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập, Tự do, Hạnh phúc: Ủy ban nhân dân tỉnh "
            "báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2022; người dân "
            "hài lòng với sự phục vụ của cơ quan hành chính nhà nước.")


def test_tables_cover_every_vietnamese_letter_once():
    tcvn = legacy.tcvn3_table()
    assert set(VIET_LOWER) <= set(tcvn.values())
    vni = legacy.vni_table()
    assert len(VIET_LOWER + VIET_UPPER) == 134
    assert sorted(vni.values()) == sorted(VIET_LOWER + VIET_UPPER)
    assert all(unicodedata.is_normalized("NFC", v) for v in vni.values())


def test_tcvn3_known_words():
    # Familiar TCVN3 text as it reads in a PDF text layer.
    assert legacy.tcvn3_to_unicode("B¶o Th¾ng") == "Bảo Thắng"
    assert legacy.tcvn3_to_unicode("M\u00adêng Kh\u00ad¬ng") == "Mường Khương"
    assert legacy.tcvn3_to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"


def test_tcvn3_round_trip_every_lowercase_letter():
    text = SENTENCE.lower() + " " + VIET_LOWER
    encoded = legacy.unicode_to_tcvn3(text)
    assert not any(c in VIET_LOWER for c in encoded if c not in "àáâãèéêìíòóôõùúý")
    assert legacy.tcvn3_to_unicode(encoded) == unicodedata.normalize("NFC", text)


def test_tcvn3_capital_fonts_and_hyphen_as_u_horn():
    # .VnTimeH draws lowercase codes as capitals
    assert legacy.tcvn3_to_unicode("c«ng t¸c", capitals=True) == "CÔNG TÁC"
    # a writer that maps byte 0xAD to a hyphen: inside a lowercase word it is ư
    assert legacy.tcvn3_to_unicode("n-íc") == "nước"
    # a real hyphen between capitals or spaced stays
    assert legacy.tcvn3_to_unicode("BC-UBND - n¨m") == "BC-UBND - năm"


def test_vni_round_trip_every_letter():
    text = SENTENCE + " " + VIET_LOWER + " " + VIET_UPPER
    encoded = legacy.unicode_to_vni(text)
    assert encoded.startswith("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")
    assert legacy.vni_to_unicode(encoded) == unicodedata.normalize("NFC", text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=VIET_LOWER + VIET_UPPER + "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 ,.",
               max_size=60))
def test_vni_round_trip_any_text(text):
    assert legacy.vni_to_unicode(legacy.unicode_to_vni(text)) == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=VIET_LOWER + "abcdeghiklmnopqrstuvxy0123456789 ,.", max_size=60))
def test_tcvn3_round_trip_any_lowercase_text(text):
    assert legacy.tcvn3_to_unicode(legacy.unicode_to_tcvn3(text)) == text


@pytest.mark.parametrize("font, encoding, capitals", [
    (".VnTime", legacy.TCVN3, False),
    ("ABCDEF+.VnTimeH", legacy.TCVN3, True),
    (".VnArial,Bold", legacy.TCVN3, False),
    ("VnTimeH", legacy.TCVN3, True),
    ("VNI-Times", legacy.VNI, False),
    ("QWERTY+VNI-Helve-Bold", legacy.VNI, False),
    ("TimesNewRomanPSMT", None, False),
    ("ABCDEF+LiberationSerif", None, False),
    ("Verdana", None, False),
])
def test_encoding_of_font(font, encoding, capitals):
    assert legacy.encoding_of_font(font) == encoding
    assert legacy.is_capitals_font(font) == capitals


def test_detect_encoding_by_statistics():
    assert legacy.detect_encoding(legacy.unicode_to_tcvn3(SENTENCE.lower())) == legacy.TCVN3
    assert legacy.detect_encoding(legacy.unicode_to_vni(SENTENCE)) == legacy.VNI
    assert legacy.detect_encoding(SENTENCE) is None
    assert legacy.detect_encoding("Annual report on public administration reform, "
                                  "third quarter, with statistics attached.") is None
    assert legacy.detect_encoding("Café crème brûlée à la française, naïve façade, "
                                  "déjà vu, résumé, entrée, fiancée.") is None


def test_detect_encoding_leaves_unicode_seeds_alone(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")[:5000]
        assert legacy.detect_encoding(text) is None, path.name
        assert legacy.detect_encoding(legacy.unicode_to_tcvn3(text.lower())) == legacy.TCVN3, path.name
        assert legacy.detect_encoding(legacy.unicode_to_vni(text)) == legacy.VNI, path.name


def test_transcode_dispatch():
    assert legacy.transcode("Vieät", legacy.VNI) == "Việt"
    assert legacy.transcode("ViÖt", legacy.TCVN3) == "Việt"
    assert legacy.transcode("Việt", None) == "Việt"
