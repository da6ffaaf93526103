#!/usr/bin/env python3
"""Holdout 36, writer A: holds the narrative cases, validates them and writes cases.csv + sources_by_case.tsv.

Run: python3 build.py
"""
import csv, glob, io, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CATALOG = "/work/shared/reference/catalog.csv"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


# (case_id suffix, source_kind, doc_level, text, facts, source)
CASES = []


def add(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))


# ---------------------------------------------------------------- REAL PAGES
U1 = "https://thongtin.vietnam.vn/en/giai-ngan-von-dau-tu-cong-cua-tinh-cao-hon-muc-binh-quan-chung-cua-ca-nuoc-bao-cao-bang-dien-tu"
add("report", "tinh",
    "Năm 2025, tổng vốn đầu tư công của tỉnh là 5.549.048 triệu đồng, gồm 898.390 triệu đồng kế hoạch năm 2024 được kéo dài thời gian thực hiện, giải ngân sang năm 2025 và 4.650.658 triệu đồng kế hoạch năm 2025; trong kế hoạch năm 2025, vốn ngân sách nhà nước do Thủ tướng Chính phủ giao là 4.391.909 triệu đồng, vốn tỉnh bổ sung 95.296 triệu đồng và vốn cấp huyện bổ sung 109.350 triệu đồng. Toàn bộ 5.549.048 triệu đồng đã được phân bổ, giao cho các chủ đầu tư thực hiện, đạt 100% kế hoạch.",
    [F(5549048, "triệu đồng", "tổng kế hoạch vốn đầu tư công năm 2025", "tinh", False, "BM6-1.1"),
     F(898390, "triệu đồng", "kế hoạch vốn năm 2024 kéo dài sang năm 2025", "tinh"),
     F(4650658, "triệu đồng", "kế hoạch vốn đầu tư công năm 2025", "tinh"),
     F(4391909, "triệu đồng", "vốn ngân sách nhà nước Thủ tướng Chính phủ giao", "tinh"),
     F(95296, "triệu đồng", "vốn tỉnh bổ sung", "tinh"),
     F(109350, "triệu đồng", "vốn cấp huyện bổ sung", "huyen"),
     F(5549048, "triệu đồng", "vốn đã phân bổ, giao cho chủ đầu tư", "tinh"),
     F(100, "%", "tỷ lệ vốn đã phân bổ so với kế hoạch", "tinh")],
    U1)
