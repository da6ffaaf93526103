"""Digital PDFs: pdfplumber's text layer → pages of lines and table grids.

Each page is routed on its own:

- a text layer in a legacy Vietnamese encoding (TCVN3/ABC ``.VnTime``, VNI fonts) is
  transcoded to Unicode (:mod:`extract.legacy`) → method ``transcoded``;
- a text layer holding real text → method ``text_layer``;
- no text layer, or one that is not valid text (``(cid:NN)`` unmapped glyphs, U+FFFD
  replacement characters, mostly symbols), or a full-page picture with a few words on it (the
  text does not cover the page's ink) → routed on validity, never on the text's language →
  ``extract.ocr.ocr_pdf_page`` → method ``ocr``;
- a page that cannot be read → method ``failed`` with the reason; the other pages are kept.

Speed: characters are taken straight from pdfminer's layout objects (pdfplumber's own
``page.chars`` builds a large dict per glyph and is the slowest part of a page); ruling lines
go through pdfplumber's ``process_object`` and its table finder. Pages are closed as soon as
they are read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from itertools import count
from pathlib import PurePath
from typing import Any

from core.errors import DamagedPDF, EncryptedPDF, NoPages, PipelineError, UnreadableFile, describe
from core.records import (
    METHOD_FAILED,
    METHOD_OCR,
    METHOD_TEXT_LAYER,
    METHOD_TRANSCODED,
    BBox,
    ExtractedDocument,
    Line,
    Page,
)
from extract import legacy
from extract.layout import Char, Word, page_lines, words_from_chars
from extract.options import ExtractOptions

MAX_OBJECTS = 2_000_000  # the structure check looks at no more objects than this
MAX_REF_CHAIN = 32  # an object that is a reference to a reference ... this deep: a loop
MIN_TEXT_CHARS = 20  # fewer non-space characters: the page has no text layer
IMAGE_PAGE_SHARE = 0.5  # pictures covering this share of the page ...
IMAGE_PAGE_MAX_CHARS = 200  # ... with fewer characters than this: a scan with a stamp or header
PDFIUM_REOPEN = 8  # pages read from one pdfium document before it is opened again


# ------------------------------------------------------------------ page contents


def _layout_objects(layout) -> tuple[list, list, list]:
    """pdfminer layout → (chars, graphics (lines, rects, curves), images), figures opened."""
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage

    chars, graphics, images = [], [], []
    stack = [iter(layout._objs)]
    while stack:
        for obj in stack[-1]:
            if isinstance(obj, LTChar):
                chars.append(obj)
            elif isinstance(obj, LTCurve):
                graphics.append(obj)
            elif isinstance(obj, LTImage):
                images.append(obj)
            elif isinstance(obj, LTContainer):
                stack.append(iter(obj._objs))
                break
        else:
            stack.pop()
    return chars, graphics, images


def page_chars(page, lt_chars) -> list[Char]:
    """pdfminer characters → :class:`Char` records in pdfplumber's top-left coordinates."""
    height = page.height
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    off = height + mb_top
    out = [
        Char(c._text, c.x0 + mb_x0, c.x1 + mb_x0, off - c.y1, off - c.y0, c.size, c.fontname)
        for c in lt_chars
    ]
    if any(isinstance(c.font, bytes) for c in out):  # rare byte-string font names
        out = [c._replace(font=c.font.decode("latin-1")) if isinstance(c.font, bytes) else c for c in out]
    return out


