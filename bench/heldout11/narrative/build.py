# Builds and validates cases.csv for held-out set 11 (narrative reader), written blind.
# No pipeline code or tests were read. Every text is my own Vietnamese wording; figures,
# names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py  (writes cases.csv and sources_by_case.tsv next to this file, then re-reads and checks them)
import csv, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H11-N-"
C = []
SRC = None


def src(url):
    global SRC
    SRC = url


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


def rep(level, text, facts=()):
    C.append(("report", level, text, list(facts), SRC))


# ---------------------------------------------------------------- huyện Phú Giáo (Bình Dương), năm 2018 và quý I/2019
src("http://baobinhduong.vn/en/phu-giao-focuses-on-administrative-reform-tasks-in-2019-a199599.html")
rep("huyen", "Hiện nay, UBND huyện Phú Giáo đang thực hiện 296 thủ tục hành chính cấp huyện và 130 thủ tục hành chính cấp xã.",
    [F(296, "TTHC", "TTHC cấp huyện đang thực hiện", "huyen"),
     F(130, "TTHC", "TTHC cấp xã đang thực hiện", "xa")])
rep("huyen", "Năm 2018, Bộ phận tiếp nhận và trả kết quả cấp huyện tiếp nhận, giải quyết 26.684 hồ sơ; trong đó hơn 26.090 hồ sơ được giải quyết trước hạn và đúng hạn, đạt 99,31%; 181 hồ sơ trễ hạn, chiếm 0,69%.",
    [F(26684, "hồ sơ", "hồ sơ tiếp nhận, giải quyết", "huyen"),
     F(26090, "hồ sơ", "giải quyết trước hạn và đúng hạn", "huyen", True, "BM3-3.2.2"),
     F(99.31, "%", "tỷ lệ giải quyết trước hạn và đúng hạn", "huyen", False, "BM3-3.2"),
     F(181, "hồ sơ", "hồ sơ trễ hạn", "huyen"),
     F(0.69, "%", "tỷ lệ hồ sơ trễ hạn", "huyen")])
