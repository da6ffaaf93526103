# Builds and validates cases.csv for held-out set 9 (narrative reader).
# Written blind (no pipeline code or tests read). Every text is my own Vietnamese wording;
# figures, names, dates and document numbers come from the public pages listed in README.md.
# Run: python3 build.py   (writes cases.csv and sources_by_case.tsv next to this file, re-reads and validates)
# The validator part follows the one in holdout8/narrative/build.py; the cases are new.
import csv, json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "shared", "reference", "catalog.csv")
PREFIX = "H9-N-"

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


# ------------------------------------------------------------ Lạng Sơn, Trung tâm PVHCC tỉnh (2019 - 9/2020)
src("https://old.baolangson.vn/en/society/13842-handling-administrative-procedure-improving-service-quality-increasing-satisfaction.html")
news("tinh", "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn bố trí 20 quầy giao dịch, tại mỗi quầy đều đặt máy khảo sát để người dân đánh giá ngay sau khi hoàn tất thủ tục.")
rep("tinh", "Theo số liệu của Trung tâm, từ năm 2019 đến cuối tháng 9/2020 đã có 21.626 lượt tổ chức, cá nhân đánh giá công chức, viên chức làm việc tại đây; trong đó 20.577 lượt đánh giá ở mức rất hài lòng, chiếm 95%.",
     [F(21626, "lượt", "lượt đánh giá công chức, viên chức tại Trung tâm", "trung_tam"),
      F(20577, "lượt", "lượt đánh giá rất hài lòng", "trung_tam"),
      F(95, "%", "tỷ lệ đánh giá rất hài lòng", "trung_tam")])

# ------------------------------------------------------------ PAR INDEX 2023 (công bố 17/4/2024)
src("https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm")
news("tinh", "Ngày 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC (PAR INDEX) và Chỉ số SIPAS năm 2023; lần đầu tiên kể từ năm 2012, tất cả các địa phương đều có Chỉ số CCHC trên 80%.")
news("tinh", "Quảng Ninh giữ vị trí thứ nhất lần thứ sáu với 92,18%, tiếp theo là Hải Phòng (91,87%), Bắc Giang (91,16%) và Bà Rịa - Vũng Tàu (91,03%); Bình Thuận và Sóc Trăng đứng cuối bảng.",
     [F(92.18, "%", "Chỉ số CCHC năm 2023 của Quảng Ninh", "tinh"),
      F(91.87, "%", "Chỉ số CCHC năm 2023 của Hải Phòng", "tinh"),
      F(91.16, "%", "Chỉ số CCHC năm 2023 của Bắc Giang", "tinh"),
      F(91.03, "%", "Chỉ số CCHC năm 2023 của Bà Rịa - Vũng Tàu", "tinh")])
news("tinh", "Ở khối bộ, cơ quan ngang bộ, 14 đơn vị đạt Chỉ số CCHC trên 80%; giá trị trung bình của khối đạt 84,38%, tăng 0,33% so với năm 2022.",
     [F(14, "đơn vị", "bộ, cơ quan ngang bộ đạt Chỉ số CCHC trên 80%", ""),
      F(84.38, "%", "Chỉ số CCHC trung bình của các bộ, cơ quan ngang bộ", "")])

# ------------------------------------------------------------ Quảng Ninh, các chỉ số năm 2019 (hội nghị 4/6/2020)
src("https://vietnamnet.vn/en/politics/quang-ninh-leads-in-par-index-for-third-consecutive-year-646596.html")
rep("tinh", "Năm 2019, tỉnh Quảng Ninh dẫn đầu Chỉ số CCHC năm thứ ba liên tiếp với 90,09 điểm, tăng 1,03 điểm so với năm 2018.",
    [F(90.09, "điểm", "Chỉ số CCHC năm 2019", "tinh")])
rep("tinh", "Chỉ số SIPAS của tỉnh lần đầu tiên đứng đầu cả nước, đạt 95,26%, tăng 4,11%; Chỉ số PAPI đạt 44,66 điểm, xếp thứ 3/63 tỉnh, thành phố.",
    [F(95.26, "%", "Chỉ số SIPAS năm 2019", "tinh"),
     F(44.66, "điểm", "Chỉ số PAPI năm 2019", "tinh")])
rep("tinh", "Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin (ICT Index) của Quảng Ninh vươn lên thứ 3 toàn quốc với 0,735 điểm, tăng 0,0954 điểm so với năm 2018.",
    [F(0.735, "điểm", "Chỉ số ICT Index năm 2019", "tinh")])
rep("tinh", "Tại hội nghị ngày 4/6, các chuyên gia của Bộ Nội vụ, Hội Tin học Việt Nam và UNDP phân tích các chỉ số năm 2019 của tỉnh, đề xuất giải pháp để giữ vững thứ hạng trong năm 2020 và những năm tiếp theo.")

