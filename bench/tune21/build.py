"""Round 9 own cases (bench/tune21): the families of the round (the lower level's units of a named territory,
units reaching a rate by x/y, ranks, members mobilised, a notice's services, staff of desks or divisions, the bodies
a centre serves, a fee set at nothing; PAKN cases, capital assigned, bodies inspected, services by level, drafts
submitted, documents checked, business registration), written in our own words with invented figures (real unit
names) under the convention of bench/heldout20. narrative/ (6 cases) was tuned on; narrative_aside/ (3 cases, a
third) was written at the same time and scored once, never tuned on.

    PYTHONPATH=$PWD python bench/tune21/build.py   # writes narrative/cases.csv and narrative_aside/cases.csv
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fact(value, unit, measure, scope, code="", approx=False):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


TUNE = [
    ("T21-001", "news", "huyen", "Chín tháng năm 2025, UBND các xã, thị trấn thuộc huyện Hải Hậu giải quyết 12.604 hồ sơ, "
     "trong đó 12.571 hồ sơ đúng hạn, đạt 99,74%; có 31/35 xã, thị trấn giải quyết đúng hạn 100% hồ sơ.",
     [fact(12604, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", "BM3-3.3.1"),
      fact(12571, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", "BM3-3.3.2"),
      fact(99.74, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", "BM3-3.3"),
      fact(31, "đơn vị", "xã, thị trấn giải quyết đúng hạn 100% hồ sơ", "xa"),
      fact(35, "đơn vị", "tổng số xã, thị trấn", "xa")]),
    ("T21-002", "news", "xa", "Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, xã Tam Đảo từ vị trí 74/95 xã, phường "
     "của tỉnh đã lên vị trí 12/95; Đoàn xã huy động 35 đoàn viên hỗ trợ người dân nộp 1.120 hồ sơ trực tuyến.",
     [fact(1120, "hồ sơ", "hồ sơ trực tuyến được hỗ trợ nộp", "xa")]),
    ("T21-003", "report", "xa", "Trung tâm Phục vụ hành chính công phường Kim Long hiện bố trí 8 quầy với 15 công chức, "
     "viên chức; trong tháng, phường tiếp nhận 2.315 hồ sơ và 5 phản ánh, kiến nghị về quy định hành chính, "
     "đã trả lời 5/5 trường hợp.",
     [fact(2315, "hồ sơ", "hồ sơ tiếp nhận", "xa", "BM7-6.4.1"),
      fact(5, "PAKN", "PAKN về quy định hành chính tiếp nhận", "xa", "BM3-3.4.1"),
      fact(5, "PAKN", "PAKN đã trả lời", "xa", "BM3-3.4.2")]),
    ("T21-004", "report", "tinh", "Đến hết năm 2024, tỉnh Hà Giang giải ngân 5.210.400 triệu đồng vốn đầu tư công "
     "trên tổng số 6.034.000 triệu đồng được giao, đạt 86,35% kế hoạch.",
     [fact(5210400, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", "BM6-1.2"),
      fact(6034000, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", "BM6-1.1"),
      fact(86.35, "%", "tỷ lệ giải ngân", "tinh", "BM6-1")]),
    ("T21-005", "report", "so_nganh", "Năm 2024, Sở Nội vụ tỉnh Lào Cai thanh tra việc thực hiện chế độ, chính sách "
     "đối với công chức tại 11 cơ quan, đơn vị; Sở tham mưu UBND tỉnh trình HĐND tỉnh 06 nghị quyết quy phạm "
     "pháp luật.",
     [fact(11, "đơn vị", "cơ quan, đơn vị được thanh tra", "so_nganh", "BM1-4.1"),
      fact(6, "văn bản", "nghị quyết QPPL tham mưu trình", "so_nganh")]),
    ("T21-006", "news", "tinh", "Cổng dịch vụ công của tỉnh cung cấp 1.204 dịch vụ mức độ 3 và 318 dịch vụ mức độ 4; "
     "Trung tâm là đầu mối tiếp nhận 1.890 TTHC của 20 sở, ngành.",
     [fact(1204, "dịch vụ", "dịch vụ công trực tuyến mức độ 3", "tinh", "BM7-6.1.2"),
      fact(318, "dịch vụ", "dịch vụ công trực tuyến mức độ 4", "tinh", "BM7-6.2.2"),
      fact(1890, "TTHC", "TTHC tiếp nhận tại Trung tâm", "trung_tam")]),
]

ASIDE = [
    ("A21-001", "news", "huyen", "Quý I/2025, bộ phận một cửa các xã của huyện Mộc Châu giải quyết 7.455 hồ sơ, trong đó "
     "7.430 hồ sơ đúng hạn; có 12/15 xã đạt tỷ lệ đúng hạn 100%.",
     [fact(7455, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", "BM3-3.3.1"),
      fact(7430, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", "BM3-3.3.2"),
      fact(12, "đơn vị", "xã đạt tỷ lệ đúng hạn 100%", "xa"),
      fact(15, "đơn vị", "tổng số xã", "xa")]),
    ("A21-002", "news", "so_nganh", "Đến nay Thanh tra tỉnh Sơn La có 6 phòng nghiệp vụ với 62 cán bộ, công chức; năm "
     "2024, đơn vị đã thanh tra việc quản lý đất đai tại 14 cơ quan, đơn vị.",
     [fact(14, "đơn vị", "cơ quan, đơn vị được thanh tra", "so_nganh", "BM1-4.1")]),
    ("A21-003", "news", "xa", "Từ ngày 15/10/2025, phường Vĩnh Yên ngừng nhận hồ sơ giấy đối với 18 dịch vụ công; "
     "trong tháng, phường tiếp nhận 3 phản ánh, kiến nghị về quy định hành chính và đã giải quyết xong cả 3 "
     "trường hợp.",
     [fact(3, "PAKN", "PAKN về quy định hành chính tiếp nhận", "xa", "BM3-3.4.1"),
      fact(3, "PAKN", "PAKN đã giải quyết", "xa", "BM3-3.4.2")]),
]


def write(name, cases):
    (HERE / name).mkdir(exist_ok=True)
    with (HERE / name / "cases.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for cid, kind, level, text, facts in cases:
            w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])


if __name__ == "__main__":
    write("narrative", TUNE)
    write("narrative_aside", ASIDE)
