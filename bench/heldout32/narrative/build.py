#!/usr/bin/env python3
"""Holds and validates the H32-A narrative cases; writes cases.csv and sources_by_case.tsv.

Run: python3 build.py   (prints warnings and counts)
"""
import csv, json, glob, io, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = "/work/shared/reference/catalog.csv"
EARLIER = "/work/holdout32/earlier"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}


U_DH = "https://nhandan.vn/ocop/dak-lak-tang-cuong-giai-ngan-von-dau-tu-cong-post918957.html"
U_HY = "https://news.laodong.vn/ldt/tin-tuc/chu-tich-ubnd-hung-yen-giai-ngan-von-dau-tu-cong-la-thuoc-do-nang-luc-cua-ca-nhan-to-chuc-1630553.ldo"
U_CB = "https://news.laodong.vn/xa-hoi/cao-bang-phat-cong-dien-khan-thuc-giai-ngan-von-dau-tu-cong-1626399.ldo"
U_LC = "https://vjs.vietnam.vn/en/quyet-tam-giai-ngan-dat-100-ke-hoach-von-dau-tu-cong-nam-2025"
U_DN = "https://xe.today/2025/11/03/dong-nai-must-disburse-nearly-vnd-9000-billion-in-public-investment-capital-in-the-last-two-months-of-2025"
U_HT = "https://hatinh24h.com.vn/tag/dau-tu-cong"
U_QB = "https://xaydungtoday.vn/type/audio/page/1238"
U_TN22 = "https://thoibaotaichinhvietnam.vn/thai-nguyen-tieu-huy-hang-nghin-do-choi-tiem-an-nguy-co-anh-huong-suc-khoe-tre-em-108332.html"
U_TN23 = "http://baokiemtoan.vn/thai-nguyen-von-dau-tu-cong-ptag.html"
U_HCM = "http://en.vietnamplus.vn/hcm-citys-construction-sector-announces-procedures-to-provide-online-public-services/269111.vnp"
U_LD = "https://plo.vn/21-pho-giam-doc-so-va-tuong-duong-o-lam-dong-nghi-viec-theo-nghi-dinh-178-post871184.html"
U_NA = "https://baonghean.vn/en/khac-phuc-han-che-trong-cong-tac-tu-phap-dam-bao-quyen-loi-cho-to-chuc-ca-nhan-10208893.html"

T = "tỷ đồng"
TR = "triệu đồng"

