# -*- coding: utf-8 -*-
"""Builds cases.csv and sources_by_case.tsv for held-out set 30-B; checks them."""
import csv, json, unicodedata, os, io

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = "/work/shared/reference/catalog.csv"
codes = set()
with open(CAT, encoding="utf-8") as f:
    for r in csv.DictReader(f):
        codes.add("BM%s-%s" % (r["form"], r["code"]))

def F(value, unit, measure, scope, approx=False, code=""):
    return {"value": value, "unit": unit, "measure": measure, "scope": scope,
            "approx": approx, "code": code}

U_TS = "https://hatinh24h.com.vn/pho-thu-tuong-pham-thi-thanh-tra-kiem-tra-hoat-dong-trung-tam-phuc-vu-hanh-chinh-cong-phuong-thanh-sen-tinh-ha-tinh-a194429.html"
U_HCM = "https://sggpnews.org.vn/photo-gallery/postmen-work-as-silent-soldiers-connecting-people-with-functional-agencies-93748.html"
U_VN = "https://vietnamnet.vn/gan-96-xa-phuong-da-bo-tri-du-nhan-su-tai-bo-phan-mot-cua-2435793.html"

cases = []  # (source_kind, doc_level, text, facts, source)

# ---------------- REAL ----------------
cases.append(("news", "xa",
 "Từ ngày 1/7/2025 đến ngày 25/2/2026, Trung tâm Phục vụ hành chính công phường Thành Sen (tỉnh Hà Tĩnh) đã tiếp nhận 18.400 hồ sơ thủ tục hành chính; không có hồ sơ tồn từ kỳ trước chuyển sang.",
 [F(18400, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "xa", False, "BM7-6.4.1")], U_TS))
