# Builds and validates cases.csv for held-out set 8 (narrative reader).
# Written blind (no pipeline code or tests read). Every text is my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py   (writes cases.csv and sources_by_case.tsv next to this file, re-reads and validates)
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H8-N-"

C = []          # (source_kind, doc_level, text, facts, source)
SRC = None


def src(url):
    global SRC
    SRC = url


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


def news(level, text, facts=()):
    C.append(("news", level, text, list(facts), SRC))


def rep(level, text, facts=()):
    C.append(("report", level, text, list(facts), SRC))


# ------------------------------------------------------------ Hà Tĩnh, công bố bộ TTHC (year not given on the page)
src("http://hatinh24h.com.vn/ha-tinh-cong-bo-cac-bo-thu-tuc-hanh-chinh-thuoc-tham-quyen-giai-quyet-cua-cac-so-ban-nganh-va-cap-huyen-xa-a56345.html")
news("tinh", "Chiều 11/9, UBND tỉnh Hà Tĩnh tổ chức lễ công bố và trao các bộ TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành, UBND cấp huyện và cấp xã cho các đơn vị.")
news("tinh", "Hiện Hà Tĩnh có 1.819 TTHC liên quan trực tiếp đến người dân, doanh nghiệp; trong đó 1.367 thủ tục thuộc phạm vi giải quyết của 19 sở, ban, ngành cấp tỉnh, 285 thủ tục cấp huyện và 167 thủ tục cấp xã.",
     [F(1819, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", code="BM3-1.4"),
      F(1367, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
      F(285, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
      F(167, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])

# ------------------------------------------------------------ Lai Châu, 6 tháng đầu năm 2017
src("https://www.vccinews.com/prode/35448/.html")
rep("tinh", "Trong 6 tháng đầu năm 2017, trên địa bàn tỉnh Lai Châu có 1.224 TTHC cấp tỉnh, 230 TTHC cấp huyện và 135 TTHC cấp xã được giải quyết theo cơ chế một cửa, một cửa liên thông.",
    [F(1224, "TTHC", "TTHC cấp tỉnh giải quyết theo cơ chế một cửa", "so_nganh"),
     F(230, "TTHC", "TTHC cấp huyện giải quyết theo cơ chế một cửa", "huyen"),
     F(135, "TTHC", "TTHC cấp xã giải quyết theo cơ chế một cửa", "xa")])
rep("tinh", "Tính đến hết quý II/2017, toàn tỉnh có 136 cơ quan, đơn vị áp dụng cơ chế một cửa, một cửa liên thông; cơ chế một cửa điện tử đã được triển khai tại 5 đơn vị cấp huyện và 2 đơn vị cấp xã.",
    [F(136, "đơn vị", "cơ quan, đơn vị áp dụng cơ chế một cửa, một cửa liên thông", "tinh"),
     F(5, "đơn vị", "đơn vị cấp huyện triển khai một cửa điện tử", "huyen"),
     F(2, "đơn vị", "đơn vị cấp xã triển khai một cửa điện tử", "xa")])
rep("tinh", "Việc xây dựng chính sách được thực hiện theo Luật Ban hành văn bản quy phạm pháp luật năm 2015; các dự thảo văn bản do sở, ngành chủ trì soạn thảo đều được cơ quan tư pháp thẩm định trước khi trình UBND tỉnh ban hành hoặc trình HĐND tỉnh.")
rep("tinh", "Về ứng dụng công nghệ thông tin, 100% cơ quan nhà nước của tỉnh đã được trang bị máy tính; các cơ quan cấp tỉnh và cấp huyện đều có mạng nội bộ (LAN).",
    [F(100, "%", "tỷ lệ cơ quan nhà nước được trang bị máy tính", "tinh")])

# ------------------------------------------------------------ Lai Châu, 3 tháng chính quyền hai cấp (2025)
src("https://en.diendandoanhnghiep.vn/lai-chau-authorities-accompany-businesses-fornbsp-steady-growth-n43775.html")
news("tinh", "Sau ba tháng vận hành chính quyền địa phương hai cấp, 100% xã, phường của tỉnh Lai Châu đã đưa Bộ phận Một cửa vào hoạt động; tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn đạt 98,8%.",
     [F(100, "%", "tỷ lệ xã, phường có Bộ phận Một cửa hoạt động", "xa"),
      F(98.8, "%", "tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", "tinh")])

# ------------------------------------------------------------ Điện Biên, CCHC 2025
src("https://en.baodienbienphu.com.vn/kinh-te/dien-bien-promotes-administrative-reform-to-attract-investment-0CoxW0BHg.html")
rep("tinh", "UBND tỉnh Điện Biên đã ban hành quyết định, kế hoạch rà soát, đánh giá TTHC năm 2025 đối với 67 thủ tục thuộc 15 lĩnh vực, trọng tâm là đầu tư, đất đai, xây dựng và môi trường.")
rep("tinh", "Trong kỳ, tỉnh đã cập nhật, công khai 384 TTHC được sửa đổi, bổ sung; 100% cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện và cấp xã đã thành lập Bộ phận tiếp nhận và trả kết quả.",
    [F(384, "TTHC", "TTHC sửa đổi, bổ sung được cập nhật, công khai", "tinh"),
     F(100, "%", "tỷ lệ cơ quan, địa phương đã thành lập Bộ phận tiếp nhận và trả kết quả", "tinh")])

src("https://news.laodong.vn/thoi-su/de-nghi-som-ban-hanh-dinh-muc-can-bo-cong-chuc-cap-xa-1549442.ldo")
rep("tinh", "Sau sắp xếp, số cơ quan chuyên môn thuộc UBND tỉnh Điện Biên giảm từ 19 xuống 14 cơ quan (giảm 26,3%), còn 83 phòng (giảm 29,1%); đơn vị sự nghiệp công lập thuộc sở giảm từ 97 xuống 80 đơn vị (giảm 17,5%).")

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/green-lane-for-dien-bien-xNWdd6Dvg.html")
news("tinh", "Theo Công văn số 410/UBND-PVHCC ngày 16/01/2026, UBND tỉnh Điện Biên áp dụng cơ chế “luồng xanh” trong giải quyết TTHC đối với các dự án đầu tư trọng điểm ngoài ngân sách, rút ngắn thời gian xử lý ít nhất 60% so với quy định hiện hành.")

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/temporary-suspension-of-certain-administrative-tasks-across-dien-bien-province-0Gp2RuTHR.html")
rep("tinh", "Thực hiện Công văn số 618/BNV-CQĐP ngày 23/3/2025 của Bộ Nội vụ, UBND tỉnh Điện Biên ban hành Công văn số 1269/UBND-KT ngày 31/3/2025 về việc tạm dừng một số nhiệm vụ, trong đó có phân loại đơn vị hành chính các cấp và xây dựng đề án sắp xếp theo Nghị quyết số 1211/2016/UBTVQH13.")

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/dien-bien-ready-to-roll-out-two-tier-local-government-model-3UDgBiyNR.html")
news("xa", "Xã Thanh Nưa (tỉnh Điện Biên) được thành lập trên cơ sở sáp nhập 5 xã cũ, có diện tích hơn 176 km² và dân số trên 29.300 người; ngày 25/6, xã tổ chức kỳ họp HĐND đầu tiên và vận hành thử Trung tâm Phục vụ hành chính công.")

src("https://en.baodienbienphu.com.vn/kinh-te/dien-bien-enhances-provincial-competitiveness-tjcUF6ivg.html")

src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/urgent-implementation-of-historic-decisions-cqWJddJNg.html")

# ------------------------------------------------------------ Sơn La, tổng kết 2024 (hội nghị 16/1/2025)
src("https://en.baosonla.org.vn/thoi-su-chinh-tri/administrative-reform-must-take-people-businesses-at-centre-official-vPVuklvNR.html")
news("tinh", "Ngày 16/1, Phó Chủ tịch UBND tỉnh Sơn La chủ trì hội nghị trực tuyến tổng kết hoạt động năm 2024 của Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06, đồng thời công bố Chỉ số CCHC và Chỉ số SIPAS năm 2024.")
rep("tinh", "Năm 2024, trên 97% văn bản điện tử của tỉnh Sơn La được ký số và xử lý hoàn toàn trên Hệ thống quản lý văn bản và điều hành; tỷ lệ hồ sơ dịch vụ công trực tuyến đạt 85,5%, có 94,5% hồ sơ TTHC được tiếp nhận qua nền tảng số.",
    [F(97, "%", "tỷ lệ văn bản điện tử được ký số, xử lý trên môi trường mạng", "tinh", approx=True),
     F(85.5, "%", "tỷ lệ hồ sơ dịch vụ công trực tuyến", "tinh"),
     F(94.5, "%", "tỷ lệ hồ sơ TTHC tiếp nhận qua nền tảng số", "tinh")])
rep("tinh", "Theo kết quả Chỉ số CCHC năm 2024, điểm trung bình của khối sở, ngành đạt 89,05%, tăng 3,08% so với năm 2023; có 9 đơn vị đạt cao hơn mức trung bình.",
    [F(89.05, "%", "Chỉ số CCHC trung bình khối sở, ngành", "so_nganh"),
     F(9, "đơn vị", "sở, ngành có Chỉ số CCHC cao hơn mức trung bình", "so_nganh")])

# ------------------------------------------------------------ Sơn La, chỉ số chuyển đổi số 2024
src("https://thongtindoingoai.sonla.gov.vn/en/content-745-danh-gia-xep-loai-muc-do-chuyen-doi-so-cac-co-quan-nha-nuoc-tinh-son-la-nam-2024.html")
rep("tinh", "Năm 2024, các cơ quan nhà nước tỉnh Sơn La được xếp loại “khá” về mức độ chuyển đổi số với điểm trung bình 74,8/100 điểm; khối cơ quan cấp tỉnh đạt bình quân 73,2/100 điểm.",
    [F(74.8, "điểm", "điểm chuyển đổi số trung bình của các cơ quan nhà nước", "tinh"),
     F(73.2, "điểm", "điểm chuyển đổi số bình quân khối cơ quan cấp tỉnh", "so_nganh")])
rep("tinh", "Sở Thông tin và Truyền thông dẫn đầu khối sở, ngành với 91,48/100 điểm, tiếp theo là Sở Giao thông vận tải với 89,94/100 điểm; 11 sở, ngành xếp loại khá và 7 sở, ngành xếp loại trung bình.",
    [F(91.48, "điểm", "điểm chuyển đổi số Sở Thông tin và Truyền thông", "so_nganh"),
     F(89.94, "điểm", "điểm chuyển đổi số Sở Giao thông vận tải", "so_nganh"),
     F(11, "đơn vị", "sở, ngành xếp loại khá", "so_nganh"),
     F(7, "đơn vị", "sở, ngành xếp loại trung bình", "so_nganh")])
rep("tinh", "Điểm bình quân của UBND cấp huyện đạt 76,4/100 điểm; thành phố Sơn La đứng đầu với 89,77/100 điểm, huyện Phù Yên đứng thứ hai với 84,13/100 điểm; 7 huyện xếp loại khá, 4 huyện xếp loại trung bình.",
    [F(76.4, "điểm", "điểm chuyển đổi số bình quân UBND cấp huyện", "huyen"),
     F(89.77, "điểm", "điểm chuyển đổi số thành phố Sơn La", "huyen"),
     F(84.13, "điểm", "điểm chuyển đổi số huyện Phù Yên", "huyen"),
     F(7, "đơn vị", "huyện xếp loại khá", "huyen"),
     F(4, "đơn vị", "huyện xếp loại trung bình", "huyen")])
rep("tinh", "Các sở, ngành, huyện, thành phố đã rà soát, cung cấp 100% TTHC đủ điều kiện thành dịch vụ công trực tuyến toàn trình; tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến đạt gần 86%, tỷ lệ xử lý trực tuyến và số hóa hồ sơ, kết quả giải quyết TTHC đạt trên 95%.",
    [F(100, "%", "tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình", "tinh"),
     F(86, "%", "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến", "tinh", approx=True),
     F(95, "%", "tỷ lệ xử lý trực tuyến, số hóa hồ sơ và kết quả giải quyết TTHC", "tinh", approx=True)])

# ------------------------------------------------------------ Sơn La, DDCI 2024 (công bố 21/5/2025)
src("https://www.vietnam.vn/en/son-la-cong-bo-ket-qua-chi-so-canh-tranh-cap-so-nganh-va-cap-huyen-nam-2024")
news("tinh", "Ngày 21/5/2025, UBND tỉnh Sơn La công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024; cuộc khảo sát được thực hiện với hơn 1.300 doanh nghiệp, hợp tác xã và hộ kinh doanh.",
     [F(1300, "đơn vị", "doanh nghiệp, hợp tác xã, hộ kinh doanh được khảo sát", "tinh", approx=True)])

# ------------------------------------------------------------ Hưng Yên, chuyển đổi số
src("https://en.nhandan.vn/hung-yen-records-positive-results-in-digital-transformation-post127674.html")
rep("tinh", "Hệ thống thông tin giải quyết TTHC của tỉnh Hưng Yên đang cung cấp 1.834 TTHC, trong đó có 951 thủ tục, chiếm 59,6%, được cung cấp trực tuyến toàn trình.",
    [F(1834, "TTHC", "TTHC cung cấp trên Hệ thống thông tin giải quyết TTHC", "tinh"),
     F(951, "TTHC", "TTHC cung cấp trực tuyến toàn trình", "tinh"),
     F(59.6, "%", "tỷ lệ TTHC cung cấp trực tuyến toàn trình", "tinh")])
rep("tinh", "Hệ thống thư điện tử công vụ của tỉnh đã cấp 11.400 địa chỉ, bao phủ toàn bộ cán bộ, công chức cấp tỉnh, cấp huyện và trên 90% cán bộ, công chức cấp xã; khoảng 2.500 chứng thư số đã được cấp cho các cơ quan, đơn vị và cá nhân.",
    [F(11400, "địa chỉ", "địa chỉ thư điện tử công vụ đã cấp", "tinh"),
     F(90, "%", "tỷ lệ cán bộ, công chức cấp xã được cấp thư điện tử công vụ", "xa", approx=True),
     F(2500, "chứng thư số", "chứng thư số đã cấp", "tinh", approx=True)])
rep("tinh", "Toàn bộ cơ quan hành chính từ tỉnh đến xã đã sử dụng phần mềm quản lý văn bản; tỷ lệ văn bản đi, đến giữa các cơ quan nhà nước được gửi, nhận hoàn toàn trên môi trường mạng đạt 99%; mạng truyền số liệu chuyên dùng có hơn 200 điểm kết nối.",
    [F(99, "%", "tỷ lệ văn bản gửi, nhận hoàn toàn trên môi trường mạng", "tinh", code="BM7-5.2"),
     F(200, "điểm", "điểm kết nối mạng truyền số liệu chuyên dùng", "tinh", approx=True)])

src("https://en.vietnamplus.vn/hung-yen-builds-egovernment-working-towards-digital-government/240184.vnp")
news("tinh", "Ở cấp xã, trên 80% cán bộ, công chức của tỉnh Hưng Yên được trang bị máy tính kết nối Internet; tỉnh đã đưa vào sử dụng 7 hệ thống thông tin dùng chung, trong đó có Cổng dịch vụ công và Hệ thống một cửa điện tử.",
     [F(80, "%", "tỷ lệ cán bộ, công chức cấp xã được trang bị máy tính", "xa", approx=True),
      F(7, "hệ thống", "hệ thống thông tin dùng chung đưa vào sử dụng", "tinh")])

src("https://english.vtv.vn/news/hung-yen-continues-to-promote-e-government-building-towards-digital-government-20241014023918701.htm?mobile=false")
news("tinh", "Thực hiện Nghị quyết số 06-NQ/TU ngày 15/6/2021 của Tỉnh ủy Hưng Yên về chương trình chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030, tỉnh tiếp tục xây dựng chính quyền điện tử hướng tới chính quyền số.")

# ------------------------------------------------------------ Phú Thọ, 6 tháng đầu năm 2024
src("http://baoxuan2025.vuc.vn/tinh/phutho_thongtindoingoai/files/basic-html/page21.html")
rep("tinh", "Sáu tháng đầu năm 2024, tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến trên địa bàn tỉnh Phú Thọ đạt 81,09%, trong đó cấp tỉnh đạt 72,27%, cấp huyện đạt 96,18% và cấp xã đạt 72,36%.",
    [F(81.09, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến", "tinh"),
     F(72.27, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp tỉnh", "so_nganh"),
     F(96.18, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp huyện", "huyen"),
     F(72.36, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp xã", "xa")])
rep("tinh", "Toàn tỉnh đã thành lập 2.356 tổ công nghệ số cộng đồng tại các xã, phường, thị trấn với 7.454 thành viên.",
    [F(2356, "tổ", "tổ công nghệ số cộng đồng đã thành lập", "tinh"),
     F(7454, "người", "thành viên tổ công nghệ số cộng đồng", "tinh")])
rep("tinh", "Đã có 959.022 tài khoản định danh điện tử được tạo lập, trong đó 881.511 tài khoản đã kích hoạt; 1.183.176 dữ liệu hộ tịch đã được nhập vào Cơ sở dữ liệu quốc gia về dân cư.",
    [F(959022, "tài khoản", "tài khoản định danh điện tử được tạo lập", "tinh"),
     F(881511, "tài khoản", "tài khoản định danh điện tử đã kích hoạt", "tinh"),
     F(1183176, "dữ liệu", "dữ liệu hộ tịch đã nhập", "tinh")])
rep("tinh", "Tỷ lệ người dân sở hữu điện thoại thông minh ước đạt 86,5%, tỷ lệ hộ gia đình sử dụng cáp quang băng rộng ước đạt 79,4%; giá trị xuất khẩu sản phẩm điện tử, máy tính và linh kiện cả năm 2024 dự báo đạt 12,5 tỷ USD.")

# ------------------------------------------------------------ Ninh Bình, thành phố Hoa Lư (01/2025, before 7/2025)
src("https://news.laodong.vn/xa-hoi/nguoi-dan-tranh-thu-lam-thu-tuc-dieu-chinh-giay-to-tuy-than-1452323.ldo")
news("huyen", "Từ ngày 01/01/2025, thành phố Hoa Lư được thành lập trên cơ sở hợp nhất huyện Hoa Lư và thành phố Ninh Bình; mỗi ngày có khoảng 120 - 130 lượt công dân đến Bộ phận tiếp nhận và trả kết quả thành phố để làm thủ tục cấp, đổi căn cước.")
news("huyen", "Để đáp ứng nhu cầu tăng cao, Công an thành phố Hoa Lư đã bổ sung thêm 2 cán bộ và bố trí thêm máy móc tại Bộ phận tiếp nhận và trả kết quả thành phố để kịp thời tiếp nhận hồ sơ căn cước.",
     [F(2, "người", "cán bộ được bổ sung tiếp nhận hồ sơ căn cước", "huyen")])

# ------------------------------------------------------------ Lào Cai, 10 tháng 2025
src("https://www.vietnam.vn/en/phai-thay-doi-hoan-toan-ve-tu-duy-ky-nang-van-hanh-chinh-quyen-dia-phuong-2-cap")
news("tinh", "Hệ thống Trung tâm Phục vụ hành chính công các cấp của Lào Cai vận hành ổn định, tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn đạt trên 97%; riêng cấp xã xử lý khối lượng hồ sơ lớn với tỷ lệ đúng hạn gần 98%.",
     [F(97, "%", "tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", "tinh", approx=True),
      F(98, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", approx=True, code="BM3-3.3")])
news("tinh", "Chín tháng đầu năm 2025, tốc độ tăng trưởng GRDP của tỉnh Lào Cai đạt 7,38%, xếp thứ 4/9 địa phương vùng Trung du và miền núi phía Bắc và thứ 22/34 tỉnh, thành phố.")

# ------------------------------------------------------------ Cao Bằng, 6 tháng đầu năm 2025 (Báo cáo 1816/BC-UBND)
src("https://news.laodong.vn/thoi-su/nhin-lai-ket-qua-6-thang-cai-cach-hanh-chinh-o-cao-bang-1527972.ldo")
rep("tinh", "Theo Báo cáo số 1816/BC-UBND, trong tổng số 54 nhiệm vụ cải cách hành chính đề ra trong năm, đến giữa tháng 6/2025 tỉnh Cao Bằng mới hoàn thành 17 nhiệm vụ, đạt hơn 31%.",
    [F(54, "nhiệm vụ", "nhiệm vụ CCHC đề ra trong kế hoạch", "tinh", code="BM1-2.1"),
     F(17, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", code="BM1-2.2"),
     F(31, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", approx=True, code="BM1-2")])
rep("tinh", "Tỷ lệ hồ sơ TTHC ở cấp xã được giải quyết đúng hạn đạt gần 99,5%; trong khi đó ở cấp tỉnh vẫn còn hơn 1.100 hồ sơ chậm muộn, chiếm gần 8% tổng số hồ sơ đã giải quyết.",
    [F(99.5, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", approx=True, code="BM3-3.3"),
     F(1100, "hồ sơ", "hồ sơ cấp tỉnh giải quyết chậm muộn", "so_nganh", approx=True),
     F(8, "%", "tỷ lệ hồ sơ cấp tỉnh chậm muộn", "so_nganh", approx=True)])
rep("tinh", "Về tổ chức bộ máy, tỉnh đã giảm 5 sở, hợp nhất nhiều phòng và đơn vị sự nghiệp; trong nửa đầu năm, toàn tỉnh mới thực hiện tinh giản biên chế được 42 trường hợp.",
    [F(42, "người", "trường hợp tinh giản biên chế", "tinh")])
rep("tinh", "Tỉnh hiện cung cấp hơn 1.700 dịch vụ công trực tuyến, song tỷ lệ thanh toán trực tuyến mới đạt 46%.",
    [F(1700, "dịch vụ", "dịch vụ công trực tuyến được cung cấp", "tinh", approx=True),
     F(46, "%", "tỷ lệ thanh toán trực tuyến", "tinh")])

# ------------------------------------------------------------ Hòa Bình, PAR INDEX và SIPAS 2024 (QĐ 2767/QĐ-UBND)
src("http://en.baohoabinh.com.vn/5/10256/Department-of-Home-Affairs,-Hoa-Binh-city-top-PAR,-SIPAS-indices.htm")
news("tinh", "UBND tỉnh Hòa Bình ban hành Quyết định số 2767/QĐ-UBND công bố Chỉ số CCHC và Chỉ số SIPAS năm 2024 của các sở, ban, ngành, UBND các huyện và thành phố; Sở Nội vụ dẫn đầu khối sở với Chỉ số CCHC 93,82% và SIPAS 98,89%.",
     [F(93.82, "%", "Chỉ số CCHC Sở Nội vụ", "so_nganh"),
      F(98.89, "%", "Chỉ số SIPAS Sở Nội vụ", "so_nganh")])
news("tinh", "Xếp sau là Sở Tư pháp với Chỉ số CCHC 93,42% và SIPAS 92,66%; Ban Quản lý các khu công nghiệp đạt 91,90% và 80,63%; Văn phòng UBND tỉnh đạt 91,55% và 82,75%.",
     [F(93.42, "%", "Chỉ số CCHC Sở Tư pháp", "so_nganh"),
      F(92.66, "%", "Chỉ số SIPAS Sở Tư pháp", "so_nganh"),
      F(91.9, "%", "Chỉ số CCHC Ban Quản lý các khu công nghiệp", "so_nganh"),
      F(80.63, "%", "Chỉ số SIPAS Ban Quản lý các khu công nghiệp", "so_nganh"),
      F(91.55, "%", "Chỉ số CCHC Văn phòng UBND tỉnh", "so_nganh"),
      F(82.75, "%", "Chỉ số SIPAS Văn phòng UBND tỉnh", "so_nganh")])
news("tinh", "Sở Tài nguyên và Môi trường đứng cuối khối sở, ngành với Chỉ số CCHC 81,09% và SIPAS 90,23%.",
     [F(81.09, "%", "Chỉ số CCHC Sở Tài nguyên và Môi trường", "so_nganh"),
      F(90.23, "%", "Chỉ số SIPAS Sở Tài nguyên và Môi trường", "so_nganh")])
rep("tinh", "Ở khối địa phương, UBND thành phố Hòa Bình đứng đầu với Chỉ số CCHC 91,55% và SIPAS 87,40%; tiếp theo là huyện Lạc Sơn đạt 90,16% và 91,56%, huyện Kim Bôi đạt 89,65% và 82,23%.",
    [F(91.55, "%", "Chỉ số CCHC thành phố Hòa Bình", "huyen"),
     F(87.4, "%", "Chỉ số SIPAS thành phố Hòa Bình", "huyen"),
     F(90.16, "%", "Chỉ số CCHC huyện Lạc Sơn", "huyen"),
     F(91.56, "%", "Chỉ số SIPAS huyện Lạc Sơn", "huyen"),
     F(89.65, "%", "Chỉ số CCHC huyện Kim Bôi", "huyen"),
     F(82.23, "%", "Chỉ số SIPAS huyện Kim Bôi", "huyen")])
rep("tinh", "Huyện Yên Thủy đạt Chỉ số CCHC 89,46% và SIPAS 92,62%; huyện Đà Bắc đạt lần lượt 89,10% và 82,49%.",
    [F(89.46, "%", "Chỉ số CCHC huyện Yên Thủy", "huyen"),
     F(92.62, "%", "Chỉ số SIPAS huyện Yên Thủy", "huyen"),
     F(89.1, "%", "Chỉ số CCHC huyện Đà Bắc", "huyen"),
     F(82.49, "%", "Chỉ số SIPAS huyện Đà Bắc", "huyen")])

# ------------------------------------------------------------ Đồng Nai, Bộ chỉ số 766 (8/2025, 10/2025)
src("https://baodongnai.com.vn/english/202508/dong-nai-ranks-3rd-out-of-34-localities-nationwide-in-public-service-index-for-citizens-and-businesses-b611f73")
news("tinh", "Tính đến ngày 25/8/2025, tỉnh Đồng Nai đạt 85,75 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg, xếp thứ 3/34 tỉnh, thành phố, tăng 14,5 điểm và tăng 3 bậc so với tháng 7/2025.",
     [F(85.75, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
src("https://baodongnai.com.vn/english/politics/202510/striving-for-the-peoples-satisfaction-7360dd2")
news("tinh", "Trong kỳ đánh giá tính đến ngày 17/10/2025, Đồng Nai xếp thứ 2/34 tỉnh, thành phố về thực hiện Bộ chỉ số 766, tăng một bậc so với kỳ trước.")

# ------------------------------------------------------------ Đắk Lắk, huyện Krông Búk (2/2025, before 7/2025)
src("https://news.laodong.vn/thoi-su/bo-noi-vu-tham-dinh-phan-loai-cap-huyen-o-dak-lak-phu-yen-1462839.ldo")
news("huyen", "Huyện Krông Búk (tỉnh Đắk Lắk) có diện tích tự nhiên 357,68 km², 7 đơn vị hành chính cấp xã với 37 buôn đồng bào dân tộc thiểu số; dân số toàn huyện 75.059 người, trong đó người dân tộc thiểu số chiếm 35,08%.")

# ------------------------------------------------------------ Hà Nội (7/2025, 10/2025)
src("https://nongnghiepmoitruong.vn/ha-noi-dam-bao-100-thu-tuc-hanh-chinh-truc-tuyen-dung-han-d763806.html")
news("tinh", "Theo chỉ đạo của UBND thành phố Hà Nội, trước ngày 30/7/2025 các xã, phường phải đạt tối thiểu 60% hồ sơ TTHC được tiếp nhận trực tuyến, trong đó ít nhất 20% là hồ sơ toàn trình; 100% kết quả giải quyết phải được trả trước hoặc đúng hạn.")
src("https://danviet.vn/nguoi-dan-ha-noi-bat-dau-duoc-nop-ho-so-dat-dai-va-thu-tuc-hanh-chinh-ngay-tai-chung-cu-d1369455.html")

# ------------------------------------------------------------ Bình Định (vận hành thử 6/2025)
src("https://news.laodong.vn/xa-hoi/chinh-quyen-moi-o-binh-dinh-chay-thu-tron-tru-khong-de-nguoi-dan-chiu-canh-cho-doi-1527146.ldo")
news("tinh", "Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn đánh giá việc vận hành thử mô hình chính quyền hai cấp tại 58 xã, phường mới diễn ra thông suốt; một người dân cho biết chỉ mất 5 phút để hoàn tất thủ tục nộp hồ sơ tách thửa.")

# ------------------------------------------------------------ Quảng Trị, Trung tâm PVHCC tỉnh sau hợp nhất
src("https://www.vietnam.vn/en/thich-ung-linh-hoat-nang-cao-chat-luong-phuc-vu")
rep("so_nganh", "Thực hiện Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ, có hiệu lực từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công tỉnh Quảng Trị duy trì hai điểm hoạt động song song tại phường Đồng Hới và phường Đông Hà.")

# ------------------------------------------------------------ Quảng Nam, Trung tâm HCC và XTĐT (2017-2018)
src("http://vccinews.com/news_detail.asp?news_id=35991")
news("tinh", "Năm 2017, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Quảng Nam xếp thứ 7/63 tỉnh, thành phố, tăng 3 bậc so với năm 2016; Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh đi vào hoạt động từ tháng 01/2017.")
rep("so_nganh", "Sau hơn một năm hoạt động, Trung tâm Hành chính công và Xúc tiến đầu tư tỉnh Quảng Nam đã tiếp nhận, giải quyết 1.326 TTHC, gồm 1.248 thủ tục của các sở, ngành và 78 thủ tục của các cơ quan Trung ương đóng trên địa bàn.",
    [F(1326, "TTHC", "TTHC tiếp nhận, giải quyết tại Trung tâm", "trung_tam"),
     F(1248, "TTHC", "TTHC của các sở, ngành tại Trung tâm", "trung_tam"),
     F(78, "TTHC", "TTHC của các cơ quan Trung ương tại Trung tâm", "trung_tam")])
rep("so_nganh", "Thời gian giải quyết TTHC tại Trung tâm được rút ngắn 30% so với quy định chung; toàn bộ thủ tục được công khai, minh bạch trên mạng để tổ chức, cá nhân tra cứu, giám sát.")

# ------------------------------------------------------------ Kiên Giang, Đề án 06 (27/12/2024)
src("https://news.laodong.vn/xa-hoi/uu-tien-hoan-thanh-so-hoa-du-lieu-ho-tich-tp-phu-quoc-1441730.ldo")
news("tinh", "Theo báo cáo của Ban Chỉ đạo Đề án 06 tỉnh Kiên Giang, tỉnh xếp thứ 19/63 tỉnh, thành phố về triển khai sổ sức khỏe điện tử; tỷ lệ nhập dữ liệu tàu cá trên phần mềm VNFishbase đạt 98,7%.",
     [F(98.7, "%", "tỷ lệ nhập dữ liệu trên phần mềm VNFishbase", "tinh")])
rep("tinh", "Tỉnh đã hoàn thành triển khai 53 dịch vụ công thiết yếu; Hệ thống thông tin giải quyết TTHC của tỉnh đang cung cấp 1.993 TTHC, trong đó 1.499 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.",
    [F(53, "dịch vụ", "dịch vụ công thiết yếu đã triển khai", "tinh"),
     F(1993, "TTHC", "TTHC cung cấp trên Hệ thống thông tin giải quyết TTHC", "tinh"),
     F(1499, "TTHC", "TTHC cung cấp trực tuyến toàn trình", "tinh")])
rep("tinh", "Riêng trong tháng 12/2024, hệ thống đã tiếp nhận 42.384 hồ sơ TTHC của người dân, doanh nghiệp; dịch vụ cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID đã tiếp nhận 519 hồ sơ.",
    [F(42384, "hồ sơ", "hồ sơ TTHC tiếp nhận trong tháng", "tinh"),
     F(519, "hồ sơ", "hồ sơ cấp Phiếu lý lịch tư pháp qua VNeID", "tinh")])
news("tinh", "Cục Thuế tỉnh Kiên Giang đã triển khai hóa đơn điện tử cho hơn 12.200 doanh nghiệp, hộ và cá nhân kinh doanh.",
     [F(12200, "đơn vị", "doanh nghiệp, hộ, cá nhân kinh doanh sử dụng hóa đơn điện tử", "tinh", approx=True)])

# ------------------------------------------------------------ Quảng Bình, thu hút đầu tư (2025)
src("https://vietnam.vn/en/no-luc-vi-su-hai-long-cua-nguoi-dan-va-doanh-nghiep")

# ------------------------------------------------------------ Bình Dương, tổng kết 2022 (10/5/2023); Trung tâm HCC 2014
src("https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=5247&ContentTypeId=0x01006B434E144EA34B09B66CBCE45AAE3E9100FDC084322AEB824C98B5D97035FD59B2")
rep("tinh", "Trung tâm Giám sát, điều hành thông minh (IOC) của tỉnh Bình Dương đã kết nối, tích hợp hơn 1.000 chỉ tiêu thuộc 27 lĩnh vực kinh tế - xã hội; hệ thống giám sát, điều hành chuyên ngành đã được triển khai tại 13/19 sở, ban, ngành và 9/9 huyện, thị xã, thành phố.",
    [F(1000, "chỉ tiêu", "chỉ tiêu được tích hợp vào IOC", "tinh", approx=True),
     F(13, "đơn vị", "sở, ban, ngành triển khai hệ thống giám sát, điều hành chuyên ngành", "so_nganh"),
     F(19, "đơn vị", "tổng số sở, ban, ngành", "so_nganh"),
     F(9, "đơn vị", "huyện, thị xã, thành phố triển khai hệ thống giám sát, điều hành", "huyen"),
     F(9, "đơn vị", "tổng số huyện, thị xã, thành phố", "huyen")])
src("https://en.vietnamplus.vn/binh-duong-establishes-public-administrative-centre/71836.vnp")
news("tinh", "Ngày 10/2, UBND tỉnh Bình Dương ra mắt Trung tâm Hành chính công, phần mềm một cửa cấp tỉnh và trang thông tin dịch vụ công; Trung tâm đặt tại Tòa nhà Trung tâm Hành chính tỉnh, khánh thành ngày 20/2/2014.")

# ------------------------------------------------------------ Thanh Hóa, xã Bát Mọt (14/10/2025)
src("https://vietnam.vnanet.vn/english/tin-van/pm-pham-minh-chinh-inspects-settlement-of-administrative-procedures-in-border-commune-411602.html")
news("tinh", "Sau sắp xếp, tỉnh Thanh Hóa có 166 xã, phường, trong đó 16 xã biên giới đất liền; toàn tỉnh đã chuẩn hóa 2.272 TTHC và tích hợp đầy đủ lên Cổng Dịch vụ công quốc gia, gồm 965 dịch vụ công trực tuyến toàn trình và 1.266 dịch vụ công trực tuyến một phần.",
     [F(2272, "TTHC", "TTHC đã chuẩn hóa, tích hợp lên Cổng Dịch vụ công quốc gia", "tinh"),
      F(965, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
      F(1266, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh")])
news("xa", "Xã Bát Mọt có hơn 17 km đường biên giới với Lào, diện tích tự nhiên 205,7 km², dân số 4.052 người, trong đó hơn 96% là đồng bào dân tộc Thái; chỉ với 4 cán bộ, Trung tâm Phục vụ hành chính công xã đã xử lý 332 hồ sơ mà không bị quá tải.",
     [F(4, "người", "cán bộ làm việc tại Trung tâm Phục vụ hành chính công xã", "xa"),
      F(332, "hồ sơ", "hồ sơ đã xử lý", "xa")])

# ------------------------------------------------------------ Tây Ninh, xã Tân Hòa (after 7/2025)
src("https://www.vietnam.vn/en/tay-ninh-linh-hoat-trong-giai-quyet-thu-tuc-hanh-chinh-o-cap-xa")
news("xa", "Xã Tân Hòa (tỉnh Tây Ninh) được thành lập trên cơ sở sáp nhập xã Tân Hòa cũ và xã Suối Ngô, là xã biên giới phía tây bắc có gần 20 km đường biên giới với Campuchia; một người dân cho biết đã mua đất bằng giấy viết tay từ năm 2014.")

# ------------------------------------------------------------ Đồng Nai, chuẩn bị Trung tâm PVHCC cấp xã (6/2025)
src("https://baodongnai.com.vn/chinh-tri/202506/tu-ngay-1-7-se-dua-vao-van-hanh-cac-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-4b812ba")

# ------------------------------------------------------------ Kiên Giang, Đề án 06 (19/5, năm 2022)
src("https://vietnam.vn/en/kien-giang-con-25-027-truong-hop-chua-nop-ho-so-cap-can-cuoc-cong-dan")
rep("tinh", "Trên hệ thống, tỉnh Kiên Giang có tổng số 2.163.039 nhân khẩu, trong đó 2.115.661 người thường trú và 47.378 người tạm trú; số công dân từ 14 tuổi trở lên là hơn 1,7 triệu người.")
rep("tinh", "Theo Công an tỉnh, đến nay đã có 29.240 tài khoản định danh điện tử mức độ 1 và 67.848 tài khoản mức độ 2 được cấp, trong khi chỉ tiêu cần định danh là 849.528 tài khoản.",
    [F(29240, "tài khoản", "tài khoản định danh điện tử mức độ 1 đã cấp", "tinh"),
     F(67848, "tài khoản", "tài khoản định danh điện tử mức độ 2 đã cấp", "tinh")])

# ------------------------------------------------------------ Hưng Yên, thương mại điện tử; mục tiêu chuyển đổi số
src("http://www.ifg.cc/en/aktuelles/nachrichten/regionen/235-vn-vietnam/63032-vn-hung-yen-records-fruitful-digital-transformation.html")
news("tinh", "Tỉnh Hưng Yên đã xây dựng sàn thương mại điện tử riêng, hiện có hơn 10.000 doanh nghiệp, hợp tác xã và hộ kinh doanh tham gia với hơn 180.000 sản phẩm và gần 11 triệu giao dịch mỗi năm.",
     [F(10000, "đơn vị", "doanh nghiệp, hợp tác xã, hộ kinh doanh tham gia sàn thương mại điện tử", "tinh", approx=True),
      F(180000, "sản phẩm", "sản phẩm trên sàn thương mại điện tử", "tinh", approx=True),
      F(11000000, "giao dịch", "giao dịch mỗi năm trên sàn thương mại điện tử", "tinh", approx=True)])
src("https://vovworld.vn/en-US/economy/hung-yen-to-become-a-digitalized-locality-1028117.vov")
news("tinh", "Hiện Hưng Yên đã cung cấp trực tuyến 30% dịch vụ hành chính; trên địa bàn tỉnh có hơn 350 doanh nghiệp công nghệ thông tin đang hoạt động, đóng góp vào thu ngân sách.",
     [F(30, "%", "tỷ lệ dịch vụ hành chính được cung cấp trực tuyến", "tinh"),
      F(350, "doanh nghiệp", "doanh nghiệp công nghệ thông tin đang hoạt động", "tinh", approx=True)])
news("tinh", "Đến năm 2025, tỉnh phấn đấu 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ cấp huyện, cấp xã được xử lý trên môi trường mạng, kinh tế số chiếm 20% GRDP và ít nhất 50% dân số có tài khoản thanh toán điện tử.")

# ------------------------------------------------------------ Lai Châu, PAR INDEX 2019
src("https://vietexplorer.com/videos/lai-chau-striving-for-better-public-admin-reform/")
news("tinh", "Năm 2019, Chỉ số cải cách hành chính của Lai Châu tăng 7 bậc, xếp thứ 51/63 tỉnh, thành phố; Chỉ số hài lòng về sự phục vụ hành chính tăng 11 bậc, xếp thứ 44.")

# ------------------------------------------------------------ Lai Châu, xã Sìn Suối Hồ (11/2025)
src("https://www.vietnam.vn/en/ben-bi-dua-dich-vu-cong-truc-tuyen-den-tung-thon-ban-bai-cuoi")
news("xa", "Sin Suối Hồ là xã biên giới của tỉnh Lai Châu, có diện tích 255,91 km², 35 thôn, bản với 3.333 hộ, 16.515 nhân khẩu thuộc 5 dân tộc, trong đó người Mông chiếm 33%, người Dao chiếm 29,3%.")

# ------------------------------------------------------------ Đề án 896 (Bình Dương đầu cầu; số liệu toàn quốc)
src("https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=3296&PageIndex=257")
news("tinh", "Đến nay, 57/57 nhiệm vụ (100%) của Đề án 896 đã hoàn thành; qua rà soát, các bộ, ngành đã đơn giản hóa 1.126/1.934 TTHC liên quan đến giấy tờ công dân, chiếm 58%.",
     [F(57, "nhiệm vụ", "nhiệm vụ Đề án 896 đã hoàn thành", ""),
      F(57, "nhiệm vụ", "tổng số nhiệm vụ Đề án 896", ""),
      F(100, "%", "tỷ lệ nhiệm vụ Đề án 896 hoàn thành", ""),
      F(1126, "TTHC", "TTHC liên quan giấy tờ công dân đã đơn giản hóa", ""),
      F(1934, "TTHC", "TTHC liên quan giấy tờ công dân được rà soát", ""),
      F(58, "%", "tỷ lệ TTHC đã đơn giản hóa", "")])
news("tinh", "Trên Cổng Dịch vụ công quốc gia đã tích hợp hơn 2.800 dịch vụ công, cung cấp hơn 6.800 TTHC ở cả 4 cấp chính quyền.",
     [F(2800, "dịch vụ", "dịch vụ công tích hợp trên Cổng Dịch vụ công quốc gia", "", approx=True),
      F(6800, "TTHC", "TTHC cung cấp trên Cổng Dịch vụ công quốc gia", "", approx=True)])

# ------------------------------------------------------------ TP Hồ Chí Minh, UBND Quận 3 (12/2022, before 7/2025)
src("https://www.sggpnews.org.vn/hcmc-strives-to-improve-its-sipas-post99285.html")
news("huyen", "Tại UBND Quận 3, một người dân cho biết trước đây muốn trích lục giấy khai sinh phải chờ 2 - 3 ngày; nay chưa đầy 30 phút chị đã nhận được đầy đủ giấy tờ của 4 thành viên trong gia đình.")

# ------------------------------------------------------------ Bộ Nội vụ, báo cáo CCHC quý II/2009
src("https://thuvienphapluat.vn/bulletin/document.aspx?key1=0%3DRFek16VTT1")
rep("tinh", "Báo cáo số 1934/BC-BNV ngày 22/6/2009 của Bộ Nội vụ về tình hình thực hiện công tác cải cách hành chính quý II/2009 gồm 2 phần: công việc chủ yếu đã làm và một số công việc trọng tâm quý III/2009.")
# ------------------------------------------------------------ Hải Dương, 2 tháng đầu năm 2025 (before the merger)
src("https://news.laodong.vn/thoi-su/hai-duong-ha-bac-lanh-dao-neu-can-bo-gay-kho-khan-hanh-chinh-1473433.ldo")
rep("tinh", "Hai tháng đầu năm 2025, các sở, ngành đã tham mưu Chủ tịch UBND tỉnh Hải Dương ban hành 19 quyết định công bố 42 TTHC mới ban hành, 129 TTHC được thay thế, sửa đổi, bổ sung và 20 TTHC bị bãi bỏ.",
    [F(19, "văn bản", "quyết định công bố TTHC đã ban hành", "tinh"),
     F(42, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
     F(129, "TTHC", "TTHC được thay thế, sửa đổi, bổ sung", "tinh"),
     F(20, "TTHC", "TTHC bị bãi bỏ", "tinh")])
rep("tinh", "Trong kỳ, toàn tỉnh tiếp nhận 143.269 hồ sơ TTHC; đã giải quyết 127.110 hồ sơ, trong đó 126.920 hồ sơ được giải quyết đúng hạn.",
    [F(143269, "hồ sơ", "tiếp nhận", "tinh"),
     F(127110, "hồ sơ", "đã giải quyết", "tinh"),
     F(126920, "hồ sơ", "giải quyết đúng hạn", "tinh")])
rep("tinh", "Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia đạt trên 76%, chưa đạt chỉ tiêu 100% mà Chính phủ và UBND tỉnh giao năm 2025; tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán dịch vụ công đạt 57,1%.",
    [F(76, "%", "tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "tinh", approx=True),
     F(57.1, "%", "tỷ lệ thanh toán trực tuyến", "tinh")])
src("https://news.laodong.vn/ldt/tin-tuc/hai-duong-thi-diem-giai-quyet-thu-tuc-hanh-chinh-khong-gioi-han-dia-gioi-1491887.ldo")
news("tinh", "UBND tỉnh Hải Dương quyết định thí điểm tiếp nhận, trả kết quả TTHC không phụ thuộc địa giới hành chính tại Trung tâm Phục vụ hành chính công tỉnh, thành phố Chí Linh và huyện Bình Giang trong thời gian từ ngày 15/4 đến ngày 15/6.")

# ------------------------------------------------------------ Ban Chỉ đạo CCHC của Chính phủ, phiên họp thứ tư (19/4)
src("https://caungang.travinh.gov.vn/1433/38342/71835/686945/science-technology/promoting-administrative-procedure-reform-and-digital-transformation-to-better-serve-the-people-")
news("tinh", "Theo báo cáo tại phiên họp thứ tư của Ban Chỉ đạo CCHC của Chính phủ sáng 19/4, các bộ đã công khai, cập nhật 17.830 quy định kinh doanh và dự kiến cắt giảm, đơn giản hóa 1.029 quy định; đồng thời đã cắt giảm, đơn giản hóa 2.189 quy định kinh doanh tại 175 văn bản quy phạm pháp luật.",
     [F(17830, "quy định", "quy định kinh doanh đã công khai, cập nhật", ""),
      F(2189, "quy định", "quy định kinh doanh đã cắt giảm, đơn giản hóa", ""),
      F(175, "văn bản", "văn bản có quy định kinh doanh được cắt giảm, đơn giản hóa", "")])
news("tinh", "Các bộ, ngành, địa phương đã cung cấp 4.390 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia; Cổng có hơn 6 triệu tài khoản đăng ký, tăng 3,8 lần so với cùng kỳ năm 2022, hơn 186 triệu hồ sơ đồng bộ trạng thái và hơn 12,5 triệu hồ sơ trực tuyến.",
     [F(4390, "dịch vụ", "dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia", ""),
      F(6000000, "tài khoản", "tài khoản đăng ký trên Cổng Dịch vụ công quốc gia", "", approx=True),
      F(186000000, "hồ sơ", "hồ sơ đồng bộ trạng thái", "", approx=True),
      F(12500000, "hồ sơ", "hồ sơ trực tuyến nộp qua Cổng Dịch vụ công quốc gia", "", approx=True)])

# ------------------------------------------------------------ Khánh Hòa, Trung tâm PVHCC tỉnh (3/2024)
src("https://news.baokhanhhoa.vn/society/202403/khanh-hoa-public-administrative-service-center-efforts-to-improve-operation-quality-4246d40")
news("so_nganh", "Từ khi đi vào hoạt động ngày 30/9/2023, Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa được trang bị 10 camera giám sát và 4 màn hình lớn; hệ thống tổng đài ghi âm toàn bộ cuộc gọi của người dân.",
     [F(10, "camera", "camera giám sát tại Trung tâm", "trung_tam"),
      F(4, "màn hình", "màn hình lớn tại Trung tâm", "trung_tam")])

# ------------------------------------------------------------ Hà Nam, các mức độ dịch vụ công trực tuyến
src("https://hanam.gov.vn/en-us/Pages/ha-nam-promoting-the-implementation-of-online-public-services-at-level-3-and-4.aspx")
rep("tinh", "Dịch vụ công trực tuyến được chia thành 4 mức độ; mức độ 3 cho phép điền và gửi trực tuyến các mẫu văn bản, còn mức độ 4 cho phép người dân thanh toán lệ phí trực tuyến và nhận kết quả qua mạng hoặc qua bưu chính.")

# ------------------------------------------------------------ Hòa Bình, huyện Lạc Thủy (before 7/2025)
src("https://en.baohoabinh.com.vn/5/7338/Lac-Thuy-district-has-been-innovating-the-administrative-procedure-re102orm-in-the-electr111nic-envir111nment.htm")
news("huyen", "Ngày 1/4, chị Hoàng Thị Hường ở khu 13, thị trấn Chi Nê nộp hồ sơ trực tuyến mức độ 3 đến Bộ phận tiếp nhận và trả kết quả huyện Lạc Thủy để cải chính chữ đệm trong giấy khai sinh của con và được hẹn trả kết quả vào ngày 6/4.")
# ------------------------------------------------------------ Lạng Sơn, họp đánh giá cải cách TTHC sau 3 tháng chính quyền hai cấp (29/10/2025)
src("https://www.vietnam.vn/en/hop-danh-gia-trien-khai-cong-tac-cai-cach-kiem-soat-thu-tuc-hanh-chinh-sau-khi-thuc-hien-chinh-quyen-dia-phuong-2-cap")
rep("tinh", "Từ khi vận hành chính quyền địa phương hai cấp, Chủ tịch UBND tỉnh Lạng Sơn đã ban hành 101 quyết định công bố danh mục TTHC thuộc thẩm quyền giải quyết của chính quyền địa phương với tổng số 1.659 thủ tục, gồm 1.362 TTHC cấp tỉnh và 297 TTHC cấp xã.",
    [F(101, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
     F(1659, "TTHC", "TTHC được công bố", "tinh"),
     F(1362, "TTHC", "TTHC cấp tỉnh được công bố", "so_nganh"),
     F(297, "TTHC", "TTHC cấp xã được công bố", "xa")])
rep("tinh", "100% TTHC đã công bố được cập nhật, công khai trên Cơ sở dữ liệu quốc gia về TTHC và Cổng thông tin điện tử tỉnh; Chủ tịch UBND tỉnh đã ban hành 6 quyết định phê duyệt phương án đơn giản hóa 17 TTHC.",
    [F(100, "%", "tỷ lệ TTHC được cập nhật, công khai", "tinh"),
     F(6, "văn bản", "quyết định phê duyệt phương án đơn giản hóa TTHC", "tinh"),
     F(17, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")])

# ------------------------------------------------------------ Bắc Ninh, phường Nam Sơn (17/7/2025)
src("https://en.baobacninhtv.vn/bac-ninh-seeks-to-improve-public-administrative-service-centre-efficiency-postid422125.bbg")
news("xa", "Ngay khi đi vào hoạt động, Trung tâm Phục vụ hành chính công phường Nam Sơn (tỉnh Bắc Ninh) đã niêm yết công khai 414 TTHC, mỗi thủ tục kèm mã QR; từ ngày 01/7/2025 đến nay, Trung tâm đã tiếp nhận, xử lý và trả kết quả 3.418 hồ sơ, bình quân hơn 200 hồ sơ mỗi ngày.",
     [F(414, "TTHC", "TTHC niêm yết công khai tại Trung tâm", "xa"),
      F(3418, "hồ sơ", "hồ sơ tiếp nhận, xử lý và trả kết quả", "xa"),
      F(200, "hồ sơ", "hồ sơ bình quân mỗi ngày", "xa", approx=True)])
def vn_num(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    ip, dp = repr(float(v)).split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp


def printed(v, text):
    """The value is printed in the text, in Vietnamese format or with a magnitude word (11 triệu)."""
    if vn_num(v) in text:
        return True
    for mult, word in ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn")):
        if v >= mult and vn_num(round(v / mult, 6)) + " " + word in text:
            return True
    return False


KEYS = {"value", "unit", "measure", "scope", "approx", "code"}
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
HEADER = ["case_id", "source_kind", "doc_level", "text", "facts"]


def main():
    with open(CATALOG, encoding="utf-8") as f:
        cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(f)}
    errs, rows, seen = [], [], set()
    for i, (kind, level, text, facts, url) in enumerate(C, 1):
        cid = f"{PREFIX}{i:03d}"
        if not unicodedata.is_normalized("NFC", text):
            errs.append(f"{cid}: text not NFC")
        text = unicodedata.normalize("NFC", text)
        if text in seen:
            errs.append(f"{cid}: duplicate text")
        seen.add(text)
        if kind not in {"news", "report"} or level not in LEVELS:
            errs.append(f"{cid}: kind/level")
        for fa in facts:
            if set(fa) != KEYS:
                errs.append(f"{cid}: keys {sorted(fa)}")
            if fa["scope"] not in SCOPES:
                errs.append(f"{cid}: scope {fa['scope']}")
            if fa["code"] and fa["code"] not in cat:
                errs.append(f"{cid}: code {fa['code']} not in catalog")
            if not isinstance(fa["approx"], bool) or isinstance(fa["value"], bool) \
                    or not isinstance(fa["value"], (int, float)):
                errs.append(f"{cid}: types")
            for k in ("unit", "measure"):
                if not unicodedata.is_normalized("NFC", fa[k]):
                    errs.append(f"{cid}: {k} not NFC")
            if not printed(fa["value"], text):
                errs.append(f"{cid}: value {fa['value']} ({vn_num(fa['value'])}) not printed in text")
        rows.append({"case_id": cid, "source_kind": kind, "doc_level": level, "text": text,
                     "facts": json.dumps(facts, ensure_ascii=False)})
    out = os.path.join(HERE, "cases.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for i, c in enumerate(C, 1):
            f.write(f"{PREFIX}{i:03d}\t{c[4]}\n")

    # re-read the written file and validate it again, independently of the in-memory data
    with open(out, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == HEADER, rd.fieldnames
        back = list(rd)
    stats = {"facts": 0, "coded": 0, "empty": 0, "approx": 0}
    kinds, levels, scopes, codes = {}, {}, {}, {}
    for r in back:
        assert r["case_id"].startswith(PREFIX)
        fs = json.loads(r["facts"])
        assert isinstance(fs, list)
        assert unicodedata.is_normalized("NFC", r["text"]) and unicodedata.is_normalized("NFC", r["facts"])
        kinds[r["source_kind"]] = kinds.get(r["source_kind"], 0) + 1
        levels[r["source_kind"] + ":" + r["doc_level"]] = levels.get(r["source_kind"] + ":" + r["doc_level"], 0) + 1
        stats["facts"] += len(fs)
        stats["empty"] += not fs
        for fa in fs:
            assert set(fa) == KEYS
            stats["approx"] += fa["approx"]
            scopes[fa["scope"] or '""'] = scopes.get(fa["scope"] or '""', 0) + 1
            if fa["code"]:
                assert fa["code"] in cat
                stats["coded"] += 1
                codes[fa["code"]] = codes.get(fa["code"], 0) + 1
    print(f"cases={len(back)} " + " ".join(f"{k}={v}" for k, v in stats.items()))
    print("source_kind:", kinds)
    print("kind:doc_level:", levels)
    print("fact scopes:", scopes)
    print("codes:", ", ".join(f"{k}×{v}" for k, v in sorted(codes.items(), key=lambda x: (-x[1], x[0]))))
    print("sources:", len({c[4] for c in C}))
    if errs:
        print("ERRORS:\n" + "\n".join(errs))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
