"""Document metadata from the header block, the title and the body.

The header block of an official document (Nghị định 30/2020/NĐ-CP layout) holds the
issuing body (``ỦY BAN NHÂN DÂN`` over ``TỈNH KIÊN GIANG``), the national motto, the number
line (``Số: 061/BC-UBND``), the place-and-date line (``Kiên Giang, ngày 03 tháng 9 năm
2022``), the document type (``BÁO CÁO``) and the title. Exports lose parts of it, so the
body fills in what the header lacks (``Ủy ban nhân dân tỉnh An Giang báo cáo ...``). What a
document does not state is left null.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import regex

from core.records import DocType, DocumentMeta, Line
from normalize.gazetteer import fold, lookup, name_on, name_on_guess, province_on, written_name
from normalize.news_lead import resolve_unit
from normalize.periods import Period, find_period, parse_period, whole_year

HEADER_LINES = 60  # the header block sits in the first lines of running text
LETTERHEAD_LINES = 40  # lines searched for the two-column letterhead
VOCAB_CSV = Path(__file__).with_name("metadata_vocab.csv")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, list[tuple[str, str]]]:
    """``metadata_vocab.csv``: type words, number codes and OCR variants of header words."""
    out: dict[str, list[tuple[str, str]]] = {}
    with VOCAB_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["kind"], []).append((row["text"], row["value"]))
    return out


def _doc_types() -> dict[str, str]:
    return {t.upper(): v for t, v in _vocab().get("type_word", [])}


def _no_period_types() -> set[str]:
    """``metadata_vocab.csv`` ``no_period``: document types that report on no period. A
    quyết định decides; a year in its title (``ban hành Kế hoạch ... năm 2024``) is that of
    what it issues, not a period the decision reports on."""
    return {v for _, v in _vocab().get("no_period", [])}


def _number_types() -> dict[str, str]:
    return {t.upper(): v for t, v in _vocab().get("number_code", [])}


# "Số" as OCR reads it too: "Sô", "Sổ", "Só", "S6"
_NUMBER_RE = re.compile(
    r"^\s*S(?:ố|ô|ổ|ó|ồ|ộ|ỗ|o|6)\s*(?:hiệu)?\s*[:.]?\s*(?P<num>\d+[A-Za-z]?(?:-[A-ZĐ]{1,6})?\s*/\s*[\w\-Đđ/.&]+)",
    re.I,
)
_DATE_LINE_RE = re.compile(
    r"^(?P<place>[^\d,;:]{2,60}),\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.I
)
_MOTTO_RE = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do|^-{3,}$|^_{3,}$", re.I)
_ISSUER_HEAD_RE = re.compile(
    r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|SỞ\s|BAN CHỈ ĐẠO|VĂN PHÒNG)", re.I
)
_UNIT_WORDS = r"(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|thị trấn|đặc khu)"
_NAME = r"\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3}"
_BODY_ISSUER_RE = regex.compile(
    rf"(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?P<unit>{_UNIT_WORDS}\s+{_NAME})"
)
_NEWS_RE = re.compile(
    r"(\bẢnh\s*:|\bPV\s*:|phóng viên|Xin (ông|bà) (cho biết|chia sẻ)|Trân trọng cảm ơn (ông|bà)|"
    r"\(thực hiện\)|^Nguồn\b|https?://\S*(baochinhphu|vnexpress|tuoitre|thanhnien|dantri|vietnamnet|\.vn/))",
    re.I | re.M,
)
# Opening words of the paragraph after the title (sentence case: an upper-case title that
# starts with "THỰC HIỆN" is still title).
_TITLE_STOP_RE = re.compile(r"^(\||Kính gửi|Căn cứ|Thực hiện|Theo|Trên cơ sở|Để|Qua|Nhằm|I\.\s|1\.\s)")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _title_case_unit(text: str) -> str:
    """``TỈNH KIÊN GIANG`` → ``tỉnh Kiên Giang``; ``THỊ XÃ DUYÊN HẢI`` → ``thị xã Duyên Hải``."""
    words = text.split()
    out, lead = [], True
    for w in words:
        if lead and w.lower() in (
            "tỉnh",
            "thành",
            "phố",
            "huyện",
            "thị",
            "xã",
            "quận",
            "phường",
            "trấn",
            "đặc",
            "khu",
        ):
            out.append(w.lower())
            continue
        lead = False
        out.append(w[:1].upper() + w[1:].lower())
    return " ".join(out)


# ---------------------------------------------------------------- the letterhead

# folded (accentless lower-case) patterns; folding keeps one char per char of NFC text
_F_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi|doc\s*lap\s*[-\u2013.,]?\s*tu\s*do")
_F_DATE = re.compile(
    r"(?:^|(?<=[\s,.:;|_]))ngay\s*(?P<d>\d{1,2})\s*(?:thang\s*(?P<m>\d{1,2})\s*,?\s*nam\s*(?P<y>\d{4})"
    r"|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<y2>\d{4}))(?!\d)"
)
_F_PLACE_DATE = re.compile(r"(?P<place>[^\d,;:|_]{2,60}?(?:\s\d{1,2})?)\s*,\s*(?=ngay\s*\d)")
# a date line with no "ngày" ("Lý Sơn, 12/6/2024", "Lý Sơn, 12 tháng 6 năm 2024"): the place,
# then the date ending the line (so a sentence holding a date is none)
_F_PLACE_NUMERIC = re.compile(
    r"^\s*(?P<place>[^\d,;:|_]{2,60}?(?:\s\d{1,2})?)\s*,\s*(?:(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*"
    r"(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s*thang\s*(?P<m2>\d{1,2})\s*,?\s*nam\s*"
    r"(?P<y2>\d{4}))\s*[.;)]?\s*$"
)
_F_NUMBER = re.compile(r"^\s*s[o6]\s*(?:hieu)?\s*[:.]?\s*\d+[a-z]?(?:-[a-z]{1,6})?\s*/\s*[\w\-/.&]+")
_F_ISSUER = re.compile(
    r"^\s*(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so\s|van phong|"
    r"ban (?:chi dao|quan ly|dan toc|to chuc|tuyen giao)|"
    r"tinh uy|huyen uy|dang uy|thanh uy)"
)
_F_RULE = re.compile(r"^\s*[-_=\u2013.]{3,}\s*$")  # the short rule under each column head
_F_VV = re.compile(r"^\s*(?:v/v|v\.v\b|ve viec)\s*[:.]?\s*\S")
_F_CAPTION = re.compile(
    r"(?:kem theo|ban hanh kem theo)\s+(?P<kind>bao cao|ke hoach|quyet dinh|cong van|to trinh)\s+"
    r"(?:so\s*[:.]?\s*)?(?P<num>\d+[a-z]?\s*/\s*[\w\-/.&]+?)\s+ngay\s*\d"
)
_KIND_TYPES = {
    "bao cao": "bao_cao",
    "ke hoach": "ke_hoach",
    "quyet dinh": "quyet_dinh",
    "cong van": "cong_van",
    "to trinh": "other",
}


@dataclass
class _Piece:
    text: str
    column: str  # "L" left (issuer, number), "R" right (motto, place and date), "" full width


def _ocr_fixed(text: str) -> str:
    """Known OCR misreadings of header words (``thành Phô`` → ``thành phố``), from the vocabulary."""
    for wrong, right in _vocab().get("header_ocr", []):
        if wrong in text:
            text = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, text)
    return text


def _split_glued(text: str) -> list[_Piece]:
    """A line that holds both letterhead columns (a text export's ``A | B``, an OCR'd line that
    read across: ``Ủy ban nhân dân thành phố Đà Nẵng _ Cộng Hòa Xã Hội ...``, ``Số: 12/UBND-KT
    Đà Nẵng, ngày 26 tháng 7 năm 2020``): the left and right pieces; else the line whole."""
    parts = [p.strip(" _") for p in re.split(r"\s*\|\s*", text)]
    parts = [p for p in parts if p and not _F_RULE.match(p)]
    if "|" in text and len(parts) == 1:
        return [_Piece(parts[0], "L" if text.index("|") > text.index(parts[0]) else "R")]
    if len(parts) >= 2 and any(_is_letterhead_text(p) for p in parts):
        return [_Piece(parts[0], "L")] + [_Piece(p, "R") for p in parts[1:]]
    folded = fold(text)
    cut = None
    m = _F_MOTTO.search(folded)
    if m and m.start() > 3 and _F_ISSUER.match(folded) or (m and m.start() > 3 and _F_NUMBER.match(folded)):
        cut = m.start()
    elif _F_NUMBER.match(folded):
        num = _F_NUMBER.match(folded)
        rest = folded[num.end() :]
        if _F_PLACE_DATE.search(rest) or _F_DATE.search(rest) or _F_PLACE_NUMERIC.match(rest):
            cut = num.end()
    elif _F_ISSUER.match(folded) and (_F_PLACE_DATE.search(folded) or _F_DATE.search(folded)):
        pd = _F_PLACE_DATE.search(folded)
        gaps = list(re.finditer(r"\S(\s{3,}|\t)\S", text[: pd.end("place")])) if pd else []
        if gaps:
            cut = gaps[-1].end(1)  # a text export's column gap (three spaces or a tab)
        elif pd:
            # the place is the words before ", ngày": as many capitalised words as there are
            # (and a number that ends a name: "Hà Giang 1")
            words = list(re.finditer(r"\S+", text[: pd.end("place")]))
            k = len(words)
            if k > 1 and re.fullmatch(r"\d{1,2}", words[-1].group(0)):
                k -= 1
            # a place in title case ends where the issuer's capitals begin ("TỈNH LÂM ĐỒNG Lâm Đồng")
            titled = k > 0 and not words[k - 1].group(0).isupper()
            while (
                k > 0
                and words[k - 1].group(0)[:1].isupper()
                and len(words) - k < 5
                and not (titled and len(words[k - 1].group(0)) > 1 and words[k - 1].group(0).isupper())
            ):
                k -= 1
            # the unit's name said twice, the issuer's and the place's: "... Đà Nẵng Đà Nẵng, ngày"
            named = [fold(w.group(0)) for w in words[max(0, len(words) - 8) :]]
            for n in range(len(named) // 2, 0, -1):
                if named[-2 * n : -n] == named[-n:] and len(words) - n > 0:
                    k = len(words) - n
                    break
            if 0 < k < len(words):
                cut = words[k].start()
    if cut is None:
        return [_Piece(text, "")]
    left, right = text[:cut].strip(" _-\u2013|"), text[cut:].strip(" _|")
    out = []
    if left:
        out.append(_Piece(left, "L"))
    if right:
        out.append(_Piece(right, "R"))
    return out


def _is_letterhead_text(text: str) -> bool:
    folded = fold(text)
    return bool(
        _F_MOTTO.search(folded)
        or _F_ISSUER.match(folded)
        or _F_NUMBER.match(folded)
        or _F_DATE.search(folded)
        or _F_VV.match(folded)
    )


def _page_middle(lines: list[Line]) -> float | None:
    boxes = [c.bbox for ln in lines for c in ln.cells if c.bbox]
    if len(boxes) < 2:
        return None
    return (min(b[0] for b in boxes) + max(b[2] for b in boxes)) / 2


def _line_pieces(line: Line, middle: float | None, width: float) -> list[_Piece]:
    """The pieces of one early line with their column."""
    cells = [c for c in line.cells if c.text.strip()]
    if not cells:
        return []
    if line.is_row:
        if len(line.cells) > 3 or not any(_is_letterhead_text(c.text) for c in cells):
            return []
        if len(cells) == 1:
            return [_Piece(_ocr_fixed(cells[0].text.strip()), "")]
        return [_Piece(_ocr_fixed(cells[0].text.strip()), "L")] + [
            _Piece(_ocr_fixed(c.text.strip()), "R") for c in cells[1:]
        ]
    text = _ocr_fixed(line.plain)
    box = line.bbox or cells[0].bbox
    if middle is not None and box is not None and width > 0:
        centre = (box[0] + box[2]) / 2
        narrow = (box[2] - box[0]) < 0.6 * width
        if narrow and centre < middle - 0.1 * width:
            return [_Piece(p.text, "L") for p in _split_glued(text)][:1] + [p for p in _split_glued(text)[1:]]
        if narrow and centre > middle + 0.1 * width:
            return [_Piece(text, "R")]
    return _split_glued(text)


def _letterhead(lines: list[Line]) -> tuple[list[str], int]:
    """The first lines in reading order with the letterhead's two columns apart: the left
    column (issuing body, number, V/v) in place, the right column (motto, place and date)
    after the letterhead. Returns the lines and how many input lines they came from."""
    first_page = [ln for ln in lines[:LETTERHEAD_LINES] if ln.page == (lines[0].page if lines else None)]
    middle = _page_middle(first_page)
    boxes = [c.bbox for ln in first_page for c in ln.cells if c.bbox]
    width = (max(b[2] for b in boxes) - min(b[0] for b in boxes)) if boxes else 0.0
    out: list[str] = []
    right: list[str] = []
    used = 0
    for i, ln in enumerate(lines[:LETTERHEAD_LINES]):
        plain = _nfc(ln.plain).strip()
        if plain and _nfc(plain.rstrip(":")).upper() in _doc_types() and right:
            break  # the type word: the letterhead is over
        if ln.is_row and not _line_pieces(ln, middle, width):
            if right or out:
                break  # a table: the letterhead (if any) is over
            continue
        pieces = _line_pieces(ln, middle, width) if (ln.is_row or plain) else []
        for p in pieces:
            if p.column == "R":
                right.append(p.text)
            else:
                out.append(p.text)
        if not ln.is_row and not plain:
            out.append("")
        used = i + 1
    return out + right, used


_F_NUMBER_ALONE = re.compile(r"^\s*so\s*(?:hieu)?\s*[:.]?\s*$")
_F_DATE_CUT = re.compile(r",\s*ngay\s*\d{1,2}\s*$")
_F_DATE_REST = re.compile(r"^\s*thang\s*\d{1,2}\s*,?\s*nam\s*\d{4}")


def _unwrap(texts: list[str]) -> list[str]:
    """Header lines a narrow export wrapped: ``Số:`` / ``2392/QĐ-UBND`` and ``Rạch Giá, ngày
    06`` / ``tháng 10 năm 2008`` joined again; a lone ``|`` column mark dropped."""
    out: list[str] = []
    for t in texts:
        if t.strip() == "|":
            continue
        if out and (
            _F_NUMBER_ALONE.match(fold(out[-1]))
            and re.match(r"^\s*\d", t)
            or _F_DATE_CUT.search(fold(out[-1]))
            and _F_DATE_REST.match(fold(t))
        ):
            out[-1] = out[-1].rstrip() + " " + t.strip()
            continue
        out.append(t)
    return out


def _running_text(lines: list[Line]) -> list[str]:
    head, used = _letterhead(lines)
    rest = [_nfc(ln.plain) for ln in lines[used:] if not ln.is_row]
    return _unwrap([t for t in head if t.strip()] + [""]) + rest if head else rest


def _header_lines(texts: list[str]) -> list[str]:
    """The lines before the first roman-numeral section or the opening paragraph."""
    out = []
    for t in texts[:HEADER_LINES]:
        if re.match(r"^(I|II)\.\s", t):
            break
        out.append(t)
    return out


def find_doc_number(header: list[str]) -> str | None:
    for t in header:
        m = _NUMBER_RE.match(t)
        if m:
            return re.sub(r"\s+", "", m.group("num")).rstrip(".")
    return None


def _date_of(folded: str, m: re.Match) -> date | None:
    day = int(m.group("d"))
    month = int(m.group("m") or m.group("m2"))
    year = int(m.group("y") or m.group("y2"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


_OCR_DIGIT_RE = re.compile(r"(?<=\d)[oil|]|[oil|](?=\d)")


def _ocr_digits(folded: str) -> str:
    """OCR's letters for digits next to digits after ``ngày`` (``O5``, ``1O``, ``2O25``, ``l2``):
    the digits, one char for one char."""
    at = folded.find("ngay")
    if at < 0:
        return folded
    tail = _OCR_DIGIT_RE.sub(lambda m: "0" if m.group(0) == "o" else "1", folded[at:])
    return folded[:at] + tail


# a news agency credited after a dateline's date (``Hà Nội, 30/5/2017 (TTXVN)``, ``... - VNA``):
# in brackets one to three words, each capitalised or a site's name (``Chinhphu.vn``); after a
# dash one abbreviation in capitals or a site's name
_CREDIT_RE = regex.compile(
    r"(?<=\d{4})\s*(?:\((?P<words>[^()\d]{1,30})\)|[-\u2013]\s*(?P<abbr>\p{Lu}{2,}(?:[/+]\p{Lu}*\+?)?|[\p{L}]+\.vn))"
    r"\s*[.;]?\s*$"
)
_CREDIT_WORD_RE = regex.compile(r"^(?:\p{Lu}[\p{L}+&/.]*|\p{L}+\.vn)$")


def _without_credit(text: str) -> str:
    """The date line without a news agency's credit after its date (see ``_CREDIT_RE``)."""
    m = _CREDIT_RE.search(text)
    if m is None:
        return text
    if m.group("words") is not None:
        words = m.group("words").split()
        if not 1 <= len(words) <= 3 or not all(_CREDIT_WORD_RE.match(w) for w in words):
            return text
    return text[: m.start()]