rep("huyen", "Riêng quý I/2019, Bộ phận tiếp nhận và trả kết quả cấp huyện đã giải quyết 7.068 hồ sơ.",
    [F(7068, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1")])

# ---------------------------------------------------------------- Sở Kế hoạch và Đầu tư Nghệ An, 6 tháng đầu năm 2019
src("https://baonghean.vn/en/nghe-an-chu-trong-cai-thien-moi-quan-he-giua-cong-dan-va-co-quan-hanh-chinh-10201601.html")
rep("so_nganh", "Trong 6 tháng đầu năm 2019, Sở Kế hoạch và Đầu tư Nghệ An rút ngắn thời gian cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trúng đấu giá, đấu thầu từ 15 ngày xuống 10 ngày, đối với dự án đã có chủ trương đầu tư từ 7 ngày xuống 2 ngày.")
rep("so_nganh", "Sở đã rà soát, chuẩn hóa 342 thủ tục hành chính thuộc phạm vi quản lý ở 4 lĩnh vực: đăng ký kinh doanh, thẩm định dự án, đầu tư trực tiếp và nông nghiệp, nông thôn.",
    [F(342, "TTHC", "TTHC được rà soát, chuẩn hóa", "so_nganh")])
rep("so_nganh", "Qua rà soát, số TTHC của Sở giảm từ 261 thủ tục công bố tại Quyết định số 2009/QĐ-UBND ngày 09/5/2016 xuống còn 150 thủ tục; riêng lĩnh vực đăng ký kinh doanh còn 103 thủ tục, lĩnh vực đầu tư tại Việt Nam còn 24 thủ tục.",
    [F(150, "TTHC", "TTHC của Sở sau rà soát", "so_nganh"),
     F(103, "TTHC", "TTHC lĩnh vực đăng ký kinh doanh", "so_nganh"),
     F(24, "TTHC", "TTHC lĩnh vực đầu tư tại Việt Nam", "so_nganh")])

# ---------------------------------------------------------------- Trung tâm Hành chính công và Xúc tiến đầu tư Quảng Nam, 27/4-3/5/2018
src("http://baoquangnam.vn/cai-cach-hanh-chinh/trung-binh-moi-ngay-co-180-luot-giao-dich-tai-trung-tam-hanh-chinh-cong-60246.html")
rep("so_nganh", "Từ ngày 27/4 đến 3/5/2018, Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh Quảng Nam đón 722 lượt tổ chức, công dân đến giao dịch, bình quân 180 lượt mỗi ngày.",
    [F(722, "lượt", "lượt tổ chức, công dân đến giao dịch", "trung_tam"),
     F(180, "lượt", "lượt giao dịch bình quân mỗi ngày", "trung_tam")])
rep("so_nganh", "Trong tuần, Trung tâm tiếp nhận 1.073 hồ sơ, giải quyết 1.014 hồ sơ, trong đó 1.006 hồ sơ đúng và trước hạn; tỷ lệ hồ sơ xử lý đúng hạn đạt 99,2%.",
    [F(1073, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
     F(1014, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam"),
     F(1006, "hồ sơ", "giải quyết đúng và trước hạn", "trung_tam"),
     F(99.2, "%", "tỷ lệ hồ sơ xử lý đúng hạn", "trung_tam")])
rep("so_nganh", "Trung tâm tiếp nhận và xử lý trực tuyến 46 hồ sơ, gồm 18 hồ sơ của Sở Tài nguyên và Môi trường, 17 hồ sơ của Sở Kế hoạch và Đầu tư, 8 hồ sơ của Sở Công Thương, 2 hồ sơ của Sở Ngoại vụ và 1 hồ sơ của Sở Giáo dục và Đào tạo.",
    [F(46, "hồ sơ", "hồ sơ tiếp nhận, xử lý trực tuyến", "trung_tam"),
     F(18, "hồ sơ", "hồ sơ trực tuyến của Sở Tài nguyên và Môi trường", "so_nganh"),
     F(17, "hồ sơ", "hồ sơ trực tuyến của Sở Kế hoạch và Đầu tư", "so_nganh"),
     F(8, "hồ sơ", "hồ sơ trực tuyến của Sở Công Thương", "so_nganh"),
     F(2, "hồ sơ", "hồ sơ trực tuyến của Sở Ngoại vụ", "so_nganh"),
     F(1, "hồ sơ", "hồ sơ trực tuyến của Sở Giáo dục và Đào tạo", "so_nganh")])
rep("so_nganh", "Các cơ quan có nhiều hồ sơ giao dịch nhất trong tuần là Công an tỉnh (420 hồ sơ), Sở Tư pháp (108 hồ sơ), Sở Giao thông vận tải (107 hồ sơ), Sở Công Thương (103 hồ sơ), Sở Lao động - Thương binh và Xã hội (99 hồ sơ) và Sở Kế hoạch và Đầu tư (72 hồ sơ).",
    [F(420, "hồ sơ", "hồ sơ giao dịch của Công an tỉnh", "so_nganh"),
     F(108, "hồ sơ", "hồ sơ giao dịch của Sở Tư pháp", "so_nganh"),
     F(107, "hồ sơ", "hồ sơ giao dịch của Sở Giao thông vận tải", "so_nganh"),
     F(103, "hồ sơ", "hồ sơ giao dịch của Sở Công Thương", "so_nganh"),
     F(99, "hồ sơ", "hồ sơ giao dịch của Sở Lao động - Thương binh và Xã hội", "so_nganh"),
     F(72, "hồ sơ", "hồ sơ giao dịch của Sở Kế hoạch và Đầu tư", "so_nganh")])
rep("so_nganh", "Tính từ ngày 2/1 đến 3/5/2018, Trung tâm đã giải quyết 20.280/22.229 hồ sơ tiếp nhận; tổng số phí, lệ phí thu được hơn 4,314 tỷ đồng.",
    [F(20280, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam"),
     F(22229, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"),
     F(4.314, "tỷ đồng", "phí, lệ phí thu được", "trung_tam", True)])

# ---------------------------------------------------------------- huyện Côn Đảo (Bà Rịa - Vũng Tàu), quý I/2021
src("https://condao.baria-vungtau.gov.vn/quy-i2021-bo-phan-mot-cua-da-giai-quyet-duoc-99-ho-so")
rep("huyen", "Quý I/2021, Bộ phận tiếp nhận và trả kết quả huyện Côn Đảo tiếp nhận 3.001 hồ sơ, gồm 3.000 hồ sơ tiếp nhận mới và 01 hồ sơ kỳ trước chuyển sang.",
    [F(3001, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
     F(3000, "hồ sơ", "hồ sơ tiếp nhận mới", "huyen"),
     F(1, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "huyen")])
rep("huyen", "Bộ phận đã giải quyết, trả kết quả 2.998 hồ sơ, đạt 99,9%; 03 hồ sơ đang giải quyết, chưa đến hạn, chiếm 0,1%.",
    [F(2998, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "huyen", False, "BM3-3.2.1"),
     F(99.9, "%", "tỷ lệ hồ sơ đã giải quyết, trả kết quả", "huyen"),
     F(3, "hồ sơ", "hồ sơ đang giải quyết, chưa đến hạn", "huyen"),
     F(0.1, "%", "tỷ lệ hồ sơ đang giải quyết", "huyen")])
rep("huyen", "Trong quý, UBND huyện kiện toàn Bộ phận Tiếp nhận và trả kết quả tại Quyết định số 37 ngày 21/01/2021 và ban hành Kế hoạch số 62 ngày 08/3/2021 về khảo sát mức độ hài lòng của người dân, tổ chức năm 2021; dự kiến tổ chức khảo sát trong quý III/2021.")

# ---------------------------------------------------------------- thành phố Hà Nội, năm 2019 và quý I/2020
src("http://hanoicapital.chinhphu.vn/hn-ranks-second-in-2019-administrative-reform-index")
rep("tinh", "Năm 2019, thành phố Hà Nội đạt Chỉ số cải cách hành chính 84,64%, xếp thứ hai trong 63 tỉnh, thành phố.",
    [F(84.64, "%", "Chỉ số CCHC năm 2019", "tinh")])
rep("tinh", "Thành phố đã xây dựng 1.717 quy trình nội bộ giải quyết thủ tục hành chính, công khai đầy đủ trên Cổng thông tin của UBND thành phố.",
    [F(1717, "quy trình", "quy trình nội bộ giải quyết TTHC đã xây dựng", "tinh")])
rep("tinh", "Năm 2019, các cơ quan hành chính của thành phố giải quyết đúng hạn 11,4 triệu hồ sơ, đạt 99,1%.",
    [F(11400000, "hồ sơ", "giải quyết đúng hạn", "tinh"),
     F(99.1, "%", "tỷ lệ giải quyết đúng hạn", "tinh")])
rep("tinh", "Quý I/2020, toàn thành phố giải quyết đúng hạn 1,87 triệu hồ sơ, đạt tỷ lệ 99,8%.",
    [F(1870000, "hồ sơ", "giải quyết đúng hạn", "tinh"),
     F(99.8, "%", "tỷ lệ giải quyết đúng hạn", "tinh")])
rep("tinh", "Hiện có 1.421/1.611 thủ tục hành chính được cung cấp trực tuyến ở mức độ 3 và 4, chiếm 89%, trong đó 388 thủ tục ở mức độ 4.",
    [F(1421, "TTHC", "TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh", False, "BM7-6.3.1"),
     F(1611, "TTHC", "tổng số TTHC", "tinh"),
     F(89, "%", "tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh"),
     F(388, "TTHC", "TTHC cung cấp trực tuyến mức độ 4", "tinh", False, "BM7-6.2.2")])
rep("tinh", "Thành phố đã tích hợp 48 dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia và dự kiến tích hợp thêm 200 dịch vụ vào cuối năm.",
    [F(48, "dịch vụ", "dịch vụ công trực tuyến tích hợp lên Cổng Dịch vụ công quốc gia", "tinh")])

# ---------------------------------------------------------------- PAR INDEX và SIPAS năm 2019 (công bố 5/2020)
src("https://english.vtv.vn/news/central-bank-quang-ninh-best-performers-in-2019-public-administration-reform-index-20200601002811313.htm")
rep("tinh", "Năm 2019, Chỉ số CCHC trung bình của 17 bộ, cơ quan ngang bộ đạt 85,63%, tăng 2,95% so với năm 2018; không có bộ nào dưới 80%.",
    [F(85.63, "%", "Chỉ số CCHC trung bình của các bộ, cơ quan ngang bộ", "")])
rep("tinh", "Có 15 bộ, cơ quan ngang bộ đạt điểm tối đa ở tiêu chí thực hiện cơ chế một cửa, tiêu chí lần đầu được đưa vào bộ chỉ số.",
    [F(15, "đơn vị", "bộ, cơ quan ngang bộ đạt điểm tối đa tiêu chí cơ chế một cửa", "")])
rep("tinh", "Trong khối địa phương, TP Hồ Chí Minh xếp thứ bảy với Chỉ số CCHC năm 2019 đạt 83,56%.",
    [F(83.56, "%", "Chỉ số CCHC năm 2019 của TP Hồ Chí Minh", "tinh")])
rep("tinh", "Giá trị trung bình Chỉ số CCHC năm 2019 của 63 tỉnh, thành phố đạt 81,15%, tăng 4,23% so với năm 2018 và là mức cao nhất trong bốn năm.",
    [F(81.15, "%", "Chỉ số CCHC trung bình của các tỉnh, thành phố", "")])
rep("tinh", "Chỉ số SIPAS năm 2019 của cả nước đạt 84,45%, tăng gần 1,5% so với năm 2018 và gần 2,3% so với năm 2017.",
    [F(84.45, "%", "Chỉ số SIPAS năm 2019", "")])
rep("tinh", "Trong 16 lĩnh vực dịch vụ được khảo sát, giao thông vận tải có mức hài lòng cao nhất (88,45%), đất đai - môi trường thấp nhất (79,06%).",
    [F(88.45, "%", "mức hài lòng lĩnh vực giao thông vận tải", ""),
     F(79.06, "%", "mức hài lòng lĩnh vực đất đai - môi trường", "")])
rep("tinh", "Chỉ số SIPAS của 63 tỉnh, thành phố dao động từ 73,81% đến 95,26%, trong đó 41 địa phương có chỉ số cao hơn năm trước.")

# ---------------------------------------------------------------- PAPI 2020 (công bố 14/4/2021)
src("https://www.vietmaz.com/2021/04/quang-ninh-provine-tops-public-administration-performance-index/")
rep("tinh", "Theo Báo cáo PAPI 2020 công bố ngày 14/4/2021, Quảng Ninh dẫn đầu cả nước với tổng điểm 48,881; xếp sau là Đồng Tháp (46,961) và Thái Nguyên (46,471).",
    [F(48.881, "điểm", "Chỉ số PAPI 2020 của Quảng Ninh", "tinh"),
     F(46.961, "điểm", "Chỉ số PAPI 2020 của Đồng Tháp", "tinh"),
     F(46.471, "điểm", "Chỉ số PAPI 2020 của Thái Nguyên", "tinh")])
rep("tinh", "Căn cứ điểm tổng hợp, 63 tỉnh, thành phố được chia thành bốn nhóm: 16 địa phương đạt điểm cao nhất, 16 địa phương trung bình cao, 15 địa phương trung bình thấp và 16 địa phương có điểm thấp nhất.",
    [F(16, "đơn vị", "địa phương thuộc nhóm điểm cao nhất PAPI 2020", ""),
     F(16, "đơn vị", "địa phương thuộc nhóm trung bình cao PAPI 2020", ""),
     F(15, "đơn vị", "địa phương thuộc nhóm trung bình thấp PAPI 2020", ""),
     F(16, "đơn vị", "địa phương thuộc nhóm điểm thấp nhất PAPI 2020", "")])
rep("tinh", "PAPI 2020 đo lường tám nội dung quản trị và hành chính công, đồng thời so sánh kết quả của các địa phương qua hai nhiệm kỳ 2011-2016 và 2016-2021.")

# ---------------------------------------------------------------- PAR INDEX và SIPAS năm 2020 (công bố 6/2021)
src("https://www.vietmaz.com/2021/06/quang-ninh-continues-to-top-country-in-public-administration-reform/")
rep("tinh", "Năm 2020, Quảng Ninh giữ vị trí dẫn đầu Chỉ số CCHC năm thứ tư liên tiếp và đứng đầu Chỉ số SIPAS lần thứ hai; Ngân hàng Nhà nước dẫn đầu 17 bộ, cơ quan ngang bộ lần thứ sáu.")

# ---------------------------------------------------------------- PAR INDEX năm 2016 (công bố 30/5/2017)
src("https://en.vietnamplus.vn/central-bank-da-nang-city-top-par-index-2016/112535.vnp")
rep("tinh", "Chỉ số CCHC năm 2016: Ngân hàng Nhà nước Việt Nam đứng đầu 19 bộ, cơ quan ngang bộ với 92,68%; thành phố Đà Nẵng dẫn đầu 63 tỉnh, thành phố với 90,32%.",
    [F(92.68, "%", "Chỉ số CCHC năm 2016 của Ngân hàng Nhà nước Việt Nam", ""),
     F(90.32, "%", "Chỉ số CCHC năm 2016 của Đà Nẵng", "tinh")])
rep("tinh", "Bộ Lao động - Thương binh và Xã hội đứng cuối khối bộ với 71,91%, tỉnh Hậu Giang xếp cuối khối địa phương với 62,55%.",
    [F(71.91, "%", "Chỉ số CCHC năm 2016 của Bộ Lao động - Thương binh và Xã hội", ""),
     F(62.55, "%", "Chỉ số CCHC năm 2016 của Hậu Giang", "tinh")])
rep("tinh", "Năm 2016 có 9 bộ, cơ quan ngang bộ đạt Chỉ số CCHC trên 80% và 10 đơn vị đạt từ 70% đến 80%; giá trị trung bình của 19 bộ, cơ quan là 80,94%.",
    [F(9, "đơn vị", "bộ, cơ quan ngang bộ đạt Chỉ số CCHC trên 80%", ""),
     F(10, "đơn vị", "bộ, cơ quan ngang bộ đạt Chỉ số CCHC từ 70% đến 80%", ""),
     F(80.94, "%", "Chỉ số CCHC trung bình của các bộ, cơ quan ngang bộ", "")])
rep("tinh", "Giá trị trung bình Chỉ số CCHC năm 2016 của 63 tỉnh, thành phố đạt 74,64%; Đà Nẵng là địa phương duy nhất thuộc nhóm A, với chỉ số trên 90%.",
    [F(74.64, "%", "Chỉ số CCHC trung bình của các tỉnh, thành phố", "")])
src("https://english.vtv.vn/news/danang-sbv-top-administrative-reform-list-20170531094038297.htm?mobile=false")
rep("tinh", "Ngày 30/5/2017, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC năm 2016 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố trực thuộc Trung ương.")

# ---------------------------------------------------------------- PAPI 2016 của tỉnh Đắk Nông
src("http://daknong.gov.vn/web/dak-nong-english/economic-news/-/view_content/2064439-2016-papi-index-of-daknong-province-stands-first-in-the-highlands-center-ar-2.html")
rep("tinh", "Năm 2016, Chỉ số PAPI của tỉnh Đắk Nông đạt 35,89 điểm, xếp thứ 31/63 tỉnh, thành phố, tăng 2,41 điểm và 24 bậc so với năm 2015.",
    [F(35.89, "điểm", "Chỉ số PAPI năm 2016", "tinh")])
rep("tinh", "Báo cáo PAPI 2016 được xây dựng từ trải nghiệm của 14.063 người dân được chọn ngẫu nhiên ở tất cả các tỉnh, thành phố.",
    [F(14063, "người", "người dân được khảo sát PAPI 2016", "")])
rep("tinh", "Điểm các nội dung của tỉnh: sự tham gia của người dân ở cấp cơ sở đạt 5,43/10 điểm, công khai, minh bạch 5,61/10 điểm, trách nhiệm giải trình với người dân 5,21/10 điểm.",
    [F(5.43, "điểm", "điểm nội dung tham gia của người dân ở cấp cơ sở", "tinh"),
     F(5.61, "điểm", "điểm nội dung công khai, minh bạch", "tinh"),
     F(5.21, "điểm", "điểm nội dung trách nhiệm giải trình với người dân", "tinh")])
rep("tinh", "Nội dung kiểm soát tham nhũng trong khu vực công đạt 5,94/10 điểm, thủ tục hành chính công 6,78/10 điểm và cung ứng dịch vụ công 6,93/10 điểm.",
    [F(5.94, "điểm", "điểm nội dung kiểm soát tham nhũng trong khu vực công", "tinh"),
     F(6.78, "điểm", "điểm nội dung thủ tục hành chính công", "tinh"),
     F(6.93, "điểm", "điểm nội dung cung ứng dịch vụ công", "tinh")])

# ---------------------------------------------------------------- Hải Phòng, Cổng dịch vụ công (5/2017)
src("http://en.vietnamplus.vn/hai-phong-launches-public-service-portal/111587.vnp")
rep("tinh", "Ngày 11/5/2017, UBND thành phố Hải Phòng khai trương Cổng dịch vụ công trực tuyến; cổng được xây dựng từ năm 2016 và đến nay đã cung cấp 173 dịch vụ công.",
    [F(173, "dịch vụ", "dịch vụ công cung cấp trên Cổng dịch vụ công", "tinh")])

# ---------------------------------------------------------------- huyện Lạc Sơn (Hòa Bình), giai đoạn 2015-2020
src("http://baohoabinh.com.vn/en/1/6611/Lac-S111n-district-streamlines-apparatus-to-enhance-administrative-re102orm.htm")
rep("huyen", "Giai đoạn 2015-2020, huyện Lạc Sơn đã trả 400 kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích.",
    [F(400, "hồ sơ", "kết quả giải quyết TTHC trả qua dịch vụ bưu chính công ích", "huyen")])
rep("huyen", "Từ đầu năm 2019, UBND huyện Lạc Sơn sử dụng hệ thống một cửa điện tử; hệ thống quản lý chất lượng theo tiêu chuẩn ISO 9001:2015 được áp dụng tại tất cả cơ quan, đơn vị và UBND các xã, thị trấn.")

# ---------------------------------------------------------------- tỉnh Gia Lai, quý III/2025 (làm việc với Đoàn kiểm tra của Bộ Nội vụ)
src("https://www.vietnam.vn/en/doan-kiem-tra-cai-cach-hanh-chinh-cua-bo-noi-vu-lam-viec-voi-ubnd-tinh-gia-lai")
rep("tinh", "Kế hoạch CCHC năm 2025 của tỉnh Gia Lai xác định 34 nhiệm vụ trọng tâm cho 6 tháng cuối năm; đến nay tỉnh đã triển khai, hoàn thành 22 nhiệm vụ.",
    [F(34, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "tinh", False, "BM1-2.1"),
     F(22, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh", False, "BM1-2.2")])
rep("tinh", "Từ ngày 01/01/2025 đến nay, Chính phủ, Thủ tướng Chính phủ giao tỉnh 86 nhiệm vụ; tỉnh đã hoàn thành đúng hạn 82 nhiệm vụ, 4 nhiệm vụ đang xử lý trong hạn.",
    [F(86, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao", "tinh", False, "BM1-5.1"),
     F(82, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", False, "BM1-5.2"),
     F(4, "nhiệm vụ", "nhiệm vụ đang xử lý trong hạn", "tinh")])
rep("tinh", "Toàn tỉnh hiện có 2.205 thủ tục hành chính, trong đó 1.876 TTHC cấp tỉnh, 415 TTHC cấp xã và 86 TTHC thực hiện ở cả hai cấp.",
    [F(2205, "TTHC", "tổng số TTHC", "tinh", False, "BM3-1.4"),
     F(1876, "TTHC", "TTHC cấp tỉnh", "so_nganh", False, "BM3-1.4.1"),
     F(415, "TTHC", "TTHC cấp xã", "xa", False, "BM3-1.4.3"),
     F(86, "TTHC", "TTHC thực hiện ở cả hai cấp", "tinh")])
rep("tinh", "Từ ngày 01/7 đến 30/9/2025, toàn tỉnh tiếp nhận 365.855 hồ sơ, đã giải quyết, trả kết quả 342.183 hồ sơ, 23.584 hồ sơ đang giải quyết; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 97,5%.",
    [F(365855, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
     F(342183, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "tinh"),
     F(23584, "hồ sơ", "hồ sơ đang giải quyết", "tinh"),
     F(97.5, "%", "tỷ lệ giải quyết trước và đúng hạn", "tinh")])
rep("tinh", "Tỉnh đã cung cấp 877 dịch vụ công trực tuyến toàn trình, đạt 85,7% tổng số dịch vụ công đủ điều kiện.",
    [F(877, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
     F(85.7, "%", "tỷ lệ dịch vụ công trực tuyến toàn trình", "tinh")])

# ---------------------------------------------------------------- tỉnh Gia Lai, ba tháng vận hành chính quyền hai cấp
src("https://en.baogialai.com.vn/gia-lais-two-tier-local-government-model-shows-positive-results-after-three-months-post364.html")
rep("tinh", "Từ tháng 7/2025 đến nay, tỉnh Gia Lai tiếp nhận 293.275 hồ sơ TTHC, đã giải quyết 269.439 hồ sơ, trong đó 262.589 hồ sơ hoàn thành đúng hoặc trước hạn, chiếm gần 92%.",
    [F(293275, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
     F(269439, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
     F(262589, "hồ sơ", "giải quyết đúng hoặc trước hạn", "tinh"),
     F(92, "%", "tỷ lệ giải quyết đúng hoặc trước hạn", "tinh", True)])
rep("tinh", "Trong số hồ sơ trên, các cơ quan cấp tỉnh tiếp nhận 75.566 hồ sơ, chính quyền cấp xã tiếp nhận 217.709 hồ sơ.",
    [F(75566, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
     F(217709, "hồ sơ", "hồ sơ tiếp nhận", "xa")])
rep("tinh", "Hội nghị do Bí thư Tỉnh ủy Hồ Quốc Dũng chủ trì, kết nối trực tuyến với ban thường vụ đảng ủy 135 xã, phường trong tỉnh.")

# ---------------------------------------------------------------- tỉnh Cà Mau, sắp xếp đơn vị sự nghiệp (31/12/2025)
src("https://news.laodong.vn/xa-hoi/ca-mau-sap-xep-hang-loat-don-vi-su-nghiep-cong-lap-1634114.ldo")
rep("tinh", "UBND tỉnh Cà Mau quyết định sắp xếp 6 ban quản lý dự án chuyên ngành cấp tỉnh còn 3 ban, hợp nhất 2 trung tâm phát triển quỹ đất và trình Bộ Giáo dục và Đào tạo sắp xếp 6 trường cao đẳng còn 2 trường.")
rep("tinh", "Sau sắp xếp, tỉnh giảm 8 đơn vị sự nghiệp thuộc UBND tỉnh và 68 tổ chức bên trong, đồng thời giảm 39 biên chế viên chức hưởng lương từ ngân sách nhà nước.",
    [F(39, "biên chế", "biên chế viên chức hưởng lương ngân sách được giảm", "tinh")])
rep("tinh", "Tỉnh giải thể 6 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên khu vực, chuyển chức năng, nhiệm vụ về Trung tâm Giáo dục thường xuyên Bạc Liêu và giảm 23 biên chế công chức.",
    [F(23, "biên chế", "biên chế công chức được giảm", "tinh")])
rep("tinh", "Ở lĩnh vực y tế, sau sắp xếp giảm 24 khoa, phòng; 64 trạm y tế thuộc 16 trung tâm y tế khu vực được chuyển về cấp xã quản lý theo địa giới hành chính.")

# ---------------------------------------------------------------- Sở Nội vụ tỉnh Sóc Trăng (6/2025)
src("https://news.laodong.vn/thoi-su/dam-bao-tien-do-sap-xep-to-chuc-bo-may-sau-hop-nhat-can-tho-soc-trang-hau-giang-1525967.ldo")
rep("so_nganh", "Về chính sách nghỉ việc theo chế độ, đến nay Sở Nội vụ tỉnh Sóc Trăng đã tiếp nhận 882 hồ sơ, trong đó 474 hồ sơ của cấp xã.",
    [F(882, "hồ sơ", "hồ sơ xin nghỉ việc theo chế độ", "tinh"),
     F(474, "hồ sơ", "hồ sơ xin nghỉ việc theo chế độ", "xa")])
rep("so_nganh", "Dự kiến trước ngày 20/6/2025, Sở hoàn thành phương án tăng cường nhân sự cho cấp xã, trình UBND tỉnh xem xét, phê duyệt.")

# ---------------------------------------------------------------- tỉnh Sóc Trăng, kỳ họp HĐND chuyên đề (17/02/2025)
src("https://news.laodong.vn/thoi-su/soc-trang-giam-5-co-quan-chuyen-mon-thuoc-ubnd-tinh-1464403.ldo")
rep("tinh", "Ngày 17/02/2025, HĐND tỉnh Sóc Trăng họp kỳ thứ 29 (chuyên đề), thông qua việc sắp xếp 16 cơ quan chuyên môn thuộc UBND tỉnh; sau sắp xếp, tỉnh còn 13 cơ quan chuyên môn.")

# ---------------------------------------------------------------- tỉnh Đắk Nông, kế hoạch tinh giản biên chế (3/2025)
src("https://news.laodong.vn/xa-hoi/dak-nong-giam-20-cong-chuc-vien-chuc-huong-luong-ngan-sach-1477364.ldo")
rep("tinh", "Kế hoạch tinh giản biên chế do UBND tỉnh Đắk Nông ban hành đặt mục tiêu giảm 20% công chức, viên chức hưởng lương từ ngân sách nhà nước (trừ giáo viên và nhân viên y tế).")

# ---------------------------------------------------------------- tỉnh Kon Tum, hồ sơ chậm tháng 2-3/2025
src("https://news.laodong.vn/xa-hoi/gia-lai-kon-tum-yeu-cau-cong-chuc-viet-phieu-xin-loi-nguoi-dan-khi-ho-so-tre-han-1521883.ldo")
rep("tinh", "Qua rà soát, riêng tháng 2 và tháng 3/2025, tại 7 huyện, thành phố của tỉnh Kon Tum có 81 hồ sơ bị chậm, chủ yếu ở các chi nhánh Văn phòng đăng ký đất đai.",
    [F(81, "hồ sơ", "hồ sơ chậm hạn", "huyen")])
rep("tinh", "Sở Nông nghiệp và Môi trường yêu cầu 100% hồ sơ TTHC quá hạn phải có báo cáo giải trình gửi thủ trưởng cơ quan, đơn vị và phiếu xin lỗi, hẹn lại ngày trả kết quả.")

# ---------------------------------------------------------------- xã Đông Khê, kiểm tra CCHC năm 2025
src("https://www.vietnam.vn/en/kiem-tra-cai-cach-hanh-chinh-ky-luat-ky-cuong-hanh-chinh-va-van-hoa-cong-vu-tai-ubnd-xa-dong-khe")
rep("xa", "Kế hoạch CCHC năm 2025 của UBND xã Đông Khê đề ra 41 nhiệm vụ cụ thể; đến nay xã đã hoàn thành 31 nhiệm vụ, đạt 75,6%, 10 nhiệm vụ còn lại đang tiếp tục thực hiện và sẽ được đánh giá vào cuối năm.",
    [F(41, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", False, "BM1-2.1"),
     F(31, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", False, "BM1-2.2"),
     F(75.6, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", False, "BM1-2"),
     F(10, "nhiệm vụ", "nhiệm vụ đang tiếp tục thực hiện", "xa")])

# ---------------------------------------------------------------- huyện Bàu Bàng (Bình Dương), tổng kết 2021-2025
src("https://newfe.baobinhduong.vn/en/administrative-reform-work-in-bau-bang-achieves-many-positive-results-a348685.html")
rep("huyen", "Tỷ lệ hồ sơ nộp qua dịch vụ công trực tuyến mức độ 3, 4 của huyện Bàu Bàng đạt 43,9% năm 2022, 64,5% năm 2023 và 85,12% năm 2024; dự kiến hết quý I/2025 đạt trên 98%.",
    [F(43.9, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3, 4 năm 2022", "huyen", False, "BM7-6.4"),
     F(64.5, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3, 4 năm 2023", "huyen", False, "BM7-6.4"),
     F(85.12, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3, 4 năm 2024", "huyen", False, "BM7-6.4")])
rep("huyen", "Đến nay, 100% hồ sơ TTHC của huyện được tiếp nhận và số hóa đầy đủ; tỷ lệ hồ sơ thanh toán trực tuyến đạt 99%.",
    [F(100, "%", "tỷ lệ hồ sơ được số hóa đầy đủ", "huyen"),
     F(99, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "huyen")])
rep("huyen", "Ngày 11/6/2025, UBND huyện Bàu Bàng tổng kết 5 năm (2021-2025) thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030.")

# ---------------------------------------------------------------- tỉnh Hòa Bình, làm việc với Văn phòng Chính phủ (13/4)
src("https://en.baohoabinh.com.vn/5/8321/Provincial-Peoples-Committee-works-with-Government-Office-111n-innovating-single-window-mechanism-implementati111n.htm")
rep("tinh", "Hệ thống giải quyết TTHC của tỉnh Hòa Bình đã kết nối cả ba cấp tỉnh, huyện, xã, cung cấp 1.113 dịch vụ công trực tuyến toàn trình và 745 dịch vụ công trực tuyến một phần.",
    [F(1113, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
     F(745, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh")])
rep("tinh", "Tính đến ngày 31/3, tỉnh đã cung cấp 1.343/1.868 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia, đạt 71,9%.",
    [F(1343, "dịch vụ", "dịch vụ công trực tuyến cung cấp trên Cổng Dịch vụ công quốc gia", "tinh"),
     F(1868, "dịch vụ", "tổng số dịch vụ công", "tinh"),
     F(71.9, "%", "tỷ lệ dịch vụ công cung cấp trên Cổng Dịch vụ công quốc gia", "tinh")])
rep("tinh", "Sáng 13/4, UBND tỉnh Hòa Bình làm việc với đoàn công tác của Văn phòng Chính phủ do Phó Cục trưởng Cục Kiểm soát thủ tục hành chính Nguyễn Duy Hoàng dẫn đầu.")

# ---------------------------------------------------------------- Bộ Nội vụ, Báo cáo 6044/BC-BNV (kết quả CCHC năm 2016)
src("https://scribd.com/document/508074001/Report-MOHA2016")
rep("tinh", "Tính đến ngày 19/12/2016, Bộ Nội vụ đã nhận được báo cáo kết quả CCHC năm 2016 của 25/30 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và 60/63 tỉnh, thành phố trực thuộc Trung ương.",
    [F(25, "cơ quan", "bộ, cơ quan đã gửi báo cáo CCHC năm 2016", ""),
     F(30, "cơ quan", "tổng số bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", ""),
     F(60, "đơn vị", "tỉnh, thành phố đã gửi báo cáo CCHC năm 2016", ""),
     F(63, "đơn vị", "tổng số tỉnh, thành phố", "")])
rep("tinh", "Báo cáo số 6044/BC-BNV ngày 20/12/2016 tổng hợp việc thực hiện Nghị quyết số 30c/NQ-CP và Quyết định số 225/QĐ-TTg ngày 04/02/2016 về Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020.")

# ---------------------------------------------------------------- sắp xếp đơn vị hành chính 2019-2021 (Nghệ An)
src("https://baonghean.vn/en/sap-xep-cac-don-vi-hanh-chinh-ca-nuoc-giam-560-xa-va-6-huyen-10208400.html")
rep("tinh", "Theo Bộ Nội vụ, sau khi sắp xếp đơn vị hành chính, cả nước giảm 6 đơn vị hành chính cấp huyện và 560 đơn vị hành chính cấp xã.")
rep("tinh", "Sau sắp xếp, tỉnh Nghệ An còn 460 xã, giảm 20 xã; toàn tỉnh có 5.884 thôn, xóm, khối, trong đó 3.708 đơn vị thuộc diện sáp nhập; sau sáp nhập giảm 1.991 đơn vị, còn 3.983 thôn, xóm, khối.")
src("https://baonghean.vn/en/nghe-an-thanh-lap-5-to-cong-tac-ra-soat-nghien-cuu-dinh-huong-viec-sap-xep-don-vi-hanh-chinh-10293870.html")
rep("tinh", "Chủ tịch UBND tỉnh Nghệ An quyết định thành lập 5 tổ công tác rà soát, nghiên cứu, định hướng sắp xếp đơn vị hành chính các cấp; các tổ phải hoàn thành nhiệm vụ trước ngày 07/4/2025.")

# ---------------------------------------------------------------- Bộ Nội vụ, đề xuất tinh giản biên chế (4/2016)
src("https://e.vnexpress.net/news/news/government-to-downsize-staff-cut-10-percent-payroll-says-new-home-affairs-minister-3390470.html")
rep("tinh", "Bộ Nội vụ đề xuất giảm ít nhất 10% số người hưởng lương từ ngân sách nhà nước trong 5 năm tới.")

# ---------------------------------------------------------------- thành phố Cần Thơ sau sắp xếp (10/2025)
src("https://vjs.vietnam.vn/en/thu-tuong-kiem-tra-van-hanh-chinh-quyen-dia-phuong-2-cap-tai-can-tho")
rep("tinh", "Tổng số cán bộ, công chức, viên chức cấp thành phố hiện có mặt là 25.958 người, gồm 2.137 cán bộ, công chức và 23.821 viên chức.",
    [F(25958, "người", "cán bộ, công chức, viên chức cấp thành phố hiện có mặt", "so_nganh"),
     F(2137, "người", "cán bộ, công chức cấp thành phố hiện có mặt", "so_nganh"),
     F(23821, "người", "viên chức cấp thành phố hiện có mặt", "so_nganh")])
rep("tinh", "Sau sắp xếp, thành phố Cần Thơ có 103 xã, phường, gồm 31 phường và 72 xã, với 299 phòng chuyên môn.")

# ---------------------------------------------------------------- tỉnh Phú Thọ, năm 2017
src("http://en.baophutho.vn/society/201801/administrative-reform-creating-leverage-for-development-485")
rep("tinh", "Năm 2017, Chủ tịch UBND tỉnh Phú Thọ ban hành 17 quyết định công bố thủ tục hành chính với tổng số 1.181 thủ tục.",
    [F(17, "văn bản", "quyết định công bố TTHC", "tinh"),
     F(1181, "TTHC", "TTHC được công bố", "tinh")])
rep("tinh", "Sở Y tế rà soát, cắt giảm thời gian giải quyết 100 thủ tục; Sở Nội vụ cắt giảm quy trình, thời gian giải quyết 99 thủ tục; Sở Tài nguyên và Môi trường đề xuất rút ngắn thời gian giải quyết 7 thủ tục.",
    [F(100, "TTHC", "TTHC được cắt giảm thời gian giải quyết (Sở Y tế)", "so_nganh"),
     F(99, "TTHC", "TTHC được cắt giảm quy trình, thời gian (Sở Nội vụ)", "so_nganh"),
     F(7, "TTHC", "TTHC được đề xuất rút ngắn thời gian (Sở Tài nguyên và Môi trường)", "so_nganh")])

# ---------------------------------------------------------------- tỉnh Thanh Hóa, Trung tâm Hành chính công (11/2017)
src("https://en-us.thanhhoa.gov.vn/portal/Pages/2018-3-19/Opening-of-the-Thanh-Hoa-Provincial-Administrationntkxbs.aspx")
rep("tinh", "Sáng 28/11/2017, UBND tỉnh Thanh Hóa khai trương Trung tâm Hành chính công tỉnh, thay thế bộ phận một cửa, một cửa liên thông đặt tại từng sở, ngành.")

# ---------------------------------------------------------------- tỉnh Hưng Yên, PAR INDEX 2021
src("https://en.hungyen.gov.vn/portal/pages/print.aspx?p=18192")
rep("tinh", "Năm 2021, tỉnh Hưng Yên đạt Chỉ số CCHC 88,34 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 10 bậc so với năm 2020.",
    [F(88.34, "điểm", "Chỉ số CCHC năm 2021", "tinh")])
rep("tinh", "Tỉnh đã ban hành 24 văn bản, gồm các quyết định và kế hoạch, để triển khai nhiệm vụ CCHC; nội dung xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật đạt điểm tối đa 5/5 điểm.",
    [F(24, "văn bản", "văn bản triển khai nhiệm vụ CCHC", "tinh"),
     F(5, "điểm", "điểm nội dung xây dựng và thực hiện văn bản QPPL", "tinh")])

rep("tinh", "Toàn bộ 100% TTHC thuộc thẩm quyền giải quyết của tỉnh, cơ quan ngành dọc, UBND cấp huyện và cấp xã được tiếp nhận, trả kết quả tại bộ phận một cửa các cấp.",
    [F(100, "%", "tỷ lệ TTHC tiếp nhận, trả kết quả tại bộ phận một cửa", "tinh")])

# ---------------------------------------------------------------- PAR INDEX 2019, thông báo họp công bố (5/2020)
src("https://vietnamnet.vn/en/politics/public-administration-reform-index-2019-to-be-released-on-may-19-641956.html")
rep("tinh", "Ngày 19/5/2020, Bộ Nội vụ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2019 của 19 bộ, cơ quan ngang bộ và 63 tỉnh, thành phố, cùng Chỉ số SIPAS 2019.")

# ---------------------------------------------------------------- tỉnh Vĩnh Phúc, cải cách hành chính (12/2022)
src("https://vccinews.com/news/48697/promoting-administrative-reforms-to-better-serve-people-and-businesses.html")
rep("tinh", "Tỉnh Vĩnh Phúc thực hiện nguyên tắc “bốn tại chỗ” tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa cấp huyện, cấp xã, đồng thời yêu cầu cắt giảm, đơn giản hóa ít nhất 20% thủ tục hành chính.")

# ---------------------------------------------------------------- tỉnh Tiền Giang, Báo cáo 31/BCĐ-CCHC (2005)
src("https://docest.com/doc/434830/regarding-results-of-the-exaimination-of-public-administration-reform-implementation-in")
rep("tinh", "Từ ngày 07/6 đến 16/6/2005, Ban Chỉ đạo CCHC tỉnh Tiền Giang kiểm tra việc thực hiện Nghị quyết số 14/NQ-TU ngày 14/10/2004 của Tỉnh ủy và Chương trình hành động số 1320/CV-UB ngày 03/12/2004 của UBND tỉnh.")


# ---------------------------------------------------------------- tỉnh Bắc Giang, sáng kiến CCHC năm 2020
src("https://en.vietnamplus.vn/bac-giang-applying-good-practices-in-administrative-reform/197285.vnp")
rep("tinh", "Năm 2020, các cơ quan, địa phương trong tỉnh Bắc Giang đăng ký 44 sáng kiến, giải pháp mới về cải cách hành chính, trong đó có mô hình “5 tại chỗ” tại Trung tâm Phục vụ hành chính công tỉnh.",
    [F(44, "sáng kiến", "sáng kiến, giải pháp mới về CCHC được đăng ký", "tinh")])
rep("tinh", "Tỉnh tiếp tục đẩy mạnh giải quyết TTHC trên môi trường điện tử theo Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.")

# ---------------------------------------------------------------- tỉnh Quảng Ninh, trụ sở Trung tâm Hành chính công (9/2019)
src("https://fr.vietnamplus.vn/quang-ninh-inaugure-le-siege-de-son-centre-dadministration-publique/126990.vnp")
rep("tinh", "Ngày 3/9/2019, tỉnh Quảng Ninh khánh thành trụ sở Trung tâm Hành chính công tỉnh, công trình 6 tầng với tổng diện tích sàn 7.650 m2, vốn đầu tư hơn 149 tỷ đồng, khởi công ngày 26/11/2018 và hoàn thành sau 9 tháng.")

# ---------------------------------------------------------------- tỉnh Tiền Giang, hội nghị đánh giá CCHC năm 2020
src("https://en.vietnamplus.vn/tien-giang-stepping-up-administrative-reform-to-foster-socioeconomic-development/197158.vnp")
rep("tinh", "Ngày 4/3/2021, UBND tỉnh Tiền Giang tổ chức hội nghị trực tuyến đánh giá kết quả đẩy mạnh cải cách hành chính và ứng dụng công nghệ thông tin trong cơ quan nhà nước năm 2020.")

# ---------------------------------------------------------------- thành phố Cần Thơ, tổng kết CCHC 2021-2025
src("https://news.laodong.vn/xa-hoi/can-tho-khan-truong-khac-phuc-tinh-trang-tre-han-thu-tuc-hanh-chinh-1513492.ldo")
rep("tinh", "Theo Cổng Dịch vụ công quốc gia, mức độ hài lòng của người dân, doanh nghiệp với việc giải quyết TTHC của thành phố Cần Thơ đạt 81,98% năm 2022 và 93,08% năm 2023.",
    [F(81.98, "%", "mức độ hài lòng trong giải quyết TTHC năm 2022", "tinh"),
     F(93.08, "%", "mức độ hài lòng trong giải quyết TTHC năm 2023", "tinh")])


# ---------------------------------------------------------------- tỉnh Lào Cai, Trung tâm Phục vụ hành chính công (khai trương 14/10)
src("https://doingoailaocai.vn/en/bai-viet/11339")
rep("tinh", "Năm 2019, Chỉ số CCHC của tỉnh Lào Cai xếp thứ 15/63 tỉnh, thành phố và Chỉ số PAPI xếp thứ 13/63; ngày 14/10, tỉnh khai trương Trung tâm Phục vụ hành chính công.")

# ---------------------------------------------------------------- tỉnh Lào Cai, hiện đại hóa hành chính (năm 2024)
src("https://doingoailaocai.vn/en/bai-viet/23443")
rep("tinh", "Năm 2024, trên 98% văn bản điện tử của tỉnh Lào Cai được ký số và luân chuyển qua hệ thống quản lý văn bản, điều hành; 100% cơ quan hành chính nhà nước từ cấp tỉnh đến cấp xã sử dụng hệ thống này.",
    [F(98, "%", "tỷ lệ văn bản điện tử được ký số, luân chuyển qua hệ thống", "tinh", True),
     F(100, "%", "tỷ lệ cơ quan hành chính sử dụng hệ thống quản lý văn bản", "tinh")])
rep("tinh", "Đến cuối năm 2024, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã được kết nối mạng WAN nội bộ và Internet tốc độ cao.",
    [F(100, "%", "tỷ lệ cơ quan nhà nước kết nối mạng WAN và Internet tốc độ cao", "tinh")])


# ================================================================ write + validate
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
codes = set()
with open(CATALOG, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add(f"BM{r['form']}-{r['code']}")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def printed_forms(v):
    """Vietnamese renderings of a value that may appear in the text."""
    out = set()
    if float(v).is_integer():
        n = int(v)
        s = f"{n:,}".replace(",", ".")
        out |= {s, str(n), f"{n:02d}"}
        for mag, word in ((1_000_000, "triệu"), (1000, "nghìn"), (1000, "ngàn")):
            if n % (mag // 100) == 0 and n >= mag:
                x = n / mag
                xs = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                out.add(f"{xs} {word}")
    else:
        s = repr(float(v))
        ip, fp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        out |= {f"{ipf},{fp}", f"{ip},{fp}"}
    return out


rows, srcrows, texts, errs = [], [], set(), []
for i, (kind, level, text, facts, url) in enumerate(C, 1):
    cid = f"{PREFIX}{i:03d}"
    text = nfc(text)
    if level not in LEVELS:
        errs.append(f"{cid}: level {level}")
    if text in texts:
        errs.append(f"{cid}: duplicate text")
    texts.add(text)
    for fa in facts:
        for k in ("measure", "unit"):
            fa[k] = nfc(fa[k])
        if fa["scope"] not in SCOPES:
            errs.append(f"{cid}: scope {fa['scope']}")
        if fa["code"] and fa["code"] not in codes:
            errs.append(f"{cid}: code {fa['code']}")
        if not any(p in text for p in printed_forms(fa["value"])):
            errs.append(f"{cid}: value {fa['value']} not printed")
    rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    srcrows.append([cid, url])

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    f.write("case_id\tsource\n")
    for r in srcrows:
        f.write("\t".join(r) + "\n")

# re-read
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    rd = list(csv.reader(f))
assert rd[0] == ["case_id", "source_kind", "doc_level", "text", "facts"], rd[0]
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
for r in rd[1:]:
    assert len(r) == 5, r
    fs = json.loads(r[4])
    assert isinstance(fs, list)
    for fa in fs:
        assert list(fa.keys()) == KEYS, fa
        assert isinstance(fa["value"], (int, float)) and not isinstance(fa["value"], bool)
        assert isinstance(fa["approx"], bool)
    for cell in r:
        assert unicodedata.normalize("NFC", cell) == cell
if errs:
    print("\n".join(errs))
    sys.exit(1)
n = len(rd) - 1
nf = sum(len(json.loads(r[4])) for r in rd[1:])
ne = sum(1 for r in rd[1:] if r[4] == "[]")
print(f"cases {n}, facts {nf}, empty {ne} ({ne/n:.0%}), approx {sum(fa['approx'] for r in rd[1:] for fa in json.loads(r[4]))}, "
      f"coded {sum(1 for r in rd[1:] for fa in json.loads(r[4]) if fa['code'])}")
