# Builds cases.csv and sources_by_case.tsv for holdout20/narrative_b and validates them.
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
src("http://www.vnpost.vn/en-us/bai-viet/chi-tiet/id/93160/key/trung-tam-phuc-vu-hanh-chinh-cong-tinh-nghe-an-chinh-thuc-di-vao-hoat-dong")
case("news", "tinh",
     "Ngày 14/10/2020, Trung tâm Phục vụ hành chính công tỉnh Nghệ An chính thức khai trương; Trung tâm là đầu mối tiếp nhận 1.326 TTHC của 18 sở, ban, ngành và 3 cơ quan Trung ương tổ chức theo ngành dọc đặt tại địa phương là Công an tỉnh, Bảo hiểm xã hội tỉnh và Công ty Điện lực Nghệ An.",
     [F(1326, "TTHC", "TTHC tiếp nhận tại Trung tâm", "trung_tam")])
case("news", "tinh",
     "Nghệ An có diện tích 16.487 km², lớn nhất cả nước, với 107 xã miền núi đặc biệt khó khăn và 35 xã thuộc danh mục có điều kiện địa lý đặc biệt; Bưu điện tỉnh có 578 điểm phục vụ đến tận các xã, bán kính phục vụ bình quân 3 km/điểm.",
     [])
case("news", "tinh",
     "Trong 10 ngày đầu vận hành thử nghiệm, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận và xử lý 3.500 hồ sơ; trong đó Bưu cục đặt tại Trung tâm đã chuyển trả 1.174 hồ sơ, chiếm 34%.",
     [F(3500, "hồ sơ", "hồ sơ tiếp nhận và xử lý trong 10 ngày đầu", "trung_tam"),
      F(1174, "hồ sơ", "hồ sơ chuyển trả kết quả qua Bưu cục", "trung_tam"),
      F(34, "%", "tỷ lệ hồ sơ chuyển trả qua Bưu cục", "trung_tam")])

src("http://nghean24h.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-nghe-an-van-hanh-hoat-dong-tu-thang-102020-a617316.html")
case("news", "tinh",
     "Ngày 30/9/2020, UBND tỉnh Nghệ An ban hành Công văn hỏa tốc số 552 về việc vận hành Trung tâm Phục vụ hành chính công tỉnh, trên cơ sở Quyết định số 2525/QĐ-UBND ngày 05/7/2019 phê duyệt Đề án và Quyết định số 2996/QĐ-UBND ngày 05/8/2019 thành lập Trung tâm; Trung tâm đặt tại số 16 đường Trường Thi, TP. Vinh.",
     [])
case("news", "so_nganh",
     "Từ 07 giờ 00 phút ngày 02/10/2020, các sở, ban, ngành cấp tỉnh dừng tiếp nhận và trả kết quả tại bộ phận một cửa của mình đối với các TTHC đã đưa vào Trung tâm Phục vụ hành chính công tỉnh.",
     [])

src("http://www.taichinhdientu.vn/nhip-song-cong-nghe/nghe-an-khai-truong-cong-dich-vu-cong-truc-tuyen-156060.html")
case("news", "tinh",
     "Sáng 10/1/2017, UBND tỉnh Nghệ An khai trương Cổng dịch vụ công trực tuyến của tỉnh; hệ thống do VNPT chuyển giao theo hình thức thuê dịch vụ công nghệ thông tin theo Quyết định số 80/2014/QĐ-TTg của Thủ tướng Chính phủ.",
     [])
