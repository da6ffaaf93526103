"""Write bench/tune18: narrative cases of the round-6 setting families (session p11), in the heldout format.

Sentences written for this round, in the writer's own words, after the rules were drafted: no unseen set.
narrative/ holds two thirds (tuning), narrative_aside/ the third set aside (scored on its own).

    PYTHONPATH=$PWD python bench/tune18/build.py
    PYTHONPATH=$PWD python bench/eval_narrative.py --cases bench/tune18/narrative/cases.csv
    PYTHONPATH=$PWD python bench/eval_narrative.py --cases bench/tune18/narrative_aside/cases.csv
"""
import csv
import json
from pathlib import Path


def f(value, unit, measure, scope="", approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


TUNE = [
    ("news", "tinh", "Từ ngày 15/8, Sở Tư pháp công khai số điện thoại, địa chỉ thư điện tử của 58 điểm tiếp nhận "
     "cấp xã và 4 chi nhánh để người dân liên hệ khi cần hỗ trợ.", []),
    ("news", "tinh", "Tại lễ công bố, Phó Chủ tịch UBND tỉnh đã trao quyết định công bố bộ TTHC chuẩn hóa cho đại "
     "diện 7 huyện; bộ thủ tục gồm 1.412 TTHC.", [f(1412, "TTHC", "TTHC được công bố", "tinh")]),
    ("news", "tinh", "Bảng xếp hạng Chỉ số chuyển đổi số năm 2024 của tỉnh gồm 22 sở, ngành. Sở Thông tin và Truyền "
     "thông dẫn đầu với 912,5 điểm.", [f(912.5, "điểm", "Chỉ số chuyển đổi số của Sở Thông tin và Truyền thông",
                                       "so_nganh")]),
    ("report", "huyen", "Năm 2024, huyện xếp chót trong 9 huyện, thị xã về Chỉ số CCHC, đạt 79,02%; huyện đã tiếp "
     "nhận 14.210 hồ sơ TTHC.", [f(79.02, "%", "Chỉ số CCHC", "huyen"),
                                 f(14210, "hồ sơ", "tiếp nhận", "huyen")]),
    ("news", "tinh", "Người dân có thể gọi đường dây nóng 0292.1022 (nhánh 1, 2) để phản ánh; trong quý III tổng "
     "đài đã tiếp nhận 1.530 cuộc gọi.", [f(1530, "cuộc gọi", "tiếp nhận", "tinh")]),
    ("report", "tinh", "Việc số hóa kết quả giải quyết TTHC giúp người dân giảm khoảng 60% thời gian chờ tại Bộ phận "
     "Một cửa; 99,2% hồ sơ được giải quyết đúng và trước hạn.", [f(99.2, "%", "giải quyết đúng hạn", "tinh")]),
    ("report", "tinh", "Kết quả Chỉ số hài lòng của các sở, ngành nằm trong khoảng 82,4% - 94,7%; bình quân toàn "
     "tỉnh đạt 88,9%.", [f(88.9, "%", "Chỉ số hài lòng", "tinh")]),
    ("news", "tinh", "UBND tỉnh đã công khai 1.876 TTHC trên Cổng Dịch vụ công quốc gia và kiểm tra 12 xã về công tác "
     "một cửa.", [f(1876, "TTHC", "công khai", "tinh"), f(12, "đơn vị", "kiểm tra", "xa")]),
    ("report", "so_nganh", "Ở khối sở, ngành, 14 đơn vị đạt kết quả từ trên 85% đến dưới 95%, riêng Sở Xây dựng "
     "đạt 83,6%.", [f(14, "đơn vị", "đạt từ 85% đến 95%", "so_nganh"), f(83.6, "%", "Chỉ số CCHC Sở Xây dựng",
                                                                  "so_nganh")]),
    ("news", "tinh", "Tỉnh đã bàn giao trang thiết bị cho các Trung tâm Phục vụ hành chính công của 35 xã, phường và "
     "2 đặc khu; các trung tâm tiếp nhận 48.300 hồ sơ trong tháng đầu.", [f(48300, "hồ sơ", "tiếp nhận", "xa")]),
]

ASIDE = [
    ("news", "tinh", "Trung tâm Phục vụ hành chính công tỉnh đã công khai danh sách, địa chỉ của 41 điểm phục vụ "
     "và 3 chi nhánh khu vực trên trang thông tin điện tử.", []),
    ("news", "tinh", "Lãnh đạo tỉnh trao tặng bằng khen cho đại diện 15 tập thể có thành tích trong CCHC năm 2024; "
     "năm 2024, tỉnh giải quyết 312.450 hồ sơ.", [f(312450, "hồ sơ", "giải quyết", "tinh")]),
    ("report", "huyen", "Bảng xếp hạng kết quả giải quyết hồ sơ đúng hạn quý I năm 2025 của huyện gồm 16 xã, thị "
     "trấn; xã Phú An đứng đầu với tỷ lệ 100%.", [f(100, "%", "giải quyết đúng hạn xã Phú An", "xa")]),
    ("report", "tinh", "Mức độ hài lòng của người dân ở các xã dao động trong khoảng 76,2% - 91,8%, toàn tỉnh đạt "
     "86,5%.", [f(86.5, "%", "mức độ hài lòng", "tinh")]),
    ("news", "tinh", "Nhờ liên thông điện tử, người dân giảm 70% thời gian đi lại khi làm thủ tục đăng ký khai sinh; "
     "đã có 9.840 hồ sơ liên thông được giải quyết.", [f(9840, "hồ sơ", "liên thông giải quyết", "tinh")]),
]


def write(folder: str, prefix: str, rows) -> None:
    out = Path(__file__).parent / folder
    out.mkdir(exist_ok=True)
    with (out / "cases.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        for i, (kind, level, text, facts) in enumerate(rows, 1):
            w.writerow([f"{prefix}-{i:03d}", kind, level, text, json.dumps(facts, ensure_ascii=False)])


if __name__ == "__main__":
    write("narrative", "T18", TUNE)
    write("narrative_aside", "A18", ASIDE)
