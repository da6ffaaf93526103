# Builds cases.csv and sources_by_case.tsv for holdout21/narrative. Run: python3 build.py
import csv, json, unicodedata, re, os
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []   # (source, kind, level, text, facts, synthetic)

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

def add(src, kind, level, text, facts, synthetic=False):
    CASES.append((src, kind, level, text, facts, synthetic))

def rate(a, b, printed):
    r = round(a / b * 100, 2)
    assert abs(r - printed) < 0.006, (a, b, r, printed)
    return printed

# ---------------- real pages ----------------
U1 = "https://thuonghieuvaphapluat.vn/hai-phong-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2025-d78783.html"
add(U1, "news", "tinh",
    "Với khối phường, Chỉ số cải cách hành chính năm 2025 đưa phường Hồng Bàng lên vị trí dẫn đầu, kế tiếp là các phường Hải An, Hồng An, Ngô Quyền và Lê Chân; phường Bắc An Phụ đứng cuối trong số 45 phường của thành phố Hải Phòng.",
    [])
add(U1, "news", "tinh",
    "Mức độ hài lòng bình quân đối với các cơ quan hành chính nhà nước của thành phố Hải Phòng năm 2025 đạt 92,67%; trong đó khối sở, ban, ngành đạt 93,95%, khối phường 92,26% và khối xã, đặc khu 91,87%.",
    [F(92.67, "%", "mức độ hài lòng bình quân đối với các cơ quan hành chính nhà nước", "tinh"),
     F(93.95, "%", "mức độ hài lòng khối sở, ban, ngành", "so_nganh"),
     F(92.26, "%", "mức độ hài lòng khối phường", "xa"),
     F(91.87, "%", "mức độ hài lòng khối xã, đặc khu", "xa")])

U2 = "https://news.laodong.vn/thoi-su/hai-phong-cong-bo-chi-so-cai-cach-hanh-chinh-cac-don-vi-nam-2025-1640276.ldo"
add(U2, "news", "tinh",
    "Ở khối sở, ban, ngành, Thanh tra thành phố Hải Phòng đứng đầu Chỉ số cải cách hành chính năm 2025 với 94,71 điểm, Văn phòng UBND thành phố đứng thứ hai với 94,4 điểm, Sở Tài chính thứ ba với 92,99 điểm; thấp nhất là Ban Quản lý khu kinh tế với 88,99 điểm.",
    [F(94.71, "điểm", "Chỉ số CCHC năm 2025 của Thanh tra thành phố", "so_nganh"),
     F(94.4, "điểm", "Chỉ số CCHC năm 2025 của Văn phòng UBND thành phố", "so_nganh"),
     F(92.99, "điểm", "Chỉ số CCHC năm 2025 của Sở Tài chính", "so_nganh"),
     F(88.99, "điểm", "Chỉ số CCHC năm 2025 của Ban Quản lý khu kinh tế", "so_nganh")])
add(U2, "news", "tinh",
    "Trong khối phường, phường Hồng Bàng xếp thứ nhất với 95,8 điểm, phường Hải An thứ hai với 95,77 điểm, phường Hồng An thứ ba với 95,57 điểm; phường Bắc An Phụ có điểm thấp nhất, xếp thứ 45, đạt 76,26 điểm.",
    [F(95.8, "điểm", "Chỉ số CCHC năm 2025 của phường Hồng Bàng", "xa"),
     F(95.77, "điểm", "Chỉ số CCHC năm 2025 của phường Hải An", "xa"),
     F(95.57, "điểm", "Chỉ số CCHC năm 2025 của phường Hồng An", "xa"),
     F(76.26, "điểm", "Chỉ số CCHC năm 2025 của phường Bắc An Phụ", "xa")])