case("news", "tinh",
     "Tính đến ngày 5/1/2017, Cổng dịch vụ công của tỉnh đã cung cấp 4.619 dịch vụ công mức độ 1, 3.783 dịch vụ mức độ 2, 827 dịch vụ mức độ 3 và 9 dịch vụ mức độ 4 trên tổng số 4.619 TTHC.",
     [F(4619, "dịch vụ", "dịch vụ công mức độ 1", "tinh"),
      F(3783, "dịch vụ", "dịch vụ công mức độ 2", "tinh"),
      F(827, "dịch vụ", "dịch vụ công trực tuyến mức độ 3", "tinh", False, "BM7-6.1.2"),
      F(9, "dịch vụ", "dịch vụ công trực tuyến mức độ 4", "tinh", False, "BM7-6.2.2"),
      F(4619, "TTHC", "tổng số TTHC trên Cổng dịch vụ công", "tinh")])

src("https://new.dongnai.gov.vn/vi/news/Cai-cach-hanh-chinh/10-17-so-nganh-co-ty-le-ho-so-truc-tuyen-dat-tren-90-38334.html")
case("news", "tinh",
     "Đến nay, tổng số TTHC trên địa bàn tỉnh Đồng Nai sau chuẩn hóa là 1.802 thủ tục, gồm 1.442 thủ tục cấp tỉnh, 238 thủ tục cấp huyện và 122 thủ tục cấp xã; riêng TTHC của các cơ quan ngành dọc sau chuẩn hóa là 127 thủ tục (cấp tỉnh 62, cấp huyện 53, cấp xã 12).",
     [F(1802, "TTHC", "tổng số TTHC sau chuẩn hóa", "tinh"),
      F(1442, "TTHC", "TTHC cấp tỉnh", "tinh"),
      F(238, "TTHC", "TTHC cấp huyện", "huyen"),
      F(122, "TTHC", "TTHC cấp xã", "xa"),
      F(127, "TTHC", "TTHC ngành dọc sau chuẩn hóa", "tinh"),
      F(62, "TTHC", "TTHC ngành dọc cấp tỉnh", "tinh"),
      F(53, "TTHC", "TTHC ngành dọc cấp huyện", "huyen"),
      F(12, "TTHC", "TTHC ngành dọc cấp xã", "xa")])
