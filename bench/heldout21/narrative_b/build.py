# Builds cases.csv and sources_by_case.tsv for holdout21/narrative_b and validates them.
import csv, json, re, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
_src = None


def src(s):
    global _src
    _src = s


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


def case(kind, level, text, facts):
    CASES.append((kind, level, text, facts, _src))

# ---------------------------------------------------------------- real pages
src("https://news.laodong.vn/thoi-su/can-tho-dat-100-dich-vu-cong-truc-tuyen-day-manh-chuyen-doi-so-toan-dien-1561735.ldo")
case("news", "tinh",
     "Thực hiện Đề án 06, đến nay 100% TTHC đủ điều kiện trên địa bàn thành phố Cần Thơ đã được cung cấp trực tuyến và tích hợp lên Cổng Dịch vụ công quốc gia; tổng số TTHC thuộc thẩm quyền giải quyết của thành phố là 2.242 thủ tục, trong đó cấp thành phố 1.845 thủ tục, cấp xã 397 thủ tục.",
     [F(100, "%", "tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến", "tinh"),
      F(2242, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", False, "BM3-1.4"),
      F(1845, "TTHC", "TTHC cấp thành phố", "tinh", False, "BM3-1.4.1"),
      F(397, "TTHC", "TTHC cấp xã", "xa", False, "BM3-1.4.3")])
case("news", "tinh",
     "Thành phố đã cấp 3,35 triệu thẻ căn cước công dân và kích hoạt hơn 2,38 triệu tài khoản định danh điện tử mức độ 2; toàn bộ 355 cơ sở khám, chữa bệnh trên địa bàn đã tiếp nhận khám, chữa bệnh BHYT bằng căn cước gắn chip hoặc ứng dụng VNeID với hơn 10,4 triệu lượt người.",
     [F(3350000, "thẻ", "thẻ căn cước công dân đã cấp", "tinh"),
      F(2380000, "tài khoản", "tài khoản định danh điện tử mức độ 2 đã kích hoạt", "tinh", True),
      F(355, "cơ sở", "cơ sở khám, chữa bệnh tiếp nhận khám BHYT bằng căn cước", "tinh"),
      F(10400000, "lượt", "lượt khám, chữa bệnh BHYT bằng căn cước hoặc VNeID", "tinh", True)])
case("news", "tinh",
     "Tính đến ngày 30/6/2025, đã ký số và gửi lên Cổng tiếp nhận dữ liệu 213.850 giấy khám sức khỏe lái xe, 1.122 giấy báo tử và 70.914 giấy chứng sinh; 761.857 sổ sức khỏe điện tử đã được cập nhật, tích hợp trên VNeID, đạt 18,63% tổng dân số thường trú.",
     [F(213850, "giấy", "giấy khám sức khỏe lái xe đã ký số, gửi dữ liệu", "tinh"),
      F(1122, "giấy", "giấy báo tử đã ký số, gửi dữ liệu", "tinh"),
      F(70914, "giấy", "giấy chứng sinh đã ký số, gửi dữ liệu", "tinh"),
      F(761857, "sổ", "sổ sức khỏe điện tử tích hợp trên VNeID", "tinh"),
      F(18.63, "%", "tỷ lệ sổ sức khỏe điện tử trên dân số thường trú", "tinh")])
case("news", "tinh",
     "Ngành y tế thành phố cũng đã tích hợp 13.042 giấy chuyển tuyến và 146.384 giấy hẹn khám lại lên hệ thống.",
     [F(13042, "giấy", "giấy chuyển tuyến đã tích hợp", "tinh"),
      F(146384, "giấy", "giấy hẹn khám lại đã tích hợp", "tinh")])

src("https://vietnamnews.vn/society/1727872/digital-drive-powers-mekong-delta-transformation.html")
case("news", "tinh",
     "Sau sắp xếp có hiệu lực từ ngày 01/7/2025, vùng Đồng bằng sông Cửu Long gồm thành phố Cần Thơ và 4 tỉnh Cà Mau, Vĩnh Long, An Giang, Đồng Tháp.",
     [])
case("news", "tinh",
     "Hiện tỉnh Cà Mau đã đưa vào vận hành 07 nền tảng số và 23/34 cơ sở dữ liệu dùng chung, xử lý hơn 31 triệu giao dịch; các cơ sở dữ liệu còn lại dự kiến hoàn thành trong năm.",
     [F(7, "nền tảng", "nền tảng số đã vận hành", "tinh"),
      F(23, "cơ sở dữ liệu", "cơ sở dữ liệu dùng chung đã vận hành", "tinh"),
      F(34, "cơ sở dữ liệu", "tổng số cơ sở dữ liệu dùng chung", "tinh"),
      F(31000000, "giao dịch", "giao dịch đã xử lý", "tinh", True)])
case("news", "tinh",
     "Để bảo đảm vận hành hệ thống quản lý, điều hành điện tử liên thông các cấp, tỉnh đã cấp hơn 8.500 chữ ký số và hơn 20.000 tài khoản cho cán bộ, công chức, viên chức.",
     [F(8500, "chữ ký số", "chữ ký số đã cấp", "tinh", True),
      F(20000, "tài khoản", "tài khoản đã cấp cho cán bộ, công chức, viên chức", "tinh", True)])

src("https://news.laodong.vn/thoi-su/cai-thien-thu-tuc-hanh-chinh-o-can-tho-nho-chuyen-doi-so-va-mo-hinh-moi-1568587.ldo")
case("news", "xa",
     "Theo thống kê sơ bộ của UBND xã Trường Long (thành phố Cần Thơ), sau gần 2 tháng vận hành mô hình chính quyền địa phương 2 cấp, xã đã giải quyết gần 2.000 hồ sơ cho người dân, tất cả đều đúng hạn theo quy định.",
     [F(2000, "hồ sơ", "hồ sơ đã giải quyết", "xa", True, "BM3-3.3.1")])

src("https://news.laodong.vn/thoi-su/thanh-lap-13-co-quan-chuyen-mon-va-1-to-chuc-truc-thuoc-ubnd-tinh-lam-dong-1533970.ldo")
case("news", "tinh",
     "Trước hợp nhất, mỗi tỉnh Lâm Đồng, Bình Thuận và Đắk Nông đều có 13 cơ quan chuyên môn và 01 tổ chức hành chính khác thuộc UBND tỉnh; ngày 02/7/2025, tỉnh Lâm Đồng (mới) thành lập 13 cơ quan chuyên môn và 01 tổ chức hành chính khác trên cơ sở hợp nhất nguyên trạng.",
     [])
case("news", "tinh",
     "Tại thời điểm hợp nhất, tổng số biên chế công chức được giao của 3 địa phương là 3.597, số công chức có mặt là 3.145 người; tổng số người làm việc hưởng lương từ ngân sách nhà nước được giao là 15.068 người, số có mặt là 17.114 người (kể cả người hưởng lương từ nguồn thu sự nghiệp).",
     [F(3597, "biên chế", "biên chế công chức được giao", "tinh", False, "BM4-2.1"),
      F(3145, "người", "công chức có mặt", "tinh", False, "BM4-2.2"),
      F(15068, "người", "người làm việc hưởng lương NSNN được giao", "tinh", False, "BM4-3.1"),
      F(17114, "người", "người làm việc có mặt, kể cả hưởng lương từ nguồn thu sự nghiệp", "tinh")])

src("https://news.laodong.vn/xa-hoi/tinh-hinh-sap-xep-can-bo-o-binh-duong-cu-ve-tphcm-lam-viec-sau-sap-nhap-1537670.ldo")
case("news", "tinh",
     "Hiện 8/14 sở, ngành thuộc UBND tỉnh Bình Dương (cũ) đã chuyển cán bộ, công chức về làm việc tại Thành phố Hồ Chí Minh, trong đó Sở Xây dựng chuyển toàn bộ đơn vị về trụ sở tại Thành phố; 7 sở, ngành vẫn giữ một bộ phận tại khu vực Bình Dương để tiếp nhận hồ sơ, phụ trách địa bàn và 6 sở, ngành chưa di chuyển.",
     [F(8, "đơn vị", "sở, ngành đã chuyển cán bộ, công chức về TP. Hồ Chí Minh", "so_nganh"),
      F(14, "đơn vị", "tổng số sở, ngành của tỉnh Bình Dương (cũ)", "so_nganh"),
      F(7, "đơn vị", "sở, ngành còn giữ bộ phận tại khu vực Bình Dương", "so_nganh"),
      F(6, "đơn vị", "sở, ngành chưa di chuyển", "so_nganh")])

src("http://cchccantho.gov.vn/article/giai-phap-nang-cao-chi-so-cai-cach-hanh-chinh-cua-thanh-pho-can-tho-trong-thoi-gian-toi/532.htm")
case("news", "tinh",
     "Bộ tiêu chí xác định Chỉ số CCHC cấp tỉnh ban hành tại Quyết định số 2498/QĐ-BNV gồm 8 lĩnh vực, 38 tiêu chí và 81 tiêu chí thành phần, tổng điểm tối đa 100; riêng lĩnh vực cải cách TTHC có 5 tiêu chí, 16 tiêu chí thành phần với điểm tối đa 14,5.",
     [])
case("news", "tinh",
     "Theo kết quả do Bộ Nội vụ công bố, Chỉ số CCHC của thành phố Cần Thơ đạt 83,53%, cao hơn giá trị trung bình của cả nước 5,81%.",
     [F(83.53, "%", "Chỉ số CCHC của thành phố", "tinh")])

src("https://vjs.vietnam.vn/en/so-tu-phap-tinh-tay-ninh-quyet-tam-hoan-thanh-xuat-sac-nhiem-vu-gop-phan-xay-dung-va-hoan-thien-he-thong-phap-luat-phuc-vu-hieu-qua-phat-trien")
case("news", "so_nganh",
     "Sở Tư pháp tỉnh Tây Ninh đã hoàn thành 100% công việc theo kế hoạch, bảo đảm đúng và vượt tiến độ trong các lĩnh vực xây dựng, kiểm tra VBQPPL, phổ biến, giáo dục pháp luật, quản lý công tác xử lý vi phạm hành chính và theo dõi thi hành pháp luật.",
     [F(100, "%", "tỷ lệ hoàn thành công việc theo kế hoạch", "so_nganh")])

src("https://eng.binhduong.gov.vn/chinhquyen/Lists/BoMayToChuc/DispForm.aspx?ID=55&InitialTabId=Ribbon.Read")
case("news", "so_nganh",
     "Sở Tư pháp tỉnh Bình Dương đặt tại tầng 15, tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một; điện thoại Văn phòng Sở (+84-274) 3.859.068, Thanh tra Sở (+84-274) 3.848.407.",
     [])

src("https://news.laodong.vn/giao-duc/mot-xa-o-can-tho-trien-khai-hanh-chinh-cong-luu-dong-dip-nam-hoc-moi-1549364.ldo")
case("news", "xa",
     "UBND xã Mỹ Hương, thành phố Cần Thơ ban hành kế hoạch thực hiện mô hình “hành chính công lưu động gắn với mùa tựu trường năm 2025”, tổ chức vào các ngày thứ Bảy trong tháng 8/2025; Trung tâm Phục vụ hành chính công xã tăng giờ làm việc từ ngày 15/7 đến ngày 15/8/2025.",
     [])

src("https://news.laodong.vn/thoi-su/dong-thap-chuan-bi-ha-tang-ky-thuat-phuc-vu-sap-xep-chinh-quyen-2-cap-1522918.ldo")
case("news", "tinh",
     "Chủ tịch UBND tỉnh Đồng Tháp yêu cầu các địa phương tích hợp, cung cấp 100% dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia trong tháng 6/2025 và không duy trì giao diện Cổng Dịch vụ công của tỉnh từ ngày 01/7/2025.",
     [])

src("https://www.vietnam.vn/en/gia-lai-sap-nhap-cac-don-vi-su-nghiep-cong-lap-de-tinh-gon-he-thong-to-chuc")
case("news", "tinh",
     "Đối với Sở Giáo dục và Đào tạo, tỉnh Gia Lai giữ nguyên các trường THPT công lập hiện có và sắp xếp 25 Trung tâm GDTX, Trung tâm GDNN-GDTX thành 16 trung tâm cung cấp dịch vụ cho nhiều xã, phường.",
     [])

# ---------------------------------------------------------------- synthetic (real units; wording and figures mine)
src("synthetic: tỉnh Trà Vinh, năm 2024 (kết quả giải quyết cấp huyện, cấp xã)")
case("report", "tinh",
     "Năm 2024, UBND cấp huyện trên địa bàn tỉnh Trà Vinh đã giải quyết 41.286 hồ sơ, trong đó 40.517 hồ sơ đúng hạn, đạt 98,14%; UBND cấp xã giải quyết 126.904 hồ sơ, đúng hạn 126.611 hồ sơ, đạt 99,77%.",
     [F(41286, "hồ sơ", "hồ sơ cấp huyện đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(40517, "hồ sơ", "hồ sơ cấp huyện giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
      F(98.14, "%", "tỷ lệ giải quyết đúng hạn cấp huyện", "huyen", False, "BM3-3.2"),
      F(126904, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(126611, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.77, "%", "tỷ lệ giải quyết đúng hạn cấp xã", "xa", False, "BM3-3.3")])

src("synthetic: Sở Giao thông vận tải tỉnh Long An, năm 2024")
case("report", "so_nganh",
     "Trong năm 2024, Sở Giao thông vận tải tỉnh Long An tiếp nhận 58.412 hồ sơ, trong đó 57.908 hồ sơ nộp trực tuyến, đạt 99,14%; Sở đã giải quyết 58.150 hồ sơ, đúng hạn 58.137 hồ sơ, đạt 99,98%.",
     [F(58412, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
      F(57908, "hồ sơ", "hồ sơ nộp trực tuyến", "so_nganh", False, "BM7-6.4.2"),
      F(99.14, "%", "tỷ lệ hồ sơ trực tuyến", "so_nganh", False, "BM7-6.4"),
      F(58150, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(58137, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(99.98, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1")])

src("synthetic: tỉnh Đắk Nông, năm 2024 (VBQPPL)")
case("report", "tinh",
     "Năm 2024, HĐND, UBND tỉnh Đắk Nông đã ban hành 46 VBQPPL; Sở Tư pháp tham mưu kiểm tra theo thẩm quyền 38 văn bản, qua kiểm tra phát hiện 04 văn bản cần xử lý, đến nay đã xử lý xong 03 văn bản.",
     [F(46, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", False, "BM2-1.1"),
      F(38, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
      F(4, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1"),
      F(3, "văn bản", "VBQPPL đã xử lý xong", "tinh", False, "BM2-2.2.2")])

src("synthetic: tỉnh Gia Lai, năm 2024 (công bố TTHC)")
case("report", "tinh",
     "Trong năm, Chủ tịch UBND tỉnh Gia Lai ban hành 52 quyết định công bố danh mục TTHC, gồm 187 TTHC mới ban hành, 246 TTHC sửa đổi, bổ sung và 159 TTHC bị bãi bỏ, thay thế.",
     [F(52, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
      F(187, "TTHC", "TTHC mới ban hành", "tinh", False, "BM3-1.2"),
      F(246, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
      F(159, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", False, "BM3-1.3")])

src("synthetic: tỉnh Bình Định, 9 tháng năm 2024 (hồ sơ trực tuyến)")
case("report", "tinh",
     "Trong 9 tháng năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Bình Định tiếp nhận 512.736 hồ sơ TTHC, trong đó 318.402 hồ sơ trực tuyến, đạt 62,10%, tăng so với cùng kỳ năm 2023.",
     [F(512736, "hồ sơ", "hồ sơ TTHC tiếp nhận", "tinh", False, "BM7-6.4.1"),
      F(318402, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
      F(62.10, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, "BM7-6.4")])

src("synthetic: tỉnh Quảng Ngãi, năm 2024 (PAKN)")
case("report", "tinh",
     "Năm 2024, tỉnh Quảng Ngãi tiếp nhận 27 phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; đã xử lý xong 25 PAKN, đạt 92,59%, còn 02 PAKN đang được xem xét, trả lời.",
     [F(27, "PAKN", "PAKN đã tiếp nhận", "tinh", False, "BM3-3.4.1"),
      F(25, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
      F(92.59, "%", "tỷ lệ giải quyết PAKN", "tinh", False, "BM3-3.4"),
      F(2, "PAKN", "PAKN đang xem xét", "tinh")])

src("synthetic: tỉnh Lâm Đồng, năm 2024 (kiểm tra CCHC)")
case("report", "tinh",
     "Năm 2024, Đoàn kiểm tra CCHC của tỉnh Lâm Đồng đã kiểm tra 9 sở, ngành và 5 UBND cấp huyện; qua kiểm tra phát hiện 31 vấn đề, đến nay đã chỉ đạo xử lý xong 28 vấn đề, đạt 90,32%.",
     [F(9, "đơn vị", "sở, ngành đã kiểm tra", "so_nganh", False, "BM1-3.1"),
      F(5, "đơn vị", "UBND cấp huyện đã kiểm tra", "huyen", False, "BM1-3.2"),
      F(31, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
      F(28, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2"),
      F(90.32, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3")])

src("synthetic: tỉnh Tây Ninh, năm 2024 (tinh giản biên chế)")
case("report", "tinh",
     "Thực hiện Nghị định số 29/2023/NĐ-CP, trong năm 2024 tỉnh Tây Ninh đã giải quyết tinh giản biên chế đối với 47 công chức và 318 viên chức, với tổng kinh phí chi trả 41.625 triệu đồng.",
     [F(47, "biên chế", "công chức đã tinh giản", "tinh", False, "BM4-2.4"),
      F(318, "người", "viên chức đã tinh giản", "tinh", False, "BM4-3.3"),
      F(41625, "triệu đồng", "kinh phí chi trả tinh giản biên chế", "tinh")])

src("synthetic: Sở Nội vụ tỉnh Đồng Nai, năm 2024 (tuyển dụng)")
case("report", "so_nganh",
     "Năm 2024, Sở Nội vụ tỉnh Đồng Nai tham mưu tổ chức thi tuyển, tuyển dụng 83 công chức vào làm việc tại các cơ quan hành chính; các đơn vị sự nghiệp công lập của tỉnh tuyển dụng 1.146 viên chức, chủ yếu thuộc ngành giáo dục và y tế.",
     [F(83, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(1146, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")])

src("synthetic: tỉnh Kiên Giang, 6 tháng đầu năm 2025 (thanh toán trực tuyến)")
case("report", "tinh",
     "Đến ngày 15/6/2025, tỉnh Kiên Giang đã tích hợp, triển khai thanh toán trực tuyến đối với 1.063/1.187 TTHC có yêu cầu nghĩa vụ tài chính, đạt 89,55%, vượt chỉ tiêu Chính phủ giao.",
     [F(1063, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5.2"),
      F(1187, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", False, "BM7-6.5.1"),
      F(89.55, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5")])

src("synthetic: tỉnh Bến Tre, năm 2024 (giải ngân vốn đầu tư công)")
case("report", "tinh",
     "Kế hoạch vốn đầu tư công năm 2024 của tỉnh Bến Tre được giao là 5.084.620 triệu đồng; đến ngày 31/01/2025, toàn tỉnh đã giải ngân 4.613.378 triệu đồng, đạt 90,73% kế hoạch.",
     [F(5084620, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(4613378, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(90.73, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])

src("synthetic: tỉnh Vĩnh Long, ĐVSN tại 31/12/2024")
case("report", "tinh",
     "Tính đến ngày 31/12/2024, toàn tỉnh Vĩnh Long có 593 đơn vị sự nghiệp công lập, trong đó 06 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 21 đơn vị tự bảo đảm chi thường xuyên, 148 đơn vị tự bảo đảm một phần chi thường xuyên và 418 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(593, "đơn vị", "tổng số ĐVSN công lập", "tinh", False, "BM6-2.1"),
      F(6, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", False, "BM6-2.2"),
      F(21, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", False, "BM6-2.3"),
      F(148, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", False, "BM6-2.4"),
      F(418, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", False, "BM6-2.5")])

src("synthetic: Trung tâm Phục vụ hành chính công tỉnh Phú Yên, quý I/2025")
case("news", "tinh",
     "Quý I/2025, Trung tâm Phục vụ hành chính công tỉnh Phú Yên tiếp nhận 9.374 hồ sơ; đã giải quyết 9.102 hồ sơ, trong đó trước và đúng hạn 9.089 hồ sơ, trễ hạn 13 hồ sơ.",
     [F(9374, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
      F(9102, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam"),
      F(9089, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "trung_tam"),
      F(13, "hồ sơ", "hồ sơ trễ hạn", "trung_tam")])

src("synthetic: tỉnh Đồng Tháp, năm 2024 (khảo sát sự hài lòng)")
case("report", "tinh",
     "Năm 2024, tỉnh Đồng Tháp tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước với 6.250 phiếu, kết hợp phát phiếu trực tiếp và trực tuyến; mức độ hài lòng chung đạt 95,36%.",
     [F(6250, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", False, "BM1-6.1"),
      F(95.36, "%", "mức độ hài lòng chung", "tinh")])

src("synthetic: Sở Tài nguyên và Môi trường tỉnh Bình Phước, quý IV/2024")
case("report", "so_nganh",
     "Quý IV/2024, Sở Tài nguyên và Môi trường tỉnh Bình Phước giải quyết 12.493 hồ sơ TTHC, trong đó 12.207 hồ sơ đúng hạn, đạt 97,71%; 286 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đăng ký đất đai tại các Chi nhánh Văn phòng đăng ký đất đai.",
     [F(12493, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(12207, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(97.71, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
      F(286, "hồ sơ", "hồ sơ quá hạn", "so_nganh")])

src("synthetic: tỉnh Bà Rịa - Vũng Tàu, năm 2024 (kỷ luật)")
case("report", "tinh",
     "Trong năm 2024, tỉnh Bà Rịa - Vũng Tàu đã xem xét, xử lý kỷ luật 01 lãnh đạo cấp sở, ngành và UBND cấp huyện, 07 lãnh đạo cấp phòng và 19 người làm việc tại các đơn vị sự nghiệp công lập.",
     [F(1, "người", "lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật", "tinh", False, "BM5-4.2"),
      F(7, "người", "lãnh đạo cấp phòng bị kỷ luật", "tinh", False, "BM5-4.3"),
      F(19, "người", "người làm việc tại ĐVSN công lập bị kỷ luật", "tinh", False, "BM5-4.4")])

src("synthetic: huyện Krông Pắc (tỉnh Đắk Lắk), năm 2024")
case("report", "huyen",
     "Năm 2024, UBND huyện Krông Pắc tiếp nhận 14.628 hồ sơ TTHC, trong đó 9.871 hồ sơ nộp trực tuyến, đạt 67,48%; đã giải quyết 14.503 hồ sơ, đúng hạn 14.462 hồ sơ, đạt 99,72%.",
     [F(14628, "hồ sơ", "hồ sơ tiếp nhận", "huyen", False, "BM7-6.4.1"),
      F(9871, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4.2"),
      F(67.48, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", False, "BM7-6.4"),
      F(14503, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
      F(14462, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
      F(99.72, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2")])

# ---------------------------------------------------------------- write + validate
def num_forms(v):
    """Vietnamese printed forms of a value, for the 'value appears in text' check."""
    out = set()
    if isinstance(v, int) or float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out |= {s, str(n), f"{n:02d}"}
        if n >= 1000 and n % 100 == 0:
            out.add(f"{n/1000:g}".replace(".", ","))
        if n >= 1_000_000:
            out.add(f"{n/1_000_000:g}".replace(".", ","))
    else:
        s = f"{v}".replace(".", ",")
        out |= {s, f"{v:.2f}".replace(".", ",")}
    return out


def main():
    cat = set()
    with open("/work/shared/reference/catalog.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            cat.add(f"BM{r['form']}-{r['code']}")
    rows, srcs, seen = [], [], set()
    for i, (kind, level, text, facts, s) in enumerate(CASES, 1):
        cid = f"H21-B-{i:03d}"
        assert kind in ("report", "news"), cid
        assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in seen, cid
        seen.add(text)
        for f in facts:
            assert list(f) == ["value", "unit", "measure", "scope", "approx", "code"], cid
            assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
            assert isinstance(f["approx"], bool), cid
            assert f["code"] == "" or f["code"] in cat, (cid, f["code"])
            assert any(re.search(r"(?<![\d.,])" + re.escape(x) + r"(?![\d]|[.,]\d)", text)
                       for x in num_forms(f["value"])), (cid, f["value"])
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append([cid, s])
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        fh.write("case_id\tsource\n")
        for c, s in srcs:
            fh.write(f"{c}\t{s}\n")
    nf = sum(len(c[3]) for c in CASES)
    coded = sum(1 for c in CASES for f in c[3] if f["code"])
    syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
    print(f"cases={len(CASES)} synthetic={syn} facts={nf} coded={coded} empty={sum(1 for c in CASES if not c[3])}")


if __name__ == "__main__":
    main()
