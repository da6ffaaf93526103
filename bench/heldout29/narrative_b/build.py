import csv, json, unicodedata, re, io, os
D = os.path.dirname(os.path.abspath(__file__))
U1 = "https://baoquangnam.vn/thanh-lap-nhieu-mo-hinh-cai-cach-thu-tuc-hanh-chinh-o-thang-binh-3129053.html"
U2 = "https://qrt.vn/chinh-tri/cai-cach-hanh-chinh/chi-so-cchc-huyen-thang-binh-giam-8-bac-so-voi-nam-2022/"
U3 = "https://baoquangtri.vn/topic/chi-so-cai-cach-hanh-chinh-123819"
def F(v, unit, measure, scope, approx=False, code=""):
    return {"value": v, "unit": unit, "measure": measure, "scope": scope, "approx": approx, "code": code}
C = []  # (source_kind, doc_level, text, facts, source)
# ---- real ----
C.append(("news","huyen","Tổng kết công tác cải cách hành chính năm 2023, UBND huyện Thăng Bình cho biết trong năm toàn huyện đã tiếp nhận hơn 37 nghìn hồ sơ thủ tục hành chính.",
  [F(37000,"hồ sơ","hồ sơ TTHC đã tiếp nhận toàn huyện","huyen",True)], U1))
C.append(("news","huyen","Riêng cấp huyện tiếp nhận hơn 16 nghìn hồ sơ và đã giải quyết 15.182 hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn đạt 67,58%, tỷ lệ hồ sơ nộp trực tuyến đạt 15,94%.",
  [F(16000,"hồ sơ","hồ sơ tiếp nhận cấp huyện","huyen",True,"BM7-6.4.1"),
   F(15182,"hồ sơ","hồ sơ đã giải quyết cấp huyện","huyen",False,"BM3-3.2.1"),
   F(67.58,"%","tỷ lệ giải quyết trước hạn và đúng hạn","huyen",False,"BM3-3.2"),
   F(15.94,"%","tỷ lệ hồ sơ trực tuyến","huyen",False,"BM7-6.4")], U1))
C.append(("news","huyen","Ở cấp xã, các xã, thị trấn của Thăng Bình tiếp nhận hơn 21 nghìn hồ sơ, giải quyết 20.786 hồ sơ, trong đó tỷ lệ hồ sơ trực tuyến đạt 85,75%.",
  [F(21000,"hồ sơ","hồ sơ tiếp nhận cấp xã","xa",True,"BM7-6.4.1"),
   F(20786,"hồ sơ","hồ sơ đã giải quyết cấp xã","xa",False,"BM3-3.3.1"),
   F(85.75,"%","tỷ lệ hồ sơ trực tuyến cấp xã","xa",False,"BM7-6.4")], U1))
C.append(("news","huyen","Năm 2023, Chỉ số cải cách hành chính của huyện Thăng Bình đứng thứ 10/18 huyện, thị xã, thành phố, tụt 8 bậc so với năm 2022.",
  [], U1))
C.append(("news","huyen","Chỉ số CCHC năm 2023 của huyện Thăng Bình đạt 85,63 điểm, thấp hơn năm 2022 là 3,53 điểm; trong các lĩnh vực đánh giá có 3 lĩnh vực tăng hạng và 5 lĩnh vực tụt hạng.",
  [F(85.63,"điểm","điểm Chỉ số CCHC năm 2023","huyen")], U2))
C.append(("news","huyen","Trong năm 2023, Thăng Bình tiếp nhận hơn 37.000 hồ sơ TTHC; cấp huyện nhận hơn 16.000 hồ sơ, giải quyết gần 15.200 hồ sơ, tỷ lệ trước hạn và đúng hạn đạt hơn 67%, tỷ lệ hồ sơ trực tuyến đạt 15,9%.",
  [F(37000,"hồ sơ","hồ sơ TTHC đã tiếp nhận toàn huyện","huyen",True),
   F(16000,"hồ sơ","hồ sơ tiếp nhận cấp huyện","huyen",True,"BM7-6.4.1"),
   F(15200,"hồ sơ","hồ sơ đã giải quyết cấp huyện","huyen",True,"BM3-3.2.1"),
   F(67,"%","tỷ lệ giải quyết trước hạn và đúng hạn","huyen",True,"BM3-3.2"),
   F(15.9,"%","tỷ lệ hồ sơ trực tuyến","huyen",False,"BM7-6.4")], U2))
C.append(("news","huyen","Cấp xã của huyện tiếp nhận gần 21.100 hồ sơ, giải quyết hơn 20.700 hồ sơ, đạt tỷ lệ 98,8%; tỷ lệ hồ sơ trực tuyến đạt 85,7%.",
  [F(21100,"hồ sơ","hồ sơ tiếp nhận cấp xã","xa",True,"BM7-6.4.1"),
   F(20700,"hồ sơ","hồ sơ đã giải quyết cấp xã","xa",True,"BM3-3.3.1"),
   F(98.8,"%","tỷ lệ hồ sơ đã giải quyết cấp xã","xa",False,""),
   F(85.7,"%","tỷ lệ hồ sơ trực tuyến cấp xã","xa",False,"BM7-6.4")], U2))
