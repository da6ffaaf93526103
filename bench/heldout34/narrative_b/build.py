#!/usr/bin/env python3
"""Holds the H34-B cases, validates them and writes cases.csv and sources_by_case.tsv."""
import csv, glob, io, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout34/earlier"


def F(value, unit, measure, scope, code="", approx=False):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


# (source_kind, doc_level, text, facts, source)
CASES = [
    # ---------------- real: phường Lái Thiêu (TP Thuận An, Bình Dương), 2024 ----------------
    ("news", "xa",
     "Bộ phận Một cửa phường Lái Thiêu đã tiếp nhận, giải quyết 3.466 hồ sơ nộp trực tuyến và 1.349 hồ sơ nộp trực tiếp tại quầy; đồng thời thực hiện chứng thực điện tử 3.433 bản.",
     [F(3466, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4.2"),
      F(1349, "hồ sơ", "hồ sơ nộp trực tiếp tại quầy", "xa"),
      F(3433, "bản", "chứng thực điện tử", "xa")],
     "https://baobinhduong.vn/en/thuan-an-city-conducts-inspection-on-administrative-reforms-of-lai-thieu-ward-a333988.html"),
    ("news", "xa",
     "Phường Lái Thiêu triển khai thanh toán không dùng tiền mặt nghĩa vụ tài chính khi giải quyết TTHC, đã có 2.099 hồ sơ được thanh toán trực tuyến; về Bộ chỉ số phục vụ người dân, doanh nghiệp, từ đầu năm đến tháng 10/2024 phường xếp thứ nhất trong 10 xã, phường của thành phố Thuận An.",
     [F(2099, "hồ sơ", "hồ sơ thanh toán trực tuyến", "xa")],
     "https://baobinhduong.vn/en/thuan-an-city-conducts-inspection-on-administrative-reforms-of-lai-thieu-ward-a333988.html"),
    ("news", "xa",
     "Tỷ lệ hồ sơ TTHC được giải quyết, trả kết quả tại UBND phường Lái Thiêu trong 9 tháng đầu năm 2024 đạt 100% (năm 2023 đạt 99,9%).",
     [F(100, "%", "tỷ lệ hồ sơ được giải quyết, trả kết quả", "xa")],
     "https://baobinhduong.vn/en/thuan-an-city-conducts-inspection-on-administrative-reforms-of-lai-thieu-ward-a333988.html"),
    # ---------------- real: huyện Đà Bắc (Hòa Bình), 9 tháng (before 1/7/2025) ----------------
    ("news", "huyen",
     "Hiện nay, 100% hồ sơ TTHC trên địa bàn huyện Đà Bắc được xử lý trên môi trường điện tử; thành phần hồ sơ và kết quả giải quyết được số hóa theo quy định.",
     [F(100, "%", "tỷ lệ hồ sơ TTHC xử lý trên môi trường điện tử", "huyen")],
     "http://baohoabinh.com.vn/en/2/10179/Administrative-re102orm-helps-improve-service-quality.htm"),
    ("news", "huyen",
     "Trong 9 tháng đầu năm, toàn huyện Đà Bắc có tổng cộng 13.438 hồ sơ đề nghị giải quyết TTHC được tiếp nhận.",
     [F(13438, "hồ sơ", "hồ sơ TTHC tiếp nhận", "huyen", "BM7-6.4.1")],
     "http://baohoabinh.com.vn/en/2/10179/Administrative-re102orm-helps-improve-service-quality.htm"),
    # ---------------- real: huyện Hớn Quản (Bình Phước), 2021 ----------------
    ("news", "huyen",
     "Tổng kế hoạch vốn đầu tư công điều chỉnh giao năm 2021 cho huyện Hớn Quản (tỉnh Bình Phước) là 357,792 tỷ đồng.",
     [F(357.792, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "huyen", "BM6-1.1")],
     "https://tapchitaichinh.vn/tag/hon-quan"),
    ("news", "huyen",
     "Tính đến ngày 24/11/2021, huyện Hớn Quản đã giải ngân 203,592 tỷ đồng vốn đầu tư công, đạt 57% kế hoạch năm, chưa đáp ứng yêu cầu chỉ đạo của UBND tỉnh, Huyện ủy và UBND huyện.",
     [F(203.592, "tỷ đồng", "vốn đầu tư công đã giải ngân", "huyen", "BM6-1.2"),
      F(57, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "huyen", "BM6-1")],
     "https://tapchitaichinh.vn/tag/hon-quan"),
    # ---------------- real: phường Hà Phong (TP Hạ Long, Quảng Ninh), 2023 ----------------
    ("report", "xa",
     "Năm 2023, UBND phường Hà Phong đã ban hành Quyết định số 25/QĐ-UBND ngày 19/01/2023 về Kế hoạch cải cách hành chính của phường, Kế hoạch số 10/KH-UBND ngày 18/01/2023 triển khai Nghị quyết số 124/NQ-HĐND của HĐND tỉnh và Kế hoạch số 14/KH-UBND ngày 18/01/2023 về khảo sát sự hài lòng của cá nhân, tổ chức.",
     [],
     "http://haphong.halongcity.gov.vn/bao-cao-ket-qua-thuc-hien-cai-cach-hanh-chinh-va-ke-hoach-so-04-kh-ubnd-ngay-09-01-2023-cua-ubnd-thanh-pho-nam-2023-p13n53672.html"),
    # ---------------- real: xã Đưng K'Nớ (huyện Lạc Dương, Lâm Đồng), quý I/2025 ----------------
    ("report", "xa",
     "Thực hiện Quyết định số 65/QĐ-UBND ngày 16/01/2025 của UBND huyện Lạc Dương, UBND xã Đưng K'Nớ đã xây dựng và ban hành Kế hoạch số 11/KH-UBND ngày 21/01/2025 về thực hiện nhiệm vụ cải cách hành chính năm 2025, triển khai thông qua các cuộc họp giao ban tuần, tháng, quý.",
     [],
     "http://dungkno.lacduong.lamdong.gov.vn/chi-tiet-tin-tuc/?param=bao-cao"),
    # ---------------- real: phường Ô Chợ Dừa (Hà Nội), to 20/11/2025 ----------------
    ("news", "xa",
     "Tính đến hết ngày 20/11/2025, phường Ô Chợ Dừa đã giải ngân 165.300/231.300 triệu đồng vốn đầu tư xây dựng cơ bản, đạt 71% kế hoạch vốn được giao; phường phấn đấu giải ngân đạt 98% kế hoạch vốn năm 2025.",
     [F(165300, "triệu đồng", "vốn đầu tư đã giải ngân", "xa", "BM6-1.2"),
      F(231300, "triệu đồng", "kế hoạch vốn đầu tư được giao", "xa", "BM6-1.1"),
      F(71, "%", "tỷ lệ giải ngân kế hoạch vốn", "xa", "BM6-1")],
     "https://asiacity.news/?p=152168"),
    ("news", "xa",
     "Thu ngân sách nhà nước trên địa bàn phường Ô Chợ Dừa tính đến ngày 20/11/2025 đạt 2.688 tỷ 930 triệu đồng; tổng chi ngân sách nhà nước hơn 199 tỷ đồng, đạt 79,45% dự toán.",
     [F(2688930, "triệu đồng", "thu ngân sách nhà nước trên địa bàn", "xa"),
      F(199, "tỷ đồng", "chi ngân sách nhà nước", "xa", "", True),
      F(79.45, "%", "tỷ lệ chi ngân sách so với dự toán", "xa")],
     "https://asiacity.news/?p=152168"),
    # ---------------- real: phường Đông Ngạc (Hà Nội), năm 2025 ----------------
    ("news", "xa",
     "Năm 2025, tổng thu ngân sách trên địa bàn phường Đông Ngạc đạt 50,5 tỷ đồng/31,629 tỷ đồng, bằng 159,6% dự toán; tổng chi ngân sách đạt 306,643 tỷ đồng/306,643 tỷ đồng, bằng 100% dự toán được giao.",
     [F(50.5, "tỷ đồng", "thu ngân sách trên địa bàn", "xa"),
      F(31.629, "tỷ đồng", "dự toán thu ngân sách", "xa"),
      F(159.6, "%", "tỷ lệ thu ngân sách so với dự toán", "xa"),
      F(306.643, "tỷ đồng", "chi ngân sách", "xa"),
      F(306.643, "tỷ đồng", "dự toán chi ngân sách", "xa"),
      F(100, "%", "tỷ lệ chi ngân sách so với dự toán", "xa")],
     "https://www.vietnam.vn/en/hdnd-phuong-dong-ngac-bieu-quyet-thong-qua-12-nghi-quyet-quan-trong"),
    # ---------------- real: xã Tân Hiệp, kỳ họp HĐND giữa năm 2025 ----------------
    ("news", "xa",
     "HĐND xã Tân Hiệp thống nhất dự toán thu ngân sách địa phương cả năm 2025 là 30,2 tỷ đồng, trong đó 6 tháng đầu năm đã thu được 18,697 tỷ đồng; dự toán chi ngân sách địa phương cả năm hơn 318,6 tỷ đồng.",
     [F(18.697, "tỷ đồng", "thu ngân sách địa phương 6 tháng đầu năm", "xa")],
     "https://www.vietnam.vn/hi/tan-hiep-thong-qua-ke-hoach-dau-tu-cong-nam-2025-hon-16-8-ty-dong"),
    ("news", "xa",
     "Tổng kế hoạch đầu tư công nguồn ngân sách nhà nước năm 2025 của xã Tân Hiệp hơn 16,8 tỷ đồng, gồm hơn 14,3 tỷ đồng cho 13 dự án chuyển tiếp, hơn 1,5 tỷ đồng cho 5 dự án khởi công mới và 900 triệu đồng hỗ trợ xây dựng nhà tình nghĩa.",
     [F(16.8, "tỷ đồng", "kế hoạch vốn đầu tư công năm 2025", "xa", "BM6-1.1", True),
      F(14.3, "tỷ đồng", "vốn cho dự án chuyển tiếp", "xa", "", True),
      F(1.5, "tỷ đồng", "vốn cho dự án khởi công mới", "xa", "", True),
      F(900, "triệu đồng", "vốn hỗ trợ xây dựng nhà tình nghĩa", "xa")],
     "https://www.vietnam.vn/hi/tan-hiep-thong-qua-ke-hoach-dau-tu-cong-nam-2025-hon-16-8-ty-dong"),

    # ---------------- synthetic ----------------
    ("report", "xa",
     "Quý IV/2025, Trung tâm Phục vụ hành chính công phường Sa Đéc tiếp nhận 6.437 hồ sơ TTHC, trong đó 5.392 hồ sơ trực tuyến, chiếm 83,77%; đã giải quyết 6.205 hồ sơ, trong đó 6.176 hồ sơ trước và đúng hạn, đạt 99,53%.",
     [F(6437, "hồ sơ", "hồ sơ tiếp nhận", "xa", "BM7-6.4.1"),
      F(5392, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4.2"),
      F(83.77, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4"),
      F(6205, "hồ sơ", "hồ sơ đã giải quyết", "xa", "BM3-3.3.1"),
      F(6176, "hồ sơ", "giải quyết trước và đúng hạn", "xa", "BM3-3.3.2"),
      F(99.53, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa", "BM3-3.3")],
     "synthetic: phường Sa Đéc (Đồng Tháp), quý IV/2025"),
    ("report", "xa",
     "Năm 2025, tổng kế hoạch vốn đầu tư công giao cho đặc khu Phú Quý là 186.540 triệu đồng; đến ngày 31/12/2025 đã giải ngân 171.327 triệu đồng, đạt 91,84% kế hoạch; đặc khu phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/01/2026.",
     [F(186540, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "xa", "BM6-1.1"),
      F(171327, "triệu đồng", "vốn đầu tư công đã giải ngân", "xa", "BM6-1.2"),
      F(91.84, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "xa", "BM6-1")],
     "synthetic: đặc khu Phú Quý (Lâm Đồng), năm 2025"),
    ("report", "xa",
     "Đến hết tháng 12/2025, xã Mường Khương đã công khai 347 TTHC thuộc thẩm quyền giải quyết của cấp xã, trong đó hơn 110 TTHC được cung cấp dịch vụ công trực tuyến toàn trình; 100% TTHC được niêm yết tại Trung tâm Phục vụ hành chính công xã.",
     [F(347, "TTHC", "TTHC thuộc thẩm quyền cấp xã được công khai", "xa", "BM3-1.4.3"),
      F(110, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến toàn trình", "xa", "", True),
      F(100, "%", "tỷ lệ TTHC được niêm yết", "xa")],
     "synthetic: xã Mường Khương (Lào Cai), 6 tháng cuối năm 2025"),
    ("report", "huyen",
     "Năm 2024, Bộ phận Một cửa huyện Phù Yên tiếp nhận 2.687 hồ sơ, trong đó 2.061 hồ sơ trực tuyến (76,70%); đã giải quyết 2.573 hồ sơ, trong đó 2.548 hồ sơ trước và đúng hạn, đạt 99,03%; còn 25 hồ sơ quá hạn.",
     [F(2687, "hồ sơ", "hồ sơ tiếp nhận", "huyen", "BM7-6.4.1"),
      F(2061, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "huyen", "BM7-6.4.2"),
      F(76.7, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "huyen", "BM7-6.4"),
      F(2573, "hồ sơ", "hồ sơ đã giải quyết", "huyen", "BM3-3.2.1"),
      F(2548, "hồ sơ", "giải quyết trước và đúng hạn", "huyen", "BM3-3.2.2"),
      F(99.03, "%", "tỷ lệ giải quyết trước và đúng hạn", "huyen", "BM3-3.2"),
      F(25, "hồ sơ", "hồ sơ quá hạn", "huyen")],
     "synthetic: huyện Phù Yên (Sơn La, before 1/7/2025), năm 2024"),
    ("report", "xa",
     "Quý III/2025, UBND phường Hội An kiểm tra công tác CCHC tại 6 phòng, đơn vị thuộc phường, phát hiện 9 vấn đề, đã chỉ đạo xử lý xong 8 vấn đề, đạt 88,89%. Trong kỳ, phường tiếp nhận 21 phản ánh, kiến nghị về quy định hành chính, đã giải quyết xong 19 PAKN, đạt 90,48%.",
     [F(6, "đơn vị", "phòng, đơn vị được kiểm tra CCHC", "xa"),
      F(9, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", "BM1-3.3.1"),
      F(8, "vấn đề", "vấn đề đã xử lý xong", "xa", "BM1-3.3.2"),
      F(88.89, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", "BM1-3.3"),
      F(21, "PAKN", "PAKN tiếp nhận", "xa", "BM3-3.4.1"),
      F(19, "PAKN", "PAKN đã giải quyết xong", "xa", "BM3-3.4.2"),
      F(90.48, "%", "tỷ lệ giải quyết PAKN", "xa", "BM3-3.4")],
     "synthetic: phường Hội An (Đà Nẵng), quý III/2025"),
    ("report", "xa",
     "Từ ngày 01/7 đến 31/12/2025, UBND xã Tam Đảo ban hành 26 văn bản chỉ đạo, điều hành công tác CCHC; Kế hoạch CCHC 6 tháng cuối năm đề ra 34 nhiệm vụ, đã hoàn thành 33 nhiệm vụ, đạt 97,06%. Xã phát 465 phiếu khảo sát sự hài lòng của người dân, tổ chức.",
     [F(26, "văn bản", "văn bản chỉ đạo CCHC ban hành", "xa", "BM1-1"),
      F(34, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", "BM1-2.1"),
      F(33, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", "BM1-2.2"),
      F(97.06, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", "BM1-2"),
      F(465, "phiếu", "phiếu khảo sát sự hài lòng", "xa", "BM1-6.1")],
     "synthetic: xã Tam Đảo (Phú Thọ), 6 tháng cuối năm 2025"),
    ("report", "huyen",
     "Năm 2024, huyện Tuy Phước thực hiện tinh giản 9 biên chế công chức và 14 người làm việc tại các đơn vị sự nghiệp công lập theo Nghị định số 29/2023/NĐ-CP; tuyển dụng 6 công chức qua thi tuyển và 37 viên chức; xét chuyển 3 công chức cấp xã thành công chức cấp huyện.",
     [F(9, "biên chế", "biên chế công chức đã tinh giản", "huyen", "BM4-2.4"),
      F(14, "người", "người làm việc tại ĐVSNCL đã tinh giản", "huyen", "BM4-3.3"),
      F(6, "người", "công chức được tuyển dụng qua thi tuyển", "huyen", "BM5-2.1"),
      F(37, "người", "viên chức được tuyển dụng", "huyen", "BM5-2.4"),
      F(3, "người", "công chức cấp xã được xét chuyển lên cấp huyện", "huyen", "BM5-2.3")],
     "synthetic: huyện Tuy Phước (Bình Định, before 1/7/2025), năm 2024"),
    ("report", "xa",
     "Tháng 11/2025, UBND phường Vị Thanh phát hành 1.317 văn bản đi, trong đó 1.291 văn bản được ký số và gửi trên môi trường điện tử, tỷ lệ sử dụng văn bản điện tử đạt 98,03%, tăng 2,1% so với tháng trước.",
     [F(1317, "văn bản", "văn bản đi", "xa"),
      F(1291, "văn bản", "văn bản ký số, gửi điện tử", "xa"),
      F(98.03, "%", "tỷ lệ sử dụng văn bản điện tử", "xa", "BM7-5.2.3")],
     "synthetic: phường Vị Thanh (Cần Thơ), tháng 11/2025"),
    ("report", "huyen",
     "Đến ngày 31/12/2024, huyện Krông Nô có 43 đơn vị sự nghiệp công lập, trong đó 2 đơn vị tự bảo đảm chi thường xuyên, 9 đơn vị tự bảo đảm một phần chi thường xuyên và 32 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(43, "đơn vị", "tổng số ĐVSN công lập", "huyen", "BM6-2.1"),
      F(2, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "huyen", "BM6-2.3"),
      F(9, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "huyen", "BM6-2.4"),
      F(32, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "huyen", "BM6-2.5")],
     "synthetic: huyện Krông Nô (Đắk Nông, before 1/7/2025), năm 2024"),
    ("report", "xa",
     "Từ ngày 01/7 đến 31/12/2025, HĐND và UBND phường Bạc Liêu ban hành 4 văn bản quy phạm pháp luật; phường tự rà soát 19 văn bản, phát hiện 5 văn bản cần sửa đổi, bổ sung hoặc bãi bỏ, đến nay đã xử lý xong 4 văn bản, đạt 80%.",
     [F(4, "văn bản", "VBQPPL do cấp xã ban hành", "xa", "BM2-1.3"),
      F(19, "văn bản", "văn bản đã tự rà soát", "xa"),
      F(5, "văn bản", "văn bản cần xử lý sau rà soát", "xa", "BM2-3.2.1"),
      F(4, "văn bản", "văn bản đã xử lý xong sau rà soát", "xa", "BM2-3.2.2"),
      F(80, "%", "tỷ lệ xử lý văn bản sau rà soát", "xa", "BM2-3.2")],
     "synthetic: phường Bạc Liêu (Cà Mau), 6 tháng cuối năm 2025"),
    ("report", "xa",
     "Tháng 01/2026, Trung tâm Phục vụ hành chính công xã Thới Bình tiếp nhận 1.173 hồ sơ, bình quân khoảng 53 hồ sơ mỗi ngày làm việc; trong đó 940 hồ sơ nộp trực tuyến, đạt 80,14%; tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến đạt 77,8%. Mục tiêu quý I/2026 là trên 85% hồ sơ được nộp trực tuyến.",
     [F(1173, "hồ sơ", "hồ sơ tiếp nhận", "xa", "BM7-6.4.1"),
      F(940, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4.2"),
      F(80.14, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "xa", "BM7-6.4"),
      F(77.8, "%", "tỷ lệ thanh toán trực tuyến", "xa")],
     "synthetic: xã Thới Bình (Cà Mau), tháng 01/2026"),
]

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
KINDS = {"report", "news"}
KEYS = {"value", "unit", "measure", "scope", "approx", "code"}


def main():
    codes = set()
    for r in csv.DictReader(open(CATALOG, encoding="utf-8")):
        codes.add("BM%s-%s" % (r["form"], r["code"]))
    earlier_urls = set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                earlier_urls.add(parts[1].strip())
    errors = []
    texts = set()
    real = syn = nfacts = coded = real_facts = real_coded = approx = empty = 0
    rows, srcs = [], []
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = "H34-B-%03d" % i
        if kind not in KINDS: errors.append(cid + " kind")
        if level not in LEVELS: errors.append(cid + " level")
        if unicodedata.normalize("NFC", text) != text: errors.append(cid + " not NFC")
        if text in texts: errors.append(cid + " dup text")
        texts.add(text)
        is_syn = src.startswith("synthetic:")
        if is_syn:
            syn += 1
        else:
            real += 1
            if src in earlier_urls: errors.append(cid + " url used before")
        if not facts: empty += 1
        for f in facts:
            if set(f) != KEYS: errors.append(cid + " keys")
            if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool): errors.append(cid + " value")
            if f["scope"] not in SCOPES: errors.append(cid + " scope")
            if not isinstance(f["approx"], bool): errors.append(cid + " approx")
            if f["code"] and f["code"] not in codes: errors.append(cid + " bad code " + f["code"])
            for s in (f["unit"], f["measure"]):
                if unicodedata.normalize("NFC", s) != s: errors.append(cid + " fact not NFC")
            nfacts += 1
            coded += bool(f["code"])
            approx += f["approx"]
            if not is_syn:
                real_facts += 1
                real_coded += bool(f["code"])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append(cid + "\t" + src)
    if syn > real: errors.append("more synthetic than real")
    if errors:
        print("ERRORS:", *errors, sep="\n  ")
        sys.exit(1)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(srcs) + "\n")
    # re-read and parse
    n = 0
    for r in csv.DictReader(open(os.path.join(HERE, "cases.csv"), encoding="utf-8")):
        json.loads(r["facts"]); n += 1
    assert n == len(CASES)
    print("OK cases=%d real=%d synthetic=%d facts=%d (real %d) coded=%d (real %d) empty=%d approx=%d"
          % (len(CASES), real, syn, nfacts, real_facts, coded, real_coded, empty, approx))


if __name__ == "__main__":
    main()
