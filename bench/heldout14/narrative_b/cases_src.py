# Cases for held-out set 14, narrative_b. My own Vietnamese wording; figures from the pages named by src().
# F(value, unit, measure, scope, approx=False, code="")

# ---------------------------------------------------------------- Lai Châu, 8/2025 (vietnam.vn/de)
src("https://www.vietnam.vn/de/dong-hanh-cung-lai-chau-van-hanh-chinh-quyen-hai-cap-bo-kh-cn-go-kho-nang-hieu-qua-quan-ly-nha-nuoc")
rep("tinh", "Tính đến tháng 8/2025, UBND tỉnh Lai Châu đã công bố 1.239 TTHC, trong đó có 284 TTHC thuộc thẩm quyền cấp xã; toàn tỉnh có 2.213 TTHC được công khai trên Cơ sở dữ liệu quốc gia và niêm yết tại Bộ phận Một cửa các cấp.",
    [F(1239, "TTHC", "TTHC được công bố", "tinh"),
     F(284, "TTHC", "TTHC cấp xã được công bố", "xa"),
     F(2213, "TTHC", "TTHC công khai trên Cơ sở dữ liệu quốc gia", "tinh")])
rep("tinh", "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận hơn 20.000 hồ sơ, trong đó gần 60% nộp trực tuyến; tỷ lệ giải quyết đạt 99,98%.",
    [F(20000, "hồ sơ", "tiếp nhận", "trung_tam", True),
     F(60, "%", "tỷ lệ hồ sơ nộp trực tuyến", "trung_tam", True),
     F(99.98, "%", "tỷ lệ giải quyết", "trung_tam")])
rep("tinh", "Ở cấp xã, chỉ sau hơn một tháng vận hành chính quyền địa phương hai cấp, các xã, phường đã tiếp nhận trên 21.600 hồ sơ, gần 86% nộp trực tuyến, tỷ lệ giải quyết đạt trên 98%.",
    [F(21600, "hồ sơ", "tiếp nhận", "xa", True),
     F(86, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True),
     F(98, "%", "tỷ lệ giải quyết", "xa", True)])
rep("tinh", "Tỉnh kiến nghị xem xét lại tiêu chí mỗi dịch vụ công trực tuyến phải phát sinh tối thiểu 1.000 hồ sơ trực tuyến trong một năm, do chưa phù hợp với đặc thù của tỉnh miền núi.")

# ---------------------------------------------------------------- Ninh Bình, quý I/2024 (thongtin.vietnam.vn/ko)
src("https://thongtin.vietnam.vn/ko/nang-cao-hieu-qua-thuc-hien-co-che-mot-cua-mot-cua-lien-thong")
rep("tinh", "Quý I/2024, các sở, ngành và địa phương của tỉnh Ninh Bình tiếp nhận 112.239 hồ sơ TTHC; 99,97% hồ sơ được giải quyết đúng hạn, chỉ 0,03% quá hạn.",
    [F(112239, "hồ sơ", "tiếp nhận", "tinh"),
     F(99.97, "%", "tỷ lệ giải quyết đúng hạn", "tinh"),
     F(0.03, "%", "tỷ lệ hồ sơ quá hạn", "tinh")])
rep("tinh", "Bộ phận Một cửa các cấp đã tiếp nhận, số hóa và lưu trữ 100% hồ sơ TTHC theo quy định; toàn tỉnh hiện được trang bị 5.511 máy tính, 1.659 máy in và 326 máy quét phục vụ tiếp nhận, giải quyết TTHC.",
    [F(100, "%", "tỷ lệ hồ sơ TTHC được tiếp nhận, số hóa, lưu trữ", "tinh"),
     F(5511, "máy", "máy tính trang bị cho Bộ phận Một cửa", "tinh"),
     F(1659, "máy", "máy in trang bị cho Bộ phận Một cửa", "tinh"),
     F(326, "máy", "máy quét trang bị cho Bộ phận Một cửa", "tinh")])