def _date_line(text: str) -> tuple[str | None, date] | None:
    """(place, date) of a place-and-date line, read tolerantly: lost spaces (``ngày 26tháng 7``),
    lost accents, a numeric date (``ngày 30/9/2025``); the place may be absent (``Ngày ...``);
    a news agency's credit may follow the date (``Hà Nội, 30/5/2017 (TTXVN)``)."""
    text = _without_credit(text)
    folded = _ocr_digits(fold(text))
    m = _F_DATE.search(folded)
    if not m:
        return _numeric_date_line(text, folded)
    before = folded[: m.start()].rstrip()
    if before and not before.endswith(","):
        return None  # "ngày" inside a sentence, not a date line
    if re.search(r"[^\s.;)\]]", folded[m.end() :]):
        return None  # a sentence that opens with a date, not a date line
    when = _date_of(folded, m)
    if when is None:
        return None
    place = text[: len(before) - 1].strip() if before else None
    # a unit named by a number, alone or after its name: "Quận 1", "Hà Giang 1", "Phường 12"
    numbered = (
        place
        and (
            (
                re.match(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s+\d{1,2}$", place)
                and (
                    re.match(r"^(?:quan|phuong|xa)\s+\d+$", fold(place))
                    or all(w[:1].isupper() for w in place.split()[:-1])
                )
            )
            # a ward numbered before its name (since 2025: "Phường 1 Bảo Lộc")
            or (
                re.match(r"^(?:phuong|xa)\s+\d{1,2}\s+\S", fold(place))
                and all(w[:1].isupper() for w in place.split()[2:] if w)
                and len(place.split()) <= 6
            )
        )
    )
    if place and (len(place) > 60 or re.search(r"[;:]", place) or (re.search(r"\d", place) and not numbered)):
        return None
    return place or None, when


def _numeric_date_line(text: str, folded: str) -> tuple[str, date] | None:
    """(place, date) of a date line that writes its date without ``ngày`` (``Lý Sơn,
    12/6/2024``, ``Lý Sơn, 12 tháng 6 năm 2024``): the place a name in capitals or title case (``Quận 1`` too), not a
    weekday or a stamp word (``Thứ Tư, 27/8/2025`` is a news stamp), the date ending the line."""
    m = _F_PLACE_NUMERIC.match(folded)
    if not m:
        return None
    place = text[m.start("place") : m.end("place")].strip()
    words = place.split()
    if not words or len(words) > 6 or not all(w[:1].isupper() or w.isdigit() for w in words):
        return None
    if re.search(r"\d", place) and not re.fullmatch(r"(?:[^\W\d_]+\s+){1,5}\d{1,2}", place):
        return None
    if not re.search(r"[a-z]", _stamp_words_re().sub(" ", fold(place))):
        return None
    try:
        day, month, year = (
            (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else m.group("d2", "m2", "y2")
        )
        return place, date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_issue_date(header: list[str]):
    """The date of the place-and-date line."""
    for t in header:
        found = _date_line(t)
        if found:
            return found[1]
    return None


def find_place(header: list[str]) -> str | None:
    for t in header:
        found = _date_line(t)
        if found and found[0]:
            return found[0]
    return None


def find_caption(texts: list[str]) -> tuple[str, str, date | None] | None:
    """An attachment's caption (``(Kèm theo Báo cáo số 412/BC-UBND ngày 05 tháng 10 năm
    2025 ...)``): (doc_type, number, date) of the document it belongs to."""
    for t in texts:
        folded = fold(t)
        m = _F_CAPTION.search(folded)
        if m:
            number = re.sub(r"\s+", "", t[m.start("num") : m.end("num")]).rstrip(".,;")
            d = _F_DATE.search(folded, m.end("num"))
            when = _date_of(folded, d) if d else None
            return _KIND_TYPES[m.group("kind")], number, when
    return None


def find_type_and_title(header: list[str]) -> tuple[str | None, str | None]:
    """The type word line (``BÁO CÁO``) and the title lines under it."""
    types = _doc_types()
    for i, t in enumerate(header):
        word = _nfc(t.strip().rstrip(":")).upper()
        if word in types:
            title: list[str] = []
            for nxt in header[i + 1 :]:
                s = nxt.strip()
                if not s:
                    if title:
                        break
                    continue
                if _TITLE_STOP_RE.match(s) or _date_line(s):
                    break
                title.append(s)
                if len(title) >= 4:
                    break
            return types[word], (" ".join(title) or None)
    for t in header[:30]:
        # the type word in capitals with the title on the same line: "BÁO CÁO Kết quả ..."
        s = _nfc(t.strip())
        for word, kind in types.items():
            if (
                s.startswith(word + " ")
                and not _NUMBER_RE.match(s)
                and not re.match(r"\s*(?:số|so)\b", s[len(word) :], re.I)
            ):
                rest = s[len(word) :].strip(" :-–")
                return kind, rest or None
    return None, None


def find_subject_line(header: list[str]) -> str | None:
    """The ``V/v ...`` line of a letter (công văn), under its number."""
    for t in header:
        if _F_VV.match(fold(t)):
            return re.sub(r"^\s*(?:V/v|V\.v|Về việc)\s*[:.]?\s*", "", t, flags=re.I).strip()
    return None


def type_of_number(number: str | None) -> str | None:
    """The doc_type a number's code stands for: ``061/BC-UBND`` bao_cao, ``30/2018/QĐ-UBND``
    quyet_dinh; a letter carries its issuer's code only (``3868/UBND-NC``, ``581/BNV-CCHC``):
    cong_van."""
    if not number or "/" not in number:
        return None
    head = re.match(r"\d+[A-Za-z]?-(?P<code>[^\W\d_]+)/", number)
    if head and head.group("code").upper() in _number_types():
        return _number_types()[head.group("code").upper()]  # a party number: "120-BC/TU"
    segments = [seg for seg in number.split("/")[1:] if re.search(r"[^\W\d]", seg)]
    if not segments:
        return None
    code = segments[0].split("-")[0].upper()
    known = _number_types()
    if code in known:
        return known[code]
    if "-" in segments[0] or len(segments) > 1:
        return "cong_van"
    return None


def find_issuer(header: list[str]) -> str | None:
    """The issuing body from the header block: ``ỦY BAN NHÂN DÂN`` + ``TỈNH KIÊN GIANG``."""
    block: list[str] = []
    for t in header:
        s = t.strip()
        if not s:
            if block:
                break
            continue
        if _MOTTO_RE.search(s) or _F_MOTTO.search(fold(s)) or _NUMBER_RE.match(s) or _date_line(s):
            if block:
                break
            continue
        if block or _ISSUER_HEAD_RE.match(s):
            if s.upper() != s and not (not block and _F_ISSUER.match(fold(s)) and len(s.split()) <= 12):
                break  # the issuer block is printed in capitals (OCR: any case)
            block.append(s)
            if len(block) >= 3 or s.upper() != s:
                break
    if not block:
        return None
    head = block[0]
    head = re.sub(r"^(UBND|UỶ BAN NHÂN DÂN|ủy ban nhân dân)", "ỦY BAN NHÂN DÂN", head, flags=re.I)
    if head.upper().startswith("ỦY BAN NHÂN DÂN"):
        rest = head[len("ỦY BAN NHÂN DÂN") :].strip() or " ".join(block[1:2])
        return ("Ủy ban nhân dân " + _title_case_unit(rest)).strip() if rest else "Ủy ban nhân dân"
    return " ".join(block)


def find_body_issuer(texts: list[str]) -> str | None:
    """``Ủy ban nhân dân tỉnh An Giang báo cáo ...`` in the opening or attachment lines."""
    for t in texts:
        for m in _BODY_ISSUER_RE.finditer(t):
            tail = t[m.end() : m.end() + 40]
            if re.match(r"\s*(báo cáo|ban hành|xây dựng kế hoạch|\))", tail, re.I):
                return "Ủy ban nhân dân " + m.group("unit")
    return None


# news items: a lead tag "(Chinhphu.vn) -", a photo credit, a byline, a time stamp, interview cues
_NEWS_SIGNAL_RE = re.compile(
    r"(^\s*\([^()\n]{2,30}\)\s*[-\u2013\u2014]\s*\S|\bẢnh\s*(?:minh họa)?\s*:|\(Ảnh|\bPV\s*:|phóng viên|"
    r"Xin (ông|bà) (cho biết|chia sẻ)|Trân trọng cảm ơn (ông|bà)|\(thực hiện\)|^\s*Nguồn\s*:|"
    r"^\s*Theo\s+[\w.]+\.vn\b|GMT\s*\+\s*7|^\s*(?:Thứ\s+\w+|Chủ nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{4}|"
    r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}[:h]\d{2}|"
    r"https?://\S*(baochinhphu|vnexpress|tuoitre|thanhnien|dantri|vietnamnet|\.vn/))",
    re.I | re.M,
)
_BYLINE_RE = regex.compile(
    r"^\s*(?:PV|(?:Bài|Ảnh|Bài và ảnh|Tin)\s*:\s*)?(?:PV|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3}"
    r"(?:\s*[-,]\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,3})?)"
    r"(?:\s*/\s*[\p{Lu}][\w.]{1,20})?\s*$"
)
_STAMP_DATE_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}|\s*\(GMT|\s*$)")
_DATE_ONLY_RE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*$")


