# Case texts (my own wording) for held-out set 12; figures from the pages named in src().
def load(src, rep, F):
    # ------------------------------------------------ Sở Tư pháp Khánh Hòa, quý I/2020
    src("https://baokhanhhoa.vn/xa-hoi/202004/so-tu-phap-quy-i-luong-ho-so-truc-tuyen-tang-gan-25-lan-8158051/")
    rep("so_nganh", "Quý I/2020, Sở Tư pháp tiếp nhận tổng cộng 1.983 hồ sơ TTHC; trong đó có 113 hồ sơ nộp trực tuyến mức độ 3, 4, chiếm 5,58% tổng số hồ sơ phát sinh.",
        [F(1983, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
         F(113, "hồ sơ", "hồ sơ trực tuyến mức độ 3, 4", "so_nganh"),
         F(5.58, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "so_nganh")])
    rep("so_nganh", "Cùng kỳ năm 2019, Sở chỉ tiếp nhận 47 hồ sơ trực tuyến mức độ 3 (chiếm 2%) trên tổng số 2.271 hồ sơ; như vậy lượng hồ sơ trực tuyến quý I năm nay tăng gần 2,5 lần.")
    rep("so_nganh", "Sở đã phối hợp với Bưu điện tỉnh trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích cho 576 hồ sơ, đạt 28,42% tổng số hồ sơ phát sinh trong quý.",
        [F(576, "hồ sơ", "hồ sơ trả kết quả qua dịch vụ bưu chính", "so_nganh"),
         F(28.42, "%", "tỷ lệ hồ sơ trả kết quả qua dịch vụ bưu chính", "so_nganh")])

    # ------------------------------------------------ huyện Quỳnh Lưu (Nghệ An), 2017 và 10 tháng 2018
    src("https://baonghean.vn/en/quynh-luu-can-danh-gia-xep-loai-cac-cap-trong-thuc-hien-cai-cach-hanh-chinh-10187208.html")
    rep("huyen", "Hiện nay, UBND huyện Quỳnh Lưu đang thực hiện 303 TTHC; 33/33 xã, thị trấn đã triển khai cơ chế một cửa, một cửa liên thông.",
        [F(303, "TTHC", "TTHC do UBND huyện thực hiện", "huyen"),
         F(33, "đơn vị", "xã, thị trấn thực hiện cơ chế một cửa, một cửa liên thông", "xa"),
         F(33, "đơn vị", "tổng số xã, thị trấn", "xa")])
    rep("huyen", "Năm 2017, toàn huyện tiếp nhận 17.334 hồ sơ, trong đó 10.746 hồ sơ được giải quyết, trả kết quả đúng hạn và 36 hồ sơ trả kết quả quá hạn.",
        [F(17334, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
         F(10746, "hồ sơ", "giải quyết, trả kết quả đúng hạn", "huyen"),
         F(36, "hồ sơ", "trả kết quả quá hạn", "huyen")])
    rep("huyen", "Tính đến ngày 30/10/2018, huyện đã tiếp nhận 10.063 hồ sơ TTHC của tổ chức, công dân.",
        [F(10063, "hồ sơ", "hồ sơ tiếp nhận", "huyen")])
    rep("huyen", "Ban Thường vụ Huyện ủy ban hành Chương trình hành động số 25 ngày 19/8/2015 về đẩy mạnh cải cách hành chính, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức giai đoạn 2015 - 2020.")

    # ------------------------------------------------ huyện Hưng Nguyên (Nghệ An), 2022
    src("https://baonghean.vn/en/print/10247316.html")
    rep("huyen", "Hiện tại, UBND huyện Hưng Nguyên có 284/293 TTHC thuộc các lĩnh vực được thực hiện theo cơ chế một cửa.",
        [F(284, "TTHC", "TTHC thực hiện theo cơ chế một cửa", "huyen"),
         F(293, "TTHC", "tổng số TTHC thuộc thẩm quyền UBND huyện", "huyen")])
    rep("huyen", "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025 xác định đẩy mạnh cải cách hành chính là khâu đột phá; đầu năm 2022, Bộ phận tiếp nhận và trả kết quả của huyện được hỗ trợ lắp đặt hệ thống lấy số tự động và đánh giá sự hài lòng.")

    # ------------------------------------------------ huyện Nghi Lộc (Nghệ An), 2016
    src("https://baonghean.vn/en/khac-phuc-nhung-han-che-trong-kiem-soat-thu-tuc-hanh-chinh-o-nghi-loc-10114853.html")
    rep("huyen", "Năm 2016, UBND huyện Nghi Lộc đã rà soát 219 TTHC, trong đó 118 thủ tục được niêm yết công khai tại Bộ phận tiếp nhận và trả kết quả của huyện.",
        [F(219, "TTHC", "TTHC được rà soát", "huyen"),
         F(118, "TTHC", "TTHC niêm yết tại Bộ phận tiếp nhận và trả kết quả huyện", "huyen")])
    rep("huyen", "Ngày 19 - 20/9, Đoàn kiểm tra liên ngành của tỉnh làm việc tại xã Nghi Trung, xã Nghi Long; một số hồ sơ chưa được xử lý đúng quy định tại Nghị định số 23/2015/NĐ-CP.")

    # ------------------------------------------------ Sở Nội vụ Điện Biên kiểm tra xã Mường Ảng, Búng Lao, 2025
    src("https://news.laodong.vn/xa-hoi/dien-bien-tang-cuong-giam-sat-hoat-dong-cua-chinh-quyen-cap-xa-1572306.ldo")
    rep("so_nganh", "Đến nay, hai xã Mường Ảng và Búng Lao đã tiếp nhận gần 4.000 hồ sơ TTHC, 100% hồ sơ được giải quyết đúng hạn.",
        [F(4000, "hồ sơ", "hồ sơ tiếp nhận", "xa", True),
         F(100, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa")])

    # ------------------------------------------------ Đồng Nai, hệ thống giải quyết TTHC sau sáp nhập 2025
    src("https://vrviet.vn/en/dam-bao-giai-quyet-ho-so-cho-nguoi-dan-doanh-nghiep-tai-dong-nai-dung-han-dinh")
    rep("tinh", "Đến nay, Hệ thống thông tin giải quyết TTHC tỉnh đã tiếp nhận 44.620 hồ sơ, trong đó hồ sơ tiếp nhận trực tuyến chiếm 79,7%, hồ sơ qua dịch vụ bưu chính công ích chiếm 9,1%.",
        [F(44620, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
         F(79.7, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh"),
         F(9.1, "%", "tỷ lệ hồ sơ qua dịch vụ bưu chính công ích", "tinh")])
    rep("tinh", "Đã giải quyết xong 22.035 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 99,2%; đang giải quyết 22.528 hồ sơ, trong đó 99,9% còn trong hạn.",
        [F(22035, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
         F(99.2, "%", "tỷ lệ giải quyết trước và đúng hạn", "tinh"),
         F(22528, "hồ sơ", "hồ sơ đang giải quyết", "tinh"),
         F(99.9, "%", "tỷ lệ hồ sơ đang giải quyết còn trong hạn", "tinh")])
    rep("tinh", "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình là 123/327 thủ tục, đạt 37,6%; gồm 110 dịch vụ công cấp tỉnh và 13 dịch vụ công cấp xã.",
        [F(123, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến toàn trình", "tinh"),
         F(327, "TTHC", "tổng số TTHC", "tinh"),
         F(37.6, "%", "tỷ lệ TTHC cung cấp trực tuyến toàn trình", "tinh"),
         F(110, "dịch vụ", "dịch vụ công trực tuyến toàn trình cấp tỉnh", "so_nganh"),
         F(13, "dịch vụ", "dịch vụ công trực tuyến toàn trình cấp xã", "xa")])

    # ------------------------------------------------ Nghệ An, Chỉ số CCHC năm 2023 các sở, ngành
    src("https://baonghean.vn/en/print/10270124.html")
    rep("tinh", "Theo kết quả Chỉ số CCHC năm 2023 khối sở, ban, ngành, Sở Tài chính đứng đầu với 88,81 điểm; Văn phòng UBND tỉnh xếp thứ 2 với 88,73 điểm; Sở Nội vụ xếp thứ 3 với 88,57 điểm.",
        [F(88.81, "điểm", "Chỉ số CCHC năm 2023 của Sở Tài chính", "so_nganh"),
         F(88.73, "điểm", "Chỉ số CCHC năm 2023 của Văn phòng UBND tỉnh", "so_nganh"),
         F(88.57, "điểm", "Chỉ số CCHC năm 2023 của Sở Nội vụ", "so_nganh")])
    rep("tinh", "Các vị trí tiếp theo thuộc về Sở Giáo dục và Đào tạo (88,52 điểm), Ban Quản lý Khu kinh tế Đông Nam (88,39 điểm) và Sở Kế hoạch và Đầu tư (88,33 điểm).",
        [F(88.52, "điểm", "Chỉ số CCHC năm 2023 của Sở Giáo dục và Đào tạo", "so_nganh"),
         F(88.39, "điểm", "Chỉ số CCHC năm 2023 của Ban Quản lý Khu kinh tế Đông Nam", "so_nganh"),
         F(88.33, "điểm", "Chỉ số CCHC năm 2023 của Sở Kế hoạch và Đầu tư", "so_nganh")])
    rep("tinh", "Sáng 26/3/2024, tại phiên họp thường kỳ tháng 3 của UBND tỉnh, Giám đốc Sở Nội vụ công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành và UBND 21 huyện, thành phố, thị xã; thành phố Vinh xếp thứ nhất khối địa phương.")

    # ------------------------------------------------ Hà Nội, Chỉ số CCHC năm 2023
    src("https://en.vietnamplus.vn/hanoi-announces-public-administration-reform-index-2023/279752.vnp")
    rep("tinh", "Chỉ số CCHC năm 2023 của các sở, cơ quan tương đương sở đạt bình quân 88,4%, tăng 2,7% so với năm trước.",
        [F(88.4, "%", "Chỉ số CCHC bình quân các sở, cơ quan tương đương sở", "so_nganh")])
    rep("tinh", "Sở Nội vụ dẫn đầu với 94%, tiếp đến là Sở Tài chính (93,89%) và Sở Khoa học và Công nghệ (93%); Thanh tra thành phố có chỉ số thấp nhất, đạt 63,9%.",
        [F(94, "%", "Chỉ số CCHC của Sở Nội vụ", "so_nganh"),
         F(93.89, "%", "Chỉ số CCHC của Sở Tài chính", "so_nganh"),
         F(93, "%", "Chỉ số CCHC của Sở Khoa học và Công nghệ", "so_nganh"),
         F(63.9, "%", "Chỉ số CCHC của Thanh tra thành phố", "so_nganh")])
    rep("tinh", "Khối UBND quận, huyện, thị xã có chỉ số bình quân 94%, tăng 1,26% so với năm 2022; quận Đống Đa đứng đầu với 96,3%.",
        [F(94, "%", "Chỉ số CCHC bình quân các quận, huyện, thị xã", "huyen"),
         F(96.3, "%", "Chỉ số CCHC của quận Đống Đa", "huyen")])
    rep("tinh", "Quận Cầu Giấy đạt 95,22%, còn huyện Phú Xuyên có chỉ số thấp nhất khối địa phương với 91,61%.",
        [F(95.22, "%", "Chỉ số CCHC của quận Cầu Giấy", "huyen"),
         F(91.61, "%", "Chỉ số CCHC của huyện Phú Xuyên", "huyen")])

    # ------------------------------------------------ Quảng Ngãi, chính sách nghỉ việc khi sắp xếp bộ máy, 10/2025
    src("https://www.vietnam.vn/en/quang-ngai-chi-hon-3-100-ti-dong-cho-hon-3-800-can-bo-nghi-che-do")
    rep("tinh", "Đến giữa tháng 10/2025, tỉnh đã chi hơn 3.100 tỷ đồng để hỗ trợ hơn 3.800 cán bộ, công chức, viên chức và người hoạt động không chuyên trách nghỉ theo chế độ khi sắp xếp tổ chức bộ máy.",
        [F(3100, "tỷ đồng", "kinh phí hỗ trợ người nghỉ theo chế độ", "tinh", True),
         F(3800, "người", "người nghỉ theo chế độ được hỗ trợ", "tinh", True)])
    rep("tinh", "Trong đó, tỉnh đã giải quyết chế độ cho hơn 2.800 cán bộ, công chức, viên chức nghỉ việc theo Nghị định số 178 và Nghị định số 67 của Chính phủ, với tổng kinh phí hơn 2.900 tỷ đồng.",
        [F(2800, "người", "cán bộ, công chức, viên chức nghỉ theo Nghị định 178 và 67", "tinh", True),
         F(2900, "tỷ đồng", "kinh phí chi trả theo Nghị định 178 và 67", "tinh", True)])
    rep("tinh", "Ngoài ra, tỉnh chi hơn 226 tỷ đồng cho hơn 1.000 người hoạt động không chuyên trách cấp xã nghỉ việc theo Nghị định số 154.",
        [F(226, "tỷ đồng", "kinh phí chi cho người hoạt động không chuyên trách cấp xã nghỉ việc", "xa", True),
         F(1000, "người", "người hoạt động không chuyên trách cấp xã nghỉ việc", "xa", True)])

    # ------------------------------------------------ xã Long Điền, Trung tâm Phục vụ hành chính công, 2025
    src("https://www.vietnam.vn/en/cai-cach-huong-ve-dan")
    rep("xa", "Danh mục 396 TTHC thực hiện tại cấp xã theo Quyết định số 242/QĐ-UBND của UBND tỉnh được niêm yết công khai tại Trung tâm Phục vụ hành chính công xã Long Điền.",
        [F(396, "TTHC", "TTHC cấp xã niêm yết công khai tại Trung tâm", "xa")])
    rep("xa", "Bình quân mỗi ngày, Trung tâm tiếp nhận và xử lý khoảng 60 - 80 hồ sơ, chủ yếu thuộc các lĩnh vực đất đai, hộ tịch và chứng thực.")

    # ------------------------------------------------ huyện Vĩnh Thạnh (Cần Thơ), kết luận thanh tra 2023-2024
    src("https://news.laodong.vn/thoi-su/mot-huyen-o-can-tho-co-nhieu-han-che-trong-tiep-cong-dan-giai-quyet-khieu-nai-to-cao-1517518.ldo")
    rep("huyen", "Huyện Vĩnh Thạnh có 11 cơ quan chuyên môn và tương đương thuộc UBND huyện cùng 11 đơn vị hành chính cấp xã, gồm 9 xã và 2 thị trấn.")

    # ------------------------------------------------ Sở Xây dựng Hải Dương, năm 2024
    src("https://vietnam.vn/en/so-xay-dung-hai-duong-cat-giam-don-gian-hoa-8-thu-tuc-hanh-chinh")
    rep("so_nganh", "Năm 2024 (từ ngày 10/12/2023 đến ngày 9/12/2024), Sở Xây dựng tiếp nhận 1.294 hồ sơ của tổ chức, cá nhân, đã giải quyết 1.260 hồ sơ, trong đó 86% hồ sơ trả trước hạn, số còn lại trả đúng hạn.",
        [F(1294, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
         F(1260, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh"),
         F(86, "%", "tỷ lệ hồ sơ trả trước hạn", "so_nganh")])
    rep("so_nganh", "Hiện Sở đang giải quyết 77 hồ sơ và đã trả lại 5 hồ sơ do không đủ điều kiện giải quyết; toàn bộ hồ sơ đều được số hóa theo quy định.",
        [F(77, "hồ sơ", "hồ sơ đang giải quyết", "so_nganh"),
         F(5, "hồ sơ", "hồ sơ trả lại do không đủ điều kiện", "so_nganh")])
    rep("so_nganh", "Ngày 22/10/2024, UBND tỉnh ban hành Quyết định số 2740/QĐ-UBND công bố danh mục TTHC thuộc phạm vi quản lý của Sở Xây dựng, gồm 26 TTHC mới ban hành và 5 TTHC bị bãi bỏ.",
        [F(26, "TTHC", "TTHC mới ban hành", "so_nganh"),
         F(5, "TTHC", "TTHC bị bãi bỏ", "so_nganh")])
    rep("so_nganh", "Toàn bộ 70 TTHC thuộc thẩm quyền của Sở được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh và công khai trên Cổng thông tin điện tử của Sở.",
        [F(70, "TTHC", "TTHC tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công", "so_nganh")])
    rep("so_nganh", "Trong năm, Sở Xây dựng đã cắt giảm, đơn giản hóa 8 TTHC, chủ yếu thuộc các lĩnh vực hoạt động xây dựng, quy hoạch - kiến trúc và giám định chuyên ngành.",
        [F(8, "TTHC", "TTHC được cắt giảm, đơn giản hóa", "so_nganh")])

    # ------------------------------------------------ Sở Xây dựng Hải Dương, 8/2019
    src("http://haiduongnews.com/society/publicizing-20-new-administrative-procedures-on-construction-114018")
    rep("so_nganh", "Sở Xây dựng đề nghị UBND các huyện, thành phố, thị xã niêm yết công khai tại trụ sở 20 TTHC mới trong lĩnh vực xây dựng, thực hiện Quyết định số 2092/QĐ-UBND ngày 21/6/2019 của UBND tỉnh.",
        [F(20, "TTHC", "TTHC mới lĩnh vực xây dựng được công bố", "so_nganh")])

    # ------------------------------------------------ Sở Xây dựng Hải Dương, quy trình nội bộ
    src("https://baohaiduong.vn/en/xin-phep-su-dung-tam-thoi-long-duong-via-he-to-chuc-dam-tang-mat-bao-lau-407426.html")
    rep("so_nganh", "Chủ tịch UBND tỉnh đã phê duyệt 130 quy trình nội bộ giải quyết TTHC thuộc phạm vi quản lý của Sở Xây dựng, trong đó có 112 TTHC cấp tỉnh.",
        [F(130, "quy trình", "quy trình nội bộ giải quyết TTHC được phê duyệt", "so_nganh"),
         F(112, "TTHC", "TTHC cấp tỉnh", "so_nganh")])
    rep("so_nganh", "Thời gian giải quyết thủ tục cho phép sử dụng tạm thời lòng đường, hè phố để tổ chức đám tang là 01 ngày làm việc, các trường hợp khác là 05 ngày làm việc.")

    # ------------------------------------------------ Văn phòng UBND tỉnh Đồng Tháp, 6/2025
    src("https://news.laodong.vn/thoi-su/dong-thap-khan-truong-cap-nhat-thu-tuc-hanh-chinh-khi-van-hanh-chinh-quyen-2-cap-1529201.ldo")
    rep("so_nganh", "Thực hiện Công văn số 38/UBND-HCC ngày 18/6 của Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh đề nghị các sở, ngành khẩn trương cập nhật TTHC để vận hành mô hình chính quyền địa phương 2 cấp.")

    # ------------------------------------------------ phường Phong Châu (Phú Thọ), 10/2025
    src("https://www.vietnam.vn/en/diem-sang-trong-cai-cach-thu-tuc-hanh-chinh")
    rep("xa", "Tính đến 16 giờ ngày 30/10/2025, Trung tâm Phục vụ hành chính công phường Phong Châu đã tiếp nhận 3.089 hồ sơ, giải quyết xong 3.013 hồ sơ, đang giải quyết 76 hồ sơ; chỉ có 4 hồ sơ quá hạn.",
        [F(3089, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
         F(3013, "hồ sơ", "hồ sơ đã giải quyết xong", "xa", False, "BM3-3.3.1"),
         F(76, "hồ sơ", "hồ sơ đang giải quyết", "xa"),
         F(4, "hồ sơ", "hồ sơ quá hạn", "xa")])
    rep("xa", "Trung tâm bố trí 7 cán bộ, công chức có chuyên môn phù hợp với các lĩnh vực để tiếp nhận hồ sơ và trả kết quả giải quyết TTHC.",
        [F(7, "người", "cán bộ, công chức tiếp nhận hồ sơ và trả kết quả", "xa")])
    rep("xa", "Trụ sở Trung tâm có diện tích gần 200 m2, khu vực tiếp nhận và trả kết quả được thiết kế thành 10 khu riêng theo nhóm lĩnh vực.")

    # ------------------------------------------------ phường Tân Tiến (Bắc Ninh), 7-12/2025
    src("https://vietnamnews.vn/society/1732651/bac-ninh-s-tan-tien-ward-steps-up-administrative-streamlining-and-online-services.html")
    rep("xa", "Hiện có 427 TTHC thuộc 33 lĩnh vực thẩm quyền của UBND phường Tân Tiến được công khai, tiếp nhận và giải quyết tại Trung tâm Phục vụ hành chính công phường.",
        [F(427, "TTHC", "TTHC công khai, tiếp nhận và giải quyết tại Trung tâm", "xa")])
    rep("xa", "Từ ngày 01/7 đến ngày 01/12/2025, Trung tâm tiếp nhận 11.046 hồ sơ, trong đó 605 hồ sơ nộp trực tiếp (chiếm 5,5%) và 10.441 hồ sơ nộp trực tuyến (chiếm 94,5%).",
        [F(11046, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
         F(605, "hồ sơ", "hồ sơ nộp trực tiếp", "xa"),
         F(5.5, "%", "tỷ lệ hồ sơ nộp trực tiếp", "xa"),
         F(10441, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
         F(94.5, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4")])

    # ------------------------------------------------ huyện Tân Lạc (Hòa Bình), 2020
    src("http://en.baohoabinh.com.vn/2/6263/Tan-Lac-steps-up-implementati111n-of-111nline-public-services.htm")
    rep("huyen", "Từ đầu năm 2020 đến ngày 06/11, huyện Tân Lạc mới cung cấp được 55 TTHC trực tuyến mức độ 3, 4.",
        [F(55, "TTHC", "TTHC cung cấp trực tuyến mức độ 3, 4", "huyen")])
    rep("huyen", "Ngày 18/9/2020, UBND huyện ban hành Kế hoạch số 99/KH-UBND về tuyên truyền lợi ích và cách sử dụng dịch vụ công trực tuyến mức độ 3, 4 trên Cổng dịch vụ công của tỉnh.")
    rep("huyen", "Trong gần hai tháng, từ ngày 06/11 đến ngày 22/12/2020, huyện đã tiếp nhận 10.441 hồ sơ nộp trực tuyến mức độ 3, 4.",
        [F(10441, "hồ sơ", "hồ sơ tiếp nhận trực tuyến mức độ 3, 4", "huyen")])

    # ------------------------------------------------ thị xã Kiến Tường (Long An), 8 tháng 2020
    src("https://news.baolongan.vn/strenghtening-reception-and-return-of-dossier-results-via-public-postal-services-a101023.html")
    rep("huyen", "8 tháng năm 2020, thị xã Kiến Tường đã giải quyết 13.925/13.930 hồ sơ TTHC tiếp nhận, trong đó 4.332 hồ sơ được giải quyết trước hạn; cấp xã còn 5 hồ sơ trễ hẹn so với phiếu hẹn.",
        [F(13925, "hồ sơ", "hồ sơ đã giải quyết", "huyen"),
         F(13930, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
         F(4332, "hồ sơ", "hồ sơ giải quyết trước hạn", "huyen"),
         F(5, "hồ sơ", "hồ sơ trễ hẹn", "xa")])

    # ------------------------------------------------ Thanh tra tỉnh Vĩnh Phúc, 5/2025
    src("https://news.laodong.vn/thoi-su/ra-soat-giai-quyet-dut-diem-cac-vu-viec-khieu-nai-to-cao-keo-dai-tai-vinh-phuc-1507658.ldo")
    rep("so_nganh", "Thanh tra tỉnh đã kiểm tra, rà soát, xử lý 5 vụ việc khiếu nại, tố cáo tồn đọng, kéo dài trên địa bàn tỉnh; đã tổ chức đối thoại, người dân đồng thuận và chấm dứt giải quyết 3 vụ việc, 2 vụ việc còn lại đang tiếp tục giải quyết theo quy định.",
        [F(5, "vụ việc", "vụ việc khiếu nại, tố cáo tồn đọng, kéo dài được rà soát, xử lý", "tinh"),
         F(3, "vụ việc", "vụ việc đối thoại, chấm dứt giải quyết", "tinh"),
         F(2, "vụ việc", "vụ việc đang tiếp tục giải quyết", "tinh")])

    # ------------------------------------------------ Sở Nội vụ TP.HCM, kế hoạch kiểm tra CCHC 2020
    src("https://sggpnews.org.vn/hochiminhcity/hcmc-to-inspect-administrative-reforms-in-agencies-87187.html")
    rep("so_nganh", "Theo kế hoạch, đoàn kiểm tra CCHC của thành phố do Phó Chủ tịch UBND thành phố làm trưởng đoàn sẽ kiểm tra việc phối hợp thực hiện 72 TTHC liên thông giữa các sở, ngành, UBND quận, huyện với Văn phòng UBND thành phố.")

    # ------------------------------------------------ TP.HCM, kế hoạch khảo sát sắp xếp đơn vị hành chính cấp xã, 12/2024
    src("https://en.sggp.org.vn/hcmc-establishes-two-inspection-teams-to-survey-administrative-unit-reform-post114391.html")
    rep("tinh", "Từ ngày 10/12 đến ngày 20/12/2024, hai đoàn kiểm tra của thành phố sẽ khảo sát việc sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025 theo Nghị quyết số 1278/NQ-UBTVQH15 tại các quận 3, 4, 5, 6, 8, 10, 11.")

    # ------------------------------------------------ Quảng Nam, xử lý hồ sơ trực tuyến quá hạn, 12/2023
    src("https://www.vietnam.vn/en/khan-truong-xu-ly-ho-so-truc-tuyen-qua-han")
    rep("tinh", "Ngày 28/12, UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương báo cáo, giải trình kết quả xử lý hồ sơ trực tuyến tiếp nhận chậm, quá hạn trước ngày 10/01/2024; Sở Thông tin và Truyền thông rà soát lỗi kỹ thuật để bảo đảm đồng bộ 100% hồ sơ TTHC lên Cổng Dịch vụ công quốc gia.")

    # ------------------------------------------------ thị trấn Cao Phong (Hòa Bình), đến cuối tháng 8
    src("http://baohoabinh.com.vn/en/1/6803/Cao-Ph111ng-township-steps-up-administrative-re102orm.htm")
    rep("xa", "Tính đến cuối tháng 8, Bộ phận một cửa thị trấn Cao Phong tiếp nhận 2.094 hồ sơ, trong đó 1.253 hồ sơ nộp trực tuyến; đã giải quyết 2.093 hồ sơ, trong đó 277 hồ sơ giải quyết trước hạn.",
        [F(2094, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
         F(1253, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
         F(2093, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
         F(277, "hồ sơ", "hồ sơ giải quyết trước hạn", "xa")])

    # ------------------------------------------------ huyện Lạc Thủy (Hòa Bình), xã Khoan Dụ
    src("http://baohoabinh.com.vn/en/2/8405/Lac-Thuy-speeds-up-administrative-re102orm-to-better-serve-citizens.htm")
    rep("huyen", "Tính đến tháng 3, xã Khoan Dụ đã giải quyết hơn 200 hồ sơ TTHC, không có hồ sơ trễ hạn.",
        [F(200, "hồ sơ", "hồ sơ đã giải quyết", "xa", True)])

    # ------------------------------------------------ Bình Thuận, PCI 2023
    src("https://en.binhthuan.gov.vn/general-news/binh-thuan-is-ranked-in-the-top-30-provinces-and-cities-with-the-best-governance-quality-in-the--880816")
    rep("tinh", "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Bình Thuận đạt 68,06 điểm, xếp thứ 18/63 tỉnh, thành phố, tăng 24 bậc và tăng 3,67 điểm so với năm 2022.",
        [F(68.06, "điểm", "chỉ số PCI", "tinh")])
    rep("tinh", "Ngày 09/5/2024, VCCI và USAID công bố Chỉ số xanh cấp tỉnh (PGI) năm 2023, theo đó Bình Thuận xếp thứ 28/63 tỉnh, thành phố, tăng 33 bậc.")

    # ------------------------------------------------ Sở Tư pháp Hải Dương, lý lịch tư pháp 2022 - 15/02/2023
    src("https://baohaiduong.vn/en/ho-tro-nguoi-dan-lam-ly-lich-tu-phap-truc-tuyen-133381.html")
    rep("so_nganh", "Từ đầu năm 2022 đến ngày 15/02/2023, Sở Tư pháp tiếp nhận 32.610 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp nộp trực tiếp, tăng 92% so với cùng kỳ năm 2021, và 1.402 hồ sơ nộp trực tuyến.",
        [F(32610, "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp nộp trực tiếp", "so_nganh"),
         F(1402, "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp nộp trực tuyến", "so_nganh")])
    rep("so_nganh", "Sở đã cấp tổng số 33.638 Phiếu lý lịch tư pháp, đạt tỷ lệ 98,9%; số hồ sơ đăng ký cấp phiếu trực tuyến chỉ chiếm hơn 4,1% tổng số hồ sơ tiếp nhận.",
        [F(33638, "phiếu", "Phiếu lý lịch tư pháp đã cấp", "so_nganh"),
         F(98.9, "%", "tỷ lệ cấp Phiếu lý lịch tư pháp", "so_nganh"),
         F(4.1, "%", "tỷ lệ hồ sơ đăng ký cấp phiếu trực tuyến", "so_nganh", True)])
    rep("so_nganh", "Từ đầu tháng 2/2023, bình quân mỗi ngày bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh đón hơn 230 lượt công dân đến làm thủ tục.",
        [F(230, "lượt", "lượt công dân đến làm thủ tục bình quân mỗi ngày", "so_nganh", True)])

    # ------------------------------------------------ Bộ Tư pháp, đề xuất thí điểm cấp Phiếu lý lịch tư pháp ở cấp huyện
    src("https://vrviet.vn/en/bo-tu-phap-de-xuat-cho-phep-nghe-an-thi-diem-cap-phieu-ly-lich-tu-phap-o-mot-so-don-vi-cap-huyen")
    rep("tinh", "Bộ Tư pháp đề xuất thí điểm trong thời gian 2 năm việc phân cấp cấp Phiếu lý lịch tư pháp cho một số Phòng Tư pháp cấp huyện tại Hà Nội, Thành phố Hồ Chí Minh và tỉnh Nghệ An.")

    # ------------------------------------------------ Sở Tư pháp TP.HCM, lý lịch tư pháp sau Tết 2024
    src("https://xe.today/?p=207809")
    rep("so_nganh", "Trong hai tuần sau Tết Nguyên đán, Phòng Lý lịch tư pháp của Sở Tư pháp đã tiếp nhận gần 7.600 hồ sơ, bình quân hơn 700 hồ sơ mỗi ngày, tăng 71% so với thời gian trước Tết.",
        [F(7600, "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp tiếp nhận", "so_nganh", True),
         F(700, "hồ sơ", "hồ sơ tiếp nhận bình quân mỗi ngày", "so_nganh", True)])

    # ------------------------------------------------ thị trấn Chi Nê (Hòa Bình)
    src("http://baohoabinh.com.vn/en/2/6089/Chi-Ne-township-moves-to-improve-settlement-of-administrative-procedures.htm")
    rep("xa", "Từ đầu năm đến nay, UBND thị trấn Chi Nê đã giải quyết gần 700 hồ sơ TTHC các loại, không có hồ sơ nào giải quyết quá thời hạn.",
        [F(700, "hồ sơ", "hồ sơ TTHC đã giải quyết", "xa", True)])
    rep("xa", "UBND thị trấn áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2008 và ISO 9001:2015 để chuẩn hóa quy trình giải quyết TTHC.")

    # ------------------------------------------------ Sơn La, phân loại đơn vị hành chính
    src("https://www.vietnam.vn/en/son-la-la-don-vi-hanh-chinh-cap-tinh-loai-i")
    rep("tinh", "Đơn vị hành chính đạt tổng số điểm từ 75 điểm trở lên được phân loại I; từ 60 điểm đến dưới 75 điểm là loại II và dưới 60 điểm là loại III, trừ phường, đặc khu được xếp loại đặc biệt.")

    # ------------------------------------------------ Bình Dương, kế hoạch điều tra SIPAS 2020
    src("https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=2469&PageIndex=339")
    rep("so_nganh", "Từ tháng 7 đến tháng 10/2020, đơn vị thực hiện thu thập, tổng hợp danh sách tổ chức, cá nhân đã sử dụng dịch vụ hành chính công; từ tháng 8 đến tháng 11/2020 tập huấn điều tra viên và tiến hành điều tra xã hội học xác định Chỉ số SIPAS ở ba cấp tỉnh, huyện, xã.")

    # ------------------------------------------------ Bộ Nội vụ, SIPAS 2023
    src("https://en.vietnamplus.vn/satisfaction-of-administrative-services-improves/284704.vnp")
    rep("tinh", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 bình quân cả nước đạt 82,66%, cao hơn mức 80,08% của năm trước.",
        [F(82.66, "%", "Chỉ số SIPAS bình quân cả nước", "")])
    rep("tinh", "Quảng Ninh dẫn đầu bảng xếp hạng SIPAS 2023 với 90,61%, còn Bắc Kạn đứng cuối với 75,03%.",
        [F(90.61, "%", "Chỉ số SIPAS của Quảng Ninh", "tinh"),
         F(75.03, "%", "Chỉ số SIPAS của Bắc Kạn", "tinh")])
    rep("tinh", "So với năm 2022, 57 địa phương có chỉ số tăng và 6 địa phương giảm; 36 địa phương tăng bậc, 24 địa phương tụt bậc, 3 địa phương giữ nguyên vị trí.")
    rep("tinh", "Cuộc khảo sát lấy ý kiến hơn 39.700 người dân từ 18 tuổi trở lên; 88,88% cho biết không có công chức gây phiền hà, sách nhiễu khi giải quyết TTHC.",
        [F(39700, "người", "người dân được khảo sát", "", True),
         F(88.88, "%", "tỷ lệ người dân cho biết không có công chức gây phiền hà, sách nhiễu", "")])
    rep("tinh", "Cũng theo kết quả khảo sát SIPAS 2023, 90% người trả lời cho biết không bị đòi hỏi tiền để giải quyết TTHC nhanh hơn.",
        [F(90, "%", "tỷ lệ người dân cho biết không bị đòi hỏi tiền để giải quyết nhanh TTHC", "")])
    rep("tinh", "Mức độ hài lòng về tiếp cận dịch vụ đạt 83%, về TTHC 83,02%, về công chức giải quyết công việc 83,12%, về kết quả dịch vụ 83,03% và về việc tiếp nhận, xử lý phản ánh, kiến nghị 82,27%.",
        [F(83, "%", "mức độ hài lòng về tiếp cận dịch vụ", ""),
         F(83.02, "%", "mức độ hài lòng về TTHC", ""),
         F(83.12, "%", "mức độ hài lòng về công chức giải quyết công việc", ""),
         F(83.03, "%", "mức độ hài lòng về kết quả dịch vụ", ""),
         F(82.27, "%", "mức độ hài lòng về tiếp nhận, xử lý phản ánh, kiến nghị", "")])

    # ------------------------------------------------ Bảo hiểm xã hội Việt Nam, tin về SIPAS 2023
    src("https://vss.gov.vn/english/news/Pages/vietnam-social-security.aspx?CateID=198&ItemID=11778")
    rep("tinh", "Mức độ hài lòng của người dân đối với TTHC nói chung ở 63 tỉnh, thành phố dao động từ 74,90% đến 92,86%; các chỉ số hài lòng thành phần năm 2023 tăng từ 1,93% đến 2,72% so với năm 2022.")

    # ------------------------------------------------ Hà Nội, khảo sát SIPAS 2021
    src("https://www.vietmaz.com/2021/10/hanoi-starts-survey-on-public-satisfaction-over-administrative-units/")
    rep("tinh", "Năm 2020, Chỉ số SIPAS của thành phố Hà Nội đạt 85,15%, tăng so với mức 80,09% năm 2019, xếp thứ 33/63 tỉnh, thành phố.",
        [F(85.15, "%", "Chỉ số SIPAS năm 2020", "tinh")])
    rep("tinh", "Đợt khảo sát năm 2021 được tiến hành tại 20 sở, ngành và 30 quận, huyện, phường; kết quả phải báo cáo UBND thành phố trước ngày 31/12/2021.")
    rep("tinh", "Thành phố đã thu 1.250 phiếu khảo sát tại các sở, đơn vị; phiếu được chuyển qua đường bưu chính để bảo đảm an toàn phòng dịch.",
        [F(1250, "phiếu", "phiếu khảo sát thu tại các sở, đơn vị", "so_nganh")])

    # ------------------------------------------------ Sở Nông nghiệp và Môi trường Đà Nẵng, 11/2025
    src("https://fr.laodong.vn/xa-hoi/da-nang-chan-chinh-tinh-trang-un-u-ho-so-dat-dai-o-phuong-an-khe-1613526.ldo")
    rep("so_nganh", "Ngày 22/11, Sở Nông nghiệp và Môi trường ban hành văn bản yêu cầu các Chi nhánh Văn phòng đăng ký đất đai khu vực chấn chỉnh công tác tiếp nhận hồ sơ, giải quyết TTHC sau phản ánh của người dân phường An Khê.")

    # ------------------------------------------------ phường Hải Châu (Đà Nẵng), 7/2025
    src("https://news.laodong.vn/thoi-su/phuong-hai-chau-da-nang-neu-cach-ung-pho-voi-kich-ban-qua-tai-thu-tuc-hanh-chinh-1533075.ldo")
    rep("xa", "Phường Hải Châu mới được hợp nhất từ 5 phường Thanh Bình, Thuận Phước, Thạch Thang, Phước Ninh và Hải Châu; sau sắp xếp, thành phố Đà Nẵng có 23 phường, 70 xã và đặc khu Hoàng Sa.")
    rep("xa", "Để tránh quá tải, Trung tâm Phục vụ hành chính công phường Hải Châu hiện bố trí 14 quầy tiếp nhận hồ sơ, đồng thời chuẩn bị nơi chờ tạm cho người dân.",
        [F(14, "quầy", "quầy tiếp nhận hồ sơ", "xa")])

    # ------------------------------------------------ thành phố Huế, vận hành thử chính quyền hai cấp, 6/2025
    src("https://www.vietnam.vn/en/thanh-pho-hue-van-hanh-thu-thanh-cong-mo-hinh-chinh-quyen-dia-phuong-hai-cap")
    rep("tinh", "Sau sắp xếp, thành phố Huế có 40 đơn vị hành chính cấp xã, gồm 21 phường và 19 xã; việc vận hành thử được thực hiện tại UBND phường An Cựu và phường Hương An.")

    # ------------------------------------------------ TP.HCM, đánh giá giải quyết TTHC năm 2021
    src("https://www.sggpnews.org.vn/hochiminhcity/thu-duc-districts-excellently-handle-administrative-procedures-97214.html")
    rep("tinh", "Kết quả đánh giá việc giải quyết TTHC năm 2021 cho thấy 290/312 xã, phường, thị trấn đạt mức tốt nhất, 9 đơn vị đạt mức tốt, 2 đơn vị đạt mức đạt và 11 đơn vị đang được đánh giá.",
        [F(290, "đơn vị", "xã, phường, thị trấn đạt mức tốt nhất", "xa"),
         F(312, "đơn vị", "tổng số xã, phường, thị trấn", "xa"),
         F(9, "đơn vị", "đơn vị cấp xã đạt mức tốt", "xa"),
         F(2, "đơn vị", "đơn vị cấp xã đạt mức đạt", "xa"),
         F(11, "đơn vị", "đơn vị cấp xã đang được đánh giá", "xa")])

    # ------------------------------------------------ quận Gò Vấp (TP.HCM), tháng hành động 5/2022
    src("https://www.sggpnews.org.vn/hochiminhcity/hcmc-exploiting-innovation-to-process-administrative-procedures-within-one-day-99117.html")
    rep("huyen", "Bên cạnh việc nâng cao thái độ phục vụ, quận Gò Vấp đã đơn giản hóa 30 TTHC, chủ yếu thuộc các lĩnh vực đất đai, xây dựng, hộ tịch và lưu thông hàng hóa.",
        [F(30, "TTHC", "TTHC được đơn giản hóa", "huyen")])

    # ------------------------------------------------ Hà Nội, 6 tháng đầu năm 2017
    src("https://hanoitimes.vn/breakthroughs-in-hanoi-administrative-reform-8639.html")
    rep("tinh", "Chương trình liên thông cấp Giấy chứng nhận đăng ký đầu tư giúp doanh nghiệp giảm 50% thời gian đi lại và rút ngắn 30 - 60% thời gian xử lý hồ sơ.")
    rep("tinh", "Đến giữa năm 2017, 100% cơ quan, đơn vị của thành phố Hà Nội đã giải quyết TTHC theo cơ chế một cửa, giúp công khai thông tin và tránh tình trạng thu phí sai quy định.",
        [F(100, "%", "tỷ lệ cơ quan, đơn vị giải quyết TTHC theo cơ chế một cửa", "tinh")])

    # ------------------------------------------------ Hà Nội, Trung tâm Phục vụ hành chính công một cấp, 2024
    src("https://hanoitimes.vn/hanois-centralized-administrative-service-center-promises-greater-convenience.594376.html")
    rep("tinh", "Theo đề án, Trung tâm Phục vụ hành chính công thành phố dự kiến đi vào hoạt động từ ngày 31/12 và sẽ sắp xếp lại 677 bộ phận một cửa hiện có; từ tháng 2/2025, Trung tâm thí điểm tiếp nhận hồ sơ thuộc thẩm quyền của một số sở.")

    # ------------------------------------------------ huyện Mai Châu (Hòa Bình), giai đoạn 2011 - 2020
    src("http://baohoabinh.com.vn/en/1/5970/Mai-Chau-district-pushes-up-administrative-re102orm.htm")
    rep("huyen", "Giai đoạn 2011 - 2020, Bộ phận một cửa huyện Mai Châu đã tiếp nhận, giải quyết 11.531 hồ sơ TTHC, trong đó 93,7% hồ sơ được giải quyết đúng hạn và trước hạn.",
        [F(11531, "hồ sơ", "hồ sơ tiếp nhận, giải quyết", "huyen"),
         F(93.7, "%", "tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", "huyen")])
    rep("huyen", "Hiện nay, hơn 90% yêu cầu giải quyết TTHC của huyện được xử lý trên môi trường mạng; đối với hồ sơ quá hạn, huyện yêu cầu cán bộ liên quan xin lỗi người dân, tổ chức.",
        [F(90, "%", "tỷ lệ yêu cầu giải quyết TTHC được xử lý trực tuyến", "huyen", True)])

    # ------------------------------------------------ huyện Lạc Sơn (Hòa Bình), năm 2021
    src("http://en.baohoabinh.com.vn/2/7145/Lac-S111n-district-works-towards-modern-administrati111n.htm")
    rep("huyen", "Năm 2021, huyện Lạc Sơn đã giải quyết đúng hạn 6.935/7.419 hồ sơ tiếp nhận, số hồ sơ còn lại đang trong thời hạn giải quyết.",
        [F(6935, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen"),
         F(7419, "hồ sơ", "hồ sơ tiếp nhận", "huyen")])

    # ------------------------------------------------ phường Mỹ Tho (Đồng Tháp), 7/2025
    src("https://www.vietnam.vn/en/lay-su-hai-long-cua-nguoi-dan-lam-thuoc-do-hieu-qua-phuc-vu")
    rep("xa", "Trung tâm Phục vụ hành chính công phường Mỹ Tho bố trí 5 công chức chuyên trách theo dõi việc tiếp nhận, trả kết quả tại quầy và 7 công chức của các phòng chuyên môn được cử đến giải quyết TTHC theo quy trình liên thông.",
        [F(5, "người", "công chức chuyên trách tiếp nhận, trả kết quả tại quầy", "xa"),
         F(7, "người", "công chức phòng chuyên môn được cử đến giải quyết TTHC", "xa")])
    rep("xa", "Ngoài ra, phường bố trí 1 công chức hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID và tài khoản định danh điện tử.",
        [F(1, "người", "công chức hướng dẫn sử dụng dịch vụ công trực tuyến", "xa")])

    # ------------------------------------------------ huyện Yên Thủy (Hòa Bình), cải thiện môi trường kinh doanh
    src("http://en.baohoabinh.com.vn/2/8058/Yen-Thuy-takes-acti111ns-to-further-support-businesses,-people.htm")
    rep("huyen", "Hiện 12/13 phòng, ban chuyên môn cấp huyện giải quyết TTHC theo hệ thống quản lý chất lượng ISO; quy trình xử lý thường xuyên được rà soát, đánh giá và cập nhật.",
        [F(12, "đơn vị", "phòng, ban cấp huyện giải quyết TTHC theo ISO", "huyen"),
         F(13, "đơn vị", "tổng số phòng, ban chuyên môn cấp huyện", "huyen")])
    rep("huyen", "Trong 5 năm qua, huyện Yên Thủy đã tổ chức 36 cuộc gặp gỡ, đối thoại giữa lãnh đạo huyện với người dân, tập trung vào giải phóng mặt bằng và cấp giấy chứng nhận quyền sử dụng đất.",
        [F(36, "cuộc", "cuộc gặp gỡ, đối thoại của lãnh đạo huyện với người dân", "huyen")])
    rep("huyen", "Huyện Yên Thủy được đánh giá là địa phương dẫn đầu tỉnh về cải thiện môi trường kinh doanh và đứng thứ hai về chất lượng quản trị hành chính cấp huyện.")
