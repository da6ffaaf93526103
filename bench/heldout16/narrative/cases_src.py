# Cases for held-out set 16 (narrative), written blind. Every text is my own Vietnamese wording.
# Real cases: figures, names and dates from the page given in src(url).
# Synthetic cases (src("synthetic")): real units that earlier sets did not use, with invented but
# internally consistent figures, written in the structures the real pages show.


def load(src, rep, news, F):
    # ------------------------------------------------------------------ REAL PAGES
    src("https://doingoailaocai.vn/en/bai-viet/23443")
    news("tinh", "Hệ thống quản lý văn bản và điều hành VNPT-iOffice của tỉnh Lào Cai được liên thông 4 cấp chính quyền; "
         "năm 2024, trên 98% văn bản điện tử được ký số và luân chuyển qua hệ thống, 100% cơ quan hành chính nhà nước "
         "từ cấp tỉnh đến cấp xã sử dụng phần mềm này.",
         [F(98, "%", "văn bản điện tử được ký số và luân chuyển qua hệ thống", "tinh", True),
          F(100, "%", "cơ quan hành chính nhà nước sử dụng phần mềm quản lý văn bản", "tinh")])
    news("tinh", "Đến cuối năm 2024, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã của Lào Cai được kết nối mạng WAN nội bộ "
         "và Internet tốc độ cao; tỉnh đã đưa vào vận hành trung tâm dữ liệu dùng chung, nền tảng LGSP và hệ thống "
         "hội nghị truyền hình trực tuyến 3 cấp.",
         [F(100, "%", "cơ quan nhà nước kết nối mạng WAN nội bộ và Internet tốc độ cao", "tinh")])

    src("https://www.vietnam.vn/en/pho-thu-tuong-pham-thi-thanh-tra-goi-mo-7-nhom-nhiem-vu-trong-tam-cho-lao-cai")
    news("tinh", "Báo cáo với Phó Thủ tướng Phạm Thị Thanh Trà chiều 09/11/2025, Chủ tịch UBND tỉnh Lào Cai cho biết sau khi "
         "vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ được giải quyết đúng hạn của tỉnh đạt trên 97%; tỉnh "
         "đã giải quyết chế độ, chính sách cho hơn 2.200 trường hợp nghỉ việc.",
         [F(97, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh", True),
          F(2200, "người", "trường hợp nghỉ việc được giải quyết chế độ, chính sách", "tinh", True)])

    src("https://vrviet.vn/en/bo-tu-phap-de-xuat-cho-phep-nghe-an-thi-diem-cap-phieu-ly-lich-tu-phap-o-mot-so-don-vi-cap-huyen")
    news("tinh", "Theo số liệu của Bộ Tư pháp, giai đoạn 2021 - 2023, bình quân mỗi năm Hà Nội cấp 51.211 Phiếu lý lịch tư pháp, "
         "TP Hồ Chí Minh cấp 95.979 phiếu và tỉnh Nghệ An cấp 56.900 phiếu; đây là 3 địa phương có lượng yêu cầu cấp "
         "Phiếu lớn nhất cả nước.",
         [F(51211, "phiếu", "Phiếu lý lịch tư pháp cấp bình quân mỗi năm", "tinh"),
          F(95979, "phiếu", "Phiếu lý lịch tư pháp cấp bình quân mỗi năm", "tinh"),
          F(56900, "phiếu", "Phiếu lý lịch tư pháp cấp bình quân mỗi năm", "tinh")])
    news("tinh", "Bộ Tư pháp đề xuất thí điểm trong thời gian 2 năm việc phân cấp thẩm quyền cấp Phiếu lý lịch tư pháp cho "
         "một số Phòng Tư pháp cấp huyện tại Hà Nội, TP Hồ Chí Minh và tỉnh Nghệ An, nhằm giảm áp lực cho Sở Tư pháp.")

    src("https://vietnamnet.vn/en/software-to-register-civil-status-launched-in-28-provinces-cities-E205699.html")
    news("tinh", "Sáu tháng đầu năm 2018, Bộ Tư pháp đã hoàn thành 116/161 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, "
         "không có nhiệm vụ quá hạn; Bộ cũng đã bãi bỏ 49/94 điều kiện kinh doanh thuộc phạm vi quản lý.",
         [F(116, "nhiệm vụ", "nhiệm vụ đã hoàn thành", ""),
          F(161, "nhiệm vụ", "nhiệm vụ được Chính phủ, Thủ tướng giao", ""),
          F(49, "điều kiện", "điều kiện kinh doanh đã bãi bỏ", ""),
          F(94, "điều kiện", "tổng số điều kiện kinh doanh", "")])
    news("tinh", "Phần mềm đăng ký, quản lý hộ tịch đã được triển khai tại 28 tỉnh, thành phố, giúp đăng ký khai sinh cho hơn "
         "1 triệu trẻ em và giải quyết gần 2.500 hồ sơ quốc tịch; các Sở Tư pháp địa phương đã cấp hơn 263.000 Phiếu lý "
         "lịch tư pháp.",
         [F(28, "tỉnh", "tỉnh, thành phố triển khai phần mềm hộ tịch", ""),
          F(1000000, "người", "trẻ em được đăng ký khai sinh qua phần mềm", "", True),
          F(2500, "hồ sơ", "hồ sơ quốc tịch được giải quyết", "", True),
          F(263000, "phiếu", "Phiếu lý lịch tư pháp đã cấp", "", True)])

    src("https://baonghean.vn/en/bo-tu-phap-to-chuc-hoi-nghi-truc-tuyen-so-ket-cong-tac-tu-phap-6-thang-dau-nam-2024-10275331.html")
    news("tinh", "Tính đến hết 6 tháng đầu năm 2024, cả nước đã số hóa 2.524.892 sổ hộ tịch với 60 triệu dữ liệu, trong đó "
         "hơn 50 triệu dữ liệu đã được cập nhật vào Cơ sở dữ liệu hộ tịch điện tử.",
         [F(2524892, "sổ", "sổ hộ tịch đã số hóa", ""),
          F(60000000, "dữ liệu", "dữ liệu hộ tịch đã số hóa", ""),
          F(50000000, "dữ liệu", "dữ liệu đã cập nhật vào CSDL hộ tịch điện tử", "", True)])

    src("https://news.laodong.vn/xa-hoi/ngay-dau-lam-viec-cua-chinh-quyen-2-cap-tai-xa-vung-cao-dien-bien-1532585.ldo")
    news("xa", "Sau sắp xếp, xã Búng Lao (tỉnh Điện Biên), được hình thành từ 3 xã Búng Lao, Chiềng Đông và Ẳng Tở, có tổng "
         "số 88 cán bộ, công chức, viên chức, trong đó khối chính quyền xã có 55 người.",
         [F(88, "người", "cán bộ, công chức, viên chức của xã", "xa"),
          F(55, "người", "cán bộ, công chức khối chính quyền xã", "xa")])
    news("xa", "Xã Búng Lao mới có diện tích khoảng 145,85 km² và dân số gần 20.000 người; ngày 01/7/2025, Trung tâm Phục vụ "
         "hành chính công xã đi vào hoạt động tại trụ sở xã Búng Lao cũ.")

    src("https://news.laodong.vn/xa-hoi/cac-xa-phuong-o-dien-bien-tat-bat-chinh-trang-tru-so-truoc-ngay-17-1531985.ldo")
    news("tinh", "Theo Đề án sắp xếp, tỉnh Điện Biên sắp xếp 129 xã, phường, thị trấn để thành lập 45 đơn vị hành chính cấp "
         "xã mới, gồm 42 xã và 3 phường.")
    news("xa", "Phường Điện Biên Phủ được thành lập trên cơ sở sáp nhập các phường Him Lam, Tân Thanh, Mường Thanh, Thanh "
         "Bình, Thanh Trường và xã Thanh Minh, có diện tích 56,75 km² với khoảng 50.000 dân.")

    src("https://baonghean.vn/nghe-an-typical-achievements-in-the-first-half-of-2023-post272462.html")
    news("tinh", "Theo kết quả công bố năm 2023, Chỉ số CCHC năm 2022 của tỉnh Nghệ An xếp thứ 16/63 tỉnh, thành phố, tăng 1 "
         "bậc so với năm 2021; Chỉ số SIPAS xếp thứ 14/63, tăng 21 bậc.")

    src("https://news.laodong.vn/thoi-su/nguoi-dan-nghe-an-hai-long-voi-bo-may-hanh-chinh-cong-1502943.ldo")
    news("tinh", "Năm 2024, tỉnh Nghệ An xếp thứ 6/63 về Chỉ số SIPAS, tăng 6 bậc so với năm 2023; Chỉ số CCHC xếp thứ 27/63 "
         "và Chỉ số PCI giữ vị trí 44/63.")
    news("tinh", "Ngày 28/4/2025, HĐND tỉnh ban hành Nghị quyết số 09/NQ-HĐND về chủ trương sắp xếp đơn vị hành chính cấp "
         "xã; sau sắp xếp, tỉnh Nghệ An có 130 đơn vị hành chính cấp xã, gồm 119 xã và 11 phường.")

    src("https://news.laodong.vn/xa-hoi/sieu-phuong-o-ninh-binh-bo-tri-them-diem-giai-quyet-thu-tuc-hanh-chinh-cho-nguoi-dan-1533516.ldo")
    news("xa", "Phường Nam Định (tỉnh Ninh Bình) được hình thành từ 8 đơn vị, có diện tích gần 20 km² và khoảng 188.000 dân. "
         "Ngay trong ngày đầu vận hành, Trung tâm Phục vụ hành chính công phường đã tiếp nhận hơn 150 hồ sơ.",
         [F(150, "hồ sơ", "hồ sơ tiếp nhận trong ngày đầu", "xa", True)])

    src("https://www.vietnam.vn/en/ghi-nhan-o-phuong-co-quy-mo-dan-so-dong-nhat-tinh")
    news("xa", "Trung tâm Phục vụ hành chính công phường Hạc Thành (Thanh Hóa) bố trí 10 cán bộ, công chức làm việc theo "
         "đúng chuyên môn, phân công rõ người phụ trách từng lĩnh vực; số điện thoại đường dây nóng của Phó Chủ tịch UBND "
         "phường và của Trung tâm được công khai.",
         [F(10, "người", "cán bộ, công chức bố trí tại Trung tâm", "xa")])

    src("http://www.yes8877.cc/central-bank-quang-ninh-continue-to-top-2020-administrative-reform-index-post203598.vnp")
    news("tinh", "Kết quả Chỉ số CCHC năm 2020 công bố ngày 24/6 cho thấy Ngân hàng Nhà nước Việt Nam dẫn đầu khối bộ, "
         "cơ quan ngang bộ với 95,88%, còn Quảng Ninh tiếp tục đứng đầu 63 tỉnh, thành phố với 91,04%.",
         [F(95.88, "%", "Chỉ số CCHC năm 2020", ""),
          F(91.04, "%", "Chỉ số CCHC năm 2020", "tinh")])
    news("tinh", "Về Chỉ số SIPAS năm 2020, Quảng Ninh tiếp tục dẫn đầu với 95,76%, tiếp theo là Hải Phòng (93,57%), Bắc "
         "Giang (92,54%) và Hải Dương (92,2%).",
         [F(95.76, "%", "Chỉ số SIPAS năm 2020", "tinh"),
          F(93.57, "%", "Chỉ số SIPAS năm 2020", "tinh"),
          F(92.54, "%", "Chỉ số SIPAS năm 2020", "tinh"),
          F(92.2, "%", "Chỉ số SIPAS năm 2020", "tinh")])
    news("tinh", "Trong số người dân được khảo sát SIPAS năm 2020, 5% cho biết phải đi lại nhiều lần mới hoàn thành được "
         "một thủ tục hành chính.",
         [F(5, "%", "người được khảo sát phải đi lại nhiều lần", "")])

    src("https://lforum.biz/-181.html")
    news("tinh", "Theo đánh giá của Bộ Nội vụ, năm 2017 mức độ hài lòng của người dân cả nước đạt gần 78% về tiếp cận dịch vụ, "
         "khoảng 85% về thủ tục hành chính, 82% về công chức và 81% về dịch vụ hành chính.",
         [F(78, "%", "hài lòng về tiếp cận dịch vụ", "", True),
          F(85, "%", "hài lòng về thủ tục hành chính", "", True),
          F(82, "%", "hài lòng về công chức", ""),
          F(81, "%", "hài lòng về dịch vụ hành chính", "")])
    news("tinh", "Theo Chỉ số CCHC năm 2017 công bố ngày 02/5, Quảng Ninh xếp thứ nhất, Hà Nội thứ hai và Đồng Nai thứ "
         "ba trong 63 tỉnh, thành phố; Quảng Ngãi xếp cuối bảng.")

    src("http://doingoailaocai.vn/en/bai-viet/12947")
    news("tinh", "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng của toàn tỉnh Lào Cai đạt 79,76%; tỷ lệ văn bản được "
         "ký số hoàn toàn đạt 79,53%.",
         [F(79.76, "%", "hồ sơ công việc xử lý trên môi trường mạng", "tinh"),
          F(79.53, "%", "văn bản được ký số hoàn toàn", "tinh")])
    news("tinh", "Cổng Dịch vụ công của tỉnh đã cung cấp 1.194/2.019 TTHC trực tuyến mức độ 3 và 4, đạt 59,1%; trong đó có "
         "759 dịch vụ công mức độ 4, đạt 37,6%.",
         [F(1194, "TTHC", "TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh", code="BM7-6.3.1"),
          F(2019, "TTHC", "tổng số TTHC", "tinh"),
          F(59.1, "%", "tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh"),
          F(759, "TTHC", "dịch vụ công trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
          F(37.6, "%", "tỷ lệ dịch vụ công mức độ 4", "tinh")])

    src("https://www.doingoailaocai.vn/en/bai-viet/23452")
    news("tinh", "Đến hết tháng 5/2025, Lào Cai đã số hóa toàn bộ dữ liệu hộ tịch giai đoạn 1991 - 2016, trên 95% dữ liệu đã "
         "được tích hợp chính thức; cơ sở dữ liệu đất đai được số hóa tại 151/151 xã với 3,6 triệu thửa đất.",
         [F(95, "%", "dữ liệu hộ tịch đã được tích hợp chính thức", "tinh", True),
          F(151, "xã", "xã đã số hóa cơ sở dữ liệu đất đai", "tinh"),
          F(151, "xã", "tổng số xã", "tinh"),
          F(3600000, "thửa", "thửa đất đã số hóa", "tinh")])
    news("tinh", "Trong tháng 5/2025, 162/162 hệ thống thông tin của tỉnh đã được phê duyệt cấp độ an toàn, ngăn chặn hơn 4.800 cuộc "
         "tấn công trái phép; nền tảng đào tạo trực tuyến MOOCs thu hút gần 7.700 học viên, 76% hoàn thành khóa học.",
         [F(162, "hệ thống", "hệ thống thông tin được phê duyệt cấp độ an toàn", "tinh"),
          F(162, "hệ thống", "tổng số hệ thống thông tin", "tinh"),
          F(4800, "cuộc", "cuộc tấn công trái phép bị ngăn chặn", "tinh", True),
          F(7700, "người", "học viên tham gia nền tảng MOOCs", "tinh", True),
          F(76, "%", "học viên hoàn thành khóa học", "tinh")])

    src("https://www.doingoailaocai.vn/en/bai-viet/20530")
    news("tinh", "Theo Quyết định số 1857/QĐ-UBND ngày 23/7/2024, năm 2024 tỉnh Lào Cai có 119 công chức, viên chức được "
         "hưởng chính sách hỗ trợ nhân lực công nghệ thông tin, chuyển đổi số, với mức hỗ trợ hằng tháng 5,4 triệu đồng, "
         "3,6 triệu đồng hoặc 0,9 triệu đồng tùy theo nhóm.",
         [F(119, "người", "công chức, viên chức được hưởng hỗ trợ nhân lực CNTT, chuyển đổi số", "tinh")])
    news("tinh", "Tỉnh Lào Cai đã hợp nhất 03 Ban Chỉ đạo về chuyển đổi số, cải cách hành chính và thực hiện Đề án 06 thành "
         "01 Ban Chỉ đạo chung để thống nhất chỉ đạo, điều hành.")

    src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/muong-lan-subdues-challenges-to-serve-citizens-needs-effectively-UM6U0jlNR.html")
    news("xa", "Sau hơn một tháng vận hành chính quyền hai cấp, số cán bộ, công chức của xã Mường Lạn (Điện Biên) tăng gần 3 "
         "lần; UBND xã bố trí phòng làm việc nhỏ cho 3 - 4 người và phòng lớn cho 7 - 8 người.")

    src("https://news.laodong.vn/xa-hoi/quang-nam-doc-toan-luc-lo-chinh-sach-can-bo-truoc-gio-sap-nhap-voi-da-nang-1531005.ldo")
    news("tinh", "Theo Bí thư Tỉnh ủy Quảng Nam, khối lượng công việc của các xã, phường mới sẽ gấp 6 lần hiện nay; sau hợp "
         "nhất, Đảng bộ thành phố Đà Nẵng mới có 98 tổ chức đảng trực thuộc, trong đó có 93 đảng bộ xã, phường.")

    src("https://en.baohagiang.vn/administrative-reform/202504/ha-giang-aims-to-cut-30-of-administrative-procedures-for-citizens-and-businesses-77931e6")
    news("tinh", "Kế hoạch năm 2025 của tỉnh Hà Giang đặt mục tiêu cắt giảm ít nhất 30% điều kiện đầu tư kinh doanh không cần "
         "thiết và 30% thời gian, chi phí tuân thủ TTHC; ít nhất 50% dịch vụ công trực tuyến toàn trình đáp ứng yêu cầu và "
         "90% người sử dụng hài lòng.")

    src("https://news.laodong.vn/xa-hoi/xa-vung-cao-lao-cai-tan-dung-tang-ham-tram-y-te-lam-cong-so-1537440.ldo")
    news("xa", "Xã Mường Hum (Lào Cai) cách trung tâm thành phố Lào Cai cũ hơn 60 km; sau khi hợp nhất với xã Trung Lèng Hồ và "
         "xã Nậm Pung, số cán bộ, công chức tăng gấp 3 lần nên tầng hầm nhà văn hóa được cải tạo làm nơi làm việc.")

    src("https://news.laodong.vn/xa-hoi/dien-bien-dua-trung-tam-hanh-chinh-cong-ve-khu-dat-vang-tien-loi-1643268.ldo")
    news("tinh", "Tháng 10/2025, UBND tỉnh Điện Biên phê duyệt dự án 8 tỷ đồng để cải tạo, sửa chữa trụ sở Trung tâm Phục vụ "
         "hành chính công tỉnh tại số 867 đường Võ Nguyên Giáp, phường Điện Biên Phủ.")

    src("https://vccinews.com/news/61581/phu-tho-ensures-seamless-public-services-after-administrative-merger.html")
    news("tinh", "Sau hợp nhất, tỉnh Phú Thọ có quy mô kinh tế trên 354 nghìn tỷ đồng, xếp thứ 6/34 tỉnh, thành phố; diện tích "
         "9.361 km², xếp thứ 15 và dân số hơn 4 triệu người, xếp thứ 7 cả nước.")

    src("https://vietnam.vn/en/xay-dung-de-an-hop-nhat-tinh-tuyen-quang-va-tinh-ha-giang")
    news("tinh", "Theo dự thảo Đề án, tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, "
         "có diện tích gần 13.800 km², dân số hơn 1,865 triệu người; trung tâm chính trị - hành chính đặt tại tỉnh Tuyên "
         "Quang hiện nay.")

    # ------------------------------------------------------------------ SYNTHETIC (real units, invented figures)
    src("synthetic")
    rep("xa", "Từ ngày 01/7 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công xã Con Cuông tiếp nhận 2.418 hồ sơ TTHC, "
        "trong đó 1.902 hồ sơ trực tuyến (78,66%); đã giải quyết 2.367 hồ sơ, trong đó 2.351 hồ sơ đúng hạn, đạt 99,32%.",
        [F(2418, "hồ sơ", "hồ sơ TTHC tiếp nhận", "xa", code="BM7-6.4.1"),
         F(1902, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
         F(78.66, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
         F(2367, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
         F(2351, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
         F(99.32, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])
    rep("xa", "Quý III/2025, UBND phường Sông Trí tiếp nhận 4.106 hồ sơ, đã giải quyết 3.987 hồ sơ; 119 hồ sơ đang trong hạn "
        "xử lý, không có hồ sơ quá hạn.",
        [F(4106, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
         F(3987, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
         F(119, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "xa")])
    news("xa", "Sau 3 tháng vận hành, Trung tâm Phục vụ hành chính công phường Kim Long (thành phố Huế) đã tiếp nhận hơn 3.200 "
         "hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt trên 92%.",
         [F(3200, "hồ sơ", "hồ sơ tiếp nhận", "xa", True),
          F(92, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True, code="BM7-6.4")])
    rep("xa", "Kế hoạch CCHC năm 2025 của UBND phường Đồng Thuận đề ra 36 nhiệm vụ; đến ngày 15/11/2025, phường đã hoàn thành "
        "29 nhiệm vụ, đạt 80,56%.",
        [F(36, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
         F(29, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
         F(80.56, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")])
    rep("xa", "Trong năm 2025, UBND xã Lâm Thao ban hành 14 văn bản chỉ đạo, triển khai công tác CCHC, gồm 3 kế hoạch và 11 "
        "công văn.",
        [F(14, "văn bản", "văn bản chỉ đạo, triển khai CCHC", "xa"),
         F(3, "văn bản", "kế hoạch CCHC", "xa"),
         F(11, "văn bản", "công văn chỉ đạo CCHC", "xa")])
    news("xa", "Ngày đầu vận hành mô hình mới, Trung tâm Phục vụ hành chính công phường Bỉm Sơn tiếp nhận 126 hồ sơ, trong đó "
         "98 hồ sơ nộp trực tuyến.",
         [F(126, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
          F(98, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", code="BM7-6.4.2")])
    rep("xa", "Từ đầu năm đến ngày 30/11/2025, UBND phường Tích Lương tiếp nhận 12 phản ánh, kiến nghị về quy định hành chính, "
        "đã giải quyết xong 11 phản ánh, kiến nghị, đạt 91,67%; 01 phản ánh đang được xem xét.",
        [F(12, "PAKN", "PAKN về quy định hành chính tiếp nhận", "xa", code="BM3-3.4.1"),
         F(11, "PAKN", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
         F(91.67, "%", "tỷ lệ giải quyết PAKN", "xa", code="BM3-3.4"),
         F(1, "PAKN", "PAKN đang xem xét", "xa")])
    rep("xa", "Năm 2025, UBND xã Bắc Sơn thực hiện 341 TTHC thuộc thẩm quyền giải quyết của cấp xã; 100% TTHC được công khai "
        "trên Cổng Dịch vụ công quốc gia.",
        [F(341, "TTHC", "TTHC thuộc thẩm quyền giải quyết của cấp xã", "xa", code="BM3-1.4.3"),
         F(100, "%", "TTHC được công khai trên Cổng DVC quốc gia", "xa")])
    rep("huyen", "Năm 2023, Bộ phận Một cửa UBND huyện Than Uyên tiếp nhận 5.862 hồ sơ, đã giải quyết 5.790 hồ sơ, trong đó "
        "đúng hạn 5.741 hồ sơ, đạt 99,15%; 72 hồ sơ đang giải quyết chuyển kỳ sau.",
        [F(5862, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
         F(5790, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
         F(5741, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
         F(99.15, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"),
         F(72, "hồ sơ", "hồ sơ đang giải quyết chuyển kỳ sau", "huyen")])
    rep("huyen", "6 tháng đầu năm 2024, UBND huyện Chiêm Hóa tiếp nhận 3.245 hồ sơ TTHC, trong đó 2.806 hồ sơ được nộp trực "
        "tuyến, chiếm 86,47%.",
        [F(3245, "hồ sơ", "hồ sơ TTHC tiếp nhận", "huyen", code="BM7-6.4.1"),
         F(2806, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", code="BM7-6.4.2"),
         F(86.47, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", code="BM7-6.4")])
    news("huyen", "Chỉ số CCHC năm 2023 của huyện Mù Cang Chải xếp thứ 5/9 huyện, thị xã, thành phố của tỉnh Yên Bái, tăng 2 "
         "bậc so với năm 2022.")
    rep("huyen", "Năm 2024, tỷ lệ hồ sơ TTHC được giải quyết đúng hạn của thành phố Uông Bí đạt 99,64%; tỷ lệ số hóa hồ sơ, "
        "kết quả giải quyết TTHC đạt 96,4%.",
        [F(99.64, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"),
         F(96.4, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "huyen")])
    rep("tinh", "Đến ngày 15/12/2024, tổng số TTHC thuộc thẩm quyền giải quyết trên địa bàn tỉnh Hà Tĩnh là 1.964 thủ tục, "
        "trong đó cấp tỉnh 1.581 thủ tục, cấp huyện 263 thủ tục và cấp xã 120 thủ tục.",
        [F(1964, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", code="BM3-1.4"),
         F(1581, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
         F(263, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
         F(120, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])
    rep("tinh", "Trong năm 2024, Chủ tịch UBND tỉnh Hà Tĩnh ban hành 47 quyết định công bố danh mục TTHC, trong đó công bố mới "
        "126 TTHC, sửa đổi, bổ sung 203 TTHC và bãi bỏ 158 TTHC.",
        [F(47, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
         F(126, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
         F(203, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
         F(158, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3")])
    rep("tinh", "9 tháng năm 2025, UBND tỉnh Quảng Trị đã phê duyệt phương án đơn giản hóa 64 TTHC thuộc phạm vi quản lý "
        "của tỉnh.",
        [F(64, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")])
    rep("so_nganh", "Năm 2024, Sở Tư pháp tỉnh Thanh Hóa tiếp nhận 18.734 hồ sơ TTHC, đã giải quyết 18.512 hồ sơ, trong đó "
        "18.509 hồ sơ giải quyết đúng và trước hạn, đạt 99,98%.",
        [F(18734, "hồ sơ", "hồ sơ TTHC tiếp nhận", "so_nganh"),
         F(18512, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", code="BM3-3.1.1"),
         F(18509, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "so_nganh", code="BM3-3.1.2"),
         F(99.98, "%", "tỷ lệ giải quyết đúng và trước hạn", "so_nganh", code="BM3-3.1")])
    rep("so_nganh", "Hiện Sở Xây dựng tỉnh Nghệ An cung cấp 86 dịch vụ công trực tuyến, trong đó 52 dịch vụ công toàn trình và "
        "34 dịch vụ công một phần.",
        [F(86, "dịch vụ", "dịch vụ công trực tuyến", "so_nganh"),
         F(52, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "so_nganh"),
         F(34, "dịch vụ", "dịch vụ công trực tuyến một phần", "so_nganh")])
    rep("so_nganh", "Quý I/2025, Sở Nội vụ tỉnh Phú Thọ tiếp nhận 1.126 hồ sơ, trong đó 1.089 hồ sơ trực tuyến, đạt 96,71%; "
        "100% hồ sơ được giải quyết đúng hạn.",
        [F(1126, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", code="BM7-6.4.1"),
         F(1089, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "so_nganh", code="BM7-6.4.2"),
         F(96.71, "%", "tỷ lệ hồ sơ trực tuyến", "so_nganh", code="BM7-6.4"),
         F(100, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", code="BM3-3.1")])
    news("so_nganh", "Năm 2024, Sở Công Thương tỉnh Lạng Sơn không để phát sinh hồ sơ TTHC quá hạn; mức độ hài lòng của tổ "
         "chức, cá nhân đối với việc giải quyết TTHC của Sở đạt 98,6%.",
         [F(98.6, "%", "mức độ hài lòng của tổ chức, cá nhân", "so_nganh")])
    rep("tinh", "Từ ngày 01/7 đến ngày 31/10/2025, các cơ quan cấp tỉnh của tỉnh Thái Nguyên giải quyết 41.258 hồ sơ, đúng hạn "
        "41.102 hồ sơ (99,62%); cấp xã giải quyết 168.430 hồ sơ, đúng hạn 167.594 hồ sơ (99,5%).",
        [F(41258, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", code="BM3-3.1.1"),
         F(41102, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
         F(99.62, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
         F(168430, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
         F(167594, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
         F(99.5, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])
    rep("tinh", "Năm 2025, tỷ lệ văn bản được gửi, nhận hoàn toàn dưới dạng điện tử của tỉnh Tuyên Quang đạt 98,27%, trong đó "
        "các sở, ban, ngành đạt 99,1% và UBND cấp xã đạt 97,6%.",
        [F(98.27, "%", "tỷ lệ văn bản gửi, nhận hoàn toàn dưới dạng điện tử", "tinh", code="BM7-5.2"),
         F(99.1, "%", "tỷ lệ văn bản điện tử của các sở, ban, ngành", "so_nganh", code="BM7-5.2.1"),
         F(97.6, "%", "tỷ lệ văn bản điện tử của UBND cấp xã", "xa", code="BM7-5.2.3")])
    rep("tinh", "Đến ngày 30/9/2025, 100% sở, ngành và 100% UBND cấp xã của tỉnh Cao Bằng đã kết nối, liên thông với Hệ thống "
        "thông tin giải quyết TTHC của tỉnh.",
        [F(100, "%", "sở, ngành kết nối liên thông với Hệ thống", "so_nganh", code="BM7-5.3.1"),
         F(100, "%", "UBND cấp xã kết nối liên thông với Hệ thống", "xa", code="BM7-5.3.3")])
    rep("tinh", "Tỉnh Sơn La đã tích hợp, triển khai thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đối với 1.216 TTHC "
        "trong tổng số 1.384 TTHC có yêu cầu nghĩa vụ tài chính, đạt 87,86%.",
        [F(1216, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
         F(1384, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
         F(87.86, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5")])
    rep("tinh", "Năm 2024, tỉnh Ninh Bình tinh giản 214 biên chế công chức; tổng số công chức có mặt tại thời điểm 31/12/2024 "
        "là 2.987 người.",
        [F(214, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4"),
         F(2987, "người", "biên chế công chức có mặt", "tinh", code="BM4-2.2")])
    rep("tinh", "Năm 2024, tỉnh Quảng Ninh tuyển dụng 126 công chức thông qua thi tuyển, xét tuyển và 412 viên chức.",
        [F(126, "người", "công chức được tuyển dụng qua thi tuyển, xét tuyển", "tinh", code="BM5-2.1"),
         F(412, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4")])
    rep("tinh", "Trong 6 tháng đầu năm 2025, Đoàn kiểm tra CCHC của tỉnh Hưng Yên đã kiểm tra 8 sở, ngành và 6 UBND cấp huyện; "
        "qua kiểm tra phát hiện 23 vấn đề, đến nay đã xử lý xong 19 vấn đề.",
        [F(8, "đơn vị", "sở, ngành được kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
         F(6, "đơn vị", "UBND cấp huyện được kiểm tra CCHC", "huyen", code="BM1-3.2"),
         F(23, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
         F(19, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2")])
    rep("tinh", "Năm 2024, tỉnh Lai Châu tổ chức khảo sát sự hài lòng với 4.850 phiếu, kết hợp phát phiếu trực tiếp và khảo "
        "sát trực tuyến; chỉ số hài lòng chung đạt 86,4%.",
        [F(4850, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", code="BM1-6.1"),
         F(86.4, "%", "chỉ số hài lòng chung", "tinh")])
    rep("xa", "Năm 2026, phường Mạo Khê phấn đấu 100% hồ sơ TTHC được tiếp nhận, giải quyết trên Hệ thống thông tin giải "
        "quyết TTHC của tỉnh và tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.")
    news("xa", "Trung tâm Phục vụ hành chính công xã Lục Ngạn đặt tại trụ sở UBND huyện Lục Ngạn cũ, mở cửa từ 7 giờ 30 đến "
         "17 giờ các ngày làm việc và sáng thứ Bảy.")
    rep("xa", "Tháng 10/2025, Trung tâm Phục vụ hành chính công xã Thuận Châu tiếp nhận 1.035 hồ sơ; đã giải quyết 1.008 hồ sơ, "
        "trong đó trước hạn 812 hồ sơ, đúng hạn 193 hồ sơ và quá hạn 3 hồ sơ.",
        [F(1035, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
         F(1008, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
         F(812, "hồ sơ", "giải quyết trước hạn", "xa"),
         F(193, "hồ sơ", "giải quyết đúng hạn", "xa"),
         F(3, "hồ sơ", "giải quyết quá hạn", "xa")])
    news("xa", "Từ ngày 01/7 đến ngày 31/8/2025, xã Khoái Châu đã giải quyết đúng hạn 2.652/2.671 hồ sơ, đạt 99,29%.",
         [F(2652, "hồ sơ", "giải quyết đúng hạn", "xa"),
          F(2671, "hồ sơ", "tổng số hồ sơ", "xa"),
          F(99.29, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])
    rep("xa", "Trong quý IV/2025, UBND xã Anh Sơn đã số hóa 1.476 hồ sơ, kết quả giải quyết TTHC, đạt 94,2% số hồ sơ đã giải "
        "quyết.",
        [F(1476, "hồ sơ", "hồ sơ, kết quả giải quyết TTHC được số hóa", "xa"),
         F(94.2, "%", "tỷ lệ số hóa hồ sơ", "xa")])
    rep("xa", "Thời gian giải quyết thủ tục đăng ký khai sinh tại xã Đô Lương được rút ngắn từ 03 ngày làm việc xuống trả kết "
        "quả trong ngày; thủ tục chứng thực bản sao được trả kết quả trong 30 phút.")
    rep("so_nganh", "Từ ngày 01/7/2025, Sở Khoa học và Công nghệ tỉnh Quảng Trị là đơn vị đầu mối hướng dẫn tích hợp dịch vụ "
        "công trực tuyến của tỉnh lên Cổng Dịch vụ công quốc gia tại địa chỉ dichvucong.gov.vn.")
