#!/usr/bin/env python3
"""Held-out set 33-B (narrative): holds every case, validates it, writes cases.csv and sources_by_case.tsv.

Written blind: no pipeline code, tests or bench were read.
"""
import csv
import glob
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout33/earlier"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


U_HS = "hồ sơ"
U_PC = "%"
U_TY = "tỷ đồng"
U_TR = "triệu đồng"

# (source_kind, doc_level, text, facts, source)
CASES = [
    # ---------------- REAL (paraphrased, figures kept) ----------------
    # 001 huyện Đạ Huoai (Lâm Đồng), 4 tháng đầu năm 2025
    ("news", "huyen",
     "Riêng 4 tháng đầu năm 2025, huyện Đạ Huoai đã tiếp nhận tổng cộng 8.594 hồ sơ, trong đó giải quyết 8.446 hồ sơ; "
     "số hồ sơ giải quyết trước và đúng hạn đạt 8.290 hồ sơ, tương đương 98,2%.",
     [F(8594, U_HS, "hồ sơ tiếp nhận", "huyen", code="BM7-6.4.1"),
      F(8446, U_HS, "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
      F(8290, U_HS, "giải quyết trước và đúng hạn", "huyen", code="BM3-3.2.2"),
      F(98.2, U_PC, "tỷ lệ giải quyết trước và đúng hạn", "huyen", code="BM3-3.2")],
     "https://www.vietnam.vn/en/a-huoai-trien-khai-manh-me-cong-tac-cai-cach-hanh-chinh"),
    # 002-004 huyện Nam Trà My (Quảng Nam), đến 30/9/2024
    ("news", "huyen",
     "Tính đến ngày 30/9/2024, tổng kế hoạch vốn đầu tư công năm 2024 của huyện Nam Trà My là hơn 349 tỷ đồng; "
     "huyện đã giải ngân hơn 198 tỷ đồng, đạt 56,8% kế hoạch vốn.",
     [F(349, U_TY, "kế hoạch vốn đầu tư công được giao", "huyen", True, "BM6-1.1"),
      F(198, U_TY, "vốn đầu tư công đã giải ngân", "huyen", True, "BM6-1.2"),
      F(56.8, U_PC, "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "huyen", code="BM6-1")],
     "https://en.quangnam.gov.vn/vice-chairman-of-the-provincial-people-s-committee-tran-anh-tuan-works-with-nam-tra-my-district-on-the-progress-of-public-investment-disbursement-58918.html"),
    ("news", "huyen",
     "Trong đó, vốn năm 2023 chuyển sang hơn 81 tỷ đồng, đã giải ngân hơn 52 tỷ đồng, đạt 64,8%; "
     "vốn bổ sung năm 2024 hơn 267 tỷ đồng, đã giải ngân hơn 145 tỷ đồng, đạt 54,4%.",
     [F(81, U_TY, "vốn năm 2023 chuyển sang", "huyen", True),
      F(52, U_TY, "vốn năm 2023 chuyển sang đã giải ngân", "huyen", True),
      F(64.8, U_PC, "tỷ lệ giải ngân vốn năm 2023 chuyển sang", "huyen"),
      F(267, U_TY, "vốn bổ sung năm 2024", "huyen", True),
      F(145, U_TY, "vốn bổ sung năm 2024 đã giải ngân", "huyen", True),
      F(54.4, U_PC, "tỷ lệ giải ngân vốn bổ sung năm 2024", "huyen")],
     "https://en.quangnam.gov.vn/vice-chairman-of-the-provincial-people-s-committee-tran-anh-tuan-works-with-nam-tra-my-district-on-the-progress-of-public-investment-disbursement-58918.html"),
    ("news", "huyen",
     "Tổng kế hoạch vốn sự nghiệp thực hiện các chương trình mục tiêu quốc gia năm 2024 của huyện Nam Trà My hơn 126 tỷ đồng; "
     "đến nay huyện đã giải ngân hơn 36 tỷ đồng, đạt 28,7% kế hoạch vốn.",
     [F(126, U_TY, "kế hoạch vốn sự nghiệp chương trình mục tiêu quốc gia", "huyen", True),
      F(36, U_TY, "vốn sự nghiệp chương trình mục tiêu quốc gia đã giải ngân", "huyen", True),
      F(28.7, U_PC, "tỷ lệ giải ngân vốn sự nghiệp chương trình mục tiêu quốc gia", "huyen")],
     "https://en.quangnam.gov.vn/vice-chairman-of-the-provincial-people-s-committee-tran-anh-tuan-works-with-nam-tra-my-district-on-the-progress-of-public-investment-disbursement-58918.html"),
    # 005-007 huyện Đông Giang (Quảng Nam), đến 31/8/2024
    ("report", "huyen",
     "Đến hết tháng 8/2024, huyện Đông Giang đã giải ngân hơn 117,1 tỷ đồng trên tổng số hơn 320,6 tỷ đồng "
     "kế hoạch vốn đầu tư công năm 2024, đạt 36,53%.",
     [F(117.1, U_TY, "vốn đầu tư công đã giải ngân", "huyen", True, "BM6-1.2"),
      F(320.6, U_TY, "kế hoạch vốn đầu tư công được giao", "huyen", True, "BM6-1.1"),
      F(36.53, U_PC, "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "huyen", code="BM6-1")],
     "https://vrviet.vn/en/dong-giang-can-tang-cuong-kiem-tra-don-doc-de-giai-ngan-von-dau-tu-cong"),
    ("report", "huyen",
     "Trong số đó, vốn năm 2023 chuyển sang năm 2024 hơn 99,3 tỷ đồng, đã giải ngân gần 49 tỷ đồng, đạt 49,24%; "
     "vốn năm 2024 gần 221,3 tỷ đồng, đã giải ngân hơn 68,2 tỷ đồng, đạt 30,83%.",
     [F(99.3, U_TY, "vốn năm 2023 chuyển sang", "huyen", True),
      F(49, U_TY, "vốn năm 2023 chuyển sang đã giải ngân", "huyen", True),
      F(49.24, U_PC, "tỷ lệ giải ngân vốn năm 2023 chuyển sang", "huyen"),
      F(221.3, U_TY, "vốn năm 2024", "huyen", True),
      F(68.2, U_TY, "vốn năm 2024 đã giải ngân", "huyen", True),
      F(30.83, U_PC, "tỷ lệ giải ngân vốn năm 2024", "huyen")],
     "https://vrviet.vn/en/dong-giang-can-tang-cuong-kiem-tra-don-doc-de-giai-ngan-von-dau-tu-cong"),
    ("report", "huyen",
     "Theo báo cáo của UBND huyện Đông Giang, đến ngày 31/8/2024 huyện đã phân bổ hơn 320,6/hơn 322,4 tỷ đồng tổng vốn "
     "đầu tư công năm 2024, đạt 99,42%; số vốn còn lại chưa đủ điều kiện phân bổ gần 1,9 tỷ đồng.",
     [F(320.6, U_TY, "vốn đầu tư công đã phân bổ", "huyen", True),
      F(322.4, U_TY, "tổng vốn đầu tư công năm 2024", "huyen", True),
      F(99.42, U_PC, "tỷ lệ phân bổ vốn đầu tư công", "huyen"),
      F(1.9, U_TY, "vốn chưa đủ điều kiện phân bổ", "huyen", True)],
     "https://vrviet.vn/en/dong-giang-can-tang-cuong-kiem-tra-don-doc-de-giai-ngan-von-dau-tu-cong"),
    # 008-010 xã Phúc Lộc (Hà Nội), từ 01/7/2025 đến hội nghị cuối năm 2025
    ("report", "xa",
     "Từ ngày 01/7/2025 đến nay, Điểm phục vụ hành chính công xã Phúc Lộc đã tiếp nhận 5.715 hồ sơ, "
     "trong đó 4.116 hồ sơ nộp trực tuyến; tỷ lệ giải quyết đúng và trước hạn đạt 99,6%.",
     [F(5715, U_HS, "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(4116, U_HS, "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(99.6, U_PC, "tỷ lệ giải quyết đúng và trước hạn", "xa", code="BM3-3.3")],
     "https://www.vietnam.vn/ro/xa-phuc-loc-tao-thuan-loi-toi-da-cho-nguoi-dan-trong-giai-quyet-thu-tuc-hanh-chinh"),
    ("report", "xa",
     "Năm 2025, xã Phúc Lộc tham gia Hội thi ý tưởng cải cách hành chính lần thứ hai của thành phố, hoàn thiện bộ chỉ số 766 "
     "và công khai 423 thủ tục hành chính thuộc thẩm quyền giải quyết của xã.",
     [F(423, "TTHC", "TTHC thuộc thẩm quyền giải quyết của xã được công khai", "xa", code="BM3-1.4.3")],
     "https://www.vietnam.vn/ro/xa-phuc-loc-tao-thuan-loi-toi-da-cho-nguoi-dan-trong-giai-quyet-thu-tuc-hanh-chinh"),
    ("news", "xa",
     "Xã Phúc Lộc duy trì họp định kỳ hằng quý về cải cách hành chính và chuyển đổi số; đồng thời thành lập "
     "46 tổ công nghệ số cộng đồng với 361 thành viên để hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
     [],
     "https://www.vietnam.vn/ro/xa-phuc-loc-tao-thuan-loi-toi-da-cho-nguoi-dan-trong-giai-quyet-thu-tuc-hanh-chinh"),
    # 011 xã Đức An (Lâm Đồng), đến hết tháng 10/2025
    ("report", "xa",
     "Đến hết tháng 10/2025, xã Đức An tiếp nhận 2.088 hồ sơ, trong đó 2.049 hồ sơ trực tuyến, tỷ lệ hồ sơ trực tuyến đạt 98%; "
     "tỷ lệ hồ sơ được giải quyết trước hạn đạt 99,7%.",
     [F(2088, U_HS, "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(2049, U_HS, "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(98, U_PC, "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(99.7, U_PC, "tỷ lệ giải quyết trước hạn", "xa")],
     "https://www.vietnam.vn/hi/dak-song-can-lua-chon-nguoi-xung-dang-de-gioi-thieu-bau-dai-bieu-hdnd"),

    # 012-013 xã Đồng Xuyên cũ (nay xã Bình Xuyên, huyện Ninh Giang, Hải Dương), before 1/7/2025
    ("news", "xa",
     "Nhiều năm qua, UBND xã Đồng Xuyên cũ (nay là xã Bình Xuyên, huyện Ninh Giang) chỉ ban hành duy nhất 01 văn bản quy phạm pháp luật, "
     "đó là quyết định ban hành quy chế thực hiện dân chủ ở xã ngày 18/10/2024.",
     [F(1, "văn bản", "VBQPPL do UBND xã ban hành", "xa", code="BM2-1.3")],
     "https://www.vietnam.vn/en/tiep-tuc-nghien-cuu-sua-doi-quy-dinh-ve-tham-quyen-ban-hanh-van-ban-quy-pham-phap-luat-cua-cap-xa"),
    ("news", "xa",
     "Từ ngày 01/4/2025, Luật Ban hành văn bản quy phạm pháp luật năm 2025 có hiệu lực; theo Điều 4 của Luật, hệ thống văn bản "
     "quy phạm pháp luật không còn nghị quyết của HĐND cấp xã và quyết định của UBND cấp xã.",
     [],
     "https://www.vietnam.vn/en/tiep-tuc-nghien-cuu-sua-doi-quy-dinh-ve-tham-quyen-ban-hanh-van-ban-quy-pham-phap-luat-cua-cap-xa"),

    # ---------------- SYNTHETIC (real units, invented figures) ----------------
    # 014
    ("report", "xa",
     "Trong quý IV/2025, UBND phường Thục Phán tiếp nhận 31 phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; "
     "đã giải quyết xong 28 phản ánh, kiến nghị, đạt 90,32%; còn 03 phản ánh, kiến nghị đang xem xét, xử lý.",
     [F(31, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", code="BM3-3.4.1"),
      F(28, "PAKN", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
      F(90.32, U_PC, "tỷ lệ giải quyết PAKN", "xa", code="BM3-3.4"),
      F(3, "PAKN", "PAKN đang xem xét, xử lý", "xa")],
     "synthetic: phường Thục Phán (Cao Bằng), quý IV/2025"),
    # 015
    ("report", "xa",
     "Đến ngày 31/12/2025, UBND phường An Xuyên đã niêm yết, công khai 318 thủ tục hành chính thuộc thẩm quyền giải quyết "
     "của UBND cấp xã tại Trung tâm Phục vụ hành chính công và trên trang thông tin điện tử của phường, đạt 100%.",
     [F(318, "TTHC", "TTHC thuộc thẩm quyền cấp xã được công khai", "xa", code="BM3-1.4.3"),
      F(100, U_PC, "tỷ lệ TTHC được công khai", "xa")],
     "synthetic: phường An Xuyên (Cà Mau), năm 2025"),
    # 016
    ("report", "xa",
     "Trong 6 tháng cuối năm 2025, UBND xã Ia Grai ban hành 19 văn bản chỉ đạo, điều hành công tác cải cách hành chính; "
     "Kế hoạch cải cách hành chính năm 2025 của xã đề ra 38 nhiệm vụ, đến ngày 15/12/2025 đã hoàn thành 35 nhiệm vụ, đạt 92,11%.",
     [F(19, "văn bản", "văn bản chỉ đạo, điều hành CCHC", "xa", code="BM1-1"),
      F(38, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
      F(35, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
      F(92.11, U_PC, "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")],
     "synthetic: xã Ia Grai (Gia Lai), 6 tháng cuối năm 2025"),
    # 017
    ("report", "xa",
     "Năm 2025, UBND phường Tân Ninh phát hành 3.172 văn bản đi trên Hệ thống quản lý văn bản và điều hành, trong đó "
     "3.125 văn bản được gửi hoàn toàn dưới dạng điện tử có ký số, đạt 98,52%; 100% cán bộ, công chức của phường đã được cấp chữ ký số.",
     [F(3172, "văn bản", "văn bản đi phát hành trên hệ thống", "xa"),
      F(3125, "văn bản", "văn bản điện tử có ký số", "xa"),
      F(98.52, U_PC, "tỷ lệ văn bản điện tử", "xa", code="BM7-5.2.3"),
      F(100, U_PC, "tỷ lệ cán bộ, công chức được cấp chữ ký số", "xa")],
     "synthetic: phường Tân Ninh (Tây Ninh), năm 2025"),
    # 018
    ("report", "huyen",
     "Năm 2024, huyện Cần Giờ thực hiện tinh giản 9 biên chế theo Nghị định số 29/2023/NĐ-CP; tuyển dụng 14 công chức thông qua thi tuyển "
     "và xét chuyển 3 cán bộ, công chức cấp xã thành công chức cấp huyện.",
     [F(9, "biên chế", "biên chế đã tinh giản", "huyen", code="BM4-2.4"),
      F(14, "người", "công chức được tuyển dụng qua thi tuyển", "huyen", code="BM5-2.1"),
      F(3, "người", "cán bộ, công chức cấp xã xét chuyển thành công chức cấp huyện", "huyen", code="BM5-2.3")],
     "synthetic: huyện Cần Giờ (TP. Hồ Chí Minh, before 1/7/2025), năm 2024"),
    # 019
    ("report", "xa",
     "9 tháng đầu năm 2026, HĐND và UBND phường Kim Long ban hành 6 văn bản quy phạm pháp luật; qua tự kiểm tra, "
     "phát hiện 01 văn bản có nội dung cần xử lý và đã xử lý xong.",
     [F(6, "văn bản", "VBQPPL do phường ban hành", "xa", code="BM2-1.3"),
      F(1, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "xa", code="BM2-2.2.1"),
      F(1, "văn bản", "VBQPPL đã xử lý xong", "xa", code="BM2-2.2.2")],
     "synthetic: phường Kim Long (Huế), 9 tháng đầu năm 2026"),
    # 020
    ("report", "xa",
     "Trong tháng 3/2026, Trung tâm Phục vụ hành chính công xã Cẩm Xuyên tiếp nhận 1.286 hồ sơ, trong đó 1.147 hồ sơ nộp trực tuyến, "
     "chiếm 89,19%; đã giải quyết 1.231 hồ sơ, trong đó 1.217 hồ sơ đúng và trước hạn, đạt 98,86%, còn 14 hồ sơ quá hạn.",
     [F(1286, U_HS, "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(1147, U_HS, "hồ sơ nộp trực tuyến", "xa", code="BM7-6.4.2"),
      F(89.19, U_PC, "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(1231, U_HS, "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(1217, U_HS, "giải quyết đúng và trước hạn", "xa", code="BM3-3.3.2"),
      F(98.86, U_PC, "tỷ lệ giải quyết đúng và trước hạn", "xa", code="BM3-3.3"),
      F(14, U_HS, "hồ sơ quá hạn", "xa")],
     "synthetic: xã Cẩm Xuyên (Hà Tĩnh), tháng 3/2026"),
    # 021
    ("report", "xa",
     "Tính đến ngày 31/12/2025, đặc khu Lý Sơn đã giải ngân 41.862 triệu đồng trên tổng kế hoạch vốn đầu tư công được giao "
     "là 52.300 triệu đồng, đạt 80,04%; đặc khu phấn đấu đến hết tháng 01/2026 giải ngân 100% kế hoạch.",
     [F(41862, U_TR, "vốn đầu tư công đã giải ngân", "xa", code="BM6-1.2"),
      F(52300, U_TR, "kế hoạch vốn đầu tư công được giao", "xa", code="BM6-1.1"),
      F(80.04, U_PC, "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "xa", code="BM6-1")],
     "synthetic: đặc khu Lý Sơn (Quảng Ngãi), năm 2025 (from 1/7/2025)"),
    # 022
    ("report", "xa",
     "Quý I/2026, UBND phường Buôn Ma Thuột kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính tại 5 cơ quan, đơn vị "
     "trực thuộc; qua kiểm tra phát hiện 12 vấn đề cần chấn chỉnh, đến nay đã xử lý xong 10 vấn đề, đạt 83,33%.",
     [F(5, "đơn vị", "cơ quan, đơn vị được kiểm tra CCHC", "xa"),
      F(12, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3.1"),
      F(10, "vấn đề", "vấn đề đã xử lý xong", "xa", code="BM1-3.3.2"),
      F(83.33, U_PC, "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3")],
     "synthetic: phường Buôn Ma Thuột (Đắk Lắk), quý I/2026"),
    # 023
    ("report", "huyen",
     "Năm 2023, huyện Mường Nhé tổ chức khảo sát sự hài lòng của người dân, tổ chức với 420 phiếu phát ra, thu về 408 phiếu hợp lệ, "
     "tỷ lệ hài lòng đạt 95,83%; Chủ tịch UBND huyện chủ trì 02 hội nghị đối thoại với người dân về thủ tục hành chính.",
     [F(420, "phiếu", "phiếu khảo sát sự hài lòng phát ra", "huyen", code="BM1-6.1"),
      F(408, "phiếu", "phiếu khảo sát hợp lệ thu về", "huyen"),
      F(95.83, U_PC, "tỷ lệ hài lòng", "huyen"),
      F(2, "hội nghị", "hội nghị đối thoại với người dân", "huyen")],
     "synthetic: huyện Mường Nhé (Điện Biên, before 1/7/2025), năm 2023"),
    # 024
    ("news", "xa",
     "Tháng 10/2025, Trung tâm Phục vụ hành chính công phường Phố Hiến tiếp nhận 2.057 hồ sơ, tăng 12,4% so với tháng trước, "
     "bình quân mỗi ngày khoảng 88 hồ sơ; phường phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.",
     [F(2057, U_HS, "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1")],
     "synthetic: phường Phố Hiến (Hưng Yên), tháng 10/2025"),
    # 025
    ("report", "huyen",
     "Năm 2024, huyện Quảng Điền tinh giản 13 người làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập "
     "và tuyển dụng 31 viên chức ngành giáo dục thông qua xét tuyển.",
     [F(13, "người", "người làm việc tại đơn vị sự nghiệp công lập đã tinh giản", "huyen", code="BM4-3.3"),
      F(31, "người", "viên chức được tuyển dụng qua xét tuyển", "huyen", code="BM5-2.4")],
     "synthetic: huyện Quảng Điền (Thừa Thiên Huế, before 1/7/2025), năm 2024"),
]

LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
KINDS = {"report", "news"}


def load_catalog_codes():
    codes = set()
    with open(CATALOG, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            codes.add(f"BM{row['form']}-{row['code']}")
    return codes


def load_earlier_urls():
    urls = set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and not parts[1].startswith("synthetic"):
                    urls.add(parts[1].strip())
    return urls


def main():
    codes = load_catalog_codes()
    earlier = load_earlier_urls()
    rows, srcs, texts = [], [], set()
    n_real = n_syn = n_facts = n_coded = n_real_facts = n_real_coded = n_empty = n_approx = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H33-B-{i:03d}"
        assert kind in KINDS, cid
        assert level in LEVELS, cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in texts, cid
        texts.add(text)
        for f in facts:
            assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool), cid
            assert f["scope"] in SCOPES, cid
            assert isinstance(f["approx"], bool), cid
            assert f["code"] == "" or f["code"] in codes, (cid, f["code"])
            for k in ("unit", "measure"):
                assert unicodedata.normalize("NFC", f[k]) == f[k], cid
        syn = src.startswith("synthetic")
        if not syn:
            assert src not in earlier, (cid, src)
            n_real += 1
            n_real_facts += len(facts)
            n_real_coded += sum(1 for f in facts if f["code"])
        else:
            n_syn += 1
        n_facts += len(facts)
        n_coded += sum(1 for f in facts if f["code"])
        n_empty += (not facts)
        n_approx += sum(1 for f in facts if f["approx"])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    assert n_syn <= n_real
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        for cid, src in srcs:
            fh.write(f"{cid}\t{src}\n")
    # re-read and parse
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    assert len(back) == len(CASES)
    for r in back:
        json.loads(r["facts"])
    print(f"OK cases={len(CASES)} real={n_real} synthetic={n_syn} facts={n_facts} (real {n_real_facts}) "
          f"coded={n_coded} (real {n_real_coded}) empty={n_empty} approx={n_approx}")


if __name__ == "__main__":
    main()