# ---------------------------------------------------------------- national, quý II/2023 (vietnam.vn/ko)
src("https://www.vietnam.vn/ko/nto-cai-cach-hanh-chinh")
news("tinh", "Theo Ban Chỉ đạo CCHC của Chính phủ, trong quý II/2023 Thủ tướng Chính phủ đã ban hành 02 quyết định phê duyệt phương án cắt giảm, đơn giản hóa 47 quy định kinh doanh thuộc phạm vi quản lý của Bộ Khoa học và Công nghệ và Bộ Công an.",
     [F(2, "văn bản", "quyết định phê duyệt phương án cắt giảm, đơn giản hóa quy định kinh doanh", ""),
      F(47, "quy định", "quy định kinh doanh được phê duyệt cắt giảm, đơn giản hóa", "")])
news("tinh", "Trong quý, các bộ, ngành, địa phương ban hành 1.129 quyết định công bố 14.716 TTHC và cập nhật danh mục niêm yết tại nơi tiếp nhận; 11.581 TTHC đã được công khai trên Cơ sở dữ liệu quốc gia về TTHC.",
     [F(1129, "văn bản", "quyết định công bố TTHC", ""),
      F(14716, "TTHC", "TTHC được công bố", ""),
      F(11581, "TTHC", "TTHC công khai trên Cơ sở dữ liệu quốc gia", "")])
news("tinh", "Đến nay, 31,16% kết quả giải quyết TTHC được cấp bản sao điện tử có giá trị pháp lý để tái sử dụng, còn tỷ lệ số hóa hồ sơ TTHC đạt 66,48%.",
     [F(31.16, "%", "tỷ lệ kết quả giải quyết TTHC được cấp bản sao điện tử", ""),
      F(66.48, "%", "tỷ lệ số hóa hồ sơ TTHC", "")])
news("tinh", "Từ năm 2021 đến nay, các bộ, cơ quan ngang bộ đã cắt giảm, đơn giản hóa 2.352 quy định kinh doanh.",
     [F(2352, "quy định", "quy định kinh doanh đã cắt giảm, đơn giản hóa", "")])

# ---------------------------------------------------------------- national conference on online public services, 31/8/2024 (vietnam.vn/ko)
src("https://www.vietnam.vn/ko/thuc-hien-1-muc-tieu-2-tru-cot-3-dot-pha-4-khong-va-5-tang-cuong-trong-trien-khai-dich-vu-cong-truc-tuyen")
news("tinh", "Báo cáo của Bộ Thông tin và Truyền thông tại hội nghị ngày 31/8/2024 cho biết tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các địa phương mới đạt 17,9%, nhiều nơi còn dưới 5%.",
     [F(17.9, "%", "tỷ lệ hồ sơ trực tuyến toàn trình bình quân của các địa phương", "")])
news("tinh", "Theo Bộ Thông tin và Truyền thông, từ năm 2011 đến nay, dịch vụ công trực tuyến ở Việt Nam đã trải qua hai giai đoạn phát triển và đang bước vào giai đoạn phát triển theo chiều sâu.")

# ---------------------------------------------------------------- Quảng Nam, Bộ chỉ số 766 ngày 15/4/2024 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/chi-so-phuc-vu-nguoi-dan-va-doanh-nghiep-cua-quang-nam-dang-xep-thu-16-63-tinh-thanh")
news("so_nganh", "Theo dữ liệu Bộ chỉ số phục vụ người dân, doanh nghiệp cập nhật đến ngày 15/4/2024, Sở Công Thương tỉnh Quảng Nam đạt 91,17 điểm, tiếp tục dẫn đầu khối sở, ngành của tỉnh.",
     [F(91.17, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "so_nganh")])
