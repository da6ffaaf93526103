# Builds cases.csv and sources_by_case.tsv for held-out set 26-B (narrative). Run: python3 build.py
import csv, json, unicodedata, re, glob, io

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

CASES = []  # (source_kind, doc_level, text, facts, source)
def add(kind, level, text, facts, source):
    CASES.append((kind, level, text, facts, source))

# ---------------- REAL PAGES ----------------
U1 = "https://news.laodong.vn/mat-tran/sieu-phuong-thai-nguyen-moi-sap-nhap-thu-ngan-sach-gan-2000-ti-dong-1569508.ldo"
add("news", "xa",
    "Từ ngày 01/7 đến ngày 04/9/2025, Trung tâm Phục vụ hành chính công phường Phan Đình Phùng (tỉnh Thái Nguyên) đã tiếp nhận trên 6.130 hồ sơ thủ tục hành chính, toàn bộ đều được giải quyết đúng quy định và trước hạn.",
    [F(6130, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True)], U1)
add("news", "xa",
    "Phường Phan Đình Phùng mới có diện tích hơn 14 km², dân số 122.000 người, 110 tổ dân phố và 212 cán bộ, công chức. Ngay sau khi thành lập, Đảng ủy phường đã tổ chức 6 cuộc họp Ban Thường vụ và 4 hội nghị Ban Chấp hành để thảo luận, ban hành nhiều nghị quyết quan trọng.",
    [F(6, "cuộc họp", "cuộc họp Ban Thường vụ Đảng ủy phường đã tổ chức", "xa"),
     F(4, "hội nghị", "hội nghị Ban Chấp hành Đảng bộ phường đã tổ chức", "xa")], U1)

U2 = "https://vrviet.vn/en/phuong-nam-nha-trang-nang-cao-hieu-qua-phuc-vu-nguoi-dan"
add("news", "xa",
    "Riêng trong tháng 7, phường Nam Nha Trang (tỉnh Khánh Hòa) đã tiếp nhận gần 2.250 hồ sơ giải quyết thủ tục hành chính, trong khi Trung tâm Phục vụ hành chính công phường chỉ có 11 người trực tiếp tiếp nhận và trả kết quả, ít hơn 3 người so với bộ phận một cửa của 5 xã, phường cũ.",
    [F(2250, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True)], U2)
add("news", "xa",
    "Để thuận tiện cho người dân ở xa trung tâm (có nơi cách 8 - 10 km), từ ngày 18/8 phường Nam Nha Trang bố trí thêm 2 điểm hướng dẫn, hỗ trợ, tiếp nhận và trả kết quả TTHC đặt tại trụ sở UBND phường Phước Long và xã Phước Đồng cũ.",
    [], U2)