def news_signals(texts: list[str]) -> int:
    joined = "\n".join(texts[:40])
    count = len(_NEWS_SIGNAL_RE.findall(joined))
    count += sum(1 for t in texts[1:12] if _BYLINE_RE.match(t) and len(t) < 40)
    count += sum(1 for t in texts[:4] if _DATE_ONLY_RE.match(t))  # a time stamp line
    # any other time-stamp line under the headline ("Cập nhật: 14:20, 03/01/2024", "06:12, 12/12/2019")
    count += sum(
        1
        for t in texts[1:6]
        if not _DATE_ONLY_RE.match(t)
        and not _NEWS_SIGNAL_RE.search(t)
        and not _BYLINE_RE.match(t)
        and _stamp_date(t, bylines=False)  # a sign of news: a stamp or one name, no longer byline
    )
    return count


def is_news(texts: list[str]) -> bool:
    return news_signals(texts) >= 2


@lru_cache(maxsize=1)
def _report_opening_re() -> re.Pattern:
    """A report's own openers (``Kính gửi``, ``Căn cứ``, ``Thực hiện Kế hoạch số ...``,
    ``I. ``, ``... như sau:``). ``Thực hiện`` opens a report only before what it carries out
    (``metadata_vocab.csv`` ``carried_out``: a document, an instruction, a reporting duty);
    a headline ``Thực hiện thủ tục ... không phụ thuộc địa giới`` is no such opener."""
    carried = sorted((t for t, _ in _vocab().get("carried_out", [])), key=len, reverse=True)
    carried_re = "|".join(re.escape(t) for t in carried) or "kế hoạch"
    return re.compile(
        r"^\s*(?:Kính gửi|Căn cứ|Thực hiện\s+(?:" + carried_re + r")(?!\w)|I\.\s|II\.\s)|như sau\s*:|"
        r"\b(?:báo cáo|ban hành kế hoạch)\s+(?:kết quả|tình hình|như sau)",
        re.I,
    )


