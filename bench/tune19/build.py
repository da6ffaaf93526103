"""Round 7 own cases (bench/tune19): the setting families and the misses of bench/heldout18, written in our own
words with invented figures (real unit names). narrative/ was tuned on; narrative_aside/ (a third) was written at
the same time and never tuned on.

    PYTHONPATH=$PWD python bench/tune19/build.py   # writes narrative/cases.csv and narrative_aside/cases.csv
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fact(value, unit, measure, scope, code="", approx=False):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


TUNE = [
    ("T19-001", "report", "tinh", "Năm 2024, khảo sát SIPAS tại tỉnh Lào Cai được thực hiện ở 04 huyện; mỗi huyện chọn "
     "03 xã, mỗi xã phỏng vấn 25 người dân.", []),
    ("T19-002", "report", "tinh", "Hội đồng thi tuyển công chức năm 2024 của tỉnh gồm 7 thành viên; qua kỳ thi, tỉnh đã "
     "tuyển dụng 45 công chức.", [fact(45, "người", "công chức được tuyển dụng", "tinh", "BM5-2.1")]),
    ("T19-003", "news", "tinh", "Hội nghị tổng kết công tác CCHC năm 2024 diễn ra với sự tham gia của 180 đại biểu; năm "
     "2024, tỉnh đã giải quyết đúng hạn 98,7% hồ sơ.", [fact(98.7, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh")]),
    ("T19-004", "news", "tinh", "Hiện 11 trung tâm y tế huyện trên địa bàn có 2.460 viên chức, đạt 94% số lượng người "
     "làm việc được giao.", [fact(2460, "người", "viên chức của các trung tâm y tế huyện", "tinh"),
                             fact(94, "%", "tỷ lệ viên chức so với số lượng người làm việc được giao", "tinh")]),
    ("T19-005", "news", "tinh", "Sau sắp xếp, số đơn vị hành chính cấp xã của tỉnh Hà Giang giảm từ 193 xuống 62, tức "
     "giảm 67,88%.", []),
    ("T19-006", "report", "huyen", "Ở chỉ số thành phần về tổ chức bộ máy, huyện đạt tối đa 6/6 điểm; chỉ số hiện đại "
     "hóa hành chính đạt 7,25/9 điểm.", [fact(6, "điểm", "điểm chỉ số thành phần tổ chức bộ máy", "huyen"),
                                         fact(7.25, "điểm", "điểm chỉ số hiện đại hóa hành chính", "huyen")]),
    ("T19-007", "report", "huyen", "Tính đến 31/12/2024, huyện giải ngân 186.420 triệu đồng vốn đầu tư công trên tổng "
     "kế hoạch vốn được giao 215.300 triệu đồng, đạt 86,59%.",
     [fact(186420, "triệu đồng", "vốn đầu tư công đã giải ngân", "huyen", "BM6-1.2"),
      fact(215300, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "huyen", "BM6-1.1"),
      fact(86.59, "%", "tỷ lệ giải ngân vốn đầu tư công", "huyen", "BM6-1")]),
    ("T19-008", "news", "tinh", "Thực hiện sắp xếp mạng lưới cơ sở giáo dục, tỉnh đã giảm 23 trường mầm non, tiểu học; "
     "hiện toàn tỉnh còn 512 trường.", [fact(23, "trường", "trường học đã giảm", "tinh")]),
    ("T19-009", "report", "tinh", "Đến hết năm 2024, tỉnh Quảng Ngãi có 602 đơn vị sự nghiệp công lập, trong đó 12 đơn "
     "vị tự bảo đảm chi thường xuyên và chi đầu tư, 45 đơn vị tự bảo đảm chi thường xuyên, 210 đơn vị tự bảo đảm một "
     "phần chi thường xuyên, 335 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [fact(602, "đơn vị", "tổng số ĐVSN công lập", "tinh", "BM6-2.1"),
      fact(12, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", "BM6-2.2"),
      fact(45, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", "BM6-2.3"),
      fact(210, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", "BM6-2.4"),
      fact(335, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", "BM6-2.5")]),
    ("T19-010", "report", "so_nganh", "Năm 2024, Sở Nội vụ tham mưu tuyển dụng 64 công chức qua thi tuyển và 318 viên "
     "chức thông qua xét tuyển.", [fact(64, "người", "công chức được tuyển dụng", "tinh", "BM5-2.1"),
                                   fact(318, "người", "viên chức được tuyển dụng", "tinh", "BM5-2.4")]),
]

ASIDE = [
    ("A19-001", "news", "huyen", "Huyện thành lập 14 tổ công nghệ số cộng đồng, mỗi tổ gồm 5 thành viên.",
     [fact(14, "tổ", "tổ công nghệ số cộng đồng thành lập", "huyen")]),
    ("A19-002", "news", "xa", "Lễ khai trương Trung tâm Phục vụ hành chính công xã diễn ra với sự tham dự của lãnh đạo "
     "tỉnh và 120 đại biểu; trong ngày đầu, Trung tâm tiếp nhận 86 hồ sơ.",
     [fact(86, "hồ sơ", "hồ sơ tiếp nhận ngày đầu", "xa")]),
    ("A19-003", "report", "huyen", "Ban Chỉ đạo CCHC của huyện có 15 thành viên; năm 2024, UBND huyện đã ban hành 6 "
     "văn bản chỉ đạo về CCHC.", [fact(6, "văn bản", "văn bản chỉ đạo CCHC", "huyen")]),
    ("A19-004", "report", "huyen", "Sau sắp xếp, số phòng chuyên môn thuộc UBND huyện giảm từ 13 xuống 10 phòng (giảm "
     "23,08%).", []),
    ("A19-005", "report", "so_nganh", "Tiêu chí công tác chỉ đạo, điều hành CCHC của Sở đạt điểm tối đa 8/8 điểm.",
     [fact(8, "điểm", "điểm tiêu chí chỉ đạo, điều hành CCHC", "so_nganh")]),
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
