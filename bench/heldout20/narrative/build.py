# Builds cases.csv and sources_by_case.tsv for holdout20/narrative (communes, wards, districts) and validates them.
import csv, json, unicodedata, io
CAT = {}
with open('/work/shared/reference/catalog.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        CAT[f"BM{r['form']}-{r['code']}"] = r['label']

CASES = []
CUR = None
def src(s):
    global CUR
    CUR = s
def case(kind, level, text, facts):
    CASES.append((kind, level, unicodedata.normalize("NFC", text), facts, CUR))
def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
def pct(a, b, nd=2):
    return round(a / b * 100, nd)

# ---------------- real pages ----------------
src("https://baothainguyen.vn/thoi-su-trong-tinh/cai-cach-hanh-chinh/202303/phu-luong-tiep-nhan-giai-quyet-tren-9800-ho-so-truc-tuyen-muc-do-3-4-7040a7e/")
case("news", "huyen", "Theo số liệu quý I/2023, Bộ phận tiếp nhận và trả kết quả huyện Phú Lương (Thái Nguyên) cùng bộ phận một cửa các xã, thị trấn trong huyện đã tiếp nhận, giải quyết hơn 9.800 hồ sơ trực tuyến mức độ 3-4.",
     [F(9800, "hồ sơ", "hồ sơ trực tuyến mức độ 3-4 được tiếp nhận, giải quyết", "huyen", approx=True)])
case("news", "huyen", "Riêng Bộ phận tiếp nhận và trả kết quả của huyện nhận hơn 700 hồ sơ, trong đó 568 hồ sơ nộp trực tuyến mức độ 3-4; đã tham mưu giải quyết hơn 600 hồ sơ, đạt 85%, gồm 587 hồ sơ trước hạn, 19 hồ sơ đúng hạn và 3 hồ sơ quá hạn.",
     [F(700, "hồ sơ", "hồ sơ tiếp nhận tại Bộ phận một cửa huyện", "huyen", approx=True, code="BM7-6.4.1"),
      F(568, "hồ sơ", "hồ sơ tiếp nhận trực tuyến mức độ 3-4", "huyen", code="BM7-6.4.2"),
      F(600, "hồ sơ", "hồ sơ đã giải quyết", "huyen", approx=True, code="BM3-3.2.1"),
      F(85, "%", "tỷ lệ hồ sơ đã giải quyết", "huyen"),
      F(587, "hồ sơ", "hồ sơ giải quyết trước hạn", "huyen"),
      F(19, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen"),
      F(3, "hồ sơ", "hồ sơ giải quyết quá hạn", "huyen")])
case("news", "huyen", "Ở cấp xã, bộ phận một cửa các xã, thị trấn của huyện Phú Lương tiếp nhận gần 11.300 hồ sơ, trong đó hơn 9.200 hồ sơ trực tuyến mức độ 3-4; hơn 11.200 hồ sơ đã có kết quả, không hồ sơ nào quá hạn, bằng gần 99,4% số hồ sơ tiếp nhận.",
     [F(11300, "hồ sơ", "hồ sơ tiếp nhận tại cấp xã", "xa", approx=True, code="BM7-6.4.1"),
      F(9200, "hồ sơ", "hồ sơ tiếp nhận trực tuyến mức độ 3-4 tại cấp xã", "xa", approx=True, code="BM7-6.4.2"),
      F(11200, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", approx=True, code="BM3-3.3.1"),
      F(99.4, "%", "tỷ lệ hồ sơ cấp xã đã giải quyết trên số tiếp nhận", "xa", approx=True)])
case("news", "huyen", "Trong quy trình giải quyết thủ tục hành chính của huyện Phú Lương, 277 thủ tục được phân cấp cho UBND cấp huyện và 113 thủ tục được phân cấp cho UBND cấp xã.",
     [F(277, "TTHC", "TTHC phân cấp cho UBND cấp huyện", "huyen", code="BM3-1.4.2"),
      F(113, "TTHC", "TTHC phân cấp cho UBND cấp xã", "xa", code="BM3-1.4.3")])

src("https://lite.baomoi.com/phuong-dong-thuan-giai-quyet-so-hoa-100-ho-so-cac-thu-tuc-hanh-chinh-c53665414.epi")
case("news", "xa", "Ngày 4/11/2025, Chủ tịch UBND phường Đồng Thuận (Quảng Trị) Nguyễn Hữu Đắc cho biết, ngay khi vận hành chính quyền hai cấp, phường đã xây dựng kế hoạch cải cách hành chính 6 tháng cuối năm 2025 theo hướng dẫn của tỉnh.", [])
case("news", "xa", "Tại Trung tâm Phục vụ hành chính công phường Đồng Thuận, tỷ lệ số hóa hồ sơ đầu vào đạt 100%, số hóa kết quả giải quyết cũng đạt 100%; tỷ lệ thanh toán trực tuyến đạt 96,8%.",
     [F(100, "%", "tỷ lệ số hóa hồ sơ đầu vào", "xa"),
      F(100, "%", "tỷ lệ số hóa kết quả giải quyết", "xa"),
      F(96.8, "%", "tỷ lệ thanh toán trực tuyến", "xa")])
case("news", "xa", "Từ ngày 1/7 đến cuối tháng 10/2025, trung tâm tiếp nhận 2.265 hồ sơ, gồm 2.007 hồ sơ trực tuyến và 258 hồ sơ trực tiếp; đã giải quyết, trả kết quả 2.051 hồ sơ, trong đó 2.041 hồ sơ trước hạn, đạt trên 99%; còn 214 hồ sơ đang giải quyết trong hạn, chiếm 9,48%.",
     [F(2265, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(2007, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(258, "hồ sơ", "hồ sơ tiếp nhận trực tiếp", "xa"),
      F(2051, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "xa", code="BM3-3.3.1"),
      F(2041, "hồ sơ", "hồ sơ giải quyết trước hạn", "xa"),
      F(99, "%", "tỷ lệ hồ sơ giải quyết trước hạn", "xa", approx=True),
      F(214, "hồ sơ", "hồ sơ đang giải quyết trong hạn", "xa"),
      F(9.48, "%", "tỷ lệ hồ sơ đang giải quyết trong hạn", "xa")])

src("http://vinhhung1.vinhloc.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/bai-viet-gioi-thieu-dien-hinh-thuc-hien-chuyen-doi-so-tai-bo-phan-mot-cua-ubnd-xa.html")
case("report", "xa", "Đến tháng 2/2023, 100% cán bộ, công chức xã Vĩnh Hưng (huyện Vĩnh Lộc) được trang bị máy tính có kết nối mạng; 100% văn bản đi, đến được xử lý, luân chuyển đúng quy định; 100% hồ sơ thủ tục hành chính cấp xã được tiếp nhận và giải quyết trên hệ thống một cửa điện tử.",
     [F(100, "%", "tỷ lệ cán bộ, công chức xã được trang bị máy tính kết nối mạng", "xa"),
      F(100, "%", "tỷ lệ văn bản đi, đến được xử lý, luân chuyển đúng quy định", "xa"),
      F(100, "%", "tỷ lệ hồ sơ TTHC cấp xã tiếp nhận, giải quyết trên hệ thống một cửa điện tử", "xa")])
case("report", "xa", "Xã Vĩnh Hưng nằm cách trung tâm thị trấn Vĩnh Lộc khoảng 06 km về phía Đông Bắc, kinh tế chủ yếu là trồng trọt, chăn nuôi, có khoảng 1.522 hộ với 6.236 nhân khẩu, phần lớn là người Kinh.", [])

src("https://www.vietnamplus.vn/ha-noi-but-pha-trong-cai-cach-thu-tuc-hanh-chinh-chuyen-doi-so-post1069567.vnp")
case("news", "xa", "Theo Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia, phường Đống Đa (Hà Nội) từ vị trí 119/126 xã, phường trong tháng 7/2025 đã vươn lên vị trí 3/126 trong tháng 9/2025.", [])
case("news", "xa", "Chiều 10/10/2025, phường Ô Chợ Dừa ra mắt hệ thống Trợ lý ảo AI hỗ trợ công tác quản lý, điều hành và giúp người dân giải quyết thủ tục hành chính, được xây dựng từ khảo sát nhu cầu thực tế.", [])

src("https://doisongsuckhoe.com/tag/chinh-quyen-dien-tu")
case("news", "xa", "Làm việc với phường Quy Nhơn (Gia Lai) về vận hành chính quyền 2 cấp, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quế ghi nhận phường, với diện tích 21,78 km² và dân số 129.000 người, đã nhanh chóng kiện toàn bộ máy và bố trí nhân sự.", [])

src("https://thanhnien.vn/cac-doan-vien-ho-tro-nen-toi-da-hoan-tat-ho-so-nhanh-chong-185250707171039195.htm")
case("news", "xa", "Sáng 7/7/2025, Đoàn TNCS Hồ Chí Minh đặc khu Lý Sơn (Quảng Ngãi), trước đây là huyện đảo Lý Sơn, ra mắt đội hình thanh niên tình nguyện gồm 10 đoàn viên hỗ trợ người dân tại Trung tâm Phục vụ hành chính công của đặc khu.", [])

src("https://baodanang.vn/xung-kich-ho-tro-nguoi-dan-tiep-can-dich-vu-cong-3265234.html")
case("news", "xa", "Lễ ra quân ngày 7/7/2025 của thanh niên Đà Nẵng được tổ chức tại Trung tâm Phục vụ hành chính công phường Hòa Xuân; Đoàn phường huy động 60 đoàn viên hỗ trợ vận hành chính quyền 2 cấp, đội hình hoạt động đến ngày 31/8/2025.", [])

src("https://tienphong.vn/doan-vien-1-kem-1-ho-tro-nguoi-dan-da-nang-lam-thu-tuc-truc-tuyen-post1779908.tpo")
case("news", "xa", "Ở xã Tây Giang (TP Đà Nẵng), có thôn cách trung tâm xã 40 – 50 km, nên ngoài đội hình tại Trung tâm Phục vụ hành chính công, Đoàn xã còn cử tình nguyện viên về từng thôn giúp người dân kích hoạt định danh mức 2 và nộp hồ sơ trên điện thoại.", [])

src("https://namhonglinh.hatinh.gov.vn/tin-tuc/thong-bao-tu-ngay-1102025-25-dich-vu-cong-thiet-yeu-dung-tiep-nhan-ho-so-giay")
case("news", "xa", "Phường Nam Hồng Lĩnh thông báo: theo Chỉ thị 24/CT-TTg, từ ngày 1/10/2025, Trung tâm Phục vụ hành chính công ngừng nhận hồ sơ giấy đối với 25 dịch vụ công thiết yếu; các hồ sơ này được nộp và xử lý 100% trực tuyến.", [])

src("https://haithinh.ninhbinh.gov.vn/bai-viet/ninh-binh-huong-dan-van-hanh-mo-hinh-hoat-dong-cua-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa")
case("news", "xa", "Theo Văn bản số 986/VPUBND-PVHCC của Văn phòng UBND tỉnh Ninh Bình, UBND các xã, phường mới phải ban hành quyết định thành lập Trung tâm Phục vụ hành chính công cấp xã ngay khi đi vào hoạt động, trước 7h00 sáng ngày 01/7/2025.", [])

src("http://baothuathienhue.vn/chinh-tri-xa-hoi/cai-cach-hanh-chinh/")
case("news", "huyen", "Năm 2015, chỉ số cải cách hành chính của thị xã Hương Thủy xếp thứ 8/9 địa phương cấp huyện của tỉnh Thừa Thiên Huế, tụt 5 bậc so với năm 2014.", [])

src("https://lite.baomoi.com/dau-an-chien-dich-thanh-nien-dong-hanh-cung-hanh-chinh-cong-c54549447.epi")
case("news", "xa", "Đảng ủy xã Gia Lâm (Hà Nội) phối hợp với Chi nhánh số 6 Trung tâm Phục vụ hành chính công thành phố ký cam kết triển khai chiến dịch “Thanh niên đồng hành cùng hành chính công” từ ngày 18/12/2025 đến 15/2/2026.", [])

src("https://www.vietnam.vn/en/hanh-chinh-vi-dan")
case("news", "tinh", "Hiện toàn tỉnh có hơn 1.180 thủ tục hành chính thuộc thẩm quyền của chính quyền hai cấp; từ ngày 1/7, nhiều nhiệm vụ được chuyển giao về xã, phường, bình quân mỗi ngày mỗi Trung tâm Phục vụ hành chính công cấp xã đón hàng chục lượt người dân, nơi đông dân gấp 2 - 3 lần.",
     [F(1180, "TTHC", "TTHC thuộc thẩm quyền của chính quyền hai cấp", "tinh", approx=True, code="BM3-1.4")])

# ---------------- synthetic (real units not used by earlier sets; invented, consistent figures) ----------------
src("synthetic: phường Trảng Bàng (Tây Ninh), quý III/2025")
assert pct(3012, 3846) == 78.32 and pct(3688, 3701) == 99.65
case("report", "xa", "Quý III/2025, Trung tâm Phục vụ hành chính công phường Trảng Bàng tiếp nhận 3.846 hồ sơ, trong đó 3.012 hồ sơ trực tuyến, đạt 78,32%; đã giải quyết 3.701 hồ sơ, trong đó 3.688 hồ sơ đúng hạn, đạt 99,65%; phường phấn đấu quý IV đạt trên 80% hồ sơ trực tuyến.",
     [F(3846, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(3012, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(78.32, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(3701, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(3688, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.65, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("synthetic: xã Trà Ôn (Vĩnh Long), tháng 10/2025")
assert pct(864, 1127) == 76.66
case("news", "xa", "Tháng 10/2025, xã Trà Ôn tiếp nhận 1.127 hồ sơ thủ tục hành chính, trong đó 864 hồ sơ nộp trực tuyến, chiếm 76,66%; xã cũng tiếp nhận 4 phản ánh, kiến nghị về quy định hành chính và đã giải quyết xong cả 4 trường hợp.",
     [F(1127, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(864, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(76.66, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
      F(4, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", code="BM3-3.4.1"),
      F(4, "PAKN", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2")])

src("synthetic: phường Châu Đốc (An Giang), 01/7-15/12/2025")
assert pct(1840, 1864) == 98.71
case("report", "xa", "Từ ngày 01/7 đến 15/12/2025, UBND phường Châu Đốc phát hành 1.864 văn bản đi, trong đó 1.840 văn bản được gửi hoàn toàn dưới dạng điện tử, có chữ ký số, đạt 98,71%; phường duy trì 2 điểm tiếp nhận hồ sơ ngoài trụ sở Trung tâm.",
     [F(1864, "văn bản", "văn bản đi phát hành", "xa"),
      F(1840, "văn bản", "văn bản đi gửi hoàn toàn dưới dạng điện tử, có chữ ký số", "xa"),
      F(98.71, "%", "tỷ lệ văn bản điện tử", "xa", code="BM7-5.2.3")])

src("synthetic: xã Năm Căn (Cà Mau), tháng 11/2025")
assert pct(917, 921) == 99.57
case("news", "xa", "Trong tháng 11/2025, xã Năm Căn tiếp nhận 958 hồ sơ, đã giải quyết 921 hồ sơ, trong đó 917 hồ sơ trước và đúng hạn, đạt 99,57%; 4 hồ sơ trễ hạn do phải xác minh nguồn gốc đất, so với tháng 10 giảm 3 hồ sơ.",
     [F(958, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
      F(921, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
      F(917, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.57, "%", "tỷ lệ hồ sơ giải quyết trước và đúng hạn", "xa", code="BM3-3.3"),
      F(4, "hồ sơ", "hồ sơ trễ hạn", "xa")])

src("synthetic: phường Giá Rai (Cà Mau), quý IV/2025")
case("report", "xa", "Quý IV/2025, phường Giá Rai thu thập 1.250 phiếu khảo sát sự hài lòng của người dân, tổ chức khi thực hiện thủ tục tại Trung tâm Phục vụ hành chính công; mức độ hài lòng chung đạt 98,4%, cao hơn 1,2% so với quý III.",
     [F(1250, "phiếu", "phiếu khảo sát sự hài lòng", "xa", code="BM1-6.1"),
      F(98.4, "%", "mức độ hài lòng chung", "xa")])

src("synthetic: xã Tuy Phước (Gia Lai), 01/7-30/11/2025")
assert pct(6, 7) == 85.71
case("report", "xa", "Qua tự kiểm tra công tác cải cách hành chính tại các bộ phận chuyên môn, UBND xã Tuy Phước phát hiện 7 vấn đề tồn tại, đến ngày 30/11/2025 đã khắc phục xong 6 vấn đề, đạt 85,71%; vấn đề còn lại được giao xử lý trước ngày 31/12/2025.",
     [F(7, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3.1"),
      F(6, "vấn đề", "vấn đề đã xử lý xong", "xa", code="BM1-3.3.2"),
      F(85.71, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3")])

src("synthetic: phường Ayun Pa (Gia Lai), tháng 9/2025 (non-fact case: setting + target)")
case("news", "xa", "Trung tâm Phục vụ hành chính công phường Ayun Pa hiện bố trí 6 quầy với 12 công chức, viên chức; phường đặt mục tiêu đến cuối năm 2025 có ít nhất 80% hồ sơ được nộp trực tuyến và 100% kết quả được số hóa.", [])

src("synthetic: huyện Tuy Phước (Bình Định), năm 2024")
assert pct(12311, 12486, 1) == 98.6
case("report", "huyen", "Năm 2024, UBND huyện Tuy Phước ban hành 14 văn bản chỉ đạo, điều hành công tác cải cách hành chính; Bộ phận Một cửa huyện đã giải quyết 12.486 hồ sơ, trong đó 12.311 hồ sơ đúng hạn, đạt 98,6%.",
     [F(14, "văn bản", "văn bản chỉ đạo, điều hành CCHC", "huyen", code="BM1-1"),
      F(12486, "hồ sơ", "hồ sơ đã giải quyết", "huyen", code="BM3-3.2.1"),
      F(12311, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
      F(98.6, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "huyen", code="BM3-3.2")])

src("synthetic: thị xã Giá Rai (Bạc Liêu), 6 tháng đầu năm 2024")
assert pct(9815, 9842) == 99.73
case("report", "huyen", "Sáu tháng đầu năm 2024, UBND các xã, phường thuộc thị xã Giá Rai giải quyết 9.842 hồ sơ, trong đó 9.815 hồ sơ đúng hạn, đạt 99,73%; có 7/10 xã, phường giải quyết đúng hạn 100% hồ sơ.",
     [F(9842, "hồ sơ", "hồ sơ cấp xã đã giải quyết", "xa", code="BM3-3.3.1"),
      F(9815, "hồ sơ", "hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.73, "%", "tỷ lệ hồ sơ cấp xã giải quyết đúng hạn", "xa", code="BM3-3.3"),
      F(7, "đơn vị", "xã, phường giải quyết đúng hạn 100% hồ sơ", "xa"),
      F(10, "đơn vị", "tổng số xã, phường", "xa")])

src("synthetic: huyện Trà Ôn (Vĩnh Long), năm 2023")
case("report", "huyen", "Đến ngày 31/12/2023, huyện Trà Ôn thực hiện 314 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện và 118 thủ tục thuộc thẩm quyền cấp xã, tất cả đã được niêm yết công khai tại Bộ phận Một cửa hai cấp.",
     [F(314, "TTHC", "TTHC thuộc thẩm quyền cấp huyện", "huyen", code="BM3-1.4.2"),
      F(118, "TTHC", "TTHC thuộc thẩm quyền cấp xã", "xa", code="BM3-1.4.3")])

src("synthetic: thị xã Duyên Hải (Trà Vinh), 9 tháng năm 2024")
assert pct(5306, 7118) == 74.54
case("news", "huyen", "Chín tháng năm 2024, thị xã Duyên Hải tiếp nhận 7.118 hồ sơ thủ tục hành chính ở cả hai cấp huyện, xã, trong đó 5.306 hồ sơ nộp trực tuyến, đạt 74,54%, vượt chỉ tiêu 50% tỉnh giao.",
     [F(7118, "hồ sơ", "hồ sơ tiếp nhận", "huyen", code="BM7-6.4.1"),
      F(5306, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "huyen", code="BM7-6.4.2"),
      F(74.54, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", code="BM7-6.4")])

src("synthetic: huyện Năm Căn (Cà Mau), năm 2024")
case("report", "huyen", "Trong năm 2024, UBND huyện Năm Căn tiếp nhận 3 phản ánh, kiến nghị của người dân về quy định thủ tục hành chính, đã xem xét, trả lời 3/3 trường hợp, đạt tỷ lệ 100%.",
     [F(3, "PAKN", "PAKN về quy định TTHC đã tiếp nhận", "huyen", code="BM3-3.4.1"),
      F(3, "PAKN", "PAKN đã giải quyết xong", "huyen", code="BM3-3.4.2"),
      F(100, "%", "tỷ lệ giải quyết PAKN", "huyen", code="BM3-3.4")])

src("synthetic: phường Sa Đéc (Đồng Tháp), tháng 8/2025")
assert pct(1189, 1406) == 84.57
case("news", "xa", "Trong tháng 8/2025, phường Sa Đéc có 1.406 hồ sơ phát sinh phí, lệ phí, trong đó 1.189 hồ sơ được thanh toán trực tuyến, đạt 84,57%, với tổng số tiền gần 96 triệu đồng.",
     [F(1406, "hồ sơ", "hồ sơ phát sinh phí, lệ phí", "xa"),
      F(1189, "hồ sơ", "hồ sơ thanh toán trực tuyến", "xa"),
      F(84.57, "%", "tỷ lệ hồ sơ thanh toán trực tuyến", "xa"),
      F(96, "triệu đồng", "số tiền thanh toán trực tuyến", "xa", approx=True)])

src("synthetic: phường Hồng Ngự (Đồng Tháp), tháng 12/2025")
assert pct(1244, 1532, 1) == 81.2
case("news", "xa", "Tháng 12/2025, phường Hồng Ngự tiếp nhận 1.532 hồ sơ, tăng 9,4% so với tháng 11; trong đó 1.244 hồ sơ nộp trực tuyến, chiếm 81,2%.",
     [F(1532, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
      F(1244, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(81.2, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4")])

src("synthetic: xã Ba Tri (Vĩnh Long), quý IV/2025")
case("news", "xa", "Quý IV/2025, 17 tổ công nghệ số cộng đồng của xã Ba Tri hỗ trợ kích hoạt 2.318 tài khoản định danh điện tử mức độ 2 và hướng dẫn hơn 600 lượt người dân nộp hồ sơ trực tuyến.",
     [F(2318, "tài khoản", "tài khoản định danh điện tử mức độ 2 được kích hoạt", "xa"),
      F(600, "lượt", "lượt người dân được hướng dẫn nộp hồ sơ trực tuyến", "xa", approx=True)])

src("synthetic: phường Vị Thanh (Cần Thơ), 6 tháng cuối năm 2025")
case("report", "xa", "Sáu tháng cuối năm 2025, phường Vị Thanh tổ chức 2 hội nghị đối thoại giữa Chủ tịch UBND phường với người dân về thủ tục hành chính; 99,1% hồ sơ công việc của phường được xử lý trên môi trường mạng.",
     [F(2, "hội nghị", "hội nghị đối thoại với người dân", "xa"),
      F(99.1, "%", "tỷ lệ hồ sơ công việc xử lý trên môi trường mạng", "xa")])

src("synthetic: phường Cam Ranh (Khánh Hòa), 01/7-31/10/2025")
assert pct(28, 32, 1) == 87.5
case("report", "xa", "Từ ngày 01/7 đến 31/10/2025, UBND phường Cam Ranh ban hành 9 văn bản chỉ đạo, điều hành cải cách hành chính; kế hoạch cải cách hành chính năm của phường có 32 nhiệm vụ, đã hoàn thành 28 nhiệm vụ, đạt 87,5%.",
     [F(9, "văn bản", "văn bản chỉ đạo, điều hành CCHC", "xa", code="BM1-1"),
      F(32, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC", "xa", code="BM1-2.1"),
      F(28, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
      F(87.5, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")])

# ---------------- write + validate ----------------
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
tsv = ["case_id\tsource"]
seen = set(); nfacts = 0; ncoded = 0; nsynf = 0; nsyncoded = 0
for i, (kind, level, text, facts, s) in enumerate(CASES, 1):
    cid = f"H20-N-{i:03d}"
    assert kind in ("report", "news"), cid
    assert level in ("tinh", "huyen", "xa", "so_nganh"), cid
    assert unicodedata.normalize("NFC", text) == text, cid
    assert text not in seen, cid; seen.add(text)
    for fct in facts:
        assert set(fct) == {"value", "unit", "measure", "scope", "approx", "code"}, cid
        assert fct["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
        assert fct["code"] == "" or fct["code"] in CAT, (cid, fct["code"])
        assert isinstance(fct["approx"], bool)
        assert unicodedata.normalize("NFC", fct["measure"]) == fct["measure"], cid
        nfacts += 1; ncoded += bool(fct["code"])
        if s.startswith("synthetic"):
            nsynf += 1; nsyncoded += bool(fct["code"])
    w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    tsv.append(f"{cid}\t{s}")
open("/work/holdout20/narrative/cases.csv", "w", encoding="utf-8").write(out.getvalue())
open("/work/holdout20/narrative/sources_by_case.tsv", "w", encoding="utf-8").write("\n".join(tsv) + "\n")
syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
assert syn * 2 <= len(CASES)
print(len(CASES), "cases;", syn, "synthetic;", nfacts, "facts (synthetic", nsynf, ");", ncoded, "coded (synthetic", nsyncoded, ");",
      sum(1 for c in CASES if not c[3]), "empty")
from collections import Counter
print(Counter(c[1] for c in CASES), Counter(c[0] for c in CASES))
print(Counter(f["scope"] for c in CASES for f in c[3]), sum(f["approx"] for c in CASES for f in c[3]), "approx")
print(sorted({f["code"] for c in CASES for f in c[3] if f["code"]}))