cases.append(("news", "xa",
 "Trung tâm đã giải quyết xong 18.207 hồ sơ, trong đó 14.910 hồ sơ trước hạn và 3.294 hồ sơ đúng hạn, không có hồ sơ nào quá hạn.",
 [F(18207, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
  F(14910, "hồ sơ", "hồ sơ giải quyết trước hạn", "xa"),
  F(3294, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa")], U_TS))
cases.append(("news", "xa",
 "Đến thời điểm kiểm tra, phường Thành Sen còn 136 hồ sơ đang xử lý, cơ bản bảo đảm tiến độ giải quyết.",
 [F(136, "hồ sơ", "hồ sơ đang xử lý", "xa")], U_TS))
cases.append(("news", "xa",
 "Riêng lĩnh vực chứng thực, Trung tâm Phục vụ hành chính công phường Thành Sen đã thực hiện 3.171 hồ sơ chứng thực điện tử kể từ khi đi vào hoạt động.",
 [F(3171, "hồ sơ", "hồ sơ chứng thực điện tử đã thực hiện", "xa")], U_TS))
cases.append(("news", "xa",
 "Phường cũng giải quyết 697 hồ sơ liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi và 221 hồ sơ liên thông đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí.",
 [F(697, "hồ sơ", "hồ sơ liên thông khai sinh – thường trú – BHYT trẻ dưới 6 tuổi", "xa"),
  F(221, "hồ sơ", "hồ sơ liên thông khai tử – xóa thường trú – mai táng phí", "xa")], U_TS))
cases.append(("news", "xa",
 "Về chuyển đổi số, 100% hồ sơ tại Trung tâm được nộp trực tuyến và thực hiện toàn trình; tỉ lệ thanh toán trực tuyến đạt 99,74%.",
 [F(100, "%", "tỷ lệ hồ sơ nộp trực tuyến", "xa", False, "BM7-6.4"),
  F(99.74, "%", "tỷ lệ thanh toán trực tuyến", "xa")], U_TS))
cases.append(("news", "xa",
 "Trung tâm Phục vụ hành chính công phường Thành Sen có 6 biên chế chính thức (giám đốc và 5 chuyên viên); các phòng chuyên môn cử thêm 5 công chức phối hợp tiếp nhận, xử lý hồ sơ, Văn phòng Đăng ký đất đai bố trí 2 cán bộ làm việc thường xuyên tại đây.",
 [], U_TS))
cases.append(("news", "tinh",
 "Tại TP Hồ Chí Minh, trong tháng qua có gần 554.000 hồ sơ được gửi qua bưu điện, nâng tổng số hồ sơ được tiếp nhận, chuyển trả qua mạng lưới bưu chính trong 6 tháng đầu năm 2021 lên 3,2 triệu, tăng 20% so với cùng kỳ năm trước.",
 [F(554000, "hồ sơ", "hồ sơ gửi qua bưu điện trong tháng", "tinh", True),
  F(3200000, "hồ sơ", "hồ sơ xử lý qua bưu chính 6 tháng đầu năm", "tinh")], U_HCM))
cases.append(("news", "tinh",
 "Tính từ ngày 1/7 đến 19/8/2025, cả nước đã tiếp nhận hơn 4,3 triệu hồ sơ, trong đó trên 3,2 triệu hồ sơ được nộp trực tuyến, chiếm 75,7%, tăng 5% so với thời điểm báo cáo ngày 5/8.",
 [F(4300000, "hồ sơ", "hồ sơ tiếp nhận cả nước", "", True),
  F(3200000, "hồ sơ", "hồ sơ nộp trực tuyến cả nước", "", True),
  F(75.7, "%", "tỷ lệ hồ sơ nộp trực tuyến cả nước", "")], U_VN))
cases.append(("news", "tinh",
 "Trong cùng giai đoạn, TP Hồ Chí Minh là địa phương có số hồ sơ cao nhất với 645.566 hồ sơ, còn Điện Biên thấp nhất với 14.922 hồ sơ.",
 [F(645566, "hồ sơ", "hồ sơ tiếp nhận của TP Hồ Chí Minh", "tinh"),
  F(14922, "hồ sơ", "hồ sơ tiếp nhận của tỉnh Điện Biên", "tinh")], U_VN))
cases.append(("news", "tinh",
 "Theo dữ liệu trên Hệ thống Nq57.vn, tính đến 16h ngày 24/8/2025, toàn bộ 34/34 tỉnh, thành phố đạt trạng thái \"Xanh\" (hoàn thành nhiệm vụ); 25 tỉnh, thành phố đã \"phủ xanh\" hơn 50% số xã, phường, trong đó 21 tỉnh, thành phố \"phủ xanh\" hơn 70%.",
 [F(34, "đơn vị", "tỉnh, thành phố đạt trạng thái Xanh", ""),
  F(34, "đơn vị", "tổng số tỉnh, thành phố", ""),
  F(25, "đơn vị", "tỉnh, thành phố phủ xanh hơn 50% số xã, phường", ""),
  F(21, "đơn vị", "tỉnh, thành phố phủ xanh hơn 70% số xã, phường", "")], U_VN))

# ---------------- SYNTHETIC ----------------
S = []
S.append(("report", "xa",
 "Kết quả giải quyết TTHC quý IV/2025 của Trung tâm Phục vụ hành chính công đặc khu Côn Đảo như sau: tiếp nhận 1.347 hồ sơ (trực tuyến 1.196 hồ sơ, chiếm 88,79%); đã giải quyết 1.312 hồ sơ, trong đó giải quyết trước và đúng hạn 1.305 hồ sơ, đạt 99,47%.",
 [F(1347, "hồ sơ", "hồ sơ tiếp nhận", "xa", False, "BM7-6.4.1"),
  F(1196, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", False, "BM7-6.4.2"),
  F(88.79, "%", "tỷ lệ hồ sơ trực tuyến", "xa", False, "BM7-6.4"),
  F(1312, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
  F(1305, "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", "xa", False, "BM3-3.3.2"),
  F(99.47, "%", "tỷ lệ giải quyết trước và đúng hạn", "xa", False, "BM3-3.3")],
 "synthetic: đặc khu Côn Đảo (TP Hồ Chí Minh), quý IV/2025"))
S.append(("report", "xa",
 "Tỷ lệ hồ sơ giải quyết đúng hạn 6 tháng cuối năm 2025 của xã Mường Nhé đạt 97,53% (1.026/1.052 hồ sơ); số hồ sơ trễ hạn là 26, chủ yếu thuộc lĩnh vực đất đai.",
 [F(97.53, "%", "tỷ lệ hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3"),
  F(1026, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", False, "BM3-3.3.2"),
  F(1052, "hồ sơ", "hồ sơ đã giải quyết", "xa", False, "BM3-3.3.1"),
  F(26, "hồ sơ", "hồ sơ trễ hạn", "xa")],
 "synthetic: xã Mường Nhé (tỉnh Điện Biên), 6 tháng cuối năm 2025"))
S.append(("news", "xa",
 "Trong tháng 12/2025, phường Vũng Tàu ghi nhận 2.171 giao dịch thanh toán trực tuyến phí, lệ phí với tổng số tiền gần 312,8 triệu đồng; tỷ lệ số hóa hồ sơ và kết quả giải quyết TTHC đạt 100%.",
 [F(2171, "giao dịch", "giao dịch thanh toán trực tuyến phí, lệ phí", "xa"),
  F(312.8, "triệu đồng", "số tiền phí, lệ phí thanh toán trực tuyến", "xa", True),
  F(100, "%", "tỷ lệ số hóa hồ sơ và kết quả giải quyết", "xa")],
 "synthetic: phường Vũng Tàu (TP Hồ Chí Minh), tháng 12/2025"))
S.append(("report", "xa",
 "Năm 2025, UBND xã Bát Xát ban hành 13 văn bản chỉ đạo, điều hành về cải cách hành chính; hoàn thành 23/25 nhiệm vụ trong Kế hoạch CCHC năm, đạt 92%.",
 [F(13, "văn bản", "văn bản chỉ đạo, điều hành CCHC đã ban hành", "xa", False, "BM1-1"),
  F(23, "nhiệm vụ", "nhiệm vụ CCHC đã hoàn thành", "xa", False, "BM1-2.2"),
  F(25, "nhiệm vụ", "nhiệm vụ đề ra trong kế hoạch CCHC năm", "xa", False, "BM1-2.1"),
  F(92, "%", "tỷ lệ hoàn thành kế hoạch CCHC năm", "xa", False, "BM1-2")],
 "synthetic: xã Bát Xát (tỉnh Lào Cai), năm 2025"))
S.append(("report", "xa",
 "9 tháng đầu năm 2026, phường Thuận Hóa tiếp nhận 41 phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính; đã xử lý xong 39 phản ánh, kiến nghị (đạt 95,12%), 2 phản ánh còn trong thời hạn xử lý.",
 [F(41, "PAKN", "PAKN về quy định hành chính đã tiếp nhận", "xa", False, "BM3-3.4.1"),
  F(39, "PAKN", "PAKN đã xử lý xong", "xa", False, "BM3-3.4.2"),
  F(95.12, "%", "tỷ lệ xử lý PAKN", "xa", False, "BM3-3.4"),
  F(2, "PAKN", "PAKN còn trong thời hạn xử lý", "xa")],
 "synthetic: phường Thuận Hóa (thành phố Huế), 9 tháng đầu năm 2026"))
S.append(("report", "huyen",
 "Năm 2024, Bộ phận Một cửa huyện Hải Hậu tiếp nhận trên 11,6 nghìn hồ sơ TTHC; số hồ sơ giải quyết đúng hạn là 11.436 trên tổng số 11.563 hồ sơ đã giải quyết, đạt tỷ lệ 98,90%.",
 [F(11600, "hồ sơ", "hồ sơ TTHC đã tiếp nhận", "huyen", True),
  F(11436, "hồ sơ", "hồ sơ giải quyết đúng hạn", "huyen", False, "BM3-3.2.2"),
  F(11563, "hồ sơ", "hồ sơ đã giải quyết", "huyen", False, "BM3-3.2.1"),
  F(98.90, "%", "tỷ lệ giải quyết đúng hạn", "huyen", False, "BM3-3.2")],
 "synthetic: huyện Hải Hậu (tỉnh Nam Định), năm 2024"))
S.append(("news", "huyen",
 "6 tháng đầu năm 2025, huyện Con Cuông có 1.883 hồ sơ được nộp trực tuyến, tăng 12,3% so với cùng kỳ; huyện phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt trên 80%.",
 [F(1883, "hồ sơ", "hồ sơ nộp trực tuyến", "huyen")],
 "synthetic: huyện Con Cuông (tỉnh Nghệ An), 6 tháng đầu năm 2025"))
S.append(("news", "xa",
 "Trung tâm Phục vụ hành chính công xã Ea Súp bố trí 4 quầy tiếp nhận với 9 công chức, bình quân mỗi ngày tiếp nhận khoảng 68 hồ sơ; tháng 9/2025, xã xếp thứ 12/102 xã, phường của tỉnh về Bộ chỉ số phục vụ người dân, doanh nghiệp.",
 [],
 "synthetic: xã Ea Súp (tỉnh Đắk Lắk), tháng 9/2025"))
S.append(("report", "xa",
 "Từ 01/7 đến 30/11/2025, phường Tam Kỳ đã số hóa 6.296/6.321 hồ sơ tiếp nhận, đạt 99,6%; trả 431 kết quả giải quyết TTHC qua dịch vụ bưu chính công ích.",
 [F(6296, "hồ sơ", "hồ sơ tiếp nhận đã số hóa", "xa"),
  F(6321, "hồ sơ", "hồ sơ tiếp nhận", "xa"),
  F(99.6, "%", "tỷ lệ số hóa hồ sơ", "xa"),
  F(431, "hồ sơ", "kết quả trả qua bưu chính công ích", "xa")],
 "synthetic: phường Tam Kỳ (thành phố Đà Nẵng), 01/7–30/11/2025"))
S.append(("report", "xa",
 "Trong năm 2025, đặc khu Phú Quý đã rà soát 217 TTHC, kiến nghị cấp có thẩm quyền đơn giản hóa 9 thủ tục; đồng thời công khai đầy đủ 393 TTHC thuộc thẩm quyền giải quyết trên Cổng Dịch vụ công quốc gia.",
 [F(217, "TTHC", "TTHC đã rà soát", "xa"),
  F(9, "TTHC", "TTHC kiến nghị đơn giản hóa", "xa"),
  F(393, "TTHC", "TTHC thuộc thẩm quyền đã công khai", "xa")],
 "synthetic: đặc khu Phú Quý (tỉnh Lâm Đồng), năm 2025"))

assert len(S) <= len(cases), "synthetic exceeds half"
allc = cases + S
texts = set()
rows, srcs = [], []
for i, (kind, lvl, text, facts, src) in enumerate(allc, 1):
    cid = "H30-B-%03d" % i
    text = unicodedata.normalize("NFC", text)
    assert text not in texts; texts.add(text)
    assert kind in ("report", "news") and lvl in ("tinh", "huyen", "xa", "so_nganh")
    for f in facts:
        assert set(f) == {"value", "unit", "measure", "scope", "approx", "code"}
        assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", "")
        assert f["code"] == "" or f["code"] in codes, f["code"]
        f["measure"] = unicodedata.normalize("NFC", f["measure"])
        f["unit"] = unicodedata.normalize("NFC", f["unit"])
    rows.append([cid, kind, lvl, text, json.dumps(facts, ensure_ascii=False)])
    srcs.append((cid, unicodedata.normalize("NFC", src)))

with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"])
    w.writerows(rows)
with open(os.path.join(HERE, "sources_by_case.tsv"), "w", encoding="utf-8") as f:
    for cid, s in srcs:
        f.write("%s\t%s\n" % (cid, s))

# re-read check
n = nf = nc = na = ne = 0
with open(os.path.join(HERE, "cases.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        fs = json.loads(r["facts"]); n += 1; nf += len(fs)
        nc += sum(1 for x in fs if x["code"]); na += sum(1 for x in fs if x["approx"])
        ne += (len(fs) == 0)
        assert unicodedata.is_normalized("NFC", r["text"])
print("cases", n, "real", len(cases), "synthetic", len(S), "facts", nf, "coded", nc, "approx", na, "empty", ne)
print("real facts", sum(len(c[3]) for c in cases), "synthetic facts", sum(len(c[3]) for c in S))
print("real coded", sum(1 for c in cases for x in c[3] if x["code"]), "synthetic coded", sum(1 for c in S for x in c[3] if x["code"]))