# ------------------------------------------------------------ Quảng Ninh, SIPAS và PAR INDEX năm 2022 (19/4/2023)
src("https://english.baoquangninh.vn/quang-ninh-tops-public-administration-indexes-for-fourth-consecutive-year-3236534.html")
rep("tinh", "Với 87,59%, Quảng Ninh tiếp tục dẫn đầu Chỉ số SIPAS năm 2022, giữ vị trí số một bốn năm liên tiếp; tỉnh cũng đứng đầu Chỉ số CCHC với 90,1 điểm.",
     [F(87.59, "%", "Chỉ số SIPAS năm 2022", "tinh"),
      F(90.1, "điểm", "Chỉ số CCHC năm 2022", "tinh")])
news("tinh", "PAR INDEX đánh giá kết quả cải cách hành chính của 17 bộ, cơ quan ngang bộ và UBND 63 tỉnh, thành phố; năm 2022 là năm thứ 11 liên tiếp chỉ số này được công bố và là năm thứ sáu công bố SIPAS.")
news("tinh", "Trước đó, ngày 11/4, VCCI công bố Chỉ số PCI năm 2022 với Quảng Ninh đứng đầu năm thứ sáu liên tiếp; ngày 12/4, UNDP công bố Chỉ số PAPI 2022, tỉnh cũng dẫn đầu lần thứ hai liên tiếp.")

# ------------------------------------------------------------ Yên Bái, huyện Văn Yên (4/2020)
src("https://en.baoyenbai.com.vn/11/173/Van_Yen_implements_egovernment_project.aspx")
rep("huyen", "Sau khi triển khai đề án chính quyền điện tử, huyện Văn Yên (tỉnh Yên Bái) đã có 74 cơ quan, đơn vị được cấp tài khoản sử dụng hệ thống, với gần 900 tài khoản của 27 xã, thị trấn, 13 phòng chuyên môn và 7 đơn vị sự nghiệp.",
     [F(74, "đơn vị", "cơ quan, đơn vị được cấp tài khoản", "huyen"),
      F(900, "tài khoản", "tài khoản được cấp", "huyen", approx=True)])
rep("huyen", "Tỷ lệ văn bản chỉ đạo, điều hành được đưa lên hệ thống của huyện đạt 100% ở cấp huyện và trên 90% ở cấp xã.",
     [F(100, "%", "tỷ lệ văn bản chỉ đạo, điều hành đưa lên hệ thống", "huyen"),
      F(90, "%", "tỷ lệ văn bản chỉ đạo, điều hành đưa lên hệ thống", "xa", approx=True)])
rep("huyen", "Năm 2016, huyện phối hợp với Trung tâm Công nghệ thông tin và Truyền thông tỉnh bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho 120 công chức của 27 xã, thị trấn; năm 2019 tiếp tục mở lớp cho 54 người.",
     [F(120, "người", "công chức cấp xã được bồi dưỡng ứng dụng CNTT", "xa"),
      F(54, "người", "người được bồi dưỡng ứng dụng CNTT năm 2019", "huyen")])

# ------------------------------------------------------------ Hòa Bình, huyện Yên Thủy (2022 - 2023)
src("http://en.baohoabinh.com.vn/2/8471/Yen-Thuy-works-to-improve-satisfacti111n-of-people-and-firms-in-settling-administrative-procedures.htm")
rep("huyen", "Năm 2022, Chỉ số CCHC của huyện Yên Thủy tăng 1 bậc, tăng 1,39% so với năm trước; huyện thuộc nhóm đơn vị cấp huyện có mức độ hài lòng của người dân, tổ chức cao nhất tỉnh.")
rep("huyen", "UBND huyện yêu cầu các cơ quan, đơn vị và UBND các xã, thị trấn xử lý tối thiểu 95% hồ sơ thông qua Cổng dịch vụ công trực tuyến.")