add(U2, "news", "tinh",
    "Đối với khối xã, đặc khu, đặc khu Cát Hải dẫn đầu với 94,15 điểm, xã Quyết Thắng đứng thứ hai với 93,4 điểm, xã An Lão thứ ba với 92,94 điểm; xã Vĩnh Am xếp thứ 68, thấp nhất với 73,37 điểm.",
    [F(94.15, "điểm", "Chỉ số CCHC năm 2025 của đặc khu Cát Hải", "xa"),
     F(93.4, "điểm", "Chỉ số CCHC năm 2025 của xã Quyết Thắng", "xa"),
     F(92.94, "điểm", "Chỉ số CCHC năm 2025 của xã An Lão", "xa"),
     F(73.37, "điểm", "Chỉ số CCHC năm 2025 của xã Vĩnh Am", "xa")])
add(U2, "news", "tinh",
    "Về đo lường sự hài lòng, Sở Công Thương có tỷ lệ cao nhất khối sở, ban, ngành với 96,86%; ở khối phường, phường Hồng Bàng dẫn đầu với 98,30%; ở khối xã, đặc khu, xã Khúc Thừa Dụ đứng đầu với 97,98%.",
    [F(96.86, "%", "tỷ lệ hài lòng của Sở Công Thương", "so_nganh"),
     F(98.30, "%", "tỷ lệ hài lòng của phường Hồng Bàng", "xa"),
     F(97.98, "%", "tỷ lệ hài lòng của xã Khúc Thừa Dụ", "xa")])

