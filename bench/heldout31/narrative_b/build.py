# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for held-out set 31-B and checks them."""
import csv, json, unicodedata, os, glob, re

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = "/work/shared/reference/catalog.csv"

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

U1 = "https://www.vietnam.vn/en/chu-dong-khac-phuc-vuong-mac-nang-chat-phuc-vu-nguoi-dan"
U3 = "https://news.laodong.vn/xa-hoi/chuyen-gan-400-can-bo-xa-phuong-o-da-nang-sang-ngach-cong-chuc-1528461.ldo"
U4 = "https://news.laodong.vn/ldt/tin-tuc/phuong-tu-minh-tp-hai-phong-xu-ly-kien-nghi-cu-tri-sau-tiep-xuc-1540209.ldo"
U5 = "https://longphung.quangngai.gov.vn/tin-tuc/ke-hoach-cai-cach-hanh-chinh-nam-2025.html"
U6 = "https://thongtin.vietnam.vn/en/xa-son-luong-van-hanh-chinh-quyen-moi-gan-dan-hieu-qua"
U7 = "https://www.vietnam.vn/en/hieu-ung-tich-cuc-tu-mo-hinh-ho-tro-nop-ho-so-truc-tuyen-tren-cong-dich-vu-cong-quoc-gia-tai-van-phong-ap"
U8 = "https://news.laodong.vn/thoi-su/khong-cuc-bo-dia-phuong-tieu-cuc-khi-xay-dung-phuong-an-nhan-su-o-da-nang-1518622.ldo"
U9 = "https://news.laodong.vn/xa-hoi/da-nang-cu-cong-chuc-ho-tro-truc-tiep-tai-19-xa-mien-nui-bien-gioi-1575870.ldo"

