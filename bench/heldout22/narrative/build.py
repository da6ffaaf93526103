import csv, json, unicodedata
def F(v,u,m,s,c="",a=False): return {"value":v,"unit":u,"measure":m,"scope":s,"approx":a,"code":c}
LAO="https://news.laodong.vn/xa-hoi/nghe-an-dat-muc-tieu-tren-98-ho-so-hanh-chinh-dung-han-nam-2026-1632638.ldo"
TTHC="http://thutuchanhchinh.vn/noidung/tintuc/Lists/NghienCuuTraoDoi/View_Detail.aspx?ItemID=70"
NQ="https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-62-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Nghe-An-2026-687786.html"
cases=[
# real pages (non-fact cases: dates, doc numbers, settings, targets)
("news","tinh","Ngày 29/12, UBND tỉnh Nghệ An cho biết vừa ban hành Quyết định số 4820/QĐ-UBND về Kế hoạch cải cách hành chính năm 2026 của tỉnh, với chủ đề thực hiện “Quyết liệt hành động, siết chặt kỷ cương, tăng cường kiến tạo”.",[],LAO),
("news","tinh","Theo kế hoạch, Nghệ An triển khai đồng bộ 6 nhóm trụ cột gồm cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công và ứng dụng, phát triển chính quyền điện tử, chính quyền số.",[],LAO),
("news","tinh","Một trong những chỉ tiêu quan trọng là trên 98% hồ sơ thủ tục hành chính phải được giải quyết đúng và trước hạn, công khai trách nhiệm giải quyết; hồ sơ trễ hạn phải được giải trình và xin lỗi bằng văn bản theo quy định.",[],LAO),
("news","tinh","Tỉnh đặt mục tiêu mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 95%, riêng các lĩnh vực đất đai, đầu tư, xây dựng phấn đấu đạt trên 85%.",[],LAO),
("news","tinh","Về hoàn thiện thể chế, UBND tỉnh Nghệ An yêu cầu 100% văn bản ban hành phải bảo đảm đúng thẩm quyền, trình tự và hình thức; đẩy mạnh phổ biến, giáo dục pháp luật thông qua ứng dụng công nghệ và nền tảng số.",[],LAO),
("news","tinh","Quyết định số 93/2007/QĐ-TTg ngày 22/6/2007 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương đã được áp dụng từ năm 2007 và được triển khai đồng bộ trên phạm vi cả nước.",[],TTHC),
("report","tinh","Nghị quyết số 62/NQ-HĐND ngày 12/12/2025 của HĐND tỉnh Nghệ An khóa XVIII, kỳ họp thứ 35 về Kế hoạch phát triển kinh tế - xã hội năm 2026 được ban hành và có hiệu lực kể từ ngày thông qua.",[],NQ),
("news","tinh","Năm 2025 là năm cuối thực hiện khâu đột phá “Đẩy mạnh cải cách hành chính, tạo môi trường đầu tư thông thoáng, hấp dẫn” giai đoạn 2021-2025 của Thanh Hóa; nhờ sự quyết liệt trong chỉ đạo, điều hành, 23 nhiệm vụ đề ra cho 6 tháng đầu năm đều đã hoàn thành.",[F(23,"nhiệm vụ","nhiệm vụ CCHC 6 tháng đầu năm đã hoàn thành","tinh","BM1-2.2")],"https://lite.baomoi.com/dau-an-cai-cach-hanh-chinh-c52793923.epi"),
("report","tinh","Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ, ngày 27/6/2025 UBND tỉnh Thanh Hóa ban hành Kế hoạch số 130/KH-UBND triển khai Phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số” trên địa bàn tỉnh.",[],"http://www.hethongphapluat.vn/ke-hoach-130-kh-ubnd-nam-2025-trien-khai-phong-trao-thi-dua-ca-nuoc-thi-dua-doi-moi-sang-tao-va-chuyen-doi-so-tren-dia-ban-tinh-thanh-hoa.html"),
# synthetic
("report","xa","Trong tháng 10/2025, Trung tâm Phục vụ hành chính công phường Kinh Bắc tiếp nhận 2.146 hồ sơ, trong đó 1.873 hồ sơ nộp trực tuyến, chiếm 87,28%; đã giải quyết 2.051 hồ sơ, trong đó 2.039 hồ sơ đúng hạn, đạt 99,41%.",
 [F(2146,"hồ sơ","tiếp nhận","xa","BM7-6.4.1"),F(1873,"hồ sơ","tiếp nhận trực tuyến","xa","BM7-6.4.2"),F(87.28,"%","tỷ lệ hồ sơ trực tuyến","xa","BM7-6.4"),
  F(2051,"hồ sơ","đã giải quyết","xa","BM3-3.3.1"),F(2039,"hồ sơ","giải quyết đúng hạn","xa","BM3-3.3.2"),F(99.41,"%","tỷ lệ giải quyết đúng hạn","xa","BM3-3.3")],"synthetic: phường Kinh Bắc (Bắc Ninh), tháng 10/2025"),
("report","xa","Quý III/2025, UBND xã Yên Thế rà soát, niêm yết công khai 312 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã; tiếp nhận 05 phản ánh, kiến nghị về quy định thủ tục hành chính, đã xử lý xong 05, đạt 100%.",
 [F(312,"TTHC","TTHC thuộc thẩm quyền giải quyết cấp xã","xa","BM3-1.4.3"),F(5,"PAKN","phản ánh, kiến nghị tiếp nhận","xa","BM3-3.4.1"),F(5,"PAKN","phản ánh, kiến nghị đã xử lý xong","xa","BM3-3.4.2"),F(100,"%","tỷ lệ xử lý phản ánh, kiến nghị","xa","BM3-3.4")],"synthetic: xã Yên Thế (Bắc Ninh), quý III/2025"),
("report","xa","Trong 6 tháng cuối năm 2025, UBND xã Bình Lục ban hành 09 văn bản chỉ đạo, điều hành công tác cải cách hành chính; Kế hoạch cải cách hành chính của xã đề ra 24 nhiệm vụ, đến nay đã hoàn thành 22 nhiệm vụ, đạt 91,67%; phấn đấu hoàn thành 100% nhiệm vụ trước ngày 31/12/2025.",
 [F(9,"văn bản","văn bản chỉ đạo CCHC ban hành","xa","BM1-1"),F(24,"nhiệm vụ","nhiệm vụ đề ra trong kế hoạch CCHC","xa","BM1-2.1"),F(22,"nhiệm vụ","nhiệm vụ đã hoàn thành","xa","BM1-2.2"),F(91.67,"%","tỷ lệ hoàn thành kế hoạch CCHC","xa","BM1-2")],"synthetic: xã Bình Lục (Ninh Bình), 6 tháng cuối năm 2025"),
("news","xa","Tháng 11/2025, xã Tam Đảo đã giải quyết 684 hồ sơ thủ tục hành chính, trong đó 679 hồ sơ đúng và trước hạn (có 402 hồ sơ trước hạn), đạt 99,27%; còn 05 hồ sơ trễ hạn, xã đã gửi thư xin lỗi đến người dân.",
 [F(684,"hồ sơ","đã giải quyết","xa","BM3-3.3.1"),F(679,"hồ sơ","giải quyết đúng và trước hạn","xa","BM3-3.3.2"),F(402,"hồ sơ","giải quyết trước hạn","xa"),F(99.27,"%","tỷ lệ giải quyết đúng hạn","xa","BM3-3.3"),F(5,"hồ sơ","trễ hạn","xa")],"synthetic: xã Tam Đảo (Phú Thọ), tháng 11/2025"),
("report","xa","Qua kiểm tra công tác cải cách hành chính quý IV/2025 tại 4 thôn, xã Hữu Lũng phát hiện 07 tồn tại, hạn chế, đến nay đã khắc phục xong 06; xã phát 120 phiếu khảo sát sự hài lòng của người dân, kết quả 96,5% người được hỏi hài lòng.",
 [F(7,"vấn đề","vấn đề phát hiện qua kiểm tra","xa","BM1-3.3.1"),F(6,"vấn đề","vấn đề đã xử lý xong","xa","BM1-3.3.2"),F(120,"phiếu","phiếu khảo sát","xa","BM1-6.1"),F(96.5,"%","tỷ lệ hài lòng","xa")],"synthetic: xã Hữu Lũng (Lạng Sơn), quý IV/2025"),
("report","xa","Xã Cẩm Thủy hiện bố trí 12 công chức tại Trung tâm Phục vụ hành chính công; trong tháng 12/2025, tỷ lệ văn bản điện tử của UBND xã đạt 98,6%, tỷ lệ hồ sơ được số hóa đạt 95,2%, với 1.215 văn bản đi được ký số và phát hành trên Hệ thống quản lý văn bản.",
 [F(98.6,"%","tỷ lệ văn bản điện tử của UBND xã","xa","BM7-5.2.3"),F(95.2,"%","tỷ lệ hồ sơ được số hóa","xa"),F(1215,"văn bản","văn bản đi được ký số","xa")],"synthetic: xã Cẩm Thủy (Thanh Hóa), tháng 12/2025"),
("report","huyen","Năm 2024, Bộ phận Một cửa huyện Cẩm Thủy tiếp nhận 9.842 hồ sơ; đã giải quyết 9.617 hồ sơ, trong đó 9.588 hồ sơ đúng hạn, đạt 99,70%, 29 hồ sơ trễ hạn; huyện xếp thứ 8/26 huyện, thị xã, thành phố về Chỉ số cải cách hành chính.",
 [F(9842,"hồ sơ","tiếp nhận","huyen"),F(9617,"hồ sơ","đã giải quyết","huyen","BM3-3.2.1"),F(9588,"hồ sơ","giải quyết đúng hạn","huyen","BM3-3.2.2"),F(99.70,"%","tỷ lệ giải quyết đúng hạn","huyen","BM3-3.2"),F(29,"hồ sơ","trễ hạn","huyen")],"synthetic: huyện Cẩm Thủy (Thanh Hóa), năm 2024"),
("news","xa","Trong tháng 9/2025, xã Quế Phong tiếp nhận 1.038 hồ sơ thủ tục hành chính, trong đó 764 hồ sơ nộp trực tuyến, đạt 73,60%; đã giải quyết 1.001 hồ sơ, trong đó 998 hồ sơ đúng hạn, đạt 99,70%; có hơn 200 hồ sơ được thanh toán phí, lệ phí trực tuyến.",
 [F(1038,"hồ sơ","tiếp nhận","xa","BM7-6.4.1"),F(764,"hồ sơ","tiếp nhận trực tuyến","xa","BM7-6.4.2"),F(73.60,"%","tỷ lệ hồ sơ trực tuyến","xa","BM7-6.4"),F(1001,"hồ sơ","đã giải quyết","xa","BM3-3.3.1"),F(998,"hồ sơ","giải quyết đúng hạn","xa","BM3-3.3.2"),F(99.70,"%","tỷ lệ giải quyết đúng hạn","xa","BM3-3.3"),F(200,"hồ sơ","thanh toán phí, lệ phí trực tuyến","xa","",True)],"synthetic: xã Quế Phong (Nghệ An), tháng 9/2025"),
("report","xa","Quý IV/2025, UBND xã Hải Hậu đã giải quyết 1.562 hồ sơ, 1.562 hồ sơ đúng hạn, đạt 100%; tiếp nhận 03 phản ánh, kiến nghị về quy định hành chính, đã giải quyết 02, đạt 66,67%, 01 phản ánh đang xem xét.",
 [F(1562,"hồ sơ","đã giải quyết","xa","BM3-3.3.1"),F(1562,"hồ sơ","giải quyết đúng hạn","xa","BM3-3.3.2"),F(100,"%","tỷ lệ giải quyết đúng hạn","xa","BM3-3.3"),F(3,"PAKN","phản ánh, kiến nghị tiếp nhận","xa","BM3-3.4.1"),F(2,"PAKN","phản ánh, kiến nghị đã giải quyết","xa","BM3-3.4.2"),F(66.67,"%","tỷ lệ giải quyết phản ánh, kiến nghị","xa","BM3-3.4"),F(1,"PAKN","phản ánh, kiến nghị đang xem xét","xa")],"synthetic: xã Hải Hậu (Ninh Bình), quý IV/2025"),
]
codes={f"BM{r['form']}-{r['code']}" for r in csv.DictReader(open('/work/shared/reference/catalog.csv',encoding='utf-8'))}
syn=sum(1 for c in cases if c[4].startswith('synthetic'))
assert syn*2<=len(cases),(syn,len(cases))
texts=set()
with open('cases.csv','w',encoding='utf-8',newline='') as f, open('sources_by_case.tsv','w',encoding='utf-8') as g:
    w=csv.writer(f); w.writerow(["case_id","source_kind","doc_level","text","facts"]); g.write("case_id\tsource\n")
    for i,(k,l,t,fs,src) in enumerate(cases,1):
        cid=f"H22-N-{i:03d}"; t=unicodedata.normalize('NFC',t); assert t not in texts; texts.add(t)
        for x in fs:
            assert x['code']=="" or x['code'] in codes, x['code']
            assert x['scope'] in ("tinh","so_nganh","huyen","xa","trung_tam","")
        w.writerow([cid,k,l,t,json.dumps(fs,ensure_ascii=False)]); g.write(f"{cid}\t{src}\n")
nf=sum(len(c[3]) for c in cases); nc=sum(1 for c in cases for x in c[3] if x['code'])
print(len(cases),syn,nf,nc)
