# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for held-out set 27 (narrative). Run: python3 build.py"""
import csv, json, re, unicodedata, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

CASES = []  # (id, kind, level, text, facts, source)
def add(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

# ---------------- REAL PAGES ----------------
U1 = "https://vietnam.vn/en/thanh-tra-chinh-phu-tong-ket-cong-tac-nam-2024-va-trien-khai-nhiem-vu-nam-2025"
add("news", "tinh",
    "Năm 2024, Thanh tra tỉnh, thanh tra các sở, ngành và các huyện, thị xã, thành phố của tỉnh Quảng Ninh đã tiến hành 174 cuộc thanh tra và ban hành kết luận đối với 137 cuộc. Thanh tra tỉnh đã ban hành 94 văn bản đôn đốc việc thực hiện kiến nghị, kết luận thanh tra, đồng thời kịp thời tiến hành thanh tra đột xuất khi có yêu cầu.",
    [F(174, "cuộc", "cuộc thanh tra đã tiến hành", "tinh"),
     F(137, "cuộc", "cuộc thanh tra đã ban hành kết luận", "tinh"),
     F(94, "văn bản", "văn bản đôn đốc thực hiện kết luận thanh tra", "tinh")], U1)

U2 = "https://quangngai.gov.vn/en/news/local-news/vice-chairman-tran-phuoc-hien-works-with-provincial-inspectorate-on-2025-performance.html"
add("news", "so_nganh",
    "Tính đến giữa tháng 10/2025, Thanh tra tỉnh Quảng Ngãi đã thực hiện 198 cuộc thanh tra tại 810 đơn vị và ban hành kết luận 160 cuộc; qua thanh tra phát hiện sai phạm 35,8 tỷ đồng và 62.235 m² đất, kiến nghị thu hồi nộp ngân sách nhà nước 13,9 tỷ đồng, kiến nghị xử lý khác 21,9 tỷ đồng. Có 03 vụ việc có dấu hiệu tội phạm đã được chuyển cơ quan điều tra.",
    [F(198, "cuộc", "cuộc thanh tra đã thực hiện", "tinh"),
     F(810, "đơn vị", "đơn vị được thanh tra", "tinh"),
     F(160, "cuộc", "cuộc thanh tra đã ban hành kết luận", "tinh"),
     F(35800, "triệu đồng", "sai phạm phát hiện qua thanh tra", "tinh"),
     F(62235, "m²", "diện tích đất sai phạm phát hiện qua thanh tra", "tinh"),
     F(13900, "triệu đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", "tinh"),
     F(21900, "triệu đồng", "kiến nghị xử lý khác", "tinh"),
     F(3, "vụ việc", "vụ việc chuyển cơ quan điều tra", "tinh")], U2)
add("news", "so_nganh",
    "Về tiếp công dân, giải quyết khiếu nại, tố cáo, các cơ quan cấp tỉnh đã tiếp hơn 4.300 lượt công dân, xử lý trên 9.300 đơn, trong đó 7.694 đơn đủ điều kiện xử lý. Thanh tra tỉnh trực tiếp xử lý 330 đơn và tham mưu Chủ tịch UBND tỉnh giải quyết 16/17 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt tỷ lệ 94,1%.",
    [F(4300, "lượt", "lượt tiếp công dân", "so_nganh", True),
     F(9300, "đơn", "đơn đã xử lý", "so_nganh", True),
     F(7694, "đơn", "đơn đủ điều kiện xử lý", "so_nganh"),
     F(330, "đơn", "đơn Thanh tra tỉnh trực tiếp xử lý", "so_nganh"),
     F(16, "vụ việc", "vụ việc khiếu nại, tố cáo đã giải quyết", "tinh"),
     F(17, "vụ việc", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền", "tinh"),
     F(94.1, "%", "tỷ lệ giải quyết khiếu nại, tố cáo", "tinh")], U2)
add("news", "so_nganh",
    "Sau sắp xếp, Thanh tra tỉnh Quảng Ngãi gồm Văn phòng và 8 phòng nghiệp vụ với 184 biên chế được duyệt, trong đó có 150 công chức và 6 lao động hợp đồng theo Nghị định 111; 34% cán bộ có trình độ thạc sĩ và 65,3% có trình độ đại học.",
    [], U2)

U3 = "https://vietnam.vn/en/thanh-tra-tinh-quang-nam-phat-hien-sai-pham-hon-20-ty-dong"
add("news", "so_nganh",
    "Qua thanh tra, Thanh tra tỉnh Quảng Nam phát hiện sai phạm hơn 20 tỷ đồng, kiến nghị thu hồi nộp ngân sách nhà nước hơn 11,3 tỷ đồng, kiến nghị chấn chỉnh, giảm giá trị quyết toán và xử lý khác hơn 8,7 tỷ đồng; kiến nghị kiểm điểm trách nhiệm 51 tập thể và 75 cá nhân. Cùng kỳ, Thanh tra tỉnh tham mưu Chủ tịch UBND tỉnh thẩm tra, xác minh, giải quyết 32/32 vụ khiếu nại, tố cáo (28 khiếu nại, 4 tố cáo), đạt 100%.",
    [F(20000, "triệu đồng", "sai phạm phát hiện qua thanh tra", "tinh", True),
     F(11300, "triệu đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", "tinh", True),
     F(8700, "triệu đồng", "kiến nghị chấn chỉnh, giảm quyết toán, xử lý khác", "tinh", True),
     F(51, "tập thể", "tập thể bị kiến nghị kiểm điểm trách nhiệm", "tinh"),
     F(75, "cá nhân", "cá nhân bị kiến nghị kiểm điểm trách nhiệm", "tinh"),
     F(32, "vụ việc", "vụ khiếu nại, tố cáo đã giải quyết", "tinh"),
     F(28, "vụ việc", "vụ khiếu nại đã giải quyết", "tinh"),
     F(4, "vụ việc", "vụ tố cáo đã giải quyết", "tinh"),
     F(100, "%", "tỷ lệ giải quyết khiếu nại, tố cáo", "tinh")], U3)

U4 = "https://baonghean.vn/en/hoi-dong-nhan-dan-tinh-cho-y-kien-ve-viec-bai-bo-11-nghi-quyet-post255453.html"
add("news", "tinh",
    "Sáng 27/6, Ban Pháp chế HĐND tỉnh Nghệ An thẩm tra dự thảo nghị quyết thông qua kết quả rà soát 168 nghị quyết quy phạm pháp luật do HĐND tỉnh ban hành từ ngày 31/12/2021 trở về trước; trong đó 146 nghị quyết còn hiệu lực, 2 nghị quyết hết hiệu lực toàn bộ, 10 nghị quyết hết hiệu lực một phần và 20 nghị quyết cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ, gồm 8 nghị quyết cần bãi bỏ.",
    [F(168, "văn bản", "nghị quyết QPPL đã rà soát", "tinh", False, "BM2-3.1"),
     F(146, "văn bản", "nghị quyết còn hiệu lực qua rà soát", "tinh"),
     F(2, "văn bản", "nghị quyết hết hiệu lực toàn bộ qua rà soát", "tinh"),
     F(10, "văn bản", "nghị quyết hết hiệu lực một phần qua rà soát", "tinh"),
     F(20, "văn bản", "nghị quyết cần sửa đổi, bổ sung, thay thế, bãi bỏ sau rà soát", "tinh", False, "BM2-3.2.1"),
     F(8, "văn bản", "nghị quyết cần bãi bỏ", "tinh")], U4)

U5 = "https://vietnam.vn/en/gia-lai-day-manh-khoa-hoc-cong-nghe-doi-moi-sang-tao-va-chuyen-doi-so"
add("news", "tinh",
    "Sau hợp nhất tỉnh và vận hành chính quyền địa phương hai cấp, tỉnh Gia Lai đã rà soát, triển khai 147 nhiệm vụ theo Nghị quyết số 57-NQ/TW và đến nay đã hoàn thành 76 nhiệm vụ. Tỉnh đã hoàn thành số hóa 2,9 triệu dữ liệu hộ tịch (đạt 100%) và làm sạch 1,62 triệu giấy chứng nhận quyền sử dụng đất (đạt 80%).",
    [F(147, "nhiệm vụ", "nhiệm vụ Nghị quyết 57 đã rà soát, triển khai", "tinh"),
     F(76, "nhiệm vụ", "nhiệm vụ Nghị quyết 57 đã hoàn thành", "tinh"),
     F(2900000, "dữ liệu", "dữ liệu hộ tịch đã số hóa", "tinh"),
     F(100, "%", "tỷ lệ số hóa dữ liệu hộ tịch", "tinh"),
     F(1620000, "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất đã làm sạch", "tinh"),
     F(80, "%", "tỷ lệ làm sạch dữ liệu đất đai", "tinh")], U5)

U6 = "https://danviet.vn/thu-tuc-hanh-chinh-tieng-on-va-ha-tang-do-thi-la-diem-nong-bi-nguoi-dan-phan-anh-nhieu-nhat-d1367705.html"
add("news", "tinh",
    "Riêng tháng 9/2025, Cổng Thông tin 1022 TP.HCM tiếp nhận hơn 13.400 phản ánh, kiến nghị của người dân, doanh nghiệp, tỷ lệ xử lý đúng hạn đạt 93,77%; lĩnh vực thủ tục hành chính công có nhiều phản ánh nhất với hơn 6.400 trường hợp. Lũy kế từ đầu năm đến hết ngày 25/9/2025, toàn thành phố ghi nhận hơn 32.000 phản ánh, kiến nghị, trong đó 97,38% được xử lý đúng hạn.",
    [F(13400, "PAKN", "phản ánh, kiến nghị tiếp nhận trong tháng", "tinh", True),
     F(93.77, "%", "tỷ lệ PAKN xử lý đúng hạn trong tháng", "tinh"),
     F(6400, "PAKN", "phản ánh về thủ tục hành chính công", "tinh", True),
     F(32000, "PAKN", "phản ánh, kiến nghị lũy kế từ đầu năm", "tinh", True),
     F(97.38, "%", "tỷ lệ PAKN xử lý đúng hạn lũy kế", "tinh")], U6)

U7 = "https://en.baobacgiang.vn/working-towards-digital-citizens.bbg"
add("news", "tinh",
    "Từ đầu năm đến nay, tổng số tiền thanh toán trực tuyến trên Cổng Dịch vụ công tỉnh Bắc Giang đạt gần 11 tỷ đồng, phần lớn là tiền thuế đất.",
    [F(11000, "triệu đồng", "tiền thanh toán trực tuyến trên Cổng DVC tỉnh", "tinh", True)], U7)
add("news", "huyen",
    "Huyện Việt Yên là địa phương có số phí, lệ phí nộp trực tuyến qua Cổng Dịch vụ công cao nhất tỉnh Bắc Giang với hơn 5,1 tỷ đồng. Từ đầu năm, huyện có 2.862 hồ sơ trực tuyến mức độ 3, 4, đạt 61,33%, trong đó 649 hồ sơ được thanh toán trực tuyến qua Nền tảng thanh toán tích hợp trên Cổng Dịch vụ công quốc gia.",
    [F(5100, "triệu đồng", "phí, lệ phí nộp trực tuyến", "huyen", True),
     F(2862, "hồ sơ", "hồ sơ trực tuyến mức độ 3, 4", "huyen"),
     F(61.33, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3, 4", "huyen"),
     F(649, "hồ sơ", "hồ sơ thanh toán trực tuyến", "huyen")], U7)

U8 = "https://news.laodong.vn/ldt/tin-tuc/khanh-hoa-da-so-hoa-hon-50-trieu-tai-lieu-khi-sap-xep-bo-may-hanh-chinh-1529697.ldo"
add("news", "tinh",
    "Trong quá trình sắp xếp bộ máy, tỉnh Khánh Hòa đã số hóa gần 50 triệu trang tài liệu, gồm văn bản đi, đến, hồ sơ lý lịch tư pháp, hồ sơ xử lý vi phạm hành chính và tài liệu chuyên môn thường xuyên tra cứu; riêng khối tài liệu lịch sử đã số hóa 143.314 hồ sơ. Tỉnh đề xuất Trung ương hỗ trợ 130 tỷ đồng để số hóa tài liệu của cấp huyện, còn tỉnh Ninh Thuận đã hoàn thành số hóa hơn 1 triệu trang tài liệu lưu trữ lịch sử.",
    [F(50000000, "trang", "trang tài liệu đã số hóa", "tinh", True),
     F(143314, "hồ sơ", "hồ sơ tài liệu lịch sử đã số hóa", "tinh"),
     F(1000000, "trang", "trang tài liệu lưu trữ lịch sử đã số hóa (Ninh Thuận)", "tinh", True)], U8)

N_REAL = len(CASES)

# ---------------- SYNTHETIC ----------------
add("report", "tinh",
    "Trong 9 tháng năm 2026, các sở, ban, ngành tỉnh Hưng Yên đã giải quyết xong 52.318 hồ sơ TTHC, trong đó 52.047 hồ sơ giải quyết đúng hạn, đạt 99,48%; UBND các xã, phường đã giải quyết xong 367.905 hồ sơ, trong đó đúng hạn 366.421 hồ sơ, đạt 99,60%.",
    [F(52318, "hồ sơ", "hồ sơ cấp tỉnh đã giải quyết xong", "so_nganh", False, "BM3-3.1.1"),
     F(52047, "hồ sơ", "hồ sơ cấp tỉnh giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
     F(99.48, "%", "tỷ lệ hồ sơ cấp tỉnh giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
     F(367905, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", False, "BM3-3.3.1"),
     F(366421, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
     F(99.6, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3")],
    "synthetic: tỉnh Hưng Yên, 9 tháng năm 2026 (hồ sơ theo cấp)")
add("news", "tinh",
    "Quý III/2026, tỉnh Ninh Bình có 1.173/1.241 TTHC có yêu cầu nghĩa vụ tài chính đã được tích hợp, triển khai thanh toán trực tuyến, đạt 94,52%; toàn tỉnh phát sinh 184.732 giao dịch thanh toán trực tuyến với tổng số tiền hơn 96,4 tỷ đồng.",
    [F(1173, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5.2"),
     F(1241, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", False, "BM7-6.5.1"),
     F(94.52, "%", "tỷ lệ TTHC triển khai thanh toán trực tuyến", "tinh", False, "BM7-6.5"),
     F(184732, "giao dịch", "giao dịch thanh toán trực tuyến", "tinh"),
     F(96400, "triệu đồng", "số tiền thanh toán trực tuyến", "tinh", True)],
    "synthetic: tỉnh Ninh Bình, quý III/2026 (thanh toán trực tuyến)")
add("report", "so_nganh",
    "Năm 2025, Sở Tư pháp tỉnh Vĩnh Long đã tham mưu UBND tỉnh kiểm tra theo thẩm quyền 236 văn bản quy phạm pháp luật do HĐND, UBND cấp xã ban hành, qua đó phát hiện 11 văn bản cần phải xử lý; đến nay đã xử lý xong 8 văn bản, đạt 72,73%.",
    [F(236, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
     F(11, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1"),
     F(8, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", False, "BM2-2.2.2"),
     F(72.73, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", False, "BM2-2.2")],
    "synthetic: Sở Tư pháp tỉnh Vĩnh Long, năm 2025 (kiểm tra VBQPPL)")
add("report", "tinh",
    "6 tháng đầu năm 2026, Chủ tịch UBND tỉnh Cà Mau đã ban hành 27 quyết định công bố danh mục 412 TTHC, gồm 96 TTHC mới ban hành, 251 TTHC sửa đổi, bổ sung và 65 TTHC bị bãi bỏ; đồng thời phê duyệt 318 quy trình nội bộ giải quyết TTHC.",
    [F(27, "văn bản", "quyết định công bố TTHC", "tinh"),
     F(412, "TTHC", "TTHC được công bố", "tinh"),
     F(96, "TTHC", "TTHC mới ban hành", "tinh", False, "BM3-1.2"),
     F(251, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
     F(65, "TTHC", "TTHC bị bãi bỏ", "tinh", False, "BM3-1.3"),
     F(318, "quy trình", "quy trình nội bộ giải quyết TTHC được phê duyệt", "tinh")],
    "synthetic: tỉnh Cà Mau, 6 tháng đầu năm 2026 (công bố TTHC)")
add("news", "tinh",
    "Trong quý I/2026, UBND tỉnh Khánh Hòa tiếp nhận 58 phản ánh, kiến nghị về quy định hành chính và hành vi hành chính trong giải quyết TTHC, đã xử lý xong 55 phản ánh, kiến nghị, đạt 94,83%; số còn lại đang trong thời hạn xử lý.",
    [F(58, "PAKN", "PAKN đã tiếp nhận", "tinh", False, "BM3-3.4.1"),
     F(55, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
     F(94.83, "%", "tỷ lệ xử lý PAKN", "tinh", False, "BM3-3.4")],
    "synthetic: tỉnh Khánh Hòa, quý I/2026 (PAKN)")
add("report", "so_nganh",
    "Năm 2025, Sở Nội vụ thành phố Cần Thơ đã tham mưu thực hiện tinh giản 437 biên chế công chức và 1.193 người làm việc trong các đơn vị sự nghiệp công lập; tuyển dụng 83 công chức và 538 viên chức thông qua thi tuyển, xét tuyển. Tổng biên chế công chức được giao năm 2025 của thành phố là 4.865 biên chế.",
    [F(437, "biên chế", "biên chế công chức đã tinh giản", "tinh", False, "BM4-2.4"),
     F(1193, "người", "người làm việc trong ĐVSNCL đã tinh giản", "tinh", False, "BM4-3.3"),
     F(83, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
     F(538, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")],
    "synthetic: Sở Nội vụ thành phố Cần Thơ, năm 2025 (tinh giản, tuyển dụng)")
add("report", "tinh",
    "Năm 2025, UBND tỉnh Quảng Trị đã kiểm tra công tác CCHC tại 14 sở, ban, ngành và 23 xã, phường, đặc khu; qua kiểm tra phát hiện 61 vấn đề tồn tại, hạn chế, đến nay đã chỉ đạo khắc phục xong 57 vấn đề, đạt 93,44%.",
    [F(14, "đơn vị", "sở, ban, ngành được kiểm tra CCHC", "so_nganh", False, "BM1-3.1"),
     F(23, "đơn vị", "xã, phường, đặc khu được kiểm tra CCHC", "xa"),
     F(61, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
     F(57, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2"),
     F(93.44, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3")],
    "synthetic: tỉnh Quảng Trị, năm 2025 (kiểm tra CCHC)")
add("report", "tinh",
    "Kế hoạch CCHC năm 2026 của tỉnh Tây Ninh đề ra 74 nhiệm vụ; hết 9 tháng đã hoàn thành 58 nhiệm vụ, đạt 78,38%, và UBND tỉnh đã ban hành 19 văn bản chỉ đạo, điều hành về CCHC. Trong 45 nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao, tỉnh đã hoàn thành đúng hạn 39 nhiệm vụ, hoàn thành nhưng quá hạn 2 nhiệm vụ, còn 4 nhiệm vụ quá hạn chưa hoàn thành.",
    [F(74, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "tinh", False, "BM1-2.1"),
     F(58, "nhiệm vụ", "nhiệm vụ kế hoạch CCHC đã hoàn thành", "tinh", False, "BM1-2.2"),
     F(78.38, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", False, "BM1-2"),
     F(19, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", False, "BM1-1"),
     F(45, "nhiệm vụ", "nhiệm vụ Chính phủ, Thủ tướng giao", "tinh", False, "BM1-5.1"),
     F(39, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn", "tinh", False, "BM1-5.2"),
     F(2, "nhiệm vụ", "nhiệm vụ hoàn thành nhưng quá hạn", "tinh", False, "BM1-5.3"),
     F(4, "nhiệm vụ", "nhiệm vụ quá hạn chưa hoàn thành", "tinh", False, "BM1-5.4")],
    "synthetic: tỉnh Tây Ninh, 9 tháng năm 2026 (nhiệm vụ CCHC, nhiệm vụ Chính phủ giao)")
add("report", "so_nganh",
    "6 tháng đầu năm 2026, Sở Xây dựng tỉnh Lạng Sơn tiếp nhận 2.443 hồ sơ TTHC, trong đó 2.291 hồ sơ nộp trực tuyến, chiếm 93,78%; đã giải quyết xong 2.372 hồ sơ, trong đó 2.364 hồ sơ đúng và trước hạn, 8 hồ sơ quá hạn đã có văn bản xin lỗi người dân.",
    [F(2443, "hồ sơ", "hồ sơ TTHC tiếp nhận", "so_nganh"),
     F(2291, "hồ sơ", "hồ sơ nộp trực tuyến", "so_nganh"),
     F(93.78, "%", "tỷ lệ hồ sơ nộp trực tuyến", "so_nganh"),
     F(2372, "hồ sơ", "hồ sơ đã giải quyết xong", "so_nganh", False, "BM3-3.1.1"),
     F(2364, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "so_nganh", False, "BM3-3.1.2"),
     F(8, "hồ sơ", "hồ sơ quá hạn", "so_nganh")],
    "synthetic: Sở Xây dựng tỉnh Lạng Sơn, 6 tháng đầu năm 2026 (hồ sơ của sở)")
add("news", "tinh",
    "Năm 2025, Hệ thống thông tin giải quyết TTHC tỉnh Tuyên Quang tiếp nhận 751.384 hồ sơ, trong đó 606.052 hồ sơ được tiếp nhận trực tuyến, đạt 80,66%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 57,3%. Năm 2026, tỉnh phấn đấu đưa tỷ lệ hồ sơ trực tuyến toàn trình lên trên 70%.",
    [F(751384, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", False, "BM7-6.4.1"),
     F(606052, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
     F(80.66, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4"),
     F(57.3, "%", "tỷ lệ hồ sơ trực tuyến toàn trình", "tinh")],
    "synthetic: tỉnh Tuyên Quang, năm 2025 (hồ sơ trực tuyến)")
add("report", "so_nganh",
    "Năm 2025, Sở Tư pháp tỉnh Thanh Hóa chủ trì rà soát 1.342 văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành còn hiệu lực; qua rà soát xác định 186 văn bản cần sửa đổi, bổ sung, thay thế hoặc bãi bỏ, trong đó 141 văn bản đã được xử lý xong, đạt 75,81%, tăng 6,2% so với năm 2024.",
    [F(1342, "văn bản", "VBQPPL đã rà soát", "tinh", False, "BM2-3.1"),
     F(186, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", False, "BM2-3.2.1"),
     F(141, "văn bản", "VBQPPL đã xử lý xong sau rà soát", "tinh", False, "BM2-3.2.2"),
     F(75.81, "%", "tỷ lệ xử lý VBQPPL sau rà soát", "tinh", False, "BM2-3.2")],
    "synthetic: Sở Tư pháp tỉnh Thanh Hóa, năm 2025 (rà soát VBQPPL)")

# ---------------- CHECKS ----------------
cat = set()
with open("/work/shared/reference/catalog.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        cat.add("BM%s-%s" % (r["form"], r["code"]))

def vn(v):
    """possible printed forms of a value"""
    out = set()
    if float(v).is_integer():
        n = int(v)
        s = "{:,}".format(n).replace(",", ".")
        out |= {s, "%02d" % n if n < 10 else s}
        for div, word in ((1000, "tỷ"), (1000000, "triệu"), (1000, "nghìn")):
            if n % 1 == 0 and n >= div:
                q = n / div
                qs = ("%g" % q).replace(".", ",")
                out.add(qs + " " + word)
        out.add(("%g" % (n / 1000)).replace(".", ",") + " tỷ")
    else:
        s = ("%g" % v).replace(".", ",")
        out |= {s, s + "0"}
    return out

ids = []
seen_texts = set()
n_syn = 0
for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
    cid = "H27-N-%03d" % i
    ids.append(cid)
    assert unicodedata.normalize("NFC", text) == text, cid
    assert text not in seen_texts, cid; seen_texts.add(text)
    assert kind in ("report", "news") and level in ("tinh", "huyen", "xa", "so_nganh"), cid
    if src.startswith("synthetic"): n_syn += 1
    for fa in facts:
        assert set(fa) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
        assert fa["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
        assert fa["code"] == "" or fa["code"] in cat, (cid, fa["code"])
        assert any(form in text for form in vn(fa["value"])), (cid, fa["value"])
assert n_syn <= len(CASES) / 2, (n_syn, len(CASES))

# collision check against earlier sets (figures of 4+ chars, printed form)
earlier = ""
for p in glob.glob("/work/holdout27/earlier/*/*/cases.csv"):
    earlier += open(p, encoding="utf-8").read()
for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
    for fa in facts:
        for form in vn(fa["value"]):
            if len(form) >= 5 and re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d])", earlier):
                print("note: H27-N-%03d figure %s occurs in earlier sets (%s)" % (i, form, "synthetic" if src.startswith("synthetic") else "real"))

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for cid, (kind, level, text, facts, src) in zip(ids, CASES):
        w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    for cid, c in zip(ids, CASES):
        f.write("%s\t%s\n" % (cid, c[4]))

# re-read
nf = nc = 0
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for r in rows:
    fs = json.loads(r["facts"]); nf += len(fs); nc += sum(1 for x in fs if x["code"])
print("cases", len(rows), "real", N_REAL, "synthetic", n_syn, "facts", nf, "coded", nc)
