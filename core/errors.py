"""Named failures. Each message says what is wrong and what the user can do about it."""


class PipelineError(Exception):
    """Base class of every failure the pipeline reports on a document."""


class UnsupportedFileType(PipelineError):
    def __init__(self, suffix: str):
        super().__init__(
            f"unsupported file type {suffix or '(no extension)'!r}: expected .pdf, an image "
            "(.png .jpg .jpeg .tif .tiff), a text export (.txt .html .htm .docx .doc .odt .rtf) "
            "or a spreadsheet (.xlsx .xlsm .xls .ods)")


class EmptyFile(PipelineError):
    def __init__(self):
        super().__init__("the file is empty (0 bytes)")


class UnreadableFile(PipelineError):
    """The bytes are not what the extension says, or are damaged."""


class EncryptedPDF(PipelineError):
    def __init__(self):
        super().__init__(
            "the PDF is encrypted with a password; save an unprotected copy and upload it again")


class NoPages(PipelineError):
    def __init__(self):
        super().__init__("the PDF has no pages")


class ImageTooLarge(PipelineError):
    pass


class OCRUnavailable(PipelineError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "Tesseract with Vietnamese data is needed for scanned pages: install "
            "tesseract-ocr and tesseract-ocr-vie (make setup does it)" + (f" ({detail})" if detail else ""))


class DocumentTimeout(PipelineError):
    pass


class WorkerCrashed(PipelineError):
    pass


class OutputLocked(PipelineError):
    pass


class ConverterUnavailable(PipelineError):
    """An old office format needs LibreOffice to be read, and it is not installed."""

    def __init__(self, source_type: str, detail: str = ""):
        super().__init__(
            f"reading .{source_type} files needs LibreOffice (soffice): install "
            "libreoffice-writer-nogui (make setup does it)" + (f" ({detail})" if detail else ""))
