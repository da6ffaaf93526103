"""Tesseract in the worker's own process: the model loaded once, reused for every page and cell.

Each ``tesseract`` program run loads the ``vie`` model again (about a third of a table page's
OCR cost) and needs the page written to a file; here the library is called instead, with the
page image passed in memory. One engine per process, one Tesseract handle per language and
thread (a handle is not thread-safe), created on first use and kept until the process ends.

Engines, the first that works is used (``CCHC_TESS_ENGINE=capi|tesserocr|cli`` picks one):

``capi``       the C API of the system's ``libtesseract`` through ctypes — the library the
               ``tesseract`` program itself runs, so a reading equals the program's for the
               same image and parameters (``tests/test_tess.py`` checks it on the fixtures);
``tesserocr``  the ``tesserocr`` wheel (its own bundled Tesseract; where no system library
               exists). Its Tesseract version may differ from the program's, and so may a
               word here and there;
``cli``        the ``tesseract`` program through pytesseract (a process per call), the
               fallback when neither library loads.

Every engine returns the same record: Tesseract's TSV as pytesseract's ``image_to_data``
dictionary (``level``, ``block_num``, ``par_num``, ``line_num``, ``left``… ``conf``,
``text``), which ``extract.ocr.words_from_data`` reads. Each call sets the page
segmentation mode, the resolution (``user_defined_dpi``, as ``--dpi`` does) and ``-c``
variables such as a character whitelist, and restores the variables afterwards; the
adaptive classifier is cleared before each call so that one call does not learn from the
previous one (the program starts fresh every time), except where the model is LSTM-only
(no adaptive classifier at work: the clearing would cost a millisecond a call for nothing). OpenMP is held to one thread
(``OMP_THREAD_LIMIT=1``, set before the library loads): pages are spread over processes.

Errors: ``OCRUnavailable`` (no Tesseract, no language data), ``TessTimeout`` past the
deadline, ``TessFailed`` for anything else; ``extract.ocr`` turns them into its own.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import glob
import os
import threading
import time
from dataclasses import dataclass

import numpy as np

from core.errors import OCRUnavailable

# Before any Tesseract (and its OpenMP runtime) is loaded in this process, and inherited by
# the ``tesseract`` program of the cli engine.
os.environ["OMP_THREAD_LIMIT"] = "1"

ENGINE_ENV = "CCHC_TESS_ENGINE"
ENGINES = ("capi", "tesserocr", "cli")
TSV_KEYS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)
_INT_KEYS = TSV_KEYS[:10]
PSM_OSD_ONLY = 0
OEM_LSTM_ONLY = 1  # TessOcrEngineMode
# Set once on every handle (the ``cli`` engine passes them as ``-c`` on every call,
# ``HANDLE_CONFIG``): the reports are set in proportional fonts, so no text row is tested
# for a fixed pitch (the same words, less CPU). (Not set: ``invert_threshold=0``, which
# would stop Tesseract reading a doubtful line again inverted: 4% less CPU on a table page,
# but fewer rows read right on turned scans, bench/eval_scans.py.)
HANDLE_VARIABLES = {"textord_all_prop": "1"}
HANDLE_CONFIG = " ".join(f"-c {k}={v}" for k, v in HANDLE_VARIABLES.items())


class TessTimeout(Exception):
    """Recognition ran past its deadline."""


class TessFailed(Exception):
    """Tesseract ran but gave no result (its message, when it has one)."""


def tessdata_dir() -> str | None:
    """The folder of ``*.traineddata``: ``TESSDATA_PREFIX`` when set, else the system's."""
    env = os.environ.get("TESSDATA_PREFIX")
    if env and os.path.isdir(env):
        return (
            env
            if glob.glob(os.path.join(env, "*.traineddata"))
            else (os.path.join(env, "tessdata") if os.path.isdir(os.path.join(env, "tessdata")) else env)
        )
    for pattern in (
        "/usr/share/tesseract-ocr/*/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ):
        found = sorted(glob.glob(pattern), reverse=True)
        for d in found:
            if glob.glob(os.path.join(d, "*.traineddata")):
                return d
    return None


def installed_languages(datadir: str | None) -> frozenset[str]:
    if not datadir:
        return frozenset()
    return frozenset(
        os.path.basename(p)[: -len(".traineddata")] for p in glob.glob(os.path.join(datadir, "*.traineddata"))
    )


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV (with or without the header line) → the ``image_to_data`` dictionary,
    numbers as pytesseract gives them (the confidence cut to a whole percent), so that a
    reading here is the same record as the program's."""
    data: dict[str, list] = {k: [] for k in TSV_KEYS}
    for line in tsv.splitlines():
        parts = line.split("\t")
        if len(parts) < 11 or parts[0] == "level":
            continue
        if len(parts) == 11:
            parts.append("")
        elif len(parts) > 12:
            parts = parts[:11] + ["\t".join(parts[11:])]
        try:
            nums = [int(p) for p in parts[:10]]
            conf = int(float(parts[10]))  # whole percents, as pytesseract gives them
        except ValueError:
            continue
        for k, v in zip(_INT_KEYS, nums):
            data[k].append(v)
        data["conf"].append(conf)
        data["text"].append(parts[11])
    return data


def parse_variables(extra: str) -> dict[str, str]:
    """``-c name=value`` pairs of a command-line config string (what the call sites pass)."""
    out: dict[str, str] = {}
    parts = extra.split()
    i = 0
    while i < len(parts):
        if parts[i] == "-c" and i + 1 < len(parts) and "=" in parts[i + 1]:
            name, _, value = parts[i + 1].partition("=")
            out[name] = value
            i += 2
            continue
        raise ValueError(f"unsupported Tesseract option {parts[i]!r}")
    return out


def _gray(image: np.ndarray) -> np.ndarray:
    if image.dtype != np.uint8 or image.ndim != 2:
        raise TessFailed("the engine takes 8-bit grayscale images")
    return np.ascontiguousarray(image)


def pack_binary(image: np.ndarray) -> np.ndarray:
    """A thresholded image (ink 0, paper 255; a strip's paper may be any tone from 128) as
    rows of bits, 1 = paper: the bits of ``image > 127``, packed without that comparison's
    page-sized array (every nonzero pixel of such an image is paper)."""
    return np.packbits(image, axis=1)


# --------------------------------------------------------------------------- C API (ctypes)


class _CApi:
    """The system ``libtesseract`` through its C API."""

    name = "capi"

    def __init__(self, lib_path: str | None = None):
        path = lib_path or _find_libtesseract()
        if path is None:
            raise OSError("no libtesseract")
        lib = ctypes.CDLL(path)
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        sig = {
            "TessVersion": (cp, []),
            "TessBaseAPICreate": (vp, []),
            "TessBaseAPIDelete": (None, [vp]),
            "TessBaseAPIEnd": (None, [vp]),
            "TessBaseAPIInit3": (ci, [vp, cp, cp]),
            "TessBaseAPISetVariable": (ci, [vp, cp, cp]),
            "TessBaseAPIGetStringVariable": (cp, [vp, cp]),
            "TessBaseAPIGetIntVariable": (ci, [vp, cp, ctypes.POINTER(ci)]),
            "TessBaseAPIGetBoolVariable": (ci, [vp, cp, ctypes.POINTER(ci)]),
            "TessBaseAPIGetDoubleVariable": (ci, [vp, cp, ctypes.POINTER(ctypes.c_double)]),
            "TessBaseAPISetPageSegMode": (None, [vp, ci]),
            "TessBaseAPISetImage": (None, [vp, vp, ci, ci, ci, ci]),
            "TessBaseAPIRecognize": (ci, [vp, vp]),
            "TessBaseAPIGetTsvText": (vp, [vp, ci]),
            "TessBaseAPIClear": (None, [vp]),
            "TessBaseAPIClearAdaptiveClassifier": (None, [vp]),
            "TessBaseAPIDetectOrientationScript": (
                ci,
                [
                    vp,
                    ctypes.POINTER(ci),
                    ctypes.POINTER(ctypes.c_float),
                    ctypes.POINTER(cp),
                    ctypes.POINTER(ctypes.c_float),
                ],
            ),
            "TessDeleteText": (None, [vp]),
            "TessMonitorCreate": (vp, []),
            "TessMonitorDelete": (None, [vp]),
            "TessMonitorSetDeadlineMSecs": (None, [vp, ci]),
        }
        for fname, (res, args) in sig.items():
            fn = getattr(lib, fname)
            fn.restype, fn.argtypes = res, args
        self.lib = lib
        self.path = path
        self.version = lib.TessVersion().decode()

    def create(self, datadir: str, lang: str):
        h = self.lib.TessBaseAPICreate()
        if not h or self.lib.TessBaseAPIInit3(h, datadir.encode(), lang.encode()) != 0:
            if h:
                self.lib.TessBaseAPIDelete(h)
            raise OCRUnavailable(f"language data {lang!r} could not be loaded")
        return h

    def end(self, h) -> None:
        self.lib.TessBaseAPIEnd(h)
        self.lib.TessBaseAPIDelete(h)

    def get_variable(self, h, name: str) -> str | None:
        v = self.lib.TessBaseAPIGetStringVariable(h, name.encode())
        if v is not None:
            return v.decode()
        n = ctypes.c_int()
        if self.lib.TessBaseAPIGetIntVariable(h, name.encode(), ctypes.byref(n)):
            return str(n.value)
        if self.lib.TessBaseAPIGetBoolVariable(h, name.encode(), ctypes.byref(n)):
            return str(int(bool(n.value)))
        d = ctypes.c_double()
        if self.lib.TessBaseAPIGetDoubleVariable(h, name.encode(), ctypes.byref(d)):
            return repr(d.value)
        return None

    def set_variable(self, h, name: str, value: str) -> bool:
        return bool(self.lib.TessBaseAPISetVariable(h, name.encode(), value.encode()))

    def recognize(self, h, image: np.ndarray, psm: int, timeout: float, binary: bool = False) -> str:
        lib = self.lib
        lib.TessBaseAPISetPageSegMode(h, psm)
        if binary:
            # One bit a pixel, 1 = white (the C API's packing): Tesseract takes it as its own
            # thresholded page instead of thresholding the 0/255 image again (same words).
            packed = pack_binary(image)
            lib.TessBaseAPISetImage(
                h, packed.ctypes.data, image.shape[1], image.shape[0], 0, packed.strides[0]
            )
        else:
            lib.TessBaseAPISetImage(h, image.ctypes.data, image.shape[1], image.shape[0], 1, image.strides[0])
        mon = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(mon, max(1, int(timeout * 1000)))
            if lib.TessBaseAPIRecognize(h, mon) != 0:
                raise TessFailed("recognition stopped")
            ptr = lib.TessBaseAPIGetTsvText(h, 0)
            if not ptr:
                return ""
            try:
                return ctypes.string_at(ptr).decode("utf-8", "replace")
            finally:
                lib.TessDeleteText(ptr)
        finally:
            lib.TessMonitorDelete(mon)
            lib.TessBaseAPIClear(h)

    def clear_adaptive(self, h) -> None:
        self.lib.TessBaseAPIClearAdaptiveClassifier(h)

    def lstm_only(self, h) -> bool:
        """The handle runs the LSTM recognizer alone (``OEM_LSTM_ONLY``, what a fast or best
        model gives): it has no adaptive classifier to learn from one call to the next."""
        # (``TessBaseAPIOem`` answers the mode asked for, ``OEM_DEFAULT``: the variable holds
        # the one the model's data gave.)
        return self.get_variable(h, "tessedit_ocr_engine_mode") == str(OEM_LSTM_ONLY)

    def orientation(self, h, image: np.ndarray) -> tuple[int, float] | None:
        lib = self.lib
        lib.TessBaseAPISetPageSegMode(h, PSM_OSD_ONLY)
        lib.TessBaseAPISetImage(h, image.ctypes.data, image.shape[1], image.shape[0], 1, image.strides[0])
        deg, conf = ctypes.c_int(), ctypes.c_float()
        script, sconf = ctypes.c_char_p(), ctypes.c_float()
        try:
            ok = lib.TessBaseAPIDetectOrientationScript(
                h, ctypes.byref(deg), ctypes.byref(conf), ctypes.byref(script), ctypes.byref(sconf)
            )
        finally:
            lib.TessBaseAPIClear(h)
        return (deg.value, float(conf.value)) if ok else None


def _find_libtesseract() -> str | None:
    """The system library, by the usual names first (``ctypes.util.find_library`` runs
    ``ldconfig``/``gcc`` child processes: only when those names are absent)."""
    for pattern in (
        "/usr/lib/x86_64-linux-gnu/libtesseract.so.*",
        "/usr/lib/aarch64-linux-gnu/libtesseract.so.*",
        "/usr/lib64/libtesseract.so.*",
        "/usr/local/lib/libtesseract.so.*",
        "/opt/homebrew/lib/libtesseract*.dylib",
    ):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return ctypes.util.find_library("tesseract")


# --------------------------------------------------------------------------- tesserocr


class _Tesserocr:
    """The ``tesserocr`` wheel (``PyTessBaseAPI``)."""

    name = "tesserocr"

    def __init__(self):
        import tesserocr  # noqa: F401  (raises ImportError where it is missing)

        self.mod = tesserocr
        self.version = tesserocr.tesseract_version().split()[1] if tesserocr.tesseract_version() else "?"

    def create(self, datadir: str, lang: str):
        try:
            return self.mod.PyTessBaseAPI(path=datadir.rstrip("/") + "/", lang=lang)
        except RuntimeError as exc:
            raise OCRUnavailable(f"language data {lang!r} could not be loaded") from exc

    def end(self, h) -> None:
        h.End()

    def get_variable(self, h, name: str) -> str | None:
        return h.GetVariableAsString(name)

    def set_variable(self, h, name: str, value: str) -> bool:
        return bool(h.SetVariable(name, value))

    def _set_image(self, h, image: np.ndarray) -> None:
        from PIL import Image

        h.SetImage(Image.fromarray(image, mode="L"))

    def recognize(self, h, image: np.ndarray, psm: int, timeout: float, binary: bool = False) -> str:
        h.SetPageSegMode(psm)
        self._set_image(h, image)
        try:
            if not h.Recognize(timeout=max(1, int(timeout * 1000))):
                raise TessFailed("recognition stopped")
            return h.GetTSVText(0) or ""
        finally:
            h.Clear()

    def clear_adaptive(self, h) -> None:
        h.ClearAdaptiveClassifier() if hasattr(h, "ClearAdaptiveClassifier") else None

    def lstm_only(self, h) -> bool:
        return False  # not asked of the wheel: its classifier is cleared before every call

    def orientation(self, h, image: np.ndarray) -> tuple[int, float] | None:
        h.SetPageSegMode(PSM_OSD_ONLY)
        self._set_image(h, image)
        try:
            res = h.DetectOrientationScript()
        finally:
            h.Clear()
        if not res:
            return None
        return int(res["orient_deg"]), float(res["orient_conf"])


# --------------------------------------------------------------------------- the engine


@dataclass
class CallStats:
    """What this process's engine has done (for the bench)."""

    calls: int = 0
    handles: int = 0
    seconds: float = 0.0


class Engine:
    """One library engine: handles per (thread, language), created on first use."""

    def __init__(self, backend, datadir: str):
        self.backend = backend
        self.name = backend.name
        self.version = backend.version
        self.datadir = datadir
        self.languages = installed_languages(datadir)
        self._local = threading.local()
        self.stats = CallStats()
        self._no_adaptive: set[int] = set()

    def _handle(self, lang: str):
        handles = getattr(self._local, "handles", None)
        if handles is None:
            handles = self._local.handles = {}
        h = handles.get(lang)
        if h is None:
            missing = [c for c in lang.split("+") if c and c not in self.languages]
            if missing:
                raise OCRUnavailable(f"language data {'+'.join(missing)!r} is not installed")
            h = handles[lang] = self.backend.create(self.datadir, lang)
            if self.backend.lstm_only(h):
                # Clearing the (legacy) adaptive classifier costs about a millisecond a call
                # and there is nothing in it: the LSTM recognizer does not adapt.
                self._no_adaptive.add(id(h))
            # Tesseract's own warnings (``Invalid resolution 0 dpi`` of the orientation
            # pass, as the program prints it too) stay out of the log, as pytesseract kept
            # the program's stderr: failures come back as results, not as text.
            self.backend.set_variable(h, "debug_file", "/dev/null")
            for name, value in HANDLE_VARIABLES.items():
                if self.backend.get_variable(h, name) is not None:  # (older versions lack one)
                    self.backend.set_variable(h, name, value)
            self.stats.handles += 1
            _OPEN.append((threading.current_thread(), self.backend, h))
        return h

    def data(
        self,
        image: np.ndarray,
        lang: str,
        psm: int,
        dpi: float,
        timeout: float,
        variables: dict[str, str] | None = None,
        binary: bool = False,
    ) -> dict[str, list]:
        """The words of ``image`` as ``image_to_data``'s dictionary. ``binary``: the image
        holds only 0 and 255 (our own thresholded page), handed over as one bit a pixel."""
        if timeout <= 0:
            raise TessTimeout()
        image = _gray(image)
        h = self._handle(lang)
        b = self.backend
        settings = {"user_defined_dpi": str(int(round(dpi)))}
        settings.update(variables or {})
        saved = {}
        for name, value in settings.items():
            old = b.get_variable(h, name)
            if old is None or not b.set_variable(h, name, value):
                raise TessFailed(f"Tesseract has no variable {name!r}")
            saved[name] = old
        t = time.monotonic()
        try:
            if id(h) not in self._no_adaptive:
                b.clear_adaptive(h)
            tsv = b.recognize(h, image, psm, timeout, binary)
        except TessFailed:
            if time.monotonic() - t >= timeout * 0.95:
                raise TessTimeout() from None
            raise
        finally:
            for name, old in saved.items():
                b.set_variable(h, name, old)
            self.stats.calls += 1
            self.stats.seconds += time.monotonic() - t
        return parse_tsv(tsv)

    def orientation(self, image: np.ndarray, dpi: float) -> tuple[int, float] | None:
        """(rotate, confidence): the degrees (clockwise) to turn the page by to make it
        upright — what ``tesseract --psm 0`` prints as ``Rotate`` — or None."""
        image = _gray(image)
        h = self._handle("osd")
        b = self.backend
        old = b.get_variable(h, "user_defined_dpi") or "0"
        b.set_variable(h, "user_defined_dpi", str(int(round(dpi))))
        try:
            res = b.orientation(h, image)
        finally:
            b.set_variable(h, "user_defined_dpi", old)
        if res is None:
            return None
        deg, conf = res
        return (360 - deg) % 360, conf


_ENGINE: dict[int, Engine | None] = {}
_LOCK = threading.Lock()
_OPEN: list = []  # (thread, backend, handle) of every handle this process made


@atexit.register
def _end_handles() -> None:
    """Free the handles of finished threads (and this one) at exit: Tesseract otherwise
    reports its cached dictionaries as leaks on stderr."""
    me = threading.current_thread()
    while _OPEN:
        thread, backend, h = _OPEN.pop()
        if thread is not me and thread.is_alive():
            continue
        try:
            backend.end(h)
        except Exception:
            pass


def engine() -> Engine | None:
    """This process's library engine, or None when the ``cli`` path is to be used (no
    library loads, or ``CCHC_TESS_ENGINE=cli``). Chosen once per process."""
    pid = os.getpid()
    if pid in _ENGINE:
        return _ENGINE[pid]
    with _LOCK:
        if pid not in _ENGINE:
            _ENGINE.clear()  # a forked child makes its own handles
            _ENGINE[pid] = _choose(os.environ.get(ENGINE_ENV, "").strip().lower())
    return _ENGINE[pid]


def _choose(wanted: str) -> Engine | None:
    if wanted and wanted not in ENGINES:
        raise OCRUnavailable(f"{ENGINE_ENV}={wanted!r}: expected one of {', '.join(ENGINES)}")
    order = [wanted] if wanted else list(ENGINES)
    datadir = tessdata_dir()
    for name in order:
        if name == "cli":
            return None
        if datadir is None:
            continue
        try:
            backend = _CApi() if name == "capi" else _Tesserocr()
        except (OSError, AttributeError, ImportError):
            continue
        return Engine(backend, datadir)
    return None


def engine_name() -> str:
    eng = engine()
    return "cli" if eng is None else f"{eng.name} {eng.version}"


def reset() -> None:
    """Forget this process's engine (tests switch engines with ``CCHC_TESS_ENGINE``)."""
    with _LOCK:
        _ENGINE.clear()
