# Builds cases.csv and sources_by_case.tsv for holdout19/narrative and validates them.
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
    CASES.append((kind, level, text, facts, CUR))
def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
def pct(a, b, nd=2):
    return round(a / b * 100, nd)

# ---------------- real pages ----------------
src("https://doanhnghiephoinhap.vn/thai-nguyen-chuyen-minh-voi-thu-tuc-phi-dia-gioi-100876.html")
case("news", "tinh", "Tính đến giữa tháng 3/2025, tỉnh Thái Nguyên có 1.925 thủ tục hành chính thuộc thẩm quyền giải quyết, gồm 1.474 thủ tục cấp tỉnh, 322 thủ tục cấp huyện và 129 thủ tục cấp xã; tất cả đều đã được phê duyệt quy trình nội bộ.",
     [F(1925, "TTHC", "tổng số TTHC thuộc thẩm quyền giải quyết", "tinh", code="BM3-1.4"),
      F(1474, "TTHC", "TTHC cấp tỉnh", "so_nganh", code="BM3-1.4.1"),
      F(322, "TTHC", "TTHC cấp huyện", "huyen", code="BM3-1.4.2"),
      F(129, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3")])
case("news", "tinh", "Tại hội nghị chuyên đề ngày 1/4/2025, Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Dũng chỉ đạo chính thức giải quyết thủ tục hành chính phi địa giới hành chính từ tháng 6/2025; trong năm nay, UBND tỉnh đã ban hành kế hoạch rà soát, đơn giản hóa 227 thủ tục.", [])

src("https://chuyendoiso.thainguyen.gov.vn/tin-tuc/-/asset_publisher/ou0DGqEKOZLq/content/thai-nguyen-tiep-tuc-ay-manh-thuc-hien-e-an-06-chu-ong-ong-bo-va-hieu-qua-tren-nen-tang-chinh-quyen-2-cap?inheritRedirect=false")
case("news", "tinh", "Sau sáp nhập và vận hành mô hình chính quyền 2 cấp, tỉnh Thái Nguyên vẫn duy trì liên tục việc thực hiện Đề án 06, đồng thời quán triệt Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả.", [])

src("http://moc.gov.vn/vn/chuyen-muc/1211/cai-cach-hanh-chinh.aspx")
case("news", "tinh", "Nhờ đổi mới phương pháp làm việc, cắt giảm thủ tục hành chính và rút ngắn thời gian giải quyết, tỉnh biên giới Lai Châu lần đầu tiên vươn lên vị trí thứ 51 về chỉ số cải cách thủ tục hành chính.", [])

src("https://nghean.dcs.vn/vi-vn/tin/ket-qua-thuc-hien-de-an-so-07-da-tu-ve-doi-moi--nang-cao-hieu-qua-tiep-xuc--doi-thoai-va-thuc-hien-ket-luan-cua-nguoi-dung-dau-cap-uy--chinh-quyen-sau-tiep-xuc--doi-thoai-voi-nhan-dan/231047-16570-315009")
case("report", "tinh", "Sau khi Ban Thường vụ Tỉnh ủy Nghệ An ban hành Đề án số 07-ĐA/TU ngày 24/11/2021 về đổi mới, nâng cao hiệu quả tiếp xúc, đối thoại với Nhân dân giai đoạn 2021-2025, 21/21 huyện, thành, thị ủy đã tổ chức hội nghị quán triệt Đề án đến cán bộ chủ chốt cấp huyện và cấp xã.",
     [F(21, "đơn vị", "huyện, thành, thị ủy đã tổ chức hội nghị quán triệt Đề án", "huyen"),
      F(21, "đơn vị", "tổng số huyện, thành, thị ủy", "huyen")])

src("https://moj.gov.vn/qt/tintuc/Pages/hoat-dong-cua-tu-phap-dia-phuong.aspx?ItemID=2090")
case("report", "so_nganh", "Từ năm 2006 đến nay, Sở Tư pháp tỉnh Quảng Ngãi đã tham mưu HĐND, UBND tỉnh ban hành chỉ thị tăng cường công tác kiểm tra và xử lý văn bản quy phạm pháp luật, chỉ thị bảo đảm kinh phí cho công tác này và các quyết định về chương trình, kế hoạch kiểm tra văn bản hằng năm.", [])

src("https://danchuphapluat.vn/nhung-han-che-bat-cap-trong-cac-quy-dinh-cua-luat-trach-nhiem-boi-thuong-cua-nha-nuoc-nam-2009")
case("news", "tinh", "Tổng kết 06 năm thi hành Luật Trách nhiệm bồi thường của Nhà nước, từ ngày 01/01/2010 đến ngày 31/12/2015, các cơ quan có trách nhiệm bồi thường trên cả nước đã thụ lý 258 vụ việc yêu cầu bồi thường, trong đó giải quyết xong 204 vụ việc, đạt tỷ lệ 79%.",
     [F(258, "vụ việc", "vụ việc yêu cầu bồi thường đã thụ lý", ""),
      F(204, "vụ việc", "vụ việc yêu cầu bồi thường đã giải quyết xong", ""),
      F(79, "%", "tỷ lệ vụ việc bồi thường đã giải quyết xong", "")])

src("https://baohatinh.vn/ha-tinh-co-hon-29-ho-so-su-dung-dich-vu-cong-truc-tuyen-post203401.html")
case("news", "tinh", "Theo số liệu trên Cổng dịch vụ công tỉnh Hà Tĩnh, đến nay toàn tỉnh đã tiếp nhận 434.835 hồ sơ, tỷ lệ xử lý đúng hạn đạt 99,84%; trong đó có 17 đơn vị, sở, ngành và 2 địa phương xử lý đúng hạn 100% hồ sơ.",
     [F(434835, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
      F(99.84, "%", "tỷ lệ hồ sơ xử lý đúng hạn", "tinh"),
      F(17, "đơn vị", "đơn vị, sở, ngành có 100% hồ sơ xử lý đúng hạn", "so_nganh"),
      F(2, "đơn vị", "địa phương cấp huyện có 100% hồ sơ xử lý đúng hạn", "huyen")])
case("news", "tinh", "Đối với dịch vụ công trực tuyến mức độ 3, Hà Tĩnh đã đưa vào vận hành 788 dịch vụ công cấp tỉnh, 1.068 dịch vụ công cấp huyện và 41 dịch vụ công cho mỗi đơn vị cấp xã; ở mức độ 4, toàn tỉnh có 1.178 dịch vụ công, gồm 67 dịch vụ cấp tỉnh và 1.111 dịch vụ cấp huyện.",
     [F(788, "TTHC", "dịch vụ công trực tuyến mức độ 3 cấp tỉnh", "so_nganh"),
      F(1068, "TTHC", "dịch vụ công trực tuyến mức độ 3 cấp huyện", "huyen"),
      F(41, "TTHC", "dịch vụ công trực tuyến mức độ 3 của mỗi đơn vị cấp xã", "xa"),
      F(1178, "TTHC", "dịch vụ công trực tuyến mức độ 4", "tinh", code="BM7-6.2.2"),
      F(67, "TTHC", "dịch vụ công trực tuyến mức độ 4 cấp tỉnh", "so_nganh"),
      F(1111, "TTHC", "dịch vụ công trực tuyến mức độ 4 cấp huyện", "huyen")])
case("news", "tinh", "Theo Sở Thông tin và Truyền thông, tính đến ngày 5/12 đã phát sinh 22.800 hồ sơ trực tuyến mức độ 3 và 4 (cấp tỉnh 8144 hồ sơ, cấp huyện 9810 hồ sơ, cấp xã 4.846 hồ sơ), đạt tỷ lệ 29,1%, tăng hơn 9,1% so với năm 2019.",
     [F(22800, "hồ sơ", "hồ sơ trực tuyến mức độ 3 và 4", "tinh", code="BM7-6.4.2"),
      F(8144, "hồ sơ", "hồ sơ trực tuyến cấp tỉnh", "so_nganh"),
      F(9810, "hồ sơ", "hồ sơ trực tuyến cấp huyện", "huyen"),
      F(4846, "hồ sơ", "hồ sơ trực tuyến cấp xã", "xa"),
      F(29.1, "%", "tỷ lệ hồ sơ trực tuyến mức độ 3 và 4", "tinh", code="BM7-6.4")])

src("https://www.vietnam.vn/en/bac-ninh-5-tuan-lien-tiep-dan-dau-toan-quoc-ve-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-tren-moi-truong-dien-tu")
case("news", "tinh", "So với tuần trước, tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh Bắc Ninh tăng nhẹ 0,08 điểm; Bắc Ninh là địa phương duy nhất vượt mốc 91 điểm, cao hơn 2,2 điểm so với bình quân của 10 địa phương dẫn đầu.", [])
case("news", "tinh", "Ở khối sở, ngành, Văn phòng UBND tỉnh đạt 94,57 điểm, vươn lên dẫn đầu; Sở Nông nghiệp và Môi trường tăng từ 69,23 điểm lên 91,60 điểm sau khi khắc phục vướng mắc về đồng bộ dữ liệu.",
     [F(94.57, "điểm", "điểm Bộ chỉ số phục vụ của Văn phòng UBND tỉnh", "so_nganh"),
      F(91.6, "điểm", "điểm Bộ chỉ số phục vụ của Sở Nông nghiệp và Môi trường", "so_nganh")])
case("news", "tinh", "Từ ngày 20/10/2025, tỉnh Bắc Ninh bắt đầu ký số kết quả giải quyết hồ sơ đăng ký doanh nghiệp, hướng tới đạt điểm tối đa ở chỉ số “Số hóa hồ sơ”.", [])

src("https://diendandoanhnghiep.vn/bac-ninh-cai-cach-khong-diem-dung-10154491.html")
case("report", "tinh", "Đến hết quý I/2025, 100% cơ quan nhà nước từ cấp tỉnh đến cấp xã của tỉnh Bắc Ninh sử dụng Hệ thống Quản lý văn bản; tỷ lệ dịch vụ công có phát sinh hồ sơ nộp trực tuyến (toàn trình và một phần) đạt 100%; tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến đạt 100%.",
     [F(100, "%", "tỷ lệ cơ quan nhà nước sử dụng Hệ thống Quản lý văn bản", "tinh"),
      F(100, "%", "tỷ lệ dịch vụ công có phát sinh hồ sơ trực tuyến", "tinh"),
      F(100, "%", "tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến", "tinh", code="BM7-6.5")])
case("report", "tinh", "Về xử lý hồ sơ công việc trên môi trường mạng, tỷ lệ trung bình ở cấp tỉnh đạt 97,18%, cấp huyện đạt 97,91% và cấp xã đạt 99,29%.",
     [F(97.18, "%", "tỷ lệ xử lý hồ sơ công việc trên môi trường mạng cấp tỉnh", "so_nganh"),
      F(97.91, "%", "tỷ lệ xử lý hồ sơ công việc trên môi trường mạng cấp huyện", "huyen"),
      F(99.29, "%", "tỷ lệ xử lý hồ sơ công việc trên môi trường mạng cấp xã", "xa")])

src("https://infographics.vn/quang-ninh-xep-thu-hang-cao-trong-cac-bang-chi-so-sipas-par-index-2021/84060.vna")
case("news", "tinh", "Năm 2021, Quảng Ninh xếp thứ 2 trên bảng Chỉ số cải cách hành chính (PAR INDEX) và lần thứ 3 liên tiếp đứng đầu bảng Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS).", [])

src("https://123docz.net/document/10564699-qd-ubnd-xep-hang-muc-do-cqdt-2021-2.htm")
case("report", "tinh", "Tháng 3/2022, UBND tỉnh Phú Thọ ban hành Quyết định số 519/QĐ-UBND công bố kết quả đánh giá, xếp hạng mức độ Chính quyền điện tử của các cơ quan nhà nước tỉnh Phú Thọ năm 2021.", [])

src("https://hethongphapluat.vn/quyet-dinh-12-2013-qd-ubnd-ve-danh-muc-thu-tuc-hanh-chinh-thuc-hien-theo-co-che-mot-cua-thuoc-tham-quyen-giai-quyet-cua-uy-ban-nhan-dan-cap-xa-tren-dia-ban-tinh-phu-tho.html")
case("report", "tinh", "Ngày 28/6/2013, UBND tỉnh Phú Thọ ban hành Quyết định số 12/2013/QĐ-UBND về Danh mục thủ tục hành chính thực hiện theo cơ chế một cửa thuộc thẩm quyền giải quyết của UBND cấp xã; quyết định có hiệu lực sau 10 ngày kể từ ngày ký, thay thế phần danh mục tại Quyết định số 1565/2007/QĐ-UBND ngày 28/6/2007.", [])

src("https://baonghean.vn/thong-nhat-ke-hoach-giao-so-nguoi-lam-viec-huong-luong-ngan-sach-nam-2021-cua-nghe-an-270088.html")
case("news", "tinh", "Năm 2021, tổng số người làm việc hưởng lương từ ngân sách trong các đơn vị sự nghiệp công lập chưa tự bảo đảm chi thường xuyên của Nghệ An dự kiến được giao là 55.872 người, giảm 6.208 người so với số Bộ Nội vụ giao năm 2015 (giảm 10%) và giảm 1.722 người so với năm 2020.", [])

src("https://baohatinh.vn/sap-xep-don-vi-su-nghiep-cong-lap-tag162295.html")
case("news", "tinh", "Giai đoạn 2015 – 2023, Hà Tĩnh đã thực hiện tinh giản 4.260 biên chế, gắn với sắp xếp tổ chức bộ máy và cơ cấu lại đội ngũ viên chức trong các đơn vị sự nghiệp công lập.",
     [F(4260, "biên chế", "biên chế đã tinh giản", "tinh")])

src("https://baothanhhoa.vn/print/778de07dfeb81411743a685875b1b/140511.htm")
case("news", "tinh", "Theo Quyết định số 2725/QĐ-UBND ngày 21/7/2021 phê duyệt Đề án sắp xếp, tổ chức lại các cơ quan chuyên môn, Thanh Hóa sẽ giảm tối thiểu 58 phòng chuyên môn, 47 cấp trưởng và 68 cấp phó thuộc các sở, ban, ngành cấp tỉnh và UBND cấp huyện.", [])

# ---------------- synthetic (real units not named in earlier sets, invented but consistent figures) ----------------
src("synthetic: xã Mường Lát (Thanh Hóa), 01/7-30/9/2025")
assert pct(1017, 1284) == 79.21 and pct(1229, 1236) == 99.43
case("news", "xa", "Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công xã Mường Lát tiếp nhận 1.284 hồ sơ, trong đó 1.017 hồ sơ nộp trực tuyến, đạt 79,21%; đã giải quyết 1.236 hồ sơ, trong đó 1.229 hồ sơ đúng hạn, đạt 99,43%.",
     [F(1284, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"), F(1017, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(79.21, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"), F(1236, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(1229, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"), F(99.43, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("synthetic: xã Bố Trạch (Quảng Trị), tháng 10/2025")
assert pct(1588, 1652) == 96.13
case("news", "xa", "Trong tháng 10/2025, xã Bố Trạch giải quyết 1.652 hồ sơ thủ tục hành chính, còn 9 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai; xã đã số hóa 1.588 hồ sơ, đạt 96,13%.",
     [F(1652, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"), F(9, "hồ sơ", "giải quyết quá hạn", "xa"),
      F(1588, "hồ sơ", "được số hóa", "xa"), F(96.13, "%", "tỷ lệ số hóa hồ sơ", "xa")])

src("synthetic: xã Văn Lãng (Lạng Sơn), 6 tháng cuối năm 2025")
assert pct(21, 23, 1) == 91.3
case("report", "xa", "Sáu tháng cuối năm 2025, UBND xã Văn Lãng tiếp nhận 23 phản ánh, kiến nghị của người dân, tổ chức, đã giải quyết xong 21 phản ánh, kiến nghị, đạt 91,3%; 02 trường hợp còn lại đang được xác minh theo quy định.",
     [F(23, "PAKN", "PAKN tiếp nhận", "xa", code="BM3-3.4.1"), F(21, "PAKN", "PAKN đã giải quyết xong", "xa", code="BM3-3.4.2"),
      F(91.3, "%", "tỷ lệ giải quyết PAKN", "xa", code="BM3-3.4"), F(2, "PAKN", "PAKN đang xác minh", "xa")])

src("synthetic: xã Mường Nhé (Điện Biên), tháng 11/2025")
case("news", "xa", "Tháng 11/2025, xã Mường Nhé tiếp nhận 642 hồ sơ, trong đó có 318 hồ sơ trực tuyến; xã phấn đấu đến cuối năm đạt tỷ lệ hồ sơ trực tuyến trên 60% và 100% hồ sơ được số hóa.",
     [F(642, "hồ sơ", "tiếp nhận", "xa", code="BM7-6.4.1"), F(318, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2")])

src("synthetic: phường Sầm Sơn (Thanh Hóa), tháng 9/2025")
case("news", "xa", "Trong tháng 9/2025, phường Sầm Sơn có 1.043 hồ sơ được thanh toán phí, lệ phí trực tuyến với tổng số tiền gần 186 triệu đồng; phường bố trí 8 quầy tiếp nhận và 1 tổ công nghệ số cộng đồng hỗ trợ người dân.",
     [F(1043, "hồ sơ", "hồ sơ thanh toán phí, lệ phí trực tuyến", "xa"), F(186, "triệu đồng", "phí, lệ phí thanh toán trực tuyến", "xa", approx=True)])

src("synthetic: phường Cửa Lò (Nghệ An), 6 tháng cuối năm 2025")
assert pct(26, 28) == 92.86
case("report", "xa", "Sáu tháng cuối năm 2025, UBND phường Cửa Lò ban hành 17 văn bản chỉ đạo, điều hành công tác cải cách hành chính; đến ngày 15/12/2025, phường hoàn thành 26/28 nhiệm vụ trong kế hoạch CCHC, đạt 92,86%, 02 nhiệm vụ còn lại đang triển khai.",
     [F(17, "văn bản", "văn bản chỉ đạo CCHC đã ban hành", "xa", code="BM1-1"), F(26, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "xa", code="BM1-2.2"),
      F(28, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "xa", code="BM1-2.1"), F(92.86, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2"),
      F(2, "nhiệm vụ", "nhiệm vụ CCHC đang triển khai", "xa")])

src("synthetic: xã Cẩm Xuyên (Hà Tĩnh), quý IV/2025")
case("report", "xa", "Quý IV/2025, tỷ lệ văn bản đi của UBND xã Cẩm Xuyên được gửi hoàn toàn dưới dạng điện tử, có ký số đạt 97,6%; xã đã thực hiện khảo sát sự hài lòng của người dân với 350 phiếu.",
     [F(97.6, "%", "tỷ lệ văn bản điện tử của UBND cấp xã", "xa", code="BM7-5.2.3"), F(350, "phiếu", "phiếu khảo sát sự hài lòng", "xa", code="BM1-6.1")])

src("synthetic: phường Phủ Lý (Ninh Bình), tháng 11/2025")
case("news", "xa", "Tháng 11/2025, Trung tâm Phục vụ hành chính công phường Phủ Lý tiếp nhận hơn 2.100 hồ sơ, bình quân khoảng 100 hồ sơ mỗi ngày làm việc; có 3 hồ sơ trễ hạn và phường đã gửi thư xin lỗi người dân.",
     [F(2100, "hồ sơ", "tiếp nhận", "xa", approx=True), F(3, "hồ sơ", "giải quyết trễ hạn", "xa")])

src("synthetic: xã Nga Sơn (Thanh Hóa), tháng 8/2025")
assert pct(1371, 1376) == 99.64
case("news", "xa", "Trong tháng 8/2025, xã Nga Sơn giải quyết 1.376 hồ sơ, trong đó 1.371 hồ sơ trước và đúng hạn, đạt 99,64%; toàn xã duy trì 21 tổ công nghệ số cộng đồng tại các thôn.",
     [F(1376, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"), F(1371, "hồ sơ", "giải quyết trước và đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.64, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("synthetic: huyện Quỳnh Phụ (Thái Bình), 9 tháng năm 2024")
assert pct(7391, 7428, 1) == 99.5 and pct(21905, 21936) == 99.86
case("report", "huyen", "Chín tháng năm 2024, UBND huyện Quỳnh Phụ đã giải quyết 7.428 hồ sơ thủ tục hành chính, trong đó 7.391 hồ sơ đúng hạn, đạt 99,5%; UBND các xã, thị trấn giải quyết 21.936 hồ sơ, đúng hạn 21.905 hồ sơ, đạt 99,86%.",
     [F(7428, "hồ sơ", "đã giải quyết", "huyen", code="BM3-3.2.1"), F(7391, "hồ sơ", "giải quyết đúng hạn", "huyen", code="BM3-3.2.2"),
      F(99.5, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2"), F(21936, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"),
      F(21905, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"), F(99.86, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3")])

src("synthetic: thị xã Hồng Lĩnh (Hà Tĩnh), năm 2024")
case("report", "huyen", "Năm 2024, UBND thị xã Hồng Lĩnh kiểm tra công tác cải cách hành chính tại 6 phường, xã, qua đó phát hiện 14 tồn tại, hạn chế; đến ngày 15/12/2024, thị xã đã chỉ đạo khắc phục xong 12 tồn tại, 2 nội dung đang tiếp tục xử lý.",
     [F(6, "đơn vị", "phường, xã được kiểm tra CCHC", "xa"), F(14, "vấn đề", "tồn tại phát hiện qua kiểm tra", "huyen", code="BM1-3.3.1"),
      F(12, "vấn đề", "tồn tại đã khắc phục xong", "huyen", code="BM1-3.3.2"), F(2, "vấn đề", "nội dung đang xử lý", "huyen")])

src("synthetic: huyện Vũ Thư (Thái Bình), năm 2023")
case("report", "huyen", "Năm 2023, UBND huyện Vũ Thư tiếp nhận 41 phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính, đã giải quyết xong toàn bộ, đạt 100%; Chủ tịch UBND huyện tổ chức 02 hội nghị đối thoại với người dân và doanh nghiệp.",
     [F(41, "PAKN", "PAKN tiếp nhận", "huyen", code="BM3-3.4.1"), F(100, "%", "tỷ lệ giải quyết PAKN", "huyen", code="BM3-3.4"),
      F(2, "hội nghị", "hội nghị đối thoại với người dân, doanh nghiệp", "huyen")])

src("synthetic: Sở Tư pháp tỉnh Quảng Bình, năm 2024")
case("report", "so_nganh", "Năm 2024, Sở Tư pháp tỉnh Quảng Bình tham mưu kiểm tra theo thẩm quyền 47 văn bản quy phạm pháp luật do HĐND, UBND cấp huyện ban hành, phát hiện 4 văn bản có nội dung cần xử lý; đến cuối năm, cơ quan ban hành đã xử lý xong 3 văn bản.",
     [F(47, "văn bản", "VBQPPL đã kiểm tra theo thẩm quyền", "so_nganh", code="BM2-2.1"), F(4, "văn bản", "VBQPPL cần xử lý sau kiểm tra", "so_nganh", code="BM2-2.2.1"),
      F(3, "văn bản", "VBQPPL đã xử lý xong", "so_nganh", code="BM2-2.2.2")])

src("synthetic: xã Thường Xuân (Thanh Hóa), tháng 12/2025")
assert pct(84, 97, 1) == 86.6
case("report", "xa", "Đến ngày 20/12/2025, xã Thường Xuân đã tích hợp, triển khai thanh toán trực tuyến đối với 84/97 thủ tục hành chính có yêu cầu nghĩa vụ tài chính, đạt 86,6%.",
     [F(84, "TTHC", "TTHC đã tích hợp thanh toán trực tuyến", "xa", code="BM7-6.5.2"), F(97, "TTHC", "TTHC có yêu cầu nghĩa vụ tài chính", "xa", code="BM7-6.5.1"),
      F(86.6, "%", "tỷ lệ TTHC tích hợp thanh toán trực tuyến", "xa", code="BM7-6.5")])

src("synthetic: xã Minh Hóa (Quảng Trị), 01/7-31/10/2025")
case("news", "xa", "Từ ngày 01/7 đến 31/10/2025, Trung tâm Phục vụ hành chính công xã Minh Hóa tiếp nhận gần 3.000 hồ sơ; riêng hồ sơ nộp trực tuyến là 1.942 hồ sơ, chiếm trên 65%.",
     [F(3000, "hồ sơ", "tiếp nhận", "xa", approx=True, code="BM7-6.4.1"), F(1942, "hồ sơ", "tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
      F(65, "%", "tỷ lệ hồ sơ trực tuyến", "xa", approx=True, code="BM7-6.4")])

src("synthetic: xã Đức Thọ (Hà Tĩnh), tháng 9/2025")
case("news", "xa", "Trong tháng 9/2025, xã Đức Thọ có 6 hồ sơ giải quyết trễ hạn trên tổng số 1.118 hồ sơ đã giải quyết; UBND xã đã gửi thư xin lỗi đến tất cả các trường hợp này.",
     [F(6, "hồ sơ", "giải quyết trễ hạn", "xa"), F(1118, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1")])

src("synthetic: xã Tràng Định (Lạng Sơn), quý IV/2025")
assert pct(2039, 2047) == 99.61
case("report", "xa", "Quý IV/2025, UBND xã Tràng Định giải quyết 2.047 hồ sơ thủ tục hành chính, trong đó 2.039 hồ sơ đúng hạn, đạt 99,61%; 8 hồ sơ quá hạn thuộc lĩnh vực đất đai đã được thông báo, xin lỗi người dân.",
     [F(2047, "hồ sơ", "đã giải quyết", "xa", code="BM3-3.3.1"), F(2039, "hồ sơ", "giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
      F(99.61, "%", "tỷ lệ giải quyết đúng hạn", "xa", code="BM3-3.3"), F(8, "hồ sơ", "giải quyết quá hạn", "xa")])

src("synthetic: huyện Như Xuân (Thanh Hóa), 6 tháng đầu năm 2024")
assert pct(2671, 3512) == 76.05
case("report", "huyen", "Sáu tháng đầu năm 2024, Bộ phận Một cửa huyện Như Xuân tiếp nhận 3.512 hồ sơ, trong đó 2.671 hồ sơ trực tuyến, đạt 76,05%; tỷ lệ giải quyết đúng hạn đạt 99,7%, vượt chỉ tiêu tỉnh giao.",
     [F(3512, "hồ sơ", "tiếp nhận", "huyen", code="BM7-6.4.1"), F(2671, "hồ sơ", "tiếp nhận trực tuyến", "huyen", code="BM7-6.4.2"),
      F(76.05, "%", "tỷ lệ hồ sơ trực tuyến", "huyen", code="BM7-6.4"), F(99.7, "%", "tỷ lệ giải quyết đúng hạn", "huyen", code="BM3-3.2")])

src("synthetic: xã Ba Chẽ (Quảng Ninh), tháng 10/2025")
case("news", "xa", "Xã Ba Chẽ hiện có 14 thôn, bản với 2 điểm tiếp nhận hồ sơ; theo kế hoạch, đến hết năm 2025 xã phấn đấu 100% hồ sơ được số hóa và trên 70% hồ sơ nộp trực tuyến.", [])

src("synthetic: xã Trùng Khánh (Cao Bằng), 6 tháng cuối năm 2025")
case("news", "xa", "Sáu tháng cuối năm 2025, Công an xã phối hợp với Trung tâm Phục vụ hành chính công xã Trùng Khánh hỗ trợ kích hoạt 1.236 tài khoản định danh điện tử mức độ 2 và hướng dẫn 412 lượt người dân nộp hồ sơ trực tuyến qua ứng dụng VNeID.",
     [F(1236, "tài khoản", "tài khoản định danh điện tử mức độ 2 được kích hoạt", "xa"), F(412, "lượt", "lượt người dân được hướng dẫn nộp hồ sơ trực tuyến", "xa")])

# ---------------- write + validate ----------------
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
tsv = ["case_id\tsource"]
seen = set(); nfacts = 0; ncoded = 0; nsynf = 0
for i, (kind, level, text, facts, s) in enumerate(CASES, 1):
    cid = f"H19-N-{i:03d}"
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
        nfacts += 1; ncoded += bool(fct["code"]); nsynf += s.startswith("synthetic")
    w.writerow([cid, kind, level, text, json.dumps(facts, ensure_ascii=False)])
    tsv.append(f"{cid}\t{s}")
open("/work/holdout19/narrative/cases.csv", "w", encoding="utf-8").write(out.getvalue())
open("/work/holdout19/narrative/sources_by_case.tsv", "w", encoding="utf-8").write("\n".join(tsv) + "\n")
syn = sum(1 for c in CASES if c[4].startswith("synthetic"))
assert syn * 2 <= len(CASES)
print(len(CASES), "cases;", syn, "synthetic;", nfacts, "facts (synthetic", nsynf, ");", ncoded, "coded;",
      sum(1 for c in CASES if not c[3]), "empty")