def _headline_then_prose(texts: list[str]) -> bool:
    """A headline (one capitalised line, or one opening with a figure, ``13 địa phương đạt
    ...``; no final full stop) over a paragraph of prose."""
    if len(texts) < 2:
        return False
    head = texts[0].strip()
    # a byline or stamp line of 60 characters or more (a portal's long name and its date) is no prose
    prose = next((t.strip() for t in texts[1:4] if len(t.strip()) >= 60 and not _stamp_date(t)), "")
    if any(_report_opening_re().search(t) for t in texts[:20]):
        return False  # a report's own openers: its header was lost, it is no news
    return (
        10 <= len(head) <= 200
        and (head[:1].isupper() or bool(re.match(r"\d+(?:[.,]\d+)*%?\s+[^\W\d_]", head)))
        and not head.endswith((".", ":", ";"))
        and head.upper() != head
        and bool(prose)
        and prose.endswith((".", "…", "!", "?"))
    )


_ANNOUNCE_RE = re.compile(
    r"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s[^.;:]{0,60}?\s"
    r"(?P<verb>báo cáo|ban hành Kế hoạch|ban hành kế hoạch)\b[^.]{0,300}?như sau\s*:"
)


def _announced_type(texts: list[str]) -> str | None:
    """A body that announces itself (``Ủy ban nhân dân huyện ... báo cáo ... như sau:``) when
    the type line was lost: bao_cao or ke_hoach."""
    for t in texts:
        m = _ANNOUNCE_RE.search(t)
        if m:
            return "bao_cao" if m.group("verb") == "báo cáo" else "ke_hoach"
    return None


