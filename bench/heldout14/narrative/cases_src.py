# Case texts (my own wording) for held-out set 14, narrative; figures from the pages named in src().
def load(src, rep, news, F):
    # ---------------------------------------------- Hà Tĩnh, năm 2018 (UBND tỉnh)
    src("https://baohatinh.vn/ha-tinh-tiep-nhan-giai-quyet-873387-ho-so-qua-han-chi-chiem-013-post166997.html")
    rep("tinh", "Năm 2018, tổng số hồ sơ TTHC được tiếp nhận và giải quyết ở cả 3 cấp chính quyền trên địa bàn tỉnh là 873.387 hồ sơ, trong đó cấp tỉnh tiếp nhận 77.833 hồ sơ, UBND cấp huyện tiếp nhận 119.649 hồ sơ và UBND cấp xã tiếp nhận 675.905 hồ sơ.",
        [F(873387, "hồ sơ", "hồ sơ tiếp nhận và giải quyết ở 3 cấp", "tinh"),
         F(77833, "hồ sơ", "hồ sơ cấp tỉnh tiếp nhận", "so_nganh"),
         F(119649, "hồ sơ", "hồ sơ UBND cấp huyện tiếp nhận", "huyen"),
         F(675905, "hồ sơ", "hồ sơ UBND cấp xã tiếp nhận", "xa")])
    rep("tinh", "Trong tổng số trên, số hồ sơ mới tiếp nhận trực tuyến là 2.988 hồ sơ (cấp tỉnh 689 hồ sơ, cấp huyện 1.008 hồ sơ, cấp xã 1.291 hồ sơ); số hồ sơ từ kỳ trước chuyển qua là 5.508 hồ sơ; số hồ sơ mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính công ích là 864.891 hồ sơ.",
        [F(2988, "hồ sơ", "hồ sơ mới tiếp nhận trực tuyến", "tinh"),
         F(689, "hồ sơ", "hồ sơ tiếp nhận trực tuyến cấp tỉnh", "so_nganh"),
         F(1008, "hồ sơ", "hồ sơ tiếp nhận trực tuyến cấp huyện", "huyen"),
         F(1291, "hồ sơ", "hồ sơ tiếp nhận trực tuyến cấp xã", "xa"),
         F(5508, "hồ sơ", "hồ sơ kỳ trước chuyển qua", "tinh"),
         F(864891, "hồ sơ", "hồ sơ mới tiếp nhận trực tiếp hoặc qua bưu chính", "tinh")])
    rep("tinh", "Toàn tỉnh đã giải quyết 864.408 hồ sơ, trong đó trả đúng hạn 863.393 hồ sơ, trả quá hạn 1.015 hồ sơ; hiện còn 8.979 hồ sơ đang giải quyết, gồm 8.839 hồ sơ chưa đến hạn và 140 hồ sơ đã quá hạn.",
        [F(864408, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
         F(863393, "hồ sơ", "trả đúng hạn", "tinh"),
         F(1015, "hồ sơ", "trả quá hạn", "tinh"),
         F(8979, "hồ sơ", "hồ sơ đang giải quyết", "tinh"),
         F(8839, "hồ sơ", "đang giải quyết chưa đến hạn", "tinh"),
         F(140, "hồ sơ", "đang giải quyết đã quá hạn", "tinh")])
    rep("tinh", "Riêng số hồ sơ giải quyết theo cơ chế một cửa, một cửa liên thông là 873.328 hồ sơ, trong đó đúng hạn 863.340 hồ sơ, quá hạn 1.015 hồ sơ và chưa đến hạn 8.973 hồ sơ.",
        [F(873328, "hồ sơ", "hồ sơ giải quyết theo cơ chế một cửa", "tinh"),
         F(863340, "hồ sơ", "giải quyết đúng hạn theo cơ chế một cửa", "tinh"),
         F(1015, "hồ sơ", "quá hạn theo cơ chế một cửa", "tinh"),
         F(8973, "hồ sơ", "chưa đến hạn theo cơ chế một cửa", "tinh")])
    rep("tinh", "Tình trạng hồ sơ giải quyết chậm trễ đã giảm hẳn so với năm 2017; tỷ lệ hồ sơ quá hạn trong năm 2018 chỉ chiếm 0,13%.",
        [F(0.13, "%", "tỷ lệ hồ sơ quá hạn", "tinh")])

    # ---------------------------------------------- Hà Tĩnh, tinh giản biên chế (about 2020)
    src("https://baonghean.vn/en/ha-tinh-tinh-gian-tren-2-000-bien-che-10185541.html")
    news("tinh", "Thực hiện chủ trương sắp xếp tổ chức bộ máy, tinh giản biên chế, từ năm 2015 đến nay tỉnh Hà Tĩnh đã giảm 29 phòng chuyên môn và tinh giản hơn 2.000 biên chế.",
         [F(29, "phòng", "phòng chuyên môn đã giảm từ năm 2015", "tinh"),
          F(2000, "biên chế", "biên chế đã tinh giản từ năm 2015", "tinh", True)])
    news("tinh", "Đến năm 2021, Hà Tĩnh phấn đấu mỗi sở, ban, ngành giảm từ 1 - 2 phòng chuyên môn (dự kiến giảm ít nhất 15/150 phòng), mỗi UBND cấp huyện giảm 1 - 2 phòng (dự kiến ít nhất 13/155 phòng) và giảm 255 biên chế hành chính so với chỉ tiêu được giao năm 2015.")
    news("tinh", "Đối với khối sự nghiệp, tỉnh đặt mục tiêu giảm tối thiểu 10% số đơn vị sự nghiệp công lập và giảm trên 3.200 vị trí trong tổng số 29.166 vị trí việc làm sự nghiệp so với năm 2015.")

    # ---------------------------------------------- Cả nước, tinh giản biên chế 6 tháng đầu năm 2016
    src("https://www.news24online.com/news/vietnam-removes-over-10-000-civil-servants-posts-23")
    news("tinh", "Trong 6 tháng đầu năm 2016, cả nước đã cắt giảm 10.004 biên chế công chức tại 18 bộ, ngành và 61 địa phương; tính từ đầu năm 2015 đến nay, tổng số biên chế đã cắt giảm là 15.779.",
         [F(10004, "biên chế", "biên chế công chức cắt giảm 6 tháng đầu năm 2016", ""),
          F(18, "bộ", "bộ, ngành đã cắt giảm biên chế", ""),
          F(61, "địa phương", "địa phương đã cắt giảm biên chế", ""),
          F(15779, "biên chế", "biên chế cắt giảm từ đầu năm 2015", "")])
    news("tinh", "Theo mục tiêu đề ra, mỗi năm cả nước phải giảm khoảng 40.000 biên chế, tương đương 1,5% tổng số công chức; kết quả cắt giảm thời gian qua vẫn còn thấp so với yêu cầu.")

    # ---------------------------------------------- Bộ Nội vụ, hội nghị trực tuyến ngày 2/7 (2018)
    src("https://vietnamnet.vn/en/public-administrative-units-must-reduce-personnel-by-2-percent-annually-E203484.html")
    news("tinh", "Bộ trưởng Bộ Nội vụ cho biết trong 4 năm qua mới tinh giản được 4,8% biên chế, vì vậy trong 3 năm tới mỗi năm phải giảm ít nhất 1,8% mới đạt mục tiêu giảm 10% theo Nghị quyết số 39-NQ/TW của Bộ Chính trị.",
         [F(4.8, "%", "tỷ lệ biên chế đã tinh giản trong 4 năm", "")])
    news("tinh", "Đến nay, Bộ Nội vụ đã nhận được báo cáo về việc bổ nhiệm, tuyển dụng, luân chuyển trái quy định của 15 bộ, ngành và 34 tỉnh, thành phố.",
         [F(15, "bộ", "bộ, ngành đã gửi báo cáo", ""),
          F(34, "tỉnh", "tỉnh, thành phố đã gửi báo cáo", "")])
    news("tinh", "Về sắp xếp đơn vị hành chính cấp huyện, cấp xã, cả nước có 637 xã thuộc 16 huyện thuộc diện phải sắp xếp; Bộ Nội vụ sẽ giao biên chế cho các bộ, ngành, địa phương vào ngày 20/7.")
    news("tinh", "Bộ trưởng đề nghị Thủ tướng Chính phủ giao các đơn vị sự nghiệp công lập mỗi năm giảm 2% số người làm việc, đồng thời sớm ban hành nghị định sửa đổi Nghị định số 108/2014/NĐ-CP về chính sách tinh giản biên chế.")

    # ---------------------------------------------- Cả nước, biên chế công chức năm 2018
    src("https://en.vietnamplus.vn/govt-offices-to-trim-4000-staff-this-year/126816.vnp")
    news("tinh", "Theo quyết định của Thủ tướng Chính phủ, tổng biên chế công chức trong các cơ quan hành chính nhà nước năm 2018 là 265.106, giảm khoảng 4.000 biên chế so với năm trước.",
         [F(265106, "biên chế", "biên chế công chức được giao năm 2018", "")])
    news("tinh", "Trong 16 bộ và 6 cơ quan ngang bộ, Bộ Tài chính được giao nhiều biên chế nhất với 70.771 biên chế, Bộ Xây dựng ít nhất với 379 biên chế; ở địa phương, Hà Nội được giao khoảng 8.966 biên chế và TP. Hồ Chí Minh khoảng 8.052 biên chế.",
         [F(70771, "biên chế", "biên chế được giao Bộ Tài chính", ""),
          F(379, "biên chế", "biên chế được giao Bộ Xây dựng", ""),
          F(8966, "biên chế", "biên chế được giao Hà Nội", "tinh", True),
          F(8052, "biên chế", "biên chế được giao TP. Hồ Chí Minh", "tinh", True)])
    news("tinh", "Theo ước tính, tính đến giữa năm 2017 số cán bộ, công chức, viên chức trong cả nước vào khoảng 2,71 triệu người.")

    # ---------------------------------------------- Thủ Dầu Một (Bình Dương), 2021
    src("https://baobinhduong.vn/en/paperwork-diverted-to-online-processing-in-thu-dau-mot-city-a248703.html")
    news("huyen", "Trung tâm Hành chính công thành phố Thủ Dầu Một tạm dừng tiếp nhận trực tiếp; người dân thực hiện TTHC mức độ 3, mức độ 4 qua địa chỉ https://dichvucong.binhduong.gov.vn theo 8 bước hướng dẫn, lĩnh vực xây dựng, nhà ở liên hệ số 0845.034788.")

    # ---------------------------------------------- xã Cam An (Khánh Hòa), 8/2025
    src("https://news.laodong.vn/bat-dong-san/xa-cam-an-o-khanh-hoa-xin-loi-nguoi-dan-vi-cham-giai-quyet-ho-so-dat-dai-1557446.ldo")
    rep("xa", "Sau khi sắp xếp chính quyền địa phương 2 cấp, UBND xã Cam An đã tiếp nhận khoảng 600 hồ sơ lĩnh vực đất đai do Phòng Kinh tế xã Cam Lâm bàn giao; nhiều hồ sơ đã quá thời hạn 20 ngày làm việc trước khi bàn giao.",
        [F(600, "hồ sơ", "hồ sơ đất đai tiếp nhận bàn giao", "xa", True)])

    # ---------------------------------------------- xã Bình Ninh (Đồng Tháp), 01-14/7/2025
    src("https://www.vietnam.vn/en/trung-tam-phuc-vu-hanh-chinh-cong-xa-binh-ninh-lay-su-hai-long-cua-nhan-dan-de-phuc-vu")
    rep("xa", "Sau hơn 2 tuần vận hành (từ ngày 01/7 đến ngày 14/7), Trung tâm Phục vụ hành chính công xã Bình Ninh đã tiếp nhận 428 hồ sơ, gồm 179 hồ sơ chứng thực bản sao từ bản chính, 14 hồ sơ chứng thực hợp đồng, 13 hồ sơ chứng thực chữ ký, 137 hồ sơ xác nhận, 10 hồ sơ ủy quyền và 19 hồ sơ bảo trợ xã hội.",
        [F(428, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
         F(179, "hồ sơ", "chứng thực bản sao từ bản chính", "xa"),
         F(14, "hồ sơ", "chứng thực hợp đồng", "xa"),
         F(13, "hồ sơ", "chứng thực chữ ký", "xa"),
         F(137, "hồ sơ", "hồ sơ xác nhận", "xa"),
         F(10, "hồ sơ", "hồ sơ ủy quyền", "xa"),
         F(19, "hồ sơ", "hồ sơ bảo trợ xã hội", "xa")])
    rep("xa", "Xã Bình Ninh được thành lập trên cơ sở hợp nhất 3 xã Bình Ninh, Hòa Định và Xuân Đông nên có diện tích rộng, dân số đông; trung tâm làm việc tại trụ sở UBND xã.")

    # ---------------------------------------------- xã Ba Chúc (An Giang), 7/2025
    src("https://news.laodong.vn/dttg/tot-doi-dep-dao/hinh-anh-ben-trong-trung-tam-phuc-vu-hanh-chinh-cong-tot-doi-dep-dao-1535235.html")
    news("xa", "Xã Ba Chúc được hợp nhất từ thị trấn Ba Chúc, xã Lê Trì và xã Lạc Quới (huyện Tri Tôn cũ), có diện tích hơn 70 km², dân số hơn 32.000 người; từ ngày 01/7, Trung tâm Phục vụ hành chính công xã đi vào hoạt động tại một phần trụ sở cũ của UBND thị trấn.")

    # ---------------------------------------------- phường Hải Châu (Đà Nẵng), 01/7-16/11/2025
    src("https://news.laodong.vn/thoi-su/phuong-hai-chau-o-da-nang-kien-nghi-giu-nguyen-bien-che-cong-chuc-cap-phuong-1611356.ldo")
    news("xa", "Tính đến ngày 15/11, phường Hải Châu có tổng cộng 98 cán bộ, công chức (giảm 8 người so với đầu tháng 7); Trung tâm Cung ứng dịch vụ công của phường có 45 người, ngành giáo dục trên địa bàn có 1.233 cán bộ, công chức, viên chức và người lao động.",
         [F(98, "người", "cán bộ, công chức phường", "xa"),
          F(45, "người", "người làm việc tại Trung tâm Cung ứng dịch vụ công", "xa"),
          F(1233, "người", "cán bộ, công chức, viên chức, người lao động ngành giáo dục", "xa")])
    news("xa", "Trung tâm Phục vụ hành chính công phường Hải Châu hiện bố trí 16 quầy làm việc, với 23 cán bộ, công chức và người lao động tham gia tiếp nhận, xử lý hồ sơ.",
         [F(16, "quầy", "quầy làm việc", "xa"),
          F(23, "người", "cán bộ, công chức, người lao động tiếp nhận hồ sơ", "xa")])
    news("xa", "Từ ngày 01/7 đến ngày 16/11, Trung tâm đã tiếp nhận 19.000 hồ sơ, trong đó 16.050 hồ sơ trực tuyến và 2.950 hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính công ích; đã giải quyết 18.802 hồ sơ, gồm 18.671 hồ sơ trước hạn, 36 hồ sơ đúng hạn và 95 hồ sơ quá hạn.",
         [F(19000, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
          F(16050, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
          F(2950, "hồ sơ", "hồ sơ nộp trực tiếp hoặc qua bưu chính", "xa"),
          F(18802, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
          F(18671, "hồ sơ", "giải quyết trước hạn", "xa"),
          F(36, "hồ sơ", "giải quyết đúng hạn", "xa"),
          F(95, "hồ sơ", "giải quyết quá hạn", "xa")])
    news("xa", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn của phường đạt 99%; tỷ lệ hồ sơ trực tuyến đạt 85% và tỷ lệ thanh toán trực tuyến đạt 80%.",
         [F(99, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa", False, "BM3-3.3"),
          F(85, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
          F(80, "%", "tỷ lệ thanh toán trực tuyến", "xa")])

    # ---------------------------------------------- Ban Chỉ đạo CCHC của Chính phủ, quý II/2023
    src("https://www.vietnam.vn/de/nto-cai-cach-hanh-chinh")
    news("tinh", "Trong quý II/2023, Thủ tướng Chính phủ đã ban hành 2 quyết định phê duyệt phương án cắt giảm, đơn giản hóa 47 quy định kinh doanh thuộc phạm vi quản lý của Bộ Khoa học và Công nghệ và Bộ Công an.",
         [F(2, "văn bản", "quyết định phê duyệt phương án cắt giảm quy định kinh doanh", ""),
          F(47, "quy định", "quy định kinh doanh được phê duyệt cắt giảm, đơn giản hóa", "")])
    news("tinh", "Cũng trong quý, các bộ, ngành, địa phương đã ban hành 1.129 quyết định công bố 14.716 TTHC và danh mục TTHC để cập nhật, niêm yết tại nơi tiếp nhận; đồng thời công khai 11.581 TTHC trên Cơ sở dữ liệu quốc gia về TTHC.",
         [F(1129, "văn bản", "quyết định công bố TTHC", ""),
          F(14716, "TTHC", "TTHC được công bố", ""),
          F(11581, "TTHC", "TTHC công khai trên Cơ sở dữ liệu quốc gia", "")])
    news("tinh", "Từ năm 2021 đến nay, các bộ, cơ quan ngang bộ đã cắt giảm, đơn giản hóa 2.352 quy định kinh doanh; việc thực thi phương án cắt giảm 470 quy định kinh doanh đã đạt 41%.",
         [F(2352, "quy định", "quy định kinh doanh đã cắt giảm, đơn giản hóa từ năm 2021", ""),
          F(470, "quy định", "quy định kinh doanh trong phương án cắt giảm đang thực thi", ""),
          F(41, "%", "tỷ lệ thực thi phương án cắt giảm", "")])

    # ---------------------------------------------- Văn phòng Chính phủ, cơ chế một cửa (about 2020)
    src("https://lecourrier.vn/le-vietnam-continue-a-mettre-en-place-le-guichet-unique-national/882570.html")
    news("tinh", "Thực hiện Nghị định số 61/2018/NĐ-CP, các cơ quan nhà nước đã tổ chức bộ phận một cửa ở tất cả các cấp; đến nay 59 tỉnh, thành phố đã thành lập Trung tâm Phục vụ hành chính công cấp tỉnh.",
         [F(59, "tỉnh", "tỉnh, thành phố đã thành lập Trung tâm Phục vụ hành chính công", "")])
    news("tinh", "Trong năm 2021, Ban soạn thảo phấn đấu hoàn thiện các văn bản pháp lý để vận hành Cổng một cửa quốc gia, hướng tới mục tiêu đến năm 2023 mỗi giao dịch chỉ mất bình quân 15 phút.")

    # ---------------------------------------------- Huế, 25 DVC toàn trình không giấy (9/2025)
    src("https://www.vietnam.vn/es/noi-khong-ho-so-giay-voi-cac-dich-vu-cong-toan-trinh")
    news("tinh", "Theo Chỉ thị số 24/CT-TTg ngày 13/9/2025 của Thủ tướng Chính phủ, từ ngày 01/10/2025 toàn bộ hồ sơ của 25 dịch vụ công trực tuyến toàn trình sẽ được tiếp nhận, giải quyết hoàn toàn trên môi trường điện tử, thay thế hồ sơ giấy.")

    # ---------------------------------------------- Công điện 90/CĐ-TTg (6/2025)
    src("https://fr.congdoanvietnam.vn/thoi-su/cong-khai-duong-day-nong-cua-trung-tam-phuc-vu-hanh-chinh-cong-cap-tinh-cac-xa-6852.tld")
    news("tinh", "Theo Công điện số 90/CĐ-TTg, Chủ tịch UBND các tỉnh, thành phố phải công khai số điện thoại đường dây nóng của Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã và hoàn thành việc công bố TTHC được phân cấp theo 28 nghị định của Chính phủ trước ngày 25/6/2025.")

    # ---------------------------------------------- xã Nhà Bích (Đồng Nai), 10/2025
    src("https://www.vietnam.vn/en/chinh-quyen-dia-phuong-hai-cap-chu-dong-sang-tao-lay-nguoi-dan-lam-trung-tam")
    news("xa", "Sau một thời gian vận hành chính quyền địa phương 2 cấp, đến tháng 10/2025 UBND xã Nhà Bích đã vươn lên nhóm 10 đơn vị dẫn đầu tỉnh Đồng Nai về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp.")

    # ---------------------------------------------- Hà Nội, Kế hoạch 181/KH-UBND (2022)
    src("https://lawnet.vn/en/laws/ha-noi-phan-dau-tang-chi-so-hai-long-cua-nguoi-dan-ve-viec-tiep-nhan-va-xu-ly-phan-anh-quy-dinh-han-531073-23618.html")
    rep("tinh", "Kế hoạch số 181/KH-UBND năm 2022 của UBND Thành phố đặt mục tiêu nâng chỉ số hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị tăng ít nhất 3 - 5% so với năm 2021, đưa tổng điểm lên trên 85 điểm và cải thiện 03/04 chỉ số thành phần còn thấp điểm.")

    # ---------------------------------------------- Bình Dương, phần mềm quản lý văn bản (about 2019)
    src("https://baobinhduong.vn/en/100-agencies-install-document-management-software-a230368.html")
    news("tinh", "Tỷ lệ cơ quan triển khai kết nối phần mềm quản lý văn bản từ cấp tỉnh đến cấp xã đã đạt 100%, với 256 cơ quan, đơn vị và hơn 8.000 người sử dụng.",
         [F(100, "%", "tỷ lệ cơ quan kết nối phần mềm quản lý văn bản từ tỉnh đến xã", "tinh"),
          F(256, "đơn vị", "cơ quan, đơn vị kết nối phần mềm quản lý văn bản", "tinh"),
          F(8000, "người", "người sử dụng phần mềm quản lý văn bản", "tinh", True)])
    news("tinh", "Theo thống kê của Cổng Thông tin điện tử Chính phủ, bình quân mỗi năm tỉnh có gần 700.000 văn bản được trao đổi giữa các cơ quan, đơn vị; tỷ lệ văn bản điện tử được ký số trong quá trình luân chuyển đạt 78%.",
         [F(700000, "văn bản", "văn bản trao đổi giữa các cơ quan bình quân mỗi năm", "tinh", True),
          F(78, "%", "tỷ lệ văn bản điện tử được ký số", "tinh")])

    # ---------------------------------------------- Khánh Hòa, PAR INDEX và SIPAS 2024 (4/2025)
    src("https://www.vietnam.vn/en/nguoi-dan-them-hai-long-ve-su-phuc-vu")
    news("tinh", "Trong 8 chỉ số thành phần của PAR INDEX 2024, lĩnh vực công tác chỉ đạo, điều hành CCHC của Khánh Hòa đạt 100%; cải cách TTHC đạt 98,85%; cải cách tổ chức bộ máy đạt 94,52% và cải cách thể chế đạt 95,02%.",
         [F(100, "%", "chỉ số thành phần công tác chỉ đạo, điều hành CCHC", "tinh"),
          F(98.85, "%", "chỉ số thành phần cải cách TTHC", "tinh"),
          F(94.52, "%", "chỉ số thành phần cải cách tổ chức bộ máy", "tinh"),
          F(95.02, "%", "chỉ số thành phần cải cách thể chế", "tinh")])
    news("tinh", "Chỉ số thành phần cải cách tài chính công của tỉnh đạt 89,5%; chỉ số tác động của CCHC đến người dân và phát triển kinh tế - xã hội đạt 5,09/6,5 điểm, cao hơn mức trung bình cả nước.",
         [F(89.5, "%", "chỉ số thành phần cải cách tài chính công", "tinh"),
          F(5.09, "điểm", "chỉ số tác động của CCHC đến người dân và phát triển KT-XH", "tinh")])
    news("tinh", "Trong kết quả SIPAS 2024 của Khánh Hòa, tỷ lệ hài lòng đối với dịch vụ hành chính công đạt 85,7%, tăng 4,68% và tăng 29 bậc so với năm 2023.",
         [F(85.7, "%", "tỷ lệ hài lòng đối với dịch vụ hành chính công", "tinh")])

    # ---------------------------------------------- Phú Yên, 6 tháng đầu năm 2025
    src("https://www.vietnam.vn/en/cai-cach-hanh-chinh-tiep-tuc-chuyen-bien-tich-cuc")
    rep("tinh", "Chỉ số CCHC năm 2024 của tỉnh xếp thứ 36/63 tỉnh, thành phố, tăng 12,21 điểm và tăng 27 bậc trong giai đoạn 2023 - 2024.")
    rep("tinh", "Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công của tỉnh tính đến tháng 5/2025 đạt 84,94 điểm, xếp thứ 6/63, tăng 20 bậc so với cuối năm 2024.",
        [F(84.94, "điểm", "Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
    rep("tinh", "Từ đầu năm 2025 đến nay, tỷ lệ hồ sơ TTHC giải quyết đúng hạn của tỉnh được duy trì trên 98%; 100% phản ánh, kiến nghị của tổ chức, cá nhân về TTHC đã được tiếp nhận và giải quyết trước và đúng hạn.",
        [F(98, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh", True),
         F(100, "%", "tỷ lệ phản ánh, kiến nghị về TTHC được giải quyết", "tinh", False, "BM3-3.4")])
    rep("tinh", "Trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 93,51% (bình quân cả nước 58,4%); tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 99,13% (cả nước 71,66%).",
        [F(93.51, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, "BM7-6.4"),
         F(58.4, "%", "tỷ lệ hồ sơ trực tuyến bình quân cả nước", ""),
         F(99.13, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh"),
         F(71.66, "%", "tỷ lệ số hóa hồ sơ, kết quả bình quân cả nước", "")])
    rep("tinh", "Tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh đạt 76,73% (cả nước 62,7%) và tỷ lệ hồ sơ có kết quả điện tử đạt 99,23% (cả nước 74,2%).",
        [F(76.73, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "tinh"),
         F(62.7, "%", "tỷ lệ hồ sơ thanh toán trực tuyến bình quân cả nước", ""),
         F(99.23, "%", "tỷ lệ hồ sơ có kết quả điện tử", "tinh"),
         F(74.2, "%", "tỷ lệ hồ sơ có kết quả điện tử bình quân cả nước", "")])

    # ---------------------------------------------- Phú Yên, phỏng vấn Giám đốc Sở Nội vụ (9/2022)
    src("https://www.vccinews.com/prode/48329/improving-administrative-reform-business-climate.html")
    news("tinh", "Các cơ quan nhà nước từ cấp tỉnh đến cấp xã đã đẩy mạnh ứng dụng công nghệ thông tin: 100% cơ quan hành chính cấp tỉnh, huyện, xã được kết nối hệ thống quản lý văn bản và điều hành; 100% văn bản (trừ văn bản mật) được gửi dưới dạng điện tử, có ký số.",
         [F(100, "%", "tỷ lệ cơ quan hành chính 3 cấp kết nối hệ thống quản lý văn bản", "tinh"),
          F(100, "%", "tỷ lệ văn bản gửi dưới dạng điện tử có ký số", "tinh", False, "BM7-5.2")])

    # ---------------------------------------------- Đồng Nai, Trung tâm Hành chính công tỉnh (2017)
    src("https://vccinews.com/prode/34877/.html")
    news("tinh", "Trung tâm Hành chính công tỉnh Đồng Nai chính thức hoạt động từ ngày 15/5/2017 tại tòa nhà Sonadezi, đường số 1, Khu công nghiệp Biên Hòa 1, với 48 quầy tiếp nhận hồ sơ được chia thành 4 khu vực.",
         [F(48, "quầy", "quầy tiếp nhận hồ sơ", "trung_tam")])

    # ---------------------------------------------- phường Xóm Chiếu (TP. Hồ Chí Minh), 01/7-25/8/2025
    src("https://news.laodong.vn/xa-hoi/hon-11600-ho-so-duoc-xu-ly-tai-phuong-xom-chieu-sau-2-thang-hoat-dong-mo-hinh-moi-1568739.ldo")
    news("xa", "Từ ngày 01/7 đến ngày 25/8, Trung tâm Phục vụ hành chính công phường Xóm Chiếu đã tiếp nhận tổng cộng 12.068 hồ sơ và giải quyết 11.606 hồ sơ, đạt tỷ lệ 96,17%; chỉ có 3 hồ sơ bị chậm trên hệ thống.",
         [F(12068, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
          F(11606, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
          F(96.17, "%", "tỷ lệ hồ sơ đã giải quyết trên tổng số tiếp nhận", "xa"),
          F(3, "hồ sơ", "hồ sơ chậm trên hệ thống", "xa")])
    news("xa", "Trong tổng số hồ sơ Trung tâm tiếp nhận, có 751 hồ sơ được nộp trực tuyến, cho thấy người dân đã bắt đầu làm quen với hình thức này.",
         [F(751, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2")])

    # ---------------------------------------------- phường Vũng Tàu (TP. Hồ Chí Minh), đến 08/7/2025
    src("https://en.sggp.org.vn/smooth-service-high-satisfaction-mark-first-week-of-hcmc-governance-reform-post118817.html")
    news("xa", "Tính đến ngày 08/7, Trung tâm Phục vụ hành chính công phường Vũng Tàu đã tiếp nhận 864 hồ sơ, nhiều nhất là chứng thực bản sao, chứng thực chữ ký (521 hồ sơ), tiếp theo là đăng ký kinh doanh (163 hồ sơ), hộ tịch (114 hồ sơ) và đất đai (36 hồ sơ).",
         [F(864, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
          F(521, "hồ sơ", "hồ sơ chứng thực bản sao, chữ ký", "xa"),
          F(163, "hồ sơ", "hồ sơ đăng ký kinh doanh", "xa"),
          F(114, "hồ sơ", "hồ sơ hộ tịch", "xa"),
          F(36, "hồ sơ", "hồ sơ đất đai", "xa")])
    news("xa", "Tại phường Sài Gòn, một người dân đến chứng thực chữ ký vào sáng thứ Ba, ngày 08/7, chỉ mất khoảng 1 giờ từ lúc nộp hồ sơ đến khi nhận kết quả, sau 7 ngày làm việc đầu tiên của mô hình chính quyền 2 cấp.")

    # ---------------------------------------------- phường Phú Định (TP. Hồ Chí Minh), 7/2025
    src("https://news.laodong.vn/xa-hoi/chinh-quyen-tphcm-sat-dan-hon-nho-duong-day-nong-1544748.ldo")
    news("xa", "Từ ngày 01/7 đến nay, đường dây nóng của Trung tâm Phục vụ hành chính công phường Phú Định đã tiếp nhận hơn 30 cuộc gọi, bình quân 4 - 5 cuộc gọi mỗi ngày, chủ yếu hỏi về quy trình và thành phần hồ sơ.",
         [F(30, "cuộc gọi", "cuộc gọi đường dây nóng tiếp nhận", "xa", True)])
    news("xa", "Đến nay, phường Phú Định đã giải quyết hơn 3.000 hồ sơ, chủ yếu thuộc lĩnh vực chứng thực, hộ tịch và trợ cấp xã hội; phường bố trí 6 quầy tiếp nhận tại trụ sở chính và mở thêm 2 điểm tiếp nhận hồ sơ.",
         [F(3000, "hồ sơ", "hồ sơ đã giải quyết", "xa", True),
          F(6, "quầy", "quầy tiếp nhận tại trụ sở chính", "xa"),
          F(2, "điểm tiếp nhận", "điểm tiếp nhận hồ sơ mở thêm", "xa")])

    # ---------------------------------------------- Bình Dương, Kế hoạch 4851/KH-UBND (2018)
    src("https://ls1.hethongphapluat.com/ke-hoach-4851-kh-ubnd-nam-2018-ve-trien-khai-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-uy-ban-nhan-dan-cac-huyen-thi-xa-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thi-tran-tren-dia-ban-tinh-binh-duong.html")
    rep("tinh", "Thực hiện Quyết định số 2071/QĐ-UBND ngày 27/7/2018, UBND tỉnh ban hành Kế hoạch số 4851/KH-UBND ngày 11/10/2018 triển khai xác định Chỉ số CCHC của các sở, ban, ngành, UBND cấp huyện và UBND cấp xã trên địa bàn tỉnh.")

    # ---------------------------------------------- TP. Hồ Chí Minh, ngày đầu vận hành (01/7/2025)
    src("https://en.sggp.org.vn/voices-from-new-hcmc-residents-praise-service-on-first-day-of-restructuring-post118637.html")
    news("xa", "Tại Trung tâm Phục vụ hành chính công phường Tân Mỹ, một cụ bà 80 tuổi chỉ mất khoảng 20 phút để hoàn tất thủ tục nhận trợ cấp người cao tuổi trong ngày đầu vận hành mô hình chính quyền 2 cấp, ngày 01/7/2025.")

    # ---------------------------------------------- Bình Dương, công văn hỏa tốc ngày 11/6/2025
    src("https://xe.today/2025/06/12/urgent-provincial-chairman-signs-off-on-post-merger-file-resolution")
    news("tinh", "Ngày 11/6/2025, Chủ tịch UBND tỉnh Bình Dương ký công văn hỏa tốc yêu cầu khẩn trương rà soát, giải quyết dứt điểm hồ sơ TTHC còn tồn đọng trước ngày 01/7/2025, bảo đảm không gián đoạn khi Trung tâm Phục vụ hành chính công cấp xã đi vào hoạt động.")

    # ---------------------------------------------- Đồng Nai, phòng chống Covid-19 (3/2020)
    src("https://diza.dongnai.gov.vn/en/Pages/newsdetail.aspx?NewsId=1211&CatId=77")
    news("tinh", "Để phòng, chống dịch Covid-19, Bưu điện tỉnh Đồng Nai giảm 50% cước tiếp nhận, trả kết quả TTHC trong tỉnh từ ngày 01/3/2020 đến hết ngày 30/4/2020; người dân đăng ký dịch vụ qua Tổng đài dịch vụ công (0251) 1022.")

    # ---------------------------------------------- phường Xuân Hương (Đà Lạt, Lâm Đồng), vận hành thử 23/6/2025
    src("https://news.laodong.vn/xa-hoi/tinh-lon-nhat-nuoc-sau-sap-nhap-hoat-dong-thu-nghiem-6-xa-phuong-1528481.ldo")
    news("xa", "Ngày 23/6, phường Xuân Hương (hợp nhất từ các phường 1, 2, 3, 4 và 10 của thành phố Đà Lạt) bắt đầu vận hành thử nghiệm; Trung tâm Phục vụ hành chính công phường đã bố trí 12 quầy với đầy đủ trang thiết bị, kể cả các quầy của công an, văn phòng đăng ký đất đai và thuế.",
         [F(12, "quầy", "quầy tiếp nhận bố trí cho vận hành thử", "xa")])

    # ---------------------------------------------- Lâm Đồng, thiếu con dấu (7/2025)
    src("https://en.sggp.org.vn/efforts-underway-to-resolve-shortages-of-official-seals-equipment-post118760.html")
    news("xa", "Từ ngày 01/7 đến nay, Trung tâm Phục vụ hành chính công phường Lâm Viên - Đà Lạt đã giải quyết 164 hồ sơ; các thủ tục tư pháp, hộ tịch, văn hóa - xã hội phần lớn được giải quyết trong ngày.",
         [F(164, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1")])
    news("tinh", "Một người dân xã Di Linh nộp đủ hồ sơ đăng ký biến động đất đai tại Chi nhánh Văn phòng đăng ký đất đai Đức Trọng chiều thứ Sáu, ngày 04/7; thời hạn giải quyết theo quy định là 8 ngày làm việc nhưng do chưa có con dấu mới nên được hẹn trả kết quả vào ngày 16/7.")

    # ---------------------------------------------- Lâm Đồng, Văn phòng đăng ký đất đai tỉnh (14/7/2025)
    src("https://www.vietnam.vn/en/lam-dong-lam-viec-ngay-cuoi-tuan-de-giai-quyet-ho-so-dat-cho-nguoi-dan")
    news("so_nganh", "Văn phòng Đăng ký đất đai tỉnh Lâm Đồng đã bổ nhiệm lãnh đạo và thành lập 28 Chi nhánh Văn phòng đăng ký đất đai khu vực; ngay ngày đầu hoạt động (14/7), Chi nhánh Đức Trọng đã xử lý 150 bộ hồ sơ, Chi nhánh Lâm Hà xử lý hơn 100 bộ hồ sơ.",
         [F(28, "chi nhánh", "chi nhánh văn phòng đăng ký đất đai khu vực được thành lập", "so_nganh"),
          F(150, "hồ sơ", "hồ sơ Chi nhánh Đức Trọng xử lý ngày đầu", "so_nganh"),
          F(100, "hồ sơ", "hồ sơ Chi nhánh Lâm Hà xử lý ngày đầu", "so_nganh", True)])

    # ---------------------------------------------- Tuyên Quang, 2 tuần đầu chính quyền 2 cấp (7/2025)
    src("https://www.vietnam.vn/en/xa-lon-trach-nhiem-lon")
    news("tinh", "Với mô hình \"tỉnh lớn, xã lớn\", Tuyên Quang hiện có 124 xã, phường, mỗi đơn vị được hình thành từ việc hợp nhất 2 - 6 xã, phường cũ; tại xã Lục Hành, một người dân chỉ mất 20 phút để nộp xong hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất.")

    # ---------------------------------------------- Điện Biên, tăng thẩm quyền cho cấp xã (2025)
    src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/increasing-authority-for-commune-level-to-proactively-serve-the-people-As9FysZvR.html")
    news("tinh", "Luật Tổ chức chính quyền địa phương được Quốc hội thông qua ngày 16/6/2025 quy định tại Điều 22 tăng nhiệm vụ, quyền hạn của UBND cấp xã từ 3 lên 10 nội dung; Điều 23 mở rộng nhiệm vụ, quyền hạn của Chủ tịch UBND cấp xã từ 3 lên 17 nội dung.")

    # ---------------------------------------------- Hà Nội, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2025
    src("https://news.laodong.vn/xa-hoi/huyen-co-muc-do-hai-long-cua-nguoi-dan-thap-nhat-ve-thu-tuc-hanh-chinh-o-ha-noi-1495436.ldo")
    rep("tinh", "Tháng 3/2025, tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của Thành phố đạt 58,3/100 điểm (giảm 3,2 điểm so với tháng 02/2025), xếp thứ 60/63 tỉnh, thành phố.",
        [F(58.3, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
    rep("tinh", "Nhóm chỉ tiêu công khai, minh bạch bình quân đạt 8,3/18 điểm, trong đó huyện Thanh Trì có tỷ lệ thấp nhất (49,7%); nhóm chỉ tiêu tiến độ giải quyết đạt 15,2/20 điểm, huyện Ba Vì có tỷ lệ hồ sơ giải quyết đúng hạn thấp nhất, chỉ đạt 79,52%.",
        [F(8.3, "điểm", "nhóm chỉ tiêu công khai, minh bạch", "tinh"),
         F(49.7, "%", "tỷ lệ công khai, minh bạch huyện Thanh Trì", "huyen"),
         F(15.2, "điểm", "nhóm chỉ tiêu tiến độ giải quyết", "tinh"),
         F(79.52, "%", "tỷ lệ hồ sơ giải quyết đúng hạn huyện Ba Vì", "huyen")])
    rep("tinh", "Nhóm chỉ tiêu dịch vụ công trực tuyến chỉ đạt 3,1/12 điểm; toàn Thành phố có 19 quận, huyện có tỷ lệ hồ sơ trực tuyến dưới 30%, như Gia Lâm 12,1%, Thanh Xuân 9,4%, Cầu Giấy 4,8% và Đống Đa 2,7%.",
        [F(3.1, "điểm", "nhóm chỉ tiêu dịch vụ công trực tuyến", "tinh"),
         F(12.1, "%", "tỷ lệ hồ sơ trực tuyến huyện Gia Lâm", "huyen"),
         F(9.4, "%", "tỷ lệ hồ sơ trực tuyến quận Thanh Xuân", "huyen"),
         F(4.8, "%", "tỷ lệ hồ sơ trực tuyến quận Cầu Giấy", "huyen"),
         F(2.7, "%", "tỷ lệ hồ sơ trực tuyến quận Đống Đa", "huyen")])
    rep("tinh", "Nhóm chỉ tiêu thanh toán trực tuyến đạt 4,7/10 điểm, trong đó quận Đống Đa có tỷ lệ thanh toán trực tuyến thấp nhất (4,53%); nhóm chỉ tiêu mức độ hài lòng đạt 16,9/18 điểm.",
        [F(4.7, "điểm", "nhóm chỉ tiêu thanh toán trực tuyến", "tinh"),
         F(4.53, "%", "tỷ lệ thanh toán trực tuyến quận Đống Đa", "huyen"),
         F(16.9, "điểm", "nhóm chỉ tiêu mức độ hài lòng", "tinh")])
    rep("tinh", "Một số quận có mức độ hài lòng của người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công còn thấp là Hoàn Kiếm (33,3%) và Long Biên (38,6%).",
        [F(33.3, "%", "mức độ hài lòng quận Hoàn Kiếm", "huyen"),
         F(38.6, "%", "mức độ hài lòng quận Long Biên", "huyen")])

    # ---------------------------------------------- Hà Nội, công bố xếp hạng ngày 21/4/2025
    src("https://en.qdnd.vn/social-affairs/news/hanoi-ranks-60th-nationwide-in-satisfaction-index-of-public-administrative-services-in-march-577460")
    news("tinh", "Ngày 21/4, UBND thành phố Hà Nội công bố Thành phố xếp thứ 60 toàn quốc về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3 và yêu cầu các quận, huyện, thị xã khắc phục ngay các tiêu chí đạt điểm thấp.")

    # ---------------------------------------------- Hà Nội, hội nghị ngày 05/8/2025
    src("http://en-hanoi.govhni.vnptweb.vn/featured-news/hanoi-officials-confront-challenges-in-handling-administrative-procedures-2655250806190949393.htm")
    news("tinh", "Ngày 05/8/2025, UBND thành phố Hà Nội tổ chức hội nghị đánh giá tiến độ thực hiện Công văn số 4173/UBND-ĐMPT ngày 21/7/2025 và Chỉ thị số 11/CT-UBND ngày 24/7/2025 về tiếp nhận, giải quyết TTHC tại 126 xã, phường.")
