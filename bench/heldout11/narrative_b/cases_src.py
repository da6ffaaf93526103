# Cases for held-out set 11, narrative_b. Read by build.py. Texts are my own wording.

# ------------------------------------------------------------ Nghệ An, Ban Chỉ đạo CCHC tỉnh, kết quả năm 2024 (phiên họp 13/02/2025)
src("https://baonghean.vn/en/nghe-an-tao-dieu-kien-tot-nhat-nhanh-nhat-thuan-loi-nhat-cho-nguoi-dan-doanh-nghiep-10291565.html")
rep("tinh", "Năm 2024, Chương trình công tác của Ban Chỉ đạo cải cách hành chính tỉnh được ban hành sớm và triển khai chủ động, hoàn thành 40/40 nhiệm vụ, đạt 100%.",
    [F(40, "nhiệm vụ", "nhiệm vụ trong Chương trình công tác của Ban Chỉ đạo CCHC", "tinh"),
     F(40, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh"),
     F(100, "%", "tỷ lệ hoàn thành nhiệm vụ", "tinh")])
news("tinh", "Tại phiên họp ngày 13/02/2025, Bí thư Tỉnh ủy Nghệ An, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh kết luận năm 2025 tập trung lãnh đạo, chỉ đạo toàn diện 6 nhiệm vụ cải cách hành chính với phương châm \"Trách nhiệm, kỷ cương, gương mẫu vì nhân dân và doanh nghiệp\".")

# ------------------------------------------------------------ Nghệ An, sơ kết 6 tháng 2024 (sáng 2/8)

# ------------------------------------------------------------ Nghệ An, DVC trực tuyến ở các sở những tháng đầu năm 2024
src("https://baonghean.vn/en/cai-cach-hanh-chinh-o-nghe-an-chon-viec-trong-tam-hanh-dong-quyet-liet-10271959.html")
rep("tinh", "Những tháng đầu năm 2024, nhiều sở, ngành đạt tỷ lệ tiếp nhận, giải quyết hồ sơ trực tuyến cao: lĩnh vực thông báo hoạt động khuyến mại của Sở Công Thương đạt 100%; cấp chứng chỉ hành nghề y, dược của Sở Y tế đạt trên 90%; cấp giấy phép vận tải liên vận Việt - Lào và cấp lại giấy phép lái xe của Sở Giao thông vận tải đạt 94%.",
    [F(100, "%", "tỷ lệ hồ sơ trực tuyến lĩnh vực thông báo hoạt động khuyến mại", "so_nganh"),
     F(90, "%", "tỷ lệ hồ sơ trực tuyến cấp chứng chỉ hành nghề y, dược", "so_nganh", True),
     F(94, "%", "tỷ lệ hồ sơ trực tuyến cấp giấy phép liên vận, cấp lại giấy phép lái xe", "so_nganh")])

# ------------------------------------------------------------ Bình Dương, phường Tân Đông Hiệp (mới), tuần vận hành thử 9-13/6/2025
src("https://newfe.baobinhduong.vn/en/trial-operation-of-the-new-tan-dong-hiep-ward-shows-off-positive-outcomes-satisfying-residents-a348908.html")
news("xa", "Trong tuần đầu vận hành thử, từ ngày 9 đến 13/6/2025, Trung tâm Phục vụ hành chính công phường Tân Đông Hiệp (mới) đã xử lý tổng cộng 872 hồ sơ thủ tục hành chính, trong đó 755 hồ sơ thuộc thẩm quyền UBND phường và 86 hồ sơ thuộc thẩm quyền UBND thành phố Dĩ An.",
     [F(872, "hồ sơ", "hồ sơ TTHC đã xử lý", "xa"),
      F(755, "hồ sơ", "hồ sơ thuộc thẩm quyền UBND phường", "xa"),
      F(86, "hồ sơ", "hồ sơ thuộc thẩm quyền UBND thành phố", "huyen")])
news("xa", "Không chỉ người dân Tân Đông Hiệp, cư dân các phường lân cận cũng chủ động đến nộp hồ sơ: Trung tâm đã nhận 8 hồ sơ đất đai của người dân phường Dĩ An và 15 hồ sơ của người dân phường Đông Hòa.",
     [F(8, "hồ sơ", "hồ sơ đất đai tiếp nhận của người dân phường Dĩ An", "xa"),
      F(15, "hồ sơ", "hồ sơ tiếp nhận của người dân phường Đông Hòa", "xa")])

# ------------------------------------------------------------ xã An Ninh, làm việc với Đoàn kiểm tra CCHC (quý III/2025)
src("https://www.vietnam.vn/en/doan-kiem-tra-cong-tac-cai-cach-hanh-chinh-lam-viec-tai-xa-an-ninh")
rep("xa", "Từ ngày 01/7 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 2.963 hồ sơ, trong đó 64,3% hồ sơ nộp trực tuyến; tỷ lệ hồ sơ giải quyết đúng hạn đạt 92,59%, 100% hồ sơ đã được trả kết quả.",
    [F(2963, "hồ sơ", "tiếp nhận", "xa", False, "BM7-6.4.1"),
     F(64.3, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
     F(92.59, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
     F(100, "%", "tỷ lệ hồ sơ đã trả kết quả", "xa")])
rep("xa", "Công tác kiểm soát TTHC được thực hiện hiệu quả, 100% TTHC được công khai và cập nhật bằng mã QR; tỷ lệ cán bộ, công chức của xã đáp ứng tiêu chuẩn theo quy định đạt 100%.",
    [F(100, "%", "tỷ lệ TTHC công khai, cập nhật bằng mã QR", "xa"),
     F(100, "%", "tỷ lệ cán bộ, công chức đáp ứng tiêu chuẩn", "xa")])

# ------------------------------------------------------------ Đồng Tháp, Công văn 36/UBND-HCC (12/6/2025)
src("https://news.laodong.vn/thoi-su/dong-thap-phan-dau-80-thu-tuc-hanh-chinh-ap-dung-dich-vu-truc-tuyen-1522867.ldo")
news("tinh", "Ngày 12/6, Chủ tịch UBND tỉnh Đồng Tháp Trần Trí Quang ký Công văn số 36/UBND-HCC đôn đốc triển khai Đề án 06, phấn đấu đến cuối năm 2025 có 80% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.")
news("tinh", "Văn bản yêu cầu chậm nhất ngày 30/6/2025, toàn bộ lãnh đạo, cán bộ, công chức các sở, ngành, địa phương phải xử lý hồ sơ công việc trên môi trường mạng và sử dụng chữ ký số.")

# ------------------------------------------------------------ Gia Lai (mới), nhóm dẫn đầu về phục vụ người dân, doanh nghiệp (cuối 2025)
src("https://news.laodong.vn/xa-hoi/gia-lai-lot-top-dau-ca-nuoc-ve-phuc-vu-nguoi-dan-doanh-nghiep-1633527.ldo")
news("tinh", "Tỉnh Gia Lai đã rà soát 100% thủ tục hành chính, cắt giảm hơn 55% thời gian giải quyết, vượt 25% so với mục tiêu Chính phủ giao.",
     [F(100, "%", "tỷ lệ TTHC được rà soát", "tinh")])
news("tinh", "Thời gian thực hiện toàn bộ thủ tục triển khai dự án ngoài khu kinh tế, khu công nghiệp giảm từ 242 ngày xuống còn 60 ngày; cấp giấy chứng nhận đăng ký doanh nghiệp rút từ 3 ngày xuống 3 giờ.")

# ------------------------------------------------------------ Cần Thơ, xã Mỹ Hương (7/2025)
src("https://news.laodong.vn/xa-hoi/nhieu-trung-tam-hanh-chinh-cong-o-can-tho-tang-gio-phuc-vu-hanh-chinh-tan-nha-1554488.ldo")
news("xa", "Từ ngày 15/7 đến 15/8/2025, Trung tâm Phục vụ hành chính công xã Mỹ Hương kéo dài thêm 30 phút mỗi buổi sáng và chiều để tiếp nhận, giải quyết thủ tục cho người dân.")

# ------------------------------------------------------------ Cần Thơ, dừng 2 điểm tiếp nhận (31/12/2025)
src("https://news.laodong.vn/xa-hoi/can-tho-dung-hoat-dong-2-diem-tiep-nhan-ho-so-tai-hau-giang-va-soc-trang-1634016.ldo")
news("tinh", "Từ ngày 01/01/2026, Trung tâm Phục vụ hành chính công thành phố Cần Thơ dừng hoạt động Điểm tiếp nhận và trả kết quả số 01 tại phường Phú Lợi và số 02 tại phường Vị Tân, chỉ còn hoạt động tại trụ sở số 109 Nguyễn Trãi, phường Ninh Kiều.")
news("tinh", "Việc tiếp nhận hồ sơ và trả kết quả được thực hiện không phụ thuộc địa giới hành chính theo Quyết định số 3203/QĐ-UBND ngày 22/12/2025 của Chủ tịch UBND thành phố.")

# ------------------------------------------------------------ Lào Cai (mới), cải cách TTHC thực chất (1/7 - 14/9/2025)
src("https://vjs.vietnam.vn/en/lao-cai-cai-cach-thu-tuc-hanh-chinh-thuc-chat-tiet-kiem-hang-chuc-ty-dong-moi-nam")
rep("tinh", "Tỉnh đặt mục tiêu cắt giảm ít nhất 30% chi phí tuân thủ và 30% điều kiện kinh doanh không cần thiết, giảm 30% thời gian giải quyết đối với tối thiểu 30% số thủ tục hành chính theo Kế hoạch số 58/KH-UBND.")
rep("tinh", "Từ ngày 01/7 đến ngày 14/9/2025, toàn tỉnh tiếp nhận hơn 163.000 hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn và trước hạn đạt trên 99,4%; riêng cấp xã, tỷ lệ giải quyết đúng hạn đạt 99,54%.",
    [F(163000, "hồ sơ", "tiếp nhận", "tinh", True),
     F(99.4, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "tinh", True),
     F(99.54, "%", "tỷ lệ giải quyết đúng hạn cấp xã", "xa", False, "BM3-3.3")])
rep("tinh", "Tỉnh đã rút ngắn thời gian giải quyết đối với 977 thủ tục, mỗi thủ tục giảm ít nhất 30% so với quy định của Trung ương, ước giúp người dân, doanh nghiệp tiết kiệm hơn 40 tỷ đồng mỗi năm.",
    [F(977, "TTHC", "TTHC được rút ngắn thời gian giải quyết", "tinh")])

# ------------------------------------------------------------ Lào Cai, phường Âu Lâu (9/2025)
src("https://vjs.vietnam.vn/en/phan-cap-van-de-then-chot-trong-van-hanh-mo-hinh-chinh-quyen-dia-phuong-hai-cap")
news("xa", "Sau hơn 2 tháng vận hành, lượng người dân đến Trung tâm Phục vụ hành chính công phường Âu Lâu làm thủ tục tăng gấp 3 lần trước đây; có người chỉ mất khoảng 30 phút để được chứng thực giấy tờ.")

# ------------------------------------------------------------ Bình Thuận, PAR INDEX 2024
src("https://thongtin.vietnam.vn/en/cai-cach-hanh-chinh-huong-den-phuc-vu-nhan-dan")
news("tinh", "Chỉ số thành phần về công tác chỉ đạo, điều hành CCHC của Bình Thuận đạt 9,428/9,5 điểm, xếp thứ 25 cả nước và tăng 35 bậc so với năm trước.",
     [F(9.428, "điểm", "điểm chỉ số thành phần công tác chỉ đạo, điều hành CCHC", "tinh")])
news("tinh", "Ngược lại, chỉ số thành phần cải cách thủ tục hành chính của tỉnh chỉ đạt 11,24/13 điểm, xếp thứ 62/63, gần cuối bảng.",
     [F(11.24, "điểm", "điểm chỉ số thành phần cải cách TTHC", "tinh")])
news("tinh", "Chỉ số thành phần cải cách tổ chức bộ máy hành chính nhà nước có mức tăng ấn tượng nhất, tăng 58 bậc, vươn lên thứ 5/63 tỉnh, thành phố.")

# ------------------------------------------------------------ Quảng Ninh, đề án đặc khu Vân Đồn (4/2025)
src("https://news.laodong.vn/thoi-su/de-xuat-chi-dinh-cac-co-quan-dang-bi-thu-cua-dac-khu-van-don-1494340.ldo")
news("huyen", "Theo đề án, đặc khu Vân Đồn có diện tích khoảng 2.171,33 km², trong đó diện tích đất tự nhiên 583,92 km² và vùng biển 1.587,41 km², quy mô dân số 53.904 người; 12 đơn vị hành chính cấp xã của huyện đảo sẽ kết thúc hoạt động.")

# ------------------------------------------------------------ Đắk Lắk, chuẩn bị vận hành chính quyền 2 cấp (6/2025)
src("https://news.laodong.vn/xa-hoi/hon-1400-nhan-su-cap-huyen-o-dak-lak-dang-ky-ve-cong-tac-tai-xa-moi-thanh-lap-1524135.ldo")
news("tinh", "Ngày 20/6/2025, Ban Thường vụ Tỉnh ủy Đắk Lắk tổ chức hội nghị công bố nhân sự chủ chốt của 68 xã, phường; từ ngày 25 đến 26/6/2025, tỉnh vận hành thử mô hình chính quyền địa phương cấp xã.")

# ------------------------------------------------------------ Bình Định, vận hành thử chính quyền 2 cấp (6/2025)
src("https://www.vietnam.vn/en/binh-dinh-chay-thu-thanh-cong-mo-hinh-chinh-quyen-dia-phuong-2-cap")
news("tinh", "Một người dân phường Quy Nhơn tham gia thử nghiệm hồ sơ tách thửa đất cho biết chỉ mất 5 phút từ lúc đăng ký đến khi hoàn tất thủ tục.")

# ------------------------------------------------------------ Thái Nguyên (mới), chính quyền 2 cấp, quý III/2025
src("https://vjs.vietnam.vn/en/chinh-quyen-dia-phuong-2-cap-gop-phan-thuc-day-phat-trien-kinh-te-xa-hoi")
rep("tinh", "Riêng quý III/2025, toàn tỉnh tiếp nhận hơn 180.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt trên 99,9%.",
    [F(180000, "hồ sơ", "tiếp nhận", "tinh", True),
     F(99.9, "%", "tỷ lệ giải quyết đúng hạn", "tinh", True)])
rep("tinh", "Sau sắp xếp, từ tháng 7/2025 tỉnh có 14 sở, ban, ngành với 239 đầu mối bên trong, giảm 14/28 sở, ngành và giảm 156/398 đầu mối; giảm 5/12 đơn vị sự nghiệp trực thuộc UBND tỉnh.")
rep("tinh", "Hiện toàn tỉnh có 1.075 đơn vị sự nghiệp công lập, gồm 7 đơn vị trực thuộc tỉnh, 139 đơn vị thuộc các sở, ngành và 929 đơn vị thuộc UBND cấp xã.")
rep("tinh", "Ngay khi chính quyền hai cấp đi vào hoạt động, 100% đơn vị hành chính cấp xã đã thành lập Trung tâm Phục vụ hành chính công; đến nay, 64/92 xã, phường đã thành lập Trung tâm Dịch vụ tổng hợp.",
    [F(100, "%", "tỷ lệ đơn vị cấp xã thành lập Trung tâm Phục vụ hành chính công", "xa"),
     F(64, "đơn vị", "xã, phường đã thành lập Trung tâm Dịch vụ tổng hợp", "xa"),
     F(92, "đơn vị", "tổng số xã, phường", "xa")])

# ------------------------------------------------------------ Hưng Yên (mới), gần 3 tháng vận hành chính quyền 2 cấp (9/2025)
src("https://vjs.vietnam.vn/en/hung-yen-buoc-chuyen-ro-net-trong-van-hanh-chinh-quyen-dia-phuong-2-cap")
rep("tinh", "Toàn tỉnh hiện có 3.912 cán bộ, công chức cấp xã, bình quân 37 người/xã.",
    [F(3912, "người", "cán bộ, công chức cấp xã", "xa"),
     F(37, "người", "cán bộ, công chức bình quân mỗi xã", "xa")])
rep("tinh", "Tỉnh đã ban hành quyết định giải quyết chế độ, chính sách cho gần 400 cán bộ, công chức cấp tỉnh và cấp xã (181 người cấp tỉnh, 218 người cấp xã) theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP.",
    [F(400, "người", "cán bộ, công chức được giải quyết chế độ, chính sách", "tinh", True),
     F(181, "người", "cán bộ, công chức cấp tỉnh được giải quyết chế độ", "so_nganh"),
     F(218, "người", "cán bộ, công chức cấp xã được giải quyết chế độ", "xa")])
rep("tinh", "Hưng Yên hiện có 16 sở, ban, ngành, giảm 14 cơ quan; 109 tổ chức hành chính, giảm 79 tổ chức; 104 xã, phường, giảm 177 xã, phường, thị trấn so với trước sắp xếp.")

# ------------------------------------------------------------ Hưng Yên, Văn phòng UBND tỉnh sau hợp nhất (1/7/2025)
src("https://news.laodong.vn/xa-hoi/van-phong-ubnd-tinh-hung-yen-on-dinh-to-chuc-san-sang-phuc-vu-giai-doan-moi-1533201.ldo")
news("so_nganh", "Sau hợp nhất, Văn phòng UBND tỉnh Hưng Yên có 9 phòng, ban và đơn vị trực thuộc, với hơn 100 cán bộ, công chức, viên chức và người lao động.",
     [F(100, "người", "cán bộ, công chức, viên chức và người lao động của Văn phòng UBND tỉnh", "so_nganh", True)])

# ------------------------------------------------------------ Bến Tre, kỳ họp HĐND chuyên đề (26/4/2025)
src("https://news.laodong.vn/thoi-su/ben-tre-thong-qua-nghi-quyet-sap-nhap-voi-vinh-long-tra-vinh-1497363.ldo")
news("tinh", "Ngày 26/4, HĐND tỉnh Bến Tre khóa X thông qua nghị quyết sắp xếp 148 đơn vị hành chính cấp xã thành 48 đơn vị, gồm 43 xã và 5 phường, đồng thời tán thành hợp nhất Bến Tre, Trà Vinh và Vĩnh Long thành tỉnh Vĩnh Long mới.")

# ------------------------------------------------------------ Hải Phòng, trả kết quả TTHC dịp Tết 2026

# ------------------------------------------------------------ Bình Thuận, tạm giao biên chế cấp xã (19/6/2025)
src("https://news.laodong.vn/cong-doan/tam-phan-bo-2302-bien-che-cho-cap-xa-o-binh-thuan-khi-thuc-hien-chinh-quyen-2-cap-1526734.ldo")
news("tinh", "Ngày 19/6, Chủ tịch UBND tỉnh Bình Thuận ban hành quyết định tạm giao 2.302 biên chế hành chính cho các xã, phường, đặc khu khi thực hiện chính quyền địa phương hai cấp.",
     [F(2302, "biên chế", "biên chế hành chính tạm giao cho cấp xã", "xa")])
news("tinh", "Trong danh sách tạm giao, phường La Gi có số biên chế lớn nhất với 84 biên chế, đặc khu Phú Quý đứng thứ ba với 77 biên chế, còn xã miền núi Đông Giang được giao ít nhất với 31 biên chế.",
     [F(84, "biên chế", "biên chế tạm giao phường La Gi", "xa"),
      F(77, "biên chế", "biên chế tạm giao đặc khu Phú Quý", "xa"),
      F(31, "biên chế", "biên chế tạm giao xã Đông Giang", "xa")])

# ------------------------------------------------------------ Cà Mau (mới), sắp xếp đơn vị sự nghiệp (31/12/2025)
src("https://news.laodong.vn/xa-hoi/ca-mau-sap-xep-hang-loat-don-vi-su-nghiep-cong-lap-1634114.ldo")
rep("tinh", "Sau sắp xếp, tỉnh giảm 8 đơn vị sự nghiệp trực thuộc UBND tỉnh và 68 tổ chức bên trong, đồng thời giảm 39 người làm việc hưởng lương từ ngân sách nhà nước.",
    [F(39, "người", "người làm việc hưởng lương ngân sách được giảm", "tinh")])
rep("tinh", "Tỉnh tổ chức lại Trung tâm Giáo dục thường xuyên thuộc Sở Giáo dục và Đào tạo, giải thể 6 Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực, qua đó giảm 23 biên chế viên chức.",
    [F(23, "biên chế", "biên chế viên chức được giảm", "so_nganh")])

# ------------------------------------------------------------ Cà Mau, trụ sở cấp xã trước sáp nhập (6/2025)
src("https://xe.today/2025/06/09/the-great-race-to-renovate-a-tale-of-two-offices")
news("tinh", "Theo thống kê của tỉnh Cà Mau, trước sắp xếp có 1.630 trụ sở cấp xã; sau sắp xếp sẽ tiếp tục sử dụng 1.531 trụ sở và dôi dư 99 trụ sở.")

# ------------------------------------------------------------ Phú Thọ (mới), đề án hợp nhất (4/2025) và phường Hòa Bình

# ------------------------------------------------------------ TP Hồ Chí Minh (mới), quý III/2025
src("https://www.vietnam.vn/en/nhieu-mo-hinh-hay-trong-giai-quyet-thu-tuc-hanh-chinh-o-tp-ho-chi-minh")
news("tinh", "Trong quý III/2025, Thành phố Hồ Chí Minh đã giải quyết 1.304.371 hồ sơ, trong đó 96,63% hồ sơ đúng hạn; mức độ hài lòng của người dân đạt 99,66%, thuộc nhóm cao nhất cả nước.",
     [F(1304371, "hồ sơ", "đã giải quyết", "tinh"),
      F(96.63, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "tinh"),
      F(99.66, "%", "mức độ hài lòng của người dân", "tinh")])
news("xa", "Phường Bình Cơ tổ chức \"Phiên chợ hành chính công\" vào cuối tuần tại khu dân cư, chợ và trường học, giúp khả năng tiếp cận dịch vụ công của người dân tăng thêm 50 - 60%.")

# ------------------------------------------------------------ TP Hồ Chí Minh, hồ sơ trễ hạn (Văn bản 3124/UBND-HCC, 10/2025)
src("https://www.vietnam.vn/en/tp-ho-chi-minh-khan-truong-giai-quyet-ho-so-thu-tuc-hanh-chinh-tre-han")
rep("tinh", "Trong tháng 9/2025, thành phố tiếp nhận tổng cộng 323.006 hồ sơ trực tuyến từ Cổng Dịch vụ công quốc gia; tuy nhiên có 28.671 hồ sơ trực tuyến chậm tiếp nhận và 4.865 hồ sơ quá hạn.",
    [F(323006, "hồ sơ", "hồ sơ trực tuyến tiếp nhận từ Cổng Dịch vụ công quốc gia", "tinh"),
     F(28671, "hồ sơ", "hồ sơ trực tuyến chậm tiếp nhận", "tinh"),
     F(4865, "hồ sơ", "hồ sơ quá hạn", "tinh")])
rep("tinh", "Theo Báo cáo số 133/BC-UBND ngày 01/10/2025, trong quý III/2025 toàn thành phố có 44.061 hồ sơ quá hạn.",
    [F(44061, "hồ sơ", "hồ sơ quá hạn", "tinh")])
news("tinh", "Căn cứ Công văn số 9595/VPCP-KSTT ngày 06/10/2025 của Văn phòng Chính phủ, UBND TP Hồ Chí Minh ban hành Văn bản số 3124/UBND-HCC, yêu cầu xử lý dứt điểm hồ sơ trễ hạn và gửi thư xin lỗi người dân, doanh nghiệp, hoàn thành chậm nhất ngày 31/10/2025.")

# ------------------------------------------------------------ TP Hồ Chí Minh, gần 2 tháng vận hành chính quyền 2 cấp
src("https://vrviet.vn/en/tphcm-sau-gan-2-thang-van-hanh-chinh-quyen-dia-phuong-2-cap")
rep("tinh", "Tính đến ngày 31/7, UBND Thành phố đã tiếp nhận 366.897 hồ sơ thủ tục hành chính; mức độ hài lòng của người dân, doanh nghiệp trong tiếp nhận và giải quyết TTHC đạt 95,56%.",
    [F(366897, "hồ sơ", "tiếp nhận", "tinh"),
     F(95.56, "%", "mức độ hài lòng của người dân, doanh nghiệp", "tinh")])
rep("tinh", "Thành phố đã giải quyết cho 3.867 trường hợp nghỉ hưu trước tuổi, thôi việc theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ.",
    [F(3867, "người", "trường hợp nghỉ hưu trước tuổi, thôi việc được giải quyết", "tinh")])
rep("tinh", "Với số lượng công chức hiện có, bình quân mỗi công chức cấp xã phải phụ trách từ 4 - 9 nhóm nhiệm vụ, mỗi nhóm gồm nhiều nội dung chi tiết, phức tạp.")

# ------------------------------------------------------------ TP Hồ Chí Minh, chỉ đạo thời gian chờ nộp hồ sơ (7/2025)
src("https://en.sggp.org.vn/hcmc-chairman-directs-maximum-20-minute-wait-for-document-submissions-post118226.html")
news("tinh", "Chủ tịch UBND TP Hồ Chí Minh Nguyễn Văn Được yêu cầu các địa phương chủ động bố trí số lượng, vị trí quầy giao dịch phù hợp, không để thời gian chờ nộp hồ sơ thủ tục hành chính vượt quá 20 phút.")

# ------------------------------------------------------------ phường Dĩ An (TP Hồ Chí Minh), 7/2025
src("https://vjs.vietnam.vn/en/nhieu-doi-thay-o-cap-xa-phuong")
news("xa", "Tại phường Dĩ An, phường đông dân nhất Thành phố Hồ Chí Minh với hơn 227.000 người, khu vực tiếp nhận hồ sơ được bố trí ngay lối vào; một người dân ở phường Tân Đông Hiệp cho biết chỉ khoảng 10 phút sau khi nộp đã nhận được kết quả.")

# ------------------------------------------------------------ Đà Nẵng (mới), Nghị quyết 1659/NQ-UBTVQH15

# ------------------------------------------------------------ Bắc Ninh (mới), hạ tầng số phục vụ TTHC năm 2025
src("https://vietnamnews.vn/society/1732663/bac-ninh-advances-digital-applications-and-services-to-improve-administrative-procedures.html")
rep("tinh", "Năm 2025, tỉnh đã lắp đặt 284 đường truyền số liệu chuyên dùng cho các cơ quan Đảng, Nhà nước, bảo đảm kết nối thông suốt từ cấp tỉnh đến cấp xã; 100% cơ quan, đơn vị đã chuyển sang hoạt động không giấy tờ.",
    [F(284, "đường truyền", "đường truyền số liệu chuyên dùng được lắp đặt", "tinh"),
     F(100, "%", "tỷ lệ cơ quan, đơn vị hoạt động không giấy tờ", "tinh")])
news("tinh", "Nhờ các giải pháp số, Bắc Ninh giữ vị trí dẫn đầu cả nước tuần thứ 13 liên tiếp trong Bộ chỉ số phục vụ người dân, doanh nghiệp.")

# ------------------------------------------------------------ Bắc Ninh (mới), sắp xếp bộ máy (12/2025)
src("https://vietnamnews.vn/society/1732674/bac-ninh-revamps-apparatus-to-boost-administrative-effectiveness.html")
rep("tinh", "Sau sắp xếp, UBND tỉnh còn 14 sở (giảm 14), 108 phòng (giảm 101) và 10 chi cục (giảm 3); ở cấp xã, 313 xã, phường, thị trấn được sắp xếp thành 99 xã, phường, giảm 214 đơn vị hành chính.")

# ------------------------------------------------------------ Khánh Hòa (mới), thư của Chủ tịch UBND tỉnh (1/7/2025)

# ------------------------------------------------------------ Bình Dương, huyện Bàu Bàng, tổng kết CCHC 2021-2025 (11/6/2025)
src("https://newfe.baobinhduong.vn/en/administrative-reform-work-in-bau-bang-achieves-many-positive-results-a348685.html")
rep("huyen", "Tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 được nộp trên địa bàn huyện đạt 43,9% năm 2022, 64,5% năm 2023 và 85,12% năm 2024; dự kiến đến hết quý I/2025 đạt trên 98%.",
    [F(43.9, "%", "tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 năm 2022", "huyen"),
     F(64.5, "%", "tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 năm 2023", "huyen"),
     F(85.12, "%", "tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 năm 2024", "huyen")])
rep("huyen", "Đến nay, 100% hồ sơ thủ tục hành chính được tiếp nhận và số hóa đầy đủ; tỷ lệ hồ sơ thanh toán trực tuyến đạt 99%.",
    [F(100, "%", "tỷ lệ hồ sơ TTHC được tiếp nhận và số hóa", "huyen"),
     F(99, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "huyen")])

# ------------------------------------------------------------ Bình Dương, công văn hỏa tốc về tiếp nhận hồ sơ (6/2025)

# ------------------------------------------------------------ An Giang, đặc khu Phú Quốc, báo cáo ngày 7/7/2025
src("https://thongtin.vietnam.vn/en/phu-quoc-kien-nghi-go-vuong-trong-van-hanh-chinh-quyen-dia-phuong-hai-cap-va-cai-thien-dich-vu-hanh-chinh-cong")
rep("xa", "Bộ máy hành chính của đặc khu cơ bản ổn định với 155 công chức và 7 lao động hợp đồng theo Nghị định số 111/2022/NĐ-CP; các phòng chuyên môn và Trung tâm Phục vụ hành chính công đã ban hành đầy đủ quy chế làm việc.",
    [F(155, "người", "công chức của đặc khu", "xa"),
     F(7, "người", "lao động hợp đồng theo Nghị định 111/2022/NĐ-CP", "xa")])
rep("xa", "Trung tâm Phục vụ hành chính công đặc khu đi vào hoạt động từ ngày 01/7/2025 tại số 03 Mai Thị Hồng Hạnh, bố trí 17 quầy tiếp nhận hồ sơ; có tới 71,8% hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công quốc gia.",
    [F(71.8, "%", "tỷ lệ hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia", "xa", False, "BM7-6.4")])

# ------------------------------------------------------------ Quảng Ninh, xã Lục Hồn và Hoành Mô (9/2025)
src("https://news.laodong.vn/thoi-su/pho-chu-tich-quoc-hoi-vu-hong-thanh-kiem-tra-chinh-quyen-dia-phuong-2-cap-tai-quang-ninh-1576840.ldo")
news("xa", "Sau hơn 2 tháng vận hành, Trung tâm Phục vụ hành chính công xã Lục Hồn đã tiếp nhận và xử lý 732 hồ sơ, trong đó 99,86% hồ sơ được giải quyết đúng và trước hạn.",
     [F(732, "hồ sơ", "tiếp nhận và xử lý", "xa"),
      F(99.86, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3")])

# ------------------------------------------------------------ Lạng Sơn, các xã thuộc huyện Lộc Bình cũ (23/10/2025)
src("https://vjs.vietnam.vn/en/dong-chi-bi-thu-tinh-uy-lam-viec-voi-cac-xa-thuoc-huyen-loc-binh-cu")
news("tinh", "Sáng 23/10, đoàn công tác Ban Thường vụ Tỉnh ủy Lạng Sơn làm việc với 7 xã Lộc Bình, Khuất Xá, Lợi Bác, Mẫu Sơn, Na Dương, Thống Nhất và Xuân Dương; từ ngày 01/7, UBND các xã đã tiếp nhận hơn 15 nghìn hồ sơ thủ tục hành chính, phần lớn được giải quyết đúng và trước hạn.",
     [F(15000, "hồ sơ", "tiếp nhận", "xa", True)])

# ------------------------------------------------------------ Gia Lai (mới), xã An Hòa, tuần đầu vận hành (10/7/2025)
src("https://thongtin.vietnam.vn/en/pho-chu-tich-thuong-truc-hdnd-tinh-gia-lai-truong-van-dat-kiem-tra-hoat-dong-tai-xa-an-hoa")
news("xa", "Từ ngày 01/7, Trung tâm Phục vụ hành chính công xã An Hòa đã tiếp nhận 60 hồ sơ lĩnh vực tư pháp, tất cả đều nộp trực tuyến; Trung tâm đã trả kết quả trước hạn 52 hồ sơ, còn 8 hồ sơ đang giải quyết.",
     [F(60, "hồ sơ", "tiếp nhận lĩnh vực tư pháp", "xa"),
      F(52, "hồ sơ", "trả kết quả trước hạn", "xa"),
      F(8, "hồ sơ", "đang giải quyết", "xa")])

# ------------------------------------------------------------ Điện Biên, xã biên giới Sam Mứn (1/7/2025)
src("https://news.laodong.vn/xa-hoi/tan-dung-nha-thi-dau-da-nang-lam-noi-lam-viec-cua-cong-chuc-xa-1533552.ldo")
news("xa", "Theo Chủ tịch UBND xã Sam Mứn, xã hiện có gần 80 cán bộ, công chức trong khi trụ sở cũ chỉ đủ chỗ làm việc cho hơn 20 người, nên phần lớn phải làm việc tạm tại nhà thi đấu đa năng của xã.",
     [F(80, "người", "cán bộ, công chức của xã", "xa", True)])

# ------------------------------------------------------------ Hà Tĩnh, số hóa hồ sơ TTHC
src("https://vietnam.vn/en/muc-do-so-hoa-ho-so-thu-tuc-hanh-chinh-cua-ha-tinh-dat-tren-81")
news("tinh", "Đến nay, chỉ số thủ tục hành chính của Hà Tĩnh đạt 13,7/22 điểm, cao hơn mức trung bình cả nước, góp phần nâng cao hiệu quả cung cấp dịch vụ công.",
     [F(13.7, "điểm", "điểm chỉ số thủ tục hành chính", "tinh")])

# ------------------------------------------------------------ Điện Biên, Nghị quyết 1661/NQ-UBTVQH15; Lai Châu, Nghị quyết 1670/NQ-UBTVQH15
src("https://es.laodong.vn/thoi-su/tinh-lai-chau-co-36-xa-va-2-phuong-sau-sap-xep-1524696.ldo")
news("tinh", "Sau sắp xếp, tỉnh Lai Châu có 38 đơn vị hành chính cấp xã, gồm 36 xã và 2 phường; 2 xã không thực hiện sắp xếp là Mù Cả và Tà Tổng.")

# ------------------------------------------------------------ Quảng Bình, hồ sơ trễ hạn tháng 02/2025
src("https://vietnam.vn/en/xu-ly-thu-tuc-tre-hang-loat-so-nganh-o-quang-binh-bi-beu-ten")
news("tinh", "Theo số liệu tháng 02/2025 trên Cổng Dịch vụ công quốc gia, lĩnh vực xây dựng của Sở Xây dựng có tỷ lệ hồ sơ quá hạn lên tới 28,17%, lĩnh vực tài nguyên và môi trường của Sở Nông nghiệp và Môi trường cũng ở mức 23,7%.",
     [F(28.17, "%", "tỷ lệ hồ sơ quá hạn lĩnh vực xây dựng", "so_nganh"),
      F(23.7, "%", "tỷ lệ hồ sơ quá hạn lĩnh vực tài nguyên và môi trường", "so_nganh")])
news("tinh", "UBND tỉnh Quảng Bình yêu cầu các sở, ngành có lĩnh vực để hồ sơ quá hạn vượt 5% kiểm điểm trách nhiệm và báo cáo kết quả xử lý trước ngày 25/3.")

# ------------------------------------------------------------ Bình Dương, Kế hoạch CCHC năm 2025
src("https://newfe.baobinhduong.vn/en/province-issues-a-plan-to-improve-the-quality-of-administrative-procedure-settlement-a341829.html")
rep("tinh", "Kế hoạch đặt mục tiêu mọi người dân đều có thể tiếp cận dịch vụ công trong phạm vi dưới 30 phút di chuyển hoặc bán kính không quá 5 km, phù hợp với nơi cư trú, học tập, làm việc.")

# ------------------------------------------------------------ Hòa Bình, huyện Lạc Sơn, quý I (bộ phận một cửa huyện)
src("http://en.baohoabinh.com.vn/2/8302/Lac-S111n-district-steps-up-building-of-friendly-digital-administrati111n-to-serve-people.htm")
rep("huyen", "Từ tháng 1 đến tháng 3, Bộ phận tiếp nhận và trả kết quả huyện Lạc Sơn tiếp nhận 3.903 hồ sơ qua Cổng Dịch vụ công, đã giải quyết 2.658 hồ sơ, đang giải quyết 1.256 hồ sơ, không có hồ sơ quá hạn.",
    [F(3903, "hồ sơ", "tiếp nhận qua Cổng Dịch vụ công", "huyen"),
     F(2658, "hồ sơ", "đã giải quyết", "huyen"),
     F(1256, "hồ sơ", "đang giải quyết", "huyen")])
news("huyen", "Ngoài việc dành hơn 2 tỷ đồng xây dựng mô hình \"một cửa\" hiện đại, huyện đã rút ngắn 20 - 50% thời gian giải quyết TTHC qua Cổng Dịch vụ công đối với các lĩnh vực thuộc thẩm quyền UBND huyện; bộ phận một cửa đã được thiết lập tại toàn bộ 24 xã, thị trấn.")

# ------------------------------------------------------------ Kon Tum, hội nghị về hợp nhất với Quảng Ngãi (15/4/2025)
src("https://news.laodong.vn/thoi-su/nhan-dan-phan-khoi-khi-sap-nhap-kon-tum-va-quang-ngai-1491918.ldo")
news("tinh", "Hiện tỉnh Kon Tum có hơn 1.800 cán bộ, công chức trong hệ thống chính trị cấp tỉnh, làm việc tại 92 trụ sở.",
     [F(1800, "người", "cán bộ, công chức hệ thống chính trị cấp tỉnh", "tinh", True)])

# ------------------------------------------------------------ Huế, hai tuần đầu tháng 7/2025 và hội nghị 17/6/2025
src("https://www.vietnam.vn/en/tang-toc-tu-co-so-ky-vong-tu-nghi-truong")
news("tinh", "Chỉ trong 2 tuần đầu tháng 7/2025, 40 xã, phường của thành phố Huế đã tiếp nhận, xử lý 17.710 hồ sơ, với tỷ lệ nộp trực tuyến đạt 75,78%.",
     [F(17710, "hồ sơ", "tiếp nhận, xử lý tại cấp xã", "xa"),
      F(75.78, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa")])
src("https://www.vietnam.vn/en/san-sang-van-hanh-bo-may-chinh-quyen-hai-cap-tu-1-7")
news("tinh", "Từ ngày 01/7, cấp huyện chính thức kết thúc hoạt động và 40 đơn vị hành chính cấp xã mới của Huế, gồm 21 phường và 19 xã, bắt đầu vận hành; tỷ lệ phường của thành phố hiện trên 50%, thuộc nhóm cao nhất cả nước.")

# ------------------------------------------------------------ Ninh Bình, nghỉ hưu trước tuổi theo Nghị định 178 (1/2025)
src("https://news.laodong.vn/cong-doan/60-cong-chuc-vien-chuc-o-ninh-binh-xin-nghi-huu-truoc-tuoi-1471489.ldo")
news("tinh", "UBND tỉnh Ninh Bình phê duyệt danh sách 60 người nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP, gồm 39 công chức, 4 viên chức, 11 cán bộ và 6 lao động hợp đồng ở các sở, cấp huyện và cấp xã; tổng kinh phí thực hiện hơn 56,5 tỷ đồng.",
     [F(60, "người", "người nghỉ hưu trước tuổi theo Nghị định 178/2024/NĐ-CP", "tinh"),
      F(39, "người", "công chức nghỉ hưu trước tuổi", "tinh"),
      F(4, "người", "viên chức nghỉ hưu trước tuổi", "tinh"),
      F(11, "người", "cán bộ nghỉ hưu trước tuổi", "tinh"),
      F(6, "người", "lao động hợp đồng nghỉ hưu trước tuổi", "tinh")])
news("tinh", "Trong số này, Sở Nông nghiệp và Phát triển nông thôn có 14 người; ở cấp huyện, huyện Nho Quan có 10 người, thành phố Hoa Lư 6 người, huyện Gia Viễn 3 người và huyện Yên Khánh 3 người.",
     [F(14, "người", "người nghỉ hưu trước tuổi của Sở Nông nghiệp và Phát triển nông thôn", "so_nganh"),
      F(10, "người", "người nghỉ hưu trước tuổi huyện Nho Quan", "huyen"),
      F(6, "người", "người nghỉ hưu trước tuổi thành phố Hoa Lư", "huyen"),
      F(3, "người", "người nghỉ hưu trước tuổi huyện Gia Viễn", "huyen"),
      F(3, "người", "người nghỉ hưu trước tuổi huyện Yên Khánh", "huyen")])

# ------------------------------------------------------------ Bộ Nội vụ, chính sách theo Nghị định 178 và 67 (đến 15/7/2025)
src("https://www.vietnam.vn/en/hon-77-200-can-bo-cong-chuc-nghi-huu-nghi-viec-do-sap-xep")
news("tinh", "Theo Bộ Nội vụ, tính đến ngày 15/7, cả nước có 85.447 người thuộc diện đã có quyết định nghỉ việc theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP; 77.278 người đã nghỉ hưu, thôi việc và 74.248 người đã nhận hoặc được phê duyệt nhận tiền chính sách.",
     [F(85447, "người", "người có quyết định nghỉ việc theo Nghị định 178 và 67", ""),
      F(77278, "người", "người đã nghỉ hưu, thôi việc", ""),
      F(74248, "người", "người đã nhận hoặc được phê duyệt nhận tiền chính sách", "")])
src("https://en.qdnd.vn/social-affairs/news/vietnam-to-cut-at-least-one-fifth-of-public-workforce-in-major-overhaul-573630")
news("tinh", "Theo văn bản của Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà, biên chế công chức sẽ được cắt giảm tối thiểu 20%; Nghị định số 178/2024/NĐ-CP có hiệu lực từ ngày 01/01 với 8 nhóm chính sách.")

# ------------------------------------------------------------ PAPI 2024 (Bình Thuận)
src("https://vietnam.vn/en/tinh-binh-thuan-dung-thu-3-toan-quoc-ve-chi-so-papi-nam-2024")
news("tinh", "Theo Báo cáo PAPI năm 2024, Bình Thuận đạt 47,126 điểm, thuộc nhóm 3 địa phương có điểm cao nhất cả nước; dẫn đầu là Quảng Ninh với 47,821 điểm, thứ hai là Tây Ninh với 47,345 điểm.",
     [F(47.126, "điểm", "Chỉ số PAPI năm 2024 của Bình Thuận", "tinh"),
      F(47.821, "điểm", "Chỉ số PAPI năm 2024 của Quảng Ninh", "tinh"),
      F(47.345, "điểm", "Chỉ số PAPI năm 2024 của Tây Ninh", "tinh")])
news("tinh", "Năm 2024, PAPI chia các tỉnh, thành phố thành 4 nhóm: nhóm cao 15 địa phương, nhóm trung bình cao 15, nhóm trung bình thấp 15 và nhóm thấp 16 địa phương; 2 địa phương không có dữ liệu.",
     [F(15, "đơn vị", "tỉnh, thành phố thuộc nhóm cao", ""),
      F(15, "đơn vị", "tỉnh, thành phố thuộc nhóm trung bình cao", ""),
      F(15, "đơn vị", "tỉnh, thành phố thuộc nhóm trung bình thấp", ""),
      F(16, "đơn vị", "tỉnh, thành phố thuộc nhóm thấp", ""),
      F(2, "đơn vị", "tỉnh, thành phố không có dữ liệu", "")])

# ------------------------------------------------------------ PAPI 2023 (Bắc Giang, công bố sáng 2/4/2024)
src("https://en.bacgiang.gov.vn/detailed-news/-/asset_publisher/MVQI5B2YMPsk/content/bac-giang-ranks-10th-nationwide-in-terms-of-papi-index")
news("tinh", "Tại hội nghị công bố Chỉ số PAPI năm 2023 sáng 2/4, tỉnh Bắc Giang đạt 44,3204 điểm, xếp thứ 10/63 tỉnh, thành phố, tăng 3 bậc so với năm 2020.",
     [F(44.3204, "điểm", "Chỉ số PAPI năm 2023", "tinh")])
news("tinh", "Ở các nội dung thuộc nhóm điểm cao nhất của Bắc Giang, sự tham gia của người dân ở cơ sở đạt 5,5787 điểm, kiểm soát tham nhũng trong khu vực công đạt 7,1515 điểm và quản trị điện tử đạt 3,4825 điểm; thủ tục hành chính công đạt 7,3001 điểm.",
     [F(5.5787, "điểm", "điểm nội dung tham gia của người dân ở cơ sở", "tinh"),
      F(7.1515, "điểm", "điểm nội dung kiểm soát tham nhũng trong khu vực công", "tinh"),
      F(3.4825, "điểm", "điểm nội dung quản trị điện tử", "tinh"),
      F(7.3001, "điểm", "điểm nội dung thủ tục hành chính công", "tinh")])
news("tinh", "Trên bảng xếp hạng PAPI 2023, Thừa Thiên Huế dẫn đầu cả nước với 46,0415 điểm, tiếp đến là Thái Nguyên với 45,7875 điểm và Bắc Ninh với 45,7047 điểm.",
     [F(46.0415, "điểm", "Chỉ số PAPI năm 2023 của Thừa Thiên Huế", "tinh"),
      F(45.7875, "điểm", "Chỉ số PAPI năm 2023 của Thái Nguyên", "tinh"),
      F(45.7047, "điểm", "Chỉ số PAPI năm 2023 của Bắc Ninh", "tinh")])

# ------------------------------------------------------------ Quảng Ninh, PAPI 2024 (công bố 15/4/2025)
src("https://www.vietnam.vn/en/quang-ninh-tiep-tuc-but-pha-tren-bang-xep-hang-papi")
news("tinh", "PAPI được xây dựng từ ý kiến phản hồi của gần 19.000 người dân ở 63 tỉnh, thành phố; năm 2024, Quảng Ninh dẫn đầu cả nước với 47,82/80 điểm, cao hơn nhiều so với mức trung bình toàn quốc là 41,43 điểm.",
     [F(19000, "người", "người dân được khảo sát PAPI", "", True),
      F(47.82, "điểm", "Chỉ số PAPI năm 2024", "tinh"),
      F(41.43, "điểm", "Chỉ số PAPI trung bình toàn quốc năm 2024", "")])
news("tinh", "Trong các nội dung của PAPI 2024, Quảng Ninh đạt 7,66 điểm về thủ tục hành chính công, 8,42 điểm về cung ứng dịch vụ công (cao nhất cả nước) và 4,08 điểm về quản trị điện tử.",
     [F(7.66, "điểm", "điểm nội dung thủ tục hành chính công", "tinh"),
      F(8.42, "điểm", "điểm nội dung cung ứng dịch vụ công", "tinh"),
      F(4.08, "điểm", "điểm nội dung quản trị điện tử", "tinh")])
news("tinh", "Các nội dung còn lại đều có điểm cao: sự tham gia của người dân ở cơ sở 5,43 điểm, công khai, minh bạch 6,52 điểm, trách nhiệm giải trình với người dân 5,09 điểm và kiểm soát tham nhũng trong khu vực công 7,36 điểm.",
     [F(5.43, "điểm", "điểm nội dung tham gia của người dân ở cơ sở", "tinh"),
      F(6.52, "điểm", "điểm nội dung công khai, minh bạch", "tinh"),
      F(5.09, "điểm", "điểm nội dung trách nhiệm giải trình với người dân", "tinh"),
      F(7.36, "điểm", "điểm nội dung kiểm soát tham nhũng trong khu vực công", "tinh")])

# ------------------------------------------------------------ Quảng Ninh, PAPI 2022 (công bố 12/4/2023)
src("https://investinquangninh.vn/en/news/quang-ninh-topped-the-national-papi-ranking-and-led-in-48-content-axes.html")
news("tinh", "Sáng 12/4, tại lễ công bố Chỉ số PAPI năm 2022, Quảng Ninh xếp thứ nhất cả nước với tổng điểm 47,87 điểm; xếp thứ hai và thứ ba là Bình Dương và Thanh Hóa.",
     [F(47.87, "điểm", "Chỉ số PAPI năm 2022", "tinh")])
news("tinh", "Tỉnh dẫn đầu cả nước ở các nội dung công khai, minh bạch trong ra quyết định ở địa phương đạt 6,37 điểm, trách nhiệm giải trình với người dân 4,58 điểm, thủ tục hành chính công 7,65 điểm và quản trị điện tử 3,70 điểm.",
     [F(6.37, "điểm", "điểm nội dung công khai, minh bạch trong ra quyết định", "tinh"),
      F(4.58, "điểm", "điểm nội dung trách nhiệm giải trình với người dân", "tinh"),
      F(7.65, "điểm", "điểm nội dung thủ tục hành chính công", "tinh"),
      F(3.7, "điểm", "điểm nội dung quản trị điện tử", "tinh")])

# ------------------------------------------------------------ Quảng Ninh, xếp hạng các chỉ số năm 2023 (Hạ Long)
src("https://www.vietnam.vn/en/tp-ha-long-dan-dau-bang-xep-hang-par-index-ddci-dti-cua-tinh-quang-ninh")
news("tinh", "Năm 2023, thành phố Hạ Long dẫn đầu ba bảng xếp hạng PAR Index, DDCI và DTI của tỉnh Quảng Ninh; ở khối sở, ngành, Sở Lao động - Thương binh và Xã hội đứng đầu Chỉ số CCHC.")

# ------------------------------------------------------------ Thanh Hóa, làm việc với Bộ Khoa học và Công nghệ (19/8/2025)
src("https://vrviet.vn/en/cung-thanh-hoa-thao-go-vuong-mac-trong-van-hanh-chinh-quyen-2-cap")
rep("tinh", "Từ ngày 01/7 đến ngày 15/8, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 7.542 hồ sơ thủ tục hành chính của người dân, doanh nghiệp, đã giải quyết 4.473 hồ sơ; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,99%.",
    [F(7542, "hồ sơ", "tiếp nhận", "trung_tam"),
     F(4473, "hồ sơ", "đã giải quyết", "trung_tam"),
     F(99.99, "%", "tỷ lệ giải quyết đúng và trước hạn", "trung_tam")])
rep("tinh", "Cùng kỳ, Trung tâm Phục vụ hành chính công cấp xã tiếp nhận 149.470 hồ sơ, đã xử lý 139.415 hồ sơ; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,83%.",
    [F(149470, "hồ sơ", "tiếp nhận", "xa"),
     F(139415, "hồ sơ", "đã xử lý", "xa"),
     F(98.83, "%", "tỷ lệ giải quyết đúng và trước hạn cấp xã", "xa", False, "BM3-3.3")])
rep("tinh", "Sở Khoa học và Công nghệ đã hướng dẫn thành lập 166 tổ hỗ trợ kỹ thuật cấp xã với 1.179 thành viên để hỗ trợ người dân, doanh nghiệp và công chức sử dụng phần mềm trong vận hành chính quyền hai cấp.",
    [F(166, "tổ", "tổ hỗ trợ kỹ thuật cấp xã được thành lập", "xa"),
     F(1179, "người", "thành viên tổ hỗ trợ kỹ thuật cấp xã", "xa")])

# ------------------------------------------------------------ Nghệ An, danh mục TTHC không phụ thuộc địa giới (Quyết định 2463/QĐ-UBND, 21/7/2025)
src("https://baonghean.vn/en/nghe-an-giai-quyet-205-thu-tuc-hanh-chinh-cho-nguoi-dan-khong-phu-thuoc-vao-dia-gioi-hanh-chinh-10304057.html")
news("tinh", "Theo Quyết định số 2463/QĐ-UBND ngày 21/7/2025, Chủ tịch UBND tỉnh Nghệ An phê duyệt danh mục 205 TTHC thực hiện không phụ thuộc vào địa giới hành chính, thuộc phạm vi quản lý của 8 sở, ngành; người dân có thể nộp hồ sơ tại bất kỳ xã, phường nào trong 130 xã, phường của tỉnh.",
     [F(205, "TTHC", "TTHC thực hiện không phụ thuộc địa giới hành chính", "tinh", False, "BM3-2.3")])

# ------------------------------------------------------------ Nghệ An, vận hành thử chính quyền 2 cấp (Kế hoạch 346-KH/TU)
src("https://baonghean.vn/en/nghe-an-van-hanh-thu-nghiem-mo-hinh-chinh-quyen-dia-phuong-2-cap-tu-ngay-20-6-10299804.html")
news("tinh", "Theo Kế hoạch số 346-KH/TU ngày 16/6 của Ban Thường vụ Tỉnh ủy Nghệ An, việc vận hành thử mô hình chính quyền địa phương hai cấp diễn ra từ ngày 20/6, điểm cầu trung tâm đặt tại xã Đông Lộc và kết nối trực tuyến với 129 xã, phường còn lại.")

# ------------------------------------------------------------ Đồng Nai (mới), Văn phòng Đăng ký đất đai tỉnh, sơ kết 9 tháng 2025 (25/9/2025)
src("https://baodongnai.com.vn/english/business/202509/dong-nai-receives-nearly-112000-land-records-in-first-3-months-of-implementing-the-2-tier-local-government-model-2c9272d")
rep("so_nganh", "6 tháng đầu năm 2025, Văn phòng Đăng ký đất đai tỉnh Đồng Nai tiếp nhận mới hơn 142.000 hồ sơ, tính cả hồ sơ chuyển kỳ trước là hơn 151.000 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 99%.",
    [F(142000, "hồ sơ", "tiếp nhận mới", "so_nganh", True),
     F(151000, "hồ sơ", "tổng số hồ sơ kể cả kỳ trước chuyển sang", "so_nganh", True),
     F(99, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh")])
rep("so_nganh", "Từ ngày 01/7/2025, Văn phòng có 5 phòng, đội và 22 chi nhánh liên xã, phường với hơn 1.200 công chức, viên chức; đơn vị đã cử 190 nhân sự trực tiếp tiếp nhận và trả kết quả tại Trung tâm Phục vụ hành chính công của 95 xã, phường.",
    [F(1200, "người", "công chức, viên chức của Văn phòng Đăng ký đất đai", "so_nganh", True),
     F(190, "người", "nhân sự được cử tiếp nhận, trả kết quả tại cấp xã", "so_nganh")])
rep("so_nganh", "Từ ngày 01/7 đến ngày 20/9, qua hệ thống thông tin giải quyết TTHC của tỉnh, Văn phòng tiếp nhận mới gần 112.000 hồ sơ, tính cả hồ sơ chuyển kỳ trước là hơn 116.000 hồ sơ; trong đó hơn 88.000 hồ sơ đã được giải quyết.",
    [F(112000, "hồ sơ", "tiếp nhận mới", "so_nganh", True),
     F(116000, "hồ sơ", "tổng số hồ sơ kể cả kỳ trước chuyển sang", "so_nganh", True),
     F(88000, "hồ sơ", "đã giải quyết", "so_nganh", True)])

# ------------------------------------------------------------ Đồng Nai (mới), kết quả 6 tháng đầu năm 2025 sau hợp nhất
src("https://baodongnai.com.vn/english/politics/202507/dong-nai-achieves-positive-results-following-major-administrative-overhaul-20b0ad2")
news("tinh", "Sau hợp nhất, tỉnh Đồng Nai mới có 61 cơ quan cấp tỉnh và gần 2.000 đơn vị ở cơ sở; hơn 2.100 cán bộ, công chức, người lao động đã được giải quyết chính sách nghỉ hưu trước tuổi, nghỉ việc.",
     [F(2100, "người", "cán bộ, công chức, người lao động được giải quyết chính sách nghỉ hưu trước tuổi, nghỉ việc", "tinh", True)])
