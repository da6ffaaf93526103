#!/usr/bin/env python3
"""Builds cases.csv and sources_by_case.tsv for held-out narrative set 28 and checks them."""
import csv, json, re, unicodedata, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

# (id suffix, source_kind, doc_level, text, facts, source)
CASES = []
def C(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

U_DAKLAK = "https://www.vietnam.vn/en/kiem-tra-cong-tac-cai-cach-hanh-chinh-tai-kho-bac-nha-nuoc-tinh-dak-lak"
U_HOABINH = "http://baohoabinh.com.vn/en/1/6636/Provincial-State-Treasury-administrative-re102orm-to-benefit-people-.htm"
U_DONGNAI = "https://shipbolt.vn/dong-nai-state-treasury-strives-to-disburse-over-95-for-the-whole-year/"
U_KBNN = "https://english.haiquanonline.com.vn/state-treasury-administrative-reform-promotes-public-investment-disbursement-21521.html"
U_DANANG = "https://en.vietnamplus.vn/effective-solutions-adopted-to-boost-da-nangs-administrative-reforms-post289814.vnp"
U_CUCKT = "https://thuonghieuquocgia.nhandan.vn/nang-cao-chat-luong-kiem-tra-ra-soat-van-ban-quy-pham-phap-luat-post894021.html"
U_VNNET = "https://vietnamnet.vn/12-dia-phuong-co-chat-luong-dich-vu-cong-truc-tuyen-dat-muc-tot-2399419.html"
U_SONLA = "https://en.baosonla.org.vn/thoi-su-chinh-tri/provincial-peoples-committee-works-with-ministry-of-justices-legal-document-inspection-delegation-hAFiYWmDR.html"
U_TBTC = "https://thoibaotaichinhvietnam.vn/reforming-expenditure-control-to-accelerate-the-disbursement-of-public-investment-133928.html"
U_HNT_SEP = "https://hanoitimes.vn/vietnam-govt-to-fully-integrate-e-payment-on-public-portals-before-sept-15-314152.html"
U_HNT_MAR = "https://m.hanoitimes.vn/vietnam-government-steps-up-e-payment-to-prevent-covid-19-311319.html"
U_QNINH = "https://www.vietnam.vn/en/thanh-toan-khong-dung-tien-mat-doi-voi-dich-vu-cong"

# ---------------- real pages ----------------
C("news", "so_nganh",
  "Năm 2023, Kho bạc Nhà nước tỉnh Đắk Lắk đã tiếp nhận và giải quyết trước hạn, đúng hạn 553.996 hồ sơ thủ tục hành chính, không để xảy ra hồ sơ quá hạn.",
  [F(553996, "hồ sơ", "hồ sơ giải quyết trước hạn và đúng hạn", "so_nganh")], U_DAKLAK)
C("news", "so_nganh",
  "Riêng 7 tháng đầu năm 2024, đơn vị đã giải quyết đúng hạn 301.921/301.922 hồ sơ thủ tục hành chính; 01 hồ sơ trễ hạn đã được niêm yết công khai thư xin lỗi tại Bộ phận Một cửa.",
  [F(301921, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh"),
   F(301922, "hồ sơ", "tổng số hồ sơ đã giải quyết", "so_nganh"),
   F(1, "hồ sơ", "hồ sơ trễ hạn", "so_nganh")], U_DAKLAK)
C("news", "so_nganh",
  "Kho bạc Nhà nước tỉnh Hòa Bình đẩy mạnh tuyên truyền dịch vụ công trực tuyến tới các đơn vị sử dụng ngân sách; đến nay 100% khách hàng của đơn vị, tương ứng 1.323 đơn vị, đã tham gia dịch vụ công trực tuyến, với 16.906/17.561 chứng từ được gửi qua dịch vụ công, đạt 96,27%.",
  [F(100, "%", "tỷ lệ khách hàng tham gia dịch vụ công trực tuyến", "so_nganh"),
   F(1323, "đơn vị", "khách hàng tham gia dịch vụ công trực tuyến", "so_nganh"),
   F(16906, "chứng từ", "chứng từ gửi qua dịch vụ công trực tuyến", "so_nganh"),
   F(17561, "chứng từ", "tổng số chứng từ", "so_nganh"),
   F(96.27, "%", "tỷ lệ chứng từ gửi qua dịch vụ công trực tuyến", "so_nganh")], U_HOABINH)
C("news", "so_nganh",
  "Năm 2022, tổng kế hoạch vốn đầu tư công do HĐND các cấp tỉnh Đồng Nai giao là 12.636 tỷ đồng (kể cả vốn năm 2021 chuyển sang), Kho bạc Nhà nước Đồng Nai đang quản lý chi cho gần 300 dự án. Tính đến ngày 18/11/2022, tỷ lệ giải ngân bình quân mới đạt khoảng 60%, đơn vị phấn đấu cả năm giải ngân trên 95%.",
  [F(60, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", approx=True)], U_DONGNAI)
C("news", "tinh",
  "Theo Bộ Tài chính, đến hết ngày 31/01/2022 (hết thời gian thực hiện kế hoạch năm 2021), hệ thống Kho bạc Nhà nước đã giải ngân hơn 431.188 tỷ đồng vốn đầu tư công, đạt 93,47% kế hoạch Thủ tướng Chính phủ giao; có 9 bộ và 10 địa phương giải ngân trên 95%. Tỷ lệ chung vẫn thấp hơn cùng kỳ năm 2020 (trên 97%).",
  [F(431188000, "triệu đồng", "vốn đầu tư công đã giải ngân", "", approx=True),
   F(93.47, "%", "tỷ lệ giải ngân so với kế hoạch", ""),
   F(9, "bộ", "bộ giải ngân trên 95%", ""),
   F(10, "địa phương", "địa phương giải ngân trên 95%", "")], U_KBNN)
C("news", "tinh",
  "Tại Hà Nội, đến hết năm 2021 thành phố đã giải ngân vốn đầu tư theo kế hoạch năm 2021 đạt 79,7%. Ở Hòa Bình, lãnh đạo Kho bạc Nhà nước tỉnh cho biết tỷ lệ giải ngân vốn đầu tư công của tỉnh dự kiến đến đầu năm 2022 sẽ đạt trên 90%.",
  [F(79.7, "%", "tỷ lệ giải ngân vốn đầu tư kế hoạch năm 2021", "tinh")], U_KBNN)
C("news", "so_nganh",
  "Kho bạc Nhà nước Đà Nẵng đã cung cấp toàn bộ thủ tục hành chính ở mức độ 4 và tích hợp lên Cổng Dịch vụ công quốc gia; các đơn vị giao dịch sử dụng dịch vụ công trực tuyến với hơn 1.500 chứng từ mỗi ngày, tương đương gần 400.000 chứng từ mỗi năm.",
  [], U_DANANG)
C("news", "so_nganh",
  "Trong 6 tháng đầu năm 2025, Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính (Bộ Tư pháp) đã tiếp nhận, phân loại 1.177 văn bản để kiểm tra theo 3 chuyên đề giám sát của Quốc hội, Ủy ban Thường vụ Quốc hội; qua đó bước đầu phát hiện 133 văn bản cần xem xét tính pháp lý về thẩm quyền và nội dung.",
  [F(1177, "văn bản", "văn bản tiếp nhận, phân loại để kiểm tra", ""),
   F(133, "văn bản", "văn bản phát hiện cần xem xét tính pháp lý", "")], U_CUCKT)
C("news", "tinh",
  "Theo kết quả đánh giá chất lượng thực hiện thủ tục hành chính, dịch vụ công trực tuyến tính đến ngày 20/4/2025 do Bộ Công an tổng hợp, có 12 địa phương đạt mức tốt, 42 địa phương đạt mức khá và 9 địa phương ở mức trung bình.",
  [F(12, "địa phương", "địa phương đạt mức tốt", ""),
   F(42, "địa phương", "địa phương đạt mức khá", ""),
   F(9, "địa phương", "địa phương đạt mức trung bình", "")], U_VNNET)
C("news", "tinh",
  "Trong tháng 4/2025, Bộ Nội vụ đã hoàn thành cung cấp dịch vụ công “Thăm viếng mộ liệt sỹ” trên Cổng Dịch vụ công quốc gia; đến nay các bộ, ngành đã cung cấp 56 trong tổng số 76 dịch vụ thuộc Danh mục nhóm dịch vụ công trực tuyến liên thông ưu tiên.",
  [F(56, "dịch vụ", "dịch vụ công liên thông ưu tiên đã cung cấp", ""),
   F(76, "dịch vụ", "tổng số dịch vụ trong danh mục liên thông ưu tiên", "")], U_VNNET)
C("news", "tinh",
  "Ngày 14/11, Phó Chủ tịch UBND tỉnh Sơn La Đặng Ngọc Hậu làm việc với Đoàn kiểm tra văn bản quy phạm pháp luật của Bộ Tư pháp; đoàn đã nêu danh mục văn bản do HĐND, UBND tỉnh ban hành giai đoạn 2012-2025 có quy định chưa phù hợp với pháp luật hiện hành, trong đó có Nghị quyết số 142/2020/NQ-HĐND và Quyết định số 106/2025/QĐ-UBND.",
  [], U_SONLA)
C("news", "tinh",
  "Tỷ lệ giải ngân vốn đầu tư công 7 tháng đầu năm 2023 đạt gần 38% kế hoạch Thủ tướng Chính phủ giao, cao hơn đáng kể so với cùng kỳ năm trước. Ngay từ đầu năm, Thủ tướng đã thành lập 5 tổ công tác để kiểm tra, đôn đốc giải ngân.",
  [F(38, "%", "tỷ lệ giải ngân vốn đầu tư công so với kế hoạch", "", approx=True)], U_TBTC)
C("news", "tinh",
  "Sau 9 tháng vận hành kể từ ngày 09/12/2019, Cổng Dịch vụ công quốc gia đã có hơn 61 triệu lượt truy cập và hơn 16,5 triệu hồ sơ được xử lý. Chức năng thanh toán trực tuyến được cung cấp từ tháng 3; đến ngày 07/9 đã có hơn 11.000 giao dịch, trong đó khoảng 4.000 giao dịch trong tháng 7 và tháng 8, giá trị bình quân khoảng 5 tỷ đồng mỗi tháng.",
  [F(61000000, "lượt", "lượt truy cập Cổng Dịch vụ công quốc gia", "", approx=True),
   F(16500000, "hồ sơ", "hồ sơ được xử lý qua Cổng", "", approx=True),
   F(11000, "giao dịch", "giao dịch thanh toán trực tuyến", "", approx=True),
   F(4000, "giao dịch", "giao dịch thanh toán trực tuyến trong tháng 7 và tháng 8", "", approx=True)], U_HNT_SEP)
C("news", "tinh",
  "Đến nay, 45/63 tỉnh, thành phố, 7 bộ và Tập đoàn Điện lực Việt Nam đã hoàn thành kết nối nền tảng thanh toán với Cổng Dịch vụ công quốc gia; 4 ngân hàng và 4 trung gian thanh toán đã hoàn thành tích hợp. Năm 2020, Chính phủ đặt mục tiêu cung cấp tối thiểu 30% dịch vụ công trực tuyến mức độ 3 và 4.",
  [F(45, "địa phương", "tỉnh, thành phố đã kết nối thanh toán với Cổng", ""),
   F(63, "địa phương", "tổng số tỉnh, thành phố", ""),
   F(7, "bộ", "bộ đã kết nối thanh toán với Cổng", ""),
   F(4, "ngân hàng", "ngân hàng đã hoàn thành tích hợp", ""),
   F(4, "đơn vị", "trung gian thanh toán đã hoàn thành tích hợp", "")], U_HNT_SEP)
C("news", "tinh",
  "Từ khi khai trương ngày 09/12/2019 đến nay, Cổng Dịch vụ công quốc gia đã có 77.200 tài khoản đăng ký, 20,9 triệu lượt truy cập và hơn 2,6 triệu hồ sơ; 13/22 bộ, cơ quan và toàn bộ 63 tỉnh, thành phố đã tích hợp dịch vụ công trực tuyến lên Cổng. Ngày 13/3, Cổng dự kiến tích hợp thêm 15 - 20 dịch vụ, tập trung vào thanh toán điện tử.",
  [F(77200, "tài khoản", "tài khoản đăng ký trên Cổng", ""),
   F(20900000, "lượt", "lượt truy cập Cổng", ""),
   F(2600000, "hồ sơ", "hồ sơ trên Cổng", "", approx=True),
   F(13, "cơ quan", "bộ, cơ quan đã tích hợp dịch vụ công trực tuyến", ""),
   F(22, "cơ quan", "tổng số bộ, cơ quan", ""),
   F(63, "địa phương", "tỉnh, thành phố đã tích hợp dịch vụ công trực tuyến", "")], U_HNT_MAR)
C("news", "tinh",
  "Theo Báo Quảng Ninh, đến nay tỉnh đã hoàn thành xây dựng, phát sóng 54/54 trạm, phủ sóng 66/66 thôn, nâng tỷ lệ phủ sóng di động lên 100% khu dân cư; cáp quang băng rộng cố định đã đến 97/113 thôn, bản và tỷ lệ hộ gia đình có kết nối cáp quang đạt 79,8%.",
  [], U_QNINH)

N_REAL = len(CASES)

# ---------------- synthetic (real units after 1/7/2025, invented figures) ----------------
SYN = []
def S(kind, level, text, facts, unit_period):
    CASES.append((kind, level, text, facts, "synthetic: " + unit_period))

S("report", "tinh",
  "9 tháng năm 2026, các sở, ngành tỉnh Phú Thọ đã giải quyết xong 48.736 hồ sơ, trong đó 48.336 hồ sơ đúng hạn, đạt 99,18%; UBND các xã, phường giải quyết xong 402.117 hồ sơ, đúng hạn 399.652 hồ sơ, đạt 99,39%.",
  [F(48736, "hồ sơ", "hồ sơ sở, ngành đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
   F(48336, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
   F(99.18, "%", "tỷ lệ hồ sơ sở, ngành đúng hạn", "so_nganh", code="BM3-3.1"),
   F(402117, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", code="BM3-3.3.1"),
   F(399652, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
   F(99.39, "%", "tỷ lệ hồ sơ cấp xã đúng hạn", "xa", code="BM3-3.3")],
  "tỉnh Phú Thọ, 9 tháng năm 2026 (hồ sơ theo cấp)")
S("report", "so_nganh",
  "Năm 2025, Sở Tư pháp tỉnh Gia Lai đã tham mưu kiểm tra 214 văn bản quy phạm pháp luật theo thẩm quyền, phát hiện 13 văn bản cần xử lý; đến ngày 31/12/2025 đã xử lý xong 11/13 văn bản, đạt 84,62%.",
  [F(214, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", code="BM2-2.1"),
   F(13, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", code="BM2-2.2.1"),
   F(11, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", code="BM2-2.2.2"),
   F(84.62, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", code="BM2-2.2")],
  "Sở Tư pháp tỉnh Gia Lai, năm 2025 (kiểm tra VBQPPL)")
S("report", "tinh",
  "Trong 6 tháng đầu năm 2026, Chủ tịch UBND tỉnh Lâm Đồng đã ban hành 37 quyết định công bố danh mục thủ tục hành chính, gồm 118 TTHC mới ban hành, 243 TTHC sửa đổi, bổ sung và 96 TTHC bị bãi bỏ, thay thế.",
  [F(37, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
   F(118, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
   F(243, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(96, "TTHC", "TTHC bãi bỏ, thay thế", "tinh", code="BM3-1.3")],
  "tỉnh Lâm Đồng, 6 tháng đầu năm 2026 (công bố TTHC)")
S("report", "so_nganh",
  "Năm 2025, Sở Nội vụ tỉnh Nghệ An đã tham mưu thực hiện tinh giản 412 biên chế công chức và 1.074 người làm việc tại các đơn vị sự nghiệp công lập; tổ chức tuyển dụng 57 công chức và 623 viên chức. Tỉnh phấn đấu đến năm 2026 giảm tối thiểu 5% biên chế so với năm 2025.",
  [F(412, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4"),
   F(1074, "người", "người làm việc tại ĐVSNCL đã tinh giản", "tinh", code="BM4-3.3"),
   F(57, "người", "công chức được tuyển dụng", "tinh", code="BM5-2.1"),
   F(623, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4")],
  "Sở Nội vụ tỉnh Nghệ An, năm 2025 (tinh giản, tuyển dụng)")
S("report", "tinh",
  "Quý II/2026, các cơ quan, đơn vị trên địa bàn tỉnh Đồng Tháp tiếp nhận 46 phản ánh, kiến nghị về quy định hành chính, đã giải quyết xong 44 PAKN, đạt 95,65%; 02 PAKN còn lại đang trong thời hạn xem xét, trả lời.",
  [F(46, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(44, "PAKN", "PAKN đã giải quyết xong", "tinh", code="BM3-3.4.2"),
   F(95.65, "%", "tỷ lệ giải quyết PAKN", "tinh", code="BM3-3.4"),
   F(2, "PAKN", "PAKN đang trong thời hạn xem xét", "tinh")],
  "tỉnh Đồng Tháp, quý II/2026 (PAKN)")
S("report", "tinh",
  "Năm 2025, Đoàn kiểm tra công tác cải cách hành chính của tỉnh Bắc Ninh đã kiểm tra 19 sở, ngành và 41 xã, phường; qua kiểm tra phát hiện 63 vấn đề tồn tại, hạn chế, đến nay đã chỉ đạo khắc phục xong 58 vấn đề, đạt 92,06%.",
  [F(19, "cơ quan", "sở, ngành được kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
   F(41, "đơn vị", "xã, phường được kiểm tra CCHC", "xa"),
   F(63, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(58, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2"),
   F(92.06, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
  "tỉnh Bắc Ninh, năm 2025 (kiểm tra CCHC)")
S("report", "tinh",
  "9 tháng năm 2026, toàn tỉnh Quảng Ngãi tiếp nhận 612.480 hồ sơ TTHC, trong đó 497.315 hồ sơ nộp trực tuyến, chiếm 81,20%. Đã tích hợp thanh toán trực tuyến cho 1.047/1.082 TTHC có nghĩa vụ tài chính (96,77%), số tiền thu qua thanh toán trực tuyến đạt hơn 38,6 tỷ đồng.",
  [F(612480, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", code="BM7-6.4.1"),
   F(497315, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
   F(81.2, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", code="BM7-6.4"),
   F(1047, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
   F(1082, "TTHC", "TTHC có nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
   F(96.77, "%", "tỷ lệ TTHC được tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5"),
   F(38600, "triệu đồng", "số tiền thu qua thanh toán trực tuyến", "tinh", approx=True)],
  "tỉnh Quảng Ngãi, 9 tháng năm 2026 (hồ sơ trực tuyến, thanh toán)")
S("report", "tinh",
  "Năm 2025, UBND tỉnh Thái Nguyên ban hành 23 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 84/86 nhiệm vụ trong Kế hoạch CCHC năm, đạt 97,67%. Trong 142 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao, tỉnh hoàn thành đúng hạn 131 nhiệm vụ, hoàn thành nhưng quá hạn 6 nhiệm vụ, còn 2 nhiệm vụ quá hạn chưa hoàn thành.",
  [F(23, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", code="BM1-1"),
   F(84, "nhiệm vụ", "nhiệm vụ kế hoạch CCHC đã hoàn thành", "tinh", code="BM1-2.2"),
   F(86, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "tinh", code="BM1-2.1"),
   F(97.67, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", code="BM1-2"),
   F(142, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng giao", "tinh", code="BM1-5.1"),
   F(131, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", code="BM1-5.2"),
   F(6, "nhiệm vụ", "nhiệm vụ hoàn thành nhưng quá hạn", "tinh", code="BM1-5.3"),
   F(2, "nhiệm vụ", "nhiệm vụ quá hạn chưa hoàn thành", "tinh", code="BM1-5.4")],
  "tỉnh Thái Nguyên, năm 2025 (nhiệm vụ CCHC, nhiệm vụ Chính phủ giao)")
S("report", "so_nganh",
  "6 tháng đầu năm 2026, Sở Tư pháp thành phố Huế đã rà soát 327 văn bản quy phạm pháp luật do HĐND, UBND thành phố ban hành, xác định 41 văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ, đã xử lý xong 35 văn bản (85,37%); đồng thời hoàn thành số hóa hơn 1,42 triệu trang sổ hộ tịch, tăng 12% so với cùng kỳ.",
  [F(327, "văn bản", "VBQPPL đã rà soát", "tinh", code="BM2-3.1"),
   F(41, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", code="BM2-3.2.1"),
   F(35, "văn bản", "VBQPPL đã xử lý xong sau rà soát", "tinh", code="BM2-3.2.2"),
   F(85.37, "%", "tỷ lệ xử lý VBQPPL sau rà soát", "tinh", code="BM2-3.2"),
   F(1420000, "trang", "trang sổ hộ tịch đã số hóa", "tinh", approx=True)],
  "Sở Tư pháp thành phố Huế, 6 tháng đầu năm 2026 (rà soát VBQPPL, số hóa hộ tịch)")

# ---------------- checks ----------------
def load_codes():
    codes = set()
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add("BM%s-%s" % (r["form"], r["code"]))
    return codes

def vn_forms(v):
    """Vietnamese printed forms a value may take in the text."""
    forms = set()
    def thou(n):
        return "{:,}".format(n).replace(",", ".")
    if float(v).is_integer():
        n = int(v)
        forms.add(thou(n)); forms.add(str(n)); forms.add("%02d" % n)
        for div in (1000000000, 1000000, 1000):
            if n >= div:
                x = n / div
                if x.is_integer():
                    forms.add(thou(int(x)))
                else:
                    ip = int(x); frac = ("%g" % (x - ip))[2:]
                    forms.add(thou(ip) + "," + frac)
    else:
        s = ("%g" % v).replace(".", ",")
        forms.add(s)
        forms.add(("%.2f" % v).replace(".", ","))
    return forms

def main():
    codes = load_codes()
    levels = {"tinh", "huyen", "xa", "so_nganh"}
    scopes = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
    errs = []
    texts = set()
    rows, srcs = [], []
    n_syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
    if n_syn * 2 > len(CASES):
        errs.append("too many synthetic")
    # earlier figures (5+ chars)
    earlier = ""
    for p in glob.glob("/work/holdout28/earlier/*/*/cases.csv"):
        earlier += open(p, encoding="utf-8").read()
    earlier_urls = set()
    for p in glob.glob("/work/holdout28/earlier/*/*/sources_by_case.tsv"):
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                earlier_urls.add(parts[1].strip())
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = "H28-N-%03d" % i
        text = unicodedata.normalize("NFC", text)
        if text in texts: errs.append(cid + " duplicate text")
        texts.add(text)
        if kind not in ("report", "news"): errs.append(cid + " kind")
        if level not in levels: errs.append(cid + " level")
        for fct in facts:
            if set(fct) != {"value", "unit", "measure", "scope", "approx", "code"}: errs.append(cid + " keys")
            if fct["scope"] not in scopes: errs.append(cid + " scope " + fct["scope"])
            if fct["code"] and fct["code"] not in codes: errs.append(cid + " code " + fct["code"])
            if not any(f in text for f in vn_forms(fct["value"])):
                errs.append(cid + " value not in text: %r" % fct["value"])
        if src in earlier_urls: errs.append(cid + " URL used earlier")
        for m in re.findall(r"\d[\d.,]{4,}\d", text):
            if m in earlier:
                print("note: %s figure %s also occurs in earlier sets" % (cid, m))
        facts_json = json.dumps([{k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v for k, v in f.items()} for f in facts], ensure_ascii=False)
        rows.append([cid, kind, level, text, facts_json])
        srcs.append((cid, src))
    if errs:
        print("\n".join(errs)); sys.exit(1)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write("%s\t%s\n" % (cid, s))
    # re-read
    nf = nc = 0
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        rr = list(csv.DictReader(f))
    for r in rr:
        fl = json.loads(r["facts"])
        assert unicodedata.is_normalized("NFC", r["text"])
        nf += len(fl); nc += sum(1 for x in fl if x["code"])
    real_f = sum(len(c[3]) for c in CASES[:N_REAL])
    print("cases %d (real %d, synthetic %d); facts %d (real %d); coded %d" % (len(rr), N_REAL, n_syn, nf, real_f, nc))

if __name__ == "__main__":
    main()