def _looks_official(header: list[str]) -> bool:
    """A letterhead: the motto, an issuer line in capitals, a number line."""
    for t in header[:15]:
        f = fold(t)
        if _F_MOTTO.search(f) or _F_NUMBER.match(f) or (_F_ISSUER.match(f) and t.upper() == t):
            return True
    return False


_F_STAMP_DATE = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*(?:([/.\-])\s*(\d{1,2})\s*\2|thang\s*(\d{1,2})\s*,?\s*nam)"
    r"\s*(\d{4})(?!\d)"
)
_F_STAMP_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)|gmt\s*[+\-]\s*\d{1,2}")
STAMP_LINE_CHARS = 80


@lru_cache(maxsize=1)
def _stamp_words_re() -> re.Pattern:
    words = sorted((fold(t) for t, _ in _vocab().get("stamp_word", [])), key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def _byline_name(text: str, when: re.Match) -> bool:
    """Whether a line's words besides its date are one name (``NGUYỄN AN - 12/03/2024``,
    ``Minh Anh - 3/5/2024``): the narrow byline that counts as a sign of news."""
    words = text[: when.start()] + " " + text[when.end() :]
    name = re.sub(
        r"[\s|,\-\u2013()]+",
        " ",
        re.sub(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)", " ", words),
    ).strip()
    caps = (
        name.isupper()
        and 1 <= len(name.split()) <= 4
        and all(w.isalpha() for w in name.replace(".", "").split())
    )
    return bool(name and len(name) <= 40 and (caps or _BYLINE_RE.match(name)))


def _stamp_date(text: str, bylines: bool = True) -> date | None:
    """The date of a news item's time-stamp line: a short line that holds one numeric date
    and otherwise only times and stamp words (``(21/09/2022)``, ``Cập nhật: 23-10-2020 |
    15:39:18``, ``10:45 | 02/12/2025``, ``Thứ Tư, 27/8/2025``) and, with ``bylines``, any byline
    or dateline words besides (``_byline_words``); without, one name only (``_byline_name``: the
    narrower line that counts as a sign of news, so that a letterhead's lost place-and-date line
    ``Hà Nội, ngày 12 tháng 3 năm 2024`` makes no news)."""
    if len(text.strip()) > STAMP_LINE_CHARS:
        return None
    folded = fold(text)
    dates = list(_F_STAMP_DATE.finditer(folded))
    if len(dates) != 1:
        return None
    rest = folded[: dates[0].start()] + " " + folded[dates[0].end() :]
    rest = _stamp_words_re().sub(" ", _F_STAMP_TIME.sub(" ", rest))
    if re.search(r"[a-z0-9]", rest) and not (
        _byline_words(text, dates[0]) if bylines else _byline_name(text, dates[0])
    ):
        return None  # a sentence, not a stamp
    d, _, m, m_word, y = dates[0].groups()
    try:
        return date(int(y), int(m or m_word), int(d))
    except ValueError:
        return None


_SITE_RE = re.compile(r"\.(?:vn|com|net)$", re.I)
# a broadcaster's channel: capitals and its number (``VOV1``, ``VTV3``, ``VTC14``), a name, not a figure
_CHANNEL_RE = re.compile(r"[A-ZĐ]{2,5}\d{1,2}$")
_OUTLET_WORDS = frozenset({"bao", "tap", "dai", "cong", "trang", "kenh"})
OUTLET_LOWER_WORDS = 3
_BYLINE_SPLIT_RE = re.compile(r"[\s|,;:\-\u2013\u2014()\[\]/]+")
BYLINE_WORDS = 16  # a portal's long name: "Cổng thông tin điện tử Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"


@lru_cache(maxsize=1)
def _byline_word_set() -> frozenset[str]:
    """Lower-case words a byline may hold (``metadata_vocab.csv`` ``byline_word``: ``Bài và
    ảnh``, ``theo``), besides the stamp words."""
    words: set[str] = set()
    for kind in ("byline_word", "stamp_word"):
        for t, _ in _vocab().get(kind, []):
            words.update(fold(t).split())
    return frozenset(words)


def _byline_words(text: str, when: re.Match) -> bool:
    """Whether what a short line holds besides its one date is the words of a byline or a
    dateline: names of people, outlets and places (each word capitalised or in capitals, a
    site's name ``Chinhphu.vn``), times (``08:15``, ``GMT+7``), stamp and byline words
    (``Cập nhật``, ``Thứ Hai``, ``Đăng ngày``, ``Bài và ảnh``) and punctuation: ``Thu Hà (Báo
    Thái Nguyên) - 31/03/2023``, ``Báo Long An - 22/10/2021``, ``Sài Gòn Giải Phóng,
    07/07/2025``. A sentence has other lower-case words or other figures, and is no byline."""
    folded_line = fold(text)
    rest = text[: when.start()] + " " + text[when.end() :]
    folded_rest = folded_line[: when.start()] + " " + folded_line[when.end() :]
    if len(folded_rest) != len(rest):
        return False
    cut = [m.span() for m in _F_STAMP_TIME.finditer(folded_rest)]
    for a, b in reversed(cut):
        rest = rest[:a] + " " + rest[b:]
    words = [w.strip(".") for w in _BYLINE_SPLIT_RE.split(rest) if w.strip(".")]
    if not words or len(words) > BYLINE_WORDS:
        return False
    allowed = _byline_word_set()
    # after an outlet's word (Báo, Tạp chí, Đài), or on a line that names the site's domain
    # ("Kiểm toán Nhà nước (sav.gov.vn)"): a few words of its name in lower case
    outlet = any(_SITE_RE.search(w) for w in words)
    loose = 0
    for i, w in enumerate(words):
        f = fold(w)
        if f in _OUTLET_WORDS and not (i + 1 < len(words) and fold(words[i + 1]) == "cao"):
            outlet = True
        if f in allowed:
            continue
        if _SITE_RE.search(w) or (w[:1].isupper() and not re.search(r"\d", w)) or _CHANNEL_RE.match(w):
            continue
        if outlet and w.isalpha() and loose < OUTLET_LOWER_WORDS:
            loose += 1  # "Tạp chí Quản lý nhà nước", "Báo Tin tức"
            continue
        return False
    return True


def _news_date(texts: list[str]) -> date | None:
    for t in texts[:6]:
        m = _STAMP_DATE_RE.search(t)
        if m and not re.search(r"[:h]|GMT", m.group(0)) and not _stamp_date(t):
            # a date that only ends the line: a stamp when the line is one, not a headline's
            # date of effect ("Quy định mới ... từ ngày 1/7/2025")
            continue
        if m:
            try:
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    for t in texts[1:6]:
        found = _stamp_date(t)
        if found:
            return found
    return None


def _lead_paragraph(texts: list[str]) -> str:
    """The first paragraph of running prose after a headline (skipping time stamps, bylines)."""
    for t in texts[1:10]:
        s = t.strip()
        if len(s) >= 60 and not _BYLINE_RE.match(s) and not _stamp_date(s):
            return s
    for t in texts[1:10]:
        # a short item's one sentence ("Năm 2023, tỉnh ... nhận 150.000 hồ sơ.")
        s = t.strip()
        if (
            len(s) >= 30
            and s.endswith((".", "!", "?", "…"))
            and not _BYLINE_RE.match(s)
            and not _stamp_date(s)
        ):
            return s
    return ""


# a paragraph that opens on its period, the clause no longer than this: "Trong quý I/2025, ...",
# "Riêng năm 2022, ...", "Trong 9 tháng đầu năm, ..."
_OPENING_PERIOD_RE = re.compile(
    r"^\s*(?:(?:trong|rieng|tinh rieng|chi tinh|qua)\s+)?(?P<clause>[^,.;:]{4,36}),"
)


# a series of years, each with its own figure or rank ("xếp thứ 2 năm 2021, thứ 4 năm 2022, thứ 3
# năm 2023 và thứ 2 năm 2024", two years too: "đạt 78% năm 2023 và 85% năm 2024"): a record
# over years, no one period reported
_YEAR_SERIES_RE = re.compile(
    r"năm\s+(?:19|20)\d{2}(?:\s*(?:,|và)\s*[^,.;:]{0,20}?năm\s+(?:19|20)\d{2}){1,}", re.I
)


def _next_paragraph_period(texts: list[str], on: date | None) -> Period | None:
    """The period the paragraph after a news lead opens on, when the lead names none (a lead
    on what a unit has now, ``... hiện có 22 thủ tục ...``, then ``Trong 9 tháng đầu năm, Sở
    đã tiếp nhận ...``): only a clause that opens the paragraph and is a period phrase whole."""
    lead = _lead_paragraph(texts)
    if not lead:
        return None
    following = [t.strip() for t in texts[1:12]]
    if lead not in following:
        return None
    at = following.index(lead)
    nxt = next((t for t in following[at + 1 :] if len(t) >= 60), "")
    m = _OPENING_PERIOD_RE.match(fold(nxt))
    if m is None:
        return None
    clause = nxt[m.start("clause") : m.end("clause")]
    found = parse_period(clause, on)
    if found is None or re.search(r"(?<![a-z])(?:den|toi|tu)\s", fold(clause)):
        return None  # "Đến năm 2025, ...": a target or a start, no period reported
    if set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", nxt)) - {str(found.start.year), str(found.end.year)}:
        return None  # "Năm 2017, ... 25 ngày; đến năm 2019 ... 12 ngày": years compared, no period
    return found


_LEAD_DAY_RE = re.compile(
    r"^\s*(?:(?:sang|trua|chieu|toi|dem|hom)\s+(?:nay\s+)?(?:ngay\s+)?|ngay\s+)?"
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})\s*,"
)


