# Case texts (my own wording) for held-out set 15, narrative; figures from the pages named in src().
def load(src, rep, news, F):
    # ---------------------------------------------- Đắk Lắk, năm 2017 (Sở VHTTDL portal, 03/01/2018)
    src("http://vhttdldaklak.gov.vn/cai-cach-thu-tuc-hanh-chinh/nam-2017-tren-91-dich-vu-cong-truc-tuyen-giai-quyet-truoc-han-va-dung-han-2411.html")
    news("tinh", "Năm 2017, trên 91% hồ sơ tiếp nhận qua hệ thống dịch vụ hành chính công trực tuyến của tỉnh Đắk Lắk được giải quyết trước hạn và đúng hạn.",
         [F(91, "%", "hồ sơ trực tuyến giải quyết trước hạn và đúng hạn", "tinh", True)])
    news("tinh", "Cả năm 2017, hệ thống dịch vụ hành chính công trực tuyến của tỉnh đã tiếp nhận 48.442 hồ sơ và giải quyết xong 42.757 hồ sơ; trong số hồ sơ đã giải quyết có 63,7% trả trước hạn và 28% trả đúng hạn.",
         [F(48442, "hồ sơ", "hồ sơ tiếp nhận trên hệ thống DVC trực tuyến", "tinh"),
          F(42757, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
          F(63.7, "%", "tỷ lệ giải quyết trước hạn", "tinh"),
          F(28, "%", "tỷ lệ giải quyết đúng hạn", "tinh")])
    news("tinh", "Đơn vị tiếp nhận nhiều hồ sơ nhất trên hệ thống là thành phố Buôn Ma Thuột với 31.075 hồ sơ, đã giải quyết 28.034 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 92,9%.",
         [F(31075, "hồ sơ", "hồ sơ tiếp nhận trên hệ thống", "huyen"),
          F(28034, "hồ sơ", "hồ sơ đã giải quyết", "huyen"),
          F(92.9, "%", "tỷ lệ giải quyết trước hạn và đúng hạn", "huyen")])
    news("tinh", "Khi chính thức khai trương vào tháng 10/2017, hệ thống một cửa điện tử tích hợp dịch vụ công trực tuyến của tỉnh đã có 1.099 bộ TTHC mức độ 2 và 466 bộ TTHC mức độ 3.",
         [F(1099, "TTHC", "TTHC mức độ 2 trên hệ thống", "tinh"),
          F(466, "TTHC", "TTHC mức độ 3 trên hệ thống", "tinh")])
    # ---------------------------------------------- Đắk Lắk, tháng 3/2018 (04/04/2018)
    src("http://vhttdldaklak.gov.vn/cai-cach-thu-tuc-hanh-chinh/921-ho-so-duoc-giai-quyet-truc-tuyen-dung-va-truoc-han-trong-thang-32018-2902.html")
    news("tinh", "Trong tháng 3/2018, Cổng Dịch vụ hành chính công trực tuyến của tỉnh tiếp nhận 18.426 hồ sơ và giải quyết được 17.922 hồ sơ, chiếm 97,26%; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 92,1%.",
         [F(18426, "hồ sơ", "hồ sơ tiếp nhận trên Cổng DVC trực tuyến", "tinh"),
          F(17922, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
          F(97.26, "%", "tỷ lệ hồ sơ đã giải quyết", "tinh"),
          F(92.1, "%", "tỷ lệ giải quyết đúng và trước hạn", "tinh")])
    news("tinh", "Trong số hồ sơ đã giải quyết, 16.307 hồ sơ được trả trước hạn (88,5%), 664 hồ sơ đúng hạn (3,6%) và 951 hồ sơ trễ hạn (5,16%).",
         [F(16307, "hồ sơ", "giải quyết trước hạn", "tinh"),
          F(88.5, "%", "tỷ lệ trước hạn", "tinh"),
          F(664, "hồ sơ", "giải quyết đúng hạn", "tinh"),
          F(3.6, "%", "tỷ lệ đúng hạn", "tinh"),
          F(951, "hồ sơ", "giải quyết trễ hạn", "tinh"),
          F(5.16, "%", "tỷ lệ trễ hạn", "tinh")])
    news("tinh", "Các đơn vị có số hồ sơ tiếp nhận cao trên hệ thống trong tháng gồm UBND huyện Krông Năng (4.772 hồ sơ), UBND thành phố Buôn Ma Thuột (2.991 hồ sơ) và UBND huyện Cư M'gar (2.977 hồ sơ).",
         [F(4772, "hồ sơ", "hồ sơ tiếp nhận trên hệ thống", "huyen"),
          F(2991, "hồ sơ", "hồ sơ tiếp nhận trên hệ thống", "huyen"),
          F(2977, "hồ sơ", "hồ sơ tiếp nhận trên hệ thống", "huyen")])
    # ---------------------------------------------- Đắk Lắk, 9/2025 (Báo Kiểm toán)
    src("http://baokiemtoan.vn/dak-lak-ghi-nhan-ket-qua-kha-quan-trong-giai-quyet-thu-tuc-hanh-chinh-44801.html")
    news("tinh", "Theo Sở Nội vụ tỉnh Đắk Lắk, qua những tháng đầu vận hành chính quyền địa phương 2 cấp, tỷ lệ giải quyết hồ sơ đúng hạn của tỉnh vẫn duy trì ở mức trên 98%.",
         [F(98, "%", "tỷ lệ giải quyết hồ sơ đúng hạn", "tinh", True)])
    news("tinh", "Tính đến ngày 25/9/2025, Chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công của tỉnh Đắk Lắk đạt 84,01 điểm, đứng thứ 17/34 tỉnh, thành phố.",
         [F(84.01, "điểm", "Chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
    news("tinh", "So với đầu tháng 8/2025, chỉ số này của tỉnh đã tăng 10 điểm và tiến 1 bậc, từ vị trí thứ 18/34 lên thứ 17/34.")
    # ---------------------------------------------- Lạng Sơn, Sở Xây dựng (VCCI, 11/5/2021)
    src("https://vccinews.com/prode/43430/accelerating-administrative-procedure-reform-greatly-facilitating-businesses.html")
    rep("so_nganh", "Sở Xây dựng đã chuyển toàn bộ 51 TTHC thuộc thẩm quyền giải quyết ra Trung tâm Phục vụ hành chính công tỉnh, trong đó 25 TTHC thực hiện theo cơ chế một cửa và 26 TTHC theo cơ chế một cửa liên thông.",
        [F(51, "TTHC", "TTHC chuyển ra Trung tâm Phục vụ hành chính công", "so_nganh"),
         F(25, "TTHC", "TTHC theo cơ chế một cửa", "so_nganh"),
         F(26, "TTHC", "TTHC theo cơ chế một cửa liên thông", "so_nganh")])
    rep("so_nganh", "Tất cả TTHC của Sở đều được tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích và được cung cấp dịch vụ công trực tuyến, gồm 30 thủ tục ở mức độ 3 và 21 thủ tục ở mức độ 4.",
        [F(30, "TTHC", "DVC trực tuyến mức độ 3", "so_nganh"),
         F(21, "TTHC", "DVC trực tuyến mức độ 4", "so_nganh")])
    # ---------------------------------------------- SIPAS 2020 (moitruong.net.vn, TTXVN)
    src("https://moitruong.net.vn/infographic-854-nguoi-dan-to-chuc-hai-long-ve-su-phuc-vu-cua-co-quan-hanh-chinh/")
    news("tinh", "Kết quả Chỉ số SIPAS năm 2020 cho thấy 85,48% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính nhà nước, cao hơn năm 2019.",
         [F(85.48, "%", "mức độ hài lòng của người dân, tổ chức (SIPAS)", "")])
    # ---------------------------------------------- Nghệ An, đề án sắp xếp cấp xã (18/4/2025)
    src("https://evrimagaci.org/tpg/nghe-an-province-approves-major-administrative-restructuring-330243")
    news("tinh", "Theo dự thảo Đề án, tỉnh Nghệ An sẽ sắp xếp 412 đơn vị hành chính cấp xã hiện có (362 xã, 33 phường, 17 thị trấn) thành 130 đơn vị, gồm 119 xã và 11 phường, giảm 68,45%.")
    news("tinh", "Trong 130 đơn vị hành chính cấp xã dự kiến hình thành, 126 đơn vị đạt tiêu chuẩn theo quy định, 4 đơn vị chưa đạt nhưng có yếu tố đặc thù.")
    # ---------------------------------------------- Nghệ An, phiên họp tháng 4/2025
    src("https://news.laodong.vn/thoi-su/nghe-an-khong-de-gian-doan-dich-vu-cong-sau-sap-xep-1502865.ldo")
    # ---------------------------------------------- dự thảo Nghị định về Trung tâm PVHCC cấp xã (2025)
    src("https://news.laodong.vn/thoi-su/du-kien-pho-chu-tich-ubnd-xa-lam-giam-doc-trung-tam-phuc-vu-hanh-chinh-cong-1506574.ldo")
    news("tinh", "Theo dự thảo Nghị định, lãnh đạo Trung tâm Phục vụ hành chính công cấp xã gồm 02 người: Giám đốc là 01 Phó Chủ tịch UBND cấp xã và tối đa 01 Phó Giám đốc là trưởng phòng thuộc UBND cấp xã.")
    src("https://news.laodong.vn/thoi-su/10-nhiem-vu-quyen-han-cua-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-1534664.ldo")
    news("tinh", "Sổ tay của Bộ Nội vụ nêu rõ 10 nhiệm vụ, quyền hạn của Trung tâm Phục vụ hành chính công cấp xã theo Điều 8 Nghị định số 118/2025/NĐ-CP.")
    src("https://yuenan.com/news-73979")
    news("tinh", "Nghị định số 367 sửa đổi Nghị định số 118 quy định lãnh đạo Trung tâm Phục vụ hành chính công cấp tỉnh gồm 01 Giám đốc và không quá 03 Phó Giám đốc.")
    # ---------------------------------------------- Thanh Hóa, Quyết định 58/2025/QĐ-UBND
    src("https://thongtin.vietnam.vn/en/to-chuc-lai-trung-tam-phuc-vu-hanh-chinh-cong-tinh-thanh-hoa")
    news("tinh", "Ngày 27/6/2025, UBND tỉnh Thanh Hóa ban hành Quyết định số 58/2025/QĐ-UBND tổ chức lại Trung tâm Phục vụ hành chính công tỉnh, đặt trụ sở tại số 28 Đại lộ Lê Lợi, phường Hạc Thành.")
    # ---------------------------------------------- Quảng Ninh, mô hình Trung tâm một cấp (2025)
    src("https://news.laodong.vn/thoi-su/trung-tam-phuc-vu-hanh-chinh-cong-mot-cap-tinh-quang-ninh-co-390-bien-che-1518316.ldo")
    news("tinh", "Theo đề án đang xây dựng, Quảng Ninh sẽ thành lập mới 54 Trung tâm Phục vụ hành chính công cấp xã (52 xã, phường và 2 đặc khu), kèm 6 điểm tiếp nhận và trả kết quả thuộc 2 Trung tâm ở đặc khu.")
    # ---------------------------------------------- Công điện của Thủ tướng (6/2025, VNA tiếng Tây Ban Nha)
    src("https://vietnam.vnanet.vn/spanish/tin-van/premier-vietnamita-exige-garantizar-fluidez-de-procedimientos-administrativos-tras-reestructuracion-del-aparato-400114.html")
    news("tinh", "Theo Công điện của Thủ tướng, các nghị định phân cấp, phân quyền đã chuyển 346 TTHC từ cấp huyện lên cấp tỉnh, 278 TTHC từ cấp tỉnh về cấp xã và bãi bỏ 50 TTHC.",
         [F(346, "TTHC", "TTHC chuyển từ cấp huyện lên cấp tỉnh", ""),
          F(278, "TTHC", "TTHC chuyển từ cấp tỉnh về cấp xã", ""),
          F(50, "TTHC", "TTHC bãi bỏ", "")])
    news("tinh", "Thủ tướng yêu cầu các bộ, ngành và địa phương hoàn thành công bố, cập nhật TTHC trên Cơ sở dữ liệu quốc gia trước ngày 20/6/2025 và ban hành hướng dẫn, thông tư trước ngày 25/6/2025.")
    # ---------------------------------------------- Bến Tre, tháng 10/2020 (Báo Đồng Khởi, 08/11/2020)
    src("https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-cac-loai-08112020-a79925.html")
    news("tinh", "Trong tháng 10/2020, Trung tâm Phục vụ hành chính công tỉnh đã giải quyết trên 8,9 ngàn hồ sơ các loại.",
         [F(8900, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam", True)])
    news("tinh", "Trong tháng, Trung tâm tiếp nhận 10,18 ngàn hồ sơ, phần lớn được tiếp nhận trực tiếp (7,7 ngàn hồ sơ), số còn lại tiếp nhận trực tuyến và qua dịch vụ bưu chính công ích.",
         [F(10180, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
          F(7700, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "trung_tam")])
    news("tinh", "Các cơ quan chức năng đã giải quyết 8,98 ngàn hồ sơ, đạt 88,2%; trong đó 8,96 ngàn hồ sơ đúng và trước hạn (99,8%) và 17 hồ sơ trễ hạn (0,2%).",
         [F(8980, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam"),
          F(88.2, "%", "tỷ lệ hồ sơ đã giải quyết", "trung_tam"),
          F(8960, "hồ sơ", "giải quyết đúng và trước hạn", "trung_tam"),
          F(99.8, "%", "tỷ lệ đúng và trước hạn", "trung_tam"),
          F(17, "hồ sơ", "giải quyết trễ hạn", "trung_tam"),
          F(0.2, "%", "tỷ lệ trễ hạn", "trung_tam")])
    news("tinh", "Các cơ quan tiếp nhận nhiều hồ sơ trong tháng là Công an tỉnh (3,8 ngàn hồ sơ), Sở Công Thương (1,7 ngàn hồ sơ), Sở Giao thông vận tải (829 hồ sơ) và Sở Tài nguyên và Môi trường (803 hồ sơ).",
         [F(3800, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
          F(1700, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
          F(829, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
          F(803, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh")])
    news("tinh", "Số hồ sơ tiếp nhận tại Trung tâm trong tháng 10/2020 giảm 142 hồ sơ so với tháng 9/2020.")
    # ---------------------------------------------- Thanh Hóa, Trung tâm Hành chính công tỉnh (TTV, 22/3/2018)
    src("http://truyenhinhthanhhoa.vn/print/hon-99-ho-so-qua-trung-tam-hanh-chinh-cong-cap-tinh-duoc-giai-quyet-dung-han-1808112565.htm")
    news("tinh", "Sau gần 4 tháng đi vào hoạt động, Trung tâm Hành chính công tỉnh Thanh Hóa đã tiếp nhận hơn 10.170 hồ sơ của tổ chức, cá nhân và xử lý hơn 8.000 hồ sơ, tỷ lệ đúng hạn đạt 99,2%.",
         [F(10170, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam", True),
          F(8000, "hồ sơ", "hồ sơ đã xử lý", "trung_tam", True),
          F(99.2, "%", "tỷ lệ đúng hạn", "trung_tam")])
    news("tinh", "Hiện Trung tâm đang tiếp nhận, hướng dẫn, giám sát việc giải quyết và trả kết quả 1.252 TTHC thuộc thẩm quyền của 15 sở, ban, ngành cấp tỉnh.",
         [F(1252, "TTHC", "TTHC thực hiện tại Trung tâm", "trung_tam")])
    # ---------------------------------------------- Sơn La, Trung tâm Hành chính công tỉnh (22/5/2018)
    src("http://baosonla.org.vn/vi/bai-viet/trung-tam-hanh-chinh-cong-tinh-giai-quyet-va-tra-ket-qua-gan-27000-ho-so-tthc-15405")
    news("tinh", "Trung tâm Hành chính công tỉnh Sơn La chính thức đi vào hoạt động từ ngày 02/6/2017, là đầu mối duy nhất tiếp nhận và giải quyết TTHC của các sở, ngành.")
    news("tinh", "Đến hết tháng 4/2018, Trung tâm đã tiếp nhận 28.817 hồ sơ TTHC, giải quyết và trả kết quả gần 27.000 hồ sơ, đạt 93,5%.",
         [F(28817, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
          F(27000, "hồ sơ", "hồ sơ đã giải quyết và trả kết quả", "trung_tam", True),
          F(93.5, "%", "tỷ lệ hồ sơ đã giải quyết", "trung_tam")])
    news("tinh", "Trong đó, trả trước hạn 22.357 hồ sơ (83%), đúng hạn 3.523 hồ sơ, trả quá hạn 267 hồ sơ; hiện còn 1.207 hồ sơ đang giải quyết.",
         [F(22357, "hồ sơ", "trả trước hạn", "trung_tam"),
          F(83, "%", "tỷ lệ trả trước hạn", "trung_tam"),
          F(3523, "hồ sơ", "trả đúng hạn", "trung_tam"),
          F(267, "hồ sơ", "trả quá hạn", "trung_tam"),
          F(1207, "hồ sơ", "hồ sơ đang giải quyết", "trung_tam")])
    # ---------------------------------------------- tinh giản biên chế (quốc gia)
    src("https://www.vietnamplus.vn/se-giam-44510-bien-che-cong-chuc-su-nghiep-trong-nam-2019/548559.vnp")
    news("tinh", "Trong ba năm 2016 - 2018, cả nước đã cắt giảm được 86.300 người hưởng lương từ ngân sách nhà nước.",
         [F(86300, "người", "người hưởng lương từ ngân sách nhà nước được cắt giảm", "")])
    src("http://www.tinkinhte.com/_t16/tinh-gian-bien-che/")
    news("tinh", "Theo thống kê của Bộ Nội vụ, trong 6 tháng đầu năm 2016 có 10 bộ, ngành và 35 địa phương đề nghị giải quyết tinh giản biên chế với gần 3.750 người.",
         [F(10, "bộ", "bộ, ngành đề nghị tinh giản biên chế", ""),
          F(35, "địa phương", "địa phương đề nghị tinh giản biên chế", ""),
          F(3750, "người", "người đề nghị tinh giản biên chế", "", True)])
    # ---------------------------------------------- Tiền Giang, PAR Index và SIPAS 2019 (Báo Ấp Bắc, 20/5/2020)
    src("https://baoapbac.vn/chinh-tri/cai-cach-hanh-chinh/202005/chi-so-par-index-va-sipas-2019-cua-tien-giang-duoc-cai-thien-ro-ret-899830/index.htm")
    news("tinh", "Chỉ số Cải cách hành chính năm 2019 (PAR Index 2019) của tỉnh Tiền Giang do Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố đạt 79,68 điểm, xếp hạng 48/63 tỉnh, thành.",
         [F(79.68, "điểm", "Chỉ số PAR Index 2019", "tinh")])
    news("tinh", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS 2019) của tỉnh đạt 83,39 điểm, xếp hạng 43/63 tỉnh, thành.",
         [F(83.39, "điểm", "Chỉ số SIPAS 2019", "tinh")])
    news("tinh", "Trong khu vực Đồng bằng sông Cửu Long, PAR Index 2019 của Tiền Giang chỉ xếp trên 3 tỉnh là Cà Mau, Trà Vinh và Bến Tre.")
    # ---------------------------------------------- PAPI 2019 (Lào Cai DDCI)
    src("https://ddcilaocai.vn/tin-tuc/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-cap-tinh-papi-cua-tinh-lao-cai-nam-2020/")
    news("tinh", "Kết quả PAPI năm 2019 chia các tỉnh, thành phố thành 4 nhóm: nhóm đạt điểm cao nhất (16 tỉnh, thành phố), nhóm trung bình cao (16), nhóm trung bình thấp (15) và nhóm đạt điểm thấp nhất (16).")
    news("tinh", "Điểm trung bình PAPI năm 2019 của toàn quốc đạt 43,61 điểm, giảm 0,17 điểm so với năm 2018.",
         [F(43.61, "điểm", "điểm trung bình PAPI toàn quốc", "")])
    # ---------------------------------------------- Hải Phòng, Kế hoạch 128/KH-UBND (27/5/2022)
    src("https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-128-KH-UBND-2022-day-manh-su-dung-dich-vu-cong-truc-tuyen-Hai-Phong-516288.aspx")
    rep("tinh", "Ngày 27/5/2022, UBND thành phố Hải Phòng ban hành Kế hoạch số 128/KH-UBND về đẩy mạnh sử dụng dịch vụ công trực tuyến, nâng cao tỷ lệ hồ sơ trực tuyến và giảm tỷ lệ hồ sơ quá hạn trong cơ quan nhà nước thành phố.")
    # ---------------------------------------------- Bộ phận một cửa cả nước (VietnamPlus, 2024)
    src("https://en.vietnamplus.vn/onestopshop-services-facilitate-investment-attraction/283118.vnp")
    news("tinh", "Cả nước đã thành lập 11.956 Bộ phận Một cửa các cấp để tiếp nhận, giải quyết hồ sơ TTHC, trong đó 867 bộ phận tại các bộ, cơ quan ngang bộ và 11.089 bộ phận tại địa phương.",
         [F(11956, "bộ phận", "Bộ phận Một cửa đã thành lập", ""),
          F(867, "bộ phận", "Bộ phận Một cửa tại bộ, cơ quan ngang bộ", ""),
          F(11089, "bộ phận", "Bộ phận Một cửa tại địa phương", "")])
    news("tinh", "Đã có 58 tỉnh, thành phố thành lập Trung tâm Phục vụ hành chính công cấp tỉnh; ở cấp huyện có 754 Bộ phận Một cửa và ở cấp xã có 10.277 Bộ phận Một cửa.",
         [F(58, "tỉnh", "tỉnh, thành phố đã thành lập Trung tâm Phục vụ hành chính công", ""),
          F(754, "bộ phận", "Bộ phận Một cửa cấp huyện", ""),
          F(10277, "bộ phận", "Bộ phận Một cửa cấp xã", "")])
    # ---------------------------------------------- TP.HCM, huyện Củ Chi (SGGP, 9/1/2024)
    src("https://en.sggp.org.vn/responsible-agencies-adopt-time-saving-procedures-for-peoples-satisfaction-post107518.html")
    news("huyen", "Năm 2023, UBND huyện Củ Chi rút ngắn thời gian thẩm định, phê duyệt kế hoạch lựa chọn nhà thầu từ 20 ngày xuống còn 6 ngày làm việc; thủ tục cấp giấy xác nhận tình trạng hôn nhân giảm từ 3 ngày xuống 1 ngày.")
    # ---------------------------------------------- Hòa Bình, xã Cao Sơn (huyện Đà Bắc), quý I/2020
    src("http://baohoabinh.com.vn/en/6/5361/Cao-S111n-commune-effectively-re102orms-public-administrative-procedures.htm")
    news("xa", "Từ đầu năm 2020 đến ngày 15/3/2020, UBND xã Cao Sơn (huyện Đà Bắc) tiếp nhận 765 hồ sơ TTHC và đã giải quyết 754 hồ sơ; phần lớn hồ sơ được nộp trực tiếp tại trụ sở và qua bưu điện.",
         [F(765, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
          F(754, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1")])
    # ---------------------------------------------- Hòa Bình, huyện Cao Phong
    src("http://en.baohoabinh.com.vn/6/299/Cao-Ph111ng-district-inaugurates-local-public-administrative-centre.htm")
    # ---------------------------------------------- Hòa Bình, Quyết định 2165/QĐ-UBND (31/10/2017)
    src("https://phapluatcongdong.vn/van-ban/quyet-dinh-2165-qd-ubnd-ban-hanh-tinh-hoa-binh-nam-2017-p110299.htm")
    rep("tinh", "Căn cứ Quyết định số 905/QĐ-UBND ngày 06/6/2017 của UBND tỉnh về việc thành lập Trung tâm Hành chính công tỉnh Hòa Bình, ngày 31/10/2017 Chủ tịch UBND tỉnh ban hành Quyết định số 2165/QĐ-UBND về Quy chế phối hợp giải quyết TTHC tại Trung tâm.")
    # ---------------------------------------------- UBTVQH, sắp xếp đơn vị hành chính 2023-2025 (Nghệ An, 24/10/2024)
    src("https://baonghean.vn/en/uy-ban-thuong-vu-quoc-hoi-thong-qua-nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-huyen-cap-xa-cua-tinh-nghe-an-10283148.html")
    news("tinh", "Chính phủ đề nghị sắp xếp 18 đơn vị hành chính cấp huyện và 487 đơn vị hành chính cấp xã của 21 tỉnh, thành phố giai đoạn 2023 - 2025 để thành lập 12 đơn vị hành chính cấp huyện mới.")
    # ---------------------------------------------- Thủ tướng thăm Trung tâm PVHCC Quảng Ninh (27/01/2026)
    src("https://vietnam.vnanet.vn/english/tin-van/pm-praises-growing-maturity-resilience-of-quang-ninh-public-servants-425446.html")
    news("tinh", "Ngày 27/01/2026, Thủ tướng Chính phủ thăm Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh, nơi ông trở lại sau 13 năm kể từ khi mô hình trung tâm đầu tiên của cả nước được lập tại tỉnh.")
    # ---------------------------------------------- Đăng ký doanh nghiệp qua mạng năm 2016 (VietNamNet/VIR, 24/01/2017)
    src("https://vietnamnet.vn/en/online-business-registration-hits-new-record-high-E171732.html")
    news("tinh", "Năm 2016, chỉ có 14% doanh nghiệp đăng ký kinh doanh qua mạng trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, nhưng riêng quý IV/2016 tỷ lệ này đã đạt 35,2%.",
         [F(14, "%", "tỷ lệ doanh nghiệp đăng ký qua mạng", ""),
          F(35.2, "%", "tỷ lệ đăng ký qua mạng quý IV", "")])
    news("tinh", "TP. Hồ Chí Minh dẫn đầu với 25,3% doanh nghiệp đăng ký qua mạng trong năm 2016 và 62% trong quý IV; các con số tương ứng của Hà Nội là 18% và 51,1%.",
         [F(25.3, "%", "tỷ lệ doanh nghiệp đăng ký qua mạng năm 2016", "tinh"),
          F(62, "%", "tỷ lệ đăng ký qua mạng quý IV", "tinh"),
          F(18, "%", "tỷ lệ doanh nghiệp đăng ký qua mạng năm 2016", "tinh"),
          F(51.1, "%", "tỷ lệ đăng ký qua mạng quý IV", "tinh")])
    news("tinh", "Cục Quản lý đăng ký kinh doanh kỳ vọng năm 2017 số doanh nghiệp đăng ký qua mạng sẽ đạt 30% tổng số; Đà Nẵng đặt mục tiêu rút ngắn thời gian giải quyết từ 3 ngày xuống còn 1 - 2 ngày.")
    # ---------------------------------------------- Hà Nội, cấp phiếu lý lịch tư pháp qua VNeID (SGGP, 2024)
    src("https://en.sggp.org.vn/hanoi-pilots-qr-code-payment-for-issuing-criminal-record-certificate-via-vneid-post109522.html")
    news("so_nganh", "Khi đề nghị cấp phiếu lý lịch tư pháp trên VNeID, người dân phải khai 17 trường thông tin, phần lớn được tự động điền từ Cơ sở dữ liệu quốc gia về dân cư, nên chỉ cần nhập thêm 4 - 5 trường; trước đây chỉ có 7 ngân hàng hỗ trợ thanh toán trực tuyến thủ tục này.")
    # ---------------------------------------------- Bảo hiểm xã hội Việt Nam, quý I/2024 (vss.gov.vn, 29/3/2024)
    src("https://vss.gov.vn/english/news/Pages/vietnam-social-security.aspx?CateID=198&ItemID=11748")
    news("tinh", "Bảo hiểm xã hội Việt Nam đã công khai toàn bộ 25 TTHC thuộc thẩm quyền trên Cổng Dịch vụ công quốc gia và Cổng thông tin điện tử của ngành.",
         [F(25, "TTHC", "TTHC công khai trên Cổng Dịch vụ công quốc gia", "")])
    news("tinh", "Từ ngày 15/12/2023 đến 14/3/2024, toàn ngành có 4.681.756 hồ sơ phải giải quyết, gồm 4.408.709 hồ sơ tiếp nhận mới và 273.047 hồ sơ từ kỳ trước chuyển sang.",
         [F(4681756, "hồ sơ", "hồ sơ phải giải quyết trong kỳ", ""),
          F(4408709, "hồ sơ", "hồ sơ tiếp nhận mới", ""),
          F(273047, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "")])
    news("tinh", "Đã giải quyết 4.437.919 hồ sơ, đạt 94,8% tổng số hồ sơ phải giải quyết; số hồ sơ quá hạn là 267.629 hồ sơ, chiếm 5,7%; còn 243.837 hồ sơ đang giải quyết, chiếm 5,2%.",
         [F(4437919, "hồ sơ", "hồ sơ đã giải quyết", ""),
          F(94.8, "%", "tỷ lệ hồ sơ đã giải quyết", ""),
          F(267629, "hồ sơ", "hồ sơ quá hạn", ""),
          F(5.7, "%", "tỷ lệ hồ sơ quá hạn", ""),
          F(243837, "hồ sơ", "hồ sơ đang giải quyết", ""),
          F(5.2, "%", "tỷ lệ hồ sơ đang giải quyết", "")])
    news("tinh", "Trong kỳ, hệ thống tiếp nhận 517 phản ánh, kiến nghị, trong đó 232 phản ánh, kiến nghị được tiếp nhận xử lý và 285 phản ánh, kiến nghị bị trả lại; đã xử lý xong, công khai 204 và đang xử lý trong hạn 28.",
         [F(517, "PAKN", "phản ánh, kiến nghị tiếp nhận", ""),
          F(232, "PAKN", "phản ánh, kiến nghị tiếp nhận xử lý", ""),
          F(285, "PAKN", "phản ánh, kiến nghị trả lại", ""),
          F(204, "PAKN", "phản ánh, kiến nghị đã xử lý xong", ""),
          F(28, "PAKN", "phản ánh, kiến nghị đang xử lý trong hạn", "")])
    # ---------------------------------------------- Bảo hiểm xã hội Việt Nam, Đề án 06 (23/5/2024)
    src("https://vss.gov.vn:443/english/news/Pages/vietnam-social-security.aspx?CateID=198&ItemID=11916")
    news("tinh", "Hiện 20/25 TTHC của ngành Bảo hiểm xã hội, chiếm 80%, đã được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
         [F(20, "TTHC", "TTHC cung cấp DVC trực tuyến toàn trình", ""),
          F(25, "TTHC", "TTHC của ngành", ""),
          F(80, "%", "tỷ lệ TTHC cung cấp DVC toàn trình", "")])
    # ---------------------------------------------- Bảo hiểm xã hội Việt Nam, Chỉ số phục vụ năm 2024 (Việt Nam News, 24/12/2024)
    src("https://vietnamnews.vn/society/1689555/social-insurance-gains-achievements-in-administrative-procedure-simplification.html")
    news("tinh", "Theo Chỉ số phục vụ người dân, doanh nghiệp năm 2024 công bố trên Cổng Dịch vụ công quốc gia, Bảo hiểm xã hội Việt Nam đạt 80,37 điểm, đứng thứ ba trong các bộ, ngành.",
         [F(80.37, "điểm", "Chỉ số phục vụ người dân, doanh nghiệp", "")])
    news("tinh", "Nhờ tích hợp sinh trắc học trên căn cước gắn chip hoặc dùng hình ảnh thẻ bảo hiểm y tế trên VNeID, VssID, thủ tục đăng ký khám, chữa bệnh chỉ mất 10 - 15 giây.")
    # ---------------------------------------------- Bảo hiểm xã hội Việt Nam, 2020 (30/9/2020)
    src("https://vss.gov.vn:443/english/news/Pages/vietnam-social-security.aspx?CateID=198&ItemID=9454")
    news("tinh", "Đến tháng 9/2020, 18/27 dịch vụ công do Bảo hiểm xã hội Việt Nam quản lý đã đạt mức độ 3, 4, trong đó 15 dịch vụ đã được tích hợp lên Cổng Dịch vụ công quốc gia.",
         [F(18, "dịch vụ", "DVC đạt mức độ 3, 4", ""),
          F(27, "dịch vụ", "DVC do ngành quản lý", ""),
          F(15, "dịch vụ", "DVC tích hợp lên Cổng Dịch vụ công quốc gia", "")])