# ------------------------------------------------------------ Vĩnh Long, 6 tháng đầu năm 2015 (tin TTXVN)
src("http://www.ufabetindo.in/vinh-long-sees-increase-in-social-investment-capital-post78703.vnp")
rep("tinh", "Để tăng tính minh bạch và thu hút nhà đầu tư, trong 6 tháng đầu năm 2015 tỉnh Vĩnh Long đã công bố 77 TTHC mới, sửa đổi 8 thủ tục và bãi bỏ 73 thủ tục.",
     [F(77, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
      F(8, "TTHC", "TTHC sửa đổi", "tinh"),
      F(73, "TTHC", "TTHC bãi bỏ", "tinh")])

# ------------------------------------------------------------ Long An, Trung tâm PVHCC tỉnh
src("https://news.baolongan.vn/long-an-aims-at-business-satisfaction-a89463.html")
rep("tinh", "Hiện UBND tỉnh Long An đã đưa toàn bộ TTHC thuộc thẩm quyền của các sở, ngành, gồm hơn 1.300 thủ tục thuộc 120 lĩnh vực, vào tiếp nhận và giải quyết tại Trung tâm Phục vụ hành chính công tỉnh.",
     [F(1300, "TTHC", "TTHC thực hiện tại Trung tâm Phục vụ hành chính công tỉnh", "trung_tam", approx=True)])
news("tinh", "Thái Lan hiện thuộc nhóm 10 quốc gia, vùng lãnh thổ dẫn đầu trong số 37 quốc gia, vùng lãnh thổ có dự án đầu tư tại Long An.")

# ------------------------------------------------------------ Hòa Bình, huyện Kim Bôi (kế hoạch CCHC 2022)
src("http://en.baohoabinh.com.vn/2/7844/Kim-Boi-takes-c111ncerted-measures-to-accelerate-administrative-re102orm.htm")
rep("huyen", "UBND huyện Kim Bôi đã ban hành Kế hoạch cải cách hành chính năm 2022 với 40 nhiệm vụ thuộc 7 lĩnh vực.",
    [F(40, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC năm", "huyen", code="BM1-2.1")])

# ------------------------------------------------------------ Hòa Bình, huyện Kim Bôi (năm không ghi trên trang)
src("http://baohoabinh.com.vn/en/6/6864/Kim-Boi-sees-positive-changes-in-administrative-services-delivery-.htm")
rep("huyen", "Từ đầu năm đến nay, huyện Kim Bôi đã tiếp nhận 25.968 hồ sơ TTHC, trong đó 1.848 hồ sơ được nộp trực tuyến, thuộc 14 lĩnh vực.",
     [F(25968, "hồ sơ", "hồ sơ TTHC tiếp nhận", "huyen", code="BM7-6.4.1"),
      F(1848, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "huyen", code="BM7-6.4.2")])

# ------------------------------------------------------------ Lạng Sơn, chuyển đổi số (VCCI, 15/4/2024)
src("http://biotopologicalcraftsmanship.org/advancing-digital-transformation-and-digital-economic-development.html")
rep("tinh", "Các huyện, thành phố đã kiện toàn Ban Chỉ đạo chuyển đổi số cấp huyện; toàn tỉnh Lạng Sơn có 1.658 tổ công nghệ số cộng đồng với 9.042 thành viên.",
    [F(1658, "tổ", "tổ công nghệ số cộng đồng", "tinh"),
     F(9042, "người", "thành viên tổ công nghệ số cộng đồng", "tinh")])
rep("tinh", "HĐND tỉnh đã ban hành nghị quyết quy định chính sách hỗ trợ đối với công chức, viên chức làm nhiệm vụ chuyển đổi số trên địa bàn tỉnh giai đoạn 2023 - 2025.")

# ------------------------------------------------------------ Lạng Sơn, chuyển đổi số năm 2021
src("https://old.baolangson.vn/en/economy/18809-the-mark-of-digital-transformation.html")
rep("tinh", "Ngày 10/8/2020, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 135/KH-UBND thực hiện Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030, với mục tiêu đến năm 2025 có 80% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập.")
rep("tinh", "Về kinh tế số, tỉnh phấn đấu đến năm 2025 kinh tế số chiếm 15% GRDP, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10% và năng suất lao động tăng ít nhất 7%.")

# ------------------------------------------------------------ Lạng Sơn, chuyển đổi số (VOV)
src("https://vovworld.vn/en-US/make-in-vietnam/lang-son-provinces-breakthrough-in-digital-transformation-1120002.vov")
rep("tinh", "Hiện hơn 60% hộ gia đình trên địa bàn tỉnh Lạng Sơn đã có cửa hàng số hoặc tài khoản thanh toán điện tử; 100% trường học hoạt động trên nền tảng số.",
     [F(60, "%", "tỷ lệ hộ gia đình có cửa hàng số hoặc tài khoản thanh toán điện tử", "tinh", approx=True),
      F(100, "%", "tỷ lệ trường học hoạt động trên nền tảng số", "tinh")])
news("tinh", "Lạng Sơn đặt mục tiêu đến năm 2025 nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số, với 5 trụ cột từ chuyển đổi số trong cơ quan Đảng đến cửa khẩu số.")

# ------------------------------------------------------------ Lạng Sơn, cửa khẩu số (Nhân Dân)
src("https://en.nhandan.vn/digital-transformation-one-of-the-breakthrough-solutions-in-lang-son-post121298.html")
rep("tinh", "Tại các cửa khẩu Hữu Nghị và Tân Thanh, nền tảng cửa khẩu số thí điểm đã giúp 100% phương tiện chở hàng được khai báo trực tuyến, thời gian khai báo chỉ khoảng 2 - 5 phút.",
     [F(100, "%", "tỷ lệ phương tiện chở hàng khai báo trực tuyến qua cửa khẩu số", "tinh")])
news("tinh", "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 49-NQ/TU ngày 28/9/2021 về chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030; Lạng Sơn là một trong 6 tỉnh, thành phố có nghị quyết riêng của Ban Thường vụ về chuyển đổi số.")
news("tinh", "Tỉnh hiện đứng thứ 6 cả nước về số giao dịch thành công trên các sàn thương mại điện tử Việt Nam.")

# ------------------------------------------------------------ Bắc Giang, bộ phận một cửa (13/02/2024)
src("https://en.baobacninhtv.vn/making-daily-efforts-for-citizens’-satisfaction.bbg")
rep("tinh", "Toàn tỉnh Bắc Giang hiện có 209 bộ phận một cửa cấp xã, 10 bộ phận một cửa cấp huyện và 01 Trung tâm Phục vụ hành chính công tỉnh, với gần 1.000 cán bộ, công chức làm nhiệm vụ.",
     [F(1000, "người", "cán bộ, công chức làm việc tại bộ phận một cửa", "tinh", approx=True)])
rep("tinh", "Năm 2023, toàn tỉnh tiếp nhận, giải quyết hơn 612.000 hồ sơ TTHC; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt trên 99%.",
     [F(612000, "hồ sơ", "hồ sơ TTHC tiếp nhận, giải quyết", "tinh", approx=True),
      F(99, "%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn", "tinh", approx=True)])
news("tinh", "Năm 2022, Bắc Giang xếp thứ 2 cả nước về Chỉ số PCI, thứ 4 về Chỉ số CCHC và thứ 9 về chuyển đổi số.")
news("tinh", "Mô hình một cửa được Bắc Giang triển khai từ 23 năm trước tại 11 sở, ngành; 4 năm sau, mô hình được mở rộng ra toàn tỉnh.")

# ------------------------------------------------------------ Kon Tum, ứng dụng CNTT năm 2018 (VCCI, 23/5/2019)
src("https://www.vccinews.com/prode/36885/growth-driver-from-ict-development-and-application.html")
rep("tinh", "Năm 2018, tỉnh Kon Tum đã đưa 32 TTHC lên cung cấp dịch vụ công trực tuyến mức độ 3 và mức độ 4.",
    [F(32, "TTHC", "TTHC đưa lên cung cấp trực tuyến mức độ 3, 4 trong năm", "tinh")])
rep("tinh", "Phần mềm quản lý văn bản đã được triển khai tới tất cả các đơn vị, địa phương và liên thông 4 cấp: xã, huyện, tỉnh và Trung ương.")

# ------------------------------------------------------------ Kon Tum, làm việc với Đoàn kiểm tra 1922 (6/3/2025)
src("https://news.laodong.vn/thoi-su/doan-kiem-tra-cua-bo-chinh-tri-lam-viec-voi-tinh-kon-tum-1473111.ldo")
rep("tinh", "Tỉnh Kon Tum đã cung cấp 1.439 dịch vụ công trực tuyến trên Hệ thống thông tin giải quyết TTHC tỉnh và Cổng Dịch vụ công quốc gia, gồm 1.099 dịch vụ toàn trình và 340 dịch vụ một phần.",
     [F(1439, "dịch vụ", "dịch vụ công trực tuyến", "tinh"),
      F(1099, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
      F(340, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh")])
news("tinh", "Ngày 6/3, Đoàn kiểm tra số 1922 của Bộ Chính trị làm việc với Đảng ủy UBND tỉnh Kon Tum; theo Kết luận số 123 ngày 24/01/2025, tỉnh được Chính phủ giao mục tiêu tăng trưởng GRDP 10%, cao nhất khu vực Tây Nguyên.")

# ------------------------------------------------------------ Huế, phường Thủy Xuân (2/7/2025)
src("https://news.huengaynay.vn/life/convenient-and-professional-administrative-procedures-from-surprise-to-satisfaction-144491.html")
news("xa", "Trong hai ngày đầu vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công phường Thủy Xuân (thành phố Huế) đã đón gần 100 lượt người dân, kể cả những người chỉ đến tham quan trụ sở mới.",
     [F(100, "lượt", "lượt người dân đến Trung tâm", "xa", approx=True)])

# ------------------------------------------------------------ Huế, 100% DVC trực tuyến toàn trình (7/2025)
src("https://www.vietnam.vn/en/thanh-pho-hue-dan-dau-ca-nuoc-dat-100-dich-vu-cong-truc-tuyen-toan-trinh")
rep("tinh", "Theo Sở Khoa học và Công nghệ, đến 12 giờ ngày 22/7/2025, 100% sở, ngành và UBND các xã, phường của thành phố Huế đã hoàn thành cung cấp dịch vụ công trực tuyến toàn trình thuộc thẩm quyền.",
     [F(100, "%", "tỷ lệ cơ quan, đơn vị hoàn thành cung cấp DVC trực tuyến toàn trình", "tinh")])
news("tinh", "Chưa đầy 1 tháng sau khi vận hành mô hình mới, Huế trở thành địa phương dẫn đầu cả nước về cung cấp dịch vụ công trực tuyến toàn trình.")

# ------------------------------------------------------------ Lào Cai, phường Phan Si Păng (năm 2023)
src("https://vietnam.vn/en/xay-dung-chinh-quyen-so-phuc-vu-nhan-dan")
news("xa", "Năm 2023, phường Phan Si Păng được UBND thị xã Sa Pa đánh giá Chỉ số CCHC xếp loại Tốt, đứng thứ 1/16 xã, phường của thị xã.")

# ------------------------------------------------------------ PAR INDEX 2012 (VNA)
src("https://en.vietnamplus.vn/da-nang-tops-nation-in-administrative-reforms/56332.vnp")
news("tinh", "Trong 19 tỉnh, thành phố có Chỉ số CCHC năm 2012 trên 80%, Đà Nẵng dẫn đầu với 87,14%, tiếp theo là Bà Rịa - Vũng Tàu (86,14%), TP Hồ Chí Minh (83,83%), Đồng Tháp (83,44%) và An Giang (83,25%); Quảng Ninh xếp thứ 19 với 80,21%.",
     [F(19, "đơn vị", "tỉnh, thành phố có Chỉ số CCHC trên 80%", ""),
      F(87.14, "%", "Chỉ số CCHC năm 2012 của Đà Nẵng", "tinh"),
      F(86.14, "%", "Chỉ số CCHC năm 2012 của Bà Rịa - Vũng Tàu", "tinh"),
      F(83.83, "%", "Chỉ số CCHC năm 2012 của TP Hồ Chí Minh", "tinh"),
      F(83.44, "%", "Chỉ số CCHC năm 2012 của Đồng Tháp", "tinh"),
      F(83.25, "%", "Chỉ số CCHC năm 2012 của An Giang", "tinh"),
      F(80.21, "%", "Chỉ số CCHC năm 2012 của Quảng Ninh", "tinh")])
news("tinh", "Hà Nội đạt 82,79%; nhóm 6 tỉnh phía Bắc có kết quả thấp nhất, từ 62,58% đến 67,68%, gồm Bắc Kạn, Lai Châu, Hà Giang, Sơn La, Cao Bằng và Điện Biên.",
     [F(82.79, "%", "Chỉ số CCHC năm 2012 của Hà Nội", "tinh")])
news("tinh", "Ở khối bộ, Bộ Tư pháp đứng đầu với 82,47%; Bộ Y tế thấp nhất với 64,78%, các đơn vị có kết quả thấp khác là Bộ Lao động - Thương binh và Xã hội (67,06%), Ủy ban Dân tộc (67,19%) và Bộ Tài nguyên và Môi trường (69,75%).",
     [F(82.47, "%", "Chỉ số CCHC năm 2012 của Bộ Tư pháp", ""),
      F(64.78, "%", "Chỉ số CCHC năm 2012 của Bộ Y tế", ""),
      F(67.06, "%", "Chỉ số CCHC năm 2012 của Bộ Lao động - Thương binh và Xã hội", ""),
      F(67.19, "%", "Chỉ số CCHC năm 2012 của Ủy ban Dân tộc", ""),
      F(69.75, "%", "Chỉ số CCHC năm 2012 của Bộ Tài nguyên và Môi trường", "")])

# ------------------------------------------------------------ PAR INDEX 2013 (VNS / SGGP)
src("https://en.sggp.org.vn/central-province-leads-nation-in-delivering-vital-admin-reforms-post496.html")
news("tinh", "Đà Nẵng đứng đầu Chỉ số CCHC cấp tỉnh năm 2013 với 87% tiêu chí hoàn thành, cao hơn gần 10% so với mức trung bình cả nước khoảng 78%; Hải Phòng theo sát với 86,93%.",
     [F(87, "%", "Chỉ số CCHC năm 2013 của Đà Nẵng", "tinh"),
      F(78, "%", "Chỉ số CCHC trung bình cả nước năm 2013", "", approx=True),
      F(86.93, "%", "Chỉ số CCHC năm 2013 của Hải Phòng", "tinh")])
news("tinh", "Đồng Nai vươn lên vị trí thứ 17 từ vị trí thứ 43 của năm trước, với hơn 80% tiêu chí cải cách được hoàn thành.",
     [F(80, "%", "tỷ lệ tiêu chí CCHC hoàn thành của Đồng Nai năm 2013", "tinh", approx=True)])
news("tinh", "Ở khối bộ, Bộ Giao thông vận tải dẫn đầu với 81%, Ủy ban Dân tộc đứng cuối với 66,71%.",
     [F(81, "%", "Chỉ số CCHC năm 2013 của Bộ Giao thông vận tải", ""),
      F(66.71, "%", "Chỉ số CCHC năm 2013 của Ủy ban Dân tộc", "")])

# ------------------------------------------------------------ PAR INDEX 2018 (VnExpress; VNA)
src("https://e.vnexpress.net/news/news/central-bank-quang-ninh-admin-reform-leaders-in-vietnam-3928987.html")
news("tinh", "Ngân hàng Nhà nước Việt Nam dẫn đầu Chỉ số CCHC năm 2018 của các bộ, cơ quan ngang bộ lần thứ tư liên tiếp với 91%, tiếp theo là Bộ Tài chính (90%), Bộ Tư pháp (87%) và Bộ Nông nghiệp và Phát triển nông thôn (85%).",
     [F(91, "%", "Chỉ số CCHC năm 2018 của Ngân hàng Nhà nước", ""),
      F(90, "%", "Chỉ số CCHC năm 2018 của Bộ Tài chính", ""),
      F(87, "%", "Chỉ số CCHC năm 2018 của Bộ Tư pháp", ""),
      F(85, "%", "Chỉ số CCHC năm 2018 của Bộ Nông nghiệp và Phát triển nông thôn", "")])
news("tinh", "Kết quả được xác định qua ý kiến của 17.300 công chức và 33.000 người dân theo 7 lĩnh vực; chỉ số trung bình năm 2018 đạt 83%, tăng 6% so với năm 2017.",
     [F(17300, "người", "công chức được khảo sát", ""),
      F(33000, "người", "người dân được khảo sát", ""),
      F(83, "%", "Chỉ số CCHC trung bình năm 2018", "")])
news("tinh", "Ở khối địa phương, Hà Nội đạt 83,9%, Đồng Tháp 83,71%, Đà Nẵng 83,7% và Hải Phòng 83,6%; TP Hồ Chí Minh xếp thứ 10 với 79,6%, còn Phú Yên đứng cuối bảng.",
     [F(83.9, "%", "Chỉ số CCHC năm 2018 của Hà Nội", "tinh"),
      F(83.71, "%", "Chỉ số CCHC năm 2018 của Đồng Tháp", "tinh"),
      F(83.7, "%", "Chỉ số CCHC năm 2018 của Đà Nẵng", "tinh"),
      F(83.6, "%", "Chỉ số CCHC năm 2018 của Hải Phòng", "tinh"),
      F(79.6, "%", "Chỉ số CCHC năm 2018 của TP Hồ Chí Minh", "tinh")])
src("https://en.vietnamplus.vn/da-nang-remains-in-top-4-in-administrative-reforms/157141.vnp")
news("tinh", "Trong PAR INDEX 2018, Đà Nẵng xếp thứ 4/63 tỉnh, thành phố với 83,7 điểm, năm thứ hai liên tiếp ở vị trí này sau 5 năm liền dẫn đầu; khoảng 87% người dân được khảo sát hài lòng với dịch vụ hành chính công của thành phố.",
     [F(83.7, "điểm", "Chỉ số CCHC năm 2018", "tinh"),
      F(87, "%", "tỷ lệ người dân hài lòng với dịch vụ hành chính công", "tinh", approx=True)])
news("tinh", "Dẫn đầu 18 bộ, cơ quan ngang bộ là Ngân hàng Nhà nước Việt Nam với 90,57 điểm.",
     [F(90.57, "điểm", "Chỉ số CCHC năm 2018 của Ngân hàng Nhà nước", "")])

# ------------------------------------------------------------ Bình Dương, huyện Phú Giáo (5 tháng 2023)
src("https://baobinhduong.vn/en/phu-giao-district-accelerates-digital-transformation-improves-the-efficiency-of-administrative-reform-a298279.html")
rep("huyen", "Qua 5 tháng đầu năm 2023, việc hướng dẫn, tiếp nhận, số hóa hồ sơ TTHC của huyện Phú Giáo đạt 9,6/22 điểm, tương đương 43,6%, xếp thứ 4/9 toàn tỉnh.",
    [F(9.6, "điểm", "điểm tiếp nhận, số hóa hồ sơ TTHC", "huyen"),
     F(43.6, "%", "tỷ lệ điểm đạt được về tiếp nhận, số hóa hồ sơ", "huyen")])
rep("huyen", "Chỉ số CCHC năm 2022 của huyện đạt 83,91/100 điểm, giảm 2,13 điểm so với năm 2021.",
    [F(83.91, "điểm", "Chỉ số CCHC năm 2022", "huyen")])

# ------------------------------------------------------------ Hòa Bình, huyện Mai Châu (6 tháng 2022)
src("http://en.baohoabinh.com.vn/2/7602/Mai-Chau-district-works-toward-democratic,-modern-administrati111n.htm")
rep("huyen", "6 tháng đầu năm 2022, bộ phận tiếp nhận và trả kết quả huyện Mai Châu tiếp nhận 8.903 hồ sơ, trong đó 8.835 hồ sơ được xử lý trực tuyến; 7.784 hồ sơ giải quyết trước hạn và 979 hồ sơ giải quyết đúng hạn.",
     [F(8903, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
      F(8835, "hồ sơ", "hồ sơ xử lý trực tuyến", "huyen"),
      F(7784, "hồ sơ", "hồ sơ giải quyết trước hạn", "huyen"),
      F(979, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen")])

# ------------------------------------------------------------ Đắk Lắk, huyện Krông Pắc (9 tháng 2023)
src("https://www.vietnam.vn/en/huyen-krong-pac-phat-huy-cac-giai-phap-sang-kien-nang-cao-hieu-qua-cai-cach-hanh-chinh")
rep("huyen", "9 tháng năm 2023, toàn huyện Krông Pắc giải quyết 37.294 hồ sơ, trong đó 15.879 hồ sơ đúng hạn, 21.415 hồ sơ trước hạn, không có hồ sơ quá hạn.",
    [F(37294, "hồ sơ", "hồ sơ đã giải quyết", "huyen"),
     F(15879, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen"),
     F(21415, "hồ sơ", "hồ sơ giải quyết trước hạn", "huyen")])
rep("huyen", "Tổng số hồ sơ tiếp nhận trực tiếp là 24.879; hồ sơ trực tuyến một phần 5.090 và hồ sơ trực tuyến toàn trình 7.415.",
    [F(24879, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "huyen"),
     F(5090, "hồ sơ", "hồ sơ tiếp nhận trực tuyến một phần", "huyen"),
     F(7415, "hồ sơ", "hồ sơ tiếp nhận trực tuyến toàn trình", "huyen")])
rep("huyen", "Chiều 18/10/2023, UBND huyện Krông Pắc tổ chức hội nghị sơ kết công tác CCHC 9 tháng và triển khai nhiệm vụ 3 tháng cuối năm.")

# ------------------------------------------------------------ Bình Dương, thành phố Dĩ An (2021 - 7 tháng 2022)
src("https://baobinhduong.vn/en/provincial-na-deputy-delegation-s-supervisory-delegation-works-with-di-an-city-a277997.html")
rep("huyen", "Năm 2021 và 7 tháng năm 2022, thành phố Dĩ An tiếp nhận 3.163 hồ sơ dịch vụ công trực tuyến mức độ 3, 4 qua Cổng Dịch vụ công tỉnh.",
     [F(3163, "hồ sơ", "hồ sơ DVC trực tuyến mức độ 3, 4 tiếp nhận qua Cổng DVC tỉnh", "huyen")])
news("huyen", "Sáng 18/8, Đoàn giám sát của Đoàn đại biểu Quốc hội tỉnh làm việc với thành phố Dĩ An về CCHC và chuyển đổi số; thành phố kiến nghị triển khai Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 về cung cấp thông tin và dịch vụ công trực tuyến.")

# ------------------------------------------------------------ Quảng Ngãi, tháng 8/2025 và tổ công tác (22/9/2025)
src("https://vjs.vietnam.vn/en/hai-pho-chu-tich-tinh-quang-ngai-lam-to-truong-to-thao-go-kho-khan-o-co-so")
rep("tinh", "Theo báo cáo của Văn phòng UBND tỉnh Quảng Ngãi, trong tháng 8/2025, 16 sở, ngành và các chi nhánh Văn phòng Đăng ký đất đai tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 18.994 hồ sơ, trong đó 13.956 hồ sơ mới và 5.038 hồ sơ từ kỳ trước chuyển sang.",
    [F(18994, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
     F(13956, "hồ sơ", "hồ sơ tiếp nhận mới", "so_nganh"),
     F(5038, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "so_nganh")])
news("tinh", "Sáng 22/9, UBND tỉnh Quảng Ngãi thông tin Chủ tịch UBND tỉnh đã giao hai Phó Chủ tịch làm tổ trưởng 2 tổ công tác tháo gỡ khó khăn cho chính quyền cơ sở; mỗi tổ có 16 thành viên là lãnh đạo các sở, ngành liên quan.")

# ------------------------------------------------------------ Quảng Ngãi, ngày đầu chính quyền hai cấp (1/7/2025)
src("https://news.laodong.vn/xa-hoi/10-phut-xong-thu-tuc-dan-quang-ngai-khen-ngoi-can-bo-ngay-dau-chinh-quyen-2-cap-hoat-dong-1533124.ldo")
news("xa", "Xã Nghĩa Giang (tỉnh Quảng Ngãi) được thành lập trên cơ sở sáp nhập toàn bộ diện tích tự nhiên và dân số của 3 xã Nghĩa Thuận, Nghĩa Kỳ và Nghĩa Điền, trụ sở làm việc đặt tại xã Nghĩa Kỳ cũ.")
news("tinh", "Sáng 1/7/2025, hàng nghìn cán bộ từ Kon Tum đã có mặt tại các cơ quan của tỉnh Quảng Ngãi sau quãng đường khoảng 160 km; một người dân phường Nghĩa Lộ cho biết hồ sơ cấp giấy chứng nhận lần đầu của bà được xử lý chỉ sau 10 phút.")

# ------------------------------------------------------------ Phú Yên, Hội nghị Tỉnh ủy lần thứ 19 (4/2025)
src("https://en.baophuyen.vn/politics/202504/focusing-on-arranging-the-two-tier-local-government-system-1f22f24")
news("tinh", "Theo đề án sắp xếp đơn vị hành chính cấp xã năm 2025, tỉnh Phú Yên dự kiến sắp xếp 106 đơn vị hành chính cấp xã hiện có để thành lập 34 xã, phường mới.")
news("tinh", "Tại hội nghị, Ban Tổ chức Tỉnh ủy công bố Quyết định số 2059-QĐNS/TW của Ban Bí thư chuẩn y đồng chí Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tham gia Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025.")

# ------------------------------------------------------------ Khánh Hòa, Văn bản 7042 (6/6/2025)
src("https://news.baokhanhhoa.vn/society/202506/with-two-tier-local-government-system-national-public-service-portal-serves-as-centralized-one-window-platform-67b4824/")
news("tinh", "Ngày 6/6, UBND tỉnh Khánh Hòa ban hành Văn bản số 7042 về tiếp nhận, giải quyết TTHC và triển khai Cổng Dịch vụ công quốc gia làm nền tảng một cửa tập trung, xác định 3 trường hợp xử lý hồ sơ khi UBND cấp huyện, cấp xã cũ dừng hoạt động từ ngày 30/6.")

# ------------------------------------------------------------ Ủy ban Thường vụ Quốc hội, phiên họp thứ 41 (10/1/2020)
src("https://en.vietnamplus.vn/na-standing-committee-approves-rearrangement-of-administrative-units/167153.vnp")
news("tinh", "Tại phiên họp thứ 41 ngày 10/1/2020, Ủy ban Thường vụ Quốc hội thông qua việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2019 - 2021 của 18 tỉnh, thành phố; đây là lần thứ tư Ủy ban xem xét nội dung này.")

# ------------------------------------------------------------ Kon Tum, huyện Đăk Hà, đối thoại với người dân (2/11/2018)
src("https://open.enabel.be/nl/VNM/2192/756/u/citizens-dialogue-brings-administration-reform-to-ethnic-commune.html")
news("huyen", "Ngày 2/11/2018, hơn 80 người dân thôn Đăk Mút (huyện Đăk Hà, tỉnh Kon Tum) đã tham gia buổi đối thoại tại nhà rông về cải cách hành chính và chất lượng phục vụ của bộ phận một cửa; buổi đối thoại dùng cả tiếng Việt và tiếng Xơ Đăng.",
     [F(80, "người", "người dân tham gia đối thoại về CCHC", "xa", approx=True)])

# ------------------------------------------------------------ Thái Bình, Trung tâm Hành chính công (4/11/2015)
src("https://english.vtv.vn/news/thai-binh-prov-launches-administrative-centre-20151105212133659.htm?mobile=false")
news("tinh", "Sáng 4/11/2015, tỉnh Thái Bình khánh thành Trung tâm Hành chính công đặt tại phường Lê Hồng Phong; kinh phí nâng cấp, cải tạo khoảng 1 triệu USD.")

# ------------------------------------------------------------ bổ sung từ các trang đã đọc ở trên
src("https://en.vietnamplus.vn/da-nang-tops-nation-in-administrative-reforms/56332.vnp")
news("tinh", "Năm 2012, 33 tỉnh, thành phố đạt kết quả khá, từ 70% đến 80%; nhóm trung bình, từ 67,68% đến 70%, gồm 5 tỉnh là Bình Phước, Kon Tum, Hưng Yên, Tuyên Quang và Hòa Bình.",
     [F(33, "đơn vị", "tỉnh, thành phố đạt Chỉ số CCHC từ 70% đến 80%", ""),
      F(5, "đơn vị", "tỉnh thuộc nhóm trung bình", "")])
news("tinh", "Xếp sau Bộ Tư pháp là Bộ Giao thông vận tải, Bộ Nông nghiệp và Phát triển nông thôn và Bộ Công Thương, với chỉ số trong khoảng từ 80,58% đến 81,18%.")
src("https://en.sggp.org.vn/central-province-leads-nation-in-delivering-vital-admin-reforms-post496.html")
news("tinh", "Bình Dương đạt gần 87%, xếp ngay sau Hải Phòng, trong khi Sơn La đứng cuối bảng xếp hạng năm 2013 với gần 59%.",
     [F(87, "%", "Chỉ số CCHC năm 2013 của Bình Dương", "tinh", approx=True),
      F(59, "%", "Chỉ số CCHC năm 2013 của Sơn La", "tinh", approx=True)])
src("https://e.vnexpress.net/news/news/central-bank-quang-ninh-admin-reform-leaders-in-vietnam-3928987.html")
news("tinh", "Nhóm thấp nhất khối bộ năm 2018 gồm Bộ Giao thông vận tải (75%), Bộ Y tế (78%), Bộ Thông tin và Truyền thông (79%) và Bộ Xây dựng (80%).",
     [F(75, "%", "Chỉ số CCHC năm 2018 của Bộ Giao thông vận tải", ""),
      F(78, "%", "Chỉ số CCHC năm 2018 của Bộ Y tế", ""),
      F(79, "%", "Chỉ số CCHC năm 2018 của Bộ Thông tin và Truyền thông", ""),
      F(80, "%", "Chỉ số CCHC năm 2018 của Bộ Xây dựng", "")])
src("https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm")
news("tinh", "Bộ Y tế, Bộ Ngoại giao và Bộ Công Thương là ba đơn vị có Chỉ số CCHC năm 2023 dưới mức 80%.")
src("http://tothethao.com/bong-da_en/hoa-binh-administrative-reform-is-a-key-task-2207308.html")
rep("tinh", "Các nhiệm vụ CCHC của tỉnh Hòa Bình được triển khai đồng bộ trên cả 6 lĩnh vực, trọng tâm là sắp xếp bộ máy, giảm số lượng cấp phó và phấn đấu đưa Chỉ số CCHC đạt mức trung bình so với các tỉnh, thành phố trong cả nước.")
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
