# builds cases.csv (own wording; figures from the public pages listed in README.md)
import csv, json, unicodedata
def F(v,u,m,s,a=False,c=""):
    return {"value":v,"unit":u,"measure":m,"scope":s,"approx":a,"code":c}
C=[]
def A(kind,level,text,facts=()):
    C.append((kind,level,text,list(facts)))

# S1 baonghean.vn Nghệ An (2018)
A("report","tinh","Theo báo cáo của UBND tỉnh, hồ sơ do các sở, ngành cấp tỉnh giải quyết đúng và trước hạn đạt 99,36%, số hồ sơ chậm chiếm 0,63%.",
 [F(99.36,"%","tỷ lệ giải quyết đúng và trước hạn","so_nganh",c="BM3-3.1"),F(0.63,"%","tỷ lệ hồ sơ chậm","so_nganh")])
A("report","tinh","Ở cấp huyện, tỷ lệ giải quyết đúng hạn và trước hạn đạt trên 98,96%, hồ sơ chậm 0,87%, tồn đọng 0,17%; ở cấp xã, tỷ lệ này đạt trên 99,42%, hồ sơ chậm 0,54% và tồn đọng 0,05%.",
 [F(98.96,"%","tỷ lệ giải quyết đúng và trước hạn","huyen",True,"BM3-3.2"),F(0.87,"%","tỷ lệ hồ sơ chậm","huyen"),F(0.17,"%","tỷ lệ hồ sơ tồn đọng","huyen"),
  F(99.42,"%","tỷ lệ giải quyết đúng và trước hạn","xa",True,"BM3-3.3"),F(0.54,"%","tỷ lệ hồ sơ chậm","xa"),F(0.05,"%","tỷ lệ hồ sơ tồn đọng","xa")])
A("news","tinh","Bộ phận tiếp nhận và trả kết quả theo cơ chế một cửa liên thông lĩnh vực đầu tư đặt tại Trung tâm Xúc tiến và Hỗ trợ đầu tư tỉnh Nghệ An đi vào hoạt động từ ngày 19/6/2017, tiếp nhận hồ sơ của 4 cơ quan: Sở Kế hoạch và Đầu tư, Sở Xây dựng, Sở Tài nguyên và Môi trường và Cảnh sát PCCC tỉnh.",
 [F(4,"cơ quan","cơ quan tiếp nhận hồ sơ tại bộ phận một cửa liên thông lĩnh vực đầu tư","so_nganh")])

# S2 news.laodong.vn Cần Thơ centre 2024
A("news","tinh","Chính thức hoạt động từ ngày 26/02/2024, Trung tâm Phục vụ hành chính công TP Cần Thơ đã trở thành đầu mối tiếp nhận, giải quyết hơn 1.470 thủ tục hành chính của các sở, ngành.",
 [F(1470,"TTHC","TTHC tiếp nhận, giải quyết tại Trung tâm","trung_tam",True)])
A("news","tinh","Tính đến ngày 31/12/2024, Trung tâm tiếp nhận 120.671 hồ sơ, giải quyết xong 118.555 hồ sơ, đạt tỷ lệ 98,25%.",
 [F(120671,"hồ sơ","tiếp nhận","trung_tam"),F(118555,"hồ sơ","đã giải quyết","trung_tam"),F(98.25,"%","tỷ lệ giải quyết","trung_tam")])
A("news","tinh","Tỷ lệ số hóa hồ sơ của Trung tâm đạt 77,21%, tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 88,43%; nhờ đó Bộ chỉ số phục vụ người dân, doanh nghiệp của Cần Thơ vươn lên xếp thứ 17 cả nước.",
 [F(77.21,"%","tỷ lệ số hóa hồ sơ","trung_tam"),F(88.43,"%","tỷ lệ cấp kết quả giải quyết TTHC điện tử","trung_tam")])
A("news","tinh","Mức độ hài lòng của người dân, doanh nghiệp đối với Trung tâm Phục vụ hành chính công thành phố đạt 100%.",
 [F(100,"%","mức độ hài lòng của người dân, doanh nghiệp","trung_tam")])

# S3 nld.com.vn Cần Thơ 7/2025
A("news","tinh","Hiện trên địa bàn TP Cần Thơ đang thực hiện 2.242 thủ tục hành chính, trong đó Trung tâm Phục vụ hành chính công thành phố thực hiện 1.679 thủ tục.",
 [F(2242,"TTHC","tổng số TTHC thực hiện trên địa bàn","tinh",c="BM3-1.4"),F(1679,"TTHC","TTHC thực hiện tại Trung tâm","trung_tam")])
A("news","tinh","Từ ngày 01 đến 31/7/2025, hồ sơ tiếp nhận qua dịch vụ công trực tuyến chiếm 69,7%; hồ sơ giải quyết, trả kết quả đúng và trước hạn chiếm 77,98%, quá hạn 1,58% và đang trong thời hạn giải quyết 21,73%.",
 [F(69.7,"%","tỷ lệ hồ sơ tiếp nhận trực tuyến","tinh",c="BM7-6.4"),F(77.98,"%","tỷ lệ hồ sơ giải quyết, trả kết quả đúng và trước hạn","tinh"),
  F(1.58,"%","tỷ lệ hồ sơ quá hạn","tinh"),F(21.73,"%","tỷ lệ hồ sơ đang trong thời hạn giải quyết","tinh")])

# S4 ja.laodong.vn Đắk Lắk 1/7-2/9/2025
A("report","tinh","Từ ngày 01/7 đến ngày 02/9/2025, các cơ quan cấp tỉnh tiếp nhận 93.826 hồ sơ TTHC, đã giải quyết 73.544 hồ sơ, trong đó 72.591 hồ sơ giải quyết đúng hạn.",
 [F(93826,"hồ sơ","tiếp nhận","so_nganh"),F(73544,"hồ sơ","đã giải quyết","so_nganh",c="BM3-3.1.1"),F(72591,"hồ sơ","giải quyết đúng hạn","so_nganh",c="BM3-3.1.2")])
A("report","tinh","Tại 102 xã, phường, Trung tâm Phục vụ hành chính công cấp xã tiếp nhận 162.532 hồ sơ, giải quyết 147.388 hồ sơ, trong đó 145.898 hồ sơ đúng hạn, đạt 98,9%.",
 [F(162532,"hồ sơ","tiếp nhận","xa"),F(147388,"hồ sơ","đã giải quyết","xa",c="BM3-3.3.1"),F(145898,"hồ sơ","giải quyết đúng hạn","xa",c="BM3-3.3.2"),F(98.9,"%","tỷ lệ giải quyết đúng hạn","xa",c="BM3-3.3")])
A("report","tinh","Năm 2025, toàn tỉnh có 3.442 cán bộ, công chức thuộc diện giải quyết chế độ theo Nghị định số 178 và Nghị định số 167 của Chính phủ, tổng kinh phí dự kiến khoảng 3.900 tỷ đồng; đến nay đã chi trả cho hơn 2.400 người với số tiền trên 2.275 tỷ đồng.",
 [F(3442,"người","cán bộ, công chức thuộc diện giải quyết chế độ theo Nghị định 178, 167","tinh"),F(2400,"người","người đã được chi trả chế độ","tinh",True),F(2275,"tỷ đồng","kinh phí đã chi trả chế độ","tinh",True)])
A("report","tinh","Số cán bộ, công chức còn lại sẽ được chi trả từ nguồn kinh phí bổ sung theo Quyết định số 1876 ngày 31/8/2025 của Thủ tướng Chính phủ.",[])

# S5 news.laodong.vn Đắk Lắk centre 2024 (1446184, 1429618)
A("news","tinh","Năm 2024, Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk tiếp nhận 138.313 hồ sơ, tăng 4.630 hồ sơ so với năm 2023; hồ sơ trả kết quả đúng và trước hạn đạt 99,99%.",
 [F(138313,"hồ sơ","tiếp nhận","trung_tam"),F(99.99,"%","tỷ lệ trả kết quả đúng và trước hạn","trung_tam")])
A("news","tinh","Trong số hồ sơ đã trả, 87.119 hồ sơ được trả trực tiếp tại Trung tâm và 38.191 hồ sơ được trả qua Hệ thống thông tin giải quyết TTHC của tỉnh (iGate).",
 [F(87119,"hồ sơ","trả kết quả trực tiếp tại Trung tâm","trung_tam"),F(38191,"hồ sơ","trả kết quả qua Hệ thống thông tin giải quyết TTHC","trung_tam")])
A("news","tinh","Trung tâm hiện tiếp nhận, trả kết quả giải quyết TTHC thuộc 19 lĩnh vực, đồng thời tiếp nhận một số thủ tục thuộc thẩm quyền của UBND tỉnh và Chủ tịch UBND tỉnh.",
 [F(19,"lĩnh vực","lĩnh vực có TTHC tiếp nhận tại Trung tâm","trung_tam")])

# S6 hanhchinhcong.langson.gov.vn
A("report","so_nganh","Ngày 20/11/2018, UBND tỉnh Lạng Sơn ban hành Quyết định số 2538/QĐ-UBND thành lập Trung tâm Phục vụ hành chính công tỉnh; Trung tâm chính thức khai trương ngày 17/01/2019.",[])
A("report","so_nganh","Tổng số 1.335 TTHC được tiếp nhận và trả kết quả tại Trung tâm, gồm 1.303 TTHC thuộc thẩm quyền giải quyết của các sở, ban, ngành, 19 TTHC của Công ty Điện lực Lạng Sơn và 13 TTHC của các đơn vị khác.",
 [F(1335,"TTHC","TTHC tiếp nhận, trả kết quả tại Trung tâm","trung_tam"),F(1303,"TTHC","TTHC thuộc thẩm quyền của các sở, ban, ngành","trung_tam"),
  F(19,"TTHC","TTHC của Công ty Điện lực","trung_tam"),F(13,"TTHC","TTHC của các đơn vị khác","trung_tam")])
A("report","so_nganh","Trung tâm tiếp nhận hồ sơ buổi sáng từ thứ Hai đến thứ Bảy (từ 07h30 đến 11h00) và buổi chiều từ thứ Hai đến thứ Sáu (từ 14h00 đến 16h30).",[])

# S7 baovinhphuc.com.vn 2024
A("report","tinh","Năm 2024, toàn tỉnh đã thực hiện số hóa 70,91% tổng số hồ sơ TTHC tiếp nhận.",
 [F(70.91,"%","tỷ lệ số hóa hồ sơ tiếp nhận","tinh")])

# S8 thuvienphapluat Cà Mau KH 48
A("report","tinh","Ngày 28/02/2023, Chủ tịch UBND tỉnh ban hành Kế hoạch số 48/KH-UBND triển khai Chiến dịch cao điểm 69 ngày đêm “Nâng cao hiệu quả sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh Cà Mau”.",[])
# S9 Khánh Hòa KH 14084
A("report","tinh","Căn cứ Công văn số 4338/BTTTT-CĐSQG ngày 14/10/2024 của Bộ Thông tin và Truyền thông, UBND tỉnh Khánh Hòa ban hành Kế hoạch số 14084/KH-UBND ngày 09/12/2024 triển khai dịch vụ công trực tuyến trên địa bàn tỉnh.",[])
# S10 Quảng Ngãi KH 23, QĐ 2157
A("report","tinh","Ngày 31/01/2024, UBND tỉnh Quảng Ngãi ban hành Kế hoạch số 23/KH-UBND rà soát, đánh giá TTHC năm 2024, thực hiện Nghị định số 63/2010/NĐ-CP và Nghị định số 92/2017/NĐ-CP.",[])
A("report","tinh","Quyết định số 2157/QĐ-UBND ngày 09/11/2017 của Chủ tịch UBND tỉnh Quảng Ngãi công bố danh mục TTHC thực hiện tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg.",[])

