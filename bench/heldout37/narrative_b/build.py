#!/usr/bin/env python3
"""Holds and validates the H37-B narrative cases; writes cases.csv and sources_by_case.tsv."""
import csv, json, glob, os, unicodedata, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = "/work/holdout37/earlier"
CATALOG = "/work/shared/reference/catalog.csv"

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

CASES = []
def C(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

# ---------------- REAL (own wording of public pages) ----------------
C("news", "huyen",
  "Tính từ đầu năm 2025 đến hết ngày 27/5, bộ phận tiếp nhận và trả kết quả của TP. Phổ Yên cùng các xã, phường trên địa bàn đã giải quyết tổng cộng 24.234 hồ sơ TTHC cho tổ chức, cá nhân; trong đó 23.804 hồ sơ đang giải quyết hoặc đã giải quyết đúng và trước hạn, còn 430 hồ sơ giải quyết quá hạn (chiếm 1,77%), tập trung ở Phòng Tài chính - Kế hoạch, Phòng Kinh tế, Hạ tầng và Đô thị và các xã Thành Công, Vạn Phái, Minh Đức.",
  [F(24234, "hồ sơ", "giải quyết", "huyen"),
   F(23804, "hồ sơ", "đang giải quyết, giải quyết đúng và trước hạn", "huyen"),
   F(430, "hồ sơ", "giải quyết quá hạn", "huyen"),
   F(1.77, "%", "tỷ lệ hồ sơ quá hạn", "huyen")],
  "https://baothainguyen.vn/thoi-su-thai-nguyen/202505/tp-pho-yen-chan-chinh-tinh-trangho-so-thu-tuc-hanh-chinh-qua-han-41b16e1")

C("news", "xa",
  "Sau khi vận hành chính quyền địa phương 2 cấp, phường Phong Phú có 3 cơ quan chuyên môn, 1 tổ chức hành chính khác, 1 đơn vị sự nghiệp công lập và 9 trường học trực thuộc, cùng 25 tổ dân phố (5 tổ vùng biển, 20 tổ nông nghiệp); tổng số cán bộ, công chức, viên chức và người lao động của UBND phường là 53 người.",
  [],
  "https://www.vietnam.vn/en/khao-sat-thuc-hien-chinh-quyen-dia-phuong-2-cap-tai-phuong-phong-phu")

C("news", "xa",
  "Về cải cách hành chính, UBND phường Phong Phú đã xây dựng quy trình giải quyết cho 414/414 TTHC thuộc thẩm quyền. Từ ngày 01/7/2025 đến nay, phường tiếp nhận 1.637 hồ sơ, trong đó 1.585 hồ sơ nộp trực tuyến (đạt 96,82%); đã giải quyết 1.525 hồ sơ, tỷ lệ đúng hạn và trước hạn đạt 99,27%. Phường cũng đề xuất danh sách 6 cán bộ, công chức, người lao động nghỉ hưu trước tuổi, thôi việc theo Nghị định 178 và Nghị định 154.",
  [F(414, "TTHC", "TTHC đã xây dựng quy trình giải quyết", "xa"),
   F(414, "TTHC", "TTHC thuộc thẩm quyền của phường", "xa", code="BM3-1.4.3"),
   F(1637, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
   F(1585, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
   F(96.82, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4"),
   F(1525, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
   F(99.27, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "xa", code="BM3-3.3")],
  "https://www.vietnam.vn/en/khao-sat-thuc-hien-chinh-quyen-dia-phuong-2-cap-tai-phuong-phong-phu")

C("news", "xa",
  "Báo cáo tại buổi làm việc, lãnh đạo phường An Phú (Gia Lai) cho biết 9 tháng đầu năm kinh tế của phường tăng trưởng 7,46%, xếp thứ 47/135 xã, phường và cao hơn bình quân chung của tỉnh. Tổng kế hoạch vốn đầu tư công năm 2025 của phường là hơn 47 tỷ đồng, phân bổ cho 88 dự án; đến nay đã triển khai 58 dự án, giải ngân gần 22 tỷ đồng, phấn đấu cả năm giải ngân đạt 100%.",
  [F(47, "tỷ đồng", "kế hoạch vốn đầu tư công được giao năm 2025", "xa", True, "BM6-1.1"),
   F(58, "dự án", "dự án đã triển khai", "xa"),
   F(22, "tỷ đồng", "vốn đầu tư công đã giải ngân", "xa", True, "BM6-1.2")],
  "https://www.vietnam.vn/en/pho-bi-thu-thuong-truc-tinh-uy-rah-lan-chung-an-phu-hoi-phu-chu-dong-phong-chong-bao-lu-phat-trien-kinh-te-xa-hoi")

C("news", "xa",
  "Từ ngày 01/7 đến ngày 31/10/2025, Trung tâm Phục vụ hành chính công phường An Phú tiếp nhận 3.910 hồ sơ; đã phối hợp giải quyết, trả kết quả 3.491 hồ sơ, còn 419 hồ sơ đang xử lý trên hệ thống. Sau sắp xếp, biên chế của phường vẫn thiếu 10 chỉ tiêu, nhất là công chức chuyên môn địa chính và xây dựng.",
  [F(3910, "hồ sơ", "tiếp nhận", "trung_tam", code="BM7-6.4.1"),
   F(3491, "hồ sơ", "giải quyết, trả kết quả", "trung_tam", code="BM3-3.3.1"),
   F(419, "hồ sơ", "đang giải quyết", "trung_tam")],
  "https://www.vietnam.vn/en/pho-bi-thu-thuong-truc-tinh-uy-rah-lan-chung-an-phu-hoi-phu-chu-dong-phong-chong-bao-lu-phat-trien-kinh-te-xa-hoi")

C("news", "xa",
  "Từ đầu năm 2025 đến nay, Bộ phận Một cửa của thị trấn Than Uyên (huyện Than Uyên) đã tiếp nhận, giải quyết gần 700 hồ sơ, nhiều hồ sơ thực hiện qua dịch vụ công trực tuyến mức độ 1; tất cả hồ sơ đều được giải quyết đúng hạn, đúng quy định.",
  [F(700, "hồ sơ", "tiếp nhận, giải quyết", "xa", True)],
  "https://www.vietnam.vn/en/thi-tran-than-uyen-day-manh-cai-cach-hanh-chinh")

C("news", "huyen",
  "Tại kỳ họp, Trưởng phòng Tài chính - Kế hoạch thành phố Long Xuyên, được Chủ tịch UBND thành phố ủy quyền, đã trình bày 2 báo cáo và 3 tờ trình về thu, chi ngân sách thành phố năm 2025, kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 và kế hoạch vốn ngân sách tỉnh giao có mục tiêu cho thành phố năm 2025; các đại biểu HĐND thành phố đã thảo luận và nhất trí biểu quyết thông qua 3 nghị quyết.",
  [F(2, "văn bản", "báo cáo trình kỳ họp", "huyen"),
   F(3, "văn bản", "tờ trình trình kỳ họp", "huyen"),
   F(3, "văn bản", "nghị quyết được HĐND thành phố thông qua", "huyen")],
  "https://www.vietnam.vn/fr/hdnd-tp-long-xuyen-thong-qua-nhieu-nghi-quyet-quan-trong")

C("news", "xa",
  "Cùng ngày, HĐND xã Nhơn Mỹ (tỉnh An Giang) tổ chức kỳ họp thứ 4 (chuyên đề) nhiệm kỳ 2021 - 2026; các đại biểu đã biểu quyết thông qua 4 nghị quyết: dự toán thu ngân sách nhà nước trên địa bàn; thu, chi và phân bổ ngân sách địa phương năm 2025; phân bổ chi tiết kế hoạch vốn đầu tư công năm 2025 thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới; thành lập Trung tâm Phục vụ hành chính công xã.",
  [F(4, "văn bản", "nghị quyết được HĐND xã thông qua", "xa")],
  "https://www.vietnam.vn/hu/xa-cu-lao-gieng-va-nhon-my-hop-hdnd")

C("news", "xa",
  "Theo bà Lâm Thị Mỹ Nhiên, Phó Giám đốc Trung tâm Phục vụ hành chính công phường Sóc Trăng, Trung tâm đang tiếp nhận, giải quyết 260 TTHC thuộc 12 lĩnh vực, nhiều nhất là nhóm chứng thực; mỗi ngày Trung tâm nhận khoảng 40 - 50 hồ sơ. Bưu điện Sóc Trăng đã bố trí 47 nhân viên hỗ trợ tại các Trung tâm Phục vụ hành chính công phường.",
  [],
  "https://thongtin.vietnam.vn/en/ho-tro-thuc-hien-thu-tuc-hanh-chinh-thuan-loi-hon")

C("news", "xa",
  "Năm 2025, tốc độ tăng giá trị sản xuất của phường Phan Thiết ước đạt 8,77%, đúng kế hoạch; thu ngân sách nhà nước trên địa bàn đạt 397,915 tỷ đồng, bằng 201,87% dự toán; thu ngân sách cấp phường ước đạt 20,177 tỷ đồng, bằng 145,1% dự toán; thu nhập bình quân đầu người ước khoảng 73 triệu đồng.",
  [F(397.915, "tỷ đồng", "thu ngân sách nhà nước trên địa bàn", "xa"),
   F(201.87, "%", "tỷ lệ thu ngân sách so với dự toán", "xa")],
  "https://www.vietnam.vn/ur/phan-thiet-tang-thu-ngan-sach-dat-hon-200-du-toan-nam-2025")

C("news", "xa",
  "Tại kỳ họp thường lệ giữa năm 2025, HĐND phường An Thắng nghe báo cáo kết quả trả lời ý kiến, kiến nghị của cử tri trước kỳ họp, trong đó 7 kiến nghị đã được giải quyết xong, 33 kiến nghị đang được giải quyết, tập trung vào các lĩnh vực nông nghiệp, giao thông, đất đai.",
  [F(7, "kiến nghị", "kiến nghị cử tri đã giải quyết xong", "xa"),
   F(33, "kiến nghị", "kiến nghị cử tri đang giải quyết", "xa")],
  "https://thongtin.vietnam.vn/bn/kinh-te-phuong-an-thang-duy-tri-toc-do-tang-truong-kha")

C("news", "huyen",
  "Tại kỳ họp ngày 18/12, HĐND huyện Kim Thành thông qua phương án phân bổ hơn 428 tỷ đồng vốn đầu tư công năm 2025 cho 16 dự án, đồng thời dành hơn 42 tỷ đồng cho cấp xã. Năm 2024, huyện giao Ban Quản lý dự án đầu tư xây dựng huyện thực hiện 30 công trình, dự án với tổng mức đầu tư khoảng 1.789 tỷ đồng; đến ngày 18/12, toàn huyện đã giải ngân trên 95% vốn đầu tư công.",
  [F(95, "%", "tỷ lệ giải ngân vốn đầu tư công năm 2024", "huyen", True, "BM6-1")],
  "https://www.vietnam.vn/cs/kim-thanh-phan-bo-hon-428-ty-dong-cho-16-du-an-cong-trinh-dau-tu-cong")

C("news", "huyen",
  "Năm 2020, Ban Quản lý dự án huyện Dầu Tiếng đã tham mưu UBND huyện giải ngân 492,9 tỷ đồng để xây dựng, nâng cấp và sửa chữa 84 công trình trên địa bàn huyện.",
  [F(492.9, "tỷ đồng", "vốn đầu tư công đã giải ngân", "huyen", code="BM6-1.2"),
   F(84, "công trình", "công trình được xây dựng, nâng cấp, sửa chữa", "huyen")],
  "https://baobinhduong.vn/en/nearly-vnd-493-billion-of-investment-budget-allocated-for-84-projects-a249622.html")

C("news", "xa",
  "Trình bày báo cáo kinh tế - xã hội năm 2025 tại kỳ họp thứ hai HĐND xã Minh Châu, Phó Chủ tịch UBND xã cho biết tổng giá trị sản xuất của xã ước đạt 510 tỷ đồng, bằng 100% kế hoạch, tăng 9,01% so với năm 2024; thu nhập bình quân đạt 76,7 triệu đồng/người/năm.",
  [],
  "https://www.vietnam.vn/fa/hdnd-xa-minh-chau-khai-mac-ky-hop-thu-hai")

# ---------------- SYNTHETIC (real units, invented figures) ----------------
C("report", "xa",
  "Quý IV/2025, Chi nhánh Trung tâm Phục vụ hành chính công tỉnh tại đặc khu Vân Đồn tiếp nhận 2.487 hồ sơ, trong đó 2.241 hồ sơ nộp trực tuyến, đạt 90,11%; đã giải quyết 2.431 hồ sơ, trong đó 2.421 hồ sơ đúng hạn, đạt 99,59%.",
  [F(2487, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
   F(2241, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
   F(90.11, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4"),
   F(2431, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
   F(2421, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
   F(99.59, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")],
  "synthetic: đặc khu Vân Đồn (Quảng Ninh), quý IV/2025")

C("report", "xa",
  "Kế hoạch CCHC năm 2025 của UBND phường Hạc Thành đề ra 41 nhiệm vụ; tính đến ngày 15/12/2025 đã hoàn thành 37 nhiệm vụ, đạt 90,24%, 4 nhiệm vụ còn lại đang triển khai. Trong năm, phường ban hành 14 văn bản chỉ đạo, đôn đốc thực hiện công tác CCHC.",
  [F(41, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
   F(37, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
   F(90.24, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2"),
   F(4, "nhiệm vụ", "nhiệm vụ đang triển khai", "xa"),
   F(14, "văn bản", "văn bản chỉ đạo CCHC ban hành", "xa", code="BM1-1")],
  "synthetic: phường Hạc Thành (Thanh Hóa), năm 2025")

C("report", "xa",
  "Trong 9 tháng năm 2026, UBND xã Bình Mỹ tiếp nhận 13 phản ánh, kiến nghị về quy định hành chính qua Cổng Dịch vụ công và đường dây nóng; đã giải quyết xong 12 PAKN, 1 PAKN đang xử lý trong hạn. Xã phấn đấu đến cuối năm giải quyết 100% PAKN đúng thời hạn.",
  [F(13, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", code="BM3-3.4.1"),
   F(12, "PAKN", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
   F(1, "PAKN", "PAKN đang xử lý", "xa")],
  "synthetic: xã Bình Mỹ (TP Hồ Chí Minh), 9 tháng 2026")

C("report", "xa",
  "6 tháng đầu năm 2026, phường Thủ Dầu Một tổ chức khảo sát sự hài lòng của người dân, doanh nghiệp với 1.417 phiếu, kết hợp hình thức trực tuyến và phát phiếu trực tiếp; tỷ lệ hài lòng chung đạt 96,8%. Phường cũng kiểm tra công tác CCHC tại 5 cơ quan, đơn vị trực thuộc.",
  [F(1417, "phiếu", "phiếu khảo sát sự hài lòng", "xa", code="BM1-6.1"),
   F(96.8, "%", "tỷ lệ hài lòng", "xa"),
   F(5, "đơn vị", "cơ quan, đơn vị được kiểm tra CCHC", "xa")],
  "synthetic: phường Thủ Dầu Một (TP Hồ Chí Minh), 6 tháng đầu năm 2026")

C("news", "xa",
  "Năm 2025, đặc khu Bạch Long Vĩ được giao kế hoạch vốn đầu tư công 67,3 tỷ đồng; đến ngày 31/01/2026 đã giải ngân 58,7 tỷ đồng, đạt 87,22% kế hoạch, phấn đấu giải ngân hết số vốn còn lại trước khi hết thời hạn thanh toán.",
  [F(67.3, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "xa", code="BM6-1.1"),
   F(58.7, "tỷ đồng", "vốn đầu tư công đã giải ngân", "xa", code="BM6-1.2"),
   F(87.22, "%", "tỷ lệ giải ngân so với kế hoạch", "xa", code="BM6-1")],
  "synthetic: đặc khu Bạch Long Vĩ (Hải Phòng), năm 2025")

C("report", "huyen",
  "Năm 2024, Bộ phận Một cửa UBND huyện Krông Pắc tiếp nhận 9.818 hồ sơ TTHC; đã giải quyết 9.671 hồ sơ, trong đó 9.618 hồ sơ đúng hạn, đạt 99,45%. Ở cấp xã, bộ phận một cửa của các xã, thị trấn tiếp nhận 21.436 hồ sơ.",
  [F(9818, "hồ sơ", "tiếp nhận", "huyen"),
   F(9671, "hồ sơ", "đã giải quyết", "huyen", code="BM3-3.2.1"),
   F(9618, "hồ sơ", "giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
   F(99.45, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"),
   F(21436, "hồ sơ", "tiếp nhận (cấp xã)", "xa")],
  "synthetic: huyện Krông Pắc (Đắk Lắk), năm 2024")

C("report", "huyen",
  "6 tháng đầu năm 2025, huyện Nghi Lộc tinh giản 17 biên chế công chức và sắp xếp giảm 2 phòng chuyên môn thuộc UBND huyện; rà soát 53 văn bản QPPL do HĐND, UBND huyện ban hành, qua đó kiến nghị xử lý 4 văn bản và đã xử lý xong cả 4 văn bản.",
  [F(17, "biên chế", "biên chế công chức đã tinh giản", "huyen", code="BM4-2.4"),
   F(2, "đơn vị", "phòng chuyên môn sắp xếp giảm", "huyen"),
   F(53, "văn bản", "văn bản QPPL đã rà soát", "huyen"),
   F(4, "văn bản", "văn bản QPPL cần xử lý sau rà soát", "huyen", code="BM2-3.2.1"),
   F(4, "văn bản", "văn bản QPPL đã xử lý xong", "huyen", code="BM2-3.2.2")],
  "synthetic: huyện Nghi Lộc (Nghệ An), 6 tháng đầu năm 2025")

C("report", "xa",
  "Quý I/2025, Bộ phận Một cửa thị trấn Cái Nước tiếp nhận 1.139 hồ sơ, trong đó 612 hồ sơ nộp trực tuyến, chiếm 53,73%; đã giải quyết 1.131 hồ sơ, 100% đúng hạn, không có hồ sơ trễ hạn.",
  [F(1139, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
   F(612, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
   F(53.73, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4"),
   F(1131, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
   F(100, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")],
  "synthetic: thị trấn Cái Nước (huyện Cái Nước, Cà Mau), quý I/2025")

# ---------------- checks ----------------
def main():
    codes = set()
    with open(CATALOG, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            codes.add(f"BM{r['form']}-{r['code']}")
    used = set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and not parts[1].startswith("synthetic"):
                    used.add(parts[1].strip())
    texts = set(); rows = []; srcs = []
    nfacts = coded = real = real_facts = real_coded = empty = approx = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H37-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in ("xa", "huyen"), cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in texts, cid; texts.add(text)
        for f in facts:
            assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool), cid
            assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            assert isinstance(f["approx"], bool), cid
            assert f["code"] == "" or f["code"] in codes, (cid, f["code"])
            assert unicodedata.normalize("NFC", f["measure"]) == f["measure"], cid
        is_real = not src.startswith("synthetic:")
        if is_real:
            assert src not in used, (cid, src)
            real += 1; real_facts += len(facts); real_coded += sum(1 for f in facts if f["code"])
        nfacts += len(facts); coded += sum(1 for f in facts if f["code"])
        empty += (not facts); approx += sum(1 for f in facts if f["approx"])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    assert real / len(CASES) >= 0.6, real / len(CASES)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        for cid, s in srcs: fh.write(f"{cid}\t{s}\n")
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as fh:
        back = list(csv.DictReader(fh))
    assert len(back) == len(CASES)
    for r in back: json.loads(r["facts"])
    print(f"OK cases={len(CASES)} real={real} synthetic={len(CASES)-real} facts={nfacts} (real {real_facts}) "
          f"coded={coded} (real {real_coded}) empty={empty} approx={approx}")

if __name__ == "__main__":
    main()
