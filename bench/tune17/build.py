"""bench/tune17: the round-5 families of the narrative reader (setting numbers, restated totals, level parts,
staff lists, subjects of dossiers), written in the session's own words with invented figures. Two thirds in
narrative/ (written with the rules), one third in narrative_aside/ (written alongside, scored only).

    PYTHONPATH=$PWD python bench/tune17/build.py
"""
import csv
import json
from pathlib import Path


def f(value, unit, measure, scope="tinh", code="", approx=False):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


TUNE = [
    ("T17-N-001", "report", "huyen", "Kế hoạch cải cách hành chính năm 2024 của huyện đề ra 28 nhiệm vụ; đến hết năm, huyện hoàn thành 27/28 nhiệm vụ, đạt 96,43%.",
     [f(28, "nhiệm vụ", "nhiệm vụ kế hoạch", "huyen", "BM1-2.1"), f(27, "nhiệm vụ", "hoàn thành", "huyen", "BM1-2.2"), f(96.43, "%", "tỷ lệ hoàn thành kế hoạch", "huyen", "BM1-2")]),
    ("T17-N-002", "news", "tinh", "UBND tỉnh đã phê duyệt dự án 15 tỷ đồng để nâng cấp trụ sở Trung tâm Phục vụ hành chính công.", []),
    ("T17-N-003", "news", "tinh", "Năm 2025, 64 công chức được hưởng chính sách thu hút, với mức hỗ trợ 6 triệu đồng, 4 triệu đồng hoặc 2 triệu đồng mỗi tháng.",
     [f(64, "người", "công chức được hưởng chính sách thu hút")]),
    ("T17-N-004", "news", "xa", "Phường mới được hình thành từ ba phường cũ, có khoảng 41.000 dân, trong đó gần 3.000 người dân tộc Chăm.", []),
    ("T17-N-005", "report", "tinh", "Đến nay, Trung tâm Phục vụ hành chính công tỉnh và 72 xã, phường đã vận hành ổn định, thông suốt.", []),
    ("T17-N-006", "report", "tinh", "Năm 2024, tỷ lệ văn bản được gửi, nhận dưới dạng điện tử của tỉnh đạt 96,8%, trong đó các sở, ban, ngành đạt 98,1% và UBND cấp xã đạt 94,9%.",
     [f(96.8, "%", "tỷ lệ văn bản điện tử", "tinh", "BM7-5.2"), f(98.1, "%", "tỷ lệ văn bản điện tử", "so_nganh", "BM7-5.2.1"), f(94.9, "%", "tỷ lệ văn bản điện tử", "xa", "BM7-5.2.3")]),
    ("T17-N-007", "news", "tinh", "Năm 2024, trên 95% văn bản điện tử của tỉnh được ký số và xử lý trên môi trường mạng.",
     [f(95, "%", "văn bản điện tử được ký số", "tinh", "", True)]),
    ("T17-N-008", "report", "tinh", "Trong năm, toàn tỉnh có 18 cán bộ, công chức, viên chức bị xử lý kỷ luật.",
     [f(18, "người", "kỷ luật", "tinh", "BM5-4")]),
    ("T17-N-009", "report", "huyen", "Năm 2024, UBND 15 xã, thị trấn của huyện giải quyết 12.380 hồ sơ, trong đó 12.311 hồ sơ đúng hạn, đạt 99,44%.",
     [f(12380, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", "BM3-3.3.1"), f(12311, "hồ sơ", "giải quyết đúng hạn", "xa", "BM3-3.3.2"), f(99.44, "%", "tỷ lệ đúng hạn", "xa", "BM3-3.3")]),
    ("T17-N-010", "report", "tinh", "Năm 2024, các cơ quan trên địa bàn tỉnh tiếp nhận 9 phản ánh, kiến nghị về quy định hành chính và đã xử lý xong 9/9 phản ánh, kiến nghị, đạt 100%.",
     [f(9, "PAKN", "tiếp nhận PAKN", "tinh", "BM3-3.4.1"), f(9, "PAKN", "xử lý xong", "tinh", "BM3-3.4.2"), f(100, "%", "tỷ lệ xử lý PAKN", "tinh", "BM3-3.4")]),
    ("T17-N-011", "news", "tinh", "Tỉnh đã hợp nhất 02 Ban Chỉ đạo về cải cách hành chính và chuyển đổi số thành 01 Ban Chỉ đạo chung.", []),
    ("T17-N-012", "report", "tinh", "Năm 2025, tỉnh tuyển dụng 74 công chức qua thi tuyển, xét tuyển và 305 viên chức.",
     [f(74, "người", "tuyển dụng công chức", "tinh", "BM5-2.1"), f(305, "người", "tuyển dụng viên chức", "tinh", "BM5-2.4")]),
]
ASIDE = [
    ("T17-A-001", "report", "xa", "Kế hoạch CCHC năm 2024 của xã gồm 19 nhiệm vụ; đến ngày 15/12/2024, xã đã hoàn thành 19/19 nhiệm vụ, đạt 100% kế hoạch.",
     [f(19, "nhiệm vụ", "nhiệm vụ kế hoạch", "xa", "BM1-2.1"), f(19, "nhiệm vụ", "hoàn thành", "xa", "BM1-2.2"), f(100, "%", "tỷ lệ hoàn thành kế hoạch", "xa", "BM1-2")]),
    ("T17-A-002", "news", "xa", "Xã có hơn 9.500 dân, trong đó khoảng 2.600 người dân tộc thiểu số; Bộ phận Một cửa xã đã tiếp nhận 1.420 hồ sơ trong năm.",
     [f(1420, "hồ sơ", "tiếp nhận", "xa", "BM7-6.4.1")]),
    ("T17-A-003", "news", "tinh", "Tháng 3/2025, tỉnh khởi công dự án 22 tỷ đồng xây dựng trụ sở mới của Trung tâm Phục vụ hành chính công.", []),
    ("T17-A-004", "report", "tinh", "Năm 2024, tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan đạt 97,2%, trong đó các sở, ban, ngành đạt 99% và UBND cấp xã đạt 95,5%.",
     [f(97.2, "%", "tỷ lệ văn bản điện tử", "tinh", "BM7-5.2"), f(99, "%", "tỷ lệ văn bản điện tử", "so_nganh", "BM7-5.2.1"), f(95.5, "%", "tỷ lệ văn bản điện tử", "xa", "BM7-5.2.3")]),
    ("T17-A-005", "report", "huyen", "Năm 2023, UBND 9 xã của huyện tiếp nhận 6.210 hồ sơ và giải quyết đúng hạn 6.188 hồ sơ.",
     [f(6210, "hồ sơ", "tiếp nhận", "xa", ""), f(6188, "hồ sơ", "giải quyết đúng hạn", "xa", "BM3-3.3.2")]),
    ("T17-A-006", "news", "tinh", "Sau sắp xếp, 48 xã, phường của tỉnh đều hoạt động ổn định; Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 3.960 hồ sơ trong tháng đầu.",
     [f(3960, "hồ sơ", "tiếp nhận", "tinh", "")]),
]

here = Path(__file__).parent
for name, rows in (("narrative", TUNE), ("narrative_aside", ASIDE)):
    with (here / name / "cases.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for cid, kind, level, text, facts in rows:
            w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