case("news", "tinh",
     "Cổng dịch vụ công của tỉnh đã cung cấp 1.402 dịch vụ công trực tuyến, trong đó 335 dịch vụ một phần và 1.067 dịch vụ toàn trình; đã tích hợp lên Cổng Dịch vụ công quốc gia 1.127 dịch vụ (313 một phần, 814 toàn trình) và tích hợp thanh toán trực tuyến cho 276 thủ tục cấp sở có phát sinh phí, lệ phí.",
     [F(1402, "dịch vụ", "dịch vụ công trực tuyến được cung cấp", "tinh"),
      F(335, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh"),
      F(1067, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
      F(1127, "dịch vụ", "dịch vụ công trực tuyến tích hợp lên Cổng DVC quốc gia", "tinh"),
      F(313, "dịch vụ", "dịch vụ một phần đã tích hợp", "tinh"),
      F(814, "dịch vụ", "dịch vụ toàn trình đã tích hợp", "tinh"),
      F(276, "TTHC", "TTHC cấp sở tích hợp thanh toán trực tuyến", "so_nganh", False, "BM7-6.5.2")])
case("news", "tinh",
     "Kết quả quý III/2023, số dịch vụ công trực tuyến có phát sinh hồ sơ là 298, đạt tỷ lệ 21,25%; tỷ lệ hồ sơ trực tuyến của cả 3 cấp đạt 42,041%, trong đó 10/17 sở, ngành đạt trên 90% và 3/11 huyện, thành phố đạt trên 30% hồ sơ trực tuyến.",
     [F(298, "dịch vụ", "dịch vụ công trực tuyến có phát sinh hồ sơ", "tinh"),
      F(21.25, "%", "tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "tinh"),
      F(42.041, "%", "tỷ lệ hồ sơ trực tuyến 3 cấp", "tinh", False, "BM7-6.4"),
      F(10, "đơn vị", "sở, ngành có tỷ lệ hồ sơ trực tuyến trên 90%", "so_nganh"),
      F(17, "đơn vị", "tổng số sở, ngành", "so_nganh"),
      F(3, "đơn vị", "huyện, thành phố có tỷ lệ hồ sơ trực tuyến trên 30%", "huyen"),
      F(11, "đơn vị", "tổng số huyện, thành phố", "huyen")])
case("news", "tinh",
     "Vừa qua, tại kỳ họp thứ 13, HĐND tỉnh Đồng Nai khóa X đã ban hành Nghị quyết quy định mức thu phí, lệ phí đối với hoạt động cung cấp dịch vụ công trực tuyến nhằm khuyến khích tổ chức, cá nhân nộp hồ sơ trực tuyến.",
     [])

src("https://quangngai.gov.vn/en/news/society-culture-law/vice-chairman-nguyen-cong-hoang-meets-with-the-department-of-justice.html")
case("news", "so_nganh",
     "Trong 10 tháng năm 2025, Sở Tư pháp tỉnh Quảng Ngãi đã thẩm định 194 dự thảo văn bản quy phạm pháp luật; tham mưu UBND tỉnh trình HĐND tỉnh 03 nghị quyết quy phạm pháp luật và đề xuất UBND tỉnh ban hành 05 quyết định quy phạm pháp luật.",
     [F(194, "văn bản", "dự thảo VBQPPL đã thẩm định", "so_nganh"),
      F(3, "văn bản", "nghị quyết QPPL tham mưu trình HĐND tỉnh", "so_nganh"),
      F(5, "văn bản", "quyết định QPPL đề xuất UBND tỉnh ban hành", "so_nganh")])
case("news", "so_nganh",
     "Sở cũng đã kiểm tra 64 văn bản do UBND tỉnh ban hành và 72 văn bản được ban hành dưới hình thức văn bản quy phạm pháp luật của các xã, phường, đặc khu.",
     [F(64, "văn bản", "văn bản do UBND tỉnh ban hành đã kiểm tra", "so_nganh"),
      F(72, "văn bản", "văn bản của cấp xã đã kiểm tra", "so_nganh")])
case("news", "so_nganh",
     "Đồng thời, Sở đã tập hợp, rà soát bước đầu hơn 1.000 văn bản quy phạm pháp luật do HĐND, UBND tỉnh Quảng Ngãi (cũ) và tỉnh Kon Tum (cũ) ban hành còn hiệu lực đến ngày 04/11/2025.",
     [F(1000, "văn bản", "VBQPPL cấp tỉnh đã tập hợp, rà soát", "so_nganh", True, "BM2-3.1")])

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/dien-biens-inspection-sector-well-performs-assigned-tasks-P91aF1lHR.html")
case("news", "so_nganh",
     "Từ đầu năm 2025 đến nay, toàn ngành thanh tra tỉnh Điện Biên đã tiến hành 26 cuộc thanh tra hành chính và 320 cuộc thanh tra, kiểm tra chuyên ngành; qua đó phát hiện sai phạm về kinh tế gần 3 tỷ đồng, kiến nghị thu hồi khoảng 2,8 tỷ đồng.",
     [F(26, "cuộc", "cuộc thanh tra hành chính", "tinh"),
      F(320, "cuộc", "cuộc thanh tra, kiểm tra chuyên ngành", "tinh"),
      F(3, "tỷ đồng", "sai phạm về kinh tế phát hiện", "tinh", True),
      F(2.8, "tỷ đồng", "số tiền kiến nghị thu hồi", "tinh", True)])
case("news", "so_nganh",
     "Các cơ quan đã ban hành 213 quyết định xử phạt vi phạm hành chính với tổng số tiền hơn 2,1 tỷ đồng; kiến nghị xử lý hành chính 92 tổ chức, 72 cá nhân và chuyển cơ quan điều tra 19 vụ việc, 6 cá nhân có hành vi liên quan đến phá rừng, khai thác gỗ trái phép.",
     [F(213, "quyết định", "quyết định xử phạt vi phạm hành chính", "tinh"),
      F(2.1, "tỷ đồng", "tổng số tiền xử phạt vi phạm hành chính", "tinh", True),
      F(92, "tổ chức", "tổ chức bị kiến nghị xử lý hành chính", "tinh"),
      F(72, "cá nhân", "cá nhân bị kiến nghị xử lý hành chính", "tinh"),
      F(19, "vụ việc", "vụ việc chuyển cơ quan điều tra", "tinh"),
      F(6, "cá nhân", "cá nhân chuyển cơ quan điều tra", "tinh")])

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/upholding-glorious-tradition-of-dien-biens-inspectorate-sector-A8p9n6kvg.html")
case("news", "so_nganh",
     "Ngày 03/6/1970, Ủy ban hành chính tỉnh Lai Châu (cũ) ban hành Quyết định số 19/QĐ-UB thành lập Ban Thanh tra tỉnh; từ 2 cán bộ ban đầu, đến nay Thanh tra tỉnh Điện Biên có 8 phòng nghiệp vụ với hơn 80 cán bộ, công chức, người lao động.",
     [])
case("news", "so_nganh",
     "Trong 55 năm xây dựng và trưởng thành, toàn ngành thanh tra tỉnh đã triển khai hơn 1.170 cuộc thanh tra hành chính và thanh tra chuyên ngành, phát hiện và kiến nghị xử lý sai phạm về kinh tế hơn 175 tỷ đồng và 2,72 ha đất.",
     [F(1170, "cuộc", "cuộc thanh tra hành chính và chuyên ngành", "tinh", True),
      F(175, "tỷ đồng", "sai phạm về kinh tế kiến nghị xử lý", "tinh", True),
      F(2.72, "ha", "đất sai phạm kiến nghị xử lý", "tinh")])

src("https://vccinews.com/news/62185/newly-structured-inspectorate-partnering-for-effective-governance-and-service.html")
case("news", "so_nganh",
     "Trước đây, hệ thống thanh tra của tỉnh Điện Biên có 27 đầu mối; sau sắp xếp, các tổ chức thanh tra cấp huyện, thanh tra sở được hợp nhất về Thanh tra tỉnh với 7 phòng nghiệp vụ và 1 văn phòng.",
     [])

src("https://news.laodong.vn/ldt/tin-tuc/nguoi-dan-hai-duong-se-khong-phai-tra-phi-cho-thu-tuc-cong-truc-tuyen-1487647.ldo")
case("news", "so_nganh",
     "Sở Tài chính tỉnh Hải Dương vừa trình UBND tỉnh dự thảo Nghị quyết quy định mức thu phí, lệ phí bằng 0 đồng đối với hoạt động cung cấp dịch vụ công trực tuyến; trước đó, mức thu khi nộp trực tuyến bằng 50% mức thu khi nộp trực tiếp.",
     [])

src("https://baobinhduong.vn/en/investment-environment-is-favorable-business-registration-capital-increases-a310300.html")
case("news", "so_nganh",
     "Từ đầu năm đến ngày 31/10/2023, Sở Kế hoạch và Đầu tư tỉnh Bình Dương đã tiếp nhận 61.119 hồ sơ đăng ký doanh nghiệp, tăng 27,7% so với cùng kỳ năm 2022; tỷ lệ hồ sơ đăng ký qua mạng đạt 99,29%.",
     [F(61119, "hồ sơ", "hồ sơ đăng ký doanh nghiệp tiếp nhận", "so_nganh"),
      F(99.29, "%", "tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng", "so_nganh")])

src("http://en.baohoabinh.com.vn/2/10516/Hoa-Binh-accelerates-administrative-re102orm-to-better-benefit-citizens,-businesses.htm")
case("news", "tinh",
     "Từ đầu năm 2025, tỉnh Hòa Bình đã ban hành 36 quyết định về TTHC, chuẩn hóa 522 thủ tục nội bộ và đơn giản hóa 132 thủ tục trên nhiều lĩnh vực.",
     [F(36, "quyết định", "quyết định về TTHC đã ban hành", "tinh"),
      F(522, "TTHC", "thủ tục nội bộ được chuẩn hóa", "tinh"),
      F(132, "TTHC", "thủ tục được đơn giản hóa", "tinh")])

src("https://thongtin.vietnam.vn/en/diem-moi-trong-giai-quyet-tthc-khi-thuc-hien-chinh-quyen-2-cap")
case("news", "tinh",
     "Từ ngày 01/7/2025, tỉnh Quảng Ninh đóng Cổng dịch vụ công của tỉnh, đồng bộ toàn bộ TTHC lên Cổng Dịch vụ công quốc gia; các điểm tiếp nhận của Trung tâm Phục vụ hành chính công xã, phường, đặc khu đều bố trí điểm số hóa có đầu đọc căn cước gắn sinh trắc học.",
     [])

# ---------------------------------------------------------------- synthetic (real units; wording and figures mine)
src("synthetic: Sở Tư pháp tỉnh Thái Bình, năm 2024")
case("report", "so_nganh",
     "Năm 2024, HĐND và UBND tỉnh Thái Bình ban hành 38 văn bản quy phạm pháp luật; Sở Tư pháp đã kiểm tra theo thẩm quyền 147 văn bản, phát hiện 06 văn bản có nội dung, thể thức chưa phù hợp cần xử lý và đến nay cả 06 văn bản đã được cơ quan ban hành xử lý xong.",
     [F(38, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", False, "BM2-1.1"),
      F(147, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "so_nganh", False, "BM2-2.1"),
      F(6, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "so_nganh", False, "BM2-2.2.1"),
      F(6, "văn bản", "VBQPPL đã xử lý xong", "so_nganh", False, "BM2-2.2.2")])

src("synthetic: tỉnh Tuyên Quang, năm 2024 (tinh giản biên chế)")
case("report", "tinh",
     "Trong năm 2024, tỉnh Tuyên Quang đã thực hiện tinh giản 183 người theo Nghị định số 29/2023/NĐ-CP, trong đó 37 công chức trong các cơ quan hành chính và 146 viên chức trong các đơn vị sự nghiệp công lập.",
     [F(183, "người", "người được tinh giản", "tinh"),
      F(37, "người", "công chức được tinh giản", "tinh", False, "BM4-2.4"),
      F(146, "người", "viên chức được tinh giản", "tinh", False, "BM4-3.3")])

src("synthetic: Sở Nội vụ tỉnh Hưng Yên, năm 2024 (tuyển dụng)")
case("report", "so_nganh",
     "Năm 2024, Sở Nội vụ tỉnh Hưng Yên đã tham mưu tổ chức kỳ thi tuyển công chức, kết quả tuyển dụng được 71 công chức; các sở, ngành và UBND cấp huyện đã xét tuyển 389 viên chức, chủ yếu thuộc lĩnh vực giáo dục và y tế.",
     [F(71, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(389, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")])

src("synthetic: tỉnh Yên Bái, năm 2024 (kiểm tra CCHC)")
case("report", "tinh",
     "Năm 2024, Đoàn kiểm tra CCHC của tỉnh Yên Bái đã kiểm tra 10 sở, ngành và 3 UBND cấp huyện; qua kiểm tra phát hiện 34 vấn đề tồn tại, hạn chế, đến nay đã xử lý xong 31 vấn đề, đạt 91,18%.",
     [F(10, "đơn vị", "sở, ngành được kiểm tra CCHC", "so_nganh", False, "BM1-3.1"),
      F(3, "đơn vị", "UBND cấp huyện được kiểm tra CCHC", "huyen", False, "BM1-3.2"),
      F(34, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
      F(31, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2"),
      F(91.18, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3")])

src("synthetic: các sở, ngành tỉnh Lai Châu, 9 tháng năm 2024")
case("report", "so_nganh",
     "Chín tháng năm 2024, các sở, ngành tỉnh Lai Châu đã giải quyết 28.614 hồ sơ TTHC, trong đó 28.519 hồ sơ giải quyết đúng hạn, đạt tỷ lệ 99,67%.",
     [F(28614, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(28519, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(99.67, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1")])

src("synthetic: Sở Xây dựng tỉnh Vĩnh Phúc, năm 2024")
case("report", "so_nganh",
     "Năm 2024, Sở Xây dựng tỉnh Vĩnh Phúc tiếp nhận 2.146 hồ sơ TTHC, trong đó 2.031 hồ sơ được tiếp nhận trực tuyến, chiếm 94,64%; số hồ sơ còn lại nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua bưu chính công ích.",
     [F(2146, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
      F(2031, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "so_nganh", False, "BM7-6.4.2"),
      F(94.64, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "so_nganh", False, "BM7-6.4")])

src("synthetic: tỉnh Bắc Kạn, 6 tháng đầu năm 2024 (PAKN)")
case("report", "tinh",
     "Sáu tháng đầu năm 2024, UBND tỉnh Bắc Kạn tiếp nhận 16 phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và hành vi hành chính; đã xử lý xong 15 phản ánh, kiến nghị, đạt 93,75%, 01 phản ánh đang trong thời hạn xử lý.",
     [F(16, "PAKN", "PAKN tiếp nhận", "tinh", False, "BM3-3.4.1"),
      F(15, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
      F(93.75, "%", "tỷ lệ xử lý PAKN", "tinh", False, "BM3-3.4"),
      F(1, "PAKN", "PAKN đang trong thời hạn xử lý", "tinh")])

src("synthetic: tỉnh Hải Dương, năm 2024 (khảo sát sự hài lòng)")
case("report", "tinh",
     "Năm 2024, Sở Nội vụ tỉnh Hải Dương phối hợp với Bưu điện tỉnh phát 3.850 phiếu khảo sát sự hài lòng của người dân, tổ chức tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp; kết quả, mức độ hài lòng chung đạt 88,3%.",
     [F(3850, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", False, "BM1-6.1"),
      F(88.3, "%", "mức độ hài lòng chung", "tinh")])

src("synthetic: tỉnh Sơn La, năm 2024 (công bố TTHC)")
case("report", "tinh",
     "Trong năm 2024, Chủ tịch UBND tỉnh Sơn La đã ban hành 27 quyết định công bố danh mục TTHC, trong đó công bố mới 86 thủ tục, sửa đổi, bổ sung 203 thủ tục và bãi bỏ, thay thế 119 thủ tục.",
     [F(27, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
      F(86, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
      F(203, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
      F(119, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", False, "BM3-1.3")])

src("synthetic: tỉnh Quảng Bình, năm 2024 (giải ngân vốn đầu tư công)")
case("report", "tinh",
     "Đến ngày 31/01/2025, tỉnh Quảng Bình đã giải ngân 3.706.880 triệu đồng vốn đầu tư công kế hoạch năm 2024 trên tổng số 4.512.300 triệu đồng được giao, đạt 82,15% kế hoạch.",
     [F(3706880, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(4512300, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(82.15, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])

src("synthetic: tỉnh Hà Nam, ĐVSN tại 31/12/2024")
case("report", "tinh",
     "Tính đến ngày 31/12/2024, tỉnh Hà Nam có 386 đơn vị sự nghiệp công lập, trong đó 05 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 34 đơn vị tự bảo đảm chi thường xuyên, 118 đơn vị tự bảo đảm một phần chi thường xuyên và 229 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(386, "đơn vị", "tổng số ĐVSN công lập", "tinh", False, "BM6-2.1"),
      F(5, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", False, "BM6-2.2"),
      F(34, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", False, "BM6-2.3"),
      F(118, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", False, "BM6-2.4"),
      F(229, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", False, "BM6-2.5")])

src("synthetic: Sở Tài nguyên và Môi trường tỉnh Phú Thọ, quý III/2024")
case("report", "so_nganh",
     "Quý III/2024, Sở Tài nguyên và Môi trường tỉnh Phú Thọ đã giải quyết 5.318 hồ sơ, trong đó 5.204 hồ sơ đúng hạn, đạt 97,86%; 114 hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất.",
     [F(5318, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(5204, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(97.86, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
      F(114, "hồ sơ", "hồ sơ trễ hạn", "so_nganh")])

src("synthetic: Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh, năm 2024")
case("news", "tinh",
     "Năm 2024, Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh tiếp nhận 48.720 hồ sơ TTHC, trong đó 41.903 hồ sơ nộp trực tuyến, đạt 86,01%, cao hơn mức trung bình của cả nước.",
     [F(48720, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
      F(41903, "hồ sơ", "hồ sơ nộp trực tuyến", "trung_tam"),
      F(86.01, "%", "tỷ lệ hồ sơ nộp trực tuyến", "trung_tam")])

src("synthetic: tỉnh Bắc Giang, năm 2024 (thanh toán trực tuyến)")
case("report", "tinh",
     "Đến hết năm 2024, tỉnh Bắc Giang đã tích hợp, triển khai thanh toán trực tuyến đối với 1.238/1.472 TTHC có yêu cầu nghĩa vụ tài chính, đạt 84,10%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,6%.",
     [F(1238, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5.2"),
      F(1472, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", False, "BM7-6.5.1"),
      F(84.10, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5"),
      F(78.6, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh")])

src("synthetic: Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương, năm 2023")
case("report", "so_nganh",
     "Năm 2023, Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương đã giải quyết 9.406 hồ sơ TTHC, trong đó 9.398 hồ sơ đúng hạn, đạt 99,91%; 08 hồ sơ quá hạn, Sở đã gửi văn bản xin lỗi tổ chức, cá nhân theo quy định.",
     [F(9406, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(9398, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(99.91, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
      F(8, "hồ sơ", "hồ sơ quá hạn", "so_nganh")])

src("synthetic: Sở Nội vụ tỉnh Kon Tum, năm 2024 (thanh tra công vụ)")
case("report", "so_nganh",
     "Năm 2024, Sở Nội vụ tỉnh Kon Tum đã thanh tra việc tuyển dụng, quản lý, sử dụng công chức, viên chức tại 9 cơ quan, đơn vị; đến nay 7 cơ quan, đơn vị đã hoàn thành việc thực hiện kết luận thanh tra, đạt 77,78%.",
     [F(9, "đơn vị", "cơ quan, đơn vị được thanh tra", "so_nganh", False, "BM1-4.1"),
      F(7, "đơn vị", "cơ quan, đơn vị đã hoàn thành thực hiện kết luận thanh tra", "so_nganh"),
      F(77.78, "%", "tỷ lệ hoàn thành thực hiện kết luận thanh tra", "so_nganh", False, "BM1-4.2")])

src("synthetic: tỉnh Quảng Nam, năm 2024 (kỷ luật)")
case("report", "tinh",
     "Trong năm 2024, toàn tỉnh Quảng Nam có 02 lãnh đạo cấp sở, ngành và UBND cấp huyện, 11 lãnh đạo cấp phòng và 26 người làm việc tại các đơn vị sự nghiệp công lập bị xử lý kỷ luật.",
     [F(2, "người", "lãnh đạo cấp sở, ngành và UBND cấp huyện bị kỷ luật", "tinh", False, "BM5-4.2"),
      F(11, "người", "lãnh đạo cấp phòng bị kỷ luật", "tinh", False, "BM5-4.3"),
      F(26, "người", "người làm việc tại ĐVSN công lập bị kỷ luật", "tinh", False, "BM5-4.4")])

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
        cid = f"H20-B-{i:03d}"
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
