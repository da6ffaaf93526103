"""One input file → one DocumentResult: the unit of work of every executor.

``process_file`` is a pure function of the file's bytes, its path relative to the archive
root and the options: no global state, so it runs the same in a test, a process-pool
worker or a Dask worker. A failure never escapes: it becomes the document's status and
error, and whatever was read before the failure is kept (status ``partial``).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from core.errors import PipelineError, describe
from core.records import (
    METHOD_FAILED,
    METHOD_OCR,
    DocumentMeta,
    DocumentResult,
    ExtractedDocument,
    Origin,
    Status,
)
from core.version import PIPELINE_VERSION
from extract.options import ExtractOptions, cache_key


@dataclass(frozen=True)
class PipelineOptions:
    extract: ExtractOptions = field(default_factory=ExtractOptions)
    narrative: bool = True  # read indicator sentences from running text
    plans: bool = True  # read task appendices of plans


def part_key(options: PipelineOptions, ocr_dependent: bool) -> str:
    """The key a document's stored part is filed under: the pipeline version, plus the
    options its result depends on (none for a text document under default parsers, so the
    part is shared by runs with any OCR options; see ``extract.options.cache_key``)."""
    extra = cache_key(options, ocr_dependent)
    return f"{PIPELINE_VERSION}+{extra}" if extra else PIPELINE_VERSION


def part_keys(options: PipelineOptions) -> list[str]:
    """Where a document's part may be under these options, the OCR-keyed one first."""
    return list(dict.fromkeys([part_key(options, True), part_key(options, False)]))


def _ocr_dependent(file_type: str, doc: ExtractedDocument | None) -> bool:
    if file_type == "image":
        return True
    return doc is not None and any(p.method in (METHOD_OCR, METHOD_FAILED) for p in doc.pages)


def _damaged_text(doc: ExtractedDocument) -> str | None:
    """Replacement characters in an export's text: bytes that no encoding could read."""
    if doc.file_type not in ("txt", "html"):
        return None
    n = sum(c.text.count("\ufffd") for line in doc.lines() for c in line.cells)
    if not n:
        return None
    return (
        f"{n} damaged spot(s) in the text could not be decoded and were replaced by "
        "\ufffd (the rest was read)"
    )


PAGE_COUNT_MIN_BYTES = 1 << 20  # smaller PDFs are not opened to count their pages


def document_timeout(timeout: float, pages: int | None, per_page: float) -> float:
    """Seconds a document may take: ``timeout``, or ``per_page`` for each of its pages
    when that is more (a long scanned register takes longer than any fixed limit)."""
    if not pages or per_page <= 0:
        return timeout
    return max(timeout, pages * per_page)


def pdf_page_count(path: str | Path, size: int | None = None) -> int | None:
    """The number of pages of a PDF of at least ``PAGE_COUNT_MIN_BYTES`` (pdfium reads only
    its cross-reference table and page tree), else None: a smaller file cannot need more
    than the fixed timeout, and is not opened in the run's main process."""
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        return None
    try:
        size = path.stat().st_size if size is None else size
    except OSError:
        return None
    if size < PAGE_COUNT_MIN_BYTES:
        return None
    try:
        import pypdfium2

        doc = pypdfium2.PdfDocument(str(path))
    except Exception:  # not a PDF pdfium opens: the worker says what is wrong with it
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def relative_name(path: Path, raw_root: Path) -> str:
    """The path relative to the archive root, ``/``-separated."""
    try:
        rel = Path(path).resolve().relative_to(Path(raw_root).resolve())
    except ValueError:
        rel = (
            Path(path).relative_to(raw_root) if Path(path).is_relative_to(raw_root) else Path(Path(path).name)
        )
    return rel.as_posix()


def _describe(exc: BaseException) -> str:
    return describe(exc)


def failed_result(
    doc_id: str, source_file: str, file_type: str, error: str, size: int | None = None
) -> DocumentResult:
    """The documents row of a file that could not be processed at all."""
    return DocumentResult(
        doc_id=doc_id,
        source_file=source_file,
        file_type=file_type,
        status=Status.FAILED,
        error=error,
        meta=DocumentMeta(),
        pipeline_version=PIPELINE_VERSION,
        processed_at=datetime.now(UTC),
        size_bytes=size,
    )