# S12 vrviet.vn Quảng Nam 2023
A("report","tinh","Năm 2023, cấp tỉnh tiếp nhận 90.010 hồ sơ TTHC, cấp huyện 136.350 hồ sơ và cấp xã 187.299 hồ sơ.",
 [F(90010,"hồ sơ","tiếp nhận","so_nganh"),F(136350,"hồ sơ","tiếp nhận","huyen"),F(187299,"hồ sơ","tiếp nhận","xa")])
A("report","tinh","Tỷ lệ giải quyết hồ sơ đúng hạn ở cấp tỉnh đạt 99,8%, cấp huyện 82,92% và cấp xã 97,5%.",
 [F(99.8,"%","tỷ lệ giải quyết đúng hạn","so_nganh",c="BM3-3.1"),F(82.92,"%","tỷ lệ giải quyết đúng hạn","huyen",c="BM3-3.2"),F(97.5,"%","tỷ lệ giải quyết đúng hạn","xa",c="BM3-3.3")])
A("report","tinh","Hồ sơ được tiếp nhận, xử lý trực tuyến chiếm 80,6% ở cấp tỉnh, 32,3% ở cấp huyện và 66,1% ở cấp xã.",
 [F(80.6,"%","tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến","so_nganh"),F(32.3,"%","tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến","huyen"),F(66.1,"%","tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến","xa")])
A("news","tinh","Thực hiện Quyết định số 2114 của UBND tỉnh, Bưu điện tỉnh đã bố trí 17 nhân viên thay thế 24 công chức tiếp nhận 1.381 TTHC, đạt 100% số TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh.",
 [F(17,"người","nhân viên bưu điện thay thế công chức tiếp nhận hồ sơ","trung_tam"),F(24,"người","công chức được thay thế","trung_tam"),
  F(1381,"TTHC","TTHC do nhân viên bưu điện tiếp nhận","trung_tam"),F(100,"%","tỷ lệ TTHC tại Trung tâm do bưu điện tiếp nhận","trung_tam")])
A("news","tinh","Ở cấp huyện, bưu điện bố trí 44 nhân viên hỗ trợ 150 công chức tại bộ phận một cửa của 18 huyện, thị xã, thành phố.",
 [F(44,"người","nhân viên bưu điện hỗ trợ bộ phận một cửa","huyen"),F(150,"người","công chức bộ phận một cửa được hỗ trợ","huyen")])
A("news","tinh","Ở cấp xã, bưu điện bố trí 20 nhân viên tiếp nhận hồ sơ tại 19 UBND xã, phường, thị trấn; đến nay, 11 địa phương cấp huyện đã chuyển toàn bộ TTHC qua dịch vụ bưu chính công ích.",
 [F(20,"người","nhân viên bưu điện tiếp nhận hồ sơ","xa"),F(19,"đơn vị","UBND cấp xã có nhân viên bưu điện tiếp nhận hồ sơ","xa"),
  F(11,"đơn vị","địa phương cấp huyện chuyển toàn bộ TTHC qua bưu chính công ích","huyen")])

# S14 vietnam.vn Quảng Nam Q1/2025
A("report","tinh","Quý I/2025 (từ ngày 15/12/2024 đến ngày 14/3/2025), cấp tỉnh tiếp nhận 14.785 hồ sơ; tỷ lệ đúng hạn đạt 99,86% (tính cả hồ sơ đã và đang giải quyết) và 87,14% hồ sơ được tiếp nhận, xử lý trực tuyến.",
 [F(14785,"hồ sơ","tiếp nhận","so_nganh"),F(99.86,"%","tỷ lệ đúng hạn (gồm hồ sơ đã và đang giải quyết)","so_nganh"),F(87.14,"%","tỷ lệ hồ sơ tiếp nhận, xử lý trực tuyến","so_nganh")])
A("report","tinh","Cấp huyện tiếp nhận 42.300 hồ sơ, tỷ lệ giải quyết đúng hạn 91,74%, xử lý trực tuyến 88,17%; riêng các chi nhánh Văn phòng Đăng ký đất đai tiếp nhận 23.031 hồ sơ, trong đó 2.217 hồ sơ quá hạn (gần 10%).",
 [F(42300,"hồ sơ","tiếp nhận","huyen"),F(91.74,"%","tỷ lệ giải quyết đúng hạn","huyen",c="BM3-3.2"),F(88.17,"%","tỷ lệ xử lý trực tuyến","huyen"),
  F(23031,"hồ sơ","tiếp nhận tại chi nhánh Văn phòng Đăng ký đất đai","huyen"),F(2217,"hồ sơ","quá hạn tại chi nhánh Văn phòng Đăng ký đất đai","huyen"),F(10,"%","tỷ lệ hồ sơ quá hạn tại chi nhánh Văn phòng Đăng ký đất đai","huyen",True)])
A("report","tinh","Riêng tháng 3, các chi nhánh Văn phòng Đăng ký đất đai có 541 hồ sơ quá hạn đã giải quyết (chiếm 58,86% số hồ sơ quá hạn đã giải quyết ở cấp huyện) và 349 hồ sơ quá hạn đang giải quyết (38,43%).",
 [F(541,"hồ sơ","quá hạn đã giải quyết","huyen"),F(58.86,"%","tỷ trọng trong hồ sơ quá hạn đã giải quyết cấp huyện","huyen"),
  F(349,"hồ sơ","quá hạn đang giải quyết","huyen"),F(38.43,"%","tỷ trọng trong hồ sơ quá hạn đang giải quyết cấp huyện","huyen")])
A("report","tinh","Các chi nhánh có tỷ lệ giải quyết trước và đúng hạn dưới 95% gồm Hội An (84,41%), Núi Thành (90,16%), Điện Bàn (90,64%), Duy Xuyên (91,90%), Tam Kỳ (93,61%) và Quế Sơn (94,47%).",
 [F(84.41,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Hội An)","huyen"),F(90.16,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Núi Thành)","huyen"),
  F(90.64,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Điện Bàn)","huyen"),F(91.9,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Duy Xuyên)","huyen"),
  F(93.61,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Tam Kỳ)","huyen"),F(94.47,"%","tỷ lệ giải quyết trước và đúng hạn (chi nhánh Quế Sơn)","huyen")])
A("report","tinh","Ở cấp xã, trong quý tiếp nhận 35.790 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,43% và tỷ lệ xử lý trực tuyến đạt 94,09%.",
 [F(35790,"hồ sơ","tiếp nhận","xa"),F(97.43,"%","tỷ lệ giải quyết đúng hạn","xa",c="BM3-3.3"),F(94.09,"%","tỷ lệ xử lý trực tuyến","xa")])
A("news","tinh","Sau khi xem xét báo cáo quý I, UBND tỉnh ban hành Công văn số 2921 ngày 11/4/2025 yêu cầu làm rõ trách nhiệm của các cơ quan, đơn vị để hồ sơ quá hạn.",[])

# S15 vietnam.vn Quảng Nam / Bắc Trà My
A("news","tinh","Theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp tại Quyết định số 766 của Thủ tướng, đến ngày 23/12/2024 tỉnh Quảng Nam đạt 84,2 điểm (tốt), xếp thứ 16/63 tỉnh, thành phố.",
 [F(84.2,"điểm","điểm Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh")])
A("news","huyen","Tại Bộ phận Một cửa huyện Bắc Trà My hiện có 2 cán bộ, công chức và 3 nhân viên bưu điện tham gia tiếp nhận, giải quyết TTHC.",
 [F(2,"người","cán bộ, công chức tại Bộ phận Một cửa","huyen"),F(3,"người","nhân viên bưu điện tại Bộ phận Một cửa","huyen")])
A("news","huyen","Năm 2024, 80% TTHC phát sinh tại Bộ phận Một cửa huyện được số hóa và tỷ lệ hồ sơ trực tuyến đạt 71,6%; huyện tiếp tục dẫn đầu Chỉ số CCHC khối huyện miền núi năm thứ ba liên tiếp.",
 [F(80,"%","tỷ lệ TTHC phát sinh được số hóa","huyen"),F(71.6,"%","tỷ lệ hồ sơ trực tuyến","huyen",c="BM7-6.4")])

# S16 vietnam.vn Nghệ An quá hạn
A("news","tinh","Hiện vẫn còn một số sở, ngành, địa phương có tỷ lệ hồ sơ quá hạn cao, trong đó hồ sơ trực tuyến quá hạn nộp từ Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết TTHC tỉnh chiếm tỷ lệ lớn (8,2%).",
 [F(8.2,"%","tỷ lệ hồ sơ trực tuyến quá hạn","tinh")])
A("news","tinh","UBND tỉnh yêu cầu xử lý nghiêm cán bộ gây chậm trễ theo điểm d, mục 1 Chỉ thị số 27/CT-TTg ngày 27/10/2023 và bảo đảm đồng bộ 100% hồ sơ TTHC lên Cổng Dịch vụ công quốc gia.",[])

# S17 baonghean.vn/en Nghệ An centre 15/5-14/6
A("report","so_nganh","Từ ngày 15/5 đến ngày 14/6, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận, xử lý 21.969 hồ sơ (17.789 hồ sơ tiếp nhận mới, 4.180 hồ sơ kỳ trước chuyển sang).",
 [F(21969,"hồ sơ","tiếp nhận, xử lý","trung_tam"),F(17789,"hồ sơ","tiếp nhận mới","trung_tam"),F(4180,"hồ sơ","kỳ trước chuyển sang","trung_tam")])
A("report","so_nganh","Trung tâm đã giải quyết 16.840 hồ sơ, trong đó 16.263 hồ sơ đúng hạn hoặc trước hạn (96,57%) và 577 hồ sơ quá hạn (3,4%).",
 [F(16840,"hồ sơ","đã giải quyết","trung_tam"),F(16263,"hồ sơ","giải quyết đúng hạn hoặc trước hạn","trung_tam"),F(96.57,"%","tỷ lệ giải quyết đúng hạn","trung_tam"),
  F(577,"hồ sơ","giải quyết quá hạn","trung_tam"),F(3.4,"%","tỷ lệ quá hạn","trung_tam")])
A("report","so_nganh","Còn 4.707 hồ sơ đang giải quyết, 51 hồ sơ chờ bổ sung và 101 hồ sơ bị trả lại hoặc do người dân, doanh nghiệp rút.",
 [F(4707,"hồ sơ","đang giải quyết","trung_tam"),F(51,"hồ sơ","chờ bổ sung","trung_tam"),F(101,"hồ sơ","trả lại, rút hồ sơ","trung_tam")])
A("report","so_nganh","Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 3.993 hồ sơ, tỷ lệ 22,8%; Sở Công Thương có 1.978/1.997 hồ sơ trực tuyến (99,05%), Sở Tài chính 231/237 hồ sơ (97,47%).",
 [F(3993,"hồ sơ","tiếp nhận trực tuyến mức độ 3, 4","trung_tam"),F(22.8,"%","tỷ lệ hồ sơ trực tuyến","trung_tam"),
  F(1978,"hồ sơ","hồ sơ trực tuyến (Sở Công Thương)","so_nganh"),F(1997,"hồ sơ","tổng hồ sơ (Sở Công Thương)","so_nganh"),F(99.05,"%","tỷ lệ hồ sơ trực tuyến (Sở Công Thương)","so_nganh"),
  F(231,"hồ sơ","hồ sơ trực tuyến (Sở Tài chính)","so_nganh"),F(237,"hồ sơ","tổng hồ sơ (Sở Tài chính)","so_nganh"),F(97.47,"%","tỷ lệ hồ sơ trực tuyến (Sở Tài chính)","so_nganh")])