C.append(("news","huyen","Nhờ chú trọng nâng cao chất lượng giải quyết thủ tục hành chính, Chỉ số CCHC của huyện Hướng Hóa tăng qua từng năm: năm 2021 xếp loại khá với 79,27 điểm; năm 2022 xếp loại tốt với 81,17 điểm; năm 2023 xếp loại tốt với 86,09 điểm.",
  [F(79.27,"điểm","điểm Chỉ số CCHC năm 2021","huyen"),
   F(81.17,"điểm","điểm Chỉ số CCHC năm 2022","huyen"),
   F(86.09,"điểm","điểm Chỉ số CCHC năm 2023","huyen")], U3))
# ---- synthetic ----
C.append(("report","xa","Quý III/2025, Trung tâm Phục vụ hành chính công đặc khu Lý Sơn tiếp nhận 1.957 hồ sơ, trong đó 1.583 hồ sơ nộp trực tuyến (chiếm 80,89%); đã giải quyết 1.917 hồ sơ, gồm trước hạn và đúng hạn 1.909 hồ sơ, quá hạn 8 hồ sơ.",
  [F(1957,"hồ sơ","hồ sơ đã tiếp nhận","xa",False,"BM7-6.4.1"),
   F(1583,"hồ sơ","hồ sơ nộp trực tuyến","xa",False,"BM7-6.4.2"),
   F(80.89,"%","tỷ lệ hồ sơ trực tuyến","xa",False,"BM7-6.4"),
   F(1917,"hồ sơ","hồ sơ đã giải quyết","xa",False,"BM3-3.3.1"),
   F(1909,"hồ sơ","giải quyết trước hạn và đúng hạn","xa",False,"BM3-3.3.2"),
   F(8,"hồ sơ","hồ sơ quá hạn","xa")], "synthetic: đặc khu Lý Sơn (tỉnh Quảng Ngãi), quý III/2025"))
C.append(("news","xa","Tháng 10/2025, tỷ lệ hồ sơ được giải quyết trước hạn, đúng hạn tại phường Hội An đạt 99,56% (2.254/2.264 hồ sơ); bình quân mỗi ngày Trung tâm đón gần 110 lượt công dân đến giao dịch.",
  [F(99.56,"%","tỷ lệ giải quyết trước hạn, đúng hạn","xa",False,"BM3-3.3"),
   F(2254,"hồ sơ","hồ sơ giải quyết trước hạn, đúng hạn","xa",False,"BM3-3.3.2"),
   F(2264,"hồ sơ","hồ sơ đã giải quyết","xa",False,"BM3-3.3.1")], "synthetic: phường Hội An (thành phố Đà Nẵng), tháng 10/2025"))
C.append(("report","xa","Trong 6 tháng cuối năm 2025, UBND phường Sa Pa tiếp nhận 14 phản ánh, kiến nghị của người dân về quy định hành chính, đã xử lý xong 13, còn 1 phản ánh đang xử lý trong hạn; tỷ lệ số hóa kết quả giải quyết TTHC đạt 97,3%.",
  [F(14,"PAKN","PAKN đã tiếp nhận","xa",False,"BM3-3.4.1"),
   F(13,"PAKN","PAKN đã xử lý xong","xa",False,"BM3-3.4.2"),
   F(1,"PAKN","PAKN đang xử lý","xa"),
   F(97.3,"%","tỷ lệ số hóa kết quả giải quyết TTHC","xa")], "synthetic: phường Sa Pa (tỉnh Lào Cai), 01/7–31/12/2025"))
C.append(("news","xa","Sau ba tháng vận hành chính quyền hai cấp, xã Khe Sanh đã tiếp nhận gần 4,3 nghìn hồ sơ, hơn 3,5 nghìn hồ sơ trong số đó (trên 81%) được nộp qua Cổng Dịch vụ công quốc gia. Xã phấn đấu đến cuối năm nâng tỷ lệ này lên 90%.",
  [F(4300,"hồ sơ","hồ sơ đã tiếp nhận","xa",True,"BM7-6.4.1"),
   F(3500,"hồ sơ","hồ sơ nộp trực tuyến","xa",True,"BM7-6.4.2"),
   F(81,"%","tỷ lệ hồ sơ trực tuyến","xa",True,"BM7-6.4")], "synthetic: xã Khe Sanh (tỉnh Quảng Trị), 01/7–30/9/2025"))
