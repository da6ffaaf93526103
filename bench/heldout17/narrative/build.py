# Builds cases.csv and sources_by_case.tsv for holdout17 narrative (north & centre), then validates.
import csv, json, unicodedata, re
PREFIX = "H17-N-"
cases = []
cur = {"src": None}
def src(u): cur["src"] = u
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
def add(kind, level, text, facts=()):
    cases.append((kind, level, unicodedata.normalize("NFC", text), list(facts), cur["src"]))
news = lambda l, t, f=(): add("news", l, t, f)
rep = lambda l, t, f=(): add("report", l, t, f)

# ---------------- REAL PAGES
src("https://www.baomoi.com/bac-giang-cong-bo-bo-thu-tuc-hanh-chinh-chung/c/2995492.epi")
news("tinh", "Chiều 28/7, Văn phòng Chính phủ và UBND tỉnh Bắc Giang công bố bộ thủ tục hành chính chung áp dụng cho cấp huyện và cấp xã; ở cấp huyện, bộ thủ tục gồm 14 lĩnh vực với 314 thủ tục cần thiết.",
     [F(14, "lĩnh vực", "lĩnh vực trong bộ TTHC chung cấp huyện", "huyen"), F(314, "TTHC", "thủ tục cần thiết cấp huyện", "huyen")])
news("tinh", "Với cấp xã, bộ thủ tục hành chính chung của Bắc Giang có 12 lĩnh vực và 180 thủ tục cần thiết; lãnh đạo tỉnh đã trao bộ thủ tục cho đại diện 10 huyện và xã.",
     [F(12, "lĩnh vực", "lĩnh vực trong bộ TTHC chung cấp xã", "xa"), F(180, "TTHC", "thủ tục cần thiết cấp xã", "xa")])
news("tinh", "Theo kế hoạch của Ban chỉ đạo Đề án 30 của Chính phủ, các ban, ngành của Bắc Giang phải hoàn thành công bố thủ tục hành chính giai đoạn 1 trước ngày 20/8.")

src("https://danchuphapluat.vn/thong-nhat-quy-trinh-thu-tuc-cong-chung-chung-thuc-van-ban-thoa-thuan-phan-chia-di-san-van-ban-khai-nhan-di-san")
news("tinh", "Từ ngày 01/01/2017 đến 31/6/2018, các tổ chức hành nghề công chứng ở tỉnh Quảng Bình đã chứng nhận trên 1.500 văn bản thỏa thuận phân chia di sản, khai nhận di sản, còn UBND cấp xã chứng thực gần 5.500 văn bản.",
     [F(1500, "văn bản", "văn bản phân chia, khai nhận di sản được công chứng", "tinh", True), F(5500, "văn bản", "văn bản phân chia, khai nhận di sản được chứng thực", "xa", True)])

src("https://tthc.quangbinh.gov.vn/3cms/")
news("tinh", "Chuyên mục Thủ tục hành chính trên Cổng Thông tin điện tử tỉnh Quảng Bình công khai hơn 2.000 thủ tục, dịch vụ hành chính công thuộc thẩm quyền của các sở, ban ngành cấp tỉnh, cấp huyện và cấp xã.",
     [F(2000, "TTHC", "thủ tục, dịch vụ hành chính công được công khai", "tinh", True)])

src("https://vietnamhoinhap.vn/vi/ha-nam--day-manh-cai-cach-hanh-chinh--tao-dot-pha-de-phat-trien-kinh-te-xa-hoi-41604.htm")
news("tinh", "Thực hiện Nghị quyết số 17-NQ/TU ngày 15/9/2021 của Tỉnh ủy Hà Nam về đẩy mạnh cải cách hành chính giai đoạn 2021 - 2025, các cơ quan, đơn vị của tỉnh đều đăng ký tiếp nhận 100% thủ tục hành chính thuộc thẩm quyền tại Trung tâm Phục vụ hành chính công - Kiểm soát TTHC tỉnh.",
     [F(100, "%", "TTHC đăng ký tiếp nhận tại Trung tâm Phục vụ hành chính công", "so_nganh")])