A("report","so_nganh","Sở Kế hoạch và Đầu tư có 1.018/1.254 hồ sơ trực tuyến (81,18%), trong khi Sở Y tế mới đạt 281/800 hồ sơ (35,13%).",
 [F(1018,"hồ sơ","hồ sơ trực tuyến (Sở Kế hoạch và Đầu tư)","so_nganh"),F(1254,"hồ sơ","tổng hồ sơ (Sở Kế hoạch và Đầu tư)","so_nganh"),F(81.18,"%","tỷ lệ hồ sơ trực tuyến (Sở Kế hoạch và Đầu tư)","so_nganh"),
  F(281,"hồ sơ","hồ sơ trực tuyến (Sở Y tế)","so_nganh"),F(800,"hồ sơ","tổng hồ sơ (Sở Y tế)","so_nganh"),F(35.13,"%","tỷ lệ hồ sơ trực tuyến (Sở Y tế)","so_nganh")])
A("news","tinh","Theo báo cáo của Tổ công tác 2416 của UBND tỉnh Nghệ An, 100% hồ sơ TTHC qua Trung tâm Phục vụ hành chính công tỉnh đã được số hóa.",
 [F(100,"%","tỷ lệ hồ sơ được số hóa","trung_tam")])

# S18 thongtin.vietnam.vn Tri Tôn (An Giang cũ)
A("news","huyen","Từ ngày 16/6, 5 xã mới của huyện Tri Tôn vận hành thử Trung tâm Phục vụ hành chính công cấp xã; theo quy định, mỗi trung tâm phải bố trí tối thiểu 10 quầy giao dịch.",[])
A("news","huyen","Theo phương án, xã nơi đặt trung tâm sẽ bố trí 5 công chức, mỗi xã, thị trấn còn lại sau sáp nhập cử 2 công chức (1 công chức hộ tịch và 1 công chức đất đai) tham gia vận hành.",[])
A("news","huyen","Trong thời gian chạy thử, hồ sơ nộp trước 9 giờ 30 buổi sáng và trước 15 giờ 30 buổi chiều được giải quyết, trả kết quả ngay trong buổi tiếp nhận.",[])

# S19 thongtin.vietnam.vn Gia Phú (Lào Cai)
A("news","xa","Ngay buổi sáng thứ Bảy đầu tiên (12/7), Trung tâm Phục vụ hành chính công xã Gia Phú đã tiếp nhận hơn 50 hồ sơ TTHC của người dân.",
 [F(50,"hồ sơ","tiếp nhận sáng thứ Bảy","xa",True)])
A("news","xa","Kể từ khi đi vào hoạt động theo đơn vị hành chính mới (từ ngày 01/7), Trung tâm đã tiếp nhận gần 900 hồ sơ TTHC và giải quyết theo đúng thẩm quyền.",
 [F(900,"hồ sơ","tiếp nhận","xa",True)])
A("news","xa","Xã bố trí cán bộ làm việc vào sáng thứ Bảy tại 2 điểm tiếp nhận: trụ sở hành chính xã Gia Phú hiện nay và điểm xã Xuân Giao cũ.",
 [F(2,"điểm","điểm tiếp nhận làm việc sáng thứ Bảy","xa")])

# S20 vietnam.vn Quảng Trị
A("news","tinh","Từ ngày 01/7, Trung tâm Phục vụ hành chính công xã Tân Thành đã tiếp nhận, giải quyết 563 hồ sơ, xã Tuyên Sơn 135 hồ sơ; không có hồ sơ quá hạn.",
 [F(563,"hồ sơ","tiếp nhận, giải quyết (xã Tân Thành)","xa"),F(135,"hồ sơ","tiếp nhận, giải quyết (xã Tuyên Sơn)","xa")])

# S21 vietnam.vn Lạng Sơn
A("news","tinh","Theo Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025, tỉnh Lạng Sơn sắp xếp 194 đơn vị hành chính cấp xã thành 65 đơn vị; tương ứng, 65 Trung tâm Phục vụ hành chính công xã, phường được thành lập thay cho bộ phận một cửa cấp huyện, cấp xã.",[])
A("news","tinh","Ngày 02/7/2025, UBND tỉnh ban hành Công văn số 1401 về nâng cao chất lượng, hiệu quả hoạt động của Trung tâm Phục vụ hành chính công cấp xã.",[])
A("news","xa","Trung tâm Phục vụ hành chính công xã Văn Quan được bố trí diện tích khoảng 70 m2, trang bị đầy đủ cơ sở vật chất và đường truyền ổn định.",[])

# S22 old.baolangson.vn internal TTHC
A("report","tinh","Đến nay, 100% cơ quan, đơn vị trong tỉnh đã rà soát, thống kê và công bố 307 TTHC nội bộ, gồm 68 thủ tục cấp tỉnh, 41 thủ tục cấp huyện và 198 thủ tục cấp xã.",
 [F(100,"%","tỷ lệ cơ quan, đơn vị hoàn thành rà soát, công bố TTHC nội bộ","tinh"),F(307,"TTHC","TTHC nội bộ được công bố","tinh"),
  F(68,"TTHC","TTHC nội bộ cấp tỉnh","so_nganh"),F(41,"TTHC","TTHC nội bộ cấp huyện","huyen"),F(198,"TTHC","TTHC nội bộ cấp xã","xa")])
A("report","tinh","Ngoài ra, UBND tỉnh đã công bố tổng số 23 TTHC nội bộ thuộc phạm vi quản lý của UBND tỉnh.",
 [F(23,"TTHC","TTHC nội bộ thuộc phạm vi quản lý của UBND tỉnh được công bố","tinh")])
A("report","tinh","Ngày 02/12/2022, UBND tỉnh ban hành Kế hoạch số 243 về rà soát, đơn giản hóa TTHC nội bộ giai đoạn 2022 - 2025, yêu cầu trước ngày 01/4/2023 hoàn thành 100% việc thống kê, công bố TTHC nội bộ.",[])

# S23 vietnam.vn Vĩnh Long Sở Xây dựng
A("report","so_nganh","Trong tháng 7/2025, Sở Xây dựng đã tham mưu UBND tỉnh công bố 102 TTHC mới ban hành, sửa đổi, bổ sung, thay thế và bãi bỏ theo quy định về phân cấp, phân quyền.",
 [F(102,"TTHC","TTHC mới ban hành, sửa đổi, bổ sung, thay thế, bãi bỏ được công bố","so_nganh")])

# S24 en.baochinhphu.vn national
A("news","tinh","Từ năm 2021 đến nay, các bộ đã cắt giảm, đơn giản hóa hơn 2.200 quy định kinh doanh tại 177 văn bản và cung cấp trên 4.400 dịch vụ công trên Cổng Dịch vụ công quốc gia.",
 [F(2200,"quy định","quy định kinh doanh được cắt giảm, đơn giản hóa","",True),F(177,"văn bản","văn bản có quy định được cắt giảm","",False),F(4400,"dịch vụ","dịch vụ công cung cấp trên Cổng Dịch vụ công quốc gia","",True)])
A("news","tinh","Tính đến tháng 5/2023, cả nước có tổng cộng 6.422 TTHC, ít hơn 376 thủ tục so với cùng kỳ năm trước.",
 [F(6422,"TTHC","tổng số TTHC cả nước","")])
A("news","tinh","Các bộ trưởng và chủ tịch UBND cấp tỉnh phải đề xuất phương án trước ngày 30/9/2023 nhằm đơn giản hóa tối thiểu 20% quy định, TTHC liên quan đến hoạt động kinh doanh.",[])

# S25 vietnam.postsen.com Quảng Ngãi
A("news","tinh","Quý I/2024, toàn tỉnh Quảng Ngãi thanh toán trực tuyến hơn 17 tỷ đồng với gần 50 nghìn giao dịch; riêng Trung tâm Phục vụ - Kiểm soát TTHC tỉnh thanh toán gần 11 tỷ đồng với 7.529 giao dịch.",
 [F(17,"tỷ đồng","số tiền thanh toán trực tuyến","tinh",True),F(50000,"giao dịch","giao dịch thanh toán trực tuyến","tinh",True),
  F(11,"tỷ đồng","số tiền thanh toán trực tuyến","trung_tam",True),F(7529,"giao dịch","giao dịch thanh toán trực tuyến","trung_tam")])
A("news","tinh","Từ đầu năm đến nay, Quảng Ngãi liên tục dẫn đầu 63 tỉnh, thành phố về thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia.",[])

# S26 news.baohaiduong.vn 384331
A("news","tinh","Hệ thống thông tin giải quyết TTHC tỉnh Hải Dương hiện cung cấp 1.913 dịch vụ công, trong đó có 546 dịch vụ công trực tuyến toàn trình và 932 dịch vụ công trực tuyến một phần.",
 [F(1913,"dịch vụ","dịch vụ công được cung cấp","tinh"),F(546,"dịch vụ","dịch vụ công trực tuyến toàn trình","tinh"),F(932,"dịch vụ","dịch vụ công trực tuyến một phần","tinh")])
A("news","tinh","Tỉnh đã triển khai 43/53 dịch vụ công thiết yếu; trên 96% hệ thống thông tin đã kết nối với hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ (EMC).",
 [F(43,"dịch vụ","dịch vụ công thiết yếu đã triển khai","tinh"),F(53,"dịch vụ","tổng số dịch vụ công thiết yếu","tinh"),F(96,"%","tỷ lệ hệ thống kết nối EMC","tinh",True)])
A("news","tinh","Năm 2023, Cổng Dịch vụ công của tỉnh đạt mức A, xếp thứ 4/63 tỉnh, thành phố; đầu tháng 6/2024, tỉnh là một trong những địa phương sớm hoàn thành việc hợp nhất Cổng dịch vụ công và Hệ thống một cửa điện tử.",[])

# S27 doingoailaocai.vn 2021
A("report","tinh","Tổng số TTHC thuộc thẩm quyền giải quyết của ba cấp là 2.011 thủ tục, trong đó cấp tỉnh 1.569 thủ tục, cấp huyện 300 thủ tục và cấp xã 142 thủ tục.",
 [F(2011,"TTHC","tổng số TTHC thuộc thẩm quyền giải quyết","tinh",c="BM3-1.4"),F(1569,"TTHC","TTHC cấp tỉnh","so_nganh",c="BM3-1.4.1"),
  F(300,"TTHC","TTHC cấp huyện","huyen",c="BM3-1.4.2"),F(142,"TTHC","TTHC cấp xã","xa",c="BM3-1.4.3")])
A("report","tinh","Hiện có hơn 700 TTHC được các cơ quan, đơn vị cắt giảm 30 - 50% thời gian giải quyết so với quy định, qua đó tiết kiệm cho người dân, doanh nghiệp hơn 108 tỷ đồng.",
 [F(700,"TTHC","TTHC được cắt giảm thời gian giải quyết","tinh",True),F(108,"tỷ đồng","chi phí tiết kiệm được","tinh",True)])
A("report","tinh","100% TTHC của tỉnh đã được cập nhật, công khai trên Cơ sở dữ liệu quốc gia về TTHC trên Cổng Dịch vụ công quốc gia.",
 [F(100,"%","tỷ lệ TTHC được cập nhật, công khai trên Cơ sở dữ liệu quốc gia","tinh")])

# S28 baokhanhhoa.vn 2020
A("news","tinh","Quý I/2020, Trung tâm Dịch vụ hành chính công trực tuyến tỉnh Khánh Hòa tiếp nhận 112.746 hồ sơ, trong đó 23.441 hồ sơ trực tuyến, chiếm 20,79%.",
 [F(112746,"hồ sơ","tiếp nhận","trung_tam"),F(23441,"hồ sơ","tiếp nhận trực tuyến","trung_tam"),F(20.79,"%","tỷ lệ hồ sơ trực tuyến","trung_tam")])
A("news","tinh","Trong quý có 600 hồ sơ thanh toán trực tuyến với số tiền hơn 32 triệu đồng, gấp 10 lần so với năm 2018 và 2019.",
 [F(600,"hồ sơ","hồ sơ thanh toán trực tuyến","trung_tam"),F(32,"triệu đồng","số tiền thanh toán trực tuyến","trung_tam",True)])