CASES = [
    # ---------------- real pages ----------------
    ("news", "tinh",
     "Theo Sở Tài chính tỉnh Đắk Lắk, năm 2025 tỉnh được giao tổng vốn đầu tư công hơn 15.640 tỷ đồng, trong đó vốn "
     "thực hiện dự án là 13.804 tỷ đồng; đến nay tỉnh đã phân bổ chi tiết đến từng dự án hơn 13.092 tỷ đồng, đạt 94,8%, "
     "còn hơn 712 tỷ đồng chưa giao chi tiết.",
     [F(15640, T, "tổng vốn đầu tư công được giao", "tinh", True, "BM6-1.1"),
      F(13804, T, "vốn thực hiện dự án được giao", "tinh"),
      F(13092, T, "vốn đã phân bổ chi tiết đến dự án", "tinh", True),
      F(94.8, "%", "tỷ lệ vốn đã phân bổ chi tiết", "tinh"),
      F(712, T, "vốn chưa giao chi tiết", "tinh", True)],
     U_DH),
    ("news", "tinh",
     "Tính đến hết ngày 15/10/2025, toàn tỉnh Đắk Lắk mới giải ngân được hơn 5.583 tỷ đồng, đạt 42,6% kế hoạch; trong đó "
     "nguồn ngân sách Trung ương giải ngân 2.942 tỷ đồng (35,8%), nguồn ngân sách địa phương giải ngân 2.640 tỷ đồng, "
     "đạt hơn 54% kế hoạch.",
     [F(5583, T, "vốn đầu tư công đã giải ngân", "tinh", True, "BM6-1.2"),
      F(42.6, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", False, "BM6-1"),
      F(2942, T, "vốn ngân sách Trung ương đã giải ngân", "tinh"),
      F(35.8, "%", "tỷ lệ giải ngân vốn ngân sách Trung ương", "tinh"),
      F(2640, T, "vốn ngân sách địa phương đã giải ngân", "tinh"),
      F(54, "%", "tỷ lệ giải ngân vốn ngân sách địa phương", "tinh", True)],
     U_DH),
    ("news", "tinh",
     "Đối với vốn đầu tư công năm 2024 được kéo dài sang năm 2025, tỉnh đã giải ngân 1.034/2.320 tỷ đồng, đạt 44,6%; "
     "UBND tỉnh yêu cầu các chủ đầu tư phấn đấu đến cuối năm giải ngân đạt 100% kế hoạch vốn.",
     [F(1034, T, "vốn năm 2024 kéo dài đã giải ngân", "tinh"),
      F(2320, T, "vốn năm 2024 được kéo dài sang năm 2025", "tinh"),
      F(44.6, "%", "tỷ lệ giải ngân vốn kéo dài", "tinh")],
     U_DH),
    ("report", "so_nganh",
     "Theo báo cáo của Sở Tài chính tỉnh Hưng Yên, kế hoạch vốn đầu tư công năm 2025 Thủ tướng Chính phủ giao cho tỉnh là "
     "40.443,6 tỷ đồng, toàn tỉnh đã phân bổ chi tiết 40.438,8 tỷ đồng (99,9%); đến ngày 17/12/2025, giá trị giải ngân "
     "đạt 26.365,6 tỷ đồng, bằng 65,2% kế hoạch, tăng 2.315,1 tỷ đồng so với thời điểm 30/11/2025.",
     [F(40443.6, T, "kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(40438.8, T, "vốn đã phân bổ chi tiết", "tinh"),
      F(99.9, "%", "tỷ lệ vốn đã phân bổ chi tiết", "tinh"),
      F(26365.6, T, "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(65.2, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", False, "BM6-1")],
     U_HY),
    ("news", "tinh",
     "Theo báo cáo đến ngày 12/12/2025, toàn tỉnh Cao Bằng mới giải ngân 5.600.505/9.767.358 triệu đồng vốn đầu tư công, "
     "đạt 57,3% kế hoạch; riêng tuần từ ngày 06 đến 12/12, số vốn giải ngân tăng thêm 479.644 triệu đồng, tương đương "
     "4,9 điểm phần trăm.",
     [F(5600505, TR, "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(9767358, TR, "kế hoạch vốn đầu tư công", "tinh", False, "BM6-1.1"),
      F(57.3, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", False, "BM6-1")],
     U_CB),
    ("news", "tinh",
     "Năm 2025, tổng kế hoạch vốn đầu tư công Thủ tướng Chính phủ giao cho tỉnh Lào Cai là 9.047 tỷ đồng và tỉnh đã giao "
     "chi tiết 100% cho các dự án; tổng kế hoạch vốn do tỉnh giao là 15.119 tỷ đồng. Đến hết ngày 30/9/2025, Lào Cai đã "
     "giải ngân 7.245 tỷ đồng, bằng 47,9% tổng kế hoạch, riêng phần vốn Thủ tướng giao đạt 73,2%.",
     [F(9047, T, "kế hoạch vốn Thủ tướng Chính phủ giao", "tinh"),
      F(100, "%", "tỷ lệ vốn Thủ tướng giao đã giao chi tiết", "tinh"),
      F(15119, T, "tổng kế hoạch vốn đầu tư công được giao", "tinh", False, "BM6-1.1"),
      F(7245, T, "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(47.9, "%", "tỷ lệ giải ngân tổng kế hoạch vốn", "tinh", False, "BM6-1"),
      F(73.2, "%", "tỷ lệ giải ngân vốn Thủ tướng giao", "tinh")],
     U_LC),
    ("news", "tinh",
     "Theo báo cáo của Sở Tài chính tỉnh Đồng Nai ngày 3/11/2025, kế hoạch đầu tư công năm 2025 Thủ tướng Chính phủ giao "
     "cho tỉnh là hơn 31.926 tỷ đồng; đến ngày 28/10, toàn tỉnh đã giải ngân 13.867 tỷ đồng, đạt 43,43%. Nếu không tính "
     "phần vốn được kéo dài sang năm 2026 và vốn mới bổ sung, kế hoạch còn 22.690 tỷ đồng và tỷ lệ giải ngân đạt 61,11%.",
     [F(31926, T, "kế hoạch vốn đầu tư công được giao", "tinh", True, "BM6-1.1"),
      F(13867, T, "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(43.43, "%", "tỷ lệ giải ngân kế hoạch vốn đầu tư công", "tinh", False, "BM6-1"),
      F(22690, T, "kế hoạch vốn sau khi loại trừ vốn kéo dài, bổ sung", "tinh"),
      F(61.11, "%", "tỷ lệ giải ngân trên kế hoạch đã loại trừ", "tinh")],
     U_DN),
    ("news", "tinh",
     "Xét theo chủ đầu tư, Sở Xây dựng tỉnh Đồng Nai giải ngân đạt 51% kế hoạch vốn, trong khi Sở Công Thương mới đạt "
     "1,6%; tỉnh đặt mục tiêu giải ngân 100% vốn đầu tư công trước ngày 31/12/2025.",
     [F(51, "%", "tỷ lệ giải ngân của Sở Xây dựng", "so_nganh"),
      F(1.6, "%", "tỷ lệ giải ngân của Sở Công Thương", "so_nganh")],
     U_DN),
    ("news", "tinh",
     "Năm 2024, Hà Tĩnh đã giải ngân vốn đầu tư công được khoảng 7400 tỷ đồng, đạt hơn 165% kế hoạch Thủ tướng giao, "
     "đứng thứ 2/63 tỉnh, thành phố.",
     [F(7400, T, "vốn đầu tư công đã giải ngân", "tinh", True, "BM6-1.2"),
      F(165, "%", "tỷ lệ giải ngân so với kế hoạch Thủ tướng giao", "tinh", True, "BM6-1")],
     U_HT),
    ("news", "tinh",
     "Theo Sở Tài chính Quảng Bình, đến hết quý III/2021, vốn đầu tư công theo quyết định giao của Thủ tướng Chính phủ "
     "đã giải ngân 2.511 tỷ đồng, đạt 58% kế hoạch được giao; hiện vẫn còn nhiều dự án có tỷ lệ giải ngân dưới 60%.",
     [F(2511, T, "vốn đầu tư công đã giải ngân", "tinh", False, "BM6-1.2"),
      F(58, "%", "tỷ lệ giải ngân kế hoạch được giao", "tinh", False, "BM6-1")],
     U_QB),
    ("news", "tinh",
     "Nhờ triển khai quyết liệt chương trình phục hồi và phát triển kinh tế - xã hội, ước lũy kế đến ngày 30/6/2022, "
     "Thái Nguyên giải ngân được 2.892 tỷ đồng vốn đầu tư công, đạt 49,5% kế hoạch Thủ tướng Chính phủ giao và 34% kế "
     "hoạch địa phương giao.",
     [],
     U_TN22),
    ("news", "tinh",
     "Năm 2023, tổng kế hoạch vốn đầu tư công của Thái Nguyên được Thủ tướng Chính phủ giao là 7.863 tỷ đồng, còn kế "
     "hoạch do địa phương giao là 8.367 tỷ đồng, bao gồm 657 tỷ đồng vốn của 3 chương trình mục tiêu quốc gia.",
     [F(7863, T, "kế hoạch vốn đầu tư công Thủ tướng giao", "tinh", False, "BM6-1.1"),
      F(8367, T, "kế hoạch vốn đầu tư công địa phương giao", "tinh"),
      F(657, T, "kế hoạch vốn các chương trình mục tiêu quốc gia", "tinh")],
     U_TN23),
    ("news", "so_nganh",
     "Trong 9 tháng đầu năm 2023, Sở Xây dựng TP. Hồ Chí Minh tiếp nhận 13.276 hồ sơ, đã giải quyết 12.467 hồ sơ, còn "
     "809 hồ sơ đang trong quá trình xử lý.",
     [F(13276, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh", False, "BM7-6.4.1"),
      F(12467, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(809, "hồ sơ", "hồ sơ đang xử lý", "so_nganh")],
     U_HCM),
    ("news", "so_nganh",
     "Sở hiện cung cấp dịch vụ công trực tuyến cho 22 TTHC trên Cổng dịch vụ công của Thành phố, trong đó 17 thủ tục "
     "được thực hiện toàn trình và 5 thủ tục trực tuyến một phần.",
     [F(22, "TTHC", "TTHC cung cấp dịch vụ công trực tuyến", "so_nganh", False, "BM7-6.3.1"),
      F(17, "TTHC", "TTHC trực tuyến toàn trình", "so_nganh", False, "BM7-6.2.2"),
      F(5, "TTHC", "TTHC trực tuyến một phần", "so_nganh", False, "BM7-6.1.2")],
     U_HCM),
    ("news", "so_nganh",
     "Theo báo cáo của Sở Nội vụ tỉnh Lâm Đồng, trong tháng 8/2025 có 1.062 hồ sơ xin nghỉ việc; đến ngày 30/8, Sở đã "
     "tham mưu UBND tỉnh phê duyệt 361 trường hợp nghỉ hưu trước tuổi, thôi việc theo Nghị định 178 và Nghị định số "
     "67/2025/NĐ-CP.",
     [F(1062, "hồ sơ", "hồ sơ xin nghỉ việc tiếp nhận", "tinh"),
      F(361, "người", "trường hợp được phê duyệt nghỉ hưu trước tuổi, thôi việc", "tinh")],
     U_LD),
    ("news", "so_nganh",
     "Trong đó có 21 phó giám đốc sở và tương đương, 171 trường hợp thuộc cấp tỉnh, 142 trường hợp thuộc cấp xã và 27 "
     "trường hợp nghỉ vì lý do sức khỏe.",
     [F(21, "người", "phó giám đốc sở và tương đương được phê duyệt nghỉ", "tinh"),
      F(171, "người", "trường hợp cấp tỉnh được phê duyệt nghỉ", "tinh"),
      F(142, "người", "trường hợp cấp xã được phê duyệt nghỉ", "xa"),
      F(27, "người", "trường hợp nghỉ vì lý do sức khỏe", "tinh")],
     U_LD),
    ("news", "so_nganh",
     "Năm 2019, Sở Tư pháp tỉnh Nghệ An đã góp ý 290 văn bản, thẩm định 84 dự thảo văn bản và kiểm tra 39 văn bản quy "
     "phạm pháp luật do UBND tỉnh ban hành; qua kiểm tra, phát hiện 2 văn bản có nội dung chưa phù hợp với quy định "
     "pháp luật.",
     [F(290, "văn bản", "văn bản đã góp ý", "so_nganh"),
      F(84, "văn bản", "dự thảo văn bản đã thẩm định", "so_nganh"),
      F(39, "văn bản", "VBQPPL đã kiểm tra", "tinh", False, "BM2-2.1"),
      F(2, "văn bản", "VBQPPL phát hiện cần xử lý qua kiểm tra", "tinh", False, "BM2-2.2.1")],
     U_NA),
    ("news", "so_nganh",
     "Toàn tỉnh hiện có 5.570 tổ hòa giải với 38.096 hòa giải viên; trong năm, ngành tiếp nhận 3.722 vụ việc, hòa giải "
     "thành 2.824 vụ, đạt 75,87%. Sở đã cấp 33.074 phiếu lý lịch tư pháp, tăng 135,7% so với năm 2018, và xóa án tích "
     "cho 855 trường hợp.",
     [F(3722, "vụ việc", "vụ việc hòa giải tiếp nhận", "tinh"),
      F(2824, "vụ việc", "vụ việc hòa giải thành", "tinh"),
      F(75.87, "%", "tỷ lệ hòa giải thành", "tinh"),
      F(33074, "phiếu", "phiếu lý lịch tư pháp đã cấp", "so_nganh"),
      F(855, "trường hợp", "trường hợp được xóa án tích", "so_nganh")],
     U_NA),
    # ---------------- synthetic (real units after 1/7/2025, invented figures) ----------------
    ("report", "tinh",
     "Quý III/2025, Chủ tịch UBND tỉnh Quảng Trị ban hành 27 quyết định công bố danh mục 1.092 TTHC, gồm 331 TTHC mới "
     "ban hành, 512 TTHC sửa đổi, bổ sung và 249 TTHC bị bãi bỏ.",
     [F(27, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
      F(1092, "TTHC", "TTHC được công bố", "tinh"),
      F(331, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
      F(512, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
      F(249, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3")],
     "synthetic: tỉnh Quảng Trị, quý III/2025 (công bố TTHC)"),
    ("report", "so_nganh",
     "Năm 2025, Sở Nội vụ tỉnh Tây Ninh đã thẩm định, trình giải quyết tinh giản biên chế cho 214 công chức và 1.093 "
     "viên chức; đồng thời tổ chức tuyển dụng được 96 công chức và 1.352 viên chức.",
     [F(214, "biên chế", "công chức đã tinh giản", "tinh", False, "BM4-2.4"),
      F(1093, "người", "viên chức đã tinh giản", "tinh", False, "BM4-3.3"),
      F(96, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
      F(1352, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4")],
     "synthetic: Sở Nội vụ tỉnh Tây Ninh, năm 2025 (tinh giản, tuyển dụng)"),
    ("report", "tinh",
     "Quý IV/2025, các sở, ban, ngành thành phố Cần Thơ giải quyết 38.417 hồ sơ TTHC, trong đó 38.106 hồ sơ đúng hạn, "
     "đạt 99,19%; UBND các xã, phường giải quyết 214.560 hồ sơ, đúng hạn 212.893 hồ sơ, đạt 99,22%.",
     [F(38417, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", False, "BM3-3.1.1"),
      F(38106, "hồ sơ", "hồ sơ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1.2"),
      F(99.19, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
      F(214560, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
      F(212893, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
      F(99.22, "%", "tỷ lệ giải quyết đúng hạn", "xa", False, "BM3-3.3")],
     "synthetic: thành phố Cần Thơ, quý IV/2025 (hồ sơ theo cấp)"),
    ("report", "tinh",
     "6 tháng đầu năm 2026, tỉnh Lai Châu tiếp nhận 87.342 hồ sơ TTHC, trong đó 71.528 hồ sơ nộp trực tuyến, chiếm "
     "81,89%; có 1.184 TTHC đã được tích hợp thanh toán trực tuyến trên tổng số 1.263 TTHC có nghĩa vụ tài chính, đạt "
     "93,75%.",
     [F(87342, "hồ sơ", "hồ sơ tiếp nhận", "tinh", False, "BM7-6.4.1"),
      F(71528, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", False, "BM7-6.4.2"),
      F(81.89, "%", "tỷ lệ hồ sơ trực tuyến", "tinh", False, "BM7-6.4"),
      F(1184, "TTHC", "TTHC tích hợp thanh toán trực tuyến", "tinh", False, "BM7-6.5.2"),
      F(1263, "TTHC", "TTHC có nghĩa vụ tài chính", "tinh", False, "BM7-6.5.1"),
      F(93.75, "%", "tỷ lệ TTHC thanh toán trực tuyến", "tinh", False, "BM7-6.5")],
     "synthetic: tỉnh Lai Châu, 6 tháng đầu năm 2026 (hồ sơ trực tuyến, thanh toán trực tuyến)"),
    ("report", "tinh",
     "Năm 2025, UBND tỉnh Ninh Bình tiếp nhận 143 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 139 phản "
     "ánh, kiến nghị, đạt 97,2%; 4 phản ánh, kiến nghị còn lại đang được xem xét trong thời hạn.",
     [F(143, "PAKN", "PAKN tiếp nhận", "tinh", False, "BM3-3.4.1"),
      F(139, "PAKN", "PAKN đã xử lý xong", "tinh", False, "BM3-3.4.2"),
      F(97.2, "%", "tỷ lệ xử lý PAKN", "tinh", False, "BM3-3.4"),
      F(4, "PAKN", "PAKN đang xử lý trong hạn", "tinh")],
     "synthetic: tỉnh Ninh Bình, năm 2025 (PAKN)"),
    ("report", "so_nganh",
     "Năm 2025, Sở Tư pháp tỉnh An Giang tham mưu kiểm tra theo thẩm quyền 329 văn bản quy phạm pháp luật do HĐND, UBND "
     "cấp xã ban hành, phát hiện 22 văn bản cần xử lý và đã xử lý xong 18 văn bản, đạt 81,82%; qua rà soát 1.274 văn "
     "bản, kiến nghị xử lý 96 văn bản.",
     [F(329, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
      F(22, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1"),
      F(18, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", False, "BM2-2.2.2"),
      F(81.82, "%", "tỷ lệ xử lý VBQPPL sau kiểm tra", "tinh", False, "BM2-2.2"),
      F(1274, "văn bản", "VBQPPL đã rà soát", "tinh", False, "BM2-3.1"),
      F(96, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", False, "BM2-3.2.1")],
     "synthetic: Sở Tư pháp tỉnh An Giang, năm 2025 (kiểm tra, rà soát VBQPPL)"),
    ("report", "tinh",
     "Năm 2025, UBND tỉnh Sơn La ban hành 41 văn bản chỉ đạo, điều hành công tác CCHC và hoàn thành 57/59 nhiệm vụ "
     "trong kế hoạch CCHC năm, đạt 96,61%; qua kiểm tra 12 sở, ngành và 35 xã, phường, phát hiện 47 vấn đề, đến nay đã "
     "xử lý xong 44 vấn đề.",
     [F(41, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", False, "BM1-1"),
      F(57, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", False, "BM1-2.2"),
      F(59, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "tinh", False, "BM1-2.1"),
      F(96.61, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "tinh", False, "BM1-2"),
      F(12, "đơn vị", "sở, ngành đã kiểm tra", "so_nganh", False, "BM1-3.1"),
      F(35, "đơn vị", "xã, phường đã kiểm tra", "xa"),
      F(47, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
      F(44, "vấn đề", "vấn đề đã xử lý xong", "tinh", False, "BM1-3.3.2")],
     "synthetic: tỉnh Sơn La, năm 2025 (chỉ đạo, kế hoạch, kiểm tra CCHC)"),
]

SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
KINDS = {"report", "news"}
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]


def vn_forms(v):
    """Vietnamese renderings of a value as it may be printed."""
    out = set()
    if float(v).is_integer():
        n = int(v)
        out.add(str(n))
        out.add(f"{n:,}".replace(",", "."))
        if n < 10:
            out.add(f"0{n}")
    else:
        s = repr(float(v))
        ip, dp = s.split(".")
        ipn = int(ip)
        out.add(f"{ipn:,}".replace(",", ".") + "," + dp)
        out.add(ip + "," + dp)
    return out


def main():
    warnings = []
    cat = {}
    with open(CATALOG, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cat[f"BM{r['form']}-{r['code']}"] = r
    used = set()
    for p in glob.glob(f"{EARLIER}/*/*/sources_by_case.tsv"):
        for line in open(p, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) > 1 and not parts[1].startswith("synthetic"):
                used.add(parts[1].strip())
    earlier_vals = set()
    for p in glob.glob(f"{EARLIER}/*/*/cases.csv"):
        with open(p, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                try:
                    for x in json.loads(r.get("facts") or "[]"):
                        earlier_vals.add(float(x["value"]))
                except Exception:
                    pass

    rows, srcs, texts = [], [], set()
    n_syn = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H32-A-{i:03d}"
        text = unicodedata.normalize("NFC", text)
        if kind not in KINDS or level not in LEVELS:
            warnings.append(f"{cid}: bad kind/level")
        if text in texts:
            warnings.append(f"{cid}: duplicate text")
        texts.add(text)
        if src.startswith("synthetic"):
            n_syn += 1
        elif src in used:
            warnings.append(f"{cid}: URL used earlier {src}")
        for fct in facts:
            if list(fct.keys()) != KEYS:
                warnings.append(f"{cid}: keys {list(fct.keys())}")
            if fct["scope"] not in SCOPES:
                warnings.append(f"{cid}: scope {fct['scope']}")
            if fct["code"] and fct["code"] not in cat:
                warnings.append(f"{cid}: unknown code {fct['code']}")
            for k in ("unit", "measure"):
                fct[k] = unicodedata.normalize("NFC", fct[k])
            forms = vn_forms(fct["value"])
            if not any(re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) for s in forms):
                warnings.append(f"{cid}: value {fct['value']} not in text ({sorted(forms)})")
            if src.startswith("synthetic") and fct["value"] >= 1000 and float(fct["value"]) in earlier_vals:
                warnings.append(f"{cid}: synthetic value {fct['value']} is a fact value in an earlier set")
        codes = [f["code"] for f in facts if f["code"]]
        if len(codes) != len(set(codes)):
            warnings.append(f"{cid}: repeated code in one case")
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    if n_syn * 2 > len(CASES):
        warnings.append("more than half synthetic")

    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
        w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs:
            f.write(f"{cid}\t{s}\n")

    # read back
    n_f = n_c = n_real_f = n_real_c = n_empty = n_apx = 0
    scopes, codes = {}, {}
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8", newline="") as f:
        for r, (_, s) in zip(csv.DictReader(f), srcs):
            assert unicodedata.is_normalized("NFC", r["text"])
            fl = json.loads(r["facts"])
            n_empty += not fl
            for x in fl:
                n_f += 1
                n_apx += x["approx"]
                scopes[x["scope"]] = scopes.get(x["scope"], 0) + 1
                if x["code"]:
                    n_c += 1
                    codes[x["code"]] = codes.get(x["code"], 0) + 1
                if not s.startswith("synthetic"):
                    n_real_f += 1
                    n_real_c += bool(x["code"])
    for wmsg in warnings:
        print("WARN", wmsg)
    print(f"warnings {len(warnings)}")
    print(f"cases {len(rows)} real {len(rows)-n_syn} synthetic {n_syn} empty {n_empty}")
    print(f"facts {n_f} (real {n_real_f}) coded {n_c} (real {n_real_c}) approx {n_apx}")
    print("scopes", scopes)
    print("codes", dict(sorted(codes.items())))


if __name__ == "__main__":
    main()
