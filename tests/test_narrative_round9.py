"""Narrative round 9 (issue #11): the level of a count settled by the lower level's units of a named
territory, and readings of no work done (a rank, members mobilised, a notice's services, staff of
desks or divisions, the bodies a centre serves, a fee set at nothing). Sentences written here, with
figures of their own; each line states the values read and their codes (None: no catalog row)."""
from __future__ import annotations

from collections import Counter

import pytest

from bench.eval_narrative import facts_of

RULES = [
    ("huyen", "Quý III, UBND các xã, thị trấn thuộc huyện Đông Anh giải quyết 4.210 hồ sơ, trong đó 4.198 hồ sơ đúng hạn.",
     [(4210, "BM3-3.3.1"), (4198, "BM3-3.3.2")], "the communes of a named district: commune scope"),
    ("huyen", "Năm 2025, có 9/12 xã, thị trấn giải quyết đúng hạn 100% hồ sơ.",
     [(9, None), (12, None)], "units reaching a rate are counted, the rate qualifies them"),
    ("xa", "Phường Tân Định tăng từ vị trí 88/102 xã, phường lên vị trí 5/102 trong quý.",
     [], "a rank's x/y is no ratio"),
    ("xa", "Đoàn phường huy động 45 đoàn viên hỗ trợ người dân làm thủ tục.",
     [], "members mobilised are people in place"),
    ("xa", "Từ ngày 1/11, Trung tâm ngừng nhận hồ sơ giấy đối với 31 dịch vụ công.",
     [], "the services a notice applies to"),
    ("xa", "Trung tâm hiện bố trí 5 quầy với 11 công chức; phường tiếp nhận 620 hồ sơ.",
     [(620, None)], "staff of desks with no work said of them are the setting"),
    ("xa", "Trung tâm bố trí 5 quầy với 11 công chức trực tiếp hướng dẫn người dân.",
     [], "staff of desks are in place whatever work is said of them (round 13)"),
    ("so_nganh", "Đến nay Thanh tra tỉnh có 6 phòng nghiệp vụ với hơn 70 cán bộ, công chức.",
     [], "a body's divisions and staff are its make-up"),
    ("tinh", "Trung tâm là đầu mối tiếp nhận 1.210 TTHC của 19 sở, ngành.",
     [(1210, None)], "the bodies whose procedures a centre takes in"),
    ("so_nganh", "Sở trình dự thảo quy định mức thu phí, lệ phí bằng 0 đồng khi nộp hồ sơ trực tuyến.",
     [], "a fee level set is a rule"),
    ("tinh", "Tỉnh đã giải ngân 2.140 tỷ đồng vốn đầu tư công năm 2025 trên tổng số 3.050 tỷ đồng được giao, đạt 70,16%.",
     [(2140, "BM6-1.2"), (3050, "BM6-1.1"), (70.16, "BM6-1")], "the money assigned after a disbursement is the plan"),
    ("so_nganh", "Năm 2025, Sở đã thanh tra việc tuyển dụng, sử dụng viên chức tại 6 cơ quan, đơn vị.",
     [(6, "BM1-4.1")], "the object of an inspection names no measure: bodies inspected"),
    ("tinh", "Cổng đã cung cấp 512 dịch vụ mức độ 3 và 47 dịch vụ mức độ 4.",
     [(512, "BM7-6.1.2"), (47, "BM7-6.2.2")], "the next count's level is its own"),
    ("xa", "Xã tiếp nhận 6 phản ánh, kiến nghị về quy định hành chính và đã trả lời 6/6 trường hợp, đạt 100%.",
     [(6, "BM3-3.4.1"), (6, "BM3-3.4.2"), (100, "BM3-3.4")], "the cases after a paragraph's PAKN are those PAKN"),
    ("so_nganh", "Sở tham mưu UBND tỉnh trình HĐND tỉnh 04 nghị quyết quy phạm pháp luật.",
     [(4, None)], "drafts submitted are not issued"),
    ("so_nganh", "Sở đã kiểm tra 21 văn bản do UBND tỉnh ban hành và 40 văn bản được ban hành dưới hình thức văn bản quy phạm pháp luật của các xã.",
     [(21, None), (40, None)], "documents listed after a check are no issuing"),
    ("so_nganh", "Sở tiếp nhận 9.310 hồ sơ đăng ký doanh nghiệp; tỷ lệ hồ sơ đăng ký qua mạng đạt 97,5%.",
     [(9310, None), (97.5, None)], "business registration online is not the one-stop shop's"),
    ("huyen", "Bộ phận tiếp nhận và trả kết quả của huyện nhận 820 hồ sơ, trong đó 610 hồ sơ nộp trực tuyến; đã giải quyết 790 hồ sơ.",
     [(820, "BM7-6.4.1"), (610, "BM7-6.4.2"), (790, "BM3-3.2.1")], "a bare 'nhận' before the count is the receipt, not the body's name"),
    ("huyen", "Lĩnh vực tư pháp nhận 41 hồ sơ (đã giải quyết 37, đang giải quyết 4).",
     [(41, None), (37, None), (4, None)], "one field's dossiers are no level's row"),
    ("tinh", "Năm 2025, tỉnh đã tinh giản 96 người, trong đó 21 công chức và 75 viên chức.",
     [(96, None), (21, "BM4-2.4"), (75, "BM4-3.3")], "the kinds listed after a cut of people are cut"),
    ("tinh", "Năm 2025, tỉnh đã tinh giản 96 biên chế, trong đó 21 công chức và 75 viên chức.",
     [(96, "BM4-2.4"), (21, None), (75, None)], "a cut of posts keeps its parts uncoded (round 8)"),
    ("tinh", "Quý II, tỷ lệ hồ sơ trực tuyến của cả 3 cấp đạt 38,6%.",
     [(38.6, "BM7-6.4")], "the levels named by a numeral are a scope, no count cutting the rate's words"),
    ("xa", "Quý IV, xã phát hành 940 văn bản đi, trong đó 925 văn bản được gửi dưới dạng điện tử, đạt 98,4%.",
     [(940, None), (925, None), (98.4, "BM7-5.2.3")], "the share of a commune's documents sent electronically"),
    ("so_nganh", "Năm 2025, Sở Tư pháp thẩm định 143 dự thảo văn bản quy phạm pháp luật và góp ý 210 dự thảo.",
     [(143, None), (210, None)], "drafts appraised are counted, no issuing row"),
    ("tinh", "Tỉnh đã tích hợp lên Cổng Dịch vụ công quốc gia 905 dịch vụ (260 một phần, 645 toàn trình).",
     [(905, "BM7-6.3.2"), (260, None), (645, None)], "kinds enumerated in parentheses take the count's noun"),
]


@pytest.mark.parametrize("level,text,expected,rule", RULES)
def test_round9_rule(level, text, expected, rule):
    got = facts_of({"case_id": "R9", "text": text, "doc_level": level})
    assert Counter((round(o.value, 6), o.indicator_code) for o in got) == Counter(
        (round(float(v), 6), c) for v, c in expected
    ), rule