C.append(("report","xa","Năm 2025, UBND phường Buôn Ma Thuột ban hành 27 văn bản chỉ đạo, điều hành công tác CCHC; hoàn thành 18/20 nhiệm vụ của Kế hoạch CCHC năm, đạt 90%. Qua tự kiểm tra, phường phát hiện 9 tồn tại, hạn chế và đã chỉ đạo khắc phục xong 7.",
  [F(27,"văn bản","văn bản chỉ đạo CCHC đã ban hành","xa",False,"BM1-1"),
   F(18,"nhiệm vụ","nhiệm vụ đã hoàn thành","xa",False,"BM1-2.2"),
   F(20,"nhiệm vụ","nhiệm vụ trong kế hoạch","xa",False,"BM1-2.1"),
   F(90,"%","tỷ lệ hoàn thành kế hoạch CCHC","xa",False,"BM1-2"),
   F(9,"vấn đề","tồn tại phát hiện qua kiểm tra","xa",False,"BM1-3.3.1"),
   F(7,"vấn đề","tồn tại đã khắc phục xong","xa",False,"BM1-3.3.2")], "synthetic: phường Buôn Ma Thuột (tỉnh Đắk Lắk), năm 2025"))
C.append(("report","huyen","Năm 2024, Bộ phận Một cửa huyện Hướng Hóa tiếp nhận 9.734 hồ sơ, giải quyết 9.652 hồ sơ (trước hạn 6.108, đúng hạn 3.497, quá hạn 47); Bộ phận Một cửa các xã, thị trấn tiếp nhận 28.615 hồ sơ.",
  [F(9734,"hồ sơ","hồ sơ tiếp nhận cấp huyện","huyen"),
   F(9652,"hồ sơ","hồ sơ đã giải quyết cấp huyện","huyen",False,"BM3-3.2.1"),
   F(6108,"hồ sơ","giải quyết trước hạn","huyen"),
   F(3497,"hồ sơ","giải quyết đúng hạn","huyen"),
   F(47,"hồ sơ","hồ sơ quá hạn","huyen"),
   F(28615,"hồ sơ","hồ sơ tiếp nhận cấp xã","xa")], "synthetic: huyện Hướng Hóa (tỉnh Quảng Trị), năm 2024"))
C.append(("news","xa","Trong tháng 11/2025, Trung tâm Phục vụ hành chính công phường Bắc Giang thu phí, lệ phí qua thanh toán trực tuyến hơn 126,4 triệu đồng với 1.318 giao dịch; 412 kết quả giải quyết được trả qua dịch vụ bưu chính công ích.",
  [F(126.4,"triệu đồng","phí, lệ phí thu trực tuyến","xa",True),
   F(1318,"giao dịch","giao dịch thanh toán trực tuyến","xa"),
   F(412,"hồ sơ","kết quả trả qua bưu chính công ích","xa")], "synthetic: phường Bắc Giang (tỉnh Bắc Ninh), tháng 11/2025"))
C.append(("report","xa","Sáu tháng đầu năm 2026, xã Mường Tè tiếp nhận 1.141 hồ sơ, tăng 18,6% so với cùng kỳ; Trung tâm hiện bố trí 7 công chức tại 3 quầy tiếp nhận và phấn đấu cuối năm đạt trên 80% hồ sơ trực tuyến toàn trình.",
  [F(1141,"hồ sơ","hồ sơ đã tiếp nhận","xa")], "synthetic: xã Mường Tè (tỉnh Lai Châu), 6 tháng đầu năm 2026"))

# ---- checks ----
scopes = {"tinh","so_nganh","huyen","xa","trung_tam",""}
cat = set()
with open("/work/shared/reference/catalog.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f): cat.add(f"BM{r['form']}-{r['code']}")
texts=set(); nsyn=0
for i,(k,lvl,t,facts,src) in enumerate(C):
    assert unicodedata.is_normalized("NFC", t), i
    assert t not in texts; texts.add(t)
    assert k in ("report","news") and lvl in ("tinh","huyen","xa","so_nganh")
    for fa in facts:
        assert set(fa)=={"value","unit","measure","scope","approx","code"}
        assert fa["scope"] in scopes and (fa["code"]=="" or fa["code"] in cat), fa
    nsyn += src.startswith("synthetic")
assert nsyn*2 <= len(C), nsyn
rows=[]
with open(os.path.join(D,"cases.csv"),"w",encoding="utf-8",newline="") as f:
    w=csv.writer(f); w.writerow(["case_id","source_kind","doc_level","text","facts"])
    for i,(k,lvl,t,facts,src) in enumerate(C,1):
        w.writerow([f"H29-B-{i:03d}",k,lvl,t,json.dumps(facts,ensure_ascii=False)])
with open(os.path.join(D,"sources_by_case.tsv"),"w",encoding="utf-8") as f:
    for i,(k,lvl,t,facts,src) in enumerate(C,1):
        f.write(f"H29-B-{i:03d}\t{src}\n")
# re-read
n=0; nf=0; nc=0; na=0
with open(os.path.join(D,"cases.csv"),encoding="utf-8") as f:
    for r in csv.DictReader(f):
        fs=json.loads(r["facts"]); n+=1; nf+=len(fs); nc+=sum(1 for x in fs if x["code"]); na+=sum(1 for x in fs if x["approx"])
print("cases",n,"synthetic",nsyn,"facts",nf,"coded",nc,"approx",na)
real=[c for c in C if not c[4].startswith("synthetic")]
print("real facts",sum(len(c[3]) for c in real),"coded",sum(1 for c in real for x in c[3] if x["code"]))
