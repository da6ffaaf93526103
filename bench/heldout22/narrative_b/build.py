import csv, json, unicodedata, re
C = []  # (id_suffix, kind, level, text, facts, source)
def F(v,u,m,s,a=False,c=""): return {"value":v,"unit":u,"measure":m,"scope":s,"approx":a,"code":c}
QN="https://www.vietnam.vn/en/quang-ngai-day-manh-chuyen-doi-so-dong-bo-hieu-qua-theo-ke-hoach-02-cua-ban-chi-dao-trung-uong"
LA="https://news.baolongan.vn/digital-transformation-helps-increase-par-index-pci-and-papi-a204154.html"
C += [
("news","tinh","Đến nay, toàn tỉnh Quảng Ngãi có 108 cơ quan, đơn vị tham gia sử dụng hệ thống điện tử, gồm 12 sở, ban, ngành và 96 UBND cấp xã; đã số hóa 2.184 TTHC, trong đó có 848 dịch vụ công trực tuyến toàn trình và 1.336 dịch vụ công trực tuyến một phần.",
 [F(108,"cơ quan","cơ quan, đơn vị tham gia sử dụng hệ thống điện tử","tinh"),F(12,"cơ quan","sở, ban, ngành tham gia sử dụng hệ thống điện tử","so_nganh"),F(96,"đơn vị","UBND cấp xã tham gia sử dụng hệ thống điện tử","xa"),F(2184,"TTHC","TTHC đã số hóa","tinh"),F(848,"dịch vụ công","dịch vụ công trực tuyến toàn trình","tinh"),F(1336,"dịch vụ công","dịch vụ công trực tuyến một phần","tinh")],QN),
("news","tinh","UBND tỉnh đã ban hành Quyết định số 958/QĐ-UBND ngày 20/6/2025 bổ sung mã định danh điện tử cho các cơ quan, đơn vị, địa phương, bảo đảm sẵn sàng vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025.",[],QN),
("news","tinh","Năm 2024, Chỉ số PAPI của tỉnh Tây Ninh (trước sáp nhập) đạt 47,35/80 điểm, xếp thứ 2/63 tỉnh, thành phố, mức cao nhất từ trước đến nay; Chỉ số CCHC đạt 88,4 điểm, xếp hạng 32/63, tăng 13 bậc so với năm 2023.",
 [F(47.35,"điểm","Chỉ số PAPI","tinh"),F(88.4,"điểm","Chỉ số CCHC","tinh")],LA),
("news","tinh","Với tỉnh Long An (trước sáp nhập), Chỉ số CCHC năm 2024 đạt 89,68%, xếp thứ 16/63 tỉnh, thành phố và dẫn đầu khu vực đồng bằng sông Cửu Long.",
 [F(89.68,"%","Chỉ số CCHC","tinh")],LA),
("news","tinh","Từ vị trí 32/63 của năm 2023, Chỉ số CCHC năm 2024 của tỉnh Đồng Nai tăng 24 bậc, vươn lên xếp thứ 8 toàn quốc với 90,69 điểm, kết quả cao nhất kể từ năm 2018.",
 [F(90.69,"điểm","Chỉ số CCHC","tinh")],"https://baodongnai.com.vn/english/202510/building-a-modern-professional-and-effective-administration-0752351"),
("news","xa","Sau 2 tuần đầu vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Long Hữu đã tiếp nhận hơn 300 hồ sơ, giải quyết đúng hạn gần 96%; xã còn bố trí làm việc vào sáng thứ Bảy để hỗ trợ người dân.",
 [F(300,"hồ sơ","hồ sơ tiếp nhận","trung_tam",True),F(96,"%","tỷ lệ giải quyết đúng hạn","trung_tam",True)],"https://news.laodong.vn/thoi-su/chu-tich-vinh-long-kiem-tra-chi-dao-go-kho-trong-van-hanh-chinh-quyen-dia-phuong-2-cap-1545375.ldo"),
("news","xa","Xã Long Hiệp có tổng diện tích tự nhiên 6.516,8 ha, dân số 32.430 người, trong đó đồng bào Khmer chiếm 80,62%; sau 10 ngày vận hành theo mô hình chính quyền địa phương hai cấp, bộ máy mới của xã hoạt động thông suốt.",[],"https://www.vietnam.vn/en/xa-long-hiep-van-hanh-to-chuc-bo-may-thong-suot-hieu-qua"),
("news","tinh","Năm 2024, thứ hạng các chỉ số của tỉnh Long An tiếp tục được cải thiện: xếp thứ 2 về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), thứ 8 về Chỉ số CCHC và thứ 12 về Chỉ số xanh cấp tỉnh (PGI).",[],"https://vietnamnews.vn/politics-laws/1690113/long-an-sees-positive-socio-economic-results.html"),
("news","xa","Sau 6 tháng đi vào hoạt động, Trung tâm Phục vụ hành chính công xã Khánh Bình đã tiếp nhận và giải quyết hơn 2.330 hồ sơ, cho thấy hiệu quả của mô hình mới.",
 [F(2330,"hồ sơ","hồ sơ tiếp nhận và giải quyết","trung_tam",True)],"https://news.laodong.vn/viec-lam/nhu-cau-giai-quyet-thu-tuc-hanh-chinh-lien-quan-den-ho-so-xin-viec-tang-cao-1660928.ldo"),
("news","tinh","Từ khi chính quyền địa phương hai cấp vận hành ngày 01/7, tỉnh Lâm Đồng đã mở 19 lớp tập huấn trực tuyến cho hơn 11.000 học viên về giải quyết TTHC và quản lý văn bản điều hành, cùng 6 lớp về trí tuệ nhân tạo cho 4.100 cán bộ, đảng viên.",
 [F(19,"lớp","lớp tập huấn trực tuyến về giải quyết TTHC và quản lý văn bản","tinh"),F(11000,"học viên","học viên được tập huấn","tinh",True),F(6,"lớp","lớp về trí tuệ nhân tạo","tinh"),F(4100,"người","cán bộ, đảng viên học về trí tuệ nhân tạo","tinh")],"https://news.laodong.vn/cong-nghe/co-toi-99-ho-gia-dinh-co-cap-quang-va-gan-91-dung-smartphone-tai-lam-dong-1563677.ldo"),
("news","tinh","Đến nay, địa phương đã cấp 12.565 chữ ký số chuyên dùng, vận hành Trung tâm điều hành thông minh (IOC) và triển khai ứng dụng VNeID trong các lĩnh vực y tế, thuế, lưu trú và giao thông.",
 [F(12565,"chữ ký số","chữ ký số chuyên dùng đã cấp","tinh")],"https://news.laodong.vn/cong-nghe/co-toi-99-ho-gia-dinh-co-cap-quang-va-gan-91-dung-smartphone-tai-lam-dong-1563677.ldo"),
# ---- synthetic ----
("report","huyen","Năm 2023, Bộ phận Một cửa huyện Hàm Thuận Nam tiếp nhận 14.862 hồ sơ, trong đó trực tuyến 9.523 hồ sơ, đạt 64,08%; đã giải quyết 14.205 hồ sơ, trong đó đúng hạn 14.098 hồ sơ, đạt 99,25%.",
 [F(14862,"hồ sơ","hồ sơ tiếp nhận","huyen",c="BM7-6.4.1"),F(9523,"hồ sơ","hồ sơ tiếp nhận trực tuyến","huyen",c="BM7-6.4.2"),F(64.08,"%","tỷ lệ hồ sơ trực tuyến","huyen",c="BM7-6.4"),F(14205,"hồ sơ","hồ sơ đã giải quyết","huyen",c="BM3-3.2.1"),F(14098,"hồ sơ","giải quyết đúng hạn","huyen",c="BM3-3.2.2"),F(99.25,"%","tỷ lệ giải quyết đúng hạn","huyen",c="BM3-3.2")],"synthetic: huyện Hàm Thuận Nam (Bình Thuận), 2023"),
("report","tinh","Trong năm 2024, UBND tỉnh Kon Tum ban hành 21 văn bản quy phạm pháp luật; Sở Tư pháp kiểm tra theo thẩm quyền 36 văn bản, phát hiện 03 văn bản cần xử lý và đã xử lý xong 02 văn bản.",
 [F(21,"văn bản","VBQPPL cấp tỉnh ban hành","tinh",c="BM2-1.1"),F(36,"văn bản","VBQPPL đã kiểm tra theo thẩm quyền","tinh",c="BM2-2.1"),F(3,"văn bản","VBQPPL cần xử lý sau kiểm tra","tinh",c="BM2-2.2.1"),F(2,"văn bản","VBQPPL đã xử lý xong sau kiểm tra","tinh",c="BM2-2.2.2")],"synthetic: tỉnh Kon Tum (Sở Tư pháp), 2024"),
("report","huyen","Trong 6 tháng đầu năm 2024, UBND huyện Lai Vung kiểm tra công tác CCHC tại 06 cơ quan chuyên môn và 05 UBND xã, thị trấn; qua kiểm tra phát hiện 14 tồn tại, hạn chế, đến nay đã khắc phục xong 11 nội dung.",
 [F(6,"cơ quan","cơ quan chuyên môn được kiểm tra CCHC","huyen"),F(5,"đơn vị","UBND xã, thị trấn được kiểm tra CCHC","xa"),F(14,"vấn đề","tồn tại, hạn chế phát hiện qua kiểm tra","huyen",c="BM1-3.3.1"),F(11,"vấn đề","tồn tại đã khắc phục xong","huyen",c="BM1-3.3.2")],"synthetic: huyện Lai Vung (Đồng Tháp), 2024-H1"),
("report","huyen","Năm 2024, huyện được giao 178 biên chế công chức, có mặt 165 người; trong kỳ đã tinh giản 07 biên chế công chức.",
 [F(178,"biên chế","biên chế công chức được giao","huyen",c="BM4-2.1"),F(165,"người","biên chế công chức có mặt","huyen",c="BM4-2.2"),F(7,"biên chế","biên chế công chức đã tinh giản","huyen",c="BM4-2.4")],"synthetic: huyện Lai Vung (Đồng Tháp), 2024"),
("news","huyen","Năm 2023, các xã trên địa bàn huyện Bác Ái tiếp nhận 5.213 hồ sơ, giải quyết xong 5.188 hồ sơ, trong đó đúng hạn 5.160 hồ sơ, đạt 99,46%.",
 [F(5213,"hồ sơ","hồ sơ tiếp nhận cấp xã","xa",c="BM7-6.4.1"),F(5188,"hồ sơ","hồ sơ cấp xã đã giải quyết","xa",c="BM3-3.3.1"),F(5160,"hồ sơ","hồ sơ cấp xã giải quyết đúng hạn","xa",c="BM3-3.3.2"),F(99.46,"%","tỷ lệ hồ sơ cấp xã đúng hạn","xa",c="BM3-3.3")],"synthetic: huyện Bác Ái (Ninh Thuận), 2023"),
("report","huyen","Trong 9 tháng năm 2024, huyện Đơn Dương tuyển dụng 04 công chức và 26 viên chức thông qua xét tuyển; đồng thời thực hiện tinh giản 12 viên chức tại các đơn vị sự nghiệp công lập.",
 [F(4,"người","công chức được tuyển dụng","huyen",c="BM5-2.1"),F(26,"người","viên chức được tuyển dụng","huyen",c="BM5-2.4"),F(12,"người","viên chức đơn vị sự nghiệp đã tinh giản","huyen",c="BM4-3.3")],"synthetic: huyện Đơn Dương (Lâm Đồng), 2024-9M"),
("news","huyen","Năm 2023, Bộ phận Một cửa huyện Sơn Hòa tiếp nhận 6.047 hồ sơ TTHC, trong đó 3.902 hồ sơ nộp trực tuyến, chiếm 64,53%; 100% hồ sơ đã giải quyết đúng và trước hạn.",
 [F(6047,"hồ sơ","hồ sơ tiếp nhận","huyen",c="BM7-6.4.1"),F(3902,"hồ sơ","hồ sơ tiếp nhận trực tuyến","huyen",c="BM7-6.4.2"),F(64.53,"%","tỷ lệ hồ sơ trực tuyến","huyen",c="BM7-6.4"),F(100,"%","tỷ lệ giải quyết đúng và trước hạn","huyen",c="BM3-3.2")],"synthetic: huyện Sơn Hòa (Phú Yên), 2023"),
("report","huyen","Năm 2024, huyện U Minh Thượng phát ra 350 phiếu khảo sát sự hài lòng, có 341 phiếu đánh giá hài lòng, đạt 97,43%. Toàn huyện có 38 đơn vị sự nghiệp công lập, trong đó 01 đơn vị tự bảo đảm chi thường xuyên, 05 đơn vị tự bảo đảm một phần chi thường xuyên và 32 đơn vị do Nhà nước bảo đảm chi thường xuyên.",
 [F(350,"phiếu","phiếu khảo sát sự hài lòng","huyen",c="BM1-6.1"),F(341,"phiếu","phiếu đánh giá hài lòng","huyen"),F(97.43,"%","tỷ lệ hài lòng","huyen"),F(38,"đơn vị","đơn vị sự nghiệp công lập","huyen",c="BM6-2.1"),F(1,"đơn vị","ĐVSN tự bảo đảm chi thường xuyên","huyen",c="BM6-2.3"),F(5,"đơn vị","ĐVSN tự bảo đảm một phần chi thường xuyên","huyen",c="BM6-2.4"),F(32,"đơn vị","ĐVSN do Nhà nước bảo đảm chi thường xuyên","huyen",c="BM6-2.5")],"synthetic: huyện U Minh Thượng (Kiên Giang), 2024"),
("news","huyen","Năm 2024, cấp huyện Kế Sách đã giải quyết 11.302 hồ sơ, trong đó 11.247 hồ sơ đúng hạn; huyện tiếp nhận 09 phản ánh, kiến nghị về quy định TTHC và đã xử lý xong toàn bộ 09 phản ánh, kiến nghị, đạt 100%.",
 [F(11302,"hồ sơ","hồ sơ đã giải quyết","huyen",c="BM3-3.2.1"),F(11247,"hồ sơ","giải quyết đúng hạn","huyen",c="BM3-3.2.2"),F(9,"phản ánh","PAKN về quy định TTHC tiếp nhận","huyen",c="BM3-3.4.1"),F(9,"phản ánh","PAKN đã xử lý xong","huyen",c="BM3-3.4.2"),F(100,"%","tỷ lệ xử lý PAKN","huyen",c="BM3-3.4")],"synthetic: huyện Kế Sách (Sóc Trăng), 2024"),
("report","huyen","Năm 2024, UBND huyện Ninh Sơn ban hành 09 văn bản chỉ đạo, điều hành công tác CCHC; Bộ phận Một cửa huyện tiếp nhận 8.741 hồ sơ, trong đó 5.928 hồ sơ trực tuyến, đạt 67,82%.",
 [F(9,"văn bản","văn bản chỉ đạo CCHC đã ban hành","huyen",c="BM1-1"),F(8741,"hồ sơ","hồ sơ tiếp nhận","huyen",c="BM7-6.4.1"),F(5928,"hồ sơ","hồ sơ tiếp nhận trực tuyến","huyen",c="BM7-6.4.2"),F(67.82,"%","tỷ lệ hồ sơ trực tuyến","huyen",c="BM7-6.4")],"synthetic: huyện Ninh Sơn (Ninh Thuận), 2024"),
("news","huyen","Đến cuối năm 2024, 11/12 UBND xã, thị trấn của huyện Mang Yang đã kết nối, liên thông hệ thống quản lý văn bản với UBND huyện, đạt 91,67%; 100% văn bản đi của huyện được ký số.",
 [F(11,"đơn vị","UBND cấp xã đã kết nối, liên thông văn bản với UBND huyện","xa"),F(12,"đơn vị","tổng số UBND cấp xã","xa"),F(91.67,"%","tỷ lệ UBND cấp xã kết nối, liên thông với UBND huyện","xa",c="BM7-5.1.3"),F(100,"%","tỷ lệ văn bản đi được ký số","huyen")],"synthetic: huyện Mang Yang (Gia Lai), 2024"),
]
codes={f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open('/work/shared/reference/catalog.csv',encoding='utf-8'))}
def vn(v):
    s=f"{v:,.2f}".rstrip('0').rstrip('.') if isinstance(v,float) else f"{v:,}"
    return s.replace(',','X').replace('.',',').replace('X','.')
