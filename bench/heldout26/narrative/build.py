#!/usr/bin/env python3
"""Builds cases.csv and sources_by_case.tsv for held-out set 26 (narrative). Run: python3 build.py"""
import csv, json, re, unicodedata, os, io

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = "/work/shared/reference/catalog.csv"
codes = set()
with open(CAT, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add(f"BM{r['form']}-{r['code']}")

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

Q1 = "https://www.quanlynhanuoc.vn/2024/12/23/vinh-phuc-day-manh-cai-cach-thu-tuc-hanh-chinh-de-thu-hut-dau-tu/"
Q3 = "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-680-QD-UBND-2025-cong-bo-thu-tuc-hanh-chinh-van-thu-Van-phong-uy-ban-tinh-Vinh-Long-685512.html"
Q4 = "https://news.laodong.vn/thoi-su/du-kien-hon-1100-can-bo-cong-chuc-dong-thap-duoc-giai-quyet-chinh-sach-khi-sap-xep-1514194.ldo"
Q6 = "https://news.laodong.vn/thoi-su/dong-thap-giu-nguyen-hien-trang-so-luong-can-bo-cong-chuc-sau-sap-nhap-1533728.ldo"
Q7 = "https://vietnam.vn/en/doi-moi-dieu-hanh-quyet-liet-thao-go-nhung-viec-kho"
Q8 = "https://quangngai.gov.vn/en/news/people-s-committee-news/ppc-gives-opinions-on-the-local-policy-work.html"
Q9 = "https://www.vietnam.vn/en/thao-go-kho-khan-thuc-day-tang-truong-va-hoan-thien-chinh-quyen-hai-cap-tai-ninh-binh"
Q10 = "https://news.laodong.vn/thoi-su/16-nghi-quyet-quan-trong-vua-duoc-hdnd-tinh-bac-ninh-thong-qua-1540004.ldo"
Q11 = "https://news.laodong.vn/thoi-su/tra-vinh-cong-bo-thanh-lap-6-so-va-cac-quyet-dinh-bo-nhiem-1466501.ldo"
Q12 = "https://vpub.vinhphuc.gov.vn/portal/pages/2023-04-07/-Phu-song-dich-vu-cong-truc-tuyen-huong-den-su-haifb74k55cc1gl.aspx"
Q14 = "http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/365974/Ty-le-tiep-nhan-va-giai-quyet-ho-so-truc-tuyen-ngay-cang-cao"

CASES = [
 # ---------------- real pages ----------------
 ("report", "tinh", Q1,
  "Thực hiện Kế hoạch rà soát, đơn giản hóa thủ tục hành chính năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh Vĩnh Phúc đã thống kê, rà soát 1.859 TTHC đang áp dụng, gồm 1.435 TTHC cấp tỉnh, 289 TTHC cấp huyện và 135 TTHC cấp xã.",
  [F(1859, "TTHC", "TTHC hiện hành đã thống kê, rà soát", "tinh"),
   F(1435, "TTHC", "TTHC cấp tỉnh đã rà soát", "tinh"),
   F(289, "TTHC", "TTHC cấp huyện đã rà soát", "huyen"),
   F(135, "TTHC", "TTHC cấp xã đã rà soát", "xa")]),
 ("report", "tinh", Q1,
  "Từ ngày 14/12/2023 đến ngày 14/11/2024, UBND tỉnh Vĩnh Phúc đã ký 108 quyết định công bố 854 thủ tục hành chính; trong đó 242 thủ tục ban hành mới, 540 thủ tục được sửa đổi, bổ sung và 134 thủ tục bị bãi bỏ. Tất cả TTHC được công bố đều có quy trình nội bộ, quy trình điện tử và được cập nhật lên Cơ sở dữ liệu quốc gia về TTHC.",
  [F(108, "văn bản", "quyết định công bố TTHC đã ký", "tinh"),
   F(854, "TTHC", "TTHC được công bố", "tinh"),
   F(242, "TTHC", "TTHC ban hành mới", "tinh", code="BM3-1.2"),
   F(540, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(134, "TTHC", "TTHC bị bãi bỏ", "tinh", code="BM3-1.3")]),
 ("report", "tinh", Q3,
  "Ngày 28/7/2025, Chủ tịch UBND tỉnh Vĩnh Long ban hành Quyết định số 680/QĐ-UBND công bố 09 thủ tục hành chính nội bộ thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh trong các lĩnh vực công tác văn phòng, văn thư - lưu trữ và kiểm soát TTHC, gồm 06 thủ tục mới ban hành và 03 thủ tục được sửa đổi, bổ sung.",
  [F(9, "TTHC", "TTHC nội bộ được công bố", "tinh"),
   F(6, "TTHC", "TTHC nội bộ mới ban hành", "tinh"),
   F(3, "TTHC", "TTHC nội bộ được sửa đổi, bổ sung", "tinh")]),
 ("news", "tinh", Q4,
  "Theo Văn phòng UBND tỉnh Đồng Tháp, đến cuối tháng 5/2025, toàn tỉnh đã giải quyết chế độ, chính sách theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ cho 172 trường hợp, gồm 129 công chức và 43 viên chức.",
  [F(172, "người", "trường hợp đã được giải quyết chế độ theo Nghị định 178 và 67", "tinh"),
   F(129, "người", "công chức đã được giải quyết chế độ", "tinh"),
   F(43, "người", "viên chức đã được giải quyết chế độ", "tinh")]),
 ("news", "tinh", Q4,
  "Sau sắp xếp, tỉnh Đồng Tháp có 45 đơn vị hành chính cấp xã, gồm 38 xã và 7 phường. Qua rà soát, UBND tỉnh dự kiến số người tiếp tục được áp dụng chính sách khi sắp xếp đơn vị hành chính các cấp là 1.158 người, gồm 69 cán bộ từ cấp huyện trở lên, 278 công chức, 227 viên chức và 426 cán bộ, công chức cấp xã.",
  []),
 ("news", "tinh", Q6,
  "Tại kỳ họp thứ nhất ngày 02/7/2025, HĐND tỉnh Đồng Tháp thống nhất thành lập 12 cơ quan chuyên môn thuộc UBND tỉnh trên cơ sở hợp nhất nguyên trạng các cơ quan của tỉnh Tiền Giang và tỉnh Đồng Tháp (cũ), giữ nguyên tổng số hơn 1.890 biên chế công chức; riêng Sở Nông nghiệp và Môi trường có 409 biên chế, Sở Xây dựng 203 biên chế và Sở Tư pháp 63 biên chế.",
  []),
 ("news", "tinh", Q7,
  "Từ ngày 9/2 đến ngày 21/3/2025, lãnh đạo UBND tỉnh đã tổ chức hơn 90 cuộc họp, làm việc và kiểm tra thực tế với các cơ quan, đơn vị, địa phương để tháo gỡ khó khăn, vướng mắc. Riêng tháng 2/2025, UBND tỉnh đã trình HĐND tỉnh nghị quyết thành lập 6 cơ quan chuyên môn, giải thể 1 cơ quan chuyên môn thuộc UBND tỉnh và ban hành hơn 40 quyết định sắp xếp giám đốc, phó giám đốc các cơ quan sau sắp xếp.",
  [F(90, "cuộc", "cuộc họp, làm việc, kiểm tra thực tế của lãnh đạo UBND tỉnh", "tinh", True),
   F(6, "đơn vị", "cơ quan chuyên môn được thành lập", "tinh"),
   F(1, "đơn vị", "cơ quan chuyên môn bị giải thể", "tinh"),
   F(40, "văn bản", "quyết định sắp xếp giám đốc, phó giám đốc sở", "tinh", True)]),
 ("news", "tinh", Q8,
  "Tại cuộc họp ngày 26/6/2025 về rà soát cơ chế, chính sách trước khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum, Sở Tư pháp báo cáo kết quả rà soát: hiện có 250 văn bản quy phạm pháp luật cần xử lý, gồm 111 nghị quyết của HĐND tỉnh và 139 quyết định của UBND tỉnh.",
  [F(250, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(111, "văn bản", "nghị quyết của HĐND tỉnh cần xử lý", "tinh"),
   F(139, "văn bản", "quyết định của UBND tỉnh cần xử lý", "tinh")]),
 ("news", "xa", Q9,
  "Từ ngày 01/7 đến ngày 31/10/2025, Trung tâm Phục vụ hành chính công xã Nghĩa Hưng (tỉnh Ninh Bình) tiếp nhận 3.370 hồ sơ, trong đó hơn 3.340 hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến đạt 99,97%.",
  [F(3370, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa"),
   F(3340, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", True),
   F(99.97, "%", "tỷ lệ hồ sơ trực tuyến", "xa")]),
 ("news", "tinh", Q10,
  "Tại kỳ họp tháng 7/2025, HĐND tỉnh Bắc Ninh đã xem xét, biểu quyết thông qua 16 nghị quyết, trong đó có nhiều nghị quyết về việc áp dụng các văn bản quy phạm pháp luật do HĐND tỉnh Bắc Giang (cũ) và HĐND tỉnh Bắc Ninh (cũ) ban hành trên địa bàn tỉnh Bắc Ninh (mới) theo từng lĩnh vực.",
  [F(16, "văn bản", "nghị quyết được HĐND tỉnh thông qua", "tinh")]),
 ("news", "tinh", Q11,
  "Chiều 21/02/2025, UBND tỉnh Trà Vinh công bố nghị quyết của HĐND tỉnh về sắp xếp các cơ quan chuyên môn thuộc UBND tỉnh: thành lập 6 sở, trong đó 5 sở được thành lập trên cơ sở hợp nhất 10 sở và Sở Dân tộc và Tôn giáo được thành lập trên cơ sở Ban Dân tộc tỉnh; các cơ quan mới đi vào hoạt động từ ngày 01/3/2025.",
  [F(6, "đơn vị", "sở được thành lập khi sắp xếp", "tinh"),
   F(5, "đơn vị", "sở thành lập trên cơ sở hợp nhất", "tinh"),
   F(10, "đơn vị", "sở được hợp nhất", "tinh")]),
 ("news", "tinh", Q12,
  "Trong tháng 3/2023, các sở, ngành, địa phương tỉnh Vĩnh Phúc tiếp nhận mới hơn 36.700 hồ sơ thủ tục hành chính; tỷ lệ hồ sơ được giải quyết đúng và trước hạn ở cấp tỉnh đạt 99%, ở cấp huyện, thành phố đạt 97,7%.",
  [F(36700, "hồ sơ", "hồ sơ TTHC tiếp nhận mới", "tinh", True),
   F(99, "%", "tỷ lệ hồ sơ cấp tỉnh giải quyết đúng và trước hạn", "so_nganh", code="BM3-3.1"),
   F(97.7, "%", "tỷ lệ hồ sơ cấp huyện giải quyết đúng và trước hạn", "huyen", code="BM3-3.2")]),
 ("news", "tinh", Q12,
  "Riêng tháng 3/2023, các huyện, thành phố của tỉnh phát sinh hơn 20.300 hồ sơ TTHC nộp trực tuyến, chiếm 93% tổng số hồ sơ được giải quyết, tăng 1,8% so với tháng trước; qua dịch vụ thu hộ, Vietinbank đã thu phí, lệ phí cho người dân, doanh nghiệp hơn 846 triệu đồng.",
  [F(20300, "hồ sơ", "hồ sơ TTHC nộp trực tuyến cấp huyện", "huyen", True),
   F(93, "%", "tỷ lệ hồ sơ nộp trực tuyến cấp huyện", "huyen"),
   F(846, "triệu đồng", "phí, lệ phí thu hộ qua ngân hàng", "tinh", True)]),
 ("news", "tinh", Q14,
  "Năm 2024, có 17 cơ quan, đơn vị cấp tỉnh và 9 huyện, thành phố của tỉnh Vĩnh Phúc phát sinh hơn 330 nghìn hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia và Cổng Dịch vụ công của tỉnh; tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt gần 62%, vượt gần 12% so với chỉ tiêu được giao.",
  [F(17, "đơn vị", "cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến", "so_nganh"),
   F(9, "đơn vị", "huyện, thành phố phát sinh hồ sơ trực tuyến", "huyen"),
   F(330000, "hồ sơ", "hồ sơ nộp trực tuyến", "tinh", True),
   F(62, "%", "tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh", "tinh", True)]),
 # ---------------- synthetic ----------------
 ("report", "tinh", "synthetic: tỉnh Cà Mau, 9 tháng năm 2025",
  "Lũy kế 9 tháng năm 2025, tỉnh Cà Mau đã tích hợp, triển khai thanh toán trực tuyến cho 1.287/1.418 TTHC có yêu cầu nghĩa vụ tài chính, đạt 90,76%; Hệ thống thông tin giải quyết TTHC của tỉnh ghi nhận 218.604 giao dịch thanh toán trực tuyến thành công với tổng số tiền hơn 312,7 tỷ đồng.",
  [F(1287, "TTHC", "TTHC đã tích hợp, triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
   F(1418, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
   F(90.76, "%", "tỷ lệ TTHC triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5"),
   F(218604, "giao dịch", "giao dịch thanh toán trực tuyến thành công", "tinh"),
   F(312.7, "tỷ đồng", "số tiền thanh toán trực tuyến", "tinh", True)]),
 ("report", "so_nganh", "synthetic: Sở Tư pháp tỉnh Lào Cai, năm 2025",
  "Năm 2025, Sở Tư pháp tỉnh Lào Cai chủ trì rà soát 1.137 văn bản quy phạm pháp luật còn hiệu lực của HĐND, UBND tỉnh Yên Bái và tỉnh Lào Cai (cũ) chịu tác động của việc sắp xếp đơn vị hành chính; qua rà soát xác định 214 văn bản cần xử lý, đến ngày 31/12/2025 đã tham mưu xử lý xong 173 văn bản, đạt 80,84%.",
  [F(1137, "văn bản", "VBQPPL đã rà soát", "tinh", code="BM2-3.1"),
   F(214, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(173, "văn bản", "VBQPPL đã xử lý xong sau rà soát", "tinh", code="BM2-3.2.2"),
   F(80.84, "%", "tỷ lệ xử lý VBQPPL sau rà soát", "tinh", code="BM2-3.2")]),
 ("report", "tinh", "synthetic: tỉnh Quảng Trị, quý I/2026",
  "Quý I/2026, các sở, ban, ngành tỉnh Quảng Trị giải quyết 41.582 hồ sơ TTHC, trong đó 41.307 hồ sơ đúng hạn, đạt 99,34%; UBND các xã, phường, đặc khu giải quyết 187.935 hồ sơ, trong đó 185.342 hồ sơ đúng hạn, đạt 98,62%.",
  [F(41582, "hồ sơ", "hồ sơ TTHC cấp sở đã giải quyết", "so_nganh", code="BM3-3.1.1"),
   F(41307, "hồ sơ", "hồ sơ cấp sở giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
   F(99.34, "%", "tỷ lệ hồ sơ cấp sở giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
   F(187935, "hồ sơ", "hồ sơ TTHC cấp xã đã giải quyết", "xa", code="BM3-3.3.1"),
   F(185342, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
   F(98.62, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3")]),
 ("report", "tinh", "synthetic: tỉnh Khánh Hòa, năm 2025",
  "Năm 2025, UBND tỉnh Khánh Hòa tiếp nhận 68 phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính qua Cổng Dịch vụ công quốc gia và trực tiếp; đã xử lý, trả lời xong 66 phản ánh, kiến nghị, đạt 97,06%; 2 phản ánh, kiến nghị không thuộc thẩm quyền đã được chuyển cơ quan có thẩm quyền xem xét.",
  [F(68, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(66, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
   F(97.06, "%", "tỷ lệ PAKN đã xử lý", "tinh", code="BM3-3.4"),
   F(2, "PAKN", "PAKN chuyển cơ quan có thẩm quyền", "tinh")]),
 ("report", "so_nganh", "synthetic: Sở Nội vụ tỉnh Hà Tĩnh, năm 2025",
  "Năm 2025, Sở Nội vụ tỉnh Hà Tĩnh tham mưu sắp xếp, giảm 42 đơn vị sự nghiệp công lập; thực hiện tinh giản 1.538 người làm việc hưởng lương từ ngân sách nhà nước tại các đơn vị sự nghiệp công lập và tuyển dụng 334 viên chức qua thi tuyển, xét tuyển.",
  [F(42, "đơn vị", "đơn vị sự nghiệp công lập giảm do sắp xếp", "tinh"),
   F(1538, "người", "người làm việc tại ĐVSNCL đã tinh giản", "tinh", code="BM4-3.3"),
   F(334, "người", "viên chức được tuyển dụng qua thi tuyển, xét tuyển", "tinh", code="BM5-2.4")]),
 ("report", "so_nganh", "synthetic: Sở Nội vụ tỉnh Sơn La, quý III/2025",
  "Quý III/2025, Sở Nội vụ tỉnh Sơn La chủ trì kiểm tra công tác CCHC tại 11 sở, ngành và 17 xã, phường, phát hiện 44 tồn tại, hạn chế; đến cuối quý đã khắc phục xong 36 nội dung, đạt 81,82%. Cùng kỳ, Sở thanh tra việc tuyển dụng, quản lý, sử dụng công chức, viên chức tại 5 cơ quan, đơn vị.",
  [F(11, "đơn vị", "sở, ngành đã kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
   F(17, "đơn vị", "xã, phường đã kiểm tra CCHC", "xa"),
   F(44, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(36, "vấn đề", "tồn tại, hạn chế đã khắc phục xong", "tinh", code="BM1-3.3.2"),
   F(81.82, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3"),
   F(5, "đơn vị", "cơ quan, đơn vị được thanh tra về tuyển dụng, quản lý công chức, viên chức", "tinh", code="BM1-4.1")]),
 ("report", "xa", "synthetic: phường Phan Đình Phùng, tỉnh Thái Nguyên, quý I/2026",
  "Từ ngày 01/01 đến ngày 31/3/2026, Trung tâm Phục vụ hành chính công phường Phan Đình Phùng (tỉnh Thái Nguyên) tiếp nhận 4.926 hồ sơ TTHC, trong đó 4.581 hồ sơ nộp trực tuyến, chiếm 93%; đã giải quyết 4.702 hồ sơ, chỉ có 11 hồ sơ trễ hạn. Bình quân mỗi ngày làm việc, Trung tâm tiếp nhận khoảng 80 hồ sơ.",
  [F(4926, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa"),
   F(4581, "hồ sơ", "hồ sơ nộp trực tuyến", "xa"),
   F(93, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa"),
   F(4702, "hồ sơ", "hồ sơ đã giải quyết", "xa"),
   F(11, "hồ sơ", "hồ sơ trễ hạn", "xa")]),
 ("news", "so_nganh", "synthetic: Sở Y tế thành phố Cần Thơ, 6 tháng đầu năm 2026",
  "6 tháng đầu năm 2026, Sở Y tế thành phố Cần Thơ tiếp nhận 6.417 hồ sơ TTHC, trong đó 6.254 hồ sơ trực tuyến (97,46%); đã giải quyết xong 6.109 hồ sơ, đúng và trước hạn 6.094 hồ sơ, đạt 99,75%.",
  [F(6417, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "so_nganh"),
   F(6254, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "so_nganh"),
   F(97.46, "%", "tỷ lệ hồ sơ trực tuyến", "so_nganh"),
   F(6109, "hồ sơ", "hồ sơ TTHC đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
   F(6094, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "so_nganh", code="BM3-3.1.2"),
   F(99.75, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "so_nganh", code="BM3-3.1")]),
 ("report", "tinh", "synthetic: tỉnh Lâm Đồng, 6 tháng cuối năm 2025",
  "Từ ngày 01/7 đến ngày 31/12/2025, Chủ tịch UBND tỉnh Lâm Đồng ban hành 87 quyết định công bố danh mục TTHC, trong đó công bố mới 327 thủ tục, sửa đổi, bổ sung 212 thủ tục và bãi bỏ 468 thủ tục.",
  [F(87, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(327, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
   F(212, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(468, "TTHC", "TTHC bị bãi bỏ", "tinh", code="BM3-1.3")]),
 ("report", "tinh", "synthetic: tỉnh Phú Thọ, năm 2025",
  "Năm 2025, UBND tỉnh Phú Thọ ban hành 43 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 49/53 nhiệm vụ của Kế hoạch CCHC năm, đạt 92,45%. Trong 38 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, tỉnh đã hoàn thành đúng hạn 33 nhiệm vụ, hoàn thành nhưng quá hạn 2 nhiệm vụ, còn 3 nhiệm vụ quá hạn chưa hoàn thành.",
  [F(43, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "tinh", code="BM1-1"),
   F(49, "nhiệm vụ", "nhiệm vụ Kế hoạch CCHC đã hoàn thành", "tinh", code="BM1-2.2"),
   F(53, "nhiệm vụ", "nhiệm vụ đề ra trong Kế hoạch CCHC", "tinh", code="BM1-2.1"),
   F(92.45, "%", "tỷ lệ hoàn thành Kế hoạch CCHC", "tinh", code="BM1-2"),
   F(38, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng giao", "tinh", code="BM1-5.1"),
   F(33, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", code="BM1-5.2"),
   F(2, "nhiệm vụ", "nhiệm vụ hoàn thành nhưng quá hạn", "tinh", code="BM1-5.3"),
   F(3, "nhiệm vụ", "nhiệm vụ quá hạn chưa hoàn thành", "tinh", code="BM1-5.4")]),
 ("report", "tinh", "synthetic: tỉnh Điện Biên, năm 2025",
  "Năm 2025, tỉnh Điện Biên tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước với 12.460 phiếu. Tính đến ngày 31/01/2026, toàn tỉnh đã giải ngân 3.482.615 triệu đồng vốn đầu tư công năm 2025, đạt 86,69% kế hoạch 4.017.300 triệu đồng được giao.",
  [F(12460, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", code="BM1-6.1"),
   F(3482615, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
   F(86.69, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", code="BM6-1"),
   F(4017300, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", code="BM6-1.1")]),
]

def vn_number_forms(v):
    """Ways a value may be printed in Vietnamese format."""
    forms = set()
    if isinstance(v, float) and not v.is_integer():
        s = repr(v)
        ip, fp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        forms.add(f"{ipf},{fp}")
        forms.add(f"{ipf},{fp}0")
    else:
        iv = int(v)
        forms.add(f"{iv:,}".replace(",", "."))
        forms.add(str(iv))
        forms.add(f"{iv:02d}")
        if iv % 1000 == 0 and iv >= 1000:
            forms.add(f"{iv//1000:,}".replace(",", ".") + " nghìn")
    return forms

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
rows, srcs = [], []
texts = set()
synth = 0
for i, (kind, level, src, text, facts) in enumerate(CASES, 1):
    cid = f"H26-N-{i:03d}"
    text = unicodedata.normalize("NFC", text)
    assert text not in texts, cid
    texts.add(text)
    assert kind in ("report", "news") and level in LEVELS, cid
    for f in facts:
        assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
        assert f["scope"] in SCOPES, cid
        assert f["code"] == "" or f["code"] in codes, (cid, f["code"])
        assert any(form in text for form in vn_number_forms(f["value"]) if len(form) > 0), (cid, f["value"])
        f["measure"] = unicodedata.normalize("NFC", f["measure"])
    if src.startswith("synthetic:"):
        synth += 1
    rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    srcs.append(f"{cid}\t{unicodedata.normalize('NFC', src)}")
assert synth * 2 <= len(CASES), "too many synthetic"

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    f.write("\n".join(srcs) + "\n")

# re-read and verify
n = nf = nc = na = 0
lv, sc = {}, {}
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        facts = json.loads(r["facts"])
        assert unicodedata.is_normalized("NFC", r["text"])
        n += 1; nf += len(facts)
        nc += sum(1 for x in facts if x["code"]); na += sum(1 for x in facts if x["approx"])
        lv[r["doc_level"]] = lv.get(r["doc_level"], 0) + 1
        for x in facts: sc[x["scope"]] = sc.get(x["scope"], 0) + 1
real_facts = sum(len(c[4]) for c in CASES if not c[2].startswith("synthetic"))
print(f"cases={n} synthetic={synth} real={n-synth} facts={nf} (real {real_facts}, synthetic {nf-real_facts}) coded={nc} approx={na}")
print("levels", lv, "scopes", sc)
print("empty", [f"H26-N-{i:03d}" for i, c in enumerate(CASES, 1) if not c[4]])
