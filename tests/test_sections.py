"""The outline of each seed (typed from the documents) and the numbering rules."""
import pytest

from conftest import seed_lines
from core.records import Cell, Line
from parsers.sections import parse_sections, section_path

OUTLINES = {
    "000": ["I", "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "II", "II.1", "II.1.a", "II.1.b", "II.1.c",
            "II.1.d", "II.2", "II.2.a", "II.2.b", "II.2.c", "II.3", "II.3.a", "II.3.b", "II.3.c",
            "II.3.d", "II.4", "II.4.a", "II.4.b", "II.4.c", "II.4.d", "II.4.đ", "II.4.e", "II.4.g",
            "II.5", "II.5.a", "II.5.b", "II.5.c", "II.6", "II.6.a", "II.6.b", "II.6.c", "II.6.d",
            "II.6.đ", "II.6.e", "II.6.g", "II.6.h", "III", "III.1", "III.2", "IV", "IV.1", "IV.2",
            "IV.3", "IV.4", "IV.5", "IV.6", "IV.7"],
    "001": ["I", "I.1", "I.2", "I.3", "II", "II.1", "II.1.1", "II.1.2", "II.1.3", "II.2", "II.2.a",
            "II.2.b", "II.2.c", "II.2.d", "II.3", "II.3.a", "II.3.b", "II.3.c", "II.4", "II.4.1",
            "II.4.2", "II.4.3", "II.5", "II.5.1", "II.5.2", "II.5.2.1", "II.5.2.2", "II.5.2.3",
            "II.5.3", "II.5.4", "II.5.5", "II.6", "II.7", "II.7.1", "II.7.2", "III", "III.1", "III.2",
            "IV", "IV.1", "IV.2", "V", "V.1", "V.2", "V.3", "V.4", "V.5", "V.6", "V.7", "V.8", "V.9"],
    "002": ["I", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "III", "III.1", "III.2", "IV",
            "IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6", "IV.7", "IV.8", "IV.9", "IV.10"],
}


@pytest.mark.parametrize("seed", sorted(OUTLINES))
def test_seed_outline(seed):
    sections = parse_sections(seed_lines(seed))
    assert [section_path(sections, s.seq) for s in sections] == OUTLINES[seed]


def test_seed_titles_levels_and_text():
    sections = parse_sections(seed_lines("001"))
    by_path = {section_path(sections, s.seq): s for s in sections}
    d = by_path["II.2.d"]
    assert (d.level, d.number, d.title) == (3, "d", "Kết quả giải quyết TTHC")
    assert "99.90%" in d.text
    assert by_path["II.5.2.1"].level == 4
    assert by_path["II"].title == "KẾT QUẢ THỰC HIỆN"
    assert by_path["II.5.1"].parent_seq == by_path["II.5"].seq


def test_plan_outline_stops_at_appendix():
    sections = parse_sections(seed_lines("003"))
    paths = [section_path(sections, s.seq) for s in sections]
    assert paths[:4] == ["I", "I.1", "I.1.a", "I.1.b"]
    assert "II.6.h" in paths and "IV" in paths
    # the appendix groups (I … X as bare lines) and tasks are not sections
    assert sum(1 for s in sections if s.level == 1) == 4


def _lines(*texts):
    return [Line([Cell(t)]) for t in texts]


@pytest.mark.parametrize("texts,paths", [
    # a numbered line that does not follow on is text, not a section
    (["I. MỞ ĐẦU", "1. Một", "3. không phải mục", "2. Hai"], ["I", "I.1", "I.2"]),
    # letters follow the Vietnamese alphabet: đ after d, g after e
    (["I. A", "1. B", "a) x", "b) y", "c) z", "d) t", "đ) u", "e) v", "g) w"],
     ["I", "I.1", "I.1.a", "I.1.b", "I.1.c", "I.1.d", "I.1.đ", "I.1.e", "I.1.g"]),
    # decimal children under their decimal parent, then back up
    (["II. B", "1. C", "1.1. D", "1.2. E", "2. F"], ["II", "II.1", "II.1.1", "II.1.2", "II.2"]),
    # table rows never open sections
    (["I. A", "1\tSố văn bản\tVăn bản\t3"], ["I"]),
    # a date or a number at a line start is not a heading
    (["I. A", "2.378.231 triệu đồng đã giải ngân"], ["I"]),
])
def test_numbering_rules(texts, paths):
    lines = [Line([Cell(c) for c in t.split("\t")]) for t in texts]
    sections = parse_sections(lines)
    assert [section_path(sections, s.seq) for s in sections] == paths