A("news","tinh","Từ ngày 03 đến 10/4, số giao dịch trực tuyến tăng lên 2.004, chiếm 44,07%, với 82 giao dịch thanh toán trực tuyến trị giá gần 5 triệu đồng.",
 [F(2004,"giao dịch","giao dịch trực tuyến","trung_tam"),F(44.07,"%","tỷ lệ giao dịch trực tuyến","trung_tam"),
  F(82,"giao dịch","giao dịch thanh toán trực tuyến","trung_tam"),F(5,"triệu đồng","số tiền thanh toán trực tuyến","trung_tam",True)])

# S29 thongtin.vietnam.vn Thanh Hóa 1/7/2025
A("news","tinh","Trong ngày 01/7/2025, Trung tâm Phục vụ hành chính công các xã, phường tiếp nhận 339 hồ sơ (24 hồ sơ trực tiếp, 315 hồ sơ trực tuyến), số còn lại do Trung tâm Phục vụ hành chính công tỉnh tiếp nhận.",
 [F(339,"hồ sơ","tiếp nhận","xa"),F(24,"hồ sơ","tiếp nhận trực tiếp","xa"),F(315,"hồ sơ","tiếp nhận trực tuyến","xa")])
A("news","tinh","Thanh Hóa đứng thứ 4 cả nước về số lượng hồ sơ tiếp nhận trong ngày đầu vận hành mô hình chính quyền địa phương hai cấp.",[])
A("news","tinh","Trước đó, Trung tâm Phục vụ hành chính công tỉnh đã tập huấn chuyên môn cho cán bộ, công chức của 166 xã, phường mới.",[])
A("news","tinh","Ngày 27/6/2025, Trung tâm đóng giao diện Cổng Dịch vụ công tỉnh để chuyển sang vận hành trên Cổng Dịch vụ công quốc gia từ ngày 01/7/2025.",[])

# S30 baonghean.vn/en đặc khu
A("news","tinh","Sau sắp xếp, cả nước có 13 đặc khu: Phú Quốc, Thổ Châu, Vân Đồn, Cô Tô, Cát Hải, Trường Sa, Hoàng Sa, Phú Quý, Kiên Hải, Bạch Long Vĩ, Cồn Cỏ, Lý Sơn và Côn Đảo.",[])
A("news","tinh","UBND cấp xã, kể cả đặc khu, được tổ chức tối đa 4 phòng chuyên môn và tương đương, trong đó có Trung tâm Phục vụ hành chính công.",[])

# S31 vietnam.vn Hạc Thành
A("news","xa","Trung tâm Phục vụ hành chính công phường Hạc Thành đã bố trí 10 cán bộ, công chức làm việc theo đúng chuyên môn và công khai số điện thoại đường dây nóng của Phó Chủ tịch UBND phường.",
 [F(10,"người","cán bộ, công chức bố trí tại Trung tâm","xa")])

# S32 en.baotuyenquang.com.vn Minh Ngọc
A("news","xa","Từ khi vận hành chính quyền hai cấp đến hết tháng 10/2025, Trung tâm Phục vụ hành chính công xã Minh Ngọc tiếp nhận gần 600 hồ sơ, trong đó 97% nộp trực tuyến; 100% hồ sơ được giải quyết đúng hoặc trước hạn.",
 [F(600,"hồ sơ","tiếp nhận","xa",True,"BM7-6.4.1"),F(97,"%","tỷ lệ hồ sơ nộp trực tuyến","xa",c="BM7-6.4"),F(100,"%","tỷ lệ giải quyết đúng hoặc trước hạn","xa",c="BM3-3.3")])
A("news","xa","Năm 2026, xã phấn đấu 100% TTHC được giải quyết trực tuyến toàn trình và trên 90% người dân có định danh điện tử, sử dụng thanh toán trực tuyến.",[])

# S33 baobinhduong.vn a247620
A("report","tinh","Hiện có 10/19 sở, ngành phát sinh hồ sơ trực tuyến mức độ 3, 4; hồ sơ nộp qua hệ thống của bộ, ngành chiếm 89,8% tổng số hồ sơ trực tuyến, qua Cổng Dịch vụ công quốc gia chỉ chiếm 10,2%.",
 [F(10,"cơ quan","sở, ngành phát sinh hồ sơ trực tuyến mức độ 3, 4","so_nganh"),F(19,"cơ quan","tổng số sở, ngành","so_nganh"),
  F(89.8,"%","tỷ trọng hồ sơ trực tuyến qua hệ thống của bộ, ngành","so_nganh"),F(10.2,"%","tỷ trọng hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia","so_nganh")])

# S34 baodanang.vn 2021
A("news","tinh","Đến cuối tháng 02/2021, tỷ lệ cung cấp dịch vụ công trực tuyến của Đà Nẵng đạt 97%, trong đó 66% ở mức độ 4; thành phố xếp thứ 4 cả nước về số lượng dịch vụ công trực tuyến với 668 dịch vụ.",
 [F(97,"%","tỷ lệ cung cấp dịch vụ công trực tuyến","tinh"),F(66,"%","tỷ lệ dịch vụ công trực tuyến mức độ 4","tinh"),F(668,"dịch vụ","dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia","tinh")])
A("news","tinh","Theo Quyết định số 406/QĐ-TTg ngày 22/3/2021, năm 2021 có 55 dịch vụ công trực tuyến cần tích hợp, cung cấp trên Cổng Dịch vụ công quốc gia, trong đó 48 dịch vụ ở mức độ 4.",[])
# S35 vir.com.vn
A("news","tinh","Giai đoạn 2018 - 2019, các bộ, ngành, địa phương được giao triển khai 255 dịch vụ công trực tuyến, gồm 128 dịch vụ mức độ 3 và 127 dịch vụ mức độ 4.",[])

# S36 laodong Hải Phòng kiểm tra
A("news","tinh","Theo kế hoạch, từ tháng 8 đến tháng 11/2025, các đoàn kiểm tra của thành phố Hải Phòng sẽ kiểm tra công tác CCHC tại ít nhất 20% cơ quan, đơn vị, địa phương.",[])
# S37 laodong Khánh Hòa kiểm tra
A("news","tinh","Năm 2024, Chỉ số CCHC (PAR INDEX) của tỉnh Khánh Hòa (cũ) đạt 90,49%, tăng 1,89% so với năm 2023, xếp thứ 10/63 tỉnh, thành phố.",
 [F(90.49,"%","Chỉ số CCHC (PAR INDEX)","tinh")])
A("news","tinh","Chỉ số SIPAS năm 2024 của tỉnh đạt 83,66%, xếp thứ 30/63, tăng 2,57% và tăng 10 bậc so với năm 2023.",
 [F(83.66,"%","Chỉ số hài lòng SIPAS","tinh")])
A("news","tinh","UBND tỉnh thành lập 2 đoàn kiểm tra công tác CCHC năm 2025: Đoàn số 1 kiểm tra toàn diện do Giám đốc Sở Nội vụ làm trưởng đoàn, Đoàn số 2 kiểm tra chuyên đề về cải cách TTHC và cung cấp dịch vụ công trực tuyến.",
 [F(2,"đoàn","đoàn kiểm tra CCHC được thành lập","tinh")])
# S38 baodongnai KH 26
A("news","tinh","Ngày 18 và 19/9, Sở Nội vụ tỉnh Đồng Nai công bố Kế hoạch số 26/KH-UBND ngày 01/8/2025 về kiểm tra CCHC, kiểm soát TTHC năm 2025 tại 4 phường Trấn Biên, Biên Hòa, Tam Hiệp và Long Bình.",[])
A("news","tinh","Theo Kế hoạch 26, đoàn kiểm tra có trách nhiệm kiểm tra 34 sở, ngành cấp tỉnh và các đơn vị hành chính cấp xã, chủ yếu theo hình thức đột xuất, không báo trước.",[])
# S39 eng.binhduong.gov.vn 2021 plan
A("report","tinh","Năm 2021, UBND tỉnh Bình Dương ban hành kế hoạch kiểm tra CCHC tại 12 đơn vị và kiểm tra chuyên đề ISO hành chính tại 32 đơn vị; thời gian kiểm tra theo kế hoạch là quý III/2021.",[])
# S40 phuyennews.vn
A("report","huyen","Năm 2018, UBND huyện Tuy An đã kiểm tra công tác CCHC tại UBND 8 xã và 3 cơ quan chuyên môn thuộc huyện.",
 [F(8,"đơn vị","UBND xã được kiểm tra CCHC","xa"),F(3,"cơ quan","cơ quan chuyên môn được kiểm tra CCHC","huyen")])
# S41 laodong Đắk Lắk kiểm tra
A("news","tinh","Chỉ số CCHC năm 2023 của tỉnh Đắk Lắk đạt 87,33 điểm, tăng 2,86 điểm, xếp thứ 28/63 tỉnh, thành phố, tăng 10 bậc so với năm 2022 và đứng đầu 5 tỉnh Tây Nguyên.",
 [F(87.33,"điểm","Chỉ số CCHC (PAR INDEX)","tinh")])
A("news","tinh","UBND tỉnh quyết định kiểm tra đột xuất công tác CCHC năm 2024 tại huyện Krông Bông và Ea H'leo đối với kết quả 10 tháng (từ ngày 01/01 đến 30/10/2024); việc kiểm tra phải hoàn thành trước ngày 10/12/2024.",[])

# S42 vietnam.vn Quảng Nam biên chế
A("report","tinh","Giai đoạn 2023 - 2024, tỉnh đã giảm 30 biên chế công chức và 2.194 biên chế viên chức theo lộ trình tinh giản.",
 [F(30,"biên chế","biên chế công chức đã giảm","tinh"),F(2194,"biên chế","biên chế viên chức đã giảm","tinh")])
A("report","tinh","Đến năm 2026, biên chế công chức được giao là 2.998, giảm 158 biên chế (tương đương 5%) so với năm 2021; biên chế viên chức còn 26.903, giảm 2.989 biên chế (10%) so với năm 2022.",[])

# S43 laodong 1494421
A("news","tinh","Theo phương án, TP.HCM sắp xếp 273 phường, xã, thị trấn thành 78 phường và 24 xã, giảm 62,6%; dự kiến bố trí 6.120 người cho 102 phường, xã, tương ứng 60 người mỗi đơn vị.",[])
A("news","tinh","Hiện toàn thành phố có 11.573 cán bộ, công chức cấp xã, nên số dôi dư dự kiến là 5.453 người; số người hoạt động không chuyên trách dôi dư dự kiến là 5.562 người.",
 [F(11573,"người","cán bộ, công chức cấp xã hiện có","xa")])
A("news","tinh","Nghệ An hiện có 12.721 cán bộ, công chức, viên chức; trong đó cấp huyện có 2.517 cán bộ, công chức và 1.391 viên chức, cấp xã có 8.813 cán bộ, công chức.",
 [F(12721,"người","cán bộ, công chức, viên chức hiện có","tinh"),F(2517,"người","cán bộ, công chức cấp huyện","huyen"),F(1391,"người","viên chức cấp huyện","huyen"),F(8813,"người","cán bộ, công chức cấp xã","xa")])
A("news","tinh","Theo đề án, Nghệ An sẽ giảm từ 412 xuống 130 đơn vị hành chính cấp xã; tổng số cán bộ, công chức cấp xã sau sắp xếp dự kiến khoảng 7.800 người.",[])