news("tinh", "Cùng kỳ đánh giá, Sở Tài nguyên và Môi trường chỉ đạt 47,27 điểm, đứng cuối khối sở, ngành.",
     [F(47.27, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của Sở Tài nguyên và Môi trường", "so_nganh")])
news("huyen", "Huyện Nam Giang đạt 88,31 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, dẫn đầu các huyện, thị xã, thành phố của tỉnh Quảng Nam.",
     [F(88.31, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "huyen")])
news("tinh", "Ở cấp huyện, huyện Quế Sơn xếp cuối với 70,45 điểm.",
     [F(70.45, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của huyện Quế Sơn", "huyen")])
news("tinh", "So với kỳ đánh giá trước, chỉ số công khai, minh bạch của tỉnh tăng 1 điểm; chỉ số tiến độ giải quyết và chỉ số số hóa hồ sơ cùng tăng 0,1 điểm.")

# ---------------------------------------------------------------- Công an tỉnh Quảng Ninh, 6/2025 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/cong-an-tinh-quang-ninh-hoan-thanh-99-92-ho-so-thu-tuc-hanh-chinh-qua-dich-vu-cong-truc-tuyen")
news("so_nganh", "Tính đến tháng 6/2025, Công an tỉnh Quảng Ninh đã tiếp nhận, giải quyết hơn 1,2 triệu hồ sơ TTHC, trong đó 99,92% hồ sơ được xử lý qua dịch vụ công trực tuyến.",
     [F(1200000, "hồ sơ", "tiếp nhận, giải quyết", "so_nganh", True),
      F(99.92, "%", "tỷ lệ hồ sơ xử lý qua dịch vụ công trực tuyến", "so_nganh")])
news("so_nganh", "Thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2021 - 2025, Công an tỉnh tiếp nhận, giải quyết 198 TTHC, từ quản lý cư trú, xuất nhập cảnh, đăng ký xe đến cấp phiếu lý lịch tư pháp.",
     [F(198, "TTHC", "TTHC do Công an tỉnh tiếp nhận, giải quyết", "so_nganh")])

# ---------------------------------------------------------------- Bắc Ninh, Bộ chỉ số 766, tuần thứ 9 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/bac-ninh-tuan-thu-9-lien-tiep-dan-dau-toan-quoc-ve-chat-luong-phuc-vu-tren-moi-truong-dien-tu")
news("tinh", "Bắc Ninh dẫn đầu cả nước về chất lượng phục vụ người dân, doanh nghiệp trên môi trường điện tử tuần thứ 9 liên tiếp, song điểm số chỉ tăng 0,09 điểm so với tuần trước, thấp hơn mức tăng 0,20 điểm của tuần liền kề.")
news("tinh", "Bám sát phía sau là thành phố Hải Phòng với 91,98 điểm, kém Bắc Ninh 0,39 điểm, và tỉnh Đồng Nai với 91,96 điểm.",
     [F(91.98, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của Hải Phòng", "tinh"),
      F(91.96, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của Đồng Nai", "tinh")])
news("tinh", "Trong các nhóm chỉ số thành phần, chỉ số công khai, minh bạch của tỉnh đạt 99,2%, chỉ số mức độ hài lòng cũng đạt 99,2%; riêng chỉ số cung cấp dịch vụ công trực tuyến giảm 0,07 điểm, mới đạt 70,1% số điểm tối đa.",
     [F(99.2, "%", "chỉ số công khai, minh bạch", "tinh"),
      F(99.2, "%", "chỉ số mức độ hài lòng", "tinh"),
      F(70.1, "%", "chỉ số cung cấp dịch vụ công trực tuyến so với điểm tối đa", "tinh")])
news("tinh", "Ở khối sở, ngành, Văn phòng UBND tỉnh giữ vị trí đầu với 95,38 điểm, tiếp theo là Sở Dân tộc và Tôn giáo (94,76 điểm) và Ban Quản lý các khu công nghiệp (94,55 điểm).",
     [F(95.38, "điểm", "điểm Bộ chỉ số của Văn phòng UBND tỉnh", "so_nganh"),
      F(94.76, "điểm", "điểm Bộ chỉ số của Sở Dân tộc và Tôn giáo", "so_nganh"),
      F(94.55, "điểm", "điểm Bộ chỉ số của Ban Quản lý các khu công nghiệp", "so_nganh")])

# ---------------------------------------------------------------- Quảng Ninh, CCHC thực chất (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/cai-cach-hanh-chinh-thuc-chat-hieu-qua")
rep("tinh", "HĐND tỉnh Quảng Ninh đã thông qua 03 nghị quyết về cơ chế, chính sách hỗ trợ doanh nghiệp, thúc đẩy CCHC; UBND tỉnh ban hành hơn 30 quyết định, kế hoạch, chương trình hành động và hơn 570 thông báo, văn bản chỉ đạo.",
    [F(3, "văn bản", "nghị quyết của HĐND tỉnh về cơ chế, chính sách thúc đẩy CCHC", "tinh"),
     F(30, "văn bản", "quyết định, kế hoạch, chương trình hành động của UBND tỉnh", "tinh", True),
     F(570, "văn bản", "thông báo, văn bản chỉ đạo của UBND tỉnh", "tinh", True)])
rep("tinh", "Quảng Ninh là địa phương đầu tiên đưa vào Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 mục tiêu hằng năm giữ vị trí dẫn đầu các chỉ số PCI, PAR INDEX, SIPAS và PAPI, được cụ thể hóa bằng Nghị quyết chuyên đề số 05 năm 2021.")

# ---------------------------------------------------------------- Nam Định, PAR INDEX 2024 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/phi-dia-gioi-giai-quyet-thu-tuc-hanh-chinh-can-quyet-tam-lon-de-thuc-hien")
news("tinh", "Năm 2024, Chỉ số CCHC của tỉnh Nam Định đạt 88,69 điểm, tăng 1,58 điểm, xếp thứ 28/63 tỉnh, thành phố, tăng 1 bậc so với năm 2023.",
     [F(88.69, "điểm", "Chỉ số CCHC", "tinh")])
news("tinh", "Chỉ mất khoảng 10 phút thao tác trên Cổng Dịch vụ công quốc gia, người dân có thể nộp hồ sơ cấp hộ chiếu, nộp lệ phí 180.000 đồng trực tuyến và nhận kết quả qua bưu điện sau khoảng một tuần.")

# ---------------------------------------------------------------- Phú Thọ, PAPI 2023 (vietnam.vn/ko)
src("https://vietnam.vn/ko/cong-bo-ket-qua-xep-hang-chi-so-papi-nam-2023-phu-tho-trong-nhom-dat-diem-cao")
news("tinh", "Theo báo cáo PAPI 2023 công bố ngày 02/4/2024, tỉnh Phú Thọ đạt 42,9957 điểm, thuộc nhóm các tỉnh, thành phố đạt điểm cao.",
     [F(42.9957, "điểm", "Chỉ số PAPI", "tinh")])
news("tinh", "PAPI đánh giá theo 8 chỉ số nội dung: tham gia của người dân ở cấp cơ sở, công khai minh bạch, trách nhiệm giải trình, kiểm soát tham nhũng, thủ tục hành chính công, cung ứng dịch vụ công, quản trị môi trường và quản trị điện tử.")

# ---------------------------------------------------------------- PAPI 2016 (vinahanin, Korean)
src("http://www.vinahanin.com/hotnewsissue/322096")
news("tinh", "Ở chỉ số nội dung Tham gia của người dân ở cấp cơ sở trong PAPI 2016, Hà Tĩnh đạt cao nhất với 6,81 điểm, Trà Vinh thấp nhất với 4,43 điểm.",
     [F(6.81, "điểm", "chỉ số Tham gia của người dân ở cấp cơ sở của Hà Tĩnh", "tinh"),
      F(4.43, "điểm", "chỉ số Tham gia của người dân ở cấp cơ sở của Trà Vinh", "tinh")])
news("tinh", "Bình quân cả nước năm 2016, chỉ số Công khai, minh bạch đạt 5,55 điểm, Trách nhiệm giải trình với người dân đạt 4,85 điểm và Kiểm soát tham nhũng trong khu vực công đạt 5,69 điểm.",
     [F(5.55, "điểm", "chỉ số Công khai, minh bạch bình quân cả nước", ""),
      F(4.85, "điểm", "chỉ số Trách nhiệm giải trình bình quân cả nước", ""),
      F(5.69, "điểm", "chỉ số Kiểm soát tham nhũng bình quân cả nước", "")])

# ---------------------------------------------------------------- PAR INDEX 2021 (chaovietnam, Korean)
src("http://chaovietnam.co.kr/archives/46769")
news("tinh", "Trong bảng xếp hạng Chỉ số CCHC năm 2021, Thừa Thiên Huế đứng thứ tư với 89,32%, Vĩnh Phúc thứ năm với 89,28%.",
     [F(89.32, "%", "Chỉ số CCHC của Thừa Thiên Huế", "tinh"),
      F(89.28, "%", "Chỉ số CCHC của Vĩnh Phúc", "tinh")])
news("tinh", "Ở khối bộ, ngành, xếp sau Bộ Tư pháp là Bộ Tài chính với 91,71% và Ngân hàng Nhà nước Việt Nam với 90,37%.",
     [F(91.71, "%", "Chỉ số CCHC của Bộ Tài chính", ""),
      F(90.37, "%", "Chỉ số CCHC của Ngân hàng Nhà nước Việt Nam", "")])
news("tinh", "So với năm 2020, 60/63 địa phương tăng điểm, ba địa phương giảm là Đồng Nai, Tiền Giang và Hà Nam; Hà Nội tăng 2 bậc lên thứ 10, còn TP. Hồ Chí Minh giảm 20 bậc xuống thứ 43.")

# ---------------------------------------------------------------- PAR INDEX / SIPAS 2022 (goodmorningvietnam, Korean)
src("http://www.goodmorningvietnam.co.kr/news/article.html?no=63192")
news("tinh", "Năm 2022 là năm thứ 11 liên tiếp Bộ Nội vụ công bố Chỉ số CCHC và năm thứ 6 công bố SIPAS, với đối tượng đánh giá là 17 bộ, cơ quan ngang bộ và UBND 63 tỉnh, thành phố.")

# ---------------------------------------------------------------- Quảng Nam, SIPAS / PAR INDEX 2023 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/quang-nam-tang-diem-thang-hang-par-index-va-sipas")
news("tinh", "Năm 2023, SIPAS của tỉnh Quảng Nam đạt 78,44%, tăng 3,88% so với năm 2022 nhưng vẫn thấp hơn bình quân cả nước 4,22%, xếp thứ 59/63, tăng 2 bậc.",
     [F(78.44, "%", "Chỉ số SIPAS", "tinh")])
news("tinh", "Chỉ số CCHC năm 2023 của tỉnh xếp thứ 56/63, tăng 1 bậc; điểm số tăng 3,69% so với năm 2022 nhưng thấp hơn bình quân cả nước 2,38%.")

# ---------------------------------------------------------------- phường Thới An (TP.HCM), phường Nha Trang, 7/2025 (Chinese)
src("http://www.senqingzn.com/dy/article/K4JH05GO0534MHMX.html?f=post2020_dy_recommends")
news("xa", "Theo Phó Giám đốc Trung tâm Phục vụ hành chính công phường Thới An (TP. Hồ Chí Minh), 11 cán bộ của Trung tâm mỗi ngày tiếp nhận bình quân 150 hồ sơ.",
     [F(11, "người", "cán bộ làm việc tại Trung tâm Phục vụ hành chính công", "xa"),
      F(150, "hồ sơ", "hồ sơ tiếp nhận bình quân mỗi ngày", "xa")])
news("xa", "Phường Thới An mới được hợp nhất từ phường Thới An và phường Thạnh Xuân cũ, có diện tích 14,9 km² và khoảng 125.000 dân.")
news("xa", "Nhờ xây dựng phương án chi tiết từ trước, phường Nha Trang (tỉnh Khánh Hòa) vẫn giải quyết thông suốt bình quân 200 hồ sơ mỗi ngày.",
     [F(200, "hồ sơ", "hồ sơ giải quyết bình quân mỗi ngày", "xa")])

# ---------------------------------------------------------------- xã Bù Đăng (Đồng Nai), 10/2025
src("https://baodongnai.com.vn/english/politics/202510/bu-dang-commune-builds-a-government-serving-the-people-d43059f")
news("xa", "Từ khi vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Bù Đăng đã tổ chức 15 đợt giải quyết TTHC lưu động tại các thôn, ấp vùng sâu, vùng xa.",
     [F(15, "đợt", "đợt giải quyết TTHC lưu động", "xa")])
news("xa", "Qua các đợt lưu động, Trung tâm đã đón 179 lượt người dân, tiếp nhận và giải quyết 120 hồ sơ TTHC.",
     [F(179, "lượt", "lượt người dân được phục vụ lưu động", "xa"),
      F(120, "hồ sơ", "tiếp nhận và giải quyết", "xa")])
news("xa", "Đại hội Đảng bộ xã Bù Đăng lần thứ nhất xác định chuyển đổi số gắn với CCHC là một trong 3 khâu đột phá của nhiệm kỳ 2025 - 2030.")

# ---------------------------------------------------------------- xã Đắk Lua (Đồng Nai), 9/2025
src("https://baodongnai.com.vn/english/politics/202509/constantly-improving-public-service-quality-6482a13")
news("xa", "Trước đây, người dân xã Đắk Lua phải đi gần 70 km đến trung tâm huyện Tân Phú cũ để làm thủ tục; nay chỉ cần đi hơn 1 km là tới Trung tâm Phục vụ hành chính công xã.")

# ---------------------------------------------------------------- xã Nha Bích (Đồng Nai), 10/2025
src("https://www.vietnam.vn/en/chinh-quyen-dia-phuong-hai-cap-chu-dong-sang-tao-lay-nguoi-dan-lam-trung-tam")
news("xa", "Đến tháng 10/2025, UBND xã Nha Bích đã vươn lên nhóm 10 đơn vị dẫn đầu tỉnh Đồng Nai về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp.")

# ---------------------------------------------------------------- xã Mỹ Tú (Cần Thơ), Tết 2026 (ko.laodong)
src("https://ko.laodong.vn/xa-hoi/28-tet-can-bo-xa-o-can-tho-van-miet-mai-lam-viec-phuc-vu-nguoi-dan-1656600.ldo")
news("xa", "Ngày 15/2/2026 (28 tháng Chạp), Trung tâm Phục vụ hành chính công xã Mỹ Tú (TP. Cần Thơ) vẫn làm việc cả ngày Chủ nhật, buổi sáng từ 7 giờ 30 đến 11 giờ, buổi chiều từ 13 giờ 30 đến 17 giờ.")

# ---------------------------------------------------------------- Hà Nội, chính sách từ 01/01/2026 (ko.laodong)
src("https://ko.laodong.vn/xa-hoi/thay-doi-lon-ve-thu-tuc-hanh-chinh-tai-ha-noi-tu-112026-1634558.ldo")
news("tinh", "Từ ngày 01/01/2026, 100% kết quả giải quyết TTHC dạng giấy trên địa bàn Hà Nội sẽ được trả qua dịch vụ bưu chính công ích; chi nhánh Trung tâm Phục vụ hành chính công không trả kết quả trực tiếp, trừ trường hợp luật chuyên ngành quy định khác.")
news("tinh", "Tổ chức, cá nhân thực hiện dịch vụ công trực tuyến sẽ được hỗ trợ 100% chi phí cấp mới, gia hạn chứng thư chữ ký số cá nhân, tối đa 100.000 đồng/người/năm, và được miễn 100% phí, lệ phí theo mức thu do Bộ Tài chính quy định.")

# ---------------------------------------------------------------- Hà Nội, điểm hỗ trợ dịch vụ công tại bưu điện (vovworld ko)
src("https://vovworld.vn/ko-KR/뉴스/하노이시-공공서비스-지원-센터-시범-운영-1364894.vov")
news("tinh", "Sáng 05/02, Bưu điện Việt Nam phối hợp với Trung tâm Phục vụ hành chính công thành phố Hà Nội thí điểm vận hành điểm hỗ trợ dịch vụ công tại Bưu điện Trung tâm Hoàn Kiếm, số 75 Đinh Tiên Hoàng; mô hình hướng tới nâng tỷ lệ hồ sơ nộp trực tuyến từ 30% lên 80% vào năm 2025.")

# ---------------------------------------------------------------- Hà Nội, chi nhánh Trung tâm PVHCC (vietnam.vn/fr)
src("https://www.vietnam.vn/fr/ha-noi-dieu-chinh-dia-diem-thuc-hien-thu-tuc-hanh-chinh")
news("tinh", "Ngày 01/4, người dân bắt đầu làm thủ tục tại 21 địa điểm mới là các chi nhánh của Trung tâm Phục vụ hành chính công thành phố Hà Nội; Chi nhánh số 1 đặt tại số 258 Võ Chí Công, phường Xuân La, quận Tây Hồ.")

# ---------------------------------------------------------------- phường Dĩ An (TP.HCM), 01/7/2025 (xe.today)
src("https://xe.today/?p=303627")
news("xa", "Phường Dĩ An mới được hình thành từ phường Dĩ An, phường An Bình và một phần phường Tân Đông Hiệp, có diện tích khoảng 21,38 km² và 227.817 dân, đông nhất TP. Hồ Chí Minh.")

# ---------------------------------------------------------------- Tuyên Quang, 8/2025 (vietnam.vn/ja)
src("https://www.vietnam.vn/ja/tuyen-quang-xep-thu-5-34-tinh-thanh-ve-cai-cach-hanh-chinh")
news("tinh", "Tại Trung tâm Phục vụ hành chính công tỉnh (2 cơ sở), bình quân mỗi ngày có khoảng 200 - 250 lượt người đến làm thủ tục; ở cấp xã, mỗi xã đón 20 - 25 lượt mỗi ngày.")
