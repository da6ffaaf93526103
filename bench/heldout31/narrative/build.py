import csv, json, unicodedata, re, glob, sys
D = "/work/holdout31/narrative/"
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
U_TN = "https://dantri.com.vn/noi-vu/tinh-dau-tien-hoan-thanh-sap-xep-bo-may-dan-dau-chi-so-phuc-vu-nguoi-dan-20250829124229124.htm"
U_TH1 = "https://kinhtemoitruong.vn/tong-so-von-122611.tag"
U_TH2 = "https://thanhhoa24h.net.vn/tag/giai-ngan-von"
U_GL = "https://m.baogialai.com.vn/gia-lai-dung-dau-khu-vuc-tay-nguyen-ve-chi-so-sipas-post274056.amp"
U_HN = "https://hanoionline.vn/amp/ha-noi-du-kien-giam-5-so-sau-tinh-gon-bo-may-287933.htm"
cases = [
# ---- real ----
("news","tinh","Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công quốc gia tính đến ngày 29/8/2025, UBND tỉnh Thái Nguyên xếp thứ nhất trong 34 tỉnh, thành phố với tổng điểm 86,97.",
 [F(86.97,"điểm","tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh")], U_TN),
("news","tinh","Trong tổng điểm của tỉnh, nhóm công khai, minh bạch đạt 15,67 điểm, tiến độ giải quyết 19,31 điểm, dịch vụ trực tuyến 17,49 điểm, mức độ hài lòng của người dân, doanh nghiệp 17,86 điểm và số hóa hồ sơ 16,64 điểm.",
 [F(15.67,"điểm","điểm công khai, minh bạch","tinh"),F(19.31,"điểm","điểm tiến độ giải quyết","tinh"),F(17.49,"điểm","điểm dịch vụ trực tuyến","tinh"),F(17.86,"điểm","điểm mức độ hài lòng","tinh"),F(16.64,"điểm","điểm số hóa hồ sơ","tinh")], U_TN),
("news","tinh","Đứng sau Thái Nguyên trên bảng xếp hạng là UBND tỉnh Quảng Trị với 86,56 điểm, kế đến là Thanh Hóa (86,51 điểm), Đồng Nai (86,13 điểm) và Hà Tĩnh (84,85 điểm).",
 [F(86.56,"điểm","tổng điểm Bộ chỉ số của Quảng Trị","tinh"),F(86.51,"điểm","tổng điểm Bộ chỉ số của Thanh Hóa","tinh"),F(86.13,"điểm","tổng điểm Bộ chỉ số của Đồng Nai","tinh"),F(84.85,"điểm","tổng điểm Bộ chỉ số của Hà Tĩnh","tinh")], U_TN),
("news","tinh","Xét chung, dịch vụ công trực tuyến một phần chiếm 38,29%, dịch vụ công toàn trình chiếm 25,43%; tỷ lệ hồ sơ nộp trực tuyến đạt 66,47%, tương ứng với hơn 3,5 triệu hồ sơ.",
 [F(38.29,"%","tỷ lệ dịch vụ công trực tuyến một phần",""),F(25.43,"%","tỷ lệ dịch vụ công trực tuyến toàn trình",""),F(66.47,"%","tỷ lệ hồ sơ nộp trực tuyến",""),F(3500000,"hồ sơ","hồ sơ nộp trực tuyến","",True)], U_TN),
("report","so_nganh","Theo báo cáo của Sở Kế hoạch và Đầu tư, tổng kế hoạch đầu tư công do tỉnh Thanh Hóa quản lý năm 2024 được phê duyệt là 12.836,445 tỉ đồng; tính đến ngày 19/5, toàn tỉnh đã giải ngân 4.093,002 tỉ đồng, bằng 31,9% kế hoạch.",
 [F(12836.445,"tỷ đồng","kế hoạch vốn đầu tư công được giao","tinh",False,"BM6-1.1"),F(4093.002,"tỷ đồng","vốn đầu tư công đã giải ngân","tinh",False,"BM6-1.2"),F(31.9,"%","tỷ lệ giải ngân kế hoạch vốn đầu tư công","tinh",False,"BM6-1")], U_TH1),
("news","tinh","Tính đến cuối tháng 10/2024, tỉnh Thanh Hóa đã giải ngân hơn 9.300 tỷ đồng vốn đầu tư công, đạt 65,9% kế hoạch vốn đã phân bổ và đứng thứ 4 cả nước.",
 [F(9300,"tỷ đồng","vốn đầu tư công đã giải ngân","tinh",True,"BM6-1.2"),F(65.9,"%","tỷ lệ giải ngân kế hoạch vốn đã phân bổ","tinh")], U_TH2),
("news","tinh","Để giải ngân hết 100% nguồn vốn được giao, từ nay đến cuối năm các chủ đầu tư và đơn vị thi công trên địa bàn tỉnh đang chạy nước rút, tập trung tháo gỡ những nút thắt còn lại.",
 [], U_TH2),
("news","tinh","Với Chỉ số SIPAS năm 2023, Gia Lai đạt 83,84%, đứng thứ 19 cả nước; tuy giảm 3 bậc so với năm 2022 nhưng tỉnh vẫn dẫn đầu khu vực Tây Nguyên.",
 [F(83.84,"%","Chỉ số SIPAS","tinh")], U_GL),
("news","tinh","Giá trị trung bình Chỉ số PAR INDEX năm 2023 của các tỉnh, thành phố đạt 86,98%, cao hơn 2,19% so với năm 2022; đây là năm thứ 5 liên tiếp giá trị trung bình của các địa phương vượt mức 80%.",
 [], U_GL),
("news","tinh","Sau khi sắp xếp, tinh gọn tổ chức bộ máy, thành phố Hà Nội dự kiến giảm 5 sở.",
 [], U_HN),
# ---- synthetic ----
("report","tinh","Quý IV/2025, toàn tỉnh Tuyên Quang tiếp nhận 187.436 hồ sơ TTHC, trong đó 152.904 hồ sơ nộp trực tuyến, chiếm 81,58%; đã giải quyết 179.215 hồ sơ, trong đó 176.842 hồ sơ đúng và trước hạn, đạt 98,68%, cao hơn 1,2% so với quý III.",
 [F(187436,"hồ sơ","hồ sơ tiếp nhận","tinh"),F(152904,"hồ sơ","hồ sơ tiếp nhận trực tuyến","tinh"),F(81.58,"%","tỷ lệ hồ sơ trực tuyến","tinh"),F(179215,"hồ sơ","hồ sơ đã giải quyết","tinh"),F(176842,"hồ sơ","hồ sơ giải quyết đúng và trước hạn","tinh"),F(98.68,"%","tỷ lệ giải quyết đúng và trước hạn","tinh")],
 "synthetic: tỉnh Tuyên Quang, quý IV/2025 (hồ sơ toàn tỉnh; with a comparison clause)"),
("report","so_nganh","Năm 2025, Sở Tư pháp đã tự kiểm tra 214 văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành, phát hiện 9 văn bản có nội dung chưa phù hợp và đã tham mưu xử lý xong 7 văn bản; đồng thời rà soát 1.374 văn bản, kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ 148 văn bản.",
 [F(214,"văn bản","VBQPPL đã tự kiểm tra","tinh",False,"BM2-2.1"),F(9,"văn bản","VBQPPL cần xử lý sau kiểm tra","tinh",False,"BM2-2.2.1"),F(7,"văn bản","VBQPPL đã xử lý xong sau kiểm tra","tinh",False,"BM2-2.2.2"),F(1374,"văn bản","VBQPPL đã rà soát","tinh",False,"BM2-3.1"),F(148,"văn bản","VBQPPL cần xử lý sau rà soát","tinh",False,"BM2-3.2.1")],
 "synthetic: Sở Tư pháp tỉnh Phú Thọ, năm 2025 (kiểm tra, rà soát VBQPPL)"),
("news","tinh","Trong 6 tháng đầu năm 2026, tỉnh Gia Lai tiếp nhận 86 phản ánh, kiến nghị về quy định hành chính và hành vi hành chính, đã xử lý xong 81 phản ánh, kiến nghị, đạt 94,19%; 5 phản ánh, kiến nghị còn lại đang trong thời hạn xử lý. Tỉnh phấn đấu 100% phản ánh, kiến nghị được xử lý đúng hạn.",
 [F(86,"PAKN","PAKN đã tiếp nhận","tinh",False,"BM3-3.4.1"),F(81,"PAKN","PAKN đã xử lý xong","tinh",False,"BM3-3.4.2"),F(94.19,"%","tỷ lệ PAKN đã xử lý","tinh",False,"BM3-3.4"),F(5,"PAKN","PAKN đang trong hạn xử lý","tinh")],
 "synthetic: tỉnh Gia Lai, 6 tháng đầu năm 2026 (PAKN; with a target sentence)"),
("report","so_nganh","Từ ngày 01/7 đến 30/9/2025, Sở Nông nghiệp và Môi trường tiếp nhận 4.718 hồ sơ TTHC và giải quyết 4.361 hồ sơ, trong đó có 63 hồ sơ trễ hạn; bình quân mỗi ngày làm việc Sở tiếp nhận khoảng 72 hồ sơ.",
 [F(4718,"hồ sơ","hồ sơ tiếp nhận","so_nganh"),F(4361,"hồ sơ","hồ sơ đã giải quyết","so_nganh"),F(63,"hồ sơ","hồ sơ trễ hạn","so_nganh")],
 "synthetic: Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa, quý III/2025 (hồ sơ của sở; with a per-day average)"),
("report","tinh","Trong năm 2025, Chủ tịch UBND tỉnh Đồng Tháp ban hành 47 quyết định công bố 1.131 TTHC, gồm 318 TTHC mới ban hành, 512 TTHC sửa đổi, bổ sung và 301 TTHC bị bãi bỏ.",
 [F(47,"quyết định","quyết định công bố TTHC","tinh"),F(1131,"TTHC","TTHC được công bố","tinh"),F(318,"TTHC","TTHC công bố mới","tinh",False,"BM3-1.2"),F(512,"TTHC","TTHC sửa đổi, bổ sung","tinh"),F(301,"TTHC","TTHC bãi bỏ","tinh",False,"BM3-1.3")],
 "synthetic: tỉnh Đồng Tháp, năm 2025 (công bố TTHC)"),
("report","so_nganh","Năm 2025, Sở Nội vụ đã tham mưu thực hiện tinh giản 1.293 biên chế công chức và 3.917 người làm việc trong các đơn vị sự nghiệp công lập của tỉnh; đồng thời tổ chức tuyển dụng 46 công chức và 612 viên chức.",
 [F(1293,"biên chế","biên chế công chức đã tinh giản","tinh",False,"BM4-2.4"),F(3917,"người","người làm việc ĐVSNCL đã tinh giản","tinh",False,"BM4-3.3"),F(46,"người","công chức được tuyển dụng","tinh",False,"BM5-2.1"),F(612,"người","viên chức được tuyển dụng","tinh",False,"BM5-2.4")],
 "synthetic: Sở Nội vụ tỉnh Nghệ An, năm 2025 (tinh giản, tuyển dụng)"),
("report","tinh","Quý I/2026, các sở, ban, ngành thành phố Huế giải quyết 23.905 hồ sơ, trong đó 23.692 hồ sơ đúng hạn, đạt 99,11%; UBND các xã, phường giải quyết 61.240 hồ sơ, đúng hạn 60.377 hồ sơ, đạt 98,59%.",
 [F(23905,"hồ sơ","hồ sơ đã giải quyết của các sở, ngành","so_nganh",False,"BM3-3.1.1"),F(23692,"hồ sơ","hồ sơ giải quyết đúng hạn của các sở, ngành","so_nganh",False,"BM3-3.1.2"),F(99.11,"%","tỷ lệ đúng hạn của các sở, ngành","so_nganh",False,"BM3-3.1"),F(61240,"hồ sơ","hồ sơ đã giải quyết cấp xã","xa",False,"BM3-3.3.1"),F(60377,"hồ sơ","hồ sơ giải quyết đúng hạn cấp xã","xa",False,"BM3-3.3.2"),F(98.59,"%","tỷ lệ đúng hạn cấp xã","xa",False,"BM3-3.3")],
 "synthetic: thành phố Huế, quý I/2026 (hồ sơ theo cấp)"),
("news","tinh","Năm 2025, tỷ lệ thanh toán trực tuyến của tỉnh Cà Mau đạt 72,4%, tăng 18,6% so với năm 2024; bình quân mỗi tháng có hơn 21.000 giao dịch được thực hiện qua Cổng Dịch vụ công.",
 [F(72.4,"%","tỷ lệ thanh toán trực tuyến","tinh")],
 "synthetic: tỉnh Cà Mau, năm 2025 (thanh toán trực tuyến; with a comparison and a monthly average)"),
("report","so_nganh","Đến ngày 31/01/2026, tỉnh Vĩnh Long đã giải ngân 9.214.637 triệu đồng trên tổng kế hoạch vốn đầu tư công năm 2025 được giao là 11.386.500 triệu đồng, đạt 80,93% kế hoạch.",
 [F(9214637,"triệu đồng","vốn đầu tư công đã giải ngân","tinh",False,"BM6-1.2"),F(11386500,"triệu đồng","kế hoạch vốn đầu tư công được giao","tinh",False,"BM6-1.1"),F(80.93,"%","tỷ lệ giải ngân kế hoạch vốn đầu tư công","tinh",False,"BM6-1")],
 "synthetic: Sở Tài chính tỉnh Vĩnh Long, năm 2025 (giải ngân vốn đầu tư công)"),
("report","tinh","Năm 2025, UBND tỉnh Hưng Yên ban hành 27 văn bản chỉ đạo, điều hành công tác cải cách hành chính và hoàn thành 61/65 nhiệm vụ trong Kế hoạch CCHC năm, đạt 93,85%.",
 [F(27,"văn bản","văn bản chỉ đạo CCHC đã ban hành","tinh",False,"BM1-1"),F(61,"nhiệm vụ","nhiệm vụ CCHC đã hoàn thành","tinh",False,"BM1-2.2"),F(65,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch CCHC","tinh",False,"BM1-2.1"),F(93.85,"%","tỷ lệ hoàn thành Kế hoạch CCHC","tinh",False,"BM1-2")],
 "synthetic: tỉnh Hưng Yên, năm 2025 (văn bản chỉ đạo, nhiệm vụ CCHC)"),
]
# checks
cat = set()
for r in csv.DictReader(open("/work/shared/reference/catalog.csv", encoding="utf-8")):
    cat.add("BM%s-%s" % (r["form"], r["code"]))
used = set()
for p in glob.glob("/work/holdout31/earlier/*/*/sources_by_case.tsv"):
    for line in open(p, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) > 1: used.add(parts[1].strip())
warn = 0
def vn(v):
    s = ("%.6f" % v).rstrip("0").rstrip(".")
    if "." in s:
        i, d = s.split(".")
    else:
        i, d = s, ""
    i2 = "{:,}".format(int(i)).replace(",", ".")
    return [i2 + ("," + d if d else ""), i + ("," + d if d else "")]
nsyn = sum(1 for c in cases if c[4].startswith("synthetic"))
assert nsyn * 2 <= len(cases), nsyn
texts = set()
rows = []; srcs = []
for n, (kind, lvl, text, facts, src) in enumerate(cases, 1):
    cid = "H31-A-%03d" % n
    text = unicodedata.normalize("NFC", text)
    assert text not in texts; texts.add(text)
    assert kind in ("report", "news") and lvl in ("tinh", "huyen", "xa", "so_nganh")
    if not src.startswith("synthetic") and src in used:
        print("USED URL", cid, src); warn += 1
    for f in facts:
        assert set(f) == {"value","unit","measure","scope","approx","code"}
        assert f["scope"] in ("tinh","so_nganh","huyen","xa","trung_tam","")
        if f["code"] and f["code"] not in cat:
            print("BAD CODE", cid, f["code"]); warn += 1
        v = f["value"]
        forms = vn(v)
        if v == 3500000: forms = ["3,5 triệu"]
        if not any(fm in text for fm in forms):
            print("VALUE NOT IN TEXT", cid, v, forms); warn += 1
        f["measure"] = unicodedata.normalize("NFC", f["measure"])
    rows.append({"case_id": cid, "source_kind": kind, "doc_level": lvl, "text": text, "facts": json.dumps(facts, ensure_ascii=False)})
    srcs.append((cid, src))
with open(D + "cases.csv", "w", encoding="utf-8", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["case_id","source_kind","doc_level","text","facts"]); w.writeheader(); w.writerows(rows)
with open(D + "sources_by_case.tsv", "w", encoding="utf-8") as fh:
    for cid, s in srcs: fh.write(cid + "\t" + s + "\n")
# read back
nf = nc = 0
for r in csv.DictReader(open(D + "cases.csv", encoding="utf-8")):
    fs = json.loads(r["facts"]); nf += len(fs); nc += sum(1 for f in fs if f["code"])
    assert unicodedata.is_normalized("NFC", r["text"])
print("cases", len(rows), "synthetic", nsyn, "facts", nf, "coded", nc, "warnings", warn)