# S44 en.haiphong.gov.vn Cát Hải
A("report","xa","Tính đến ngày 20/11, Trung tâm Phục vụ hành chính công đặc khu Cát Hải tiếp nhận 6.520 hồ sơ trên Hệ thống thông tin giải quyết TTHC, trong đó gần 6.400 hồ sơ trực tuyến, chiếm trên 98%; 82 hồ sơ còn lại nộp trực tiếp và qua bưu chính.",
 [F(6520,"hồ sơ","tiếp nhận","xa",c="BM7-6.4.1"),F(6400,"hồ sơ","tiếp nhận trực tuyến","xa",True,"BM7-6.4.2"),F(98,"%","tỷ lệ hồ sơ trực tuyến","xa",True,"BM7-6.4"),F(82,"hồ sơ","tiếp nhận trực tiếp và qua bưu chính","xa")])
A("report","xa","Đặc khu đã giải quyết xong 6.414 hồ sơ, 67 hồ sơ đang giải quyết, không có hồ sơ quá hạn.",
 [F(6414,"hồ sơ","đã giải quyết","xa",c="BM3-3.3.1"),F(67,"hồ sơ","đang giải quyết","xa")])
A("news","xa","Do địa hình đảo bị chia cắt, cơ sở 2 của Trung tâm Phục vụ hành chính công đặc khu Cát Hải đi vào hoạt động muộn hơn 1 tháng so với các xã, phường khác của thành phố.",[])

# S45 laodong Hải Phòng tuần đầu
A("news","tinh","Từ ngày 01/7 đến sáng 05/7, Trung tâm Phục vụ hành chính công phường Ngô Quyền đã tiếp nhận, xử lý 1.183 hồ sơ.",
 [F(1183,"hồ sơ","tiếp nhận, xử lý","xa")])
A("news","tinh","Trong 4 ngày đầu, phường Hồng Bàng đón hơn 900 lượt công dân đến làm thủ tục và khoảng 80 lượt người đến hỏi thông tin; Trung tâm phường Kiến An tiếp nhận 680 hồ sơ, phường Ái Quốc khoảng 200 hồ sơ.",
 [F(900,"lượt","lượt công dân đến làm thủ tục (phường Hồng Bàng)","xa",True),F(80,"lượt","lượt người đến hỏi thông tin (phường Hồng Bàng)","xa",True),
  F(680,"hồ sơ","tiếp nhận (phường Kiến An)","xa"),F(200,"hồ sơ","tiếp nhận (phường Ái Quốc)","xa",True)])
A("news","xa","Phường Ngô Quyền bố trí cán bộ trực đường dây nóng 02253.666.122 và trang fanpage của phường để hỗ trợ người dân.",[])

# S46 en.baosonla.org.vn 2023
A("report","tinh","Năm 2023, Chỉ số CCHC bình quân của các sở, ngành đạt 85,97 điểm, giảm 5,22 điểm so với năm 2022; Sở Giao thông vận tải dẫn đầu với 95,44 điểm.",
 [F(85.97,"điểm","Chỉ số CCHC bình quân của các sở, ngành","so_nganh"),F(95.44,"điểm","Chỉ số CCHC (Sở Giao thông vận tải)","so_nganh")])
A("report","tinh","Chỉ số CCHC bình quân của các địa phương đạt 85,84 điểm; UBND thành phố Sơn La đứng đầu với 93,14 điểm.",
 [F(85.84,"điểm","Chỉ số CCHC bình quân của các địa phương","huyen"),F(93.14,"điểm","Chỉ số CCHC (UBND thành phố Sơn La)","huyen")])
A("report","tinh","Về SIPAS, mức bình quân của các sở, ngành đạt 95,39%, có 19/20 đơn vị đạt từ 90% trở lên; mức bình quân của các địa phương đạt 94,54%, huyện Sông Mã đạt 100%.",
 [F(95.39,"%","Chỉ số SIPAS bình quân của các sở, ngành","so_nganh"),F(19,"đơn vị","đơn vị có SIPAS từ 90% trở lên","so_nganh"),F(20,"đơn vị","tổng số sở, ngành được đo SIPAS","so_nganh"),
  F(94.54,"%","Chỉ số SIPAS bình quân của các địa phương","huyen"),F(100,"%","Chỉ số SIPAS (huyện Sông Mã)","huyen")])
A("report","tinh","Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn trên địa bàn tỉnh đạt trên 99%.",
 [F(99,"%","tỷ lệ giải quyết đúng hạn","tinh",True)])

# S47 en.quangnam.gov.vn plan 2025
A("report","tinh","Năm 2025, tỉnh phấn đấu nằm trong nhóm 25 địa phương dẫn đầu cả nước về Chỉ số CCHC và 100% hồ sơ TTHC được luân chuyển nội bộ giữa các cơ quan bằng phương tiện điện tử.",[])
# S48 en.vietnamplus.vn Bắc Giang
A("news","tinh","Tháng 4, Chủ tịch UBND tỉnh Bắc Giang ký quyết định công bố danh mục 176 dịch vụ trên Cổng dịch vụ công của tỉnh; tỉnh phấn đấu xử lý 40% hồ sơ ở mức độ 3 và 30% hồ sơ ở mức độ 4.",
 [F(176,"dịch vụ","dịch vụ công bố trên Cổng dịch vụ công tỉnh","tinh")])

# S49 vietnam.vn/de Q1/2024
A("report","tinh","Quý I/2024, tỷ lệ hồ sơ trực tuyến đạt 84,41%, tỷ lệ TTHC được tích hợp, triển khai thanh toán trực tuyến đạt 43,04% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 94,34%.",
 [F(84.41,"%","tỷ lệ hồ sơ trực tuyến","tinh",c="BM7-6.4"),F(43.04,"%","tỷ lệ TTHC tích hợp, triển khai thanh toán trực tuyến","tinh",c="BM7-6.5"),F(94.34,"%","tỷ lệ hồ sơ thanh toán trực tuyến","tinh")])
A("report","tinh","Cấp tỉnh tiếp nhận 85.067 hồ sơ, trong đó 68.572 hồ sơ trực tuyến (81%); cấp huyện tiếp nhận 127.176 hồ sơ, trong đó 41.119 hồ sơ trực tuyến (32%).",
 [F(85067,"hồ sơ","tiếp nhận","so_nganh"),F(68572,"hồ sơ","tiếp nhận trực tuyến","so_nganh"),F(81,"%","tỷ lệ hồ sơ trực tuyến","so_nganh"),
  F(127176,"hồ sơ","tiếp nhận","huyen"),F(41119,"hồ sơ","tiếp nhận trực tuyến","huyen"),F(32,"%","tỷ lệ hồ sơ trực tuyến","huyen")])
A("report","tinh","Hiện có 25/109 dịch vụ đã kết nối, trao đổi dữ liệu qua nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP), đạt 23%.",
 [F(25,"dịch vụ","dịch vụ kết nối qua LGSP","tinh"),F(109,"dịch vụ","tổng số dịch vụ","tinh"),F(23,"%","tỷ lệ dịch vụ kết nối qua LGSP","tinh")])

# S50 en.baohoabinh.com.vn /2/7188
A("report","tinh","Cổng Dịch vụ công của tỉnh hiện cung cấp 620 dịch vụ công trực tuyến mức độ 3 và 912 dịch vụ công trực tuyến mức độ 4.",
 [F(620,"dịch vụ","dịch vụ công trực tuyến mức độ 3","tinh",c="BM7-6.1.2"),F(912,"dịch vụ","dịch vụ công trực tuyến mức độ 4","tinh",c="BM7-6.2.2")])
A("report","tinh","Tỷ lệ cán bộ, công chức được trang bị máy tính đạt 98% ở cấp tỉnh, 91% ở cấp huyện và 88% ở cấp xã; bình quân mỗi năm hệ thống tiếp nhận, xử lý trên 200.000 văn bản.",
 [F(98,"%","tỷ lệ cán bộ, công chức được trang bị máy tính","so_nganh"),F(91,"%","tỷ lệ cán bộ, công chức được trang bị máy tính","huyen"),
  F(88,"%","tỷ lệ cán bộ, công chức được trang bị máy tính","xa"),F(200000,"văn bản","văn bản tiếp nhận, xử lý trên hệ thống mỗi năm","tinh",True)])

# S51 en.binhthuan.gov.vn 2022
A("report","so_nganh","Trung tâm Hành chính công tỉnh niêm yết công khai và đồng bộ lên Cơ sở dữ liệu quốc gia 1.499 TTHC thuộc thẩm quyền; Cổng Dịch vụ công tỉnh niêm yết 256 TTHC mức độ 3 và 233 TTHC mức độ 4.",
 [F(1499,"TTHC","TTHC niêm yết, đồng bộ lên Cơ sở dữ liệu quốc gia","trung_tam"),F(256,"TTHC","TTHC mức độ 3","tinh",c="BM7-6.1.2"),F(233,"TTHC","TTHC mức độ 4","tinh",c="BM7-6.2.2")])
A("report","so_nganh","Từ ngày 01/01 đến 15/11/2022, Trung tâm tiếp nhận 56.528 hồ sơ, giải quyết và trả kết quả 55.972 hồ sơ; tỷ lệ trả kết quả đúng và trước hạn đạt 99,7%, trễ hạn 0,3%.",
 [F(56528,"hồ sơ","tiếp nhận","trung_tam"),F(55972,"hồ sơ","giải quyết, trả kết quả","trung_tam"),F(99.7,"%","tỷ lệ trả kết quả đúng và trước hạn","trung_tam"),F(0.3,"%","tỷ lệ trễ hạn","trung_tam")])
# S52 en.binhthuan.gov.vn 4/2025
A("report","so_nganh","Trong tháng 4/2025, Trung tâm Hành chính công tỉnh tiếp nhận 1.931 hồ sơ (753 hồ sơ trực tuyến); đã giải quyết, trả kết quả 1.795 hồ sơ, trong đó 1.793 hồ sơ đúng hoặc trước hạn, chỉ 2 hồ sơ trễ hạn.",
 [F(1931,"hồ sơ","tiếp nhận","trung_tam"),F(753,"hồ sơ","tiếp nhận trực tuyến","trung_tam"),F(1795,"hồ sơ","giải quyết, trả kết quả","trung_tam"),
  F(1793,"hồ sơ","trả kết quả đúng hoặc trước hạn","trung_tam"),F(2,"hồ sơ","trễ hạn","trung_tam")])
A("report","so_nganh","Lũy kế đến hết tháng 4/2025, Trung tâm tiếp nhận 13.181 hồ sơ (4.840 hồ sơ trực tuyến); có 1.176 hồ sơ thực hiện thành công thanh toán phí, lệ phí trực tuyến.",
 [F(13181,"hồ sơ","tiếp nhận lũy kế","trung_tam"),F(4840,"hồ sơ","tiếp nhận trực tuyến lũy kế","trung_tam"),F(1176,"hồ sơ","hồ sơ thanh toán phí, lệ phí trực tuyến","trung_tam")])
A("report","so_nganh","Trong tháng, các cơ quan chuyên môn đã số hóa 639/1.414 hồ sơ đầu vào và 926/1.097 kết quả giải quyết TTHC.",
 [F(639,"hồ sơ","hồ sơ đầu vào được số hóa","so_nganh"),F(1414,"hồ sơ","hồ sơ đầu vào","so_nganh"),F(926,"kết quả","kết quả giải quyết được số hóa","so_nganh"),F(1097,"kết quả","kết quả giải quyết TTHC","so_nganh")])
A("report","so_nganh","Lũy kế đến cuối tháng 4/2025, đã số hóa 5.996/9.823 hồ sơ đầu vào và 10.321/11.259 kết quả giải quyết TTHC.",
 [F(5996,"hồ sơ","hồ sơ đầu vào được số hóa lũy kế","so_nganh"),F(9823,"hồ sơ","hồ sơ đầu vào lũy kế","so_nganh"),F(10321,"kết quả","kết quả được số hóa lũy kế","so_nganh"),F(11259,"kết quả","kết quả giải quyết lũy kế","so_nganh")])

