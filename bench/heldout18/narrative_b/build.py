# Builds cases.csv and sources_by_case.tsv for holdout18/narrative_b and validates them.
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
src("https://dantri.com.vn/noi-vu/ra-soat-toan-bo-ho-so-thu-tuc-hanh-chinh-qua-han-xu-ly-20260309104342366.htm")
case("news", "tinh",
     "Báo cáo rà soát trên Cổng Dịch vụ công quốc gia cho thấy, tính đến ngày 4/3, tỉnh Đồng Nai vẫn còn 1.505 hồ sơ thủ tục hành chính đang ở trạng thái xử lý quá hạn.",
     [F(1505, "hồ sơ", "hồ sơ TTHC đang xử lý quá hạn", "tinh")])
case("news", "tinh",
     "Chủ tịch UBND tỉnh Đồng Nai yêu cầu các sở, ngành và UBND các xã, phường kiểm tra toàn bộ hồ sơ bị ghi nhận quá hạn, làm rõ nguyên nhân và báo cáo kết quả trước ngày 12/3.",
     [])

src("https://www.sggp.org.vn/dac-khu-phu-quoc-chiem-659-ho-so-ton-dong-cua-toan-tinh-an-giang-post836637.html")
case("news", "tinh",
     "Đến ngày 30/1, tỉnh An Giang đạt 91,36 điểm trong kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp, đứng thứ 21/34 tỉnh, thành phố.",
     [F(91.36, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])
case("news", "tinh",
     "Toàn tỉnh An Giang hiện còn 5.830 hồ sơ xử lý quá hạn, đứng thứ 13/34 tỉnh, thành phố; riêng đặc khu Phú Quốc có 3.845 hồ sơ, chiếm 65,9%.",
     [F(5830, "hồ sơ", "hồ sơ xử lý quá hạn", "tinh"),
      F(3845, "hồ sơ", "hồ sơ xử lý quá hạn của đặc khu Phú Quốc", "xa"),
      F(65.9, "%", "tỷ trọng hồ sơ quá hạn của đặc khu Phú Quốc trong toàn tỉnh", "xa")])

src("https://plo.vn/chu-tich-an-giang-yeu-cau-dac-khu-phu-quoc-lam-viec-ca-ngay-nghi-de-xu-ly-ho-so-qua-han-post894195.html")
case("news", "tinh",
     "Việc hồ sơ quá hạn kéo dài khiến mức độ hài lòng của người dân, doanh nghiệp tại An Giang chỉ đạt 92,58%. Tỉ lệ hồ sơ được cấp kết quả điện tử chỉ đạt 78,87%, còn tỉ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,82%.",
     [F(92.58, "%", "mức độ hài lòng của người dân, doanh nghiệp", "tinh"),
      F(78.87, "%", "tỷ lệ hồ sơ cấp kết quả điện tử", "tinh"),
      F(78.82, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh")])

src("https://www.cantho.gov.vn/wps/portal/!ut/p/z0/bU5Nb8IwDP0r2YFz0gpor50EjA8BYtLEcqnSECVeWVxWB-3nz9lp2nbw88vzi5-llmepo7mDNwQYzZXfr3re1mq7KDbTclevjkvVHFW1Xx_2hTpN5Ubqnwa1rivV7A4vT6fnx0W1LPMGeLvddCO1xUjuk-R5RBomakxdOwI5ZozvLiZmNLQeEAQFcGn8trF0wSjuLH4ky5OE9nfu38P-y7UmUsCJInDR80JHmUdKdkw9a_mm3CNCZ3jGfo5DQcj23pGwmZCxwhrgskEEE4OwARg9sHhB_lOqssgwk0Ovu9nVP3wB3-HMxQ!!")
case("report", "tinh",
     "Từ năm 2021 đến 2025, thành phố Cần Thơ tổ chức khảo sát độc lập hằng năm với tổng cộng 19.863 phiếu; thành phố cũng bố trí hơn 25,4 tỷ đồng cho hoạt động cải cách hành chính giai đoạn 2021–2025.",
     [F(19863, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", False, "BM1-6.1"),
      F(25.4, "tỷ đồng", "kinh phí bố trí cho hoạt động CCHC", "tinh", True)])
case("report", "tinh",
     "Năm 2024, Chỉ số SIPAS của thành phố Cần Thơ xếp thứ 34/63 tỉnh, thành phố, giảm 11 bậc so với năm trước, đứng cuối nhóm 6 thành phố trực thuộc Trung ương và thứ 5/13 tỉnh, thành vùng Đồng bằng sông Cửu Long.",
     [])

src("https://www.vietnam.vn/en/go-diem-nghen-ho-so-dat-dai")
case("news", "so_nganh",
     "Nếu quý I năm nay hệ thống còn ghi nhận hơn 2.200 hồ sơ đất đai trễ hạn thì đến nay toàn tỉnh Cà Mau chỉ còn 18 hồ sơ quá hạn.",
     [F(2200, "hồ sơ", "hồ sơ đất đai trễ hạn quý I", "so_nganh", True),
      F(18, "hồ sơ", "hồ sơ đất đai quá hạn hiện còn", "so_nganh")])
case("news", "so_nganh",
     "Theo Sở Nông nghiệp và Môi trường tỉnh Cà Mau, trong hơn 2.200 hồ sơ trễ hạn có 1.910 hồ sơ do phần mềm bị treo hoặc chậm hoàn tất quy trình điện tử; 77 hồ sơ dù đã giải quyết đúng hạn vẫn bị ghi nhận trễ vì cán bộ thao tác trên hệ thống chậm vài phút, vài giờ.",
     [F(2200, "hồ sơ", "hồ sơ đất đai trễ hạn", "so_nganh", True),
      F(1910, "hồ sơ", "hồ sơ trễ hạn do lỗi phần mềm", "so_nganh"),
      F(77, "hồ sơ", "hồ sơ giải quyết đúng hạn nhưng bị ghi nhận trễ hạn", "so_nganh")])

src("https://snv.kontum.gov.vn/pages/detail/11382/Chi-so-cai-cach-hanh-chinh-nam-2023-tinh-Kon-Tum-tang-12-bac-so-voi-nam-2022-xep-thu-4363-tinh-thanh..html")
case("report", "tinh",
     "Chỉ số PAR INDEX năm 2023 của tỉnh Kon Tum đạt 86,14 điểm, trong đó điểm thẩm định là 54,95/61,5 điểm và điểm đánh giá tác động của cải cách hành chính đạt 31,19/38,5 điểm; tỉnh xếp thứ 43/63, tăng 4,79 điểm và 12 bậc so với năm 2022.",
     [F(86.14, "điểm", "điểm Chỉ số CCHC (PAR INDEX)", "tinh"),
      F(54.95, "điểm", "điểm thẩm định", "tinh"),
      F(31.19, "điểm", "điểm đánh giá tác động của CCHC", "tinh")])
case("report", "tinh",
     "Trong phần đánh giá tác động, Chỉ số SIPAS của tỉnh đạt 8,5/10 điểm, khảo sát lãnh đạo quản lý đạt 18,33/22 điểm và tác động đến phát triển kinh tế - xã hội đạt 4,36/6,5 điểm.",
     [F(8.5, "điểm", "điểm Chỉ số SIPAS", "tinh"),
      F(18.33, "điểm", "điểm khảo sát lãnh đạo quản lý", "tinh"),
      F(4.36, "điểm", "điểm tác động đến phát triển kinh tế - xã hội", "tinh")])
case("report", "tinh",
     "Năm 2023, lĩnh vực cải cách thủ tục hành chính của tỉnh Kon Tum đạt 12,38 điểm, chỉ số đạt 95,23%, xếp thứ 34/63, tăng 15 bậc so với năm 2022.",
     [F(12.38, "điểm", "điểm lĩnh vực cải cách TTHC", "tinh"),
      F(95.23, "%", "chỉ số lĩnh vực cải cách TTHC", "tinh")])
case("report", "tinh",
     "Trong khu vực Tây Nguyên, Kon Tum đứng thứ 2 sau Đắk Lắk (xếp hạng 28/63), trên Lâm Đồng (46/63), Đắk Nông (51/63) và Gia Lai (58/63).",
     [])

src("https://bqlkcn.daknong.gov.vn/xuat-ban-tin-tuc-cac-khu-cong-nghiep/-/view_content/145716305-chi-so-cai-cach-hanh-chinh-par-index-nam-2022-dak-nong-xep-thu-2-khu-vuc-tay-nguyen.html")
case("news", "tinh",
     "Theo công bố, Chỉ số cải cách hành chính năm 2022 của tỉnh Đắk Nông đạt 84,66/100 điểm, xếp thứ 2 khu vực Tây Nguyên, thứ 37/63 tỉnh, thành phố và tăng 4 bậc so với năm 2021.",
     [F(84.66, "điểm", "điểm Chỉ số CCHC", "tinh")])
case("news", "tinh",
     "Chỉ số thành phần công tác chỉ đạo, điều hành cải cách hành chính của Đắk Nông đạt 8,94 điểm, xếp thứ 30/63; tiêu chí tác động của cải cách hành chính đến phát triển kinh tế - xã hội đạt 5,32/6,5 điểm, xếp thứ 28/63.",
     [F(8.94, "điểm", "điểm chỉ số công tác chỉ đạo, điều hành CCHC", "tinh"),
      F(5.32, "điểm", "điểm tác động của CCHC đến phát triển kinh tế - xã hội", "tinh")])

src("http://snv.kontum.gov.vn/pages/detail/5962/Ket-qua-Chi-so-hieu-qua-Quan-tri-va-Hanh-chinh-cong-cap-tinh-(PAPI)-tinh-Kon-Tum-nam-2021.html")
case("report", "tinh",
     "Tại Kon Tum, khảo sát PAPI năm 2021 được thực hiện ở 03 đơn vị cấp huyện; mỗi huyện chọn 02 xã, mỗi xã chọn 02 thôn và mỗi thôn chọn 20 người để phỏng vấn qua Zalo.",
     [])
case("report", "tinh",
     "Chỉ số PAPI năm 2021 của tỉnh Kon Tum đạt 39,89 điểm, giảm 1,73 điểm so với năm 2020; riêng chỉ số nội dung \"Tham gia của người dân ở cấp cơ sở\" đạt 4,49 điểm.",
     [F(39.89, "điểm", "điểm Chỉ số PAPI", "tinh"),
      F(4.49, "điểm", "điểm chỉ số nội dung tham gia của người dân ở cấp cơ sở", "tinh")])

src("https://doanhnghiephoinhap.vn/ba-ria-vung-tau-xep-hang-thu-21-ve-chi-so-hai-long-cua-nguoi-dan-va-doanh-nghiep-87261.html")
case("news", "tinh",
     "Số liệu cập nhật đến ngày 04/11/2024 trên Cổng Dịch vụ công quốc gia cho thấy tỉnh Bà Rịa - Vũng Tàu đạt tổng cộng 81,8 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp hạng 21/63 tỉnh, thành.",
     [F(81.8, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh")])

src("https://en.sggp.org.vn/hcmc-construction-department-introduces-e-portal-for-public-services-post105451.html")
case("news", "so_nganh",
     "Hiện Sở Xây dựng TP.HCM có 22 thủ tục hành chính thuộc thẩm quyền được cung cấp trực tuyến, gồm 17 thủ tục toàn trình và 5 thủ tục một phần. Trong 9 tháng đầu năm 2023, Sở tiếp nhận hơn 13.200 hồ sơ, phần lớn đã được giải quyết xong.",
     [F(22, "TTHC", "TTHC cung cấp trực tuyến", "so_nganh"),
      F(17, "TTHC", "TTHC trực tuyến toàn trình", "so_nganh"),
      F(5, "TTHC", "TTHC trực tuyến một phần", "so_nganh"),
      F(13200, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", True)])

src("https://kontumtv.vn/tin-tuc/kinh-te/hon-46-ty-dong-giai-quyet-tinh-gian-bien-che-dot-1-nam-2022")
case("news", "tinh",
     "Trong 6 tháng đầu năm 2022, tỉnh Kon Tum tinh giản biên chế hơn 30 người với tổng kinh phí hơn 4,6 tỷ đồng, trong đó có 4 công chức, 26 viên chức, 1 cán bộ, công chức cấp xã và 1 trường hợp thuộc khối Đảng.",
     [F(30, "người", "số người tinh giản biên chế", "tinh", True),
      F(4.6, "tỷ đồng", "kinh phí thực hiện tinh giản biên chế", "tinh", True),
      F(4, "người", "công chức tinh giản", "tinh", False, "BM4-2.4"),
      F(26, "người", "viên chức tinh giản", "tinh", False, "BM4-3.3"),
      F(1, "người", "cán bộ, công chức cấp xã tinh giản", "tinh"),
      F(1, "người", "trường hợp khối Đảng tinh giản", "tinh")])
case("news", "tinh",
     "Trong 6 tháng cuối năm, tỉnh Kon Tum sẽ tiếp tục triển khai tinh giản biên chế đợt II năm 2022 đối với 9 đơn vị.",
     [])

src("https://bencat.binhduong.gov.vn/tin-tuc/bo-chi-so-766-tuan-03-nam-2024-binh-duong-tiep-tuc-duoc-xep-hang-0163-tinh-thanh-pho-22203")
case("news", "tinh",
     "Đến ngày 22/01/2024, tỉnh Bình Dương đạt 83,47 điểm Bộ chỉ số 766, xếp hạng 01/63 tỉnh, thành, tăng 4,41 điểm và tăng 3 hạng so với tuần 02.",
     [F(83.47, "điểm", "điểm Bộ chỉ số 766", "tinh")])
case("news", "huyen",
     "Riêng thị xã Bến Cát đạt 83,8 điểm Bộ chỉ số 766, được xếp loại tốt và đứng thứ 6/9 huyện, thị xã, thành phố của tỉnh Bình Dương.",
     [F(83.8, "điểm", "điểm Bộ chỉ số 766", "huyen")])

src("https://www.vietnam.vn/en/cai-thien-chat-luong-dich-vu-cong-nang-cao-muc-do-hai-long-cua-nguoi-dan")
case("news", "tinh",
     "Nhóm chỉ số công khai, minh bạch của tỉnh Tây Ninh cải thiện rõ nhất, đạt tối đa 18/18 điểm; tiến độ giải quyết hồ sơ đạt 18,9/20 điểm, cao hơn mức bình quân cả nước 6,8 điểm.",
     [F(18, "điểm", "điểm nhóm chỉ số công khai, minh bạch", "tinh"),
      F(18.9, "điểm", "điểm nhóm chỉ số tiến độ giải quyết", "tinh")])
case("news", "tinh",
     "Về dịch vụ công trực tuyến, Tây Ninh đạt 8,1/12 điểm, cao hơn bình quân cả nước 3,8 điểm; chỉ số thanh toán trực tuyến đạt 8,6/10 điểm.",
     [F(8.1, "điểm", "điểm nhóm chỉ số dịch vụ công trực tuyến", "tinh"),
      F(8.6, "điểm", "điểm nhóm chỉ số thanh toán trực tuyến", "tinh")])
case("news", "tinh",
     "Chỉ số mức độ hài lòng của tỉnh đạt 12/18 điểm; chỉ số số hóa hồ sơ đạt 11,4/22 điểm, nhỉnh hơn bình quân cả nước 1,9 điểm nhưng vẫn thấp hơn kỳ vọng.",
     [F(12, "điểm", "điểm nhóm chỉ số mức độ hài lòng", "tinh"),
      F(11.4, "điểm", "điểm nhóm chỉ số số hóa hồ sơ", "tinh")])

src("https://es.congdoanvietnam.vn/thoi-su/chot-phuong-an-tinh-dak-lak-co-68-don-vi-hanh-chinh-cap-xa-4447.tld")
case("news", "tinh",
     "Tỉnh Đắk Lắk hiện có 180 đơn vị hành chính cấp xã; sau sắp xếp sẽ còn 68 đơn vị, gồm 7 phường và 61 xã, giảm 112 đơn vị (tương đương 62,22%).",
     [])

src("https://vietnam.vn/ja/dak-nong-du-kien-se-co-cac-phuong-gia-nghia-123")
case("news", "tinh",
     "Sau sắp xếp, số xã, phường, thị trấn của tỉnh Đắk Nông giảm từ 71 xuống 28, tức giảm 60,57%; thành phố Gia Nghĩa hiện có 8 đơn vị hành chính cấp xã với diện tích tự nhiên hơn 284 km².",
     [])

src("https://en.baophuyen.vn/politics/202506/dak-lak-announcing-resolutions-and-decisions-of-the-central-government-and-local-authorities-on-the-consolidation-and-merger-of-administrative-units-at-all-levels-b55734a")
case("news", "tinh",
     "Sau khi sắp xếp, tỉnh Đắk Lắk mới có tổng diện tích tự nhiên 18.096,40 km² và quy mô dân số 3.346.853 người.",
     [])

src("https://thanhnien.vn/tphcm-se-giai-quyet-ho-so-sang-thu-7-tai-130-phuong-xa-185251110095808943.htm")
case("news", "tinh",
     "TP.HCM dự kiến tiếp nhận, giải quyết hồ sơ vào sáng thứ 7 tại 130 phường, xã và đặc khu Côn Đảo; thành phố hiện có 168 phường, xã, đặc khu, tức khoảng 77% đơn vị cấp xã sẽ làm việc sáng thứ 7.",
     [])

src("https://www.vietnam.vn/de/lam-dong-hoan-tat-lay-y-kien-cu-tri-ve-de-an-sap-xep-don-vi-hanh-chinh")
case("news", "tinh",
     "Theo phương án sắp xếp, tỉnh Lâm Đồng sẽ giảm số xã, phường, thị trấn từ 137 xuống 51; sau hợp nhất, tỉnh dự kiến có diện tích 24.233 km² và dân số 3.324.400 người.",
     [])

src("https://etime.danviet.vn/gia-lai-tam-dung-tiep-nhan-ho-so-truc-tiep-tai-trung-tam-hanh-chinh-cong-do-anh-huong-bao-kalmaegi-d1376327.html")
case("news", "tinh",
     "Do ảnh hưởng của bão số 13 (Kalmaegi), Trung tâm Phục vụ hành chính công tỉnh Gia Lai tạm dừng tiếp nhận hồ sơ và trả kết quả trực tiếp trong 2 ngày, từ ngày 6/11 đến hết ngày 7/11/2025; người dân vẫn có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
     [])

# ---------------------------------------------------------------- synthetic (real units; wording and figures mine)
src("synthetic: tỉnh Hậu Giang, 2024")
case("report", "tinh",
     "Trong năm 2024, tỉnh Hậu Giang tiếp nhận 14 phản ánh, kiến nghị về quy định hành chính; đến thời điểm báo cáo đã giải quyết xong 14/14 phản ánh, kiến nghị, đạt 100%.",
     [F(14, "PAKN", "PAKN đã giải quyết xong", "tinh", False, "BM3-3.4.2"),
      F(14, "PAKN", "PAKN tiếp nhận", "tinh", False, "BM3-3.4.1"),
      F(100, "%", "tỷ lệ giải quyết PAKN", "tinh", False, "BM3-3.4")])

src("synthetic: huyện Chợ Gạo, tỉnh Tiền Giang, 2024")
case("report", "huyen",
     "Năm 2024, UBND huyện Chợ Gạo giải quyết xong 17.946 hồ sơ thủ tục hành chính, trong đó 17.829 hồ sơ đúng hạn, đạt tỷ lệ 99,35%.",
     [F(17946, "hồ sơ", "hồ sơ đã giải quyết xong", "huyen", False, "BM3-3.2.1"),
      F(17829, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
      F(99.35, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2")])

src("synthetic: tỉnh Bạc Liêu, 2024")
case("report", "tinh",
     "Năm 2024, Đoàn kiểm tra cải cách hành chính của tỉnh Bạc Liêu kiểm tra 12 sở, ngành và 4 UBND cấp huyện; qua kiểm tra phát hiện 37 vấn đề, đến nay đã xử lý xong 35 vấn đề.",
     [F(12, "đơn vị", "sở, ngành đã kiểm tra", "tinh", False, "BM1-3.1"),
      F(4, "đơn vị", "UBND cấp huyện đã kiểm tra", "tinh", False, "BM1-3.2"),
      F(37, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
      F(35, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2")])

src("synthetic: tỉnh Đồng Tháp, 2023")
case("report", "so_nganh",
     "Theo Sở Nội vụ, năm 2023 toàn tỉnh Đồng Tháp tuyển dụng 58 công chức và 412 viên chức thông qua thi tuyển, xét tuyển.",
     [F(58, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(412, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")])

src("synthetic: thị xã Bình Minh, tỉnh Vĩnh Long, 6 tháng đầu năm 2024")
case("report", "huyen",
     "6 tháng đầu năm 2024, Bộ phận Một cửa thị xã Bình Minh tiếp nhận 9.618 hồ sơ, trong đó 6.341 hồ sơ nộp trực tuyến, chiếm 65,93%.",
     [F(9618, "hồ sơ", "hồ sơ tiếp nhận", "huyen"),
      F(6341, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen"),
      F(65.93, "%", "tỷ lệ hồ sơ nộp trực tuyến", "huyen")])

src("synthetic: thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng, 2024")
case("report", "xa",
     "Năm 2024, UBND thị trấn Liên Nghĩa đã giải quyết 2.452 hồ sơ, trong đó 2.441 hồ sơ trả kết quả đúng hạn, đạt 99,55%; 11 hồ sơ trễ hạn đều đã có văn bản xin lỗi.",
     [F(2452, "hồ sơ", "hồ sơ đã giải quyết xong", "xa", False, "BM3-3.3.1"),
      F(2441, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.55, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
      F(11, "hồ sơ", "hồ sơ trễ hạn", "xa")])

src("synthetic: tỉnh Kiên Giang, 31/12/2024")
case("report", "tinh",
     "Đến ngày 31/12/2024, toàn tỉnh Kiên Giang có 789 đơn vị sự nghiệp công lập, trong đó 7 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 38 đơn vị tự bảo đảm chi thường xuyên, 183 đơn vị tự bảo đảm một phần chi thường xuyên và 561 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
     [F(789, "đơn vị", "tổng số ĐVSN công lập", "tinh", False, "BM6-2.1"),
      F(7, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", False, "BM6-2.2"),
      F(38, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", False, "BM6-2.3"),
      F(183, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", False, "BM6-2.4"),
      F(561, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", False, "BM6-2.5")])

src("synthetic: tỉnh Tiền Giang, 2024")
case("report", "tinh",
     "Đến ngày 31/01/2025, tỉnh Tiền Giang giải ngân 4.186.270 triệu đồng vốn đầu tư công năm 2024 trên tổng kế hoạch 5.312.400 triệu đồng, đạt 78,80%.",
     [F(4186270, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(5312400, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(78.8, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])

src("synthetic: tỉnh Sóc Trăng, 2024")
case("report", "tinh",
     "Năm 2024, Chủ tịch UBND tỉnh Sóc Trăng công bố 214 TTHC mới ban hành và bãi bỏ 98 TTHC. Hiện tỉnh có 1.883 TTHC thuộc thẩm quyền giải quyết, gồm 1.427 TTHC cấp tỉnh, 294 TTHC cấp huyện và 162 TTHC cấp xã.",
     [F(214, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
      F(98, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3"),
      F(1883, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", False, "BM3-1.4"),
      F(1427, "TTHC", "TTHC cấp tỉnh", "tinh", False, "BM3-1.4.1"),
      F(294, "TTHC", "TTHC cấp huyện", "tinh", False, "BM3-1.4.2"),
      F(162, "TTHC", "TTHC cấp xã", "tinh", False, "BM3-1.4.3")])

src("synthetic: tỉnh Trà Vinh, 2023")
case("report", "tinh",
     "Năm 2023, tỉnh Trà Vinh ban hành 46 văn bản quy phạm pháp luật, gồm 19 nghị quyết của HĐND tỉnh và 27 quyết định của UBND tỉnh; bình quân mỗi tháng gần 4 văn bản.",
     [F(46, "văn bản", "VBQPPL do cấp tỉnh ban hành", "tinh", False, "BM2-1.1"),
      F(19, "văn bản", "nghị quyết của HĐND tỉnh", "tinh"),
      F(27, "văn bản", "quyết định của UBND tỉnh", "tinh")])


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
        cid = f"H18-B-{i:03d}"
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
