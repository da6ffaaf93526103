# Builds and validates cases.csv for held-out set 7 (narrative reader).
# Written blind (no pipeline code or tests read). Every text is my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py   (writes cases.csv and sources_by_case.tsv next to this file, re-reads and validates)
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H7-N-"

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


# ------------------------------------------------------------ Bộ Nội vụ, 10 tháng 2025 (national)
src("https://vietnamnet.vn/sua-quy-dinh-de-thuc-hien-tthc-theo-mo-hinh-dich-vu-cong-tap-trung-cap-bo-2466207.html")
news("tinh", "Theo báo cáo của Bộ Nội vụ về cải cách hành chính 10 tháng đầu năm 2025, tổng số nhân sự làm việc tại các Trung tâm Phục vụ hành chính công cấp xã là 24.382 người, bình quân mỗi Trung tâm được bố trí 6 nhân sự chuyên trách.",
     [F(24382, "người", "nhân sự tại các Trung tâm Phục vụ hành chính công cấp xã", ""),
      F(6, "người", "nhân sự chuyên trách bình quân mỗi Trung tâm cấp xã", "")])
news("tinh", "Theo số liệu của Bộ Khoa học và Công nghệ, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết TTHC của cả nước đạt 39,98%; trong đó khối bộ, ngành đạt 54,46%, khối địa phương đạt 16,94%.",
     [F(39.98, "%", "tỷ lệ hồ sơ trực tuyến toàn trình cả nước", ""),
      F(54.46, "%", "tỷ lệ hồ sơ trực tuyến toàn trình khối bộ, ngành", ""),
      F(16.94, "%", "tỷ lệ hồ sơ trực tuyến toàn trình khối địa phương", "")])

