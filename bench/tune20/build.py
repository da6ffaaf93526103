"""Round 8 own cases (bench/tune20): the families of the round (resources in place, figures per period, estimates,
thresholds, rates that qualify units; compensation cases, issues found and fixed; staff cut by kind, legal documents
checked and handled, disbursement rates, online dossiers of levels 3 and 4), written in our own words with invented
figures (real unit names) under the convention of bench/heldout18 and heldout19 (README "Not facts").
narrative/ (10 cases) was tuned on; narrative_aside/ (5 cases, a third) was written at the same time and never tuned on.

    PYTHONPATH=$PWD python bench/tune20/build.py   # writes narrative/cases.csv and narrative_aside/cases.csv
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fact(value, unit, measure, scope, code="", approx=False):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


TUNE = [
    ("T20-001", "news", "xa", "Trong quý III/2025, Trung tâm Phục vụ hành chính công xã Mường Khương vận hành 5 quầy "
     "giao dịch và 2 ki-ốt tra cứu; Trung tâm đã tiếp nhận 1.846 hồ sơ, trong đó 1.402 hồ sơ trực tuyến.",
     [fact(1846, "hồ sơ", "hồ sơ tiếp nhận", "xa", "BM7-6.4.1"),
      fact(1402, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4.2")]),
    ("T20-002", "news", "tinh", "Tỉnh Yên Bái đã thành lập 1.210 tổ công nghệ số cộng đồng với hơn 6.300 thành viên; "
     "năm 2025, các tổ đã hướng dẫn người dân nộp 58.400 hồ sơ trực tuyến.",
     [fact(58400, "hồ sơ", "hồ sơ trực tuyến được hướng dẫn nộp", "tinh")]),
    ("T20-003", "report", "xa", "Tháng 10/2025, phường Hạ Long giải quyết 2.940 hồ sơ, trung bình mỗi ngày làm việc "
     "khoảng 134 hồ sơ; phường duy trì 3 điểm tiếp nhận tại các khu phố.",
     [fact(2940, "hồ sơ", "hồ sơ đã giải quyết", "xa", "BM3-3.3.1")]),
    ("T20-004", "news", "tinh", "Sau hợp nhất, nhu cầu trụ sở làm việc của các sở, ngành ước khoảng 38 cơ sở, trong đó "
     "11 cơ sở cần cải tạo; tỉnh đã bố trí 27 cơ sở nhà, đất cho các cơ quan.", []),
    ("T20-005", "news", "tinh", "Chỉ số SIPAS năm 2024 của tỉnh Nam Định lần đầu vượt ngưỡng 85%; trong đó có 9 huyện, "
     "thành phố đạt 100% hồ sơ đúng hạn.", [fact(9, "đơn vị", "huyện, thành phố có hồ sơ đúng hạn 100%", "huyen")]),
    ("T20-006", "report", "tinh", "Năm 2025, các cơ quan giải quyết bồi thường trên địa bàn tỉnh Thanh Hóa đã thụ lý 14 "
     "vụ việc, giải quyết xong 11 vụ việc, đạt 78,57%.",
     [fact(14, "vụ việc", "vụ việc yêu cầu bồi thường đã thụ lý", "tinh"),
      fact(11, "vụ việc", "vụ việc đã giải quyết xong", "tinh"),
      fact(78.57, "%", "tỷ lệ vụ việc đã giải quyết xong", "tinh")]),
    ("T20-007", "report", "huyen", "Qua kiểm tra công vụ tại 8 xã, huyện Sìn Hồ phát hiện 21 thiếu sót; đến cuối năm, "
     "các xã đã khắc phục xong 17 thiếu sót, 4 nội dung còn đang xử lý.",
     [fact(8, "xã", "xã được kiểm tra công vụ", "huyen"),
      fact(21, "vấn đề", "thiếu sót phát hiện qua kiểm tra", "huyen", "BM1-3.3.1"),
      fact(17, "vấn đề", "thiếu sót đã khắc phục xong", "huyen", "BM1-3.3.2"),
      fact(4, "vấn đề", "nội dung đang xử lý", "huyen")]),
    ("T20-008", "report", "tinh", "Năm 2025, tỉnh Hưng Yên thực hiện tinh giản biên chế đối với 23 công chức và 176 "
     "viên chức; mỗi tháng bình quân có khoảng 17 người nghỉ theo chính sách.",
     [fact(23, "người", "công chức được tinh giản", "tinh", "BM4-2.4"),
      fact(176, "người", "viên chức được tinh giản", "tinh", "BM4-3.3")]),
    ("T20-009", "report", "tinh", "Năm 2025, HĐND và UBND tỉnh Bắc Giang ban hành 52 văn bản quy phạm pháp luật; Sở Tư "
     "pháp kiểm tra 38 văn bản theo thẩm quyền, phát hiện 5 văn bản cần xử lý và đã xử lý xong 4 văn bản.",
     [fact(52, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", "BM2-1.1"),
      fact(38, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", "BM2-2.1"),
      fact(5, "văn bản", "VBQPPL cần xử lý", "tinh", "BM2-2.2.1"),
      fact(4, "văn bản", "VBQPPL đã xử lý xong", "tinh", "BM2-2.2.2")]),
    ("T20-010", "news", "tinh", "Đến ngày 31/01/2026, tỉnh Hòa Bình đã giải ngân 2.415 tỷ đồng trên tổng kế hoạch vốn "
     "đầu tư công được giao 3.020 tỷ đồng, đạt 79,97%; dự kiến cả năm giải ngân trên 95%.",
     [fact(2415, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", "BM6-1.2"),
      fact(3020, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "tinh", "BM6-1.1"),
      fact(79.97, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", "BM6-1")]),
]

ASIDE = [
    ("A20-001", "news", "xa", "Phường Tam Điệp hiện có 4 quầy tiếp nhận đang hoạt động và 6 thành viên tổ công nghệ "
     "số; trong tháng 11/2025, phường tiếp nhận 1.120 hồ sơ, giải quyết đúng hạn 1.098 hồ sơ.",
     [fact(1120, "hồ sơ", "hồ sơ tiếp nhận", "xa", "BM7-6.4.1"),
      fact(1098, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", "BM3-3.3.2")]),
    ("A20-002", "news", "tinh", "Mỗi tuần, Văn phòng Đăng ký đất đai tỉnh Phú Thọ nhận thêm khoảng 1.500 hồ sơ; hiện "
     "trung bình 320 hồ sơ/ngày được số hóa.", []),
    ("A20-003", "report", "huyen", "Năm 2025, UBND huyện Bảo Lâm tiếp nhận 37 phản ánh, kiến nghị về quy định hành "
     "chính, đã xử lý xong 35 phản ánh, kiến nghị, đạt 94,59%; huyện chọn 5 xã để thí điểm phần mềm một cửa mới.",
     [fact(37, "PAKN", "PAKN tiếp nhận", "huyen", "BM3-3.4.1"),
      fact(35, "PAKN", "PAKN đã xử lý xong", "huyen", "BM3-3.4.2"),
      fact(94.59, "%", "tỷ lệ giải quyết PAKN", "huyen", "BM3-3.4")]),
    ("A20-004", "report", "tinh", "Năm 2025, Sở Tư pháp tỉnh Tuyên Quang kiểm tra theo thẩm quyền 29 văn bản quy phạm "
     "pháp luật của cấp huyện, kiến nghị xử lý 3 văn bản; các địa phương đã xử lý xong cả 3 văn bản.",
     [fact(29, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "so_nganh", "BM2-2.1"),
      fact(3, "văn bản", "VBQPPL kiến nghị xử lý", "so_nganh", "BM2-2.2.1"),
      fact(3, "văn bản", "VBQPPL đã xử lý xong", "so_nganh", "BM2-2.2.2")]),
    ("A20-005", "news", "tinh", "Tổng nhu cầu kinh phí số hóa hồ sơ lưu trữ của tỉnh ước khoảng 46 tỷ đồng; năm 2025, "
     "tỉnh đã số hóa 412.000 hồ sơ, tài liệu.", [fact(412000, "hồ sơ", "hồ sơ, tài liệu đã số hóa", "tinh")]),
]


def write(rows, path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for cid, kind, level, text, facts in rows:
            w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])


if __name__ == "__main__":
    write(TUNE, HERE / "narrative" / "cases.csv")
    write(ASIDE, HERE / "narrative_aside" / "cases.csv")
