"""Named failures. Each message says what is wrong and what the user can do about it.

One tree, each class with the exit status a run gets when it stops on it (like OCRmyPDF's
``exceptions.py``)::

    PipelineError (1)                 a document could not be (completely) read
    ├── UnsupportedFileType, EmptyFile, UnreadableFile (DamagedPDF), EncryptedPDF, NoPages,
    │   ImageTooLarge, OCRUnavailable
    └── TransientFailure (1)          may succeed on another try: retried once on the next run
        ├── DocumentTimeout           past --timeout
        ├── WorkerCrashed             the worker was killed (a signal, the OOM killer)
        └── OutOfMemory               past --memory-limit (the kernel's limit or the watch)
    UsageError (2)                    the run cannot start
    ├── BadOption                     an option's value is wrong (names the option)
    ├── OutputLocked                  another run holds --out
    └── RunCannotStart                --raw missing, --out not writable, no workers

``describe(exc)`` turns any exception raised while reading a document into words: a named
failure says itself; a library's own exception (pdfminer's ``PdfminerException: 0``, zlib's
``Error -3 while decompressing``) becomes a sentence about the file, never its raw text.
"""

from __future__ import annotations

import re

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class PipelineError(Exception):
    """Base class of every failure the pipeline reports on a document."""

    exit_code = EXIT_FAILED
    transient = False  # True: another try may succeed (retried once on the next run)


class UnsupportedFileType(PipelineError):
    def __init__(self, suffix: str):
        super().__init__(
            f"unsupported file type {suffix or '(no extension)'!r}: expected .pdf, an image "
            "(.png .jpg .jpeg .tif .tiff), a text export (.txt .html .htm .docx .doc .odt .rtf) "
            "or a spreadsheet (.xlsx .xlsm .xls .ods)"
        )


class EmptyFile(PipelineError):
    def __init__(self):
        super().__init__("the file is empty (0 bytes)")


class UnreadableFile(PipelineError):
    """The bytes are not what the extension says, or are damaged."""


class DamagedPDF(UnreadableFile):
    """The PDF's object structure is broken (a reference loop, an endless page tree)."""


class EncryptedPDF(PipelineError):
    def __init__(self):
        super().__init__("the PDF is encrypted with a password; save an unprotected copy and upload it again")


class NoPages(PipelineError):
    def __init__(self):
        super().__init__("the PDF has no pages")


class ImageTooLarge(PipelineError):
    pass


class OCRUnavailable(PipelineError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "Tesseract with Vietnamese data is needed for scanned pages: install "
            "tesseract-ocr and tesseract-ocr-vie (make setup does it)" + (f" ({detail})" if detail else "")
        )


class TransientFailure(PipelineError):
    """The document did not finish for a reason outside its bytes; retried once next run."""

    transient = True


class DocumentTimeout(TransientFailure):
    def __init__(self, seconds: float = 0.0):
        super().__init__(f"timed out after {seconds:g} s (the per-document limit, --timeout)")


class WorkerCrashed(TransientFailure):
    def __init__(self, how: str = ""):
        super().__init__("the worker crashed while processing the document" + how)


class OutOfMemory(TransientFailure):
    def __init__(self, limit_mb: int = 0):
        if limit_mb:
            super().__init__(
                f"used more than {limit_mb} MB of memory (the per-document limit, --memory-limit)"
            )
        else:
            super().__init__("ran out of memory while processing the document")


class UsageError(Exception):
    """The run cannot start: bad usage, or its input or output cannot be used."""

    exit_code = EXIT_USAGE


class BadOption(UsageError, ValueError):
    def __init__(self, option: str, value, why: str):
        self.option = option
        super().__init__(f"{option} {value!r}: {why}" if value is not None else f"{option}: {why}")


class OutputLocked(UsageError):
    pass


class RunCannotStart(UsageError):
    pass


class ConverterUnavailable(PipelineError):
    """An old office format needs LibreOffice to be read, and it is not installed."""

    def __init__(self, source_type: str, detail: str = ""):
        super().__init__(
            f"reading .{source_type} files needs LibreOffice (soffice): install "
            "libreoffice-writer-nogui (make setup does it)" + (f" ({detail})" if detail else "")
        )


# ------------------------------------------------------------------ exceptions into words

_PDF_MODULES = ("pdfminer", "pdfplumber", "pypdfium2")


def _module_of(exc: BaseException) -> str:
    return type(exc).__module__ or ""


def describe(exc: BaseException, what: str = "the file") -> str:
    """A sentence about a failure, for the documents table: never a raw exception text."""
    if isinstance(exc, PipelineError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return str(OutOfMemory())
    if isinstance(exc, RecursionError):
        return f"{what} is nested too deeply to be read (a loop or an absurd depth in its structure)"
    mod = _module_of(exc)
    name = type(exc).__name__
    low = str(exc).lower()
    if mod == "zlib" or "decompress" in low or "crc-32" in low or "bad crc" in low:
        return f"compressed data in {what} is damaged (it cannot be unpacked); download or export it again"
    if (
        mod.startswith(_PDF_MODULES)
        or name.startswith(("PDF", "PSE", "Pdfminer", "Malformed"))
        or "pdf" in name.lower()
    ):
        return f"the PDF structure of {what} is damaged ({_pdf_words(exc)}); download or export it again"
    if isinstance(exc, (UnicodeError,)):
        return f"{what} holds text in an encoding that cannot be read"
    if isinstance(
        exc,
        (
            KeyError,
            IndexError,
            TypeError,
            AttributeError,
            ValueError,
            AssertionError,
            ArithmeticError,
            EOFError,
            LookupError,
        ),
    ):
        return (
            f"{what} holds data the reader cannot make sense of (an internal "
            f"{name.lower().replace('error', ' error').strip()}); it may be damaged"
        )
    if isinstance(exc, OSError):
        return f"{what} could not be read ({exc.strerror or 'an input/output error'})"
    return f"{what} could not be read (an unexpected internal failure: {name.lower()})"


def _pdf_words(exc: BaseException) -> str:
    text = str(exc)
    low = text.lower()
    if "bounding box" in low or "coordinate" in low:
        return "a box with coordinates that are not numbers"
    if "xref" in low or "trailer" in low or "startxref" in low:
        return "its table of objects is missing or broken"
    if "password" in low or "encrypt" in low:
        return "its encryption cannot be read"
    if "stream" in low or "filter" in low or "decode" in low:
        return "a compressed stream cannot be unpacked"
    if "font" in low:
        return "a font is broken"
    if "eof" in low or "unexpected end" in low:
        return "it ends before its objects do (truncated)"
    return "an object is missing or of the wrong kind"


_RAW = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception|Warning)\b\s*:|\bError -?\d+ while\b|Traceback")


def is_raw_exception_text(message: str) -> bool:
    """True when a message carries an exception's raw text (``FooError: ...``)."""
    return bool(message and _RAW.search(message))
