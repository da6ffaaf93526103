# Case texts (my own wording) for held-out set 13, narrative; figures from the pages named in src().
def load(src, rep, F):
    # ---------------------------------------------- xã Sóc Sơn (Hà Nội), 7-12/2025, Tổ kiểm tra TP
    src("https://news.laodong.vn/thoi-su/nhieu-can-bo-xa-soc-son-bi-neu-ten-vi-de-hang-tram-ho-so-dat-dai-qua-han-1640374.ldo")
    rep("tinh", "Qua kiểm tra, trong số 284 hồ sơ đất đai do UBND huyện Sóc Sơn (cũ) chuyển sang, UBND xã Sóc Sơn chỉ giải quyết trước và đúng hạn 127 hồ sơ (chiếm 44,7%); có 94 hồ sơ giải quyết quá hạn (33,1%) và 57 hồ sơ đã quá hạn nhưng chưa có kết quả (20,1%).",
        [F(284, "hồ sơ", "hồ sơ đất đai tiếp nhận từ huyện cũ chuyển sang", "xa"),
         F(127, "hồ sơ", "giải quyết trước và đúng hạn", "xa"),
         F(44.7, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa"),
         F(94, "hồ sơ", "giải quyết quá hạn", "xa"),
         F(33.1, "%", "tỷ lệ giải quyết quá hạn", "xa"),
         F(57, "hồ sơ", "quá hạn chưa có kết quả", "xa"),
         F(20.1, "%", "tỷ lệ quá hạn chưa có kết quả", "xa")])
    rep("tinh", "Đối với 365 hồ sơ tiếp nhận tại Điểm phục vụ hành chính công của xã, đã giải quyết trước và đúng hạn 230 hồ sơ; 05 hồ sơ quá hạn chưa có kết quả và 130 hồ sơ đang trong quá trình giải quyết.",
        [F(365, "hồ sơ", "hồ sơ tiếp nhận tại điểm phục vụ hành chính công xã", "xa"),
         F(230, "hồ sơ", "giải quyết trước và đúng hạn", "xa"),
         F(5, "hồ sơ", "quá hạn chưa có kết quả", "xa"),
         F(130, "hồ sơ", "đang giải quyết", "xa")])
    rep("tinh", "Theo dữ liệu trên Hệ thống thông tin giải quyết TTHC của thành phố, từ ngày 01/7/2025 đến ngày 24/12/2025, xã Sóc Sơn tiếp nhận tổng cộng 1.477 hồ sơ lĩnh vực đất đai, trong đó 432 hồ sơ quá hạn, chiếm 29,2%.",
        [F(1477, "hồ sơ", "hồ sơ đất đai tiếp nhận", "xa"),
         F(432, "hồ sơ", "hồ sơ quá hạn", "xa"),
         F(29.2, "%", "tỷ lệ hồ sơ quá hạn", "xa")])
    rep("tinh", "Tổ kiểm tra đã kiểm tra xác suất 44 hồ sơ, trong đó có tới 43 hồ sơ giải quyết quá thời hạn quy định.",
        [F(44, "hồ sơ", "hồ sơ được kiểm tra xác suất", "xa"),
         F(43, "hồ sơ", "hồ sơ kiểm tra giải quyết quá hạn", "xa")])

    # ---------------------------------------------- phường Long Biên (Hà Nội), 12/2025
    src("https://news.laodong.vn/bat-dong-san/mot-phuong-o-ha-noi-giai-quyet-thu-tuc-dat-dai-qua-han-134-ngay-phai-xin-loi-cong-dan-1637536.ldo")
    rep("tinh", "Tổ kiểm tra, giám sát hoạt động kiểm soát TTHC của UBND Thành phố đã ban hành Thông báo số 20/TB-ĐKT ngày 31/12/2025 kết luận kiểm tra trách nhiệm đối với tình trạng chậm, muộn trong giải quyết TTHC lĩnh vực đất đai tại UBND phường Long Biên trong giai đoạn chuyển từ mô hình chính quyền địa phương 3 cấp sang 2 cấp.")
    rep("tinh", "Qua kiểm tra xác suất 26 hồ sơ TTHC do UBND phường Long Biên thực hiện, Tổ kiểm tra phát hiện 20 hồ sơ giải quyết quá thời hạn quy định.",
        [F(26, "hồ sơ", "hồ sơ được kiểm tra xác suất", "xa"),
         F(20, "hồ sơ", "hồ sơ kiểm tra giải quyết quá hạn", "xa")])
    rep("tinh", "Đáng chú ý, có 02 hồ sơ đã quá hạn 134 ngày làm việc và 02 hồ sơ quá hạn 82 ngày làm việc nhưng đến thời điểm kiểm tra vẫn chưa có kết quả giải quyết.",
        [F(2, "hồ sơ", "hồ sơ quá hạn 134 ngày làm việc chưa có kết quả", "xa"),
         F(2, "hồ sơ", "hồ sơ quá hạn 82 ngày làm việc chưa có kết quả", "xa")])

    # ---------------------------------------------- Nghệ An, PAPI 2018
    src("https://baonghean.vn/en/nhung-chi-so-giup-nghe-an-tang-vuot-bac-hieu-qua-quan-tri-hanh-chinh-cong-10195469.html")
    rep("tinh", "Năm 2018, Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) của Nghệ An đạt 46,57 điểm, xếp thứ 4 toàn quốc.",
        [F(46.57, "điểm", "điểm Chỉ số PAPI", "tinh")])
    rep("tinh", "So với mức 35,77 điểm của năm 2017 (khi tỉnh đứng thứ 44/63), điểm PAPI năm 2018 của tỉnh đã tăng hơn 10 điểm và tăng 40 bậc.")
    rep("tinh", "Kết quả PAPI của tỉnh trong các năm trước chưa ổn định: năm 2016, điểm số giảm 0,79 điểm so với năm 2015, tụt 14 bậc, từ vị trí 22/63 xuống 36/63.")

    # ---------------------------------------------- xã Cư Yên (Lương Sơn, Hòa Bình), 2023
    src("http://baohoabinh.com.vn/en/1/9235/Cu-Yen-commune-promotes-administrative-re102orm.htm")
    rep("xa", "Từ đầu năm 2023 đến nay, UBND xã Cư Yên đã đăng ký khai sinh cho 45 trẻ, đăng ký kết hôn cho 47 cặp, cấp giấy xác nhận tình trạng hôn nhân cho 84 trường hợp và xác nhận thông tin cư trú cho 21 trường hợp.",
        [F(45, "trường hợp", "đăng ký khai sinh", "xa"),
         F(47, "cặp", "đăng ký kết hôn", "xa"),
         F(84, "trường hợp", "cấp giấy xác nhận tình trạng hôn nhân", "xa"),
         F(21, "trường hợp", "xác nhận thông tin cư trú", "xa")])
    rep("xa", "Thực hiện mô hình dân vận khéo tại bộ phận một cửa, từ tháng 10/2023 UBND xã đã gửi 01 thư cảm ơn, 17 thư chúc mừng và 10 thư chia buồn tới người dân trên địa bàn.",
        [F(1, "thư", "thư cảm ơn đã gửi", "xa"),
         F(17, "thư", "thư chúc mừng đã gửi", "xa"),
         F(10, "thư", "thư chia buồn đã gửi", "xa")])

    # ---------------------------------------------- phường Tô Hiệu (Sơn La), 6/2025
    src("https://thongtin.vietnam.vn/en/dam-bao-hoat-dong-thong-suot-phuc-vu-tot-nhan-dan-va-doanh-nghiep")
    rep("xa", "Phường Tô Hiệu được chọn thí điểm vận hành Trung tâm Phục vụ hành chính công cấp xã từ ngày 23/6; hiện có 13 cán bộ, công chức làm việc tại Trung tâm, tất cả đều đã được tập huấn nghiệp vụ và sử dụng thành thạo các công cụ số.",
        [F(13, "người", "cán bộ, công chức làm việc tại Trung tâm", "xa")])
    rep("xa", "Trong thời gian chạy thử, Trung tâm xử lý các tình huống giả định theo mô hình một cửa liên thông điện tử với 5 bước chuẩn hóa, từ tiếp nhận, hướng dẫn đến trả kết quả đúng hẹn; tại 4 xã mới thành lập trên địa bàn huyện Quỳnh Nhai (cũ), trụ sở và trang thiết bị cũng đã được bố trí.")

    # ---------------------------------------------- xã Vĩnh Lộc (TP.HCM), 2025
    src("https://news.laodong.vn/xa-hoi/phuong-xa-o-tphcm-doi-moi-cach-lam-thuan-loi-cho-nguoi-dan-1542045.ldo")
    rep("xa", "Để thuận lợi cho người dân, xã Vĩnh Lộc đã cải tạo trụ sở, bố trí 9 quầy tiếp nhận hồ sơ theo từng lĩnh vực chuyên môn, cùng các quầy riêng về bảo hiểm và tư vấn thuế.",
        [F(9, "quầy", "quầy tiếp nhận hồ sơ", "xa")])

    # ---------------------------------------------- Ninh Bình, 12/2024
    src("https://www.vietnam.vn/en/sau-sap-xep-ninh-binh-co-bay-huyen-thanh-pho-va-125-xa-phuong-thi-tran")
    rep("tinh", "Thực hiện Nghị quyết số 1318/NQ-UBTVQH15 ngày 10/12/2024 của Ủy ban Thường vụ Quốc hội, sau sắp xếp tỉnh Ninh Bình có 07 đơn vị hành chính cấp huyện (05 huyện, 02 thành phố) và 125 đơn vị hành chính cấp xã, gồm 101 xã, 18 phường và 06 thị trấn.")

    # ---------------------------------------------- thành phố Thanh Hóa, 8/2023
    src("https://www.vietnam.vn/en/nguoi-dan-doanh-nghiep-can-duoc-giai-quyet-ho-so-hon-la-nhan-loi-xin-loi")
    rep("huyen", "Tháng 8/2023, Chủ tịch UBND thành phố Thanh Hóa chỉ đạo các xã, phường có hồ sơ tiếp nhận, giải quyết quá hạn phải báo cáo, giải trình và gửi thư, phiếu xin lỗi đến từng hộ dân.")

    # ---------------------------------------------- Nghệ An, bộ chỉ số CCHC 2023
    src("https://vrviet.vn/en/bang-xep-hang-va-cach-danh-gia-xac-dinh-chi-so-cchc-cac-so-ban-nganh-cap-tinh-nghe-an-nam-2023")
    rep("tinh", "Theo Quyết định số 3323/QĐ-UBND ngày 16/10/2023 của UBND tỉnh, Bộ tiêu chí xác định Chỉ số CCHC của các sở, ban, ngành cấp tỉnh được cấu trúc thành 7 lĩnh vực, 48 tiêu chí và 89 tiêu chí thành phần.")
    rep("tinh", "Trong đó, lĩnh vực cải cách TTHC gồm 7 tiêu chí và 18 tiêu chí thành phần; lĩnh vực xây dựng, phát triển Chính phủ điện tử, Chính phủ số gồm 9 tiêu chí và 14 tiêu chí thành phần.")

    # ---------------------------------------------- SIPAS 2022 (Bộ Nội vụ), kế hoạch khảo sát
    src("https://vietnamnet.vn/en/37-000-households-to-take-part-in-survey-on-administrative-service-quality-2091396.html")
    rep("tinh", "Năm 2022, Bộ Nội vụ dự kiến khảo sát khoảng 37.000 hộ gia đình để đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước; sau khi nhận phiếu, người dân có từ 1-2 ngày để suy nghĩ, trả lời.")

    # ---------------------------------------------- TP.HCM, Kế hoạch 1576/KH-UBND 2019
    src("https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html")
    rep("tinh", "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, UBND Thành phố ban hành Kế hoạch số 1576/KH-UBND năm 2019 triển khai đánh giá sự hài lòng về giải quyết TTHC thống nhất trên toàn Thành phố.")

    # ---------------------------------------------- Bình Dương, Tổng đài 1022, 2021
    src("https://baobinhduong.vn/en/the-hotline-system-handles-over-200-000-complaints-and-recommendations-a261898.html")
    rep("tinh", "Tính đến ngày 08/12/2021, Tổng đài 1022 của tỉnh đã tiếp nhận và trả lời khoảng 226.530 cuộc gọi phản ánh, kiến nghị của người dân, doanh nghiệp; trong đó có 45.849 cuộc gọi cấp cứu, 51.297 cuộc gọi đề nghị cứu trợ, 5.327 cuộc gọi về an ninh trật tự và 3.097 cuộc gọi về an toàn giao thông.",
        [F(226530, "cuộc gọi", "cuộc gọi phản ánh, kiến nghị tiếp nhận và trả lời", "tinh", True),
         F(45849, "cuộc gọi", "cuộc gọi cấp cứu", "tinh"),
         F(51297, "cuộc gọi", "cuộc gọi đề nghị cứu trợ", "tinh"),
         F(5327, "cuộc gọi", "cuộc gọi về an ninh trật tự", "tinh"),
         F(3097, "cuộc gọi", "cuộc gọi về an toàn giao thông", "tinh")])
    rep("tinh", "Bên cạnh đó, qua Cổng thông tin điện tử, Zalo, thư điện tử và ứng dụng di động 24/7, tỉnh tiếp nhận hơn 30.587 yêu cầu phản ánh, kiến nghị và hỗ trợ của người dân.",
        [F(30587, "yêu cầu", "phản ánh, kiến nghị, yêu cầu hỗ trợ qua kênh trực tuyến", "tinh", True)])
    rep("tinh", "Năm 2021, Sở Thông tin và Truyền thông được giao nâng cấp thiết bị, mở rộng tính năng Tổng đài 1022; đến nay hệ thống có thể tiếp nhận từ 3.000 - 5.000 cuộc gọi mỗi ngày.")

    # ---------------------------------------------- Gia Lai mới, 6/2025
    src("https://news.laodong.vn/thoi-su/danh-sach-nhan-su-bi-thu-chu-tich-135-xa-phuong-tinh-gia-lai-moi-1532257.ldo")
    rep("tinh", "Theo Nghị quyết về sắp xếp đơn vị hành chính cấp xã năm 2025, sau sắp xếp tỉnh Gia Lai có 135 đơn vị hành chính cấp xã, gồm 110 xã và 25 phường; quyết định bổ nhiệm bí thư, chủ tịch UBND của 135 xã, phường mới đã được công bố ngày 30/6.")
    src("https://news.laodong.vn/thoi-su/tinh-gia-lai-moi-van-hanh-thu-nghiem-mo-hinh-chinh-quyen-2-cap-1528537.ldo")
    rep("tinh", "Theo kịch bản vận hành thử dự kiến thực hiện ngày 25/6, UBND tỉnh Gia Lai chọn 05 đơn vị cấp xã mới để chuyển hồ sơ cho 05 đơn vị cấp xã mới thuộc tỉnh Bình Định và Thuế tỉnh Bình Định giải quyết, phê duyệt kết quả.")
    src("https://thongtin.vietnam.vn/en/gia-lai-day-manh-cai-cach-hanh-chinh-o-cap-xa")
    rep("tinh", "Trong tháng 7 và tháng 8/2025, các xã, phường phải hoàn thiện thể chế, cơ sở vật chất của Trung tâm Phục vụ hành chính công theo Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, trong đó trang bị chữ ký số cho 100% công chức tiếp nhận hồ sơ.")

    # ---------------------------------------------- Nghệ An: huyện Nghi Lộc (2016), Nghĩa Đàn (2024), Quỳnh Lưu (2022)
    src("https://baonghean.vn/en/dong-bo-toan-dien-nang-cao-hieu-qua-quan-ly-nha-nuoc-10109290.html")
    rep("huyen", "Nhiều thủ tục được rút ngắn thời gian giải quyết: đăng ký thế chấp quyền sử dụng đất trước đây mất 3 ngày nay giải quyết trong ngày; tách thửa giảm từ 33 ngày xuống 27 ngày; công nhận lại hạn mức đất ở giảm từ 35 ngày xuống 28 ngày; đăng ký kinh doanh từ 7 ngày còn 3 ngày.")
    src("https://baonghean.vn/en/huyen-nghia-dan-can-no-luc-nang-cao-thu-hang-chi-so-cai-cach-hanh-chinh-10272157.html")
    rep("huyen", "Nghĩa Đàn là một trong 7 đơn vị được Ban Chỉ đạo CCHC tỉnh chọn chỉ đạo điểm về CCHC năm 2024; UBND huyện đã ban hành Chỉ thị số 01/CT-UBND ngày 15/01/2024 về đẩy mạnh các giải pháp nâng cao hiệu quả giải quyết TTHC, cung cấp dịch vụ công cho người dân, doanh nghiệp.")
    src("https://baonghean.vn/en/khong-ngung-cai-thien-cac-chi-so-ve-cai-cach-hanh-chinh-10243787.html")
    rep("huyen", "UBND huyện Quỳnh Lưu đang thí điểm tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích đối với một số TTHC lĩnh vực đất đai và tiếp nhận hồ sơ trực tuyến đối với 5 TTHC lĩnh vực thành lập và hoạt động hộ kinh doanh.",
        [F(5, "TTHC", "TTHC hộ kinh doanh tiếp nhận hồ sơ trực tuyến", "huyen")])

    # ---------------------------------------------- Bắc Ninh 12/2025, Hà Nội 10/2023
    src("https://vietnamnews.vn/society/1732704/bac-ninh-builds-modern-public-administration-to-better-serve-the-people.html")
    rep("tinh", "Sau hơn 5 tháng vận hành chính quyền địa phương hai cấp, tỉnh đứng thứ nhất trong 34 tỉnh, thành phố về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo thời gian thực; trước đó doanh nghiệp ở Thuận Thành phải đi hơn 40 km để nộp hồ sơ tại Trung tâm.")
    src("https://thanglong.chinhphu.vn/inspection-team-set-up-to-check-land-management-110231025145922266.htm")
    rep("tinh", "Thực hiện Công điện số 965/CĐ-TTg ngày 13/10/2023 của Thủ tướng Chính phủ, ngày 22/10 UBND Thành phố thành lập đoàn kiểm tra công tác quản lý đất đai; Sở Tài nguyên và Môi trường báo cáo kết luận về trách nhiệm trong việc chậm xác định tiền sử dụng đất trước ngày 30/11.")

    # ---------------------------------------------- xã Phú Cường (Tân Lạc, Hòa Bình)
    src("http://en.baohoabinh.com.vn/2/9425/Phu-Cu111ng-commune-strengthens-administrative-re102orm-to-win-locals-c111nfidence.htm")
    rep("xa", "Bộ phận tiếp nhận và trả kết quả giải quyết TTHC của xã Phú Cường hiện có 4 công chức, phụ trách các lĩnh vực đất đai - xây dựng, tư pháp - hộ tịch và lao động - thương binh và xã hội.",
        [F(4, "người", "công chức tại bộ phận tiếp nhận và trả kết quả", "xa")])
    rep("xa", "Xã sử dụng phần mềm VNPT iOffice và phần mềm Hotich.vn trong quản lý, điều hành; quy định, thủ tục, mức phí và thời hạn giải quyết từng loại hồ sơ được niêm yết công khai tại trụ sở.")

    # ---------------------------------------------- xã Đà Bắc (Phú Thọ), 7/2025
    src("https://news.laodong.vn/xa-hoi/ngay-dau-van-hanh-chinh-quyen-dia-phuong-2-cap-o-xa-vung-cao-phu-tho-1533140.ldo")
    rep("xa", "Xã Đà Bắc được thành lập trên cơ sở hợp nhất thị trấn Đà Bắc và các xã Tú Lý, Toàn Sơn, Hiền Lương (tỉnh Hòa Bình cũ); ngày 01/7/2025, xã đã hoàn thành việc bố trí cán bộ, công chức vào các phòng chuyên môn.")

    # ---------------------------------------------- Tiền Giang, QĐ 08/2025/QĐ-UBND
    src("https://lawnet.vn/vb/Quyet-dinh-08-2025-QD-UBND-Quy-che-to-chuc-hoat-dong-Bo-phan-Mot-cua-tinh-Tien-Giang-9D70D.html")
    rep("tinh", "Ngày 17/02/2025, UBND tỉnh Tiền Giang ban hành Quyết định số 08/2025/QĐ-UBND về Quy chế tổ chức và hoạt động của Bộ phận Một cửa trên địa bàn tỉnh, căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.")

    # ---------------------------------------------- Bộ TT&TT, Công văn 4336/BTTTT-THH 2021
    src("https://thuviennhadat.vn/vbpl/cong-van-4336-btttt-thh-2021-ket-noi-du-lieu-giua-cac-he-thong-thong-tin-co-so-du-lieu-492743.html")
    rep("tinh", "Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ và Văn bản số 7722/VPCP-KSTT ngày 22/10/2021 của Văn phòng Chính phủ, Bộ Thông tin và Truyền thông đề nghị các bộ, ngành, địa phương đẩy mạnh kết nối, chia sẻ dữ liệu theo Chiến lược tại Quyết định số 942/QĐ-TTg ngày 15/6/2021.")

    # ---------------------------------------------- An Giang, 10 tháng 2025
    src("https://www.vietnam.vn/en/an-giang-tang-toc-chuyen-doi-so-day-manh-cchc-mo-rong-an-sinh-trong-10-thang-dau-nam-2025")
    rep("tinh", "Tỉnh đã hoàn thành cấu hình hệ thống theo mô hình chính quyền địa phương hai cấp, cập nhật tài khoản cho cán bộ, công chức, viên chức của 17/17 sở, ban, ngành và 102 UBND xã, phường, đặc khu với tổng số 20.426 tài khoản.",
        [F(17, "cơ quan", "sở, ban, ngành đã được cập nhật tài khoản", "so_nganh"),
         F(17, "cơ quan", "tổng số sở, ban, ngành", "so_nganh"),
         F(102, "đơn vị", "UBND xã, phường, đặc khu được cập nhật tài khoản", "xa"),
         F(20426, "tài khoản", "tài khoản cán bộ, công chức, viên chức trên hệ thống", "tinh")])
    rep("tinh", "Tỷ lệ văn bản điện tử trao đổi giữa các cơ quan hành chính nhà nước qua Hệ thống quản lý văn bản và điều hành đạt 100%; Hệ thống thông tin báo cáo của tỉnh hiện có khoảng 272 tài khoản người dùng.",
        [F(100, "%", "tỷ lệ văn bản điện tử trao đổi giữa các cơ quan hành chính", "tinh", False, "BM7-5.2"),
         F(272, "tài khoản", "tài khoản trên Hệ thống thông tin báo cáo", "tinh", True)])
    src("https://www.vietnam.vn/en/an-giang-chinh-quyen-kien-tao-dong-hanh-cung-nguoi-dan")
    rep("tinh", "Sau hợp nhất, tỉnh An Giang có diện tích 9.888 km², dân số gần 5 triệu người với 102 đơn vị hành chính cấp xã; bộ máy chính quyền hai cấp vận hành thông suốt, ổn định.")

    # ---------------------------------------------- xã Long Điền (An Giang), 7/2025
    src("https://www.vietnam.vn/en/cai-cach-de-phuc-vu-nhan-dan-tot-hon")
    rep("xa", "Từ đầu tháng 7/2025 đến nay, Trung tâm Phục vụ hành chính công xã Long Điền đã tiếp nhận 1.001 hồ sơ TTHC, trong đó đã giải quyết 845 hồ sơ, 156 hồ sơ đang chờ kết quả.",
        [F(1001, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
         F(845, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
         F(156, "hồ sơ", "hồ sơ đang chờ kết quả", "xa")])
    rep("xa", "Hiện xã bố trí 10 công chức làm việc tại 10 quầy, trực tiếp tiếp nhận, xử lý hồ sơ và trả kết quả cho người dân.",
        [F(10, "người", "công chức làm việc tại Trung tâm", "xa"),
         F(10, "quầy", "quầy tiếp nhận, trả kết quả", "xa")])

    # ---------------------------------------------- Quảng Trị, 6/2025
    src("https://quangtritv.vn/bai-viet/tu-ngay-176-quang-tri-van-hanh-thu-nghiem-9-xa-phuong-moi-36249")
    rep("tinh", "Theo kế hoạch, từ ngày 17/6 tỉnh Quảng Trị sẽ vận hành thử nghiệm hoạt động của chính quyền địa phương tại 9 xã, phường mới sau sắp xếp thuộc 9 huyện, thành phố, thị xã.")

    # ---------------------------------------------- phường Bãi Cháy (Quảng Ninh), chạy thử 16/6/2025
    src("https://news.laodong.vn/xa-hoi/ngay-dau-van-hanh-thu-nghiem-chinh-quyen-hai-cap-tai-quang-ninh-1524869.ldo")
    rep("xa", "Trong ngày vận hành thử nghiệm 16/6, để bảo đảm công việc thông suốt, UBND phường Bãi Cháy (mới) bố trí 8 cán bộ của hai phường cũ Bãi Cháy và Hùng Thắng cùng làm việc tại Trung tâm Phục vụ hành chính công phường.",
        [F(8, "người", "cán bộ bố trí làm việc tại Trung tâm", "xa")])

    # ---------------------------------------------- xã Dân Tiến (Thái Nguyên), 2025
    src("https://www.vietnam.vn/en/cai-cach-hanh-chinh-o-dan-tien-vuot-kho-phuc-vu-nhan-dan")
    rep("xa", "Ảnh hưởng của bão số 11 khiến khoảng 50.000 m³ đất đá sạt lở ngay phía sau trụ sở, toàn bộ hoạt động của Đảng ủy, chính quyền và Trung tâm Phục vụ hành chính công xã phải chuyển về trụ sở cũ của xã Bình Long; xã đã ban hành kế hoạch CCHC 6 tháng cuối năm 2025.")

    # ---------------------------------------------- thành phố Huế, quy định mới về CCHC cấp xã 2025
    src("https://www.vietnam.vn/en/tieu-chuan-moi-cai-cach-hanh-chinh-chinh-quyen-dia-phuong-2-cap")
    rep("tinh", "Theo hướng dẫn mới, UBND các xã, phường phải ban hành kế hoạch CCHC năm 2025 trước ngày 25/7; hằng năm, các đơn vị gửi 4 báo cáo định kỳ vào các mốc quý I, 6 tháng, 9 tháng và cả năm theo mẫu thống nhất.")

    # ---------------------------------------------- Trung tâm Phục vụ hành chính công TP.HCM, 31/12/2025
    src("https://en.sggp.org.vn/ho-chi-minh-city-public-administration-service-center-officially-inaugurated-post122900.html")
    rep("so_nganh", "Trung tâm Phục vụ hành chính công Thành phố khánh thành ngày 31/12/2025 tại phường Thủ Đức, bố trí trên 2 tầng với 6 khu chức năng và 61 quầy tiếp nhận hồ sơ của các lĩnh vực tư pháp, nội vụ, y tế, xây dựng, tài nguyên và môi trường, bảo hiểm xã hội...; thời gian trung bình từ lúc lấy số đến khi nhận phiếu hẹn ước khoảng 5 - 10 phút.",
        [F(61, "quầy", "quầy tiếp nhận hồ sơ tại Trung tâm", "trung_tam")])

    # ---------------------------------------------- phường Tân Hưng (TP.HCM), 7/2025
    src("https://en.sggp.org.vn/two-tier-local-government-better-serves-megacity-residents-post119206.html")
    rep("xa", "Nhờ ki-ốt thông minh đọc căn cước gắn chip để tự động tạo tờ khai, Trung tâm Phục vụ hành chính công phường Tân Hưng bảo đảm không người dân nào phải chờ quá 20 phút để nộp hồ sơ; toàn bộ thao tác nộp hồ sơ chỉ mất khoảng 2 phút.")

    # ---------------------------------------------- xã Giồng Riềng (An Giang), 7/2025
    src("https://www.vietnam.vn/en/mot-cua-hien-dai-dan-hai-long")
    rep("xa", "Để tăng tốc độ xử lý hồ sơ trực tuyến, xã Giồng Riềng đã nâng cấp đường truyền mạng; chi phí thuê bao tăng từ 600.000 đồng lên 1,2 triệu đồng mỗi tháng nhưng hiệu quả mang lại rõ rệt.")

    # ---------------------------------------------- Hưng Yên (mới), 01/7-13/8/2025
    src("https://news.laodong.vn/xa-hoi/van-hanh-on-dinh-chinh-quyen-hai-cap-hung-yen-huong-toi-hieu-qua-dong-bo-1558336.ldo")
    rep("tinh", "Từ ngày 01/7 đến ngày 13/8/2025, Trung tâm Phục vụ hành chính công tỉnh và 104 điểm tiếp nhận cấp xã đã tiếp nhận tổng cộng 156.230 hồ sơ, trong đó 134.251 hồ sơ trực tuyến và 21.979 hồ sơ trực tiếp; tỷ lệ nộp hồ sơ trực tuyến đạt gần 86%, đưa tỉnh lên vị trí thứ 11/34 tỉnh, thành phố.",
        [F(156230, "hồ sơ", "hồ sơ tiếp nhận", "tinh", False, "BM7-6.4.1"),
         F(134251, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
         F(21979, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "tinh"),
         F(86, "%", "tỷ lệ nộp hồ sơ trực tuyến", "tinh", True, "BM7-6.4")])
    rep("tinh", "Toàn bộ 2.119 TTHC của tỉnh đã được công khai trên Cổng Dịch vụ công quốc gia với đầy đủ biểu mẫu điện tử và quy trình; đến nay đã có 27 xã, phường cấp Giấy chứng nhận quyền sử dụng đất cho người dân.",
        [F(2119, "TTHC", "TTHC công khai trên Cổng Dịch vụ công quốc gia", "tinh"),
         F(27, "đơn vị", "xã, phường đã cấp Giấy chứng nhận quyền sử dụng đất", "xa")])

    # ---------------------------------------------- xã Việt Hồng (Lào Cai), tuần đầu 7/2025
    src("https://thongtin.vietnam.vn/en/chinh-quyen-dia-phuong-hai-cap-sau-mot-tuan-van-hanh")
    rep("xa", "Sau một tuần vận hành chính quyền địa phương hai cấp, 100% lãnh đạo và công chức xã Việt Hồng làm việc trên môi trường số và sử dụng chữ ký số; TTHC được niêm yết công khai tại nơi tiếp nhận hồ sơ và trên môi trường mạng.",
        [F(100, "%", "tỷ lệ lãnh đạo, công chức sử dụng chữ ký số", "xa")])

    # ---------------------------------------------- Công an tỉnh Hải Dương, chuyển TTHC về Trung tâm (ngày 05/4)
    src("https://news.baohaiduong.vn/hai-duong-public-security-process-6-administrative-procedures-at-the-provincial-public-administration-service-center-194282.html")
    rep("so_nganh", "Ngày 05/4, Công an tỉnh đã chuyển 06 TTHC về tiếp nhận, giải quyết tại Trung tâm Phục vụ hành chính công tỉnh, gồm 05 thủ tục lĩnh vực đăng ký, quản lý con dấu và 01 thủ tục quản lý ngành, nghề kinh doanh có điều kiện về an ninh, trật tự; đồng thời bố trí từ 8 đến 10 cán bộ sẵn sàng làm việc tại Trung tâm.",
        [F(6, "TTHC", "TTHC chuyển về giải quyết tại Trung tâm Phục vụ hành chính công tỉnh", "so_nganh"),
         F(5, "TTHC", "TTHC lĩnh vực đăng ký, quản lý con dấu chuyển về Trung tâm", "so_nganh"),
         F(1, "TTHC", "TTHC quản lý ngành, nghề kinh doanh có điều kiện chuyển về Trung tâm", "so_nganh")])
    rep("so_nganh", "Các TTHC lĩnh vực cấp thẻ căn cước công dân chưa chuyển về Trung tâm do lượng người đến làm thủ tục rất lớn, bình quân mỗi ngày tiếp nhận, giải quyết gần 600 trường hợp; dự kiến từ ngày 01/7 sẽ chuyển tiếp về Trung tâm.",
        [F(600, "trường hợp", "bình quân trường hợp cấp căn cước công dân tiếp nhận, giải quyết mỗi ngày", "so_nganh", True)])

    # ---------------------------------------------- Hải Phòng (mới), đầu 7/2025
    src("https://news.laodong.vn/thoi-su/hai-phong-chi-dao-khong-de-gian-doan-trong-giai-quyet-thu-tuc-hanh-chinh-1534169.ldo")
    rep("tinh", "Theo báo cáo của Sở Nội vụ, các điều kiện cần thiết cho hoạt động của bộ máy cấp xã cơ bản được bảo đảm; 100% địa phương đã được cấp con dấu mới của Đảng ủy, HĐND, UBND đúng thời hạn.",
        [F(100, "%", "tỷ lệ địa phương cấp xã được cấp con dấu mới đúng hạn", "xa")])

    # ---------------------------------------------- xã Tây Phong (Cao Phong, Hòa Bình), đến hết tháng 5
    src("http://baohoabinh.com.vn/en/2/8496/Tay-Ph111ng-commune-re102orms-administrative-procedures-to-better-serve-people.htm")
    rep("xa", "Toàn bộ TTHC được công khai tại bộ phận một cửa và trên trang thông tin điện tử của xã; phần mềm một cửa điện tử đã được áp dụng cho 8 lĩnh vực với 118 TTHC. Tính đến hết tháng 5, xã tiếp nhận 738 hồ sơ, trong đó 725 hồ sơ nộp trực tuyến; đã giải quyết 733 hồ sơ.",
        [F(118, "TTHC", "TTHC áp dụng phần mềm một cửa điện tử", "xa"),
         F(738, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
         F(725, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
         F(733, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1")])
    rep("xa", "Xã vừa được huyện Cao Phong chọn xây dựng mô hình \"Chính quyền thân thiện vì nhân dân phục vụ\"; theo đó, xã thành lập Ban chỉ đạo gồm 20 thành viên, ban hành quy chế hoạt động và phân công nhiệm vụ cụ thể cho từng thành viên.")
