"""Document metadata from the header block, the title and the body.

The header block of an official document (Nghị định 30/2020/NĐ-CP layout) holds the
issuing body (``ỦY BAN NHÂN DÂN`` over ``TỈNH KIÊN GIANG``), the national motto, the number
line (``Số: 061/BC-UBND``), the place-and-date line (``Kiên Giang, ngày 03 tháng 9 năm
2022``), the document type (``BÁO CÁO``) and the title. Exports lose parts of it, so the
body fills in what the header lacks (``Ủy ban nhân dân tỉnh An Giang báo cáo ...``). What a
document does not state is left null.
"""
from __future__ import annotations

import re
import unicodedata

import regex
from typing import Optional

from core.records import DocumentMeta, Line
from normalize.gazetteer import resolve_unit
from normalize.periods import find_period, parse_vn_date

HEADER_LINES = 60          # the header block sits in the first lines of running text

DOC_TYPES = {              # the type word printed above the title → doc_type
    "BÁO CÁO": "bao_cao",
    "KẾ HOẠCH": "ke_hoach",
    "QUYẾT ĐỊNH": "quyet_dinh",
    "CÔNG VĂN": "cong_van",
}
NUMBER_TYPES = {           # the type code inside the number (061/BC-UBND) → doc_type
    "BC": "bao_cao", "KH": "ke_hoach", "QĐ": "quyet_dinh", "QD": "quyet_dinh",
    "CV": "cong_van",
}

_NUMBER_RE = re.compile(r"^\s*Số\s*(?:hiệu)?\s*[:.]?\s*(?P<num>\d+[A-Za-z]?\s*/\s*[\w\-Đđ/.]+)", re.I)
_DATE_LINE_RE = re.compile(
    r"^(?P<place>[^\d,;:]{2,60}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.I)
_MOTTO_RE = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do|^-{3,}$|^_{3,}$", re.I)
_ISSUER_HEAD_RE = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|SỞ\s|BAN CHỈ ĐẠO|VĂN PHÒNG)", re.I)
_UNIT_WORDS = r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn)"
_NAME = r"\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3}"
_BODY_ISSUER_RE = regex.compile(
    rf"(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?P<unit>{_UNIT_WORDS}\s+{_NAME})")
_NEWS_RE = re.compile(
    r"(\bẢnh\s*:|\bPV\s*:|phóng viên|Xin (ông|bà) (cho biết|chia sẻ)|Trân trọng cảm ơn (ông|bà)|"
    r"\(thực hiện\)|^Nguồn\b|https?://\S*(baochinhphu|vnexpress|tuoitre|thanhnien|dantri|vietnamnet|\.vn/))",
    re.I | re.M)
# Opening words of the paragraph after the title (sentence case: an upper-case title that
# starts with "THỰC HIỆN" is still title).
_TITLE_STOP_RE = re.compile(r"^(Kính gửi|Căn cứ|Thực hiện|Theo|Trên cơ sở|Để|Qua|Nhằm|I\.\s|1\.\s)")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _title_case_unit(text: str) -> str:
    """``TỈNH KIÊN GIANG`` → ``tỉnh Kiên Giang``; ``THỊ XÃ DUYÊN HẢI`` → ``thị xã Duyên Hải``."""
    words = text.split()
    out, lead = [], True
    for w in words:
        if lead and w.lower() in ("tỉnh", "thành", "phố", "huyện", "thị", "xã", "quận", "phường", "trấn"):
            out.append(w.lower())
            continue
        lead = False
        out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


def _running_text(lines: list[Line]) -> list[str]:
    return [ln.plain for ln in lines if not ln.is_row]


def _header_lines(texts: list[str]) -> list[str]:
    """The lines before the first roman-numeral section or the opening paragraph."""
    out = []
    for t in texts[:HEADER_LINES]:
        if re.match(r"^(I|II)\.\s", t):
            break
        out.append(t)
    return out


def find_doc_number(header: list[str]) -> Optional[str]:
    for t in header:
        m = _NUMBER_RE.match(t)
        if m:
            return re.sub(r"\s+", "", m.group("num")).rstrip(".")
    return None


def find_issue_date(header: list[str]):
    """The date of the place-and-date line."""
    for t in header:
        m = _DATE_LINE_RE.match(t)
        if m:
            return parse_vn_date(t)
    return None


def find_place(header: list[str]) -> Optional[str]:
    for t in header:
        m = _DATE_LINE_RE.match(t)
        if m:
            return m.group("place").strip()
    return None