U3 = "https://en.haiphong.gov.vn/news/digital-transformation-in-administrative-reform-834005"
add("news", "xa",
    "Sau 5 tháng vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã An Trường (thành phố Hải Phòng) đã tiếp nhận gần 14.000 hồ sơ TTHC: tỷ lệ giải quyết đúng hạn đạt 99,15%, tỷ lệ hồ sơ trực tuyến đạt 96,6%; 100% TTHC đủ điều kiện đã được cung cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
    [F(14000, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True, "BM7-6.4.1"),
     F(99.15, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
     F(96.6, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
     F(100, "%", "tỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình", "xa")], U3)

U4 = "https://www.vietnam.vn/en/bi-thu-tinh-uy-kiem-tra-viec-chuan-bi-sap-nhap-xa-phuong-tai-phan-thiet"
add("report", "huyen",
    "Về số hóa hồ sơ thủ tục hành chính, cấp thành phố đã số hóa 7.307/8.442 hồ sơ, cấp phường, xã số hóa 19.547/21.169 hồ sơ; UBND thành phố Phan Thiết đã bố trí 2 kho lưu trữ tạm thời tại trụ sở HĐND và UBND thành phố.",
    [F(7307, "hồ sơ", "hồ sơ cấp thành phố đã số hóa", "huyen"),
     F(8442, "hồ sơ", "tổng số hồ sơ cấp thành phố cần số hóa", "huyen"),
     F(19547, "hồ sơ", "hồ sơ cấp phường, xã đã số hóa", "xa"),
     F(21169, "hồ sơ", "tổng số hồ sơ cấp phường, xã cần số hóa", "xa")], U4)
add("report", "huyen",
    "Về tổ chức đại hội cơ sở, đến nay thành phố Phan Thiết có 29/41 tổ chức đảng đã tiến hành xong đại hội và 12/41 tổ chức đảng đã thông báo lịch đại hội; thời hạn hoàn thành là ngày 15/6/2025.",
    [F(29, "tổ chức", "tổ chức đảng đã tiến hành xong đại hội", "huyen"),
     F(41, "tổ chức", "tổng số tổ chức đảng phải tổ chức đại hội", "huyen"),
     F(12, "tổ chức", "tổ chức đảng đã thông báo lịch đại hội", "huyen")], U4)

U5 = "https://ja.laodong.vn/thoi-su/dong-thap-phuc-vu-tot-nhat-cho-nguoi-dan-den-lam-thu-tuc-hanh-chinh-1546355.ldo"
add("news", "xa",
    "Trung tâm Phục vụ hành chính công phường Hồng Ngự (tỉnh Đồng Tháp) làm việc chung trụ sở với HĐND, UBND phường và bố trí 9 quầy tiếp nhận, trả kết quả; từ ngày 01/7 đến 23/7, Trung tâm đã tiếp nhận 285 hồ sơ thuộc các lĩnh vực chứng thực, hộ tịch, đất đai, cấp phép kinh doanh và bảo trợ xã hội.",
    [F(285, "hồ sơ", "hồ sơ đã tiếp nhận", "xa")], U5)

U6 = "https://www.vietnam.vn/en/doi-moi-trong-cap-so-do-tai-xa-phuong"
add("news", "xa",
    "Kể từ khi vận hành chính quyền địa phương hai cấp, xã Nật Sơn (tỉnh Phú Thọ) đã tiếp nhận 146 hồ sơ giao dịch về đất đai, trong đó 26 hồ sơ đủ điều kiện cấp mới giấy chứng nhận quyền sử dụng đất đã được giải quyết, trao cho người dân. Theo người dân, trước đây mỗi bộ hồ sơ có khi mất 45 - 60 ngày, nay chưa đến 20 ngày đã nhận được sổ.",
    [F(146, "hồ sơ", "hồ sơ giao dịch đất đai đã tiếp nhận", "xa"),
     F(26, "hồ sơ", "hồ sơ cấp mới giấy chứng nhận quyền sử dụng đất đã giải quyết", "xa")], U6)

U7 = "https://www.vietnam.vn/en/thuan-tien-trong-cap-so-do-lan-dau"
add("news", "xa",
    "Từ ngày 01/7 đến nay, UBND xã Chi Lăng (tỉnh Lạng Sơn) đã tiếp nhận, giải quyết và trả kết quả 58 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu, cấp 72 giấy chứng nhận với tổng diện tích 4,85 ha; Trung tâm Phục vụ hành chính công xã làm việc cả sáng thứ Bảy.",
    [F(58, "hồ sơ", "hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu đã giải quyết, trả kết quả", "xa"),
     F(72, "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất đã cấp", "xa"),
     F(4.85, "ha", "diện tích đất được cấp giấy chứng nhận", "xa")], U7)

U8 = "https://baodongnai.com.vn/english/politics/202601/tran-bien-promotes-administrative-reform-improves-quality-of-public-services-7e51cc2"
add("news", "xa",
    "Sau hợp nhất, phường Trấn Biên có gần 200.000 dân, đông nhất tỉnh Đồng Nai. Năm 2025, UBND phường xếp thứ 7/95 đơn vị hành chính cấp xã của tỉnh về chỉ số chất lượng phục vụ người dân, doanh nghiệp theo Bộ chỉ số 766.",
    [], U8)

U9 = "https://thongtin.vietnam.vn/en/buoc-tien-gan-dan-vi-dan"
add("news", "tinh",
    "Trong quá trình chuẩn bị hợp nhất Yên Bái và Lào Cai, các cơ quan chuyên môn đã thống nhất quy trình, chuẩn hóa biểu mẫu, đồng bộ dữ liệu đất đai và điều động 99 công chức chuyên môn về các xã, phường trong tỉnh đảm nhận lĩnh vực đất đai; các Chi nhánh Văn phòng Đăng ký đất đai tiếp tục được ký, cấp giấy chứng nhận quyền sử dụng đất.",
    [F(99, "người", "công chức chuyên môn đất đai được điều động về xã, phường", "xa")], U9)

# ---------------- SYNTHETIC ----------------
add("report", "xa",
    "Quý IV/2025, Trung tâm Phục vụ hành chính công xã Trung Hiệp tiếp nhận 2.431 hồ sơ, trong đó 2.209 hồ sơ nộp trực tuyến (đạt 90,87%); đã giải quyết 2.374 hồ sơ, đúng và trước hạn 2.361 hồ sơ, đạt 99,45%.",
    [F(2431, "hồ sơ", "hồ sơ đã tiếp nhận", "xa", False, "BM7-6.4.1"),
     F(2209, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
     F(90.87, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
     F(2374, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(2361, "hồ sơ", "hồ sơ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3.2"),
     F(99.45, "%", "tỷ lệ hồ sơ giải quyết đúng và trước hạn", "xa", False, "BM3-3.3")],
    "synthetic: xã Trung Hiệp (tỉnh Vĩnh Long), quý IV/2025")
add("news", "xa",
    "Tỷ lệ hồ sơ giải quyết đúng hạn của phường Nùng Trí Cao trong 6 tháng đầu năm 2026 đạt 97,58% (1.574/1.613 hồ sơ); 39 hồ sơ trễ hạn đều đã có văn bản xin lỗi gửi người dân.",
    [F(97.58, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
     F(1574, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
     F(1613, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(39, "hồ sơ", "hồ sơ trễ hạn", "xa")],
    "synthetic: phường Nùng Trí Cao (tỉnh Cao Bằng), 6 tháng đầu năm 2026")
add("report", "xa",
    "Kết quả tháng 3/2026 của phường Thái Bình: hồ sơ tiếp nhận mới 3.079; kỳ trước chuyển sang 112; đã giải quyết 3.018, trong đó trước hạn 2.633, đúng hạn 369, quá hạn 16; đang giải quyết 173.",
    [F(3079, "hồ sơ", "hồ sơ tiếp nhận mới", "xa"),
     F(112, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "xa"),
     F(3018, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
     F(2633, "hồ sơ", "hồ sơ giải quyết trước hạn", "xa"),
     F(369, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa"),
     F(16, "hồ sơ", "hồ sơ giải quyết quá hạn", "xa"),
     F(173, "hồ sơ", "hồ sơ đang giải quyết", "xa")],
    "synthetic: phường Thái Bình (tỉnh Hưng Yên), tháng 3/2026")
add("report", "xa",
    "Quý III/2025, xã Mường Kim niêm yết công khai 327 TTHC thuộc thẩm quyền giải quyết tại Trung tâm Phục vụ hành chính công; tiếp nhận 7 phản ánh, kiến nghị về quy định hành chính và đã xử lý xong 7/7 phản ánh, kiến nghị.",
    [F(327, "TTHC", "TTHC thuộc thẩm quyền được niêm yết công khai", "xa"),
     F(7, "PAKN", "phản ánh, kiến nghị về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
     F(7, "PAKN", "phản ánh, kiến nghị đã xử lý xong", "xa", False, "BM3-3.4.2")],
    "synthetic: xã Mường Kim (tỉnh Lai Châu), quý III/2025")
add("report", "huyen",
    "Năm 2024, UBND huyện Kim Sơn ban hành 17 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 37/39 nhiệm vụ trong Kế hoạch CCHC năm (đạt 94,87%); kiểm tra CCHC tại 9 xã, thị trấn, phát hiện 21 tồn tại, hạn chế, đến nay đã khắc phục xong 19 tồn tại.",
    [F(17, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "huyen", False, "BM1-1"),
     F(37, "nhiệm vụ", "nhiệm vụ trong Kế hoạch CCHC đã hoàn thành", "huyen", False, "BM1-2.2"),
     F(39, "nhiệm vụ", "nhiệm vụ trong Kế hoạch CCHC năm", "huyen", False, "BM1-2.1"),
     F(94.87, "%", "tỷ lệ hoàn thành Kế hoạch CCHC năm", "huyen", False, "BM1-2"),
     F(9, "đơn vị", "xã, thị trấn được kiểm tra CCHC", "xa"),
     F(21, "vấn đề", "tồn tại, hạn chế phát hiện qua kiểm tra", "huyen", False, "BM1-3.3.1"),
     F(19, "vấn đề", "tồn tại, hạn chế đã khắc phục xong", "huyen", False, "BM1-3.3.2")],
    "synthetic: huyện Kim Sơn (tỉnh Ninh Bình), năm 2024")
add("news", "xa",
    "Trong tháng 11/2025, phường Hà Giang 1 tiếp nhận hơn 1,2 nghìn hồ sơ thủ tục hành chính, tỷ lệ nộp trực tuyến đạt gần 93%; tỷ lệ số hóa hồ sơ và kết quả giải quyết đạt 100%.",
    [F(1200, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True, "BM7-6.4.1"),
     F(93, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", True, "BM7-6.4"),
     F(100, "%", "tỷ lệ số hóa hồ sơ và kết quả giải quyết", "xa")],
    "synthetic: phường Hà Giang 1 (tỉnh Tuyên Quang), tháng 11/2025")
add("report", "tinh",
    "Năm 2025, Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long tiếp nhận 186.492 hồ sơ của các sở, ngành; trả kết quả 181.307 hồ sơ, trong đó trước và đúng hạn 180.752 hồ sơ (99,69%); tổng số phí, lệ phí thu qua thanh toán trực tuyến đạt 12,46 tỷ đồng.",
    [F(186492, "hồ sơ", "hồ sơ đã tiếp nhận", "trung_tam"),
     F(181307, "hồ sơ", "hồ sơ đã trả kết quả", "trung_tam"),
     F(180752, "hồ sơ", "hồ sơ trả kết quả trước và đúng hạn", "trung_tam"),
     F(99.69, "%", "tỷ lệ hồ sơ trả kết quả trước và đúng hạn", "trung_tam"),
     F(12460, "triệu đồng", "phí, lệ phí thu qua thanh toán trực tuyến", "trung_tam")],
    "synthetic: Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long, năm 2025")
add("news", "xa",
    "Tháng 10/2025, xã Vụ Bản cấp 64 giấy chứng nhận quyền sử dụng đất (41 giấy cấp lần đầu, 23 giấy cấp đổi, cấp lại) và 12 giấy phép xây dựng nhà ở riêng lẻ; bình quân mỗi ngày làm việc Trung tâm Phục vụ hành chính công xã tiếp nhận khoảng 45 hồ sơ.",
    [F(64, "giấy chứng nhận", "giấy chứng nhận quyền sử dụng đất đã cấp", "xa"),
     F(41, "giấy chứng nhận", "giấy chứng nhận cấp lần đầu", "xa"),
     F(23, "giấy chứng nhận", "giấy chứng nhận cấp đổi, cấp lại", "xa"),
     F(12, "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ đã cấp", "xa")],
    "synthetic: xã Vụ Bản (tỉnh Ninh Bình), tháng 10/2025")
add("news", "xa",
    "Quý I/2026, đặc khu Thổ Châu tiếp nhận 91 hồ sơ TTHC, giải quyết đúng hạn 100%; hiện đặc khu bố trí 4 công chức làm việc thường xuyên tại Trung tâm Phục vụ hành chính công.",
    [F(91, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa"),
     F(100, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3")],
    "synthetic: đặc khu Thổ Châu (tỉnh An Giang), quý I/2026")
add("report", "xa",
    "Năm 2025, phường Tân Phong có 7 cán bộ, công chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP; UBND phường tiếp nhận 3 công chức được điều động từ các sở, ngành của tỉnh và xét tuyển 2 công chức chuyên ngành đất đai, xây dựng.",
    [F(7, "người", "cán bộ, công chức nghỉ việc theo Nghị định 178", "xa"),
     F(3, "người", "công chức được điều động về phường", "xa"),
     F(2, "người", "công chức được xét tuyển", "xa", False, "BM5-2.1")],
    "synthetic: phường Tân Phong (tỉnh Lai Châu), năm 2025")
add("news", "huyen",
    "9 tháng năm 2024, Bộ phận Một cửa UBND huyện Hạ Lang tiếp nhận 4.352 hồ sơ, tăng 4,9% so với cùng kỳ năm trước; huyện phấn đấu đến cuối năm tỷ lệ hồ sơ nộp trực tuyến đạt trên 50%.",
    [F(4352, "hồ sơ", "hồ sơ đã tiếp nhận", "huyen")],
    "synthetic: huyện Hạ Lang (tỉnh Cao Bằng), 9 tháng năm 2024")

# ---------------- CHECKS ----------------
codes = set()
for r in csv.DictReader(open("/work/shared/reference/catalog.csv", encoding="utf-8")):
    codes.add("BM%s-%s" % (r["form"], r["code"]))
KEYS = ["value", "unit", "measure", "scope", "approx", "code"]
SCOPES = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
LEVELS = {"tinh", "huyen", "xa", "so_nganh"}

def vn(v):
    """candidate renderings of a value in Vietnamese number format"""
    out = set()
    if isinstance(v, float) and not v.is_integer():
        s = ("%.2f" % v).rstrip("0").rstrip(".")
        out.add(s.replace(".", ","))
    else:
        n = int(v)
        out.add("{:,}".format(n).replace(",", "."))
        out.add(str(n))
    return out

texts = set()
nsyn = 0
for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
    assert kind in ("report", "news") and level in LEVELS, i
    assert unicodedata.normalize("NFC", text) == text, i
    assert text not in texts, i
    texts.add(text)
    if src.startswith("synthetic"):
        nsyn += 1
    for f in facts:
        assert list(f.keys()) == KEYS, (i, f)
        assert f["scope"] in SCOPES, (i, f)
        assert f["code"] == "" or f["code"] in codes, (i, f["code"])
        v = f["value"]
        special = {12460: "12,46 tỷ", 1200: "1,2 nghìn"}
        if v in special and special[v] in text:
            continue
        assert any(c in text for c in vn(v)), (i, v)
assert nsyn * 2 <= len(CASES), "too many synthetic"

# collision check against earlier sets (numbers with >= 4 chars)
earlier = ""
for p in glob.glob("/work/holdout26/earlier/*/*/cases.csv"):
    earlier += open(p, encoding="utf-8").read()
for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
    for f in facts:
        for c in vn(f["value"]):
            if len(c) >= 5 and re.search(r"(?<![\d.,])" + re.escape(c) + r"(?![\d]|[.,]\d)", earlier):
                print("note: figure %s of case %d also occurs in an earlier set" % (c, i))

rows = []
with open("cases.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    for i, (kind, level, text, facts, src) in enumerate(CASES, 1):
        w.writerow(["H26-B-%03d" % i, kind, level, text, json.dumps(facts, ensure_ascii=False)])
with open("sources_by_case.tsv", "w", encoding="utf-8") as fh:
    for i, c in enumerate(CASES, 1):
        fh.write("H26-B-%03d\t%s\n" % (i, c[4]))

# re-read and parse
n = nf = nc = na = 0
for r in csv.DictReader(open("cases.csv", encoding="utf-8")):
    fs = json.loads(r["facts"])
    n += 1; nf += len(fs); nc += sum(1 for f in fs if f["code"]); na += sum(1 for f in fs if f["approx"])
print("cases", n, "synthetic", nsyn, "real", n - nsyn, "facts", nf, "coded", nc, "approx", na)
