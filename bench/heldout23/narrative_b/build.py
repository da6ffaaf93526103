# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for holdout23/narrative_b and validates them."""
import csv, json, re, unicodedata, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

CASES = []  # (source, kind, level, text, facts)
def add(src, kind, level, text, facts):
    CASES.append((src, kind, level, text, facts))

# ---------------- REAL pages ----------------
U1 = "https://news.laodong.vn/thoi-su/ra-soat-sua-doi-yeu-cau-phai-nop-ho-so-goc-nop-thu-tuc-hanh-chinh-tai-noi-cu-tru-1611545.ldo"
add(U1, "news", "tinh",
    "Theo Công điện số 220/CĐ-TTg ngày 18/11/2025, đến nay 8 bộ, cơ quan đã sửa đổi, bổ sung theo thẩm quyền hoặc trình cấp có thẩm quyền ban hành 13 văn bản quy phạm pháp luật để thực thi phương án đơn giản hóa 87 TTHC, bãi bỏ 6 TTHC và cắt giảm 12 điều kiện kinh doanh; 34/34 địa phương đã công bố danh mục TTHC không phụ thuộc vào địa giới hành chính.",
    [F(8, "cơ quan", "bộ, cơ quan đã sửa đổi, bổ sung hoặc trình ban hành VBQPPL", ""),
     F(13, "văn bản", "VBQPPL đã sửa đổi, bổ sung hoặc trình ban hành", ""),
     F(87, "TTHC", "TTHC được đơn giản hóa", ""),
     F(6, "TTHC", "TTHC bị bãi bỏ", ""),
     F(12, "điều kiện kinh doanh", "điều kiện kinh doanh được cắt giảm", ""),
     F(34, "địa phương", "địa phương đã công bố danh mục TTHC không phụ thuộc địa giới hành chính", ""),
     F(34, "địa phương", "tổng số địa phương", "")])

U2 = "https://vneconomy.vn/tap-trung-hoan-thanh-cat-giam-don-gian-hoa-thu-tuc-hanh-chinh-nam-2025.htm"
add(U2, "news", "tinh",
    "Đến nay, 7 bộ gồm Xây dựng; Nông nghiệp và Môi trường; Quốc phòng; Khoa học và Công nghệ; Giáo dục và Đào tạo; Tài chính và Ngân hàng Nhà nước đã ban hành phương án cắt giảm theo thẩm quyền. Ngày 15/11/2025, Chính phủ ban hành Nghị quyết 66.7/2025/NQ-CP, theo đó 786 thủ tục có thành phần hồ sơ được thay thế bằng dữ liệu và 8 thủ tục được cắt giảm thành phần hồ sơ.",
    [F(7, "cơ quan", "bộ đã ban hành phương án cắt giảm theo thẩm quyền", ""),
     F(786, "TTHC", "thủ tục có thành phần hồ sơ được thay thế bằng dữ liệu", ""),
     F(8, "TTHC", "thủ tục được cắt giảm thành phần hồ sơ", "")])

U3 = "https://www.vietnamplus.vn/cong-dien-cua-thu-tuong-ve-hoan-thanh-thuc-thi-cat-giam-thu-tuc-hanh-chinh-dieu-kien-kinh-doanh-nam-2025-post1077970.vnp"
add(U3, "news", "tinh",
    "Theo các phương án đã được phê duyệt, tổng số TTHC sẽ được cắt giảm, đơn giản hóa là 3.071/4.888 thủ tục liên quan đến hoạt động sản xuất, kinh doanh, tương ứng 62,8%; số điều kiện kinh doanh sẽ cắt giảm là 2.269/6.974, đạt 32,5%.",
    [])