def analyse(
    doc: ExtractedDocument, options: PipelineOptions
) -> tuple[DocumentMeta, list, list, list, list[str]]:
    """Parse and normalize an extracted document. Returns meta, sections, observations,
    plan tasks and the errors of stages that failed (the others still run)."""
    from parsers.metadata import parse_metadata
    from parsers.sections import parse_sections

    lines = list(doc.lines())
    errors: list[str] = []

    def stage(name: str, fn: Callable, default):
        try:
            return fn()
        except MemoryError:  # past the memory limit: the worker says so (a transient failure)
            raise
        except Exception as exc:  # one stage failing must not lose the others
            errors.append(f"{name}: {_describe(exc)}")
            return default

    meta = stage("metadata", lambda: parse_metadata(lines), DocumentMeta())
    sections = stage("sections", lambda: parse_sections(lines), [])

    def forms():
        from parsers.forms import parse_forms

        return parse_forms(lines)

    observations = list(stage("forms", forms, []))

    if options.narrative:

        def narrative():
            from parsers.narrative import parse_narrative

            return parse_narrative(lines, sections, level=meta.unit_level, doc_type=meta.doc_type)

        observations.extend(stage("narrative", narrative, []))

    plan_tasks: list = []
    if options.plans:

        def plans():
            from parsers.plan import parse_plan_tasks

            return parse_plan_tasks(lines)

        plan_tasks = stage("plan", plans, [])

    def normalize():
        from normalize.observations import normalize_observations

        first = meta.period_start or meta.issue_date
        normalize_observations(
            observations, period=(first, meta.period_end or first) if first else None, lines=lines
        )

    stage("normalize", normalize, None)

    for i, obs in enumerate(observations):
        obs.seq = i
    return meta, sections, observations, plan_tasks, errors


MARKUP_TYPES = ("html", "docx", "xlsx", "xls", "ods", "doc", "odt", "rtf")
_FIGURE = re.compile(r"^[+-]?\d[\d.,]*\s*%?$")


def unread_figure_rows(doc: ExtractedDocument, observations: list, plan_tasks: list) -> int:
    """Table rows of a markup export or workbook that carry a figure, when not one table row
    was read from the document (its tables were lost, not absent): their number, else 0."""
    if doc.file_type not in MARKUP_TYPES or plan_tasks:
        return 0
    if any(o.origin == Origin.TABLE for o in observations):
        return 0
    rows = sum(
        1
        for ln in doc.lines()
        if ln.is_row and len(ln.cells) >= 3 and any(_FIGURE.match(c.text.strip()) for c in ln.cells[2:])
    )
    return rows if rows >= 3 else 0


def process_bytes(data: bytes, source_file: str, options: PipelineOptions | None = None) -> DocumentResult:
    """Process one file's bytes; ``source_file`` is its name relative to the archive root."""
    from extract.route import extract_bytes

    options = options or PipelineOptions()
    return _process(
        sha256_bytes(data),
        len(data),
        source_file,
        options,
        lambda file_type: extract_bytes(data, file_type, options.extract),
    )


STREAM_MIN_BYTES = 4 << 20  # a PDF this large is read from its file, not from memory


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def process_path(
    path: str | Path, source_file: str, options: PipelineOptions | None = None
) -> DocumentResult:
    """Process one file by its path: a PDF of ``STREAM_MIN_BYTES`` or more is read from the
    file by pdfminer and pdfium as they need it (a worker's memory does not hold the whole
    scan), anything else through :func:`process_bytes`. Raises OSError when it cannot be read."""
    path = Path(path)
    size = path.stat().st_size
    if path.suffix.lower() != ".pdf" or size < STREAM_MIN_BYTES:
        return process_bytes(path.read_bytes(), source_file, options)
    from extract.route import extract_bytes

    options = options or PipelineOptions()
    with open(path, "rb") as fh:
        head = fh.read(1024)

    def extract(file_type: str):
        if file_type != "pdf" or not head.lstrip().startswith(b"%PDF-"):
            return extract_bytes(path.read_bytes(), file_type, options.extract)
        from extract.pdf import extract_pdf

        return extract_pdf(path, options.extract)

    return _process(sha256_file(path), size, source_file, options, extract)