def find_type_and_title(header: list[str]) -> tuple[Optional[str], Optional[str]]:
    """The type word line (``BÁO CÁO``) and the title lines under it."""
    for i, t in enumerate(header):
        word = _nfc(t.strip().rstrip(":")).upper()
        if word in DOC_TYPES:
            title: list[str] = []
            for nxt in header[i + 1:]:
                s = nxt.strip()
                if not s:
                    if title:
                        break
                    continue
                if _TITLE_STOP_RE.match(s) or _DATE_LINE_RE.match(s):
                    break
                title.append(s)
                if len(title) >= 4:
                    break
            return DOC_TYPES[word], (" ".join(title) or None)
    return None, None


def find_issuer(header: list[str]) -> Optional[str]:
    """The issuing body from the header block: ``ỦY BAN NHÂN DÂN`` + ``TỈNH KIÊN GIANG``."""
    block: list[str] = []
    for t in header:
        s = t.strip()
        if not s:
            if block:
                break
            continue
        if _MOTTO_RE.search(s) or _NUMBER_RE.match(s) or _DATE_LINE_RE.match(s):
            if block:
                break
            continue
        if block or _ISSUER_HEAD_RE.match(s):
            if s.upper() != s:        # the issuer block is printed in capitals
                break
            block.append(s)
            if len(block) >= 3:
                break
    if not block:
        return None
    head = block[0]
    head = re.sub(r"^(UBND|UỶ BAN NHÂN DÂN)", "ỦY BAN NHÂN DÂN", head, flags=re.I)
    if head.upper().startswith("ỦY BAN NHÂN DÂN"):
        rest = head[len("ỦY BAN NHÂN DÂN"):].strip() or " ".join(block[1:2])
        return ("Ủy ban nhân dân " + _title_case_unit(rest)).strip() if rest else "Ủy ban nhân dân"
    return " ".join(block)


def find_body_issuer(texts: list[str]) -> Optional[str]:
    """``Ủy ban nhân dân tỉnh An Giang báo cáo ...`` in the opening or attachment lines."""
    for t in texts:
        for m in _BODY_ISSUER_RE.finditer(t):
            tail = t[m.end():m.end() + 40]
            if re.match(r"\s*(báo cáo|ban hành|xây dựng kế hoạch|\))", tail, re.I):
                return "Ủy ban nhân dân " + m.group("unit")
    return None


def is_news(texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return len(_NEWS_RE.findall(joined)) >= 2


def parse_metadata(lines: list[Line]) -> DocumentMeta:
    """Read a document's metadata from its lines (all pages)."""
    texts = [t for t in _running_text(lines)]
    nonempty = [t for t in texts if t.strip()]
    header = _header_lines(nonempty)
    meta = DocumentMeta()

    meta.doc_number = find_doc_number(header)
    meta.issue_date = find_issue_date(header)
    doc_type, title = find_type_and_title(header)
    if doc_type is None and meta.doc_number:
        code = meta.doc_number.split("/")[1].split("-")[0].upper() if "/" in meta.doc_number else ""
        doc_type = NUMBER_TYPES.get(code)
        if doc_type is None and re.search(r"/[A-ZĐ]+-[A-ZĐ]+$", meta.doc_number) and code in ("UBND", "SNV"):
            doc_type = "cong_van"      # 1234/UBND-NC: a letter carries no type code of its own
    news = doc_type is None and meta.doc_number is None and is_news(nonempty)
    if news:
        doc_type = "tin_bai"
        title = nonempty[0] if nonempty else None
    meta.doc_type = doc_type or "other"
    meta.title = title

    meta.issuer = find_issuer(header) or (None if news else find_body_issuer(nonempty))

    opening = "\n".join(nonempty[:HEADER_LINES])
    header_text = "\n".join(header)
    if meta.issuer:
        header_text = meta.issuer + "\n" + header_text
    unit = resolve_unit(header_text, title, opening if not news else None)
    if unit is None and not news:
        unit = resolve_unit(header_text, title, "\n".join(nonempty))
    if unit is not None:
        meta.unit_id = unit.unit_id
        meta.unit_name = unit.unit_name
        meta.unit_level = unit.unit_level
        meta.province = unit.province
        meta.province_after_2025 = getattr(unit, "province_after_2025", None)
        if meta.issuer and meta.issuer.strip().lower() in ("ủy ban nhân dân", "ủy ban nhân dân tỉnh"):
            meta.issuer = "Ủy ban nhân dân " + unit.unit_name

    # The period: title first, then the body (a news article states none of its own).
    body_for_period = None if news else "\n".join(nonempty[:HEADER_LINES * 3])
    period = find_period(title, body_for_period)
    if period is not None:
        meta.period, meta.period_start, meta.period_end = period.code, period.start, period.end
    return meta
