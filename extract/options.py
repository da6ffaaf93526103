"""The options of a run, validated in one place (plain data, picklable, passed to workers).

``ExtractOptions`` is what the extract stage reads; ``RunOptions`` is a whole run (the
command line's options, and what ``runner.batch.run_batch`` is given from Python): both check
their values when they are made and raise ``core.errors.BadOption`` naming the option, so the
command line and the Python API refuse the same things with the same words (``--timeout
nan``, ``--dpi 0``, ``--raw ""``).

The options that change what a document's rows are (OCR on or off, its resolution and
language, the parsers run) are the ``cache_key`` of its stored result: a document whose
result depends on them is processed again when they change (``runner.batch``).
"""

from __future__ import annotations

import hashlib
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import BadOption

MIN_DPI, MAX_DPI = 50, 1200  # below: nothing legible; above: a page is gigapixels
MAX_SECONDS = 7 * 24 * 3600  # a week: longer limits are typos, and would never end


def check_number(
    option: str,
    value,
    *,
    integer: bool = False,
    minimum: float | None = None,
    above: float | None = None,
    maximum: float | None = None,
):
    """``value`` if it is a finite number within the bounds, else BadOption naming ``option``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BadOption(option, value, "must be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadOption(option, value, "must be a finite number")
    if integer and value != int(value):
        raise BadOption(option, value, "must be a whole number")
    if minimum is not None and value < minimum:
        raise BadOption(option, value, f"must be at least {minimum:g}")
    if above is not None and value <= above:
        raise BadOption(option, value, f"must be more than {above:g}")
    if maximum is not None and value > maximum:
        raise BadOption(option, value, f"must be at most {maximum:g}")
    return int(value) if integer else value


@dataclass(frozen=True)
class ExtractOptions:
    ocr: bool = True  # OCR pages that have no usable text layer
    ocr_lang: str = "vie"
    dpi: int = 300  # rendering resolution for OCR
    page_timeout: float = 120.0  # seconds Tesseract may spend on one page
    max_image_pixels: int = 200_000_000  # larger images are refused (decompression bombs)
    low_confidence: float = 0.60  # a value cell read below this is read again, then flagged

    def __post_init__(self):
        set_ = object.__setattr__
        set_(self, "dpi", check_number("--dpi", self.dpi, integer=True, minimum=MIN_DPI, maximum=MAX_DPI))
        set_(
            self,
            "page_timeout",
            float(check_number("--page-timeout", self.page_timeout, above=0, maximum=MAX_SECONDS)),
        )
        set_(
            self,
            "max_image_pixels",
            check_number("max_image_pixels", self.max_image_pixels, integer=True, minimum=1),
        )
        set_(
            self,
            "low_confidence",
            float(check_number("low_confidence", self.low_confidence, minimum=0, maximum=1)),
        )
        if not isinstance(self.ocr_lang, str) or not re.fullmatch(
            r"[A-Za-z0-9_]+(\+[A-Za-z0-9_]+)*", self.ocr_lang
        ):
            raise BadOption(
                "ocr_lang", self.ocr_lang, "must be Tesseract language names such as vie or vie+eng"
            )
        set_(self, "ocr", bool(self.ocr))

    def ocr_key(self) -> str:
        """What the OCR'd rows of a document depend on (page_timeout does not change a result
        that finished; a timed-out page is a transient failure)."""
        if not self.ocr:
            return "no-ocr"
        return f"ocr-{self.ocr_lang}-{self.dpi}dpi-{self.low_confidence:g}-{self.max_image_pixels}"


def cache_key(pipeline_options, ocr_dependent: bool) -> str:
    """The part of a stored result's key that options give (``""`` for the defaults of a
    document that no option affects, so stores written before keep their parts).

    ``pipeline_options`` is a ``runner.document.PipelineOptions``; ``ocr_dependent`` says
    whether the document's result went through OCR (or would have, were it on)."""
    parts = []
    if not (pipeline_options.narrative and pipeline_options.plans):
        parts.append(f"n{int(pipeline_options.narrative)}p{int(pipeline_options.plans)}")
    if ocr_dependent:
        parts.append(pipeline_options.extract.ocr_key())
    if not parts:
        return ""
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:10]


EXECUTORS = ("process", "dask")


@dataclass(frozen=True)
class RunOptions:
    """A whole run, validated: what the command line and ``run_batch`` are given."""

    raw: Path = Path("data/raw")  # a str is taken too (made a Path)
    out: Path = Path("data/parquet")
    workers: int | None = None  # None: all cores
    timeout: float = 600.0  # seconds per document
    memory_limit_mb: int = 4096  # per document (its worker and the worker's children); 0: none
    executor: str = "process"
    scheduler: str | None = None
    retry_failed: bool = False
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    narrative: bool = True
    plans: bool = True
    corrections: Path | None = None  # the corrections file (None: OUT/corrections.csv)
    timeout_per_page: float = 6.0  # a long PDF may take this per page when more than timeout

    def __post_init__(self):
        set_ = object.__setattr__
        if self.corrections is not None:
            if not isinstance(self.corrections, (str, Path)) or not str(self.corrections).strip():
                raise BadOption("--corrections", self.corrections, "needs a file")
            set_(self, "corrections", Path(self.corrections))
            if not self.corrections.is_file():
                raise BadOption("--corrections", self.corrections, "is not a file")
        for name, flag in (("raw", "--raw"), ("out", "--out")):
            value = getattr(self, name)
            if not isinstance(value, (str, Path)) or not str(value).strip():
                raise BadOption(flag, value, "needs a folder (an empty path would mean the current folder)")
            if "\x00" in str(value):
                raise BadOption(flag, value, "a path cannot hold a NUL character")
            set_(self, name, Path(value))
        if self.workers is not None:
            set_(
                self,
                "workers",
                check_number("--workers", self.workers, integer=True, minimum=1, maximum=4096),
            )
        set_(self, "timeout", float(check_number("--timeout", self.timeout, above=0, maximum=MAX_SECONDS)))
        set_(
            self,
            "timeout_per_page",
            float(check_number("--timeout-per-page", self.timeout_per_page, minimum=0, maximum=MAX_SECONDS)),
        )
        set_(
            self,
            "memory_limit_mb",
            check_number("--memory-limit", self.memory_limit_mb, integer=True, minimum=0, maximum=1 << 24),
        )
        if 0 < self.memory_limit_mb < 128:
            raise BadOption(
                "--memory-limit",
                self.memory_limit_mb,
                "must be 0 (no limit) or at least 128 MB (a worker needs that to start)",
            )
        if self.executor not in EXECUTORS:
            raise BadOption("--executor", self.executor, "must be process or dask")
        if self.scheduler is not None:
            if self.executor != "dask":
                raise BadOption("--scheduler", self.scheduler, "goes with --executor dask")
            if not re.fullmatch(r"(tcp|tls|inproc|ucx|ws|wss)://\S+", str(self.scheduler)):
                raise BadOption("--scheduler", self.scheduler, "must be an address like tcp://HOST:PORT")
        if not isinstance(self.extract, ExtractOptions):
            raise BadOption("extract", self.extract, "must be an ExtractOptions")

    @property
    def n_workers(self) -> int:
        return self.workers or os.cpu_count() or 1

    def pipeline(self):
        """The per-document options (``runner.document.PipelineOptions``)."""
        from runner.document import PipelineOptions  # runner.document imports this module

        return PipelineOptions(extract=self.extract, narrative=self.narrative, plans=self.plans)