def _process(
    doc_id: str, size: int, source_file: str, options: PipelineOptions, extract: Callable
) -> DocumentResult:
    from extract.route import file_type_of

    started = time.perf_counter()
    suffix_type = Path(source_file).suffix.lower().lstrip(".") or "unknown"
    try:
        file_type = file_type_of(source_file)
    except PipelineError as exc:
        return failed_result(doc_id, source_file, suffix_type, str(exc), size)
    try:
        doc = extract(file_type)
    except MemoryError:
        raise
    except Exception as exc:
        result = failed_result(doc_id, source_file, file_type, _describe(exc), size)
        result.seconds = time.perf_counter() - started
        result.ocr_dependent = _ocr_dependent(file_type, None)
        return result

    meta, sections, observations, plan_tasks, errors = analyse(doc, options)
    failed_pages = doc.failed_pages
    if failed_pages:
        pages = ", ".join(str(p.number) for p in failed_pages)
        reasons = "; ".join(sorted({p.error or "unreadable" for p in failed_pages}))
        errors.insert(0, f"pages {pages} could not be read ({reasons})")
    if doc.unread_tables:
        errors.insert(0, "tables could not be read (" + "; ".join(doc.unread_tables) + ")")
    lost = unread_figure_rows(doc, observations, plan_tasks)
    if lost:
        errors.append(f"{lost} table rows with figures were found but none was read as a form row")
    damaged = _damaged_text(doc)
    if damaged:
        errors.insert(0, damaged)
    if failed_pages and len(failed_pages) == len(doc.pages):
        status = Status.FAILED
    else:
        status = Status.PARTIAL if errors else Status.OK
    return DocumentResult(
        doc_id=doc_id,
        source_file=source_file,
        file_type=file_type,
        status=status,
        error="; ".join(errors) if errors else None,
        meta=meta,
        page_count=doc.page_count,
        pages_ocr=doc.pages_ocr if doc.page_count else 0,
        ocr_confidence=doc.ocr_confidence,
        observations=observations,
        sections=sections,
        plan_tasks=plan_tasks,
        pipeline_version=PIPELINE_VERSION,
        processed_at=datetime.now(UTC),
        size_bytes=size,
        seconds=time.perf_counter() - started,
        ocr_dependent=_ocr_dependent(file_type, doc),
        pages=[replace(p, lines=[]) for p in doc.pages if p.number is not None],
    )


def process_file(
    path: str | Path, raw_root: str | Path, options: PipelineOptions | None = None
) -> DocumentResult:
    """Process one input file of the archive rooted at ``raw_root``."""
    path, raw_root = Path(path), Path(raw_root)
    source_file = relative_name(path, raw_root)
    try:
        return process_path(path, source_file, options)
    except OSError as exc:
        suffix = path.suffix.lower().lstrip(".") or "unknown"
        return failed_result("", source_file, suffix, f"cannot read the file: {exc.strerror or exc}")


def summarize(result: DocumentResult) -> dict:
    """The few figures of a result the batch reports on."""
    return {
        "doc_id": result.doc_id,
        "source_file": result.source_file,
        "status": result.status,
        "error": result.error,
        "n_observations": len(result.observations),
        "n_unmatched": sum(
            1
            for o in result.observations
            if o.origin == Origin.TABLE
            and o.indicator_code is None
            and (o.value is not None or o.value_text is not None)
        ),
        "pages": result.page_count,
        "pages_ocr": result.pages_ocr,
        "seconds": result.seconds,
    }


def _lean_worker() -> None:
    """In a worker process (started by multiprocessing: the process pool's, a Dask
    nanny's), pandas is kept out as in the run's main process (``runner/lean.py``): nothing
    a document needs uses it, and pyarrow would load it for the first part written; so are
    the optional pipelines underthesea would import with its ``text_normalize``."""
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        from runner.lean import keep_pandas_out, keep_unused_out

        keep_pandas_out()
        keep_unused_out()


def process_to_store(
    path: str | Path,
    source_file: str,
    store: str | Path,
    options: PipelineOptions | None = None,
    doc_id: str | None = None,
) -> dict:
    """Process one file and write its per-document part; return its summary.

    This is what a worker runs (process pool or Dask): the result travels through the
    store, not back to the caller, so a batch costs memory in proportion to one document.
    """
    _lean_worker()
    from store.parts import write_part

    options = options or PipelineOptions()
    path = Path(path)
    try:
        result = process_path(path, source_file, options)
    except OSError as exc:
        result = failed_result(
            doc_id or "",
            source_file,
            path.suffix.lower().lstrip(".") or "unknown",
            f"cannot read the file: {exc.strerror or exc}",
        )
    if result.doc_id:
        write_part(Path(store), result, key=part_key(options, result.ocr_dependent))
    return summarize(result)
