#!/usr/bin/env python3
"""Holds and validates held-out set 37, writer A (tinh / so_nganh). Writes cases.csv and sources_by_case.tsv."""
import csv, json, glob, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = os.path.join(HERE, '..', 'earlier')
CATALOG = '/work/shared/reference/catalog.csv'

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

CASES = []
def C(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

# ---------------- REAL (own wording, page's figures) ----------------
C("news", "so_nganh",
  "Theo Thanh tra tỉnh Khánh Hòa, trong 9 tháng đầu năm 2025, đơn vị đã khẩn trương thanh tra 128 công trình, dự án có dấu hiệu khó khăn, vướng mắc, chậm tiến độ, tồn đọng kéo dài, có nguy cơ gây thất thoát, lãng phí. Trong kỳ, toàn ngành triển khai 70 cuộc thanh tra (29 cuộc kỳ trước chuyển sang, 41 cuộc triển khai mới), ban hành kết luận 55 cuộc tại 92 đơn vị; qua thanh tra phát hiện sai phạm về kinh tế hơn 57 tỷ đồng và 15.355 m2 đất, kiến nghị thu hồi nộp ngân sách nhà nước hơn 56 tỷ đồng, thu hồi 15.355 m2 đất, kiến nghị xử lý khác 711,18 triệu đồng; chuyển cơ quan điều tra 2 vụ việc và kiến nghị xử lý kỷ luật 4 cá nhân.",
  [F(128, "công trình", "công trình, dự án được thanh tra", "so_nganh"),
   F(70, "cuộc", "cuộc thanh tra đã triển khai", "tinh"),
   F(29, "cuộc", "cuộc thanh tra kỳ trước chuyển sang", "tinh"),
   F(41, "cuộc", "cuộc thanh tra triển khai mới", "tinh"),
   F(55, "cuộc", "cuộc thanh tra đã ban hành kết luận", "tinh"),
   F(92, "đơn vị", "đơn vị được kết luận thanh tra", "tinh"),
   F(57, "tỷ đồng", "sai phạm về kinh tế phát hiện qua thanh tra", "tinh", True),
   F(15355, "m2", "đất sai phạm phát hiện qua thanh tra", "tinh"),
   F(56, "tỷ đồng", "kiến nghị thu hồi nộp ngân sách nhà nước", "tinh", True),
   F(15355, "m2", "đất kiến nghị thu hồi", "tinh"),
   F(711.18, "triệu đồng", "kiến nghị xử lý khác", "tinh"),
   F(2, "vụ", "vụ việc chuyển cơ quan điều tra", "tinh"),
   F(4, "người", "cá nhân kiến nghị xử lý kỷ luật", "tinh")],
  "https://fr.laodong.vn/kinh-doanh/khanh-hoa-thanh-tra-128-cong-trinh-du-an-kho-khan-vuong-mac-cham-tien-do-1582927.ldo")

C("news", "so_nganh",
  "Cũng trong 9 tháng đầu năm 2025, Thanh tra tỉnh Khánh Hòa theo dõi, đôn đốc việc thực hiện 46 kết luận thanh tra; tổng số tiền kiến nghị thu hồi về ngân sách nhà nước theo các kết luận này hơn 72 tỷ đồng, đến nay đã thu hồi được hơn 43 tỷ đồng.",
  [F(46, "kết luận", "kết luận thanh tra được theo dõi, đôn đốc thực hiện", "so_nganh"),
   F(72, "tỷ đồng", "tiền kiến nghị thu hồi theo các kết luận được đôn đốc", "so_nganh", True),
   F(43, "tỷ đồng", "tiền đã thu hồi về ngân sách", "so_nganh", True)],
  "https://fr.laodong.vn/kinh-doanh/khanh-hoa-thanh-tra-128-cong-trinh-du-an-kho-khan-vuong-mac-cham-tien-do-1582927.ldo")

C("news", "so_nganh",
  "Báo cáo Đoàn kiểm tra CCHC của Bộ Nội vụ ngày 5/11/2025, Sở Nội vụ tỉnh Cà Mau cho biết giai đoạn 2021 - 2025 tỉnh đạt và vượt 19/23 chỉ tiêu đề ra; riêng 9 tháng năm 2025 đã hoàn thành 41/46 nhiệm vụ cải cách hành chính. Tỉnh đã giải quyết xong chế độ, chính sách theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP cho 2.943 người có quyết định nghỉ, trong đó 1.371 người nghỉ hưu và 1.572 người thôi việc.",
  [F(19, "chỉ tiêu", "chỉ tiêu giai đoạn 2021 - 2025 đạt và vượt", "tinh"),
   F(23, "chỉ tiêu", "chỉ tiêu đề ra giai đoạn 2021 - 2025", "tinh"),
   F(41, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "tinh", False, "BM1-2.2"),
   F(46, "nhiệm vụ", "nhiệm vụ CCHC đề ra", "tinh", False, "BM1-2.1"),
   F(2943, "người", "người nghỉ đã được giải quyết chính sách theo NĐ 178, 67", "tinh"),
   F(1371, "người", "người nghỉ hưu", "tinh"),
   F(1572, "người", "người thôi việc", "tinh")],
  "https://news.laodong.vn/xa-hoi/ca-mau-van-con-cong-chuc-vien-chuc-bo-tri-chua-dung-vi-tri-viec-lam-1604026.ldo")

C("news", "so_nganh",
  "Ngày 20/3/2025, Phó Giám đốc Sở Nội vụ TP Hồ Chí Minh Nguyễn Bắc Nam cho biết từ ngày 1/1 đến nay, Sở đã tiếp nhận 281 trường hợp xin nghỉ hưu trước tuổi hoặc thôi việc, trong đó 237 người nghỉ hưu trước tuổi và 44 người tự nguyện thôi việc. Theo phương án đã được thông qua, thành phố dự kiến chi khoảng 17.000 tỷ đồng để hỗ trợ 7.159 người thuộc diện tinh giản.",
  [F(281, "người", "trường hợp xin nghỉ hưu trước tuổi, thôi việc đã tiếp nhận", "tinh"),
   F(237, "người", "người nghỉ hưu trước tuổi", "tinh"),
   F(44, "người", "người tự nguyện thôi việc", "tinh")],
  "https://news.laodong.vn/thoi-su/tphcm-se-dieu-chinh-che-do-ho-tro-them-khi-can-bo-nghi-viec-1479790.ldo")

C("news", "so_nganh",
  "Tại hội nghị kinh tế - xã hội 6 tháng đầu năm 2025 ngày 4/7, Giám đốc Sở Nội vụ TP Hồ Chí Minh Phạm Thị Thanh Hiền cho biết tính đến ngày 30/6, thành phố có 2.081 người nghỉ hưu trước tuổi, thôi việc được hưởng chính sách theo Nghị định 178 và Nghị định 67, gồm 398 người khối Đảng, đoàn thể, 1.662 người khối chính quyền và 21 người thuộc diện Ban Thường vụ Thành ủy quản lý; tổng kinh phí hỗ trợ đã chi trả là 773,5 tỷ đồng. Theo đề án, trong 5 năm tới thành phố tinh giản ít nhất 20% biên chế, tương đương giảm 4% mỗi năm.",
  [F(2081, "người", "người nghỉ được hưởng chính sách theo NĐ 178, 67", "tinh"),
   F(398, "người", "người nghỉ khối Đảng, đoàn thể", "tinh"),
   F(1662, "người", "người nghỉ khối chính quyền", "tinh"),
   F(21, "người", "người nghỉ thuộc diện Ban Thường vụ Thành ủy quản lý", "tinh"),
   F(773.5, "tỷ đồng", "kinh phí hỗ trợ đã chi trả", "tinh")],
  "https://vnnow.net/en/news/ho-chi-minh-city-spends-over-770-billion-vnd-supporting-retired-officials-98345.html")

C("news", "so_nganh",
  "Tại hội nghị kinh tế - xã hội tháng 8 và 8 tháng năm 2025 chiều 9/9, Sở Nội vụ TP Hồ Chí Minh cho biết sau sắp xếp, số công chức tạm giao cho cấp xã là 11.185 người nhưng đến ngày 15/8 số có mặt là 11.689 người; ở các sở, ngành, tổng số biên chế sau sắp xếp là 7.998 người, số có mặt 6.683 người. UBND thành phố đã hoàn tất bổ nhiệm, kiện toàn lãnh đạo HĐND, UBND và Ban Chỉ huy quân sự tại 168 xã, phường, đặc khu, hiện còn 8 vị trí lãnh đạo khuyết do cán bộ nghỉ theo Nghị định 178; về chính sách hỗ trợ, trong gần 6.000 trường hợp đã được giải quyết có 1.059 người thuộc khối Đảng, đoàn thể và 4.938 người thuộc khối chính quyền.",
  [F(168, "đơn vị", "xã, phường, đặc khu đã hoàn tất kiện toàn lãnh đạo", "xa"),
   F(6000, "người", "trường hợp đã được giải quyết chính sách hỗ trợ", "tinh", True),
   F(1059, "người", "trường hợp khối Đảng, đoàn thể đã giải quyết", "tinh"),
   F(4938, "người", "trường hợp khối chính quyền đã giải quyết", "tinh")],
  "https://news.laodong.vn/xa-hoi/gan-6000-can-bo-cong-chuc-tphcm-duoc-chi-tra-tro-cap-thoi-viec-do-tinh-gon-bo-may-1571682.ldo")

C("news", "tinh",
  "Phát biểu khai mạc kỳ họp chuyên đề, Chủ tịch HĐND TP Hồ Chí Minh Võ Văn Minh cho biết tại kỳ họp này HĐND thành phố sẽ xem xét, thông qua 34 nghị quyết quan trọng thuộc các lĩnh vực kinh tế, ngân sách, đô thị, văn hóa - xã hội và pháp chế, làm cơ sở để hoàn thành các mục tiêu phát triển kinh tế - xã hội năm 2025.",
  [],
  "https://news.laodong.vn/thoi-su/hdnd-tphcm-hop-de-thong-qua-34-nghi-quyet-quan-trong-1565248.ldo")

C("news", "tinh",
  "Tại kỳ họp thứ 21 ngày 20/2/2025, HĐND TP Hồ Chí Minh xem xét phương án giảm số cơ quan chuyên môn từ 21 xuống còn 16 và cắt giảm 6.291 vị trí, tương đương khoảng 20% tổng biên chế được giao; kinh phí dự kiến để hỗ trợ người nghỉ việc gần 17.000 tỷ đồng.",
  [],
  "https://vietnamnews.vn/society/1692600/people-s-council-to-streamline-state-personnel.html")

C("news", "so_nganh",
  "Từ năm 2022 đến nay, Sở Giao thông vận tải tỉnh Hải Dương có 3 sáng kiến, giải pháp được áp dụng trong cải cách hành chính. Riêng giải pháp chuyển phát hồ sơ, kết quả giải quyết TTHC qua dịch vụ bưu chính công ích, áp dụng từ tháng 7/2022, đã trả hơn 33.000 hồ sơ cho tổ chức, công dân, chiếm gần 20% tổng số hồ sơ Sở tiếp nhận; hiện Sở là đơn vị có tỷ lệ hồ sơ trả qua bưu chính công ích cao nhất tỉnh.",
  [F(3, "sáng kiến", "sáng kiến, giải pháp CCHC được áp dụng", "so_nganh"),
   F(33000, "hồ sơ", "hồ sơ trả kết quả qua bưu chính công ích", "so_nganh", True),
   F(20, "%", "tỷ lệ hồ sơ trả qua bưu chính công ích trên tổng hồ sơ tiếp nhận", "so_nganh", True)],
  "https://baohaiduong.vn/en/audio-so-giao-thong-van-tai-co-nhieu-sang-kien-ap-dung-trong-cai-cach-hanh-chinh-132039.html")

C("news", "tinh",
  "Tỉnh Sơn La triển khai chứng thư số và chữ ký số chuyên dùng công vụ trong các cơ quan hành chính nhà nước từ năm 2017; đến nay có 6.632 chứng thư số chuyên dùng đang hoạt động, gồm 5.503 chứng thư số cá nhân (4.837 thiết bị Token, 490 SIM-PKI và 176 chứng thư số tập trung) và 1.129 chứng thư số của tổ chức.",
  [],
  "https://thongtindoingoai.sonla.gov.vn/en/content-462-ung-dung-chu-ky-so-chuyen-dung-cong-vu.html")

C("news", "so_nganh",
  "Theo Giám đốc Sở Giao thông vận tải Đà Nẵng Bùi Hồng Trung, Sở duy trì tỷ lệ 100% dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện và 100% hồ sơ nộp trực tuyến ở các lĩnh vực du lịch, đường thủy nội địa, quản lý xây dựng, đăng kiểm và đường bộ. Sở đã rà soát, cắt giảm thời gian giải quyết 17 TTHC thuộc lĩnh vực đường bộ, đường thủy nội địa, hoạt động xây dựng; cắt giảm thời gian đối với 7 TTHC khi nộp hồ sơ trực tuyến so với nộp trực tiếp và triển khai 26 TTHC tái sử dụng thông tin, dữ liệu có sẵn trong kho dữ liệu số, cơ sở dữ liệu quốc gia, chuyên ngành.",
  [F(100, "%", "tỷ lệ TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", "so_nganh"),
   F(100, "%", "tỷ lệ hồ sơ nộp trực tuyến ở các lĩnh vực nêu", "so_nganh"),
   F(17, "TTHC", "TTHC được cắt giảm thời gian giải quyết", "so_nganh"),
   F(7, "TTHC", "TTHC cắt giảm thời gian khi nộp trực tuyến", "so_nganh"),
   F(26, "TTHC", "TTHC triển khai tái sử dụng thông tin, dữ liệu", "so_nganh")],
  "https://baodanang.vn/english/E-Magazine/202412/digital-transformation-in-da-nanghigh-consensus-within-party-government-and-people-article-no1-efforts-to-bring-satisfaction-to-citizens-and-businesses-3995852")

C("report", "tinh",
  "Nhiệm kỳ 2016 - 2021, qua 17 kỳ họp, HĐND tỉnh Bình Dương đã nghiên cứu, biểu quyết thông qua 248 nghị quyết, gồm 92 nghị quyết quy phạm pháp luật và 156 nghị quyết cá biệt; theo lĩnh vực, kinh tế - ngân sách 109 nghị quyết, văn hóa - xã hội 28 nghị quyết, pháp chế 58 nghị quyết, tổ chức cán bộ 36 nghị quyết và các lĩnh vực khác 17 nghị quyết.",
  [F(17, "kỳ họp", "kỳ họp HĐND tỉnh đã tổ chức trong nhiệm kỳ", "tinh"),
   F(248, "văn bản", "nghị quyết HĐND tỉnh đã thông qua", "tinh"),
   F(92, "văn bản", "nghị quyết quy phạm pháp luật", "tinh"),
   F(156, "văn bản", "nghị quyết cá biệt", "tinh"),
   F(109, "văn bản", "nghị quyết lĩnh vực kinh tế - ngân sách", "tinh"),
   F(28, "văn bản", "nghị quyết lĩnh vực văn hóa - xã hội", "tinh"),
   F(58, "văn bản", "nghị quyết lĩnh vực pháp chế", "tinh"),
   F(36, "văn bản", "nghị quyết lĩnh vực tổ chức cán bộ", "tinh"),
   F(17, "văn bản", "nghị quyết các lĩnh vực khác", "tinh")],
  "https://eng.binhduong.gov.vn/_layouts/15/LacVietBio/LacViet.CMS2013/XemChiTiet/Pages/InBaiVietPage.aspx?WebId=bcd425ea-1ce6-4d17-be77-39ad097116e2&ListId=39800fa2-ee32-4fd7-9655-876890ee4f8e&ID=3381&CategoryId=")

C("news", "tinh",
  "Chiều 10/9/2021, sau một ngày làm việc khẩn trương, kỳ họp thứ hai HĐND tỉnh Bình Dương khóa X bế mạc; kỳ họp đã bầu bổ sung Ủy viên UBND tỉnh và biểu quyết thông qua 17 dự thảo nghị quyết, trong đó có quy chế hoạt động của HĐND tỉnh, chương trình giám sát năm 2022, đầu tư công và học phí năm học 2021 - 2022.",
  [F(17, "văn bản", "nghị quyết HĐND tỉnh thông qua tại kỳ họp", "tinh")],
  "https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=4173&PageIndex=164")

C("news", "so_nganh",
  "Ngày 25/2/2024, Sở Giao thông vận tải TP Cần Thơ thông báo chuyển nơi tiếp nhận hồ sơ, trả kết quả TTHC từ trụ sở Sở về Trung tâm Phục vụ hành chính công thành phố kể từ ngày 26/2. Trong hai tháng cuối năm 2023 và tháng 1/2024, Sở tiếp nhận lượng hồ sơ gấp 2 - 3 lần bình thường, nhiều nhất là hồ sơ đổi giấy phép lái xe; trong 3 tháng này, Bưu điện thành phố phối hợp cấp, đổi 6.236 hồ sơ giấy phép lái xe mô tô tại 9 quận, huyện, còn mỗi ngày bộ phận một cửa của Sở tiếp nhận hơn 200 hồ sơ đổi giấy phép lái xe.",
  [F(6236, "hồ sơ", "hồ sơ cấp, đổi giấy phép lái xe mô tô qua bưu điện", "tinh")],
  "https://vjs.vietnam.vn/en/tu-26-2-nguoi-dan-can-tho-nop-ho-so-doi-gplx-o-dia-diem-moi")

C("news", "tinh",
  "Tại lễ khai trương Cổng dịch vụ công trực tuyến thành phố Đà Nẵng tháng 10/2019, Phó Chủ tịch UBND thành phố Lê Trung Chinh cho biết năm 2018 tỷ lệ dịch vụ công được số hóa của thành phố là 44%, 9 tháng năm 2019 đạt 51%. Cổng được bổ sung 280 dịch vụ công mới, hiện cung cấp 850 dịch vụ công trực tuyến mức độ 3 và 4 tại các quận, huyện, xã, phường; 100% thủ tục cấp giấy phép xây dựng đã được thực hiện trực tuyến mức độ 3.",
  [F(51, "%", "tỷ lệ dịch vụ công được số hóa 9 tháng năm 2019", "tinh"),
   F(280, "dịch vụ", "dịch vụ công mới được bổ sung trên Cổng", "tinh"),
   F(850, "TTHC", "dịch vụ công trực tuyến mức độ 3 và 4 đang cung cấp", "tinh", False, "BM7-6.3.1"),
   F(100, "%", "tỷ lệ thủ tục cấp phép xây dựng thực hiện trực tuyến mức độ 3", "tinh")],
  "https://baodanang.vn/english/politics/201910/the-city-opens-online-public-services-portal-3254393")

C("news", "tinh",
  "Tại cuộc họp tháng 9/2022, Sở Thông tin và Truyền thông Đà Nẵng cho biết thành phố đã hình thành các cơ sở dữ liệu nền về công dân, doanh nghiệp, dân cư, hộ tịch, đất đai, cán bộ công chức cùng 560 cơ sở dữ liệu chuyên ngành; 100% dịch vụ công đủ điều kiện đã được cung cấp trực tuyến mức độ 4. Đến nay, thành phố đã hoàn thành 7/20 chỉ tiêu của Kế hoạch hành động chuyển đổi số năm 2022, 13 chỉ tiêu còn lại đang được triển khai.",
  [F(100, "%", "tỷ lệ dịch vụ công đủ điều kiện cung cấp trực tuyến mức độ 4", "tinh", False, "BM7-6.2"),
   F(7, "chỉ tiêu", "chỉ tiêu chuyển đổi số năm 2022 đã hoàn thành", "tinh"),
   F(20, "chỉ tiêu", "chỉ tiêu của Kế hoạch hành động chuyển đổi số năm 2022", "tinh")],
  "https://baodanang.vn/english/education-science/202209/da-nang-offers-100-of-eligible-public-services-online-at-level-4-3922980")

C("news", "tinh",
  "Theo Kế hoạch số 93/KH-UBND ngày 15/4/2024, Đà Nẵng đề ra 48 chỉ tiêu chuyển đổi số năm 2024. Hiện 94% tổng số TTHC của thành phố đã được cung cấp trực tuyến; đến nay 98% tổng số TTHC đã được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình.",
  [F(94, "%", "tỷ lệ TTHC được cung cấp trực tuyến", "tinh"),
   F(98, "%", "tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "tinh")],
  "https://baodanang.vn/english/education-science/202405/da-nang-strives-to-effectively-implement-tasks-for-digital-transformation-in-2024-3971833/")

C("news", "tinh",
  "Tại phiên họp tháng 12 của Thường trực HĐND tỉnh Điện Biên, các đại biểu đánh giá kỳ họp thứ 17, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 diễn ra trong 1,5 ngày, được chuẩn bị nghiêm túc, đúng quy định; 26 nghị quyết trình tại kỳ họp đều được các đại biểu HĐND tỉnh biểu quyết thông qua.",
  [F(26, "văn bản", "nghị quyết được HĐND tỉnh thông qua tại kỳ họp", "tinh")],
  "https://en.baodienbienphu.com.vn/thoi-su-chinh-tri/dien-bien-holds-december-session-of-the-standing-committee-of-the-provincial-peoples-council-hiMBF5NNg.html")

C("news", "tinh",
  "Trong tháng 7/2015, Thường trực HĐND tỉnh Nghệ An phối hợp với các Ban HĐND, chỉ đạo Văn phòng Đoàn ĐBQH và HĐND tỉnh chuẩn bị, tổ chức thành công kỳ họp thứ 14, HĐND tỉnh khóa XVI; tại kỳ họp có 21 tờ trình và dự thảo nghị quyết được HĐND tỉnh xem xét, thông qua.",
  [F(21, "văn bản", "tờ trình, dự thảo nghị quyết được thông qua tại kỳ họp", "tinh")],
  "https://baonghean.vn/en/rut-kinh-nghiem-ky-hop-thu-14-hdnd-tinh-khoa-xvi-10079423.html")

C("report", "tinh",
  "Để nâng cao hiệu quả giải quyết TTHC, UBND tỉnh đã ban hành 7 quyết định và 6 kế hoạch triển khai nhiệm vụ chuyển đổi số năm 2024 và các năm tiếp theo; hoàn thành nâng cấp Cổng thông tin điện tử, tích hợp thành công 183 trang thông tin điện tử của các cơ quan, đơn vị. Giai đoạn 2022 - 2025, tỉnh phấn đấu mỗi năm tăng ít nhất 20% tỷ lệ số hóa hồ sơ ở từng cấp hành chính cho đến khi đạt 100%.",
  [F(7, "văn bản", "quyết định về chuyển đổi số đã ban hành", "tinh"),
   F(6, "văn bản", "kế hoạch về chuyển đổi số đã ban hành", "tinh"),
   F(183, "trang", "trang thông tin điện tử được tích hợp vào Cổng", "tinh")],
  "https://vietnam.vn/en/so-hoa-ho-so-trong-giai-quyet-thu-tuc-hanh-chinh")

# ---------------- SYNTHETIC (real units after 1/7/2025, invented figures) ----------------
C("report", "tinh",
  "Quý III/2025, Chủ tịch UBND tỉnh Lào Cai ban hành 19 quyết định công bố danh mục TTHC, trong đó công bố mới 96 TTHC, sửa đổi, bổ sung 87 TTHC và bãi bỏ 78 TTHC; đến ngày 30/9/2025, tổng số TTHC thuộc thẩm quyền giải quyết tại tỉnh là 2.089 thủ tục, gồm 1.745 TTHC cấp tỉnh và 344 TTHC cấp xã.",
  [F(19, "văn bản", "quyết định công bố danh mục TTHC", "tinh"),
   F(96, "TTHC", "TTHC công bố mới", "tinh", False, "BM3-1.2"),
   F(87, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
   F(78, "TTHC", "TTHC bãi bỏ", "tinh", False, "BM3-1.3"),
   F(2089, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết tại tỉnh", "tinh", False, "BM3-1.4"),
   F(1745, "TTHC", "TTHC cấp tỉnh", "tinh", False, "BM3-1.4.1"),
   F(344, "TTHC", "TTHC cấp xã", "xa", False, "BM3-1.4.3")],
  "synthetic: tỉnh Lào Cai, quý III/2025")

C("report", "so_nganh",
  "6 tháng đầu năm 2026, Sở Tư pháp tỉnh Tây Ninh đã kiểm tra 86 văn bản quy phạm pháp luật theo thẩm quyền, phát hiện 11 văn bản có nội dung, thể thức chưa phù hợp, đã kiến nghị và xử lý xong 8 văn bản; đồng thời rà soát 1.386 văn bản do HĐND, UBND tỉnh Long An và tỉnh Tây Ninh (cũ) ban hành, xác định 58 văn bản cần xử lý, đến nay đã xử lý 41 văn bản. Sở phấn đấu hoàn thành xử lý toàn bộ số văn bản còn lại trước ngày 30/9/2026.",
  [F(86, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "tinh", False, "BM2-2.1"),
   F(11, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "tinh", False, "BM2-2.2.1"),
   F(8, "văn bản", "VBQPPL đã xử lý xong sau kiểm tra", "tinh", False, "BM2-2.2.2"),
   F(1386, "văn bản", "VBQPPL đã rà soát", "tinh", False, "BM2-3.1"),
   F(58, "văn bản", "VBQPPL cần xử lý sau rà soát", "tinh", False, "BM2-3.2.1"),
   F(41, "văn bản", "VBQPPL đã xử lý sau rà soát", "tinh", False, "BM2-3.2.2")],
  "synthetic: Sở Tư pháp tỉnh Tây Ninh, 6 tháng đầu năm 2026")

C("report", "tinh",
  "Năm 2025, các sở, ngành TP Hải Phòng giải quyết xong 186.724 hồ sơ TTHC, trong đó 185.903 hồ sơ đúng và trước hạn, đạt 99,56%; UBND cấp xã giải quyết xong 1.093.417 hồ sơ, đúng hạn 1.087.630 hồ sơ, đạt 99,47%. Thành phố tiếp nhận 63 phản ánh, kiến nghị về quy định hành chính, đã xử lý xong 59 phản ánh, kiến nghị, tăng 9 phản ánh so với năm 2024.",
  [F(186724, "hồ sơ", "hồ sơ sở, ngành đã giải quyết xong", "so_nganh", False, "BM3-3.1.1"),
   F(185903, "hồ sơ", "hồ sơ sở, ngành giải quyết đúng và trước hạn", "so_nganh", False, "BM3-3.1.2"),
   F(99.56, "%", "tỷ lệ hồ sơ sở, ngành giải quyết đúng hạn", "so_nganh", False, "BM3-3.1"),
   F(1093417, "hồ sơ", "hồ sơ cấp xã đã giải quyết xong", "xa", False, "BM3-3.3.1"),
   F(1087630, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
   F(99.47, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", False, "BM3-3.3"),
   F(63, "PAKN", "phản ánh, kiến nghị về quy định hành chính đã tiếp nhận", "tinh", False, "BM3-3.4.1"),
   F(59, "PAKN", "phản ánh, kiến nghị đã xử lý xong", "tinh", False, "BM3-3.4.2")],
  "synthetic: thành phố Hải Phòng, năm 2025")

C("report", "so_nganh",
  "Năm 2025, Sở Nội vụ tỉnh Quảng Trị tham mưu tuyển dụng 98 công chức và 1.086 viên chức thông qua thi tuyển, xét tuyển; tổ chức kiểm tra công tác cải cách hành chính tại 16 sở, ngành và 27 UBND xã, phường, qua kiểm tra phát hiện 43 vấn đề, đến nay đã xử lý xong 36 vấn đề.",
  [F(98, "người", "công chức được tuyển dụng", "tinh", False, "BM5-2.1"),
   F(1086, "người", "viên chức được tuyển dụng", "tinh", False, "BM5-2.4"),
   F(16, "đơn vị", "sở, ngành được kiểm tra CCHC", "so_nganh", False, "BM1-3.1"),
   F(27, "đơn vị", "UBND xã, phường được kiểm tra CCHC", "xa"),
   F(43, "vấn đề", "vấn đề phát hiện qua kiểm tra", "tinh", False, "BM1-3.3.1"),
   F(36, "vấn đề", "vấn đề phát hiện đã xử lý xong", "tinh", False, "BM1-3.3.2")],
  "synthetic: Sở Nội vụ tỉnh Quảng Trị, năm 2025")

C("news", "tinh",
  "Quý I/2026, toàn tỉnh Nghệ An tiếp nhận 418.592 hồ sơ TTHC, trong đó 356.904 hồ sơ nộp trực tuyến, đạt 85,26%, tăng 6,4% so với cùng kỳ năm trước; tỷ lệ hồ sơ thanh toán trực tuyến đạt 79,8%. Tỉnh phấn đấu đến hết năm 2026 tỷ lệ hồ sơ trực tuyến đạt trên 90%.",
  [F(418592, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "tinh", False, "BM7-6.4.1"),
   F(356904, "hồ sơ", "hồ sơ nộp trực tuyến", "tinh", False, "BM7-6.4.2"),
   F(85.26, "%", "tỷ lệ hồ sơ nộp trực tuyến", "tinh", False, "BM7-6.4"),
   F(79.8, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "tinh")],
  "synthetic: tỉnh Nghệ An, quý I/2026")

# ---------------- validation ----------------
def vn(v):
    """Vietnamese renderings of a number: 1.234 / 96,6 / 711,18"""
    out = set()
    if isinstance(v, float) and not v.is_integer():
        s = repr(v); ip, fp = s.split('.')
        ipf = f"{int(ip):,}".replace(',', '.')
        out.add(f"{ipf},{fp}")
    else:
        i = int(v); out.add(f"{i:,}".replace(',', '.')); out.add(str(i))
    return out

def main():
    cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open(CATALOG, encoding='utf-8'))}
    earlier_urls, earlier_vals = set(), set()
    for p in glob.glob(os.path.join(EARLIER, '*', '*', 'sources_by_case.tsv')):
        for line in open(p, encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if len(parts) > 1: earlier_urls.add(parts[1].strip())
    readme_text = ''.join(open(p, encoding='utf-8').read() for p in glob.glob(os.path.join(EARLIER, '*', '*', 'README.md')))
    for p in glob.glob(os.path.join(EARLIER, '*', '*', 'cases.csv')):
        for r in csv.DictReader(open(p, encoding='utf-8')):
            try:
                for f in json.loads(r.get('facts') or '[]'): earlier_vals.add(float(f['value']))
            except Exception: pass
    warn = 0; texts = set(); rows = []; srcs = []
    n_real = n_syn = nf = nf_real = nc = nc_real = napprox = 0
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        cid = f"H37-A-{i:03d}"
        assert kind in ('report', 'news') and level in ('tinh', 'so_nganh', 'huyen', 'xa')
        assert unicodedata.normalize('NFC', text) == text, cid
        assert text not in texts, cid; texts.add(text)
        syn = src.startswith('synthetic:')
        if not syn:
            if src in earlier_urls or src in readme_text:
                print('WARN reused url', cid); warn += 1
        codes = [f['code'] for f in facts if f['code']]
        if len(codes) != len(set(codes)): print('WARN dup code', cid); warn += 1
        for f in facts:
            assert list(f) == ["value", "unit", "measure", "scope", "approx", "code"], cid
            assert f['scope'] in ('tinh', 'so_nganh', 'huyen', 'xa', 'trung_tam', ''), cid
            if f['code'] and f['code'] not in cat: print('WARN bad code', cid, f['code']); warn += 1
            if not any(re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text) for s in vn(f['value'])):
                print('WARN value not in text', cid, f['value']); warn += 1
            if syn and f['value'] >= 100 and f['value'] != 100 and float(f['value']) in earlier_vals:
                print('WARN synthetic value used earlier', cid, f['value']); warn += 1
        n_real += not syn; n_syn += syn; nf += len(facts); nc += len(codes)
        if not syn: nf_real += len(facts); nc_real += len(codes)
        napprox += sum(f['approx'] for f in facts)
        rows.append([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    with open(os.path.join(HERE, 'cases.csv'), 'w', encoding='utf-8', newline='') as fh:
        w = csv.writer(fh); w.writerow(['case_id', 'source_kind', 'doc_level', 'text', 'facts']); w.writerows(rows)
    with open(os.path.join(HERE, 'sources_by_case.tsv'), 'w', encoding='utf-8') as fh:
        for cid, s in srcs: fh.write(f"{cid}\t{s}\n")
    # read back
    back = list(csv.DictReader(open(os.path.join(HERE, 'cases.csv'), encoding='utf-8')))
    assert len(back) == len(CASES)
    for r in back: json.loads(r['facts'])
    print(f"cases {len(CASES)} (real {n_real}, synthetic {n_syn}), facts {nf} (real {nf_real}), coded {nc} (real {nc_real}), approx {napprox}, warnings {warn}")

if __name__ == '__main__':
    main()
