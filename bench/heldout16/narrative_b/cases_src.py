# Case texts (my own wording) for held-out set 16, narrative_b (south, Central Highlands, post-merger items).
# Figures come from the pages named in src(); src("synthetic: ...") marks a realistic sentence about a real unit
# written in the structure of the real pages (no page behind its figures).
def load(src, rep, news, F):
    # ------------------------------------------------ huyện Châu Thành (Kiên Giang), 6 tháng đầu năm 2017
    src("https://chauthanh.kiengiang.gov.vn/trang/TinTuc/23/1025/HUYEN-CHAU-THANH--Cai-cach-thu-tuc-hanh-chinh-dung-hang-3-15-huyen--thi--thanh-pho.html")
    news("huyen", "Sáu tháng đầu năm 2017, Bộ phận tiếp nhận và trả kết quả cấp huyện của huyện Châu Thành đã nhận 19.914 hồ sơ; số hồ sơ giải quyết đúng hẹn là 19.723, đạt 99,04%, còn 191 hồ sơ trễ hẹn, chiếm 0,96%.",
         [F(19914, "hồ sơ", "hồ sơ tiếp nhận cấp huyện", "huyen"),
          F(19723, "hồ sơ", "giải quyết đúng hẹn", "huyen", code="BM3-3.2.2"),
          F(99.04, "%", "tỷ lệ giải quyết đúng hẹn", "huyen", code="BM3-3.2"),
          F(191, "hồ sơ", "hồ sơ trễ hẹn", "huyen"),
          F(0.96, "%", "tỷ lệ hồ sơ trễ hẹn", "huyen")])
    news("huyen", "Cùng kỳ, các xã, thị trấn trong huyện tiếp nhận và giải quyết đúng hẹn 34.365 hồ sơ, tỷ lệ đúng hẹn ở cấp xã đạt 100%.",
         [F(34365, "hồ sơ", "hồ sơ cấp xã tiếp nhận và giải quyết đúng hẹn", "xa", code="BM3-3.3.2"),
          F(100, "%", "tỷ lệ giải quyết đúng hẹn cấp xã", "xa", code="BM3-3.3")])
    news("huyen", "Trong khảo sát mức độ hài lòng của doanh nghiệp về cải cách thủ tục hành chính năm 2016 do UBND tỉnh thực hiện, huyện Châu Thành được 297,2 điểm, đứng thứ 3/15 huyện, thị xã, thành phố và tăng 5 bậc so với năm 2015.",
         [F(297.2, "điểm", "điểm khảo sát hài lòng của doanh nghiệp về cải cách TTHC", "huyen")])

    # ------------------------------------------------ tỉnh Kon Tum, quý III/2023 (kontum.gov.vn, 26/09/2023)
    src("https://kontum.gov.vn/pages/detail/48736/Quy-32023-987-ho-so-TTHC-da-duoc-giai-quyet-truoc-han-dung-han.html")
    news("tinh", "Trong quý III/2023, các cơ quan, đơn vị, địa phương của tỉnh Kon Tum đã tiếp nhận 64.933 hồ sơ qua Hệ thống thông tin giải quyết TTHC của tỉnh, gồm 15.110 hồ sơ trực tuyến, 45.161 hồ sơ nộp trực tiếp và qua bưu chính công ích cùng 4.662 hồ sơ của kỳ trước chuyển sang.",
         [F(64933, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
          F(15110, "hồ sơ", "hồ sơ trực tuyến", "tinh"),
          F(45161, "hồ sơ", "hồ sơ trực tiếp và qua bưu chính công ích", "tinh"),
          F(4662, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "tinh")])
    news("tinh", "Trong số đó, 59.123 hồ sơ đã được giải quyết, với 58.350 hồ sơ đúng và sớm hạn (đạt 98,7%); 818 hồ sơ trễ hạn, phần lớn do thao tác kết thúc trên hệ thống chậm so với bản giấy; 6.123 hồ sơ còn trong thời hạn giải quyết.",
         [F(59123, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
          F(58350, "hồ sơ", "giải quyết đúng và sớm hạn", "tinh"),
          F(98.7, "%", "tỷ lệ giải quyết đúng và sớm hạn", "tinh"),
          F(818, "hồ sơ", "hồ sơ trễ hạn", "tinh"),
          F(6123, "hồ sơ", "hồ sơ đang trong hạn giải quyết", "tinh")])
    news("tinh", "Riêng quý III, thanh toán trực tuyến nghĩa vụ tài chính về đất đai có 1.183 giao dịch thành công với số tiền gần 3,148 tỷ đồng; thanh toán trực tuyến phí, lệ phí khi giải quyết TTHC có 3.412 giao dịch thành công, tổng số tiền 304,443 triệu đồng.",
         [F(1183, "giao dịch", "giao dịch thanh toán trực tuyến nghĩa vụ tài chính về đất đai", "tinh"),
          F(3.148, "tỷ đồng", "số tiền thanh toán trực tuyến nghĩa vụ tài chính về đất đai", "tinh", True),
          F(3412, "giao dịch", "giao dịch thanh toán trực tuyến phí, lệ phí", "tinh"),
          F(304.443, "triệu đồng", "số tiền thanh toán trực tuyến phí, lệ phí", "tinh")])

    # ------------------------------------------------ tỉnh Kon Tum, năm 2020 (kontum.gov.vn, 31/12/2020)
    src("https://kontum.gov.vn/pages/detail/37008/Kon-Tum-dat-va-vuot-chi-tieu-nam-2020-ve-cung-cap-tich-hop-dich-vu-cong-truc-tuyen-tren-Cong-dich-vu-cong-Quoc-gia.html")
    news("tinh", "Tính đến cuối năm 2020, trên địa bàn tỉnh Kon Tum có 1.975 thủ tục hành chính, trong đó cấp tỉnh 1.577 thủ tục, cấp huyện 280 thủ tục và cấp xã 118 thủ tục.",
         [F(1975, "TTHC", "tổng số TTHC trên địa bàn tỉnh", "tinh", code="BM3-1.4"),
          F(1577, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
          F(280, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
          F(118, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])
    news("tinh", "Cổng dịch vụ công và hệ thống một cửa điện tử của tỉnh đã cập nhật 772 dịch vụ công trực tuyến được phê duyệt, gồm 296 dịch vụ mức độ 3 và 476 dịch vụ mức độ 4; tỷ lệ dịch vụ công mức độ 3, 4 trên tổng số TTHC đạt 39%.",
         [F(772, "dịch vụ", "DVC trực tuyến mức độ 3, 4 được phê duyệt và cập nhật", "tinh", code="BM7-6.3.1"),
          F(296, "dịch vụ", "DVC trực tuyến mức độ 3", "tinh", code="BM7-6.1.2"),
          F(476, "dịch vụ", "DVC trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
          F(39, "%", "tỷ lệ DVC mức độ 3, 4 trên tổng số TTHC", "tinh")])
    news("tinh", "Trong năm 2020, UBND tỉnh đã ban hành 05 quyết định phê duyệt danh mục dịch vụ công trực tuyến mức độ 3, 4 thực hiện trên địa bàn và 02 quyết định phê duyệt danh mục, lộ trình tích hợp dịch vụ công lên Cổng Dịch vụ công quốc gia.",
         [F(5, "văn bản", "quyết định phê duyệt danh mục DVC trực tuyến mức độ 3, 4", "tinh"),
          F(2, "văn bản", "quyết định phê duyệt danh mục, lộ trình tích hợp lên Cổng DVC quốc gia", "tinh")])

    # ------------------------------------------------ Kon Tum, hồ sơ trễ hạn đầu năm 2025 (Lao Động)
    src("https://news.laodong.vn/xa-hoi/gia-lai-kon-tum-yeu-cau-cong-chuc-viet-phieu-xin-loi-nguoi-dan-khi-ho-so-tre-han-1521883.ldo")
    news("tinh", "Qua rà soát, chỉ trong tháng 2 và tháng 3/2025, trên địa bàn 7 huyện, thành phố của tỉnh Kon Tum đã có 81 hồ sơ bị trễ hạn, chủ yếu tại các Chi nhánh Văn phòng Đăng ký đất đai.",
         [F(81, "hồ sơ", "hồ sơ trễ hạn", "tinh")])
    news("tinh", "Sở Nông nghiệp và Môi trường tỉnh Kon Tum yêu cầu 100% hồ sơ TTHC quá hạn phải có báo cáo giải trình gửi thủ trưởng cơ quan, đơn vị, đồng thời công chức xử lý phải lập phiếu xin lỗi và hẹn lại ngày trả kết quả.",
         [])

    # ------------------------------------------------ Vĩnh Long, hội nghị tháng 01/2026 (TTXVN)
    src("https://vietnam.vnanet.vn/vietnamese/tin-van/lay-nguoi-dan-doanh-nghiep-lam-trung-tam-phuc-vu-422675.html")
    news("tinh", "Năm 2025, giai đoạn đầu sau sáp nhập, thứ hạng của tỉnh Vĩnh Long trên bảng xếp hạng Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg liên tục giảm, có lúc đứng thứ 32/34 tỉnh, thành phố.",
         [])

    # ------------------------------------------------ Lâm Đồng, đoàn công tác tháng 8/2025 (Lao Động)
    src("https://news.laodong.vn/xa-hoi/lam-dong-lap-12-doan-cong-tac-kiem-tra-thao-go-kho-khan-hanh-chinh-cap-xa-1553845.ldo")
    news("tinh", "Ban Thường vụ Tỉnh ủy và UBND tỉnh Lâm Đồng đã thành lập 12 đoàn công tác đi đến 35 xã, phường để nắm tình hình, tháo gỡ khó khăn cho chính quyền cấp xã trong giai đoạn đầu vận hành mô hình hai cấp.",
         [])

    # ------------------------------------------------ Sóc Trăng, chuẩn bị hợp nhất (Lao Động, 6/2025)
    src("https://news.laodong.vn/thoi-su/dam-bao-tien-do-sap-xep-to-chuc-bo-may-sau-hop-nhat-can-tho-soc-trang-hau-giang-1525967.ldo")
    news("tinh", "Sở Nội vụ tỉnh Sóc Trăng đã hoàn thành 42 hồ sơ thành lập cơ quan chuyên môn thuộc UBND các xã, phường mới (trừ xã Phong Nam) và xây dựng 42 đề án thành lập Trung tâm Phục vụ hành chính công kèm phương án nhân sự.",
         [])

    # ------------------------------------------------ Cần Thơ, cấp xã mới (Báo Chính phủ, 08/7/2025)
    src("https://thongtin.vietnam.vn/en/cap-xa-moi-o-can-tho-dich-vu-thong-suot-nguoi-dan-hai-long")
    news("tinh", "Từ ngày 01/7/2025, thành phố Cần Thơ chính thức sắp xếp các xã, phường trên địa bàn ba địa phương Cần Thơ, Hậu Giang và Sóc Trăng thành 103 xã, phường mới.",
         [])

    # ------------------------------------------------ Gia Lai, cải cách TTHC (Lao Động, 12/2025)
    src("https://news.laodong.vn/xa-hoi/gia-lai-lot-top-dau-ca-nuoc-ve-phuc-vu-nguoi-dan-doanh-nghiep-1633527.ldo")
    news("tinh", "Tỉnh Gia Lai đã rà soát toàn bộ TTHC và cắt giảm hơn 55% thời gian giải quyết; thời gian thực hiện thủ tục cho dự án ngoài khu kinh tế, khu công nghiệp giảm từ 242 ngày xuống 60 ngày, cấp giấy chứng nhận đăng ký doanh nghiệp rút từ 3 ngày còn 3 giờ.",
         [])

    # ------------------------------------------------ Kiên Giang, CCHC năm 2017 (Sở Nội vụ, 25/12/2017)
    src("http://sonoivu.kiengiang.gov.vn/index2.jsp?menuId=1115&articleId=40933")
    news("tinh", "Năm 2017, UBND tỉnh Kiên Giang ban hành Kế hoạch số 139/KH-UBND về công tác cải cách hành chính, Quyết định số 1059/QĐ-UBND về chuyển đổi vị trí công tác định kỳ và Chỉ thị số 1453/CT-UBND về nâng cao các chỉ số CCHC, PCI, SIPAS, PAPI.",
         [])

    # ------------------------------------------------ đặc khu Phú Quốc (Lao Động, 12/2025)
    src("https://news.laodong.vn/xa-hoi/tang-toc-phuc-vu-nguoi-dan-1633930.ldo")
    news("xa", "Từ khi sáp nhập, lượng người đến Trung tâm Phục vụ hành chính công đặc khu Phú Quốc rất lớn, bình quân mỗi ngày từ 800 - 1.000 lượt người.",
         [])

    # ------------------------------------------------ Đồng Nai, làm việc với Văn phòng Chính phủ (Dân trí, 03/12/2025)
    src("https://dantri.com.vn/noi-vu/dong-nai-dung-thu-3-ca-nuoc-ve-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-20251203163745889.htm")
    news("tinh", "Từ ngày 01/7 đến 30/11/2025, Hệ thống thông tin giải quyết TTHC của tỉnh Đồng Nai ghi nhận gần 730.000 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 97,4%, tỷ lệ hồ sơ thanh toán trực tuyến đạt 98,7% và tỷ lệ giải quyết trước hạn, đúng hạn, trong hạn đạt 99%.",
         [F(730000, "hồ sơ", "hồ sơ trên Hệ thống thông tin giải quyết TTHC", "tinh", True),
          F(97.4, "%", "tỷ lệ hồ sơ trực tuyến", "tinh"),
          F(98.7, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "tinh"),
          F(99, "%", "tỷ lệ giải quyết trước hạn, đúng hạn, trong hạn", "tinh")])
    news("tinh", "Cổng Dịch vụ công quốc gia đánh giá kết quả thực hiện cơ chế một cửa, một cửa liên thông của Đồng Nai đạt 92,2/100 điểm, tăng 19 điểm, xếp hạng 3/34 tỉnh, thành phố, tăng 12 bậc so với đầu tháng 7.",
         [F(92.2, "điểm", "kết quả thực hiện cơ chế một cửa, một cửa liên thông", "tinh")])
    news("tinh", "Đến nay, Trung tâm Phục vụ hành chính công tỉnh và 95 xã, phường của Đồng Nai đã vận hành ổn định về trụ sở, trang thiết bị.",
         [])

    # ------------------------------------------------ Đồng Nai, đoàn kiểm tra CCHC (Báo Đồng Nai, 03/9/2025)
    src("https://baodongnai.com.vn/english/politics/202509/checking-administrative-reform-and-controlling-administrative-procedures-in-some-communes-and-wards-6f605f3")
    news("tinh", "Đến nay, 99% hồ sơ TTHC của người dân, tổ chức trên địa bàn tỉnh Đồng Nai được giải quyết đúng hạn; tính đến ngày 29/8/2025, tỉnh xếp thứ 4/34 về chỉ số phục vụ người dân, doanh nghiệp, còn Chỉ số CCHC năm 2024 đứng thứ 8/63, tăng 24 bậc.",
         [F(99, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh")])
    news("tinh", "Đoàn kiểm tra số 195 do Phó Giám đốc Sở Nội vụ làm trưởng đoàn đã công bố quyết định kiểm tra công tác CCHC, kiểm soát TTHC tại UBND phường Bình Long, phường An Lộc và các xã Nha Bích, Tân Hưng, Tân Quan.",
         [])

    # ------------------------------------------------ Đồng Nai, sơ kết 9 tháng CCHC (Báo Đồng Nai, 13/9/2025)
    src("https://baodongnai.com.vn/english/politics/202509/dong-nai-boasts-many-highlights-in-its-administrative-reforms-c911a5c")
    news("tinh", "Trong 9 tháng năm 2025, tỉnh Đồng Nai triển khai nhiều mô hình như \"Mô hình không phụ thuộc địa giới hành chính\", \"Chiến dịch 30 ngày nâng tỷ lệ số hóa hồ sơ và dịch vụ công trực tuyến\" và \"Chiến dịch 30 ngày đêm giải ngân vốn đầu tư công\".",
         [])

    # ------------------------------------------------ xã An Hòa (Gia Lai), tuần đầu vận hành (Báo Gia Lai, 10/7/2025)
    src("https://thongtin.vietnam.vn/en/pho-chu-tich-thuong-truc-hdnd-tinh-gia-lai-truong-van-dat-kiem-tra-hoat-dong-tai-xa-an-hoa")
    news("xa", "Từ ngày 01/7, Trung tâm Phục vụ hành chính công xã An Hòa đã tiếp nhận 60 hồ sơ lĩnh vực tư pháp, tất cả đều nộp trực tuyến; Trung tâm đã trả kết quả trước hạn 52 hồ sơ, 8 hồ sơ đang giải quyết.",
         [F(60, "hồ sơ", "hồ sơ lĩnh vực tư pháp tiếp nhận", "xa"),
          F(52, "hồ sơ", "trả kết quả trước hạn", "xa"),
          F(8, "hồ sơ", "hồ sơ đang giải quyết", "xa")])
    news("xa", "Xã An Hòa mới được hình thành từ hai xã An Hòa và An Quang cũ, có hơn 14.000 dân, trong đó gần 1.400 người dân tộc H'rê.",
         [])

    # ------------------------------------------------ Bến Tre, đề án sắp xếp cấp xã (Lao Động, 15/4/2025)
    src("https://news.laodong.vn/thoi-su/ben-tre-du-kien-giam-con-48-xa-phuong-sau-sap-xep-1491898.ldo")
    news("tinh", "Theo đề án, tỉnh Bến Tre dự kiến sắp xếp 148 xã, phường, thị trấn hiện có thành 48 đơn vị hành chính cấp xã, gồm 43 xã và 5 phường, giảm 100 đơn vị, tương ứng 67,56%.",
         [])

    # ------------------------------------------------ Bà Rịa - Vũng Tàu, phương án sắp xếp (Lao Động, 15/4/2025)
    src("https://news.laodong.vn/xa-hoi/ba-ria-vung-tau-du-kien-con-29-phuong-xa-1-dac-khu-sau-sap-xep-1491762.ldo")
    news("tinh", "Ban Chấp hành Đảng bộ tỉnh Bà Rịa - Vũng Tàu thống nhất phương án sắp xếp còn 30 đơn vị hành chính cấp xã, gồm 11 phường, 18 xã và đặc khu Côn Đảo, giảm 47 đơn vị (61,02%).",
         [])

    # ------------------------------------------------ Bến Tre, chuẩn bị cho xã mới (Lao Động, 6/2025)
    src("https://news.laodong.vn/xa-hoi/ben-tre-khan-truong-chuan-bi-dua-cac-xa-moi-vao-hoat-dong-tu-ngay-17-1524640.ldo")
    news("tinh", "Chủ tịch UBND tỉnh Bến Tre ký Công văn số 4558 yêu cầu chuẩn bị điều kiện để các đơn vị hành chính cấp xã mới chính thức hoạt động từ ngày 01/7/2025, theo Đề án số 4342/DA-UBND ngày 09/6/2025.",
         [])

    # ================================================ SYNTHETIC cases (real units, figures invented, structures of the real pages)
    src("synthetic: huyện Cư Jút (Đắk Nông), năm 2023")
    rep("huyen", "Năm 2023, Bộ phận Một cửa huyện Cư Jút tiếp nhận 8.214 hồ sơ; đã giải quyết 8.105 hồ sơ, trong đó 8.062 hồ sơ đúng hạn, đạt 99,47%.",
        [F(8214, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
         F(8105, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
         F(8062, "hồ sơ", "giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
         F(99.47, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2")])
    rep("huyen", "Trong tổng số 8.214 hồ sơ huyện tiếp nhận, có 5.120 hồ sơ nộp trực tuyến, chiếm 62,33%.",
        [F(8214, "hồ sơ", "tổng số hồ sơ tiếp nhận", "huyen", code="BM7-6.4.1"),
         F(5120, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", code="BM7-6.4.2"),
         F(62.33, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen", code="BM7-6.4")])

    src("synthetic: thị trấn Chư Sê (Gia Lai), quý I/2024")
    rep("xa", "Quý I/2024, UBND thị trấn Chư Sê giải quyết xong 1.236 hồ sơ TTHC, trong đó 1.229 hồ sơ trước hạn và đúng hạn (99,43%), 7 hồ sơ trễ hạn.",
        [F(1236, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
         F(1229, "hồ sơ", "giải quyết trước hạn và đúng hạn", "xa", code="BM3-3.3.2"),
         F(99.43, "%", "tỷ lệ giải quyết trước hạn và đúng hạn", "xa", code="BM3-3.3"),
         F(7, "hồ sơ", "hồ sơ trễ hạn", "xa")])

    src("synthetic: huyện Ngọc Hồi (Kon Tum), 6 tháng đầu năm 2024")
    news("huyen", "Sáu tháng đầu năm 2024, huyện Ngọc Hồi tiếp nhận 3.486 hồ sơ TTHC, trong đó 2.911 hồ sơ được nộp qua môi trường mạng, đạt tỷ lệ 83,51%.",
         [F(3486, "hồ sơ", "tổng số hồ sơ tiếp nhận", "huyen", code="BM7-6.4.1"),
          F(2911, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", code="BM7-6.4.2"),
          F(83.51, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", code="BM7-6.4")])

    src("synthetic: huyện Đạ Huoai (Lâm Đồng), năm 2022")
    rep("huyen", "Kế hoạch cải cách hành chính năm 2022 của UBND huyện Đạ Huoai đề ra 36 nhiệm vụ; đến ngày 15/12/2022, huyện đã hoàn thành 36/36 nhiệm vụ, đạt 100% kế hoạch.",
        [F(36, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "huyen", code="BM1-2.1"),
         F(36, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "huyen", code="BM1-2.2"),
         F(100, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "huyen", code="BM1-2")])
    rep("huyen", "Trong năm 2022, UBND huyện Đạ Huoai đã ban hành 14 văn bản chỉ đạo, điều hành công tác cải cách hành chính.",
        [F(14, "văn bản", "văn bản chỉ đạo, điều hành CCHC", "huyen")])

    src("synthetic: phường Long Xuyên (An Giang), 01/7-30/9/2025")
    news("xa", "Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công phường Long Xuyên tiếp nhận 9.842 hồ sơ, trong đó 7.913 hồ sơ trực tuyến, chiếm 80,4%. Trung tâm đã giải quyết 9.517 hồ sơ, trong đó 9.478 hồ sơ đúng hạn, đạt 99,59%.",
         [F(9842, "hồ sơ", "tổng số hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
          F(7913, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
          F(80.4, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
          F(9517, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
          F(9478, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
          F(99.59, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

    src("synthetic: xã Đất Mũi (Cà Mau), tháng 10/2025")
    news("xa", "Trong tháng 10/2025, Trung tâm Phục vụ hành chính công xã Đất Mũi tiếp nhận 612 hồ sơ, đã giải quyết và trả kết quả 598 hồ sơ, không có hồ sơ trễ hạn.",
         [F(612, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
          F(598, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "xa", code="BM3-3.3.1")])

    src("synthetic: tỉnh Bạc Liêu, năm 2024")
    rep("tinh", "Năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Bạc Liêu tiếp nhận 14 phản ánh, kiến nghị về quy định thủ tục hành chính và đã xử lý xong 14/14 phản ánh, kiến nghị, đạt 100%.",
        [F(14, "PAKN", "PAKN về quy định TTHC tiếp nhận", "tinh", code="BM3-3.4.1"),
         F(14, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
         F(100, "%", "tỷ lệ xử lý PAKN về quy định TTHC", "tinh", code="BM3-3.4")])

    src("synthetic: tỉnh Sóc Trăng, năm 2023")
    rep("tinh", "Tính đến ngày 15/11/2023, tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn tỉnh Sóc Trăng là 1.912 thủ tục, gồm 1.498 TTHC cấp tỉnh, 289 TTHC cấp huyện và 125 TTHC cấp xã.",
        [F(1912, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", code="BM3-1.4"),
         F(1498, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
         F(289, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
         F(125, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])

    src("synthetic: tỉnh Hậu Giang, năm 2023")
    rep("tinh", "Năm 2023, Chủ tịch UBND tỉnh Hậu Giang ban hành 38 quyết định công bố danh mục TTHC, trong đó công bố mới 96 TTHC và bãi bỏ 71 TTHC.",
        [F(38, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
         F(96, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
         F(71, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3")])

    src("synthetic: tỉnh Trà Vinh, năm 2022")
    rep("tinh", "Trong năm 2022, UBND tỉnh Trà Vinh phê duyệt phương án đơn giản hóa đối với 45 TTHC thuộc thẩm quyền giải quyết của tỉnh.",
        [F(45, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")])

    src("synthetic: tỉnh Tiền Giang, năm 2023")
    rep("tinh", "Hiện tỉnh Tiền Giang có 27 TTHC được thực hiện theo cơ chế liên thông cùng cấp và 64 TTHC liên thông giữa các cấp chính quyền.",
        [F(27, "TTHC", "TTHC liên thông cùng cấp", "tinh", code="BM3-2.1"),
         F(64, "TTHC", "TTHC liên thông giữa các cấp chính quyền", "tinh", code="BM3-2.2")])

    src("synthetic: tỉnh Long An, năm 2024")
    rep("tinh", "Đến hết năm 2024, tỉnh Long An đã công bố 1.104 TTHC được tiếp nhận và trả kết quả không phụ thuộc vào địa giới hành chính.",
        [F(1104, "TTHC", "TTHC tiếp nhận, trả kết quả không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3")])

    src("synthetic: tỉnh Bình Phước, năm 2021")
    rep("tinh", "Năm 2021, tỉnh Bình Phước cung cấp 312 dịch vụ công trực tuyến mức độ 3 và 1.095 dịch vụ công trực tuyến mức độ 4; cả 1.407 dịch vụ này đều đã được tích hợp lên Cổng Dịch vụ công quốc gia.",
        [F(312, "dịch vụ", "DVC trực tuyến mức độ 3", "tinh", code="BM7-6.1.2"),
         F(1095, "dịch vụ", "DVC trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
         F(1407, "dịch vụ", "DVC mức độ 3, 4 tích hợp lên Cổng DVC quốc gia", "tinh", code="BM7-6.3.2")])

    src("synthetic: tỉnh Ninh Thuận, năm 2023")
    rep("tinh", "Năm 2023, tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan nhà nước tỉnh Ninh Thuận đạt 98,6%; 100% sở, ban, ngành đã kết nối, liên thông với Hệ thống thông tin giải quyết TTHC của tỉnh.",
        [F(98.6, "%", "tỷ lệ văn bản điện tử", "tinh", code="BM7-5.2"),
         F(100, "%", "tỷ lệ sở, ngành kết nối liên thông với hệ thống một cửa điện tử", "so_nganh", code="BM7-5.3.1")])

    src("synthetic: tỉnh Bình Thuận, năm 2023")
    rep("tinh", "Kế hoạch vốn đầu tư công năm 2023 được giao cho tỉnh Bình Thuận là 4.512.346 triệu đồng; đến ngày 31/01/2024, tỉnh đã giải ngân 3.961.482 triệu đồng, đạt 87,79% kế hoạch.",
        [F(4512346, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", code="BM6-1.1"),
         F(3961482, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
         F(87.79, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", code="BM6-1")])

    src("synthetic: tỉnh Đắk Nông, năm 2023")
    rep("tinh", "Toàn tỉnh Đắk Nông có 268 đơn vị sự nghiệp công lập, trong đó 3 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 12 đơn vị tự bảo đảm chi thường xuyên, 61 đơn vị tự bảo đảm một phần chi thường xuyên và 192 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
        [F(268, "đơn vị", "tổng số ĐVSN công lập", "tinh", code="BM6-2.1"),
         F(3, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", code="BM6-2.2"),
         F(12, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", code="BM6-2.3"),
         F(61, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", code="BM6-2.4"),
         F(192, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", code="BM6-2.5")])

    src("synthetic: huyện Tân Hồng (Đồng Tháp), năm 2023")
    rep("huyen", "Năm 2023, UBND huyện Tân Hồng tuyển dụng 4 công chức qua thi tuyển và 37 viên chức ngành giáo dục qua xét tuyển.",
        [F(4, "người", "công chức được tuyển dụng", "huyen", code="BM5-2.1"),
         F(37, "người", "viên chức được tuyển dụng", "huyen", code="BM5-2.4")])

    src("synthetic: tỉnh Cà Mau, năm 2024")
    news("tinh", "Trong năm 2024, toàn tỉnh Cà Mau có 27 cán bộ, công chức, viên chức bị xử lý kỷ luật do vi phạm kỷ luật, kỷ cương hành chính.",
         [F(27, "người", "cán bộ, công chức, viên chức bị kỷ luật", "tinh", code="BM5-4")])

    src("synthetic: phường Mỹ Thới (An Giang), tháng 8/2025")
    news("xa", "Trong tháng 8/2025, Trung tâm Phục vụ hành chính công phường Mỹ Thới tiếp nhận hơn 2.100 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến trên 85%.",
         [F(2100, "hồ sơ", "tổng số hồ sơ tiếp nhận", "xa", True, "BM7-6.4.1"),
          F(85, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True, "BM7-6.4")])

    src("synthetic: xã Long Hữu (Vĩnh Long), 7/2025")
    news("xa", "Trung tâm Phục vụ hành chính công xã Long Hữu bố trí 8 quầy tiếp nhận hồ sơ và 10 công chức, viên chức làm việc theo ca, kể cả sáng thứ Bảy.",
         [])

    src("synthetic: xã Gia Thuận (Đồng Tháp), 2025")
    news("xa", "Xã Gia Thuận phấn đấu đến cuối năm 2025 có trên 90% hồ sơ TTHC được nộp trực tuyến và 100% kết quả giải quyết được số hóa.",
         [])

    src("synthetic: phường Mỹ Ngãi (Đồng Tháp), 01/7-31/8/2025")
    news("xa", "Sau hai tháng vận hành, Trung tâm Phục vụ hành chính công phường Mỹ Ngãi tiếp nhận 1.874 hồ sơ; đã giải quyết 1.802 hồ sơ, 72 hồ sơ đang trong hạn xử lý.",
         [F(1874, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
          F(1802, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
          F(72, "hồ sơ", "hồ sơ đang trong hạn xử lý", "xa")])

    src("synthetic: xã Hòa Lựu (Cần Thơ), quý III/2025")
    news("xa", "Quý III/2025, xã Hòa Lựu tiếp nhận 1.350 hồ sơ TTHC, trong đó 1.172 hồ sơ nộp trực tuyến, đạt 86,81%.",
         [F(1350, "hồ sơ", "tổng số hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
          F(1172, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", code="BM7-6.4.2"),
          F(86.81, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4")])

    src("synthetic: Sở Tư pháp tỉnh Gia Lai, quý III/2025")
    rep("so_nganh", "Quý III/2025, Sở Tư pháp tỉnh Gia Lai tiếp nhận 5.604 hồ sơ cấp phiếu lý lịch tư pháp, đã giải quyết 5.388 hồ sơ, 100% đúng hạn.",
        [F(5604, "hồ sơ", "hồ sơ cấp phiếu lý lịch tư pháp tiếp nhận", "so_nganh"),
         F(5388, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh"),
         F(100, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh")])

    src("synthetic: tỉnh Khánh Hòa, quý IV/2025")
    rep("tinh", "Quý IV/2025, các sở, ban, ngành tỉnh Khánh Hòa giải quyết xong 41.236 hồ sơ TTHC, trong đó 40.981 hồ sơ đúng hạn, đạt 99,38%.",
        [F(41236, "hồ sơ", "hồ sơ đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
         F(40981, "hồ sơ", "giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
         F(99.38, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", code="BM3-3.1")])

    src("synthetic: huyện Trần Văn Thời (Cà Mau), năm 2024")
    rep("huyen", "Năm 2024, UBND 13 xã, thị trấn của huyện Trần Văn Thời giải quyết 21.457 hồ sơ, trong đó 21.402 hồ sơ đúng hạn, đạt 99,74%.",
        [F(21457, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", code="BM3-3.3.1"),
         F(21402, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
         F(99.74, "%", "tỷ lệ giải quyết đúng hạn cấp xã", "xa", code="BM3-3.3")])

    src("synthetic: phường Khánh Hậu (Tây Ninh), 6 tháng cuối năm 2025")
    rep("xa", "Kế hoạch CCHC 6 tháng cuối năm 2025 của UBND phường Khánh Hậu có 24 nhiệm vụ; đến ngày 30/11/2025 đã hoàn thành 19 nhiệm vụ, đạt 79,17%.",
        [F(24, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "xa", code="BM1-2.1"),
         F(19, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
         F(79.17, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")])

