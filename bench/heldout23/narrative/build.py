# Builds cases.csv and sources_by_case.tsv for held-out set 23 (south, Mekong delta, HCMC, central highlands).
import csv, json, unicodedata, sys
HERE = "/work/holdout23/narrative/"
cat = set()
for r in csv.DictReader(open("/work/holdout23/catalog.csv", encoding="utf-8")):
    cat.add(f"BM{r['form']}-{r['code']}")

def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}

U_BAOMOI = "https://baomoi.net.vn/tp-ho-chi-minh-giai-quyet-hon-2-4-trieu-ho-so-thu-tuc-hanh-chinh-voi-ty-le-hai-long-tren-99-c54140683.epi"
U_THCL = "https://thuonghieucongluan.com.vn/tp-hcm-giai-quyet-truoc-han-gan-389-000-ho-so-hanh-chinh-trong-thang-8-a279232.html"
U_SGGP = "https://www.sggp.org.vn/tap-trung-xu-ly-dut-diem-cac-ho-so-hanh-chinh-tre-han-post825428.html"
U_DBND = "https://daibieunhandan.vn/tp-ho-chi-minh-muc-do-hai-long-cua-nguoi-dan-doanh-nghiep-trong-giai-quyet-thu-tuc-hanh-chinh-dat-95-56-10382170.html"
U_PLPLUS = "https://phapluatplus.baophapluat.vn/trung-tam-hanh-chinh-cong-tinh-an-giang-no-luc-cai-cach-thu-tuc-hanh-chinh-phuc-vu-nguoi-dan-222714.html"
U_PLO = "https://plo.vn/an-giang-con-1401-ho-so-cham-duoc-tiep-nhan-tren-cong-dich-vu-cong-quoc-gia-post880966.html"
U_BLD = "https://baolamdong.vn/xahoi/201912/9896-ho-so-giai-quyet-dung-han-2978336/"
U_BDN = "https://baodongnai.com.vn/english/202509/dong-nai-issues-directive-to-improve-administrative-procedure-efficiency-for-citizens-and-businesses-8723f72"
U_VL = "https://vjs.vietnam.vn/en/vinh-long-moi-chinh-quyen-2-cap-khang-dinh-hieu-qua-lan-toa-niem-tin"

