#!/usr/bin/env python3
"""Builds cases.csv and sources_by_case.tsv for held-out set 27-B and checks them."""
import csv, json, re, glob, unicodedata, os

HERE = os.path.dirname(os.path.abspath(__file__))


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


CASES = []  # (source_kind, doc_level, text, facts, source)


def C(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))


# ---------------- real pages ----------------
U_VT = "https://phapluatphattrien.vn/en/vinh-thanh-commune-phu-tho-province-efforts-to-transform-in-order-to-adapt-to-the-new-operational-model-d4742.html"
C("news", "xa",
  "Theo thống kê của Trung tâm Phục vụ hành chính công xã Vĩnh Thành (tỉnh Phú Thọ), từ ngày 01/7 đến ngày 12/9/2025 Trung tâm đã tiếp nhận tổng cộng 1.557 hồ sơ, 100% được nộp trực tuyến; đã giải quyết 1.533 hồ sơ, chiếm 98,5%, trong đó 1.519 hồ sơ được giải quyết trước hạn và đúng hạn.",
  [F(1557, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, "BM7-6.4.1"),
   F(100, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
   F(1533, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(98.5, "%", "tỷ lệ hồ sơ đã giải quyết trên số tiếp nhận", "xa", False, ""),
   F(1519, "hồ sơ", "giải quyết trước hạn và đúng hạn", "xa", False, "BM3-3.3.2")],
  U_VT)

U_CB1 = "https://www.vietnam.vn/en/chinh-quyen-2-cap-o-cao-bang-doi-moi-de-phuc-vu-nguoi-dan-tot-hon"
C("news", "tinh",
  "Đến nay, Hệ thống thông tin giải quyết TTHC của tỉnh Cao Bằng đang cung cấp 639 dịch vụ công trực tuyến toàn trình và 1.136 dịch vụ công trực tuyến một phần; tỉnh đã tạo 4.859 tài khoản cho cán bộ, công chức các xã, phường và cấp mới chứng thư số để phục vụ vận hành chính quyền địa phương hai cấp.",
  [F(639, "dịch vụ", "dịch vụ công trực tuyến toàn trình đang cung cấp", "tinh"),
   F(1136, "dịch vụ", "dịch vụ công trực tuyến một phần đang cung cấp", "tinh"),
   F(4859, "tài khoản", "tài khoản đã tạo cho cán bộ, công chức cấp xã", "tinh")],
  U_CB1)

U_CB2 = "https://www.vietnam.vn/en/doan-cong-tac-cua-bo-kh-cn-lam-viec-tai-tinh-cao-bang"
C("news", "tinh",
  "Trong 6 tháng đầu năm 2025, Trung tâm Phục vụ hành chính công tỉnh Cao Bằng đã tiếp nhận, giải quyết 17.615 hồ sơ TTHC của người dân, tổ chức, cơ quan; 100% TTHC cấp tỉnh thuộc các sở, ban, ngành được tiếp nhận và trả kết quả tại Trung tâm.",
  [F(17615, "hồ sơ", "hồ sơ TTHC đã tiếp nhận, giải quyết", "trung_tam"),
   F(100, "%", "tỷ lệ TTHC cấp tỉnh tiếp nhận, trả kết quả tại Trung tâm", "trung_tam")],
  U_CB2)

U_CB3 = "https://www.vietnam.vn/en/cao-bang-but-pha-chuyen-doi-so-dua-dich-vu-cong-toi-gan-dan-hon"
C("news", "tinh",
  "Toàn tỉnh Cao Bằng hiện có hơn 1.200 trạm phát sóng, 100% xã có kết nối Internet băng rộng cố định và mạng di động 3G, 4G; 1.241 tổ công nghệ số cộng đồng với hơn 9.300 thành viên đang về tận thôn, xóm hướng dẫn người dân nộp hồ sơ trực tuyến và thanh toán điện tử.",
  [],
  U_CB3)

U_TN = "https://news.baolongan.vn/non-territorial-administrative-procedures-an-inevitable-step-in-the-new-era-a198705.html"
C("news", "tinh",
  "Theo dữ liệu công bố trên Cổng Dịch vụ công quốc gia (cập nhật ngày 12/7/2025), UBND tỉnh Tây Ninh có 1.978 TTHC, trong đó 331 thủ tục được cung cấp trực tuyến toàn trình, 1.182 thủ tục trực tuyến một phần và 465 thủ tục chưa hỗ trợ trực tuyến.",
  [F(1978, "TTHC", "TTHC thuộc thẩm quyền của tỉnh", "tinh", False, "BM3-1.4"),
   F(331, "TTHC", "TTHC trực tuyến toàn trình", "tinh"),
   F(1182, "TTHC", "TTHC trực tuyến một phần", "tinh"),
   F(465, "TTHC", "TTHC chưa hỗ trợ trực tuyến", "tinh")],
  U_TN)

U_DP = "https://baodongnai.com.vn/english/202509/many-effective-models-adopted-for-administrative-reform-542249a"
C("news", "xa",
  "Trong hai tháng đầu sau sắp xếp (tháng 7 và tháng 8/2025), xã Đại Phước (tỉnh Đồng Nai) tiếp nhận hơn 4.100 hồ sơ; tỷ lệ giải quyết đúng hạn và trước hạn đạt hơn 99,9%, trên 98% hồ sơ được xử lý trực tuyến và hơn 95,3% hồ sơ được số hóa đầy đủ.",
  [F(4100, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", True),
   F(99.9, "%", "tỷ lệ giải quyết đúng hạn và trước hạn", "xa", True, "BM3-3.3"),
   F(98, "%", "tỷ lệ hồ sơ xử lý trực tuyến", "xa", True),
   F(95.3, "%", "tỷ lệ hồ sơ được số hóa đầy đủ", "xa", True)],
  U_DP)

U_PQ = "https://news.laodong.vn/xa-hoi/chu-tich-tinh-an-giang-lam-viec-voi-dac-khu-phu-quoc-1537140.ldo"
C("news", "xa",
  "Báo cáo tại buổi làm việc ngày 08/7/2025, Chủ tịch UBND đặc khu Phú Quốc (tỉnh An Giang) cho biết đặc khu đã sắp xếp xong bộ máy, với tổng cộng 155 công chức và 7 lao động hợp đồng thực hiện chức năng quản lý hành chính, kinh tế, văn hóa, xã hội, an ninh, quốc phòng.",
  [],
  U_PQ)

U_LC = "https://www.vietnam.vn/en/xa-long-cang-tiep-tuc-doi-moi-nang-cao-chat-luong-cai-cach-hanh-chinh"
C("report", "xa",
  "Năm 2025, công tác cải cách hành chính của xã Long Cang (tỉnh Tây Ninh) được triển khai có trọng tâm, trọng điểm; đến nay xã đã hoàn thành 26 nhiệm vụ, đạt 79% kế hoạch, các nhiệm vụ còn lại đang thực hiện đúng tiến độ.",
  [F(26, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "xa", False, "BM1-2.2"),
   F(79, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", False, "BM1-2")],
  U_LC)
C("report", "xa",
  "Từ ngày 01/7 đến ngày 06/10/2025, Trung tâm Phục vụ hành chính công xã Long Cang tiếp nhận gần 2.840 hồ sơ, đã giải quyết 2.158 hồ sơ (1.297 hồ sơ trước hạn, 779 hồ sơ đúng hạn, 82 hồ sơ trễ hạn); hồ sơ thực hiện qua dịch vụ công trực tuyến chiếm hơn 71% tổng số hồ sơ phát sinh.",
  [F(2840, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", True, "BM7-6.4.1"),
   F(2158, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(1297, "hồ sơ", "giải quyết trước hạn", "xa"),
   F(779, "hồ sơ", "giải quyết đúng hạn", "xa"),
   F(82, "hồ sơ", "giải quyết trễ hạn", "xa"),
   F(71, "%", "tỷ lệ hồ sơ trực tuyến", "xa", True, "BM7-6.4")],
  U_LC)

U_BC = "https://www.vietnam.vn/fr/trung-tam-phuc-vu-hanh-chinh-cong-xa-ba-chuc-dung-top-dau-102-xa-phuong-dac-khu-tinh-an-giang"
C("news", "xa",
  "Trong tháng 10/2025, Trung tâm Phục vụ hành chính công xã Ba Chúc (tỉnh An Giang) tiếp nhận 1.052 hồ sơ TTHC; giải quyết đúng hạn 1.044 hồ sơ, đạt tỷ lệ 100%; 6 hồ sơ đang trong hạn giải quyết và 2 hồ sơ được hủy theo quy định.",
  [F(1052, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa"),
   F(1044, "hồ sơ", "giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
   F(100, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
   F(6, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "xa"),
   F(2, "hồ sơ", "hồ sơ hủy theo quy định", "xa")],
  U_BC)
C("news", "xa",
  "Với tổng điểm 92,12, xếp loại xuất sắc, Trung tâm Phục vụ hành chính công xã Ba Chúc đứng đồng hạng nhất trong nhóm 55 đơn vị cùng UBND xã Vĩnh Xương, thuộc tốp đầu của 102 xã, phường, đặc khu trong tỉnh; Trung tâm hiện có 11 cán bộ, công chức, viên chức và đã lập điểm hỗ trợ thủ tục tại 14 ấp.",
  [F(92.12, "điểm", "tổng điểm đánh giá giải quyết TTHC", "xa")],
  U_BC)

U_MT = "https://www.vietnam.vn/en/khoi-sac-muong-than"
C("news", "xa",
  "Xã Mường Than (tỉnh Lai Châu) được thành lập trên cơ sở sáp nhập hai xã Phúc Than và Mường Mít, có diện tích tự nhiên 154,08 km², dân số 13.925 người sinh sống ở 24 bản; sau hơn một tháng vận hành, Trung tâm Phục vụ hành chính công xã đã tiếp nhận và giải quyết đúng hạn 155 hồ sơ.",
  [F(155, "hồ sơ", "hồ sơ tiếp nhận và giải quyết đúng hạn", "xa")],
  U_MT)

U_MC = "https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/no-time-to-waste-muong-cha-wraps-up-final-tasks-before-new-administrative-model-p6AH1EPHR.html"
C("news", "huyen",
  "Từ ngày 01 đến ngày 20/6/2025, Trung tâm Một cửa huyện Mường Chà (tỉnh Điện Biên) và UBND 12 xã, thị trấn đã tiếp nhận 193 hồ sơ TTHC, trong đó 155 hồ sơ nộp trực tuyến, số còn lại nộp trực tiếp hoặc qua bưu chính; đã giải quyết 189 hồ sơ, các hồ sơ còn lại sẽ được giải quyết xong trước ngày 01/7.",
  [F(193, "hồ sơ", "hồ sơ TTHC đã tiếp nhận (huyện và các xã)", "huyen", False, "BM7-6.4.1"),
   F(155, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen", False, "BM7-6.4.2"),
   F(189, "hồ sơ", "hồ sơ đã giải quyết", "huyen")],
  U_MC)

U_LH = "https://vjs.vietnam.vn/en/la-hien-xay-dung-nen-hanh-chinh-phuc-vu"
C("news", "xa",
  "Tại Trung tâm Phục vụ hành chính công xã La Hiên (tỉnh Thái Nguyên), toàn bộ 381 TTHC thuộc thẩm quyền của xã đã được niêm yết công khai; xã được thành lập từ ngày 01/7/2025 trên cơ sở hợp nhất hai xã La Hiên và Cúc Đường, với diện tích hơn 71,55 km² và trên 12.000 dân.",
  [F(381, "TTHC", "TTHC thuộc thẩm quyền cấp xã được niêm yết công khai", "xa")],
  U_LH)

# ---------------- synthetic ----------------
C("report", "huyen",
  "Năm 2024, Bộ phận Một cửa huyện Mang Thít tiếp nhận 9.873 hồ sơ TTHC (trực tuyến 7.041 hồ sơ, chiếm 71,32%); đã giải quyết 9.703 hồ sơ, trong đó đúng hạn và trước hạn 9.604 hồ sơ, đạt 98,98%, trễ hạn 99 hồ sơ.",
  [F(9873, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "huyen", False, "BM7-6.4.1"),
   F(7041, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "huyen", False, "BM7-6.4.2"),
   F(71.32, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", False, "BM7-6.4"),
   F(9703, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
   F(9604, "hồ sơ", "giải quyết đúng hạn và trước hạn", "huyen", False, "BM3-3.2.2"),
   F(98.98, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2"),
   F(99, "hồ sơ", "giải quyết trễ hạn", "huyen")],
  "synthetic: huyện Mang Thít (tỉnh Vĩnh Long), năm 2024")
C("report", "xa",
  "Quý IV/2025, tỷ lệ hồ sơ TTHC của phường Long Châu được giải quyết đúng hạn đạt 98,36% (2.704/2.749 hồ sơ); số hồ sơ nộp trực tuyến là 2.388, chiếm 84,71% tổng số hồ sơ tiếp nhận; phường phấn đấu đến hết quý I/2026 nâng tỷ lệ này lên trên 90%.",
  [F(98.36, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
   F(2704, "hồ sơ", "giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
   F(2749, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(2388, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
   F(84.71, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4")],
  "synthetic: phường Long Châu (tỉnh Vĩnh Long), quý IV/2025 (a target as distractor)")
C("report", "huyen",
  "6 tháng đầu năm 2025, UBND huyện Kim Động ban hành 16 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 19/27 nhiệm vụ của Kế hoạch CCHC năm; kiểm tra công tác CCHC tại 6 xã, thị trấn, phát hiện 11 tồn tại, hạn chế và đã chỉ đạo khắc phục xong 9 nội dung.",
  [F(16, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "huyen", False, "BM1-1"),
   F(19, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "huyen", False, "BM1-2.2"),
   F(27, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "huyen", False, "BM1-2.1"),
   F(6, "đơn vị", "xã, thị trấn được kiểm tra CCHC", "xa"),
   F(11, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "huyen", False, "BM1-3.3.1"),
   F(9, "vấn đề", "tồn tại đã khắc phục xong", "huyen", False, "BM1-3.3.2")],
  "synthetic: huyện Kim Động (tỉnh Hưng Yên), 6 tháng đầu năm 2025")
C("news", "tinh",
  "Quý III/2025, Trung tâm Phục vụ hành chính công tỉnh Hưng Yên tiếp nhận gần 47,3 nghìn hồ sơ của các sở, ngành, trong đó hơn 43 nghìn hồ sơ nộp trực tuyến; tỷ lệ giải quyết trước hạn, đúng hạn đạt 99,12%.",
  [F(47300, "hồ sơ", "hồ sơ đã tiếp nhận", "trung_tam", True),
   F(43000, "hồ sơ", "hồ sơ nộp trực tuyến", "trung_tam", True),
   F(99.12, "%", "tỷ lệ giải quyết trước hạn, đúng hạn", "trung_tam")],
  "synthetic: Trung tâm Phục vụ hành chính công tỉnh Hưng Yên, quý III/2025")
C("report", "xa",
  "Tháng 11/2025, phường Đoàn Kết: hồ sơ tiếp nhận mới 1.163, kỳ trước chuyển sang 58; đã giải quyết 1.128 hồ sơ, đang giải quyết 93; tiếp nhận 5 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 4, còn 1 đang xem xét.",
  [F(1163, "hồ sơ", "hồ sơ tiếp nhận mới", "xa"),
   F(58, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "xa"),
   F(1128, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(93, "hồ sơ", "hồ sơ đang giải quyết", "xa"),
   F(5, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
   F(4, "PAKN", "PAKN đã xử lý xong", "xa", False, "BM3-3.4.2"),
   F(1, "PAKN", "PAKN đang xem xét", "xa")],
  "synthetic: phường Đoàn Kết (tỉnh Lai Châu), tháng 11/2025")
C("report", "xa",
  "Từ ngày 01/7 đến ngày 31/12/2025, phường Tam Điệp đã số hóa 4.972/5.118 hồ sơ TTHC tiếp nhận, đạt 97,15%; cấp 312 giấy chứng nhận quyền sử dụng đất (198 giấy cấp lần đầu, 114 giấy cấp đổi, cấp lại).",
  [F(4972, "hồ sơ", "hồ sơ được số hóa", "xa"),
   F(5118, "hồ sơ", "hồ sơ TTHC tiếp nhận cần số hóa", "xa"),
   F(97.15, "%", "tỷ lệ số hóa hồ sơ", "xa"),
   F(312, "giấy", "giấy chứng nhận quyền sử dụng đất đã cấp", "xa"),
   F(198, "giấy", "giấy chứng nhận cấp lần đầu", "xa"),
   F(114, "giấy", "giấy chứng nhận cấp đổi, cấp lại", "xa")],
  "synthetic: phường Tam Điệp (tỉnh Ninh Bình), 6 tháng cuối năm 2025")
C("news", "xa",
  "Trong tháng 9/2025, phường Thành Sen ghi nhận 1.273 giao dịch thanh toán phí, lệ phí trực tuyến với tổng số tiền hơn 386,5 triệu đồng; số hồ sơ tiếp nhận trong tháng là 3.458, tăng 6,8% so với tháng 8.",
  [F(1273, "giao dịch", "giao dịch thanh toán phí, lệ phí trực tuyến", "xa"),
   F(386.5, "triệu đồng", "phí, lệ phí thu trực tuyến", "xa", True),
   F(3458, "hồ sơ", "hồ sơ đã tiếp nhận", "xa")],
  "synthetic: phường Thành Sen (tỉnh Hà Tĩnh), tháng 9/2025 (a comparison as distractor)")
C("report", "huyen",
  "Năm 2024, huyện Can Lộc giải quyết tinh giản 23 biên chế công chức, viên chức; tuyển dụng 41 viên chức ngành giáo dục; sắp xếp, sáp nhập 7 trường mầm non, tiểu học để thành lập 3 trường mới.",
  [F(23, "biên chế", "biên chế đã tinh giản", "huyen"),
   F(41, "người", "viên chức được tuyển dụng", "huyen", False, "BM5-2.4"),
   F(7, "đơn vị", "trường học được sắp xếp, sáp nhập", "huyen"),
   F(3, "đơn vị", "trường mới thành lập sau sáp nhập", "huyen")],
  "synthetic: huyện Can Lộc (tỉnh Hà Tĩnh), năm 2024")
C("news", "xa",
  "Quý IV/2025, xã Ngọc Đường tiếp nhận hơn 1.370 hồ sơ TTHC, trên 92% trong số đó được nộp qua Cổng Dịch vụ công quốc gia; 100% hồ sơ được giải quyết đúng và trước hạn, không có hồ sơ quá hạn.",
  [F(1370, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True, "BM7-6.4.1"),
   F(92, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True, "BM7-6.4"),
   F(100, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3")],
  "synthetic: xã Ngọc Đường (tỉnh Tuyên Quang), quý IV/2025")
C("news", "xa",
  "Trung tâm Phục vụ hành chính công đặc khu Cồn Cỏ bố trí 3 công chức kiêm nhiệm tiếp nhận hồ sơ; 6 tháng cuối năm 2025, Trung tâm tiếp nhận 197 hồ sơ, đã giải quyết 188 hồ sơ, tất cả đều đúng hạn, 9 hồ sơ đang trong hạn xử lý.",
  [F(197, "hồ sơ", "hồ sơ đã tiếp nhận", "xa"),
   F(188, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(9, "hồ sơ", "hồ sơ đang trong hạn xử lý", "xa")],
  "synthetic: đặc khu Cồn Cỏ (tỉnh Quảng Trị), 6 tháng cuối năm 2025 (staff in place as distractor)")
C("report", "xa",
  "Kết quả tháng 3/2026 của xã Đồng Lê: tiếp nhận 863 hồ sơ; giải quyết 836 hồ sơ, trong đó trước hạn 617, đúng hạn 216, quá hạn 3; tỷ lệ số hóa kết quả giải quyết TTHC đạt 96,85%.",
  [F(863, "hồ sơ", "hồ sơ đã tiếp nhận", "xa"),
   F(836, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
   F(617, "hồ sơ", "giải quyết trước hạn", "xa"),
   F(216, "hồ sơ", "giải quyết đúng hạn", "xa"),
   F(3, "hồ sơ", "giải quyết quá hạn", "xa"),
   F(96.85, "%", "tỷ lệ số hóa kết quả giải quyết TTHC", "xa")],
  "synthetic: xã Đồng Lê (tỉnh Quảng Trị), tháng 3/2026")

# ---------------- checks ----------------
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
catalog = set()
with open("/work/shared/reference/catalog.csv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        catalog.add(f"BM{r['form']}-{r['code']}")


def vn_int(n):
    return f"{n:,}".replace(",", ".")


def renderings(v):
    out = set()
    if float(v).is_integer():
        n = int(v)
        out.add(vn_int(n))
        out.add(str(n))
        if n % 100 == 0 and n >= 1000:
            k = n / 1000
            out.add((f"{k:g}").replace(".", ",") + " nghìn")
    else:
        s = f"{v:g}"
        ip, dp = s.split(".")
        out.add(vn_int(int(ip)) + "," + dp)
    return out


# earlier figures (>= 5 characters) for collision notes
earlier = ""
for p in glob.glob("/work/holdout27/earlier/*/*/cases.csv"):
    earlier += open(p, encoding="utf-8").read()

texts = set()
n_syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
assert n_syn <= len(CASES) / 2, (n_syn, len(CASES))
rows, srcs = [], []
for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
    cid = f"H27-B-{i:03d}"
    text = unicodedata.normalize("NFC", text)
    assert text not in texts
    texts.add(text)
    assert kind in {"report", "news"} and level in LEVELS
    for f in facts:
        assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}
        assert f["scope"] in SCOPES, f
        assert f["code"] == "" or f["code"] in catalog, f
        if not any(r in text for r in renderings(f["value"])):
            print("VALUE NOT IN TEXT", cid, f["value"])
        if f["approx"]:
            assert re.search(r"(gần|hơn|trên|khoảng) [\d.,]+", text), cid
    for num in re.findall(r"\d[\d.,]*\d", text):
        if len(num) >= 5 and re.search(r"(?<![\d.,])" + re.escape(num) + r"(?![\d])", earlier):
            print("note: figure seen in earlier sets", cid, num)
    rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    srcs.append([cid, src])

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
    for cid, s in srcs:
        fh.write(f"{cid}\t{s}\n")

# re-read
n_f = n_c = 0
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        fs = json.loads(r["facts"])
        assert unicodedata.is_normalized("NFC", r["text"])
        n_f += len(fs)
        n_c += sum(1 for f in fs if f["code"])
print("cases", len(rows), "synthetic", n_syn, "facts", n_f, "coded", n_c)
