#!/usr/bin/env python3
"""Holds, validates and writes holdout34/narrative cases (writer A)."""
import csv, json, glob, re, unicodedata, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.path.join(HERE, '..', 'earlier')
CAT = '/work/shared/reference/catalog.csv'

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

# (id_suffix, source_kind, doc_level, text, facts, source)
CASES = []
def C(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

# ---------------- REAL ----------------
C("news", "tinh",
  "Năm 2021, tổng số hồ sơ thủ tục hành chính yêu cầu giải quyết trên địa bàn tỉnh Thái Bình là 1.150.343 hồ sơ; trong đó có 69.635 hồ sơ nộp trực tuyến, 1.065.067 hồ sơ nộp trực tiếp và qua dịch vụ bưu chính, 15.641 hồ sơ từ kỳ trước chuyển sang.",
  [F(1150343, "hồ sơ", "hồ sơ TTHC yêu cầu giải quyết (kể cả kỳ trước chuyển sang)", "tinh"),
   F(69635, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
   F(1065067, "hồ sơ", "hồ sơ tiếp nhận trực tiếp và qua bưu chính", "tinh"),
   F(15641, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "tinh")],
  "https://thaibinh.gov.vn/cchc/tin-tuc-cchc/nam-2021-tinh-thai-binh-giai-quyet-thu-tuc-hanh-chinh-truoc-.html")

C("news", "tinh",
  "Cả năm 2021, tỉnh Thái Bình đã giải quyết 1.139.324 hồ sơ, trong đó 114.977 hồ sơ giải quyết trước hạn và 1.022.796 hồ sơ đúng hạn, nâng tỷ lệ trước hạn và đúng hạn lên 99,86%; 1.551 hồ sơ quá hạn (chiếm 0,14%). Hiện còn 11.019 hồ sơ đang giải quyết, gồm 10.686 hồ sơ trong hạn và 333 hồ sơ đã quá hạn chưa trả.",
  [F(1139324, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
   F(114977, "hồ sơ", "giải quyết trước hạn", "tinh"),
   F(1022796, "hồ sơ", "giải quyết đúng hạn", "tinh"),
   F(99.86, "%", "tỷ lệ giải quyết trước hạn và đúng hạn", "tinh"),
   F(1551, "hồ sơ", "giải quyết quá hạn", "tinh"),
   F(0.14, "%", "tỷ lệ hồ sơ quá hạn", "tinh"),
   F(11019, "hồ sơ", "hồ sơ đang giải quyết", "tinh"),
   F(10686, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "tinh"),
   F(333, "hồ sơ", "hồ sơ quá hạn chưa trả", "tinh")],
  "https://thaibinh.gov.vn/cchc/tin-tuc-cchc/nam-2021-tinh-thai-binh-giai-quyet-thu-tuc-hanh-chinh-truoc-.html")

C("news", "tinh",
  "Sáu tháng đầu năm 2016, Trung tâm Hành chính công tỉnh Thái Bình tiếp nhận gần 25.000 hồ sơ và đã giải quyết trên 22.700 hồ sơ (99,05%), trong đó đúng hạn trên 16.000 hồ sơ (70,5%), trước hạn trên 6.200 hồ sơ (27,4%) và quá hạn 470 hồ sơ (2,1%). Khảo sát của Trung tâm cho thấy trên 97% tổ chức, cá nhân hài lòng và rất hài lòng.",
  [F(25000, "hồ sơ", "hồ sơ tiếp nhận tại Trung tâm", "trung_tam", True),
   F(22700, "hồ sơ", "hồ sơ đã giải quyết", "trung_tam", True),
   F(99.05, "%", "tỷ lệ hồ sơ đã giải quyết", "trung_tam"),
   F(16000, "hồ sơ", "giải quyết đúng hạn", "trung_tam", True),
   F(70.5, "%", "tỷ lệ giải quyết đúng hạn", "trung_tam"),
   F(6200, "hồ sơ", "giải quyết trước hạn", "trung_tam", True),
   F(27.4, "%", "tỷ lệ giải quyết trước hạn", "trung_tam"),
   F(470, "hồ sơ", "giải quyết quá hạn", "trung_tam"),
   F(2.1, "%", "tỷ lệ quá hạn", "trung_tam"),
   F(97, "%", "tỷ lệ tổ chức, cá nhân hài lòng", "trung_tam", True)],
  "http://thaibinhtv.vn/tin-tuc/60/30431/trung-tam-hanh-chinh-cong-cua-tinh-giai-quyet-tren-99-ho-so")

C("news", "so_nganh",
  "Theo báo cáo của Sở Tài chính, kế hoạch vốn đầu tư công năm 2025 Thủ tướng Chính phủ giao cho tỉnh Hưng Yên là 40.300,7 tỷ đồng, gồm 33.616,4 tỷ đồng vốn cân đối ngân sách địa phương và 6.684,3 tỷ đồng vốn ngân sách trung ương. Đến ngày 10/10/2025, toàn tỉnh đã giải ngân 20.168,3 tỷ đồng, đạt 50% kế hoạch, tăng hơn 2.700 tỷ đồng so với thời điểm 01/7/2025.",
  [F(40300.7, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "tinh", code="BM6-1.1"),
   F(33616.4, "tỷ đồng", "vốn cân đối ngân sách địa phương được giao", "tinh"),
   F(6684.3, "tỷ đồng", "vốn ngân sách trung ương được giao", "tinh"),
   F(20168.3, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
   F(50, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", code="BM6-1")],
  "https://news.laodong.vn/xa-hoi/hung-yen-bao-dam-nguon-cung-vat-lieu-cho-cac-cong-trinh-trong-diem-1591588.ldo")

C("news", "tinh",
  "Tính đến ngày 30/4/2025, tỉnh Nghệ An đã giải ngân 2.256,47 tỷ đồng vốn đầu tư công, đạt 22,56% tổng kế hoạch năm 2025; riêng nguồn vốn đầu tư tập trung của tỉnh giải ngân 956,47 tỷ đồng, tương đương 20,29% kế hoạch. Có 17 đơn vị, chủ đầu tư đạt tỷ lệ giải ngân cao hơn mức bình quân của tỉnh.",
  [F(2256.47, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
   F(22.56, "%", "tỷ lệ giải ngân so với kế hoạch năm", "tinh", code="BM6-1"),
   F(956.47, "tỷ đồng", "vốn đầu tư tập trung đã giải ngân", "tinh"),
   F(20.29, "%", "tỷ lệ giải ngân vốn đầu tư tập trung", "tinh"),
   F(17, "đơn vị", "chủ đầu tư giải ngân cao hơn bình quân tỉnh", "tinh")],
  "https://en.baonghean.vn/print/10297270.html")

C("news", "so_nganh",
  "Báo cáo của Sở Kế hoạch và Đầu tư cho biết, tính đến ngày 22/12/2021 tỉnh Nghệ An đã giải ngân 4.396,49 tỷ đồng vốn đầu tư công, đạt 72,97% kế hoạch giao chi tiết đầu năm; trong đó nguồn vốn đầu tư công tập trung do tỉnh quản lý giải ngân 2.304,94 tỷ đồng, đạt 72,9%. Ước đến hết năm, tổng các nguồn vốn giải ngân đạt 93,57% kế hoạch.",
  [F(4396.49, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
   F(72.97, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", code="BM6-1"),
   F(2304.94, "tỷ đồng", "vốn đầu tư công tập trung đã giải ngân", "tinh"),
   F(72.9, "%", "tỷ lệ giải ngân vốn tập trung", "tinh")],
  "https://baonghean.vn/nghe-an-thu-ngan-sach-nam-2021-uoc-thuc-hien-18056-ty-dong-299775.html")

C("news", "so_nganh",
  "Từ giữa tháng 5/2011 đến nay, Sở Tư pháp Lâm Đồng đã kiểm tra 131 văn bản quy phạm pháp luật do cấp huyện ban hành từ tháng 1/2011, qua đó phát hiện 26 văn bản có dấu hiệu chưa phù hợp với quy định của pháp luật và kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung, thay thế hoặc hủy bỏ.",
  [F(131, "văn bản", "VBQPPL cấp huyện đã kiểm tra", "tinh", code="BM2-2.1"),
   F(26, "văn bản", "VBQPPL phát hiện có dấu hiệu chưa phù hợp, cần xử lý", "tinh", code="BM2-2.2.1")],
  "https://baolamdong.vn/phapluat/201106/phat-hien-26-van-ban-quy-pham-phap-luat-co-dau-hieu-chua-phu-hop-2433843")

C("news", "tinh",
  "Ngày 14/7/2016, Ban Pháp chế HĐND tỉnh Nghệ An thẩm tra dự thảo nghị quyết xử lý kết quả rà soát các nghị quyết quy phạm pháp luật do HĐND tỉnh ban hành từ ngày 31/12/2015 trở về trước: 90 nghị quyết được giữ nguyên để tiếp tục thực hiện, 40 nghị quyết đã hết hiệu lực toàn bộ, 9 nghị quyết hết hiệu lực một phần và 28 nghị quyết cần sửa đổi, bổ sung hoặc thay thế.",
  [F(90, "văn bản", "nghị quyết QPPL giữ nguyên sau rà soát", "tinh"),
   F(40, "văn bản", "nghị quyết hết hiệu lực toàn bộ", "tinh"),
   F(9, "văn bản", "nghị quyết hết hiệu lực một phần", "tinh"),
   F(28, "văn bản", "nghị quyết cần sửa đổi, bổ sung, thay thế", "tinh")],
  "https://baonghean.vn/en/ban-phap-che-hdnd-tinh-tham-tra-cac-noi-dung-truoc-ky-hop-10106598.html")

C("news", "tinh",
  "Đến tháng 7/2021, toàn bộ văn bản giữa các cơ quan nhà nước tỉnh Hải Dương được gửi, nhận qua hệ thống quản lý văn bản và hồ sơ công việc, kết nối đến cấp xã. Tỉnh đã cấp hơn 8.000 hộp thư công vụ, khoảng 2.800 chữ ký số cho cán bộ, công chức, viên chức (tăng khoảng 1.000 so với cuối năm 2020) và 20 SIM ký số cho lãnh đạo các sở, ngành, UBND cấp huyện.",
  [F(8000, "tài khoản", "hộp thư công vụ đã cấp", "tinh", True),
   F(2800, "chữ ký số", "chữ ký số đã cấp cho CBCCVC", "tinh", True),
   F(20, "SIM", "SIM ký số đã cấp cho lãnh đạo", "tinh")],
  "http://haiduongnews.com/society/state-bodies-documents-electronically-exchanged-173203")

C("news", "tinh",
  "Sau khi sắp xếp bộ máy, UBND tỉnh Bạc Liêu còn 16 cơ quan, đơn vị trực thuộc, giảm được 3 cơ quan chuyên môn; đồng thời giảm 22 đơn vị bên trong các sở, ngành và giảm 19 biên chế.",
  [F(3, "cơ quan", "cơ quan chuyên môn giảm", "tinh"),
   F(22, "đơn vị", "đơn vị thuộc sở, ngành giảm", "so_nganh"),
   F(19, "biên chế", "biên chế giảm", "tinh", code="BM4-2.4")],
  "http://cand.com.vn/Su-kien-Binh-luan-thoi-su/Bac-Lieu-sap-nhap-nhieu-so-nganh-518098/")

C("news", "tinh",
  "Sau khi rà soát theo Đề án 30, TP. Hồ Chí Minh công bố hiện có 810 thủ tục hành chính đang có hiệu lực; trong đó cấp quận, huyện có 638 thủ tục thuộc 50 lĩnh vực, nhiều nhất là lĩnh vực nhà đất với 92 thủ tục, cấp phường, xã có 172 thủ tục thuộc 23 lĩnh vực.",
  [F(810, "TTHC", "TTHC đang có hiệu lực cấp quận, huyện và phường, xã", "tinh"),
   F(638, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
   F(92, "TTHC", "TTHC lĩnh vực nhà đất cấp huyện", "huyen"),
   F(172, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")],
  "https://en.vietnamplus.vn/hcm-city-gets-cracking-on-administrative-reforms/11527.vnp")

C("news", "tinh",
  "Thực hiện tinh giản biên chế theo Nghị định 108 và Nghị định 113, đợt 1 năm 2019 tỉnh Vĩnh Long giảm 271 trường hợp, trong đó khối đảng 17 trường hợp. Tính đến nay, tỉnh đã giảm 1.317/23.551 biên chế được phân bổ; khối đảng, đoàn thể giảm 125/1.050 biên chế, khối chính quyền giảm 1.192/22.501 biên chế.",
  [F(271, "người", "trường hợp tinh giản biên chế đợt 1/2019", "tinh"),
   F(17, "người", "trường hợp tinh giản khối đảng", "tinh"),
   F(1317, "biên chế", "biên chế đã giảm lũy kế", "tinh"),
   F(23551, "biên chế", "biên chế được phân bổ", "tinh"),
   F(125, "biên chế", "biên chế khối đảng, đoàn thể đã giảm", "tinh"),
   F(1050, "biên chế", "biên chế khối đảng, đoàn thể được phân bổ", "tinh"),
   F(1192, "biên chế", "biên chế khối chính quyền đã giảm", "tinh"),
   F(22501, "biên chế", "biên chế khối chính quyền được phân bổ", "tinh")],
  "http://baovinhlong.com.vn/chinh-tri/201907/6-thang-toan-tinh-giam-271-bien-che-2954594/")

C("news", "tinh",
  "Tỉnh Vĩnh Phúc đã quy định lại chức năng, nhiệm vụ, quyền hạn cho 100% cơ quan hành chính cấp tỉnh và 100% cơ quan chuyên môn cấp huyện. Toàn tỉnh giảm 3 chi cục, 58 phòng chuyên môn thuộc sở, ngành, đơn vị thuộc sở và 10 phòng cấp huyện; giảm 106 đơn vị sự nghiệp công lập, trong đó giáo dục - đào tạo giảm 49 đơn vị, y tế giảm 14 đơn vị, ban quản lý dự án các cấp giảm 16 đơn vị.",
  [F(100, "%", "cơ quan hành chính cấp tỉnh được quy định lại chức năng, nhiệm vụ", "so_nganh"),
   F(100, "%", "cơ quan chuyên môn cấp huyện được quy định lại chức năng, nhiệm vụ", "huyen"),
   F(3, "đơn vị", "chi cục giảm", "so_nganh"),
   F(58, "đơn vị", "phòng chuyên môn thuộc sở, ngành giảm", "so_nganh"),
   F(10, "đơn vị", "phòng chuyên môn cấp huyện giảm", "huyen"),
   F(106, "đơn vị", "đơn vị sự nghiệp công lập giảm", "tinh"),
   F(49, "đơn vị", "đơn vị sự nghiệp giáo dục - đào tạo giảm", "tinh"),
   F(14, "đơn vị", "đơn vị sự nghiệp y tế giảm", "tinh"),
   F(16, "đơn vị", "ban quản lý dự án giảm", "tinh")],
  "https://baotintuc.vn/thoi-su/tinh-gon-doi-ngu-can-bo-cong-chuc-vien-chuc-20191106092238176.htm")

N_REAL = len(CASES)

# ---------------- SYNTHETIC ----------------
C("report", "tinh",
  "Năm 2025, UBND tỉnh Tuyên Quang đã ban hành 19 văn bản chỉ đạo, đôn đốc thực hiện công tác cải cách hành chính. Kế hoạch CCHC năm 2025 của tỉnh đề ra 47 nhiệm vụ; đến ngày 15/12/2025 đã hoàn thành 45 nhiệm vụ, đạt 95,74%.",
  [F(19, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", code="BM1-1"),
   F(47, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "tinh", code="BM1-2.1"),
   F(45, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh", code="BM1-2.2"),
   F(95.74, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", code="BM1-2")],
  "synthetic: UBND tỉnh Tuyên Quang, năm 2025 (chỉ đạo, kế hoạch CCHC)")

C("news", "so_nganh",
  "Trong năm 2025, Sở Nội vụ tỉnh Gia Lai chủ trì kiểm tra công tác cải cách hành chính tại 9 sở, ngành và 31 xã, phường. Qua kiểm tra đã chỉ ra 57 vấn đề tồn tại, hạn chế; đến nay các đơn vị đã khắc phục xong 52 vấn đề, đạt 91,23%.",
  [F(9, "cơ quan", "sở, ngành đã kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
   F(31, "đơn vị", "xã, phường đã kiểm tra CCHC", "xa"),
   F(57, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(52, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2"),
   F(91.23, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
  "synthetic: Sở Nội vụ tỉnh Gia Lai, năm 2025 (kiểm tra CCHC)")

C("report", "tinh",
  "Tính đến ngày 15/6/2026, tỉnh Khánh Hòa được Chính phủ, Thủ tướng Chính phủ giao 353 nhiệm vụ; đã hoàn thành đúng hạn 283 nhiệm vụ, hoàn thành nhưng quá hạn 17 nhiệm vụ, còn 9 nhiệm vụ quá hạn chưa hoàn thành, số còn lại đang trong hạn. Sáu tháng đầu năm, tỉnh phát 12.653 phiếu khảo sát sự hài lòng của người dân, tổ chức; phấn đấu cả năm đạt mức hài lòng trên 95%.",
  [F(353, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng giao", "tinh", code="BM1-5.1"),
   F(283, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", code="BM1-5.2"),
   F(17, "nhiệm vụ", "nhiệm vụ hoàn thành nhưng quá hạn", "tinh", code="BM1-5.3"),
   F(9, "nhiệm vụ", "nhiệm vụ quá hạn chưa hoàn thành", "tinh", code="BM1-5.4"),
   F(12653, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", code="BM1-6.1")],
  "synthetic: tỉnh Khánh Hòa, 6 tháng đầu năm 2026 (nhiệm vụ Chính phủ giao, khảo sát hài lòng; with a target clause)")

C("report", "so_nganh",
  "Từ ngày 01/7 đến 31/12/2025, HĐND, UBND thành phố Cần Thơ ban hành 87 văn bản quy phạm pháp luật; HĐND, UBND các xã, phường ban hành 409 văn bản. Sở Tư pháp đã kiểm tra 317 văn bản theo thẩm quyền, phát hiện 11 văn bản cần xử lý; đến nay đã xử lý xong 8 văn bản, đạt 72,73%. Cũng trong thời gian này, Sở tham mưu rà soát 1.307 văn bản quy phạm pháp luật của HĐND, UBND thành phố (cũ và mới), tăng 2,6 lần so với cùng kỳ do hợp nhất ba địa phương; qua rà soát kiến nghị xử lý 433 văn bản, đã xử lý xong 373 văn bản, đạt 86,14%.",
  [F(87, "văn bản", "VBQPPL cấp tỉnh ban hành", "tinh", code="BM2-1.1"),
   F(409, "văn bản", "VBQPPL cấp xã ban hành", "xa", code="BM2-1.3"),
   F(317, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", code="BM2-2.1"),
   F(11, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", code="BM2-2.2.1"),
   F(8, "văn bản", "VBQPPL đã xử lý xong", "tinh", code="BM2-2.2.2"),
   F(72.73, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", code="BM2-2.2"),
   F(1307, "văn bản", "VBQPPL cấp tỉnh đã rà soát", "tinh", code="BM2-3.1"),
   F(433, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(373, "văn bản", "VBQPPL đã xử lý xong sau rà soát", "tinh", code="BM2-3.2.2"),
   F(86.14, "%", "tỷ lệ xử lý VBQPPL sau rà soát", "tinh", code="BM2-3.2")],
  "synthetic: Sở Tư pháp thành phố Cần Thơ, 01/7–31/12/2025 (ban hành, kiểm tra, rà soát VBQPPL; with a comparison clause)")

C("report", "tinh",
  "Quý IV/2025, Chủ tịch UBND tỉnh Thái Nguyên ban hành 23 quyết định công bố danh mục thủ tục hành chính, trong đó công bố mới 71 TTHC, sửa đổi, bổ sung 44 TTHC và bãi bỏ, thay thế 117 TTHC; phê duyệt phương án đơn giản hóa 26 TTHC. Đến ngày 31/12/2025, tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương là 1.887 thủ tục, gồm 1.663 TTHC cấp tỉnh và 224 TTHC cấp xã.",
  [F(23, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(71, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
   F(44, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(117, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", code="BM3-1.3"),
   F(26, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1"),
   F(1887, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "tinh", code="BM3-1.4"),
   F(1663, "TTHC", "TTHC cấp tỉnh", "tinh", code="BM3-1.4.1"),
   F(224, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")],
  "synthetic: tỉnh Thái Nguyên, quý IV/2025 (công bố TTHC, thống kê TTHC theo cấp)")

C("report", "tinh",
  "Từ ngày 01/7 đến 30/9/2025, các sở, ngành tỉnh Phú Thọ đã giải quyết xong 84.316 hồ sơ TTHC, trong đó 83.902 hồ sơ đúng hạn, đạt 99,51%; UBND cấp xã giải quyết xong 302.775 hồ sơ, trong đó đúng hạn 298.114 hồ sơ, đạt 98,46%.",
  [F(84316, "hồ sơ", "hồ sơ sở, ngành đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
   F(83902, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
   F(99.51, "%", "tỷ lệ hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
   F(302775, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", code="BM3-3.3.1"),
   F(298114, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
   F(98.46, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3")],
  "synthetic: tỉnh Phú Thọ, 01/7–30/9/2025 (kết quả giải quyết TTHC theo cấp)")

C("report", "so_nganh",
  "Năm 2025, Văn phòng UBND tỉnh Quảng Trị tiếp nhận 196 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 185 phản ánh, kiến nghị, đạt 94,39%. Tỉnh duy trì 58 TTHC liên thông cùng cấp, 33 TTHC liên thông giữa các cấp chính quyền và 1.247 TTHC tiếp nhận, giải quyết không phụ thuộc vào địa giới hành chính.",
  [F(196, "PAKN", "PAKN đã tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(185, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
   F(94.39, "%", "tỷ lệ giải quyết PAKN", "tinh", code="BM3-3.4"),
   F(58, "TTHC", "TTHC liên thông cùng cấp", "tinh", code="BM3-2.1"),
   F(33, "TTHC", "TTHC liên thông giữa các cấp", "tinh", code="BM3-2.2"),
   F(1247, "TTHC", "TTHC không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3")],
  "synthetic: Văn phòng UBND tỉnh Quảng Trị, năm 2025 (PAKN, liên thông)")

C("report", "so_nganh",
  "Tính đến ngày 31/12/2025, thành phố Đà Nẵng được giao 4.319 biên chế công chức, có mặt 4.093 người, ngoài ra có 215 hợp đồng lao động làm việc tại các cơ quan hành chính; trong năm đã tinh giản 387 biên chế công chức. Tại các đơn vị sự nghiệp công lập, tổng số người làm việc được giao là 41.767 người, có mặt 39.881 người, đã tinh giản 1.228 người.",
  [F(4319, "biên chế", "biên chế công chức được giao", "tinh", code="BM4-2.1"),
   F(4093, "người", "biên chế công chức có mặt", "tinh", code="BM4-2.2"),
   F(215, "người", "hợp đồng lao động tại cơ quan hành chính", "tinh", code="BM4-2.3"),
   F(387, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4"),
   F(41767, "người", "số người làm việc được giao tại ĐVSNCL", "tinh", code="BM4-3.1"),
   F(39881, "người", "số người làm việc có mặt tại ĐVSNCL", "tinh", code="BM4-3.2"),
   F(1228, "người", "số người làm việc đã tinh giản tại ĐVSNCL", "tinh", code="BM4-3.3")],
  "synthetic: Sở Nội vụ thành phố Đà Nẵng, năm 2025 (biên chế, tinh giản)")

C("report", "tinh",
  "Lũy kế đến ngày 31/12/2025, tỉnh Ninh Bình có 1.098 đơn vị sự nghiệp công lập, trong đó 7 đơn vị tự bảo đảm chi thường xuyên và chi đầu tư, 61 đơn vị tự bảo đảm chi thường xuyên, 323 đơn vị tự bảo đảm một phần chi thường xuyên và 707 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
  [F(1098, "đơn vị", "tổng số ĐVSN công lập", "tinh", code="BM6-2.1"),
   F(7, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", code="BM6-2.2"),
   F(61, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", code="BM6-2.3"),
   F(323, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", code="BM6-2.4"),
   F(707, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", code="BM6-2.5")],
  "synthetic: tỉnh Ninh Bình, lũy kế đến 31/12/2025 (tự chủ tài chính ĐVSN)")

C("news", "so_nganh",
  "Năm 2025, Sở Nội vụ tỉnh An Giang tham mưu tuyển dụng 283 công chức thông qua thi tuyển, xét tuyển, 3 công chức theo trường hợp đặc biệt và 2.683 viên chức; tổ chức thi tuyển bổ nhiệm 4 lãnh đạo, quản lý. Trong năm, toàn tỉnh xử lý kỷ luật 41 cán bộ, công chức, viên chức, trong đó 1 lãnh đạo cấp sở, 6 lãnh đạo cấp phòng và 23 viên chức tại các đơn vị sự nghiệp công lập.",
  [F(283, "người", "công chức tuyển dụng qua thi tuyển, xét tuyển", "tinh", code="BM5-2.1"),
   F(3, "người", "công chức tuyển dụng trường hợp đặc biệt", "tinh", code="BM5-2.2"),
   F(2683, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4"),
   F(4, "người", "lãnh đạo quản lý bổ nhiệm qua thi tuyển", "tinh", code="BM5-3"),
   F(41, "người", "CBCCVC bị kỷ luật", "tinh", code="BM5-4"),
   F(1, "người", "lãnh đạo cấp sở bị kỷ luật", "so_nganh", code="BM5-4.2"),
   F(6, "người", "lãnh đạo cấp phòng bị kỷ luật", "so_nganh", code="BM5-4.3"),
   F(23, "người", "viên chức ĐVSNCL bị kỷ luật", "tinh", code="BM5-4.4")],
  "synthetic: Sở Nội vụ tỉnh An Giang, năm 2025 (tuyển dụng, thi tuyển lãnh đạo, kỷ luật)")

C("report", "so_nganh",
  "Quý I/2026, tỷ lệ văn bản gửi, nhận hoàn toàn dưới dạng điện tử có ký số của các sở, ban, ngành tỉnh Đắk Lắk đạt 98,37%, của UBND các xã, phường đạt 94,82%; 100% báo cáo định kỳ của tỉnh được gửi, nhận qua Hệ thống thông tin báo cáo quốc gia.",
  [F(98.37, "%", "tỷ lệ văn bản điện tử của sở, ban, ngành", "so_nganh", code="BM7-5.2.1"),
   F(94.82, "%", "tỷ lệ văn bản điện tử của UBND cấp xã", "xa", code="BM7-5.2.3"),
   F(100, "%", "tỷ lệ báo cáo định kỳ qua Hệ thống thông tin báo cáo quốc gia", "tinh", code="BM7-3")],
  "synthetic: Sở Khoa học và Công nghệ tỉnh Đắk Lắk, quý I/2026 (văn bản điện tử, HTTT báo cáo quốc gia)")

C("report", "tinh",
  "Sáu tháng đầu năm 2026, tỉnh Bắc Ninh cung cấp 1.749 dịch vụ công trực tuyến, gồm 1.117 dịch vụ toàn trình và 632 dịch vụ một phần. Toàn tỉnh tiếp nhận 1.286.417 hồ sơ, trong đó 1.098.593 hồ sơ nộp trực tuyến, đạt 85,40%. Trong 821 TTHC có yêu cầu nghĩa vụ tài chính, đã tích hợp thanh toán trực tuyến 785 thủ tục, đạt 95,62%.",
  [F(1749, "TTHC", "TTHC đang cung cấp trực tuyến", "tinh", code="BM7-6.3.1"),
   F(1117, "TTHC", "dịch vụ công trực tuyến toàn trình", "tinh", code="BM7-6.2.2"),
   F(632, "TTHC", "dịch vụ công trực tuyến một phần", "tinh", code="BM7-6.1.2"),
   F(1286417, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", code="BM7-6.4.1"),
   F(1098593, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
   F(85.40, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4"),
   F(821, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
   F(785, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
   F(95.62, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5")],
  "synthetic: tỉnh Bắc Ninh, 6 tháng đầu năm 2026 (dịch vụ công trực tuyến, hồ sơ trực tuyến, thanh toán trực tuyến)")

# ---------------- checks ----------------
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
warn = []
cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open(CAT, encoding='utf-8'))}
earlier_urls = set()
for f in glob.glob(os.path.join(EARLIER, '*', '*', 'sources_by_case.tsv')):
    for line in open(f, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) > 1 and not p[1].startswith('synthetic'):
            earlier_urls.add(p[1].strip().rstrip('/'))
earlier_vals = set()
for f in glob.glob(os.path.join(EARLIER, '*', '*', 'cases.csv')):
    for r in csv.DictReader(open(f, encoding='utf-8')):
        try:
            for x in json.loads(r['facts']): earlier_vals.add(float(x['value']))
        except Exception: pass

def vn(v):
    """Vietnamese renderings of a value that must appear in the text."""
    outs = set()
    if float(v).is_integer():
        i = int(v); s = f"{i:,}".replace(',', '.'); outs.add(s); outs.add(str(i))
    else:
        for nd in (1, 2, 3):
            s = f"{v:,.{nd}f}"
            a, b = s.split('.')
            outs.add(a.replace(',', '.') + ',' + b)
    return outs

texts = set()
for i, (kind, level, text, facts, src) in enumerate(CASES):
    cid = f"H34-A-{i+1:03d}"
    if unicodedata.normalize('NFC', text) != text: warn.append(f"{cid} not NFC")
    if text in texts: warn.append(f"{cid} dup text")
    texts.add(text)
    if kind not in ("report", "news"): warn.append(f"{cid} kind")
    if level not in ("tinh", "so_nganh"): warn.append(f"{cid} level")
    codes = [x['code'] for x in facts if x['code']]
    if len(codes) != len(set(codes)): warn.append(f"{cid} repeated code")
    for x in facts:
        if list(x.keys()) != KEYS: warn.append(f"{cid} keys")
        if x['scope'] not in SCOPES: warn.append(f"{cid} scope {x['scope']}")
        if x['code'] and x['code'] not in cat: warn.append(f"{cid} bad code {x['code']}")
        if not any(r in text for r in vn(x['value'])): warn.append(f"{cid} value {x['value']} not in text")
        if i >= N_REAL and x['value'] >= 100 and x['value'] != 100 and float(x['value']) in earlier_vals:
            warn.append(f"{cid} synthetic value {x['value']} used earlier")
    if i < N_REAL:
        if src.rstrip('/') in earlier_urls: warn.append(f"{cid} URL used earlier")
    elif not src.startswith('synthetic:'): warn.append(f"{cid} source")
n_syn = len(CASES) - N_REAL
if n_syn > N_REAL: warn.append("synthetic > real")

with open(os.path.join(HERE, 'cases.csv'), 'w', encoding='utf-8', newline='') as fh:
    w = csv.writer(fh)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for i, (kind, level, text, facts, src) in enumerate(CASES):
        w.writerow([f"H34-A-{i+1:03d}", kind, level, text, json.dumps(facts, ensure_ascii=False)])
with open(os.path.join(HERE, 'sources_by_case.tsv'), 'w', encoding='utf-8') as fh:
    for i, c in enumerate(CASES):
        fh.write(f"H34-A-{i+1:03d}\t{c[4]}\n")

# read back
rows = list(csv.DictReader(open(os.path.join(HERE, 'cases.csv'), encoding='utf-8')))
nf = nc = 0; nreal_f = nreal_c = 0; appr = 0
forms = {}
for j, r in enumerate(rows):
    fs = json.loads(r['facts'])
    nf += len(fs); c = sum(1 for x in fs if x['code']); nc += c
    appr += sum(1 for x in fs if x['approx'])
    if j < N_REAL: nreal_f += len(fs); nreal_c += c
    for x in fs:
        if x['code']: forms[x['code'].split('-')[0]] = forms.get(x['code'].split('-')[0], 0) + 1
print(f"cases {len(rows)} real {N_REAL} synthetic {n_syn} facts {nf} (real {nreal_f}) coded {nc} (real {nreal_c}) approx {appr}")
print("coded by form", dict(sorted(forms.items())))
print("levels", {l: sum(1 for r in rows if r['doc_level'] == l) for l in ('tinh', 'so_nganh')},
      "kinds", {k: sum(1 for r in rows if r['source_kind'] == k) for k in ('report', 'news')})
print("warnings", len(warn))
for w_ in warn: print("  ", w_)
