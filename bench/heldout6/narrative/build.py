# Builds and validates cases.csv for held-out set 6 (narrative reader).
# Written blind (no pipeline code or tests read). Every text is my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py   (writes cases.csv next to this file, re-reads it and validates it)
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")

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


# ---------------------------------------------------------------- Lạng Sơn, after 1/7/2025
src("https://www.vietnam.vn/en/truyen-thong-tao-da-cai-cach")
rep("tinh", "Hiện nay, tổng số TTHC thuộc thẩm quyền giải quyết của chính quyền các cấp trên địa bàn tỉnh Lạng Sơn là 2.124 thủ tục; trong đó cấp tỉnh 1.750 thủ tục, cấp xã 374 thủ tục.",
    [F(2124, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "tinh", code="BM3-1.4"),
     F(1750, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
     F(374, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])
rep("tinh", "Từ ngày 01/7 đến ngày 03/12/2025, toàn tỉnh tiếp nhận 343.399 hồ sơ TTHC, trong đó 301.358 hồ sơ được tiếp nhận và xử lý trực tuyến, chiếm 87,76%; 99% số hồ sơ được giải quyết trước và đúng hạn.",
    [F(343399, "hồ sơ", "tiếp nhận", "tinh", code="BM7-6.4.1"),
     F(301358, "hồ sơ", "tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
     F(87.76, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4"),
     F(99, "%", "tỷ lệ giải quyết trước và đúng hạn", "tinh")])
news("xa", "Xã biên giới Thụy Hùng (tỉnh Lạng Sơn) có diện tích tự nhiên 108,73 km2, gồm 27 thôn với 1.649 hộ, 6.890 nhân khẩu.")
news("xa", "Nhờ đẩy mạnh tuyên truyền, đến nay tỷ lệ hồ sơ xử lý trực tuyến của xã Thụy Hùng đạt 91,28%, vượt 1,28% so với chỉ tiêu tỉnh giao; tỷ lệ chứng thực bản sao điện tử đạt 98,16%.",
     [F(91.28, "%", "tỷ lệ hồ sơ xử lý trực tuyến", "xa"),
      F(98.16, "%", "tỷ lệ chứng thực bản sao điện tử", "xa")])
rep("so_nganh", "Từ đầu năm 2025 đến nay, Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn đã xây dựng và đăng tải 103 tin, bài tuyên truyền về cải cách TTHC.",
    [F(103, "tin, bài", "tin, bài tuyên truyền về cải cách TTHC", "trung_tam")])

src("https://old.baolangson.vn/en/?p=31410")
rep("tinh", "Năm 2022, Cổng Dịch vụ công và Hệ thống thông tin một cửa điện tử tỉnh Lạng Sơn cung cấp 1.816 dịch vụ công trực tuyến, gồm 374 dịch vụ mức độ 2, 393 dịch vụ mức độ 3 và 1.049 dịch vụ mức độ 4 (đạt 57,67%).",
     [F(1816, "dịch vụ", "dịch vụ công trực tuyến được cung cấp", "tinh"),
      F(374, "dịch vụ", "dịch vụ công trực tuyến mức độ 2", "tinh"),
      F(393, "dịch vụ", "dịch vụ công trực tuyến mức độ 3", "tinh", code="BM7-6.1.2"),
      F(1049, "dịch vụ", "dịch vụ công trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
      F(57.67, "%", "tỷ lệ dịch vụ công trực tuyến mức độ 4", "tinh")])
news("tinh", "Ngày 28/12/2022, Cục Chuyển đổi số quốc gia và Hiệp hội Truyền thông số Việt Nam vinh danh Lạng Sơn là một trong 5 tỉnh, thành phố cung cấp dịch vụ công trực tuyến tốt nhất; trong năm, tỉnh đã giảm tới 40% mức thu nhiều loại phí, lệ phí.")

src("https://www.vietnam.vn/en/giam-cho-doi-tang-hai-long")
rep("tinh", "Năm 2021, UBND tỉnh ban hành Quyết định số 1495 phê duyệt Đề án cải cách TTHC tỉnh Lạng Sơn giai đoạn 2021 - 2025, định hướng đến năm 2030 với 6 mục tiêu cụ thể và 6 nhiệm vụ; một trong các mục tiêu là đề xuất cắt giảm tối thiểu 30% thời gian thực hiện đối với các TTHC có thời gian giải quyết từ 3 ngày trở lên.")
rep("tinh", "Từ năm 2021 đến nay, Chủ tịch UBND tỉnh đã phê duyệt phương án cắt giảm thời gian giải quyết đối với 484 TTHC; Văn phòng UBND tỉnh được giao tổ chức 2 lớp tập huấn mỗi năm về kiểm soát TTHC cho cán bộ, công chức các cấp.",
    [F(484, "TTHC", "TTHC được phê duyệt phương án cắt giảm thời gian giải quyết", "tinh")])

src("https://english.langson.gov.vn/lang-son-province-among-group-12-ministries-provinces-reaching-provision-30-online-public-services")
rep("so_nganh", "Quý I/2020, Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn tiếp nhận 7.520 hồ sơ, trong đó tiếp nhận trực tiếp 5.982 hồ sơ (79,55%), trực tuyến 1.448 hồ sơ (19,26%) và qua dịch vụ bưu chính công ích 90 hồ sơ (1,19%).",
    [F(7520, "hồ sơ", "tiếp nhận", "trung_tam"),
     F(5982, "hồ sơ", "tiếp nhận trực tiếp", "trung_tam"),
     F(79.55, "%", "tỷ lệ tiếp nhận trực tiếp", "trung_tam"),
     F(1448, "hồ sơ", "tiếp nhận trực tuyến", "trung_tam"),
     F(19.26, "%", "tỷ lệ tiếp nhận trực tuyến", "trung_tam"),
     F(90, "hồ sơ", "tiếp nhận qua bưu chính công ích", "trung_tam"),
     F(1.19, "%", "tỷ lệ tiếp nhận qua bưu chính công ích", "trung_tam")])
rep("so_nganh", "Cũng trong quý, Trung tâm đã trả kết quả 6.976 hồ sơ, trong đó trả trước hạn 2.789 hồ sơ (39,98%), đúng hạn 4.169 hồ sơ (59,76%) và trễ hạn 18 hồ sơ (0,26%).",
    [F(6976, "hồ sơ", "đã trả kết quả", "trung_tam"),
     F(2789, "hồ sơ", "trả kết quả trước hạn", "trung_tam"),
     F(39.98, "%", "tỷ lệ trả kết quả trước hạn", "trung_tam"),
     F(4169, "hồ sơ", "trả kết quả đúng hạn", "trung_tam"),
     F(59.76, "%", "tỷ lệ trả kết quả đúng hạn", "trung_tam"),
     F(18, "hồ sơ", "trả kết quả trễ hạn", "trung_tam"),
     F(0.26, "%", "tỷ lệ trễ hạn", "trung_tam")])
news("tinh", "Theo Cục Tin học hóa (Bộ Thông tin và Truyền thông), đến hết tháng 4/2020 các bộ, ngành, địa phương đã cung cấp hơn 54.000 dịch vụ công trực tuyến mức độ 3, 4, trong đó hơn 16.000 dịch vụ mức độ 4; tỷ lệ dịch vụ mức độ 3, 4 có phát sinh hồ sơ trực tuyến là 25,3%.",
     [F(54000, "dịch vụ", "dịch vụ công trực tuyến mức độ 3, 4 (cả nước)", "", True),
      F(16000, "dịch vụ", "dịch vụ công trực tuyến mức độ 4 (cả nước)", "", True),
      F(25.3, "%", "tỷ lệ dịch vụ mức độ 3, 4 có phát sinh hồ sơ trực tuyến (cả nước)", "")])
news("tinh", "Tỷ lệ dịch vụ công trực tuyến mức độ 4 do các bộ, ngành, địa phương cung cấp tăng liên tục, từ 4,55% năm 2018 lên 10,76% năm 2019 và đạt 13,3% vào cuối tháng 4/2020.",
     [F(13.3, "%", "tỷ lệ dịch vụ công trực tuyến mức độ 4 (cả nước)", "")])
news("tinh", "Lạng Sơn nằm trong nhóm 7 tỉnh, thành phố (cùng An Giang, Đà Nẵng, Lào Cai, Thừa Thiên Huế, Nam Định và Tiền Giang) đạt chỉ tiêu cung cấp 30% dịch vụ công trực tuyến ở mức độ 4.")

src("https://www.vietnam.vn/en/xay-dung-bo-may-hanh-chinh-vi-nhan-dan-o-lang-son")
news("xa", "Trung tâm Phục vụ hành chính công xã Điềm He (tỉnh Lạng Sơn) có 7 công chức, trong đó 1 Phó Chủ tịch UBND xã kiêm Giám đốc Trung tâm.",
     [F(7, "công chức", "công chức làm việc tại Trung tâm", "xa"),
      F(1, "người", "Phó Chủ tịch UBND xã kiêm Giám đốc Trung tâm", "xa")])
news("xa", "Tại Trung tâm Phục vụ hành chính công xã Chi Lăng (tỉnh Lạng Sơn), ngay trong buổi sáng ngày 01/7/2025, đến khoảng 11 giờ đã có gần 100 lượt người dân đến làm thủ tục.",
     [F(100, "lượt", "lượt người đến làm thủ tục", "xa", True)])

src("https://www.vietnam.vn/en/lang-son-chay-da-chinh-quyen-2-cap")
news("tinh", "Tỉnh Lạng Sơn có 65 đơn vị hành chính cấp xã (61 xã và 4 phường); trong hai ngày 26 và 27/6/2025, tỉnh đồng loạt chạy thử mô hình chính quyền địa phương hai cấp trước khi vận hành chính thức từ ngày 01/7/2025.")

# ---------------------------------------------------------------- Hà Tĩnh
src("http://congluan.vn/doi-song-xa-hoi/dia-phuong/tp-ha-tinh-trung-tam-hanh-chinh-cong-moi-tuan-co-2-500-luot-nguoi-giao-dich-35600")
news("huyen", "Trung tâm Hành chính công thành phố Hà Tĩnh bố trí 19 quầy, bàn hướng dẫn, tiếp nhận và trả kết quả TTHC, cùng các phòng điều hành, giám sát và phòng để lãnh đạo các phòng chuyên môn trực ký hồ sơ lấy ngay.",
     [F(19, "quầy", "quầy, bàn hướng dẫn, tiếp nhận và trả kết quả", "huyen")])
news("huyen", "Sau tuần đầu hoạt động thử nghiệm, Trung tâm đã đón hơn 2.500 lượt cá nhân, tổ chức đến giao dịch, tiếp nhận 1.359 hồ sơ và trả 1.132 kết quả.",
     [F(2500, "lượt", "lượt cá nhân, tổ chức đến giao dịch", "huyen", True),
      F(1359, "hồ sơ", "tiếp nhận", "huyen"),
      F(1132, "hồ sơ", "đã trả kết quả", "huyen")])

src("https://cadn.com.vn/print/khai-truong-trung-tam-hanh-chinh-cong-tinh-ha-tinh-post169049.html")
news("tinh", "Ngày 13/7, UBND tỉnh Hà Tĩnh khai trương Trung tâm Hành chính công tỉnh tại số 2A đường Nguyễn Chí Thanh; Trung tâm được thành lập theo Quyết định số 531/QĐ-UBND và sẽ tiếp nhận, giải quyết 1.070 TTHC của 18 cơ quan, đơn vị.")

# ---------------------------------------------------------------- Quảng Nam 2023-2024
src("https://www.vietnam.vn/en/cap-thiet-giai-toa-diem-nghen")
news("tinh", "Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của tỉnh Quảng Nam đạt 84,6 điểm, xếp thứ 56/63 tỉnh, thành phố; riêng lĩnh vực cải cách TTHC xếp thứ 62/63.",
     [F(84.6, "điểm", "Chỉ số cải cách hành chính (PAR INDEX)", "tinh")])
news("tinh", "Ngày 11/7/2024, HĐND tỉnh Quảng Nam ban hành Nghị quyết quy định mức thu lệ phí bằng 0 đồng đối với hồ sơ nộp qua dịch vụ công trực tuyến.")
rep("tinh", "Đến nay, 16/16 sở, ban, ngành và 15 huyện, thị xã, thành phố của tỉnh Quảng Nam đã chuyển 100% TTHC sang tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.",
    [F(16, "cơ quan", "sở, ban, ngành chuyển TTHC qua bưu chính công ích", "so_nganh"),
     F(16, "cơ quan", "tổng số sở, ban, ngành", "so_nganh"),
     F(15, "đơn vị", "huyện, thị xã, thành phố chuyển TTHC qua bưu chính công ích", "huyen"),
     F(100, "%", "tỷ lệ TTHC chuyển tiếp nhận, trả kết quả qua bưu chính công ích", "tinh")])
rep("tinh", "Theo Trung tâm Phục vụ hành chính công tỉnh, 6 tháng đầu năm 2024 tỷ lệ tiếp nhận, xử lý hồ sơ trực tuyến ở cấp tỉnh, cấp huyện và cấp xã lần lượt đạt 92,4%, 61,5% và 71%.",
    [F(92.4, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp tỉnh", "so_nganh"),
     F(61.5, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp huyện", "huyen"),
     F(71, "%", "tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến cấp xã", "xa")])
rep("tinh", "Tính đến ngày 12/8/2024, tỉnh có 1.159 TTHC được cung cấp dịch vụ công trực tuyến (đạt 60,5%); điểm thành phần dịch vụ công trực tuyến của tỉnh đạt 7,7 điểm, tương đương 64% số điểm tối đa.",
    [F(1159, "TTHC", "TTHC được cung cấp dịch vụ công trực tuyến", "tinh"),
     F(60.5, "%", "tỷ lệ TTHC được cung cấp dịch vụ công trực tuyến", "tinh"),
     F(7.7, "điểm", "điểm thành phần dịch vụ công trực tuyến", "tinh"),
     F(64, "%", "tỷ lệ điểm thành phần dịch vụ công trực tuyến đạt được", "tinh")])

# ---------------------------------------------------------------- Hòa Bình (quarter II, year not given on the page)
src("http://baohoabinh.com.vn/en/1/6618/Hoa-Binh-speeds-up-single-window-mechanism-implementati111n.htm")
rep("tinh", "Trong quý II, tỉnh Hòa Bình tiếp nhận và giải quyết 43.535 hồ sơ trực tuyến trên tổng số 88.412 hồ sơ; trong đó 2.635 hồ sơ lĩnh vực công thương, giao thông vận tải được xử lý qua Cổng Dịch vụ công quốc gia (tính đến ngày 14/6) và 40.900 hồ sơ qua Cổng dịch vụ công của tỉnh.",
     [F(43535, "hồ sơ", "tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
      F(88412, "hồ sơ", "tổng số hồ sơ tiếp nhận", "tinh", code="BM7-6.4.1"),
      F(2635, "hồ sơ", "hồ sơ trực tuyến xử lý qua Cổng Dịch vụ công quốc gia", "tinh"),
      F(40900, "hồ sơ", "hồ sơ trực tuyến xử lý qua Cổng dịch vụ công của tỉnh", "tinh")])
rep("tinh", "Ngày 3/3, Chủ tịch UBND tỉnh ban hành Quyết định số 449/QĐ-UBND giao chỉ tiêu TTHC trực tuyến mức độ 3, 4 năm nay cho các cơ quan; tỷ lệ hồ sơ xử lý trực tuyến tại mỗi cơ quan phải đạt tối thiểu 51% tổng số hồ sơ tiếp nhận.")

src("http://baohoabinh.com.vn/en/2/9970/Hang-Kia-commune-improves-public-services.htm")
rep("xa", "Trong 9 tháng đầu năm 2024, xã Hang Kia (huyện Mai Châu) giải quyết hơn 230 hồ sơ TTHC, 100% hồ sơ hoàn thành đúng hạn, phần lớn được xử lý trên hệ thống điện tử.",
    [F(230, "hồ sơ", "đã giải quyết", "xa", True, "BM3-3.3.1"),
     F(100, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("https://en.baohoabinh.com.vn/1/5234/Bao-La-commune-ensures-stable-operati111ns-after-merger.htm")
news("xa", "Bộ phận tiếp nhận và trả kết quả của xã Bảo La chính thức hoạt động từ ngày 13/2; riêng hai ngày 18 và 19/2, xã đã giải quyết hồ sơ xác nhận hộ nghèo cho hơn 200 hộ gia đình.",
     [F(200, "hộ", "hộ được giải quyết hồ sơ xác nhận hộ nghèo", "xa", True)])

# ---------------------------------------------------------------- Cà Mau
src("http://trungtamhanhchinhcong.camau.gov.vn/ca-mau-la-diem-sang-trong-thuc-hien-cai-cach-hanh-chinh.477")
rep("tinh", "Qua 6 tháng đầu năm, tỉnh Cà Mau đã cắt giảm từ 5 - 50% thời gian giải quyết đối với 119 TTHC; toàn tỉnh hiện cung cấp hơn 1.600 TTHC trực tuyến mức độ 3 và mức độ 4.",
     [F(119, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh"),
      F(1600, "TTHC", "TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh", True, "BM7-6.3.1")])
rep("tinh", "Tỷ lệ hồ sơ được giải quyết trước và đúng hẹn của các cơ quan, đơn vị trên địa bàn tỉnh trung bình đạt trên 99%.",
     [F(99, "%", "tỷ lệ hồ sơ giải quyết trước và đúng hẹn", "tinh", True)])

src("http://trungtamhanhchinhcong.camau.gov.vn/cong-tac-cai-cach-thu-tuc-hanh-chinh-dat-duoc-nhieu-dau-an-noi-bat-sau-10-nam-thuc-hien-chuong-trinh-tong-the-cchc.958")
rep("tinh", "Sau 10 năm thực hiện Chương trình tổng thể cải cách hành chính, tỉnh Cà Mau đã cắt giảm thời gian giải quyết so với quy định của trên 1.000 TTHC (mức cắt giảm từ 5% đến 83%) và kiến nghị các bộ, ngành Trung ương phương án đơn giản hóa 136 thủ tục.",
    [F(1000, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh", True),
     F(136, "TTHC", "TTHC kiến nghị Trung ương phương án đơn giản hóa", "tinh")])
rep("tinh", "UBND tỉnh Cà Mau ban hành Quyết định số 08/2014/QĐ-UBND ngày 05/5/2014 về quy chế tiếp nhận, xử lý phản ánh, kiến nghị và Quyết định số 55/2018/QĐ-UBND ngày 28/12/2018 về quy chế phối hợp kiểm soát TTHC; các sở, ngành khi trình công bố TTHC mới phải tham mưu cắt giảm 20% thời gian giải quyết.")

src("https://tracuuquyhoach.com/tin-tuc/ca-mau-tiep-tuc-dan-dau-ca-nuoc-ve-chi-so-phuc-vu-nguoi-dan-va-doanh-nghiep-51198467")
news("tinh", "Theo Báo cáo số 12/BC-VPCP ngày 2/1/2025 của Văn phòng Chính phủ, năm 2024 Cà Mau đạt 91,06 điểm về Bộ chỉ số phục vụ người dân, doanh nghiệp, tăng 1,43% và đứng đầu các địa phương.",
     [F(91.06, "điểm", "Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
rep("so_nganh", "Trung tâm Giải quyết TTHC tỉnh Cà Mau tiếp nhận và trả kết quả cho 1.577 thủ tục, gồm 1.518 thủ tục của 18 sở, ban, ngành tỉnh, 32 thủ tục của ngành dọc (Công an, Bảo hiểm xã hội) và 27 thủ tục của Công ty Điện lực, Công ty Cổ phần Cấp nước Cà Mau.",
    [F(1577, "TTHC", "TTHC tiếp nhận, trả kết quả tại Trung tâm", "trung_tam"),
     F(1518, "TTHC", "TTHC của các sở, ban, ngành tại Trung tâm", "trung_tam"),
     F(32, "TTHC", "TTHC của ngành dọc tại Trung tâm", "trung_tam"),
     F(27, "TTHC", "TTHC của doanh nghiệp điện, nước tại Trung tâm", "trung_tam")])

src("http://baokiemtoan.vn/van-phong-ubnd-tinh-ca-mau-ptag.html")
news("tinh", "Tại Cà Mau, số TTHC thuộc thẩm quyền giải quyết của UBND tỉnh, Chủ tịch UBND tỉnh và các sở, ban, ngành chiếm gần 61% tổng số TTHC của toàn tỉnh, trong khi số thủ tục ở cấp huyện, cấp xã còn ít.",
     [F(61, "%", "tỷ lệ TTHC thuộc thẩm quyền cấp tỉnh trên tổng số TTHC", "so_nganh", True)])

src("https://www.vietnam.vn/en/ca-mau-trien-khai-ke-hoach-02-kh-bcdtw-thuc-day-chuyen-doi-so-lien-thong-dong-bo-nhanh-hieu-qua")
news("tinh", "Sau hợp nhất với tỉnh Bạc Liêu, Cà Mau thành lập 64 Trung tâm Phục vụ hành chính công xã, phường và triển khai Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ.")

# ---------------------------------------------------------------- Bạc Liêu
src("http://royalpieco.com/leveraging-administrative-reform-as-driving-force-for-development.html")
rep("tinh", "Đến nay, Hệ thống thông tin giải quyết TTHC tỉnh Bạc Liêu đã cung cấp 1.356 dịch vụ công trực tuyến toàn trình và một phần.",
     [F(1356, "dịch vụ", "dịch vụ công trực tuyến toàn trình và một phần", "tinh")])
src("https://www.dtgcorp.com.vn/news/so-vhtt-dl-tinh-bac-lieu-day-manh-ung-dung-cntt-485")
news("so_nganh", "Dù mới đi vào hoạt động, Trung tâm Phục vụ hành chính công tỉnh Bạc Liêu đã giải quyết đúng hạn trên 90% hồ sơ của tổ chức, cá nhân.",
     [F(90, "%", "tỷ lệ hồ sơ giải quyết đúng hạn tại Trung tâm", "trung_tam", True)])

# ---------------------------------------------------------------- Đồng Tháp, Quảng Trị, Quảng Bình (structure around 7/2025)
src("https://amp.cand.com.vn/doi-song/dong-thap-tiep-nhan-giai-quyet-thu-tuc-hanh-chinh-vao-ngay-thu-bay-i773881")
news("tinh", "Tỉnh Đồng Tháp mới có diện tích tự nhiên 5.938,64 km2, dân số hơn 4.370.000 người, gồm 102 đơn vị hành chính cấp xã (82 xã và 20 phường); từ ngày 5/7/2025, các sở, ngành và UBND xã, phường tiếp nhận, giải quyết TTHC vào ngày thứ Bảy hằng tuần.")
src("https://news.laodong.vn/xa-hoi/giai-the-cap-huyen-ho-so-thu-tuc-hanh-chinh-da-tiep-nhan-giai-quyet-the-nao-1520290.ldo")
rep("tinh", "Quảng Trị hiện có 10 đơn vị hành chính cấp huyện (7 huyện, 1 huyện đảo, 1 thành phố, 1 thị xã) với 119 đơn vị cấp xã, gồm 13 phường, 11 thị trấn và 95 xã; hồ sơ mà UBND cấp huyện đã tiếp nhận phải được giải quyết, trả kết quả chậm nhất ngày 25/6/2025.")
src("https://news.laodong.vn/thoi-su/so-luong-chinh-thuc-don-vi-hanh-chinh-cap-xa-cua-tinh-quang-tri-sau-sap-xep-1525028.ldo")
news("tinh", "Sau sắp xếp, tỉnh Quảng Trị có 78 đơn vị hành chính cấp xã, gồm 69 xã, 8 phường và 1 đặc khu; Chính phủ xác định chính xác diện tích tự nhiên của các đơn vị trước ngày 30/9/2025 theo Đề án số 365/ĐA-CP ngày 9/5/2025.")
src("https://news.laodong.vn/xa-hoi/tim-phuong-an-xu-ly-tru-so-doi-du-sau-sap-xep-o-quang-binh-1469932.ldo")
news("xa", "Xã Phú Cảnh (huyện Quảng Trạch, tỉnh Quảng Bình) được thành lập trên cơ sở nhập hai xã Phú Hóa và Cảnh Hóa; tổng số cán bộ, công chức của xã hiện là 31 người, làm việc tại hai trụ sở cũ cách nhau khoảng 2 km.",
     [F(31, "người", "cán bộ, công chức của xã", "xa")])

# ---------------------------------------------------------------- TP Hồ Chí Minh, phường Vũng Tàu
src("https://en.sggp.org.vn/hai-phong-city-peoples-council-delegation-visits-holds-talks-in-hcmc-post121667.html")
news("xa", "Từ ngày 01/7 đến tháng 10/2025, phường Vũng Tàu (TP Hồ Chí Minh) tiếp nhận 8.106 hồ sơ TTHC và đã giải quyết 7.868 hồ sơ, đạt tỷ lệ hơn 97%; 99,6% hồ sơ được giải quyết đúng và trước hạn.",
     [F(8106, "hồ sơ", "tiếp nhận", "xa"),
      F(7868, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(97, "%", "tỷ lệ hồ sơ đã giải quyết trên số tiếp nhận", "xa", True),
      F(99.6, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", code="BM3-3.3")])

# ---------------------------------------------------------------- Điện Biên, xã Pú Nhung
src("https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/close-to-the-people-serving-effectively-uPzDDYwNg.html")
rep("xa", "Trung tâm Phục vụ hành chính công xã Pú Nhung được trang bị 2 máy scan, 1 máy photocopy, 4 máy tính và 4 máy in; Công an xã bố trí địa điểm riêng để cung cấp 25 dịch vụ công thiết yếu.",
    [F(2, "máy", "máy scan", "xa"), F(1, "máy", "máy photocopy", "xa"),
     F(4, "máy", "máy tính", "xa"), F(4, "máy", "máy in", "xa"),
     F(25, "dịch vụ", "dịch vụ công thiết yếu do Công an xã cung cấp", "xa")])
rep("xa", "Từ ngày 1 - 28/7/2025, xã tiếp nhận 279 hồ sơ (223 hồ sơ trực tiếp, 56 hồ sơ trực tuyến), đã giải quyết và trả kết quả 256 hồ sơ, số còn lại đang trong thời hạn giải quyết.",
    [F(279, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
     F(223, "hồ sơ", "tiếp nhận trực tiếp", "xa"),
     F(56, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(256, "hồ sơ", "đã giải quyết, trả kết quả", "xa", code="BM3-3.3.1")])

# ---------------------------------------------------------------- Gia Lai, after 1/7/2025
src("https://www.vietnam.vn/en/ban-phap-che-hdnd-tinh-gia-lai-giam-sat-tai-trung-tam-phuc-vu-hanh-chinh-cong-tinh")
rep("so_nganh", "Trung tâm Phục vụ hành chính công tỉnh Gia Lai được thành lập ngày 01/7/2025 trên cơ sở hợp nhất trung tâm hành chính công của hai tỉnh Bình Định và Gia Lai cũ, có 2 cơ sở tại số 127 Hai Bà Trưng (phường Quy Nhơn) và số 69 Hùng Vương (phường Pleiku), với 4 phòng chuyên môn trực thuộc.")
rep("so_nganh", "Trung tâm đã tổ chức 8 buổi tập huấn trực tuyến và thành lập Tổ phản ứng nhanh để hỗ trợ kỹ thuật cho cán bộ cấp xã trên hệ thống iGate.",
    [F(8, "buổi", "buổi tập huấn trực tuyến", "trung_tam")])
rep("so_nganh", "Trung tâm đã triển khai 2.142 dịch vụ công trực tuyến, trong đó 823 dịch vụ toàn trình; tỷ lệ hồ sơ trực tuyến đạt 81,5% và tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%.",
    [F(2142, "dịch vụ", "dịch vụ công trực tuyến triển khai", "trung_tam"),
     F(823, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "trung_tam"),
     F(81.5, "%", "tỷ lệ hồ sơ trực tuyến", "trung_tam"),
     F(97.5, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "trung_tam")])
rep("tinh", "Từ ngày 01/7 đến ngày 24/8/2025, toàn tỉnh Gia Lai tiếp nhận 227.748 hồ sơ, trong đó hơn 185.000 hồ sơ được nộp trực tuyến.",
     [F(227748, "hồ sơ", "tiếp nhận", "tinh", code="BM7-6.4.1"),
      F(185000, "hồ sơ", "tiếp nhận trực tuyến", "tinh", True, "BM7-6.4.2")])
news("tinh", "Trung tâm đã phối hợp với BIDV và Agribank mở 91 điểm đại lý dịch vụ công trực tuyến, lắp ki-ốt thông minh tại bộ phận một cửa cấp xã; theo Cổng Dịch vụ công quốc gia, tháng 8/2025 Gia Lai xếp thứ 6/34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp.",
     [F(91, "điểm", "điểm đại lý dịch vụ công trực tuyến", "trung_tam")])

# ---------------------------------------------------------------- Bắc Giang centre, Thừa Thiên Huế centre
src("http://en.baobacgiang.com.vn/bg/politics/314982/provincial-public-administration-service-centre-improves-service-quality.html")
rep("so_nganh", "Hiện Trung tâm Phục vụ hành chính công tỉnh Bắc Giang giải quyết 1.730 TTHC, đạt 96,1% và tăng 20% so với năm 2016; trong đó có 179 thủ tục của các cơ quan Trung ương đóng trên địa bàn.",
     [F(1730, "TTHC", "TTHC giải quyết tại Trung tâm", "trung_tam"),
      F(96.1, "%", "tỷ lệ TTHC giải quyết tại Trung tâm", "trung_tam"),
      F(179, "TTHC", "TTHC của cơ quan Trung ương giải quyết tại Trung tâm", "trung_tam")])
news("so_nganh", "Tỷ lệ người dân, tổ chức hài lòng khi giao dịch tại Trung tâm đạt trên 99%, nhất là ở các tiêu chí cơ sở vật chất, sự thuận tiện và thái độ của công chức.",
     [F(99, "%", "tỷ lệ hài lòng của người dân, tổ chức", "trung_tam", True)])

src("https://news.c10mt.com/2018/01/thua-thien-hue-opens-public.html")
news("tinh", "Trung tâm Hành chính công tỉnh Thừa Thiên Huế đặt tại số 1 Lê Lai, phường Vĩnh Ninh, thành phố Huế, tiếp nhận và trả kết quả 1.401 TTHC; ngay ngày đầu hoạt động, Trung tâm đã xử lý khoảng 200 hồ sơ.",
     [F(1401, "TTHC", "TTHC tiếp nhận, trả kết quả tại Trung tâm", "trung_tam"),
      F(200, "hồ sơ", "hồ sơ xử lý trong ngày đầu hoạt động", "trung_tam", True)])
news("tinh", "Hiện doanh nghiệp mới thành lập chỉ mất 3 ngày để hoàn tất đăng ký kinh doanh, thuế, tài khoản ngân hàng và con dấu; năm 2018, tỉnh đặt mục tiêu tăng trưởng GDP 7,5 - 8%.")

# ---------------------------------------------------------------- Đà Nẵng, after 1/7/2025
src("https://en.nhandan.vn/da-nang-implements-proactive-public-administration-associated-with-application-of-science-and-technology-post152393.html")
rep("tinh", "Toàn thành phố Đà Nẵng đã hoàn thành kiện toàn 371 cơ quan chuyên môn và 989 đơn vị sự nghiệp công lập, bố trí công việc cho hơn 33.000 người.",
     [F(371, "cơ quan", "cơ quan chuyên môn được kiện toàn", "tinh"),
      F(989, "đơn vị", "đơn vị sự nghiệp công lập được kiện toàn", "tinh"),
      F(33000, "người", "người được bố trí công việc", "tinh", True)])
src("https://news.laodong.vn/xa-hoi/phuong-o-da-nang-lap-nhom-zalo-phan-ung-nhanh-giai-quyet-kien-nghi-cua-nguoi-dan-1535460.ldo")
news("xa", "Do thời hạn xử lý ý kiến, kiến nghị của người dân qua Cổng góp ý chỉ có 1 tuần, Trung tâm Phục vụ hành chính công phường Hòa Xuân (TP Đà Nẵng) lập nhóm Zalo để phản hồi nhanh; ngày 4/7, Chủ tịch UBND thành phố đã ban hành văn bản chỉ đạo các xã, phường tháo gỡ vướng mắc.")

# ---------------------------------------------------------------- Bình Dương 2019 (bưu chính công ích)
src("https://baobinhduong.vn/en/over-350-000-applications-delivered-to-peoples-homes-a214118.html")
rep("tinh", "Thực hiện Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 827/QĐ-UBND của UBND tỉnh, năm 2019 Bình Dương tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích đối với 742 TTHC cấp tỉnh, 153 TTHC cấp huyện và 61 TTHC cấp xã.",
     [F(742, "TTHC", "TTHC cấp tỉnh thực hiện qua bưu chính công ích", "so_nganh"),
      F(153, "TTHC", "TTHC cấp huyện thực hiện qua bưu chính công ích", "huyen"),
      F(61, "TTHC", "TTHC cấp xã thực hiện qua bưu chính công ích", "xa")])
rep("tinh", "Trong năm, các sở, ngành, UBND cấp huyện đã phối hợp với Bưu điện tỉnh tiếp nhận gần 70.000 hồ sơ tại bưu cục và các phường thí điểm; Bưu điện tỉnh đã chuyển trả hơn 350.000 kết quả giải quyết hồ sơ đến địa chỉ theo yêu cầu.",
     [F(70000, "hồ sơ", "hồ sơ tiếp nhận qua bưu chính công ích", "tinh", True),
      F(350000, "hồ sơ", "kết quả giải quyết trả qua bưu chính công ích", "tinh", True)])

# ---------------------------------------------------------------- Giải ngân vốn đầu tư công 2024 (Bộ Tài chính)
src("https://xe.today/2025/02/02/unlocking-the-potential-achieving-a-93-06-disbursement-rate-for-public-investment-plans")
rep("tinh", "Tính đến ngày 31/01/2025, tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2024 của tỉnh Sóc Trăng đạt 99,67%, thuộc nhóm địa phương giải ngân cao nhất cả nước.",
     [F(99.67, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", code="BM6-1")])
news("tinh", "Tính đến ngày 31/01/2025, cả nước giải ngân vốn đầu tư công năm 2024 đạt 93,06% kế hoạch Thủ tướng Chính phủ giao; 37/63 tỉnh, thành phố có tỷ lệ giải ngân cao hơn mức bình quân chung.",
     [F(93.06, "%", "tỷ lệ giải ngân vốn đầu tư công (cả nước)", ""),
      F(37, "tỉnh", "tỉnh, thành phố giải ngân cao hơn bình quân", ""),
      F(63, "tỉnh", "tổng số tỉnh, thành phố", "")])
news("tinh", "Một số địa phương có tỷ lệ giải ngân dưới 65%, gồm Quảng Ngãi, Lâm Đồng, Kiên Giang, Bình Phước và Quảng Ninh; Bộ Tài chính đề nghị các địa phương phấn đấu giải ngân ít nhất 95% kế hoạch vốn.")

# ---------------------------------------------------------------- national: biên chế, VBQPPL, hồ sơ đầu tháng 7/2025
src("https://sggpnews.org.vn/national/online-public-services-save-significant-cost-86570.html")
news("tinh", "Bộ Nội vụ đã thẩm định vị trí việc làm của các bộ, ngành và địa phương, xác định tổng số 143.943 biên chế ở các bộ, cơ quan trung ương và 1.750.081 người làm việc tại các địa phương.",
     [F(143943, "biên chế", "biên chế ở các bộ, cơ quan trung ương", ""),
      F(1750081, "người", "người làm việc tại các địa phương", "")])
src("http://plo.vn/thoi-su/chinh-tri/phat-hien-gan-7000-van-ban-co-dau-hieu-trai-phap-luat-153700.html")
news("tinh", "Qua 5 năm tự kiểm tra văn bản, tỉnh Cao Bằng phát hiện một nửa trong số 124 văn bản được kiểm tra có sai phạm; tại Nghệ An, 660 trong số 1.000 văn bản được kiểm tra có sai sót.",
     [F(124, "văn bản", "văn bản được tự kiểm tra (Cao Bằng)", "tinh"),
      F(660, "văn bản", "văn bản có sai sót (Nghệ An)", "tinh"),
      F(1000, "văn bản", "văn bản được kiểm tra (Nghệ An)", "tinh")])
news("tinh", "Trong hơn 35.800 văn bản tiếp nhận, Bộ Tư pháp đã phát hiện hơn 4.300 văn bản sai luật; ngày 22/9, Cục Kiểm tra văn bản quy phạm pháp luật gửi văn bản đôn đốc các bộ và tỉnh, thành phố chưa nghiêm túc tự kiểm tra, xử lý.",
     [F(35800, "văn bản", "văn bản Bộ Tư pháp tiếp nhận để kiểm tra", "", True),
      F(4300, "văn bản", "văn bản phát hiện sai luật", "", True)])
src("https://vietnamnews.vn/economy/1720820/viet-nam-aims-to-move-all-business-related-administrative-procedures-online-in-2025.html")
news("tinh", "Ngày 01/7/2025, hồ sơ nộp trực tuyến chiếm 57% tổng số hồ sơ trên cả nước; sang ngày 2/7, cả nước tiếp nhận 38.000 hồ sơ, trong đó 59,7% nộp trực tuyến và 40,4% nộp trực tiếp.",
     [F(57, "%", "tỷ lệ hồ sơ nộp trực tuyến ngày 01/7 (cả nước)", ""),
      F(38000, "hồ sơ", "hồ sơ tiếp nhận ngày 2/7 (cả nước)", ""),
      F(59.7, "%", "tỷ lệ hồ sơ nộp trực tuyến ngày 2/7 (cả nước)", ""),
      F(40.4, "%", "tỷ lệ hồ sơ nộp trực tiếp ngày 2/7 (cả nước)", "")])
news("tinh", "Đến 16 giờ ngày 3/7/2025, cả nước đã tiếp nhận hơn 40.000 hồ sơ, với 59,3% nộp trực tuyến; Chính phủ đã ban hành 28 nghị định về phân định thẩm quyền và các bộ, ngành ban hành 58 thông tư hướng dẫn.",
     [F(40000, "hồ sơ", "hồ sơ tiếp nhận đến ngày 3/7 (cả nước)", "", True),
      F(59.3, "%", "tỷ lệ hồ sơ nộp trực tuyến (cả nước)", ""),
      F(28, "nghị định", "nghị định phân định thẩm quyền được ban hành", ""),
      F(58, "thông tư", "thông tư hướng dẫn được ban hành", "")])

# ---------------------------------------------------------------- Sơn La
src("https://en.baosonla.org.vn/thoi-su-chinh-tri/son-la-seeks-to-lift-citizen-and-business-service-index-2MLGpaGDg.html")
news("tinh", "Theo dữ liệu trên Cổng Dịch vụ công quốc gia, tỉnh Sơn La đạt 86,94/100 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 29/34 tỉnh, thành phố.",
     [F(86.94, "điểm", "Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
rep("tinh", "Trong đó, chỉ số công khai, minh bạch đạt 15,3 điểm; tiến độ giải quyết 16,39 điểm; dịch vụ trực tuyến 14,31 điểm; mức độ hài lòng 17,88 điểm và số hóa hồ sơ 19,75 điểm.",
    [F(15.3, "điểm", "chỉ số công khai, minh bạch", "tinh"),
     F(16.39, "điểm", "chỉ số tiến độ giải quyết", "tinh"),
     F(14.31, "điểm", "chỉ số dịch vụ trực tuyến", "tinh"),
     F(17.88, "điểm", "chỉ số mức độ hài lòng", "tinh"),
     F(19.75, "điểm", "chỉ số số hóa hồ sơ", "tinh")])
src("https://en.baosonla.org.vn/thoi-su-chinh-tri/son-la-targets-higher-public-service-index-through-administrative-reform-jaZ0ZmNDg.html")
news("tinh", "Hội nghị quán triệt Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp; năm 2025, Sơn La xếp thứ 23/34 tỉnh, thành phố.")
src("https://sonlatour.vn/en/tin-tuc/son-la-determined-and-creative-in-administrative-reform-4")
rep("huyen", "Đến nay, thị xã Mộc Châu cung cấp hơn 300 dịch vụ công trực tuyến toàn trình và một phần ở cấp thị xã và hơn 100 dịch vụ công ở cấp xã, phường; tỷ lệ hồ sơ xử lý trực tuyến đạt trên 80%.",
     [F(300, "dịch vụ", "dịch vụ công trực tuyến cấp thị xã", "huyen", True),
      F(100, "dịch vụ", "dịch vụ công trực tuyến cấp xã, phường", "xa", True),
      F(80, "%", "tỷ lệ hồ sơ xử lý trực tuyến", "huyen", True)])

# ---------------------------------------------------------------- Lào Cai, Yên Bái, Lai Châu
src("https://doingoailaocai.vn/en/bai-viet/23443")
rep("tinh", "Đến hết năm 2024, trên 98% văn bản điện tử trên địa bàn tỉnh Lào Cai được ký số và luân chuyển qua hệ thống VNPT-iOffice; 100% cơ quan hành chính nhà nước từ cấp tỉnh đến cấp xã sử dụng hệ thống này.",
    [F(98, "%", "tỷ lệ văn bản điện tử được ký số, luân chuyển trên hệ thống", "tinh", True),
     F(100, "%", "tỷ lệ cơ quan hành chính sử dụng hệ thống quản lý văn bản", "tinh")])
src("https://news.laodong.vn/xa-hoi/dau-tu-14-ti-dong-cai-tao-tru-so-7-xa-thuoc-tinh-yen-bai-cu-1540865.ldo")
news("huyen", "Dự án cải tạo, sửa chữa trụ sở 7 xã thuộc huyện Bảo Yên (tỉnh Yên Bái cũ) được phê duyệt tại Quyết định số 1576/QĐ-UBND ngày 23/5/2025 với tổng mức đầu tư 14 tỷ đồng; gói thầu xây lắp trị giá hơn 12,3 tỷ đồng, thời gian thực hiện 180 ngày.")
src("https://news.laodong.vn/xa-hoi/xa-vung-cao-lao-cai-tan-dung-tang-ham-tram-y-te-lam-cong-so-1537440.ldo")
news("xa", "Xã Mường Hum (huyện Bát Xát cũ) cách trung tâm thành phố Lào Cai cũ hơn 60 km; sau khi nhập thêm hai xã Trung Lèng Hồ và Nậm Pung, số cán bộ, công chức của xã tăng gấp 3 lần trong khi trụ sở vẫn chật hẹp.")

# ---------------------------------------------------------------- Hà Giang 2024-2025
src("https://en.baohagiang.vn/administrative-reform/202501/administrative-reform-a-driver-for-ha-giangs-comprehensive-development-bb42ef5")
rep("tinh", "Năm 2024, UBND tỉnh Hà Giang đã ban hành 110 văn bản quy phạm pháp luật, tiếp tục hoàn thiện hành lang pháp lý cho công tác quản lý kinh tế - xã hội.",
    [F(110, "văn bản", "văn bản quy phạm pháp luật do UBND tỉnh ban hành", "tinh")])
rep("tinh", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh đạt 75,35%; trong năm có hơn 200.000 hồ sơ trực tuyến và 61.000 giao dịch thanh toán trực tuyến; mức độ hài lòng trong giải quyết TTHC đạt 97,55%.",
     [F(75.35, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh"),
      F(200000, "hồ sơ", "hồ sơ trực tuyến", "tinh", True),
      F(61000, "giao dịch", "giao dịch thanh toán trực tuyến", "tinh"),
      F(97.55, "%", "mức độ hài lòng trong giải quyết TTHC", "tinh")])
news("tinh", "Nhờ những kết quả trên, Hà Giang vươn lên xếp thứ 12/63 tỉnh, thành phố về chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, tăng 2 bậc so với năm 2023.")
src("https://en.baohagiang.vn/administrative-reform/202409/ha-giang-steps-up-administrative-reform-digital-transformation-8816782")
rep("tinh", "9 tháng năm 2024, 97,9% hồ sơ TTHC trên địa bàn tỉnh Hà Giang được giải quyết đúng và trước hạn; 81,4% dịch vụ công được cung cấp trực tuyến, 89,5% dịch vụ thanh toán trực tuyến được triển khai và 97,7% người dân hài lòng với dịch vụ công trực tuyến.",
    [F(97.9, "%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "tinh"),
     F(81.4, "%", "tỷ lệ dịch vụ công cung cấp trực tuyến", "tinh"),
     F(89.5, "%", "tỷ lệ dịch vụ thanh toán trực tuyến được triển khai", "tinh"),
     F(97.7, "%", "tỷ lệ người dân hài lòng với dịch vụ công trực tuyến", "tinh")])
rep("tinh", "Tỉnh đã hoàn thành 67/83 nhiệm vụ của Đề án 06 (đạt 81%) và triển khai hiệu quả 22/33 mô hình của Đề án.",
    [F(67, "nhiệm vụ", "nhiệm vụ Đề án 06 đã hoàn thành", "tinh"),
     F(83, "nhiệm vụ", "tổng số nhiệm vụ Đề án 06", "tinh"),
     F(81, "%", "tỷ lệ hoàn thành nhiệm vụ Đề án 06", "tinh"),
     F(22, "mô hình", "mô hình Đề án 06 triển khai hiệu quả", "tinh"),
     F(33, "mô hình", "tổng số mô hình Đề án 06", "tinh")])
src("https://en.baohagiang.vn/administrative-reform/202410/ha-giang-makes-breakthroughs-in-administrative-reform-c5b4f09")
rep("tinh", "Từ đầu năm 2024, trên địa bàn tỉnh áp dụng 1.867 TTHC còn hiệu lực; trong đó 267 thủ tục đã được đơn giản hóa, 1.746 thủ tục thực hiện theo cơ chế một cửa và 555 thủ tục thực hiện theo cơ chế một cửa liên thông.",
    [F(1867, "TTHC", "tổng số TTHC áp dụng trên địa bàn tỉnh", "tinh", code="BM3-1.4"),
     F(267, "TTHC", "TTHC đã được đơn giản hóa", "tinh"),
     F(1746, "TTHC", "TTHC thực hiện theo cơ chế một cửa", "tinh"),
     F(555, "TTHC", "TTHC thực hiện theo cơ chế một cửa liên thông", "tinh")])
rep("tinh", "UBND tỉnh đã phân cấp cho cấp dưới giải quyết 35 TTHC thuộc thẩm quyền; hiện tỉnh có 239 điểm kết nối mạng truyền số liệu chuyên dùng tại các cơ quan Đảng, Nhà nước.",
    [F(35, "TTHC", "TTHC được phân cấp cho cấp dưới giải quyết", "tinh"),
     F(239, "điểm", "điểm kết nối mạng truyền số liệu chuyên dùng", "tinh")])
src("https://en.baohagiang.vn/administrative-reform/202505/innovation-in-thinking-to-serve-people-bfe5637")
news("tinh", "Thực hiện Nghị quyết 18, Hà Giang giảm số sở, ngành từ 19 xuống 14 và sắp xếp 193 đơn vị hành chính cấp xã thành 73 đơn vị, giảm hơn 62%.")
rep("tinh", "Tỉnh đã số hóa toàn trình hơn 500 TTHC; trên 90% hồ sơ được nộp trực tuyến, tỷ lệ giải quyết đúng hạn trên 98%, 100% dữ liệu hộ tịch đã được số hóa và gần 16.000 người sử dụng nền tảng “Công dân số Hà Giang”.",
     [F(500, "TTHC", "TTHC được số hóa toàn trình", "tinh", True),
      F(90, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh", True),
      F(98, "%", "tỷ lệ giải quyết đúng hạn", "tinh", True),
      F(100, "%", "tỷ lệ dữ liệu hộ tịch được số hóa", "tinh"),
      F(16000, "người", "người sử dụng nền tảng Công dân số Hà Giang", "tinh", True)])
src("https://en.baohagiang.vn/administrative-reform/202504/ha-giang-aims-to-cut-30-of-administrative-procedures-for-citizens-and-businesses-77931e6")
rep("tinh", "Kế hoạch năm 2025 của tỉnh Hà Giang đặt mục tiêu cắt giảm ít nhất 30% điều kiện kinh doanh không cần thiết và ít nhất 30% thời gian, chi phí tuân thủ TTHC; phấn đấu ít nhất 50% dịch vụ công trực tuyến toàn trình đạt chuẩn và 90% người dùng hài lòng.")

# ---------------------------------------------------------------- Lâm Đồng, quý I/2024
src("https://baolamdong.vn/xa-hoi/202404/lam-dong-9833-thu-tuc-hanh-chinh-giai-quyet-dung-han-c332022/")
rep("tinh", "Quý I/2024, toàn tỉnh Lâm Đồng tiếp nhận 159.845 hồ sơ TTHC, đã giải quyết 151.295 hồ sơ; trong đó giải quyết trước hạn và đúng hạn 148.761 hồ sơ, tỷ lệ đúng hạn toàn tỉnh đạt 98,33%.",
    [F(159845, "hồ sơ", "tiếp nhận", "tinh"),
     F(151295, "hồ sơ", "đã giải quyết", "tinh"),
     F(148761, "hồ sơ", "giải quyết trước hạn và đúng hạn", "tinh"),
     F(98.33, "%", "tỷ lệ giải quyết đúng hạn", "tinh")])
rep("tinh", "Số hồ sơ đã giải quyết nhưng quá hạn là 2.534 hồ sơ, chiếm 1,67%; hiện còn 8.550 hồ sơ đang giải quyết, gồm 7.815 hồ sơ trong hạn và 735 hồ sơ đã quá hạn. Tất cả hồ sơ quá hạn đều đã có văn bản xin lỗi tổ chức, cá nhân theo quy định.",
    [F(2534, "hồ sơ", "đã giải quyết quá hạn", "tinh"),
     F(1.67, "%", "tỷ lệ giải quyết quá hạn", "tinh"),
     F(8550, "hồ sơ", "đang giải quyết", "tinh"),
     F(7815, "hồ sơ", "đang giải quyết trong hạn", "tinh"),
     F(735, "hồ sơ", "đang giải quyết đã quá hạn", "tinh")])

# ---------------------------------------------------------------- Khánh Hòa centre 2023; Khánh Hòa / Ninh Thuận Nghị định 178 (6/2025)
src("https://news.baokhanhhoa.vn/society/202311/provincial-public-administration-service-center-towards-residents-satisfaction-3a93956")
news("so_nganh", "Tính đến ngày 10/11/2023, Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa đã phục vụ hơn 4.400 lượt người đến giao dịch, trực tiếp hỗ trợ gần 2.370 người và hướng dẫn trực tuyến cho gần 600 người qua Chatbox, Fanpage, Zalo.",
     [F(4400, "lượt", "lượt người đến giao dịch tại Trung tâm", "trung_tam", True),
      F(2370, "người", "người được hỗ trợ trực tiếp", "trung_tam", True),
      F(600, "người", "người được hướng dẫn trực tuyến", "trung_tam", True)])
rep("so_nganh", "Trung tâm đã cập nhật 228 TTHC, đề xuất tích hợp thêm 29 thủ tục dịch vụ công lên Cổng Dịch vụ công quốc gia; khu vực giao dịch được trang bị 10 camera giám sát và 4 màn hình hiển thị.",
    [F(228, "TTHC", "TTHC được cập nhật tại Trung tâm", "trung_tam"),
     F(10, "camera", "camera giám sát", "trung_tam"),
     F(4, "màn hình", "màn hình hiển thị", "trung_tam")])
src("https://www.vietnam.vn/en/khanh-hoa-ninh-thuan-chi-tra-che-do-cho-nguoi-nghi-viec-do-sap-xep-bo-may")
news("tinh", "Đến ngày 23/6/2025, tỉnh Khánh Hòa đã giải quyết chế độ theo Nghị định số 178 và Nghị định số 67 cho 139 cán bộ, công chức, viên chức và người lao động; trong đó 99 trường hợp đã có quyết định nghỉ việc và nhận tiền với tổng số hơn 103,4 tỷ đồng, 40 trường hợp có quyết định nhưng chưa nhận tiền, kinh phí dự kiến hơn 40 tỷ đồng.",
     [F(139, "người", "trường hợp đã được giải quyết chế độ theo Nghị định 178, 67", "tinh"),
      F(99, "người", "trường hợp đã nghỉ việc và nhận tiền", "tinh"),
      F(103.4, "tỷ đồng", "kinh phí đã chi trả", "tinh", True),
      F(40, "người", "trường hợp có quyết định nghỉ việc nhưng chưa nhận tiền", "tinh")])
news("tinh", "Tỉnh Ninh Thuận đã giải quyết chế độ cho 428 trường hợp; trong đó 202 trường hợp đã có quyết định nghỉ việc và nhận tiền (hơn 220 tỷ đồng), 17 trường hợp có quyết định nhưng chưa nhận tiền.",
     [F(428, "người", "trường hợp đã được giải quyết chế độ", "tinh"),
      F(202, "người", "trường hợp đã nghỉ việc và nhận tiền", "tinh"),
      F(220, "tỷ đồng", "kinh phí đã chi trả", "tinh", True),
      F(17, "người", "trường hợp có quyết định nhưng chưa nhận tiền", "tinh")])
news("tinh", "Theo rà soát, từ ngày 01/7 đến cuối năm 2025, Khánh Hòa dự kiến có 894 trường hợp nghỉ việc với tổng kinh phí chi trả hơn 1.010 tỷ đồng; Ninh Thuận dự kiến 790 trường hợp, kinh phí hơn 739 tỷ đồng.")

# ---------------------------------------------------------------- An Giang, Nghị định 178 (8/2025)
src("https://news.laodong.vn/xa-hoi/de-xuat-bo-sung-875-ti-dong-giai-quyet-chinh-sach-cho-835-can-bo-nghi-viec-o-an-giang-1556849.ldo")
rep("tinh", "Tính đến ngày 05/8/2025, Sở Tài chính tỉnh An Giang nhận 2.396 hồ sơ đề nghị chi trả chế độ theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP; tỉnh đã giải quyết chế độ, chính sách cho 640 trường hợp với tổng kinh phí 744 tỷ đồng.",
    [F(2396, "hồ sơ", "hồ sơ đề nghị chi trả chế độ theo Nghị định 178, 67", "tinh"),
     F(640, "người", "trường hợp đã được giải quyết chế độ", "tinh"),
     F(744, "tỷ đồng", "kinh phí đã thực hiện", "tinh")])
rep("tinh", "Số hồ sơ còn lại là 1.756 trường hợp, gồm 312 trường hợp khối Đảng và 1.444 trường hợp khối chính quyền; Sở Tài chính đã trình UBND tỉnh đề xuất bổ sung kinh phí cho 835 trường hợp với tổng số tiền 875 tỷ đồng.",
    [F(1756, "hồ sơ", "hồ sơ chưa được giải quyết", "tinh"),
     F(312, "hồ sơ", "hồ sơ còn lại khối Đảng", "tinh"),
     F(1444, "hồ sơ", "hồ sơ còn lại khối chính quyền", "tinh")])
rep("tinh", "Đến ngày 30/6/2025, Sở Nội vụ đã tham mưu UBND tỉnh phê duyệt 1.488 trường hợp nghỉ việc, gồm 940 trường hợp nghỉ hưu trước tuổi và 548 trường hợp thôi việc ngay.",
    [F(1488, "người", "trường hợp nghỉ việc được phê duyệt", "tinh"),
     F(940, "người", "trường hợp nghỉ hưu trước tuổi", "tinh"),
     F(548, "người", "trường hợp thôi việc ngay", "tinh")])

# ---------------------------------------------------------------- national: nghỉ việc theo Nghị định 178
src("https://news.laodong.vn/thoi-su/them-90000-cong-chuc-vien-chuc-chuan-bi-nghi-khi-sap-xep-bo-may-1518479.ldo")
news("tinh", "Theo Bộ trưởng Bộ Nội vụ, đến nay đã có hơn 23.000 công chức, viên chức nghỉ việc theo Nghị định 178; thời gian tới dự kiến còn khoảng 90.000 người tiếp tục nghỉ, nâng tổng số lên 113.000 người trên cả nước.",
     [F(23000, "người", "công chức, viên chức đã nghỉ việc theo Nghị định 178 (cả nước)", "", True)])
src("https://news.laodong.vn/su-kien-binh-luan/tu-chuyen-can-bo-bo-nong-nghiep-va-moi-truong-xin-nghi-1476499.ldo")
news("tinh", "Tính đến ngày 06/3/2025, Bộ Nông nghiệp và Môi trường có 596 người nghỉ hưu trước tuổi (195 công chức, 315 viên chức và 86 người lao động) và 121 người thôi việc (19 công chức, 92 viên chức, 10 người lao động).",
     [F(596, "người", "người nghỉ hưu trước tuổi (Bộ)", ""),
      F(195, "người", "công chức nghỉ hưu trước tuổi (Bộ)", ""),
      F(315, "người", "viên chức nghỉ hưu trước tuổi (Bộ)", ""),
      F(86, "người", "người lao động nghỉ hưu trước tuổi (Bộ)", ""),
      F(121, "người", "người thôi việc (Bộ)", ""),
      F(19, "người", "công chức thôi việc (Bộ)", ""),
      F(92, "người", "viên chức thôi việc (Bộ)", ""),
      F(10, "người", "người lao động thôi việc (Bộ)", "")])

# ---------------------------------------------------------------- Bắc Ninh, after 1/7/2025
src("https://www.vietnam.vn/en/bac-ninh-chung-tay-nang-chat-luong-dich-vu-cong")
news("tinh", "Từ ngày 01/7 đến nay, Hệ thống thông tin giải quyết TTHC tỉnh Bắc Ninh tiếp nhận hơn 297.200 hồ sơ, trong đó hơn 255.100 hồ sơ trực tuyến, đạt 85,8%; tỷ lệ giải quyết trước và đúng hạn ở cấp tỉnh đạt 98,9%.",
     [F(297200, "hồ sơ", "tiếp nhận", "tinh", True, "BM7-6.4.1"),
      F(255100, "hồ sơ", "tiếp nhận trực tuyến", "tinh", True, "BM7-6.4.2"),
      F(85.8, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4"),
      F(98.9, "%", "tỷ lệ giải quyết trước và đúng hạn cấp tỉnh", "so_nganh", code="BM3-3.1")])
src("https://vietnamnews.vn/society/1731902/bac-ninh-tops-national-public-service-delivery-index.html")
news("tinh", "Bắc Ninh đã dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp trong 12 tuần liên tiếp; trước đó, khoảng cuối tháng 7 đầu tháng 8/2025, tỉnh mới xếp thứ 23/34 tỉnh, thành phố.")

# ---------------------------------------------------------------- other distractors (plans, structure, old reports)
src("https://docest.com/doc/434830/regarding-results-of-the-exaimination-of-public-administration-reform-implementation-in")
rep("tinh", "Từ ngày 07/6 đến ngày 16/6/2005, Ban Chỉ đạo cải cách hành chính tỉnh Tiền Giang kiểm tra việc thực hiện Nghị quyết số 14/NQ-TU ngày 14/10/2004 của Tỉnh ủy và Chương trình hành động số 1320/CV-UB ngày 03/12/2004 của UBND tỉnh tại một số sở và doanh nghiệp nhà nước.")
src("https://new.dongnai.gov.vn/en/news/socio-economic-news/raising-the-rate-of-online-public-service-provision-to-3-4-54388.html")
rep("tinh", "Kế hoạch số 3510/KH-UBND của UBND tỉnh Đồng Nai đặt mục tiêu năm 2021 nâng tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 3, 4 trên Cổng Dịch vụ công quốc gia tăng 20% so với năm 2020, theo lộ trình tại Quyết định số 406/QĐ-TTg ngày 22/3/2021 và Nghị quyết số 01/NQ-CP.")
src("https://www.vietnam.vn/en/vinh-long-day-manh-don-gian-hoa-thu-tuc-hanh-chinh")
news("tinh", "Từ ngày 01/10/2025, người dân, doanh nghiệp ở Vĩnh Long chỉ cần sử dụng dữ liệu điện tử khi thực hiện 25 dịch vụ công; UBND tỉnh yêu cầu các cơ quan hoàn thành rà soát, tái cấu trúc quy trình trước ngày 27/9.")
src("https://ja.laodong.vn/thoi-su/chi-dinh-chu-tich-pho-chu-tich-ubnd-dac-khu-truong-sa-o-khanh-hoa-1555175.ldo")
news("xa", "Đặc khu Trường Sa (tỉnh Khánh Hòa) được thành lập trên cơ sở toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Trường Sa, xã Song Tử Tây và xã Sinh Tồn, tổng diện tích khoảng 500 km2; cả nước có 12 đặc khu chính thức hoạt động từ ngày 01/7/2025.")


def vn_num(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    ip, dp = repr(float(v)).split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp


KEYS = {"value", "unit", "measure", "scope", "approx", "code"}
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}


def main():
    with open(CATALOG, encoding="utf-8") as f:
        cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(f)}
    errs, rows, seen = [], [], set()
    for i, (kind, level, text, facts, url) in enumerate(C, 1):
        cid = f"H6-N-{i:03d}"
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
            if not fa["approx"] and vn_num(fa["value"]) not in text:
                errs.append(f"{cid}: value {fa['value']} ({vn_num(fa['value'])}) not printed in text")
        rows.append({"case_id": cid, "source_kind": kind, "doc_level": level, "text": text,
                     "facts": json.dumps(facts, ensure_ascii=False)})
    out = os.path.join(HERE, "cases.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for i, c in enumerate(C, 1):
            f.write(f"H6-N-{i:03d}\t{c[4]}\n")

    # re-read the written file and validate it again, independently of the in-memory data
    with open(out, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f)
        assert rd.fieldnames == ["case_id", "source_kind", "doc_level", "text", "facts"], rd.fieldnames
        back = list(rd)
    stats = {"facts": 0, "coded": 0, "empty": 0, "approx": 0}
    kinds, levels, scopes, codes = {}, {}, {}, {}
    for r in back:
        fs = json.loads(r["facts"])
        assert isinstance(fs, list)
        assert unicodedata.is_normalized("NFC", r["text"]) and unicodedata.is_normalized("NFC", r["facts"])
        kinds[r["source_kind"]] = kinds.get(r["source_kind"], 0) + 1
        levels[r["doc_level"]] = levels.get(r["doc_level"], 0) + 1
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
    print("doc_level:", levels)
    print("fact scopes:", scopes)
    print("codes:", ", ".join(f"{k}×{v}" for k, v in sorted(codes.items(), key=lambda x: (-x[1], x[0]))))
    if errs:
        print("ERRORS:\n" + "\n".join(errs))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
