"""The in-process Tesseract engine (extract/tess.py): same readings as the program, the
model loaded once, parameters per call, one OpenMP thread, the program as the fallback."""
from __future__ import annotations

import shutil
from functools import lru_cache

import numpy as np
import psutil
import pytest

from core.errors import OCRUnavailable
from extract import ocr, tess
from tests import fixtures_scan as fs

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract program")


@pytest.fixture
def engine_env(monkeypatch):
    """Pick an engine by name for one test (the choice is made once per process)."""
    def use(name: str):
        monkeypatch.setenv(tess.ENGINE_ENV, name)
        tess.reset()
        return tess.engine()
    yield use
    monkeypatch.delenv(tess.ENGINE_ENV, raising=False)
    tess.reset()


@lru_cache(maxsize=None)
def _bands() -> tuple[np.ndarray, np.ndarray]:
    """Two cleaned crops of a scanned fixture page, as the pipeline hands them to Tesseract:
    the body text, and the table with its values."""
    import time

    from extract.options import ExtractOptions
    from extract.scan import clean_page

    image = fs.scan_pages(fs.sample_report_pdf(), 300, angle=0.8, seed=4)[0]
    stats = ocr.PageStats()
    gray, dpi = ocr.upright_page(image, 300, ExtractOptions(), time.monotonic() + 60, 1, stats)
    gray, dpi = ocr.normalize_resolution(gray, dpi)
    binary = clean_page(gray, dpi).binary_text_image()
    h = binary.shape[0]
    text = np.ascontiguousarray(binary[int(0.08 * h):int(0.20 * h)])
    table = np.ascontiguousarray(binary[int(0.34 * h):int(0.46 * h)])
    return text, table


# ------------------------------------------------------------------ the record

def test_tsv_is_read_as_pytesseract_reads_it():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "1\t1\t0\t0\t0\t0\t0\t0\t100\t50\t-1\t\n"
           "5\t1\t1\t1\t1\t1\t10\t12\t30\t9\t96.874512\tSố\n"
           "5\t1\t1\t1\t1\t2\t44\t12\t20\t9\t41.2\t")
    data = tess.parse_tsv(tsv)
    assert data["level"] == [1, 5, 5]
    assert data["conf"] == [-1, 96, 41]          # whole percents, cut as pytesseract cuts them
    assert data["text"] == ["", "Số", ""]
    words = ocr.words_from_data(data)
    assert [(w.text, w.conf, w.box) for w in words] == [("Số", 0.96, (10, 12, 40, 21))]
    assert tess.parse_tsv(tsv.split("\n", 1)[1]) == data      # the library's TSV has no header


def test_command_line_variables_are_taken_and_other_options_refused():
    assert tess.parse_variables("-c tessedit_char_whitelist=0123456789.,%/") == {
        "tessedit_char_whitelist": "0123456789.,%/"}
    assert tess.parse_variables("") == {}
    with pytest.raises(ValueError):
        tess.parse_variables("--oem 0")


# ------------------------------------------------------------------ the engine

def test_library_reads_what_the_program_reads(engine_env):
    """Same image, same parameters: the words, boxes and confidences of the C API equal the
    ``tesseract`` program's (the page pass, a single-line pass and a digits-only pass)."""
    text, table = _bands()
    calls = [(text, 6, ""), (table, 6, f"-c tessedit_char_whitelist={ocr.DIGITS}"),
             (np.ascontiguousarray(text[:90]), 7, "")]
    eng = engine_env("capi")
    if eng is None:
        pytest.skip("no system libtesseract")
    ours = [ocr.run_tesseract(img, "vie", psm, 300, 60, extra) for img, psm, extra in calls]
    assert engine_env("cli") is None
    theirs = [ocr.run_tesseract(img, "vie", psm, 300, 60, extra) for img, psm, extra in calls]
    assert all(ours) and ours == theirs