U3 = "https://thuonghieucongluan.com.vn/hai-phong-quyet-liet-thuc-hien-cong-tac-cai-cach-thu-tuc-hanh-chinh-tren-dia-ban-thanh-pho-ngay-tu-thang-01-2026-a303533.html"
add(U3, "news", "tinh",
    "Chỉ trong tháng 01/2026, Chủ tịch UBND thành phố Hải Phòng đã ký 13 quyết định công bố danh mục thủ tục hành chính với tổng cộng 225 thủ tục, gồm 36 thủ tục mới ban hành, 123 thủ tục sửa đổi, bổ sung, thay thế và 25 thủ tục bị bãi bỏ.",
    [F(13, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
     F(225, "TTHC", "TTHC được công bố", "tinh"),
     F(36, "TTHC", "TTHC mới ban hành", "tinh", code="BM3-1.2"),
     F(123, "TTHC", "TTHC sửa đổi, bổ sung, thay thế", "tinh"),
     F(25, "TTHC", "TTHC bị bãi bỏ", "tinh")])
add(U3, "news", "tinh",
    "Theo Bộ chỉ số 766 trên Cổng Dịch vụ công quốc gia, Hải Phòng đạt 93,01 điểm, đứng thứ 9/34 tỉnh, thành phố; tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC đạt trên 86%, tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa đạt trên 95%.",
    [F(93.01, "điểm", "điểm Bộ chỉ số 766", "tinh"),
     F(86, "%", "tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC", "tinh", approx=True),
     F(95, "%", "tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", "tinh", approx=True)])
add(U3, "news", "tinh",
    "Các sở, ban, ngành và UBND cấp xã của Hải Phòng đã rà soát 165 thủ tục hành chính, kiến nghị đơn giản hóa 49 thủ tục; thành phố đã phê duyệt phương án đơn giản hóa đối với 41 thủ tục.",
    [F(165, "TTHC", "TTHC được rà soát", "tinh"),
     F(49, "TTHC", "TTHC đề xuất đơn giản hóa", "tinh"),
     F(41, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")])

U4 = "https://thoibaotaichinhvietnam.vn/cai-cach-hanh-chinh-tiep-tuc-la-khau-dot-pha-cua-hai-phong-trong-nam-2026-190093.html"
add(U4, "news", "tinh",
    "Chủ tịch UBND thành phố Hải Phòng đã ký Quyết định số 5256/QĐ-UBND ban hành kế hoạch cải cách hành chính năm 2026, với mục tiêu đưa thành phố vào top 3 địa phương dẫn đầu cả nước về cải cách hành chính.",
    [])
add(U4, "news", "tinh",
    "Năm 2026, Hải Phòng phấn đấu các chỉ số PAR Index, DTI và PCI thuộc nhóm 5 địa phương dẫn đầu, hướng tới top 3; mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 90%.",
    [])

U5 = "https://baodanang.vn/lanh-dao-thanh-pho-da-nang-trao-doi-hoc-tap-kinh-nghiem-voi-tinh-quang-ninh-ve-mo-hinh-trung-tam-phuc-vu-hanh-chinh-cong-mot-cap-3298935.html"
add(U5, "news", "tinh",
    "Ngày 6/12/2024, HĐND tỉnh Quảng Ninh đã thông qua Nghị quyết số 238/NQ-HĐND về thí điểm thành lập Trung tâm Phục vụ hành chính công một cấp trực thuộc UBND tỉnh; Quảng Ninh là một trong 5 địa phương đầu tiên được Chính phủ giao thí điểm mô hình này.",
    [])
add(U5, "news", "tinh",
    "Hiện Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh có 1 giám đốc, 2 phó giám đốc, 4 phòng chuyên môn và 54 trung tâm phục vụ hành chính công xã, phường, đặc khu trực thuộc, tương đương cấp phòng.",
    [])

U6 = "https://ngaphu.ngason.thanhhoa.gov.vn/chuyen-doi-so/cong-khai-ket-qua-giai-quyet-thu-tuc-hanh-chinh-kiem-soat-thu-tuc-hanh-chinh-mot-cua-mot-cua-lie-328581"
add(U6, "report", "xa",
    "Coi rà soát, đơn giản hóa TTHC là nhiệm vụ thường xuyên, ngày 03/01/2025 UBND xã Nga Phú đã ban hành Quyết định số 01/QĐ-UBND về kế hoạch kiểm soát thủ tục hành chính năm 2025.",
    [])

U7 = "https://kenhthethaotv.com/author/dat/page/808"
add(U7, "news", "tinh",
    "Ngày 19-4, UBND tỉnh Quảng Ngãi ban hành đề án sắp xếp đơn vị hành chính cấp xã năm 2025; theo đề án, sau sắp xếp toàn tỉnh còn 56 đơn vị hành chính cấp xã.",
    [])

U8 = "https://daihoidang.baoquangninh.vn/tag/co-quan-don-vi-van-hoa-82995"
add(U8, "news", "tinh",
    "Được thành lập từ năm 2013, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh được coi là bước tiến quan trọng trong cải cách thủ tục hành chính, đổi mới nội dung và cách thức làm việc của cơ quan hành chính với người dân, doanh nghiệp.",
    [])


U9 = "https://m.7msportnews.org/nha-bao-lao-thanh-tran-mai-hanh-qua-doi-20240402232947603-d1154021.html"
add(U9, "news", "tinh",
    "Sáng 25/6, Tỉnh ủy Quảng Ngãi cử 6 đoàn công tác xuống các xã, phường, đặc khu mới sau sắp xếp để kiểm tra, hướng dẫn và đôn đốc việc vận hành thử nghiệm bộ máy chính quyền.",
    [])

# ---------------- synthetic (real units, invented figures) ----------------
def S(unit):
    return "synthetic: " + unit

add(S("xã Hòa Vang (Đà Nẵng), 01/7-30/9/2025"), "news", "xa",
    "Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công xã Hòa Vang tiếp nhận 4.215 hồ sơ, trong đó 3.306 hồ sơ nộp trực tuyến, đạt 78,43%; đã giải quyết xong 4.102 hồ sơ, trong đó 4.079 hồ sơ đúng hạn, đạt 99,44%.",
    [F(4215, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
     F(3306, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(3306, 4215, 78.43), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
     F(4102, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
     F(4079, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(4079, 4102, 99.44), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3")], True)
add(S("phường Thục Phán (Cao Bằng), tháng 10/2025"), "report", "xa",
    "Trong tháng 10/2025, phường Thục Phán tiếp nhận 1.187 hồ sơ TTHC, trong đó có 902 hồ sơ trực tuyến (chiếm 75,99%); tiếp nhận 6 phản ánh, kiến nghị của người dân và đã giải quyết xong cả 6 phản ánh, kiến nghị.",
    [F(1187, "hồ sơ", "hồ sơ TTHC tiếp nhận", "xa", code="BM7-6.4.1"),
     F(902, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(902, 1187, 75.99), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
     F(6, "PAKN", "phản ánh, kiến nghị tiếp nhận", "xa", code="BM3-3.4.1"),
     F(6, "PAKN", "phản ánh, kiến nghị đã giải quyết", "xa", code="BM3-3.4.2")], True)
add(S("xã Nam Gianh (Quảng Trị), 6 tháng cuối năm 2025"), "report", "xa",
    "Sáu tháng cuối năm 2025, UBND xã Nam Gianh ban hành 9 văn bản chỉ đạo, điều hành công tác cải cách hành chính; kế hoạch CCHC của xã đề ra 24 nhiệm vụ, đến nay đã hoàn thành 21 nhiệm vụ, đạt 87,5%.",
    [F(9, "văn bản", "văn bản chỉ đạo CCHC ban hành", "xa", code="BM1-1"),
     F(24, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
     F(21, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
     F(rate(21, 24, 87.5), "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")], True)
add(S("xã Thiên Cầm (Hà Tĩnh), tháng 11/2025"), "news", "xa",
    "Tháng 11/2025, xã Thiên Cầm giải quyết xong 736 hồ sơ, trong đó 731 hồ sơ đúng hạn, đạt 99,32%; số hồ sơ trả trước hạn là 612 hồ sơ, còn 5 hồ sơ trả quá hạn.",
    [F(736, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
     F(731, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(731, 736, 99.32), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3"),
     F(612, "hồ sơ", "hồ sơ trả trước hạn", "xa"),
     F(5, "hồ sơ", "hồ sơ trả quá hạn", "xa")], True)
add(S("xã Xuân Lũng (Phú Thọ), quý IV/2025"), "news", "xa",
    "Trung tâm Phục vụ hành chính công xã Xuân Lũng bố trí 5 quầy tiếp nhận với 8 công chức làm việc thường xuyên; trong quý IV/2025, xã phấn đấu đưa tỷ lệ hồ sơ nộp trực tuyến lên trên 80%.",
    [], True)
add(S("xã Cúc Phương (Ninh Bình), 01/7-31/12/2025"), "report", "xa",
    "Từ ngày 01/7 đến 31/12/2025, UBND xã Cúc Phương phát 350 phiếu khảo sát sự hài lòng của người dân, tổ chức; kết quả có 98,57% số phiếu đánh giá hài lòng với sự phục vụ của Trung tâm Phục vụ hành chính công xã.",
    [F(350, "phiếu", "phiếu khảo sát sự hài lòng", "xa", code="BM1-6.1"),
     F(98.57, "%", "tỷ lệ phiếu đánh giá hài lòng", "xa")], True)
add(S("phường Hương Trà (Huế), tháng 9/2025"), "report", "xa",
    "Trong tháng 9/2025, UBND phường Hương Trà phát hành 2.846 văn bản điện tử có ký số, tỷ lệ văn bản gửi hoàn toàn dưới dạng điện tử đạt 99,1%; phường đặt mục tiêu 100% văn bản đi được ký số từ quý IV/2025.",
    [F(2846, "văn bản", "văn bản điện tử có ký số phát hành", "xa"),
     F(99.1, "%", "tỷ lệ văn bản điện tử", "xa", code="BM7-5.2.3")], True)
add(S("xã Nà Hang (Tuyên Quang), quý III/2025"), "news", "xa",
    "Quý III/2025, xã Nà Hang tiếp nhận 2.034 hồ sơ, trong đó 1.455 hồ sơ trực tuyến, đạt 71,53%; tỷ lệ số hóa hồ sơ đạt 92,6% và có hơn 300 hồ sơ được thanh toán phí, lệ phí trực tuyến.",
    [F(2034, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
     F(1455, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(1455, 2034, 71.53), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
     F(92.6, "%", "tỷ lệ số hóa hồ sơ", "xa"),
     F(300, "hồ sơ", "hồ sơ thanh toán trực tuyến", "xa", approx=True)], True)
add(S("xã Hy Cương (Phú Thọ), tháng 8/2025"), "report", "xa",
    "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã Hy Cương hiện gồm 331 thủ tục; trong tháng 8/2025, xã đã giải quyết xong 1.498 hồ sơ, tất cả 1.498 hồ sơ đều đúng hạn, đạt 100%.",
    [F(331, "TTHC", "TTHC thuộc thẩm quyền cấp xã", "xa", code="BM3-1.4.3"),
     F(1498, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
     F(1498, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(1498, 1498, 100), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3")], True)
add(S("xã Tân Cương (Thái Nguyên), 01/7-31/12/2025"), "report", "xa",
    "Từ khi vận hành chính quyền địa phương hai cấp đến hết năm 2025, xã Tân Cương tiếp nhận 14 phản ánh, kiến nghị, đã giải quyết 13 phản ánh, kiến nghị, đạt 92,86%; Chủ tịch UBND xã tổ chức 2 hội nghị đối thoại với Nhân dân.",
    [F(14, "PAKN", "phản ánh, kiến nghị tiếp nhận", "xa", code="BM3-3.4.1"),
     F(13, "PAKN", "phản ánh, kiến nghị đã giải quyết", "xa", code="BM3-3.4.2"),
     F(rate(13, 14, 92.86), "%", "tỷ lệ giải quyết phản ánh, kiến nghị", "xa", code="BM3-3.4"),
     F(2, "hội nghị", "hội nghị đối thoại với Nhân dân", "xa")], True)
add(S("phường Hàm Rồng (Thanh Hóa), tháng 12/2025"), "news", "xa",
    "Tháng 12/2025, Trung tâm Phục vụ hành chính công phường Hàm Rồng tiếp nhận 3.118 hồ sơ, tăng 6,2% so với tháng 11; trong đó 2.874 hồ sơ được nộp trực tuyến, chiếm 92,17%.",
    [F(3118, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
     F(2874, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(2874, 3118, 92.17), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4")], True)
add(S("xã Khánh Cường (Quảng Ngãi), quý IV/2025"), "report", "xa",
    "Qua tự kiểm tra công tác CCHC quý IV/2025 tại các bộ phận chuyên môn, UBND xã Khánh Cường phát hiện 7 vấn đề cần chấn chỉnh và đã xử lý xong cả 7 vấn đề, đạt 100%.",
    [F(7, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3.1"),
     F(7, "vấn đề", "vấn đề đã xử lý xong", "xa", code="BM1-3.3.2"),
     F(rate(7, 7, 100), "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3")], True)
add(S("xã Yên Thổ (Cao Bằng), tháng 9/2025"), "news", "xa",
    "Trong tháng 9/2025, xã Yên Thổ giải quyết xong 214 hồ sơ TTHC, trong đó 209 hồ sơ đúng hạn, đạt 97,66%, xếp thứ 12/56 xã, phường của tỉnh Cao Bằng về tỷ lệ giải quyết đúng hạn.",
    [F(214, "hồ sơ", "hồ sơ TTHC đã giải quyết", "xa", code="BM3-3.3.1"),
     F(209, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(209, 214, 97.66), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3")], True)
add(S("xã Lý Bôn (Cao Bằng), tháng 10/2025"), "news", "xa",
    "Tháng 10/2025, xã Lý Bôn tiếp nhận 642 hồ sơ, trong đó 401 hồ sơ trực tuyến, đạt 62,46%, vẫn thấp hơn mục tiêu 70% mà tỉnh giao.",
    [F(642, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
     F(401, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(401, 642, 62.46), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4")], True)
add(S("phường Vũng Áng (Hà Tĩnh), quý IV/2025"), "report", "xa",
    "Quý IV/2025, phường Vũng Áng đã giải quyết xong 2.905 hồ sơ, trong đó 2.899 hồ sơ đúng hạn, đạt 99,79%; hiện còn 41 hồ sơ đang giải quyết, chưa đến hạn trả kết quả.",
    [F(2905, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
     F(2899, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(2899, 2905, 99.79), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3"),
     F(41, "hồ sơ", "hồ sơ đang giải quyết chưa đến hạn", "xa")], True)
add(S("phường Hoành Sơn (Hà Tĩnh), 01/7-31/12/2025"), "report", "xa",
    "Từ ngày 01/7 đến 31/12/2025, UBND phường Hoành Sơn ban hành 12 văn bản chỉ đạo, quán triệt công tác cải cách hành chính; kế hoạch CCHC năm của phường có 30 nhiệm vụ, đến nay đã hoàn thành toàn bộ 30 nhiệm vụ, đạt 100%.",
    [F(12, "văn bản", "văn bản chỉ đạo CCHC ban hành", "xa", code="BM1-1"),
     F(30, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
     F(30, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
     F(rate(30, 30, 100), "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")], True)

add(S("xã Phú Lạc (Thái Nguyên), tháng 11/2025"), "news", "xa",
    "Tháng 11/2025, xã Phú Lạc tiếp nhận 958 hồ sơ TTHC, trong đó 847 hồ sơ nộp trực tuyến, đạt 88,41%; đã giải quyết 936 hồ sơ, trong đó 934 hồ sơ đúng hạn, đạt 99,79%.",
    [F(958, "hồ sơ", "hồ sơ TTHC tiếp nhận", "xa", code="BM7-6.4.1"),
     F(847, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(rate(847, 958, 88.41), "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
     F(936, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
     F(934, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(rate(934, 936, 99.79), "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3")], True)

# ---------------- write & check ----------------
codes = set()
with open("/work/shared/reference/catalog.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add("BM%s-%s" % (r["form"], r["code"]))
rows, srcs = [], []
texts = set()
for i, (src, kind, level, text, facts, syn) in enumerate(CASES, 1):
    cid = "H21-N-%03d" % i
    assert kind in ("report", "news") and level in ("tinh", "huyen", "xa", "so_nganh")
    assert unicodedata.normalize("NFC", text) == text and text not in texts
    texts.add(text)
    for fa in facts:
        assert fa["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", "")
        assert fa["code"] == "" or fa["code"] in codes, fa["code"]
        assert unicodedata.normalize("NFC", fa["measure"]) == fa["measure"]
    rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    srcs.append([cid, src])
n_syn = sum(1 for c in CASES if c[5])
assert n_syn * 2 <= len(CASES), (n_syn, len(CASES))
with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8", newline="") as f:
    f.write("case_id\tsource\n")
    for c, s in srcs: f.write("%s\t%s\n" % (c, s))
allf = [fa for c in CASES for fa in c[4]]
realf = [fa for c in CASES if not c[5] for fa in c[4]]
print("cases", len(CASES), "synthetic", n_syn, "real", len(CASES) - n_syn)
print("facts", len(allf), "coded", sum(1 for fa in allf if fa["code"]), "real facts", len(realf),
      "real coded", sum(1 for fa in realf if fa["code"]), "approx", sum(1 for fa in allf if fa["approx"]))
print("empty", sum(1 for c in CASES if not c[4]), "news", sum(1 for c in CASES if c[1]=="news"))
from collections import Counter
print(Counter(c[2] for c in CASES), Counter(fa["scope"] for fa in allf))
print(sorted(set(fa["code"] for fa in allf if fa["code"])))
