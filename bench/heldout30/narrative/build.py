# Builds cases.csv and sources_by_case.tsv for held-out set 30 (narrative). Run: python3 build.py
import csv, json, re, unicodedata, glob, os, io
HERE = os.path.dirname(os.path.abspath(__file__))
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

BP = "https://nhandan.vn/binh-phuoc-va-hanh-trinh-but-pha-len-top-dau-dich-vu-cong-truc-tuyen-post854390.html"
HUE = "https://dichvucong.thuathienhue.gov.vn/thongke/ReqId/d65d4779"
KT = "https://www.kontum.gov.vn/pages/detail/46988/Toan-tinh-tiep-nhan-56.039-ho-so-giai-quyet-thu-tuc-hanh-chinh-trong-quy-I.html"

cases = []
def C(kind, level, text, facts, src):
    cases.append((kind, level, text, facts, src))

# ---------------- real ----------------
C("news", "tinh",
  "Năm 2024, Bình Phước vươn lên nhóm dẫn đầu cả nước trên bảng xếp hạng Bộ chỉ số 766 với 88,2/100 điểm, đứng thứ 4 toàn quốc, tăng 42 bậc và 20,29 điểm so với tháng 1/2024.",
  [F(88.2, "điểm", "điểm Bộ chỉ số 766", "tinh")], BP)
C("news", "tinh",
  "Trên địa bàn tỉnh Bình Phước, tỷ lệ thanh toán trực tuyến năm 2024 đạt 68,14%, cao hơn năm 2023 là 43,7% và xếp thứ 14 cả nước; tỷ lệ hồ sơ trực tuyến đạt 57,6%, tăng 46,25% so với năm trước.",
  [F(68.14, "%", "tỷ lệ thanh toán trực tuyến", "tinh"),
   F(57.6, "%", "tỷ lệ hồ sơ trực tuyến", "tinh")], BP)
