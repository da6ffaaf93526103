# -*- coding: utf-8 -*-
"""Cases of held-out set 17-B (south + Central Highlands). Run build.py to write cases.csv."""
CASES = []
_src = None
def src(s):
    global _src
    _src = s
def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
def case(kind, level, text, facts):
    CASES.append({"source_kind": kind, "doc_level": level, "text": text, "facts": facts, "source": _src})

# ---------------- real pages ----------------
src("https://vjs.vietnam.vn/en/tp-ho-chi-minh-dua-chinh-quyen-den-gan-nguoi-dan-bang-thu-tuc-hanh-chinh-phi-dia-gioi")
case("news", "tinh",
     "Theo báo cáo của Văn phòng UBND Thành phố, đến tháng 10/2025, TP.HCM đã thành lập và vận hành 38 Tổ hành chính khu vực gắn với Trung tâm Phục vụ hành chính công cấp xã; thành phố cũng đưa vào sử dụng 5 robot hỗ trợ tiếp dân.",
     [])
case("news", "tinh",
     "Hiện thành phố đang áp dụng 2.251 thủ tục hành chính, trong đó 1.996 thủ tục đã được cung cấp trực tuyến, gồm 1.778 thủ tục toàn trình và 218 thủ tục một phần. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 43,46%.",
     [F(2251, "TTHC", "tổng số TTHC đang áp dụng", "tinh", False, "BM3-1.4"),
      F(1996, "TTHC", "TTHC cung cấp trực tuyến", "tinh"),
      F(1778, "TTHC", "TTHC cung cấp trực tuyến toàn trình", "tinh"),
      F(218, "TTHC", "TTHC cung cấp trực tuyến một phần", "tinh"),
      F(43.46, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4")])
case("news", "tinh",
     "TP.HCM đã cắt giảm, đơn giản hóa 284 thủ tục, góp phần giảm ít nhất 30% thời gian và chi phí cho người dân, doanh nghiệp. Theo Bộ chỉ số 766, thành phố đạt 80,62 điểm, xếp hạng 32/34; tỷ lệ giải quyết hồ sơ đúng hạn đạt 93,47%.",
     [F(284, "TTHC", "TTHC được cắt giảm, đơn giản hóa", "tinh"),
      F(80.62, "điểm", "điểm Bộ chỉ số 766", "tinh"),
      F(93.47, "%", "tỷ lệ giải quyết hồ sơ đúng hạn", "tinh")])

src("https://www.vietnam.vn/en/bot-thu-tuc-them-niem-tin")
case("news", "so_nganh",
     "Trong 8 tháng đầu năm 2025, Công an TP.HCM đã tiếp nhận hơn 9,5 triệu hồ sơ hành chính, trong đó hơn 8,5 triệu hồ sơ nộp trực tuyến (chiếm 89,51%) và hơn 1 triệu hồ sơ nộp trực tiếp.",
     [F(9500000, "hồ sơ", "hồ sơ hành chính tiếp nhận", "so_nganh", True),
      F(8500000, "hồ sơ", "hồ sơ nộp trực tuyến", "so_nganh", True),
      F(89.51, "%", "tỷ lệ hồ sơ nộp trực tuyến", "so_nganh"),
      F(1000000, "hồ sơ", "hồ sơ nộp trực tiếp", "so_nganh", True)])
case("news", "so_nganh",
     "Hiện Công an Thành phố đang triển khai 92 dịch vụ công trực tuyến ở nhiều lĩnh vực; 190 thủ tục hành chính đã được công khai trên cổng thông tin điện tử và niêm yết tại nơi tiếp nhận hồ sơ.",
     [F(92, "dịch vụ", "dịch vụ công trực tuyến đang triển khai", "so_nganh"),
      F(190, "TTHC", "TTHC được công khai", "so_nganh")])

src("https://en.vietnamplus.vn/hcm-city-to-provide-all-public-services-online-at-level-4-by-2030/193862.vnp")
case("news", "tinh",
     "Quý I/2020, chính quyền TP.HCM cung cấp 668 dịch vụ công trực tuyến mức độ 3 và 4 trên nhiều lĩnh vực; trên 80% người dân, tổ chức cho biết hài lòng với các dịch vụ này.",
     [F(668, "dịch vụ", "dịch vụ công trực tuyến mức độ 3 và 4", "tinh", False, "BM7-6.3.1"),
      F(80, "%", "tỷ lệ người dân, tổ chức hài lòng", "tinh", True)])
case("news", "tinh",
     "Từ năm 2017, thời gian giải quyết hồ sơ hành chính của thành phố đã giảm 30 - 50%; bình quân mỗi năm có hơn 16 triệu hồ sơ được xử lý trực tuyến. Thành phố đặt mục tiêu đến năm 2030 cung cấp toàn bộ dịch vụ công trực tuyến ở mức độ 4.",
     [])

src("https://vnnow.net/en/business/ho-chi-minh-city-prioritizes-overdue-business-applications-134111.html")
case("news", "tinh",
     "Theo Sở Nội vụ TP.HCM, từ ngày 1/7 đến 15/8, các sở, ngành và địa phương đã tiếp nhận gần 620.000 hồ sơ, hơn 40% nộp trực tuyến; gần 518.700 hồ sơ đã được giải quyết, trong đó 95,5% đúng hạn hoặc trước hạn và 4,5% quá hạn.",
     [F(620000, "hồ sơ", "hồ sơ tiếp nhận", "tinh", True),
      F(40, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh", True),
      F(518700, "hồ sơ", "hồ sơ đã giải quyết", "tinh", True),
      F(95.5, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "tinh"),
      F(4.5, "%", "tỷ lệ hồ sơ quá hạn", "tinh")])
case("news", "tinh",
     "Tại cuộc họp chiều 10/9, Phó Chủ tịch UBND TP.HCM Nguyễn Mạnh Cường yêu cầu bãi bỏ ít nhất 30% điều kiện đầu tư kinh doanh không cần thiết, cắt giảm 30% thời gian giải quyết thủ tục và 30% chi phí tuân thủ theo Nghị quyết 66 của Chính phủ.",
     [])

src("https://news.laodong.vn/xa-hoi/so-tai-chinh-dak-lak-xep-hang-cuoi-bang-ve-giai-quyet-thu-tuc-hanh-chinh-1637023.ldo")
case("news", "tinh",
     "Bảng xếp hạng chất lượng giải quyết TTHC theo cơ chế một cửa, một cửa liên thông năm 2025 của tỉnh Đắk Lắk gồm 14 đơn vị. Dẫn đầu là Văn phòng UBND tỉnh với 96 điểm, tiếp theo là Sở Nội vụ (95,35 điểm) và Sở Tư pháp (95,31 điểm); Sở Tài chính đứng cuối với 87,71 điểm.",
     [F(96, "điểm", "điểm chất lượng giải quyết TTHC của Văn phòng UBND tỉnh", "so_nganh"),
      F(95.35, "điểm", "điểm chất lượng giải quyết TTHC của Sở Nội vụ", "so_nganh"),
      F(95.31, "điểm", "điểm chất lượng giải quyết TTHC của Sở Tư pháp", "so_nganh"),
      F(87.71, "điểm", "điểm chất lượng giải quyết TTHC của Sở Tài chính", "so_nganh")])
case("news", "so_nganh",
     "Trước đó, trong Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025 do UBND tỉnh Đắk Lắk công bố, Sở Tài chính cũng xếp cuối trong 14 đơn vị, đạt 87,03 điểm.",
     [F(87.03, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "so_nganh")])

src("https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-le-trong-yen-lam-viec-tang-qua-tai-xa-nam-dong")
case("news", "xa",
     "Xã Nam Dong (tỉnh Lâm Đồng) được hình thành từ xã Nam Dong và xã Đắk D'rông. Trung tâm Phục vụ hành chính công xã hoạt động từ ngày 1/7, đến nay đã tiếp nhận 427 hồ sơ, giải quyết đúng hạn 304 hồ sơ và chưa có hồ sơ quá hạn.",
     [F(427, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
      F(304, "hồ sơ", "giải quyết đúng hạn", "xa", False, "BM3-3.3.2")])

src("https://news.laodong.vn/xa-hoi/binh-duong-sap-nhap-voi-tphcm-nguoi-dan-khong-phai-di-xa-de-lam-ho-so-1519874.ldo")
case("news", "tinh",
     "Theo Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh Bình Dương, đến nay tỉnh đã thực hiện 100% thủ tục hành chính không phụ thuộc địa giới hành chính; người dân có thể đến trung tâm phục vụ hành chính công cấp xã gần nhất để nộp hồ sơ.",
     [F(100, "%", "tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính", "tinh")])
case("news", "tinh",
     "Từ tháng 4/2025, Bình Dương đã làm việc với TP.HCM và Bà Rịa - Vũng Tàu để rà soát, xây dựng hệ thống dịch vụ công trực tuyến mới; ngày 9/6, một số xã, phường của tỉnh vận hành thử, và từ ngày 1/7 người dân chỉ cần truy cập Cổng Dịch vụ công quốc gia.",
     [])

# ---------------- synthetic (real units; wording and figures mine) ----------------
src("synthetic: huyện Lắk (tỉnh Đắk Lắk), 2023")
case("report", "huyen",
     "Năm 2023, Bộ phận Một cửa huyện Lắk tiếp nhận 18.426 hồ sơ; đã giải quyết 18.102 hồ sơ, trong đó 17.935 hồ sơ đúng hạn, đạt 99,08%.",
     [F(18426, "hồ sơ", "hồ sơ tiếp nhận cấp huyện", "huyen"),
      F(18102, "hồ sơ", "hồ sơ đã giải quyết cấp huyện", "huyen", False, "BM3-3.2.1"),
      F(17935, "hồ sơ", "giải quyết đúng hạn cấp huyện", "huyen", False, "BM3-3.2.2"),
      F(99.08, "%", "tỷ lệ giải quyết đúng hạn cấp huyện", "huyen", False, "BM3-3.2")])
case("report", "huyen",
     "Tại các xã, thị trấn trên địa bàn huyện, tổng số hồ sơ đã giải quyết trong năm là 41.318, trong đó đúng hạn 41.207 hồ sơ (99,73%).",
     [F(41318, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(41207, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.73, "%", "tỷ lệ giải quyết đúng hạn cấp xã", "xa", False, "BM3-3.3")])
src("synthetic: huyện Đam Rông (tỉnh Lâm Đồng), 2022")
case("report", "huyen",
     "Trong năm 2022, UBND huyện Đam Rông tiếp nhận 12 phản ánh, kiến nghị về quy định hành chính và đã xử lý xong cả 12 phản ánh, kiến nghị, đạt 100%.",
     [F(12, "PAKN", "PAKN về quy định hành chính tiếp nhận", "huyen", False, "BM3-3.4.1"),
      F(12, "PAKN", "PAKN đã xử lý xong", "huyen", False, "BM3-3.4.2"),
      F(100, "%", "tỷ lệ xử lý PAKN", "huyen", False, "BM3-3.4")])
src("synthetic: huyện Chư Prông (tỉnh Gia Lai), 2024")
case("report", "huyen",
     "Năm 2024, UBND huyện Chư Prông đề ra 42 nhiệm vụ cải cách hành chính; tính đến ngày 15/12/2024 đã hoàn thành 40 nhiệm vụ, đạt 95,24% kế hoạch.",
     [F(42, "nhiệm vụ", "nhiệm vụ CCHC đề ra trong kế hoạch", "huyen", False, "BM1-2.1"),
      F(40, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "huyen", False, "BM1-2.2"),
      F(95.24, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "huyen", False, "BM1-2")])
src("synthetic: huyện Cai Lậy (tỉnh Tiền Giang), 6 tháng đầu năm 2024")
case("report", "huyen",
     "6 tháng đầu năm 2024, huyện Cai Lậy tiếp nhận 9.874 hồ sơ TTHC, trong đó 6.213 hồ sơ nộp trực tuyến, chiếm tỷ lệ 62,92%. Huyện phấn đấu đến cuối năm đạt trên 70% hồ sơ trực tuyến.",
     [F(9874, "hồ sơ", "hồ sơ TTHC tiếp nhận", "huyen", False, "BM7-6.4.1"),
      F(6213, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4.2"),
      F(62.92, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4")])
src("synthetic: Sở Tư pháp tỉnh Vĩnh Long, quý I/2024")
case("report", "so_nganh",
     "Quý I/2024, Sở Tư pháp tỉnh Vĩnh Long đã tham mưu Chủ tịch UBND tỉnh ban hành 05 quyết định công bố danh mục TTHC, trong đó công bố mới 07 TTHC và bãi bỏ 04 TTHC.",
     [F(5, "văn bản", "quyết định công bố danh mục TTHC", "so_nganh"),
      F(7, "TTHC", "TTHC công bố mới", "so_nganh", False, "BM3-1.2"),
      F(4, "TTHC", "TTHC bãi bỏ", "so_nganh", False, "BM3-1.3")])
src("synthetic: Sở Nội vụ tỉnh Bình Phước, 2023")
case("report", "so_nganh",
     "Theo Sở Nội vụ, năm 2023 toàn tỉnh Bình Phước tuyển dụng 86 công chức thông qua thi tuyển và 412 viên chức qua thi tuyển, xét tuyển; 23 cán bộ, công chức, viên chức bị xử lý kỷ luật.",
     [F(86, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(412, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4"),
      F(23, "người", "cán bộ, công chức, viên chức bị kỷ luật", "tinh", False, "BM5-4")])
src("synthetic: tỉnh Bến Tre, năm 2022 (số liệu đến 31/01/2023)")
case("report", "tinh",
     "Đến ngày 31/01/2023, tỉnh Bến Tre đã giải ngân 3.412.560 triệu đồng trên tổng kế hoạch vốn đầu tư công năm 2022 là 3.695.000 triệu đồng, đạt 92,36%.",
     [F(3412560, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(3695000, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(92.36, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])
src("synthetic: tỉnh Bình Dương, 31/12/2023")
case("report", "tinh",
     "Tính đến 31/12/2023, tỉnh Bình Dương có 468 đơn vị sự nghiệp công lập, trong đó 21 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 58 đơn vị tự bảo đảm chi thường xuyên, 142 đơn vị tự bảo đảm một phần chi thường xuyên và 247 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(468, "đơn vị", "tổng số ĐVSN công lập", "tinh", False, "BM6-2.1"),
      F(21, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", False, "BM6-2.2"),
      F(58, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", False, "BM6-2.3"),
      F(142, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", False, "BM6-2.4"),
      F(247, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", False, "BM6-2.5")])
src("synthetic: phường Buôn Ma Thuột (tỉnh Đắk Lắk), tháng 10/2025")
case("news", "xa",
     "Trong tháng 10/2025, Trung tâm Phục vụ hành chính công phường Buôn Ma Thuột tiếp nhận 3.846 hồ sơ, trong đó 3.129 hồ sơ trực tuyến (81,36%); đã giải quyết 3.502 hồ sơ, với 3.488 hồ sơ đúng và trước hạn.",
     [F(3846, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
      F(3129, "hồ sơ", "hồ sơ trực tuyến", "xa", False, "BM7-6.4.2"),
      F(81.36, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
      F(3502, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(3488, "hồ sơ", "giải quyết đúng và trước hạn", "xa", False, "BM3-3.3.2")])
src("synthetic: phường Diên Hồng (tỉnh Gia Lai), quý III/2025")
case("news", "xa",
     "Quý III/2025, phường Diên Hồng giải quyết xong 7.215 hồ sơ TTHC, trong đó đúng hạn 7.170 hồ sơ, đạt 99,38%; còn 45 hồ sơ trễ hạn do vướng dữ liệu đất đai sau sắp xếp.",
     [F(7215, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(7170, "hồ sơ", "giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.38, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
      F(45, "hồ sơ", "hồ sơ trễ hạn", "xa")])
src("synthetic: tỉnh Vĩnh Long (sau hợp nhất), tháng 11/2025")
case("news", "tinh",
     "Riêng tháng 11/2025, hệ thống giải quyết TTHC của tỉnh Vĩnh Long ghi nhận 41.236 giao dịch thanh toán trực tuyến với tổng số tiền gần 18.540 triệu đồng.",
     [F(41236, "giao dịch", "giao dịch thanh toán trực tuyến", "tinh"),
      F(18540, "triệu đồng", "số tiền thanh toán trực tuyến", "tinh", True)])
src("synthetic: tỉnh An Giang (sau hợp nhất), kế hoạch cuối năm 2025")
case("report", "tinh",
     "Tỉnh An Giang phấn đấu đến ngày 31/12/2025 có trên 80% hồ sơ được nộp trực tuyến toàn trình, 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và vào nhóm 10 địa phương dẫn đầu cả nước về Chỉ số phục vụ người dân, doanh nghiệp.",
     [])
src("synthetic: thị xã Buôn Hồ (tỉnh Đắk Lắk), 9 tháng năm 2024")
case("report", "huyen",
     "9 tháng năm 2024, qua kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, UBND thị xã Buôn Hồ phát hiện 14 vấn đề tồn tại, đến nay đã xử lý xong 12 vấn đề, đạt 85,71%.",
     [F(14, "vấn đề", "vấn đề phát hiện qua kiểm tra", "huyen", False, "BM1-3.3.1"),
      F(12, "vấn đề", "vấn đề đã xử lý xong", "huyen", False, "BM1-3.3.2"),
      F(85.71, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "huyen", False, "BM1-3.3")])