def _lead_day(lead: str) -> date | None:
    """The full date a news lead opens on (``Ngày 5/12/2025, ...``, ``Sáng 14/4/2019, ...``):
    when the events took place, which dates the units the lead names (not the issue date)."""
    m = _LEAD_DAY_RE.match(fold(lead or ""))
    if m is None:
        return None
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# the year a news lead's opening clause names ("Năm 2024, X xếp thứ 2 ...", "Từ năm 2019,
# huyện Y ...", "Trong 2023, ..."): before the clause's first comma, a few words at most
_LEAD_YEAR_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:nam\s+)?(?P<y>(?:19|20)\d\d)(?!\d)[^,\n]{0,40},")


def _lead_year(lead: str):
    """The whole year a news lead's opening clause names (see ``_LEAD_YEAR_RE``): when no
    stamp, period or day dates the item, it dates the units the lead names."""
    m = _LEAD_YEAR_RE.match(fold(lead or ""))
    return whole_year(int(m.group("y"))) if m else None


# a year the text writes as a time (``năm 2018``, ``quý I/2023``, ``20/4/2018``, ``2019-2020``),
# not one inside a document's number (``61/2018/NĐ-CP``, ``Luật ... 2015``'s number form)
_TEXT_YEAR_RE = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(?![\d/])|(?<=[/.\-])(?:19|20)\d\d(?![\d/])")
_TARGET_BEFORE_RE = re.compile(
    r"(?:phan dau|muc tieu|tam nhin|dinh huong|du kien|chi tieu|ke hoach|lo trinh)[^.;:,\n]*$"
)
_NUMBER_YEAR_RE = re.compile(r"\d+\s*/\s*(?:19|20)\d\d\s*/\s*[^\W\d_]")


