#!/usr/bin/env python3
"""Held-out set 35, writer A (narrative): holds the cases, validates them, writes cases.csv and sources_by_case.tsv.

Run: python3 build.py
"""
import csv
import glob
import io
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.path.join(HERE, "..", "earlier")
CATALOG = "/work/shared/reference/catalog.csv"


def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}


# (case_id, source_kind, doc_level, text, facts, source)
CASES = []


def add(kind, level, text, facts, source):
    cid = "H35-A-%03d" % (len(CASES) + 1)
    CASES.append((cid, kind, level, text, facts, source))


# ---------------------------------------------------------------- real pages
add("news", "so_nganh",
    "Giám đốc Sở Tài chính tỉnh Bình Định cho biết, trong 4 tháng đầu năm 2025, toàn tỉnh đã giải ngân "
    "2.062,4 tỷ đồng vốn đầu tư công do tỉnh quản lý. So với kế hoạch Thủ tướng Chính phủ giao (8.412,5 tỷ đồng), "
    "tỷ lệ giải ngân đạt 24,5%; so với kế hoạch HĐND tỉnh giao (9.477,5 tỷ đồng) đạt 21,76%, cao hơn mức "
    "bình quân chung của cả nước (14,3%).",
    [F(2062.4, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
     F(8412.5, "tỷ đồng", "kế hoạch vốn Thủ tướng Chính phủ giao", "tinh", code="BM6-1.1"),
     F(24.5, "%", "tỷ lệ giải ngân so với kế hoạch Thủ tướng giao", "tinh", code="BM6-1"),
     F(9477.5, "tỷ đồng", "kế hoạch vốn HĐND tỉnh giao", "tinh"),
     F(21.76, "%", "tỷ lệ giải ngân so với kế hoạch HĐND tỉnh giao", "tinh")],
    "https://www.nbwbet.com/viewer.aspx?mabb=355511&macm=5&macmp=5")

add("news", "so_nganh",
    "Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn năm 2025 giao thực hiện các nhiệm vụ, chương trình, dự án "
    "khu vực phía Đông tỉnh Quảng Ngãi là 4.648 tỷ đồng. Đến ngày 20/11/2025, vốn chương trình mục tiêu quốc gia "
    "đã giải ngân 560 tỷ đồng, đạt 53% kế hoạch; vốn giao các chủ đầu tư thực hiện dự án đầu tư công giải ngân "
    "1.961 tỷ đồng, đạt 59%, trong đó các sở, ban, ngành cấp tỉnh giải ngân 1.797 tỷ đồng (57%) và khối địa phương "
    "164 tỷ đồng (82%). So với tuần báo cáo trước, vốn giải ngân tăng thêm 114 tỷ đồng, tương đương 2,6% kế hoạch.",
    [F(4648, "tỷ đồng", "kế hoạch vốn năm 2025 khu vực phía Đông", "tinh"),
     F(560, "tỷ đồng", "vốn chương trình mục tiêu quốc gia đã giải ngân", "tinh"),
     F(53, "%", "tỷ lệ giải ngân vốn chương trình mục tiêu quốc gia", "tinh"),
     F(1961, "tỷ đồng", "vốn giao chủ đầu tư đã giải ngân", "tinh"),
     F(59, "%", "tỷ lệ giải ngân vốn giao chủ đầu tư", "tinh"),
     F(1797, "tỷ đồng", "vốn đã giải ngân của các sở, ban, ngành cấp tỉnh", "so_nganh"),
     F(57, "%", "tỷ lệ giải ngân của các sở, ban, ngành cấp tỉnh", "so_nganh"),
     F(164, "tỷ đồng", "vốn đã giải ngân của khối địa phương", "xa"),
     F(82, "%", "tỷ lệ giải ngân của khối địa phương", "xa")],
    "https://news.laodong.vn/xa-hoi/tien-co-san-nhung-giai-ngan-gap-kho-vi-hang-loat-du-an-vuong-mat-bang-1614902.ldo")

add("report", "tinh",
    "Kế hoạch đầu tư công năm 2025 (vốn ngân sách địa phương) của tỉnh Cà Mau được giao hơn 6.667 tỷ đồng, "
    "đã phân bổ chi tiết 6.608 tỷ đồng; đến ngày 03/11/2025, toàn tỉnh đã giải ngân hơn 3.800 tỷ đồng, "
    "bằng 57% kế hoạch.",
    [F(6667, "tỷ đồng", "kế hoạch vốn ngân sách địa phương được giao", "tinh", approx=True),
     F(6608, "tỷ đồng", "vốn đã phân bổ chi tiết", "tinh"),
     F(3800, "tỷ đồng", "vốn đã giải ngân", "tinh", approx=True),
     F(57, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh")],
    "https://news.laodong.vn/kinh-doanh/giai-ngan-von-dau-tu-cong-dat-thap-ca-mau-dieu-chinh-von-hang-loat-du-an-1608493.ldo")

add("news", "so_nganh",
    "Theo Sở Nội vụ tỉnh Tây Ninh, có 89 thí sinh đã trúng tuyển kỳ thi tuyển công chức cấp xã năm 2024 do "
    "5 đơn vị cấp huyện (cũ) tổ chức và đã có quyết định công nhận kết quả, trong đó 82 thí sinh đã hoàn thiện hồ sơ. "
    "Qua rà soát nhu cầu, tỉnh xác định 20 xã, phường còn chỉ tiêu biên chế và vị trí việc làm phù hợp để tiếp nhận, "
    "bố trí ngay 72 người trúng tuyển.",
    [F(89, "người", "thí sinh trúng tuyển công chức cấp xã năm 2024", "xa"),
     F(82, "người", "thí sinh đã hoàn thiện hồ sơ", "xa"),
     F(72, "người", "người trúng tuyển được bố trí công tác", "xa")],
    "https://www.vietnam.vn/en/tay-ninh-bo-tri-viec-lam-cho-72-nguoi-trung-tuyen-cong-chuc-xa")

add("report", "so_nganh",
    "Chín tháng năm 2025, Sở Tư pháp đã chủ trì, phối hợp rà soát và kiến nghị xử lý 34 nội dung tại 28 văn bản "
    "quy phạm pháp luật của Trung ương có quy định mâu thuẫn, chồng chéo, thiếu khả thi. Các cơ quan, đơn vị trong "
    "tỉnh đã tổ chức gần 5.200 buổi tuyên truyền cho hơn 316.600 lượt người, 25 cuộc thi tìm hiểu pháp luật thu hút "
    "2.489 người dự thi và cấp phát hơn 181.100 tài liệu; toàn tỉnh duy trì 3.789 tổ hòa giải với hơn 22.400 "
    "hòa giải viên ở cơ sở.",
    [F(34, "nội dung", "nội dung kiến nghị xử lý trong văn bản của Trung ương", "tinh"),
     F(28, "văn bản", "văn bản QPPL của Trung ương được kiến nghị xử lý", "tinh"),
     F(5200, "buổi", "buổi tuyên truyền pháp luật", "tinh", approx=True),
     F(316600, "lượt người", "lượt người được tuyên truyền", "tinh", approx=True),
     F(25, "cuộc thi", "cuộc thi tìm hiểu pháp luật", "tinh"),
     F(2489, "người", "người dự thi tìm hiểu pháp luật", "tinh"),
     F(181100, "tài liệu", "tài liệu tuyên truyền đã cấp phát", "tinh", approx=True)],
    "https://vjs.vietnam.vn/en/so-ket-cong-tac-tu-phap-9-thang-nam-2025")

add("news", "tinh",
    "Năm 2024, Trung tâm Phục vụ hành chính công tỉnh Bắc Giang tiếp nhận hơn 341 nghìn hồ sơ và trả kết quả "
    "gần 333 nghìn hồ sơ; trong đó hơn 317 nghìn hồ sơ giải quyết trước hạn (chiếm 95,3%), hơn 15,3 nghìn hồ sơ "
    "đúng hạn (4,62%) và 250 hồ sơ quá hạn (0,08%). Hiện còn hơn 8,5 nghìn hồ sơ đang trong quá trình giải quyết "
    "(2,5%).",
    [F(341000, "hồ sơ", "hồ sơ tiếp nhận tại Trung tâm", "trung_tam", approx=True),
     F(333000, "hồ sơ", "hồ sơ đã trả kết quả", "trung_tam", approx=True),
     F(317000, "hồ sơ", "hồ sơ giải quyết trước hạn", "trung_tam", approx=True),
     F(95.3, "%", "tỷ lệ hồ sơ giải quyết trước hạn", "trung_tam"),
     F(15300, "hồ sơ", "hồ sơ giải quyết đúng hạn", "trung_tam", approx=True),
     F(4.62, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "trung_tam"),
     F(250, "hồ sơ", "hồ sơ quá hạn", "trung_tam"),
     F(0.08, "%", "tỷ lệ hồ sơ quá hạn", "trung_tam"),
     F(8500, "hồ sơ", "hồ sơ đang giải quyết", "trung_tam", approx=True),
     F(2.5, "%", "tỷ lệ hồ sơ đang giải quyết", "trung_tam")],
    "https://www.vietnam.vn/ur/pho-chu-tich-thuong-truc-ubnd-tinh-mai-son-gap-mat-dau-xuan-tai-trung-tam-phuc-vu-hanh-chinh-cong-tinh")

add("news", "tinh",
    "Trung tâm Phục vụ hành chính công tỉnh Bắc Giang là nơi tiếp nhận, giải quyết thủ tục hành chính của 17 sở, "
    "ngành, 3 cơ quan Trung ương đóng trên địa bàn và 1 doanh nghiệp; nhiều năm liền tỉnh đứng trong nhóm đầu cả nước "
    "về chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg.",
    [],
    "https://www.vietnam.vn/ur/pho-chu-tich-thuong-truc-ubnd-tinh-mai-son-gap-mat-dau-xuan-tai-trung-tam-phuc-vu-hanh-chinh-cong-tinh")

add("report", "so_nganh",
    "Quý I/2025, Sở Tài chính tỉnh Quảng Ngãi thực hiện 17 nhiệm vụ theo chương trình công tác UBND tỉnh giao, "
    "trong đó 14 nhiệm vụ hoàn thành đúng hạn, 3 nhiệm vụ được gia hạn sang quý II/2025. Tính đến ngày 15/4/2025, "
    "Sở đã hoàn thành đúng hạn 154/175 nhiệm vụ có thời hạn do UBND tỉnh giao, 21 nhiệm vụ còn lại đang thực hiện.",
    [F(17, "nhiệm vụ", "nhiệm vụ theo chương trình công tác quý I", "so_nganh"),
     F(14, "nhiệm vụ", "nhiệm vụ hoàn thành đúng hạn trong quý I", "so_nganh"),
     F(3, "nhiệm vụ", "nhiệm vụ gia hạn sang quý II", "so_nganh"),
     F(154, "nhiệm vụ", "nhiệm vụ có thời hạn đã hoàn thành đúng hạn", "so_nganh"),
     F(175, "nhiệm vụ", "nhiệm vụ có thời hạn UBND tỉnh giao", "so_nganh"),
     F(21, "nhiệm vụ", "nhiệm vụ đang thực hiện", "so_nganh")],
    "https://quangngai.gov.vn/en/news/the-ppc-s-chairman-nguyen-hoang-giang-works-with-the-finance-department.html")

add("report", "so_nganh",
    "Tổng kế hoạch vốn đầu tư công năm 2025 do Thủ tướng Chính phủ và HĐND tỉnh Quảng Ngãi giao là hơn 5.329 tỷ đồng; "
    "đến ngày 31/3/2025, Sở Tài chính đã tham mưu phân bổ chi tiết hơn 5.166 tỷ đồng, toàn tỉnh giải ngân gần "
    "342 tỷ đồng, đạt 6,4% kế hoạch. Thu ngân sách nhà nước trên địa bàn quý I/2025 đạt 8.506 tỷ đồng, bằng 26,6% "
    "dự toán và bằng 98% so với cùng kỳ năm trước.",
    [F(5329, "tỷ đồng", "kế hoạch vốn đầu tư công được giao", "tinh", approx=True, code="BM6-1.1"),
     F(5166, "tỷ đồng", "vốn đã phân bổ chi tiết", "tinh", approx=True),
     F(342, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", approx=True, code="BM6-1.2"),
     F(6.4, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", code="BM6-1"),
     F(8506, "tỷ đồng", "thu ngân sách nhà nước trên địa bàn", "tinh"),
     F(26.6, "%", "tỷ lệ thu ngân sách so với dự toán", "tinh")],
    "https://quangngai.gov.vn/en/news/the-ppc-s-chairman-nguyen-hoang-giang-works-with-the-finance-department.html")

add("news", "tinh",
    "Năm tháng đầu năm 2025, vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý trên địa bàn "
    "tỉnh Lào Cai đạt gần 1.807 tỷ đồng, tăng 5,58% so với cùng kỳ năm trước, bằng 30,61% kế hoạch năm; trong đó "
    "vốn ngân sách cấp tỉnh đạt hơn 959 tỷ đồng, bằng 16,25% kế hoạch năm, vốn ngân sách cấp huyện đạt 847,5 tỷ đồng, "
    "tăng 8,22%.",
    [F(1807, "tỷ đồng", "vốn đầu tư thực hiện từ ngân sách nhà nước", "tinh", approx=True),
     F(30.61, "%", "tỷ lệ so với kế hoạch năm", "tinh"),
     F(959, "tỷ đồng", "vốn ngân sách cấp tỉnh thực hiện", "tinh", approx=True),
     F(16.25, "%", "tỷ lệ vốn ngân sách cấp tỉnh so với kế hoạch năm", "tinh"),
     F(847.5, "tỷ đồng", "vốn ngân sách cấp huyện thực hiện", "huyen")],
    "https://thongtin.vietnam.vn/en/lao-cai-tong-von-dau-tu-tu-ngan-sach-nha-nuoc-dat-gan-1-807-ty-dong")

add("news", "so_nganh",
    "Thời gian qua, Sở Tư pháp tỉnh Đồng Nai đã phối hợp với các sở, ngành thẩm định 599 văn bản quy phạm pháp luật; "
    "tham mưu UBND tỉnh trình HĐND tỉnh thông qua 202 nghị quyết và ban hành 397 quyết định quy phạm pháp luật "
    "(trong đó Sở trực tiếp tham mưu 3 nghị quyết và 20 quyết định); đồng thời góp ý hơn 9.296 dự thảo văn bản.",
    [F(599, "văn bản", "văn bản QPPL đã thẩm định", "tinh"),
     F(202, "văn bản", "nghị quyết QPPL được HĐND tỉnh thông qua", "tinh"),
     F(397, "văn bản", "quyết định QPPL được UBND tỉnh ban hành", "tinh"),
     F(3, "văn bản", "nghị quyết do Sở trực tiếp tham mưu", "so_nganh"),
     F(20, "văn bản", "quyết định do Sở trực tiếp tham mưu", "so_nganh"),
     F(9296, "văn bản", "dự thảo văn bản đã góp ý", "tinh", approx=True)],
    "https://baodongnai.com.vn/english/politics/202509/promoting-the-role-of-legal-gatekeeper-shaping-the-framework-for-development-00b0f07")

add("news", "tinh",
    "Theo Báo cáo số 519/BC-UBND của UBND tỉnh Vĩnh Long, tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là "
    "19.730,461 tỷ đồng; đến ngày 14/11/2025, tổng vốn đã giải ngân đạt 7.762,982 tỷ đồng, bằng 39,4% kế hoạch. "
    "Trong đó, vốn ngân sách tỉnh đạt 42,9%, vốn ngân sách trung ương đạt 33,6%, vốn ODA chỉ đạt 9,5%; nguồn xổ số "
    "kiến thiết các năm trước chuyển sang mới giải ngân 12,7%.",
    [F(19730.461, "tỷ đồng", "tổng kế hoạch vốn đầu tư công", "tinh", code="BM6-1.1"),
     F(7762.982, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
     F(39.4, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", code="BM6-1"),
     F(42.9, "%", "tỷ lệ giải ngân vốn ngân sách tỉnh", "tinh"),
     F(33.6, "%", "tỷ lệ giải ngân vốn ngân sách trung ương", "tinh"),
     F(9.5, "%", "tỷ lệ giải ngân vốn ODA", "tinh"),
     F(12.7, "%", "tỷ lệ giải ngân nguồn xổ số kiến thiết chuyển sang", "tinh")],
    "https://news.laodong.vn/xa-hoi/giai-ngan-von-dau-tu-cong-moi-dat-394-vinh-long-quyet-liet-day-nhanh-tien-do-1623229.ldo")

add("news", "tinh",
    "Năm 2025, tỉnh Vĩnh Phúc được Chính phủ giao tổng kế hoạch vốn đầu tư công 6.898,37 tỷ đồng, gồm 1.150 tỷ đồng "
    "vốn ngân sách trung ương và 5.748,37 tỷ đồng vốn ngân sách địa phương. Đến ngày 31/01/2025, tỉnh đã cơ bản phân bổ "
    "hết kế hoạch vốn và giải ngân được 661,8 tỷ đồng, bằng 9,6% kế hoạch, cao hơn cùng kỳ năm 2024 (8,5%) và mức "
    "bình quân cả nước (1,26%).",
    [F(6898.37, "tỷ đồng", "tổng kế hoạch vốn đầu tư công được giao", "tinh", code="BM6-1.1"),
     F(1150, "tỷ đồng", "kế hoạch vốn ngân sách trung ương", "tinh"),
     F(5748.37, "tỷ đồng", "kế hoạch vốn ngân sách địa phương", "tinh"),
     F(661.8, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", code="BM6-1.2"),
     F(9.6, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", code="BM6-1")],
    "https://vccinews.com/news/60074/accelerating-public-investment-disbursement/index.html")

add("news", "tinh",
    "Năm 2025, Thủ tướng Chính phủ giao tỉnh An Giang hơn 21.300 tỷ đồng vốn đầu tư công; HĐND tỉnh phân bổ hơn "
    "26.000 tỷ đồng cho hơn một nghìn dự án và các chương trình mục tiêu quốc gia. Đến ngày 31/10/2025, tỉnh đã giải "
    "ngân hơn 10.700 tỷ đồng, đạt trên 50% kế hoạch Thủ tướng giao; tại cuộc họp đầu tháng 11, 4 đơn vị có tỷ lệ "
    "giải ngân trên 70% được biểu dương.",
    [F(21300, "tỷ đồng", "kế hoạch vốn Thủ tướng Chính phủ giao", "tinh", approx=True, code="BM6-1.1"),
     F(26000, "tỷ đồng", "vốn HĐND tỉnh phân bổ", "tinh", approx=True),
     F(10700, "tỷ đồng", "vốn đầu tư công đã giải ngân", "tinh", approx=True, code="BM6-1.2"),
     F(50, "%", "tỷ lệ giải ngân so với kế hoạch Thủ tướng giao", "tinh", approx=True, code="BM6-1"),
     F(4, "đơn vị", "đơn vị có tỷ lệ giải ngân trên 70% được biểu dương", "tinh")],
    "https://www.vietnam.vn/en/dong-bang-song-cuu-long-tang-toc-giai-ngan-dau-tu-cong-dip-cuoi-nam")

add("report", "so_nganh",
    "Giai đoạn 2021–2024, thành phố Cần Thơ đã cử hơn 34.601 lượt cán bộ, công chức, viên chức đi đào tạo, bồi dưỡng, "
    "trong đó 34.575 lượt trong nước và 26 lượt ở nước ngoài. Cũng trong giai đoạn này, có 1.194 công chức, viên chức "
    "xin nghỉ việc theo nguyện vọng cá nhân, gồm 89 công chức và 1.105 viên chức.",
    [F(34601, "lượt người", "lượt CBCCVC được cử đi đào tạo, bồi dưỡng", "tinh", approx=True),
     F(34575, "lượt người", "lượt đào tạo, bồi dưỡng trong nước", "tinh"),
     F(26, "lượt người", "lượt đào tạo, bồi dưỡng ở nước ngoài", "tinh"),
     F(1194, "người", "công chức, viên chức nghỉ việc theo nguyện vọng", "tinh"),
     F(89, "người", "công chức nghỉ việc", "tinh"),
     F(1105, "người", "viên chức nghỉ việc", "tinh")],
    "https://baonghean.vn/en/print/10292963.html")

add("news", "so_nganh",
    "Theo Sở Nội vụ TP Hồ Chí Minh, đến nay đã có 40 cơ quan, đơn vị gửi hồ sơ đề nghị; qua thẩm định, thành phố "
    "đã thống nhất 1.218 cán bộ, công chức đủ điều kiện nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định số "
    "178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ.",
    [F(40, "đơn vị", "cơ quan, đơn vị gửi hồ sơ đề nghị", "so_nganh"),
     F(1218, "người", "cán bộ, công chức đủ điều kiện nghỉ theo Nghị định 178", "tinh")],
    "https://news.laodong.vn/xa-hoi/tphcm-de-nghi-doanh-nghiep-nha-nuoc-ho-tro-viec-lam-cho-can-bo-nghi-viec-1518896.ldo")

# ---------------------------------------------------------------- synthetic (real units after 1/7/2025)
add("report", "so_nganh",
    "Năm 2025, Sở Tư pháp tỉnh Phú Thọ đã tham mưu UBND tỉnh tự kiểm tra 144 văn bản quy phạm pháp luật do HĐND, UBND "
    "tỉnh ban hành và kiểm tra theo thẩm quyền 227 văn bản của cấp xã; qua kiểm tra phát hiện 17 văn bản có dấu hiệu "
    "trái pháp luật về nội dung, thẩm quyền hoặc thể thức, đến nay đã xử lý xong 14 văn bản, đạt 82,35%.",
    [F(144, "văn bản", "văn bản QPPL cấp tỉnh đã tự kiểm tra", "tinh"),
     F(227, "văn bản", "văn bản đã kiểm tra theo thẩm quyền", "tinh", code="BM2-2.1"),
     F(17, "văn bản", "văn bản cần xử lý sau kiểm tra", "tinh", code="BM2-2.2.1"),
     F(14, "văn bản", "văn bản đã xử lý xong", "tinh", code="BM2-2.2.2"),
     F(82.35, "%", "tỷ lệ xử lý văn bản sau kiểm tra", "tinh", code="BM2-2.2")],
    "synthetic: Sở Tư pháp tỉnh Phú Thọ, năm 2025 (tự kiểm tra, kiểm tra và xử lý VBQPPL)")

add("report", "so_nganh",
    "Quý IV/2025, Văn phòng UBND thành phố Đà Nẵng tiếp nhận 58 phản ánh, kiến nghị của cá nhân, tổ chức về quy định "
    "hành chính, đã xử lý xong 55 phản ánh, kiến nghị, đạt 94,83%; 3 phản ánh, kiến nghị còn lại đang được các sở, "
    "ngành nghiên cứu trả lời trong thời hạn quy định.",
    [F(58, "PAKN", "phản ánh, kiến nghị đã tiếp nhận", "tinh", code="BM3-3.4.1"),
     F(55, "PAKN", "phản ánh, kiến nghị đã xử lý xong", "tinh", code="BM3-3.4.2"),
     F(94.83, "%", "tỷ lệ giải quyết phản ánh, kiến nghị", "tinh", code="BM3-3.4"),
     F(3, "PAKN", "phản ánh, kiến nghị đang xử lý", "tinh")],
    "synthetic: Văn phòng UBND thành phố Đà Nẵng, quý IV/2025 (phản ánh, kiến nghị về quy định hành chính)")

add("report", "tinh",
    "Sáu tháng đầu năm 2026, Chủ tịch UBND tỉnh Thái Nguyên ban hành 27 quyết định công bố danh mục thủ tục hành chính, "
    "trong đó công bố mới 96 TTHC, sửa đổi, bổ sung 241 TTHC và bãi bỏ 63 TTHC. Tổng số TTHC thuộc thẩm quyền giải quyết "
    "trên địa bàn tỉnh hiện là 1.944 thủ tục, gồm 1.586 TTHC cấp tỉnh và 358 TTHC cấp xã.",
    [F(27, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
     F(96, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
     F(241, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
     F(63, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3"),
     F(1944, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương", "tinh", code="BM3-1.4"),
     F(1586, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
     F(358, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")],
    "synthetic: UBND tỉnh Thái Nguyên, 6 tháng đầu năm 2026 (công bố TTHC, TTHC theo cấp)")

add("report", "so_nganh",
    "Năm 2025, tổng số biên chế công chức được giao của tỉnh Ninh Bình là 4.372 biên chế, số có mặt đến ngày 31/12/2025 "
    "là 4.118 người; số hợp đồng lao động đang làm việc tại các cơ quan, tổ chức hành chính là 287 người. Trong năm, "
    "toàn tỉnh đã tinh giản 182 biên chế công chức.",
    [F(4372, "biên chế", "biên chế công chức được giao", "tinh", code="BM4-2.1"),
     F(4118, "người", "biên chế công chức có mặt", "tinh", code="BM4-2.2"),
     F(287, "người", "hợp đồng lao động tại cơ quan hành chính", "tinh", code="BM4-2.3"),
     F(182, "biên chế", "biên chế công chức đã tinh giản", "tinh", code="BM4-2.4")],
    "synthetic: Sở Nội vụ tỉnh Ninh Bình, năm 2025 (biên chế công chức, hợp đồng, tinh giản)")

add("report", "so_nganh",
    "Năm 2025, tỉnh Hà Tĩnh tuyển dụng 96 công chức thông qua thi tuyển, xét tuyển và 3 công chức theo trường hợp đặc "
    "biệt; tuyển dụng 653 viên chức; tuyển chọn, bổ nhiệm 5 lãnh đạo, quản lý thông qua thi tuyển. Trong năm có 23 cán "
    "bộ, công chức, viên chức bị kỷ luật, trong đó 2 lãnh đạo cấp sở, 6 lãnh đạo cấp phòng và 9 người làm việc tại các "
    "đơn vị sự nghiệp công lập.",
    [F(96, "người", "công chức được tuyển dụng qua thi tuyển, xét tuyển", "tinh", code="BM5-2.1"),
     F(3, "người", "công chức tuyển dụng theo trường hợp đặc biệt", "tinh", code="BM5-2.2"),
     F(653, "người", "viên chức được tuyển dụng", "tinh", code="BM5-2.4"),
     F(5, "người", "lãnh đạo, quản lý được bổ nhiệm qua thi tuyển", "tinh", code="BM5-3"),
     F(23, "người", "CBCCVC bị kỷ luật", "tinh", code="BM5-4"),
     F(2, "người", "lãnh đạo cấp sở bị kỷ luật", "so_nganh", code="BM5-4.2"),
     F(6, "người", "lãnh đạo cấp phòng bị kỷ luật", "so_nganh", code="BM5-4.3"),
     F(9, "người", "người làm việc tại ĐVSNCL bị kỷ luật", "tinh", code="BM5-4.4")],
    "synthetic: Sở Nội vụ tỉnh Hà Tĩnh, năm 2025 (tuyển dụng, thi tuyển lãnh đạo, kỷ luật)")

add("report", "tinh",
    "Quý I/2026, các sở, ngành tỉnh Tuyên Quang đã giải quyết xong 21.486 hồ sơ thủ tục hành chính, trong đó 21.032 hồ sơ "
    "đúng hạn, đạt 97,89%; UBND các xã, phường giải quyết xong 68.915 hồ sơ, đúng hạn 67.447 hồ sơ, đạt 97,87%.",
    [F(21486, "hồ sơ", "hồ sơ sở, ngành đã giải quyết xong", "so_nganh", code="BM3-3.1.1"),
     F(21032, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1.2"),
     F(97.89, "%", "tỷ lệ hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", code="BM3-3.1"),
     F(68915, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", code="BM3-3.3.1"),
     F(67447, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(97.87, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3")],
    "synthetic: UBND tỉnh Tuyên Quang, quý I/2026 (kết quả giải quyết TTHC cấp tỉnh, cấp xã)")

add("report", "so_nganh",
    "Đến hết năm 2025, thành phố Hải Phòng cung cấp 1.882 dịch vụ công trực tuyến, trong đó 1.143 dịch vụ toàn trình và "
    "739 dịch vụ một phần; 100% dịch vụ đã được tích hợp, công khai trên Cổng Dịch vụ công quốc gia. Trong năm, toàn "
    "thành phố tiếp nhận 1.402.655 hồ sơ, trong đó 1.126.318 hồ sơ nộp trực tuyến, đạt 80,30%.",
    [F(1882, "dịch vụ", "dịch vụ công trực tuyến đang cung cấp", "tinh", code="BM7-6.3.1"),
     F(1143, "dịch vụ", "dịch vụ công trực tuyến toàn trình", "tinh", code="BM7-6.2.2"),
     F(739, "dịch vụ", "dịch vụ công trực tuyến một phần", "tinh", code="BM7-6.1.2"),
     F(100, "%", "tỷ lệ dịch vụ đã tích hợp trên Cổng DVC quốc gia", "tinh", code="BM7-6.3"),
     F(1402655, "hồ sơ", "hồ sơ đã tiếp nhận", "tinh", code="BM7-6.4.1"),
     F(1126318, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4.2"),
     F(80.30, "%", "tỷ lệ hồ sơ tiếp nhận trực tuyến", "tinh", code="BM7-6.4")],
    "synthetic: Sở Khoa học và Công nghệ TP Hải Phòng, năm 2025 (dịch vụ công trực tuyến, hồ sơ trực tuyến)")

add("report", "tinh",
    "Năm 2025, UBND tỉnh Quảng Trị ban hành 34 văn bản chỉ đạo, điều hành công tác cải cách hành chính; Kế hoạch CCHC năm "
    "đề ra 71 nhiệm vụ, đến ngày 31/12/2025 đã hoàn thành 69 nhiệm vụ, đạt 97,18%. Tỉnh đã kiểm tra công tác CCHC tại "
    "9 sở, ngành và 24 xã, phường, phát hiện 37 vấn đề, đến nay đã chỉ đạo xử lý xong 31 vấn đề, đạt 83,78%; năm 2026 "
    "phấn đấu kiểm tra ít nhất 30% cơ quan, đơn vị.",
    [F(34, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "tinh", code="BM1-1"),
     F(71, "nhiệm vụ", "nhiệm vụ đề ra trong Kế hoạch CCHC", "tinh", code="BM1-2.1"),
     F(69, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh", code="BM1-2.2"),
     F(97.18, "%", "tỷ lệ hoàn thành Kế hoạch CCHC", "tinh", code="BM1-2"),
     F(9, "đơn vị", "sở, ngành đã kiểm tra", "so_nganh", code="BM1-3.1"),
     F(24, "đơn vị", "xã, phường đã kiểm tra", "xa"),
     F(37, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3.1"),
     F(31, "vấn đề", "vấn đề đã xử lý xong", "tinh", code="BM1-3.3.2"),
     F(83.78, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "tinh", code="BM1-3.3")],
    "synthetic: UBND tỉnh Quảng Trị, năm 2025 (chỉ đạo, kế hoạch CCHC, kiểm tra CCHC; with a target clause)")

add("report", "so_nganh",
    "Lũy kế đến ngày 30/6/2026, tỉnh Lâm Đồng có 1.237 đơn vị sự nghiệp công lập; trong đó 14 đơn vị tự bảo đảm chi "
    "thường xuyên và chi đầu tư, 97 đơn vị tự bảo đảm chi thường xuyên, 325 đơn vị tự bảo đảm một phần chi thường xuyên "
    "và 801 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
    [F(1237, "đơn vị", "tổng số ĐVSN công lập", "tinh", code="BM6-2.1"),
     F(14, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư", "tinh", code="BM6-2.2"),
     F(97, "đơn vị", "ĐVSN tự bảo đảm chi thường xuyên", "tinh", code="BM6-2.3"),
     F(325, "đơn vị", "ĐVSN tự bảo đảm một phần chi thường xuyên", "tinh", code="BM6-2.4"),
     F(801, "đơn vị", "ĐVSN do Nhà nước bảo đảm chi thường xuyên", "tinh", code="BM6-2.5")],
    "synthetic: Sở Tài chính tỉnh Lâm Đồng, lũy kế đến 30/6/2026 (tự chủ tài chính ĐVSN)")

# ---------------------------------------------------------------- validation
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}
KINDS = {"report", "news"}


def vn_num(v):
    if isinstance(v, int) or float(v).is_integer():
        return "{:,}".format(int(v)).replace(",", ".")
    s = repr(float(v))
    ip, dp = s.split(".")
    return "{:,}".format(int(ip)).replace(",", ".") + "," + dp


def value_in_text(v, text):
    forms = {vn_num(v)}
    if isinstance(v, float) and not float(v).is_integer():
        # allow trailing zero as written (80,30)
        forms.add(vn_num(v) + "0")
    if float(v) >= 1000 and float(v) % 100 == 0:
        k = v / 1000
        forms.add(vn_num(int(k) if float(k).is_integer() else round(k, 3)) + " nghìn")
    for f in forms:
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def load_codes():
    codes = set()
    with open(CATALOG, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            codes.add("BM%s-%s" % (r["form"], r["code"]))
    return codes


def earlier_urls_and_values():
    urls, values = set(), set()
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "sources_by_case.tsv")):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2 and parts[1].startswith("http"):
                    urls.add(parts[1].strip())
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "README.md")):
        with open(p, encoding="utf-8") as fh:
            urls.update(re.findall(r"https?://[^\s)|`]+", fh.read()))
    for p in glob.glob(os.path.join(EARLIER, "*", "*", "cases.csv")):
        with open(p, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                try:
                    for f in json.loads(r["facts"]):
                        values.add(float(f["value"]))
                except Exception:
                    pass
    return urls, values


def main():
    codes = load_codes()
    urls, old_values = earlier_urls_and_values()
    warnings = 0
    seen_text = set()
    n_real = sum(1 for c in CASES if not c[5].startswith("synthetic:"))
    n_syn = len(CASES) - n_real
    for cid, kind, level, text, facts, src in CASES:
        assert kind in KINDS and level in LEVELS, cid
        assert unicodedata.normalize("NFC", text) == text, cid
        assert text not in seen_text, cid
        seen_text.add(text)
        used = set()
        for f in facts:
            assert list(f.keys()) == KEYS, cid
            assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool), cid
            assert isinstance(f["approx"], bool) and f["scope"] in SCOPES, cid
            for k in ("unit", "measure", "code"):
                assert unicodedata.normalize("NFC", f[k]) == f[k], cid
            if f["code"]:
                assert f["code"] in codes, (cid, f["code"])
                assert f["code"] not in used, (cid, f["code"])
                used.add(f["code"])
            if not value_in_text(f["value"], text):
                print("WARN value not in text", cid, f["value"])
                warnings += 1
            if src.startswith("synthetic:") and float(f["value"]) >= 100 and float(f["value"]) != 100 \
                    and float(f["value"]) in old_values:
                print("WARN synthetic value used earlier", cid, f["value"])
                warnings += 1
        if not src.startswith("synthetic:"):
            if src in urls:
                print("WARN url reused", cid, src)
                warnings += 1
    assert n_syn <= n_real

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for cid, kind, level, text, facts, src in CASES:
        w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(out.getvalue())
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as fh:
        for cid, kind, level, text, facts, src in CASES:
            fh.write("%s\t%s\n" % (cid, src))

    # read back
    n_f = n_c = 0
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        fl = json.loads(r["facts"])
        assert isinstance(fl, list)
        n_f += len(fl)
        n_c += sum(1 for f in fl if f["code"])
    real_f = sum(len(c[4]) for c in CASES if not c[5].startswith("synthetic:"))
    real_c = sum(sum(1 for f in c[4] if f["code"]) for c in CASES if not c[5].startswith("synthetic:"))
    print("cases %d (real %d, synthetic %d), facts %d (real %d), coded %d (real %d), warnings %d"
          % (len(rows), n_real, n_syn, n_f, real_f, n_c, real_c, warnings))


if __name__ == "__main__":
    main()