CASES = [
# ---------------- real ----------------
("news", "xa", "Phường Phú Định (TP Hồ Chí Minh) hiện có hơn 150.000 dân; từ khi đi vào hoạt động đến ngày 14/7/2025, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 2.611 hồ sơ, chủ yếu thuộc các lĩnh vực chứng thực, hộ tịch, an sinh xã hội và đất đai.",
 [F(2611, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1")], U1),
("news", "xa", "Trên cơ sở phân cấp, ủy quyền, Bộ phận Một cửa của UBND phường Phú Định hiện tiếp nhận và trả kết quả cho 363 thủ tục hành chính.",
 [F(363, "TTHC", "TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa phường", "xa")], U1),
("news", "xa", "Chỉ sau 13 ngày vận hành, Trung tâm Phục vụ hành chính công phường Chợ Quán đã tiếp nhận hơn 2.260 hồ sơ, bình quân xử lý gần 200 hồ sơ mỗi ngày, mỗi hồ sơ mất từ 15 đến 20 phút; phường vẫn phải bố trí làm việc tạm tại 6 địa điểm khác nhau.",
 [F(2260, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", True, "BM7-6.4.1")], U1),
("news", "tinh", "Thành phố Đà Nẵng đã ban hành quyết định chuyển gần 400 cán bộ xã, phường sang ngạch công chức (tương đương cấp huyện cũ trở lên) để về công tác tại phường mới, gồm 210 cán bộ phường thuộc các quận và 184 cán bộ, công chức xã của huyện Hòa Vang (cũ).",
 [F(400, "người", "cán bộ xã, phường được chuyển sang ngạch công chức", "tinh", True, "BM5-2.3"),
  F(210, "người", "cán bộ phường thuộc quận được chuyển ngạch công chức", "huyen"),
  F(184, "người", "cán bộ, công chức xã huyện Hòa Vang được chuyển ngạch công chức", "huyen")], U3),
("news", "tinh", "Trong 6 tháng đầu năm 2025, Thanh tra thành phố Đà Nẵng đã tiến hành 5 cuộc thanh tra theo kế hoạch và 2 cuộc thanh tra chuyên đề.",
 [F(5, "cuộc", "cuộc thanh tra theo kế hoạch đã tiến hành", "so_nganh"), F(2, "cuộc", "cuộc thanh tra chuyên đề đã tiến hành", "so_nganh")], U3),
("news", "xa", "Sau buổi tiếp xúc cử tri ngày 10/7, Thường trực HĐND phường Tứ Minh (TP Hải Phòng) đã tổng hợp 11 ý kiến, kiến nghị gửi UBND phường để phân loại, chuyển các bộ phận chuyên môn kiểm tra, giải quyết.",
 [F(11, "ý kiến", "ý kiến, kiến nghị cử tri đã tổng hợp", "xa")], U4),
("report", "xa", "Ngày 18/7/2025, UBND xã Long Phụng (tỉnh Quảng Ngãi) ban hành Quyết định số 119/QĐ-UBND về Kế hoạch cải cách hành chính nhà nước năm 2025 trên địa bàn xã.",
 [], U5),
("news", "xa", "Trung tâm Phục vụ hành chính công xã Sơn Lương gồm 7 cán bộ, công chức, do Phó Chủ tịch UBND xã làm Giám đốc; trong 8 ngày đầu (01 - 08/7/2025), Trung tâm đã tiếp nhận và giải quyết 106 hồ sơ, toàn bộ đều đúng hạn, không có hồ sơ chậm hay tồn đọng.",
 [F(106, "hồ sơ", "hồ sơ đã tiếp nhận và giải quyết", "xa", False, "BM3-3.3.1")], U6),
("news", "xa", "Từ tháng 10/2025, xã Lấp Vò thí điểm mô hình hỗ trợ nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia tại văn phòng ấp ở 6/23 ấp; sau 1 tháng, mô hình đã tiếp nhận hơn 200 hồ sơ thủ tục hành chính các loại.",
 [F(200, "hồ sơ", "hồ sơ tiếp nhận qua mô hình hỗ trợ tại văn phòng ấp", "xa", True)], U7),
("news", "tinh", "Tính đến ngày 30/5/2025, thành phố Đà Nẵng đã phê duyệt danh sách 415 cán bộ, công chức, viên chức, người lao động nghỉ hưu trước tuổi, nghỉ việc theo Nghị định 178/2024/NĐ-CP và Nghị định 67/2025/NĐ-CP, với tổng kinh phí dự kiến hơn 300 tỷ đồng.",
 [F(415, "người", "CBCCVC, người lao động nghỉ hưu trước tuổi, nghỉ việc đã được phê duyệt", "tinh")], U8),
("news", "tinh", "Theo phương án, Đà Nẵng sẽ sắp xếp còn 16 đơn vị hành chính cấp xã, giảm hơn 66% so với hiện có, đồng thời kết thúc hoạt động của 7 Đảng bộ quận, huyện.",
 [], U8),
("news", "so_nganh", "Theo Kế hoạch số 2458 của Sở Nội vụ thành phố Đà Nẵng, từ tháng 9 đến tháng 12/2025 Sở sẽ cử 15 công chức tăng cường cho UBND 19 xã miền núi, biên giới, mỗi phòng cử 1 - 2 người trong mỗi đợt.",
 [], U9),
# ---------------- synthetic ----------------
("report", "xa", "Quý IV/2025, Trung tâm Phục vụ hành chính công đặc khu Lý Sơn tiếp nhận 1.637 hồ sơ, trong đó 1.214 hồ sơ nộp trực tuyến, chiếm 74,16%; đã giải quyết 1.596 hồ sơ, trong đó 1.578 hồ sơ trước và đúng hạn.",
 [F(1637, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
  F(1214, "hồ sơ", "hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4.2"),
  F(74.16, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
  F(1596, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
  F(1578, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "xa", False, "BM3-3.3.2")],
 "synthetic: đặc khu Lý Sơn (Quảng Ngãi), quý IV/2025"),
("report", "xa", "Trong tháng 01/2026, UBND phường Bắc Giang tiếp nhận 21 phản ánh, kiến nghị về quy định hành chính; đã xử lý xong 19 phản ánh, kiến nghị (đạt 90,48%), còn 02 phản ánh, kiến nghị đang trong thời hạn xử lý.",
 [F(21, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
  F(19, "PAKN", "PAKN đã xử lý xong", "xa", False, "BM3-3.4.2"),
  F(90.48, "%", "tỷ lệ xử lý PAKN", "xa", False, "BM3-3.4"),
  F(2, "PAKN", "PAKN đang trong thời hạn xử lý", "xa")],
 "synthetic: phường Bắc Giang (Bắc Ninh), tháng 01/2026"),
("report", "xa", "Từ ngày 01/7 đến 31/12/2025, UBND phường Thảo Nguyên ban hành 9 văn bản chỉ đạo, điều hành công tác cải cách hành chính; hoàn thành 29/33 nhiệm vụ trong Kế hoạch CCHC năm, đạt 87,88%, 4 nhiệm vụ còn lại đang triển khai.",
 [F(9, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "xa", False, "BM1-1"),
  F(29, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "xa", False, "BM1-2.2"),
  F(33, "nhiệm vụ", "nhiệm vụ trong Kế hoạch CCHC", "xa", False, "BM1-2.1"),
  F(87.88, "%", "tỷ lệ hoàn thành Kế hoạch CCHC", "xa", False, "BM1-2"),
  F(4, "nhiệm vụ", "nhiệm vụ đang triển khai", "xa")],
 "synthetic: phường Thảo Nguyên (Sơn La), 6 tháng cuối năm 2025"),
("report", "huyen", "Năm 2023, Bộ phận Một cửa huyện Đức Trọng tiếp nhận 28.416 hồ sơ; đã giải quyết 27.903 hồ sơ, trong đó 27.655 hồ sơ trước và đúng hạn, đạt 99,11%; 248 hồ sơ trễ hạn.",
 [F(28416, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "huyen", False, "BM7-6.4.1"),
  F(27903, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
  F(27655, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "huyen", False, "BM3-3.2.2"),
  F(99.11, "%", "tỷ lệ giải quyết trước và đúng hạn", "huyen", False, "BM3-3.2"),
  F(248, "hồ sơ", "hồ sơ trễ hạn", "huyen")],
 "synthetic: huyện Đức Trọng (Lâm Đồng, trước 1/7/2025), năm 2023"),
("report", "huyen", "6 tháng đầu năm 2024, UBND huyện Mỏ Cày Nam rà soát 46 thủ tục hành chính, kiến nghị đơn giản hóa 7 thủ tục; tự kiểm tra 12 văn bản do HĐND, UBND huyện ban hành, chưa phát hiện văn bản trái pháp luật.",
 [F(46, "TTHC", "TTHC đã rà soát", "huyen"),
  F(7, "TTHC", "TTHC kiến nghị đơn giản hóa", "huyen"),
  F(12, "văn bản", "văn bản đã tự kiểm tra", "huyen")],
 "synthetic: huyện Mỏ Cày Nam (Bến Tre, trước 1/7/2025), 6 tháng đầu năm 2024"),
("report", "xa", "Năm 2026, xã Cần Giờ phấn đấu 100% hồ sơ được giải quyết trước và đúng hạn, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%; Trung tâm Phục vụ hành chính công xã hiện bố trí 12 quầy tiếp nhận với 18 công chức, viên chức.",
 [], "synthetic: xã Cần Giờ (TP Hồ Chí Minh), kế hoạch năm 2026"),
("news", "xa", "Quý I/2026, phường Thủ Dầu Một số hóa 6.842 hồ sơ, đạt 97,42%; thu phí, lệ phí qua thanh toán trực tuyến 3.109 giao dịch với số tiền gần 418,6 triệu đồng, tăng 14,2% so với quý IV/2025.",
 [F(6842, "hồ sơ", "hồ sơ đã số hóa", "xa"),
  F(97.42, "%", "tỷ lệ số hóa hồ sơ", "xa"),
  F(3109, "giao dịch", "giao dịch thanh toán trực tuyến", "xa"),
  F(418.6, "triệu đồng", "số tiền thanh toán trực tuyến", "xa", True)],
 "synthetic: phường Thủ Dầu Một (TP Hồ Chí Minh), quý I/2026"),
("report", "xa", "Tháng 10/2025, xã Tam Đảo tiếp nhận 753 hồ sơ TTHC, bình quân khoảng 34 hồ sơ mỗi ngày làm việc; đã giải quyết, trả kết quả 729 hồ sơ, trong đó 96 hồ sơ trả qua dịch vụ bưu chính công ích.",
 [F(753, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1"),
  F(729, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "xa", False, "BM3-3.3.1"),
  F(96, "hồ sơ", "hồ sơ trả kết quả qua bưu chính công ích", "xa")],
 "synthetic: xã Tam Đảo (Phú Thọ), tháng 10/2025"),
("report", "so_nganh", "Năm 2025, Trung tâm Phục vụ hành chính công tỉnh Hưng Yên tiếp nhận 96.518 hồ sơ, trong đó 81.207 hồ sơ nộp trực tuyến (chiếm 84,14%); đã trả kết quả trước và đúng hạn 95.306 hồ sơ.",
 [F(96518, "hồ sơ", "hồ sơ đã tiếp nhận", "trung_tam"),
  F(81207, "hồ sơ", "hồ sơ nộp trực tuyến", "trung_tam"),
  F(84.14, "%", "tỷ lệ hồ sơ nộp trực tuyến", "trung_tam"),
  F(95306, "hồ sơ", "hồ sơ trả kết quả trước và đúng hạn", "trung_tam")],
 "synthetic: Trung tâm Phục vụ hành chính công tỉnh Hưng Yên, năm 2025"),
("report", "xa", "Từ ngày 01/7 đến 31/12/2025, UBND đặc khu Phú Quý phát hành 2.347 văn bản điện tử, đạt 98,72% tổng số văn bản đi, và tiếp nhận 5.927 văn bản đến qua hệ thống quản lý văn bản và điều hành.",
 [F(2347, "văn bản", "văn bản điện tử đã phát hành", "xa"),
  F(98.72, "%", "tỷ lệ văn bản điện tử", "xa", False, "BM7-5.2.3"),
  F(5927, "văn bản", "văn bản đến đã tiếp nhận qua hệ thống", "xa")],
 "synthetic: đặc khu Phú Quý (Lâm Đồng), 6 tháng cuối năm 2025"),
("report", "huyen", "Năm 2024, huyện Krông Pắc tinh giản 11 biên chế, tuyển dụng 23 viên chức ngành giáo dục và hoàn thành sáp nhập 48 thôn, buôn thành 31 thôn, buôn mới.",
 [F(11, "biên chế", "biên chế đã tinh giản", "huyen", False, "BM4-2.4"),
  F(23, "người", "viên chức được tuyển dụng", "huyen", False, "BM5-2.4"),
  F(48, "thôn, buôn", "thôn, buôn đã sáp nhập", "huyen"),
  F(31, "thôn, buôn", "thôn, buôn mới sau sáp nhập", "huyen")],
 "synthetic: huyện Krông Pắc (Đắk Lắk, trước 1/7/2025), năm 2024"),
]

def main():
    codes = set()
    with open(CAT, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            codes.add("BM%s-%s" % (r["form"], r["code"]))
    levels = {"tinh", "huyen", "xa", "so_nganh"}
    scopes = {"tinh", "so_nganh", "huyen", "xa", "trung_tam", ""}
    keys = ["value", "unit", "measure", "scope", "approx", "code"]
    seen = set(); nreal = nsyn = 0
    rows, srcs = [], []
    for i, (kind, lvl, text, facts, src) in enumerate(CASES, 1):
        cid = "H31-B-%03d" % i
        assert kind in ("report", "news"), cid
        assert lvl in levels, cid
        t = unicodedata.normalize("NFC", text)
        assert t == text, cid + " not NFC"
        assert t not in seen, cid + " dup"; seen.add(t)
        for fa in facts:
            assert list(fa.keys()) == keys, cid
            assert fa["scope"] in scopes, cid
            assert fa["code"] == "" or fa["code"] in codes, (cid, fa["code"])
            assert isinstance(fa["value"], (int, float)) and isinstance(fa["approx"], bool)
        if src.startswith("synthetic:"): nsyn += 1
        else: nreal += 1
        rows.append([cid, kind, lvl, t, json.dumps(facts, ensure_ascii=False)])
        srcs.append((cid, src))
    assert nsyn <= nreal, (nsyn, nreal)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); w.writerows(rows)
    with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
        for cid, s in srcs: f.write("%s\t%s\n" % (cid, s))
    # re-read and parse
    n = nf = nc = na = ne = 0; sc = {}
    with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            fs = json.loads(r["facts"]); n += 1; nf += len(fs)
            nc += sum(1 for x in fs if x["code"]); na += sum(1 for x in fs if x["approx"]); ne += (len(fs) == 0)
            for x in fs: sc[x["scope"]] = sc.get(x["scope"], 0) + 1
    realf = sum(len(c[3]) for c in CASES if not c[4].startswith("synthetic"))
    realc = sum(1 for c in CASES if not c[4].startswith("synthetic") for x in c[3] if x["code"])
    print("cases", n, "real", nreal, "synthetic", nsyn, "facts", nf, "real facts", realf, "coded", nc, "real coded", realc, "approx", na, "empty", ne, "scopes", sc)
    # URL reuse check against earlier sets
    used = set()
    for p in glob.glob("/work/holdout31/earlier/*/*/sources_by_case.tsv"):
        for line in open(p, encoding="utf-8"):
            used.update(re.findall(r"https?://\S+", line))
    for _, s in srcs:
        if s.startswith("http"):
            assert s not in used, "reused URL " + s
    print("URL check ok")

if __name__ == "__main__":
    main()