# S53 eng.binhduong.gov.vn 5 tháng 2021
A("report","tinh","Từ ngày 01/01 đến 31/5/2021, các sở, ban, ngành tiếp nhận, xử lý 102.669 hồ sơ TTHC; tỷ lệ giải quyết đúng hạn đạt 98,2%, trễ hạn 1,69% và chưa giải quyết quá hạn 0,1%.",
 [F(102669,"hồ sơ","tiếp nhận, xử lý","so_nganh"),F(98.2,"%","tỷ lệ giải quyết đúng hạn","so_nganh",c="BM3-3.1"),F(1.69,"%","tỷ lệ trễ hạn","so_nganh"),F(0.1,"%","tỷ lệ chưa giải quyết quá hạn","so_nganh")])
A("report","tinh","Trong 6 tháng đầu năm 2021, số hồ sơ tiếp nhận, giải quyết qua dịch vụ công trực tuyến mức độ 3, 4 ở cấp tỉnh là 24.068 hồ sơ.",
 [F(24068,"hồ sơ","tiếp nhận, giải quyết trực tuyến mức độ 3, 4","so_nganh")])
A("report","tinh","Cùng kỳ, các huyện, thị xã, thành phố tiếp nhận 260.647 hồ sơ, tỷ lệ trả kết quả đúng và trước hạn đạt trên 98%.",
 [F(260647,"hồ sơ","tiếp nhận","huyen"),F(98,"%","tỷ lệ trả kết quả đúng và trước hạn","huyen",True,"BM3-3.2")])
A("report","tinh","Tỉnh phối hợp với Ủy ban MTTQ, Hội Cựu chiến binh và Bưu điện tỉnh điều tra Chỉ số SIPAS năm 2020 với 8.570 phiếu tại các sở, ban, ngành, UBND cấp huyện và UBND cấp xã.",
 [F(8570,"phiếu","phiếu điều tra SIPAS","tinh",c="BM1-6.1")])

# S54 en.baophutho.vn 2022
A("news","tinh","Tính đến ngày 05/8/2022, trên Cổng Dịch vụ công tỉnh Phú Thọ có 302.877/310.840 hồ sơ TTHC được giải quyết đúng hạn, đạt 98,7%.",
 [F(302877,"hồ sơ","giải quyết đúng hạn","tinh"),F(310840,"hồ sơ","tổng số hồ sơ","tinh"),F(98.7,"%","tỷ lệ giải quyết đúng hạn","tinh")])
A("news","tinh","Các đơn vị có tỷ lệ giải quyết trước hạn cao là Sở Nông nghiệp và PTNT (97,9%), UBND huyện Đoan Hùng (97,7%) và Sở Nội vụ (97,5%); tỷ lệ trễ hạn còn cao ở UBND thành phố Việt Trì (7,8%) và Sở Kế hoạch và Đầu tư (4,5%).",
 [F(97.9,"%","tỷ lệ giải quyết trước hạn (Sở Nông nghiệp và PTNT)","so_nganh"),F(97.7,"%","tỷ lệ giải quyết trước hạn (UBND huyện Đoan Hùng)","huyen"),
  F(97.5,"%","tỷ lệ giải quyết trước hạn (Sở Nội vụ)","so_nganh"),F(7.8,"%","tỷ lệ trễ hạn (UBND thành phố Việt Trì)","huyen"),F(4.5,"%","tỷ lệ trễ hạn (Sở Kế hoạch và Đầu tư)","so_nganh")])
A("news","tinh","Các đơn vị tiếp nhận nhiều hồ sơ nhất gồm UBND thành phố Việt Trì (34.679 hồ sơ), UBND huyện Thanh Ba (30.822 hồ sơ) và UBND huyện Hạ Hòa (29.898 hồ sơ).",
 [F(34679,"hồ sơ","tiếp nhận (UBND thành phố Việt Trì)","huyen"),F(30822,"hồ sơ","tiếp nhận (UBND huyện Thanh Ba)","huyen"),F(29898,"hồ sơ","tiếp nhận (UBND huyện Hạ Hòa)","huyen")])
A("news","tinh","Chỉ số PAPI năm 2021 của Phú Thọ đạt tổng điểm 45,35, xếp thứ 6/63 tỉnh, thành phố, tăng 32 bậc so với năm 2020.",
 [F(45.35,"điểm","Chỉ số PAPI","tinh")])

# S55 laodong Bình Định
A("report","tinh","Qua rà soát, tỉnh hiện có 1.848 TTHC, trong đó 461 thủ tục có thời hạn giải quyết từ 2 ngày trở lên và phát sinh nhiều hồ sơ, 54 thủ tục giải quyết trong ngày, 31 thủ tục chưa quy định thời hạn và 1.302 thủ tục không phát sinh hồ sơ.",
 [F(1848,"TTHC","tổng số TTHC","tinh",c="BM3-1.4"),F(461,"TTHC","TTHC có thời hạn từ 2 ngày trở lên, phát sinh nhiều hồ sơ","tinh"),
  F(54,"TTHC","TTHC giải quyết trong ngày","tinh"),F(31,"TTHC","TTHC chưa quy định thời hạn","tinh"),F(1302,"TTHC","TTHC không phát sinh hồ sơ","tinh")])
A("report","tinh","Chủ tịch UBND tỉnh phê duyệt phương án cắt giảm thời gian giải quyết và chi phí tuân thủ đối với 407/461 TTHC có phát sinh hồ sơ, đạt 88,2%; thời gian và chi phí được cắt giảm bình quân 43,86%.",
 [F(407,"TTHC","TTHC được phê duyệt phương án cắt giảm thời gian, chi phí","tinh",c="BM3-1.1"),F(461,"TTHC","TTHC có phát sinh hồ sơ thuộc diện rà soát","tinh"),
  F(88.2,"%","tỷ lệ TTHC được phê duyệt phương án cắt giảm","tinh"),F(43.86,"%","mức cắt giảm thời gian, chi phí bình quân","tinh")])

# S56 laodong Quảng Bình ĐVSNCL
A("news","tinh","Theo đề án sắp xếp giai đoạn 2021 - 2025, Quảng Bình phải giảm 66 đơn vị sự nghiệp công lập; đến nay đã giảm 38 đơn vị, năm 2025 còn phải giảm 27 đơn vị.",
 [F(38,"đơn vị","đơn vị sự nghiệp công lập đã giảm","tinh")])

# S57 en.baodienbienphu.com.vn
A("news","tinh","Hiện chính quyền cấp xã trên địa bàn tỉnh Điện Biên giải quyết 389 TTHC, gồm 127 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và 262 thủ tục trực tuyến một phần.",
 [F(389,"TTHC","TTHC cấp xã","xa",c="BM3-1.4.3"),F(127,"TTHC","TTHC cấp xã trực tuyến toàn trình","xa"),F(262,"TTHC","TTHC cấp xã trực tuyến một phần","xa")])
A("report","xa","Từ ngày 01/7 đến nay, Trung tâm Phục vụ hành chính công xã Pú Nhung đã tiếp nhận, trả kết quả 1.229 hồ sơ, trong đó 1.063 hồ sơ nộp trực tiếp và 166 hồ sơ nộp trực tuyến.",
 [F(1229,"hồ sơ","tiếp nhận, trả kết quả","xa",c="BM7-6.4.1"),F(1063,"hồ sơ","nộp trực tiếp","xa"),F(166,"hồ sơ","nộp trực tuyến","xa",c="BM7-6.4.2")])
# laodong Điện Biên thử nghiệm
A("news","tinh","Ngày 25/6, 3 đơn vị hành chính cấp xã mới của tỉnh Điện Biên là xã Thanh Nưa, xã Na Sang và phường Điện Biên Phủ vận hành thử nghiệm Trung tâm Phục vụ hành chính công.",[])

# S58 thongtin.vietnam.vn 74 TTHC bãi bỏ
A("news","tinh","Theo Thứ trưởng Bộ Nội vụ Nguyễn Thị Hà, sau phân cấp, phân quyền, cấp tỉnh giải quyết 1.261 TTHC, cấp xã giải quyết 463 TTHC và 74 TTHC bị bãi bỏ.",
 [F(1261,"TTHC","TTHC do cấp tỉnh giải quyết","",False),F(463,"TTHC","TTHC do cấp xã giải quyết","",False),F(74,"TTHC","TTHC bị bãi bỏ","",False)])
A("news","tinh","Thủ tướng Chính phủ đã ban hành 28 nghị định phân cấp, phân quyền, phân định thẩm quyền; các bộ ban hành 58 thông tư, tạo cơ sở pháp lý cho chính quyền địa phương hai cấp.",
 [F(28,"văn bản","nghị định phân cấp, phân quyền đã ban hành",""),F(58,"văn bản","thông tư đã ban hành","")])

# S59 eng.binhduong.gov.vn SmartCity
A("report","tinh","Danh mục dịch vụ công trực tuyến đủ điều kiện không tiếp nhận hồ sơ giấy gồm 666 TTHC thuộc 91 lĩnh vực của các sở, ban, ngành; 45 TTHC thuộc 15 lĩnh vực cấp huyện và 20 TTHC thuộc 09 lĩnh vực cấp xã.",
 [F(666,"TTHC","TTHC không tiếp nhận hồ sơ giấy","so_nganh"),F(91,"lĩnh vực","lĩnh vực","so_nganh"),F(45,"TTHC","TTHC không tiếp nhận hồ sơ giấy","huyen"),
  F(15,"lĩnh vực","lĩnh vực","huyen"),F(20,"TTHC","TTHC không tiếp nhận hồ sơ giấy","xa"),F(9,"lĩnh vực","lĩnh vực","xa")])
# S60 Bắc Ninh
A("news","tinh","Chủ tịch UBND tỉnh Bắc Ninh yêu cầu các sở, ngành khẩn trương rà soát 734 TTHC theo Công văn số 6723/BTP-CTXDVBQPPL và 153 loại giấy tờ đã có thông tin trên cơ sở dữ liệu; thời hạn hoàn thành trước ngày 15/11.",[])
# S61 vietnamplus
A("news","tinh","Thủ tướng yêu cầu các bộ trong 6 tháng cuối năm đơn giản hóa 126 TTHC, nhóm TTHC liên quan đến quản lý dân cư, 402 quy định kinh doanh và 111 thủ tục cần phân cấp giải quyết.",[])

# S62 baohaiduong.vn 165688
A("report","tinh","UBND tỉnh công bố danh mục TTHC chuẩn hóa thuộc phạm vi quản lý của Sở Kế hoạch và Đầu tư, trong đó bãi bỏ 7 TTHC (3 thủ tục về doanh nghiệp xã hội và 4 thủ tục về đầu tư theo phương thức đối tác công tư, đấu thầu).",
 [F(7,"TTHC","TTHC bị bãi bỏ","so_nganh",c="BM3-1.3"),F(3,"TTHC","TTHC bãi bỏ lĩnh vực doanh nghiệp xã hội","so_nganh"),F(4,"TTHC","TTHC bãi bỏ lĩnh vực đối tác công tư, đấu thầu","so_nganh")])
A("report","tinh","Danh mục công bố gồm 14 TTHC (11 thủ tục cấp tỉnh, 3 thủ tục cấp xã); giữ nguyên 101 TTHC cấp tỉnh và 18 TTHC cấp huyện đã công bố trước đó.",
 [F(14,"TTHC","TTHC chuẩn hóa được công bố","so_nganh"),F(11,"TTHC","TTHC cấp tỉnh được công bố","so_nganh"),F(3,"TTHC","TTHC cấp xã được công bố","xa"),
  F(101,"TTHC","TTHC cấp tỉnh giữ nguyên","so_nganh"),F(18,"TTHC","TTHC cấp huyện giữ nguyên","huyen")])