def text_direction(lt_chars) -> int:
    """The way most characters run, counter-clockwise from left-to-right: 0, 90, 180 or 270.

    A landscape table printed on a portrait page (or a page with ``/Rotate``) runs at 90 or
    270 degrees; its text is read in the frame where it runs left to right.
    """
    if not lt_chars:
        return 0
    votes = [0, 0, 0, 0]
    for c in lt_chars[:: max(1, len(lt_chars) // 400)]:
        a, b = c.matrix[0], c.matrix[1]
        if abs(a) >= abs(b):
            votes[0 if a > 0 else 2] += 1
        else:
            votes[1 if b > 0 else 3] += 1
    return 90 * max(range(4), key=votes.__getitem__)


def rotate_box(box: BBox, angle: int, frame: BBox) -> BBox:
    """A top-left box in the page frame → the frame turned so that text at ``angle`` runs left to right."""
    fx0, ft, fx1, fb = frame
    w, h = fx1 - fx0, fb - ft
    x0, t, x1, b = box[0] - fx0, box[1] - ft, box[2] - fx0, box[3] - ft
    if angle == 90:
        return (h - b, x0, h - t, x1)
    if angle == 270:
        return (t, w - x1, b, w - x0)
    if angle == 180:
        return (w - x1, h - b, w - x0, h - t)
    return box


def rotate_chars(chars: list[Char], angle: int, frame: BBox) -> list[Char]:
    out = []
    for c in chars:
        x0, t, x1, b = rotate_box((c.x0, c.top, c.x1, c.bottom), angle, frame)
        size = b - t if angle in (90, 270) else c.size  # pdfminer's size is the advance there
        out.append(Char(c.text, x0, x1, t, b, size, c.font))
    return out


def rotate_edges(edges: list[dict], angle: int, frame: BBox) -> list[dict]:
    swap = {"h": "v", "v": "h"} if angle in (90, 270) else {}
    out = []
    for e in edges:
        x0, t, x1, b = rotate_box((e["x0"], e["top"], e["x1"], e["bottom"]), angle, frame)
        out.append(
            dict(
                e,
                x0=x0,
                x1=x1,
                top=t,
                bottom=b,
                doctop=t,
                width=x1 - x0,
                height=b - t,
                orientation=swap.get(e.get("orientation"), e.get("orientation")),
            )
        )
    return out


def rotated_frame(frame: BBox, angle: int) -> BBox:
    w, h = frame[2] - frame[0], frame[3] - frame[1]
    if angle in (90, 270):
        return (0.0, 0.0, h, w)
    return (0.0, 0.0, w, h) if angle == 180 else frame


def page_edges(page, graphics) -> list[dict]:
    """Lines, rectangles and curves → pdfplumber edge dicts for its table finder."""
    from pdfplumber.utils import obj_to_edges

    edges = []
    for g in graphics:
        edges.extend(obj_to_edges(page.process_object(g)))
    return edges


def image_share(page, images) -> float:
    area = float(page.width * page.height) or 1.0
    covered = sum(max(0.0, im.x1 - im.x0) * max(0.0, im.y1 - im.y0) for im in images)
    return min(1.0, covered / area)


# ------------------------------------------------------------------ routing


def text_layer_problem(chars: list[Char]) -> str | None:
    """Why a page's text layer cannot be used, or None when it holds real text."""
    text = "".join([c.text for c in chars])
    cid = 0
    if "(cid:" in text:
        cid = sum(1 for c in chars if c.text.startswith("(cid:"))
        text = "".join(c.text for c in chars if not c.text.startswith("(cid:"))
    visible = "".join(text.split())  # str.split() splits where str.isspace() holds
    n = len(visible) + cid
    if n < MIN_TEXT_CHARS:
        return "the page has no text layer"
    if cid > 0.05 * n:
        return f"the text layer is unmapped glyphs ({cid} of {n} characters are (cid:NN))"
    bad = text.count("\ufffd")
    if bad > 0.02 * n:
        return f"the text layer holds {bad} replacement characters (U+FFFD)"
    alnum = sum(map(str.isalnum, visible))
    if alnum < 0.5 * len(visible):
        return "the text layer is mostly symbols, not letters"
    # The language of the text is no reason to throw it away: an English report or an
    # appendix of numbers and codes has an exact layer. Legacy encodings are transcoded before
    # this check (transcode_words); what is left is judged on validity alone.
    return None


def transcode_words(words: list[Word], chars: list[Char]) -> tuple[list[Word], bool]:
    """Map words typed in legacy Vietnamese fonts to Unicode; return (words, transcoded?)."""
    fonts = {c.font for c in chars}
    by_font = {f: legacy.encoding_of_font(f) for f in fonts}
    if any(by_font.values()):
        caps = {f: legacy.is_capitals_font(f) for f in fonts}
        changed = False
        for w in words:
            enc = by_font.get(w.font)
            if enc:
                w.text = legacy.transcode(w.text, enc, caps[w.font])
                changed = True
        return words, changed
    enc = legacy.detect_encoding(" ".join(w.text for w in words))
    if enc is None:
        return words, False
    for w in words:
        w.text = legacy.transcode(w.text, enc)
    return words, True


def _ocr_page(data, number: int, options: ExtractOptions, reason: str) -> Page:
    """OCR of page ``number``; ``data`` is the PDF's bytes or its open pypdfium2 document
    (rendered from it, not opened again for every page)."""
    if not options.ocr:
        return Page(number, [], METHOD_FAILED, error=f"{reason}; OCR is turned off, so it was not read")
    try:
        from extract.ocr import ocr_pdf_page
    except ImportError as exc:
        return Page(
            number,
            [],
            METHOD_FAILED,
            error=f"{reason}, and OCR is not available in this installation ({exc})",
        )
    try:
        page = ocr_pdf_page(data, number, options)
    except PipelineError as exc:
        return Page(number, [], METHOD_FAILED, error=f"{reason}; OCR failed: {exc}")
    except MemoryError:  # past the memory limit: the whole document is retried later
        raise
    except Exception as exc:  # a page that breaks the OCR must not lose the others
        return Page(number, [], METHOD_FAILED, error=f"{reason}; OCR failed: {describe(exc, 'the page')}")
    page.number = number
    return page


def read_page(page, number: int, data, options: ExtractOptions, next_id: Callable[[], int]) -> Page:
    """One pdfplumber page → a :class:`Page` by the text layer, transcoding, or OCR
    (``data``: the PDF's bytes or its open pypdfium2 document, for the OCR)."""
    lt_chars, graphics, images = _layout_objects(page.layout)
    chars = page_chars(page, lt_chars)
    frame: BBox = tuple(page.bbox)
    angle = text_direction(lt_chars)
    if angle:
        chars = rotate_chars(chars, angle, frame)
    words = words_from_chars(chars)
    words, transcoded = transcode_words(words, chars)
    if transcoded:
        chars = [Char(w.text, w.x0, w.x1, w.top, w.bottom, w.size, w.font) for w in words]
    problem = text_layer_problem(chars)
    if (
        problem is None
        and images
        and image_share(page, images) >= IMAGE_PAGE_SHARE
        and sum(len(c.text) for c in chars) < IMAGE_PAGE_MAX_CHARS
    ):
        problem = "the page is a picture with only a few words of text"
    if problem is not None:
        out = _ocr_page(data, number, options, problem)
        out.width = out.width or float(page.width)
        out.height = out.height or float(page.height)
        return out
    edges = page_edges(page, graphics)
    bbox = frame
    if angle:
        edges = rotate_edges(edges, angle, frame)
        bbox = rotated_frame(frame, angle)
    lines = page_lines(words, edges, bbox, number, next_id)
    return Page(
        number,
        lines,
        METHOD_TRANSCODED if transcoded else METHOD_TEXT_LAYER,
        width=float(bbox[2] - bbox[0]),
        height=float(bbox[3] - bbox[1]),
        rotation=angle,
    )


# ------------------------------------------------------------------ tables over pages


def _grid_signature(line: Line) -> tuple[int, tuple[float, ...]]:
    return len(line.cells), tuple(round(c.bbox[0]) if c.bbox else -1 for c in line.cells)


_PAGE_NUMBER = re.compile(r"^\W*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?\W*$", re.I)


def _substantial(line: Line) -> bool:
    """A line that is more than a page number (or blank)."""
    text = line.plain
    return line.is_row or bool(text) and not _PAGE_NUMBER.match(text)


def continue_grids(prev: list[Line], lines: list[Line]) -> None:
    """Give a grid that opens a page the id of the grid that closed the page before.

    Both grids must have the same columns (count and left edges within 2 points), and nothing
    but page numbers may stand between them.
    """
    last = next((ln for ln in reversed(prev) if _substantial(ln)), None)
    first = next((ln for ln in lines if _substantial(ln)), None)
    if last is None or first is None or last.table is None or first.table is None:
        return
    (n1, xs1), (n2, xs2) = _grid_signature(last), _grid_signature(first)
    if n1 != n2 or any(abs(a - b) > 2 for a, b in zip(xs1, xs2)):
        return
    old, new = first.table, last.table
    for ln in lines:
        if ln.table == old:
            ln.table = new


def _renumber(page: Page, next_id: Callable[[], int]) -> None:
    ids: dict[int, int] = {}
    for ln in page.lines:
        if ln.table is not None:
            if ln.table not in ids:
                ids[ln.table] = next_id()
            ln.table = ids[ln.table]
        if ln.page is None:
            ln.page = page.number


# ------------------------------------------------------------------ the document


def _open(data):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(str(data) if isinstance(data, PurePath) else io.BytesIO(data))
    except Exception as exc:  # pdfplumber wraps pdfminer's errors
        cause = exc.__cause__ or exc.__context__ or exc
        if (
            isinstance(cause, PDFPasswordIncorrect)
            or isinstance(exc, PDFPasswordIncorrect)
            or "password" in str(exc).lower()
        ):
            raise EncryptedPDF() from exc
        raise UnreadableFile(
            f"the PDF is damaged and cannot be opened ({_pdf_cause(cause)}); download or export it again"
        ) from exc
    try:
        check_structure(pdf.doc)
    except BaseException:
        _close(pdf)
        raise
    return pdf


def _close(pdf) -> None:
    """Close without reading the page tree (pdfplumber's close lists the pages first, which
    is what failed or looped when the tree is broken)."""
    for page in pdf.__dict__.get("_pages") or []:
        try:
            page.close()
        except Exception:
            pass
    pdf.flush_cache()
    if not pdf.stream_is_external:
        pdf.stream.close()


def _pdf_cause(exc: BaseException) -> str:
    """What broke, in words (the library's exception text is not shown)."""
    if isinstance(exc, PipelineError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "it needs more memory than there is"
    if isinstance(exc, RecursionError):
        return "its objects are nested too deeply or in a loop"
    from core.errors import _pdf_words

    return _pdf_words(exc)


def _is_image(stream) -> bool:
    subtype = stream.attrs.get("Subtype") if isinstance(getattr(stream, "attrs", None), dict) else None
    return getattr(subtype, "name", None) == "Image"


def check_structure(doc, max_objects: int = MAX_OBJECTS, max_chain: int = MAX_REF_CHAIN) -> None:
    """Refuse a PDF whose objects refer to each other in a loop, before anything follows them.

    pdfminer resolves an object that is itself a reference (``2 0 obj 3 0 R endobj``) by
    following references until it reaches something else: a loop of such objects (a 150-byte
    file can hold one) never ends. Every object of the cross-reference table is looked at
    once (pdfminer keeps them, so the pages read them again for free), and a chain of bare
    references is followed at most ``max_chain`` steps. The number of objects looked at is
    bounded too, so the check itself always ends. Pictures are the exception: an image
    stream is let go of once looked at (a scan's pictures are the whole file; the page that
    draws one reads it again from the file, and an OCR'd page never does).
    """
    from pdfminer.pdftypes import PDFObjRef, PDFStream

    cache = getattr(doc, "_cached_objs", None)
    seen = 0
    for xref in getattr(doc, "xrefs", []):
        try:
            objids = list(xref.get_objids())
        except Exception:
            continue
        for objid in objids:
            seen += 1
            if seen > max_objects:
                raise DamagedPDF(
                    f"the PDF declares more than {max_objects:,} objects; it is damaged or not a document"
                )
            try:
                obj = doc.getobj(objid)
            except Exception:  # a missing or broken object: the page reading it says so
                continue
            if isinstance(obj, PDFStream) and cache is not None and _is_image(obj):
                cache.pop(objid, None)
            chain = [objid]
            while isinstance(obj, PDFObjRef):
                if obj.objid in chain or len(chain) > max_chain:
                    loop = " → ".join(str(i) for i in chain + [obj.objid])
                    raise DamagedPDF(
                        f"the PDF is damaged: its objects refer to each other in a loop "
                        f"(objects {loop}); download or export it again"
                    )
                chain.append(obj.objid)
                try:
                    obj = doc.getobj(obj.objid)
                except Exception:
                    break


def extract_pdf(data, options: ExtractOptions | None = None, fast: bool = True) -> ExtractedDocument:
    """Read a PDF's bytes into pages of lines; failed pages are kept with their reason.

    ``data`` may also be the file's path: pdfminer and pdfium then read it from the file as
    they need it, so a long scan is not held in memory as a whole (the same pages result).

    ``fast``: read plain pages through pdfium (:func:`read_page_fast`); False reads every
    page through pdfplumber (:func:`read_page`), the reference the fast path is tested against.
    """
    options = options or ExtractOptions()
    pdf = _open(data)
    ids = count(1)
    next_id = lambda: next(ids)  # noqa: E731
    pdoc = None
    try:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:
            raise UnreadableFile(
                f"the PDF's page tree is damaged ({_pdf_cause(exc)}); download or export it again"
            ) from exc
        if not plumber_pages:
            raise NoPages()
        pages: list[Page] = []
        warnings: list[str] = []
        prev_lines: list[Line] = []
        pdoc = _pdfium_open(data) if fast else None
        if pdoc is not None and len(pdoc) != len(plumber_pages):
            pdoc.close()
            pdoc = None
        for number, pp in enumerate(plumber_pages, start=1):
            if pdoc is not None and number % PDFIUM_REOPEN == 0:
                # pdfium keeps every stream it has loaded (a scan's page pictures) until the
                # document is closed: opened afresh so that memory does not grow with pages.
                pdoc.close()
                pdoc = _pdfium_open(data)
            source = pdoc if pdoc is not None else data
            try:
                page = None
                if pdoc is not None and textless_page(pdoc, number - 1):
                    # What read_page decides for a page without characters, without
                    # pdfminer's layout of its picture (whose streams it would keep).
                    page = _ocr_page(pdoc, number, options, text_layer_problem([]))
                    page.width = page.width or float(pp.width)
                    page.height = page.height or float(pp.height)
                elif pdoc is not None and pp.rotation == 0 and tuple(pp.mediabox) == tuple(pp.bbox):
                    page = read_page_fast(pdoc, number - 1, tuple(pp.bbox), next_id)
                if page is None:
                    page = read_page(pp, number, source, options, next_id)
            except PipelineError as exc:
                page = Page(number, [], METHOD_FAILED, error=str(exc))
            except MemoryError:
                raise
            except Exception as exc:  # one damaged page must not lose the others
                page = Page(
                    number,
                    [],
                    METHOD_FAILED,
                    error=f"page {number} is damaged and cannot be read ({_pdf_cause(exc)})",
                )
            finally:
                pp.close()
            if page.method == METHOD_OCR:
                _renumber(page, next_id)
                release_heap()
            if page.method == METHOD_FAILED:
                warnings.append(f"page {number}: {page.error}")
            elif page.lines:
                continue_grids(prev_lines, page.lines)
            prev_lines = page.lines
            pages.append(page)
    finally:
        _close(pdf)
        if pdoc is not None:
            pdoc.close()
    if all(p.method == METHOD_FAILED for p in pages) and any("damaged" in (p.error or "") for p in pages):
        raise UnreadableFile("no page of the PDF could be read (" + pages[0].error + ")")
    return ExtractedDocument(file_type="pdf", pages=pages, page_count=len(pages), warnings=warnings)


# ------------------------------------------------------------------ the fast path (pdfium)


class _Fallback(Exception):
    """The page needs pdfplumber's path (rotation, legacy fonts, pictures, forms, curves ...)."""


def _pdfium_open(data):
    try:
        import pypdfium2

        return pypdfium2.PdfDocument(str(data) if isinstance(data, PurePath) else data)
    except Exception:  # not installed, or a file pdfium will not open: pdfplumber decides
        return None


_LIBC: Any = None  # the C library once loaded, False where it cannot be


def release_heap() -> None:
    """Give the heap's free memory back to the system after an OCR'd page: the page's
    images (tens of MB while it is cleaned and read) are freed into glibc's heap, which
    keeps them resident, so what the document's parsing allocates next would come on top
    of the largest page's peak (``malloc_trim``; nothing where glibc is absent)."""
    global _LIBC
    if _LIBC is None:
        try:
            import ctypes

            _LIBC = ctypes.CDLL("libc.so.6")
            _LIBC.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


def textless_page(pdoc, index: int) -> bool:
    """Whether a page holds no text at all: no text object and no form XObject (which
    could hold one) among its objects, only pictures, paths and shadings. pdfplumber would
    find no character on it and send it to OCR; pdfium tells without a layout pass."""
    import pypdfium2.raw as raw

    page = pdoc[index]
    try:
        praw = page.raw
        for k in range(raw.FPDFPage_CountObjects(praw)):
            kind = raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(praw, k))
            if kind not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_SHADING):
                return False
        return True
    finally:
        page.close()


_TEXT_OBJECT_ADDRESS = None


def _text_object_address():
    """``FPDFText_GetTextObject`` returning the object's address as an int (a cheap dict key)."""
    global _TEXT_OBJECT_ADDRESS
    if _TEXT_OBJECT_ADDRESS is None:
        import ctypes

        import pypdfium2.raw as raw

        proto = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
        _TEXT_OBJECT_ADDRESS = proto(ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)
    return _TEXT_OBJECT_ADDRESS


def _font_name(raw, font) -> str:
    import ctypes

    n = raw.FPDFFont_GetBaseFontName(font, None, 0)
    if n <= 1:
        return ""
    buf = ctypes.create_string_buffer(n)
    raw.FPDFFont_GetBaseFontName(font, buf, n)
    return buf.value.decode("latin-1")


def fast_page_contents(pdoc, index: int, frame: BBox) -> tuple[list[Char], list[dict]]:
    """One plain upright page through pdfium: characters and ruling-line edges.

    ``frame`` is the page's box as pdfplumber reads it (its exact numbers; pdfium's are float32).

    Raises :class:`_Fallback` for anything that pdfplumber's path handles on its own terms:
    a rotated page or text not running left to right, an offset or cropped media box, form
    XObjects, pictures, curved paths, legacy Vietnamese fonts, unmapped glyphs.
    """
    import ctypes

    import pypdfium2.raw as raw

    page = pdoc[index]
    try:
        if page.get_rotation():
            raise _Fallback("rotated")
        if frame[0] != 0 or frame[1] != 0:
            raise _Fallback("offset box")
        box = page.get_mediabox()
        if (
            box[0] != 0
            or box[1] != 0
            or abs(box[2] - frame[2]) > 0.01
            or abs(box[3] - frame[3]) > 0.01
            or tuple(page.get_cropbox()) != tuple(box)
        ):
            raise _Fallback("offset or cropped box")
        height = frame[3]
        praw = page.raw
        m = raw.FS_MATRIX()
        pm = ctypes.byref(m)
        x, y = ctypes.c_float(), ctypes.c_float()
        px, py = ctypes.byref(x), ctypes.byref(y)
        edges: list[dict] = []
        fill, stroke = ctypes.c_int(), ctypes.c_int()
        for k in range(raw.FPDFPage_CountObjects(praw)):
            obj = raw.FPDFPage_GetObject(praw, k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                continue
            if kind != raw.FPDF_PAGEOBJ_PATH:
                raise _Fallback("picture, shading or form")
            raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
            if not fill.value and not stroke.value:
                continue
            raw.FPDFPageObj_GetMatrix(obj, pm)
            a, b, c, d, e, f = m.a, m.b, m.c, m.d, m.e, m.f
            subs: list[list] = []  # [points, closed] per subpath, in top-left coordinates
            for s in range(raw.FPDFPath_CountSegments(obj)):
                seg = raw.FPDFPath_GetPathSegment(obj, s)
                t = raw.FPDFPathSegment_GetType(seg)
                raw.FPDFPathSegment_GetPoint(seg, px, py)
                u, v = x.value, y.value
                # pdfium keeps float32: rounded to the 5 decimals a content stream is written with
                pt = (round(a * u + c * v + e, 5), round(height - (b * u + d * v + f), 5))
                if t == raw.FPDF_SEGMENT_MOVETO or not subs:
                    subs.append([[pt], False])
                elif t == raw.FPDF_SEGMENT_LINETO:
                    subs[-1][0].append(pt)
                else:
                    raise _Fallback("curve")
                if raw.FPDFPathSegment_GetClose(seg):
                    subs[-1][1] = True
            for pts, closed in subs:
                if len(pts) < 2:
                    continue
                if len(pts) == 2:  # a line (pdfminer's LTLine)
                    (x0, t0), (x1, t1) = pts
                    edges.append(_edge(x0, t0, x1, t1, "h" if t0 == t1 else "v"))
                    continue
                if closed and pts[-1] != pts[0]:
                    pts.append(pts[0])
                for (x0, t0), (x1, t1) in zip(pts, pts[1:]):
                    if x0 == x1 and t0 == t1:
                        continue
                    if x0 != x1 and t0 != t1:
                        raise _Fallback("slanted path")
                    edges.append(_edge(x0, t0, x1, t1, "v" if x0 == x1 else "h"))

        tp = page.get_textpage()
        try:
            traw = tp.raw
            n = raw.FPDFText_CountChars(traw)
            text = ""
            if n > 0:
                buf = ctypes.create_string_buffer(2 * (n + 1))
                got = raw.FPDFText_GetText(traw, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
                text = buf.raw[: 2 * max(0, got - 1)].decode("utf-16-le", errors="replace")
            if len(text) != n:
                raise _Fallback("characters outside the BMP")
            rect = raw.FS_RECTF()
            prect = ctypes.byref(rect)
            box_of = raw.FPDFText_GetLooseCharBox
            obj_of = _text_object_address()
            as_obj = raw.FPDF_PAGEOBJECT
            generated = raw.FPDFText_IsGenerated
            map_error = raw.FPDFText_HasUnicodeMapError
            objects: dict[int, float] = {}
            fsize = ctypes.c_float()
            chars: list[Char] = []
            append = chars.append
            for i, ch in enumerate(text):
                if ch.isspace() and generated(traw, i):
                    continue
                if map_error(traw, i):
                    raise _Fallback("unmapped glyphs")
                key = obj_of(traw, i)
                size = objects.get(key)
                if size is None:
                    obj = ctypes.cast(key, as_obj)
                    raw.FPDFPageObj_GetMatrix(obj, pm)
                    if m.b != 0 or m.c != 0 or m.a <= 0 or m.d <= 0:
                        raise _Fallback("text not upright")
                    if legacy.encoding_of_font(_font_name(raw, raw.FPDFTextObj_GetFont(obj))):
                        raise _Fallback("legacy font")
                    raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(fsize))
                    size = objects[key] = fsize.value * m.d
                box_of(traw, i, prect)
                bottom = height - rect.bottom
                append(Char(ch, rect.left, rect.right, bottom - size, bottom, size))
        finally:
            tp.close()
    finally:
        page.close()
    return chars, edges


def _edge(x0: float, t0: float, x1: float, t1: float, orientation: str) -> dict:
    left, right = (x0, x1) if x0 <= x1 else (x1, x0)
    top, bottom = (t0, t1) if t0 <= t1 else (t1, t0)
    return {
        "object_type": "line",
        "x0": left,
        "x1": right,
        "top": top,
        "bottom": bottom,
        "doctop": top,
        "width": right - left,
        "height": bottom - top,
        "orientation": orientation,
    }


def read_page_fast(pdoc, index: int, frame: BBox, next_id: Callable[[], int]) -> Page | None:
    """A plain digital page through pdfium, or None when it must go through :func:`read_page`.

    Only a page that :func:`read_page` would read by its text layer as it stands (no legacy
    encoding, no garbage, no picture) is read here; its characters and ruling lines are the
    same, so its lines are too.
    """
    try:
        chars, edges = fast_page_contents(pdoc, index, frame)
    except _Fallback:
        return None
    if text_layer_problem(chars) is not None:
        return None
    words = words_from_chars(chars)
    if legacy.detect_encoding(" ".join(w.text for w in words)) is not None:
        return None
    number = index + 1
    lines = page_lines(words, edges, frame, number, next_id)
    return Page(number, lines, METHOD_TEXT_LAYER, width=float(frame[2]), height=float(frame[3]), rotation=0)