C = []  # (source_kind, doc_level, text, facts, source)
# --- real: TP. Hồ Chí Minh, Báo cáo 350/BC-UBND (27/6-14/12/2025)
C.append(("news", "tinh",
 "Theo Báo cáo số 350/BC-UBND gửi Văn phòng Chính phủ, từ ngày 27/6 đến 14/12/2025, Chủ tịch UBND TP. Hồ Chí Minh đã ký 149 quyết định công bố danh mục 2.507 thủ tục hành chính, gồm 305 thủ tục mới, 1.982 thủ tục sửa đổi, bổ sung, 11 thủ tục thay thế và 209 thủ tục bị bãi bỏ.",
 [F(149, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
  F(2507, "TTHC", "TTHC được công bố", "tinh"),
  F(305, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
  F(1982, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
  F(11, "TTHC", "TTHC thay thế", "tinh"),
  F(209, "TTHC", "TTHC bãi bỏ", "tinh")], U_BAOMOI))
C.append(("news", "tinh",
 "Thành phố hiện đang áp dụng 2.242 thủ tục hành chính; xét theo thẩm quyền giải quyết, có 1.865 thủ tục cấp tỉnh, 372 thủ tục cấp xã và 56 thủ tục thuộc các cơ quan khác.",
 [F(2242, "TTHC", "tổng số TTHC đang áp dụng", "tinh", code="BM3-1.4"),
  F(1865, "TTHC", "TTHC cấp tỉnh", "tinh", code="BM3-1.4.1"),
  F(372, "TTHC", "TTHC cấp xã", "xa", code="BM3-1.4.3"),
  F(56, "TTHC", "TTHC của cơ quan khác", "tinh")], U_BAOMOI))
C.append(("news", "tinh",
 "Trong kỳ báo cáo, các sở, ban, ngành và UBND phường, xã, đặc khu có tổng cộng hơn 2,578 triệu hồ sơ phải giải quyết, gồm hơn 64.500 hồ sơ chuyển từ kỳ trước và hơn 2,513 triệu hồ sơ mới tiếp nhận, trong đó hơn 1,7 triệu hồ sơ được nộp trực tuyến.",
 [F(2578000, "hồ sơ", "hồ sơ phải giải quyết trong kỳ", "tinh", True),
  F(64500, "hồ sơ", "hồ sơ kỳ trước chuyển sang", "tinh", True),
  F(2513000, "hồ sơ", "hồ sơ tiếp nhận trong kỳ", "tinh", True),
  F(1700000, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "tinh", True)], U_BAOMOI))
C.append(("news", "tinh",
 "Số hồ sơ đã giải quyết xong là hơn 2,471 triệu, trong đó hơn 2,376 triệu hồ sơ đúng hạn; hiện còn hơn 107.300 hồ sơ đang trong quá trình giải quyết.",
 [F(2471000, "hồ sơ", "hồ sơ đã giải quyết", "tinh", True),
  F(2376000, "hồ sơ", "hồ sơ giải quyết đúng hạn", "tinh", True),
  F(107300, "hồ sơ", "hồ sơ đang giải quyết", "tinh", True)], U_BAOMOI))
# --- real: TP. HCM, báo cáo tháng 8/2025
C.append(("news", "tinh",
 "Trong tháng 8/2025, TP. HCM ghi nhận hơn 452.000 hồ sơ phát sinh, trong đó 436.565 hồ sơ nộp trực tuyến và 16.043 hồ sơ nộp trực tiếp; đã giải quyết 394.676 hồ sơ, có 388.843 hồ sơ được trả kết quả trước hạn.",
 [F(452000, "hồ sơ", "hồ sơ phát sinh", "tinh", True),
  F(436565, "hồ sơ", "hồ sơ nộp trực tuyến", "tinh"),
  F(16043, "hồ sơ", "hồ sơ nộp trực tiếp", "tinh"),
  F(394676, "hồ sơ", "hồ sơ đã giải quyết", "tinh"),
  F(388843, "hồ sơ", "hồ sơ trả kết quả trước hạn", "tinh")], U_THCL))
C.append(("news", "tinh",
 "Theo đánh giá trên Cổng Dịch vụ công quốc gia, nhóm chỉ tiêu mức độ hài lòng của thành phố đạt 11,0/18 điểm, tương đương 61,11%; tỷ lệ hài lòng với việc xử lý phản ánh, kiến nghị đạt 100%, với việc tiếp nhận, giải quyết thủ tục hành chính đạt 77,76%.",
 [F(61.11, "%", "mức độ hài lòng (nhóm chỉ tiêu)", "tinh"),
  F(100, "%", "tỷ lệ hài lòng xử lý phản ánh, kiến nghị", "tinh"),
  F(77.76, "%", "tỷ lệ hài lòng tiếp nhận, giải quyết TTHC", "tinh")], U_THCL))
C.append(("report", "tinh",
 "Tính đến ngày 25/8, thành phố đã phê duyệt 2.054 quy trình nội bộ giải quyết thủ tục hành chính (1.756 quy trình cấp tỉnh, 298 quy trình cấp xã) và ban hành danh mục 1.336 thủ tục thực hiện không phụ thuộc địa giới hành chính, gồm 1.182 thủ tục cấp tỉnh và 154 thủ tục cấp xã.",
 [F(2054, "quy trình", "quy trình nội bộ được phê duyệt", "tinh"),
  F(1756, "quy trình", "quy trình nội bộ cấp tỉnh", "tinh"),
  F(298, "quy trình", "quy trình nội bộ cấp xã", "xa"),
  F(1336, "TTHC", "TTHC không phụ thuộc địa giới hành chính", "tinh", code="BM3-2.3"),
  F(1182, "TTHC", "TTHC cấp tỉnh không phụ thuộc địa giới hành chính", "tinh"),
  F(154, "TTHC", "TTHC cấp xã không phụ thuộc địa giới hành chính", "xa")], U_THCL))
C.append(("report", "tinh",
 "Từ ngày 21/7 đến 20/8, hệ thống ghi nhận 5.753 phản ánh, kiến nghị; trong đó 1.443 phản ánh, kiến nghị thuộc diện tiếp nhận xử lý, 436 trường hợp đã xử lý xong và công khai, 1.007 trường hợp đang xử lý.",
 [F(5753, "PAKN", "phản ánh, kiến nghị ghi nhận trên hệ thống", "tinh"),
  F(1443, "PAKN", "PAKN thuộc diện tiếp nhận xử lý", "tinh", code="BM3-3.4.1"),
  F(436, "PAKN", "PAKN đã xử lý xong", "tinh", code="BM3-3.4.2"),
  F(1007, "PAKN", "PAKN đang xử lý", "tinh")], U_THCL))
# --- real: TP. HCM, Sở Nội vụ làm việc 25/11/2025 (1/7-3/11)
C.append(("news", "tinh",
 "Theo Sở Nội vụ TP. HCM, từ ngày 1/7 đến 3/11, Hệ thống thông tin giải quyết TTHC của thành phố đã tiếp nhận 1.822.341 hồ sơ; đã giải quyết, trả kết quả 1.686.294 hồ sơ, trong đó 1.604.216 hồ sơ đúng hạn, đạt 95,13%, còn 82.078 hồ sơ trễ hẹn, chiếm 4,87%.",
 [F(1822341, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
  F(1686294, "hồ sơ", "hồ sơ đã giải quyết, trả kết quả", "tinh"),
  F(1604216, "hồ sơ", "hồ sơ giải quyết đúng hạn", "tinh"),
  F(95.13, "%", "tỷ lệ hồ sơ đúng hạn", "tinh"),
  F(82078, "hồ sơ", "hồ sơ trễ hẹn", "tinh"),
  F(4.87, "%", "tỷ lệ hồ sơ trễ hẹn", "tinh")], U_SGGP))
C.append(("news", "tinh",
 "Riêng cấp xã, hệ thống ghi nhận 1.254.070 hồ sơ; các địa phương đã giải quyết 1.201.080 hồ sơ, trong đó 1.192.665 hồ sơ đúng hạn, đạt 99,30%, chỉ có 8.415 hồ sơ trễ hạn, tương đương 0,7%.",
 [F(1254070, "hồ sơ", "hồ sơ tiếp nhận cấp xã", "xa"),
  F(1201080, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
  F(1192665, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
  F(99.30, "%", "tỷ lệ hồ sơ đúng hạn", "xa", code="BM3-3.3"),
  F(8415, "hồ sơ", "hồ sơ trễ hạn", "xa"),
  F(0.7, "%", "tỷ lệ hồ sơ trễ hạn", "xa")], U_SGGP))
C.append(("news", "tinh",
 "Trên Cổng Dịch vụ công quốc gia, TP. HCM tiếp nhận 12.391 phản ánh, kiến nghị liên quan đến thủ tục hành chính và đã xử lý 11.638 trường hợp; tiến độ giải ngân mới đạt 67.251 tỷ đồng, chưa đến 57% kế hoạch.",
 [F(12391, "PAKN", "PAKN về TTHC đã tiếp nhận", "tinh", code="BM3-3.4.1"),
  F(11638, "PAKN", "PAKN đã xử lý", "tinh", code="BM3-3.4.2"),
  F(67251, "tỷ đồng", "vốn đã giải ngân", "tinh", code="BM6-1.2"),
  F(57, "%", "tỷ lệ giải ngân so với kế hoạch", "tinh", True, code="BM6-1")], U_SGGP))
# --- real: TP. HCM, Báo cáo 41/BC-UBND (1 tháng chính quyền 2 cấp)
C.append(("news", "tinh",
 "Sau một tháng vận hành mô hình chính quyền địa phương 2 cấp, TP. Hồ Chí Minh đã tiếp nhận 312.468 hồ sơ thủ tục hành chính và giải quyết xong 284.415 hồ sơ.",
 [F(312468, "hồ sơ", "hồ sơ tiếp nhận", "tinh"),
  F(284415, "hồ sơ", "hồ sơ đã giải quyết", "tinh")], U_DBND))
C.append(("news", "tinh",
 "Số người tiếp tục công tác tại các phường, xã, đặc khu của thành phố hiện gồm 3.878 người ở khối Đảng, đoàn thể, 12.119 người ở khối chính quyền và 6.532 người hoạt động không chuyên trách cấp xã.",
 [], U_DBND))
# --- real: An Giang
C.append(("news", "tinh",
 "Từ đầu năm 2025 đến nay, UBND tỉnh An Giang đã ban hành 55 quyết định công bố danh mục với tổng số 1.419 thủ tục hành chính, trong đó có 844 thủ tục mới, 473 thủ tục được sửa đổi, bổ sung và 102 thủ tục bị bãi bỏ.",
 [F(55, "quyết định", "quyết định công bố danh mục TTHC", "tinh"),
  F(1419, "TTHC", "TTHC được công bố", "tinh"),
  F(844, "TTHC", "TTHC công bố mới", "tinh", code="BM3-1.2"),
  F(473, "TTHC", "TTHC sửa đổi, bổ sung", "tinh"),
  F(102, "TTHC", "TTHC bãi bỏ", "tinh", code="BM3-1.3")], U_PLPLUS))
C.append(("news", "tinh",
 "Song song đó, tỉnh đã công bố 681 quy trình nội bộ, góp phần chuẩn hóa việc giải quyết thủ tục hành chính ở cả ba cấp tỉnh, huyện, xã.",
 [F(681, "quy trình", "quy trình nội bộ được công bố", "tinh")], U_PLPLUS))
C.append(("news", "tinh",
 "Theo đánh giá của Văn phòng Chính phủ, đối với hồ sơ tiếp nhận trong tháng 10/2025, tỉnh An Giang còn 1.401 hồ sơ trực tuyến chậm được tiếp nhận và 897 hồ sơ quá hạn đang xử lý.",
 [F(1401, "hồ sơ", "hồ sơ trực tuyến chậm tiếp nhận", "tinh"),
  F(897, "hồ sơ", "hồ sơ quá hạn đang xử lý", "tinh")], U_PLO))
C.append(("news", "tinh",
 "Chủ tịch UBND tỉnh yêu cầu các sở, ngành và các xã, phường, đặc khu tiếp nhận hồ sơ trực tuyến trong vòng 8 giờ làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính ghi nhận hồ sơ.",
 [], U_PLO))
# --- real: Lâm Đồng 2019
C.append(("news", "tinh",
 "Trong một năm qua, toàn tỉnh Lâm Đồng đã giải quyết đúng hạn 470.208 hồ sơ hành chính, đạt tỷ lệ 98,96%; riêng năm 2019, tỉnh đã công bố quy trình nội bộ giải quyết thủ tục hành chính của 8 sở, ngành.",
 [F(470208, "hồ sơ", "hồ sơ giải quyết đúng hạn", "tinh"),
  F(98.96, "%", "tỷ lệ hồ sơ đúng hạn", "tinh"),
  F(8, "đơn vị", "sở, ngành được công bố quy trình nội bộ", "so_nganh")], U_BLD))
# --- real: Đồng Nai, Chỉ thị 04/CT-UBND
C.append(("news", "tinh",
 "Chỉ thị số 04/CT-UBND ngày 17/9/2025 của UBND tỉnh Đồng Nai yêu cầu tiếp tục rà soát, đơn giản hóa thủ tục hành chính theo Nghị quyết số 66/NQ-CP, bảo đảm cắt giảm 30% thời gian giải quyết như Kế hoạch số 49/KH-UBND ngày 13/8/2025 đã đề ra.",
 [], U_BDN))
# --- real: Vĩnh Long
C.append(("news", "tinh",
 "Sau hợp nhất, tỉnh Vĩnh Long có 124 đơn vị hành chính cấp xã, gồm 105 xã và 19 phường; lực lượng cán bộ được bố trí lại để mỗi xã, phường đều có đội ngũ được đào tạo cơ bản.",
 [], U_VL))
# --- synthetic
C.append(("report", "xa",
 "Trong tháng 11/2025, Trung tâm Phục vụ hành chính công phường Bến Thành tiếp nhận 3.126 hồ sơ, trong đó 2.417 hồ sơ nộp trực tuyến, đạt 77,32%; đã giải quyết 2.958 hồ sơ, đúng hạn 2.931 hồ sơ (99,09%).",
 [F(3126, "hồ sơ", "hồ sơ tiếp nhận", "xa", code="BM7-6.4.1"),
  F(2417, "hồ sơ", "hồ sơ tiếp nhận trực tuyến", "xa", code="BM7-6.4.2"),
  F(77.32, "%", "tỷ lệ hồ sơ trực tuyến", "xa", code="BM7-6.4"),
  F(2958, "hồ sơ", "hồ sơ đã giải quyết", "xa", code="BM3-3.3.1"),
  F(2931, "hồ sơ", "hồ sơ giải quyết đúng hạn", "xa", code="BM3-3.3.2"),
  F(99.09, "%", "tỷ lệ hồ sơ đúng hạn", "xa", code="BM3-3.3")],
 "synthetic: phường Bến Thành (TP. Hồ Chí Minh), tháng 11/2025"))
C.append(("report", "xa",
 "Quý IV/2025, UBND xã Cờ Đỏ ban hành 6 văn bản chỉ đạo, đôn đốc công tác cải cách hành chính; tiếp nhận 14 phản ánh, kiến nghị về quy định hành chính, đã giải quyết xong 13 trường hợp, đạt 92,86%, còn 1 trường hợp đang xác minh.",
 [F(6, "văn bản", "văn bản chỉ đạo CCHC", "xa", code="BM1-1"),
  F(14, "PAKN", "PAKN tiếp nhận", "xa", code="BM3-3.4.1"),
  F(13, "PAKN", "PAKN đã giải quyết", "xa", code="BM3-3.4.2"),
  F(92.86, "%", "tỷ lệ giải quyết PAKN", "xa", code="BM3-3.4"),
  F(1, "PAKN", "PAKN đang xác minh", "xa")],
 "synthetic: xã Cờ Đỏ (TP. Cần Thơ), quý IV/2025"))
C.append(("report", "xa",
 "Từ ngày 01/7 đến 31/12/2025, phường Hội Phú đã số hóa 1.874 hồ sơ, kết quả giải quyết thủ tục hành chính; hoàn thành 18/20 nhiệm vụ theo Kế hoạch cải cách hành chính năm 2025, đạt 90%; phấn đấu năm 2026 hoàn thành 100% nhiệm vụ.",
 [F(1874, "hồ sơ", "hồ sơ, kết quả được số hóa", "xa"),
  F(18, "nhiệm vụ", "nhiệm vụ đã hoàn thành", "xa", code="BM1-2.2"),
  F(20, "nhiệm vụ", "nhiệm vụ trong kế hoạch CCHC", "xa", code="BM1-2.1"),
  F(90, "%", "tỷ lệ hoàn thành kế hoạch CCHC", "xa", code="BM1-2")],
 "synthetic: phường Hội Phú (tỉnh Gia Lai), 6 tháng cuối năm 2025"))
C.append(("report", "xa",
 "Năm 2025, xã Cần Giờ tổ chức 2 đợt kiểm tra công tác cải cách hành chính tại các phòng chuyên môn, phát hiện 7 vấn đề cần chấn chỉnh và đã xử lý xong cả 7 vấn đề, đạt 100%; đồng thời phát ra 450 phiếu khảo sát sự hài lòng của người dân.",
 [F(2, "đợt", "đợt kiểm tra CCHC", "xa"),
  F(7, "vấn đề", "vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3.1"),
  F(7, "vấn đề", "vấn đề đã xử lý xong", "xa", code="BM1-3.3.2"),
  F(100, "%", "tỷ lệ xử lý vấn đề phát hiện qua kiểm tra", "xa", code="BM1-3.3"),
  F(450, "phiếu", "phiếu khảo sát sự hài lòng", "xa", code="BM1-6.1")],
 "synthetic: xã Cần Giờ (TP. Hồ Chí Minh), năm 2025"))
C.append(("news", "xa",
 "Tháng 10/2025, phường Hà Tiên tiếp nhận gần 1.200 hồ sơ thủ tục hành chính, tỷ lệ thanh toán trực tuyến đạt 64,5%, có 9 hồ sơ trễ hạn; phường đặt mục tiêu đến cuối năm nâng tỷ lệ thanh toán trực tuyến lên trên 80%.",
 [F(1200, "hồ sơ", "hồ sơ tiếp nhận", "xa", True),
  F(64.5, "%", "tỷ lệ thanh toán trực tuyến", "xa"),
  F(9, "hồ sơ", "hồ sơ trễ hạn", "xa")],
 "synthetic: phường Hà Tiên (tỉnh An Giang), tháng 10/2025"))

rows, srcs = [], []
texts = set()
for i, (kind, lvl, text, facts, src) in enumerate(C, 1):
    cid = f"H23-N-{i:03d}"
    text = unicodedata.normalize("NFC", text)
    assert text not in texts; texts.add(text)
    for f in facts:
        assert f["code"] == "" or f["code"] in cat, (cid, f)
        assert f["scope"] in ("tinh", "so_nganh", "huyen", "xa", "trung_tam", ""), cid
        f["measure"] = unicodedata.normalize("NFC", f["measure"])
    rows.append([cid, kind, lvl, text, json.dumps(facts, ensure_ascii=False)])
    srcs.append([cid, src])
n_syn = sum(1 for s in srcs if s[1].startswith("synthetic"))
assert n_syn * 2 <= len(srcs)
with open(HERE + "cases.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh); w.writerow(["case_id", "source_kind", "doc_level", "text", "facts"]); w.writerows(rows)
with open(HERE + "sources_by_case.tsv", "w", encoding="utf-8") as fh:
    for cid, s in srcs: fh.write(f"{cid}\t{s}\n")