U4 = "https://www.vietnam.vn/en/bo-tu-phap-du-kien-bai-bo-520-thu-tuc-hanh-chinh-cat-giam-2-263-dieu-kien-kinh-doanh"
add(U4, "news", "tinh",
    "Thực hiện Nghị quyết số 66/NQ-CP, tính đến ngày 22/9/2025, các bộ, cơ quan ngang bộ đã chủ động cắt giảm (bãi bỏ) 172 TTHC, đơn giản hóa 718 TTHC và bãi bỏ 222 điều kiện kinh doanh. Dự kiến trong năm 2025 sẽ bãi bỏ 520 TTHC và đơn giản hóa 2.421 TTHC.",
    [F(172, "TTHC", "TTHC đã cắt giảm (bãi bỏ)", ""),
     F(718, "TTHC", "TTHC đã đơn giản hóa", ""),
     F(222, "điều kiện kinh doanh", "điều kiện kinh doanh đã bãi bỏ", "")])

U5 = "https://dantri.com.vn/thoi-su/nhung-con-so-an-tuong-tu-viec-tinh-gon-bo-may-sap-xep-lai-giang-son-20251218182224802.htm"
add(U5, "news", "tinh",
    "Từ đầu nhiệm kỳ đến tháng 12/2025, Chính phủ đã trình Quốc hội thông qua 235 luật, pháp lệnh, nghị quyết; riêng năm 2025 là 99 văn bản (gồm 78 luật và 21 nghị quyết). Chính phủ cũng đã ban hành theo thẩm quyền hơn 870 nghị định, trung bình hơn 170 nghị định mỗi năm.",
    [F(235, "văn bản", "luật, pháp lệnh, nghị quyết trình Quốc hội thông qua", ""),
     F(99, "văn bản", "văn bản trình Quốc hội thông qua năm 2025", ""),
     F(78, "văn bản", "luật được thông qua năm 2025", ""),
     F(21, "văn bản", "nghị quyết được thông qua năm 2025", ""),
     F(870, "văn bản", "nghị định ban hành theo thẩm quyền", "", True)])
add(U5, "news", "tinh",
    "Về cải cách TTHC, các bộ, ngành đã cắt giảm, đơn giản hóa 3.241/15.763 quy định kinh doanh (đạt 20,5%) tại 275 văn bản quy phạm pháp luật; tính đến 30/11, đã cắt giảm 2.371/6.974 điều kiện kinh doanh. Thời gian giải quyết TTHC dự kiến sẽ giảm 29.308 ngày trên tổng số 89.721 ngày.",
    [F(3241, "quy định", "quy định kinh doanh đã cắt giảm, đơn giản hóa", ""),
     F(15763, "quy định", "tổng số quy định kinh doanh", ""),
     F(20.5, "%", "tỷ lệ quy định kinh doanh đã cắt giảm, đơn giản hóa", ""),
     F(275, "văn bản", "VBQPPL có quy định kinh doanh được cắt giảm", ""),
     F(2371, "điều kiện kinh doanh", "điều kiện kinh doanh đã cắt giảm", ""),
     F(6974, "điều kiện kinh doanh", "tổng số điều kiện kinh doanh", "")])

U7 = "https://vietnamnet.vn/94-6-can-bo-cong-chuc-cap-xa-co-trinh-do-phu-hop-voi-vi-tri-viec-lam-2473916.html"
add(U7, "news", "tinh",
    "Trong giai đoạn từ năm 2021 đến tháng 7/2025, các bộ, ngành và địa phương đã tuyển dụng trên 209.000 cán bộ, công chức, viên chức, trong đó có hơn 4.600 trường hợp được tuyển dụng theo chính sách thu hút nhân tài.",
    [F(209000, "người", "cán bộ, công chức, viên chức được tuyển dụng", "", True),
     F(4600, "người", "trường hợp tuyển dụng theo chính sách thu hút nhân tài", "", True)])
add(U7, "news", "tinh",
    "Đến ngày 31/12/2023, tổng số đơn vị sự nghiệp công lập trong cả nước là 47.596, giảm 846 đơn vị so với năm 2021.",
    [F(47596, "đơn vị", "tổng số đơn vị sự nghiệp công lập", "")])