rows=[];src=[]
for i,(k,l,t,fs,s) in enumerate(C,1):
    cid=f"H22-B-{i:03d}"; t=unicodedata.normalize('NFC',t)
    for f in fs:
        assert f["code"]=="" or f["code"] in codes,(cid,f)
        assert f["scope"] in ("tinh","so_nganh","huyen","xa","trung_tam",""),cid
        v=f["value"]; cands={vn(v),str(v)}
        if isinstance(v,int): cands|={f"{v:02d}", vn(v/1000)+" ", }
        if v==2330: cands.add("2.330")
        if not any(c in t for c in cands): print("WARN value not in text",cid,v)
    rows.append([cid,k,l,t,json.dumps(fs,ensure_ascii=False)]); src.append([cid,s])
with open('cases.csv','w',newline='',encoding='utf-8') as f:
    w=csv.writer(f); w.writerow(["case_id","source_kind","doc_level","text","facts"]); w.writerows(rows)
with open('sources_by_case.tsv','w',encoding='utf-8') as f:
    f.write("case_id\tsource\n"); [f.write(f"{a}\t{b}\n") for a,b in src]
n=sum(len(r[4]) and len(json.loads(r[4])) for r in rows); nc=sum(1 for r in rows for x in json.loads(r[4]) if x["code"])
syn=sum(1 for s in src if s[1].startswith("synthetic"))
print(len(rows),"cases",n,"facts",nc,"coded",syn,"synthetic")