# ------------------------------------------------------------ xã Đường An (TP Hải Phòng), after 1/7/2025
src("https://vietnamnet.vn/duong-an-tang-toc-so-hoa-nang-cao-hieu-qua-giai-quyet-thu-tuc-hanh-chinh-2471114.html")
rep("xa", "Từ ngày 01/7 đến ngày 26/11/2025, Bộ phận Một cửa xã Đường An tiếp nhận 8.930 hồ sơ TTHC, trong đó 7.600 hồ sơ được nộp trực tuyến, chiếm 85,10% tổng số hồ sơ.",
    [F(8930, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
     F(7600, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(85.1, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", code="BM7-6.4")])
rep("xa", "Trong kỳ, xã đã giải quyết 8.914 hồ sơ, trong đó 8.889 hồ sơ được giải quyết trước hạn; tỷ lệ giải quyết đúng hạn và trước hạn đạt 99,8%. Còn 14 hồ sơ quá hạn do sự cố kỹ thuật của hệ thống phần mềm.",
    [F(8914, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
     F(8889, "hồ sơ", "giải quyết trước hạn", "xa"),
     F(99.8, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "xa", code="BM3-3.3"),
     F(14, "hồ sơ", "quá hạn", "xa")])
news("xa", "Xã Đường An (thành phố Hải Phòng) là đơn vị hành chính mới sau sắp xếp; trong lĩnh vực đất đai, Trung tâm Phục vụ hành chính công xã đã hoàn thành cấp 2 giấy chứng nhận quyền sử dụng đất lần đầu cho người dân.",
     [F(2, "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất cấp lần đầu", "xa")])

# ------------------------------------------------------------ Quảng Ninh provincial centre (about 2017)
src("https://en.vietnamplus.vn/an-important-link-in-the-public-administration-reform-of-quang-ninh-post193387.vnp")
rep("so_nganh", "Hiện có 1.435 TTHC được giải quyết tại Trung tâm Hành chính công tỉnh Quảng Ninh, trong đó 1.380 thủ tục thuộc các sở, ngành của tỉnh; số còn lại thuộc Công an tỉnh, ngành điện, Công ty nước sạch, Cục Thuế và Bảo hiểm xã hội tỉnh.",
    [F(1435, "TTHC", "TTHC được giải quyết tại Trung tâm", "trung_tam"),
     F(1380, "TTHC", "TTHC của các sở, ngành tại Trung tâm", "trung_tam")])
rep("so_nganh", "Kể từ ngày 01/7/2016, khi UBND tỉnh chỉ đạo triển khai đồng bộ việc cung cấp dịch vụ công trực tuyến, Trung tâm đã tiếp nhận, xử lý 32.884 hồ sơ trực tuyến, chiếm 35,6% tổng số hồ sơ được giải quyết.",
    [F(32884, "hồ sơ", "hồ sơ trực tuyến tiếp nhận, xử lý", "trung_tam"),
     F(35.6, "%", "tỷ lệ hồ sơ trực tuyến trên hồ sơ được giải quyết", "trung_tam")])

# ------------------------------------------------------------ Hà Giang, EMC evaluation 2024
src("https://en.baohagiang.vn/hot-new/202408/ha-giang-jumps-48-places-in-quality-evaluation-for-information-systems-on-handling-administrative-procedures-04b1b85")
news("tinh", "Theo kết quả đánh giá chất lượng Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh năm 2024 do Bộ Thông tin và Truyền thông công bố, Hà Giang đạt 72,5/100 điểm, xếp loại C, đứng thứ 12/63 tỉnh, thành phố, tăng 48 bậc so với năm 2023.",
     [F(72.5, "điểm", "điểm đánh giá chất lượng Hệ thống thông tin giải quyết TTHC", "tinh")])
news("tinh", "Riêng nhóm tiêu chí chức năng, cấu trúc, bố cục, tỉnh đạt 38,75/50 điểm, xếp thứ 6/63; tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt trên 98%, mức độ hài lòng của người dân, doanh nghiệp đạt trên 96%.",
     [F(38.75, "điểm", "điểm nhóm tiêu chí chức năng, cấu trúc, bố cục", "tinh"),
      F(98, "%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "tinh", approx=True),
      F(96, "%", "mức độ hài lòng của người dân, doanh nghiệp", "tinh", approx=True)])

# ------------------------------------------------------------ Cần Thơ city centre, to 31/7/2024
src("https://www.cantho.gov.vn/wps/portal/home/en/detail/news-and-events/can+tho+over+99+of+administrative+procedures+were+processed+ahead+of+schedule+and+on+time")
rep("so_nganh", "Tính đến ngày 31/7/2024, Trung tâm Phục vụ hành chính công thành phố Cần Thơ đã tiếp nhận 93.892 hồ sơ, gồm 58.460 hồ sơ nộp trực tuyến, 33.586 hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính và 1.846 hồ sơ kỳ trước chuyển sang.",
    [F(93892, "hồ sơ", "tiếp nhận", "trung_tam"),
     F(58460, "hồ sơ", "tiếp nhận trực tuyến", "trung_tam"),
     F(33586, "hồ sơ", "tiếp nhận trực tiếp, qua bưu chính", "trung_tam"),
     F(1846, "hồ sơ", "kỳ trước chuyển sang", "trung_tam")])
rep("so_nganh", "Trung tâm đã giải quyết 87.130 hồ sơ, trong đó 87.009 hồ sơ được giải quyết trước và đúng hạn, đạt 99,86%; 121 hồ sơ trễ hạn.",
    [F(87130, "hồ sơ", "đã giải quyết", "trung_tam"),
     F(87009, "hồ sơ", "giải quyết trước và đúng hạn", "trung_tam"),
     F(99.86, "%", "tỷ lệ giải quyết trước và đúng hạn", "trung_tam"),
     F(121, "hồ sơ", "trễ hạn", "trung_tam")])
rep("so_nganh", "Mức độ hài lòng của người dân, doanh nghiệp đối với Trung tâm đạt 98,8%; tỷ lệ nộp hồ sơ trực tuyến đạt 63,4%, vượt 13,7% so với chỉ tiêu Chính phủ giao; tỷ lệ thanh toán trực tuyến đạt 59,18%, vượt 14,18%.",
    [F(98.8, "%", "mức độ hài lòng của người dân, doanh nghiệp", "trung_tam"),
     F(63.4, "%", "tỷ lệ nộp hồ sơ trực tuyến", "trung_tam"),
     F(59.18, "%", "tỷ lệ thanh toán trực tuyến", "trung_tam")])
news("tinh", "Trung tâm Phục vụ hành chính công thành phố Cần Thơ hoạt động từ ngày 28/02/2024, là đầu mối hướng dẫn, tiếp nhận và trả kết quả giải quyết TTHC của 16 sở, ngành thuộc UBND thành phố.")
rep("so_nganh", "Hiện Trung tâm đang triển khai mô hình dịch vụ công không giấy đối với 77 TTHC; đây là một trong 20 mô hình thuộc Đề án 06 được UBND thành phố giao Văn phòng UBND thành phố thực hiện.",
    [F(77, "TTHC", "TTHC thực hiện theo mô hình dịch vụ công không giấy", "trung_tam")])

# ------------------------------------------------------------ Cần Thơ, 2021-2025 summary / April 2025 late list
src("https://news.laodong.vn/xa-hoi/can-tho-khan-truong-khac-phuc-tinh-trang-tre-han-thu-tuc-hanh-chinh-1513492.ldo")
rep("tinh", "Theo số liệu trên Cổng Dịch vụ công quốc gia, mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết TTHC của thành phố Cần Thơ năm 2025 đạt 94,67%, thấp hơn mức 97,68% của năm 2024.",
    [F(94.67, "%", "mức độ hài lòng của người dân, doanh nghiệp", "tinh")])
news("tinh", "Trong kỳ công khai tháng 4/2025, Văn phòng UBND thành phố Cần Thơ đã công bố danh sách 6 cơ quan, đơn vị và 7 cá nhân chậm, trễ hạn trong giải quyết TTHC, dịch vụ công với tổng số 8 hồ sơ.",
     [F(6, "đơn vị", "cơ quan, đơn vị chậm, trễ hạn giải quyết TTHC", "tinh"),
      F(7, "người", "cá nhân chậm, trễ hạn giải quyết TTHC", "tinh"),
      F(8, "hồ sơ", "hồ sơ chậm, trễ hạn", "tinh")])

# ------------------------------------------------------------ Cần Thơ SIPAS 2024
src("https://news.laodong.vn/xa-hoi/dich-vu-cong-o-can-tho-dat-muc-hai-long-cao-1463917.ldo")
rep("tinh", "Kết quả đo lường năm 2024 do Viện Kinh tế - Xã hội thành phố Cần Thơ công bố cho thấy Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước thành phố đạt 95,44%; năm tiêu chí thành phần đạt từ 94,30% đến 95,94%.",
    [F(95.44, "%", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "tinh")])
rep("tinh", "Ở cấp sở, mức hài lòng chung đạt 94,41%; cao nhất là Sở Thông tin và Truyền thông với 98%, thấp nhất là Sở Xây dựng với 89,32%.",
    [F(94.41, "%", "mức hài lòng chung cấp sở", "so_nganh"),
     F(98, "%", "mức hài lòng (Sở Thông tin và Truyền thông)", "so_nganh"),
     F(89.32, "%", "mức hài lòng (Sở Xây dựng)", "so_nganh")])
rep("tinh", "Ở cấp huyện, điểm bình quân của các quận, huyện đạt 93,53%; UBND quận Ô Môn cao nhất với 96,73%, UBND quận Ninh Kiều thấp nhất với 91,69%.",
    [F(93.53, "%", "mức hài lòng bình quân cấp huyện", "huyen"),
     F(96.73, "%", "mức hài lòng (UBND quận Ô Môn)", "huyen"),
     F(91.69, "%", "mức hài lòng (UBND quận Ninh Kiều)", "huyen")])

# ------------------------------------------------------------ Lâm Đồng communes, July 2025
src("https://www.vietnam.vn/en/pho-chu-tich-ubnd-tinh-lam-dong-le-trong-yen-kiem-tra-tai-cac-xa-dak-sak-duc-an-va-truong-xuan")
news("xa", "Từ ngày 01/7 đến ngày 23/7/2025, Trung tâm Phục vụ hành chính công xã Đắk Sắk (tỉnh Lâm Đồng) tiếp nhận 415 hồ sơ, chủ yếu thuộc lĩnh vực chứng thực và hộ tịch (232 hồ sơ).",
     [F(415, "hồ sơ", "tiếp nhận", "xa"),
      F(232, "hồ sơ", "hồ sơ chứng thực, hộ tịch", "xa")])
news("xa", "Cùng thời gian, Trung tâm Phục vụ hành chính công xã Trường Xuân (tỉnh Lâm Đồng) tiếp nhận 391 hồ sơ, trong đó 212 hồ sơ trực tuyến và 179 hồ sơ trực tiếp.",
     [F(391, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
      F(212, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(179, "hồ sơ", "tiếp nhận trực tiếp", "xa")])
news("xa", "Xã Đức An (tỉnh Lâm Đồng) được thành lập trên cơ sở nhập thị trấn Đức An, xã Đắk N'Drung và xã Nam Bình; bình quân mỗi ngày Trung tâm Phục vụ hành chính công của xã tiếp nhận từ 100 đến 120 hồ sơ.")

src("https://www.vietnam.vn/en/xa-vung-dan-toc-thieu-so-no-luc-van-hanh-chinh-quyen-dia-phuong-cap-xa")
news("xa", "Xã Lạc Dương (tỉnh Lâm Đồng) được hình thành từ 3 xã Đạ Sar, Đạ Nhim và Đạ Chais, có diện tích tự nhiên 828,01 km2, 14 thôn với 3.390 hộ, 14.525 nhân khẩu, trong đó 11.978 người là đồng bào dân tộc thiểu số, chiếm 82,4%.")

# ------------------------------------------------------------ Đắk Lắk
src("https://news.laodong.vn/xa-hoi/dak-lak-cat-giam-thu-tuc-hanh-chinh-thao-go-diem-nghen-tai-co-so-1566305.ldo")
news("xa", "Ngày 30/8/2025, UBND tỉnh Đắk Lắk ban hành công văn về bảo đảm cắt giảm, đơn giản hóa TTHC và điều kiện kinh doanh khi thực hiện chính quyền địa phương 2 cấp; xã Ea Súp có diện tích 41.532,23 ha, gồm 46 thôn, buôn, tổ dân phố với hơn 30.000 người.")

src("https://news.laodong.vn/xa-hoi/nguoi-dan-dak-lak-phan-khoi-khi-duoc-don-gian-thu-tuc-hanh-chinh-tai-cap-xa-phuong-1534875.ldo")
news("xa", "Theo quy định mới, UBND cấp xã được giải quyết 14 thủ tục thuộc lĩnh vực đất đai; sau 3 ngày vận hành, Trung tâm Phục vụ hành chính công phường Tân Lập (tỉnh Đắk Lắk) đã tiếp nhận, xử lý khoảng 20 bộ hồ sơ đất đai.",
     [F(20, "hồ sơ", "hồ sơ đất đai tiếp nhận, xử lý", "xa", approx=True)])

# ------------------------------------------------------------ Nghệ An, after 1/7/2025
src("https://baonghean.vn/en/giai-quyet-thu-tuc-hanh-chinh-o-nghe-an-3-hon-trong-phuc-vu-nguoi-dan-10305676.html")
news("xa", "Riêng trong tháng 7/2025, Trung tâm Phục vụ hành chính công phường Thành Vinh (tỉnh Nghệ An) tiếp nhận 2.718 hồ sơ, chủ yếu về chứng thực, hộ tịch và an sinh xã hội; tỷ lệ giải quyết đúng hạn, trước hạn đạt 99,9%.",
     [F(2718, "hồ sơ", "tiếp nhận", "xa"),
      F(99.9, "%", "tỷ lệ giải quyết đúng hạn, trước hạn", "xa", code="BM3-3.3")])
news("xa", "Phường Thành Vinh được thành lập trên cơ sở sáp nhập 6 phường, xã của thành phố Vinh cũ, hiện có hơn 123.000 người; xã Lượng Minh cách trung tâm tỉnh 210 km, có 1.162 hộ với 5.199 nhân khẩu sống rải rác ở 10 bản trên diện tích 228 km2.")

src("https://baonghean.vn/en/chu-tich-ubnd-tinh-nghe-an-le-hong-vinh-kiem-tra-van-hanh-giai-quyet-thu-tuc-hanh-chinh-tai-cac-xa-kim-lien-van-an-10302097.html")
news("xa", "Chiều 11/7/2025, Chủ tịch UBND tỉnh Nghệ An kiểm tra hoạt động của Trung tâm Phục vụ hành chính công tại xã Kim Liên (hình thành từ 5 xã của huyện Nam Đàn cũ) và xã Vạn An (hình thành từ thị trấn Nam Đàn và 2 xã).")

# ------------------------------------------------------------ Tuyên Quang
src("https://www.vietnam.vn/en/nhan-dan-la-trung-tam")
rep("tinh", "Toàn tỉnh hiện có 125 Trung tâm Phục vụ hành chính công, gồm 1 Trung tâm cấp tỉnh và 124 Trung tâm cấp xã; bình quân mỗi Trung tâm cấp xã được bố trí 5,37 cán bộ, công chức chuyên trách.",
    [F(5.37, "người", "cán bộ, công chức chuyên trách bình quân mỗi Trung tâm cấp xã", "xa")])
rep("tinh", "Tỉnh đã phê duyệt phương án đơn giản hóa 1.621 TTHC, trong đó 980 thủ tục được cắt giảm thời gian giải quyết; nhiều thành phần hồ sơ được lược bỏ nhờ khai thác, sử dụng dữ liệu số.",
    [F(1621, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1"),
     F(980, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh")])

src("https://www.vietnam.vn/en/cai-cach-hanh-chinh-thuc-chat-vi-dan")
rep("tinh", "Ngày 27/6/2025, UBND tỉnh ban hành Quyết định số 766 phê duyệt Kế hoạch cắt giảm, đơn giản hóa 255 TTHC nội bộ trong từng cơ quan hành chính nhà nước trên địa bàn tỉnh Tuyên Quang năm 2025.")
rep("tinh", "Kèm theo Quyết định, UBND tỉnh phê duyệt danh mục 1.776 TTHC cấp tỉnh và 336 TTHC cấp xã; danh mục 2.081 TTHC cung cấp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia (1.010 dịch vụ toàn trình, 1.071 dịch vụ một phần).",
    [F(1776, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
     F(336, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3"),
     F(2081, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến", "tinh"),
     F(1010, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
     F(1071, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh")])
rep("tinh", "Đồng thời, UBND tỉnh phê duyệt danh mục 2.063 TTHC thực hiện không phụ thuộc vào địa giới hành chính; tỉnh đã cập nhật, công khai 2.112 TTHC trên Cơ sở dữ liệu quốc gia về TTHC.",
    [F(2063, "TTHC", "TTHC không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3"),
     F(2112, "TTHC", "TTHC được cập nhật, công khai trên Cơ sở dữ liệu quốc gia", "tinh")])

src("https://www.vietnam.vn/en/day-nhanh-phi-dia-gioi-giai-quyet-thu-tuc-hanh-chinh")
rep("tinh", "Công an tỉnh Tuyên Quang đã bố trí 36 điểm tiếp nhận hồ sơ cấp căn cước và tài khoản định danh điện tử tại các xã, phường, tạo thuận lợi cho người dân khi thực hiện thủ tục không phụ thuộc địa giới hành chính.",
    [F(36, "điểm", "điểm tiếp nhận hồ sơ cấp căn cước, định danh điện tử", "tinh")])

src("https://www.vietnam.vn/en/tuyen-quang-thong-qua-nghi-quyet-ve-sap-xep-don-vi-hanh-chinh")
news("tinh", "HĐND tỉnh Tuyên Quang thông qua nghị quyết về chủ trương sắp xếp đơn vị hành chính cấp xã, giảm từ 137 xuống 51 xã, phường, thị trấn (giảm 62,77%); tỉnh mới sau hợp nhất với Hà Giang có diện tích 13.795,51 km2 và dân số 1.865.270 người.")

# ------------------------------------------------------------ Phú Yên, 2023 indices
src("https://dangcongsan.org.vn/tinhuyphuyen/Lists/TinHoatDong/View_Detail.aspx?ItemID=670")
rep("tinh", "Năm 2023, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Phú Yên đạt 73/100 điểm, tăng 24,62 điểm so với năm 2022, xếp thứ 25/63 tỉnh, thành phố.",
    [F(73, "điểm", "Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
rep("tinh", "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 của tỉnh đạt 79,66%, xếp thứ 51/63; Chỉ số PAPI đạt 40,42/80 điểm, giảm 0,32 điểm, xếp thứ 50/61.",
    [F(79.66, "%", "Chỉ số SIPAS", "tinh"),
     F(40.42, "điểm", "Chỉ số PAPI", "tinh")])
rep("tinh", "Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của Phú Yên đạt 85,39%, thuộc nhóm B, tăng 9,4 điểm và tăng 11 bậc, xếp thứ 52/63; năm 2022 tỉnh chỉ đạt 75,99% và đứng cuối bảng.",
    [F(85.39, "%", "Chỉ số cải cách hành chính (PAR INDEX)", "tinh")])

# ------------------------------------------------------------ Hòa Bình provincial centre
src("http://baohoabinh.com.vn/en/1/4755/Public-administrative-service-centre-makes-breakthrough-in-administrative-re102orm.htm")
news("tinh", "Trung tâm Phục vụ hành chính công tỉnh Hòa Bình đi vào hoạt động từ ngày 01/8/2017; sau 2 năm, tỷ lệ người dân, doanh nghiệp hoàn toàn hài lòng với dịch vụ dao động từ 85,8% đến 96,06%, từ 94% đến 99% hài lòng với thái độ của công chức.")

# ------------------------------------------------------------ Bình Dương
src("https://en.qdnd.vn/social-affairs/news/binh-duong-leads-nation-in-online-public-services-576650")
rep("tinh", "Hiện nay, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Bình Dương đạt 44%, dịch vụ công trực tuyến một phần đạt 36,29%; tỉnh phấn đấu nâng tỷ lệ toàn trình lên ít nhất 70% trong năm 2025 và tăng 10% mỗi năm sau đó.",
    [F(44, "%", "tỷ lệ dịch vụ công trực tuyến toàn trình", "tinh"),
     F(36.29, "%", "tỷ lệ dịch vụ công trực tuyến một phần", "tinh")])
rep("tinh", "Đến nay, tỷ lệ xử lý văn bản điện tử của tỉnh đạt 89,29%, tỷ lệ số hóa hồ sơ TTHC đạt 82,36%; trong năm 2025, tỉnh đặt mục tiêu số hóa toàn bộ hồ sơ TTHC.",
    [F(89.29, "%", "tỷ lệ xử lý văn bản điện tử", "tinh"),
     F(82.36, "%", "tỷ lệ số hóa hồ sơ TTHC", "tinh")])

src("https://baobinhduong.vn/en/binh-duong-is-determined-to-successfully-build-e-government-a341942.html")
rep("tinh", "Năm 2024, tỉnh Bình Dương số hóa 99,4% hồ sơ TTHC; cung cấp 1.512 dịch vụ công trực tuyến, đạt tỷ lệ 80,60%; 100% dịch vụ công trực tuyến được tích hợp lên Cổng Dịch vụ công quốc gia.",
    [F(99.4, "%", "tỷ lệ số hóa hồ sơ", "tinh"),
     F(1512, "dịch vụ", "dịch vụ công trực tuyến được cung cấp", "tinh"),
     F(80.6, "%", "tỷ lệ dịch vụ công trực tuyến", "tinh"),
     F(100, "%", "tỷ lệ dịch vụ công trực tuyến tích hợp lên Cổng Dịch vụ công quốc gia", "tinh")])
rep("tinh", "Hệ thống thông tin giải quyết TTHC của tỉnh đã hoàn thành triển khai 53/53 dịch vụ công thiết yếu; tỉnh cung cấp 2.001 dịch vụ công trực tuyến ở 3 cấp, trong đó 892 dịch vụ toàn trình; 680/680 dịch vụ công đã tích hợp chức năng thanh toán trực tuyến.",
    [F(53, "dịch vụ", "dịch vụ công thiết yếu đã triển khai", "tinh"),
     F(53, "dịch vụ", "tổng số dịch vụ công thiết yếu", "tinh"),
     F(2001, "dịch vụ", "dịch vụ công trực tuyến ở 3 cấp", "tinh"),
     F(892, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
     F(680, "dịch vụ", "dịch vụ công đã tích hợp thanh toán trực tuyến", "tinh"),
     F(680, "dịch vụ", "tổng số dịch vụ công có thanh toán", "tinh")])

# ------------------------------------------------------------ Bắc Giang
src("https://en.baobacninhtv.vn/bac-giang-improves-public-services-thanks-to-digitization-152627-postid406927.bbg?p=2")
rep("so_nganh", "Trung tâm Phục vụ hành chính công tỉnh Bắc Giang hiện tiếp nhận, trả kết quả 1.654 TTHC, trong đó trên 80% thủ tục được cung cấp trực tuyến.",
    [F(1654, "TTHC", "TTHC tiếp nhận, trả kết quả tại Trung tâm", "trung_tam"),
     F(80, "%", "tỷ lệ thủ tục được cung cấp trực tuyến", "trung_tam", approx=True)])
rep("tinh", "Chủ tịch UBND tỉnh đã phê duyệt 240 TTHC thực hiện theo quy trình \"5 bước điện tử\" (tiếp nhận trực tuyến, thẩm định, phê duyệt, ký số, trả kết quả); đến nay đã có hơn 1.100 hồ sơ được số hóa.",
    [F(240, "TTHC", "TTHC được phê duyệt thực hiện theo quy trình 5 bước điện tử", "tinh"),
     F(1100, "hồ sơ", "hồ sơ được số hóa", "tinh", approx=True)])
rep("tinh", "Theo số liệu công khai trên Cổng Dịch vụ công quốc gia, tỷ lệ số hóa hồ sơ TTHC của tỉnh Bắc Giang đạt 90,26%, tỷ lệ hồ sơ xử lý trực tuyến đạt 84,42% và tỷ lệ tái sử dụng dữ liệu đã số hóa đạt 81,33%.",
    [F(90.26, "%", "tỷ lệ số hóa hồ sơ TTHC", "tinh"),
     F(84.42, "%", "tỷ lệ hồ sơ xử lý trực tuyến", "tinh"),
     F(81.33, "%", "tỷ lệ tái sử dụng dữ liệu số hóa", "tinh")])

src("http://en.baobacgiang.com.vn/bg/society/353322/bac-giang-over-6-000-administrative-documents-handled-online.html")
rep("tinh", "Từ đầu năm 2021 đến nay, đã có hơn 6.100 hồ sơ được nộp trực tuyến qua Cổng Dịch vụ công tỉnh; các đơn vị phát sinh nhiều hồ sơ là Sở Công Thương (1.488 hồ sơ), Sở Tài chính (591 hồ sơ), huyện Việt Yên (877 hồ sơ) và huyện Lục Nam (757 hồ sơ).",
    [F(6100, "hồ sơ", "nộp trực tuyến", "tinh", approx=True),
     F(1488, "hồ sơ", "nộp trực tuyến (Sở Công Thương)", "so_nganh"),
     F(591, "hồ sơ", "nộp trực tuyến (Sở Tài chính)", "so_nganh"),
     F(877, "hồ sơ", "nộp trực tuyến (huyện Việt Yên)", "huyen"),
     F(757, "hồ sơ", "nộp trực tuyến (huyện Lục Nam)", "huyen")])
news("tinh", "Để bảo đảm mục tiêu 20% hồ sơ dịch vụ công trực tuyến được xử lý trên Cổng Dịch vụ công tỉnh Bắc Giang trong năm 2021, các cơ quan, địa phương đẩy mạnh tuyên truyền, hướng dẫn người dân nộp hồ sơ và nhận kết quả qua bưu chính công ích.")

src("https://en.baobacninhtv.vn/bac-giang-increases-responsibility-creates-changes-in-service-quality-163350.bbg")
news("tinh", "Từ đầu năm 2024 đến nay, Trung tâm Phục vụ hành chính công tỉnh Bắc Giang tiếp nhận gần 332.000 hồ sơ, trong đó 99,8% được giải quyết đúng hạn và trước hạn, 98% được giải quyết trực tuyến.",
     [F(332000, "hồ sơ", "tiếp nhận", "trung_tam", approx=True),
      F(99.8, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "trung_tam"),
      F(98, "%", "tỷ lệ hồ sơ giải quyết trực tuyến", "trung_tam")])
rep("so_nganh", "Trung tâm hiện giải quyết hơn 1.600 TTHC của các sở, ngành thuộc UBND tỉnh, các cơ quan Trung ương đóng trên địa bàn và Công ty Điện lực Bắc Giang.",
    [F(1600, "TTHC", "TTHC giải quyết tại Trung tâm", "trung_tam", approx=True)])

src("https://en.vietnamplus.vn/bac-giang-applying-good-practices-in-administrative-reform/197285.vnp")
news("tinh", "Năm qua, các cơ quan, địa phương của tỉnh Bắc Giang đăng ký 44 sáng kiến, giải pháp mới trong cải cách hành chính, trong đó có mô hình \"5 tại chỗ\" tại Trung tâm Phục vụ hành chính công tỉnh.",
     [F(44, "sáng kiến", "sáng kiến, giải pháp mới trong cải cách hành chính được đăng ký", "tinh")])

src("https://en.baobacninhtv.vn/bac-giang-administrative-procedures-processed-via-post-office.bbg")
news("tinh", "Ngày 21/02/2017, Sở Nội vụ và Bưu điện tỉnh Bắc Giang tổ chức hội nghị triển khai tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính; theo đó, 344 TTHC sẽ được nhân viên bưu điện chuyển đến cơ quan giải quyết và trả kết quả tại địa chỉ người dân.")

# ------------------------------------------------------------ phường Bắc Giang (tỉnh Bắc Ninh), after 1/7/2025
src("https://vietnamnews.vn/society/1731915/bac-ninh-s-service-centres-strive-to-overcome-challenges-to-better-serve-residents.html")
news("xa", "Phường Bắc Giang (tỉnh Bắc Ninh) được thành lập từ 7 phường của thành phố Bắc Giang cũ, với gần 123.000 dân.")
news("xa", "Từ ngày 01/7/2025, Trung tâm Phục vụ hành chính công phường Bắc Giang tiếp đón bình quân khoảng 500 lượt người mỗi ngày, có ngày cao điểm trên 700 lượt.",
     [F(500, "lượt", "lượt người đến giao dịch bình quân mỗi ngày", "xa", approx=True),
      F(700, "lượt", "lượt người đến giao dịch ngày cao điểm", "xa", approx=True)])

# ------------------------------------------------------------ phường Tịnh Biên (tỉnh An Giang)
src("https://www.vietnam.vn/en/diem-sang-trong-giai-quyet-thu-tuc-hanh-chinh")
news("xa", "Trung tâm Phục vụ hành chính công phường Tịnh Biên (tỉnh An Giang) vận hành thử từ ngày 22/6 và chính thức hoạt động từ ngày 01/7/2025; Trung tâm đã công khai 396 danh mục TTHC thuộc thẩm quyền trên bảng niêm yết, mã QR và trang thông tin điện tử của phường.",
     [F(396, "TTHC", "TTHC được công khai", "xa")])

# ------------------------------------------------------------ thành phố Đà Lạt (Lâm Đồng), 2023
src("https://baolamdong.vn/xa-hoi/202312/a-lat-ty-le-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2023-dat-9962-cb50107/")
rep("huyen", "Từ ngày 07/12/2022 đến ngày 04/12/2023, toàn thành phố Đà Lạt tiếp nhận 87.582 hồ sơ TTHC, giải quyết trước hạn, đúng hạn 87.253 hồ sơ, đạt tỷ lệ 99,62%.",
    [F(87582, "hồ sơ", "tiếp nhận", "huyen"),
     F(87253, "hồ sơ", "giải quyết trước hạn, đúng hạn", "huyen"),
     F(99.62, "%", "tỷ lệ giải quyết trước hạn, đúng hạn", "huyen")])
rep("huyen", "Tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 15.868 hồ sơ, giải quyết trước hạn, đúng hạn 15.539 hồ sơ (trong đó 370 hồ sơ đang giải quyết trong hạn, 9 hồ sơ đang giải quyết quá hạn), đạt 97,93%, tăng 0,10% so với năm 2022.",
    [F(15868, "hồ sơ", "tiếp nhận", "huyen"),
     F(15539, "hồ sơ", "giải quyết trước hạn, đúng hạn", "huyen"),
     F(370, "hồ sơ", "đang giải quyết trong hạn", "huyen"),
     F(9, "hồ sơ", "đang giải quyết quá hạn", "huyen"),
     F(97.93, "%", "tỷ lệ giải quyết trước hạn, đúng hạn", "huyen")])
rep("huyen", "Tại khối UBND các phường, xã, đã tiếp nhận 71.714 hồ sơ và giải quyết trước hạn, đúng hạn 71.714 hồ sơ (trong đó 32 hồ sơ đang giải quyết trong hạn), đạt tỷ lệ 100%.",
    [F(71714, "hồ sơ", "tiếp nhận", "xa"),
     F(71714, "hồ sơ", "giải quyết trước hạn, đúng hạn", "xa"),
     F(32, "hồ sơ", "đang giải quyết trong hạn", "xa"),
     F(100, "%", "tỷ lệ giải quyết trước hạn, đúng hạn", "xa")])

# ------------------------------------------------------------ Vĩnh Phúc, July 2020
src("https://en.nhandan.vn/vinh-phuc-asked-to-boost-administrative-reforms-aligned-with-socio-economic-development-post87799.html")
rep("tinh", "Tỉnh Vĩnh Phúc đã cắt giảm tối thiểu 20% thời gian giải quyết đối với 825 TTHC và sửa đổi, bổ sung, bãi bỏ 593 thủ tục; trên 80% người dân hài lòng với việc cung cấp dịch vụ công của tỉnh.",
    [F(825, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh"),
     F(593, "TTHC", "TTHC được sửa đổi, bổ sung, bãi bỏ", "tinh"),
     F(80, "%", "tỷ lệ người dân hài lòng", "tinh", approx=True)])
news("tinh", "Ngày 13/7, Phó Thủ tướng Thường trực Trương Hòa Bình, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ, làm việc với UBND tỉnh Vĩnh Phúc; năm 2019, Chỉ số cải cách hành chính của tỉnh tăng 4 bậc.")

# ------------------------------------------------------------ Quảng Ngãi - Kon Tum, before the merger
src("https://news.laodong.vn/bat-dong-san/quang-ngai-va-kon-tum-thong-nhat-phuong-an-sap-xep-tru-so-ngan-sach-tai-san-cong-1531019.ldo")
rep("tinh", "Tổng kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 của tỉnh Quảng Ngãi là hơn 30.000 tỷ đồng, trong đó đã giao hơn 28,5 nghìn tỷ đồng; tỉnh dự kiến hoàn thành 238/265 dự án vào cuối năm 2025.")
rep("tinh", "Theo phương án của Sở Tài chính tỉnh Kon Tum, trong 1.656 cơ sở nhà, đất cấp huyện có 24 cơ sở được giữ lại sử dụng, 1.512 cơ sở điều chuyển nội bộ, 2 cơ sở dự kiến bàn giao cho cơ quan Trung ương và 118 cơ sở giao cho địa phương mới.")


# ------------------------------------------------------------ Tây Ninh
src("https://vietnam.vn/en/tay-ninh-con-8-phuong-20-xa")
news("tinh", "Ngày 28/3/2025, Văn phòng Tỉnh ủy Tây Ninh thông báo kết luận của Ban Thường vụ Tỉnh ủy thống nhất phương án 1, sắp xếp 94 đơn vị hành chính cấp xã thành 28 đơn vị, gồm 8 phường và 20 xã (trong đó có 8 xã biên giới), theo Tờ trình số 48-TTr/ĐU ngày 26/3/2025.")

# ------------------------------------------------------------ PAR INDEX / SIPAS 2024 (national)
src("https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp")
news("tinh", "Sáng 06/4/2025, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024 của UBND các tỉnh, thành phố trực thuộc Trung ương; kết quả được xây dựng từ hơn 85.600 phiếu khảo sát người dân, cán bộ, công chức, lãnh đạo quản lý.",
     [F(85600, "phiếu", "phiếu khảo sát xác định Chỉ số cải cách hành chính", "", approx=True)])
news("tinh", "Giá trị trung bình Chỉ số cải cách hành chính năm 2024 của các địa phương đạt 88,37%, cao hơn 1,39% so với năm 2023; đây là năm thứ hai liên tiếp cả 63/63 tỉnh, thành phố đạt trên 80%.",
     [F(88.37, "%", "giá trị trung bình Chỉ số cải cách hành chính của các địa phương", ""),
      F(63, "địa phương", "địa phương đạt Chỉ số cải cách hành chính trên 80%", ""),
      F(63, "địa phương", "tổng số tỉnh, thành phố", "")])
news("tinh", "Có 53 địa phương tăng điểm so với năm 2023, tăng nhiều nhất là Bình Thuận (6,39%), thấp nhất là Lai Châu (0,19%); 9 địa phương giảm điểm với mức giảm từ 0,21% đến 2,94%.",
     [F(53, "địa phương", "địa phương có Chỉ số cải cách hành chính tăng", ""),
      F(9, "địa phương", "địa phương có Chỉ số cải cách hành chính giảm", "")])
src("https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm")
news("tinh", "Để xác định Chỉ số cải cách hành chính năm 2024, Bộ Nội vụ khảo sát 36.525 phiếu của người dân và 49.159 phiếu điện tử của cán bộ, công chức, lãnh đạo quản lý tại các bộ, địa phương, hội, hiệp hội.",
     [F(36525, "phiếu", "phiếu khảo sát người dân", ""),
      F(49159, "phiếu", "phiếu điện tử khảo sát cán bộ, công chức, lãnh đạo quản lý", "")])
src("https://baomoi.net.vn/hai-tinh-nao-co-chi-so-cai-cach-hanh-chinh-cao-nhat-c51908021.epi")
news("tinh", "Nhóm A, đạt Chỉ số từ 90% trở lên, gồm 13 tỉnh, thành phố; nhóm B, đạt từ 80% đến dưới 90%, gồm 50 tỉnh, thành phố.",
     [F(13, "địa phương", "tỉnh, thành phố thuộc nhóm A", ""),
      F(50, "địa phương", "tỉnh, thành phố thuộc nhóm B", "")])
src("https://media.petrotimes.vn/cong-bo-ket-qua-par-index-2024-hai-phong-dan-dau-ca-nuoc-toan-quoc-duy-tri-da-tang-726574.html")
news("tinh", "Năm 2024 là năm thứ 8 Bộ Nội vụ triển khai đo lường SIPAS; Chỉ số hài lòng trung bình năm 2024 đạt 83,94%, tăng 1,28% so với năm 2023.",
     [F(83.94, "%", "Chỉ số hài lòng trung bình (SIPAS)", "")])

# ------------------------------------------------------------ Hậu Giang centre
src("https://plo.vn/thoi-su/trung-tam-hanh-chinh-cong-hau-giang-chinh-thuc-hoat-dong-771141.html")
news("tinh", "Ngày 18/5, Trung tâm Hành chính công tỉnh Hậu Giang chính thức đi vào hoạt động; Trung tâm được thành lập theo Quyết định số 2317/QĐ-UBND ngày 30/11/2017, là đơn vị sự nghiệp công lập trực thuộc Văn phòng UBND tỉnh.")
news("tinh", "Trung tâm Hành chính công tỉnh Hậu Giang thực hiện tiếp nhận và trả kết quả 1.245 TTHC thuộc thẩm quyền giải quyết của 15 sở, ban, ngành tỉnh.",
     [F(1245, "TTHC", "TTHC tiếp nhận, trả kết quả tại Trung tâm", "trung_tam")])

# ------------------------------------------------------------ Hải Dương, May 2025 directive
src("https://news.baohaiduong.vn/cutting-at-least-50-of-administrative-procedure-processing-time-412551.html")
news("tinh", "Ngày 27/5/2025, Chủ tịch UBND tỉnh Hải Dương chỉ đạo các sở, ngành và UBND cấp huyện rà soát, đề xuất cắt giảm ít nhất 50% thời gian giải quyết TTHC, ít nhất 30% chi phí tuân thủ và 30% điều kiện kinh doanh theo Công điện số 69/CĐ-TTg ngày 22/5/2025; việc cắt giảm 50% thời gian phải xong trước ngày 31/5/2025.")
src("https://vccinews.com/prode/60107/streamlining-apparatus-for-more-efficient-administration.html")
news("tinh", "Ngày 20/02/2025, tỉnh Hải Dương công bố nghị quyết của HĐND tỉnh về thành lập các cơ quan chuyên môn thuộc UBND tỉnh; theo đó, 10 sở được hợp nhất thành 5 sở và sau sắp xếp, UBND tỉnh còn 12 cơ quan chuyên môn.")

# ------------------------------------------------------------ Đồng Tháp
src("https://vccinews.com/prode/36224/.html")
news("tinh", "Theo bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2017, Đồng Tháp đạt 68,8 điểm, đứng thứ ba cả nước và là năm thứ 10 liên tiếp nằm trong nhóm 5 tỉnh dẫn đầu.",
     [F(68.8, "điểm", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "tinh")])
src("https://baodongthap.vn/en/dong-thap-drastic-administrative-reform-to-enhance-service-quality-a235133.html")
news("tinh", "Chủ tịch UBND tỉnh Đồng Tháp yêu cầu kế hoạch cải cách hành chính năm 2026 phải xác định rõ trách nhiệm, sản phẩm và thời hạn hoàn thành; các cơ quan phải bảo đảm 100% hồ sơ được tiếp nhận, cập nhật trên Hệ thống thông tin giải quyết TTHC.")

# ------------------------------------------------------------ national: non-boundary TTHC target
src("https://www.vietnamplus.vn/ty-le-thu-tuc-hanh-chinh-khong-phu-thuoc-dia-gioi-hanh-chinh-cap-tinh-con-thap-post1076036.vnp")
news("tinh", "Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ đặt mục tiêu trong năm 2025 có 100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh; tuy nhiên, danh mục của hầu hết các tỉnh mới đạt khoảng từ 50% đến 95% số TTHC đang cung cấp.")

# ------------------------------------------------------------ Đà Nẵng wards, after 1/7/2025
src("https://news.laodong.vn/xa-hoi/phuong-o-da-nang-co-so-luong-ho-so-lam-giay-khai-sinh-tang-ky-luc-1574210.ldo")
news("xa", "Trước sắp xếp, địa bàn cũ của phường Hòa Xuân (thành phố Đà Nẵng) mỗi năm chỉ có khoảng 350 - 400 hồ sơ đăng ký khai sinh; UBND thành phố vừa ban hành Công văn số 1007/UBND-HCC chỉ đạo tập trung cắt giảm, đơn giản hóa TTHC và điều kiện kinh doanh.")
src("https://news.laodong.vn/thoi-su/da-nang-van-hanh-thu-nghiem-tai-trung-tam-phuc-vu-hanh-chinh-cong-phuong-xa-1527737.ldo")
news("xa", "Trong buổi vận hành thử chiều 21/6/2025, Trung tâm Phục vụ hành chính công phường Ngũ Hành Sơn (thành phố Đà Nẵng) trả kết quả đăng ký kết hôn trong 1 ngày (trường hợp phải xác minh là 5 ngày); hồ sơ cấp phép xây dựng được chuyển bộ phận chuyên môn xử lý trong 15 ngày.")

# ------------------------------------------------------------ Lai Châu, Lào Cai (distractors)
src("https://www.vietnam.vn/en/bai-1-chu-dong-xay-dung-bo-may-va-phan-cap-trien-khai")
rep("tinh", "Sau hợp nhất, tỉnh Lào Cai thành lập Trung tâm Phục vụ hành chính công tỉnh (cơ sở 1 tại phường Yên Bái, cơ sở 2 tại phường Cam Đường) và 99 Trung tâm Phục vụ hành chính công cấp xã; Chính phủ đã ban hành 28 nghị định về phân cấp, phân quyền khi tổ chức chính quyền địa phương 2 cấp.")

# ------------------------------------------------------------ Cần Thơ after the merger (distractor)
src("https://thongtin.vietnam.vn/en/can-tho-hop-nhat-mot-thang-van-hanh-thong-suot-dan-tin-tuong-doanh-nghiep-mung")
news("tinh", "Từ ngày 01/7/2025, thành phố Cần Thơ sau hợp nhất với Sóc Trăng và Hậu Giang có diện tích gần 6.360 km2, dân số hơn 4,2 triệu người với 103 xã, phường; phường Ngã Năm được sắp xếp từ 3 phường, xã của thị xã Ngã Năm cũ.")

# ------------------------------------------------------------ phường Phan Đình Phùng (tỉnh Thái Nguyên), 1-15/7/2025
src("https://www.vietnam.vn/en/lay-nguoi-dan-lam-trung-tam-phuc-vu")
rep("xa", "Từ ngày 01/7 đến ngày 15/7/2025, Trung tâm Phục vụ hành chính công phường Phan Đình Phùng tiếp nhận 892 hồ sơ, trong đó 460 hồ sơ tiếp nhận trực tiếp và 432 hồ sơ trực tuyến.",
    [F(892, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
     F(460, "hồ sơ", "tiếp nhận trực tiếp", "xa"),
     F(432, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2")])
rep("xa", "Trung tâm đã giải quyết 671 hồ sơ, trong đó 654 hồ sơ đúng hạn và trước hạn, đạt 97,47%; còn 17 hồ sơ quá hạn, 222 hồ sơ đang giải quyết và 45 hồ sơ không đủ điều kiện tiếp nhận.",
    [F(671, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
     F(654, "hồ sơ", "giải quyết đúng hạn và trước hạn", "xa", code="BM3-3.3.2"),
     F(97.47, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "xa", code="BM3-3.3"),
     F(17, "hồ sơ", "quá hạn", "xa"),
     F(222, "hồ sơ", "đang giải quyết", "xa"),
     F(45, "hồ sơ", "không đủ điều kiện tiếp nhận", "xa")])
news("xa", "Trung tâm Phục vụ hành chính công phường Phan Đình Phùng (tỉnh Thái Nguyên) đặt tại trụ sở UBND thành phố Thái Nguyên cũ, hiện có 7 cán bộ, công chức, gồm 1 Giám đốc, 1 Phó Giám đốc và 5 chuyên viên.",
     [F(7, "người", "cán bộ, công chức của Trung tâm", "xa"),
      F(1, "người", "Giám đốc", "xa"),
      F(1, "người", "Phó Giám đốc", "xa"),
      F(5, "người", "chuyên viên", "xa")])

# ------------------------------------------------------------ xã Hra (tỉnh Gia Lai), 1/7-17/9/2025
src("https://en.baogialai.com.vn/gia-lai-delegation-urges-upgrades-to-hra-commune-administrative-service-center-post578.html")
rep("xa", "Từ ngày 01/7 đến ngày 17/9/2025, Trung tâm Phục vụ hành chính công xã Hra tiếp nhận 509 hồ sơ, trong đó 434 hồ sơ nộp trực tuyến, chiếm hơn 85%.",
    [F(509, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"),
     F(434, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(85, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", approx=True, code="BM7-6.4")])
rep("xa", "Trung tâm đã giải quyết 457 hồ sơ, còn 52 hồ sơ đang xử lý; tỷ lệ hồ sơ được tiếp nhận, giải quyết và trả kết quả đúng hạn, trước hạn đạt trên 88,2%.",
    [F(457, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
     F(52, "hồ sơ", "đang xử lý", "xa"),
     F(88.2, "%", "tỷ lệ tiếp nhận, giải quyết, trả kết quả đúng hạn, trước hạn", "xa", approx=True)])

# ------------------------------------------------------------ Khánh Hòa, quý III/2025
src("https://news.laodong.vn/kinh-doanh/khanh-hoa-nhan-dien-diem-nghen-cua-dich-vu-cong-truc-tuyen-de-hoan-thien-phuc-vu-nhan-dan-1603379.ldo")
rep("tinh", "Quý III/2025, UBND cấp tỉnh và cấp xã của tỉnh Khánh Hòa tiếp nhận 191.957 hồ sơ, đã giải quyết, trả kết quả 147.818 hồ sơ, trong đó 137.884 hồ sơ đúng hạn.",
    [F(191957, "hồ sơ", "tiếp nhận", "tinh"),
     F(147818, "hồ sơ", "đã giải quyết, trả kết quả", "tinh"),
     F(137884, "hồ sơ", "giải quyết đúng hạn", "tinh")])
rep("tinh", "Tỷ lệ hồ sơ giải quyết đúng hạn của các cơ quan chuyên môn cấp tỉnh đạt 90,5%, của UBND cấp xã đạt 95,5%; tỷ lệ số hóa hồ sơ đạt 65,79%.",
    [F(90.5, "%", "tỷ lệ hồ sơ giải quyết đúng hạn cấp tỉnh", "so_nganh", code="BM3-3.1"),
     F(95.5, "%", "tỷ lệ hồ sơ giải quyết đúng hạn cấp xã", "xa", code="BM3-3.3"),
     F(65.79, "%", "tỷ lệ số hóa hồ sơ", "tinh")])

# ------------------------------------------------------------ Bình Định, 10 tháng 2024
src("https://binhdinh.gov.vn/en/news/news-news/binh-dinh-ranks-2nd-nationwide-in-the-index-of-serving-people-and-businesses.html")
rep("tinh", "Thời gian qua, Chủ tịch UBND tỉnh Bình Định đã ban hành 395 quyết định công bố danh mục hơn 3.500 TTHC thuộc phạm vi quản lý của các sở, ban, ngành và công khai trên Cơ sở dữ liệu quốc gia về TTHC.",
    [F(395, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
     F(3500, "TTHC", "TTHC được công bố", "tinh", approx=True)])
rep("tinh", "Tỉnh đã hoàn thành rà soát, đơn giản hóa 234 TTHC theo kế hoạch, ước tính tiết kiệm hơn 59 tỷ đồng mỗi năm; riêng 10 tháng năm 2024, tỉnh đơn giản hóa 29 TTHC, cắt giảm thời gian giải quyết 22 TTHC và đề xuất giảm thành phần hồ sơ đối với 7 thủ tục.",
    [F(234, "TTHC", "TTHC đã rà soát, đơn giản hóa", "tinh"),
     F(29, "TTHC", "TTHC được đơn giản hóa", "tinh"),
     F(22, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh")])
rep("tinh", "Hệ thống thông tin giải quyết TTHC của tỉnh đã tích hợp, kết nối với 24 cơ sở dữ liệu quốc gia, chuyên ngành; triển khai biểu mẫu điện tử cho 107 TTHC và cấp hơn 290.000 chữ ký số công cộng cho người dân, doanh nghiệp.",
    [F(24, "cơ sở dữ liệu", "cơ sở dữ liệu đã tích hợp, kết nối", "tinh"),
     F(107, "TTHC", "TTHC triển khai biểu mẫu điện tử", "tinh"),
     F(290000, "chữ ký số", "chữ ký số công cộng đã cấp", "tinh", approx=True)])
news("tinh", "Tính đến cuối tháng 10/2024, Bình Định xếp thứ 2/63 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công.")

# ------------------------------------------------------------ additions: Cần Thơ SIPAS, Phú Yên fields, Hải Dương
src("https://news.laodong.vn/xa-hoi/dich-vu-cong-o-can-tho-dat-muc-hai-long-cao-1463917.ldo")
rep("tinh", "Xếp sau Sở Thông tin và Truyền thông là Sở Khoa học và Công nghệ và Sở Văn hóa, Thể thao và Du lịch, cùng đạt 96,93%; hai tiêu chí được đánh giá cao nhất là \"Công chức trực tiếp giải quyết công việc\" (95,94%) và \"Kết quả giải quyết TTHC\" (95,82%).",
    [F(96.93, "%", "mức hài lòng (Sở Khoa học và Công nghệ)", "so_nganh"),
     F(96.93, "%", "mức hài lòng (Sở Văn hóa, Thể thao và Du lịch)", "so_nganh"),
     F(95.94, "%", "mức hài lòng tiêu chí công chức trực tiếp giải quyết công việc", "tinh"),
     F(95.82, "%", "mức hài lòng tiêu chí kết quả giải quyết TTHC", "tinh")])
src("https://dangcongsan.org.vn/tinhuyphuyen/Lists/TinHoatDong/View_Detail.aspx?ItemID=670")
rep("tinh", "Trong 8 lĩnh vực của Chỉ số CCHC năm 2023 của tỉnh, có 04 lĩnh vực đạt trên 90%, 02 lĩnh vực đạt từ 80% đến dưới 90% và 02 lĩnh vực dưới 80%.",
    [F(4, "lĩnh vực", "lĩnh vực đạt trên 90%", "tinh"),
     F(2, "lĩnh vực", "lĩnh vực đạt từ 80% đến dưới 90%", "tinh"),
     F(2, "lĩnh vực", "lĩnh vực dưới 80%", "tinh")])
src("https://baohaiduong.vn/en/100-xa-phuong-thi-tran-cua-hai-duong-dua-thu-tuc-hanh-chinh-thuoc-nganh-doc-thuc-hien-tai-bo-phan-mot-cua-370769.html")
rep("tinh", "Đến cuối tháng 12/2023, 100% xã, phường, thị trấn của tỉnh Hải Dương đã đưa TTHC thuộc ngành dọc (công an, quân sự, văn hóa - xã hội) vào thực hiện tại Bộ phận Một cửa theo Quyết định số 1291/QĐ-TTg ngày 07/10/2019 của Thủ tướng Chính phủ.",
    [F(100, "%", "tỷ lệ xã, phường, thị trấn thực hiện TTHC ngành dọc tại Bộ phận Một cửa", "xa")])
src("https://vietnam.vn/en/tang-cuong-ra-soat-van-ban-quy-pham-phap-luat-chiu-su-tac-dong-cua-sap-xep-bo-may")
rep("so_nganh", "Năm 2024, Sở Tư pháp tỉnh Hải Dương đã thẩm định hơn 130 dự thảo văn bản quy phạm pháp luật (tăng 50 văn bản so với năm 2023) và tham gia góp ý hơn 950 dự thảo văn bản theo đề nghị của Trung ương, các sở, ngành và địa phương (tăng 290 văn bản).",
    [F(130, "văn bản", "dự thảo VBQPPL được thẩm định", "so_nganh", approx=True),
     F(950, "văn bản", "dự thảo văn bản được góp ý", "so_nganh", approx=True)])

# ------------------------------------------------------------ Quảng Ninh, Sở Tư pháp 2024
src("https://vietnam.vn/en/so-tu-phap-tap-trung-nang-cao-chat-luong-cac-mat-cong-tac")
rep("so_nganh", "Trong năm, Sở Tư pháp tỉnh Quảng Ninh đã tham mưu UBND tỉnh ban hành 85 quyết định, kế hoạch, văn bản, báo cáo; ban hành theo thẩm quyền 75 kế hoạch và hơn 2.700 văn bản chỉ đạo, triển khai công tác tư pháp.",
    [F(85, "văn bản", "quyết định, kế hoạch, văn bản tham mưu UBND tỉnh ban hành", "so_nganh"),
     F(75, "kế hoạch", "kế hoạch ban hành theo thẩm quyền", "so_nganh"),
     F(2700, "văn bản", "văn bản chỉ đạo, triển khai công tác tư pháp", "so_nganh", approx=True)])
rep("so_nganh", "Sở đã thẩm định 5 đề nghị xây dựng nghị quyết và 95 dự thảo văn bản quy phạm pháp luật (tăng 41,8% so với năm 2023), góp ý 108 dự thảo; phối hợp giúp UBND tỉnh tự kiểm tra 48 văn bản do UBND tỉnh ban hành và kiểm tra 12 nghị quyết của HĐND tỉnh.",
    [F(5, "đề nghị", "đề nghị xây dựng nghị quyết được thẩm định", "so_nganh"),
     F(95, "văn bản", "dự thảo VBQPPL được thẩm định", "so_nganh"),
     F(108, "văn bản", "dự thảo được góp ý", "so_nganh"),
     F(48, "văn bản", "văn bản của UBND tỉnh được tự kiểm tra", "so_nganh"),
     F(12, "văn bản", "nghị quyết của HĐND tỉnh được kiểm tra", "so_nganh")])
rep("so_nganh", "Sở tiến hành kiểm tra theo thẩm quyền tại 3 địa phương với 32 văn bản do các địa phương ban hành, gửi đến; qua đó phát hiện 9 văn bản cấp huyện và 1 văn bản cấp xã chưa đúng về thẩm quyền, thể thức và đã kiến nghị xử lý theo quy định.",
    [F(3, "địa phương", "địa phương được kiểm tra văn bản", "so_nganh"),
     F(32, "văn bản", "văn bản được kiểm tra theo thẩm quyền", "so_nganh", code="BM2-2.1"),
     F(9, "văn bản", "văn bản cấp huyện chưa đúng thẩm quyền, thể thức", "huyen"),
     F(1, "văn bản", "văn bản cấp xã chưa đúng thẩm quyền, thể thức", "xa")])

# ------------------------------------------------------------ Bộ Tư pháp, 6 tháng (national)
src("https://baophapluat.biz/tin-tuc/chi-tiet/127-gan-4000-van-ban-quy-pham-phap-luat-co-dau-hieu-pham-luat.htm")
news("tinh", "Theo Bộ Tư pháp, trong 6 tháng đầu năm, các bộ, ngành, địa phương đã kiểm tra và phát hiện 3.960/251.900 văn bản có dấu hiệu chưa bảo đảm tính hợp pháp, trong đó 528 văn bản quy phạm pháp luật có dấu hiệu trái luật về nội dung và thẩm quyền ban hành.",
     [F(3960, "văn bản", "văn bản có dấu hiệu chưa bảo đảm tính hợp pháp", ""),
      F(251900, "văn bản", "văn bản được kiểm tra", ""),
      F(528, "văn bản", "VBQPPL có dấu hiệu trái luật về nội dung, thẩm quyền", "")])
news("tinh", "Đến nay, các cơ quan ban hành đã xử lý xong 2.305 văn bản, đạt hơn 58% số văn bản có dấu hiệu trái pháp luật; riêng Bộ Tư pháp đã kiểm tra gần 900 văn bản, phát hiện 218 văn bản có dấu hiệu chưa bảo đảm tính hợp pháp.",
     [F(2305, "văn bản", "văn bản có dấu hiệu trái pháp luật đã xử lý xong", ""),
      F(58, "%", "tỷ lệ văn bản trái pháp luật đã xử lý", "", approx=True),
      F(900, "văn bản", "văn bản do Bộ Tư pháp kiểm tra", "", approx=True),
      F(218, "văn bản", "văn bản do Bộ Tư pháp phát hiện có dấu hiệu chưa hợp pháp", "")])

# ------------------------------------------------------------ Nghệ An, rà soát VBQPPL 2019-2023; tinh giản (distractors)
src("https://baonghean.vn/en/nghe-va-cho-y-kien-ve-ket-qua-ra-soat-he-thong-hoa-cac-van-ban-quy-pham-phap-luat-do-ubnd-tinh-ban-hanh-10267320.html")
rep("tinh", "Ngày 31/01/2023, UBND tỉnh Nghệ An ban hành Kế hoạch số 48 về rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023; ngày 17/02/2023, Văn phòng Chính phủ có Công văn số 969 về việc hệ thống hóa văn bản. Theo Nghị định số 34/2016/NĐ-CP, kết quả hệ thống hóa phải được công bố 5 năm một lần.")
src("https://nghean24h.vn/tag/den-nam-2026")
news("tinh", "UBND tỉnh Nghệ An ban hành hướng dẫn tiêu chí đánh giá cán bộ, công chức, viên chức, người lao động, khuyến khích các cơ quan, đơn vị tinh giản 20% biên chế ngay trong năm 2025 và 2026.")

# ------------------------------------------------------------ Đồng Hới (Quảng Bình), before 2025 (distractor)
src("https://vccinews.com/news/31575/.html")
news("huyen", "Thành phố Đồng Hới có 16 xã, phường; thành phố thực hiện kiểm soát TTHC theo Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 sửa đổi Nghị định số 63/2010/NĐ-CP và công khai TTHC theo Thông tư số 05/2014/TT-BTP ngày 07/02/2014 của Bộ Tư pháp.")


def vn_num(v):
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    ip, dp = repr(float(v)).split(".")
    return f"{int(ip):,}".replace(",", ".") + "," + dp


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
            if vn_num(fa["value"]) not in text:
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
