"""Small typed records passed between the stages.

Every stage is a set of pure functions over these records, so one document can be
processed the same way in a test, a worker process or a Dask worker.

Coordinates: a bbox is ``(x0, top, x1, bottom)`` in PDF points with the origin at the
top-left of the page (pdfplumber's convention); OCR pixel boxes are scaled to points.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

BBox = tuple[float, float, float, float]

# Page extraction methods
METHOD_EXPORT = "export"  # a text/HTML/DOCX export: no pages
METHOD_TEXT_LAYER = "text_layer"  # a PDF's own text layer
METHOD_TRANSCODED = "transcoded"  # a text layer in a legacy Vietnamese encoding, mapped to Unicode
METHOD_OCR = "ocr"  # Tesseract over a rendered page or an image
METHOD_FAILED = "failed"  # nothing could be read from the page


# The closed vocabularies of the tables (docs/CONTRACT.md). A member is its string: it equals,
# hashes, prints and is stored as the word itself.


class Status(StrEnum):
    """documents.status"""

    OK = "ok"
    PARTIAL = "partial"  # read, with something missing or doubtful (``error`` says what)
    FAILED = "failed"  # nothing could be published (``error`` says why)


class Origin(StrEnum):
    """observations.origin"""

    TABLE = "table"  # a row of a Biểu mẫu table
    NARRATIVE = "narrative"  # a sentence of the prose


class DocType(StrEnum):
    """documents.doc_type"""

    BAO_CAO = "bao_cao"
    KE_HOACH = "ke_hoach"
    QUYET_DINH = "quyet_dinh"
    CONG_VAN = "cong_van"
    TIN_BAI = "tin_bai"
    OTHER = "other"


class UnitLevel(StrEnum):
    """documents.unit_level"""

    TINH = "tinh"
    HUYEN = "huyen"
    XA = "xa"


@dataclass(frozen=True)
class Cell:
    """One cell of a table row, or the whole of a line of running text."""

    text: str
    bbox: BBox | None = None
    conf: float | None = None  # OCR word confidence 0..1; None when not OCR
    alt: str | None = None  # OCR: a value cell's independent second reading ("" saw nothing)


@dataclass
class Line:
    """One line of a page, in reading order.

    A line of running text has one cell. A table row has one cell per column, empty
    cells kept, so that column positions mean the same thing on every row of a grid.
    """

    cells: list[Cell]
    page: int | None = None  # 1-based; None for text exports
    bbox: BBox | None = None
    table: int | None = None  # id of the grid the row was cut from (PDF/OCR); None otherwise

    @property
    def is_row(self) -> bool:
        return len(self.cells) > 1

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    @property
    def text(self) -> str:
        """The line as text: cells joined by tabs, as a text export prints a table row."""
        return "\t".join(c.text for c in self.cells)

    @property
    def plain(self) -> str:
        """The non-empty cells joined by spaces."""
        return " ".join(c.text.strip() for c in self.cells if c.text.strip())


@dataclass
class Page:
    number: int | None  # 1-based; None for a text export
    lines: list[Line]
    method: str = METHOD_EXPORT
    ocr_confidence: float | None = None  # mean word confidence 0..1 when OCR
    width: float | None = None
    height: float | None = None
    error: str | None = None  # why the page could not be read, when method is failed
    rotation: int | None = None  # degrees the page was turned to read it (0, 90, 180, 270)
    skew: float | None = None  # degrees of skew found (and corrected) on a scanned page


@dataclass
class ExtractedDocument:
    """What the extract stage makes of one input file."""

    file_type: str  # pdf, image, txt, html, docx, xlsx, xls, ods, doc, odt, rtf
    pages: list[Page]
    page_count: int | None = None  # None for text exports
    warnings: list[str] = field(default_factory=list)
    unread_tables: list[str] = field(
        default_factory=list
    )  # tables of a markup export that could not be read, with why

    def lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines

    @property
    def pages_ocr(self) -> int:
        return sum(1 for p in self.pages if p.method == METHOD_OCR)

    @property
    def ocr_confidence(self) -> float | None:
        confs = [
            p.ocr_confidence for p in self.pages if p.method == METHOD_OCR and p.ocr_confidence is not None
        ]
        return sum(confs) / len(confs) if confs else None

    @property
    def failed_pages(self) -> list[Page]:
        return [p for p in self.pages if p.method == METHOD_FAILED]


@dataclass
class DocumentMeta:
    """Metadata read from a document's header block, title and body."""

    doc_type: DocType = DocType.OTHER
    doc_number: str | None = None
    issue_date: date | None = None
    title: str | None = None
    issuer: str | None = None
    unit_id: str | None = None
    unit_name: str | None = None
    unit_level: UnitLevel | None = None
    province: str | None = None
    province_after_2025: str | None = None
    period: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    # where the unit was read (normalize.news_lead.UNIT_SOURCES): the header block, the title,
    # the body's self-reference, the place line, a news headline or lead, or the most named
    unit_source: str | None = None


@dataclass
class Section:
    seq: int
    level: int  # 1 roman, 2 "1.", 3 "1.1." or "a)", 4 deeper
    number: str  # "II", "2", "2.1", "a"
    title: str
    parent_seq: int | None
    page_start: int | None
    text: str


@dataclass
class Observation:
    """One value read from a document, with its provenance."""

    form: int | None
    stt: str | None
    label: str
    measure_unit: str | None
    value_raw: str | None
    note: str | None = None
    origin: Origin = Origin.TABLE
    page: int | None = None
    bbox: BBox | None = None
    confidence: float = 1.0
    value: float | None = None
    value_text: str | None = None
    value_meaning: str | None = None  # meaning of a coded answer (e.g. "Có" for 1)
    unit_canonical: str | None = None
    indicator_code: str | None = None
    printed_stt: str | None = None  # the STT exactly as printed ("1." under "2.2.")
    section: str | None = None  # outline number of the section a narrative fact sits in
    sentence: str | None = None  # the sentence a narrative fact was read from
    flags: list[str] = field(default_factory=list)
    seq: int = 0  # order inside the document
    # contract extensions (see docs/CONTRACT.md)
    measure: str | None = None  # what the value counts (measure vocabulary key)
    scope: str | None = None  # level or body it is about: tinh, so_nganh, huyen, xa, trung_tam
    column: str | None = None  # role of the value's column: current, previous, plan, cumulative
    flag_detail: str | None = None  # the flags in words and numbers
    value_read: float | None = None  # the value as read, before a correction
    corrected: bool = False  # a person's correction replaced the value read

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)


@dataclass
class PlanTask:
    group_number: str | None
    group_title: str | None
    stt: str | None
    task: str
    lead_agency: str | None
    coordinating_agencies: str | None
    timeline: str | None
    page: int | None = None


@dataclass
class DocumentResult:
    """Everything one input file contributes to the published tables."""

    doc_id: str
    source_file: str
    file_type: str
    status: Status
    error: str | None
    meta: DocumentMeta
    page_count: int | None = None
    pages_ocr: int | None = None
    ocr_confidence: float | None = None
    observations: list[Observation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    plan_tasks: list[PlanTask] = field(default_factory=list)
    pipeline_version: str = ""
    processed_at: object | None = None  # datetime (UTC)
    size_bytes: int | None = None
    seconds: float | None = None
    ocr_dependent: bool = False  # the result went through OCR (or would have): OCR options key it
    pages: list[Page] = field(default_factory=list)  # the pages (without their lines): the pages table