U9 = "https://www.vietnam.vn/en/kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-so-khoa-hoc-va-cong-nghe-tinh-cao-bang"
add(U9, "news", "so_nganh",
    "Từ đầu năm 2025 đến nay, Sở Khoa học và Công nghệ tỉnh Cao Bằng đã rà soát 20 văn bản quy phạm pháp luật. Sở có 179 TTHC thuộc thẩm quyền, đã giải quyết, cấp phép cho 183 hồ sơ của người dân, tổ chức và hỗ trợ duy trì 99 điểm bưu chính công cộng tại các xã khó khăn.",
    [F(20, "văn bản", "VBQPPL đã rà soát", "so_nganh", False, "BM2-3.1"),
     F(179, "TTHC", "TTHC thuộc thẩm quyền của Sở", "so_nganh", False, "BM3-1.4.1"),
     F(183, "hồ sơ", "hồ sơ đã giải quyết, cấp phép", "so_nganh", False, "BM3-3.1.1")])

U10 = "https://news.laodong.vn/thoi-su/bo-cong-an-cong-bo-nhieu-thu-tuc-hanh-chinh-moi-1537883.ldo"
add(U10, "news", "tinh",
    "Bộ trưởng Bộ Công an đã ký Quyết định số 5709/QĐ-BCA-C06 công bố 1 TTHC mới ban hành, 10 TTHC được sửa đổi, bổ sung và 6 TTHC bị bãi bỏ trong lĩnh vực định danh và xác thực điện tử, có hiệu lực từ ngày 01/7/2025.",
    [F(1, "TTHC", "TTHC mới ban hành được công bố", ""),
     F(10, "TTHC", "TTHC được sửa đổi, bổ sung", ""),
     F(6, "TTHC", "TTHC bị bãi bỏ", "")])

U11 = "https://news.laodong.vn/thoi-su/can-bo-tuyet-doi-khong-duoc-yeu-cau-dan-xuat-trinh-giay-to-da-tich-hop-tren-vneid-1574041.ldo"
add(U11, "news", "tinh",
    "Chỉ thị số 24/CT-TTg ngày 13/9/2025 yêu cầu các bộ, ngành, địa phương rà soát, tái cấu trúc quy trình, cắt giảm thành phần hồ sơ đối với 324 TTHC đã tích hợp giấy tờ trên VNeID và 196 TTHC có nguồn dữ liệu khai thác từ các bộ, ngành, hoàn thành trong tháng 9/2025.",
    [])

U12 = "https://news.laodong.vn/thoi-su/tap-trung-cat-giam-don-gian-hoa-thu-tuc-hanh-chinh-1586080.ldo"
add(U12, "news", "tinh",
    "Theo Công điện số 187/CĐ-TTg, hiện cả nước có tổng số 668 TTHC đặc thù của địa phương; 8 bộ có tỷ lệ TTHC liên quan đến doanh nghiệp được cung cấp trực tuyến dưới 50% và 3 địa phương có tỷ lệ tích hợp cung cấp dịch vụ công trực tuyến cho TTHC liên quan đến doanh nghiệp dưới 70%.",
    [F(668, "TTHC", "TTHC đặc thù của địa phương", ""),
     F(8, "cơ quan", "bộ có tỷ lệ TTHC doanh nghiệp cung cấp trực tuyến dưới 50%", ""),
     F(3, "địa phương", "địa phương có tỷ lệ tích hợp DVCTT cho TTHC doanh nghiệp dưới 70%", "")])

U13 = "https://www.vietnam.vn/en/phi-tuan-thu-hanh-chinh-hon-120-000-ty-dong-nam-thu-tuong-yeu-cau-cat-giam"
add(U13, "news", "tinh",
    "Tính đến ngày 20/5/2025, các bộ, ngành, địa phương đã tổng hợp, công bố 6.358 TTHC (5.801 TTHC thuộc phạm vi quản lý của bộ, ngành; 557 TTHC quy định tại văn bản của địa phương), trong đó 4.377 TTHC, chiếm 68,8%, liên quan đến hoạt động sản xuất, kinh doanh; tổng chi phí tuân thủ TTHC hơn 120.000 tỷ đồng mỗi năm.",
    [F(6358, "TTHC", "TTHC đã tổng hợp, công bố", ""),
     F(5801, "TTHC", "TTHC thuộc phạm vi quản lý của bộ, ngành", ""),
     F(557, "TTHC", "TTHC quy định tại văn bản của địa phương", ""),
     F(4377, "TTHC", "TTHC liên quan đến hoạt động sản xuất, kinh doanh", ""),
     F(68.8, "%", "tỷ lệ TTHC liên quan đến hoạt động sản xuất, kinh doanh", "")])