src("https://doanhnghiepbacgiang.vn/video/bac-giang-su-chuyen-minh-cua-bac-giang-trong-cchc/")
news("tinh", "Chỉ số cải cách hành chính cấp tỉnh dùng để xếp hạng 63 tỉnh, thành phố được đánh giá theo 8 lĩnh vực, 37 tiêu chí và 88 tiêu chí thành phần.")

src("https://vjst.vn/print/72484.html")
news("tinh", "Theo Sở Nội vụ TP Đà Nẵng, sau ba tháng vận hành chính quyền hai cấp, thành phố có 2.239 thủ tục hành chính thuộc thẩm quyền giải quyết, trong đó 2.109 dịch vụ công đã được cung cấp trực tuyến trên Cổng Dịch vụ công quốc gia.",
     [F(2239, "TTHC", "TTHC thuộc thẩm quyền giải quyết của địa phương", "tinh", code="BM3-1.4"), F(2109, "TTHC", "dịch vụ công cung cấp trực tuyến trên Cổng DVCQG", "tinh")])
news("xa", "Ở cấp xã, phường của Đà Nẵng, các địa phương đã tiếp nhận 182.661 hồ sơ và giải quyết 173.056 hồ sơ, trong đó 171.190 hồ sơ được thanh toán trực tuyến.",
     [F(182661, "hồ sơ", "hồ sơ tiếp nhận", "xa"), F(173056, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"), F(171190, "hồ sơ", "hồ sơ thanh toán trực tuyến", "xa")])
news("so_nganh", "Các sở, ban, ngành của TP Đà Nẵng tiếp nhận 75.869 hồ sơ, đã giải quyết 46.906 hồ sơ; có 75.725 hồ sơ thực hiện thanh toán trực tuyến.",
     [F(75869, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"), F(46906, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", code="BM3-3.1.1"), F(75725, "hồ sơ", "hồ sơ thanh toán trực tuyến", "so_nganh")])
news("so_nganh", "Các chi nhánh Văn phòng Đăng ký đất đai Đà Nẵng tiếp nhận 49.305 hồ sơ, giải quyết 25.845 hồ sơ, với 8.297 hồ sơ được xử lý theo hình thức trực tuyến.",
     [F(49305, "hồ sơ", "hồ sơ tiếp nhận", "so_nganh"), F(25845, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh"), F(8297, "hồ sơ", "hồ sơ xử lý trực tuyến", "so_nganh")])
news("tinh", "TP Đà Nẵng đã phê duyệt danh mục 1.160 thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính và tổ chức tập huấn cho công chức, viên chức tại Trung tâm Phục vụ hành chính công cấp xã.",
     [F(1160, "TTHC", "TTHC thực hiện không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3")])

src("https://thuonghieuquocgia.nhandan.vn/trung-tam-hanh-chinh-cong-ha-noi-van-hanh-thong-suot-trong-ngay-dau-thuc-hien-chinh-quyen-hai-cap-post890878.html")
news("tinh", "Từ ngày 30/6/2025, Trung tâm Phục vụ hành chính công TP Hà Nội công khai địa chỉ, số đường dây nóng của 126 điểm phục vụ cấp xã, phường, 12 chi nhánh chính và 30 điểm tiếp nhận; tổng đài 024.1022 (nhánh 7, 8) hỗ trợ người dân 24/7.")

src("https://thanglong.chinhphu.vn/san-sang-phuc-vu-nguoi-dan-tu-ngay-dau-chinh-quyen-hai-cap-hoat-dong-103250701114138752.htm")
news("tinh", "Ngày 1/7/2025, khi Hà Nội chính thức vận hành chính quyền đô thị hai cấp, cán bộ của Trung tâm Phục vụ hành chính công thành phố và các chi nhánh có mặt từ sớm; tổng đài thông minh 19001009 được duy trì để hỗ trợ người dân.")

src("https://baomoi.net.vn/hieu-qua-tu-chi-nhanh-trung-tam-phuc-vu-hanh-chinh-cong-tay-ho-c51636807.epi")
news("huyen", "Từ ngày 5/3, Chi nhánh Trung tâm Phục vụ hành chính công Tây Hồ (chi nhánh số 01) đi vào hoạt động, tiếp nhận thủ tục hành chính của cả 3 cấp: sở, ngành; UBND quận và UBND phường.")

src("https://hoinhapthoidai.vn/tp-hai-phong")
news("tinh", "Năm 2026, TP Hải Phòng phấn đấu nằm trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính.")

src("https://hcc.nghean.gov.vn/savefile/tin-tong-hop/cong-bo-02-thu-tuc-hanh-chinh-noi-bo-giua-cac-co-quan-hanh-chinh-nha-nuoc-linh-vuc-nong-thon-moingay-03-7-2025-ubnd-tinh-ban-hanh-quyet-dinh-so-2111-qd-ubnd-ve-viec-cong-bo-02-thu-tuc-hanh-chinh-noi-bo-giua-cac-co-quan-hanh-chinh-tthc-nha-nuoc-lin-2328.html")
news("so_nganh", "Ngày 03/7/2025, UBND tỉnh Nghệ An ban hành Quyết định số 2111/QĐ-UBND công bố 02 thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước trong lĩnh vực nông thôn mới.",
     [F(2, "TTHC", "TTHC nội bộ được công bố", "so_nganh")])

# ---------------- SYNTHETIC (real units, invented but consistent figures)
src("synthetic: xã Nghi Lộc (Nghệ An), 01/7-30/9/2025")
rep("xa", "Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công xã Nghi Lộc tiếp nhận 3.214 hồ sơ, trong đó 2.571 hồ sơ nộp trực tuyến; đã giải quyết 3.102 hồ sơ, có 3.087 hồ sơ đúng hạn, đạt 99,52%.",
    [F(3214, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"), F(2571, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
     F(3102, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"), F(3087, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
     F(99.52, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])
src("synthetic: tỉnh Bắc Ninh, năm 2025")
news("tinh", "Năm 2025, hệ thống giải quyết thủ tục hành chính của tỉnh Bắc Ninh ghi nhận hơn 1,35 triệu hồ sơ, trong đó trên 1,1 triệu hồ sơ được nộp trực tuyến; tỉnh đặt mục tiêu năm 2026 đạt 90% hồ sơ trực tuyến toàn trình.",
     [F(1350000, "hồ sơ", "hồ sơ tiếp nhận", "tinh", True, "BM7-6.4.1"), F(1100000, "hồ sơ", "hồ sơ nộp trực tuyến", "tinh", True, "BM7-6.4.2")])
src("synthetic: tỉnh Quảng Trị, quý III/2025")
rep("tinh", "Trong quý III/2025, tỉnh đã xử lý 15/15 phản ánh, kiến nghị về quy định hành chính, đạt 100%; đồng thời công bố mới 46 thủ tục hành chính và bãi bỏ 31 thủ tục.",
    [F(15, "PAKN", "phản ánh, kiến nghị đã xử lý", "tinh", code="BM3-3.4.2"), F(15, "PAKN", "phản ánh, kiến nghị tiếp nhận", "tinh", code="BM3-3.4.1"),
     F(100, "%", "tỷ lệ xử lý phản ánh, kiến nghị", "tinh", code="BM3-3.4"), F(46, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
     F(31, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3")])
src("synthetic: xã Thiệu Hóa (Thanh Hóa), tháng 10/2025")
news("xa", "Tháng 10/2025, xã Thiệu Hóa xếp thứ 3/166 xã, phường của tỉnh Thanh Hóa về chỉ số phục vụ người dân, doanh nghiệp; thời gian trả kết quả trung bình rút ngắn còn 2 ngày làm việc.")
src("synthetic: tỉnh Phú Thọ, năm 2024")
rep("tinh", "Năm 2024, UBND tỉnh ban hành 18 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 52/54 nhiệm vụ trong Kế hoạch CCHC năm, đạt 96,3%.",
    [F(18, "văn bản", "văn bản chỉ đạo CCHC ban hành", "tinh", code="BM1-1"), F(52, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "tinh", code="BM1-2.2"),
     F(54, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch", "tinh", code="BM1-2.1"), F(96.3, "%", "tỷ lệ hoàn thành Kế hoạch CCHC", "tinh", code="BM1-2")])
src("synthetic: xã Mường Tè (Lai Châu), 6 tháng cuối năm 2025")
news("xa", "Sau gần 6 tháng vận hành chính quyền hai cấp, xã Mường Tè đã tiếp nhận gần 2.900 hồ sơ, 100% hồ sơ được giải quyết đúng hạn; xã có 31 cán bộ, công chức.",
     [F(2900, "hồ sơ", "hồ sơ tiếp nhận", "xa", True), F(100, "%", "hồ sơ giải quyết đúng hạn", "xa"), F(31, "người", "cán bộ, công chức của xã", "xa")])
src("synthetic: Sở Nội vụ Ninh Bình, năm 2023")
rep("so_nganh", "Năm 2023, Sở Nội vụ đã kiểm tra công tác cải cách hành chính tại 6 sở, ngành và 4 UBND cấp huyện; phát hiện 23 vấn đề, đến nay đã xử lý xong 21 vấn đề.",
    [F(6, "đơn vị", "sở, ngành đã kiểm tra", "so_nganh", code="BM1-3.1"), F(4, "đơn vị", "UBND cấp huyện đã kiểm tra", "huyen", code="BM1-3.2"),
     F(23, "vấn đề", "vấn đề phát hiện qua kiểm tra", "so_nganh", code="BM1-3.3.1"), F(21, "vấn đề", "vấn đề đã xử lý xong", "so_nganh", code="BM1-3.3.2")])

src("synthetic: phường Vinh Phú (Nghệ An), 01/7-31/10/2025")
news("xa", "Sau 4 tháng vận hành, Trung tâm Phục vụ hành chính công phường Vinh Phú đã tiếp nhận 6.482 hồ sơ, trong đó hơn 4.900 hồ sơ nộp trực tuyến; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 98,9%.",
     [F(6482, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"), F(4900, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", True, "BM7-6.4.2"), F(98.9, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa", code="BM3-3.3")])
src("synthetic: xã Hương Sơn (Hà Tĩnh), quý IV/2025")
rep("xa", "Quý IV/2025, UBND xã Hương Sơn đã giải quyết 1.275 hồ sơ thủ tục hành chính, trong đó 1.268 hồ sơ trước và đúng hạn, 7 hồ sơ trễ hạn; đã xử lý xong 4/4 phản ánh, kiến nghị về quy định hành chính.",
    [F(1275, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"), F(1268, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "xa", code="BM3-3.3.2"), F(7, "hồ sơ", "hồ sơ trễ hạn", "xa"),
     F(4, "PAKN", "phản ánh, kiến nghị đã xử lý", "xa", code="BM3-3.4.2"), F(4, "PAKN", "phản ánh, kiến nghị tiếp nhận", "xa", code="BM3-3.4.1")])
src("synthetic: phường Cẩm Phả (Quảng Ninh), tháng 9/2025")
news("xa", "Trong tháng 9/2025, phường Cẩm Phả tiếp nhận 2.036 hồ sơ, trong đó 1.847 hồ sơ trực tuyến, chiếm 90,72%; phường đặt mục tiêu đến cuối năm đạt trên 95% hồ sơ trực tuyến.",
     [F(2036, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"), F(1847, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"), F(90.72, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4")])
src("synthetic: huyện Bảo Lạc (Cao Bằng), 9 tháng năm 2024")
rep("huyen", "9 tháng năm 2024, UBND huyện Bảo Lạc tiếp nhận 2.318 hồ sơ, giải quyết 2.296 hồ sơ, trong đó 2.281 hồ sơ đúng hạn, đạt 99,35%; hiện còn 22 hồ sơ đang trong hạn giải quyết.",
    [F(2318, "hồ sơ", "hồ sơ tiếp nhận", "huyen"), F(2296, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"), F(2281, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
     F(99.35, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"), F(22, "hồ sơ", "hồ sơ đang trong hạn giải quyết", "huyen")])
src("synthetic: thành phố Cẩm Phả (Quảng Ninh), năm 2023")
rep("huyen", "Năm 2023, tỷ lệ sử dụng văn bản điện tử của UBND thành phố Cẩm Phả đạt 98,6%, của UBND các phường, xã đạt 96,2%; thành phố xếp thứ 4/13 địa phương về Chỉ số CCHC.",
    [F(98.6, "%", "tỷ lệ sử dụng văn bản điện tử của UBND cấp huyện", "huyen", code="BM7-5.2.2"), F(96.2, "%", "tỷ lệ sử dụng văn bản điện tử của UBND cấp xã", "xa", code="BM7-5.2.3")])
src("synthetic: tỉnh Hà Giang, năm 2024")
rep("tinh", "Năm 2024, tỉnh có 1.892 TTHC thuộc thẩm quyền giải quyết, gồm 1.419 TTHC cấp tỉnh, 324 TTHC cấp huyện và 149 TTHC cấp xã; đã phê duyệt phương án đơn giản hóa 27 TTHC.",
    [F(1892, "TTHC", "tổng số TTHC thuộc thẩm quyền", "tinh", code="BM3-1.4"), F(1419, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
     F(324, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"), F(149, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3"), F(27, "TTHC", "TTHC được phê duyệt phương án đơn giản hóa", "tinh", code="BM3-1.1")])
src("synthetic: tỉnh Lạng Sơn, năm 2024")
rep("tinh", "Năm 2024, Hệ thống thông tin giải quyết TTHC của tỉnh đã cung cấp 1.538 TTHC trực tuyến mức độ 3 và 4; đã tích hợp thanh toán trực tuyến 612/684 TTHC có yêu cầu nghĩa vụ tài chính, đạt 89,47%.",
    [F(1538, "TTHC", "TTHC cung cấp trực tuyến mức độ 3 và 4", "tinh", code="BM7-6.3.1"), F(612, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5.2"),
     F(684, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "tinh", code="BM7-6.5.1"), F(89.47, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "tinh", code="BM7-6.5")])
src("synthetic: xã Kỳ Anh (Hà Tĩnh), tháng 11/2025")
news("xa", "Chủ tịch UBND xã Kỳ Anh cho biết, xã phấn đấu đến ngày 31/12/2025 có 100% hồ sơ được số hóa và trên 80% người dân trưởng thành có tài khoản định danh điện tử mức 2.")
src("synthetic: Sở Công Thương Thanh Hóa, quý I/2024")
rep("so_nganh", "Quý I/2024, Sở Công Thương đã giải quyết 3.562 hồ sơ, trong đó 3.560 hồ sơ trước và đúng hạn, 02 hồ sơ quá hạn; tỷ lệ đúng hạn đạt 99,94%.",
    [F(3562, "hồ sơ", "hồ sơ đã giải quyết", "so_nganh", code="BM3-3.1.1"), F(3560, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "so_nganh", code="BM3-3.1.2"),
     F(2, "hồ sơ", "hồ sơ quá hạn", "so_nganh"), F(99.94, "%", "tỷ lệ giải quyết đúng hạn", "so_nganh", code="BM3-3.1")])
src("synthetic: tỉnh Thanh Hóa (Trung tâm Phục vụ hành chính công tỉnh), tháng 10/2025")
news("tinh", "Tháng 10/2025, Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa tiếp nhận 14.736 hồ sơ; số hồ sơ đã trả kết quả là 13.905, trong đó 13.871 hồ sơ đúng hạn.",
     [F(14736, "hồ sơ", "hồ sơ tiếp nhận", "trung_tam"), F(13905, "hồ sơ", "hồ sơ đã trả kết quả", "trung_tam"), F(13871, "hồ sơ", "hồ sơ đúng hạn", "trung_tam")])

# ---------------- WRITE + VALIDATE
cat = {f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open("/work/shared/reference/catalog.csv", encoding="utf-8"))}
with open("cases.csv", "w", encoding="utf-8", newline="") as f, open("sources_by_case.tsv", "w", encoding="utf-8") as g:
    w = csv.writer(f); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); g.write("case_id\tsource\n")
    seen = set()
    for i, (k, l, t, fs, s) in enumerate(cases, 1):
        cid = f"{PREFIX}{i:03d}"
        assert t not in seen; seen.add(t)
        assert l in ("tinh", "huyen", "xa", "so_nganh") and k in ("report", "news")
        for x in fs:
            assert x["scope"] in ("tinh", "huyen", "xa", "so_nganh", "trung_tam", "")
            assert x["code"] == "" or x["code"] in cat, x["code"]
        w.writerow([cid, k, l, t, json.dumps(fs, ensure_ascii=False)]); g.write(f"{cid}\t{s}\n")
n = len(cases); nf = sum(len(c[3]) for c in cases); nc = sum(1 for c in cases for x in c[3] if x["code"])
print(n, "cases;", nf, "facts;", nc, "coded; empty", sum(1 for c in cases if not c[3]))