def test_model_loaded_once_and_variables_restored(engine_env):
    eng = engine_env("")
    if eng is None:
        pytest.skip("no Tesseract library")
    text, table = _bands()
    digits = ocr.run_tesseract(table, "vie", 6, 300, 60, f"-c tessedit_char_whitelist={ocr.DIGITS}")
    assert digits and all(set(w.text) <= set(ocr.DIGITS) for w in digits)
    words = ocr.run_tesseract(text, "vie", 6, 300, 60)
    # The whitelist of the call before does not stay: this pass reads letters.
    assert sum(any(ch.isalpha() for ch in w.text) for w in words) > 20
    assert eng.stats.handles == 1 and eng.stats.calls == 2
    assert eng.backend.get_variable(eng._handle("vie"), "tessedit_char_whitelist") == ""


def test_one_openmp_thread(engine_env):
    eng = engine_env("capi")
    if eng is None:
        pytest.skip("no system libtesseract")
    import os

    assert os.environ["OMP_THREAD_LIMIT"] == "1"
    text, _ = _bands()
    ocr.run_tesseract(text, "vie", 6, 300, 60)
    before = psutil.Process().num_threads()
    ocr.run_tesseract(text, "vie", 6, 300, 60)
    assert psutil.Process().num_threads() == before


def test_missing_language_and_spent_time(engine_env):
    eng = engine_env("")
    if eng is None:
        pytest.skip("no Tesseract library")
    text, _ = _bands()
    with pytest.raises(OCRUnavailable):
        ocr.run_tesseract(text, "xyz", 6, 300, 60)
    with pytest.raises(OCRUnavailable):
        ocr.check_tesseract("vie+xyz")
    with pytest.raises(ocr.PageTimeout):
        ocr.run_tesseract(text, "vie", 6, 300, 0)


def test_program_is_the_fallback(engine_env, monkeypatch):
    """No library (or CCHC_TESS_ENGINE=cli): the same call runs the program."""
    assert engine_env("cli") is None
    text, _ = _bands()
    words = ocr.run_tesseract(np.ascontiguousarray(text[:90]), "vie", 7, 300, 60)
    assert words and tess.engine_name() == "cli"
    monkeypatch.setenv(tess.ENGINE_ENV, "nonsense")
    tess.reset()
    with pytest.raises(OCRUnavailable):
        tess.engine()


def test_orientation_as_the_program_reports_it(engine_env):
    """A page turned upside down: the library's OSD says turn it by 180°, as the program does."""
    eng = engine_env("")
    if eng is None:
        pytest.skip("no Tesseract library")
    if "osd" not in eng.languages:
        pytest.skip("no osd data")
    text, table = _bands()
    page = np.vstack([text, table])
    assert ocr.osd_rotation(np.ascontiguousarray(page[::-1, ::-1]), 300, 30) == 180
    assert ocr.osd_rotation(page, 300, 30) in (0, None)


def test_binary_ink_is_handed_over_as_one_bit_and_reads_the_same(engine_env):
    """Our 0/255 ink as one bit a pixel (no second thresholding): the same words; every
    handle has the pipeline's variables; an LSTM-only handle skips the adaptive clearing."""
    eng = engine_env("capi")
    if eng is None:
        pytest.skip("no system libtesseract")
    text, table = _bands()
    for img in (text, table):
        assert ocr.run_tesseract(img, "vie", 6, 300, 60, binary=True) == ocr.run_tesseract(img, "vie", 6, 300, 60)
    h = eng._handle("vie")
    for name, value in tess.HANDLE_VARIABLES.items():
        got = eng.backend.get_variable(h, name)
        assert got is not None and float(got) == float(value)
    assert eng.backend.lstm_only(h) == (id(h) in eng._no_adaptive)


def test_pack_binary_as_the_threshold_at_127():
    from extract.tess import pack_binary

    rng = np.random.default_rng(2)
    for width in (16, 21, 203):  # whole bytes and a partial last byte
        image = np.where(rng.random((9, width)) < 0.3, 0, 255).astype(np.uint8)
        image[:, :3] = 128  # a strip's paper in a crop's tone
        assert np.array_equal(pack_binary(image), np.packbits(image > 127, axis=1))