U14 = "https://www.vietnam.vn/en/nghe-an-trien-khai-cac-giai-phap-trong-tam-phuc-vu-nguoi-dan-va-doanh-nghiep-tot-hon"
add(U14, "news", "tinh",
    "Để phù hợp với mô hình chính quyền địa phương hai cấp, tỉnh Nghệ An đề ra 8 mục tiêu, 33 nhiệm vụ và 6 nhóm giải pháp trọng tâm về cải cách hành chính; đến nay toàn tỉnh đã hoàn thành 25/33 nhiệm vụ, đạt 75,8% kế hoạch.",
    [F(25, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", False, "BM1-2.2"),
     F(33, "nhiệm vụ", "nhiệm vụ CCHC đề ra trong kế hoạch", "tinh", False, "BM1-2.1"),
     F(75.8, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", False, "BM1-2")])

U15 = "https://news.laodong.vn/xa-hoi/hue-khai-truong-mo-hinh-giai-quyet-thu-tuc-hanh-chinh-khong-ranh-gioi-1507349.ldo"
add(U15, "news", "tinh",
    "Ngày 15/5, Bưu điện thành phố Huế khai trương điểm hướng dẫn, tiếp nhận hồ sơ và trả kết quả giải quyết TTHC không phụ thuộc địa giới hành chính tại 9 điểm bưu điện, đồng thời công bố danh sách 136 đại lý dịch vụ công trên toàn thành phố.",
    [])

U16 = "https://news.laodong.vn/xa-hoi/tu-nay-nguoi-ha-noi-co-the-lam-thu-tuc-hanh-chinh-o-bat-cu-dau-khong-phu-thuoc-dia-gioi-1591170.ldo"
add(U16, "news", "tinh",
    "Công văn số 5550/UBND-NC ngày 13/10/2025 của UBND thành phố Hà Nội yêu cầu trong năm 2025 phải bảo đảm cắt giảm tối thiểu 30% thời gian và chi phí thực hiện TTHC liên quan đến hoạt động sản xuất, kinh doanh.",
    [])

# ---------------- SYNTHETIC (real units after 1/7/2025, invented figures) ----------------
add("synthetic: Sở Tư pháp tỉnh Hà Tĩnh, 2025-9M", "report", "so_nganh",
    "9 tháng năm 2025, Sở Tư pháp tỉnh Hà Tĩnh tiếp nhận 14.286 hồ sơ TTHC, trong đó 11.907 hồ sơ nộp trực tuyến, chiếm 83,35%; đã giải quyết 13.952 hồ sơ, trong đó 13.874 hồ sơ đúng và trước hạn, đạt 99,44%.",
    [F(14286, "hồ sơ", "hồ sơ TTHC tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
     F(11907, "hồ sơ", "hồ sơ nộp trực tuyến", "so_nganh", False, "BM7-6.4.2"),
     F(83.35, "%", "tỷ lệ hồ sơ nộp trực tuyến", "so_nganh", False, "BM7-6.4"),
     F(13952, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
     F(13874, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "so_nganh", False, "BM3-3.1.2"),
     F(99.44, "%", "tỷ lệ giải quyết đúng và trước hạn", "so_nganh", False, "BM3-3.1")])

add("synthetic: Sở Nội vụ tỉnh Thanh Hóa, 2025", "report", "so_nganh",
    "Năm 2025, Sở Nội vụ tỉnh Thanh Hóa đã thẩm định, trình giải quyết chính sách nghỉ hưu trước tuổi, thôi việc theo Nghị định số 178/2024/NĐ-CP cho 2.762 người, trong đó 1.123 cán bộ, công chức và 1.639 viên chức; tổng kinh phí đã chi trả hơn 1.471 tỷ đồng.",
    [F(2762, "người", "người được giải quyết chính sách nghỉ hưu trước tuổi, thôi việc", "tinh"),
     F(1123, "người", "cán bộ, công chức được giải quyết tinh giản", "tinh", False, "BM4-2.4"),
     F(1639, "người", "viên chức được giải quyết tinh giản", "tinh", False, "BM4-3.3"),
     F(1471, "tỷ đồng", "kinh phí đã chi trả chính sách", "tinh", True)])

add("synthetic: Bộ Tư pháp (toàn quốc), 2025", "news", "tinh",
    "Năm 2025, các cơ quan có thẩm quyền trên cả nước đã cấp 1.256.408 Phiếu lý lịch tư pháp, trong đó 1.018.773 phiếu được cấp cho người nộp hồ sơ qua ứng dụng VNeID và Cổng Dịch vụ công quốc gia.",
    [F(1256408, "phiếu", "Phiếu lý lịch tư pháp đã cấp", ""),
     F(1018773, "phiếu", "Phiếu lý lịch tư pháp cấp qua VNeID và Cổng DVC quốc gia", "")])

add("synthetic: Sở Nông nghiệp và Môi trường tỉnh Nghệ An, 2025-Q4", "report", "so_nganh",
    "Quý IV/2025, Sở Nông nghiệp và Môi trường tỉnh Nghệ An tiếp nhận 6.418 hồ sơ TTHC, đã giải quyết 5.907 hồ sơ, trong đó 5.691 hồ sơ đúng hạn và 216 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai; 511 hồ sơ đang giải quyết trong hạn.",
    [F(6418, "hồ sơ", "hồ sơ TTHC tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
     F(5907, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
     F(5691, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
     F(216, "hồ sơ", "hồ sơ giải quyết quá hạn", "so_nganh"),
     F(511, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "so_nganh")])

add("synthetic: Sở Tư pháp tỉnh Quảng Trị, 2025", "report", "so_nganh",
    "Năm 2025, Sở Tư pháp tỉnh Quảng Trị đã tự kiểm tra, kiểm tra theo thẩm quyền 423 văn bản, phát hiện 17 văn bản có sai sót cần xử lý; đến nay đã xử lý xong 15/17 văn bản, đạt 88,24%.",
    [F(423, "văn bản", "văn bản đã kiểm tra theo thẩm quyền", "so_nganh", False, "BM2-2.1"),
     F(17, "văn bản", "văn bản có sai sót cần xử lý sau kiểm tra", "so_nganh", False, "BM2-2.2.1"),
     F(15, "văn bản", "văn bản đã xử lý xong", "so_nganh", False, "BM2-2.2.2"),
     F(88.24, "%", "tỷ lệ xử lý văn bản sau kiểm tra", "so_nganh", False, "BM2-2.2")])

add("synthetic: Sở Khoa học và Công nghệ tỉnh Phú Thọ, 2025", "report", "so_nganh",
    "Tính đến hết năm 2025, tỉnh Phú Thọ có 1.949/2.086 TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, đạt 93,43%; 1.219 TTHC đã được tích hợp, triển khai thanh toán trực tuyến.",
    [F(1949, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến toàn trình", "tinh"),
     F(2086, "TTHC", "tổng số TTHC", "tinh"),
     F(93.43, "%", "tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "tinh"),
     F(1219, "TTHC", "TTHC tích hợp, triển khai thanh toán trực tuyến", "tinh", False, "BM7-6.5.2")])

add("synthetic: Sở Nội vụ thành phố Hải Phòng, 2025", "report", "so_nganh",
    "Năm 2025, Sở Nội vụ thành phố Hải Phòng chủ trì kiểm tra công tác cải cách hành chính tại 14 sở, ngành và 38 UBND xã, phường, đặc khu; qua kiểm tra phát hiện 57 tồn tại, hạn chế, đến nay đã khắc phục xong 49 nội dung.",
    [F(14, "cơ quan", "sở, ngành đã kiểm tra CCHC", "so_nganh", False, "BM1-3.1"),
     F(38, "đơn vị", "UBND cấp xã đã kiểm tra CCHC", "xa"),
     F(57, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
     F(49, "vấn đề", "vấn đề đã khắc phục xong", "tinh", False, "BM1-3.3.2")])

add("synthetic: Sở Tài chính tỉnh Ninh Bình, 2025", "report", "so_nganh",
    "Đến ngày 31/12/2025, tỉnh Ninh Bình đã giải ngân 9.846.215 triệu đồng vốn đầu tư công, đạt 90,11% kế hoạch vốn được giao; mục tiêu năm 2026 là giải ngân trên 95%.",
    [F(9846215, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
     F(90.11, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", False, "BM6-1")])

add("synthetic: Sở Y tế thành phố Huế, 2025-M11", "report", "so_nganh",
    "Trong tháng 11/2025, Sở Y tế thành phố Huế tiếp nhận 1.036 hồ sơ, 100% được tiếp nhận trực tuyến; đã giải quyết 984 hồ sơ, trong đó 979 hồ sơ trước và đúng hạn, chỉ 5 hồ sơ trễ hạn.",
    [F(1036, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
     F(100, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "so_nganh", False, "BM7-6.4"),
     F(984, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
     F(979, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "so_nganh", False, "BM3-3.1.2"),
     F(5, "hồ sơ", "hồ sơ trễ hạn", "so_nganh")])

# ---------------- write + validate ----------------
def vn(v):
    """Vietnamese renderings of a value, for the 'printed in text' check."""
    out = set()
    if float(v).is_integer():
        i = int(v); s = f"{i:,}".replace(",", ".")
        out |= {s, str(i), f"{i:02d}"}
        if i >= 1000 and i % 1000 == 0: out.add(f"{i//1000:,}".replace(",", ".") + ".000")
    else:
        s = repr(float(v)); a, b = s.split("."); a = f"{int(a):,}".replace(",", ".")
        out |= {a + "," + b, a + "," + b + "0"}
    return out

def main():
    cat = set()
    for r in csv.DictReader(open(os.path.join(HERE, "..", "catalog.csv"), encoding="utf-8")):
        cat.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, texts = [], [], set()
    for n, (src, kind, level, text, facts) in enumerate(CASES, 1):
        cid = f"H23-B-{n:03d}"
        text = unicodedata.normalize("NFC", text)
        assert text not in texts, cid; texts.add(text)
        assert kind in ("report", "news") and level in ("tinh", "huyen", "xa", "so_nganh"), cid
        for f in facts:
            assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
            assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            assert f["code"] == "" or f["code"] in cat, (cid, f["code"])
            assert any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) for s in vn(f["value"])), (cid, f["value"])
            for k in ("unit", "measure"): f[k] = unicodedata.normalize("NFC", f[k])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append([cid, src])
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("case_id\tsource\n")
        for c, s in srcs: fh.write(f"{c}\t{s}\n")
    # re-read check
    nf = nc = 0; real = syn = 0; rf = sf = 0; rc = sc = 0
    for r, (c, s) in zip(csv.DictReader(open(os.path.join(HERE, "cases.csv"), encoding="utf-8")), srcs):
        fs = json.loads(r["facts"]); assert unicodedata.is_normalized("NFC", r["text"])
        k = sum(1 for f in fs if f["code"])
        nf += len(fs); nc += k
        if s.startswith("synthetic:"): syn += 1; sf += len(fs); sc += k
        else: real += 1; rf += len(fs); rc += k
    print(f"cases {len(rows)} real {real} synthetic {syn} facts {nf} (real {rf}, syn {sf}) coded {nc} (real {rc}, syn {sc})")
    print("empty:", [r[0] for r in rows if r[4] == "[]"])

if __name__ == "__main__":
    main()
