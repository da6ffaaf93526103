# -*- coding: utf-8 -*-
"""Builds cases.csv for held-out set 3 (narrative). Texts are my own wording; figures from public pages (see README)."""
import csv, json, unicodedata, os

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

C = []  # (source_kind, doc_level, text, facts)
def add(kind, level, text, facts):
    C.append((kind, level, text, facts))

# ---------------- Tây Ninh (post-merger 2025, vietnam.vn) ----------------
add("report", "tinh",
    "Hiện nay, tỉnh Tây Ninh đang công khai hơn 2.100 thủ tục hành chính trên Cổng thông tin điện tử, trong đó gần 1.700 TTHC cấp tỉnh và hơn 400 TTHC cấp xã.",
    [F(2100, "TTHC", "tổng số TTHC công khai", "tinh", True, "BM3-1.4"),
     F(1700, "TTHC", "số TTHC cấp tỉnh", "so_nganh", True, "BM3-1.4.1"),
     F(400, "TTHC", "số TTHC cấp xã", "xa", True, "BM3-1.4.3")])
add("report", "tinh",
    "Trong số thủ tục đang áp dụng, gần 900 TTHC được cung cấp dịch vụ công trực tuyến toàn trình và hơn 1.100 TTHC cung cấp trực tuyến một phần; 98,99% TTHC đã thực hiện không phụ thuộc vào địa giới hành chính.",
    [F(900, "TTHC", "số TTHC trực tuyến toàn trình", "tinh", True, ""),
     F(1100, "TTHC", "số TTHC trực tuyến một phần", "tinh", True, ""),
     F(98.99, "%", "tỷ lệ TTHC không phụ thuộc địa giới hành chính", "tinh", False, "")])