# S63 vietnam.vn Hải Dương 2 sở
A("report","tinh","Sở Văn hóa, Thể thao và Du lịch được phê duyệt 177 quy trình nội bộ giải quyết TTHC, gồm 159 thủ tục cấp tỉnh, 11 thủ tục cấp huyện và 7 thủ tục cấp xã; Sở Tài nguyên và Môi trường được phê duyệt 68 quy trình nội bộ.",
 [F(177,"quy trình","quy trình nội bộ được phê duyệt (Sở Văn hóa, Thể thao và Du lịch)","so_nganh"),F(159,"quy trình","quy trình nội bộ cấp tỉnh","so_nganh"),
  F(11,"quy trình","quy trình nội bộ cấp huyện","huyen"),F(7,"quy trình","quy trình nội bộ cấp xã","xa"),F(68,"quy trình","quy trình nội bộ được phê duyệt (Sở Tài nguyên và Môi trường)","so_nganh")])
# S64 laodong QĐ 101/QĐ-BNV
A("news","tinh","Bộ Nội vụ ban hành Quyết định số 101/QĐ-BNV công bố 3 TTHC nội bộ mới trong lĩnh vực chính quyền địa phương (2 thủ tục cấp trung ương, 1 thủ tục cấp tỉnh) và bãi bỏ 2 thủ tục đã công bố tại Quyết định số 319/QĐ-BNV ngày 08/4/2025.",
 [F(3,"TTHC","TTHC nội bộ mới được công bố",""),F(2,"TTHC","TTHC nội bộ cấp trung ương mới",""),F(1,"TTHC","TTHC nội bộ cấp tỉnh mới",""),F(2,"TTHC","TTHC nội bộ bị bãi bỏ","")])

# S65 new.dongnai.gov.vn Nhơn Trạch 2020
A("report","huyen","Năm 2020, Bộ phận Một cửa huyện Nhơn Trạch tiếp nhận hơn 34,1 nghìn hồ sơ các loại; đối với 32.643 hồ sơ thuộc thẩm quyền của huyện, tỷ lệ giải quyết đúng và trước hạn đạt 99,93%.",
 [F(34100,"hồ sơ","tiếp nhận","huyen",True),F(32643,"hồ sơ","hồ sơ thuộc thẩm quyền của huyện","huyen"),F(99.93,"%","tỷ lệ giải quyết đúng và trước hạn","huyen",c="BM3-3.2")])
# S66 old.baolangson.vn ?p=33326
A("report","tinh","Toàn tỉnh hiện có 1.800 TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền, trong đó cấp xã có 107 thủ tục; bình quân mỗi năm chính quyền cấp xã tiếp nhận trên 500.000 hồ sơ.",
 [F(1800,"TTHC","tổng số TTHC thuộc thẩm quyền giải quyết","tinh",c="BM3-1.4"),F(107,"TTHC","TTHC cấp xã","xa",c="BM3-1.4.3"),F(500000,"hồ sơ","hồ sơ cấp xã tiếp nhận mỗi năm","xa",True)])
A("report","tinh","Phòng làm việc của bộ phận một cửa tại 200 xã, phường, thị trấn được đầu tư, nâng cấp với diện tích từ 40 m2 trở lên.",[])

# S67 vietnam.vn tiep-tuc (national 2024)
A("news","tinh","Năm 2024, các bộ, ngành hoàn thành 1.019/1.049 nhiệm vụ CCHC, đạt 97,14% kế hoạch; UBND các tỉnh, thành phố hoàn thành 2.842/2.917 nhiệm vụ, đạt 97,43%.",
 [F(1019,"nhiệm vụ","nhiệm vụ đã hoàn thành (bộ, ngành)",""),F(1049,"nhiệm vụ","nhiệm vụ đề ra (bộ, ngành)",""),F(97.14,"%","tỷ lệ hoàn thành kế hoạch (bộ, ngành)",""),
  F(2842,"nhiệm vụ","nhiệm vụ đã hoàn thành (UBND tỉnh, thành phố)",""),F(2917,"nhiệm vụ","nhiệm vụ đề ra (UBND tỉnh, thành phố)",""),F(97.43,"%","tỷ lệ hoàn thành kế hoạch (UBND tỉnh, thành phố)","")])
A("news","tinh","Trong năm, 13 bộ, cơ quan đã cắt giảm, đơn giản hóa 420 quy định kinh doanh, nâng tổng số quy định được cắt giảm từ năm 2021 đến nay lên 3.195, đạt 20,2%.",
 [F(13,"cơ quan","bộ, cơ quan cắt giảm quy định kinh doanh",""),F(420,"quy định","quy định kinh doanh được cắt giảm trong năm",""),
  F(3195,"quy định","quy định kinh doanh được cắt giảm lũy kế",""),F(20.2,"%","tỷ lệ quy định kinh doanh được cắt giảm","")])
A("news","tinh","Đến nay đã sắp xếp 37 đơn vị hành chính cấp huyện và 1.178 đơn vị hành chính cấp xã; sau sắp xếp giảm 9 đơn vị cấp huyện và 563 đơn vị cấp xã.",[])
# S68 vietnam.vn Long An
A("news","tinh","Chỉ số SIPAS năm 2024 của Long An đạt 82,71%, xếp thứ 41/63, tăng 16 bậc và tăng 4,05% so với năm 2023 (78,66%).",
 [F(82.71,"%","Chỉ số hài lòng SIPAS","tinh")])
# S69 cchc.khanhhoa.gov.vn
A("report","tinh","Ngày 11/01/2022, UBND tỉnh phê duyệt Chỉ số CCHC năm 2021: trong 44 cơ quan, đơn vị, địa phương được đánh giá có 30 đơn vị xếp hạng Tốt, 13 đơn vị xếp hạng Khá, 1 đơn vị xếp hạng Trung bình và không có đơn vị xếp hạng Yếu.",
 [F(44,"đơn vị","cơ quan, đơn vị, địa phương được đánh giá Chỉ số CCHC","tinh"),F(30,"đơn vị","đơn vị xếp hạng Tốt","tinh"),F(13,"đơn vị","đơn vị xếp hạng Khá","tinh"),F(1,"đơn vị","đơn vị xếp hạng Trung bình","tinh")])
# S70 vietnam.vn Nam Sách
A("news","huyen","Xã Nam Trung tiếp tục dẫn đầu Chỉ số CCHC cấp xã năm 2023 của huyện Nam Sách với 90,48 điểm; xã Nam Chính từ cuối bảng năm 2022 vươn lên vị trí thứ 5, tăng 14 bậc.",
 [F(90.48,"điểm","Chỉ số CCHC cấp xã (xã Nam Trung)","xa")])
A("news","huyen","Tại hội nghị, UBND huyện Nam Sách khen thưởng 11 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2023.",
 [F(11,"tập thể","tập thể được khen thưởng về CCHC","huyen"),F(15,"người","cá nhân được khen thưởng về CCHC","huyen")])
# S71 laodong Bạc Liêu
A("news","tinh","Qua kiểm tra 4 đơn vị gồm UBND huyện Hồng Dân, Sở Giao thông vận tải, Sở Kế hoạch và Đầu tư và Sở Tài nguyên và Môi trường, đoàn kiểm tra phát hiện nhiều tồn tại, hạn chế trong giải quyết TTHC.",
 [F(4,"đơn vị","đơn vị được kiểm tra","tinh")])
# S72 sggpnews 2022
A("news","huyen","Trong tháng hành động, quận 8 rút ngắn thời gian giải quyết nhiều thủ tục từ 3 ngày xuống còn 1 ngày; đến cuối ngày 16/5 đã giải quyết thành công 680 hồ sơ.",
 [F(680,"hồ sơ","đã giải quyết","huyen")])
A("news","huyen","Huyện Củ Chi giải quyết trong ngày 9 TTHC, trong đó 4 thủ tục được rút ngắn thời gian giải quyết từ 3 ngày xuống còn 1 ngày.",
 [F(9,"TTHC","TTHC giải quyết trong ngày","huyen"),F(4,"TTHC","TTHC được rút ngắn thời gian giải quyết","huyen")])
# S73 vjs.vietnam.vn Phú Giáo
A("report","xa","Từ ngày 01/7 đến 30/9/2025, Trung tâm Phục vụ hành chính công xã Phú Giáo tiếp nhận 13.188 hồ sơ, đã giải quyết 12.970 hồ sơ; tỷ lệ giải quyết đúng và trước hạn đạt 99,2%, còn 102 hồ sơ trễ hạn chủ yếu do lỗi hệ thống.",
 [F(13188,"hồ sơ","tiếp nhận","xa"),F(12970,"hồ sơ","đã giải quyết","xa",c="BM3-3.3.1"),F(99.2,"%","tỷ lệ giải quyết đúng và trước hạn","xa",c="BM3-3.3"),F(102,"hồ sơ","trễ hạn","xa")])
A("report","xa","Riêng hồ sơ thuộc thẩm quyền cấp xã có 2.760 hồ sơ, trong đó 2.602 hồ sơ được giải quyết đúng và trước hạn.",
 [F(2760,"hồ sơ","hồ sơ thuộc thẩm quyền cấp xã","xa"),F(2602,"hồ sơ","hồ sơ thuộc thẩm quyền cấp xã giải quyết đúng và trước hạn","xa")])
# S74 laodong Quảng Trị
A("news","tinh","UBND tỉnh Quảng Trị yêu cầu các huyện, thị xã, thành phố đề xuất phương án chuyển giao hồ sơ, tài liệu, tài sản công cho cấp xã hoặc cấp tỉnh, hoàn thành trước ngày 10/6/2025.",[])
# S75 laodong Sóc Trăng
A("news","tinh","Ngày 25/6, Chủ tịch UBND tỉnh Sóc Trăng kiểm tra công tác chuẩn bị vận hành thử chính quyền cấp xã mới tại các huyện Châu Thành, Long Phú, Trần Đề và thị xã Vĩnh Châu, yêu cầu chạy thử đầy đủ trước ngày 01/7/2025.",[])
# S76 vietnam.vn Cà Mau phi địa giới
A("news","tinh","Từ ngày 15/8/2025, Trung tâm Phục vụ hành chính công tỉnh và 37 đơn vị cấp xã tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính trong phạm vi tỉnh Cà Mau; các đơn vị còn lại thực hiện từ ngày 01/11/2025.",[])
# S79 baonghean 130 xã
A("news","tinh","Sau hơn 2 tuần vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công tại 130 xã, phường của Nghệ An hoạt động ổn định, thông suốt.",[])
# S81 vietnam.vn Phú Sơn
A("news","xa","Từ ngày 01/01/2025, phường Tân Sơn được sáp nhập vào phường Phú Sơn (thành phố Thanh Hóa); sau sáp nhập, dân số của phường tăng lên 33.359 người.",[])
# S82 cchccantho.gov.vn
A("report","tinh","Giai đoạn 2011 - 2015, thành phố Cần Thơ xác định 03 nội dung trọng tâm với 09 mục tiêu cụ thể, đồng thời triển khai toàn diện nhiệm vụ CCHC trên 06 lĩnh vực theo Nghị quyết 30c.",[])

# S83 laodong Cao Bằng Q1/2025
A("report","tinh","Quý I/2025, toàn tỉnh Cao Bằng tiếp nhận 34.530 hồ sơ TTHC, trong đó 24.558 hồ sơ nộp trực tuyến, chiếm hơn 70%.",
 [F(34530,"hồ sơ","tiếp nhận","tinh",c="BM7-6.4.1"),F(24558,"hồ sơ","tiếp nhận trực tuyến","tinh",c="BM7-6.4.2"),F(70,"%","tỷ lệ hồ sơ trực tuyến","tinh",True,"BM7-6.4")])