C("news", "tinh",
  "Tỉnh đã cung cấp 1.407 thủ tục hành chính dưới hình thức dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia, gồm 1.072 dịch vụ công toàn trình và 335 dịch vụ công một phần, đưa tỷ lệ TTHC cung cấp dịch vụ công trực tuyến lên 76,85%, đứng thứ 10 cả nước.",
  [F(1407, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến", "tinh"),
   F(1072, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh"),
   F(335, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh"),
   F(76.85, "%", "tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", "tinh")], BP)
C("news", "tinh",
  "Cũng trong năm 2024, tỷ lệ hồ sơ được cấp kết quả điện tử của Bình Phước đạt 77,94% (tăng 65,96%), tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 75,62% và tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đạt 76,4%, xếp hạng 5 cả nước ở chỉ tiêu này.",
  [F(77.94, "%", "tỷ lệ hồ sơ cấp kết quả điện tử", "tinh"),
   F(75.62, "%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "tinh"),
   F(76.4, "%", "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu", "tinh")], BP)
C("report", "tinh",
  "Theo thống kê trên Cổng Dịch vụ công tỉnh Thừa Thiên Huế, đối với hồ sơ mức độ 1, 2, toàn tỉnh đã tiếp nhận 268.763 hồ sơ, xử lý xong 257.141 hồ sơ, còn 11.622 hồ sơ chưa xử lý; trong số đã xử lý có 124.907 hồ sơ trước hạn (48,6%), 102.770 hồ sơ đúng hạn (40%) và 19.852 hồ sơ trễ hạn (7,7%).",
  [F(268763, "hồ sơ", "hồ sơ mức độ 1, 2 tiếp nhận", "tinh"),
   F(257141, "hồ sơ", "hồ sơ mức độ 1, 2 đã xử lý", "tinh"),
   F(11622, "hồ sơ", "hồ sơ mức độ 1, 2 chưa xử lý", "tinh"),
   F(124907, "hồ sơ", "hồ sơ mức độ 1, 2 xử lý trước hạn", "tinh"),
   F(48.6, "%", "tỷ lệ hồ sơ mức độ 1, 2 trước hạn", "tinh"),
   F(102770, "hồ sơ", "hồ sơ mức độ 1, 2 xử lý đúng hạn", "tinh"),
   F(40, "%", "tỷ lệ hồ sơ mức độ 1, 2 đúng hạn", "tinh"),
   F(19852, "hồ sơ", "hồ sơ mức độ 1, 2 trễ hạn", "tinh"),
   F(7.7, "%", "tỷ lệ hồ sơ mức độ 1, 2 trễ hạn", "tinh")], HUE)
C("report", "tinh",
  "Với dịch vụ công mức độ 3, tỉnh tiếp nhận 68.544 hồ sơ, đã xử lý 61.827 hồ sơ, trong đó 43.434 hồ sơ trước hạn (70,3%) và 4.331 hồ sơ trễ hạn (7%); ở mức độ 4 có 1.665 hồ sơ, đã xử lý 1.611 hồ sơ, trễ hạn 268 hồ sơ (16,6%).",
  [F(68544, "hồ sơ", "hồ sơ mức độ 3 tiếp nhận", "tinh"),
   F(61827, "hồ sơ", "hồ sơ mức độ 3 đã xử lý", "tinh"),
   F(43434, "hồ sơ", "hồ sơ mức độ 3 xử lý trước hạn", "tinh"),
   F(70.3, "%", "tỷ lệ hồ sơ mức độ 3 trước hạn", "tinh"),
   F(4331, "hồ sơ", "hồ sơ mức độ 3 trễ hạn", "tinh"),
   F(7, "%", "tỷ lệ hồ sơ mức độ 3 trễ hạn", "tinh"),
   F(1665, "hồ sơ", "hồ sơ mức độ 4 tiếp nhận", "tinh"),
   F(1611, "hồ sơ", "hồ sơ mức độ 4 đã xử lý", "tinh"),
   F(268, "hồ sơ", "hồ sơ mức độ 4 trễ hạn", "tinh"),
   F(16.6, "%", "tỷ lệ hồ sơ mức độ 4 trễ hạn", "tinh")], HUE)
C("report", "tinh",
  "Về cung cấp dịch vụ công trực tuyến, cả 2.643 TTHC của tỉnh đều được cung cấp ở mức độ 1 và mức độ 2; có 1.856 TTHC (70,2%) được cung cấp trực tuyến mức độ 3 và 736 TTHC (27,8%) ở mức độ 4.",
  [F(2643, "TTHC", "TTHC cung cấp trực tuyến mức độ 1, 2", "tinh"),
   F(1856, "TTHC", "TTHC cung cấp trực tuyến mức độ 3", "tinh", code="BM7-6.1.2"),
   F(70.2, "%", "tỷ lệ TTHC cung cấp trực tuyến mức độ 3", "tinh"),
   F(736, "TTHC", "TTHC cung cấp trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
   F(27.8, "%", "tỷ lệ TTHC cung cấp trực tuyến mức độ 4", "tinh")], HUE)
C("news", "tinh",
  "Quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), các cơ quan, đơn vị, địa phương tỉnh Kon Tum đã tiếp nhận 56.039 hồ sơ qua Hệ thống thông tin giải quyết TTHC của tỉnh, trong đó 12.516 hồ sơ trực tuyến, đạt 22,33%; 38.613 hồ sơ nộp trực tiếp và qua bưu chính; 4.910 hồ sơ kỳ trước chuyển sang.",
  [F(56039, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
   F(12516, "hồ sơ", "hồ sơ trực tuyến", "tinh"),
   F(22.33, "%", "tỷ lệ hồ sơ trực tuyến", "tinh"),
   F(38613, "hồ sơ", "hồ sơ trực tiếp và bưu chính", "tinh"),
   F(4910, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "tinh")], KT)
C("news", "tinh",
  "Trong quý, toàn tỉnh đã giải quyết 48.249 hồ sơ với tỷ lệ đúng hạn và sớm hạn đạt gần 98%; hiện còn 6.539 hồ sơ đang trong thời hạn giải quyết.",
  [F(48249, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
   F(98, "%", "tỷ lệ hồ sơ đúng hạn và sớm hạn", "tinh", approx=True),
   F(6539, "hồ sơ", "hồ sơ đang trong thời hạn giải quyết", "tinh")], KT)
C("news", "tinh",
  "Theo từng cấp, các sở, ban, ngành cấp tỉnh tiếp nhận 23.233 hồ sơ, trong đó 6.596 hồ sơ trực tuyến (28,39%); cấp huyện tiếp nhận 6.776 hồ sơ, có 2.521 hồ sơ trực tuyến (37,76%); cấp xã tiếp nhận 26.030 hồ sơ, có 3.399 hồ sơ trực tuyến (13,05%).",
  [F(23233, "hồ sơ", "hồ sơ sở, ban, ngành tiếp nhận", "so_nganh"),
   F(6596, "hồ sơ", "hồ sơ trực tuyến sở, ban, ngành", "so_nganh"),
   F(28.39, "%", "tỷ lệ hồ sơ trực tuyến sở, ban, ngành", "so_nganh"),
   F(6776, "hồ sơ", "hồ sơ cấp huyện tiếp nhận", "huyen"),
   F(2521, "hồ sơ", "hồ sơ trực tuyến cấp huyện", "huyen"),
   F(37.76, "%", "tỷ lệ hồ sơ trực tuyến cấp huyện", "huyen"),
   F(26030, "hồ sơ", "hồ sơ cấp xã tiếp nhận", "xa"),
   F(3399, "hồ sơ", "hồ sơ trực tuyến cấp xã", "xa"),
   F(13.05, "%", "tỷ lệ hồ sơ trực tuyến cấp xã", "xa")], KT)
C("news", "tinh",
  "Số hồ sơ trực tuyến riêng quý I năm 2023 đã bằng trên 90% số hồ sơ trực tuyến của cả năm 2021 và bằng 205,6% số hồ sơ trực tuyến quý I năm 2022 trên địa bàn tỉnh.",
  [], KT)

# ---------------- synthetic ----------------
C("report", "tinh",
  "Quý IV/2025, các sở, ban, ngành tỉnh Thái Nguyên đã giải quyết 28.617 hồ sơ TTHC, trong đó 28.351 hồ sơ đúng hạn, đạt 99,07%; UBND các xã, phường giải quyết 152.483 hồ sơ, đúng hạn 150.971 hồ sơ, đạt 99,01%, tăng 4.126 hồ sơ so với cùng kỳ.",
  [F(28617, "hồ sơ", "hồ sơ sở, ngành đã giải quyết", "so_nganh", code="BM3-3.1.1"),
   F(28351, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
   F(99.07, "%", "tỷ lệ hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
   F(152483, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", code="BM3-3.3.1"),
   F(150971, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
   F(99.01, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3")],
  "synthetic: tỉnh Thái Nguyên, quý IV/2025 (hồ sơ theo cấp; with a comparison clause)")
C("report", "so_nganh",
  "Trong 9 tháng năm 2026, Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp tiếp nhận 6.874 hồ sơ, trong đó 5.931 hồ sơ nộp trực tuyến, chiếm 86,28%; đã giải quyết 6.502 hồ sơ, gồm 6.423 hồ sơ trước và đúng hạn, 79 hồ sơ trễ hạn; bình quân mỗi ngày làm việc Sở tiếp nhận khoảng 36 hồ sơ.",
  [F(6874, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
   F(5931, "hồ sơ", "hồ sơ nộp trực tuyến", "so_nganh"),
   F(86.28, "%", "tỷ lệ hồ sơ nộp trực tuyến", "so_nganh"),
   F(6502, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh"),
   F(6423, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "so_nganh"),
   F(79, "hồ sơ", "hồ sơ trễ hạn", "so_nganh")],
  "synthetic: Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp, 9 tháng năm 2026 (hồ sơ của sở; with a per-day average)")
C("report", "tinh",
  "Năm 2025, tỉnh Nghệ An có 1.301 TTHC phát sinh nghĩa vụ tài chính, trong đó 1.227 TTHC đã được tích hợp, triển khai thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia, đạt 94,31%; toàn tỉnh ghi nhận hơn 214.300 giao dịch thanh toán trực tuyến với tổng số tiền 186.742 triệu đồng.",
  [F(1301, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"),
   F(1227, "TTHC", "TTHC đã tích hợp, triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
   F(94.31, "%", "tỷ lệ TTHC triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5"),
   F(214300, "giao dịch", "giao dịch thanh toán trực tuyến", "tinh", approx=True),
   F(186742, "triệu đồng", "số tiền thanh toán trực tuyến", "tinh")],
  "synthetic: tỉnh Nghệ An, năm 2025 (thanh toán trực tuyến)")
C("report", "tinh",
  "6 tháng đầu năm 2026, Chủ tịch UBND tỉnh Quảng Ngãi ban hành 47 quyết định công bố danh mục 693 TTHC, trong đó 154 TTHC ban hành mới, 382 TTHC sửa đổi, bổ sung và 157 TTHC bị bãi bỏ; đồng thời phê duyệt phương án đơn giản hóa đối với 23 TTHC.",
  [F(47, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(693, "TTHC", "TTHC được công bố", "tinh"),
   F(154, "TTHC", "TTHC ban hành mới", "tinh", code="BM3-1.2"),
   F(382, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(157, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3"),
   F(23, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")],
  "synthetic: tỉnh Quảng Ngãi, 6 tháng đầu năm 2026 (công bố TTHC)")
C("report", "tinh",
  "Quý I/2026, thành phố Hải Phòng tiếp nhận 293 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính và việc giải quyết TTHC; đã xử lý xong 274 PAKN, đạt 93,52%, 19 PAKN còn lại đang được xem xét trong thời hạn. Thành phố phấn đấu đến hết năm 2026 xử lý 100% PAKN đúng thời hạn.",
  [F(293, "PAKN", "PAKN tiếp nhận", "tinh", code="BM3-3.4.1"),
   F(274, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
   F(93.52, "%", "tỷ lệ PAKN đã xử lý", "tinh", code="BM3-3.4"),
   F(19, "PAKN", "PAKN đang xem xét trong thời hạn", "tinh")],
  "synthetic: thành phố Hải Phòng, quý I/2026 (PAKN; with a target sentence)")
C("report", "so_nganh",
  "Năm 2025, Sở Tư pháp tỉnh An Giang đã tham mưu UBND tỉnh kiểm tra theo thẩm quyền 341 văn bản, phát hiện 23 văn bản có nội dung trái pháp luật hoặc không còn phù hợp cần xử lý, đã xử lý xong 21 văn bản (đạt 91,30%); đồng thời rà soát 1.083 văn bản quy phạm pháp luật do HĐND, UBND tỉnh An Giang và tỉnh Kiên Giang (cũ) ban hành.",
  [F(341, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", code="BM2-2.1"),
   F(23, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", code="BM2-2.2.1"),
   F(21, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", code="BM2-2.2.2"),
   F(91.3, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", code="BM2-2.2"),
   F(1083, "văn bản", "VBQPPL đã rà soát", "tinh", code="BM2-3.1")],
  "synthetic: Sở Tư pháp tỉnh An Giang, năm 2025 (kiểm tra, rà soát VBQPPL)")
C("report", "tinh",
  "Năm 2025, UBND tỉnh Lâm Đồng tổ chức kiểm tra công tác CCHC tại 11 sở, ban, ngành và 42 xã, phường, đặc khu; qua kiểm tra đã chỉ ra 96 tồn tại, hạn chế, đến nay các đơn vị đã khắc phục xong 89 nội dung, đạt 92,71%.",
  [F(11, "đơn vị", "sở, ban, ngành đã kiểm tra CCHC", "so_nganh", code="BM1-3.1"),
   F(42, "đơn vị", "xã, phường, đặc khu đã kiểm tra CCHC", "xa"),
   F(96, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
   F(89, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2"),
   F(92.71, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
  "synthetic: tỉnh Lâm Đồng, năm 2025 (kiểm tra CCHC)")
C("report", "so_nganh",
  "Theo báo cáo của Sở Nội vụ tỉnh Phú Thọ, năm 2025 toàn tỉnh đã thực hiện tinh giản 2.014 người, trong đó 412 công chức trong cơ quan hành chính và 1.602 người làm việc tại các đơn vị sự nghiệp công lập; đồng thời tuyển dụng 137 công chức và 926 viên chức thông qua thi tuyển, xét tuyển.",
  [F(2014, "người", "người đã tinh giản", "tinh"),
   F(412, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4"),
   F(1602, "người", "người làm việc tại ĐVSNCL đã tinh giản", "tinh", code="BM4-3.3"),
   F(137, "người", "công chức được tuyển dụng", "tinh", code="BM5-2.1"),
   F(926, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4")],
  "synthetic: Sở Nội vụ tỉnh Phú Thọ, năm 2025 (tinh giản, tuyển dụng)")
C("report", "tinh",
  "Năm 2025, UBND tỉnh Bắc Ninh ban hành 64 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 58/61 nhiệm vụ trong Kế hoạch CCHC năm, đạt 95,08%. Trong số 173 nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, tỉnh đã hoàn thành đúng hạn 159 nhiệm vụ, hoàn thành nhưng quá hạn 9 nhiệm vụ, còn 5 nhiệm vụ quá hạn chưa hoàn thành.",
  [F(64, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", code="BM1-1"),
   F(58, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", code="BM1-2.2"),
   F(61, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "tinh", code="BM1-2.1"),
   F(95.08, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", code="BM1-2"),
   F(173, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng giao", "tinh", code="BM1-5.1"),
   F(159, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", code="BM1-5.2"),
   F(9, "nhiệm vụ", "nhiệm vụ hoàn thành nhưng quá hạn", "tinh", code="BM1-5.3"),
   F(5, "nhiệm vụ", "nhiệm vụ quá hạn chưa hoàn thành", "tinh", code="BM1-5.4")],
  "synthetic: tỉnh Bắc Ninh, năm 2025 (văn bản chỉ đạo, nhiệm vụ CCHC, nhiệm vụ Chính phủ giao)")
C("report", "so_nganh",
  "Quý III/2026, Sở Y tế tỉnh Tây Ninh tiếp nhận 2.401 hồ sơ TTHC, 100% hồ sơ được tiếp nhận qua môi trường điện tử; đã trả kết quả 2.172 hồ sơ, trong đó trước và đúng hạn 2.156 hồ sơ (99,26%), trễ hạn 16 hồ sơ; hiện còn 229 hồ sơ đang giải quyết.",
  [F(2401, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"),
   F(100, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "so_nganh"),
   F(2172, "hồ sơ", "hồ sơ đã trả kết quả", "so_nganh"),
   F(2156, "hồ sơ", "hồ sơ trước và đúng hạn", "so_nganh"),
   F(99.26, "%", "tỷ lệ hồ sơ trước và đúng hạn", "so_nganh"),
   F(16, "hồ sơ", "hồ sơ trễ hạn", "so_nganh"),
   F(229, "hồ sơ", "hồ sơ đang giải quyết", "so_nganh")],
  "synthetic: Sở Y tế tỉnh Tây Ninh, quý III/2026 (hồ sơ của sở)")
C("report", "tinh",
  "Đến ngày 31/01/2026, tỉnh Hà Tĩnh đã giải ngân 6.358.914 triệu đồng vốn đầu tư công năm 2025 trên tổng kế hoạch được giao 7.102.560 triệu đồng, đạt 89,53%; trong năm, tỉnh tổ chức khảo sát sự hài lòng của người dân, tổ chức với 8.640 phiếu theo hình thức kết hợp trực tuyến và phát phiếu.",
  [F(6358914, "triệu đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
   F(7102560, "triệu đồng", "kế hoạch vốn đầu tư công được giao", "tinh", code="BM6-1.1"),
   F(89.53, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", code="BM6-1"),
   F(8640, "phiếu", "phiếu khảo sát sự hài lòng", "tinh", code="BM1-6.1")],
  "synthetic: tỉnh Hà Tĩnh, năm 2025 (giải ngân, khảo sát hài lòng)")

# ---------------- checks ----------------
cat = set()
with open("/work/shared/reference/catalog.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        cat.add(f"BM{r['form']}-{r['code']}")
used = set()
for p in glob.glob("/work/holdout30/earlier/*/*/sources_by_case.tsv"):
    for line in open(p, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) > 1 and not parts[1].startswith("synthetic"):
            used.add(parts[1].strip())
earlier_text = ""
for p in glob.glob("/work/holdout30/earlier/*/*/*"):
    if os.path.isfile(p):
        earlier_text += open(p, encoding="utf-8", errors="ignore").read()

def vn(v):
    if isinstance(v, float) and not v.is_integer():
        s = repr(v)
        ip, fp = s.split(".")
        ipf = f"{int(ip):,}".replace(",", ".")
        return [ipf + "," + fp, ipf + "," + fp + "0"]
    v = int(v)
    return [f"{v:,}".replace(",", "."), str(v)]

warn = 0
texts = set()
nsyn = sum(1 for c in cases if c[4].startswith("synthetic"))
assert nsyn * 2 <= len(cases), "too many synthetic"
for i, (kind, level, text, facts, src) in enumerate(cases, 1):
    assert unicodedata.normalize("NFC", text) == text
    assert text not in texts; texts.add(text)
    assert kind in ("report", "news") and level in ("tinh", "huyen", "xa", "so_nganh")
    if not src.startswith("synthetic"):
        assert src not in used, src
    for fct in facts:
        assert set(fct) == {"value", "unit", "measure", "scope", "approx", "code"}
        assert fct["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", "")
        assert fct["code"] == "" or fct["code"] in cat, fct["code"]
        forms = vn(fct["value"])
        if not any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) for s in forms):
            print("WARN value not in text", i, fct["value"]); warn += 1
        if src.startswith("synthetic"):
            s = vn(fct["value"])[0]
            if len(s) >= 5 and s in earlier_text:
                print("WARN synthetic figure seen earlier", i, s); warn += 1

ids = [f"H30-N-{i:03d}" for i in range(1, len(cases) + 1)]
with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for cid, (kind, level, text, facts, src) in zip(ids, cases):
        w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    for cid, c in zip(ids, cases):
        f.write(f"{cid}\t{c[4]}\n")
# read back
n = nf = nc = 0
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        fs = json.loads(r["facts"]); n += 1; nf += len(fs); nc += sum(1 for x in fs if x["code"])
real = [c for c in cases if not c[4].startswith("synthetic")]
print(f"cases {n} real {len(real)} synthetic {nsyn} facts {nf} coded {nc} warnings {warn}")
print("real facts", sum(len(c[3]) for c in real), "real coded", sum(1 for c in real for x in c[3] if x["code"]))