def _latest_year(text: str):
    """The whole year of the latest year an undated text writes as a time (its period or
    dates, not a cited document's number): it dates the units the text names, so that a text
    whose years all come before 2025 never resolves to a unit formed later."""
    text = _NUMBER_YEAR_RE.sub(" ", text or "")
    folded = fold(text)
    found = [
        int(m.group(0))
        for m in _TEXT_YEAR_RE.finditer(text)
        # a target's year ("phấn đấu đến năm 2026", "tầm nhìn 2030") is no time of the text
        if not _TARGET_BEFORE_RE.search(folded[max(0, m.start() - 50) : m.start()])
    ]
    found = [y for y in found if 1990 <= y <= date.today().year + 1]
    return whole_year(max(found)) if found else None


def parse_metadata(lines: list[Line]) -> DocumentMeta:
    """Read a document's metadata from its lines (all pages)."""
    texts = _running_text(lines)
    nonempty = [t for t in texts if t.strip()]
    header = _header_lines(nonempty)
    meta = DocumentMeta()

    meta.doc_number = find_doc_number(header)
    meta.issue_date = find_issue_date(header)
    doc_type, title = find_type_and_title(header)
    subject = find_subject_line(header[:20])
    if doc_type is None and subject and meta.doc_number:
        doc_type, title = "cong_van", subject
    if doc_type is None and meta.doc_number:
        doc_type = type_of_number(meta.doc_number)
    if doc_type is None and subject and _looks_official(header):
        doc_type, title = "cong_van", subject
    caption = None
    if meta.doc_number is None:
        caption = find_caption(nonempty[:HEADER_LINES])
        if caption:
            doc_type = doc_type or caption[0]
            meta.doc_number = caption[1]
            meta.issue_date = meta.issue_date or caption[2]
    official = _looks_official(header)
    news = (
        doc_type is None
        and meta.doc_number is None
        and not official
        and (
            is_news(nonempty)
            or (news_signals(nonempty) >= 1 and len(nonempty) >= 2)
            or _headline_then_prose(nonempty)
        )
    )
    if news:
        doc_type = "tin_bai"
        title = nonempty[0] if nonempty else None
        meta.issue_date = meta.issue_date or _news_date(nonempty)
    if doc_type is None and not news:
        doc_type = _announced_type(nonempty[:20])
    meta.doc_type = DocType(doc_type or DocType.OTHER)
    meta.title = title

    meta.issuer = find_issuer(header) or (None if news else find_body_issuer(nonempty))

    # The period: title first, then the body (a news item: its headline and lead only).
    # A yearless day range ("từ ngày 01/7 đến ngày 15/8") is read against the issue date.
    if news:
        lead_text = _lead_paragraph(nonempty)
        period = (
            parse_period(title, meta.issue_date)
            or (
                None
                if _YEAR_SERIES_RE.search(lead_text)
                else parse_period(lead_text, meta.issue_date, lead=True)
            )
            or _next_paragraph_period(nonempty, meta.issue_date)
        )
    else:
        period = find_period(title, "\n".join(nonempty[: HEADER_LINES * 3]), meta.issue_date)
    # a type that reports on no period keeps its title's period only to date its units
    if period is not None and meta.doc_type not in _no_period_types():
        meta.period, meta.period_start, meta.period_end = period.code, period.start, period.end

    opening = "\n".join(nonempty[:HEADER_LINES])
    header_text = "\n".join(header)
    if meta.issuer:
        header_text = meta.issuer + "\n" + header_text
    body = "\n".join(nonempty[1:8]) if news else opening
    if news:
        header_text = ""  # a news item has no letterhead: its lines are its body
    # the unit as it stood on the issue date, else during the period, else undated
    spans = [s for s in (meta.issue_date, period) if s is not None]
    if news and not spans:
        # no stamp, no period: the day the lead opens on ("Sáng 20/9/2025, ...") dates its units
        lead_text = _lead_paragraph(nonempty)
        spans = [
            d
            for d in (
                _lead_day(lead_text) or _lead_year(lead_text) or _latest_year((title or "") + "\n" + body),
            )
            if d is not None
        ]
    spans = spans or [None]
    unit = None
    why: list[str] = []
    for when in spans:
        unit = resolve_unit(header_text, title, body, on=when, news=news, why=why)
        if unit is None and not news:
            unit = resolve_unit(header_text, title, "\n".join(nonempty), on=when, why=why)
        if unit is not None:
            break
    if unit is not None:
        meta.unit_source = why[-1] if why else None
        meta.unit_id = unit.unit_id
        # the day the unit is named as of: the issue date, the period's end, else the day or
        # year that dated the resolution (an undated item's lead day or latest year)
        day = meta.issue_date or meta.period_end or (when.end if isinstance(when, Period) else when)
        if meta.issue_date:
            meta.unit_name = name_on(unit.unit_id, unit.unit_name, day)
            meta.province = name_on(*province_on(unit, day), day)
        else:  # undated, the day only inferred: the name the text writes, when it writes the unit's current one
            read = "\n".join(t for t in (title, body) if t)
            meta.unit_name = name_on_guess(unit.unit_id, unit.unit_name, day, read)
            meta.province = name_on_guess(unit.province_id, unit.province, day, read)
        meta.unit_level = unit.unit_level
        # the name as the document writes it where it only adds marks the data lack
        written = written_name(meta.unit_name, "\n".join(t for t in (title, body) if t))
        if meta.province == meta.unit_name:
            meta.province = written
        meta.unit_name = written
        meta.province_after_2025 = getattr(unit, "province_after_2025", None)
        if meta.issuer and meta.issuer.strip().lower() in ("ủy ban nhân dân", "ủy ban nhân dân tỉnh"):
            meta.issuer = "Ủy ban nhân dân " + unit.unit_name
        if period is None and meta.issue_date is None and meta.doc_type not in _no_period_types():
            # the spans the unit may be of: its own, or (undated, no id) each namesake span's
            spans_of = (
                [unit]
                if unit.unit_id
                else [
                    u
                    for u in lookup(unit.unit_name, level=unit.unit_level)
                    if u.province_after_2025 == unit.province_after_2025
                ]
            )
            lead = _lead_paragraph(nonempty) if news else "\n".join(nonempty[:HEADER_LINES])
            for span_unit in spans_of:
                if span_unit.valid_from is None:
                    continue
                opened = _window_from_first_day(title, lead, span_unit.valid_from)
                if opened is not None:
                    meta.period, meta.period_start, meta.period_end = opened.code, opened.start, opened.end
                    meta.unit_id = span_unit.unit_id
                    break
    return meta


def _window_from_first_day(title: str | None, body: str, first_day: date):
    """An undated text's yearless day range that opens on the unit's first day (``lũy kế từ
    ngày 01/7 đến ngày 11/7`` of a phường formed on 1 July 2025): dated by that day. A range
    opening on any other day has no year the text gives, and stays unread."""
    for text in (title, body):
        found = parse_period(text, date(first_day.year, 12, 31), days_only=True)
        if found is not None and found.start == first_day:
            return found
        if found is not None:
            return None
    return None