add("news", "tinh",
    "Từ ngày 1/7 đến nay, toàn tỉnh Tây Ninh tiếp nhận gần 700.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt trên 99%; riêng cấp xã đạt tỷ lệ đúng hạn 99,98%.",
    [F(700000, "hồ sơ", "tiếp nhận", "tinh", True, ""),
     F(99, "%", "tỷ lệ giải quyết đúng hạn", "tinh", True, ""),
     F(99.98, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])
add("news", "tinh",
    "Riêng trong tháng 11, các sở, ngành đã tiếp nhận hơn 13.000 hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Tây Ninh, trong đó hồ sơ trực tuyến chiếm trên 90%.",
    [F(13000, "hồ sơ", "tiếp nhận", "trung_tam", True, ""),
     F(90, "%", "tỷ lệ hồ sơ trực tuyến", "trung_tam", True, "")])
add("news", "tinh",
    "Tây Ninh hiện có 01 Trung tâm Phục vụ hành chính công cấp tỉnh và 96 Trung tâm cấp xã; trường hợp hồ sơ trễ hẹn, cơ quan tiếp nhận phải gửi thư xin lỗi và hẹn lại ngày trả kết quả.",
    [])

# ---------------- Tây Ninh 2021 (m.sggp.org.vn) ----------------
add("news", "tinh",
    "Theo kết quả Chỉ số cải cách hành chính năm 2020, tỉnh Tây Ninh đạt 84,59%, xếp thứ 27, tăng 17 bậc so với năm 2019 và thuộc nhóm B (từ 80% đến dưới 90%).",
    [F(84.59, "%", "chỉ số cải cách hành chính PAR INDEX", "tinh", False, "")])
add("news", "tinh",
    "Trong 6 tháng đầu năm 2021, Trung tâm Phục vụ hành chính công tỉnh Tây Ninh tiếp nhận 43.953 hồ sơ, trên 96% được trả kết quả trước hạn và đúng hạn.",
    [F(43953, "hồ sơ", "tiếp nhận", "trung_tam", False, ""),
     F(96, "%", "tỷ lệ trả kết quả trước và đúng hạn", "trung_tam", True, "")])
add("news", "tinh",
    "Các TTHC về đất đai, môi trường của thành phố Tây Ninh được thí điểm chuyển về Trung tâm Phục vụ hành chính công tỉnh, với 98,7% hồ sơ trả kết quả đúng hạn.",
    [F(98.7, "%", "tỷ lệ hồ sơ trả kết quả đúng hạn", "trung_tam", False, "")])

# ---------------- Tây Ninh 2026 (plo.vn, 23/02/2026) ----------------
add("news", "tinh",
    "Sáng 23/02/2026, ngày làm việc đầu tiên sau Tết, toàn tỉnh Tây Ninh tiếp nhận 1.665 hồ sơ, trong đó 1.530 hồ sơ nộp trực tuyến và 135 hồ sơ nộp trực tiếp; hồ sơ trực tuyến chiếm hơn 90%.",
    [F(1665, "hồ sơ", "tiếp nhận", "tinh", False, "BM7-6.4.1"),
     F(1530, "hồ sơ", "tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
     F(135, "hồ sơ", "tiếp nhận trực tiếp", "tinh", False, ""),
     F(90, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", True, "BM7-6.4")])
add("news", "tinh",
    "Trong ngày, toàn tỉnh đã giải quyết xong 490 hồ sơ, gồm 223 hồ sơ trước hạn (gần 50%), 259 hồ sơ đúng hạn và chỉ 8 hồ sơ quá hạn.",
    [F(490, "hồ sơ", "đã giải quyết", "tinh", False, ""),
     F(223, "hồ sơ", "giải quyết trước hạn", "tinh", False, ""),
     F(50, "%", "tỷ lệ giải quyết trước hạn", "tinh", True, ""),
     F(259, "hồ sơ", "giải quyết đúng hạn", "tinh", False, ""),
     F(8, "hồ sơ", "quá hạn", "tinh", False, "")])
add("news", "tinh",
    "Cấp xã tiếp nhận 1.610 hồ sơ (1.475 hồ sơ trực tuyến, 135 hồ sơ trực tiếp) và đã giải quyết 484 hồ sơ, trong đó 219 hồ sơ trước hạn; các sở, ngành tiếp nhận 55 hồ sơ, 100% qua hình thức trực tuyến, đã giải quyết 6 hồ sơ.",
    [F(1610, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(1475, "hồ sơ", "tiếp nhận trực tuyến", "xa", False, ""),
     F(135, "hồ sơ", "tiếp nhận trực tiếp", "xa", False, ""),
     F(484, "hồ sơ", "đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(219, "hồ sơ", "giải quyết trước hạn", "xa", False, ""),
     F(55, "hồ sơ", "tiếp nhận", "so_nganh", False, ""),
     F(100, "%", "tỷ lệ hồ sơ trực tuyến", "so_nganh", False, ""),
     F(6, "hồ sơ", "đã giải quyết", "so_nganh", False, "BM3-3.1.1")])

# ---------------- Ninh Bình 11/2025 (thuonghieucongluan.com.vn) ----------------
add("report", "tinh",
    "Trong tháng 11/2025, UBND tỉnh Ninh Bình đã ban hành 39 quyết định công bố 585 thủ tục hành chính nội bộ; đồng thời phê duyệt phương án đơn giản hóa 161 thủ tục nội bộ, đạt tỷ lệ 27,5% theo yêu cầu của Quyết định số 1085/QĐ-TTg.",
    [F(39, "quyết định", "quyết định công bố TTHC nội bộ", "tinh", False, ""),
     F(585, "TTHC", "TTHC nội bộ được công bố", "tinh", False, ""),
     F(161, "TTHC", "TTHC nội bộ được phê duyệt phương án đơn giản hóa", "tinh", False, ""),
     F(27.5, "%", "tỷ lệ TTHC nội bộ được đơn giản hóa", "tinh", False, "")])
add("report", "tinh",
    "Về công khai TTHC, tỉnh đã ban hành 10 quyết định công bố danh mục 122 thủ tục, trong đó 98 thủ tục mới hoặc được sửa đổi và 24 thủ tục bị bãi bỏ; hiện toàn tỉnh đang thực hiện 2.038 thủ tục hành chính.",
    [F(10, "quyết định", "quyết định công bố danh mục TTHC", "tinh", False, ""),
     F(122, "TTHC", "TTHC được công bố", "tinh", False, ""),
     F(98, "TTHC", "TTHC mới hoặc sửa đổi", "tinh", False, ""),
     F(24, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3"),
     F(2038, "TTHC", "tổng số TTHC đang thực hiện", "tinh", False, "BM3-1.4")])
add("report", "tinh",
    "Trong tháng 11/2025, Hệ thống thông tin giải quyết TTHC của tỉnh Ninh Bình tiếp nhận 210.059 hồ sơ; đã giải quyết 181.579 hồ sơ, trong đó 179.973 hồ sơ đúng và trước hạn, 1.606 hồ sơ quá hạn; còn 28.480 hồ sơ đang trong hạn xử lý.",
    [F(210059, "hồ sơ", "tiếp nhận", "tinh", False, ""),
     F(181579, "hồ sơ", "đã giải quyết", "tinh", False, ""),
     F(179973, "hồ sơ", "giải quyết đúng và trước hạn", "tinh", False, ""),
     F(1606, "hồ sơ", "giải quyết quá hạn", "tinh", False, ""),
     F(28480, "hồ sơ", "đang giải quyết trong hạn", "tinh", False, "")])
add("report", "tinh",
    "Từ ngày 01/7/2025, tỉnh Ninh Bình đã đóng Cổng Dịch vụ công cấp tỉnh theo hướng dẫn của Trung ương; trong tháng 11 tỉnh ban hành Quyết định số 1351/QĐ-UBND công bố bổ sung thủ tục lĩnh vực đường bộ.",
    [])

# ---------------- Hưng Yên (vovworld) ----------------
add("news", "xa",
    "Tại bộ phận một cửa phường Minh Đức (thị xã Mỹ Hào), hầu hết hồ sơ đều được số hóa; trong quý II, 94% hồ sơ tiếp nhận đã được số hóa.",
    [F(94, "%", "tỷ lệ hồ sơ được số hóa", "xa", False, "")])
add("news", "tinh",
    "Tại các cơ quan hành chính tỉnh Hưng Yên, 84,6% hồ sơ tiếp nhận đã được xử lý trên môi trường số; đến nay toàn bộ 25 dịch vụ công thiết yếu của tỉnh đã được cung cấp trực tuyến.",
    [F(84.6, "%", "tỷ lệ hồ sơ xử lý trên môi trường số", "tinh", False, ""),
     F(25, "dịch vụ", "dịch vụ công thiết yếu cung cấp trực tuyến", "tinh", False, "")])

# ---------------- Thái Nguyên (vir.com.vn, 10/2025) ----------------
add("news", "tinh",
    "Theo Sở Nội vụ Thái Nguyên, tỉnh đang cung cấp 2.028 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia và đã phê duyệt danh mục 1.703 TTHC thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh.",
    [F(2028, "dịch vụ", "dịch vụ công trực tuyến được cung cấp", "tinh", False, ""),
     F(1703, "TTHC", "TTHC không phụ thuộc địa giới hành chính", "tinh", False, "BM3-2.3")])
add("news", "tinh",
    "Sau ba tháng vận hành chính quyền địa phương hai cấp, Thái Nguyên xếp thứ nhất trong 34 tỉnh, thành phố về chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ.",
    [])

# ---------------- Thái Nguyên Q1/2025 (en.thainguyen.gov.vn) ----------------
add("report", "tinh",
    "Quý I/2025, tỷ lệ hồ sơ TTHC trên địa bàn tỉnh Thái Nguyên được giải quyết đúng hạn đạt 99,58%; theo Bộ chỉ số phục vụ người dân, doanh nghiệp, tỉnh xếp thứ 1/63 tỉnh, thành phố với tổng điểm 82,5 điểm.",
    [F(99.58, "%", "tỷ lệ giải quyết đúng hạn", "tinh", False, ""),
     F(82.5, "điểm", "điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh", False, "")])
add("report", "tinh",
    "Trong quý I, Đoàn kiểm tra của tỉnh đã kiểm tra đột xuất công tác cải cách hành chính, công vụ tại 17 cơ quan, địa phương; nhiều đơn vị như Sở Công Thương, Sở Nội vụ, Sở Giáo dục và Đào tạo không có hồ sơ quá hạn.",
    [F(17, "đơn vị", "cơ quan, địa phương được kiểm tra đột xuất", "tinh", False, "")])
add("report", "tinh",
    "Tỉnh đã triển khai mạng truyền số liệu chuyên dùng cho 36 đơn vị cấp tỉnh, cấp huyện và 172/172 xã, phường, thị trấn.",
    [F(36, "đơn vị", "đơn vị cấp tỉnh, huyện có mạng truyền số liệu chuyên dùng", "tinh", False, ""),
     F(172, "đơn vị", "xã kết nối mạng truyền số liệu chuyên dùng", "xa", False, ""),
     F(172, "đơn vị", "tổng số xã", "xa", False, "")])

# ---------------- Thái Nguyên TTHC list (en.thainguyen.gov.vn, 6/2025) ----------------
add("report", "tinh",
    "Danh mục được xây dựng trên cơ sở Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ, Kế hoạch số 94/KH-UBND ngày 11/4/2025 và Báo cáo số 102/BC-UBND ngày 30/5/2025 của UBND tỉnh Thái Nguyên.",
    [])
add("report", "so_nganh",
    "Theo danh mục TTHC không phụ thuộc địa giới hành chính, Sở Nông nghiệp và Môi trường có 276 thủ tục, Sở Xây dựng 186 thủ tục, Sở Văn hóa, Thể thao và Du lịch 173 thủ tục và Sở Tư pháp 168 thủ tục.",
    [F(276, "TTHC", "TTHC không phụ thuộc địa giới - Sở Nông nghiệp và Môi trường", "so_nganh", False, ""),
     F(186, "TTHC", "TTHC không phụ thuộc địa giới - Sở Xây dựng", "so_nganh", False, ""),
     F(173, "TTHC", "TTHC không phụ thuộc địa giới - Sở Văn hóa, Thể thao và Du lịch", "so_nganh", False, ""),
     F(168, "TTHC", "TTHC không phụ thuộc địa giới - Sở Tư pháp", "so_nganh", False, "")])
add("report", "so_nganh",
    "Các đơn vị còn lại gồm: Sở Tài chính 162 TTHC, Sở Công Thương 158 TTHC, Sở Giáo dục và Đào tạo 149 TTHC, Sở Y tế 148 TTHC, Sở Nội vụ 118 TTHC, Sở Khoa học và Công nghệ 69 TTHC, Sở Dân tộc và Tôn giáo 60 TTHC.",
    [F(162, "TTHC", "TTHC không phụ thuộc địa giới - Sở Tài chính", "so_nganh", False, ""),
     F(158, "TTHC", "TTHC không phụ thuộc địa giới - Sở Công Thương", "so_nganh", False, ""),
     F(149, "TTHC", "TTHC không phụ thuộc địa giới - Sở Giáo dục và Đào tạo", "so_nganh", False, ""),
     F(148, "TTHC", "TTHC không phụ thuộc địa giới - Sở Y tế", "so_nganh", False, ""),
     F(118, "TTHC", "TTHC không phụ thuộc địa giới - Sở Nội vụ", "so_nganh", False, ""),
     F(69, "TTHC", "TTHC không phụ thuộc địa giới - Sở Khoa học và Công nghệ", "so_nganh", False, ""),
     F(60, "TTHC", "TTHC không phụ thuộc địa giới - Sở Dân tộc và Tôn giáo", "so_nganh", False, "")])
add("report", "so_nganh",
    "Ban Quản lý các khu công nghiệp Thái Nguyên có 28 TTHC, Văn phòng UBND tỉnh 5 TTHC và Công an tỉnh 3 TTHC thuộc danh mục thực hiện không phụ thuộc địa giới hành chính.",
    [F(28, "TTHC", "TTHC không phụ thuộc địa giới - Ban Quản lý các khu công nghiệp", "so_nganh", False, ""),
     F(5, "TTHC", "TTHC không phụ thuộc địa giới - Văn phòng UBND tỉnh", "so_nganh", False, ""),
     F(3, "TTHC", "TTHC không phụ thuộc địa giới - Công an tỉnh", "so_nganh", False, "")])

# ---------------- Thái Nguyên 83,83 điểm (thongtin.vietnam.vn) ----------------
add("news", "tinh",
    "Ngày 11/8/2025, Thái Nguyên vươn lên vị trí số 1 với tổng điểm 83,83 điểm; trong đó chỉ số công khai, minh bạch đạt 15,67 điểm, tiến độ giải quyết 19,45 điểm và dịch vụ trực tuyến 13,98 điểm.",
    [F(83.83, "điểm", "tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "tinh", False, ""),
     F(15.67, "điểm", "chỉ số công khai, minh bạch", "tinh", False, ""),
     F(19.45, "điểm", "chỉ số tiến độ giải quyết", "tinh", False, ""),
     F(13.98, "điểm", "chỉ số dịch vụ trực tuyến", "tinh", False, "")])
add("news", "tinh",
    "Hai nhóm tiêu chí còn lại của tỉnh gồm mức độ hài lòng đạt 17,86 điểm và số hóa hồ sơ đạt 16,87 điểm.",
    [F(17.86, "điểm", "chỉ số mức độ hài lòng", "tinh", False, ""),
     F(16.87, "điểm", "chỉ số số hóa hồ sơ", "tinh", False, "")])

# ---------------- Thái Nguyên 2 tháng 2 cấp (vietnam.vn, Đại biểu Nhân dân) ----------------
add("news", "tinh",
    "Trong tháng đầu vận hành mô hình chính quyền hai cấp, toàn tỉnh Thái Nguyên tiếp nhận hơn 82.700 hồ sơ TTHC, trong đó hơn 61.200 hồ sơ được giải quyết trước và đúng hạn, đạt tỷ lệ 98,84%.",
    [F(82700, "hồ sơ", "tiếp nhận", "tinh", True, ""),
     F(61200, "hồ sơ", "giải quyết trước và đúng hạn", "tinh", True, ""),
     F(98.84, "%", "tỷ lệ giải quyết trước và đúng hạn", "tinh", False, "")])
add("news", "xa",
    "Tại phường Bách Quang, từ ngày 1/7 đến 12/8, bộ phận một cửa tiếp nhận 1.888 hồ sơ, đã giải quyết đúng và trước hạn 1.308 hồ sơ, còn 580 hồ sơ đang trong hạn.",
    [F(1888, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(1308, "hồ sơ", "giải quyết đúng và trước hạn", "xa", False, "BM3-3.3.2"),
     F(580, "hồ sơ", "đang giải quyết trong hạn", "xa", False, "")])
add("news", "xa",
    "Ở xã vùng sâu Phong Quang, cùng thời gian trên đã tiếp nhận 211 hồ sơ, giải quyết đúng và trước hạn 203 hồ sơ, 8 hồ sơ còn trong hạn và không có hồ sơ quá hạn.",
    [F(211, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(203, "hồ sơ", "giải quyết đúng và trước hạn", "xa", False, "BM3-3.3.2"),
     F(8, "hồ sơ", "đang giải quyết trong hạn", "xa", False, "")])

# ---------------- Trung Hà (vietnam.vn) ----------------
add("news", "xa",
    "Từ ngày 1/7 đến ngày 27/8/2025, Trung tâm Phục vụ hành chính công xã Trung Hà tiếp nhận 315 hồ sơ, gồm 24 hồ sơ trực tiếp và 291 hồ sơ trực tuyến; tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.",
    [F(315, "hồ sơ", "tiếp nhận", "xa", False, "BM7-6.4.1"),
     F(24, "hồ sơ", "tiếp nhận trực tiếp", "xa", False, ""),
     F(291, "hồ sơ", "tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
     F(100, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])

# ---------------- Quảng Ninh (vietnam.vn dap-ung-yeu-cau-moi, 2025) ----------------
add("report", "tinh",
    "Tỉnh Quảng Ninh đã hoàn thành công bố, niêm yết 1.397 TTHC, gồm 1.118 TTHC cấp tỉnh và 279 TTHC cấp xã, được cập nhật đầy đủ trên Cổng Dịch vụ công quốc gia.",
    [F(1397, "TTHC", "tổng số TTHC công bố", "tinh", False, "BM3-1.4"),
     F(1118, "TTHC", "số TTHC cấp tỉnh", "so_nganh", False, "BM3-1.4.1"),
     F(279, "TTHC", "số TTHC cấp xã", "xa", False, "BM3-1.4.3")])
add("report", "tinh",
    "100% phí, lệ phí giải quyết TTHC tại Trung tâm Phục vụ hành chính công cấp tỉnh và cấp xã đã được thu không dùng tiền mặt; các doanh nghiệp viễn thông đã cấp miễn phí gần 55.000 chữ ký số cá nhân cho người dân, đơn vị.",
    [F(100, "%", "tỷ lệ phí, lệ phí thu không dùng tiền mặt", "tinh", False, ""),
     F(55000, "chữ ký số", "chữ ký số cá nhân cấp miễn phí", "tinh", True, "")])
add("report", "tinh",
    "Nhiều thủ tục quan trọng được thực hiện hoàn toàn trực tuyến, giúp rút ngắn 30 - 50% thời gian giải quyết; tỉnh cũng đã hoàn thành kết nối 32 cơ sở dữ liệu chuyên ngành với hệ thống dữ liệu quốc gia.",
    [F(32, "cơ sở dữ liệu", "cơ sở dữ liệu chuyên ngành đã kết nối", "tinh", False, "")])

# ---------------- Quảng Ninh (vietnam.vn dam-bao-thuc-chat) ----------------
add("report", "tinh",
    "Quảng Ninh hiện có 2.253 TTHC áp dụng tại hai cấp chính quyền, trong đó 1.921 TTHC cấp tỉnh, 332 TTHC cấp xã và 51 thủ tục liên thông giữa hai cấp.",
    [F(2253, "TTHC", "tổng số TTHC", "tinh", False, "BM3-1.4"),
     F(1921, "TTHC", "số TTHC cấp tỉnh", "so_nganh", False, "BM3-1.4.1"),
     F(332, "TTHC", "số TTHC cấp xã", "xa", False, "BM3-1.4.3"),
     F(51, "TTHC", "TTHC liên thông giữa hai cấp", "tinh", False, "BM3-2.2")])
add("report", "tinh",
    "Có 1.629 TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình và 581 TTHC cung cấp dịch vụ công trực tuyến một phần.",
    [F(1629, "TTHC", "TTHC cung cấp trực tuyến toàn trình", "tinh", False, ""),
     F(581, "TTHC", "TTHC cung cấp trực tuyến một phần", "tinh", False, "")])
add("report", "tinh",
    "Qua rà soát 2.253 TTHC, tỉnh xác định 1.256 thủ tục đủ điều kiện và đã cắt giảm được 31% thời gian giải quyết; trong 1.243 TTHC liên quan đến hoạt động sản xuất, kinh doanh, gần 700 thủ tục được cắt giảm thời gian, tương ứng giảm 38% so với quy định.",
    [F(2253, "TTHC", "TTHC được rà soát", "tinh", False, ""),
     F(1256, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "tinh", False, ""),
     F(31, "%", "tỷ lệ cắt giảm thời gian giải quyết", "tinh", False, ""),
     F(1243, "TTHC", "TTHC liên quan sản xuất, kinh doanh", "tinh", False, ""),
     F(700, "TTHC", "TTHC sản xuất, kinh doanh được cắt giảm thời gian", "tinh", True, ""),
     F(38, "%", "tỷ lệ cắt giảm thời gian TTHC sản xuất, kinh doanh", "tinh", False, "")])

# ---------------- Quảng Ninh 5 tháng 2025 (thongtin.vietnam.vn tang-cuong-don-gian-hoa) ----------------
add("report", "tinh",
    "Tính đến ngày 28/5/2025, trong tổng số 1.786 TTHC áp dụng trên địa bàn, đã cắt giảm thời gian giải quyết đối với 1.007 thủ tục, đạt 56,4%.",
    [F(1786, "TTHC", "tổng số TTHC áp dụng", "tinh", False, "BM3-1.4"),
     F(1007, "TTHC", "TTHC được cắt giảm thời gian", "tinh", False, ""),
     F(56.4, "%", "tỷ lệ TTHC được cắt giảm thời gian", "tinh", False, "")])
add("report", "tinh",
    "Với 1.007 thủ tục nói trên, tổng thời gian giải quyết theo quy định của bộ, ngành là 17.584 ngày, nay chỉ còn 11.555 ngày, tiết kiệm 6.030 ngày, tương đương cắt giảm 34%, vượt mục tiêu 30% tỉnh đề ra.",
    [F(34, "%", "tỷ lệ cắt giảm thời gian giải quyết", "tinh", False, "")])
add("report", "tinh",
    "UBND tỉnh đã ủy quyền cho các sở, ngành giải quyết 48/238 TTHC thuộc thẩm quyền; các sở, ngành tiếp tục ủy quyền 255 TTHC cho lãnh đạo phòng thẩm định, phê duyệt ngay tại Trung tâm Phục vụ hành chính công.",
    [F(48, "TTHC", "TTHC được UBND tỉnh ủy quyền cho sở, ngành", "tinh", False, ""),
     F(238, "TTHC", "TTHC thuộc thẩm quyền UBND tỉnh", "tinh", False, ""),
     F(255, "TTHC", "TTHC được ủy quyền cho lãnh đạo phòng", "so_nganh", False, "")])
add("report", "tinh",
    "5 tháng đầu năm 2025, toàn tỉnh tiếp nhận, giải quyết 447.203 hồ sơ; tỷ lệ hồ sơ thực hiện qua dịch vụ công trực tuyến đạt 92,8%; 100% phí, lệ phí được thanh toán điện tử và mức độ hài lòng qua khảo sát đạt 100%.",
    [F(447203, "hồ sơ", "tiếp nhận, giải quyết", "tinh", False, ""),
     F(92.8, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, "BM7-6.4"),
     F(100, "%", "tỷ lệ phí, lệ phí thanh toán điện tử", "tinh", False, ""),
     F(100, "%", "mức độ hài lòng", "tinh", False, "")])
add("report", "tinh",
    "Đến hết tháng 6/2025, tỉnh đã cập nhật 967 TTHC lên Hệ thống thông tin giải quyết TTHC; tỷ lệ hồ sơ giải quyết trước hạn trên Hệ thống một cửa điện tử đạt 73,9%, tỷ lệ khai thác, tái sử dụng dữ liệu số hóa trên Cổng Dịch vụ công quốc gia đạt 85,76%.",
    [F(967, "TTHC", "TTHC cập nhật lên Hệ thống thông tin giải quyết TTHC", "tinh", False, ""),
     F(73.9, "%", "tỷ lệ hồ sơ giải quyết trước hạn", "tinh", False, ""),
     F(85.76, "%", "tỷ lệ khai thác, tái sử dụng dữ liệu số hóa", "tinh", False, "")])

# ---------------- Quảng Ninh 2022 (en.vietnamplus.vn 233404) ----------------
add("news", "tinh",
    "Đến nay, Quảng Ninh đã cung cấp 1.712 dịch vụ công trực tuyến mức độ 4 trên tổng số 1.832 TTHC; tỷ lệ hồ sơ được tiếp nhận và xử lý trực tuyến qua Cổng dịch vụ công đạt 62%.",
    [F(1712, "TTHC", "dịch vụ công trực tuyến mức độ 4", "tinh", False, "BM7-6.2.2"),
     F(1832, "TTHC", "tổng số TTHC", "tinh", False, "BM3-1.4"),
     F(62, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, "BM7-6.4")])
add("news", "tinh",
    "Có 1.180 dịch vụ công trực tuyến mức độ 3, 4 của tỉnh đã được đồng bộ trên Cổng Dịch vụ công quốc gia; hơn 9.300 doanh nghiệp đã đăng ký sử dụng hóa đơn điện tử.",
    [F(1180, "TTHC", "DVC mức độ 3, 4 đồng bộ trên Cổng Dịch vụ công quốc gia", "tinh", False, "BM7-6.3.2"),
     F(9300, "doanh nghiệp", "doanh nghiệp sử dụng hóa đơn điện tử", "tinh", True, "")])
add("news", "tinh",
    "Từ ngày 01/6, nền tảng số hóa và bóc tách dữ liệu được thí điểm tại Trung tâm Phục vụ hành chính công tỉnh và các ngành tư pháp, lao động, giáo dục, y tế, thông tin và truyền thông.",
    [])

# ---------------- Quảng Ninh (en.vietnamplus.vn 291504) ----------------
add("news", "tinh",
    "Theo Giám đốc Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh, tỉnh đang quản lý 1.759 TTHC, trong đó 1.314 thủ tục được giải quyết thông qua Trung tâm.",
    [F(1759, "TTHC", "tổng số TTHC", "tinh", False, "BM3-1.4"),
     F(1314, "TTHC", "TTHC giải quyết qua Trung tâm", "trung_tam", False, "")])

# ---------------- Hạ Long (opengovasia 2022) ----------------
add("news", "huyen",
    "Trung tâm hành chính công thành phố Hạ Long đã hướng dẫn người dân thanh toán trên Cổng Dịch vụ công quốc gia; đến tháng 7, hơn 1.400 lượt công dân đã nộp thuế, phí qua hệ thống, chiếm 84% tổng số giao dịch.",
    [F(1400, "lượt", "công dân thanh toán trực tuyến", "huyen", True, ""),
     F(84, "%", "tỷ lệ giao dịch thanh toán trực tuyến", "huyen", False, "")])
add("news", "huyen",
    "Theo kế hoạch phát triển thanh toán không dùng tiền mặt giai đoạn 2022 - 2025, Hạ Long phấn đấu 90% người dân từ 15 tuổi trở lên có tài khoản giao dịch và giá trị giao dịch không dùng tiền mặt tăng bình quân 20 - 25% mỗi năm.",
    [])

# ---------------- Bắc Ninh (vietnam.vn bac-ninh-cat-giam-thu-tuc; vietnamnews 1732000) ----------------
add("news", "xa",
    "Mỗi xã, phường mới của Bắc Ninh được hình thành từ 2 - 7 xã, phường, thị trấn cũ nhưng chỉ có 1 - 2 điểm tiếp nhận; tại xã Yên Định, thủ tục mà quy định cho 5 ngày làm việc nay chỉ mất gần 2 giờ.",
    [])
add("news", "xa",
    "Trung tâm Phục vụ hành chính công xã Đồng Việt (Bắc Ninh) mỗi ngày đón khoảng 80 lượt người dân đến làm thủ tục, trong đó khoảng 60 người nộp hồ sơ đầy đủ, hợp lệ.",
    [F(80, "lượt", "lượt người đến làm thủ tục mỗi ngày", "xa", True, ""),
     F(60, "hồ sơ", "hồ sơ hợp lệ mỗi ngày", "xa", True, "")])

# ---------------- Tà Hine, Lâm Đồng (vietnam.vn) ----------------
add("news", "xa",
    "Xã Tà Hine được hợp nhất từ 3 xã Ninh Loan, Đà Loan và Tà Hine; người dân ở các thôn cách trung tâm xã khoảng 10 km nay nhận kết quả cấp giấy chứng nhận trong chưa đầy 2 tuần.",
    [])

# ---------------- Hà Nội cấp xã 1/7-23/9/2025 (news.laodong.vn 1585235) ----------------
add("report", "tinh",
    "Từ ngày 01/7/2025 đến ngày 23/9/2025, cấp xã trên địa bàn thành phố Hà Nội tiếp nhận 531.269 hồ sơ TTHC; trong đó 212.790 hồ sơ tiếp nhận trực tiếp (40,05%), 317.199 hồ sơ trực tuyến (59,71%) và 1.278 hồ sơ qua bưu chính công ích (0,24%).",
    [F(531269, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(212790, "hồ sơ", "tiếp nhận trực tiếp", "xa", False, ""),
     F(40.05, "%", "tỷ lệ tiếp nhận trực tiếp", "xa", False, ""),
     F(317199, "hồ sơ", "tiếp nhận trực tuyến", "xa", False, ""),
     F(59.71, "%", "tỷ lệ tiếp nhận trực tuyến", "xa", False, ""),
     F(1278, "hồ sơ", "tiếp nhận qua bưu chính công ích", "xa", False, ""),
     F(0.24, "%", "tỷ lệ tiếp nhận qua bưu chính công ích", "xa", False, "")])
add("report", "tinh",
    "Tổng số hồ sơ cấp xã đã giải quyết là 510.541 hồ sơ (96,1%), trong đó 509.772 hồ sơ đúng hạn và trước hạn (99,85%), 763 hồ sơ quá hạn (0,15%); đang giải quyết 20.734 hồ sơ (3,90%).",
    [F(510541, "hồ sơ", "đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(96.1, "%", "tỷ lệ hồ sơ đã giải quyết", "xa", False, ""),
     F(509772, "hồ sơ", "giải quyết đúng và trước hạn", "xa", False, "BM3-3.3.2"),
     F(99.85, "%", "tỷ lệ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3"),
     F(763, "hồ sơ", "giải quyết quá hạn", "xa", False, ""),
     F(0.15, "%", "tỷ lệ quá hạn", "xa", False, ""),
     F(20734, "hồ sơ", "đang giải quyết", "xa", False, ""),
     F(3.9, "%", "tỷ lệ hồ sơ đang giải quyết", "xa", False, "")])

# ---------------- Hà Nội chỉ tiêu 60% (news.laodong.vn 1543847) ----------------
add("news", "tinh",
    "Chủ tịch UBND thành phố Hà Nội yêu cầu các xã, phường tổ chức tiếp nhận tối thiểu 60% hồ sơ TTHC trực tuyến, trong đó ít nhất 20% thực hiện toàn trình, hoàn thành trước ngày 30/7/2025.",
    [])
add("news", "tinh",
    "Các địa phương phải bảo đảm 100% kết quả giải quyết TTHC được trả trước hạn hoặc đúng hạn và cấp bản sao điện tử theo Khoản 1 Điều 22 Nghị định số 118/2025/NĐ-CP ngày 09/6/2025.",
    [])

# ---------------- Hà Nội đề án Trung tâm (en.vneconomy.vn) ----------------
add("news", "tinh",
    "Theo đề án, việc thành lập Trung tâm Phục vụ hành chính công Hà Nội sẽ giảm số điểm một cửa từ 673 xuống còn 30 chi nhánh và giảm số công chức làm nhiệm vụ giải quyết TTHC từ 2.768 người xuống 184 người.",
    [])
add("news", "tinh",
    "Mô hình dự kiến bảo đảm người dân tiếp cận dịch vụ công trong bán kính di chuyển 30 phút hoặc không quá 5 km, phục vụ 24/7; HĐND thành phố dự kiến thông qua đề án tại kỳ họp khai mạc ngày 30/9/2024.",
    [])

# ---------------- Hà Nội (sovhtt.hanoi.gov.vn) ----------------
add("news", "tinh",
    "Hà Nội là địa phương đầu tiên hoàn thành thí điểm thành lập Trung tâm Phục vụ hành chính công theo Nghị quyết số 108/NQ-CP ngày 10/7/2024; sau hơn 6 tháng hoạt động, Trung tâm góp phần vào mục tiêu tăng trưởng GRDP trên 8%.",
    [])

# ---------------- Hà Nội phí, lệ phí (m.hanoitimes.vn) ----------------
add("news", "tinh",
    "Theo Cổng Dịch vụ công Hà Nội, các sở, ngành của thành phố đang cung cấp 1.401 dịch vụ công trực tuyến; năm 2022, số thu phí, lệ phí qua dịch vụ công trực tuyến thuộc thẩm quyền HĐND thành phố đạt hơn 36,5 tỷ đồng.",
    [F(1401, "dịch vụ", "dịch vụ công trực tuyến của sở, ngành", "so_nganh", False, ""),
     F(36.5, "tỷ đồng", "thu phí, lệ phí qua dịch vụ công trực tuyến", "tinh", True, "")])
add("news", "tinh",
    "Sở Thông tin và Truyền thông Hà Nội phối hợp với doanh nghiệp đã cấp miễn phí hơn 10.000 chữ ký số cho người dân để thực hiện thủ tục trực tuyến.",
    [F(10000, "chữ ký số", "chữ ký số cấp miễn phí", "tinh", True, "")])

# ---------------- Hà Nội Đống Đa (english.hanoi.gov.vn) ----------------
add("news", "xa",
    "Trong tuần từ ngày 22 đến 29/9/2025, phường Đống Đa đã vươn lên từ ngoài vị trí thứ 100 vào nhóm dẫn đầu trong 126 xã, phường của Thủ đô về Bộ chỉ số phục vụ người dân, doanh nghiệp.",
    [])

# ---------------- Huế tháng 7/2025 (news.laodong.vn 1551405) ----------------
add("news", "tinh",
    "Từ ngày 1 đến 31/7, 40 xã, phường của thành phố Huế đã tiếp nhận và xử lý 44.825 hồ sơ TTHC, tỷ lệ nộp hồ sơ trực tuyến đạt 91,17%.",
    [F(44825, "hồ sơ", "tiếp nhận, xử lý", "xa", False, ""),
     F(91.17, "%", "tỷ lệ nộp hồ sơ trực tuyến", "xa", False, "")])
add("news", "tinh",
    "Phường Phú Xuân dẫn đầu về số hồ sơ tiếp nhận (2.534 hồ sơ) và có tỷ lệ giải quyết cao nhất (95%); xã Phú Vang dẫn đầu về tỷ lệ nộp trực tuyến với 99,81%.",
    [F(2534, "hồ sơ", "tiếp nhận - phường Phú Xuân", "xa", False, ""),
     F(95, "%", "tỷ lệ giải quyết - phường Phú Xuân", "xa", False, ""),
     F(99.81, "%", "tỷ lệ nộp trực tuyến - xã Phú Vang", "xa", False, "")])
add("news", "xa",
    "Phường Thủy Xuân tiếp nhận 1.450 hồ sơ, trong đó 1.150 hồ sơ đã được giải quyết đúng hạn; đây là địa phương đầu tiên cấp mới Giấy chứng nhận quyền sử dụng đất chỉ sau 15 ngày vận hành mô hình hai cấp.",
    [F(1450, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(1150, "hồ sơ", "giải quyết đúng hạn", "xa", False, "BM3-3.3.2")])
add("news", "tinh",
    "Lãnh đạo thành phố đã tổ chức các tổ công tác kiểm tra toàn diện tại 40/40 Trung tâm Phục vụ hành chính công cấp xã; đến ngày 31/7, tỷ lệ xử lý hồ sơ trực tuyến đạt 88,46% và toàn thành phố có 166 điểm Bưu điện - Đại lý dịch vụ công hỗ trợ người dân.",
    [F(40, "đơn vị", "Trung tâm cấp xã được kiểm tra", "xa", False, ""),
     F(40, "đơn vị", "tổng số Trung tâm cấp xã", "xa", False, ""),
     F(88.46, "%", "tỷ lệ xử lý hồ sơ trực tuyến", "tinh", False, ""),
     F(166, "điểm", "điểm hỗ trợ dịch vụ công", "tinh", False, "")])

# ---------------- Huế 0 đồng (thongtin.vietnam.vn quyet-sach-nho) ----------------
add("news", "tinh",
    "Năm 2024, tỷ lệ hồ sơ trực tuyến của thành phố Huế ở cấp tỉnh đạt 87%, tăng 11,8% so với năm 2023; ở cấp xã đạt 64%, tăng gần 25% so với năm trước.",
    [F(87, "%", "tỷ lệ hồ sơ trực tuyến", "so_nganh", False, ""),
     F(64, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "")])
add("news", "tinh",
    "Từ năm 2023, thành phố áp dụng mức thu chỉ bằng 60% đối với thủ tục thực hiện qua dịch vụ công trực tuyến; nay HĐND thành phố quy định mức thu 0 đồng cho 5 loại phí thuộc thẩm quyền.",
    [])

# ---------------- Huế sẵn sàng (vietnam.vn san-sang-truoc-gio-g) ----------------
add("news", "tinh",
    "Hạ tầng công nghệ đã được đầu tư đồng bộ cho các Trung tâm Phục vụ hành chính công của 40 xã, phường và thành phố; phần mềm giải quyết TTHC đã cấu hình hơn 1.000 thủ tục và thành phố đã cấp 2.700 tài khoản cho cán bộ, công chức.",
    [F(1000, "TTHC", "thủ tục được cấu hình trên phần mềm", "tinh", True, ""),
     F(2700, "tài khoản", "tài khoản cấp cho cán bộ, công chức", "tinh", False, "")])

# ---------------- Lai Châu (vietnam.vn lai-chau-danh-gia..., 9/2025) ----------------
add("report", "tinh",
    "Trong quá trình vận hành chính quyền hai cấp, toàn tỉnh Lai Châu có 11 sở, ngành ra quyết định thành lập tổ công tác hỗ trợ cấp xã; 7 sở, ngành và 2 xã, phường đã biệt phái 17 người đến các vị trí còn thiếu, gồm 5 công chức và 12 viên chức.",
    [F(11, "đơn vị", "sở, ngành thành lập tổ công tác hỗ trợ cấp xã", "so_nganh", False, ""),
     F(7, "đơn vị", "sở, ngành biệt phái công chức, viên chức", "so_nganh", False, ""),
     F(2, "đơn vị", "xã, phường biệt phái công chức, viên chức", "xa", False, ""),
     F(17, "người", "công chức, viên chức được biệt phái", "tinh", False, ""),
     F(5, "người", "công chức được biệt phái", "tinh", False, ""),
     F(12, "người", "viên chức được biệt phái", "tinh", False, "")])
add("report", "tinh",
    "Các cơ quan đã điều động, bố trí 29 công chức của Đảng ủy, UBND các xã, phường dôi dư so với định biên; điều động 3 công chức cấp tỉnh về làm việc tại các phòng chuyên môn cấp xã.",
    [F(29, "người", "công chức cấp xã dôi dư được điều động", "xa", False, ""),
     F(3, "người", "công chức cấp tỉnh điều động về cấp xã", "tinh", False, "")])
add("report", "tinh",
    "Hiện Lai Châu có 17.418 cán bộ, công chức, viên chức; UBND tỉnh đã phê duyệt cho 1.003 người nghỉ hưu trước tuổi, thôi việc theo các Nghị định số 177, 178/2024/NĐ-CP và 67/2025/NĐ-CP với tổng kinh phí hơn 897 tỷ đồng.",
    [F(17418, "người", "cán bộ, công chức, viên chức hiện có", "tinh", False, ""),
     F(1003, "người", "người nghỉ hưu trước tuổi, thôi việc được phê duyệt", "tinh", False, ""),
     F(897, "tỷ đồng", "kinh phí chi trả chế độ nghỉ việc", "tinh", True, "")])
add("report", "tinh",
    "Ngoài ra, tỉnh đã phê duyệt 7 trường hợp tinh giản biên chế và 547 người hoạt động không chuyên trách cấp xã nghỉ việc.",
    [F(7, "người", "trường hợp tinh giản biên chế", "tinh", False, ""),
     F(547, "người", "người hoạt động không chuyên trách cấp xã nghỉ việc", "xa", False, "")])
add("report", "tinh",
    "Tính đến ngày 16/9/2025, đã có 29/38 xã, phường và 7/8 cơ quan, đơn vị gửi hồ sơ đề nghị bàn giao tài sản; trong đó 15 xã và 4 đơn vị đã có quyết định giao tài sản để sử dụng.",
    [F(29, "đơn vị", "xã, phường gửi hồ sơ bàn giao tài sản", "xa", False, ""),
     F(38, "đơn vị", "tổng số xã, phường", "xa", False, ""),
     F(7, "đơn vị", "cơ quan gửi hồ sơ bàn giao tài sản", "tinh", False, ""),
     F(8, "đơn vị", "tổng số cơ quan, đơn vị", "tinh", False, ""),
     F(15, "đơn vị", "xã có quyết định giao tài sản", "xa", False, ""),
     F(4, "đơn vị", "đơn vị có quyết định giao tài sản", "tinh", False, "")])
add("report", "tinh",
    "Theo phương án điều chỉnh, 103 trạm y tế xã và 4 phòng khám đa khoa khu vực của Lai Châu sẽ được sắp xếp thành 38 trạm y tế thuộc Trung tâm y tế; 8 Trung tâm Văn hóa, Thể thao và Truyền thông cấp huyện sẽ chuyển về UBND cấp xã.",
    [])

# ---------------- Rạch Giá, An Giang (vietnam.vn nguoi-dan-hai-long...) ----------------
add("news", "xa",
    "Sau sắp xếp, phường Rạch Giá (tỉnh An Giang) có 250.661 người, đông dân nhất cả nước; sáng ngày 01/7, Trung tâm Phục vụ hành chính công phường chính thức đi vào hoạt động.",
    [])
add("news", "xa",
    "Trung tâm Phục vụ hành chính công phường Rạch Giá hiện có 21 công chức và bố trí 13 quầy tiếp nhận hồ sơ, trong đó công chức của Trung tâm phụ trách 11 quầy, 2 quầy do Chi nhánh Văn phòng đăng ký đất đai đảm nhận.",
    [F(21, "người", "công chức của Trung tâm", "xa", False, ""),
     F(13, "quầy", "quầy tiếp nhận hồ sơ", "xa", False, ""),
     F(11, "quầy", "quầy do công chức Trung tâm phụ trách", "xa", False, ""),
     F(2, "quầy", "quầy do Chi nhánh Văn phòng đăng ký đất đai phụ trách", "xa", False, "")])

# ---------------- Kiên Giang đầu tư công 2024 (news.laodong.vn 1479623) ----------------
add("report", "tinh",
    "Năm 2024, tỉnh Kiên Giang có 5 đơn vị cấp tỉnh và 4 đơn vị cấp huyện giải ngân trên 95% kế hoạch; 12 đơn vị cấp tỉnh và 9 đơn vị cấp huyện có tỷ lệ giải ngân cao hơn mức bình quân chung của tỉnh là 75,22%.",
    [F(5, "đơn vị", "đơn vị cấp tỉnh giải ngân trên 95%", "so_nganh", False, ""),
     F(4, "đơn vị", "đơn vị cấp huyện giải ngân trên 95%", "huyen", False, ""),
     F(12, "đơn vị", "đơn vị cấp tỉnh giải ngân cao hơn bình quân", "so_nganh", False, ""),
     F(9, "đơn vị", "đơn vị cấp huyện giải ngân cao hơn bình quân", "huyen", False, ""),
     F(75.22, "%", "tỷ lệ giải ngân vốn đầu tư công", "tinh", False, "BM6-1")])
add("report", "tinh",
    "Năm 2025, HĐND tỉnh giao tổng kế hoạch vốn đầu tư công 11.063 tỷ đồng, cao hơn 2.446 tỷ đồng so với kế hoạch Thủ tướng Chính phủ giao; tại hội nghị ngày 19/3, tỉnh yêu cầu các địa phương phấn đấu hoàn thành các chỉ tiêu được giao.",
    [])

# ---------------- Điện Biên (en.baodienbienphu.com.vn commune-level-reorganization) ----------------
add("news", "xa",
    "UBND xã Mường Phăng (thành phố Điện Biên Phủ) hiện có 20 cán bộ, công chức, phần lớn còn trẻ; xã Phìn Hồ (huyện Nậm Pồ) có 23 cán bộ, công chức.",
    [F(20, "người", "cán bộ, công chức - xã Mường Phăng", "xa", False, ""),
     F(23, "người", "cán bộ, công chức - xã Phìn Hồ", "xa", False, "")])

# ---------------- Hòa Bình 9 tháng 2022 (en.baohoabinh.com.vn 8966) ----------------
add("report", "tinh",
    "9 tháng năm 2022, tỉnh Hòa Bình tiếp nhận 293.161 hồ sơ TTHC; tỷ lệ giải quyết đúng hạn của các cơ quan chuyên môn cấp tỉnh đạt 99,63%, cấp huyện đạt 99,84% và cấp xã đạt 99,9%.",
    [F(293161, "hồ sơ", "tiếp nhận", "tinh", False, ""),
     F(99.63, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
     F(99.84, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2"),
     F(99.9, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])
add("report", "tinh",
    "Tỉnh tiếp tục duy trì hoạt động của Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa tại 10 huyện, thành phố cùng 151 xã, phường, thị trấn; đồng thời tổ chức kiểm tra theo kế hoạch và đột xuất việc thực hiện nhiệm vụ cải cách hành chính năm 2023.",
    [])
add("news", "huyen",
    "Theo Trưởng phòng Nội vụ huyện Tân Lạc, đến nay cả 16 xã, thị trấn trên địa bàn huyện đều đã xây dựng bộ phận một cửa.",
    [F(16, "đơn vị", "xã, thị trấn đã xây dựng bộ phận một cửa", "xa", False, "")])

# ---------------- Bình Dương 4/2025 (baobinhduong.vn a344645) ----------------
add("news", "tinh",
    "Ứng dụng Bình Dương Số đã đạt hơn 102.000 lượt cài đặt với tổng cộng hơn 2 triệu lượt truy cập, sử dụng; ứng dụng Chính quyền số ghi nhận 3.808 lượt cài đặt.",
    [F(102000, "lượt", "lượt cài đặt ứng dụng Bình Dương Số", "tinh", True, ""),
     F(2000000, "lượt", "lượt truy cập, sử dụng", "tinh", True, ""),
     F(3808, "lượt", "lượt cài đặt ứng dụng Chính quyền số", "tinh", False, "")])
add("news", "tinh",
    "Hệ thống IOC tỉnh đã tích hợp cơ sở dữ liệu của các sở, ngành vào kho dữ liệu tập trung, kết nối với 4/6 cơ quan ngành dọc và 2 API liên thông với Trung tâm Thông tin, Chỉ đạo điều hành của Chính phủ, Thủ tướng Chính phủ.",
    [F(4, "đơn vị", "cơ quan ngành dọc đã kết nối IOC", "tinh", False, ""),
     F(6, "đơn vị", "tổng số cơ quan ngành dọc", "tinh", False, ""),
     F(2, "API", "API kết nối với Trung tâm Thông tin, Chỉ đạo điều hành", "tinh", False, "")])

# ---------------- Bình Dương 2022 (baobinhduong.vn a279783) ----------------
add("news", "tinh",
    "Cổng Dịch vụ công tỉnh Bình Dương đang cung cấp 1.159 dịch vụ công trực tuyến mức độ 3, 4, trong đó có 1.015 dịch vụ mức độ 4; từ đầu năm đã có gần 30.000 tài khoản của người dân, doanh nghiệp được tạo lập.",
    [F(1159, "TTHC", "dịch vụ công trực tuyến mức độ 3, 4", "tinh", False, "BM7-6.3.1"),
     F(1015, "TTHC", "dịch vụ công trực tuyến mức độ 4", "tinh", False, "BM7-6.2.2"),
     F(30000, "tài khoản", "tài khoản người dân, doanh nghiệp", "tinh", True, "")])
add("news", "tinh",
    "Trong những tháng đầu năm 2022, trên tổng số 485.067 hồ sơ, có 154.766 hồ sơ mức độ 3, 4 (31,90%) được nộp trực tuyến đến các sở, ngành và UBND các huyện, thị xã, thành phố.",
    [F(485067, "hồ sơ", "tiếp nhận", "tinh", False, ""),
     F(154766, "hồ sơ", "hồ sơ nộp trực tuyến", "tinh", False, ""),
     F(31.9, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh", False, "")])

# ---------------- Bình Dương 11/2024 (baobinhduong.vn a336015) ----------------
add("report", "tinh",
    "UBND tỉnh Bình Dương đã công khai 100% TTHC trên Cơ sở dữ liệu quốc gia với gần 1.900 thủ tục, trong đó gần 1.400 TTHC cấp tỉnh, 235 TTHC cấp huyện và hơn 140 TTHC cấp xã.",
    [F(100, "%", "tỷ lệ TTHC được công khai", "tinh", False, ""),
     F(1900, "TTHC", "tổng số TTHC", "tinh", True, "BM3-1.4"),
     F(1400, "TTHC", "số TTHC cấp tỉnh", "so_nganh", True, "BM3-1.4.1"),
     F(235, "TTHC", "số TTHC cấp huyện", "huyen", False, "BM3-1.4.2"),
     F(140, "TTHC", "số TTHC cấp xã", "xa", True, "BM3-1.4.3")])
add("report", "tinh",
    "10 tháng năm 2024, Hệ thống thông tin giải quyết TTHC của tỉnh đã xử lý hơn 550 nghìn hồ sơ và đồng bộ gần 750 nghìn hồ sơ của các ngành lên Cổng Dịch vụ công quốc gia.",
    [F(550000, "hồ sơ", "hồ sơ đã xử lý", "tinh", True, ""),
     F(750000, "hồ sơ", "hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "tinh", True, "")])

# ---------------- Toàn quốc 2023 (eng.binhduong.gov.vn ID=5407) ----------------
add("news", "tinh",
    "Tại hội nghị trực tuyến của Chính phủ, tỷ lệ số hóa hồ sơ giấy thành hồ sơ điện tử tại các bộ, ngành đạt 81,39% (cùng kỳ năm 2022 đạt 50,69%), tại các địa phương đạt 70,24% (cùng kỳ đạt 38,84%).",
    [F(81.39, "%", "tỷ lệ số hóa hồ sơ tại bộ, ngành", "", False, ""),
     F(70.24, "%", "tỷ lệ số hóa hồ sơ tại địa phương", "", False, "")])
add("news", "tinh",
    "Thực hiện Đề án 06, 15 bộ, ngành và 63 địa phương đã hoàn thành kết nối hệ thống giải quyết TTHC với Cơ sở dữ liệu quốc gia về dân cư, với tổng cộng 1,2 tỷ lượt tra cứu; 24 địa phương đã hoàn thành cấp tài khoản định danh điện tử.",
    [F(15, "đơn vị", "bộ, ngành đã kết nối CSDL dân cư", "", False, ""),
     F(63, "đơn vị", "địa phương đã kết nối CSDL dân cư", "", False, ""),
     F(1200000000, "lượt", "lượt tra cứu CSDL dân cư", "", False, ""),
     F(24, "đơn vị", "địa phương hoàn thành cấp tài khoản định danh điện tử", "", False, "")])
add("news", "tinh",
    "Đã có 91,2 triệu thông tin nhân khẩu được làm sạch giữa Cơ sở dữ liệu bảo hiểm xã hội và Cơ sở dữ liệu dân cư; 64,3 triệu hồ sơ cấp định danh điện tử được tiếp nhận và hơn 42 triệu tài khoản đã được kích hoạt.",
    [F(91200000, "thông tin", "thông tin nhân khẩu được làm sạch", "", False, ""),
     F(64300000, "hồ sơ", "hồ sơ cấp định danh điện tử", "", False, ""),
     F(42000000, "tài khoản", "tài khoản định danh điện tử được kích hoạt", "", True, "")])

# ---------------- Khánh Hòa 9/2023 (news.baokhanhhoa.vn 202310) ----------------
add("news", "so_nganh",
    "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa được thành lập theo quyết định ngày 30/12/2022 và chính thức khai trương ngày 30/9/2023 tại số 26 Hoàng Hoa Thám, thành phố Nha Trang.",
    [])
add("news", "so_nganh",
    "Phòng Hướng dẫn và tiếp nhận của Trung tâm có 24 quầy giải quyết TTHC; Trung tâm có 30 công chức được cử đến từ 21 cơ quan, địa phương.",
    [F(24, "quầy", "quầy giải quyết TTHC", "trung_tam", False, ""),
     F(30, "người", "công chức làm việc tại Trung tâm", "trung_tam", False, ""),
     F(21, "đơn vị", "cơ quan, địa phương cử công chức", "trung_tam", False, "")])

# ---------------- Kon Tum / Quảng Ngãi (news.laodong.vn 1512983) ----------------
add("news", "tinh",
    "Sau khi hợp nhất Quảng Ngãi và Kon Tum, tỉnh Quảng Ngãi (mới) có diện tích 14.832,548 km2, dân số 2.161.755 người với 96 đơn vị hành chính cấp xã.",
    [])
add("news", "tinh",
    "Ngày 26/5, UBND tỉnh Kon Tum yêu cầu các huyện, thành phố tính toán số hồ sơ TTHC dự kiến phát sinh dựa trên số liệu năm 2024 của các đơn vị sáp nhập để bố trí bộ phận một cửa cấp xã mới.",
    [])

# ---------------- Lào Cai trụ sở (news.laodong.vn 1604213; 1524802) ----------------
add("news", "tinh",
    "Theo phương án 1, tỉnh Lào Cai đề xuất bố trí 1.706 cán bộ, công chức, viên chức, người lao động làm việc tại cơ sở 2, trong đó 1.067 người làm việc tại 6 trụ sở khối và 639 người tại 10 trụ sở riêng lẻ.",
    [])
add("news", "tinh",
    "Trước khi hợp nhất Lào Cai và Yên Bái, tổng số trụ sở làm việc của các cơ quan cấp tỉnh thuộc diện sắp xếp là 27, gồm 10 trụ sở khối và 17 trụ sở riêng lẻ.",
    [])
add("news", "tinh",
    "Tỉnh Lào Cai mới có 99 đơn vị hành chính cấp xã, phường; dự kiến khoảng 800 cán bộ, người lao động sẽ chuyển về trung tâm hành chính mới đặt tại Yên Bái.",
    [])

# ---------------- Yên Bái thanh tra (news.laodong.vn 1529826) ----------------
add("news", "tinh",
    "Từ ngày 01/7/2025, toàn bộ tổ chức thanh tra thuộc các sở và cấp huyện của tỉnh Yên Bái kết thúc hoạt động, chuyển giao biên chế, tài sản, hồ sơ và nhiệm vụ về Thanh tra tỉnh.",
    [])

# ---------------- Đồng Tháp kế hoạch (news.laodong.vn 1542009) ----------------
add("news", "tinh",
    "Theo kế hoạch do Chủ tịch UBND tỉnh Đồng Tháp ký ngày 17/7, năm 2025 phấn đấu 100% TTHC thuộc thẩm quyền của chính quyền địa phương được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh, với 05 nhóm nhiệm vụ, giải pháp.",
    [])

# ---------------- Hội An khảo sát (vietnam.vn hoi-an-khao-sat...) ----------------
add("news", "huyen",
    "Thành phố Hội An dự kiến phát 1.730 phiếu khảo sát sự hài lòng, mỗi xã, phường chọn 90 phiếu, đối với người dân đã nhận kết quả TTHC từ ngày 01/01 đến ngày 30/9/2024.",
    [])

# ---------------- Sơn Động, Bắc Giang (en.baobacgiang.com.vn 401550) ----------------
add("news", "xa",
    "Từ tháng 5/2022, xã Vĩnh An (huyện Sơn Động) triển khai mô hình \"Thứ Sáu không hẹn\"; số người dân đến làm thủ tục vào ngày thứ Sáu tăng 20 - 30% so với các ngày khác và nhiều thủ tục chỉ mất khoảng 10 phút.",
    [])

# ---------------- Hà Giang 2/2025 (en.baohagiang.vn 202502) ----------------
add("report", "tinh",
    "Hiện tỉnh Hà Giang đang áp dụng 1.952 TTHC, trong đó 256 thủ tục đã được đơn giản hóa, cắt giảm 30% thời gian giải quyết; 1.780 thủ tục thực hiện theo cơ chế một cửa và 625 thủ tục theo cơ chế một cửa liên thông.",
    [F(1952, "TTHC", "tổng số TTHC áp dụng", "tinh", False, "BM3-1.4"),
     F(256, "TTHC", "TTHC đã được đơn giản hóa", "tinh", False, ""),
     F(30, "%", "tỷ lệ cắt giảm thời gian giải quyết", "tinh", False, ""),
     F(1780, "TTHC", "TTHC thực hiện theo cơ chế một cửa", "tinh", False, ""),
     F(625, "TTHC", "TTHC thực hiện theo cơ chế một cửa liên thông", "tinh", False, "")])
add("report", "tinh",
    "Có 1.872 dịch vụ công được chuẩn hóa và cung cấp trực tuyến trên Hệ thống giải quyết TTHC của tỉnh và Cổng Dịch vụ công quốc gia, đạt tỷ lệ 95,9%; hơn 400 dịch vụ công không tiếp nhận hồ sơ giấy.",
    [F(1872, "dịch vụ", "dịch vụ công được chuẩn hóa, cung cấp trực tuyến", "tinh", False, ""),
     F(95.9, "%", "tỷ lệ dịch vụ công cung cấp trực tuyến", "tinh", False, ""),
     F(400, "dịch vụ", "dịch vụ công không tiếp nhận hồ sơ giấy", "tinh", True, "")])
add("report", "tinh",
    "Các cơ quan, đơn vị giải quyết TTHC đã thực hiện số hóa hồ sơ đạt tỷ lệ 86,91%, tỷ lệ xử lý hồ sơ trên môi trường điện tử đạt 83,99%.",
    [F(86.91, "%", "tỷ lệ số hóa hồ sơ", "tinh", False, ""),
     F(83.99, "%", "tỷ lệ xử lý hồ sơ điện tử", "tinh", False, "")])

# ---------------- Hà Giang 5/2024 (baohagiang.vn 202405) ----------------
add("news", "tinh",
    "Từ năm 2021 đến hết quý I/2024, chính quyền các cấp tỉnh Hà Giang ban hành gần 300 văn bản quy phạm pháp luật; tổng số hồ sơ TTHC nộp vào ba cấp chính quyền là 1,1 triệu hồ sơ, trong đó 41% là hồ sơ trực tuyến và hơn 99% đã được giải quyết.",
    [F(300, "văn bản", "văn bản quy phạm pháp luật ban hành", "tinh", True, ""),
     F(1100000, "hồ sơ", "hồ sơ TTHC tiếp nhận", "tinh", False, ""),
     F(41, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, ""),
     F(99, "%", "tỷ lệ hồ sơ đã giải quyết", "tinh", True, "")])
add("news", "tinh",
    "90% cơ quan cấp tỉnh đã thực hiện số hóa hồ sơ và sử dụng chữ ký số.",
    [F(90, "%", "tỷ lệ cơ quan cấp tỉnh số hóa hồ sơ, dùng chữ ký số", "so_nganh", False, "")])

# ---------------- Công an tỉnh Hà Giang 9/2024 (baohagiang.vn 202409) ----------------
add("report", "so_nganh",
    "Công an tỉnh Hà Giang đã cắt giảm thời gian giải quyết đối với 71 TTHC thuộc 9 lĩnh vực; trong đó cấp tỉnh 43 thủ tục, cấp huyện 17 thủ tục và cấp xã 11 thủ tục.",
    [F(71, "TTHC", "TTHC được cắt giảm thời gian", "so_nganh", False, ""),
     F(9, "lĩnh vực", "lĩnh vực có TTHC được cắt giảm", "so_nganh", False, ""),
     F(43, "TTHC", "TTHC cấp tỉnh được cắt giảm", "so_nganh", False, ""),
     F(17, "TTHC", "TTHC cấp huyện được cắt giảm", "huyen", False, ""),
     F(11, "TTHC", "TTHC cấp xã được cắt giảm", "xa", False, "")])
add("report", "so_nganh",
    "Theo quyết định cắt giảm, thủ tục có mức giảm thời gian cao nhất là 90%, thấp nhất là 6,6%; thời gian tới, Công an tỉnh tiếp tục rà soát, kiến nghị bãi bỏ các thủ tục chồng chéo.",
    [F(90, "%", "mức cắt giảm thời gian cao nhất", "so_nganh", False, ""),
     F(6.6, "%", "mức cắt giảm thời gian thấp nhất", "so_nganh", False, "")])

# ---------------- Hà Giang 5/2025 (en.baohagiang.vn 202505) ----------------
add("news", "tinh",
    "Giai đoạn 2021 - 2025, tỉnh Hà Giang có 543 TTHC được thực hiện hoàn toàn trên môi trường số, không sử dụng giấy tờ; tỉnh cung cấp 648 dịch vụ công trực tuyến toàn trình và 1.256 dịch vụ công một phần.",
    [F(543, "TTHC", "TTHC thực hiện hoàn toàn trên môi trường số", "tinh", False, ""),
     F(648, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh", False, ""),
     F(1256, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh", False, "")])
add("news", "tinh",
    "Hệ thống thông tin giải quyết TTHC iGate được tỉnh đưa vào vận hành từ tháng 6/2023 và đã kết nối với 24 cơ sở dữ liệu quốc gia, chuyên ngành.",
    [F(24, "cơ sở dữ liệu", "cơ sở dữ liệu đã kết nối", "tinh", False, "")])

# ---------------- Hòa Bình 2021 (en.baohoabinh.com.vn 7158) ----------------
add("news", "so_nganh",
    "Năm 2021, Kho bạc Nhà nước tỉnh Hòa Bình dẫn đầu về cải cách hành chính với 96,7% yêu cầu được xử lý trực tuyến, 100% dịch vụ hành chính được cung cấp trực tuyến mức độ 4 và mức độ hài lòng đạt 99,4%.",
    [F(96.7, "%", "tỷ lệ yêu cầu xử lý trực tuyến", "so_nganh", False, ""),
     F(100, "%", "tỷ lệ dịch vụ trực tuyến mức độ 4", "so_nganh", False, ""),
     F(99.4, "%", "mức độ hài lòng", "so_nganh", False, "")])
add("report", "tinh",
    "Theo báo cáo của Tổ công tác giúp việc Chủ tịch UBND tỉnh, năm 2021 đã ban hành 71 quyết định công bố danh mục TTHC, cắt giảm 306 thủ tục; số TTHC thuộc thẩm quyền giải quyết của chính quyền địa phương hiện là 1.890 thủ tục.",
    [F(71, "quyết định", "quyết định công bố danh mục TTHC", "tinh", False, ""),
     F(306, "TTHC", "TTHC được cắt giảm", "tinh", False, ""),
     F(1890, "TTHC", "tổng số TTHC thuộc thẩm quyền địa phương", "tinh", False, "BM3-1.4")])
add("report", "tinh",
    "Chủ tịch UBND tỉnh đã ban hành 12 quyết định phê duyệt phương án đơn giản hóa 68 TTHC; tính đến ngày 31/12/2021, tỷ lệ giải quyết TTHC đúng hạn của cơ quan cấp tỉnh đạt 99,14%, UBND cấp huyện đạt 98,9% và UBND cấp xã đạt 99,74%.",
    [F(12, "quyết định", "quyết định phê duyệt phương án đơn giản hóa", "tinh", False, ""),
     F(68, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", False, "BM3-1.1"),
     F(99.14, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
     F(98.9, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2"),
     F(99.74, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")])

# ---------------- Hòa Bình quý I/2019 (en.baohoabinh.com.vn 3921) ----------------
add("report", "tinh",
    "Quý I/2019, các cơ quan tham mưu cho Chủ tịch UBND tỉnh Hòa Bình ban hành 22 quyết định công bố danh mục 349 TTHC thuộc thẩm quyền của ba cấp chính quyền; trong đó sửa đổi, bổ sung 78 thủ tục và bãi bỏ 150 thủ tục.",
    [F(22, "quyết định", "quyết định công bố danh mục TTHC", "tinh", False, ""),
     F(349, "TTHC", "TTHC được công bố", "tinh", False, ""),
     F(78, "TTHC", "TTHC sửa đổi, bổ sung", "tinh", False, ""),
     F(150, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3")])
add("report", "tinh",
    "Trong quý I, toàn tỉnh tiếp nhận 108.120 hồ sơ, đã giải quyết 105.163 hồ sơ, trong đó 105.121 hồ sơ đúng hạn; 928 hồ sơ được tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích.",
    [F(108120, "hồ sơ", "tiếp nhận", "tinh", False, ""),
     F(105163, "hồ sơ", "đã giải quyết", "tinh", False, ""),
     F(105121, "hồ sơ", "giải quyết đúng hạn", "tinh", False, ""),
     F(928, "hồ sơ", "hồ sơ qua dịch vụ bưu chính công ích", "tinh", False, "")])

# ---------------- Hòa Bình 2023 (baohoabinh.com.vn 9376) ----------------
add("news", "tinh",
    "Năm 2023, cơ chế một cửa được thực hiện hiệu quả tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa các cấp; tỷ lệ hồ sơ được các cơ quan chuyên môn cấp tỉnh giải quyết đúng hạn đạt 99,7%.",
    [F(99.7, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1")])

# ---------------- Cao Phong 6 tháng 2019 (en.baohoabinh.com.vn 4478) ----------------
add("report", "huyen",
    "6 tháng đầu năm 2019, Bộ phận tiếp nhận và trả kết quả huyện Cao Phong tiếp nhận 1.478 hồ sơ, trong đó 1.430 hồ sơ hợp lệ; gần 87,3% hồ sơ được trả kết quả đúng hạn, 2,38% hồ sơ quá hạn.",
    [F(1478, "hồ sơ", "tiếp nhận", "huyen", False, ""),
     F(1430, "hồ sơ", "hồ sơ hợp lệ", "huyen", False, ""),
     F(87.3, "%", "tỷ lệ trả kết quả đúng hạn", "huyen", True, "BM3-3.2"),
     F(2.38, "%", "tỷ lệ hồ sơ quá hạn", "huyen", False, "")])
add("report", "huyen",
    "Bộ phận tiếp nhận và trả kết quả của huyện được thành lập năm 2017 với tên gọi Trung tâm hành chính công và đổi tên vào năm 2018.",
    [])

# ---------------- Quỳ Hợp, Nghệ An (baonghean.vn/en ...10173167) ----------------
add("news", "tinh",
    "Ngày 23/5, đoàn kiểm tra liên ngành của tỉnh kiểm tra đột xuất tại UBND huyện Quỳ Hợp; đến thời điểm kiểm tra, tổ kiểm tra của huyện đã kiểm tra 6 xã và ban hành thông báo kết luận.",
    [F(6, "đơn vị", "xã được huyện kiểm tra", "huyen", False, "")])
add("news", "tinh",
    "Kiểm tra lúc 7 giờ 15 tại 12 phòng chuyên môn và Văn phòng đăng ký quyền sử dụng đất, đoàn ghi nhận 40 người có mặt, 26 người vắng, trong đó 1 người vắng không rõ lý do.",
    [F(12, "đơn vị", "phòng chuyên môn được kiểm tra", "huyen", False, ""),
     F(40, "người", "công chức có mặt", "huyen", False, ""),
     F(26, "người", "công chức vắng mặt", "huyen", False, ""),
     F(1, "người", "công chức vắng không rõ lý do", "huyen", False, "")])

# ---------------- Hải Phòng, tháng đầu 2 cấp (news.laodong.vn 1554532) ----------------
add("report", "xa",
    "Sau tháng đầu vận hành, Trung tâm Phục vụ hành chính công phường Phù Liễn đón hơn 3.100 lượt công dân, tiếp nhận gần 3.000 hồ sơ TTHC, trong đó gần 700 hồ sơ trực tuyến và hơn 2.300 hồ sơ chứng thực tiếp nhận trực tiếp; đã trả kết quả hơn 2.600 hồ sơ, không có hồ sơ quá hạn.",
    [F(3100, "lượt", "lượt công dân đến giao dịch", "xa", True, ""),
     F(3000, "hồ sơ", "tiếp nhận", "xa", True, "BM7-6.4.1"),
     F(700, "hồ sơ", "tiếp nhận trực tuyến", "xa", True, "BM7-6.4.2"),
     F(2300, "hồ sơ", "tiếp nhận trực tiếp", "xa", True, ""),
     F(2600, "hồ sơ", "đã trả kết quả", "xa", True, "BM3-3.3.1")])
add("report", "xa",
    "Qua hệ thống đánh giá trên phần mềm, phường Phù Liễn ghi nhận 463/467 lượt đánh giá rất hài lòng và 3 lượt hài lòng; toàn bộ hồ sơ trên hệ thống đã được số hóa thành phần và kết quả, lưu trữ điện tử.",
    [F(463, "lượt", "lượt đánh giá rất hài lòng", "xa", False, ""),
     F(467, "lượt", "tổng lượt đánh giá", "xa", False, ""),
     F(3, "lượt", "lượt đánh giá hài lòng", "xa", False, "")])
add("report", "xa",
    "Sau 1 tháng hoạt động, Trung tâm Phục vụ hành chính công phường Kiến An tiếp nhận 3.511 hồ sơ, gồm 2.998 hồ sơ chứng thực tiếp nhận trực tiếp và 513 hồ sơ trực tuyến; đã trả kết quả 3.340 hồ sơ.",
    [F(3511, "hồ sơ", "tiếp nhận", "xa", False, "BM7-6.4.1"),
     F(2998, "hồ sơ", "tiếp nhận trực tiếp", "xa", False, ""),
     F(513, "hồ sơ", "tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
     F(3340, "hồ sơ", "đã trả kết quả", "xa", False, "BM3-3.3.1")])
add("report", "xa",
    "Xã An Lão tiếp nhận 578 hồ sơ trong tháng đầu triển khai, đã giải quyết 470 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 100%.",
    [F(578, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(470, "hồ sơ", "đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(100, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa", False, "BM3-3.3")])
add("report", "xa",
    "Phường Đông Hải sau hơn một tháng hoạt động đã tiếp nhận 3.334 hồ sơ, tỷ lệ giải quyết trong hạn đạt 95,35% và không có hồ sơ quá hạn.",
    [F(3334, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(95.35, "%", "tỷ lệ giải quyết trong hạn", "xa", False, "")])

# ---------------- Toàn quốc 8/2025 (vietnamnet.vn 2435647) ----------------
add("report", "tinh",
    "Theo Bộ Nội vụ, các địa phương đã thành lập 465 cơ quan chuyên môn thuộc UBND 34 tỉnh, thành phố và 9.916 phòng chuyên môn thuộc 3.321 xã, phường, đặc khu.",
    [F(465, "đơn vị", "cơ quan chuyên môn cấp tỉnh được thành lập", "", False, ""),
     F(9916, "đơn vị", "phòng chuyên môn cấp xã được thành lập", "", False, "")])
add("report", "tinh",
    "Hiện 32/34 tỉnh, thành phố đã thành lập 3.139 Trung tâm Phục vụ hành chính công cấp xã; từ ngày 1/7 đến 19/8, cả nước tiếp nhận 4,4 triệu hồ sơ TTHC, trong đó 74,7% nộp trực tuyến.",
    [F(32, "đơn vị", "tỉnh, thành phố đã thành lập Trung tâm cấp xã", "", False, ""),
     F(34, "đơn vị", "tổng số tỉnh, thành phố", "", False, ""),
     F(3139, "đơn vị", "Trung tâm Phục vụ hành chính công cấp xã được thành lập", "", False, ""),
     F(4400000, "hồ sơ", "tiếp nhận", "", False, ""),
     F(74.7, "%", "tỷ lệ hồ sơ nộp trực tuyến", "", False, "")])
add("news", "tinh",
    "Thành phố Hồ Chí Minh có số hồ sơ cao nhất với hơn 645.000 hồ sơ, trong khi Điện Biên thấp nhất với gần 15.000 hồ sơ.",
    [F(645000, "hồ sơ", "tiếp nhận - Thành phố Hồ Chí Minh", "", True, ""),
     F(15000, "hồ sơ", "tiếp nhận - tỉnh Điện Biên", "", True, "")])
add("news", "tinh",
    "Đến ngày 19/8, hơn 94.000 cán bộ, công chức, viên chức đã có quyết định nghỉ việc, nghỉ hưu; trong đó gần 82.000 người đã nghỉ và hơn 50.000 người đã được chi trả chế độ.",
    [F(94000, "người", "người có quyết định nghỉ việc, nghỉ hưu", "", True, ""),
     F(82000, "người", "người đã nghỉ việc", "", True, ""),
     F(50000, "người", "người đã được chi trả chế độ", "", True, "")])
add("news", "tinh",
    "Bộ Tài chính cho biết đến ngày 15/8, cả nước có hơn 16.100 cơ sở nhà, đất dôi dư, trong đó 6.704 cơ sở dôi dư do sắp xếp đơn vị hành chính.",
    [F(16100, "cơ sở", "cơ sở nhà, đất dôi dư", "", True, ""),
     F(6704, "cơ sở", "cơ sở dôi dư do sắp xếp đơn vị hành chính", "", False, "")])

# ---------------- Quảng Ngãi 7/2025 (quangngai.gov.vn provincial-chairman-inspects...) ----------------
add("news", "xa",
    "Từ ngày 1 đến 7/7, Trung tâm Phục vụ hành chính công phường Trương Quang Trọng tiếp nhận 137 hồ sơ, 99,3% trong số đó được nộp trực tuyến; 113 hồ sơ đã được giải quyết và trả kết quả trước hạn.",
    [F(137, "hồ sơ", "tiếp nhận", "xa", False, "BM7-6.4.1"),
     F(99.3, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
     F(113, "hồ sơ", "giải quyết trước hạn", "xa", False, "")])
add("news", "xa",
    "Trung tâm Phục vụ hành chính công xã An Phú tiếp nhận khoảng 350 hồ sơ chỉ trong một tuần.",
    [F(350, "hồ sơ", "tiếp nhận", "xa", True, "")])
add("news", "tinh",
    "Ngày 7/7, Chủ tịch UBND tỉnh Quảng Ngãi cùng lãnh đạo các sở kiểm tra thực tế Trung tâm Phục vụ hành chính công phường Trương Quang Trọng tại số 453 đường Nguyễn Văn Linh.",
    [])

# ---------------- Bình Dương vận hành thử 6/2025 (baobinhduong.vn a349301) ----------------
add("report", "tinh",
    "Trong những ngày vận hành thử, Trung tâm Phục vụ hành chính công của các xã, phường mới tỉnh Bình Dương tiếp nhận tổng cộng 19.075 hồ sơ, đã giải quyết và trả kết quả 13.509 hồ sơ, chiếm 70,8%.",
    [F(19075, "hồ sơ", "tiếp nhận", "xa", False, ""),
     F(13509, "hồ sơ", "đã giải quyết, trả kết quả", "xa", False, ""),
     F(70.8, "%", "tỷ lệ hồ sơ đã giải quyết", "xa", False, "")])
add("news", "xa",
    "Trong thời gian vận hành thử, Trung tâm Phục vụ hành chính công phường Tân Uyên đã xử lý hơn 2.000 hồ sơ, chủ yếu thuộc lĩnh vực đất đai và kinh doanh.",
    [F(2000, "hồ sơ", "hồ sơ đã xử lý", "xa", True, "")])
add("news", "tinh",
    "Sau hơn một tuần vận hành thử tại 36 xã, phường mới, các Trung tâm đã sẵn sàng chính thức hoạt động từ ngày 01/7/2025.",
    [])

# ---------------- Vĩnh Long, phường Phú Khương (news.laodong.vn 1566203) ----------------
add("news", "xa",
    "Trung tâm Phục vụ hành chính công phường Phú Khương (tỉnh Vĩnh Long) chính thức hoạt động từ ngày 01/7/2025; sau gần 2 tháng, đến ngày 27/8, Trung tâm đã tiếp nhận và giải quyết hơn 5.600 hồ sơ.",
    [F(5600, "hồ sơ", "tiếp nhận và giải quyết", "xa", True, "")])

# ---------------- Bưu điện Việt Nam (en.nhandan.vn post150445) ----------------
add("news", "tinh",
    "Thực hiện Công điện số 96/CĐ-TTg ngày 26/6/2025, Tổng công ty Bưu điện Việt Nam bố trí nhân lực hỗ trợ UBND cấp xã tiếp nhận hồ sơ, trả kết quả TTHC bảo đảm thông suốt 24/7.",
    [])
add("news", "tinh",
    "Ngay ngày đầu triển khai, Bưu điện Việt Nam đã bố trí nhân viên hỗ trợ tại Trung tâm Phục vụ hành chính công của hơn 700 xã, tương đương 25% số xã cả nước, với 8.000 cán bộ, nhân viên tham gia.",
    [F(700, "đơn vị", "xã có nhân viên bưu điện hỗ trợ", "", True, ""),
     F(25, "%", "tỷ lệ xã có nhân viên bưu điện hỗ trợ", "", False, ""),
     F(8000, "người", "cán bộ, nhân viên bưu điện tham gia hỗ trợ", "", False, "")])

# ---------------- Nghị định 118 (news.laodong.vn 1524319) ----------------
add("news", "tinh",
    "Tại hội nghị ngày 15/6, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ cho biết Nghị định số 118/2025/NĐ-CP thay thế Nghị định số 61/2018/NĐ-CP; Trung tâm Phục vụ hành chính công cấp xã có 3 nhóm chức năng, nhiệm vụ chính.",
    [])

# Paragraphs worded as report extracts although the page was a news item: mark as report-style.
REPORT_STYLE_PREFIXES = [
    "Từ ngày 1/7 đến nay, toàn tỉnh Tây Ninh",
    "Trong tháng đầu vận hành mô hình chính quyền hai cấp, toàn tỉnh Thái Nguyên",
    "Từ năm 2021 đến hết quý I/2024",
    "90% cơ quan cấp tỉnh",
    "Giai đoạn 2021 - 2025, tỉnh Hà Giang",
    "Hệ thống thông tin giải quyết TTHC iGate",
    "Năm 2023, cơ chế một cửa",
    "Cổng Dịch vụ công tỉnh Bình Dương đang cung cấp",
    "Trong những tháng đầu năm 2022, trên tổng số",
    "Từ ngày 1 đến 31/7, 40 xã, phường",
    "Lãnh đạo thành phố đã tổ chức các tổ công tác",
    "Đến nay, Quảng Ninh đã cung cấp 1.712",
    "Có 1.180 dịch vụ công trực tuyến",
    "Hạ tầng công nghệ đã được đầu tư đồng bộ",
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    seen = set()
    for i, (kind, level, text, facts) in enumerate(C, 1):
        text = unicodedata.normalize("NFC", text)
        assert text not in seen, text
        seen.add(text)
        if kind == "news" and any(text.startswith(p) for p in REPORT_STYLE_PREFIXES):
            kind = "report"
        for f in facts:
            f["measure"] = unicodedata.normalize("NFC", f["measure"])
            f["unit"] = unicodedata.normalize("NFC", f["unit"])
        rows.append({"case_id": "H3-N-%03d" % i, "source_kind": kind, "doc_level": level,
                     "text": text, "facts": json.dumps(facts, ensure_ascii=False)})
    with open(os.path.join(here, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writeheader()
        w.writerows(rows)
    print(len(rows), "cases written")

if __name__ == "__main__":
    main()