add("report", "tinh",
    "Đến hết ngày 30/6/2025, toàn tỉnh giải ngân được 2.258.161 triệu đồng vốn đầu tư công, đạt 40,7% kế hoạch; trong đó kế hoạch năm 2024 kéo dài giải ngân 356.229 triệu đồng (39,7%), kế hoạch năm 2025 giải ngân 1.901.932 triệu đồng (40,9%). Riêng vốn ngân sách nhà nước Thủ tướng Chính phủ giao đã giải ngân 1.880.284 triệu đồng, đạt 42,8% (vốn cân đối ngân sách địa phương 270.989 triệu đồng, vốn ngân sách trung ương 1.609.295 triệu đồng); vốn tỉnh bổ sung giải ngân 391 triệu đồng, đạt 0,3%, vốn cấp huyện bổ sung giải ngân 21.257 triệu đồng, đạt 19,4%. Kết quả này còn thấp hơn mức tối thiểu 50% kế hoạch theo Chỉ thị số 07/CT-UBND nhưng cao hơn bình quân chung cả nước (ước 32,5%).",
    [F(2258161, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
     F(40.7, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", False, "BM6-1"),
     F(356229, "triệu đồng", "giải ngân kế hoạch năm 2024 kéo dài", "tinh"),
     F(39.7, "%", "tỷ lệ giải ngân kế hoạch năm 2024 kéo dài", "tinh"),
     F(1901932, "triệu đồng", "giải ngân kế hoạch năm 2025", "tinh"),
     F(40.9, "%", "tỷ lệ giải ngân kế hoạch năm 2025", "tinh"),
     F(1880284, "triệu đồng", "giải ngân vốn Thủ tướng Chính phủ giao", "tinh"),
     F(42.8, "%", "tỷ lệ giải ngân vốn Thủ tướng Chính phủ giao", "tinh"),
     F(270989, "triệu đồng", "giải ngân vốn cân đối ngân sách địa phương", "tinh"),
     F(1609295, "triệu đồng", "giải ngân vốn ngân sách trung ương", "tinh"),
     F(391, "triệu đồng", "giải ngân vốn tỉnh bổ sung", "tinh"),
     F(0.3, "%", "tỷ lệ giải ngân vốn tỉnh bổ sung", "tinh"),
     F(21257, "triệu đồng", "giải ngân vốn cấp huyện bổ sung", "huyen"),
     F(19.4, "%", "tỷ lệ giải ngân vốn cấp huyện bổ sung", "huyen")],
    U1)

add("news", "so_nganh",
    "Theo Giám đốc Sở Tài chính tỉnh Cà Mau, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 11.446,714 tỷ đồng, trong đó vốn ngân sách địa phương 6.677,860 tỷ đồng, vốn ngân sách trung ương 4.768,091 tỷ đồng và vốn năm 2024 chuyển sang 821,263 tỷ đồng. Đến nay, toàn tỉnh đã giải ngân hơn 7.607,911 tỷ đồng, bằng 62% kế hoạch, cao hơn bình quân cả nước; trong 17 chủ đầu tư có 10 chủ đầu tư giải ngân trên mức bình quân của tỉnh, 7 chủ đầu tư còn dưới mức bình quân. Dự kiến đến ngày 31/12, tỉnh sẽ giải ngân trên 85% vốn đầu tư công.",
    [F(11446.714, "tỷ đồng", "tổng kế hoạch vốn đầu tư công năm 2025", "tinh", False, "BM6-1.1"),
     F(6677.86, "tỷ đồng", "kế hoạch vốn ngân sách địa phương", "tinh"),
     F(4768.091, "tỷ đồng", "kế hoạch vốn ngân sách trung ương", "tinh"),
     F(821.263, "tỷ đồng", "vốn năm 2024 chuyển sang", "tinh"),
     F(7607.911, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", True, "BM6-1.2"),
     F(62, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", False, "BM6-1"),
     F(10, "chủ đầu tư", "chủ đầu tư giải ngân trên mức bình quân của tỉnh", "tinh"),
     F(7, "chủ đầu tư", "chủ đầu tư giải ngân dưới mức bình quân của tỉnh", "tinh")],
    "https://news.laodong.vn/xa-hoi/toi-ngay-3112-ca-mau-giai-ngan-von-dau-tu-cong-tren-85-1629413.ldo")

U3 = "https://vietnam.vn/en/nto-ubnd-tinh-hop-nghe-bao-cao-giai-ngan-von-dau-tu-cong-cac-chuong-trinh-du-an-thuoc-khoi-van-hoa"
add("news", "tinh",
    "Theo báo cáo của Sở Tài chính tỉnh Ninh Thuận, kế hoạch đầu tư công năm 2025 do Thủ tướng Chính phủ giao gần 2.700 tỷ đồng, HĐND tỉnh giao hơn 3.330 tỷ đồng. Đến nay toàn tỉnh mới giải ngân hơn 254 tỷ đồng, đạt 9,5% kế hoạch Thủ tướng giao và 7,6% kế hoạch HĐND tỉnh giao.",
    [F(2700, "tỷ đồng", "kế hoạch đầu tư công Thủ tướng Chính phủ giao", "tinh", True, "BM6-1.1"),
     F(3330, "tỷ đồng", "kế hoạch đầu tư công HĐND tỉnh giao", "tinh", True),
     F(254, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", True, "BM6-1.2"),
     F(9.5, "%", "tỷ lệ giải ngân so với kế hoạch Thủ tướng giao", "tinh", False, "BM6-1"),
     F(7.6, "%", "tỷ lệ giải ngân so với kế hoạch HĐND tỉnh giao", "tinh")],
    U3)
add("news", "tinh",
    "Kế hoạch vốn giao cho 10 chủ đầu tư các dự án khối văn hóa - xã hội hơn 478 tỷ đồng, đến nay đã giải ngân hơn 49,1 tỷ đồng, đạt 10,3%. Đối với tổng kế hoạch vốn các chương trình mục tiêu quốc gia 225,3 tỷ đồng, đã giải ngân hơn 56,6 tỷ đồng, đạt 25,1%; riêng Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giải ngân đạt 27,4% kế hoạch.",
    [F(478, "tỷ đồng", "kế hoạch vốn khối văn hóa - xã hội", "tinh", True),
     F(49.1, "tỷ đồng", "vốn khối văn hóa - xã hội đã giải ngân", "tinh", True),
     F(10.3, "%", "tỷ lệ giải ngân khối văn hóa - xã hội", "tinh"),
     F(225.3, "tỷ đồng", "kế hoạch vốn các chương trình mục tiêu quốc gia", "tinh"),
     F(56.6, "tỷ đồng", "vốn chương trình mục tiêu quốc gia đã giải ngân", "tinh", True),
     F(25.1, "%", "tỷ lệ giải ngân vốn chương trình mục tiêu quốc gia", "tinh"),
     F(27.4, "%", "tỷ lệ giải ngân Chương trình vùng đồng bào dân tộc thiểu số và miền núi", "tinh")],
    U3)

add("news", "so_nganh",
    "Thực hiện kiến nghị sau giám sát của Thường trực HĐND tỉnh Nghệ An, Sở Tư pháp đã ban hành công văn đôn đốc các sở, ban, ngành bám sát chương trình xây dựng văn bản được giao; kết quả, từ quý IV/2013 đến hết năm 2014, tỉnh đã ban hành 174/205 văn bản theo chương trình.",
    [F(174, "văn bản", "văn bản quy phạm pháp luật đã ban hành theo chương trình", "tinh"),
     F(205, "văn bản", "văn bản trong chương trình xây dựng văn bản", "tinh")],
    "https://baonghean.vn/en/nang-cao-nhan-thuc-ve-vai-tro-cong-tac-xay-dung-van-ban-qppl-10021770.html")

add("news", "so_nganh",
    "Từ ngày 29/7 (bắt đầu đợt cao điểm) đến ngày 23/8/2024, Công an tỉnh Hải Dương đã thu nhận tổng cộng 88.765 hồ sơ đề nghị cấp căn cước, trong đó 39.915 hồ sơ của trẻ em dưới 6 tuổi, 35.094 hồ sơ của trẻ từ 6 đến 14 tuổi, 13.407 hồ sơ của người trên 14 tuổi và cấp lại 3 trường hợp; ngoài ra tiếp nhận 346 hồ sơ của công dân tạm trú. Trong số đã thu nhận, 16.379 người đã được trả thẻ căn cước.",
    [F(88765, "hồ sơ", "hồ sơ cấp căn cước đã thu nhận", "tinh"),
     F(39915, "hồ sơ", "hồ sơ cấp căn cước trẻ em dưới 6 tuổi", "tinh"),
     F(35094, "hồ sơ", "hồ sơ cấp căn cước trẻ từ 6 đến 14 tuổi", "tinh"),
     F(13407, "hồ sơ", "hồ sơ cấp căn cước người trên 14 tuổi", "tinh"),
     F(3, "trường hợp", "cấp lại căn cước", "tinh"),
     F(346, "hồ sơ", "hồ sơ cấp căn cước của công dân tạm trú", "tinh"),
     F(16379, "người", "người đã được trả thẻ căn cước", "tinh")],
    "https://baohaiduong.vn/en/hai-duong-thu-nhan-ho-so-cap-can-cuoc-cho-gan-89-000-nguoi-391185.html")

add("news", "tinh",
    "Trước và sau Kỳ họp thứ 6 HĐND tỉnh Kon Tum khóa XII, Thường trực HĐND tỉnh đã chuyển 84 lượt ý kiến, kiến nghị của cử tri đến UBND tỉnh xem xét, giải quyết, gồm 76 ý kiến, kiến nghị thuộc lĩnh vực kinh tế - ngân sách, 03 thuộc lĩnh vực pháp chế và 05 thuộc lĩnh vực văn hóa - xã hội.",
    [F(84, "ý kiến", "ý kiến, kiến nghị cử tri chuyển đến UBND tỉnh", "tinh"),
     F(76, "ý kiến", "ý kiến, kiến nghị lĩnh vực kinh tế - ngân sách", "tinh"),
     F(3, "ý kiến", "ý kiến, kiến nghị lĩnh vực pháp chế", "tinh"),
     F(5, "ý kiến", "ý kiến, kiến nghị lĩnh vực văn hóa - xã hội", "tinh")],
    "https://www.kontum.gov.vn/pages/detail/53116/Ket-qua-giai-quyet-tra-loi-y-kien-kien-nghi-cua-cu-tri-truoc-va-sau-Ky-hop-thu-6-HDND-tinh-khoa-XII.html")

add("news", "tinh",
    "Sau khi sắp xếp, tinh gọn bộ máy, UBND tỉnh Bắc Giang còn 13 cơ quan chuyên môn, giảm 6 cơ quan, với 107 phòng chuyên môn và tương đương; bộ máy mới chính thức hoạt động từ ngày 01/3/2025.",
    [F(6, "cơ quan", "cơ quan chuyên môn thuộc UBND tỉnh giảm sau sắp xếp", "so_nganh")],
    "https://www.vietnam.vn/en/bac-giang-va-bac-ninh-hoan-thanh-khung-de-an-sap-xep-2-tinh")

add("news", "tinh",
    "Sau sắp xếp, tinh gọn, khối cơ quan chuyên môn thuộc UBND tỉnh Bắc Ninh hiện có 12 sở, ngành với 72 phòng; cấp huyện có 80 phòng chuyên môn và 496 đơn vị sự nghiệp công lập. Từ tháng 12/2024 đến nay, toàn tỉnh đã giảm 174 người đứng đầu cơ quan, đơn vị.",
    [F(174, "người", "người đứng đầu cơ quan, đơn vị giảm sau sắp xếp", "tinh")],
    "https://news.laodong.vn/xa-hoi/bac-ninh-day-nhanh-tong-kiem-ke-tai-san-cong-1482700.ldo")

add("news", "so_nganh",
    "Theo Văn phòng Đăng ký đất đai tỉnh Lạng Sơn (Sở Nông nghiệp và Môi trường), từ đầu năm 2025 đến nay toàn tỉnh đã tiếp nhận hơn 17.600 hồ sơ thủ tục hành chính lĩnh vực đất đai, giải quyết, trả kết quả hơn 14.500 hồ sơ; hiện còn khoảng 3.080 hồ sơ đang giải quyết, nhiều nhất tại Hữu Lũng (811 hồ sơ), thành phố Lạng Sơn (625 hồ sơ), Chi Lăng (310 hồ sơ), Bắc Sơn (270 hồ sơ) và Cao Lộc (260 hồ sơ). Riêng Chi nhánh Văn phòng Đăng ký đất đai huyện Cao Lộc từ đầu năm đã tiếp nhận 1.094 hồ sơ, tăng 30 - 40% so với bình quân các tháng năm 2024.",
    [F(17600, "hồ sơ", "hồ sơ đất đai đã tiếp nhận", "tinh", True),
     F(14500, "hồ sơ", "hồ sơ đất đai đã giải quyết, trả kết quả", "tinh", True),
     F(3080, "hồ sơ", "hồ sơ đất đai đang giải quyết", "tinh", True),
     F(811, "hồ sơ", "hồ sơ đang giải quyết tại Hữu Lũng", "huyen"),
     F(625, "hồ sơ", "hồ sơ đang giải quyết tại thành phố Lạng Sơn", "huyen"),
     F(310, "hồ sơ", "hồ sơ đang giải quyết tại Chi Lăng", "huyen"),
     F(270, "hồ sơ", "hồ sơ đang giải quyết tại Bắc Sơn", "huyen"),
     F(260, "hồ sơ", "hồ sơ đang giải quyết tại Cao Lộc", "huyen"),
     F(1094, "hồ sơ", "hồ sơ Chi nhánh Cao Lộc đã tiếp nhận", "huyen")],
    "https://www.vietnam.vn/en/don-luc-giai-quyet-ho-so-dat-dai-o-cap-huyen-bao-va-dai-phat-thanh-truyen-hinh-lang-son")

add("news", "so_nganh",
    "Kết quả thanh tra của Thanh tra tỉnh Quảng Bình về việc cấp giấy chứng nhận quyền sử dụng đất cho thấy, giai đoạn 2020 - 2022, Sở Tài nguyên và Môi trường cùng Văn phòng Đăng ký đất đai cấp tỉnh, cấp huyện đã giải quyết hơn 20.000 hồ sơ trễ hạn so với thời gian quy định. Sở cũng chậm tham mưu Hội đồng thẩm định giá đất đối với 7 thửa đất tại Khu đô thị Bảo Ninh 2 và 66 thửa đất tại Khu đô thị Bảo Ninh 1.",
    [F(20000, "hồ sơ", "hồ sơ đất đai giải quyết trễ hạn", "so_nganh", True),
     F(7, "thửa đất", "thửa đất chậm tham mưu định giá tại Bảo Ninh 2", "so_nganh"),
     F(66, "thửa đất", "thửa đất chậm tham mưu định giá tại Bảo Ninh 1", "so_nganh")],
    "https://news.laodong.vn/bat-dong-san/hon-20000-ho-so-dat-bi-cham-giai-quyet-tai-quang-binh-1488353.ldo")

add("news", "tinh",
    "Báo cáo với Tổ công tác số 2 của Thanh tra Chính phủ, UBND tỉnh Nghệ An cho biết 9 tháng đầu năm 2025, các cơ quan hành chính đã tiếp 5.136 lượt với 5.683 công dân, tăng 17,3% so với cùng kỳ năm 2024; toàn tỉnh tiếp nhận 8.363 đơn khiếu nại, tố cáo, kiến nghị, phản ánh và tranh chấp đất đai, trong đó 7.613 đơn đủ điều kiện xử lý; số vụ khiếu nại, tố cáo phát sinh là 217 vụ, giảm 27,6%. Tỉnh đã rà soát 5 vụ việc theo Kế hoạch số 96/KH-TTCP, đến nay 4 vụ đã được kiểm tra, xử lý hoặc ban hành quyết định giải quyết.",
    [F(5136, "lượt", "lượt tiếp công dân", "tinh"),
     F(5683, "người", "công dân được tiếp", "tinh"),
     F(8363, "đơn", "đơn khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận", "tinh"),
     F(7613, "đơn", "đơn đủ điều kiện xử lý", "tinh"),
     F(217, "vụ", "vụ khiếu nại, tố cáo phát sinh", "tinh"),
     F(5, "vụ", "vụ việc đã rà soát theo Kế hoạch 96/KH-TTCP", "tinh"),
     F(4, "vụ", "vụ việc đã kiểm tra, xử lý, giải quyết", "tinh")],
    "https://news.laodong.vn/thoi-su/to-cong-tac-so-2-cua-thanh-tra-chinh-phu-lam-viec-voi-ubnd-tinh-nghe-an-1598943.ldo")

add("news", "so_nganh",
    "Tháng 8/2021, ngành thanh tra tỉnh Bến Tre tiếp nhận 66 đơn của công dân, đã chuyển 41 đơn đến cơ quan có thẩm quyền và thụ lý giải quyết 25 đơn. Thanh tra tỉnh đã ban hành quyết định giải quyết 5/13 đơn khiếu nại, 8 đơn đang tiếp tục xác minh; giải quyết xong 1 đơn tố cáo và 19 đơn kiến nghị. Trong tháng, Thanh tra tỉnh tiến hành 3 cuộc thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo, đã kết luận 2 cuộc, không phát hiện sai phạm.",
    [F(66, "đơn", "đơn của công dân tiếp nhận", "tinh"),
     F(41, "đơn", "đơn chuyển cơ quan có thẩm quyền", "tinh"),
     F(25, "đơn", "đơn thụ lý giải quyết", "tinh"),
     F(5, "đơn", "đơn khiếu nại đã có quyết định giải quyết", "so_nganh"),
     F(13, "đơn", "đơn khiếu nại thụ lý", "so_nganh"),
     F(8, "đơn", "đơn khiếu nại đang xác minh", "so_nganh"),
     F(1, "đơn", "đơn tố cáo đã giải quyết xong", "so_nganh"),
     F(19, "đơn", "đơn kiến nghị đã giải quyết xong", "so_nganh"),
     F(3, "cuộc", "cuộc thanh tra trách nhiệm tiếp công dân, giải quyết khiếu nại, tố cáo", "so_nganh"),
     F(2, "cuộc", "cuộc thanh tra đã kết luận", "so_nganh")],
    "https://baodongkhoi.vn/giai-quyet-25-don-khieu-nai-kien-nghi-cua-cong-dan-05092021-a90682.html")

U5 = "https://thanhtra.com.vn/thanh-tra/hoat-dong-nganh/quy-i-2024-phat-hien-sai-pham-kinh-te-hon-5-ty-dong-222404.html"
add("news", "so_nganh",
    "Quý I/2024, ngành Thanh tra tỉnh đã thực hiện 90 cuộc thanh tra hành chính và ban hành 48 kết luận thanh tra. Qua thanh tra tại 108 đơn vị, đã phát hiện sai phạm về kinh tế hơn 5 tỷ đồng và 1.492 m2 đất; kiến nghị kiểm điểm trách nhiệm 55 tập thể, 85 cá nhân và chuyển 1 vụ việc nghiêm trọng sang Công an tỉnh xem xét theo thẩm quyền.",
    [F(90, "cuộc", "cuộc thanh tra hành chính đã thực hiện", "so_nganh"),
     F(48, "kết luận", "kết luận thanh tra đã ban hành", "so_nganh"),
     F(108, "đơn vị", "đơn vị được thanh tra", "so_nganh"),
     F(5, "tỷ đồng", "sai phạm về kinh tế phát hiện", "so_nganh", True),
     F(1492, "m2", "diện tích đất sai phạm phát hiện", "so_nganh"),
     F(55, "tập thể", "tập thể bị kiến nghị kiểm điểm trách nhiệm", "so_nganh"),
     F(85, "cá nhân", "cá nhân bị kiến nghị kiểm điểm trách nhiệm", "so_nganh"),
     F(1, "vụ việc", "vụ việc chuyển cơ quan công an", "so_nganh")],
    U5)
add("news", "tinh",
    "So với cùng kỳ năm 2023, số lượt công dân đến các trụ sở tiếp công dân giảm 24,8%; các cơ quan quản lý nhà nước các cấp trong tỉnh đã giải quyết 1.336/1.990 vụ việc thuộc thẩm quyền, đạt tỷ lệ 68,5%, tăng 30,8%.",
    [F(1336, "vụ việc", "vụ việc thuộc thẩm quyền đã giải quyết", "tinh"),
     F(1990, "vụ việc", "vụ việc thuộc thẩm quyền phải giải quyết", "tinh"),
     F(68.5, "%", "tỷ lệ giải quyết vụ việc thuộc thẩm quyền", "tinh")],
    U5)

add("news", "tinh",
    "Làm việc với đoàn công tác, tỉnh Thừa Thiên Huế cho biết thời gian qua đã tiến hành 18 cuộc thanh tra, kiểm tra trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo tại 23 đơn vị; các kết luận, kiến nghị sau thanh tra, kiểm tra đã được các đơn vị nghiêm túc thực hiện.",
    [F(18, "cuộc", "cuộc thanh tra, kiểm tra trách nhiệm về tiếp công dân, giải quyết khiếu nại, tố cáo", "tinh"),
     F(23, "đơn vị", "đơn vị được thanh tra, kiểm tra", "tinh")],
    "https://vietnam.vn/en/nang-cao-hieu-qua-tiep-cong-dan-giai-quyet-khieu-nai-to-cao")

add("news", "tinh",
    "Năm 2025, tỉnh Thanh Hóa triển khai cơ chế ưu tiên \"luồng xanh\" đối với 4 nhóm hồ sơ với tổng số 49 thủ tục thuộc các lĩnh vực đầu tư, doanh nghiệp; xây dựng, kinh doanh bất động sản; đất đai, lâm nghiệp, khoáng sản và việc làm; cả 49 thủ tục đều được rút ngắn thời gian giải quyết từ 30% đến 60% so với trước, như thủ tục chấp thuận chủ trương đầu tư của UBND tỉnh giảm từ 26 xuống 13 ngày làm việc. Theo thống kê, từ ngày 01/7 đến ngày 13/11/2025, các cơ quan, đơn vị trong tỉnh đã tiếp nhận, giải quyết 12.118 hồ sơ của người dân, doanh nghiệp theo cơ chế \"luồng xanh\".",
    [F(49, "TTHC", "thủ tục được rút ngắn thời gian giải quyết theo cơ chế luồng xanh", "tinh"),
     F(12118, "hồ sơ", "hồ sơ tiếp nhận, giải quyết theo cơ chế luồng xanh", "tinh")],
    "https://www.vietnam.vn/de/giam-thoi-gian-tang-hieu-qua-phuc-vu")

N_REAL = len(CASES)

# ----------------------------------------------------------- SYNTHETIC CASES
add("report", "so_nganh",
    "Năm 2025, Sở Tư pháp tỉnh Hưng Yên đã kiểm tra theo thẩm quyền 308 văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành, qua đó phát hiện 21 văn bản có nội dung, căn cứ pháp lý chưa phù hợp và đề nghị cơ quan ban hành xử lý; đến ngày 31/12/2025 đã xử lý xong 18 văn bản, đạt 85,71%.",
    [F(308, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
     F(21, "văn bản", "VBQPPL cần phải xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1"),
     F(18, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", False, "BM2-2.2.2"),
     F(85.71, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", False, "BM2-2.2")],
    "synthetic: Sở Tư pháp tỉnh Hưng Yên, năm 2025 (kiểm tra, xử lý VBQPPL)")

add("report", "tinh",
    "Trong quý I/2026, Chủ tịch UBND thành phố Huế đã ban hành 14 quyết định công bố danh mục thủ tục hành chính, trong đó công bố mới 252 TTHC, sửa đổi, bổ sung 311 TTHC và bãi bỏ 61 TTHC. Tính đến ngày 31/3/2026, tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn thành phố là 1.977 thủ tục, gồm 1.592 TTHC cấp thành phố và 385 TTHC cấp xã.",
    [F(14, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
     F(252, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
     F(311, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
     F(61, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3"),
     F(1977, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", False, "BM3-1.4"),
     F(1592, "TTHC", "TTHC cấp tỉnh", "tinh", False, "BM3-1.4.1"),
     F(385, "TTHC", "TTHC cấp xã", "xa", False, "BM3-1.4.3")],
    "synthetic: UBND thành phố Huế, quý I/2026 (công bố TTHC, TTHC theo cấp)")

add("report", "tinh",
    "6 tháng đầu năm 2026, các sở, ban, ngành tỉnh Lào Cai đã giải quyết xong 48.317 hồ sơ TTHC, trong đó 47.902 hồ sơ đúng hạn, đạt 99,14%; UBND các xã, phường giải quyết xong 392.645 hồ sơ, trong đó đúng hạn 386.118 hồ sơ (98,34%), số còn lại chủ yếu chậm ở lĩnh vực đất đai và bảo trợ xã hội.",
    [F(48317, "hồ sơ", "hồ sơ sở, ngành đã giải quyết xong", "so_nganh", False, "BM3-3.1.1"),
     F(47902, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
     F(99.14, "%", "tỷ lệ hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
     F(392645, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", False, "BM3-3.3.1"),
     F(386118, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
     F(98.34, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3")],
    "synthetic: UBND tỉnh Lào Cai, 6 tháng đầu năm 2026 (giải quyết TTHC sở ngành / cấp xã)")

add("report", "so_nganh",
    "Năm 2025, Sở Nội vụ tỉnh Gia Lai đã tham mưu tuyển dụng 39 công chức thông qua thi tuyển, xét tuyển và 1.165 viên chức, chủ yếu ngành giáo dục và y tế; tuyển chọn, bổ nhiệm 4 lãnh đạo, quản lý cấp phòng thông qua thi tuyển. Trong năm, toàn tỉnh xử lý kỷ luật 26 cán bộ, công chức, viên chức, trong đó có 2 lãnh đạo cấp sở và 7 lãnh đạo cấp phòng.",
    [F(39, "người", "công chức được tuyển dụng qua thi tuyển, xét tuyển", "tinh", False, "BM5-2.1"),
     F(1165, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4"),
     F(4, "người", "lãnh đạo, quản lý được tuyển chọn qua thi tuyển", "tinh", False, "BM5-3"),
     F(26, "người", "cán bộ, công chức, viên chức bị kỷ luật", "tinh", False, "BM5-4"),
     F(2, "người", "lãnh đạo cấp sở bị kỷ luật", "so_nganh", False, "BM5-4.2"),
     F(7, "người", "lãnh đạo cấp phòng bị kỷ luật", "so_nganh", False, "BM5-4.3")],
    "synthetic: Sở Nội vụ tỉnh Gia Lai, năm 2025 (tuyển dụng, thi tuyển lãnh đạo, kỷ luật)")

add("report", "so_nganh",
    "Theo Sở Khoa học và Công nghệ thành phố Cần Thơ, quý IV/2025 thành phố cung cấp 1.886 dịch vụ công trực tuyến, gồm 1.020 dịch vụ toàn trình và 866 dịch vụ một phần; hệ thống đã tiếp nhận 312.486 hồ sơ TTHC, trong đó 268.731 hồ sơ nộp trực tuyến, đạt 86%.",
    [F(1886, "TTHC", "dịch vụ công trực tuyến đang cung cấp", "tinh", False, "BM7-6.3.1"),
     F(1020, "TTHC", "dịch vụ công trực tuyến toàn trình", "tinh", False, "BM7-6.2.2"),
     F(866, "TTHC", "dịch vụ công trực tuyến một phần", "tinh", False, "BM7-6.1.2"),
     F(312486, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", False, "BM7-6.4.1"),
     F(268731, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
     F(86, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4")],
    "synthetic: Sở KH&CN thành phố Cần Thơ, quý IV/2025 (DVCTT, hồ sơ trực tuyến)")

add("report", "tinh",
    "Năm 2025, UBND tỉnh Đồng Tháp ban hành 29 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 53/56 nhiệm vụ trong Kế hoạch CCHC năm, đạt 94,64%. Tỉnh đã kiểm tra công tác CCHC tại 9 sở, ngành và 31 xã, phường, qua đó phát hiện 47 vấn đề cần chấn chỉnh, đến nay đã xử lý xong 43 vấn đề. Năm 2026, tỉnh phấn đấu hoàn thành 100% nhiệm vụ CCHC đúng tiến độ.",
    [F(29, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "tinh", False, "BM1-1"),
     F(53, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", False, "BM1-2.2"),
     F(56, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC năm", "tinh", False, "BM1-2.1"),
     F(94.64, "%", "tỷ lệ hoàn thành kế hoạch CCHC năm", "tinh", False, "BM1-2"),
     F(9, "cơ quan", "sở, ngành đã kiểm tra CCHC", "so_nganh", False, "BM1-3.1"),
     F(31, "đơn vị", "xã, phường đã kiểm tra CCHC", "xa"),
     F(47, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
     F(43, "vấn đề", "vấn đề phát hiện đã xử lý xong", "tinh", False, "BM1-3.3.2")],
    "synthetic: UBND tỉnh Đồng Tháp, năm 2025 (chỉ đạo, kế hoạch CCHC, kiểm tra; with a target clause)")

add("report", "tinh",
    "9 tháng năm 2025, Văn phòng UBND tỉnh Quảng Ninh đã tiếp nhận 351 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính, tăng 12 phản ánh so với cùng kỳ; đã xử lý xong 337 phản ánh, kiến nghị, đạt 96,01%. Tỉnh đã công bố danh mục 1.417 TTHC được tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh.",
    [F(351, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "tinh", False, "BM3-3.4.1"),
     F(337, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
     F(96.01, "%", "tỷ lệ xử lý PAKN", "tinh", False, "BM3-3.4"),
     F(1417, "TTHC", "TTHC giải quyết không phụ thuộc địa giới hành chính", "tinh", False, "BM3-2.3")],
    "synthetic: Văn phòng UBND tỉnh Quảng Ninh, 9 tháng năm 2025 (PAKN, phi địa giới; with a comparison clause)")

add("report", "so_nganh",
    "Theo báo cáo của Sở Nội vụ tỉnh Thanh Hóa, trong năm 2025 toàn tỉnh đã tinh giản 426 biên chế công chức trong các cơ quan, tổ chức hành chính và 1.561 người làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập; ước đến hết quý I/2026 sẽ tinh giản thêm khoảng 300 người.",
    [F(426, "biên chế", "biên chế công chức đã tinh giản", "tinh", False, "BM4-2.4"),
     F(1561, "người", "người làm việc tại ĐVSNCL đã tinh giản", "tinh", False, "BM4-3.3")],
    "synthetic: Sở Nội vụ tỉnh Thanh Hóa, năm 2025 (tinh giản biên chế; with an estimate clause)")


# ---------------------------------------------------------------- VALIDATION
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}


def vn_forms(v):
    """Vietnamese renderings of a number: 1234567 -> 1.234.567 ; 98.7 -> 98,7."""
    out = set()
    if float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out |= {s, str(n), s.replace(".", "")}
        if n < 10:
            out.add(f"0{n}")
    else:
        ip, fp = repr(float(v)).split(".")
        ips = f"{int(ip):,}".replace(",", ".")
        for k in range(len(fp), 4):
            out.add(f"{ips},{fp.ljust(k, '0')}")
        out.add(f"{ips},{fp}")
    return out


def main():
    cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open(CATALOG, encoding="utf-8"))}
    earlier_urls = set()
    for f in glob.glob(os.path.join(ROOT, "earlier", "*", "*", "sources_by_case.tsv")):
        for line in open(f, encoding="utf-8"):
            p = line.rstrip("\n").split("\t")
            if len(p) > 1:
                earlier_urls.add(p[1].strip())
    readme_text = "".join(open(f, encoding="utf-8").read() for f in glob.glob(os.path.join(ROOT, "earlier", "*", "*", "README.md")))
    earlier_vals = set()
    for f in glob.glob(os.path.join(ROOT, "earlier", "*", "*", "cases.csv")):
        for r in csv.DictReader(open(f, encoding="utf-8")):
            try:
                for x in json.loads(r["facts"]):
                    earlier_vals.add(float(x["value"]))
            except Exception:
                pass
    warn = 0
    texts = set()
    rows, srcs = [], []
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H36-A-{i:03d}"
        text = unicodedata.normalize("NFC", text)
        assert kind in {"report", "news"} and level in {"tinh", "huyen", "xa", "so_nganh"}, cid
        assert text not in texts, cid
        texts.add(text)
        codes = [f["code"] for f in facts if f["code"]]
        assert len(codes) == len(set(codes)), (cid, "dup code")
        synthetic = src.startswith("synthetic:")
        if not synthetic:
            assert src not in earlier_urls and src not in readme_text, (cid, "url reused")
        for f in facts:
            assert list(f.keys()) == KEYS, cid
            assert isinstance(f["value"], (int, float)) and isinstance(f["approx"], bool), cid
            assert f["scope"] in SCOPES, cid
            assert f["code"] == "" or f["code"] in cat, (cid, f["code"])
            for k in ("unit", "measure"):
                f[k] = unicodedata.normalize("NFC", f[k])
            if not any(form in text for form in vn_forms(f["value"])):
                print("WARN value not in text", cid, f["value"]); warn += 1
            if synthetic and f["value"] >= 100 and f["value"] != 100 and float(f["value"]) in earlier_vals:
                print("WARN synthetic value equals earlier fact", cid, f["value"]); warn += 1
        rows.append({"case_id": cid, "source_kind": kind, "doc_level": level, "text": text,
                     "facts": json.dumps(facts, ensure_ascii=False)})
        srcs.append(f"{cid}\t{src}\n")
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writeheader(); w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        fh.writelines(srcs)
    # read back
    back = list(csv.DictReader(open(os.path.join(HERE, "cases.csv"), encoding="utf-8")))
    nf = nc = nfr = ncr = 0
    for j, r in enumerate(back):
        fs = json.loads(r["facts"])
        nf += len(fs); nc += sum(1 for f in fs if f["code"])
        if j < N_REAL:
            nfr += len(fs); ncr += sum(1 for f in fs if f["code"])
        assert unicodedata.is_normalized("NFC", r["text"])
    print(f"cases {len(back)} (real {N_REAL}, synthetic {len(back) - N_REAL}), facts {nf} (real {nfr}), "
          f"coded {nc} (real {ncr}), warnings {warn}")


if __name__ == "__main__":
    main()
