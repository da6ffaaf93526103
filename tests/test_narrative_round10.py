"""Narrative round 10 (issue #11): readings of no work done: the organisations a province holds, the
places a total is summed over, a difference from an average. Sentences written here, with figures of
their own; each line states the values read and their codes (None: no catalog row)."""
from __future__ import annotations

from collections import Counter

import pytest

from bench.eval_narrative import facts_of

RULES = [
    ("tinh", "Trước khi sắp xếp, tỉnh có 17 cơ quan chuyên môn và 02 tổ chức hành chính khác thuộc UBND tỉnh.",
     [], "the organisations a province holds are its make-up"),
    ("tinh", "Năm 2025, tỉnh giảm 41 tổ chức bên trong các sở.",
     [(41, None)], "organisations cut are work done"),
    ("tinh", "Sau hợp nhất, tổng số biên chế công chức của 2 địa phương là 2.410, số có mặt là 2.302 người.",
     [(2302, "BM4-2.2")], "the places a total is summed over are no count"),
    ("tinh", "Chỉ số CCHC của tỉnh đạt 86,10%, thấp hơn giá trị trung bình của cả nước 1,25%.",
     [(86.10, None)], "a difference from an average is a comparison"),
    ("tinh", "Có 8 đơn vị có tỷ lệ giải ngân cao hơn mức bình quân chung của tỉnh là 71,4%.",
     [(8, None), (71.4, None)], "the average itself printed after là stays"),
    ("tinh", "Trong năm, Công an tỉnh đã cấp 1,2 triệu thẻ căn cước cho người dân.",
     [(1200000, None)], "cards issued are a sector's output"),
    ("tinh", "Các bệnh viện đã ký số và gửi lên Cổng tiếp nhận dữ liệu 48.300 giấy khám sức khỏe và 910 giấy báo tử.",
     [(48300, None), (910, None)], "papers sent to a portal are counted with their noun, no receipt"),
    ("tinh", "Ngành y tế đã tích hợp 5.207 giấy chuyển tuyến lên hệ thống.",
     [(5207, None)], "papers integrated are no services integrated"),
    ("tinh", "Đến nay tỉnh đã đưa vào vận hành 05 nền tảng số dùng chung.",
     [(5, None)], "platforms put into operation are counted"),
    ("tinh", "Tuần qua, Tỉnh ủy cử 4 đoàn công tác về các phường để nắm tình hình.",
     [], "working teams sent are teams"),
    ("tinh", "UBND tỉnh thành lập 3 đoàn kiểm tra công tác CCHC năm 2025.",
     [(3, None)], "inspection teams set up stay a fact"),
    ("xa", "Quý III, xã Phú Lộc tiếp nhận 9 phản ánh, kiến nghị và đã giải quyết 8 phản ánh, kiến nghị.",
     [(9, "BM3-3.4.1"), (8, "BM3-3.4.2")], "a commune's PAKN are on its procedures"),
    ("xa", "Qua đường dây nóng, xã tiếp nhận 9 phản ánh, kiến nghị và đã giải quyết 8 phản ánh, kiến nghị.",
     [(9, None), (8, None)], "PAKN by a hotline keep no row"),
    ("tinh", "Quý III, tỉnh tiếp nhận 9 phản ánh, kiến nghị và đã giải quyết 8 phản ánh, kiến nghị.",
     [(9, None), (8, None)], "a province's PAKN of no named kind keep no row"),
    ("xa", "Quý IV, xã giải quyết 540 hồ sơ, trong đó 538 hồ sơ đúng hạn; 401 hồ sơ trả trước hạn, còn 2 hồ sơ quá hạn.",
     [(540, "BM3-3.3.1"), (538, "BM3-3.3.2"), (401, None), (2, None)], "on time plus overdue is the total: early within"),
    ("xa", "Quý IV, xã giải quyết 540 hồ sơ, trong đó 137 hồ sơ đúng hạn; 401 hồ sơ trả trước hạn, còn 2 hồ sơ quá hạn.",
     [(540, "BM3-3.3.1"), (137, None), (401, None), (2, None)], "on time apart from early keeps no row"),
]


@pytest.mark.parametrize("level,text,expected,rule", RULES)
def test_round10_rule(level, text, expected, rule):
    got = facts_of({"case_id": "R10", "text": text, "doc_level": level})
    assert Counter((round(o.value, 6), o.indicator_code) for o in got) == Counter(
        (round(float(v), 6), c) for v, c in expected
    ), rule


@pytest.mark.parametrize("text, value, measure", [
    # a count after a rate inherits the rate's measure only where that measure counts its noun
    ("Năm 2025, huyện phát hành 640 văn bản, trong đó 601 văn bản điện tử có ký số, chiếm 100% (so với văn bản "
     "điện tử), còn 39 văn bản giấy.", 39, None),
    ("Năm 2025, huyện tiếp nhận 1.200 hồ sơ, đạt 98,5% (1.182/1.200 hồ sơ đúng hạn).", 1182, "giải quyết đúng hạn"),
])
def test_a_count_after_a_rate_takes_its_measure_only_if_it_counts_that_noun(text, value, measure):
    got = {o.value: o.measure for o in facts_of({"case_id": "R10m", "text": text, "doc_level": "huyen"})}
    assert value in got and got[value] == measure, got