A("report","tinh","Tỷ lệ hồ sơ đã giải quyết đạt 94,6%, tỷ lệ giải quyết đúng và trước hạn đạt 98,4%; vẫn còn 994 hồ sơ giải quyết quá hạn, tập trung chủ yếu ở lĩnh vực đất đai.",
 [F(94.6,"%","tỷ lệ hồ sơ đã giải quyết","tinh"),F(98.4,"%","tỷ lệ giải quyết đúng và trước hạn","tinh"),F(994,"hồ sơ","giải quyết quá hạn","tinh")])
A("report","tinh","Trong quý, UBND tỉnh ban hành 34 quyết định công bố danh mục TTHC, gồm 71 thủ tục công bố mới, 187 thủ tục sửa đổi, bổ sung và 47 thủ tục bị bãi bỏ.",
 [F(34,"văn bản","quyết định công bố danh mục TTHC","tinh"),F(71,"TTHC","TTHC công bố mới","tinh",c="BM3-1.2"),F(187,"TTHC","TTHC sửa đổi, bổ sung","tinh"),F(47,"TTHC","TTHC bị bãi bỏ","tinh",c="BM3-1.3")])
A("report","tinh","Tỉnh đưa 1.828 TTHC vào giải quyết tại Bộ phận Một cửa các cấp, trong đó cấp tỉnh chiếm hơn 78%; hiện cung cấp 1.559 dịch vụ công trực tuyến, trong đó 978 dịch vụ toàn trình.",
 [F(1828,"TTHC","TTHC giải quyết tại Bộ phận Một cửa các cấp","tinh"),F(78,"%","tỷ trọng TTHC cấp tỉnh","so_nganh",True),
  F(1559,"dịch vụ","dịch vụ công trực tuyến","tinh"),F(978,"dịch vụ","dịch vụ công trực tuyến toàn trình","tinh")])

# S84 quangngai.gov.vn 5/2025
A("report","so_nganh","Tháng 5/2025, Trung tâm Phục vụ hành chính công tỉnh Quảng Ngãi tiếp nhận 16.571 hồ sơ, trong đó 11.287 hồ sơ mới; đã giải quyết 11.196 hồ sơ, tỷ lệ đúng hạn đạt 90,33%.",
 [F(16571,"hồ sơ","tiếp nhận","trung_tam"),F(11287,"hồ sơ","tiếp nhận mới","trung_tam"),F(11196,"hồ sơ","đã giải quyết","trung_tam"),F(90.33,"%","tỷ lệ giải quyết đúng hạn","trung_tam")])
A("report","so_nganh","Trong tháng có 5.781 hồ sơ nộp trực tuyến (77,62%); tỷ lệ thanh toán trực tuyến đạt 74,96% với tổng số tiền gần 13,9 tỷ đồng, xếp thứ 13/63 tỉnh, thành phố.",
 [F(5781,"hồ sơ","nộp trực tuyến","trung_tam"),F(77.62,"%","tỷ lệ hồ sơ nộp trực tuyến","trung_tam"),F(74.96,"%","tỷ lệ thanh toán trực tuyến","trung_tam"),F(13.9,"tỷ đồng","số tiền thanh toán trực tuyến","trung_tam",True)])
A("news","tinh","Theo Cổng Dịch vụ công quốc gia, Quảng Ngãi đạt 82,01 điểm, xếp thứ 19/63, xếp loại “Tốt”; tiến độ giải quyết đạt 91,43%, số hóa hồ sơ 88,6% và mức độ hài lòng 84,7%.",
 [F(82.01,"điểm","điểm Bộ chỉ số phục vụ người dân, doanh nghiệp","tinh"),F(91.43,"%","chỉ tiêu tiến độ giải quyết","tinh"),F(88.6,"%","chỉ tiêu số hóa hồ sơ","tinh"),F(84.7,"%","mức độ hài lòng","tinh")])
A("report","so_nganh","Một số lĩnh vực có tỷ lệ giải quyết trễ hạn cao, như cấp Phiếu lý lịch tư pháp (46,4%), chủ yếu do khối lượng hồ sơ tăng đột biến.",
 [F(46.4,"%","tỷ lệ trễ hạn lĩnh vực lý lịch tư pháp","trung_tam")])
# S85 old.baolangson.vn 34807
A("report","so_nganh","Trung tâm Phục vụ hành chính công tỉnh hiện giải quyết 1.291 TTHC, gồm 1.233 thủ tục của các sở, ban, ngành, 25 thủ tục của Bảo hiểm xã hội tỉnh, 14 thủ tục của Công an tỉnh và 19 thủ tục của Công ty Điện lực Lạng Sơn.",
 [F(1291,"TTHC","TTHC giải quyết tại Trung tâm","trung_tam"),F(1233,"TTHC","TTHC của các sở, ban, ngành","trung_tam"),F(25,"TTHC","TTHC của Bảo hiểm xã hội tỉnh","trung_tam"),
  F(14,"TTHC","TTHC của Công an tỉnh","trung_tam"),F(19,"TTHC","TTHC của Công ty Điện lực","trung_tam")])
A("report","so_nganh","Tháng 11/2022, Trung tâm tham mưu kế hoạch thu phí, lệ phí bằng biên lai điện tử; từ tháng 02/2023, biên lai điện tử chính thức được sử dụng.",[])
# S86 en.binhthuan.gov.vn non-cash
A("report","tinh","Sau hơn 6 tháng thực hiện Kế hoạch số 1715/KH-UBND ngày 03/6/2022, toàn tỉnh đã thanh toán qua ngân hàng 9.110 tỷ đồng tiền thuế điện tử với 155.569 giao dịch và 2.181 tỷ đồng tiền điện với 1.543.949 giao dịch.",
 [F(9110,"tỷ đồng","thuế điện tử thanh toán qua ngân hàng","tinh"),F(155569,"giao dịch","giao dịch nộp thuế điện tử","tinh"),
  F(2181,"tỷ đồng","tiền điện thanh toán qua ngân hàng","tinh"),F(1543949,"giao dịch","giao dịch thanh toán tiền điện","tinh")])
A("report","tinh","Tiền nước được thanh toán 108 tỷ đồng với 360.160 giao dịch, học phí 61 tỷ đồng với 10.684 giao dịch và viện phí 0,31 tỷ đồng với 234 giao dịch.",
 [F(108,"tỷ đồng","tiền nước thanh toán không dùng tiền mặt","tinh"),F(360160,"giao dịch","giao dịch thanh toán tiền nước","tinh"),F(61,"tỷ đồng","học phí thanh toán không dùng tiền mặt","tinh"),
  F(10684,"giao dịch","giao dịch thanh toán học phí","tinh"),F(0.31,"tỷ đồng","viện phí thanh toán không dùng tiền mặt","tinh"),F(234,"giao dịch","giao dịch thanh toán viện phí","tinh")])
# S87 vietnam.vn Cà Mau 274 văn bản
A("report","tinh","Chủ tịch UBND tỉnh Cà Mau phê duyệt danh mục 274 văn bản cần xây dựng thay thế sau hợp nhất tỉnh và giao các sở, ngành khẩn trương soạn thảo, trình ban hành.",[])
# S88 investinquangninh.vn
A("news","tinh","Đến nay, 100% trung tâm hành chính công cấp tỉnh, cấp huyện của Quảng Ninh đã ký hợp đồng với ngân hàng để cung cấp kênh thanh toán như quét mã QR, quẹt thẻ qua máy POS.",
 [F(100,"%","tỷ lệ trung tâm hành chính công ký hợp đồng thanh toán với ngân hàng","tinh")])
# S89 laodong phường Bình Dương
A("report","xa","Từ ngày 01/7 đến 31/7/2025, Trung tâm Phục vụ hành chính công phường Bình Dương tiếp nhận 7.290 hồ sơ; tỷ lệ giải quyết, trả kết quả đúng hạn đạt 100%.",
 [F(7290,"hồ sơ","tiếp nhận","xa"),F(100,"%","tỷ lệ giải quyết, trả kết quả đúng hạn","xa",c="BM3-3.3")])
A("report","xa","Trong tháng, phường giải quyết đúng hạn 1.217 hồ sơ thuộc các TTHC trước đây do cấp huyện tiếp nhận; lãnh đạo UBND phường đã ký số hơn 26.000 lượt trên hồ sơ.",
 [F(1217,"hồ sơ","hồ sơ TTHC trước đây của cấp huyện giải quyết đúng hạn","xa"),F(26000,"lượt","lượt ký số của lãnh đạo UBND phường","xa",True)])
# S90 laodong phường Hải Dương (Hải Phòng)
A("news","xa","Trong thời gian đầu vận hành, Trung tâm Phục vụ hành chính công phường Hải Dương (thành phố Hải Phòng) đã đón hàng trăm lượt công dân và giải quyết gần 200 hồ sơ.",
 [F(200,"hồ sơ","đã giải quyết","xa",True)])
# S91 vjs phường Đông Hòa
A("news","xa","Phường Đông Hòa (TP.HCM) mỗi ngày tiếp nhận hơn 200 hồ sơ TTHC, chủ yếu là chứng thực, xác nhận tình trạng hôn nhân, khai sinh, khai tử và đăng ký biến động đất đai.",
 [F(200,"hồ sơ","hồ sơ tiếp nhận mỗi ngày","xa",True)])
# S92 vjs Na Rì
A("report","xa","Từ ngày 01/7 đến 08/9/2025, Trung tâm Phục vụ hành chính công xã Na Rì tiếp nhận 813 hồ sơ, trong đó 532 hồ sơ nộp trực tuyến, 280 hồ sơ nộp trực tiếp và 1 hồ sơ qua bưu chính.",
 [F(813,"hồ sơ","tiếp nhận","xa",c="BM7-6.4.1"),F(532,"hồ sơ","nộp trực tuyến","xa",c="BM7-6.4.2"),F(280,"hồ sơ","nộp trực tiếp","xa"),F(1,"hồ sơ","nộp qua bưu chính","xa")])
A("report","xa","Đến nay, Trung tâm đã giải quyết 753 hồ sơ, 100% đúng và trước hạn; 60 hồ sơ đang giải quyết trong hạn và không có hồ sơ tồn đọng.",
 [F(753,"hồ sơ","đã giải quyết","xa",c="BM3-3.3.1"),F(100,"%","tỷ lệ giải quyết đúng và trước hạn","xa",c="BM3-3.3"),F(60,"hồ sơ","đang giải quyết trong hạn","xa")])
# S93 news.baolongan.vn Đức Hòa
A("report","huyen","Năm 2022, huyện Đức Hòa tiếp nhận, giải quyết 56.436/110.642 hồ sơ TTHC qua dịch vụ công trực tuyến mức độ 3, 4, chiếm 51%; trong đó cấp huyện 35.560 hồ sơ và cấp xã 20.876 hồ sơ.",
 [F(56436,"hồ sơ","tiếp nhận, giải quyết trực tuyến mức độ 3, 4","huyen",c="BM7-6.4.2"),F(110642,"hồ sơ","tổng số hồ sơ tiếp nhận, giải quyết","huyen",c="BM7-6.4.1"),
  F(51,"%","tỷ lệ hồ sơ trực tuyến mức độ 3, 4","huyen",c="BM7-6.4"),F(35560,"hồ sơ","hồ sơ trực tuyến cấp huyện","huyen"),F(20876,"hồ sơ","hồ sơ trực tuyến cấp xã","xa")])

import os
out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"cases.csv")
with open(out,"w",newline="",encoding="utf-8") as fh:
    w=csv.writer(fh)
    w.writerow(["case_id","source_kind","doc_level","text","facts"])
    for i,(k,l,t,f) in enumerate(C,1):
        t=unicodedata.normalize("NFC",t)
        for x in f:
            x["measure"]=unicodedata.normalize("NFC",x["measure"]); x["unit"]=unicodedata.normalize("NFC",x["unit"])
        w.writerow([f"H2-N-{i:03d}",k,l,t,json.dumps(f,ensure_ascii=False)])
print(len(C))
