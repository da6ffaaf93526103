# Builds cases.csv and sources_by_case.tsv for holdout18/narrative and validates them.
import csv, json, unicodedata, io, sys
CAT = {}
with open('/work/shared/reference/catalog.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        CAT[f"BM{r['form']}-{r['code']}"] = r['label']

CASES = []
def src(s):
    global CUR
    CUR = s
def case(kind, level, text, facts, synthetic_note=None):
    CASES.append((kind, level, text, facts, CUR))
def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

# ---------------- real pages ----------------
src("https://bnews.vn/nghi-quyet-ve-viec-sap-xep-cac-don-vi-hanh-chinh-cap-xa-thuoc-tinh-quang-tri/143800.html")
case("news", "huyen", "Theo Nghị quyết số 832/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội, huyện Hải Lăng thành lập thị trấn Diên Sanh và các xã Hải Phong, Hải Hưng, Hải Định; sau sắp xếp, huyện có 16 đơn vị hành chính cấp xã, gồm 15 xã và 1 thị trấn.", [])
case("news", "huyen", "Huyện Gio Linh thành lập xã Linh Trường, xã Phong Bình và điều chỉnh diện tích tự nhiên, dân số của các xã Gio Sơn, Gio Hải, Gio Mai; sau khi sắp xếp, huyện còn 17 đơn vị hành chính cấp xã, trong đó có 15 xã và 2 thị trấn.", [])
case("news", "tinh", "Nghị quyết có hiệu lực từ ngày 1/1/2020; kể từ thời điểm đó, tỉnh Quảng Trị có 10 đơn vị hành chính cấp huyện, gồm 8 huyện, 1 thị xã và 1 thành phố, cùng 125 đơn vị hành chính cấp xã.", [])

src("https://plo.vn/12-tinh-thanh-sap-nhap-giam-1-don-vi-hanh-chinh-cap-huyen-va-161-don-vi-hanh-chinh-cap-xa-post819738.html")
case("news", "tinh", "Theo Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, 5 tỉnh, thành phố là Hà Nội, Hà Tĩnh, Phú Thọ, Quảng Ngãi và Quảng Trị đề nghị không sắp xếp 8 đơn vị hành chính cấp huyện do có yếu tố đặc thù hoặc chưa sắp xếp vì các lý do khác.", [])

src("https://vietnamnet.vn/cap-xa-tag8129130878558793277.html")
case("news", "tinh", "Sau ba năm thực hiện sắp xếp giai đoạn 2019 - 2021, cả nước đã giảm được 8 đơn vị hành chính cấp huyện và 561 đơn vị hành chính cấp xã.",
     [F(8, "đơn vị", "đơn vị hành chính cấp huyện đã giảm", ""), F(561, "đơn vị", "đơn vị hành chính cấp xã đã giảm", "")])

src("https://tinhuyquangtri.vn/Article/ViewList.aspx?mid=2560&pageid=420&pagenumber=1069")
case("news", "tinh", "Thực hiện chủ trương sắp xếp, tinh gọn bộ máy theo Nghị quyết Trung ương 6 khóa XII, sau khi sáp nhập các trường học, tỉnh Quảng Trị đã giảm 75 trường, hiện toàn tỉnh còn 422 trường.",
     [F(75, "trường", "trường học đã giảm sau sáp nhập", "tinh")])

src("https://haiphong24h.org/tag/quang-binh")
case("news", "tinh", "Tại phiên họp lần thứ nhất ngày 20/3, Ban Chỉ đạo sắp xếp, tổ chức lại đơn vị hành chính cấp huyện, cấp xã tỉnh Quảng Bình xác định mục tiêu đưa số đơn vị hành chính cấp xã xuống dưới 30 đơn vị, giảm hơn 80% so với trước khi sáp nhập.", [])

src("https://nhipsongdoanhnghiep.cuocsongantoan.vn/vi-mo/infographic-khoang-10000-can-bo-doi-du-sau-sap-nhap-huyen-xa-3530810.html")
case("news", "tinh", "Sau khi sáp nhập huyện, xã, khoảng 10.000 cán bộ dôi dư sẽ được giải quyết theo chế độ tinh giản biên chế hoặc được bố trí sang vị trí công tác khác.", [])

src("https://www.doanhnghiepvaphattrien.com/print-159923.html")
case("news", "tinh", "Ngày 22/3, Sở Nội vụ Quảng Trị cho biết ở miền núi nhiều xã đủ diện tích nhưng thiếu dân số, còn ở đồng bằng đủ dân số lại thiếu diện tích, nên khi sáp nhập tỉnh có thể giảm hơn 70% số xã.", [])

src("https://tienphong.vn/thanh-lap-bo-nhiem-lanh-dao-cac-dang-bo-co-quan-chuyen-trach-don-vi-truc-thuoc-tinh-uy-quang-tri-post1756564.tpo")
case("news", "tinh", "Chiều 1/7, Ban Thường vụ Tỉnh ủy Quảng Trị công bố thành lập Đảng bộ UBND tỉnh trên cơ sở hợp nhất Đảng bộ UBND tỉnh Quảng Bình và Đảng bộ UBND tỉnh Quảng Trị (cũ), với Ban Chấp hành gồm 34 người, Ban Thường vụ 11 người, 1 Bí thư và 4 Phó Bí thư.", [])

src("https://btg.dongthap.gov.vn/c/portal/update_language?p_l_id=3045&redirect=%2Fweb%2Fbtg%2Fchi-tiet-bai-viet%2F-%2Fasset_publisher%2F1mOzUrGkrdAE%2Fcontent%2Fid%2F7337177%3Fplidlayout%3D3045&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_1mOzUrGkrdAE_languageId=fi_FI")
case("news", "tinh", "Hiện 63 ban tuyên giáo tỉnh ủy, thành ủy trên cả nước có 1.528 cán bộ tuyên giáo, so với chỉ tiêu được phân bổ là 1.643 người thì đạt 93%.",
     [F(1528, "người", "cán bộ tuyên giáo cấp tỉnh hiện có", ""), F(93, "%", "tỷ lệ cán bộ tuyên giáo so với chỉ tiêu được phân bổ", "")])

src("https://baoquangnam.vn/print/3004495.html")
case("news", "tinh", "Từ năm 2013, Sở Thông tin - Truyền thông Quảng Nam triển khai dự án phần mềm điều hành tác nghiệp Q-Office; đến nay, tất cả 60 đơn vị sở, ban, ngành và địa phương cấp huyện đã được cài đặt phần mềm, còn cấp xã chưa được hỗ trợ theo lộ trình.",
     [F(60, "đơn vị", "sở, ngành và địa phương cấp huyện đã cài đặt phần mềm Q-Office", "tinh")])
case("news", "xa", "Sau gần 2 năm được UBND thành phố Tam Kỳ hỗ trợ triển khai Q-Office, phường An Xuân đã chuyển từ cách gửi, nhận văn bản trao tay sang cập nhật, xử lý công việc trên máy tính.", [])

src("https://123docz.net/trich-doan/1571634-ket-qua-trong-hoat-dong-kiem-tra-xu-ly-van-ban-quy-pham-pha-p-lua-t.htm")
case("report", "tinh", "Năm 2010, Sở Tư pháp giúp UBND tỉnh tự kiểm tra 58 văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành năm 2009, gồm 13 nghị quyết và 45 quyết định; qua kiểm tra đã phát hiện và tự xử lý 06 quyết định có sai phạm.",
     [F(58, "văn bản", "VBQPPL cấp tỉnh được tự kiểm tra", "tinh"), F(13, "văn bản", "nghị quyết được tự kiểm tra", "tinh"),
      F(45, "văn bản", "quyết định được tự kiểm tra", "tinh"), F(6, "văn bản", "quyết định có sai phạm đã tự xử lý", "tinh")])

src("https://hethongphapluat.vn/ke-hoach-269-kh-ubnd-nam-2023-ve-nang-cao-chat-luong-hieu-qua-cung-cap-dich-vu-cong-truc-tuyen-tren-dia-ban-tinh-quang-ninh.html")
case("report", "tinh", "Ngày 30/10/2023, UBND tỉnh Quảng Ninh ban hành Kế hoạch số 269/KH-UBND nhằm nâng cao chất lượng, hiệu quả cung cấp dịch vụ công trực tuyến và giao chỉ tiêu tỷ lệ hồ sơ trực tuyến năm 2023 trên địa bàn tỉnh.", [])

src("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-31-2024-QD-UBND-Quy-che-quan-ly-He-thong-thong-tin-giai-quyet-thu-tuc-hanh-chinh-Ha-Tinh-630247.aspx?ac=emails")
case("report", "tinh", "Ngày 04/11/2024, UBND tỉnh Hà Tĩnh ban hành Quyết định số 31/2024/QĐ-UBND kèm theo Quy chế quản lý, vận hành, khai thác Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.", [])

src("https://vanbanphapluat.co/quyet-dinh-06-2018-qd-ubnd-quy-che-tiep-nhan-phan-anh-kien-nghi-quy-dinh-hanh-chinh-ninh-binh")
case("report", "tinh", "Quyết định số 06/2018/QĐ-UBND ngày 05/4/2018 của UBND tỉnh Ninh Bình ban hành Quy chế tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính thuộc phạm vi quản lý của UBND tỉnh, Chủ tịch UBND tỉnh.", [])

src("https://hethongphapluat.com/quyet-dinh-23-2018-qd-ubnd-ve-quy-che-tiep-nhan-xu-ly-phan-anh-kien-nghi-ve-quy-dinh-hanh-chinh-tren-dia-ban-tinh-hai-duong.html")
case("report", "tinh", "Quy chế tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính trên địa bàn tỉnh Hải Dương được ban hành kèm Quyết định số 23/2018/QĐ-UBND ngày 02/10/2018, có hiệu lực từ ngày 15/10/2018 và thay thế Quyết định số 04/2014/QĐ-UBND.", [])

src("https://truongleduan.quangtri.gov.vn/vi/hoat-dong-khoa-hoc/savefile/Nghien-cuu-trao-doi/thuc-tien-cong-tac-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-tren-dia-ban-tinh-quang-tri-368.html")
case("report", "tinh", "Để thực hiện Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị, Tỉnh ủy Quảng Trị ban hành Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019; đến ngày 17/10/2019, HĐND tỉnh thông qua Nghị quyết số 22/2019/NQ-HĐND về Đề án sắp xếp đơn vị hành chính.", [])

src("https://www.vietnam.vn/en/huong-toi-dot-pha-trong-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh")
case("news", "tinh", "Theo Kế hoạch ban hành kèm Quyết định số 1565/QĐ-TTg, Văn phòng Chính phủ chủ trì, phối hợp với Bộ Khoa học và Công nghệ, Bộ Nội vụ ứng dụng trí tuệ nhân tạo trong cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia, hoàn thành trước ngày 30/11.", [])

src("https://news.laodong.vn/thoi-su/nam-2026-ti-le-nguoi-dan-hai-long-voi-dich-vu-cong-truc-tuyen-dat-toi-thieu-95-1543123.ldo")
case("news", "tinh", "Năm 2025, kế hoạch yêu cầu duy trì 25 dịch vụ công trực tuyến toàn trình đã tích hợp trên Cổng Dịch vụ công quốc gia và cung cấp 982 dịch vụ công trực tuyến với bình quân 1.000 hồ sơ phát sinh trên mỗi dịch vụ/năm/tỉnh.", [])

src("https://vpcp.chinhphu.vn/phat-huy-hon-nua-vai-tro-vi-tri-cua-cac-cong-ttdt-bo-nganh-115230812201019472.htm")
case("news", "tinh", "Ngày 12/8/2023, Hội nghị \"Trao đổi kinh nghiệm hoạt động Cổng TTĐT các Bộ, ngành năm 2023\" diễn ra tại Quảng Ninh, với sự tham dự của người phát ngôn, lãnh đạo văn phòng và 25 lãnh đạo quản lý Cổng thông tin điện tử, Trung tâm Thông tin của các bộ, ngành.", [])

src("https://luatminhkhue.vn/quyet-dinh-31-2013-qd-ubnd-ve-quy-che-kiem-tra-va-xu-ly-van-ban-quy-pham-phap-luat-tren-dia-ban-tinh-ha-nam.aspx")
case("report", "tinh", "Ngày 01/7/2013, UBND tỉnh Hà Nam ban hành Quyết định số 31/2013/QĐ-UBND về Quy chế kiểm tra và xử lý văn bản quy phạm pháp luật trên địa bàn tỉnh; quyết định có hiệu lực sau 10 ngày kể từ ngày ký.", [])

src("https://anninhthudo.vn/ha-noi-sap-xep-xa-phuong-tag195512.antd")
case("news", "tinh", "Ngày 03/4/2025, Giám đốc Sở Nội vụ Hà Nội Trần Đình Cảnh cho biết thành phố hiện có 526 đơn vị hành chính cấp xã; nếu sắp xếp theo tỷ lệ Trung ương hướng dẫn, số xã, phường, thị trấn sẽ giảm xuống còn 263, tức khoảng 50%.", [])

# ---------------- synthetic (real units, invented consistent figures) ----------------
src("synthetic: xã Lệ Thủy (Quảng Trị), 01/7-30/9/2025")
case("news", "xa", "Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công xã Lệ Thủy tiếp nhận 3.846 hồ sơ, trong đó 3.297 hồ sơ nộp trực tuyến, đạt 85,73%; đã giải quyết 3.702 hồ sơ, trong đó 3.688 hồ sơ đúng hạn, đạt 99,62%.",
     [F(3846, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"), F(3297, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(85.73, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"), F(3702, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(3688, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"), F(99.62, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("synthetic: phường Tam Điệp (Ninh Bình), tháng 10/2025")
case("news", "xa", "Trong tháng 10/2025, Trung tâm Phục vụ hành chính công phường Tam Điệp tiếp nhận 1.125 hồ sơ và còn 14 hồ sơ giải quyết quá hạn, chủ yếu thuộc lĩnh vực đất đai; phường đã số hóa 1.087 hồ sơ, đạt 96,62%.",
     [F(1125, "hồ sơ", "tiếp nhận", "xa"), F(14, "hồ sơ", "giải quyết quá hạn", "xa"),
      F(1087, "hồ sơ", "được số hóa", "xa"), F(96.62, "%", "tỷ lệ số hóa hồ sơ", "xa")])

src("synthetic: xã Đình Lập (Lạng Sơn), 6 tháng cuối năm 2025")
case("report", "xa", "Sáu tháng cuối năm 2025, UBND xã Đình Lập tiếp nhận 18 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 17 phản ánh, kiến nghị, đạt 94,44%; 01 phản ánh còn lại đang được xem xét.",
     [F(18, "PAKN", "PAKN tiếp nhận", "xa", code="BM3-3.4.1"), F(17, "PAKN", "PAKN đã xử lý xong", "xa", code="BM3-3.4.2"),
      F(94.44, "%", "tỷ lệ xử lý PAKN", "xa", code="BM3-3.4"), F(1, "PAKN", "PAKN đang xem xét", "xa")])

src("synthetic: xã Tiên Lữ (Hưng Yên), 6 tháng cuối năm 2025")
case("report", "xa", "Sáu tháng cuối năm 2025, UBND xã Tiên Lữ ban hành 23 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 31/32 nhiệm vụ trong kế hoạch CCHC, đạt 96,88%.",
     [F(23, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "xa", code="BM1-1"), F(31, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "xa", code="BM1-2.2"),
      F(32, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "xa", code="BM1-2.1"), F(96.88, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")])

src("synthetic: xã Hương Khê (Hà Tĩnh), tháng 11/2025")
case("news", "xa", "Trong tháng 11/2025, Trung tâm Phục vụ hành chính công xã Hương Khê tiếp nhận 1.532 hồ sơ và giải quyết 1.416 hồ sơ, chỉ có 2 hồ sơ trễ hạn; xã duy trì 24 điểm hỗ trợ dịch vụ công trực tuyến tại các thôn.",
     [F(1532, "hồ sơ", "tiếp nhận", "xa"), F(1416, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(2, "hồ sơ", "giải quyết trễ hạn", "xa")])

src("synthetic: huyện Kim Bảng (Hà Nam), năm 2024")
case("report", "huyen", "Năm 2024, UBND huyện Kim Bảng giải quyết 9.874 hồ sơ thủ tục hành chính, trong đó 9.861 hồ sơ trước và đúng hạn, đạt 99,87%; tỷ lệ văn bản điện tử được gửi, nhận của UBND các xã, thị trấn đạt 98,4%.",
     [F(9874, "hồ sơ", "đã giải quyết", "huyen", code="BM3-3.2.1"), F(9861, "hồ sơ", "giải quyết trước và đúng hạn", "huyen", code="BM3-3.2.2"),
      F(99.87, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"), F(98.4, "%", "tỷ lệ văn bản điện tử của UBND cấp xã", "xa", code="BM7-5.2.3")])

src("synthetic: huyện Quan Hóa (Thanh Hóa), 9 tháng năm 2024")
case("report", "huyen", "Chín tháng năm 2024, UBND huyện Quan Hóa kiểm tra công tác cải cách hành chính tại 6 xã, thị trấn, phát hiện 11 vấn đề và đã chỉ đạo khắc phục xong 9 vấn đề; huyện tiếp tục rà soát theo 8 lĩnh vực của Bộ chỉ số.",
     [F(6, "đơn vị", "xã, thị trấn được kiểm tra CCHC", "xa"), F(11, "vấn đề", "vấn đề phát hiện qua kiểm tra", "huyen", code="BM1-3.3.1"),
      F(9, "vấn đề", "vấn đề đã xử lý xong", "huyen", code="BM1-3.3.2")])

src("synthetic: Sở Tư pháp tỉnh Hà Nam, năm 2024")
case("report", "so_nganh", "Năm 2024, Sở Tư pháp tỉnh Hà Nam tham mưu kiểm tra 36 văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành, phát hiện 2 văn bản cần xử lý và đã xử lý xong cả 2 văn bản.",
     [F(36, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "so_nganh", code="BM2-2.1"), F(2, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "so_nganh", code="BM2-2.2.1"),
      F(2, "văn bản", "VBQPPL đã xử lý xong", "so_nganh", code="BM2-2.2.2")])

src("synthetic: huyện Tiên Yên (Quảng Ninh), năm 2023")
case("news", "huyen", "Năm 2023, Trung tâm Hành chính công huyện Tiên Yên tiếp nhận 6.214 hồ sơ, trong đó 4.896 hồ sơ trực tuyến, chiếm 78,79%; 100% hồ sơ được giải quyết trước và đúng hạn.",
     [F(6214, "hồ sơ", "tiếp nhận", "huyen", code="BM7-6.4.1"), F(4896, "hồ sơ", "tiếp nhận trực tuyến", "huyen", code="BM7-6.4.2"),
      F(78.79, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", code="BM7-6.4"), F(100, "%", "tỷ lệ giải quyết trước và đúng hạn", "huyen", code="BM3-3.2")])

src("synthetic: phường Kỳ Lừa (Lạng Sơn), 01/7-31/10/2025")
case("report", "xa", "Phường Kỳ Lừa đang thực hiện 312 thủ tục hành chính thuộc thẩm quyền cấp xã; trong đó 78/96 thủ tục có nghĩa vụ tài chính đã được tích hợp thanh toán trực tuyến, đạt 81,25%.",
     [F(312, "TTHC", "TTHC thuộc thẩm quyền cấp xã đang thực hiện", "xa"), F(78, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "xa", code="BM7-6.5.2"),
      F(96, "TTHC", "TTHC có nghĩa vụ tài chính", "xa", code="BM7-6.5.1"), F(81.25, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "xa", code="BM7-6.5")])

src("synthetic: xã Thạch Hà (Hà Tĩnh), quý IV/2025")
case("news", "xa", "Quý IV/2025, Trung tâm Phục vụ hành chính công xã Thạch Hà tiếp nhận 2.764 hồ sơ, trong đó 2.519 hồ sơ trực tuyến, đạt 91,14%; có 1.846 hồ sơ được thanh toán phí, lệ phí trực tuyến.",
     [F(2764, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"), F(2519, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(91.14, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"), F(1846, "hồ sơ", "hồ sơ thanh toán trực tuyến", "xa")])

src("synthetic: phường Vĩnh Yên (Phú Thọ), tháng 9/2025")
case("news", "xa", "Tháng 9/2025, phường Vĩnh Yên giải quyết 2.108 hồ sơ, trong đó 2.093 hồ sơ đúng hạn, đạt 99,29%; phường bố trí 12 quầy tiếp nhận tại Trung tâm Phục vụ hành chính công và 5 tổ công nghệ số cộng đồng.",
     [F(2108, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"), F(2093, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.29, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

# ---------------- write + validate ----------------
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
tsv = ["case_id\tsource"]
seen = set(); nfacts = 0; ncoded = 0
for i, (kind, level, text, facts, s) in enumerate(CASES, 1):
    cid = f"H18-N-{i:03d}"
    assert kind in ("report", "news"), cid
    assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
    assert unicodedata.normalize("NFC", text) == text, cid
    assert text not in seen, cid; seen.add(text)
    for fct in facts:
        assert fct["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
        assert fct["code"] == "" or fct["code"] in CAT, (cid, fct["code"])
        assert isinstance(fct["approx"], bool)
        nfacts += 1; ncoded += bool(fct["code"])
    w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    tsv.append(f"{cid}\t{s}")
open("/work/holdout18/narrative/cases.csv", "w", encoding="utf-8").write(out.getvalue())
open("/work/holdout18/narrative/sources_by_case.tsv", "w", encoding="utf-8").write("\n".join(tsv) + "\n")
syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
print(len(CASES), "cases;", syn, "synthetic;", nfacts, "facts;", ncoded, "coded")
